"""Quote speakers, session 10 (issue 13, item 4): kinds a hostile tester and a newcomer
found, each fixed as a kind and tested on its instance, right values worked out by hand;
and the one list of pronoun suffixes.

The sentences are written for these tests (patterns the testers reported, seen in the
outlets), not copied from a corpus.
"""

from __future__ import annotations

import pytest
from quote_cases import named_quotes
from quote_cases import speaker_cols as _cols

from helpers.entities import rules
from helpers.entities.rules import words as rules_words
from helpers.errors import ArgumentError
from helpers.text import pronoun_suffixes


def test_the_one_list_of_pronoun_suffixes_and_its_named_sets():
    # the suffixed personal pronouns of the grammars (Wright, vol. 1), longest first
    assert pronoun_suffixes("third") == ("هما", "ها", "هم", "هن", "ه")
    assert set(pronoun_suffixes("noun")) == {"ه", "ها", "هما", "هم", "هن", "ك", "كم", "ي", "نا"}
    # on a verb the first person singular is ني (كلمني), not ي
    assert set(pronoun_suffixes("verb")) == {"ه", "ها", "هما", "هم", "هن", "ك", "كم", "ني", "نا"}
    # on a preposition in a news report: third and first person, no ك (ذلك، كذلك)
    assert set(pronoun_suffixes("speech")) == {"ه", "ها", "هما", "هم", "هن", "ي", "نا"}
    with pytest.raises(ArgumentError, match="pronoun_suffixes: which must be one of"):
        pronoun_suffixes("object")


def test_every_rule_reads_its_suffixes_from_the_one_list():
    from helpers.quotes import words as quotes

    # the three lists that differed (session 9) are subsets of the one list, with what
    # each rule read before: the possessive and object lists of the entity rules, the
    # third-person and preposition lists of the quote rules
    assert set(rules.POSSESSIVE_SUFFIXES) == {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك", "ي"}
    assert pronoun_suffixes("noun") == rules.POSSESSIVE_SUFFIXES
    # the object list gained هما and هن, which no noun ending of _noun_form is, so the
    # rule reads the same suffixes as before (ني نا هم ها ه ك كم)
    assert pronoun_suffixes("verb") == rules_words._OBJECT_SUFFIXES
    assert set(rules_words._NOUN_ENDINGS) & set(rules_words._OBJECT_SUFFIXES) == {
        "ني",
        "نا",
        "هم",
        "ها",
        "ه",
        "ك",
        "كم",
    }
    assert pronoun_suffixes("third") == quotes._HA_SUFFIXES
    assert pronoun_suffixes("speech") == quotes._PRONOUN_SUFFIXES


def test_a_number_ends_the_speaker_phrase_with_the_noun_that_counts_it():
    # the number ends the phrase; a definite role before it stays whole (with no holder of
    # the role in the story: unknown, the role kept), as without the number
    for text in (
        "وقال المتحدث باسم الوزارة 3 مرات إن «الوضع مستقر في المنطقة».",
        "وقال المتحدث باسم الوزارة إن «الوضع مستقر في المنطقة».",
    ):
        q = named_quotes(text)
        assert _cols(q) == [("-", "unknown", "unnamed_role", "المتحدث باسم الوزارة")]


def test_an_adverbial_the_entity_rules_read_into_a_name_is_no_part_of_the_speaker():
    text = "وقال فهد إثر المباراة إن «الفريق قدم مستوى جيدا»."
    q = named_quotes(text, ("فهد إثر", "PERSON", "rule:PERSON:فهد_اثر"))
    assert _cols(q) == [("-", "unknown", "first_name", "فهد")]
    q = named_quotes(text)
    assert _cols(q) == [("-", "unknown", "first_name", "فهد")]
    # the story names him in full: the first-name rule links the two (the run-on mention
    # is no fuller name of his)
    text = "وسجل محمد الشلهوب هدف الفوز. وقال محمد عقب المباراة إن «الفريق قدم مستوى جيدا»."
    q = named_quotes(
        text,
        ("محمد الشلهوب", "PERSON", "rule:PERSON:محمد_الشلهوب"),
        ("محمد عقب", "PERSON", "rule:PERSON:محمد_عقب"),
    )
    assert list(zip(q["speaker"], q["speaker_id"], strict=True)) == [
        ("محمد الشلهوب", "rule:PERSON:محمد_الشلهوب")
    ]


def test_a_preposition_or_complementiser_with_a_pronoun_suffix_ends_the_phrase():
    text = "كتبت الكاتبة سوزان سونتاج عنها بأنها «نهر رائع من المشاعر»."
    q = named_quotes(text)
    assert list(q["speaker"]) == [
        "سوزان سونتاج"
    ]  # session 13: the role words are speaker_role, not the name
    text = "وقال مؤسس الموقع جوليان أسانج إننا «نرى في هذه الوثائق ما يكفي»."
    q = named_quotes(text)
    # session 24: a noun in construct with a definite descriptor before the name is a
    # description (as الكاتبة above), the speaker the name
    assert list(q["speaker"]) == ["جوليان أسانج"]
    # at the head, a preposition with its pronoun still stands before the subject
    text = "وقالت عنه المستشارة أنجيلا ميركل إن «الرجل صادق»."
    q = named_quotes(text, ("أنجيلا ميركل", "PERSON", "person:angela-merkel"))
    assert list(q["speaker"]) == ["أنجيلا ميركل"]


def test_the_verbal_noun_after_a_relay_to_a_pronoun_is_a_quote_of_its_antecedent():
    # عنها: the woman named before, past the man named since
    text = (
        "وقالت هدى حسين: «نحن صامدون». وقال محمد العلي: «نعم نحن معها». "
        "ونقلت عنها الصحيفة قولها «لن نستسلم»."
    )
    q = named_quotes(
        text,
        ("هدى حسين", "PERSON", "rule:PERSON:هدى_حسين"),
        ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"),
    )
    assert list(q["speaker"]) == ["هدى حسين", "محمد العلي", "هدى حسين"]


def test_one_quoted_word_after_a_complementiser_with_its_pronoun_is_a_partial_quote():
    # أنها «سعيدة»: the pronoun is the complement's subject, the quoted word its
    # predicate, the speaker's own word: a quote (a name cannot fill that slot)
    text = "أكدت الممثلة نيكول كيدمان أنها «سعيدة»."
    q = named_quotes(text, ("نيكول كيدمان", "PERSON", "rule:PERSON:نيكول_كيدمان"))
    assert _cols(q) == [("نيكول كيدمان", "named", "", "الممثلة")]
    assert list(q["text"]) == ["سعيدة"]
    text = "ووصف المدرب خالد العمر الفوز بأنه «تاريخي»."
    q = named_quotes(text, ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر"))
    assert list(q["speaker"]) == ["خالد العمر"]
    # after أن alone one quoted word is the complement's subject, a name: no quote
    text = "وأكد الوزير خالد العمر أن «داعش» يقف وراء الهجوم."
    assert named_quotes(text, ("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر")).empty


def test_obituary_words_are_titles_and_blessings_are_nobody():
    # المرحوم، الفقيد، الراحل: titles of the dead; alone, a bare title names nobody
    for text in (
        "وقال المرحوم إن «العلم نور لا يطفأ».",
        "وقال الفقيد رحمه الله إن «العلم نور لا يطفأ».",
    ):
        q = named_quotes(text)
        assert _cols(q) == [("-", "unknown", "unnamed_role", text.split()[1])]
    # رضي and صلى before another word than الله are words like any other
    text = "وقال صلاح رضي إن «الاتفاق قريب»."
    q = named_quotes(text)
    assert list(q["speaker"]) == ["صلاح رضي"]


def test_a_persons_noun_with_a_pronoun_suffix_is_someone_the_story_does_not_name():
    # a time word with a suffix is no person: the last speaker goes on
    text = "وقال خالد العلي: «سنعود». وكتب وقتها: «العلم نور»."
    q = named_quotes(text, ("خالد العلي", "PERSON", "rule:PERSON:خالد_علي"))
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [
        ("خالد العلي", "named"),
        ("خالد العلي", "carried"),
    ]


def test_a_kunya_is_a_name():
    # after a preposition a kunya is no subject
    text = "وسأل الصحفي عن أبو فهد قائلا: «أين هو؟»."
    q = named_quotes(text)
    assert list(q["speaker"].replace("", "-")) != ["أبو فهد"]


def test_a_club_glued_to_a_name_is_no_part_of_it():
    # زيكو اتحاد: Zico "of Al-Ittihad"; the speaker is the name before the club
    text = "وقال عبدالله الحربي اتحاد إن «الفريق سيعود أقوى»."
    q = named_quotes(text, ("عبدالله الحربي اتحاد", "PERSON", "rule:PERSON:x"))
    assert list(zip(q["speaker"], q["speaker_id"], strict=True)) == [
        ("عبدالله الحربي", "phrase:عبدالله الحربي")
    ]
    # a club name that is also a first name stays in the name (أحمد نصر)
    text = "وقال أحمد نصر إن «الفريق سيعود أقوى»."
    q = named_quotes(text)
    assert list(q["speaker"]) == ["أحمد نصر"]


def test_a_role_that_names_its_body_speaks_a_bare_title_does_not():
    # the rule: a bare title is no speaker; a role that names its body (an
    # organisation mentioned in it) is one, the office as written, when nobody was
    # named with it before
    text = "وقال المتحدث باسم وزارة الداخلية إن «الوضع مستقر»."
    q = named_quotes(text, ("وزارة الداخلية", "ORG", "org:moi"))
    role = "المتحدث باسم وزارة الداخلية"
    assert _cols(q) == [(role, "named", "", role)]
    assert list(q["speaker_id"]) == ["phrase:المتحدث باسم وزارة الداخلية"]
    # ... the same with a number after it: the number ends the phrase
    text = "وقال المتحدث باسم وزارة الداخلية 3 مرات إن «الوضع مستقر»."
    assert _cols(named_quotes(text, ("وزارة الداخلية", "ORG", "org:moi"))) == [
        (role, "named", "", role)
    ]
    # the federation named: its president speaks as that office
    text = "وقال رئيس الاتحاد السعودي لكرة القدم عقب لقائه الوزير إن «الاتفاق سيوقع قريبا»."
    role = "رئيس الاتحاد السعودي لكرة القدم"
    q = named_quotes(text, ("الاتحاد السعودي لكرة القدم", "ORG", "org:saff"))
    assert _cols(q) == [(role, "named", "", role)]
    # a person named with the role before is still the one who speaks
    text = (
        "والتقى رئيس الاتحاد السعودي لكرة القدم أحمد عيد الوزير. "
        "وقال رئيس الاتحاد السعودي لكرة القدم إن «الاتفاق سيوقع قريبا»."
    )
    q = named_quotes(
        text,
        ("الاتحاد السعودي لكرة القدم", "ORG", "org:saff"),
        ("أحمد عيد", "PERSON", "rule:PERSON:احمد_عيد"),
        ("الاتحاد السعودي لكرة القدم", "ORG", "org:saff", 1),
    )
    assert list(zip(q["speaker"], q["attribution"], strict=True)) == [("أحمد عيد", "carried")]


def test_a_name_with_its_role_after_it_is_the_name():
    # NAME + role in apposition: the speaker is the name, the role its role
    for text, name, role in (
        (
            "وقال بدر باسلمه وزير النقل اليمني إن «الزيارة ناجحة».",
            "بدر باسلمه",
            "وزير النقل اليمني",
        ),
        ("وأكد كفاح محمود المستشار الإعلامي أن «الكلام واضح».", "كفاح محمود", "المستشار الإعلامي"),
        ("وقال حسن قشقوي نائب وزير الخارجية: «سنواصل ذلك».", "حسن قشقوي", "نائب وزير الخارجية"),
    ):
        q = named_quotes(text)
        assert _cols(q) == [(name, "named", "", role)]
    # a title word that ends the name or stands before a family name is the name's
    # (عاصم شيخ، زكي أمير المحروس)
    text = "وقال عاصم شيخ: «أدت الإصلاحات إلى تخفيض الضرائب»."
    q = named_quotes(text)
    assert list(q["speaker"]) == ["عاصم شيخ"]
    text = "وذكر مسؤول الوحدة زكي أمير المحروس أن «المتطوعين هم سر النجاح»."
    q = named_quotes(text)
    # session 24: مسؤول الوحدة before the name is its description (أمير stays the
    # name's: the description ends at the last definite word)
    assert list(q["speaker"]) == ["زكي أمير المحروس"]


def test_a_noun_with_a_pronoun_suffix_after_the_subject_ends_the_phrase():
    # the verb's object or a time adverb with its pronoun: no part of the speaker
    text = "ويصف المطيري حالته: «لم أكن أحس بأني غريب»."
    q = named_quotes(text)
    assert list(q["speaker"]) == ["المطيري"]
    text = "وقال المفوض الأوروبي داتشين شولوز وقتها: «سنراقب تطور الأسواق»."
    q = named_quotes(text)
    assert list(q["speaker"]) == [
        "داتشين شولوز"
    ]  # session 13: the role words are speaker_role, not the name
    # a family name read as a noun with a suffix after a first name stays (بدر باسلمه),
    # and so does a role's construct (وزير خارجيتها)
    text = "وقال بدر باسلمه إن «الزيارة ناجحة»."
    q = named_quotes(text)
    assert list(q["speaker"]) == ["بدر باسلمه"]
    text = "وقال وزير خارجيتها إن «الزيارة ناجحة»."
    q = named_quotes(text)
    assert list(q["speaker_role"]) == ["وزير خارجيتها"]


def test_a_verb_with_no_subject_after_a_verb_subject_sentence_is_that_subjects():
    kerry = ("جون كيري", "PERSON", "rule:PERSON:جون_كيري")
    text = "وعبر جون كيري عن أمله. وانتهى الاجتماع مساء. وقال: «نريد دمج السعوديين»."
    assert _cols(named_quotes(text, kerry)) == [("-", "unknown", "no_subject", "")]
    # a feminine verb skips a man
    text = "وعبر جون كيري عن أمله في استكمال المناقشات. وقالت: «نريد دمج السعوديين»."
    assert _cols(named_quotes(text, kerry)) == [("-", "unknown", "no_subject", "")]


def test_a_bad_set_name_in_the_suffix_file_names_the_file(monkeypatch):
    import helpers.io
    from helpers.text import clitics

    def rows(package, name, header, **kw):
        return header, [("ه", "3rd masc. sing.", "noun possesive")]

    clitics._pronoun_suffixes.cache_clear()
    monkeypatch.setattr(helpers.io, "read_data_rows", rows)
    try:
        with pytest.raises(ArgumentError, match=r"pronoun_suffixes.tsv: the suffix 'ه' names"):
            pronoun_suffixes("noun")
    finally:
        monkeypatch.undo()
        clitics._pronoun_suffixes.cache_clear()
    assert pronoun_suffixes("third") == ("هما", "ها", "هم", "هن", "ه")


def test_an_organisation_after_la_is_the_addressee_not_the_roles_body():
    # the lead's review: لقناة العربية is spoken to; the role names no body of its own
    text = "وقال رئيس الاتحاد لقناة العربية: «الاتفاق قريب»."
    q = named_quotes(text, ("قناة العربية", "ORG", "org:alarabiya"))
    assert list(zip(q["attribution"], q["unknown_reason"], strict=True)) == [
        ("unknown", "unnamed_role")
    ]
    text = "وقالت سيدة شهدت الحادث لوكالة الصحافة الفرنسية: «سمعنا انفجارا»."
    q = named_quotes(text, ("وكالة الصحافة الفرنسية", "ORG", "org:afp"))
    assert list(q["attribution"]) == ["unknown"]
    # ل before a body that is no news medium is the role's "of": it names its body
    text = "وجاء في بيان المتحدث الرسمي لوزارة التعليم «أن اللجنة مختصة»."
    role = "المتحدث الرسمي لوزارة التعليم"
    q = named_quotes(text, ("وزارة التعليم", "ORG", "org:moe"))
    assert _cols(q) == [(role, "named", "", role)]


def test_the_kunya_umm_speaks_with_a_verb_before_it():
    # أم is "or" as a function word; before a first name it is a kunya
    for text, name in (
        ("وقالت أم محمد: «كان طيبا».", "أم محمد"),
        ("وتقول أم محمد إن «الحياة صعبة».", "أم محمد"),
        ("وأضافت أم عبدالله: «لن ننسى».", "أم عبدالله"),
    ):
        assert _cols(named_quotes(text)) == [(name, "named", "", "")]


#: ``(text, named mentions, speaker_cols rows)``: :func:`quote_cases.named_quotes` cases.
CASES = [
    pytest.param(
        # صاحب "owner of" is in construct with the count: it goes with the number, and the
        # bare title left (اللاعب) names nobody; the count is no name after the role either
        "وقال اللاعب صاحب الـ3 أهداف إن «الفوز كان مستحقا».",
        (),
        [("-", "unknown", "unnamed_role", "اللاعب")],
        id="a_number_ends_the_speaker_phrase_with_the_noun_that_counts_it-1",
    ),
    pytest.param(
        # ... and the player named before with that title is the one who speaks
        "وسجل اللاعب ناصر الشمراني هدفين. وقال اللاعب صاحب الـ3 أهداف إن «الفوز كان مستحقا».",
        (("ناصر الشمراني", "PERSON", "rule:PERSON:ناصر_الشمراني"),),
        [("ناصر الشمراني", "carried", "", "اللاعب")],
        id="a_number_ends_the_speaker_phrase_with_the_noun_that_counts_it-2",
    ),
    pytest.param(
        # the entity rules ran محمد on into عقب ("after"): the speaker is محمد, a common first
        # name alone, so nobody named unless the story shows who (as فهد إثر)
        "وقال محمد عقب المباراة إن «الفريق قدم مستوى جيدا».",
        (("محمد عقب", "PERSON", "rule:PERSON:محمد_عقب"),),
        [("-", "unknown", "first_name", "محمد")],
        id="an_adverbial_the_entity_rules_read_into_a_name_is_no_part_of_the_speaker-1",
    ),
    pytest.param(
        # a full name that ran on into a time word keeps its words before it
        "وقال خالد السبيعي أمس إن «الاتفاق سيوقع قريبا».",
        (("خالد السبيعي أمس", "PERSON", "rule:PERSON:x"),),
        [("خالد السبيعي", "named", "", "")],
        id="an_adverbial_the_entity_rules_read_into_a_name_is_no_part_of_the_speaker-2",
    ),
    pytest.param(
        # قوله «...»: the quoted words are what was said (the verbal noun's object), never
        # a name in a subject's slot; after عنه the speaker is the pronoun's antecedent, the
        # last speaker of its gender, not the agency that relays
        "ونقلت عنه وكالة الأنباء قوله «لن نستسلم».",
        (),
        [("-", "unknown", "no_subject", "")],
        id="the_verbal_noun_after_a_relay_to_a_pronoun_is_a_quote_of_its_antecedent-1",
    ),
    pytest.param(
        "وقال الرئيس محمود عباس: «نحن صامدون». ونقلت عنه وكالة الأنباء قوله «لن نستسلم».",
        (
            ("محمود عباس", "PERSON", "person:mahmoud-abbas"),
            ("وكالة الأنباء", "ORG", "rule:ORG:وكاله_انباء"),
        ),
        [
            ("محمود عباس", "named", "", "الرئيس"),
            ("محمود عباس", "carried", "", "الرئيس"),
        ],
        id="the_verbal_noun_after_a_relay_to_a_pronoun_is_a_quote_of_its_antecedent-2",
    ),
    pytest.param(
        # the source named after عن is the speaker, as before
        "ونقلت الوكالة عن الوزير خالد العمر قوله «لن نستسلم».",
        (("خالد العمر", "PERSON", "rule:PERSON:خالد_عمر"),),
        [("خالد العمر", "named", "", "الوزير")],
        id="the_verbal_noun_after_a_relay_to_a_pronoun_is_a_quote_of_its_antecedent-3",
    ),
    pytest.param(
        # ... the one named with the title earlier in the story speaks
        "رحل المرحوم محمد العلي أمس. وقال المرحوم في لقاء قديم: «العلم نور».",
        (("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"),),
        [("محمد العلي", "carried", "", "المرحوم")],
        id="obituary_words_are_titles_and_blessings_are_nobody-1",
    ),
    pytest.param(
        # a blessing (صلى الله عليه وسلم، رحمه الله) is never the speaker
        "وفي الحديث الصحيح يقول صلى الله عليه وسلم: «إن الشيطان قد آيس».",
        (),
        [("-", "unknown", "not_a_speaker", "")],
        id="obituary_words_are_titles_and_blessings_are_nobody-2",
    ),
    pytest.param(
        # أستاذنا "our teacher", والدي "my father", نجله "his son": a person nobody names
        # here, not the last speaker: unknown, the phrase kept
        "وقال أستاذنا المرحوم إن «العلم نور لا يطفأ».",
        (),
        [("-", "unknown", "unnamed_source", "أستاذنا المرحوم")],
        id="a_persons_noun_with_a_pronoun_suffix_is_someone_the_story_does_not_name-1",
    ),
    pytest.param(
        "وقال خالد العلي: «سنعود». وأكد والدي أن «العلم نور».",
        (("خالد العلي", "PERSON", "rule:PERSON:خالد_علي"),),
        [
            ("خالد العلي", "named", "", ""),
            ("-", "unknown", "unnamed_source", "والدي"),
        ],
        id="a_persons_noun_with_a_pronoun_suffix_is_someone_the_story_does_not_name-2",
    ),
    pytest.param(
        "رد عليه أبو فهد قائلا: «هذا غير صحيح أبدا».",
        (),
        [("أبو فهد", "named", "", "")],
        id="a_kunya_is_a_name-1",
    ),
    pytest.param(
        "وتحدثت أم محمد عن ابنها قائلة: «كان طيبا».",
        (),
        [("أم محمد", "named", "", "")],
        id="a_kunya_is_a_name-2",
    ),
    pytest.param(
        # عبد and its next word are one name; the entity rules' run-on mention is not it
        "وفي رسالة مترجمة، قال أبو عبد الله محذرا: «لا تتردد».",
        (("عبد الله محذرا", "PERSON", "rule:PERSON:x"),),
        [("أبو عبد الله", "named", "", "")],
        id="a_kunya_is_a_name-3",
    ),
    pytest.param(
        # زيكو is a first name alone: nobody named unless the story shows who ...
        "وقال زيكو اتحاد إن «الفريق سيعود أقوى».",
        (),
        [("-", "unknown", "first_name", "زيكو")],
        id="a_club_glued_to_a_name_is_no_part_of_it-1",
    ),
    pytest.param(
        # ... as a sports story does, calling him a coach: his public name
        "وقال مدرب الفريق زيكو أهلي بعد المباراة إن «الفريق سيعود أقوى».",
        (("زيكو أهلي", "PERSON", "rule:PERSON:زيكو_اهلي"),),
        [("زيكو", "named", "", "مدرب الفريق")],
        id="a_club_glued_to_a_name_is_no_part_of_it-2",
    ),
    pytest.param(
        # a body written as a bare noun (الاتحاد، الوزارة) names no body: unknown, as an
        # unnamed source is (المصدر وفقا لموقع الصحيفة); the adverbial ends both phrases
        "وقال رئيس الاتحاد عقب لقائه الوزير إن «الاتفاق سيوقع قريبا».",
        (),
        [("-", "unknown", "unnamed_role", "رئيس الاتحاد")],
        id="a_role_that_names_its_body_speaks_a_bare_title_does_not-1",
    ),
    pytest.param(
        "وقال المصدر وفقا لموقع الصحيفة إن «الاتفاق سيوقع قريبا».",
        (),
        [("-", "unknown", "unnamed_source", "المصدر")],
        id="a_role_that_names_its_body_speaks_a_bare_title_does_not-2",
    ),
    pytest.param(
        # بي كي: the initials P. K., function words alone (بي "with me", كي "so that")
        "وقال بي كي باتنايك، وهو مسؤول في شؤون الغابات: «قبض التمساح على الساق».",
        (),
        [("بي كي باتنايك", "named", "", "")],
        id="initials_open_a_name_and_one_of_the_people_is_an_unnamed_source-1",
    ),
    pytest.param(
        # one initial alone stays a function word: no speaker
        "وقال بي: «قبض التمساح على الساق».",
        (),
        [("-", "unknown", "not_a_speaker", "")],
        id="initials_open_a_name_and_one_of_the_people_is_an_unnamed_source-2",
    ),
    pytest.param(
        # أحد + a people noun: an unnamed source, the phrase kept (not a pronoun)
        "وقال أحد العاملين في المستشفى لـ«الشرق الأوسط»: «قررنا الاعتصام».",
        (),
        [("-", "unknown", "unnamed_source", "أحد العاملين")],
        id="initials_open_a_name_and_one_of_the_people_is_an_unnamed_source-3",
    ),
    pytest.param(
        "وعبر كيري عن أمله في استكمال المناقشات. وقال: «نريد دمج السعوديين».",
        (("كيري", "PERSON", "rule:PERSON:جون_كيري"),),
        [("كيري", "carried", "", "")],
        id="a_verb_with_no_subject_after_a_verb_subject_sentence_is_that_subjects-1",
    ),
    pytest.param(
        # the sentence right before only, and only one a verb opens (a topic first is not)
        "وبلير الذي يعد أنجح زعمائهم قام بمداخلة نادرة. وقال: «تفوزون من الوسط».",
        (("بلير", "PERSON", "rule:PERSON:بلير"),),
        [("-", "unknown", "no_subject", "")],
        id="a_verb_with_no_subject_after_a_verb_subject_sentence_is_that_subjects-2",
    ),
]


@pytest.mark.parametrize(("text", "named", "expected"), CASES)
def test_speakers(text, named, expected):
    assert _cols(named_quotes(text, *named)) == expected
