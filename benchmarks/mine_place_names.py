"""Mine candidate place names from SaudiNewsNet: names written after a place noun
(محافظة، مدينة، بلدة، قرية، حي، مركز، منطقة، ميناء، مطار...) that the same corpus also
writes bare, where no LOC mention holds them.

The miner of ``mine_org_names.py`` (:func:`mine_org_names.run`: same days, same stories,
held-out outlets and development gold articles left out, same columns), for LOC mentions
found by the place-noun rule (method ``rule``) whose first word is an indefinite head of
:data:`HEADS`: ``helpers.entities.rules.SETTLEMENT_HEADS`` and the facility nouns ميناء،
مطار (whose bare name is mostly the town: مطار أبها ... أبها) and مركز (a Saudi
district, مركز طبب). A candidate's bare use is ``uncovered`` when no LOC mention holds
it (what a gazetteer row would add) and ``other`` when a PERSON/ORG/NORP mention holds it
(a namesake: a family name, a club).

The candidates are for reading by hand: a name goes into
``helpers/entities/data/places.csv`` (with its source) only if it names the place in
nearly every bare use; a place that is also an everyday word goes to
``place_context.txt`` too (DEVELOPING.md, "Session 12 (branch places12)").

Usage: ``python benchmarks/mine_place_names.py [--dates 2015-07-21,...] [--corpus DIR]
[--min-outlets 2] [--min-bare 3] [--max-zipf 4.0] [--out FILE]``. Exit status 2
without the corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from mine_org_names import run  # noqa: E402


def heads() -> frozenset[str]:
    """Keys of the place nouns whose following name is mined."""
    from helpers.entities import rules
    from helpers.entities.keys import surface_key

    return rules.SETTLEMENT_HEADS | {surface_key(w) for w in ("ميناء", "مطار", "مركز")}


def main(argv: list[str] | None = None) -> int:
    return run("mine_place_names", "LOC", heads(), argv)


if __name__ == "__main__":
    raise SystemExit(main())
