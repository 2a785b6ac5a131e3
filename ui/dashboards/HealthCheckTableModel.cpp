#include "HealthCheckTableModel.h"

#include "DisplayFormat.h"

#include <QtMath>

namespace vigie {

void HealthCheckTableModel::setChecks(const QList<HealthCheck>& checks)
{
    QStringList keys;
    for (const HealthCheck& check : checks)
        keys.append(check.name + QLatin1Char('\n') + check.url);
    replaceRows(keys, [&] { m_checks = checks; });
}

int HealthCheckTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Health HealthCheckTableModel::health(int row) const
{
    return Assessment::httpHealth(m_checks.at(row));
}

QString HealthCheckTableModel::answerText(const HealthCheck& check)
{
    if (check.httpStatus > 0)
        return QString::number(check.httpStatus);
    return check.error.isEmpty() ? tr("no answer") : tr("no answer: %1").arg(check.error);
}

QVariant HealthCheckTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const HealthCheck& check = m_checks.at(index.row());
    const bool answered = check.httpStatus > 0;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return check.name;
        case UrlColumn:
            return check.url;
        case StatusColumn:
            return answerText(check);
        case LatencyColumn:
            return answered ? DisplayFormat::milliseconds(qRound64(check.seconds * 1000))
                            : DisplayFormat::none();
        }
        break;
    case SortRole:
        if (index.column() == StatusColumn)
            return check.httpStatus;
        if (index.column() == LatencyColumn)
            return answered ? check.seconds : 1e9;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return check.url;
        if (index.column() == StatusColumn)
            return answerText(check);
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString HealthCheckTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Check");
    case UrlColumn:
        return tr("URL");
    case StatusColumn:
        return tr("HTTP status");
    case LatencyColumn:
        return tr("Latency");
    }
    return {};
}

} // namespace vigie
