"""Session 8's hostile tester: defects found in what the session built, fixed by the
lead. Values worked out by hand."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pytest

from helpers.charts import figure_alt
from helpers.display import visible_controls


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the ZWJ of an emoji sequence is part of one picture (Unicode TS #51): kept
        ("👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"),
        ("🏳\ufe0f\u200d🌈", "🏳\ufe0f\u200d🌈"),  # after the flag's VS16
        ("👍🏽\u200d👨", "👍🏽\u200d👨"),  # after a skin tone
        # a ZWJ anywhere else is hidden text: shown as its code
        ("a\u200db", "a⟨U+200D⟩b"),
        ("\u200d👨", "⟨U+200D⟩👨"),
        ("ي\u200cی", "ي⟨U+200C⟩ی"),
        ("abc\u202edef", "abc⟨U+202E⟩def"),
    ],
)
def test_visible_controls_keeps_emoji_sequences_whole(text, shown):
    assert visible_controls(text) == shown


def test_alt_text_of_a_users_own_categorical_bar_chart():
    # ax.barh(names, counts): matplotlib gives the ticks as a list, not an array
    fig, ax = plt.subplots()
    ax.barh(["الرياض", "جدة"], [3, 2])
    try:
        assert figure_alt(fig) == "رسم بياني بلا عنوان. التسميات: الرياض، جدة."
    finally:
        plt.close(fig)
