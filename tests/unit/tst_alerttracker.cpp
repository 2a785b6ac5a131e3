// Alerts come once when a server turns red, not at every refresh.
#include "probe/AlertTracker.h"

#include <QtTest>

using namespace vigie;

class TestAlertTracker : public QObject
{
    Q_OBJECT

private:
    static Assessment assess(bool appStopped, int certificateDays)
    {
        ServerProfile profile;
        profile.pm2 = true;
        Snapshot s;
        s.takenAt = s.serverTime = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        s.sections.insert(QStringLiteral("pm2"), {SectionStatus::State::Ok, {}, 1, 0});
        s.sections.insert(QStringLiteral("certificates"), {SectionStatus::State::Ok, {}, 1, 0});
        Pm2Process app;
        app.name = QStringLiteral("api");
        app.status = appStopped ? QStringLiteral("stopped") : QStringLiteral("online");
        s.pm2 = {app};
        CertificateInfo c;
        c.name = QStringLiteral("soon.example.test");
        c.notAfter = s.takenAt.addDays(certificateDays);
        s.certificates = {c};
        return Assessment::of(s, profile);
    }

private slots:
    void onceWhenTurningRed()
    {
        AlertTracker tracker;
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(false, 60)).size(), 0);
        const auto first = tracker.update(QStringLiteral("s1"), assess(true, 60));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().finding.area, Area::Services);
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(true, 60)).size(), 0); // still red
        // A certificate crossing the critical threshold is a new alert; its countdown is not.
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(true, 6)).size(), 1);
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(true, 5)).size(), 0);
        // Recovered, then broken again: told again.
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(false, 60)).size(), 0);
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(true, 60)).size(), 1);
    }

    void unreachableOnce()
    {
        AlertTracker tracker;
        QCOMPARE(tracker.unreachable(QStringLiteral("s1"), QStringLiteral("timeout")).size(), 1);
        QCOMPARE(tracker.unreachable(QStringLiteral("s1"), QStringLiteral("timeout")).size(), 0);
        // Back, but the app is down: that is news.
        QCOMPARE(tracker.update(QStringLiteral("s1"), assess(true, 60)).size(), 1);
        // Servers are tracked separately.
        QCOMPARE(tracker.unreachable(QStringLiteral("s2"), QStringLiteral("refused")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertTracker)
#include "tst_alerttracker.moc"
