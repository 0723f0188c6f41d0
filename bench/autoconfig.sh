#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# bench/autoconfig.sh [BUILD_DIR] [RUNS]
# Builds and runs the discovery benchmark (bench/autoconfigbench.cpp) against local servers:
# dnsmasq on 127.0.57.53, HTTPS on 127.0.57.10/11, silent TCP listeners on 127.0.57.12.
# Prints time-to-result when one source answers after 50 ms and the others hang, and the
# time until the manual form when every source is dead. Needs root (ports below 1024) and
# dnsmasq (Debian: dnsmasq-base). A script, not a timed test: the figures go in reports.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build-bench}
runs=${2:-5}
if [[ ! -f $build/CMakeCache.txt ]]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --parallel 2 --target autoconfigbench >/dev/null
QT_LOGGING_RULES="kurier.*=false" "$build/tests/autoconfig/autoconfigbench" "$runs"
