#pragma once

#include "Assessment.h"
#include "Snapshot.h"
#include "fleet/ServerProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QSslSocket;
class QTimer;

namespace vigie {

// Live check from the desktop: TLS-connects to the names of each certificate found on the server
// and compares the certificate served with the file (catches "renewed on disk, nginx never
// reloaded"). Fully asynchronous (QSslSocket on the calling thread's event loop); the served
// certificate is compared, not trusted, so verification errors are ignored.
//
// Only names the profile watches are tried (isWatched: the hosts of its health URLs and deploy
// health URLs, its tenant domain and the names under it): the names come from the server's
// certificate files, and the desktop must not connect wherever a server says.
//
// Names tried per certificate, in order, until one serves the file: the non-wildcard SANs, then
// "vigie-check." + the base of each wildcard (covered by it). Several because one file is often
// served for only some of its names (example.test by another certificate, *.example.test by
// this one). Each connection goes to `profile.certificateCheckAddress` ("address:port") when set,
// else to the name on port 443; SNI is always the name. 5 s per connection.
//   Ok       one name serves the file
//   Critical the names answer but none serves the file (nginx not reloaded)
//   Warning  a name cannot be reached (and none served the file before it), or nothing to test
//            (no name, or none the profile watches)
class CertificateLiveCheck : public QObject
{
    Q_OBJECT

public:
    explicit CertificateLiveCheck(QObject* parent = nullptr);
    ~CertificateLiveCheck() override;

    // Starts the checks (aborting any that are running). `finished` follows every `checked`,
    // also for an empty list (emitted from the event loop, never from inside check()).
    void check(const QList<CertificateInfo>& certificates, const ServerProfile& profile);
    void abort();
    bool isRunning() const { return m_pending > 0; }

    static constexpr int TimeoutMs = 5000;
    static constexpr int MaxNamesPerCertificate = 4;

    // The host names tried for a certificate, in order (exposed for tests).
    static QStringList namesToTry(const CertificateInfo& certificate);
    // Whether the profile names this host (see above); case-insensitive.
    static bool isWatched(const QString& host, const ServerProfile& profile);

signals:
    void checked(const QString& path, const QString& result, vigie::Health health);
    void finished();

private:
    struct Job;
    void tryNext(Job* job);
    void finishJob(Job* job, const QString& result, Health health);

    QList<Job*> m_jobs;
    QString m_address; // profile.certificateCheckAddress: host part
    quint16 m_port = 443;
    bool m_useAddress = false;
    int m_pending = 0;
    quint64 m_generation = 0;
};

} // namespace vigie
