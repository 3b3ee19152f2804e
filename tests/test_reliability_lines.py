"""Nothing lost silently: every input line is kept or reported, with its reason."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.corpus import BOILERPLATE, load_corpus, trace_lines

WORDS = [
    "قال",
    "وزير",
    "الخارجية",
    "العراقي",
    "إن",
    "الحكومة",
    "ستعقد",
    "اجتماعا",
    "مع",
    "الوفد",
    "الروسي",
    "في",
    "بغداد",
    "الأسبوع",
    "المقبل",
    "لبحث",
    "التعاون",
    "الاقتصادي",
    "والأمني",
    "بين",
    "البلدين",
    "وأكد",
    "المتحدث",
    "أن",
    "المفاوضات",
    "مستمرة",
    "رغم",
    "الخلافات",
]
CREDITS = ["", " (رويترز)", " (أ.ف.ب)", " (إ.ب.أ)", " (رويترز - أرشيفية)"]
SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def _sentence(draw, lo=3, hi=9):
    return " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=lo, max_size=hi)))


@st.composite
def scraped_story(draw, n):
    """One story in the scraped Asharq layout, and what the parser must recover."""
    title = f"عنوان {n} " + _sentence(draw, 2, 5)
    captions = [
        f"صورة {n}-{i} " + _sentence(draw, 2, 6) + draw(st.sampled_from(CREDITS))
        for i in range(draw(st.integers(0, 2)))
    ]
    paragraphs = [f"فقرة {n}-{i} " + _sentence(draw) + "." for i in range(draw(st.integers(1, 6)))]
    blank = st.sampled_from(["", "", "   "])
    lines = [title, draw(blank)]
    twice = draw(st.booleans())
    for c in captions:
        lines += [c, c] if twice else [c]
    lines += ["TT", draw(blank), title, draw(blank)]
    for c in captions:
        lines += [c, c] if twice else [c]
    lines.append(draw(blank))
    boiler = []
    for p in paragraphs:
        lines.append(p)
        if draw(st.integers(0, 5)) == 0:
            b = draw(st.sampled_from(BOILERPLATE[:20]))
            lines.append(b)
            boiler.append(b)
        if draw(st.booleans()):
            lines.append(draw(blank))
    return lines, title, paragraphs, boiler


@st.composite
def scraped_file(draw):
    stories = [draw(scraped_story(n)) for n in range(1, draw(st.integers(1, 4)) + 1)]
    preamble = draw(st.lists(st.sampled_from(["الرئيسية", "أخبار العالم", "", "اقرأ المزيد"])))
    lines = list(preamble)
    for s in stories:
        lines += s[0] + [""]
    return lines, stories, preamble


@SETTINGS
@given(scraped_file())
def test_every_line_is_kept_or_reported(tmp_path, generated):
    lines, stories, _ = generated
    f = tmp_path / "scrape.txt"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    trace = trace_lines(f)
    # one record per input line, in order, holding the line as written
    assert trace["line"].tolist() == list(range(1, len(lines) + 1))
    assert trace["text"].tolist() == lines
    # kept lines (title, caption, body) + dropped lines reassemble the non-blank lines
    nonblank = trace[trace["text"].str.strip() != ""]
    assert set(nonblank["role"]) <= {"title", "caption", "credit", "body", "dropped"}
    assert (nonblank["kept"] == nonblank["text"].str.strip()).all()
    assert (trace.loc[trace["text"].str.strip() == "", "role"] == "blank").all()
    assert (nonblank.loc[nonblank["role"] == "dropped", "reason"] != "").all()
    # and the stories are exactly what was generated
    table, report = load_corpus(f, return_report=True)
    assert table["title"].tolist() == [s[1] for s in stories]
    assert table["paragraphs"].tolist() == [s[2] for s in stories]
    for sid, paragraphs in zip(table["story_id"], table["paragraphs"], strict=True):
        body = trace[(trace["story_id"] == sid) & (trace["role"] == "body")]["kept"]
        assert body.tolist() == paragraphs
    dropped = trace[trace["role"] == "dropped"]
    assert report["line"].tolist() == dropped["line"].tolist()
    nav = report[report["reason"] == "navigation boilerplate"]["text"].tolist()
    in_preamble = [p for p in generated[2] if p in ("الرئيسية", "اقرأ المزيد")]
    assert nav == in_preamble + [b for s in stories for b in s[3]]


def test_embedded_file_every_line_accounted(embedded_path):
    trace = trace_lines(embedded_path)
    lines = embedded_path.read_text(encoding="utf-8").splitlines()
    assert len(trace) == len(lines)
    counts = trace["role"].value_counts().to_dict()
    # 2 titles, 2 captions, 11 + 8 body paragraphs, 8 dropped (see test_corpus.py)
    assert counts["title"] == 2
    assert counts["caption"] == 2
    assert counts["body"] == 19
    assert counts["dropped"] == 8
    assert counts["blank"] == len(lines) - 31


@pytest.mark.parametrize(
    "line",
    ["اقرأ المزيد", "اقرأ أيضاً:", "اقرأ ايضا", "شارك هذا المقال", "Read more", "  المزيد  "],
)
def test_navigation_boilerplate_is_reported(tmp_path, line):
    f = tmp_path / "s.txt"
    f.write_text(f"عنوان الخبر\nالفقرة الأولى.\n{line}\nالفقرة الثانية.\n", encoding="utf-8")
    st_, report = load_corpus(f, return_report=True)
    assert st_["paragraphs"][0] == ["الفقرة الأولى.", "الفقرة الثانية."]
    assert report[["line", "text", "reason", "action"]].values.tolist() == [
        [3, line, "navigation boilerplate", "dropped"]
    ]


def test_boilerplate_inside_a_sentence_is_kept(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("عنوان\nاقرأ المزيد عن الاتفاق في الصفحة التالية.\n", encoding="utf-8")
    st_, report = load_corpus(f, return_report=True)
    assert st_["paragraphs"][0] == ["اقرأ المزيد عن الاتفاق في الصفحة التالية."]
    assert report.empty


def test_preamble_before_first_story_is_reported(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text("أخبار العالم\nعنوان\nTT\nعنوان\nنص الخبر.\n", encoding="utf-8")
    st_, report = load_corpus(f, return_report=True)
    assert st_["title"].tolist() == ["عنوان"]
    assert report[["line", "reason"]].values.tolist() == [
        [1, "before the first story"],
        [3, "logo artefact (TT)"],
        [4, "duplicate title"],
    ]


def test_a_credit_on_its_own_line(tmp_path):
    f = tmp_path / "s.txt"
    f.write_text(
        "عنوان الخبر\nصورة الاجتماع\n(أ.ف.ب)\nTT\nعنوان الخبر\nصورة الاجتماع\n(أ.ف.ب)\nنص الخبر.\n",
        encoding="utf-8",
    )
    st_ = load_corpus(f)
    assert st_["captions"][0] == ["صورة الاجتماع"]
    assert st_["photo_credits"][0] == ["AFP"]
    assert st_["paragraphs"][0] == ["نص الخبر."]
    assert trace_lines(f)["role"].tolist() == [
        "title",
        "caption",
        "credit",
        "dropped",
        "dropped",
        "dropped",
        "dropped",
        "body",
    ]
