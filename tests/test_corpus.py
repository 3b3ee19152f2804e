"""The corpus loader on the embedded corpus: values read off the file by hand."""

import pandas as pd

from helpers.corpus import STORY_COLUMNS, describe, load_corpus, split_credit, zones

TITLE_1 = "لافروف يأمل ألا تكون للوجود الأميركي في العراق أهداف جيوسياسية"
TITLE_2 = "بيان منسوب لبشار الأسد: غادرت بطلب روسي في اليوم التالي لسقوط دمشق"


def test_two_stories_with_exact_titles(stories):
    assert list(stories.columns) == STORY_COLUMNS
    assert stories["title"].tolist() == [TITLE_1, TITLE_2]
    assert stories["story_id"].tolist() == ["asharq-two-stories-01", "asharq-two-stories-02"]


def test_paragraph_counts_and_order(stories):
    assert stories["paragraphs"].map(len).tolist() == [11, 8]
    first, second = stories["paragraphs"]
    assert first[0].startswith("أعرب وزير الخارجية الروسي سيرغي لافروف")
    assert first[-1].startswith("وأشار الحكيم إلى أنه")
    # story 2 separates paragraphs with blank lines, story 1 does not: same result
    assert second[0].startswith("نفى الرئيس السوري المخلوع")
    assert second[-1].startswith("وشكَّلت المعارضة السورية")
    assert stories["body"][0] == "\n\n".join(first)


def test_one_caption_each_credit_removed(stories):
    assert stories["captions"].tolist() == [
        [
            "وزير الخارجية الروسي سيرغي لافروف يصافح نظيره العراقي محمد الحكيم"
            " خلال المؤتمر الصحافي في موسكو"
        ],
        ["الرئيس السوري المخلوع بشار الأسد"],
    ]
    assert stories["photo_credits"].tolist() == [["EPA"], ["Reuters", "archive"]]


def test_no_logo_artefact_anywhere(stories):
    for _, st in stories.iterrows():
        texts = [st["title"], *st["captions"], *st["paragraphs"]]
        assert not any("TT" in t for t in texts)


def test_cleaning_report_accounts_for_dropped_lines(embedded_path):
    _, report = load_corpus(embedded_path, return_report=True)
    assert list(report.columns)[:4] == ["file", "line", "text", "reason"]
    # lines 4, 9, 10 (caption repeats), 7 (title repeat), 5 (TT); 28 (TT), 30 (title), 33 (caption)
    assert report["line"].tolist() == [4, 5, 7, 9, 10, 28, 30, 33]
    assert report["reason"].tolist() == [
        "duplicate caption",
        "logo artefact (TT)",
        "duplicate title",
        "duplicate caption",
        "duplicate caption",
        "logo artefact (TT)",
        "duplicate title",
        "duplicate caption",
    ]


def test_every_nonblank_line_is_kept_or_reported(embedded_path, stories):
    _, report = load_corpus(embedded_path, return_report=True)
    lines = [ln.strip() for ln in embedded_path.read_text(encoding="utf-8").splitlines()]
    kept = 0
    for _, st in stories.iterrows():
        kept += 1 + len(st["captions"]) + len(st["paragraphs"])
    # 2 titles + 2 captions + 11 + 8 paragraphs kept, 8 lines reported: the file's 31
    assert (kept, len(report)) == (23, 8)
    assert kept + len(report) == sum(1 for ln in lines if ln) == 31


def test_split_credit():
    assert split_credit("الرئيس السوري المخلوع بشار الأسد (رويترز - أرشيفية)") == (
        "الرئيس السوري المخلوع بشار الأسد",
        ["Reuters", "archive"],
        "رويترز - أرشيفية",
    )
    assert split_credit("لقطة من الاجتماع (أ.ف.ب)")[1] == ["AFP"]
    assert split_credit("لقطة (أ.ب)")[1] == ["AP"]
    # a trailing date in parentheses is not a credit
    assert split_credit("اليوم (الأربعاء)") == ("اليوم (الأربعاء)", [], "")
    # unknown agency next to a known one is kept as written
    assert split_credit("صورة (الشرق الأوسط - وكالة سبأ)")[1] == ["Asharq Al-Awsat", "وكالة سبأ"]


def test_zones_offsets_index_the_stories(stories):
    z = zones(stories)
    assert z[["story_id", "zone"]].values.tolist() == [
        ["asharq-two-stories-01", "title"],
        ["asharq-two-stories-01", "caption"],
        ["asharq-two-stories-01", "body"],
        ["asharq-two-stories-02", "title"],
        ["asharq-two-stories-02", "caption"],
        ["asharq-two-stories-02", "body"],
    ]
    assert z["text"][2] == stories["body"][0]
    assert zones(stories, include=["body"])["zone"].unique().tolist() == ["body"]


def test_describe(stories):
    d = describe(stories)
    assert d["paragraphs"].tolist() == [11, 8]
    assert d["photo_credits"].tolist() == ["EPA", "Reuters, archive"]
    assert d["characters"].dtype == "int64"


def test_plain_text_file_is_one_story(tmp_path):
    f = tmp_path / "note.txt"
    f.write_text("\n  عنوان الخبر  \n\nالفقرة الأولى.\nالفقرة الثانية.\n\n", encoding="utf-8")
    st = load_corpus(f)
    assert st["title"].tolist() == ["عنوان الخبر"]
    assert st["paragraphs"][0] == ["الفقرة الأولى.", "الفقرة الثانية."]
    assert st["layout"][0] == "plain"
    assert st["story_id"][0] == "note-01"


def test_folder_csv_and_jsonl(tmp_path):
    (tmp_path / "a.csv").write_text(
        'id,title,body\nx1,عنوان,"سطر أول\nسطر ثان"\n', encoding="utf-8"
    )
    (tmp_path / "b.jsonl").write_text(
        '{"title": "عنوان ب", "body": "نص"}\n\n{"title": "ج", "body": "نص ج"}\n',
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    # its own body: "نص" again would be a copy of b-01 (helpers.corpus.duplicates)
    (tmp_path / "sub" / "c.txt").write_text("عنوان ج\nنص آخر", encoding="utf-8")
    st = load_corpus(tmp_path)
    assert st["story_id"].tolist() == ["x1", "b-01", "b-02", "sub/c-01"]
    assert st["paragraphs"][0] == ["سطر أول", "سطر ثان"]
    assert isinstance(st, pd.DataFrame)
