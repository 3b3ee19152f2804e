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
cleaning report with the reason it was dropped. Lines are first cleaned by
:class:`helpers.corpus.clean.LineCleaner` (mojibake, HTML, control characters,
navigation boilerplate).

Lines are the text split at ``\n``, ``\r\n`` or ``\r`` (what an editor numbers), not
at the other characters :meth:`str.splitlines` breaks on (form feed, U+2028...), which
the cleaner turns into spaces. The parser is incremental (:class:`LayoutParser`): it
holds the lines of at most the current story and the next one's header, so a
scraped file of any size is parsed in bounded memory; a ``plain`` file is one story and
is held whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from helpers.charsets import DASHES, TATWEEL
from helpers.corpus.clean import CleanLine, LineCleaner
from helpers.errors import check_text

__all__ = [
    "CREDITS",
    "LayoutParser",
    "LineRecord",
    "ParsedStory",
    "parse_lines",
    "split_credit",
    "split_lines",
]

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
_CREDIT_SPLIT = re.compile(rf"\s*[{DASHES}/،,]\s*")


def _credit_key(s: str) -> str:
    s = s.replace(TATWEEL, "").strip().lower()
    return re.sub(r"\s*\.\s*", ".", s)


def split_credit(caption: str) -> tuple[str, list[str], str]:
    """Split a caption line into caption text, standard credits and the raw credit.

    ``"الرئيس السوري المخلوع بشار الأسد (رويترز - أرشيفية)"`` gives
    ``("الرئيس السوري المخلوع بشار الأسد", ["Reuters", "archive"], "رويترز - أرشيفية")``.
    A caption without a trailing parenthesis gives ``(caption, [], "")``. Parts not in
    :data:`CREDITS` are kept as written. ``caption`` not a str is an
    :class:`~helpers.errors.ArgumentError`.
    """
    check_text(caption, "split_credit", "caption")
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
    """One input line and what became of it.

    ``text`` is the line as read (after decoding), ``kept`` the cleaned, stripped text
    the parser saw, ``role`` one of ``title``, ``caption``, ``credit`` (a line that is
    only a photo credit), ``body``, ``blank``, ``dropped``; ``reason`` says why a line
    was dropped; ``fixes`` lists the repairs the cleaner made (see
    :mod:`helpers.corpus.clean`).
    """

    line: int  # 1-based
    text: str
    role: str  # title, caption, credit, body, blank, dropped
    reason: str = ""
    kept: str = ""
    fixes: tuple[str, ...] = ()


@dataclass
class ParsedStory:
    """A story recovered from a text file, before it becomes a stories-table row."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    photo_credits: list[str] = field(default_factory=list)
    first_line: int = 1


def split_lines(text: str) -> list[str]:
    """Split text into lines at ``\n``, ``\r\n`` and ``\r`` only.

    A final line break does not start a new line (as :meth:`str.splitlines`).
    ``text`` not a str is an :class:`~helpers.errors.ArgumentError`.
    """
    check_text(text, "split_lines", "text")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _record(n: int, raw: str, clean: CleanLine) -> LineRecord:
    if clean.drop:
        return LineRecord(n, raw, "dropped", clean.drop, clean.text, clean.fixes)
    role = "" if clean.text else "blank"
    return LineRecord(n, raw, role, "", clean.text, clean.fixes)


def _eff(r: LineRecord) -> str:
    """What the layout parser sees of a line: its cleaned text, or "" if dropped."""
    return "" if r.role == "dropped" else r.kept


class LayoutParser:
    """Incremental parser: feed lines one at a time, collect finished stories.

    >>> p = LayoutParser()
    >>> for line in lines: done.extend(p.feed(line))
    >>> done.extend(p.close())

    ``feed`` and ``close`` return lists of ``(layout, story, records)``: ``story`` is a
    :class:`ParsedStory` (``None`` for lines before the first story) and ``records``
    the :class:`LineRecord` of its lines, in order. Together the records cover every
    line fed, once. The result equals parsing the whole text at once.
    """

    def __init__(self) -> None:
        self.clean = LineCleaner()
        self.recs: list[LineRecord] = []
        self.base = 0  # line index of recs[0]
        self.n = 0  # lines fed
        self.pending: int | None = None  # a logo line awaiting its next non-empty line
        self.prev_end = 0
        self.current: tuple[int, int, str] | None = None  # (start, logo, title)

    def feed(self, raw: str) -> list[tuple[str, ParsedStory | None, list[LineRecord]]]:
        rec = _record(self.n + 1, raw, self.clean(raw))
        i = self.n
        self.recs.append(rec)
        self.n += 1
        out: list = []
        s = _eff(rec)
        if not s:
            return out
        if self.pending is not None:
            k, self.pending = self.pending, None
            lo = max(self.prev_end, self.base)
            start = next((j for j in range(lo, k) if _eff(self.recs[j - self.base]) == s), None)
            if start is not None:
                if self.current is None:
                    pre = self.recs[: start - self.base]
                    for r in pre:
                        if _eff(r):
                            r.role, r.reason = "dropped", "before the first story"
                    if pre:
                        out.append(("asharq", None, pre))
                else:
                    out.append(self._finish(start))
                self.recs = self.recs[start - self.base :]
                self.base = start
                self.current = (start, k, s)
                self.prev_end = k + 1
        if s in LOGO_ARTEFACTS:
            self.pending = i
        return out

    def _finish(self, end: int) -> tuple[str, ParsedStory, list[LineRecord]]:
        assert self.current is not None
        start, logo, title = self.current
        recs = self.recs[start - self.base : end - self.base]
        story = _asharq_story(recs, logo - start, title)
        story.first_line = start + 1
        return "asharq", story, recs

    def close(self) -> list[tuple[str, ParsedStory | None, list[LineRecord]]]:
        """Finish: the last story, or the whole file as one ``plain`` story."""
        if self.current is not None:
            out = [self._finish(self.n)]
        else:
            out = [("plain", _plain_story(self.recs), self.recs)]
        self.recs, self.current = [], None
        return out


def parse_lines(lines: Iterable[str]) -> Iterator[tuple[str, ParsedStory | None, list[LineRecord]]]:
    """Parse an iterable of lines incrementally; yield ``(layout, story, records)``.

    See :class:`LayoutParser`. ``story`` is ``None`` for the lines before the first
    story (and for a file with no text).
    """
    p = LayoutParser()
    for line in lines:
        yield from p.feed(line)
    yield from p.close()


def _plain_story(recs: list[LineRecord]) -> ParsedStory | None:
    story: ParsedStory | None = None
    for r in recs:
        s = _eff(r)
        if not s:
            continue
        if story is None:
            story = ParsedStory(title=s, first_line=r.line)
            r.role = "title"
        else:
            story.paragraphs.append(s)
            r.role = "body"
    return story


def _add_caption(story: ParsedStory, line: str) -> str:
    """Add a caption line's caption and credits; return its role (``credit`` if bare)."""
    caption, credits, _raw = split_credit(line)
    if caption:
        story.captions.append(caption)
    for c in credits:
        if c not in story.photo_credits:
            story.photo_credits.append(c)
    return "caption" if caption else "credit"


def _looks_like_caption(stripped: list[str], j: int, end: int) -> bool:
    """A header line after the logo: repeated on the next non-empty line, or credited."""
    nxt = next((stripped[k] for k in range(j + 1, end) if stripped[k]), None)
    return nxt == stripped[j] or bool(split_credit(stripped[j])[1])


def _asharq_story(records: list[LineRecord], logo: int, title: str) -> ParsedStory:
    """One story from its lines; ``records[0]`` is the title, ``records[logo]`` the logo."""
    stripped = [_eff(r) for r in records]
    end = len(records)
    story = ParsedStory(title=title)
    header: set[str] = {title}
    seen_captions: set[str] = set()
    for j in range(0, logo):
        s = stripped[j]
        if not s:
            continue
        if s == title:
            if j == 0:
                records[j].role = "title"
            else:
                records[j].role, records[j].reason = "dropped", "duplicate title"
            continue
        header.add(s)
        if s in seen_captions:
            records[j].role, records[j].reason = "dropped", "duplicate caption"
            continue
        seen_captions.add(s)
        records[j].role = _add_caption(story, s)
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
            records[j].role = _add_caption(story, s)
            continue
        in_header = False
        if s == title:
            records[j].role, records[j].reason = "dropped", "duplicate title"
            continue
        story.paragraphs.append(s)
        records[j].role = "body"
    return story
