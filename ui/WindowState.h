#pragma once

#include <QRect>
#include <QString>

class QMainWindow;
class QSplitter;

namespace vigie {

// Where the main window opens and what it remembers between runs: its geometry and the fleet
// splitter, in an INI file of the config dir (not the Preferences: nothing the operator chose
// in a dialog). The first time, it takes most of the screen, centred, so the dashboards' columns
// fit without the operator resizing anything.
class WindowState
{
public:
    // The share of the screen's available area the window takes on first start.
    static constexpr double FirstStartShare = 0.88;

    static QRect firstGeometry(const QRect& available);
    // Returns false when nothing usable was saved (then the first-start geometry is applied).
    static bool restore(QMainWindow* window, QSplitter* splitter, const QString& file);
    static void save(const QMainWindow* window, const QSplitter* splitter, const QString& file);
};

} // namespace vigie
