#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace vigie {

// Removes secrets from text before it is stored or shown: private-key and other PEM blocks,
// `password=…` / `PGPASSWORD=…` / `"token": "…"` values, `--passphrase …` style options,
// credentials in URLs (scheme://user:pass@host), bearer / basic authorization values,
// well-known token shapes (JWT, GitHub), and the exact secret strings a caller registers
// (a generated database password, a passphrase). It errs on the side of hiding too much.
class SecretRedactor
{
public:
    static QString mask(); // "[redacted]"

    // Hidden wherever it appears. A multi-line secret is also registered line by line, so it
    // is caught when a log arrives in pieces.
    void addSecret(const QString& secret);
    const QStringList& secrets() const { return m_secrets; }

    // A whole text (may hold several lines and PEM blocks).
    QString redact(const QString& text) const;
    // Every string inside, recursively; values under secret-looking keys ("password",
    // "passphrase", "token", …) are replaced by the mask whatever they hold.
    QJsonObject redact(const QJsonObject& object) const;
    QJsonValue redactValue(const QJsonValue& value) const;

    // One line (without its newline). insideBlock carries the PEM-block state from line to
    // line; a line wholly inside a block comes back null (drop it, newline included).
    QString redactLine(const QString& line, bool* insideBlock) const;

private:
    QString redactPatterns(QString text) const;

    QStringList m_secrets; // longest first, so a secret containing another goes first
};

// Redacts a log that arrives in arbitrary pieces: only complete lines are redacted and handed
// back, so a secret or a key block split across pieces is still recognised.
class LogRedactionStream
{
public:
    explicit LogRedactionStream(const SecretRedactor* redactor)
        : m_redactor(redactor)
    {}

    QString feed(const QString& chunk); // redacted complete lines (with their newlines)
    QString finish();                   // the redacted unfinished last line, if any
    qsizetype pendingSize() const { return m_pending.size(); } // fed, not handed back yet

private:
    QString redactCompleteLines(const QString& lines);

    // A line longer than this without a newline is redacted as it is, so memory stays bounded.
    static constexpr qsizetype MaxPendingLine = 64 * 1024;

    const SecretRedactor* m_redactor;
    QString m_pending;
    bool m_insideBlock = false;
};

} // namespace vigie
