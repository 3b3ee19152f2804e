"""Session 17: an honorific style before a title is no name (a hostile tester's cases).

«وقال سمو الأمير» gave the phrase speaker ``phrase:سمو الامير`` (named), while «وقال
الأمير» alone is an unnamed role; the style (سمو، معالي، فضيلة، صاحب السمو الملكي) now
drops before the title, so the phrase is the title's: alone an unnamed role, with a
name that person, the title in the role. Values worked out by hand.
"""

import pandas as pd
import pytest

from helpers.quotes import extract_quotes


def _q(body: str) -> list[tuple[str, str, str, str]]:
    st = pd.DataFrame({"story_id": ["s"], "title": [""], "captions": [""], "body": [body]})
    q = extract_quotes(st)
    cols = ["speaker", "attribution", "unknown_reason", "speaker_role"]
    return [tuple(row) for row in q[cols].itertuples(index=False)]


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("سمو الأمير", "الأمير"),
        ("صاحب السمو الملكي الأمير", "الأمير"),
        ("فضيلة الشيخ", "الشيخ"),
        ("معالي الوزير", "الوزير"),
        ("معالي وزير الصحة", "وزير الصحة"),
    ],
)
def test_a_style_before_a_bare_title_is_an_unnamed_role(phrase, role):
    assert _q(f"وقال {phrase}: «نحن سعداء بهذا».") == [("", "unknown", "unnamed_role", role)]


def test_a_style_before_a_titled_name_gives_the_name_and_the_title():
    got = _q("وقال صاحب السمو الملكي الأمير سلطان بن سلمان: «نحن سعداء».")
    assert got == [("سلطان بن سلمان", "named", "", "الأمير")]


def test_a_styled_title_carries_the_holder_named_before():
    got = _q("أعلن وزير الصحة توفيق الربيعة اليوم. وقال معالي الوزير: «نحن سعداء بهذا».")
    assert got == [("توفيق الربيعة", "carried", "", "الوزير")]


def test_a_style_before_no_title_is_left_to_the_other_rules():
    # خادم الحرمين الشريفين is a formula title of the king (no title word follows خادم)
    got = _q("وقال خادم الحرمين الشريفين: «نحن سعداء».")
    assert got == [("خادم الحرمين الشريفين", "named", "", "")]


# --- a short quoted span right after أن/إن, then a finite verb: the clause's subject ---


def test_a_quoted_name_before_its_verb_after_a_complementiser_is_no_quote():
    assert _q("وأعلن الوزير أحمد الخطيب أن «أرامكو السعودية» وقعت العقد.") == []


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("وأكد الوزير أن «الوضع مستقر تماما».", "الوضع مستقر تماما"),  # ends the sentence
        ("وأكد الوزير أن «الوضع مستقر» وأضاف أن العمل مستمر.", "الوضع مستقر"),  # و + verb
        ("وقال عادل الجبير إن «الحرب ستنتهي قريبا» ثم غادر.", "الحرب ستنتهي قريبا"),  # ثم
        ("وأكد أن «التحالف يتقدم بثبات» قال المتحدث.", "التحالف يتقدم بثبات"),  # reporting
        # a noun phrase of everyday words before its verb («القوى السوداء» تنشر،
        # «عاصفة الحزم» حققت) is a term or a name since session 18: tests/test_quotes18.py
    ],
)
def test_speech_after_a_complementiser_stays_a_quote(body, text):
    st = pd.DataFrame({"story_id": ["s"], "title": [""], "captions": [""], "body": [body]})
    assert list(extract_quotes(st)["text"]) == [text]
