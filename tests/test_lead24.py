"""Session 24 (lead): mends after the hostile tester (hostile24), each a kind with its
right values.

F18: «قال "لا" لـX», the idiom "say no / yes to X" (a stance or a vote), is no quote;
quotes24 had made an answer particle after a reporting word a quote of its own."""

import pandas as pd
import pytest

from helpers.quotes import extract_quotes


def _quotes(body: str) -> list[str]:
    stories = pd.DataFrame({"story_id": ["s"], "title": ["خبر"], "body": [body]})
    return extract_quotes(stories)["text"].tolist()


@pytest.mark.parametrize(
    "body",
    [
        "وقالت المملكة «لا» للإرهاب بكل أشكاله.",  # ل + the article
        "وقال اليونانيون «لا» لخطة التقشف.",  # ل + a noun
        "وقال الشعب «نعم» للدستور الجديد في الاستفتاء.",
        "وقال الوزير «لا» لـ«داعش» في المنطقة.",  # لـ and a quote mark
    ],
)
def test_say_no_to_something_is_no_quote(body):
    assert _quotes(body) == []


@pytest.mark.parametrize(
    ("body", "want"),
    [
        # the answer alone after the reporting word and its hearer: the quote (quotes24)
        ("وقال الوزير للصحفيين «نعم».", ["نعم"]),
        # a function word in ل after it is no preposition: still the answer
        ("وقال الوزير «لا» لأن الخطة لم تكتمل.", ["لا"]),
    ],
)
def test_an_answer_particle_is_still_a_quote(body, want):
    assert _quotes(body) == want


# F14: opens_reversed walked back to the last white space for every », quadratic in a
# run without spaces (25 s for 16,000 characters); it now looks back at most
# _REVERSED_LOOKBACK characters, more than any word, so words read as before.


def test_a_reversed_opener_after_a_long_run_reads_as_before():
    from helpers.text.tokenize import _REVERSED_LOOKBACK, opens_reversed

    run = "ب" * (3 * _REVERSED_LOOKBACK)
    # after لـ at the end of the run: opens (the word before ends in the tatweel)
    text = run + "لـ»المدينة»"
    assert opens_reversed(text, text.index("»"))
    # written against the word it closes: no opener, the same after a short word
    text = run + "»المدينة"
    assert not opens_reversed(text, len(run))
    assert not opens_reversed("الضال»المدينة", 5)
    # after a space: opens
    assert opens_reversed(run + " »المدينة»", len(run) + 1)


# F7: after a verb of telling, a second name right after the subject's is the one told,
# no part of the speaker (quotes24 had glued the two men into one speaker)


@pytest.mark.parametrize(
    ("body", "speaker", "role"),
    [
        ("وأبلغ محمد العتيبي خالد القحطاني: «المشروع مهم».", "محمد العتيبي", ""),
        ("وأبلغ الوزير محمد العتيبي الصحفيين: «المشروع مهم».", "محمد العتيبي", "الوزير"),
        ("وأبلغ الوزير محمد العتيبي: «المشروع مهم».", "محمد العتيبي", "الوزير"),
    ],
)
def test_the_one_told_is_no_part_of_the_speaker(body, speaker, role):
    stories = pd.DataFrame({"story_id": ["s"], "title": ["خبر"], "body": [body]})
    q = extract_quotes(stories)
    assert q[["text", "speaker", "speaker_role"]].values.tolist() == [
        ["المشروع مهم", speaker, role]
    ]


# nc34: a title right before another name is that name's title, no surname alias. A
# rule name run on into a title («للملا عمر الملا أختر محمد منصور» gave «عمر الملا»)
# made «الملا أختر منصور» of the story Mullah Omar too. A family name that is a title
# word (المهندس المخرج أن: Mohammed Al-Mukhrij) keeps its bare later mentions.


def test_a_title_before_another_name_is_no_surname_alias():
    from helpers.entities import extract_entities

    bodies = [
        "وعينوا النائب السابق للملا عمر الملا أختر محمد منصور أميرا جديدا. "
        "وقال الملا أختر منصور إن الحركة موحدة.",
        "وأوضح أمين المحافظة المهندس محمد المخرج أن المنتزه جاهز. وذكر المهندس المخرج أن "
        "الأمانة ستدعم المشروع.",
    ]
    stories = pd.DataFrame({"story_id": ["a", "b"], "title": ["خبر"] * 2, "body": bodies})
    m = extract_entities(stories)
    got = m[m["method"] == "alias"][["story_id", "surface", "canonical"]].values.tolist()
    assert got == [["b", "المخرج", "محمد المخرج"]]
    # and the second «الملا» is part of no mention of Omar's
    a = m[m["story_id"] == "a"]
    assert "عمر الملا" not in set(a.loc[a["surface"] == "الملا", "canonical"])
