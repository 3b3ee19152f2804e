"""The word lists of the rules (:mod:`helpers.entities.rules`): titles, modifiers, name
particles, ORG and place head nouns, adjectives and openers, as key sets normalised at
import (:func:`_keys`, :func:`helpers.entities.keys.surface_key`), and the loaders of the
lists read from the lexicon (noun names, generated first names, nisbas, ORG fields).
A user can extend a set here; every rule module reads it from this module."""

from __future__ import annotations

from functools import lru_cache

from helpers.charsets import DASH_SET, TATWEEL
from helpers.entities.keys import surface_key
from helpers.text import quote_words
from helpers.text.tokenize import QUOTED_NAME_WORDS


def _k(word: str) -> str:
    """Key of one lexicon word (:func:`helpers.entities.keys.word_key`)."""
    return surface_key(word)


def _keys(words: str) -> frozenset[str]:
    return frozenset(_k(w) for w in words.split())


#: Titles and roles before a person's name, as key tuples (article removed).
TITLES: frozenset[tuple[str, ...]] = frozenset(
    tuple(_k(w) for w in t.split())
    for t in [
        "الرئيس",
        "رئيس",
        "الرئيسة",
        "نائب",
        "الوزير",
        "وزير",
        "الوزيرة",
        "وزيرة",
        "نظيره",
        "نظيرته",
        "نظيرها",
        "نظيريه",
        "المتحدث باسم",
        "المتحدثة باسم",
        "الناطق باسم",
        "الناطقة باسم",
        "الملك",
        "الملكة",
        "العاهل",
        "الأمير",
        "الأميرة",
        "الشيخ",
        "الشيخة",
        "السلطان",
        "الإمام",
        "ولي العهد",
        "الجنرال",
        "المشير",
        "اللواء",
        "العميد",
        "العقيد",
        # the other military and police ranks of Saudi news (المقدم محمد القرني ...
        # وذكر المقدم القرني; الرائد يحيى القحطاني، النقيب، الملازم)
        "المقدم",
        "الرائد",
        "النقيب",
        "الملازم",
        "الدكتور",
        "الدكتورة",
        # a title of the annotation guideline (tests/data/heldout/README.md)
        "المهندس",
        "المهندسة",
        "السيد",
        "السيدة",
        "السفير",
        "السفيرة",
        "المبعوث",
        "المبعوثة",
        "الأمين العام",
        "المستشار",
        "المستشارة",
        "النائب",
        "القائد",
        "قائد",
        "زعيم",
        "الزعيم",
        "المرشد",
        "البابا",
        "الطاغية",
        "المدير",
        "مدير",
        "مديرة",
        "المديرة",
        "المفوض",
        "الحاكم",
        "محافظ",
        "المحافظ",
        "الكاتب",
        "الكاتبة",
        "الصحافي",
        "الصحافية",
        "الصحفي",
        "المحلل",
        "الباحث",
        "الناشط",
        "الناشطة",
        "المعارض",
        "الداعية",
        "القيادي",
        "المرشح",
        "المرشحة",
        "السيناتور",
        "السناتور",  # the same title, spelt without ي (session 16)
        "الأدميرال",
        "القاضي",
        "القاضية",
        "المحامي",
        "المحامية",
        "الشاعر",
        "الشاعرة",
        "الفنان",
        "الفنانة",
        "الممثل",
        "الممثلة",
        "المخرج",
        "اللاعب",
        "اللاعبة",
        "المدرب",
        "البروفسور",
        "الأستاذ",
        "الأستاذة",
        "المرشد الأعلى",
        "آية الله",
        "الملا",
        "المطران",
        "البطريرك",
        "الحاخام",
        "الكاردينال",
        "القس",
        "رئيسة",
        "الرئيس التنفيذي",
        "المراسل",
        "المراسلة",
        "المتحدثة",
        "المتحدث",
        "الناطق",
        "الأمين العام المساعد",
        "المنسق",
        "المنسقة",
        "الموفد",
        # roles of sports and arts news before a player's or artist's name (المهاجم
        # السويدي زلاتان إبراهيموفيتش، النجم حسن عسيري)
        "المهاجم",
        "المدافع",
        "الحارس",
        "النجم",
        "النجمة",
        "المطرب",
        "المطربة",
        "المغني",
        "المغنية",
        "الروائي",
        "الروائية",
        "الملاكم",
        "العداء",
        "العداءة",
        "الدولي",
        # "called": قيادي يدعى أبو عواد
        "يدعى",
        "تدعى",
        "المدعو",
        "المدعوة",
        # family relations name the person that follows (ابنه جيب بوش)
        "ابنه",
        "ابنها",
        "ابنته",
        "نجله",
        "شقيقه",
        "شقيقها",
        "شقيقته",
        "زوجته",
        "زوجها",
        "والده",
        "والدته",
    ]
)
_TITLE_FIRST = frozenset(t[0] for t in TITLES)
#: Military and police ranks a rank word that is also a first name (رائد "major",
#: نقيب) follows as the man's first name: الفريق رائد شاكر جودت (the lieutenant
#: general Raed Shaker Jawdat, 2015-07-21 aawsat), :func:`helpers.entities.rules.names.
#: rank_first_name`. الفريق ("team" too) is a title only there.
RANKS_BEFORE_NAMES = _keys("الفريق المشير اللواء العميد العقيد المقدم")
#: Roles of sports news that a player's or coach's bare name follows, one or two words
#: the lexicon reads as no everyday word, then punctuation (المدرب بينات، اللاعب
#: تجارون شيري ،): :func:`helpers.entities.rules.names.bare_name_end` (session 21).
#: Each is a one-word title of :data:`TITLES`, asked with its article (لاعب آسيوي is no
#: role before a name).
PLAYER_ROLES = _keys("المدرب اللاعب اللاعبة الحارس المهاجم المدافع")
#: Qualifiers of a military or police rank written between the rank and the name,
#: with or without the article (العميد ركن أحمد عسيري، العقيد الركن، اللواء طيار،
#: العميد البحري عبدالله الغرير, العميد طيار ركن يوسف الحربي): "staff", "pilot",
#: "naval" (:func:`helpers.entities.rules.names.rank_end`; session 19).
RANK_QUALIFIERS = _keys("ركن طيار بحري")
#: Qualifiers of a rank written only without the article: a profession (اللواء مهندس
#: بندر بن علي) and أول of الفريق أول ركن ("general"; الفريق الأول is "the first
#: team", اللواء الأول "the first brigade": those take no name).
RANK_BARE_QUALIFIERS = _keys("مهندس طبيب أول")
#: Words between a title and the name: ministry/office complements of وزير، رئيس...
#: (any definite word is accepted there as well, see matcher).
TITLE_COMPLEMENT_HEADS = _keys("باسم مجلس هيئة وزارة حركة حزب الدولة شؤون")
#: Modifiers between a title and the name (nationality adjectives are recognised too).
MODIFIERS = _keys(
    "المخلوع المخلوعة السابق السابقة الأسبق الحالي الحالية الراحل الراحلة المنتخب "
    "المنتخبة المكلف المكلفة المؤقت المؤقتة الانتقالي الانتقالية الجديد الجديدة "
    "الأعلى الأول الأولى الخاص الخاصة الأممي الأممية الجمهوري الجمهورية الديمقراطي "
    "الديمقراطية المحافظ المحافظة العمالي"
)
#: Titles in construct state whose complement is an office, not an organisation name:
#: وزير الخارجية الروسي is a title, not the ministry.
CONSTRUCT_TITLES = _keys("وزير وزيرة رئيس رئيسة نائب مدير مديرة قائد أمين")
#: Honorifics that, written without the article between two first names, are a part
#: of the name (Somali and Egyptian names: حسن شيخ محمود، شريف شيخ أحمد، محمد سيد
#: أحمد), not the title of the next name (``names._name_extent``).
NAME_PART_TITLES = _keys("شيخ سيد")
#: Role nouns in construct that end a name when they follow it (``names._role_after``:
#: تميم بن عبد العزيز السالم مساعد المدير العام، فيصل العتيبي عضو مجلس الشورى): the
#: construct titles and the offices that are no title of their own (مساعد، عضو، وكيل،
#: مستشار، محافظ), which open no name, so they stay out of :data:`CONSTRUCT_TITLES`.
ROLES_AFTER_NAME = CONSTRUCT_TITLES | _keys("مساعد مساعدة عضو وكيل وكيلة مستشار مستشارة محافظ")
#: Prepositions that open a complement right after a name (``names._complement_after``:
#: رئيس اللجنة توماس باخ مع، ... في، ... على): a phrase of the verb, so a rare ب/ك word
#: before them closes the name as its surname after a title.
PREPOSITIONS_AFTER_NAME = _keys("مع في على إلى عن من لدى")
#: Titles that are also first names and stopwords (أمين "secretary", "amen"): after
#: another title they open a name of two words or more (الرئيس الأسبق أمين الجميل).
#: Not in data/first_names.txt, whose names the quote rules read as no role.
TITLE_NAMES = _keys("أمين")
#: Name particles inside a person's name.
PARTICLES = _keys("بن ابن بنت أبو أبي أبا أم عبد آل ولد بو")
#: Particles inside European names, written apart before the surname (رافايل دا سيلفا،
#: لوكا دي ميو، فان دايك، فون دير لاين): the name goes on after them.
FOREIGN_PARTICLES = _keys("دا دي دو دوس ديل دير فان فون لا")
_LA = _k("لا")
#: Particles that form a first name with the next word (a surname may follow).
COMPOUND_PARTICLES = _keys("أبو أبي أبا أم عبد")
#: The kunya particles of them, أبو / أم and the case forms أبي، أبا: the "father /
#: mother of" a child named by the next word (أم محمد، أبو ثنين).
KUNYA_PARTICLES = COMPOUND_PARTICLES - {_k("عبد")}

#: Indefinite head nouns that open an organisation's name (in construct state).
ORG_HEADS = _keys(
    "ديوان تنظيم هيئة حركة حزب وزارة مجلس منظمة جماعة قوات وكالة جبهة كتائب كتيبة لواء "
    "فيلق جيش شركة جامعة مؤسسة اتحاد تحالف ائتلاف صحيفة قناة مصرف بنك محكمة برلمان "
    "جمعية رابطة نقابة معهد مفوضية سرايا ميليشيا ميليشيات مليشيا مليشيات إذاعة "
    "إدارة بلدية مديرية لجنة غرفة نادي أمانة مستشفى شرطة سفارة قنصلية بورصة صندوق"
)
#: Heads of :data:`ORG_HEADS` of an armed force, which news names after its leader with
#: his name in quote marks (ميليشيات "صالح"، قوات المخلوع "صالح"): one quoted word there
#: that is a person's name is the man, no organisation (:func:`helpers.entities.rules.
#: bodies.leader_in_quotes`).
#: The militia head nouns as written, one group's name after any of them (session 22:
#: ميليشيات الحوثي، مليشيا الحوثي are the listed جماعة الحوثي; :data:`GROUP_HEAD_WORD`).
MILITIA_HEAD_WORDS = ("ميليشيا", "ميليشيات", "مليشيا", "مليشيات")
#: The head noun of the listed armed groups' names (جماعة الحوثي، جماعة بوكو حرام): a
#: listed alias that starts with it is the group's name after a militia head too
#: (:func:`helpers.entities.gazetteer.composed_aliases`).
GROUP_HEAD_WORD = "جماعة"
FORCE_HEADS = _keys(" ".join(("قوات", "كتائب", *MILITIA_HEAD_WORDS)))
#: Definite complements of a :data:`FORCE_HEADS` head that say what kind of force it is,
#: not whose or which: قوات الأمن، قوات الجيش، قوات الاحتلال "security, army, occupation
#: forces" (no mention in the development golds: قوات الاحتلال الإسرائيلي, 2015-07-26 of
#: the tune half). With a name, nationality or adjective after them they name a body
#: (قوات الأمن الخاصة، قوات الجيش الوطني، قوات الأمن التركية):
#: :func:`helpers.entities.rules.bodies.generic_body`.
#: التحالف، النظام (session 16): "the coalition's, the regime's forces", a side of a war
#: the story names by its role (no mention in the development golds; قوات التحالف
#: judged no entity in the 2015-07-25 sample); قوات التحالف العربي، قوات النظام السوري
#: name a body.
GENERIC_FORCE_COMPLEMENTS = _keys("الأمن الجيش الشرطة الاحتلال النخبة الاحتياط التحالف النظام")
#: Definite nouns of an administrative area that refer back to the one a story names
#: (شرطة المنطقة، بلدية المحافظة "the region's police, the governorate's municipality"):
#: after an ORG head they make an anaphoric phrase, no name (the golds' convention: an
#: anaphoric common noun is no mention), unless a name or adjective follows (شرطة
#: المنطقة الشرقية). Not المدينة (Medina) nor الدولة (مجلس الدولة is a court).
ANAPHORIC_AREAS = _keys("المنطقة المحافظة")
#: Not كلية nor عمادة: a university's faculty or deanship named by its field (كلية الطب،
#: عمادة القبول والتسجيل) is no mention in the development golds (13 false ORG in the
#: dev3/dev4 tune halves when they were heads; session 12); one named after a titled
#: person is an ORG (:data:`NAMESAKE_ORG_HEADS`: كلية الملك فهد الأمنية).
#: Indefinite heads that name a body only when a name follows them, and otherwise open
#: an everyday phrase: مركز (a centre, but مركز الحارس "the goalkeeper's position"),
#: شبكة (شبكة المياه "the water network"), مجموعة (مجموعة من الباحثين "a group of").
#: Read by :func:`_named_body_end`, not by the open chain of :data:`ORG_HEADS`.
NAMED_ONLY_ORG_HEADS = _keys("مركز شبكة مجموعة")
#: Loanwords that close the name of a shopping facility (هيفاء مول، رياض سنتر، الراشد
#: مول): a rule-built person span they end or follow is the facility, a LOC
#: (``helpers.entities.rules.spans._shopping_facility``; session 24: مركز هيفاء مول
#: was the person هيفاء مول).
FACILITY_TAIL_NOUNS = _keys("مول سنتر بلازا")
#: Epithets of a generation after a person's name, senior and junior (جورج بوش الأب،
#: جورج بوش الابن): part of the name, so father and son are two people
#: (``helpers.entities.rules.spans._generation_epithet``), and no surname alone
#: (``helpers.entities.aliases.NOT_SURNAMES``). Session 24.
#: Keys as a definite token's, the article off (surface_key keeps it on a two-letter
#: stem: الأب gives الاب).
GENERATION_EPITHETS = frozenset({"اب", "ابن"})
_CENTRE = _k("مركز")
#: A word after a :data:`NAMED_ONLY_ORG_HEADS` head rarer than this (Zipf) may be the
#: body's one-word name (شبكة حقاني 2.8, مجموعة الجريسي 2.4; not مجموعة مسلحة).
_NAMED_BODY_ZIPF = 3.5
#: Quote marks around a cited newspaper's name: opening, closing.
_OPEN_QUOTES = frozenset("«\"“'")
_CLOSE_QUOTES = frozenset("»\"”'")
#: Dashes between tokens: :data:`helpers.charsets.DASH_SET` and a lone tatweel ـ, which
#: writers set as a dash in bylines and datelines (الرياضي ـ جدة، سبق ـ الرياض).
_DASHES = DASH_SET | {TATWEEL}
#: Indefinite nouns before the quoted name of a company, outlet or brand.
QUOTED_ORG_HEADS = _keys(
    "شركة شركات مجموعة بنك مصرف موقع تطبيق صحيفة مجلة قناة وكالة مؤسسة علامة شبكة"
)
#: Heads of :data:`QUOTED_ORG_HEADS` that are also verbal nouns: after a preposition,
#: written or proclitic, تطبيق is "applying" a rule or a programme (بتطبيق «حماية
#: الأجور»، عجز عن تطبيق «...»), not an app (من خلال تطبيق «وان نوت»). On ten days of raw
#: stories (2015-07-21..08-04 without 07-23 and 07-26) the eight quoted names after بتطبيق
#: or عن تطبيق were all rules or programmes, the 106 after a bare تطبيق apps.
VERBAL_QUOTED_HEADS = _keys("تطبيق")
#: Heads of :data:`QUOTED_ORG_HEADS` that name a product (session 19): a name of two
#: Latin words or more after them is the app, no organisation (تطبيق Google Photos، Who
#: Deleted Me; the dev golds annotate no product), one word a platform like تويتر, ORG
#: as the golds have websites (تطبيق Snapchat). Not موقع: a website of several words
#: (موقع Business Insider) is ORG too.
PRODUCT_HEADS = _keys("تطبيق")
#: Prepositions written as words before a verbal noun of :data:`VERBAL_QUOTED_HEADS`.
VERBAL_NOUN_PREPOSITIONS = _keys("عن")
#: Most words of a name in quote marks after an organisation head other than
#: :data:`QUOTED_ORG_HEADS` (جمعية "كلانا"، هيئة «نزاهة»): the text layer's one number
#: (:data:`helpers.text.tokenize.QUOTED_NAME_WORDS`, session 23).
MAX_QUOTED_NAME_WORDS = QUOTED_NAME_WORDS
#: Indefinite heads a listed organisation's name may follow and that its span takes in
#: (فريق أريس ليماسول، مجموعة صافولا; not موقع تويتر: تويتر is the name).
LISTED_NAME_HEADS = ORG_HEADS | _keys("مجموعة مجلة فريق")
#: ORG heads followed by the body's own name, not by a place or a person it serves or
#: belongs to (جامعة كاليفورنيا، شرطة زيوريخ، إدارة كلينتون): the name alone, later in
#: the story, is the same organisation (extract._short_names).
SELF_NAMED_ORG_HEADS = _keys(
    "شركة شركات مجموعة بنك مصرف نادي فريق صحيفة مجلة قناة وكالة موقع تطبيق علامة مؤسسة دار"
)
#: Nouns that name a newspaper before its name (صحيفة اليوم، جريدة الوطن), written as
#: in the text (not keys): «<head> <a listed name of newspapers.csv>» is that paper's
#: own name wherever its entity id came from (:func:`helpers.own_names.own_names`,
#: session 17).
NEWSPAPER_HEADS = ("صحيفة", "جريدة")
#: Heads of parties and armed groups whose name of two words or more, definite or not,
#: is written alone later in the story (حزب العدالة والتنمية ... العدالة والتنمية، جماعة
#: أنصار بيت المقدس ... أنصار بيت المقدس; extract._group_names). Not حركة and تنظيم,
#: which are also verbal nouns (حركة السير، تنظيم البطولة), nor تحالف (التحالف العربي is
#: no mention in the development golds).
GROUP_HEADS = _keys("حزب جبهة جماعة ائتلاف")
#: Most words of a group's name after its head that are looked for alone.
MAX_GROUP_NAME_WORDS = 4
#: ORG heads that name a body's staff when a definite or named body follows.
PART_HEADS = _keys("إدارة أمانة")
_ROAD = _k("طريق")
_AN = _k("عن")
#: حي "neighbourhood": a namesake head only before an undefined first word (below).
_HAYY = _k("حي")
#: The fields of the Saudi regional directorates both directorate rules read: a head
#: before its place (صحة جدة) and a field after إدارة/مديرية/مكتب (إدارة التعليم بجدة,
#: :data:`DIRECTORATE_FIELDS`). One list (session 17: it was written in each).
_DIRECTORATE_FIELD_KEYS = _keys("صحة تعليم شرطة مرور جوازات")
#: Heads of a Saudi directorate named by its place: صحة جدة، تعليم الخرج، شرطة الرياض
#: (the heads are read so only before a known place).
DIRECTORATE_HEADS = _DIRECTORATE_FIELD_KEYS | _keys("أمانة بلدية إمارة حكومة")
#: Definite heads that, with العامة/العام and a ل-phrase, name an administration:
#: الإدارة العامة للتعليم، الأمانة العامة لمجلس الضمان الصحي، الرئاسة العامة لرعاية الشباب.
GENERAL_HEADS = _keys("الإدارة الأمانة الرئاسة المؤسسة الهيئة المديرية الشركة القيادة")
#: Definite nouns of a body whose official name is the noun, an adjective and the
#: ل-phrase of its field (:func:`field_tail`): الشبكة السورية لحقوق الإنسان، المجلس
#: الأعلى للقضاء، الهيئة الوطنية لمكافحة الفساد.
FIELD_BODY_HEADS = _keys(
    "الشبكة المرصد المنظمة الهيئة الجمعية الشركة المؤسسة المركز المجلس الاتحاد اللجنة "
    "الرابطة الصندوق البنك المعهد الأكاديمية الجامعة الوكالة المفوضية الجبهة الحركة"
)
#: Adjectives of a body's scope (session 20): after a definite body noun of
#: :data:`FIELD_BODY_HEADS` one of these, or a nationality adjective, marks an official
#: name whose ل-phrase names its field whatever the field (الشبكة السعودية للمدفوعات،
#: المركز الإقليمي للأرصاد، المعهد القومي للترجمة), not only a field of
#: ``data/org_fields.txt``. Rank adjectives (التنفيذية، المنظمة) are no such mark:
#: اللجنة المنظمة للحفل is a party's organisers.
SCOPE_ADJECTIVES = _keys(
    "الوطني الوطنية القومي القومية الإقليمي الإقليمية الدولي الدولية العالمي العالمية "
    "العربي العربية الإسلامي الإسلامية الخليجي الخليجية الأوروبي الأوروبية الأفريقي "
    "الأفريقية"
)
_GENERAL = _keys("العامة العام")
#: Royal and religious titles inside the name of a place or institution named after a
#: person: ملعب الأمير عبدالرحمن بن سعود، حديقة الملك فهد، جامعة الملك سعود.
NAMESAKE_TITLES = _keys("الملك الأمير الشيخ الإمام السلطان")
#: Heads of an institution (ORG) or a place (LOC) named after a titled person, besides
#: the ORG and place heads: مركز الملك عبدالعزيز التاريخي، قصر الملك عبدالعزيز.
NAMESAKE_ORG_HEADS = _keys("مركز دارة مكتبة كلية")
#: مخطط، مخططات "planned district(s)" (a Saudi subdivision) only before a title: مخطط
#: الملك فهد، مخططات الأمير سلطان; before any other word mostly "plot, plan" (مخطط
#: إرهابي، مخطط الهجوم: session 13, 2015-07-21/24/25/27/31).
#: نفق "tunnel" and سد "dam" (session 24: أنفاق الملك خالد، سد الملك فهد, read as the king).
NAMESAKE_PLACE_HEADS = _keys("قصر مسجد جامع جسر مدينة مخطط مخططات نفق سد")
#: Nouns of an event named after a person with no title (دوري عبداللطيف جميل، كأس خادم
#: الحرمين الشريفين): a person's name right after one is part of the event's name
#: (``extract._without_event_names``); after بطولة "starring", معرض، مهرجان a name is
#: mostly a participant's.
NAMESAKE_EVENT_NOUNS = _keys("كأس دوري جائزة")
#: Heads of an institution (ORG) or a place (LOC) that are named after a person by his
#: patronymic alone, no title (:func:`_patronymic_namesake`): مركز محمد بن نايف
#: للمناصحة، مدرسة سعد بن أبي وقاص، شارع خالد بن الوليد، مسجد عبدالله بن عباس.
PATRONYMIC_NAMESAKE_ORG_HEADS = _keys(
    "مركز دارة مكتبة كلية مدرسة مدارس جامعة مستشفى معهد مؤسسة جمعية"
)
PATRONYMIC_NAMESAKE_PLACE_HEADS = _keys(
    "قصر مسجد جامع جسر شارع طريق ملعب استاد حديقة ساحة ميدان قاعة حي"
)
#: Of those, the heads of a street, square or neighbourhood, which a person's full name
#: after them names without بن too (شارع أحمد عرابي، ميدان طلعت حرب; session 16, the
#: 2015-07-25 sample's شارع أحمد عرابي read as a PERSON): a street is no person's
#: possession. حي "neighbourhood" since session 23 (حي أبو موسى الأشعري was a PERSON,
#: حي محمد الأشعري the LOC حي محمد).
STREET_NAMESAKE_HEADS = _keys("شارع طريق ميدان ساحة جسر حي")
#: Heads of a landmark named after a body (شارع الهيئة الملكية، دوار الهيئة الملكية، جسر
#: البنك المركزي; session 23, fix23a): the body's short name after one is part of a place
#: name, not a mention of the body (helpers.entities.short_forms).
BODY_NAMESAKE_PLACE_HEADS = STREET_NAMESAKE_HEADS | _keys("دوار")
#: Definite nouns of a state that name a country when a nationality follows:
#: الجمهورية الإيرانية، المملكة المغربية (LOC).
STATE_NOUNS = _keys("الجمهورية المملكة السلطنة الإمارة الدولة")
#: Definite institution nouns that name an organisation when a nationality follows.
#: State broadcasters too (session 21, org21c: التلفزيون الإيراني، الإذاعة السورية,
#: dev5tune's kind 10): a country's television or radio is its public body.
INSTITUTIONS = _keys(
    "الحكومة الخارجية الداخلية الدفاع الرئاسة الجيش البرلمان الشرطة البحرية القوات "
    "الاستخبارات المخابرات الكنيست المحكمة اللجنة الوزارة البنك السفارة القنصلية "
    "المنتخب السلطات الاتحاد الأمن التلفزيون التليفزيون الإذاعة"
)
#: Institution nouns of a body with a head of its own (a federation, a parliament, a
#: court, a bank, a committee, an embassy, a national team): after a role in construct
#: with a nationality they stay the body (رئيس الاتحاد الليبيري، رئيس البرلمان الليبي),
#: as a role named after a listed body does; the others name an office (وزير الخارجية
#: المصري، رئيس الحكومة العراقية، قائد الجيش السوري: a title, no mention).
BODY_INSTITUTIONS = _keys("الاتحاد البرلمان الكنيست المحكمة البنك اللجنة السفارة القنصلية المنتخب")
_SECURITY = _k("الأمن")
#: After الأمن they name national security, a concept, not a security body.
_NATIONAL_ADJECTIVES = _keys("الوطني القومي")
#: The definite court noun and the adjectives that name a court by its kind or rank:
#: المحكمة العامة، المحكمة العليا، المحكمة الجزائية المتخصصة (ORG, the adjectives in the
#: span; المحكمة alone is anaphoric, a place after it is no part: المحكمة العامة | بجدة).
_COURT = _k("المحكمة")
#: Endings of a human plural or dual nisba (السعوديون، اللبنانيين، الأوكرانيان).
_HUMAN_PLURAL = ("ون", "ين", "ان")
COURT_ADJECTIVES = _keys(
    "العامة العليا الجزائية الجزئية الإدارية الدستورية الجنائية الابتدائية الشرعية "
    "التجارية العسكرية الاتحادية المتخصصة العمالية الشخصية الاستئنافية"
)
#: Adjectives that close an organisation's name after its construct chain.
ORG_TAIL_ADJECTIVES = _keys(
    "الديمقراطية الديمقراطي الإسلامية الإسلامي الوطنية الوطني الشعبية الشعبي العربية "
    "العربي الدولية الدولي المتحدة الأعلى العليا الثوري الثورية المشتركة المشترك "
    "المركزي المركزية الاتحادية الاتحادي الخاصة الحر الجوية البحرية الفيدرالي الفدرالي "
    "الأوروبي الأوروبية الأفريقي الأفريقية العالمي العالمية العام العامة المالية المالي "
    "الانتقالي الانتقالية العسكري المسلحة الطبية الطبي الصحية الصحي التجارية "
    "التجاري الملكية الملكي التعاوني التعاونية الأحمر المدني المدنية الخيرية الخيري "
    "القابضة الجوي البشرية "
    "الزراعية الزراعي الصناعية الصناعي العقارية العقاري الاجتماعية الاجتماعي"
)
#: Adjectives of a body's standing, rank or function among its parent's bodies, part
#: of :data:`ORG_TAIL_ADJECTIVES` (session 16, orgs16b): اللجنة الدائمة للإفتاء، لجنة
#: الحكام الرئيسية، لجنة الحج التنفيذية، بلدية الشوقية الفرعية (العليا، المركزية are
#: above). They do not make a name of an everyday phrase (``bodies._everyday_complement``):
#: رئيس مجلس الإدارة التنفيذي is an executive chairman, not a body.
BODY_RANK_ADJECTIVES = _keys(
    "الدائمة الدائم الرئيسية الرئيسي الفرعية الفرعي التنفيذية التنفيذي الاستشارية "
    "الاستشاري التحضيرية التحضيري التأسيسية التأسيسي"
)
ORG_TAIL_ADJECTIVES = ORG_TAIL_ADJECTIVES | BODY_RANK_ADJECTIVES
#: Definite nouns of a body inside another body (session 23, short23): with a rank
#: adjective of :data:`SUB_BODY_ADJECTIVES` and a ل-phrase naming the parent body they
#: are one ORG, the outermost name of the flat conventions (اللجنة التنفيذية لمنظمة
#: التحرير الفلسطينية، المكتب السياسي لحركة حماس), as :data:`GENERAL_HEADS` with
#: العامة (الأمانة العامة لمجلس الضمان الصحي التعاوني, a dev gold ORG).
SUB_BODY_HEADS = _keys("اللجنة المكتب المجلس الهيئة")
#: The adjectives of such a body's rank or function (:data:`BODY_RANK_ADJECTIVES` and
#: السياسي of a party's political bureau); not المنظمة (اللجنة المنظمة للحفل: a party's
#: organisers) nor a scope (اللجنة الوطنية لـ… is a body of its own field).
SUB_BODY_ADJECTIVES = BODY_RANK_ADJECTIVES | _keys("السياسي")
#: Definite nouns that, right after an adjective, make it describe the noun before the
#: name (an adjective in construct, الإضافة اللفظية): دول مجلس الأمن الدائمة العضوية
#: ("the permanent-member states"), شركة أمريكية الجنسية; the adjective is then no part
#: of the body's name (``bodies._tail``).
ADJECTIVE_COMPLEMENTS = _keys("العضوية الجنسية الصنع المنشأ الصلاحيات الصلاحية")

# --- session 17 (orgs17): a state's official adjective after a body's foreign name ---
#: The first word of a state's official adjective of two words, written whole in a
#: body's legal name after its foreign name: شركة شيفرون العربية السعودية (Saudi Arabian
#: Chevron), شركة أرامكو العربية السعودية. After such a name a nationality alone stays
#: out (جامعة هايدلبرج | الألمانية, ``bodies._tail`` with ``nationality=False``); the
#: pair, this word + a feminine nationality, is taken whole or not at all: SaudiNewsNet's
#: non-held-out outlets write «العربية السعودية» after a body's name only in its official
#: name (95 uses, 12 days: اللجنة الأولمبية، جمعية الكشافة، الخطوط الجوية...).
STATE_ADJECTIVE_FIRST = _keys("العربية")
#: Complements that make a head noun a common phrase, not a name (حركة السير "traffic").
NOT_ORG_COMPLEMENTS = _keys(
    "السير المرور الملاحة النزوح التجارة الطيران الاحتجاجات الاحتجاج البيع الشراء النقل "
    "الأسواق الأسعار الأموال الرياح السفن الشحن المسافرين البناء العمل الإدارة الأمناء "
    "التدريس الاقتراع المركبة السيارة"
)
#: Heads of a body named by its domain: a complement of :data:`NOT_ORG_COMPLEMENTS`
#: names the body (وزارة العمل، وزارة التجارة والصناعة، وزارة النقل، غرفة التجارة،
#: منظمة التجارة العالمية).
DOMAIN_NAMED_HEADS = _keys("وزارة غرفة منظمة")
#: Heads that are also verbal nouns ("movement", "organising"): with a complement of
#: :data:`NOT_ORG_COMPLEMENTS` always an everyday phrase, adjective or not (حركة
#: الملاحة التجارية، تنظيم العمل).
VERBAL_NOUN_HEADS = _keys("حركة تنظيم")
#: Heads that are also the verbal noun of an action on their complement (تنظيم
#: "organising"): before an indefinite everyday noun they name the action, not a body
#: (تنظيم حفل المعايدة، تنظيم دورة الألعاب، تنظيم كأس الخليج); before a field of
#: ``data/org_fields.txt``, a head, a listed name (تنظيم داعش) or a name (تنظيم جند
#: الشام) they head a body (:func:`_action_complement`). Not إدارة: before an everyday
#: noun it is mostly a department (إدارة معلومات الطاقة، إدارة تخطيط الشركة; 18 of 27
#: such spans on 2015-07-31 and 08-02), though also "managing" (إدارة حصة المملكة, left).
ACTION_HEADS = _keys("تنظيم")
#: Heads whose everyday sense is a thing (a room, a network): a definite complement
#: as frequent as an everyday noun (Zipf >= :data:`EVERYDAY_COMPLEMENT_ZIPF`) that is
#: no listed name nor a domain of :data:`NOT_ORG_COMPLEMENTS` makes an everyday
#: phrase, adjective or not (غرفة الكشف، غرفة العمليات، غرفة النوم، شبكة الصرف
#: الصحي، شبكة التواصل الاجتماعي); غرفة الشرقية، غرفة مكة (a place), غرفة التجارة
#: (a domain) and شبكة حقاني (a rare word) are bodies.
THING_HEADS = _keys("غرفة شبكة")
#: Nouns of a military arm (سلاح الطيران "the air arm", سلاح الجو): a listed name right
#: after one in construct is the arm's complement, no body (نفذ سلاح الطيران العماني
#: طلعات: the Omani air force, not Oman Air, whose Arabic name is الطيران العماني;
#: :func:`helpers.entities.rules.context.generic_readings`, session 19, fixent19).
ARM_NOUNS = _keys("سلاح")
#: Words of a hotel (فندق، نزيل، جناح): in their sentence a listed body headed by a
#: :data:`THING_HEADS` noun is a room (غرفة الطائف المطلة على الحديقة بالفندق), no
#: chamber of commerce (:func:`helpers.entities.rules.context.generic_readings`).
HOTEL_WORDS = _keys("فندق فنادق نزيل نزلاء منتجع")
#: Zipf from which a definite word after a :data:`THING_HEADS` head is an everyday
#: noun (الإنعاش 3.52، الضيوف 4.15، الكشف 4.64; a family nisba, الجريسي, is rarer).
EVERYDAY_COMPLEMENT_ZIPF = 3.5
#: Directions: past a name's first word one opens a new phrase (وادي عقاب غرب الموصل).
COMPASS_WORDS = _keys("شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي")
#: Place nouns that open a place name.
#: The spellings of "park" (منتزه, and متنزه as Saudi news writes it most), one place for
#: the place-head lists below.
_PARKS = " منتزه منتزة متنزه متنزة "
PLACE_HEADS = _keys(
    "مدينة بلدة قرية قاعدة محافظة منطقة ولاية إقليم مخيم معبر ميناء مطار حي ضاحية "
    "جزيرة جبل نهر بحر مضيق شارع ساحة سجن دولة جمهورية مملكة إمارة سلطنة قضاء ناحية "
    "حديقة" + _PARKS + "ملعب استاد طريق مجمع متحف جزر شاطئ حقل حقول مقبرة خور وادي "
    "بحيرة خليج"
)
#: Head nouns that after و open a second body or place, not a coordinated part of the
#: name before (:func:`_tail`): اتحاد الكرة | والشرطة الصربية، المنتخب الأردني | والفريق
#: الأول، الحكومة الأمريكية | والمملكة العربية السعودية. Not the fields and offices of
#: one body (وزارة التربية والتعليم، لجنة الخارجية والأمن، قوات الأمن والدفاع: 2015-07-31).
COORDINATED_HEADS = ORG_HEADS | SELF_NAMED_ORG_HEADS | PLACE_HEADS
#: Place nouns of a facility or a work (an airport, a road, a park): a definite adjective
#: of :data:`PLACE_TAIL_ADJECTIVES` after its name is part of the name (مطار حائل
#: الإقليمي، طريق المنتزة البري، مطار الملك خالد الدولي).
FACILITY_HEADS = _keys(
    "قاعدة معبر ميناء مطار شارع ساحة سجن حديقة" + _PARKS + "ملعب استاد طريق مجمع متحف جسر"
)
#: Adjectives that close the name of a facility (see :data:`FACILITY_HEADS`); never a
#: nationality (مطار دمشق الدولي but مدينة زيوريخ السويسرية).
PLACE_TAIL_ADJECTIVES = _keys(
    "الدولي الإقليمي البري الرياضي الوطني المركزي الدائري السريع التجاري الأولمبي "
    "الملكي الصناعي العام الجديد القديم الشمالي الجنوبي الشرقي الغربي "
    "الجوية الجوي العسكرية العسكري البحرية البحري"
)
#: Of :data:`PLACE_TAIL_ADJECTIVES`, the arms of a military facility (قاعدة العند الجوية،
#: مطار الثعلة العسكري): after one, the definite word between the head and it is the
#: facility's name, listed or not (session 21, gold21).
MILITARY_TAIL_ADJECTIVES = _keys("الجوية الجوي العسكرية العسكري البحرية البحري")
#: Place nouns of a settlement or an administrative area: the name after them, alone,
#: is that place (مدينة زيوريخ ... زيوريخ; not مطار جوبا, whose bare name is the city).
SETTLEMENT_HEADS = _keys("مدينة بلدة قرية محافظة منطقة ولاية إقليم مخيم حي ضاحية جزيرة قضاء ناحية")
#: Place nouns followed by a name only when the name is a known place (منطقة الخليج);
#: an unknown word after them is mostly a common noun (منطقة نفوذ، دولة مستقلة). قضاء, an
#: Iraqi district (قضاء سنجار), is far more often the verbal noun "spending, settling"
#: (لقضاء إجازته، قضاء حوائج المواطنين; session 12, read on 2015-07-23); so is ناحية, an
#: Iraqi subdivision (ناحية عامرية الفلوجة), "aspect, side" (من ناحية طريقتها، من ناحية
#: اختيار التصميم، ناحية قدراتهم: session 15, the dev gold and 2015-07-24/26).
PLACE_HEADS_KNOWN_ONLY = _keys("منطقة دولة جمهورية مملكة إمارة سلطنة ساحة قضاء ناحية")
#: Place nouns whose name may be a definite word (مدينة الباب، مخيم اليرموك); the others
#: (منطقة، قاعدة، دولة) take a definite word only when it is a known place. A valley is
#: named by one (وادي العرج، وادي الكراع، وادي الأديرع; session 12, 2015-07-21/23/25).
PLACE_HEADS_DEFINITE_OK = _keys(
    "مدينة بلدة قرية محافظة مخيم حي ضاحية جزيرة جبل نهر وادي ولاية إقليم ميناء مطار معبر سجن "
    + _PARKS
    + "ملعب استاد طريق جزر"
)
#: Words that never start or continue a name found by a rule (months, days, frequent
#: news nouns and verbs that follow names); function words come from helpers.text.
NOT_NAMES = _keys(
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين "
    "اليوم أمس غدا "
    "خلال بعد قبل منذ حتى عند لدى أمام ضد عبر نحو "
    "إن أن أنه أنها الذي التي الذين "
    # the other relative pronouns (dual, feminine plural): a name ends before them
    # (التقى أحمد سعيد اللذين وصلا)
    "اللذين اللتين اللذان اللتان اللاتي اللواتي اللائي "
    "يصافح يلتقي التقى يستقبل استقبل غادر وصل يزور زار بحث يبحث دعا يدعو طالب "
    "عام سنة شهر أسبوع مساء صباح ظهر "
    "عضو الثاني الثالث الرابع الخامس مرة مرتين "
    # numbers and currencies (خصص البنك مليار دولار) and indefinite pronouns (قالت
    # إحداهن): never a name
    "ألف آلاف مليون ملايين مليار مليارات دولار دولارات ريال ريالات يورو درهم "
    "إحداهن أحدهم أحدهما إحداهما بعضهم "
    # English "and" inside a transliterated brand or firm name (رالف آند روسو، جونسون
    # آند جونسون): never a name part, so a first name before it opens no person
    "آند أند"
    # the verbal noun of speech with its pronoun after a relayed speaker (ونقلت عن الملك
    # فيصل قوله «...»): the ``qawl`` words the quote rules read
) | _keys(" ".join(quote_words()["qawl"]))
#: Heads of an administrative unit of a body (a department, section, division, unit):
#: after a director's role they head the unit's name, a definite field noun chain
#: (مدير إدارة العلاقات العامة، رئيس قسم الهندسة المدنية, :func:`helpers.entities.
#: rules.bodies.unit_end`; session 24, org24).
UNIT_HEADS = _keys("إدارة قسم شعبة وحدة")
#: The roles that head a unit (مدير، رئيس): before one of :data:`UNIT_HEADS` the unit is
#: named, not managed (إدارة المشاريع "project management" is an activity).
UNIT_ROLES = _keys("مدير مديرة رئيس رئيسة")
#: Nouns after a unit head that name what is managed, not a field: a body, a place or a
#: facility, an event (إدارة النادي، إدارة المستشفى، إدارة المهرجان are the staff of
#: that body or event, as the gold reads إدارة الأهلي). A unit's field is none of these.
UNIT_MANAGED_NOUNS = (
    ORG_HEADS | SELF_NAMED_ORG_HEADS | PLACE_HEADS | FACILITY_HEADS | THING_HEADS
) | _keys("مكتبة كلية مدرسة مهرجان فندق مسابقة")
#: Words that open an attribution (``after_quote`` of helpers/text/data/quote_words.tsv:
#: وفقا، وفق، حسب، بحسب، حسبما): a news agency named by its nationality adjective after
#: them is the source (وفقا للفرنسية: AFP; :func:`helpers.entities.extract._agency_credits`).
ATTRIBUTION_WORDS = _keys(" ".join(quote_words()["after_quote"]))
#: Transliterated English venue words that end a building's or a square's name (رويال
#: ألبرت هول "Royal Albert Hall", ماديسون سكوير غاردن، أو تو أرينا): a name they end or
#: follow is the venue, no person (:func:`helpers.entities.rules.names._name_extent`).
#: Not بارك (also the verb "blessed" and the Korean surname Park).
VENUE_TAILS = _keys("هول سنتر أرينا ستاديوم سكوير غاردن غاردنز بلازا تاور")
#: "Affiliated to": after a name, never part of it; the name ends before it (بلدية
#: مليجة | التابعة لمنطقة الشرقية، ملعب لوفتس رود | التابع لنادي ...).
AFFILIATION_WORDS = _keys("التابع التابعة")
#: "The coalition" (key): with a definite adjective of :data:`COALITION_ADJECTIVES` right
#: after it, a coalition's name (التحالف العربي بقيادة السعودية،
#: التحالف الدولي ضد داعش: ORG in dev5's gold; session 21, org21b). Alone (قوات التحالف)
#: it stays the side a story names by its role (:data:`GENERIC_FORCE_COMPLEMENTS`).
COALITION = _k("التحالف")
#: Definite adjectives that name a coalition after التحالف: "Arab, international,
#: Islamic" (not any nationality: التحالف الأمريكي مع إسرائيل "the American alliance").
COALITION_ADJECTIVES = _keys("العربي الدولي الإسلامي")
#: Transliterated words that end a foreign club's name after its own word (غازي عنتاب
#: سبور، أخيسار سبور، طرابزون سبور "Spor", نيوكاسل يونايتد): after a club's word read by
#: a cue (:func:`helpers.entities.rules.context.context_opponents`) the name goes on
#: through one of them (session 21, org21b; dev5tune's kind 3). Not سيتي (also "city"
#: in transliterated English names the rule does not read).
CLUB_NAME_TAILS = _keys("سبور سبورت يونايتد")
#: Adjectives that follow a place or organisation noun without naming it; the stance
#: adjectives (رسمي، حكومي، شرعي، انقلابي، إرهابي، موالي) say what a body is held to be,
#: never its kind (وكالة أنباء الشرق الأوسط | الرسمية, :func:`_relational`).
ADJECTIVES = _keys(
    "كبير كبيرة صغير صغيرة جديد جديدة قديم قديمة واسع واسعة آخر أخرى عسكري عسكرية "
    "مجاور مجاورة قريب قريبة بعيد بعيدة رئيسي رئيسية سكني سكنية حدودي حدودية ساحلي "
    "ساحلية محتل محتلة عازل عازلة آمن آمنة حيوي "
    "رسمي رسمية حكومي حكومية شرعي شرعية انقلابي انقلابية إرهابي إرهابية موالي موالية"
)
_ADJ_ENDINGS = ("ه", "ي", "يه", "ات", "ون", "ين")
#: The proclitic prepositions: a word written with one opens a prepositional phrase, no
#: adjective of the name before it (مجلس التنمية السياحية | بالسعودية, :func:`_tail`).
PREPOSITION_PROCLITICS = frozenset({"ب", "ل", "ك"})
#: Locative prepositions: a name of data/place_context.txt after them is a place
#: (وصل إلى جدة), see :func:`context_places`.
LOC_PREPOSITIONS = _keys("في فى إلى من نحو قرب داخل حتى عبر")
_QAD = _k("قد")
#: Hijri months that are also first names (شعبان، رمضان، رجب): before a time word
#: (الجاري، المقبل) they are the month; المقبل after another name is a family name
#: (اللواء عبدالرحمن المقبل).
HIJRI_MONTHS = _keys("محرم صفر ربيع جمادى رجب شعبان رمضان شوال")
#: Words after which a name before a reporting verb is the verb's subject (وكان ترودو
#: قد قال، لكن غيغو أكدت، بينما ميركل قالت).
SUBJECT_OPENERS = _keys("كان لكن بينما فيما كما إن أن ثم")
#: The particle "that" (إن، أن, and with a pronoun) opening reported speech or a clause
#: of its own: a family name before it closes the clause of the name (محمد بن عبدالله
#: المرشد إن, :func:`helpers.entities.rules.names._clause_ends_after`).
THAT_PARTICLES = _keys("إن أن إنه أنه إنها أنها")
#: Subordinators after which a verb opens its clause (بعدما رفض شيري الانضمام).
CLAUSE_OPENERS = _keys("بعدما عندما حينما حين لما قبل بعد حيث")
#: Zipf from which a word read as a verb by its conjugations is taken as one before a
#: subject (:func:`_verb_subject`): خاض 3.9; rarer forms are as often names or typos.
_VERB_ZIPF = 3.0
#: Words that may stand between a reporting verb and its subject (وقال أمس ترودو).
VERB_SUBJECT_SKIP = _keys("أمس اليوم أيضا كذلك بدوره بدورها الليلة مساء صباح")


#: Weekday names, without the article: written with it (الجمعة، الاثنين) they are
#: never a name part (جون كيري الاثنين، محمود عباس الجمعة); without it, جمعة and خميس
#: are family names (فوزي جمعة، سيف خميس). A token's key keeps the article of a word of
#: :func:`helpers.text.article_keys` (الاثنين) or drops it (الخميس, also a first name),
#: so both are read.
WEEKDAYS = _keys("سبت أحد اثنين ثلاثاء أربعاء خميس جمعة")


@lru_cache(maxsize=1)
def _noun_names() -> frozenset[str]:
    from helpers.entities.gazetteer import noun_names

    return noun_names()


@lru_cache(maxsize=1)
def _generated_first_names() -> frozenset[str]:
    from helpers.entities.gazetteer import generated_first_names

    return generated_first_names()


@lru_cache(maxsize=1)
def _nisbas() -> frozenset[str]:
    from helpers.entities.gazetteer import nisba_keys

    return nisba_keys()


_MINISTRY = _k("وزارة")


@lru_cache(maxsize=1)
def _org_fields() -> frozenset[str]:
    from helpers.entities.gazetteer import org_fields

    return frozenset(_k(w) for w in org_fields())


# --- Session 17 (branch orgs17b): a directorate named by its field and place, the
# club heads of an epithet, "every" ---
#: Indefinite heads of a directorate or office named by its field and then the place it
#: serves (إدارة التعليم بمحافظة جدة، مديرية الصحة بالمنطقة، مكتب العمل بمحافظة
#: الخرج): the head and the field are an ORG, the place phrase stays out
#: (tests/data/heldout/README.md: "a trailing place phrase does not"; the dev gold's
#: إدارة صحة البيئة، مديرية الدفاع المدني). :func:`helpers.entities.rules.bodies.
#: directorate_end`.
DIRECTORATE_OFFICE_HEADS = _keys("إدارة مديرية مكتب")
#: The fields such a directorate is named by: the Saudi regional directorates of the
#: ministries (education (إدارة التربية والتعليم, its name until 2015), health, police,
#: traffic, passports, security, tourism, agriculture, labour, water, commerce), from
#: the naming of their offices; a field of
#: ``DIRECTORATE_HEADS`` (صحة جدة) is one too. Not an everyday object of "managing"
#: (إدارة الشركات في اليابان، إدارة الأزمات في جامعة: no such field).
DIRECTORATE_FIELDS = _DIRECTORATE_FIELD_KEYS | _keys(
    "الأمن السياحة الزراعة العمل المياه التجارة الإحصاء الأحوال التربية"
)
#: Definite club nouns before a club's epithet (النادي البافاري، الفريق الكتالوني):
#: :func:`helpers.entities.rules.context.context_clubs`.
CLUB_EPITHET_HEADS = _keys("النادي الفريق")
#: كل "every, all": بكل نزاهة "with all integrity" (rules.context._everyday_body_name).
EVERY = _k("كل")
#: في "in", before the place a directorate serves (bodies.directorate_end).
_IN = _k("في")

#: Session 21: bodies whose official name joins a second head noun and its field with
#: و, the one institution of two kinds (مستشفى الملك فيصل التخصصي ومركز الأبحاث "King
#: Faisal Specialist Hospital and Research Centre"): the first head's key maps to the
#: second heads that may follow it, and :data:`COMPOUND_FIELDS` lists the fields that
#: second head takes (:func:`helpers.entities.rules.bodies.compound_tail`). A hospital
#: and its research centre is the one compound kind known (general knowledge of Saudi
#: and Arab hospital names); another body after و (ومركز الأمير سلطان للقلب) stays apart.
COMPOUND_BODY_HEADS: dict[str, frozenset[str]] = {
    _k("مستشفى"): _keys("مركز"),
}
COMPOUND_FIELDS = _keys("الأبحاث البحوث الدراسات")

#: The head nouns of every ORG and LOC rule of :func:`rule_spans`: the rules after its
#: PERSON rules start only at one of them (a word that is none skips them). A new ORG or
#: LOC rule that starts at another head noun adds its set here: a test reads every head
#: the rules test (``k in NAME``) and fails naming a set or key missing here
#: (tests/test_rule_heads_s9.py).
ORG_LOC_HEADS = frozenset().union(
    PRODUCT_HEADS,
    QUOTED_ORG_HEADS,
    ORG_HEADS,
    SELF_NAMED_ORG_HEADS,
    DIRECTORATE_HEADS,
    GENERAL_HEADS,
    SUB_BODY_HEADS,
    FIELD_BODY_HEADS,
    NAMESAKE_ORG_HEADS,
    NAMED_ONLY_ORG_HEADS,
    NAMESAKE_PLACE_HEADS,
    PATRONYMIC_NAMESAKE_ORG_HEADS,
    PATRONYMIC_NAMESAKE_PLACE_HEADS,
    STATE_NOUNS,
    INSTITUTIONS,
    PLACE_HEADS,
    PART_HEADS,
    DIRECTORATE_OFFICE_HEADS,
    {_COURT, _ROAD},
)
