"""Cleaning one line of scraped text before the layout parser sees it.

Each input line goes through five repairs, in this order, and each repair that changes
the line is named in the cleaning report (``action="repaired"``, the original line in
``text``, the cleaned one in ``kept``):

1. **Mojibake** (:func:`repair_mojibake`): UTF-8 bytes that were once decoded as
   Windows-1256 (``ط§ظ„ط±ط¦ظٹط³`` for ``الرئيس``) or as Latin-1 / Windows-1252
   (``Ø§Ù„Ø±Ø¦ÙŠØ³``) and saved again. Latin-1/1252 is repaired by ftfy
   (https://ftfy.readthedocs.io, ``fix_encoding``); Windows-1256, which ftfy does not
   cover, by re-encoding each whitespace-separated run as cp1256 and decoding it as
   strict UTF-8. Correctly written Arabic never passes that test (in cp1256 every
   Arabic letter is a UTF-8 lead byte, so two in a row are invalid UTF-8), so correct
   text is left alone.
2. **HTML** (:func:`strip_html`): tags removed and entities decoded by the standard
   library's :class:`html.parser.HTMLParser`; the content of ``<script>`` and
   ``<style>`` elements is dropped, also across lines. Only lines that hold something
   tag- or entity-like are parsed, so ``a < b`` stays as written.
3. **Control and format characters** (:func:`strip_controls`): terminal colour codes
   removed whole (``ESC[31m``, and «[31m» whose ESC is gone when no ``]`` closes it); a
   NUL between two words becomes a space, other NULs are removed; other C0/C1
   control characters, tabs and the Unicode line/paragraph separators become a space;
   lone surrogates (possible from JSON ``\\ud800`` escapes) become U+FFFD; the
   bidirectional embedding, override and isolate characters U+202A–U+202E and
   U+2066–U+2069 (the "Trojan Source" characters, CVE-2021-42574) are removed, since they
   reorder what a reader sees without being text. The marks U+200E, U+200F and U+061C
   are kept.
4. **Page code** (:func:`strip_code`): runs of CSS or JavaScript left in the text by
   the scraper (``float: right; width:380px; } .vote_area_graph {...}
   jQuery(document).ready(function(){``) are removed, the text around them kept.
   **Scraping artefacts** (:func:`strip_artefacts`, :data:`ARTEFACTS`): what a page's
   scripts leave in place of content, such as Cloudflare's email protection
   (``[email protected] /* */`` where an address was) are removed.
5. **Navigation boilerplate** (:data:`BOILERPLATE`): a line that is nothing but a
   scraped site's navigation or sharing text (``اقرأ المزيد``, ``شارك``...) is
   dropped with the reason ``navigation boilerplate``.

Surrounding whitespace is then stripped, as the layout parser always did.

Every public function here takes one line (or field) as a ``str``; anything else is
an :class:`~helpers.errors.ArgumentError` naming the function.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from helpers.charsets import BASIC_LETTERS, BIDI_CONTROLS, DASH_SET, LOOSE_FOLD, TATWEEL
from helpers.errors import check_text

__all__ = [
    "ANSI_FIX",
    "ANSI_REMNANT",
    "ANSI_SEQUENCE",
    "ARTEFACTS",
    "BOILERPLATE",
    "MOJIBAKE_FLAG",
    "CleanLine",
    "LineCleaner",
    "boilerplate_key",
    "fix_name",
    "is_navigation",
    "needs_repair",
    "repair_mojibake",
    "strip_artefacts",
    "strip_code",
    "strip_controls",
    "strip_html",
]

#: Lines dropped as navigation boilerplate when a whole line (after
#: :func:`boilerplate_key`: tatweel, trailing ``:`` ``.`` ``…`` ``»`` and hamza/alef
#: variants folded, Latin lower-cased) is one of these. Collected from the navigation,
#: sharing and subscription strings of Arabic news sites (Asharq Al-Awsat, Al Jazeera,
#: BBC Arabic, Al Arabiya, Sky News Arabia) as they appear in copied or scraped pages.
BOILERPLATE: tuple[str, ...] = (
    "اقرأ المزيد",
    "اقرأ أيضاً",
    "اقرأ أيضا",
    "اقرأ كذلك",
    "اقرأ الخبر كاملاً",
    "المزيد",
    "عرض المزيد",
    "تحميل المزيد",
    "للمزيد",
    "شارك",
    "شارك الخبر",
    "شارك المقال",
    "شارك هذا المقال",
    "مشاركة",
    "انسخ الرابط",
    "نسخ الرابط",
    "طباعة",
    "اطبع",
    "تابعونا على",
    "تابعنا على",
    "تابعونا",
    "اشترك",
    "اشترك الآن",
    "اشترك في النشرة البريدية",
    "النشرة البريدية",
    "إعلان",
    "إعلانات",
    "محتوى مدعوم",
    "الأكثر قراءة",
    "الأكثر مشاهدة",
    "الأكثر تداولاً",
    "مواضيع ذات صلة",
    "مواضيع قد تهمك",
    "أخبار ذات صلة",
    "قصص ذات صلة",
    "ذات صلة",
    "الرئيسية",
    "العودة إلى الرئيسية",
    "عودة",
    "التالي",
    "السابق",
    "تعليقات",
    "أضف تعليقاً",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "تلغرام",
    "لينكدإن",
    "read more",
    "share",
    "share this article",
    "advertisement",
    "related",
    "related articles",
    "subscribe",
    "print",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "linkedin",
)


def boilerplate_key(line: str) -> str:
    """The form a line is compared in against :data:`BOILERPLATE`.

    :data:`helpers.charsets.LOOSE_FOLD` (tatweel removed, hamza-carrying alefs folded
    to ``ا``, ``ى`` to ``ي``, ``ة`` to ``ه``),
    tanween fatha removed, trailing ``: . … » ›`` and whitespace stripped, inner
    whitespace collapsed, Latin lower-cased.
    """
    check_text(line, "boilerplate_key", "line")
    s = line.translate(LOOSE_FOLD).replace("\u064b", "")
    s = " ".join(s.split()).rstrip(":.…»›>| " + "".join(DASH_SET)).strip()
    return s.lower()


_BOILERPLATE_KEYS = frozenset(boilerplate_key(b) for b in BOILERPLATE)


# first words of the keys: a line whose first word (folded) is none of them is no key
_BOILERPLATE_FIRST = frozenset(k.split()[0] for k in _BOILERPLATE_KEYS)


def is_navigation(text: str) -> bool:
    """A stripped line that is nothing but navigation boilerplate (:data:`BOILERPLATE`)."""
    check_text(text, "is_navigation", "text")
    if len(text) > 60:
        return False
    # cheap test first: the line's first word in the form boilerplate_key gives it
    first = boilerplate_key(text.split(None, 1)[0]) if text else ""
    if first and first.split(None, 1)[0] not in _BOILERPLATE_FIRST:
        return False
    return boilerplate_key(text) in _BOILERPLATE_KEYS


#: The "repair" named for a line that looks like mojibake but cannot be repaired; it is
#: kept as written and listed in the cleaning report with ``action="flagged"``.
MOJIBAKE_FLAG = "flagged: looks like mojibake, could not be repaired"

# --- 1. mojibake ----------------------------------------------------------------

# cp1256 decodings of the UTF-8 continuation bytes 0x80-0xBF, and of the lead bytes of
# Arabic letters (0xD8, 0xD9: ط ظ) and of common punctuation (0xC2 آ, 0xE2 â).
_CP1256_CONT = bytes(range(0x80, 0xC0)).decode("cp1256")
_CP1256_SUSPECT = re.compile(f"[طظآâ][{re.escape(_CP1256_CONT)}]")
_LATIN_SUSPECT = re.compile("[\u00c2-\u00df][\u0080-\u00bf\u0152-\u0178\u0192\u02c6-\u2122]")
# Latin-1, Arabic punctuation, the basic Arabic letters, tatweel, harakat, Arabic-Indic
# digits and signs, dagger alef, general punctuation, the euro sign
_PLAUSIBLE = re.compile(
    f"[\x00-\x7f\u00a0-\u00ff\u060c\u061b\u061f{BASIC_LETTERS}{TATWEEL}\u064b-\u066d\u0670"
    "\u2000-\u206f\u20ac]*"
)


_SPACE = re.compile(r"[ \t]")


def _fix_cp1256_runs(line: str) -> str:
    """Apply :func:`_fix_cp1256_run` to each whitespace-separated run holding a pair.

    Runs are maximal stretches without space or tab (``[^ \\t]+``); runs without a
    suspect pair are left alone without being visited.
    """
    parts: list[str] = []
    last = 0
    for m in _CP1256_SUSPECT.finditer(line):
        s = m.start()
        if s < last:
            continue
        a = max(line.rfind(" ", last, s), line.rfind("\t", last, s)) + 1
        a = max(a, last)
        end = _SPACE.search(line, m.end())
        b = end.start() if end else len(line)
        parts.append(line[last:a])
        parts.append(_fix_cp1256_run(line[a:b]))
        last = b
    parts.append(line[last:])
    return "".join(parts)


def _fix_cp1256_run(run: str) -> str:
    try:
        data = run.encode("cp1256")
    except UnicodeEncodeError:
        return run
    # invalid UTF-8 gives U+FFFD, which the plausibility test refuses (as it would a
    # U+FFFD decoded from valid bytes): no exception, which is slow, for the common case
    fixed = data.decode("utf-8", "replace")
    # the repair must give ordinary Arabic: letters, harakat, digits, punctuation
    return fixed if _PLAUSIBLE.fullmatch(fixed) else run


def repair_mojibake(line: str) -> tuple[str, str | None]:
    """Repair Arabic UTF-8 that was decoded as Windows-1256 or Latin-1/Windows-1252.

    Returns
    -------
    (str, str or None)
        The repaired line and the repair made: ``"mojibake (UTF-8 read as
        Windows-1256)"``, ``"mojibake (UTF-8 read as Latin-1/Windows-1252)"``, or
        :data:`MOJIBAKE_FLAG` when the line is dense with mojibake pairs (``ط§``,
        ``Ø§``: at least 4, covering 30 % of its non-space characters) that do not
        decode (bytes were lost or altered), or ``None``.
    """
    check_text(line, "repair_mojibake", "line")
    cp = _CP1256_SUSPECT.search(line)
    if cp:
        fixed = _fix_cp1256_runs(line)
        if fixed != line:
            return fixed, "mojibake (UTF-8 read as Windows-1256)"
    lat = _LATIN_SUSPECT.search(line)
    if lat:
        import ftfy

        fixed = ftfy.fix_encoding(line)
        if fixed != line:
            return fixed, "mojibake (UTF-8 read as Latin-1/Windows-1252)"
    if not cp and not lat:
        return line, None
    # flagged when dense with pairs; first an upper bound on the pairs (cheap counts)
    most = (sum(map(line.count, "طظآâ")) if cp else 0) + (
        len(_LATIN_SUSPECT.findall(line)) if lat else 0
    )
    nonspace = len(line) - line.count(" ")
    if most < 4 or 2 * most < 0.3 * nonspace:
        return line, None
    pairs = len(_CP1256_SUSPECT.findall(line)) + len(_LATIN_SUSPECT.findall(line))
    if pairs >= 4 and 2 * pairs >= 0.3 * nonspace:
        return line, MOJIBAKE_FLAG
    return line, None


# --- 2. HTML ----------------------------------------------------------------------

_HTML_LIKE = re.compile(r"<[A-Za-z!/?]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
_RAW_ELEMENTS = ("script", "style")
_BLOCK = frozenset(
    [
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "figure",
        "figcaption",
        "hr",
    ]
)


class _Extractor(HTMLParser):
    # entities are decoded before parsing (strip_html); those left are text, kept as written
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.parts: list[str] = []
        self.raw_depth = 0
        self.tags = 0

    def handle_starttag(self, tag, attrs):
        self.tags += 1
        if tag in _RAW_ELEMENTS:
            self.raw_depth += 1
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        self.tags += 1
        if tag in _BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        self.tags += 1
        if tag in _RAW_ELEMENTS and self.raw_depth:
            self.raw_depth -= 1
        elif tag in _BLOCK:
            self.parts.append(" ")

    def handle_comment(self, data):
        self.tags += 1

    def handle_decl(self, decl):
        self.tags += 1

    def handle_pi(self, data):
        self.tags += 1

    def handle_data(self, data):
        if not self.raw_depth:
            self.parts.append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def unknown_decl(self, data):
        self.tags += 1


_FALLBACK_TAG = re.compile(r"<[A-Za-z!/?][^>]*(?:>|$)")
_CLOSE_RAW = re.compile(r"</\s*(script|style)\s*>", re.IGNORECASE)


def strip_html(line: str, *, in_raw: bool = False) -> tuple[str, bool, bool]:
    """Decode HTML entities, then remove tags and ``<script>``/``<style>`` content.

    Entities are decoded first (one round, :func:`html.unescape`), so markup written
    as entities (``&lt;script&gt;``) is removed as markup, never left as a literal
    ``<script>``; what a second round would decode (``&amp;lt;`` gives ``&lt;``) is
    kept as text. The standard library's parser removes the tags; on input it cannot
    parse (it raises on some malformed declarations, e.g. ``<![ x``), every ``<...>``
    run is removed instead (``<`` to the next ``>`` or the end of the line), so no input
    raises.

    Parameters
    ----------
    line : str
    in_raw : bool
        The line starts inside a ``<script>`` or ``<style>`` element opened on an
        earlier line.

    Returns
    -------
    (text, changed, in_raw)
        The text, whether anything was removed or decoded, and whether the line ends
        inside a ``<script>``/``<style>`` element.
    """
    check_text(line, "strip_html", "line")
    changed = False
    if in_raw:
        m = _CLOSE_RAW.search(line)
        if not m:
            return "", bool(line.strip()), True
        line, changed = line[m.end() :], True
    if not _HTML_LIKE.search(line):
        return line, changed, False
    source = html.unescape(line) if "&" in line else line
    p = _Extractor()
    try:
        p.feed(source)
        p.close()
        text, raw = "".join(p.parts), p.raw_depth > 0
    except Exception:  # html.parser's AssertionError and kin on malformed markup
        text, raw = _FALLBACK_TAG.sub(" ", source), False
    if text != line:
        changed = True
        text = re.sub(r"[ \t]{2,}", " ", text)
    return text, changed, raw


# --- 3. control and format characters --------------------------------------------

_CONTROLS = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\t" + BIDI_CONTROLS + "]|[\ud800-\udfff]"
)
#: A terminal control sequence (ECMA-48 CSI, section 5.4: ESC ``[``, parameter bytes
#: 0x30-0x3F, intermediate bytes 0x20-0x2F, one final byte 0x40-0x7E), such as the
#: colour codes ``ESC[31m`` and ``ESC[0m`` a program's coloured output leaves in a
#: file, or ESC and one byte (0x40-0x5F but ``[``). Removed whole.
ANSI_SEQUENCE = r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[@-Z\\-_])"
#: What a colour code (SGR, "select graphic rendition") leaves when a tool has dropped
#: its ESC: ``[`` and one to four numbers of up to three ASCII digits joined by ``;``, then
#: ``m`` («[31mعاجل[0m»). Removed only when no ``]`` closes it before the next ``[``
#: or the line's end: a bracket that closes (``[1]``, ``[5m]``, ``[3min]``) is text.
ANSI_REMNANT = r"\[[0-9]{1,3}(?:;[0-9]{1,3}){0,3}m(?![^\[\]]*\])"
_ANSI = re.compile(f"(?:{ANSI_SEQUENCE}|{ANSI_REMNANT})(?P<space> ?)")
#: The repair named in the cleaning report when :data:`ANSI_SEQUENCE` or
#: :data:`ANSI_REMNANT` was removed (followed by what was removed).
ANSI_FIX = "terminal control codes removed"
# a run of NULs with a character other than white space on both sides: a space, since
# something took the place of the separator (a NUL between two words); elsewhere gone
_NUL_BETWEEN = re.compile(r"(?<=[^\s\x00])\x00+(?=[^\s\x00])")


def _ansi_sub(m: re.Match) -> str:
    # a code standing alone between spaces takes one of them along («نص [0m جديد»)
    alone = m.start() == 0 or m.string[m.start() - 1] == " "
    return "" if alone else m.group("space")


def _control_sub(m: re.Match) -> str:
    ch = m.group(0)
    if ch == "\x00" or ch in BIDI_CONTROLS:
        return ""
    if "\ud800" <= ch <= "\udfff":
        return "\ufffd"
    return " "


def strip_controls(line: str) -> tuple[str, list[str]]:
    """Remove control, bidi-override and lone-surrogate characters and terminal colour
    codes from a line.

    In this order: terminal control sequences (:data:`ANSI_SEQUENCE`, ``ESC[31m``) and
    the remnants of colour codes whose ESC is gone (:data:`ANSI_REMNANT`, «[31m» where
    no ``]`` closes the bracket; «[1]» stays) are removed; a run of NUL bytes between
    two characters that are not white space becomes one space («نص\\0خبر» → «نص خبر»),
    other NULs are removed; other C0/C1 controls (tab included), U+2028 and U+2029
    become a space; the bidi embedding/override/isolate controls are removed; lone
    surrogates become U+FFFD.

    Returns
    -------
    (str, list of str)
        The line and the repairs made, from ``"terminal control codes removed (...)"``
        (with what was removed, repr-quoted and joined by a space, at most 60
        characters), ``"NUL bytes between words replaced by spaces"``, ``"NUL bytes
        removed"``, ``"control characters replaced by spaces"``, ``"bidi control
        characters removed"``, ``"lone surrogates replaced by U+FFFD"``.
    """
    check_text(line, "strip_controls", "line")
    fixes = []
    if ("[" in line or "\x1b" in line) and _ANSI.search(line):
        shown = " ".join(repr(m.group(0).rstrip(" "))[1:-1] for m in _ANSI.finditer(line))
        shown = shown if len(shown) <= 60 else shown[:59] + "…"
        fixes.append(f"{ANSI_FIX} ({shown})")
        line = _ANSI.sub(_ansi_sub, line)
    if not _CONTROLS.search(line):
        return line, fixes
    if "\x00" in line:
        spaced = _NUL_BETWEEN.sub(" ", line)
        if spaced != line:
            fixes.append("NUL bytes between words replaced by spaces")
            line = spaced
        if "\x00" in line:
            fixes.append("NUL bytes removed")
    if any(c in line for c in BIDI_CONTROLS):
        fixes.append("bidi control characters removed")
    if re.search("[\ud800-\udfff]", line):
        fixes.append("lone surrogates replaced by U+FFFD")
    if re.search("[\x01-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]", line):
        fixes.append("control characters replaced by spaces")
    return _CONTROLS.sub(_control_sub, line), fixes


# --- CSS and JavaScript left in the text ---------------------------------------------

#: What marks CSS or JavaScript source, one pattern per kind (the rule of
#: :func:`strip_code`). Written from the syntax of the two languages (CSS 2.1 section 4.1
#: declarations ``property: value;`` and blocks ``{ }``; ECMAScript ``function (``,
#: ``var|let|const name =``, ``name.method(``, statement ends ``);``), not from any
#: site: no word of any natural language is in them, so Arabic, English or French text
#: next to code is never a marker. Property names and values are ASCII, as CSS writes them.
CODE_MARKERS: dict[str, str] = {
    "css declaration": r"(?<![\w-])-?[A-Za-z][A-Za-z-]*\s*:\s*[ -:<-z|~]{1,80}?;",
    "brace": r"[{}]",
    "function": r"\bfunction\s*[A-Za-z_$]*\s*\(",
    "declaration": r"\b(?:var|let|const)\s+[A-Za-z_$][\w$]*\s*=",
    "method call": r"(?:\b[A-Za-z_$][A-Za-z0-9_$]*)?\.[A-Za-z_$][A-Za-z0-9_$]*\s*\(",
    "call": r"\bjQuery\b|\b(?:document|window|console)\.|\$\(",
    "statement end": r"\)\s*;",
}
#: A run of code: markers at most this many characters apart, with no letter of a
#: non-ASCII script between them (code is written in ASCII; the text it sits in need
#: not be)...
CODE_GAP = 40
#: ... holding at least this many markers of at least two kinds (``{a} {b}`` or two
#: ``note: x;`` phrases are not code; ``{ color: red; }`` is).
CODE_MIN_MARKERS = 3

_CODE_MARKER = re.compile("|".join(f"(?P<m{i}>{p})" for i, p in enumerate(CODE_MARKERS.values())))
_CODE_GAP_OK = re.compile(rf"[\x00-\x7f]{{0,{CODE_GAP}}}")
# what a run takes in after its last marker: closing punctuation of the code
_CODE_TAIL = re.compile(r"[\s;,)}\]]*")
# what a run takes in before its first marker: a CSS selector before a brace
_CODE_HEAD = re.compile(r"(?:[.#][A-Za-z_][A-Za-z0-9_-]*[ ,>]*)+$|[A-Za-z][A-Za-z0-9]*\s*$")
#: The repair named in the cleaning report (followed by the characters removed).
CODE_FIX = "CSS/JavaScript code removed"


def fix_name(fix: str) -> str:
    """The name of a repair without its details (for a story's ``repairs`` and the
    per-file warning): ``"CSS/JavaScript code removed (29 characters: ...)"`` ->
    ``"CSS/JavaScript code removed"``, ``"terminal control codes removed ([31m)"`` ->
    ``"terminal control codes removed"``; other repairs are their own name."""
    for name in (CODE_FIX, ANSI_FIX):
        if fix.startswith(name):
            return name
    return fix


def strip_code(line: str) -> tuple[str, list[str]]:
    """Remove runs of CSS or JavaScript source from a line of text.

    A run is a stretch of the line from one :data:`CODE_MARKERS` match to another, the
    markers at most :data:`CODE_GAP` characters apart with only ASCII between them,
    holding at least :data:`CODE_MIN_MARKERS` markers of at least two kinds; it takes in
    the closing ``; ) } ]`` after it and a CSS selector (``.vote_area {``) before it.
    Each run is replaced by one space; the text around it is kept.

    Returns
    -------
    (str, list of str)
        The line without its code runs, and the repairs made: ``[]``, or one string
        ``"CSS/JavaScript code removed (N characters: <start of the code>...)"``.

    Raises
    ------
    ArgumentError
        ``line`` is not a str.
    """
    check_text(line, "strip_code", "line")
    if "{" not in line and "}" not in line and ";" not in line:
        return line, []
    runs: list[tuple[int, int]] = []
    start = end = -1
    count = 0
    kinds: set[str | None] = set()

    def close() -> None:
        if count >= CODE_MIN_MARKERS and len(kinds) >= 2:
            runs.append((start, end))

    for m in _CODE_MARKER.finditer(line):
        if start >= 0 and _CODE_GAP_OK.fullmatch(line, end, m.start()):
            end = m.end()
            count += 1
            kinds.add(m.lastgroup)
            continue
        if start >= 0:
            close()
        start, end, count, kinds = m.start(), m.end(), 1, {m.lastgroup}
    if start >= 0:
        close()
    if not runs:
        return line, []
    out, removed, pos = [], 0, 0
    for a, b in runs:
        head = _CODE_HEAD.search(line, pos, a)
        if head is not None and line[a] == "{":
            a = head.start()
        b = _CODE_TAIL.match(line, b).end()
        out.append(line[pos:a])
        removed += len(line[a:b].strip())
        pos = b
    out.append(line[pos:])
    first = line[runs[0][0] : runs[0][1]]
    kept = " ".join(" ".join(out).split())
    sample = first[:40] + ("..." if len(first) > 40 else "")
    return kept, [f"{CODE_FIX} ({removed} characters: {sample})"]


# --- scraping artefacts ---------------------------------------------------------------

#: Text a scraped page's scripts leave where content was, one pattern per kind (the rule
#: of :func:`strip_artefacts`). Cloudflare's Email Address Obfuscation serves each
#: address as ``<a href="/cdn-cgi/l/email-protection" ...>[email&#160;protected]</a>``
#: plus a ``<script>/* <![CDATA[ */ ... /* ]]> */</script>`` that writes the address back
#: in a browser: a scraper keeps ``[email protected]`` and the script's empty comments
#: ``/* */`` (SaudiNewsNet: 23 stories of Alweeam and Sabq). The address is lost.
ARTEFACTS: dict[str, str] = {
    "Cloudflare email placeholder": (
        r"(?:mailto:\s*)?\[email(?:\s|&#160;|&nbsp;)*protected\](?:\s*/\*[^*]{0,20}\*/)*"
    ),
    "empty script comment": r"/\*\s*(?:<!\[CDATA\[|\]\]>)?\s*\*/",
}
_ARTEFACT = re.compile(
    "|".join(f"(?P<a{i}>[ \t\u00a0]*{p}[ \t\u00a0]*)" for i, p in enumerate(ARTEFACTS.values()))
)
_ARTEFACT_NAMES = {f"a{i}": name for i, name in enumerate(ARTEFACTS)}
#: The repair named in the cleaning report (followed by the kinds removed).
ARTEFACT_FIX = "scraping artefact removed"


def strip_artefacts(line: str) -> tuple[str, list[str]]:
    """Remove scraping artefacts (:data:`ARTEFACTS`) from a line of text.

    Each artefact and the spaces around it become one space; the rest of the line is
    kept as written.

    Returns
    -------
    (str, list of str)
        The line, and the repairs made: ``[]``, or one string ``"scraping artefact
        removed (<kinds>)"`` naming the kinds found (``Cloudflare email placeholder``).

    Raises
    ------
    ArgumentError
        ``line`` is not a str.
    """
    check_text(line, "strip_artefacts", "line")
    if "protected]" not in line and "/*" not in line:
        return line, []
    kinds: list[str] = []

    def sub(m: re.Match) -> str:
        name = _ARTEFACT_NAMES[m.lastgroup]
        if name not in kinds:
            kinds.append(name)
        return " "

    out = _ARTEFACT.sub(sub, line)
    if not kinds:
        return line, []
    return out, [f"{ARTEFACT_FIX} ({', '.join(kinds)})"]


# --- the whole line -----------------------------------------------------------------

# What the repairs above look for, as cheap searches. A text none of them matches is
# left as it is by repairs 1-3 (each begins with a search of a subset of these: a
# mojibake pair, a Latin-1 lead character, "<" or "&", a control character, a brace or
# semicolon of code), so the
# cleaner skips them; the test is a superset, never a reason to skip a needed repair.
_TRIGGER_OTHER = re.compile(
    "[{};\u00c2-\u00df<&\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\t"
    + BIDI_CONTROLS
    + "\ud800-\udfff]"
)
# the same for a block of lines: line breaks (\n, \r) are where lines are split, not text
_TRIGGER_BLOCK = re.compile(
    "[{};\u00c2-\u00df<&\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\t"
    + BIDI_CONTROLS
    + "\ud800-\udfff]"
)


def needs_repair(text: str, *, block: bool = False) -> bool:
    """Whether a repair (mojibake, HTML, control characters) might change ``text``.

    ``False`` means none can: the line is kept as written (stripped), only the
    navigation-boilerplate test applies. With ``block=True`` ``text`` may hold several
    lines (``\n``, ``\r``, ``\r\n`` are not counted as control characters): ``False``
    then holds for each of its lines.
    """
    check_text(text, "needs_repair", "text")
    if _CP1256_SUSPECT.search(text):
        return True
    if "protected]" in text or "/*" in text:  # scraping artefacts (strip_artefacts)
        return True
    if "[" in text and _ANSI.search(text):  # a colour code without its ESC
        return True
    return bool((_TRIGGER_BLOCK if block else _TRIGGER_OTHER).search(text))


@dataclass(frozen=True)
class CleanLine:
    """A line after cleaning.

    ``text`` is the stripped cleaned text (``""`` if nothing is left); ``fixes`` the
    repairs made; ``drop`` the reason to drop the line (``""`` to keep it).
    """

    text: str
    fixes: tuple[str, ...] = ()
    drop: str = ""


class LineCleaner:
    """Cleans the lines of one file in order (it remembers an open ``<script>``).

    ``LineCleaner()(line)`` returns a :class:`CleanLine`. See the module docstring for
    the repairs and their order.
    """

    def __init__(self) -> None:
        self.in_raw = False

    def __call__(self, line: str) -> CleanLine:
        if not self.in_raw and not needs_repair(line):
            text = line.strip()
            if text and is_navigation(text):
                return CleanLine(text, (), "navigation boilerplate")
            return CleanLine(text)
        fixes: list[str] = []
        text, moj = repair_mojibake(line)
        if moj:
            fixes.append(moj)
        was_raw = self.in_raw
        text, html_changed, self.in_raw = strip_html(text, in_raw=self.in_raw)
        if html_changed:
            fixes.append("HTML removed or decoded")
        text, ctl = strip_controls(text)
        fixes.extend(ctl)
        text, code = strip_code(text)
        fixes.extend(code)
        text, art = strip_artefacts(text)
        fixes.extend(art)
        text = text.strip()
        if not text:
            if not line.strip():
                return CleanLine("")
            if html_changed and (was_raw or self.in_raw):
                return CleanLine("", tuple(fixes), "inside <script> or <style>")
            if html_changed:
                return CleanLine("", tuple(fixes), "HTML markup only")
            if code:
                return CleanLine("", tuple(fixes), "CSS/JavaScript code only")
            if art:
                return CleanLine("", tuple(fixes), "scraping artefact only")
            return CleanLine("", tuple(fixes), "control characters only")
        if is_navigation(text):
            return CleanLine(text, tuple(fixes), "navigation boilerplate")
        return CleanLine(text, tuple(fixes))
