#!/usr/bin/env bash
# grep-secrets.sh must catch what it claims to: a fake fixture with a fresh key and
# passphrase, one body line of the key planted in a log -> failure naming that log; the log
# removed -> success; the backup passphrase in a test's Vigie home -> failure naming it; the
# passphrase in a run log -> failure.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/fixture/keys" "$work/fixture/logs" "$work/fixture/runs/r1" "$work/build/Testing"
printf 'correct horse battery' >"$work/fixture/keys/passphrase"
printf 'backup secret words' >"$work/fixture/backup.passphrase"
ssh-keygen -q -t ed25519 -N '' -C selftest -f "$work/fixture/keys/id_ed25519"
ssh-keygen -q -t rsa -b 2048 -N '' -C selftest -f "$work/fixture/keys/id_rsa"
cp "$work/fixture/keys/id_ed25519.pub" "$work/fixture/authorized_keys" # public: no leak

"$here/grep-secrets.sh" "$work/build" "$work/fixture" >/dev/null ||
    { echo "selftest: a clean tree was reported as leaking" >&2; exit 1; }

sed -n 20p "$work/fixture/keys/id_rsa" >"$work/fixture/logs/sshd.log"
if out=$("$here/grep-secrets.sh" "$work/build" "$work/fixture" 2>&1); then
    echo "selftest: a private key line in logs/sshd.log went unnoticed" >&2; exit 1
fi
grep -q "logs/sshd.log" <<<"$out" || { echo "selftest: the leaking file is not named: $out" >&2; exit 1; }
rm "$work/fixture/logs/sshd.log"

mkdir -p "$work/build/test-homes/tst_x-abc/config/vigie"
echo "note=backup secret words" >"$work/build/test-homes/tst_x-abc/config/vigie/vigie.ini"
if out=$("$here/grep-secrets.sh" "$work/build" "$work/fixture" 2>&1); then
    echo "selftest: the backup passphrase in a test home went unnoticed" >&2; exit 1
fi
grep -q "test-homes/tst_x-abc/config/vigie/vigie.ini" <<<"$out" ||
    { echo "selftest: the leaking test home file is not named: $out" >&2; exit 1; }
rm -r "$work/build/test-homes"

echo "passphrase: correct horse battery" >"$work/build/Testing/LastTest.log"
if "$here/grep-secrets.sh" "$work/build" "$work/fixture" >/dev/null 2>&1; then
    echo "selftest: the passphrase in LastTest.log went unnoticed" >&2; exit 1
fi
echo "selftest: grep-secrets.sh finds planted key lines and passphrases, and passes a clean tree"
