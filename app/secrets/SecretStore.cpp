#include "SecretStore.h"

#include "SecureBytes.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QList>
#include <QtGlobal>

#include <qt6keychain/keychain.h>

#include <utility>

namespace vigie {

namespace {

// Chunk 0 (item `key`) starts with this header, so a read knows exactly how many items belong
// to the secret even if an older, longer secret left items behind, and can tell when the items
// do not belong together (an overwrite interrupted half-way) instead of returning wrong bytes.
constexpr char HeaderVersion = 1;
constexpr qsizetype DigestSize = 8; // first bytes of the SHA-256 of the whole secret
constexpr qsizetype HeaderSize = 1 + 4 + DigestSize; // version, big-endian uint32 size, digest
// No item, header included, is larger than ChunkSize.
constexpr qsizetype FirstChunkData = SecretStore::ChunkSize - HeaderSize;
// Keys and passphrases are a few KiB; this bound keeps a damaged header from asking for GiBs.
constexpr qsizetype MaxSecretSize = 1024 * 1024;

QString chunkKey(const QString& key, int index)
{
    return index == 0 ? key : key + QLatin1Char('.') + QString::number(index);
}

int chunkCount(qsizetype totalSize)
{
    if (totalSize <= FirstChunkData)
        return 1;
    const qsizetype rest = totalSize - FirstChunkData;
    return 1 + int((rest + SecretStore::ChunkSize - 1) / SecretStore::ChunkSize);
}

QByteArray digest(const QByteArray& secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).left(DigestSize);
}

QList<QByteArray> splitIntoChunks(const QByteArray& secret)
{
    QByteArray first;
    first.reserve(SecretStore::ChunkSize);
    const auto size = quint32(secret.size());
    first.append(HeaderVersion);
    first.append(char((size >> 24) & 0xff));
    first.append(char((size >> 16) & 0xff));
    first.append(char((size >> 8) & 0xff));
    first.append(char(size & 0xff));
    first.append(digest(secret));
    first.append(secret.constData(), qMin(secret.size(), FirstChunkData));

    QList<QByteArray> chunks{first};
    for (qsizetype pos = FirstChunkData; pos < secret.size(); pos += SecretStore::ChunkSize)
        chunks.append(QByteArray(secret.constData() + pos,
                                 qMin(SecretStore::ChunkSize, secret.size() - pos)));
    return chunks;
}

struct Header
{
    bool valid = false;
    qsizetype totalSize = 0;
    int count = 0;
    QByteArray digest;
};

Header parseHeader(const QByteArray& first)
{
    Header header;
    if (first.size() < HeaderSize || first.at(0) != HeaderVersion)
        return header;
    const auto* p = reinterpret_cast<const unsigned char*>(first.constData());
    const quint32 size =
        (quint32(p[1]) << 24) | (quint32(p[2]) << 16) | (quint32(p[3]) << 8) | quint32(p[4]);
    header.totalSize = qsizetype(size);
    header.count = chunkCount(header.totalSize);
    header.digest = first.mid(5, DigestSize);
    header.valid = header.totalSize <= MaxSecretSize &&
                   first.size() == HeaderSize + qMin(header.totalSize, FirstChunkData);
    return header;
}

// QtKeychain's libsecret backend reports a missing Secret Service as OtherError with the
// D-Bus/GLib message (observed with 0.13: "The name org.freedesktop.secrets was not provided
// by any .service files", "Cannot autolaunch D-Bus without X11 $DISPLAY"). Those are still
// "no keychain" for the operator, who must get the clear message, not a D-Bus error.
bool looksLikeMissingService(const QString& detail)
{
    static const char* const patterns[] = {
        "was not provided by any .service files", // no Secret Service on the session bus
        "ServiceUnknown",
        "NameHasNoOwner",
        "Cannot autolaunch D-Bus", // no session bus, no X11 display
        "Could not connect",       // stale DBUS_SESSION_BUS_ADDRESS
        "Error spawning command line",
        "kwalletd",
        "No keychain service available", // QtKeychain's own text (KWallet path)
    };
    for (const char* pattern : patterns) {
        if (detail.contains(QLatin1String(pattern), Qt::CaseInsensitive))
            return true;
    }
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    // GLib translates its messages, so also recognise the situation itself: no session bus at
    // all means no Secret Service.
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (runtimeDir.isEmpty() || !QFileInfo::exists(runtimeDir + QStringLiteral("/bus")))
            return true;
    }
#endif
    return false;
}

SecretError keychainError(QKeychain::Error code, const QString& detail)
{
    SecretError error;
    switch (code) {
    case QKeychain::NoError:
        return error;
    case QKeychain::EntryNotFound:
        error.code = SecretError::Code::NotFound;
        error.message = SecretStore::tr("The keychain has no such entry.");
        return error;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.code = SecretError::Code::AccessDenied;
        error.message = SecretStore::tr("Access to the keychain was denied. Unlock the keychain "
                                        "or allow Vigie to use it, then try again.");
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.code = SecretError::Code::NoKeychain;
        error.message = SecretStore::noKeychainMessage();
        return error;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (looksLikeMissingService(detail)) {
        error.code = SecretError::Code::NoKeychain;
        error.message = SecretStore::noKeychainMessage();
        return error;
    }
    // gnome-keyring without a "login" collection, unable to show its prompt to create or
    // unlock one (observed: "Object does not exist at path .../collection/login").
    if (detail.contains(QLatin1String("/org/freedesktop/secrets/collection/"))) {
        error.code = SecretError::Code::AccessDenied;
        error.message = SecretStore::tr("The keychain has no unlocked default keyring (it may be "
                                        "locked, or its unlock prompt could not be shown): %1")
                            .arg(detail);
        return error;
    }
    // The detail comes from the keychain backend (D-Bus, OS error text); it never holds the
    // secret, which QtKeychain does not put in error strings.
    error.code = SecretError::Code::Other;
    error.message = detail.isEmpty()
                        ? SecretStore::tr("The keychain reported an unknown error.")
                        : SecretStore::tr("The keychain reported an error: %1").arg(detail);
    return error;
}

SecretError corruptError()
{
    SecretError error;
    error.code = SecretError::Code::Other;
    error.message = SecretStore::tr("The keychain entry is damaged or incomplete (a part of it "
                                    "is missing). Store the secret again.");
    return error;
}

// One keychain operation: a chain of QtKeychain jobs run one after the other, each started
// from the previous one's finished() signal. Owned by the SecretStore (so it dies with it) and
// deleted when done. The caller's callback is dropped if its context object died meanwhile.
class KeychainOperation : public QObject
{
public:
    KeychainOperation(SecretStore* store, QString key, QObject* context)
        : QObject(store)
        , m_service(store->service())
        , m_key(std::move(key))
        , m_context(context)
        , m_hasContext(context != nullptr)
    {}

protected:
    using ReadNext = std::function<void(QKeychain::Error, const QString&, QByteArray&)>;
    using Next = std::function<void(QKeychain::Error, const QString&)>;

    bool contextAlive() const { return !m_hasContext || !m_context.isNull(); }

    template <typename Job> Job* newJob(int chunk)
    {
        auto* job = new Job(m_service);
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plaintext QSettings copy
        job->setKey(chunkKey(m_key, chunk));
        return job;
    }

    void readChunk(int chunk, ReadNext next)
    {
        auto* job = newJob<QKeychain::ReadPasswordJob>(chunk);
        connect(job, &QKeychain::Job::finished, this,
                [next = std::move(next)](QKeychain::Job* finished) {
                    QByteArray data =
                        static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData();
                    next(finished->error(), finished->errorString(), data);
                    secureZero(data);
                });
        job->start();
    }

    void writeChunk(int chunk, const QByteArray& data, Next next)
    {
        auto* job = newJob<QKeychain::WritePasswordJob>(chunk);
        job->setBinaryData(data);
        connectNext(job, std::move(next));
        job->start();
    }

    void deleteChunk(int chunk, Next next)
    {
        auto* job = newJob<QKeychain::DeletePasswordJob>(chunk);
        connectNext(job, std::move(next));
        job->start();
    }

    const QString m_service;
    const QString m_key;

private:
    void connectNext(QKeychain::Job* job, Next next)
    {
        connect(job, &QKeychain::Job::finished, this,
                [next = std::move(next)](QKeychain::Job* finished) {
                    next(finished->error(), finished->errorString());
                });
    }

    QPointer<QObject> m_context;
    bool m_hasContext;
};

// Writes the tail chunks first and chunk 0 (with the header) last, then deletes what is left
// of a longer previous secret. An interrupted overwrite can leave old and new chunks mixed; the
// digest in the header makes read() report that instead of returning wrong bytes.
class WriteOperation : public KeychainOperation
{
public:
    WriteOperation(SecretStore* store, const QString& key, const QByteArray& secret,
                   QObject* context, SecretStore::DoneCallback done)
        : KeychainOperation(store, key, context)
        , m_tooLarge(secret.size() > MaxSecretSize)
        , m_chunks(m_tooLarge ? QList<QByteArray>() : splitIntoChunks(secret))
        , m_done(std::move(done))
    {}
    ~WriteOperation() override
    {
        for (QByteArray& chunk : m_chunks)
            secureZero(chunk);
    }

    void start()
    {
        if (m_tooLarge) {
            SecretError error;
            error.code = SecretError::Code::Other;
            error.message = SecretStore::tr("The secret is too large for the keychain.");
            // Callbacks never run before write() returns.
            QMetaObject::invokeMethod(
                this, [this, error] { finish(error); }, Qt::QueuedConnection);
            return;
        }
        // Learn how many items the previous secret used; this also fails fast, before anything
        // is written, when there is no keychain.
        readChunk(0, [this](QKeychain::Error code, const QString& detail, QByteArray& old) {
            if (code == QKeychain::NoError) {
                const Header header = parseHeader(old);
                m_oldCount = header.valid ? header.count : 1;
            } else if (code != QKeychain::EntryNotFound) {
                return finish(keychainError(code, detail));
            }
            writeFrom(int(m_chunks.size()) - 1);
        });
    }

private:
    void writeFrom(int chunk)
    {
        writeChunk(chunk, m_chunks.at(chunk),
                   [this, chunk](QKeychain::Error code, const QString& detail) {
                       if (code != QKeychain::NoError)
                           return rollBack(chunk + 1, keychainError(code, detail));
                       if (chunk > 0)
                           return writeFrom(chunk - 1);
                       deleteStale(int(m_chunks.size()));
                   });
    }

    void deleteStale(int chunk)
    {
        if (chunk >= m_oldCount)
            return finish({});
        // A failure here is harmless: the header says how many chunks to read.
        deleteChunk(chunk,
                    [this, chunk](QKeychain::Error, const QString&) { deleteStale(chunk + 1); });
    }

    // After a failed write: removes the tail chunks already written that no header points to
    // (beyond the previous secret's chunks), so a failed write does not leave orphans.
    void rollBack(int chunk, const SecretError& error)
    {
        if (chunk >= m_chunks.size())
            return finish(error);
        if (chunk < m_oldCount)
            return rollBack(m_oldCount, error);
        deleteChunk(chunk, [this, chunk, error](QKeychain::Error, const QString&) {
            rollBack(chunk + 1, error);
        });
    }

    void finish(const SecretError& error)
    {
        if (contextAlive() && m_done)
            m_done(error);
        deleteLater();
    }

    const bool m_tooLarge;
    QList<QByteArray> m_chunks;
    SecretStore::DoneCallback m_done;
    int m_oldCount = 0;
};

class ReadOperation : public KeychainOperation
{
public:
    ReadOperation(SecretStore* store, const QString& key, QObject* context,
                  SecretStore::ReadCallback done)
        : KeychainOperation(store, key, context)
        , m_done(std::move(done))
    {}
    ~ReadOperation() override { secureZero(m_data); }

    void start()
    {
        readChunk(0, [this](QKeychain::Error code, const QString& detail, QByteArray& first) {
            if (code != QKeychain::NoError)
                return fail(keychainError(code, detail));
            const Header header = parseHeader(first);
            if (!header.valid)
                return fail(corruptError());
            m_header = header;
            m_data.reserve(header.totalSize);
            m_data.append(first.constData() + HeaderSize, first.size() - HeaderSize);
            readNext(1);
        });
    }

private:
    void readNext(int chunk)
    {
        if (!contextAlive())
            return deleteLater(); // nobody is waiting any more
        if (chunk >= m_header.count) {
            if (m_data.size() != m_header.totalSize || digest(m_data) != m_header.digest)
                return fail(corruptError());
            SecretReadResult result;
            result.data = std::exchange(m_data, {});
            if (m_done)
                m_done(result);
            secureZero(result.data);
            return deleteLater();
        }
        readChunk(chunk,
                  [this, chunk](QKeychain::Error code, const QString& detail, QByteArray& data) {
                      if (code == QKeychain::EntryNotFound)
                          return fail(corruptError());
                      if (code != QKeychain::NoError)
                          return fail(keychainError(code, detail));
                      m_data.append(data);
                      readNext(chunk + 1);
                  });
    }

    void fail(const SecretError& error)
    {
        if (contextAlive() && m_done)
            m_done(SecretReadResult{{}, error});
        deleteLater();
    }

    SecretStore::ReadCallback m_done;
    Header m_header;
    QByteArray m_data;
};

// Deletes the tail chunks before chunk 0: if it stops half-way, the header is still there and
// a second remove() finishes the job.
class RemoveOperation : public KeychainOperation
{
public:
    RemoveOperation(SecretStore* store, const QString& key, QObject* context,
                    SecretStore::DoneCallback done)
        : KeychainOperation(store, key, context)
        , m_done(std::move(done))
    {}

    void start()
    {
        readChunk(0, [this](QKeychain::Error code, const QString& detail, QByteArray& first) {
            if (code == QKeychain::EntryNotFound)
                return finish({});
            if (code != QKeychain::NoError)
                return finish(keychainError(code, detail));
            const Header header = parseHeader(first);
            deleteFrom(header.valid ? header.count - 1 : 0);
        });
    }

private:
    void deleteFrom(int chunk)
    {
        deleteChunk(chunk, [this, chunk](QKeychain::Error code, const QString& detail) {
            if (code != QKeychain::NoError && code != QKeychain::EntryNotFound)
                return finish(keychainError(code, detail));
            if (chunk == 0)
                return finish({});
            deleteFrom(chunk - 1);
        });
    }

    void finish(const SecretError& error)
    {
        if (contextAlive() && m_done)
            m_done(error);
        deleteLater();
    }

    SecretStore::DoneCallback m_done;
};

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service))
{}

QString SecretStore::noKeychainMessage()
{
    return tr("No keychain is available: Vigie needs the system keychain (Secret Service on "
              "Linux, Keychain on macOS, Credential Manager on Windows) to store keys and never "
              "stores them elsewhere.");
}

void SecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                        DoneCallback done)
{
    (new WriteOperation(this, key, secret, context, std::move(done)))->start();
}

void SecretStore::read(const QString& key, QObject* context, ReadCallback done)
{
    (new ReadOperation(this, key, context, std::move(done)))->start();
}

void SecretStore::remove(const QString& key, QObject* context, DoneCallback done)
{
    (new RemoveOperation(this, key, context, std::move(done)))->start();
}

} // namespace vigie
