#include "ConnectionPrompts.h"

#include "dialogs/HostKeyDialog.h"
#include "dialogs/PassphraseDialog.h"
#include "ssh/SshConnection.h"

#include <QWidget>

namespace vigie {

namespace {
const char* const AttachedProperty = "vigieConnectionPromptsAttached";

// Closes the dialog (as "rejected") if its connection goes away first.
void closeWith(QDialog* dialog, SshConnection* connection)
{
    QObject::connect(connection, &QObject::destroyed, dialog, &QDialog::reject);
}
} // namespace

ConnectionPrompts::ConnectionPrompts(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

void ConnectionPrompts::attach(SshConnection* connection, const QString& serverName)
{
    if (connection->property(AttachedProperty).toBool())
        return;
    connection->setProperty(AttachedProperty, true);

    connect(connection, &SshConnection::hostKeyDecisionNeeded, this,
            [this, connection](const HostKeyPrompt& prompt) {
                auto* dialog = new HostKeyDialog(prompt, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const QPointer<SshConnection> guard(connection);
                connect(dialog, &QDialog::finished, connection, [guard](int result) {
                    if (!guard)
                        return;
                    if (result == QDialog::Accepted)
                        guard->acceptHostKey();
                    else
                        guard->rejectHostKey();
                });
                closeWith(dialog, connection);
                dialog->open();
            });

    connect(connection, &SshConnection::passphraseNeeded, this,
            [this, connection, serverName](const QString& keyName, bool previousWasWrong) {
                auto* dialog =
                    new PassphraseDialog(keyName, serverName, previousWasWrong, m_window);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                const QPointer<SshConnection> guard(connection);
                connect(dialog, &QDialog::finished, connection, [guard, dialog](int result) {
                    if (!guard)
                        return;
                    // An empty passphrase tells the connection to give up.
                    guard->providePassphrase(result == QDialog::Accepted ? dialog->passphrase()
                                                                         : QByteArray());
                });
                closeWith(dialog, connection);
                dialog->open();
            });

    connect(connection, &SshConnection::connectionFailed, this, [this](const SshError& error) {
        // Other failures are shown where the operator asked for the connection (overview,
        // fleet tree, status bar); a changed host key deserves to interrupt.
        if (error.code != SshError::Code::HostKeyChanged)
            return;
        auto* dialog = new HostKeyDialog(error, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace vigie
