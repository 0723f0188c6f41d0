#!/usr/bin/env bash
# Installs what is missing, builds Kurier warning-free and runs the whole test suite,
# including the real Postfix + Dovecot and Secret Service tests. Needs root (it installs
# packages and starts a private Postfix on loopback). Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh scripts/packages-build.txt scripts/packages-test.txt

build=${KURIER_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKURIER_WERROR=ON -DBUILD_TESTING=ON
cmake --build "$build" --parallel
cd "$build"
ctest --output-on-failure --timeout 300 </dev/null
