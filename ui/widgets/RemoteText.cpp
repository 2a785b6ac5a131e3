#include "RemoteText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTextDocument>
#include <QToolTip>

namespace vigie::RemoteText {

namespace {

// Answers QEvent::ToolTip before the widget does: the widget's default would hand the text to
// QToolTip, whose label guesses the format.
class ToolTipGuard : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::ToolTip || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        auto* help = static_cast<QHelpEvent*>(event);
        QString text;
        QRect area;
        if (auto* view = qobject_cast<QAbstractItemView*>(widget->parentWidget());
            view && view->viewport() == widget) {
            const QModelIndex index = view->indexAt(help->pos());
            if (!index.isValid())
                return false; // headers and empty space: the view's own behaviour
            text = index.data(Qt::ToolTipRole).toString();
            area = view->visualRect(index);
        } else {
            text = widget->toolTip();
            if (text.isEmpty())
                return false; // tab bars and others that answer from their own data
            area = widget->rect();
        }
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QToolTip::showText(help->globalPos(), toHtml(text), widget, area);
        return true;
    }
};

} // namespace

QLabel* label(QWidget* parent)
{
    auto* result = new QLabel(parent);
    makePlain(result);
    return result;
}

void makePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
}

void makePlain(QMessageBox* box)
{
    box->setTextFormat(Qt::PlainText);
    // The informative text has a label of its own, created on demand with the automatic format.
    for (QLabel* child : box->findChildren<QLabel*>())
        child->setTextFormat(Qt::PlainText);
}

QString toHtml(const QString& text)
{
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

void guardToolTips(QApplication* application)
{
    const QString name = QStringLiteral("vigieToolTipGuard");
    if (application->findChild<ToolTipGuard*>(name, Qt::FindDirectChildrenOnly))
        return;
    auto* guard = new ToolTipGuard(application);
    guard->setObjectName(name);
    application->installEventFilter(guard);
}

} // namespace vigie::RemoteText
