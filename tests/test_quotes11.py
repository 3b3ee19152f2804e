"""Quote speakers, session 11 (issue 13, item 4): kinds last session's reviewers and
newcomers found in a real week's quotes table, each fixed as a kind and tested on its
instance and neighbours, right values worked out by hand.

The sentences are written for these tests (patterns seen in the outlets), not copied
from a corpus.
"""

from __future__ import annotations

import pandas as pd
from entity_stories import person_rows, stories
from quote_cases import MENTION_COLS, story_quotes
from quote_cases import mention as _mention
from quote_cases import named_quotes as _quotes
from quote_cases import speaker_cols as _cols
from quote_cases import zones as _z

from helpers.charsets import HONORIFIC_LIGATURE_SET
from helpers.entities import extract_entities
from helpers.quotes import extract_quotes

_SAID = "«إنما الأعمال بالنيات وإنما لكل امرئ ما نوى»."


def test_the_honorific_ligatures_are_the_unicode_charts_ones():
    # Unicode 15.0, Arabic Presentation Forms-A: U+FD40-FD4F (Unicode 14), U+FDFA ﷺ,
    # U+FDFB ﷻ, U+FDFD-FDFF; not U+FDFC, the rial sign, nor U+FDF2 (الله, a word)
    # U+FDCF ﷏ (Unicode 14, session 12); U+FDF5, FDF7-FDF9 (quotes11b)
    assert len(HONORIFIC_LIGATURE_SET) == 16 + 1 + 4 + 2 + 3
    assert {"\ufdfa", "\ufdfb", "\ufd40", "\ufdff"} <= HONORIFIC_LIGATURE_SET
    assert not {"\ufdfc", "\ufdf2"} & HONORIFIC_LIGATURE_SET


def test_the_blessing_ligature_is_no_entity_nor_part_of_a_name():
    # ﷺ before a reporting verb was a PERSON of its own (rule:PERSON:صلى الله عليه وسلم),
    # and after a first name it ran the name on (محمد ﷺ)
    assert person_rows("ﷺ قال إن الدين يسر.", "entity_id") == []
    assert person_rows("وقال الشيخ محمد ﷺ إن الدين يسر.", "surface") == [("محمد", "محمد")]
    m = extract_entities(stories("وقال أبو بكر ﵁ إن الدين يسر. قال النبي ﷺ لأصحابه."))
    assert not m["surface"].str.contains("[\ufdfa\ufd41]").any()


def test_the_blessing_ligature_ends_the_speaker_and_is_no_speaker():
    # as the blessing in words ends a phrase (session 10), so does its ligature; alone
    # it is nobody (the subject is a pronoun). Since session 12 the phrase before a
    # tasliya is religious narration, no news speaker (quotes.religious._narrated):
    # unknown, as God's words are; a ligature said of anyone dead (﵀) leaves the
    # phrase its speaker
    q = story_quotes("قال رسول الله ﷺ: " + _SAID)
    assert list(q["speaker_id"]) == [""]
    assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]
    q = story_quotes("يقول النبي ﷺ: " + _SAID)
    assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]
    q = story_quotes("قال الشيخ عبدالله الراشد \ufd40: " + _SAID)
    assert _cols(q) == [("عبدالله الراشد", "named", "", "الشيخ")]
    q = story_quotes("قال ﷺ: " + _SAID)
    assert _cols(q) == [("-", "unknown", "not_a_speaker", "")]


def test_words_of_the_quotation_are_no_speaker():
    # «لا تغضب» after فقال was read as a quoted name in the subject's slot, and the next
    # quotes were carried from it: a span opening with a particle is speech
    text = "قال ابن عمر: «قل لي قولا أعقله»، فقال «لا تغضب»، فأعدت فقال: «لا تغضب»."
    q = _quotes(text)
    assert list(q["text"]) == ["قل لي قولا أعقله", "لا تغضب", "لا تغضب"]
    assert "لا تغضب" not in set(q["speaker"].fillna(""))
    # a quoted name in that slot stays a name, no quotation (session 7)
    assert _quotes("أعلنت «إي إف جي هيرميس» أن أرباحها ارتفعت.").empty


def test_a_saying_or_proverb_speaks_only_through_its_author():
    # a saying (مقولة) or proverb (المثل) is a statement: with no author named, nobody
    # (unknown, statement), its phrase kept; a nisba after it names no author
    q = _quotes("كما يقول المثل الشامي «خرج من المولد بلا حمص».")
    assert _cols(q) == [("-", "unknown", "statement", "المثل الشامي")]
    q = _quotes("فيديو مواطن يؤكد مقولة «توقفوا عن جعل الحمقى مشاهير».")
    assert _cols(q) == [("-", "unknown", "statement", "مقولة")]
    # the author named after it speaks, as the issuer of بيان المعارضة
    text = "وتتأكد مقولة ونستون تشرشل: «في العلاقات الدولية لا توجد صداقات دائمة»."
    q = _quotes(text, ("ونستون تشرشل", "PERSON", "rule:PERSON:ونستون_تشرشل"))
    assert _cols(q) == [("ونستون تشرشل", "named", "", "")]


def test_an_indefinite_statement_after_the_verb_is_its_object():
    # رسالة وداع طويلة: an indefinite complement names no issuer (was «وداع طويلة»);
    # the statement is what the subject before the verb wrote
    text = "الدكتور خالد السلطاني، كتب رسالة وداع طويلة: «وداعا يا معلمنا الكبير»."
    q = _quotes(text, ("خالد السلطاني", "PERSON", "rule:PERSON:خالد_سلطاني"))
    assert _cols(q) == [("خالد السلطاني", "named", "", "")]
    q = _quotes("وكتب رسالة وداع طويلة: «وداعا يا معلمنا الكبير».")
    assert _cols(q) == [("-", "unknown", "statement", "رسالة وداع طويلة")]


def test_the_speaker_of_words_ascribed_is_after_ila():
    # نسب X إلى Y قوله: the words are Y's, as after عن (نقل X عن Y قوله), never X's
    said = " قوله إن «المملكة لن تقبل بالتدخل في شؤونها الداخلية»."
    text = "ونسبت وكالة رويترز إلى مسؤول أمريكي" + said
    q = _quotes(text, ("وكالة رويترز", "ORG", "org:reuters"))
    assert _cols(q) == [("-", "unknown", "unnamed_source", "مسؤول أمريكي")]
    # a bare title after إلى is its holder named earlier (carried), not the paper
    text = "التقى وزير الخارجية عادل الجبير نظيره. ونسبت صحيفة الحياة إلى الوزير" + said
    q = _quotes(
        text,
        ("عادل الجبير", "PERSON", "rule:PERSON:عادل_جبير"),
        ("صحيفة الحياة", "ORG", "org:al-hayat-newspaper"),
    )
    assert _cols(q) == [("عادل الجبير", "carried", "", "الوزير")]
    # إلى with a pronoun: the pronoun's antecedent, the last speaker of its gender
    text = "وقال الوزير عادل الجبير: «نعم للحوار». ونسبت الصحيفة إليه" + said
    q = _quotes(text, ("عادل الجبير", "PERSON", "rule:PERSON:عادل_جبير"))
    assert list(q["speaker"]) == ["عادل الجبير", "عادل الجبير"]


def test_a_relative_the_writer_possesses_is_unnamed_with_a_title_too():
    # والدي alone was unnamed (session 10); with an obituary title before it, it was the
    # speaker «المرحوم والدي»: a relative nobody names, whatever title he is given
    for text, role in (
        ("وقال المرحوم والدي: «العلم نور والجهل ظلام في كل زمان».", "المرحوم والدي"),
        ("وقالت الراحلة أمي: «العلم نور والجهل ظلام في كل زمان».", "الراحلة أمي"),
        ("وقالت أمي: «العلم نور والجهل ظلام في كل زمان».", "أمي"),
    ):
        assert _cols(_quotes(text)) == [("-", "unknown", "unnamed_source", role)]
    # the relative named: the name speaks (and أم before a name is still a kunya)
    text = "وقال الراحل والدي محمد العلي: «العلم نور والجهل ظلام في كل زمان»."
    q = _quotes(text, ("محمد العلي", "PERSON", "rule:PERSON:محمد_علي"))
    assert _cols(q) == [("محمد العلي", "named", "", "الراحل والدي")]
    q = _quotes("وقالت أم محمد: «ستبدأ الدراسة في موعدها المحدد».")
    assert _cols(q) == [("أم محمد", "named", "", "")]


def test_the_addressee_is_no_part_of_the_role():
    # لنظيره: a person's noun with a pronoun in ل is spoken to; the role ends before it
    for text, role in (
        ("وقال وزير الخارجية لنظيره الأمريكي: «نرفض التدخل في شؤوننا».", "وزير الخارجية"),
        ("وقال رئيس الاتحاد لصحيفته: «ستبدأ البطولة في موعدها المحدد».", "رئيس الاتحاد"),
    ):
        assert _cols(_quotes(text)) == [("-", "unknown", "unnamed_role", role)]
    # a body in ل is the role's (session 10)
    text = "وقال المتحدث الرسمي لوزارة التعليم: «ستبدأ الدراسة في موعدها المحدد»."
    q = _quotes(text, ("وزارة التعليم", "ORG", "org:moe"))
    office = "المتحدث الرسمي لوزارة التعليم"
    assert _cols(q) == [(office, "named", "", office)]


def test_a_first_name_run_on_into_the_object_is_the_storys_fuller_name():
    # the entity rules read خالد اختفاء (the prince, then the verb's object) as a name;
    # the story names الأمير خالد آل سعود, so the first name is his
    first = "وقال الأمير خالد آل سعود: «لا أعز لدينا من وطننا». "
    second = "واستنكر الأمير خالد اختفاء بعض الأقلام قائلا: «بعض الأقلام اختفت فجأة»."
    full = ("خالد آل سعود", "PERSON", "rule:PERSON:خالد_ال_سعود")
    run_on = ("خالد اختفاء", "PERSON", "rule:PERSON:خالد_اختفاء")
    q = _quotes(first + second, full, run_on)
    assert list(q["speaker_id"]) == ["rule:PERSON:خالد_ال_سعود"] * 2
    # with no fuller خالد in the story nothing tells the name from a family name: kept
    q = _quotes(second, run_on)
    assert list(q["speaker_id"]) == ["rule:PERSON:خالد_اختفاء"]
    # a story's only محمد with a family name that is also a word (فاضل) stays whole
    text = "وقال مدير المسجد محمد فاضل: «نتوقع أن تجتذب المخطوطة الناس»."
    q = _quotes(text, ("محمد فاضل", "PERSON", "rule:PERSON:محمد_فاضل"))
    assert list(q["speaker"]) == ["محمد فاضل"]


def test_the_short_style_is_the_person_its_full_form_names():
    # وقال خادم الحرمين (no الشريفين) was the phrase «خادم الحرمين», though the story
    # names the king with the full style right before his name
    said = " في كلمة للحضور: «يسعدني في هذا اليوم الالتقاء بكم»."
    text = "وجه خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز المسؤولين. وقال خادم الحرمين" + said
    king = ("سلمان بن عبدالعزيز", "PERSON", "person:king-salman")
    q = _quotes(text, king)
    assert list(q["speaker_id"]) == ["person:king-salman"]
    assert _cols(q) == [("سلمان بن عبدالعزيز", "named", "", "خادم الحرمين")]
    # the style as the gazetteer's alias, a mention of its own (people.csv)
    text = "وأكد خادم الحرمين الشريفين دعمه للرياضة. وقال خادم الحرمين" + said
    row = dict(_mention(text, "خادم الحرمين الشريفين", "PERSON", "person:king-salman"))
    row["canonical"] = "سلمان بن عبدالعزيز"
    q = extract_quotes(_z(text), mentions=pd.DataFrame([row], columns=MENTION_COLS))
    assert list(q["speaker_id"]) == ["person:king-salman"]
    # no person named with it in the story: the phrase as before
    assert list(_quotes("وقال خادم الحرمين" + said)["speaker"]) == ["خادم الحرمين"]
    # a phrase that is no style or title names nobody it precedes (ولد الشيخ أحمد)
    text = "التقى إسماعيل ولد الشيخ أحمد الوزير. وقال ولد الشيخ: «نريد هدنة دائمة في البلاد»."
    q = _quotes(text, ("أحمد", "PERSON", "rule:PERSON:احمد"))
    assert list(q["speaker"]) == ["ولد الشيخ"]


def test_an_issuer_is_a_name_a_body_or_a_definite_word():
    # تقرير دار الإفتاء (construct), تغريدة بيكر (one rare word) name the issuer;
    # التقرير السنوي (a lone nisba) does not
    q = _quotes("وأكد تقرير دار الإفتاء أن «التمويل سر قوة التنظيم المتطرف».")
    assert _cols(q) == [("دار الإفتاء", "named", "", "")]
    q = _quotes("وقالت تغريدة بيكر: «قبل مغادرتي العمل نشر الزملاء رواتبهم».")
    assert _cols(q) == [("بيكر", "named", "", "")]
    q = _quotes("وأفاد التقرير السنوي أن «المحاسبة القضائية لا تزال متدنية».")
    assert _cols(q) == [("-", "unknown", "statement", "التقرير السنوي")]


def test_a_plural_in_construct_is_no_possessed_relative():
    # باحثي الطوارئ is "researchers of", not "my researcher": the role stays a phrase
    text = "وقال كبير باحثي الطوارئ: «أطلعنا السلطات على تفاصيل الهجمات»."
    assert list(_quotes(text)["speaker"]) == ["كبير باحثي الطوارئ"]


def test_spellings_of_one_name_are_one_speaker_per_group():
    # مورينيو / مورينهو were two speakers of the outlets' table though the entity counts
    # group the spellings (aliases.corpus_variants); per story each keeps its own
    from helpers.quotes import quotes_per_speaker

    q = pd.DataFrame(
        {
            "story_id": ["s1", "s1", "s2"],
            "speaker_id": ["rule:PERSON:جوزيه_مورينهو"] * 2 + ["rule:PERSON:جوزيه_مورينيو"],
            "speaker": ["جوزيه مورينهو"] * 2 + ["جوزيه مورينيو"],
            "text": ["كان مرهقا للغاية", "أنا سعيد جدا", "هازارد الأفضل"],
        }
    )
    st = pd.DataFrame({"story_id": ["s1", "s2"], "outlet": ["aawsat", "alweeam"]})
    t = quotes_per_speaker(q, by="outlet", stories=st)
    # the group is named by its id with the most quotes (2 against 1)
    assert list(zip(t["outlet"], t["speaker_id"], t["speaker"], t["quotes"], strict=True)) == [
        ("aawsat", "rule:PERSON:جوزيه_مورينهو", "جوزيه مورينهو", 2),
        ("alweeam", "rule:PERSON:جوزيه_مورينهو", "جوزيه مورينهو", 1),
    ]
    assert list(quotes_per_speaker(q)["speaker"]) == ["جوزيه مورينهو", "جوزيه مورينيو"]
    # a phrase speaker (no entity) is left as written: the rule is the entity layer's
    q2 = q.assign(speaker_id=["phrase:جوزيه مورينهو"] * 2 + ["phrase:جوزيه مورينيو"])
    t = quotes_per_speaker(q2, by="outlet", stories=st)
    assert list(t["speaker_id"]) == ["phrase:جوزيه مورينهو", "phrase:جوزيه مورينيو"]


def test_time_words_a_preposition_and_an_honorific_end_or_skip_the_phrase():
    # يوم السبت, الماضي: time words between the verb and its subject (none here: the
    # speaker named before goes on); ضمن ends a phrase like في; تبارك is God's honorific
    khamenei = ("خامنئي", "PERSON", "person:ali-khamenei")
    text = "وقال خامنئي: «لن نقبل». لكنه قال يوم السبت إنه «لن يسمح بالمساس بأمن إيران»."
    q = _quotes(text, khamenei)
    assert _cols(q) == [("خامنئي", "named", "", ""), ("خامنئي", "carried", "", "")]
    q = _quotes("كتبت يوم السبت الماضي مقالا قلت فيه: «الفرح حق للجميع في العيد».")
    assert list(q["speaker"].replace("", "-")) == ["-"]
    text = "يقول الكوراني ضمن خزعبلاته في كتابه: «يخرج المهدي من اليمن في آخر الزمان»."
    assert list(_quotes(text)["speaker"]) == ["الكوراني"]
    text = "يقول الحق تبارك وتعالى في سورة الرعد: «إن الله لا يغير ما بقوم»."
    # session 14 (fixq14): الحق before God's honorific is God, a verse's speaker (as
    # يقول الله تعالى): no news speaker
    assert _cols(_quotes(text)) == [("-", "unknown", "not_a_speaker", "")]


def test_an_everyday_indefinite_word_after_a_definite_subject_opens_the_object():
    # a definite noun takes no indefinite adjective nor complement: the word opens the
    # verb's object, no part of the speaker (الفاتيكان ربط، البيت الأبيض مقتل)
    text = "ووصف البيت الأبيض مقتل الوحيشي بأنه «ضربة قوية للتنظيم»."
    q = _quotes(
        text,
        ("البيت الأبيض", "ORG", "org:white-house"),
        ("الوحيشي", "PERSON", "rule:PERSON:وحيشي"),
    )
    assert list(q["speaker_id"]) == ["org:white-house"]
    text = "وأعلن سلاح الجو الليبي استمرار الغارات قائلا: «نستهدف مواقع الميليشيات»."
    assert list(_quotes(text)["speaker"]) == ["سلاح الجو الليبي"]
    # a name after a role is indefinite and may be a word: it stays (صديق آبا)
    text = "يقول الصحافي النيجري صديق آبا إن «كل العائلات تضررت من الحرب»."
    assert list(_quotes(text)["speaker"]) == ["الصحافي النيجري صديق آبا"]
    # ... and so do a name with الله and an emphatic pronoun (نفسها)
    text = "وقال عبيد الله عبيد: «قوات الأمن تتقدم في المنطقة»."
    assert list(_quotes(text)["speaker"]) == ["عبيد الله عبيد"]
    text = "وأوضح المصدر ذاته أن «التحقيق مستمر مع الموظفين»."
    assert _cols(_quotes(text)) == [("-", "unknown", "unnamed_source", "المصدر ذاته")]


def test_a_manner_after_the_conjunction_is_no_subject():
    # اعترف وبمنتهى الوضوح: و + ب opens a manner as ب alone does (قال بهدوء); the speaker
    # named before goes on (was the speaker «وبمنتهى الوضوح»)
    text = (
        "أكد الرئيس الإيراني حسن روحاني أن «المفاوضات نجحت». وقال روحاني إن المجلس "
        "اعترف وبمنتهى الوضوح بحقنا. وصرح أن: «إيران سعت لتأسيس حقها في التخصيب»."
    )
    rouhani = ("حسن روحاني", "PERSON", "person:hassan-rouhani")
    q = _quotes(text, rouhani)
    assert list(q["speaker_id"]) == ["person:hassan-rouhani"] * 2


def test_people_nobody_names_are_unnamed_sources():
    # a voter, a housewife, specialists, the two lawyers, a relative of the accused: no
    # name, no speaker of their own (were phrase speakers «ناخبة»، «ربة منزل»...)
    for text, role in (
        ("وقالت ناخبة في حي غيوشا: «لا أريد أن أدلي بصوتي».", "ناخبة"),
        ("قالت ربة منزل لأسرتها: «هذه آخر وجبة طماطم».", "ربة منزل"),
        ("ويرى متخصصون في أمن المعلومات أن «الابتعاث مفيد».", "متخصصون"),
        ("وقال المحاميان يومها «بخلاف القانون أغلق الملف».", "المحاميان"),
        ("وقال قريب الجاني: «في الليلة نفسها هرب من المنزل».", "قريب الجاني"),
    ):
        assert _cols(_quotes(text)) == [("-", "unknown", "unnamed_source", role)]
    # with a name they are that person (as المواطن محمد العلي)
    text = "وقال المحامي ريد برودي: «القضية عادلة»."
    q = _quotes(text, ("ريد برودي", "PERSON", "rule:PERSON:ريد_برودي"))
    assert list(q["speaker"]) == ["ريد برودي"]


def test_a_speaker_phrase_holding_punctuation_is_read_by_its_word_tokens():
    # 2015-07-21 (aawsat): the headline-style phrase «سألتها، فردت» before a colon holds a
    # comma; _alias_holder asked the analyser about «سألتها،», which is no token, and
    # extract_quotes raised ArgumentError on the whole day
    text = "ولمن تتجهين؟ سألتها، فردت: «تشهد الساحة الفنية العربية حاليا وجود مواهب عدة»."
    q = _quotes(text)
    assert list(q["text"]) == ["تشهد الساحة الفنية العربية حاليا وجود مواهب عدة"]
