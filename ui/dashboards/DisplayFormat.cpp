#include "DisplayFormat.h"

#include <QLocale>

namespace vigie {

QString DisplayFormat::size(qint64 bytes)
{
    // Operators read "1.5 GB" / "1,5 Go" (powers of 1024, as df -h and du -h show them).
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString DisplayFormat::duration(qint64 seconds)
{
    if (seconds < 0)
        return none();
    const qint64 days = seconds / 86400;
    const int hours = int((seconds % 86400) / 3600);
    const int minutes = int((seconds % 3600) / 60);
    if (days > 0) {
        const QString dayText = tr("%Ln day(s)", "", days);
        return hours > 0 ? tr("%1 %2", "days, then hours").arg(dayText, tr("%n h", "", hours))
                         : dayText;
    }
    if (hours > 0) {
        const QString hourText = tr("%n h", "", hours);
        return minutes > 0
                   ? tr("%1 %2", "hours, then minutes").arg(hourText, tr("%n min", "", minutes))
                   : hourText;
    }
    if (minutes > 0)
        return tr("%n min", "", minutes);
    return tr("%n s", "seconds", int(seconds));
}

QString DisplayFormat::coarseDuration(qint64 seconds)
{
    if (seconds < 0)
        return none();
    // Hours up to two days: a backup 30 h old should read "30 h", not "1 day".
    if (seconds >= 48 * 3600)
        return tr("%Ln day(s)", "", seconds / 86400);
    if (seconds >= 3600)
        return tr("%n h", "", int(seconds / 3600));
    if (seconds >= 60)
        return tr("%n min", "", int(seconds / 60));
    return tr("%n s", "seconds", int(seconds));
}

QString DisplayFormat::age(qint64 seconds)
{
    if (seconds < 0)
        return none();
    if (seconds < 60)
        return tr("just now");
    return tr("%1 ago", "an age, e.g. 14 h ago").arg(coarseDuration(seconds));
}

QString DisplayFormat::dateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return none();
    return QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat);
}

QString DisplayFormat::longDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return none();
    return QLocale().toString(dateTime.toLocalTime(), QLocale::LongFormat);
}

QString DisplayFormat::dayMonth(const QDate& date)
{
    // The pattern is the translator's: "d MMM" in English and French, "MMM d" elsewhere.
    return QLocale().toString(date, tr("d MMM", "date format: day and month, no year"));
}

QString DisplayFormat::milliseconds(qint64 ms)
{
    return tr("%1 ms").arg(QLocale().toString(ms));
}

QString DisplayFormat::percent(double value)
{
    return tr("%1 %", "percentage").arg(QLocale().toString(value, 'f', 0));
}

QString DisplayFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QString DisplayFormat::decimal(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString DisplayFormat::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString DisplayFormat::distinguishedName(const QString& name)
{
    QString organization;
    QString commonName;
    const QChar separator = name.startsWith(QLatin1Char('/')) ? QLatin1Char('/') : QLatin1Char(',');
    for (const QString& part : name.split(separator, Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        if (equals < 0)
            continue;
        const QString key = part.left(equals).trimmed();
        const QString value = part.mid(equals + 1).trimmed();
        if (key == QLatin1String("O"))
            organization = value;
        else if (key == QLatin1String("CN"))
            commonName = value;
    }
    if (!organization.isEmpty() && !commonName.isEmpty() && organization != commonName)
        return tr("%1 (%2)", "organization (common name)").arg(organization, commonName);
    if (!commonName.isEmpty())
        return commonName;
    return organization.isEmpty() ? name : organization;
}

QString DisplayFormat::none()
{
    return QStringLiteral("—");
}

} // namespace vigie
