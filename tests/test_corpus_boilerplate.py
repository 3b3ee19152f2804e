"""Site boilerplate: headers and footers repeated across one outlet's stories."""

from pathlib import Path

import pandas as pd
import pytest
from jsonl_files import write_jsonl

from helpers.corpus import load_corpus
from helpers.corpus.boilerplate import MIN_STORIES

FOOTER = "رابط الخبر بصحيفة الوئام:"
WORDS = ["الوزير", "المدينة", "الاجتماع", "المشروع", "الطلاب", "السوق", "الفريق", "المستشفى"]


def _story(i: int, outlet: str, footer: bool, header: str = "") -> dict:
    a, b = WORDS[i % 8], WORDS[(i // 8) % 8]
    title = f"خبر {a} و{b} رقم {i}"
    last = f"وأضاف أن {a} أعلن عن {b} في يوم {i + 1}."
    if footer:
        last += f" {FOOTER} {title} "
    body = ([header] if header else []) + [f"قال {a} إن {b} بدأ عمله.", last]
    return {"title": title, "body": "\n".join(body), "outlet": outlet}


def test_footer_with_the_title_is_removed_and_reported(tmp_path):
    recs = [_story(i, "alweeam", True) for i in range(30)]
    recs += [_story(i, "okaz", False) for i in range(30, 60)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    w = st[st["outlet"] == "alweeam"]
    assert w["paragraphs"].iloc[0] == [
        "قال الوزير إن الوزير بدأ عمله.",
        "وأضاف أن الوزير أعلن عن الوزير في يوم 1.",
    ]
    assert not any(FOOTER in b for b in st["body"])
    assert st[st["outlet"] == "okaz"]["body"].tolist() == [
        "\n\n".join(r["body"].split("\n")) for r in recs[30:]
    ]
    assert len(rep) == 30
    assert set(rep["action"]) == {"repaired"}
    assert set(rep["reason"]) == {
        "site boilerplate (footer of alweeam: in 30 of 30 stories with a body)"
    }
    assert rep["kept"][0] == "وأضاف أن الوزير أعلن عن الوزير في يوم 1."
    assert rep["line"].tolist() == list(range(1, 31))
    assert all("site boilerplate removed" in r for r in w["repairs"])


def test_header_line_is_dropped(tmp_path):
    recs = [_story(i, "3alyoum", False, header="عين اليوم – متابعات") for i in range(25)]
    recs += [_story(i, "3alyoum", False) for i in range(25, 100)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 25
    assert set(rep["action"]) == {"dropped"}
    assert rep["text"][0] == "عين اليوم – متابعات"
    assert set(rep["reason"]) == {
        "site boilerplate (header of 3alyoum: in 25 of 100 stories with a body)"
    }
    assert st["paragraphs"][0][0] == "قال الوزير إن الوزير بدأ عمله."


def test_too_few_stories_keep_their_text(tmp_path):
    recs = [_story(i, "alweeam", True) for i in range(MIN_STORIES - 1)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0
    assert all(FOOTER in b for b in st["body"])


def test_share_threshold(tmp_path):
    # 20 stories carry the footer, but 20 of 1,100 is under 2 %
    recs = [_story(i, "x", i < 20) for i in range(1100)]
    _, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0


def test_repeated_text_inside_stories_is_kept(tmp_path):
    # the same quoted paragraph in the middle of every story is content, not boilerplate
    quote = "وقال البيان الرسمي إن الحكومة ستواصل دعم المشروع في كل المناطق."
    recs = []
    for i in range(40):
        r = _story(i, "x", False)
        first, last = r["body"].split("\n")
        r["body"] = "\n".join([first, quote, last])
        recs.append(r)
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0
    assert all(p[1] == quote for p in st["paragraphs"])


def test_a_number_next_to_the_footer_stays(tmp_path):
    # every story's text ends in "... 5." before the footer: the number is the story's
    recs = []
    for i in range(30):
        r = _story(i, "w", True)
        r["body"] = r["body"].replace(f"في يوم {i + 1}.", "بنسبة 5.")
        recs.append(r)
    st, _ = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert all(p[-1].endswith("بنسبة 5.") for p in st["paragraphs"])


def _glued(i: int) -> dict:
    # the footer right after the last word, with no punctuation or line break between
    r = _story(i, "alweeam", True)
    r["body"] = r["body"].replace(f"في يوم {i + 1}. ", "في المساء ")
    return r


def test_footer_glued_to_the_text_goes_when_set_off_elsewhere(tmp_path):
    # 30 stories set the footer off with "."; 5 glue it to their last word
    recs = [_story(i, "alweeam", True) for i in range(30)] + [_glued(i) for i in range(30, 35)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert not any(FOOTER in b for b in st["body"])
    glued = st.iloc[30:]
    assert [p[-1] for p in glued["paragraphs"]] == [
        f"وأضاف أن {WORDS[i % 8]} أعلن عن {WORDS[(i // 8) % 8]} في المساء" for i in range(30, 35)
    ]
    assert len(rep) == 35
    assert set(rep["reason"]) == {
        "site boilerplate (footer of alweeam: in 35 of 35 stories with a body)"
    }


def test_footer_glued_everywhere_stays(tmp_path):
    # never set off from the text: nothing says where the site's text begins
    recs = [_glued(i) for i in range(30)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0 and all(FOOTER in b for b in st["body"])


def test_footer_prefix_with_nothing_after_it(tmp_path):
    recs = []
    for i in range(25):
        r = _story(i, "alweeam", True)
        r["body"] = r["body"].replace(f" {r['title']} ", "")  # the prefix alone ends the body
        recs.append(r)
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 25 and not any("رابط الخبر" in b for b in st["body"])
    assert st["paragraphs"].iloc[0][-1] == "وأضاف أن الوزير أعلن عن الوزير في يوم 1."


def test_boilerplate_false_keeps_the_text(tmp_path):
    recs = [_story(i, "alweeam", True) for i in range(30)]
    st, rep = load_corpus(
        write_jsonl(tmp_path / "c.jsonl", recs), return_report=True, boilerplate=False
    )
    assert len(rep) == 0 and all(FOOTER in b for b in st["body"])


def test_embedded_corpus_unchanged_by_boilerplate(embedded_path):
    a, rep_a = load_corpus(embedded_path, return_report=True)
    b, rep_b = load_corpus(embedded_path, return_report=True, boilerplate=False)
    assert a.equals(b) and rep_a.equals(rep_b)


SNN = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "saudinewsnet"
SNN = SNN if SNN.is_dir() else Path("/work/shared/corpora/saudinewsnet")


@pytest.mark.slow
@pytest.mark.skipif(not SNN.is_dir(), reason="SaudiNewsNet is not here (../shared/corpora)")
def test_saudinewsnet(tmp_path):
    st, rep = load_corpus(
        SNN,
        fields={"body": "content", "outlet": "source", "date": "date_extracted"},
        return_report=True,
        progress=False,
    )
    skipped = rep[rep["action"] == "skipped"]
    copies = rep[rep["reason"].str.startswith("duplicate story")]
    assert len(st) + len(skipped) + len(copies) == 20_329  # the README's count
    assert len(skipped) == 39
    # 373 recrawled copies: almadina 295 of them, its «?weekly» URLs (corpus12's count on
    # all 12 days: 372 on raw bodies), and alweeam 2015-07-23-974, a recrawl of
    # 2015-07-21-1548 whose footer «رابط الخبر بصحيفة الوئام: <title>» is cut (session
    # 19, load19) and whose title has the same words, quoted «» where the other has “”
    # (fixdup19 asks the titles too; duplicates.title_words ignores the quote marks)
    assert len(copies) == 373
    assert copies.loc[copies["story_id"] == "2015-07-23/2015-07-23-974", "reason"].tolist() == [
        "duplicate story (same body as 2015-07-21/2015-07-21-1548)"
    ]
    assert st["date"].notna().all()
    footer = rep[rep["reason"].str.startswith("site boilerplate (footer of alweeam")]
    # 1,549, counted on the raw JSON: Alweeam bodies whose last footer is followed by
    # nothing but the story's title (whitespace collapsed, the title's HTML entities
    # decoded with html.unescape); the other 2 are followed by a related story's teaser,
    # so not at the end of the body. 23 of the 1,549 glue the footer to their last
    # sentence with no punctuation; they go too since the footer is set off elsewhere.
    # One of the 1,549, 2015-07-23-974, is then dropped as a copy (its footer's cut is
    # not reported: it is in no table), so 1,548 stories kept report it
    assert footer["story_id"].nunique() == 1_549 - 1
    assert footer["reason"].iloc[0].endswith("in 1549 of 1551 stories with a body)")
    w = st[st["outlet"] == "alweeam"]
    # all 1,551 Alweeam bodies hold the footer; the 2 with a teaser after it keep it
    assert len(w) == 1_550
    assert w["body"].str.contains("رابط الخبر بصحيفة الوئام").sum() == 1_550 - 1_548


# --- blocks around a site word (anchor): datelines, tag lists, related links ----------

NAMES = ["سالم العلي", "هند الراشد", "فهد الناصر", "منى السالم", "خالد الفارس"]
CITIES = ["الدمام", "تبوك", "حائل", "نجران", "الخبر", "ينبع"]
TAGS = ["المرور", "الأمطار", "التعليم", "الصحة", "الطرق", "الرياضة", "المطار"]


def _dated(i: int, outlet: str = "wasl", site: str = "وصل") -> dict:
    # «NAME- SITE- CITY: text»: the name and city vary, the site word does not
    name, city = NAMES[i % 5], CITIES[i % 6]
    r = _story(i, outlet, False)
    r["body"] = f"{name}- {site}- {city}: {r['body']}"
    return r


def test_dateline_with_a_site_word_is_cut_and_reported(tmp_path):
    recs = [_dated(i) for i in range(30)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert st["paragraphs"].iloc[0][0] == "قال الوزير إن الوزير بدأ عمله."
    assert st["paragraphs"].iloc[7][0] == "قال المستشفى إن الوزير بدأ عمله."
    assert len(rep) == 30 and set(rep["action"]) == {"repaired"}
    assert rep["text"][0] == "سالم العلي- وصل- الدمام: قال الوزير إن الوزير بدأ عمله."
    assert set(rep["reason"]) == {
        "site boilerplate (header of wasl: a block with «وصل», in 30 of 30 stories with a body)"
    }


def test_site_word_used_in_the_text_too_is_no_anchor(tmp_path):
    # 30 datelines hold «وصل», but so do 10 other stories' sentences: 30 of 40 < 80 %
    recs = [_dated(i) for i in range(30)]
    for i in range(30, 40):
        r = _story(i, "wasl", False)
        r["body"] = "وصل الوفد إلى المدينة أمس.\n" + r["body"]
        recs.append(r)
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0 and st["body"].str.contains("- وصل- ").sum() == 30


def test_short_first_sentence_is_no_dateline(tmp_path):
    # a first line that ends in a full stop is the story's own sentence
    recs = []
    for i in range(30):
        r = _story(i, "wasl", False)
        r["body"] = f"{NAMES[i % 5]} في وصل.\n{r['body']}"
        recs.append(r)
    _, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0


def test_byline_over_two_short_lines(tmp_path):
    # «Next Previous» (a slider's buttons), then «NAME – SITE», each on its own line
    recs = []
    for i in range(30):
        r = _story(i, "site", False)
        r["body"] = f"Next Previous\n{NAMES[i % 5]} – موقع اليوم\n{r['body']}"
        recs.append(r)
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert [p[0] for p in st["paragraphs"]] == [
        f"قال {WORDS[i % 8]} إن {WORDS[(i // 8) % 8]} بدأ عمله." for i in range(30)
    ]
    assert len(rep) == 60 and set(rep["action"]) == {"dropped"}


def _tagged(i: int) -> dict:
    r = _story(i, "tagsite", False)
    tags = " ".join(TAGS[(i + j) % 7] for j in range(1 + i % 4))
    r["body"] += f" وسوم {tags}"
    return r


def test_tag_list_after_the_text_is_cut(tmp_path):
    recs = [_tagged(i) for i in range(25)]
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert st["paragraphs"].iloc[2][-1] == "وأضاف أن الاجتماع أعلن عن الوزير في يوم 3."
    assert len(rep) == 25 and set(rep["action"]) == {"repaired"}
    assert rep["kept"][0] == "وأضاف أن الوزير أعلن عن الوزير في يوم 1."
    assert set(rep["reason"]) == {
        "site boilerplate (footer of tagsite: a block with «وسوم», in 25 of 25 stories with a body)"
    }


def test_a_block_with_a_full_stop_is_the_story_s(tmp_path):
    # the same word opens the stories' last sentence, which ends in a full stop
    recs = []
    for i in range(25):
        r = _story(i, "x", False)
        r["body"] += f" وسوم المدينة {CITIES[i % 6]} جميلة."
        recs.append(r)
    _, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 0


def test_footer_glued_to_an_address_is_set_off(tmp_path):
    # «name@mail.comللتواصل ...»: a Latin word glued to an Arabic one is two words
    recs = []
    for i in range(25):
        r = _story(i, "paper", False)
        user = ["ali", "sara", "omar", "huda", "zaid"][i % 5]
        r["body"] += f"\n{user}@mail.comللتواصل مع الكاتب ارسل رسالة"
        recs.append(r)
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert st["paragraphs"].iloc[4][-1] == "zaid@mail.com"
    assert set(rep["reason"]) == {
        "site boilerplate (footer of paper: in 25 of 25 stories with a body)"
    }


# --- the two passes as map / reduce / rules / apply (the Dask path) -------------------


def test_map_reduce_in_parts_gives_the_one_pass_result(tmp_path):
    from helpers.corpus.boilerplate import (
        apply_boilerplate,
        boilerplate_rules,
        edge_counts,
        merge_edge_counts,
    )

    recs = [_dated(i) for i in range(30)] + [_story(i, "alweeam", True) for i in range(30)]
    recs += [_tagged(i) for i in range(25)]
    path = write_jsonl(tmp_path / "c.jsonl", recs)
    whole, whole_rep = load_corpus(path, return_report=True)
    raw = load_corpus(path, boilerplate=False)
    parts = [raw.iloc[:17], raw.iloc[17:52], raw.iloc[52:]]
    counts = [edge_counts(p) for p in parts]
    merged = merge_edge_counts(merge_edge_counts(counts[0], counts[1]), counts[2])
    other_order = merge_edge_counts(counts[2], merge_edge_counts(counts[1], counts[0]))
    rules = boilerplate_rules(merged)
    assert rules == boilerplate_rules(other_order)
    out = [apply_boilerplate(p, rules) for p in parts]
    stories = pd.concat([s for s, _ in out], ignore_index=True)
    report = pd.concat([r for _, r in out], ignore_index=True)
    assert stories["body"].tolist() == whole["body"].tolist()
    assert stories["paragraphs"].tolist() == whole["paragraphs"].tolist()
    assert stories["repairs"].tolist() == whole["repairs"].tolist()
    cols = ["text", "reason", "action", "story_id", "kept"]
    assert report[cols].equals(whole_rep[cols])
    assert len(report) == 30 + 30 + 25
    assert (report["line"] == 0).all()  # no para_lines given


def test_map_reduce_bad_arguments():
    from helpers.corpus.boilerplate import (
        apply_boilerplate,
        boilerplate_rules,
        edge_counts,
        merge_edge_counts,
    )
    from helpers.errors import ArgumentError

    with pytest.raises(ArgumentError, match="edge_counts: stories must be"):
        edge_counts("stories.csv")
    with pytest.raises(ArgumentError, match="merge_edge_counts: b must be an EdgeCounts"):
        merge_edge_counts(edge_counts([]), {})
    with pytest.raises(ArgumentError, match="boilerplate_rules: counts must be"):
        boilerplate_rules(None)
    with pytest.raises(ArgumentError, match="apply_boilerplate: rules must be"):
        apply_boilerplate([], {})


LAVROV = (
    "قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار في سوريا. "
    "وأضاف لافروف أن الأمم المتحدة تعمل من أجل السلام."
)


def test_copies_of_one_story_are_not_site_text(tmp_path):
    # 25 copies of one story (re-scraped or syndicated) of one outlet: its words begin
    # and end 25 bodies, but they are one story's text, counted once (found by the
    # session-5 hostile tests: the whole body was cut as header + footer)
    # (kept with duplicates="keep": by default the 24 later copies are dropped before
    # site boilerplate, helpers.corpus.duplicates)
    recs = [{"title": "لافروف يتحدث", "body": LAVROV, "outlet": "x"} for _ in range(25)]
    st, rep = load_corpus(
        write_jsonl(tmp_path / "same.jsonl", recs), return_report=True, duplicates="keep"
    )
    assert st["body"].tolist() == [LAVROV] * 25
    assert rep.empty


def test_a_footer_in_enough_different_stories_is_cut_beside_copies(tmp_path):
    # 20 different stories with the footer (MIN_STORIES) are enough, and 10 copies of
    # one of them neither add to that count nor keep it from being found
    assert MIN_STORIES == 20
    recs = [_story(i, "alweeam", True) for i in range(20)] + [_story(0, "alweeam", True)] * 10
    path = write_jsonl(tmp_path / "c.jsonl", recs)
    st, rep = load_corpus(path, return_report=True, duplicates="keep")
    assert not any(FOOTER in b for b in st["body"])
    footer = "site boilerplate (footer of alweeam: in 20 of 30 stories with a body)"
    assert set(rep["reason"]) == {footer}
    # by default the 10 copies are dropped first (one row each) and the rules still
    # count every story read, as the cluster path's first pass does: same footer rule
    st, rep = load_corpus(path, return_report=True)
    assert len(st) == 20 and not any(FOOTER in b for b in st["body"])
    assert rep["reason"].value_counts().to_dict() == {
        footer: 20,
        "duplicate story (same body as c-01)": 10,
    }
