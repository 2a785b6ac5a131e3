#include "DatabaseParser.h"

#include "LineReader.h"
#include "ProbeText.h"

namespace vigie {

SectionStatus DatabaseParser::parse(QByteArrayView payload, int exitCode,
                                    QList<DatabaseInfo>* databases)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("psql"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    QList<DatabaseInfo> parsed;
    QStringList warnings;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (ProbeText::isToolDiagnostic(line)) {
            warnings.append(ProbeText::excerpt(line));
            continue;
        }
        const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 3);
        const std::optional<qint64> size = parts.size() == 2 && !parts.at(1).isEmpty()
                                               ? ProbeText::toInt64(parts.at(1))
                                               : std::optional<qint64>(0);
        if (parts.size() != 2 || parts.at(0).isEmpty() || !size || *size < 0)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        parsed.append({ProbeText::text(parts.at(0)), *size});
    }
    *databases = parsed;
    return ProbeText::ok(warnings.join(QLatin1String(" / ")));
}

QString DatabaseParser::tenantDatabaseName(const ServerProfile& profile, const QString& tenantId)
{
    QString id = tenantId;
    id.remove(u'-');
    return profile.tenantDatabasePrefix + id;
}

SectionStatus DatabaseParser::parseTenants(QByteArrayView payload, int exitCode,
                                           const ServerProfile& profile,
                                           const QList<DatabaseInfo>& databases,
                                           QList<TenantInfo>* tenants)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("psql"), exitCode, payload);

    QList<TenantInfo> parsed;
    QStringList warnings;
    std::optional<qint64> count;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        if (count)
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        if (line.startsWith("count\t")) {
            count = ProbeText::toInt64(line.sliced(6));
            if (!count)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            continue;
        }
        if (line.startsWith("stderr\t")) {
            warnings.append(ProbeText::excerpt(line.sliced(7)));
            continue;
        }
        const QList<QByteArrayView> parts = ProbeText::split(line, '\t', 8);
        if (parts.size() != 8 || parts.at(0) != "tenant" || parts.at(1).isEmpty())
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        TenantInfo tenant;
        tenant.id = ProbeText::text(parts.at(1));
        tenant.subdomain = ProbeText::text(parts.at(2));
        const QByteArrayView provisioned = parts.at(3).trimmed();
        tenant.provisioned = provisioned == "t" || provisioned == "true" || provisioned == "1" ||
                             provisioned == "yes";
        tenant.resolvedAddress = ProbeText::text(parts.at(4));
        tenant.dnsResolves = !tenant.resolvedAddress.isEmpty();
        if (!parts.at(5).isEmpty()) {
            const std::optional<qint64> code = ProbeText::toInt64(parts.at(5));
            if (!code || *code < 0 || *code > 999)
                return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
            tenant.httpsStatus = int(*code);
        }
        tenant.httpsError = ProbeText::text(parts.at(6)).trimmed();
        tenant.name = ProbeText::text(parts.at(7));
        const QString database = tenantDatabaseName(profile, tenant.id);
        for (const DatabaseInfo& info : databases) {
            if (info.name == database) {
                tenant.databaseExists = true;
                tenant.databaseSizeBytes = info.sizeBytes;
                break;
            }
        }
        parsed.append(tenant);
    }
    // The script ends with the number of rows it read: a cut or empty output does not match.
    if (!count || *count != parsed.size())
        return ProbeText::unparseable(tr("The tenant list is incomplete."));
    *tenants = parsed;
    return ProbeText::ok(warnings.join(QLatin1String(" / ")));
}

} // namespace vigie
