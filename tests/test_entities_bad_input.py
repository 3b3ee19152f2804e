"""helpers.entities on bad and empty input: clear errors naming the file and row."""

import pandas as pd
import pytest

from helpers.entities import (
    MENTION_COLUMNS,
    entity_counts,
    extract_entities,
    load_gazetteer,
    read_gazetteer_csv,
)
from helpers.errors import CorpusFormatError, GazetteerError

HEADER = "entity_id,canonical,type,aliases,wikidata\n"


def stories(*bodies):
    return pd.DataFrame(
        {
            "story_id": [f"s{i + 1}" for i in range(len(bodies))],
            "title": [""] * len(bodies),
            "body": list(bodies),
            "captions": [[] for _ in bodies],
        }
    )


def test_empty_story_and_story_without_entities():
    m = extract_entities(stories("", "الطقس حار اليوم والرياح خفيفة."))
    assert m.empty
    assert list(m.columns) == list(MENTION_COLUMNS)
    assert dict(m.dtypes.astype(str))["start"] == "int64"
    counts = entity_counts(m)
    assert counts.empty and list(counts.columns)[:5] == [
        "story_id",
        "entity_id",
        "canonical",
        "type",
        "count",
    ]


def test_not_a_stories_table():
    with pytest.raises(CorpusFormatError, match="stories table"):
        extract_entities("لافروف")
    with pytest.raises(CorpusFormatError, match="lacks column"):
        extract_entities(pd.DataFrame({"story_id": ["a"], "text": ["x"]}))


def test_missing_column_names_file_and_line(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("entity_id,canonical,aliases\nx:1,زيد,\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(f)
    assert "mine.csv, line 1" in str(err.value) and "type" in str(err.value)


def test_duplicate_id_names_both_rows(tmp_path):
    f = tmp_path / "dup.csv"
    f.write_text(
        HEADER + "person:zaid,زيد الخالدي,PERSON,,\nperson:zaid,زيد الخالدي,PERSON,,\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(f)
    assert "dup.csv, line 3" in str(err.value) and "first on line 2" in str(err.value)


def test_duplicate_id_across_files(tmp_path):
    (tmp_path / "a.csv").write_text(HEADER + "org:hamas,حماس,ORG,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"a\.csv, line 2.*duplicate entity_id org:hamas"):
        load_gazetteer(tmp_path, cities=False)


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ("x:1,زيد,PEOPLE,,", "unknown type"),
        (",زيد,PERSON,,", "empty entity_id"),
        ("x:1,,PERSON,,", "empty canonical"),
        ("x:1,زيد,PERSON,,wd42", "malformed Wikidata"),
    ],
)
def test_bad_rows(tmp_path, row, problem):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=f"bad.csv, line 2: {problem}"):
        read_gazetteer_csv(f)


def test_missing_folder_is_an_error(tmp_path):
    with pytest.raises(GazetteerError, match="folder not found"):
        load_gazetteer(tmp_path / "nope")


def test_a_user_file_adds_entities_without_code(tmp_path):
    (tmp_path / "local.csv").write_text(
        HEADER + "person:zaid-khalidi,زيد الخالدي,PERSON,الخالدي,\n", encoding="utf-8-sig"
    )
    gaz = load_gazetteer(tmp_path)
    m = extract_entities(stories("وقال الخالدي إن زيد الخالدي سيزور بغداد."), gaz)
    zaid = m[m["entity_id"] == "person:zaid-khalidi"]
    assert list(zaid["surface"]) == ["الخالدي", "زيد الخالدي"]
    assert set(zaid["method"]) == {"gazetteer"}
