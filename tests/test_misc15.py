"""Session 15 (branch misc15): loader and shared-constant defects left from session 14.

Values worked out by hand; each fixed example is a test.
"""

from __future__ import annotations

import pandas as pd
import pytest
from jsonl_files import write_jsonl

# --- 1. one story-scope mark (helpers.ids) -------------------------------------------------


def test_one_story_scope_mark_for_entities_and_quotes():
    import helpers.entities.aliases as aliases
    import helpers.quotes as quotes
    import helpers.quotes.columns as columns
    from helpers.ids import STORY_SCOPE, is_story_scoped, story_scoped

    assert STORY_SCOPE == "@"
    # the duplicates are gone: one name, in helpers.ids
    assert not hasattr(aliases, "STORY_LOCAL_MARK")
    assert not hasattr(aliases, "is_story_local")
    assert not hasattr(columns, "STORY_SCOPE")
    assert not hasattr(quotes, "STORY_SCOPE")
    assert story_scoped("rule:PERSON:احمد", "day/a-01") == "rule:PERSON:احمد@day/a-01"
    assert story_scoped("phrase:نور", "x@y-01") == "phrase:نور@x@y-01"
    assert is_story_scoped("phrase:نور@x@y-01")
    assert not is_story_scoped("phrase:نور")
    assert not is_story_scoped("@s1")  # no id before the mark
    assert not is_story_scoped(None)
    assert not is_story_scoped(float("nan"))


def test_story_scoped_ids_keeps_the_series_index():
    from helpers.ids import story_scoped_ids

    got = story_scoped_ids(pd.Series(["a@s", "b", None], index=[5, 7, 9]))
    assert got.index.tolist() == [5, 7, 9]
    assert got.tolist() == [True, False, False]
    assert got.dtype == bool


def test_both_layers_make_story_scoped_ids_with_the_one_mark():
    # a bare first name in two stories: two story-local entity ids (bare14's scheme)
    from helpers.entities import extract_entities

    stories = pd.DataFrame(
        {
            "story_id": ["s1", "s2"],
            "title": ["", ""],
            "body": ["وقال أحمد إن الوضع جيد.", "وقال أحمد إن الوضع سيئ."],
        }
    )
    m = extract_entities(stories)
    ids = sorted(set(m.loc[m["surface"].str.contains("أحمد"), "entity_id"]))
    assert ids == ["rule:PERSON:احمد@s1", "rule:PERSON:احمد@s2"]


# --- 2. a Latin-1 file is not Arabic garbage ------------------------------------------------

# a French/Spanish/German export written for the test: é è à ç ü stay Latin letters in
# Windows-1256 too, but ñ ó á í ú ö ß É are Arabic letters or harakat there
LATIN = "title,body,lieu\nLa información del año,Müller a été élu à Málaga; Straße Nº 5,Zürich\n"


def test_a_latin1_csv_is_decoded_as_latin_not_as_arabic(tmp_path):
    import warnings

    from helpers.corpus import KhabarWarning, load_corpus

    f = tmp_path / "export.csv"
    f.write_bytes(LATIN.encode("latin-1"))
    # what the loader did before: every non-ASCII character Arabic, so it "read as Arabic"
    wrong = LATIN.encode("latin-1").decode("cp1256")
    assert "informaciَn" in wrong and "aٌo" in wrong and "Mükler" not in wrong
    with warnings.catch_warnings(record=True) as got:
        warnings.simplefilter("always")
        st = load_corpus(f)
    said = [str(w.message) for w in got if issubclass(w.category, KhabarWarning)]
    assert any("export.csv: not UTF-8; decoded as cp1252 (Western European" in m for m in said)
    assert st["encoding"].tolist() == ["cp1252"]
    assert st["body"][0] == "Müller a été élu à Málaga; Straße Nº 5"
    assert st["title"][0] == "La información del año"
    assert st["lieu"][0] == "Zürich"


def test_a_real_cp1256_arabic_file_is_still_cp1256(tmp_path):
    from helpers.corpus.decode import _reads_as_latin, decode_bytes

    # Arabic with a Latin name and a French word whose é is é in both code pages
    text = "قال الوزير إن شركة Apple افتتحت مقهى café في الرياض، «الأحد» الماضي؟\n"
    data = text.encode("cp1256")
    assert not _reads_as_latin(data)
    with pytest.warns(UserWarning, match="decoded as cp1256"):
        got = decode_bytes(data, "a.txt")
    assert (got.encoding, got.text) == ("cp1256", text)


def test_reads_as_latin_by_hand():
    from helpers.corpus.decode import _reads_as_latin

    # «año»: ñ (0xF1) inside a word with ASCII letters -> 1 of 1 high bytes is Latin
    assert _reads_as_latin("año".encode("latin-1"))
    # Arabic in cp1256: ق ا ل are 0xDE 0xC7 0xE1, no ASCII letter in the word -> 0 of 3
    assert not _reads_as_latin("قال".encode("cp1256"))
    # one Latin word (2 high bytes: ü, é) among Arabic words (6 high bytes): 2/8 < 0.5
    assert not _reads_as_latin("قال Müllé لها".encode("cp1256"))
    # two accented Latin words (á, ñ) and one Arabic word of 2 letters (م 0xE3, ا 0xC7):
    # 2/4 = 0.5 -> Latin (LATIN_SHARE is "at least")
    assert _reads_as_latin(b"M\xe1laga a\xf1o \xe3\xc7")
    assert not _reads_as_latin(b"M\xe1laga \xe3\xc7\xe3")  # 1/4
    assert not _reads_as_latin(b"plain ascii")  # no byte 0xC0-0xFF


def test_bytes_that_are_neither_name_the_encodings_tried(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import DecodingError

    f = tmp_path / "noise.txt"
    f.write_bytes(b"\x81\x8d\x8f\x90 \x9d\xa0\xa1\n")  # no letters of any of them
    with pytest.raises(
        DecodingError,
        match=r"noise\.txt.*tried UTF-8, Windows-1252 \(Latin-1\), Windows-1256 and ISO-8859-6",
    ):
        load_corpus(f)


# --- 3. a repeated story id names the file and line of each occurrence ----------------------


def _dup_corpus(t):
    import zipfile

    (t / "a.csv").write_text("id,title,body\ns1,عنوان,نص أول\ns2,عنوان,نص ثان\n", "utf-8")
    (t / "b.jsonl").write_text('{"id":"s9","title":"ع","body":"نص"}\n\n', "utf-8")
    with zipfile.ZipFile(t / "d.zip", "w") as z:
        z.writestr(
            "in/x.jsonl",
            '{"id":"s0","title":"ع","body":"ك ل"}\n{"id":"s2","title":"ع","body":"ك"}\n',
        )


def test_a_repeated_id_names_both_files_and_lines(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    _dup_corpus(tmp_path)
    with pytest.raises(CorpusFormatError) as e:
        load_corpus(tmp_path)
    # s2: row 2 of a.csv is its line 3 (the header is line 1); the zip member's line 2
    assert str(e.value) == (
        f"{tmp_path}: story ids are not unique: 's2' is given by {tmp_path / 'a.csv'}, line 3 "
        f"and {tmp_path / 'd.zip' / 'in' / 'x.jsonl'}, line 2 (give every record its own id)"
    )


def test_a_repeated_id_in_one_json_array_names_its_objects_lines(tmp_path):
    from helpers.corpus import load_corpus
    from helpers.errors import CorpusFormatError

    f = tmp_path / "c.json"
    f.write_text(
        '[\n {"id":"s7","title":"ع","body":"نص أول"},\n'
        ' {"id":"s7",\n  "title":"ع","body":"نص ثان"}\n]',
        "utf-8",
    )
    with pytest.raises(
        CorpusFormatError, match=r"'s7' is given by .*c\.json, line 2 and .*c\.json, line 3"
    ):
        load_corpus(f)


def test_a_repeated_id_on_the_cluster_path_names_the_files(tmp_path):
    from helpers.cluster import corpus_tables
    from helpers.errors import CorpusFormatError

    for name in ("x.jsonl", "y.jsonl"):
        (tmp_path / name).write_text('{"id": "same", "title": "خبر", "body": "نص"}\n', "utf-8")
    with pytest.raises(CorpusFormatError) as e:
        corpus_tables(tmp_path)
    assert f"'same' is given by {tmp_path / 'x.jsonl'} and {tmp_path / 'y.jsonl'}" in str(e.value)


# --- 4. a group value is text as written: outlet 2, never 2.0 -------------------------------


def test_integer_outlets_and_fields_with_one_missing_are_text_as_written(tmp_path):
    import warnings

    from helpers.corpus import load_corpus
    from helpers.corpus.groups import story_groups

    (tmp_path / "a.jsonl").write_text(
        '{"title":"ع","body":"نص أول","outlet":2,"region":3,"score":2.5,"live":true}\n'
        '{"title":"ع","body":"نص ثان","region":4}\n'
        '{"title":"ع","body":"نص ثالث","outlet":3,"score":1}\n',
        "utf-8",
    )
    (tmp_path / "b.csv").write_text(
        "title,body,outlet,region\nع,نص أول,2,3\nع,نص ثان,,4\nع,نص ثالث,3,\n", "utf-8"
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        js, cs = load_corpus(tmp_path / "a.jsonl"), load_corpus(tmp_path / "b.csv")
    # the JSONL's region was float64 (3.0, 4.0, NaN) before: now the CSV's text
    # outlet is typed ("" where missing); another field's missing value stays missing in
    # a JSONL (the CSV's empty cell is "" text, as written)
    assert js["region"].fillna("").tolist() == cs["region"].tolist() == ["3", "4", ""]
    assert pd.isna(js["region"][2])
    for st in (js, cs):
        assert st["outlet"].tolist() == ["2", "", "3"]
        assert pd.api.types.is_string_dtype(st["region"])
        assert story_groups(st, "region").tolist() == ["3", "4"]
        assert story_groups(st, "outlet").to_dict() == {
            st["story_id"][0]: "2",
            st["story_id"][2]: "3",
        }
    assert js["score"].fillna("-").tolist() == ["2.5", "-", "1"]
    assert js["live"].fillna("-").tolist() == ["true", "-", "-"]


def test_a_list_field_is_kept_as_read(tmp_path):
    import warnings

    from helpers.corpus import load_corpus

    (tmp_path / "a.jsonl").write_text(
        '{"title":"ع","body":"نص أول","tags":["أ","ب"]}\n{"title":"ع","body":"نص ثان"}\n',
        "utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st = load_corpus(tmp_path / "a.jsonl")
    assert st["tags"][0] == ["أ", "ب"]
    assert st["tags"][1] is None or st["tags"][1] != st["tags"][1]


# --- 5. a story dated 1850 or 2099 is a report row, its date missing --------------------------


def test_implausible_story_dates_by_hand():
    from helpers.corpus.dates import implausible_story_date

    today = pd.Timestamp("2026-12-06")
    assert implausible_story_date(pd.Timestamp("1850-03-15"), today) == "before 1900-01-01"
    assert implausible_story_date(pd.Timestamp("1899-12-31 23:59"), today) == "before 1900-01-01"
    assert implausible_story_date(pd.Timestamp("1900-01-01"), today) == ""
    assert implausible_story_date(pd.Timestamp("2027-12-06 23:00"), today) == ""  # a year ahead
    assert implausible_story_date(pd.Timestamp("2027-12-07"), today) == (
        "more than a year after 2026-12-06, the day it was loaded"
    )


def test_a_story_dated_1850_or_2099_has_a_report_row_and_no_date(tmp_path):
    import warnings

    from helpers.corpus import load_corpus

    f = tmp_path / "d.jsonl"
    f.write_text(
        '{"title":"ع","body":"نص أول","date":"2015-07-21"}\n'
        '{"title":"ع","body":"نص ثان","date":"1850-07-21"}\n'
        '{"title":"ع","body":"نص ثالث","date":"31/12/2099"}\n'
        '{"title":"ع","body":"نص رابع","date":"5 أغسطس 1850"}\n'
        '{"title":"ع","body":"نص خامس"}\n',
        "utf-8",
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st, rep = load_corpus(f, return_report=True)
    assert st["date"].tolist()[0] == pd.Timestamp("2015-07-21")
    assert st["date"].isna().tolist() == [False, True, True, True, True]
    rows = rep[rep["reason"].str.startswith("date not plausible")]
    assert rows[["file", "line", "text", "action", "story_id"]].values.tolist() == [
        [str(f), 2, "1850-07-21", "flagged", "d-02"],
        [str(f), 3, "31/12/2099", "flagged", "d-03"],
        [str(f), 4, "5 أغسطس 1850", "flagged", "d-04"],
    ]
    assert rows["reason"].iloc[0] == (
        "date not plausible for a news story: before 1900-01-01; the date is left empty (NaT)"
    )
    assert (
        rows["reason"]
        .iloc[1]
        .startswith("date not plausible for a news story: more than a year after ")
    )
    # the missing date (record 5) is no report row, as before
    assert set(rep["story_id"][rep["reason"].str.startswith("date")]) == {"d-02", "d-03", "d-04"}


def test_the_cleaning_chart_names_the_new_reason():
    from helpers.charts.views import reason_name

    assert reason_name("date not plausible for a news story: before 1900-01-01") == (
        "تاريخ غير معقول لخبر"
    )


# --- 6. a news agency is no outlet's own name unless the outlet is the agency ----------------


def _agency_corpus(path, outlets, dateline, n=8, cite_first_only="aawsat"):
    """``n`` stories alternating the two ``outlets``; every story of an outlet other than
    ``cite_first_only`` opens with ``dateline`` (an agency credited), which that outlet
    writes only in its first story."""

    records = []
    for i in range(n):
        outlet = outlets[i % 2]
        body = "وقال الوزير السعودي إن السعودية ترحب بالحوار."
        if outlet != cite_first_only or i == 0:
            body = f"{dateline}\n{body}"
        record = {"id": f"s{i}", "title": f"زار الرئيس الرياض {i}", "body": f"{body} {i}"}
        records.append({**record, "source": outlet})
    write_jsonl(path, records)
    return path


def test_spa_is_not_sabqs_own_name(tmp_path):
    from helpers.own_names import own_names, own_words
    from helpers.study import open_study

    # sabq: 4 of 4 stories credit «واس» (share 1.0); aawsat 1 of 4 (0.25): lead 0.8 > 0.5,
    # and org:spa is listed in newspapers.csv, so it was sabq's own name (own14's finding)
    path = _agency_corpus(tmp_path / "n.jsonl", ("aawsat", "sabq"), "جدة - واس")
    study = open_study(path, fields={"outlet": "source"}, group_by="outlet")
    m = study.mentions()
    assert (m["entity_id"] == "org:spa").sum() == 5
    assert own_names(study, m).empty
    assert own_words(study) == {}


def test_spa_stays_the_own_name_of_the_agency_itself(tmp_path):
    from helpers.own_names import own_names
    from helpers.study import open_study

    # outlet "was" is the agency (its Arabic outlet name «واس»): the same shares, kept
    path = _agency_corpus(tmp_path / "n.jsonl", ("aawsat", "was"), "جدة - واس")
    study = open_study(path, fields={"outlet": "source"}, group_by="outlet")
    own = own_names(study, study.mentions())
    assert own[["outlet", "name", "entity_id", "stories", "share", "lead"]].values.tolist() == [
        ["واس", "واس", "org:spa", 4, 1.0, 0.8]
    ]


def test_an_agency_label_is_no_own_name_either(tmp_path):
    from helpers.own_names import own_names
    from helpers.study import open_study

    # 24 stories: sabq's 12 all credit رويترز (share 1.0), aawsat's 1 of 12 (0.083):
    # lead 1 / 1.083 = 0.92 > 0.9, 12 stories >= 10: the label rule made it sabq's own
    path = _agency_corpus(tmp_path / "n.jsonl", ("aawsat", "sabq"), "لندن - رويترز", n=24)
    study = open_study(path, fields={"outlet": "source"}, group_by="outlet")
    m = study.mentions()
    assert set(m.loc[m["surface"] == "رويترز", "entity_id"]) == {"org:reuters"}
    # the dateline's city, the same shares, was the one row left (a label no agency
    # carries); session 16: a dateline's place is not counted either, so no own name
    own = own_names(study, m)
    assert own.empty


def test_news_agencies_are_press_txt_without_its_channels():
    from helpers.entities.gazetteer import agency_ids, news_agency_ids

    assert {"org:spa", "org:reuters", "org:afp", "org:anadolu", "org:dpa"} <= news_agency_ids()
    assert agency_ids() - news_agency_ids() == {"org:al-jazeera", "org:al-arabiya"}
