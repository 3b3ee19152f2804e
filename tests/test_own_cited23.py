"""An outlet's own paper written bare in its own stories as a citation counts as its
own name (session 23, branch terms23): helpers.own_names.cited_own_name and the
``cited`` uses of name_share / own_words. Right values counted by hand."""

from __future__ import annotations

import pytest
from jsonl_files import write_jsonl

from helpers.own_names import cited_own_name, own_words
from helpers.study import open_study

FIELDS = {"outlet": "source"}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("وقال لـ«الجزيرة» إن", [(8, 15)]),
        ('وقال لـ"الجزيرة" إن', [(8, 15)]),
        ("حصلت (الجزيرة) على", [(6, 13)]),
        # guillemets reversed, as scraped text writes them: و»الجزيرة» / لـ»الجزيرة«
        ("و»الجزيرة» إذ", [(2, 9)]),
        ("خاص لـ»الجزيرة« أمس", [(7, 14)]),
        ("وذكرت مصادر الجزيرة أن", [(12, 19)]),
        ("صحيفة الجزيرة", [(6, 13)]),
        # a place or a club, written bare: no citation
        ("في شبه الجزيرة العربية", []),
        ("لاعب نادي الجزيرة", []),
        ("حي الجزيرة بالرياض", []),
        # another word in the quote marks, or the name inside a longer word
        ("«الجزيرة العربية»", []),
        ("مصادر الجزيرتين", []),
    ],
)
def test_cited_own_name(text, spans):
    assert cited_own_name(text, ["الجزيرة"]) == spans


def _corpus(path, third: bool = False):
    """6 stories: 3 aljazirah, 3 sabq. aljazirah writes الجزيرة 4 times: «الجزيرة» and
    مصادر الجزيرة (citations, 2) and شبه الجزيرة twice in s4 (the peninsula); sabq
    writes شبه الجزيرة once in each story (3). The words by hand: aljazirah's key
    جزيرة 4 uses, 2 cited: share 0.5 = OWN_WORD_SHARE, its own word; with s4 holding
    a third شبه الجزيرة (share 2 / 5 = 0.4) it would not be."""
    rows = []
    for i in range(6):
        outlet = ("aljazirah", "sabq")[i % 2]
        if outlet == "sabq":
            body = "زار الوزير شبه الجزيرة العربية أمس."
        elif i == 0:
            body = "وقال المسؤول لـ«الجزيرة» إن المشروع بدأ."
        elif i == 2:
            body = "وذكرت مصادر الجزيرة أن المشروع بدأ."
        else:
            body = "تقع شبه الجزيرة العربية جنوبا، وشبه الجزيرة واسعة."
            if third:
                body += " وفي شبه الجزيرة مدن."
        rows.append({"id": f"s{i}", "title": f"خبر {i}", "body": body, "source": outlet})
    write_jsonl(path, rows)
    return path


def test_a_cited_own_paper_is_the_outlets_own_word(tmp_path):
    study = open_study(_corpus(tmp_path / "news.jsonl"), fields=FIELDS, group_by="outlet")
    words = own_words(study)
    got = {g: set(w) for g, w in words.items()}
    # aljazirah's group label is its Arabic name; sabq cites no paper and has none
    assert got == {"الجزيرة": {"جزيرة"}}


def test_a_name_mostly_written_as_a_place_stays(tmp_path):
    # one more شبه الجزيرة in s4: 2 cited of 5 uses, share 0.4 < 0.5: no own word (the
    # rule of OWN_WORD_SHARE that keeps الرياض the city in alriyadh's views)
    path = _corpus(tmp_path / "news.jsonl", third=True)
    study = open_study(path, fields=FIELDS, group_by="outlet")
    assert own_words(study) == {}
