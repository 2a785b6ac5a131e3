#include "SshConnection.h"

#include "ExecJob.h"
#include "SshEngine.h"
#include "SshSessionWorker.h"

#include <QMetaMethod>

namespace vigie {

SshConnection::SshConnection(SshEngine* engine, ConnectionSettings settings, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
    , m_settings(std::move(settings))
{
    m_provider = [this](QObject*, CredentialsReady done) {
        done(m_settings.credentials, {});
    };
    m_credentialsTimer.setSingleShot(true);
    connect(&m_credentialsTimer, &QTimer::timeout, this, &SshConnection::onCredentialsTimeout);
}

SshConnection::~SshConnection()
{
    destroyWorker();
    for (auto it = m_jobs.begin(); it != m_jobs.end(); ++it) {
        if (it.value()) {
            ExecResult result;
            result.outcome = ExecResult::Outcome::Cancelled;
            it.value()->finish(result);
        }
    }
}

void SshConnection::setCredentialsProvider(CredentialsProvider provider)
{
    m_provider = std::move(provider);
}

void SshConnection::setState(SshState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SshConnection::open()
{
    if (m_worker || m_waitingForCredentials)
        return;
    m_waitingForCredentials = true;
    setState(SshState::LoadingCredentials);
    m_credentialsTimer.start(m_settings.credentialsTimeoutMs);
    m_provider(this, [this, guard = QPointer<SshConnection>(this)](
                         const SshCredentials& credentials, const SshError& error) {
        if (!guard || !m_waitingForCredentials)
            return;
        m_waitingForCredentials = false;
        m_credentialsTimer.stop();
        if (error.isError()) {
            onWorkerFailed(error);
            return;
        }
        startWorker(credentials);
    });
}

void SshConnection::startWorker(const SshCredentials& credentials)
{
    ConnectionSettings settings = m_settings;
    settings.credentials = credentials;
    auto* worker = new SshSessionWorker(std::move(settings));
    m_engine->adopt(worker);
    m_worker = worker;

    connect(worker, &SshSessionWorker::stateChanged, this, [this, worker](SshState state) {
        if (worker == m_worker && state != SshState::Failed)
            setState(state);
    });
    connect(worker, &SshSessionWorker::hostKeyDecisionNeeded, this,
            [this, worker](const HostKeyPrompt& prompt) {
                if (worker != m_worker)
                    return;
                if (!isSignalConnected(
                        QMetaMethod::fromSignal(&SshConnection::hostKeyDecisionNeeded))) {
                    QMetaObject::invokeMethod(worker, [worker] {
                        worker->answerHostKey(false, SshError::Code::HostKeyUnknown);
                    });
                    return;
                }
                emit hostKeyDecisionNeeded(prompt);
            });
    connect(worker, &SshSessionWorker::passphraseNeeded, this,
            [this, worker](const QString& keyName, bool previousWasWrong) {
                if (worker != m_worker)
                    return;
                if (!isSignalConnected(QMetaMethod::fromSignal(&SshConnection::passphraseNeeded))) {
                    QMetaObject::invokeMethod(worker,
                                              [worker] { worker->answerPassphrase(nullptr); });
                    return;
                }
                emit passphraseNeeded(keyName, previousWasWrong);
            });
    connect(worker, &SshSessionWorker::hostKeyTrusted, this,
            [this, worker](const QString& fingerprint) {
                if (worker != m_worker)
                    return;
                m_hostKeyFingerprint = fingerprint;
                emit hostKeyTrusted(fingerprint);
            });
    connect(worker, &SshSessionWorker::authenticated, this,
            [this, worker](const QString& fingerprint) {
                if (worker != m_worker)
                    return;
                m_hostKeyFingerprint = fingerprint;
                m_lastError = {};
                emit connected();
            });
    connect(worker, &SshSessionWorker::connectionFailed, this,
            [this, worker](const SshError& error) {
                if (worker == m_worker)
                    onWorkerFailed(error);
            });
    connect(worker, &SshSessionWorker::execStdout, this,
            [this](quint64 id, const QByteArray& data) {
                if (ExecJob* j = job(id))
                    j->deliverStdout(data);
            });
    connect(worker, &SshSessionWorker::execStderr, this,
            [this](quint64 id, const QByteArray& data) {
                if (ExecJob* j = job(id))
                    j->deliverStderr(data);
            });
    connect(worker, &SshSessionWorker::execFinished, this, &SshConnection::finishJob);

    QMetaObject::invokeMethod(worker, [worker] { worker->start(); });
    for (const PendingExec& pending : std::as_const(m_pending)) {
        QMetaObject::invokeMethod(worker, [worker, pending] {
            worker->exec(pending.id, pending.command, pending.stdinData);
        });
    }
    m_pending.clear();
}

void SshConnection::destroyWorker()
{
    if (!m_worker)
        return;
    SshSessionWorker* worker = m_worker;
    m_worker = nullptr;
    worker->disconnect(this);
    if (!m_engine || !m_engine->ioThread()->isRunning())
        return; // the engine deletes it
    QMetaObject::invokeMethod(worker, [worker] {
        worker->shutdown();
        worker->deleteLater();
    });
}

void SshConnection::onWorkerFailed(const SshError& error)
{
    // Jobs still pending here never reached a worker: they did not run.
    for (const PendingExec& pending : std::as_const(m_pending)) {
        ExecResult result;
        result.outcome = ExecResult::Outcome::Failed;
        result.error = error;
        finishJob(pending.id, result);
    }
    m_pending.clear();
    m_lastError = error;
    destroyWorker();
    setState(SshState::Failed);
    emit connectionFailed(error);
}

void SshConnection::onCredentialsTimeout()
{
    if (!m_waitingForCredentials)
        return;
    m_waitingForCredentials = false; // a late answer from the keychain is ignored
    const int seconds = qMax(1, m_settings.credentialsTimeoutMs / 1000);
    onWorkerFailed(SshError::make(
        SshError::Code::KeyUnavailable, m_settings.host, m_settings.port,
        tr("The keychain did not answer within %n second(s). It may be locked and waiting for "
           "its password: unlock it, then connect again.",
           nullptr, seconds)));
}

void SshConnection::close()
{
    m_waitingForCredentials = false;
    m_credentialsTimer.stop();
    for (const PendingExec& pending : std::as_const(m_pending)) {
        ExecResult result;
        result.outcome = ExecResult::Outcome::Cancelled;
        finishJob(pending.id, result);
    }
    m_pending.clear();
    // The worker reports its running commands as cancelled before it goes; their jobs get
    // that through finishJob... except that we disconnect from it now, so finish them here.
    const auto ids = m_jobs.keys();
    destroyWorker();
    for (quint64 id : ids) {
        ExecResult result;
        result.outcome = ExecResult::Outcome::Cancelled;
        finishJob(id, result);
    }
    setState(SshState::Disconnected);
}

ExecJob* SshConnection::exec(const QString& command, const QByteArray& stdinData)
{
    const quint64 id = m_nextJobId++;
    auto* newJob = new ExecJob(id, this);
    m_jobs.insert(id, newJob);
    const QByteArray commandBytes = command.toUtf8();
    if (m_worker && m_state != SshState::Failed) {
        SshSessionWorker* worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, id, commandBytes, stdinData] {
            worker->exec(id, commandBytes, stdinData);
        });
    } else {
        m_pending.append({id, commandBytes, stdinData});
        open();
    }
    return newJob;
}

void SshConnection::cancelJob(quint64 id)
{
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        if (m_pending.at(i).id == id) {
            m_pending.removeAt(i);
            ExecResult result;
            result.outcome = ExecResult::Outcome::Cancelled;
            finishJob(id, result);
            return;
        }
    }
    if (m_worker) {
        SshSessionWorker* worker = m_worker;
        QMetaObject::invokeMethod(worker, [worker, id] { worker->cancel(id); });
    }
}

void SshConnection::acceptHostKey()
{
    if (SshSessionWorker* worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->answerHostKey(true); });
}

void SshConnection::rejectHostKey()
{
    if (SshSessionWorker* worker = m_worker)
        QMetaObject::invokeMethod(worker, [worker] { worker->answerHostKey(false); });
}

void SshConnection::providePassphrase(SecretBytes passphrase)
{
    // The queued call holds a SharedSecret: wiped whether the worker uses it or the call is
    // dropped with a worker that is gone.
    if (SshSessionWorker* worker = m_worker) {
        QMetaObject::invokeMethod(worker, [worker, secret = shareSecret(std::move(passphrase))] {
            worker->answerPassphrase(secret);
        });
    }
}

void SshConnection::providePassphrase(QByteArray&& passphrase)
{
    providePassphrase(SecretBytes(std::move(passphrase)));
}

ExecJob* SshConnection::job(quint64 id) const
{
    const QPointer<ExecJob> found = m_jobs.value(id);
    return found.data();
}

void SshConnection::finishJob(quint64 id, const ExecResult& result)
{
    const QPointer<ExecJob> found = m_jobs.take(id);
    if (found)
        found->finish(result);
}

} // namespace vigie
