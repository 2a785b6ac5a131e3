// The restore's safety dump and the deploy's snapshot in a directory other local users share
// (issue 17, item 7): run over SSH on the fixture with its real pg_dump and gpg, the way the
// runner runs a step (/bin/sh -ec). A symlink planted at a predictable name never receives the
// dump, and a directory others can write without the sticky bit is refused.
#include "SshTestSupport.h"
#include "core/ShellQuote.h"
#include "fleet/ServerProfile.h"
#include "ops/DeployPlanner.h"
#include "ops/RestorePlanner.h"

#include <QJsonDocument>
#include <QtTest>

#include <sys/stat.h>

using namespace vigie;
using namespace vigie::test;

namespace {

const QString AlphaDb = QStringLiteral("medicalpro_clinic_1b3f5c2e8a4d4e6f9b1a2c3d4e5f6a7b");

PlanStep stepTitled(const Plan& plan, const QString& start)
{
    for (const PlanStep& step : plan.steps) {
        if (step.title.startsWith(start))
            return step;
    }
    return {};
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    ServerProfile m_profile;

    ExecCapture runStep(const PlanStep& step)
    {
        return execAndWait(
            *m_connection,
            shellCommand({QStringLiteral("/bin/sh"), QStringLiteral("-ec"), step.command}), {},
            120000);
    }

    // A directory with this mode (chmod, so the umask does not interfere).
    QString sharedDirectory(const QString& name, mode_t mode)
    {
        const QString path = m_dir.filePath(name);
        if (!QDir().mkpath(path) || ::chmod(QFile::encodeName(path).constData(), mode) != 0)
            return {};
        return path;
    }

    QString victim(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("untouched\n");
        return path;
    }

    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
    }

    Plan restorePlan(const QString& directory)
    {
        ServerProfile profile = m_profile;
        profile.safetyDumpDirectory = directory;
        RestoreRequest request;
        request.database = AlphaDb;
        request.backupFile = QStringLiteral("/nonexistent/clinic.dump.gpg"); // not run here
        request.tenantSubdomain = QStringLiteral("alpha");
        QString error;
        const Plan plan = RestorePlanner::plan(profile, request, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return plan;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QFile json(m_fixture.dir + QStringLiteral("/profile.json"));
        QVERIFY2(json.open(QIODevice::ReadOnly), "the full fixture is not up");
        m_profile = ServerProfile::fromJson(QJsonDocument::fromJson(json.readAll()).object());
        QVERIFY(!m_profile.backupPassphraseFile.isEmpty()); // the dump goes through gpg
        QVERIFY(!m_profile.deployApps.isEmpty());
        const QString knownHosts = m_dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(trustFixtureHostKeys(m_fixture, knownHosts));
        m_engine = new SshEngine(this);
        m_connection = new SshConnection(
            m_engine, fixtureSettings(m_fixture, QStringLiteral("id_ed25519"), knownHosts), this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());
    }

    void safetyDumpIgnoresAPlantedPartial()
    {
        // /tmp-like: everyone may write, the sticky bit protects each one's files.
        const QString dir = sharedDirectory(QStringLiteral("sticky"), 01777);
        QVERIFY(!dir.isEmpty());
        const Plan plan = restorePlan(dir);
        const QString file = plan.parameters.value(QStringLiteral("safetyDump")).toString();
        QVERIFY(file.startsWith(dir + QLatin1Char('/')));
        const PlanStep step = stepTitled(plan, QStringLiteral("Safety dump of"));
        QVERIFY(!step.command.isEmpty());
        // Another user's symlink at the name the dump used to be written to first.
        const QString target = victim(QStringLiteral("victim-restore"));
        QVERIFY(QFile::link(target, file + QStringLiteral(".partial")));

        const ExecCapture capture = runStep(step);
        QVERIFY2(capture.result.succeeded(), capture.err.constData());
        QCOMPARE(contents(target), QByteArray("untouched\n"));
        const QFileInfo dump(file);
        QVERIFY(dump.isFile() && !dump.isSymLink());
        QVERIFY(dump.size() > 100);
        QCOMPARE(dump.permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        // Nothing left behind but the dump and the planted link.
        QCOMPARE(
            QDir(dir)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .size(),
            2);
    }

    void snapshotRefusesAPlantedFinalName()
    {
        const QString dir = sharedDirectory(QStringLiteral("sticky-deploy"), 01777);
        QVERIFY(!dir.isEmpty());
        ServerProfile profile = m_profile;
        profile.safetyDumpDirectory = dir;
        DeployOptions options;
        options.commit = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        options.snapshot = true;
        QString error;
        const Plan plan = DeployPlanner::plan(profile, profile.deployApps.first(), options, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString file = plan.parameters.value(QStringLiteral("snapshotFile")).toString();
        const PlanStep step = stepTitled(plan, QStringLiteral("Snapshot the database"));
        QVERIFY(!step.command.isEmpty());
        const QString target = victim(QStringLiteral("victim-snapshot"));
        QVERIFY(QFile::link(target, file));

        const ExecCapture capture = runStep(step);
        QVERIFY(!capture.result.succeeded());
        QVERIFY2(capture.err.contains("already exists"), capture.err.constData());
        QCOMPARE(contents(target), QByteArray("untouched\n"));
        QVERIFY(QFileInfo(file).isSymLink());
        QCOMPARE(
            QDir(dir)
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .size(),
            1); // no partial file left
    }

    void writableByOthersWithoutStickyIsRefused()
    {
        const QString dir = sharedDirectory(QStringLiteral("open"), 0777);
        QVERIFY(!dir.isEmpty());
        const Plan plan = restorePlan(dir);
        const ExecCapture capture = runStep(stepTitled(plan, QStringLiteral("Safety dump of")));
        QVERIFY(!capture.result.succeeded());
        QVERIFY2(capture.err.contains("can be written by other users and has no sticky bit"),
                 capture.err.constData());
        QVERIFY(QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System |
                                  QDir::NoDotAndDotDot));
    }
};

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
