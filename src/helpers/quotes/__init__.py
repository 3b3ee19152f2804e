"""Direct quotations in Arabic news text, and who said them.

:func:`extract_quotes` finds spans in quote marks, decides which are reported speech,
and attributes each to a speaker. The rules are the reporting-verb and quote-mark
patterns of Pouliquen, Steinberger and Best (2007), "Automatic detection of quotations
in multilingual news" (RANLP), adapted to Arabic wire copy: verb-subject order
(``VERB + SUBJECT + (أن/إن) + «...»``), conjunction clitics on the verb (وقال، فأضاف) and
the participle of manner after a comma (مؤكداً: «...»):

1. **Spans.** An opening mark ``«`` ``“`` ``„`` ``‘`` ``"`` or ``'`` starts a span that
   ends at its closing mark (``»`` ``”`` ``”`` ``’`` ``"`` ``'``) within the same
   paragraph (``«`` nests). A mark that never closes ends the span at the paragraph end
   and sets ``unclosed``: it never swallows the rest of the story. ASCII ``'`` opens only
   at a word start and closes only at a word end, so apostrophes in Latin text are not
   marks.
2. **Names are not quotes.** A span is a name, title or term, not speech, when it is
   exactly an entity mention (from :mod:`helpers.entities`), or follows a designator
   noun in construct (تنظيم «داعش»، بقيادة «هيئة تحرير الشام»، حركة، جماعة، حزب، صحيفة،
   دار، بلقب...), or is a single word not introduced by a colon (scare quotes), or is a
   short name (at most four words, no sentence end) right after a preposition (لـ، بـ،
   عن، مثل...) or a reporting verb whose subject it is (أعلنت «إي إف جي هيرميس» أن).
3. **Reporting context.** The span is speech when, in its clause (from the sentence
   start, or the previous quote in the paragraph, up to the opening mark), there is a
   reporting word (:data:`REPORTING_WORDS`: قال، أضاف، أكد، أوضح، تابع، شدد، أشار، نفى،
   أعلن... in past, present and participle forms, and the verbal noun قوله), or the mark
   follows a colon, or a reporting clause follows the closing mark
   («...»، قال لافروف).
4. **Speaker.** ``named``: the phrase right after the nearest reporting word (Arabic
   verb-subject order: وقال لافروف، أكد وزير الخارجية العراقي محمد علي الحكيم); for
   قوله the phrase after the preceding عن (نقل بيان ... عن الحكيم قوله); when the verb
   has no subject, the phrase after a statement noun when it names a source (بيان
   المعارضة, not رسالة مهمة), else the subject before the verb: the first person
   mentioned in the clause that no preposition governs, or an organisation opening it
   (فابيوس ... يقول: «...»؛ دان الجبير ...، وقال: «...»). The phrase runs through a quoted
   name (وقالت «إي إف جي هيرميس»: the company) and stops at punctuation, at a stop word,
   at a second reporting word and at an addressee (ل + a word after a name: وقال بنيتز
   للصحفيين); a first word read as ب/ل + a word (للصحفيين، بهدوء) is no subject.
   A pronoun, preposition or honorific (فيه، عليها، لـ، تعالى، جلّ وعزّ) is nobody:
   ``unknown``. An unnamed source (مصدر، المصادر، مسؤول كبير) is ``unknown`` with
   ``unknown_reason`` ``unnamed_source`` and its phrase in ``speaker_role``; a statement
   (البيان، التقرير) speaks only through its issuer (بيان المعارضة، بيان صادر عن
   الوزارة), else ``unknown`` (``statement``). Everyday words with no name and no
   definite word (عدم وجود خلل، سموه، اسمه: :data:`_EVERYDAY_ZIPF`) are no subject. A
   bare organisation noun (الوزارة) is the organisation last named with it in the story.
   A surname alone is the story's person with that name; a common first name alone
   (:func:`helpers.entities.gazetteer.first_name_gender`: محمد، حسن) is the story's one
   person whose fuller name opens or ends with it, or the name the phrase writes in
   full, or a player's public name in a sports story, or the story's name for a
   speaker it is the subject of twice (an id of that story only), else nobody named
   (``first_name``); a feminine reporting word (قالت، وأضافت) skips the men named before
   it, a masculine one (قال، أكد) the women. A place speaks only as its
   government: a country or a capital (``seat`` list; أعلنت الرياض); another place name
   alone is a person's name, kept as the phrase.
   A role (a phrase headed by a title: وزير الدفاع، الوزير، المتحدث باسم الوزارة) is the
   person named with it in its clause (رئيس الغرفة في المحافظة سياف بن عامر آل خشيل،
   ممثل الغرفة، بيتر هينشكليف، إن); with no name, the person last named with that role
   earlier in the story (``carried``), else, when the role names its body (an
   organisation mentioned in it: المتحدث باسم وزارة الداخلية), that office as written
   (``named``), else ``unknown`` (``unknown_reason`` ``unnamed_role``, the role in
   ``speaker_role``: a bare title, الوزير، رئيس الاتحاد, names nobody).
   ``carried``: no
   subject in the clause (وأضاف: «...»، مؤكداً: «...»، وشدد على أن ...), so the speaker
   is the most recent one named in the same zone, in this paragraph or the previous
   one (``carry_paragraphs``); with nobody named before, a verb with no subject phrase
   (وقال: «...») goes on from the subject of the sentence right before when a verb
   opens it (وعبر كيري عن أمله ... . وقال: «...»). ``unknown``: nobody to carry.
   The phrase is matched to an entity mention (PERSON, then ORG, NORP, LOC) to give
   ``speaker_id`` and the canonical ``speaker``; without a mention ``speaker`` is the
   phrase as written and ``speaker_id`` is ``"phrase:"`` + the normalised phrase
   (:func:`phrase_id`). Within a story, a phrase that ends with another speaker's phrase
   is taken for the same speaker with a title (الرئيس السوري المخلوع بشار الأسد and
   الأسد are both shown as الأسد, with one id).
   Session 11: a span after a verb that opens with a particle is speech, never a
   subject (فقال «لا تغضب»); a saying or proverb (مقولة، المثل) is a statement; after
   نسب, إلى before قوله brings the speaker (ونسبت الصحيفة إلى الوزير قوله); a title before
   a possessed relative (المرحوم والدي) is unnamed; ل + a person's noun with a pronoun
   (لنظيره) and an everyday indefinite word after a definite one (الفاتيكان ربط) end the
   phrase; a blessing ligature (ﷺ) ends it and speaks for nobody; a style's short form
   (خادم الحرمين) is the person its full form names in the story.
   Session 12: a speaker named with a eulogy said only of a prophet or a Companion
   (قال ابن عمر رضي الله عنهما، قال رسول الله ﷺ) is religious narration, unknown
   (``not_a_speaker``); two quoted words inside a sentence are a term, not speech; in
   subject-verb order the subject before the verb speaks (كيري يحذّر إسرائيل); a
   player's role in a club needs its name (قائد مانشستر يونايتد); a one-word name of
   the entity rules is written in full, a name opening with بن is the story's fuller
   name; what a verb of deeming describes (وصف الاتفاق بأنه) is its object.
   Session 13: a continuation verb with no subject (وأضاف، وقال لمجلس ...) whose last
   speaker is further back than ``carry_paragraphs`` takes that speaker when it is a
   person (an entity id) and nothing between marks a new one: no other PERSON mention
   outside quote marks, no sentence opened by a verb and a title (وانتقل حاكم
   الولاية), no heading line, no demonstrative subject (وأكدت هذه الاتهامات); a bare
   definite statement (وأضاف البيان) speaks for the speaker named in the sentence of
   the noun's last indefinite use (قالت الوزارة في بيان); a phrase speaker loses its
   role words to ``speaker_role`` (الخبير الاقتصادي فضل البوعينين → فضل البوعينين); a
   span of no letter or digit («»، «...») is no quote; no cell is NaN (``""``).
   Session 21: a subject before its verb after a particle of contrast speaks (غير أن
   عريقات أكد أنه); a person after a body noun in construct (حكومة نتانياهو) is no
   clause subject; a quoted surname alone (وقال "الحسين") is the full name the zone
   wrote; a header's label before a colon (الموضوع: «...») is nobody.
   Session 22: a time noun (كينياتا عشية المحادثات) or an indefinite accusative
   participle (المليحان معددا) ends a speaker's name; a quoted name after an event noun
   (معرض «...»، مهرجان) is a name and part of the speaker phrase; a deeming verb with its
   object pronoun and a ب-predicate speaks through its subject (وصفته الصحافة بـ"...");
   نقلا عن brings the source (أفادت الوكالة نقلا عن مصدر); سأل reports; a straight quote
   mark glued to و، ف، ب، ل، ك opens a quote (و"...").

Words are the word tokens of :data:`helpers.text.tokenize.TOKEN_RE`; proclitics (وقال،
للصحفيين) are read by :class:`helpers.text.Analyser`, never peeled here. Only zones
with a quote mark are tokenised, once, up to the sentence after their last quote, so the
time is linear in the text (``benchmarks/bench_quotes.py``).

Layout (one idea a module; everything public is imported from here):
:mod:`~helpers.quotes.columns` (the table's columns, ids and reason codes),
:mod:`~helpers.quotes.words` (the word lists and thresholds),
:mod:`~helpers.quotes.lexicon` (look-ups into titles, first names, clubs, stopwords),
:mod:`~helpers.quotes.spans` (quote marks and paragraphs),
:mod:`~helpers.quotes.zone` (tokens, the zone, the mentions index),
:mod:`~helpers.quotes.religious` (honorifics, blessings, religious narration),
:mod:`~helpers.quotes.wordkinds` (what one word is),
:mod:`~helpers.quotes.phrase` (the speaker phrase's extent),
:mod:`~helpers.quotes.names` (first names alone, whole names, gender),
:mod:`~helpers.quotes.roles` (titles, roles and their holders),
:mod:`~helpers.quotes.speaker` (who a phrase names; a clause's subject),
:mod:`~helpers.quotes.speech` (quoted names and terms are not speech),
:mod:`~helpers.quotes.attribution` (the quotes of one zone),
:mod:`~helpers.quotes.tables` (:func:`extract_quotes`, :func:`quotes_per_speaker`,
:func:`surname_speakers`, :func:`phrase_people`, :func:`read_quotes`). Each imports
only those listed before it.
"""

from helpers.quotes.columns import (
    PHRASE_ID_PREFIX,
    QUOTE_COLUMNS,
    UNKNOWN_SPEAKER,
    phrase_id,
    phrase_name,
)
from helpers.quotes.spans import quote_spans
from helpers.quotes.tables import (
    extract_quotes,
    phrase_people,
    quotes_per_speaker,
    read_quotes,
    surname_speakers,
)
from helpers.quotes.words import REPORTING_WORDS

__all__ = [
    "PHRASE_ID_PREFIX",
    "QUOTE_COLUMNS",
    "REPORTING_WORDS",
    "UNKNOWN_SPEAKER",
    "extract_quotes",
    "phrase_id",
    "phrase_name",
    "phrase_people",
    "quote_spans",
    "quotes_per_speaker",
    "read_quotes",
    "surname_speakers",
]
