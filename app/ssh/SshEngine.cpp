#include "SshEngine.h"

#include "SshLibrary.h"
#include "SshTypes.h"

#include <openssl/crypto.h>

namespace vigie {

SshEngine::SshEngine(QObject* parent)
    : QObject(parent)
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
    m_thread.start();
}

SshEngine::~SshEngine()
{
    // Workers are deleted on the I/O thread (deleteLater) before it ends: SshConnection
    // destructors queue that, and quit() runs after the already queued events.
    m_thread.quit();
    m_thread.wait();
    for (const QPointer<QObject>& worker : std::as_const(m_workers))
        delete worker.data();
}

void SshEngine::adopt(QObject* worker)
{
    m_workers.removeAll(nullptr);
    m_workers.append(worker);
    worker->moveToThread(&m_thread);
}

} // namespace vigie
