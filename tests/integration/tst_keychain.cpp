// SecretStore and KeyRing against a real Secret Service (gnome-keyring in a private D-Bus
// session, started by tests/fixtures/with-secret-service.sh). Run by hand with:
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock
//       --components=secrets >/dev/null; exec ./tst_keychain'   (on one line)

#include "TestSupport.h"
#include "secrets/KeyRing.h"
#include "secrets/PrivateKeyFile.h"
#include "secrets/SecretStore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace vigie;

namespace {

constexpr int Timeout = 60000;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char& c : bytes)
        c = char(generator.bounded(256)); // includes NUL bytes on purpose
    return bytes;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Every line of a PEM/OpenSSH body: none of them may show up in Vigie's files.
// A copy of a secret for comparisons (test code only: Vigie itself never copies one out).
QByteArray bytesOf(const SharedSecret& secret)
{
    return secret ? QByteArray(secret->constData(), secret->size()) : QByteArray();
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

// Files under `dir` that contain any of `needles`.
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

struct RawItem
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

// Reads one keychain item directly, bypassing SecretStore's chunking.
RawItem rawRead(const QString& service, const QString& key)
{
    std::optional<RawItem> item;
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QObject receiver; // after a timeout, the late answer must not touch `item`
    QObject::connect(job, &QKeychain::Job::finished, &receiver, [&item](QKeychain::Job* finished) {
        item = RawItem{finished->error(),
                       static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData()};
    });
    job->start();
    if (!QTest::qWaitFor([&] { return item.has_value(); }, Timeout))
        return {};
    return *item;
}

QKeychain::Error rawWrite(const QString& service, const QString& key, const QByteArray& data)
{
    std::optional<QKeychain::Error> error;
    auto* job = new QKeychain::WritePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    const QObject receiver;
    QObject::connect(job, &QKeychain::Job::finished, &receiver,
                     [&error](QKeychain::Job* finished) { error = finished->error(); });
    job->start();
    if (!QTest::qWaitFor([&] { return error.has_value(); }, Timeout))
        return QKeychain::OtherError;
    return *error;
}

QKeychain::Error rawDelete(const QString& service, const QString& key)
{
    std::optional<QKeychain::Error> error;
    auto* job = new QKeychain::DeletePasswordJob(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    const QObject receiver;
    QObject::connect(job, &QKeychain::Job::finished, &receiver,
                     [&error](QKeychain::Job* finished) { error = finished->error(); });
    job->start();
    if (!QTest::qWaitFor([&] { return error.has_value(); }, Timeout))
        return QKeychain::OtherError;
    return *error;
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip_data();
    void roundTrip();
    void chunksAreSeparateItems();
    void overwriteWithShorterSecret();
    void overwriteWithLongerSecret();
    void mixedChunksAreDetected();
    void removeThenNotFound();
    void readMissingKey();
    void callbackDroppedWhenContextDies();
    void keyRingImportsRsa4096ByteForByte();
    void keyRingRemembersPassphraseOnlyWhenAsked();
    void keyRingRefusesDuplicatesAndBadNames();
    void keyRingRenamePersists();
    void keyRingRemove();
    void keyRingRemoveWhenKeychainLostTheKey();
    void keyRingGeneratesEd25519();
    void nothingSecretOnDisk();
    void keyRingRefusesCorruptMetadata();

private:
    SecretError write(const QString& key, const QByteArray& data);
    SecretReadResult read(const QString& key);
    SecretError remove(const QString& key);
    KeyResult importFile(KeyRing& ring, const QString& name, const QString& path,
                         const QByteArray& passphrase, bool remember);
    PrivateKeyMaterial loadKey(KeyRing& ring, const QString& name);
    QString removeKey(KeyRing& ring, const QString& name);
    QString makeKey(const QString& name, const QStringList& args);
    QString key(const QString& name) const { return QStringLiteral("test/") + name; }

    test::IsolatedHome m_home; // before anything reads QStandardPaths
    QTemporaryDir m_keysDir;   // private key files made by ssh-keygen, outside m_home
    QString m_service = QStringLiteral("VigieTest-") + QUuid::createUuid().toString(QUuid::Id128);
    SecretStore* m_store = nullptr;
    QStringList m_usedKeys;
    QByteArray m_passphrase = "correct-horse-7f3a9c-passphrase";
    QList<QByteArray> m_secretNeedles; // everything that must never reach Vigie's files
};

void TestKeychain::initTestCase()
{
    QVERIFY(m_keysDir.isValid());
    m_store = new SecretStore(m_service, this);
    const SecretError probe = write(key(QStringLiteral("probe")), "probe");
    if (probe.code == SecretError::Code::NoKeychain)
        QFAIL("No Secret Service on the session bus: run the tests through "
              "tests/fixtures/with-secret-service.sh");
    QVERIFY2(!probe.isError(), qPrintable(probe.message));
}

void TestKeychain::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString& used : std::as_const(m_usedKeys))
        remove(used);
}

SecretError TestKeychain::write(const QString& k, const QByteArray& data)
{
    m_usedKeys.append(k);
    std::optional<SecretError> result;
    QObject context; // a late answer (after a timeout) is dropped
    m_store->write(k, data, &context, [&result](const SecretError& error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return SecretError{SecretError::Code::Other, QStringLiteral("timeout")};
    return *result;
}

SecretReadResult TestKeychain::read(const QString& k)
{
    std::optional<SecretReadResult> result;
    QObject context; // a late answer (after a timeout) is dropped
    m_store->read(k, &context, [&result](const SecretReadResult& read) { result = read; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return SecretReadResult{{}, {SecretError::Code::Other, QStringLiteral("timeout")}};
    return *result;
}

SecretError TestKeychain::remove(const QString& k)
{
    std::optional<SecretError> result;
    QObject context; // a late answer (after a timeout) is dropped
    m_store->remove(k, &context, [&result](const SecretError& error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return SecretError{SecretError::Code::Other, QStringLiteral("timeout")};
    return *result;
}

KeyResult TestKeychain::importFile(KeyRing& ring, const QString& name, const QString& path,
                                   const QByteArray& passphrase, bool remember)
{
    std::optional<KeyResult> result;
    QObject context; // a late answer (after a timeout) is dropped
    ring.importFile(name, path, passphrase, remember, &context,
                    [&result](const KeyResult& imported) { result = imported; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return KeyResult{{}, QStringLiteral("timeout")};
    if (result->ok()) {
        m_usedKeys << QStringLiteral("ssh-key/") + result->key.id
                   << QStringLiteral("ssh-key/%1/passphrase").arg(result->key.id);
    }
    return *result;
}

PrivateKeyMaterial TestKeychain::loadKey(KeyRing& ring, const QString& name)
{
    std::optional<PrivateKeyMaterial> result;
    QObject context; // a late answer (after a timeout) is dropped
    ring.loadPrivateKey(name, &context, [&result](const PrivateKeyMaterial& m) { result = m; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout)) {
        PrivateKeyMaterial timeout;
        timeout.error = QStringLiteral("timeout");
        return timeout;
    }
    return *result;
}

QString TestKeychain::removeKey(KeyRing& ring, const QString& name)
{
    std::optional<QString> result;
    QObject context; // a late answer (after a timeout) is dropped
    ring.remove(name, &context, [&result](const QString& error) { result = error; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, Timeout))
        return QStringLiteral("timeout");
    return *result;
}

QString TestKeychain::makeKey(const QString& name, const QStringList& args)
{
    const QString path = m_keysDir.filePath(name);
    int exitCode = -1;
    test::runProgram(QStringLiteral("ssh-keygen"),
                     args + QStringList{QStringLiteral("-q"), QStringLiteral("-f"), path},
                     &exitCode);
    if (exitCode != 0)
        return {};
    m_secretNeedles += keyBodyLines(readFile(path));
    return path;
}

void TestKeychain::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<int>("items"); // keychain items used, header included in the first
    QTest::newRow("empty") << QByteArray() << 1;
    QTest::newRow("small") << QByteArray("s3cret") << 1;
    QTest::newRow("nul bytes") << QByteArray("a\0b\0\xff", 5) << 1;
    // Chunk 0 holds a 13-byte header (version, size, digest) and 2035 bytes of the secret.
    QTest::newRow("first chunk full") << randomBytes(SecretStore::ChunkSize - 13, 1) << 1;
    QTest::newRow("one byte over") << randomBytes(SecretStore::ChunkSize - 12, 2) << 2;
    QTest::newRow("exactly 2 KiB") << randomBytes(2048, 3) << 2;
    QTest::newRow("3 KiB") << randomBytes(3 * 1024, 4) << 2;
    QTest::newRow("5000 bytes") << randomBytes(5000, 5) << 3;
    QTest::newRow("20000 bytes") << randomBytes(20000, 6) << 10;
}

void TestKeychain::roundTrip()
{
    QFETCH(QByteArray, secret);
    QFETCH(int, items);
    const QString k =
        key(QStringLiteral("roundtrip-%1").arg(QLatin1String(QTest::currentDataTag())));
    const SecretError written = write(k, secret);
    QVERIFY2(!written.isError(), qPrintable(written.message));
    const SecretReadResult back = read(k);
    QVERIFY2(!back.error.isError(), qPrintable(back.error.message));
    QCOMPARE(back.data.size(), secret.size());
    QVERIFY(back.data == secret);

    // Exactly `items` items exist, none larger than ChunkSize.
    for (int i = 0; i < items; ++i) {
        const RawItem item =
            rawRead(m_service, i == 0 ? k : k + QLatin1Char('.') + QString::number(i));
        QCOMPARE(item.error, QKeychain::NoError);
        QVERIFY(item.data.size() <= SecretStore::ChunkSize);
    }
    QCOMPARE(rawRead(m_service, k + QLatin1Char('.') + QString::number(items)).error,
             QKeychain::EntryNotFound);
}

void TestKeychain::chunksAreSeparateItems()
{
    const QByteArray secret = randomBytes(5000, 7);
    const QString k = key(QStringLiteral("chunks"));
    QVERIFY(!write(k, secret).isError());

    const RawItem first = rawRead(m_service, k);
    QCOMPARE(first.error, QKeychain::NoError);
    QCOMPARE(first.data.size(), SecretStore::ChunkSize);
    QCOMPARE(first.data.at(0), char(1));                               // header version
    QCOMPARE(first.data.mid(1, 4), QByteArray("\x00\x00\x13\x88", 4)); // 5000, big-endian
    QCOMPARE(first.data.mid(5, 8),
             QCryptographicHash::hash(secret, QCryptographicHash::Sha256).left(8));
    QVERIFY(first.data.mid(13) == secret.left(2035));
    const RawItem second = rawRead(m_service, k + QStringLiteral(".1"));
    QCOMPARE(second.error, QKeychain::NoError);
    QVERIFY(second.data == secret.mid(2035, 2048));
    const RawItem third = rawRead(m_service, k + QStringLiteral(".2"));
    QCOMPARE(third.error, QKeychain::NoError);
    QVERIFY(third.data == secret.mid(2035 + 2048));

    // The Secret Service itself lists three items for this secret.
    // scripts/install-deps installs libsecret-tools: its absence is a failure, not a skip.
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool not installed (libsecret-tools)");
    // secret-tool prints the attributes on stderr.
    QProcess secretTool;
    secretTool.setProcessChannelMode(QProcess::MergedChannels);
    secretTool.start(
        QStringLiteral("secret-tool"),
        {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), m_service});
    QVERIFY(secretTool.waitForFinished(Timeout));
    QCOMPARE(secretTool.exitCode(), 0);
    const QByteArray user = "attribute.user = " + k.toUtf8();
    int items = 0;
    for (const QByteArray& line : secretTool.readAll().split('\n')) {
        if (line == user || line.startsWith(user + '.'))
            ++items;
    }
    QCOMPARE(items, 3);
}

void TestKeychain::overwriteWithShorterSecret()
{
    const QString k = key(QStringLiteral("shrink"));
    QVERIFY(!write(k, randomBytes(5000, 8)).isError());
    const QByteArray shorter = "short secret";
    QVERIFY(!write(k, shorter).isError());
    const SecretReadResult back = read(k);
    QVERIFY2(!back.error.isError(), qPrintable(back.error.message));
    QCOMPARE(back.data, shorter);
    // The stale chunks of the longer secret are gone.
    QCOMPARE(rawRead(m_service, k + QStringLiteral(".1")).error, QKeychain::EntryNotFound);
    QCOMPARE(rawRead(m_service, k + QStringLiteral(".2")).error, QKeychain::EntryNotFound);
}

void TestKeychain::overwriteWithLongerSecret()
{
    const QString k = key(QStringLiteral("grow"));
    QVERIFY(!write(k, "tiny").isError());
    const QByteArray longer = randomBytes(6000, 9);
    QVERIFY(!write(k, longer).isError());
    const SecretReadResult back = read(k);
    QVERIFY(!back.error.isError());
    QVERIFY(back.data == longer);
}

void TestKeychain::mixedChunksAreDetected()
{
    // What an overwrite interrupted between two chunks leaves: never returned as the secret.
    const QString k = key(QStringLiteral("mixed"));
    QVERIFY(!write(k, randomBytes(5000, 11)).isError());
    QCOMPARE(rawWrite(m_service, k + QStringLiteral(".1"), randomBytes(2048, 12)),
             QKeychain::NoError);
    const SecretReadResult mixed = read(k);
    QCOMPARE(mixed.error.code, SecretError::Code::Other);
    QVERIFY2(mixed.error.message.contains(QLatin1String("damaged")),
             qPrintable(mixed.error.message));
    QVERIFY(mixed.data.isEmpty());

    // A missing middle chunk is reported the same way.
    QVERIFY(!write(k, randomBytes(5000, 13)).isError());
    QCOMPARE(rawDelete(m_service, k + QStringLiteral(".1")), QKeychain::NoError);
    const SecretReadResult missing = read(k);
    QCOMPARE(missing.error.code, SecretError::Code::Other);
    QVERIFY(missing.data.isEmpty());
    // ... and remove() still cleans up what is left.
    QVERIFY(!remove(k).isError());
    QCOMPARE(rawRead(m_service, k + QStringLiteral(".2")).error, QKeychain::EntryNotFound);
}

void TestKeychain::removeThenNotFound()
{
    const QString k = key(QStringLiteral("remove"));
    QVERIFY(!write(k, randomBytes(5000, 10)).isError());
    const SecretError removed = remove(k);
    QVERIFY2(!removed.isError(), qPrintable(removed.message));
    const SecretReadResult back = read(k);
    QCOMPARE(back.error.code, SecretError::Code::NotFound);
    QVERIFY(!back.error.message.isEmpty());
    QVERIFY(back.data.isEmpty());
    for (const QString& item : {k, k + QStringLiteral(".1"), k + QStringLiteral(".2")})
        QCOMPARE(rawRead(m_service, item).error, QKeychain::EntryNotFound);
    // Removing what does not exist is not an error.
    QVERIFY(!remove(k).isError());
}

void TestKeychain::readMissingKey()
{
    const SecretReadResult back = read(key(QStringLiteral("never-written")));
    QCOMPARE(back.error.code, SecretError::Code::NotFound);
}

void TestKeychain::callbackDroppedWhenContextDies()
{
    const QString k = key(QStringLiteral("context"));
    bool readCalled = false;
    bool writeCalled = false;
    auto* context = new QObject;
    m_store->write(k, "written anyway", context, [&](const SecretError&) { writeCalled = true; });
    m_store->read(k, context, [&](const SecretReadResult&) { readCalled = true; });
    delete context;
    m_usedKeys.append(k);
    // The write itself still completes; its callback and the read's are dropped.
    QTRY_VERIFY_WITH_TIMEOUT(rawRead(m_service, k).error == QKeychain::NoError, Timeout);
    QTest::qWait(200);
    QVERIFY(!writeCalled);
    QVERIFY(!readCalled);
    const SecretReadResult back = read(k);
    QVERIFY(!back.error.isError());
    QCOMPARE(back.data, QByteArray("written anyway"));
}

void TestKeychain::keyRingImportsRsa4096ByteForByte()
{
    const QString path = makeKey(QStringLiteral("id_rsa4096"),
                                 {QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"),
                                  QStringLiteral("4096"), QStringLiteral("-N"), QString(),
                                  QStringLiteral("-C"), QStringLiteral("ops-rsa@example.test")});
    QVERIFY(!path.isEmpty());
    const QByteArray fileBytes = readFile(path);
    QVERIFY(fileBytes.size() > 3000); // several chunks

    KeyRing ring(m_store);
    QVERIFY(ring.load());
    const KeyResult imported = importFile(ring, QStringLiteral("deploy-rsa"), path, {}, false);
    QVERIFY2(imported.ok(), qPrintable(imported.error));
    QCOMPARE(imported.key.name, QStringLiteral("deploy-rsa"));
    QCOMPARE(imported.key.comment, QStringLiteral("ops-rsa@example.test"));
    QVERIFY(!imported.key.encrypted);
    QVERIFY(!QUuid::fromString(imported.key.id).isNull());
    QVERIFY(!imported.key.id.contains(QLatin1Char('{')));
    // The exportable authorized_keys line is the one ssh-keygen wrote.
    QCOMPARE(imported.key.authorizedKeysLine(),
             QString::fromUtf8(readFile(path + QStringLiteral(".pub")).trimmed()));

    const PrivateKeyMaterial material = loadKey(ring, QStringLiteral("deploy-rsa"));
    QVERIFY2(material.ok(), qPrintable(material.error));
    QCOMPARE(bytesOf(material.privateKey).size(), fileBytes.size());
    QVERIFY(bytesOf(material.privateKey) == fileBytes);
    QVERIFY(bytesOf(material.passphrase).isEmpty());
    QCOMPARE(material.key.id, imported.key.id);

    // Stored under ssh-key/<id>, chunked.
    const QString item = QStringLiteral("ssh-key/") + imported.key.id;
    QCOMPARE(rawRead(m_service, item).error, QKeychain::NoError);
    QCOMPARE(rawRead(m_service, item + QStringLiteral(".1")).error, QKeychain::NoError);
}

void TestKeychain::keyRingRemembersPassphraseOnlyWhenAsked()
{
    const QString remembered =
        makeKey(QStringLiteral("id_pass_remembered"),
                {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                 QString::fromLatin1(m_passphrase), QStringLiteral("-C"),
                 QStringLiteral("ops pass@example.test")});
    const QString forgotten = makeKey(QStringLiteral("id_pass_forgotten"),
                                      {QStringLiteral("-t"), QStringLiteral("ecdsa"),
                                       QStringLiteral("-N"), QString::fromLatin1(m_passphrase)});
    QVERIFY(!remembered.isEmpty() && !forgotten.isEmpty());
    m_secretNeedles.append(m_passphrase);

    KeyRing ring(m_store);
    QVERIFY(ring.load());
    const KeyResult first =
        importFile(ring, QStringLiteral("with-pass"), remembered, m_passphrase, true);
    QVERIFY2(first.ok(), qPrintable(first.error));
    QVERIFY(first.key.encrypted);
    QVERIFY(first.key.passphraseStored);
    // The comment of an encrypted key comes from FILE.pub (spaces kept).
    QCOMPARE(first.key.comment, QStringLiteral("ops pass@example.test"));
    const PrivateKeyMaterial material = loadKey(ring, QStringLiteral("with-pass"));
    QVERIFY2(material.ok(), qPrintable(material.error));
    QVERIFY(bytesOf(material.privateKey) == readFile(remembered));
    QCOMPARE(bytesOf(material.passphrase), m_passphrase);

    const KeyResult second =
        importFile(ring, QStringLiteral("ask-pass"), forgotten, m_passphrase, false);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(second.key.encrypted);
    QVERIFY(!second.key.passphraseStored);
    const PrivateKeyMaterial noPass = loadKey(ring, QStringLiteral("ask-pass"));
    QVERIFY(noPass.ok());
    QVERIFY(bytesOf(noPass.passphrase).isEmpty());
    QCOMPARE(rawRead(m_service, QStringLiteral("ssh-key/%1/passphrase").arg(second.key.id)).error,
             QKeychain::EntryNotFound);
}

void TestKeychain::keyRingRefusesDuplicatesAndBadNames()
{
    KeyRing ring(m_store);
    QVERIFY(ring.load());
    QVERIFY(ring.find(QStringLiteral("deploy-rsa")));
    const QString path = m_keysDir.filePath(QStringLiteral("id_rsa4096"));

    const KeyResult again = importFile(ring, QStringLiteral("other-name"), path, {}, false);
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(QLatin1String("already imported as \"deploy-rsa\"")),
             qPrintable(again.error));

    const QString other =
        makeKey(QStringLiteral("id_other"),
                {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString()});
    const KeyResult sameName = importFile(ring, QStringLiteral("deploy-rsa"), other, {}, false);
    QVERIFY(!sameName.ok());
    QVERIFY2(sameName.error.contains(QLatin1String("already exists")), qPrintable(sameName.error));

    for (const QString& bad : {QString(), QStringLiteral("has space"), QStringLiteral("a/b"),
                               QString(65, QLatin1Char('x'))}) {
        const KeyResult refused = importFile(ring, bad, other, {}, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("Invalid key name")),
                 qPrintable(refused.error));
    }
    QVERIFY(KeyRing::isValidName(QStringLiteral("ops@prod-1.example_test")));
    QCOMPARE(ring.keys().size(), 3); // deploy-rsa, with-pass, ask-pass
}

void TestKeychain::keyRingRenamePersists()
{
    KeyRing ring(m_store);
    QVERIFY(ring.load());
    const KeyInfo before = *ring.find(QStringLiteral("deploy-rsa"));
    QSignalSpy changed(&ring, &KeyRing::keysChanged);
    QString error;
    QVERIFY(!ring.rename(QStringLiteral("deploy-rsa"), QStringLiteral("with-pass"), &error));
    QVERIFY(error.contains(QLatin1String("already exists")));
    QVERIFY(!ring.rename(QStringLiteral("nope"), QStringLiteral("x"), &error));
    QVERIFY2(ring.rename(QStringLiteral("deploy-rsa"), QStringLiteral("prod-rsa"), &error),
             qPrintable(error));
    QCOMPARE(changed.count(), 1);

    KeyRing reloaded(m_store);
    QVERIFY(reloaded.load(&error));
    QVERIFY(!reloaded.find(QStringLiteral("deploy-rsa")));
    const std::optional<KeyInfo> after = reloaded.find(QStringLiteral("prod-rsa"));
    QVERIFY(after);
    QCOMPARE(after->id, before.id);
    QCOMPARE(after->fingerprint(), before.fingerprint());
    QCOMPARE(after->comment, before.comment);
    QCOMPARE(after->created, before.created);
    // The keychain item follows the id, not the name.
    const PrivateKeyMaterial material = loadKey(reloaded, QStringLiteral("prod-rsa"));
    QVERIFY2(material.ok(), qPrintable(material.error));
    QVERIFY(bytesOf(material.privateKey) ==
            readFile(m_keysDir.filePath(QStringLiteral("id_rsa4096"))));
}

void TestKeychain::keyRingRemove()
{
    KeyRing ring(m_store);
    QVERIFY(ring.load());
    const KeyInfo key = *ring.find(QStringLiteral("with-pass"));
    QCOMPARE(removeKey(ring, QStringLiteral("with-pass")), QString());
    QVERIFY(!ring.find(QStringLiteral("with-pass")));
    QCOMPARE(rawRead(m_service, QStringLiteral("ssh-key/") + key.id).error,
             QKeychain::EntryNotFound);
    QCOMPARE(rawRead(m_service, QStringLiteral("ssh-key/%1/passphrase").arg(key.id)).error,
             QKeychain::EntryNotFound);
    QVERIFY(!loadKey(ring, QStringLiteral("with-pass")).ok());
    QVERIFY(!readFile(m_home.path() + QStringLiteral("/config/vigie/keys.json"))
                 .contains(key.id.toLatin1()));
    QVERIFY(!removeKey(ring, QStringLiteral("with-pass")).isEmpty()); // no such key any more
}

void TestKeychain::keyRingRemoveWhenKeychainLostTheKey()
{
    KeyRing ring(m_store);
    QVERIFY(ring.load());
    const KeyInfo key = *ring.find(QStringLiteral("ask-pass"));
    QVERIFY(!remove(QStringLiteral("ssh-key/") + key.id).isError());
    const PrivateKeyMaterial lost = loadKey(ring, QStringLiteral("ask-pass"));
    QVERIFY(!lost.ok());
    QVERIFY(bytesOf(lost.privateKey).isEmpty());
    QCOMPARE(removeKey(ring, QStringLiteral("ask-pass")), QString());
    QVERIFY(!ring.find(QStringLiteral("ask-pass")));
}

void TestKeychain::keyRingGeneratesEd25519()
{
    KeyRing ring(m_store);
    QVERIFY(ring.load());
    std::optional<KeyResult> generated;
    ring.generateEd25519(QStringLiteral("laptop"), this,
                         [&generated](const KeyResult& result) { generated = result; });
    QVERIFY(QTest::qWaitFor([&] { return generated.has_value(); }, Timeout));
    QVERIFY2(generated->ok(), qPrintable(generated->error));
    m_usedKeys << QStringLiteral("ssh-key/") + generated->key.id;
    QCOMPARE(generated->key.publicKey.type(), QStringLiteral("ssh-ed25519"));
    QVERIFY(generated->key.comment.startsWith(QLatin1String("vigie-laptop@")));

    const PrivateKeyMaterial material = loadKey(ring, QStringLiteral("laptop"));
    QVERIFY2(material.ok(), qPrintable(material.error));
    m_secretNeedles += keyBodyLines(bytesOf(material.privateKey));
    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(bytesOf(material.privateKey));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.info.publicKey, generated->key.publicKey);

    // OpenSSH reads the stored key and derives the same authorized_keys line.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("laptop"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytesOf(material.privateKey));
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray derived = test::runProgram(QStringLiteral("ssh-keygen"),
                                                {QStringLiteral("-y"), QStringLiteral("-f"), path});
    QCOMPARE(QString::fromUtf8(derived.trimmed()), generated->key.authorizedKeysLine());
}

void TestKeychain::nothingSecretOnDisk()
{
    const QString keysJson = m_home.path() + QStringLiteral("/config/vigie/keys.json");
    QVERIFY(QFile::exists(keysJson));
    const QFile::Permissions permissions = QFile::permissions(keysJson);
    QVERIFY(permissions.testFlags(QFile::ReadOwner | QFile::WriteOwner));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                      QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY((permissions & others) == QFile::Permissions()); // 0600

    const QJsonDocument document = QJsonDocument::fromJson(readFile(keysJson));
    const QJsonArray keys = document.object().value(QStringLiteral("keys")).toArray();
    QVERIFY(!keys.isEmpty());
    const QStringList expectedFields{
        QStringLiteral("comment"),   QStringLiteral("created"), QStringLiteral("encrypted"),
        QStringLiteral("id"),        QStringLiteral("name"),    QStringLiteral("passphraseStored"),
        QStringLiteral("publicKey"), QStringLiteral("type")};
    for (const QJsonValue& entry : keys) {
        QStringList fields = entry.toObject().keys();
        fields.sort();
        QCOMPARE(fields, expectedFields);
    }

    QVERIFY(m_secretNeedles.size() > 50);
    QList<QByteArray> needles = m_secretNeedles;
    needles << "PRIVATE KEY";
    const QStringList hits = filesContaining(m_home.path(), needles);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char(' '))));
}

void TestKeychain::keyRingRefusesCorruptMetadata()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keys.json"));
    KeyRing ring(m_store, path);
    QString error;
    QVERIFY2(ring.load(&error), qPrintable(error)); // missing file: empty ring
    QVERIFY(ring.keys().isEmpty());

    for (const QByteArray& corrupt :
         {QByteArray("{not json"), QByteArray("[]"),
          QByteArray(R"({"version": 1, "keys": [{"id": "x", "name": "a"}]})")}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(corrupt);
        file.close();
        error.clear();
        QVERIFY(!ring.load(&error));
        QVERIFY2(error.contains(path), qPrintable(error));
        // Nothing may overwrite it until it is repaired: no import, no generation.
        bool done = false;
        QString importError;
        ring.generateEd25519(QStringLiteral("after-corruption"), this, [&](const KeyResult& r) {
            importError = r.error;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(importError.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), corrupt);
    }
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
