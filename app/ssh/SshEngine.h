#pragma once

#include <QList>
#include <QMutex>
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
    // there, before the thread stops, whoever was supposed to delete them.
    void adopt(QObject* worker);

private:
    QThread m_thread;
    QObject* m_ioContext; // lives on the I/O thread: runs the engine's own chores there
    QMutex m_workersMutex;
    QList<QPointer<QObject>> m_workers; // QPointers are only dereferenced on the I/O thread
};

} // namespace vigie
