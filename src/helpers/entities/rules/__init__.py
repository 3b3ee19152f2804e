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

from helpers.entities.rules.context import (
    after_opening_marks,
    context_clubs,
    context_newspapers,
    context_opponents,
    context_places,
    context_quoted,
    context_shares,
    event_keys,
    in_byline,
    in_event_name,
    masculine_nationality,
    titled_event_keys,
)
from helpers.entities.rules.lexicons import (
    DIRECTORATE_HEADS,
    FOREIGN_PARTICLES,
    GROUP_HEADS,
    INSTITUTIONS,
    LISTED_NAME_HEADS,
    MAX_GROUP_NAME_WORDS,
    MODIFIERS,
    NAMED_ONLY_ORG_HEADS,
    NAMESAKE_EVENT_NOUNS,
    NAMESAKE_TITLES,
    NOT_NAMES,
    ORG_HEADS,
    ORG_LOC_HEADS,
    ORG_TAIL_ADJECTIVES,
    PART_HEADS,
    PARTICLES,
    PLACE_HEADS,
    PLACE_HEADS_DEFINITE_OK,
    PREPOSITION_PROCLITICS,
    SELF_NAMED_ORG_HEADS,
    SETTLEMENT_HEADS,
    TITLE_COMPLEMENT_HEADS,
    TITLES,
)
from helpers.entities.rules.names import (
    COMPOUND_SECONDS,
    SURNAME_PROCLITICS,
    first_name_town,
    whole_key,
)
from helpers.entities.rules.spans import (
    SKIP_HEADLESS,
    rule_spans,
)
from helpers.entities.rules.words import (
    POSSESSIVE_SUFFIXES,
    ordinary,
)

__all__ = [
    "COMPOUND_SECONDS",
    "DIRECTORATE_HEADS",
    "FOREIGN_PARTICLES",
    "GROUP_HEADS",
    "INSTITUTIONS",
    "LISTED_NAME_HEADS",
    "MAX_GROUP_NAME_WORDS",
    "MODIFIERS",
    "NAMED_ONLY_ORG_HEADS",
    "NAMESAKE_EVENT_NOUNS",
    "NAMESAKE_TITLES",
    "NOT_NAMES",
    "ORG_HEADS",
    "ORG_LOC_HEADS",
    "ORG_TAIL_ADJECTIVES",
    "PARTICLES",
    "PART_HEADS",
    "PLACE_HEADS",
    "PLACE_HEADS_DEFINITE_OK",
    "POSSESSIVE_SUFFIXES",
    "PREPOSITION_PROCLITICS",
    "SELF_NAMED_ORG_HEADS",
    "SETTLEMENT_HEADS",
    "SKIP_HEADLESS",
    "SURNAME_PROCLITICS",
    "TITLES",
    "TITLE_COMPLEMENT_HEADS",
    "after_opening_marks",
    "context_clubs",
    "context_newspapers",
    "context_opponents",
    "context_places",
    "context_quoted",
    "context_shares",
    "event_keys",
    "first_name_town",
    "in_byline",
    "in_event_name",
    "masculine_nationality",
    "ordinary",
    "rule_spans",
    "titled_event_keys",
    "whole_key",
]
