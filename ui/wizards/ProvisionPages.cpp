#include "ProvisionPages.h"

#include "CheckListWidget.h"
#include "OperationWizard.h"
#include "ProvisionWizard.h"
#include "RemoteRead.h"
#include "ops/NameRules.h"
#include "ops/OperationChecks.h"
#include "ops/ProvisionPlanner.h"
#include "ssh/SshConnection.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
} // namespace

// --- TenantNamePage --------------------------------------------------------------------------

TenantNamePage::TenantNamePage(QWidget* parent)
    : OperationPage(parent)
    , m_name(new QLineEdit(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("tenantNamePage"));
    setTitle(tr("Tenant"));
    setSubTitle(tr("The name the tenant is known by, as its users will see it."));
    m_name->setObjectName(QStringLiteral("tenantNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Clínica Ozondenia"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_problem);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        const QString text = m_name->text();
        m_problem->setText(text.isEmpty() ? QString() : NameRules::validateDisplayName(text));
        emit completeChanged();
    });
}

QString TenantNamePage::tenantName() const
{
    return m_name->text();
}

bool TenantNamePage::ready() const
{
    return !m_name->text().isEmpty() && NameRules::validateDisplayName(m_name->text()).isEmpty();
}

// --- SubdomainPage ---------------------------------------------------------------------------

SubdomainPage::SubdomainPage(QWidget* parent)
    : OperationPage(parent)
    , m_subdomain(new QLineEdit(this))
    , m_host(new QLabel(this))
    , m_problem(problemLabel(this))
{
    setObjectName(QStringLiteral("subdomainPage"));
    setTitle(tr("Subdomain"));
    setSubTitle(tr("The tenant's address. Lower-case letters, digits and inner hyphens; it "
                   "must not be in use."));
    m_subdomain->setObjectName(QStringLiteral("subdomainEdit"));
    m_subdomain->setMaxLength(NameRules::maxLabelBytes);
    m_host->setObjectName(QStringLiteral("hostNameLabel"));
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Subdomain:"), m_subdomain);
    form->addRow(tr("Address:"), m_host);
    form->addRow(QString(), m_problem);
    contentLayout()->addLayout(form);
    contentLayout()->addStretch(1);
    connect(m_subdomain, &QLineEdit::textChanged, this, &SubdomainPage::update);
}

QStringList SubdomainPage::knownSubdomains() const
{
    QStringList known;
    const OperationWizard* wizard = operationWizard();
    if (wizard && wizard->hasContext() && wizard->context().snapshot) {
        for (const TenantInfo& tenant : wizard->context().snapshot->tenants)
            known.append(tenant.subdomain);
    }
    return known;
}

void SubdomainPage::initializePage()
{
    const QString name = static_cast<ProvisionWizard*>(operationWizard())->tenantName();
    // A new name gets a new suggestion; an edited subdomain for the same name is kept.
    if (name != m_suggestedFor) {
        m_subdomain->setText(NameRules::suggestSubdomain(name, knownSubdomains()));
        m_suggestedFor = name;
    }
    update();
}

QString SubdomainPage::subdomain() const
{
    return m_subdomain->text();
}

QString SubdomainPage::problem() const
{
    const QString subdomain = m_subdomain->text();
    if (subdomain.isEmpty())
        return tr("Type a subdomain.");
    if (const QString error = NameRules::validateSubdomain(subdomain); !error.isEmpty())
        return error;
    if (const QString taken = NameRules::findCollision(subdomain, knownSubdomains());
        !taken.isEmpty())
        return taken == subdomain
                   ? tr("“%1” is already a tenant's subdomain.").arg(taken)
                   : tr("“%1” is too close to the existing subdomain “%2”.").arg(subdomain, taken);
    return {};
}

void SubdomainPage::update()
{
    const QString error = problem();
    m_problem->setText(error);
    const OperationWizard* wizard = operationWizard();
    m_host->setText(error.isEmpty() && wizard && wizard->hasContext()
                        ? ProvisionPlanner::hostName(wizard->context().profile, subdomain())
                        : QString());
    emit completeChanged();
}

bool SubdomainPage::ready() const
{
    return problem().isEmpty();
}

// --- ProvisionChecksPage ---------------------------------------------------------------------

ProvisionChecksPage::ProvisionChecksPage(QWidget* parent)
    : OperationPage(parent)
    , m_checks(new CheckListWidget(this))
    , m_again(new QPushButton(tr("Check &again"), this))
{
    setObjectName(QStringLiteral("provisionChecksPage"));
    setTitle(tr("Checks"));
    setSubTitle(tr("Read on the server, nothing is changed: is the subdomain free, does it "
                   "resolve, does a certificate cover it, is there room for a database."));
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_again);
    contentLayout()->addWidget(m_checks, 1);
    contentLayout()->addLayout(row);
    connect(m_again, &QPushButton::clicked, this, &ProvisionChecksPage::runChecks);
}

void ProvisionChecksPage::initializePage()
{
    runChecks();
}

void ProvisionChecksPage::cleanupPage()
{
    ++m_generation; // Back while checking: the answer is no longer wanted
    setBusy(false);
}

void ProvisionChecksPage::runChecks()
{
    const OperationWizard* wizard = operationWizard();
    const QString subdomain = static_cast<const ProvisionWizard*>(wizard)->subdomain();
    const ServerProfile profile = wizard->context().profile;
    m_done = false;
    m_checks->setItems({});
    m_again->setEnabled(false);
    const QString command = OperationChecks::provisionCommand(profile, subdomain);
    if (command.isEmpty()) {
        showError(tr("The subdomain is not valid."));
        emit completeChanged();
        return;
    }
    setBusy(true, tr("Checking on the server…"));
    const int generation = ++m_generation;
    readRemote(wizard->context().connection, command, this,
               [this, generation, profile, subdomain](const RemoteReadResult& read) {
                   if (generation != m_generation)
                       return;
                   m_again->setEnabled(true);
                   setBusy(false);
                   if (!read.result.succeeded()) {
                       showError(tr("The checks could not run: %1").arg(read.problem()));
                       return;
                   }
                   m_checks->setItems(
                       OperationChecks::parseProvision(read.out, profile, subdomain));
                   m_done = true;
                   if (!allowsToProceed(m_checks->items()))
                       showError(tr("A check failed: fix it on the server, then check again."));
                   emit completeChanged();
               });
}

bool ProvisionChecksPage::ready() const
{
    return m_done && allowsToProceed(m_checks->items());
}

} // namespace vigie
