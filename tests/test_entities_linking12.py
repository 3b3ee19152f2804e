"""Session 12 (branch linking12): everyday words that became people on real days.

Every expected value is worked out by hand from the letters and names written in the
test (the conventions: DEVELOPING.md, "Session 12 (branch linking12)")."""

from __future__ import annotations

from entity_stories import stories

from helpers.entities import extract_entities
from helpers.text import normalize
from helpers.text.normalize import light_full, normalizer_table, persian_yeh

# --- Farsi yeh ی (U+06CC): at a word's end ى or ي as the lexicon spells the word ---------


def test_a_final_farsi_yeh_is_the_letter_the_lexicon_spells_the_word_with():
    # wordfreq Zipf: على 7.18 > علي 6.14, so علی (ع ل U+06CC) is the preposition على
    # (U+0649); في 7.54 > فى 6.12, so فی is في; السعودي 5.32 > السعودى 3.34; مصطفى 4.93
    # > مصطفي 3.67; ایران: the yeh is inside the word, so ي
    assert normalize("علی السوق") == "\u0639\u0644\u0649 السوق"
    assert normalize("فی السوق") == "\u0641\u064a السوق"
    assert normalize("السعودی مصطفی") == "السعودي مصطفى"
    assert normalize("ایران") == "ايران"
    # marks and tatweel after the yeh leave it final; a letter after them does not
    assert normalize("علیً") == "على"
    assert normalize("علیـ") == "على"
    assert normalize("بیـن") == "بين"
    # the article and proclitics stay on the word looked up: وعلى 5.67 > وعلي 4.41
    assert normalize("وعلی") == "وعلى"
    # light_full applies the same fold (the tokeniser's per-type path); لدى 5.54 > لدي 4.97
    assert light_full("لدی أحمد") == ("لدى أحمد", "لدى احمد")
    # the fold belongs to the persian step: off, the letter is kept
    assert normalize("علی", persian=False) == "علی"
    # normalising twice changes nothing
    assert normalize(normalize("علی ایران")) == normalize("علی ایران")


def test_the_table_alone_reads_yeh_as_medial_and_persian_yeh_fixes_the_end():
    table = normalizer_table()
    assert "علی".translate(table) == "علي"
    assert persian_yeh("علی").translate(table) == "على"
    assert persian_yeh("ایران") == "ایران"  # medial: left to the table


def test_ali_typed_with_farsi_yeh_is_the_preposition_not_a_name():
    # «محمد علی السوق»: before, one person محمد علي السوق (علی read as the name علي);
    # now «على السوق» is a preposition and a noun, so only «محمد» after قال is a person
    m = extract_entities(stories("وقال محمد علی السوق إن الأسعار صاعدة"))
    assert list(m.loc[m["type"] == "PERSON", "canonical"]) == ["محمد"]


def test_a_first_name_ending_in_farsi_yeh_keeps_its_maqsura():
    # sabq, 2015-07-22: «هدی بنت سعيد آل عطيان» was named «هدي ...»; the name is هدى
    m = extract_entities(stories("وكرمت الأميرة هدی بنت سعيد آل عطيان الفائزات"))
    assert list(m.loc[m["type"] == "PERSON", "canonical"]) == ["هدى بنت سعيد آل عطيان"]


# --- one patronymic chain, shorter and longer, in one story -------------------------------


def _persons(body):
    m = extract_entities(stories(body))
    p = m[m["type"] == "PERSON"]
    return list(zip(p["surface"], p["entity_id"], strict=True))


def test_a_chain_cut_short_in_a_story_is_the_longer_chain_of_the_story():
    # فيصل بن خالد = the first three words of فيصل بن خالد بن عبدالعزيز, which adds one
    # بن-link: one man, named by the longer chain
    got = _persons("وزار الأمير فيصل بن خالد المعرض. وقال فيصل بن خالد بن عبدالعزيز إن المعرض مهم")
    assert got == [
        ("فيصل بن خالد", "rule:PERSON:فيصل_بن_خالد_بن_عبدالعزيز"),
        ("فيصل بن خالد بن عبدالعزيز", "rule:PERSON:فيصل_بن_خالد_بن_عبدالعزيز"),
    ]


def test_a_chain_that_leaves_a_link_out_or_ends_in_a_family_name_stays_apart():
    # محمد بن سلمان بن محمد extends محمد بن سلمان, but محمد بن سلمان is a listed man
    # (gazetteer first): the rule chain is not his
    got = _persons("قال محمد بن سلمان إن محمد بن سلمان بن محمد حضر")
    assert got == [
        ("محمد بن سلمان", "person:mohammed-bin-salman"),
        ("محمد بن سلمان بن محمد", "rule:PERSON:محمد_بن_سلمان_بن_محمد"),
    ]
    # عبدالله بن فهد الربيعة: a family name without آل after the chain, another man
    got = _persons("وقال عبدالله بن فهد إن الوزير عبدالله بن فهد الربيعة حضر")
    assert [e for _s, e in got] == [
        "rule:PERSON:عبدالله_بن_فهد",
        "rule:PERSON:عبدالله_بن_فهد_الربيعه",
    ]


# --- display names never keep tatweel -------------------------------------------------------


def test_a_speaker_known_by_a_phrase_is_shown_without_tatweel():
    from helpers.quotes import extract_quotes, phrase_name

    # «سعـيد» carries a tatweel (U+0640) between ع and ي; the name shown is سعيد
    assert phrase_name("سالم سعـيد كبيش") == "سالم سعيد كبيش"
    assert phrase_name("أحمد  داود") == "أحمد داود"  # hamza kept, one space
    q = extract_quotes(stories("قال سالم سعـيد كبيش إن «الفريق جاهز»"))
    assert list(q["speaker"]) == ["سالم سعيد كبيش"]
    assert list(q["speaker_id"]) == ["phrase:سالم سعيد كبيش"]


# --- a listed surname after a title that is also a first name --------------------------


def test_a_listed_surname_after_a_first_name_that_is_a_title_is_not_the_listed_man():
    # سلطان is a title (the Sultan) and a first name: «سلطان الشريف» (a footballer) and
    # «ناصر بن سلطان الشريف» are not عمر الشريف (person:omar-sharif, people.csv)
    for body in ("وسجل سلطان الشريف هدفا", "وقال العقيد ناصر بن سلطان الشريف إن الأمن مستتب"):
        m = extract_entities(stories(body))
        assert "person:omar-sharif" not in set(m["entity_id"]), body
    # a title that is no first name still brings the listed surname: الرئيس الأسد
    m = extract_entities(stories("وقال الرئيس الأسد إن"))
    assert list(m["entity_id"]) == ["person:bashar-al-assad"]
    # and the actor named in full keeps his later surname
    m = extract_entities(stories("توفي الفنان عمر الشريف أمس. وكان الشريف قد مثل في أفلام"))
    assert list(m["entity_id"]) == ["person:omar-sharif"] * 2


# --- a surname of two words across the stories of a table -------------------------------


def test_a_two_word_surname_joins_the_one_full_name_it_ends():
    from helpers.entities.aliases import corpus_surnames

    rows = [
        ("rule:PERSON:داود_اوغلو", "داود اوغلو", True),
        ("rule:PERSON:احمد_داود_اوغلو", "أحمد داود أوغلو", True),
        # صالح is a first name: «عبدالله صالح» is no surname of two words
        ("rule:PERSON:عبدالله_صالح", "عبدالله صالح", True),
        ("rule:PERSON:علي_عبدالله_صالح", "علي عبدالله صالح", True),
        # two full names end «بن لادن»: nothing joins
        ("rule:PERSON:بن_لادن", "بن لادن", True),
        ("rule:PERSON:اسامه_بن_لادن", "أسامة بن لادن", True),
        ("rule:PERSON:حمزه_بن_لادن", "حمزة بن لادن", True),
    ]
    assert corpus_surnames(rows) == {
        "rule:PERSON:داود_اوغلو": ("rule:PERSON:احمد_داود_اوغلو", "أحمد داود أوغلو")
    }


def test_a_two_word_surname_needs_a_full_name_opening_with_a_first_name():
    from helpers.entities.aliases import corpus_surnames

    # sabq 2015-07-22: «يحث ابن تيمية» is a verb run onto the name, no full name of it
    rows = [
        ("rule:PERSON:ابن_تيميه", "ابن تيمية", True),
        ("rule:PERSON:يحث_ابن_تيميه", "يحث ابن تيمية", True),
    ]
    assert corpus_surnames(rows) == {}
