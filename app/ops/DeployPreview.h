#pragma once

#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace vigie {

class SshConnection;

// What a deploy would change, as seen on the server right now.
struct DeployPreviewResult
{
    struct Commit
    {
        QString hash;
        QString author;
        QDateTime date;
        QString subject;
    };
    struct ChangedFile
    {
        QChar status; // git's letter: A added, M modified, D deleted, T type changed…
        QString path; // relative to the repository
    };

    QString currentCommit; // the working copy's HEAD
    QString targetCommit;  // full hash the plan should deploy (DeployOptions::commit)
    QList<Commit> commits; // HEAD..target, newest first
    QList<ChangedFile> files;
    QStringList migrationFiles; // files changed under DeployApp::migrationsPath
    QStringList localChanges;   // tracked files modified on the server (a reset loses them)

    bool upToDate() const { return currentCommit == targetCommit; }
    bool migrationsChanged() const { return !migrationFiles.isEmpty(); }
};

// The deploy wizard's read-only "what will change" step: ONE exec that runs `git fetch`, then
// reads HEAD, the target commit, `git log HEAD..<target>` and the changed files.
class DeployPreview : public QObject
{
    Q_OBJECT
public:
    explicit DeployPreview(SshConnection* connection, QObject* parent = nullptr);

    // target: a commit (hash) to preview instead of <remote>/<branch> (vigie-cli --commit).
    // -> ready or failed, once.
    void start(const ServerProfile::DeployApp& app, const QString& target = {});

    // The remote script and its parser, public for tests. script() returns an empty string and
    // sets *error when the app's names do not validate.
    static QString script(const ServerProfile::DeployApp& app, const QString& target,
                          QString* error);
    static bool parse(const QByteArray& output, const QString& migrationsPath,
                      DeployPreviewResult* result, QString* error);

signals:
    void ready(const vigie::DeployPreviewResult& result);
    void failed(const QString& message);

private:
    QPointer<SshConnection> m_connection;
};

} // namespace vigie
