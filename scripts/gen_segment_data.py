#!/usr/bin/env python3
"""Generates src/text/lang/data/<lang>.txt, the per-language data of baca's sentence segmenter.

Every entry comes from a registry package, never typed by hand:
  abbreviations      sentencex (crates.io, MIT; its curated lists, e.g. without English words that
                     collide with abbreviations such as "man" or "mass"); for Indonesian, also
                     ../shared/data/id_abbreviations.tsv (EYD V, PUEBI, spaCy) and scripts/data/id_titles.tsv
                     (titles and address words; its header names each source)
  prepositive/numeric pySBD 0.3.4 (PyPI, MIT): which abbreviations precede a name or a number,
                     kept only where the abbreviation is also in the list above; for Indonesian, the
                     entries of scripts/data/id_titles.tsv classed "prepositive"
  starters           words that open sentences: sentencex's English list; for other languages the
                     stop words of spaCy 3.8 (PyPI, MIT), capitalised, minus abbreviations
  fronting           sentencex's English fronted-adverbial words ("In the evening at 7 p.m. …")
  time markers       sentencex's English trailing markers for time of day and eras
  months             CLDR month names (wide and abbreviated) via Babel (PyPI, BSD; CLDR data under
                     the Unicode licence)

Usage: python3 scripts/gen_segment_data.py   (downloads the PyPI wheels into target/gen-cache once;
sentencex comes from the cargo registry as baca's dev-dependency.)
"""
import ast
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "target" / "gen-cache"
OUT = ROOT / "src" / "text" / "lang" / "data"
SHARED_ID = ROOT.parent / "shared" / "data" / "id_abbreviations.tsv"
ID_TITLES = ROOT / "scripts" / "data" / "id_titles.tsv"

WHEELS = {"pysbd": "pysbd==0.3.4", "spacy": "spacy==3.8.18", "babel": "babel==2.18.0"}

PYSBD_LANG = {
    "en": "english", "de": "deutsch", "es": "spanish", "fr": "french", "it": "italian",
    "nl": "dutch", "ru": "russian", "ar": "arabic", "el": "greek", "da": "danish",
    "pl": "polish", "bg": "bulgarian", "sk": "slovak", "kk": "kazakh",
}


def wheel_dir(name):
    target = CACHE / name
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d",
                        str(CACHE), WHEELS[name]], check=True)
        wheel = next(CACHE.glob(f"{name}-*.whl"))
        zipfile.ZipFile(wheel).extractall(target)
    return target


def sentencex_dir():
    meta = json.loads(subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--manifest-path", str(ROOT / "Cargo.toml")],
        check=True, capture_output=True, text=True).stdout)
    pkg = next(p for p in meta["packages"] if p["name"] == "sentencex")
    return Path(pkg["manifest_path"]).parent / "src" / "languages", pkg["version"]


def read_list(path):
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("//") and not line.startswith("#"):
            out.append(line)
    return out


def class_attr(source, attr):
    """The list assigned to `attr` anywhere in a pySBD language module."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == attr for t in node.targets):
            try:
                return [str(x).strip() for x in ast.literal_eval(node.value)]
            except ValueError:
                return []
    return []


def spacy_stop_words(spacy, lang):
    path = spacy / "spacy" / "lang" / lang / "stop_words.py"
    if not path.exists():
        return []
    source = path.read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 50:
            return node.value.split()
    return []


# The languages shipped: those the reader is built for first, and those of the Golden Rules with data.
LANGS = ["ar", "de", "el", "en", "es", "fr", "id", "it", "nl", "pt", "ru"]
# Size limits (the data is compiled into the wasm): abbreviations are single tokens of at most 8
# characters; stop words used as sentence starters are at most 5 letters (function words are short).
MAX_ABBREV = 8
MAX_STARTER = 5


def norm_abbrev(a):
    a = a.strip().rstrip(".").strip().lower()
    if not a or len(a) > MAX_ABBREV or any(c.isspace() or c.isdigit() or c in "/°&'’" for c in a):
        return None
    return a


def read_titles(path, spacy):
    """(abbreviation, class) pairs of scripts/data/id_titles.tsv. Entries are written as the data files
    write them (lower case, no final period); those tagged SPACY must be in spaCy's Indonesian
    tokenizer exceptions, so that a spaCy upgrade that drops one is noticed."""
    exceptions = (spacy / "spacy" / "lang" / "id" / "tokenizer_exceptions.py").read_text(encoding="utf-8")
    in_spacy = {str(node.value).strip().rstrip(",").rstrip(".").lower()
                for node in ast.walk(ast.parse(exceptions))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in ("prepositive", "plain") or norm_abbrev(fields[0]) != fields[0]:
            sys.exit(f"{path}:{n}: expected ABBREVIATION<TAB>prepositive|plain<TAB>SOURCES, normalised: {line!r}")
        if "SPACY" in fields[2].split(",") and fields[0] not in in_spacy:
            sys.exit(f"{path}:{n}: {fields[0]!r} is not in spaCy's tokenizer exceptions")
        out.append((fields[0], fields[1]))
    return out


def capitalised(word):
    return word[:1].upper() + word[1:]


def main():
    sx, sx_version = sentencex_dir()
    pysbd = wheel_dir("pysbd")
    spacy = wheel_dir("spacy")
    babel_root = wheel_dir("babel")
    sys.path.insert(0, str(babel_root))
    from babel import Locale  # noqa: E402

    langs = LANGS
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.txt"):
        old.unlink()
    for lang in langs:
        abbrev = {a for a in map(norm_abbrev, read_list(sx / "abbrev" / f"{lang}.txt")) if a}
        sources = [f"abbreviations: sentencex {sx_version} (MIT) src/languages/abbrev/{lang}.txt"]
        if lang == "id" and SHARED_ID.exists():
            for line in SHARED_ID.read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    a = norm_abbrev(line.split("\t")[0])
                    if a:
                        abbrev.add(a)
            sources.append("abbreviations: shared/data/id_abbreviations.tsv (EYD V, PUEBI 2015, EYD 2009, spaCy)")
        titles = read_titles(ID_TITLES, spacy) if lang == "id" else []
        if titles:
            abbrev.update(a for a, _ in titles)
            sources.append("abbreviations and prepositive class: scripts/data/id_titles.tsv (PUEBI 2015, EYD V, "
                           "EYD 2009, Permenristekdikti 59/2018, UU 11/2014, spaCy, libpostal, Wikipedia)")
        # A single word that is one of the language's stop words ("bien", "de", "is") is far more
        # often that word ending a sentence than an abbreviation.
        stop_words = {w.lower() for w in spacy_stop_words(spacy, lang)}
        abbrev = {a for a in abbrev if "." in a or a not in stop_words}
        prepositive, numeric = set(), set()
        if lang in PYSBD_LANG:
            src = (pysbd / "pysbd" / "lang" / f"{PYSBD_LANG[lang]}.py").read_text(encoding="utf-8")
            # A language module that does not define a class inherits pySBD's standard (English) one.
            standard = (pysbd / "pysbd" / "lang" / "common" / "standard.py").read_text(encoding="utf-8")

            def pysbd_class(attr):
                found = class_attr(src, attr) if f"{attr} =" in src else class_attr(standard, attr)
                return {a for a in map(norm_abbrev, found) if a in abbrev}

            # Titles before a name are short (Mr, Dr, Prof, Srta, Lic); pySBD's longer entries are
            # word prefixes ("super", "ultra") that also end sentences as words.
            prepositive = {a for a in pysbd_class("PREPOSITIVE_ABBREVIATIONS") if len(a) <= 4}
            numeric = pysbd_class("NUMBER_ABBREVIATIONS")
            sources.append(f"prepositive and numeric classes: pySBD 0.3.4 (MIT) pysbd/lang/{PYSBD_LANG[lang]}.py")
        prepositive |= {a for a, cls in titles if cls == "prepositive" and a in abbrev}
        if lang == "en":
            starters = set(read_list(sx / "starters" / "en.txt"))
            sources.append(f"starters: sentencex {sx_version} src/languages/starters/en.txt")
        else:
            starters = {capitalised(w) for w in spacy_stop_words(spacy, lang)
                        if w.isalpha() and len(w) <= MAX_STARTER}
            starters = {w for w in starters if w.lower() not in abbrev}
            if starters:
                sources.append(f"starters: spaCy 3.8.18 (MIT) spacy/lang/{lang}/stop_words.py, capitalised")
        fronting = set(read_list(sx / "fronting" / f"{lang}.txt"))
        if fronting:
            sources.append(f"fronting: sentencex {sx_version} src/languages/fronting/{lang}.txt")
        time_markers = set()
        for line in read_list(sx / "trailing_markers" / f"{lang}.txt"):
            suffix = line.split("|")[0].strip().lower().replace(" ", "")
            # Time of day and eras: they follow a number and may end a sentence.
            if suffix in {"a.m", "p.m", "a.d", "b.c", "b.c.e", "c.e"}:
                time_markers.add(suffix)
        if time_markers:
            sources.append(f"time markers: sentencex {sx_version} src/languages/trailing_markers/{lang}.txt")
        months, days = set(), set()
        try:
            loc = Locale.parse(lang)
            for width in ("wide", "abbreviated"):
                for ctx in ("format", "stand-alone"):
                    for name in loc.months[ctx][width].values():
                        months.add(name.rstrip(".").lower())
                    for name in loc.days[ctx][width].values():
                        days.add(name.rstrip(".").lower())
            sources.append("months and days: CLDR via Babel 2.18.0 (Unicode licence)")
        except Exception:
            pass
        sections = [
            ("abbreviations", abbrev), ("prepositive", prepositive), ("numeric", numeric),
            ("starters", starters), ("fronting", fronting), ("time", time_markers), ("months", months),
            ("days", days),
        ]
        lines = [f"# baca sentence segmenter data for '{lang}'. Generated by scripts/gen_segment_data.py; do not edit."]
        lines += [f"# {s}" for s in sources]
        for name, items in sections:
            if items:
                lines.append(f"[{name}]")
                lines += sorted(items)
        (OUT / f"{lang}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{lang}: {len(abbrev)} abbreviations, {len(starters)} starters, {len(months)} months")
    write_detection_profile()


# The Latin-script languages language detection compares, and those whose data the wasm bundles
# (the rest load beside it, so the wasm carries only their function words for detection).
DETECT = ["en", "id", "de", "es", "fr", "it", "nl", "pt"]
BUNDLED = ["en", "id"]


def write_detection_profile():
    """detect.txt: the lower-cased starters of the detected languages the wasm does not bundle,
    copied from their data files (a unit test in src/text/lang/mod.rs checks they agree)."""
    lines = ["# baca language detection profile: the starters of each language's data file, lower case.",
             "# Generated by scripts/gen_segment_data.py from src/text/lang/data/*.txt; do not edit."]
    for lang in DETECT:
        if lang in BUNDLED:
            continue
        section, words = None, set()
        for line in (OUT / f"{lang}.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("["):
                section = line
            elif section == "[starters]":
                words.add(line.strip().lower())
        lines.append(f"[{lang}]")
        lines += sorted(words)
    (OUT / "detect.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:] == ["--detect-only"]:
        write_detection_profile()
    else:
        main()
