"""Words read by their role around a quotation: ``data/quote_words.tsv``.

The one reader of that file (:func:`quote_words`). It lives in the text layer because
two modules below it read the same words: :mod:`helpers.quotes` (every list: designators,
statement nouns, words that end a speaker phrase...) and :mod:`helpers.entities.rules`
(the verbal noun of speech, ``qawl``: قوله، قولها never continue a name, ونقلت عن الملك
فيصل قوله). What each list means: the file's header.
"""

from __future__ import annotations

from functools import lru_cache

from helpers.errors import CorpusFormatError
from helpers.text.normalize import normalize

__all__ = ["quote_words"]


@lru_cache(maxsize=1)
def quote_words() -> dict[str, frozenset[str]]:
    """The word lists of ``helpers/text/data/quote_words.tsv`` (the one place for the words
    read by their role around a quotation: :mod:`helpers.quotes` reads them all,
    :mod:`helpers.entities.rules` the verbal noun of speech, ``qawl``): ``{list name: normalised
    forms}`` for the lists ``designator``, ``statement``, ``phrase_stop``, ``lead_skip``,
    ``after_quote``, ``honorific``, ``issued``, ``name_preposition``, ``qawl``,
    ``role``, ``complementiser``, ``name_particle``, ``source``, ``organisation``,
    ``negation``, ``seat``, ``style``, ``impersonal``, ``kin``, ``player``,
    ``text_verb``, ``relay``, ``relay_adverb``, ``suffix_host``, ``clitic_host``,
    ``blessing``, ``initial``, ``media``,
    ``ascribe``, ``time_word``, ``time_adjective``, ``partitive``, ``relative``, ``conduct``,
    ``interrogative``, ``deem``, ``demonstrative``, ``god_name``, ``aspect_verb``,
    ``person``, ``document``, ``everyone``, ``platform``, ``naming``, ``contrast``,
    ``speaking``, ``telling``, ``hearer`` and ``answer``
    (what each means: the file's header; ``blessing`` is the first words of the eulogies
    of ``formulas.tsv``, :func:`helpers.text.formula_rows`).
    Forms are normalised with :func:`helpers.text.normalize` (default options).

    Raises
    ------
    helpers.errors.CorpusFormatError
        A row of the file has no list or names a list not above (the file is part of
        the package: a broken install or edit).
    helpers.errors.ArgumentError
        A damaged row of ``formulas.tsv`` (:func:`helpers.text.formula_rows`).
    """
    from helpers.io import read_data_rows
    from helpers.text.stopwords import EULOGY_CLASS, formula_rows

    _, rows = read_data_rows(
        "helpers.text", "quote_words.tsv", ("word", "lists"), error=CorpusFormatError
    )
    names = [
        "designator",
        "statement",
        "phrase_stop",
        "lead_skip",
        "after_quote",
        "honorific",
        "issued",
        "name_preposition",
        "qawl",
        "role",
        "complementiser",
        "name_particle",
        "source",
        "organisation",
        "negation",
        "seat",
        "style",
        "impersonal",
        "kin",
        "person",
        "player",
        "aspect_verb",
        "text_verb",
        "relay",
        "relay_adverb",
        "suffix_host",
        "clitic_host",
        "initial",
        "media",
        "ascribe",
        "time_word",
        "time_adjective",
        "partitive",
        "relative",
        "conduct",
        "interrogative",
        "deem",
        "demonstrative",
        "god_name",
        "document",
        "everyone",
        "platform",
        "naming",
        "contrast",
        "speaking",
        "telling",
        "hearer",
        "answer",
    ]
    out: dict[str, set[str]] = {n: set() for n in names}
    for word, lists in rows:
        if any(x not in out for x in lists.split()):
            raise CorpusFormatError(
                f"helpers/text/data/quote_words.tsv: the lists of {word!r} ({lists!r}) are not "
                f"among {', '.join(names)}"
            )
        for x in lists.split():
            out[x].add(normalize(word))
    # the blessings are the eulogies of formulas.tsv (the one list of formulas): their
    # first words (رحمه، صلى، رضي، حفظه)
    out["blessing"] = {
        normalize(p.split()[0]) for p, c, _ in formula_rows() if c.startswith(EULOGY_CLASS)
    }
    return {k: frozenset(v) for k, v in out.items()}
