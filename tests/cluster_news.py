"""A synthetic news corpus for the cluster tests: outlets, days, unequal files, and site
boilerplate (a header of one outlet, a footer holding the story's title of another).

Made of the embedded stories' 19 paragraphs, so that the entity and quote steps find
something; written into a temporary folder by the test that uses it.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pandas as pd
from jsonl_files import write_jsonl

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {"body": "content", "outlet": "source", "date": "date_extracted"}
OUTLETS = ("okaz", "sabq", "alwatan", "was")
#: Begins the body of every okaz story but every 8th (its own paragraph): 3 words.
HEADER = "صحيفة عكاظ – متابعات"
#: Ends the body of every was story but every 5th (its own paragraph), then the title.
FOOTER = "رابط الخبر في موقع واس:"


def _paragraphs() -> list[str]:
    from helpers.corpus import load_corpus

    paragraphs = [p for ps in load_corpus(ROOT / "data" / "raw").paragraphs for p in ps]
    assert len(paragraphs) == 19
    return paragraphs


def news_record(i: int, paragraphs: list[str]) -> dict:
    """Story ``i``: outlet ``OUTLETS[i % 4]``, day 21 + i % 5 of July 2015, a title and
    2 to 5 paragraphs in a rotating order, the last ending in ``(i)``; okaz stories
    carry :data:`HEADER` (but every 8th), was stories :data:`FOOTER` + their title (but
    every 5th)."""
    k = 2 + i % 4
    outlet = OUTLETS[i % 4]
    title = paragraphs[(i * 3) % 19][:60]
    body = [paragraphs[(i * 7 + j) % 19] for j in range(k)]
    body[-1] = f"{body[-1]} ({i})"  # every story its own text: copies count once
    if outlet == "okaz" and i % 8:
        body.insert(0, HEADER)
    if outlet == "was" and i % 5:
        body.append(f"{FOOTER} {title}")
    return {
        "source": outlet,
        "date_extracted": f"2015-07-{21 + i % 5} {i % 24:02d}:00:00",
        "title": title,
        "content": "\n".join(body),
    }


def write_news_corpus(folder: Path, stories: int = 200) -> Path:
    """Write ``stories`` records into ``folder`` (created): a JSONL file of the first
    60 % (ids ``big0``...), a zip of a JSON array of the next 30 % (ids by position),
    a CSV of the rest (ids ``csv...``). Returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    paragraphs = _paragraphs()
    a, b = stories * 6 // 10, stories * 9 // 10
    big = ({"id": f"big{i}", **news_record(i, paragraphs)} for i in range(a))
    write_jsonl(folder / "f-big.jsonl", big)
    with zipfile.ZipFile(folder / "g-day.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        records = [news_record(i, paragraphs) for i in range(a, b)]
        zf.writestr("g-day.json", json.dumps(records, ensure_ascii=False))
    pd.DataFrame(
        [{"id": f"csv{i}", **news_record(i, paragraphs)} for i in range(b, stories)]
    ).to_csv(folder / "h-small.csv", index=False)
    return folder
