#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace vigie {

class KeyRing;
class MessageBanner;

// Second step of "Import…", after the file dialog: shows what the file holds and asks for the
// key's name in Vigie and, for a protected key, its passphrase and whether to remember it.
class ImportKeyDialog : public QDialog
{
    Q_OBJECT
public:
    ImportKeyDialog(const QString& path, KeyRing* keyRing, QWidget* parent = nullptr);
    ~ImportKeyDialog() override;

    QString path() const { return m_path; }
    QString name() const;
    QByteArray passphrase() const;
    bool rememberPassphrase() const;

    // "id_ed25519" -> "id_ed25519", "my key.pem" -> "my-key"; made unique in the key ring.
    static QString suggestName(const QString& path, KeyRing* keyRing);

private:
    void inspect();
    void updateState();

    QString m_path;
    KeyRing* m_keyRing;
    QByteArray m_contents;
    bool m_encrypted = false;
    bool m_parsed = false;
    QLabel* m_keyInfo;
    QLineEdit* m_name;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QCheckBox* m_remember;
    QLabel* m_passphraseHint;
    MessageBanner* m_message;
    QPushButton* m_importButton;
};

} // namespace vigie
