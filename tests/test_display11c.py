"""Session 11 (display11c): what a newcomer saw on three real days, each fixed as a kind."""

import pandas as pd
import pytest

from helpers.charts import stories_over_time, story_lengths_chart


def _stories(sizes: dict[str, int]) -> pd.DataFrame:
    """``sizes`` outlet -> stories; story i of an outlet has i + 1 body words, title «t»,
    dated 21 July 2015."""
    rows = [
        {
            "story_id": f"{outlet}{i}",
            "title": "t",
            "body": " ".join(["w"] * (i + 1)),
            "outlet": outlet,
            "date": pd.Timestamp("2015-07-21"),
        }
        for outlet, n in sizes.items()
        for i in range(n)
    ]
    return pd.DataFrame(rows)


# 6 stories of سبق and 7 of الرياض are kept; الرياضية's one story is under 5 and left out.
SIZES = {"sabq": 6, "alriyadh": 7, "arriyadiyah": 1}
LEFT_OUT = "تُركت خارج الرسم صحيفة واحدة أصغر من 5 قصص: الرياضية\u200f (قصة واحدة)"


def _texts(fig) -> str:
    return " ".join(t.get_text() for t in fig.texts).replace("\n", " ")


def test_story_lengths_leaves_out_and_names_a_group_under_5_stories():
    fig = story_lengths_chart(_stories(SIZES), "outlet")
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    # two boxes, most stories first: الرياض (7) then سبق (6); no «الرياضية · قصة واحدة»
    assert labels == ["الرياض\u200f · 7 قصص", "سبق\u200f · 6 قصص"]
    assert "صحيفتان، 13 قصة" in _texts(fig)
    assert LEFT_OUT in _texts(fig)


def test_stories_over_time_legend_leaves_out_a_group_under_5_stories():
    fig = stories_over_time(_stories(SIZES), "outlet")
    legend = [t.get_text() for lg in fig.legends for t in lg.get_texts()]
    assert sorted(legend) == sorted(["الرياض", "سبق"])
    # the bar holds 13 stories: 7 + 6, not 14
    heights = sorted(round(p.get_height()) for p in fig.axes[0].patches)
    assert heights == [6, 7]
    assert LEFT_OUT in _texts(fig)


@pytest.mark.parametrize("view", [story_lengths_chart, stories_over_time])
def test_all_groups_small_are_all_drawn_and_said(view):
    # both outlets under 5 stories: none is left out and the note says so (small_groups)
    fig = view(_stories({"sabq": 2, "alriyadh": 3}), "outlet")
    assert "كل الصحف أصغر من 5 قصص: رُسمت كلها" in _texts(fig)


def _story_tables():
    """One story «s1»: title «لافروف في موسكو», body «قال لافروف.»; mentions typed by
    hand: لافروف (PERSON) at 0:6 of the title, موسكو (LOC) at 10:15."""
    zones = pd.DataFrame(
        {
            "story_id": ["s1", "s1"],
            "zone": ["title", "body"],
            "text": ["لافروف في موسكو", "قال لافروف."],
        }
    )
    mentions = pd.DataFrame(
        {
            "story_id": ["s1", "s1"],
            "zone": ["title", "title"],
            "start": [0, 10],
            "end": [6, 15],
            "type": ["PERSON", "LOC"],
            "canonical": ["سيرغي لافروف", "موسكو"],
        }
    )
    return zones, mentions


def test_story_html_legend_and_headings_are_arabic_and_right_aligned():
    from html.parser import HTMLParser

    from helpers.entities import story_html

    zones, mentions = _story_tables()
    html = story_html(zones, mentions, "s1")

    class Tags(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.legend, self.heads, self.divs = [], [], [], []

        def handle_starttag(self, tag, attrs):
            self.stack.append((tag, dict(attrs)))
            if tag in ("div", "h4"):
                self.divs.append(dict(attrs))

        def handle_endtag(self, tag):
            self.stack.pop()

        def handle_data(self, data):
            if not self.stack:
                return
            tag, attrs = self.stack[-1]
            if tag == "h4":
                self.heads.append(data)
            elif tag == "mark" and "title" in attrs and ":" not in attrs["title"]:
                self.legend.append(data)

    parsed = Tags()
    parsed.feed(html)
    # the value_names.tsv rows of type and zone, in TYPE_COLOURS and story order
    assert parsed.legend == ["شخص", "منظمة", "مكان", "جنسية أو جماعة"]
    assert parsed.heads == ["العنوان", "النص"]
    for attrs in parsed.divs:  # legend, zone headings and texts: all right to left
        assert attrs.get("dir") == "rtl" and "text-align:right" in attrs.get("style", "")
    assert 'title="مكان (LOC): موسكو"' in html
    for english in (">PERSON<", ">ORG<", ">title<", ">body<", 'dir="ltr"'):
        assert english not in html


def test_tables_write_whole_numbers_with_the_one_number_rule():
    import re

    import numpy as np

    from helpers.display import number_text, rtl_table

    # integers: every digit, thousands separated (as the charts write 1,055,675)
    assert number_text(1055675) == "1,055,675"
    assert number_text(np.int64(314200)) == "314,200"
    assert number_text(-4200) == "-4,200"
    assert number_text(12) == "12"
    assert number_text(10**16) == "10,000,000,000,000,000"  # exact: no float noise
    # a measures table (vocabulary_overlap: counts and ratios in one object column)
    measures = pd.Series(
        {"tokens_a": np.int64(314200), "tokens_b": 1055675, "jaccard": 0.1234, "shared": 5120},
        dtype=object,
    )
    html = rtl_table(measures.rename("value").rename_axis("measure").reset_index()).data
    cells = re.findall(r'white-space:nowrap"(?: dir="ltr")?>([^<]*)</td>', html)
    assert cells == ["314,200", "1,055,675", "0.123", "5,120"]
    # the column of numbers sits at the right edge as a number column does
    assert html.count('<td style="text-align:right') == 4
    # an int column: the same rule; bools stay yes / no
    table = pd.DataFrame({"tokens": [1055675, 7], "is_stop": [True, False]})
    html = rtl_table(table).data
    assert ">1,055,675</td>" in html and ">7</td>" in html
    assert ">نعم</td>" in html and ">لا</td>" in html


def test_interactive_tables_write_numbers_by_the_same_rule_and_sort_by_value():
    pytest.importorskip("itables")
    from interactive_cells import cells, ranks

    from helpers.display import interactive_table

    table = pd.DataFrame(
        {"label": ["أ", "ب"], "count": [1055675, 7], "per_1000": [0.0866333, 1234.5]}
    )
    html = interactive_table(table).data
    # shown by rtl_table's rule (session 18, suffix18): a count every digit, a
    # per_1000 rate 2 decimals (was number_text's 0.0866 and 1,234, one precision a
    # value); sorted by the value (session 20: each cell's rank in its column)
    assert cells(html) == [["أ", "1,055,675", "0.09"], ["ب", "7", "1,234.50"]]
    assert ranks(html) == [["أ", 2, 1], ["ب", 1, 2]]


def test_place_like_whole_numbers_keep_every_digit_without_separator():
    pytest.importorskip("itables")
    from helpers.display import interactive_table, position_columns, rtl_table

    assert {"start", "end", "line", "year", "story_id"} <= position_columns()
    table = pd.DataFrame({"year": [2015], "start": [12345], "tokens": [12345]})
    html = rtl_table(table).data
    # the year and the offset as written; the count of tokens separated
    assert ">2015</td>" in html and ">12345</td>" in html and ">12,345</td>" in html
    html = interactive_table(table).data
    from interactive_cells import cells

    assert cells(html) == [["2015", "12345", "12,345"]]
