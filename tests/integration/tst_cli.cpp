// vigie-cli end to end: the real binary, the real keychain (Secret Service), the fixture sshd.
#include "TestSupport.h"
#include "core/ShellQuote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace vigie::test;

class TestCli : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    TestHomeDir m_home;

    using Run = CliRun;

    Run cli(const QStringList& args, const QByteArray& input = {})
    {
        return runCli(m_home.path(), args, input, 60000);
    }

    QString target() const { return m_fixture.user + QStringLiteral("@127.0.0.1"); }
    QString port() const { return QString::number(m_fixture.port); }

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(QFile::exists(qEnvironmentVariable("VIGIE_CLI")));
    }

    void versions()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith("vigie-cli " VIGIE_VERSION));
        QProcess gui;
        gui.start(qEnvironmentVariable("VIGIE_GUI"), {QStringLiteral("--version")});
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitCode(), 0);
        QVERIFY(gui.readAllStandardOutput().contains(VIGIE_VERSION));
    }

    void importListExport()
    {
        const Run imported =
            cli({QStringLiteral("keys"), QStringLiteral("import"), QStringLiteral("--name"),
                 QStringLiteral("fixture"), m_fixture.keyPath(QStringLiteral("id_ed25519"))});
        QVERIFY2(imported.code == 0, imported.err.constData());
        const Run list =
            cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        const QJsonArray keys = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(QStringLiteral("name")).toString(), QStringLiteral("fixture"));
        const QByteArray keygen = runProgram(
            QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), m_fixture.keyPath(QStringLiteral("id_ed25519.pub"))});
        QCOMPARE(key.value(QStringLiteral("fingerprint")).toString().toLatin1(),
                 keygen.split(' ').value(1));

        const Run exported = cli(
            {QStringLiteral("keys"), QStringLiteral("export-public"), QStringLiteral("fixture")});
        QCOMPARE(exported.code, 0);
        QFile pub(m_fixture.keyPath(QStringLiteral("id_ed25519.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        QCOMPARE(exported.out.trimmed(), pub.readAll().trimmed());
    }

    void execRefusesAnUntrustedHost()
    {
        const Run run = cli({QStringLiteral("exec"), QStringLiteral("--port"), port(),
                             QStringLiteral("--key"), QStringLiteral("fixture"), target(),
                             QStringLiteral("--"), QStringLiteral("true")});
        QCOMPARE(run.code, 255);
        QVERIFY2(run.err.contains("hosts trust"),
                 run.err.constData() + QByteArray(" / ") + run.out);
    }

    void trustThenExec()
    {
        const Run trust =
            cli({QStringLiteral("hosts"), QStringLiteral("trust"), QStringLiteral("--port"), port(),
                 QStringLiteral("--yes"), QStringLiteral("127.0.0.1")});
        QVERIFY2(trust.code == 0, trust.err.constData());
        QVERIFY(trust.out.contains("SHA256:"));
        const Run hosts =
            cli({QStringLiteral("hosts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(hosts.out).array().size(), 1);

        for (int code : {0, 1, 42}) {
            const Run run = cli({QStringLiteral("exec"), QStringLiteral("--port"), port(),
                                 QStringLiteral("--key"), QStringLiteral("fixture"), target(),
                                 QStringLiteral("--"),
                                 QStringLiteral("echo out; echo err >&2; exit %1").arg(code)});
            QCOMPARE(run.code, code);
            QCOMPARE(run.out, QByteArray("out\n"));
            QCOMPARE(run.err, QByteArray("err\n"));
        }
        const Run piped = cli({QStringLiteral("exec"), QStringLiteral("--port"), port(), target(),
                               QStringLiteral("--"), QStringLiteral("tr a-z A-Z")},
                              QByteArray("from stdin\n"));
        QCOMPARE(piped.code, 0);
        QCOMPARE(piped.out, QByteArray("FROM STDIN\n"));
        const Run killed = cli({QStringLiteral("exec"), QStringLiteral("--port"), port(), target(),
                                QStringLiteral("--"), QStringLiteral("kill -TERM $$")});
        QCOMPARE(killed.code, 128 + 15);
    }

    // Server output reaches a terminal without its control sequences (a log line could set
    // the title, write the clipboard, clear the screen…); colours stay; --raw and a pipe keep
    // every byte. The terminal is a real pty (util-linux `script`).
    void execStripsControlSequencesOnATerminal()
    {
        const QString remote = QStringLiteral("printf "
                                              "'a\\033]0;pwned\\007b\\033[31mc\\033[0m\\033["
                                              "2J\\033[1Ad\\033]52;c;eA==\\033\\\\e\\n'");
        const QStringList exec{QStringLiteral("exec"),
                               QStringLiteral("--port"),
                               port(),
                               QStringLiteral("--key"),
                               QStringLiteral("fixture"),
                               target(),
                               QStringLiteral("--"),
                               remote};
        const auto onTerminal = [this](const QStringList& args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.path() + QStringLiteral("/config"));
            env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
            env.insert(QStringLiteral("VIGIE_LANG"), QStringLiteral("en"));
            process.setProcessEnvironment(env);
            QStringList words{qEnvironmentVariable("VIGIE_CLI")};
            words += args;
            process.start(
                QStringLiteral("script"),
                {QStringLiteral("-qefc"), vigie::shellCommand(words), QStringLiteral("/dev/null")});
            process.closeWriteChannel();
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return QByteArray("<failed> ") + process.readAll();
            return process.readAllStandardOutput();
        };
        const QByteArray stripped = onTerminal(exec);
        QCOMPARE(stripped, QByteArray("ab\x1b[31mc\x1b[0mde\r\n"));
        QStringList raw = exec;
        raw.insert(1, QStringLiteral("--raw"));
        QCOMPARE(onTerminal(raw), QByteArray("a\x1b]0;pwned\x07"
                                             "b\x1b[31mc\x1b[0m\x1b[2J\x1b[1Ad"
                                             "\x1b]52;c;eA==\x1b\\e\r\n"));
        // Not a terminal (a pipe, a script): the bytes as they came.
        const Run piped = cli(exec);
        QCOMPARE(piped.code, 0);
        QCOMPARE(piped.out, QByteArray("a\x1b]0;pwned\x07"
                                       "b\x1b[31mc\x1b[0m\x1b[2J\x1b[1Ad"
                                       "\x1b]52;c;eA==\x1b\\e\n"));
    }

    void fingerprintPinning()
    {
        const Run forget = cli({QStringLiteral("hosts"), QStringLiteral("forget"),
                                QStringLiteral("--port"), port(), QStringLiteral("127.0.0.1")});
        QCOMPARE(forget.code, 0);
        const Run wrong = cli({QStringLiteral("hosts"), QStringLiteral("trust"),
                               QStringLiteral("--port"), port(), QStringLiteral("--fingerprint"),
                               QStringLiteral("SHA256:nope"), QStringLiteral("127.0.0.1")});
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains("mismatch"));
        const Run hosts =
            cli({QStringLiteral("hosts"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(hosts.out).array().size(), 0);
    }

    void serversAndDelete()
    {
        const Run added =
            cli({QStringLiteral("servers"), QStringLiteral("add"), QStringLiteral("--name"),
                 QStringLiteral("demo"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                 QStringLiteral("--port"), port(), QStringLiteral("--user"), m_fixture.user,
                 QStringLiteral("--key"), QStringLiteral("fixture")});
        QVERIFY2(added.code == 0, added.err.constData());
        const Run list =
            cli({QStringLiteral("servers"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out)
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("port"))
                     .toInt(),
                 int(m_fixture.port));
        const Run removed =
            cli({QStringLiteral("keys"), QStringLiteral("delete"), QStringLiteral("fixture")});
        QCOMPARE(removed.code, 0);
        const Run keys =
            cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(keys.out).array().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
