#!/usr/bin/env bash
# Every way of stopping scripts/demo stops its demo server: Ctrl-C (SIGINT to the demo's process
# group), closing the terminal (SIGHUP to it), SIGTERM to it, and closing Vigie's window. Each
# way runs the real demo with an already-built Vigie (--build-dir) in a state dir of its own,
# until Vigie has refreshed the demo server; then it is stopped, and no sshd, PostgreSQL, nginx
# or PM2 process of that demo server, and no Vigie of that run, may be left.
#
# "Closing the window" is Vigie's --quit-after-refresh, which closes the main window as the
# operator's click on its close button does (QWidget::close); no window manager runs here to
# click on.
#
#   demo-stops.sh [--compose] BUILD_DIR WORK_DIR [WAY...]   WAY: int hup term window (default: all)
#
# --compose runs `scripts/demo --compose` instead (as root): then the demo server is the compose
# fixture, and its dockerd, containerd, containers and their processes must go too.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FIXTURE_SH=$ROOT/tests/fixtures/sshd-fixture.sh
DEMO_ARGS=()
FIXTURE_NAME=fixture
# Processes that must be seen while the demo runs (a tab precedes the command line).
EXPECTED=(sshd postgres nginx 'PM2 ')
if [[ "${1:-}" == --compose ]]; then
    FIXTURE_SH=$ROOT/tests/fixtures/compose-fixture.sh
    DEMO_ARGS=(--compose)
    FIXTURE_NAME=compose-fixture
    EXPECTED=(sshd dockerd containerd containerd-shim postgres nginx 'node server.js' 'node worker.js')
    shift
fi
BUILD=$(cd "$1" && pwd)
WORK=$2
shift 2
WAYS=("$@")
((${#WAYS[@]})) || WAYS=(int hup term window)
READY_TIMEOUT_S=180
STOP_TIMEOUT_S=60

fail() {
    printf 'demo-stops: FAIL: %s\n' "$*" >&2
    exit 1
}

# Live (non-zombie) pid?
alive() {
    local stat
    stat=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
    [[ -n "$stat" && "$stat" != Z* ]]
}

# "pid<TAB>command line" of every process of the running demo server (what `status` finds and
# all their descendants: sessions, backends, workers, PM2's apps) and of this run's demo and
# Vigie (their command line names the ready file). One ps call: this runs while the demo does.
snapshot_processes() {
    local fixture=$1 ready=$2 roots
    roots=$("$FIXTURE_SH" status "$fixture" | sed -n 's/.*running (.*pid \([0-9]*\)[,)].*$/\1/p')
    # Strings reach awk through its environment: on its command line, awk would match itself.
    ps -eo pid=,ppid=,args= | ROOTS="${roots//$'\n'/ }" READY="$ready" ENGINE="$(engine_root "$fixture")" awk '
        {
            line = $0
            sub(/^ *[0-9]+ +[0-9]+ +/, "", line)
            args[$1] = line
            parent[$1] = $2
        }
        END {
            n = split(ENVIRON["ROOTS"], r, " ")
            for (i = 1; i <= n; i++) keep[r[i]] = 1
            for (p in args) if (index(args[p], ENVIRON["READY"])) keep[p] = 1
            # containerd and its shims (parents of the containers) are no children of dockerd.
            if (ENVIRON["ENGINE"] != "")
                for (p in args) if (index(args[p], ENVIRON["ENGINE"])) keep[p] = 1
            for (changed = 1; changed;) {
                changed = 0
                for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 }
            }
            for (p in keep) if (p in args) printf "%s\t%s\n", p, args[p]
        }'
}

# The compose fixture's Docker exec-root (docker-engine.sh: /run/vigie-fx/<hash of DIR>/), which
# containerd and its shims name on their command line; nothing for the first fixture.
engine_root() {
    [[ ${#DEMO_ARGS[@]} -gt 0 ]] || return 0
    printf '/run/vigie-fx/%s/' "$(printf '%s' "$1" | md5sum | cut -c1-12)"
}

# Of the processes in file $1, those still running with the same command line, and any process
# whose command line names directory $2 (or the compose fixture's exec-root).
leftovers() {
    ps -eo pid=,stat=,args= | DIR="$2" ENGINE="$(engine_root "$2")" awk -F '\t' '
        NR == FNR { recorded[$1] = $2; next }
        {
            split($0, f, " ")
            line = $0
            sub(/^ *[0-9]+ +[^ ]+ +/, "", line)
            if (f[2] ~ /^Z/) next
            if ((f[1] in recorded && recorded[f[1]] == line) || index(line, ENVIRON["DIR"]) ||
                (ENVIRON["ENGINE"] != "" && index(line, ENVIRON["ENGINE"]))) print f[1] " " line
        }' "$1" -
}

# A failed check leaves nothing running behind it.
DEMO_PID='' FIXTURE=''
cleanup() {
    if [[ -n "$DEMO_PID" ]] && alive "$DEMO_PID"; then
        kill -TERM -- "-$DEMO_PID" 2>/dev/null || true
        local deadline=$((SECONDS + 30))
        while alive "$DEMO_PID" && ((SECONDS < deadline)); do sleep 0.2; done
    fi
    [[ -z "$FIXTURE" ]] || "$FIXTURE_SH" down "$FIXTURE" >/dev/null 2>&1 || true
}
trap cleanup EXIT

run_way() {
    local way=$1 dir=$WORK/$1
    local state=$dir/state ready=$dir/ready log=$dir/demo.log
    local fixture=$state/vigie-demo/$FIXTURE_NAME
    FIXTURE=$fixture
    "$FIXTURE_SH" down "$fixture" >/dev/null 2>&1 || true
    rm -rf "$dir"
    mkdir -p "$dir"
    local -a vigie_args=(--ready-file "$ready")
    [[ "$way" != window ]] || vigie_args+=(--quit-after-refresh)

    # Its own session and process group, as a terminal gives to a command it runs. Started in
    # the background of this script, it gets SIGINT ignored: the demo must cope with that too.
    XDG_STATE_HOME=$state setsid "$ROOT/scripts/demo" "${DEMO_ARGS[@]}" --build-dir "$BUILD" -- "${vigie_args[@]}" \
        </dev/null >"$log" 2>&1 &
    local demo=$!
    DEMO_PID=$demo

    local deadline=$((SECONDS + READY_TIMEOUT_S)) processes=
    while [[ ! -s "$ready" ]]; do
        if ! alive "$demo"; then
            [[ -s "$ready" ]] && break
            tail -n 30 "$log" >&2
            fail "$way: the demo ended before Vigie had refreshed its server"
        fi
        ((SECONDS < deadline)) || { tail -n 30 "$log" >&2; kill -KILL -- "-$demo" || true; fail "$way: Vigie did not report its first refresh within ${READY_TIMEOUT_S}s"; }
        # Recorded once the whole server runs (`up` writes MODE=full, or the compose env,
        # last), before the window may close.
        if [[ -z "$processes" ]] && grep -qsx 'VIGIE_FIXTURE_MODE=full\|VIGIE_COMPOSE_PROJECT=flotteq' "$fixture/env" &&
            "$FIXTURE_SH" status "$fixture" >/dev/null 2>&1; then
            processes=$(snapshot_processes "$fixture" "$ready")
        fi
        sleep 0.2
    done
    [[ -n "$processes" ]] || processes=$(snapshot_processes "$fixture" "$ready")
    grep -qx 'refreshed 1 of 1 servers, 0 failed' "$ready" ||
        fail "$way: Vigie reported '$(cat "$ready")', not the demo server refreshed"
    local count
    count=$(grep -c . <<<"$processes")
    for name in "${EXPECTED[@]}"; do
        grep -q "	.*$name" <<<"$processes" || fail "$way: no $name process found while the demo ran:"$'\n'"$processes"
    done

    local expected
    case $way in
    int) kill -INT -- "-$demo"; expected=130 ;;
    hup) kill -HUP -- "-$demo"; expected=129 ;;
    term) kill -TERM -- "-$demo"; expected=143 ;;
    window) expected=0 ;; # Vigie closes its window after the refresh
    esac

    local rc=0
    deadline=$((SECONDS + STOP_TIMEOUT_S))
    while alive "$demo"; do
        ((SECONDS < deadline)) || { tail -n 30 "$log" >&2; fail "$way: the demo still runs ${STOP_TIMEOUT_S}s after being stopped"; }
        sleep 0.2
    done
    wait "$demo" || rc=$?
    DEMO_PID=''
    ((rc == expected)) || { tail -n 30 "$log" >&2; fail "$way: the demo exited with $rc, expected $expected"; }

    printf '%s\n' "$processes" >"$dir/processes"
    local left
    left=$(leftovers "$dir/processes" "$fixture")
    if [[ -n "$left" ]]; then
        tail -n 30 "$log" >&2
        "$FIXTURE_SH" down "$fixture" >/dev/null 2>&1 || true
        fail "$way: left running after the demo stopped:"$'\n'"$left"
    fi
    if "$FIXTURE_SH" status "$fixture" >/dev/null 2>&1; then
        fail "$way: sshd-fixture.sh status still finds the demo server"
    fi
    echo "demo-stops: $way: exit $rc, all $count processes of the demo server and Vigie gone"
}

for way in "${WAYS[@]}"; do
    run_way "$way"
done
