"""Quote speakers, session 12 (branch quotes12): wrong speakers a newcomer saw in the top
rows of the gallery's quote tables on all of SaudiNewsNet, each fixed as a kind; the right
values are worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

from quote_cases import named_quotes, story_quotes
from quote_cases import speaker_cols as _cols

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


def test_two_words_in_quote_marks_inside_a_sentence_are_no_quote():
    # an apposition in quote marks after a name: not speech; the quote after إن is
    q = story_quotes("وقالت المحامية بيان زهران «وكيلة الأم» في تصريح إن «الحكم صدر غيابيا».")
    assert list(q["text"]) == ["الحكم صدر غيابيا"]
    # a term, a title or scare quotes mid-sentence, after a reporting clause or not
    for body in (
        "أعلنت الوزارة استدعاء سيارات «هيونداي جينيسيس» من الأسواق.",
        "وأكد الوزير استعداد بلاده «للقيام بالمزيد» في الحرب على الإرهاب.",
        "وتعتبر إسرائيل القدس عاصمتها «الأبدية والموحدة» في كل المناسبات.",
    ):
        assert story_quotes(body).empty, body


def test_two_quoted_words_where_speech_stands_stay_a_quote():
    # right after a reporting word or a complementiser, ending the sentence, or before
    # a reporting word: what was said
    for body, said in (
        ("فقال «لا تغضب»، ثم مضى إلى بيته.", "لا تغضب"),
        ("وأكد الوزير أن «الوضع مستقر» في المدينة.", "الوضع مستقر"),
        # in the complement of a reporting word, a partial quote (the embedded story's
        # «دوراً مركزياً» after أكد ... أن روسيا لعبت)
        ("وأكد الوزير أن الاتفاق سيجعل المنطقة «أكثر أمنا» في السنوات المقبلة.", "أكثر أمنا"),
        ("وأضاف الوزير خالد العمر «نحن مستعدون».", "نحن مستعدون"),
        ("وكان الوزير خالد العمر «سعيدا جدا» قال للصحفيين.", "سعيدا جدا"),
    ):
        assert list(story_quotes(body)["text"]) == [said], body


def test_the_subject_before_the_verb_speaks_not_its_object():
    # a headline's subject-verb-object order: Kerry warns Israel, Kerry speaks
    kerry = ("كيري", "PERSON", "person:john-kerry")
    israel = ("إسرائيل", "LOC", "country:israel")
    text = "كيري يحذّر إسرائيل: أي تحرك منفرد ضد إيران سيكون «خطأ جسيما»"
    q = named_quotes(text, kerry, israel)
    assert _cols(q, with_id=True) == [("كيري", "person:john-kerry", "named", "", "")]
    # with a conjunction before the subject too; an object before the verb is none
    q = named_quotes("وكيري يحذّر إسرائيل: «العزلة ستزداد»", kerry, israel)
    assert list(q["speaker"]) == ["كيري"]
    q = named_quotes("استقبل الوزير كيري وقال إسرائيل: «العزلة ستزداد»", kerry, israel)
    assert list(q["speaker"]) == ["إسرائيل"]
    # verb-subject order is as before: the phrase after the verb speaks
    q = story_quotes("وحذر وزير الخارجية الأمريكي جون كيري إسرائيل من أن «عزلتها ستزداد».")
    assert list(q["speaker"]) == ["جون كيري"]


def test_a_players_role_with_a_club_needs_its_name():
    # قائد (captain) in construct with a club names a person: no name, nobody (the
    # club is no speaker, nor is the role an office that speaks for its body)
    q = story_quotes("وقال قائد مانشستر يونايتد: «سنعود أقوى».")
    assert _cols(q) == [("-", "unknown", "unnamed_role", "قائد مانشستر يونايتد")]
    # with the name, the person; the bare role again later, the person named with it
    q = story_quotes(
        "وقال قائد مانشستر يونايتد واين روني: «سنعود أقوى». "
        "وأضاف قائد مانشستر يونايتد: «الفوز قريب»."
    )
    assert _cols(q) == [
        ("واين روني", "named", "", "قائد مانشستر يونايتد"),
        ("واين روني", "carried", "", "قائد مانشستر يونايتد"),
    ]
    # an office in construct with a body of two words or more speaks as that office, as
    # رئيس الاتحاد السعودي لكرة القدم does (session 10): the organisation opening right
    # after the title is its possessor even when its mention runs past the next word
    q = story_quotes("وقال رئيس أرامكو السعودية: «الإنتاج مستقر».")
    assert _cols(q) == [("رئيس أرامكو السعودية", "named", "", "رئيس أرامكو السعودية")]


def test_a_one_word_name_of_the_entity_rules_is_written_in_full():
    # the entity rules stopped at the first name (a name they do not know follows):
    # the speaker is the name as the phrase writes it, up to its comma or role
    amir = ("عامير", "PERSON", "rule:PERSON:عامير")
    q = named_quotes("وقال عامير أورين، الصحافي، إن «القرار ليس بادرة».", amir)
    assert _cols(q, with_id=True) == [("عامير أورين", "phrase:عامير اورين", "named", "", "")]
    # a particle inside the name goes with it, a role after it does not
    q = named_quotes(
        "وقال كوبوس دي ستواردت رئيس المنظمة: «لا بد من لجنة».",
        ("كوبوس", "PERSON", "rule:PERSON:كوبوس"),
    )
    assert list(q["speaker"]) == ["كوبوس دي ستواردت"]
    # a player's noun, an everyday word or a definite word that is no nisba ends it
    for text, name in (
        ("وقال روني لاعب الفريق: «سنعود».", "روني"),
        ("وقال فانينج الملقب بالبرق: «كنت جالسا».", "فانينج"),
        ("وقال عائض الزهراني: «أحبته البلاد».", "عائض الزهراني"),
    ):
        who = (text.split()[1], "PERSON", "rule:PERSON:" + text.split()[1])
        assert list(named_quotes(text, who)["speaker"]) == [name], text


def test_a_name_opening_with_bin_is_the_storys_fuller_name():
    # the story wrote the name in full before; the short form opening with بن is that
    # person, whose full name holds it (not at its start)
    full = ("محمد بن دليم القحطاني", "PERSON", "rule:PERSON:محمد_بن_دليم_القحطاني")
    text = (
        "وأكد الدكتور محمد بن دليم القحطاني أن «الجامعات تتغير». "
        "وأوضح بن دليم: «أخشى البيروقراطية»."
    )
    q = named_quotes(text, full)
    assert list(q["speaker"]) == ["محمد بن دليم القحطاني"] * 2
    assert list(q["attribution"]) == ["named", "named"]
    # with two such people, neither: the phrase as written
    other = ("سعد بن دليم الشهري", "PERSON", "rule:PERSON:سعد_بن_دليم_الشهري")
    q = named_quotes(text.replace("الدكتور", "سعد بن دليم الشهري و"), full, other)
    assert list(q["speaker"])[-1] == "بن دليم"


def test_what_a_verb_of_deeming_describes_is_its_object():
    # وصف X بأنه / تعتبر X «...»: X is what is described, not who describes it; the
    # subject before the verb speaks
    zarif = ("محمد جواد ظريف", "PERSON", "person:mohammad-javad-zarif")
    text = "وزير الخارجية الإيراني محمد جواد ظريف وصف الاتفاق بأنه «ليس مثاليا»."
    assert list(named_quotes(text, zarif)["speaker"]) == ["محمد جواد ظريف"]
    # with nobody before the verb, the last speaker goes on (here: none, unknown)
    q = named_quotes("وتعتبر الاتفاق «خطأ تاريخيا خطيرا».")
    assert _cols(q) == [("-", "unknown", "no_subject", "")]
    # a subject after the verb is the speaker, as before (اعتبر X أن: X speaks)
    q = named_quotes("واعتبر ظريف أن «الاتفاق يفتح صفحة جديدة».", ("ظريف", "PERSON", "p:z"))
    assert list(q["speaker"]) == ["ظريف"]


def test_a_surname_in_quote_marks_is_the_storys_person():
    # a one-word short form written in quote marks after the verb: the person the story
    # named in full before, as without the marks
    full = ("محمد بن سليمان الحسين", "PERSON", "rule:PERSON:محمد_بن_سليمان_الحسين")
    text = (
        "وأوضح المدير محمد بن سليمان الحسين أن الوثيقة تشمل العلاج. "
        'وقال "الحسين": "الوثيقة إلزامية لكل زائر".'
    )
    q = named_quotes(text, full)
    assert list(q["speaker"]) == ["محمد بن سليمان الحسين"]
    # a quoted name that is nobody of the story stays the name as written
    q = named_quotes('أعلنت "إي إف جي هيرميس": "الأرباح ارتفعت".')
    assert list(q["speaker"]) == ["إي إف جي هيرميس"]


def test_a_relative_after_the_clauses_first_verb_speaks_for_its_quote():
    # the mother, subject of the clause's first verb, speaks the quote of وتقول; the
    # lawyer quoted before her is no longer carried to it
    text = (
        "وقالت المحامية هدى زهران إن «الحكم صدر غيابيا». "
        "وتروي الأم تفاصيل الواقعة، وتقول «طلقت من زوجي، فرفعت دعوى للحصول على حضانتها»."
    )
    q = story_quotes(text)
    assert list(q["speaker"]) == ["هدى زهران", "الأم"]
    assert list(q["attribution"]) == ["named", "named"]
    # one story's mother: her id holds the story id, so another story's الأم is
    # another speaker in the per-outlet tables (a hostile tester saw them summed)
    assert q["speaker_id"].iloc[1] == "phrase:الام@" + q["story_id"].iloc[1]
    # a role's noun there is no relative: the speaker named before is carried as before
    text = (
        "وقال المستشار محمد بن حسن إن «الإعلام تغير». "
        "كما يصف المستشار تلك البرامج، ويقول «إنها وسائل تواصل اجتماعي لا إعلام»."
    )
    assert list(story_quotes(text)["speaker"]) == ["محمد بن حسن"] * 2
