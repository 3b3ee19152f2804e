"""Seeded selection of the fourth development set (``tests/data/dev4``; README there).

Run from the repository root: ``python tests/data/dev4/draw_dev4.py [CORPUS]``. Prints
the drawn articles per topic in draw order: topic, ``pool_index``, half, article key,
outlet, title. ``tests/test_dev4_gold.py`` checks that it gives ``articles.csv``.

The title-keyword rule, the article key, the filters of the pools, the exclusions and
the same-story test are those of ``../dev3/draw_dev3.py`` (imported, not repeated);
what differs is here: all 12 days, bodies up to 1,800 characters, four topics of 10
with the fourth a catch-all, a cap per outlet, and topics drawn in rounds.
"""

from __future__ import annotations

import importlib.util
import random
from collections.abc import Callable
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


def pools(corpus: Path) -> dict[str, list[dict]]:
    """Candidate articles per topic of :data:`TOPICS`, sorted by key:
    ``draw_dev3.pools`` with this set's days, body bounds, topic rule and exclusions
    (:data:`GOLD_SETS`, :data:`QUOTE_SETS`)."""
    used = draw_dev3.used_keys(GOLD_SETS, QUOTE_SETS)
    return draw_dev3.pools(corpus, DAYS, (MIN_BODY, MAX_BODY), topic_of, TOPICS, used)


def draw(corpus: Path) -> list[dict]:
    """:func:`draw_rounds` of this set: seed ``"khabar-dev4-"``, :data:`PER_TOPIC`,
    :data:`PER_OUTLET_TOPIC`, :data:`PER_OUTLET`; within a topic, drawn articles
    alternate tune, test (even position tune)."""
    return draw_rounds(
        pools(corpus),
        seed="khabar-dev4-",
        caps=(PER_TOPIC, PER_OUTLET_TOPIC, PER_OUTLET),
        half_of=lambda n_taken, topic_number: "tune" if n_taken % 2 == 0 else "test",
    )


def draw_rounds(
    topic_pools: dict[str, list[dict]],
    seed: str,
    caps: tuple[int, int, int],
    half_of: Callable[[int, int], str],
) -> list[dict]:
    """The draw of dev4 and dev5 (``../dev5/draw_dev5.py`` imports it). Each topic's pool
    is shuffled with ``random.Random(seed + topic)``; then in rounds, each topic in
    ``topic_pools`` order takes the next article of its pool, skipping those whose
    outlet already has ``caps[1]`` of the topic's draws or ``caps[2]`` draws in all, and
    bodies that are ``draw_dev3.same_story`` as one taken before, until each has
    ``caps[0]``. An article's half is ``half_of(draws already in its topic, topic's
    number)``. Rows in topic order, each topic in draw order.

    Raises ``RuntimeError`` when a topic's pool runs out."""
    per_topic, per_outlet_topic, per_outlet = caps
    shuffled = {}
    for topic, pool in topic_pools.items():
        random.Random(seed + topic).shuffle(pool)
        shuffled[topic] = pool
    topics = list(shuffled)
    taken: dict[str, list[dict]] = {t: [] for t in topics}
    pos = dict.fromkeys(topics, 0)
    while any(len(v) < per_topic for v in taken.values()):
        for topic, pool in shuffled.items():
            mine, every = taken[topic], [a for v in taken.values() for a in v]
            while len(mine) < per_topic and pos[topic] < len(pool):
                a, i = pool[pos[topic]], pos[topic]
                pos[topic] += 1
                if sum(t["outlet"] == a["outlet"] for t in mine) >= per_outlet_topic:
                    continue
                if sum(t["outlet"] == a["outlet"] for t in every) >= per_outlet:
                    continue
                if any(draw_dev3.same_story(a, t) for t in every):
                    continue
                half = half_of(len(mine), topics.index(topic))
                mine.append({**a, "topic": topic, "pool_index": i, "half": half})
                break
            else:
                if len(mine) < per_topic:
                    raise RuntimeError(f"{topic}: pool exhausted at {len(mine)} draws")
    return [a for v in taken.values() for a in v]


if __name__ == "__main__":
    draw_dev3.main(draw)
