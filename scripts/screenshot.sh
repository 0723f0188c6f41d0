#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# screenshot.sh [KURIER_BINARY] [OUTPUT.png]
#
# Makes the README screenshots resources/screenshots/main-window.png: Kurier's main window
# with two example accounts, one whose password is in a (throw-away) keychain and one
# without a stored password; and, beside it, composer.png: the composer with an example
# message, drawn by the composerscreenshot tool of the build (tests/ui/composerscreenshot.cpp);
# wizard-discovery.png, wizard-review.png and troubleshooting.png, drawn by the
# readmescreenshots tool (tests/ui/readmescreenshots.cpp, needs dnsmasq). Everything happens in a temporary directory: its own
# XDG_CONFIG_HOME, a private D-Bus session with its own unlocked gnome-keyring, and a
# virtual X server. The user's real settings, keychain and display are never touched.
#
# Needs xvfb (xvfb-run), imagemagick (import, convert), x11-utils (xwininfo), dbus and
# gnome-keyring. The screenshot is not part of CI, so xvfb, imagemagick and x11-utils are
# deliberately in no scripts/packages-*.txt list; install them by hand to run this.

set -euo pipefail

readonly root=$(cd "$(dirname "$0")/.." && pwd)
readonly inside_marker=--kurier-screenshot-inside

fail() {
    printf 'screenshot.sh: %s\n' "$*" >&2
    exit 1
}

if [[ ${1:-} != "$inside_marker" ]]; then
    kurier=$(realpath "${1:-$root/build/ui/kurier}")
    output=$(realpath -m "${2:-$root/resources/screenshots/main-window.png}")
    [[ -x $kurier ]] || fail "no Kurier binary at $kurier; build first or pass its path."
    for tool in xvfb-run import convert xwininfo dbus-run-session gnome-keyring-daemon gdbus; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is not installed."
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/kurier-screenshot.XXXXXX")
    trap 'rm -rf -- "$scratch"' EXIT
    # A fixed window size and a fixed English locale make the picture reproducible.
    dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -dpi 96" \
        "$0" "$inside_marker" "$scratch" "$kurier" "$output"
    exit $?
fi

# Inside the private session bus and the virtual display.
shift
readonly scratch=$1 kurier=$2 output=$3
# The usual layout below a (temporary) home, so the window shows ~/.config/kurier/kurier.ini.
export HOME=$scratch/home
export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$scratch/runtime
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion
unset QT_QPA_PLATFORMTHEME
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME"
mkdir -m 0700 -p "$XDG_RUNTIME_DIR"

printf '%s' "screenshot-keyring" \
    | gnome-keyring-daemon --foreground --unlock --components=secrets >"$scratch/keyring.log" 2>&1 &
keyring_pid=$!
kurier_pid=
cleanup() {
    [[ -n $kurier_pid ]] && kill "$kurier_pid" 2>/dev/null
    kill "$keyring_pid" 2>/dev/null
    wait 2>/dev/null
    return 0
}
trap cleanup EXIT

for ((i = 0; i < 100; i++)); do
    if gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner org.freedesktop.secrets 2>/dev/null | grep -q true; then
        break
    fi
    sleep 0.1
done
((i < 100)) || fail "the keyring did not start; see $scratch/keyring.log."

# The ids sort "home" before "work", so the personal account is the default one.
printf '%s' "not-a-real-password" | "$kurier" account add ola.kowalska@example.com --id home \
    --name "Ola Kowalska" --host smtp.example.com --security tls --password-stdin >/dev/null
"$kurier" account add o.kowalska@firma.example --id work --name "Ola Kowalska (Firma)" \
    --host mail.firma.example --security starttls --username okowalska >/dev/null

"$kurier" -qwindowgeometry 1100x580+0+0 &
kurier_pid=$!

window=
for ((i = 0; i < 100; i++)); do
    window=$(xwininfo -root -tree 2>/dev/null | awk '/"Kurier"/ && / 1100x580/ { print $1; exit }')
    [[ -n $window ]] && break
    sleep 0.1
done
[[ -n $window ]] || fail "Kurier's window did not appear."
# Let the window finish its first layout and the keychain answer "where is the password".
sleep 2

mkdir -p "$(dirname "$output")"
import -window "$window" "$scratch/raw.png"
convert "$scratch/raw.png" -strip "$output"
printf 'wrote %s\n' "$output"

# The composer draws itself (QWidget::grab) on the same display, from the same build.
composer_tool=$(dirname "$kurier")/../tests/ui/composerscreenshot
composer_output=$(dirname "$output")/composer.png
if [[ -x $composer_tool ]]; then
    "$composer_tool" "$scratch/composer-raw.png" || fail "the composer screenshot tool failed."
    convert "$scratch/composer-raw.png" -strip "$composer_output"
    printf 'wrote %s\n' "$composer_output"
else
    printf 'screenshot.sh: no %s (configure with tests on to build it); composer.png not made\n' \
        "$composer_tool" >&2
fi

# The account wizard and the troubleshooting dialog draw themselves the same way, against
# servers of their own on loopback (dnsmasq, the provider's autoconfig, a fake SMTP server).
dialogs_tool=$(dirname "$kurier")/../tests/ui/readmescreenshots
if [[ -x $dialogs_tool ]]; then
    mkdir -p "$scratch/dialogs"
    "$dialogs_tool" "$scratch/dialogs" || fail "the wizard and troubleshooting screenshot tool failed."
    for picture in wizard-discovery wizard-review troubleshooting; do
        convert "$scratch/dialogs/$picture.png" -strip "$(dirname "$output")/$picture.png"
        printf 'wrote %s\n' "$(dirname "$output")/$picture.png"
    done
else
    printf 'screenshot.sh: no %s (configure with tests on to build it); wizard and troubleshooting pictures not made\n' \
        "$dialogs_tool" >&2
fi
