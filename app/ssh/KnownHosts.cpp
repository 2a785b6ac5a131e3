#include "KnownHosts.h"

#include "SshWire.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSaveFile>

namespace vigie {

namespace {

// OpenSSH's match_pattern: '*' any run, '?' one character, case-insensitive for host names.
bool wildcardMatch(QStringView text, QStringView pattern)
{
    qsizetype t = 0;
    qsizetype p = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() &&
            (pattern[p] == QLatin1Char('?') || pattern[p].toLower() == text[t].toLower())) {
            ++t;
            ++p;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool isValidKeyTypeName(const QString& type)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9@._+-]{3,64}$"));
    return re.match(type).hasMatch();
}

} // namespace

bool KnownHostEntry::matchesHost(const QString& hostPattern) const
{
    if (!hashSalt.isEmpty()) {
        // OpenSSH lowercases the host before hashing it (plain patterns compare ignoring case).
        const QByteArray mac = QMessageAuthenticationCode::hash(hostPattern.toLower().toUtf8(),
                                                                hashSalt, QCryptographicHash::Sha1);
        return mac == hashValue;
    }
    bool matched = false;
    for (const QString& pattern : patterns) {
        if (pattern.startsWith(QLatin1Char('!'))) {
            if (wildcardMatch(hostPattern, QStringView(pattern).mid(1)))
                return false; // a matching negation excludes the host outright
        } else if (wildcardMatch(hostPattern, pattern)) {
            matched = true;
        }
    }
    return matched;
}

QString KnownHosts::hostPattern(const QString& host, quint16 port)
{
    if (port == 22)
        return host;
    return QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::matchPattern(const QString& host, quint16 port)
{
    return hostPattern(host.toLower(), port);
}

bool KnownHosts::isValidHostName(const QString& host)
{
    // An allow-list, not a list of the characters known to be harmful. \z, not $: '$' would
    // also match before a final newline.
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._:%-]{1,253}\\z"));
    return re.match(host).hasMatch() && !host.startsWith(QLatin1Char('-'));
}

QString KnownHosts::hostNameError(const QString& host)
{
    if (isValidHostName(host))
        return {};
    // The name itself is left out: it may hold a newline or control characters.
    return tr("The host name is not a valid host name or IP address (allowed: letters, digits "
              "and . - _ : %), so it cannot be written to known_hosts.");
}

bool KnownHosts::load(const QStringList& files, ParseError* error)
{
    m_entries.clear();
    for (const QString& path : files) {
        QFile file(path);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = {path, 0, file.errorString()};
            return false;
        }
        if (!parse(file.readAll(), path, error))
            return false;
    }
    return true;
}

bool KnownHosts::parse(const QByteArray& contents, const QString& fileName, ParseError* error)
{
    const auto fail = [&](int line, const char* reason) {
        if (error)
            *error = {fileName, line, QString::fromLatin1(reason)};
        return false;
    };
    const QList<QByteArray> lines = contents.split('\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNo = index + 1;
        QByteArray raw = lines.at(index);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.size() > MaxLineLength)
            return fail(lineNo, "line too long");
        if (raw.contains('\0'))
            return fail(lineNo, "NUL byte");
        const QByteArray trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const auto utf8 = QString::fromUtf8(trimmed);
        if (utf8.toUtf8() != trimmed)
            return fail(lineNo, "invalid UTF-8");
        QStringList fields = utf8.split(QRegularExpression(QStringLiteral("[ \\t]+")));

        KnownHostEntry entry;
        entry.file = fileName;
        entry.line = lineNo;
        if (fields.first().startsWith(QLatin1Char('@'))) {
            if (fields.first() == QLatin1String("@revoked"))
                entry.marker = KnownHostEntry::Marker::Revoked;
            else if (fields.first() == QLatin1String("@cert-authority"))
                return fail(lineNo, "@cert-authority lines (host certificates) are not supported");
            else
                return fail(lineNo, "unknown marker");
            fields.removeFirst();
        }
        if (fields.size() < 3)
            return fail(lineNo, "expected host patterns, key type and key");

        const QString& hosts = fields.at(0);
        if (hosts.startsWith(QLatin1String("|1|"))) {
            const QStringList parts = hosts.split(QLatin1Char('|'));
            if (parts.size() != 4)
                return fail(lineNo, "malformed hashed host name");
            const auto salt = QByteArray::fromBase64Encoding(
                parts.at(2).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            const auto hash = QByteArray::fromBase64Encoding(
                parts.at(3).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!salt || !hash || salt.decoded.size() != 20 || hash.decoded.size() != 20)
                return fail(lineNo, "malformed hashed host name");
            entry.hashSalt = *salt;
            entry.hashValue = *hash;
        } else {
            entry.patterns = hosts.split(QLatin1Char(','));
            for (const QString& pattern : std::as_const(entry.patterns)) {
                if (pattern.isEmpty() || pattern == QLatin1String("!"))
                    return fail(lineNo, "empty host pattern");
            }
        }

        entry.keyType = fields.at(1);
        if (!isValidKeyTypeName(entry.keyType))
            return fail(lineNo, "invalid key type");
        const auto blob = QByteArray::fromBase64Encoding(fields.at(2).toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
        if (!blob || blob.decoded.isEmpty())
            return fail(lineNo, "invalid base64 key");
        entry.key = PublicKey::fromBlob(*blob);
        if (entry.key.isValid() && entry.key.type() != entry.keyType)
            return fail(lineNo, "key type does not match the key");
        if (!entry.key.isValid()) {
            // Every SSH key blob starts with its own type name: anything else is not a key.
            WireReader reader(blob.decoded);
            QByteArray blobType;
            if (!reader.readString(blobType) || QString::fromLatin1(blobType) != entry.keyType)
                return fail(lineNo, "key data does not parse");
            // Types Vigie cannot verify (ssh-dss, security keys) are kept only as "known";
            // a key of a type Vigie understands must parse.
            static const QStringList understood = {
                QStringLiteral("ssh-ed25519"), QStringLiteral("ssh-rsa"),
                QStringLiteral("ecdsa-sha2-nistp256"), QStringLiteral("ecdsa-sha2-nistp384"),
                QStringLiteral("ecdsa-sha2-nistp521")};
            if (understood.contains(entry.keyType))
                return fail(lineNo, "key data does not parse");
        }
        m_entries.append(entry);
    }
    return true;
}

QList<KnownHostEntry> KnownHosts::entriesFor(const QString& host, quint16 port) const
{
    const QString pattern = matchPattern(host, port);
    QList<KnownHostEntry> found;
    for (const KnownHostEntry& entry : m_entries) {
        if (entry.matchesHost(pattern))
            found.append(entry);
    }
    return found;
}

KnownHosts::CheckResult KnownHosts::check(const QString& host, quint16 port,
                                          const PublicKey& key) const
{
    CheckResult result;
    const QList<KnownHostEntry> entries = entriesFor(host, port);
    // Revocation wins over everything, then an exact match, then a same-type mismatch.
    for (const KnownHostEntry& entry : entries) {
        if (entry.marker == KnownHostEntry::Marker::Revoked && entry.key == key) {
            result.match = Match::Revoked;
            result.entry = entry;
            return result;
        }
    }
    for (const KnownHostEntry& entry : entries) {
        if (entry.marker == KnownHostEntry::Marker::None && entry.key.isValid() &&
            entry.key == key) {
            result.match = Match::Known;
            result.entry = entry;
            return result;
        }
    }
    for (const KnownHostEntry& entry : entries) {
        if (entry.marker == KnownHostEntry::Marker::None && entry.keyType == key.type()) {
            result.match = Match::Changed;
            result.entry = entry;
            return result;
        }
    }
    for (const KnownHostEntry& entry : entries) {
        if (entry.marker == KnownHostEntry::Marker::None &&
            !result.otherKnownTypes.contains(entry.keyType))
            result.otherKnownTypes.append(entry.keyType);
    }
    result.match = result.otherKnownTypes.isEmpty() ? Match::Unknown : Match::OtherTypesKnown;
    return result;
}

QStringList KnownHosts::knownKeyTypes(const QString& host, quint16 port) const
{
    QStringList types;
    for (const KnownHostEntry& entry : entriesFor(host, port)) {
        if (entry.marker == KnownHostEntry::Marker::None && !types.contains(entry.keyType))
            types.append(entry.keyType);
    }
    return types;
}

QString KnownHosts::formatLine(const QString& host, quint16 port, const PublicKey& key)
{
    return matchPattern(host, port) + QLatin1Char(' ') + key.authorizedKeysLine(QString());
}

namespace {

bool rewrite(const QString& path, const QByteArray& contents, QString* error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(contents);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

// Held for a whole read-modify-write of a known_hosts file. Beside the file, not on it:
// QSaveFile replaces the file by a rename, which a lock on the old inode would not cover.
class KnownHostsLock
{
public:
    explicit KnownHostsLock(const QString& path)
        : m_lock(path + QStringLiteral(".lock"))
    {}
    bool acquire(QString* error)
    {
        QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath());
        // A lock left by a process that died is taken over at once (QLockFile checks its PID).
        if (m_lock.tryLock(10000))
            return true;
        if (error) {
            *error = KnownHosts::tr("%1 is locked by another program (lock file %2).")
                         .arg(QDir::toNativeSeparators(QFileInfo(m_lock.fileName()).path()),
                              QDir::toNativeSeparators(m_lock.fileName()));
        }
        return false;
    }

private:
    QLockFile m_lock;
};

QByteArray readAll(const QString& path, bool* ok, QString* error)
{
    QFile file(path);
    *ok = true;
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        *ok = false;
        if (error)
            *error = file.errorString();
        return {};
    }
    return file.readAll();
}

} // namespace

bool KnownHosts::append(const QString& file, const QString& host, quint16 port,
                        const PublicKey& key, QString* error)
{
    if (const QString invalid = hostNameError(host); !invalid.isEmpty()) {
        if (error)
            *error = invalid;
        return false;
    }
    KnownHostsLock lock(file);
    if (!lock.acquire(error))
        return false;
    bool ok = false;
    QByteArray contents = readAll(file, &ok, error);
    if (!ok)
        return false;
    if (!contents.isEmpty() && !contents.endsWith('\n'))
        contents.append('\n');
    contents.append(formatLine(host, port, key).toUtf8());
    contents.append('\n');
    return rewrite(file, contents, error);
}

namespace {

// The line with its host patterns field replaced (marker, key and comment kept as written).
QByteArray withHostPatterns(const QByteArray& line, const QString& patterns)
{
    static const QRegularExpression re(QStringLiteral("^([ \\t]*(?:@[^ \\t]+[ \\t]+)?)[^ \\t]+"));
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch match = re.match(text);
    return (match.captured(1) + patterns + text.mid(match.capturedEnd())).toUtf8();
}

} // namespace

int KnownHosts::forget(const QString& file, const QString& host, quint16 port, QString* error)
{
    KnownHostsLock lock(file);
    if (!lock.acquire(error))
        return -1;
    bool ok = false;
    const QByteArray contents = readAll(file, &ok, error);
    if (!ok)
        return -1;
    KnownHosts parsed;
    ParseError parseError;
    if (!parsed.parse(contents, file, &parseError)) {
        if (error)
            *error =
                QStringLiteral("%1:%2: %3").arg(file).arg(parseError.line).arg(parseError.reason);
        return -1;
    }
    const QString pattern = matchPattern(host, port);
    // Line number -> its new host patterns; a null string drops the line.
    QMap<int, QString> changes;
    for (const KnownHostEntry& entry : parsed.entriesFor(host, port)) {
        if (!entry.hashSalt.isEmpty()) { // a hashed entry names exactly one host
            changes.insert(entry.line, QString());
            continue;
        }
        KnownHostEntry rest = entry;
        rest.patterns.removeIf([&pattern](const QString& candidate) {
            return candidate.compare(pattern, Qt::CaseInsensitive) == 0;
        });
        if (rest.matchesHost(pattern)) {
            if (error) {
                *error = tr("%1, line %2: the host is trusted through a wildcard pattern that "
                            "covers other hosts too; edit that line by hand.")
                             .arg(QDir::toNativeSeparators(file))
                             .arg(entry.line);
            }
            return -1;
        }
        // Only negations left: the line would match no host any more.
        const bool namesOthers =
            std::any_of(rest.patterns.cbegin(), rest.patterns.cend(),
                        [](const QString& p) { return !p.startsWith(QLatin1Char('!')); });
        changes.insert(entry.line, namesOthers ? rest.patterns.join(QLatin1Char(',')) : QString());
    }
    if (changes.isEmpty())
        return 0;
    QByteArray kept;
    const QList<QByteArray> lines = contents.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const auto change = changes.constFind(i + 1);
        if (change != changes.cend() && change->isNull())
            continue;
        kept.append(change != changes.cend() ? withHostPatterns(lines.at(i), *change)
                                             : lines.at(i));
        if (i + 1 < lines.size())
            kept.append('\n');
    }
    return rewrite(file, kept, error) ? int(changes.size()) : -1;
}

} // namespace vigie
