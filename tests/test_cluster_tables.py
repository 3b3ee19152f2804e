"""helpers.cluster.corpus_tables: the same tables on one process and on a Dask cluster.

The corpus is small on purpose (a real cluster starts in the tests): the embedded
stories, a JSONL file with outlets and dates, a CSV, an empty file and a file no process
can read (a dangling symlink).
"""

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from helpers.cluster import close_clients, corpus_tables
from helpers.corpus import load_corpus
from helpers.entities import entity_counts, extract_entities
from helpers.errors import ArgumentError, CorpusFormatError, DecodingError
from helpers.freq import count_corpus, keyness, term_frequencies, time_series
from helpers.quotes import extract_quotes, quotes_per_speaker

ROOT = Path(__file__).resolve().parents[1]
FIELDS = {"body": "content", "outlet": "source", "date": "date_extracted"}

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("DASK_SCHEDULER_ADDRESS", raising=False)


@pytest.fixture(scope="module", autouse=True)
def _collect_dask_leftovers():
    """Close this module's clients and collect their event loops here, so a later test
    that reads stderr does not get distributed's 'unclosed event loop' warning."""
    yield
    import gc
    import warnings

    close_clients()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


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
    (folder / "b-news.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8"
    )
    (folder / "c-more.csv").write_text(
        "id,source,date_extracted,title,content\n"
        "c1,sabq,2015-07-23 08:00:00,الرياض,الرياض عاصمة المملكة العربية السعودية\n",
        encoding="utf-8",
    )
    (folder / "d-empty.txt").write_bytes(b"")
    os.symlink(folder / "gone.txt", folder / "e-unreadable.txt")  # dangling: unreadable
    return folder


@pytest.fixture(scope="module")
def local(corpus):
    """Today's single-process path, whole tables: load, count, extract."""
    stories, report = load_corpus(corpus, fields=FIELDS, return_report=True)
    mentions = extract_entities(stories)
    return {
        "stories": stories,
        "report": report,
        "counts": count_corpus(stories),
        "mentions": mentions,
        "quotes": extract_quotes(stories, mentions=mentions),
    }


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


def _same_tables(t, local):
    """Every corpus-scale table of ``t`` equals the one of the single-process path."""
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
        t.keyness({"outlet": "okaz"}),
        keyness(cc, {"outlet": "okaz"}, stories=st),
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


def test_bad_arguments():
    with pytest.raises(ArgumentError, match="corpus_tables: partition_size must be"):
        corpus_tables(ROOT / "data" / "raw", partition_size=0)
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
