#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sending benchmark against a private Postfix harness over implicit TLS (a script, not a timed
# test). Prints wall time, CPU time and peak RSS (from /usr/bin/time -v) of, in the same run:
#   (a) one message with a 25 MB attachment: `kurier send --attach` (composes and sends)
#       against msmtp sending the same message pre-composed;
#   (b) 100 small messages to one account: kurier-bench-send (one Smtp::Worker, one
#       connection) against Python's smtplib over one connection and 100 separate msmtp runs.
# Targets: (a) Kurier's wall time <= msmtp's and peak RSS < 100 MB; (b) <= 1.5x smtplib.
#
#   bench/send.sh [BUILD_DIR]      (default: build; needs the kurier and kurier-bench-send targets)
#
# Needs root (the harness runs Postfix and trusts its CA system-wide), msmtp, time, python3,
# postfix, dovecot-core and gnome-keyring (Kurier's password goes to a private keyring).
# KURIER_BENCH_ATTACHMENT_MB and KURIER_BENCH_MESSAGES change the sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
kurier=$build/ui/kurier
driver=$build/bench/kurier-bench-send
for tool in "$kurier" "$driver"; do
    [[ -x $tool ]] || { echo "no $tool; build the kurier and kurier-bench-send targets first" >&2; exit 1; }
done
for tool in msmtp /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (Debian packages msmtp, time, python3)" >&2; exit 1; }
done

# Kurier keeps the password in the keychain: run inside a private, unlocked keyring.
if [[ -z ${KURIER_BENCH_IN_KEYRING:-} ]]; then
    exec env KURIER_BENCH_IN_KEYRING=1 bash tests/harness/with-keyring.sh bash "$0" "$build"
fi

attachment_mb=${KURIER_BENCH_ATTACHMENT_MB:-25}
messages=${KURIER_BENCH_MESSAGES:-100}
work=$(mktemp -d /tmp/kurier-bench-send.XXXXXX)
chmod 755 "$work"
state=$work/harness
cleanup() {
    bash tests/harness/postfix-harness.sh stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

bash tests/harness/postfix-harness.sh start "$state" >/dev/null
# A 25 MB attachment is about 34 MB once encoded: lift this private instance's size limit.
postconf -c "$state/postfix" -e message_size_limit=200000000
postfix -c "$state/postfix" reload >/dev/null 2>&1

read -r host port ca alice password bob < <(python3 - "$state/harness.json" <<'EOF'
import json, sys
c = json.load(open(sys.argv[1]))
print(c["tlsHostName"], c["endpoints"]["implicitTls"]["port"], c["caCertificate"],
      c["users"]["alice"]["address"], c["users"]["alice"]["password"], c["users"]["bob"]["address"])
EOF
)
printf '%s\n' "$password" >"$work/password"
chmod 600 "$work/password"

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache LC_ALL=C.UTF-8
"$kurier" account add "$alice" --id bench --name "Bench Sender" --host "$host" --port "$port" --security tls \
    --auth plain --username "$alice" --password-stdin <"$work/password" >/dev/null

head -c $((attachment_mb * 1000 * 1000)) /dev/urandom >"$work/attachment.bin"
printf 'The file is attached.\n' >"$work/body.txt"
msmtp_options=(--host="$host" --port="$port" --tls=on --tls-starttls=off --tls-trust-file="$ca" --auth=plain
    --user="$alice" --passwordeval="cat $work/password" --from="$alice")

# Runs a command under /usr/bin/time -v; sets wall and cpu (s) and rss (MB). Fails loudly.
measure() {
    if ! /usr/bin/time -v "$@" >"$work/out" 2>"$work/time"; then
        echo "failed: $*" >&2
        cat "$work/out" "$work/time" >&2
        exit 1
    fi
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time" |
        awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")
    rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time")
}

row() {
    printf '%-34s %9.2f %9.2f %14s\n' "$1" "$wall" "$cpu" "$rss"
}

echo "machine: $(nproc) cores, $(uname -m); msmtp $(msmtp --version | head -1 | awk '{print $3}')"
printf '%-34s %9s %9s %14s\n' "" "wall (s)" "CPU (s)" "peak RSS (MB)"

# (a) one large message
"$kurier" send --account bench --to "$bob" --subject "Bench: ${attachment_mb} MB" --body-file "$work/body.txt" \
    --attach "$work/attachment.bin" --dry-run --save "$work/large.eml" >/dev/null
measure "$kurier" send --account bench --to "$bob" --subject "Bench: ${attachment_mb} MB" \
    --body-file "$work/body.txt" --attach "$work/attachment.bin"
row "(a) kurier send (compose + send)"
a_kurier_wall=$wall
a_kurier_rss=$rss
measure bash -c 'exec msmtp "$@" <"'"$work/large.eml"'"' msmtp "${msmtp_options[@]}" "$bob"
row "(a) msmtp (pre-composed)"
a_msmtp_wall=$wall

# (b) many small messages
python3 - "$work" "$alice" "$bob" "$messages" <<'EOF'
import sys
from email.message import EmailMessage
from email import policy
work, alice, bob, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
for i in range(1, count + 1):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = alice
    m["To"] = bob
    m["Subject"] = f"Bench message {i}"
    m.set_content(f"Message {i} of {count}.\n")
    open(f"{work}/small-{i}.eml", "wb").write(m.as_bytes())
EOF
measure "$driver" "$host" "$port" tls "$alice" "$alice" "$bob" "$messages" <"$work/password"
row "(b) Kurier worker, $messages messages"
b_kurier_wall=$wall
kurier_summary=$(cat "$work/out")

cat >"$work/smtplib_send.py" <<'EOF'
import smtplib, ssl, sys
work, host, port, ca, user, bob, count = sys.argv[1:8]
password = open(f"{work}/password").read().strip()
context = ssl.create_default_context(cafile=ca)
with smtplib.SMTP_SSL(host, int(port), context=context) as smtp:
    smtp.login(user, password)
    for i in range(1, int(count) + 1):
        smtp.sendmail(user, [bob], open(f"{work}/small-{i}.eml", "rb").read())
EOF
measure python3 "$work/smtplib_send.py" "$work" "$host" "$port" "$ca" "$alice" "$bob" "$messages"
row "(b) smtplib, one connection"
b_smtplib_wall=$wall

cat >"$work/msmtp_loop.sh" <<'EOF'
work=$1; count=$2; bob=$3; shift 3
for ((i = 1; i <= count; i++)); do
    msmtp "$@" "$bob" <"$work/small-$i.eml" || exit 1
done
EOF
measure bash "$work/msmtp_loop.sh" "$work" "$messages" "$bob" "${msmtp_options[@]}"
row "(b) msmtp, $messages separate runs"

echo "$kurier_summary"
awk -v akw="$a_kurier_wall" -v amw="$a_msmtp_wall" -v akr="$a_kurier_rss" -v bkw="$b_kurier_wall" -v bsw="$b_smtplib_wall" 'BEGIN {
    printf "(a) Kurier / msmtp wall: %.2f (target <= 1.00: %s); Kurier peak RSS %.1f MB (target < 100: %s)\n",
        akw / amw, akw <= amw ? "met" : "missed", akr, akr < 100 ? "met" : "missed"
    printf "(b) Kurier / smtplib wall: %.2f (target <= 1.50: %s)\n", bkw / bsw, bkw <= 1.5 * bsw ? "met" : "missed"
}'
