# Vigie dashboard probe. POSIX sh (dash, bash, busybox ash); nothing is installed on the server.
#
# Vigie runs it as ONE `sh -s` exec per refresh and writes it on stdin, preceded by shell
# variable assignments (app/probe/ProbeScript.cpp, every value single-quoted by shellQuote):
#   VIGIE_NONCE            [A-Za-z0-9]: frames the sections; never exported
#   VIGIE_SECTIONS         names of the sections to run (default: all)
#   VIGIE_TIMEOUT          seconds per section (default 8); VIGIE_TIMEOUT_<section> overrides
#   VIGIE_LIMIT            bytes of output kept per section (default 262144)
#   VIGIE_HTTP_TIMEOUT     seconds per curl request (default 5)
#   VIGIE_UNITS            systemd units, one per line
#   VIGIE_PM2 (0|1), VIGIE_PM2_CMD, VIGIE_PM2_HOME
#   VIGIE_COMPOSE_PROJECTS one per line (the desktop filters; listed here for completeness)
#   VIGIE_HEALTH           one check per line: name US url US resolve US insecure(0|1)
#   VIGIE_CERT_PATHS       one per line: a live/ dir, a letsencrypt dir or a .pem file
#   VIGIE_CRON_PATHS       extra cron files or directories to search for certbot, one per line
#   VIGIE_BACKUPS          one target per line: name US directory US pattern
#   VIGIE_BACKUP_LOG       a log file
#   VIGIE_PSQL, VIGIE_CENTRAL_DB, VIGIE_TENANT_PREFIX, VIGIE_TENANT_QUERY, VIGIE_TENANT_DOMAIN,
#   VIGIE_TENANT_HEALTH_PATH, VIGIE_TENANT_RESOLVE (address:port)
#   VIGIE_MAIL_*           the mail section's settings (sections/mail.sh)
# Per-stack sections live in resources/probe/sections/*.sh; Vigie puts them into the section
# library below, at the line "# @@VIGIE_SECTION_FILES@@" (app/probe/ProbeScript.cpp).
# (US is the ASCII unit separator, \037: no value contains it, nor a newline.)
# Work files of the sections end in .tmp; <section>.out/.rc/.ms belong to the runner.
#
# Output, in a fixed order, one frame per section:
#   @@VIGIE <nonce> BEGIN <section>
#   <the section's output, stdout and stderr, at most VIGIE_LIMIT bytes>
#   @@VIGIE <nonce> END <section> rc=<exit code> ms=<elapsed> bytes=<captured> truncated=<0|1>
# "bytes" counts what was captured, at most VIGIE_LIMIT + 1 (one more byte proves truncation).
# Sections run concurrently, each under its own time limit (rc 124 or 137: timed out). A section
# that decides itself exits 100 (absent: tool missing or not configured), 101 (needs
# privileges) or 102 (failed), after one line "vigie: <state>: <code> [<argument>]", which
# the desktop turns into a translated sentence: absent: not-configured | no-systemd |
# not-installed PROGRAM; needs-privileges: WHAT; failed: no-pm2-daemon SOCKET | no-file PATH |
# no-tmpdir.
# Never `set -e`: every section must get its frame. Never print the environment.

umask 077
LC_ALL=C
PGCLIENTENCODING=UTF8
PGCONNECT_TIMEOUT=5
PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"
export LC_ALL PGCLIENTENCODING PGCONNECT_TIMEOUT PATH

: "${VIGIE_NONCE:=unset}"
: "${VIGIE_SECTIONS:=meta vitals systemd pm2 compose health ufw fail2ban certificates renewal backups backuplog databases tenants mail}"
: "${VIGIE_TIMEOUT:=8}"
: "${VIGIE_LIMIT:=262144}"
: "${VIGIE_HTTP_TIMEOUT:=5}"
: "${VIGIE_PM2:=0}"
: "${VIGIE_PM2_CMD:=pm2}"
: "${VIGIE_PSQL:=psql}"
: "${VIGIE_TENANT_HEALTH_PATH:=/health}"
VIGIE_UID=$(id -u 2>/dev/null)
export VIGIE_TIMEOUT VIGIE_LIMIT VIGIE_HTTP_TIMEOUT VIGIE_UNITS VIGIE_PM2 VIGIE_PM2_CMD \
    VIGIE_PM2_HOME VIGIE_COMPOSE_PROJECTS VIGIE_HEALTH VIGIE_CERT_PATHS VIGIE_CRON_PATHS \
    VIGIE_BACKUPS VIGIE_BACKUP_LOG VIGIE_PSQL VIGIE_CENTRAL_DB VIGIE_TENANT_PREFIX \
    VIGIE_TENANT_QUERY VIGIE_TENANT_DOMAIN VIGIE_TENANT_HEALTH_PATH VIGIE_TENANT_RESOLVE VIGIE_UID \
    VIGIE_MAIL_POSTFIX VIGIE_MAIL_UNITS VIGIE_MAIL_DKIM VIGIE_MAIL_DNS VIGIE_MAIL_DNS_PORT \
    VIGIE_MAIL_TLS

vigie_fail_all() {
    for vigie_s in $VIGIE_SECTIONS; do
        printf '@@VIGIE %s BEGIN %s\nvigie: failed: %s\n@@VIGIE %s END %s rc=102 ms=0 bytes=0 truncated=0\n' \
            "$VIGIE_NONCE" "$vigie_s" "$1" "$VIGIE_NONCE" "$vigie_s"
    done
    exit 0
}

VIGIE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/vigie.XXXXXXXXXX" 2>/dev/null) ||
    vigie_fail_all no-tmpdir
[ -d "$VIGIE_DIR" ] || vigie_fail_all no-tmpdir
export VIGIE_DIR
vigie_pids=
trap 'rm -rf "$VIGIE_DIR"' EXIT
trap 'kill $vigie_pids 2>/dev/null; exit 0' INT TERM HUP

# The sections, written to a file so that `timeout` can run each one in its own shell.
cat >"$VIGIE_DIR/lib.sh" <<'VIGIE_LIB'
vigie_tab=$(printf '\t')
vigie_us=$(printf '\037')

vigie_absent() { printf 'vigie: absent: %s\n' "$*"; return 100; }
vigie_needs_privileges() { printf 'vigie: needs-privileges: %s\n' "$*"; return 101; }
vigie_failed() { printf 'vigie: failed: %s\n' "$*"; return 102; }
vigie_has() { command -v "$1" >/dev/null 2>&1; }
vigie_root() { [ "$VIGIE_UID" = 0 ]; }

# Can "$@" run as root: we are root, or sudo allows it without a password?
vigie_can_priv() {
    vigie_root && return 0
    vigie_has sudo && sudo -n -l "$@" >/dev/null 2>&1
}
vigie_priv() {
    if vigie_root; then "$@"; else sudo -n "$@"; fi
}

# Runs a configured command line (e.g. "sudo -u postgres psql") plus arguments. The words are
# split, never evaluated; a leading sudo gets -n so that it never waits for a password.
vigie_words() {
    vigie_w=$1
    shift
    set -f
    # shellcheck disable=SC2086
    set -- $vigie_w "$@"
    set +f
    if [ "$1" = sudo ] && [ "$2" != -n ]; then
        shift
        set -- sudo -n "$@"
    fi
    "$@"
}
vigie_first_word() {
    set -f
    # shellcheck disable=SC2086
    set -- $1
    set +f
    printf '%s' "$1"
}

vigie_section_meta() {
    printf 'time=%s\n' "$(date -u +%s)"
    printf 'user=%s\n' "$(id -un 2>/dev/null)"
    printf 'uid=%s\n' "$VIGIE_UID"
    printf 'hostname=%s\n' "$(hostname 2>/dev/null || uname -n)"
    printf 'kernel=%s\n' "$(uname -sr)"
    printf 'os=%s\n' "$(sed -n 's/^PRETTY_NAME=//p' /etc/os-release 2>/dev/null | head -n 1)"
    if vigie_root; then
        printf 'sudo=root\n'
    elif vigie_has sudo && sudo -n true >/dev/null 2>&1; then
        printf 'sudo=yes\n'
    else
        printf 'sudo=no\n'
    fi
    if [ -d /run/systemd/system ]; then printf 'systemd=1\n'; else printf 'systemd=0\n'; fi
}

vigie_section_vitals() {
    printf '@@ loadavg\n'
    cat /proc/loadavg
    printf '@@ nproc\n'
    nproc 2>/dev/null || getconf _NPROCESSORS_ONLN
    printf '@@ meminfo\n'
    cat /proc/meminfo
    printf '@@ uptime\n'
    cat /proc/uptime
    printf '@@ df\n'
    # Local filesystems only: a stale network mount would hang df.
    if df -P -B1 -l -x tmpfs / >/dev/null 2>&1; then
        df -P -B1 -l -x tmpfs -x devtmpfs -x overlay -x squashfs
    else
        df -Pk
    fi
}

vigie_section_systemd() {
    [ -n "$VIGIE_UNITS" ] || { vigie_absent not-configured; return; }
    [ -d /run/systemd/system ] || { vigie_absent no-systemd; return; }
    vigie_has systemctl || { vigie_absent not-installed systemctl; return; }
    set -f
    # shellcheck disable=SC2086
    set -- $VIGIE_UNITS
    set +f
    # TZ=UTC: every systemd version then prints "Mon 2026-11-23 03:00:01 UTC" (--timestamp=utc
    # only exists since systemd 248).
    TZ=UTC systemctl show --no-pager \
        -p Id,LoadState,ActiveState,SubState,ActiveEnterTimestamp,InactiveEnterTimestamp -- "$@"
}

vigie_section_pm2() {
    [ "$VIGIE_PM2" = 1 ] || { vigie_absent not-configured; return; }
    vigie_p=$(vigie_first_word "$VIGIE_PM2_CMD")
    vigie_has "$vigie_p" || { vigie_absent not-installed "$vigie_p"; return; }
    if [ -n "$VIGIE_PM2_HOME" ]; then
        PM2_HOME=$VIGIE_PM2_HOME
        export PM2_HOME
    fi
    case $vigie_p in
    sudo | su | runuser | doas | env) ;;
    *)
        # `pm2 jlist` would start a new, empty daemon: only ask a daemon that runs.
        vigie_home=${PM2_HOME:-$HOME/.pm2}
        if [ -d "$vigie_home" ] && [ ! -x "$vigie_home" ]; then
            vigie_needs_privileges "$vigie_home"
            return
        fi
        [ -S "$vigie_home/rpc.sock" ] ||
            { vigie_failed no-pm2-daemon "$vigie_home/rpc.sock"; return; }
        ;;
    esac
    vigie_words "$VIGIE_PM2_CMD" jlist >"$VIGIE_DIR/pm2-jlist.tmp" 2>"$VIGIE_DIR/pm2-stderr.tmp"
    vigie_rc=$?
    cat "$VIGIE_DIR/pm2-stderr.tmp"
    if [ "$vigie_rc" -ne 0 ] || ! vigie_has node; then
        cat "$VIGIE_DIR/pm2-jlist.tmp"
        return "$vigie_rc"
    fi
    # jlist carries every process's environment (database passwords, API keys): keep only
    # what the dashboard shows, with the node that runs pm2 anyway. Lines that are not a JSON
    # array pass unchanged, so the desktop still sees (and rejects) anything unexpected.
    node -e 'let t = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (c) => { t += c; });
process.stdin.on("end", () => {
  for (const line of t.split("\n")) {
    let out = line;
    if (line.startsWith("[")) {
      try {
        out = JSON.stringify(JSON.parse(line).map((p) => {
          const e = p.pm2_env || {};
          return { name: p.name, pm_id: p.pm_id, pid: p.pid, monit: p.monit,
            pm2_env: { exec_mode: e.exec_mode, status: e.status, restart_time: e.restart_time,
              unstable_restarts: e.unstable_restarts, pm_uptime: e.pm_uptime } };
        }));
      } catch (err) { out = line; }
    }
    if (out !== "") process.stdout.write(out + "\n");
  }
});' <"$VIGIE_DIR/pm2-jlist.tmp" || cat "$VIGIE_DIR/pm2-jlist.tmp"
}

# Which Compose the server has, for the dashboard: the v2 plugin (where the docker CLI looks for
# plugins: no process started) or Debian 12's docker-compose 1.x.
vigie_compose_tool() {
    for vigie_d in "$HOME/.docker/cli-plugins" /usr/local/lib/docker/cli-plugins \
        /usr/local/libexec/docker/cli-plugins /usr/lib/docker/cli-plugins \
        /usr/libexec/docker/cli-plugins; do
        [ -x "$vigie_d/docker-compose" ] && { echo 'docker compose'; return; }
    done
    vigie_has docker-compose && { echo docker-compose; return; }
    echo none
}

vigie_section_compose() {
    vigie_has docker || { vigie_absent not-installed docker; return; }
    vigie_docker=docker
    if ! vigie_root && [ -S /var/run/docker.sock ] && [ ! -w /var/run/docker.sock ] &&
        [ -z "$DOCKER_HOST" ]; then
        if vigie_can_priv docker ps; then
            vigie_docker="sudo -n docker"
        else
            vigie_needs_privileges /var/run/docker.sock
            return
        fi
    fi
    printf '@@ tool %s\n' "$(vigie_compose_tool)"
    printf '@@ ps\n'
    vigie_words "$vigie_docker" ps -a --no-trunc --filter label=com.docker.compose.project \
        --format '{{json .}}' >"$VIGIE_DIR/compose-ps.tmp" 2>&1
    vigie_rc=$?
    cat "$VIGIE_DIR/compose-ps.tmp"
    [ "$vigie_rc" -eq 0 ] || return "$vigie_rc"
    # Restart counts and start times are only in `docker inspect` (not its whole JSON: it
    # carries every container's environment, passwords included).
    vigie_ids=$(sed -n 's/.*"ID":"\([0-9a-f]\{12,64\}\)".*/\1/p' "$VIGIE_DIR/compose-ps.tmp")
    printf '@@ inspect\n'
    [ -n "$vigie_ids" ] || return 0
    # shellcheck disable=SC2086
    vigie_words "$vigie_docker" inspect \
        --format '{{.Id}} {{.RestartCount}} {{.State.StartedAt}} {{.State.ExitCode}}' $vigie_ids
}

vigie_section_health() {
    [ -n "$VIGIE_HEALTH" ] || { vigie_absent not-configured; return; }
    vigie_has curl || { vigie_absent not-installed curl; return; }
    printf '%s\n' "$VIGIE_HEALTH" | while IFS=$vigie_us read -r vigie_name vigie_url vigie_resolve vigie_insecure; do
        [ -n "$vigie_url" ] || continue
        set -- -sS -o /dev/null -w '%{http_code} %{time_total}' --max-time "$VIGIE_HTTP_TIMEOUT"
        [ -n "$vigie_resolve" ] && set -- "$@" --resolve "$vigie_resolve"
        [ "$vigie_insecure" = 1 ] && set -- "$@" -k
        vigie_out=$(curl "$@" "$vigie_url" 2>"$VIGIE_DIR/health-stderr.tmp")
        vigie_rc=$?
        vigie_err=$(head -c 300 "$VIGIE_DIR/health-stderr.tmp" | tr '\t\r\n' '   ')
        printf 'check\t%s\t%s\t%s\t%s\n' "$vigie_rc" "$vigie_out" "$vigie_err" "$vigie_name"
    done
}

vigie_section_ufw() {
    vigie_has ufw || { vigie_absent not-installed ufw; return; }
    vigie_can_priv ufw status verbose ||
        { vigie_needs_privileges "ufw status"; return; }
    vigie_priv ufw status verbose
}

vigie_section_fail2ban() {
    vigie_has fail2ban-client || { vigie_absent not-installed fail2ban-client; return; }
    vigie_can_priv fail2ban-client status ||
        { vigie_needs_privileges "fail2ban-client status"; return; }
    vigie_priv fail2ban-client status >"$VIGIE_DIR/fail2ban-status.tmp" 2>&1
    vigie_rc=$?
    cat "$VIGIE_DIR/fail2ban-status.tmp"
    [ "$vigie_rc" -eq 0 ] || return "$vigie_rc"
    for vigie_jail in $(sed -n 's/^.*Jail list:[[:space:]]*//p' "$VIGIE_DIR/fail2ban-status.tmp" | tr ',' ' '); do
        case $vigie_jail in *[!A-Za-z0-9_.@-]*) continue ;; esac
        vigie_priv fail2ban-client status "$vigie_jail"
    done
    return 0
}

# One certificate: a header line, then the PEM file as it is.
vigie_cert() {
    printf 'cert\t%s\t%s\n' "$1" "$2"
    cat "$2"
    printf '\n'
}

vigie_cert_dir() {
    if [ ! -r "$1" ] || [ ! -x "$1" ]; then
        printf 'denied\t%s\n' "$1"
        return
    fi
    for vigie_d in "$1"/*/; do
        vigie_d=${vigie_d%/}
        [ -f "$vigie_d/cert.pem" ] && vigie_cert "$vigie_d" "$vigie_d/cert.pem"
    done
    # Certificates kept as plain files for a proxy (nginx/ssl/*.crt), beside or instead.
    for vigie_f in "$1"/*.crt "$1"/*.cer; do
        [ -f "$vigie_f" ] && vigie_cert "$vigie_f" "$vigie_f"
    done
    return 0
}

vigie_section_certificates() {
    [ -n "$VIGIE_CERT_PATHS" ] || { vigie_absent not-configured; return; }
    printf '%s\n' "$VIGIE_CERT_PATHS" | while IFS= read -r vigie_p; do
        [ -n "$vigie_p" ] || continue
        if [ -f "$vigie_p" ]; then
            vigie_cert "$vigie_p" "$vigie_p"
        elif [ -d "$vigie_p/live" ]; then
            vigie_cert_dir "$vigie_p/live"
        elif [ -d "$vigie_p" ]; then
            vigie_cert_dir "$vigie_p"
        else
            printf 'missing\t%s\n' "$vigie_p"
        fi
    done
}

vigie_cron_grep() {
    [ -f "$1" ] && [ -r "$1" ] || return 0
    grep -i certbot "$1" 2>/dev/null | while IFS= read -r vigie_line; do
        printf 'cron\t%s\t%s\n' "$1" "$vigie_line"
    done
}

vigie_section_renewal() {
    if [ -d /run/systemd/system ] && vigie_has systemctl; then
        TZ=UTC systemctl list-timers --all --no-pager --no-legend '*certbot*' 2>&1 |
            while IFS= read -r vigie_line; do printf 'timer\t%s\n' "$vigie_line"; done
    fi
    vigie_cron_grep /etc/crontab
    for vigie_f in /etc/cron.d/* /var/spool/cron/crontabs/* /var/spool/cron/*; do
        vigie_cron_grep "$vigie_f"
    done
    if vigie_has crontab; then
        crontab -l 2>/dev/null | grep -i certbot | while IFS= read -r vigie_line; do
            printf 'cron\tcrontab -l\t%s\n' "$vigie_line"
        done
    fi
    # Extra places: the profile's, and the cron.d beside each letsencrypt directory
    # (/etc/letsencrypt/live -> /etc/cron.d, already searched; a test fixture's DIR/cron.d).
    {
        printf '%s\n' "$VIGIE_CRON_PATHS"
        printf '%s\n' "$VIGIE_CERT_PATHS" | while IFS= read -r vigie_p; do
            case $vigie_p in
            */live) vigie_p=${vigie_p%/live} ;;
            *) continue ;;
            esac
            vigie_p=${vigie_p%/*}/cron.d
            [ "$vigie_p" = /etc/cron.d ] || printf '%s\n' "$vigie_p"
        done
    } | while IFS= read -r vigie_p; do
        [ -n "$vigie_p" ] || continue
        if [ -d "$vigie_p" ]; then
            for vigie_f in "$vigie_p"/*; do vigie_cron_grep "$vigie_f"; done
        else
            vigie_cron_grep "$vigie_p"
        fi
    done
    # Proves the section ran to its end: empty output is then never "nothing found".
    printf 'end\n'
    return 0
}

vigie_section_backups() {
    [ -n "$VIGIE_BACKUPS" ] || { vigie_absent not-configured; return; }
    vigie_gnu=0
    find / -maxdepth 0 -printf '' >/dev/null 2>&1 && vigie_gnu=1
    printf '%s\n' "$VIGIE_BACKUPS" | while IFS=$vigie_us read -r vigie_name vigie_dir vigie_pattern; do
        [ -n "$vigie_dir" ] || continue
        printf 'target\t%s\t%s\n' "$vigie_dir" "$vigie_name"
        if [ ! -d "$vigie_dir" ]; then
            printf 'missing\n'
            continue
        fi
        vigie_run=
        if [ ! -r "$vigie_dir" ] || [ ! -x "$vigie_dir" ]; then
            if vigie_can_priv find "$vigie_dir/"; then
                vigie_run=vigie_priv
            else
                printf 'denied\n'
                continue
            fi
        fi
        if [ "$vigie_gnu" = 1 ]; then
            $vigie_run find "$vigie_dir/" -maxdepth 1 -type f -name "$vigie_pattern" \
                -printf 'file\t%T@\t%s\t%p\n'
        else
            $vigie_run find "$vigie_dir/" -maxdepth 1 -type f -name "$vigie_pattern" \
                -exec stat -c "file${vigie_tab}%Y${vigie_tab}%s${vigie_tab}%n" {} +
        fi
        # What else is there, so an empty result can say what it saw ("12 files, none match").
        # The count prints one dot line per file ("%.0s" eats the name): names with newlines
        # cannot break it. Up to three names without control characters as examples.
        printf 'others\t%s\n' "$($vigie_run find "$vigie_dir/" -maxdepth 1 -type f \
            ! -name "$vigie_pattern" -exec printf '%.0s.\n' {} + | wc -l | tr -d ' ')"
        $vigie_run find "$vigie_dir/" -maxdepth 1 -type f ! -name "$vigie_pattern" \
            ! -name '*[[:cntrl:]]*' -exec printf 'other\t%s\n' {} + | head -n 3
    done
}

vigie_section_backuplog() {
    [ -n "$VIGIE_BACKUP_LOG" ] || { vigie_absent not-configured; return; }
    if [ -r "$VIGIE_BACKUP_LOG" ]; then
        tail -n 40 "$VIGIE_BACKUP_LOG"
    elif vigie_can_priv tail -n 40 "$VIGIE_BACKUP_LOG"; then
        vigie_priv tail -n 40 "$VIGIE_BACKUP_LOG"
    elif [ -e "$VIGIE_BACKUP_LOG" ] || { [ -d "${VIGIE_BACKUP_LOG%/*}" ] &&
        [ ! -x "${VIGIE_BACKUP_LOG%/*}" ]; }; then
        vigie_needs_privileges "$VIGIE_BACKUP_LOG"
    else
        vigie_failed no-file "$VIGIE_BACKUP_LOG"
    fi
}

vigie_psql() {
    vigie_words "$VIGIE_PSQL" -X -w -q -A -t "$@"
}

vigie_has_psql() {
    vigie_p=$(vigie_first_word "$VIGIE_PSQL")
    vigie_has "$vigie_p" || { vigie_absent not-installed "$vigie_p"; return; }
}

vigie_section_databases() {
    [ -n "$VIGIE_CENTRAL_DB$VIGIE_TENANT_PREFIX" ] ||
        { vigie_absent not-configured; return; }
    vigie_has_psql || return
    cd / || return
    vigie_psql -F "$vigie_tab" -d "${VIGIE_CENTRAL_DB:-postgres}" -c "SELECT datname,
        CASE WHEN has_database_privilege(datname, 'CONNECT') THEN pg_database_size(datname) END
        FROM pg_database WHERE NOT datistemplate ORDER BY datname"
}

# One tenant row in, one line out: tenant id subdomain provisioned address https-status error name
vigie_tenant_check() {
    vigie_id=$1 vigie_name=$2 vigie_sub=$3 vigie_prov=$4 vigie_k=$5
    vigie_addr= vigie_code= vigie_err=
    vigie_host=$vigie_sub.$VIGIE_TENANT_DOMAIN
    if [ -z "$vigie_sub" ] || [ -z "$VIGIE_TENANT_DOMAIN" ]; then
        vigie_host=
    else
        case $vigie_sub in
        *[!A-Za-z0-9-]* | -* | *-) vigie_host= vigie_err="invalid subdomain" ;;
        esac
    fi
    if [ -n "$vigie_host" ]; then
        vigie_addr=$(getent hosts "$vigie_host" 2>/dev/null | while read -r vigie_a vigie_rest; do
            printf '%s' "$vigie_a"
            break
        done)
        if vigie_has curl; then
            set -- -sS -k -o /dev/null -w '%{http_code}' --max-time "$VIGIE_HTTP_TIMEOUT"
            vigie_url=https://$vigie_host
            if [ -n "$VIGIE_TENANT_RESOLVE" ]; then
                vigie_port=${VIGIE_TENANT_RESOLVE##*:}
                set -- "$@" --resolve "$vigie_host:$vigie_port:${VIGIE_TENANT_RESOLVE%:*}"
                [ "$vigie_port" = 443 ] || vigie_url=$vigie_url:$vigie_port
            fi
            vigie_code=$(curl "$@" "$vigie_url$VIGIE_TENANT_HEALTH_PATH" 2>"$VIGIE_DIR/tenant-$vigie_k-stderr.tmp")
            vigie_err=$(head -c 300 "$VIGIE_DIR/tenant-$vigie_k-stderr.tmp" | tr '\t\r\n' '   ')
        else
            vigie_err="curl is not installed"
        fi
    fi
    printf 'tenant\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$vigie_id" "$vigie_sub" "$vigie_prov" \
        "$vigie_addr" "$vigie_code" "$vigie_err" "$vigie_name"
}

vigie_section_tenants() {
    [ -n "$VIGIE_TENANT_QUERY" ] && [ -n "$VIGIE_CENTRAL_DB" ] ||
        { vigie_absent not-configured; return; }
    vigie_has_psql || return
    cd / || return
    vigie_psql -F "$vigie_us" -d "$VIGIE_CENTRAL_DB" -c "$VIGIE_TENANT_QUERY" \
        >"$VIGIE_DIR/tenants-rows.tmp" 2>"$VIGIE_DIR/tenants-stderr.tmp"
    vigie_rc=$?
    if [ "$vigie_rc" -ne 0 ]; then
        cat "$VIGIE_DIR/tenants-stderr.tmp" "$VIGIE_DIR/tenants-rows.tmp"
        return "$vigie_rc"
    fi
    while IFS= read -r vigie_line; do printf 'stderr\t%s\n' "$vigie_line"; done <"$VIGIE_DIR/tenants-stderr.tmp"
    # DNS and HTTPS checks eight at a time: one slow name must not serialise the others.
    vigie_n=0
    while IFS=$vigie_us read -r vigie_id vigie_name vigie_sub vigie_prov vigie_rest; do
        vigie_n=$((vigie_n + 1))
        vigie_tenant_check "$vigie_id" "$vigie_name" "$vigie_sub" "$vigie_prov" "$vigie_n" \
            >"$VIGIE_DIR/tenant-$vigie_n.tmp" 2>&1 &
        [ $((vigie_n % 8)) -eq 0 ] && wait
    done <"$VIGIE_DIR/tenants-rows.tmp"
    wait
    vigie_i=1
    while [ "$vigie_i" -le "$vigie_n" ]; do
        cat "$VIGIE_DIR/tenant-$vigie_i.tmp"
        vigie_i=$((vigie_i + 1))
    done
    printf 'count\t%s\n' "$vigie_n"
    return 0
}
# @@VIGIE_SECTION_FILES@@
VIGIE_LIB

# Milliseconds since the epoch (GNU date), else seconds * 1000.
if [ "$(date +%3N 2>/dev/null)" -ge 0 ] 2>/dev/null; then
    vigie_now_ms() { date +%s%3N; }
else
    vigie_now_ms() { echo $(($(date +%s) * 1000)); }
fi

# GNU timeout kills the section's whole process group; without it a watchdog kills the shell.
vigie_has_timeout=0
timeout -k 1 5 true >/dev/null 2>&1 && vigie_has_timeout=1

# Each section's stdin is /dev/null: stdin is this very script (sh -s), and a command reading
# it would swallow the rest (never `exec </dev/null` here for the same reason).
vigie_launch() {
    vigie_s=$1
    eval "vigie_t=\${VIGIE_TIMEOUT_$vigie_s:-\$VIGIE_TIMEOUT}"
    (
        vigie_start=$(vigie_now_ms)
        {
            if [ "$vigie_has_timeout" = 1 ]; then
                timeout -k 2 "$vigie_t" sh -c '. "$1" && vigie_section_'"$vigie_s" \
                    "vigie-$vigie_s" "$VIGIE_DIR/lib.sh" 2>&1
                echo "$?" >"$VIGIE_DIR/$vigie_s.rc"
            else
                sh -c '. "$1" && vigie_section_'"$vigie_s" "vigie-$vigie_s" "$VIGIE_DIR/lib.sh" 2>&1 &
                vigie_pid=$!
                (
                    sleep "$vigie_t"
                    kill -TERM "$vigie_pid" && : >"$VIGIE_DIR/$vigie_s.killed"
                    sleep 2
                    kill -KILL "$vigie_pid"
                ) >/dev/null 2>&1 &
                vigie_dog=$!
                wait "$vigie_pid"
                vigie_rc=$?
                kill "$vigie_dog" 2>/dev/null
                [ -f "$VIGIE_DIR/$vigie_s.killed" ] && vigie_rc=124
                echo "$vigie_rc" >"$VIGIE_DIR/$vigie_s.rc"
            fi
        } | head -c "$((VIGIE_LIMIT + 1))" >"$VIGIE_DIR/$vigie_s.out"
        echo "$(($(vigie_now_ms) - vigie_start))" >"$VIGIE_DIR/$vigie_s.ms"
    ) </dev/null >/dev/null 2>&1 &
    vigie_pids="$vigie_pids $!"
}

vigie_emit() {
    vigie_s=$1
    vigie_rc=$(cat "$VIGIE_DIR/$vigie_s.rc" 2>/dev/null)
    vigie_ms=$(cat "$VIGIE_DIR/$vigie_s.ms" 2>/dev/null)
    vigie_bytes=$(wc -c <"$VIGIE_DIR/$vigie_s.out" 2>/dev/null)
    vigie_bytes=$((${vigie_bytes:-0} + 0))
    vigie_truncated=0
    [ "$vigie_bytes" -gt "$VIGIE_LIMIT" ] && vigie_truncated=1
    printf '@@VIGIE %s BEGIN %s\n' "$VIGIE_NONCE" "$vigie_s"
    head -c "$VIGIE_LIMIT" "$VIGIE_DIR/$vigie_s.out" 2>/dev/null
    printf '\n@@VIGIE %s END %s rc=%s ms=%s bytes=%s truncated=%s\n' "$VIGIE_NONCE" "$vigie_s" \
        "${vigie_rc:-255}" "${vigie_ms:-0}" "$vigie_bytes" "$vigie_truncated"
}

for vigie_s in $VIGIE_SECTIONS; do
    case $vigie_s in
    meta | vitals | systemd | pm2 | compose | health | ufw | fail2ban | certificates | renewal | \
        backups | backuplog | databases | tenants | mail)
        vigie_launch "$vigie_s"
        ;;
    esac
done
wait
for vigie_s in $VIGIE_SECTIONS; do
    case $vigie_s in
    meta | vitals | systemd | pm2 | compose | health | ufw | fail2ban | certificates | renewal | \
        backups | backuplog | databases | tenants | mail)
        vigie_emit "$vigie_s"
        ;;
    esac
done
exit 0
