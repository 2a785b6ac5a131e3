#include "CertificatesDashboard.h"

#include "CertificateTableModel.h"
#include "DashboardTableView.h"
#include "DisplayFormat.h"
#include "SectionPanel.h"
#include "SnapshotSections.h"
#include "dialogs/Confirmation.h"
#include "widgets/RemoteText.h"

#include <QAction>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace vigie {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = RemoteText::label(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

CertificatesDashboard::CertificatesDashboard(QWidget* parent)
    : QWidget(parent)
    , m_model(new CertificateTableModel(this))
    , m_section(new SectionPanel(QStringLiteral("certificatesSection"), this))
    , m_view(new DashboardTableView(this))
    , m_renewAction(
          new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Renew…"), this))
    , m_renewalSection(new SectionPanel(QStringLiteral("renewalSection"), this))
    , m_renewal(valueLabel(this, QStringLiteral("renewalText")))
{
    setObjectName(QStringLiteral("certificatesDashboard"));
    m_renewAction->setObjectName(QStringLiteral("certificateRenew"));
    m_renewAction->setToolTip(tr("Ask certbot to renew the selected certificate now"));
    connect(m_renewAction, &QAction::triggered, this, &CertificatesDashboard::confirmRenew);

    m_view->setObjectName(QStringLiteral("certificatesTable"));
    m_view->setSourceModel(m_model);
    m_view->setRowActions({m_renewAction});
    m_view->setMaximumColumnWidth(230);
    m_view->setColumnHidden(CertificateTableModel::SubjectColumn, true); // in the details
    m_view->setFitToRows(14);
    auto* renewButton = new QToolButton(this);
    renewButton->setDefaultAction(m_renewAction);
    renewButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    renewButton->setAutoRaise(true);
    m_section->setTitle(tr("Certificates"));
    m_section->addHeaderWidget(renewButton);

    // The selected certificate in full: the table cuts long name lists.
    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("certificateDetails"));
    m_path = valueLabel(m_details, QStringLiteral("certificatePath"));
    m_names = valueLabel(m_details, QStringLiteral("certificateNames"));
    m_fingerprint = valueLabel(m_details, QStringLiteral("certificateFingerprint"));
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setWordWrap(false);
    m_error = valueLabel(m_details, QStringLiteral("certificateError"));
    auto* form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Path:"), m_path);
    form->addRow(tr("Names:"), m_names);
    m_subject = valueLabel(m_details, QStringLiteral("certificateSubject"));
    form->addRow(tr("Subject:"), m_subject);
    m_issuer = valueLabel(m_details, QStringLiteral("certificateIssuer"));
    form->addRow(tr("Issuer:"), m_issuer);
    form->addRow(tr("SHA-256:"), m_fingerprint);
    form->addRow(tr("Problem:"), m_error);

    auto* tableAndDetails = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableAndDetails);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(10);
    tableLayout->addWidget(m_view);
    tableLayout->addWidget(m_details);
    m_section->setContent(tableAndDetails);

    m_renewalSection->setTitle(tr("Automatic renewal"));
    m_renewal->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_renewal->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_renewalSection->setContent(m_renewal);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(18);
    layout->addWidget(m_section);
    layout->addWidget(m_renewalSection);
    layout->addStretch(1);

    connect(m_view, &DashboardTableView::currentSourceRowChanged, this,
            &CertificatesDashboard::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesDashboard::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CertificatesDashboard::updateDetails);
    updateDetails();
}

void CertificatesDashboard::setServerName(const QString& name)
{
    m_serverName = name;
}

void CertificatesDashboard::setSnapshot(const Snapshot& snapshot, const Assessment&,
                                        const ServerProfile& profile)
{
    using namespace SnapshotSections;
    m_model->setCertificates(snapshot.certificates, profile, SnapshotSections::now(snapshot));
    if (m_section->applyStatus(status(snapshot, Certificates)) && snapshot.certificates.isEmpty())
        m_section->showMessage(MessageBanner::Kind::Warning,
                               tr("No certificate found in %1.")
                                   .arg(profile.certificatePaths.join(QStringLiteral(", "))));
    if (m_view->currentSourceRow() < 0 && m_model->rowCount() > 0)
        m_view->selectSourceRow(0);

    if (m_renewalSection->applyStatus(status(snapshot, Renewal))) {
        const CertificateRenewal& renewal = snapshot.renewal;
        if (renewal.timer.isEmpty() && renewal.cronLines.isEmpty()) {
            m_renewalSection->showMessage(
                MessageBanner::Kind::Warning,
                tr("No automatic renewal found: neither a certbot timer nor a cron line "
                   "mentioning certbot. Certificates will expire unless renewed by hand."));
        } else {
            QStringList lines;
            if (!renewal.timer.isEmpty())
                lines.append(tr("certbot.timer: %1").arg(renewal.timer));
            for (const QString& line : renewal.cronLines)
                lines.append(tr("cron: %1").arg(line));
            m_renewal->setText(lines.join(QLatin1Char('\n')));
        }
    }
}

void CertificatesDashboard::setLiveCheck(const QString& path, const QString& result, Health health)
{
    m_model->setLiveCheck(path, result, health);
}

QString CertificatesDashboard::renewalText() const
{
    return m_renewalSection->isShowingContent() ? m_renewal->text() : m_renewalSection->message();
}

void CertificatesDashboard::updateDetails()
{
    const int row = m_view->currentSourceRow();
    m_renewAction->setEnabled(row >= 0);
    m_details->setVisible(row >= 0);
    if (row < 0)
        return;
    const CertificateInfo& info = m_model->certificate(row);
    m_path->setText(info.path);
    m_names->setText(info.dnsNames.isEmpty() ? DisplayFormat::none()
                                             : info.dnsNames.join(QStringLiteral(", ")));
    m_subject->setText(info.subject.isEmpty() ? DisplayFormat::none() : info.subject);
    m_issuer->setText(info.issuer.isEmpty() ? DisplayFormat::none() : info.issuer);
    m_fingerprint->setText(info.sha256.isEmpty() ? DisplayFormat::none() : colonHex(info.sha256));
    m_error->setText(info.error);
    auto* form = qobject_cast<QFormLayout*>(m_details->layout());
    form->setRowVisible(m_error, !info.error.isEmpty());
}

void CertificatesDashboard::confirmRenew()
{
    const int row = m_view->currentSourceRow();
    if (row < 0)
        return;
    const CertificateInfo info = m_model->certificate(row);
    const QString server = m_serverName.isEmpty() ? tr("this server") : m_serverName;
    Confirmation::ask(this, tr("Renew %1").arg(info.name),
                      tr("Renew the certificate “%1” on %2 now? certbot asks the certificate "
                         "authority for a new certificate at once (its rate limits apply).")
                          .arg(info.name, server),
                      tr("Renew"), [this, info] { emit renewRequested(info.name, info.path); });
}

} // namespace vigie
