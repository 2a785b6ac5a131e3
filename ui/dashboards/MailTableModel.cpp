#include "MailTableModel.h"

namespace vigie {

void MailTableModel::setItems(const QList<MailItem>& items)
{
    QStringList keys;
    for (const MailItem& item : items)
        keys.append(Assessment::mailKindId(item.kind) + QLatin1Char('\n') + item.subject);
    replaceRows(keys, [&] { m_items = items; });
}

int MailTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const MailItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return Assessment::mailKindName(item.kind);
        case SubjectColumn:
            return item.subject;
        case StateColumn:
            return item.state;
        }
        break;
    case SortRole:
        if (index.column() == KindColumn)
            return int(item.kind);
        if (index.column() == StateColumn)
            return int(item.health);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SubjectColumn)
            return item.subject;
        if (index.column() == StateColumn)
            return tr("%1: %2").arg(Assessment::healthName(item.health), item.state);
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString MailTableModel::columnTitle(int column) const
{
    switch (column) {
    case KindColumn:
        return tr("Check");
    case SubjectColumn:
        return tr("What");
    case StateColumn:
        return tr("State");
    }
    return {};
}

} // namespace vigie
