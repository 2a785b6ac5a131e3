#pragma once

#include "PublicKey.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)
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
    // What is matched and written: the host lowercased, as OpenSSH does before it compares or
    // hashes (a hashed entry for "web1.example.test" must match "Web1.Example.test").
    static QString matchPattern(const QString& host, quint16 port);
    // A host name or IP literal that can be written into known_hosts as one plain pattern:
    // letters, digits, '.', '-', '_', ':' (IPv6) and '%' (IPv6 zone). Anything else (',',
    // spaces, '*', '?', '!', '[', ']', '#', '|', '@', a newline...) would turn the entry into
    // a wildcard, a negation, a hashed or marker field, or a second line.
    static bool isValidHostName(const QString& host);
    // Translated reason, empty when the host name is valid.
    static QString hostNameError(const QString& host);

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
    // Appends a line atomically (whole file rewritten through QSaveFile, mode 0600), under a
    // lock file beside it (FILE.lock) held for the whole read-modify-write, so the GUI and
    // vigie-cli trusting at once do not lose each other's lines. Refuses an invalid host name.
    static bool append(const QString& file, const QString& host, quint16 port, const PublicKey& key,
                       QString* error);
    // Forgets the host:port's keys, under the same lock: a hashed line that matches names that
    // host only and goes whole; on a plain line only the host's own pattern is removed, so
    // other hosts of "a.example.test,b.example.test ..." stay trusted. A host trusted only
    // through a wildcard pattern that also covers others is an error (nothing is changed).
    // Returns how many entries stopped naming the host, or -1 with *error.
    static int forget(const QString& file, const QString& host, quint16 port, QString* error);

    static constexpr int MaxLineLength = 8192;

private:
    QList<KnownHostEntry> m_entries;
};

} // namespace vigie
