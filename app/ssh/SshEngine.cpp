#include "SshEngine.h"

#include "SshLibrary.h"
#include "SshTypes.h"

#include <openssl/crypto.h>

namespace vigie {

SshEngine::SshEngine(QObject* parent)
    : QObject(parent)
    , m_ioContext(new QObject)
{
    SshLibrary::init(); // before the I/O thread starts
    qRegisterMetaType<vigie::SshError>();
    qRegisterMetaType<vigie::HostKeyPrompt>();
    qRegisterMetaType<vigie::ExecResult>();
    qRegisterMetaType<vigie::SshState>();
    m_thread.setObjectName(QStringLiteral("vigie-ssh-io"));
    // libssh2's OpenSSL keeps per-thread random generators; release them as the thread ends.
    connect(
        &m_thread, &QThread::finished, &m_thread, [] { OPENSSL_thread_stop(); },
        Qt::DirectConnection);
    m_ioContext->moveToThread(&m_thread);
    m_thread.start();
}

SshEngine::~SshEngine()
{
    // Workers own timers and socket notifiers of the I/O thread: they must die there. This
    // runs at shutdown only, and teardown never waits on the network.
    QMetaObject::invokeMethod(
        m_ioContext,
        [this] {
            const QMutexLocker lock(&m_workersMutex);
            for (const QPointer<QObject>& worker : std::as_const(m_workers))
                delete worker.data();
            m_workers.clear();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_ioContext;
}

void SshEngine::adopt(QObject* worker)
{
    {
        const QMutexLocker lock(&m_workersMutex);
        m_workers.append(worker);
    }
    worker->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_ioContext, [this] {
        const QMutexLocker lock(&m_workersMutex);
        m_workers.removeAll(nullptr);
    });
}

} // namespace vigie
