"""Session 23 (hostile23): a hostile tester's defects, each fixed as a kind.
Every expected value below is worked out by hand from the rule it tests."""

import unicodedata

import pandas as pd
import pytest

from helpers.charsets import BIDI_CONTROLS
from helpers.entities import extract_entities, load_gazetteer
from helpers.entities.gazetteer import read_gazetteer_csv
from helpers.errors import GazetteerError

HEADER = "entity_id,canonical,type,aliases,wikidata\n"

# ------------------- 1. a curated gazetteer's names: no bidi control, shown as written


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
@pytest.mark.parametrize("column", ["entity_id", "canonical", "aliases"])
def test_a_bidi_control_in_any_gazetteer_field_is_refused_naming_file_line_and_column(
    tmp_path, control, column
):
    row = {"entity_id": "org:q", "canonical": "مجموعة قمرية", "aliases": "قمرية"}
    row[column] = row[column][:3] + control + row[column][3:]
    path = tmp_path / "mine.csv"
    path.write_text(
        HEADER + f"{row['entity_id']},{row['canonical']},ORG,{row['aliases']},\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(path)
    code = f"U+{ord(control):04X}"
    assert str(err.value) == f"{path}, line 2: bidi control {code} in column {column}"


def test_a_control_character_is_still_named_as_one(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "org:q,مجموعة\x00 قمرية,ORG,,\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as err:
        read_gazetteer_csv(path)
    assert str(err.value) == f"{path}, line 2: control character U+0000 in column canonical"


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        # presentation forms (a PDF's or a reshaper's glyphs): the base letters
        ("\ufee3\ufea0\ufee4\ufeee\ufecb\ufe94 \ufed7\ufee4\ufeae\ufef3\ufe94", "مجموعة قمرية"),
        ("\ufefb\ufee3\ufecc\ufe94", "لامعة"),  # the lam-alef ligature is two letters
        # NFD: ي + U+0654 is the seat ئ, ا + U+0654 is أ, ا + U+0655 is إ
        (unicodedata.normalize("NFD", "رئيس مؤتمر إقليمي"), "رئيس مؤتمر إقليمي"),
        # as typed: diacritics, tatweel, alef forms, a Persian letter, ZWNJ
        ("عمّان", "عمّان"),
        ("مجمـوعة أمل", "مجمـوعة أمل"),
        ("علی\u200cکریمی", "علی\u200cکریمی"),
    ],
)
def test_a_canonical_name_is_shown_in_nfc_with_presentation_forms_as_letters(
    tmp_path, typed, shown
):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + f"org:q,{typed},ORG,,\n", encoding="utf-8")
    table = read_gazetteer_csv(path)
    assert table["canonical"].tolist() == [shown]
    assert table["aliases"].tolist()[0][0] == shown


def test_a_presentation_form_name_is_one_canonical_with_the_text_s_letters(tmp_path):
    # the mention of the name typed in ordinary letters carries the same canonical
    forms = "\ufee3\ufea0\ufee4\ufeee\ufecb\ufe94 \ufed7\ufee4\ufeae\ufef3\ufe94"
    (tmp_path / "mine.csv").write_text(HEADER + f"org:q,{forms},ORG,,\n", encoding="utf-8")
    stories = pd.DataFrame(
        {"story_id": ["s1"], "title": [""], "body": ["أعلنت مجموعة قمرية اليوم نتائجها."]}
    )
    mentions = extract_entities(stories, gazetteer=load_gazetteer(tmp_path))
    mine = mentions[mentions["entity_id"] == "org:q"]
    assert mine[["surface", "canonical"]].values.tolist() == [["مجموعة قمرية", "مجموعة قمرية"]]


# ------------------- 3. a name typed with a Farsi yeh matches its Arabic spelling too


@pytest.mark.parametrize(
    ("canonical", "listed", "aliases"),
    [
        # every ی (U+06CC) also written ي; ک is left to the key's persian step (→ ك)
        ("علی کریمی", "", ["علی کریمی", "علي کريمي"]),
        ("شركة موسی", "موسی|مصطفی", ["شركة موسی", "شركة موسي", "موسی", "موسي", "مصطفی", "مصطفي"]),
        # the seat: ی + U+0654 is written ي + U+0654, which the key's NFC composes to ئ
        ("ر\u06cc\u0654\u06ccس", "", ["ر\u06cc\u0654\u06ccس", "ر\u064a\u0654\u064aس"]),
        ("علي كريمي", "", ["علي كريمي"]),  # no ی: as before
    ],
)
def test_a_name_with_a_farsi_yeh_gets_its_arabic_yeh_spelling_as_an_alias(
    tmp_path, canonical, listed, aliases
):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + f"person:q,{canonical},PERSON,{listed},\n", encoding="utf-8")
    assert read_gazetteer_csv(path)["aliases"].tolist() == [aliases]


@pytest.mark.parametrize(
    ("listed", "body", "found"),
    [
        ("علی کریمی", "قال علي كريمي اليوم إن النتائج جيدة.", "علي كريمي"),  # was no mention
        ("علی کریمی", "قال علی کریمی اليوم إن النتائج جيدة.", "علی کریمی"),  # as before
    ],
)
def test_a_persian_typed_list_name_is_found_in_arabic_and_persian_typing(
    tmp_path, listed, body, found
):
    (tmp_path / "mine.csv").write_text(HEADER + f"person:q,{listed},PERSON,,\n", encoding="utf-8")
    stories = pd.DataFrame({"story_id": ["s1"], "title": [""], "body": [body]})
    mentions = extract_entities(stories, gazetteer=load_gazetteer(tmp_path))
    mine = mentions[mentions["entity_id"] == "person:q"]
    assert mine[["surface", "canonical"]].values.tolist() == [[found, listed]]


# ------------------- 2. PROCESSED and FIGURES that are no path stop at open_study


@pytest.mark.parametrize(
    ("processed", "figures", "message"),
    [
        (5, "out/figures", "open_study: PROCESSED must be a file or folder path (str or "),
        ("out/processed", 7.5, "open_study: FIGURES must be a file or folder path (str or "),
        (True, None, "open_study: PROCESSED must be a file or folder path (str or "),
        (None, ["a"], "open_study: FIGURES must be a file or folder path (str or "),
    ],
)
def test_open_study_refuses_processed_or_figures_that_is_no_path(processed, figures, message):
    from helpers.errors import ArgumentError
    from helpers.study import open_study

    # papermill -p PROCESSED 5 gives the int 5: was a TypeError from pathlib at the
    # notebook's Path(PROCESSED), after the corpus was read
    with pytest.raises(ArgumentError) as err:
        open_study("no-such-corpus-is-read", processed=processed, figures=figures)
    assert str(err.value).startswith(message)


def test_every_notebook_passes_processed_and_figures_to_open_study():
    # the check is only as good as the notebooks' calls: each hands both parameters over
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "notebooks"
    calls = {}
    for nb in sorted(folder.glob("0*.ipynb")):
        cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
        code = ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]
        call = next(src for src in code if "open_study(" in src and "import" not in src)
        calls[nb.name] = ("processed=PROCESSED" in call, "figures=FIGURES" in call)
    assert len(calls) == 5
    assert set(calls.values()) == {(True, True)}


# ------------------- 4. a story id typed with a mark, a bidi control or NFD selects it


@pytest.mark.parametrize(
    "typed",
    ["s1\u200f", "\u200es1", "s1\u202e", "\u2067s1\u2069", " s1\u00a0", "s1\ufeff", "s1\u200b"],
)
def test_a_typed_story_id_is_read_as_the_loader_writes_ids(typed):
    from helpers.corpus import select_stories

    assert select_stories(typed, story_ids=["s0", "s1", "s2"]) == ["s1"]
    assert select_stories([typed, "s2"], story_ids=["s0", "s1", "s2"]) == ["s1", "s2"]


def test_an_nfd_story_id_selects_its_nfc_story():
    from helpers.corpus import select_stories

    nfc_id = "خبر-أ"  # أ: U+0623
    assert select_stories(unicodedata.normalize("NFD", nfc_id), story_ids=[nfc_id]) == [nfc_id]


def test_an_id_that_is_another_story_s_only_with_its_mark_is_that_story():
    # an id of the corpus is matched as written before any reading: nothing is re-read
    from helpers.corpus import select_stories

    assert select_stories("s1", story_ids=["s1", "s2"]) == ["s1"]
    with pytest.raises(Exception, match="names stories not in the corpus: s3"):
        select_stories("s3\u200f", story_ids=["s1", "s2"])


def test_a_side_named_by_a_typed_id_is_named_by_the_id(tmp_path):
    import json

    from helpers.study import open_study

    body = "قالت الوزارة إن المشروع الجديد في الرياض يبدأ الشهر المقبل بتكلفة كبيرة."
    rows = [
        {"id": f"s{i}", "title": f"خبر {i}", "body": body + f" رقم {i}", "outlet": "ab"[i % 2]}
        for i in range(10)
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    study = open_study(path, fields={"story_id": "id"}, group_by="outlet")
    side = study.compare(["s1\u202e", "s3\u200f"], None)
    assert side.target == ["s1", "s3"]
    assert side.target_name == "s1، s3"  # was a SelectionError: not in the corpus


# ------------------- 5. a bidi control from data never reorders a drawn label


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
def test_prepare_label_removes_every_bidi_control_and_keeps_direction_marks(control):
    from helpers.charts.labels import prepare_label

    assert prepare_label(f"okaz{control}evil", "matplotlib", shapes=True) == "okazevil"
    # khabar's own marks stay: an RLM before a Latin-first label holding Arabic
    assert prepare_label(f"\u200eokaz{control} سبق", "matplotlib", shapes=True) == (
        "\u200f\u200eokaz سبق"
    )


def test_a_folder_named_with_an_override_is_drawn_as_its_letters_in_the_cleaning_chart(
    tmp_path, recwarn
):
    from helpers.charts.alt import figure_alt
    from helpers.charts.views import cleaning_chart
    from helpers.study import open_study

    body = "قالت الوزارة إن المشروع الجديد في الرياض يبدأ الشهر المقبل بتكلفة كبيرة"
    for folder, tag in (("okaz\u202eevil", "<b>"), ("other", "<i>")):
        (tmp_path / folder).mkdir()
        for k in range(5):
            (tmp_path / folder / f"s{k}.txt").write_text(
                f"عنوان {k}\n\n{tag}{body} رقم {k}.\n", encoding="utf-8"
            )
    study = open_study(tmp_path)
    assert study.by == "group"
    fig = cleaning_chart(study.report, study.stories, by=study.by)
    # the override was obeyed: the bar was drawn «okazlive»
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["okazevil", "other"]
    alt = figure_alt(fig)
    assert "okazevil" in alt
    assert not set(BIDI_CONTROLS) & set(alt)


# ------------------- 6. a zones parameter of one name is that zone, everywhere


def _zone_stories():
    return pd.DataFrame(
        {
            "story_id": ["a1", "a2", "b1"],
            "title": ["الرياض اليوم", "جدة اليوم", "مكة"],
            "body": ["زار الوفد الرياض أمس.", "زار الوفد جدة.", "وصل الوفد إلى الرياض."],
            "captions": ["", "", ""],
            "outlet": ["a", "a", "b"],
        }
    )


def test_tokenize_zones_reads_one_zone_name_as_that_zone():
    from helpers.corpus import zones
    from helpers.text import tokenize_zones

    z = zones(_zone_stories())
    body = tokenize_zones(z, include="body")
    # «زار الوفد الرياض أمس .» 5, «زار الوفد جدة .» 4, «وصل الوفد إلى الرياض .» 5
    assert len(body) == 14
    assert set(body["zone"]) == {"body"}
    assert body.equals(tokenize_zones(z, include=("body",)))  # was 0 rows: b, o, d, y


@pytest.mark.parametrize(
    ("include", "message"),
    [
        (
            ("nope",),
            "tokenize_zones: unknown name(s) in include: 'nope'; allowed: title, caption, body",
        ),
        (5, "tokenize_zones: include must be a tuple of names from title, caption, body; got int"),
    ],
)
def test_tokenize_zones_refuses_a_zone_that_is_none(include, message):
    from helpers.corpus import zones
    from helpers.errors import ArgumentError
    from helpers.text import tokenize_zones

    with pytest.raises(ArgumentError) as err:  # was 0 rows, and a TypeError for 5
        tokenize_zones(zones(_zone_stories()), include=include)
    assert str(err.value).startswith(message)


def test_grouped_entity_counts_read_one_zone_name_as_that_zone():
    from helpers.entities import entity_counts

    stories = _zone_stories()
    mentions = extract_entities(stories)
    by_outlet = entity_counts(mentions, zones="body", by="outlet", stories=stories)
    riyadh = by_outlet[by_outlet["canonical"] == "الرياض"]
    # الرياض in the bodies of a1 (outlet a) and b1 (outlet b): once each; a1's title not read
    assert sorted(zip(riyadh["outlet"], riyadh["count"], strict=True)) == [("a", 1), ("b", 1)]
    assert by_outlet.equals(entity_counts(mentions, zones=("body",), by="outlet", stories=stories))


# ------------------- 7. an Arabic weekday is checked against its date, as a Latin one


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("السبت 1 أغسطس 2015", "2015-08-01"),  # 1 August 2015 was a Saturday
        ("السبت، 1 أغسطس 2015", "2015-08-01"),
        ("الجمعة - 31 يوليو 2015", "2015-07-31"),
        ("الإثنين 3 أغسطس 2015", "2015-08-03"),  # hamza or not: one name
        ("الاثنين 3 أغسطس 2015", "2015-08-03"),
        ("الرياض 1 أغسطس 2015", "2015-08-01"),  # another word before the day: as before
    ],
)
def test_an_arabic_weekday_that_agrees_is_read(cell, day):
    from helpers.corpus.dates import parse_date

    assert parse_date(cell) == (pd.Timestamp(day), "")


@pytest.mark.parametrize(
    ("cell", "word"),
    [
        ("الأحد 1 أغسطس 2015", "الأحد"),  # was read as 2015-08-01; quoted as written (fix23c)
        ("جمعة 1 أغسطس 2015", "جمعة"),
        ("الخميس، 1 أغسطس 2015 10:30", "الخميس"),
    ],
)
def test_an_arabic_weekday_that_disagrees_refuses_the_cell(cell, word):
    from helpers.corpus.dates import parse_date

    assert parse_date(cell) == (
        None,
        f"the weekday {word!r} does not agree with the date (a Saturday)",
    )
    # as an English one is refused
    assert parse_date("Sunday, 1 August 2015") == (
        None,
        "the weekday 'Sunday' does not agree with the date (a Saturday)",
    )
