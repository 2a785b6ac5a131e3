#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace vigie {

// The operator's preferences, kept with QSettings in an INI file in the config dir (so tests
// and the demo redirect it with XDG_CONFIG_HOME like everything else). Nothing secret.
struct PreferenceValues
{
    QString language;                // "" = the system's, "en", "fr"
    int refreshIntervalSeconds = 60; // dashboards' auto-refresh; 0 = off
    int connectTimeoutSeconds = 15;  // TCP connect + handshake + authentication
    int keepaliveIntervalSeconds = 15;
    int certificateWarningDays = 30; // built-in profiles use these thresholds
    int certificateCriticalDays = 7;
    int backupMaxAgeHours = 26;
    QString journalPath;            // "" = journal.sqlite in the data dir
    int journalRetentionDays = 365; // 0 = keep forever
    QString knownHostsFile;         // "" = Vigie's own in the data dir
    QString defaultKeyName;         // preselected for new servers

    bool operator==(const PreferenceValues&) const = default;
};

class Preferences : public QObject
{
    Q_OBJECT
public:
    // Default file: AppPaths::configDir() + "/vigie.ini".
    explicit Preferences(QString file = {}, QObject* parent = nullptr);

    const PreferenceValues& values() const { return m_values; }
    // Clamps to sane ranges, saves, and emits changed() when something changed.
    bool apply(const PreferenceValues& values, QString* error = nullptr);

    // With the defaults filled in.
    QString effectiveJournalPath() const;
    QString effectiveKnownHostsFile() const;
    QString file() const { return m_file; }

    static PreferenceValues clamped(PreferenceValues values);
    static QStringList supportedLanguages(); // "en", "fr"

signals:
    void changed(const vigie::PreferenceValues& values);

private:
    void load();

    QString m_file;
    PreferenceValues m_values;
};

} // namespace vigie
