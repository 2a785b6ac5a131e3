#pragma once

#include "fleet/ServerProfile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace vigie {

// Knobs of one probe run that are not part of the server's profile.
struct ProbeOptions
{
    int sectionTimeoutSeconds = 8;
    QMap<QString, int> sectionTimeouts; // per section name, overrides the above
    qint64 sectionByteLimit = 256 * 1024;
    int httpTimeoutSeconds = 5;
    QStringList cronPaths; // extra cron files or directories searched for certbot lines
    QStringList sections;  // empty: every section
};

// The stdin of `sh -s` for one probe run: shell variable assignments made from the profile (every
// value through shellQuote, every name validated), then resources/probe/probe.sh. A value that
// fails validation is left out and reported by problems(); the rest of the probe still runs.
class ProbeScript
{
    Q_DECLARE_TR_FUNCTIONS(ProbeScript)

public:
    ProbeScript(const ServerProfile& profile, const QByteArray& nonce,
                const ProbeOptions& options = {});

    QByteArray text() const;     // preamble() + the script; empty when the nonce is invalid
    QByteArray preamble() const; // the assignments only
    QStringList problems() const { return m_problems; } // translated, one per value left out

    static const QStringList& sectionNames(); // in output order
    static const QStringList& sectionFiles(); // per-stack files, resources/probe/sections/
    // ":/probe/probe.sh" with the per-stack section files in its library; empty when one is
    // missing or cannot be put there.
    static QByteArray scriptBody();
    static QByteArray newNonce(); // 24 random [A-Za-z0-9]
    static bool isValidNonce(const QByteArray& nonce);

    // The validation rules, public for the profile editor and the tests.
    static bool isValidUnitName(const QString& name);
    static bool isValidCommand(const QString& command); // words of [A-Za-z0-9@%+=:,./_-]
    static bool isValidPath(const QString& path);       // absolute, no control character
    static bool isValidDnsName(const QString& name);
    static bool isValidDatabaseName(const QString& name);

private:
    void add(const char* name, const QString& value);
    void build(const ServerProfile& profile, const ProbeOptions& options);
    void buildMail(const ServerProfile::Mail& mail);

    QByteArray m_nonce;
    QByteArray m_preamble;
    QStringList m_problems;
};

} // namespace vigie
