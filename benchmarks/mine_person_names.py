"""Mine candidate first names from SaudiNewsNet: words standing where a first name stands
that no first-name list holds.

For each ``--dates`` day, the stories of outlets other than the held-out four (okaz,
alriyadh, aljazirah, aleqtisadiya) and of no development gold article are read with
``helpers.entities.extract_entities`` and the matcher's zones (as
``benchmarks/mine_org_names.py`` reads them). A word W (indefinite, no stopword, no name
particle, no first name that ``helpers.entities.gazetteer.first_names`` lists without
the ``common`` flag) is *evidence* of a first name where it stands:

- ``bin``: before بن / ابن and a word (the father's name: فهد بن لويبان), ``bint`` before
  بنت (a woman's name: نورة بنت عبدالله);
- ``title``: right after a title of :data:`MALE_TITLES` (الأمير، الشيخ، الدكتور،
  المهندس، اللاعب...) and before a word (a family name or a second name: الشيخ ضاحي
  خلفان), ``ftitle`` after one of :data:`FEMALE_TITLES` (السيدة، الفنانة، الدكتورة...);
- ``surname``: before an *attested surname*: the last word of a PERSON mention of two
  words or more of the same days whose last word is no first name nor the second part
  of a compound (الله، الدين) and rarer than Zipf :data:`MAX_SURNAME_ZIPF`, seen in at
  least :data:`MIN_SURNAME` mentions (توم before كروز, آلان before ستيرن);
- ``story``: before a word that the same story names alone as a person elsewhere (a
  one-word PERSON mention: ديانا before ميتوفيتش in «ديانا ميتوفيتش، مديرة صندوق ...
  تقول ميتوفيتش»), when that word is no mention here.

Each candidate's evidence is counted with its outlets, against ``uses`` (every
indefinite occurrence of the word) and ``uncovered`` (the evidence no PERSON mention
holds: what a list entry would add). Prints one TSV row per candidate with
``--min-evidence`` uses of evidence or more from ``--min-outlets`` outlets, most
uncovered evidence first: ``name, vet, zipf, namelike, bin, bint, title, ftitle,
surname, story, evidence, uncovered, uses, outlets, contexts``. ``vet``: the flag
:func:`build_first_names.vet` gives the word (``common`` or ``-``), or
``listed-common`` for a listed name flagged ``common`` (it opens a name only with more
evidence); the words ``vet`` drops (a written article, stopwords, titles, gazetteer
names, ordinary words of Zipf >= 4.0) are left out unless ``--all``. ``zipf``: the
lexicon's frequency of the word; ``namelike``:
:func:`helpers.text.lexical.looks_like_name`; ``contexts``: three uncovered uses
with 30 characters each side, ``|``-separated.

With ``--surnames``, the rows are the last words of PERSON mentions of two words or
more instead, with their bare uses that no mention holds in stories that do not name the
person in full (:func:`surname_rows`): candidates for a surname alias in
``helpers/entities/data/people.csv``.

The rows are for reading by hand: a name goes into
``helpers/entities/data/first_names.txt`` only when it is a first name in nearly every
use read, with the flag :func:`build_first_names.vet` gives it (DEVELOPING.md, "Session
12 (branch persons12)").

Usage: ``python benchmarks/mine_person_names.py [--dates 2015-07-21,...] [--corpus DIR]
[--min-outlets 2] [--min-evidence 3] [--all] [--surnames] [--out FILE]``. Exit status 2
without the corpus. The default days: :data:`MINED_DATES` (2015-07-31 and 08-01 are
kept for judging); about 6 minutes.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build_first_names import excluded_keys, vet  # noqa: E402
from mine_org_names import CHUNK, CONTEXT, day_stories, gold_articles, read_zones  # noqa: E402
from saudinewsnet import CORPUS  # noqa: E402

#: The days mined by default: nine days, 2015-07-31 and 08-01 left for judging.
MINED_DATES = (
    *("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25"),
    *("2015-07-26", "2015-07-27", "2015-08-02", "2015-08-03"),
)
#: Titles before a man's first name (written with the article, as in news; one string,
#: words split by spaces).
MALE_TITLES = (
    "الأمير الشيخ الدكتور المهندس الأستاذ اللاعب المدرب الفنان الكاتب الشاعر الإعلامي "
    "الزميل اللواء العميد العقيد المقدم الرائد النقيب الملازم الرقيب العريف الفريق "
    "المواطن الطالب الداعية المحامي الحكم المهاجم المدافع الحارس الرئيس الوزير السفير"
)
#: Titles before a woman's first name.
FEMALE_TITLES = (
    "السيدة الأميرة الدكتورة المهندسة الأستاذة الفنانة الكاتبة الشاعرة الإعلامية "
    "الزميلة المواطنة الطالبة الداعية المحامية الناشطة الممثلة المطربة اللاعبة الوزيرة"
)
SON = ("بن", "ابن")
DAUGHTER = ("بنت",)
#: An attested surname: the last word of at least this many PERSON mentions, rarer in
#: the lexicon than MAX_SURNAME_ZIPF (an everyday word ends some names: محمد الأمين).
MIN_SURNAME = 2
MAX_SURNAME_ZIPF = 3.0
PATTERNS = ("bin", "bint", "title", "ftitle", "surname", "story")


def _context(z, i: int) -> str:
    a, b = z.char_start(i), z.end[i]
    text = z.text
    ctx = f"{text[max(0, a - CONTEXT) : a]}[{text[a:b]}]{text[b : b + CONTEXT]}"
    return ctx.replace("\n", " ").replace("\t", " ")


def main(argv: list[str] | None = None) -> int:
    """Run the miner (module docstring); returns the exit status: 0, or 2 without the
    corpus."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dates", default=",".join(MINED_DATES))
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--min-outlets", type=int, default=2)
    ap.add_argument("--min-evidence", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="keep the rows build_first_names.vet drops")
    ap.add_argument(
        "--surnames",
        action="store_true",
        help="list surnames of persons named in full that stories also write alone",
    )
    ap.add_argument("--out", help="write the TSV here instead of stdout")
    args = ap.parse_args(argv)
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"mine_person_names: no corpus at {corpus}", file=sys.stderr)
        return 2

    from helpers.entities import extract_entities, load_gazetteer, rules
    from helpers.entities.gazetteer import first_names
    from helpers.entities.matcher import compile_gazetteer
    from helpers.entities.rules import lexicons as rules_lexicons
    from helpers.text import normalize
    from helpers.text.lexical import looks_like_name, zipf

    firsts = first_names()
    male = {rules_lexicons._k(w) for w in MALE_TITLES.split()}
    female = {rules_lexicons._k(w) for w in FEMALE_TITLES.split()}
    son, daughter = {rules_lexicons._k(w) for w in SON}, {rules_lexicons._k(w) for w in DAUGHTER}
    not_first = set(rules.PARTICLES) | set(rules.FOREIGN_PARTICLES) | male | female
    gaz = load_gazetteer()
    cg = compile_gazetteer(gaz)
    skip = gold_articles()
    zones_all: list = []
    person_tokens: list[set[int]] = []
    mention_tokens: list[set[int]] = []
    outlet_of: dict[str, str] = {}
    surnames: Counter = Counter()
    full_names: dict[str, Counter] = defaultdict(Counter)  # surname key -> full names
    named_in: dict[str, set] = defaultdict(set)  # surname key -> stories naming in full
    solo: dict[str, set] = defaultdict(set)  # story -> keys of its one-word PERSON mentions
    for date in args.dates.split(","):
        stories = day_stories(corpus, date, skip)
        outlet_of.update(zip(stories["story_id"].astype(str), stories["outlet"], strict=True))
        for at in range(0, len(stories), CHUNK):
            part = stories.iloc[at : at + CHUNK]
            m = extract_entities(part, gaz)
            by_zone = {key: g for key, g in m.groupby(["story_id", "zone"], sort=False)}
            for z in read_zones(part, cg):
                persons: set[int] = set()
                mentioned: set[int] = set()
                g = by_zone.get((z.story_id, z.zone))
                for r in () if g is None else g.itertuples(index=False):
                    lo = bisect.bisect_right(z.end, r.start)
                    hi = bisect.bisect_left(z.start, r.end)
                    toks = [t for t in range(lo, hi) if z.kind[t] == "word"]
                    mentioned.update(toks)
                    if r.type != "PERSON":
                        continue
                    persons.update(toks)
                    if len(toks) == 1:
                        solo[z.story_id].add(z.key[toks[0]])
                    last = toks[-1] if toks else 0
                    if len(toks) >= 2 and z.key[last] not in firsts:
                        full_names[z.key[last]][r.surface] += 1
                        named_in[z.key[last]].add(z.story_id)
                        if zipf(z.light(last)) < MAX_SURNAME_ZIPF:
                            surnames[z.key[last]] += 1
                zones_all.append(z)
                person_tokens.append(persons)
                mention_tokens.append(mentioned)
        print(f"mine_person_names: {date} {len(stories)} stories", file=sys.stderr)
    attested = {k for k, n in surnames.items() if n >= MIN_SURNAME}
    attested -= set(firsts) | set(rules.COMPOUND_SECONDS)
    if args.surnames:
        rows = surname_rows(zones_all, mention_tokens, full_names, named_in, outlet_of)
        rows = [r for r in rows if r[4] >= args.min_evidence and r[5] >= args.min_outlets]
        header = "surname\tzipf\tfull_name\tfull\tbare\toutlets\tstories_alone\tcontexts"
        return _write(args.out, header, rows)

    evidence: dict[str, Counter] = defaultdict(Counter)
    uses: Counter = Counter()
    uncovered: Counter = Counter()
    outlets: dict[str, set] = defaultdict(set)
    contexts: dict[str, list] = defaultdict(list)
    shown: dict[str, str] = {}
    for z, persons in zip(zones_all, person_tokens, strict=True):
        n = len(z)
        for i in range(n):
            k = z.key[i]
            if z.kind[i] != "word" or z.definite[i] or z.stop[i] or k in not_first:
                continue
            if k in firsts and not firsts[k]:
                continue  # listed, opens a name alone
            uses[k] += 1
            nxt = i + 1 < n and z.kind[i + 1] == "word" and z.sentence[i + 1] == z.sentence[i]
            if not nxt:
                continue
            after = z.key[i + 1]
            before = z.key[i - 1] if i > 0 and z.sentence[i - 1] == z.sentence[i] else ""
            kinds = []
            if after in son and i + 2 < n and z.kind[i + 2] == "word":
                kinds.append("bin")
            if after in daughter and i + 2 < n and z.kind[i + 2] == "word":
                kinds.append("bint")
            if before in male and z.definite[i - 1]:
                kinds.append("title")
            if before in female and z.definite[i - 1]:
                kinds.append("ftitle")
            if after in attested:
                kinds.append("surname")
            elif after in solo[z.story_id] and i + 1 not in persons:
                kinds.append("story")
            if not kinds:
                continue
            for kind in kinds:
                evidence[k][kind] += 1
            shown.setdefault(k, z.display(i))
            if i in persons:
                continue
            uncovered[k] += 1
            outlets[k].add(outlet_of.get(z.story_id, "?"))
            if len(contexts[k]) < 3:
                contexts[k].append(_context(z, i))
    excluded = excluded_keys()
    rows = []
    for k, ev in evidence.items():
        total = sum(ev.values())
        if total < args.min_evidence or len(outlets[k]) < args.min_outlets:
            continue
        word = shown[k]
        if k in firsts:
            verdict, flag = "kept", "listed-common"
        else:
            verdict, flag = vet(normalize(word, alef=False), excluded)
        if verdict != "kept" and not args.all:
            continue
        rows.append(
            (
                word,
                verdict if verdict != "kept" else flag or "-",
                round(zipf(word), 2),
                int(looks_like_name(word)),
                *(ev[p] for p in PATTERNS),
                total,
                uncovered[k],
                uses[k],
                len(outlets[k]),
                " | ".join(contexts[k]),
            )
        )
    rows.sort(key=lambda r: (-r[11], r[0]))
    header = "name\tvet\tzipf\tnamelike\t" + "\t".join(PATTERNS)
    header += "\tevidence\tuncovered\tuses\toutlets\tcontexts"
    print(f"mine_person_names: {len(attested)} attested surnames", file=sys.stderr)
    return _write(args.out, header, rows)


def surname_rows(zones_all, mention_tokens, full_names, named_in, outlet_of) -> list[tuple]:
    """``--surnames``: for the last word of every PERSON mention of two words or more
    (its key, ``full_names``), its bare uses that no mention of any type holds, in the
    stories that do not name the person in full (``named_in``: the alias rule links the
    others already); rows ``(surname, zipf, full name, full mentions, bare uses,
    outlets, stories, contexts)``, most bare uses first."""
    from helpers.text.lexical import zipf

    bare: Counter = Counter()
    outlets: dict[str, set] = defaultdict(set)
    stories: dict[str, set] = defaultdict(set)
    contexts: dict[str, list] = defaultdict(list)
    shown: dict[str, str] = {}
    for z, mentioned in zip(zones_all, mention_tokens, strict=True):
        for i, k in enumerate(z.key):
            if k not in full_names or i in mentioned or z.kind[i] != "word":
                continue
            if z.story_id in named_in[k]:
                continue
            bare[k] += 1
            shown.setdefault(k, z.display(i))
            outlets[k].add(outlet_of.get(z.story_id, "?"))
            stories[k].add(z.story_id)
            if len(contexts[k]) < 3:
                contexts[k].append(_context(z, i))
    rows = []
    for k, n in bare.items():
        name = full_names[k].most_common(1)[0][0]
        total = sum(full_names[k].values())
        rows.append(
            (
                shown[k],
                round(zipf(shown[k]), 2),
                name,
                total,
                n,
                len(outlets[k]),
                len(stories[k]),
                " | ".join(contexts[k]),
            )
        )
    rows.sort(key=lambda r: (-r[4], r[0]))
    return rows


def _write(out: str | None, header: str, rows: list[tuple]) -> int:
    """Write ``header`` and the TSV ``rows`` to the file ``out`` (atomically,
    :func:`helpers.io.atomic_write`), or to stdout if None."""
    lines = [header, *("\t".join(str(c) for c in r) for r in rows)]
    text = "\n".join(lines) + "\n"
    if out:
        from helpers.io import atomic_write

        with atomic_write(out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    print(f"mine_person_names: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
