#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace vigie {

// Plain values produced by the probe parsers: one Snapshot per server per refresh. No Qt
// objects, no widgets: the CLI (--json), the dashboards and the alerts all read the same data.

// How one section of the probe went. A section that did not parse is never "healthy".
struct SectionStatus
{
    enum class State
    {
        Ok,
        Absent,          // the tool is not installed (no pm2, no docker): nothing to show
        NeedsPrivileges, // e.g. ufw/fail2ban as a non-root user without sudo
        TimedOut,        // the section's time limit hit (a hanging pm2)
        Truncated,       // output larger than the section's limit: parsed what fits, flagged
        Unparseable,     // garbage, truncated JSON, a banner in the way …
        Failed,          // the command failed; message says how
    };
    State state = State::Failed;
    QString message; // Vigie's words (translated) + the server's text when useful
    qint64 elapsedMs = 0;
    int exitCode = 0;

    bool usable() const { return state == State::Ok || state == State::Truncated; }
};

struct MountUsage
{
    QString mountPoint;
    QString device;
    qint64 sizeBytes = 0;
    qint64 usedBytes = 0;
    qint64 availableBytes = 0;
    double usedPercent() const
    {
        return sizeBytes > 0 ? 100.0 * double(usedBytes) / double(sizeBytes) : 0;
    }
};

struct HostVitals
{
    QString hostname;
    QString os; // PRETTY_NAME from /etc/os-release
    QString kernel;
    double load1 = 0, load5 = 0, load15 = 0;
    int cpus = 0;
    qint64 memTotalBytes = 0;
    qint64 memAvailableBytes = 0;
    qint64 swapTotalBytes = 0;
    qint64 swapFreeBytes = 0;
    qint64 uptimeSeconds = 0;
    QList<MountUsage> mounts;
    QString user; // who the probe ran as
    bool root = false;
    bool passwordlessSudo = false;
};

struct SystemdUnit
{
    QString name;        // nginx.service
    QString loadState;   // loaded / not-found
    QString activeState; // active / inactive / failed
    QString subState;    // running / dead / exited
    QDateTime since;     // ActiveEnterTimestamp or InactiveEnterTimestamp
};

struct Pm2Process
{
    QString name;
    int pmId = 0;
    QString execMode; // cluster / fork
    QString status;   // online / stopped / errored / launching
    int restarts = 0;
    int unstableRestarts = 0;
    double cpuPercent = 0;
    qint64 memoryBytes = 0;
    QDateTime startedAt; // pm_uptime
};

struct ComposeService
{
    QString project;
    QString service;
    QString container;
    QString containerId;
    QString image;
    QString state;  // running / exited / restarting / missing (a profile's project, no container)
    QString health; // healthy / unhealthy / starting / empty
    QString status; // docker's text, e.g. "Up 3 hours (healthy)"
    int restarts = -1;        // docker's RestartCount; -1: not read
    int exitCode = 0;         // of the last run, for an exited container
    QDateTime startedAt;      // of the running (or last) process
    QString workingDirectory; // com.docker.compose.project.working_dir
    QStringList configFiles;  // com.docker.compose.project.config_files
};

// The Docker side of a server, beside its Compose services.
struct ComposeEngine
{
    QString tool;        // "docker compose", "docker-compose", "none"; empty: not read
    QString daemonError; // the Docker daemon did not answer: docker's own words
};

struct HealthCheck
{
    QString name;
    QString url;
    int httpStatus = 0; // 0: no HTTP answer
    double seconds = 0; // time_total measured on the server
    QString error;      // curl's message when no answer
};

struct FirewallStatus
{
    bool known = false;
    bool active = false;
    QStringList rules; // "2222/tcp ALLOW Anywhere"
};

struct Fail2banJail
{
    QString name;
    int currentlyBanned = 0;
    int totalBanned = 0;
};

// A certificate file found under the profile's paths, parsed on the desktop with OpenSSL.
struct CertificateInfo
{
    QString path; // …/live/example.test/cert.pem
    QString name; // the live/ directory name
    QString subject;
    QStringList dnsNames; // SANs, wildcards included
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString keyType;   // "ECDSA P-256", "RSA 2048"
    QByteArray sha256; // DER fingerprint, to compare with what a server serves
    QString error;     // the PEM did not parse

    int daysLeft(const QDateTime& now) const { return int(now.secsTo(notAfter) / 86400); }
    bool covers(const QString& hostName) const; // exact SAN or one-label wildcard
};

struct CertificateRenewal
{
    QString timer;         // certbot.timer state, e.g. "active, next 2026-11-24 04:00"
    QStringList cronLines; // lines mentioning certbot in crontabs / cron.d
    // The first systemd timer matching *certbot* (list-timers), when systemd runs:
    QString timerUnit;   // certbot.timer, snap.certbot.renew.timer
    QDateTime timerNext; // invalid: no run scheduled (inactive timer)
    QDateTime timerLast;
};

struct BackupFile
{
    QString target; // profile target name
    QString path;
    QDateTime modified;
    qint64 sizeBytes = 0;
    bool encrypted = false; // .gpg / .asc / .age
};

// What the probe saw in one backup target's directory besides the matching files.
struct BackupFolder
{
    enum class State
    {
        NotListed, // the probe said nothing about it
        Listed,
        Missing, // no such directory
        Denied,  // not readable by the SSH user (nor through sudo)
    };
    QString target; // profile target name
    QString directory;
    State state = State::NotListed;
    int otherFiles = 0;        // regular files that do not match the pattern
    QStringList otherExamples; // a few of their names, to help fix the pattern
};

struct DatabaseInfo
{
    QString name;
    qint64 sizeBytes = 0;
};

struct TenantInfo
{
    QString id;
    QString name;
    QString subdomain;
    bool provisioned = false;
    // Checks made from the server in the same probe run:
    bool databaseExists = false;
    qint64 databaseSizeBytes = 0;
    bool dnsResolves = false;
    QString resolvedAddress;
    int httpsStatus = 0;
    QString httpsError;
};

// The mail section (resources/probe/sections/mail.sh): postfix queues, the mail units, DKIM keys
// on disk against DNS, and the certificate each TLS listener serves against its file on disk.
struct MailUnitState
{
    enum class Source
    {
        Systemd, // systemctl show
        PidFile, // no systemd as PID 1: the profile's pid file and /proc
        None,    // no systemd and no pid file configured: cannot tell
    };
    QString name;
    Source source = Source::None;
    // Systemd: ActiveState; PidFile: running | stopped | missing | denied | invalid.
    QString state;
    QString loadState; // systemd
    QString subState;  // systemd
    qint64 pid = 0;    // pid file
    QString pidFile;
};

struct MailQueue
{
    QString instance; // the postfix config directory
    QString tool;     // "postqueue" (-j, exact), "mailq" (deferred = neither active nor held), ""
    int exitCode = 0;
    qint64 total = -1; // -1: not read
    qint64 deferred = -1;
    qint64 active = 0;
    qint64 hold = 0;
    QString error; // the tool's message when it failed
    bool read() const { return total >= 0 && deferred >= 0; }
};

struct DkimCheck
{
    QString selector;
    QString domain;
    QString keyState;   // ok | missing | denied | invalid
    QByteArray diskKey; // base64 SubjectPublicKeyInfo from the key file (p= of the record)
    int dnsExitCode = -1;
    QStringList dnsRecords; // TXT strings joined, as dig +short printed them
    QString dnsError;       // dig's ";;" lines, or "not installed"
    QByteArray dnsKey;      // p= of the first DKIM record in DNS (empty: none)
    QString name() const { return selector + QLatin1String("._domainkey.") + domain; }
};

// One certificate as `openssl x509 -fingerprint -sha256 -enddate -subject` printed it.
struct SeenCertificate
{
    QString state;      // ok | error (served); ok | missing | denied | invalid (disk)
    QByteArray sha256;  // raw bytes
    QDateTime notAfter; // invalid when unknown
    QString subject;
    QString error; // why there is no certificate (connection refused, no STARTTLS …)
    bool ok() const { return state == QLatin1String("ok") && !sha256.isEmpty(); }
};

struct MailTlsCheck
{
    QString name;
    QString address; // host:port
    QString mode;    // implicit | smtp-starttls | imap-starttls
    SeenCertificate served;
    SeenCertificate disk;
};

struct MailStatus
{
    bool systemd = false; // the probe saw systemd as PID 1
    QList<MailUnitState> units;
    QList<MailQueue> queues;
    QList<DkimCheck> dkim;
    QList<MailTlsCheck> tls;
};

struct Snapshot
{
    QDateTime takenAt;    // desktop clock, when the output was complete
    QDateTime serverTime; // the server's clock (ages are computed against it)
    qint64 roundTripMs = 0;
    QMap<QString, SectionStatus> sections; // by section name ("vitals", "pm2", …)

    HostVitals vitals;
    bool systemd = false;
    QList<SystemdUnit> units;
    QList<Pm2Process> pm2;
    QList<ComposeService> compose;
    ComposeEngine composeEngine;
    QList<HealthCheck> health;
    FirewallStatus ufw;
    QList<Fail2banJail> jails;
    QList<CertificateInfo> certificates;
    CertificateRenewal renewal;
    QList<BackupFile> backups;
    QList<BackupFolder> backupFolders;
    QStringList backupLogTail;
    QList<DatabaseInfo> databases;
    QList<TenantInfo> tenants;
    MailStatus mail;
};

} // namespace vigie
