#!/usr/bin/env bash
# Installs the Debian packages listed in the given package files that are not installed yet.
# Idempotent: with everything present it touches neither apt's lists nor the network.
set -euo pipefail

wanted=()
for list in "$@"; do
    while read -r pkg; do
        pkg=${pkg%%#*}
        pkg=$(echo "$pkg" | xargs)
        [ -n "$pkg" ] && wanted+=("$pkg")
    done <"$list"
done

missing=()
for pkg in "${wanted[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Run this script as root (or install them with apt-get) and try again." >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Postfix asks what kind of mail system to configure; the tests run their own private
# instance, so the system-wide one stays unconfigured.
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
echo "Installing: ${missing[*]}"
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
