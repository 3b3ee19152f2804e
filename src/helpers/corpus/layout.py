"""Recovering stories from scraped text: titles, captions, photo credits, body paragraphs.

Two layouts are recognised in ``.txt`` files:

``asharq``
    Pages scraped from Asharq Al-Awsat (and sites built the same way). Each story is::

        title
        caption (credit)          # zero or more caption lines, often twice
        TT                        # the site logo's alt text: an artefact
        title                     # repeated
        caption (credit)          # repeated
        body paragraph            # one per line, blank lines optional
        ...

    The title is the first non-empty line after a ``TT`` line that also appears before
    it. Every line before ``TT`` other than the title is a caption. After ``TT`` the lines
    that repeat the title or a caption are dropped; the next line starts the body.

``plain``
    Any other text file is one story: the first non-empty line is the title, every
    further non-empty line a body paragraph.

Every input line is accounted for: it is kept (title, caption, body) or listed in the
cleaning report with the reason it was dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["CREDITS", "LineRecord", "ParsedStory", "parse_text", "split_credit"]

#: Photo credits as written on Arabic news sites, mapped to a standard name.
#: Keys are compared after removing spaces, dots' surrounding spaces and tatweel.
CREDITS: dict[str, str] = {
    "إ.ب.أ": "EPA",
    "ا.ب.ا": "EPA",
    "epa": "EPA",
    "رويترز": "Reuters",
    "reuters": "Reuters",
    "أ.ف.ب": "AFP",
    "ا.ف.ب": "AFP",
    "afp": "AFP",
    "أ.ب": "AP",
    "ا.ب": "AP",
    "ap": "AP",
    "د.ب.أ": "dpa",
    "د.ب.ا": "dpa",
    "dpa": "dpa",
    "غيتي": "Getty Images",
    "getty": "Getty Images",
    "الشرق الأوسط": "Asharq Al-Awsat",
    "أرشيفية": "archive",
    "ارشيفية": "archive",
}

LOGO_ARTEFACTS = frozenset({"TT"})

_CREDIT_RE = re.compile(r"^(?P<caption>.*?)\s*\((?P<credit>[^()]*)\)\s*$", re.DOTALL)
_CREDIT_SPLIT = re.compile(r"\s*[-–—/،,]\s*")


def _credit_key(s: str) -> str:
    s = s.replace("\u0640", "").strip().lower()
    return re.sub(r"\s*\.\s*", ".", s)


def split_credit(caption: str) -> tuple[str, list[str], str]:
    """Split a caption line into caption text, standard credits and the raw credit.

    ``"الرئيس السوري المخلوع بشار الأسد (رويترز - أرشيفية)"`` gives
    ``("الرئيس السوري المخلوع بشار الأسد", ["Reuters", "archive"], "رويترز - أرشيفية")``.
    A caption without a trailing parenthesis gives ``(caption, [], "")``. Parts not in
    :data:`CREDITS` are kept as written.
    """
    m = _CREDIT_RE.match(caption.strip())
    if not m:
        return caption.strip(), [], ""
    raw = m.group("credit").strip()
    parts = [p for p in _CREDIT_SPLIT.split(raw) if p.strip()]
    known = [CREDITS.get(_credit_key(p)) for p in parts]
    if not parts or not any(known):
        # "(الأربعاء)" or "(أيار)" at the end of a caption is not a credit
        return caption.strip(), [], ""
    return (
        m.group("caption").strip(),
        [k or p.strip() for k, p in zip(known, parts, strict=True)],
        raw,
    )


@dataclass
class LineRecord:
    """One input line and what became of it."""

    line: int  # 1-based
    text: str
    role: str  # title, caption, body, blank, dropped
    reason: str = ""


@dataclass
class ParsedStory:
    """A story recovered from a text file, before it becomes a stories-table row."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    first_line: int = 1


def _strip(line: str) -> str:
    return line.strip()


def parse_text(text: str) -> tuple[str, list[ParsedStory], list[LineRecord]]:
    """Split decoded file text into stories.

    Returns
    -------
    layout : str
        ``"asharq"`` or ``"plain"``.
    stories : list of ParsedStory
    lines : list of LineRecord
        One record per input line (``text.splitlines()``), saying where it went.
    """
    lines = text.splitlines()
    records = [
        LineRecord(i + 1, ln, "blank" if not ln.strip() else "") for i, ln in enumerate(lines)
    ]
    logos = [i for i, ln in enumerate(lines) if _strip(ln) in LOGO_ARTEFACTS]
    if logos:
        stories = _parse_asharq(lines, logos, records)
        if stories:
            return "asharq", stories, records
        for r in records:  # fall back cleanly
            r.role, r.reason = ("blank" if not r.text.strip() else ""), ""
    return "plain", _parse_plain(lines, records), records


def _parse_plain(lines: list[str], records: list[LineRecord]) -> list[ParsedStory]:
    story: ParsedStory | None = None
    for i, ln in enumerate(lines):
        s = _strip(ln)
        if not s:
            continue
        if story is None:
            story = ParsedStory(title=s, first_line=i + 1)
            records[i].role = "title"
        else:
            story.paragraphs.append(s)
            records[i].role = "body"
    return [story] if story else []


def _add_caption(story: ParsedStory, line: str) -> None:
    caption, credits, _raw = split_credit(line)
    story.captions.append(caption)
    for c in credits:
        if c not in story.photo_credits:
            story.photo_credits.append(c)


def _looks_like_caption(stripped: list[str], j: int, end: int) -> bool:
    """A header line after the logo: repeated on the next non-empty line, or credited."""
    nxt = next((stripped[k] for k in range(j + 1, end) if stripped[k]), None)
    return nxt == stripped[j] or bool(split_credit(stripped[j])[1])


def _parse_asharq(
    lines: list[str], logos: list[int], records: list[LineRecord]
) -> list[ParsedStory]:
    stripped = [_strip(ln) for ln in lines]
    # 1. find each story's title and where its header starts
    starts: list[tuple[int, int, str]] = []  # (header start, logo index, title)
    prev_end = 0
    for k in logos:
        after = next((j for j in range(k + 1, len(lines)) if stripped[j]), None)
        if after is None:
            continue
        title = stripped[after]
        before = [j for j in range(prev_end, k) if stripped[j] == title]
        if not before:
            continue
        starts.append((before[0], k, title))
        prev_end = k + 1
    if not starts:
        return []
    # lines before the first story's header: a preamble (site navigation and the like)
    for j in range(0, starts[0][0]):
        if stripped[j]:
            records[j].role, records[j].reason = "dropped", "before the first story"
    stories: list[ParsedStory] = []
    for n, (start, logo, title) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(lines)
        story = ParsedStory(title=title, first_line=start + 1)
        header: set[str] = {title}
        seen_captions: set[str] = set()
        for j in range(start, logo):
            s = stripped[j]
            if not s:
                continue
            if s == title:
                if j == start:
                    records[j].role = "title"
                else:
                    records[j].role, records[j].reason = "dropped", "duplicate title"
                continue
            header.add(s)
            if s in seen_captions:
                records[j].role, records[j].reason = "dropped", "duplicate caption"
                continue
            seen_captions.add(s)
            _add_caption(story, s)
            records[j].role = "caption"
        records[logo].role, records[logo].reason = "dropped", "logo artefact (TT)"
        in_header = True
        for j in range(logo + 1, end):
            s = stripped[j]
            if not s:
                continue
            if s in LOGO_ARTEFACTS:
                records[j].role, records[j].reason = "dropped", "logo artefact (TT)"
                continue
            if in_header and s in header:
                why = "duplicate title" if s == title else "duplicate caption"
                records[j].role, records[j].reason = "dropped", why
                continue
            if in_header and _looks_like_caption(stripped, j, end):
                header.add(s)
                _add_caption(story, s)
                records[j].role = "caption"
                continue
            in_header = False
            if s == title:
                records[j].role, records[j].reason = "dropped", "duplicate title"
                continue
            story.paragraphs.append(s)
            records[j].role = "body"
        stories.append(story)
    return stories
