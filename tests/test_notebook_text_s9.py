"""Arabic examples in the notebooks' narrative read the right way (a newcomer read
«(مخطط → مخطَّط)» backwards in the HTML export of notebook 02)."""

from __future__ import annotations

import json
import re

from helpers.notebooks import PROJECT_ROOT

#: An arrow (or another neutral sign of direction) with Arabic letters on both sides: the
#: bidi algorithm draws the three right to left, so → then points from the result to
#: the source. Write the example in words instead (مخطَّط is counted as مخطط).
ARROW_BETWEEN_ARABIC = re.compile(r"[\u0600-\u06ff][^\w\n`]*[→⇒←⇐][^\w\n`]*[\u0600-\u06ff]")


def test_no_arrow_between_two_arabic_words_in_the_notebooks_narrative():
    found = []
    for path in sorted((PROJECT_ROOT / "notebooks").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] == "markdown":
                text = "".join(cell["source"])
                found += [(path.name, m.group()) for m in ARROW_BETWEEN_ARABIC.finditer(text)]
    assert found == []


def test_the_pattern_finds_the_reversed_example():
    assert ARROW_BETWEEN_ARABIC.search("diacritics (مخطَّط → مخطط)")
    assert ARROW_BETWEEN_ARABIC.search("(أ إ آ → ا)")
    # Arabic to a Latin code reads left to right and stays
    assert not ARROW_BETWEEN_ARABIC.search("الروسي → `country:RU`")
