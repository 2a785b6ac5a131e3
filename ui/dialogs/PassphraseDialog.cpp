#include "PassphraseDialog.h"

#include "widgets/MessageBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace vigie {

PassphraseDialog::PassphraseDialog(const QString& keyName, const QString& serverName,
                                   bool previousWasWrong, QWidget* parent)
    : QDialog(parent)
    , m_passphrase(new QLineEdit(this))
{
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Key passphrase"));

    auto* layout = new QVBoxLayout(this);
    if (previousWasWrong) {
        auto* wrong = new MessageBanner(this);
        wrong->setObjectName(QStringLiteral("wrongPassphrase"));
        wrong->showMessage(MessageBanner::Kind::Error, tr("Wrong passphrase, try again."));
        layout->addWidget(wrong);
    }
    auto* text = new QLabel(serverName.isEmpty()
                                ? tr("The key “%1” is protected by a passphrase.").arg(keyName)
                                : tr("To connect to %1, enter the passphrase of the key “%2”.")
                                      .arg(serverName, keyName),
                            this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Connect"));
    ok->setEnabled(false);
    connect(m_passphrase, &QLineEdit::textChanged, ok,
            [ok](const QString& value) { ok->setEnabled(!value.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(400);
    m_passphrase->setFocus();
}

PassphraseDialog::~PassphraseDialog()
{
    // Do not leave the passphrase in the line edit's undo history longer than needed.
    m_passphrase->clear();
}

QByteArray PassphraseDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

} // namespace vigie
