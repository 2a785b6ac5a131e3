#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// What lives where on a server: the probe, the dashboards and (later) the wizards read it.
// Stored as JSON (built-in presets in resources/profiles/, the operator's own copies in the
// config dir). Paths are absolute paths on the server; commands are run by `sh`.
struct ServerProfile
{
    struct HealthUrl
    {
        QString name;
        QString url;           // e.g. https://app.example.test/health
        QString resolve;       // optional curl --resolve "host:port:address" (tests, split DNS)
        bool insecure = false; // accept any certificate (the check is about the app, not TLS)
    };
    struct BackupTarget
    {
        QString name;         // usually the database
        QString directory;    // e.g. /var/backups/medicalpro
        QString pattern;      // shell glob, e.g. central_*.dump.gpg
        int maxAgeHours = 26; // older than this: critical
        int retentionDays = 30;
        int intervalDays = 1; // a backup is expected every intervalDays (7: weekly uploads)
        // The database these files are dumps of, for the restore wizard; empty: `name` (the
        // seeds name a target after its database, the Compose seeds name files "backup_…").
        QString database = {};
        QString databaseName() const { return database.isEmpty() ? name : database; }
    };
    struct LogSource
    {
        QString name; // "nginx access", "backup"
        QString path;
    };

    QString id;   // "pm2-nginx-postgres", "docker-compose", or a custom id
    QString name; // shown to the operator

    // Services
    QStringList systemdUnits; // nginx, postgresql, fail2ban, certbot.timer …
    bool pm2 = false;
    QString pm2Command = QStringLiteral("pm2"); // may be a path, or "sudo -u app pm2"
    QString pm2Home;                            // PM2_HOME, empty: the login user's default
    QStringList composeProjects;                // empty with docker present: every project
    QList<HealthUrl> healthUrls;

    // Certificates
    QStringList certificatePaths = {QStringLiteral("/etc/letsencrypt/live")};
    int certificateWarningDays = 30;
    int certificateCriticalDays = 7;
    // Optional "address:port" for the desktop's live TLS check (CertificateLiveCheck): the TCP
    // connection goes there, SNI stays the certificate's host name (tests, split DNS).
    QString certificateCheckAddress;

    // Backups
    QList<BackupTarget> backups;
    QString backupLog;            // e.g. /var/log/medicalpro-backup.log
    QString backupCommand;        // "Back up now", e.g. /opt/scripts/backup-medicalpro.sh
    QString backupPassphraseFile; // for "Verify": gpg --passphrase-file on the server (optional)

    // Tenants: per-tenant PostgreSQL databases joined with a table of the central database.
    QString psqlCommand = QStringLiteral("psql"); // may carry -h/-p/-U, or "sudo -u postgres psql"
    QString centralDatabase;                      // medicalpro_central
    QString tenantDatabasePrefix;                 // medicalpro_clinic_
    // Returns id, name, subdomain, provisioned (t/f), tab-separated.
    QString tenantQuery;
    QString tenantDomain; // subdomain + "." + tenantDomain is the tenant's host name
    QString tenantHealthPath = QStringLiteral("/health");
    QString tenantHealthResolve; // optional "address:port" the tenant host names resolve to (tests)

    // Mail server (postfix, dovecot, opendkim, redis as in the MSSanté seed). Empty: not watched.
    struct Mail
    {
        struct Unit
        {
            QString name;    // systemd unit: postfix, dovecot, opendkim, redis-server
            QString pidFile; // read where systemd is not PID 1, e.g. /run/dovecot/master.pid
        };
        struct Dkim
        {
            QString selector; // "default": default._domainkey.<domain>
            QString domain;
            QString keyFile; // the private key opendkim signs with (or its public half, PEM)
        };
        struct TlsEndpoint
        {
            QString name;            // "smtp", "submission", "imaps"
            QString address;         // host:port the probe connects to, from the server
            QString mode;            // implicit | smtp-starttls | imap-starttls
            QString serverName;      // SNI, empty: none
            QString certificateFile; // what should be served (the first certificate of the file)
        };
        QStringList postfixConfigDirectories; // one queue per instance: postqueue -c DIR -j
        int deferredWarning = 20;             // deferred messages above this: warning
        int deferredCritical = 200;           // above this: critical
        QList<Unit> units;
        QList<Dkim> dkim;
        QString dnsServer; // optional resolver for the DKIM lookups (dig @server -p port)
        int dnsPort = 0;   // 0: 53
        QList<TlsEndpoint> tls;

        bool isConfigured() const
        {
            return !postfixConfigDirectories.isEmpty() || !units.isEmpty() || !dkim.isEmpty() ||
                   !tls.isEmpty();
        }
    };
    Mail mail;

    QList<LogSource> logs;
    QString scriptsDirectory = QStringLiteral("/opt/scripts");

    // Guided operations (wizards and the run engine).
    struct DeployApp
    {
        QString name; // "medical-pro-backend"
        QString path; // the git working copy on the server
        QString remote = QStringLiteral("origin");
        QString branch = QStringLiteral("main");
        QStringList pm2Names;   // processes reloaded with `pm2 reload` (zero downtime)
        QString composeProject; // or: a Compose project whose services are rebuilt
        QString installCommand = QStringLiteral("npm ci --omit=dev");
        QString buildCommand;                                  // empty: no build step
        QString migrateCommand;                                // empty: no migrations step
        QString migrationsPath = QStringLiteral("migrations"); // changes here: a warning
        QString database; // snapshot before migrations (optional)
        HealthUrl health; // checked with retries after the reload
    };
    QList<DeployApp> deployApps;
    // Where runs and locks live on the server. Empty: /var/lib/vigie/runs for root,
    // ~/.local/state/vigie/runs otherwise.
    QString runsDirectory;
    // Where restore safety dumps go (must have room for one dump of the database).
    QString safetyDumpDirectory = QStringLiteral("/var/backups/vigie");
    // Provisioning: the server's own scripts when set, built-in steps otherwise.
    QString provisionScript; // called with the tenant id
    QString subdomainScript; // called with: add <tenant id> <subdomain>
    QString tenantDatabaseOwner;
    // Built-in migrations run through a psql that LOGS IN as tenantDatabaseOwner (never SET ROLE
    // from a superuser session, which a migration could undo). Empty: psqlCommand with its -U
    // replaced by (or given) -U <owner>, e.g. over a local socket with a peer/trust rule or a
    // ~/.pgpass for that role.
    QString tenantMigrationsPsqlCommand;
    QString tenantMigrationsDirectory; // built-in: *.sql applied in name order
    // Built-in: registers the tenant row; psql variables :'id', :'name', :'subdomain'.
    QString tenantRegisterSql;
    // Restore: the server's own script when set (called with the backup file and database).
    QString restoreScript;
    // pm2 processes stopped while a shared (non-tenant) database is restored.
    QStringList sharedDatabaseApps;

    QJsonObject toJson() const;
    static ServerProfile fromJson(const QJsonObject& json, QString* error = nullptr);
};

} // namespace vigie
