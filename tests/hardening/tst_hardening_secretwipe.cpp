// Issue 17, item 9: no freed heap block holds the private key or its passphrase after a real
// connection (key and passphrase in memory, as the keychain hands them over) and its close.
//
// How: AddressSanitizer calls a free hook, installed with
// __sanitizer_install_malloc_and_free_hooks, for every block before it is released, while it is
// still readable; __sanitizer_get_allocated_size gives its size. The hook looks for canaries
// (slices of the key file's base64 body, and the passphrase) in each freed block. glibc has no free
// hook any more and a replacement operator delete would miss QByteArray (it uses free), so this
// test needs the ASan build (the ci and asan presets): tests/hardening/CMakeLists.txt only builds
// it there, and it refuses to compile elsewhere.
#include "SshTestSupport.h"

#include "secrets/PrivateKeyFile.h"
#include "secrets/SecureBytes.h"
#include "ssh/SshAllocator.h"

#include <QFile>
#include <QtTest>

#include <atomic>
#include <cstdlib>
#include <cstring>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VIGIE_HAS_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define VIGIE_HAS_ASAN 1
#endif
#ifndef VIGIE_HAS_ASAN
#error "tst_hardening_secretwipe needs AddressSanitizer (its free hook scans freed blocks)"
#endif

// From <sanitizer/allocator_interface.h>, which GCC does not install; libasan exports them.
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*malloc_hook)(const volatile void*, size_t),
                                              void (*free_hook)(const volatile void*));
size_t __sanitizer_get_allocated_size(const volatile void* p);
void __sanitizer_print_stack_trace();
}

using namespace vigie;
using namespace vigie::test;

namespace {

constexpr int MaxCanaries = 8;
constexpr size_t CanaryLength = 24;
char g_canaries[MaxCanaries][64];
size_t g_canaryLengths[MaxCanaries];
int g_canaryCount = 0;
std::atomic<bool> g_scanning{false};
std::atomic<int> g_hits{0};
std::atomic<long> g_scanned{0};
bool g_trace = false; // VIGIE_SECRETWIPE_TRACE=1: print where each unwiped block is freed

bool contains(const char* block, size_t size, const char* needle, size_t length)
{
    // A plain loop: no intercepted libc call inside the allocator's hook.
    if (size < length)
        return false;
    for (size_t i = 0; i + length <= size; ++i) {
        if (block[i] == needle[0] && std::memcmp(block + i, needle, length) == 0)
            return true;
    }
    return false;
}

void onMalloc(const volatile void*, size_t) {}

void onFree(const volatile void* pointer)
{
    if (!pointer || !g_scanning.load(std::memory_order_acquire))
        return;
    const void* block = const_cast<const void*>(pointer);
    const size_t size = __sanitizer_get_allocated_size(block);
    g_scanned.fetch_add(1, std::memory_order_relaxed);
    for (int i = 0; i < g_canaryCount; ++i) {
        if (contains(static_cast<const char*>(block), size, g_canaries[i], g_canaryLengths[i])) {
            g_hits.fetch_add(1, std::memory_order_relaxed);
            if (g_trace)
                __sanitizer_print_stack_trace();
            return;
        }
    }
}

void addCanary(const QByteArray& bytes)
{
    if (g_canaryCount >= MaxCanaries || bytes.size() < 8 || bytes.size() >= 64)
        return;
    std::memcpy(g_canaries[g_canaryCount], bytes.constData(), size_t(bytes.size()));
    g_canaryLengths[g_canaryCount] = size_t(bytes.size());
    ++g_canaryCount;
}

} // namespace

class TestHardeningSecretWipe : public QObject
{
    Q_OBJECT

private:
    Fixture m_fixture;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_fixture = Fixture::load();
        QVERIFY(m_fixture.isValid());
        QVERIFY(trustFixtureHostKeys(m_fixture, m_dir.filePath(QStringLiteral("known_hosts"))));
        QCOMPARE(__sanitizer_install_malloc_and_free_hooks(onMalloc, onFree), 1);
        QVERIFY(openSslFreesAreWiped());
        g_trace = qEnvironmentVariableIntValue("VIGIE_SECRETWIPE_TRACE") != 0;
    }

    void hookSeesAFreedCanary()
    {
        // The detector itself: a canary left in a freed block is found.
        g_canaryCount = 0;
        addCanary(QByteArrayLiteral("canary-self-check-0123456789"));
        g_hits = 0;
        g_scanning = true;
        {
            // Through Qt's allocation, like the secrets (a malloc/free pair could be elided).
            QByteArray block(100, 'x');
            block.replace(40, qsizetype(g_canaryLengths[0]),
                          QByteArray(g_canaries[0], qsizetype(g_canaryLengths[0])));
        }
        g_scanning = false;
        QVERIFY(g_hits.load() >= 1);
    }

    void noFreedBlockHoldsTheKeyAfterConnectAndClose()
    {
        const QString keyFile = QStringLiteral("id_ed25519_pass");
        QByteArray keyText = m_fixture.readKey(keyFile);
        QByteArray passphrase = m_fixture.passphrase();
        QVERIFY(keyText.contains("BEGIN OPENSSH "
                                 "PRIVATE KEY"));
        QVERIFY(passphrase.size() >= 8);
        // Canaries: slices of the base64 body lines, and the passphrase.
        g_canaryCount = 0;
        const QList<QByteArray> lines = keyText.split('\n');
        for (int i = 1; i < lines.size() && g_canaryCount < MaxCanaries - 1; ++i) {
            if (lines.at(i).size() >= qsizetype(CanaryLength) && !lines.at(i).startsWith("-----"))
                addCanary(lines.at(i).mid(4, CanaryLength));
        }
        addCanary(passphrase);
        QVERIFY(g_canaryCount >= 4);

        const PrivateKeyParseResult parsed = PrivateKeyFile::parse(keyText);
        QVERIFY(parsed.ok());
        QVERIFY(parsed.info.encrypted);
        // Handed over as the keychain hands them: owned, moved, never copied.
        SecretBytes key(std::move(keyText));
        SecretBytes pass(std::move(passphrase));
        QVERIFY(keyText.isEmpty());

        g_hits = 0;
        g_scanned = 0;
        g_scanning = true;
        SshError error;
        ExecCapture run;
        {
            auto* engine = new SshEngine;
            ConnectionSettings settings = fixtureSettings(
                m_fixture, QString(), m_dir.filePath(QStringLiteral("known_hosts")));
            settings.credentials.method = SshCredentials::Method::Key;
            settings.credentials.keyName = keyFile;
            settings.credentials.privateKey = shareSecret(std::move(key));
            settings.credentials.publicKey = parsed.info.publicKey;
            settings.credentials.encrypted = true;
            auto* connection = new SshConnection(engine, settings);
            settings = ConnectionSettings();
            int asked = 0;
            // The passphrase is asked for and given the way the GUI and the CLI give it.
            connect(connection, &SshConnection::passphraseNeeded, connection,
                    [&asked, &pass, connection](const QString&, bool) {
                        ++asked;
                        connection->providePassphrase(std::move(pass));
                    });
            error = openAndWait(*connection);
            if (!error.isError())
                run = execAndWait(*connection, QStringLiteral("echo wiped"));
            connection->close();
            delete connection;
            QCOMPARE(asked, 1);
            // The engine deletes the session worker on its own thread, then stops that thread.
            delete engine;
        }
        g_scanning = false;
        QVERIFY2(!error.isError(), qPrintable(error.message() + QLatin1Char(' ') + error.detail));
        QCOMPARE(run.out, QByteArray("wiped\n"));
        QVERIFY(g_scanned.load() > 1000); // the hook did watch the whole connection
        QCOMPARE(g_hits.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHardeningSecretWipe)
#include "tst_hardening_secretwipe.moc"
