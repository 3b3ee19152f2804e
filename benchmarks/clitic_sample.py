"""Sample proclitic decisions on SaudiNewsNet text for hand annotation (development set).

Draws ``--articles`` articles (seeded) from the SaudiNewsNet development copy in
``../shared/corpora/saudinewsnet`` **excluding** the outlets reserved as held-out gold
(okaz, alriyadh, aljazirah, arriyadiyah, aleqtisadiya, was), picks up to two words per
article that start with a proclitic letter (و ف ب ل ك س) and have 3+ letters, and
prints, per word, the analysis each article gets when tokenised **alone** (no corpus
attestation): ``word<TAB>clitics<TAB>base``. Run it with two checkouts (before/after)
and compare the columns against a hand annotation; the corpus text and the annotation
stay outside the repository.

``words`` mode prints **every** such word of ``--articles`` articles (their first
``--chars`` characters), with its context, for a development set that weighs words as
running text does (the set of issue 13's second session: seeds 41 and 43, 10 articles,
1,500 characters, 794 words).

``letter`` mode picks ``--tokens`` words beginning with one proclitic letter
(``--letter``, e.g. ك) at random among every such word of the development articles
(their first 3,000 characters), one word per pick, each with its context for a hand
annotation; the first ``--tokens - --score`` picks go to ``--picks`` (tuning), the last
``--score`` to ``--picks`` with ``.score`` before the suffix (scored only). ``run`` then
gives each pick's analysis with the article tokenised alone (session 15: ك, seed 15,
300 tokens, 100 scored).

``bands`` mode (session 16) does the same on the articles session 15's ``letter`` picks
did not come from, off the raw-text days (:data:`RAW_DAYS`), a third of ``--tokens``
from each frequency band of the word form among the candidates (1-4, 5-99, 100+
occurrences), so rare forms weigh as much as كما; ``--score`` of them (a third of each
band) are scored only.

Usage::

    python benchmarks/clitic_sample.py pick  [--seed 13] [--articles 150]  # writes the picks
    python benchmarks/clitic_sample.py letter --letter ك --tokens 300 --score 100 --seed 15
    python benchmarks/clitic_sample.py bands --letter ك --tokens 330 --score 111 --seed 16 \
        --picks /tmp/kaf16/picks.tsv
    python benchmarks/clitic_sample.py run   > analysis.tsv                 # per checkout
    python benchmarks/clitic_sample.py words --seed 41 --articles 10 --chars 1500 > words.tsv
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
from saudinewsnet import CORPUS  # noqa: E402  (this folder: the corpus, once)

RESERVED = {"okaz", "alriyadh", "aljazirah", "arriyadiyah", "aleqtisadiya", "was"}
#: Days whose raw text checks a rule's changes (sessions 15 and 16): no sample from them.
RAW_DAYS = ("2015-07-26", "2015-08-02", "2015-07-21", "2015-08-04")


def articles(folder: Path, days: list[str] | None = None) -> list[str]:
    """First 3,000 characters of every non-reserved article, in file order; the day
    (the zip's name) of each is appended to ``days`` when given."""
    out = []
    for z in sorted(glob.glob(str(folder / "*.zip"))):
        with zipfile.ZipFile(z) as f:
            for name in f.namelist():
                for a in json.loads(f.read(name)):
                    if a.get("source") and a["source"] not in RESERVED and a.get("content"):
                        out.append(a["content"][:3000])
                        if days is not None:
                            days.append(Path(z).stem)
    return out


def _letter_candidates(arts: list[str], letter: str) -> list[tuple[int, re.Match]]:
    # a word starting with the letter: not preceded by an Arabic letter, mark or tatweel
    word = re.compile(f"(?<![\u0600-\u06ff]){letter}[\u0621-\u065f\u0640]{{2,}}")
    return [(i, m) for i, a in enumerate(arts) for m in word.finditer(a)]


def _write_picks(path: Path, arts: list[str], part) -> None:
    rows = []
    for i, m in part:
        ctx = arts[i][max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
        rows.append(f"{i}\t{m.start()}\t{m.group()}\t{ctx.replace(chr(9), ' ')}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["pick", "run", "words", "letter", "bands"])
    ap.add_argument("--letter", default="ك", help="letter mode: the proclitic letter")
    ap.add_argument("--tokens", type=int, default=300, help="letter mode: words picked")
    ap.add_argument("--score", type=int, default=100, help="letter mode: of them, scored only")
    ap.add_argument("--chars", type=int, default=1500, help="words mode: characters read")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--articles", type=int, default=150)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--picks", type=Path, default=Path("/tmp/clitic_picks.tsv"))
    args = ap.parse_args()
    if not args.corpus.is_dir():
        raise SystemExit(f"no SaudiNewsNet copy at {args.corpus}")
    arts = articles(args.corpus)
    rng = random.Random(args.seed)
    if args.mode == "letter":
        cands = _letter_candidates(arts, args.letter)
        picks = rng.sample(cands, args.tokens)
        scored = args.picks.with_suffix(".score" + args.picks.suffix)
        for path, part in ((args.picks, picks[: -args.score]), (scored, picks[-args.score :])):
            _write_picks(path, arts, part)
            print(f"{len(part)} words into {path} (of {len(cands)} candidates)")
        return
    if args.mode == "bands":
        # session 16: the articles of session 15's picks (letter, seed 15, 300; they fall
        # on all 12 days) and the raw-text days of sessions 15 and 16 are left out
        days: list[str] = []
        arts = articles(args.corpus, days)
        old = {i for i, _ in random.Random(15).sample(_letter_candidates(arts, args.letter), 300)}
        used = set(RAW_DAYS)
        cands = [
            (i, m)
            for i, m in _letter_candidates(arts, args.letter)
            if days[i] not in used and i not in old
        ]
        n = {}
        for _, m in cands:
            n[m.group()] = n.get(m.group(), 0) + 1
        per = args.tokens // 3
        tune, scored = [], []
        for lo, hi in ((1, 4), (5, 99), (100, 10**9)):
            band = [c for c in cands if lo <= n[c[1].group()] <= hi]
            part = rng.sample(band, per)
            k = per - args.score // 3
            tune += part[:k]
            scored += part[k:]
            print(f"band {lo}-{hi}: {len(band)} tokens, {per} picked")
        print(f"{len(cands)} candidates on {len({days[i] for i, _ in cands})} days")
        rng.shuffle(tune)
        rng.shuffle(scored)
        _write_picks(args.picks, arts, tune)
        _write_picks(args.picks.with_suffix(".score" + args.picks.suffix), arts, scored)
        return
    idx = rng.sample(range(len(arts)), args.articles)
    if args.mode == "words":
        from helpers.text import tokenize

        # article, offset, word, clitics, base, context (tokenised alone)
        for i in idx:
            text = arts[i][: args.chars]
            t = tokenize(text)
            for r in t[t["kind"].isin(["word", "number"])].itertuples():
                if (len(r.norm) >= 3 and r.norm[0] in "وفبلكس") or (
                    r.kind == "number" and r.clitics
                ):
                    ctx = text[max(0, r.start - 25) : r.end + 25].replace("\n", " ")
                    print(f"{i}\t{r.start}\t{r.surface}\t{r.clitics}\t{r.base}\t{ctx}")
        return
    if args.mode == "pick":
        out = []
        for i in idx:
            words = [
                m
                for m in re.finditer(r"[\u0621-\u064a]+", arts[i])
                if m.group()[0] in "وفبلكس" and len(m.group()) > 2
            ]
            for m in rng.sample(words, min(2, len(words))):
                out.append(f"{i}\t{m.start()}\t{m.group()}")
        args.picks.write_text("\n".join(out) + "\n", encoding="utf-8")
        print(f"{len(out)} words picked into {args.picks}")
        return
    from helpers.text import tokenize

    cache = {}
    for line in args.picks.read_text(encoding="utf-8").splitlines():
        i, start, word = line.split("\t")[:3]
        i, start = int(i), int(start)
        if i not in cache:
            cache[i] = tokenize(arts[i])
        rows = cache[i][cache[i]["start"] == start]
        if len(rows) == 0:
            print(f"{word}\t?\t?")
            continue
        print(f"{word}\t{rows['clitics'].iloc[0]}\t{rows['base'].iloc[0]}")


if __name__ == "__main__":
    main()
