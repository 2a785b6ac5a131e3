#pragma once

#include "fleet/Server.h"
#include "probe/Assessment.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace vigie {

class KeyRing;
class MessageBanner;

// Adds or edits one server: name, host, SSH port, user, how to log in (a key of the keychain
// or the SSH agent) and its group. What Server::validate() says is shown inline, and OK stays
// disabled until the server is valid.
class ServerEditorDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerEditorDialog(KeyRing* keyRing, QWidget* parent = nullptr);

    void setGroups(const QStringList& groups);
    void setServer(const Server& server); // edit mode: the id is kept
    // New servers: select this key (Preferences' default key) when the keychain has it.
    void preselectKey(const QString& keyName);
    Server server() const;
    QString validationMessage() const;
    // Called on OK (e.g. Fleet::add); a non-empty translated error keeps the dialog open.
    void setCommit(std::function<QString(const Server&)> commit);
    void accept() override;

signals:
    void manageKeysRequested();

private:
    void reloadKeys();
    void revalidate();

    KeyRing* m_keyRing;
    Server m_original;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_user;
    QComboBox* m_auth;
    QLabel* m_keyHint;
    QComboBox* m_group;
    QComboBox* m_profile;
    QMap<Area, QCheckBox*> m_ignored;
    MessageBanner* m_validation;
    QPushButton* m_okButton;
    std::function<QString(const Server&)> m_commit;
};

} // namespace vigie
