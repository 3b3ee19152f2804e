"""The rules package keeps the single ``rules.py``'s public names (session 13 split it).

A hostile tester found ``from helpers.entities.rules import CONSTRUCT_NOUNS`` raising
ImportError after the split: 59 of the old module's 100 public names were not
re-exported. These are names of the old module, read from its source at b8a370b.
"""

from __future__ import annotations

import importlib

import pytest
from entity_stories import mention_rows

import helpers.entities.rules as rules
from helpers.entities.rules import lexicons, spans


def test_every_name_in_all_resolves():
    assert all(hasattr(rules, name) for name in rules.__all__)


def test_names_of_the_single_module_still_import():
    for name, module in [
        ("CONSTRUCT_NOUNS", "spans"),
        ("WEEKDAYS", "lexicons"),
        ("TITLE_NAMES", "lexicons"),
        ("KIN_NOUNS", "context"),
        ("foreign_cue", "context"),
        ("field_tail", "bodies"),
        ("surname_company", "names"),
        ("APPOSITION_ROLES", "people"),
    ]:
        defined = getattr(importlib.import_module(f"helpers.entities.rules.{module}"), name)
        assert getattr(rules, name) is defined, name
        assert name in rules.__all__


def test_a_list_is_the_one_object_its_rules_read():
    # one frozenset, bound by the modules that read it: editing lexicons.py extends it
    assert rules.NOT_NAMES is lexicons.NOT_NAMES
    # the switch is read where it is defined (DEVELOPING names rules.spans.SKIP_HEADLESS)
    assert "SKIP_HEADLESS" in vars(spans) and spans.SKIP_HEADLESS is True


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("استقبل الأمير محمد بن نايف السفير.", "محمد بن نايف"),
        ("استقبل ولي العهد الأمير محمد بن نايف الوزير.", "محمد بن نايف"),
        ("استقبل الأمير سلطان بن سلمان السفير.", "سلطان بن سلمان"),
    ],
)
def test_a_royal_chain_takes_no_title_as_its_family_name(body, name):
    """A hostile tester's sentence, common in Saudi news: after استقبل the title at the
    clause's end is the verb's object (the name was «محمد بن نايف السفير»). A royal
    chain closes with «آل X»; a commoner's patronymic may still close with a title word
    (محمد بن عبدالله المرشد، tests/test_entities_persons8.py)."""
    assert [s for s, _t in mention_rows((body,), "PERSON", ("surface", "type"))] == [name]
