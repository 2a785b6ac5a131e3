#include "CertificateTableModel.h"

#include "DisplayFormat.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace vigie {

namespace {
QString date(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return DisplayFormat::none();
    return QLocale().toString(dateTime.toLocalTime().date(), QLocale::ShortFormat);
}
} // namespace

void CertificateTableModel::setCertificates(const QList<CertificateInfo>& certificates,
                                            const ServerProfile& profile, const QDateTime& now)
{
    QStringList keys;
    QList<Row> rows;
    for (const CertificateInfo& certificate : certificates) {
        keys.append(certificate.path);
        Row row;
        row.info = certificate;
        row.health = Assessment::certificateHealth(certificate, profile, now);
        row.secondsLeft = certificate.notAfter.isValid() ? now.secsTo(certificate.notAfter) : 0;
        rows.append(row);
    }
    replaceRows(keys, [&] { m_rows = rows; });
}

void CertificateTableModel::setLiveCheck(const QString& path, const QString& result, Health health)
{
    m_live.insert(path, {result, health});
    const int row = rowOfKey(path);
    if (row >= 0)
        emit dataChanged(index(row, LiveCheckColumn), index(row, LiveCheckColumn));
}

void CertificateTableModel::clearLiveChecks()
{
    m_live.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, LiveCheckColumn), index(rowCount() - 1, LiveCheckColumn));
}

int CertificateTableModel::daysLeft(int row) const
{
    return int(m_rows.at(row).secondsLeft / 86400);
}

int CertificateTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CertificateTableModel::statusText(int row) const
{
    const Row& entry = m_rows.at(row);
    if (!entry.info.error.isEmpty())
        return tr("unreadable");
    if (entry.info.notAfter.isValid() && entry.secondsLeft < 0)
        return tr("expired");
    return Assessment::healthName(entry.health);
}

QString CertificateTableModel::daysLeftText(const Row& row) const
{
    if (!row.info.notAfter.isValid())
        return DisplayFormat::none();
    const qint64 days = row.secondsLeft / 86400;
    if (row.secondsLeft < 0)
        return tr("%Ln day(s) ago", "", -days);
    if (days == 0)
        return tr("less than a day");
    return tr("%Ln day(s)", "", days);
}

QVariant CertificateTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    const CertificateInfo& info = row.info;
    const auto live = m_live.constFind(info.path);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return info.name;
        case StatusColumn:
            return statusText(index.row());
        case DaysLeftColumn:
            return daysLeftText(row);
        case NamesColumn:
            return info.dnsNames.join(QStringLiteral(", "));
        case IssuerColumn:
            return DisplayFormat::distinguishedName(info.issuer);
        case NotBeforeColumn:
            return date(info.notBefore);
        case NotAfterColumn:
            return date(info.notAfter);
        case KeyColumn:
            return info.keyType;
        case SubjectColumn:
            return DisplayFormat::distinguishedName(info.subject);
        case LiveCheckColumn:
            return live == m_live.constEnd() ? tr("not checked") : live->result;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == LiveCheckColumn && live != m_live.constEnd())
            return healthDecoration(live->health);
        break;
    case Qt::ForegroundRole:
        if (index.column() == LiveCheckColumn && live == m_live.constEnd())
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(row.health);
        case DaysLeftColumn:
        case NotAfterColumn:
            return info.notAfter;
        case NotBeforeColumn:
            return info.notBefore;
        case LiveCheckColumn:
            return live == m_live.constEnd() ? -1 : int(live->health);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return info.path;
        case StatusColumn:
            return info.error.isEmpty() ? statusText(index.row()) : info.error;
        case NamesColumn:
            return info.dnsNames.join(QLatin1Char('\n'));
        case NotBeforeColumn:
            return DisplayFormat::longDateTime(info.notBefore);
        case NotAfterColumn:
        case DaysLeftColumn:
            return DisplayFormat::longDateTime(info.notAfter);
        case IssuerColumn:
            return info.issuer;
        case SubjectColumn:
            return info.subject;
        }
        return {};
    default:
        break;
    }
    return commonData(index, role);
}

QString CertificateTableModel::columnTitle(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("Certificate");
    case StatusColumn:
        return tr("Status");
    case DaysLeftColumn:
        return tr("Days left");
    case NamesColumn:
        return tr("Names");
    case IssuerColumn:
        return tr("Issuer");
    case NotBeforeColumn:
        return tr("Valid from");
    case NotAfterColumn:
        return tr("Valid until");
    case KeyColumn:
        return tr("Key");
    case SubjectColumn:
        return tr("Subject");
    case LiveCheckColumn:
        return tr("Live check");
    }
    return {};
}

QString CertificateTableModel::columnToolTip(int column) const
{
    switch (column) {
    case NameColumn:
        return tr("The directory of the certificate (certbot's certificate name)");
    case NamesColumn:
        return tr("The host names the certificate is valid for (SANs); *.name covers one label");
    case LiveCheckColumn:
        return tr("Whether the server actually serves this certificate");
    }
    return {};
}

} // namespace vigie
