"""Session 24 (html24): what readers see in charts, by a newcomer's findings. Every
expected text is worked out by hand from the rule it tests."""

import pandas as pd

from helpers.charts.views import cleaning_chart, entity_heatmap

RLM = "\u200f"


def _texts(fig) -> str:
    return "\n".join(t.get_text() for t in fig.texts)


def test_the_cleaning_chart_names_a_group_cleaning_left_as_it_was():
    # aawsat's one story has no report row: no bar, and the subtitle names it
    stories = pd.DataFrame({"story_id": ["1", "2", "3"], "outlet": ["sabq", "sabq", "aawsat"]})
    report = pd.DataFrame(
        {"reason": ["boilerplate line"] * 2, "story_id": ["1", "2"], "action": ["removed"] * 2}
    )
    text = _texts(cleaning_chart(report, stories))
    assert (
        f"{RLM}تُركت خارج الرسم صحيفة واحدة لم يُزل التنظيف منها سطراً ولم يُصلحه:\n"
        f"{RLM}الشرق الأوسط{RLM} (قصة واحدة)"
    ) in text
    # every group with a row drawn: nothing named
    report2 = pd.concat([report, report.assign(story_id="3")], ignore_index=True)
    assert "تُركت خارج الرسم" not in _texts(cleaning_chart(report2, stories))


def test_an_entity_heatmap_names_a_group_without_an_entity():
    counts = pd.DataFrame(
        {
            "outlet": ["sabq", "sabq"],
            "entity_id": ["e1", "e2"],
            "canonical": ["محمد", "علي"],
            "type": ["PERSON", "PERSON"],
            "count": [3, 2],
            "stories": [2, 1],
        }
    )
    fig = entity_heatmap(
        counts, "outlet", value="count", group_sizes={"sabq": 2, "aawsat": 1}, min_tokens=0
    )
    assert f"تُركت خارج الرسم صحيفة واحدة بلا كيان: الشرق الأوسط{RLM} (قصة واحدة)" in _texts(fig)
    # a group of no story is no group left out
    fig = entity_heatmap(
        counts, "outlet", value="count", group_sizes={"sabq": 2, "aawsat": 0}, min_tokens=0
    )
    assert "تُركت خارج الرسم" not in _texts(fig)


def test_the_scatter_note_counts_markers_and_the_words_their_labels_hold():
    import pytest

    from helpers.charts.scatter import named_phrase, unnamed_phrase
    from helpers.errors import ArgumentError

    # 11 of 16 markers named, their labels holding 14 words; 5 markers unnamed
    assert named_phrase(11, 16, 14) + unnamed_phrase(5) == (
        "سُمّيت 11 من 16 علامة لأكثر الكلمات تمييزاً، فيها 14 كلمة"
        "؛ 5 علامات بلا اسم: لا مكان لاسم قربها"
    )
    # one word a label: the words not repeated; 2 after من is oblique
    assert named_phrase(2, 2, 2) == "سُمّيت 2 من علامتين لأكثر الكلمات تمييزاً"
    with pytest.raises(ArgumentError, match="named_phrase"):
        named_phrase(3, 2, 3)
    with pytest.raises(ArgumentError, match="named_phrase"):
        named_phrase(2, 4, 1)
