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
from helpers.entities.rules import lexicons as rules_lexicons
from helpers.entities.rules import spans as rules_spans

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
        rules_spans.SKIP_HEADLESS = True
        skipped = extract_entities(table)
        rules_spans.SKIP_HEADLESS = False
        every = extract_entities(table)
    finally:
        rules_spans.SKIP_HEADLESS = True
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


def _head_tests(heads: frozenset[str]) -> dict[str, list[str]]:
    """The head words the ORG and LOC rules of ``rules.rule_spans`` test that ``heads``
    lacks: ``{set name: sorted missing keys}``.

    Read from the code (:mod:`ast`): every ``k in NAME`` / ``k == NAME`` (``k``, the
    token's key) after the ``ORG_LOC_HEADS`` gate of the loop, and the same tests on the
    key of the head token (``z.key[i]``, or a name set from it) in the package's functions
    called there with ``i`` as their second argument (``_patronymic_namesake(z, i,
    ...)``). ``NAME`` is a module constant of the package: a set of keys or one key."""
    import ast
    import importlib
    import inspect
    import pkgutil

    modules = [
        importlib.import_module(f"{rules.__name__}.{m.name}")
        for m in pkgutil.iter_modules(rules.__path__)
    ]
    funcs = {
        f.name: f
        for module in modules
        for f in ast.parse(inspect.getsource(module)).body
        if isinstance(f, ast.FunctionDef)
    }
    constants = {k: v for module in modules for k, v in vars(module).items() if k.isupper()}

    def gated_part(func: ast.FunctionDef) -> list[ast.stmt]:
        for node in ast.walk(func):
            if isinstance(node, ast.For):
                for n, stmt in enumerate(node.body):
                    if "ORG_LOC_HEADS" in ast.unparse(getattr(stmt, "test", ast.Pass())):
                        return node.body[n + 1 :]
        raise AssertionError("rule_spans has no ORG_LOC_HEADS gate in its loop")

    def tested(nodes, head_names: set[str], index: str) -> set[str]:
        found = set()
        for node in (n for top in nodes for n in ast.walk(top)):
            if isinstance(node, ast.Assign) and ast.unparse(node.value) == f"z.key[{index}]":
                head_names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        for node in (n for top in nodes for n in ast.walk(top)):
            if not isinstance(node, ast.Compare):
                continue
            left = ast.unparse(node.left)
            if left not in head_names and left != f"z.key[{index}]":
                continue
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, ast.In | ast.Eq) and isinstance(right, ast.Name):
                    found.add(right.id)
        return found

    body = gated_part(funcs["rule_spans"])
    names = tested(body, {"k"}, "i")
    for node in (n for top in body for n in ast.walk(top)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in funcs
            and len(node.args) > 1
            and ast.unparse(node.args[1]) == "i"
        ):
            f = funcs[node.func.id]
            names |= tested(f.body, set(), f.args.args[1].arg)
    missing = {}
    for name in sorted(names):
        value = constants[name]
        words = {value} if isinstance(value, str) else set(value)
        if words - heads:
            missing[name] = sorted(words - heads)
    return missing


def test_every_head_an_org_or_loc_rule_tests_passes_the_gate():
    """A new ORG/LOC rule whose head set is not in ``rules.ORG_LOC_HEADS`` would never
    run (the gate skips its words): this fails naming the set and its missing keys."""
    assert _head_tests(rules.ORG_LOC_HEADS) == {}


def test_the_head_check_names_a_set_left_out_of_the_gate():
    """The check above can fail: without PART_HEADS (إدارة، أمانة) and the court key
    (محكمة) the gate misses exactly those three keys, named under their sets."""
    got = _head_tests(rules.ORG_LOC_HEADS - rules.PART_HEADS - {rules_lexicons._COURT})
    assert got["PART_HEADS"] == ["اداره", "امانه"]
    assert got["_COURT"] == ["محكمه"]
    assert {w for words in got.values() for w in words} == {"اداره", "امانه", "محكمه"}
