"""Property-based tests across the pipeline (hypothesis): corpus -> text -> freq -> entities."""

import itertools
import json
import warnings

import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from helpers.corpus import load_corpus, zones
from helpers.freq import count_terms, term_frequencies
from helpers.text import normalize, tokenize, tokenize_zones

PROPS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
SLOW_PROPS = settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# Arabic letters, hamza/alef variants, harakat, tatweel, Persian letters, both digit sets,
# presentation forms, joiners and marks, punctuation, Latin and spaces.
ARABIC_ALPHABET = st.sampled_from(
    list("ابتثجحخدذرسشصضطظعغفقكلمنهوي")
    + list("أإآٱءؤئىة")
    + ["\u064b", "\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0670", "\u0640"]
    + list("پچژگکی")
    + list("٠١٢٣٤٥٦٧٨٩0123456789۴")
    + ["\ufefb", "\ufe8d", "\ufdf2", "\u200c", "\u200d", "\u200f", "\u200e", "\u061c"]
    + list("،؛؟.!«»:()-\"' \n")
    + list("abcXYZ")
)
ARABIC_TEXT = st.text(ARABIC_ALPHABET, max_size=80)
ANY_TEXT = st.one_of(ARABIC_TEXT, st.text(max_size=40))
OPTIONS = st.fixed_dictionaries(
    {},
    optional={
        k: st.booleans()
        for k in ("diacritics", "tatweel", "alef", "maqsura", "teh_marbuta", "digits")
    },
)


@PROPS
@given(ANY_TEXT, OPTIONS)
def test_normalize_is_idempotent(text, options):
    once = normalize(text, **options)
    assert normalize(once, **options) == once


@PROPS
@given(ANY_TEXT)
def test_token_offsets_slice_back_and_do_not_overlap(text):
    tokens = tokenize(text)
    prev_end = 0
    for start, end, surface in tokens[["start", "end", "surface"]].itertuples(index=False):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == surface
        assert start >= prev_end
        prev_end = end


_NEWS = (
    "قال وزير الخارجية العراقي والعراق بالعراق إن الحكومة ستعقد اجتماعا مع الوفد الروسي "
    "في بغداد وموسكو الأسبوع المقبل لبحث التعاون الاقتصادي بين البلدين وأكد المتحدث "
    "للصحافيين أن المفاوضات مستمرة رغم الخلافات 2019 ٢٠٢٠ «نعم» ، ؟ ."
)
WORDS = _NEWS.split(" ")


@st.composite
def stories_and_split(draw):
    n = draw(st.integers(1, 8))
    stories = []
    for i in range(n):
        title = f"عنوان {i} " + " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1)))
        paras = [
            f"فقرة {i}-{j} " + " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1)))
            for j in range(draw(st.integers(1, 4)))
        ]
        stories.append((title, paras))
    cuts = sorted(draw(st.sets(st.integers(1, n - 1), max_size=n - 1)) if n > 1 else [])
    return stories, cuts


def _asharq(title, paras):
    return f"{title}\nTT\n{title}\n" + "\n".join(paras) + "\n\n"


def _counts(folder):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        st_ = load_corpus(folder)
    tokens = tokenize_zones(zones(st_))
    tf = term_frequencies(tokens, by=None)
    streamed = count_terms(st_["title"].tolist() + st_["body"].tolist(), progress=False)
    key = ["term", "label", "count"]
    return (
        tf[key].sort_values("term").reset_index(drop=True),
        streamed[key].sort_values("term").reset_index(drop=True),
        st_,
    )


@SLOW_PROPS
@given(stories_and_split(), st.sampled_from(["txt", "jsonl"]))
def test_term_counts_do_not_depend_on_how_the_corpus_is_split(tmp_path_factory, gen, fmt):
    stories, cuts = gen
    one = tmp_path_factory.mktemp("one")
    many = tmp_path_factory.mktemp("many")
    if fmt == "txt":
        (one / "all.txt").write_text("".join(_asharq(*s) for s in stories), encoding="utf-8")
    else:
        (one / "all.jsonl").write_text(
            "".join(json.dumps({"title": t, "body": "\n".join(p)}) + "\n" for t, p in stories),
            encoding="utf-8",
        )
    bounds = [0, *cuts, len(stories)]
    for k, (a, b) in enumerate(itertools.pairwise(bounds)):
        sub = many / f"part{k:02d}"
        sub.mkdir()
        # alternate the format of the parts: splitting across file types changes nothing
        if k % 2 == 0:
            (sub / "s.txt").write_text("".join(_asharq(*s) for s in stories[a:b]), encoding="utf-8")
        else:
            (sub / "s.jsonl").write_text(
                "".join(
                    json.dumps({"title": t, "body": "\n".join(p)}) + "\n" for t, p in stories[a:b]
                ),
                encoding="utf-8",
            )
    tf1, streamed1, st1 = _counts(one)
    tf2, streamed2, st2 = _counts(many)
    assert st1["title"].tolist() == st2["title"].tolist() == [t for t, _ in stories]
    assert len(st2) == len(stories)
    pd.testing.assert_frame_equal(tf1, tf2)
    pd.testing.assert_frame_equal(streamed1, streamed2)
    assert tf1["count"].sum() > 0


# --- entities ------------------------------------------------------------------------

NAMES = [
    "بشار الأسد",
    "لافروف",
    "سيرغي لافروف",
    "العراق",
    "والعراق",
    "بالعراق",
    "موسكو",
    "بغداد",
    "الأمم المتحدة",
    "روسيا",
    "الروسي",
    "العراقي",
    "محمد علي الحكيم",
    "الحكيم",
    "دمشق",
    "سوريا",
    "السوريين",
]


@pytest.fixture(scope="module")
def gazetteer():
    from helpers.entities import load_gazetteer

    return load_gazetteer()


@st.composite
def entity_stories(draw):
    """Stories mixing gazetteer names, clitics and news words; half the zones end in "."."""
    pool = st.sampled_from(NAMES + WORDS)
    rows = []
    for i in range(draw(st.integers(1, 3))):
        stop = draw(st.sampled_from(["", "."]))
        title = " ".join(draw(st.lists(pool, min_size=1, max_size=8))) + stop
        body = "\n\n".join(
            " ".join(draw(st.lists(pool, min_size=1, max_size=25))) + stop
            for _ in range(draw(st.integers(1, 3)))
        )
        captions = [" ".join(draw(st.lists(pool, min_size=1, max_size=6))) + stop]
        rows.append(
            {
                "story_id": f"s-{i:02d}",
                "title": title,
                "body": body,
                "paragraphs": body.split("\n\n"),
                "captions": captions,
            }
        )
    return pd.DataFrame(rows)


@SLOW_PROPS
@given(entity_stories())
def test_entity_mentions_lie_inside_their_zone_and_never_overlap(gazetteer, stories):
    from helpers.entities import extract_entities

    mentions = extract_entities(stories, gazetteer)
    assume(len(mentions) > 0)
    texts = {(r.story_id, r.zone): r.text for r in zones(stories).itertuples(index=False)}
    for (sid, zone), group in mentions.groupby(["story_id", "zone"], sort=False):
        text = texts[(sid, zone)]
        prev_end = 0
        for m in group.sort_values("start").itertuples(index=False):
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.surface
            assert m.start >= prev_end, f"overlap at {m.start} in {sid}/{zone}"
            prev_end = m.end
    assert set(mentions["type"]) <= {"PERSON", "ORG", "LOC", "NORP"}


def test_zone_ending_in_a_title_word(gazetteer):
    """Found by the property above: a zone ending on a title word raised IndexError."""
    from helpers.entities import extract_entities

    stories = pd.DataFrame(
        [{"story_id": "s-00", "title": "بشار الأسد", "body": "قال وزير", "captions": ["وزير"]}]
    )
    mentions = extract_entities(stories, gazetteer)
    assert mentions[["zone", "surface"]].values.tolist() == [["title", "بشار الأسد"]]
