"""Seeded selection of the fourth development set (``tests/data/dev4``; README there).

Run from the repository root: ``python tests/data/dev4/draw_dev4.py [CORPUS]``. Prints
the drawn articles per topic in draw order: topic, ``pool_index``, half, article key,
outlet, title. ``tests/test_dev4_gold.py`` checks that it gives ``articles.csv``.

The title-keyword rule, the article key and the same-story test are those of
``../dev3/draw_dev3.py`` (imported, not repeated); what differs is here: all 12 days,
bodies up to 1,800 characters, four topics of 10 with the fourth a catch-all.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import random
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location(
    "draw_dev3", ROOT / "tests" / "data" / "dev3" / "draw_dev3.py"
)
draw_dev3 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(draw_dev3)

#: Outlets of the held-out set (all 36 of its articles are theirs): never drawn, never read.
HELD_OUT = draw_dev3.HELD_OUT
#: Every day of the corpus copy.
DAYS = (
    *("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26"),
    *("2015-07-27", "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"),
)
#: Body length in characters (NFC), bounds included.
MIN_BODY, MAX_BODY = 400, 1800
PER_TOPIC = 10
PER_OUTLET_TOPIC = 3
#: At most this many of the 40 from one outlet (40 / 8 outlets = 5, plus one of slack:
#: arreyadi has no foreign and one economy article in the pools).
PER_OUTLET = 6
#: Topics tried in this order by ``draw_dev3.topic_of`` (the keywords of dev3's topics
#: of the same name); a title with none of their keywords is ``local`` (local news and
#: everything else: health, education, society).
KEYWORD_TOPICS = {t: draw_dev3.TOPICS[t] for t in ("sports", "economy", "foreign")}
TOPICS = (*KEYWORD_TOPICS, "local")
#: The earlier gold sets whose articles are left out (keys in ``articles.csv``), and the
#: quote development sets that existed when this set was drawn (session 9 start).
GOLD_SETS = ("dev", "dev2", "dev3")
QUOTE_SETS = (
    *("quotes_dev.tsv", "quotes_dev2.tsv", "quotes_dev3.tsv", "quotes_dev4.tsv"),
    "quotes_dev5.tsv",
)


def topic_of(title: str) -> str:
    """The first of :data:`KEYWORD_TOPICS` with a keyword in ``title``, else ``local``."""
    return draw_dev3.topic_of(title, KEYWORD_TOPICS) or "local"


def used_keys() -> set[str]:
    """Article keys of :data:`GOLD_SETS` and ``quotes:<story id>`` of :data:`QUOTE_SETS`
    (story ids ``<day>/<day>-<1-based position>``, matched in :func:`pools`)."""
    keys = set()
    for sub in GOLD_SETS:
        with open(ROOT / "tests" / "data" / sub / "articles.csv", encoding="utf-8") as f:
            keys |= {r["article"] for r in csv.DictReader(f)}
    for tsv in (ROOT / "benchmarks" / name for name in QUOTE_SETS):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith(("#", "story_id")):
                keys.add("quotes:" + line.split("\t")[0])
    return keys


def pools(corpus: Path) -> dict[str, list[dict]]:
    """Candidate articles per topic, sorted by key: not held out, not used, a non-blank
    title, body of :data:`MIN_BODY`-:data:`MAX_BODY` characters, one per key, and of
    articles with the same title the first key only."""
    used = used_keys()
    out: dict[str, dict[str, dict]] = {t: {} for t in TOPICS}
    titles: dict[str, str] = {}
    for day in DAYS:
        with zipfile.ZipFile(corpus / f"{day}.zip") as z:
            arr = json.loads(z.read(f"{day}.json"))
        for i, a in enumerate(arr, start=1):
            if a["source"] in HELD_OUT:
                continue
            key = draw_dev3.article_key(day, a["url"])
            if key in used or f"quotes:{day}/{day}-{i}" in used:
                continue
            raw = unicodedata.normalize("NFC", a["title"] or "")
            title, body = raw.strip(), unicodedata.normalize("NFC", a["content"] or "")
            if not title or not MIN_BODY <= len(body) <= MAX_BODY:
                continue
            # the zone texts as annotated (title not stripped: offsets count from it)
            row = {"article": key, "outlet": a["source"], "title": raw, "body": body}
            out[topic_of(title)].setdefault(key, row)
            titles[key] = title
    first: dict[str, str] = {}
    for key in sorted(titles):
        first.setdefault(titles[key], key)
    return {t: [v[k] for k in sorted(v) if first[titles[k]] == k] for t, v in out.items()}


def draw(corpus: Path) -> list[dict]:
    """Each topic's pool shuffled with ``random.Random("khabar-dev4-" + topic)``; then
    in rounds, each topic in :data:`TOPICS` order takes the next article of its pool,
    skipping those whose outlet already has :data:`PER_OUTLET_TOPIC` of the topic's
    draws or :data:`PER_OUTLET` draws in all, and bodies that are
    ``draw_dev3.same_story`` as one taken before, until each has :data:`PER_TOPIC`.
    Within a topic, drawn articles alternate tune, test (even position tune). Rows in
    topic order, each topic in draw order."""
    shuffled = {}
    for topic, pool in pools(corpus).items():
        random.Random("khabar-dev4-" + topic).shuffle(pool)
        shuffled[topic] = pool
    taken: dict[str, list[dict]] = {t: [] for t in TOPICS}
    pos = dict.fromkeys(TOPICS, 0)
    while any(len(v) < PER_TOPIC for v in taken.values()):
        for topic, pool in shuffled.items():
            mine, every = taken[topic], [a for v in taken.values() for a in v]
            while len(mine) < PER_TOPIC and pos[topic] < len(pool):
                a, i = pool[pos[topic]], pos[topic]
                pos[topic] += 1
                if sum(t["outlet"] == a["outlet"] for t in mine) >= PER_OUTLET_TOPIC:
                    continue
                if sum(t["outlet"] == a["outlet"] for t in every) >= PER_OUTLET:
                    continue
                if any(draw_dev3.same_story(a, t) for t in every):
                    continue
                half = "tune" if len(mine) % 2 == 0 else "test"
                mine.append({**a, "topic": topic, "pool_index": i, "half": half})
                break
            else:
                if len(mine) < PER_TOPIC:
                    raise RuntimeError(f"{topic}: pool exhausted at {len(mine)} draws")
    return [a for v in taken.values() for a in v]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from saudinewsnet import find_corpus

    corpus = find_corpus(sys.argv[1] if len(sys.argv) > 1 else None)
    if corpus is None:
        raise SystemExit("SaudiNewsNet not found (give its folder as the argument)")
    for r in draw(corpus):
        print(r["topic"], r["pool_index"], r["half"], r["article"], r["outlet"], r["title"])
