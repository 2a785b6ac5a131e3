#include "SshEngine.h"

#include "SshLibrary.h"
#include "SshTypes.h"

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
    m_thread.start();
}

SshEngine::~SshEngine()
{
    // Workers are deleted on the I/O thread (deleteLater) before it ends: SshConnection
    // destructors queue that, and quit() runs after the already queued events.
    m_thread.quit();
    m_thread.wait();
}

} // namespace vigie
