"""helpers.text.normalize: every step, its switch, and idempotence."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.text import DEFAULTS, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("مخطَّط", "مخطط"),  # shadda + fatha
        ("كتابٌ", "كتاب"),  # tanwin
        ("رحمٰن", "رحمن"),  # dagger alef U+0670
        ("العراقـية", "العراقية"),  # tatweel
        ("أإآٱ", "اااا"),  # alef forms
        ("ی ک ە", "ي ك ه"),  # Persian yeh (alone: the lexicon counts ي more than ى), keheh, ae
        ("بیک", "بيك"),  # Persian yeh inside a word: ي
        ("٢٠٢٤ ۱۲", "2024 12"),  # Arabic-Indic and Eastern Arabic-Indic digits
        ("١٢٫٥", "12.5"),  # Arabic decimal separator
        ("\ufefb", "لا"),  # lam-alef ligature (presentation form)
        ("\ufef7", "لا"),  # lam-alef with hamza: decomposes to لأ, then alef unified
        ("\ufe8d\ufedf\ufecc\ufeae\ufe8d\ufed7", "العراق"),  # reshaped isolated/initial forms
        ("ع\u200cل\u200fي\u200d", "علي"),  # ZWNJ, RLM, ZWJ inside a word
        ("\u202bنص\u202c\u2067x\u2069\ufeff\u00ad\u061c", "نصx"),  # bidi marks, BOM, SHY, ALM
    ],
)
def test_each_step_default(raw, expected):
    assert normalize(raw) == expected


def test_alef_maqsura_default_keeps_ali_distinct_from_ala():
    text = "اتصل محمد علي الحكيم على الفور"
    assert normalize(text) == "اتصل محمد علي الحكيم على الفور"
    # folding is available, and then the preposition becomes the name
    assert normalize(text, maqsura=True) == "اتصل محمد علي الحكيم علي الفور"


def test_teh_marbuta_kept_unless_asked():
    assert normalize("حملة") == "حملة"
    assert normalize("حملة", teh_marbuta=True) == "حمله"


@pytest.mark.parametrize(
    ("option", "raw"),
    [
        ("diacritics", "مخطَّط"),
        ("tatweel", "العراقـية"),
        ("alef", "أحمد"),
        ("persian", "ی"),
        ("digits", "٢"),
        ("presentation", "\ufefb"),
        ("invisible", "ع\u200cل"),
    ],
)
def test_each_step_can_be_switched_off(option, raw):
    assert DEFAULTS[option] is True
    assert normalize(raw, **{option: False}) == raw


def test_unknown_option_and_bad_type():
    with pytest.raises(TypeError, match="unknown option"):
        normalize("x", hamza=True)
    with pytest.raises(TypeError, match=r"^normalize\(\) needs a str, got NoneType$"):
        normalize(None)


@given(st.text())
def test_idempotent_any_unicode(s):
    once = normalize(s)
    assert normalize(once) == once


@given(st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)))
def test_idempotent_arabic_block_all_steps(s):
    opts = {k: True for k in DEFAULTS}
    once = normalize(s, **opts)
    assert normalize(once, **opts) == once


ARABIC_ALL = st.one_of(
    st.characters(min_codepoint=0x0600, max_codepoint=0x08FF),
    st.characters(min_codepoint=0xFB50, max_codepoint=0xFDFF),
    st.characters(min_codepoint=0xFE70, max_codepoint=0xFEFF),
    st.sampled_from("\u200c\u200d\u200e\u200f\u202b\u2067\u00ad ab1"),
)


@given(st.text(alphabet=ARABIC_ALL), st.fixed_dictionaries({k: st.booleans() for k in DEFAULTS}))
def test_idempotent_any_option_set_with_presentation_forms(s, opts):
    once = normalize(s, **opts)
    assert normalize(once, **opts) == once


def test_options_memo_keeps_every_answer_and_error():
    """The options of a call are merged once per options dict (normalize._key memo): the
    same options give the same answer whatever came before, an unknown name raises on
    every call (it is never stored), an unhashable value still counts by its truth."""
    from helpers.errors import ArgumentError

    for _ in range(2):
        assert normalize("أحمد", alef=False) == "أحمد"
        assert normalize("أحمد") == "احمد"
        assert normalize("أحمد", alef=True) == "احمد"
        assert normalize("على", maqsura=True, alef=False) == "علي"
        assert normalize("على", alef=False, maqsura=True) == "علي"
        assert normalize("أحمد", alef=[]) == "أحمد"  # [] is false
        assert normalize("أحمد", alef=[1]) == "احمد"
        with pytest.raises(ArgumentError, match="unknown option"):
            normalize("أحمد", alif=False)
