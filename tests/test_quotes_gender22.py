"""Session 22 (gender22): a quote's speaker agrees in gender with its reporting word,
the person's gender told by the story when the first name tells none (a kinship noun
with a pronoun before the name: زوجها بيل كلينتون is a man). Sentences written for the
tests; each expected row worked out by hand: (quote, speaker, attribution,
unknown_reason, speaker_role)."""

from __future__ import annotations

import pytest
from quote_cases import quote_rows

from helpers.text.agreement import kin_gender
from helpers.text.normalize import normalize


@pytest.mark.parametrize(
    ("word", "gender"),
    [
        ("زوجها", "m"),  # her husband
        ("وزوجها", "m"),  # conjunction peeled
        ("زوجته", "f"),  # his wife: ة written ت before the pronoun
        ("ابنته", "f"),
        ("ابنها", "m"),
        ("شقيقتها", "f"),
        ("والده", "m"),
        ("أمه", "f"),
        ("زوجة", ""),  # bare, in construct: the name after it is the possessor
        ("ابن", ""),
        ("أبي", ""),  # first person / a name part: not read
        ("أمس", ""),  # no kin noun (أم + س)
        ("بيل", ""),
    ],
)
def test_kin_gender(word, gender):
    assert kin_gender(normalize(word)) == gender


def test_wife_quoted_after_her_husband_is_named_present_verb():
    # فهي تقول: feminine; بيل is no listed first name, زوجها makes him a man: not him
    body = (
        "وتحدثت هيلاري كلينتون عن حملتها الانتخابية. وقالت الصحيفة إن كاريزمة زوجها "
        "بيل كلينتون لا تكفي، فهي تقول «لست زوجي»."
    )
    rows = quote_rows(body)
    assert [r[0] for r in rows] == ["لست زوجي"]
    assert rows[0][1] != "بيل كلينتون"
    # session 23: هي speaks, the woman named last (وتحدثت tells her gender), not the
    # newspaper (a bare role, gender22's unknown)
    assert rows[0][1:] == ("هيلاري كلينتون", "carried", "", "")


def test_wife_quoted_after_her_husband_is_named_participle():
    body = "وأشادت بكاريزمة زوجها بيل كلينتون، مضيفة «الاقتصاد أولا»."
    assert quote_rows(body) == [("الاقتصاد أولا", "", "unknown", "no_subject", "")]


def test_nearest_agreeing_candidate_kept():
    # the woman named first with قالت stays the speaker of مضيفة
    body = "وقالت هيلاري كلينتون إن زوجها بيل كلينتون ساعدها، مضيفة «الاقتصاد أولا»."
    assert [r[1] for r in quote_rows(body)] == ["هيلاري كلينتون"]


def test_man_quoted_after_his_wife_is_named():
    # مضيفا: masculine; زوجته makes كيم سميث a woman
    body = "وأشاد بحضور زوجته كيم سميث، مضيفا «المؤتمر ناجح»."
    assert quote_rows(body) == [("المؤتمر ناجح", "", "unknown", "no_subject", "")]
    body = "وأشاد جون سميث بحضور زوجته كيم سميث، مضيفا «المؤتمر ناجح»."
    assert [r[1] for r in quote_rows(body)] == ["جون سميث"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # no kin noun, no listed first name: gender unknown, the speaker unchanged
        ("وأشاد بحضور كيم سميث، مضيفا «المؤتمر ناجح».", "كيم سميث"),
        ("وأشادت بكاريزمة بيل كلينتون، مضيفة «الاقتصاد أولا».", "بيل كلينتون"),
        # زوجته makes her a woman: قالت agrees, she stays the speaker
        ("وقال الرئيس إن زوجته كيم سميث مريضة. وقالت كيم سميث «أنا بخير».", "كيم سميث"),
    ],
)
def test_unknown_or_agreeing_gender_unchanged(body, speaker):
    assert [r[1] for r in quote_rows(body)] == [speaker]


def test_kin_gender_bad_row_names_the_file(monkeypatch):
    import helpers.io
    from helpers.errors import ArgumentError
    from helpers.text import agreement

    # the file as read by the shared reader (session 23: its check names file and line;
    # the test replaced the reader before, so it never saw the reader's own checks)
    bad = "# kinship\nword\tgender\nزوجها\tm\nزوج\tx\n".encode()
    monkeypatch.setattr(helpers.io, "_package_bytes", lambda package, name: bad)
    with pytest.raises(ArgumentError) as caught:
        agreement._kin_genders.__wrapped__()
    message = str(caught.value)
    # the 4th line of the file holds the bad row
    assert "helpers/text/data/kin_gender.tsv" in message and "line 4" in message
    assert "the gender of 'زوج' is 'x', not m or f" in message
