"""Seeded selection of the fifth development set (``tests/data/dev5``; README there).

Run from the repository root: ``python tests/data/dev5/draw_dev5.py [CORPUS]``. Prints
the drawn articles per topic in draw order: topic, ``pool_index``, half, article key,
outlet, title. ``tests/test_dev5_gold.py`` checks that it gives ``articles.csv``.

The title-keyword rule, the article key, the filters of the pools, the same-story test
and the rounds of the draw are those of ``../dev4/draw_dev4.py`` and
``../dev3/draw_dev3.py`` (imported, not repeated); what differs is here: the four days
the older sets used least, bodies of 600-2,500 characters, 5 articles a topic, tighter
caps per outlet, and dev4's articles left out too.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "tests" / "data" / name.removeprefix("draw_") / f"{name}.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


draw_dev3 = _load("draw_dev3")
draw_dev4 = _load("draw_dev4")

#: Outlets of the held-out set: never drawn, never read.
HELD_OUT = draw_dev3.HELD_OUT
#: The four days with the fewest articles in the older golds (dev, dev2, dev3, dev4) and
#: quote sets together (README: 16, 17, 16 and 22 of 335; the other eight days 23-72).
DAYS = ("2015-07-22", "2015-07-26", "2015-07-27", "2015-08-03")
#: Body length in characters (NFC), bounds included.
MIN_BODY, MAX_BODY = 600, 2500
PER_TOPIC = 5
#: At most 2 of a topic's draws and 3 of the 20 from one outlet, so that no outlet
#: dominates (the pools of these days hold 7 outlets, no arreyadi: six have 3, aawsat 2).
PER_OUTLET_TOPIC = 2
PER_OUTLET = 3
TOPICS = draw_dev4.TOPICS
#: The earlier gold sets whose articles are left out (keys in ``articles.csv``), and
#: every quote development set in benchmarks/ when this set was drawn (session 21).
GOLD_SETS = ("dev", "dev2", "dev3", "dev4")
QUOTE_SETS = draw_dev4.QUOTE_SETS
topic_of = draw_dev4.topic_of
#: Halves in alternation: position ``(draw number in the topic + topic number) % 2``.
HALVES = ("tune", "test")


def pools(corpus: Path) -> dict[str, list[dict]]:
    """Candidate articles per topic of :data:`TOPICS`, sorted by key:
    ``draw_dev3.pools`` with this set's days, body bounds, dev4's topic rule and the
    exclusions :data:`GOLD_SETS`, :data:`QUOTE_SETS`."""
    used = draw_dev3.used_keys(GOLD_SETS, QUOTE_SETS)
    return draw_dev3.pools(corpus, DAYS, (MIN_BODY, MAX_BODY), topic_of, TOPICS, used)


def draw(corpus: Path) -> list[dict]:
    """dev4's draw (``draw_dev4.draw_rounds``) with this set's pools, seed
    ``"khabar-dev5-"``, :data:`PER_TOPIC`, :data:`PER_OUTLET_TOPIC` and
    :data:`PER_OUTLET`. Within a topic, drawn articles alternate tune and test, starting
    with tune in the 1st and 3rd topic (sports, foreign) and with test in the 2nd and 4th
    (economy, local), so that each half has 10 (:data:`HALVES`).

    Raises ``RuntimeError`` when a topic's pool runs out."""
    return draw_dev4.draw_rounds(
        pools(corpus),
        seed="khabar-dev5-",
        caps=(PER_TOPIC, PER_OUTLET_TOPIC, PER_OUTLET),
        half_of=lambda n_taken, topic_number: HALVES[(n_taken + topic_number) % 2],
    )


if __name__ == "__main__":
    draw_dev3.main(draw)
