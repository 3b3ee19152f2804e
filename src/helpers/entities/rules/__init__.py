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
The word lists are frozensets of :mod:`~helpers.entities.rules.lexicons` (and of the
module whose rule reads them), normalised at import; this package re-exports every public
name the single ``rules.py`` had. The rule modules bind a list when they are imported, so
a list is extended by editing the module that defines it; reassigning an attribute of
this package at run time changes no rule.

The package, one idea a module (lower modules never import higher ones):
:mod:`~helpers.entities.rules.lexicons` (the word lists and their loaders),
:mod:`~helpers.entities.rules.words` (tests on one word: forms, Zipf, dashes),
:mod:`~helpers.entities.rules.names` (a person's name extent),
:mod:`~helpers.entities.rules.bodies` (an ORG's or place's extent after its head),
:mod:`~helpers.entities.rules.verbs` (a person as a verb's subject),
:mod:`~helpers.entities.rules.people` (appositions and coordinated persons),
:mod:`~helpers.entities.rules.context` (the context passes) and
:mod:`~helpers.entities.rules.spans` (:func:`rule_spans`, the entry). This module
re-exports the names other modules read; a switch such as ``SKIP_HEADLESS`` is set on
the module that reads it (:mod:`helpers.entities.rules.spans`).
"""

from __future__ import annotations

from helpers.entities.rules.bodies import COMPANY_HEADS, FIELD_TAIL_WORDS, FIELD_WORDS, field_tail
from helpers.entities.rules.context import (
    BODY_CLUB_NAMES,
    CLUB_CUES,
    COMMON_CLUB_ZIPF,
    COMPETITION_NOUNS,
    DATELINE_WORDS,
    EVERYDAY_CLUB_HEADS,
    EVERYDAY_CLUB_PARTNERS,
    EVERYDAY_CLUB_ZIPF,
    GOVERNOR_NOUNS,
    KIN_NOUNS,
    MARKET_CUES,
    OPPONENT_CUES,
    REGION_NOUNS,
    ROLE_CUES,
    SHARE_CUES,
    after_opening_marks,
    context_clubs,
    context_exchanges,
    context_newspapers,
    context_opponents,
    context_places,
    context_quoted,
    context_shares,
    event_keys,
    foreign_cue,
    generic_readings,
    in_byline,
    in_event_name,
    masculine_nationality,
    sport_attested_clubs,
    titled_event_keys,
)
from helpers.entities.rules.lexicons import (
    ACTION_HEADS,
    ADJECTIVES,
    AFFILIATION_WORDS,
    BODY_INSTITUTIONS,
    CLAUSE_OPENERS,
    COMPASS_WORDS,
    COMPOUND_PARTICLES,
    CONSTRUCT_TITLES,
    COORDINATED_HEADS,
    COURT_ADJECTIVES,
    DIRECTORATE_HEADS,
    DOMAIN_NAMED_HEADS,
    EVERYDAY_COMPLEMENT_ZIPF,
    FACILITY_HEADS,
    FACILITY_TAIL_NOUNS,
    FIELD_BODY_HEADS,
    FOREIGN_PARTICLES,
    GENERAL_HEADS,
    GENERATION_EPITHETS,
    GROUP_HEADS,
    HIJRI_MONTHS,
    INSTITUTIONS,
    LISTED_NAME_HEADS,
    LOC_PREPOSITIONS,
    MAX_GROUP_NAME_WORDS,
    MAX_QUOTED_NAME_WORDS,
    MODIFIERS,
    NAMED_ONLY_ORG_HEADS,
    NAMESAKE_EVENT_NOUNS,
    NAMESAKE_ORG_HEADS,
    NAMESAKE_PLACE_HEADS,
    NAMESAKE_TITLES,
    NOT_NAMES,
    NOT_ORG_COMPLEMENTS,
    ORG_HEADS,
    ORG_LOC_HEADS,
    ORG_TAIL_ADJECTIVES,
    PART_HEADS,
    PARTICLES,
    PATRONYMIC_NAMESAKE_ORG_HEADS,
    PATRONYMIC_NAMESAKE_PLACE_HEADS,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE_OK,
    PLACE_HEADS_KNOWN_ONLY,
    PLACE_TAIL_ADJECTIVES,
    PREPOSITION_PROCLITICS,
    QUOTED_ORG_HEADS,
    SELF_NAMED_ORG_HEADS,
    SETTLEMENT_HEADS,
    STATE_NOUNS,
    SUBJECT_OPENERS,
    THING_HEADS,
    TITLE_COMPLEMENT_HEADS,
    TITLE_NAMES,
    TITLES,
    VERB_SUBJECT_SKIP,
    VERBAL_NOUN_HEADS,
    WEEKDAYS,
)
from helpers.entities.rules.names import (
    COMPOUND_SECONDS,
    COUNTRY_ROLES,
    DIN_FIRSTS,
    OATH_NAMES,
    OFFICE_COMPLEMENTS,
    SURNAME_COMPANY_ZIPF,
    SURNAME_PROCLITICS,
    first_name_town,
    surname_company,
    whole_key,
)
from helpers.entities.rules.people import APPOSITION_ROLES
from helpers.entities.rules.spans import (
    CONSTRUCT_NOUNS,
    SKIP_HEADLESS,
    rule_spans,
)
from helpers.entities.rules.words import (
    POSSESSIVE_SUFFIXES,
    bare_key,
    ordinary,
)

__all__ = [
    "ACTION_HEADS",
    "ADJECTIVES",
    "AFFILIATION_WORDS",
    "APPOSITION_ROLES",
    "BODY_CLUB_NAMES",
    "BODY_INSTITUTIONS",
    "CLAUSE_OPENERS",
    "CLUB_CUES",
    "COMMON_CLUB_ZIPF",
    "COMPANY_HEADS",
    "COMPASS_WORDS",
    "COMPETITION_NOUNS",
    "COMPOUND_PARTICLES",
    "COMPOUND_SECONDS",
    "CONSTRUCT_NOUNS",
    "CONSTRUCT_TITLES",
    "COORDINATED_HEADS",
    "COUNTRY_ROLES",
    "COURT_ADJECTIVES",
    "DATELINE_WORDS",
    "DIN_FIRSTS",
    "DIRECTORATE_HEADS",
    "DOMAIN_NAMED_HEADS",
    "EVERYDAY_CLUB_HEADS",
    "EVERYDAY_CLUB_PARTNERS",
    "EVERYDAY_CLUB_ZIPF",
    "EVERYDAY_COMPLEMENT_ZIPF",
    "FACILITY_HEADS",
    "FACILITY_TAIL_NOUNS",
    "FIELD_BODY_HEADS",
    "FIELD_TAIL_WORDS",
    "FIELD_WORDS",
    "FOREIGN_PARTICLES",
    "GENERAL_HEADS",
    "GENERATION_EPITHETS",
    "GOVERNOR_NOUNS",
    "GROUP_HEADS",
    "HIJRI_MONTHS",
    "INSTITUTIONS",
    "KIN_NOUNS",
    "LISTED_NAME_HEADS",
    "LOC_PREPOSITIONS",
    "MARKET_CUES",
    "MAX_GROUP_NAME_WORDS",
    "MAX_QUOTED_NAME_WORDS",
    "MODIFIERS",
    "NAMED_ONLY_ORG_HEADS",
    "NAMESAKE_EVENT_NOUNS",
    "NAMESAKE_ORG_HEADS",
    "NAMESAKE_PLACE_HEADS",
    "NAMESAKE_TITLES",
    "NOT_NAMES",
    "NOT_ORG_COMPLEMENTS",
    "OATH_NAMES",
    "OFFICE_COMPLEMENTS",
    "OPPONENT_CUES",
    "ORG_HEADS",
    "ORG_LOC_HEADS",
    "ORG_TAIL_ADJECTIVES",
    "PARTICLES",
    "PART_HEADS",
    "PATRONYMIC_NAMESAKE_ORG_HEADS",
    "PATRONYMIC_NAMESAKE_PLACE_HEADS",
    "PLACE_HEADS",
    "PLACE_HEADS_DEFINITE_OK",
    "PLACE_HEADS_KNOWN_ONLY",
    "PLACE_TAIL_ADJECTIVES",
    "POSSESSIVE_SUFFIXES",
    "PREPOSITION_PROCLITICS",
    "QUOTED_ORG_HEADS",
    "REGION_NOUNS",
    "ROLE_CUES",
    "SELF_NAMED_ORG_HEADS",
    "SETTLEMENT_HEADS",
    "SHARE_CUES",
    "SKIP_HEADLESS",
    "STATE_NOUNS",
    "SUBJECT_OPENERS",
    "SURNAME_COMPANY_ZIPF",
    "SURNAME_PROCLITICS",
    "THING_HEADS",
    "TITLES",
    "TITLE_COMPLEMENT_HEADS",
    "TITLE_NAMES",
    "VERBAL_NOUN_HEADS",
    "VERB_SUBJECT_SKIP",
    "WEEKDAYS",
    "after_opening_marks",
    "bare_key",
    "context_clubs",
    "context_exchanges",
    "context_newspapers",
    "context_opponents",
    "context_places",
    "context_quoted",
    "context_shares",
    "event_keys",
    "field_tail",
    "first_name_town",
    "foreign_cue",
    "generic_readings",
    "in_byline",
    "in_event_name",
    "masculine_nationality",
    "ordinary",
    "rule_spans",
    "sport_attested_clubs",
    "surname_company",
    "titled_event_keys",
    "whole_key",
]
