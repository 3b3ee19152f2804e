"""Mine candidate organisation names from SaudiNewsNet: names written after an ORG head
noun that the same corpus also writes bare.

For each ``--dates`` day, the stories of outlets other than the held-out four (okaz,
alriyadh, aljazirah, aleqtisadiya) and of no development gold article (``tests/data/dev*``,
both halves) are read with ``helpers.entities.extract_entities``. Every ORG mention found
by a head rule (method ``rule``, first word an indefinite head of
``helpers.entities.rules.ORG_HEADS``, ``SELF_NAMED_ORG_HEADS`` or
``NAMED_ONLY_ORG_HEADS``: شركة أرامكو السعودية، حزب العدالة والتنمية) gives its name
without the head, and every leading part of that name (أرامكو السعودية، أرامكو) is a
candidate. Each candidate is then looked for in the same stories' words, bare: not right
after a head noun. A bare use is ``uncovered`` when no ORG mention holds it (what a new
gazetteer entry would add) and ``other`` when a PERSON/LOC/NORP mention holds it (a sign
of ambiguity).

Prints one TSV row per candidate whose uncovered bare uses come from at least
``--min-outlets`` outlets and number at least ``--min-bare``, most uncovered first (a
one-word name of Zipf ``--max-zipf`` or more, an everyday word, and a name opening with a
stopword are left out):
``name, zipf, headed, heads, bare, uncovered, other, outlets, contexts`` (``zipf``: the
lexicon's frequency of the name's first word; ``contexts``: three uncovered uses with 30
characters each side, ``|``-separated). The candidates are for reading by hand: a name
goes into ``helpers/entities/data/mined_orgs.csv`` only if it is an organisation in
nearly every use (DEVELOPING.md, "Session 11 (branch orgmine11)").

Usage: ``python benchmarks/mine_org_names.py [--dates 2015-07-21,...] [--corpus DIR]
[--min-outlets 2] [--min-bare 3] [--max-zipf 4.0] [--out FILE]``. Exit status 2
without the corpus. The default days (all but 2015-08-01 and 08-04, kept for judging):
9,783 stories, 3.5 minutes, 912 candidates at session 11's tree.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from compare_mentions import HELD_OUT  # noqa: E402
from saudinewsnet import CORPUS, FIELDS, ROOT  # noqa: E402

#: The days mined by default: all but 2015-08-01 and 2015-08-04, kept for judging.
MINED_DATES = (
    *("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25"),
    *("2015-07-26", "2015-07-27", "2015-07-31", "2015-08-02", "2015-08-03"),
)
#: Stories read per ``extract_entities`` call (memory, not results: each story is read
#: alone).
CHUNK = 400
#: Most words of a name after its head that are mined.
MAX_NAME_WORDS = 4
CONTEXT = 30


def gold_articles() -> set[str]:
    """Keys (``date:sha1(url)[:12]``) of every development gold article, any half."""
    keys: set[str] = set()
    for path in sorted((ROOT / "tests" / "data").glob("dev*/articles.csv")):
        keys |= set(pd.read_csv(path, dtype=str, keep_default_na=False)["article"])
    return keys


def day_stories(corpus: Path, date: str, skip: set[str]) -> pd.DataFrame:
    """The stories of one day: held-out outlets and gold articles left out."""
    from helpers.corpus import load_corpus

    stories = load_corpus(corpus / f"{date}.zip", fields=FIELDS, progress=False)
    keys = [f"{date}:{hashlib.sha1(u.encode('utf-8')).hexdigest()[:12]}" for u in stories["url"]]
    keep = ~stories["outlet"].isin(HELD_OUT) & ~pd.Series(keys, index=stories.index).isin(skip)
    return stories[keep].reset_index(drop=True)


def read_zones(stories: pd.DataFrame, cg) -> list:
    """The matcher's zones (keys, articles, kinds of every token) of the stories, as
    ``extract_entities`` reads them (:func:`helpers.entities.matcher.read_raw_zone` on
    :func:`helpers.text.raw_tokens`, the one reading path)."""
    from helpers.corpus import zones as make_zones
    from helpers.entities.matcher import read_raw_zone
    from helpers.text import raw_tokens

    zt = make_zones(stories)
    texts = zt["text"].tolist()
    raw, analyse = raw_tokens(texts)
    seen: dict = {}
    out = []
    for sid, zone, text, toks in zip(zt["story_id"], zt["zone"], texts, raw, strict=True):
        if toks:
            out.append(read_raw_zone(str(sid), zone, text, toks, analyse, seen, cg))
    return out


def mine(
    dates: list[str],
    corpus: Path,
    typ: str,
    heads: frozenset[str],
    *,
    min_outlets: int,
    min_bare: int,
    max_zipf: float,
    tool: str,
) -> list[tuple]:
    """Candidate names of type ``typ`` (``ORG`` or ``LOC``): the words after an indefinite
    head of ``heads`` in a rule-found ``typ`` mention, and every leading part of them,
    with their bare uses in the same stories (not right after a word of ``heads``).

    Returns rows ``(name, zipf, headed, heads, bare, uncovered, other, outlets,
    contexts)``, most uncovered first (see the module docstring): ``uncovered`` counts
    bare uses no ``typ`` mention holds, ``other`` those a mention of another type holds.
    ``tool`` names the calling script in the progress lines (stderr). Raises
    ``FileNotFoundError`` if a day's zip is missing."""
    from helpers.entities import extract_entities, load_gazetteer
    from helpers.entities.matcher import compile_gazetteer
    from helpers.text.lexical import zipf

    gaz = load_gazetteer()
    cg = compile_gazetteer(gaz)
    skip = gold_articles()
    headed: Counter = Counter()
    head_words: dict[tuple, Counter] = defaultdict(Counter)
    shown: dict[tuple, str] = {}
    zones_all: list = []
    own_tokens: list[set[int]] = []
    other_tokens: list[set[int]] = []
    outlet_of: dict[str, str] = {}
    for date in dates:
        stories = day_stories(corpus, date, skip)
        outlet_of.update(zip(stories["story_id"].astype(str), stories["outlet"], strict=True))
        for at in range(0, len(stories), CHUNK):
            part = stories.iloc[at : at + CHUNK]
            m = extract_entities(part, gaz)
            zl = read_zones(part, cg)
            by_zone = {key: g for key, g in m.groupby(["story_id", "zone"], sort=False)}
            for z in zl:
                own: set[int] = set()
                others: set[int] = set()
                g = by_zone.get((z.story_id, z.zone))
                for r in () if g is None else g.itertuples(index=False):
                    lo = bisect.bisect_right(z.end, r.start)
                    hi = bisect.bisect_left(z.start, r.end)
                    toks = list(range(lo, hi))
                    (own if r.type == typ else others).update(toks)
                    if r.type != typ or r.method != "rule" or len(toks) < 2:
                        continue
                    i = toks[0]
                    if z.key[i] not in heads or z.definite[i]:
                        continue
                    words = [t for t in toks[1:] if z.kind[t] == "word"][:MAX_NAME_WORDS]
                    for n in range(1, len(words) + 1):
                        name = tuple(z.key[t] for t in words[:n])
                        headed[name] += 1
                        head_words[name][z.display(i)] += 1
                        shown.setdefault(name, " ".join(z.display(t) for t in words[:n]))
                zones_all.append(z)
                own_tokens.append(own)
                other_tokens.append(others)
        print(f"{tool}: {date} {len(stories)} stories", file=sys.stderr)

    index: dict[str, list[tuple]] = defaultdict(list)
    for name in headed:
        index[name[0]].append(name)
    bare: Counter = Counter()
    uncovered: Counter = Counter()
    other: Counter = Counter()
    outlets: dict[tuple, set] = defaultdict(set)
    contexts: dict[tuple, list] = defaultdict(list)
    for z, own, others in zip(zones_all, own_tokens, other_tokens, strict=True):
        for i, k in enumerate(z.key):
            for name in index.get(k, ()):
                j = i + len(name)
                if j > len(z) or tuple(z.key[i:j]) != name:
                    continue
                if any(z.kind[t] != "word" for t in range(i, j)):
                    continue
                if i > 0 and z.key[i - 1] in heads and z.sentence[i - 1] == z.sentence[i]:
                    continue  # after its head: not bare
                bare[name] += 1
                if any(t in others for t in range(i, j)):
                    other[name] += 1
                elif not any(t in own for t in range(i, j)):
                    uncovered[name] += 1
                    outlets[name].add(outlet_of.get(z.story_id, "?"))
                    if len(contexts[name]) < 3:
                        a, b = z.char_start(i), z.end[j - 1]
                        text = z.text
                        ctx = f"{text[max(0, a - CONTEXT) : a]}[{text[a:b]}]{text[b : b + CONTEXT]}"
                        contexts[name].append(ctx.replace("\n", " ").replace("\t", " "))
    rows = [
        (
            shown[n],
            round(zipf(shown[n].split()[0]), 2),
            headed[n],
            ";".join(f"{h}:{c}" for h, c in head_words[n].most_common(3)),
            bare[n],
            uncovered[n],
            other[n],
            len(outlets[n]),
            " | ".join(contexts[n]),
        )
        for n in headed
        if uncovered[n] >= min_bare
        and len(outlets[n]) >= min_outlets
        and not (len(n) == 1 and zipf(shown[n]) >= max_zipf)
        and n[0] not in cg.stop
    ]
    rows.sort(key=lambda r: (-r[5], r[0]))
    print(f"{tool}: {len(headed)} headed names, {len(rows)} candidates", file=sys.stderr)
    return rows


def write_rows(rows: list[tuple], out: str | None) -> None:
    """The TSV of :func:`mine`'s rows, with its header, to ``out`` (written atomically
    through a temporary file in the same folder) or stdout."""
    header = "name\tzipf\theaded\theads\tbare\tuncovered\tother\toutlets\tcontexts"
    lines = [header, *("\t".join(str(c) for c in r) for r in rows)]
    text = "\n".join(lines) + "\n"
    if out:
        path = Path(out)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    else:
        sys.stdout.write(text)


def arguments(tool: str, argv: list[str] | None) -> argparse.Namespace | None:
    """The options every miner takes (``--dates``, ``--corpus``, ``--min-outlets``,
    ``--min-bare``, ``--max-zipf``, ``--out``); ``None`` (a message on stderr) without the
    corpus."""
    ap = argparse.ArgumentParser(prog=tool)
    ap.add_argument("--dates", default=",".join(MINED_DATES))
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--min-outlets", type=int, default=2)
    ap.add_argument("--min-bare", type=int, default=3)
    ap.add_argument(
        "--max-zipf",
        type=float,
        default=4.0,
        help="leave out one-word names at least this frequent in the lexicon (everyday words)",
    )
    ap.add_argument("--out", help="write the TSV here instead of stdout")
    args = ap.parse_args(argv)
    if not Path(args.corpus).is_dir():
        print(f"{tool}: no corpus at {args.corpus}", file=sys.stderr)
        return None
    return args


def run(tool: str, typ: str, heads: frozenset[str], argv: list[str] | None) -> int:
    """A miner's command line: read the options (:func:`arguments`), :func:`mine` names of
    type ``typ`` after ``heads``, write the TSV (:func:`write_rows`). Exit status 0, or 2
    without the corpus."""
    args = arguments(tool, argv)
    if args is None:
        return 2
    rows = mine(
        args.dates.split(","),
        Path(args.corpus),
        typ,
        heads,
        min_outlets=args.min_outlets,
        min_bare=args.min_bare,
        max_zipf=args.max_zipf,
        tool=tool,
    )
    write_rows(rows, args.out)
    return 0


def main(argv: list[str] | None = None) -> int:
    from helpers.entities import rules

    heads = rules.ORG_HEADS | rules.SELF_NAMED_ORG_HEADS | rules.NAMED_ONLY_ORG_HEADS
    return run("mine_org_names", "ORG", heads, argv)


if __name__ == "__main__":
    raise SystemExit(main())
