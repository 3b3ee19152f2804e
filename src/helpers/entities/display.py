"""Mentions highlighted in the story text, as escaped right-to-left HTML.

Corpus text may contain markup (scraped pages), so every character of it is passed
through :func:`helpers.display.escape_html` (the project's one escaping function): a
``<script>`` or ``<img onerror=...>`` in a story shows as text and never runs in a
notebook.
"""

from __future__ import annotations

import pandas as pd

from helpers.display import escape_html, value_label
from helpers.errors import ArgumentError, CorpusFormatError

__all__ = ["TYPE_COLOURS", "highlight_html", "story_html"]

#: Background colour per entity type (colour-blind-safe Okabe-Ito tints).
TYPE_COLOURS = {"PERSON": "#f5d5a8", "ORG": "#b9dcf2", "LOC": "#c4ebd9", "NORP": "#f2d0e4"}


def highlight_html(text: str, mentions: pd.DataFrame) -> str:
    """Return ``text`` as HTML with each mention wrapped in a coloured ``<mark>``.

    Parameters
    ----------
    text : str
        One zone's text (the offsets of ``mentions`` index into it).
    mentions : DataFrame
        Rows with ``start``, ``end`` (int), ``type`` and ``canonical`` (str), e.g. the
        rows of one story and zone of :func:`extract_entities`. Overlapping rows are
        skipped after the first.

    Returns
    -------
    str
        A ``<div dir="rtl">`` fragment; text and attribute values are HTML-escaped,
        line breaks become ``<br>``. Each mark has a ``title`` tooltip «type name
        (TYPE): canonical» (the Arabic name of ``helpers/data/value_names.tsv`` and the
        code a reader finds in the CSV: «شخص (PERSON): سيرغي لافروف»; a type without an
        Arabic name by its code alone) and class ``khabar-TYPE``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``text`` is not a str or ``mentions`` not a DataFrame.
    helpers.errors.CorpusFormatError
        A mention's offsets fall outside ``text`` (the mentions are not of this text;
        also a ``ValueError``).
    """
    if not isinstance(text, str):
        raise ArgumentError(f"highlight_html: text must be a str, got {type(text).__name__}")
    if not isinstance(mentions, pd.DataFrame):
        raise ArgumentError(
            f"highlight_html: mentions must be a mentions table (a DataFrame), got "
            f"{type(mentions).__name__}",
            hint="use helpers.entities.extract_entities(stories)",
        )
    parts = []
    pos = 0
    rows = mentions.sort_values("start") if len(mentions) else mentions
    for start, end, typ, canon in zip(
        rows.get("start", []),
        rows.get("end", []),
        rows.get("type", []),
        rows.get("canonical", []),
        strict=True,
    ):
        start, end = int(start), int(end)
        if not 0 <= start < end <= len(text):
            raise CorpusFormatError(
                f"highlight_html: mention offsets {start}:{end} outside a text of length "
                f"{len(text)}",
                hint="pass the mentions of this story and zone",
            )
        if start < pos:
            continue
        colour = TYPE_COLOURS.get(str(typ), "#e0e0e0")
        parts.append(_esc(text[pos:start]))
        tip = escape_html(f"{_type_name(typ)}: {canon}")
        parts.append(
            f'<mark class="khabar-{escape_html(typ)}" style="background:{colour};'
            f'padding:0 2px;border-radius:3px" title="{tip}">{_esc(text[start:end])}</mark>'
        )
        pos = end
    parts.append(_esc(text[pos:]))
    return '<div dir="rtl" style="text-align:right;line-height:1.9">' + "".join(parts) + "</div>"


def _type_name(typ: object) -> str:
    """«شخص (PERSON)»: an entity type's Arabic name (``value_names.tsv``, the names
    every displayed table shows) with its code; a type without one by its code."""
    name = value_label("type", str(typ))
    return f"{name} ({typ})" if name != str(typ) else str(typ)


def _esc(s: str) -> str:
    return escape_html(s, None).replace("\n", "<br>")


def story_html(zones: pd.DataFrame, mentions: pd.DataFrame, story_id: str) -> str:
    """All zones of one story, highlighted, with a legend of the entity types.

    Parameters
    ----------
    zones : DataFrame
        :func:`helpers.corpus.zones` table.
    mentions : DataFrame
        :func:`extract_entities` table.
    story_id : str

    Returns
    -------
    str
        HTML, right to left and right-aligned: a legend of the entity types by their
        Arabic names (``helpers/data/value_names.tsv``: شخص، منظمة، مكان، جنسية أو
        جماعة), then per zone a small heading by its Arabic name (العنوان، تعليق صورة،
        النص: the same file; a zone without one by its code) and the highlighted text.

    Raises
    ------
    helpers.errors.ArgumentError
        ``zones`` or ``mentions`` is not a DataFrame.
    helpers.errors.CorpusFormatError
        ``zones`` lacks ``story_id, zone, text``, ``mentions`` lacks ``story_id, zone,
        start, end, type, canonical``, or ``story_id`` is not in ``zones``.
    """
    for name, table, need in (
        ("zones", zones, ("story_id", "zone", "text")),
        ("mentions", mentions, ("story_id", "zone", "start", "end", "type", "canonical")),
    ):
        if not isinstance(table, pd.DataFrame):
            raise ArgumentError(
                f"story_html: {name} must be a DataFrame, got {type(table).__name__}"
            )
        missing = [c for c in need if c not in table.columns]
        if missing:
            raise CorpusFormatError(f"story_html: the {name} table lacks column(s) {missing}")
    if not (zones["story_id"] == story_id).any():
        raise CorpusFormatError(f"story_html: no story {story_id!r} in the zones table")
    legend = " ".join(
        f'<mark style="background:{c};padding:0 4px" title="{escape_html(t)}">'
        f"{escape_html(value_label('type', t))}</mark>"
        for t, c in TYPE_COLOURS.items()
    )
    out = [f'<div dir="rtl" style="font-size:small;text-align:right">{legend}</div>']
    for zone, text in zip(
        zones.loc[zones["story_id"] == story_id, "zone"],
        zones.loc[zones["story_id"] == story_id, "text"],
        strict=True,
    ):
        m = mentions[(mentions["story_id"] == story_id) & (mentions["zone"] == zone)]
        out.append(
            f'<h4 dir="rtl" style="margin:8px 0 2px;text-align:right" '
            f'title="{escape_html(zone)}">{escape_html(value_label("zone", zone))}</h4>'
        )
        out.append(highlight_html(text, m))
    return "\n".join(out)
