// Without a keychain Vigie refuses to store keys and writes nothing: run in a private D-Bus
// session that has no Secret Service (tests/fixtures/without-secret-service.sh), and once more,
// from inside the test, with no session bus at all.

#include "TestSupport.h"
#include "secrets/KeyRing.h"
#include "secrets/SecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace vigie;

namespace {

constexpr int Timeout = 60000;
constexpr char ChildMarker[] = "VIGIE_NOKEYCHAIN_CHILD";

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> keyBodyLines(const QByteArray& keyFile)
{
    QList<QByteArray> lines;
    for (const QByteArray& line : keyFile.split('\n')) {
        if (!line.startsWith("-----") && line.trimmed().size() >= 16)
            lines.append(line.trimmed());
    }
    return lines;
}

QStringList filesContaining(const QString& dir, const QList<QByteArray>& needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray contents = readFile(path);
        for (const QByteArray& needle : needles) {
            if (contents.contains(needle)) {
                hits.append(path);
                break;
            }
        }
    }
    return hits;
}

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void storeReportsNoKeychain();
    void importLeavesNoTrace_data();
    void importLeavesNoTrace();
    void generateLeavesNoTrace();
    void noSessionBusAtAll();

private:
    KeyResult importFile(KeyRing& ring, const QString& name, const QString& path,
                         const QByteArray& passphrase);
    void verifyNothingOnDisk(const QList<QByteArray>& needles);

    test::IsolatedHome m_home; // before anything reads QStandardPaths
    QTemporaryDir m_keysDir;   // outside m_home: the key files themselves hold key material
    SecretStore m_store{QStringLiteral("VigieTest-NoKeychain")};
    QByteArray m_passphrase = "correct-horse-5d1e0b-passphrase";
};

void TestNoKeychain::initTestCase()
{
    QVERIFY(m_keysDir.isValid());
    std::optional<SecretError> probe;
    QObject context;
    m_store.write(QStringLiteral("probe"), "probe", &context,
                  [&probe](const SecretError& error) { probe = error; });
    QVERIFY(QTest::qWaitFor([&] { return probe.has_value(); }, Timeout));
    if (!probe->isError()) {
        m_store.remove(QStringLiteral("probe"), nullptr, {});
        QFAIL("A keychain is reachable: run this test through "
              "tests/fixtures/without-secret-service.sh");
    }
}

void TestNoKeychain::storeReportsNoKeychain()
{
    const QByteArray secret = "do-not-leak-" + m_passphrase;
    std::optional<SecretError> written;
    std::optional<SecretReadResult> read;
    std::optional<SecretError> removed;
    QObject context;
    m_store.write(QStringLiteral("k"), secret, &context,
                  [&written](const SecretError& error) { written = error; });
    m_store.read(QStringLiteral("k"), &context,
                 [&read](const SecretReadResult& result) { read = result; });
    m_store.remove(QStringLiteral("k"), &context,
                   [&removed](const SecretError& error) { removed = error; });
    QVERIFY(QTest::qWaitFor([&] { return written && read && removed; }, Timeout));

    for (const SecretError& error : {*written, read->error, *removed}) {
        QCOMPARE(int(error.code), int(SecretError::Code::NoKeychain));
        QCOMPARE(error.message, SecretStore::noKeychainMessage());
        QVERIFY(!error.message.contains(QString::fromLatin1(secret)));
    }
    QVERIFY(read->data.isEmpty());
    qInfo("NoKeychain message: %s", qPrintable(written->message));
}

KeyResult TestNoKeychain::importFile(KeyRing& ring, const QString& name, const QString& path,
                                     const QByteArray& passphrase)
{
    std::optional<KeyResult> result;
    QObject context; // a late answer (after a timeout) is dropped
    ring.importFile(name, path, passphrase, true, &context,
                    [&result](const KeyResult& imported) { result = imported; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return KeyResult{{}, QStringLiteral("timeout")};
    return *result;
}

void TestNoKeychain::verifyNothingOnDisk(const QList<QByteArray>& needles)
{
    QVERIFY(!needles.isEmpty());
    const QStringList hits = filesContaining(m_home.path(), needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

void TestNoKeychain::importLeavesNoTrace_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("keygenArgs");
    QTest::addColumn<bool>("withPassphrase");
    QTest::newRow("ed25519 with remembered passphrase")
        << QStringLiteral("id_ed25519")
        << QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")} << true;
    QTest::newRow("rsa 4096 (chunked)") << QStringLiteral("id_rsa")
                                        << QStringList{QStringLiteral("-t"), QStringLiteral("rsa"),
                                                       QStringLiteral("-b"), QStringLiteral("4096")}
                                        << false;
}

void TestNoKeychain::importLeavesNoTrace()
{
    QFETCH(QString, file);
    QFETCH(QStringList, keygenArgs);
    QFETCH(bool, withPassphrase);
    const QByteArray passphrase = withPassphrase ? m_passphrase : QByteArray();
    const QString path = m_keysDir.filePath(file);
    int exitCode = -1;
    test::runProgram(QStringLiteral("ssh-keygen"),
                     keygenArgs + QStringList{QStringLiteral("-q"), QStringLiteral("-N"),
                                              QString::fromLatin1(passphrase), QStringLiteral("-C"),
                                              QStringLiteral("nokeychain@example.test"),
                                              QStringLiteral("-f"), path},
                     &exitCode);
    QCOMPARE(exitCode, 0);

    KeyRing ring(&m_store);
    QVERIFY(ring.load());
    QSignalSpy changed(&ring, &KeyRing::keysChanged);
    const KeyResult result = importFile(ring, QStringLiteral("prod"), path, passphrase);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(SecretStore::noKeychainMessage()), qPrintable(result.error));
    QVERIFY(ring.keys().isEmpty());
    QCOMPARE(changed.count(), 0);

    // Nothing was saved: no metadata for the key, and no file anywhere holds key material.
    const QByteArray keysJson = readFile(m_home.path() + QStringLiteral("/config/vigie/keys.json"));
    QVERIFY(!keysJson.contains("prod"));
    KeyRing reloaded(&m_store);
    QVERIFY(reloaded.load());
    QVERIFY(reloaded.keys().isEmpty());
    QList<QByteArray> needles = keyBodyLines(readFile(path));
    if (!passphrase.isEmpty())
        needles << passphrase;
    needles << "PRIVATE KEY";
    verifyNothingOnDisk(needles);
}

void TestNoKeychain::generateLeavesNoTrace()
{
    KeyRing ring(&m_store);
    QVERIFY(ring.load());
    std::optional<KeyResult> result;
    QObject context;
    ring.generateEd25519(QStringLiteral("laptop"), &context,
                         [&result](const KeyResult& generated) { result = generated; });
    QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, Timeout));
    QVERIFY(!result->ok());
    QVERIFY2(result->error.contains(SecretStore::noKeychainMessage()), qPrintable(result->error));
    QVERIFY(ring.keys().isEmpty());
    // The generated key is unknown to the test; its armor and its comment would be on disk.
    verifyNothingOnDisk({"PRIVATE KEY", "vigie-laptop@", "b3BlbnNzaC1rZXktdjE"});
}

void TestNoKeychain::noSessionBusAtAll()
{
    if (qEnvironmentVariableIsSet(ChildMarker))
        QSKIP("already the child run");
    // The same checks in a process with no D-Bus session bus and no display (a headless box):
    // QtKeychain then reports a GLib "cannot autolaunch D-Bus" error, which is still NoKeychain.
    QTemporaryDir runtimeDir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtimeDir.path()); // no "bus" socket
    environment.insert(QString::fromLatin1(ChildMarker), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("storeReportsNoKeychain"), QStringLiteral("importLeavesNoTrace"),
                 QStringLiteral("generateLeavesNoTrace")});
    QVERIFY(child.waitForFinished(Timeout * 2));
    const QByteArray output = child.readAll();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             output.constData());
}

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
