#!/usr/bin/env bash
# Fails when translations/vigie_fr.ts is out of date: lupdate, run on a copy with the same
# sources as the build, must find no new string and the French file no unfinished entry.
#   check-translations.sh LUPDATE SOURCES_LIST TS_FILE
set -euo pipefail
lupdate=$1 list=$2 ts=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$ts" "$work/check.ts"
"$lupdate" -no-obsolete -locations none "@$list" -ts "$work/check.ts" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"
    exit 1
}
if ! cmp -s "$ts" "$work/check.ts"; then
    echo "translations: $ts is out of date; run: cmake --build <build dir> --target update_translations"
    diff -u "$ts" "$work/check.ts" | head -40
    exit 1
fi
unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
if [[ "$unfinished" != 0 ]]; then
    echo "translations: $ts has $unfinished unfinished entries:"
    grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -20
    exit 1
fi
echo "translations: $(grep -c '<message' "$ts") messages, all translated"
