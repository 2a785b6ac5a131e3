#pragma once

#include "fleet/ServerProfile.h"

// A profile that names tenants, backups and a Compose project, so the parsers that look
// things up in the profile take their longest paths.
inline vigie::ServerProfile fuzzProfile()
{
    vigie::ServerProfile p;
    p.centralDatabase = QStringLiteral("medicalpro_central");
    p.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
    p.tenantQuery = QStringLiteral("SELECT id, name, subdomain, provisioned FROM companies;");
    p.tenantDomain = QStringLiteral("example.test");
    p.composeProjects = {QStringLiteral("shop")};
    p.healthUrls = {{QStringLiteral("api"), QStringLiteral("https://api.example.test/health"), {}}};
    p.backups = {{QStringLiteral("medicalpro_central"), QStringLiteral("/var/backups/medicalpro"),
                  QStringLiteral("central_*.dump.gpg")}};
    p.backupLog = QStringLiteral("/var/log/medicalpro-backup.log");
    p.systemdUnits = {QStringLiteral("nginx"), QStringLiteral("postgresql")};
    return p;
}
