"""helpers.cluster.corpus_tables: the same tables on one process and on a Dask cluster.

The corpus is small on purpose (a real cluster starts in the tests): the embedded
stories, a JSONL file with outlets and dates, a CSV, an empty file and a file no process
can read (a dangling symlink). A bigger one (``big_corpus``: 150 stories in files of
unequal size, a zip of a JSON array among them) is cut into pieces of files.
"""

import json
import os
import shutil
import signal
import threading
import time
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from cluster_news import FOOTER, HEADER, write_news_corpus
from jsonl_files import write_jsonl

from helpers.cluster import FilePiece, close_clients, corpus_tables, file_bytes, plan_pieces
from helpers.cluster.tables import map_partition
from helpers.corpus import load_corpus
from helpers.entities import entity_counts, extract_entities
from helpers.errors import ArgumentError, CorpusFormatError, DecodingError
from helpers.freq import count_corpus, keyness, term_frequencies, time_series
from helpers.quotes import extract_quotes, quotes_per_speaker

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {"body": "content", "outlet": "source", "date": "date_extracted"}

pytestmark = [
    pytest.mark.filterwarnings("ignore::UserWarning"),
    pytest.mark.usefixtures("no_dask_address", "dask_leftovers_collected"),
]


def _record(i, source, date, title, content):
    return {
        "id": f"r{i}",
        "source": source,
        "date_extracted": date,
        "title": title,
        "content": content,
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A folder corpus of six files, two of them skipped by the loader."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(ROOT / "data" / "raw" / "asharq-two-stories.txt", folder / "a-asharq.txt")
    records = [
        _record(1, "okaz", "2015-07-21 10:00:00", "خبر", "سلام سلام حرب"),
        _record(2, "sabq", "2015-07-22 11:30:00", "خبر", "سلام"),
        _record(
            3,
            "okaz",
            "2015-07-22 09:00:00",
            "لافروف في موسكو",
            'قال وزير الخارجية الروسي سيرغي لافروف: "إن الوجود الأميركي في العراق غير شرعي".',
        ),
    ]
    write_jsonl(folder / "b-news.jsonl", records)
    (folder / "c-more.csv").write_text(
        "id,source,date_extracted,title,content\n"
        "c1,sabq,2015-07-23 08:00:00,الرياض,الرياض عاصمة المملكة العربية السعودية\n",
        encoding="utf-8",
    )
    (folder / "d-empty.txt").write_bytes(b"")
    os.symlink(folder / "gone.txt", folder / "e-unreadable.txt")  # dangling: unreadable
    return folder


def _whole_tables(folder, boilerplate=True):
    """Today's single-process path, whole tables: load (with the whole-corpus
    site-boilerplate step, as corpus_tables runs it by default), count, extract."""
    stories, report = load_corpus(
        folder, fields=FIELDS, return_report=True, boilerplate=boilerplate
    )
    mentions = extract_entities(stories)
    return {
        "stories": stories,
        "report": report,
        "counts": count_corpus(stories),
        "mentions": mentions,
        "quotes": extract_quotes(stories, mentions=mentions),
    }


@pytest.fixture(scope="module")
def local(corpus):
    return _whole_tables(corpus)


OUTLETS = ("okaz", "sabq", "alwatan", "was")


@pytest.fixture(scope="module")
def big_corpus(tmp_path_factory, corpus):
    """150 stories made of the embedded stories' paragraphs (19 of them, each story 2 to
    5 of them in a rotating order), over 4 outlets and 5 days, in files of unequal size:
    a JSONL of 90 records with ids, a zip of a JSON array of 45 records without ids
    (story ids by position: a piece must keep them), a CSV of 15; plus ``corpus``'s
    files (the embedded stories, the empty file and the unreadable one)."""
    folder = tmp_path_factory.mktemp("big")
    for f in corpus.iterdir():
        if f.is_symlink():
            os.symlink(folder / "gone.txt", folder / f.name)
        else:
            shutil.copy(f, folder / f.name)
    paragraphs = [p for ps in load_corpus(ROOT / "data" / "raw").paragraphs for p in ps]
    assert len(paragraphs) == 19

    def record(i):
        k = 2 + i % 4
        body = "\n".join(paragraphs[(i * 7 + j) % 19] for j in range(k))
        day = 21 + i % 5
        return {
            "source": OUTLETS[i % 4],
            "date_extracted": f"2015-07-{day} {i % 24:02d}:00:00",
            "title": paragraphs[(i * 3) % 19][:60],
            "content": body,
        }

    write_jsonl(folder / "f-big.jsonl", ({"id": f"big{i}", **record(i)} for i in range(90)))
    with zipfile.ZipFile(folder / "g-day.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(
            "g-day.json", json.dumps([record(i) for i in range(90, 135)], ensure_ascii=False)
        )
    pd.DataFrame([{"id": f"csv{i}", **record(i)} for i in range(135, 150)]).to_csv(
        folder / "h-small.csv", index=False
    )
    return folder


@pytest.fixture(scope="module")
def big_local(big_corpus):
    return _whole_tables(big_corpus)


def test_hand_counted_terms_by_outlet(corpus):
    t = corpus_tables(corpus, fields=FIELDS)
    tf = t.term_frequencies(by="outlet")
    salam = tf[tf["term"] == "سلام"].set_index("outlet")
    # okaz: r1 (خبر | سلام سلام حرب: 4 tokens) + r3 (3 + 13 tokens, no سلام);
    # sabq: r2 (خبر | سلام: 2 tokens) + c1 (الرياض | الرياض عاصمة المملكة العربية السعودية: 6)
    assert salam["count"].to_dict() == {"okaz": 2, "sabq": 1}
    assert salam.loc["okaz", "per_1000"] == pytest.approx(2 / 20 * 1000, rel=1e-12)
    assert salam.loc["sabq", "per_1000"] == pytest.approx(1 / 8 * 1000, rel=1e-12)
    # the two embedded stories have no outlet: left out of by="outlet"
    assert set(tf["outlet"]) == {"okaz", "sabq"}


def test_report_has_the_skipped_files(corpus):
    t = corpus_tables(corpus, fields=FIELDS)
    skipped = t.report[t.report["action"] == "skipped"]
    assert [Path(f).name for f in skipped["file"]] == ["d-empty.txt", "e-unreadable.txt"]
    assert list(skipped["reason"]) == ["empty file", "symlink to a missing file"]
    assert list(skipped["line"]) == [0, 0]


def _same_tables(t, local, target=None):
    """Every corpus-scale table of ``t`` equals the one of the single-process path."""
    target = target or {"outlet": "okaz"}
    st, cc = local["stories"], local["counts"]
    pd.testing.assert_frame_equal(t.report, local["report"])
    assert list(t.counts.story_ids) == list(st["story_id"])
    np.testing.assert_array_equal(t.counts.tokens, cc.tokens)
    for by in ("story_id", "outlet", "date:D"):
        for n in (1, 2):
            pd.testing.assert_frame_equal(
                t.term_frequencies(by=by, n=n),
                term_frequencies(cc, by=by, n=n, stories=st),
                check_exact=False,
                rtol=1e-12,
            )
        pd.testing.assert_frame_equal(
            t.entity_counts(by=by), entity_counts(local["mentions"], by=by, stories=st)
        )
        pd.testing.assert_frame_equal(
            t.quotes_per_speaker(by=by), quotes_per_speaker(local["quotes"], by=by, stories=st)
        )
    pd.testing.assert_frame_equal(
        t.keyness(target),
        keyness(cc, target, stories=st),
        check_exact=False,
        rtol=1e-12,
    )
    pd.testing.assert_frame_equal(
        t.time_series(["سلام", "لافروف"], period="D", by="outlet"),
        time_series(cc, ["سلام", "لافروف"], stories=st, period="D", by="outlet"),
        check_exact=False,
        rtol=1e-12,
    )
    pd.testing.assert_frame_equal(t.mentions, local["mentions"])
    pd.testing.assert_frame_equal(t.quotes, local["quotes"])


def test_single_process_path_equals_whole_tables(corpus, local):
    t = corpus_tables(corpus, fields=FIELDS, entities=True, quotes=True)
    _same_tables(t, local)


def test_stories_table_input_in_small_partitions(local):
    t = corpus_tables(local["stories"], entities=True, quotes=True, partition_size=2, chunk_size=1)
    st, cc = local["stories"], local["counts"]
    pd.testing.assert_frame_equal(
        t.term_frequencies(by="outlet", n=2), term_frequencies(cc, by="outlet", n=2, stories=st)
    )
    pd.testing.assert_frame_equal(t.mentions, local["mentions"])
    assert t.report.empty


def test_plan_pieces_by_hand(tmp_path):
    sizes = {"a.jsonl": 10_000, "b.jsonl": 2_500, "c.jsonl": 1}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    with zipfile.ZipFile(tmp_path / "d.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("d.json", b" " * 7_000)  # compresses to a few bytes
    files = sorted(tmp_path.iterdir())
    assert file_bytes(tmp_path / "d.zip") == 7_000  # uncompressed size, from the directory
    assert file_bytes(tmp_path / "missing.txt") == 0
    # 10,000 / 2,500 = 4 pieces; 2,500 -> 1; 1 -> 1; 7,000 -> ceil(2.8) = 3
    plan = plan_pieces(files, 2_500)
    assert [(Path(p.path).name, p.index, p.of) for p in plan] == [
        ("a.jsonl", 0, 4),
        ("a.jsonl", 1, 4),
        ("a.jsonl", 2, 4),
        ("a.jsonl", 3, 4),
        ("b.jsonl", 0, 1),
        ("c.jsonl", 0, 1),
        ("d.zip", 0, 3),
        ("d.zip", 1, 3),
        ("d.zip", 2, 3),
    ]
    # automatic: 19,501 bytes / (8 x 2 workers) = 1,218 -> raised to the 1 MiB floor
    assert [p.of for p in plan_pieces(files, None, workers=2)] == [1, 1, 1, 1]
    assert len(plan_pieces([tmp_path / "a.jsonl"], 1)) == 64  # at most 64 pieces a file


def test_pieces_of_a_file_are_the_file(big_corpus):
    """Pieces 0, 1, 2 of the zip hold its 45 stories 0-14, 15-29, 30-44 (45 x i // 3),
    with the ids by position the whole file has; the report rows go with piece 0."""
    from helpers.cluster.tables import _Spec

    spec = _Spec(str(big_corpus), FIELDS, None, "strict", (1,), ("title", "body"), 500, True, False)
    path = str(big_corpus / "g-day.zip")
    whole = load_corpus(big_corpus / "g-day.zip", fields=FIELDS, boilerplate=False)
    parts = [map_partition(FilePiece(path, i, 3), spec) for i in range(3)]
    for i, part in enumerate(parts):
        assert list(part.surface.story_ids) == list(whole.story_id[15 * i : 15 * (i + 1)])
    assert list(parts[0].surface.story_ids)[:2] == ["g-day/g-day-01", "g-day/g-day-02"]
    assert list(parts[2].surface.story_ids)[-1] == "g-day/g-day-45"
    assert all(len(p.report) == 0 for p in parts[1:])


def test_pieces_on_one_process_give_the_same_tables(big_corpus, big_local):
    # piece_bytes=4096: the 90-record JSONL and the zip are cut into several pieces each
    files = [big_corpus / "f-big.jsonl", big_corpus / "g-day.zip"]
    assert [plan_pieces([f], 4096)[0].of for f in files] == [
        -(-file_bytes(f) // 4096) for f in files
    ]
    assert all(plan_pieces([f], 4096)[0].of >= 3 for f in files)
    t = corpus_tables(big_corpus, fields=FIELDS, entities=True, quotes=True, piece_bytes=4096)
    _same_tables(t, big_local)
    # records i and i + 76 share outlet (i % 4) and body (2 + i % 4 paragraphs from the
    # (7 i % 19)-th): lcm(19, 4) = 76, so records 76-149 are copies of records 0-73,
    # dropped in whichever piece they are (helpers.corpus.duplicates)
    copies = t.report.loc[t.report["reason"].str.startswith("duplicate story"), "story_id"]
    assert len(copies) == 74
    assert len(t.stories) == 2 + 3 + 1 + 150 - 74 and t.mentions["story_id"].nunique() > 60
    assert len(t.quotes) > 0


def test_progress_bar_by_size_not_by_time(local, capsys):
    """progress=None: no bar for fewer than 8 partitions, however long the run takes (a
    notebook's HTML export must not depend on the machine's speed); a bar from 8 on."""
    corpus_tables(local["stories"], partition_size=1, progress=None)  # 6 partitions
    assert "corpus tables" not in capsys.readouterr().err
    corpus_tables(local["stories"], partition_size=1, progress=True)
    assert "corpus tables: 100%" in capsys.readouterr().err
    eight = pd.concat([local["stories"]] * 2, ignore_index=True)
    eight["story_id"] = [f"s{i}" for i in range(len(eight))]
    corpus_tables(eight, partition_size=1, progress=None)  # 12 partitions
    assert "12/12" in capsys.readouterr().err


def test_bad_arguments():
    with pytest.raises(ArgumentError, match="corpus_tables: partition_size must be"):
        corpus_tables(ROOT / "data" / "raw", partition_size=0)
    with pytest.raises(ArgumentError, match="corpus_tables: piece_bytes must be"):
        corpus_tables(ROOT / "data" / "raw", piece_bytes=0)
    with pytest.raises(ArgumentError, match="corpus must be a corpus path"):
        corpus_tables(42)
    with pytest.raises(ArgumentError, match="workers must be"):
        corpus_tables(ROOT / "data" / "raw", workers="two")
    with pytest.raises(CorpusFormatError, match="story_id"):
        corpus_tables(pd.DataFrame({"title": ["خبر"], "body": ["نص"]}))


def test_duplicate_story_ids_across_files(tmp_path):
    for name in ("x.jsonl", "y.jsonl"):
        (tmp_path / name).write_text('{"id": "same", "title": "خبر", "body": "نص"}\n', "utf-8")
    with pytest.raises(CorpusFormatError, match="story ids are not unique: same"):
        corpus_tables(tmp_path)


@pytest.mark.slow
def test_real_cluster_gives_the_same_tables(corpus, local, real_cluster):
    try:
        t = corpus_tables(
            corpus, fields=FIELDS, entities=True, quotes=True, scheduler=real_cluster.address
        )
    finally:
        close_clients()
    _same_tables(t, local)


@pytest.mark.slow
def test_real_cluster_pieces_of_files_give_the_same_tables(big_corpus, big_local, real_cluster):
    try:
        t = corpus_tables(
            big_corpus,
            fields=FIELDS,
            entities=True,
            quotes=True,
            scheduler=real_cluster.address,
            piece_bytes=4096,
        )
    finally:
        close_clients()
    _same_tables(t, big_local)


SAUDI = next(
    (
        p / "shared" / "corpora" / "saudinewsnet"
        for p in (ROOT.parent, ROOT.parent.parent)
        if (p / "shared" / "corpora" / "saudinewsnet").is_dir()
    ),
    ROOT.parent / "shared" / "corpora" / "saudinewsnet",
)


@pytest.mark.slow
@pytest.mark.skipif(
    not (SAUDI / "2015-07-23.zip").is_file(),
    reason="the SaudiNewsNet development corpus (../shared/corpora/saudinewsnet) is absent",
)
def test_real_news_on_the_real_cluster_in_pieces(tmp_path, real_cluster):
    """205 articles of one SaudiNewsNet day (every third of the 613 of the six outlets not
    in the held-out set: aawsat, alyaum, almadina, alwatan, alweeam, sabq), as a JSONL
    file in a temporary folder (outside the repository), cut into 4 byte-balanced story
    ranges over the two workers: the same tables as the whole-corpus functions."""
    heldout = {"okaz", "alriyadh", "aljazirah", "aleqtisadiya"}
    with zipfile.ZipFile(SAUDI / "2015-07-23.zip") as zf:
        articles = json.loads(zf.read("2015-07-23.json"))
    articles = [a for a in articles if a["source"] not in heldout][::3]
    folder = tmp_path / "day"
    folder.mkdir()
    write_jsonl(folder / "day.jsonl", articles)
    size = (folder / "day.jsonl").stat().st_size
    piece = -(-size // 4)
    assert [p.index for p in plan_pieces([folder / "day.jsonl"], piece)] == [0, 1, 2, 3]
    whole = _whole_tables(folder)
    assert len(whole["stories"]) > 190 and whole["stories"]["outlet"].nunique() == 6
    try:
        t = corpus_tables(
            folder,
            fields=FIELDS,
            entities=True,
            quotes=True,
            scheduler=real_cluster.address,
            piece_bytes=piece,
        )
    finally:
        close_clients()
    _same_tables(t, whole, target={"outlet": "sabq"})
    assert len(t.mentions) > 1000 and len(t.quotes) > 10


@pytest.mark.slow
def test_a_worker_killed_mid_run_still_gives_exact_tables(corpus, local, tmp_path):
    """One worker is frozen (SIGSTOP) before the run, so the run cannot finish without
    the tasks Dask gave it; once it holds some, it is killed (SIGKILL) and Dask runs
    them again on the other worker."""
    from dask_cluster import dask_cluster

    from helpers.cluster import client_from_parameters

    with dask_cluster(tmp_path / "cluster", n_workers=2) as cluster:
        client = client_from_parameters(scheduler=cluster.address)  # cached for the run
        try:
            pids = client.run(os.getpid)
            victim = next(a for a, p in pids.items() if p == cluster.workers[0].pid)
            os.kill(cluster.workers[0].pid, signal.SIGSTOP)
            box = {}

            def run():
                try:
                    box["tables"] = corpus_tables(corpus, fields=FIELDS, scheduler=cluster.address)
                except BaseException as exc:
                    box["error"] = exc

            thread = threading.Thread(target=run, daemon=True)
            thread.start()
            deadline = time.monotonic() + 120
            while not client.processing(workers=[victim]).get(victim):
                assert time.monotonic() < deadline, "the frozen worker was given no task"
                assert thread.is_alive(), f"the run ended without the frozen worker: {box}"
                time.sleep(0.1)
            assert thread.is_alive()  # mid-run: its tasks are pending on the frozen worker
            os.kill(cluster.workers[0].pid, signal.SIGKILL)
            thread.join(180)
            assert not thread.is_alive(), "the run did not finish after the kill"
            assert cluster.workers[0].wait(30) == -signal.SIGKILL
        finally:
            close_clients()
    assert "error" not in box, box.get("error")
    t, st, cc = box["tables"], local["stories"], local["counts"]
    pd.testing.assert_frame_equal(t.report, local["report"])
    for by in ("story_id", "outlet"):
        pd.testing.assert_frame_equal(
            t.term_frequencies(by=by, n=2), term_frequencies(cc, by=by, n=2, stories=st)
        )


def _broken_corpus(folder: Path) -> tuple[Path, int]:
    folder.mkdir()
    (folder / "a.txt").write_text("عنوان\nنص عربي\n", encoding="utf-8")
    good = "عنوان\nنص عربي ".encode()
    (folder / "broken.txt").write_bytes(good + b"\xff\xfe\x00\x81 tail" + "لا".encode() + b"\x9d")
    return folder, len(good)


def test_undecodable_file_is_the_loaders_error(tmp_path):
    folder, offset = _broken_corpus(tmp_path / "c")
    with pytest.raises(
        DecodingError, match=f"broken.txt, line 2, byte offset {offset}: is not valid UTF-8"
    ):
        corpus_tables(folder)


@pytest.mark.slow
def test_undecodable_file_on_the_cluster_is_the_same_error(tmp_path, real_cluster):
    folder, offset = _broken_corpus(tmp_path / "c")
    try:
        with pytest.raises(
            DecodingError, match=f"broken.txt, line 2, byte offset {offset}: is not valid UTF-8"
        ):
            corpus_tables(folder, scheduler=real_cluster.address)
    finally:
        close_clients()


def test_pass_two_in_slices_gives_the_keys_of_the_whole(local):
    """Pass 2 split over workers: each slice analysed with every type attesting."""
    from helpers.freq import analyse_types, finalize_counts
    from helpers.freq.corpus_counts import count_chunk

    surface = count_chunk(local["stories"])
    types = list(surface.types)
    whole = analyse_types(types)
    cut = len(types) // 3
    parts = [analyse_types(types[a:b], attested=types) for a, b in ((0, cut), (cut, None))]
    assert parts[0][0] + parts[1][0] == whole[0]
    assert parts[0][1] + parts[1][1] == whole[1]
    np.testing.assert_array_equal(np.concatenate([parts[0][2], parts[1][2]]), whole[2])
    # the clitic decision that needs the corpus: للافروف is ل + لافروف only because
    # لافروف is in the corpus (wordfreq has للافروف 0, لافروف 3.17)
    assert whole[0][types.index("للافروف")] == "لافروف"
    with pytest.raises(ArgumentError, match="analysis holds 1 types"):
        finalize_counts(surface, analysis=(["x"], [""], np.zeros(1, bool)))


@pytest.fixture(scope="module")
def news(tmp_path_factory):
    """200 stories of 4 outlets with site boilerplate (tests/cluster_news.py): an okaz
    header in 25 of its 50 stories, a was footer (then the title) in 40 of 50."""
    return write_news_corpus(tmp_path_factory.mktemp("news"), 200)


@pytest.fixture(scope="module")
def news_local(news):
    return _whole_tables(news)


def _site_terms(t):
    tf = t.term_frequencies(by="outlet")
    words = {"متابعات": "okaz", "واس": "was"}  # of HEADER and FOOTER, in no paragraph
    assert all(w in HEADER + FOOTER for w in words)
    return {
        (w, o): int(tf.loc[(tf["term"] == w) & (tf["outlet"] == o), "count"].sum())
        for w, o in words.items()
    }


def test_site_boilerplate_pass_gives_the_tables_of_load_corpus(news, news_local):
    """Pass 2 of corpus_tables (edge counts per piece, merged, rules, cut per piece)
    removes what load_corpus removes, with the same report rows in the same place."""
    assert len(plan_pieces([news / "f-big.jsonl"], 4096)) >= 3
    t = corpus_tables(news, fields=FIELDS, entities=True, quotes=True, piece_bytes=4096)
    _same_tables(t, news_local)
    reasons = t.report["reason"].value_counts()
    assert reasons["site boilerplate (header of okaz: in 25 of 50 stories with a body)"] == 25
    assert reasons["site boilerplate (footer of was: in 40 of 50 stories with a body)"] == 40
    assert _site_terms(t) == {("متابعات", "okaz"): 0, ("واس", "was"): 0}
    kept = corpus_tables(news, fields=FIELDS, piece_bytes=4096, boilerplate=False)
    assert _site_terms(kept) == {("متابعات", "okaz"): 25, ("واس", "was"): 40}
    assert not kept.report["reason"].str.startswith("site boilerplate").any()
    with pytest.raises(ArgumentError, match="boilerplate must be True or False"):
        corpus_tables(news, boilerplate="yes")


@pytest.mark.slow
def test_site_boilerplate_pass_on_a_local_cluster_of_two_workers(news, news_local):
    try:
        t = corpus_tables(
            news, fields=FIELDS, entities=True, quotes=True, workers=2, piece_bytes=4096
        )
    finally:
        close_clients()
    _same_tables(t, news_local)
    assert _site_terms(t) == {("متابعات", "okaz"): 0, ("واس", "was"): 0}
