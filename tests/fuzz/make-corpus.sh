#!/usr/bin/env bash
# Rebuilds the seed corpus in tests/fuzz/corpus/<target>/ from captured outputs kept in the
# repository (tests/unit/data) plus a few small hand-written samples of the other formats.
# Run it from anywhere; it only writes under tests/fuzz/corpus.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
exec python3 - "$ROOT" <<'PY'
import os, re, sys
root = sys.argv[1]
data = os.path.join(root, "tests/unit/data")
out = os.path.join(root, "tests/fuzz/corpus")

def put(target, name, content):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(content, str):
        content = content.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(content)

def read(path):
    with open(os.path.join(data, path), "rb") as f:
        return f.read()

# probe: the whole captured output (nonce capture0123456789), and a cut one.
probe = read("probe/probe_output_real.txt")
put("probe", "probe_output_real", probe)
put("probe", "probe_output_cut", probe[: len(probe) // 2])

# probe_section: each captured payload, its first byte picking the section (FuzzSupport order).
sections = ["meta", "vitals", "systemd", "pm2", "compose", "health", "ufw", "fail2ban",
            "certificates", "renewal", "backups", "backuplog", "databases", "tenants", "mail"]
frame = re.compile(rb"@@VIGIE capture0123456789 BEGIN (\S+)\n(.*?)\n@@VIGIE capture0123456789 END \1 ",
                   re.S)
for m in frame.finditer(probe):
    name = m.group(1).decode()
    if name in sections:
        put("probe_section", name, bytes([sections.index(name)]) + m.group(2))
extra = {"pm2_jlist_fresh_home_banner.txt": "pm2", "compose_ps_handwritten.txt": "compose",
         "compose_daemon_down_real.txt": "compose", "fail2ban_status_handwritten.txt": "fail2ban",
         "renewal_timer_handwritten.txt": "renewal", "systemd_show_handwritten.txt": "systemd",
         "ufw_status_verbose_handwritten.txt": "ufw", "backups_stat_fallback_real.txt": "backups",
         "mail_real.txt": "mail", "mail_faults_real.txt": "mail", "mail_nonroot_real.txt": "mail",
         "mail_postfix_down_real.txt": "mail",
         "mail_systemd_handwritten.txt": "mail"}
for file, name in extra.items():
    put("probe_section", file, bytes([sections.index(name)]) + read("probe/" + file))

# known_hosts: plain, hashed, bracketed port, markers, comments, negation (public keys only).
key = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"
put("knownhosts", "mixed",
    "# comment\n\n"
    f"server.example.test ssh-ed25519 {key}\n"
    f"[127.0.0.1]:2222,[localhost]:2222 ssh-ed25519 {key} fixture\n"
    f"|1|JfKTdBh7rNbXkVAQCRp4OQoPfmI=|USECr3SWf1JUPsms5AqfD5QfxkM= ssh-ed25519 {key}\n"
    f"*.example.test,!bad.example.test ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=\n"
    f"@revoked old.example.test ssh-ed25519 {key}\n"
    f"@cert-authority *.example.test ssh-ed25519 {key}\n")
put("knownhosts", "garbage", "this is not a known_hosts line\n\x00\xff\n")

# ssh_config: the captured one.
put("sshconfig", "config", read("ssh_config/config"))

# profile JSON: a profile like the fixture's, and a server entry.
put("profile_json", "profile", """{"id":"fixture-medicalpro","name":"MedicalPro",
 "services":{"systemdUnits":["nginx","postgresql"],"pm2":true,"pm2Command":"pm2",
  "composeProjects":["shop"],"healthUrls":[{"name":"app","url":"https://app.example.test/health",
  "resolve":"app.example.test:443:127.0.0.1","insecure":true}]},
 "certificates":{"paths":["/etc/letsencrypt/live"],"warningDays":30,"criticalDays":7},
 "backups":{"targets":[{"name":"medicalpro_central","directory":"/var/backups","pattern":"central_*.dump.gpg",
  "maxAgeHours":26,"retentionDays":30}],"log":"/var/log/backup.log"},
 "databases":{"psqlCommand":"psql","central":"medicalpro_central","tenantPrefix":"medicalpro_clinic_"},
 "deploy":{"apps":[{"name":"backend","path":"/opt/app","pm2Names":["api"]}]}}""")
put("profile_json", "server", '{"name":"prod-1","host":"10.0.0.5","port":22,"user":"ops",'
    '"auth":"key","keyName":"ops","profile":"fixture-medicalpro","group":"prod"}')

# run log: markers as RunScript writes them (step, recovery, cancel, final).
n = "@@vigie:d87e4563864c941a"
put("runlog", "succeeded", f"\n{n} run 20261123T035537Z-214a03 1795406137\n\n{n} step 0 begin 1795406137\none\n\n"
    f"{n} step 0 end 0 1795406138\n\n{n} step 1 begin 1795406138\ntwo\n{n} step 1 end 0 1795406138\n\n"
    f"{n} final succeeded 1795406138\n")
put("runlog", "recovered", f"\n{n} run 20261123T035537Z-214a04 1795406137\n\n{n} step 0 begin 1\nboom\n\n"
    f"{n} step 0 end 3 2\n\n{n} recovery 0 2\n\n{n} recovery-step 1 begin 2\nundo\n\n"
    f"{n} recovery-step 1 end 0 3\n\n{n} cancelled 1 3\n\n{n} final rolled-back 0 3\n")

# runs listing as the remote runner prints it.
put("runrecord", "listing", "run\t20261123T101500Z-3f9a7c\nmeta\t{\"wizard\":\"deploy\",\"title\":\"Deploy\","
    "\"operator\":\"alice@laptop\",\"stepCount\":5,\"plan\":{\"steps\":[]}}\nstarted\t1700000001 \n"
    "status\tfailed 2 1700000100 \ncurrent\t2 \nalive\t0\nend\n"
    "run\t20261123T101600Z-000001\nmeta\t{}\ncurrent\t1 \nalive\t1\nend\n"
    "lock\t1\nholder\ttarget=db:x\nholder\trun=abc\nholder\toperator=bob@desk\nholder\tsince=1700000050\nend\n")
put("runrecord", "missing", "missing\n")

# deploy preview.
h, t = "1" * 40, "2" * 40
put("deploypreview", "preview", f"@@head\n{h}\n@@target\n{t}\n@@commits\n{t}\x1fBob\x1f2026-11-22T10:00:00+01:00"
    f"\x1fAdd consent table\n{'3'*40}\x1fAnn\x1f2026-11-21T09:00:00+01:00\x1fFix\n@@local\n M server.js\n"
    "@@files\nM\0server.js\0A\0migrations/002_consent.sql\0D\0old file.txt\0")

# pre-flight checks: provision and restore outputs, a verify listing, row counts.
put("operationchecks", "provision", "tenant\talpha\ntenant\tmy_clinic\nresolve\t127.0.0.1\n"
    "cert\tvalid\t/le/live/x/cert.pem\tDNS:*.example.test DNS:example.test \ndisk\t52428800\t/\n")
put("operationchecks", "restore", "database\t8200000\t3\nsafety\t10485760\n"
    "backup\t1261\t1763866800.0000000000\t/b/clinic_20261123.dump.gpg\n"
    "safety-dump\t900\t1763870000.5\t/s/db-before-restore-x.dump.gpg\n")
put("operationchecks", "rowcounts", "noise\nvigie-rows\tbefore\tpublic.patients\t4\n"
    "vigie-rows\tafter\tpublic.patients\t5\n")
PY
