"""helpers.text.analyse_types: the per-type analysis other modules build keys from."""

import pytest

from helpers.errors import ArgumentError
from helpers.text import Analysis, analyse_types, tokenize


def test_fields_of_article_and_conjunction():
    got = analyse_types(["والعراق", "العراق", "في"])
    assert got["والعراق"] == Analysis("والعراق", "عراق", "و+ال", False, "word")
    assert got["العراق"] == Analysis("العراق", "عراق", "ال", False, "word")
    assert got["في"] == Analysis("في", "في", "", True, "word")


def test_kinds_of_other_tokens():
    got = analyse_types(["COVID19", "2024", "www.example.com", "أ.ف.ب"])
    assert got["COVID19"] == Analysis("COVID19", "covid19", "", False, "latin")
    assert got["2024"].kind == "number"
    assert got["www.example.com"].kind == "url"
    assert got["أ.ف.ب"] == Analysis("ا.ف.ب", "ا.ف.ب", "", False, "abbrev")


def test_types_attest_each_other_and_attested_adds_evidence():
    # لبشار splits only where بشار is seen on its own (corpus attestation)
    assert analyse_types(["لبشار", "بشار"])["لبشار"].base == "بشار"
    assert analyse_types(["لبشار"], attested=["بشار"])["لبشار"].clitics == "ل"


def test_same_keys_as_tokenize():
    text = "وقال لافروف للصحفيين في موسكو، إن بلاده والعراق اتفقا."
    toks = tokenize(text)
    got = analyse_types(list(toks["surface"]))
    for row in toks.itertuples():
        a = got[row.surface]
        assert (a.norm, a.base, a.clitics, a.is_stop, a.kind) == (
            row.norm,
            row.base,
            row.clitics,
            row.is_stop,
            row.kind,
        )


@pytest.mark.parametrize("bad", ["والعراق", ["ok", 3], ["two words"], [""]])
def test_bad_types_raise_argument_error(bad):
    with pytest.raises(ArgumentError, match=r"^analyse_types: "):
        analyse_types(bad)
