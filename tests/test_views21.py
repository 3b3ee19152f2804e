"""Session 21 (views21): what the outlet comparison charts show.

The direction rule of every chart whose values run along x beside a column of labels
(:func:`helpers.charts.skeleton.reading_direction`); each side's own-name words and the
optional lists' note on every per-outlet term view; the concordance's order and tight
contexts in notebook 05.
"""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.charts import cleaning_chart, story_lengths_chart, top_terms_chart

pytestmark = [pytest.mark.filterwarnings(r"error:Glyph \d+ .* missing from font")]


def _stories() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "story_id": ["a", "b", "c", "d"],
            "title": ["عنوان", "عنوان", "عنوان", "عنوان"],
            "body": ["واحد اثنان", "واحد", "واحد اثنان ثلاثة", "واحد"],
            "outlet": ["okaz", "okaz", "okaz", "aawsat"],
        }
    )


def _right_to_left(ax) -> bool:
    """Values grow leftwards from the right, labels on the right, no left spine."""
    labels_right = all(
        t.tick2line.get_visible() or t.label2.get_visible() for t in ax.yaxis.get_major_ticks()
    )
    return ax.xaxis_inverted() and labels_right and not ax.spines["left"].get_visible()


def test_story_lengths_boxes_run_right_to_left_as_the_bars():
    # session 21: the boxes ran left to right under bar charts growing leftwards
    boxes = story_lengths_chart(_stories(), "outlet").axes[0]
    assert _right_to_left(boxes)
    # okaz's words (title + body) 3, 2, 4: its box's median 3 stands at x = 3 still
    medians = [line.get_xdata()[0] for line in boxes.lines if line.get_color() == "#c8553d"]
    assert medians[0] == 3.0
    report = pd.DataFrame({"story_id": ["a"], "reason": ["boilerplate"]})
    assert _right_to_left(cleaning_chart(report, _stories(), "outlet").axes[0])
    table = pd.DataFrame(
        {
            "story_id": ["a", "a"],
            "term": ["واحد", "اثنان"],
            "label": ["واحد", "اثنان"],
            "count": [3, 1],
            "per_1000": [3.0, 1.0],
            "rank": [1, 2],
        }
    )
    assert _right_to_left(top_terms_chart(table, "a").axes[0])


# ------------------------------------------------------------ notes of the term views


def _contrast(own, lists=()):
    from types import SimpleNamespace

    from helpers.sections import Contrast

    kt = pd.DataFrame(
        {
            "term": ["وطن", "ثوار", "سبق", "احد", "نادر"],
            "label": ["الوطن", "الثوار", "سبق", "الأحد", "نادر"],
            "key_for": ["target", "target", "reference", "reference", "target"],
            "p_value": [0.001, 0.01, 0.02, 0.001, 0.3],
        }
    )
    study = SimpleNamespace(by="outlet", stories=pd.DataFrame(columns=["story_id", "outlet"]))
    return Contrast(study, None, None, None, kt, "الوطن", "بقية القصص", object(), (), own, lists)


def test_term_notes_say_which_own_words_left_which_side_and_the_lists_off():
    c = _contrast({"target": frozenset({"وطن", "نادر"}), "reference": frozenset({"سبق"})})
    # الوطن (key for A, p 0.001) and سبق (key for B, p 0.02) were left out; نادر is
    # an own word too but not significant (p 0.3): no view would draw it, not named
    assert list(c.own_left_out()["term"]) == ["وطن", "سبق"]
    assert c.term_notes() == [
        "دون كلمات من اسم الصحيفة في قصصها: الوطن من «الوطن»؛ سبق من «بقية القصص»",
        "القوائم الاختيارية غير مفعّلة: الكلمات العامة، أيام الأسبوع، أسماء الصحف",
    ]
    # the weekdays chosen: the note names the two lists still off; no own words: no line
    c = _contrast({}, ("weekdays",))
    assert c.term_notes() == ["القوائم الاختيارية غير مفعّلة: الكلمات العامة، أسماء الصحف"]
    assert _contrast({}, ("weekdays", "generic", "outlets")).term_notes() == []
    assert _contrast({}, None).term_notes() == []  # no lists given: no lists note


def test_a_word_own_to_one_side_stays_on_the_other():
    # سبق is the reference's own word; a target-key سبق row is kept (sabq cited in A)
    c = _contrast({"reference": frozenset({"وطن"})})
    assert c.own_left_out().empty
    assert c.term_notes()[0].startswith("القوائم الاختيارية")


# ------------------------------------------------------------------ concordance order


def test_concordance_lines_in_story_order_title_first():
    from helpers.kwic import concordance
    from helpers.text import tokenize_zones

    zones = pd.DataFrame(
        {
            "story_id": ["s1", "s1", "s2"],
            "zone": ["body", "title", "body"],
            "text": ["قال الوزير إن العراق بلد", "العراق اليوم", "زار العراق وفد"],
        }
    )
    # two terms (the key-term concordance): s1's title hit first, then its body; then s2
    conc = concordance(tokenize_zones(zones), ["عراق", "وزير"], analyse=False, zones=zones)
    assert list(zip(conc["story_id"], conc["zone"], conc["keyword"], strict=True)) == [
        ("s1", "title", "العراق"),
        ("s1", "body", "الوزير"),
        ("s1", "body", "العراق"),
        ("s2", "body", "العراق"),
    ]
    one = concordance(tokenize_zones(zones), "عراق", analyse=False, zones=zones)
    assert list(one["zone"]) == ["title", "body", "body"]


def test_concordance_contexts_flush_against_the_keyword():
    import re

    from helpers.kwic import concordance_html

    conc = pd.DataFrame(
        {"story_id": ["s1"], "left": ["قال الوزير إن"], "keyword": ["العراق"], "right": ["بلد"]}
    )
    html = concordance_html(conc)

    def rule(cell: str) -> str:
        # every rule on table.khabar-kwic td.<cell>: JupyterLab's export's
        # «:not(.jp-RenderedMarkdown).jp-RenderedHTMLCommon td» (0,2,1) must not beat it
        return re.search(r"table\.khabar-kwic td\." + cell + r"\{([^}]*)\}", html).group(1)

    # the preceding context, right of the keyword in a right-to-left table: its left
    # edge against the keyword; the following one's right edge against it
    assert "text-align:left" in rule("pre") and "text-align:right" in rule("post")
    assert "width:1%" in rule("kw")  # the keyword column as wide as its longest keyword
    assert re.search(r"<td class=\"pre\">.*قال الوزير إن.*</td><td class=\"kw\">", html)


# ------------------------------------------------- places that bear an outlet's name


def _namesake_study(monkeypatch):
    from types import SimpleNamespace

    import helpers.own_names as on

    own = pd.DataFrame(
        {
            "outlet": ["alriyadh", "alriyadh", "sabq"],
            "name": ["الرياض", "الرياض", "سبق"],
            "entity_id": ["org:alriyadh-newspaper", "rule:ORG:صحيفه_رياض", "org:sabq"],
        }
    )
    monkeypatch.setattr(on, "own_names", lambda study, mentions: own)
    stories = pd.DataFrame({"story_id": ["r1", "r2", "s1"], "outlet": ["alriyadh"] * 2 + ["sabq"]})
    groups = stories.set_index("story_id")["outlet"]
    return SimpleNamespace(
        by="outlet", col="outlet", stories=stories, groups=groups, per_story=False
    )


def test_a_place_named_as_its_outlets_paper_is_kept_and_said(monkeypatch):
    from helpers.own_names import namesake_places
    from helpers.sections import _namesake_notes

    study = _namesake_study(monkeypatch)
    mentions = pd.DataFrame(
        {
            "story_id": ["r1", "r2", "s1", "s1"],
            "entity_id": ["geonames:108410", "geonames:108410", "geonames:108410", "country:SA"],
            "canonical": ["الرياض", "الرياض", "الرياض", "السعودية"],
            "type": ["LOC", "LOC", "LOC", "LOC"],
        }
    )
    # the city الرياض bears the name of alriyadh's own paper; sabq's paper is no place
    places = namesake_places(study, mentions)
    assert places.values.tolist() == [["alriyadh", "geonames:108410", "الرياض"]]
    # drawn on alriyadh's side: said once; on sabq's side alone the city is just a city
    sides = study.stories.assign(side=["الرياض", "الرياض", "سبق"])
    counts = pd.DataFrame(
        {
            "side": ["الرياض", "سبق", "سبق"],
            "entity_id": ["geonames:108410", "geonames:108410", "country:SA"],
            "canonical": ["الرياض", "الرياض", "السعودية"],
            "count": [2, 1, 1],
            "stories": [2, 1, 1],
        }
    )
    assert _namesake_notes(study, mentions, counts, sides) == ["«الرياض»: المكان، لا صحيفة الرياض"]
    assert _namesake_notes(study, mentions, counts.iloc[1:], sides) == []
    # no type column: nothing judged
    assert namesake_places(study, mentions.drop(columns="type")).empty


def test_every_word_view_of_two_outlets_carries_the_lists_note(tmp_path):
    from test_sections import FIELDS, _key_corpus

    from helpers.charts.alt import figure_alt
    from helpers.sections import (
        LISTS_OFF,
        ONE_SCALE,
        comparison_cloud_figure,
        contrast,
        keyness_figure,
        scatter_figure,
    )
    from helpers.study import open_study

    study = open_study(_key_corpus(tmp_path / "news.jsonl"), fields=FIELDS)
    c = contrast(study, {"outlet": "okaz"}, drop_lists=("generic",))
    off = f"{LISTS_OFF}: أيام الأسبوع، أسماء الصحف"
    for view in (keyness_figure, scatter_figure):
        ((_, fig),) = view(c)
        assert off in figure_alt(fig), (view.__name__, figure_alt(fig))
    ((_, cloud),) = comparison_cloud_figure(c)
    text = figure_alt(cloud)  # the note under the cloud: one scale, the lists off
    assert ONE_SCALE in text and off in text, text
