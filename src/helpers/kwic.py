"""Concordances (keyword in context, KWIC) over term keys, and their right-to-left display.

A search runs over the term key (``base``: normalised, proclitics removed), so a
search for العراق finds العراق، والعراق، بالعراق and للعراق: the search term is put
through the same :func:`helpers.text.tokenize` as the corpus. A term of several words
(وزير الخارجية) matches consecutive tokens, punctuation between them not allowed.

:func:`concordance` returns a table; :func:`concordance_html` /
:func:`show_concordance` render it for Jupyter right-to-left with the keywords aligned
in one column and every piece of corpus text HTML-escaped (scraped text may hold
markup; nothing from a corpus may run as script in a notebook). The layout follows
the classic KWIC display of concordancers such as AntConc (Anthony 2005), mirrored for
Arabic: preceding context on the right, following context on the left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.display import MAX_CHARS, escape_html, left_out_note
from helpers.errors import ArgumentError, CorpusFormatError, SelectionError, check_path, check_whole

__all__ = ["CONCORDANCE_COLUMNS", "KEYS", "concordance", "concordance_html", "show_concordance"]

#: Columns of the concordance table, in order.
CONCORDANCE_COLUMNS: list[str] = [
    "story_id",
    "zone",
    "start",
    "end",
    "left",
    "keyword",
    "right",
    "sentence",
    "paragraph",
]


_WS = re.compile(r"\s+")

#: Tokens columns a concordance can match on (``key=``).
KEYS = ("base", "norm", "surface")


def _check_args(tokens, term, window, key, zones, analyse) -> list[str]:
    """Validate :func:`concordance`'s arguments; return the terms as a list of str."""
    if not isinstance(tokens, pd.DataFrame):
        raise ArgumentError(
            f"concordance: tokens must be the tokens table (a DataFrame), got "
            f"{type(tokens).__name__}",
            hint="use helpers.text.tokenize_zones(zones)",
        )
    if not isinstance(key, str) or key not in KEYS:
        raise ArgumentError(
            f"concordance: key must be one of {', '.join(KEYS)}; got {key!r}",
            hint="base matches every clitic form (والعراق، بالعراق), norm the whole word",
        )
    check_whole(
        window, "concordance", "window", minimum=0, unit="tokens", hint="for example window=6"
    )
    if not isinstance(analyse, bool):
        raise ArgumentError(f"concordance: analyse must be True or False, got {analyse!r}")
    if zones is not None and not isinstance(zones, pd.DataFrame):
        raise ArgumentError(
            f"concordance: zones must be the zones table (a DataFrame) or None, got "
            f"{type(zones).__name__}",
            hint="use helpers.corpus.zones(stories)",
        )
    if isinstance(term, str):
        return [term]
    if isinstance(term, (bytes, dict)) or not isinstance(term, Iterable):
        raise ArgumentError(
            f"concordance: term must be a str or a list of str, got {type(term).__name__}",
            hint='for example "العراق" or ["العراق", "وزير الخارجية"]',
        )
    terms = list(term)
    bad = [t for t in terms if not isinstance(t, str)]
    if bad:
        raise ArgumentError(
            f"concordance: every term must be a str, got {bad[0]!r} ({type(bad[0]).__name__})",
            hint='for example ["العراق", "سوريا"]',
        )
    return terms


def _query_keys(term: str, key: str) -> list[str]:
    from helpers.text import tokenize

    toks = tokenize(str(term))
    toks = toks[toks["kind"] != "punct"]
    if toks.empty:
        raise SelectionError(
            f"the search term {term!r} holds no word to search for",
            hint="give a word such as العراق, or several words for a phrase",
        )
    return toks[key].astype(str).tolist()


def _context(
    text: str | None, starts: np.ndarray, ends: np.ndarray, surfaces: np.ndarray, lo: int, hi: int
) -> str:
    """Text covering tokens ``lo`` to ``hi - 1``."""
    if hi <= lo:
        return ""
    if text is not None:
        return text[int(starts[lo]) : int(ends[hi - 1])]
    parts = [str(surfaces[lo])]
    for k in range(lo + 1, hi):
        if starts[k] > ends[k - 1]:
            parts.append(" ")
        parts.append(str(surfaces[k]))
    return "".join(parts)


def concordance(
    tokens: pd.DataFrame,
    term: str | Iterable[str],
    window: int = 6,
    *,
    key: str = "base",
    zones: pd.DataFrame | None = None,
    analyse: bool = True,
    labels: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Every occurrence of a term with ``window`` tokens of context on each side.

    Parameters
    ----------
    tokens : DataFrame
        Tokens table of :func:`helpers.text.tokenize_zones` (``story_id, zone, start,
        end, surface, kind`` and the ``key`` column; ``sentence``/``paragraph`` are
        copied when present).
    term : str or iterable of str
        What to search for, as a user would type it (العراق، وزير الخارجية). It is
        tokenised like the corpus and matched on ``key``; several terms (a list, a
        Series) are searched together; an empty list gives an empty table.
    window : int
        Context size in tokens on each side, punctuation not counted (default 6; a
        whole number >= 0).
        Context never crosses from one zone (title, caption, body) into another.
    key : {"base", "norm", "surface"}
        Tokens column to match: ``base`` (default, the term key), ``norm`` or
        ``surface``.
    zones : DataFrame, optional
        The zones table the tokens came from (``story_id, zone, text``). With it the
        context is the original text, spacing included; without it the context is
        rebuilt from the tokens (one space wherever the text had a gap).
    analyse : bool
        ``True`` (default): ``term`` is text as a user types it and is tokenised.
        ``False``: ``term`` is already a term key (the ``term`` column of a frequency or
        keyness table; n-gram keys space-joined) and is matched as is.
    labels : mapping of str to str, optional
        Each term's label as the table it comes from shows it (``{term: label}`` of a
        keyness table), so the header names it as that table does; a term it lacks is
        labelled from ``tokens`` (:func:`_written`).

    Returns
    -------
    DataFrame
        Columns :data:`CONCORDANCE_COLUMNS`: ``story_id``, ``zone`` (str), ``start``,
        ``end`` (int64, offsets of the keyword into the zone text), ``left`` (str, the
        text before the keyword: in reading order, i.e. shown on its right in Arabic),
        ``keyword`` (str, as written), ``right`` (str, the text after it), ``sentence``,
        ``paragraph`` (int64, or -1 when the tokens table lacks them). In story
        order: the stories as the tokens hold them, in a story its title first, then
        captions and body (:func:`_story_order`).
        Runs of whitespace (paragraph breaks) in the context are shown as one space.
        ``df.attrs["terms"]`` holds the terms as given, ``df.attrs["query"]`` the
        searched keys, ``df.attrs["labels"]`` each term as the header shows it: a
        typed term (``analyse=True``) as typed, a term key its most frequent written
        form (:func:`_written`: العراق for the key عراق), ``labels`` first.

    Raises
    ------
    helpers.errors.ArgumentError
        An argument of the wrong type or value: ``tokens`` or ``zones`` not a
        DataFrame, ``term`` neither a str nor an iterable of str (``None``, a number),
        ``window`` not a whole number >= 0 (``2.5``, ``-1``), ``key`` not one of
        :data:`KEYS`, ``analyse`` not a bool, ``labels`` not a mapping. Also a
        ``TypeError``/``ValueError``.
    helpers.errors.SelectionError
        A search term holds no word (``""``, ``"،"``) or an empty term key.
    helpers.errors.CorpusFormatError
        The tokens or zones table lacks a needed column, or the zones text does not
        match the tokens (``text[start:end] != surface``: the zones are not the ones
        the tokens came from).
    """
    terms = _check_args(tokens, term, window, key, zones, analyse)
    if labels is not None and not isinstance(labels, Mapping):
        raise ArgumentError(
            f"concordance: labels must map each term to its label (a dict), got "
            f"{type(labels).__name__}",
            hint='for example dict(zip(keyness["term"], keyness["label"]))',
        )
    need = {"story_id", "zone", "start", "end", "surface", "kind", key}
    missing = sorted(need - set(tokens.columns))
    if missing:
        raise CorpusFormatError(
            f"concordance: the tokens table lacks column(s) {', '.join(missing)}",
            hint="use helpers.text.tokenize_zones(zones)",
        )
    if zones is not None:
        zmissing = sorted({"story_id", "zone", "text"} - set(zones.columns))
        if zmissing:
            raise CorpusFormatError(
                f"concordance: the zones table lacks column(s) {', '.join(zmissing)}",
                hint="use helpers.corpus.zones(stories)",
            )
    if analyse:
        queries = [_query_keys(t, key) for t in terms]
    else:
        queries = [str(t).split() for t in terms]
        if any(not q for q in queries):
            raise SelectionError(
                f"empty term key in {terms!r}", hint="pass the term column of a frequency table"
            )
    texts: dict[tuple[str, str], str] = {}
    if zones is not None:
        texts = {(str(z.story_id), str(z.zone)): str(z.text) for z in zones.itertuples(index=False)}
    rows: list[dict[str, object]] = []
    for (sid, zone), g in tokens.groupby(["story_id", "zone"], sort=False):
        g = g.sort_values("start", kind="stable")
        keys = g[key].astype(str).to_numpy()
        kinds = g["kind"].astype(str).to_numpy()
        starts = g["start"].to_numpy()
        ends = g["end"].to_numpy()
        surf = g["surface"].astype(str).to_numpy()
        sent = g["sentence"].to_numpy() if "sentence" in g else np.full(len(g), -1)
        para = g["paragraph"].to_numpy() if "paragraph" in g else np.full(len(g), -1)
        words = np.flatnonzero(kinds != "punct")  # positions of countable tokens
        text = texts.get((str(sid), str(zone)))
        if text is not None and len(g) and text[int(starts[0]) : int(ends[0])] != surf[0]:
            raise CorpusFormatError(
                f"concordance: the zones table does not match the tokens of story {sid}, "
                f"zone {zone}: text[{int(starts[0])}:{int(ends[0])}] is "
                f"{text[int(starts[0]) : int(ends[0])]!r}, the token is {surf[0]!r}",
                hint="pass the zones table the tokens were made from",
            )
        for q in queries:
            n = len(q)
            word_keys = keys[words]
            hits = np.flatnonzero(word_keys[: max(0, len(words) - n + 1)] == q[0])
            for wi in hits:
                wi = int(wi)
                pos = words[wi : wi + n]
                if n > 1 and pos[-1] - pos[0] != n - 1:
                    continue  # punctuation inside the phrase
                if any(keys[p] != q[k] for k, p in enumerate(pos)):
                    continue
                first, last = int(pos[0]), int(pos[-1])
                lo = int(words[max(0, wi - window)]) if window else first
                hi = (
                    int(words[min(len(words) - 1, wi + n - 1 + window)]) + 1 if window else last + 1
                )
                if text is not None:
                    left = text[int(starts[lo]) : int(starts[first])] if lo < first else ""
                    right = text[int(ends[last]) : int(ends[hi - 1])] if hi > last + 1 else ""
                    kw = text[int(starts[first]) : int(ends[last])]
                else:
                    left = _context(None, starts, ends, surf, lo, first)
                    if lo < first and starts[first] > ends[first - 1]:
                        left += " "
                    right = _context(None, starts, ends, surf, last + 1, hi)
                    if hi > last + 1 and starts[last + 1] > ends[last]:
                        right = " " + right
                    kw = _context(None, starts, ends, surf, first, last + 1)
                left, right = _WS.sub(" ", left), _WS.sub(" ", right)
                rows.append(
                    {
                        "story_id": str(sid),
                        "zone": str(zone),
                        "start": int(starts[first]),
                        "end": int(ends[last]),
                        "left": left,
                        "keyword": kw,
                        "right": right,
                        "sentence": int(sent[first]),
                        "paragraph": int(para[first]),
                    }
                )
    out = pd.DataFrame(rows, columns=CONCORDANCE_COLUMNS)
    out = out.astype(
        {
            "story_id": "str",
            "zone": "str",
            "start": "int64",
            "end": "int64",
            "left": "str",
            "keyword": "str",
            "right": "str",
            "sentence": "int64",
            "paragraph": "int64",
        }
    )
    if len(out):  # story order: stories as the tokens hold them, a story as it is read
        out = _story_order(out, tokens)
    out.attrs["query"] = [" ".join(q) for q in queries]
    out.attrs["terms"] = [str(t) for t in terms]
    # a search as typed is headed as typed (session 18: «العراق» read in a sample where
    # only والعراق occurs was headed والعراق); a term key by its written form
    typed = [" ".join(str(t).split()) for t in terms]
    out.attrs["labels"] = typed if analyse else _written(tokens, queries, terms, key)
    if labels is not None:  # the table's own labels first
        out.attrs["labels"] = [
            str(labels.get(t, w)) for t, w in zip(terms, out.attrs["labels"], strict=True)
        ]
    return out


def _written(tokens: pd.DataFrame, queries: list[list[str]], terms: list, key: str) -> list[str]:
    """Each query as a reader knows it, for the concordance's header: each word's label
    by khabar's one labelling rule (:func:`helpers.freq.term_labels`: the most frequent
    written form without proclitics other than the article) among ``tokens``, the
    words of a phrase joined by a space: the key عراق is headed العراق, اسد الأسد
    (session 18: notebook 05 headed its concordances with bare keys). A query with a
    word the tokens never hold is headed by the term as given."""
    from helpers.freq import term_labels

    words = {w for q in queries for w in q}
    if not words or len(tokens) == 0:
        return [str(t) for t in terms]
    labels = term_labels(tokens[tokens[key].astype(str).isin(words)], key=key)
    shown = labels.to_dict()
    return [
        " ".join(shown[w] for w in q) if all(w in shown for w in q) else str(t)
        for q, t in zip(queries, terms, strict=True)
    ]


def _story_order(out: pd.DataFrame, tokens: pd.DataFrame) -> pd.DataFrame:
    """The concordance lines in story order: the stories in the order the tokens hold
    them, within a story its zones in reading order (:data:`helpers.corpus.load.ZONES`:
    title, caption, body; any other zone after them, by name), within a zone by
    ``start``; one line per hit (several terms may find the same words). Session 21:
    lines were sorted by the zone's name, so «body» came before «title» and a
    story's title hit stood 20th of its 21 lines in notebook 05's key-term
    concordance."""
    from helpers.corpus.load import ZONES

    order = {s: i for i, s in enumerate(dict.fromkeys(tokens["story_id"].astype(str)))}
    zone = {z: i for i, z in enumerate(ZONES)}
    return (
        out.assign(
            _o=out["story_id"].map(order),
            _z=out["zone"].map(lambda z: zone.get(z, len(ZONES))),
        )
        .sort_values(["_o", "_z", "zone", "start"], kind="stable")
        .drop(columns=["_o", "_z"])
        .drop_duplicates(["story_id", "zone", "start", "end"])
        .reset_index(drop=True)
    )


#: The concordance's style. Every rule is ``table.khabar-kwic td.<cell>`` (specificity
#: 0,2,2): JupyterLab's export sets ``:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon
#: td {text-align: right}`` (0,2,1), which beat ``.khabar-kwic .pre`` (0,2,0), so the
#: preceding context stood right-aligned, far from its keyword (session 21, seen in
#: headless Chromium). The keyword column is as wide as its longest keyword (``width:1%``
#: in an automatic layout), each context fills its half (``max-width:0`` lets it cut
#: instead of widening the table) and stands flush against the keyword: the preceding
#: one (on the keyword's right) aligned left, the following one aligned right.
_CSS = (
    "<style>"
    "table.khabar-kwic{border-collapse:collapse;table-layout:auto;width:100%;font-size:15px}"
    "table.khabar-kwic td,table.khabar-kwic th{padding:2px 6px;white-space:nowrap;"
    "overflow:hidden;border-bottom:1px solid #eee}"
    "table.khabar-kwic td.pre{width:43%;max-width:0;direction:ltr;text-align:left;"
    "padding-left:3px}"
    "table.khabar-kwic td.kw{width:1%;padding:2px 4px;text-align:center;font-weight:bold;"
    "color:#8b0000}"
    "table.khabar-kwic td.post{width:43%;max-width:0;direction:rtl;text-align:right;"
    "padding-right:3px}"
    # a story id is never cut (ids of one day differ in their last characters): it
    # wraps inside its column, at any character
    "table.khabar-kwic td.id{width:13%;max-width:0;font-size:11px;color:#666;direction:ltr;"
    "text-align:right;white-space:normal;overflow-wrap:anywhere;word-break:break-all}"
    "</style>"
)


def _far_cut(left: str, limit: int = MAX_CHARS) -> str:
    """The last ``limit`` characters of a preceding context, an ellipsis at its start."""
    return left if len(left) <= limit else "…" + left[-(limit - 1) :]


def concordance_html(
    conc: pd.DataFrame, *, max_rows: int = 200, source: str | Path | None = None
) -> str:
    """The concordance as a right-to-left HTML table (a string).

    Parameters
    ----------
    conc : DataFrame
        Output of :func:`concordance` (needs ``story_id, left, keyword, right``).
    max_rows : int
        Lines shown; a note says how many were left out.
    source : str or Path, optional
        The file holding every line (e.g. ``PROCESSED / "concordance.csv"``), named in
        the note as :func:`helpers.display.left_out_note` writes it (in Arabic).

    Returns
    -------
    str
        ``<table dir="rtl">`` with four columns in reading order: story id (whole,
        wrapped in its column, never cut: ids of one day differ at their end), preceding
        context (flush against the keyword, cut on its far side), keyword (one
        centred column), following context. Every cell's text is HTML-escaped with
        the project's :func:`helpers.display.escape_html` and
        wrapped in ``<bdi>`` so neutral characters do not reorder across cells. Each
        cell shows at most 300 characters (the preceding context loses its far start).
        The caption names the terms (``attrs["labels"]``) and counts the lines in
        Arabic (:func:`helpers.charts.skeleton.counted`: «العراق · 12 سطراً»).

    Raises
    ------
    helpers.errors.ArgumentError
        ``conc`` is not a DataFrame, ``max_rows`` is not a whole number >= 0, or
        ``source`` is not a path or None.
    helpers.errors.CorpusFormatError
        ``conc`` lacks one of ``story_id, left, keyword, right``.
    """
    if source is not None:
        check_path(source, "concordance_html", "source")
    if not isinstance(conc, pd.DataFrame):
        raise ArgumentError(
            f"concordance_html: conc must be a concordance table (a DataFrame), got "
            f"{type(conc).__name__}",
            hint="use helpers.kwic.concordance(tokens, term)",
        )
    max_rows = check_whole(max_rows, "concordance_html", "max_rows", minimum=0)
    missing = sorted({"story_id", "left", "keyword", "right"} - set(conc.columns))
    if missing:
        raise CorpusFormatError(
            f"concordance_html: the concordance table lacks column(s) {', '.join(missing)}",
            hint="use helpers.kwic.concordance(tokens, term)",
        )
    e = escape_html
    head = conc.head(max_rows)
    rows = []
    for r in head.itertuples(index=False):
        rows.append(
            "<tr>"
            f'<td class="id">{e(str(r.story_id))}</td>'
            f'<td class="pre"><bdi dir="rtl">{e(_far_cut(str(r.left)), None)}</bdi></td>'
            f'<td class="kw"><bdi dir="rtl">{e(str(r.keyword))}</bdi></td>'
            f'<td class="post"><bdi dir="rtl">{e(str(r.right))}</bdi></td>'
            "</tr>"
        )
    more = left_out_note(max(len(conc) - max_rows, 0), "سطر", source)
    # each term by its written form (العراق), not its key (عراق)
    query = " / ".join(
        conc.attrs.get("labels") or conc.attrs.get("terms", conc.attrs.get("query", []))
    )
    from helpers.charts.skeleton import counted  # the one rule of Arabic counted nouns

    cap = (
        f'<caption><bdi dir="rtl">{e(query)}</bdi> · <bdi dir="rtl">'
        f"{e(counted(len(conc), 'سطر'))}</bdi></caption>"
        if query
        else ""
    )
    return (
        f'{_CSS}<div dir="rtl"><table class="khabar-kwic" dir="rtl">{cap}'
        f"{''.join(rows)}</table>{more}</div>"
    )


def show_concordance(conc: pd.DataFrame, *, max_rows: int = 200, source: str | Path | None = None):
    """Display a concordance in Jupyter (see :func:`concordance_html`).

    Returns
    -------
    IPython.display.HTML
        Shows itself as the cell's output; ``.data`` is the HTML string.

    Raises
    ------
    helpers.errors.ArgumentError, helpers.errors.CorpusFormatError
        As :func:`concordance_html`.
    """
    from IPython.display import HTML

    return HTML(concordance_html(conc, max_rows=max_rows, source=source))
