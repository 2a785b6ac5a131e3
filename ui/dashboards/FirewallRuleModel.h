#pragma once

#include "DashboardTableModel.h"

namespace vigie {

// ufw rules as "ufw status" prints them ("2222/tcp ALLOW IN Anywhere"), split into to, action
// and from; a line that does not split stays whole in the first column.
class FirewallRuleModel : public DashboardTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ToColumn,
        ActionColumn,
        FromColumn,
        ColumnCount
    };
    struct Rule
    {
        QString to;
        QString action;
        QString from;
    };

    using DashboardTableModel::DashboardTableModel;

    void setRules(const QStringList& rules);
    static Rule parse(const QString& line);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Health health(int) const override { return Health::Ok; }
    int statusColumn() const override { return -1; }

protected:
    QString columnTitle(int column) const override;

private:
    QList<Rule> m_rules;
};

} // namespace vigie
