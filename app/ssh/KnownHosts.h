#pragma once

#include "PublicKey.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vigie {

// One parsed known_hosts line.
struct KnownHostEntry
{
    enum class Marker
    {
        None,
        Revoked
    };
    QString file;
    int line = 0;
    Marker marker = Marker::None;
    QStringList patterns; // plain patterns (may hold * ? and !negation)
    QByteArray hashSalt;  // hashed entry "|1|salt|hash" when non-empty
    QByteArray hashValue;
    QString keyType; // as written in the file
    PublicKey key;   // invalid for key types Vigie cannot use (kept to know the host)

    bool matchesHost(const QString& hostPattern) const;
};

// Host keys in OpenSSH known_hosts format: Vigie's own file (writable) plus the user's
// ~/.ssh/known_hosts (read only). Parsing is strict on purpose: a line that cannot be
// understood makes the whole check fail closed, naming the file and the line, because a
// half-read file could turn a changed key into a "first contact".
class KnownHosts
{
public:
    enum class Match
    {
        Known,           // this exact key is recorded for the host
        Changed,         // a different key of the same type is recorded
        Revoked,         // the key is listed under @revoked
        OtherTypesKnown, // only keys of other types are recorded: ask, but say so
        Unknown,         // first contact
    };

    struct CheckResult
    {
        Match match = Match::Unknown;
        KnownHostEntry entry;        // the recorded entry for Known / Changed / Revoked
        QStringList otherKnownTypes; // for OtherTypesKnown
    };

    struct ParseError
    {
        QString file;
        int line = 0;
        QString reason; // untranslated technical reason, e.g. "invalid base64"
        bool isError() const { return line != 0 || !reason.isEmpty(); }
    };

    // "[host]:port" unless port is 22, as OpenSSH writes it.
    static QString hostPattern(const QString& host, quint16 port);

    // Reads the files in order; a missing file is empty, an unreadable or invalid one is an error.
    bool load(const QStringList& files, ParseError* error);
    // Parses one file's contents (for tests and fuzzing).
    bool parse(const QByteArray& contents, const QString& fileName, ParseError* error);

    CheckResult check(const QString& host, quint16 port, const PublicKey& key) const;
    // Key types recorded for the host (to prefer them during the handshake, like OpenSSH).
    QStringList knownKeyTypes(const QString& host, quint16 port) const;
    QList<KnownHostEntry> entriesFor(const QString& host, quint16 port) const;
    const QList<KnownHostEntry>& entries() const { return m_entries; }

    // The line Vigie appends, e.g. "[127.0.0.1]:2222 ssh-ed25519 AAAA...".
    static QString formatLine(const QString& host, quint16 port, const PublicKey& key);
    // Appends a line atomically (whole file rewritten through QSaveFile, mode 0600).
    static bool append(const QString& file, const QString& host, quint16 port, const PublicKey& key,
                       QString* error);
    // Removes every plain or hashed line for the host:port; returns how many were removed.
    static int forget(const QString& file, const QString& host, quint16 port, QString* error);

    static constexpr int MaxLineLength = 8192;

private:
    QList<KnownHostEntry> m_entries;
};

} // namespace vigie
