// Row actions and log tails: names validated, values quoted, commands that a real sh runs.
#include "fleet/ServiceCommands.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

class TestServiceCommands : public QObject
{
    Q_OBJECT

private slots:
    void logTailOfAProfilePathWithAwkwardName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("it's $(weird) `log`.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 1; i <= 50; ++i)
            file.write("line " + QByteArray::number(i) + '\n');
        file.close();
        ServerProfile profile;
        profile.logs = {{QStringLiteral("app"), path}};
        QString error;
        const QString command =
            ServiceCommands::logTail(profile, QStringLiteral("app"), 3, false, &error);
        QVERIFY2(!command.isEmpty(), qPrintable(error));
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(sh.waitForFinished());
        QCOMPARE(sh.readAllStandardOutput(), QByteArray("line 48\nline 49\nline 50\n"));
    }

    void unknownSourcesAndNamesAreRefused()
    {
        ServerProfile profile;
        profile.pm2 = true;
        profile.systemdUnits = {QStringLiteral("nginx")};
        QString error;
        QVERIFY(ServiceCommands::logTail(profile, QStringLiteral("/etc/shadow"), 10, false, &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(ServiceCommands::logTail(profile, QStringLiteral("pm2:a'b"), 10, false, &error)
                    .isEmpty());
        QVERIFY(
            ServiceCommands::pm2Restart(profile, QStringLiteral("$(reboot)"), &error).isEmpty());
        QVERIFY(ServiceCommands::unitAction(profile, QStringLiteral("sshd"),
                                            ServiceCommands::UnitAction::Restart,
                                            &error)
                    .isEmpty()); // not in the profile
        QVERIFY(ServiceCommands::unitAction(profile, QStringLiteral("-nginx"),
                                            ServiceCommands::UnitAction::Restart, &error)
                    .isEmpty());
    }

    void commandsAreWhatAnOperatorWouldType()
    {
        ServerProfile profile;
        profile.pm2 = true;
        profile.pm2Command = QStringLiteral("pm2");
        profile.pm2Home = QStringLiteral("/home/app/.pm2");
        profile.systemdUnits = {QStringLiteral("nginx")};
        QString error;
        QCOMPARE(
            ServiceCommands::pm2Restart(profile, QStringLiteral("medical-pro-backend"), &error),
            QStringLiteral("PM2_HOME='/home/app/.pm2' pm2 restart 'medical-pro-backend'"));
        QCOMPARE(ServiceCommands::logTail(profile, QStringLiteral("pm2:web"), 20, true, &error),
                 QStringLiteral("PM2_HOME='/home/app/.pm2' pm2 logs --raw --lines 20 'web'"));
        const QString reload = ServiceCommands::unitAction(
            profile, QStringLiteral("nginx"), ServiceCommands::UnitAction::Reload, &error);
        QVERIFY(reload.contains(QStringLiteral("systemctl reload -- 'nginx'")));
        QVERIFY(reload.contains(QStringLiteral("sudo -n")));
    }
};

QTEST_GUILESS_MAIN(TestServiceCommands)
#include "tst_servicecommands.moc"
