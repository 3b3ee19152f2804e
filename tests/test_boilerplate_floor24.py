"""Session 24: the site-boilerplate floor scales with the outlet's stories.

A closing block set off in ``max(3, ceil(0.02 x stories))`` different stories of an
outlet is site text (a columnist's SMS footer in 13 of okaz's 369 stories on a few
days, under the old floor of 20); a sentence two stories share is not; an anchor word
(step 4) keeps the floor of 20.
"""

from __future__ import annotations

from jsonl_files import write_jsonl

from helpers.corpus import load_corpus
from helpers.corpus.boilerplate import FIXED_STORIES, MIN_SHARE, MIN_STORIES

SMS = "للتواصل مع الكاتب أرسل رسالة قصيرة"
WORDS = ["الوزير", "المدينة", "الاجتماع", "المشروع", "الطلاب", "السوق", "الفريق", "المستشفى"]


def _story(i: int, footer: str = "", outlet: str = "x", glued: bool = False) -> dict:
    a, b = WORDS[i % 8], WORDS[(i // 8) % 8]
    body = f"قال {a} إن {b} بدأ عمله.\nوأضاف أن {a} أعلن عن {b} في يوم {i + 1}."
    if footer:
        body += (" " if glued else "\n") + footer
    return {"title": f"خبر {a} و{b} رقم {i}", "body": body, "outlet": outlet}


def _load(tmp_path, n: int, with_footer: int, footer: str = SMS, glued: bool = False):
    recs = [_story(i, footer if i < with_footer else "", glued=glued) for i in range(n)]
    return load_corpus(write_jsonl(tmp_path / "c.jsonl", recs), return_report=True)


def test_the_floor_constants():
    assert (MIN_STORIES, MIN_SHARE, FIXED_STORIES) == (3, 0.02, 20)


def test_a_footer_in_three_of_a_hundred_stories_is_cut(tmp_path):
    # need = max(3, ceil(0.02 x 100) = 2) = 3: the footer (6 words, a paragraph of its
    # own, no full stop) is dropped from the three stories
    st, rep = _load(tmp_path, 100, 3)
    assert not st["body"].str.contains("للتواصل").any()
    assert len(rep) == 3 and set(rep["action"]) == {"dropped"}
    assert set(rep["reason"]) == {"site boilerplate (footer of x: in 3 of 100 stories with a body)"}
    assert rep["text"].iloc[0] == SMS


def test_under_the_old_floor_only_whole_paragraphs_without_a_full_stop_go(tmp_path):
    # in 3 of 100 stories (under FIXED_STORIES = 20): glued to the story's last
    # sentence, the footer stays; a closing sentence of its own (a full stop) stays
    st, rep = _load(tmp_path, 100, 3, glued=True)
    assert rep.empty and st["body"].str.contains("للتواصل").sum() == 3
    st, rep = _load(tmp_path, 100, 3, footer="تهانينا وألف مبروك للعروسين.")
    assert rep.empty and st["body"].str.contains("تهانينا").sum() == 3
    # in 20 of 100 (the old floor) the glued footer goes as before
    st, rep = _load(tmp_path, 100, 20, glued=True)
    assert len(rep) == 20 and not st["body"].str.contains("للتواصل").any()
    assert rep["kept"].iloc[0] == "وأضاف أن الوزير أعلن عن الوزير في يوم 1."


def test_a_sentence_two_stories_share_is_kept(tmp_path):
    st, rep = _load(tmp_path, 100, 2)
    assert rep.empty
    assert st["body"].str.contains("للتواصل").sum() == 2


def test_the_floor_scales_with_the_outlet(tmp_path):
    # 400 stories: need = ceil(0.02 x 400) = 8; 7 stories are not enough, 8 are
    st, rep = _load(tmp_path, 400, 7)
    assert rep.empty and st["body"].str.contains("للتواصل").sum() == 7
    st, rep = _load(tmp_path, 400, 8)
    assert len(rep) == 8 and not st["body"].str.contains("للتواصل").any()
    assert set(rep["reason"]) == {"site boilerplate (footer of x: in 8 of 400 stories with a body)"}


def test_an_anchor_word_keeps_the_old_floor(tmp_path):
    # a dateline «NAME- وصل- CITY:» in 19 of 100 stories: the site word «وصل» is in
    # every block that holds it, but 19 < FIXED_STORIES = 20, so nothing is cut; in 20
    # stories it is an anchor and the 20 datelines go
    # (twenty different names, so no three-word edge is in three stories: step 3 alone
    # finds nothing)
    firsts = ["سالم", "فهد", "نورة", "خالد", "منى"]
    lasts = ["العلي", "الحربي", "القحطاني", "الزهراني"]
    cities = ["الدمام", "جدة", "الرياض", "أبها", "تبوك", "حائل", "ينبع"]

    def recs(k):
        out = [_story(i) for i in range(100)]
        for i in range(k):
            name = f"{firsts[i % 5]} {lasts[i // 5]}"
            out[i]["body"] = f"{name}- وصل- {cities[i % 7]}: {out[i]['body']}"
        return out

    st, rep = load_corpus(write_jsonl(tmp_path / "a.jsonl", recs(19)), return_report=True)
    assert rep.empty and st["body"].str.contains("- وصل- ").sum() == 19
    st, rep = load_corpus(write_jsonl(tmp_path / "b.jsonl", recs(20)), return_report=True)
    assert len(rep) == 20 and not st["body"].str.contains("- وصل- ").any()
