#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# with-keyring.sh CMD [ARGS...]
#
# Runs CMD against a real Secret Service that belongs to this run only: a private D-Bus
# session (dbus-run-session) with its own gnome-keyring-daemon, unlocked with a throw-away
# password, whose keyrings live in a fresh temporary HOME / XDG_DATA_HOME. The user's own
# keyring and session bus are never touched. CMD's exit status is passed on.
#
# Works as root, without a display and without stdin (CI). When the keyring cannot be
# started the script fails loudly (exit 1) instead of letting keychain tests skip.

set -uo pipefail

readonly inside_marker=--kurier-inside-private-session
readonly wait_seconds=${KURIER_KEYRING_WAIT_SECONDS:-20}

fail() {
    printf 'with-keyring.sh: %s\n' "$*" >&2
    exit 1
}

if [[ $# -eq 0 ]]; then
    fail "usage: with-keyring.sh CMD [ARGS...]"
fi

if [[ $1 != "$inside_marker" ]]; then
    # Outside: make the temporary home, then run this script again inside a private bus.
    for tool in dbus-run-session gnome-keyring-daemon gdbus; do
        command -v "$tool" >/dev/null 2>&1 \
            || fail "$tool is not installed (see scripts/packages-test.txt); the keychain tests cannot run."
    done
    scratch=$(mktemp -d "${TMPDIR:-/tmp}/kurier-keyring.XXXXXX") || fail "cannot create a temporary directory."
    trap 'rm -rf -- "$scratch"' EXIT
    # dbus-run-session passes CMD's status on; stdin is not needed by anyone in between.
    dbus-run-session -- "$0" "$inside_marker" "$scratch" "$@"
    exit $?
fi

# Inside the private session bus.
shift
scratch=$1
shift

export HOME=$scratch/home
export XDG_DATA_HOME=$scratch/data
export XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" || fail "cannot prepare $scratch."
mkdir -m 0700 -p "$XDG_RUNTIME_DIR" || fail "cannot prepare $XDG_RUNTIME_DIR."
# gnome-keyring talks to a desktop only when it finds one; keep it from looking.
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL SSH_AUTH_SOCK

daemon_log=$scratch/gnome-keyring-daemon.log
# --unlock reads the login keyring's password from stdin up to EOF and creates the keyring
# (as the default collection) when it does not exist yet.
printf '%s' "kurier-test-keyring" \
    | gnome-keyring-daemon --foreground --unlock --components=secrets \
        --control-directory="$XDG_RUNTIME_DIR/keyring" >"$daemon_log" 2>&1 &
daemon_pid=$!

stop_daemon() {
    if kill -0 "$daemon_pid" 2>/dev/null; then
        kill "$daemon_pid" 2>/dev/null
        wait "$daemon_pid" 2>/dev/null
    fi
}
trap stop_daemon EXIT

# gdbus wait returns as soon as the name has an owner, or fails after the timeout; waiting
# for it and for the daemon together notices a daemon that dies at start-up at once.
gdbus wait --session --timeout "$wait_seconds" org.freedesktop.secrets >/dev/null 2>&1 &
waiter_pid=$!
finished_pid=
wait -n -p finished_pid "$waiter_pid" "$daemon_pid"
waiter_status=$?
if [[ $finished_pid != "$waiter_pid" ]]; then
    kill "$waiter_pid" 2>/dev/null
    cat "$daemon_log" >&2
    fail "gnome-keyring-daemon exited during start-up."
fi
if [[ $waiter_status -ne 0 ]]; then
    cat "$daemon_log" >&2
    fail "gnome-keyring-daemon did not provide org.freedesktop.secrets within ${wait_seconds} s."
fi
# Someone else owning the name (an activated daemon) would not be the unlocked keyring we made.
if ! kill -0 "$daemon_pid" 2>/dev/null; then
    cat "$daemon_log" >&2
    fail "gnome-keyring-daemon exited during start-up."
fi

"$@"
status=$?
stop_daemon
exit "$status"
