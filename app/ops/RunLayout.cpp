#include "RunLayout.h"

#include "core/ShellQuote.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace vigie {

namespace {

QByteArray randomHex(int digits)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray text;
    text.reserve(digits);
    for (int i = 0; i < digits; ++i)
        text.append(hex[QRandomGenerator::system()->bounded(16)]);
    return text;
}

// Shared by every script: RUNS, alive DIR (the runner of that run still exists: pid file and
// a process whose command line is that run's script.sh, so a reused pid does not count), and
// record DIR (the lines RunRecordParser reads).
const char preludeFunctions[] = R"SH(
alive() {
    p=$(cat "$1/pid" 2>/dev/null) || return 1
    case $p in '' | *[!0-9]*) return 1 ;; esac
    if [ -d /proc/self ]; then
        [ -r "/proc/$p/cmdline" ] || return 1
        tr '\000' '\n' <"/proc/$p/cmdline" 2>/dev/null | grep -qx ".*/${1##*/}/script\.sh"
    else
        kill -0 "$p" 2>/dev/null
    fi
}
field() {
    [ -f "$1/$2" ] && printf '%s\t%s\n' "$2" "$(tr '\n' ' ' <"$1/$2")"
    return 0
}
record() {
    printf 'run\t%s\n' "${1##*/}"
    if [ -f "$1/meta.json" ]; then
        printf 'meta\t'
        tr -d '\n' <"$1/meta.json"
        printf '\n'
    fi
    field "$1" started
    field "$1" status
    field "$1" current
    if alive "$1"; then printf 'alive\t1\n'; else printf 'alive\t0\n'; fi
    printf 'end\n'
}
)SH";

} // namespace

RunLayout::RunLayout(QString runsDirectory)
    : m_runsDirectory(std::move(runsDirectory))
{}

QString RunLayout::newRunId(const QDateTime& nowUtc)
{
    return nowUtc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z-'")) +
           QString::fromLatin1(randomHex(6));
}

bool RunLayout::isValidRunId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z][0-9A-Za-z-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

QByteArray RunLayout::newNonce()
{
    return randomHex(16);
}

QString RunLayout::validateLockTarget(const QString& target)
{
    if (target.isEmpty())
        return tr("A lock target cannot be empty.");
    if (target.size() > 120)
        return tr("The lock target %1 is longer than 120 characters.").arg(target.left(40));
    for (const QChar c : target) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c.isSpace())
            return tr("The lock target %1 contains spaces or control characters.")
                .arg(target.toHtmlEscaped());
    }
    return {};
}

QByteArray RunLayout::lockFileStem(const QString& target)
{
    QByteArray stem;
    for (const char c : target.toUtf8()) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (plain)
            stem.append(c);
        else
            stem.append('%').append(QByteArray::number(uchar(c), 16).rightJustified(2, '0'));
    }
    return stem;
}

QByteArray RunLayout::prelude() const
{
    QByteArray text = "umask 077\n";
    if (m_runsDirectory.isEmpty()) {
        text += "if [ \"$(id -u)\" = 0 ]; then RUNS=/var/lib/vigie/runs;"
                " else RUNS=\"$HOME/.local/state/vigie/runs\"; fi\n";
    } else if (m_runsDirectory.startsWith(QLatin1String("~/"))) {
        text += "RUNS=\"$HOME\"/" + shellQuote(m_runsDirectory.mid(2).toUtf8()) + '\n';
    } else {
        text += "RUNS=" + shellQuote(m_runsDirectory.toUtf8()) + '\n';
    }
    text += preludeFunctions;
    return text;
}

QByteArray RunLayout::runPath(const QString& runId) const
{
    Q_ASSERT(isValidRunId(runId));
    return "\"$RUNS\"/" + shellQuote(runId.toUtf8());
}

QByteArray RunLayout::startScript(const QString& runId, const QByteArray& metaJson,
                                  const QByteArray& runnerScript) const
{
    // Here-documents with a quoted, random delimiter: their text is written as is.
    QByteArray delimiter;
    do {
        delimiter = "VIGIE_EOF_" + newNonce();
    } while (metaJson.contains(delimiter) || runnerScript.contains(delimiter));
    QByteArray text = prelude();
    text += "ID=" + shellQuote(runId.toUtf8()) + "\nRUN=" + runPath(runId) + "\n";
    text += R"SH(
fail() { printf 'error\t%s\n' "$*"; exit 0; }
e=$(mkdir -p "$RUNS/locks" 2>&1) || fail "$e"
e=$(mkdir "$RUN" 2>&1) || fail "$e"
mkdir "$RUN/steps" || fail "cannot create $RUN/steps"
)SH";
    text += "cat >\"$RUN/meta.json\" <<'" + delimiter + "'\n" + metaJson;
    if (!metaJson.endsWith('\n'))
        text += '\n';
    text += delimiter + "\ncat >\"$RUN/script.sh\" <<'" + delimiter + "'\n" + runnerScript;
    if (!runnerScript.endsWith('\n'))
        text += '\n';
    text += delimiter + "\n";
    text += R"SH(: >"$RUN/log" || fail "cannot write $RUN/log"
# Detached: a systemd unit where systemd is PID 1 and we may use it, else its own session.
if [ "$(id -u)" = 0 ] && [ -d /run/systemd/system ] && command -v systemd-run >/dev/null 2>&1; then
    e=$(systemd-run --unit="vigie-$ID" --quiet --collect --setenv=HOME="$HOME" \
        /bin/sh "$RUN/script.sh" "$RUN" 2>&1 </dev/null) || fail "$e"
else
    setsid nohup /bin/sh "$RUN/script.sh" "$RUN" </dev/null >/dev/null 2>&1 &
fi
i=0
while [ "$i" -lt 50 ]; do
    if [ -f "$RUN/refused" ]; then
        printf 'refused\n'
        cat "$RUN/refused"
        sleep 0.2
        rm -rf -- "$RUN"
        exit 0
    fi
    if [ -f "$RUN/started" ]; then
        printf 'started\t%s\n' "$(cat "$RUN/pid")"
        exit 0
    fi
    sleep 0.1
    i=$((i + 1))
done
fail "the runner did not start within 5 s"
)SH";
    return text;
}

QByteArray RunLayout::followScript(const QString& runId, qint64 offset) const
{
    QByteArray text = prelude();
    text += "RUN=" + runPath(runId) + "\nFROM=" + QByteArray::number(offset + 1) + '\n';
    text += R"SH(
if [ ! -f "$RUN/log" ]; then printf 'missing\n@@log\n'; exit 0; fi
record "$RUN"
printf '@@log\n'
if alive "$RUN" && tail --version 2>/dev/null | grep -q GNU; then
    exec tail -c "+$FROM" -f -s 0.2 --pid="$(cat "$RUN/pid")" "$RUN/log"
fi
exec tail -c "+$FROM" "$RUN/log"
)SH";
    return text;
}

QByteArray RunLayout::listScript(int limit) const
{
    QByteArray text = prelude();
    text += "LIMIT=" + QByteArray::number(qMax(1, limit)) + '\n';
    text += R"SH(
[ -d "$RUNS" ] || exit 0
ls -1 "$RUNS" | grep -v -e '^locks$' -e '^state$' | sort -r | head -n "$LIMIT" | while IFS= read -r id; do
    [ -f "$RUNS/$id/meta.json" ] && [ ! -f "$RUNS/$id/refused" ] && record "$RUNS/$id"
done
# A holder record whose flock is free belongs to a dead run unless that run finished.
for h in "$RUNS"/locks/*.holder; do
    [ -f "$h" ] || continue
    stale=0
    if flock -n "${h%.holder}.lock" true 2>/dev/null; then
        r=$(sed -n 's/^run=//p' "$h")
        [ -n "$r" ] && [ -f "$RUNS/$r/status" ] && continue
        stale=1
    fi
    printf 'lock\t%s\n' "$stale"
    while IFS= read -r line; do printf 'holder\t%s\n' "$line"; done <"$h"
    printf 'end\n'
done
exit 0
)SH";
    return text;
}

QByteArray RunLayout::logScript(const QString& runId) const
{
    QByteArray text = prelude();
    text += "RUN=" + runPath(runId) + '\n';
    text += R"SH(
[ -f "$RUN/log" ] || { echo "no such run: ${RUN##*/}" >&2; exit 3; }
exec cat "$RUN/log"
)SH";
    return text;
}

QByteArray RunLayout::cancelScript(const QString& runId, int graceSeconds) const
{
    QByteArray text = prelude();
    text += "ID=" + shellQuote(runId.toUtf8()) + "\nRUN=" + runPath(runId) +
            "\nGRACE=" + QByteArray::number(qMax(1, graceSeconds) * 10) + '\n';
    text += R"SH(
[ -d "$RUN" ] || { echo missing; exit 0; }
[ -f "$RUN/status" ] && { echo final; exit 0; }
alive "$RUN" || { echo lost; exit 0; }
p=$(cat "$RUN/pid")
# The runner leads its own process group: TERM reaches the step too. Its trap records where
# it stopped; KILL whatever is left after the grace period.
kill -s TERM -- "-$p" 2>/dev/null || kill -s TERM "$p" 2>/dev/null
i=0
while [ "$i" -lt "$GRACE" ] && alive "$RUN"; do
    sleep 0.1
    i=$((i + 1))
done
kill -s KILL -- "-$p" 2>/dev/null
if [ ! -f "$RUN/status" ]; then
    sleep 0.2
    c=$(cat "$RUN/current" 2>/dev/null) || c=-1
    printf 'cancelled %s\n%s\n' "$c" "$(date +%s)" >"$RUN/status.tmp" && mv -f "$RUN/status.tmp" "$RUN/status"
    for h in "$RUNS"/locks/*.holder; do
        [ -f "$h" ] && grep -qx "run=$ID" "$h" && rm -f -- "$h"
    done
fi
echo cancelled
)SH";
    return text;
}

QByteArray RunLayout::clearLockScript(const QString& target) const
{
    QByteArray text = prelude();
    text += "LOCK=\"$RUNS/locks/\"" + shellQuote(lockFileStem(target)) + '\n';
    text += R"SH(
[ -f "$LOCK.holder" ] || { echo none; exit 0; }
exec 9>>"$LOCK.lock"
flock -n 9 || { echo busy; cat "$LOCK.holder"; exit 0; }
rm -f -- "$LOCK.holder"
echo cleared
)SH";
    return text;
}

} // namespace vigie
