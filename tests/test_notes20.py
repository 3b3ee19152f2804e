"""Session 20 (notes20): what each chart and table says about itself, in Arabic and
right to left. Every value below is worked out by hand from the rule it tests."""

import pandas as pd
import pytest

from helpers.display import (
    RTL_BLOCK,
    RTL_BLOCK_CSS,
    interactive_table,
    markdown,
    rtl_markdown,
    rtl_table,
)
from helpers.errors import ArgumentError
from helpers.grouping import choose_group_by
from helpers.sections import (
    NOTHING_CLEANED,
    chart_note,
    cleaning_view,
    lists_off_note,
    peaking_note,
    sample_note,
)

# ----------------------------------------------------- 1. Arabic Markdown, right to left


#: session 24: the block's paragraphs start at its right edge (JupyterLab's
#: ``.jp-RenderedHTMLCommon p {text-align: left}`` put them at the left)
OPEN = (
    '<div dir="rtl" class="khabar-rtl">'
    "<style>div.khabar-rtl p, div.khabar-rtl li {text-align: start}</style>"
)


def test_arabic_markdown_is_one_right_to_left_block():
    sides = "**أ** = اليوم (492 قصة)؛ **ب** = الوطن (357 قصة)."
    note = markdown(sides)
    assert note.data == f"{OPEN}\n\n{sides}\n\n</div>"
    assert note._repr_markdown_() == RTL_BLOCK.format(sides, css=RTL_BLOCK_CSS)
    # printed in a script: the text itself, no block
    assert str(note) == repr(note) == sides


def test_english_markdown_is_unchanged():
    assert markdown("_No duplicate story._").data == "_No duplicate story._"
    assert rtl_markdown("a `b` c") == "a `b` c"


def test_a_code_span_in_arabic_markdown_is_isolated():
    # «-p GROUP_BY outlet» read «p GROUP_BY outlet-» in the right-to-left line
    text = "اضبط `GROUP_BY` أو `-p GROUP_BY outlet` و\\`x\\` نعم."
    # each span whole on its line (nc26: «--» ended one line, «group-by» began the next)
    bdi = '<bdi style="display:inline-block">'
    assert rtl_markdown(text) == (
        f"{OPEN}\n\nاضبط {bdi}"
        f"`GROUP_BY`</bdi> أو {bdi}`-p GROUP_BY outlet`</bdi>"
        " و\\`x\\` نعم.\n\n</div>"
    )
    with pytest.raises(ArgumentError):
        rtl_markdown(None)


def test_the_block_renders_its_markdown_in_the_html_export():
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    html = markdown2html_mistune(rtl_markdown("**أ** = اليوم (قصتان)."))
    assert OPEN in html
    assert "<p><strong>أ</strong> = اليوم (قصتان).</p>" in html


# ---------------------------------------------------------------- 2. English narrative


def _stories(outlets):
    return pd.DataFrame({"story_id": [f"s{i}" for i in range(len(outlets))], "outlet": outlets})


def test_unit_describe_is_arabic():
    unit = choose_group_by(_stories(["a"] * 10 + ["b"] * 8 + [None] * 2))
    assert unit.describe().startswith(
        "**وحدة المقارنة:** كل قيمة من قيم العمود **`outlet`** (مجموعتان، 20 قصة). "
        "في المدونة 20 قصة وعمود `outlet`، فتُقارن القصص بحسبه. "
        "ليس لقصتين من 20 قصة قيمة في `outlet`، فتُترك خارج المقارنات بحسبه. "
        "لتغييرها اضبط `GROUP_BY` في خلية المعاملات"
    )
    small = choose_group_by(_stories(["a", "b", "c"]))
    assert small.describe().startswith(
        "**وحدة المقارنة:** كل **قصة** على حدة (3 قصص). في المدونة 3 قصص (لا تزيد على 8)، "
        "فتُقارن كل قصة على حدة."
    )
    asked = choose_group_by(_stories(["a", "b", "a"]), "story_id")
    assert asked.reason == "تُقارن كل قصة على حدة، كما طُلب."


def test_a_period_unit_is_arabic():
    stories = _stories(["a"] * 3).assign(
        date=pd.to_datetime(["2015-07-20", "2015-07-21", "2015-07-21"])
    )
    unit = choose_group_by(stories, "date:D")
    assert unit.reason == "تُقارن القصص يوماً بيوم، كما طُلب."
    assert unit.describe().startswith("**وحدة المقارنة:** كل **يوم** (يومان، 3 قصص).")


def test_chart_notes_open_in_arabic():
    assert chart_note("x_chart: لم يحذف التنظيف أي سطر; drawing an empty figure") == (
        "_لم يُرسم الشكل: لم يحذف التنظيف أي سطر._"
    )
    assert chart_note("nothing to draw") == "_ملاحظة على الشكل: nothing to draw._"


def test_the_sample_line_is_arabic_and_counted():
    assert str(sample_note(20, 20)) == (
        "قُرئت 20 قصة تحوي الكلمات المفتاحية (حتى 20 قصة لكل كلمة، الأولى بترتيب المدونة): "
        "اضبط `SAMPLE` لقراءة المزيد."
    )
    assert str(sample_note(2, 1)).startswith("قُرئت قصتان تحوي الكلمات المفتاحية (حتى قصة واحدة ")
    assert sample_note(3, 5).data.startswith(OPEN)


def test_entities_shared_says_why_not_in_arabic():
    from types import SimpleNamespace

    from helpers.sections import entities_shared

    one = SimpleNamespace(stories=pd.DataFrame({"story_id": ["a"]}), per_story=True)
    assert str(entities_shared(one, pd.DataFrame())) == "_قصة واحدة: ليس معها ما تُقارن به._"
    many = SimpleNamespace(stories=pd.DataFrame({"story_id": list("abcdefghi")}), per_story=False)
    assert str(entities_shared(many, pd.DataFrame())) == (
        "_في أكثر من 8 قصص يقارن الدفتر 04 كيانات مجموعتين._"
    )


# ------------------------------------------------------- 3. how the terms were chosen


def test_the_peaking_note_names_its_floor_and_counts():
    assert peaking_note(4) == (
        "4 كلمات من أكثر 200 كلمة تكراراً، أعلاها ذروةً فوق معدلها، "
        "وفي فترة ذروة كلٍّ منها 3 قصص على الأقل"
    )
    assert peaking_note(1).startswith("كلمة واحدة من أكثر 200 كلمة")


def test_the_lists_off_note_names_the_lists_not_chosen():
    # each list by its Arabic name (session 20, nc25: English ids on the charts)
    assert lists_off_note(()) == (
        "القوائم الاختيارية غير مفعّلة: الكلمات العامة، أيام الأسبوع، أسماء الصحف"
    )
    only = lists_off_note("weekdays")
    assert only == "القوائم الاختيارية غير مفعّلة: الكلمات العامة، أسماء الصحف"
    assert lists_off_note(["generic", "weekdays", "outlets"]) is None
    with pytest.raises(ArgumentError):
        lists_off_note(5)


def test_every_optional_list_has_an_arabic_name():
    from helpers.sections import LIST_NAMES, OUTLETS_LIST
    from helpers.text.stopwords import OPTIONAL_LISTS

    assert set(LIST_NAMES) == {*OPTIONAL_LISTS, OUTLETS_LIST}


def test_the_top_terms_chart_carries_the_lists_note():
    from types import SimpleNamespace

    from helpers.charts.alt import ALT_TITLE
    from helpers.sections import top_terms_figures

    table = pd.DataFrame(
        {
            "story_id": ["s", "s"],
            "term": ["سبت", "مطر"],
            "label": ["السبت", "مطر"],
            "count": [2, 1],
            "per_1000": [200.0, 100.0],
            "n": [1, 1],
        }
    )
    study = SimpleNamespace(per_story=True, names={"s": "قصة المطر"})
    ((name, fig),) = top_terms_figures(study, table, 20, drop_lists=("generic",))
    assert name == "02_top_terms_s"
    # the story's tokens (2 * 1000 / 200 = 10), then the note on its own line
    assert getattr(fig, ALT_TITLE)[1:] == [
        "قصة واحدة، 10 كلمات",
        "القوائم الاختيارية غير مفعّلة: أيام الأسبوع، أسماء الصحف",
    ]
    ((_, bare),) = top_terms_figures(study, table, 20)  # no drop_lists given: no note
    assert getattr(bare, ALT_TITLE)[1:] == ["قصة واحدة، 10 كلمات"]


# ----------------------------------------------------------------- 5. nothing cleaned


def test_an_empty_cleaning_report_is_a_sentence():
    empty = pd.DataFrame(columns=["file", "line", "text", "reason", "action", "story_id", "kept"])
    shown = cleaning_view(empty)
    assert str(shown) == NOTHING_CLEANED
    assert NOTHING_CLEANED.startswith("_لم تُحذف أي قصة ولا أي سطر")
    assert "<table" not in shown.data


# ---------------------------------------------------- 6. a Latin cell, left to right


def test_every_cell_takes_its_direction_from_its_text():
    table = pd.DataFrame({"title": ["عنوان"], "photo_credits": ["Reuters, archive."]})
    static = rtl_table(table).data
    assert static.count("unicode-bidi:plaintext") >= 4  # two headers, two cells
    live = interactive_table(table).data
    assert "khabar-table-" in live
    table_id = live.split('id="', 1)[1].split('"', 1)[0]
    assert f"#{table_id} td {{unicode-bidi:plaintext}}" in live
