"""Quote speakers, session 12 (branch quotes12): wrong speakers a newcomer saw in the top
rows of the gallery's quote tables on all of SaudiNewsNet, each fixed as a kind; the right
values are worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

from quote_cases import speaker_cols as _cols
from quote_cases import story_quotes

from helpers.charsets import NARRATION_LIGATURE_SET


def test_a_hadith_narrator_named_with_his_eulogy_is_no_news_speaker():
    # the tarḍiya after the narrator, between dashes, as columnists write a hadith
    q = story_quotes("قال ابن عمر ـ رضي الله عنهما ـ لرسول الله: «قل لي قولا وأقلله».")
    assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]
    # the tasliya after the Prophet's title, words or ligature, brackets or none
    for body in (
        "قال رسول الله صلى الله عليه وسلم: «الدين النصيحة».",
        "قال النبي ﷺ: «الدين النصيحة».",
        "قال النبي (صلى الله عليه وسلم): «الدين النصيحة».",
        "وقال موسى عليه السلام: «رب اشرح لي صدري».",
    ):
        assert _cols(story_quotes(body)) == [("-", "unknown", "not_a_speaker", "")], body


def test_the_dead_named_with_the_tarhim_still_speak():
    # رحمه الله is said of anyone dead: a late minister's words are a news quote
    q = story_quotes("وقال الوزير الراحل غازي القصيبي رحمه الله: «الإدارة فن».")
    assert list(q["attribution"]) == ["named"]
    assert list(q["speaker"]) == ["غازي القصيبي"]


def test_the_narration_ligatures_are_the_prophets_and_companions_only():
    assert "ﷺ" in NARRATION_LIGATURE_SET and "\ufd41" in NARRATION_LIGATURE_SET
    # the tarḥīm ligatures (﵀ U+FD40, ﵏ U+FD4F) and God's praise (ﷻ) are not
    assert not {"\ufd40", "\ufd4f", "ﷻ", "\ufdfe"} & NARRATION_LIGATURE_SET
