"""Refreshes resources/i18n/carbon_clusters_<lang>.ts from the plugin's sources (make
translations-update), keeping every translation whose source text and context still exist.

pylupdate5 reads ``self.tr("…")`` (context: the enclosing class), ``translate("Context", "…")``
and ``QT_TRANSLATE_NOOP("Context", "…")``. It files a bare ``tr("…")`` under ``@default``,
while our modules' ``tr()`` helpers translate in their own context
(``QCoreApplication.translate("CarbonIndicatorsDock", text)``), so this script moves such
entries to the context of the helper of the file they come from. Entries that are no longer in
the sources are dropped; new ones are added as unfinished.

Usage: python3 scripts/update_translations.py [--pylupdate pylupdate5] [LANG ...]
"""

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "carbon_clusters_plugin"
I18N = ROOT / "resources" / "i18n"
DEFAULT_LANGUAGES = ("zh",)
LANGUAGE_TAGS = {"zh": "zh_CN"}
HELPER = re.compile(
    r"^def tr\(\w+(?:: str)?\)(?: -> str)?:\s*\n\s+return (?:QCoreApplication\.)?translate\("
    r"\"(\w+)\", \w+\)", re.M)


def sources():
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def helper_contexts(files):
    """{file: context of its module-level tr() helper}."""
    found = {}
    for path in files:
        match = HELPER.search(path.read_text(encoding="utf-8"))
        if match:
            found[path.resolve()] = match.group(1)
    return found


def extract(pylupdate, files):
    """pylupdate5's fresh extraction: {(context, source): [locations]}. One run per file:
    pylupdate keeps one entry per context and text, so ``@default`` entries of two files
    (destined for two contexts) would otherwise merge."""
    contexts = helper_contexts(files)
    messages = {}
    unplaced = []
    with tempfile.TemporaryDirectory() as folder:
        for index, path in enumerate(files):
            ts = Path(folder) / f"{index}.ts"
            subprocess.run([pylupdate, "-noobsolete", str(path), "-ts", str(ts)],
                           check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
            if not ts.is_file():  # nothing to translate in this file
                continue
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name")
                if name == "@default":
                    name = contexts.get(path.resolve())
                for message in context.iter("message"):
                    source = message.findtext("source")
                    for location in message.iter("location"):
                        line = int(location.get("line"))
                        if name is None:
                            unplaced.append(f"{path.relative_to(ROOT)}:{line}: {source!r}")
                        else:
                            messages.setdefault((name, source), []).append((path, line))
    if unplaced:
        sys.exit("tr() outside a class in a module without a tr() helper "
                 "(use translate(\"Context\", ...)):\n  " + "\n  ".join(unplaced))
    return messages


def existing(ts):
    """{(context, source): (translation, unfinished)} of an existing .ts file."""
    if not ts.is_file():
        return {}
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in (
                "unfinished", "obsolete", "vanished")
            text = "" if translation is None else (translation.text or "")
            found[(name, message.findtext("source"))] = (text, unfinished)
    return found


def write(ts, language, messages, old):
    root = ET.Element("TS", version="2.1", language=language)
    by_context = {}
    for (context, source), locations in messages.items():
        by_context.setdefault(context, []).append((source, sorted(locations)))
    kept = new = 0
    for context in sorted(by_context):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source, locations in sorted(by_context[context], key=lambda item: item[1][0]):
            message = ET.SubElement(element, "message")
            for path, line in locations:
                ET.SubElement(message, "location", filename=_relative(path, ts.parent),
                              line=str(line))
            ET.SubElement(message, "source").text = source
            text, unfinished = old.get((context, source), ("", True))
            translation = ET.SubElement(message, "translation")
            translation.text = text
            if unfinished:
                translation.set("type", "unfinished")
                new += not text
            else:
                kept += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    dropped = len(set(old) - set(messages))
    print(f"{ts.relative_to(ROOT)}: {len(messages)} texts, {kept} translated, "
          f"{len(messages) - kept} unfinished ({new} new), {dropped} no longer in the sources")


def _relative(path, folder):
    return Path(*[".."] * len(folder.relative_to(ROOT).parts), path.relative_to(ROOT)).as_posix()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pylupdate", default="pylupdate5")
    parser.add_argument("languages", nargs="*", default=DEFAULT_LANGUAGES)
    args = parser.parse_args()
    messages = extract(args.pylupdate, sources())
    I18N.mkdir(parents=True, exist_ok=True)
    for language in args.languages:
        ts = I18N / f"carbon_clusters_{language}.ts"
        write(ts, LANGUAGE_TAGS.get(language, language), messages, existing(ts))


if __name__ == "__main__":
    main()
