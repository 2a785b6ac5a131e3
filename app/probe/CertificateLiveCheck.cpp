#include "CertificateLiveCheck.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace vigie {

struct CertificateLiveCheck::Job
{
    CertificateInfo certificate;
    QStringList names;
    qsizetype next = 0;
    QSslSocket* socket = nullptr; // the connection under way, owned by the check
    QDateTime servedInstead;      // expiry of the first other certificate served
    bool mismatch = false;
    bool unwatched = false; // a name was left out: the profile does not watch it
    bool done = false;
};

namespace {

// "address:port", "[v6]:port" or a bare address (port 443).
void splitAddress(const QString& text, QString* host, quint16* port)
{
    *host = text.trimmed();
    *port = 443;
    qsizetype colon = -1;
    if (host->startsWith(u'[')) {
        const qsizetype close = host->indexOf(u']');
        if (close > 0) {
            if (close + 1 < host->size() && host->at(close + 1) == u':')
                colon = close + 1;
            const QString inner = host->mid(1, close - 1);
            bool ok = false;
            const uint value = colon > 0 ? host->mid(colon + 1).toUInt(&ok) : 0;
            if (ok && value > 0 && value <= 65535)
                *port = quint16(value);
            *host = inner;
        }
        return;
    }
    colon = host->lastIndexOf(u':');
    if (colon <= 0 || host->indexOf(u':') != colon)
        return; // no port, or a bare IPv6 address
    bool ok = false;
    const uint value = host->mid(colon + 1).toUInt(&ok);
    if (ok && value > 0 && value <= 65535) {
        *port = quint16(value);
        host->truncate(colon);
    }
}

} // namespace

CertificateLiveCheck::CertificateLiveCheck(QObject* parent)
    : QObject(parent)
{}

CertificateLiveCheck::~CertificateLiveCheck()
{
    abort();
}

bool CertificateLiveCheck::isWatched(const QString& host, const ServerProfile& profile)
{
    const QString name = host.trimmed().toLower();
    if (name.isEmpty())
        return false;
    const QString domain = profile.tenantDomain.trimmed().toLower();
    if (!domain.isEmpty() && (name == domain || name.endsWith(QLatin1Char('.') + domain)))
        return true;
    QList<ServerProfile::HealthUrl> urls = profile.healthUrls;
    for (const ServerProfile::DeployApp& app : profile.deployApps)
        urls.append(app.health);
    return std::any_of(urls.cbegin(), urls.cend(), [&name](const ServerProfile::HealthUrl& url) {
        return QUrl(url.url).host().toLower() == name;
    });
}

QStringList CertificateLiveCheck::namesToTry(const CertificateInfo& certificate)
{
    QStringList exact;
    QStringList wildcards;
    for (const QString& dnsName : certificate.dnsNames) {
        QString name = dnsName.trimmed().toLower();
        if (name.endsWith(u'.'))
            name.chop(1);
        if (name.startsWith(QLatin1String("*."))) {
            if (name.size() > 2 && !name.mid(2).contains(u'*'))
                wildcards.append(QStringLiteral("vigie-check.") + name.mid(2));
        } else if (!name.isEmpty() && !name.contains(u'*')) {
            exact.append(name);
        }
    }
    QStringList names = exact + wildcards;
    names.removeDuplicates();
    // A certificate with many names: the first few say enough (one connection each).
    if (names.size() > MaxNamesPerCertificate) {
        // Keep a wildcard probe when there is one: it is the name a wildcard file serves.
        QStringList kept = names.mid(0, MaxNamesPerCertificate);
        if (!wildcards.isEmpty() && !kept.contains(wildcards.first()))
            kept.last() = wildcards.first();
        names = kept;
    }
    return names;
}

void CertificateLiveCheck::check(const QList<CertificateInfo>& certificates,
                                 const ServerProfile& profile)
{
    abort();
    const quint64 generation = m_generation;
    m_useAddress = !profile.certificateCheckAddress.trimmed().isEmpty();
    if (m_useAddress)
        splitAddress(profile.certificateCheckAddress, &m_address, &m_port);
    else
        m_port = 443;

    for (const CertificateInfo& certificate : certificates) {
        auto* job = new Job;
        job->certificate = certificate;
        for (const QString& name : namesToTry(certificate)) {
            if (isWatched(name, profile))
                job->names.append(name);
            else
                job->unwatched = true;
        }
        m_jobs.append(job);
    }
    m_pending = int(m_jobs.size());
    // Start from the event loop: `checked`/`finished` never fire inside check().
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation)
            return;
        if (m_jobs.isEmpty()) {
            emit finished();
            return;
        }
        const QList<Job*> jobs = m_jobs;
        for (Job* job : jobs) {
            if (generation != m_generation)
                return; // a slot restarted or aborted the check
            tryNext(job);
        }
    });
}

void CertificateLiveCheck::abort()
{
    ++m_generation;
    for (Job* job : std::as_const(m_jobs)) {
        if (job->socket) {
            job->socket->disconnect(this);
            job->socket->abort();
            job->socket->deleteLater();
        }
        delete job;
    }
    m_jobs.clear();
    m_pending = 0;
}

void CertificateLiveCheck::tryNext(Job* job)
{
    if (job->done)
        return;
    if (job->next >= job->names.size()) {
        if (job->mismatch) {
            const QString expiry = job->servedInstead.isValid()
                                       ? QLocale().toString(job->servedInstead.toLocalTime().date(),
                                                            QLocale::ShortFormat)
                                       : tr("unknown");
            finishJob(job,
                      tr("nginx serves another certificate (expires %1): reload nginx").arg(expiry),
                      Health::Critical);
        } else if (job->unwatched) {
            finishJob(job,
                      tr("not checked: none of its names is one the profile watches (health "
                         "URLs, tenant domain)"),
                      Health::Warning);
        } else {
            finishJob(job, tr("no host name to check in the certificate"), Health::Warning);
        }
        return;
    }

    const QString name = job->names.at(job->next++);
    auto* socket = new QSslSocket(this);
    job->socket = socket;
    socket->setPeerVerifyMode(QSslSocket::QueryPeer); // compared, not trusted
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);

    // Ends this connection; `then` runs once, after the socket is out of the way.
    auto endAttempt = [this, job, socket, timer](auto then) {
        if (job->socket != socket)
            return;
        timer->stop();
        job->socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        then();
    };
    auto fail = [this, job, name, endAttempt](const QString& error) {
        endAttempt([this, job, name, error] {
            finishJob(job,
                      tr("not reachable from this desktop: %1")
                          .arg(QStringLiteral("%1: %2").arg(name, error)),
                      Health::Warning);
        });
    };

    connect(socket, &QSslSocket::sslErrors, socket,
            [socket](const QList<QSslError>& errors) { socket->ignoreSslErrors(errors); });
    connect(socket, &QSslSocket::encrypted, this, [this, job, socket, endAttempt] {
        const QSslCertificate served = socket->peerCertificate();
        const QByteArray digest =
            QCryptographicHash::hash(served.toDer(), QCryptographicHash::Sha256);
        endAttempt([this, job, served, digest] {
            if (!job->certificate.sha256.isEmpty() && digest == job->certificate.sha256) {
                finishJob(job, tr("served (matches the file)"), Health::Ok);
                return;
            }
            if (!job->mismatch) {
                job->mismatch = true;
                job->servedInstead = served.expiryDate();
            }
            tryNext(job);
        });
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [socket, fail](QAbstractSocket::SocketError) { fail(socket->errorString()); });
    connect(timer, &QTimer::timeout, this,
            [fail] { fail(tr("no answer within %n second(s)", nullptr, TimeoutMs / 1000)); });

    timer->start(TimeoutMs);
    if (m_useAddress)
        socket->connectToHostEncrypted(m_address, m_port, name);
    else
        socket->connectToHostEncrypted(name, m_port);
}

void CertificateLiveCheck::finishJob(Job* job, const QString& result, Health health)
{
    if (job->done)
        return;
    job->done = true;
    --m_pending;
    const quint64 generation = m_generation;
    const bool last = m_pending == 0;
    const QString path = job->certificate.path;
    emit checked(path, result, health);
    if (generation == m_generation && last)
        emit finished();
}

} // namespace vigie
