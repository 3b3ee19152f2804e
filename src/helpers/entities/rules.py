"""Rules for names that no gazetteer lists.

Each rule reads the key sequence of a zone (one key per token: normalised, proclitics
peeled, article removed, ``ة`` folded to ``ه``; see :func:`helpers.entities.matcher.word_key`)
and proposes spans. Rules, in the order the matcher applies them:

``PERSON`` after a title or role
    ``الرئيس، وزير الخارجية، نظيره، رئيس الوزراء، المتحدث باسم، الملك، الأمير، الشيخ``...
    then optional modifiers (nationality adjectives, المخلوع، السابق...), then a name that
    is not a definite (ال) word: ``الرئيس السوري المخلوع [بشار الأسد]``.
``PERSON`` from a first name
    A first name from ``data/first_names.txt`` (Arabic names and Arabic spellings of
    foreign ones), further first names and name particles (بن، أبو، عبد، آل), then one
    surname token: ``[محمد علي الحكيم]``، ``[سيرغي لافروف]``. A first name that is also an
    everyday word (سعيد، أمل) counts only after a title or before another first name.
``ORG`` after a head noun
    An indefinite head noun (تنظيم، هيئة، حركة، حزب، وزارة، مجلس، منظمة، جماعة، قوات،
    وكالة...) in construct with a name: indefinite words up to the first definite word
    or known name, then nationality adjectives: ``[هيئة تحرير الشام]``،
    ``[وزارة الخارجية الروسية]``.
``ORG`` institution + nationality
    A definite institution noun followed by a nationality adjective:
    ``[الحكومة العراقية]``، ``[الجيش السوري]``، ``[الخارجية العراقية]``.
``LOC`` after a place noun
    ``مدينة، بلدة، قرية، قاعدة، محافظة، مخيم، معبر``... followed by a known place
    (the span takes the noun: ``[مدينة دمشق]``, entity Damascus) or by an unknown name
    that does not look like an adjective (``[قاعدة حميميم]`` but not ``قاعدة عسكرية``).
    ``منطقة، دولة، ساحة``... take only a known place (``[منطقة الخليج]``, not
    ``منطقة حظر``); a name that is also an everyday word is matched only here
    (``[مدينة صور]``, ``[دولة مالي]``).

Spans include the head noun or title only for ORG and LOC; a PERSON span is the name.
The lexicons are module constants (normalised at import) so a user can extend them.
"""

from __future__ import annotations

import weakref
from dataclasses import replace
from functools import lru_cache

from helpers.charsets import HAMZA_ALEFS
from helpers.entities.keys import fused_abd, surface_key
from helpers.entities.lexicon import (
    looks_like_name,
    preposition_noun,
    suffixed_noun,
    verb_form,
    zipf,
)
from helpers.text import normalize, quote_words
from helpers.text.clitics import pronoun_suffixes

__all__ = [
    "INSTITUTIONS",
    "MODIFIERS",
    "NAMED_ONLY_ORG_HEADS",
    "ORG_HEADS",
    "ORG_TAIL_ADJECTIVES",
    "PARTICLES",
    "PLACE_HEADS",
    "PLACE_HEADS_DEFINITE_OK",
    "TITLES",
    "TITLE_COMPLEMENT_HEADS",
]


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

#: Indefinite head nouns that open an organisation's name (in construct state).
ORG_HEADS = _keys(
    "ديوان تنظيم هيئة حركة حزب وزارة مجلس منظمة جماعة قوات وكالة جبهة كتائب كتيبة لواء "
    "فيلق جيش شركة جامعة مؤسسة اتحاد تحالف ائتلاف صحيفة قناة مصرف بنك محكمة برلمان "
    "جمعية رابطة نقابة معهد مفوضية سرايا ميليشيا ميليشيات مليشيا مليشيات إذاعة "
    "إدارة بلدية مديرية لجنة غرفة نادي أمانة مستشفى شرطة سفارة قنصلية بورصة صندوق"
)
#: Not كلية nor عمادة: a university's faculty or deanship named by its field (كلية الطب،
#: عمادة القبول والتسجيل) is no mention in the development golds (13 false ORG in the
#: dev3/dev4 tune halves when they were heads; session 12); one named after a titled
#: person is an ORG (:data:`NAMESAKE_ORG_HEADS`: كلية الملك فهد الأمنية).
#: Indefinite heads that name a body only when a name follows them, and otherwise open
#: an everyday phrase: مركز (a centre, but مركز الحارس "the goalkeeper's position"),
#: شبكة (شبكة المياه "the water network"), مجموعة (مجموعة من الباحثين "a group of").
#: Read by :func:`_named_body_end`, not by the open chain of :data:`ORG_HEADS`.
NAMED_ONLY_ORG_HEADS = _keys("مركز شبكة مجموعة")
_CENTRE = _k("مركز")
#: A word after a :data:`NAMED_ONLY_ORG_HEADS` head rarer than this (Zipf) may be the
#: body's one-word name (شبكة حقاني 2.8, مجموعة الجريسي 2.4; not مجموعة مسلحة).
_NAMED_BODY_ZIPF = 3.5
#: Quote marks around a cited newspaper's name: opening, closing.
_OPEN_QUOTES = frozenset("«\"“'")
_CLOSE_QUOTES = frozenset("»\"”'")
_DASHES = frozenset("-–—ـ")
#: Indefinite nouns before the quoted name of a company, outlet or brand.
QUOTED_ORG_HEADS = _keys(
    "شركة شركات مجموعة بنك مصرف موقع تطبيق صحيفة مجلة قناة وكالة مؤسسة علامة شبكة"
)
#: Most words of a name in quote marks after an organisation head other than
#: :data:`QUOTED_ORG_HEADS` (جمعية "كلانا"، هيئة «نزاهة»).
MAX_QUOTED_NAME_WORDS = 3
#: Indefinite heads a listed organisation's name may follow and that its span takes in
#: (فريق أريس ليماسول، مجموعة صافولا; not موقع تويتر: تويتر is the name).
LISTED_NAME_HEADS = ORG_HEADS | _keys("مجموعة مجلة فريق")
#: ORG heads followed by the body's own name, not by a place or a person it serves or
#: belongs to (جامعة كاليفورنيا، شرطة زيوريخ، إدارة كلينتون): the name alone, later in
#: the story, is the same organisation (extract._short_names).
SELF_NAMED_ORG_HEADS = _keys(
    "شركة شركات مجموعة بنك مصرف نادي فريق صحيفة مجلة قناة وكالة موقع تطبيق علامة مؤسسة دار"
)
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
#: Heads of a Saudi directorate named by its place: صحة جدة، تعليم الخرج، شرطة الرياض
#: (the heads are read so only before a known place).
DIRECTORATE_HEADS = _keys("صحة تعليم شرطة مرور جوازات أمانة بلدية إمارة حكومة")
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
_GENERAL = _keys("العامة العام")
#: Royal and religious titles inside the name of a place or institution named after a
#: person: ملعب الأمير عبدالرحمن بن سعود، حديقة الملك فهد، جامعة الملك سعود.
NAMESAKE_TITLES = _keys("الملك الأمير الشيخ الإمام السلطان")
#: Heads of an institution (ORG) or a place (LOC) named after a titled person, besides
#: the ORG and place heads: مركز الملك عبدالعزيز التاريخي، قصر الملك عبدالعزيز.
NAMESAKE_ORG_HEADS = _keys("مركز دارة مكتبة كلية")
NAMESAKE_PLACE_HEADS = _keys("قصر مسجد جامع جسر مدينة")
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
    "قصر مسجد جامع جسر شارع طريق ملعب استاد حديقة ساحة ميدان قاعة"
)
#: Definite nouns of a state that name a country when a nationality follows:
#: الجمهورية الإيرانية، المملكة المغربية (LOC).
STATE_NOUNS = _keys("الجمهورية المملكة السلطنة الإمارة الدولة")
#: Definite institution nouns that name an organisation when a nationality follows.
INSTITUTIONS = _keys(
    "الحكومة الخارجية الداخلية الدفاع الرئاسة الجيش البرلمان الشرطة البحرية القوات "
    "الاستخبارات المخابرات الكنيست المحكمة اللجنة الوزارة البنك السفارة القنصلية "
    "المنتخب السلطات الاتحاد الأمن"
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
    "الملكي الصناعي العام الجديد القديم الشمالي الجنوبي الشرقي الغربي"
)
#: Place nouns of a settlement or an administrative area: the name after them, alone,
#: is that place (مدينة زيوريخ ... زيوريخ; not مطار جوبا, whose bare name is the city).
SETTLEMENT_HEADS = _keys("مدينة بلدة قرية محافظة منطقة ولاية إقليم مخيم حي ضاحية جزيرة قضاء ناحية")
#: Place nouns followed by a name only when the name is a known place (منطقة الخليج);
#: an unknown word after them is mostly a common noun (منطقة نفوذ، دولة مستقلة). قضاء, an
#: Iraqi district (قضاء سنجار), is far more often the verbal noun "spending, settling"
#: (لقضاء إجازته، قضاء حوائج المواطنين; session 12, read on 2015-07-23).
PLACE_HEADS_KNOWN_ONLY = _keys("منطقة دولة جمهورية مملكة إمارة سلطنة ساحة قضاء")
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
#: "Affiliated to": after a name, never part of it; the name ends before it (بلدية
#: مليجة | التابعة لمنطقة الشرقية، ملعب لوفتس رود | التابع لنادي ...).
AFFILIATION_WORDS = _keys("التابع التابعة")
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


def _weekday(z, i: int) -> bool:
    """Token ``i`` is a weekday name written with the article (:data:`WEEKDAYS`)."""
    k = z.key[i]
    return z.definite[i] and (k in WEEKDAYS or (k[:2] == "ال" and k[2:] in WEEKDAYS))


def _name_like(z, i: int, cg) -> bool:
    k = z.key[i]
    return (
        z.kind[i] == "word"
        and not z.stop[i]
        and not z.tanween[i]
        and len(k) >= 2
        and k not in NOT_NAMES
        and not _weekday(z, i)
        and k not in cg.norp_keys
        # a title is never the name it introduces: وزير الدفاع is no person (أمين,
        # a first name and a title, stays a name)
        and (k not in _TITLE_FIRST or k in cg.first_names)
    )


def _foreign(z, i: int, cg, stops=()) -> bool:
    """Token ``i`` can be a name nobody listed: a word with no article or proclitic
    that the lexicon does not know as an ordinary Arabic word
    (:func:`helpers.entities.lexicon.looks_like_name`: ترودو، كلينتون، شولمان)."""
    return (
        _name_like(z, i, cg)
        and not z.definite[i]
        and z.peel[i] == 0
        and i not in stops
        and z.key[i] not in cg.first_names
        and not fused_abd(z.key[i])  # عبدربه opens a name of its own (keys.fused_abd)
        and z.key[i] not in ORG_HEADS
        and z.key[i] not in PLACE_HEADS
        and looks_like_name(z.light(i))
        and not _preposition_name(z.light(i), cg)
    )


def _foreign_middle(z, e: int, cg, stops=()) -> bool:
    """Tokens ``e``, ``e + 1`` go on a foreign name (after a word of :func:`_foreign`):
    ``e`` is a word the lexicon knows but no everyday word (:func:`ordinary`: بارون
    "baron", Zipf 3.41), with no article, proclitic or conjunction, and ``e + 1`` is a
    word no Arabic word reads as (:func:`_foreign`): بيتاني بارون جيبس. A middle word
    alone, with no such surname after it, is left out (قال ترودو مستغربا)."""
    a = e + 1
    return (
        a < len(z)
        and z.sentence[a] == z.sentence[e] == z.sentence[e - 1]
        and e not in stops
        and _name_like(z, e, cg)
        and not z.definite[e]
        and z.peel[e] == 0
        and not ordinary(z, e)
        and not {"و", "ف"} & set(z.clitics[a])
        and _foreign(z, a, cg, stops)
    )


def _preposition_name(light: str, cg) -> bool:
    """A word the tokeniser left whole that is the preposition ل or ب + a name the
    gazetteer knows (لرويترز: رويترز), so no unknown name: the rest has five letters or
    more and is a word of a gazetteer alias (``cg.known``)."""
    return len(light) >= 6 and light[0] in "لب" and normalize(light[1:]) in cg.known


#: Name particles that make the word before them a first name: جلوي بن عبدالعزيز.
_SON_OF = _keys("بن ابن بنت")
_AAL = _k("آل")
#: Zipf frequency from which a lone indefinite word after a head noun is read as an
#: everyday noun (تدريب 4.9), not a name (حميميم 2.4).
_ORDINARY_ZIPF = 4.0


def _family_name(z, j: int, cg) -> bool:
    """Token ``j`` can close a name after ``بن X`` as a definite family name
    (عبدالرحمن بن عبدالله العبدالجبار، عبداللطيف بن راشد الزياني): the lexicon finds the
    definite word rare (Zipf < 3.2) or far more frequent than its indefinite form (a
    nisba used as a family name: الغامدي 3.66 / غامدي 1.51), and it is no feminine or
    plural noun, title or nationality."""
    k = z.key[j]
    if not (z.definite[j] and z.peel[j] == 0 and _name_like(z, j, cg)):
        return False
    if k.endswith(("يه", "ات")) or k in cg.norp_keys:
        return False
    light = z.light(j)
    whole = zipf(light)
    return whole < 3.2 or whole - zipf(light[2:]) >= 0.85


#: Zipf under which a definite nisba in ي closes a patronymic before punctuation
#: (:func:`_closing_family_name`: بن مانع العمري، 4.07).
_NISBA_FAMILY_ZIPF = 4.5
#: First parts of compound first names with الدين (جلال الدين، سراج الدين، صلاح الدين):
#: the pair is one first name, a surname may follow (جلال الدين حقاني).
DIN_FIRSTS = _keys(
    "جلال سراج صلاح نور عز علاء بدر شمس نصر خير بهاء فخر تاج شهاب كمال محي محيي زين "
    "عماد سيف ضياء نجم قطب قمر جمال حسام تقي معين ركن غياث برهان شرف صدر ناصر محب "
    "عصام نظام حسن"
)
_DIN = _k("الدين")


def _din_end(z, i: int) -> int:
    """``i + 2`` when tokens ``i, i + 1`` are a compound first name in الدين (جلال
    الدين: :data:`DIN_FIRSTS`, both without proclitic, the first indefinite), else
    ``i``."""
    if (
        z.key[i] in DIN_FIRSTS
        and i + 1 < len(z.key)
        and not z.definite[i]
        and z.key[i + 1] == _DIN
        and z.definite[i + 1]
        and z.peel[i + 1] == 0
        and z.sentence[i + 1] == z.sentence[i]
    ):
        return i + 2
    return i


def _closing_family_name(z, j: int, cg) -> bool:
    """Token ``j`` closes a patronymic name as a family name that is also an everyday
    word (عزام بن محمد الدخيّل: الدخيل "the intruder", Zipf 3.56, as frequent as دخيل):
    a definite word with no proclitic, no plural, feminine or nisba-adjective ending
    (-ات -ية -ون -ين), no time word, title or modifier, less frequent than an everyday
    noun (Zipf < 4.0: التقى محمد بن سلمان الوفد is the verb's object), and the clause
    ends right after it: punctuation, the end of the zone or a reporting verb. A noun
    after ``X بن Y`` in running text has words of its own after it."""
    k = z.key[j]
    if not (z.definite[j] and z.peel[j] == 0 and _name_like(z, j, cg)):
        return False
    if k.endswith(("ات", "يه", "ون", "ين")) or k in _TIME_WORDS or k in MODIFIERS:
        return False
    # التقى محمد بن سلمان الوفد: a frequent noun is the verb's object; a nisba in ي is
    # a family name up to a higher frequency (العمري 4.07, "my age" عمري beside it)
    if zipf(z.light(j)) >= (_NISBA_FAMILY_ZIPF if k.endswith("ي") else _ORDINARY_ZIPF):
        return False
    return _clause_ends_after(z, j, cg)


def _first_name_family(z, j: int, cg) -> bool:
    """Token ``j`` closes a patronymic as a family name formed from a first name with
    the article (أحمد بن محمد السالم، سعود بن عبدالله الراشد، عبدالعزيز بن صالح
    العلي: Najdi family names): a definite word with no proclitic whose key is a listed
    first name that is no everyday noun (``noun`` in ``data/first_names.txt``), no
    title, modifier or time word, rarer than :data:`_NISBA_FAMILY_ZIPF` (الحمد "praise"
    4.76 is the word) and not opening a religious formula (الحمد لله)."""
    k = z.key[j]
    return (
        z.definite[j]
        and z.peel[j] == 0
        and z.kind[j] == "word"
        and k in cg.first_names
        and k not in _noun_names()
        and k not in _TITLE_FIRST
        and k not in MODIFIERS
        and k not in _TIME_WORDS
        and not z.stop[j]
        and zipf(z.light(j)) < _NISBA_FAMILY_ZIPF
        and not (j + 1 < len(z) and z.key[j + 1] == _ALLAH)
    )


def _second_family_name(z, j: int, cg, p: int) -> bool:
    """Token ``j`` is a second family name after the first one that closed a patronymic
    (يحيى بن محمد الرفيدي القحطاني: clan, then tribe): a definite nisba in ي of the
    same sentence that :func:`_family_name` reads as a family name (a rare word, or
    one far more frequent with the article than without: القحطاني) and no
    nationality (السعودي) or modifier (الحالي)."""
    return (
        j < len(z)
        and z.sentence[j] == z.sentence[p]
        and z.kind[j] == "word"
        and z.key[j].endswith("ي")
        and z.key[j] not in MODIFIERS
        and z.key[j] not in _TIME_WORDS
        and _family_name(z, j, cg)
    )


#: Zipf (with the article) from which a word in ـتي is read as a noun in ة in the dual
#: construct or with the suffix "my" (برقيتي: البرقية 3.31), not a family name in -تي.
_DUAL_NOUN_ZIPF = 3.0


def _word_after_chain(light: str) -> bool:
    """A word (its ``light`` form) after a بن-chain that is an ordinary word, not a
    family name no Arabic word reads as: a noun with a pronoun suffix
    (:func:`helpers.entities.lexicon.suffixed_noun`), a noun in ة in the dual construct or
    with "my" (برقيتي "his two telegrams of", the article form at Zipf >=
    :data:`_DUAL_NOUN_ZIPF`), or a function word after و or ف written whole (والى "and
    to"): محمد بن نايف [برقيتي تهنئة]، محمد بن سلمان بن عبدالعزيز [والى كافة]."""
    from helpers.text.stopwords import is_stopword

    return (
        suffixed_noun(light)
        or (light.endswith("تي") and zipf("ال" + light[:-2] + "ة") >= _DUAL_NOUN_ZIPF)
        or (len(light) > 2 and light[0] in "وف" and is_stopword(normalize(light[1:])))
    )


def _compound_first_surname(z, j: int, cg) -> bool:
    """Token ``j`` is the surname after a compound first name (عبد القادر، أبو بكر),
    which is one first name as محمد is: an indefinite word of the same sentence with no
    proclitic that is no everyday word (:func:`ordinary`: عنوان، استخدام), no past-tense
    verb (:func:`_past_verb`: اختطف، كسب) and no noun with a pronoun suffix other than
    ي, which nisba names end in (:func:`helpers.entities.lexicon.suffixed_noun`: تأكيده،
    نائبه; not خمري): عبد القادر خمري، عبد القيوم ذاكر، عبد الغني باتاي."""
    light = z.light(j)
    return (
        z.sentence[j] == z.sentence[j - 1]
        and z.kind[j] == "word"
        and not z.definite[j]
        and z.peel[j] == 0
        and _name_like(z, j, cg)
        and not ordinary(z, j)
        and not _past_verb(light)
        and not (suffixed_noun(light) and not light.endswith("ي"))
    )


#: Marks that open what follows (a quotation, a bracket): no end of a clause before them
#: (مكتبة الملك عبدالعزيز تدشن «قطار القراءة»: تدشن is the verb, its object quoted).
_OPENING_MARKS = frozenset("«(“[{")


def _clause_ends_after(z, j: int, cg) -> bool:
    """The clause ends right after token ``j``: punctuation other than an opening mark
    (:data:`_OPENING_MARKS`), the end of the zone or of the sentence, or a reporting
    verb. A number or a Latin word goes on with the clause (رجب تزن 851 طنا: a verb
    and its object)."""
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j]:
        return True
    if z.kind[a] == "word":
        return z.key[a] in cg.reporting
    return z.kind[a] == "punct" and z.key[a][:1] not in _OPENING_MARKS


#: The name of God, which closes religious formulas after a verb (رحمه الله).
_ALLAH = "الله"
#: First names that open an oath before الله (معاذ الله "God forbid"): there no name.
OATH_NAMES = _keys("معاذ")


def _formula(z, j: int, cg) -> bool:
    """Token ``j`` opens a religious formula: a word that is no first name or name
    particle, followed in its sentence by الله (رحمه الله، حفظه الله، صلى الله عليه
    وسلم). عبد الله and نصر الله (a first name) stay names."""
    k = z.key[j]
    return (
        j + 1 < len(z)
        and z.key[j + 1] == _ALLAH
        and z.sentence[j + 1] == z.sentence[j]
        and k not in PARTICLES
        and k not in cg.first_names
    )


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


def _surname_of_noun(z, j: int, cg) -> bool:
    """Token ``j`` can follow a first name that is also a noun (flag ``noun`` of
    ``data/first_names.txt``)
    as its surname: a known person's surname, a family name (:func:`_family_name`:
    a rare definite word, المحيسن, or a nisba, الغامدي; not المملكة), or an
    indefinite word that is no noun with a pronoun suffix
    (عماد متعب; not عماد وجودها, whose stem وجود takes the article)."""
    if z.key[j] in cg.person_surnames:
        return True
    if z.definite[j]:
        return _plain_family_name(z, j, cg)
    return not suffixed_noun(z.light(j))


def _plain_family_name(z, j: int, cg) -> bool:
    """:func:`_family_name`, stricter, where the word before is also an everyday word
    (عماد، جميل، رمضان): a frequent definite word counts only as a nisba in ي that is
    no time word (الغامدي, not الماضي), a rare one only if it is no sound plural
    (الزريع, not المنشدين); frequent nouns (المملكة، الناس) never."""
    k = z.key[j]
    if k.endswith(("ين", "ون")) or k in _TIME_WORDS or not _family_name(z, j, cg):
        return False
    return k.endswith("ي") or zipf(z.light(j)) < 3.2


#: Zipf from which a definite word is too common a noun to be a family name after a
#: first name (الخليج 5.12، النبي 5.29، الأمن 5.44; family names: الحربي 4.43، الشريف
#: 4.62, الحسن 4.93).
_EVERYDAY_ZIPF = 5.0
#: After a definite noun, a nationality adjective stands as a title only before a
#: first name or a word rarer than this (القوات الإسرائيلية وفقا 5.28، الحكومة التركية
#: أكدوا 3.56 are adjectives; النادي الجديد البرازيلي روبينيو 2.32 a player).
_NISBA_TITLE_ZIPF = 3.5
#: Second parts of compound names that are among the commonest words: حمد الله،
#: سيف الإسلام، سراج الدين (no everyday noun there).
COMPOUND_SECONDS = _keys("الله الدين الإسلام")


def _nisba_like(light: str) -> bool:
    """A definite word in ي whose stem is a word of its own: a nisba adjective, which
    names a family (العربي: عرب 4.78), not النبي (نب 2.65)."""
    return light.endswith("ي") and zipf(light[2:-1]) >= 3.0


def _present_verb(light: str) -> bool:
    """A present-tense verb by its attested persons: a word in ي or ت whose forms with
    both other prefixes of ي ت ن are attested (Zipf >= 1.5 each, 4.5 together): تخلف
    (يخلف 3.7, نخلف 2.1), يستبق. Names have at most one (يامين: تامين; توين: يوين
    2.34 but نوين 1.86; تشيك، ييلين: none)."""
    if len(light) < 3 or light[0] not in "يت":
        return False
    others = [zipf(p + light[1:]) for p in "يتن" if p != light[0]]
    return min(others) >= 1.5 and sum(others) >= 4.5


#: Zipf from which the definite form of a word's stem without its final alef makes the
#: word an accusative noun whose tanween is not written (زعيما: الزعيم 4.57).
_ACCUSATIVE_ZIPF = 3.5


def _accusative(light: str) -> bool:
    """An indefinite noun in the accusative with its tanween alef but no mark (زعيما،
    رئيسا، مدربا): the stem without the alef takes the article at Zipf >= 3.5 and is at
    least as frequent as the alef form. Names in -ا are not (ماريا: الماري 1.78;
    أوباما: 0; زكريا 1.87)."""
    if len(light) < 4 or not light.endswith("ا"):
        return False
    stem = light[:-1]
    return zipf("ال" + stem) >= _ACCUSATIVE_ZIPF and zipf(stem) >= zipf(light)


#: Zipf from which an indefinite word in -ا is an adverb (:func:`_adverb`): سابقا 5.07،
#: لاحقا 5.14، مؤخرا 5.03; and from which its stem with the article is a word
#: (اللاحق 3.41، المؤخر 2.91).
_ADVERB_ZIPF = 4.0
_ADVERB_STEM_ZIPF = 2.9


def _adverb(light: str) -> bool:
    """An adverb in the accusative with its tanween alef (سابقا، حاليا، لاحقا، مؤخرا،
    رسميا): a frequent word (Zipf >= :data:`_ADVERB_ZIPF`) of four letters or more in -ا
    whose stem takes the article (Zipf >= :data:`_ADVERB_STEM_ZIPF`). It ends a name
    (الملك عبدالعزيز سابقا); a surname in -ا has no definite stem (سيلفا: السيلف 1.41،
    أوباما: 0). First names are not asked (دينا، أنجيلا)."""
    return (
        len(light) >= 4
        and light.endswith("ا")
        and zipf(light) >= _ADVERB_ZIPF
        and zipf("ال" + light[:-1]) >= _ADVERB_STEM_ZIPF
    )


def ordinary(z, i: int) -> bool:
    """Token ``i`` is an everyday word by the lexicon: frequent (Zipf ≥ 4.0) and not
    read as a name (:func:`helpers.entities.lexicon.looks_like_name`): تعتمد 4.6,
    يناهز."""
    light = z.light(i)
    return zipf(light) >= _ORDINARY_ZIPF and not looks_like_name(light)


def _adjective_like(key: str) -> bool:
    return key in ADJECTIVES or key.endswith(_ADJ_ENDINGS)


#: Proclitics the text layer may read off the first letter of a foreign surname
#: (بلينيل، باطوق، كنون، بحاح: ب or ك + a rest no more a word than the whole);
#: و ف ل are left out: after a name they open the next clause (فأكد، ليتسع).
SURNAME_PROCLITICS = frozenset({("ب",), ("ك",)})
#: Zipf under which a word read as ب/ك + rest may be a surname read whole (بحاح 2.96;
#: بجهود، بكل are far more frequent).
_WHOLE_SURNAME_ZIPF = 3.0
#: A rest that looks like a name, at least this frequent and this many Zipf units more
#: frequent than the whole word, is a name after a preposition (بترودو، بميركل).
_NAMED_REST_ZIPF = 3.0
_NAMED_REST_GAP = 2.0


def _whole_surname(z, j: int, cg) -> bool:
    """Token ``j``, which the text layer reads as ب or ك + rest, is a surname read whole
    right after a name (إيدوي بلينيل، محمد كنون، عبد الناصر باطوق، كريم بوضيف): the
    whole word is no ordinary word by the lexicon (looks_like_name), rarer than
    :data:`_WHOLE_SURNAME_ZIPF`, and its rest is no word of a gazetteer alias or first
    name (بروسيا، بكيري، بمحمد keep their preposition) nor a foreign name written alone
    far more often (بترودو). Measured on 1,319 unread stories
    (DEVELOPING.md, session 10): 17 such surnames, none wrong."""
    if z.kind[j] != "word" or z.peel[j] != 1 or z.clitics[j] not in SURNAME_PROCLITICS:
        return False
    if z.stop[j] or z.tanween[j] or z.definite[j]:
        return False  # محمد بالطيور: ب + a definite noun
    whole = normalize(z.text[z.start[j] : z.end[j]])
    rest = whole[1:]
    zw = zipf(whole)
    if zw >= _WHOLE_SURNAME_ZIPF or not looks_like_name(whole):
        return False
    if cg.first_names.get(surface_key(rest)) is False or (
        rest in cg.known and looks_like_name(rest)
    ):
        return False  # بمحمد، بنجران; نون of كنون is an ordinary word (flagged so)
    # التقى أوباما بترودو: the rest is a foreign name written alone far more often
    # (ترودو 3.30 / بترودو 0; not انديا 3.04 / بانديا 1.29, ايدون 2.09 / بايدون 0)
    zr = zipf(rest)
    return not (zr >= _NAMED_REST_ZIPF and zr - zw >= _NAMED_REST_GAP and looks_like_name(rest))


def _whole_name_part(z, j: int, cg) -> bool:
    """Token ``j``, right after a name particle (بن، ابن، أبو، آل...), which the text
    layer reads as one proclitic + rest, is a name part read whole (فهد بن لويبان
    الرشيدي، ساير بن لافي، أسامة بن لادن: ل + ويبان, ل + افي): after بن a name
    follows, so no ordinary-word test of the whole word is asked, only that it carries
    no article after the proclitic (ابن للعميد), no pronoun suffix or inflection (ابن
    بلده، ابن خالته) and is no stopword."""
    if z.kind[j] != "word" or z.peel[j] != 1 or z.key[j - 1] not in PARTICLES:
        return False
    if z.stop[j] or z.tanween[j] or z.definite[j] or z.sentence[j] != z.sentence[j - 1]:
        return False
    whole = normalize(z.text[z.start[j] : z.end[j]])
    return not (suffixed_noun(whole) or _noun_form(whole) or whole in cg.stop)


def _chained_patronymic(z, i: int, cg, *, twice: bool = False) -> bool:
    """Tokens ``i``, ``i+1`` (بن), ``i+2`` open a patronymic chain that no first-name
    list needs to vouch for: the father's name (an unlisted word, or one the text layer
    read as proclitic + rest, :func:`_whole_name_part`) is followed by a second بن or a
    definite family name (:func:`_plain_family_name`: a nisba in ي or a rare word):
    ساير بن لافي بن ساير الرشيدي، مطلق بن دغيم الخمعلي. With ``twice``, only a second
    بن counts: then even a first word that is an everyday word is a name (صفر، ضيف)."""
    j = i + 2
    if j + 1 >= len(z) or z.sentence[j + 1] != z.sentence[i]:
        return False
    if not (_name_like(z, j, cg) and (z.peel[j] == 0 or _whole_name_part(z, j, cg))):
        return False
    after = j + 1
    if z.key[after] in _SON_OF and z.peel[after] == 0:
        return True
    return not twice and z.peel[after] == 0 and _plain_family_name(z, after, cg)


def whole_key(z, j: int) -> str:
    """The key of token ``j`` read whole, its proclitic letters kept (باطوق for the
    token the text layer reads as ب + اطوق)."""
    return surface_key(normalize(z.text[z.start[j] : z.end[j]]))


def _read_whole(z, j: int) -> None:
    """Read token ``j`` of a zone as one word, its proclitic part of it (a surname of
    :func:`_whole_surname`, or its later bare mention, :mod:`helpers.entities.aliases`):
    key, form, peel and proclitics of the token are replaced, so the name's span,
    display and id take the whole word (باطوق, not اطوق)."""
    whole = normalize(z.text[z.start[j] : z.end[j]])
    z.reread(j, surface_key(whole), whole)


def _name_extent(z, p: int, cg, *, after_title: bool, stops=()) -> int:
    """End (exclusive) of a person's name starting at token ``p``, or ``p`` if none.

    ``stops``: token indices where a known place or organisation starts; a name never
    runs into one (حسن رشاد الدوحة: the name is حسن رشاد).
    """
    n = len(z)
    fn = cg.first_names
    # a first name that is also a nationality (تركي) opens a name when written
    # without the article (the first-name rule then needs a family name after it)
    nisba_first = z.key[p] in fn and z.key[p] in cg.norp_keys and not z.definite[p]
    # a first name that is also a stopword (أمين "amen", a title too) opens a name of
    # two words or more after a title: الرئيس الأسبق أمين الجميل
    stop_first = (
        after_title
        and z.stop[p]
        and (z.key[p] in fn or z.key[p] in TITLE_NAMES)
        and z.kind[p] == "word"
        and not z.definite[p]
        and z.peel[p] == 0
        and not z.tanween[p]
    )
    if (
        not (_name_like(z, p, cg) or stop_first or (nisba_first and z.kind[p] == "word"))
        or p in stops
    ):
        return p
    if z.key[p] in OATH_NAMES and p + 1 < n and z.key[p + 1] == _ALLAH:
        return p  # معاذ الله "God forbid": an oath, no name
    if _noun_before_title(z, p, cg):
        return p  # منح الرئيس وسام الملك عبدالعزيز: "medal", in construct, no name
    j = p + 1
    # عبدربه، عبدالعزيز written as one word are first names like عبد ربه (keys.fused_abd)
    first = z.key[p] in fn or fused_abd(z.key[p]) or stop_first
    # جلال الدين حقاني: a compound first name in الدين counts as one word
    base = p
    if _din_end(z, p) > p:
        first, j, base = True, p + 2, p + 1
    opened = first or z.key[p] in PARTICLES
    # a word before بن is a first name: [جلوي بن عبدالعزيز بن مساعد]
    son_of = (
        j < n
        and z.key[j] in _SON_OF
        and z.peel[j] == 0
        and not z.definite[p]
        and z.peel[p] == 0
        and z.sentence[j] == z.sentence[p]
    )
    # a name before آل is a first name: رئيس النادي [هذيل آل شرمه]
    family_of = (
        j < n
        and z.key[j] == _AAL
        and z.peel[j] == 0
        and not z.definite[p]
        and z.peel[p] == 0
        and z.sentence[j] == z.sentence[p]
        and j + 1 < n
        and z.sentence[j + 1] == z.sentence[p]
        and z.kind[j + 1] == "word"
    )
    opened = opened or son_of or family_of
    if not opened and not after_title:
        return p
    if not opened:
        # an unknown name after a title (الرئيس ماكرون، الوزير إيلكا هيوبا): not an
        # adjective or ة-noun; a second word joins if it looks like a surname (no
        # article, no proclitic, not a present-tense verb in ي-, not a ة-noun)
        # a foreign name in -ي or -يه (ريبيري) is no adjective: the lexicon knows no
        # ordinary word of that spelling
        if _adjective_like(z.key[p]) and not (_foreign(z, p, cg, stops) and not ordinary(z, p)):
            return p
        if j < n and z.sentence[j] == z.sentence[p] and _foreign_particle_end(z, j, cg, stops) > j:
            return j + 2  # رافايل دا سيلفا
        if (
            j < n
            and j not in stops
            and z.sentence[j] == z.sentence[p]
            and z.key[p] not in cg.person_surnames  # الرئيس أوباما: a whole name
            and _whole_surname(z, j, cg)
        ):
            _read_whole(z, j)  # الكاتب الفرنسي إيدوي بلينيل
            return j + 1
        if (
            j < n
            and j not in stops
            and _name_like(z, j, cg)
            and z.sentence[j] == z.sentence[p]
            and not z.definite[j]
            and z.peel[j] == 0
            and not z.key[j].startswith("ي")
            and not z.key[j].endswith("ه")
            and z.key[j] not in ADJECTIVES
            # an accusative noun without its tanween mark: دونيس برنامجا (البرنامج)
            and not (z.key[j].endswith("ا") and zipf("ال" + z.light(j)[:-1]) >= 2.0)
            # an everyday word is no surname of an unknown name: ريبيري هدف البايرن
            and not ordinary(z, j)
        ):
            return j + 1
        return j
    surname_ok = first  # after a first name a surname may close the name
    patronymic = False  # a بن/ابن/بنت seen: then a definite surname must be a family name
    # a first name that is also a noun in construct (عمر "age", عماد "pillar", رحاب
    # "precincts"): without a title, its definite complement is a family name only if
    # the lexicon reads it as one (عماد المحيسن, not عماد العمل, عمر المتقدم)
    noun_first = not after_title and surname_ok and z.key[p] in _noun_names()
    # a patronymic chain may run longer (محمد بن فهد بن محمد بن عبدالرحمن)
    while j < n and (j - p < 6 or (patronymic and j - p < 10)):
        if j in stops:
            break
        if z.peel[j] > 0 and _whole_name_part(z, j, cg):
            _read_whole(z, j)  # فهد بن لويبان: a name after بن, read whole
        if z.peel[j] > 0:
            # no part of a name after the first carries a proclitic (بحمد لله), but a
            # surname the text layer read as ب/ك + rest closes it (محمد كنون)
            if surname_ok and z.sentence[j] == z.sentence[p] and _whole_surname(z, j, cg):
                _read_whole(z, j)
                j += 1
            break
        if z.start[j] > z.end[j - 1] + 1 and _dash_between(z, j - 1, j):
            break  # أم محمد ـ الخبر: a byline's dash ends the name (a lone ـ is no token)
        if _formula(z, j, cg):
            break  # رحمه الله، صلى الله عليه وسلم: a religious formula, no name
        if j == p + 1 and z.key[j] == _ALLAH and "ب" in z.clitics[p]:
            break  # بحمد الله، بفضل الله "thanks to God": a preposition opens no name
        if noun_first and j == p + 1 and not _surname_of_noun(z, j, cg):
            break
        # a nisba that is also a nationality (منصور التركي، محمد المصري) can close a name
        nisba = surname_ok and z.definite[j] and z.key[j] in cg.norp_keys and not z.stop[j]
        # شاهين الباكستاني: after a first name only the generated list holds, with no
        # title, a nationality describes the person (no part of a span), no family name
        if nisba and not after_title and z.key[j - 1] in _generated_first_names():
            break
        if nisba and z.sentence[j] == z.sentence[p] and z.kind[j] == "word":
            j += 1
            break
        k = z.key[j]
        prev = z.key[j - 1]
        if k in _TIME_WORDS and z.definite[j] and prev in HIJRI_MONTHS:
            break  # شهر شعبان الجاري: a month (a first name too) and a time word
        if k in MODIFIERS and z.definite[j]:
            break  # الحالي، السابق، الجديد qualify the word before, they are no surname
        if k in FOREIGN_PARTICLES and _foreign_particle_end(z, j, cg, stops) > j:
            j = _foreign_particle_end(z, j, cg, stops)
            break  # رافايل دا سيلفا
        # after بن a nisba-like given name is a name (فيصل بن تركي، not "Turkish")
        after_particle = (
            prev in PARTICLES
            and k in cg.norp_keys
            and not z.definite[j]
            and z.kind[j] == "word"
            and not z.stop[j]
        ) or (prev == _AAL and z.kind[j] == "word" and z.peel[j] == 0 and not z.stop[j])
        # ولد الشيخ، بن الشيخ: after a particle a definite title word is a name part
        # (إسماعيل ولد الشيخ أحمد), not the title of the next name
        after_particle = after_particle or (
            prev in PARTICLES
            and k in _TITLE_FIRST
            and z.definite[j]
            and z.peel[j] == 0
            and z.kind[j] == "word"
            and not z.stop[j]
        )
        # محمد بن عبدالله المرشد، : a title word closing a patronymic before the clause
        # ends is the family name (المرشد), as _closing_family_name reads everyday words
        title_family = (
            patronymic
            and k in _TITLE_FIRST
            and z.definite[j]
            and z.peel[j] == 0
            and z.kind[j] == "word"
            and not z.stop[j]
            and _clause_ends_after(z, j, cg)
        )
        if title_family and z.sentence[j] == z.sentence[p]:
            j += 1
            break
        if (not _name_like(z, j, cg) and not after_particle) or z.sentence[j] != z.sentence[p]:
            break
        if prev == _AAL and z.kind[j] == "word" and z.peel[j] == 0 and not z.stop[j]:
            j += 1  # آل الشيخ، آل سعود، آل ثاني: any word names the family
            break
        if prev in PARTICLES:
            j += 1
            # عبد الفتاح، أبو محمد open a name: a surname may follow; بن سلمان does not
            surname_ok = prev in COMPOUND_PARTICLES
            patronymic = patronymic or prev in _SON_OF
            continue
        if _noun_before_title(z, j, cg):
            break  # منح الملك سلمان وسام الملك عبدالعزيز: "medal", in construct
        if k in PARTICLES or ((k in fn or fused_abd(k)) and not z.definite[j]):
            j += 1
            surname_ok = k in fn or fused_abd(k)
            continue
        # the surname closes the name; after two or more first names only a nisba
        # (الحكيم) is taken: محمد صلاح جاهزيته، نواف سلام سيزور
        # a definite plural in -ات is a noun, not a family name: عمر السيارات "the age
        # of the cars", فيصل التطبيقات
        plural = z.definite[j] and k.endswith(("ات", "يه"))  # also فهد المركزية
        # after a title a rare definite word in -ية is a family name: وزير الخارجية
        # القطري خالد العطية (3.08; المركزية 4.79)
        if plural and after_title and k.endswith("يه") and zipf(z.light(j)) < 3.2:
            plural = False
        # عن عمر يناهز "at the age of": a frequent present-tense verb is no surname
        verb = not z.definite[j] and k.startswith(("ي", "ت")) and ordinary(z, j)
        # محمد لاختبار "Muhammad for a test": a preposition + noun is no surname
        verb = verb or (not z.definite[j] and preposition_noun(z.light(j)))
        # الملا منصور زعيما جديدا: an accusative noun whose tanween is not written
        verb = verb or (not z.definite[j] and k not in fn and _accusative(z.light(j)))
        if not z.definite[j] and k not in fn and k not in cg.person_surnames:
            light = z.light(j)
            # دي ماريا تخلف عن: a present-tense verb by the lexicon, however rare, where
            # the clause goes on after it (a verb has its complement; a surname closing
            # the clause is a name: الدكتور سمير توكل، دونالد تاسك، جانيت يلين،);
            # without a title, أكرم منا، يوسف بدلا: a word among the commonest
            # الملك عبدالعزيز سابقا: an adverb ends the name, title or not
            verb = (
                verb
                or (_present_verb(light) and not _clause_ends_after(z, j, cg))
                or (not after_title and zipf(light) >= _EVERYDAY_ZIPF)
                # not a place's name in -ا (الرئيس رافائيل كوريا: الكوري is a word too)
                or (_adverb(light) and light not in cg.known)
            )
        # after a patronymic (سلطان بن عبد العزيز) a definite word closes the name only
        # as a family name the lexicon supports (العبدالجبار), not الوفد "the delegation"
        family = (
            not patronymic
            or not z.definite[j]
            or _family_name(z, j, cg)
            or _closing_family_name(z, j, cg)
        )
        # a first name only the generated list holds (عرفات، خلدون: often a surname),
        # without a title: its surname must be no everyday word (عرفات كمية، دشتي
        # مرفوض) and, definite, a family name by the lexicon (not خلدون العلامة)
        if not after_title and prev in _generated_first_names():
            if z.definite[j]:
                family = family and (_family_name(z, j, cg) or _closing_family_name(z, j, cg))
            elif ordinary(z, j):
                family = False
        # ويزور كيري الخليج، نور النبي: a definite word as frequent as the commonest
        # nouns is the verb's object or a noun, no family name
        if (
            not after_title
            and z.definite[j]
            and k not in COMPOUND_SECONDS  # حمد الله، سيف الإسلام، سراج الدين
            and k not in cg.person_surnames
            and zipf(z.light(j)) >= _EVERYDAY_ZIPF
            and not _nisba_like(z.light(j))  # نبيل العربي
        ):
            family = False
        if surname_ok and (j - base < 2 or z.definite[j]) and not plural and not verb and family:
            j += 1
        elif (
            surname_ok
            and j == p + 2
            and z.key[p] in COMPOUND_PARTICLES
            and not verb
            and _compound_first_surname(z, j, cg)
        ):
            j += 1  # عبد القادر خمري، عبد الله غل: a compound first name is one
        elif surname_ok and not patronymic and _nisba_family_before_role(z, j, cg):
            j += 1  # أشرف العربي وزير التخطيط، محمد علي جعفري قائد الحرس
        elif (
            not surname_ok
            and prev not in PARTICLES
            and (
                _family_name(z, j, cg)
                or _closing_family_name(z, j, cg)
                or _first_name_family(z, j, cg)
            )
        ):
            j += 1  # بن راشد الزياني، بن محمد الدخيّل: a family name after a patronymic
            if _second_family_name(z, j, cg, p):
                j += 1  # يحيى بن محمد الرفيدي القحطاني: clan, then tribe
        elif (
            not surname_ok
            and prev not in PARTICLES
            and z.key[j - 2] in _SON_OF
            and _foreign(z, j, cg, stops)
            and not _word_after_chain(z.light(j))
        ):
            j += 1  # سعيد بن محمد مخايش: a family name no Arabic word reads as
        elif (
            surname_ok
            and not z.definite[j]
            and z.sentence[j] == z.sentence[p]
            and _foreign(z, j, cg, stops)
        ):
            j += 1  # رمضان أحمد قاديروف: a surname no Arabic word reads as
        break
    if z.key[j - 1] in PARTICLES:
        j -= 1
    if stop_first and j - p < 2:
        return p  # قال الرئيس لي إن "told me": no name of one stopword
    return j


#: Proclitics a given name keeps before it in a list of people (ورشيد التلمساني): a
#: conjunction; a preposition (بعمران، لرياض) reads the word as a place.
_NAME_CONJUNCTIONS = frozenset({"و", "ف"})

#: Royal titles that open a second name after a noun in construct (وسام الملك عبدالعزيز،
#: جائزة الأمير سلطان); الشيخ، الإمام are family names too (محمد سعيد الشيخ).
_ROYAL_TITLES = _keys("الملك الأمير السلطان")

#: Nouns that are also first names (حياة، عهد) and, before a name, are mostly a noun in
#: construct with it: حياة شارل ديغول "de Gaulle's life", وفاة، مقتل، اغتيال، زيارة،
#: تصريحات. Only before a first name no list flags as an everyday word do they open no
#: name (منار شاهين، جنى مازن stay names).
CONSTRUCT_NOUNS = _keys("حياة وفاة عهد مقتل اغتيال زيارة تصريحات")


def _role_follows(z, j: int, cg) -> bool:
    """A role or a report follows token ``j`` in its sentence: an indefinite title noun
    in construct (:data:`CONSTRUCT_TITLES`: وزير التخطيط، قائد الحرس), a reporting verb,
    or the end of the clause (:func:`_clause_ends_after`)."""
    a = j + 1
    role = (
        a < len(z)
        and z.sentence[a] == z.sentence[j]
        and z.kind[a] == "word"
        and z.key[a] in CONSTRUCT_TITLES
        and not z.definite[a]
        and z.peel[a] == 0
    )
    return role or _clause_ends_after(z, j, cg)


def _nisba_family_before_role(z, j: int, cg) -> bool:
    """Token ``j``, right after a listed first name, is a family name that reads as a
    nisba adjective, because a role or a report follows it (:func:`_role_follows`):
    أشرف العربي وزير التخطيط (العربي "Arab": a definite nisba whose stem is a word,
    :func:`_nisba_like`), محمد علي جعفري قائد الحرس الثوري (an indefinite word in ي whose
    stem is a listed first name: جعفر). No modifier or time word (السابق، الماضي)."""
    k = z.key[j]
    if z.kind[j] != "word" or z.peel[j] or z.stop[j] or k in MODIFIERS or k in _TIME_WORDS:
        return False
    light = z.light(j)
    if z.definite[j]:
        nisba = _nisba_like(light)
    else:
        nisba = k.endswith("ي") and len(k) >= 4 and k[:-1] in cg.first_names
    return nisba and _role_follows(z, j, cg)


#: Zipf under which a word no Arabic word reads as may be the surname of a first name
#: that is also an everyday word (:func:`_foreign_surname`: مموزيني 0، كوادرادو 2.38،
#: حكيموف 1.6; ordinary surnames of Arabic names are asked by the lexicon's family-name
#: tests instead).
_FOREIGN_SURNAME_ZIPF = 3.0


def _foreign_surname(z, j: int, cg, stops=()) -> bool:
    """Token ``j``, right after a listed first name that is also an everyday word (flag
    ``common``: سعيد، خوان، حسن، نبيل), is its surname because no Arabic word reads as it:
    وقال سعيد مموزيني، قبل أن يضيف إليهم خوان كوادرادو، وحسن حكيموف نائب رئيس. A word
    of :func:`_foreign` (no article, proclitic, first name or gazetteer word of that
    shape, :func:`helpers.entities.lexicon.looks_like_name`) rarer than
    :data:`_FOREIGN_SURNAME_ZIPF`, and no inflected noun or verb (:func:`_noun_form`:
    كامل وعيك، كامل لياقتي), accusative (:func:`_accusative`) or present-tense verb
    (:func:`_present_verb`). Judged on the SaudiNewsNet stories of 2015-07-21
    (DEVELOPING.md, session 11, branch persons11)."""
    if j >= len(z) or z.sentence[j] != z.sentence[j - 1] or not _foreign(z, j, cg, stops):
        return False
    light = z.light(j)
    return (
        zipf(light) < _FOREIGN_SURNAME_ZIPF
        and not _noun_form(light)
        and not _accusative(light)
        and not _present_verb(light)
        and not _inflected(light)
    )


#: Indefinite office nouns in construct after a role (:func:`_office_complement`: رئيس
#: وزراء، وزيرة خارجية، رئيس حكومة، رئيس أركان); the definite ones (الوزراء، الخارجية)
#: are complements already.
OFFICE_COMPLEMENTS = _keys("وزراء حكومة خارجية دفاع داخلية مالية أركان")
#: Roles whose office a country names in construct (:func:`_office_complement`: رئيس
#: فرنسا، سفير نيوزيلندا، ملك إنجلترا); not أمير (أمير منطقة القصيم is a governor, the
#: word after is the clause's verb: واكب).
COUNTRY_ROLES = CONSTRUCT_TITLES | _keys("سفير سفيرة ملك ملكة")


def _office_complement(z, j: int, t: int, construct: bool, starts, cg) -> bool:
    """Token ``j`` goes on the role that ended at ``t``, a title in construct of
    :data:`COUNTRY_ROLES` (no article: رئيس، وزيرة، سفير), because a place the gazetteer
    knows names its country: ``j`` is that place right after the title (سفير فرنسا), or
    an indefinite office noun of :data:`OFFICE_COMPLEMENTS` with the place or a known
    body right after it (رئيس وزراء اليونان أليسكيس تسيبراس، وزيرة خارجية الاتحاد
    الأوروبي فيديريكا موغيريني), or that place after such a noun. An office noun with no
    known place after it ends the role (وزير دفاع مقرب منه, رئيس وزراء لوكسمبرغ: the
    word after is no name). Neither carries a proclitic."""
    if not construct or z.key[t - 1] not in COUNTRY_ROLES or z.peel[j] != 0:
        return False
    if j == t and not z.definite[j] and z.key[j] in OFFICE_COMPLEMENTS:
        a = j + 1
        return a in starts and cg.types[starts[a][1][0]] in ("LOC", "ORG")
    placed = j == t or (j == t + 1 and z.key[t] in OFFICE_COMPLEMENTS and not z.definite[t])
    return placed and j in starts and cg.types[starts[j][1][0]] == "LOC"


def _noun_before_title(z, j: int, cg) -> bool:
    """Token ``j``, a first name that is an everyday word (flag ``common``: وسام "medal"),
    is a noun in construct with a royal title after it (:data:`_ROYAL_TITLES`) and a
    first name after that: منح الملك سلمان وسام الملك عبدالعزيز. It ends the name
    before it (سلمان)."""
    a = j + 1
    return (
        cg.first_names.get(z.key[j]) is True
        and not z.definite[j]
        and a + 1 < len(z)
        and z.key[a] in _ROYAL_TITLES
        and z.definite[a]
        and z.peel[a] == 0
        and z.sentence[a + 1] == z.sentence[j]
        and (z.key[a + 1] in cg.first_names or fused_abd(z.key[a + 1]))
    )


#: Zipf under which a transliterated one-word ORG name is rare enough to be a surname
#: after a first name (رينو 3.7، بيجو 3.36); a body the news names daily is not (داعش
#: 5.13 in الجهادي جون داعش, حماس 4.73، طالبان 4.09).
SURNAME_COMPANY_ZIPF = 4.0


def surname_company(z, s, cg) -> bool:
    """The one-word gazetteer ORG span ``s`` is a person's surname: a transliterated name
    (no ordinary Arabic word by the lexicon, :func:`helpers.entities.lexicon.looks_like_name`,
    written without article or proclitic) right after a listed first name in its sentence
    (الممثل الفرنسي جان رينو: the actor, not the carmaker رينو), a rare word (Zipf under
    :data:`SURNAME_COMPANY_ZIPF`: not داعش). A first name is the
    stronger cue: a company is not written after one. Read by :func:`rule_spans` (such a
    name does not stop a person's name; the longer person span then wins)."""
    i = s.i
    if (
        i == 0
        or cg.types[s.cands[0]] != "ORG"
        or z.kind[i] != "word"
        or z.definite[i]
        or z.peel[i] > 0
        or z.clitics[i]
        or not looks_like_name(z.light(i))
        or zipf(z.light(i)) >= SURNAME_COMPANY_ZIPF
    ):
        return False
    b = i - 1
    return (
        z.sentence[b] == z.sentence[i]
        and z.kind[b] == "word"
        and not z.definite[b]
        and z.key[b] in cg.first_names
        and z.end[b] + 1 >= z.start[i]
    )


def first_name_town(z, i: int, cg) -> bool:
    """Token ``i``, a one-word place name, is a listed first name used as one: written
    without the article or a preposition (a conjunction may precede), and in a name's
    context in its sentence: after a first name, a name particle or a title (هاشم
    عمران، آل عمران، الملكة رانيا), or before a first name, a definite family name the
    lexicon supports (:func:`_family_name`, a nisba :func:`_nisba_like`) or a word no
    Arabic word reads as (:func:`_foreign`): رياض ياسين، رياض المهيدب، رشيد التلمساني،
    عمران فلاتة. Not رياض الأطفال "kindergartens", صنعاء وعمران, محافظة عمران.

    Read by :func:`rule_spans` (such a town does not stop a person's name) and by
    ``extract._without_surname_towns`` (the place row is dropped)."""
    if (
        z.kind[i] != "word"
        or z.definite[i]
        or z.key[i] not in cg.first_names
        or not set(z.clitics[i]) <= _NAME_CONJUNCTIONS
    ):
        return False
    sent = z.sentence[i]
    b = i - 1
    if b >= 0 and z.sentence[b] == sent and z.kind[b] == "word" and not z.clitics[i]:
        kb = z.key[b]
        if kb in _TITLE_FIRST or kb in PARTICLES or (kb in cg.first_names and not z.definite[b]):
            return True
    a = i + 1
    if a >= len(z) or z.sentence[a] != sent or z.kind[a] != "word" or z.clitics[a]:
        return False
    if z.key[a] in cg.first_names and not z.definite[a]:
        return True
    if z.definite[a]:
        return _family_name(z, a, cg) or _nisba_like(z.light(a))
    return _foreign(z, a, cg)


def _foreign_particle_end(z, j: int, cg, stops=()) -> int:
    """``j + 2`` when token ``j`` is a European name particle (:data:`FOREIGN_PARTICLES`)
    followed in its sentence by a name-like word without article or proclitic
    (دا سيلفا), else ``j``. لا is the Arabic negation unless the word after it is no
    ordinary Arabic word (:func:`helpers.entities.lexicon.looks_like_name`): جبل طارق لا
    تستطيع، أحمد منصور لا يقل، عمر لا يمكنه، عباس لا يؤمن، خالد لا شيء تغير; so is any
    particle that is also a function word (تمارا رالف لا تعترف); and a frequent
    present-tense verb (:func:`_present_verb` and :func:`ordinary`) follows no particle
    (not دي ماريا، فون دير لاين)."""
    if (
        j + 1 < len(z)
        and z.key[j] in FOREIGN_PARTICLES
        and z.peel[j] == 0
        and z.sentence[j + 1] == z.sentence[j]
        and j + 1 not in stops
        and _name_like(z, j + 1, cg)
        and not z.definite[j + 1]
        and z.peel[j + 1] == 0
        and not (_present_verb(z.light(j + 1)) and ordinary(z, j + 1))
        and (z.key[j] != _LA or looks_like_name(z.light(j + 1)))
        # a particle that is also a function word (لا: the negation) only before a word
        # no Arabic word reads as
        and not (z.stop[j] and not looks_like_name(z.light(j + 1)))
    ):
        return j + 2
    return j


def _first_name_title(z, i: int, j: int, fn) -> bool:
    """Whether the title at ``i`` is one word that is also a first name (سلطان، قائد:
    :data:`TITLES` and the first-name list ``fn``) right before word ``j``: then the
    two words are a man's first name and family name (اللاعب سلطان الشريف، ناصر بن
    سلطان الشريف), not a title and a listed person's surname (عمر الشريف)."""
    return j == i + 1 and z.key[i] in fn


def _title_end(z, i: int) -> int:
    if z.key[i] not in _TITLE_FIRST:
        return i
    for length in (3, 2, 1):
        if i + length > len(z):
            continue
        if tuple(z.key[i : i + length]) in TITLES and all(
            z.kind[t] == "word" for t in range(i, min(i + length, len(z)))
        ):
            return i + length
    return i


def _chain(z, i: int, cg, starts: dict[int, tuple[int, list[int]]], *, definite_ok: bool):
    """Construct chain after a head noun at ``i``: ``(end, inner span or None)`` or None."""
    n = len(z)
    j = i + 1
    if (
        z.key[i] in ORG_HEADS
        and j + 1 < n
        and z.key[j] in SETTLEMENT_HEADS
        and not z.definite[j]
        and z.peel[j] == 0
        and z.peel[j + 1] == 0
        and z.sentence[j + 1] == z.sentence[i]
    ):
        # an organisation of a place named with its place noun: شرطة مدينة زيوريخ،
        # بلدية محافظة جدة (one ORG, the place inside it, as أمانة منطقة الرياض)
        if j + 1 in starts and cg.types[starts[j + 1][1][0]] == "LOC":
            return starts[j + 1][0], None
        got = _chain(z, j, cg, {}, definite_ok=z.key[j] in PLACE_HEADS_DEFINITE_OK)
        if got is not None:
            return got[0], None
    genitive = False  # the word before is a noun in construct with a definite word
    while j < n and j - i <= 4:
        if j in starts and cg.types[starts[j][1][0]] != "NORP":
            end, cands = starts[j]
            return end, (j, end, cands)
        if not _name_like(z, j, cg) or z.sentence[j] != z.sentence[i]:
            break
        if z.key[j] in cg.reporting and not z.definite[j]:
            # a reporting verb ends the name: هيئة الرياضة قالت; a definite word is
            # none (وزارة النقل: نقل "reported" is a reporting verb)
            break
        if j > i + 1 and z.key[j] in COMPASS_WORDS:
            break  # مقبرة وادي عقاب | غرب الموصل: a direction opens a new phrase
        if j > i + 1 and cg.first_names.get(z.key[j]) is False:
            break  # a first name opens a person: رئيس نادي هجر فؤاد المسلم
        if (
            z.peel[j] > 0 or z.clitics[j][:1] == ("و",) or (j > i + 1 and z.clitics[j])
        ) and not z.definite[j]:
            # و/ل/ب before an indefinite word: coordination or a new phrase (إدارة
            # وتشغيل "management and operation", where the lexicon keeps وتشغيل whole;
            # past the name's first word, إقليم كردستان بتسليم, where the name's key
            # keeps بتسليم whole; a first word keeps its letters: مدينة لوزان)
            break
        if z.peel[j] > 0 and j > i + 1:
            break  # معهد تدريب للصيد: a ل-phrase after an indefinite word is no name
        if z.definite[j]:
            if j == i + 1 and not definite_ok:
                return None
            if j == i + 1 and z.peel[j] > 0 and z.clitics[j][-1:] in (("ل",), ("ب",)):
                return None  # متنزه للأسر "a park for families", مدينة للألعاب: no name
            if j > i + 1 and z.key[j] in AFFILIATION_WORDS:
                return j, None
            if (
                j > i + 1
                and not genitive
                and (z.key[j] in cg.norp_keys or _adjective_like(z.key[j]))
            ):
                return j, None  # مدينة زيوريخ السويسرية: the nationality is no part
            return j + 1, None
        # an ending like an adjective's on a noun in construct: شؤون المعلمين، صحة البيئة
        genitive = _adjective_like(z.key[j]) and _construct(z, j, cg)
        if genitive and j == i + 1 and z.key[j] in ORG_HEADS:
            return None  # تنظيم وزارة الإسكان "organising the ministry": the inner head
        if _adjective_like(z.key[j]) and not _foreign(z, j, cg) and not genitive:
            break  # شركة سوني: a foreign name in -ي is no adjective
        j += 1
    one_name = (
        j >= i + 2
        and z.peel[i + 1] == 0
        and not z.definite[i + 1]
        and (
            _foreign(z, i + 1, cg)
            or (not _adjective_like(z.key[i + 1]) and zipf(z.light(i + 1)) < _ORDINARY_ZIPF)
        )
    )
    if j == i + 2 and one_name:
        # one indefinite proper name: قاعدة حميميم، شركة أرامكو; not an everyday noun
        # (معهد تدريب "a training institute")
        return j, None
    if (
        j < n
        and j > i + 2
        and z.key[j] in COMPASS_WORDS
        and one_name
        and zipf(z.light(i + 2)) >= _ORDINARY_ZIPF
    ):
        # ولاية قندهار عاصمة | الجنوب: the name is its first word when an everyday noun
        # follows it and a direction closes the phrase
        return i + 2, None
    if (
        z.key[i] in FACILITY_HEADS
        and j in (i + 3, i + 4)
        and _foreign(z, j - 1, cg)
        and not ordinary(z, j - 1)
    ):
        # a foreign name of two or three words, the last no Arabic word: ملعب بارك
        # كوينز، ملعب ستامفورد بريدج
        return j, None
    return None


def _named_body_end(z, i: int, cg, starts) -> int | None:
    """End (exclusive) of the ORG named after a :data:`NAMED_ONLY_ORG_HEADS` head at
    ``i`` (indefinite, the caller checks), or None when the words after it are no name:

    - its construct chain (:func:`_chain`) closed by a definite adjective of
      :data:`ORG_TAIL_ADJECTIVES`: مركز دار العرب الطبي، مجموعة ناس القابضة، مركز
      أبحاث الفسيولوجيا الخلوية is not (الخلوية is no tail adjective);
    - after شبكة or مجموعة, one rare word (Zipf < :data:`_NAMED_BODY_ZIPF`, no
      proclitic) ending the phrase: an indefinite name not in ة, شبكة حقاني; a definite
      family nisba in ي, مجموعة الجريسي (after مركز one word is a Saudi district, a
      place: مركز طبب).

    A present verb after the head opens a clause (مركز يدعم ...): None.

    A listed name after the head is left to the gazetteer (:data:`LISTED_NAME_HEADS`).
    Kinds counted on SaudiNewsNet 2015-08-04 (DEVELOPING, session 10 orgs10)."""
    n = len(z)
    if i + 1 < n and _present_verb(z.light(i + 1)):
        return None  # مركز يدعم المواقع العربية: "a centre that supports"
    got = _chain(z, i, cg, starts, definite_ok=True)
    if got is not None and got[1] is None:
        end = got[0]
        if (
            end < n
            and z.definite[end]
            and z.peel[end] == 0
            and z.key[end] in ORG_TAIL_ADJECTIVES
            and z.sentence[end] == z.sentence[i]
        ):
            return _tail(z, end, cg, nationality=False)
    j = i + 1
    if (
        j < n
        and z.key[i] != _CENTRE  # مركز طبب، مركز خثعم: a Saudi district, a place
        and j not in starts
        and z.peel[j] == 0
        and not z.clitics[j]
        and _name_like(z, j, cg)
        and z.sentence[j] == z.sentence[i]
        and zipf(z.light(j)) < _NAMED_BODY_ZIPF
        # an indefinite feminine word agrees with the head: an adjective (مجموعة قصصية،
        # مجموعة وليدة); a definite one is a family nisba (الجريسي)
        and (z.key[j].endswith("ي") if z.definite[j] else not z.key[j].endswith("ه"))
        and (j + 1 >= n or not _name_like(z, j + 1, cg) or z.definite[j + 1] != z.definite[j])
    ):
        return j + 1
    return None


#: Pronoun suffixes that no name after an ORG head ends in (a construct plural's ي
#: does: لجنة نحاتي الخليج، جمعية صيادي المحارات; and names do: قناة عالي).
_PERSONAL_SUFFIXES = ("ها", "هم", "هما", "هن", "كم", "كما", "نا")


def _everyday_complement(z, i: int, places) -> bool:
    """The ORG head at ``i`` and the next word make an everyday phrase, not a name:
    the word is an indefinite noun with a pronoun suffix of :data:`_PERSONAL_SUFFIXES`
    (شبكة اتصالاتها، شركة مقرها طوكيو، وزارة خارجيتها;
    :func:`helpers.entities.lexicon.suffixed_noun`); or, after a :data:`THING_HEADS`
    head, an everyday definite noun that starts no listed name (``places``: start
    token -> ``(end, rows)`` of the gazetteer's and guarded matches; غرفة الكشف); or
    the word is one of :data:`NOT_ORG_COMPLEMENTS` (حركة السير، مجلس الإدارة، هيئة
    التدريس), the head is no :data:`DOMAIN_NAMED_HEADS` noun (وزارة العمل is the
    ministry), and no definite ORG tail adjective follows the word, save after a
    :data:`VERBAL_NOUN_HEADS` head (اتحاد النقل الجوي، هيئة الطيران المدني are bodies;
    حركة الملاحة البحرية is traffic)."""
    j = i + 1
    if j >= len(z) or z.kind[j] != "word" or z.sentence[j] != z.sentence[i]:
        return False
    light = z.light(j)
    if (
        not z.definite[j]
        and z.peel[j] == 0
        and j not in places  # أبها is no أب + ها
        and light.endswith(_PERSONAL_SUFFIXES)
        and suffixed_noun(light)
    ):
        return True
    if (
        z.key[i] in THING_HEADS
        and z.definite[j]
        and z.peel[j] == 0
        and j not in places
        and z.key[j] not in NOT_ORG_COMPLEMENTS
        and zipf(z.light(j)) >= EVERYDAY_COMPLEMENT_ZIPF
    ):
        return True
    if z.key[i] in ACTION_HEADS and _action_complement(z, j, places):
        return True
    if z.key[j] not in NOT_ORG_COMPLEMENTS or z.key[i] in DOMAIN_NAMED_HEADS:
        return False
    if z.key[i] in VERBAL_NOUN_HEADS:
        return True
    a = j + 1
    return not (
        a < len(z)
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in ORG_TAIL_ADJECTIVES
        and z.sentence[a] == z.sentence[i]
    )


def _action_complement(z, j: int, places) -> bool:
    """Token ``j``, right after an :data:`ACTION_HEADS` head, is the object of the action
    the head names, not a body's name: an indefinite everyday word (:func:`ordinary`:
    حفل، دورة، قضايا) with no proclitic that is no field of ``data/org_fields.txt``, no ORG
    head, facility head (مطار) or directorate head (مرور، شرطة), and starts no gazetteer
    or guarded name (``places``, as in :func:`_everyday_complement`). A place noun that
    names no facility is an object (تنظيم حقل "organising a field")."""
    return (
        not z.definite[j]
        and z.peel[j] == 0
        and j not in places
        and z.key[j] not in _org_fields()
        and not (z.key[j] in ORG_LOC_HEADS and z.key[j] not in PLACE_HEADS)
        and z.key[j] not in FACILITY_HEADS
        and z.key[j] not in DIRECTORATE_HEADS
        and ordinary(z, j)
    )


#: Heads of a company whose construct chain may describe it before its quoted name.
COMPANY_HEADS = _keys("شركة مجموعة")


def _company_description(z, i: int, end: int, cg) -> tuple[int, int] | None:
    """``(start, end)`` of the quoted name of the company that the rule-built span
    ``i:end`` after a :data:`COMPANY_HEADS` head describes, or None: up to three
    definite adjectives after ``end``, at least one of them, or the span's last word,
    a nationality, then a name in quote marks (شركة البرمجيات والتكنولوجيا الأميركية
    «مايكروسوفت»، شركة صناعة الهواتف | المحمولة الفنلندية «نوكيا»: the gold has the
    quoted name alone, :func:`_quoted`). Without a nationality the words before the
    quote are the company's own name (شركة اتحاد الاتصالات «موبايلي»)."""
    if z.key[i] not in COMPANY_HEADS:
        return None
    n = len(z)
    nationality = z.key[end - 1] in cg.norp_keys
    j = end
    while j < n and j - end < 3 and z.kind[j] == "word" and z.definite[j] and z.peel[j] == 0:
        nationality = nationality or z.key[j] in cg.norp_keys
        j += 1
    return _quoted(z, j) if nationality else None


#: Definite time words that may follow an indefinite adjective (قوات أمريكية الأسبوع
#: الماضي): no genitive of a construct chain.
_TIME_WORDS = _keys(
    "الأسبوع الشهر العام السنة الماضي الماضية المقبل المقبلة الجاري الجارية الحالي "
    "الحالية المنصرم المنصرمة الفائت الفائتة المنقضي المنقضية القادم القادمة"
)


def _construct(z, j: int, cg) -> bool:
    """Indefinite token ``j`` is a noun in construct with the definite word after it,
    whatever its ending (شؤون المعلمين، صحة البيئة: an indefinite adjective takes no
    definite genitive): the next word of its sentence is definite, carries no
    proclitic, can be part of a name and is no nationality or time word."""
    a = j + 1
    return (
        a < len(z)
        and not z.definite[j]
        and z.key[j] not in cg.norp_keys
        and z.key[j] not in ADJECTIVES
        and z.sentence[a] == z.sentence[j]
        and z.definite[a]
        and z.peel[a] == 0
        and _name_like(z, a, cg)
        and z.key[a] not in _TIME_WORDS
    )


def _quoted(z, q: int) -> tuple[int, int] | None:
    """``(start, end)`` of the words between the quote mark at token ``q`` and its
    closing mark, one to five words of one sentence, or None."""
    n = len(z)
    if q >= n or z.key[q] not in _OPEN_QUOTES:
        return None
    j = q + 1
    while (
        j < n and j - q <= 6 and z.kind[j] in ("word", "latin") and z.sentence[j] == z.sentence[q]
    ):
        j += 1
    if j == q + 1 or j >= n or j - q > 6 or z.key[j] not in _CLOSE_QUOTES:
        return None
    return q + 1, j


_MINISTRY = _k("وزارة")


@lru_cache(maxsize=1)
def _org_fields() -> frozenset[str]:
    from helpers.entities.gazetteer import org_fields

    return frozenset(_k(w) for w in org_fields())


#: Words that close the name of a family firm after the founder's name (شركة إبراهيم
#: الجفالي وإخوانه): "and brothers", "and sons", "and partners".
_FIRM_SUFFIXES = _keys("وإخوانه وأخوانه وأولاده وأبناؤه وأبنائه وشركاه وشركاؤه")
#: Definite words other than a nisba that close a field phrase (لتحفيظ القرآن الكريم،
#: للكرة الطائرة "volleyball").
FIELD_TAIL_WORDS = _keys("الكريم الشريف الشريفين الطائرة")
#: Most words of a field phrase after its ل-noun (لرعاية مرضى الفشل الكلوي: 3).
FIELD_WORDS = 3


def _lam_key(z, j: int) -> str:
    """Key of token ``j`` without the preposition ل that the text layer read but left
    on a frequent word (لرعاية: clitics ``("ل",)``, peel 0, key لرعايه → رعايه); else
    its key."""
    key = z.key[j]
    if z.clitics[j][-1:] == ("ل",) and z.peel[j] == 0 and key.startswith("ل"):
        return key[1:]
    return key


def field_tail(z, j: int, cg) -> int:
    """End of an ORG name ending at ``j`` with the ل-phrase of its field of activity
    (``data/org_fields.txt``): ``لرعاية مرضى الفشل الكلوي``، ``للإطارات``،
    ``للصحافة والنشر``. The phrase is the ل-noun, then up to :data:`FIELD_WORDS`
    words of its construct chain, definite adjectives or و + definite nouns, in the
    same sentence; ``j`` when the word at ``j`` opens no such phrase."""
    n = len(z)
    if (
        j >= n
        or z.kind[j] != "word"
        or z.clitics[j] != ("ل",)
        or z.sentence[j] != z.sentence[j - 1]
    ):
        return j
    key = _lam_key(z, j)
    if key not in _org_fields():
        return j
    k = j + 1
    definite = z.definite[j]
    while k < n and k - j <= FIELD_WORDS and z.kind[k] == "word" and z.sentence[k] == z.sentence[j]:
        # لكلية الملك فهد: the ل-noun is a head named after a titled person
        named = _namesake_end(z, k, cg) if k == j + 1 and key in ORG_LOC_HEADS else k
        if named > k:
            k = named  # لكلية الملك فهد (الأمنية): a body named after a titled person
            definite = True
        elif (
            z.definite[k]
            and (
                not definite  # الفشل (after مرضى), الإنسان (after لحقوق)
                or z.clitics[k] == ("و",)  # والنشر
                or (z.peel[k] == 0 and z.key[k].endswith(("ي", "يه")))  # الكلوي
                or z.key[k] in FIELD_TAIL_WORDS
            )
            and (z.peel[k] == 0 or z.clitics[k] == ("و",))
        ):
            k += 1  # not a title or a noun after the name (للكهرباء الدكتور)
            definite = True
        elif not definite and z.peel[k] == 0 and _construct(z, k, cg):
            k += 1  # مرضى (الفشل): an indefinite noun in construct, before any definite
        else:
            break  # للكهرباء رفعت الأسعار: a verb after the name
    return k


def _namesake_end(z, k: int, cg) -> int:
    """End of a royal title and the name after it at token ``k`` (:data:`NAMESAKE_TITLES`,
    definite, no proclitic, then :func:`_name_extent` in the same sentence), inside the
    name of a body (لكلية الملك فهد الأمنية: the person is part of the college's name);
    ``k`` when no titled name opens there."""
    if not (
        k + 1 < len(z)
        and z.key[k] in NAMESAKE_TITLES
        and z.definite[k]
        and z.peel[k] == 0
        and z.sentence[k + 1] == z.sentence[k]
    ):
        return k
    e = _name_extent(z, k + 1, cg, after_title=True)
    return e if e > k + 1 else k


def _place_tail(z, i: int, j: int) -> int:
    """End of a LOC span ``i:j`` opened by a facility noun (:data:`FACILITY_HEADS`):
    up to two definite adjectives of :data:`PLACE_TAIL_ADJECTIVES` in the same sentence
    are part of its name (مطار حائل الإقليمي، طريق المنتزة البري); other spans end at
    ``j``."""
    if z.key[i] not in FACILITY_HEADS:
        return j
    n = len(z)
    taken = 0
    while (
        j < n
        and taken < 2
        and z.kind[j] == "word"
        and z.definite[j]
        and z.peel[j] == 0
        and z.key[j] in PLACE_TAIL_ADJECTIVES
        and z.sentence[j] == z.sentence[i]
    ):
        j += 1
        taken += 1
    return j


def _tail(z, j: int, cg, *, nationality: bool = True, coordinated: bool = True) -> int:
    """End of an ORG span after its name ends at ``j``: coordinated definite words
    (والتنمية) and up to two definite nationality or tail adjectives, none written with
    a preposition (:data:`PREPOSITION_PROCLITICS`: مجلس التنمية السياحية | بالسعودية); with
    ``nationality=False`` (a name ending in an indefinite word, جامعة هايدلبرج
    الألمانية) the nationality is left out, as gold conventions have it; with
    ``coordinated=False`` (the name is a listed one, whole: قوات الجيش الوطني
    والمقاومة الشعبية names two bodies) no coordinated word is taken."""
    n = len(z)
    # coordinated names: حزب العدالة والتنمية، حزب الحرية والعدالة; a body's or
    # place's head noun after و opens a second one (اتحاد الكرة | والشرطة الصربية،
    # المنتخب الأردني | والفريق الأول)
    while (
        coordinated
        and j < n
        and z.definite[j]
        and z.peel[j] > 0
        and z.clitics[j] == ("و",)
        and z.key[j] not in COORDINATED_HEADS  # والشرطة، والفريق، والمملكة
    ):
        j += 1
    taken = 0
    while (
        j < n
        and taken < 2
        and z.kind[j] == "word"
        and z.definite[j]
        and not PREPOSITION_PROCLITICS & set(z.clitics[j])  # بالسعودية "in Saudi Arabia"
    ):
        if (nationality and z.key[j] in cg.norp_keys) or z.key[j] in ORG_TAIL_ADJECTIVES:
            j += 1
            taken += 1
        elif _field_adjective(z, j, cg):
            j += 1  # مجلس التنمية السياحية، معهد البحوث الاقتصادية والاجتماعية
            while j < n and z.clitics[j] == ("و",) and _field_adjective(z, j, cg, coordinated=True):
                j += 1
            taken += 1
        else:
            break
    return j


#: Zipf of the other gender's form (السياحي for السياحية) from which a definite word in
#: -ي / -ية is a relational adjective, not an abstract noun (المسؤولي 1.29).
_NISBA_PAIR_ZIPF = 2.5


def _relational(z, j: int, cg, *, coordinated: bool = False) -> bool:
    """Token ``j`` is a definite relational adjective with no proclitic (with
    ``coordinated``, و only): in -ي / -ية, written in the other gender too
    (:data:`_NISBA_PAIR_ZIPF`: السياحية / السياحي 3.89, an adjective; المسؤولية /
    المسؤولي 1.29, an abstract noun: وزارة الصحة | المسؤولية), no nationality, modifier,
    time word or adjective of :data:`ADJECTIVES` (الرسمية، العسكرية)."""
    k = z.key[j]
    if not (
        z.kind[j] == "word"
        and z.definite[j]
        and (z.peel[j] == 0 or (coordinated and z.clitics[j] == ("و",)))
        and k.endswith(("ي", "يه"))
        and k not in MODIFIERS
        and k not in ADJECTIVES
        and k not in _TIME_WORDS
        and k not in cg.norp_keys
    ):
        return False
    light = z.light(j)
    other = light[:-1] if k.endswith("يه") else light + "ة"
    return zipf(other) >= _NISBA_PAIR_ZIPF


def _court_kinds(z, i: int, j: int) -> int:
    """End of a court's name (head at ``i``) after its words up to ``j``: the definite
    adjectives of :data:`COURT_ADJECTIVES` that follow in its sentence, at most two words
    after the head when it is the name (المحكمة الجزائية المتخصصة) and all of a run of
    them after a place (محكمة جدة الجزائية المتخصصة)."""
    n = len(z)
    limit = i + 3 if j == i + 1 else j + 2
    while (
        j < n
        and j < limit
        and z.key[j] in COURT_ADJECTIVES
        and z.definite[j]
        and z.peel[j] == 0
        and z.sentence[j] == z.sentence[i]
    ):
        j += 1
    return j


def _kind_adjectives(z, i: int, j: int, cg) -> int:
    """End of an ORG span ``i:j`` whose name after the head noun is a place (نادي
    الباحة، بلدية المعابدة): up to two relational adjectives (:func:`_relational`) of
    the same sentence that agree with the head noun in gender name its kind and are
    part of the name: نادي الباحة الأدبي الثقافي، نادي الترجي الرياضي، بلدية المعابدة
    الفرعية. An adjective of the other gender belongs to a noun after the name."""
    feminine = z.key[i].endswith(("ه", "ات"))
    taken = 0
    while (
        j < len(z)
        and taken < 2
        and z.sentence[j] == z.sentence[i]
        and _relational(z, j, cg)
        and z.key[j].endswith("يه") == feminine
    ):
        j += 1
        taken += 1
    return j


def _field_adjective(z, j: int, cg, *, coordinated: bool = False) -> bool:
    """Token ``j`` is a relational adjective (:func:`_relational`) that names the field
    before it, part of an organisation's name: right after a definite field noun of
    ``data/org_fields.txt`` (التنمية، البحوث، الشؤون، الفنون), in the same sentence,
    or, with ``coordinated``, و + one after another such adjective: مجلس التنمية
    السياحية، لجنة الشؤون الخارجية، معهد البحوث الاقتصادية والاجتماعية، وزارة الشؤون
    البلدية والقروية. After an everyday noun (وكالة الأنباء الرسمية) an adjective
    describes the body and stays out; after a place, see :func:`_kind_adjectives`."""
    if not (j > 0 and z.sentence[j] == z.sentence[j - 1]):
        return False
    if not _relational(z, j, cg, coordinated=coordinated):
        return False
    f = j - 1
    return coordinated or (z.definite[f] and z.kind[f] == "word" and z.key[f] in _org_fields())


#: The head nouns of every ORG and LOC rule of :func:`rule_spans`: the rules after its
#: PERSON rules start only at one of them (a word that is none skips them). A new ORG or
#: LOC rule that starts at another head noun adds its set here: a test reads every head
#: the rules test (``k in NAME``) and fails naming a set or key missing here
#: (tests/test_rule_heads_s9.py).
ORG_LOC_HEADS = frozenset().union(
    QUOTED_ORG_HEADS,
    ORG_HEADS,
    SELF_NAMED_ORG_HEADS,
    DIRECTORATE_HEADS,
    GENERAL_HEADS,
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
    {_COURT, _ROAD},
)

#: :func:`rule_spans` skips a word that heads no rule (:func:`_rule_heads`); False
#: reads every word (the tests compare both: the same spans, only slower)
SKIP_HEADLESS = True
_HEADS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _rule_heads(cg) -> frozenset[str]:
    """Every key at which a rule of :func:`rule_spans` can start a span, for ``cg``
    (cached per compiled gazetteer): the reporting verbs (a subject before or after),
    the first words of titles and the nationality and nisba adjectives (a name after a
    title), the first names and compound-name firsts (a name from its first name), and
    the head nouns of every ORG and LOC rule. A word starting with عبد (a fused
    عبدالله), a word before بن، ابن، بنت and a past verb that may open its clause before
    its subject (:func:`_verb_openers`) and the dual of a head (:func:`_dual_head`:
    جامعتي) are tested by :func:`rule_spans` itself.
    A new rule that starts at another word must add its words here: the tests run
    the rules with and without this skip (:data:`SKIP_HEADLESS`) and compare."""
    got = _HEADS.get(cg)
    if got is None:
        got = frozenset().union(
            cg.reporting,
            _TITLE_FIRST,
            cg.norp_keys,
            _nisbas(),
            cg.first_names,
            DIN_FIRSTS,
            ORG_LOC_HEADS,
        )
        _HEADS[cg] = got
    return got


def _dual_head(k: str) -> str:
    """The key of a head noun of a namesake (ORG or place heads in ة) for its dual in
    construct, which ends in ـتي for ـة (جامعتي → جامعه، كليتي → كليه، مدرستي → مدرسه:
    جامعتي الملك فيصل وأم القرى); any other key as given."""
    if k.endswith("تي") and len(k) > 4:
        one = k[:-2] + "ه"
        if one in ORG_LOC_HEADS:
            return one
    return k


def _patronymic_namesake(z, i: int, cg, stops=()):
    """The span of an institution or a place named after a person by his patronymic
    with no title, opening at token ``i``, or None: an indefinite head noun of
    :data:`PATRONYMIC_NAMESAKE_ORG_HEADS` (ORG) or :data:`PATRONYMIC_NAMESAKE_PLACE_HEADS`
    (LOC), then a person's name (:func:`_name_extent`) with بن، بنت or ابن inside:
    مركز محمد بن نايف، مدرسة سعد بن أبي وقاص (ORG, with the ل-phrase of a listed field:
    :func:`field_tail`), شارع خالد بن الوليد، ملعب حمود بن أحمد الرياضي (LOC, with a
    facility's adjective: :func:`_place_tail`). The longer span wins over the person's
    (a name inside a name is not annotated). Without بن the person stays (إدارة
    أوباما، مشروع سعود الفيصل)."""
    k = z.key[i]
    org = k in PATRONYMIC_NAMESAKE_ORG_HEADS
    if not (org or k in PATRONYMIC_NAMESAKE_PLACE_HEADS) or z.definite[i] or i + 3 >= len(z):
        return None
    p = i + 1
    if z.peel[p] or z.sentence[p] != z.sentence[i] or z.kind[p] != "word":
        return None
    e = _name_extent(z, p, cg, after_title=False, stops=stops)
    if e - p < 3 or not any(z.key[t] in _SON_OF for t in range(p + 1, e - 1)):
        return None
    from helpers.entities.matcher import Span

    if org:  # no coordinated name: مؤسسة الوليد بن طلال والمعهد العربي is two bodies
        return Span(i, field_tail(z, e, cg), "ORG", "rule", [], 1)
    return Span(i, _place_tail(z, i, e), "LOC", "rule", [], 1)


def _town(cg, s) -> bool:
    """A span whose only reading is a GeoNames town (no country or curated place)."""
    return len(s.cands) == 1 and cg.ids[s.cands[0]].startswith("geonames:")


def rule_spans(z, cg, gaz_spans, guarded_spans=(), *, maqsura_kept: bool = True) -> list:
    """Spans proposed by the rules in one zone (see the module docstring).

    Parameters
    ----------
    z : helpers.entities.matcher.Zone
    cg : helpers.entities.matcher.CompiledGazetteer
    gaz_spans : list of Span
        The zone's gazetteer matches (a known name closes a head noun's chain).
    guarded_spans : list of Span
        Matches of names that are also everyday words; used only after a place noun.
    maqsura_kept : bool
        Whether the story writes alef maqsura (على). Where a writer puts ي for ى
        everywhere, علي may be the preposition على: such first names then count only
        after a title or before another first name, like everyday-word names.

    Returns
    -------
    list of Span
        ``method="rule"``, ``priority=1``; ``cands`` holds the gazetteer rows of a
        known name the span wraps (مدينة دمشق → Damascus), else is empty.
    """
    from helpers.entities.matcher import Span

    n = len(z)
    fn = cg.first_names
    starts: dict[int, tuple[int, list[int]]] = {}
    for s in gaz_spans:
        if s.j > starts.get(s.i, (0, []))[0]:
            starts[s.i] = (s.j, s.cands)
    # known places and organisations: a name found by a rule stops before them
    # (a town that is a first name used as one does not: رياض ياسين، هاشم عمران)
    stops = {
        s.i
        for s in gaz_spans
        if cg.types[s.cands[0]] in ("LOC", "ORG")
        and not (s.j - s.i == 1 and _town(cg, s) and first_name_town(z, s.i, cg))
        and not (s.j - s.i == 1 and surname_company(z, s, cg))
    }
    places = dict(starts)
    for s in guarded_spans:
        if s.j > places.get(s.i, (0, []))[0] and not foreign_cue(z, s, cg, gaz_spans):
            places[s.i] = (s.j, s.cands)
    out = []
    after_title: set[int] = set()
    heads = _rule_heads(cg) if SKIP_HEADLESS else None
    openers = _verb_openers(z)
    kind, key = z.kind, z.key
    for i in range(n):
        if kind[i] != "word":
            continue
        k = key[i]
        # no rule below starts at a word that heads none (_rule_heads): skip it
        headed = (
            heads is None
            or k in heads
            or k.startswith("عبد")
            or (i + 1 < n and key[i + 1] in _SON_OF)
            or (k.endswith("تي") and _dual_head(k) != k)
        )
        # a verb before its one-word subject (_verb_subject: وخاض رافايل): any past
        # verb heads it, so the cheap part of that rule is asked instead
        if not headed and i not in openers:
            continue
        # PERSON after a reporting verb (verb-subject order): وقال ترودو، أكد كلينتون;
        # only a word the lexicon knows as no ordinary word, and its neighbour if it is
        # one too (a first name is the first-name rule's)
        if k in cg.reporting:
            j = i + 1
            while j < n and z.key[j] in VERB_SUBJECT_SKIP and z.sentence[j] == z.sentence[i]:
                j += 1
            if (
                j < n
                and z.sentence[j] == z.sentence[i]
                and _foreign(z, j, cg, stops)
                and not _formula(z, j, cg)  # قال صلى الله عليه وسلم: no name
            ):
                e = j + 1
                if (
                    e < n
                    and z.sentence[e] == z.sentence[j]
                    and not {"و", "ف"} & set(z.clitics[e])  # هونغ وتساي: a conjunction
                    and _foreign(z, e, cg, stops)
                ):
                    e += 1
                elif _foreign_middle(z, e, cg, stops):
                    e += 2  # وقالت بيتاني بارون جيبس: a middle name the lexicon knows
                elif (
                    e < n
                    and z.sentence[e] == z.sentence[j]
                    and e not in stops
                    and _whole_surname(z, e, cg)
                ):
                    _read_whole(z, e)  # قال إيدوي بلينيل: ب + لينيل to the text layer
                    e += 1
                out.append(Span(j, e, "PERSON", "context", [], 2))
                after_title.add(j)
            # subject-verb order: وكان ترودو قد قال، بينما ميركل أكدت; the name right
            # before the verb (or before قد), no ordinary word, and not in adjective
            # position after a definite noun
            b = i - 1
            if b >= 0 and z.key[b] == _QAD and z.sentence[b] == z.sentence[i]:
                b -= 1
            if (
                b >= 0
                and z.peel[i] == 0
                and z.sentence[b] == z.sentence[i]
                and _foreign(z, b, cg, stops)
                # less frequent than an everyday word: ربما يقول، أنه جرى (Zipf > 4.5)
                and zipf(z.light(b)) < _ORDINARY_ZIPF
                # the subject opens its clause: after punctuation, at the start, or
                # after كان، لكن، بينما، إن... (not في برمنغهام شدد، محطة دوكو قال)
                and (
                    b == 0
                    or z.kind[b - 1] != "word"
                    or z.sentence[b - 1] != z.sentence[b]
                    or z.key[b - 1] in SUBJECT_OPENERS
                )
            ):
                a = b
                if (
                    a > 0
                    and z.sentence[a - 1] == z.sentence[b]
                    and not {"و", "ف"} & set(z.clitics[b])
                    and _foreign(z, a - 1, cg, stops)
                    and not ordinary(z, a - 1)
                ):
                    a -= 1
                out.append(Span(a, b + 1, "PERSON", "context", [], 2))
        # PERSON: the subject right after a verb (verb-subject order), a name standing
        # alone (:func:`_verb_subject`: وخاض رافايل 110 مباراة، رفض شيري الانضمام)
        if i in openers and _verb_subject(z, i, cg, stops):
            out.append(Span(i + 1, i + 2, "PERSON", "context", [], 2))
        if not headed:
            continue  # a verb that heads no other rule
        # PERSON after a title or role; a definite nationality adjective used as a noun
        # is one too before a name no Arabic word reads as, or a first name: الروماني
        # لازلو بولوني، والمجري زوكالا، اليوناني دونيس (news style for foreign players)
        t = _title_end(z, i)
        nationality = (
            t == i
            and z.definite[i]
            and (k in cg.norp_keys or k in _nisbas())
            # a singular nisba: a plural is no title (القضاة الفرنسيين مرتين)
            and k.endswith(("ي", "يه"))
            and i + 1 < n
            and z.sentence[i + 1] == z.sentence[i]
            and not z.definite[i + 1]
            and z.peel[i + 1] == 0
            and (
                z.key[i + 1] in fn
                or fused_abd(z.key[i + 1])
                or (_foreign(z, i + 1, cg, stops) and not ordinary(z, i + 1))
            )
            # القوات الإسرائيلية وفقا، المجتمع السعودي: after a definite noun the nisba is
            # its adjective, no title
            and not (
                i > 0
                and z.definite[i - 1]
                and z.kind[i - 1] == "word"
                and z.sentence[i - 1] == z.sentence[i]
                and z.key[i + 1] not in fn
                # a masculine nisba before a word no Arabic word reads as is the title of
                # a man up to an everyday word's frequency (الهداف البرازيلي دييغو 3.77،
                # المحاضر الإنجليزي اوليفر 3.95); a verb there is no name by the lexicon
                # (الياباني انخفضت) or an everyday word (الجيش الليبي جرى 4.72)
                and zipf(z.light(i + 1))
                >= (_ORDINARY_ZIPF if k.endswith("ي") else _NISBA_TITLE_ZIPF)
                # الأسترالي مارتن دولان: a surname no Arabic word reads as follows
                and not (
                    i + 2 < n
                    and z.sentence[i + 2] == z.sentence[i]
                    and _foreign(z, i + 2, cg, stops)
                    and not ordinary(z, i + 2)
                )
            )
        )
        if nationality:
            t = i + 1
        if t > i:
            j = t
            construct = not z.definite[t - 1]  # وزير الخارجية, رئيس الوزراء
            while j < n and j - t < 4 and z.kind[j] == "word" and z.sentence[j] == z.sentence[i]:
                kj = z.key[j]
                complement = (
                    construct
                    and j - t < 2
                    and z.definite[j]
                    and kj not in fn
                    and kj not in cg.person_surnames
                )
                # a known body in complement position is skipped whole (وزيرة خارجية
                # الاتحاد الأوروبي: الأوروبي is no nationality)
                if j in starts and cg.types[starts[j][1][0]] == "ORG":
                    j = starts[j][0]
                elif (
                    complement
                    or kj in TITLE_COMPLEMENT_HEADS
                    or kj in MODIFIERS
                    or kj in cg.norp_keys
                ):
                    j += 1
                elif _office_complement(z, j, t, construct, starts, cg):
                    # رئيس وزراء اليونان، وزيرة خارجية الاتحاد الأوروبي: an office in
                    # construct, then the country it is of
                    j = starts[j][0] if j in starts else j + 1
                else:
                    break
            # a known person's surname after a title: الرئيس الشرع، وزير الخارجية الشيباني
            if (
                j < n
                and z.definite[j]
                and z.peel[j] == 0
                and z.key[j] in cg.person_surnames
                and z.key[j] not in NOT_NAMES
                and not _first_name_title(z, i, j, fn)
            ):
                out.append(Span(j, j + 1, "PERSON", "rule", list(cg.person_surnames[z.key[j]]), 1))
                after_title.add(j)
            # a name carries no proclitic of its own: المرصد السوري لحقوق is no name
            elif j < n and not z.definite[j] and z.peel[j] == 0:
                # after a bare title (الرئيس زار...) an unknown word is more often a verb
                # than a name: unknown names need a nationality, office or modifier
                # between (الرئيس الفرنسي X، وزير الخارجية X) or a first name
                # a first name, or a title that is one (المهندس أمين الناصر)
                named = z.key[j] in fn or z.key[j] in TITLE_NAMES
                strong = (
                    j > t
                    or named
                    or fused_abd(z.key[j])
                    or _din_end(z, j) > j
                    or _foreign(z, j, cg, stops)
                )
                if not named and ordinary(z, j):
                    strong = False  # المعارض المؤقتة تعتمد: a verb, not a name
                if not named and (
                    zipf(z.light(j)) >= _EVERYDAY_ZIPF
                    # المتحدث باسم الوزارة مخاطبا الحضور: a participle in the accusative
                    # (حال) whose stem takes the article, المخاطب; not a first name
                    # before a surname no Arabic word reads as (الفنانة فريدا كالو)
                    or (
                        z.key[j].endswith("ا")
                        and not looks_like_name(z.light(j))
                        and not (
                            j + 1 < n
                            and z.sentence[j + 1] == z.sentence[j]
                            and _name_like(z, j + 1, cg)
                            and not z.definite[j + 1]
                            and z.peel[j + 1] == 0
                            and zipf(z.light(j + 1)) < _NISBA_TITLE_ZIPF
                        )
                    )
                ):
                    strong = False  # السعودية ربما تعود: among the commonest words
                if (
                    z.key[j] not in fn
                    and z.key[j].startswith(("ي", "ت"))
                    and not looks_like_name(z.light(j))
                ):
                    strong = False  # رئيس الوزراء اليوناني يتعهد: a present-tense verb
                # وأعرب الملك باسمه: a ه-written name (باسمة) that is an everyday word
                pronoun = z.key[j].endswith("ه") and z.light(j).endswith("ه") and ordinary(z, j)
                e = j if pronoun else _name_extent(z, j, cg, after_title=strong, stops=stops)
                if (
                    e == j
                    and j == t
                    and z.definite[t - 1]
                    and not pronoun
                    and _titled_family(z, j, cg, stops)
                ):
                    e = j + 2  # الدكتور مطلق العتيبي
                if e > j:
                    # a person the gazetteer lists with this title (الملك سلمان)
                    row = cg.titled.get((tuple(z.key[i:t]), tuple(z.key[j:e])))
                    out.append(Span(j, e, "PERSON", "rule", [] if row is None else [row], 1))
                    after_title.add(j)
        # PERSON from a first name
        abd = k[:3] == "عبد" and fused_abd(k) and z.peel[i] == 0  # عبدربه منصور
        # ناديه "his club" is no نادية (Nadia): a ه-written name that is a noun + pronoun
        suffixed = k in fn and k.endswith("ه") and z.light(i).endswith("ه")
        suffixed = suffixed and suffixed_noun(z.light(i))
        din = k in DIN_FIRSTS and _din_end(z, i) > i  # جلال الدين: a compound first name
        if (k in fn or abd or din) and not suffixed and i not in after_title and not z.definite[i]:
            common = not din and (fn.get(k, False) or (not maqsura_kept and k in cg.maqsura_names))
            nxt = z.key[i + 1] if i + 1 < n else ""
            # a first name that is also an everyday word (جميل، تركي) before a family
            # name the lexicon reads as one (جميل الزريع، تركي السبيعي)
            family = (
                common
                and i + 1 < n
                and z.sentence[i + 1] == z.sentence[i]
                and nxt not in NOT_NAMES
                and (
                    _plain_family_name(z, i + 1, cg)
                    or _nisba_family_before_role(z, i + 1, cg)
                    # سعيد مموزيني: a surname no Arabic word reads as; not after a
                    # stopword (قال لي سلمني) nor a maqsura-less على
                    or (
                        fn.get(k) is True
                        and not z.stop[i]
                        and k not in CONSTRUCT_NOUNS  # حياة فيرساتشي "Versace's life"
                        and not _verb_first(z, i)
                        and _foreign_surname(z, i + 1, cg, stops)
                    )
                )
            )
            # تغيرت حياة شارل ديغول: a construct noun before a first name opens no name
            construct = k in CONSTRUCT_NOUNS and nxt in fn and not fn[nxt]
            if not construct and (
                not common or (nxt in fn and not fn[nxt]) or nxt in PARTICLES or family
            ):
                e = _name_extent(z, i, cg, after_title=False, stops=stops)
                if e - i >= 2:
                    out.append(Span(i, e, "PERSON", "rule", [], 1))
        # PERSON: a first name written with the article (الوليد، الحسين، العباس) that
        # is no everyday word, before بن and a listed first name: قال الوليد بن طلال;
        # not after a first name, whose family name it is (خالد الفيصل بن عبدالعزيز)
        if (
            k in fn
            and fn[k] is False
            and z.definite[i]
            and not (
                i > 0
                and z.sentence[i - 1] == z.sentence[i]
                and (z.key[i - 1] in fn or fused_abd(z.key[i - 1]))
            )
            and i not in after_title
            and i not in stops
            and i + 2 < n
            and z.key[i + 1] in _SON_OF
            and z.peel[i + 1] == 0
            and z.sentence[i + 2] == z.sentence[i]
            and z.peel[i + 2] == 0
            and not z.definite[i + 2]
            and (z.key[i + 2] in fn or fused_abd(z.key[i + 2]))
            and _name_like(z, i, cg)
        ):
            e = _name_extent(z, i, cg, after_title=False, stops=stops)
            if e - i >= 3:
                out.append(Span(i, e, "PERSON", "rule", [], 1))
        # PERSON: a first name no list holds before بن and a listed first name
        # (أقدم مقرب بن سعد بن علي الثنيان): the patronymic makes it a name
        if (
            k not in fn
            and not abd
            and i not in after_title
            and i + 2 < n
            and z.key[i + 1] in _SON_OF
            and z.peel[i + 1] == 0
            and z.sentence[i + 2] == z.sentence[i]
            and not z.definite[i + 2]
            and (
                (
                    z.peel[i + 2] == 0
                    and (
                        (z.key[i + 2] in fn and z.key[i + 2] not in _generated_first_names())
                        or fused_abd(z.key[i + 2])
                    )
                )
                or _chained_patronymic(z, i, cg)
            )
            and _name_like(z, i, cg)
            and not z.definite[i]
            and z.peel[i] == 0
            and not k.endswith("ه")  # لقاء، زيارة بن سلمان: a noun before a short name
            and (not ordinary(z, i) or _chained_patronymic(z, i, cg, twice=True))
            and i not in stops
        ):
            e = _name_extent(z, i, cg, after_title=False, stops=stops)
            # a family name or a second بن must follow: انكب ابن خلدون is a verb
            if e - i >= 4:
                out.append(Span(i, e, "PERSON", "rule", [], 1))
        # every rule below starts at an ORG or LOC head noun (ORG_LOC_HEADS); a rule
        # that starts at another word goes above this line
        if heads is not None and k not in ORG_LOC_HEADS and _dual_head(k) == k:
            continue
        # ORG: a company or outlet named in quote marks, شركة «إي إف جي هيرميس»، موقع
        # "بورد باندا": the quoted name, without the head noun or the marks
        if (k in QUOTED_ORG_HEADS or k in ORG_HEADS) and not z.definite[i]:
            # ORG: a name in Latin letters after the head noun, شركة ZTE، شبكة CNN، قناة
            # mbc: the head and up to three Latin words
            e = i + 1
            while e < n and e - i <= 3 and z.kind[e] == "latin" and z.sentence[e] == z.sentence[i]:
                e += 1
            if e > i + 1:
                out.append(Span(i, e, "ORG", "rule", [], 1))
            got = _quoted(z, i + 1)
            # any other organisation head names its body in quote marks too (جمعية
            # "كلانا"، وزارة "البلديات"): a short name, up to three words, no function
            # word or reporting verb (a quotation is none)
            if got is not None and (
                k in QUOTED_ORG_HEADS
                or (
                    got[1] - got[0] <= MAX_QUOTED_NAME_WORDS
                    and not any(z.stop[t] or z.key[t] in cg.reporting for t in range(*got))
                )
            ):
                out.append(Span(got[0], got[1], "ORG", "rule", [], 1))
        # ORG: the administration of a field, الإدارة العامة للتعليم، الأمانة العامة لمجلس
        # الضمان الصحي التعاوني
        if (
            z.definite[i]
            and k in GENERAL_HEADS
            and i + 2 < n
            and z.key[i + 1] in _GENERAL
            and z.definite[i + 1]
            and z.peel[i + 2] > 0
            and z.clitics[i + 2][-1:] == ("ل",)
            and _name_like(z, i + 2, cg)
            and z.sentence[i + 2] == z.sentence[i]
        ):
            end = i + 3
            if z.key[i + 2] in ORG_HEADS:
                got = _chain(z, i + 2, cg, starts, definite_ok=True)
                if got is not None:
                    end = got[0]
            if end == i + 3 and z.key[i + 2] in ORG_LOC_HEADS:
                end = _namesake_end(z, end, cg)  # المديرية العامة لكلية الملك فهد الأمنية
            out.append(Span(i, _tail(z, end, cg), "ORG", "rule", [], 1))
        # ORG: a Saudi directorate named by its place, صحة جدة، إمارة منطقة نجران
        if k in DIRECTORATE_HEADS and not z.definite[i] and i + 1 < n:
            p = i + 1
            if z.key[p] in PLACE_HEADS and z.peel[p] == 0 and not z.definite[p]:
                p += 1
            if (
                p < n
                and p in places
                and z.peel[p] == 0
                and z.sentence[p] == z.sentence[i]
                and any(cg.types[c] == "LOC" for c in places[p][1])
            ):
                out.append(Span(i, places[p][0], "ORG", "rule", [], 1))
        # ORG or LOC named after a person with a title: جامعة الملك سعود، ملعب الأمير
        # عبدالرحمن بن سعود، حديقة الملك فهد المركزية; the heads of a patronymic
        # namesake take a title too (مدرسة الأمير فيصل بن بندر، شارع الملك فهد), not
        # عن طريق "by way of" (عن طريق الأمير)
        h = _dual_head(k)  # جامعتي الملك فيصل وأم القرى: two universities, one named
        org_head = h in ORG_HEADS or h in NAMESAKE_ORG_HEADS or h in PATRONYMIC_NAMESAKE_ORG_HEADS
        place_head = (
            h in PLACE_HEADS or h in NAMESAKE_PLACE_HEADS or h in PATRONYMIC_NAMESAKE_PLACE_HEADS
        )
        if (
            (org_head or place_head)
            and not (k == _ROAD and i > 0 and z.key[i - 1] == _AN)
            and not z.definite[i]
            and i + 2 < n
            and z.key[i + 1] in NAMESAKE_TITLES
            and z.peel[i + 1] == 0
        ):
            e = _name_extent(z, i + 2, cg, after_title=True, stops=stops)
            if e > i + 2:
                typ = "ORG" if org_head and not place_head else "LOC"
                if typ == "ORG":
                    # كلية الملك فهد الأمنية، مستشفى الملك خالد التخصصي: the kind of body
                    e = _kind_adjectives(z, i, e, cg)
                end = _tail(z, e, cg)
                if typ == "ORG":
                    end = field_tail(z, end, cg)  # جمعية الأمير فهد ... لرعاية مرضى ...
                out.append(Span(i, end, typ, "rule", [], 1))
        # ORG or LOC named after a person by his patronymic, no title: مركز محمد بن
        # نايف للمناصحة، شارع خالد بن الوليد
        named_after = _patronymic_namesake(z, i, cg, stops)
        if named_after is not None:
            out.append(named_after)
        # LOC: a state noun and a nationality, الجمهورية الإيرانية، المملكة المغربية
        if (
            z.definite[i]
            and k in STATE_NOUNS
            and i + 1 < n
            and z.definite[i + 1]
            and z.key[i + 1] in cg.norp_keys
            and z.key[i + 1].endswith("ه")  # agrees with the feminine state noun: not
            and z.sentence[i + 1] == z.sentence[i]  # نائب رئيس الجمهورية العراقي
        ):
            out.append(Span(i, i + 2, "LOC", "rule", [], 1))
        # للجنة is ل + اللجنة or ل + لجنة: the article of a following adjective decides
        # ORG: a definite body noun, its adjectives and the ل-phrase of its field:
        # الشبكة السورية لحقوق الإنسان، المجلس الأعلى للقضاء، الجمعية الخيرية لتحفيظ
        # القرآن (without the field, الشبكة السورية is anaphoric: no span)
        if z.definite[i] and k in FIELD_BODY_HEADS:
            a = i + 1
            while (
                a < n
                and a - i <= 2
                and z.definite[a]
                and z.peel[a] == 0
                and (z.key[a] in ORG_TAIL_ADJECTIVES or z.key[a] in cg.norp_keys)
                and z.sentence[a] == z.sentence[i]
            ):
                a += 1
            if a > i + 1:
                e = field_tail(z, a, cg)
                if e > a:
                    article = not z.definite[i]
                    out.append(Span(i, e, "ORG", "rule", [], 1, article=article))
        lam_lam = z.peel[i] > 0 and z.form[i].startswith("ل") and z.clitics[i][:1] == ("ل",)
        if z.definite[i] or (lam_lam and k in INSTITUTIONS):
            # ORG: institution + nationality (الحكومة العراقية، الجيش السوري)
            prev = z.key[i - 1] if i > 0 else ""
            a = i + 1  # البنك المركزي المصري: adjectives may stand before the nationality
            while a < n and a - i <= 2 and z.key[a] in ORG_TAIL_ADJECTIVES and z.definite[a]:
                a += 1
            in_title = (
                prev in CONSTRUCT_TITLES
                and not z.definite[i - 1]
                # رئيس الاتحاد الأردني: the role of a body keeps it, the nationality right
                # after the noun (after الاتحاد الأفريقي the nationality is the man's)
                and not (k in BODY_INSTITUTIONS and a == i + 1)
                # a role named after a body listed by this one word keeps the body:
                # رئيس البرلمان الفرنسي (institutions.csv); وزير الخارجية المصري stays a
                # role, and after a longer name the nationality is the person's (رئيس
                # الاتحاد الأوروبي الفرنسي ميشال بلاتيني)
                and not (
                    i in starts and starts[i][0] == i + 1 and cg.types[starts[i][1][0]] == "ORG"
                )
            )
            # المحكمة الجزائية المتخصصة: a court named by its kind
            c = _court_kinds(z, i, i + 1) if k == _COURT else i + 1
            if c > i + 1 and c >= a and not (c < n and z.key[c] in cg.norp_keys and z.definite[c]):
                out.append(Span(i, c, "ORG", "rule", [], 1, article=not z.definite[i]))
            if (
                k in INSTITUTIONS
                and not in_title
                and a < n
                and z.key[a] in cg.norp_keys
                and z.definite[a]
                # a human plural or dual agrees with the men, not the body: رجال الأمن
                # السعوديون، عناصر الأمن اللبنانيين; a feminine one after a masculine
                # noun agrees with the noun before it (قوات الأمن التركية)
                and not z.key[a].endswith(_HUMAN_PLURAL)
                # الأمن الوطني / القومي الأميركي: national security, a concept
                and not (k == _SECURITY and z.key[i + 1] in _NATIONAL_ADJECTIVES)
                and not (z.key[a].endswith("يه") and not k.endswith(("ه", "ات")))
            ):
                j = a + 1
                if j + 1 < n and z.key[j] in ("-", "–") and z.key[j + 1] in cg.norp_keys:
                    j += 2
                # للجنة read as ل + اللجنة: the canonical name restores the article
                article = not z.definite[i]
                out.append(Span(i, _tail(z, j, cg), "ORG", "rule", [], 1, article=article))
            if z.definite[i]:
                continue
        # ORG after a head noun (إدارة، أمانة of a named body are its staff, not a name:
        # إدارة نادي النصر، إدارة الأهلي, the body is the mention)
        part_of = (
            k in PART_HEADS
            and i + 1 < n
            and (z.definite[i + 1] or z.key[i + 1] in ORG_HEADS or i + 1 in starts)
        )
        # عن طريق "by way of" is no road
        by_way = k == _ROAD and i > 0 and z.key[i - 1] == _AN and z.peel[i] == 0
        if by_way:
            continue
        if (
            k in SELF_NAMED_ORG_HEADS
            and not z.definite[i]
            and i + 2 < n
            and z.key[i + 1] in fn
            and not fn[z.key[i + 1]]
            and z.peel[i + 1] == 0
            and not z.definite[i + 1]
            and z.sentence[i + 1] == z.sentence[i]
        ):
            # a company or body named after a person: شركة إبراهيم الجفالي وإخوانه
            # للإطارات (flat, the person no mention of its own)
            e = _name_extent(z, i + 1, cg, after_title=True, stops=stops)
            if e > i + 2:
                if e < n and z.key[e] in _FIRM_SUFFIXES and z.sentence[e] == z.sentence[i]:
                    e += 1
                out.append(Span(i, field_tail(z, _tail(z, e, cg), cg), "ORG", "rule", [], 1))
                continue
        if k in ORG_HEADS and not part_of and not _everyday_complement(z, i, places):
            got = _chain(z, i, cg, starts, definite_ok=True)
            if got is not None:
                end, inner = got
                cands = []
                wraps = inner is not None and inner[0] == i + 1 and inner[1] == end
                if wraps and cg.types[inner[2][0]] == "ORG":
                    cands = list(inner[2])
                    # مؤسسة إيني الإيطالية: the listed alias إيني الإيطالية ends in a
                    # nationality its canonical name lacks; the span ends at the name
                    if (
                        end - i >= 3
                        and z.key[end - 1] in cg.norp_keys
                        and not z.definite[end - 2]
                        and normalize(z.phrase(i + 1, end)) != normalize(cg.canonicals[cands[0]])
                    ):
                        end -= 1
                # مؤسسة إيني الإيطالية: no nationality after an indefinite name
                norp = z.definite[end - 1]
                end = _tail(z, end, cg, nationality=norp, coordinated=not cands)
                if k == _COURT:
                    end = _court_kinds(z, i, end)  # محكمة جدة الجزائية المتخصصة
                if inner is not None and inner[1] == end and cg.types[inner[2][0]] == "LOC":
                    end = _kind_adjectives(z, i, end, cg)  # نادي الباحة الأدبي
                if not cands and k != _MINISTRY and not (i in starts and starts[i][0] >= end):
                    # شركة ... للإطارات; not past a listed name (هيئة السياحة لتنمية
                    # القطاع) nor a ministry's (وزارة الإسكان لتطوير الأحياء): there the
                    # ل-phrase is a purpose, not part of the name
                    end = field_tail(z, end, cg)
                named = None if cands else _company_description(z, i, end, cg)
                if named is None:
                    out.append(Span(i, end, "ORG", "rule", cands, 1))
                else:
                    out.append(Span(named[0], named[1], "ORG", "rule", [], 1))
        elif (
            k in NAMED_ONLY_ORG_HEADS
            and not z.definite[i]
            and not part_of
            and not _everyday_complement(z, i, places)
        ):
            # ORG after a head that names a body only before a name (مركز، شبكة، مجموعة)
            end = _named_body_end(z, i, cg, starts)
            if end is not None:
                out.append(Span(i, end, "ORG", "rule", [], 1))
        # LOC after a place noun
        elif k in PLACE_HEADS:
            if i + 1 in places and any(cg.types[c] == "LOC" for c in places[i + 1][1]):
                end, cands = places[i + 1]
                locs = [c for c in cands if cg.types[c] == "LOC"]
                out.append(Span(i, _place_tail(z, i, end), "LOC", "rule", locs, 1))
            elif k not in PLACE_HEADS_KNOWN_ONLY:
                got = _chain(z, i, cg, {}, definite_ok=k in PLACE_HEADS_DEFINITE_OK)
                if got is not None:
                    out.append(Span(i, _place_tail(z, i, got[0]), "LOC", "rule", [], 1))
    out = [c for c in (_before_verb(z, sp, cg) for sp in out) if c is not None]
    out += _coordinated_persons(z, cg, gaz_spans, out, stops)
    out += _appositive_persons(z, cg, gaz_spans, out, stops)
    return out


def _present_verb_word(z, t: int, cg) -> bool:
    """Token ``t`` is a present-tense verb, bare or with an object pronoun
    (:data:`_OBJECT_SUFFIXES`), no word of a gazetteer name (``cg.known``: تونس، تدمر
    read as verbs too): an indefinite word with no proclitic that
    :func:`_present_verb` reads as a verb, itself or its stem, and that is rare with
    the article (:data:`_VERB_ARTICLE_ZIPF`): تتفاعل، تستضيف، يقدمها، يرافقه."""
    if z.kind[t] != "word" or z.definite[t] or z.peel[t] or z.tanween[t]:
        return False
    light = z.light(t)
    if normalize(light) in cg.known:
        return False
    stems = [light] + [
        light[: -len(suf)]
        for suf in _OBJECT_SUFFIXES
        if light.endswith(suf) and len(light) - len(suf) >= 3
    ]
    return any(_present_verb(st) and zipf("ال" + st) < _VERB_ARTICLE_ZIPF for st in stems)


#: Zipf under which a word's form with the article is no sign of a noun: a verb takes
#: none (التستضيف 0), a verbal noun or a name in ي / ت does (التقصي 2.68: لجنة تقصي
#: الحقائق; اليوبي 2.28: ولاية يوبي).
_VERB_ARTICLE_ZIPF = 2.0


def _before_verb(z, sp, cg):
    """An ORG or LOC span of :func:`rule_spans` ends before a present-tense verb inside
    it (:func:`_present_verb_word`): the verb opens a clause whose subject the name is
    (إقليم فيكتوريا | يجب التوقف). A span whose head noun is followed by the verb names
    nothing and is dropped (None): شرطة تتفاعل "police interact", مدينة تستضيف "a city
    that hosts", حركة تتخللها. PERSON spans pass unchanged (their own rules read verbs)."""
    if sp.type not in ("ORG", "LOC"):
        return sp
    for t in range(sp.i + 1, sp.j):
        if _present_verb_word(z, t, cg):
            if t == sp.i + 1:
                return None
            return replace(sp, j=t)
    return sp


@lru_cache(maxsize=65536)
def _past_verb(light: str) -> bool:
    """A past-tense verb before its subject: frequent (Zipf >= :data:`_VERB_ZIPF`), its
    plural and feminine attested (خاض → خاضوا 3.13، خاضت 3.28; رفض، سجل، انضم), and
    no noun first (its definite form at least 0.5 rarer: دافع 4.23 / الدافع 4.11 and
    صوت are nouns; names read as verbs by one form, جوديت، تولغا, fail one of them)."""
    z = zipf(light)
    return (
        z >= _VERB_ZIPF
        and zipf(light + "وا") >= 1.5
        and zipf(light + "ت") >= 2.0
        and zipf("ال" + light) < z - 0.5
    )


#: Zipf under which a word's definite form is no sign of a noun (a foreign name is
#: almost never written with the article: اللودريان 0, الخفر 2.9).
_ARTICLE_NAME_ZIPF = 1.5
#: Endings of a noun or verb form whose stem takes the article (:func:`_noun_form`): a
#: possessive suffix that :func:`helpers.entities.lexicon.suffixed_noun` leaves to
#: context (a name may end in ي or ك: خططك، شقتي، كلمني), a dual (تحالفان، والداه),
#: a plural in construct (متداولو، مفتشو), a sound plural or present plural (يفتون),
#: and the accusative alef (مغموما).
_NOUN_ENDINGS = ("كم", "نا", "ني", "هم", "ها", "ه", "ك", "ي", "ان", "اه", "و", "وه", "ون", "ا")


#: Object pronouns a verb takes (:func:`_noun_form`): كلمني، أدخلتهم (the one list's
#: ``verb`` set, :func:`helpers.text.clitics.pronoun_suffixes`).
_OBJECT_SUFFIXES = pronoun_suffixes("verb")
#: Possessive pronoun suffixes of a noun, longest first (رأسه، رأسها، رأسهم، رأسي; the
#: one list's ``noun`` set).
POSSESSIVE_SUFFIXES = pronoun_suffixes("noun")


#: Zipf from which the word a prefix or suffix is read off is attested enough for
#: :func:`_inflected` (هنأت 2.50، أحنى 2.34، تتفرغ 2.37، ذكاء 4.12; a foreign surname's
#: rest is unattested: تيرلينغ 0).
_INFLECTED_STEM_ZIPF = 2.0
#: Pronoun suffixes :func:`_inflected` reads off (the one list's noun and verb sets,
#: longest first), without ي: a nisba family name ends in it (حضرمي، سندابي).
_INFLECTED_SUFFIXES = tuple(
    sorted({*POSSESSIVE_SUFFIXES, *_OBJECT_SUFFIXES} - {"ي"}, key=len, reverse=True)
)


def _verb_first(z, i: int) -> bool:
    """Token ``i``, a first name, reads as a feminine past verb opening its clause, its
    subject after it (ورفعت كيمارا الغرامة: رفعت "she raised", the name رفعت too): the
    word ends in ت and the lexicon conjugates it
    (:func:`helpers.entities.lexicon.verb_form`), and it carries و or ف or opens its
    sentence or follows punctuation."""
    light = z.light(i)
    if not (light.endswith("ت") and verb_form(light)):
        return False
    return (
        bool({"و", "ف"} & set(z.clitics[i][:1]))
        or i == 0
        or z.kind[i - 1] != "word"
        or z.sentence[i - 1] != z.sentence[i]
    )


def _inflected(light: str) -> bool:
    """A word that is another word with a prefix or suffix, by the lexicon, where the
    rest is attested at Zipf >= :data:`_INFLECTED_STEM_ZIPF` without the article
    (:func:`_noun_form` asks the article): a pronoun suffix (كامل أناقتهن: أناقة،
    سيرين هنأتني: هنأت، بريق ذكائك: ذكاء; ت read as ة, a final ئ or ؤ as ء), the
    future prefix س before a present-tense prefix (رمضان ستتفرغ: تتفرغ، عربي سيحطون:
    يحطون), the negation لا written onto a present-tense verb (رمضان لاتقام: تقام, by
    :func:`helpers.entities.lexicon.verb_form`), or a conjunction و ف the text layer
    left on (بريق وأحنى: أحنى). Foreign surnames are none of these (ستيرلينغ: تيرلينغ 0;
    لابورتا: بورتا takes no present-tense prefix)."""
    if len(light) < 4:
        return False
    for suf in _INFLECTED_SUFFIXES:
        stem = light[: -len(suf)]
        if light.endswith(suf) and len(stem) >= 3:
            stems = {stem}
            if stem[-1] == "ت":
                stems.add(stem[:-1] + "ة")
            if stem[-1] in "ئؤ":
                stems.add(stem[:-1] + "ء")
            if any(zipf(st) >= _INFLECTED_STEM_ZIPF for st in stems):
                return True
    if light[0] == "س" and light[1] in "يتن" and zipf(light[1:]) >= _INFLECTED_STEM_ZIPF:
        return True
    # the negation written onto a present-tense verb: رمضان لاتقام (لا تقام)
    if light[:2] == "لا" and light[2:3] in ("ي", "ت", "ن") and verb_form(light[2:]):
        return True
    return light[0] in "وف" and zipf(light[1:]) >= _INFLECTED_STEM_ZIPF


def _noun_form(light: str) -> bool:
    """A noun (or verb) with an ending of :data:`_NOUN_ENDINGS` whose stem (ت read as ة)
    takes the article at Zipf >= 2.5 (خططك: الخطط، شقتي: الشقة، تحالفان: التحالف،
    والداه: الوالد، متداولو: المتداول), or a verb with an object pronoun of
    :data:`_OBJECT_SUFFIXES` (the stem a verb by
    :func:`helpers.entities.lexicon.verb_form`: كلمني); not غاندي (الغاند 0),
    لودريان (اللودري 0)."""
    for suf in _NOUN_ENDINGS:
        stem = light[: -len(suf)]
        if light.endswith(suf) and len(stem) >= 2:
            stems = (stem, stem[:-1] + "ة") if stem.endswith("ت") else (stem,)
            if any(zipf("ال" + st) >= 2.5 for st in stems):
                return True
            # a verb with an object pronoun: كلمني (كلم → كلموا، كلمت)
            if suf in _OBJECT_SUFFIXES and len(stem) >= 3 and verb_form(stem):
                return True
    return False


def _titled_family(z, j: int, cg, stops=()) -> bool:
    """Tokens ``j, j + 1`` right after a definite title (the caller's check: not a
    construct title, whose complement is an office: مدير إدارة المسالخ) are a first name
    that is also an everyday word and a family name (الدكتور مطلق العتيبي: مطلق
    "absolute"), as
    the first-name rule reads a listed common first name (جميل الزريع): ``j`` is an
    indefinite word with no proclitic, no verb (:func:`helpers.entities.lexicon.verb_form`,
    :func:`_present_verb`: الرئيس يعين العتيبي), and ``j + 1`` a family name the
    lexicon reads as one (:func:`_plain_family_name`: a nisba or a rare definite word),
    neither a known place or organisation, ``j`` no head noun of one, nor a preposition
    + noun."""
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j] or j in stops or a in stops:
        return False
    light = z.light(j)
    return (
        _name_like(z, j, cg)
        and not z.definite[j]
        and z.peel[j] == 0
        and len(light) >= 3
        and not verb_form(light)
        and not _present_verb(light)
        and not _noun_form(light)
        and not preposition_noun(light)  # بوضع العراقيل
        and z.key[j] not in ORG_HEADS
        and z.key[j] not in PLACE_HEADS  # الدكتور شارع: no head noun
        and z.key[a] not in NOT_NAMES
        and _plain_family_name(z, a, cg)
    )


def _verb_openers(z) -> set[int]:
    """The words of zone ``z`` that pass the cheap conditions of :func:`_verb_subject`,
    found in one pass over the zone (speed, and the one test :func:`rule_spans` asks
    before it skips a word that heads no other rule): a past-tense verb
    (:func:`_past_verb`) without article that opens its clause (with a proclitic, at the
    start, after punctuation or after an opener, all stopwords), followed by a word
    without article or peeled proclitic. Token indices (int)."""
    kind, key, definite, peel, stop = z.kind, z.key, z.definite, z.peel, z.stop
    return {
        i
        for i in range(len(key) - 1)
        if kind[i] == "word"
        and not definite[i]
        and not definite[i + 1]
        and peel[i + 1] == 0
        and (peel[i] > 0 or i == 0 or kind[i - 1] != "word" or stop[i - 1])
        and _past_verb(key[i])
    }


def _verb_subject(z, i: int, cg, stops=()) -> bool:
    """Token ``i + 1`` is a person's one-word name as the subject of the verb at ``i``
    (news style for players and foreign figures named once in full: وخاض رافايل 110
    مباراة، ودافع رافايل الذي، أصاب لودريان النجاح).

    Token ``i`` is a past-tense verb (:func:`_past_verb`: خاض → خاضوا، خاضت), no first
    name or name particle, that opens its clause (with و or ف, after punctuation, or
    after :data:`SUBJECT_OPENERS` or :data:`CLAUSE_OPENERS`), and no number stands before
    it (30 ألف). Token ``i + 1``, in its sentence, has no article or proclitic, is no
    known place or organisation (``stops``), and is either a first name that is no
    everyday word (رافايل; not سعيد, nor علي where ي is written for ى) or a word no
    Arabic word reads as (:func:`_foreign`), rarer than an everyday word, never written
    with the article, of three letters or more, not in و or ه, and no inflected noun or
    verb (:func:`_noun_form`). The name must stand alone: the word after it is
    punctuation, a function word, a word with و/ف or an everyday word; after a word no
    first name, also a definite word or a word with ب ل ك (the verb's complement).
    Returns False for anything else; the span is ``method="context"``."""
    j = i + 1
    k = z.key[j]
    fn = cg.first_names
    if (
        z.kind[i] != "word"
        or z.definite[i]
        or (z.stop[i] and z.key[i] not in cg.reporting)  # قال is a stopword and a verb
        or z.sentence[j] != z.sentence[i]
        or z.kind[j] != "word"
        or z.definite[j]
        or z.peel[j] > 0
        or j in stops
        or z.key[i] in fn
        or z.key[i] in PARTICLES  # ابن خلدون: ابن is no verb "build"
        or z.key[i].endswith("ه")
        or len(z.key[i]) < 3
        # the subject: a first name that is no everyday word, or no word of the stop
        # list (the lexicon's tests follow, once the verb is found)
        or (fn[k] or k in cg.maqsura_names if k in fn else z.stop[j] or len(k) < 3)
    ):
        return False
    # the verb opens its clause: with و or ف (وخاض), after punctuation or at the start,
    # or after a clause opener (بعدما رفض، ثم غادر)
    opens = z.clitics[i] in (("و",), ("ف",)) or (
        z.peel[i] == 0
        and (
            i == 0
            or z.kind[i - 1] != "word"
            or z.sentence[i - 1] != z.sentence[i]
            or z.key[i - 1] in SUBJECT_OPENERS
            or z.key[i - 1] in CLAUSE_OPENERS
        )
    )
    # the key serves the lexicon as the light form does (zipf folds hamza and alef; a
    # verb has no ة, and a key in ه was refused above), without normalising again
    if not opens or not _past_verb(z.key[i]):
        return False
    if i > 0 and z.kind[i - 1] == "number":
        return False  # 30 ألف هكتار: a number word, no verb
    if k in fn:
        named = not fn[k] and k not in cg.maqsura_names and _name_like(z, j, cg)
    else:
        # the cheap tests on the key first (speed: the key's lexicon figures are the
        # light form's, see above), the light form only for what passes them
        if (
            k[0] in "وف"
            or k.endswith("ه")
            or zipf(k) >= _ORDINARY_ZIPF
            or zipf("ال" + k) >= _ARTICLE_NAME_ZIPF
        ):
            return False
        light = z.light(j)
        named = (
            _foreign(z, j, cg, stops)
            and zipf(light) < _ORDINARY_ZIPF
            # never with the article (خفر السواحل: الخفر), no noun form of its own
            and zipf("ال" + light) < _ARTICLE_NAME_ZIPF
            and not _noun_form(light)
            # و left on a word (وأرخى), a pronoun suffix ه (حتفه، خذه), two letters (جو)
            and len(light) >= 3
            and light[0] not in "وف"
            and not light.endswith("ه")
        )
    if not named:
        return False
    a = j + 1
    if a >= len(z) or z.sentence[a] != z.sentence[j] or z.kind[a] != "word":
        return True
    # the name stands alone before a function word, a conjunction or an everyday word
    # (ودافع رافايل الذي، أطلق غاندي حملة); any other word may be its surname (انتقل
    # ديميتري باييه), which the first-name rule reads or leaves. After a first name, a
    # word with ب ل ك may be a surname the tokeniser peeled (وأقر تشاك بليزر) and a
    # definite word its family name (كلف عبدالله الجميعة); after a word no first name,
    # they are the verb's complement (ووصف داركود بأنه، أصاب لودريان النجاح)
    if z.key[a] in PARTICLES or _foreign_particle_end(z, a, cg, stops) > a:
        return False  # وقال حسين آل فويز، لويس فان جال: the name goes on (قال فيليب لا
        # يريد: لا the negation)
    if z.stop[a] or set(z.clitics[a][:1]) & {"و", "ف"}:
        return True
    if k in fn:
        return z.peel[a] == 0 and not z.definite[a] and ordinary(z, a)
    return z.peel[a] > 0 or z.definite[a] or ordinary(z, a)


#: Role nouns that put a name before them in apposition (:func:`_appositive_persons`:
#: زيجمار جابريل، وزير الاقتصاد; ماغمد داؤدوف رئيس البرلمان): the person titles (the
#: first words of :data:`TITLES`) but الدولي ("international", of airports and players
#: alike), the construct roles (:data:`CONSTRUCT_TITLES`) and a few more offices.
APPOSITION_ROLES = (_TITLE_FIRST | CONSTRUCT_TITLES | _keys("مسؤول مسؤولة منسق منسقة عضو")) - _keys(
    "الدولي"
)
#: Zipf under which both words of an appositive name are rare enough (:func:`_appositive_persons`).
_APPOSITION_ZIPF = 3.0


def _in_spans(*groups):
    """A test ``inside(t) -> bool`` of whether token index ``t`` lies in a span of
    ``groups`` (lists of :class:`helpers.entities.matcher.Span`); the set of indices is
    made at the first question, so a rule whose cheap conditions fail everywhere
    builds none."""
    taken = None

    def inside(t: int) -> bool:
        nonlocal taken
        if taken is None:
            taken = {u for spans in groups for s in spans for u in range(s.i, s.j)}
        return t in taken

    return inside


def _appositive_persons(z, cg, gaz_spans, found, stops) -> list:
    """PERSON spans for a foreign name of two words nobody listed, before a role in
    apposition (news style: the name, a comma, the office): ويتوجه زيجمار جابريل، وزير
    الاقتصاد الألماني؛ حضر الاجتماع ماغمد داؤدوف رئيس البرلمان؛ إن فيديريكا موغيريني،
    منسقة السياسة. Both words are words no Arabic word reads as (:func:`_foreign`), no
    everyday word, rarer than :data:`_APPOSITION_ZIPF` and not inflected
    (:func:`_inflected`), the second without a conjunction; then an optional comma and a
    role of :data:`APPOSITION_ROLES` with no proclitic. Not inside quote marks nor
    after a head noun of a body or place (شركة، قصر...: the name is the body's), and
    no word already in a span. Counted on the SaudiNewsNet stories of 2015-07-21:
    10 such names, 10 persons. ``method="context"``, ``priority=2``."""
    from helpers.entities.matcher import Span

    n = len(z)
    # the role stands two words after the name, or three with a comma between: only
    # the indices before a role are read (ascending, as a scan of the zone would)
    roles = z.where(APPOSITION_ROLES)
    if not roles:
        return []
    taken = _in_spans(found, gaz_spans)

    def rare(t: int) -> bool:
        light = z.light(t)
        return (
            not taken(t)
            and _foreign(z, t, cg, stops)
            and not ordinary(z, t)
            and zipf(light) < _APPOSITION_ZIPF
            and not _inflected(light)
        )

    out = []
    for i in sorted({i for a in roles for i in (a - 2, a - 3) if 0 <= i < n - 2}):
        a = i + 2
        if a < n and z.kind[a] == "punct" and z.key[a] in ("،", ","):
            a += 1
        if not (
            a < n
            and z.kind[a] == "word"
            and z.key[a] in APPOSITION_ROLES
            and z.peel[a] == 0
            and z.sentence[a] == z.sentence[i]
            and z.sentence[i + 1] == z.sentence[i]
        ):
            continue
        b = i - 1
        if b >= 0 and z.sentence[b] == z.sentence[i]:
            if z.kind[b] != "word" and z.key[b][:1] in _OPEN_QUOTES:
                continue  # «فيرست إنيرجي» مدير: a quoted name is a body's
            if z.kind[b] == "word" and (
                z.key[b] in ORG_HEADS or z.key[b] in PLACE_HEADS or z.key[b] in FACILITY_HEADS
            ):
                continue
        if rare(i) and rare(i + 1) and not z.clitics[i + 1]:
            out.append(Span(i, i + 2, "PERSON", "context", [], 2))
    return out


def _coordinated_persons(z, cg, gaz_spans, found, stops) -> list:
    """PERSON spans for a name nobody listed that is coordinated with a person's name
    (رونالدو وبيبي، غوميز ورونالدو: a list of people): the word after و right after a
    person's mention, or the word right before a person's mention written with و; the
    word must be one no Arabic word reads as (:func:`helpers.entities.lexicon.looks_like_name`),
    rarer than an everyday word, and no first name (the first-name rule reads those).
    ``method="context"``, ``priority=2``."""
    from helpers.entities.matcher import Span

    people = [s for s in gaz_spans if cg.types[s.cands[0]] == "PERSON"]
    people += [s for s in found if s.type == "PERSON"]
    if not people:
        return []
    n = len(z)
    taken = _in_spans(found, gaz_spans)

    def bare_name(t: int) -> bool:
        return (
            not taken(t)
            and t not in stops
            and z.kind[t] == "word"
            and z.key[t] not in cg.first_names
            and _name_like(z, t, cg)
            and not z.definite[t]
            and looks_like_name(z.light(t))
            and zipf(z.light(t)) < _ORDINARY_ZIPF
            # وحققوا انتصارات، وواكبه: a plural verb (حقق attested) or a pronoun suffix
            and not (z.key[t].endswith("وا") and zipf(z.light(t)[:-2]) >= 2.0)
            and not z.key[t].endswith("ه")
        )

    out = []
    for s in people:
        t = s.j  # رونالدو وبيبي
        if t < n and z.sentence[t] == z.sentence[s.i] and z.clitics[t] == ("و",) and bare_name(t):
            out.append(Span(t, t + 1, "PERSON", "context", [], 2))
        t = s.i - 1  # غوميز ورونالدو
        if (
            t >= 0
            and z.sentence[t] == z.sentence[s.i]
            and z.clitics[s.i] == ("و",)
            and z.peel[t] == 0
            and bare_name(t)
        ):
            out.append(Span(t, t + 1, "PERSON", "context", [], 2))
    return out


def _dash_between(z, a: int, b: int) -> bool:
    """A dash is token ``a`` or ``b``, or stands between them (a lone tatweel ـ is no
    token)."""
    return (
        z.key[a] in _DASHES
        or z.key[b] in _DASHES
        or bool(_DASHES & set(z.text[z.end[a] : z.start[b]]))
    )


#: A dateline's place stands among the first words of a body: a byline of up to four
#: names and a dash before it (ماجد هود ومحمد المرحبي ـ جدة).
DATELINE_WORDS = 10


#: Family nouns: a word in construct after one is a relative, not a place
#: (زوجة جده "his grandfather's wife", ابن عمه).
KIN_NOUNS = _keys(
    "زوجة زوج ابن ابنة بنت أخ أخت والد والدة أم أب عم عمة خال خالة حفيد حفيدة جد "
    "أبناء بنات أحفاد أخوة إخوة أخوات"
)


#: Nouns of a region's parts, people or waters: a definite context place in construct
#: after one is the place (دول الخليج، مياه الخليج، سكان الخبر).
REGION_NOUNS = _keys("دول بلدان مياه سواحل شواطئ عواصم شعوب حكومات سكان أهالي")


#: Nouns of a Saudi region's governor: the region after them is the Saudi one (أمير
#: الشرقية، نائب أمير الجوف), as after a locative preposition.
GOVERNOR_NOUNS = _keys("أمير")


def _row_country(cg, r: int) -> str:
    """Country id of gazetteer row ``r``: its ``country`` column, or its own id for a
    country or a nationality adjective (``country:EG``), else ``""``."""
    return cg.countries[r] or (cg.ids[r] if cg.ids[r].startswith("country:") else "")


def _saudi_row(cg, r: int) -> bool:
    """Row ``r`` is a Saudi place: country ``country:SA``, or a region or town of the
    repository's ``places.csv`` (ids ``loc:sa-…``, ``loc:saudi-…``, no country)."""
    return _row_country(cg, r) == "country:SA" or cg.ids[r].startswith(("loc:sa-", "loc:saudi-"))


def foreign_cue(z, s, cg, gaz_spans) -> bool:
    """The guarded match ``s`` of a Saudi place (:func:`_saudi_row`; الشرقية is also
    Egypt's Sharqia) is tied to a place or nationality of another country
    (``gaz_spans``: the gazetteer's matches), so it is that country's place: the
    nationality right after it (محافظة الشرقية المصرية), a foreign place right
    before a locative preposition and it (جامعة الزقازيق في الشرقية), or a foreign
    place coordinated with it (الشرقية والمنصورة، المنصورة والشرقية). A route or a
    list elsewhere in the sentence is no tie (وصل إلى جدة من القاهرة). The one rule
    of :func:`context_places` and :func:`rule_spans`' place heads (محافظة الشرقية)."""
    if not any(_saudi_row(cg, c) for c in s.cands):
        return False

    def foreign(g) -> bool:
        countries = {_row_country(cg, c) for c in g.cands if cg.types[c] in ("LOC", "NORP")}
        return bool(countries) and not countries & {"", "country:SA"}

    n = len(z)
    for g in gaz_spans:
        if z.sentence[g.i] != z.sentence[s.i] or not foreign(g):
            continue
        if g.i == s.j and z.peel[g.i] == 0:
            return True  # الشرقية المصرية
        if g.i == s.j and z.clitics[g.i][:1] == ("و",):
            return True  # الشرقية والمنصورة
        if g.j == s.i and z.clitics[s.i][:1] == ("و",):
            return True  # المنصورة والشرقية
        if g.j + 1 == s.i and g.j < n and z.key[g.j] in LOC_PREPOSITIONS and z.peel[s.i] == 0:
            return True  # جامعة الزقازيق في الشرقية
    return False


def context_places(z, cg, gaz_spans, guarded_spans) -> list:
    """Places of ``data/place_context.txt`` (جدة، آمل، الخمس، الأقصى) where the context
    reads them as places.

    A guarded match of such a name counts when it follows a locative preposition
    (:data:`LOC_PREPOSITIONS`: وصل إلى جدة) or the proclitic ب or ل (بجدة، لجدة), or,
    written without the article, an indefinite noun it completes (سكان جدة), or is
    coordinated with a known place (الرياض وجدة، جدة والرياض) or with one this rule found
    right before it (في أبين والضالع), or is a dateline (right
    after a dash among the first :data:`DATELINE_WORDS` tokens of the zone, or first
    and right before a dash: نايف عبدالله – جدة، جدة - واس); and the next word of the
    sentence is not a definite word other than a time word, a nationality or another
    nisba adjective (الخمس الأوائل، جدة الطفل read as nouns; بجدة اليوم، جدة التاريخية
    as the place). Returns spans with ``method="context"``,
    ``priority=2``.
    """
    from helpers.entities.matcher import Span

    if not guarded_spans or not cg.context_rows:
        return []
    n = len(z)
    locs = [s for s in gaz_spans if cg.types[s.cands[0]] == "LOC"]
    loc_starts = {s.i for s in locs}
    loc_ends = {s.j for s in locs}
    out = []
    # in text order, so a place this rule finds counts for the next one coordinated with
    # it (في أبين والضالع: الضالع after أبين, both guarded)
    for s in sorted(guarded_spans, key=lambda s: (s.i, s.j)):
        cands = [c for c in s.cands if c in cg.context_rows and cg.types[c] == "LOC"]
        if not cands:
            continue
        i, j = s.i, s.j
        same = i > 0 and z.sentence[i - 1] == z.sentence[i]
        clitic = z.clitics[i] if z.peel[i] > 0 else ()
        after_prep = (
            same and z.peel[i] == 0 and z.key[i - 1] in (LOC_PREPOSITIONS | GOVERNOR_NOUNS)
        ) or ("ب" in clitic or "ل" in clitic)
        # an indefinite name after an indefinite noun, in construct: سكان جدة، مستشفيات جدة
        construct = (
            (
                same
                and z.peel[i] == 0
                and not z.definite[i]
                and z.kind[i - 1] == "word"
                and not z.definite[i - 1]
                and not z.stop[i - 1]
                and z.key[i - 1] not in KIN_NOUNS  # زوجة جده "his grandfather's wife"
            )
            or (
                # a definite name after a noun of a region's parts: دول الخليج، مياه الخليج
                same
                and z.peel[i] == 0
                and z.definite[i]
                and z.kind[i - 1] == "word"
                and not z.definite[i - 1]
                # without the text layer's proclitics: لدول الخليج, whose key keeps لدول
                # whole (each proclitic is one letter)
                and (
                    z.key[i - 1] in REGION_NOUNS
                    or _k(z.form[i - 1][len(z.clitics[i - 1]) - z.peel[i - 1] :]) in REGION_NOUNS
                )
            )
        )
        coordinated = (same and clitic[:1] == ("و",) and i in loc_ends) or (
            j in loc_starts and z.clitics[j][:1] == ("و",) and z.sentence[j] == z.sentence[i]
        )
        # a dateline: the place after or before a dash among the first words of a
        # zone (نايف عبدالله – جدة، جدة - واس)
        dateline = i < DATELINE_WORDS and (
            (i > 0 and z.peel[i] == 0 and _dash_between(z, i - 1, i))
            or (i == 0 and j < n and _dash_between(z, j - 1, j))
        )
        if not (after_prep or coordinated or construct or dateline):
            continue
        if foreign_cue(z, s, cg, gaz_spans):
            continue  # في الشرقية المصرية: Egypt's Sharqia, not the Saudi region
        if not _spelled_like(z.light(i), [cg.gazetteer.table["guarded"].iat[c] for c in cands]):
            continue  # أمل "hope" is not آمل: the writer's hamza differs from the name's
        if j < n and z.key[j] == "ان" and not z.definite[i]:
            # آمل أن "I hope that": a verb, not a place; a definite word is no verb
            # (قال أمير الشرقية إن)
            continue
        if (
            j < n
            and not ("ب" in clitic and not z.definite[i])
            and z.sentence[j] == z.sentence[i]
            and z.kind[j] == "word"
            and z.definite[j]
            and z.peel[j] == 0
            and not z.stop[j]
            and z.key[j] not in NOT_NAMES
            and z.key[j] not in cg.norp_keys
            and not z.key[j].endswith("يه")
        ):
            # الخمس الأوائل، جدة الطفل: a definite word right after reads it as a noun
            # (not a time word, بجدة اليوم, nor a nisba adjective, جدة التاريخية); after
            # the preposition ب a name without the article is the place (ألقت الجهات
            # الأمنية بجدة القبض، مستشفى الملك فهد بجدة السعة: all 12 of 2015-07-21/25/26);
            # a definite one keeps its noun reading (التعريف بالوجه الحقيقي "the face")
            continue
        out.append(Span(i, j, "LOC", "context", cands, 2))
        loc_ends.add(j)
    return out


def context_newspapers(z, cg, gaz_spans=()) -> list:
    """Newspapers of ``data/newspapers.csv`` named by a place or an everyday word
    (الشرق الأوسط، الرياض، سبق) where the context cites them: alone between quote marks
    (قال لـ«الشرق الأوسط»، نشرت «الرياض») or after the dash of a byline, before a
    dash or a colon (عيسى الحربي- سبق- الرياض، أيمن حسن- سبق:), unless a place of
    ``gaz_spans`` has those words (the dateline of الحربي- الرياض: is the city).
    Returns ``ORG`` spans of the newspaper's row,
    ``method="context"``, ``priority=-1`` (they win over the place of the same words:
    «الشرق الأوسط» is the paper, منطقة الشرق الأوسط the region)."""
    from helpers.entities.matcher import Span

    if not cg.newspapers:
        return []
    n = len(z)
    places = {(s.i, s.j) for s in gaz_spans if cg.types[s.cands[0]] == "LOC"}
    out = []
    for i in z.where(cg.newspaper_firsts):
        if i >= n - 1:
            break
        before = z.key[i - 1] if i else ""
        quoted = before in _OPEN_QUOTES
        # a byline: after a dash, or first on its line before a dash (سبق – وكالات:،
        # الرياضي ـ جدة): the newspaper heads the story
        line_start = i == 0 or "\n" in z.text[z.end[i - 1] : z.start[i]]
        dash_after = i + 1 < n and (
            z.key[i + 1] in _DASHES
            or any(c in _DASHES for c in z.text[z.end[i] : z.start[i + 1]])  # ـ (no token)
        )
        byline = before in _DASHES or (line_start and dash_after)
        if not (quoted or byline) or z.kind[i] != "word":
            continue
        for j in range(i + 1, min(i + 4, n)):
            row = cg.newspapers.get(tuple(z.key[i:j]))
            if row is None:
                continue
            after = z.key[j]
            if (quoted and after in _CLOSE_QUOTES) or (
                byline
                and (after in _DASHES or after == ":" or (line_start and j == i + 1))
                and z.sentence[j] == z.sentence[i]
                and (i, j) not in places
            ):
                out.append(Span(i, j, "ORG", "context", [row], -1))
            break
    return out


def in_byline(z, i: int, j: int) -> bool:
    """Whether tokens ``i`` to ``j`` of a zone stand in a byline or a credit line:
    among the first :data:`DATELINE_WORDS` tokens, after a dash and before a dash, a
    colon or the line's end (عيسى الحربي- سبق- الرياض، أيمن حسن- سبق:، الرياض – واس)
    or first on a line before a dash (عين اليوم – الرياض، سبق – وكالات:). The outlet
    or agency credited there is no news content (:func:`helpers.entities.entity_counts`
    leaves such mentions out by default)."""
    if i >= DATELINE_WORDS:
        return False
    n = len(z)
    after_dash = i > 0 and _dash_between(z, i - 1, i)
    line_start = i == 0 or "\n" in z.text[z.end[i - 1] : z.start[i]]
    dash = j < n and _dash_between(z, j - 1, j)
    line_end = j == n or "\n" in z.text[z.end[j - 1] : z.start[j]]
    if after_dash:  # أيمن حسن- سبق: ، الرياض – واس
        return dash or line_end or z.key[j] == ":"
    return line_start and dash  # a line opening «هيئة الأرصاد:» is a heading, no byline


#: Words after which a match report names the opposing team: يلاقي نيس، أمام بني ياس،
#: نظيره العين، ضد، للقاء، مواجهة، التغلب على. ``فريق`` heads the club's name
#: (فريق إيجلز، فريق أريس ليماسول: the head noun is part of the mention).
OPPONENT_CUES = _keys("أمام ضد نظيره نظيرهم يلاقي يواجه لقاء مواجهة التغلب")
#: Nouns in construct with a club in a sports story, read like an opponent cue: جماهير
#: نجران، معسكر نجران (a city there is its club; a country stays LOC: معسكر تركيا).
CLUB_CUES = _keys("جماهير معسكر")
#: The roles of a club's players and staff, indefinite, in construct with the club: a
#: city after them that the gazetteer knows a club by is that club (لاعب ميلان، مهاجم
#: موناكو، لاعبي روما; not لاعبي باريس, no club of that one word); a country is the
#: national team, LOC (مدرب ويلز), and an unknown word may be an adjective (لاعب هاو
#: "an amateur player") or a name (مدرب إنتر روبرتو مانشيني), so only a city counts.
ROLE_CUES = _keys("لاعب لاعبو لاعبي مهاجم مدافع حارس مدرب")
_TEAM = _k("فريق")
_NATIONAL_TEAM = _k("منتخب")
_ON = _k("على")


def context_opponents(z, cg, gaz_spans) -> list:
    """Clubs named after an opponent cue (:data:`OPPONENT_CUES`, or فريق) in a story the
    caller has found to be a sports story: a city of the gazetteer there is its club
    (أمام برشلونة، نظيره العين; a country stays LOC: the national team is named by
    its country), and so are one or two words no Arabic word reads as
    (:func:`_foreign`: يلاقي نيس، أمام بني ياس). ``ORG`` spans, ``method="context"``,
    ``priority=-1`` (over the city reading of the same words), with the gazetteer's club
    row where one names the same words (نابولي: ``org:napoli``), else no row. A club
    whose name is a stopword (العين "the eye", ``sports_names.csv``), which no
    gazetteer match reads, is read here only, after a cue (أمام العين، نظيره العين)."""
    from helpers.entities.matcher import Span

    n = len(z)
    cities = {
        s.i: s
        for s in gaz_spans
        if s.cands and cg.types[s.cands[0]] == "LOC" and cg.ids[s.cands[0]].startswith("geonames:")
    }
    # a country after فريق is a club named by it (فريق الكويت: Kuwait SC), not the
    # national team, which a story names by the country alone (مواجهة الأرجنتين)
    countries = {
        s.i: s
        for s in gaz_spans
        if s.cands and cg.types[s.cands[0]] == "LOC" and cg.ids[s.cands[0]].startswith("country:")
    }
    # a club the gazetteer knows by these words (روما، نابولي، بني ياس) keeps its row
    clubs: dict[tuple[int, int], list[int]] = {}
    for s in gaz_spans:
        rows = [c for c in s.cands if c in cg.sports_rows or cg.types[c] == "ORG"]
        if rows:
            clubs.setdefault((s.i, s.j), rows)

    named_clubs = {
        s.i: (s.j, rows) for s in gaz_spans if (rows := [c for c in s.cands if c in cg.sports_rows])
    }

    def club(start: int, j: int, e: int) -> list[int]:
        return clubs.get((start, e)) or clubs.get((j, e)) or cg.club_keys.get(tuple(z.key[j:e]), [])

    out = []
    for i in range(n - 1):
        k = z.key[i]
        team = k == _TEAM and not z.definite[i]
        # منتخب ألمانيا: the national team with its head noun is an ORG
        national = k == _NATIONAL_TEAM and not z.definite[i]
        role = k in ROLE_CUES and not z.definite[i]
        cue = team or national or k in OPPONENT_CUES or (k in CLUB_CUES and not z.definite[i])
        if k == _ON and i > 0 and z.key[i - 1] in OPPONENT_CUES:
            cue = True  # التغلب على تشيلسي
        j = i + 1
        if role and z.sentence[j] == z.sentence[i] and z.peel[j] == 0 and j not in countries:
            if j in cities and cities[j].j - j <= 2 and club(j, j, cities[j].j):
                # a city the gazetteer knows a club by (ميلان، موناكو); not لاعبي باريس,
                # a city no listed club is named by alone (the players in Paris)
                e = cities[j].j
                out.append(Span(j, e, "ORG", "context", club(j, j, e), -1))
            elif j in named_clubs:
                # a club of sports_names.csv: not the player's name (للاعب فولهام الشاب)
                e, rows = named_clubs[j]
                out.append(Span(j, e, "ORG", "context", rows, -1))
            continue
        if not cue or z.sentence[j] != z.sentence[i] or z.peel[j] > 0:
            continue
        start = i if team or national else j
        if national and j not in countries:
            continue  # منتخب الشباب، منتخب جديد: only a country's team is named so
        stop_club = cg.club_keys.get((z.key[j],), []) if z.stop[j] else []
        if stop_club:
            # a club whose name is a function word (العين "the eye"): only after a cue
            out.append(Span(start, j + 1, "ORG", "context", stop_club, -1))
        elif j in cities and cities[j].j - j <= 2:
            e = cities[j].j
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
        elif (team or national) and j in countries and countries[j].j - j <= 2:
            e = countries[j].j
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
        elif _foreign(z, j, cg) and not ordinary(z, j):
            e = j + 1
            if e < n and z.sentence[e] == z.sentence[j] and _foreign(z, e, cg):
                e += 1
            out.append(Span(start, e, "ORG", "context", club(start, j, e), -1))
    return out


@lru_cache(maxsize=1)
def titled_event_keys() -> frozenset[str]:
    """Keys of the ``titled`` words of ``data/event_words.tsv``: nouns of an award, a
    programme or a project named after a titled person (وسام الملك عبدالعزيز، برنامج
    الأمير نايف، توسعة الملك عبدالله), read as the noun of a name only before a royal
    title (:func:`in_event_name` with ``titled=True``)."""
    from helpers.entities.gazetteer import event_words

    return frozenset(_k(w) for w, r in event_words().items() if r == "titled")


@lru_cache(maxsize=1)
def event_keys() -> tuple[frozenset[str], frozenset[str]]:
    """Keys of the ``noun`` and ``link`` words of ``data/event_words.tsv``
    (:func:`helpers.entities.gazetteer.event_words`): a name right after a noun, or
    after a link that follows one, names an event or a competition (كأس الخليج, the
    Gulf Cup; دوري أبطال آسيا), not a club or a place."""
    from helpers.entities.gazetteer import event_words

    words = event_words()
    return (
        frozenset(_k(w) for w, r in words.items() if r == "noun"),
        frozenset(_k(w) for w, r in words.items() if r == "link"),
    )


def in_event_name(z, i: int, *, titled: bool = False) -> bool:
    """Whether token ``i`` follows, in its sentence, a noun of an event's name or such a
    noun and a link (:func:`event_keys`), each without article and with no conjunction
    between: كأس آسيا، دوري أبطال آسيا، كأس أمم أفريقيا (not الاتفاق والقادسية, two
    clubs). ``titled``: token ``i`` is a royal title, and the nouns of an award or a
    programme (:func:`titled_event_keys`: وسام، برنامج) count too."""
    nouns, links = event_keys()
    if titled:
        nouns = nouns | titled_event_keys()

    def word(t: int) -> bool:
        # a noun in construct: no article (الاتفاق is a club), no conjunction after it
        return (
            t >= 0
            and z.kind[t] == "word"
            and z.sentence[t] == z.sentence[i]
            and not z.definite[t]
            and z.clitics[t + 1][:1] not in (("و",), ("ف",))
        )

    p = i - 1
    if not word(p):
        return False
    if z.key[p] in nouns:
        return True
    return z.key[p] in links and word(p - 1) and z.key[p - 1] in nouns


#: Words that open a list of shares (أسهم شركات سابك والإنماء، سهمي شركة الدريس ورعاية):
#: the names listed after them are companies (:func:`context_shares`).
SHARE_CUES = _keys("سهم سهمي أسهم أسهما")
_COMPANY_NOUNS = _keys("شركة شركتي شركات")


def context_shares(z, cg, gaz_spans, guarded_spans) -> list:
    """Short names of listed companies (``data/stock_names.csv``: الإنماء، الراجحي، كيان)
    in a list of shares: after a word of :data:`SHARE_CUES` and an optional شركة/شركات,
    the list runs over known organisations (any ORG of the gazetteer) and such names,
    joined by و or a comma, in one sentence; each short name in it becomes an ``ORG`` span
    of its company, ``method="context"``, ``priority=2``. A word that is neither ends the
    list (الأكثر نشاطا). Outside such a list the names are everyday words and count
    nowhere."""
    from helpers.entities.matcher import Span

    n = len(z)
    known = {s.i: s.j for s in gaz_spans if s.cands and cg.types[s.cands[0]] == "ORG"}
    short = {}
    for s in guarded_spans:
        rows = [c for c in s.cands if c in cg.stock_rows]
        if rows and s.j > short.get(s.i, (0, []))[0]:
            short[s.i] = (s.j, rows)
    if not short:
        return []
    out = []
    for i in z.where(SHARE_CUES):
        if z.kind[i] != "word" or z.definite[i]:
            continue  # الأسهم العالمية "world shares": a definite cue lists nothing
        j = i + 1
        if j < n and z.key[j] in _COMPANY_NOUNS and z.sentence[j] == z.sentence[i]:
            j += 1
        first = True
        while j < n and z.sentence[j] == z.sentence[i]:
            if z.kind[j] != "word":
                if z.key[j] in (",", "،"):
                    j += 1
                    continue
                break
            if not first and z.clitics[j][:1] != ("و",) and z.kind[j - 1] == "word":
                break  # the next item is joined by و or a comma
            if j in short and (j not in known or short[j][0] >= known[j]):
                e, rows = short[j]
                out.append(Span(j, e, "ORG", "context", rows, 2))
                j = e
            elif j in known:
                j = known[j]
            else:
                break
            first = False
    return out


#: Nouns of a competition: the word after them names the competition (كأس الخليج,
#: the Gulf Cup), not a club of sports_names.csv.
COMPETITION_NOUNS = _keys("كأس بطولة دورة")


#: A club name at least this frequent in the lexicon (الشباب 5.36 "the youth",
#: الاتحاد 5.58, الخليج 5.12, التعاون 4.95) counts, even in a sports story, only in a
#: body sentence with a word of sports_context.txt or another club: مقهى الشباب is no
#: club. A sports story's title, short and about the sport, needs neither.
COMMON_CLUB_ZIPF = 4.9

#: A club name at least this frequent (الاتفاق 4.70 "the agreement", الوحدة 4.84
#: "unity", الفتح 4.47, الرائد 4.42 "the pioneer", الهلال 4.69) is an everyday word
#: too, so its neighbours can read it as one (:func:`_everyday_club_word`); a
#: nationality after it still names the club (الهلال السعودي، الأهلي المصري) below
#: COMMON_CLUB_ZIPF.
EVERYDAY_CLUB_ZIPF = 4.4

#: Nouns after which a club name as frequent as an everyday word (COMMON_CLUB_ZIPF) is
#: that word, even in a sports story: رعاية الشباب "youth welfare", فئة/درجة الشباب
#: "the youth category", وزارة/هيئة الشباب، دعم/تشغيل/توظيف الشباب "employing young
#: people", تمكين الشباب; دعم الاتحاد، هيئة الاتحاد.
EVERYDAY_CLUB_HEADS = _keys("رعاية فئة درجة وزارة هيئة دعم تشغيل توظيف تمكين تأهيل أوساط")

#: Words after which such a name is the everyday word: والشابات (الشباب والشابات
#: "young men and women").
EVERYDAY_CLUB_PARTNERS = _keys("الشابات الفتيات")


def masculine_nationality(z, a: int, cg) -> bool:
    """Token ``a`` is a definite masculine singular nationality adjective with no
    proclitic (الإسباني، الإيطالي; not الإسبانية، الإيطاليين)."""
    return (
        a < len(z)
        and z.kind[a] == "word"
        and z.definite[a]
        and z.peel[a] == 0
        and z.key[a] in cg.norp_keys
        and not z.key[a].endswith(("ه", "ات", "ين", "ون", "ان"))
    )


def context_clubs(z, cg, guarded_spans) -> list:
    """Club names of ``data/sports_names.csv`` (النصر، الهلال، الاتحاد، ليون) in a story
    the caller has found to be a sports story (two distinct words of
    ``data/sports_context.txt``): each guarded match of such a name that is not a
    nationality adjective's reading becomes an ``ORG`` span of its club,
    ``method="context"``, ``priority=2`` (a longer known name still wins: نادي النصر);
    not after a competition noun (كأس الخليج), and a name as frequent as an everyday
    word (:data:`COMMON_CLUB_ZIPF`) only in a sentence about sport."""
    from helpers.entities.matcher import Span

    out = []
    clubs_in: dict[int, int] = {}  # sentence -> club names of sports_names.csv in it
    for s in guarded_spans:
        if any(c in cg.sports_rows for c in s.cands):
            clubs_in[z.sentence[s.i]] = clubs_in.get(z.sentence[s.i], 0) + 1
    sporty = {z.sentence[t] for t in range(len(z)) if z.key[t] in cg.sports_keys}
    for s in guarded_spans:
        cands = [c for c in s.cands if c in cg.sports_rows]
        if in_event_name(z, s.i):
            continue  # كأس الخليج is the Gulf Cup, not the club الخليج
        sentence = z.sentence[s.i]
        if (
            z.zone != "title"  # a sports story's title is about the sport
            and s.j - s.i == 1
            and zipf(z.display(s.i)) >= COMMON_CLUB_ZIPF
            and sentence not in sporty
            and clubs_in.get(sentence, 0) < 2
        ):
            continue  # مقهى الشباب، الشباب السعودي: the youth, in a story on sport
        if s.j - s.i == 1 and _everyday_club_word(z, s.i, cg):
            continue
        if cands:
            out.append(Span(s.i, s.j, "ORG", "context", cands, 2))
    return out


def _everyday_club_word(z, i: int, cg) -> bool:
    """Token ``i``, a one-word club name of ``sports_names.csv`` as frequent as an
    everyday word (:data:`EVERYDAY_CLUB_ZIPF`, looked up with the article that ``لل``
    hides restored: للشباب is ل + الشباب), is read as that word by its neighbours:
    with ب before مع (بالتعاون مع "in cooperation with");
    after a noun of :data:`EVERYDAY_CLUB_HEADS` (رعاية الشباب، فئة الشباب، الرئيس العام
    لرعاية الشباب: :func:`_lam_key`); after a
    definite masculine sound plural it qualifies, if at least :data:`COMMON_CLUB_ZIPF`
    (اللاعبين الشباب "the young players"; not after a comma, and a name with و or
    before one is a list: النصر والشباب، الغريمين التقليديين الاتحاد والأهلي;
    وكلفت الصفقة الشباب keeps the club: a singular does not take it as adjective);
    before a masculine nationality adjective if at least :data:`COMMON_CLUB_ZIPF`
    (الشباب السعودي، الاتحاد السعودي "the Saudi federation"; الهلال السعودي is the
    club), another
    definite adjective in ي (الاتحاد الدولي "the International Federation", التعاون
    الخليجي) or in ين/ون (الشباب الراغبين), or a word of
    :data:`EVERYDAY_CLUB_PARTNERS` (الشباب والشابات)."""
    freq = zipf(z.display(i))
    if freq < EVERYDAY_CLUB_ZIPF:
        return False
    nxt = i + 1
    nxt_word = nxt < len(z) and z.kind[nxt] == "word"
    if nxt_word and "ب" in z.clitics[i] and z.key[nxt] == "مع":
        return True  # بالتعاون مع، بالاتفاق مع "in cooperation / agreement with"
    prev = i - 1
    if prev >= 0 and z.kind[prev] == "word" and z.sentence[prev] == z.sentence[i]:
        if _lam_key(z, prev) in EVERYDAY_CLUB_HEADS:
            return True  # رعاية الشباب، لرعاية الشباب (the ل left on the word)
        if (
            freq >= COMMON_CLUB_ZIPF
            and z.definite[prev]
            and not z.clitics[i]
            and z.key[prev].endswith(("ين", "ون"))
            and not (nxt_word and "و" in z.clitics[nxt])
        ):
            return True
    if nxt_word:
        if masculine_nationality(z, nxt, cg):
            return freq >= COMMON_CLUB_ZIPF
        if z.key[nxt] in EVERYDAY_CLUB_PARTNERS:
            return True
        if z.definite[nxt] and not z.clitics[nxt] and z.key[nxt].endswith(("ين", "ون", "ي")):
            return True
    return False


def _spelled_like(light: str, alias_lists) -> bool:
    """Whether a written word (``alef=False`` light form) can be one of the aliases as
    spelled: letter for letter, except that a writer may drop a hamza (ا for أ إ آ) and
    write ه for ة; a hamza the name does not have (أمل for آمل) is another word."""
    from helpers.text import normalize

    def strip(w: str) -> str:
        return w[2:] if w.startswith("ال") and len(w) > 4 else w

    t = strip(light)
    for aliases in alias_lists:
        for a in aliases:
            al = strip(normalize(a, alef=False))
            if len(al) == len(t) and all(
                x == y or (x == "ا" and y in HAMZA_ALEFS) or (x == "ه" and y == "ة")
                for x, y in zip(t, al, strict=True)
            ):
                return True
    return False
