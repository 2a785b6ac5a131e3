#include "SnapshotJson.h"

#include <QJsonArray>

namespace vigie {

namespace {

QJsonValue date(const QDateTime& when)
{
    if (!when.isValid())
        return QJsonValue::Null;
    return when.toUTC().toString(Qt::ISODate);
}

QJsonArray strings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

template <typename T, typename F> QJsonArray array(const QList<T>& items, F toJson)
{
    QJsonArray out;
    for (const T& item : items)
        out.append(toJson(item));
    return out;
}

QJsonObject vitals(const HostVitals& v)
{
    return {{QStringLiteral("hostname"), v.hostname},
            {QStringLiteral("os"), v.os},
            {QStringLiteral("kernel"), v.kernel},
            {QStringLiteral("load1"), v.load1},
            {QStringLiteral("load5"), v.load5},
            {QStringLiteral("load15"), v.load15},
            {QStringLiteral("cpus"), v.cpus},
            {QStringLiteral("memTotalBytes"), v.memTotalBytes},
            {QStringLiteral("memAvailableBytes"), v.memAvailableBytes},
            {QStringLiteral("swapTotalBytes"), v.swapTotalBytes},
            {QStringLiteral("swapFreeBytes"), v.swapFreeBytes},
            {QStringLiteral("uptimeSeconds"), v.uptimeSeconds},
            {QStringLiteral("user"), v.user},
            {QStringLiteral("root"), v.root},
            {QStringLiteral("passwordlessSudo"), v.passwordlessSudo},
            {QStringLiteral("mounts"), array(v.mounts, [](const MountUsage& m) {
                 return QJsonObject{{QStringLiteral("mountPoint"), m.mountPoint},
                                    {QStringLiteral("device"), m.device},
                                    {QStringLiteral("sizeBytes"), m.sizeBytes},
                                    {QStringLiteral("usedBytes"), m.usedBytes},
                                    {QStringLiteral("availableBytes"), m.availableBytes},
                                    {QStringLiteral("usedPercent"), m.usedPercent()}};
             })}};
}

QJsonObject certificate(const CertificateInfo& c)
{
    return {{QStringLiteral("path"), c.path},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("dnsNames"), strings(c.dnsNames)},
            {QStringLiteral("issuer"), c.issuer},
            {QStringLiteral("notBefore"), date(c.notBefore)},
            {QStringLiteral("notAfter"), date(c.notAfter)},
            {QStringLiteral("keyType"), c.keyType},
            {QStringLiteral("sha256"), QString::fromLatin1(c.sha256.toHex())},
            {QStringLiteral("error"), c.error}};
}

QJsonObject seen(const SeenCertificate& c)
{
    return {{QStringLiteral("state"), c.state},
            {QStringLiteral("sha256"), QString::fromLatin1(c.sha256.toHex())},
            {QStringLiteral("notAfter"), date(c.notAfter)},
            {QStringLiteral("subject"), c.subject},
            {QStringLiteral("error"), c.error}};
}

QString unitSource(MailUnitState::Source source)
{
    switch (source) {
    case MailUnitState::Source::Systemd:
        return QStringLiteral("systemd");
    case MailUnitState::Source::PidFile:
        return QStringLiteral("pidfile");
    case MailUnitState::Source::None:
        break;
    }
    return QStringLiteral("none");
}

QJsonObject mail(const MailStatus& m)
{
    return {
        {QStringLiteral("systemd"), m.systemd},
        {QStringLiteral("units"), array(m.units,
                                        [](const MailUnitState& u) {
                                            return QJsonObject{
                                                {QStringLiteral("name"), u.name},
                                                {QStringLiteral("source"), unitSource(u.source)},
                                                {QStringLiteral("state"), u.state},
                                                {QStringLiteral("loadState"), u.loadState},
                                                {QStringLiteral("subState"), u.subState},
                                                {QStringLiteral("pid"), u.pid},
                                                {QStringLiteral("pidFile"), u.pidFile}};
                                        })},
        {QStringLiteral("queues"), array(m.queues,
                                         [](const MailQueue& q) {
                                             return QJsonObject{
                                                 {QStringLiteral("instance"), q.instance},
                                                 {QStringLiteral("tool"), q.tool},
                                                 {QStringLiteral("exitCode"), q.exitCode},
                                                 {QStringLiteral("total"), q.total},
                                                 {QStringLiteral("deferred"), q.deferred},
                                                 {QStringLiteral("active"), q.active},
                                                 {QStringLiteral("hold"), q.hold},
                                                 {QStringLiteral("error"), q.error}};
                                         })},
        {QStringLiteral("dkim"),
         array(m.dkim,
               [](const DkimCheck& d) {
                   return QJsonObject{
                       {QStringLiteral("selector"), d.selector},
                       {QStringLiteral("domain"), d.domain},
                       {QStringLiteral("keyState"), d.keyState},
                       {QStringLiteral("diskKey"), QString::fromLatin1(d.diskKey)},
                       {QStringLiteral("dnsExitCode"), d.dnsExitCode},
                       {QStringLiteral("dnsRecords"), strings(d.dnsRecords)},
                       {QStringLiteral("dnsError"), d.dnsError},
                       {QStringLiteral("dnsKey"), QString::fromLatin1(d.dnsKey)},
                       {QStringLiteral("matches"), !d.diskKey.isEmpty() && d.diskKey == d.dnsKey}};
               })},
        {QStringLiteral("tls"), array(m.tls, [](const MailTlsCheck& t) {
             return QJsonObject{{QStringLiteral("name"), t.name},
                                {QStringLiteral("address"), t.address},
                                {QStringLiteral("mode"), t.mode},
                                {QStringLiteral("served"), seen(t.served)},
                                {QStringLiteral("disk"), seen(t.disk)},
                                {QStringLiteral("servedIsDisk"),
                                 t.served.ok() && t.disk.ok() && t.served.sha256 == t.disk.sha256}};
         })}};
}

} // namespace

QString sectionStateId(SectionStatus::State state)
{
    switch (state) {
    case SectionStatus::State::Ok:
        return QStringLiteral("ok");
    case SectionStatus::State::Absent:
        return QStringLiteral("absent");
    case SectionStatus::State::NeedsPrivileges:
        return QStringLiteral("needs-privileges");
    case SectionStatus::State::TimedOut:
        return QStringLiteral("timed-out");
    case SectionStatus::State::Truncated:
        return QStringLiteral("truncated");
    case SectionStatus::State::Unparseable:
        return QStringLiteral("unparseable");
    case SectionStatus::State::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QJsonObject snapshotToJson(const Snapshot& s)
{
    QJsonObject sections;
    for (auto it = s.sections.cbegin(); it != s.sections.cend(); ++it) {
        sections.insert(it.key(), QJsonObject{{QStringLiteral("state"), sectionStateId(it->state)},
                                              {QStringLiteral("message"), it->message},
                                              {QStringLiteral("elapsedMs"), it->elapsedMs},
                                              {QStringLiteral("exitCode"), it->exitCode}});
    }
    return {
        {QStringLiteral("takenAt"), date(s.takenAt)},
        {QStringLiteral("serverTime"), date(s.serverTime)},
        {QStringLiteral("roundTripMs"), s.roundTripMs},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("vitals"), vitals(s.vitals)},
        {QStringLiteral("systemd"), s.systemd},
        {QStringLiteral("units"), array(s.units,
                                        [](const SystemdUnit& u) {
                                            return QJsonObject{
                                                {QStringLiteral("name"), u.name},
                                                {QStringLiteral("loadState"), u.loadState},
                                                {QStringLiteral("activeState"), u.activeState},
                                                {QStringLiteral("subState"), u.subState},
                                                {QStringLiteral("since"), date(u.since)}};
                                        })},
        {QStringLiteral("pm2"),
         array(s.pm2,
               [](const Pm2Process& p) {
                   return QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("pmId"), p.pmId},
                                      {QStringLiteral("execMode"), p.execMode},
                                      {QStringLiteral("status"), p.status},
                                      {QStringLiteral("restarts"), p.restarts},
                                      {QStringLiteral("unstableRestarts"), p.unstableRestarts},
                                      {QStringLiteral("cpuPercent"), p.cpuPercent},
                                      {QStringLiteral("memoryBytes"), p.memoryBytes},
                                      {QStringLiteral("startedAt"), date(p.startedAt)}};
               })},
        {QStringLiteral("compose"),
         array(s.compose,
               [](const ComposeService& c) {
                   return QJsonObject{{QStringLiteral("project"), c.project},
                                      {QStringLiteral("service"), c.service},
                                      {QStringLiteral("container"), c.container},
                                      {QStringLiteral("state"), c.state},
                                      {QStringLiteral("health"), c.health},
                                      {QStringLiteral("status"), c.status},
                                      {QStringLiteral("image"), c.image},
                                      {QStringLiteral("restarts"), c.restarts},
                                      {QStringLiteral("exitCode"), c.exitCode},
                                      {QStringLiteral("startedAt"), date(c.startedAt)},
                                      {QStringLiteral("workingDirectory"), c.workingDirectory}};
               })},
        {QStringLiteral("composeEngine"),
         QJsonObject{{QStringLiteral("tool"), s.composeEngine.tool},
                     {QStringLiteral("daemonError"), s.composeEngine.daemonError}}},
        {QStringLiteral("health"), array(s.health,
                                         [](const HealthCheck& h) {
                                             return QJsonObject{
                                                 {QStringLiteral("name"), h.name},
                                                 {QStringLiteral("url"), h.url},
                                                 {QStringLiteral("httpStatus"), h.httpStatus},
                                                 {QStringLiteral("seconds"), h.seconds},
                                                 {QStringLiteral("error"), h.error}};
                                         })},
        {QStringLiteral("ufw"), QJsonObject{{QStringLiteral("known"), s.ufw.known},
                                            {QStringLiteral("active"), s.ufw.active},
                                            {QStringLiteral("rules"), strings(s.ufw.rules)}}},
        {QStringLiteral("jails"),
         array(s.jails,
               [](const Fail2banJail& j) {
                   return QJsonObject{{QStringLiteral("name"), j.name},
                                      {QStringLiteral("currentlyBanned"), j.currentlyBanned},
                                      {QStringLiteral("totalBanned"), j.totalBanned}};
               })},
        {QStringLiteral("certificates"), array(s.certificates, certificate)},
        {QStringLiteral("renewal"),
         QJsonObject{{QStringLiteral("timer"), s.renewal.timer},
                     {QStringLiteral("timerUnit"), s.renewal.timerUnit},
                     {QStringLiteral("timerNext"), date(s.renewal.timerNext)},
                     {QStringLiteral("timerLast"), date(s.renewal.timerLast)},
                     {QStringLiteral("cronLines"), strings(s.renewal.cronLines)}}},
        {QStringLiteral("backups"), array(s.backups,
                                          [](const BackupFile& b) {
                                              return QJsonObject{
                                                  {QStringLiteral("target"), b.target},
                                                  {QStringLiteral("path"), b.path},
                                                  {QStringLiteral("modified"), date(b.modified)},
                                                  {QStringLiteral("sizeBytes"), b.sizeBytes},
                                                  {QStringLiteral("encrypted"), b.encrypted}};
                                          })},
        {QStringLiteral("backupLogTail"), strings(s.backupLogTail)},
        {QStringLiteral("databases"), array(s.databases,
                                            [](const DatabaseInfo& d) {
                                                return QJsonObject{
                                                    {QStringLiteral("name"), d.name},
                                                    {QStringLiteral("sizeBytes"), d.sizeBytes}};
                                            })},
        {QStringLiteral("tenants"),
         array(s.tenants,
               [](const TenantInfo& t) {
                   return QJsonObject{{QStringLiteral("id"), t.id},
                                      {QStringLiteral("name"), t.name},
                                      {QStringLiteral("subdomain"), t.subdomain},
                                      {QStringLiteral("provisioned"), t.provisioned},
                                      {QStringLiteral("databaseExists"), t.databaseExists},
                                      {QStringLiteral("databaseSizeBytes"), t.databaseSizeBytes},
                                      {QStringLiteral("dnsResolves"), t.dnsResolves},
                                      {QStringLiteral("resolvedAddress"), t.resolvedAddress},
                                      {QStringLiteral("httpsStatus"), t.httpsStatus},
                                      {QStringLiteral("httpsError"), t.httpsError}};
               })},
        {QStringLiteral("mail"), mail(s.mail)},
    };
}

} // namespace vigie
