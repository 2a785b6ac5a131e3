#!/usr/bin/env bash
# Secrets never leak into artifacts (issue 7, point 13). Run LAST in the suite (ctest orders
# it after every other test): greps every artifact the tests leave behind for the fixture's
# private key material and passphrases, and fails naming each file that holds one.
#
#   grep-secrets.sh <build dir> <fixture dir>
#
# Secrets: the base64 body lines of every private key in <fixture>/keys that carry private
# material (the header and public part are skipped: they are public), the key passphrase and
# the backup passphrase. Artifacts: the build's Testing/Temporary (LastTest.log holds every
# test's output), test work directories in the build tree, every test's Vigie home (config,
# data, journal, CLI homes: kept in <build>/test-homes for this scan, removed after it passes)
# and everything under the fixture directory (sshd, PostgreSQL, nginx and PM2 logs, run
# directories with their logs and scripts, backups, app files) except the files that are the
# secrets' legitimate homes.
set -euo pipefail

build=${1:?usage: grep-secrets.sh <build dir> <fixture dir>}
fixture=${2:?usage: grep-secrets.sh <build dir> <fixture dir>}
[[ -d $fixture/keys ]] || { echo "grep-secrets.sh: no fixture keys in $fixture/keys" >&2; exit 1; }

patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
keys=0
for key in "$fixture"/keys/id_*; do
    [[ $key == *.pub ]] && continue
    grep -q -- '-----BEGIN' "$key" || continue
    keys=$((keys + 1))
    # Body lines 3 to the last-but-one: past the header and the public key blob, whole lines.
    # The private section repeats the public key: drop lines found in the .pub file (they
    # may legitimately appear in authorized_keys or a log of the key's fingerprint).
    body=$(sed -n '/-----BEGIN/,/-----END/p' "$key" | sed '1d;$d' | sed '1,2d;$d' |
        awk 'length($0) >= 40')
    while IFS= read -r line; do
        [[ -n $line ]] || continue
        if [[ -f $key.pub ]] && grep -qF -- "$line" "$key.pub"; then
            continue
        fi
        printf '%s\n' "$line" >>"$patterns"
    done <<<"$body"
done
for secret in "$fixture/keys/passphrase" "$fixture/backup.passphrase"; do
    if [[ -s $secret ]]; then
        # The passphrase itself, one line, as it could appear in a log or an argv.
        head -n1 "$secret" | tr -d '\n' >>"$patterns"
        echo >>"$patterns"
    fi
done
lines=$(grep -c . "$patterns" || true)
if ((keys == 0 || lines == 0)); then
    echo "grep-secrets.sh: found no secrets to look for (keys: $keys)" >&2
    exit 1
fi

# The secrets' own homes, and PostgreSQL's binary data directory (rows of test tables).
excluded=(--exclude-dir=keys --exclude-dir=secrets --exclude-dir=gnupg --exclude-dir=hostkeys
    --exclude-dir=postgres --exclude=backup.passphrase --exclude=passphrase)
targets=("$fixture")
[[ -d $build/Testing ]] && targets+=("$build/Testing")
for dir in "$build"/tests "$build"/bench "$build"/test-homes; do
    [[ -d $dir ]] && targets+=("$dir")
done

leaks=$(grep -rlF -f "$patterns" "${excluded[@]}" --exclude='*.o' --exclude='*.a' \
    --exclude-dir=CMakeFiles -- "${targets[@]}" 2>/dev/null || true)
files=$(find "${targets[@]}" -type f 2>/dev/null | wc -l)
if [[ -n $leaks ]]; then
    echo "grep-secrets.sh: secret material found in:" >&2
    while IFS= read -r file; do
        which=$(grep -oF -f "$patterns" -- "$file" | head -1 | cut -c1-12)
        echo "  $file (matches a secret starting '${which}…')" >&2
    done <<<"$leaks"
    exit 1
fi
homes=0
[[ -d $build/test-homes ]] && homes=$(find "$build/test-homes" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "grep-secrets.sh: $lines secret strings from $keys keys and 2 passphrase files;" \
    "$files files scanned (including $homes test homes); no leak"
# The homes are kept only for this scan (and for inspection when it fails).
rm -rf "$build/test-homes"
