"""Build ``src/helpers/entities/data/first_name_gender.tsv`` (next to the first-name
lists): khabar's first names that are common in the Arab countries, with their gender,
from the names-dataset package.

Dev-time only (issue 13 item 4, session 8): the package is NOT a dependency of khabar; the
data file it writes is. Run from the repository root::

    .venv/bin/pip download names-dataset==3.3.1 --no-deps -d /tmp/nd   # or pip install
    .venv/bin/python benchmarks/build_name_gender.py [--pickle FILE] [--out FILE]

``--pickle``: ``names_dataset/v3/first_names.pkl.gz`` (inside the wheel; default: the
installed package's). Source: names-dataset 3.3.1 (Philippe Remy, MIT licence, PyPI), a
dict ``name -> {"country": {ISO2: share}, "gender": {"M": share, "F": share}, "rank":
{ISO2: rank}}`` drawn from a 2019 Facebook leak (noisy; see
``benchmarks/build_first_names.py``, whose cut this is).

Rows: every key of :func:`helpers.entities.gazetteer.first_names` (khabar's first names,
both files) with a spelling (one Arabic word) whose key
(:func:`helpers.entities.keys.surface_key`) is that key and that is ranked
``<= RANK`` in at least ``MIN_COUNTRIES`` of the Arab countries of
``build_first_names.ARAB`` (the cut of ``first_names_extra.txt``). Such a first name is
*common*: alone it names a different person in every story (``helpers.quotes``: a
speaker named by it alone is no speaker of its own unless the story shows who), read by
:func:`helpers.entities.gazetteer.first_name_gender`. Gender: ``f`` when the package gives
the spellings of the key a female share >= ``SHARE`` (mean over its spellings that pass
the cut), ``m`` when the male share is, else ``-``.

Foreign names (session 20): the package's Arabic-script spellings are those of Arab
Facebook users, but the press writes with the same letters the names of foreign people,
and one Arabic spelling can write a man's and a woman's European name (the French
feminine adds a silent ‑e: Daniel and Danielle are both دانيال; Lawrence and Laurence
both لورنس). :data:`LATIN_SPELLINGS` lists, for each foreign name among the rows, the
Latin names the press writes with it; each is given the gender of its own entry in the
same package (share >= ``SHARE``, else ``-``), and a key keeps a gender only when its
Arabic-script gender and every Latin name's gender are the same letter (دانيال: m from
the Arabic script, Danielle f → ``-``). A Latin name missing from the package is an
error: the list is then wrong.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "helpers" / "entities" / "data" / "first_name_gender.tsv"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_first_names import ARAB, MIN_COUNTRIES  # noqa: E402

#: The popularity cut (the package's per-country rank): as ``build_first_names --rank``.
RANK = 2000
#: The share of one gender from which a name is that gender's.
SHARE = 0.8
_ARABIC_WORD = re.compile("[\u0621-\u064a]+")

#: The foreign first names among the rows (keys of :func:`surface_key`), each with the
#: Latin names the Arabic press writes with that spelling (checked by hand against
#: the rows of the file: every key of a European name, session 20). Source of each gender:
#: the package's own entry of the Latin name.
LATIN_SPELLINGS: dict[str, tuple[str, ...]] = {
    "ايلين": ("Eileen", "Aileen"),
    "جان": ("Jean", "Jane"),
    "جورج": ("George", "Georges"),
    "جوزيف": ("Joseph",),
    "جوليا": ("Julia",),
    "جون": ("John",),
    "دانيال": ("Daniel", "Danielle"),
    "روميو": ("Romeo",),
    "ريمون": ("Raymond",),
    "سالي": ("Sally",),
    "سوزان": ("Suzanne", "Susan"),
    "سيلين": ("Celine", "Céline"),
    "طوني": ("Tony",),
    "لورنس": ("Lawrence", "Laurence"),
    "ليليان": ("Lilian", "Liliane", "Lillian"),
    "ليندا": ("Linda",),
    "ماريا": ("Maria",),
    "نانسي": ("Nancy",),
    "نتالي": ("Natalie", "Nathalie"),
    "هيلين": ("Helen", "Hélène"),
}


def _gender(f: float, m: float) -> str:
    """``f`` when the female share ``f`` is >= :data:`SHARE`, ``m`` when the male share
    ``m`` is, else ``-`` (shares in 0..1, as the package gives them)."""
    return "f" if f >= SHARE else "m" if m >= SHARE else "-"


def latin_gender(data: dict, key: str, arabic: str) -> str:
    """The gender of ``key`` given its Arabic-script gender ``arabic`` (``f``/``m``/``-``):
    ``arabic`` when every Latin name of :data:`LATIN_SPELLINGS` for ``key`` has that gender
    in ``data`` (the package's dict), else ``-``; ``arabic`` for a key not listed.
    Raises ``KeyError`` naming a listed Latin name the package lacks."""
    for latin in LATIN_SPELLINGS.get(key, ()):
        if latin not in data:
            raise KeyError(f"{latin!r} (LATIN_SPELLINGS[{key!r}]) is not in the package")
        g = data[latin].get("gender") or {}
        if _gender(g.get("F", 0.0), g.get("M", 0.0)) != arabic:
            return "-"
    return arabic


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pickle", type=Path)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    path = args.pickle
    if path is None:
        import names_dataset

        path = Path(names_dataset.__file__).parent / "v3" / "first_names.pkl.gz"
    from helpers.entities.gazetteer import first_names
    from helpers.entities.keys import surface_key

    ours = set(first_names())
    with gzip.open(path) as f:
        data = pickle.load(f)
    shares: dict[str, list[tuple[float, float]]] = {}
    for name, v in data.items():
        if not _ARABIC_WORD.fullmatch(name):
            continue
        ranks = v.get("rank") or {}
        if sum(1 for c in ARAB if ranks.get(c) and ranks[c] <= RANK) < MIN_COUNTRIES:
            continue
        key = surface_key(name)
        if key in ours:
            g = v.get("gender") or {}
            shares.setdefault(key, []).append((g.get("F", 0.0), g.get("M", 0.0)))
    rows = []
    for key in sorted(shares):
        f = sum(s[0] for s in shares[key]) / len(shares[key])
        m = sum(s[1] for s in shares[key]) / len(shares[key])
        rows.append((key, latin_gender(data, key, _gender(f, m))))
    head = [
        "# khabar's first names (helpers.entities.gazetteer.first_names keys) that are common in",
        "# the Arab countries, with their gender. GENERATED by benchmarks/build_name_gender.py;",
        "# do not edit by hand. Source: names-dataset 3.3.1 (Philippe Remy, MIT licence; PyPI",
        "# names-dataset, names_dataset/v3/first_names.pkl.gz, drawn from Facebook profiles,",
        f"# noisy). Cut: ranked <= {RANK} in at least {MIN_COUNTRIES} of " + " ".join(ARAB) + ";",
        f"# gender f/m: that gender's share >= {SHARE} (mean over the key's spellings), else -;",
        "# - too for a foreign name whose Latin names (LATIN_SPELLINGS) differ (دانيال: Danielle).",
        "key\tgender",
    ]
    text = "\n".join(head + [f"{k}\t{g}" for k, g in rows]) + "\n"
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(args.out)
    counts = {g: sum(1 for _k, x in rows if x == g) for g in "fm-"}
    print(f"{len(rows)} names of {len(ours)} first names: {counts} -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
