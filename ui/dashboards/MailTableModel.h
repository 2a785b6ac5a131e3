#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// The Mail group of the Services dashboard: one row per postfix queue, mail service, DKIM key
// and TLS listener, judged by the Assessment (Assessment::mail()).
class MailTableModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        SubjectColumn,
        StateColumn,
        ColumnCount
    };

    using DashboardTableModel::DashboardTableModel;

    void setItems(const QList<MailItem>& items);
    const MailItem& item(int row) const { return m_items.at(row); }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int row) const override { return m_items.at(row).health; }
    int statusColumn() const override { return StateColumn; }

protected:
    QString columnTitle(int column) const override;

private:
    QList<MailItem> m_items;
};

} // namespace vigie
