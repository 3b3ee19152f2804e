"""Session 21: quote speakers by kind (issue 13 item 4), from a newcomer's reading of the
main job on SaudiNewsNet (session 20). Sentences written for the tests after the raw
ones; each expected row worked out by hand: (text, speaker, attribution, unknown_reason,
speaker_role)."""

from __future__ import annotations

from quote_cases import quote_rows

NETANYAHU = "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن بلاده لن تتراجع. "
SPEECH = "لا سلام مع الاستيطان والعدوان المستمر"


# 1. A person named after a body noun in construct owns the verb's object, no subject


def test_person_after_body_noun_is_no_subject():
    # حكومة نتانياهو is the object of حمّلت; the feminine participle agrees with the
    # organisation that opens the clause, which speaks
    body = (
        "حمّلت منظمة التحرير الفلسطينية حكومة نتانياهو المسؤولية الكاملة عن الجريمة، "
        'معتبرة أن "هذه الجريمة نتيجة مباشرة لسياسة الحكومة".'
    )
    assert quote_rows(body) == [
        ("هذه الجريمة نتيجة مباشرة لسياسة الحكومة", "منظمة التحرير الفلسطينية", "named", "", "")
    ]


def test_person_after_definite_noun_stays_subject():
    # neighbour: no body noun in construct before the name (a title, الرئيس), the person
    # is the participle's subject as before
    body = (
        "انتقد الرئيس الأمريكي باراك أوباما الاستيطان بشدة، "
        'مؤكداً أن "هذه السياسة تقوض فرص السلام في المنطقة".'
    )
    assert quote_rows(body)[0][1:3] == ("باراك أوباما", "named")


# 2. A subject before its verb after غير أن، إلا أن، كما أن، لكن speaks


def test_subject_after_ghayra_anna_speaks():
    # غير أن عريقات أكد: subject-verb order; before, نتنياهو was carried
    body = NETANYAHU + f'غير أن عريقات أكد أنه "{SPEECH}".'
    assert quote_rows(body) == [(SPEECH, "صائب عريقات", "named", "", "")]


def test_role_after_kama_anna_speaks_not_the_last_speaker():
    # كما أن المتحدث باسم الحكومة أكد: the role, unnamed, speaks (unknown), not نتنياهو
    body = NETANYAHU + 'كما أن المتحدث باسم الحكومة أكد أن "الحكومة ماضية في خططها".'
    assert quote_rows(body) == [
        ("الحكومة ماضية في خططها", "", "unknown", "unnamed_role", "المتحدث باسم الحكومة")
    ]


def test_lakin_subject_and_titled_subject():
    assert quote_rows(NETANYAHU + f'ولكن عريقات قال "{SPEECH}".') == [
        (SPEECH, "صائب عريقات", "named", "", "")
    ]
    body = NETANYAHU + f'إلا أن وزير الخارجية الفلسطيني رياض المالكي قال: "{SPEECH}".'
    assert quote_rows(body)[0][1:3] == ("رياض المالكي", "named")


def test_ghayr_alone_opens_no_subject():
    # neighbour: غير without أن is another word (غير معروف); the verb's own subject after
    # it speaks as before
    body = NETANYAHU + f'وقال عريقات "{SPEECH}".'
    assert quote_rows(body)[0][1:3] == ("صائب عريقات", "named")


# 3. A quoted surname alone is the full name the story wrote


def test_quoted_surname_takes_the_full_name():
    # the entity rules may cut محمد بن سليمان الحسين short; the name as written is the
    # speaker, not «الحسين» alone
    body = (
        "أكد الأمين العام لمجلس الضمان الصحي التعاوني محمد بن سليمان الحسين، أن الوثيقة "
        'تشمل العلاج. وقال "الحسين": "وثيقة التأمين الصحي على الزائرين تشمل جميع المتقدمين".'
    )
    assert quote_rows(body)[-1][1:3] == ("محمد بن سليمان الحسين", "named")


def test_quoted_surname_takes_the_quoted_full_name():
    # «الخضر لصور» in quote marks after his role, then وأشار "لصور": one person
    body = (
        'قال مدير عام مكتب الصحة والسكان بالمحافظة "الخضر لصور" إن الوضع صعب. '
        'وأشار "لصور" إلى "أن الوضع الصحي في عدن استثنائي ومعظم المستشفيات".'
    )
    assert quote_rows(body)[-1][1:3] == ("الخضر لصور", "named")


def test_quoted_surname_of_two_people_stays_as_written():
    # neighbour: two quoted names end with the surname: no one of them is chosen
    body = (
        'حضر "الخضر لصور" ومعه "الطيب لصور" الاجتماع. '
        'وأشار "لصور" إلى "أن الوضع الصحي في عدن استثنائي ومعظم المستشفيات".'
    )
    assert quote_rows(body)[-1][1] == "لصور"


# 4. A deeming verb's quoted label stays a partial quote (sessions 10 and 12)


def test_deemed_label_stays_a_partial_quote():
    # the newcomer read وصفته إسرائيل بأنه "ارهابي" as scare quotes; sessions 10 and 12
    # keep a deeming verb's one or two quoted words as the subject's own (ووصف المدرب
    # الفوز بأنه «تاريخي»), so it stays a quote (its speaker: left for later)
    assert [r[0] for r in quote_rows("أكدت نيكول كيدمان أنها «سعيدة» بالدور.")] == ["سعيدة"]
    rows = quote_rows("واعتبر الوزير الاتفاق بأنه «خطوة مهمة» للبلاد.")
    assert [r[0] for r in rows] == ["خطوة مهمة"]


# 5. A bare common noun is no speaker: a header's label before a colon


def test_header_label_is_no_speaker():
    # a mail's fields (التاريخ، من، الموضوع): the subject line names nobody
    body = (
        "وفي ما يلي ملخص رسالة إلكترونية:\nالتاريخ: 24 - 10 - 2011\nمن: لورين غودريتش.\n"
        "الموضوع: «مجاهدو القوقاز في خراسان»."
    )
    assert quote_rows(body) == [("مجاهدو القوقاز في خراسان", "", "unknown", "not_a_speaker", "")]


def test_title_before_colon_stays_a_role():
    # neighbour: a title before the colon is a role (unnamed here), as before
    assert quote_rows("المتحدث الرسمي: «العمل مستمر في كل المناطق».") == [
        ("العمل مستمر في كل المناطق", "", "unknown", "unnamed_role", "المتحدث الرسمي")
    ]
