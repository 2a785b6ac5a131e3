#include "HostVitalsPanel.h"

#include "DisplayFormat.h"
#include "probe/Assessment.h"
#include "widgets/HealthStyle.h"
#include "widgets/RemoteText.h"
#include "widgets/UsageBar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigie {

namespace {

QLabel* makeLabel(QWidget* parent, const QString& objectName = {})
{
    auto* label = RemoteText::label(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

HostVitalsPanel::HostVitalsPanel(QWidget* parent)
    : QFrame(parent)
    , m_hostname(makeLabel(this, QStringLiteral("vitalsHostname")))
    , m_system(makeLabel(this, QStringLiteral("vitalsSystem")))
    , m_identity(makeLabel(this, QStringLiteral("vitalsIdentity")))
    , m_load(makeLabel(this, QStringLiteral("vitalsLoad")))
    , m_uptime(makeLabel(this, QStringLiteral("vitalsUptime")))
    , m_usage(new QGridLayout)
{
    setObjectName(QStringLiteral("hostVitals"));
    QFont big = m_hostname->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_hostname->setFont(big);
    m_system->setEnabled(false); // secondary text
    m_identity->setEnabled(false);
    m_load->setToolTip(tr("Average number of processes running or waiting over the last 1, 5 "
                          "and 15 minutes. Above the number of CPUs, work is queuing."));

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_hostname);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_system, 0, Qt::AlignBaseline);
    titleRow->addStretch(1);
    titleRow->addWidget(m_identity, 0, Qt::AlignBaseline);

    auto* facts = new QHBoxLayout;
    facts->setSpacing(6);
    facts->addWidget(new QLabel(tr("Load:"), this));
    facts->addWidget(m_load);
    facts->addSpacing(32);
    facts->addWidget(new QLabel(tr("Uptime:"), this));
    facts->addWidget(m_uptime);
    facts->addStretch(1);

    m_usage->setHorizontalSpacing(12);
    m_usage->setVerticalSpacing(4);
    m_usage->setColumnStretch(1, 3);
    m_usage->setColumnStretch(3, 4);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titleRow);
    layout->addLayout(facts);
    layout->addSpacing(4);
    layout->addLayout(m_usage);
}

void HostVitalsPanel::addUsageRow(const QString& name, const QString& key, double percent,
                                  const QString& detail, const QString& toolTip,
                                  std::optional<Health> health)
{
    const int row = m_usageRows++;
    auto* label = makeLabel(this, QStringLiteral("usage:") + key);
    label->setText(name);
    label->setToolTip(toolTip);
    auto* bar = new UsageBar(this);
    bar->setObjectName(QStringLiteral("usageBar:") + key);
    bar->setPercent(percent);
    bar->setColor(health ? HealthStyle::color(*health) : palette().color(QPalette::Highlight));
    bar->setMinimumWidth(160);
    bar->setToolTip(toolTip);

    auto* status = new QWidget(this);
    auto* statusLayout = new QHBoxLayout(status);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    statusLayout->setSpacing(4);
    auto* dot = new QLabel(status);
    dot->setFixedWidth(fontMetrics().height());
    if (health)
        dot->setPixmap(HealthStyle::pixmap(*health, fontMetrics().height(), devicePixelRatioF()));
    statusLayout->addWidget(dot);
    auto* percentLabel = makeLabel(status, QStringLiteral("usagePercent:") + key);
    percentLabel->setText(
        health && *health != Health::Ok
            ? tr("%1, %2").arg(DisplayFormat::percent(percent), Assessment::healthName(*health))
            : DisplayFormat::percent(percent));
    statusLayout->addWidget(percentLabel);
    statusLayout->addStretch(1);
    status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("100 %, critical")) +
                            24);

    auto* detailLabel = makeLabel(this, QStringLiteral("usageDetail:") + key);
    detailLabel->setText(detail);
    detailLabel->setEnabled(false);

    m_usage->addWidget(label, row, 0);
    m_usage->addWidget(bar, row, 1);
    m_usage->addWidget(status, row, 2);
    m_usage->addWidget(detailLabel, row, 3);
    m_usageWidgets << label << bar << status << detailLabel;
}

void HostVitalsPanel::setVitals(const HostVitals& vitals)
{
    m_hostname->setText(vitals.hostname.isEmpty() ? DisplayFormat::none() : vitals.hostname);
    QStringList system;
    if (!vitals.os.isEmpty())
        system.append(vitals.os);
    if (!vitals.kernel.isEmpty())
        system.append(tr("kernel %1").arg(vitals.kernel));
    m_system->setText(system.join(QStringLiteral(" · ")));
    if (vitals.user.isEmpty())
        m_identity->clear();
    else if (vitals.root)
        m_identity->setText(tr("checked as %1 (root)").arg(vitals.user));
    else if (vitals.passwordlessSudo)
        m_identity->setText(tr("checked as %1 (sudo without password)").arg(vitals.user));
    else
        m_identity->setText(
            tr("checked as %1 (no sudo: some checks are limited)").arg(vitals.user));

    const QString loads =
        tr("%1  %2  %3", "load averages over 1, 5 and 15 minutes")
            .arg(DisplayFormat::decimal(vitals.load1, 2), DisplayFormat::decimal(vitals.load5, 2),
                 DisplayFormat::decimal(vitals.load15, 2));
    m_load->setText(vitals.cpus > 0 ? tr("%1 on %Ln CPU(s)", "", vitals.cpus).arg(loads) : loads);
    m_uptime->setText(DisplayFormat::duration(vitals.uptimeSeconds));

    qDeleteAll(m_usageWidgets);
    m_usageWidgets.clear();
    m_usageRows = 0;
    if (vitals.memTotalBytes > 0) {
        const qint64 used = vitals.memTotalBytes - vitals.memAvailableBytes;
        addUsageRow(tr("Memory"), QStringLiteral("memory"),
                    100.0 * double(used) / double(vitals.memTotalBytes),
                    tr("%1 of %2 used, %3 available")
                        .arg(DisplayFormat::size(used), DisplayFormat::size(vitals.memTotalBytes),
                             DisplayFormat::size(vitals.memAvailableBytes)),
                    tr("Memory in use by programs (the page cache counts as available)"),
                    std::nullopt);
    }
    if (vitals.swapTotalBytes > 0) {
        const qint64 used = vitals.swapTotalBytes - vitals.swapFreeBytes;
        addUsageRow(tr("Swap"), QStringLiteral("swap"),
                    100.0 * double(used) / double(vitals.swapTotalBytes),
                    tr("%1 of %2 used")
                        .arg(DisplayFormat::size(used), DisplayFormat::size(vitals.swapTotalBytes)),
                    QString(), std::nullopt);
    }
    for (const MountUsage& mount : vitals.mounts) {
        addUsageRow(
            mount.mountPoint, mount.mountPoint, mount.usedPercent(),
            tr("%1 of %2 used, %3 free")
                .arg(DisplayFormat::size(mount.usedBytes), DisplayFormat::size(mount.sizeBytes),
                     DisplayFormat::size(mount.availableBytes)),
            tr("%1 on %2").arg(mount.device, mount.mountPoint), Assessment::mountHealth(mount));
    }
    if (vitals.mounts.isEmpty()) {
        auto* none = makeLabel(this);
        none->setText(tr("No disk reported."));
        none->setEnabled(false);
        m_usage->addWidget(none, m_usageRows++, 0, 1, 4);
        m_usageWidgets << none;
    }
}

} // namespace vigie
