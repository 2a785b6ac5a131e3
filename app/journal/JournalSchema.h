#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace vigie {

// The journal's tables and their migrations. schema_version holds one row: the version the
// file is at. Migrations run in order, each in its own transaction; a file from a newer Vigie
// is refused rather than touched.
class JournalSchema
{
    Q_DECLARE_TR_FUNCTIONS(JournalSchema)

public:
    static constexpr int CurrentVersion = 2;

    // Only reads: the file is readable, a journal (or empty) and not from a newer Vigie.
    static bool check(QSqlDatabase& db, QString* error, int* fileVersion = nullptr);
    // Brings the database to CurrentVersion. On failure returns false with a message for
    // the operator in *error and leaves the file as it was.
    static bool migrate(QSqlDatabase& db, QString* error);
    static int version(QSqlDatabase& db, bool* ok); // 0: empty file
};

} // namespace vigie
