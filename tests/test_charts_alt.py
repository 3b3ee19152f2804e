"""The alt text of a figure (helpers.charts.alt), by value: Arabic framing, the figure's
own names and numbers, a wrapped subtitle read as the one sentence it is.

Every expected string is written out by hand from the table built in the test.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.charts import bar_chart, figure_alt, keyness_chart

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]

# 14 speakers, 14 quotes down to 1: more than the 12 an alt text lists
SPEAKERS = [
    "باراك أوباما",
    "جون كيري",
    "رجب طيب أردوغان",
    "آشتون كارتر",
    "ديفيد كاميرون",
    "محمد جواد ظريف",
    "حسن روحاني",
    "سامح شكري",
    "رامي عبد الرحمن",
    "داود أوغلو",
    "عادل الجبير",
    "سيرغي لافروف",
    "بشار الأسد",
    "محمد علي الحكيم",
]
# longer than the 81 characters a 7.5-inch figure's subtitle line holds: drawn on two lines
SUBTITLE = (
    "«الرياض» (3,128 قصة) مقابل «بقية القصص» (17,162 قصة)؛ الاقتباسات لكل 100 قصة "
    "من قصص كل جانب؛ جانبان، 20,290 قصة"
)


def test_a_bar_charts_alt_text_is_arabic_and_says_what_the_figure_shows():
    table = pd.DataFrame({"speaker": SPEAKERS, "quotes": range(14, 0, -1)})
    fig = bar_chart(table, "speaker", "quotes", title="من يُقتبس أكثر", subtitle=SUBTITLE)
    # the subtitle is drawn on more than one line ...
    assert fig._suptitle.get_text().count("\n") >= 2
    # ... and read as written; the axis label is the one drawn (UNITS["quotes"])
    assert figure_alt(fig) == (
        "رسم بياني: من يُقتبس أكثر — «الرياض» (3,128 قصة) مقابل «بقية القصص» (17,162 قصة)؛ "
        "الاقتباسات لكل 100 قصة من قصص كل جانب؛ جانبان، 20,290 قصة. "
        "المحور: عدد الاقتباسات. "
        "التسميات (أول 12 من 14): باراك أوباما، جون كيري، رجب طيب أردوغان، آشتون كارتر، "
        "ديفيد كاميرون، محمد جواد ظريف، حسن روحاني، سامح شكري، رامي عبد الرحمن، داود أوغلو، "
        "عادل الجبير، سيرغي لافروف."
    )


def test_a_keyness_charts_alt_text_names_its_sides_and_legend_in_arabic():
    kt = pd.DataFrame(
        {
            "term": ["عراق", "دمشق"],
            "label": ["العراق", "دمشق"],
            "g2": [12.0, 9.0],
            "p_value": [0.001, 0.01],
            "log_ratio": [2.0, -1.5],
        }
    )
    fig = keyness_chart(kt, target_name="عكاظ", reference_name="سبق", subtitle="قصة مقابل قصة")
    assert figure_alt(fig) == (
        "رسم بياني: الكلمات المفتاحية: «عكاظ» مقابل «سبق» — قصة مقابل قصة. "
        # session 19: every log ratio axis says how to read it, gloss or not
        "المحور: لوغاريتم النسبة: 1 = ضعف التكرار، 2 = أربعة أضعاف، 0 = التكرار نفسه. "
        "التسميات: العراق، دمشق. "
        "مفتاح الرسم: أكثر في «عكاظ»، أكثر في «سبق»."
    )
    # the hatched bars' key is in the legend, and so in the alt text, only when a bar is
    # hatched: دمشق at p = 0.2 is not significant at 0.05
    fig = keyness_chart(
        kt.assign(p_value=[0.001, 0.2]),
        target_name="عكاظ",
        reference_name="سبق",
        subtitle="قصة مقابل قصة",
    )
    assert figure_alt(fig).endswith(
        "مفتاح الرسم: أكثر في «عكاظ»، أكثر في «سبق»، فرق غير دال (احتمال الصدفة 0.05 أو أكثر)."
    )


def test_show_figure_marks_an_arabic_alt_text_as_arabic(monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj, raw=False: shown.append(obj))
    from helpers.charts import show_figure

    table = pd.DataFrame({"speaker": SPEAKERS[:2], "quotes": [2, 1]})
    show_figure(bar_chart(table, "speaker", "quotes", title="من يُقتبس أكثر"))
    (out,) = shown
    assert 'alt="رسم بياني: من يُقتبس أكثر. المحور: عدد الاقتباسات. ' in out["text/html"]
    assert ' lang="ar" dir="rtl" ' in out["text/html"]
    # an alt text of one's own in English is not marked Arabic
    show_figure(bar_chart(table, "speaker", "quotes"), alt="two speakers")
    assert "lang=" not in shown[1]["text/html"]


def test_an_axis_label_of_two_lines_reads_as_two_lines():
    # session 19: the lines of one axis label were joined with a space («لكل 1,000
    # كلمة من نصوص عكاظ» ran on); they are joined with the title's line separator
    import matplotlib.pyplot as plt

    fig = plt.figure()
    ax = fig.add_subplot()
    ax.set_xlabel("لكل 1,000 كلمة\nمن نصوص عكاظ")
    ax.set_ylabel("القصص")
    assert figure_alt(fig) == (
        "رسم بياني بلا عنوان. المحوران: لكل 1,000 كلمة — من نصوص عكاظ؛ القصص."
    )
    plt.close(fig)
