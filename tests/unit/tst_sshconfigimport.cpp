// ~/.ssh/config import: aliases become servers, options follow OpenSSH's first-match rule.
#include "fleet/SshConfigImport.h"

#include <QFile>
#include <QtTest>

using namespace vigie;

class TestSshConfigImport : public QObject
{
    Q_OBJECT

private:
    QList<SshConfigImport::Candidate> m_candidates;

    const SshConfigImport::Candidate* find(const QString& name) const
    {
        for (const auto& candidate : m_candidates) {
            if (candidate.server.name == name)
                return &candidate;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
                   QStringLiteral("/tests/unit/data/ssh_config/config"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_candidates = SshConfigImport::parse(file.readAll(), QStringLiteral("/home/op"),
                                              QStringLiteral("op"));
    }

    void everyConcreteAliasIsAServer()
    {
        QStringList names;
        for (const auto& candidate : std::as_const(m_candidates))
            names.append(candidate.server.name);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("medicalpro"), QStringLiteral("prod-medicalpro"),
                              QStringLiteral("chrona-staging"), QStringLiteral("flotteq"),
                              QStringLiteral("web1.example.test")}));
    }

    void customPortUserAndKeys()
    {
        const auto* medicalpro = find(QStringLiteral("medicalpro"));
        QVERIFY(medicalpro);
        QCOMPARE(medicalpro->server.host, QStringLiteral("203.0.113.10"));
        QCOMPARE(medicalpro->server.port, quint16(2222));
        QCOMPARE(medicalpro->server.user, QStringLiteral("root"));
        // Both IdentityFiles apply, in order: the host's own, then the Host * default.
        QCOMPARE(medicalpro->identityFiles,
                 (QStringList{QStringLiteral("/home/op/.ssh/medicalpro_ed25519"),
                              QStringLiteral("/home/op/.ssh/id_ed25519")}));
        QCOMPARE(find(QStringLiteral("prod-medicalpro"))->server.port, quint16(2222));
    }

    void equalsSignQuotesAndTokens()
    {
        const auto* chrona = find(QStringLiteral("chrona-staging"));
        QVERIFY(chrona);
        QCOMPARE(chrona->server.host, QStringLiteral("staging.chrona.example.test"));
        QCOMPARE(chrona->server.user, QStringLiteral("deploy"));
        QCOMPARE(chrona->server.port, quint16(22));
        QCOMPARE(chrona->identityFiles.first(), QStringLiteral("/home/op/.ssh/id_ecdsa"));
    }

    void patternDefaultsAndUnsupportedOptions()
    {
        const auto* flotteq = find(QStringLiteral("flotteq"));
        QVERIFY(flotteq);
        // Host patterns match the alias, not the HostName (as in OpenSSH): not "ops".
        QCOMPARE(flotteq->server.user, QStringLiteral("op"));
        const auto* web = find(QStringLiteral("web1.example.test"));
        QVERIFY(web);
        QCOMPARE(web->server.user, QStringLiteral("ops")); // from Host *.example.test
        QCOMPARE(web->server.port, quint16(2200));
        QVERIFY(flotteq->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("ProxyJump")));
        // Include is not followed, and every candidate says so.
        QVERIFY(flotteq->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("Include")));
    }

    void garbageDoesNotCrash()
    {
        QVERIFY(SshConfigImport::parse(QByteArray("\xff\xfe\0\0Host\n=\n  \n", 12),
                                       QStringLiteral("/h"), QStringLiteral("u"))
                    .isEmpty());
    }

    // A HostName that would make a known_hosts wildcard, a list or a second line is reported
    // (listed with the reason) and cannot be imported: no key is taken for it, and the fleet
    // refuses the server.
    void invalidHostNamesAreReportedNotImported()
    {
        const QByteArray config = "Host good\n  HostName Good.Example.test\n"
                                  "Host comma\n  HostName a.example.test,*\n"
                                  "Host spaced\n  HostName \"a.example.test b\"\n"
                                  "Host star\n  HostName web%h*\n"
                                  "Host a,b\n  Port 2222\n"
                                  "Host bracket\n  HostName [a.example.test]\n"
                                  "  IdentityFile ~/.ssh/id_ed25519\n"
                                  "Host hashy\n  HostName |1|x|y\n";
        const QList<SshConfigImport::Candidate> candidates =
            SshConfigImport::parse(config, QStringLiteral("/h"), QStringLiteral("u"));
        QCOMPARE(candidates.size(), 7);
        QCOMPARE(candidates.first().server.name, QStringLiteral("good"));
        QVERIFY(candidates.first().error.isEmpty());
        // As the import adds them when no key is found: with the agent.
        const auto asImported = [](Server server) {
            server.auth = Server::Auth::Agent;
            return server;
        };
        QCOMPARE(asImported(candidates.first().server).validate(), QString());
        for (qsizetype i = 1; i < candidates.size(); ++i) {
            const SshConfigImport::Candidate& bad = candidates.at(i);
            QVERIFY2(!bad.error.isEmpty(), qPrintable(bad.server.name));
            QVERIFY(bad.warnings.contains(bad.error));
            QVERIFY(bad.identityFiles.isEmpty());
            QCOMPARE(asImported(bad.server).validate(),
                     QStringLiteral("The host must be a host name or an IP address."));
        }
    }

    // A long config (the fuzzer found one freezing the import): every alias of a 1,500-alias
    // Host line becomes a server, the negated one does not, and the block options apply.
    void manyAliasesOnOneHostLine()
    {
        QByteArray config = "Host *.internal\n    User admin\nHost !skipped.internal";
        for (int i = 0; i < 1500; ++i)
            config += " web" + QByteArray::number(i) + ".internal";
        config += "\n    Port 2222\n";
        const QList<SshConfigImport::Candidate> candidates =
            SshConfigImport::parse(config, QStringLiteral("/h"), QStringLiteral("u"));
        QCOMPARE(candidates.size(), 1500);
        QCOMPARE(candidates.first().server.name, QStringLiteral("web0.internal"));
        QCOMPARE(candidates.last().server.port, quint16(2222));
        QCOMPARE(candidates.last().server.user, QStringLiteral("admin"));
    }
};

QTEST_GUILESS_MAIN(TestSshConfigImport)
#include "tst_sshconfigimport.moc"
