#pragma once

#include "probe/Assessment.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>

namespace vigie {

// Base of the dashboard tables: one row per key, column titles translated when asked for, and
// the refresh rule: the same rows coming back update in place with ONE dataChanged (selection
// and scroll position survive a refresh); a different set of rows resets the model.
class DashboardTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        HealthRole = Qt::UserRole + 1, // int(Health) of the row
        SortRole,                      // a value that sorts right (numbers, dates)
        KeyRole,                       // the row's stable key (unit name, path, tenant id)
        ValuesRole,                    // QList<qreal> for sparklines
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QString key(int row) const { return m_keys.value(row); }
    int rowOfKey(const QString& key) const { return int(m_keys.indexOf(key)); }
    virtual Health health(int row) const = 0;

    // Column the row's health is shown in (dot + text), and those aligned right (numbers).
    virtual int statusColumn() const { return 0; }

protected:
    virtual QString columnTitle(int column) const = 0;
    virtual QString columnToolTip(int column) const;
    virtual bool isNumeric(int column) const;

    // Stores the new rows through `assign`, with the refresh rule above.
    void replaceRows(const QStringList& keys, const std::function<void()>& assign);
    // The decoration of a status cell.
    static QVariant healthDecoration(Health health);
    // What every status cell answers for the roles the subclasses do not handle.
    QVariant commonData(const QModelIndex& index, int role) const;

private:
    QStringList m_keys;
};

} // namespace vigie
