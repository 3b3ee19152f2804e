"""Group-level chart wording and the minimum group size, on small hand-made tables.

Outlet names are SaudiNewsNet's; every expected value is counted by hand from the
table built in the test. Arabic number agreement follows the standard grammar of the
counted noun (tamyiz al-adad): 1 and 2 their own forms, 3-10 the plural, 11-99 the
singular accusative, 100 and 1,000 the singular.
"""

from __future__ import annotations

import pandas as pd
import pytest
from chart_text import plain

from helpers.charts import (
    bar_chart,
    comparison_cloud,
    counted,
    describe_selection,
    entity_heatmap,
    group_tokens,
    keyness_chart,
    quotes_by_group,
    term_scatter,
    top_entities_by_group,
    top_terms_by_group,
)
from helpers.charts.skeleton import small_groups
from helpers.errors import ArgumentError
from helpers.freq import count_corpus

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


# ------------------------------------------------------------------ wording


def test_counted_agrees_with_the_number():
    assert counted(4, "مجموعة") == "4 مجموعات"
    assert counted(2, "مجموعة") == "مجموعتان"
    assert counted(11, "مجموعة") == "11 مجموعة"
    assert counted(1, "مجموعة") == "مجموعة واحدة"
    assert counted(1, "قصة") == "قصة واحدة"
    assert counted(3, "قصة") == "3 قصص"
    assert counted(15, "قصة") == "15 قصة"
    # masculine nouns: واحد, and the accusative -an for 11-99, none at 100
    assert counted(1, "كيان") == "كيان واحد"
    assert counted(20, "كيان") == "20 كياناً"
    assert counted(100, "كيان") == "100 كيان"
    assert counted(103, "سطر") == "103 أسطر"
    assert counted(0, "نقطة") == "0 نقطة"
    assert counted(1000, "كلمة") == "1,000 كلمة"
    with pytest.raises(ArgumentError, match="no counted forms for noun 'بيت'"):
        counted(3, "بيت")


def test_counted_dual_takes_the_case_of_its_phrase():
    # the dual alone changes its written form with the case: -ان nominative, -ين
    # genitive / accusative («وردت في قصتين», «أصغر من كلمتين», «ما ورد مرتين»)
    assert counted(2, "قصة", "oblique") == "قصتين"
    assert counted(2, "قصة", "nominative") == "قصتان"
    assert counted(2, "صحيفة", "oblique") == "صحيفتين"
    assert counted(2, "كيان", "oblique") == "كيانين"
    assert counted(2, "مرة", "oblique") == "مرتين"
    # 1, 3-10 (the number's genitive), 11-99 (accusative tamyiz), 100: one form in
    # every case, so 3 متحدثين whether the phrase is nominative or not
    for n, noun, form in (
        (1, "قصة", "قصة واحدة"),
        (3, "متحدث", "3 متحدثين"),
        (12, "كيان", "12 كياناً"),
        (102, "قصة", "102 قصة"),  # past 100 the dual is never used with digits
        (200, "كلمة", "200 كلمة"),
    ):
        assert counted(n, noun, "nominative") == counted(n, noun, "oblique") == form
    with pytest.raises(ArgumentError, match="counted: case must be one of"):
        counted(2, "قصة", "genitive")


def test_describe_selection_is_plain_text():
    assert describe_selection({"outlet": "aawsat"}) == "outlet = aawsat"
    assert describe_selection({"outlet": ["aawsat", "okaz"]}) == "outlet = aawsat, okaz"
    assert (
        describe_selection({"date": ("2015-07-21", "2015-07-27")}) == "date 2015-07-21 … 2015-07-27"
    )
    assert (
        describe_selection({"outlet": "okaz", "date": ("2015-07-21", "2015-07-27")})
        == "outlet = okaz; date 2015-07-21 … 2015-07-27"
    )
    assert describe_selection("asharq-two-stories-01") == "asharq-two-stories-01"
    assert describe_selection(["s1", "s2"]) == "s1, s2"
    assert describe_selection([True, False, True]) == "2 stories"
    assert describe_selection(None) == "rest of the corpus"


# ------------------------------------------------------------------ minimum group size


def test_small_groups_names_who_was_left_out_and_why():
    drop, note = small_groups(
        ["okaz", "aawsat", "sabq"],
        stories={"okaz": 40, "aawsat": 3, "sabq": 12},
        tokens={"okaz": 9000, "aawsat": 700, "sabq": 800},
    )
    assert drop == ["aawsat", "sabq"]
    assert plain(note) == (
        "تُركت خارج الرسم مجموعتان أصغر من 5 قصص أو 1,000 كلمة: "
        "الشرق الأوسط (3 قصص، 700 كلمة)، سبق (800 كلمة)"
    )
    # a named side is kept; every group too small: all drawn, and said
    assert small_groups(["aawsat"], stories={"aawsat": 3}, keep=["aawsat"]) == ([], None)
    assert small_groups(["aawsat"], stories={"aawsat": 3}) == (
        [],
        "كل المجموعات أصغر من 5 قصص: رُسمت كلها",
    )
    with pytest.raises(ArgumentError, match="min_stories"):
        small_groups(["okaz"], min_stories=-1)


def test_small_groups_counts_in_the_units_noun_and_the_limit_after_min_is_oblique():
    drop, note = small_groups(
        ["okaz", "aawsat", "sabq", "alwatan", "alyaum", "was"],
        stories={"okaz": 40, "aawsat": 1, "sabq": 1, "alwatan": 1, "alyaum": 1, "was": 1},
        min_stories=2,
        noun="صحيفة",
    )
    assert drop == ["aawsat", "sabq", "alwatan", "alyaum", "was"]
    # five outlets: 3-10 the plural; four named and the fifth counted in the unit's
    # noun; «أصغر من قصتين»: the dual after من is genitive
    assert plain(note) == (
        "تُركت خارج الرسم 5 صحف أصغر من قصتين: الشرق الأوسط (قصة واحدة)، "
        "سبق (قصة واحدة)، الوطن (قصة واحدة)، اليوم (قصة واحدة) وصحيفة واحدة غيرها"
    )
    assert small_groups(["aawsat"], stories={"aawsat": 1}, min_stories=2, noun="صحيفة") == (
        [],
        "كل الصحف أصغر من قصتين: رُسمت كلها",
    )
    with pytest.raises(ArgumentError, match="no counted forms for noun 'بيت'"):
        small_groups(["okaz"], stories={"okaz": 1}, noun="بيت")


def freq_by_outlet() -> pd.DataFrame:
    # okaz: 2,000 tokens (9 / 4.5 * 1000); aawsat: 4,000; sabq: 500 tokens (1 / 2.0)
    return pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "aawsat", "aawsat", "sabq"],
            "term": ["حج", "نفط", "عراق", "حج", "مكه"],
            "label": ["الحج", "النفط", "العراق", "الحج", "مكة"],
            "count": [9, 3, 8, 2, 1],
            "per_1000": [4.5, 1.5, 2.0, 0.5, 2.0],
        }
    )


def test_top_terms_by_group_leaves_out_tiny_groups_and_says_so():
    sizes = {"okaz": 20, "aawsat": 3, "sabq": 9}
    fig = top_terms_by_group(freq_by_outlet(), "outlet", n=2, group_sizes=sizes)
    panels = [ax for ax in fig.axes if ax.axison]
    # outlets by their Arabic names (charts/data/outlet_names.tsv), the unit counted
    # in its own noun: one outlet drawn = صحيفة واحدة
    assert [plain(ax.get_title(loc="right")) for ax in panels] == ["عكاظ · 20 قصة"]
    sup = plain(fig._suptitle.get_text())
    assert "صحيفة واحدة" in sup and "outlet" not in sup
    assert "تُركت خارج الرسم صحيفتان أصغر من 5 قصص أو 1,000 كلمة" in sup
    assert "الشرق الأوسط (3 قصص)" in sup and "سبق (500 كلمة)" in sup
    # tokens given explicitly win over the rates; a side in order= is never left out
    fig = top_terms_by_group(
        freq_by_outlet(),
        "outlet",
        group_sizes=sizes,
        tokens={"okaz": 2000, "aawsat": 4000, "sabq": 5000},
        order=["aawsat"],
    )
    assert len([ax for ax in fig.axes if ax.axison]) == 3


def test_quotes_by_group_leaves_out_outlets_of_few_stories():
    q = pd.DataFrame(
        {
            "outlet": ["okaz", "aawsat"],
            "speaker_id": ["person:lavrov", "person:lavrov"],
            "speaker": ["لافروف", "لافروف"],
            "quotes": [3, 5],
            "words": [30, 50],
        }
    )
    fig = quotes_by_group(q, "outlet", group_sizes={"okaz": 6, "aawsat": 2})
    panels = [ax for ax in fig.axes if ax.axison]
    assert [plain(ax.get_title(loc="right")) for ax in panels] == ["عكاظ · 6 قصص"]
    assert "الشرق الأوسط (قصتان)" in plain(fig._suptitle.get_text())


def test_comparison_cloud_of_groups_leaves_out_tiny_groups():
    rows = []
    for outlet, tokens in (("okaz", 4000), ("aawsat", 3000), ("sabq", 400)):
        for word, c in (("الحج", 8), (f"كلمة{outlet}", 4)):
            rows.append((outlet, word, word, c, c * 1000 / tokens))
    freq = pd.DataFrame(rows, columns=["story_id", "term", "label", "count", "per_1000"])
    fig = comparison_cloud(freq, group_sizes={"okaz": 30, "aawsat": 20, "sabq": 10})
    # right to left: the first group (okaz) is the rightmost legend entry; each entry
    # names its outlet in Arabic and its stories
    assert [plain(t.get_text()) for t in fig.legends[0].get_texts()] == [
        "الشرق الأوسط · 20 قصة",
        "عكاظ · 30 قصة",
    ]
    sup = plain(fig._suptitle.get_text())
    assert "مجموعتان، 50 قصة" in sup
    assert "تُركت خارج الرسم مجموعة واحدة أصغر من 5 قصص أو 1,000 كلمة: سبق (400 كلمة)" in sup


# ------------------------------------------------------------------ heatmap per 1,000 tokens


def mentions_by_outlet() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "aawsat"],
            "entity_id": ["person:x", "country:IQ", "country:IQ"],
            "canonical": ["لافروف", "العراق", "العراق"],
            "type": ["PERSON", "LOC", "LOC"],
            "count": [2, 6, 3],
        }
    )


def test_entity_heatmap_per_1000_tokens_from_token_totals():
    fig = entity_heatmap(
        mentions_by_outlet(),
        "outlet",
        tokens={"okaz": 2000, "aawsat": 6000},
        group_sizes={"okaz": 10, "aawsat": 30},
    )
    ax = fig.axes[0]
    # okaz: 6 / 2000 * 1000 = 3.0 (العراق), 2 / 2000 * 1000 = 1.0 (لافروف);
    # aawsat: 3 / 6000 * 1000 = 0.5; columns right to left, most stories first (as the
    # small multiples): aawsat (30 stories) on the right, then okaz (10)
    assert ax.images[0].get_array().tolist() == [[3.0, 0.5], [1.0, 0.0]]
    assert fig.axes[1].get_ylabel() == "لكل 1,000 كلمة"
    sup = plain(fig._suptitle.get_text())
    assert "مرات الذكر لكل 1,000 كلمة" in sup
    assert "صحيفتان، 40 قصة" in sup
    assert "الكيانات الأكثر ذكراً: كيانان" in sup


def test_entity_heatmap_per_1000_from_corpus_counts():
    stories = pd.DataFrame(
        {
            "story_id": ["a", "b", "c"],
            "title": ["", "", ""],
            "body": ["ذهب الوزير إلى العراق", "عاد الوزير", "قال لافروف إن العراق مهم"],
            "outlet": ["okaz", "okaz", "aawsat"],
        }
    )
    cc = count_corpus(stories, zones=("title", "body"))
    # tokens: okaz 4 + 2 = 6, aawsat 5 (stopwords count as tokens)
    assert group_tokens(cc, stories, "outlet").to_dict() == {"aawsat": 5.0, "okaz": 6.0}
    fig = entity_heatmap(mentions_by_outlet(), "outlet", tokens=cc, stories=stories, min_tokens=0)
    # okaz: 6 / 6 * 1000 = 1000; aawsat: 3 / 5 * 1000 = 600
    assert fig.axes[0].images[0].get_array().tolist()[0] == [600.0, 1000.0]


def test_corpus_counts_group_tokens_is_the_one_group_total():
    stories = pd.DataFrame(
        {
            "story_id": ["a", "b", "c", "d"],
            "title": ["", "", "", ""],
            "body": ["ذهب الوزير إلى العراق", "عاد الوزير", "قال لافروف إن العراق مهم", "نعم"],
            "outlet": ["okaz", "okaz", "aawsat", None],
            "date": pd.to_datetime(["2015-07-21", "2015-07-22", "2015-07-21", "2015-07-21"]),
        }
    )
    cc = count_corpus(stories, zones=("title", "body"))
    # tokens a 4, b 2, c 5, d 1; d has no outlet and is left out of outlet totals
    assert cc.group_tokens("outlet").to_dict() == {"aawsat": 5, "okaz": 6}
    assert cc.group_tokens("outlet").dtype == "int64"
    assert cc.group_tokens().to_dict() == {"a": 4, "b": 2, "c": 5, "d": 1}
    days = cc.group_tokens("date:D")
    assert days.to_dict() == {pd.Timestamp("2015-07-21"): 10, pd.Timestamp("2015-07-22"): 2}
    both = cc.group_tokens(["date:D", "outlet"])
    assert both.to_dict() == {
        (pd.Timestamp("2015-07-21"), "aawsat"): 5,
        (pd.Timestamp("2015-07-21"), "okaz"): 4,
        (pd.Timestamp("2015-07-22"), "okaz"): 2,
    }
    # the charts' group_tokens is the same totals, as floats
    assert group_tokens(cc, stories, "outlet").to_dict() == {"aawsat": 5.0, "okaz": 6.0}
    with pytest.raises(ArgumentError, match="nope"):
        cc.group_tokens("nope")


def test_entity_heatmap_per_1000_without_tokens_is_refused():
    with pytest.raises(ArgumentError, match="tokens="):
        entity_heatmap(mentions_by_outlet(), "outlet")


# ------------------------------------------------------------------ comparisons named


def test_overlap_bar_chart_and_scatter_say_what_is_compared():
    table = pd.DataFrame({"set": ["مشتركة", "فقط في okaz"], "types": [120, 30]})
    fig = bar_chart(table, "set", "types", title="المفردات", subtitle="«okaz» (12 قصة)")
    assert plain(fig._suptitle.get_text()) == "المفردات «okaz» (12 قصة)"
    assert fig._suptitle.get_text().count("\n") == 1  # the subtitle on its own line
    kt = pd.DataFrame(
        {
            "term": ["حج", "نفط"],
            "label": ["الحج", "النفط"],
            "count_target": [9, 1],
            "count_reference": [1, 9],
            "log_odds_z": [2.5, -2.5],
        }
    )
    kt.attrs.update(target_size=100, reference_size=100)
    fig = term_scatter(kt, target_name="okaz", reference_name="بقية المنافذ", gloss=True)
    label = fig.axes[1].get_ylabel().replace("\u200f", "")
    # the colour bar names its statistic alone; each side's colour by its name and the
    # gloss are notes under the axes, read across (session 17: they were two and three
    # long vertical lines beside the bar)
    # what the colour means in a reader's words, not the statistic's name (session 22)
    assert label == "قوة الفرق بين الجانبين"
    notes = fig._supxlabel.get_text().replace("\u200f", "").replace("\u200e", "").split("\n")
    assert "الألوان: أزرق أكثر في «okaz»، أحمر أكثر في «بقية المنافذ»" in notes
    assert "فرق قوته أبعد من 2 في أي اتجاه: نادراً ما تصنعه الصدفة، احتمالها أقل من 0.05" in notes


def test_top_entities_by_group_per_1000_tokens():
    fig = top_entities_by_group(
        mentions_by_outlet(),
        "outlet",
        value="per_1000",
        tokens={"okaz": 2000, "aawsat": 1500},
        group_sizes={"okaz": 10, "aawsat": 6},
    )
    # okaz: العراق 6 / 2000 * 1000 = 3.0, لافروف 1.0; aawsat: العراق 3 / 1500 * 1000 = 2.0
    widths = {
        plain(ax.get_title(loc="right")): [p.get_width() for p in ax.patches]
        for ax in fig.axes
        if ax.axison
    }
    assert widths == {"عكاظ · 10 قصص": [3.0, 1.0], "الشرق الأوسط · 6 قصص": [2.0]}
    assert "صحيفتان، 16 قصة" in plain(fig._suptitle.get_text())


def test_keyness_gloss_reads_the_axis_and_the_hatched_bars():
    kt = pd.DataFrame(
        {
            "term": ["حج", "نفط"],
            "label": ["الحج", "النفط"],
            "g2": [12.0, 1.0],
            "p_value": [0.0005, 0.3],
            "log_ratio": [2.0, -0.5],
        }
    )
    fig = keyness_chart(kt, target_name="okaz", reference_name="بقية المنافذ", gloss=True)
    legend = [plain(t.get_text()) for t in fig.legends[0].get_texts()]
    assert "فرق قد تصنعه الصدفة (احتمال الصدفة 0.05 أو أكثر)" in legend
    assert "1 = ضعف التكرار، 2 = أربعة أضعاف" in fig.axes[0].get_xlabel()
    plain_fig = keyness_chart(kt, target_name="okaz", reference_name="بقية المنافذ")
    plain_legend = [plain(t.get_text()) for t in plain_fig.legends[0].get_texts()]
    assert "فرق غير دال (احتمال الصدفة 0.05 أو أكثر)" in plain_legend
    assert not any("p" in text for text in legend + plain_legend)  # no Latin p


def test_small_multiples_keep_one_bar_thickness():
    q = pd.DataFrame(
        {
            "outlet": ["okaz", "okaz", "okaz", "aawsat"],
            "speaker_id": ["p:a", "p:b", "p:c", "p:a"],
            "speaker": ["أ", "ب", "ج", "أ"],
            "quotes": [3, 2, 1, 5],
            "words": [30, 20, 10, 50],
        }
    )
    fig = quotes_by_group(q, "outlet", n=4)
    # every panel has room for n = 4 bars: aawsat's one bar is as thick as okaz's three
    assert {ax.get_ylim() for ax in fig.axes if ax.axison} == {(3.5, -0.5)}


# ------------------------------------------------------------------ issue 11 review


def two_groups_freq() -> pd.DataFrame:
    # A: 1,000 tokens, x 10, y 1, w 2; B: 1,000 tokens, y 5, z 3
    rows = [("A", "x", 10), ("A", "y", 1), ("A", "w", 2), ("B", "y", 5), ("B", "z", 3)]
    df = pd.DataFrame(rows, columns=["story_id", "term", "count"])
    return df.assign(label=df["term"], per_1000=df["count"] * 1000 / 1000)


def test_comparison_cloud_sizes_words_by_evidence_with_a_floor():
    from helpers.charts.skeleton import ALT_WORDS

    fig = comparison_cloud(two_groups_freq(), tokens={"A": 1000, "B": 1000})
    # sqrt(G2) of the owner against the other (Rayson & Garside 2000), by hand:
    # x (A): a=10, b=0, E1=5: G2 = 2*10*ln 2 = 13.86 -> 3.72
    # z (B): a=3, b=0, E1=1.5: G2 = 2*3*ln 2 = 4.16 -> 2.04
    # y (B): a=5, b=1, E=3: G2 = 2*(5 ln 5/3 + ln 1/3) = 2.91 -> 1.71
    # w (A): 2 occurrences, under the floor of 3: left out
    assert getattr(fig, ALT_WORDS) == ["x", "z", "y"]
    assert "G2" in fig.axes[0].get_xlabel()  # the note under the cloud, not its heading
    # Fellows' deviation from the mean rate: x 5, y 2, z 1.5, w 1
    fig = comparison_cloud(two_groups_freq(), method="deviation")
    assert getattr(fig, ALT_WORDS) == ["x", "y", "z", "w"]
    with pytest.raises(ArgumentError, match="method"):
        comparison_cloud(two_groups_freq(), method="tfidf")


def test_entity_counts_chart_one_scale_and_per_1000():
    from helpers.charts import entity_counts_chart

    counts = pd.DataFrame(
        {
            "story_id": ["s1", "s1", "s2"],
            "entity_id": ["p", "l", "l"],
            "canonical": ["لافروف", "العراق", "العراق"],
            "type": ["PERSON", "LOC", "LOC"],
            "count": [2, 8, 4],
        }
    )
    fig = entity_counts_chart(counts, story_names={"s1": "أ", "s2": "ب"})
    panels = [ax for ax in fig.axes if ax.axison]
    # one scale: both panels end on the tick of the largest bar, 8 (whole steps), and 2 %
    # past it (session 18: the axis ends on a tick), drawn right to left
    assert [ax.get_xlim() for ax in panels] == [(pytest.approx(8.16), 0.0)] * 2
    assert max(panels[0].xaxis.get_major_locator()()) == 8
    assert panels[-1].get_xlabel() == "مرات الذكر"
    assert plain(fig._suptitle.get_text()).endswith("«أ» (قصة واحدة) مقابل «ب» (قصة واحدة)")
    fig = entity_counts_chart(counts, value="per_1000", tokens={"s1": 400, "s2": 200})
    # s1: 2 / 400 * 1000 = 5, 8 / 400 * 1000 = 20; s2: 4 / 200 * 1000 = 20
    widths = sorted(p.get_width() for ax in fig.axes for p in ax.patches if p.get_width())
    assert widths == [5.0, 20.0, 20.0]
    assert "لكل 1,000 كلمة" in fig.axes[-1].get_xlabel()
    with pytest.raises(ArgumentError, match="tokens="):
        entity_counts_chart(counts, value="per_1000")


def test_keyness_chart_names_both_sides_by_default():
    kt = pd.DataFrame(
        {
            "term": ["x", "y"],
            "label": ["العراق", "دمشق"],
            "g2": [9.0, 8.0],
            "p_value": [0.001, 0.01],
            "log_ratio": [2.0, -1.5],
        }
    )
    kt.attrs.update({"target": ["s1"], "reference": ["s2", "s3"]})
    fig = keyness_chart(kt, story_names={"s1": "لافروف"}, reference_name="البقية")
    title, sub = plain(fig._suptitle.get_text()).split(" قصة واحدة")
    assert title == "الكلمات المفتاحية: «لافروف» مقابل «البقية»"
    assert sub == " مقابل قصتين"  # one story against two: the dual after مقابل is genitive


def test_bar_chart_of_two_sides_says_them_and_its_unit():
    table = pd.DataFrame({"set": ["مشتركة", "فقط في أ", "فقط في ب"], "types": [20, 130, 144]})
    table.attrs.update({"a": ["s1"], "b": ["s2", "s3", "s4"]})
    fig = bar_chart(table, "set", "types", title="المفردات")
    assert plain(fig._suptitle.get_text()) == "المفردات «s1» (قصة واحدة) مقابل 3 قصص"
    assert fig.axes[0].get_xlabel() == "عدد المفردات المختلفة"


def test_figure_alt_of_a_scatter_and_a_cloud_describes_them():
    from helpers.charts import figure_alt, word_cloud

    kt = pd.DataFrame(
        {
            "term": ["x", "y", "z"],
            "label": ["العراق", "دمشق", "موسكو"],
            "count_target": [9, 0, 2],
            "count_reference": [0, 7, 2],
            "log_odds_z": [2.5, -2.2, 0.0],
        }
    )
    kt.attrs.update({"target_size": 100, "reference_size": 100})
    alt = figure_alt(term_scatter(kt, title="مفردات القصتين", n_labels=2))
    assert alt.startswith("رسم بياني: مفردات القصتين")
    assert "التسميات: العراق، دمشق" in alt
    freq = two_groups_freq().query("story_id == 'A'")
    alt = figure_alt(word_cloud(freq, "A"))
    # words largest first; the subtitle: one story, its 1,000 counted tokens
    assert "كلمات السحابة، الأكبر أولاً: x، w، y." in alt
    assert "سحابة الكلمات: A — قصة واحدة، 1,000 كلمة" in alt


def test_entity_heatmap_cuts_long_column_names():
    table = mentions_by_outlet().replace({"aawsat": "a-very-long-outlet-name-from-a-folder"})
    fig = entity_heatmap(table, "outlet", value="count", min_stories=0)
    cols = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert cols == ["a-very-long-outlet-…", "عكاظ"]


def test_entity_heatmap_of_chosen_types_names_them():
    fig = entity_heatmap(mentions_by_outlet(), "outlet", value="count", types=("LOC",))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["العراق"]
    # the rows named by their kind (session 17: «كيان واحد (أماكن)»)
    assert "الأماكن الأكثر ذكراً: مكان واحد" in plain(fig._suptitle.get_text())
