#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace vigie {

// The rules every name an operator types must pass BEFORE any SSH traffic: tenant display
// names, subdomains, database names. Each validator returns an empty string when the name is
// acceptable, otherwise a translated reason for the operator ("… is 64 bytes long; at most 63").
// Pure functions: no I/O, usable from a QValidator, a wizard page or vigie-cli.
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(NameRules)
public:
    static constexpr int maxLabelBytes = 63; // DNS label, PostgreSQL identifier (NAMEDATALEN-1)
    static constexpr int maxDisplayNameChars = 100;

    // Tenant display name ("Clínica Ozondenia", "Clinique de l'Europe"): free text of letters
    // (one script only, so a Cyrillic 'а' hiding in a Latin name is refused), digits, spaces and
    // the punctuation . , & ( ) - + and an apostrophe between two letters. Refused: control and
    // format characters (newlines, zero-width, bidi overrides), a leading '-', shell and SQL
    // punctuation ($ ` " ; | < > \ / { } [ ] = * ? ! # % ^ ~ @ :), leading/trailing spaces, more
    // than maxDisplayNameChars characters. It only ever reaches the server as a psql variable.
    static QString validateDisplayName(const QString& name);

    // DNS label: a-z 0-9 and inner '-', 1..63 bytes, lower case, not "xn--" (punycode) nor a
    // reserved name (www, app, api, …).
    static QString validateSubdomain(const QString& subdomain);
    static QStringList reservedSubdomains();

    // An EXISTING database name (restore source): a plain PostgreSQL identifier,
    // [A-Za-z_][A-Za-z0-9_]* of 1..63 bytes.
    static QString validateDatabaseName(const QString& name);
    // A NEW database name (restore to a copy): same, but lower case only ([a-z_][a-z0-9_]*),
    // because PostgreSQL folds unquoted names and tools disagree on case.
    static QString validateNewDatabaseName(const QString& name);

    // The existing name that `candidate` would be confused with, or empty: equal ignoring case
    // and treating '-', '_' and '.' alike ("a-b" next to "a_b", "Alpha" next to "alpha").
    static QString findCollision(const QString& candidate, const QStringList& existing);
    static QString collisionKey(const QString& name);

    // Suggested subdomain for a display name: accents dropped, lower case, runs of anything
    // else turned into one '-', trimmed to 63 bytes ("Clínica Ozondenia" -> "clinica-ozondenia").
    // When it collides with `existing`, "-2", "-3"… is appended. Empty when nothing usable
    // remains (e.g. a name without Latin letters or digits).
    static QString suggestSubdomain(const QString& displayName, const QStringList& existing = {});
};

} // namespace vigie
