// PrivateKeyFile against real keys made at test time by ssh-keygen and openssl (no private key
// is ever committed), and against damaged input.

#include "secrets/PrivateKeyFile.h"
#include "ssh/SshWire.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

struct ToolRun
{
    QByteArray out;
    QByteArray err;
    int exitCode = -1;
};

ToolRun runTool(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    process.closeWriteChannel();
    ToolRun run;
    if (!process.waitForFinished(120000)) {
        run.err = "did not finish";
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write(data);
    file.close();
    // ssh-keygen refuses to read private keys that others can read.
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// The decoded openssh-key-v1 container of an OpenSSH private key file.
QByteArray opensshContainer(const QByteArray& text)
{
    QList<QByteArray> lines = text.trimmed().split('\n');
    lines.removeFirst();
    lines.removeLast();
    return QByteArray::fromBase64(lines.join());
}

QByteArray armor(const QByteArray& container)
{
    QByteArray text = "-----BEGIN OPENSSH "
                      "PRIVATE KEY-----\n";
    const QByteArray base64 = container.toBase64();
    for (qsizetype pos = 0; pos < base64.size(); pos += 70)
        text += base64.mid(pos, 70) + '\n';
    return text + "-----END OPENSSH PRIVATE KEY-----\n";
}

// No error message may quote the key: check that no 16-character piece of its base64 leaks.
void verifyNoKeyMaterial(const QString& message, const QByteArray& keyText)
{
    const QByteArray body = opensshContainer(keyText).toBase64();
    for (qsizetype pos = 0; pos + 16 <= body.size(); pos += 8)
        QVERIFY2(!message.contains(QString::fromLatin1(body.mid(pos, 16))), qPrintable(message));
}

} // namespace

class TestPrivateKeyFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesRealKeys_data();
    void parsesRealKeys();
    void encryptedPemPassphrase_data();
    void encryptedPemPassphrase();
    void unsupportedPemType();
    void generatedEd25519IsAcceptedBySshKeygen();
    void generatedKeysDiffer();
    void rejectsGarbage_data();
    void rejectsGarbage();
    void rejectsEveryTruncation();
    void survivesBitFlips();
    void rejectsMultipleKeys();
    void rejectsUnknownType();
    void rejectsMismatchedHalves();
    void rejectsDifferentCheckBytes();

private:
    // Makes a key with `command` (ssh-keygen or openssl argument list, %1 = key path).
    QString makeKey(const QString& name, const QString& program, const QStringList& args);
    // What ssh-keygen itself derives from the private key: "type base64 [comment]".
    QByteArray sshKeygenPublic(const QString& path, const QByteArray& passphrase);
    QString sshKeygenFingerprint(const QByteArray& publicLine, int* bits);
    QByteArray opensslEd25519Public(const QString& path, const QByteArray& passphrase);

    QTemporaryDir m_dir;
    QByteArray m_ed25519; // a reference unencrypted key for the damage tests
};

void TestPrivateKeyFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty())
        QFAIL("ssh-keygen and openssl are needed (openssh-client, openssl)");
    const QString path =
        makeKey(QStringLiteral("reference"), QStringLiteral("ssh-keygen"),
                {QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                 QStringLiteral("-C"), QStringLiteral("reference@example.test")});
    QVERIFY(!path.isEmpty());
    m_ed25519 = readFile(path);
    QVERIFY(m_ed25519.startsWith("-----BEGIN OPENSSH "
                                 "PRIVATE KEY-----"));
}

QString TestPrivateKeyFile::makeKey(const QString& name, const QString& program,
                                    const QStringList& args)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    QStringList fullArgs = args;
    if (program == QLatin1String("ssh-keygen"))
        fullArgs << QStringLiteral("-q") << QStringLiteral("-f") << path;
    else
        fullArgs << QStringLiteral("-out") << path;
    const ToolRun run = runTool(program, fullArgs);
    if (run.exitCode != 0) {
        qWarning("%s failed: %s", qPrintable(program), run.err.constData());
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QByteArray TestPrivateKeyFile::sshKeygenPublic(const QString& path, const QByteArray& passphrase)
{
    QStringList args{QStringLiteral("-y"), QStringLiteral("-f"), path};
    // -P keeps ssh-keygen from prompting; an empty -P is fine for unencrypted keys.
    args << QStringLiteral("-P") << QString::fromUtf8(passphrase);
    const ToolRun run = runTool(QStringLiteral("ssh-keygen"), args);
    if (run.exitCode != 0)
        qWarning("ssh-keygen -y failed: %s", run.err.constData());
    return run.out.trimmed();
}

QByteArray TestPrivateKeyFile::opensslEd25519Public(const QString& path,
                                                    const QByteArray& passphrase)
{
    const ToolRun run =
        runTool(QStringLiteral("openssl"),
                {QStringLiteral("pkey"), QStringLiteral("-in"), path, QStringLiteral("-passin"),
                 QStringLiteral("pass:") + QString::fromUtf8(passphrase), QStringLiteral("-pubout"),
                 QStringLiteral("-outform"), QStringLiteral("DER")});
    if (run.exitCode != 0 || run.out.size() != 44) // SubjectPublicKeyInfo: 12-byte prefix + key
        return {};
    WireWriter blob;
    blob.writeString("ssh-ed25519");
    blob.writeString(run.out.right(32));
    return "ssh-ed25519 " + blob.data().toBase64();
}

QString TestPrivateKeyFile::sshKeygenFingerprint(const QByteArray& publicLine, int* bits)
{
    const QString pubPath = m_dir.filePath(QStringLiteral("derived.pub"));
    if (!writeFile(pubPath, publicLine + '\n'))
        return {};
    const ToolRun run = runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), pubPath});
    const QList<QByteArray> fields = run.out.trimmed().split(' ');
    if (run.exitCode != 0 || fields.size() < 2)
        return {};
    *bits = fields.at(0).toInt();
    return QString::fromLatin1(fields.at(1));
}

void TestPrivateKeyFile::parsesRealKeys_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("format");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("comment"); // expected from the private key itself
    QTest::addColumn<QString>("type");

    const auto keygen = [](const char* type, int bits, const char* pass, QStringList extra = {}) {
        QStringList args{QStringLiteral("-t"), QString::fromLatin1(type),
                         QStringLiteral("-N"), QString::fromLatin1(pass),
                         QStringLiteral("-C"), QStringLiteral("ops@example.test")};
        if (bits)
            args << QStringLiteral("-b") << QString::number(bits);
        return args + extra;
    };
    const QString sshKeygen = QStringLiteral("ssh-keygen");
    const QString openssl = QStringLiteral("openssl");
    const int openSsh = int(PrivateKeyInfo::Format::OpenSsh);
    const int pem = int(PrivateKeyInfo::Format::Pem);
    const QString comment = QStringLiteral("ops@example.test");

    QTest::newRow("ed25519") << sshKeygen << keygen("ed25519", 0, "") << QByteArray() << openSsh
                             << false << comment << QStringLiteral("ssh-ed25519");
    QTest::newRow("ecdsa-256") << sshKeygen << keygen("ecdsa", 256, "") << QByteArray() << openSsh
                               << false << comment << QStringLiteral("ecdsa-sha2-nistp256");
    QTest::newRow("ecdsa-384") << sshKeygen << keygen("ecdsa", 384, "") << QByteArray() << openSsh
                               << false << comment << QStringLiteral("ecdsa-sha2-nistp384");
    QTest::newRow("ecdsa-521") << sshKeygen << keygen("ecdsa", 521, "") << QByteArray() << openSsh
                               << false << comment << QStringLiteral("ecdsa-sha2-nistp521");
    QTest::newRow("rsa-2048") << sshKeygen << keygen("rsa", 2048, "") << QByteArray() << openSsh
                              << false << comment << QStringLiteral("ssh-rsa");
    QTest::newRow("rsa-4096") << sshKeygen << keygen("rsa", 4096, "") << QByteArray() << openSsh
                              << false << comment << QStringLiteral("ssh-rsa");
    // The comment of an encrypted OpenSSH key is inside the encrypted part.
    QTest::newRow("ed25519-encrypted")
        << sshKeygen << keygen("ed25519", 0, "pass phrase") << QByteArray("pass phrase") << openSsh
        << true << QString() << QStringLiteral("ssh-ed25519");
    QTest::newRow("ecdsa-encrypted")
        << sshKeygen << keygen("ecdsa", 384, "pass phrase") << QByteArray("pass phrase") << openSsh
        << true << QString() << QStringLiteral("ecdsa-sha2-nistp384");

    // Legacy PEM: PKCS#1 RSA, SEC1 EC, PKCS#8 from ssh-keygen and from openssl.
    QTest::newRow("pem-rsa-pkcs1")
        << sshKeygen << keygen("rsa", 2048, "", {QStringLiteral("-m"), QStringLiteral("PEM")})
        << QByteArray() << pem << false << QString() << QStringLiteral("ssh-rsa");
    QTest::newRow("pem-ec-sec1") << sshKeygen
                                 << keygen("ecdsa", 256, "",
                                           {QStringLiteral("-m"), QStringLiteral("PEM")})
                                 << QByteArray() << pem << false << QString()
                                 << QStringLiteral("ecdsa-sha2-nistp256");
    QTest::newRow("pem-rsa-pkcs8-ssh-keygen")
        << sshKeygen << keygen("rsa", 3072, "", {QStringLiteral("-m"), QStringLiteral("PKCS8")})
        << QByteArray() << pem << false << QString() << QStringLiteral("ssh-rsa");
    QTest::newRow("pkcs8-ed25519")
        << openssl
        << QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                       QStringLiteral("ED25519")}
        << QByteArray() << pem << false << QString() << QStringLiteral("ssh-ed25519");
    QTest::newRow("pkcs8-ec-384") << openssl
                                  << QStringList{QStringLiteral("genpkey"),
                                                 QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                                 QStringLiteral("-pkeyopt"),
                                                 QStringLiteral("ec_paramgen_curve:P-384")}
                                  << QByteArray() << pem << false << QString()
                                  << QStringLiteral("ecdsa-sha2-nistp384");
    QTest::newRow("pkcs8-ec-521") << openssl
                                  << QStringList{QStringLiteral("genpkey"),
                                                 QStringLiteral("-algorithm"), QStringLiteral("EC"),
                                                 QStringLiteral("-pkeyopt"),
                                                 QStringLiteral("ec_paramgen_curve:P-521")}
                                  << QByteArray() << pem << false << QString()
                                  << QStringLiteral("ecdsa-sha2-nistp521");
    QTest::newRow("pkcs8-rsa") << openssl
                               << QStringList{QStringLiteral("genpkey"),
                                              QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                                              QStringLiteral("-pkeyopt"),
                                              QStringLiteral("rsa_keygen_bits:2048")}
                               << QByteArray() << pem << false << QString()
                               << QStringLiteral("ssh-rsa");
    QTest::newRow("pkcs8-ed25519-encrypted")
        << openssl << QStringList{QStringLiteral("genpkey"), QStringLiteral("-algorithm"),
                                  QStringLiteral("ED25519"), QStringLiteral("-aes256"),
                                  QStringLiteral("-pass"),   QStringLiteral("pass:s3cret pw")}
        << QByteArray("s3cret pw") << pem << true << QString() << QStringLiteral("ssh-ed25519");
    QTest::newRow("pem-rsa-pkcs1-encrypted")
        << sshKeygen
        << keygen("rsa", 2048, "s3cret pw", {QStringLiteral("-m"), QStringLiteral("PEM")})
        << QByteArray("s3cret pw") << pem << true << QString() << QStringLiteral("ssh-rsa");
    QTest::newRow("pem-ec-sec1-encrypted")
        << sshKeygen
        << keygen("ecdsa", 521, "s3cret pw", {QStringLiteral("-m"), QStringLiteral("PEM")})
        << QByteArray("s3cret pw") << pem << true << QString()
        << QStringLiteral("ecdsa-sha2-nistp521");
}

void TestPrivateKeyFile::parsesRealKeys()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, format);
    QFETCH(bool, encrypted);
    QFETCH(QString, comment);
    QFETCH(QString, type);

    const QString path = makeKey(QStringLiteral("key"), program, args);
    QVERIFY(!path.isEmpty());
    const QByteArray contents = readFile(path);

    const PrivateKeyParseResult result = PrivateKeyFile::parse(contents, passphrase);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(int(result.info.format), format);
    QCOMPARE(result.info.encrypted, encrypted);
    QCOMPARE(result.info.comment, comment);
    QCOMPARE(result.info.publicKey.type(), type);

    // Same public key and fingerprint as OpenSSH derives from the private key file (OpenSSH
    // 9.2 cannot read PKCS#8 Ed25519, so openssl extracts that public key).
    const bool pkcs8Ed25519 =
        format == int(PrivateKeyInfo::Format::Pem) && type == QLatin1String("ssh-ed25519");
    const QByteArray derived =
        pkcs8Ed25519 ? opensslEd25519Public(path, passphrase) : sshKeygenPublic(path, passphrase);
    QVERIFY(!derived.isEmpty());
    const QList<QByteArray> fields = derived.split(' ');
    QCOMPARE(result.info.publicKey.authorizedKeysLine({}).toLatin1(),
             fields.at(0) + ' ' + fields.at(1));
    int bits = 0;
    QCOMPARE(result.info.publicKey.fingerprintSha256(), sshKeygenFingerprint(derived, &bits));
    QCOMPARE(result.info.publicKey.bits(), bits);

    // ssh-keygen's own .pub, where it wrote one, names the same key with the same comment.
    const QByteArray pub = readFile(path + QStringLiteral(".pub")).trimmed();
    if (!pub.isEmpty()) {
        QCOMPARE(result.info.publicKey.authorizedKeysLine(QStringLiteral("ops@example.test")),
                 QString::fromLatin1(pub));
        const ToolRun lf = runTool(QStringLiteral("ssh-keygen"),
                                   {QStringLiteral("-lf"), path + QStringLiteral(".pub")});
        QCOMPARE(result.info.publicKey.fingerprintSha256(),
                 QString::fromLatin1(lf.out.split(' ').value(1)));
    }
}

void TestPrivateKeyFile::encryptedPemPassphrase_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("args");
    QTest::newRow("pkcs8-encrypted") << QStringLiteral("openssl")
                                     << QStringList{QStringLiteral("genpkey"),
                                                    QStringLiteral("-algorithm"),
                                                    QStringLiteral("EC"),
                                                    QStringLiteral("-pkeyopt"),
                                                    QStringLiteral("ec_paramgen_curve:P-256"),
                                                    QStringLiteral("-aes-128-cbc"),
                                                    QStringLiteral("-pass"),
                                                    QStringLiteral("pass:right one")};
    QTest::newRow("pkcs1-encrypted")
        << QStringLiteral("ssh-keygen")
        << QStringList{QStringLiteral("-t"),   QStringLiteral("rsa"),      QStringLiteral("-b"),
                       QStringLiteral("2048"), QStringLiteral("-m"),       QStringLiteral("PEM"),
                       QStringLiteral("-N"),   QStringLiteral("right one")};
}

void TestPrivateKeyFile::encryptedPemPassphrase()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    const QString path = makeKey(QStringLiteral("pem-pass"), program, args);
    QVERIFY(!path.isEmpty());
    const QByteArray contents = readFile(path);

    const PrivateKeyParseResult right = PrivateKeyFile::parse(contents, "right one");
    QVERIFY2(right.ok(), qPrintable(right.error));
    QVERIFY(right.info.encrypted);

    const PrivateKeyParseResult wrong = PrivateKeyFile::parse(contents, "wrong one");
    QVERIFY(!wrong.ok());
    QVERIFY2(wrong.error.contains(QLatin1String("wrong passphrase"), Qt::CaseInsensitive),
             qPrintable(wrong.error));
    QVERIFY(!wrong.error.contains(QLatin1String("wrong one")));

    const PrivateKeyParseResult none = PrivateKeyFile::parse(contents);
    QVERIFY(!none.ok());
    QVERIFY(none.info.encrypted);
    QVERIFY2(none.error.contains(QLatin1String("passphrase"), Qt::CaseInsensitive),
             qPrintable(none.error));
}

void TestPrivateKeyFile::unsupportedPemType()
{
    const QString path =
        makeKey(QStringLiteral("ed448"), QStringLiteral("openssl"),
                {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("ED448")});
    QVERIFY(!path.isEmpty());
    const PrivateKeyParseResult result = PrivateKeyFile::parse(readFile(path));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("ED448")), qPrintable(result.error));
}

void TestPrivateKeyFile::generatedEd25519IsAcceptedBySshKeygen()
{
    const QString comment = QStringLiteral("vigie-test@example.test");
    const QByteArray key = PrivateKeyFile::generateEd25519(comment);
    QVERIFY(key.startsWith("-----BEGIN OPENSSH "
                           "PRIVATE KEY-----\n"));
    QVERIFY(key.endsWith("\n-----END OPENSSH PRIVATE KEY-----\n"));
    const QList<QByteArray> lines = key.trimmed().split('\n');
    for (qsizetype i = 1; i + 2 < lines.size(); ++i)
        QCOMPARE(lines.at(i).size(), 70); // ssh-keygen's line length
    QVERIFY(lines.at(lines.size() - 2).size() <= 70);

    const PrivateKeyParseResult parsed = PrivateKeyFile::parse(key);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.info.comment, comment);
    QVERIFY(!parsed.info.encrypted);
    QCOMPARE(parsed.info.publicKey.type(), QStringLiteral("ssh-ed25519"));

    const QString path = m_dir.filePath(QStringLiteral("generated"));
    QVERIFY(writeFile(path, key));
    // ssh-keygen -y decodes the whole private part (check bytes, key, comment, padding).
    QCOMPARE(QString::fromLatin1(sshKeygenPublic(path, {})),
             parsed.info.publicKey.authorizedKeysLine(comment));
    const ToolRun lf = runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), path});
    QCOMPARE(lf.exitCode, 0);
    QCOMPARE(QString::fromLatin1(lf.out.trimmed()), parsed.info.publicKey.fingerprintLine(comment));

    // ssh-keygen can re-encrypt it, i.e. it accepts it as its own format.
    const ToolRun reencrypt =
        runTool(QStringLiteral("ssh-keygen"),
                {QStringLiteral("-p"), QStringLiteral("-q"), QStringLiteral("-P"), QString(),
                 QStringLiteral("-N"), QStringLiteral("new pass"), QStringLiteral("-f"), path});
    QVERIFY2(reencrypt.exitCode == 0, reencrypt.err.constData());
    const PrivateKeyParseResult reparsed = PrivateKeyFile::parse(readFile(path));
    QVERIFY(reparsed.ok());
    QVERIFY(reparsed.info.encrypted);
    QCOMPARE(reparsed.info.publicKey, parsed.info.publicKey);
}

void TestPrivateKeyFile::generatedKeysDiffer()
{
    const PrivateKeyParseResult a = PrivateKeyFile::parse(PrivateKeyFile::generateEd25519({}));
    const PrivateKeyParseResult b = PrivateKeyFile::parse(PrivateKeyFile::generateEd25519({}));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(a.info.publicKey != b.info.publicKey);
    QVERIFY(a.info.comment.isEmpty());
}

void TestPrivateKeyFile::rejectsGarbage_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("errorPart");

    QByteArray random(4000, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char& c : random)
        c = char(generator.bounded(256));

    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n\t\n") << QStringLiteral("empty");
    QTest::newRow("random") << random << QStringLiteral("not a private key");
    QTest::newRow("text") << QByteArray("hello world\n") << QStringLiteral("not a private key");
    QTest::newRow("huge") << QByteArray(200 * 1024, 'A') << QStringLiteral("too large");
    QTest::newRow("public key")
        << QByteArray("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEpL1pA7K/y1zO/d0wzf0Kn+hTfm4TzHFPDtbsB"
                      "tEMHj a@example.test\n")
        << QStringLiteral("public key");
    QTest::newRow("begin only") << QByteArray("-----BEGIN OPENSSH "
                                              "PRIVATE KEY-----\n")
                                << QStringLiteral("END line");
    QTest::newRow("no body") << QByteArray("-----BEGIN OPENSSH "
                                           "PRIVATE KEY-----\n"
                                           "-----END OPENSSH PRIVATE KEY-----\n")
                             << QStringLiteral("empty");
    QTest::newRow("bad base64") << QByteArray("-----BEGIN OPENSSH "
                                              "PRIVATE KEY-----\n!!!!*\n"
                                              "-----END OPENSSH PRIVATE KEY-----\n")
                                << QStringLiteral("base64");
    QTest::newRow("wrong magic") << armor("not-openssh-at-all") << QStringLiteral("openssh-key-v1");
    QTest::newRow("magic only") << armor(QByteArray("openssh-key-v1\0", 15))
                                << QStringLiteral("truncated");
    QTest::newRow("pem garbage") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                               "-----END PRIVATE KEY-----\n")
                                 << QStringLiteral("PEM");
    QTest::newRow("pem truncated") << QByteArray("-----BEGIN RSA "
                                                 "PRIVATE KEY-----\nMIIEpAIBAAKC\n")
                                   << QStringLiteral("PEM");
    QTest::newRow("putty") << QByteArray("PuTTY-User-Key-File-3: ssh-ed25519\n")
                           << QStringLiteral("PuTTY");
}

void TestPrivateKeyFile::rejectsGarbage()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, errorPart);
    const PrivateKeyParseResult result = PrivateKeyFile::parse(contents);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(errorPart, Qt::CaseInsensitive), qPrintable(result.error));
    QVERIFY(!result.info.publicKey.isValid() || result.info.encrypted);
}

void TestPrivateKeyFile::rejectsEveryTruncation()
{
    const QByteArray container = opensshContainer(m_ed25519);
    QVERIFY(container.size() > 100);
    for (qsizetype size = 0; size < container.size(); ++size) {
        const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(container.left(size)));
        QVERIFY2(
            !result.ok(),
            qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(size).arg(container.size())));
        verifyNoKeyMaterial(result.error, m_ed25519);
    }
    // A file cut anywhere in its text (lost END line, half a base64 line).
    for (qsizetype size = 0; size < m_ed25519.size() - 2; size += 7) {
        const PrivateKeyParseResult result = PrivateKeyFile::parse(m_ed25519.left(size));
        QVERIFY2(!result.ok(), qPrintable(QStringLiteral("accepted %1 characters").arg(size)));
    }
}

void TestPrivateKeyFile::survivesBitFlips()
{
    // Damaged files must never crash; most flips are caught (the public key and the private
    // half are cross-checked), flips in the comment cannot be.
    const QByteArray container = opensshContainer(m_ed25519);
    int rejected = 0;
    for (qsizetype pos = 0; pos < container.size(); ++pos) {
        QByteArray damaged = container;
        damaged[pos] = char(damaged.at(pos) ^ (1 << (pos % 8)));
        const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(damaged));
        if (!result.ok()) {
            ++rejected;
            verifyNoKeyMaterial(result.error, m_ed25519);
        }
    }
    QVERIFY2(rejected > container.size() * 3 / 4,
             qPrintable(QStringLiteral("%1 of %2 damaged copies rejected")
                            .arg(rejected)
                            .arg(container.size())));
}

void TestPrivateKeyFile::rejectsMultipleKeys()
{
    QByteArray container = opensshContainer(m_ed25519);
    // magic(15) + "none"(8) + "none"(8) + ""(4) = offset of the key count
    const qsizetype countOffset = 15 + 8 + 8 + 4;
    QCOMPARE(container.mid(countOffset, 4), QByteArray("\0\0\0\1", 4));
    container[countOffset + 3] = 2;
    const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(container));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("2 keys")), qPrintable(result.error));
}

void TestPrivateKeyFile::rejectsUnknownType()
{
    WireWriter blob;
    blob.writeString("ssh-dss");
    for (int i = 0; i < 4; ++i)
        blob.writeString(QByteArray(128, '\x5a'));
    WireWriter section;
    section.writeUint32(7);
    section.writeUint32(7);
    section.writeString("ssh-dss");
    WireWriter container;
    container.writeBytes(QByteArray("openssh-key-v1\0", 15));
    container.writeString("none");
    container.writeString("none");
    container.writeString({});
    container.writeUint32(1);
    container.writeString(blob.data());
    container.writeString(section.data());
    const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(container.data()));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("ssh-dss")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("Unsupported")), qPrintable(result.error));
}

void TestPrivateKeyFile::rejectsMismatchedHalves()
{
    // The public key of one file with the private part of another.
    const QByteArray other = PrivateKeyFile::generateEd25519(QStringLiteral("x"));
    const QByteArray mine = opensshContainer(m_ed25519);
    const QByteArray theirs = opensshContainer(other);
    const qsizetype blobOffset = 15 + 8 + 8 + 4 + 4;
    const qsizetype blobEnd = blobOffset + 4 + 51; // ed25519 blob: 4+11 + 4+32
    const QByteArray spliced = mine.left(blobEnd) + theirs.mid(blobEnd);
    const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(spliced));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("do not match")), qPrintable(result.error));
}

void TestPrivateKeyFile::rejectsDifferentCheckBytes()
{
    QByteArray container = opensshContainer(m_ed25519);
    const qsizetype sectionOffset = 15 + 8 + 8 + 4 + 4 + 4 + 51 + 4;
    container[sectionOffset + 4] = char(container.at(sectionOffset + 4) ^ 0x01);
    const PrivateKeyParseResult result = PrivateKeyFile::parse(armor(container));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QLatin1String("check bytes")), qPrintable(result.error));
}

QTEST_GUILESS_MAIN(TestPrivateKeyFile)
#include "tst_privatekeyfile.moc"
