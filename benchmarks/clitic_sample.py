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

Usage::

    python benchmarks/clitic_sample.py pick  [--seed 13] [--articles 150]  # writes the picks
    python benchmarks/clitic_sample.py letter --letter ك --tokens 300 --score 100 --seed 15
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


def articles(folder: Path) -> list[str]:
    out = []
    for z in sorted(glob.glob(str(folder / "*.zip"))):
        with zipfile.ZipFile(z) as f:
            for name in f.namelist():
                for a in json.loads(f.read(name)):
                    if a.get("source") and a["source"] not in RESERVED and a.get("content"):
                        out.append(a["content"][:3000])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["pick", "run", "words", "letter"])
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
        # a word starting with the letter: not preceded by an Arabic letter, mark or tatweel
        word = re.compile(f"(?<![\u0600-\u06ff]){args.letter}[\u0621-\u065f\u0640]{{2,}}")
        cands = [(i, m) for i, a in enumerate(arts) for m in word.finditer(a)]
        picks = rng.sample(cands, args.tokens)
        scored = args.picks.with_suffix(".score" + args.picks.suffix)
        for path, part in ((args.picks, picks[: -args.score]), (scored, picks[-args.score :])):
            rows = []
            for i, m in part:
                ctx = arts[i][max(0, m.start() - 40) : m.end() + 40].replace("\n", " ")
                rows.append(f"{i}\t{m.start()}\t{m.group()}\t{ctx.replace(chr(9), ' ')}")
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
            print(f"{len(rows)} words into {path} (of {len(cands)} candidates)")
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
