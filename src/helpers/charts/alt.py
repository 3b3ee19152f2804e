"""The alt text of a figure, in Arabic: what a screen reader reads in place of the image.

One template module: every word the alt text adds around the figure's own text is in
:data:`WORDS` (Arabic, so that the description of an Arabic chart is read in one
language and one voice), lists are joined with the Arabic comma (``، ``) and semicolon
(``؛ ``), and the figure's own texts (title, subtitle, panel titles, axis labels, bar
labels, legend entries, a cloud's words) are given as the figure shows them: the same
names, the same numbers (``3,128 قصة``), each title line as written before it was
wrapped to the figure's width.

Example (a bar chart of two panels)::

    رسم بياني: الكلمات الأكثر تكراراً في كل صحيفة — 12 صحيفة، 20,290 قصة. اللوحة: الرياض ·
    3,128 قصة. المحور: لكل 1,000 كلمة. التسميات: العام، منطقة، رئيس. ...
"""

from __future__ import annotations

from matplotlib.figure import Figure

from ..errors import KhabarError
from .labels import RLM, WITHOUT_BIDI_CONTROLS, to_logical
from .skeleton import ALT_LEGEND, ALT_TITLE, ALT_WORDS

__all__ = ["WORDS", "figure_alt"]

#: The words the alt text puts around the figure's own text, one entry a template.
WORDS = {
    "figure": "رسم بياني: {title}",  # "chart: <title>"
    "untitled": "رسم بياني بلا عنوان",  # "a chart without a title"
    "words": "كلمات السحابة، الأكبر أولاً: {items}",  # "the cloud's words, largest first"
    "panel": "اللوحة: {name}",  # "the panel: <its title>"
    "axis": "المحور: {labels}",  # one axis label
    "axes": "المحوران: {labels}",  # two axis labels (the dual)
    "items": "التسميات: {items}",  # "the labels" (bars, rows, terms written on a scatter)
    "colour_scale": "مقياس الألوان: {label}",  # "the colour scale"
    "legend": "مفتاح الرسم: {items}",  # "the legend"
    "note": "ملاحظة: {text}",  # "note": the lines under a figure (term scatter's reading)
    "first_of": "أول {shown:,} من {total:,}",  # "the first 12 of 24"
}
#: Between the items of a list (the Arabic comma), between two axis labels (the Arabic
#: semicolon), between the lines of a title (its subtitle) or of one axis label or note,
#: and between the parts.
LIST_SEP = "، "
AXIS_SEP = "؛ "
LINE_SEP = " — "
PART_SEP = ". "


def _clean(text: str) -> str:
    """One line of a figure's text as a reader reads it: logical order (a label drawn
    for a renderer that cannot shape is turned back, :func:`to_logical`), without the
    U+200F marks that only steer the layout and without bidi embeddings, overrides and
    isolates (a title kept as written, :data:`~helpers.charts.skeleton.ALT_TITLE`, is no
    drawn label: :data:`helpers.charts.labels.WITHOUT_BIDI_CONTROLS`), spaces collapsed."""
    text = text.translate(WITHOUT_BIDI_CONTROLS)
    return " ".join(to_logical(text).replace(RLM, "").split())


def _texts(artists, sep: str = " ") -> list[str]:
    out = []
    for a in artists:
        text = a.get_text() if a is not None else ""
        lines = [_clean(line) for line in text.split("\n") if line.strip()]
        if lines:  # sep=LINE_SEP tells a title's lines (its subtitle) apart
            out.append(sep.join(lines))
    return out


def _listed(template: str, items: list[str], max_items: int) -> str:
    """``items`` filled into ``template``, the first ``max_items`` of them, saying how
    many there are when some are left out: «التسميات (أول 12 من 24): ...»."""
    text = template.format(items=LIST_SEP.join(items[:max_items]))
    if len(items) > max_items:
        head, colon, rest = text.partition(": ")
        count = WORDS["first_of"].format(shown=max_items, total=len(items))
        text = f"{head} ({count}){colon}{rest}"
    return text


def _title_lines(fig: Figure) -> list[str]:
    """The figure's title and subtitle lines as written (:data:`ALT_TITLE`, kept by
    :func:`helpers.charts.skeleton._title` before wrapping), else the drawn title's
    lines."""
    kept = getattr(fig, ALT_TITLE, None)
    if kept:
        return [line for line in (_clean(t) for t in kept) if line]
    title = _texts([getattr(fig, "_suptitle", None)], LINE_SEP)
    return title


def figure_alt(fig: Figure, *, max_items: int = 12) -> str:
    """A text description of a khabar figure, in Arabic, for the ``alt`` of its image.

    Built from what the figure says: its title and subtitle (each line as written, not
    as wrapped; or, for a figure titled on its one panel such as
    :func:`helpers.charts.term_scatter`, that panel's title), each panel's title, the
    axis labels, the first ``max_items`` category labels of each panel (bar labels,
    heatmap rows; the terms written on a scatter), the words of a word cloud (largest
    first, kept on the figure as :data:`~helpers.charts.skeleton.ALT_WORDS` since the
    cloud is an image), the colour scale's label and the legend entries (in reading
    order), framed by the Arabic words of :data:`WORDS`, e.g.
    ``"رسم بياني: أكثر الكلمات تكراراً — ... . المحور: عدد المرات. التسميات (أول 12 من
    20): العراق، لافروف، .... مفتاح الرسم: ..."``.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    max_items : int
        Category labels and legend entries listed per panel.

    Returns
    -------
    str
        Plain text (escape it before putting it into HTML; :func:`show_figure` does).

    Raises
    ------
    KhabarError
        ``fig`` is not a matplotlib Figure.
    """
    if not isinstance(fig, Figure):
        raise KhabarError(f"figure_alt: expected a matplotlib Figure, got {type(fig).__name__}")
    parts = []
    title = _title_lines(fig)
    axes = [
        ax
        for ax in fig.axes
        if ax.get_visible()
        and (ax.axison or ax.images or ax.texts)
        and ax.get_label() != "<colorbar>"
    ]
    used = None
    if not title:  # a figure titled on its only panel (term scatter, empty figure)
        for ax in axes:
            title = _texts([ax.title, ax._left_title, ax._right_title], LINE_SEP)
            if title:
                used = ax
                break
    if title:
        parts.append(WORDS["figure"].format(title=LINE_SEP.join(title)))
    else:
        parts.append(WORDS["untitled"])
    words = getattr(fig, ALT_WORDS, None)
    if words:  # a word cloud is an image: its words, largest first
        parts.append(_listed(WORDS["words"], [_clean(w) for w in words], max_items))
    notes = []  # a picture's x label is a note under it (how a cloud's words are sized)
    for ax in axes:
        panel = [] if ax is used else _texts([ax.title, ax._left_title, ax._right_title])
        # an axis label of two lines (a unit and its gloss) read as two lines, not run
        # together with a space (session 19)
        labels = _texts([ax.xaxis.label, ax.yaxis.label], LINE_SEP)
        if ax.images:
            notes += _texts([ax.xaxis.label], LINE_SEP)
            labels = []
        items = _texts(ax.get_yticklabels()) if len(ax.get_yticks()) else []
        if not items or all(map(_is_number, items)):
            # labels written on the plot (term scatter, middle column of two stories)
            items = [t for t in _texts(ax.texts) if not _is_number(t)] if not ax.images else []
        bit = []
        if panel:
            bit.append(WORDS["panel"].format(name=" / ".join(panel)))
        if labels:
            template = WORDS["axis"] if len(labels) == 1 else WORDS["axes"]
            bit.append(template.format(labels=AXIS_SEP.join(labels)))
        if items and not all(map(_is_number, items)):
            bit.append(_listed(WORDS["items"], items, max_items))
        if bit:
            parts.append(PART_SEP.join(bit))
    for ax in fig.axes:
        scale = _texts([ax.yaxis.label, ax.xaxis.label], LINE_SEP)
        if ax.get_label() == "<colorbar>" and scale:
            scale = AXIS_SEP.join(scale)
            parts.append(WORDS["colour_scale"].format(label=scale))
    note = _texts([getattr(fig, "_supxlabel", None)], LINE_SEP) + notes
    if note:  # the figure's notes under its axes (how to read the term scatter)
        parts.append(WORDS["note"].format(text=LINE_SEP.join(note)))
    for legend in fig.legends:
        # in reading order (first entry first) where khabar drew the legend
        known = getattr(legend, ALT_LEGEND, None)
        entries = _texts([_Plain(t) for t in known]) if known else []
        entries = entries or _texts(legend.get_texts())
        if entries:
            parts.append(_listed(WORDS["legend"], entries, max_items))
    return PART_SEP.join(parts) + "."


class _Plain:
    """A string with the ``get_text`` of a Text, for :func:`_texts`."""

    def __init__(self, text: str):
        self.text = text

    def get_text(self) -> str:
        return self.text


def _is_number(text: str) -> bool:
    """A tick or cell label that is only a number (``1,200``, ``−0.5``, ``0.051``)."""
    core = text.replace(",", "").replace(".", "").replace("\u2212", "").replace("-", "")
    return core.isdigit()
