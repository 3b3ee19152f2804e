"""Session 19 (lead): a number alone in quote marks after a label is no quotation (a
newcomer's subset: the headline «التدريب التقني: «33» كلية» gave the quotation «33»
by «التدريب التقني»). Values worked out by hand; the sentences are written for this test.
"""

from __future__ import annotations

import pytest
from quote_cases import quote_rows


@pytest.mark.parametrize(
    "body",
    [
        "التدريب التقني: «33» كلية تستقبل المتقدمين هذا العام.",
        "وقال الوزير: «33» هو عدد الكليات الجديدة.",
        "الصحة: «٤٥» حالة جديدة في المنطقة.",
    ],
)
def test_a_number_alone_after_a_label_is_no_quotation(body):
    assert quote_rows(body) == []


def test_a_word_after_a_label_stays_speech():
    # the neighbour that must not change: one everyday word after a name and a colon
    assert quote_rows("ترامب: «كارثة» ستحل بالبلاد.") == [("كارثة", "دونالد ترمب", "named", "", "")]
