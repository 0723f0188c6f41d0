#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Outbox benchmark against a private Postfix harness (a script, not a timed test):
#   1. queues N small messages (default 10 000) into the durable outbox (kurier-bench-outbox);
#   2. `kurier outbox flush` sends them all to the harness's plain port, under /usr/bin/time -v:
#      messages/s, CPU and peak RSS; every message is then counted in the recipient's Maildir;
#   3. the cost of durability: the committed, fsynced transactions one message costs (enqueue,
#      claim, final-dot mark, sent), timed in a scratch outbox on the same file system.
# Throttling is off for the run (flush --per-minute 0): this measures Kurier, not the policy.
#
#   bench/outbox.sh [BUILD_DIR]      (default: build; needs the kurier and kurier-bench-outbox targets)
#
# Needs root (the harness runs Postfix), time, python3, postfix and dovecot-core.
# KURIER_BENCH_MESSAGES changes N.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${1:-build}")
kurier=$build/ui/kurier
driver=$build/bench/kurier-bench-outbox
for tool in "$kurier" "$driver"; do
    [[ -x $tool ]] || { echo "no $tool; build the kurier and kurier-bench-outbox targets first" >&2; exit 1; }
done
for tool in /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (Debian packages time, python3)" >&2; exit 1; }
done

messages=${KURIER_BENCH_MESSAGES:-10000}
work=$(mktemp -d /tmp/kurier-bench-outbox.XXXXXX)
chmod 755 "$work"
state=$work/harness
cleanup() {
    bash tests/harness/postfix-harness.sh stop "$state" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

bash tests/harness/postfix-harness.sh start "$state" >/dev/null
read -r host port alice bob maildir < <(python3 - "$state/harness.json" <<'PY'
import json, sys
c = json.load(open(sys.argv[1]))
print(c["host"], c["endpoints"]["plain"]["port"], c["users"]["alice"]["address"], c["users"]["bob"]["address"],
      c["users"]["bob"]["maildir"])
PY
)

export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache LC_ALL=C.UTF-8
"$kurier" account add "$alice" --id bench --host "$host" --port "$port" --security none --auth none >/dev/null

echo "== queueing $messages messages"
"$driver" enqueue "$messages" bench "$alice" "$bob"

echo "== kurier outbox flush to Postfix (plain port $port)"
before=$(find "$maildir/new" "$maildir/cur" -type f 2>/dev/null | wc -l)
if ! /usr/bin/time -v "$kurier" outbox flush --per-minute 0 >"$work/out" 2>"$work/time"; then
    cat "$work/out" "$work/time" >&2
    exit 1
fi
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time" |
    awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {print u + s}' "$work/time")
rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$work/time")
printf 'flush: %s messages in %s s wall, %s s CPU: %.1f msgs/s, peak RSS %s MB\n' "$messages" "$wall" "$cpu" \
    "$(awk -v n="$messages" -v w="$wall" 'BEGIN { print n / w }')" "$rss"

# Postfix delivers asynchronously: wait (bounded) until every message is in the Maildir.
for _ in $(seq 1 120); do
    delivered=$(($(find "$maildir/new" "$maildir/cur" -type f 2>/dev/null | wc -l) - before))
    [[ $delivered -ge $messages ]] && break
    sleep 1
done
echo "delivered to the Maildir: $delivered of $messages"

echo "== cost of durability"
"$driver" bookkeeping "$(( messages < 1000 ? messages : 1000 ))"
