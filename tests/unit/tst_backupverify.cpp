// The backup check of the restore wizard and the Backups dashboard's Verify, format by format,
// run by a real sh over real files: a real pg_dump 15 script (data/backups/tenant_dump_real.sql,
// from a PostgreSQL 15.18 container), gzip, tar and gpg from Debian. Each broken file fails
// with its own sentence, before anything could be restored from it.
#include "ops/BackupFormat.h"
#include "ops/OperationChecks.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace vigie;

namespace {

QByteArray realDump()
{
    QFile file(qEnvironmentVariable("VIGIE_SOURCE_DIR") +
               QStringLiteral("/tests/unit/data/backups/tenant_dump_real.sql"));
    if (!file.open(QIODevice::ReadOnly))
        qWarning("missing tenant_dump_real.sql");
    return file.readAll();
}

// Runs `program args` with `input` on stdin, returns stdout.
QByteArray run(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    process.start(program, args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return process.readAllStandardOutput();
}

QByteArray gzip(const QByteArray& data)
{
    return run(QStringLiteral("gzip"), {QStringLiteral("-c")}, data);
}

} // namespace

class TestBackupVerify : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProfile m_profile;

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(path));
        return path;
    }

    CheckItem verify(const QString& path)
    {
        const QString command = OperationChecks::verifyCommand(m_profile, path);
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        sh.waitForFinished(60000);
        return OperationChecks::parseVerify(sh.readAllStandardOutput(), sh.exitCode(),
                                            sh.readAllStandardError());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(realDump().contains("-- PostgreSQL database dump complete"));
        m_profile.backupPassphraseFile = write(QStringLiteral("passphrase"), "right horse\n");
    }

    void formatsFromNames()
    {
        using F = BackupFormat;
        QCOMPARE(BackupFormats::of(QStringLiteral("/b/backup_20261207_023000.sql.gz")),
                 F::PlainSqlGzip);
        QCOMPARE(BackupFormats::of(QStringLiteral("/b/x.SQL.GZ.gpg")), F::PlainSqlGzip);
        QCOMPARE(BackupFormats::of(QStringLiteral("/b/x.sql")), F::PlainSql);
        QCOMPARE(BackupFormats::of(QStringLiteral("/b/central_20261207.dump.gpg")), F::PgArchive);
        QCOMPARE(BackupFormats::of(QStringLiteral("/b/uploads_20261206.tar.gz")), F::TarGzip);
        QVERIFY(!BackupFormats::isDatabaseDump(F::TarGzip));
        QVERIFY(BackupFormats::isPlainSql(F::PlainSqlGzip));
    }

    void wholeGzipDumpPasses()
    {
        const CheckItem item =
            verify(write(QStringLiteral("backup_20261207_023000.sql.gz"), gzip(realDump())));
        QCOMPARE(item.status, CheckItem::Status::Passed);
        QVERIFY2(item.text.contains(QLatin1String("2 table")), qPrintable(item.text));
    }

    void plainSqlPasses()
    {
        QCOMPARE(verify(write(QStringLiteral("tenant.sql"), realDump())).status,
                 CheckItem::Status::Passed);
    }

    void truncatedGzipFails()
    {
        // What a copy cut short leaves: gzip notices (no trailer, CRC).
        const QByteArray whole = gzip(realDump());
        const CheckItem item =
            verify(write(QStringLiteral("cut.sql.gz"), whole.left(whole.size() / 2)));
        QCOMPARE(item.status, CheckItem::Status::Failed);
        QVERIFY2(item.text.contains(QLatin1String("not a whole gzip file")), qPrintable(item.text));
    }

    void gzipOfSomethingElseFails()
    {
        const CheckItem item =
            verify(write(QStringLiteral("notsql.sql.gz"), gzip("hello, this is no dump\n")));
        QCOMPARE(item.status, CheckItem::Status::Failed);
        QVERIFY2(item.text.contains(QLatin1String("not an SQL script made by pg_dump")),
                 qPrintable(item.text));
    }

    void dumpCutShortThenGzippedFails()
    {
        // pg_dump stopped half-way (disk full, killed) but gzip closed its stream cleanly.
        const QByteArray dump = realDump();
        const CheckItem item =
            verify(write(QStringLiteral("short.sql.gz"), gzip(dump.left(dump.size() / 2))));
        QCOMPARE(item.status, CheckItem::Status::Failed);
        QVERIFY2(item.text.contains(QLatin1String("cut short")), qPrintable(item.text));
    }

    void encryptedGzipDump()
    {
        const QString gnupg = m_dir.filePath(QStringLiteral("gnupg"));
        QVERIFY(QDir().mkpath(gnupg));
        QFile::setPermissions(gnupg, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("GNUPGHOME", gnupg.toLocal8Bit());
        const QByteArray encrypted =
            run(QStringLiteral("gpg"),
                {QStringLiteral("--batch"), QStringLiteral("--quiet"),
                 QStringLiteral("--no-symkey-cache"), QStringLiteral("--symmetric"),
                 QStringLiteral("--passphrase-file"), m_profile.backupPassphraseFile,
                 QStringLiteral("--output"), QStringLiteral("-")},
                gzip(realDump()));
        QVERIFY(!encrypted.isEmpty());
        const QString path = write(QStringLiteral("backup.sql.gz.gpg"), encrypted);
        QCOMPARE(verify(path).status, CheckItem::Status::Passed);

        const ServerProfile right = m_profile;
        m_profile.backupPassphraseFile = write(QStringLiteral("wrong"), "wrong horse\n");
        const CheckItem wrong = verify(path);
        m_profile = right;
        QCOMPARE(wrong.status, CheckItem::Status::Failed);
        QVERIFY2(wrong.text.contains(QLatin1String("Cannot decrypt")), qPrintable(wrong.text));
    }

    void tarArchives()
    {
        const QString tree = m_dir.filePath(QStringLiteral("uploads"));
        QVERIFY(QDir().mkpath(tree + QStringLiteral("/2026")));
        write(QStringLiteral("uploads/2026/a.pdf"), "%PDF-1.4 a");
        write(QStringLiteral("uploads/2026/b.pdf"), "%PDF-1.4 b");
        const QByteArray tar = run(QStringLiteral("tar"),
                                   {QStringLiteral("-czf"), QStringLiteral("-"),
                                    QStringLiteral("-C"), m_dir.path(), QStringLiteral("uploads")});
        const CheckItem whole = verify(write(QStringLiteral("uploads_20261206.tar.gz"), tar));
        QCOMPARE(whole.status, CheckItem::Status::Passed);
        QVERIFY2(whole.text.contains(QLatin1String("4 file")), qPrintable(whole.text));
        const CheckItem cut =
            verify(write(QStringLiteral("uploads_cut.tar.gz"), tar.left(tar.size() - 20)));
        QCOMPARE(cut.status, CheckItem::Status::Failed);
        QVERIFY2(cut.text.contains(QLatin1String("tar.gz")), qPrintable(cut.text));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerify)
#include "tst_backupverify.moc"
