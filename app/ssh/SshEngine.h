#pragma once

#include <QObject>
#include <QThread>

namespace vigie {

// Owns the I/O thread every SSH session runs on. One thread drives dozens of non-blocking
// sessions; the GUI thread never calls libssh2. Create one per process (main, CLI, a test).
class SshEngine : public QObject
{
    Q_OBJECT
public:
    explicit SshEngine(QObject* parent = nullptr);
    ~SshEngine() override;

    QThread* ioThread() { return &m_thread; }

private:
    QThread m_thread;
};

} // namespace vigie
