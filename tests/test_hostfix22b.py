"""Session 22 (branch hostfix22b): defects a hostile tester found in the merged code.

Two outlet values shown by one Arabic name (``okaz`` and ``www.okaz.com.sa``, both
«عكاظ», ``charts/data/outlet_names.tsv``) are one group: one row per group and entity
(term), its stories counted once; they were two rows of one label, and 03's places
chart, reading the larger, showed half the rate."""

from __future__ import annotations

from jsonl_files import write_jsonl

from helpers.sections import group_entity_counts, group_term_frequencies, who_and_where
from helpers.study import open_study


def _two_values_one_name(path):
    """12 stories: s0..s2 of ``okaz``, s3..s5 of ``www.okaz.com.sa``, s6..s11 of
    ``sabq``. Each okaz story names الرياض once in its body («زار الوفد الرياض»), no
    sabq story does (their body: «زار الوفد جدة»); each body ends in its own sentence
    (no two stories are copies)."""
    words = ["المطر", "السوق", "الملعب", "المدرسة", "الجسر", "الحديقة"]
    records = []
    for i in range(12):
        outlet = "okaz" if i < 3 else "www.okaz.com.sa" if i < 6 else "sabq"
        city = "الرياض" if i < 6 else "جدة"
        records.append(
            {
                "id": f"s{i}",
                "title": f"خبر رقم {i}",
                "body": f"زار الوفد {city} أمس. وتحدث الناس عن {words[i % 6]} {i} مرات.",
                "outlet": outlet,
            }
        )
    return write_jsonl(path, records)


def test_two_outlet_values_with_one_name_are_one_group(tmp_path):
    study = open_study(_two_values_one_name(tmp_path / "news.jsonl"), group_by="outlet")
    assert study.sizes.to_dict() == {"عكاظ": 6, "سبق": 6}
    mentions = study.mentions()
    counts = group_entity_counts(study, mentions)
    riyadh = counts[counts["canonical"] == "الرياض"]
    # one row of the group: 3 + 3 stories, one mention each (two rows of 3 before)
    assert riyadh[["outlet", "count", "stories"]].values.tolist() == [["عكاظ", 6, 6]]
    _, where = who_and_where(study, counts, mentions=mentions)
    row = where[(where["outlet"] == "عكاظ") & (where["canonical"] == "الرياض")]
    assert row["stories"].tolist() == [6]  # 6 of the group's 6 stories: 100 per 100
    # the word views: one row per group and term, «الوفد» once in each of the 6 stories
    terms = group_term_frequencies(study)
    wafd = terms[(terms["outlet"] == "عكاظ") & (terms["term"].astype(str).str.contains("وفد"))]
    assert len(wafd) == 1 and int(wafd["count"].iloc[0]) == 6


def test_the_own_names_line_is_cut_capped_and_sorted_naturally(monkeypatch):
    # ten owners outlet1..outlet10 (value order would put outlet10 second), outlet1's
    # name 200 letters «A»: cut to MAX_LABEL_CHARS = 32 (31 letters and «…», no space
    # to cut at); 8 parts shown, outlet1..outlet8, then «و2 غيرها» (outlet9, outlet10)
    from types import SimpleNamespace

    import pandas as pd

    import helpers.sections as sections

    owners = [f"outlet{i}" for i in range(10, 0, -1)]
    names = ["A" * 200 if o == "outlet1" else f"اسم {o[6:]}" for o in owners]
    own = pd.DataFrame({"outlet": owners, "name": names, "entity_id": owners})
    monkeypatch.setattr(sections, "own_names", lambda study, mentions: own)
    study = SimpleNamespace(per_story=False, by="outlet", col="outlet", stories=pd.DataFrame())
    line = sections.own_names_left_out(study, pd.DataFrame())
    parts = [f"«{'A' * 31}…» من outlet1"] + [f"«اسم {i}» من outlet{i}" for i in range(2, 9)]
    assert line == f"_لم يُعدّ اسم الصحيفة نفسه في قصصها: {'؛ '.join(parts)}؛ و2 غيرها._"


def test_wrap_cuts_a_word_longer_than_the_width():
    # «الصحف:» (6 characters) on its line; the 200-letter word cut to the width 40:
    # 39 letters and «…" (no space to cut at); before, one line of 200 characters
    from helpers.charts.skeleton import _wrap

    assert _wrap("الصحف: " + "A" * 200, 40) == ["الصحف:", "A" * 39 + "…"]
    # a line that fits is untouched
    assert _wrap("الصحف: سبق", 40) == ["الصحف: سبق"]


def test_long_side_names_are_cut_in_titles_and_subtitles():
    # a 300-letter outlet value: cut to MAX_LABEL_CHARS = 32 (31 letters and «…»), as
    # the heatmaps' column labels; a short name is kept whole
    from helpers.charts.skeleton import comparison_subtitle
    from helpers.sections import _in_title

    long = "A" * 300
    assert _in_title(long) == "A" * 31 + "…"
    assert _in_title("سبق") == "سبق"
    text = comparison_subtitle(long, 12, "سبق", 3)
    assert "A" * 31 + "…" in text and "A" * 32 not in text
    assert "سبق" in text and len(text) < 80
