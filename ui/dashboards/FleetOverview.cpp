#include "FleetOverview.h"

#include "DashboardTableView.h"
#include "widgets/RemoteText.h"

#include <QLabel>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace vigie {

FleetOverview::FleetOverview(QWidget* parent)
    : QWidget(parent)
    , m_model(new FleetOverviewModel(this))
    , m_view(new DashboardTableView(this))
    , m_summary(RemoteText::label(this))
{
    setObjectName(QStringLiteral("fleetOverview"));
    m_view->setObjectName(QStringLiteral("fleetOverviewTable"));
    m_view->setSourceModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setMouseTracking(true);
    m_summary->setObjectName(QStringLiteral("fleetSummary"));
    m_summary->setWordWrap(true);

    auto* title = new QLabel(tr("Fleet"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);
    auto* hint = new QLabel(tr("The worst status of each area at the last refresh. Click a "
                               "status to open that dashboard."),
                            this);
    hint->setWordWrap(true);
    hint->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_view, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_view->proxyModel()->mapToSource(index);
        if (!source.isValid())
            return;
        const QString id = m_model->serverId(source.row());
        if (FleetOverviewModel::isAreaColumn(source.column()))
            emit openDashboard(id, FleetOverviewModel::areaOf(source.column()));
        else
            emit serverActivated(id);
    });
    connect(m_view, &QAbstractItemView::entered, this, [this](const QModelIndex& index) {
        const QModelIndex source = m_view->proxyModel()->mapToSource(index);
        m_view->viewport()->setCursor(FleetOverviewModel::isAreaColumn(source.column())
                                          ? Qt::PointingHandCursor
                                          : Qt::ArrowCursor);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FleetOverview::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FleetOverview::updateSummary);
    updateSummary();
}

QString FleetOverview::summaryText() const
{
    return m_summary->text();
}

void FleetOverview::updateSummary()
{
    int critical = 0;
    int warning = 0;
    int ok = 0;
    int unknown = 0;
    int notWatched = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        switch (m_model->health(row)) {
        case Health::Critical:
            ++critical;
            break;
        case Health::Warning:
            ++warning;
            break;
        case Health::Ok:
            ++ok;
            break;
        case Health::NotWatched:
            ++notWatched;
            break;
        case Health::Unknown:
            ++unknown;
            break;
        }
    }
    QStringList parts;
    if (critical)
        parts.append(tr("%n critical", "servers", critical));
    if (warning)
        parts.append(tr("%n with warnings", "servers", warning));
    if (ok)
        parts.append(tr("%n OK", "servers", ok));
    if (notWatched)
        parts.append(tr("%n with areas not watched", "servers", notWatched));
    if (unknown)
        parts.append(tr("%n not refreshed or unknown", "servers", unknown));
    const QString servers = tr("%n server(s)", "", m_model->rowCount());
    m_summary->setText(
        parts.isEmpty() ? servers : tr("%1: %2").arg(servers, parts.join(QStringLiteral(", "))));
}

} // namespace vigie
