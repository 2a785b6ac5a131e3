#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigie {

// How the dashboards write sizes, durations, ages and dates: through QLocale and tr(), the
// same way everywhere.
class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(DisplayFormat)
public:
    static QString size(qint64 bytes);                  // "1.5 GB", "1,5 Go"
    static QString duration(qint64 seconds);            // "12 days 4 h", "3 h 12 min", "45 s"
    static QString coarseDuration(qint64 seconds);      // one unit: "14 h", "3 days", "12 min"
    static QString age(qint64 seconds);                 // "14 h ago", "just now"
    static QString dateTime(const QDateTime& dateTime); // short locale format
    static QString longDateTime(const QDateTime& dateTime);
    static QString dayMonth(const QDate& date); // "20 Nov"
    static QString milliseconds(qint64 ms);     // "123 ms"
    static QString percent(double value);       // "78 %"
    static QString number(qint64 value);
    static QString decimal(double value, int decimals);
    static QString yesNo(bool value);
    // "Let's Encrypt (E6)" for "C=US, O=Let's Encrypt, CN=E6" (or "/C=US/O=…/CN=E6").
    static QString distinguishedName(const QString& name);
    static QString none(); // "—": nothing to show
};

} // namespace vigie
