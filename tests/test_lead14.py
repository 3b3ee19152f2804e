"""Session 14 (lead): small findings of the hostile tester fixed at the merge."""

from __future__ import annotations

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.errors import ArgumentError, KhabarError
from helpers.grouping import choose_group_by

STORIES = pd.DataFrame(
    {
        "story_id": ["a", "b", "c"],
        "outlet": ["sabq", "sabq", "aawsat"],
        "date": pd.to_datetime(["2015-07-20", "2015-07-21", "2015-07-28"]),
    }
)


@pytest.mark.parametrize("asked", ["date:X", "date:Y", "Date:week"])
def test_an_unknown_period_is_named_as_a_period(asked):
    with pytest.raises(ArgumentError) as err:
        choose_group_by(STORIES, asked)
    assert isinstance(err.value, KhabarError)
    message = str(err.value)
    assert "period" in message and "not a column" not in message
    assert "D (day)" in message and "W (week" in message and "M (calendar month)" in message


def test_the_period_codes_still_group():
    # 20 and 21 July 2015 are Monday and Tuesday of one ISO week, 28 July the next week
    assert choose_group_by(STORIES, "date:w").groups == 2
    assert choose_group_by(STORIES, "date:D").groups == 3


def _write_json(path, records):
    import json

    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")


def test_a_story_id_loses_marks_nobody_can_type(tmp_path):
    from helpers.corpus import load_corpus

    _write_json(
        tmp_path / "a.json",
        [{"id": "s\u200f1\u200b", "title": "عنوان", "body": "نص الخبر الأول هنا."}],
    )
    assert load_corpus(tmp_path)["story_id"].tolist() == ["s1"]


def test_two_ids_that_differ_by_a_direction_mark_are_one_id(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    _write_json(
        tmp_path / "a.json",
        [
            {"id": "s1", "title": "عنوان", "body": "نص الخبر الأول هنا."},
            {"id": "s1\u200f", "title": "عنوان آخر", "body": "نص خبر ثان مختلف تماما."},
        ],
    )
    with pytest.raises(CorpusFormatError, match="story ids are not unique: 's1'"):
        load_corpus(tmp_path)


def test_a_file_name_with_spaces_after_its_suffix_is_reported(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.corpus.decode import KhabarWarning

    (tmp_path / "a.txt").write_text("عنوان أول\n\nنص الخبر الأول هنا.\n", encoding="utf-8")
    (tmp_path / "c.txt ").write_text("عنوان\n\nنص خبر ثان.\n", encoding="utf-8")
    with pytest.warns(KhabarWarning, match="ends in spaces after its suffix"):
        stories, report = load_corpus(tmp_path, return_report=True)
    assert stories["story_id"].tolist() == ["a-01"]  # a .txt file's first story
    skipped = report[report["action"] == "skipped"]
    assert len(skipped) == 1
    assert skipped["file"].iloc[0].endswith("c.txt ")
    assert "rename it to 'c.txt'" in skipped["reason"].iloc[0]


def test_a_quotes_csv_written_before_verb_lemma_reads_back(tmp_path):
    """Before session 14 ``verb`` held the dictionary form and there was no
    ``verb_lemma``: such a file reads with the lemma copied from ``verb``."""
    from helpers.io import write_csv
    from helpers.quotes import extract_quotes, read_quotes

    stories = pd.DataFrame(
        {
            "story_id": ["s1"],
            "title": ["خبر"],
            "body": ["وأضافت الوزيرة سارة أحمد: «سنعمل على ذلك»."],
        }
    )
    q = extract_quotes(stories)
    assert q["verb"].tolist() == ["وأضافت"] and q["verb_lemma"].tolist() == ["أضاف"]
    old = q.drop(columns="verb_lemma").assign(verb=q["verb_lemma"])
    back = read_quotes(write_csv(old, tmp_path / "quotes.csv"))
    assert back["verb"].tolist() == back["verb_lemma"].tolist() == ["أضاف"]
    assert list(back.columns) == list(q.columns)


# --- story dates as the loader reads them (a hostile tester, session 14) -------------------

ASSAD = (
    "ألقى بشار الأسد خطابا في دمشق، بعد عقود من وصول والده حافظ الأسد إلى السلطة. "
    "وقال الأسد في خطابه إن الجيش يحتاج إلى الرجال."
)


def _bare_assad(dates) -> list[str]:
    """The entity id of the bare «الأسد» in each of len(dates) copies of ASSAD dated
    ``dates`` (cells as a user may give them, not the loader's datetime64)."""
    from helpers.entities import extract_entities

    st = pd.DataFrame(
        {
            "story_id": [f"s{i}" for i in range(len(dates))],
            "title": ["خبر"] * len(dates),
            "body": [ASSAD] * len(dates),
            "date": pd.Series(dates, dtype=object),
        }
    )
    m = extract_entities(st)
    bare = m[(m["type"] == "PERSON") & (m["surface"] == "الأسد")]
    return bare.sort_values("story_id")["entity_id"].tolist()


def test_story_dates_in_any_form_the_loader_reads():
    # Hafez al-Assad died 2000-06-10 (entities/data/people_dates.csv): in 2015 the bare
    # surname is Bashar's, however the date is written; two time zones in one column
    # were a pandas "Mixed timezones" ValueError
    bashar = "person:bashar-al-assad"
    assert _bare_assad(["1 أغسطس 2015", "2015-08-01T10:00:00+03:00"]) == [bashar] * 2
    assert _bare_assad(["2015-08-01T10:00:00+03:00", "2015-08-01T10:00:00+00:00"]) == [bashar] * 2


def test_a_cell_that_is_no_date_rules_no_one_out():
    # no date: point 4's order, the full name named last before (Hafez), as without a
    # date column; the readable date of the other story still rules Hafez out
    hafez, bashar = "person:hafez-al-assad", "person:bashar-al-assad"
    assert _bare_assad(["garbage", "2015-08-01"]) == [hafez, bashar]
    assert _bare_assad(["0999-01-01", 20150801]) == [hafez, hafez]


# --- story-local people in the group views (a hostile tester, session 14) ------------------


def test_is_story_local_reads_the_id_scheme():
    # session 15: the one reading of story-scoped ids is helpers.ids (entities and
    # quotes alike), so the quotes layer's phrase:الام@s2 is story-scoped too
    from helpers.ids import story_scoped_ids

    ids = ["rule:PERSON:احمد@s1", "rule:PERSON:احمد", "person:bashar-al-assad", "phrase:الام@s2"]
    assert story_scoped_ids(ids).tolist() == [True, False, False, True]
    assert story_scoped_ids(pd.Series([None, "rule:PERSON:سعد@a@b"])).tolist() == [False, True]


def test_a_first_name_alone_in_each_story_is_no_row_of_who_each_group_names(tmp_path):
    # 12 stories (bodies differ, or all but two are dropped as duplicates), 6 an outlet,
    # each «وقال أحمد ...» and «الأمم المتحدة»: every «أحمد» is
    # its own story's person (12 ids), so "who" keeps the UN and no «أحمد» at all

    from helpers.sections import group_entity_counts, who_and_where
    from helpers.study import open_study

    path = tmp_path / "a.jsonl"
    records = []
    for i in range(12):
        record = {
            "id": f"s{i}",
            "title": f"خبر رقم {i}",
            "body": f"وقال أحمد إن الأمم المتحدة تتابع الوضع عن كثب منذ {i + 2} أيام.",
            "source": ("aawsat", "sabq")[i % 2],
        }
        records.append(record)
    write_jsonl(path, records)
    study = open_study(path, fields={"outlet": "source"}, group_by="outlet")
    mentions = study.mentions()
    ahmad = mentions[mentions["surface"] == "أحمد"]
    assert ahmad["entity_id"].nunique() == 12
    counts = group_entity_counts(study, mentions)
    who, _ = who_and_where(study, counts, mentions=mentions)
    assert not who["canonical"].eq("أحمد").any()
    assert sorted(who.loc[who["canonical"] == "الأمم المتحدة", "count"]) == [6, 6]


def test_story_ids_that_look_the_same_are_the_same(tmp_path):
    # أ precomposed and ا + U+0654 (hamza above), a no-break space and a space
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    _write_json(
        tmp_path / "a.json",
        [
            {"id": "\u0627\u06541", "title": "عنوان", "body": "نص الخبر الأول هنا."},
            {"id": "s\u00a01", "title": "عنوان آخر", "body": "نص خبر ثان مختلف تماما."},
        ],
    )
    assert load_corpus(tmp_path)["story_id"].tolist() == ["\u06231", "s 1"]
    _write_json(
        tmp_path / "a.json",
        [
            {"id": "\u06231", "title": "عنوان", "body": "نص الخبر الأول هنا."},
            {"id": "\u0627\u06541", "title": "عنوان آخر", "body": "نص خبر ثان مختلف تماما."},
        ],
    )
    with pytest.raises(CorpusFormatError, match="story ids are not unique"):
        load_corpus(tmp_path)
