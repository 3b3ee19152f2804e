"""Session 21 (branch person21): persons by error kind — a foreign name between two
persons of a list, a player's bare name after a sports role, and a name run on after a
nationality (sentences written for the tests; values worked out by hand)."""

from __future__ import annotations

from entity_stories import person_surfaces, spans

# --- 1. a name between two persons of a list takes the list's type


def test_foreign_names_in_a_list_of_persons():
    # فولي is ف + ولي to the text layer ("my beans" whole); آلان is الان "now" to the
    # lexicon's key, but the article is never written with madda
    body = "وقتل التنظيم كلا من ستيفن سوتلوف، وجايمس فولي، وديفيد هاينز، وآلان هايننغ، وبيتر كاسيغ."
    assert person_surfaces(body) == [
        "ستيفن سوتلوف",
        "جايمس فولي",
        "ديفيد هاينز",
        "آلان هايننغ",
        "بيتر كاسيغ",
    ]


def test_list_member_without_commas():
    body = "وشارك في الحفل محمد عبده وشذا حسون وأحمد الهرمي."
    assert person_surfaces(body) == ["محمد عبده", "شذا حسون", "أحمد الهرمي"]


def test_list_member_must_be_rare_words():
    # الرياض is a known place; مساء an everyday word (Zipf 5.27): neither is a person
    assert ("الرياض", "LOC") in spans("حضر محمد العلي والرياض وخالد الفهد الحفل.")
    body = "حضر محمد العلي والرياض وخالد الفهد الحفل."
    assert person_surfaces(body) == ["محمد العلي", "خالد الفهد"]
    assert "مساء" not in " ".join(person_surfaces("التقى محمد العلي ومساء وخالد الفهد."))


def test_list_needs_persons_on_both_sides():
    # only one neighbour is a person: the coordinated word is not taken by this rule
    assert person_surfaces("وصل محمد العلي وجايمس فولي إلى المطار.") == ["محمد العلي"]


# --- 2. a player's bare name after a sports role


def test_bare_name_after_coach():
    assert person_surfaces("جاء ذلك عقب إقالة المدرب بينات، وتعيين بديل له.") == ["بينات"]


def test_two_word_name_after_player_then_punctuation():
    body = "وكشف مصدر السر وراء تغيير وجهة اللاعب تجارون شيري ، بعد أن كان قريبا من الأهلي."
    assert person_surfaces(body) == ["تجارون شيري"]


def test_role_then_verb_is_no_name():
    # a word follows: the role's verb or complement, no name
    assert person_surfaces("وقال المدرب حرص على الفوز في المباراة.") == []


def test_indefinite_role_is_no_title():
    # لاعب آسيوي "an Asian player": the role counts only with its article
    assert person_surfaces("يسعى النادي للتعاقد مع لاعب آسيوي.") == []


# --- 3. after a nationality the name runs on over unknown words


def test_nationality_name_runs_over_hidden_surname():
    # فيا is ف + يا to the text layer; صاحب (Zipf 5.16) stops the name
    body = "وسجل أندريا بيرلو والإسباني دافيد فيا صاحب الهدف الأول."
    assert person_surfaces(body) == ["أندريا بيرلو", "دافيد فيا"]


def test_nationality_name_runs_over_unknown_words():
    body = "وضم النادي الجناح البلجيكي يانيك فيريرا كاراسكو مقابل 20 مليون يورو."
    assert person_surfaces(body) == ["يانيك فيريرا كاراسكو"]


def test_run_stops_after_definite_surname_and_at_article_nouns():
    # السيسي has the article: the name goes no further (منفذي is the verb's object)
    body = "وطالب الرئيس المصري عبد الفتاح السيسي منفذي المشروع بإنجازه."
    assert person_surfaces(body) == ["عبد الفتاح السيسي"]
