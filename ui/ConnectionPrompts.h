#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace vigie {

class SshConnection;

// Answers a connection's questions through dialogs: host key on first contact, key passphrase,
// and the changed-host-key warning. Dialogs are window-modal and opened with open(): the engine
// waits for the answer, no nested event loop runs.
class ConnectionPrompts : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionPrompts(QWidget* window);

    // Safe to call more than once for the same connection.
    void attach(SshConnection* connection, const QString& serverName);

private:
    QPointer<QWidget> m_window;
};

} // namespace vigie
