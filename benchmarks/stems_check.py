"""Every type's suffix stems (:func:`helpers.text.clitics.stems`) on raw SaudiNewsNet text.

Reads the articles of the outlets other than the held-out ones
(:data:`saudinewsnet.HELD_OUT`), day by day in file order, until ``--mb`` megabytes
(UTF-8) of story text are read; normalises them (:func:`helpers.text.normalize`), takes
every distinct run of Arabic letters (a word type) and writes ``type<TAB>stem|stem...``
for each, sorted, to ``--out``, then prints the number of types, how many have a stem
other than themselves, and the SHA-256 of the file. Run it on two checkouts and compare
the files (``diff``) or the hashes: a change to ``stems`` or its suffix list shows as
the types whose lists differ (session 18, branch suffix18: the list derived from
``data/pronoun_suffixes.tsv`` gives the same file as the old hand-written tuple).

Usage::

    PYTHONPATH=src python benchmarks/stems_check.py --mb 10 --out /tmp/stems_after.tsv
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from saudinewsnet import CORPUS, HELD_OUT


def sample_texts(mb: float) -> list[str]:
    """Story bodies (str) of the non-held-out outlets, days in name order, until ``mb``
    megabytes of UTF-8 text are read."""
    texts, size, limit = [], 0, mb * 1_000_000
    for day in sorted(CORPUS.glob("*.zip")):
        with zipfile.ZipFile(day) as z:
            for name in sorted(z.namelist()):
                for story in json.loads(z.read(name).decode("utf-8")):
                    if story.get("source") in HELD_OUT or not story.get("content"):
                        continue
                    texts.append(story["content"])
                    size += len(story["content"].encode("utf-8"))
                    if size >= limit:
                        return texts
    return texts


def main() -> None:
    from helpers.charsets import ARABIC_LETTERS
    from helpers.text import normalize
    from helpers.text.clitics import stems

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if not CORPUS.is_dir():
        sys.exit(f"SaudiNewsNet not found at {CORPUS}: set KHABAR_SAUDINEWSNET")
    word = re.compile(f"[{ARABIC_LETTERS}]+")
    types = set()
    for text in sample_texts(args.mb):
        types.update(word.findall(normalize(text)))
    lines = [f"{t}\t{'|'.join(stems(t))}\n" for t in sorted(types)]
    out = Path(args.out)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text("".join(lines), encoding="utf-8")
    tmp.replace(out)
    digest = hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    stemmed = sum("|" in line for line in lines)
    print(f"{len(lines)} types, {stemmed} with a stem, sha256 {digest}")


if __name__ == "__main__":
    main()
