"""Religious formulas around a speaker: God's honorifics and blessings (تعالى، عز وجل،
رحمه الله، ﷺ), never a speaker of their own; and religious narration, a hadith or a
prophet's words, whose speaker (the Prophet, a Companion) is named with his eulogy
(قال ابن عمر رضي الله عنهما، قال رسول الله صلى الله عليه وسلم): no news speaker."""

from __future__ import annotations

import bisect
from functools import lru_cache

from helpers.charsets import DASH_SET, HONORIFIC_LIGATURE_SET, NARRATION_LIGATURE_SET, TATWEEL
from helpers.quotes.words import _QW
from helpers.quotes.zone import _Tok, _Zone
from helpers.text.normalize import normalize
from helpers.text.stopwords import EULOGY_CLASS, formula_rows

#: Honorifics after God's name (قال الله تعالى، قال تعالى): never a speaker of their own.
_NOT_SPEAKERS = _QW["honorific"]


#: Honorifics that are also names or words (عز of عز الدين، أحمد عز; جل "most"): only
#: in their pair (عز وجل، جل وعز، جل جلاله) are they the honorific, so the next word
#: must be one of :data:`_PAIR_NEXT`.
_PAIRED = frozenset({normalize("عز"), normalize("جل")})


_PAIR_NEXT = frozenset({normalize("وجل"), normalize("وعز"), normalize("جلاله"), normalize("وعلا")})


#: First words of a blessing (رحمه الله، صلى الله عليه وسلم، رضي الله عنه): one only
#: right before :data:`_GOD`, and then like an honorific, never a speaker.
_BLESSINGS = _QW["blessing"]


_GOD = normalize("الله")


#: God's other names (الحق، المولى، الباري، الرب: ``god_name`` of ``quote_words.tsv``):
#: God only right before an honorific (:func:`_god_named`).
_GOD_NAMES = _QW["god_name"]


def _honorific(z: _Zone, w: _Tok) -> bool:
    """``w`` is God's honorific or a blessing here, never a speaker: a word of the
    ``honorific`` list, تعالى، سبحانه always, عز and جل (:data:`_PAIRED`) only right
    before their pair word (عز وجل، جل وعز، جل جلاله), so the name عز (عز الدين، أحمد
    عز) is a name; the first word of a blessing (``blessing``: رحمه، صلى، رضي) only
    right before الله (الفقيد رحمه الله، يقول صلى الله عليه وسلم); a blessing or
    honorific written as one ligature (ﷺ، ﷻ، ﵁: :data:`helpers.charsets.HONORIFIC_LIGATURES`)
    always."""
    if not HONORIFIC_LIGATURE_SET.isdisjoint(w.surface):
        return True  # قال رسول الله ﷺ: the blessing is no part of the speaker's name
    if w.norm in _BLESSINGS:
        nxt = frozenset({_GOD})
    elif w.norm in _PAIRED:
        nxt = _PAIR_NEXT
    else:
        return w.norm in _NOT_SPEAKERS
    k = bisect.bisect_left(z.starts, w.end)
    return k < len(z.starts) and z.infos[k][0] in nxt


#: The eulogy classes of ``formulas.tsv`` said only of a prophet or a Companion: the
#: tasliya (صلى الله عليه وسلم), the tarḍiya (رضي الله عنه) and the taslīm (عليه السلام);
#: not the tarḥīm (رحمه الله) nor the ḥifẓ (حفظه الله), said of anyone.
_NARRATION_CLASSES = ("(tasliya)", "(tarḍiya)", "(taslīm)")
#: What may stand between a narrator's name and his eulogy: ابن عمر ـ رضي الله عنهما ـ،
#: النبي (صلى الله عليه وسلم): white space, a dash or a lone tatweel set as one, «(»، «،».
_EULOGY_GAP = frozenset(" \t(،," + TATWEEL) | DASH_SET


@lru_cache(maxsize=1)
def _narration_eulogies() -> tuple[tuple[str, ...], ...]:
    """The eulogies of ``formulas.tsv`` (:func:`helpers.text.stopwords.formula_rows`) whose
    class names one of :data:`_NARRATION_CLASSES`, as tuples of normalised words."""
    return tuple(
        tuple(normalize(w) for w in phrase.split())
        for phrase, cls, _ in formula_rows()
        if cls.startswith(EULOGY_CLASS) and any(c in cls for c in _NARRATION_CLASSES)
    )


def _narrated(z: _Zone, end: int) -> bool:
    """The speaker phrase ending at ``end`` names a prophet or a Companion of the Prophet:
    right after it, with only spaces, dashes, an opening bracket or a comma between,
    comes a eulogy said only of them (:func:`_narration_eulogies`: قال ابن عمر ـ رضي الله
    عنهما ـ، قال رسول الله صلى الله عليه وسلم، قال موسى عليه السلام) or its ligature
    (:data:`helpers.charsets.NARRATION_LIGATURES`: قال النبي ﷺ). The quote is religious
    narration, a hadith or a prophet's words quoted by the writer, not a news speaker's:
    as God's words (قال تعالى), its speaker is ``unknown``, ``not_a_speaker``. The
    tarḥīm (قال الفقيد رحمه الله) is said of any dead person, who may be quoted."""
    k = bisect.bisect_left(z.starts, end)
    if k >= len(z.starts) or not set(z.text[end : z.starts[k]]) <= _EULOGY_GAP:
        return False
    if not NARRATION_LIGATURE_SET.isdisjoint(z.surfaces[k]):
        return True
    for eulogy in _narration_eulogies():
        got = tuple(info[0] for info in z.infos[k : k + len(eulogy)])
        if got == eulogy:
            return True
    return False


def _god_named(z: _Zone, words: list[_Tok]) -> bool:
    """The speaker phrase ``words`` names God as the speaker of scripture: every word is
    الله (يقول الله عز وجل), or the phrase is one word of God's other names
    (:data:`_GOD_NAMES`: الحق، المولى، الباري، الرب) right before an honorific or
    blessing (:func:`_honorific`: ويقول الحق سبحانه وتعالى، يقول المولى عز وجل، قال الرب
    جل جلاله). الحق alone ("the truth") is a word like any other. The quote is a verse the
    writer cites: its speaker is ``unknown``, ``not_a_speaker``."""
    if not words:
        return False
    if all(w.norm == _GOD for w in words):
        return True
    if len(words) != 1 or words[0].norm not in _GOD_NAMES:
        return False
    nxt = z.next_word(words[0].end)
    return nxt is not None and not z.text[words[0].end : nxt.start].strip() and _honorific(z, nxt)
