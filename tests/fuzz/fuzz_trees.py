"""Fuzzing corpus folders and story selections (hostile-input pass of issue 10).

Two generators, shared with ``tests/test_reliability_fuzz_trees.py`` (a bounded run in
the suite); run this script for a longer pass::

    .venv/bin/python tests/fuzz/fuzz_trees.py --examples 500

``trees``
    A folder of nested sub-folders holding ``.txt``, ``.csv``, ``.jsonl``, ``.json`` and
    ``.zip`` files (a zip of such members, some with ``..`` or absolute names, some
    sharing a stem) in UTF-8, UTF-8 with BOM, UTF-16 with BOM or cp1256, empty files,
    a BOM alone, a 300,000-character line, random bytes, and symlinks (a loop, a
    dangling one, one to the parent folder). The folder must load into a stories table
    with unique ids or raise a :class:`~helpers.errors.KhabarError` naming a path of
    the folder; ``iter_stories`` gives the same ids, and concatenating
    ``load_file`` over ``corpus_files`` gives ``load_corpus`` (the Dask path's
    contract), every skipped file with a report row.
``selections``
    A stories table (ids, an outlet column with empty values and NaN, a date column
    that is datetime, time-zone-aware, text or mixed) and selections of every form
    (ids, lists, masks, mappings with values, lists, ranges, periods, numbers, None,
    nested junk). ``select_stories`` returns ids of the corpus in corpus order without
    duplicates, or raises a KhabarError; ``resolve_sides`` returns two disjoint non-empty
    lists, or a KhabarError.

Exits non-zero, printing the failing input, on any other exception.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import (
    corpus_files,
    iter_stories,
    load_corpus,
    load_file,
    resolve_sides,
    select_stories,
)
from helpers.errors import KhabarError

AR = ["قال الرئيس إن الحكومة ستعمل", "عنوان الخبر", "نص الخبر الأول", "TT", "", "اقرأ المزيد"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1256"]
NAMES = ["a", "b", "A", "day", "2015-07-21", "ملف", "x y", "a.b"]
SUFFIXES = [".txt", ".csv", ".jsonl", ".json", ".zip", ".TXT"]


def _record(draw, i: int) -> dict:
    rec = {"title": draw(st.sampled_from(AR)), "body": draw(st.sampled_from(AR))}
    extra = draw(
        st.dictionaries(
            st.sampled_from(
                ["outlet", "date", "source", "meta_source", "id", "views", "content", "headline"]
            ),
            st.one_of(
                st.sampled_from(["okaz", "", "01/02/2015", "5 أغسطس 2015", "غدا"]),
                st.integers(-3, 3),
                st.none(),
            ),
            max_size=3,
        )
    )
    if "id" in extra:
        extra["id"] = f"id{i}"  # ids given by a file stay unique within it
    rec.update(extra)
    return rec


@st.composite
def file_text(draw, suffix: str) -> str:
    """Text of one corpus file of ``suffix`` (lower case)."""
    n = draw(st.integers(0, 3))
    if suffix == ".txt":
        return "\n".join(draw(st.sampled_from(AR)) for _ in range(n + 1))
    recs = [_record(draw, i) for i in range(n)]
    if suffix == ".csv":
        cols = sorted({k for r in recs for k in r} | {"title", "body"})
        lines = [",".join(cols)]
        for r in recs:
            lines.append(",".join(json.dumps(str(r.get(c, "")), ensure_ascii=False) for c in cols))
        return "\n".join(lines) + "\n"
    if suffix == ".jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return json.dumps(recs, ensure_ascii=False)


@st.composite
def file_bytes(draw, suffix: str) -> bytes:
    kind = draw(st.sampled_from(["text"] * 6 + ["empty", "bom", "huge", "random"]))
    if kind == "empty":
        return b""
    if kind == "bom":
        return codecs.BOM_UTF8
    if kind == "random":
        return draw(st.binary(max_size=64))
    text = draw(file_text(suffix.lower()))
    if kind == "huge":
        text += "\n" + "ن" * 300_000 + "\n"
    enc = draw(st.sampled_from(ENCODINGS))
    return text.encode(enc, "replace")


@st.composite
def zip_bytes(draw) -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for _ in range(draw(st.integers(0, 4))):
            folder = draw(st.sampled_from(["", "sub/", "../", "/abs/", "a/../", ".hidden/"]))
            suffix = draw(st.sampled_from([".txt", ".csv", ".jsonl", ".json", ".docx"]))
            name = folder + draw(st.sampled_from(NAMES)) + suffix
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # "Duplicate name"
                zf.writestr(name, draw(file_bytes(suffix)))
    return buf.getvalue()


@st.composite
def trees(draw) -> list[tuple[str, str, bytes]]:
    """Entries ``(kind, relative path, data)``: kind ``file``, ``loop``, ``dangling``,
    ``parent`` (a symlink to the folder holding it)."""
    out = []
    for _ in range(draw(st.integers(1, 6))):
        depth = draw(st.integers(0, 2))
        parts = [draw(st.sampled_from(NAMES)) for _ in range(depth)]
        suffix = draw(st.sampled_from(SUFFIXES))
        name = draw(st.sampled_from(NAMES)) + suffix
        rel = "/".join([*parts, name])
        kind = draw(st.sampled_from(["file"] * 8 + ["loop", "dangling", "parent"]))
        if kind != "file":
            out.append((kind, rel, b""))
        elif suffix == ".zip":
            out.append(("file", rel, draw(zip_bytes())))
        else:
            out.append(("file", rel, draw(file_bytes(suffix))))
    return out


def build(entries, root: Path) -> None:
    for kind, rel, data in entries:
        p = root / rel
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            continue  # a file already holds that name
        if p.exists() or p.is_symlink():
            continue
        if kind == "file":
            p.write_bytes(data)
        elif kind == "loop":
            os.symlink(p.name, p)
        elif kind == "dangling":
            os.symlink("nowhere" + p.suffix, p)
        else:
            os.symlink("..", p)


#: ``fields=`` mappings tried (the records sometimes have ``content``/``headline``).
FIELDS = [
    None,
    {"body": "content"},
    {"outlet": "source"},
    {"outlet": "id"},
    {"title": "headline", "body": "content", "date": "views"},
]


def check_tree(root: Path, fields: dict | None = None) -> str:
    """Load the folder ``root``; return ``"table"`` or the KhabarError's name."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            # as read: no corpus-level step, to compare with iter_stories and load_file
            table, report = load_corpus(
                root, return_report=True, boilerplate=False, fields=fields, duplicates="keep"
            )
        except KhabarError as exc:
            assert str(root) in str(exc), f"error names no path of the corpus: {exc}"
            return type(exc).__name__
        assert table["story_id"].is_unique
        ids = [s["story_id"] for s in iter_stories(root, fields=fields)]
        assert ids == table["story_id"].tolist()
        parts = [load_file(f, root, fields=fields) for f in corpus_files(root)]
        stories = pd.concat([p[0] for p in parts], ignore_index=True)
        assert stories["story_id"].tolist() == table["story_id"].tolist()
        rep = pd.concat([p[1] for p in parts], ignore_index=True)
        assert rep["reason"].tolist() == report["reason"].tolist()
        skipped = report[report["action"] == "skipped"]
        assert (skipped["reason"] != "").all()
        # the default drops the copies its report names, and nothing else, order kept
        kept, kept_report = load_corpus(root, return_report=True, boilerplate=False, fields=fields)
        copies = set(
            kept_report.loc[kept_report["reason"].str.startswith("duplicate story"), "story_id"]
        )
        assert kept["story_id"].tolist() == [i for i in table["story_id"] if i not in copies]
        return "table"


# --- selections ----------------------------------------------------------------------

IDS = ["s1", "s2", "s3", "s4", "S1", "s1 ", "٣"]
DATES = [
    "2015-07-21",
    "01/02/2015",
    "5 أغسطس 2015",
    "غدا",
    "",
    None,
    pd.Timestamp("2015-07-27 23:30", tz="Asia/Riyadh"),
    pd.Timestamp("2015-07-28"),
]


@st.composite
def stories_tables(draw) -> pd.DataFrame:
    ids = draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=5, unique=True))
    n = len(ids)
    outlet = draw(
        st.lists(st.sampled_from(["okaz", "sabq", "", None, np.nan]), min_size=n, max_size=n)
    )
    kind = draw(st.sampled_from(["datetime", "tz", "text", "mixed"]))
    if kind == "datetime":
        dates = pd.to_datetime(
            draw(
                st.lists(
                    st.sampled_from(["2015-07-21", "2015-07-28", None]), min_size=n, max_size=n
                )
            )
        )
    elif kind == "tz":
        dates = pd.Series(
            pd.to_datetime(
                draw(
                    st.lists(
                        st.sampled_from(["2015-07-21 23:30", "2015-07-22 01:00"]),
                        min_size=n,
                        max_size=n,
                    )
                )
            )
        ).dt.tz_localize("Asia/Riyadh")
    elif kind == "text":
        dates = draw(
            st.lists(
                st.sampled_from([d for d in DATES if isinstance(d, str | None)]),
                min_size=n,
                max_size=n,
            )
        )
    else:
        dates = draw(st.lists(st.sampled_from(DATES), min_size=n, max_size=n))
    return pd.DataFrame(
        {"story_id": ids, "outlet": outlet, "date": list(dates) if kind != "tz" else dates}
    )


SCALARS = st.one_of(
    st.sampled_from([*IDS, "nope", "", "okaz", "2015-07-21", "01/02/2015", "5 أغسطس 2015"]),
    st.integers(-2, 5),
    st.floats(allow_nan=True),
    st.none(),
    st.booleans(),
    st.just(pd.Timestamp("2015-07-21", tz="UTC")),
)


@st.composite
def selections(draw, ids: list[str]):
    n = len(ids)
    some = st.one_of(st.sampled_from(ids), SCALARS)
    form = draw(st.sampled_from(["scalar", "list", "mask", "mapping", "junk"]))
    if form == "scalar":
        return draw(some)
    if form == "list":
        return draw(st.lists(some, max_size=4))
    if form == "mask":
        return draw(st.lists(st.booleans(), min_size=max(n - 1, 0), max_size=n + 1))
    if form == "mapping":
        key = draw(
            st.sampled_from(["outlet", "date", "date:W", "date:M", "date:Y", "nope", "story_id"])
        )
        value = draw(
            st.one_of(
                SCALARS,
                st.lists(SCALARS, max_size=3),
                st.tuples(SCALARS, SCALARS),
                st.tuples(SCALARS),
            )
        )
        return {key: value}
    return draw(
        st.sampled_from([object(), b"s1", {"s1"}, ("s1",), np.array(["s1"]), [[1]], {1: 2}])
    )


def check_selection(stories: pd.DataFrame, target, reference) -> str:
    ids = stories["story_id"].tolist()
    try:
        chosen = select_stories(target, stories=stories, name="target")
    except KhabarError as exc:
        out = type(exc).__name__
    else:
        assert chosen and len(set(chosen)) == len(chosen)
        assert chosen == [s for s in ids if s in set(chosen)]
        out = "selected"
    try:
        t, r = resolve_sides(stories, target, reference)
    except KhabarError as exc:
        return out + "/" + type(exc).__name__
    assert t and r and not set(t) & set(r)
    assert set(t) | set(r) <= set(ids)
    return out + "/sides"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=300)
    args = ap.parse_args(argv)
    outcomes: dict[str, int] = {}
    opts = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )

    @opts
    @given(trees(), st.sampled_from(FIELDS))
    def run_trees(entries, fields):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "corpus"
            root.mkdir()
            build(entries, root)
            out = "trees: " + check_tree(root, fields)
            outcomes[out] = outcomes.get(out, 0) + 1

    @opts
    @given(st.data())
    def run_selections(data):
        stories = data.draw(stories_tables())
        ids = stories["story_id"].tolist()
        out = "selections: " + check_selection(
            stories, data.draw(selections(ids)), data.draw(st.one_of(st.none(), selections(ids)))
        )
        outcomes[out] = outcomes.get(out, 0) + 1

    run_trees()
    run_selections()
    print(f"{sum(outcomes.values())} inputs, no unexpected exception:")
    for k, v in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {k:44s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
