"""Session 12 (branch charts12): what users see in the charts and tables of a real run."""

from __future__ import annotations

import re

#: A number of four digits or more written without its thousands separator: «1000»,
#: not «1,000». Years stand alone as four digits («يوليو 2015»), so this reads only
#: the fixed texts of units and headers, where no year is written.
_BARE_THOUSANDS = re.compile(r"(?<![\d,])\d{4,}(?![\d,])")


def test_one_number_format_in_every_unit_and_header():
    """A rate per 1,000 words is written «لكل 1,000 كلمة» in every chart unit, heatmap
    cell, axis label and table header, as every count of a thousand or more is
    («20,290 قصة», :func:`helpers.charts.skeleton.counted`); «لكل 1000 كلمة» stood in
    the charts' axes and the tables' headers."""
    from helpers.charts import scatter, skeleton, views
    from helpers.display import column_labels
    from helpers.sections import PER_1000_LABEL

    texts = {
        **{f"column {k}": v for k, v in column_labels().items()},
        **{f"unit {k}": v for k, v in skeleton.UNITS.items()},
        **{f"heatmap unit {k}": v for k, v in views.HEATMAP_UNITS.items()},
        **{f"heatmap cell {k}": v for k, v in views.HEATMAP_CELLS.items()},
        "scatter axis": scatter.AXIS_LABEL,
        "sections": PER_1000_LABEL,
    }
    bare = {k: v for k, v in texts.items() if _BARE_THOUSANDS.search(v)}
    assert bare == {}
    assert skeleton.UNITS["per_1000"] == "لكل 1,000 كلمة"
    assert column_labels()["per_1000_target"] == "لكل 1,000 كلمة في الهدف"
    assert PER_1000_LABEL == "مرات الذكر لكل 1,000 كلمة"
    assert scatter.AXIS_LABEL.format("س") == "تكرار لكل 1,000 كلمة في «س»"
