#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the TLS material of the SMTP tests' fake server (checked in, so tests need no
# openssl at run time). Everything here is for 127.0.0.1 tests only; the keys are public.
#   ca.crt            "Kurier SMTP Test CA"; tests add it to the session's CA list explicitly
#   server.crt        localhost + 127.0.0.1, signed by the CA, valid for a century
#   wronghost.crt     mail.example.org only, signed by the CA
#   expired.crt       localhost, signed by the CA, valid 2000-2001
#   notyetvalid.crt   localhost, signed by the CA, valid from 2120
#   selfsigned.crt    localhost, self-signed (no CA knows it)
#   other-selfsigned.crt  a second self-signed localhost certificate (pin mismatch tests)
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/ca.cnf" <<CNF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = $work
database = $work/index.txt
new_certs_dir = $work
serial = $work/serial
default_md = sha256
policy = anything
copy_extensions = copy
unique_subject = no
[ anything ]
commonName = supplied
[ req ]
distinguished_name = dn
prompt = no
[ dn ]
CN = placeholder
CNF
touch "$work/index.txt"
echo 1000 > "$work/serial"

openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 36500 -subj "/CN=Kurier SMTP Test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null

issue() { # name subject san startdate enddate
    openssl req -newkey rsa:2048 -nodes -keyout "$1.key" -out "$work/$1.csr" -subj "/CN=$2" \
        -addext "subjectAltName=$3" -addext "basicConstraints=CA:FALSE" \
        -addext "extendedKeyUsage=serverAuth" 2>/dev/null
    openssl ca -batch -config "$work/ca.cnf" -cert ca.crt -keyfile ca.key -in "$work/$1.csr" -out "$work/$1.out" \
        -startdate "$4" -enddate "$5" -notext 2>/dev/null
    openssl x509 -in "$work/$1.out" -out "$1.crt"
}

issue server localhost "DNS:localhost,IP:127.0.0.1" 20260101000000Z 21260101000000Z
issue wronghost mail.example.org "DNS:mail.example.org" 20260101000000Z 21260101000000Z
issue expired localhost "DNS:localhost,IP:127.0.0.1" 20000101000000Z 20010101000000Z
issue notyetvalid localhost "DNS:localhost,IP:127.0.0.1" 21200101000000Z 21300101000000Z

for name in selfsigned other-selfsigned; do
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$name.key" -out "$name.crt" -days 36500 -subj "/CN=localhost" \
        -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
done
