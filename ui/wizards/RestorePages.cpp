#include "RestorePages.h"

#include "CheckListWidget.h"
#include "RemoteRead.h"
#include "RestoreWizard.h"
#include "dashboards/DisplayFormat.h"
#include "ops/BackupFormat.h"
#include "ops/NameRules.h"
#include "ops/ProvisionPlanner.h"
#include "ops/RestorePlanner.h"
#include "ssh/SshConnection.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace vigie {

namespace {
QLabel* problemLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("problemLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b02a2a;"));
    return label;
}

RestoreWizard* restoreWizard(const OperationPage* page)
{
    return static_cast<RestoreWizard*>(page->operationWizard());
}

constexpr int SubdomainRole = Qt::UserRole + 1;

enum BackupColumn
{
    DateColumn,
    AgeColumn,
    SizeColumn,
    KindColumn,
    FileColumn,
};
} // namespace

// --- RestoreSourcePage -----------------------------------------------------------------------

RestoreSourcePage::RestoreSourcePage(QWidget* parent)
    : OperationPage(parent)
    , m_databases(new QComboBox(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("restoreSourcePage"));
    setTitle(tr("Database"));
    setSubTitle(tr("The tenant or the database whose backup you want to restore."));
    m_databases->setObjectName(QStringLiteral("databaseCombo"));
    m_databases->setEditable(true);
    m_databases->setInsertPolicy(QComboBox::NoInsert);
    auto* form = new QFormLayout;
    form->addRow(tr("&Tenant or database:"), m_databases);
    form->addRow(QString(), m_problem);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);
    connect(m_databases, &QComboBox::currentTextChanged, this, [this] {
        const QString name = database();
        m_problem->setText(name.isEmpty() ? QString() : NameRules::validateDatabaseName(name));
        emit completeChanged();
    });
}

void RestoreSourcePage::initializePage()
{
    const OperationContext& context = operationWizard()->context();
    const QString previous = database();
    m_databases->clear();
    QStringList seen;
    // Tenants first, by name: that is how operators think of them.
    if (context.snapshot) {
        for (const TenantInfo& tenant : context.snapshot->tenants) {
            if (!tenant.databaseExists)
                continue;
            const QString db = ProvisionPlanner::databaseName(context.profile, tenant.id);
            m_databases->addItem(tr("%1 — tenant %2").arg(db, tenant.name), db);
            m_databases->setItemData(m_databases->count() - 1, tenant.subdomain, SubdomainRole);
            seen.append(db);
        }
        for (const DatabaseInfo& info : context.snapshot->databases) {
            if (seen.contains(info.name))
                continue;
            m_databases->addItem(info.name, info.name);
            seen.append(info.name);
        }
    }
    for (const ServerProfile::BackupTarget& target : context.profile.backups) {
        const QString database = target.databaseName();
        if (!seen.contains(database) && NameRules::validateDatabaseName(database).isEmpty() &&
            BackupFormats::isDatabaseDump(BackupFormats::of(target.pattern))) {
            m_databases->addItem(database, database);
            seen.append(database);
        }
    }
    const int index = m_databases->findData(previous);
    if (!previous.isEmpty() && index < 0)
        m_databases->setEditText(previous);
    else if (index >= 0)
        m_databases->setCurrentIndex(index);
}

QString RestoreSourcePage::database() const
{
    // A listed entry carries its database; anything else is a typed name.
    const int index = m_databases->findText(m_databases->currentText());
    if (index >= 0)
        return m_databases->itemData(index).toString();
    return m_databases->currentText().trimmed();
}

QString RestoreSourcePage::tenantSubdomain() const
{
    const int index = m_databases->findText(m_databases->currentText());
    return index >= 0 ? m_databases->itemData(index, SubdomainRole).toString() : QString();
}

bool RestoreSourcePage::ready() const
{
    return !database().isEmpty() && NameRules::validateDatabaseName(database()).isEmpty();
}

// --- RestoreBackupPage -----------------------------------------------------------------------

RestoreBackupPage::RestoreBackupPage(QWidget* parent)
    : OperationPage(parent)
    , m_backups(new QTreeWidget(this))
    , m_checks(new CheckListWidget(this))
{
    setObjectName(QStringLiteral("restoreBackupPage"));
    setTitle(tr("Backup"));
    setSubTitle(tr("Choose the backup to restore. It is decrypted and read through on the "
                   "server first, so a damaged file is found before anything is touched."));
    m_backups->setObjectName(QStringLiteral("backupList"));
    m_backups->setRootIsDecorated(false);
    m_backups->setHeaderLabels({tr("Date"), tr("Age"), tr("Size"), tr("Kind"), tr("File")});
    m_backups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_backups->header()->setStretchLastSection(true);
    contentLayout()->addWidget(m_backups, 2);
    contentLayout()->addWidget(m_checks, 1);
    connect(m_backups, &QTreeWidget::currentItemChanged, this, &RestoreBackupPage::verifySelected);
}

void RestoreBackupPage::initializePage()
{
    readFacts();
}

void RestoreBackupPage::cleanupPage()
{
    ++m_generation;
    setBusy(false);
}

void RestoreBackupPage::readFacts()
{
    RestoreWizard* wizard = restoreWizard(this);
    const ServerProfile profile = wizard->context().profile;
    const QString database = wizard->database();
    m_factsRead = false;
    m_verifiedFile.clear();
    m_facts = {};
    const QSignalBlocker blocker(m_backups);
    m_backups->clear();
    m_checks->setItems({});
    const QString command = OperationChecks::restoreCommand(profile, database);
    if (command.isEmpty()) {
        showError(tr("“%1” is not a valid database name.").arg(database));
        return;
    }
    setBusy(true, tr("Reading the database and its backups on the server…"));
    const int generation = ++m_generation;
    readRemote(wizard->context().connection, command, this,
               [this, generation, profile, database](const RemoteReadResult& read) {
                   if (generation != m_generation)
                       return;
                   setBusy(false);
                   if (!read.result.succeeded()) {
                       showError(tr("The backups could not be read: %1").arg(read.problem()));
                       return;
                   }
                   m_facts = OperationChecks::parseRestore(read.out, profile, database);
                   m_factsRead = true;
                   m_checks->setItems(m_facts.items);
                   const QDateTime now = QDateTime::currentDateTime();
                   const QSignalBlocker listBlocker(m_backups);
                   for (const OperationChecks::BackupFile& file : m_facts.backups) {
                       auto* item = new QTreeWidgetItem(m_backups);
                       item->setText(DateColumn, DisplayFormat::dateTime(file.modified));
                       item->setText(AgeColumn, DisplayFormat::age(file.modified.secsTo(now)));
                       item->setText(SizeColumn, DisplayFormat::size(file.sizeBytes));
                       item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
                       item->setText(KindColumn,
                                     file.safetyDump ? tr("safety dump") : tr("nightly backup"));
                       item->setText(FileColumn, file.path.section(QLatin1Char('/'), -1));
                       item->setToolTip(FileColumn, file.path);
                       item->setData(0, Qt::UserRole, file.path);
                   }
                   if (m_backups->topLevelItemCount() > 0)
                       m_backups->setCurrentItem(m_backups->topLevelItem(0)); // newest
                   if (!allowsToProceed(m_facts.items))
                       showError(tr("A check failed: see the list below."));
                   verifySelected();
               });
}

void RestoreBackupPage::verifySelected()
{
    const QString file = backupFile();
    m_verifiedFile.clear();
    // The facts' own lines stay; the verification line is replaced.
    m_checks->setItems(m_facts.items);
    emit completeChanged();
    if (file.isEmpty() || !m_factsRead)
        return;
    RestoreWizard* wizard = restoreWizard(this);
    const QString command = OperationChecks::verifyCommand(wizard->context().profile, file);
    setBusy(
        true,
        tr("Verifying %1 (decrypt and read it through)…").arg(file.section(QLatin1Char('/'), -1)));
    const int generation = ++m_generation;
    readRemote(wizard->context().connection, command, this,
               [this, generation, file](const RemoteReadResult& read) {
                   if (generation != m_generation)
                       return;
                   setBusy(false);
                   const int exitCode = read.result.outcome == ExecResult::Outcome::Exited
                                            ? read.result.exitCode
                                            : -1;
                   const CheckItem verified =
                       OperationChecks::parseVerify(read.out, exitCode, read.err);
                   m_checks->addItem(verified);
                   if (verified.status != CheckItem::Status::Failed)
                       m_verifiedFile = file;
                   else
                       showError(tr("This backup did not verify: choose another one."));
                   emit completeChanged();
               });
}

QString RestoreBackupPage::backupFile() const
{
    const QTreeWidgetItem* item = m_backups->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool RestoreBackupPage::ready() const
{
    return m_factsRead && !m_verifiedFile.isEmpty() && m_verifiedFile == backupFile() &&
           allowsToProceed(m_checks->items());
}

// --- RestoreTargetPage -----------------------------------------------------------------------

RestoreTargetPage::RestoreTargetPage(QWidget* parent)
    : OperationPage(parent)
    , m_inPlace(new QRadioButton(this))
    , m_copy(new QRadioButton(this))
    , m_copyName(new QLineEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("restoreTargetPage"));
    setTitle(tr("Target"));
    setSubTitle(tr("Replace the database's content, or restore into a new scratch database to "
                   "look at the data without touching the original."));
    m_inPlace->setObjectName(QStringLiteral("inPlaceButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copyName->setObjectName(QStringLiteral("copyNameEdit"));
    m_copyName->setMaxLength(NameRules::maxLabelBytes);
    m_copy->setChecked(true); // the safe choice first
    auto* copyRow = new QHBoxLayout;
    copyRow->addSpacing(24);
    copyRow->addWidget(new QLabel(tr("New database &name:"), this));
    copyRow->addWidget(m_copyName, 1);
    contentLayout()->addWidget(m_copy);
    contentLayout()->addLayout(copyRow);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_inPlace);
    contentLayout()->addWidget(m_problem);
    contentLayout()->addStretch(1);
    const auto changed = [this] {
        m_copyName->setEnabled(m_copy->isChecked());
        m_problem->setText(problem());
        emit completeChanged();
    };
    connect(m_copy, &QRadioButton::toggled, this, changed);
    connect(m_copyName, &QLineEdit::textChanged, this, changed);
}

void RestoreTargetPage::initializePage()
{
    const QString database = restoreWizard(this)->database();
    m_copy->setText(tr("Restore to a &copy: a new database; %1 is not touched").arg(database));
    m_inPlace->setText(
        tr("Restore &in place: replace the content of %1 (a safety dump is taken first)")
            .arg(database));
    if (m_defaultFor != database) {
        const QString suffix = QStringLiteral("_copy_") +
                               QDateTime::currentDateTime().toString(QStringLiteral("MMdd_HHmm"));
        m_copyName->setText(database.left(NameRules::maxLabelBytes - int(suffix.size())).toLower() +
                            suffix);
        m_defaultFor = database;
    }
    m_problem->setText(problem());
}

QString RestoreTargetPage::problem() const
{
    if (!m_copy->isChecked())
        return {};
    const QString name = copyName();
    if (const QString error = NameRules::validateNewDatabaseName(name); !error.isEmpty())
        return error;
    QStringList existing;
    const OperationContext& context = restoreWizard(this)->context();
    if (context.snapshot) {
        for (const DatabaseInfo& info : context.snapshot->databases)
            existing.append(info.name);
    }
    existing.append(restoreWizard(this)->database());
    if (const QString taken = NameRules::findCollision(name, existing); !taken.isEmpty())
        return tr("A database named “%1” already exists.").arg(taken);
    return {};
}

int RestoreTargetPage::nextId() const
{
    return m_copy->isChecked() ? int(OperationWizard::ReviewPageId)
                               : int(RestoreWizard::SafetyPageId);
}

bool RestoreTargetPage::toCopy() const
{
    return m_copy->isChecked();
}

QString RestoreTargetPage::copyName() const
{
    return m_copyName->text().trimmed();
}

bool RestoreTargetPage::ready() const
{
    return problem().isEmpty();
}

// --- RestoreSafetyPage -----------------------------------------------------------------------

RestoreSafetyPage::RestoreSafetyPage(QWidget* parent)
    : OperationPage(parent)
    , m_where(new QLabel(this))
    , m_skip(new QCheckBox(tr("&Skip the safety dump (not recommended)"), this))
    , m_phraseLabel(new QLabel(this))
    , m_phrase(new QLineEdit(this))
{
    setObjectName(QStringLiteral("restoreSafetyPage"));
    setTitle(tr("Safety dump"));
    setSubTitle(tr("Before the database is replaced, its current content is dumped, so the "
                   "restore itself can be undone."));
    m_where->setObjectName(QStringLiteral("safetyWhere"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skip->setObjectName(QStringLiteral("skipSafetyCheck"));
    m_phrase->setObjectName(QStringLiteral("skipPhraseEdit"));
    m_phraseLabel->setWordWrap(true);
    m_phraseLabel->setBuddy(m_phrase);
    contentLayout()->addWidget(m_where);
    contentLayout()->addSpacing(12);
    contentLayout()->addWidget(m_skip);
    contentLayout()->addWidget(m_phraseLabel);
    contentLayout()->addWidget(m_phrase);
    contentLayout()->addStretch(1);
    const auto changed = [this] {
        m_phraseLabel->setVisible(m_skip->isChecked());
        m_phrase->setVisible(m_skip->isChecked());
        emit completeChanged();
    };
    connect(m_skip, &QCheckBox::toggled, this, changed);
    connect(m_phrase, &QLineEdit::textChanged, this, changed);
    m_phraseLabel->hide();
    m_phrase->hide();
}

void RestoreSafetyPage::initializePage()
{
    RestoreWizard* wizard = restoreWizard(this);
    const QString database = wizard->database();
    const ServerProfile& profile = wizard->context().profile;
    const OperationChecks::RestoreFacts& facts = wizard->facts();
    QString where = tr("The dump of %1 (%2) goes to:\n%3")
                        .arg(database, DisplayFormat::size(facts.databaseSizeBytes),
                             RestorePlanner::safetyDumpFile(profile, database,
                                                            QDateTime::currentDateTimeUtc()));
    if (facts.safetyFreeBytes >= 0)
        where += QLatin1Char('\n') +
                 tr("Free space there: %1.").arg(DisplayFormat::size(facts.safetyFreeBytes));
    m_where->setText(where);
    m_phraseLabel->setText(tr("Without a safety dump the current content is lost for good. To "
                              "skip it anyway, type <b>%1</b>:")
                               .arg(RestorePlanner::skipSafetyPhrase(database).toHtmlEscaped()));
}

bool RestoreSafetyPage::skipSafetyDump() const
{
    return m_skip->isChecked();
}

QString RestoreSafetyPage::skipConfirmation() const
{
    return m_phrase->text();
}

bool RestoreSafetyPage::ready() const
{
    return !m_skip->isChecked() ||
           m_phrase->text() == RestorePlanner::skipSafetyPhrase(restoreWizard(this)->database());
}

} // namespace vigie
