#!/usr/bin/env bash
# The Debian package, end to end: build it with CPack from a built tree, check its control
# fields and contents, install it with apt, run the installed /usr/bin/vigie --version and
# /usr/bin/vigie-cli status --json against the fixture server, then remove it.
#
#   deb-install.sh BUILD_DIR      (CTest test install_deb; env VIGIE_FIXTURE_DIR, VIGIE_VERSION)
#
# Needs root (or password-less sudo) for apt, and a Secret Service on the session bus (the
# suite runs under tests/fixtures/with-secret-service.sh) for `vigie-cli keys import`. Any
# vigie package installed before is removed first, and the package is never left installed.
set -euo pipefail

build_dir=$(cd "${1:?usage: deb-install.sh BUILD_DIR}" && pwd)
: "${VIGIE_FIXTURE_DIR:?the fixture server is not up (VIGIE_FIXTURE_DIR unset)}"
: "${VIGIE_VERSION:?VIGIE_VERSION unset}"
started=$EPOCHREALTIME

step() { printf 'install_deb: %s\n' "$*"; }
fail() {
    printf 'install_deb: FAIL: %s\n' "$*" >&2
    exit 1
}

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    sudo -n true 2>/dev/null || fail "apt needs root: run as root or with password-less sudo"
    SUDO=(sudo -n)
fi
apt_get() {
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300 "$@"
}
package_status() { dpkg-query -W -f='${db:Status-Status}' vigie 2>/dev/null || true; }

# One install test at a time on the machine: the package is system-wide.
exec 9>/tmp/vigie-install-test.lock
flock -w 600 9 || fail "another install test holds /tmp/vigie-install-test.lock"

tmp=$(mktemp -d /tmp/vigie-install-test.XXXXXX)
chmod 755 "$tmp" # apt's _apt user reads the .deb from here
cleanup() {
    if [[ $(package_status) != not-installed && -n $(package_status) ]]; then
        apt_get purge -y vigie >"$tmp/cleanup.log" 2>&1 || cat "$tmp/cleanup.log" >&2
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

if [[ -n $(package_status) && $(package_status) != not-installed ]]; then
    step "removing the vigie package installed before the test ($(package_status))"
    apt_get purge -y vigie >"$tmp/purge.log" 2>&1 || { cat "$tmp/purge.log" >&2; fail "cannot remove the old vigie"; }
fi

# ---------------------------------------------------------------- build --
step "cpack -G DEB"
if ! (cd "$build_dir" && cpack -G DEB -B "$tmp/packages") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log" >&2
    fail "cpack -G DEB failed"
fi
debs=("$tmp"/packages/vigie_*.deb)
((${#debs[@]} == 1)) && [[ -f ${debs[0]} ]] || fail "expected one vigie_*.deb, got: ${debs[*]}"
deb=${debs[0]}
[[ $(basename "$deb") == "vigie_${VIGIE_VERSION}_$(dpkg --print-architecture).deb" ]] ||
    fail "unexpected package file name $(basename "$deb")"

# ------------------------------------------------------- control fields --
[[ $(dpkg-deb -f "$deb" Package) == vigie ]] || fail "Package is not vigie"
[[ $(dpkg-deb -f "$deb" Version) == "$VIGIE_VERSION" ]] || fail "Version is not $VIGIE_VERSION"
[[ $(dpkg-deb -f "$deb" Section) == admin ]] || fail "Section is not admin"
depends=$(dpkg-deb -f "$deb" Depends)
step "Depends: $depends"
# Package names only: "libfoo (>= 1), libbar | libbaz" -> one name per line.
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g')
for needed in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite \
    libqt6svg6 qt6-qpa-plugins libqt6keychain1 libssh2-1 libssl3 libc6 libstdc++6; do
    grep -qx -- "$needed" <<<"$depends_names" || fail "Depends lacks $needed"
done

# -------------------------------------------------------------- install --
step "apt-get install $(basename "$deb")"
# Every dependency is a build dependency, so already installed: apt must install vigie alone.
apt_get install -s --no-install-recommends "$deb" >"$tmp/simulate.log" 2>&1 ||
    { cat "$tmp/simulate.log" >&2; fail "apt-get cannot install the package"; }
extra=$(grep '^Inst ' "$tmp/simulate.log" | grep -v '^Inst vigie ' || true)
[[ -z $extra ]] || fail "installing the DEB would also install: $extra"
apt_get install -y --no-install-recommends "$deb" >"$tmp/install.log" 2>&1 ||
    { cat "$tmp/install.log" >&2; fail "apt-get install failed"; }
[[ $(package_status) == installed ]] || fail "vigie is not installed after apt-get install"

files=$(dpkg -L vigie)
expected=(/usr/bin/vigie /usr/bin/vigie-cli
    /usr/share/applications/io.github.vigie.Vigie.desktop
    /usr/share/metainfo/io.github.vigie.Vigie.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/vigie.svg
    /usr/share/doc/vigie/copyright)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/vigie.png")
done
for path in "${expected[@]}"; do
    grep -qx -- "$path" <<<"$files" || fail "the package does not install $path"
    [[ -f $path ]] || fail "$path is missing after installation"
done
for size in 16 22 24 32 48 64 128 256 512; do
    file -b "/usr/share/icons/hicolor/${size}x${size}/apps/vigie.png" |
        grep -q "^PNG image data, $size x $size," || fail "the ${size}x${size} icon is not a $size px PNG"
done
[[ -x /usr/bin/vigie && -x /usr/bin/vigie-cli ]] || fail "the binaries are not executable"
for binary in /usr/bin/vigie /usr/bin/vigie-cli; do
    ! ldd "$binary" | grep -q 'not found' || fail "$binary has unresolved libraries: $(ldd "$binary")"
    ! readelf -d "$binary" | grep -q "$build_dir" || fail "$binary keeps a RUNPATH into the build tree"
done
appstreamcli validate --no-net /usr/share/metainfo/io.github.vigie.Vigie.metainfo.xml \
    >"$tmp/appstream.log" 2>&1 || { cat "$tmp/appstream.log" >&2; fail "invalid AppStream metainfo"; }
desktop-file-validate /usr/share/applications/io.github.vigie.Vigie.desktop ||
    fail "invalid .desktop entry"

# -------------------------------------------------- the installed programs --
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/vigie --version)
[[ $version == "vigie $VIGIE_VERSION" ]] || fail "vigie --version printed '$version'"
step "$version"

# shellcheck source=/dev/null
. "$VIGIE_FIXTURE_DIR/env"
[[ -f $VIGIE_FIXTURE_DIR/profile.json ]] || fail "the full fixture is not up (no profile.json)"
home=$tmp/home
mkdir -p "$home/.ssh"
key="install-test-$$"
cli() {
    env HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_STATE_HOME="$home/state" XDG_CACHE_HOME="$home/cache" VIGIE_LANG=en \
        /usr/bin/vigie-cli "$@"
}
cli keys import --name "$key" "$VIGIE_FIXTURE_KEYS/id_ed25519" >/dev/null ||
    fail "vigie-cli keys import failed"
cli hosts trust --port "$VIGIE_FIXTURE_PORT" --yes "$VIGIE_FIXTURE_HOST" >/dev/null ||
    fail "vigie-cli hosts trust failed"
cli servers add --name fx --host "$VIGIE_FIXTURE_HOST" --port "$VIGIE_FIXTURE_PORT" \
    --user "$VIGIE_FIXTURE_USER" --key "$key" --profile-file "$VIGIE_FIXTURE_DIR/profile.json" \
    >/dev/null || fail "vigie-cli servers add failed"
rc=0
cli status --json fx >"$tmp/status.json" 2>"$tmp/status.err" || rc=$?
cli keys delete "$key" >/dev/null 2>&1 || true
# The fixture is critical by design (a certificate 5 days from expiry, an unprovisioned
# tenant): exit code 2, and a reachable server whose four areas are all reported.
jq -e 'length == 1 and .[0].reachable == true' "$tmp/status.json" >/dev/null ||
    { cat "$tmp/status.json" "$tmp/status.err" >&2; fail "status --json: fx not reachable"; }
for area in services certificates backups tenants; do
    jq -e --arg a "$area" '.[0].health[$a] | type == "string"' "$tmp/status.json" >/dev/null ||
        fail "status --json has no health for $area"
done
jq -e '.[0].health.certificates == "critical"' "$tmp/status.json" >/dev/null ||
    fail "status --json: the 5-day certificate is not critical"
((rc == 2)) || fail "vigie-cli status exited with $rc, expected 2 (critical)"
step "vigie-cli status --json fx: reachable, critical (exit 2)"

# --------------------------------------------------------------- remove --
step "apt-get remove vigie"
apt_get remove -y vigie >"$tmp/remove.log" 2>&1 || { cat "$tmp/remove.log" >&2; fail "apt-get remove failed"; }
[[ $(package_status) != installed ]] || fail "vigie is still installed after apt-get remove"
for path in "${expected[@]}"; do
    [[ ! -e $path ]] || fail "$path is still there after apt-get remove"
done

elapsed=$(awk -v a="$started" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
step "passed in ${elapsed} s"
