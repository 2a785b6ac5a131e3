#pragma once

#include "SshTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace vigie {

class ExecJob;
class SshEngine;
class SshSessionWorker;

// The GUI-thread face of one server connection: one persistent authenticated session reused
// for every command, reopened on demand after a failure. Everything is asynchronous; the
// actual work happens in an SshSessionWorker on the engine's I/O thread.
class SshConnection : public QObject
{
    Q_OBJECT
public:
    // Called at each (re)connection for key material, e.g. from the keychain. `done` may be
    // called later; call it with an error to abort.
    using CredentialsReady = std::function<void(const SshCredentials&, const SshError&)>;
    using CredentialsProvider = std::function<void(QObject* context, CredentialsReady done)>;

    SshConnection(SshEngine* engine, ConnectionSettings settings, QObject* parent = nullptr);
    ~SshConnection() override;

    // Default: the credentials in the settings, as given.
    void setCredentialsProvider(CredentialsProvider provider);

    const ConnectionSettings& settings() const { return m_settings; }
    SshState state() const { return m_state; }
    const SshError& lastError() const { return m_lastError; }
    QString hostKeyFingerprint() const { return m_hostKeyFingerprint; }

    void open();  // no-op while opening or ready
    void close(); // running commands end as Cancelled
    ExecJob* exec(const QString& command, const QByteArray& stdinData = {});

    // Answers to hostKeyDecisionNeeded / passphraseNeeded. Without a receiver connected to
    // those signals, the connection refuses by itself (unknown host key, no passphrase).
    void acceptHostKey();
    void rejectHostKey();
    // Empty: give up. The QByteArray overload takes the bytes over and leaves the array empty
    // (wiped when it was their only owner).
    void providePassphrase(SecretBytes passphrase);
    void providePassphrase(QByteArray&& passphrase);

signals:
    void stateChanged(vigie::SshState state);
    void hostKeyDecisionNeeded(const vigie::HostKeyPrompt& prompt);
    void passphraseNeeded(const QString& keyName, bool previousWasWrong);
    void hostKeyTrusted(const QString& fingerprint);
    void connected();
    void connectionFailed(const vigie::SshError& error);

private:
    friend class ExecJob;
    struct PendingExec
    {
        quint64 id;
        QByteArray command;
        QByteArray stdinData;
    };

    void startWorker(const SshCredentials& credentials);
    void destroyWorker();
    void setState(SshState state);
    void cancelJob(quint64 id);
    void onWorkerFailed(const SshError& error);
    void onCredentialsTimeout();
    ExecJob* job(quint64 id) const;
    void finishJob(quint64 id, const ExecResult& result);

    QPointer<SshEngine> m_engine;
    ConnectionSettings m_settings;
    CredentialsProvider m_provider;
    QPointer<SshSessionWorker> m_worker; // lives on the I/O thread; null once it is gone
    SshState m_state = SshState::Disconnected;
    SshError m_lastError;
    QString m_hostKeyFingerprint;
    bool m_waitingForCredentials = false;
    QTimer m_credentialsTimer; // a keychain that never answers must not hang the connection
    quint64 m_nextJobId = 1;
    QHash<quint64, QPointer<ExecJob>> m_jobs;
    QList<PendingExec> m_pending; // before the worker exists
};

} // namespace vigie
