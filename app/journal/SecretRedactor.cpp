#include "SecretRedactor.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace vigie {

namespace {

constexpr auto Insensitive = QRegularExpression::CaseInsensitiveOption;

// The word that makes a name secret-looking: PGPASSWORD, db_password, api_key, X-Auth-Token…
const QString SecretWord = QStringLiteral(
    "(?:password|passwd|passphrase|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|"
    "credentials?|auth[_-]?key)");
// A value: quoted (with escapes), or a run of non-space characters.
// The mask itself first, so redacting twice changes nothing.
const QString Value = QStringLiteral(R"((\[redacted\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s&'"]+))");

const QRegularExpression& pemBegin()
{
    static const QRegularExpression re(QStringLiteral("-----BEGIN ([A-Z0-9][A-Z0-9 ]*)-----"));
    return re;
}

const QRegularExpression& pemEnd()
{
    static const QRegularExpression re(QStringLiteral("-----END [A-Z0-9 ]*-----"));
    return re;
}

struct Rule
{
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule>& rules()
{
    const QString mask = SecretRedactor::mask();
    static const QList<Rule> list{
        // scheme://user:password@host
        {QRegularExpression(QStringLiteral(R"(([a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]*):[^/\s@]+@)")),
         QStringLiteral("\\1:") + mask + QStringLiteral("@")},
        // --password x, --passphrase=x, -–db-password 'x'
        {QRegularExpression(QStringLiteral(R"((--?[\w-]*)") + SecretWord +
                                QStringLiteral(R"([\w-]*(?:=|\s+)))") + Value,
                            Insensitive),
         QStringLiteral("\\1") + mask},
        {QRegularExpression(QStringLiteral(R"((--?pass)(=|\s+))") + Value, Insensitive),
         QStringLiteral("\\1\\2") + mask},
        // Authorization: Bearer x / Basic x / token x
        {QRegularExpression(QStringLiteral(R"(\b(authorization["']?\s*[:=]\s*["']?)"
                                           R"((?:(?:bearer|basic|token|digest)\s+)?)[^\s"']+)"),
                            Insensitive),
         QStringLiteral("\\1") + mask},
        {QRegularExpression(QStringLiteral(R"(\b(bearer)\s+[A-Za-z0-9._~+/-]+=*)"), Insensitive),
         QStringLiteral("\\1 ") + mask},
        // NAME=value, name: value, "name": "value" where the name looks secret
        {QRegularExpression(QStringLiteral(R"(\b([\w.-]*)") + SecretWord +
                                QStringLiteral(R"([\w.-]*["']?\s*[=:]\s*))") + Value,
                            Insensitive),
         QStringLiteral("\\1") + mask},
        // Short names: DB_PASS=x, REDIS_PASS: x, "smtp.pass": "x", dbPass=x, MYSQL_PWD=x, PASS=x.
        // pass/pwd must END the name after a separator (or a camelCase hump), so compass=,
        // bypass:, passenger= and the shell's PWD= / OLDPWD= stay.
        {QRegularExpression(
             QStringLiteral(
                 R"((?<![\w.-])((?:[\w.-]*[_.-](?:pass|pwd)|[\w.-]*[a-z0-9](?-i:Pass|Pwd))["']?\s*[=:]\s*|pass=))") +
                 Value,
             Insensitive),
         QStringLiteral("\\1") + mask},
        // JSON web tokens, GitHub tokens
        {QRegularExpression(
             QStringLiteral(R"(\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+)")),
         mask},
        {QRegularExpression(QStringLiteral(R"(\b(?:gh[pousr]|github_pat)_[A-Za-z0-9_]{20,})")),
         mask},
    };
    return list;
}

// The MySQL family takes its password glued to -p (-phunter2); `-p hunter2` is really "prompt,
// then database hunter2", but is written by people who meant the password: both are masked,
// only in the options of such a command (up to the next | ; & or parenthesis), so the ports of
// ssh -p 2222 or psql -p 5432 stay readable.
const QRegularExpression& mysqlCommand()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w.-])(?:[\w./-]*/)?(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlcheck|)"
        R"(mysqlshow|mysqlpump|mysqlsh|mariadb|mariadb-dump|mariadb-admin|mariadb-import|)"
        R"(mariadb-check|mariadb-show)(?![\w.-])[^|;&()`\n]*)"));
    return re;
}

const QRegularExpression& mysqlPassword()
{
    // -p glued to its value, or -p, spaces and a value that is not the next option.
    static const QRegularExpression re(QStringLiteral(R"((\s-p(?:(?=\S)|\s+(?!-))))") + Value);
    return re;
}

QString redactMysqlPasswords(QString text)
{
    qsizetype from = 0;
    while (true) {
        const QRegularExpressionMatch command = mysqlCommand().match(text, from);
        if (!command.hasMatch())
            break;
        QString options = command.captured(0);
        options.replace(mysqlPassword(), QStringLiteral("\\1") + SecretRedactor::mask());
        text.replace(command.capturedStart(), command.capturedLength(), options);
        from = command.capturedStart() + options.size();
    }
    return text;
}

const QRegularExpression& secretKey()
{
    // A secret word anywhere, or a short one ending the name (DB_PASS, dbPass, MYSQL_PWD).
    static const QRegularExpression re(
        SecretWord + QStringLiteral(R"(|(?:^|[_.-])(?:pass|pwd)$|[a-z0-9](?-i:Pass|Pwd)$)"),
        Insensitive);
    return re;
}

} // namespace

QString SecretRedactor::mask()
{
    return QStringLiteral("[redacted]");
}

void SecretRedactor::addSecret(const QString& secret)
{
    QStringList candidates{secret};
    if (secret.contains(QLatin1Char('\n'))) {
        for (const QString& line : secret.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            // Short lines of a multi-line secret ("}" or an empty line) are not secret.
            if (trimmed.size() >= 8)
                candidates << trimmed;
        }
    }
    for (const QString& candidate : std::as_const(candidates)) {
        if (!candidate.isEmpty() && !m_secrets.contains(candidate))
            m_secrets << candidate;
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
                     [](const QString& a, const QString& b) { return a.size() > b.size(); });
}

QString SecretRedactor::redact(const QString& text) const
{
    QString exact = text;
    for (const QString& secret : m_secrets)
        exact.replace(secret, mask());
    const QStringList lines = exact.split(QLatin1Char('\n'));
    QStringList kept;
    kept.reserve(lines.size());
    bool insideBlock = false;
    for (const QString& line : lines) {
        const QString redacted = redactLine(line, &insideBlock);
        if (!redacted.isNull())
            kept << redacted;
    }
    QString out = kept.join(QLatin1Char('\n'));
    // A block running to the end drops the last (empty) line: keep the final newline.
    if (text.endsWith(QLatin1Char('\n')) && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
        out += QLatin1Char('\n');
    return out;
}

QString SecretRedactor::redactLine(const QString& line, bool* insideBlock) const
{
    QString out;
    qsizetype pos = 0;
    bool dropLine = *insideBlock;
    while (pos < line.size() || !*insideBlock) {
        if (*insideBlock) {
            const QRegularExpressionMatch end = pemEnd().match(line, pos);
            if (!end.hasMatch())
                break; // the rest of the line is inside the block
            *insideBlock = false;
            pos = end.capturedEnd();
            dropLine = line.mid(pos).trimmed().isEmpty() && out.trimmed().isEmpty() && dropLine;
            continue;
        }
        const QRegularExpressionMatch begin = pemBegin().match(line, pos);
        if (!begin.hasMatch()) {
            out += redactPatterns(line.mid(pos));
            break;
        }
        out += redactPatterns(line.mid(pos, begin.capturedStart() - pos));
        out += QStringLiteral("[redacted %1]").arg(begin.captured(1).toLower());
        *insideBlock = true;
        dropLine = false;
        pos = begin.capturedEnd();
    }
    if (dropLine)
        return QString();
    if (out.isNull())
        out = QLatin1String("");
    return out;
}

QString SecretRedactor::redactPatterns(QString text) const
{
    if (text.isEmpty())
        return text;
    for (const QString& secret : m_secrets)
        text.replace(secret, mask());
    for (const Rule& rule : rules())
        text.replace(rule.pattern, rule.replacement);
    return redactMysqlPasswords(text);
}

QJsonObject SecretRedactor::redact(const QJsonObject& object) const
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool secretName = secretKey().match(it.key()).hasMatch();
        const QJsonValue value = it.value();
        if (secretName && !value.isObject() && !value.isArray() && !value.isNull() &&
            !(value.isString() && value.toString().isEmpty()))
            out.insert(it.key(), mask());
        else
            out.insert(it.key(), redactValue(value));
    }
    return out;
}

QJsonValue SecretRedactor::redactValue(const QJsonValue& value) const
{
    if (value.isString())
        return redact(value.toString());
    if (value.isObject())
        return redact(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(redactValue(item));
        return out;
    }
    return value;
}

QString LogRedactionStream::feed(const QString& chunk)
{
    m_pending += chunk;
    const qsizetype lastNewline = m_pending.lastIndexOf(QLatin1Char('\n'));
    if (lastNewline < 0) {
        if (m_pending.size() <= MaxPendingLine)
            return QString();
        return finish();
    }
    const QString complete = m_pending.left(lastNewline + 1);
    m_pending.remove(0, lastNewline + 1);
    return redactCompleteLines(complete);
}

QString LogRedactionStream::finish()
{
    if (m_pending.isEmpty())
        return QString();
    const QString redacted = m_redactor->redactLine(m_pending, &m_insideBlock);
    m_pending.clear();
    return redacted.isNull() ? QString() : redacted;
}

QString LogRedactionStream::redactCompleteLines(const QString& lines)
{
    QString out;
    qsizetype start = 0;
    while (start < lines.size()) {
        const qsizetype end = lines.indexOf(QLatin1Char('\n'), start);
        const QString line = lines.mid(start, end - start);
        const QString redacted = m_redactor->redactLine(line, &m_insideBlock);
        if (!redacted.isNull()) {
            out += redacted;
            out += QLatin1Char('\n');
        }
        start = end + 1;
    }
    return out;
}

} // namespace vigie
