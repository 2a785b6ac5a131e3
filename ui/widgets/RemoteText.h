#pragma once

#include <QString>

class QApplication;
class QLabel;
class QMessageBox;
class QWidget;

namespace vigie {

// Text that came from a server, a tenant or a TLS peer is shown as the characters it is, never
// interpreted: Qt's rich-text auto-detection would otherwise load `<img src="/dev/zero">` from a
// tenant name (freezing the GUI thread), open `//host/share` paths on Windows or make links.
// Every label, message box and tooltip that may show such text goes through here.
namespace RemoteText {

// A label that shows its text literally (Qt::PlainText), whatever it is given later.
QLabel* label(QWidget* parent = nullptr);
void makePlain(QLabel* label);
// Every label of the box (text, informative text) shows its text literally.
void makePlain(QMessageBox* box);
// Rich text that displays `text` literally: for places that only take rich text.
QString toHtml(const QString& text);

// Installs, once, the application-wide guard that shows every tooltip (a widget's own or an item
// view's ToolTipRole) as plain text, so no model or widget can forget it. Vigie has no rich
// tooltips of its own.
void guardToolTips(QApplication* application);

} // namespace RemoteText

} // namespace vigie
