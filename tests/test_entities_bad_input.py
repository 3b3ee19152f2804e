"""helpers.entities on bad and empty input: clear errors naming the file and row."""

import pandas as pd
import pytest
from entity_stories import stories

from helpers.entities import (
    MENTION_COLUMNS,
    counts_by_type,
    describe_gazetteer,
    entity_counts,
    evaluate,
    extract_entities,
    highlight_html,
    load_gazetteer,
    read_gazetteer_csv,
    story_html,
)
from helpers.errors import ArgumentError, CorpusFormatError, GazetteerError

HEADER = "entity_id,canonical,type,aliases,wikidata\n"


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
    with pytest.raises(ArgumentError, match=r"^extract_entities: stories must be the stories"):
        extract_entities("لافروف")
    with pytest.raises(ArgumentError, match=r"^entity_counts: mentions must be the mentions"):
        entity_counts(None)
    with pytest.raises(ArgumentError, match=r"^evaluate: gold must be a DataFrame, got str"):
        evaluate(extract_entities(stories("")), "gold.csv")
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


# --- names with no letter (breaker finding 9): rejected, naming file, line and alias ---


@pytest.mark.parametrize(
    ("row", "bad"),
    [
        ("x:1,زيد,PERSON,«|،|.|:,", "'«', '،', '.', ':'"),  # punctuation only
        ("x:1,مجلس الأمن,ORG,2254|١٢,", "'2254', '١٢'"),  # Western and Arabic-Indic digits
        ("x:1,زيد,PERSON,\u064e\u0651|ـــ,", "'\u064e\u0651', 'ـــ'"),  # empty once normalised
        ("x:1,زيد,PERSON,الخالدي|-|زيد خالد,", "'-'"),  # one bad alias among good ones
    ],
)
def test_letterless_alias_is_rejected(tmp_path, row, bad):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + row + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(f)
    msg = str(err.value)
    assert msg.startswith(f"{f}, line 2: alias(es) {bad} of x:1 have no letter"), msg


@pytest.mark.parametrize("canonical", ["«", "2254", "\u064e\u0651", "..."])
def test_letterless_canonical_is_rejected(tmp_path, canonical):
    f = tmp_path / "bad.csv"
    f.write_text(HEADER + "x:0,زيد,PERSON,,\n" + f"x:1,{canonical},PERSON,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=f"bad.csv, line 3: canonical name '{canonical}' of"):
        read_gazetteer_csv(f)


def test_names_with_letters_and_digits_or_empty_separators_load(tmp_path):
    f = tmp_path / "ok.csv"
    f.write_text(HEADER + "org:g7,مجموعة السبع,ORG,G7|مجموعة 5+1||  |,\n", encoding="utf-8")
    df = read_gazetteer_csv(f)
    assert df["aliases"].tolist() == [["مجموعة السبع", "G7", "مجموعة 5+1"]]


def test_a_rejected_alias_never_reaches_the_matcher(tmp_path):
    (tmp_path / "punct.csv").write_text(HEADER + "x:1,زيد,PERSON,«|،,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"punct\.csv, line 2"):
        extract_entities(stories("قال زيد: «نعم»، ثم ذهب."), load_gazetteer(tmp_path))


# --- malformed rows: accurate messages (the old one said "unknown type None") ---


def test_short_row_names_the_missing_columns(tmp_path):
    f = tmp_path / "short.csv"
    f.write_text(HEADER + "x:1,زيد\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(f)
    msg = str(err.value)
    assert msg.startswith(f"{f}, line 2: 2 field(s) but the header has 5 columns")
    assert "no value for type, aliases" in msg and "None" not in msg


def test_row_without_the_optional_wikidata_cell_loads(tmp_path):
    f = tmp_path / "four.csv"
    f.write_text(HEADER + "x:1,زيد,PERSON,\n", encoding="utf-8")
    df = read_gazetteer_csv(f)
    assert df[["entity_id", "canonical", "type", "wikidata"]].values.tolist() == [
        ["x:1", "زيد", "PERSON", ""]
    ]


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ('x:1,"زيد,PERSON,,\n', 2, "unclosed or stray double quote"),  # runs to end of file
        # the quote swallows the next row; the row that opened it is named, not line 3
        ('x:0,عمرو,PERSON,,\nx:1,"زيد,PERSON,,\nx:2,عمرو,PERSON,"a",\n', 3, "unclosed or stray"),
        ('x:1,"زيد" الخالدي,PERSON,,\n', 2, "unclosed or stray double quote"),
        ('x:1,"زيد\nعمرو",PERSON,,\n', 2, "a quoted field runs from line 2 to line 3"),
    ],
)
def test_bad_quoting_names_the_row_that_opened_it(tmp_path, body, line, problem):
    f = tmp_path / "quote.csv"
    f.write_text(HEADER + body, encoding="utf-8")
    with pytest.raises(GazetteerError, match=f"quote.csv, line {line}: {problem}"):
        read_gazetteer_csv(f)


def test_quoted_comma_and_doubled_quote_load(tmp_path):
    f = tmp_path / "q.csv"
    f.write_text(HEADER + 'x:1,"زيد، ""أبو علي""",PERSON,"أبو علي|زيد, الخالدي",\n')
    df = read_gazetteer_csv(f)
    assert df["aliases"].tolist() == [['زيد، "أبو علي"', "أبو علي", "زيد, الخالدي"]]


def test_line_numbers_count_blank_lines(tmp_path):
    f = tmp_path / "blank.csv"
    f.write_text(HEADER + "\n  ,  \n" + "x:1,زيد,PEOPLE,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"blank\.csv, line 4: unknown type 'PEOPLE'"):
        read_gazetteer_csv(f)


def test_control_character_and_repeated_column(tmp_path):
    f = tmp_path / "nul.csv"
    f.write_text(HEADER + "x:1,زيد\x00,PERSON,,\n", encoding="utf-8")
    with pytest.raises(
        GazetteerError, match=r"line 2: control character U\+0000 in column canonical"
    ):
        read_gazetteer_csv(f)
    g = tmp_path / "twice.csv"
    g.write_text("entity_id,canonical,type,aliases,type\nx:1,زيد,PERSON,,ORG\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"twice\.csv, line 1: column\(s\) type appear"):
        read_gazetteer_csv(g)


def test_folder_and_file_swapped(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text(HEADER, encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"a\.csv: user_dir is a file"):
        load_gazetteer(f)
    with pytest.raises(GazetteerError, match="is a folder, not a CSV file"):
        load_gazetteer(None, files=[tmp_path])


# --- wrong arguments (breaker finding 10): ArgumentError naming argument and allowed values ---


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"zones": ("nope",)},
            "unknown name[(]s[)] in zones: 'nope'; allowed: title, caption, body",
        ),
        ({"zones": ("body", "Body")}, "unknown name[(]s[)] in zones: 'Body'; allowed"),
        ({"zones": 3}, "zones must be a tuple of names from title, caption, body; got int"),
        ({"zones": (None,)}, "unknown name[(]s[)] in zones: None"),
        ({"backend": "nope"}, "unknown backend 'nope'; allowed: khabar, camel"),
        ({"backend": None}, "unknown backend None; allowed: khabar, camel"),
        ({"gazetteer": "data/gazetteer"}, "gazetteer must be a Gazetteer or None, got str"),
    ],
)
def test_extract_entities_wrong_arguments(kwargs, message):
    with pytest.raises(ArgumentError, match=f"^extract_entities: {message}") as err:
        extract_entities(stories("زار لافروف دمشق."), **kwargs)
    assert isinstance(err.value, ValueError)  # ArgumentError is also a ValueError


def test_a_single_zone_name_is_one_zone():
    s = stories("زار لافروف دمشق.").assign(title="دمشق")
    assert extract_entities(s, zones="title")[["zone", "surface"]].values.tolist() == [
        ["title", "دمشق"]
    ]


def test_counts_evaluate_and_display_wrong_arguments():
    m = extract_entities(stories("زار لافروف دمشق."))
    with pytest.raises(ArgumentError, match=r"^entity_counts: unknown name"):
        entity_counts(m, zones=("bdy",))
    with pytest.raises(ArgumentError, match=r"^evaluate: unknown name.*in types: 'person'"):
        evaluate(m, m.assign(entity=m["entity_id"]), types=("person",))
    with pytest.raises(ArgumentError, match=r"^evaluate: unknown name.*in zones: 'all'"):
        evaluate(m, m.assign(entity=m["entity_id"]), zones="all")
    with pytest.raises(CorpusFormatError, match=r"^counts_by_type: the entity counts table"):
        counts_by_type(m)
    with pytest.raises(ArgumentError, match=r"^describe_gazetteer: gaz must be a Gazetteer"):
        describe_gazetteer(None)
    with pytest.raises(ArgumentError, match=r"^highlight_html: text must be a str, got float"):
        highlight_html(float("nan"), m)
    with pytest.raises(CorpusFormatError, match="offsets 4:10 outside a text of length 3"):
        highlight_html("abc", m.iloc[[0]])
    z = pd.DataFrame({"story_id": ["s1"], "zone": ["body"], "text": ["زار لافروف دمشق."]})
    with pytest.raises(CorpusFormatError, match="no story 's9' in the zones table"):
        story_html(z, m, "s9")


def test_gazetteer_path_arguments(tmp_path):
    f = tmp_path / "one.csv"
    f.write_text(HEADER + "person:zaid,زيد الخالدي,PERSON,,\n", encoding="utf-8")
    # one path given as a str is one file, not a sequence of one-letter paths
    gaz = load_gazetteer(None, files=str(f), builtin=False, countries=False, cities=False)
    assert gaz.table["entity_id"].tolist() == ["person:zaid"]
    with pytest.raises(ArgumentError, match=r"^load_gazetteer: files must be CSV paths"):
        load_gazetteer(None, files=[f, 3])
    with pytest.raises(ArgumentError, match=r"^load_gazetteer: user_dir must be a folder"):
        load_gazetteer(5)
    with pytest.raises(ArgumentError, match=r"^read_gazetteer_csv: path must be a str or Path"):
        read_gazetteer_csv(None)
