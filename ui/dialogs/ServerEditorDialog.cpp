#include "ServerEditorDialog.h"

#include "fleet/ProfileStore.h"

#include "secrets/KeyRing.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigie {

namespace {
// Item data of the authentication combo: a key name, or this marker for the agent.
const QString AgentMarker = QStringLiteral("\x01agent");
} // namespace

ServerEditorDialog::ServerEditorDialog(KeyRing* keyRing, QWidget* parent)
    : QDialog(parent)
    , m_keyRing(keyRing)
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_user(new QLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_keyHint(new QLabel(this))
    , m_group(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_validation(new MessageBanner(this))
{
    setObjectName(QStringLiteral("serverEditorDialog"));
    setWindowTitle(tr("Add server"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. clinic-prod"));
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("host name or IP address"));
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    m_port->setGroupSeparatorShown(false);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("e.g. deploy"));
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_keyHint->setObjectName(QStringLiteral("keyHint"));
    m_keyHint->setWordWrap(true);
    m_group->setObjectName(QStringLiteral("groupCombo"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->lineEdit()->setPlaceholderText(tr("none", "no group"));
    m_validation->setObjectName(QStringLiteral("validationMessage"));

    auto* keysButton = new QPushButton(tr("&Keys…"), this);
    keysButton->setAutoDefault(false);
    connect(keysButton, &QPushButton::clicked, this, &ServerEditorDialog::manageKeysRequested);
    auto* authRow = new QHBoxLayout;
    authRow->addWidget(m_auth, 1);
    authRow->addWidget(keysButton);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("SSH &port:"), m_port);
    form->addRow(tr("&User:"), m_user);
    auto* authLabel = new QLabel(tr("&Log in with:"), this);
    authLabel->setBuddy(m_auth); // a label for a layout has no buddy by itself
    form->addRow(authLabel, authRow);
    form->addRow(QString(), m_keyHint);
    form->addRow(tr("&Group:"), m_group);
    // What lives where on the server: a preset, the server's own profile (made by Detect or by
    // hand in the config dir), or nothing beyond the host itself.
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(tr("Host only (vitals; nothing else watched)"), QString());
    for (const ServerProfile& preset : ProfileStore::presets())
        m_profile->addItem(preset.name, preset.id);
    m_profile->addItem(tr("This server's own profile (Detect, or edited by hand)"),
                       QStringLiteral("custom"));
    form->addRow(tr("P&rofile:"), m_profile);
    // An area left without anything to watch reads "not watched" and counts in the fleet's worst
    // state, unless the operator says here that this server has none on purpose.
    auto* ignoredRow = new QHBoxLayout;
    for (Area area : Assessment::AllAreas) {
        auto* box = new QCheckBox(Assessment::areaName(area), this);
        box->setObjectName(QStringLiteral("ignore_") + Assessment::areaId(area));
        box->setToolTip(tr("This server has no %1 to watch: its \"not watched\" state does not "
                           "count in the fleet's worst state.")
                            .arg(Assessment::areaName(area).toLower()));
        m_ignored.insert(area, box);
        ignoredRow->addWidget(box);
    }
    ignoredRow->addStretch();
    auto* ignoredLabel = new QLabel(tr("&Ignore when not watched:"), this);
    ignoredLabel->setBuddy(m_ignored.value(Area::Services));
    form->addRow(ignoredLabel, ignoredRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_validation);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    for (QLineEdit* edit : {m_name, m_host, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerEditorDialog::revalidate);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerEditorDialog::revalidate);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerEditorDialog::revalidate);
    connect(m_keyRing, &KeyRing::keysChanged, this, &ServerEditorDialog::reloadKeys);
    reloadKeys();
}

void ServerEditorDialog::setGroups(const QStringList& groups)
{
    const QString current = m_group->currentText();
    m_group->clear();
    m_group->addItem(QString());
    m_group->addItems(groups);
    m_group->setCurrentText(current);
}

void ServerEditorDialog::reloadKeys()
{
    const QString current = m_auth->currentData().toString();
    m_auth->blockSignals(true);
    m_auth->clear();
    const QList<KeyInfo> keys = m_keyRing->keys();
    for (const KeyInfo& key : keys) {
        m_auth->addItem(tr("Key “%1” (%2)").arg(key.name, key.publicKey.typeLabel()), key.name);
        m_auth->setItemData(m_auth->count() - 1, key.fingerprint(), Qt::ToolTipRole);
    }
    // Keep a key that is not (or no longer) in the keychain selectable, to show the problem.
    const QString wanted =
        current.isEmpty() && m_original.auth == Server::Auth::Key ? m_original.keyName : current;
    if (!wanted.isEmpty() && wanted != AgentMarker && m_auth->findData(wanted) < 0)
        m_auth->addItem(tr("Key “%1” (not in the keychain)").arg(wanted), wanted);
    m_auth->addItem(tr("SSH agent"), AgentMarker);
    const int index = m_auth->findData(wanted);
    m_auth->setCurrentIndex(index >= 0 ? index : 0);
    m_auth->blockSignals(false);
    revalidate();
}

void ServerEditorDialog::preselectKey(const QString& keyName)
{
    const int index = keyName.isEmpty() ? -1 : m_auth->findData(keyName);
    if (index >= 0 && keyName != AgentMarker)
        m_auth->setCurrentIndex(index);
}

void ServerEditorDialog::setServer(const Server& server)
{
    m_original = server;
    setWindowTitle(server.id.isEmpty() ? tr("Add server") : tr("Edit server"));
    m_name->setText(server.name);
    m_host->setText(server.host);
    m_port->setValue(server.port == 0 ? 22 : server.port);
    m_user->setText(server.user);
    m_group->setCurrentText(server.group);
    const int profileIndex = m_profile->findData(server.profileId);
    m_profile->setCurrentIndex(profileIndex >= 0 ? profileIndex : 0);
    for (auto it = m_ignored.cbegin(); it != m_ignored.cend(); ++it)
        it.value()->setChecked(server.ignoredAreas.contains(Assessment::areaId(it.key())));
    m_auth->blockSignals(true);
    m_auth->setCurrentIndex(-1);
    m_auth->blockSignals(false);
    reloadKeys();
    const int index =
        m_auth->findData(server.auth == Server::Auth::Agent ? AgentMarker : server.keyName);
    if (index >= 0)
        m_auth->setCurrentIndex(index);
    revalidate();
}

Server ServerEditorDialog::server() const
{
    Server server = m_original;
    server.name = m_name->text().trimmed();
    server.host = m_host->text().trimmed();
    server.port = quint16(m_port->value());
    server.user = m_user->text().trimmed();
    const QString auth = m_auth->currentData().toString();
    server.auth = auth == AgentMarker ? Server::Auth::Agent : Server::Auth::Key;
    server.keyName = server.auth == Server::Auth::Key ? auth : QString();
    server.group = m_group->currentText().trimmed();
    server.profileId = m_profile->currentData().toString();
    server.ignoredAreas.clear();
    for (Area area : Assessment::AllAreas) {
        if (m_ignored.value(area)->isChecked())
            server.ignoredAreas.append(Assessment::areaId(area));
    }
    return server;
}

QString ServerEditorDialog::validationMessage() const
{
    return server().validate();
}

void ServerEditorDialog::setCommit(std::function<QString(const Server&)> commit)
{
    m_commit = std::move(commit);
}

void ServerEditorDialog::accept()
{
    if (!validationMessage().isEmpty())
        return;
    if (m_commit) {
        const QString error = m_commit(server());
        if (!error.isEmpty()) {
            m_validation->showMessage(MessageBanner::Kind::Error, error);
            return;
        }
    }
    QDialog::accept();
}

void ServerEditorDialog::revalidate()
{
    const Server current = server();
    if (m_keyRing->keys().isEmpty()) {
        m_keyHint->setText(tr("No key in the keychain yet: use Keys… to import or generate one, "
                              "or log in with the SSH agent."));
    } else if (current.auth == Server::Auth::Key && !current.keyName.isEmpty() &&
               !m_keyRing->find(current.keyName)) {
        m_keyHint->setText(tr("This key is not in the keychain: import it again in Keys…, or "
                              "choose another one."));
    } else {
        m_keyHint->setText(QString());
    }
    m_keyHint->setVisible(!m_keyHint->text().isEmpty());

    const QString problem = current.validate();
    if (problem.isEmpty())
        m_validation->clearMessage();
    else
        m_validation->showMessage(MessageBanner::Kind::Warning, problem);
    m_okButton->setEnabled(problem.isEmpty());
}

} // namespace vigie
