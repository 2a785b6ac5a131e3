#include "TenantsDashboard.h"

#include "DashboardTableView.h"
#include "SectionPanel.h"
#include "SnapshotSections.h"
#include "TenantTableModel.h"
#include "widgets/RemoteText.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace vigie {

TenantsDashboard::TenantsDashboard(QWidget* parent)
    : QWidget(parent)
    , m_model(new TenantTableModel(this))
    , m_section(new SectionPanel(QStringLiteral("tenantsSection"), this))
    , m_view(new DashboardTableView(this))
    , m_filter(new QLineEdit(this))
    , m_problemsOnly(new QCheckBox(tr("Only tenants with problems"), this))
    , m_summary(RemoteText::label(this))
    , m_openAction(new QAction(QIcon::fromTheme(QStringLiteral("internet-web-browser")),
                               tr("Open in browser"), this))
    , m_copyAction(
          new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy host name"), this))
{
    setObjectName(QStringLiteral("tenantsDashboard"));
    m_view->setObjectName(QStringLiteral("tenantsTable"));
    m_view->setSourceModel(m_model);
    m_view->setMaximumColumnWidth(340);
    m_view->setRowActions({m_openAction, m_copyAction});
    m_filter->setObjectName(QStringLiteral("tenantsFilter"));
    m_filter->setPlaceholderText(tr("Filter tenants…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    m_problemsOnly->setObjectName(QStringLiteral("tenantsProblemsOnly"));
    m_summary->setObjectName(QStringLiteral("tenantsSummary"));

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_view->setTextFilter(text);
        updateSummary();
    });
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_view->setProblemsOnly(on);
        updateSummary();
    });
    connect(m_openAction, &QAction::triggered, this, [this] {
        const int row = m_view->currentSourceRow();
        if (row >= 0 && !m_model->hostName(row).isEmpty())
            QDesktopServices::openUrl(QUrl(QStringLiteral("https://") + m_model->hostName(row)));
    });
    connect(m_copyAction, &QAction::triggered, this, [this] {
        const int row = m_view->currentSourceRow();
        if (row >= 0)
            QGuiApplication::clipboard()->setText(m_model->hostName(row));
    });

    m_section->setTitle(tr("Tenants"));
    m_section->addHeaderWidget(m_problemsOnly);
    m_section->addHeaderWidget(m_filter);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_view, 1);
    m_section->setContent(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_section);
}

void TenantsDashboard::setSnapshot(const Snapshot& snapshot, const Assessment& assessment,
                                   const ServerProfile& profile)
{
    using namespace SnapshotSections;
    m_model->setTenants(assessment.tenants(), snapshot.certificates, profile,
                        SnapshotSections::now(snapshot));
    if (m_section->applyStatus(status(snapshot, Tenants)) && assessment.tenants().isEmpty()) {
        m_section->showMessage(MessageBanner::Kind::Information,
                               profile.tenantQuery.isEmpty()
                                   ? tr("The server's profile does not say how to list tenants.")
                                   : tr("No tenant found in %1.").arg(profile.centralDatabase));
    }
    updateSummary();
}

QString TenantsDashboard::summaryText() const
{
    return m_summary->text();
}

void TenantsDashboard::updateSummary()
{
    int problems = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->health(row) != Health::Ok)
            ++problems;
    }
    QString text = tr("%n tenant(s)", "", m_model->rowCount());
    if (problems > 0)
        text = tr("%1, %n with problems", "", problems).arg(text);
    if (m_view->visibleRowCount() != m_model->rowCount())
        text = tr("%1 (%n shown)", "", m_view->visibleRowCount()).arg(text);
    m_summary->setText(text);
}

} // namespace vigie
