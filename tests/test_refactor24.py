"""Session 24 (branch refactor24): one place for each rule a review found written twice.

Which marks pair as quotes (``helpers.charsets.QUOTE_PAIRS``) and when a reversed »
opens (``helpers.text.tokenize.opens_reversed``), the surname rule
(``helpers.entities.aliases.ends_name``), the checks of ``entity_counts``, the general
adjectives of ``short_names.tsv`` and the eulogy class of ``formulas.tsv``. Every value
below is worked out by hand from the text.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.charsets import DOUBLE_QUOTE_PAIRS, QUOTE_PAIRS, REVERSED_OPENER
from helpers.entities import entity_counts
from helpers.entities.aliases import ends_name
from helpers.entities.short_forms import short_name_rows
from helpers.errors import ArgumentError, CorpusFormatError
from helpers.own_names import CITE_QUOTES, cited_own_name
from helpers.quotes.spans import _OPEN_CLOSE
from helpers.text.tokenize import opens_reversed, quoted_name_stops


def test_quote_pairs_one_definition():
    # the quote layer pairs every mark of the one table; the double ones leave out the
    # single marks only
    assert _OPEN_CLOSE is QUOTE_PAIRS
    assert set(QUOTE_PAIRS) == {"«", "“", "„", "‘", '"', "'"}
    assert set(DOUBLE_QUOTE_PAIRS) == {"«", "“", "„", '"'}
    assert QUOTE_PAIRS["„"] == "”" and QUOTE_PAIRS["«"] == REVERSED_OPENER == "»"
    # an outlet's self-citation: any mark of a double pair on either side
    assert set(CITE_QUOTES) == {"«", "»", "“", "”", "„", '"'}


@pytest.mark.parametrize(
    ("text", "i", "opens"),
    [
        ("لـ»المدينة»", 2, True),  # after the tatweel of لـ, against the word after it
        ("لـ»المدينة»", 10, False),  # against the word it closes
        ("مضيفة:»نحن", 6, True),  # after a colon (punctuation, no word)
        ("»نحن", 0, True),  # first in the text
        ("قال »نحن", 4, True),  # a space before it
        ("الضال»، نحن", 5, False),  # closes الضال; a comma after it, no word
        ("قال » نحن", 4, False),  # a space after it: no word written against it
        ("قال »2015", 4, False),  # a number after it, no word
        ("قال «نحن", 4, False),  # not a »
    ],
)
def test_opens_reversed(text, i, opens):
    assert opens_reversed(text, i) is opens


def test_quoted_name_stops_reversed_guillemet():
    # لـ»المدينة.. الجديدة»: a reversed » opens a two-word name, whose dots (offsets 14
    # and 15: زار 0-2, space 3, ل 4, ـ 5, » 6, المدينة 7-13) end no sentence, as with «
    text = "زار لـ»المدينة.. الجديدة» أمس"
    assert [i for i, c in enumerate(text) if c == "."] == [14, 15]
    assert quoted_name_stops(text) == frozenset({14, 15})
    assert quoted_name_stops(text.replace("»", "«", 1)) == frozenset({14, 15})
    # a » written against the word before it closes, opens nothing: the dots end the
    # sentence (الصحيفة» ... الجديدة» pairs no name)
    assert quoted_name_stops("قالت الصحيفة» المدينة.. الجديدة» أمس") == frozenset()


def test_quoted_name_stops_low_nine_pair():
    # „ … ” is a double pair too: معرض „الفهد .. روح” (زار 0-2, space 3, معرض 4-7, space
    # 8, „ 9, الفهد 10-14, space 15: the dots at 16 and 17)
    text = "زار معرض „الفهد .. روح” أمس"
    dots = [i for i, c in enumerate(text) if c == "."]
    assert dots == [16, 17]
    assert quoted_name_stops(text) == frozenset(dots)


def test_cited_own_name_low_nine():
    # نقلت 0-3, space 4, „ 5, الجزيرة 6-12
    assert cited_own_name("نقلت „الجزيرة” أن", ["الجزيرة"]) == [(6, 13)]


@pytest.mark.parametrize(
    ("name", "last", "ends"),
    [
        (("عادل", "الجبير"), ("الجبير",), True),
        (["كفاح", "محمود"], ["محمود"], True),
        (["كفاح", "محمود"], ["كفاح"], False),  # opens it: the first-name rule, not this
        (("الجبير",), ("الجبير",), True),  # a one-word name ends itself
        (("الجبير",), ("عادل", "الجبير"), False),  # longer than the name
        (("عادل", "الجبير"), (), False),  # nothing ends nothing
    ],
)
def test_ends_name(name, last, ends):
    assert ends_name(name, last) is ends


def test_general_adjectives_are_plain():
    # العام، العامة from lexicons._GENERAL (keys without the article: عام، عامه), beside
    # the file's own plain rows
    assert {"عام", "عامه", "دولي", "دوليه", "جديد", "مذكور"} <= short_name_rows()["plain"]


def _mentions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": ["s1", "s2"],
            "zone": ["body", "body"],
            "start": [0, 4],
            "end": [6, 10],
            "type": ["LOC", "LOC"],
            "entity_id": ["geonames:1", "geonames:1"],
            "canonical": ["الرياض", "الرياض"],
            "surface": ["الرياض", "الرياض"],
        }
    )


def test_grouped_counts_checks_once_as_per_story():
    stories = pd.DataFrame({"story_id": ["s1", "s2"], "outlet": ["a", "a"]})
    out = entity_counts(_mentions(), by="outlet", stories=stories, zones="body")
    assert out[["outlet", "entity_id", "count", "stories"]].values.tolist() == [
        ["a", "geonames:1", 2, 2]
    ]
    for by in ("story_id", "outlet"):
        with pytest.raises(ArgumentError, match="zones"):
            entity_counts(_mentions(), by=by, stories=stories, zones=("lead",))
        with pytest.raises(CorpusFormatError, match="surface"):
            entity_counts(_mentions().drop(columns="surface"), by=by, stories=stories)
        with pytest.raises(ArgumentError, match="DataFrame"):
            entity_counts([], by=by, stories=stories)
