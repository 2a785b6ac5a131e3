#include "MailParser.h"

#include "LineReader.h"
#include "ProbeText.h"

#include <QLocale>

#include <algorithm>

namespace vigie {

namespace {

// The fixed field counts of the records that end with free text.
constexpr qsizetype QueueFields = 9;
constexpr qsizetype TlsFields = 10;

DkimCheck& dkimEntry(MailStatus* mail, const QString& selector, const QString& domain)
{
    for (DkimCheck& check : mail->dkim) {
        if (check.selector == selector && check.domain == domain)
            return check;
    }
    DkimCheck check;
    check.selector = selector;
    check.domain = domain;
    mail->dkim.append(check);
    return mail->dkim.last();
}

MailTlsCheck& tlsEntry(MailStatus* mail, const QString& name, const QString& address,
                       const QString& mode)
{
    for (MailTlsCheck& check : mail->tls) {
        if (check.name == name && check.address == address && check.mode == mode)
            return check;
    }
    MailTlsCheck check;
    check.name = name;
    check.address = address;
    check.mode = mode;
    mail->tls.append(check);
    return mail->tls.last();
}

// The characters of the quoted strings of one TXT record as dig prints it, joined: "a" "b" is
// "ab"; \" \\ and \DDD are dig's escapes.
QString txtStrings(const QString& record)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record.at(i);
        if (c == u'"') {
            quoted = !quoted;
        } else if (quoted && c == u'\\' && i + 1 < record.size()) {
            const QString digits = record.mid(i + 1, 3);
            bool number = false;
            const int code = digits.size() == 3 ? digits.toInt(&number) : 0;
            if (number && code < 256) {
                out.append(QChar(code));
                i += 3;
            } else {
                out.append(record.at(++i));
            }
        } else if (quoted) {
            out.append(c);
        }
    }
    return out;
}

bool isBase64(QByteArrayView text)
{
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '+' || c == '/' || c == '=';
    });
}

bool readCertificate(const QList<QByteArrayView>& fields, SeenCertificate* seen)
{
    seen->state = ProbeText::text(fields.at(5));
    seen->error = ProbeText::text(fields.at(9)).trimmed();
    if (seen->state != QLatin1String("ok"))
        return true;
    QByteArray hex = fields.at(6).toByteArray();
    hex.replace(':', QByteArray());
    const QByteArray sha256 = QByteArray::fromHex(hex);
    if (sha256.size() != 32 || hex.size() != 64)
        return false;
    seen->sha256 = sha256;
    seen->notAfter = MailParser::opensslTime(fields.at(7));
    seen->subject = ProbeText::text(fields.at(8));
    return true;
}

} // namespace

QByteArray MailParser::dkimPublicKey(const QString& record)
{
    const QString text = txtStrings(record);
    bool dkim = false;
    QByteArray key;
    bool haveKey = false;
    for (const QString& tag : text.split(u';')) {
        const qsizetype equals = tag.indexOf(u'=');
        if (equals < 0)
            continue;
        const QString name = tag.first(equals).trimmed();
        QString value = tag.sliced(equals + 1);
        value.remove(u' ').remove(u'\t').remove(u'\r').remove(u'\n');
        if (name == QLatin1String("v"))
            dkim = value == QLatin1String("DKIM1");
        else if (name == QLatin1String("p")) {
            key = value.toLatin1();
            haveKey = true;
        }
    }
    // v= is optional (RFC 6376 §3.6.1) but must be DKIM1 when present and first.
    if (!haveKey || (!dkim && text.trimmed().startsWith(QLatin1String("v="))))
        return {};
    return key;
}

QDateTime MailParser::opensslTime(QByteArrayView text)
{
    // Read as a date and a time, then put in UTC: a local-time parse could land in a DST gap.
    const QList<QByteArrayView> parts = ProbeText::fields(text);
    if (parts.size() != 5 || parts.last() != "GMT")
        return {};
    const QDate date =
        QLocale::c().toDate(ProbeText::text(parts.at(0)) + u' ' + ProbeText::text(parts.at(1)) +
                                u' ' + ProbeText::text(parts.at(3)),
                            QStringLiteral("MMM d yyyy"));
    const QTime time = QTime::fromString(ProbeText::text(parts.at(2)), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

SectionStatus MailParser::parse(QByteArrayView payload, int exitCode, MailStatus* mail)
{
    if (const QString problem = ProbeText::problem(payload); !problem.isEmpty())
        return ProbeText::unparseable(problem);
    if (exitCode != 0)
        return ProbeText::failed(QStringLiteral("mail"), exitCode, payload);
    if (payload.trimmed().isEmpty())
        return ProbeText::unparseable(ProbeText::noOutput());

    MailStatus parsed;
    QStringList warnings;
    bool ended = false;
    LineReader reader(payload);
    while (!reader.atEnd()) {
        const QByteArrayView line = reader.next();
        if (line.trimmed().isEmpty())
            continue;
        const auto bad = [&] {
            return ProbeText::unparseable(ProbeText::unexpectedLine(reader.lineNumber(), line));
        };
        const QList<QByteArrayView> head = ProbeText::split(line, '\t', 2);
        const QByteArrayView type = head.first();
        if (type == "end" && head.size() == 1) {
            ended = true;
        } else if (type == "systemd") {
            if (head.size() != 2 || (head.at(1) != "0" && head.at(1) != "1"))
                return bad();
            parsed.systemd = head.at(1) == "1";
        } else if (type == "unit") {
            const QList<QByteArrayView> f = ProbeText::split(line, '\t', 6);
            if (f.size() < 3 || f.at(1).isEmpty())
                return bad();
            MailUnitState unit;
            unit.name = ProbeText::text(f.at(1));
            if (f.at(2) == "systemd" && f.size() == 6) {
                unit.source = MailUnitState::Source::Systemd;
                unit.loadState = ProbeText::text(f.at(3));
                unit.state = ProbeText::text(f.at(4));
                unit.subState = ProbeText::text(f.at(5));
            } else if (f.at(2) == "pidfile" && f.size() == 6) {
                unit.source = MailUnitState::Source::PidFile;
                unit.state = ProbeText::text(f.at(3));
                unit.pid = ProbeText::toInt64(f.at(4)).value_or(0);
                unit.pidFile = ProbeText::text(f.at(5));
            } else if (f.at(2) != "none" || f.size() != 3) {
                return bad();
            }
            parsed.units.append(unit);
        } else if (type == "queue") {
            const QList<QByteArrayView> f = ProbeText::split(line, '\t', QueueFields);
            if (f.size() < 3)
                return bad();
            MailQueue queue;
            queue.instance = ProbeText::text(f.at(1));
            queue.tool = ProbeText::text(f.at(2));
            if (queue.tool == QLatin1String("none") && f.size() == 3) {
                queue.tool.clear();
                parsed.queues.append(queue);
                continue;
            }
            if (f.size() != QueueFields ||
                (queue.tool != QLatin1String("postqueue") && queue.tool != QLatin1String("mailq")))
                return bad();
            const std::optional<qint64> rc = ProbeText::toInt64(f.at(3));
            if (!rc)
                return bad();
            queue.exitCode = int(qBound(qint64(0), *rc, qint64(255)));
            const auto count = [](QByteArrayView v) {
                const std::optional<qint64> n = ProbeText::toInt64(v);
                return n && *n >= 0 ? *n : qint64(-1);
            };
            queue.total = count(f.at(4));
            queue.deferred = count(f.at(5));
            queue.active = qMax<qint64>(0, count(f.at(6)));
            queue.hold = qMax<qint64>(0, count(f.at(7)));
            queue.error = ProbeText::text(f.at(8)).trimmed();
            if (queue.exitCode != 0)
                queue.total = queue.deferred = -1; // a failed report counts nothing
            parsed.queues.append(queue);
        } else if (type == "dkim-key") {
            const QList<QByteArrayView> f = ProbeText::split(line, '\t', 5);
            if (f.size() != 5 || !isBase64(f.at(4)))
                return bad();
            DkimCheck& check =
                dkimEntry(&parsed, ProbeText::text(f.at(1)), ProbeText::text(f.at(2)));
            check.keyState = ProbeText::text(f.at(3));
            check.diskKey = f.at(4).toByteArray();
        } else if (type == "dkim-dns" || type == "dkim-dns-rc") {
            const QList<QByteArrayView> f = ProbeText::split(line, '\t', 4);
            if (f.size() != 4)
                return bad();
            DkimCheck& check =
                dkimEntry(&parsed, ProbeText::text(f.at(1)), ProbeText::text(f.at(2)));
            const QString value = ProbeText::text(f.at(3)).trimmed();
            if (type == "dkim-dns-rc") {
                if (value == QLatin1String("not-installed")) {
                    check.dnsError = tr("dig is not installed on the server");
                } else {
                    const std::optional<qint64> rc = ProbeText::toInt64(f.at(3));
                    if (!rc)
                        return bad();
                    check.dnsExitCode = int(qBound(qint64(0), *rc, qint64(255)));
                }
            } else if (value.startsWith(u'"')) {
                check.dnsRecords.append(value);
            } else if (value.startsWith(QLatin1String(";;"))) {
                check.dnsError = (check.dnsError.isEmpty() ? QString() : check.dnsError + u' ') +
                                 value.mid(2).trimmed();
            }
            // Other lines (a CNAME's target): not a record of this name.
        } else if (type == "tls") {
            const QList<QByteArrayView> f = ProbeText::split(line, '\t', TlsFields);
            if (f.size() != TlsFields || (f.at(4) != "served" && f.at(4) != "disk"))
                return bad();
            MailTlsCheck& check = tlsEntry(&parsed, ProbeText::text(f.at(1)),
                                           ProbeText::text(f.at(2)), ProbeText::text(f.at(3)));
            if (!readCertificate(f, f.at(4) == "served" ? &check.served : &check.disk))
                return bad();
        } else if (ProbeText::isToolDiagnostic(line)) {
            warnings.append(ProbeText::excerpt(line));
        } else {
            return bad();
        }
    }
    if (!ended)
        return ProbeText::unparseable(tr("The mail checks did not run to their end."));
    for (DkimCheck& check : parsed.dkim) {
        for (const QString& record : std::as_const(check.dnsRecords)) {
            check.dnsKey = dkimPublicKey(record);
            if (!check.dnsKey.isEmpty())
                break;
        }
    }
    *mail = parsed;
    return ProbeText::ok(warnings.join(QLatin1String(" / ")));
}

} // namespace vigie
