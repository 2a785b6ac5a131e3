#!/usr/bin/env bash
# CI on Windows and macOS (and the Linux packaging job): run the `unit` tests that need neither
# the fixture server (FIXTURES_REQUIRED) nor, on Windows, a shell script as their command.
#   installer/ci/run-unit-tests.sh BUILD_DIR
set -euo pipefail
build_dir=${1:?usage: run-unit-tests.sh BUILD_DIR}
filter='.tests[]
    | select(any(.properties[]?; .name == "LABELS" and (.value | index("unit"))))
    | select(any(.properties[]?; .name == "FIXTURES_REQUIRED") | not)'
if [[ ${OS:-} == Windows_NT ]]; then
    filter+=' | select(.command[0] | endswith(".sh") | not)'
fi
mapfile -t names < <(ctest --test-dir "$build_dir" -L unit --show-only=json-v1 |
    jq -r "$filter | .name" | tr -d '\r')
((${#names[@]} > 0)) || { echo "run-unit-tests: no unit test selected" >&2; exit 1; }
regex="^($(IFS='|'; echo "${names[*]}"))\$"
echo "run-unit-tests: ${#names[@]} tests"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" ${VIGIE_CTEST_ARGS:-} -R "$regex" -FA '.*' \
    --output-on-failure --no-tests=error
