#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
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
    // Moves a worker to the I/O thread. Workers still alive when the engine goes are deleted
    // after the thread stopped, whoever was supposed to delete them.
    void adopt(QObject* worker);

private:
    QThread m_thread;
    QList<QPointer<QObject>> m_workers;
};

} // namespace vigie
