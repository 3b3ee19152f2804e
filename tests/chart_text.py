"""What a chart's text says, for tests: the one ``plain`` helper of the chart tests."""

from __future__ import annotations


def plain(text: str, *, join: bool = True) -> str:
    """``text`` without U+200F RIGHT-TO-LEFT MARKs (``bidi_name`` puts one after each
    name) and U+200E LEFT-TO-RIGHT MARKs (around a Latin name, session 20) and, with
    ``join``, its lines and spaces joined by one space (titles and subtitles wrap to the
    figure's width), so a test compares the words a reader sees; ``join=False`` keeps
    the lines (a test of where the title ends)."""
    text = text.replace("\u200f", "").replace("\u200e", "")
    return " ".join(text.split()) if join else text
