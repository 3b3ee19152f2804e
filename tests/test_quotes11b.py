"""Quote speakers and blessing ligatures, session 11 (branch quotes11b): a hostile
tester's findings, each fixed as a kind, right values worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import unicodedata

from entity_stories import person_rows
from quote_cases import speaker_cols as _cols
from quote_cases import story_quotes

from helpers.charsets import HONORIFIC_LIGATURE_SET
from helpers.text import tokenize


def test_every_blessing_ligature_of_the_block_is_taken():
    # Unicode 15.0 names: U+FDF5 SALAM (NFKC صلعم), U+FDF7 ALAYHE (عليه), U+FDF8
    # WASALLAM (وسلم), U+FDF9 SALLA (صلى) are pieces of the blessing; U+FDF0-FDF1 are
    # Koranic stop signs, U+FDF2-FDF4 and U+FDF6 الله، أكبر، محمد، رسول
    assert unicodedata.normalize("NFKC", "\ufdf5") == "صلعم"
    assert unicodedata.normalize("NFKC", "\ufdf9") == "صلى"
    assert {"\ufdf5", "\ufdf7", "\ufdf8", "\ufdf9"} <= HONORIFIC_LIGATURE_SET
    assert not {"\ufdf0", "\ufdf1", "\ufdf2", "\ufdf3", "\ufdf4", "\ufdf6"} & HONORIFIC_LIGATURE_SET
    assert not {"\ufd3e", "\ufd3f", "\ufdfc"} & HONORIFIC_LIGATURE_SET
    # 16 (U+FD40-FD4F) + 1 (FDCF, Unicode 14) + 4 (FDF5, FDF7-FDF9) + 2 (FDFA-FDFB)
    # + 3 (FDFD-FDFF)
    assert len(HONORIFIC_LIGATURE_SET) == 26


def test_a_ligature_glued_to_a_word_is_a_token_of_its_own():
    t = tokenize("قال محمدﷺ ونايف﷾ إن")
    assert list(t["surface"]) == ["قال", "محمد", "ﷺ", "ونايف", "﷾", "إن"]
    assert list(t["start"]) == [0, 4, 8, 10, 15, 17]
    assert list(t["kind"]) == ["word"] * 6
    # a word with no ligature is one token as before; ﷲ (الله) is a letter of a word
    assert list(tokenize("عبدﷲ")["surface"]) == ["عبدﷲ"]


def test_a_glued_ligature_ends_the_name_and_keeps_it():
    # the whole token محمدﷺ was a stop token: the name was lost
    assert person_rows("وقال محمد بن نايف﷾ إن الأمن مستتب.", "surface") == [
        ("محمد بن نايف", "محمد بن نايف")
    ]
    assert person_rows("وقال خالد الفيصلﷺ إن الأمن مستتب.", "surface") == [
        ("خالد الفيصل", "خالد الفيصل")
    ]
    assert person_rows("قال محمد بن نايفﷹ إن الدين يسر.", "surface") == [
        ("محمد بن نايف", "محمد بن نايف")
    ]
    q = story_quotes("وقال خالد الفيصل﷾: «لن نقبل»")
    assert _cols(q) == [("خالد الفيصل", "named", "", "")]


def _fake_formulas(monkeypatch, text: str) -> None:
    import helpers.io as hio

    real = hio._package_bytes

    def fake(pkg: str, nm: str) -> bytes:
        return text.encode() if (pkg, nm) == ("helpers.text", "formulas.tsv") else real(pkg, nm)

    monkeypatch.setattr(hio, "_package_bytes", fake)


def test_the_blessings_are_the_eulogies_of_the_one_formulas_file():
    from helpers.text import formula_rows, normalize, quote_words

    eulogies = [p for p, c, _ in formula_rows() if c.startswith("eulogy")]
    assert "صلى الله عليه وسلم" in eulogies and "صلي الله عليه وسلم" in eulogies
    # the first word of every eulogy and nothing else: no second list to keep in step
    assert quote_words()["blessing"] == frozenset(normalize(p.split()[0]) for p in eulogies)
    assert {"رحمه", "صلى", "صلي", "رضي", "طيب", "غفر", "حفظه"} <= quote_words()["blessing"]
    assert "الله" not in quote_words()["blessing"]


def test_the_blessing_spelt_with_ya_is_a_formula_and_ends_a_speaker():
    from helpers.text import is_formula

    assert is_formula("صلي الله") and is_formula("صلى الله") and is_formula("طيب الله")
    assert not is_formula("صلي")
    said = "«إنما الأعمال بالنيات»."
    for blessing in ("صلى", "صلي"):
        q = story_quotes(f"قال رسول الله {blessing} الله عليه وسلم: {said}")
        # the blessing, either spelling, ends the phrase at رسول الله; since session 12
        # a speaker named with a tasliya is religious narration, no news speaker
        # (quotes.religious._narrated): unknown, as God's words are
        assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]


def test_a_badly_edited_formula_row_names_the_file_and_line(monkeypatch):
    import pytest

    from helpers.errors import ArgumentError, KhabarError
    from helpers.text.stopwords import formula_rows

    head = "# a comment\nphrase\tclass\talone\nإن شاء الله\tinvocation\t-\n"
    _fake_formulas(monkeypatch, head + "رحمه الله.\teulogy: the dead\t-\n")
    with pytest.raises(ArgumentError, match=r"formulas\.tsv, line 4: .*'الله\.'") as e:
        formula_rows.__wrapped__()
    assert isinstance(e.value, KhabarError)
    _fake_formulas(monkeypatch, head + "رحمه الله\n")
    with pytest.raises(ArgumentError, match=r"formulas\.tsv, line 4"):
        formula_rows.__wrapped__()
    _fake_formulas(monkeypatch, head + "رحمه  الله\teulogy: the dead\tرحمه\n")
    assert formula_rows.__wrapped__()[-1] == ("رحمه  الله", "eulogy: the dead", "رحمه")
    # a word alone that is not the phrase's: a typo would silently drop nothing
    _fake_formulas(monkeypatch, head + "رحمه الله\teulogy: the dead\tرحمة\n")
    with pytest.raises(
        ArgumentError, match=r"formulas\.tsv, line 4: .*'رحمة' of alone is not a word"
    ):
        formula_rows.__wrapped__()


_NO = "«لن نقبل»"


def test_a_manner_or_addressee_phrase_before_the_subject_is_skipped():
    # و+ب / ب / ل opened no subject at all (quotes11's 6e8e356): the subject after the
    # phrase is the speaker, with its title as the role
    for lead in ("وبصوت عال", "بصوت عال", "ولوسائل الإعلام", "لصحيفة الحياة"):
        q = story_quotes(f"وقال {lead} الوزير عادل الجبير: {_NO}")
        assert _cols(q) == [("عادل الجبير", "named", "", "الوزير")], lead
    # no subject after the phrase, or a title right after the preposition's word (its
    # complement: in the presence of the prince): no speaker, as before
    for text in (
        f"وقال للصحفيين إن {_NO}",
        f"وقال بهدوء: {_NO}",
        f"وقال بحضور الأمير فيصل بن سلمان: {_NO}",
    ):
        assert _cols(story_quotes(text)) == [("-", "unknown", "no_subject", "")], text


def test_a_time_phrase_before_the_subject_keeps_the_role():
    for lead in ("أمس", "مساء أمس الأول", "الأسبوع الماضي", "العام المقبل"):
        q = story_quotes(f"وقال {lead} الوزير عادل الجبير: {_NO}")
        assert _cols(q) == [("عادل الجبير", "named", "", "الوزير")], lead
    # الأول after a title is the title's (the Prime Minister in the Maghreb)
    q = story_quotes(f"وقال الوزير الأول عبد المالك سلال: {_NO}")
    assert _cols(q) == [("عبد المالك سلال", "named", "", "الوزير الأول")]
    assert _cols(story_quotes(f"وقال العام الماضي: {_NO}")) == [("-", "unknown", "no_subject", "")]


def test_a_saying_with_an_agreeing_adjective_has_no_issuer():
    # شهيرة agrees with مقولة (ta marbuta on both): an adjective, not the issuer's name
    q = story_quotes("وتقول مقولة شهيرة: «العلم نور»")
    assert _cols(q) == [("-", "unknown", "statement", "مقولة شهيرة")]
    q = story_quotes("وتقول مقولة تشرشل: «العلم نور»")
    assert _cols(q) == [("تشرشل", "named", "", "")]
