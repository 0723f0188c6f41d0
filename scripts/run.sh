#!/usr/bin/env bash
# Installs what is missing, builds Kurier and starts it (the main window; pass a command,
# e.g. "account list", to use the command line instead).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh scripts/packages-build.txt

build=${KURIER_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel
exec "$build/ui/kurier" "$@"
