#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Bounded libFuzzer run of the MIME fuzz targets (address parser, header encoder). The
# MIME sources themselves are compiled with clang and instrumented (-fsanitize=fuzzer,
# address,undefined), so coverage guides the fuzzer into the parser, whatever compiler
# built the rest. CTest runs it for a few seconds per target (test mime_fuzz); a longer
# run, e.g. an hour per target, is:
#
#   fuzz/mimefuzz.sh build/fuzz-mime 3600
#
# New inputs are kept in OUT_DIR/corpus-<target>; a crash leaves OUT_DIR/crash-* and fails.
# Exit 77 (a CTest skip) when clang++ with libFuzzer or Qt's pkg-config files are missing.
set -euo pipefail
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: mimefuzz.sh OUT_DIR [SECONDS_PER_TARGET]}
seconds=${2:-20}
mkdir -p "$out"
out=$(cd "$out" && pwd)

clang=$(command -v clang++-14 || command -v clang++ || true)
if [[ -z $clang ]] || ! pkg-config --exists Qt6Core; then
    echo "skipped: clang++ or Qt6Core.pc not installed"
    exit 77
fi
if ! echo 'extern "C" int LLVMFuzzerTestOneInput(const char *, long) { return 0; }' |
    "$clang" -x c++ -fsanitize=fuzzer - -o "$out/probe" 2>/dev/null; then
    echo "skipped: $clang cannot link libFuzzer (Debian: libclang-rt-14-dev)"
    exit 77
fi

flags=(-std=c++20 -O1 -g -fPIC -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
    -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_NO_KEYWORDS -DQT_USE_QSTRINGBUILDER
    -I"$src" $(pkg-config --cflags Qt6Core))
libs=$(pkg-config --libs Qt6Core)
mime=(addressparser address mailbox addresserror headerfieldwriter encodedword)
sources=()
for unit in "${mime[@]}"; do
    sources+=("$src/app/mime/$unit.cpp")
done

# The leak checker would report Qt's own process-lifetime allocations.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1
status=0
for target in mimeaddressfuzzer mimeheaderfuzzer; do
    corpus=${target%fuzzer}
    binary="$out/$target"
    newest=$(ls -t "$src/fuzz/$target.cpp" "${sources[@]}" "$src"/app/mime/*.h | head -1)
    if [[ ! -x $binary || $newest -nt $binary ]]; then
        echo "building $target with $clang"
        "$clang" "${flags[@]}" "$src/fuzz/$target.cpp" "${sources[@]}" $libs -o "$binary"
    fi
    mkdir -p "$out/corpus-$target"
    echo "fuzzing $target for $seconds s"
    if ! (cd "$out" && "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        "$out/corpus-$target" "$src/fuzz/corpus/$corpus" 2>&1 | tail -25); then
        echo "FAILED: $target (crash input in $out)"
        status=1
    fi
done
exit $status
