"""GeoNames' final ه against the ة the news writes (a newcomer saw «الباحه»)."""

import pandas as pd
import pytest

from helpers.entities import extract_entities
from helpers.entities.gazetteer import _taa_marbuta


@pytest.mark.parametrize(
    "name, shown",
    [
        ("الباحه", "الباحة"),  # wordfreq Zipf 2.84 against 4.10
        ("القيصومه", "القيصومة"),  # 1.90 against 2.69
        ("الوجه", "الوجه"),  # its own ه: 4.79 against 3.09
        ("المويه", "المويه"),  # 2.85 against 2.63
        ("جدة", "جدة"),  # no final ه: as it is
    ],
)
def test_the_lexicons_more_frequent_spelling_is_the_name(name, shown):
    assert _taa_marbuta(name) == shown


def test_a_story_naming_al_baha_shows_it_as_written():
    st = pd.DataFrame(
        {"story_id": ["a"], "title": [""], "body": ["وصل الأمير إلى منطقة الباحة ثم القيصومة."]}
    )
    assert set(extract_entities(st)["canonical"]) == {"الباحة", "القيصومة"}
