#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# postfix-harness.sh start|stop STATE_DIR
#
# Runs a private Postfix (its own config, queue and data directories under STATE_DIR) with a
# private Dovecot as its SASL backend, listening on 127.0.0.1 only. The CA that signs the
# server certificate is trusted system-wide while the harness runs, the way a user's system
# trusts a CA, because Qt 6.4 ignores SSL_CERT_FILE. Tests learn everything (ports, users,
# passwords, Maildirs) from STATE_DIR/harness.json; the values below are the only place
# where they are defined.
#
# "start" replaces whatever an earlier run from the same STATE_DIR left behind and returns
# only once every port greets with 220. "stop" ends only the processes this harness started.
# Needs root: it binds Postfix, runs Dovecot and edits the system trust store.
set -euo pipefail

readonly HOST=127.0.0.1
readonly TLS_HOST_NAME=localhost
readonly DOMAIN=kurier.test
readonly USERS=(alice bob)
readonly PORT_SUBMISSION=22587
readonly PORT_IMPLICIT_TLS=22465
readonly PORT_PLAIN=22025
readonly PORT_SIZE_LIMITED=22588
readonly DEFAULT_SIZE_LIMIT=10240000
readonly SMALL_SIZE_LIMIT=65536
# Mail for other domains is accepted after AUTH (as a real submission server would) and
# then dropped by Postfix's discard transport: nothing ever leaves this machine, and no
# bounce shows up in a test user's Maildir.
readonly OUTSIDE_TRANSPORT="discard:outside mail is discarded by the Kurier test harness"
readonly SYSTEM_CA_FILE=/usr/local/share/ca-certificates/kurier-test-ca.crt
# The link update-ca-certificates makes for SYSTEM_CA_FILE (same base name, .pem).
readonly SYSTEM_CA_LINK=/etc/ssl/certs/kurier-test-ca.pem
# Virtual deliveries run as this account; it must be able to reach STATE_DIR.
readonly MAIL_USER=nobody
readonly MAIL_GROUP=nogroup
readonly START_TIMEOUT_SECONDS=30
readonly STOP_TIMEOUT_SECONDS=15

usage() {
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
}

log() {
    echo "postfix-harness: $*" >&2
}

[[ $# -eq 2 ]] || usage
readonly ACTION=$1
STATE=$(realpath -m -- "$2")
readonly STATE
# The path ends up in main.cf, dovecot.conf, JSON and a pgrep pattern; keep it to characters all
# of them take verbatim.
if [[ ! $STATE =~ ^/[A-Za-z0-9._/-]+$ ]]; then
    log "STATE_DIR '$STATE' contains characters the harness cannot quote; use a plainer path"
    exit 2
fi

readonly POSTFIX_CONF=$STATE/postfix
readonly QUEUE_DIR=$STATE/queue
readonly DATA_DIR=$STATE/data
readonly DOVECOT_DIR=$STATE/dovecot
readonly DOVECOT_CONF=$DOVECOT_DIR/dovecot.conf
readonly DOVECOT_RUN=$DOVECOT_DIR/run
readonly TLS_DIR=$STATE/tls
readonly MAIL_DIR=$STATE/mail
readonly LOG_DIR=$STATE/log
readonly POSTFIX_LOG=$LOG_DIR/postfix.log
readonly DOVECOT_LOG=$LOG_DIR/dovecot.log
readonly CONFIG_JSON=$STATE/harness.json
# Postfix's smtpd chdirs into its queue directory, so the SASL socket path is relative to it.
readonly SASL_SOCKET_NAME=private/auth
# Dovecot names its processes after the instance; one name per STATE_DIR lets stop find the
# children a killed Dovecot master left behind, and only those.
DOVECOT_INSTANCE=kurier-harness-$(printf '%s' "$STATE" | cksum | cut -d ' ' -f 1)
readonly DOVECOT_INSTANCE

# --- stopping -------------------------------------------------------------------------------

postfix_running() {
    [[ -f $POSTFIX_CONF/main.cf ]] && postfix -c "$POSTFIX_CONF" status >/dev/null 2>&1
}

# Prints the pid of the master recorded in our own queue directory, if any.
postfix_master_pid() {
    local pid_file=$QUEUE_DIR/pid/master.pid
    [[ -r $pid_file ]] || return 1
    local pid
    pid=$(tr -d ' \n' <"$pid_file")
    [[ $pid =~ ^[0-9]+$ ]] && echo "$pid"
}

# Prints the pids of Dovecot masters started with our own config file. The exact command line
# (which start always gives with the absolute config path) guards against recycled pids and
# never matches a system-wide Dovecot.
dovecot_pids() {
    pgrep -f "^[^ ]*/dovecot -c $DOVECOT_CONF\$" || true
}

# Children of our Dovecot (auth, log, stats, ...) that outlived a killed master.
dovecot_orphan_pids() {
    pgrep -f "^dovecot-$DOVECOT_INSTANCE/" || true
}

# A zombie counts as gone: whoever reaps it (init, in a container maybe never) is not us.
is_alive() {
    local state
    state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
    [[ -n $state && $state != Z ]]
}

# Waits (bounded) until a process is gone; returns non-zero if it is still there.
wait_for_exit() {
    local pid=$1 deadline=$((SECONDS + STOP_TIMEOUT_SECONDS))
    while is_alive "$pid"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

# Waits for processes that were asked to stop; kills those that ignore it.
reap() {
    local pid
    for pid in "$@"; do
        if ! wait_for_exit "$pid"; then
            log "process $pid of the harness did not stop; killing it"
            kill -KILL "$pid" 2>/dev/null || true
            wait_for_exit "$pid" || true
        fi
    done
}

# Asks our Postfix master and our Dovecot master to stop at the same time, then waits for
# them, then ends Dovecot children that a killed master of an earlier run left behind
# (Postfix's children leave by themselves when their master dies).
stop_processes() {
    local pids=() pid
    pid=$(postfix_master_pid) || true
    if postfix_running; then
        [[ -n $pid ]] && pids+=("$pid")
        postfix -c "$POSTFIX_CONF" stop </dev/null >/dev/null 2>&1 || true
    fi
    for pid in $(dovecot_pids); do
        pids+=("$pid")
        kill -TERM "$pid" 2>/dev/null || true
    done
    reap "${pids[@]}"
    pids=()
    for pid in $(dovecot_orphan_pids); do
        pids+=("$pid")
        kill -TERM "$pid" 2>/dev/null || true
    done
    reap "${pids[@]}"
}

# Removes the trusted CA only if it is ours, so stopping one state dir never untrusts another's.
# Returns 0 when it removed something (the system store then needs an update).
remove_our_ca() {
    [[ -f $SYSTEM_CA_FILE && -f $TLS_DIR/ca.crt ]] && cmp -s "$SYSTEM_CA_FILE" "$TLS_DIR/ca.crt" || return 1
    rm -f -- "$SYSTEM_CA_FILE"
}

# update-ca-certificates only rehashes /etc/ssl/certs (and tells its hooks) when it adds or
# removes a link, and a deleted file in /usr/local/share/ca-certificates is only dropped from
# the links and hooks (e.g. Java's keystore) with --fresh, as Debian documents.
update_trust_store() {
    mkdir -p "$LOG_DIR"
    update-ca-certificates "$@" >>"$LOG_DIR/update-ca-certificates.log" 2>&1
}

stop_all() {
    stop_processes
    if remove_our_ca || ((TRUST_STORE_STALE)); then
        update_trust_store --fresh || log "update-ca-certificates failed; see $LOG_DIR/update-ca-certificates.log"
        TRUST_STORE_STALE=0
    fi
}

# Set while the system store still lists a CA whose file start already removed.
TRUST_STORE_STALE=0

# --- starting -------------------------------------------------------------------------------

require_tools() {
    local tool missing=()
    for tool in postfix postconf dovecot openssl update-ca-certificates ss runuser timeout; do
        command -v "$tool" >/dev/null || missing+=("$tool")
    done
    if ((${#missing[@]})); then
        log "missing tools: ${missing[*]} (see scripts/packages-test.txt)"
        exit 1
    fi
    if ((EUID != 0)); then
        log "must run as root (binds Postfix, runs Dovecot, edits the system trust store)"
        exit 1
    fi
}

check_ports_free() {
    local port busy=0
    for port in $PORT_SUBMISSION $PORT_IMPLICIT_TLS $PORT_PLAIN $PORT_SIZE_LIMITED; do
        if [[ -n $(ss -Hltn "sport = :$port") ]]; then
            log "port $port is already in use (another harness state dir or another server):"
            ss -Hltnp "sport = :$port" >&2 || true
            busy=1
        fi
    done
    ((busy == 0))
}

make_certificates() {
    mkdir -p "$TLS_DIR"
    # The CA is new on every start, so a stale trusted copy from a killed run is replaced below.
    openssl req -x509 -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
        -keyout "$TLS_DIR/ca.key" -out "$TLS_DIR/ca.crt" -days 30 \
        -subj "/O=Kurier test harness/CN=Kurier Test CA $(date -u +%Y%m%dT%H%M%SZ)" \
        -addext "basicConstraints=critical,CA:TRUE" \
        -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null || return 1
    openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
        -keyout "$TLS_DIR/server.key" -out "$TLS_DIR/server.csr" -subj "/CN=$TLS_HOST_NAME" 2>/dev/null || return 1
    cat >"$TLS_DIR/server.ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:$TLS_HOST_NAME, IP:$HOST
EOF
    openssl x509 -req -in "$TLS_DIR/server.csr" -CA "$TLS_DIR/ca.crt" -CAkey "$TLS_DIR/ca.key" \
        -CAcreateserial -days 30 -extfile "$TLS_DIR/server.ext" -out "$TLS_DIR/server.crt" 2>/dev/null || return 1
    # smtpd_tls_chain_files wants the key first, then the certificate.
    cat "$TLS_DIR/server.key" "$TLS_DIR/server.crt" >"$TLS_DIR/server-chain.pem"
    chmod 600 "$TLS_DIR"/*.key "$TLS_DIR/server-chain.pem"
    chmod 644 "$TLS_DIR/ca.crt"
}

trust_ca() {
    mkdir -p "$(dirname "$SYSTEM_CA_FILE")"
    install -m 644 "$TLS_DIR/ca.crt" "$SYSTEM_CA_FILE" || return 1
    if ((TRUST_STORE_STALE)); then
        update_trust_store --fresh || return 1
    else
        # Without our old link the new CA counts as added, which triggers the rehash.
        if [[ -L $SYSTEM_CA_LINK && $(readlink "$SYSTEM_CA_LINK") == "$SYSTEM_CA_FILE" ]]; then
            rm -f -- "$SYSTEM_CA_LINK"
        fi
        update_trust_store || return 1
    fi
    TRUST_STORE_STALE=0
}

make_password() {
    # Letters and digits only: the value goes verbatim into a passwd-file and JSON.
    echo "Kt$(openssl rand -hex 12)"
}

declare -A PASSWORDS

make_users() {
    local user
    mkdir -p "$DOVECOT_DIR" "$MAIL_DIR/$DOMAIN"
    : >"$DOVECOT_DIR/users"
    : >"$POSTFIX_CONF/vmailbox"
    for user in "${USERS[@]}"; do
        PASSWORDS[$user]=$(make_password)
        echo "$user@$DOMAIN:{PLAIN}${PASSWORDS[$user]}::::::" >>"$DOVECOT_DIR/users"
        # A trailing slash makes virtual(8) deliver into a Maildir.
        echo "$user@$DOMAIN $DOMAIN/$user/" >>"$POSTFIX_CONF/vmailbox"
        mkdir -p "$MAIL_DIR/$DOMAIN/$user"/{cur,new,tmp}
    done
    chown root:dovecot "$DOVECOT_DIR/users"
    chmod 640 "$DOVECOT_DIR/users"
    chown -R "$MAIL_USER:$MAIL_GROUP" "$MAIL_DIR"
    if ! runuser -u "$MAIL_USER" -- test -w "$MAIL_DIR/$DOMAIN/${USERS[0]}/tmp"; then
        log "user '$MAIL_USER' cannot reach $MAIL_DIR; STATE_DIR's parents must be world-searchable"
        return 1
    fi
}

write_dovecot_config() {
    mkdir -p "$DOVECOT_RUN" "$DOVECOT_DIR/state"
    cat >"$DOVECOT_CONF" <<EOF
# Private Dovecot of the Kurier test harness: a SASL backend for Postfix and nothing else.
base_dir = $DOVECOT_RUN
state_dir = $DOVECOT_DIR/state
instance_name = $DOVECOT_INSTANCE
protocols = none
listen = $HOST
ssl = no
log_path = $DOVECOT_LOG
auth_verbose = yes
# Postfix only offers AUTH after TLS (smtpd_tls_auth_only), so Dovecot need not re-check it.
disable_plaintext_auth = no
auth_mechanisms = plain login
# Tests fail logins on purpose; Dovecot's delays and per-IP penalty would slow down (and,
# beyond Postfix's patience, break) the logins that follow from the same 127.0.0.1.
auth_failure_delay = 0
login_trusted_networks = 127.0.0.0/8
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu $DOVECOT_DIR/users
}
userdb {
  driver = static
  args = uid=$MAIL_USER gid=$MAIL_GROUP home=$MAIL_DIR/%d/%n
}
service auth {
  unix_listener $QUEUE_DIR/$SASL_SOCKET_NAME {
    mode = 0660
    user = postfix
    group = postfix
  }
}
EOF
}

write_postfix_config() {
    mkdir -p "$POSTFIX_CONF" "$QUEUE_DIR/private" "$DATA_DIR" "$LOG_DIR"
    # Created before Postfix exists so Dovecot can put the SASL socket there; owned the way
    # postfix check expects.
    chown postfix "$DATA_DIR" "$QUEUE_DIR/private"
    chmod 700 "$QUEUE_DIR/private"
    cat >"$POSTFIX_CONF/main.cf" <<EOF
# Private Postfix of the Kurier test harness, generated by tests/harness/postfix-harness.sh.
compatibility_level = 3.6
queue_directory = $QUEUE_DIR
data_directory = $DATA_DIR
maillog_file = $POSTFIX_LOG
maillog_file_prefixes = $LOG_DIR
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = loopback-only
inet_protocols = ipv4
myhostname = mail.$DOMAIN
mydomain = $DOMAIN
myorigin = \$myhostname
smtpd_banner = \$myhostname ESMTP Kurier test harness
smtpd_peername_lookup = no
biff = no

# Nothing is delivered locally and nothing leaves the machine.
mydestination =
local_recipient_maps =
alias_maps =
alias_database =
relayhost =
local_transport = $OUTSIDE_TRANSPORT
relay_transport = $OUTSIDE_TRANSPORT
default_transport = $OUTSIDE_TRANSPORT

virtual_mailbox_domains = $DOMAIN
virtual_mailbox_maps = texthash:$POSTFIX_CONF/vmailbox
virtual_mailbox_base = $MAIL_DIR
virtual_uid_maps = static:$(id -u "$MAIL_USER")
virtual_gid_maps = static:$(getent group "$MAIL_GROUP" | cut -d: -f3)

message_size_limit = $DEFAULT_SIZE_LIMIT
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
# Submission ports take mail from authenticated clients only (RFC 6409).
kurier_submission_client_restrictions = permit_sasl_authenticated, check_client_access static:{530 5.7.0 Authentication required}

smtpd_sasl_type = dovecot
smtpd_sasl_path = $SASL_SOCKET_NAME
smtpd_sasl_auth_enable = no
smtpd_sasl_security_options = noanonymous
smtpd_sasl_tls_security_options = noanonymous

smtpd_tls_chain_files = $TLS_DIR/server-chain.pem
smtpd_tls_security_level = none
smtpd_tls_protocols = >=TLSv1.2
smtpd_tls_mandatory_protocols = >=TLSv1.2
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
EOF

    local submission_options=(
        -o smtpd_tls_security_level=encrypt
        -o smtpd_tls_auth_only=yes
        -o smtpd_sasl_auth_enable=yes
        -o "smtpd_client_restrictions=\$kurier_submission_client_restrictions"
    )
    cat >"$POSTFIX_CONF/master.cf" <<EOF
# Only the services the harness needs: no smtp client, so no transport could reach the outside.
# service type  private unpriv  chroot  wakeup  maxproc command + args
$HOST:$PORT_SUBMISSION inet n - n - - smtpd
  -o syslog_name=postfix/submission ${submission_options[*]}
$HOST:$PORT_IMPLICIT_TLS inet n - n - - smtpd
  -o syslog_name=postfix/submissions -o smtpd_tls_wrappermode=yes ${submission_options[*]}
$HOST:$PORT_PLAIN inet n - n - - smtpd
  -o syslog_name=postfix/plain -o smtpd_tls_security_level=none -o smtpd_sasl_auth_enable=no
$HOST:$PORT_SIZE_LIMITED inet n - n - - smtpd
  -o syslog_name=postfix/sizelimited ${submission_options[*]}
  -o message_size_limit=$SMALL_SIZE_LIMIT -o cleanup_service_name=cleanup-small
cleanup-small unix n - n - 0 cleanup
  -o syslog_name=postfix/cleanup-small -o message_size_limit=$SMALL_SIZE_LIMIT
pickup    unix  n       -       n       60      1       pickup
cleanup   unix  n       -       n       -       0       cleanup
qmgr      unix  n       -       n       300     1       qmgr
tlsmgr    unix  -       -       n       1000?   1       tlsmgr
rewrite   unix  -       -       n       -       -       trivial-rewrite
bounce    unix  -       -       n       -       0       bounce
defer     unix  -       -       n       -       0       bounce
trace     unix  -       -       n       -       0       bounce
verify    unix  -       -       n       -       1       verify
flush     unix  n       -       n       1000?   0       flush
proxymap  unix  -       -       n       -       -       proxymap
proxywrite unix -       -       n       -       1       proxymap
showq     unix  n       -       n       -       -       showq
error     unix  -       -       n       -       -       error
retry     unix  -       -       n       -       -       error
discard   unix  -       -       n       -       -       discard
virtual   unix  -       n       n       -       -       virtual
anvil     unix  -       -       n       -       1       anvil
scache    unix  -       -       n       -       1       scache
postlog   unix-dgram n  -       n       -       1       postlogd
EOF
}

# Prints the first line a port sends, or nothing within a few seconds.
greeting_plain() {
    local port=$1 line=""
    if exec 3<>"/dev/tcp/$HOST/$port"; then
        IFS= read -r -t 3 line <&3 || true
        printf 'QUIT\r\n' >&3 2>/dev/null || true
        exec 3>&- 3<&-
    fi 2>/dev/null
    echo "$line"
}

# Same over implicit TLS; verifying against the system store also proves the CA is trusted.
greeting_tls() {
    local port=$1
    printf 'QUIT\r\n' | timeout 5 openssl s_client -connect "$HOST:$port" -servername "$TLS_HOST_NAME" \
        -verify_hostname "$TLS_HOST_NAME" -verify_return_error -quiet 2>/dev/null | head -n 1 | tr -d '\r' || true
}

wait_until_ready() {
    local deadline=$((SECONDS + START_TIMEOUT_SECONDS)) port line pending
    while :; do
        pending=()
        for port in $PORT_SUBMISSION $PORT_PLAIN $PORT_SIZE_LIMITED; do
            line=$(greeting_plain "$port")
            [[ $line == 220\ * ]] || pending+=("$port")
        done
        line=$(greeting_tls "$PORT_IMPLICIT_TLS")
        [[ $line == 220\ * ]] || pending+=("$PORT_IMPLICIT_TLS")
        ((${#pending[@]} == 0)) && return 0
        if ((SECONDS >= deadline)); then
            log "no 220 greeting within ${START_TIMEOUT_SECONDS}s on port(s): ${pending[*]}"
            return 1
        fi
        sleep 0.2
    done
}

wait_for_sasl_socket() {
    local deadline=$((SECONDS + START_TIMEOUT_SECONDS))
    until [[ -S $QUEUE_DIR/$SASL_SOCKET_NAME ]]; do
        if ((SECONDS >= deadline)); then
            log "Dovecot did not create $QUEUE_DIR/$SASL_SOCKET_NAME"
            return 1
        fi
        sleep 0.1
    done
}

endpoint_json() {
    local port=$1 security=$2 authentication=$3 size=$4
    printf '{"port": %s, "security": "%s", "authentication": "%s", "messageSizeLimit": %s}' \
        "$port" "$security" "$authentication" "$size"
}

write_config_json() {
    local user users_json="" separator=""
    for user in "${USERS[@]}"; do
        users_json+=$(printf '%s\n    "%s": {"address": "%s@%s", "password": "%s", "maildir": "%s"}' \
            "$separator" "$user" "$user" "$DOMAIN" "${PASSWORDS[$user]}" "$MAIL_DIR/$DOMAIN/$user")
        separator=","
    done
    # Written to a temporary name and renamed, so a reader never sees half a file.
    (
        umask 077
        cat >"$CONFIG_JSON.tmp" <<EOF
{
  "version": 1,
  "host": "$HOST",
  "tlsHostName": "$TLS_HOST_NAME",
  "domain": "$DOMAIN",
  "caCertificate": "$TLS_DIR/ca.crt",
  "postfixLog": "$POSTFIX_LOG",
  "outsideMail": "discarded",
  "endpoints": {
    "submission": $(endpoint_json $PORT_SUBMISSION starttls required $DEFAULT_SIZE_LIMIT),
    "implicitTls": $(endpoint_json $PORT_IMPLICIT_TLS implicit-tls required $DEFAULT_SIZE_LIMIT),
    "plain": $(endpoint_json $PORT_PLAIN none not-offered $DEFAULT_SIZE_LIMIT),
    "sizeLimited": $(endpoint_json $PORT_SIZE_LIMITED starttls required $SMALL_SIZE_LIMIT)
  },
  "users": {$users_json
  }
}
EOF
    )
    mv -f "$CONFIG_JSON.tmp" "$CONFIG_JSON"
}

print_log_tails() {
    local file
    for file in "$POSTFIX_LOG" "$DOVECOT_LOG"; do
        if [[ -f $file ]]; then
            echo "----- last lines of $file -----" >&2
            tail -n 40 "$file" >&2
        fi
    done
}

# Set once start has wiped the previous run's state, so failures show only this run's logs.
LOGS_ARE_CURRENT=0

fail_start() {
    log "start failed: $*"
    ((LOGS_ARE_CURRENT)) && print_log_tails
    stop_all
    exit 1
}

start_all() {
    require_tools
    stop_processes
    # An earlier run's CA is dropped here but the store is updated only once, by trust_ca.
    remove_our_ca && TRUST_STORE_STALE=1
    check_ports_free || fail_start "ports busy"
    # Only the harness's own subdirectories are wiped; STATE_DIR itself may hold other things.
    rm -rf -- "$POSTFIX_CONF" "$QUEUE_DIR" "$DATA_DIR" "$DOVECOT_DIR" "$TLS_DIR" "$MAIL_DIR" "$LOG_DIR" \
        "$CONFIG_JSON" "$CONFIG_JSON.tmp"
    mkdir -p "$STATE" "$POSTFIX_CONF" "$LOG_DIR"
    LOGS_ARE_CURRENT=1

    make_certificates || fail_start "could not create certificates"
    make_users || fail_start "could not create users"
    write_postfix_config
    write_dovecot_config

    # Daemons must not inherit our stdout/stderr: CTest waits until those pipes close.
    "$(command -v dovecot)" -c "$DOVECOT_CONF" </dev/null >>"$LOG_DIR/dovecot-start.log" 2>&1 ||
        fail_start "dovecot did not start: $(tail -n 5 "$LOG_DIR/dovecot-start.log")"
    wait_for_sasl_socket || fail_start "no SASL socket"
    postfix -c "$POSTFIX_CONF" start </dev/null >>"$LOG_DIR/postfix-start.log" 2>&1 ||
        fail_start "postfix did not start: $(tail -n 5 "$LOG_DIR/postfix-start.log")"
    trust_ca || fail_start "could not trust the test CA"
    wait_until_ready || fail_start "ports not ready"
    write_config_json
    log "ready: ports $PORT_SUBMISSION $PORT_IMPLICIT_TLS $PORT_PLAIN $PORT_SIZE_LIMITED on $HOST; config in $CONFIG_JSON"
}

case $ACTION in
start)
    start_all
    ;;
stop)
    require_tools
    stop_all
    log "stopped (logs and Maildirs stay in $STATE)"
    ;;
*)
    usage
    ;;
esac
