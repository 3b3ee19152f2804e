"""Quote speakers, session 13 (branch quotes13): kinds a newcomer and a hostile tester
found in the quote tables of real days (2015-07-25, 2015-08-04), each fixed as a kind;
the right values are worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest
from quote_cases import mention, named_quotes, zones
from quote_cases import speaker_cols as _cols

from helpers.errors import ArgumentError
from helpers.quotes import extract_quotes
from helpers.text.normalize import normalize

KERRY = ("جون كيري", "PERSON", "person:john-kerry")
FILLER = "وأمام الكونجرس شهران للموافقة على الاتفاق أو رفضه."


def _story(*paragraphs: str) -> str:
    return "\n".join(paragraphs)


# --- 1. a continuation verb with no subject, its speaker further back than the window


def test_a_continuation_verb_takes_the_last_speaker_of_the_section():
    # the speaker is three paragraphs back (the window is one): nobody new is named
    text = _story(
        "وقال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد.",
        FILLER,
        "وتنتهي المهلة في سبتمبر المقبل.",
        "وأضاف لمجلس العلاقات الخارجية: «سنخسر أوروبا والصين».",
    )
    q = named_quotes(text, KERRY)
    # carried with the role he was named with, as within the window
    assert _cols(q) == [("جون كيري", "carried", "", "وزير الخارجية الأميركي")]
    wide = extract_quotes(
        zones(text), mentions=pd.DataFrame([mention(text, *KERRY)]), carry_paragraphs=3
    )
    assert _cols(wide) == _cols(q)


OBAMA = ("باراك أوباما", "PERSON", "person:barack-obama")


@pytest.mark.parametrize(
    ("between", "last", "others"),
    [
        # another person named between: never carried across him
        ("واستقبل الرئيس باراك أوباما وفدا من الكونجرس.", "وأضاف: «سنخسر أوروبا».", [OBAMA]),
        # وانتقل حاكم الولاية: a verb opening its sentence, a title after it (no mention)
        ("وانتقل حاكم الولاية إلى المدينة بعد الحادث.", "وقال في مؤتمر: «حزنا».", []),
        # a heading opens a new section of the story
        ("ردود الفعل في المنطقة", "وأضاف: «سنخسر أوروبا».", []),
        # وأكدت هذه الاتهامات: the accusations confirm, a subject the phrase rules leave
        ("وتنتهي المهلة في سبتمبر المقبل.", "وأكدت هذه الاتهامات أن «الرياضيين محميون».", []),
        # a subject before the verb in its clause: the policy points, not the last speaker
        ("وتنتهي المهلة في سبتمبر المقبل.", "وأما سياسته فأشارت إلى أن «الحرب ستطول كثيرا».", []),
    ],
)
def test_no_carry_across_a_new_person_subject_or_section(between, last, others):
    text = _story("وقال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد.", FILLER, between, last)
    assert _cols(named_quotes(text, KERRY, *others)) == [("-", "unknown", "no_subject", "")]


def test_a_phrase_speaker_is_carried_within_the_window_only():
    # المصدر (no entity) three paragraphs back: nobody is sure it is still he
    text = _story(
        "وقال المتحدث الرسمي إن الاتفاق جيد.",
        FILLER,
        "وتنتهي المهلة في سبتمبر المقبل.",
        "وأضاف: «سنخسر أوروبا والصين».",
    )
    q = named_quotes(text)
    assert list(q["attribution"]) == ["unknown"]


# --- 1b. the statement a story named before: وأضاف البيان


MINISTRY = ("وزارة الداخلية التركية", "ORG", "org:turkey-interior")


def test_the_statement_speaks_for_its_issuer_named_before():
    text = _story(
        "وقالت وزارة الداخلية التركية في بيان اليوم إن انفجارا وقع في سروج.",
        "وأضاف البيان: «ندعو الجميع إلى التزام الهدوء».",
    )
    q = named_quotes(text, MINISTRY)
    assert _cols(q, with_id=True) == [
        ("وزارة الداخلية التركية", "org:turkey-interior", "carried", "", "")
    ]
    # the issuer named after the noun (بيان صادر عن ...), the later البيان is its
    text = _story(
        "وجاء في بيان صادر عن وزارة الداخلية التركية «إن الانفجار عمل إرهابي».",
        "ويضيف البيان «تم توقيف المشتبه بهم».",
    )
    q = named_quotes(text, MINISTRY)
    assert list(q["speaker"]) == ["وزارة الداخلية التركية"] * 2
    assert list(q["attribution"]) == ["named", "carried"]


def test_a_statement_nobody_issued_before_stays_unknown():
    text = "وأضاف البيان: «ندعو الجميع إلى التزام الهدوء»."
    assert _cols(named_quotes(text)) == [("-", "unknown", "statement", "البيان")]
    # a statement whose sentence names nobody: its issuer is not guessed
    text = _story(
        "وانتشر بيان على مواقع التواصل أمس.",
        "وأضاف البيان: «ندعو الجميع إلى التزام الهدوء».",
    )
    assert _cols(named_quotes(text)) == [("-", "unknown", "statement", "البيان")]


# --- 2. a speaker's name without its role words; the role in speaker_role


@pytest.mark.parametrize(
    ("sentence", "speaker", "role"),
    [
        # definite descriptors before the name (the role rules know no such role)
        (
            "وقال الخبير الاقتصادي فضل البوعينين: «القرار صائب».",
            "فضل البوعينين",
            "الخبير الاقتصادي",
        ),
        ("وقال الأديب عبده جبير: «الرواية بخير».", "عبده جبير", "الأديب"),
        # the role the role rules found, then the name
        (
            "وقال حاكم منطقة العاصمة إيفانز كيديرو: «الوضع تحت السيطرة».",
            "إيفانز كيديرو",
            "حاكم منطقة العاصمة",
        ),
        # the name, then a title
        (
            "وقال كمال حسن قائد عملية التحرير: «تقدمنا في المدينة».",
            "كمال حسن",
            "قائد عملية التحرير",
        ),
    ],
)
def test_the_speaker_is_the_name_and_the_role_words_go_to_speaker_role(sentence, speaker, role):
    q = named_quotes(sentence)
    assert _cols(q) == [(speaker, "named", "", role)]
    # the id is the name's, so the same person named with another role is one speaker
    assert q["speaker_id"].tolist() == ["phrase:" + " ".join(normalize(speaker).split())]


@pytest.mark.parametrize(
    "sentence",
    [
        # what follows the role is no name: a time word and an everyday noun
        "وقال الرئيس الكيني قبيل الزيارة: «نرحب بالضيف».",
        # initials name nobody across stories
        "وقالت المواطنة ب.و: «لم يتصل بي أحد».",
        # a name written with an initial ال is no descriptor (يكسي is no word)
        "وقال اليكسي سوروكين: «سنعود قريبا».",
    ],
)
def test_a_phrase_that_is_no_role_and_name_stays_whole(sentence):
    q = named_quotes(sentence)
    words = sentence.split(":")[0].split()[1:]
    assert q["speaker"].tolist() == [" ".join(words)]


# --- 3. table hygiene


@pytest.mark.parametrize("quoted", ["«»", "«  »", "«...»", "«!؟»", "«ـــ»", '"..."'])
def test_a_quote_of_no_word_is_no_quote(quoted):
    # no letter and no digit between the marks: nothing was quoted
    text = f"وقال وزير الخارجية الأميركي جون كيري: {quoted}. ثم قال: «نحن هنا»."
    q = named_quotes(text, KERRY)
    assert q["text"].tolist() == ["نحن هنا"]
    # a number is a word: «2015» after a colon stays a quote (session 9's rule)
    q = named_quotes("وقال وزير الخارجية الأميركي جون كيري: «2015».", KERRY)
    assert q["text"].tolist() == ["2015"]


def test_a_latin_quote_is_kept_and_attributed_by_its_arabic_clause_only():
    # the Arabic clause names the speaker whatever the quote's language ...
    q = named_quotes('وقال وزير الخارجية الأميركي جون كيري للصحفيين: "He said we will win".', KERRY)
    assert _cols(q) == [("جون كيري", "named", "", "وزير الخارجية الأميركي")]
    # ... English words never do: no Arabic reporting clause, no quote
    q = named_quotes(
        'وانتهت المباراة بفوز الفريق. "He said we will win," the coach told reporters.'
    )
    assert q.empty
    # an Arabic clause with nobody to name: kept, speaker unknown
    q = named_quotes('وكتب بالإنجليزية: "He said it was over".')
    assert _cols(q) == [("-", "unknown", "no_subject", "")]


def _mixed_table() -> pd.DataFrame:
    """A named, a carried and an unknown speaker, a colon with no verb, a quote opening
    with a dash (a formula trigger in a CSV) and a role."""
    text = _story(
        "وقال وزير الخارجية الأميركي جون كيري: «-نعم، سنبقى».",
        "وأضاف: «لا جديد».",
        "وقالت مصادر مطلعة إن «الاتفاق قريب».",
        "«لا تعليق».",
    )
    return named_quotes(text, KERRY)


def test_one_missing_value_convention_in_memory_and_on_disk(tmp_path):
    from helpers.io import write_csv
    from helpers.quotes import read_quotes

    q = _mixed_table()
    assert q["attribution"].tolist()[:3] == ["named", "carried", "unknown"]
    # no NaN anywhere: a value a row does not have is "" (unknown speaker, no verb,
    # no role, no reason)
    assert not q.isna().any().any()
    unknown = q[q["attribution"] == "unknown"].iloc[0]
    assert (unknown["speaker_id"], unknown["speaker"]) == ("", "")
    assert q["text"].iloc[0] == "-نعم، سنبقى"
    path = write_csv(q, tmp_path / "quotes.csv")
    back = read_quotes(path)
    pd.testing.assert_frame_equal(back, q)
    # a plain read_csv turns the empty cells into NaN: that is why read_quotes exists
    plain = pd.read_csv(path, encoding="utf-8-sig")
    assert plain["speaker_id"].isna().sum() == (q["speaker_id"] == "").sum() > 0


def test_read_quotes_names_the_file_and_the_problem(tmp_path):
    from helpers.errors import CorpusFormatError, CorpusNotFoundError
    from helpers.io import write_csv
    from helpers.quotes import read_quotes

    with pytest.raises(CorpusNotFoundError, match="no quotes table here"):
        read_quotes(tmp_path / "none.csv")
    q = _mixed_table()
    path = write_csv(q.drop(columns=["verb"]), tmp_path / "cut.csv")
    with pytest.raises(CorpusFormatError, match=r"cut\.csv.*column\(s\) verb missing"):
        read_quotes(path)
    path = write_csv(q.assign(start="x"), tmp_path / "bad.csv")
    with pytest.raises(CorpusFormatError, match=r"bad\.csv.*start holds 'x'"):
        read_quotes(path)
    with pytest.raises(ArgumentError):
        read_quotes(3)


# --- 4. one check that a grouped table needs the stories table


def test_grouped_tables_need_the_stories_table_with_one_message():
    from helpers.entities import entity_counts
    from helpers.quotes import quotes_per_speaker

    mentions = pd.DataFrame(
        {
            "story_id": ["a1"],
            "zone": ["body"],
            "start": [0],
            "end": [4],
            "type": ["PERSON"],
            "entity_id": ["person:x"],
            "canonical": ["س"],
            "surface": ["س"],
            "method": ["gazetteer"],
        }
    )
    quotes = pd.DataFrame(
        {"story_id": ["a1"], "speaker_id": ["person:x"], "speaker": ["س"], "text": ["كلام"]}
    )
    messages = []
    for func, call in (
        ("entity_counts", lambda: entity_counts(mentions, by="outlet")),
        ("quotes_per_speaker", lambda: quotes_per_speaker(quotes, by="outlet")),
    ):
        with pytest.raises(ArgumentError) as err:
            call()
        assert str(err.value).startswith(f"{func}: by='outlet' needs stories=")
        messages.append(str(err.value).replace(func, "F"))
    # the same words but the function's name: one helper, one message
    assert messages[0] == messages[1]
