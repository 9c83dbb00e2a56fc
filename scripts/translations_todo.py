"""Lists the .ts messages still to translate by context; `--fill FILE.json` fills them first.

FILE.json maps an English source text (or "Context::source" for one context only) to its Hindi.
Exits 1 while anything is left untranslated.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "jewelpos_hi.ts"


def _open(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") == "unfinished":
        return True
    forms = tr.findall("numerusform")
    if message.get("numerus") == "yes" and forms:  # plurals: every form needs its text
        return any(not (f.text or "").strip() for f in forms)
    return not (tr.text or "").strip()


def _fill(message: ET.Element, tr: ET.Element, text: str) -> None:
    """Put ``text`` in the translation (in each plural form of a %n message)."""
    forms = tr.findall("numerusform")
    if message.get("numerus") == "yes":
        if not forms:
            forms = [ET.SubElement(tr, "numerusform")]
        tr.text = None
        for f in forms:
            f.text = text
    else:
        tr.text = text
    tr.attrib.pop("type", None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fill", type=Path, help="JSON of source -> translation to fill in")
    parser.add_argument("--ts", type=Path, default=TS)
    args = parser.parse_args(argv)
    tree = ET.parse(args.ts)
    texts: dict[str, str] = json.loads(args.fill.read_text("utf-8")) if args.fill else {}
    left: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not _open(message):
                continue
            text = texts.get(f"{name}::{source}") or texts.get(source)
            tr = message.find("translation")
            if text and tr is not None:
                _fill(message, tr, text)
            else:
                left.append((name, source))
    if texts:
        tree.write(args.ts, encoding="utf-8", xml_declaration=True)
        raw = args.ts.read_text("utf-8").replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        args.ts.write_text(raw, "utf-8")
    for name, source in left:
        print(f"{name}\t{source}")
    print(f"{len(left)} untranslated", file=sys.stderr)
    return 1 if left else 0


if __name__ == "__main__":
    sys.exit(main())
