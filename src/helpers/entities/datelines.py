"""A dateline's credit: the method of the mention crediting an outlet or agency.

A story or paragraph opens with a dateline: a place and the outlet or agency credited,
joined by a dash, «لندن - رويترز:», «واس- جدة:», «سبق - الرياض», «عيسى الحربي- سبق-
الرياض», or a wire credit in parentheses before the dash, «لندن (رويترز) -». The
credit is found by the entity rules (:func:`helpers.entities.rules.in_byline`,
:func:`helpers.entities.rules.context.paren_credit`), which give its mention the method
:data:`CREDIT`; :func:`helpers.own_names.own_names` reads it. The place stays a LOC
mention in every table (the golds annotate it; session 13).

Session 23 (hostfix23, the review's leftover): ``dateline_places``, which told a
dateline's place from a place named in the text, had no caller since session 22
(:func:`helpers.own_names.own_names` judges no place at all) and was removed with its
tests; git history has it (``git log -S dateline_places``).
"""

from __future__ import annotations

__all__ = ["CREDIT"]

#: The method of a mention crediting an outlet or agency in a byline or dateline.
CREDIT = "byline"
