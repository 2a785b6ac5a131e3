#include "JournalWindow.h"

#include "JournalTableModel.h"
#include "dashboards/DisplayFormat.h"
#include "journal/Journal.h"
#include "journal/JournalExport.h"
#include "ops/Plan.h"
#include "widgets/MessageBanner.h"

#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace vigie {

namespace {

QPlainTextEdit* readOnlyText(const QString& name, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return edit;
}

QString prettyJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace

JournalWindow::JournalWindow(Journal* journal, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_journal(journal)
    , m_model(new JournalTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("journalWindow"));
    setWindowTitle(tr("Journal of operations"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JournalTableModel::SortRole);
    buildUi();

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(RefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &JournalWindow::refresh);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(RefreshDelayMs);
    connect(&m_detailTimer, &QTimer::timeout, this, &JournalWindow::showDetail);
    if (m_journal) {
        connect(m_journal, &Journal::entryAdded, this, &JournalWindow::scheduleRefresh);
        connect(m_journal, &Journal::entryChanged, this, &JournalWindow::scheduleRefresh);
        connect(m_journal, &Journal::entriesRemoved, this, &JournalWindow::scheduleRefresh);
        connect(m_journal, &Journal::logAppended, this, [this](qint64 id) {
            if (id == m_shownId)
                m_detailTimer.start();
        });
    }
    refresh();
}

void JournalWindow::buildUi()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("journalSearch"));
    m_search->setPlaceholderText(tr("Search server, operation, title, result or log text…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &JournalWindow::scheduleRefresh);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("journalBanner"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("journalTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JournalTableModel::When, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JournalTableModel::Title,
                                                      QHeaderView::Stretch);
    m_table->setWordWrap(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JournalWindow::showDetail);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("journalSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_parameters = readOnlyText(QStringLiteral("journalParameters"), this);
    m_plan = readOnlyText(QStringLiteral("journalPlan"), this);
    m_log = readOnlyText(QStringLiteral("journalLog"), this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("journalDetail"));
    m_tabs->addTab(m_log, tr("&Log"));
    m_tabs->addTab(m_plan, tr("&Plan"));
    m_tabs->addTab(m_parameters, tr("P&arameters"));

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    detailLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("journalCount"));
    m_exportJson = new QPushButton(tr("Export &JSON…"), this);
    m_exportJson->setObjectName(QStringLiteral("exportJson"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    auto* closeButton = new QPushButton(tr("Close"), this);
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Json); });
    connect(m_exportCsv, &QPushButton::clicked, this,
            [this] { chooseExportFile(ExportFormat::Csv); });
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count, 1);
    buttons->addWidget(m_exportJson);
    buttons->addWidget(m_exportCsv);
    buttons->addWidget(closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    resize(1000, 700);
}

void JournalWindow::setSearchText(const QString& text)
{
    m_search->setText(text);
    refresh();
}

void JournalWindow::refresh()
{
    m_refreshTimer.stop();
    const qint64 selected = selectedEntryId();
    if (!m_journal || !m_journal->isOpen()) {
        m_model->setEntries({});
        m_banner->showMessage(MessageBanner::Kind::Error,
                              m_journal && !m_journal->errorString().isEmpty()
                                  ? m_journal->errorString()
                                  : tr("The journal is not open."));
    } else {
        m_model->setEntries(m_journal->search(m_search->text()));
        if (m_banner->kind() == MessageBanner::Kind::Error && m_error.isEmpty())
            m_banner->clearMessage();
    }
    const int count = m_model->rowCount();
    m_count->setText(tr("%n operation(s)", nullptr, count));
    m_exportJson->setEnabled(count > 0);
    m_exportCsv->setEnabled(count > 0);
    if (selected >= 0 && m_model->rowOf(selected) >= 0)
        selectEntry(selected);
    else
        showDetail();
}

void JournalWindow::selectEntry(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    showDetail();
}

qint64 JournalWindow::selectedEntryId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(JournalTableModel::IdRole).toLongLong() : -1;
}

// Whole sentences for each case, so translations need not glue pieces together.
QString JournalWindow::whenText(const JournalEntry& entry)
{
    const QString started = DisplayFormat::longDateTime(entry.started.toLocalTime());
    const bool byOperator = !entry.operatorName.isEmpty();
    if (!entry.finished.isValid())
        return byOperator ? tr("Started %1 by %2.").arg(started, entry.operatorName)
                          : tr("Started %1.").arg(started);
    const QString ended = DisplayFormat::longDateTime(entry.finished.toLocalTime());
    const QString duration = DisplayFormat::duration(entry.durationSeconds());
    return byOperator ? tr("Started %1 by %2, ended %3 (%4).")
                            .arg(started, entry.operatorName, ended, duration)
                      : tr("Started %1, ended %2 (%3).").arg(started, ended, duration);
}

void JournalWindow::showDetail()
{
    m_detailTimer.stop();
    const qint64 id = selectedEntryId();
    const auto entry = (id >= 0 && m_journal) ? m_journal->entry(id) : std::nullopt;
    m_shownId = entry ? id : -1;
    if (!entry) {
        m_summary->setText(m_model->rowCount() > 0 ? tr("Select an operation to see its log.")
                                                   : tr("No operation recorded matches."));
        m_parameters->clear();
        m_plan->clear();
        m_log->clear();
        return;
    }
    QStringList lines;
    lines << tr("%1 on %2: %3")
                 .arg(entry->title.isEmpty() ? JournalTableModel::wizardText(entry->wizard)
                                             : entry->title,
                      entry->server, JournalEntry::resultText(entry->result));
    lines << whenText(*entry);
    if (entry->failedStep >= 0)
        lines << tr("Stopped at step %1.").arg(entry->failedStep + 1);
    if (!entry->message.isEmpty())
        lines << entry->message;
    if (!entry->runId.isEmpty())
        lines << tr("Run %1").arg(entry->runId);
    if (entry->logTruncated)
        lines << tr("The log was too long: its middle part was not kept.");
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_parameters->setPlainText(prettyJson(entry->parameters));
    const Plan plan = Plan::fromJson(entry->plan);
    const QString planText = plan.steps.isEmpty() ? QString() : plan.toText();
    m_plan->setPlainText(planText.isEmpty() ? prettyJson(entry->plan) : planText);
    // Keep the reader's place when a running operation's log grows.
    const bool sameEntry = m_log->property("entryId").toLongLong() == id;
    const int scroll = m_log->verticalScrollBar()->value();
    const bool atBottom = scroll >= m_log->verticalScrollBar()->maximum();
    m_log->setPlainText(entry->log);
    m_log->setProperty("entryId", id);
    if (sameEntry)
        m_log->verticalScrollBar()->setValue(atBottom ? m_log->verticalScrollBar()->maximum()
                                                      : scroll);
}

void JournalWindow::chooseExportFile(ExportFormat format)
{
    const bool json = format == ExportFormat::Json;
    auto* dialog = new QFileDialog(this, json ? tr("Export the journal as JSON")
                                              : tr("Export the journal as CSV"));
    dialog->setObjectName(QStringLiteral("journalExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? QStringLiteral("json") : QStringLiteral("csv"));
    dialog->selectFile(json ? QStringLiteral("vigie-journal.json")
                            : QStringLiteral("vigie-journal.csv"));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, format](const QString& path) { exportTo(path, format); });
    dialog->open();
}

bool JournalWindow::exportTo(const QString& path, ExportFormat format)
{
    m_error.clear();
    QList<JournalEntry> entries;
    if (m_journal) {
        for (const JournalEntry& shown : m_model->entries()) {
            if (const auto full = m_journal->entry(shown.id))
                entries << *full;
        }
    }
    const QByteArray content = format == ExportFormat::Json ? JournalExport::toJson(entries)
                                                            : JournalExport::toCsv(entries);
    if (!JournalExport::writeFile(path, content, &m_error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, m_error);
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Success,
                          tr("%n operation(s) exported to %1.", nullptr, int(entries.size()))
                              .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace vigie
