#include "SshConfigImportDialog.h"

#include "fleet/Fleet.h"
#include "secrets/KeyRing.h"
#include "widgets/MessageBanner.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {
constexpr int CandidateRole = Qt::UserRole + 1;
} // namespace

SshConfigImportDialog::SshConfigImportDialog(Fleet* fleet, KeyRing* keyRing, QWidget* parent)
    : QDialog(parent)
    , m_fleet(fleet)
    , m_keyRing(keyRing)
    , m_pathLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(tr("Choose file…"), this))
    , m_hosts(new QTreeWidget(this))
    , m_importKeys(new QCheckBox(tr("Import the identity files into the keychain"), this))
    , m_importButton(new QPushButton(tr("&Import"), this))
    , m_closeButton(new QPushButton(tr("&Close"), this))
    , m_message(new MessageBanner(this))
    , m_results(new QListWidget(this))
{
    setWindowTitle(tr("Import from SSH config"));
    m_pathLabel->setObjectName(QStringLiteral("sshConfigPath"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chooseButton->setObjectName(QStringLiteral("sshConfigChooseFile"));
    m_hosts->setObjectName(QStringLiteral("sshConfigHosts"));
    m_hosts->setColumnCount(ColumnCount);
    m_hosts->setHeaderLabels({tr("Host"), tr("Address"), tr("Identity files"), tr("Notes")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->setUniformRowHeights(true);
    m_hosts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hosts->header()->setStretchLastSection(true);
    m_importKeys->setObjectName(QStringLiteral("sshConfigImportKeys"));
    m_importKeys->setChecked(true);
    m_importKeys->setToolTip(tr("Keys already in the keychain under the same name are reused. "
                                "Without a key, the server uses the SSH agent."));
    m_importButton->setObjectName(QStringLiteral("sshConfigImportButton"));
    m_importButton->setDefault(true);
    m_closeButton->setObjectName(QStringLiteral("sshConfigCloseButton"));
    m_message->setObjectName(QStringLiteral("messageBanner"));
    m_results->setObjectName(QStringLiteral("sshConfigResults"));
    m_results->setVisible(false);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_pathLabel, 1);
    fileRow->addWidget(m_chooseButton);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_message);
    layout->addWidget(m_hosts, 2);
    layout->addWidget(m_importKeys);
    layout->addWidget(m_results, 1);
    layout->addWidget(buttons);

    connect(m_chooseButton, &QPushButton::clicked, this, &SshConfigImportDialog::chooseFile);
    connect(m_importButton, &QPushButton::clicked, this, &SshConfigImportDialog::importChecked);
    connect(m_closeButton, &QPushButton::clicked, this, &SshConfigImportDialog::reject);
    connect(m_hosts, &QTreeWidget::itemChanged, this, &SshConfigImportDialog::updateButtons);

    resize(820, 460);
    m_message->clearMessage();
    updateButtons();
}

void SshConfigImportDialog::chooseFile()
{
    const QString start =
        m_path.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : QFileInfo(m_path).path();
    auto* dialog = new QFileDialog(this, tr("Choose an SSH config file"), start);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &SshConfigImportDialog::loadFile);
    dialog->open();
}

void SshConfigImportDialog::loadFile(const QString& path)
{
    m_path = path;
    m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_message->clearMessage();
    QString error;
    m_candidates = SshConfigImport::readFile(path, &error);
    if (!error.isEmpty()) {
        m_candidates.clear();
        m_message->showMessage(MessageBanner::Kind::Error, error);
    } else if (m_candidates.isEmpty()) {
        m_message->showMessage(MessageBanner::Kind::Information,
                               tr("No host found in this file (patterns with * or ? are "
                                  "defaults, not servers)."));
    }
    populate();
}

void SshConfigImportDialog::populate()
{
    const QSignalBlocker blocker(m_hosts);
    m_hosts->clear();
    for (qsizetype i = 0; i < m_candidates.size(); ++i) {
        const SshConfigImport::Candidate& candidate = m_candidates.at(i);
        auto* item = new QTreeWidgetItem(m_hosts);
        item->setData(HostColumn, CandidateRole, int(i));
        item->setText(HostColumn, candidate.server.name);
        item->setText(AddressColumn, candidate.server.address());
        QStringList identities;
        for (const QString& identity : candidate.identityFiles)
            identities.append(QDir::toNativeSeparators(identity));
        item->setText(IdentityColumn, identities.join(QStringLiteral(", ")));
        item->setToolTip(IdentityColumn, identities.join(QLatin1Char('\n')));
        QStringList notes = candidate.warnings;
        const bool known = m_fleet->find(candidate.server.name).has_value();
        if (known || !candidate.error.isEmpty()) {
            if (known)
                notes.prepend(tr("Already in the fleet"));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
            item->setCheckState(HostColumn, Qt::Unchecked);
        } else {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(HostColumn, Qt::Checked);
        }
        item->setText(NotesColumn, notes.join(QStringLiteral("; ")));
        const QString tip = notes.join(QLatin1Char('\n'));
        for (int column = 0; column < ColumnCount; ++column) {
            if (column != IdentityColumn)
                item->setToolTip(column, tip);
        }
        if (!candidate.warnings.isEmpty())
            item->setIcon(NotesColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
    updateButtons();
}

int SshConfigImportDialog::checkedCount() const
{
    int count = 0;
    for (int row = 0; row < m_hosts->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_hosts->topLevelItem(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(HostColumn) == Qt::Checked)
            ++count;
    }
    return count;
}

QStringList SshConfigImportDialog::results() const
{
    QStringList lines;
    for (int row = 0; row < m_results->count(); ++row)
        lines.append(m_results->item(row)->text());
    return lines;
}

void SshConfigImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_importButton->setEnabled(!busy && checkedCount() > 0);
    m_chooseButton->setEnabled(!busy);
    m_closeButton->setEnabled(!busy);
    m_hosts->setEnabled(!busy);
    m_importKeys->setEnabled(!busy);
}

void SshConfigImportDialog::reject()
{
    if (isBusy())
        return; // the key imports would lose their servers
    QDialog::reject();
}

void SshConfigImportDialog::importChecked()
{
    if (isBusy() || checkedCount() == 0)
        return;
    m_results->clear();
    m_results->setVisible(true);
    m_message->clearMessage();
    m_added = 0;
    m_failed = 0;
    const bool importKeys = m_importKeys->isChecked();
    QList<SshConfigImport::Candidate> chosen;
    for (int row = 0; row < m_hosts->topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = m_hosts->topLevelItem(row);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(HostColumn) == Qt::Checked)
            chosen.append(m_candidates.value(item->data(HostColumn, CandidateRole).toInt()));
    }
    for (const SshConfigImport::Candidate& candidate : std::as_const(chosen)) {
        Server server = candidate.server;
        if (m_fleet->find(server.name)) {
            addResult(tr("%1: already in the fleet, skipped.").arg(server.name));
            continue;
        }
        QString keyName;
        bool waiting = false;
        for (const QString& identity : candidate.identityFiles) {
            if (!QFile::exists(identity))
                continue;
            const QString name = QFileInfo(identity).fileName();
            if (const auto existing = m_keyRing->find(name)) {
                keyName = existing->name;
                break;
            }
            if (importKeys) {
                waiting = true;
                const bool started = m_waitingForKey.contains(name);
                m_waitingForKey[name].append(server);
                if (!started) {
                    ++m_pendingKeys;
                    // An encrypted key is imported without its passphrase: it is asked for at
                    // connection time.
                    m_keyRing->importFile(
                        name, identity, {}, false, this,
                        [this, name](const KeyResult& result) { keyImported(name, result); });
                }
                break;
            }
        }
        if (waiting)
            continue;
        server.keyName = keyName;
        if (keyName.isEmpty()) {
            server.auth = Server::Auth::Agent; // no key available: the agent may have it
            addServer(server, tr("uses the SSH agent"));
        } else {
            addServer(server, tr("key %1").arg(keyName));
        }
    }
    updateButtons();
    finishIfIdle();
}

void SshConfigImportDialog::keyImported(const QString& keyName, const KeyResult& result)
{
    const QList<Server> servers = m_waitingForKey.take(keyName);
    --m_pendingKeys;
    if (result.ok()) {
        addResult(tr("Key %1 imported into the keychain.").arg(result.key.name));
    } else {
        ++m_failed;
        addResult(tr("Key %1 could not be imported: %2").arg(keyName, result.error));
    }
    for (Server server : servers) {
        if (result.ok()) {
            server.keyName = result.key.name;
            addServer(server, tr("key %1").arg(result.key.name));
        } else {
            server.auth = Server::Auth::Agent;
            server.keyName.clear();
            addServer(server, tr("uses the SSH agent instead"));
        }
    }
    updateButtons();
    finishIfIdle();
}

void SshConfigImportDialog::addServer(Server server, const QString& note)
{
    if (const QString error = m_fleet->add(server); !error.isEmpty()) {
        ++m_failed;
        addResult(tr("%1: not added: %2").arg(server.name, error));
        return;
    }
    ++m_added;
    addResult(tr("%1: added (%2, %3).").arg(server.name, server.address(), note));
}

void SshConfigImportDialog::addResult(const QString& text)
{
    m_results->addItem(text);
    m_results->scrollToBottom();
}

void SshConfigImportDialog::finishIfIdle()
{
    if (isBusy())
        return;
    populate(); // the added hosts now show as already in the fleet
    const QString summary = tr("%n server(s) added.", nullptr, m_added);
    if (m_failed > 0)
        m_message->showMessage(MessageBanner::Kind::Warning,
                               summary + QLatin1Char(' ') +
                                   tr("%n problem(s): see below.", nullptr, m_failed));
    else
        m_message->showMessage(MessageBanner::Kind::Success, summary);
    emit importFinished();
}

} // namespace vigie
