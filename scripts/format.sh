#!/usr/bin/env bash
# Formats every C++ file of the tree in place with the repository's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
find app autoconfig ui tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null | xargs -r clang-format -i
