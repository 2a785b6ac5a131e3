// Judging a Snapshot: the same rules for the CLI, the dashboards and the alerts.
#include "probe/Assessment.h"

#include <QtTest>

using namespace vigie;

class TestAssessment : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);

    ServerProfile profile() const
    {
        ServerProfile p;
        p.id = QStringLiteral("test");
        p.pm2 = true;
        p.systemdUnits = {QStringLiteral("nginx")};
        p.backups = {{QStringLiteral("medicalpro_central"), QStringLiteral("/b"),
                      QStringLiteral("central_*"), 26, 30},
                     {QStringLiteral("medicalpro_clinic_aaaa"), QStringLiteral("/b"),
                      QStringLiteral("clinic_aaaa_*"), 26, 30}};
        p.tenantQuery = QStringLiteral("SELECT …");
        p.tenantDatabasePrefix = QStringLiteral("medicalpro_clinic_");
        p.tenantDomain = QStringLiteral("example.test");
        return p;
    }

    Snapshot healthy() const
    {
        Snapshot s;
        s.takenAt = s.serverTime = m_now;
        for (const char* name : {"vitals", "systemd", "pm2", "certificates", "backups", "tenants"})
            s.sections.insert(QString::fromLatin1(name),
                              SectionStatus{SectionStatus::State::Ok, {}, 5, 0});
        s.systemd = true;
        s.units = {{QStringLiteral("nginx.service"), QStringLiteral("loaded"),
                    QStringLiteral("active"), QStringLiteral("running"), m_now.addDays(-2)}};
        Pm2Process app;
        app.name = QStringLiteral("medical-pro-backend");
        app.status = QStringLiteral("online");
        s.pm2 = {app};
        CertificateInfo wildcard;
        wildcard.name = QStringLiteral("example.test-0001");
        wildcard.dnsNames = {QStringLiteral("*.example.test"), QStringLiteral("example.test")};
        wildcard.notAfter = m_now.addDays(60);
        s.certificates = {wildcard};
        for (int day = 0; day < 5; ++day) {
            for (const char* target : {"medicalpro_central", "medicalpro_clinic_aaaa"}) {
                BackupFile file;
                file.target = QString::fromLatin1(target);
                file.modified = QDateTime(m_now.date().addDays(-day), QTime(3, 0), Qt::UTC);
                file.sizeBytes = 1000 + day;
                file.encrypted = true;
                s.backups.append(file);
            }
        }
        TenantInfo alpha;
        alpha.id = QStringLiteral("aaaa");
        alpha.name = QStringLiteral("Clinique Alpha");
        alpha.subdomain = QStringLiteral("alpha");
        alpha.provisioned = alpha.databaseExists = alpha.dnsResolves = true;
        alpha.httpsStatus = 200;
        s.tenants = {alpha};
        return s;
    }

private slots:
    void missingBackupDaysFollowTheTargetsInterval()
    {
        const QDate today(2026, 12, 7);
        ServerProfile::BackupTarget nightly;
        // Nightly: Dec 3 missing, today's may not have run yet.
        QCOMPARE(Assessment::missingBackupDays({QDate(2026, 12, 1), QDate(2026, 12, 2),
                                                QDate(2026, 12, 4), QDate(2026, 12, 5),
                                                QDate(2026, 12, 6)},
                                               nightly, today),
                 QList<QDate>{QDate(2026, 12, 3)});
        // Weekly: one a day late is no gap; a whole week without one is.
        ServerProfile::BackupTarget weekly;
        weekly.intervalDays = 7;
        weekly.retentionDays = 60;
        QVERIFY(Assessment::missingBackupDays({QDate(2026, 11, 15), QDate(2026, 11, 23),
                                               QDate(2026, 11, 29), QDate(2026, 12, 6)},
                                              weekly, today)
                    .isEmpty());
        QCOMPARE(Assessment::missingBackupDays({QDate(2026, 11, 8), QDate(2026, 11, 15),
                                                QDate(2026, 11, 29), QDate(2026, 12, 6)},
                                               weekly, today),
                 QList<QDate>{QDate(2026, 11, 22)});
        // Before the retention window: not counted.
        nightly.retentionDays = 3;
        QVERIFY(Assessment::missingBackupDays({QDate(2026, 11, 1), QDate(2026, 12, 6)}, nightly,
                                              today)
                    .size() == 2); // Dec 4 and 5 only
    }

    void healthyServerIsGreen()
    {
        const Assessment a = Assessment::of(healthy(), profile());
        QCOMPARE(a.overall(), Health::Ok);
        QVERIFY2(a.findings().isEmpty(), qPrintable(a.findings().value(0).message));
    }

    void stoppedPm2AppIsCritical()
    {
        Snapshot s = healthy();
        s.pm2.first().status = QStringLiteral("stopped");
        const Assessment a = Assessment::of(s, profile());
        QCOMPARE(a.worst(Area::Services), Health::Critical);
        QCOMPARE(a.worst(Area::Certificates), Health::Ok);
    }

    void unreadableSectionIsNeverHealthy()
    {
        Snapshot s = healthy();
        s.pm2.clear();
        s.sections[QStringLiteral("pm2")] = {SectionStatus::State::TimedOut,
                                             QStringLiteral("pm2 did not answer"), 8000, 124};
        const Assessment a = Assessment::of(s, profile());
        QCOMPARE(a.worst(Area::Services), Health::Unknown);
        QCOMPARE(a.findings().first().message, QStringLiteral("pm2 did not answer"));
    }

    // A server that no one prepared for Vigie: nothing configured, everything read fine.
    void emptyProfileWatchesNothing()
    {
        ServerProfile empty;
        empty.certificatePaths.clear();
        Snapshot s = healthy();
        MountUsage root;
        root.mountPoint = QStringLiteral("/");
        root.sizeBytes = 100;
        root.usedBytes = 40;
        s.vitals.mounts = {root};
        const Assessment a = Assessment::of(s, empty);
        for (Area area : Assessment::AllAreas) {
            QCOMPARE(a.worst(area), Health::NotWatched);
            QVERIFY(!a.isWatched(area));
        }
        QCOMPARE(a.overall(), Health::NotWatched);
        QCOMPARE(Assessment::healthId(a.overall()), QStringLiteral("not-watched"));
        QCOMPARE(Assessment::healthName(a.overall()), QStringLiteral("not watched"));
        QVERIFY(a.findings().isEmpty());
    }

    // Host vitals watch no service, but a full disk is news whatever the profile says.
    void fullDiskCountsEvenWhenNothingIsWatched()
    {
        ServerProfile empty;
        empty.certificatePaths.clear();
        Snapshot s = healthy();
        MountUsage root;
        root.mountPoint = QStringLiteral("/");
        root.sizeBytes = 100;
        root.usedBytes = 95;
        s.vitals.mounts = {root};
        const Assessment a = Assessment::of(s, empty);
        QCOMPARE(a.worst(Area::Services), Health::Critical);
        QCOMPARE(a.worst(Area::Backups), Health::NotWatched);
        QCOMPARE(a.overall(), Health::Critical);
    }

    void ignoredAreasDoNotCountWhenNotWatched()
    {
        ServerProfile p = profile();
        p.backups.clear();
        p.tenantQuery.clear();
        p.certificatePaths.clear();
        const QSet<Area> ignored =
            Assessment::areasFromIds({QStringLiteral("backups"), QStringLiteral("tenants"),
                                      QStringLiteral("certificates"), QStringLiteral("nonsense")});
        QCOMPARE(ignored.size(), 3);
        const Assessment a = Assessment::of(healthy(), p, ignored);
        QCOMPARE(a.worst(Area::Backups), Health::NotWatched);
        QVERIFY(a.isIgnored(Area::Backups));
        QCOMPARE(a.areaStateName(Area::Backups), QStringLiteral("not watched (ignored)"));
        QCOMPARE(a.worst(Area::Services), Health::Ok);
        QCOMPARE(a.overall(), Health::Ok);
        // Without the setting the same server is not all green.
        QCOMPARE(Assessment::of(healthy(), p).overall(), Health::NotWatched);
    }

    // A watched folder that holds nothing that matches says what it saw.
    void watchedFolderWithoutMatchSaysWhatItSaw()
    {
        Snapshot s = healthy();
        s.backups.clear();
        s.backupFolders = {{QStringLiteral("medicalpro_central"),
                            QStringLiteral("/b"),
                            BackupFolder::State::Listed,
                            12,
                            {QStringLiteral("chrona_2026-11-22.sql.gz")}},
                           {QStringLiteral("medicalpro_clinic_aaaa"),
                            QStringLiteral("/b"),
                            BackupFolder::State::Listed,
                            0,
                            {}}};
        const Assessment a = Assessment::of(s, profile());
        QCOMPARE(a.worst(Area::Backups), Health::Critical);
        const BackupSummary central = a.backups().first();
        // "file(s)": the plural forms come from the translation, not loaded here.
        QVERIFY2(central.problem.startsWith(QStringLiteral("12 file")) &&
                     central.problem.endsWith(QStringLiteral(
                         " in /b, none match central_* (for example chrona_2026-11-22.sql.gz)")),
                 qPrintable(central.problem));
        QCOMPARE(a.backups().last().problem,
                 QStringLiteral("/b is empty: no file matches clinic_aaaa_*"));
        QCOMPARE(a.findings().first().message, central.problem);
    }

    void unreadableBackupFolderIsUnknownNotMissing()
    {
        Snapshot s = healthy();
        s.backups.clear();
        s.backupFolders = {{QStringLiteral("medicalpro_central"),
                            QStringLiteral("/b"),
                            BackupFolder::State::Denied,
                            0,
                            {}}};
        const QList<BackupSummary> summaries = Assessment::summarizeBackups(s, profile());
        QCOMPARE(summaries.first().health, Health::Unknown);
        QVERIFY2(summaries.first().problem.contains(QStringLiteral("cannot read /b")),
                 qPrintable(summaries.first().problem));
    }

    void certificateThresholds()
    {
        const ServerProfile p = profile();
        CertificateInfo c;
        c.notAfter = m_now.addDays(5);
        QCOMPARE(Assessment::certificateHealth(c, p, m_now), Health::Critical);
        c.notAfter = m_now.addDays(20);
        QCOMPARE(Assessment::certificateHealth(c, p, m_now), Health::Warning);
        c.notAfter = m_now.addDays(31);
        QCOMPARE(Assessment::certificateHealth(c, p, m_now), Health::Ok);
        c.notAfter = m_now.addDays(-1);
        QCOMPARE(Assessment::certificateHealth(c, p, m_now), Health::Critical);
    }

    void missingDayAndStaleBackup()
    {
        Snapshot s = healthy();
        // Day -2 of the central database is missing; today's is there.
        s.backups.removeIf([&](const BackupFile& f) {
            return f.target == QLatin1String("medicalpro_central") &&
                   f.modified.date() == m_now.date().addDays(-2);
        });
        QList<BackupSummary> summaries = Assessment::summarizeBackups(s, profile());
        QCOMPARE(summaries.first().missingDays, QList<QDate>{m_now.date().addDays(-2)});
        QCOMPARE(summaries.first().health, Health::Warning);
        QCOMPARE(summaries.last().health, Health::Ok);
        // Without the last two days, the latest is > 26 h old: critical.
        s.backups.removeIf(
            [&](const BackupFile& f) { return f.modified.date() >= m_now.date().addDays(-1); });
        summaries = Assessment::summarizeBackups(s, profile());
        QCOMPARE(summaries.first().health, Health::Critical);
        QCOMPARE(Assessment::of(s, profile()).worst(Area::Backups), Health::Critical);
    }

    void tenantGapsAreNamed()
    {
        Snapshot s = healthy();
        TenantInfo ozondenia;
        ozondenia.id = QStringLiteral("cccc");
        ozondenia.name = QStringLiteral("Clínica Ozondenia");
        ozondenia.subdomain = QStringLiteral("ozondenia");
        s.tenants.append(ozondenia);
        s.certificates.clear(); // and no certificate covers anybody any more
        const Assessment a = Assessment::of(s, profile());
        QCOMPARE(a.worst(Area::Tenants), Health::Critical);
        const TenantSummary broken = a.tenants().last();
        const QString gaps = broken.gaps.join(QStringLiteral(" | "));
        QVERIFY2(gaps.contains(QStringLiteral("not provisioned")), qPrintable(gaps));
        QVERIFY(gaps.contains(QStringLiteral("ozondenia.example.test does not resolve")));
        QVERIFY(
            gaps.contains(QStringLiteral("no valid certificate covers ozondenia.example.test")));
        QVERIFY(a.tenants()
                    .first()
                    .gaps.join(QLatin1Char(' '))
                    .contains(QStringLiteral("certificate")));
    }
};

QTEST_GUILESS_MAIN(TestAssessment)
#include "tst_assessment.moc"
