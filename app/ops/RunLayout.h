#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace vigie {

// Where runs and locks live on a server, and the small `sh -s` scripts that read and act on
// them. Every script is sent on stdin to `sh -s` (the login shell may not be POSIX), starts
// with the same prelude (runs directory, liveness test, record printer) and gets its run ids
// and lock names only after validation, through shellQuote.
//
//   <runs>/<id>/meta.json script.sh log pid started current steps/N.rc status
//   <runs>/locks/<target>.lock (flock, held by the runner)  <target>.holder (who, since when)
class RunLayout
{
    Q_DECLARE_TR_FUNCTIONS(RunLayout)
public:
    // Empty: /var/lib/vigie/runs for root, ~/.local/state/vigie/runs otherwise; "~/x" is
    // relative to the remote home.
    explicit RunLayout(QString runsDirectory = {});

    static QString shellCommand() { return QStringLiteral("sh -s"); }

    // "20261123T101500Z-3f9a7c": UTC time of the start plus a random suffix.
    static QString newRunId(const QDateTime& nowUtc = QDateTime::currentDateTimeUtc());
    static bool isValidRunId(const QString& id);
    // 16 hex digits; marks the runner's lines in the log so step output cannot forge them.
    static QByteArray newNonce();
    // Empty when acceptable, otherwise a translated reason.
    static QString validateLockTarget(const QString& target);
    // File name stem for a target: [A-Za-z0-9_-] kept, every other byte %XX (one to one).
    static QByteArray lockFileStem(const QString& target);
    static constexpr int maxLockTargets = 7; // the runner holds them on fds 3..9

    // Creates the run directory, writes meta.json and script.sh, launches the runner detached
    // and waits (at most 5 s) until it holds its locks. Prints `started\t<pid>`, or `refused`
    // then the holder's key=value lines, or `error\t<text>`.
    QByteArray startScript(const QString& runId, const QByteArray& metaJson,
                           const QByteArray& runnerScript) const;
    // One run's record lines (see RunRecordParser), a line "@@log", then the log from byte
    // `offset`: followed live (GNU tail --pid) while the runner lives, else what is there.
    QByteArray followScript(const QString& runId, qint64 offset) const;
    // Records of the newest `limit` runs, then the lock holders.
    QByteArray listScript(int limit) const;
    QByteArray logScript(const QString& runId) const;
    // TERM to the runner's process group, KILL after `graceSeconds`; prints missing | final |
    // lost | cancelled.
    QByteArray cancelScript(const QString& runId, int graceSeconds = 10) const;
    // Removes a holder record whose flock is free; prints none | busy | cleared.
    QByteArray clearLockScript(const QString& target) const;

private:
    QByteArray prelude() const;
    QByteArray runPath(const QString& runId) const;

    QString m_runsDirectory;
};

} // namespace vigie
