"""Session 9: ``rules.rule_spans`` skips a word that heads no rule (``_rule_heads``, for
speed); with the skip off it reads every word. The mentions must be the same: a rule
that starts at a word missing from ``_rule_heads`` would lose its spans here."""

from __future__ import annotations

import pandas as pd
import pytest
from entity_stories import stories

import helpers.entities.rules as rules
from helpers.corpus import load_corpus
from helpers.display import PROJECT_ROOT
from helpers.entities import extract_entities

#: one sentence for each kind of rule of rule_spans (a head word each)
RULE_KINDS = (
    "وقال ترودو إن الحكومة ستدرس الأمر، بينما ميركل أكدت ذلك.",
    "وصل الرئيس الفرنسي إيمانويل ماكرون، والتقى وزير الخارجية الشيباني.",
    "وحضر الروماني لازلو بولوني المباراة.",
    "وقال محمد بن سلمان بن عبدالعزيز إن جلال الدين الرومي شاعر.",
    "وأقدم مقرب بن سعد بن علي الثنيان على ذلك، وحضر عبدربه منصور هادي.",
    'وقعت شركة ZTE عقدا مع شركة «إي إف جي هيرميس» ومع جمعية "كلانا".',
    "أعلنت الإدارة العامة للتعليم بمنطقة الرياض، وصحة جدة، وإمارة منطقة نجران.",
    "درس في جامعة الملك سعود وصلى في مسجد الأمير عبدالرحمن بن سعود.",
    "زار الجمهورية الإيرانية ثم المملكة المغربية.",
    "قالت الشبكة السورية لحقوق الإنسان إن الحكومة العراقية والجيش السوري تقدما.",
    "افتتحت شركة إبراهيم الجفالي وإخوانه للإطارات فرعا في مدينة دمشق.",
    "وصرح مدير هيئة السياحة لتنمية القطاع بأن مركز الملك عبدالله للدراسات جاهز.",
)


def _both(table: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    try:
        rules.SKIP_HEADLESS = True
        skipped = extract_entities(table)
        rules.SKIP_HEADLESS = False
        every = extract_entities(table)
    finally:
        rules.SKIP_HEADLESS = True
    return skipped, every


@pytest.mark.parametrize("which", ["rule kinds", "embedded stories"])
def test_skipping_headless_words_changes_no_mention(which):
    table = (
        stories(*RULE_KINDS)
        if which == "rule kinds"
        else load_corpus(PROJECT_ROOT / "data" / "raw")
    )
    skipped, every = _both(table)
    pd.testing.assert_frame_equal(skipped, every)
    # the rules did fire: a test of nothing would pass too
    assert (every["method"] == "rule").sum() >= (10 if which == "rule kinds" else 1)
