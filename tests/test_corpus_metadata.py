"""Metadata kept: every record field is a column; fields= mapping; JSON arrays; zips; dates."""

import json
import zipfile

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.corpus import STORY_COLUMNS, iter_stories, load_corpus
from helpers.corpus.dates import parse_date
from helpers.corpus.records import iter_json_array
from helpers.errors import ArgumentError, CorpusFormatError

SNN = {"body": "content", "outlet": "source", "date": "date_extracted"}


def _article(i, **kw):
    a = {
        "source": "okaz",
        "url": f"http://okaz.com.sa/{i}",
        "date_extracted": f"2015-07-2{i} 02:51:3{i}",
        "title": f"عنوان {i}",
        "author": "",
        "content": f"الفقرة الأولى {i}\nالفقرة الثانية {i}",
    }
    a.update(kw)
    return a


def test_jsonl_extra_fields_become_columns(tmp_path):
    f = tmp_path / "c.jsonl"
    rows = [
        {"title": "عنوان", "body": "نص", "outlet": "okaz", "date": "2015-07-21", "views": 12},
        {"title": "ب", "body": "نص ب", "Outlet": "sabq", "author": "فهد", "url": "http://x/1"},
    ]
    write_jsonl(f, rows)
    st = load_corpus(f)
    assert list(st.columns) == [*STORY_COLUMNS, "outlet", "date", "views", "author", "url"]
    assert st["outlet"].tolist() == ["okaz", "sabq"]  # keys compared ignoring case
    assert st["author"].tolist() == ["", "فهد"]  # typed str: missing is ""
    assert st["url"].tolist() == ["", "http://x/1"]
    assert st["date"].dtype == "datetime64[ns]"
    assert st["date"].tolist()[0] == pd.Timestamp("2015-07-21")
    assert pd.isna(st["date"][1])  # missing, not unparseable: no report row
    # session 15: a number is text as the JSON writes it, missing stays missing (a group
    # value: 12 with one record missing was the float 12.0)
    assert st["views"].tolist()[0] == "12"
    assert pd.isna(st["views"][1])


def test_csv_with_fields_mapping(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text(
        "headline,content,source,date_extracted\n"
        "عنوان,نص الخبر,okaz,05/08/2015\n"
        "ب,نص ب,sabq,2015-08-06 10:00:00\n",
        encoding="utf-8",
    )
    st = load_corpus(
        f,
        fields={
            "title": "headline",
            "body": "content",
            "outlet": "source",
            "date": "Date_Extracted",
        },
    )
    assert st["title"].tolist() == ["عنوان", "ب"]
    assert st["body"].tolist() == ["نص الخبر", "نص ب"]
    assert st["outlet"].tolist() == ["okaz", "sabq"]
    assert st["date"].tolist() == [pd.Timestamp(2015, 8, 5), pd.Timestamp(2015, 8, 6, 10)]
    assert "source" in st.columns and st["source"][0] == str(f)  # our column, not the file's


def test_file_field_named_like_our_column_is_kept_as_meta(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"title": "ع", "body": "ن", "source": "okaz", "layout": "x"}\n', "utf-8")
    st = load_corpus(f)
    assert st["source"][0] == str(f)
    assert (st["meta_source"][0], st["meta_layout"][0]) == ("okaz", "x")


def test_fields_naming_a_missing_column(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("title,content,source\nعنوان,نص,okaz\n", encoding="utf-8")
    with pytest.raises(CorpusFormatError) as e:
        load_corpus(f, fields={"body": "content", "date": "published"})
    msg = str(e.value)
    assert str(f) in msg
    assert "has no published (for date) field" in msg
    assert "its fields: title, content, source" in msg
    g = tmp_path / "d.json"
    g.write_text(json.dumps([_article(1)]), encoding="utf-8")
    with pytest.raises(
        CorpusFormatError, match=r"d\.json, line 1: has no body field \(its fields: source, url"
    ):
        load_corpus(g)


def test_bad_fields_argument():
    with pytest.raises(ArgumentError, match="fields cannot name 'source'"):
        load_corpus("x", fields={"source": "outlet"})
    with pytest.raises(ArgumentError, match="fields must be a dict"):
        load_corpus("x", fields=["body"])
    with pytest.raises(ArgumentError, match="group_from must be None or 'folder'"):
        load_corpus("x", group_from="file")


def test_json_array_file(tmp_path):
    f = tmp_path / "2015-07-21.json"
    f.write_text(json.dumps([_article(1), _article(2)], ensure_ascii=False, indent=4), "utf-8")
    st, rep = load_corpus(f, fields=SNN, return_report=True)
    assert st["story_id"].tolist() == ["2015-07-21-01", "2015-07-21-02"]
    assert st["paragraphs"][1] == ["الفقرة الأولى 2", "الفقرة الثانية 2"]
    assert st["outlet"].tolist() == ["okaz", "okaz"]
    assert st["date"].tolist() == [
        pd.Timestamp("2015-07-21 02:51:31"),
        pd.Timestamp("2015-07-22 02:51:32"),
    ]
    assert st["url"][0] == "http://okaz.com.sa/1"
    assert len(rep) == 0


def test_json_array_streams_object_by_object():
    # 200 objects given as 7-character chunks: the first object comes out after the
    # chunks that hold it and a few more (the buffer doubles), not after the whole array
    text = json.dumps([{"title": f"t{i}", "body": "b" * 30} for i in range(200)])
    pulled = []

    def chunks():
        for i in range(0, len(text), 7):
            pulled.append(i)
            yield text[i : i + 7]

    rows = iter_json_array(chunks())
    line, first = next(rows)
    assert (line, first["title"]) == (1, "t0")
    assert len(pulled) <= 20  # the first object is 42 characters: 6 chunks, doubled reads
    assert len(list(rows)) == 199
    assert len(pulled) == -(-len(text) // 7)


def test_json_array_line_numbers_and_errors(tmp_path):
    f = tmp_path / "a.json"
    f.write_text('[\n  {"title": "ع", "body": "ن"},\n  {"title": "ب", "body": }\n]', "utf-8")
    with pytest.raises(CorpusFormatError, match=r"a\.json, line 3: not valid JSON"):
        load_corpus(f)
    f.write_text('{"title": "ع", "body": "ن"}', "utf-8")
    with pytest.raises(CorpusFormatError, match="does not hold a JSON array"):
        load_corpus(f)
    f.write_text('[{"title": "ع", "body": "ن"}, 3]', "utf-8")
    with pytest.raises(CorpusFormatError, match="array element is a int, not an object"):
        load_corpus(f)
    f.write_text('[{"title": "ع", "body": "ن"}] x', "utf-8")
    with pytest.raises(CorpusFormatError, match="text after the end of the JSON array"):
        load_corpus(f)


def test_zip_folder_like_saudinewsnet(tmp_path):
    for day, arts in [("2015-07-21", [_article(1), _article(2)]), ("2015-07-22", [_article(3)])]:
        with zipfile.ZipFile(tmp_path / f"{day}.zip", "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(f"{day}.json", json.dumps(arts, ensure_ascii=False, indent=4))
    st = load_corpus(tmp_path, fields=SNN)
    assert st["story_id"].tolist() == [
        "2015-07-21/2015-07-21-01",
        "2015-07-21/2015-07-21-02",
        "2015-07-22/2015-07-22-01",
    ]
    assert st["source"][2] == str(tmp_path / "2015-07-22.zip" / "2015-07-22.json")
    assert st["title"].tolist() == ["عنوان 1", "عنوان 2", "عنوان 3"]


def test_zip_with_a_non_corpus_member(tmp_path):
    z = tmp_path / "day.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("notes.docx", b"PK\x03\x04 not text")
        zf.writestr("__MACOSX/._a.jsonl", b"\x00\x05")
        zf.writestr("sub/a.jsonl", '{"title": "عنوان", "body": "نص"}\n')
        zf.writestr("empty.txt", b"")
    with pytest.warns(UserWarning, match=r"skipped: .*day\.zip/notes\.docx: not a corpus file"):
        st, rep = load_corpus(z, return_report=True)
    assert st["story_id"].tolist() == ["day/sub/a-01"]
    skipped = rep[rep["action"] == "skipped"]
    assert skipped["file"].tolist() == [str(z / "empty.txt"), str(z / "notes.docx")]
    assert skipped["reason"].tolist() == ["empty file", "not a corpus file (.docx) inside the zip"]


def test_damaged_zip(tmp_path):
    z = tmp_path / "bad.zip"
    z.write_bytes(b"PK\x03\x04 broken")
    with pytest.raises(CorpusFormatError, match=r"bad\.zip: not a readable \.zip file"):
        load_corpus(z)


def test_empty_records_are_reported_and_skipped(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(
        '{"title": "", "body": ""}\n{"title": "ع", "body": "ن"}\n'
        '{"title": " ", "body": "<p></p>"}\n',
        "utf-8",
    )
    st, rep = load_corpus(f, return_report=True)
    assert st["story_id"].tolist() == ["a-02"]  # ids keep the record number
    skipped = rep[rep["action"] == "skipped"]
    assert skipped["line"].tolist() == [1, 3]
    assert skipped["story_id"].tolist() == ["a-01", "a-03"]
    assert set(skipped["reason"]) == {"record has no title and no body (after cleaning)"}


def test_mixed_date_formats_each_bad_cell_reported(tmp_path):
    f = tmp_path / "d.csv"
    f.write_text(
        "title,body,date\n"
        "أ,نص,2015-07-21\n"
        "ب,نص,21/07/2015\n"
        "ج,نص,5 أغسطس 2015\n"
        "د,نص,٥ آب ٢٠١٥\n"
        "ه,نص,yesterday\n"
        "و,نص,31/02/2015\n"
        "ز,نص,\n"
        "ح,نص,6-10-1436\n",
        encoding="utf-8",
    )
    st, rep = load_corpus(f, return_report=True, duplicates="keep")  # "نص" eight times
    assert st["date"].tolist()[:4] == [
        pd.Timestamp(2015, 7, 21),
        pd.Timestamp(2015, 7, 21),
        pd.Timestamp(2015, 8, 5),
        pd.Timestamp(2015, 8, 5),
    ]
    assert st["date"][4:].isna().all()
    assert rep["line"].tolist() == [6, 7, 9]  # the empty cell (line 8) is no problem
    assert rep["text"].tolist() == ["yesterday", "31/02/2015", "6-10-1436"]
    assert set(rep["action"]) == {"flagged"}
    assert rep["reason"][1].startswith("date not understood: not a calendar date")
    assert "Hijri" in rep["reason"][2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2015-07-21 02:51:32", pd.Timestamp(2015, 7, 21, 2, 51, 32)),
        # the local time, the offset dropped (helpers.corpus.dates.local_time)
        ("2015-07-21T02:51:32+03:00", pd.Timestamp(2015, 7, 21, 2, 51, 32)),
        ("21/07/2015", pd.Timestamp(2015, 7, 21)),
        ("5 أغسطس 2015", pd.Timestamp(2015, 8, 5)),
        ("5 آب 2015", pd.Timestamp(2015, 8, 5)),
        ("٥ أغسطس ٢٠١٥", pd.Timestamp(2015, 8, 5)),
        ("الأربعاء، 5 اغسطس 2015م", pd.Timestamp(2015, 8, 5)),
        ("1 كانون الثاني 2016", pd.Timestamp(2016, 1, 1)),
        ("12 تشرين الأول 2016 14:30", pd.Timestamp(2016, 10, 12, 14, 30)),
    ],
)
def test_parse_date_forms(text, expected):
    assert parse_date(text) == (expected, "")


def test_group_from_folder(tmp_path):
    for rel in ["okaz/a.txt", "okaz/2015/b.txt", "sabq/c.txt", "top.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("عنوان\nنص الخبر\n", encoding="utf-8")
    # one body in four files: the okaz copy would go (helpers.corpus.duplicates), kept
    st = load_corpus(tmp_path, group_from="folder", duplicates="keep")
    assert dict(zip(st["story_id"], st["group"], strict=True)) == {
        "okaz/2015/b-01": "okaz",
        "okaz/a-01": "okaz",
        "sabq/c-01": "sabq",
        "top-01": "",
    }
    assert list(st.columns) == [*STORY_COLUMNS, "group"]
    with pytest.raises(ArgumentError, match="needs a folder corpus"):
        load_corpus(tmp_path / "top.txt", group_from="folder")


def test_iter_stories_carries_metadata(tmp_path):
    f = tmp_path / "a.json"
    f.write_text(json.dumps([_article(1)]), "utf-8")
    (story,) = iter_stories(f, fields=SNN)
    assert story["outlet"] == "okaz"
    assert story["date"] == pd.Timestamp("2015-07-21 02:51:31")


def test_embedded_corpus_has_no_new_columns(stories):
    assert list(stories.columns) == STORY_COLUMNS


# --- fields= collisions (hostile-input list of issue 10): the mapping wins, and two
# fields that would make one column are an error naming both and the file, in either
# key order of the record


@pytest.mark.parametrize("order", ["outlet first", "source first"])
def test_field_named_like_a_mapped_name_is_an_error_in_either_order(tmp_path, order):
    rec = {"title": "ع", "body": "ن", "outlet": "okaz", "source": "sabq"}
    if order == "source first":
        rec = {"source": "sabq", "title": "ع", "body": "ن", "outlet": "okaz"}
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    with pytest.raises(CorpusFormatError) as e:
        load_corpus(f, fields={"outlet": "source"})
    assert str(e.value) == (
        f"{f}, line 1: has a field 'outlet' and a field 'source' that fields= maps to "
        "'outlet': both would be the column 'outlet' (map the file's 'outlet' to another "
        'name too, e.g. fields={"outlet": "source", "file_outlet": "outlet"})'
    )


@pytest.mark.parametrize("order", ["body first", "content first"])
def test_file_body_beside_a_mapped_body_is_an_error_in_either_order(tmp_path, order):
    f = tmp_path / "c.csv"
    header = "title,body,content" if order == "body first" else "content,title,body"
    row = "ع,قديم,ن" if order == "body first" else "ن,ع,قديم"
    f.write_text(f"{header}\n{row}\n", "utf-8")
    with pytest.raises(CorpusFormatError, match=r"c\.csv, line 2: has a field 'body' and a field"):
        load_corpus(f, fields={"body": "content"})
    # mapped away, both are kept: the mapping decides, not the order
    st = load_corpus(f, fields={"body": "content", "old_body": "body"})
    assert (st["body"][0], st["old_body"][0]) == ("ن", "قديم")


@pytest.mark.parametrize("order", [("source", "meta_source"), ("meta_source", "source")])
def test_two_fields_making_one_meta_column_is_an_error(tmp_path, order):
    f = tmp_path / "c.jsonl"
    rec = {"title": "ع", "body": "ن", order[0]: "a", order[1]: "b"}
    f.write_text(json.dumps(rec, ensure_ascii=False) + "\n", "utf-8")
    with pytest.raises(CorpusFormatError) as e:
        load_corpus(f)
    assert str(e.value).startswith(
        f"{f}, line 1: the fields 'meta_source' and 'source' would both be the column 'meta_source'"
    )


def test_fields_mapping_the_title_field_to_another_column_needs_title_mapped():
    with pytest.raises(ArgumentError) as e:
        load_corpus("x", fields={"outlet": "title"})
    assert str(e.value).startswith(
        "load_corpus: fields maps 'outlet' to the file's 'title', the field title is read "
        "from when fields= does not map title"
    )
    with pytest.raises(ArgumentError, match="fields maps 'title' to the file's 'body'"):
        load_corpus("x", fields={"title": "body"})


def test_mapping_wins_over_the_default_id_field(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "okaz", "title": "ع", "body": "ن"}\n', "utf-8")
    st = load_corpus(f, fields={"outlet": "id"})
    # the file's id is the outlet; the story id is generated (file stem, record 01)
    assert (st["story_id"][0], st["outlet"][0]) == ("c-01", "okaz")


def test_as_dates_reads_cells_with_the_one_parser():
    from helpers.corpus.dates import as_dates

    got = as_dates(
        pd.Series(
            ["05/08/2015", "5 آب 2015", None, "", "2015-07-21 02:51:32"], index=[9, 8, 7, 6, 5]
        )
    )
    assert got.dtype == "datetime64[ns]" and got.index.tolist() == [9, 8, 7, 6, 5]
    assert got.tolist()[:2] == [pd.Timestamp("2015-08-05"), pd.Timestamp("2015-08-05")]
    assert got.isna().tolist() == [False, False, True, True, False]
    assert got[5] == pd.Timestamp(2015, 7, 21, 2, 51, 32)
    typed = pd.Series(pd.to_datetime(["2015-07-21"]), index=[3]).astype("datetime64[ns]")
    assert as_dates(typed).equals(typed)


def test_as_dates_names_a_bad_cell():
    from helpers.corpus.dates import as_dates
    from helpers.errors import CorpusFormatError

    with pytest.raises(
        CorpusFormatError, match=r"column 'date': 2 cell\(s\) are not dates, the first 'أمس'"
    ):
        as_dates(["2015-07-21", "أمس", 3])


def test_as_dates_bad_argument():
    from helpers.corpus.dates import as_dates

    with pytest.raises(ArgumentError, match="as_dates: values must be a Series or a list"):
        as_dates(None)
