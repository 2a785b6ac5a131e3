#include "ImportKeyDialog.h"

#include "secrets/KeyRing.h"
#include "secrets/PrivateKeyFile.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace vigie {

namespace {
constexpr qint64 MaxKeyFileSize = 1024 * 1024;
}

ImportKeyDialog::ImportKeyDialog(const QString& path, KeyRing* keyRing, QWidget* parent)
    : QDialog(parent)
    , m_path(path)
    , m_keyRing(keyRing)
    , m_keyInfo(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_passphraseLabel(new QLabel(tr("&Passphrase:"), this))
    , m_passphrase(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember passphrase in the keychain"), this))
    , m_passphraseHint(new QLabel(this))
    , m_message(new MessageBanner(this))
{
    setObjectName(QStringLiteral("importKeyDialog"));
    setWindowTitle(tr("Import a key"));

    auto* file = new QLabel(QDir::toNativeSeparators(path), this);
    file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    file->setWordWrap(true);
    m_keyInfo->setObjectName(QStringLiteral("importKeyInfo"));
    m_keyInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyInfo->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_name->setObjectName(QStringLiteral("importKeyName"));
    m_name->setText(suggestName(path, keyRing));
    m_name->setToolTip(tr("Letters, digits, “-”, “_”, “.” and “@”, up to 64 characters."));
    m_passphraseLabel->setBuddy(m_passphrase);
    m_passphrase->setObjectName(QStringLiteral("importKeyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("importKeyRemember"));
    m_passphraseHint->setWordWrap(true);
    m_passphraseHint->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), file);
    form->addRow(tr("Key:"), m_keyInfo);
    form->addRow(tr("&Name in Vigie:"), m_name);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_passphraseHint);

    auto* note = new QLabel(tr("The private key is copied into the system keychain; the file "
                               "itself is left untouched."),
                            this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_name, &QLineEdit::textChanged, this, &ImportKeyDialog::updateState);
    connect(m_passphrase, &QLineEdit::textChanged, this, &ImportKeyDialog::inspect);
    connect(m_remember, &QCheckBox::toggled, this, &ImportKeyDialog::updateState);
    inspect();
}

ImportKeyDialog::~ImportKeyDialog()
{
    m_contents.fill('\0');
    m_passphrase->clear();
}

QString ImportKeyDialog::suggestName(const QString& path, KeyRing* keyRing)
{
    QString base = QFileInfo(path).fileName();
    if (base.endsWith(QLatin1String(".pem"), Qt::CaseInsensitive) ||
        base.endsWith(QLatin1String(".key"), Qt::CaseInsensitive))
        base.chop(4);
    static const QRegularExpression invalid(QStringLiteral("[^A-Za-z0-9_.@-]+"));
    base.replace(invalid, QStringLiteral("-"));
    base = base.left(60);
    if (base.isEmpty())
        base = QStringLiteral("key");
    QString name = base;
    for (int n = 2; keyRing && keyRing->find(name) && n < 1000; ++n)
        name = QStringLiteral("%1-%2").arg(base).arg(n);
    return name;
}

QString ImportKeyDialog::name() const
{
    return m_name->text().trimmed();
}

QByteArray ImportKeyDialog::passphrase() const
{
    return m_encrypted ? m_passphrase->text().toUtf8() : QByteArray();
}

bool ImportKeyDialog::rememberPassphrase() const
{
    return m_encrypted && m_remember->isChecked() && !m_passphrase->text().isEmpty();
}

void ImportKeyDialog::inspect()
{
    if (m_contents.isEmpty()) {
        // A key file is a few KiB; reading it here, on the operator's click, is instantaneous.
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_parsed = false;
            m_keyInfo->setText(QString());
            m_message->showMessage(MessageBanner::Kind::Error,
                                   tr("Cannot read %1: %2").arg(m_path, file.errorString()));
            updateState();
            return;
        }
        if (file.size() > MaxKeyFileSize) {
            m_parsed = false;
            m_message->showMessage(MessageBanner::Kind::Error,
                                   tr("%1 is too large to be a private key.").arg(m_path));
            updateState();
            return;
        }
        m_contents = file.readAll();
    }
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(m_contents, passphrase());
    m_encrypted = parsed.info.encrypted;
    m_parsed = parsed.ok();
    if (parsed.info.publicKey.isValid()) {
        m_keyInfo->setText(parsed.info.publicKey.fingerprintLine(parsed.info.comment));
    } else {
        m_keyInfo->setText(m_encrypted ? tr("(shown once the passphrase is entered)") : QString());
    }
    // An encrypted PEM key can only be read with its passphrase: not an error yet.
    if (parsed.ok() || (m_encrypted && m_passphrase->text().isEmpty()))
        m_message->clearMessage();
    else
        m_message->showMessage(MessageBanner::Kind::Error, parsed.error);
    updateState();
}

void ImportKeyDialog::updateState()
{
    m_passphraseLabel->setVisible(m_encrypted);
    m_passphrase->setVisible(m_encrypted);
    m_remember->setVisible(m_encrypted);
    m_passphraseHint->setVisible(m_encrypted);
    if (m_encrypted) {
        m_passphraseHint->setText(
            rememberPassphrase()
                ? tr("Vigie will connect without asking for the passphrase.")
                : tr("This key is protected by a passphrase: Vigie will ask for it at each "
                     "connection unless you let the keychain remember it."));
    }
    QString problem;
    const QString keyName = name();
    if (!KeyRing::isValidName(keyName))
        problem = tr("The name may contain letters, digits, “-”, “_”, “.” and “@” (1 to 64 "
                     "characters).");
    else if (m_keyRing && m_keyRing->find(keyName))
        problem = tr("A key named “%1” already exists.").arg(keyName);
    m_name->setToolTip(problem);
    m_name->setStyleSheet(problem.isEmpty() ? QString()
                                            : QStringLiteral("QLineEdit { border: 1px solid "
                                                             "#d03535; }"));
    if (m_parsed && !problem.isEmpty())
        m_message->showMessage(MessageBanner::Kind::Warning, problem);
    else if (m_parsed)
        m_message->clearMessage();
    m_importButton->setEnabled(m_parsed && problem.isEmpty());
}

} // namespace vigie
