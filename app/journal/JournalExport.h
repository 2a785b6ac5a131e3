#pragma once

#include "JournalEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace vigie {

// The journal as files for other tools: JSON (everything, reloadable) and CSV for
// spreadsheets (RFC 4180: every cell quoted, CRLF rows, UTF-8 with a BOM so spreadsheet
// programs pick the encoding). A CSV cell that a spreadsheet would run as a formula
// (= + - @, tab, CR) gets a leading apostrophe.
class JournalExport
{
    Q_DECLARE_TR_FUNCTIONS(JournalExport)

public:
    static constexpr int FormatVersion = 1;

    static QByteArray toJson(const QList<JournalEntry>& entries);
    static QList<JournalEntry> fromJson(const QByteArray& json, QString* error = nullptr);
    static QJsonObject entryToJson(const JournalEntry& entry);
    static JournalEntry entryFromJson(const QJsonObject& object);

    static QStringList csvHeader();
    static QByteArray toCsv(const QList<JournalEntry>& entries);
    static QString csvCell(const QString& value); // quoted, formula-safe
    // RFC 4180 reader (quoted cells, doubled quotes, line breaks inside cells, CRLF or LF).
    static QList<QStringList> parseCsv(const QByteArray& csv, QString* error = nullptr);

    // Writes atomically (never a half-written file) with owner-only permissions.
    static bool writeFile(const QString& path, const QByteArray& data, QString* error);
};

} // namespace vigie
