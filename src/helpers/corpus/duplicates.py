"""Duplicate stories: one story read more than once (a recrawl) is counted once.

Scraped corpora hold recrawls: SaudiNewsNet's Almadina was crawled under its plain, its
``?live`` and its ``?weekly`` addresses, so one story is in the corpus two or three times
(on 2015-07-25, «عقد مورا يورط النصر» three times), and every count of the outlet, its
terms, entities and quotes, counts it as often.

The rule (:func:`find_duplicates`):

1. Two stories are **copies** when they are in the same group and either (a) their
   bodies as read are the same text once every run of whitespace (spaces, tabs, line
   and paragraph breaks) is one space (:func:`body_hash`, a 64-bit BLAKE2b of that
   text: the chance that two of a million different bodies share one is about 3 in
   100 million), or (b) their bodies once site boilerplate is cut
   (:mod:`helpers.corpus.boilerplate`) are that same text and not empty, and their
   titles have the same words (punctuation, quote marks and whitespace ignored:
   :func:`title_words`, :func:`cut_key`); a story without a title has only (a). The
   body is the one the loader made (each line cleaned, :mod:`helpers.corpus.clean`).
   (b) makes a recrawl whose raw text differs only in site text a copy (a footer or
   byline written otherwise); the title is asked for because site text may hold what
   tells two stories apart (Alweeam's footer
   «رابط الخبر بصحيفة الوئام: <title>» repeats the title: two posts «شاهد الفيديو.»
   with other titles are two stories; session 19, fixdup19). (a) keeps two identical
   recrawls made of site text only (nothing left once it is cut) one story. A story
   that shares a key with a copy is a copy of the story that copy repeats.
2. The group is the group of site boilerplate (:func:`story_group`): the story's
   ``outlet``, else its ``group`` (``group_from="folder"``), else the whole corpus. Wire
   copy printed by two outlets (an SPA story in Almadina and in Alyaum, word for word)
   is two publications, each outlet's own choice, and stays in both.
3. Of the copies, the **first in corpus order** (files in the order
   :func:`helpers.corpus.corpus_files` gives, stories in file order) is kept; each
   other is dropped with one cleaning-report row (:func:`drop_duplicates`: ``action``
   ``dropped``, ``reason`` ``duplicate story (same body as <kept id>)``, ``text`` the
   dropped story's title). A story with an empty body is never a copy (the title is
   then all it has, and two stories may share a headline).
4. The title is compared only in (b): a recrawl whose body is the same as read may
   carry an edited headline («المؤثر» وبولوني and «المؤثر»وبولوني), and a body is
   what is counted.

Why no looser key: bodies that differ in more than whitespace (a corrected figure, a
sentence added, other punctuation) are different versions, and a reader can be shown
both; on SaudiNewsNet (12 days, 20,290 stories) the rule drops 373 stories: 372 by (a)
and, by (b), alweeam 2015-07-23-974, whose cut body is 2015-07-21-1548's and whose title
quotes with « » where the other's has “ ” (the same words). The body with every
non-word character removed would drop 13 more, and ignoring the outlet 287 more (wire
copy in two outlets).

Why after site boilerplate: site text is not the story, and a copy is the same story.
The boilerplate rules are found on every story read, copies included (they count the
copies of one story once already: :mod:`helpers.corpus.boilerplate`, step 3, by the
same :func:`body_hash` of the raw bodies), so the rules do not depend on this one; a
dropped copy's cuts are not reported (it is in no table). The cluster path
(:func:`helpers.cluster.corpus_tables`) thus reads the corpus once more: pass 0 finds
the boilerplate rules, pass 0b hashes the bodies as read, cuts the site text and
hashes the bodies the cut changed (:func:`story_hashes`: a body the cut left as read
takes its cut key from its raw hash, :func:`titled_key`; session 20).

``helpers.corpus.load_corpus(..., duplicates="drop")`` (default) and
``helpers.cluster.corpus_tables(path, duplicates=...)`` apply the rule; ``"keep"``
keeps every story as read. :func:`helpers.corpus.load_file` and
:func:`helpers.corpus.iter_stories` read files one at a time and never drop a story.
"""

from __future__ import annotations

import hashlib
import math
import unicodedata
from collections.abc import Iterable, Sequence

import pandas as pd

from helpers.errors import ArgumentError, check_choice
from helpers.text.normalize import normalize

__all__ = [
    "DUPLICATES",
    "DUPLICATE_REASON",
    "body_hash",
    "check_duplicates",
    "cut_key",
    "drop_duplicates",
    "dropped_count",
    "find_duplicates",
    "kept_ids",
    "story_group",
    "story_hashes",
    "title_words",
    "titled_key",
]

#: The values of ``duplicates=``: drop the later copies (default) or keep every story.
DUPLICATES = ("drop", "keep")
#: The start of the cleaning-report reason of a dropped copy (the chart's legend matches
#: it: ``helpers/charts/data/cleaning_reasons.tsv``).
DUPLICATE_REASON = "duplicate story"


def kept_ids(report: pd.DataFrame) -> pd.Series:
    """For each row of a cleaning report, the id of the story a dropped copy repeats
    (its reason «duplicate story (same body as ID)»: the same outlet's earlier story),
    else NaN. A dropped copy is in no stories table, so a view that groups report rows by
    the stories' outlet reads the outlet of this id (the copy's own).

    Parameters
    ----------
    report : pandas.DataFrame
        The cleaning report of :func:`helpers.corpus.load_corpus` (``reason``, str).

    Returns
    -------
    pandas.Series of object (str or NaN), the report's index.
    """
    reason = report["reason"].astype(str)
    prefix = f"{DUPLICATE_REASON} (same body as "
    copy = reason.str.startswith(prefix) & reason.str.endswith(")")
    return reason.where(copy).str.slice(len(prefix), -1)


def check_duplicates(value: object, func: str) -> str:
    """``value`` if it is one of :data:`DUPLICATES`; else raises
    :class:`helpers.errors.ArgumentError` naming ``func`` and the values allowed
    (:func:`helpers.errors.check_choice`)."""
    return check_choice(value, DUPLICATES, func, "duplicates")


def body_hash(paragraphs: Sequence[str]) -> int:
    """A 64-bit BLAKE2b (int, 0 to 2**64 - 1) of a story's paragraphs joined, every run
    of whitespace one space: copies of one story, re-scraped with other spacing or
    paragraph breaks, share it. The one key of a body in :mod:`helpers.corpus`
    (duplicates here, copies counted once by :mod:`helpers.corpus.boilerplate`)."""
    text = " ".join(" ".join(paragraphs).split()).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def story_group(st) -> str:
    """A story's group: its ``outlet``, else its ``group`` (``group_from="folder"``),
    else ``""`` (the whole corpus). ``st``: a story dict or a stories-table row."""
    for key in ("outlet", "group"):
        value = st.get(key)
        if value is not None and not (isinstance(value, float) and math.isnan(value)):
            return str(value)
    return ""


def _records(stories) -> Iterable:
    if isinstance(stories, pd.DataFrame):
        return (row for _, row in stories.iterrows())
    return stories


def _unique_ids(ids: Iterable[str], func: str) -> None:
    """Raise :class:`helpers.errors.ArgumentError` naming the first story id that
    repeats: the duplicate rule matches stories by id (a cut story's paragraphs, the
    copies to drop), so two stories of one id would be taken for one (session 21: two
    different stories sharing an id were called copies). :func:`helpers.corpus.
    load_corpus` gives every story its own id; this guards the API."""
    seen: set[str] = set()
    for sid in ids:
        if sid in seen:
            raise ArgumentError(
                f"{func}: the story_id {sid!r} is given to more than one story; the "
                "duplicate rule tells stories apart by their id",
                hint="give each story its own story_id (load_corpus does)",
            )
        seen.add(sid)


def _title_text(st) -> str:
    """A story's title, every run of whitespace one space (as :func:`body_hash` treats a
    body); ``""`` when it has none."""
    title = st.get("title")
    if not isinstance(title, str):
        return ""
    return " ".join(title.split())


def title_words(title: str) -> str:
    """The words of a title as :func:`cut_key` compares them: the title in the text
    layer's normal form (:func:`helpers.text.normalize.normalize`, its defaults but
    ``alef=False``: NFC, invisible format characters such as RLM, ZWSP, ZWNJ and the soft
    hyphen removed, tatweel and diacritics removed, digits of every script read as 0-9;
    a hamza written or not, «إلى» / «الى», is a spelling and stays a difference, as
    session 19's recrawl test has it), then every character that is no letter, mark or
    digit (Unicode categories L, M, N: quote marks, dashes, other punctuation and
    symbols) read as a space, then
    every run of whitespace one space. «توزيع “موسوعة خطب الجمعة”» and «توزيع «موسوعة
    خطب الجمعة»» are one title (session 19: an alweeam recrawl, 2015-07-21-1548 and
    2015-07-23-974, wrote its title's quotation marks differently); so are «مقتل‏جنود»
    (an RLM inside) and «مقتلجنود», «مقتلـ جنود» and «مُقتل جنود» and «مقتل جنود»,
    «مقتل ٥ جنود» and «مقتل 5 جنود» (session 20: an invisible or typographic difference
    is no other title). Pure string work; raises nothing for a str.

    >>> title_words("توزيع “موسوعة” - 2") == title_words("توزيع «موسوعة» ٢")
    True
    """
    kept = (c if unicodedata.category(c)[0] in "LMN" else " " for c in normalize(title, alef=False))
    return " ".join("".join(kept).split())


def cut_key(paragraphs: Sequence[str], title: str) -> int:
    """A 64-bit BLAKE2b of a story's body once site boilerplate is cut and its title's
    words: :func:`titled_key` of the body's :func:`body_hash` (the body with every run
    of whitespace one space) and the title. The second key of :func:`find_duplicates`."""
    return titled_key(body_hash(paragraphs), title)


def titled_key(body: int, title: str) -> int:
    """:func:`cut_key` from a body's :func:`body_hash` ``body`` (int, 0 to 2**64 - 1):
    a 64-bit BLAKE2b of its 8 bytes followed by the title's words (:func:`title_words`,
    UTF-8). The body's hash has a fixed length, so body and title are told apart. Two
    stories share the key when their bodies share :func:`body_hash` and their titles
    :func:`title_words` (but for a collision of 64-bit hashes). A story the cut left as
    read thus gets its cut key from the hash of its body as read, without hashing its
    body again (:func:`story_hashes`; session 20). Raises ``OverflowError`` when
    ``body`` is outside 0 to 2**64 - 1."""
    words = title_words(title).encode("utf-8", "surrogatepass")
    text = body.to_bytes(8, "little") + words
    return int.from_bytes(hashlib.blake2b(text, digest_size=8).digest(), "little")


def _has_text(paras) -> bool:
    return bool(len(paras)) and any(p.strip() for p in paras)


def _cut_hash(after) -> int | None:
    """:func:`body_hash` of a body the cut changed; None when nothing is left of it."""
    return body_hash(after) if _has_text(after) else None


def _same(after, paras) -> bool:
    """The cut left these paragraphs as read (the same list, or equal strings)."""
    return after is paras or (len(after) == len(paras) and list(after) == list(paras))


def story_hashes(stories, cut=None) -> list[tuple[str, int | None, int | None, str]]:
    """``(group, raw key, cut key, story_id)`` of each story with a body, in the order
    given: the raw key is :func:`body_hash` of the body as read (None when it is
    empty); the cut key is :func:`cut_key` of the body once site boilerplate is cut and
    the title (None when ``cut`` is None, the cut body is empty or the story has no
    title). A story with neither key has no row. Each body is hashed once: a story the
    cut left as read (its paragraphs equal) has the cut key :func:`titled_key` of its
    raw key; only a body the cut changed is hashed a second time, once cut.

    ``stories``: story dicts (``paragraphs``, ``story_id``, optional ``title``,
    ``outlet`` / ``group``) or a stories table with those columns, as read. ``cut``: the
    same stories once site boilerplate is cut (:mod:`helpers.corpus.boilerplate`; same
    types, matched by ``story_id``; a story absent from it, left with neither title nor
    body by the cut, has no row), or None when none is cut. The lists of consecutive
    parts of a corpus, concatenated in corpus order, are the list of the whole corpus
    (what the cluster path merges).

    Raises :class:`helpers.errors.ArgumentError` naming a ``story_id`` given to two
    stories (of ``stories`` or of ``cut``): stories are matched by id."""
    cut_paras = None
    if cut is not None:
        if isinstance(cut, pd.DataFrame):  # columns, not rows: pass 0b runs on every piece
            pairs = list(zip(cut["story_id"], cut["paragraphs"], strict=True))
        else:
            pairs = [(st["story_id"], st["paragraphs"]) for st in cut]
        _unique_ids((str(sid) for sid, _ in pairs), "story_hashes (cut)")
        cut_paras = {str(sid): paras for sid, paras in pairs}
    out = []
    seen: set[str] = set()
    for st in _records(stories):
        sid = str(st["story_id"])
        if sid in seen:
            _unique_ids([sid, sid], "story_hashes")
        seen.add(sid)
        if cut_paras is not None and sid not in cut_paras:
            continue
        paras = st["paragraphs"]
        raw = body_hash(paras) if _has_text(paras) else None
        key = None
        title = _title_text(st)
        if cut_paras is not None and title:
            after = cut_paras[sid]
            # a body the cut left as it was is hashed once: its raw key is its cut body's
            body = raw if _same(after, paras) else _cut_hash(after)
            key = titled_key(body, title) if body is not None else None
        if raw is not None or key is not None:
            out.append((story_group(st), raw, key, sid))
    return out


def find_duplicates(hashes: Iterable[tuple[str, int | None, int | None, str]]) -> dict[str, str]:
    """The later copies of :func:`story_hashes` rows in corpus order: ``{dropped
    story_id: kept story_id}`` (the rule: module docstring), in the order of the
    dropped stories; empty when no key repeats inside a group. A story whose raw key
    or cut key an earlier story of its group has is a copy of the story kept for that
    key (the raw key looked up first); its keys then lead to that same kept story."""
    first: dict[tuple[str, int, int], str] = {}
    dropped: dict[str, str] = {}
    for group, raw, key, sid in hashes:
        keys = [(group, kind, h) for kind, h in ((0, raw), (1, key)) if h is not None]
        kept = next((first[k] for k in keys if k in first), sid)
        for k in keys:
            first.setdefault(k, kept)
        if kept != sid:
            dropped[sid] = kept
    return dropped


def _row(st, lines, kept: str) -> dict:
    title = st["title"] or ""
    paras = st["paragraphs"]
    return {
        "file": st["source"],
        "line": int(lines[0]) if lines is not None and len(lines) else 0,
        "text": title if title.strip() else (paras[0] if len(paras) else ""),
        "reason": f"{DUPLICATE_REASON} (same body as {kept})",
        "action": "dropped",
        "story_id": str(st["story_id"]),
        "kept": "",
    }


def drop_duplicates(stories, para_lines, dropped: dict[str, str]):
    """The stories without the copies ``dropped`` names (:func:`find_duplicates`).

    Parameters
    ----------
    stories : list of dict, or DataFrame
        Story dicts or a stories table (``story_id``, ``title``, ``paragraphs``,
        ``source``).
    para_lines : list of (list of int or None), or None
        For each story, the input line of each paragraph (the report's ``line``: of
        the first paragraph, 0 when unknown).
    dropped : dict of str to str
        ``{story_id to drop: story_id kept}``.

    Returns
    -------
    (stories, para_lines, rows)
        The stories kept (same type as given; a table's index renumbered from 0), their
        paragraph lines (None if none were given), and one cleaning-report row (dict of
        :data:`helpers.corpus.REPORT_COLUMNS`) a dropped story, in story order.

    Raises
    ------
    helpers.errors.ArgumentError
        A ``story_id`` given to two stories (when some story is to be dropped).
    """
    if not dropped:
        return stories, para_lines, []
    is_table = isinstance(stories, pd.DataFrame)
    ids = [
        str(s) for s in (stories["story_id"] if is_table else (st["story_id"] for st in stories))
    ]
    _unique_ids(ids, "drop_duplicates")  # a dropped id would drop every story of it
    drop = [sid in dropped for sid in ids]
    if not any(drop):
        return stories, para_lines, []
    lines = para_lines if para_lines is not None else [None] * len(ids)
    records = list(_records(stories)) if is_table else stories
    rows = [
        _row(st, ln, dropped[sid])
        for st, ln, sid, d in zip(records, lines, ids, drop, strict=True)
        if d
    ]
    keep_lines = (
        None if para_lines is None else [ln for ln, d in zip(lines, drop, strict=True) if not d]
    )
    if is_table:
        kept = stories[[not d for d in drop]].reset_index(drop=True)
    else:
        kept = [st for st, d in zip(stories, drop, strict=True) if not d]
    return kept, keep_lines, rows


def dropped_count(report: pd.DataFrame) -> int:
    """How many copies a cleaning report (:func:`helpers.corpus.load_corpus` with
    ``return_report=True``, column ``reason`` str) says were dropped: its rows whose
    reason starts with :data:`DUPLICATE_REASON`. 0 for a report without a ``reason``
    column or without such rows."""
    if "reason" not in getattr(report, "columns", ()):
        return 0
    reasons = report["reason"].astype(str)
    return int(reasons.str.startswith(DUPLICATE_REASON).sum())
