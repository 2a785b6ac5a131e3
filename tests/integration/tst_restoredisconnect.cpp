// The connection is cut in the middle of a restore (issue 4 "Disconnect", issue 7 point 7):
// the restore goes on and completes on the server, Vigie reattaches by itself and reports the
// final status, and no second restore starts. The database is a scratch tenant-like database
// with enough rows that the safety dump and the restore take seconds, so the cut lands
// while they run.
#include "SshTestSupport.h"
#include "core/ShellQuote.h"
#include "fleet/ServerProfile.h"
#include "ops/RestorePlanner.h"
#include "ops/RunController.h"
#include "ops/RunsClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using namespace vigie;
using namespace vigie::test;

class TestRestoreDisconnect : public QObject
{
    Q_OBJECT

    Fixture m_fixture;
    QTemporaryDir m_dir;
    SshEngine* m_engine = nullptr;
    SshConnection* m_connection = nullptr;
    ServerProfile m_profile;
    QString m_database;
    QString m_backup;

    QString psql() const
    {
        return m_profile.psqlCommand + QStringLiteral(" -X -qAt -v ON_ERROR_STOP=1");
    }

    QByteArray remote(const QString& command)
    {
        const ExecCapture run = execAndWait(*m_connection, command, {}, 120000);
        if (!run.result.succeeded())
            qWarning("remote command failed: %s\n%s", qPrintable(command), run.err.constData());
        return run.out.trimmed();
    }

    QByteArray sql(const QString& database, const QString& query)
    {
        return remote(psql() + QStringLiteral(" -d ") + database + QStringLiteral(" -c ") +
                      shellQuote(query));
    }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QFile profileFile(m_fixture.dir + QStringLiteral("/profile.json"));
        QVERIFY2(profileFile.open(QIODevice::ReadOnly), "the full fixture is not up");
        m_profile =
            ServerProfile::fromJson(QJsonDocument::fromJson(profileFile.readAll()).object());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
        m_engine = new SshEngine(this);
        m_connection =
            new SshConnection(m_engine,
                              fixtureSettings(m_fixture, QStringLiteral("id_ed25519"),
                                              m_dir.filePath(QStringLiteral("known_hosts"))),
                              this);
        QCOMPARE(openAndWait(*m_connection).message(), QString());

        // A tenant-like database (the profile's prefix) of a few hundred thousand rows.
        m_database = m_profile.tenantDatabasePrefix + QStringLiteral("droptest") +
                     QString::number(QRandomGenerator::global()->bounded(100000, 999999));
        sql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + m_database);
        sql(m_database, QStringLiteral("CREATE TABLE visits AS SELECT g AS id, md5(g::text) AS "
                                       "note FROM generate_series(1, 600000) g"));
        QCOMPARE(sql(m_database, QStringLiteral("SELECT count(*) FROM visits")),
                 QByteArray("600000"));
        m_backup = m_fixture.dir + QStringLiteral("/restore-test/") + m_database +
                   QStringLiteral(".dump.gpg");
        const QString pgDump = QString(m_profile.psqlCommand)
                                   .replace(QStringLiteral("psql"), QStringLiteral("pg_dump"));
        remote(QStringLiteral("mkdir -p ") +
               shellQuote(m_fixture.dir + QStringLiteral("/restore-test")) +
               QStringLiteral(" && ") + pgDump + QStringLiteral(" -Fc -d ") + m_database +
               QStringLiteral(" | gpg --batch --yes --quiet --symmetric --passphrase-file ") +
               shellQuote(m_profile.backupPassphraseFile) + QStringLiteral(" --output ") +
               shellQuote(m_backup));
        sql(m_database, QStringLiteral("DELETE FROM visits WHERE id > 500000"));
    }

    void cleanupTestCase()
    {
        if (!m_database.isEmpty()) {
            sql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS ") +
                                                m_database + QStringLiteral(" WITH (FORCE)"));
            remote(QStringLiteral("rm -f ") + shellQuote(m_backup) + QLatin1Char(' ') +
                   shellQuote(m_profile.safetyDumpDirectory) + QLatin1Char('/') + m_database +
                   QStringLiteral("-before-restore-*"));
        }
    }

    void restoreCompletesAcrossADroppedConnection()
    {
        RestoreRequest request;
        request.database = m_database;
        request.backupFile = m_backup;
        QString error;
        const Plan plan = RestorePlanner::plan(m_profile, request, &error);
        QVERIFY2(!plan.steps.isEmpty(), qPrintable(error));

        RunController controller(m_connection);
        controller.setRunsDirectory(m_profile.runsDirectory);
        QSignalSpy lost(&controller, &RunController::connectionLost);
        QSignalSpy reattached(&controller, &RunController::reattached);
        QSignalSpy started(&controller, &RunController::started);
        QSignalSpy finished(&controller, &RunController::finished);
        int safetyStep = -1;
        for (int i = 0; i < plan.steps.size(); ++i)
            if (plan.steps[i].title.contains(u"afety", Qt::CaseInsensitive) && safetyStep < 0)
                safetyStep = i;
        QVERIFY(safetyStep > 0);
        bool cut = false;
        connect(&controller, &RunController::stepStarted, this, [&](int index) {
            if (index != safetyStep || cut)
                return;
            cut = true;
            int code = -1;
            runProgram(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                           QStringLiteral("/tests/fixtures/sshd-fixture.sh"),
                       {QStringLiteral("kill-sessions"), m_fixture.dir}, &code);
            QCOMPARE(code, 0);
        });
        controller.start(plan);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 240000));
        QVERIFY(cut);
        QVERIFY(lost.count() >= 1);
        QVERIFY(reattached.count() >= 1);
        QCOMPARE(started.count(), 1);
        const RunRecord record = finished.first().first().value<RunRecord>();
        QCOMPARE(record.state, RunRecord::State::Succeeded);

        // The restore really happened, once.
        QCOMPARE(sql(m_database, QStringLiteral("SELECT count(*) FROM visits")),
                 QByteArray("600000"));
        RunsClient client(m_connection);
        client.setRunsDirectory(m_profile.runsDirectory);
        QSignalSpy listed(&client, &RunsClient::runsListed);
        client.listRuns();
        QVERIFY(listed.wait(60000));
        int runsOfThisDatabase = 0;
        for (const RunRecord& run : listed.first().first().value<QList<RunRecord>>())
            if (run.parameters.value(QStringLiteral("database")).toString() == m_database)
                ++runsOfThisDatabase;
        QCOMPARE(runsOfThisDatabase, 1);
    }
};

QTEST_GUILESS_MAIN(TestRestoreDisconnect)
#include "tst_restoredisconnect.moc"
