// The backups section's view of each folder besides the matching files: what an empty result
// says it saw. Fed with real output of resources/probe/probe.sh (dash, GNU find) over a folder of
// Compose-style gzip dumps watched with the wrong pattern, an empty folder and a missing one.
#include "TestSupport.h"
#include "probe/Assessment.h"
#include "probe/BackupParser.h"

#include <QFile>
#include <QTranslator>
#include <QtTest>

using namespace vigie;

namespace {

QByteArray sample(const char* name)
{
    return vigie::test::probeSample(name);
}

} // namespace

class TestProbeBackups : public QObject
{
    Q_OBJECT

    QTranslator m_english; // the plural forms, as vigie-cli and the window load them

private slots:
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral(":/i18n/vigie_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void foldersSayWhatTheySaw()
    {
        QList<BackupFile> files;
        QList<BackupFolder> folders;
        const SectionStatus status =
            BackupParser::parse(sample("backups_others_real.txt"), 0, &files, &folders);
        QCOMPARE(status.state, SectionStatus::State::Ok);
        QVERIFY(files.isEmpty());
        QCOMPARE(folders.size(), 3);
        QCOMPARE(folders.at(0).target, QStringLiteral("chrona"));
        QCOMPARE(folders.at(0).state, BackupFolder::State::Listed);
        // Six files, one of them with a newline in its name: counted, never shown.
        QCOMPARE(folders.at(0).otherFiles, 6);
        QCOMPARE(folders.at(0).otherExamples.size(), 3);
        QVERIFY(folders.at(0).otherExamples.contains(QStringLiteral("chrona_2026-12-04.sql.gz")));
        QCOMPARE(folders.at(1).state, BackupFolder::State::Listed);
        QCOMPARE(folders.at(1).otherFiles, 0);
        QCOMPARE(folders.at(2).state, BackupFolder::State::Missing);
    }

    void assessmentNamesThePatternAndTheFiles()
    {
        Snapshot snapshot;
        snapshot.takenAt = snapshot.serverTime = QDateTime::currentDateTimeUtc();
        snapshot.sections.insert(QStringLiteral("backups"),
                                 SectionStatus{SectionStatus::State::Ok, {}, 5, 0});
        QVERIFY(BackupParser::parse(sample("backups_others_real.txt"), 0, &snapshot.backups,
                                    &snapshot.backupFolders)
                    .usable());
        ServerProfile profile;
        profile.certificatePaths.clear();
        profile.backups = {{QStringLiteral("chrona"), QStringLiteral("/tmp/vt2/chrona"),
                            QStringLiteral("backup_*.sql.gz"), 26, 30},
                           {QStringLiteral("empty"), QStringLiteral("/tmp/vt2/empty"),
                            QStringLiteral("*.dump.gpg"), 26, 30},
                           {QStringLiteral("gone"), QStringLiteral("/tmp/vt2/nope"),
                            QStringLiteral("*.gz"), 26, 30}};
        const Assessment assessment = Assessment::of(snapshot, profile);
        QCOMPARE(assessment.worst(Area::Backups), Health::Critical);
        const QList<BackupSummary>& backups = assessment.backups();
        QVERIFY2(backups.at(0).problem.startsWith(
                     QStringLiteral("6 files in /tmp/vt2/chrona, none match backup_*.sql.gz")),
                 qPrintable(backups.at(0).problem));
        QCOMPARE(backups.at(1).problem,
                 QStringLiteral("/tmp/vt2/empty is empty: no file matches *.dump.gpg"));
        QCOMPARE(backups.at(2).problem, QStringLiteral("directory /tmp/vt2/nope not found"));
    }
};

QTEST_GUILESS_MAIN(TestProbeBackups)
#include "tst_probe_backups.moc"
