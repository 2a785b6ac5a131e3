#include "DeployPreview.h"

#include "DeployPlanner.h"
#include "core/ShellQuote.h"
#include "fleet/ServiceCommands.h"
#include "ssh/ExecJob.h"
#include "ssh/SshConnection.h"

namespace vigie {

namespace {

constexpr qsizetype outputLimit = 8 * 1024 * 1024;

// Sections of the script's output, in the order it prints them. Every section but the last
// is newline-separated text; the last (files) is NUL-separated (`git diff -z`).
const char* const sectionNames[] = {"head", "target", "commits", "local", "files"};

QString normalizedMigrationsPath(QString path)
{
    while (path.startsWith(QLatin1String("./")))
        path.remove(0, 2);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}

} // namespace

DeployPreview::DeployPreview(SshConnection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{}

QString DeployPreview::script(const ServerProfile::DeployApp& app, const QString& target,
                              QString* error)
{
    auto refuse = [error](const QString& message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!ServiceCommands::isValidRemotePath(app.path))
        return refuse(DeployPlanner::tr("Invalid path %1 for %2.").arg(app.path, app.name));
    if (!DeployPlanner::isValidGitRefName(app.remote))
        return refuse(DeployPlanner::tr("Invalid git remote %1.").arg(app.remote));
    if (!DeployPlanner::isValidGitRefName(app.branch))
        return refuse(DeployPlanner::tr("Invalid git branch %1.").arg(app.branch));
    if (!target.isEmpty() && !DeployPlanner::isValidCommit(target)) {
        return refuse(
            DeployPlanner::tr("Invalid commit %1: expected a hexadecimal hash.").arg(target));
    }
    const QString ref = target.isEmpty() ? app.remote + QLatin1Char('/') + app.branch : target;
    return QStringLiteral("set -e\n"
                          "cd %1\n"
                          "git fetch --quiet %2\n"
                          "target=$(git rev-parse --verify %3)\n"
                          "printf '@@head\\n'\n"
                          "git rev-parse --verify HEAD\n"
                          "printf '@@target\\n%s\\n' \"$target\"\n"
                          "printf '@@commits\\n'\n"
                          "git log --no-color --format='%H%x1f%an%x1f%aI%x1f%s' \"HEAD..$target\"\n"
                          "printf '@@local\\n'\n"
                          "git status --porcelain --untracked-files=no\n"
                          "printf '@@files\\n'\n"
                          "git diff --no-color --no-renames --name-status -z HEAD \"$target\"\n")
        .arg(shellQuote(app.path), shellQuote(app.remote),
             shellQuote(ref + QStringLiteral("^{commit}")));
}

bool DeployPreview::parse(const QByteArray& output, const QString& migrationsPath,
                          DeployPreviewResult* result, QString* error)
{
    // Cut the output at its markers, in order. A section's text runs from the end of its
    // marker line to the start of the next marker.
    QList<QByteArray> sections;
    qsizetype previousStart = -1; // where the previous section's text starts
    for (const char* name : sectionNames) {
        const QByteArray marker = QByteArray("@@") + name + '\n';
        qsizetype at = -1;
        if (previousStart < 0) {
            at = output.startsWith(marker) ? 0 : output.indexOf('\n' + marker);
            at = at > 0 ? at + 1 : at;
        } else {
            at = output.indexOf('\n' + marker, previousStart - 1);
            if (at >= 0) {
                ++at;
                sections.append(output.mid(previousStart, at - previousStart));
            }
        }
        if (at < 0) {
            if (error)
                *error = DeployPlanner::tr("The server's git output is incomplete.");
            return false;
        }
        previousStart = at + marker.size();
    }
    sections.append(output.mid(previousStart));

    DeployPreviewResult parsed;
    parsed.currentCommit = QString::fromUtf8(sections[0].trimmed());
    parsed.targetCommit = QString::fromUtf8(sections[1].trimmed());
    if (!DeployPlanner::isValidCommit(parsed.currentCommit) ||
        !DeployPlanner::isValidCommit(parsed.targetCommit)) {
        if (error)
            *error = DeployPlanner::tr("The server's git output has no valid commit.");
        return false;
    }
    for (const QByteArray& line : sections[2].split('\n')) {
        const QList<QByteArray> fields = line.split('\x1f');
        if (fields.size() < 4)
            continue;
        DeployPreviewResult::Commit commit;
        commit.hash = QString::fromUtf8(fields[0]);
        commit.author = QString::fromUtf8(fields[1]);
        commit.date = QDateTime::fromString(QString::fromUtf8(fields[2]), Qt::ISODate);
        // A subject may itself contain the separator: keep the rest whole.
        commit.subject = QString::fromUtf8(fields.mid(3).join('\x1f'));
        parsed.commits.append(commit);
    }
    for (const QByteArray& line : sections[3].split('\n')) {
        if (line.size() > 3) // "XY path"
            parsed.localChanges.append(QString::fromUtf8(line.mid(3)));
    }
    const QList<QByteArray> fields = sections[4].split('\0');
    const QString migrations = normalizedMigrationsPath(migrationsPath);
    for (qsizetype i = 0; i + 1 < fields.size(); i += 2) {
        if (fields[i].isEmpty())
            break;
        DeployPreviewResult::ChangedFile file;
        file.status = QLatin1Char(fields[i].at(0));
        file.path = QString::fromUtf8(fields[i + 1]);
        parsed.files.append(file);
        if (!migrations.isEmpty() &&
            (file.path == migrations || file.path.startsWith(migrations + QLatin1Char('/'))))
            parsed.migrationFiles.append(file.path);
    }
    *result = parsed;
    return true;
}

void DeployPreview::start(const ServerProfile::DeployApp& app, const QString& target)
{
    QString error;
    const QString text = script(app, target, &error);
    if (text.isEmpty() || !m_connection) {
        if (error.isEmpty())
            error = DeployPlanner::tr("Not connected.");
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    ExecJob* job = m_connection->exec(QStringLiteral("sh -s"), text.toUtf8());
    job->setCollectOutput(outputLimit);
    const QString migrationsPath = app.migrationsPath;
    connect(job, &ExecJob::finished, this, [this, job, migrationsPath](const ExecResult& result) {
        job->deleteLater();
        if (!result.succeeded()) {
            const QString details = QString::fromUtf8(job->collectedStderr()).trimmed();
            emit failed(details.isEmpty() ? result.describe()
                                          : result.describe() + QLatin1Char('\n') + details);
            return;
        }
        if (job->outputTruncated()) {
            emit failed(DeployPlanner::tr("The list of changes is too large to show."));
            return;
        }
        DeployPreviewResult preview;
        QString parseError;
        if (!parse(job->collectedStdout(), migrationsPath, &preview, &parseError)) {
            emit failed(parseError);
            return;
        }
        emit ready(preview);
    });
}

} // namespace vigie
