"""Session 19 (lead): a number alone in quote marks after a label, with its counted
noun right after the marks, is a quantity, no quotation (a newcomer's subset: the
headline «التدريب التقني: «33» كلية» gave the quotation «33» by «التدريب التقني»); a
number that ends the sentence stays a one-word answer (test_quotes13's «2015»). Values
worked out by hand; the sentences are written for this test.
"""

from __future__ import annotations

import pytest
from quote_cases import quote_rows


@pytest.mark.parametrize(
    "body",
    [
        "التدريب التقني: «33» كلية تستقبل المتقدمين هذا العام.",
        "الصحة: «٤٥» حالة جديدة في المنطقة.",
    ],
)
def test_a_number_with_its_noun_after_a_label_is_no_quotation(body):
    assert quote_rows(body) == []


def test_a_word_or_a_number_ending_the_sentence_after_a_label_stays_speech():
    assert quote_rows("وقال الوزير: «33».") == [("33", "", "unknown", "unnamed_role", "الوزير")]
    # the neighbour that must not change: one everyday word after a name and a colon
    assert quote_rows("ترامب: «كارثة» ستحل بالبلاد.") == [("كارثة", "دونالد ترمب", "named", "", "")]
