#include "HostKeyDialog.h"

#include "core/AppPaths.h"
#include "ssh/KnownHosts.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace vigie {

namespace {
QString hostForDisplay(const QString& host, quint16 port)
{
    return KnownHosts::hostPattern(host, port);
}

// The file an administrator checks on the server, e.g. /etc/ssh/ssh_host_ed25519_key.pub.
QString serverKeyFile(const PublicKey& key)
{
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(key.typeLabel().toLower());
}

QString shellQuoteIfNeeded(const QString& text)
{
    static const QString safe =
        QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_");
    for (const QChar c : text) {
        if (!safe.contains(c))
            return QLatin1Char('\'') +
                   QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) +
                   QLatin1Char('\'');
    }
    return text;
}
} // namespace

HostKeyDialog::HostKeyDialog(const HostKeyPrompt& prompt, QWidget* parent)
    : QDialog(parent)
    , m_mode(Mode::FirstContact)
    , m_layout(new QVBoxLayout(this))
{
    buildFirstContact(prompt);
}

HostKeyDialog::HostKeyDialog(const SshError& changed, QWidget* parent)
    : QDialog(parent)
    , m_mode(Mode::Changed)
    , m_layout(new QVBoxLayout(this))
{
    buildChanged(changed);
}

QLabel* HostKeyDialog::addText(const QString& text, const QString& objectName)
{
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    m_layout->addWidget(label);
    return label;
}

QLabel* HostKeyDialog::addMonospace(const QString& text, const QString& objectName)
{
    QLabel* label = addText(text, objectName);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setWordWrap(false);
    label->setContentsMargins(16, 2, 0, 2);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void HostKeyDialog::buildFirstContact(const HostKeyPrompt& prompt)
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    const QString host = hostForDisplay(prompt.host, prompt.port);
    setWindowTitle(tr("Unknown host key — %1").arg(host));

    auto* headingRow = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxQuestion, nullptr, this).pixmap(iconSize));
    auto* heading = new QLabel(
        tr("Vigie cannot confirm the identity of %1: it has never connected to this server "
           "before.")
            .arg(host),
        this);
    heading->setObjectName(QStringLiteral("hostKeyHeading"));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    headingRow->addWidget(icon, 0, Qt::AlignTop);
    headingRow->addWidget(heading, 1);
    m_layout->addLayout(headingRow);

    addText(tr("The server offers a %1-bit %2 key. Its SHA256 fingerprint is:")
                .arg(prompt.key.bits())
                .arg(prompt.key.typeLabel()),
            QStringLiteral("hostKeyType"));
    QLabel* fingerprint =
        addMonospace(prompt.key.fingerprintSha256(), QStringLiteral("fingerprintLabel"));
    QFont big = fingerprint->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    fingerprint->setFont(big);

    addText(tr("Compare it with the fingerprint given by the server's administrator, who can print "
               "it on the server with:"));
    addMonospace(QStringLiteral("ssh-keygen -lf %1").arg(serverKeyFile(prompt.key)),
                 QStringLiteral("hostKeyCheckCommand"));
    addText(tr("Trust the key only if both fingerprints are identical."));

    if (!prompt.otherKnownTypes.isEmpty()) {
        QLabel* note = addText(
            tr("Vigie already knows a key of another type (%1) for this host: the server may "
               "have been reconfigured — check with its administrator.")
                .arg(prompt.otherKnownTypes.join(QStringLiteral(", "))),
            QStringLiteral("otherTypesNote"));
        note->setStyleSheet(QStringLiteral("QLabel { background: #fdf3dc; border: 1px solid "
                                           "#d9a53f; border-radius: 4px; padding: 6px; color: "
                                           "#4d3200; }"));
    }

    addText(tr("If you trust it, Vigie records it in %1 and will refuse to connect if it ever "
               "changes.")
                .arg(QDir::toNativeSeparators(prompt.knownHostsFile)),
            QStringLiteral("knownHostsFileNote"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* trust = buttons->addButton(tr("Trust and connect"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustButton"));
    trust->setAutoDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setDefault(true);
    cancel->setFocus();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addSpacing(6);
    m_layout->addWidget(buttons);
    setMinimumWidth(560);
}

void HostKeyDialog::buildChanged(const SshError& error)
{
    setObjectName(QStringLiteral("hostKeyChangedDialog"));
    const QString host = hostForDisplay(error.host, error.port);
    setWindowTitle(tr("Host key changed — %1").arg(host));

    auto* warning = new QWidget(this);
    warning->setObjectName(QStringLiteral("hostKeyWarning"));
    warning->setAttribute(Qt::WA_StyledBackground);
    warning->setStyleSheet(QStringLiteral(
        "QWidget#hostKeyWarning { background: #b3261e; border-radius: 4px; } QLabel { color: "
        "white; }"));
    auto* icon = new QLabel(warning);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this).pixmap(iconSize));
    auto* heading = new QLabel(tr("WARNING: the host key of %1 has CHANGED.").arg(host), warning);
    heading->setObjectName(QStringLiteral("hostKeyHeading"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    auto* explanation = new QLabel(
        tr("Someone may be intercepting the connection (a man-in-the-middle attack), or the "
           "server was reinstalled or reconfigured. Vigie refused to connect and sent no "
           "credentials."),
        warning);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::PlainText);
    auto* text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(explanation);
    auto* warningLayout = new QHBoxLayout(warning);
    warningLayout->setContentsMargins(10, 10, 10, 10);
    warningLayout->addWidget(icon, 0, Qt::AlignTop);
    warningLayout->addLayout(text, 1);
    m_layout->addWidget(warning);
    m_layout->addSpacing(6);

    addText(tr("Fingerprint Vigie knows for this host:"));
    addMonospace(error.knownFingerprint, QStringLiteral("knownFingerprintLabel"));
    addText(tr("Fingerprint the server offers now:"));
    addMonospace(error.offeredFingerprint, QStringLiteral("offeredFingerprintLabel"));
    const QString file = QDir::toNativeSeparators(error.knownHostsFile);
    addText(tr("The known key is recorded in %1, line %2.").arg(file).arg(error.knownHostsLine),
            QStringLiteral("knownHostsLocation"));

    addText(tr("Do not connect until the server's administrator confirms the new fingerprint. If "
               "the change is expected, remove the old key, then connect again to check and trust "
               "the new one:"));
    QString command;
    if (QDir::cleanPath(error.knownHostsFile) == QDir::cleanPath(AppPaths::knownHostsFile())) {
        command = error.port == 22 || error.port == 0
                      ? QStringLiteral("vigie-cli hosts forget %1").arg(error.host)
                      : QStringLiteral("vigie-cli hosts forget --port %1 %2")
                            .arg(error.port)
                            .arg(error.host);
    } else {
        // Not Vigie's file (e.g. ~/.ssh/known_hosts, read only for Vigie): OpenSSH's own tool.
        command = QStringLiteral("ssh-keygen -R %1 -f %2")
                      .arg(shellQuoteIfNeeded(host), shellQuoteIfNeeded(error.knownHostsFile));
    }
    addMonospace(command, QStringLiteral("forgetCommand"));
    addText(tr("(or delete line %1 of %2 in a text editor).").arg(error.knownHostsLine).arg(file));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_layout->addSpacing(6);
    m_layout->addWidget(buttons);
    setMinimumWidth(560);
}

} // namespace vigie
