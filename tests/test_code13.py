"""Session 13 (branch rules13): the code leftovers, each rule in its one place.

Whole-number arguments: every public function refuses 2.5, True, "3" and -1 through
:func:`helpers.errors.check_whole`, with one message for the fault (worked out by hand
below: ``"<function>: <argument> must be a whole number[ of <unit>] >= <minimum>[ or
None], got <value>"``) and a :class:`helpers.errors.KhabarError` subclass.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from entity_stories import stories

from helpers.errors import ArgumentError, KhabarError, check_whole

BAD = [(2.5, "2.5"), (True, "True"), ("3", "'3'"), (-1, "-1")]


def _refused(call, message: str) -> None:
    with pytest.raises(KhabarError) as err:
        call()
    assert isinstance(err.value, ArgumentError)
    assert str(err.value).split(" (")[0] == message


@pytest.mark.parametrize(("value", "shown"), BAD)
def test_display_arguments_refuse_what_is_no_whole_number(value, shown):
    from helpers.display import around_change, rtl_table, shorten

    _refused(
        lambda: shorten("نص", limit=value),
        f"shorten: limit must be a whole number >= 1 or None, got {shown}",
    )
    _refused(
        lambda: around_change("نص", "ن", context=value),
        f"around_change: context must be a whole number >= 1, got {shown}",
    )
    _refused(
        lambda: rtl_table(pd.DataFrame({"a": [1]}), max_rows=value),
        f"rtl_table: max_rows must be a whole number >= 0, got {shown}",
    )


@pytest.mark.parametrize(("value", "shown"), BAD)
def test_kwic_quotes_and_corpus_tables_refuse_what_is_no_whole_number(value, shown):
    from helpers.cluster.tables import corpus_tables
    from helpers.kwic import concordance
    from helpers.quotes import extract_quotes

    table = stories("قال الوزير: «نحن هنا».")
    _refused(
        lambda: concordance(pd.DataFrame({"base": []}), "هنا", window=value),
        f"concordance: window must be a whole number of tokens >= 0, got {shown}",
    )
    _refused(
        lambda: extract_quotes(table, carry_paragraphs=value),
        f"extract_quotes: carry_paragraphs must be a whole number of paragraphs >= 0, got {shown}",
    )
    _refused(
        lambda: corpus_tables(table, partition_size=value),
        f"corpus_tables: partition_size must be a whole number >= 1, got {shown}",
    )


@pytest.mark.parametrize(("value", "shown"), BAD)
def test_study_sample_refuses_what_is_no_whole_number(tmp_path, value, shown):
    from helpers.study import open_study

    path = tmp_path / "news.jsonl"
    rows = [
        f'{{"id": "s{i}", "title": "عنوان {i}", "body": "نص القصة {i}", "source": "{o}"}}'
        for i, o in enumerate(["aawsat", "sabq", "aawsat", "sabq"])
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    study = open_study(path, fields={"outlet": "source"})
    _refused(
        lambda: study.sample(value),
        f"Study.sample: n must be a whole number >= 1, got {shown}",
    )


def test_check_whole_passes_whole_numbers_as_int_and_none_when_allowed():
    assert check_whole(np.int64(3), "f", "n") == 3
    assert type(check_whole(np.int64(3), "f", "n")) is int
    assert check_whole(0, "f", "n", minimum=0) == 0
    assert check_whole(None, "f", "n", none_ok=True) is None
    _refused(lambda: check_whole(None, "f", "n"), "f: n must be a whole number >= 1, got None")
    _refused(
        lambda: check_whole(0, "f", "n", unit="bytes", none_ok=True),
        "f: n must be a whole number of bytes >= 1 or None, got 0",
    )
    with pytest.raises(ArgumentError) as err:
        check_whole(-1, "f", "n", hint="for example n=6")
    assert err.value.hint == "for example n=6"


# --- dashes: one list, helpers.charsets.DASH_SET ---------------------------------------


def test_the_dash_list_is_hyphen_en_and_em_dash_and_every_reader_takes_it():
    import re

    from helpers.charsets import DASH_SET, DASHES, TATWEEL
    from helpers.corpus.dates import parse_date
    from helpers.corpus.layout import split_credit
    from helpers.entities.rules.lexicons import _DASHES
    from helpers.quotes.religious import _EULOGY_GAP

    assert sorted(DASH_SET) == ["-", "\u2013", "\u2014"]
    assert DASHES == "\\-\u2013\u2014"
    assert re.findall(f"[{DASHES}]", "a-b–c—dـe") == ["-", "–", "—"]  # never the tatweel
    # the rules read a lone tatweel between words as a dash too (الرياضي ـ جدة)
    assert sorted(_DASHES) == sorted({"-", "\u2013", "\u2014", TATWEEL})
    # a narrator's eulogy may stand after a dash or a tatweel: ابن عمر ـ رضي الله عنهما ـ
    assert sorted(_EULOGY_GAP) == sorted(" \t(،,-\u2013\u2014" + TATWEEL)
    for dash in ("-", "–", "—"):
        assert split_credit(f"صورة (رويترز {dash} أرشيفية)") == (
            "صورة",
            ["Reuters", "archive"],
            f"رويترز {dash} أرشيفية",
        )
        when, _ = parse_date(f"5 شوال 1436 هـ {dash} 21 يوليو 2015")
        assert str(when.date()) == "2015-07-21"


# --- gazetteer rows and text: one key, Persian letters folded on both sides -------------

HEADER = "entity_id,canonical,type,aliases,wikidata\n"


@pytest.mark.parametrize(
    ("rows", "text"),
    [
        ("loc:kish,جزیرة کیش,LOC,کیش,\nloc:dubai,دبی,LOC,,\n", "وصل إلى كيش ثم دبي."),
        ("loc:kish,جزيرة كيش,LOC,كيش,\nloc:dubai,دبي,LOC,,\n", "وصل إلى کیش ثم دبی."),
    ],
)
def test_a_row_in_persian_letters_meets_the_text_in_arabic_letters_and_back(tmp_path, rows, text):
    """A user's gazetteer row is keyed as the text is (:func:`helpers.entities.keys
    .phrase_keys` and the matcher's token keys both read :func:`helpers.text.normalize`,
    which folds ک to ك, ی inside a word to ي and a final ی by
    :func:`helpers.text.normalize.persian_yeh`: دبی → دبي, the lexicon's spelling)."""
    from helpers.entities import extract_entities, load_gazetteer
    from helpers.entities.keys import phrase_keys

    assert phrase_keys("جزیرة کیش") == phrase_keys("جزيرة كيش") == ("جزيره", "كيش")
    assert phrase_keys("دبی") == phrase_keys("دبي") == ("دبي",)
    f = tmp_path / "rows.csv"
    f.write_text(HEADER + rows, encoding="utf-8")
    gaz = load_gazetteer(None, files=[f], builtin=False, countries=False, cities=False)
    m = extract_entities(stories(text), gazetteer=gaz)
    assert m["entity_id"].tolist() == ["loc:kish", "loc:dubai"]
