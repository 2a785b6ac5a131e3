// Names an operator types, refused or accepted before any SSH traffic.
#include "ops/NameRules.h"

#include <QtTest>

using vigie::NameRules;

class TestNameRules : public QObject
{
    Q_OBJECT

private slots:
    void subdomains_data()
    {
        QTest::addColumn<QString>("subdomain");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("alpha") << true;
        QTest::newRow("inner dash") << QStringLiteral("clinica-ozondenia") << true;
        QTest::newRow("digits") << QStringLiteral("c3po") << true;
        QTest::newRow("63 bytes") << QString(63, u'a') << true;
        QTest::newRow("64 bytes") << QString(64, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("shell") << QStringLiteral("a'; rm -rf /") << false;
        QTest::newRow("substitution") << QStringLiteral("$(reboot)") << false;
        QTest::newRow("option") << QStringLiteral("-oProxyCommand=x") << false;
        QTest::newRow("leading dash") << QStringLiteral("-a") << false;
        QTest::newRow("trailing dash") << QStringLiteral("a-") << false;
        QTest::newRow("underscore") << QStringLiteral("a_b") << false;
        QTest::newRow("dot") << QStringLiteral("a.b") << false;
        QTest::newRow("upper case") << QStringLiteral("Alpha") << false;
        QTest::newRow("quote") << QStringLiteral("a\"b") << false;
        QTest::newRow("backtick") << QStringLiteral("a`id`") << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("cyrillic a") << QStringLiteral("\u0430lpha") << false;
        QTest::newRow("accent") << QStringLiteral("clínica") << false;
        QTest::newRow("punycode") << QStringLiteral("xn--clnica-5va") << false;
        QTest::newRow("reserved") << QStringLiteral("www") << false;
    }
    void subdomains()
    {
        QFETCH(QString, subdomain);
        QFETCH(bool, valid);
        const QString reason = NameRules::validateSubdomain(subdomain);
        QCOMPARE(reason.isEmpty(), valid);
    }

    void subdomainReasonsAreSpecific()
    {
        QVERIFY(NameRules::validateSubdomain(QString(64, u'a')).contains(QLatin1String("64")));
        QVERIFY(NameRules::validateSubdomain(QStringLiteral("Alpha"))
                    .contains(QLatin1String("lower case")));
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("accented") << QStringLiteral("Clínica Ozondenia") << true;
        QTest::newRow("apostrophe") << QStringLiteral("Clinique de l'Europe") << true;
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("Clinique de l\u2019Europe") << true;
        QTest::newRow("punctuation") << QStringLiteral("Dr. Martin & Fils (Lyon) - 2") << true;
        QTest::newRow("all cyrillic") << QStringLiteral("Клиника Север") << true;
        QTest::newRow("100 chars") << QString(100, u'a') << true;
        QTest::newRow("101 chars") << QString(101, u'a') << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces only") << QStringLiteral("   ") << false;
        QTest::newRow("leading space") << QStringLiteral(" Alpha") << false;
        QTest::newRow("shell") << QStringLiteral("a'; rm -rf /") << false;
        QTest::newRow("substitution") << QStringLiteral("$(reboot)") << false;
        QTest::newRow("option") << QStringLiteral("-oProxyCommand=x") << false;
        QTest::newRow("double quote") << QStringLiteral("Clinique \"Alpha\"") << false;
        QTest::newRow("backticks") << QStringLiteral("Clinique `id`") << false;
        QTest::newRow("newline") << QStringLiteral("Clinique\nAlpha") << false;
        QTest::newRow("tab") << QStringLiteral("Clinique\tAlpha") << false;
        QTest::newRow("zero width") << QStringLiteral("Clinique\u200bAlpha") << false;
        QTest::newRow("bidi override") << QStringLiteral("Clinique \u202eahplA") << false;
        QTest::newRow("mixed scripts") << QStringLiteral("Clinique \u0430lpha") << false;
        QTest::newRow("lone apostrophe") << QStringLiteral("Alpha'") << false;
        QTest::newRow("semicolon") << QStringLiteral("Alpha; Beta") << false;
        QTest::newRow("psql variable") << QStringLiteral("Alpha :'id'") << false;
    }
    void displayNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(NameRules::validateDisplayName(name).isEmpty(), valid);
    }

    void databaseNames()
    {
        QVERIFY(NameRules::validateDatabaseName(QStringLiteral("medicalpro_central")).isEmpty());
        QVERIFY(NameRules::validateDatabaseName(QStringLiteral("Legacy_DB")).isEmpty());
        QVERIFY(!NameRules::validateDatabaseName(QStringLiteral("1db")).isEmpty());
        QVERIFY(!NameRules::validateDatabaseName(QStringLiteral("a-b")).isEmpty());
        QVERIFY(!NameRules::validateDatabaseName(QStringLiteral("a b")).isEmpty());
        QVERIFY(!NameRules::validateDatabaseName(QStringLiteral("a\";drop")).isEmpty());
        QVERIFY(!NameRules::validateDatabaseName(QString(64, u'd')).isEmpty());
        QVERIFY(NameRules::validateDatabaseName(QString(63, u'd')).isEmpty());
        QVERIFY(NameRules::validateNewDatabaseName(QStringLiteral("alpha_copy")).isEmpty());
        QVERIFY(!NameRules::validateNewDatabaseName(QStringLiteral("Alpha_copy")).isEmpty());
    }

    void collisions()
    {
        const QStringList existing{QStringLiteral("a_b"), QStringLiteral("alpha")};
        QCOMPARE(NameRules::findCollision(QStringLiteral("a-b"), existing), QStringLiteral("a_b"));
        QCOMPARE(NameRules::findCollision(QStringLiteral("ALPHA"), existing),
                 QStringLiteral("alpha"));
        QCOMPARE(NameRules::findCollision(QStringLiteral("a.b"), existing), QStringLiteral("a_b"));
        QVERIFY(NameRules::findCollision(QStringLiteral("ab"), existing).isEmpty());
    }

    void suggestions()
    {
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("Clínica Ozondenia")),
                 QStringLiteral("clinica-ozondenia"));
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("  Dr. Müller & Söhne  ")),
                 QStringLiteral("dr-muller-sohne"));
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("Clinique de l'Europe")),
                 QStringLiteral("clinique-de-l-europe"));
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("$(reboot)")),
                 QStringLiteral("reboot"));
        QVERIFY(NameRules::suggestSubdomain(QStringLiteral("Клиника")).isEmpty());
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("Alpha"), {QStringLiteral("alpha")}),
                 QStringLiteral("alpha-2"));
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("A B"),
                                             {QStringLiteral("a_b"), QStringLiteral("a-b-2")}),
                 QStringLiteral("a-b-3"));
        QCOMPARE(NameRules::suggestSubdomain(QStringLiteral("WWW")), QStringLiteral("www-2"));
        const QString longName = QString(80, u'x');
        const QString slug = NameRules::suggestSubdomain(longName);
        QCOMPARE(slug.size(), 63);
        QVERIFY(NameRules::validateSubdomain(slug).isEmpty());
        // Every suggestion is itself a valid subdomain.
        for (const QString& name : {QStringLiteral("Clínica Ozondenia"), QStringLiteral("a--b"),
                                    QStringLiteral("--x--"), QStringLiteral("Ünïcödé 123")})
            QVERIFY2(NameRules::validateSubdomain(NameRules::suggestSubdomain(name)).isEmpty(),
                     qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestNameRules)
#include "tst_namerules.moc"
