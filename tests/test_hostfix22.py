"""Session 22 (hostfix22a): a hostile tester's defects in the day's merged code, each
fixed as a kind. Every expected value below is worked out by hand from the rule it tests."""

import pytest

from helpers.display import escape_markdown, markdown_code, rtl_markdown

# ------------------------------- 1. no text from data forms an autolink


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the : of :// as &#58; whatever the scheme and its case
        ("http://x.example", "http&#58;//x.example"),
        ("HTTPS://e.example/a؛", "HTTPS&#58;//e.example/a؛"),
        ("ftp://f.example", "ftp&#58;//f.example"),
        # the . after www (any case) and every @; other dots and colons stay
        ("WWW.x.example", "WWW&#46;x.example"),
        ("a@b.example", "a&#64;b.example"),
        ("mailto:a", "mailto&#58;a"),
        ("xmpp:a", "xmpp&#58;a"),
        ("الصحف: 3.5", "الصحف: 3.5"),
        # after the markup escapes: _ is backslash-escaped, the : still coded
        ("a_http://x", "a\\_http&#58;//x"),
    ],
)
def test_escape_markdown_codes_the_punctuation_of_an_autolink(value, expected):
    assert escape_markdown(value) == expected


def _rendered(markdown: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(markdown)


def test_the_renderer_links_a_bare_url_and_not_an_escaped_one():
    # the check can fail: nbconvert's renderer links the raw text
    assert "<a " in _rendered("الصحيفة http://evil.example/a؛ هنا")
    shown = _rendered(f"الصحيفة {escape_markdown('http://evil.example/a')}؛ هنا")
    assert "<a " not in shown
    assert "http://evil.example/a؛" in shown  # the reader sees the same text


def test_a_url_in_an_arabic_code_span_is_no_link():
    # an Arabic code span becomes plain text in a bdi (ARABIC_CODE_BDI), where the
    # renderer would link the URL; its non-Arabic pieces pass escape_markdown
    md = rtl_markdown(f"تُقارن القصص بحسب {markdown_code('المصدر https://evil.example/x')}.")
    assert "https&#58;//evil.example/x" in md
    html = _rendered(md)
    assert "<a " not in html
    assert "https://evil.example/x" in html


# ------------------------------- 2. a message is one line, its marks visible


def test_visible_message_codes_line_breaks_direction_marks_and_the_bom():
    from helpers.errors import visible_message

    # LF, U+2028, U+2029, LRM, RLM, ALM, BOM coded; the tab and a ZWNJ stay
    assert visible_message("a\nb\u2028c\u2029d\u200ee\u200ff\u061cg\ufeffh\ti\u200cj") == (
        "a⟨U+000A⟩b⟨U+2028⟩c⟨U+2029⟩d⟨U+200E⟩e⟨U+200F⟩f⟨U+061C⟩g⟨U+FEFF⟩h\ti\u200cj"
    )


def test_a_file_name_with_a_line_feed_forges_no_second_line(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import KhabarError

    (tmp_path / "a\nFAKE line: all good.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(KhabarError) as info, pytest.warns(UserWarning) as caught:
        load_corpus(tmp_path)
    assert "\n" not in str(info.value)
    assert "a⟨U+000A⟩FAKE line: all good.jsonl" in " ".join(
        [str(info.value), *(str(w.message) for w in caught)]
    )
    assert not any("\n" in str(w.message) for w in caught)


# ------------------------------- 3. isolated_runs: its errors, line breaks and marks


@pytest.mark.parametrize("value", [None, 3, float("nan"), b"x"])
def test_isolated_runs_refuses_what_is_not_text(value):
    from helpers.display import isolated_runs
    from helpers.errors import ArgumentError

    with pytest.raises(ArgumentError, match="isolated_runs: code must be a str"):
        isolated_runs(value)


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85"])
def test_a_line_break_between_two_runs_is_one_space(brk):
    from helpers.display import isolated_runs

    assert isolated_runs(f"سبق{brk}الصحيفة") == "<bdi>سبق</bdi> <bdi>الصحيفة</bdi>"
    assert escape_markdown(f"سبق{brk}الصحيفة") == "سبق الصحيفة"
    # a break at an end is a space too (splitlines dropped a last one)
    assert escape_markdown(f"a{brk}") == "a "
    assert markdown_code(f"a{brk}b") == "`a b`"


def test_direction_marks_from_data_are_coded_in_markdown():
    from helpers.display import isolated_runs

    assert isolated_runs("\u200fسبق") == "⟨U+200F⟩<bdi>سبق</bdi>"
    assert escape_markdown("a\u200eb\u061cc") == "a⟨U+200E⟩b⟨U+061C⟩c"
