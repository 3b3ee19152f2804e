"""Records of table files: CSV rows, JSON Lines, JSON arrays, and the ``fields=`` mapping.

:func:`table_rows` reads a ``.csv``, ``.jsonl`` or ``.json`` file as a stream of
``(line, record)`` pairs, ``line`` being the 1-based line the record starts on and
``record`` a dict whose keys are the file's field names stripped and lower-cased. A
``.json`` file holds one array of objects (``[{...}, {...}]``, SaudiNewsNet's format);
it is parsed incrementally (:func:`iter_json_array`: :meth:`json.JSONDecoder.raw_decode`
over a buffer of about 1 MB of text), so memory holds one chunk and one record,
whatever the size of the array.

:class:`FieldMap` is the validated ``fields=`` argument of
:func:`helpers.corpus.load_corpus`: our column names mapped to the file's names
(``{"body": "content", "outlet": "source", "date": "date_extracted"}``).
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from helpers.charsets import WITHOUT_INVISIBLE
from helpers.corpus.clean import strip_controls
from helpers.errors import ArgumentError, CorpusFormatError, EmptyCorpusError, setting, shown

__all__ = ["DERIVED_COLUMNS", "FieldMap", "field_name", "iter_json_array", "table_rows"]

#: Stories-table columns the loader makes itself; a ``fields=`` key may not name them,
#: and a file field of that name is kept as ``meta_<name>``.
DERIVED_COLUMNS = frozenset(
    {"story_id", "paragraphs", "photo_credits", "source", "encoding", "layout", "repairs", "group"}
)
#: Our names with a meaning to the loader (the others become metadata columns as named).
_TEXT_FIELDS = ("title", "body", "id", "captions")


class FieldMap:
    """The ``fields=`` argument: our column name -> the file's field name.

    Parameters
    ----------
    fields : mapping of str to str, or None
        ``{"body": "content", "outlet": "source"}``. Keys are our names: ``title``,
        ``body``, ``id`` (the story id), ``captions``, or any metadata column
        (``outlet``, ``date``, ``author``, ``url``...). Values are the file's names,
        compared ignoring case and surrounding spaces.

    Raises
    ------
    ArgumentError
        Not a mapping of non-empty strings; a key naming a column the loader makes
        (:data:`DERIVED_COLUMNS`); two keys naming the same column (``"date"`` and
        ``"Date "``, ``"id"`` and ``"story_id"``); two keys naming the same file field; a metadata
        name mapped to the file's ``title`` or ``body`` while that one is not mapped
        elsewhere (the field would be both).

    The mapping wins over the default names: with ``{"outlet": "id"}`` the file's
    ``id`` is the ``outlet`` column and the story id comes from ``story_id`` or is
    generated; a field named like a mapped name (``outlet`` beside ``source`` with
    ``{"outlet": "source"}``) is an error (:meth:`columns`).
    """

    def __init__(self, fields: Mapping[str, str] | None, func: str = "load_corpus") -> None:
        fields = {} if fields is None else fields
        if not isinstance(fields, Mapping):
            raise ArgumentError(
                f"{func}: fields must be a dict of our name -> the file's name, "
                f"got {type(fields).__name__}"
            )
        ours: dict[str, str] = {}
        for k, v in fields.items():
            if not (isinstance(k, str) and isinstance(v, str) and field_name(k) and field_name(v)):
                raise ArgumentError(
                    f"{func}: fields must map names to names (non-empty strings), got {k!r}: {v!r}"
                )
            key = field_name(k)
            key = "id" if key == "story_id" else key
            if key in DERIVED_COLUMNS:
                raise ArgumentError(
                    f"{func}: fields cannot name {k!r}, a column the loader makes itself "
                    f"({', '.join(sorted(DERIVED_COLUMNS))})"
                )
            if key in ours:  # "date" and "Date ", or "id" and "story_id"
                raise ArgumentError(
                    f"{func}: fields names the column {key!r} twice (the keys are compared "
                    f"ignoring case and spaces; story_id is id): {k!r} and an earlier key"
                )
            ours[key] = field_name(v)
        theirs = list(ours.values())
        twice = sorted({t for t in theirs if theirs.count(t) > 1})
        if twice:
            raise ArgumentError(f"{func}: fields maps two names to the file's {twice[0]!r}")
        renamed = {v: k for k, v in ours.items()}
        for our in ("title", "body"):
            other = renamed.get(our)
            if our not in ours and other is not None:
                raise ArgumentError(
                    f"{func}: fields maps {other!r} to the file's {our!r}, the field {our} is "
                    f"read from when fields= does not map {our}; map {our} to another field "
                    f"too ({setting('fields', {other: our, our: f'<its {our} field>'})})"
                )
        #: our name -> file's name, for every name given
        self.mapping = ours
        #: file's name -> our name
        self.renamed = renamed
        self.title = ours.get("title", "title")
        self.body = ours.get("body", "body")
        #: the file's names the id and the captions are read from, first found wins; a
        #: default name that fields= maps to another column is not among them
        self.id_names = self._names("id", ("story_id", "id"))
        self.caption_names = self._names("captions", ("captions", "caption"))
        self._plans: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def _names(self, our: str, defaults: tuple[str, ...]) -> tuple[str, ...]:
        if our in self.mapping:
            return (self.mapping[our],)
        return tuple(d for d in defaults if d not in self.renamed)

    def columns(
        self, keys: tuple[str, ...], taken: Iterable[str], f: Path, line: int
    ) -> list[tuple[str, str]]:
        """``(file's name, column)`` of a record's remaining fields (its title, body, id and
        captions taken out).

        A field is renamed as ``fields=`` says; one named like a column in ``taken`` (the
        stories-table columns) becomes ``meta_<name>``. The mapping wins: a field never
        takes a column that ``fields=`` gives another field, in whatever order the
        record lists them. Two fields that would make one column are an error.

        Raises
        ------
        CorpusFormatError
            A field named like one of our names that ``fields=`` maps from another field
            (``outlet`` beside ``source`` with ``{"outlet": "source"}``), or two fields
            that would give one column (``source`` becomes ``meta_source`` beside a
            ``meta_source`` field); the message names both fields and the file.
        """
        plan = self._plans.get(keys)
        if plan is not None:
            return plan
        taken = set(taken)
        plan, made = [], {}
        for key in keys:
            mapped_from = self.mapping.get(key)
            if key not in self.renamed and mapped_from is not None and mapped_from != key:
                raise CorpusFormatError(
                    f"has a field {key!r} and a field {mapped_from!r} that fields= maps to "
                    f"{key!r}: both would be the column {key!r}",
                    path=f,
                    line=line,
                    hint=f"map the file's {key!r} to another name too, e.g. "
                    + setting("fields", {key: mapped_from, f"file_{key}": key}),
                )
            name = self.renamed.get(key, key)
            if name in taken or name in DERIVED_COLUMNS:
                name = f"meta_{name}"
            if name in made:
                a, b = sorted((made[name], key))
                raise CorpusFormatError(
                    f"the fields {a!r} and {b!r} would both be the column {name!r} (a field "
                    "named like a column the loader makes is kept as meta_<name>)",
                    path=f,
                    line=line,
                    hint=f"rename one of them, e.g. {setting('fields', {f'file_{b}': b})}",
                )
            made[name] = key
            plan.append((key, name))
        if len(self._plans) < 1000:
            self._plans[keys] = plan
        return plan

    def __bool__(self) -> bool:
        return bool(self.mapping)

    def required(self) -> dict[str, str]:
        """Our name -> file's name of every field the file must have."""
        out = {"title": self.title, "body": self.body}
        out.update(self.mapping)
        return out

    def check(self, f: Path, names: Iterable[str], line: int) -> None:
        """Raise :class:`CorpusFormatError` when the file lacks a required field.

        ``names`` are the file's field names (lower-cased); the message lists them.
        """
        have = set(names)
        missing = [(o, t) for o, t in self.required().items() if t not in have]
        if not missing:
            return
        what = ", ".join(f"{t}" if o == t else f"{t} (for {o})" for o, t in missing)
        listed = ", ".join(n for n in names if n) or "none"
        raise CorpusFormatError(
            f"has no {what} field (its fields: {listed})",
            path=f,
            line=line,
            hint="name the fields title and body, or map yours: "
            + setting("fields", {"body": "content"}),
        )


def table_rows(
    f: Path, lines_or_chunks: Iterator[str], fields: FieldMap
) -> Iterator[tuple[int, dict]]:
    """Records of a CSV, JSONL or JSON-array file, with the line each starts on.

    ``lines_or_chunks`` are the file's decoded lines (CSV, JSONL) or text chunks
    (``.json``: :func:`helpers.corpus.decode.open_chunks`). Keys of the records are the
    file's field names, stripped and lower-cased. The first record (CSV: the header)
    is checked against ``fields`` (:meth:`FieldMap.check`).

    Raises
    ------
    CorpusFormatError
        Invalid CSV or JSON (line named), a header repeating a column, a CSV row with
        more cells than the header, a record that is not an object, a key given twice,
        NaN/Infinity, an integer over 4,300 digits, a missing required field.
    EmptyCorpusError
        A CSV file with no text at all.
    """
    suffix = f.suffix.lower()
    if suffix == ".csv":
        yield from _csv_rows(f, lines_or_chunks, fields)
        return
    rows = (
        iter_json_array(lines_or_chunks, f)
        if suffix == ".json"
        else _jsonl_rows(f, lines_or_chunks)
    )
    first = True
    for line, row in rows:
        if first:
            fields.check(f, list(row), line)
            first = False
        yield line, row


def _csv_rows(f: Path, lines: Iterator[str], fields: FieldMap) -> Iterator[tuple[int, dict]]:
    lines = iter(lines)
    first = next((ln for ln in lines if ln.strip()), None)
    if first is None:
        raise EmptyCorpusError(
            "file is empty (no text after decoding)",
            path=f,
            hint="remove the file or check that it holds the stories",
        )
    reader = csv.DictReader(ln + "\n" for ln in itertools.chain([first], lines))
    header = list(reader.fieldnames or [])
    names = [field_name(str(c)) for c in header]
    repeated = sorted({c for c in names if c and names.count(c) > 1})
    if repeated:
        raise CorpusFormatError(
            f"CSV header repeats the column(s) {', '.join(repeated)} "
            "(names are compared ignoring case and spaces)",
            path=f,
            line=1,
            hint="give every column its own name",
        )
    if not fields and not {"title", "body"} <= set(names):
        missing = {"title", "body"} - set(names)
        hint = "name the columns title and body, or map yours: " + setting(
            "fields", {"body": "content"}
        )
        for sep, said in ((";", "semicolons (;)"), ("\t", "tabs"), ("|", "vertical bars (|)")):
            # a spreadsheet saved with a European locale's separator, or a TSV renamed
            if len(header) == 1 and {"title", "body"} <= {
                field_name(c) for c in header[0].split(sep)
            }:
                hint = (
                    f"the columns are separated by {said}, not commas: save the file as "
                    "comma-separated CSV (UTF-8)"
                )
        raise CorpusFormatError(
            f"CSV has no {' or '.join(sorted(missing))} column "
            f"(columns found: {', '.join(header) or 'none'})",
            path=f,
            line=1,
            hint=hint,
        )
    fields.check(f, [c for c in names if c], 1)
    # a column without a name (trailing commas of a spreadsheet export) may only hold
    # empty cells: its cells are dropped, and a value there is an error
    nameless = {f"\x00{j}": j + 1 for j, c in enumerate(names) if not c}
    reader.fieldnames = [c or f"\x00{j}" for j, c in enumerate(names)]
    csv.field_size_limit(2**31 - 1)  # a 5 MB body is a field like any other
    start = reader.line_num + 1
    try:
        for row in reader:
            extra = row.pop(None, None)  # cells beyond the header (DictReader's restkey)
            for key, column in nameless.items():
                if str(row.pop(key, None) or "").strip():
                    raise CorpusFormatError(
                        f"column {column} has no name in the header but holds a value",
                        path=f,
                        line=start,
                        hint="name the column in the header, or empty its cells",
                    )
            if extra and any(str(c).strip() for c in extra):
                raise CorpusFormatError(
                    f"row has {len(names) + len(extra)} fields but the header "
                    f"has {len(names)} columns",
                    path=f,
                    line=start,
                    hint='quote cells that hold commas ("...") or add the missing columns',
                )
            # a named column the row does not reach (DictReader's restval None; an
            # empty cell is ""): a cell holding an unquoted line break cut the record
            # in two, whose halves would be read as two stories with their cells moved
            # one column on (the body's second half as a title, the outlet as body)
            short = [header[j].strip() for j, c in enumerate(names) if c and row[c] is None]
            if short:
                given = sum(1 for c in reader.fieldnames if row[c] is not None)
                raise CorpusFormatError(
                    f"row has {given} field{'s' if given != 1 else ''} but the header has "
                    f"{len(names)} columns "
                    f"(no cell for {', '.join(short[:5])}{', ...' if len(short) > 5 else ''})",
                    path=f,
                    line=start,
                    hint='quote cells that hold line breaks or commas ("..."), and give '
                    "every row all the columns (an empty cell as ,,)",
                )
            if all(field_name(row[c]) == c for c in names if c):
                # the header again: CSV exports joined one after another (cat a.csv
                # b.csv) would make a story titled «title» of the outlet «outlet»
                raise CorpusFormatError(
                    "row repeats the header (files joined one after another?)",
                    path=f,
                    line=start,
                    hint="remove the repeated header rows, or put the files in a folder "
                    "and give the folder",
                )
            yield start, row
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CorpusFormatError(
            f"CSV cannot be parsed ({exc})",
            path=f,
            line=reader.line_num,
            hint="check the quoting on that line",
        ) from None


class _JSONValueError(ValueError):
    """A JSON record that parses but is refused (duplicate key, NaN/Infinity)."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


_KEYS: dict[str, str] = {}  # field name -> stripped, lower-cased (names repeat per record)


def field_name(k: str) -> str:
    """A file's field name as a column name: control characters removed
    (:func:`helpers.corpus.clean.strip_controls`) and so are the invisible formatting
    characters (:data:`helpers.charsets.INVISIBLE`: bidi marks and overrides,
    zero-width characters, BOM), which story text keeps but a name must not (a key
    ``"\u202eoutlet"`` would show reversed in every table header, ``"outlet\u200f"``
    would be another column than ``outlet``); surrounding spaces stripped,
    lower-cased. The one rule for CSV headers, JSON keys and ``fields=`` names."""
    return strip_controls(k)[0].translate(WITHOUT_INVISIBLE).strip().lower()


def column_of(columns, name: object) -> object:
    """The column of a table that ``name`` means: ``name`` itself when a column has it,
    else the column named by :func:`field_name` of it (the loader's rule: a CSV header
    ``Outlet`` is the column ``outlet``, so ``--group-by Outlet`` or a selection
    ``{"Outlet": "okaz"}`` means it), else ``name`` unchanged, for the caller's error."""
    if name in columns or not isinstance(name, str):
        return name
    key = field_name(name)
    return key if key in columns else name


def _key(k: str) -> str:
    out = field_name(k)
    if len(_KEYS) < 10_000:
        _KEYS[k] = out
    return out


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """``object_pairs_hook``: keys stripped and lower-cased; refuse a key given twice."""
    norm = _KEYS.get
    d = {norm(k) or _key(k): v for k, v in pairs}
    if len(d) == len(pairs):
        return d
    seen: dict[str, str] = {}
    for k, _ in pairs:
        key = field_name(k)
        if key in seen:
            both = repr(k) if seen[key] == k else f"{seen[key]!r} and {k!r}"
            raise _JSONValueError(
                f"JSON object gives the key {both} twice (keys are compared ignoring case)",
                hint="keep one of them",
            )
        seen[key] = k
    return d  # pragma: no cover - unreachable


def _no_constant(name: str) -> object:
    """``parse_constant``: NaN, Infinity and -Infinity are not JSON (RFC 8259, section 6)."""
    raise _JSONValueError(
        f"{name} is not a JSON value (RFC 8259)", hint="give text as strings, missing as null"
    )


_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys, parse_constant=_no_constant)


def _json_error(exc: Exception, f: Path, line: int, hint: str) -> CorpusFormatError:
    if isinstance(exc, _JSONValueError):
        return CorpusFormatError(str(exc), path=f, line=line, hint=exc.hint)
    if isinstance(exc, json.JSONDecodeError | RecursionError):
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        if isinstance(exc, json.JSONDecodeError) and exc.doc[exc.pos : exc.pos + 1] == "\ufeff":
            # a file joined from files saved with a byte-order mark (cat a.jsonl b.jsonl):
            # the second file's mark starts a line, invisible in an editor (session 17)
            return CorpusFormatError(
                f"not valid JSON: a byte-order mark (U+FEFF) at column {exc.colno}",
                path=f,
                line=line,
                hint="the file was probably joined from files saved with a byte-order "
                "mark; remove the U+FEFF characters",
            )
        return CorpusFormatError(f"not valid JSON ({msg})", path=f, line=line, hint=hint)
    # ValueError: an integer over Python's 4,300-digit limit
    return CorpusFormatError(
        f"holds a number too long to read ({exc})".split(":")[0] + ")",
        path=f,
        line=line,
        hint="give long numbers as strings",
    )


def _jsonl_rows(f: Path, lines: Iterable[str]) -> Iterator[tuple[int, dict]]:
    decode = _DECODER.decode
    for i, line in enumerate(lines, start=1):
        if not line or line.isspace():
            continue
        try:
            row = decode(line)
        except (ValueError, RecursionError) as exc:
            raise _json_error(exc, f, i, "one JSON object per line") from None
        if not isinstance(row, dict):
            raise CorpusFormatError(
                "line is not a JSON object", path=f, line=i, hint="one JSON object per line"
            )
        yield i, row


def _not_text(chunk: object) -> str:
    raise ArgumentError(
        f"iter_json_array: chunks must be text chunks (an iterable of str), got a chunk "
        f"{shown(chunk)}"
    )


_WS = re.compile(r"[ \t\n\r]*")
_ARRAY_HINT = "a .json file holds one array of objects: [{...}, {...}]"


def iter_json_array(chunks: Iterable[str], f: Path | str = "<json>") -> Iterator[tuple[int, dict]]:
    """Parse a JSON array of objects from text chunks, one object at a time.

    Memory holds the unparsed rest of the current chunk and one object (an object
    larger than a chunk is completed by reading further chunks), never the array.

    Parameters
    ----------
    chunks : iterable of str
        The decoded text, in pieces of any size.
    f : Path or str
        Named in errors.

    Yields
    ------
    (int, dict)
        The 1-based line the object starts on and the object (keys stripped and
        lower-cased).

    Raises
    ------
    CorpusFormatError
        Not an array, an element that is not an object, invalid JSON, text after the
        array, a key given twice, NaN/Infinity (line named).
    EmptyCorpusError
        No text but white space (a :class:`CorpusFormatError` too).
    ArgumentError
        ``chunks`` not text (one str is taken as one chunk).
    """
    f = Path(f)
    if isinstance(chunks, str):
        chunks = [chunks]
    if not isinstance(chunks, Iterable) or isinstance(chunks, bytes | bytearray):
        raise ArgumentError(
            f"iter_json_array: chunks must be text chunks (an iterable of str), got {shown(chunks)}"
        )
    it = (c if isinstance(c, str) else _not_text(c) for c in chunks)
    buf, pos, line, eof = "", 0, 1, False
    counted = 0  # buffer position up to which newlines are counted in ``line``
    raw_decode = _DECODER.raw_decode

    def fill(at_least: int = 1) -> bool:
        """Drop what is parsed, read chunks until ``at_least`` unparsed characters."""
        nonlocal buf, pos, line, eof, counted
        here(pos)
        parts, have = [buf[pos:]], len(buf) - pos
        pos = counted = 0
        got = False
        while have < at_least and not eof:
            c = next(it, None)
            if c is None:
                eof = True
                break
            parts.append(c)
            have += len(c)
            got = True
        buf = "".join(parts)
        return got

    def skip_ws() -> None:
        nonlocal pos
        while True:
            pos = _WS.match(buf, pos).end()
            if pos < len(buf) or eof:
                return
            fill(len(buf) - pos + 1)

    def here(p: int | None = None) -> int:
        """Line number at buffer position ``p`` (default ``pos``); counts each newline once."""
        nonlocal line, counted
        p = pos if p is None else p
        if p < counted:
            return line - buf.count("\n", p, counted)
        line += buf.count("\n", counted, p)
        counted = p
        return line

    fill()
    skip_ws()
    if buf[pos : pos + 1] != "[":
        if pos >= len(buf):  # nothing but white space: skipped in a folder, as other files
            raise EmptyCorpusError(
                "file is empty (no text after decoding)", path=f, line=here(), hint=_ARRAY_HINT
            )
        raise CorpusFormatError("does not hold a JSON array", path=f, line=here(), hint=_ARRAY_HINT)
    pos += 1
    skip_ws()
    if buf[pos : pos + 1] == "]":
        pos += 1
    else:
        while True:
            skip_ws()
            start = here()
            need = len(buf) - pos
            while True:
                try:
                    obj, end = raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as exc:
                    if eof:
                        raise _json_error(exc, f, here(exc.pos), _ARRAY_HINT) from None
                    need = 2 * max(need, len(buf) - pos, 1)  # doubling: linear in the object
                    fill(need)
                except (ValueError, RecursionError) as exc:
                    raise _json_error(exc, f, start, _ARRAY_HINT) from None
            if not isinstance(obj, dict):
                raise CorpusFormatError(
                    f"array element is a {type(obj).__name__}, not an object",
                    path=f,
                    line=start,
                    hint=_ARRAY_HINT,
                )
            pos = end
            yield start, obj
            skip_ws()
            c = buf[pos : pos + 1]
            if c == ",":
                pos += 1
                continue
            if c == "]":
                pos += 1
                break
            raise CorpusFormatError(
                "expected , or ] after an array element"
                + (" (the file ends inside the array)" if not c else f", found {c!r}"),
                path=f,
                line=here(),
                hint=_ARRAY_HINT,
            )
    skip_ws()
    if pos < len(buf):
        raise CorpusFormatError(
            "text after the end of the JSON array", path=f, line=here(), hint=_ARRAY_HINT
        )
