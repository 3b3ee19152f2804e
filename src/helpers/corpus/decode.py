"""Turning a file's bytes into text: byte-order marks, UTF-8, legacy Arabic code pages.

Order of attempts, each documented in the stories table's ``encoding`` column:

1. A byte-order mark decides: UTF-8 (``utf-8-sig``), UTF-16 LE/BE, UTF-32 LE/BE.
2. Strict UTF-8.
3. Legacy Arabic code pages, Windows-1256 and ISO-8859-6, accepted only when the
   decoded text reads as Arabic (most non-ASCII characters are Arabic letters);
   charset-normalizer (https://github.com/jawah/charset_normalizer) ranks them.
4. Otherwise the bytes are not text khabar can trust: :class:`DecodingError` naming the
   file and the byte offset of the first invalid UTF-8 sequence, or, with
   ``errors="replace"``, UTF-8 with U+FFFD replacement characters and a warning.
"""

from __future__ import annotations

import codecs
import warnings
from dataclasses import dataclass
from pathlib import Path

from helpers.errors import DecodingError

__all__ = ["DecodedText", "KhabarWarning", "decode_bytes", "read_text"]

_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_LEGACY = ("cp1256", "iso8859_6")


class KhabarWarning(UserWarning):
    """A warning about the input that the user should know of (encoding guessed, data replaced)."""


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from a file, with the encoding used and whether bytes were replaced."""

    text: str
    encoding: str
    replaced: int = 0


def _is_arabic(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f"


def _reads_as_arabic(text: str) -> bool:
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return False
    arabic = sum(1 for c in non_ascii if _is_arabic(c))
    return arabic / len(non_ascii) >= 0.9


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
    ValueError
        ``errors`` is not one of the two values.
    """
    if errors not in ("strict", "replace"):
        raise ValueError(f"errors must be 'strict' or 'replace', not {errors!r}")
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
                    offset=exc.start,
                    hint="re-save the file as UTF-8",
                ) from None
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    for enc in _legacy_candidates(data):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _reads_as_arabic(text):
            warnings.warn(
                f"{path}: not UTF-8; decoded as {enc} (legacy Arabic code page)",
                KhabarWarning,
                stacklevel=3,
            )
            return DecodedText(text, enc)
    if errors == "replace":
        return _replaced(data, "utf-8", path, first_error)
    raise DecodingError(
        "is not valid UTF-8 and does not read as Windows-1256 or ISO-8859-6 Arabic "
        f"(first bad byte 0x{data[first_error.start]:02x})",
        path=path,
        offset=first_error.start,
        hint="re-save it as UTF-8, or load with errors='replace' to keep going",
    )


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
    """Read the file at ``path`` and decode it with :func:`decode_bytes`."""
    return decode_bytes(Path(path).read_bytes(), path, errors=errors)
