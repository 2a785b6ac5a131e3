#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang++ with ASan/UBSan) and runs each one for a
# bounded time from the seed corpus in tests/fuzz/corpus/<target>/. Fails on any crash, leak,
# sanitizer report or timeout, naming the target and the reproducer it wrote.
#
#   tests/fuzz/run-fuzzers.sh [--build DIR] [--seconds N] [TARGET...]
#       --build DIR   build directory (default: build/fuzz)
#       --seconds N   time per target (default: 20)
#
# New inputs found during a run go to DIR/corpus/<target>, never into the repository's seeds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build="$ROOT/build/fuzz"
seconds=20
targets=()
while (($#)); do
    case $1 in
    --build) build=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
    -*) echo "run-fuzzers.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
    esac
done
if ((${#targets[@]} == 0)); then
    targets=(probe probe_section knownhosts sshconfig profile_json runlog runrecord deploypreview
        operationchecks)
fi

compiler=${VIGIE_FUZZ_CXX:-$(command -v clang++ || command -v clang++-14 || true)}
if [[ -z $compiler ]]; then
    echo "run-fuzzers.sh: clang++ is needed (apt-get install clang)" >&2
    exit 2
fi

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
if [[ ! -f $build/build.ninja ]]; then
    cmake -S "$ROOT/tests/fuzz" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER="$compiler" "${launcher[@]}" >"$build.configure.log" 2>&1 ||
        { cat "$build.configure.log" >&2; exit 1; }
fi
cmake --build "$build" -j"${VIGIE_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
failed=()
printf '%-18s %12s %10s %8s\n' target executions exec/s corpus
for target in "${targets[@]}"; do
    work="$build/corpus/$target"
    crashes="$build/crashes/$target"
    log="$build/logs/$target.log"
    mkdir -p "$work" "$crashes" "$(dirname "$log")"
    rc=0
    # -timeout: one input taking longer is a failure (a hang, or quadratic work on hostile
    # input); generous because the suite shares the machine with the rest of the build.
    "$build/fuzz_$target" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$crashes/" "$work" \
        "$ROOT/tests/fuzz/corpus/$target" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    units=$(find "$work" -type f | wc -l)
    printf '%-18s %12s %10s %8s\n' "$target" "${runs:-?}" "${speed:-?}" "$units"
    if ((rc != 0)); then
        failed+=("$target")
        echo "---- fuzz_$target FAILED (exit $rc); reproducer(s) in $crashes:" >&2
        ls "$crashes" >&2 || true
        tail -60 "$log" >&2
    fi
done

if ((${#failed[@]})); then
    echo "run-fuzzers.sh: failing targets: ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers.sh: ${#targets[@]} targets, ${seconds}s each, no crash"
