#!/usr/bin/env python3
"""Fails when a Polish translation is missing or the catalogue is out of date.

Usage: checktranslations.py LUPDATE SOURCE_DIR

Runs lupdate over the sources into a temporary catalogue and compares its messages with
resources/translations/kurier_pl.ts: every current source string must be in the committed
catalogue, translated and not marked unfinished.
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def messages(path):
    result = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            text = "".join(translation.itertext()) if translation is not None else ""
            result[(name, message.findtext("source"))] = done and bool(text.strip())
    return result


def main(lupdate, source_dir):
    sources = []
    for layer in ("app", "autoconfig", "ui"):
        for root, _dirs, files in os.walk(os.path.join(source_dir, layer)):
            sources += [os.path.join(root, f) for f in files if f.endswith((".cpp", ".h", ".ui"))]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh_pl.ts")
        # Headers first and the tree as include path, so lupdate knows each class's namespace.
        sources.sort(key=lambda path: (not path.endswith(".h"), path))
        subprocess.run([lupdate, "-silent", "-locations", "none", "-I", source_dir, *sources, "-ts", fresh],
                       check=True)
        current = messages(fresh)
    committed = messages(os.path.join(source_dir, "resources", "translations", "kurier_pl.ts"))
    missing = [key for key in current if key not in committed]
    untranslated = [key for key in current if key in committed and not committed[key]]
    for context, source in missing:
        print(f"not in kurier_pl.ts (run the update_translations target): [{context}] {source!r}")
    for context, source in untranslated:
        print(f"no Polish translation: [{context}] {source!r}")
    print(f"{len(current)} strings, {len(missing)} missing, {len(untranslated)} untranslated")
    return 1 if missing or untranslated else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
