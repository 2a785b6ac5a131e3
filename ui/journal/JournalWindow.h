#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTabWidget;

namespace vigie {

class Journal;
struct JournalEntry;
class JournalTableModel;
class MessageBanner;

// The journal of operations: a search over server, operation, title, result and log text,
// the matching operations newest first, and for the selected one its parameters, plan and
// full log (read-only). Export writes what the search shows, with logs, as JSON or CSV.
// Follows the journal's signals, so runs recorded through the same Journal instance appear
// while the window is open.
class JournalWindow : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat
    {
        Json,
        Csv
    };
    static constexpr int RefreshDelayMs = 250;

    // The journal must outlive the window or be closed first (the window then shows nothing).
    explicit JournalWindow(Journal* journal, QWidget* parent = nullptr);

    void setSearchText(const QString& text);
    void refresh(); // now (otherwise RefreshDelayMs after a change)
    void selectEntry(qint64 id);
    qint64 selectedEntryId() const; // -1: none
    // Exports the entries the search shows, with their logs. False: errorString() (also shown).
    bool exportTo(const QString& path, ExportFormat format);
    QString errorString() const { return m_error; }

private:
    void buildUi();
    void showDetail();
    static QString whenText(const JournalEntry& entry);
    void chooseExportFile(ExportFormat format);
    void scheduleRefresh() { m_refreshTimer.start(); }

    QPointer<Journal> m_journal;
    JournalTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    MessageBanner* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_count = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_parameters = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QPlainTextEdit* m_log = nullptr;
    QPushButton* m_exportJson = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QTimer m_refreshTimer;
    QTimer m_detailTimer;
    qint64 m_shownId = -1;
    QString m_error;
};

} // namespace vigie
