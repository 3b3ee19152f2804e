"""Session 22 (speed22): entity extraction reads each distinct token once per call.

``helpers.text.raw_tokens`` gives the tokens before their analysis and the analyser;
``helpers.entities.matcher.read_raw_zone`` analyses and reads each distinct (surface,
kind) once. The values below are worked out by hand from the rules they name.
"""

from __future__ import annotations

import pytest

from helpers.errors import KhabarError

TEXT = "وقال محمد للمملكة. وقال محمد"


@pytest.fixture(scope="module")
def cg():
    from helpers.entities import load_gazetteer
    from helpers.entities.matcher import compile_gazetteer

    return compile_gazetteer(load_gazetteer())


def test_raw_tokens_gives_offsets_surfaces_kinds_and_sentences_before_analysis():
    from helpers.text import raw_tokens

    cols, analyse = raw_tokens([TEXT, ""])
    # وقال 0-4, محمد 5-9, للمملكة 10-17, "." 17-18, then a second sentence after the
    # full stop: وقال 19-23, محمد 24-28; the empty text has no token
    assert cols == [
        (
            (0, 5, 10, 17, 19, 24),
            (4, 9, 17, 18, 23, 28),
            ("وقال", "محمد", "للمملكة", ".", "وقال", "محمد"),
            ("word", "word", "word", "punct", "word", "word"),
            (0, 0, 0, 0, 1, 1),
            (0, 0, 0, 0, 0, 0),
        ),
        (),
    ]
    # the analyser: و + قال; ل + ال + مملكة (the article's alef hidden after ل)
    assert analyse("وقال", "word")[:3] == ("وقال", "قال", "و")
    assert analyse("للمملكة", "word")[:3] == ("للمملكة", "مملكة", "ل+ال")


def test_raw_tokens_names_itself_and_the_text_that_is_no_string():
    from helpers.text import raw_tokens

    with pytest.raises(
        KhabarError, match=r"^raw_tokens: text 1: expected a str to tokenise, got int$"
    ):
        raw_tokens(["قال", 3])


def test_read_raw_zone_reads_each_distinct_token_once(cg):
    from helpers.entities.matcher import read_raw_zone
    from helpers.text import raw_tokens

    cols, analyse = raw_tokens([TEXT])
    seen: dict = {}
    z = read_raw_zone("s1", "body", TEXT, cols[0], analyse, seen, cg)
    # six tokens, four distinct (surface, kind): وقال and محمد come twice
    assert sorted(seen) == [
        (".", "punct"),
        ("للمملكة", "word"),
        ("محمد", "word"),
        ("وقال", "word"),
    ]
    # keys fold ة to ه; للمملكة is ل + المملكة: definite, one letter peeled, the form
    # with its article; قال is a stopword (a reporting verb)
    assert z.key == ["قال", "محمد", "مملكه", ".", "قال", "محمد"]
    assert z.form == ["قال", "محمد", "المملكة", ".", "قال", "محمد"]
    assert z.peel == [1, 0, 1, 0, 1, 0]
    assert z.clitics == [("و",), (), ("ل",), (), ("و",), ()]
    assert z.definite == (False, False, True, False, False, False)
    assert z.stop == (True, False, False, False, True, False)
    assert z.sentence == (0, 0, 0, 0, 1, 1)
    assert z.start == (0, 5, 10, 17, 19, 24)


def test_read_raw_zone_of_a_text_without_tokens_is_an_empty_zone(cg):
    from helpers.entities.matcher import read_raw_zone
    from helpers.text import raw_tokens

    cols, analyse = raw_tokens(["  "])
    z = read_raw_zone("s1", "body", "  ", cols[0], analyse, {}, cg)
    assert len(z) == 0
    assert z.key == [] and z.start == () and z.tanween == ()


def test_no_token_kind_starts_at_a_whitespace_character():
    # what makes the tokeniser's scan (whitespace, then the token) find the tokens
    # TOKEN_RE finds: no kind's pattern matches at any whitespace character
    import re
    import sys

    from helpers.text.tokenize import TOKEN_RE

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert len(spaces) == 29  # str.isspace: the characters \s matches in a str pattern
    assert all(re.fullmatch(r"\s", w) for w in spaces)
    for w in spaces:
        for after in ("قال", "a", "1", ".", "www.x.com", "أ.ف.ب"):
            assert TOKEN_RE.match(w + after) is None, repr(w)


def test_tokens_after_spaces_tabs_no_break_spaces_and_line_breaks_keep_their_offsets():
    from helpers.text import iter_tokens

    # two spaces, قال (2-5), a tab, محمد (6-10), a no-break space, 2015 (11-15), a line
    # break and two spaces, then "!" (18-19) in a new paragraph and sentence
    text = "  قال\tمحمد\u00a02015\n  !"
    assert list(iter_tokens(text)) == [
        (2, 5, "قال", "word", 0, 0),
        (6, 10, "محمد", "word", 0, 0),
        (11, 15, "2015", "number", 0, 0),
        (18, 19, "!", "punct", 1, 1),
    ]
