"""GROUP_BY naming the file's own field (SaudiNewsNet's ``source``) or the file path.

A newcomer mapped ``{"outlet": "source"}`` and then asked ``GROUP_BY=source``: the loader's
``source`` column is the path of the file each story came from, so the run grouped by
paths of the machine and wrote them into chart titles and CSVs.
"""

import pandas as pd
import pytest

from helpers.errors import ArgumentError
from helpers.grouping import choose_group_by
from helpers.study import check_options


def _stories():
    return pd.DataFrame(
        {
            "story_id": ["a-01", "a-02", "b-01", "b-02"],
            "outlet": ["سبق", "سبق", "عكاظ", "عكاظ"],
            "source": ["/tmp/x/a.json", "/tmp/x/a.json", "/tmp/x/b.json", "/tmp/x/b.json"],
        }
    )


@pytest.mark.parametrize("fields", [{"outlet": "source"}, '{"outlet": "source"}'])
def test_a_mapped_field_means_its_column(fields):
    unit = choose_group_by(_stories(), "source", fields=fields)
    assert (unit.by, unit.groups) == ("outlet", 2)


def test_the_file_path_column_is_never_a_unit():
    with pytest.raises(ArgumentError, match="file each story was read from"):
        choose_group_by(_stories(), "source")
    with pytest.raises(ArgumentError, match="GROUP_BY 'source' is the file"):
        check_options(_stories(), group_by="source")


def test_the_run_check_reads_the_mapping():
    check_options(_stories(), group_by="source", fields={"outlet": "source"})  # no error


def test_a_field_mapped_to_a_missing_column_stays_an_error():
    with pytest.raises(ArgumentError):
        choose_group_by(_stories(), "writer", fields={"author": "writer"})


def test_a_study_description_prints_as_text_in_a_script():
    from helpers.display import markdown

    note = markdown("Stories are compared by `outlet`, as asked.")
    assert repr(note) == str(note) == "Stories are compared by `outlet`, as asked."
    assert note._repr_markdown_() == "Stories are compared by `outlet`, as asked."


def test_each_note_is_its_own_object():
    # markdown() once sat between lru_cache and column_labels: it cached one note and
    # column_labels read its file again each call
    from helpers import display

    assert display.markdown("a") is not display.markdown("a")
    assert display.column_labels() is display.column_labels()


@pytest.mark.parametrize(
    "group_by, fields",
    [
        ("source", {"outlet": "Source"}),
        ("Source", {"outlet": "source"}),
        ("source", {"Outlet": "source"}),
        ("source", {"outlet": " source "}),
    ],
)
def test_the_mapping_is_read_as_the_loader_reads_field_names(group_by, fields):
    # the loader strips and lower-cases field names, so these are one mapping
    assert choose_group_by(_stories(), group_by, fields=fields).by == "outlet"


def test_a_corpus_without_quotations_gives_an_empty_table_with_its_columns():
    # notebook 05 crashed on such a corpus: the per-outlet table had no columns
    from helpers.quotes import extract_quotes, quotes_per_speaker

    st = _stories().assign(title="", body="زار الرئيس جدة.")
    table = quotes_per_speaker(extract_quotes(st), by="outlet", stories=st)
    assert table.columns.tolist() == ["outlet", "speaker_id", "speaker", "quotes", "words"]
    assert len(table) == 0 and str(table["quotes"].dtype) == "int64"


@pytest.mark.parametrize(
    "group_by, fields",
    [
        ("date:d", None),
        ("DATE:D", None),
        ("date", None),
        ("date_extracted", {"date": "date_extracted"}),
    ],
)
def test_the_date_column_and_periods_in_any_case_are_days(group_by, fields):
    # a hostile tester: date:d was «not a column»; GROUP_BY=date_extracted fell back to
    # one story a group, every date holding its time
    stories = _stories().assign(
        date=pd.to_datetime(
            ["2015-07-21 08:00", "2015-07-21 09:30", "2015-07-22 10:00", "2015-07-22 11:00"]
        )
    )
    unit = choose_group_by(stories, group_by, fields=fields)
    assert (unit.by, unit.groups) == ("date:D", 2)
