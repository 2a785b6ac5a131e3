#pragma once

#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QByteArrayView>
#include <QCoreApplication>

namespace vigie {

// Section "databases": `psql -At -F '\t'`: datname<TAB>pg_database_size (empty when the probe's
// role may not connect to that database).
// Section "tenants": "tenant<TAB>id<TAB>subdomain<TAB>provisioned<TAB>address<TAB>https status
// <TAB>https error<TAB>name" per row of the profile's tenant query, "stderr<TAB>…" lines, and
// "count<TAB>N" last (N rows were read: a cut output does not pass for a shorter list).
class DatabaseParser
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseParser)

public:
    static SectionStatus parse(QByteArrayView payload, int exitCode,
                               QList<DatabaseInfo>* databases);
    // `databases` (may be empty when that section failed) gives databaseExists and the size:
    // the tenant's database is <prefix><id without dashes>.
    static SectionStatus parseTenants(QByteArrayView payload, int exitCode,
                                      const ServerProfile& profile,
                                      const QList<DatabaseInfo>& databases,
                                      QList<TenantInfo>* tenants);
    static QString tenantDatabaseName(const ServerProfile& profile, const QString& tenantId);
};

} // namespace vigie
