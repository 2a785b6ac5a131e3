#include "Preferences.h"

#include "AppPaths.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace vigie {

namespace {

// Keys of the INI file; stable, never translated.
constexpr auto Language = "ui/language";
constexpr auto RefreshInterval = "dashboards/refreshIntervalSeconds";
constexpr auto ConnectTimeout = "ssh/connectTimeoutSeconds";
constexpr auto KeepaliveInterval = "ssh/keepaliveIntervalSeconds";
constexpr auto KnownHosts = "ssh/knownHostsFile";
constexpr auto DefaultKey = "ssh/defaultKey";
constexpr auto CertificateWarning = "thresholds/certificateWarningDays";
constexpr auto CertificateCritical = "thresholds/certificateCriticalDays";
constexpr auto BackupMaxAge = "thresholds/backupMaxAgeHours";
constexpr auto JournalPath = "journal/path";
constexpr auto JournalRetention = "journal/retentionDays";

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

Preferences::Preferences(QString file, QObject* parent)
    : QObject(parent)
    , m_file(file.isEmpty() ? AppPaths::configDir() + QStringLiteral("/vigie.ini") : file)
{
    load();
}

void Preferences::load()
{
    const QSettings settings(m_file, QSettings::IniFormat);
    const PreferenceValues defaults;
    PreferenceValues v;
    v.language = settings.value(key(Language), defaults.language).toString();
    v.refreshIntervalSeconds =
        settings.value(key(RefreshInterval), defaults.refreshIntervalSeconds).toInt();
    v.connectTimeoutSeconds =
        settings.value(key(ConnectTimeout), defaults.connectTimeoutSeconds).toInt();
    v.keepaliveIntervalSeconds =
        settings.value(key(KeepaliveInterval), defaults.keepaliveIntervalSeconds).toInt();
    v.knownHostsFile = settings.value(key(KnownHosts)).toString();
    v.defaultKeyName = settings.value(key(DefaultKey)).toString();
    v.certificateWarningDays =
        settings.value(key(CertificateWarning), defaults.certificateWarningDays).toInt();
    v.certificateCriticalDays =
        settings.value(key(CertificateCritical), defaults.certificateCriticalDays).toInt();
    v.backupMaxAgeHours = settings.value(key(BackupMaxAge), defaults.backupMaxAgeHours).toInt();
    v.journalPath = settings.value(key(JournalPath)).toString();
    v.journalRetentionDays =
        settings.value(key(JournalRetention), defaults.journalRetentionDays).toInt();
    m_values = clamped(v);
}

PreferenceValues Preferences::clamped(PreferenceValues v)
{
    if (!supportedLanguages().contains(v.language))
        v.language.clear();
    // Auto-refresh: off, or at least every 5 s (a probe per server per refresh) up to a day.
    if (v.refreshIntervalSeconds != 0)
        v.refreshIntervalSeconds = std::clamp(v.refreshIntervalSeconds, 5, 86400);
    v.connectTimeoutSeconds = std::clamp(v.connectTimeoutSeconds, 2, 300);
    v.keepaliveIntervalSeconds = std::clamp(v.keepaliveIntervalSeconds, 2, 600);
    v.certificateCriticalDays = std::clamp(v.certificateCriticalDays, 1, 365);
    // The warning comes before the critical state.
    v.certificateWarningDays =
        std::clamp(v.certificateWarningDays, v.certificateCriticalDays, 3650);
    v.backupMaxAgeHours = std::clamp(v.backupMaxAgeHours, 1, 24 * 366);
    v.journalRetentionDays = std::clamp(v.journalRetentionDays, 0, 36500);
    v.journalPath = v.journalPath.trimmed();
    v.knownHostsFile = v.knownHostsFile.trimmed();
    v.defaultKeyName = v.defaultKeyName.trimmed();
    return v;
}

QStringList Preferences::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("fr")};
}

bool Preferences::apply(const PreferenceValues& values, QString* error)
{
    const PreferenceValues v = clamped(values);
    AppPaths::ensureDir(QFileInfo(m_file).absolutePath());
    QSettings settings(m_file, QSettings::IniFormat);
    settings.setValue(key(Language), v.language);
    settings.setValue(key(RefreshInterval), v.refreshIntervalSeconds);
    settings.setValue(key(ConnectTimeout), v.connectTimeoutSeconds);
    settings.setValue(key(KeepaliveInterval), v.keepaliveIntervalSeconds);
    settings.setValue(key(KnownHosts), v.knownHostsFile);
    settings.setValue(key(DefaultKey), v.defaultKeyName);
    settings.setValue(key(CertificateWarning), v.certificateWarningDays);
    settings.setValue(key(CertificateCritical), v.certificateCriticalDays);
    settings.setValue(key(BackupMaxAge), v.backupMaxAgeHours);
    settings.setValue(key(JournalPath), v.journalPath);
    settings.setValue(key(JournalRetention), v.journalRetentionDays);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        if (error)
            *error = tr("The preferences could not be saved to %1.").arg(m_file);
        return false;
    }
    if (v == m_values)
        return true;
    m_values = v;
    emit changed(m_values);
    return true;
}

QString Preferences::effectiveJournalPath() const
{
    return m_values.journalPath.isEmpty() ? AppPaths::dataDir() + QStringLiteral("/journal.sqlite")
                                          : m_values.journalPath;
}

QString Preferences::effectiveKnownHostsFile() const
{
    return m_values.knownHostsFile.isEmpty() ? AppPaths::knownHostsFile() : m_values.knownHostsFile;
}

} // namespace vigie
