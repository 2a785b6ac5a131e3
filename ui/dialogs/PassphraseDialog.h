#pragma once

#include <QDialog>

class QLineEdit;

namespace vigie {

// Asks for the passphrase of a key at connection time.
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    PassphraseDialog(const QString& keyName, const QString& serverName, bool previousWasWrong,
                     QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    QByteArray passphrase() const;

private:
    QLineEdit* m_passphrase;
};

} // namespace vigie
