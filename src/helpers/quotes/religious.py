"""Religious formulas around a speaker: God's honorifics and blessings (تعالى، عز وجل،
رحمه الله، ﷺ), never a speaker of their own."""

from __future__ import annotations

import bisect

from helpers.charsets import HONORIFIC_LIGATURE_SET
from helpers.quotes.words import _QW
from helpers.quotes.zone import _Tok, _Zone
from helpers.text.normalize import normalize

#: Honorifics after God's name (قال الله تعالى، قال تعالى): never a speaker of their own.
_NOT_SPEAKERS = _QW["honorific"]


#: Honorifics that are also names or words (عز of عز الدين، أحمد عز; جل "most"): only
#: in their pair (عز وجل، جل وعز، جل جلاله) are they the honorific, so the next word
#: must be one of :data:`_PAIR_NEXT`.
_PAIRED = frozenset({normalize("عز"), normalize("جل")})


_PAIR_NEXT = frozenset({normalize("وجل"), normalize("وعز"), normalize("جلاله")})


#: First words of a blessing (رحمه الله، صلى الله عليه وسلم، رضي الله عنه): one only
#: right before :data:`_GOD`, and then like an honorific, never a speaker.
_BLESSINGS = _QW["blessing"]


_GOD = normalize("الله")


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
