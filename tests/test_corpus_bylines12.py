"""Bylines and datelines without the site word (session 12): a dash line of an outlet
whose site header blocks are dash lines, and a dateline glued by dashes."""

from pathlib import Path

from jsonl_files import write_jsonl

from helpers.corpus import load_corpus
from helpers.corpus.boilerplate import edge_counts, merge_edge_counts

WORDS = ["الوزير", "المدينة", "الاجتماع", "المشروع", "الطلاب", "السوق", "الفريق", "المستشفى"]


def _story(i: int, outlet: str, header: str) -> dict:
    a, b = WORDS[i % 8], WORDS[(i // 8) % 8]
    body = [header, f"قال {a} إن {b} بدأ عمله في يوم {i + 1}.", f"وأضاف أن {a} أعلن عن {b}."]
    return {"title": f"خبر {a} و{b} رقم {i}", "body": "\n".join(body), "outlet": outlet}


# 3alyoum's header lines as in SaudiNewsNet 2015-07-27: the site's own name or a
# reporter and a city, one short paragraph joined by a dash of any kind
SITE = ["عمر إبراهيم – عين اليوم", "عين اليوم – جدة", "عمر إبراهيم، داليا أبوالعيش – عين اليوم"]
OTHER = ["مكة المكرمة – حامد القرشي", "نايف السعدي – الطائف", "هشام لاشين-القاهرة"]


def _corpus(tmp_path: Path) -> Path:
    # 24 stories with the anchor «عين» in a dash line (need = 20: an anchor), 3 whose
    # dash line has no anchor, and in another outlet of 30 stories, 3 first paragraphs of
    # that shape (a caption «NAME - NAME») whose outlet has no such site header
    recs = [_story(i, "3alyoum", SITE[i % 3]) for i in range(24)]
    recs += [_story(24 + i, "3alyoum", h) for i, h in enumerate(OTHER)]
    recs += [_story(27 + i, "alwatan", "رئيس الوزراء - بنيامين نتنياهو") for i in range(3)]
    recs += [_story(30 + i, "alwatan", "") for i in range(27)]
    return write_jsonl(tmp_path / "c.jsonl", recs)


def test_dash_line_without_the_site_word_is_cut_in_its_outlet(tmp_path):
    st, rep = load_corpus(_corpus(tmp_path), return_report=True)
    a = st[st["outlet"] == "3alyoum"]
    # every 3alyoum story starts at its first sentence: 24 anchor blocks + 3 lines cut
    assert [p[0] for p in a["paragraphs"]][24:] == [
        "قال الوزير إن المشروع بدأ عمله في يوم 25.",
        "قال المدينة إن المشروع بدأ عمله في يوم 26.",
        "قال الاجتماع إن المشروع بدأ عمله في يوم 27.",
    ]
    assert not any(h in b for h in SITE + OTHER for b in a["body"])
    lines = rep[rep["reason"].str.contains("dash line")]
    assert lines["text"].tolist() == OTHER
    assert set(lines["action"]) == {"dropped"}
    # «عين» is in 24 of the 27 stories with a body (all 24 blocks are dash lines)
    assert set(lines["reason"]) == {
        "site boilerplate (header of 3alyoum: a dash line as its blocks with «عين» "
        "(in 24 of 27 stories with a body))"
    }
    # the other outlet has no site header: its «NAME - NAME» paragraphs stay
    w = st[st["outlet"] == "alwatan"]
    assert [p[0] for p in w["paragraphs"]][:3] == ["رئيس الوزراء - بنيامين نتنياهو"] * 3
    assert not rep["story_id"].isin(w["story_id"]).any()


def test_outlet_whose_anchor_blocks_are_not_dash_lines_cuts_no_line(tmp_path):
    # Sabq's dateline «NAME- سبق- CITY:» opens the story's first paragraph: its blocks
    # are no dash lines, so a story opening with the line «مكة المكرمة – حامد القرشي»
    # keeps it (its outlet never shows a byline of that shape)
    recs = [_story(i, "sabq", "") for i in range(24)]
    for r in recs:
        r["body"] = "عبدالله البرقاوي- سبق- الرياض: " + r["body"].lstrip("\n")
    recs.append(_story(24, "sabq", "مكة المكرمة – حامد القرشي"))
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert st["paragraphs"].iloc[24][0] == "مكة المكرمة – حامد القرشي"
    assert len(rep) == 24
    assert rep["kept"][0] == "قال الوزير إن الوزير بدأ عمله في يوم 1."


def test_dateline_glued_by_dashes_holds_the_site_word(tmp_path):
    # «عبدالله البرقاوي-سبق-الرياض:» (SaudiNewsNet 2015-07-27): without spaces the
    # dashes still split words, so «سبق» is found; 22 spaced + 3 glued datelines
    recs = [_story(i, "sabq", "") for i in range(25)]
    for i, r in enumerate(recs):
        line = "عبدالله البرقاوي-سبق-الرياض: " if i >= 22 else "سلطان السلمي- سبق- جدة: "
        r["body"] = line + r["body"].lstrip("\n")
    st, rep = load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)
    assert len(rep) == 25
    assert rep["text"][24].startswith("عبدالله البرقاوي-سبق-الرياض:")
    assert rep["kept"][24] == "قال الوزير إن المشروع بدأ عمله في يوم 25."
    assert not any("البرقاوي" in b for b in st["body"])


def test_dash_lines_merge_across_parts(tmp_path):
    recs = [_story(i, "3alyoum", SITE[i % 3]) for i in range(6)]
    recs += [_story(6, "3alyoum", OTHER[0])]
    for r in recs:
        r["paragraphs"] = r["body"].split("\n")
    whole = edge_counts(recs)
    parts = merge_edge_counts(edge_counts(recs[:4]), edge_counts(recs[4:]))
    # «عين» in the 6 site lines; «مكة» once, in the reporter's line
    assert whole.lines["3alyoum"]["عين"] == 6
    assert parts.lines == whole.lines
    assert whole.lines["3alyoum"]["مكه"] == 1
