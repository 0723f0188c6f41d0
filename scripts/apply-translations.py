#!/usr/bin/env python3
"""Fills translations from TSV files into a Qt Linguist catalogue.

Usage: apply-translations.py CATALOGUE.ts FILE.tsv [FILE.tsv ...]

Each TSV line is: context<TAB>source<TAB>translation, with "\\n" standing for a newline
in source and translation. Messages present in the catalogue get the translation and lose
their "unfinished" mark; lines that match no message are listed so they can be fixed.
Run `cmake --build BUILD --target update_translations` first so the catalogue knows every
current source string.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 64
    catalogue = argv[1]
    wanted = {}
    for path in argv[2:]:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    print(f"{path}:{number}: expected 3 tab-separated fields", file=sys.stderr)
                    continue
                context, source, translation = parts
                wanted[(context, unescape(source))] = unescape(translation)

    tree = ET.parse(catalogue)
    used = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"))
            if key not in wanted:
                continue
            element = message.find("translation")
            if message.get("numerus") == "yes":
                for form in list(element):
                    element.remove(form)
                for text in wanted[key].split("|"):
                    ET.SubElement(element, "numerusform").text = text
            else:
                element.text = wanted[key]
            element.attrib.pop("type", None)
            used.add(key)

    tree.write(catalogue, encoding="utf-8", xml_declaration=True)
    unused = [key for key in wanted if key not in used]
    for context, source in unused:
        print(f"no such message: [{context}] {source!r}", file=sys.stderr)
    print(f"{len(used)} translations applied, {len(unused)} unmatched")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
