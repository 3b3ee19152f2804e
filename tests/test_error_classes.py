"""Each kind of bad input raises the error class DEVELOPING.md names for it."""

import pandas as pd
import pytest

from helpers.errors import ArgumentError, CorpusFormatError, CorpusNotFoundError
from helpers.freq import count_terms, term_frequencies, term_labels
from helpers.text import normalize, tokenize, tokenize_zones


def test_wrong_argument_types_are_argument_errors():
    with pytest.raises(ArgumentError, match=r"normalize\(\) needs a str, got NoneType"):
        normalize(None)
    with pytest.raises(ArgumentError, match="unknown option"):
        normalize("نص", no_such_step=True)
    with pytest.raises(ArgumentError, match="expected a str to tokenise, got int"):
        tokenize(5)
    with pytest.raises(ArgumentError, match="expected str or path items, got int"):
        count_terms([5])


def test_tables_of_the_wrong_shape_are_format_errors():
    with pytest.raises(CorpusFormatError, match=r"lacks column\(s\) \['story_id', 'text'\]"):
        tokenize_zones(pd.DataFrame({"zone": ["body"]}))
    with pytest.raises(CorpusFormatError, match="term_frequencies: the tokens table lacks"):
        term_frequencies(pd.DataFrame({"surface": ["نص"]}))
    with pytest.raises(CorpusFormatError, match="term_labels: the tokens table lacks"):
        term_labels(pd.DataFrame({"base": ["نص"]}))


def test_missing_file_in_count_terms(tmp_path):
    with pytest.raises(CorpusNotFoundError, match="file not found") as e:
        count_terms([tmp_path / "gone.txt"])
    assert "gone.txt" in str(e.value)
