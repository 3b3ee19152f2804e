"""Fuzzing the corpus loader: every input ends in a stories table or a KhabarError.

The strategies here are shared with ``tests/test_reliability_fuzz.py``, which runs a
bounded number of examples in the test suite. Run this script for a longer pass::

    .venv/bin/python tests/fuzz/fuzz_loader.py --examples 5000

It exits non-zero, printing the failing input, on any exception that is not a
``helpers.errors.KhabarError``.
"""

from __future__ import annotations

import argparse
import codecs
import json
import sys
import tempfile
import warnings
import zipfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import STORY_COLUMNS, load_corpus, trace_lines
from helpers.errors import KhabarError

TITLE = "بيان منسوب لبشار الأسد: غادرت بطلب روسي"
CAPTION = "الرئيس السوري المخلوع بشار الأسد (رويترز - أرشيفية)"
BODY = "نفى الرئيس السوري المخلوع بشار الأسد، أن يكون قد غادر سوريا «بشكل مخطَّط له»."
PIECES = [
    "TT",
    TITLE,
    CAPTION,
    "صورة من الاجتماع (أ.ف.ب)",
    BODY,
    "وقال الوزير: «نعم».",
    "",
    "   ",
    "اقرأ المزيد",
    "شارك",
    "<p>نص &amp; <b>عريض</b></p>",
    "<script>alert(1)",
    "</script>",
    "(رويترز)",
    "(",
    ")",
    "\x00",
    "\u202e",
    "\ud800",
    "\x0c",
    TITLE.encode().decode("cp1256"),
    BODY.encode().decode("latin-1"),
    "A Latin line.",
    "...",
    "<![ x]>",
    "<![if x]> نص",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
]
#: Pieces of malformed markup: html.parser raises AssertionError on some of their
#: combinations (``<![`` followed by anything but a keyword); the loader must not.
MARKUP = [
    "<![",
    "<!",
    "<?",
    "</",
    "<",
    ">",
    "&#",
    "&#x",
    "]]>",
    "CDATA[",
    "if",
    "endif",
    " ",
    "--",
    "<!--",
    "-->",
    '"',
    "'",
    "=",
    "&",
    "&lt;",
    "&gt;",
    ";",
    "[",
    "]",
    "<!DOCTYPE",
    "<script>",
    "</script",
    "<style",
    "\n",
    "\x00",
    "ع",
    "نص",
]
SEPARATORS = ["\n", "\r\n", "\r", "\n\n", " "]


@st.composite
def layout_mix(draw) -> bytes:
    """A random mix of the scraped layout's pieces, in a random encoding."""
    parts = draw(st.lists(st.sampled_from(PIECES), max_size=30))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(parts), max_size=len(parts)))
    text = "".join(p + s for p, s in zip(parts, seps, strict=True))
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"]))
    return text.encode(enc, errors="surrogatepass" if "utf" in enc else "replace")


@st.composite
def truncated_utf8(draw) -> bytes:
    """Arabic UTF-8 cut at any byte, with random bytes spliced in."""
    data = (TITLE + "\n" + CAPTION + "\nTT\n" + TITLE + "\n" + BODY).encode()
    cut = draw(st.integers(0, len(data)))
    junk = draw(st.binary(max_size=6))
    at = draw(st.integers(0, cut))
    return data[:at] + junk + data[at:cut]


@st.composite
def markup_mix(draw) -> bytes:
    """Arabic text with malformed markup and entities, UTF-8."""
    parts = draw(st.lists(st.sampled_from(MARKUP + PIECES[:5]), max_size=40))
    return "".join(parts).encode("utf-8", errors="surrogatepass")


def any_bytes():
    return st.one_of(st.binary(max_size=300), truncated_utf8(), layout_mix(), markup_mix())


def as_json_array(data: bytes) -> bytes:
    """``data`` (decoded leniently) as the title and body of a one-record JSON array."""
    text = data.decode("utf-8", errors="surrogateescape")
    lines = text.split("\n")
    rec = {"title": lines[0], "body": "\n".join(lines[1:]), "date": lines[-1][:20]}
    return json.dumps([rec], ensure_ascii=True).encode()


def check(data: bytes, suffix: str, folder: Path, errors: str = "strict") -> str:
    """Load ``data`` as a one-file corpus; return ``"table"`` or the KhabarError name.

    Raises anything else, and AssertionError if a table breaks the contract.
    """
    f = folder / f"fuzz{suffix}"
    if suffix == ".zip":
        with zipfile.ZipFile(f, "w") as z:
            z.writestr("fuzz.txt", data)
    else:
        f.write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            table = load_corpus(f, errors=errors)
        except KhabarError as exc:
            assert str(f) in str(exc), f"error does not name the file: {exc}"
            return type(exc).__name__
        assert isinstance(table, pd.DataFrame)
        assert list(table.columns)[: len(STORY_COLUMNS)] == STORY_COLUMNS
        assert len(table) >= 1
        assert table["story_id"].is_unique
        assert all(isinstance(t, str) for t in table["title"])
        for col in ("title", "body"):
            for t in table[col]:
                assert "\x00" not in t and "\u202e" not in t
        if suffix == ".txt":
            trace = trace_lines(f, errors=errors)
            assert trace["line"].tolist() == list(range(1, len(trace) + 1))
        return "table"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2000)
    args = ap.parse_args(argv)
    outcomes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        @settings(
            max_examples=args.examples,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(
            any_bytes(),
            st.sampled_from([".txt", ".txt", ".csv", ".jsonl", ".json", ".zip"]),
            st.sampled_from(["strict", "replace"]),
        )
        def run(data, suffix, errors):
            if suffix == ".csv":
                data = codecs.BOM_UTF8 + b"title,body\n" + data
            if suffix == ".json":
                data = as_json_array(data)
            out = check(data, suffix, folder, errors)
            outcomes[out] = outcomes.get(out, 0) + 1

        run()
    total = sum(outcomes.values())
    print(f"{total} inputs, no unexpected exception:")
    for k, v in sorted(outcomes.items(), key=lambda kv: -kv[1]):
        print(f"  {k:24s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
