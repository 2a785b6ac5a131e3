#include "NameRules.h"

#include <QRegularExpression>
#include <QSet>

namespace vigie {

namespace {

bool isAsciiLowerOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

bool isDisallowedCategory(QChar::Category category)
{
    switch (category) {
    case QChar::Other_Control:
    case QChar::Other_Format: // zero-width joiners, bidi overrides, soft hyphen
    case QChar::Other_Surrogate:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019);
}

QString shown(const QString& text)
{
    // Enough of the text to recognise it, without control characters.
    QString out;
    for (QChar c : text.left(40))
        out.append(c.isPrint() ? c : QChar(0xFFFD));
    return out;
}

QString validateIdentifier(const QString& name, const QRegularExpression& pattern,
                           const QString& whatFails)
{
    if (name.isEmpty())
        return NameRules::tr("The database name is empty.");
    const qsizetype bytes = name.toUtf8().size();
    if (bytes > NameRules::maxLabelBytes)
        return NameRules::tr("The database name is %1 bytes long; PostgreSQL allows at most %2.")
            .arg(bytes)
            .arg(NameRules::maxLabelBytes);
    if (!pattern.match(name).hasMatch())
        return whatFails.arg(shown(name));
    return {};
}

} // namespace

QString NameRules::validateDisplayName(const QString& name)
{
    if (name.trimmed().isEmpty())
        return tr("The name is empty.");
    if (name != name.trimmed())
        return tr("The name starts or ends with a space.");
    if (name.size() > maxDisplayNameChars)
        return tr("The name is %1 characters long; at most %2 are allowed.")
            .arg(name.size())
            .arg(maxDisplayNameChars);
    if (name.startsWith(u'-'))
        return tr("The name must not start with '-'.");
    static const QString allowedPunctuation = QStringLiteral(" .,&()-+");
    QSet<QChar::Script> scripts;
    const QList<uint> codePoints = name.toUcs4();
    for (qsizetype i = 0; i < codePoints.size(); ++i) {
        const uint cp = codePoints.at(i);
        const QChar::Category category = QChar::category(cp);
        if (isDisallowedCategory(category) || (QChar::isSpace(cp) && cp != u' '))
            return tr("The name contains an invisible or control character (U+%1).")
                .arg(QString::number(cp, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (QChar::isLetter(cp)) {
            const QChar::Script script = QChar::script(cp);
            if (script != QChar::Script_Common && script != QChar::Script_Inherited)
                scripts.insert(script);
            continue;
        }
        if (QChar::isDigit(cp) || QChar::isMark(cp))
            continue;
        if (cp < 0x10000 && isApostrophe(QChar(char16_t(cp)))) {
            const bool between = i > 0 && i + 1 < codePoints.size() &&
                                 QChar::isLetter(codePoints.at(i - 1)) &&
                                 QChar::isLetter(codePoints.at(i + 1));
            if (!between)
                return tr("An apostrophe is only allowed between two letters (as in "
                          "\"l'Europe\").");
            continue;
        }
        if (cp < 0x80 && allowedPunctuation.contains(QChar(char16_t(cp))))
            continue;
        return tr("The name contains '%1', which is not allowed; use letters, digits, spaces "
                  "and . , & ( ) - + '.")
            .arg(QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1));
    }
    if (scripts.size() > 1)
        return tr("The name mixes letters of different alphabets (for example a Cyrillic "
                  "letter that looks like a Latin one).");
    if (name.contains(QLatin1String("  ")))
        return tr("The name contains two spaces in a row.");
    return {};
}

QStringList NameRules::reservedSubdomains()
{
    return {QStringLiteral("www"),   QStringLiteral("app"),      QStringLiteral("api"),
            QStringLiteral("admin"), QStringLiteral("mail"),     QStringLiteral("smtp"),
            QStringLiteral("imap"),  QStringLiteral("ftp"),      QStringLiteral("ns1"),
            QStringLiteral("ns2"),   QStringLiteral("localhost")};
}

QString NameRules::validateSubdomain(const QString& subdomain)
{
    if (subdomain.isEmpty())
        return tr("The subdomain is empty.");
    const qsizetype bytes = subdomain.toUtf8().size();
    if (bytes > maxLabelBytes)
        return tr("The subdomain is %1 bytes long; a DNS label has at most %2.")
            .arg(bytes)
            .arg(maxLabelBytes);
    for (QChar c : subdomain) {
        if (c >= u'A' && c <= u'Z')
            return tr("The subdomain must be lower case.");
        if (!isAsciiLowerOrDigit(c) && c != u'-')
            return tr("The subdomain \"%1\" may only contain a-z, 0-9 and '-'.")
                .arg(shown(subdomain));
    }
    if (subdomain.startsWith(u'-') || subdomain.endsWith(u'-'))
        return tr("The subdomain must not start or end with '-'.");
    if (subdomain.startsWith(QLatin1String("xn--")))
        return tr("Punycode subdomains (xn--…) are not accepted; use plain letters.");
    if (reservedSubdomains().contains(subdomain))
        return tr("The subdomain \"%1\" is reserved.").arg(subdomain);
    return {};
}

QString NameRules::validateDatabaseName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return validateIdentifier(
        name, pattern,
        tr("The database name \"%1\" may only contain letters, digits and '_', and must not "
           "start with a digit."));
}

QString NameRules::validateNewDatabaseName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    return validateIdentifier(
        name, pattern,
        tr("The new database name \"%1\" may only contain a-z, 0-9 and '_', and must not "
           "start with a digit."));
}

QString NameRules::collisionKey(const QString& name)
{
    QString key = name.toLower();
    for (QChar& c : key) {
        if (c == u'_' || c == u'.')
            c = u'-';
    }
    return key;
}

QString NameRules::findCollision(const QString& candidate, const QStringList& existing)
{
    const QString key = collisionKey(candidate);
    for (const QString& other : existing) {
        if (collisionKey(other) == key)
            return other;
    }
    return {};
}

QString NameRules::suggestSubdomain(const QString& displayName, const QStringList& existing)
{
    const QString decomposed = displayName.normalized(QString::NormalizationForm_KD);
    QString slug;
    bool pendingDash = false;
    for (QChar c : decomposed) {
        if (c.isMark())
            continue; // the accent of a decomposed "í"
        const QChar lower = c.toLower();
        if (isAsciiLowerOrDigit(lower)) {
            if (pendingDash && !slug.isEmpty())
                slug.append(u'-');
            pendingDash = false;
            slug.append(lower);
        } else {
            pendingDash = true;
        }
    }
    slug.truncate(maxLabelBytes);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.isEmpty())
        return {};
    if (!validateSubdomain(slug).isEmpty() && !reservedSubdomains().contains(slug))
        return {};
    QString candidate = slug;
    for (int n = 2;
         reservedSubdomains().contains(candidate) || !findCollision(candidate, existing).isEmpty();
         ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        QString base = slug.left(maxLabelBytes - suffix.size());
        while (base.endsWith(u'-'))
            base.chop(1);
        candidate = base + suffix;
    }
    return candidate;
}

} // namespace vigie
