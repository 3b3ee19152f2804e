"""Session 7 (tables): the tables a notebook shows list groups in the order the charts
draw them (most stories first), not in the order of their ids. Values by hand."""

from __future__ import annotations

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.study import open_study


def _two_outlets(path):
    """9 stories: aawsat 3, sabq 6, so the ids' order (aawsat, sabq) is not the stories'
    order (sabq, aawsat). Each «زار الرئيس الرياض» / «وقال سيرغي لافروف: «نحن هنا
    للحوار».»."""
    records = []
    for i in range(9):
        record = {
            "id": f"t{i:02d}",
            "title": "زار الرئيس الرياض",
            # + the story's number (no word): not copies of one story
            "body": f"وقال سيرغي لافروف: «نحن هنا للحوار». {i}",
            "source": "aawsat" if i < 3 else "sabq",
        }
        records.append(record)
    write_jsonl(path, records)
    return path


@pytest.fixture(scope="module")
def study(tmp_path_factory):
    path = _two_outlets(tmp_path_factory.mktemp("order") / "news.jsonl")
    return open_study(path, fields={"outlet": "source"})


def test_group_tables_list_the_larger_outlet_first(study):
    from helpers.sections import group_entity_counts, group_term_frequencies, types_by_group

    assert study.sizes.to_dict() == {"سبق": 6, "الشرق الأوسط": 3}
    terms = group_term_frequencies(study, 1)
    # sabq (6 stories) before aawsat (3), though «aawsat» sorts first by id
    assert terms["outlet"].drop_duplicates().tolist() == ["سبق", "الشرق الأوسط"]
    first = terms[terms["outlet"] == "سبق"]
    assert first["rank"].tolist() == sorted(first["rank"])  # a group keeps its rank order
    counts = group_entity_counts(study, study.mentions())
    assert counts["outlet"].drop_duplicates().tolist() == ["سبق", "الشرق الأوسط"]
    types = types_by_group(study, counts)
    assert types["outlet"].drop_duplicates().tolist() == ["سبق", "الشرق الأوسط"]


def test_quotes_per_speaker_table_follows_the_group_order(study):
    from helpers.sections import quotes_by_group_table

    table, _ = quotes_by_group_table(study)
    # one quotation of لافروف a story: 6 in sabq, 3 in aawsat
    assert table["outlet"].tolist() == ["سبق", "الشرق الأوسط"]
    assert table["quotes"].tolist() == [6, 3]


def test_in_group_order_puts_unknown_groups_last_and_keeps_attrs(study):
    from helpers.sections import in_group_order

    table = pd.DataFrame(
        {"outlet": ["x", "الشرق الأوسط", "سبق", "الشرق الأوسط"], "n": [1, 2, 3, 4]}
    )
    table.attrs["a"] = 1
    out = in_group_order(study, table)
    assert out["outlet"].tolist() == ["سبق", "الشرق الأوسط", "الشرق الأوسط", "x"]
    assert out["n"].tolist() == [3, 2, 4, 1]
    assert out.attrs == {"a": 1} and list(out.index) == [0, 1, 2, 3]
    other = table.rename(columns={"outlet": "y"})  # no group column: the table itself
    assert in_group_order(study, other) is other


def test_bigram_and_quote_titles_name_the_unit_in_its_own_noun(study):
    """The terms' subtitle said «كل صحيفة» and the bigrams' title «كل مجموعة»: one noun."""
    from chart_text import plain

    from helpers.sections import quotes_by_group_table, term_table, top_terms_figures

    bigrams = term_table(study, 2)
    ((name, fig),) = top_terms_figures(study, bigrams)
    text = plain(" ".join(t.get_text() for t in fig.texts))
    assert name == "02_top_bigrams_by_group"
    assert "العبارات الأكثر تكراراً في كل صحيفة" in text and "كل مجموعة" not in text
    _, ((_, quotes_fig),) = quotes_by_group_table(study)
    text = plain(" ".join(t.get_text() for t in quotes_fig.texts))
    assert "الاقتباسات لكل 100 قصة من قصص كل صحيفة" in text and "كل مجموعة" not in text


def test_quotes_compared_lists_side_a_first(study):
    """Side B's name sorts before «سبق» (here «الشرق الأوسط», the rest being that one
    outlet): the table listed side B first while the chart and the keyness table put A
    first."""
    from helpers.sections import contrast, quotes_compared

    c = contrast(study, {"outlet": "sabq"})
    table, _ = quotes_compared(c, study.quotes)
    # one quotation of لافروف a story: 6 in sabq (A), 3 in the rest (B)
    # the sides by code in the table and its CSV (session 17: Arabic names were)
    assert table["side"].tolist() == ["target", "reference"]
    assert c.sides_named(table)["side"].tolist() == ["سبق", "الشرق الأوسط"]
    assert table["quotes"].tolist() == [6, 3]


def test_stories_csv_never_writes_two_columns_of_one_name():
    """A corpus with fields source_file and meta_source_file (hostile test): each moves
    one meta_ further, so the header holds every name once and every value is kept."""
    from helpers.sections import stories_csv

    stories = pd.DataFrame(
        {"story_id": ["a"], "source": ["f.jsonl"], "source_file": ["x"], "meta_source_file": ["y"]}
    )
    out = stories_csv(stories)
    assert out.columns.tolist() == [
        "story_id",
        "source_file",
        "meta_source_file",
        "meta_meta_source_file",
    ]
    assert out.iloc[0].tolist() == ["a", "f.jsonl", "x", "y"]
