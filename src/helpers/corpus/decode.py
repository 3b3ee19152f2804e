"""Turning a file's bytes into text: byte-order marks, UTF-8, legacy Arabic code pages.

Order of attempts, each documented in the stories table's ``encoding`` column:

1. A byte-order mark decides: UTF-8 (``utf-8-sig``), UTF-16 LE/BE, UTF-32 LE/BE.
2. UTF-16 LE/BE without a BOM, when every other byte is 0x06 or 0x00 (Arabic letters
   and ASCII in UTF-16) and NUL bytes fall on that side only; bytes with that pattern
   that are not valid UTF-16 text raise :class:`DecodingError` (they are never decoded
   as UTF-8, which would accept the NULs). Files and zip members over
   :data:`STREAM_THRESHOLD` are judged on their first 4 MB (:data:`SAMPLE_BYTES`), and
   so are steps 4 and 5 for a zip member that large (session 16).
3. Strict UTF-8.
4. Latin-1 first (session 15): when the bytes read as Western European text
   (:func:`_reads_as_latin`: most bytes 0xC0-0xFF stand inside words that also hold
   ASCII letters, as é, ü, ñ, ó do in «café», «Müller», «año», «información»), the file
   is decoded as Windows-1252 (Latin-1 with the Windows punctuation of 0x80-0x9F; plain
   Latin-1 when a byte is undefined in 1252), with a warning. Read as Windows-1256 those
   bytes were Arabic letters and harakat («informaciَn», «aٌo», «Mكller»), which step 5
   took for Arabic: the Arabic code pages put their letters at the same bytes, and an
   Arabic word in them never holds an ASCII letter.
5. Legacy Arabic code pages, Windows-1256 and ISO-8859-6, accepted only when the
   decoded text reads as Arabic (most non-ASCII characters are Arabic letters);
   charset-normalizer (https://github.com/jawah/charset_normalizer) ranks them.
6. Otherwise the bytes are not text khabar can trust: :class:`DecodingError` naming the
   file and the byte offset of the first invalid UTF-8 sequence, or, with
   ``errors="replace"``, UTF-8 with U+FFFD replacement characters and a warning.
"""

from __future__ import annotations

import codecs
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from helpers.charsets import ARABIC_SCRIPT_SET
from helpers.errors import (
    ArgumentError,
    CorpusNotFoundError,
    DecodingError,
    UnreadableFileError,
    VisibleWarning,
    check_choice,
    check_path,
    shown,
)

__all__ = [
    "DecodedText",
    "KhabarWarning",
    "decode_bytes",
    "decode_stream",
    "open_chunks",
    "open_lines",
    "read_text",
]

#: Files larger than this (bytes) are decoded and split into lines chunk by chunk.
STREAM_THRESHOLD = 16 * 2**20
#: The first bytes on which the encoding of a file or zip member over
#: :data:`STREAM_THRESHOLD` is judged (the code page guess reads no more).
SAMPLE_BYTES = 4 * 2**20
CHUNK = 2**20
_C0 = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_LEGACY = ("cp1256", "iso8859_6")
#: A Latin letter of Latin-1 (0xC0-0xFF but × 0xD7 and ÷ 0xF7) or an ASCII letter: the
#: words :func:`_reads_as_latin` reads in the raw bytes.
_BYTE_WORD = re.compile(rb"[A-Za-z\xc0-\xd6\xd8-\xf6\xf8-\xff]+")
_ASCII_LETTER = re.compile(rb"[A-Za-z]")
#: Share of the bytes 0xC0-0xFF that must stand in words with an ASCII letter for the
#: bytes to read as Latin-1 (:func:`_reads_as_latin`).
LATIN_SHARE = 0.5
#: The encodings tried, in order, for a file that is not UTF-8 (named in errors).
_TRIED = "UTF-8, Windows-1252 (Latin-1), Windows-1256 and ISO-8859-6"


class KhabarWarning(VisibleWarning):
    """A warning about the input that the user should know of (encoding guessed, data
    replaced); its message is shown as :class:`helpers.errors.VisibleWarning` says."""


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from a file, with the encoding used and whether bytes were replaced."""

    text: str
    encoding: str
    replaced: int = 0


def _is_arabic(ch: str) -> bool:
    return ch in ARABIC_SCRIPT_SET


def _reads_as_arabic(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    arabic = sum(1 for c in non_ascii if _is_arabic(c))
    return arabic / len(non_ascii) >= 0.9


def _reads_as_latin(data: bytes) -> bool:
    """Whether the bytes ``data`` (not UTF-8) read as Latin-1 / Windows-1252 text: of
    the bytes 0xC0-0xFF (accented Latin letters in Latin-1, Arabic letters and harakat
    in Windows-1256 and ISO-8859-6) at least :data:`LATIN_SHARE` stand inside a word
    (a run of ASCII letters and those bytes) that holds an ASCII letter: «café»,
    «Müller», «año». An Arabic word of a legacy code page is all high bytes (its
    letters), so Arabic text scores near 0 (a Latin name glued to an Arabic word,
    «بـSMS», is the exception) and Latin text near 1. False when there is no such byte."""
    high = latin = 0
    for m in _BYTE_WORD.finditer(data):
        word = m.group()
        n = sum(1 for b in word if b >= 0xC0)
        if not n:
            continue
        high += n
        if _ASCII_LETTER.search(word):
            latin += n
    return high > 0 and latin >= LATIN_SHARE * high


def _latin(data: bytes) -> str:
    """The Latin code page of ``data`` that :func:`_reads_as_latin` accepted:
    ``"cp1252"`` when it decodes every byte, else ``"latin-1"`` (0x81, 0x8D, 0x8F,
    0x90, 0x9D are undefined in Windows-1252, C1 controls in Latin-1)."""
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:
        return "latin-1"
    return "cp1252"


def _legacy_arabic(data: bytes, path) -> tuple[str, str] | None:
    """``(encoding, text)`` of a file that is not UTF-8 (``data``: a whole file, or
    the head of one read as a stream): Windows-1252 / Latin-1 when the bytes read as
    Latin text (:func:`_reads_as_latin`), else the first legacy Arabic code page
    (:func:`_legacy_candidates`) that decodes ``data`` into text that reads as Arabic
    (:func:`_reads_as_arabic`); with a :class:`KhabarWarning` naming ``path`` and the
    code page; None when none does. The one rule of both readers (whole file and
    stream)."""
    if _reads_as_latin(data):
        enc = _latin(data)
        warnings.warn(
            f"{path}: not UTF-8; decoded as {enc} (Western European: its accented letters "
            "stand inside Latin words, so it is no Arabic code page; khabar reads Arabic, "
            "re-save Arabic text as UTF-8)",
            KhabarWarning,
            stacklevel=4,
        )
        return enc, data.decode(enc)
    for enc in _legacy_candidates(data):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text):
            warnings.warn(
                f"{path}: not UTF-8; decoded as {enc} (legacy Arabic code page)",
                KhabarWarning,
                stacklevel=4,  # the caller of the reader that called this
            )
            return enc, text
    return None


def _legacy_candidates(data: bytes) -> list[str]:
    """Legacy encodings to try, best first (charset-normalizer's ranking, then our order)."""
    order: list[str] = []
    try:
        from charset_normalizer import from_bytes

        for match in from_bytes(data, cp_isolation=list(_LEGACY)):
            if match.encoding in _LEGACY and match.encoding not in order:
                order.append(match.encoding)
    except Exception:  # pragma: no cover - ranking is an optimisation only
        pass
    return order + [e for e in _LEGACY if e not in order]


def decode_bytes(
    data: bytes, path: str | Path = "<bytes>", *, errors: str = "strict"
) -> DecodedText:
    """Decode ``data`` read from ``path`` (the path is used in messages only).

    Parameters
    ----------
    data : bytes
    path : str or Path
        Named in errors and warnings.
    errors : {"strict", "replace"}
        ``"strict"`` raises :class:`DecodingError` on bytes that decode in no supported
        encoding; ``"replace"`` decodes them as U+FFFD and warns with the count.

    Returns
    -------
    DecodedText
        ``text`` (str), ``encoding`` (Python codec name, e.g. ``"utf-8"``, ``"cp1256"``),
        ``replaced`` (number of U+FFFD inserted).

    Raises
    ------
    DecodingError
        Undecodable bytes with ``errors="strict"``; the message gives the byte offset.
    ArgumentError
        ``errors`` is not one of the two values; ``data`` is not bytes.
    """
    check_choice(errors, ("strict", "replace"), "decode_bytes", "errors")
    if not isinstance(data, bytes | bytearray | memoryview):
        raise ArgumentError(f"decode_bytes: data must be bytes, got {shown(data)}")
    data = bytes(data)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(enc).lstrip("\ufeff"), enc)
            except UnicodeDecodeError as exc:
                if errors == "replace":
                    return _replaced(data, enc, path, exc)
                raise DecodingError(
                    f"starts with a {enc} byte-order mark but is not valid {enc}",
                    path=path,
                    line=_line_of(data, exc.start, enc),
                    offset=exc.start,
                    hint="re-save the file as UTF-8",
                ) from None
    utf16 = _maybe_utf16(data, path)
    if utf16 is not None:
        return utf16
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    legacy = _legacy_arabic(data, path)
    if legacy is not None:
        return DecodedText(legacy[1], legacy[0])
    if errors == "replace":
        return _replaced(data, "utf-8", path, first_error)
    raise DecodingError(
        "is not valid UTF-8, does not read as Latin-1 text nor as Windows-1256 or "
        f"ISO-8859-6 Arabic (tried {_TRIED}; first bad byte 0x{data[first_error.start]:02x})",
        path=path,
        line=_line_of(data, first_error.start, "utf-8"),
        offset=first_error.start,
        hint="re-save it as UTF-8, or load with errors='replace' to keep going",
    )


def _line_of(data: bytes, offset: int, enc: str) -> int:
    """1-based line number of byte ``offset`` (lines end at ``\\n``)."""
    prefix = data[:offset]
    if enc.startswith(("utf-16", "utf-32")):
        return prefix.decode(enc, errors="replace").count("\n") + 1
    return prefix.count(b"\n") + 1


def _line_of_file(path: Path, offset: int) -> int:
    """:func:`_line_of` for a large file, read in chunks (UTF-8 and one-byte code pages)."""
    n, pos = 1, 0
    with open(path, "rb") as fh:
        while pos < offset:
            chunk = fh.read(min(CHUNK, offset - pos))
            if not chunk:
                break
            n += chunk.count(b"\n")
            pos += len(chunk)
    return n


def _utf16_order(sample: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when the byte pattern of ``sample`` is UTF-16's.

    In UTF-16 text in Arabic or Latin script every other byte (the high byte of each
    code unit) is 0x06 (Arabic letters) or 0x00 (ASCII), and NUL bytes fall on one
    parity only; in UTF-8 or a one-byte code page neither holds.
    """
    if len(sample) < 8:
        return None
    sample = sample[: len(sample) // 2 * 2]
    lo, hi = sample[0::2], sample[1::2]
    for enc, high, low in (("utf-16-le", hi, lo), ("utf-16-be", lo, hi)):
        zero_or_6 = sum(1 for b in high if b in (0, 6))
        nul_high, nul_low = high.count(0), low.count(0)
        if zero_or_6 >= 0.6 * len(high) and nul_low <= 0.1 * len(low) and nul_high > nul_low:
            return enc
    return None


def _warn_utf16(enc: str, path: str | Path, stacklevel: int) -> None:
    """Warn (:class:`KhabarWarning`) that ``path``, with no byte-order mark, was read as
    ``enc``; ``stacklevel`` counts from this function's caller's caller as
    :func:`warnings.warn` would from this function. The one copy of the warning of
    :func:`_maybe_utf16` and :func:`_utf16_sampled`."""
    warnings.warn(
        f"{path}: no byte-order mark; decoded as {enc}", KhabarWarning, stacklevel=stacklevel
    )


def _not_utf16(enc: str, path: str | Path) -> DecodingError:
    """The :class:`DecodingError` for bytes of ``path`` that look like ``enc`` (UTF-16
    without a byte-order mark, :func:`_utf16_order`) but are not valid UTF-16 text: the
    one copy of the message of :func:`_maybe_utf16` (whole files) and
    :func:`_utf16_sampled` (streams), which raise it."""
    return DecodingError(
        f"looks like {enc.upper()} without a byte-order mark (every other byte is 0x00 "
        "or 0x06) but is not valid UTF-16 text",
        path=path,
        hint="re-save it as UTF-8",
    )


def _maybe_utf16(data: bytes, path: str | Path) -> DecodedText | None:
    """UTF-16 without a BOM (see :func:`_utf16_order`).

    Returns None when the bytes do not look like UTF-16; raises :class:`DecodingError`
    when they do but are not valid UTF-16 text (never decoded as UTF-8 garbage).
    """
    enc = _utf16_order(data[: 2**16])
    if enc is None:
        return None
    if len(data) % 2 == 0:
        try:
            alt = data.decode(enc)
        except UnicodeDecodeError:
            alt = None
        if alt is not None and len(_C0.findall(alt)) <= 0.01 * len(alt):
            _warn_utf16(enc, path, stacklevel=4)
            return DecodedText(alt, enc)
    raise _not_utf16(enc, path)


def _replaced(data: bytes, enc: str, path: str | Path, exc: UnicodeDecodeError) -> DecodedText:
    text = data.decode(enc, errors="replace").lstrip("\ufeff")
    n = text.count("\ufffd") - data.decode(enc, errors="ignore").count("\ufffd")
    warnings.warn(
        f"{path}: {n} undecodable byte sequence(s) replaced by U+FFFD "
        f"(first at byte offset {exc.start})",
        KhabarWarning,
        stacklevel=3,
    )
    return DecodedText(text, enc, replaced=n)


def read_text(path: str | Path, *, errors: str = "strict") -> DecodedText:
    """Read the file at ``path`` and decode it with :func:`decode_bytes`.

    Raises
    ------
    DecodingError
        As :func:`decode_bytes`.
    ArgumentError
        ``path`` not a str or path-like; ``errors`` not ``"strict"``/``"replace"``.
    CorpusNotFoundError, UnreadableFileError
        No such file; a folder, no permission or an I/O error (the path named).
    """
    path = _checked(path, errors, "read_text")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _os_error(path, exc) from None
    return decode_bytes(data, path, errors=errors)


def _checked(path: object, errors: object, func: str) -> Path:
    check_choice(errors, ("strict", "replace"), func, "errors")
    return check_path(path, func)


def _os_error(path: Path, exc: OSError) -> CorpusNotFoundError | UnreadableFileError:
    """The project error for an OSError raised while opening or reading ``path``."""
    if isinstance(exc, FileNotFoundError):
        return CorpusNotFoundError("no such file", path=path, hint="check the path")
    if isinstance(exc, IsADirectoryError):
        return UnreadableFileError("is a folder, not a file", path=path, hint="name a file")
    return UnreadableFileError(
        f"cannot be read ({exc.strerror or exc})", path=path, hint="check its permissions"
    )


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise _os_error(path, exc) from None


def _lines_from_chunks(chunks: Iterator[str]) -> Iterator[str]:
    """Split a stream of text chunks into lines (``\n``, ``\r\n``, ``\r``)."""
    parts: list[str] = []  # the unfinished line, in pieces (a 500 MB line stays linear)
    held_cr = False
    for chunk in chunks:
        if held_cr:
            chunk = "\r" + chunk
            held_cr = False
        if chunk.endswith("\r"):
            chunk, held_cr = chunk[:-1], True
        if "\r" in chunk:
            chunk = chunk.replace("\r\n", "\n").replace("\r", "\n")
        pieces = chunk.split("\n")
        if len(pieces) == 1:
            parts.append(pieces[0])
            continue
        parts.append(pieces[0])
        yield "".join(parts)
        yield from pieces[1:-1]
        parts = [pieces[-1]]
    if held_cr:
        yield "".join(parts)
        parts = []
    rest = "".join(parts)
    if rest:
        yield rest


def _stream(path: Path, enc: str, skip: int, errors: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(enc)(errors=errors)
    pos = skip
    with open(path, "rb") as fh:
        fh.seek(skip)
        while True:
            chunk = fh.read(CHUNK)
            buffered = len(decoder.getstate()[0])
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                offset = pos - buffered + exc.start
                raise DecodingError(
                    f"is not valid {enc}",
                    path=path,
                    line=_line_of_file(path, offset) if "16" not in enc else None,
                    offset=offset,
                    hint="re-save it as UTF-8, or load with errors='replace' to keep going",
                ) from None
            if text:
                yield text
            if not chunk:
                return
            pos += len(chunk)


def _stream_utf8(path: Path, errors: str) -> Iterator[str]:
    """UTF-8 chunks of a file whose first 4 MB are UTF-8, in one pass.

    A later invalid byte raises :class:`DecodingError` (its offset and line named), or
    with ``errors="replace"`` is replaced from there on, with the warning
    :func:`open_lines` gives for such files.
    """
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    pos = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            pending = decoder.getstate()[0]
            try:
                text = decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                bad = pos - len(pending) + exc.start
                if errors == "strict":
                    raise DecodingError(
                        "is not valid UTF-8 (its first 4 MB were UTF-8, so no other "
                        "encoding was tried)",
                        path=path,
                        line=_line_of_file(path, bad),
                        offset=bad,
                        hint="re-save it as UTF-8, or load with errors='replace' to keep going",
                    ) from None
                warnings.warn(
                    f"{path}: undecodable byte sequences replaced by U+FFFD "
                    f"(first at byte offset {bad})",
                    KhabarWarning,
                    stacklevel=2,
                )
                decoder = codecs.getincrementaldecoder("utf-8")("replace")
                text = decoder.decode(pending + chunk, final=not chunk)
            if text:
                yield text
            if not chunk:
                return
            pos += len(chunk)


def _first_utf8_error(path: Path, skip: int) -> int | None:
    """Byte offset of the first invalid UTF-8 sequence in the file, or None."""
    try:
        for _ in _stream(path, "utf-8", skip, "strict"):
            pass
    except DecodingError as exc:
        return exc.offset
    return None


def open_lines(path: str | Path, *, errors: str = "strict") -> tuple[str, Iterator[str]]:
    """Decode the file at ``path`` and return its encoding and an iterator of its lines.

    Files up to :data:`STREAM_THRESHOLD` bytes are read whole and decoded with
    :func:`decode_bytes`. Larger files are decoded in 1 MB chunks, so memory does not
    grow with the file: a byte-order mark decides; else a first pass checks the whole
    file is UTF-8; else Windows-1256 / ISO-8859-6 are tried on the first 4 MB as in
    :func:`decode_bytes` (a later invalid byte raises :class:`DecodingError` with its
    offset while reading). Lines are split at ``\n``, ``\r\n`` and ``\r``.

    Returns
    -------
    (str, iterator of str)
        Codec name (as in the stories table's ``encoding``) and the lines, without
        line breaks.

    Raises
    ------
    DecodingError
        As :func:`decode_bytes`; for a large file possibly only while iterating.
    ArgumentError, CorpusNotFoundError, UnreadableFileError
        As :func:`read_text`.
    """
    from helpers.corpus.layout import split_lines

    path = _checked(path, errors, "open_lines")
    if _size_of(path) <= STREAM_THRESHOLD:
        decoded = read_text(path, errors=errors)
        return decoded.encoding, iter(split_lines(decoded.text))
    enc, chunks = _open_large(path, errors)
    return enc, _lines_from_chunks(chunks)


def open_chunks(path: str | Path, *, errors: str = "strict") -> tuple[str, Iterator[str]]:
    """Decode the file at ``path`` as :func:`open_lines` does, as text chunks, not lines.

    For readers that must not hold a whole line (a JSON array on one line): a file up
    to :data:`STREAM_THRESHOLD` bytes is one chunk, a larger one comes in chunks of
    about 1 MB (line breaks left as written).

    Returns
    -------
    (str, iterator of str)
        Codec name and the text chunks, which concatenate to the decoded file.

    Raises
    ------
    DecodingError, ArgumentError, CorpusNotFoundError, UnreadableFileError
        As :func:`open_lines`.
    """
    path = _checked(path, errors, "open_chunks")
    if _size_of(path) <= STREAM_THRESHOLD:
        decoded = read_text(path, errors=errors)
        return decoded.encoding, iter([decoded.text])
    return _open_large(path, errors)


def decode_stream(
    fh, path: str | Path, size: int, *, errors: str = "strict"
) -> tuple[str, Iterator[str]]:
    """Decode a binary stream (a member of a ``.zip``) into text chunks.

    Streams up to :data:`STREAM_THRESHOLD` bytes are read whole and decoded with
    :func:`decode_bytes` (every encoding it knows). Larger streams are decoded in 1 MB
    chunks in the encoding judged on their first :data:`SAMPLE_BYTES` (4 MB), by the
    rules of :func:`decode_bytes` in its order: a byte-order mark, UTF-16 without one,
    UTF-8, then Latin-1 or a legacy Arabic code page (session 16: before, a member over
    16 MB was read as UTF-8 only, so a cp1256 one was refused). A bad byte after the
    sample raises :class:`DecodingError` while reading (or is replaced, with
    ``errors="replace"``).

    Parameters
    ----------
    fh : binary file object
    path : str or Path
        Named in errors and warnings.
    size : int
        Uncompressed size in bytes.

    Returns
    -------
    (str, iterator of str)
        Codec name and text chunks.

    Raises
    ------
    DecodingError
        Undecodable bytes with ``errors="strict"`` (the byte offset named).
    """
    check_choice(errors, ("strict", "replace"), "decode_stream", "errors")
    if size <= STREAM_THRESHOLD:
        decoded = decode_bytes(fh.read(), path, errors=errors)
        return decoded.encoding, iter([decoded.text])
    head = fh.read(SAMPLE_BYTES)
    enc, codec, head, errors = _sample_encoding(head, path, size, errors)

    def chunks() -> Iterator[str]:
        decoder = codecs.getincrementaldecoder(codec)(errors=errors)
        pos, data = 0, head
        while True:
            more = fh.read(CHUNK)
            data += more
            try:
                text = decoder.decode(data, final=not more)
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    f"is not valid {codec}",
                    path=path,
                    offset=pos + exc.start,
                    hint="re-save it as UTF-8, or load with errors='replace' to keep going",
                ) from None
            if text:
                yield text
            if not more:
                return
            pos += len(data)
            data = b""

    return enc, chunks()


def _utf16_sampled(head: bytes, size: int, path: str | Path, stacklevel: int) -> str | None:
    """The UTF-16 codec (``utf-16-le``/``utf-16-be``) of a stream with no byte-order
    mark, judged on its first bytes ``head`` (:data:`SAMPLE_BYTES`) as
    :func:`_maybe_utf16` judges a whole file: every other byte 0x00 or 0x06
    (:func:`_utf16_order`), an even ``size``, no U+FFFD and at most 1 % C0 controls once
    decoded; warns (:class:`KhabarWarning`, at ``stacklevel``) when it is. None when the
    bytes do not look like UTF-16; raises :class:`DecodingError` naming ``path`` when
    they look like it but are not valid UTF-16 text. The one copy of this rule for
    :func:`_sample_encoding` (zip members) and :func:`_open_large` (files)."""
    enc = _utf16_order(head[: 2**16])
    if enc is None:
        return None
    sample = codecs.getincrementaldecoder(enc)(errors="replace").decode(head[: len(head) // 2 * 2])
    if size % 2 == 0 and "\ufffd" not in sample and len(_C0.findall(sample)) <= 0.01 * len(sample):
        _warn_utf16(enc, path, stacklevel=stacklevel + 1)
        return enc
    raise _not_utf16(enc, path)


def _sample_encoding(
    head: bytes, path: str | Path, size: int, errors: str
) -> tuple[str, str, bytes, str]:
    """``(encoding, codec, head without its BOM, errors)`` of a stream too large to hold,
    judged on its first bytes ``head`` (:data:`SAMPLE_BYTES`) by the rules of
    :func:`decode_bytes`, in its order; raises :class:`DecodingError` as it does."""
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name, "utf-8" if name == "utf-8-sig" else name, head[len(bom) :], errors
    enc = _utf16_sampled(head, size, path, stacklevel=5)
    if enc is not None:  # UTF-16 without a BOM, as _open_large
        return enc, enc, head, errors
    try:
        codecs.utf_8_decode(head, "strict", False)  # a sequence cut at the end is no error
    except UnicodeDecodeError as exc:
        bad = exc.start
    else:
        return "utf-8", "utf-8", head, errors
    legacy = _legacy_arabic(head, path)
    if legacy is not None:
        return legacy[0], legacy[0], head, errors
    if errors == "replace":
        warnings.warn(
            f"{path}: undecodable byte sequences replaced by U+FFFD (first at byte offset {bad})",
            KhabarWarning,
            stacklevel=4,
        )
        return "utf-8", "utf-8", head, "replace"
    raise DecodingError(
        "is not valid UTF-8, does not read as Latin-1 text nor as Windows-1256 or "
        f"ISO-8859-6 Arabic on its first {SAMPLE_BYTES // 2**20} MB (tried {_TRIED})",
        path=path,
        line=head[:bad].count(b"\n") + 1,
        offset=bad,
        hint="re-save it as UTF-8, or load with errors='replace' to keep going",
    )


def _open_large(path: Path, errors: str) -> tuple[str, Iterator[str]]:
    """Encoding and 1 MB text chunks of a file over :data:`STREAM_THRESHOLD` bytes."""
    with open(path, "rb") as fh:
        head = fh.read(SAMPLE_BYTES)
    for bom, enc in _BOMS:
        if head.startswith(bom):
            codec = "utf-8" if enc == "utf-8-sig" else enc
            return enc, _stream(path, codec, len(bom), errors)
    enc = _utf16_sampled(head, path.stat().st_size, path, stacklevel=4)
    if enc is not None:  # UTF-16 without a BOM: judged on the first 4 MB, as decode_bytes
        return enc, _stream(path, enc, 0, errors)
    try:
        codecs.utf_8_decode(head, "strict", False)  # a sequence cut at 4 MB is no error
    except UnicodeDecodeError:
        pass
    else:  # UTF-8 so far: one pass, a later bad byte is found while reading
        return "utf-8", _stream_utf8(path, errors)
    bad = _first_utf8_error(path, 0)
    if bad is None:
        return "utf-8", _stream(path, "utf-8", 0, errors)
    legacy = _legacy_arabic(head, path)
    if legacy is not None:
        return legacy[0], _stream(path, legacy[0], 0, errors)
    if errors == "replace":
        warnings.warn(
            f"{path}: undecodable byte sequences replaced by U+FFFD (first at byte offset {bad})",
            KhabarWarning,
            stacklevel=3,
        )
        return "utf-8", _stream(path, "utf-8", 0, "replace")
    raise DecodingError(
        "is not valid UTF-8, does not read as Latin-1 text nor as Windows-1256 or "
        f"ISO-8859-6 Arabic (tried {_TRIED})",
        path=path,
        line=_line_of_file(path, bad),
        offset=bad,
        hint="re-save it as UTF-8, or load with errors='replace' to keep going",
    )
