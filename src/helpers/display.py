"""Showing values in notebooks and their HTML exports: escaped, bounded, right-to-left.

Everything a notebook shows as HTML may come from a corpus or a file name khabar does
not control (story ids, titles, file names, column names, group values, metadata
fields). :func:`escape_html` is the one function that turns such a value into HTML
text: it escapes ``& < > " '`` (so nothing can open a tag or leave an attribute), and
replaces lone surrogates (undecodable bytes of a file name) with U+FFFD so the export
can be written as UTF-8. Every HTML fragment khabar builds passes its values through it.

Displays are bounded: a cell or title is cut to :data:`MAX_CHARS` characters with an
ellipsis and a table to ``max_rows`` rows with a note naming the file that holds the
whole table, so no output cell grows with the corpus. Only the display is cut: the
tables and their CSV files keep the full text.

Paths are shown relative to the project root (:func:`shown_path`): the notes that name
a table's file, the ``wrote ...`` lines of the notebooks (:func:`wrote`) and the path
columns of a table (:data:`PATH_COLUMNS`, e.g. the stories table's ``source``), so an
HTML export shared with others never carries the absolute folders of the machine that
ran it. The tables and CSV files keep the paths as they are.

Column headers are shown in Arabic (:func:`column_label`, from the one file
``helpers/data/column_names.tsv``): ``per_1000`` reads «لكل 1,000 كلمة». Only the
display changes: the tables, their CSV files and tables.xlsx keep the English column
names that DEVELOPING.md documents, and :func:`rtl_table` keeps each English name as the
header's tooltip, so a reader can find the column in the CSV.

Coded values are shown in Arabic too (:func:`value_label`, from
``helpers/data/value_names.tsv``): ``PERSON`` reads «شخص», ``gazetteer`` «قائمة الأسماء»,
``True`` «نعم»; the tables and files keep the codes, and :func:`rtl_table` keeps each code
as the cell's tooltip.

Each table cell's direction follows its first strong character (CSS ``unicode-bidi:
plaintext``, the equivalent of ``dir="auto"``), so Arabic cells read right-to-left and
Latin ones left-to-right, and the full stop and ٪ land on the right side.
"""

from __future__ import annotations

import html
import numbers
import os
import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from helpers.charsets import BIDI_CONTROLS, DIRECTION_MARKS, LRI, PDI
from helpers.errors import CODE_CLOSE as _CODE_CLOSE
from helpers.errors import CODE_OPEN as _CODE_OPEN

__all__ = [
    "CONTEXT",
    "DECIMALS",
    "FROM_ONE_COLUMNS",
    "ID_COLUMNS",
    "MAX_CHARS",
    "MAX_ROWS",
    "PATH_COLUMNS",
    "P_VALUE_COLUMNS",
    "around_change",
    "column_decimals",
    "column_label",
    "column_labels",
    "escape_html",
    "escape_markdown",
    "fixed_text",
    "interactive_table",
    "left_out_note",
    "markdown",
    "markdown_code",
    "p_value_text",
    "position_columns",
    "rtl_markdown",
    "rtl_table",
    "shorten",
    "shown_number",
    "shown_path",
    "value_label",
    "value_labels",
    "visible_controls",
    "whole_table_in",
    "wrote",
]

#: Characters of one value shown in a table cell, caption or heading (the CSV keeps all).
MAX_CHARS = 300
#: Rows of a table shown in a notebook (the CSV keeps all).
MAX_ROWS = 50
ELLIPSIS = "…"
#: Columns whose values are file paths (the stories table's ``source``, written as
#: ``source_file`` in stories.csv, the cleaning report's ``file``): shown through
#: :func:`shown_path` in displays.
PATH_COLUMNS = ("source", "source_file", "file")
#: The folder paths are shown relative to: the project (the repository root, where
#: ``data/``, ``figures/`` and ``build/`` are; the same folder as
#: ``helpers.notebooks.PROJECT_ROOT``, which takes it from here: display is the lower
#: layer).
PROJECT_ROOT = Path(__file__).resolve().parents[2]
#: The main job's staging folder inside each output folder (``helpers.notebooks``
#: moves its files into the output folder when every notebook has succeeded): a path
#: through it is shown as the path it will have.
STAGING = ".khabar-run"


def markdown(text: str):
    """``text`` as IPython Markdown that prints as itself outside a notebook.

    A notebook renders it as Markdown (``_repr_markdown_``); a plain Python script that
    prints it, or a console that echoes it, shows the text, not
    ``<IPython.core.display.Markdown object>``.

    Parameters
    ----------
    text : str
        Markdown source.

    Text holding an Arabic letter (:data:`helpers.charsets.ARABIC_LETTER_RE`) is
    rendered inside one right-to-left block (:func:`rtl_markdown`: session 20, the
    comparison's sides line «أ = اليوم (492 قصة)؛ …» ended with its full stop at the
    left edge of notebook 04's HTML export); other text as it is. This is the one
    function the notebooks and ``helpers`` show Markdown through.

    Returns
    -------
    IPython.display.Markdown
        A subclass whose ``repr`` and ``str`` are ``text`` (without the block) and whose
        ``data`` (what the notebook renders) is :func:`rtl_markdown` of ``text``.
    """
    from IPython.display import Markdown

    class _Text(Markdown):
        def __repr__(self) -> str:
            return text

        __str__ = __repr__

    return _Text(rtl_markdown(text))


#: The block :func:`rtl_markdown` puts Arabic Markdown in: the blank lines make the
#: Markdown inside it read as Markdown (CommonMark's HTML block ends at a blank line;
#: JupyterLab and nbconvert's mistune both render it so). Its paragraphs and list items
#: start at the right edge (:data:`RTL_BLOCK_CSS`).
RTL_BLOCK = '<div dir="rtl" class="khabar-rtl">' + "{css}\n\n{}\n\n</div>"

#: The style inside every :data:`RTL_BLOCK`: JupyterLab's stylesheet, which the HTML
#: export carries, sets ``.jp-RenderedHTMLCommon p {text-align: left}``, so an Arabic
#: note a notebook shows (notebook 04's «وحدة المقارنة: …») had its lines start at the
#: left edge, ragged at the right and past the cell's left margin (session 24's
#: newcomer). ``div.khabar-rtl p`` outranks that rule (one more element in the
#: selector), so the lines start at the block's start: its right edge.
RTL_BLOCK_CSS = "<style>div.khabar-rtl p, div.khabar-rtl li {text-align: start}</style>"


#: A Markdown code span (one or more backticks, the same number closing it; not an
#: escaped backtick ``\```, which :func:`helpers.sections.chart_note` writes).
CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)")


def rtl_markdown(text: str) -> str:
    """``text`` (Markdown) inside :data:`RTL_BLOCK` when it holds an Arabic letter, so
    it reads right to left with its full stop at the right edge, each code span
    (:data:`CODE_SPAN`: an identifier, a command) isolated in a ``<bdi>`` so it reads
    in its own direction (``-p GROUP_BY outlet`` showed «p GROUP_BY outlet-» in the
    right-to-left line): :data:`CODE_BDI`, or :data:`ARABIC_CODE_BDI` for a span that
    holds an Arabic letter (session 21); other text unchanged. Raises
    :class:`helpers.errors.ArgumentError` when ``text`` is not a str."""
    from helpers.charsets import ARABIC_LETTER_RE
    from helpers.errors import ArgumentError

    if not isinstance(text, str):
        raise ArgumentError(f"markdown: text must be a str, got {type(text).__name__}")
    if not ARABIC_LETTER_RE.search(text):
        return text
    return RTL_BLOCK.format(CODE_SPAN.sub(_isolated_code, text), css=RTL_BLOCK_CSS)


#: How :func:`rtl_markdown` isolates a code span: a ``<bdi>`` that does not break
#: inside, so an option reads whole (the newcomer nc26 saw ``--group-by`` split over two
#: lines after its ``--``, the bidi layout breaking at the hyphen).
CODE_BDI = r'<bdi style="display:inline-block">\g<0></bdi>'
#: How :func:`rtl_markdown` shows a code span that holds an Arabic letter (a column
#: ``الصحيفة``, a selection ``{"الصحيفة": "سبق"}``): the same whole ``<bdi>``, but not
#: a ``<code>``, whose monospaced font draws each Arabic letter in a cell of its own,
#: spaced apart and read as unjoined (session 21, seen in headless Chromium on
#: nbconvert's export); the text's own font, on the grey of a code span, left to right
#: as code is typed (``{"الصحيفة": "سبق"}`` read with its braces turned round under the
#: first letter's direction). ``{}`` the span's text as literal Markdown
#: (:func:`escape_markdown`).
ARABIC_CODE_BDI = (
    '<bdi dir="ltr" style="display:inline-block;background:rgba(127,127,127,0.15);'
    'padding:0 0.2em;border-radius:3px">{}</bdi>'
)
#: Each Arabic run inside :data:`ARABIC_CODE_BDI` (:data:`ARABIC_CODE_RUN`) is isolated
#: in this ``<bdi>`` (direction from its first letter: right to left), so the quotes,
#: colons and brackets between two runs keep the span's left-to-right order. Without it
#: UAX #9 (rule N1) gives the neutrals between two Arabic runs their direction, and
#: ``{"الصحيفة": "سبق"}`` showed the value left of the key, ``{"الصحيفة": ["عكاظ",
#: "سبق"]}`` its quotes and brackets out of place (session 22, headless Chromium).
CODE_RUN_BDI = "<bdi>{}</bdi>"


def _arabic_code_run() -> re.Pattern:
    """:data:`ARABIC_CODE_RUN`: a run of Arabic letters (with their marks and tatweel)
    that goes on over spaces, ``_``, ``-`` and ``.`` to the next Arabic letter or digit,
    so a name of several words («اسم الصحيفة»), ``أ.ف.ب`` or ``المصدر 2`` reads right
    to left as one; a quote, a colon, a comma or a bracket ends it."""
    from helpers.charsets import ARABIC_LETTERS, DIACRITIC_CLASS, DIGITS, TATWEEL

    letter = f"[{ARABIC_LETTERS}][{DIACRITIC_CLASS}{TATWEEL}]*"
    return re.compile(f"{letter}(?:[ _.\\-]*(?:{letter}|[{DIGITS}]+))*")


#: An Arabic run of a code span (:func:`_arabic_code_run`).
ARABIC_CODE_RUN = _arabic_code_run()


def _isolated_code(match: re.Match) -> str:
    """One code span of :func:`rtl_markdown`: :data:`CODE_BDI`, or
    :data:`ARABIC_CODE_BDI` when its text holds an Arabic letter, each Arabic run in it
    (:data:`ARABIC_CODE_RUN`) in a :data:`CODE_RUN_BDI`, the rest escaped
    (:func:`escape_markdown`) piece by piece."""
    from helpers.charsets import ARABIC_LETTER_RE

    code = match.group(2)
    if ARABIC_LETTER_RE.search(code):
        body = code[1:-1] if code.startswith(" ") and code.endswith(" ") and code.strip() else code
        return ARABIC_CODE_BDI.format(isolated_runs(body))
    return match.expand(CODE_BDI)


def isolated_runs(code: str) -> str:
    """The text of an Arabic code span as :data:`ARABIC_CODE_BDI` holds it: each Arabic
    run (:data:`ARABIC_CODE_RUN`) in its own :data:`CODE_RUN_BDI`, every piece escaped
    as literal Markdown (:func:`escape_markdown`, ``limit=None``). ``'{"الصحيفة":
    "سبق"}'`` gives ``'{"<bdi>الصحيفة</bdi>": "<bdi>سبق</bdi>"}'``; text with no Arabic
    letter is only escaped. A line break is a space between two runs, as
    :func:`escape_markdown` writes it (``"سبق\\nالصحيفة"`` gives ``"<bdi>سبق</bdi>
    <bdi>الصحيفة</bdi>"``, session 22, hostfix22a). Raises
    :class:`helpers.errors.ArgumentError` when ``code`` is not a str."""
    from helpers.errors import check_text

    code = check_text(code, "isolated_runs", "code")
    pieces, end = [], 0
    for run in ARABIC_CODE_RUN.finditer(code):
        pieces.append(escape_markdown(code[end : run.start()], None))
        pieces.append(CODE_RUN_BDI.format(escape_markdown(run.group(0), None)))
        end = run.end()
    pieces.append(escape_markdown(code[end:], None))
    return "".join(pieces)


@lru_cache(maxsize=1)
def column_labels() -> dict[str, str]:
    """``{column: Arabic header}`` of ``helpers/data/column_names.tsv``: what a displayed
    table shows as the header of each known column (``per_1000`` -> «لكل 1,000 كلمة»).

    Returns
    -------
    dict of str to str
        Do not modify. Columns not in it are shown by their own name.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A row of the file is not ``column<TAB>label`` or repeats a column, or the file
        is not UTF-8, named with its line (:func:`helpers.io.read_data_rows`; the file
        is part of the package: a broken install or edit).
    """
    from helpers.errors import CorpusFormatError
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers", "column_names.tsv", ("column", "label"), error=CorpusFormatError
    )
    out: dict[str, str] = {}
    for column, label in rows:
        if column in out:
            raise CorpusFormatError(
                f"helpers/data/column_names.tsv: the column {column!r} is listed twice"
            )
        out[column] = label
    return out


def column_label(column: object) -> str:
    """The header a displayed table shows for ``column``: its Arabic label from
    :func:`column_labels` (``count`` -> «عدد المرات»), else the column's name as text
    (a group value or a column khabar does not know, e.g. a corpus's own metadata field).

    Raises
    ------
    helpers.errors.CorpusFormatError
        As :func:`column_labels`.
    """
    return column_labels().get(column, str(column)) if isinstance(column, str) else str(column)


@lru_cache(maxsize=1)
def position_columns() -> frozenset[str]:
    """The columns of ``helpers/data/position_columns.tsv``: whole numbers that are
    places or names (a character offset, a line, a year, a numbered story id), written
    with every digit and no separator («2015»), where a quantity follows
    :func:`number_text` («1,055,675»).

    Raises
    ------
    helpers.errors.CorpusFormatError
        A row of the file is not ``column<TAB>what``, or the file is not UTF-8, named
        with its line (:func:`helpers.io.read_data_rows`).
    """
    from helpers.errors import CorpusFormatError
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers", "position_columns.tsv", ("column", "what"), error=CorpusFormatError
    )
    return frozenset(column for column, _ in rows)


def _position(column: object, value: object) -> bool:
    """Is ``value`` a whole number of a :func:`position_columns` column?"""
    return (
        isinstance(column, str)
        and column in position_columns()
        and isinstance(value, numbers.Integral)
        and not isinstance(value, bool | np.bool_)
    )


#: The column of ``value_names.tsv`` whose rows hold for every column (True / False).
ANY_COLUMN = "*"


@lru_cache(maxsize=1)
def value_labels() -> dict[str, dict[str, str]]:
    """``{column: {code: Arabic label}}`` of ``helpers/data/value_names.tsv``: what a
    displayed table shows for a coded value (``type`` ``PERSON`` -> «شخص», ``method``
    ``gazetteer`` -> «قائمة الأسماء»); column ``*`` holds ``True`` / ``False``.

    Returns
    -------
    dict of str to dict of str to str
        Do not modify.

    Raises
    ------
    helpers.errors.CorpusFormatError
        A row of the file is not ``column<TAB>value<TAB>label`` or repeats a column
        and value, or the file is not UTF-8, named with its line
        (:func:`helpers.io.read_data_rows`; the file is part of the package: a broken
        install or edit).
    """
    from helpers.errors import CorpusFormatError
    from helpers.io import read_data_rows

    _, rows = read_data_rows(
        "helpers", "value_names.tsv", ("column", "value", "label"), error=CorpusFormatError
    )
    out: dict[str, dict[str, str]] = {}
    for column, value, label in rows:
        if value in out.setdefault(column, {}):
            raise CorpusFormatError(
                f"helpers/data/value_names.tsv: {column} {value!r} is listed twice"
            )
        out[column][value] = label
    return out


def _empty(value: object) -> bool:
    """Is ``value`` an empty cell: ``None``, NaN or a blank string?"""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return True
    return isinstance(value, str) and not value.strip()


def _empty_labels() -> dict[str, str]:
    """``{column: what its empty cell shows}``: ``speaker`` -> «(غير معروف)»
    (:data:`helpers.quotes.UNKNOWN_SPEAKER`): the quotes table keeps ``""`` for a
    quotation nobody is named for (quotes.csv, DEVELOPING.md), the page names it as
    quotes_per_speaker.csv does."""
    from helpers.quotes.columns import UNKNOWN_SPEAKER

    return {"speaker": UNKNOWN_SPEAKER}


#: What an empty cell of these columns shows on the page (:func:`_empty_labels`).
EMPTY_LABELS = _empty_labels()


def value_label(column: object, value: object) -> object:
    """What a displayed table shows for ``value`` in ``column``: its Arabic label from
    :func:`value_labels` (``("type", "PERSON")`` -> «شخص»; a bool in any column ->
    «نعم» / «لا»), an empty cell of a column of :data:`EMPTY_LABELS` its label
    (``("speaker", "")`` -> «(غير معروف)», as in quotes_per_speaker.csv), else ``value``
    itself, unchanged (the same object), so a caller can tell a mapped cell by
    ``value_label(c, v) is not v``.

    Raises
    ------
    helpers.errors.CorpusFormatError
        As :func:`value_labels`.
    """
    if isinstance(value, bool | np.bool_):
        return value_labels().get(ANY_COLUMN, {}).get(str(bool(value)), value)
    if isinstance(column, str) and column in EMPTY_LABELS and _empty(value):
        return EMPTY_LABELS[column]
    if isinstance(value, str) and isinstance(column, str):
        return value_labels().get(column, {}).get(value, value)
    return value


def _values_shown(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the coded values of its columns as :func:`value_label` shows them."""
    labels = value_labels()
    out = {}
    for col in df.columns:
        values = df[col]
        coded = isinstance(col, str) and (col in labels or col in EMPTY_LABELS)
        if coded or pd.api.types.is_bool_dtype(values):
            out[col] = values.map(lambda v, c=col: value_label(c, v)).astype(object)
    return df.assign(**out) if out else df


def shown_path(path: str | Path, root: str | Path | None = None) -> str:
    """``path`` as it may be shown in a notebook and its HTML export: never absolute.

    Parameters
    ----------
    path : str or Path
        A file or folder. A relative path is taken from the working folder (a
        notebook's ``../data/processed`` is the project's ``data/processed``); one that
        leads outside ``root`` is returned as it is, in ``/`` form.
    root : str or Path, optional
        The folder paths are shown relative to (default
        :data:`PROJECT_ROOT`, the repository root).

    Returns
    -------
    str
        An absolute path inside ``root``: relative to it, ``/``-separated
        (``data/processed/stories.csv``, ``build/runs/snn/processed/keyness.csv``; a
        path with ``..`` is resolved first). An absolute path outside ``root``: ``…/``
        and its last two parts (``/home/ana/corpora/gaza/day1.txt`` ->
        ``…/gaza/day1.txt``), enough to tell files apart without naming the machine's
        folders. A :data:`STAGING` folder in the path is left out (the file's place
        once the main job has moved it).

    Raises
    ------
    helpers.errors.ArgumentError
        ``path`` or ``root`` is not a str or path.
    """
    from helpers.errors import check_path

    check_path(path, "shown_path", "path")
    if root is not None:
        check_path(root, "shown_path", "root")
    p = Path(path)
    if STAGING in p.parts:  # the main job's staging folder: shown as its folder
        p = Path(*[part for part in p.parts if part != STAGING])
    base = Path(root).resolve() if root is not None else PROJECT_ROOT
    full = Path(os.path.normpath(p if p.is_absolute() else Path.cwd() / p))
    for candidate in (full, _resolved(full)):
        try:
            return candidate.relative_to(base).as_posix() or "."
        except ValueError:
            pass
    if not p.is_absolute():
        return p.as_posix()
    parts = full.parts[1:]
    return ELLIPSIS + "/" + "/".join(parts[-2:]) if parts else ELLIPSIS


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def wrote(*paths: str | Path) -> None:
    """Show, in Arabic, the files a notebook wrote: one Markdown list (:func:`markdown`,
    right to left), a line «كُتب ``path``» for each, the path as :func:`shown_path`
    shows it in a code span (read left to right: ``data/processed/stories.csv``).
    Session 21: the line was «wrote data/processed/stories.csv», English printed text
    in every notebook. Outside a notebook the list is printed as its Markdown text.
    Nothing is shown when no path is given.

    Raises
    ------
    helpers.errors.ArgumentError
        A path is not a str or path.
    """
    from IPython.display import display

    lines = [f"- {WROTE} {markdown_code(shown_path(p), None)}" for p in paths]
    if lines:
        display(markdown("\n".join(lines)))


#: The verb of :func:`wrote`'s lines («was written»).
WROTE = "كُتب"


#: Columns of the text as the offsets cut it, with the name as written beside them:
#: ``surface`` / ``surfaces`` of the mentions and entity counts tables (للمملكة gives
#: the surface لمملكة, the written form المملكة).
CUT_TEXT_COLUMNS = ("surface", "surfaces")


def written_forms(df: pd.DataFrame) -> pd.Series:
    """The ``written`` column of a mentions table (str cells) or an entity counts table
    (list-of-str cells), a missing cell (None, NaN, pd.NA: a table concatenated with an
    older one without the column, a CSV with a blank) taken from the first of
    :data:`CUT_TEXT_COLUMNS` the table has (``surface`` / ``surfaces``); without a
    ``written`` column, that column itself. The one rule of every reader of
    ``written`` (:func:`helpers.entities.entity_counts`, :func:`rtl_table`,
    :func:`interactive_table`). Returns a Series on ``df``'s index (object dtype).

    Raises
    ------
    helpers.errors.CorpusFormatError
        ``df`` has neither ``written`` nor one of :data:`CUT_TEXT_COLUMNS`, or missing
        written cells and no surface column to take them from.
    """
    from helpers.errors import CorpusFormatError

    cut = next((c for c in CUT_TEXT_COLUMNS if c in df.columns), None)
    if "written" not in df.columns:
        if cut is None:
            raise CorpusFormatError(
                f"the table has no column written, {' or '.join(CUT_TEXT_COLUMNS)}"
            )
        return df[cut].astype(object)
    written = df["written"].astype(object)
    missing = written.map(_missing).astype(bool)
    if not missing.any():
        return written
    if cut is None:
        raise CorpusFormatError(
            f"{int(missing.sum())} written cell(s) are blank and the table has no "
            f"{' or '.join(CUT_TEXT_COLUMNS)} column to take them from"
        )
    return written.where(~missing, df[cut].astype(object))


def _written_shown(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` without its :data:`CUT_TEXT_COLUMNS` when it has a ``written`` column:
    a display shows an entity as written (:func:`helpers.entities.extract_entities`,
    column ``written``, a blank cell from the surface: :func:`written_forms`), never
    the surface the offsets cut after a proclitic; the table in memory, its CSV file
    and tables.xlsx keep both."""
    if "written" not in df.columns:
        return df
    if any(c in df.columns for c in CUT_TEXT_COLUMNS):
        df = df.assign(written=written_forms(df))
    return df.drop(columns=[c for c in CUT_TEXT_COLUMNS if c in df.columns])


#: Id columns a display leaves out when the table has the name beside them (id ->
#: its name column): a reader finds an entity or a speaker by its name; the id
#: (``person:...``, ``rule:PERSON:...@2015-07-21/...``) is for the CSV, which keeps it
#: (session 17: notebook 03's mentions and entity tables showed ids in a column of
#: their own).
ID_COLUMNS = {"entity_id": "canonical", "speaker_id": "speaker"}


#: Columns counted from 0 in the tables (``tokens``: the sentence and the paragraph of a
#: zone; the concordance's alike; DEVELOPING.md "The tables") that a display shows
#: counted from 1, as a reader counts (session 19: «paragraph 0» was the first). The
#: tables, CSV files and tables.xlsx keep 0.
FROM_ONE_COLUMNS = ("sentence", "paragraph")


def _from_one(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with each :data:`FROM_ONE_COLUMNS` column of whole numbers plus one (the
    first paragraph shown as 1), as nullable ``Int64`` (a missing one stays missing,
    shown «—»). A column of whole numbers: an integer column, or a float or object
    column whose every value present is a whole number (session 19, fixview19: a float
    column [0, 1, NaN, 3], as a merge leaves it, was shown «0، 1، —، 3»); other
    columns, and a column with a fraction, text or booleans, as they are. ``df`` itself
    is not changed."""
    shifted = {}
    for c in FROM_ONE_COLUMNS:
        if c in df.columns and not df[c].empty and _numeric(df[c]):
            whole = _whole_numbers(df[c])
            if whole is not None:
                shifted[c] = whole + 1
    return df.assign(**shifted) if shifted else df


def _whole_numbers(column: pd.Series) -> pd.Series | None:
    """``column`` (a :func:`_numeric` one) as ``Int64`` when every value present is a
    whole number (missing values as ``pd.NA``), else None."""
    if pd.api.types.is_integer_dtype(column):
        return column.astype("Int64")
    values = pd.to_numeric(column.map(lambda v: np.nan if _missing(v) else v), errors="coerce")
    present = values.dropna()
    if present.isin([np.inf, -np.inf]).any() or (present != np.floor(present)).any():
        return None
    if (present.abs() >= 2**53).any():  # beyond a float's whole numbers
        return None
    return values.astype("Float64").astype("Int64")


def _ids_shown(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` without each :data:`ID_COLUMNS` column whose name column it has; a table
    with the id alone keeps it (the id is then all a reader has)."""
    drop = [i for i, name in ID_COLUMNS.items() if i in df.columns and name in df.columns]
    return df.drop(columns=drop) if drop else df


def _paths_shown(df: pd.DataFrame) -> pd.DataFrame:
    """``df`` with the text of its :data:`PATH_COLUMNS` through :func:`shown_path`."""
    cols = [c for c in PATH_COLUMNS if c in df.columns]
    if not cols:
        return df

    def show(value):
        if isinstance(value, str) and value and Path(value).is_absolute():
            return shown_path(value)
        return value

    return df.assign(**{c: df[c].map(show) for c in cols})


def cut_at_word(line: str, max_chars: int) -> str:
    """``line`` cut to at most ``max_chars`` characters, its start kept, ending in ``…``:
    at the last space (any white space: no-break space and tab too) inside the limit
    when there is one in its second half, so a name
    is never clipped mid-word («الهيئة العامة للسياحة والترا…» is «الهيئة العامة للسياحة…»),
    never between a letter and its combining marks (harakat; a line whose start is
    marks only, with no letter, is cut at the limit); a text already ending in
    an ellipsis at the cut keeps one, not two. A line within the limit is returned as
    it is. The one rule of every cut text: table cells (:func:`shorten`) and chart
    labels (:func:`helpers.charts.labels.ellipsise`). Assumes ``max_chars`` >= 2."""
    import unicodedata

    if len(line) <= max_chars:
        return line
    cut = max_chars - 1
    while cut > 0 and unicodedata.combining(line[cut]):
        cut -= 1
    if cut == 0:  # marks only up to the limit: no letter to keep them with (was «…» alone)
        cut = max_chars - 1
    # the last white space (any: no-break space, tab) at or before the cut, scanning back
    space = next((i for i in range(cut, 0, -1) if line[i].isspace()), 0)
    if space > cut // 2:
        cut = space
    return line[:cut].rstrip().rstrip(ELLIPSIS).rstrip() + ELLIPSIS


def shorten(value: object, limit: int | None = MAX_CHARS) -> str:
    """``value`` as text, cut to ``limit`` characters with a trailing ellipsis
    (:func:`cut_at_word`: at a word's end when one falls in the second half).

    Parameters
    ----------
    value : object
        Lists and tuples are shown ``" | "``-joined; anything else through ``str``.
    limit : int or None
        Most characters returned, the ellipsis included (``None``: no limit). A cut
        text ends in ``…`` and has at most ``limit`` characters.

    Returns
    -------
    str
        Lone surrogates (undecodable bytes in a file name) are replaced with U+FFFD.
        Bidi embeddings, overrides and isolates (:data:`helpers.charsets.BIDI_CONTROLS`)
        are written as their codes, ``⟨U+202E⟩`` (:data:`BIDI_CODED`), before the cut:
        every value :func:`rtl_table`, :func:`interactive_table` and :func:`escape_html`
        show passes here, and such a character shown as itself reverses the rest of its
        cell or, unclosed, of the page (a file name ``news<U+202E>evil.txt`` read
        «newstxt.live», session 20). The marks RLM, LRM and ALM stay as they are: they
        open nothing, steer only the neutrals next to them inside a cell's own bidi
        paragraph (:data:`CELL_BIDI`), and Arabic text uses them on purpose. A cut
        never falls inside such a code: it is cut before the code (session 21:
        ``shorten("ab\\u202ecdefghij", 6)`` is ``"ab…"``, not ``"ab⟨U+2…"``).

    Raises
    ------
    helpers.errors.ArgumentError
        ``limit`` is not a whole number >= 1 or None.
    """
    from helpers.errors import check_whole

    limit = check_whole(limit, "shorten", "limit", none_ok=True)
    text = " | ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    coded, n = BIDI_CODED.subn(_code, text)
    if limit is not None and len(coded) > limit:
        cut = cut_at_word(coded, limit) if limit >= 2 else ELLIPSIS
        if n:  # never inside a code it wrote (session 21: «ab⟨U+…»): before it
            head = cut.removesuffix(ELLIPSIS)
            start = head.rfind(CODE_OPEN)
            if start >= 0 and CODE_CLOSE not in head[start:]:
                cut = head[:start].rstrip() + ELLIPSIS
        coded = cut
    # a lone surrogate cannot be written as UTF-8: the export would fail
    return LONE_SURROGATE.sub("\ufffd", coded) if _has_surrogate(coded) else coded


#: Characters of a line shown either side of what cleaning changed in it
#: (:func:`around_change`); a changed stretch longer than twice this is shown by its
#: first and last CONTEXT characters.
CONTEXT = 40


def around_change(text: object, kept: object, context: int = CONTEXT) -> tuple[str, str]:
    """What a line was (``text``) and what was kept of it (``kept``), each cut to the
    part that changed: the one display rule of the cleaning report.

    The changed stretch is what lies between the longest common start and the longest
    common end of the two texts; each text is shown from ``context`` characters before
    that stretch to ``context`` characters after it, ``…`` marking each cut end. A
    changed stretch longer than ``2 * context`` characters is shown by its first and
    last ``context`` characters around `` … ``. A line dropped whole (``kept`` empty or
    missing) has the whole line as its changed stretch: its first and last ``context``
    characters; so has a line kept as it was (a ``flagged`` row). Each cut falls
    between words where a word boundary lies in the half of the kept context nearest
    the cut (the rule of :func:`cut_at_word`): fewer characters, never half a word
    («…الموقع الرسمي» rather than «…قع الرسمي»); a context with no white space there is
    cut inside its word, between graphemes. Only the display is cut; the report and its
    CSV keep both texts whole.

    Examples (``context=3``): ``("abcdefXghijk", "abcdefghijk")`` gives
    ``("…defXghi…", "…defghi…")``.

    Parameters
    ----------
    text, kept : str, or None / NaN for no text
    context : int
        Characters of unchanged text kept either side (default :data:`CONTEXT`).

    Returns
    -------
    (str, str)
        The shown ``text`` and the shown ``kept`` (``""`` when there was none).

    Raises
    ------
    helpers.errors.ArgumentError
        ``context`` is not a whole number >= 1.
    """
    from helpers.errors import check_whole

    context = check_whole(context, "around_change", "context")
    a = "" if _missing(text) else str(text)
    b = "" if _missing(kept) else str(kept)
    start = 0
    limit = min(len(a), len(b)) if a != b else 0  # nothing changed: shown as dropped
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0  # common end, not reaching into the common start of either text
    while end < limit - start and a[len(a) - 1 - end] == b[len(b) - 1 - end]:
        end += 1

    def cut(s: str) -> str:
        if not s:
            return ""
        edges = _grapheme_edges(s)
        # the changed stretch s[i:j], widened to whole graphemes
        i, j = _edge_at(edges, start, down=True), _edge_at(edges, len(s) - end, down=False)
        middle = s[i:j]
        if len(middle) > 2 * context:
            k = _word_end(s, i, _edge_at(edges, i + context, down=True))
            m = _word_start(s, _edge_at(edges, j - context, down=False), j)
            middle = s[i:k] + " " + ELLIPSIS + " " + s[m:j]
        begin = _word_start(s, _edge_at(edges, max(0, i - context), down=False), i)
        stop = _word_end(s, j, _edge_at(edges, min(len(s), j + context), down=True))
        head = ELLIPSIS if begin > 0 else ""
        tail = ELLIPSIS if stop < len(s) else ""
        return head + s[begin:i] + middle + s[j:stop] + tail

    return cut(a), cut(b)


def _word_end(s: str, lo: int, hi: int) -> int:
    """Where a shown part ``s[lo:hi]`` cut at ``hi`` ends: ``hi`` when a word ends there
    (the text ends, or white space follows), else at the last white space that keeps
    more than half of the part before it, so the part ends with a whole word
    (:func:`cut_at_word`'s rule), else ``hi`` (one long word: cut inside it)."""
    if hi >= len(s) or s[hi].isspace():
        return hi
    half = lo + (hi - lo) // 2
    return next((w for w in range(hi - 1, half, -1) if s[w].isspace()), hi)


def _word_start(s: str, lo: int, hi: int) -> int:
    """Where a shown part ``s[lo:hi]`` cut at ``lo`` starts: ``lo`` when a word starts
    there (the text starts, or white space precedes), else just after the first white
    space that leaves more than half of the part after it, so the part starts with a
    whole word (the mirror of :func:`_word_end`), else ``lo``."""
    if lo <= 0 or s[lo - 1].isspace():
        return lo
    last = hi - 1 - (hi - lo) // 2  # what follows the space keeps more than half
    return next((w + 1 for w in range(lo, last) if s[w].isspace()), lo)


def _grapheme_edges(text: str) -> list[int]:
    """Offsets where a grapheme (a user-perceived character: a letter with its marks, an
    emoji ZWJ sequence, a flag) starts, and ``len(text)``: extended grapheme clusters of
    Unicode UAX #29, as the ``regex`` module's ``\\X`` finds them."""
    import regex

    return [m.start() for m in regex.finditer(r"\X", text)] + [len(text)]


def _edge_at(edges: list[int], at: int, *, down: bool) -> int:
    """The grapheme edge at ``at``, else the nearest before it (``down``) or after it."""
    from bisect import bisect_left, bisect_right

    if down:
        return edges[bisect_right(edges, at) - 1]
    return edges[bisect_left(edges, at)]


#: What a table shows as a visible code (``⟨U+202E⟩``) rather than as itself: the
#: invisible formatting characters (:data:`helpers.charsets.INVISIBLE`: bidi embeddings,
#: overrides, isolates and marks, zero-width characters, the BOM, the soft hyphen) and
#: control characters (C0 but the tab, DEL, C1, the line and paragraph separators). Shown
#: as themselves they reorder or hide the text around them (a removed U+202E drew the rest
#: of its line backwards).
def _shown_as_code():
    import re

    from helpers.charsets import INVISIBLE, VARIATION_SELECTORS

    shown = [c for c in INVISIBLE if c not in VARIATION_SELECTORS]  # an emoji keeps its VS16
    chars = "".join(shown) + "\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029"
    return re.compile(f"[{chars}]")


SHOWN_AS_CODE = _shown_as_code()

#: The characters every shown value writes as codes (:func:`shorten`): the bidi
#: embeddings, overrides and isolates (:data:`helpers.charsets.BIDI_CONTROLS`).
BIDI_CODED = re.compile(f"[{BIDI_CONTROLS}]")


def _emoji_zwj():
    import regex

    return regex.compile(
        r"(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200d"
        r"(?=\p{Extended_Pictographic})"
    )


#: A ZWJ inside an emoji ZWJ sequence (Unicode TS #51: a pictograph, or its VS16 or skin
#: tone, then ZWJ, then a pictograph: 👨‍👩‍👧, 🏳️‍🌈) is part of one picture, not a hidden
#: character: :func:`visible_controls` keeps it as itself.
EMOJI_ZWJ = _emoji_zwj()


#: How a code :func:`_code` writes opens and closes (``⟨U+202E⟩``): the notation of
#: :mod:`helpers.errors`, whose messages code characters the same way.
CODE_OPEN, CODE_CLOSE = _CODE_OPEN, _CODE_CLOSE
#: A lone surrogate (an undecodable byte of a file name): :func:`shorten` writes U+FFFD.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _code(m) -> str:
    ch = m.group(0)
    if ch == "\u200d" and EMOJI_ZWJ.match(m.string, m.start()):
        return ch
    return f"{CODE_OPEN}{ord(ch):04X}{CODE_CLOSE}"


def visible_controls(text: object) -> object:
    """``text`` with each invisible or control character (:data:`SHOWN_AS_CODE`) written
    as its code point between angle brackets, ``⟨U+202E⟩``, so a table shows where it was
    and the text around it keeps its order; any other value (None, NaN, a number) as it
    is. For display only: the tables and files keep the characters.

    Examples: ``"abc\\u202edef"`` gives ``"abc⟨U+202E⟩def"``; ``"ي\\u200cی"`` gives
    ``"ي⟨U+200C⟩ی"``; the ZWJ of an emoji sequence (:data:`EMOJI_ZWJ`) stays.
    """
    if not isinstance(text, str):
        return text
    return SHOWN_AS_CODE.sub(_code, text)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def escape_html(value: object, limit: int | None = MAX_CHARS) -> str:
    """``value`` as HTML text, safe in element content and in quoted attribute values.

    The one escaping function for every value shown in HTML: story ids, titles, file
    names, column names, group values, metadata fields. ``& < > " '`` become character
    references (:func:`html.escape` with ``quote=True``), so a value can neither open a
    tag nor end an attribute; nothing from a corpus runs as script.

    Parameters
    ----------
    value : object
        Any value; see :func:`shorten` for lists, the cut and lone surrogates.
    limit : int or None
        Characters kept before escaping (default :data:`MAX_CHARS`, 300); ``None``
        keeps the whole text (for story text that is shown whole on purpose).

    Returns
    -------
    str

    Raises
    ------
    helpers.errors.ArgumentError
        ``limit`` is not a whole number >= 1 or None.
    """
    return html.escape(shorten(value, limit), quote=True)


#: The characters Markdown reads as markup inside a line (session 21): the backslash,
#: code, emphasis, links and images, tables, strikethrough. :func:`escape_markdown`
#: backslash-escapes them; ``& < >`` become HTML entities first.
MARKDOWN_MARKUP = re.compile(r"([\\`*_\[\]|~])")


#: A line break, as :meth:`str.splitlines` knows them (``\r\n`` one break): in a line
#: of Markdown from :func:`escape_markdown` or :func:`markdown_code` each is one space, so
#: a value starts no block and two words either side of it stay two (session 22).
LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
#: The directional marks (:data:`helpers.charsets.DIRECTION_MARKS`: LRM, RLM, ALM) that
#: :func:`escape_markdown` writes as codes like the bidi controls :func:`shorten` codes:
#: invisible, a mark from data turns the neutrals around it in the rendered line.
MARKDOWN_MARKS = re.compile(f"[{DIRECTION_MARKS}]")


#: What a Markdown renderer turns into a link without any markup (an autolink): the
#: ``:`` of ``://`` (``http://``, ``https://``, ``ftp://``: nbconvert's mistune links
#: them, session 22), the ``:`` after ``mailto`` or ``xmpp`` (GFM's extended autolinks,
#: JupyterLab's renderer), the ``.`` after ``www`` and every ``@`` (an e-mail address).
#: :func:`escape_markdown` writes each as its character reference (:data:`AUTOLINK_REFS`):
#: the reader sees the same text, the renderer matches no URL (a renderer matches the
#: source text, before it reads references).
AUTOLINK_PUNCTUATION = re.compile(r"(?i):(?=//)|(?<=mailto):|(?<=xmpp):|(?<=www)\.|@")
#: The character reference of each character of :data:`AUTOLINK_PUNCTUATION`.
AUTOLINK_REFS = {":": "&#58;", ".": "&#46;", "@": "&#64;"}


def escape_markdown(value: object, limit: int | None = MAX_CHARS) -> str:
    """``value`` as literal text inside a line of Markdown that :func:`markdown` renders:
    the one function for every value from a corpus or a file (an outlet, a group, a
    sub-folder, a file name, a title, a term, a speaker) put into such a line.

    :func:`escape_html` alone is not enough there (session 21, a hostile tester): an
    outlet named ``[x](javascript:alert(1))`` was rendered as a live link in notebook
    04's sides line, ``*bold*`` as emphasis, `` `code` `` as code. Here ``& < >`` become
    character references (:func:`html.escape`, quotes kept, as entities they would
    be read back by Markdown anyway), then each Markdown markup character
    (:data:`MARKDOWN_MARKUP`: ``\\ ` * _ [ ] | ~``) is backslash-escaped (CommonMark:
    an escaped ASCII punctuation character is itself), each line break
    (:data:`LINE_BREAK`) becomes a space and each directional mark
    (:data:`MARKDOWN_MARKS`) its code ``⟨U+200F⟩``,
    so a value can start no block (a heading, a list) either; last, the punctuation that
    makes an autolink (:data:`AUTOLINK_PUNCTUATION`: ``http://``, ``www.``, ``@``, a bare
    ``http://evil.example`` outlet was rendered as a live link, session 22) becomes its
    character reference (:data:`AUTOLINK_REFS`). Also the one escaping of
    a chart note's message (:func:`helpers.sections.chart_note`) and of the text of an
    Arabic code span (:data:`ARABIC_CODE_BDI`), with ``limit=None``.

    Parameters
    ----------
    value : object
        Any value; :func:`shorten` writes it (lists joined, bidi controls as codes,
        lone surrogates as U+FFFD).
    limit : int or None
        Characters kept before escaping (default :data:`MAX_CHARS`); ``None``: all.

    Returns
    -------
    str
        ``"*x* <b>"`` gives ``"\\*x\\* &lt;b&gt;"``.

    Raises
    ------
    helpers.errors.ArgumentError
        ``limit`` is not a whole number >= 1 or None.
    """
    text = MARKDOWN_MARKS.sub(_code, LINE_BREAK.sub(" ", shorten(value, limit)))
    text = MARKDOWN_MARKUP.sub(r"\\\1", html.escape(text, quote=False))
    return AUTOLINK_PUNCTUATION.sub(lambda m: AUTOLINK_REFS[m.group(0)], text)


def markdown_code(value: object, limit: int | None = MAX_CHARS) -> str:
    """``value`` (a column name, an option) as one Markdown code span that shows it as
    written: a fence of one backtick more than the longest run of backticks in it,
    with a space inside each fence when the value starts or ends with a backtick
    (CommonMark's code span rule), line breaks as spaces. A code span's content is
    never read as Markdown or HTML, so ``*x*`` or ``<b>`` in a column name show as
    such (session 21), and a backtick in it cannot close the span early. ``"outlet"``
    gives ``"`outlet`"``; ``"a`b"`` gives ``"``a`b``"``. ``limit`` as :func:`shorten` (raises
    :class:`helpers.errors.ArgumentError` when it is not a whole number >= 1 or None)."""
    text = LINE_BREAK.sub(" ", shorten(value, limit))
    fence = "`" * (max(map(len, re.findall("`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _check_display(df: object, caption: object, source: object, max_chars: object, func: str):
    """The arguments :func:`rtl_table` and :func:`interactive_table` share."""
    from helpers.errors import ArgumentError, check_path, check_table, check_whole, shown

    check_table(df, func, "df", made_by="a khabar function returning a table")
    check_whole(max_chars, func, "max_chars")
    if caption is not None and not isinstance(caption, str):
        raise ArgumentError(f"{func}: caption must be a str or None, got {shown(caption)}")
    if source is not None:
        check_path(source, func, "source")


#: From this magnitude a float is written in powers of ten again: a whole number of
#: more than 15 digits shows noise past the float's precision (1e20 as 21 digits).
WHOLE_LIMIT = 1e15


def number_text(value: float) -> str:
    """A number as a table shows it when its column sets no precision (the fallback of
    :func:`shown_number`, the rule of both displayed tables; the charts'
    :func:`helpers.charts.skeleton.cell_format` separates thousands alike). A float:
    3 significant digits (``0.0866``, ``6.24e-86``), a whole number with a thousands
    separator from 99.95 up to 10**15 (``1,110``; ``.3g`` wrote a G2 of 1,110.4 as
    ``1.11e+03``), 3 significant digits in powers of ten beyond (``1e+20``);
    infinities as ``∞`` / ``-∞``, and ``-0.0`` as ``0``. An integer (int, numpy
    integer; not bool): every digit, thousands separated (``1,055,675``;
    a count is exact, it was «1055675»)."""
    if isinstance(value, numbers.Integral) and not isinstance(value, bool | np.bool_):
        return f"{int(value):,}"
    if value in (float("inf"), float("-inf")):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    if abs(value) < 99.95 or abs(value) >= WHOLE_LIMIT:
        return f"{value:,.3g}"
    return f"{value:,.0f}"


#: Columns of probabilities (a G2 test's p-value, :func:`helpers.freq.keyness`) that a
#: displayed table writes by :func:`p_value_text`; the table and its CSV keep the float.
P_VALUE_COLUMNS = frozenset({"p_value"})
#: Below this a p-value is shown as «< 0.001» (the APA style's floor): 7.76e-55 says no
#: more to a reader than that chance is ruled out, and read as 7.76 at a glance.
P_VALUE_FLOOR = 0.001


def p_value_text(value: float) -> str:
    """A p-value as a displayed table writes it (the columns of
    :data:`P_VALUE_COLUMNS`): ``< 0.001`` below :data:`P_VALUE_FLOOR`, between
    :data:`helpers.charsets.LRI` and :data:`~helpers.charsets.PDI` so that it reads left
    to right in every right-to-left context, a table cell or a text dump of a page
    («0.001 >» before, read as "greater than"; session 21: the one rule for both
    tables, which each isolated it their own way, and for text); else 3 decimals
    (``0.042``, ``0.500``, ``1.000``), one precision for the whole column (before
    session 17: ``7.76e-55`` beside ``0.0312`` by :func:`number_text`'s 3 significant
    digits). Display only: the table and its CSV keep the float. Raises
    :class:`helpers.errors.ArgumentError` for a value that is no number from 0 to 1
    (a missing value is the caller's: :data:`MISSING`)."""
    from helpers.errors import ArgumentError

    if isinstance(value, bool | np.bool_) or not isinstance(value, numbers.Real):
        raise ArgumentError(f"p_value_text: a p-value is a number, got {value!r}")
    v = float(value)
    if not 0.0 <= v <= 1.0:
        raise ArgumentError(f"p_value_text: a p-value is from 0 to 1, got {value!r}")
    return f"{LRI}< {P_VALUE_FLOOR:g}{PDI}" if v < P_VALUE_FLOOR else f"{v:.3f}"


#: Decimals of each kind of float column a displayed table writes (:func:`column_decimals`),
#: the one precision rule of :func:`rtl_table` (session 18: a newcomer read «29» beside
#: «25.4» and log_odds_z 1, 1.3, -0.922 in one column: 3 significant digits a value).
#: A key names a column or, followed by ``_``, the start of one (``per_1000`` covers
#: ``per_1000_target``; ``expected`` ``expected_reference``). The table and its CSV keep
#: the float.
DECIMALS: dict[str, int] = {
    "per_1000": 2,  # a rate per 1,000 words (term frequencies, keyness, shared terms)
    "per_100_stories": 1,  # a rate per 100 stories of a group or side
    "g2": 1,  # log-likelihood
    "expected": 1,  # a count expected under no difference (keyness)
    "log_ratio": 2,  # binary log of the ratio of two rates
    "log_odds": 2,
    "log_odds_z": 2,  # a z-score
    "balance": 2,  # the smaller rate over the larger, 0 to 1
    "tfidf": 3,
    "precision": 3,  # scores from 0 to 1 (the entity evaluation)
    "recall": 3,
    "f1": 3,
}
#: Significant digits of a float column no :data:`DECIMALS` key names: those its largest
#: value is written with decide every value's decimals (:func:`column_decimals`).
COLUMN_DIGITS = 3


def column_decimals(column: object, values: pd.Series) -> int | None:
    """The decimals every value of a displayed float column is written with (one a
    column), or None for a column written value by value (:func:`number_text`).

    The rule, per kind of column: a p-value column (:data:`P_VALUE_COLUMNS`) is
    :func:`p_value_text`'s (None here); a column :data:`DECIMALS` names has its
    decimals (``per_1000_target``: 2, ``g2``: 1); any other float column whose values
    are all whole numbers (a count with a missing value) 0; any other float column the
    decimals that write its largest absolute value with :data:`COLUMN_DIGITS`
    significant digits (12.3 and 0.5: «12.3», «0.5»), that value rounded to them
    first (9.9996 rounds to 10.0: 1 decimal, «10.0» «1.5»; 0.9995 to 1.00: «1.00»; 99.95
    to 100: 0 decimals); None when the rounded value is below 0.001 or from 10**15 up
    (powers of ten, value by value) or the column holds no finite number. ``values``
    are the cells shown (a Series; not a float dtype: None)."""
    if column in P_VALUE_COLUMNS or not pd.api.types.is_float_dtype(values):
        return None
    name = str(column)
    for key in sorted(DECIMALS, key=len, reverse=True):
        if name == key or name.startswith(key + "_"):
            return DECIMALS[key]
    finite = values.to_numpy(dtype=float)
    finite = finite[np.isfinite(finite)]
    if not len(finite):
        return None
    if (finite == np.round(finite)).all():
        return 0
    # rounded to its significant digits first, as it will be shown (9.9996 is «10.0»,
    # not «10.00»; 0.9995 «1.00»), then the decimals chosen (session 18)
    top = float(f"{float(np.abs(finite).max()):.{COLUMN_DIGITS}g}")
    if top < P_VALUE_FLOOR or top >= WHOLE_LIMIT:
        return None
    if top >= 10 ** (COLUMN_DIGITS - 1):
        return 0
    digits = COLUMN_DIGITS - 1 - int(np.floor(np.log10(top)))
    return max(0, digits)


def fixed_text(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals, thousands separated (``1,110.4``), the
    text of a :func:`column_decimals` column; infinities as :func:`number_text`; a
    value that rounds to zero without its sign (``0.00``, never ``-0.00``)."""
    if value in (float("inf"), float("-inf")):
        return number_text(value)
    text = f"{value:,.{decimals}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.,") else text


def shown_number(column: object, value: float, decimals: int | None = None) -> str:
    """The text of one number of a displayed table, the one rule of :func:`rtl_table`
    and :func:`interactive_table` (session 18, suffix18: the interactive table wrote
    every float by :func:`number_text`). In order: a whole number of a
    :func:`position_columns` column every digit, no separator («2015»); a p-value of a
    :data:`P_VALUE_COLUMNS` column by :func:`p_value_text` («< 0.001»); a float (not
    NaN) of a column with ``decimals`` (its :func:`column_decimals`, computed by the
    caller on the cells shown) by :func:`fixed_text` («1,110.4»); anything else by
    :func:`number_text` («1,055,675», «0.0866»); a missing value (None, NaN, NaT,
    ``pd.NA``) :data:`MISSING` «—» (session 19: the interactive table wrote «NaN»).
    Raises nothing for a number (a p-value outside 0..1 falls through to
    :func:`number_text`)."""
    if _missing(value):
        return MISSING
    if _position(column, value):
        return str(int(value))
    if column in P_VALUE_COLUMNS and _p_value(value):
        return p_value_text(value)
    if decimals is not None and isinstance(value, float) and value == value:
        return fixed_text(value, decimals)
    return number_text(value)


#: What a table cell shows for a missing value (None, NaN, NaT, pd.NA): a dash, not "nan",
#: in :func:`rtl_table` and :func:`interactive_table` alike (:func:`shown_number`).
MISSING = "—"


def _missing(value: object) -> bool:
    """Is ``value`` a missing value (None, NaN, NaT, ``pd.NA``)?"""
    if value is None or value is pd.NaT or value is pd.NA:
        return True
    return isinstance(value, float | np.floating) and value != value


def whole_table_in(source: str | Path) -> str:
    """«الجدول كاملاً في <file>»: where a display that shows part of a table keeps it
    all (:func:`shown_path` of ``source``), the one wording of :func:`rtl_table`,
    :func:`interactive_table` and :func:`helpers.kwic.concordance_html` (session 19:
    English, «full table in ...», under Arabic tables). Plain text, not escaped."""
    return f"الجدول كاملاً في {shown_path(source)}"


def left_out_note(hidden: int, noun: str, source: str | Path | None = None) -> str:
    """The note under a table that shows only some of its ``hidden`` + shown rows, as
    HTML: «… لم يظهر هنا 46 صفاً؛ الجدول كاملاً في …/processed/mentions.csv» (the
    count by :func:`helpers.charts.skeleton.counted`, ``noun`` one of its nouns:
    «صف» rows, «سطر» concordance lines; the file by :func:`whole_table_in`, kept left
    to right in a ``<bdi>``). ``""`` when ``hidden`` is 0. Raises
    :class:`helpers.errors.ArgumentError` for a noun :func:`counted` does not know or
    a ``hidden`` that is not a whole number >= 0."""
    from helpers.charts.skeleton import counted  # the one rule of Arabic counted nouns

    text = counted(hidden, noun)
    if not hidden:
        return ""
    note = f"… لم يظهر هنا {escape_html(text, None)}"
    if source is not None:
        path = escape_html(shown_path(source), None)
        note += f'؛ الجدول كاملاً في <bdi dir="ltr">{path}</bdi>'
    return f'<p dir="rtl">{note}</p>'


def _cell(value: object, limit: int) -> str:
    if _missing(value):
        return MISSING
    if isinstance(value, float):
        return escape_html(number_text(value), limit)
    if isinstance(value, numbers.Integral) and not isinstance(value, bool | np.bool_):
        return escape_html(number_text(value), limit)
    if isinstance(value, str | pd.Timestamp):
        return _token(shorten(value, limit))
    return escape_html(value, limit)


#: A cell of one token with a hyphen (a date ``2015-07-21``, a story id
#: ``2015-07-21/2015-07-21-01``, a file ``2015-07-21.zip/2015-07-21.json``) of at most
#: this many characters, or a date with its time (``2015-07-21 02:51:32``), is kept on
#: one line: in a narrow column a browser broke it at a hyphen («2015-» / «07-21»). A
#: longer one (a URL) may still wrap.
TOKEN_CHARS = 40
#: A date, with a time or not.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?)?")


def _token(text: str) -> str:
    """``text`` as escaped HTML, inside a ``white-space:nowrap`` span when it is a
    hyphenated token or a date (:data:`TOKEN_CHARS`, :data:`_DATE`)."""
    escaped = html.escape(text, quote=True)
    one = "-" in text and len(text) <= TOKEN_CHARS and not any(c.isspace() for c in text)
    if one or _DATE.fullmatch(text):
        return f'<span style="{NUMBER_STYLE}">{escaped}</span>'
    return escaped


def _shared_rows(df: pd.DataFrame, max_rows: int, per: str | None):
    """A boolean array of the rows :func:`rtl_table` shows when the groups of ``per``
    share ``max_rows`` (each group's first ``max_rows // groups``, at least one), or
    None (no ``per``, no such column, or a table short enough to show whole)."""
    if per is None or per not in df.columns or len(df) <= max_rows:
        return None
    key = df[per].astype("string").fillna("").reset_index(drop=True)
    k = max(1, max_rows // max(key.nunique(), 1))
    mask = (key.groupby(key, sort=False).cumcount() < k).to_numpy()
    return mask & (mask.cumsum() <= max_rows)  # more groups than rows: the first ones


def rows_shown(df: pd.DataFrame, *, max_rows: int = MAX_ROWS, per: str | None = None) -> int:
    """How many rows of ``df`` :func:`rtl_table` shows with the same ``max_rows`` and
    ``per`` (its one rule, :func:`_shared_rows`): every row of a table of at most
    ``max_rows``; else each group's first ``max_rows // groups`` (at least one, at most
    ``max_rows`` in all) when ``per`` is a column; else ``max_rows``. Notebook 01's
    caption says it (:func:`helpers.sections.stories_caption`). Raises nothing."""
    shared = _shared_rows(df, max_rows, per)
    return int(shared.sum()) if shared is not None else min(len(df), max_rows)


def rtl_table(
    df: pd.DataFrame,
    *,
    max_rows: int = MAX_ROWS,
    caption: str | None = None,
    source: str | Path | None = None,
    max_chars: int = MAX_CHARS,
    group_by: str | None = None,
    per: str | None = None,
):
    """Render ``df`` as an escaped, bounded, right-to-left HTML table for Jupyter.

    Parameters
    ----------
    df : DataFrame
        Any table; list cells are shown ``" | "``-joined, numbers by
        :func:`shown_number` (one number of decimals a float column,
        :func:`column_decimals`; a :data:`P_VALUE_COLUMNS` column «< 0.001»), an id
        column with its name beside it left out (:data:`ID_COLUMNS`: ``entity_id``
        beside ``canonical``), absolute paths in :data:`PATH_COLUMNS` by
        :func:`shown_path` (the table itself is not changed). Headers show
        :func:`column_label` (Arabic), with the column's own name as tooltip; coded
        values (``PERSON``, ``True``) show :func:`value_label` (Arabic), with the code as tooltip.
    max_rows : int
        Rows shown (default 50). When the table is longer, a note under it says
        :func:`left_out_note`: «… لم يظهر هنا N صفاً» and, with ``source``, «الجدول كاملاً في <file>».
    caption : str, optional
        Shown above the table (escaped, cut to ``max_chars``).
    source : str or Path, optional
        The file holding the whole table (e.g. ``PROCESSED / "stories.csv"``), shown
        by :func:`shown_path` (``data/processed/stories.csv``). Give it for every table
        that may be longer than ``max_rows``.
    max_chars : int
        Characters shown of each cell, header and caption (default 300); longer text
        ends in ``…``.
    group_by : str, optional
        A column whose value a run of rows shares (a keyness table's ``key_for``, the
        side each term is key for): shown once, as a row across the table opening each
        run («مميِّزة لـ «الرياض»»: its :func:`column_label` and :func:`value_label`),
        not in every row; the column itself is not shown. Display only: the table (and
        its CSV) keeps the column in every row.
    per : str, optional
        A column of groups (the unit of comparison, ``study.col``: ``outlet``) that
        share the ``max_rows`` rows of a table longer than that: each group's first
        ``max_rows // groups`` rows (at least one; never more than ``max_rows`` in all),
        in the table's order, so a table
        sorted by group or by count shows every group, not only the first (session 17:
        a two-outlet run's quotes, entities and stories tables showed one outlet).
        Ignored when ``df`` has no such column (a table of one story or of the corpus).

    Returns
    -------
    IPython.display.HTML
        Displays itself in a notebook; ``.data`` holds the HTML string.

    Raises
    ------
    helpers.errors.ArgumentError
        ``df`` not a DataFrame, ``caption`` not a str or None, ``source`` not a path or
        None, ``max_rows`` not a whole number >= 0, ``max_chars`` not >= 1,
        ``group_by`` not a column of ``df``, or two columns of ``df`` of one name
        (session 21: a bare AttributeError; :func:`interactive_table` numbers them).
    """
    from IPython.display import HTML

    from helpers.errors import ArgumentError, check_whole

    _check_display(df, caption, source, max_chars, "rtl_table")
    twice = df.columns[df.columns.duplicated()]
    if len(twice):
        raise ArgumentError(
            f"rtl_table: the table has more than one column named {str(twice[0])!r}; "
            "each column is read by its name",
            hint="rename one (df.columns = [...]), or show it with interactive_table",
        )
    max_rows = check_whole(max_rows, "rtl_table", "max_rows", minimum=0)
    runs = None
    if group_by is not None and group_by not in df.columns:
        raise ArgumentError(
            f"rtl_table: group_by {group_by!r} is not a column of the table",
            hint=f"the columns are {[str(c) for c in df.columns]}",
        )
    kept = _shared_rows(df, max_rows, per)
    shown = df[kept] if kept is not None else df.head(max_rows)
    if group_by is not None:
        runs = shown[group_by].tolist()
        df, shown = df.drop(columns=[group_by]), shown.drop(columns=[group_by])
    head = _from_one(_ids_shown(_written_shown(_paths_shown(shown))))
    cells = f"text-align:start;{CELL_BIDI};padding:2px 8px;vertical-align:top;white-space:pre-wrap"
    columns = list(head.columns)
    # a number column's header and cells sit at one edge (:data:`NUMBER_ALIGN`)
    styles = [_aligned(cells) if _numeric(head[c]) else cells for c in columns]
    rows = [
        "<tr>"
        + "".join(_header(c, st, max_chars) for c, st in zip(columns, styles, strict=True))
        + "</tr>"
    ]
    # a column of short names keeps each cell on one line (:func:`_short_text`)
    styles = [
        st.replace("white-space:pre-wrap", NUMBER_STYLE) if _short_text(head[c]) else st
        for c, st in zip(columns, styles, strict=True)
    ]
    # one precision a float column (:func:`column_decimals`)
    decimals = [column_decimals(c, head[c]) for c in columns]
    for i, rec in enumerate(head.itertuples(index=False)):
        if runs is not None and (i == 0 or runs[i] != runs[i - 1]):
            shown = value_label(group_by, runs[i])
            text = f"{column_label(group_by)} «{shown}»"
            rows.append(
                f'<tr><th colspan="{len(columns)}" style="{GROUP_ROW_STYLE}">'
                f"{escape_html(text, max_chars)}</th></tr>"
            )
        rows.append(
            "<tr>"
            + "".join(
                _value_cell(c, v, st, max_chars, d)
                for c, v, st, d in zip(columns, rec, styles, decimals, strict=True)
            )
            + "</tr>"
        )
    cap = f'<caption dir="auto">{escape_html(caption, max_chars)}</caption>' if caption else ""
    more = left_out_note(len(df) - len(head), "صف", source)
    return HTML(
        f'<div dir="rtl"><table class="khabar-table" dir="rtl">{cap}{"".join(rows)}</table>'
        f"{more}</div>"
    )


#: The row that opens a run of rows of one value of ``rtl_table(group_by=...)``.
GROUP_ROW_STYLE = "text-align:start;unicode-bidi:plaintext;padding:6px 8px 2px;font-weight:bold"


#: A number's cell never wraps: ``6.24e-86`` broke after its minus sign, a p-value on
#: two lines.
NUMBER_STYLE = "white-space:nowrap"


#: Where a number column's header and cells sit: the right edge, the start of a
#: right-to-left table. ``text-align:start`` with ``unicode-bidi:plaintext`` put a
#: cell of digits (no strong character, so left to right) at the left, nearer the next
#: column's header than its own.
NUMBER_ALIGN = "text-align:right"


def _numeric(column: pd.Series) -> bool:
    """Is ``column`` a number column (int, float; not bool)? An object column counts
    when every value present is a number (a measures table's ``value``: counts and
    ratios in one column, e.g. :func:`helpers.freq.vocabulary_overlap`)."""
    if pd.api.types.is_object_dtype(column):
        present = column.dropna()
        return len(present) > 0 and all(
            isinstance(v, numbers.Number) and not isinstance(v, bool | np.bool_) for v in present
        )
    return pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column)


#: A text column whose every shown cell is at most this many characters (a side's,
#: outlet's or entity type's name) keeps each cell on one line: «بقية القصص» broke
#: over two lines in notebook 04's keyness table, a column narrower than its name.
SHORT_TEXT_CHARS = 24


def _short_text(column: pd.Series) -> bool:
    """Is ``column`` a column of short text (every value present at most
    :data:`SHORT_TEXT_CHARS` characters, as shown), whose cells never wrap?"""
    present = [v for v in column.tolist() if isinstance(v, str)]
    return bool(present) and max(len(v) for v in present) <= SHORT_TEXT_CHARS


def _aligned(style: str) -> str:
    """``style`` with :data:`NUMBER_ALIGN` for ``text-align:start``."""
    return style.replace("text-align:start", NUMBER_ALIGN)


def _value_cell(
    column: object, value: object, style: str, max_chars: int, decimals: int | None = None
) -> str:
    """A body cell: a coded value by its Arabic label (:func:`value_label`), the code
    as tooltip; a number on one line (:data:`NUMBER_STYLE`), a float with its column's
    ``decimals`` (:func:`column_decimals`) when given; any other value as it is."""
    label = value_label(column, value)
    coded = label is not value and not _empty(value)  # an empty cell has no code to show
    tip = f' title="{escape_html(value, max_chars)}"' if coded else ""
    if isinstance(label, numbers.Number) and not isinstance(label, bool | np.bool_):
        style = style.replace("white-space:pre-wrap", NUMBER_STYLE)
        if label == label:  # not NaN («—»): reads left to right in any viewer (NUMBER_DIR)
            style = style.replace(CELL_BIDI, NUMBER_LTR)
            tip = f"{NUMBER_DIR}{tip}"
    if _position(column, label):  # an offset, a line, a year: every digit, no separator
        label = shown_number(column, label)
    elif column in P_VALUE_COLUMNS and _p_value(label):  # «< 0.001», not 7.76e-55
        # isolated left to right by p_value_text itself too (its LRI ... PDI, which
        # shorten would write as codes: khabar's own short text, escaped only)
        text = html.escape(shown_number(column, label), quote=True)
        return f'<td style="{style}"{tip}>{text}</td>'
    elif decimals is not None and isinstance(label, float) and label == label:  # not NaN
        label = shown_number(column, label, decimals)
    return f'<td style="{style}"{tip}>{_cell(label, max_chars)}</td>'


#: The attribute of every number cell of an exported table (:func:`rtl_table`; the
#: interactive tables' number columns by :data:`NUMBER_LTR` in :func:`_number_css`):
#: a number and its signs read left to right whatever the viewer does with the cell's
#: first-strong-character rule or with the isolate characters of :func:`p_value_text`.
#: Session 24: a newcomer's viewer showed keyness' «< 0.001» as «0.001 >» (the ``<``
#: mirrored, the right-to-left table's direction), and «-1.60» can read «1.60-» so.
NUMBER_DIR = ' dir="ltr"'
#: The bidi style of a number cell: left to right, isolated from its neighbours
#: (replaces :data:`CELL_BIDI`, which gave a cell of no strong letter the table's
#: right-to-left direction where the viewer fell back to it).
NUMBER_LTR = "direction:ltr;unicode-bidi:isolate"


def _p_value(value: object) -> bool:
    """Is ``value`` a p-value :func:`p_value_text` writes (a number from 0 to 1, not
    bool, not NaN)? Any other cell of a p-value column is shown as it is."""
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool | np.bool_)
        and 0.0 <= float(value) <= 1.0
    )


def _unique(labels: list[str]) -> list[str]:
    """``labels`` with a repeated one numbered (``الفقرة``, ``الفقرة 2``): two columns
    may share a label (``folder`` and ``group``) and itables needs distinct names."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} {seen[label]}")
    return out


def _header(column: object, style: str, max_chars: int) -> str:
    """A header cell: the Arabic label (:func:`column_label`), the column's own name as
    tooltip when they differ."""
    label = column_label(column)
    tip = f' title="{escape_html(column, max_chars)}"' if label != str(column) else ""
    return f'<th style="{style}"{tip}>{escape_html(label, max_chars)}</th>'


_INTERACTIVE = {"ready": False, "count": 0}


def interactive_table(
    df: pd.DataFrame,
    *,
    caption: str | None = None,
    source: str | Path | None = None,
    max_chars: int = MAX_CHARS,
    max_bytes: int = 2**20,
):
    """A searchable, sortable table in JupyterLab and in the HTML export (itables).

    For the tables a reader explores (concordance lines, entities, quotes), laid out right
    to left as :func:`rtl_table` (first column at the right), each number column's
    header and cells at its right edge (:data:`NUMBER_CLASS`, :func:`_number_css`), as
    the static tables have them. Uses itables
    (https://mwouts.github.io/itables/, DataTables) in offline mode: its JavaScript is
    embedded once per notebook, so the HTML export works without a network. Values are
    shown as text, never as HTML (itables' ``allow_html=False``: it escapes every cell;
    the browser test checks it), cells are cut to ``max_chars`` characters, and only
    the first rows whose cell texts fit in ``max_bytes`` are embedded, with
    :func:`left_out_note` under the table («… لم يظهر هنا N صفاً؛ الجدول كاملاً في
    …»), so no output grows with the corpus. Table ids are numbered, not random, so
    exports are the same bytes on every run.

    Numbers: each number column goes to itables as texts with an order (session 20,
    :func:`_number_order`): a pandas ordered Categorical whose categories are the
    column's texts by :func:`shown_number`, the one number rule of the static tables
    (``1,055,675``; one number of decimals a float column, :func:`column_decimals`:
    ``per_1000`` 0.09 and 1,234.50; a p-value «< 0.001»; a year «2015»), ordered by
    value. itables sends each cell as its rank and DataTables shows the text and sorts
    by the rank (itables' ``add_rank_to_categories``, DataTables' orthogonal data: the
    text for display and search, the rank for sorting), so a column sorts by value,
    a column with a gap too; the static table itables shows without JavaScript writes
    the same texts. A missing value is :data:`MISSING` «—», ranked below every number:
    first when a column is sorted up, last when sorted down (DataTables' own place for
    an empty cell). Two values written alike (0.0866 and 0.09 with 2 decimals; two
    p-values «< 0.001») sort as equals, in the table's order: the order a reader can
    see. Without itables installed it falls back to :func:`rtl_table`.

    Parameters
    ----------
    df : DataFrame
        Any table (not changed). Headers show :func:`column_label` (Arabic); two
        columns with one label are numbered (``المجموعة``, ``المجموعة 2``).
    caption : str, optional
        Shown under the table; with ``source``, :func:`whole_table_in` is added
        («الجدول كاملاً في <file>»).
    source : str or Path, optional
        The file holding the whole table.
    max_chars : int
        Characters shown per cell (default 300).
    max_bytes : int
        Bytes (UTF-8) of cell text embedded (default 1 MiB): the first rows that fit,
        at least one.

    Returns
    -------
    IPython.display.HTML

    Raises
    ------
    helpers.errors.ArgumentError
        ``df`` not a DataFrame, ``caption`` not a str or None, ``source`` not a path or
        None, ``max_chars`` not a whole number >= 1, ``max_bytes`` not a whole number
        >= 1.
    """
    from helpers.errors import check_whole

    _check_display(df, caption, source, max_chars, "interactive_table")
    max_bytes = check_whole(max_bytes, "interactive_table", "max_bytes")
    try:
        from itables import init_notebook_mode, to_html_datatable
    except ImportError:
        return rtl_table(df, caption=caption, source=source, max_chars=max_chars)
    from IPython.display import HTML

    # the columns shown, numbers as they are (the coded values labelled in ``shown``):
    # one frame, so a column's position is the same in both (session 20: the surface
    # column _written_shown leaves out shifted the number columns by one)
    df = _written_shown(_paths_shown(_from_one(_ids_shown(df)))).reset_index(drop=True)
    shown = _values_shown(df.copy())
    number_columns = [i for i, c in enumerate(df.columns) if _numeric(df.iloc[:, i])]
    for i in range(shown.shape[1]):
        values = shown.iloc[:, i]
        if i in number_columns:
            continue  # ordered texts once the rows are chosen (_number_order)
        if pd.api.types.is_datetime64_any_dtype(values) and values.isna().any():
            # NaT as MISSING, the dates as pandas writes the column («2015-07-21»)
            texts = values.astype(str).where(values.notna(), MISSING)
            shown.isetitem(i, texts.astype(object))
        elif pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values):
            shown.isetitem(
                i, values.map(lambda v: MISSING if _missing(v) else shorten(v, max_chars))
            )
    numbers_ = {i: _number_texts(df.columns[i], df.iloc[:, i]) for i in number_columns}
    kept = _rows_within(shown, numbers_, max_bytes)
    shown = shown.iloc[:kept].copy()
    for i, (texts, values) in numbers_.items():
        shown.isetitem(i, _number_order(texts[:kept], values[:kept]))
    shown.columns = _unique([shorten(column_label(c), max_chars) for c in shown.columns])
    note = shorten(caption, max_chars) if caption else ""
    if source is not None:
        note = (note + " · " if note else "") + whole_table_in(source)
    if not _INTERACTIVE["ready"]:
        init_notebook_mode(all_interactive=False, connected=False)
        _INTERACTIVE["ready"] = True
    _INTERACTIVE["count"] += 1
    table_id = f"khabar-table-{_INTERACTIVE['count']}"
    html = to_html_datatable(
        shown,
        caption=escape_html(note, None) or None,  # itables inserts the caption as HTML
        connected=False,
        allow_html=False,
        # the rows are chosen above (max_bytes): itables keeps them all
        maxBytes=0,
        maxRows=0,
        maxColumns=0,
        add_rank_to_categories=True,
        table_id=table_id,
        showIndex=False,
        # the number columns by index (their labels are Arabic text), sorted as
        # numbers: their ranks (DataTables took a column of texts such as «< 0.001»
        # for text and sorted its ranks 1, 10, 11, 2: :data:`NUMBER_SORT`)
        columnDefs=[{"className": NUMBER_CLASS, "targets": number_columns, "type": NUMBER_SORT}]
        if number_columns
        else [],
    )
    more = left_out_note(len(df) - kept, "صف", source)
    return HTML(f'<div dir="rtl">{_number_css(table_id)}{html}{more}</div>')


def _number_texts(column: object, values: pd.Series) -> tuple[list[str], list[object]]:
    """The texts of one number column of :func:`interactive_table`, by
    :func:`shown_number` with the decimals :func:`column_decimals` gives the column (the
    rule of :func:`rtl_table`), and its values (missing ones as None). A
    :func:`position_columns` column of whole numbers with a gap (a float or object
    column, as a merge leaves it) is written whole: «2015», «—» (not «2,015»)."""
    if isinstance(column, str) and column in position_columns():
        whole = _whole_numbers(values)
        values = values if whole is None else whole.astype(object)
    decimals = column_decimals(column, values)
    present = [None if _missing(v) else v for v in values.tolist()]
    return [shown_number(column, v, decimals) for v in values.tolist()], present


def _number_order(texts: list[str], values: list[object]) -> pd.Categorical:
    """``texts`` (one number column's, :func:`_number_texts`) as an ordered pandas
    Categorical whose categories are the distinct texts by value: :data:`MISSING` (a
    value of None) first, then each text at the smallest value written so. itables
    embeds the categories once and each cell as its rank (``add_rank_to_categories``),
    DataTables sorts by the rank and shows the text. Session 20: replaces pandas'
    ``display.float_format`` answered value by value and two string patches of
    itables' output (its «NaN» in the data and in the static table)."""
    least: dict[str, object] = {}
    for text, value in zip(texts, values, strict=True):
        if value is not None and (text not in least or value < least[text]):
            least[text] = value
    order = sorted(least, key=least.__getitem__)
    if len(least) < len(set(texts)):  # a missing value
        order.insert(0, MISSING)
    return pd.Categorical(texts, categories=order, ordered=True)


#: Bytes of JSON and HTML around each cell of an interactive table (quotes, comma),
#: counted with its text by :func:`_rows_within`.
CELL_BYTES = 4


def _rows_within(
    shown: pd.DataFrame, numbers_: dict[int, tuple[list[str], list[object]]], max_bytes: int
) -> int:
    """How many of ``shown``'s first rows :func:`interactive_table` embeds: those whose
    cell texts (UTF-8, :data:`CELL_BYTES` more a cell; number columns by their texts in
    ``numbers_``) add up to at most ``max_bytes``, at least one (a cell is at most
    ``max_chars`` characters)."""
    if shown.empty:
        return len(shown)
    sizes = np.zeros(len(shown), dtype=np.int64)
    for i in range(shown.shape[1]):
        texts = numbers_[i][0] if i in numbers_ else shown.iloc[:, i].astype(str).tolist()
        sizes += np.fromiter((len(t.encode("utf-8", "replace")) for t in texts), np.int64)
    sizes += CELL_BYTES * shown.shape[1]
    return max(1, int(np.searchsorted(np.cumsum(sizes), max_bytes, side="right")))


#: The class of an interactive table's number columns (:func:`interactive_table`).
NUMBER_CLASS = "khabar-number"
#: The DataTables type of an interactive table's number columns: their sort values
#: are the ranks of :func:`_number_order`, compared as numbers. Without it DataTables
#: guesses the type from the texts shown, and a column holding «< 0.001» or «—» was
#: taken for text and its ranks sorted as text (1, 10, 11, 2; seen in Chromium on
#: keyness.csv's p-values, session 20).
NUMBER_SORT = "num"


def _number_css(table_id: str) -> str:
    """The style of one interactive table's number columns: header and cells at
    :data:`NUMBER_ALIGN` (the right edge, as in :func:`rtl_table`), never wrapped
    (:data:`NUMBER_STYLE`). DataTables puts a number column's cells at the end of the
    line, the left edge of a right-to-left table, and its title at the other edge of
    its header (``flex-direction: row-reverse``): the figures stood under the next
    column's title. Its cells read left to right, isolated (:data:`NUMBER_LTR`, the
    rule of :func:`rtl_table`'s number cells, session 24: «-0.92» and «< 0.001» never
    take the table's right-to-left direction); its header, Arabic, takes its
    direction from its text as every other cell (:data:`CELL_BIDI`). Scoped to
    ``#table_id``."""
    cells = f"#{table_id} td.{NUMBER_CLASS}, #{table_id} th.{NUMBER_CLASS}"
    head = f"#{table_id} th.{NUMBER_CLASS} div.dt-column-header"
    return (
        f"<style>#{table_id} td {{{CELL_BIDI}}} "
        f"{cells} {{{NUMBER_ALIGN} !important; {NUMBER_STYLE}; {CELL_BIDI}}} "
        f"#{table_id} td.{NUMBER_CLASS} {{{NUMBER_LTR}}} "
        f"{head} {{flex-direction: row !important}}</style>"
    )


#: Every cell of an interactive table takes its direction from its first strong
#: character, as :func:`rtl_table`'s cells do (``unicode-bidi:plaintext``, the
#: equivalent of ``dir="auto"``): a Latin cell («Reuters, archive.») reads left to right
#: with its full stop at its end inside the right-to-left table, an Arabic one right to
#: left (session 20; the one rule for both tables).
CELL_BIDI = "unicode-bidi:plaintext"
