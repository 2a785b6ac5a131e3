# shellcheck shell=sh disable=SC2154 # vigie_us, vigie_tab, VIGIE_DIR …: set by probe.sh
# Section "mail": a mail server as in the MSSanté seed (postfix, dovecot, opendkim, redis).
# A per-stack file: ProbeScript puts it into probe.sh's section library (the line
# "# @@VIGIE_SECTION_FILES@@"), so it runs in the same one round trip, with probe.sh's helpers.
# Read-only. Settings (exported by probe.sh; US is \037):
#   VIGIE_MAIL_POSTFIX   postfix config directories, one per line (postqueue -c DIR -j)
#   VIGIE_MAIL_UNITS     one per line: unit US pid file (read where systemd is not PID 1)
#   VIGIE_MAIL_DKIM      one per line: selector US domain US key file (private or public PEM)
#   VIGIE_MAIL_DNS, VIGIE_MAIL_DNS_PORT   optional resolver for dig (@address -p port)
#   VIGIE_MAIL_TLS       one per line: name US host:port US mode US server name US certificate
#                        file; mode: implicit | smtp-starttls | imap-starttls
# Output: tab-separated records, described in app/probe/MailParser.h; "end" when it finished.

# Free text on one line, bounded.
vigie_mail_clean() {
    tr '\t\r\n' '   ' | head -c 300
}

# Sets vigie_state (running | stopped | missing | denied | invalid) and vigie_pid for pid file $1.
vigie_mail_pidfile() {
    vigie_pid=
    if [ ! -e "$1" ]; then
        vigie_state=missing
        [ -d "${1%/*}" ] && [ ! -x "${1%/*}" ] && vigie_state=denied
    elif [ ! -r "$1" ]; then
        vigie_state=denied
    else
        # postfix pads its pid with spaces.
        vigie_pid=$(head -n 1 "$1" | tr -cd '0-9')
        if [ -z "$vigie_pid" ]; then
            vigie_state=invalid
        elif [ -r "/proc/$vigie_pid/stat" ]; then
            # A zombie (not reaped in some containers) is a stopped daemon.
            case $(sed -n 's/^.*) \(.\).*/\1/p' "/proc/$vigie_pid/stat" 2>/dev/null) in
            Z | X | '') vigie_state=stopped ;;
            *) vigie_state=running ;;
            esac
        elif kill -0 "$vigie_pid" 2>/dev/null; then
            vigie_state=running
        else
            vigie_state=stopped
        fi
    fi
}

vigie_mail_units() {
    printf '%s\n' "$VIGIE_MAIL_UNITS" | while IFS=$vigie_us read -r vigie_unit vigie_pidfile; do
        [ -n "$vigie_unit" ] || continue
        if [ "$vigie_systemd" = 1 ]; then
            vigie_load='' vigie_active='' vigie_sub=''
            TZ=UTC systemctl show --no-pager -p LoadState,ActiveState,SubState -- "$vigie_unit" \
                >"$VIGIE_DIR/mail-unit.tmp" 2>/dev/null
            while IFS='=' read -r vigie_k vigie_v; do
                case $vigie_k in
                LoadState) vigie_load=$vigie_v ;;
                ActiveState) vigie_active=$vigie_v ;;
                SubState) vigie_sub=$vigie_v ;;
                esac
            done <"$VIGIE_DIR/mail-unit.tmp"
            printf 'unit\t%s\tsystemd\t%s\t%s\t%s\n' "$vigie_unit" "$vigie_load" "$vigie_active" \
                "$vigie_sub"
        elif [ -n "$vigie_pidfile" ]; then
            vigie_mail_pidfile "$vigie_pidfile"
            printf 'unit\t%s\tpidfile\t%s\t%s\t%s\n' "$vigie_unit" "$vigie_state" "$vigie_pid" \
                "$vigie_pidfile"
        else
            printf 'unit\t%s\tnone\n' "$vigie_unit"
        fi
    done
}

# Counts of `postqueue -j` (one JSON object per message, "queue_name" first): only the queue
# names leave the server, never an address.
vigie_mail_count_json() {
    awk '
        NF { t++; if (match($0, /"queue_name": *"[a-z]*"/)) {
            q = substr($0, RSTART, RLENGTH); sub(/^"queue_name": *"/, "", q); sub(/"$/, "", q); n[q]++ } }
        END { printf "%d\t%d\t%d\t%d", t, n["deferred"], n["active"], n["hold"] }'
}

# Counts of `mailq`: a queue id ends with * (active) or ! (held); the others wait (deferred).
vigie_mail_count_mailq() {
    awk '
        $1 ~ /^[0-9A-Za-z]+[*!]?$/ && $2 ~ /^[0-9]+$/ {
            t++; if ($1 ~ /\*$/) a++; else if ($1 ~ /!$/) h++; else d++ }
        END { printf "%d\t%d\t%d\t%d", t, d, a, h }'
}

vigie_mail_queue() {
    printf '%s\n' "$VIGIE_MAIL_POSTFIX" | while IFS= read -r vigie_conf; do
        [ -n "$vigie_conf" ] || continue
        vigie_tool=
        if vigie_has postqueue; then
            vigie_tool=postqueue
            postqueue -c "$vigie_conf" -j >"$VIGIE_DIR/mail-queue.tmp" 2>"$VIGIE_DIR/mail-queue-err.tmp"
            vigie_rc=$?
            # postfix < 3.1 has no -j.
            if [ "$vigie_rc" -ne 0 ] && grep -q 'invalid option' "$VIGIE_DIR/mail-queue-err.tmp"; then
                vigie_tool=
            fi
        fi
        if [ -z "$vigie_tool" ] && vigie_has mailq; then
            vigie_tool=mailq
            MAIL_CONFIG=$vigie_conf mailq >"$VIGIE_DIR/mail-queue.tmp" 2>"$VIGIE_DIR/mail-queue-err.tmp"
            vigie_rc=$?
        fi
        case $vigie_tool in
        postqueue) vigie_counts=$(vigie_mail_count_json <"$VIGIE_DIR/mail-queue.tmp") ;;
        mailq) vigie_counts=$(vigie_mail_count_mailq <"$VIGIE_DIR/mail-queue.tmp") ;;
        *)
            printf 'queue\t%s\tnone\n' "$vigie_conf"
            continue
            ;;
        esac
        printf 'queue\t%s\t%s\t%s\t%s\t%s\n' "$vigie_conf" "$vigie_tool" "$vigie_rc" "$vigie_counts" \
            "$(vigie_mail_clean <"$VIGIE_DIR/mail-queue-err.tmp")"
    done
}

vigie_mail_dkim() {
    printf '%s\n' "$VIGIE_MAIL_DKIM" | while IFS=$vigie_us read -r vigie_sel vigie_dom vigie_key; do
        [ -n "$vigie_dom" ] || continue
        vigie_b64=
        if [ ! -e "$vigie_key" ]; then
            vigie_state=missing
            [ -d "${vigie_key%/*}" ] && [ ! -x "${vigie_key%/*}" ] && vigie_state=denied
        elif [ ! -r "$vigie_key" ]; then
            vigie_state=denied
        elif ! vigie_has openssl; then
            vigie_state=not-installed
        else
            vigie_in=
            grep -q 'BEGIN PUBLIC KEY' "$vigie_key" 2>/dev/null && vigie_in=-pubin
            # The public half as DNS publishes it: base64 of the DER SubjectPublicKeyInfo.
            vigie_b64=$(openssl pkey $vigie_in -in "$vigie_key" -pubout -outform DER 2>/dev/null |
                openssl base64 -A 2>/dev/null)
            vigie_state=ok
            [ -n "$vigie_b64" ] || vigie_state=invalid
        fi
        printf 'dkim-key\t%s\t%s\t%s\t%s\n' "$vigie_sel" "$vigie_dom" "$vigie_state" "$vigie_b64"
        if ! vigie_has dig; then
            printf 'dkim-dns-rc\t%s\t%s\tnot-installed\n' "$vigie_sel" "$vigie_dom"
            continue
        fi
        set -- +short +time=2 +tries=1 TXT "$vigie_sel._domainkey.$vigie_dom"
        [ -n "$VIGIE_MAIL_DNS" ] && set -- "@$VIGIE_MAIL_DNS" "$@"
        [ -n "$VIGIE_MAIL_DNS_PORT" ] && set -- -p "$VIGIE_MAIL_DNS_PORT" "$@"
        dig "$@" >"$VIGIE_DIR/mail-dig.tmp" 2>&1
        vigie_rc=$?
        while IFS= read -r vigie_line; do
            printf 'dkim-dns\t%s\t%s\t%s\n' "$vigie_sel" "$vigie_dom" "$vigie_line"
        done <"$VIGIE_DIR/mail-dig.tmp"
        printf 'dkim-dns-rc\t%s\t%s\t%s\n' "$vigie_sel" "$vigie_dom" "$vigie_rc"
    done
}

# "STATE<TAB>SHA256<TAB>NOT_AFTER<TAB>SUBJECT" of the first certificate in file $1 (ok | invalid).
vigie_mail_x509() {
    if ! openssl x509 -noout -fingerprint -sha256 -enddate -subject -in "$1" >"$1.x509" 2>/dev/null; then
        printf 'invalid\t\t\t'
        return
    fi
    printf 'ok\t%s\t%s\t%s' "$(sed -n 's/^[Ss][Hh][Aa]256 [Ff]ingerprint=//p' "$1.x509")" \
        "$(sed -n 's/^notAfter=//p' "$1.x509")" \
        "$(sed -n 's/^subject= *//p' "$1.x509" | head -n 1 | tr '\t' ' ')"
}

# One listener: the certificate it serves, then the one in its file on disk.
vigie_mail_tls_one() {
    vigie_name=$1 vigie_addr=$2 vigie_mode=$3 vigie_sni=$4 vigie_cert=$5 vigie_k=$6
    vigie_out=$VIGIE_DIR/mail-tls-$vigie_k.tmp
    set -- s_client -connect "$vigie_addr"
    case $vigie_mode in
    smtp-starttls) set -- "$@" -starttls smtp ;;
    imap-starttls) set -- "$@" -starttls imap ;;
    esac
    [ -n "$vigie_sni" ] && set -- "$@" -servername "$vigie_sni"
    if vigie_has timeout; then
        timeout "$VIGIE_HTTP_TIMEOUT" openssl "$@" </dev/null >"$vigie_out" 2>"$vigie_out.err"
    else
        openssl "$@" </dev/null >"$vigie_out" 2>"$vigie_out.err"
    fi
    vigie_rc=$?
    vigie_served=$(vigie_mail_x509 "$vigie_out")
    vigie_err=
    case $vigie_served in
    ok*) ;;
    *)
        vigie_served="error$vigie_tab$vigie_tab$vigie_tab"
        if [ "$vigie_rc" -eq 124 ]; then
            vigie_err=timeout
        elif grep -q 'Connection refused' "$vigie_out.err"; then
            vigie_err=refused
        else
            vigie_err="handshake $(grep -v '^ *$' "$vigie_out.err" | head -n 2 | vigie_mail_clean)"
        fi
        ;;
    esac
    printf 'tls\t%s\t%s\t%s\tserved\t%s\t%s\n' "$vigie_name" "$vigie_addr" "$vigie_mode" \
        "$vigie_served" "$vigie_err"
    if [ ! -e "$vigie_cert" ]; then
        vigie_disk="missing$vigie_tab$vigie_tab$vigie_tab"
        [ -d "${vigie_cert%/*}" ] && [ ! -x "${vigie_cert%/*}" ] &&
            vigie_disk="denied$vigie_tab$vigie_tab$vigie_tab"
    elif [ ! -r "$vigie_cert" ]; then
        vigie_disk="denied$vigie_tab$vigie_tab$vigie_tab"
    else
        cp "$vigie_cert" "$vigie_out.disk" 2>/dev/null
        vigie_disk=$(vigie_mail_x509 "$vigie_out.disk")
    fi
    printf 'tls\t%s\t%s\t%s\tdisk\t%s\t\n' "$vigie_name" "$vigie_addr" "$vigie_mode" "$vigie_disk"
}

vigie_section_mail() {
    [ -n "$VIGIE_MAIL_POSTFIX$VIGIE_MAIL_UNITS$VIGIE_MAIL_DKIM$VIGIE_MAIL_TLS" ] ||
        { vigie_absent not-configured; return; }
    vigie_systemd=0
    [ -d /run/systemd/system ] && vigie_has systemctl && vigie_systemd=1
    printf 'systemd\t%s\n' "$vigie_systemd"
    # The TLS handshakes run side by side while the rest is read (a loop fed by a file runs in
    # this shell, so `wait` waits for them).
    printf '%s\n' "$VIGIE_MAIL_TLS" >"$VIGIE_DIR/mail-tls.tmp"
    vigie_n=0
    while IFS=$vigie_us read -r vigie_a vigie_b vigie_c vigie_d vigie_e; do
        [ -n "$vigie_b" ] || continue
        vigie_n=$((vigie_n + 1))
        if vigie_has openssl; then
            vigie_mail_tls_one "$vigie_a" "$vigie_b" "$vigie_c" "$vigie_d" "$vigie_e" "$vigie_n" \
                >"$VIGIE_DIR/mail-tls-$vigie_n.line" 2>/dev/null &
        else
            printf 'tls\t%s\t%s\t%s\tserved\terror\t\t\t\tno-openssl\n' "$vigie_a" "$vigie_b" \
                "$vigie_c" >"$VIGIE_DIR/mail-tls-$vigie_n.line"
        fi
    done <"$VIGIE_DIR/mail-tls.tmp"
    vigie_mail_units
    vigie_mail_queue
    vigie_mail_dkim
    wait
    vigie_i=1
    while [ "$vigie_i" -le "$vigie_n" ]; do
        cat "$VIGIE_DIR/mail-tls-$vigie_i.line"
        vigie_i=$((vigie_i + 1))
    done
    printf 'end\n'
    return 0
}
