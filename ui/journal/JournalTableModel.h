#pragma once

#include "journal/JournalEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace vigie {

// The journal's entries as rows (newest first as the journal returns them). Display texts go
// through QLocale; SortRole gives raw values so sorting by date or duration is numeric.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Server,
        Wizard,
        Title,
        Result,
        Duration,
        Operator,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit JournalTableModel(QObject* parent = nullptr);

    void setEntries(const QList<JournalEntry>& entries);
    const QList<JournalEntry>& entries() const { return m_entries; }
    const JournalEntry& entryAt(int row) const { return m_entries.at(row); }
    int rowOf(qint64 id) const; // -1 when absent

    static QString wizardText(const QString& wizard); // "Restore" for "restore"
    // The result with the step it stopped at, one sentence ("Failed at step 3").
    static QString resultWithStepText(const JournalEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<JournalEntry> m_entries;
};

} // namespace vigie
