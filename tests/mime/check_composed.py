#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Kurier authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a message Kurier composed with Python's own email package (policy.default) and
compares what a reader decodes with what Kurier was given.

Usage: check_composed.py MESSAGE.eml EXPECTED.json
Prints one problem per line; exit status 0 when there are none, 1 otherwise.

EXPECTED.json (every key optional):
  allow_lf (the file has LF line ends, as in a Maildir), subject,
  date_utc ("YYYY-MM-DDTHH:MM:SS"), from/to/cc/reply_to ([[name, addr-spec], ...]),
  text, html (decoded bodies; line ends compared as \\n, one final line break tolerated),
  flowed_text (text/plain must be format=flowed; its unflowed text must equal this),
  attachments ([{filename, sha256, content_type}] in the order of the leaf parts that
  carry a file name), structure ("multipart/mixed(text/plain,application/pdf)"),
  headers ({name: decoded value}), absent_headers ([name]), smtputf8 (bool),
  message_rfc822_subject (the decoded Subject of an embedded message/rfc822 part).
"""

import email
import email.errors
import email.policy
import hashlib
import json
import re
import sys

# The deliberate legacy RFC 2047 name= (Outlook/Gmail) is reported by Python as these two
# defects; validate_eml.py tolerates exactly them as well.
LEGACY_NAME_DEFECTS = ("encoded word inside quoted string", "missing trailing whitespace after encoded-word")


def structure(part):
    if part.is_multipart() and part.get_content_maintype() == "multipart":
        return "%s(%s)" % (part.get_content_type(), ",".join(structure(p) for p in part.get_payload()))
    return part.get_content_type()


def normalized(text):
    text = text.replace("\r\n", "\n")
    return text[:-1] if text.endswith("\n") else text


def unflow(text):
    """RFC 3676 4.1/4.5 (DelSp=no): join soft-broken lines, undo space-stuffing."""
    out, para, depth = [], None, None
    for line in text.replace("\r\n", "\n").split("\n"):
        d = len(line) - len(line.lstrip(">"))
        content = line[d:]
        if content.startswith(" "):
            content = content[1:]
        if para is not None and d != depth:
            out.append((">" * depth + " " if depth else "") + para)
            para = None
        para = content if para is None else para + content
        depth = d
        if not (content.endswith(" ") and content != "-- "):
            out.append((">" * depth + " " if depth else "") + para)
            para = None
    if para is not None:
        out.append((">" * depth + " " if depth else "") + para)
    return "\n".join(out)


def utf8(text):
    """RFC 6532 headers: the parser leaves raw UTF-8 octets as surrogate escapes."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8")


def main():
    raw = open(sys.argv[1], "rb").read()
    want = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = []
    smtputf8 = want.get("smtputf8", False)

    if want.get("allow_lf"):  # read back from a Maildir, which stores LF line ends
        if b"\r" in raw:
            problems.append("CR in a message stored with LF line ends")
    elif b"\r" in raw.replace(b"\r\n", b"") or b"\n" in raw.replace(b"\r\n", b""):
        problems.append("line ends other than CRLF")
    for number, line in enumerate(raw.replace(b"\r\n", b"\n").split(b"\n"), 1):
        if len(line) > 998:
            problems.append("line %d is %d octets" % (number, len(line)))

    msg = email.message_from_bytes(raw, policy=email.policy.default)
    leaves = []
    for part in msg.walk():
        for defect in part.defects:
            problems.append("defect in %s: %r" % (part.get_content_type(), defect))
        for name, value in part.items():
            for defect in getattr(value, "defects", ()):
                if name.lower() in ("content-type", "content-disposition") and str(defect) in LEGACY_NAME_DEFECTS:
                    continue
                if smtputf8 and isinstance(defect, (email.errors.NonASCIILocalPartDefect,
                                                    email.errors.UndecodableBytesDefect)):
                    continue
                problems.append("header defect in %s: %r" % (name, defect))
        if part.is_multipart():
            continue
        before = len(part.defects)
        payload = part.get_payload(decode=True)
        for defect in part.defects[before:]:
            problems.append("decoding defect in %s: %r" % (part.get_content_type(), defect))
        leaves.append((part, payload))

    def header(name):
        values = msg.get_all(name) or []
        if len(values) > 1:
            problems.append("%s appears %d times" % (name, len(values)))
        return values[0] if values else None

    if "subject" in want:
        got = header("Subject")
        if got is None or str(got) != want["subject"]:
            problems.append("Subject: want %r, got %r" % (want["subject"], None if got is None else str(got)))
    if "date_utc" in want:
        got = header("Date")
        stamp = got.datetime.astimezone(__import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") \
            if got is not None and got.datetime is not None else None
        if stamp != want["date_utc"]:
            problems.append("Date: want %s UTC, got %s (%r)" % (want["date_utc"], stamp, None if got is None else str(got)))
    for key, name in (("from", "From"), ("to", "To"), ("cc", "Cc"), ("reply_to", "Reply-To")):
        if key not in want:
            continue
        got = header(name)
        pairs = [[utf8(a.display_name), utf8(a.addr_spec)] for a in got.addresses] if got is not None else None
        if pairs != want[key]:
            problems.append("%s: want %r, got %r" % (name, want[key], pairs))
    for name, value in want.get("headers", {}).items():
        got = header(name)
        if got is None or str(got) != value:
            problems.append("%s: want %r, got %r" % (name, value, None if got is None else str(got)))
    for name in want.get("absent_headers", []):
        if msg.get(name) is not None:
            problems.append("header %s must not be present" % name)
    if "structure" in want and structure(msg) != want["structure"]:
        problems.append("structure: want %s, got %s" % (want["structure"], structure(msg)))

    def body(subtype):
        for part, payload in leaves:
            if part.get_content_type() == "text/" + subtype and part.get_filename() is None:
                return part, payload.decode(part.get_content_charset() or "us-ascii")
        return None, None

    for key in ("text", "html"):
        if key in want:
            _, got = body("plain" if key == "text" else key)
            if got is None or normalized(got) != normalized(want[key]):
                problems.append("%s body: want %r, got %r" % (key, want[key][:200], None if got is None else got[:200]))
    if "flowed_text" in want:
        part, got = body("plain")
        if part is None or (part.get_param("format") or "").lower() != "flowed":
            problems.append("text/plain is not format=flowed")
        elif normalized(unflow(got)) != normalized(want["flowed_text"]):
            problems.append("unflowed text: want %r, got %r" % (want["flowed_text"][:300], unflow(got)[:300]))
        else:
            for line in got.replace("\r\n", "\n").split("\n"):
                if len(line) > 78 and " " in line.strip():
                    problems.append("flowed line longer than 78: %r" % line)
    if "attachments" in want:
        got = []
        for part, payload in leaves:
            if part.get_filename() is not None:
                got.append({"filename": part.get_filename(),
                            "sha256": hashlib.sha256(payload or b"").hexdigest(),
                            "content_type": part.get_content_type()})
        same = len(got) == len(want["attachments"]) and all(
            all(g[k] == w[k] for k in w) for g, w in zip(got, want["attachments"]))
        if not same:
            problems.append("attachments: want %r, got %r" % (want["attachments"], got))
    if "message_rfc822_subject" in want:
        found = None
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                found = str(part.get_payload()[0]["Subject"])
                if part.get("Content-Transfer-Encoding", "7bit").lower() not in ("7bit", "8bit", "binary"):
                    problems.append("message/rfc822 with CTE %s" % part["Content-Transfer-Encoding"])
        if found != want["message_rfc822_subject"]:
            problems.append("embedded message: want subject %r, got %r" % (want["message_rfc822_subject"], found))

    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
