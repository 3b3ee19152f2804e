"""Scraping artefacts: what a page's scripts leave in place of content (synthetic lines)."""

import json

import pytest

from helpers.corpus import load_corpus
from helpers.corpus.clean import LineCleaner, needs_repair, strip_artefacts
from helpers.errors import ArgumentError

FIX = "scraping artefact removed (Cloudflare email placeholder)"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # the placeholder and the script's empty comment, between words
        ("راسلونا على [email\u00a0protected] /* */ قبل الموعد", "راسلونا على قبل الموعد"),
        # in brackets, after a colon, with mailto: before it
        ("البريد ( [email protected] /* */ ) للتقديم", "البريد ( ) للتقديم"),
        ("البريد:mailto:[email protected] /* */ فقط", "البريد: فقط"),
        # the comment with the CDATA marks Cloudflare writes
        ("العنوان [email protected] /* <![CDATA[ */ وشكرا", "العنوان وشكرا"),
    ],
)
def test_placeholder_removed(line, kept):
    assert strip_artefacts(line) == (kept, [FIX])
    assert LineCleaner()(line).text == kept
    assert needs_repair(line) and needs_repair(line, block=True)


def test_other_text_kept():
    for line in ("قال إن البيانات protected ومحمية", "a /* note */ b", "المعادلة 3/4 * 2"):
        assert strip_artefacts(line) == (line, [])


def test_a_line_of_artefacts_only_is_dropped():
    got = LineCleaner()("[email protected] /* */")
    assert (got.text, got.drop, got.fixes) == ("", "scraping artefact only", (FIX,))


def test_report_row(tmp_path):
    body = "ترسل الطلبات إلى [email protected] /* */ خلال أسبوعين.\nوالتقديم متاح للجميع."
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"title": "وظائف", "body": body}, ensure_ascii=False), "utf-8")
    st, rep = load_corpus(path, return_report=True)
    assert st["body"][0] == "ترسل الطلبات إلى خلال أسبوعين.\n\nوالتقديم متاح للجميع."
    assert rep[["line", "reason", "action", "kept"]].values.tolist() == [
        [1, FIX, "repaired", "ترسل الطلبات إلى خلال أسبوعين."]
    ]
    assert st["repairs"][0] == [FIX]


def test_bad_argument():
    with pytest.raises(ArgumentError, match="strip_artefacts"):
        strip_artefacts(None)
