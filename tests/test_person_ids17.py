"""Session 17: a person id keeps the article of the name's last word.

Name keys drop the article, so «محمد العلي» and «محمد علي» (first name + father's name)
shared ``rule:PERSON:محمد_علي`` in every people table. Values worked out by hand from
the rule: the last key with ال when the last word is written with it.
"""

import pandas as pd
import pytest

from helpers.entities import extract_entities


def _ids(body: str) -> set[str]:
    m = extract_entities(
        pd.DataFrame({"story_id": ["s"], "title": [""], "captions": [""], "body": [body]})
    )
    return set(m.loc[m["type"] == "PERSON", "entity_id"])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("محمد العلي", "rule:PERSON:محمد_العلي"),
        ("محمد علي", "rule:PERSON:محمد_علي"),
        ("أحمد الحربي", "rule:PERSON:احمد_الحربي"),
        ("أحمد حربي", "rule:PERSON:احمد_حربي"),
        # a fused عبد + ال key keeps its article once: not العبدالمجيد
        ("عيسى عبد المجيد", "rule:PERSON:عيسى_عبدالمجيد"),
    ],
)
def test_a_person_id_keeps_the_surnames_article(name, expected):
    assert _ids(f"وقال {name} إن الاجتماع انتهى.") == {expected}
