"""Build ``src/helpers/text/data/first_names_extra.txt`` from the names-dataset package.

Dev-time only (issue 13 item 3: "first-name lists that include common transliterated
foreign first names"): the package is NOT a dependency of khabar; the data file it
writes is. Run from the repository root::

    .venv/bin/pip install names-dataset==3.3.1
    .venv/bin/python benchmarks/build_first_names.py [--rank 2000] [--out FILE]

Source: names-dataset 3.3.1 (Philippe Remy, MIT licence, PyPI), file
``names_dataset/v3/first_names.pkl.gz``: a dict ``name -> {"country": {ISO2: share},
"gender": {...}, "rank": {ISO2: rank}}`` drawn from a 2019 Facebook leak, so it is noisy
(ordinary words, phrases and misspellings rank as "names").

Selection (each step's count is printed):

1. Arabic-script names: letters U+0621-U+064A only, one word.
2. The cut: ranked ``<= --rank`` (default 2000) in at least two
   (:data:`MIN_COUNTRIES`) of the 18 Arab countries of :data:`ARAB` (the rank is the
   package's per-country popularity rank over all scripts; one country's list alone
   holds Facebook phrases and pet names: تعبني، ولدك).
3. Normalised with the recogniser's key rule (:func:`helpers.entities.keys.surface_key`),
   one line per key; names ``data/first_names.txt`` already holds (hand-written, with
   its own flags) are left to it.
4. Dropped: a written article (الطيب، السيد: the first-name rule reads indefinite words
   only), fewer than 3 letters, stopwords, name particles, titles, nationality
   adjectives, month and day names, head nouns of organisations and places, names of the
   gazetteer (places, organisations: a city is no first name), and ordinary words that
   a word with a pronoun suffix by the lexicon (:func:`suffixed_noun`; and
   :func:`_second_person`: ثقتي، حبيتك), a vocative يا + word (ياعلي) or a conjunction
   و/ف + a word of Zipf >= 3 (ويبقى), and ordinary words that
   the lexicon finds frequent: Zipf >= :data:`DROP_ZIPF` and not
   :func:`helpers.text.lexical.looks_like_name` (رجل، صمت، ذكريات), and any word
   of Zipf >= :data:`ANY_DROP_ZIPF` (لله، ليش).
5. Flagged ``common`` (opens a name only after a title, before another first name, or
   before a family name the lexicon reads as one; the format of ``first_names.txt``):
   the other ordinary words, Zipf >= :data:`COMMON_ZIPF` and not ``looks_like_name``
   (ماجد، سالم: Arabic names are words; the flag keeps them from opening a name alone).
6. Transliterated foreign first names the package lacks or ranks low
   (:data:`FOREIGN`: دونالد، فلاديمير، إيمانويل...), written by hand from general
   knowledge of news usage, pass steps 3-5 too.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "helpers" / "text" / "data" / "first_names_extra.txt"
#: Arab League members with their own ranks in the package (Mauritania, Somalia,
#: Djibouti and the Comoros have too few Arabic-script names to rank).
ARAB = [
    "SA",
    "EG",
    "JO",
    "AE",
    "KW",
    "QA",
    "BH",
    "OM",
    "IQ",
    "SY",
    "LB",
    "PS",
    "YE",
    "SD",
    "LY",
    "TN",
    "DZ",
    "MA",
]
#: A name must be ranked within the cut in at least this many Arab countries: one
#: country's list holds phrases and pet names of Facebook profiles (تعبني، ولدك).
MIN_COUNTRIES = 2
#: Zipf from which an ordinary word (the lexicon's reading) is dropped, not flagged.
DROP_ZIPF = 4.0
#: A name must be ranked within the cut in at least this many Arab countries: one
#: country's list holds phrases and pet names of Facebook profiles (تعبني، ولدك).
MIN_COUNTRIES = 2
#: Zipf from which any word is dropped, even one the lexicon reads as a name (لله،
#: ليش): no given name missing from the hand list is that frequent a written word.
ANY_DROP_ZIPF = 4.5
#: Zipf from which an ordinary word is flagged ``common``.
COMMON_ZIPF = 2.5
#: Dialect function words (Gulf, Levantine, Egyptian) that the names list holds as
#: "first names" and that no Arabic stopword list (MSA) has: «ليش محمد ما جاء» is no
#: person. Dropped like stopwords (وين stays: it is also Wayne, as in وين روني, and is
#: flagged common). Source: general knowledge of the dialects.
DIALECT_WORDS = [
    "ليش",
    "ليه",
    "فين",
    "شلون",
    "ايش",
    "ازاي",
    "شو",
    "مين",
    "امتى",
    "متى",
    "هيك",
    "كده",
    "كدا",
    "مش",
    "مو",
    "اللي",
    "عشان",
    "علشان",
    "هلق",
    "لسه",
    "بدي",
    "بدك",
    "يلا",
    "خلاص",
    "طيب",
    "برضو",
    "كمان",
    "دلوقتي",
    "هسه",
    "هسا",
    "شنو",
]
#: Foreign first names in their usual Arabic news spellings (general knowledge).
FOREIGN = [
    "جون",
    "جورج",
    "دونالد",
    "جو",
    "جوزيف",
    "باراك",
    "هيلاري",
    "بيل",
    "ريتشارد",
    "روبرت",
    "مايكل",
    "مايك",
    "ديفيد",
    "دافيد",
    "جيمس",
    "توماس",
    "توم",
    "تشارلز",
    "ويليام",
    "وليام",
    "بيتر",
    "بول",
    "ستيفن",
    "ستيف",
    "أندرو",
    "كريستوفر",
    "مارك",
    "فلاديمير",
    "سيرغي",
    "سيرجي",
    "ديمتري",
    "دميتري",
    "ميخائيل",
    "أليكسي",
    "ألكسندر",
    "نيكولاي",
    "إيغور",
    "بوريس",
    "إيمانويل",
    "فرانسوا",
    "نيكولا",
    "جان",
    "بيير",
    "جاك",
    "ميشيل",
    "لوران",
    "فرانك",
    "أنجيلا",
    "أنغيلا",
    "هيلموت",
    "فولفغانغ",
    "أولاف",
    "تيريزا",
    "بوريس",
    "ماتيو",
    "سيلفيو",
    "جوزيبي",
    "ماريو",
    "باولو",
    "أنطونيو",
    "فرانشيسكو",
    "خوسيه",
    "جوزيه",
    "كارلوس",
    "خوان",
    "لويس",
    "ميغيل",
    "بيدرو",
    "فيرناندو",
    "فرناندو",
    "رافائيل",
    "رافايل",
    "ماريانو",
    "كريستيانو",
    "ليونيل",
    "نيمار",
    "زلاتان",
    "وين",
    "واين",
    "ستيفن",
    "شينزو",
    "شينزو",
    "رجب",
    "أحمدي",
    "حسن",
    "نارندرا",
    "ناريندرا",
    "شي",
    "جاستن",
    "مالكوم",
    "جيريمي",
    "أنتوني",
    "توني",
    "ديفيد",
    "ريكس",
    "إريك",
    "جيف",
]


def arabic_names(path: Path, rank: int) -> dict[str, int]:
    """``{name: rank}`` of the package's Arabic-script names ranked ``<= rank`` in at
    least :data:`MIN_COUNTRIES` Arab countries (the rank: the MIN_COUNTRIES-th best)."""
    with gzip.open(path) as f:
        data = pickle.load(f)
    word = re.compile("[\u0621-\u064a]+")
    out = {}
    for name, info in data.items():
        if not word.fullmatch(name):
            continue
        ranks = sorted(info["rank"][c] for c in ARAB if c in info.get("rank", {}))
        if len(ranks) >= MIN_COUNTRIES and ranks[MIN_COUNTRIES - 1] <= rank:
            out[name] = ranks[MIN_COUNTRIES - 1]
    return out


def _second_person(light: str) -> bool:
    """A word with a suffix of the first or second person (ثقتي، حبيتك، نسيانك،
    شخصيتي): the word without it, or with ة for its ت, is attested (Zipf >= 2)."""
    from helpers.text.lexical import zipf

    for suf in ("ك", "ي", "ني"):
        stem = light[: -len(suf)]
        if not light.endswith(suf) or len(stem) < 3:
            continue
        forms = [stem, "ال" + stem]
        if stem.endswith("ت"):
            forms += [stem[:-1] + "ة", "ال" + stem[:-1] + "ة"]
        if any(zipf(f) >= 2.0 for f in forms):
            return True
    return False


def excluded_keys() -> set[str]:
    """Keys that are never a first name (step 4): stopwords, :data:`DIALECT_WORDS`, name
    particles, titles, ``rules.NOT_NAMES``, ORG and place head nouns, nationality
    adjectives and every one-word name of the gazetteer (a set of str, keyed with
    :func:`helpers.entities.keys.surface_key`)."""
    from helpers.entities import load_gazetteer, rules
    from helpers.entities.gazetteer import nisba_keys
    from helpers.entities.keys import surface_key
    from helpers.text import stopwords

    gaz_keys = set()
    for aliases in load_gazetteer().table["aliases"]:
        for a in aliases:
            if " " not in a.strip():
                gaz_keys.add(surface_key(a))
    return (
        {surface_key(w) for w in stopwords()}
        | {surface_key(w) for w in DIALECT_WORDS}
        | set(rules.PARTICLES)
        | set(rules.FOREIGN_PARTICLES)
        | {t[0] for t in rules.TITLES}
        | set(rules.NOT_NAMES)
        | set(rules.ORG_HEADS)
        | set(rules.PLACE_HEADS)
        | set(nisba_keys())
        | gaz_keys
    )


def vet(light: str, excluded: set[str], *, by_hand: bool = False) -> tuple[str, str]:
    """Steps 4-5 for one name ``light`` (normalised, alef forms kept): ``(verdict, flag)``.

    ``verdict`` is ``"kept"`` or why the name is dropped: ``"article"`` (written with the
    article: the first-name rule reads indefinite words only), ``"short"`` (fewer than 3
    letters), ``"excluded"`` (a key of ``excluded``, :func:`excluded_keys`),
    ``"suffixed"`` (a word with a pronoun suffix, يا + word, و/ف + a word of Zipf >= 3)
    or ``"ordinary"`` (an ordinary word of Zipf >= :data:`DROP_ZIPF`, any word of Zipf >=
    :data:`ANY_DROP_ZIPF`). A name written ``by_hand`` (vetted by reading, not a
    package's rank) is not dropped as suffixed or ordinary. ``flag`` is ``"common"`` for a
    kept ordinary word of Zipf >= :data:`COMMON_ZIPF` (the format of ``first_names.txt``),
    else ``""``. Zipf values: wordfreq through :mod:`helpers.text.lexical`."""
    from helpers.entities.keys import surface_key
    from helpers.text.lexical import looks_like_name, suffixed_noun, zipf

    key = surface_key(light)
    if light.startswith("ال"):
        return "article", ""
    if len(key) < 3:
        return "short", ""
    if key in excluded:
        return "excluded", ""
    z = zipf(light)
    ordinary = not looks_like_name(light)
    # a noun or verb with a pronoun suffix (ثقتي، بنتك) or a vocative (ياعلي)
    suffixed = (
        suffixed_noun(light)
        or (light[0] in "وف" and zipf(light[1:]) >= 3.0)  # ويبقى: و + يبقى
        or (light.startswith("يا") and zipf(light[2:]) > 0)
        or _second_person(light)
    )
    if suffixed and not by_hand:
        return "suffixed", ""
    if ((ordinary and z >= DROP_ZIPF) or z >= ANY_DROP_ZIPF) and not by_hand:
        return "ordinary", ""
    return "kept", "common" if ordinary and z >= COMMON_ZIPF else ""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rank", type=int, default=2000)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    try:
        import names_dataset
    except ImportError:
        sys.exit("names-dataset is not installed: .venv/bin/pip install names-dataset==3.3.1")
    from helpers.entities.gazetteer import _lines
    from helpers.entities.keys import surface_key
    from helpers.text import normalize

    pkl = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    names = arabic_names(pkl, args.rank)
    print(f"Arabic-script names ranked <= {args.rank} in an Arab country: {len(names)}")
    # the hand-written file only (first_names() also reads the file this script writes)
    hand = {surface_key(line.partition("\t")[0].strip()) for line in _lines("first_names.txt")}
    excluded = excluded_keys()
    kept: dict[str, tuple[str, str, int]] = {}  # key -> (written, flag, rank)
    dropped = {
        "article": 0,
        "short": 0,
        "hand list": 0,
        "excluded": 0,
        "suffixed": 0,
        "ordinary": 0,
    }
    candidates = sorted(names.items(), key=lambda kv: (kv[1], kv[0]))
    candidates += [(normalize(f, alef=False), 0) for f in FOREIGN]
    for name, rank in candidates:
        light = normalize(name, alef=False)
        key = surface_key(light)
        if key in hand:
            dropped["hand list"] += 1
            continue
        verdict, flag = vet(light, excluded, by_hand=rank == 0)
        if verdict != "kept":
            dropped[verdict] += 1
            continue
        if key in kept:
            continue
        kept[key] = (light, flag, rank)
    print("dropped:", dropped)
    n_common = sum(1 for v in kept.values() if v[1])
    print(f"kept {len(kept)} ({n_common} flagged common)")
    header = f"""# First names that open a PERSON mention, besides data/first_names.txt (same
# format: one name a line; "<TAB>common" marks a name that is also an everyday word).
# GENERATED by benchmarks/build_first_names.py --rank {args.rank}; do not edit by hand (add
# names to first_names.txt instead, whose lines win over these).
# Source: names-dataset 3.3.1 (Philippe Remy, MIT licence; PyPI "names-dataset",
# names_dataset/v3/first_names.pkl.gz, drawn from Facebook profiles, noisy).
# Cut: Arabic-script names ranked <= {args.rank} in at least {MIN_COUNTRIES} of
# {" ".join(ARAB)};
# dropped: a written article, < 3 letters, stopwords, particles, titles, nationality
# adjectives, months, head nouns, gazetteer names, nouns with a pronoun suffix, يا + word,
# and ordinary words of Zipf >= {DROP_ZIPF} (wordfreq, helpers.text.lexical) or any
# word of Zipf >= {ANY_DROP_ZIPF}; flagged common: ordinary words of Zipf >= {COMMON_ZIPF}.
# Plus {len(FOREIGN)} transliterated foreign first names written by hand (general knowledge).
"""
    lines = [
        f"{w}\t{flag}" if flag else w
        for w, flag, _r in sorted(kept.values(), key=lambda v: (v[2], v[0]))
    ]
    from helpers.io import atomic_write

    with atomic_write(args.out, "w", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
