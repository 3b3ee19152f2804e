"""Optional NER backends that return the same mentions table as the offline recogniser.

``backend="camel"`` uses CAMeL Tools' Arabic BERT NER model (Obeid et al. 2020,
"CAMeL Tools: An Open Source Python Toolkit for Arabic Natural Language Processing",
LREC; model ``CAMeL-Lab/bert-base-arabic-camelbert-msa-ner``). khabar does not require
it and never downloads it: install it yourself where you have network access::

    pip install camel-tools
    camel_data -i ner-arabert     # or the data package your camel-tools version names

Its labels (PERS, ORG, LOC, MISC in BIO tags) are mapped to PERSON, ORG, LOC; MISC is
dropped. Its entities carry ids ``camel:<TYPE>:<normalised surface>`` (no gazetteer
linking, no aliases); ``method`` is ``"camel"``.
"""

from __future__ import annotations

import pandas as pd

from helpers.errors import KhabarError

__all__ = ["BackendUnavailableError", "camel_entities"]

_MAP = {"PERS": "PERSON", "ORG": "ORG", "LOC": "LOC"}


class BackendUnavailableError(KhabarError, ImportError):
    """An optional NER backend (camel-tools and its model) is not installed."""


def _load_camel():
    try:
        from camel_tools.ner import NERecognizer  # type: ignore[import-not-found]
    except ImportError as exc:
        raise BackendUnavailableError(
            "backend='camel' needs camel-tools, which is not installed",
            hint="pip install camel-tools and its NER data, or use the default backend='khabar'",
        ) from exc
    try:
        return NERecognizer.pretrained()
    except Exception as exc:  # the model data is missing: camel-tools raises its own types
        raise BackendUnavailableError(
            f"camel-tools is installed but its NER model could not be loaded ({exc})",
            hint="install the NER data package with camel_data, or use backend='khabar'",
        ) from exc


def camel_entities(stories: pd.DataFrame, *, zones=("title", "caption", "body")) -> pd.DataFrame:
    """Mentions from CAMeL Tools' NER model, in the mentions table of extract_entities.

    Raises
    ------
    BackendUnavailableError
        camel-tools or its NER model is not installed.
    """
    from helpers.corpus import zones as make_zones
    from helpers.entities.extract import MENTION_COLUMNS, empty_mentions
    from helpers.text import normalize
    from helpers.text.tokenize import iter_tokens

    ner = _load_camel()
    rows = []
    for sid, zone, text in make_zones(stories, include=zones).itertuples(index=False):
        toks = [(s, e, w) for s, e, w, _kind, _a, _b in iter_tokens(text)]
        labels = ner.predict_sentence([w for _s, _e, w in toks]) if toks else []
        spans: list[list] = []
        for (s, e, _w), lab in zip(toks, labels, strict=True):
            tag, _, typ = lab.partition("-")
            if tag == "I" and spans and spans[-1][3] and spans[-1][2] == typ:
                spans[-1][1] = e
                continue
            if spans:
                spans[-1][3] = False  # closed
            if tag == "B" and typ in _MAP:
                spans.append([s, e, typ, True])
        for s, e, typ, _open in spans:
            rows.append((sid, zone, s, e, text[s:e], _MAP[typ]))
    if not rows:
        return empty_mentions()
    out = pd.DataFrame(rows, columns=["story_id", "zone", "start", "end", "surface", "type"])
    out["entity_id"] = [
        f"camel:{t}:{normalize(s)}" for t, s in zip(out["type"], out["surface"], strict=True)
    ]
    out["canonical"] = out["surface"].map(normalize)
    out["method"] = "camel"
    out["form"] = ["adjective" if t == "NORP" else "name" for t in out["type"]]
    out["written"] = out["surface"]  # the model's span: no proclitic analysis to undo
    return out[list(MENTION_COLUMNS)].astype(MENTION_COLUMNS)
