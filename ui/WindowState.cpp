#include "WindowState.h"

#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace vigie {

namespace {
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString SplitterKey = QStringLiteral("mainWindow/fleetSplitter");
} // namespace

QRect WindowState::firstGeometry(const QRect& available)
{
    QRect rect(0, 0, qRound(available.width() * FirstStartShare),
               qRound(available.height() * FirstStartShare));
    rect.moveCenter(available.center());
    return rect;
}

bool WindowState::restore(QMainWindow* window, QSplitter* splitter, const QString& file)
{
    const QSettings settings(file, QSettings::IniFormat);
    // restoreGeometry() moves a window saved on a screen that is gone back onto one.
    if (window->restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        if (splitter)
            splitter->restoreState(settings.value(SplitterKey).toByteArray());
        return true;
    }
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen)
        window->setGeometry(firstGeometry(screen->availableGeometry()));
    return false;
}

void WindowState::save(const QMainWindow* window, const QSplitter* splitter, const QString& file)
{
    QSettings settings(file, QSettings::IniFormat);
    settings.setValue(GeometryKey, window->saveGeometry());
    if (splitter)
        settings.setValue(SplitterKey, splitter->saveState());
}

} // namespace vigie
