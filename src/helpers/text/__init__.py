"""Arabic text: normalisation, tokenisation with clitics, stopwords, stemming.

Public API::

    analyse_types(types, attested=(), known=(), **options) -> {surface: Analysis}
        Analysis = (norm, base, clitics, is_stop, kind): the one per-type analysis
        (NFC, normalisation, proclitics, stopword) every module takes term keys from
    Analyser(attested=(), known=(), cache=True, **options)
        (surface, kind=None) -> Analysis      cached per process where lexicon-only
        .attest(surfaces)                     corpus attestation (second signal)
        .reading(surface) -> Reading(clitics, base, form, peeled, definite)
    letter_offset(surface, letters) -> int    surface index after n letters (marks skipped)
    kind_of(surface) -> str                   token kind of one surface
    normalize(text, **options) -> str         (NFC first; helpers.text.normalize)
    nfc(text) -> str
    tokenize(text, known=(), **options)  -> tokens table   (helpers.text.tokenize)
    tokenize_zones(zones, include=...)   -> tokens table with story_id, zone
    tokenize_texts(texts, known=())      -> per text, the tokens table's columns (lists)
    raw_tokens(texts, known=())          -> (per text, its tokens before analysis; the analyser)
    stopwords(), is_stopword(base), reporting_verbs(), reporting_words()
    display_stopwords()   stopwords + reporting verbs + name parts + display_added.tsv
    optional_stopwords(*names)   keys of lists a user may drop: weekdays, generic
    formula_rows(), formulas(), is_formula(ngram)   titles of address, eulogies (formulas.tsv)
    formula_words()       the words that stand for a formula alone (formulas.tsv)
    formula_ends()        last words of eulogies and invocations: a phrase ends there
    connectives(), is_connective(ngram)   discourse connective phrases (connectives.tsv)
    title_pairs()         (word, next) key pairs inside a title: the word is no term there
    function_words(), name_parts()
    quote_words()         {list: words} read by their role around a quotation
                          (data/quote_words.tsv; helpers.quotes, entities.rules)
    spelling_variants(), canonical_key(key)   house spellings -> one key (data TSV)
    bare_spelling_variants()   the same, only without the article (سورية, not السورية)
    article_keys()        keys that keep a written article (الأحد Sunday, not أحد)
    stem(words)                          -> Snowball stems (exploration only)
    has_article(light, at=0)             -> bool: the article ال is written there
    CliticSplitter, PROCLITIC_LETTERS, ARTICLE_ALEFS   (helpers.text.clitics)
    pronoun_suffixes(which)  -> the one list of pronoun suffixes, a named subset
                                (noun, verb, third, speech; data/pronoun_suffixes.tsv)
    helpers.text.lexicon.zipf(form), lexicon()         (wordfreq, loaded lazily)

The tokens table's columns are listed in :data:`TOKEN_COLUMNS` and in DEVELOPING.md.
"""

from helpers.text.analyse import Analyser, Analysis, analyse_types, letter_offset
from helpers.text.clitics import (
    ARTICLE_ALEFS,
    PROCLITIC_LETTERS,
    CliticSplitter,
    Reading,
    has_article,
    pronoun_suffixes,
)
from helpers.text.normalize import DEFAULTS, nfc, normalize, normalizer_table
from helpers.text.quoting import quote_words
from helpers.text.spelling import (
    article_keys,
    bare_spelling_variants,
    canonical_key,
    spelling_variants,
)
from helpers.text.stem import stem
from helpers.text.stopwords import (
    connectives,
    display_stopwords,
    formula_ends,
    formula_rows,
    formula_words,
    formulas,
    function_words,
    is_connective,
    is_formula,
    is_stopword,
    name_parts,
    optional_stopwords,
    reporting_verbs,
    reporting_words,
    stopwords,
    title_pairs,
)
from helpers.text.tokenize import (
    TOKEN_COLUMNS,
    iter_tokens,
    kind_of,
    raw_tokens,
    tokenize,
    tokenize_texts,
    tokenize_zones,
)

__all__ = [
    "ARTICLE_ALEFS",
    "DEFAULTS",
    "PROCLITIC_LETTERS",
    "TOKEN_COLUMNS",
    "Analyser",
    "Analysis",
    "CliticSplitter",
    "Reading",
    "analyse_types",
    "article_keys",
    "bare_spelling_variants",
    "canonical_key",
    "connectives",
    "display_stopwords",
    "formula_ends",
    "formula_rows",
    "formula_words",
    "formulas",
    "function_words",
    "has_article",
    "is_connective",
    "is_formula",
    "is_stopword",
    "iter_tokens",
    "kind_of",
    "letter_offset",
    "name_parts",
    "nfc",
    "normalize",
    "normalizer_table",
    "optional_stopwords",
    "pronoun_suffixes",
    "quote_words",
    "raw_tokens",
    "reporting_verbs",
    "reporting_words",
    "spelling_variants",
    "stem",
    "stopwords",
    "title_pairs",
    "tokenize",
    "tokenize_texts",
    "tokenize_zones",
]
