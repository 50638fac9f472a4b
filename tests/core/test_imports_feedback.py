"""Importing trainee feedback from real files: the generic file, survey exports through a preset, worded scales in
three languages, the problem report, all or nothing, duplicates, cancel, and streaming a large file."""

from __future__ import annotations

import gc
import time
import tracemalloc
from datetime import datetime
from pathlib import Path

import pytest

from tests.core.helpers import counts, snapshot
from tests.core.import_files import FREE_TEXT, GENERIC, make_session, write_csv, write_xlsx
from trainercoach.imports import feedback_import
from trainercoach.imports.feedback_import import (
    MAX_PROBLEMS,
    WRITE_BATCH,
    DuplicateImport,
    ImportCancelled,
    ImportRefused,
    Mapping,
    NothingToImport,
    Problem,
    guess_mapping,
    import_feedback,
    parse_answer,
    preview,
)
from trainercoach.imports.tables import TableRefused, read_headers
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.services import Coach


@pytest.fixture
def session_id(coach: Coach) -> int:
    return make_session(coach)


def answers(coach: Coach, delivery_id: int) -> list[tuple[dict[str, int], str]]:
    return [(r.answers, r.comment) for r in coach.feedback.responses(delivery_id)]


# -- the generic file ------------------------------------------------------------------------------
@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ","), ("utf-16", ","), ("utf-16", "\t"), ("utf-8", ";"), ("utf-8-sig", ";"),
])
def test_generic_file_in_each_encoding_and_delimiter(coach: Coach, session_id: int, tmp_path: Path,
                                                     encoding: str, delimiter: str) -> None:
    rows = [["comment", "overall", "Clarity", "recommend"],  # any order, header case does not matter
            ["Καλό", "5", "4", "10"], ["", " 4 ", "4.0", ""], ["非常好", "", "", "0"]]
    path = write_csv(tmp_path / "feedback.csv", rows, encoding, delimiter)

    result = import_feedback(coach, session_id, path)

    assert (result.imported, result.skipped_blank) == (3, 0)
    assert result.summary() == "Imported 3 feedback forms into session 1 (Refunds basics)"
    assert answers(coach, session_id) == [
        ({"overall": 5, "clarity": 4, "recommend": 10}, "Καλό"),
        ({"overall": 4, "clarity": 4}, ""),
        ({"recommend": 0}, "非常好"),
    ]


def test_free_text_is_stored_exactly(coach: Coach, session_id: int, tmp_path: Path) -> None:
    rows = [GENERIC] + [["5", "", "", "", "", "", "", text] for text in FREE_TEXT]
    for path in (write_csv(tmp_path / "free.csv", rows, "utf-8-sig"), write_xlsx(tmp_path / "free.xlsx", rows)):
        delivery_id = make_session(coach, f"Session for {path.suffix}")
        import_feedback(coach, delivery_id, path)
        assert [comment for _, comment in answers(coach, delivery_id)] == FREE_TEXT


def test_windows_line_ends_inside_a_csv_comment_are_kept(coach: Coach, session_id: int, tmp_path: Path) -> None:
    # (An .xlsx cannot carry a bare carriage return: XML turns it into a line feed, so only the CSV is checked.)
    path = write_csv(tmp_path / "f.csv", [["comment"], ["one\r\ntwo\rthree"]])
    import_feedback(coach, session_id, path, comment_only=True)  # a comment-only file, said so
    assert answers(coach, session_id) == [({}, "one\r\ntwo\rthree")]


def test_blank_rows_are_skipped_and_counted(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity", "comment"], ["5", ""], ["", ""], ["", "  "], ["3", "ok"]])
    result = import_feedback(coach, session_id, path)
    assert result.summary() == "Imported 2 feedback forms into session 1 (Refunds basics), 2 blank rows skipped"
    [record] = coach.feedback.responses(session_id)[:1]
    assert record.source == "import" and record.created_at is not None


def test_preview_shows_rows_problems_count_and_hash(coach: Coach, session_id: int, tmp_path: Path) -> None:
    rows = [["clarity", "comment"]] + [[str(1 + n % 5), f"c{n}"] for n in range(300)]
    path = write_csv(tmp_path / "f.csv", rows)
    shown = preview(coach, path, limit=50)
    assert shown.ok and shown.earlier is None
    assert (shown.total_rows, shown.blank_rows, len(shown.rows), shown.headers) == (300, 0, 50, ["clarity", "comment"])
    assert shown.rows[0].line == 2 and shown.rows[0].entry == FeedbackEntry({"clarity": 1}, "c0")
    assert len(shown.sha256) == 64
    assert counts(coach)["feedback_response"] == 0


# -- the problem report -------------------------------------------------------------------------------
def test_every_problem_has_line_column_and_why(coach: Coach, session_id: int, tmp_path: Path) -> None:
    rows = [GENERIC,
            ["5", "5", "5", "5", "5", "5", "10", "fine"],
            ["6", "", "", "", "", "", "", ""],  # out of range
            ["", "maybe", "", "", "", "", "", ""],  # unknown word
            ["", "", "4.5", "", "", "", "11", ""],  # not whole, out of 0-10
            ["", "", "", "", "", "", "Agree", ""]]  # words are for the 1-5 items only
    path = write_csv(tmp_path / "f.csv", rows)
    before = snapshot(coach)

    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, path)

    assert [(p.line, p.column) for p in caught.value.problems] == [
        (3, "clarity"), (4, "relevance"), (5, "pace"), (5, "recommend"), (6, "recommend")]
    why = [p.why for p in caught.value.problems]
    assert why[0] == "6 is out of range: answer from 1 to 5, or leave it blank."
    assert "'maybe' is not an answer from 1 to 5" in why[1]
    assert "not a whole number" in why[2]
    assert why[3] == "11 is out of range: answer from 0 to 10, or leave it blank."
    assert str(caught.value.problems[0]) == "line 3, column 'clarity': 6 is out of range: answer from 1 to 5, " \
                                            "or leave it blank."
    assert preview(coach, path).problems == caught.value.problems
    assert snapshot(coach) == before


def test_unknown_columns_are_refused_by_name(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity", "Timestamp", "mood"], ["5", "2025-01-01", "ok"]])
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, path)
    [problem] = caught.value.problems
    assert problem.line == 1
    assert "Unknown columns: 'Timestamp', 'mood'" in problem.why
    assert counts(coach)["feedback_response"] == 0


def test_extra_cells_beyond_the_header_are_a_problem(coach: Coach, session_id: int, tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_text("clarity,comment\n5,ok,surprise\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, tmp_path / "f.csv")
    assert caught.value.problems == [Problem(2, "", "This row has 1 more filled cell than the header has columns.")]


def test_problems_are_capped_with_a_count_of_the_rest(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity"]] + [["9"]] * 1500)
    shown = preview(coach, path)
    # First the column as a whole (its answers are on a 0-10 scale), then each row until the cap.
    assert (len(shown.problems), shown.more_problems, shown.total_rows) == (MAX_PROBLEMS, 501, 1500)
    assert shown.problems[0].line == 1 and "from 0 to 10" in shown.problems[0].why
    assert shown.problems[-1].line == MAX_PROBLEMS


def test_a_bad_last_row_means_nothing_is_written(coach: Coach, session_id: int, tmp_path: Path) -> None:
    rows = [GENERIC] + [["4"] * 6 + ["9", "good"]] * 999 + [["4"] * 6 + ["99", "bad"]]
    path = write_csv(tmp_path / "f.csv", rows)
    before = snapshot(coach)
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, path)
    assert caught.value.problems == [Problem(1001, "recommend", "99 is out of range: answer from 0 to 10, "
                                             "or leave it blank.")]
    assert snapshot(coach) == before
    assert counts(coach)["feedback_answer"] == counts(coach)["feedback_import"] == 0


# -- refusals of the whole file -------------------------------------------------------------------------
def test_header_only_imports_nothing_and_says_so(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [GENERIC])
    with pytest.raises(NothingToImport, match="no feedback forms in this file .only a header row."):
        import_feedback(coach, session_id, path)
    assert counts(coach)["feedback_import"] == 0


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like a PNG image"),
    ("clarity,comment\n5,Πολύ καλό\n".encode("cp1253"), "not UTF-8 or UTF-16"),
])
def test_files_that_are_not_tables_are_refused(coach: Coach, session_id: int, tmp_path: Path, content: bytes,
                                               message: str) -> None:
    (tmp_path / "f.csv").write_bytes(content)
    before = snapshot(coach)
    with pytest.raises(TableRefused, match=message):
        import_feedback(coach, session_id, tmp_path / "f.csv")
    with pytest.raises(TableRefused, match=message):
        preview(coach, tmp_path / "f.csv")
    assert snapshot(coach) == before


def test_broken_workbook_is_refused(coach: Coach, session_id: int, tmp_path: Path) -> None:
    data = write_xlsx(tmp_path / "ok.xlsx", [GENERIC, [5] * 7 + ["x"]]).read_bytes()
    (tmp_path / "broken.xlsx").write_bytes(data[:300])
    with pytest.raises(TableRefused, match="not a valid Excel workbook"):
        import_feedback(coach, session_id, tmp_path / "broken.xlsx")


# -- duplicates -------------------------------------------------------------------------------------------
def test_same_file_twice_is_noticed_and_can_be_allowed(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity"], ["5"], ["4"]])
    import_feedback(coach, session_id, path)
    copy = tmp_path / "renamed copy.csv"
    copy.write_bytes(path.read_bytes())

    shown = preview(coach, copy)
    assert shown.earlier is not None and shown.earlier.delivery_id == session_id and shown.earlier.rows == 2
    with pytest.raises(DuplicateImport) as caught:
        import_feedback(coach, session_id, copy)
    assert caught.value.earlier.file_name == "f.csv" and caught.value.earlier.imported_by == "Test Lead"
    assert coach.feedback.count(session_id) == 2

    result = import_feedback(coach, session_id, copy, allow_duplicate=True)
    assert result.imported == 2 and coach.feedback.count(session_id) == 4


# -- survey exports through a preset ------------------------------------------------------------------------
GOOGLE_HEADERS = ["Timestamp", "The session was clear", "The content is relevant to my work", "The pace was right",
                  "How likely are you to recommend this session to a colleague?", "Any other comments?"]


def test_google_forms_export_with_worded_answers_in_three_languages(coach: Coach, session_id: int,
                                                                    tmp_path: Path) -> None:
    rows = [GOOGLE_HEADERS,
            ["2025/03/04 9:41:02 AM GMT", "Strongly agree", "agree", "Neither agree nor disagree", "9", "Great"],
            ["2025/03/04 9:42:10 AM GMT", "Συμφωνώ απόλυτα", "ΔΙΑΦΩΝΩ", "Ουδετερο", "7", "Πολύ καλό"],
            ["2025/03/04 9:43:55 AM GMT", "非常同意", "不同意", "一般", "", "很好"],
            ["2025/03/04 9:44:00 AM GMT", " STRONGLY DISAGREE ", "συμφωνω απολυτα", "中立", "10", ""],
            ["2025/03/04 9:45:00 AM GMT", "", "", "", "", ""]]
    path = write_csv(tmp_path / "Refunds (Responses) - Form Responses 1.csv", rows)
    items = coach.feedback.items()

    guessed = guess_mapping(read_headers(path), items)
    assert guessed.columns == {
        "Timestamp": "@time", "The session was clear": "clarity", "The content is relevant to my work": "relevance",
        "The pace was right": "pace", "How likely are you to recommend this session to a colleague?": "recommend",
        "Any other comments?": "comment",
    }
    coach.feedback.save_preset("Google Forms: refunds", guessed.to_dict())
    mapping = Mapping.from_dict(coach.feedback.preset("Google Forms: refunds"))
    assert mapping == guessed

    result = import_feedback(coach, session_id, path, mapping, preset="Google Forms: refunds")
    assert (result.imported, result.skipped_blank) == (4, 1)
    assert answers(coach, session_id) == [
        ({"clarity": 5, "relevance": 4, "pace": 3, "recommend": 9}, "Great"),
        ({"clarity": 5, "relevance": 2, "pace": 3, "recommend": 7}, "Πολύ καλό"),
        ({"clarity": 5, "relevance": 2, "pace": 3}, "很好"),
        ({"clarity": 1, "relevance": 5, "pace": 3, "recommend": 10}, ""),
    ]


def test_microsoft_forms_xlsx_export_through_a_corrected_preset(coach: Coach, session_id: int,
                                                                tmp_path: Path) -> None:
    headers = ["ID", "Start time", "Completion time", "Email", "Name", "How clear was the trainer?",
               "Η ταχύτητα ήταν σωστή", "总体评价", "What should we improve?", "Rate us"]
    start = datetime(2025, 3, 4, 10, 0)
    rows = [headers,
            [1, start, datetime(2025, 3, 4, 10, 3), "anonymous", None, "Agree", "Συμφωνώ", "非常同意", "More demos",
             4.0],
            [2, start, datetime(2025, 3, 4, 10, 4), "anonymous", None, "Strongly agree", "Διαφωνώ απόλυτα", "同意",
             None, 5],
            [3, start, datetime(2025, 3, 4, 10, 5), "anonymous", None, "Very good", None, None, None, 3]]
    path = write_xlsx(tmp_path / "Refunds basics(1-3).xlsx", rows)
    items = coach.feedback.items()

    guessed = guess_mapping(read_headers(path), items)
    for meta in ("ID", "Start time", "Email", "Name"):
        assert guessed.columns[meta] == ""
    assert guessed.columns["Completion time"] == "@time"  # each form keeps its response time
    assert guessed.columns["What should we improve?"] == "comment"
    # The person corrects the guess in the dialog, adds the survey's own word, and keeps it as a preset.
    corrected = Mapping({**guessed.columns, "How clear was the trainer?": "clarity", "Η ταχύτητα ήταν σωστή": "pace",
                         "总体评价": "overall", "Rate us": "engagement"}, scale={"Very good": 4})
    coach.feedback.save_preset("Microsoft Forms", corrected.to_dict())

    result = import_feedback(coach, session_id, path, Mapping.from_dict(coach.feedback.preset("Microsoft Forms")))
    assert result.imported == 3
    assert answers(coach, session_id) == [
        ({"clarity": 4, "pace": 4, "overall": 5, "engagement": 4}, "More demos"),
        ({"clarity": 5, "pace": 1, "overall": 4, "engagement": 5}, ""),
        ({"clarity": 4, "engagement": 3}, ""),
    ]


def test_preset_for_another_form_reports_unknown_and_missing_columns(coach: Coach, session_id: int,
                                                                     tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Timestamp", "Brand new question"], ["x", "5"]])
    mapping = Mapping({"Timestamp": "", "The session was clear": "clarity"})
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, path, mapping)
    whys = [p.why for p in caught.value.problems]
    assert "Unknown column: 'Brand new question'" in whys[0]
    assert "expects column 'The session was clear'" in whys[1]


def test_two_columns_mapped_to_one_item_is_a_problem(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Q1", "Q2"], ["5", "4"]])
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session_id, path, Mapping({"Q1": "clarity", "Q2": "clarity"}))
    assert caught.value.problems[0].column == "Q2"


def test_several_comment_columns_keep_their_question(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["Liked", "Improve"], ["Demos", "Pace"], ["", "Slides"]])
    import_feedback(coach, session_id, path, Mapping({"Liked": "comment", "Improve": "comment"}), comment_only=True)
    assert [c for _, c in answers(coach, session_id)] == ["Liked: Demos\n\nImprove: Pace", "Improve: Slides"]


def test_damaged_preset_is_refused(coach: Coach) -> None:
    from trainercoach.errors import ValidationError

    with pytest.raises(ValidationError):
        Mapping.from_dict({"columns": ["not", "a", "dict"]})
    with pytest.raises(ValidationError):
        Mapping.from_dict({"columns": {"Q1": "clarity"}, "scale": {"Good": "4"}})


def test_worded_and_numbered_answers() -> None:
    likert = next(i for i in _items() if i.key == "clarity")
    recommend = next(i for i in _items() if i.key == "recommend")
    for text, value in [("4", 4), ("4.0", 4), (" 4 ", 4), ("4,0", 4), ("", None), ("   ", None),
                        ("Strongly AGREE", 5), ("neither agree NOR disagree", 3), ("Neutral", 3),
                        ("Συμφωνώ απόλυτα", 5), ("ΣΥΜΦΩΝΩ ΑΠΟΛΥΤΑ", 5), ("συμφωνω απολυτα", 5),
                        ("Ούτε συμφωνώ ούτε διαφωνώ", 3), ("非常不同意", 1), ("中立", 3), ("一般", 3)]:
        assert parse_answer(text, likert) == value, text
    assert parse_answer("Very good", likert, {"very GOOD": 4}) == 4
    assert parse_answer("0", recommend) == 0
    for text in ("4.5", "0", "6", "yes", "Agree strongly"):
        with pytest.raises(ValueError):
            parse_answer(text, likert)
    with pytest.raises(ValueError):
        parse_answer("Agree", recommend)


def _items() -> list:
    from trainercoach.models import DEFAULT_ITEMS
    from trainercoach.records.feedback import FeedbackItemRecord

    return [FeedbackItemRecord(n, key, label, kind, n, True) for n, (key, label, kind) in enumerate(DEFAULT_ITEMS)]


# -- a worker thread's cancel and progress -------------------------------------------------------------
def test_cancel_while_writing_leaves_nothing_written(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [GENERIC] + [["3"] * 6 + ["7", "ok"]] * 12_000)
    before = snapshot(coach)
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen) and seen[-1] > 9_000  # part-way through the write pass: some batches already sent

    with pytest.raises(ImportCancelled):
        import_feedback(coach, session_id, path, progress=seen.append, cancelled=cancelled)
    assert max(seen) > 6_000
    assert snapshot(coach) == before


def test_progress_runs_to_the_row_count(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity"]] + [["3"]] * 5000)
    seen: list[int] = []
    import_feedback(coach, session_id, path, progress=seen.append)
    assert seen == sorted(seen) and seen[-1] == 5000 and len(seen) > 5


# -- streaming ----------------------------------------------------------------------------------------------
def _import_peak(coach: Coach, session_id: int, path: Path, n: int) -> float:
    """Peak Python memory growth while importing a generated file of ``n`` rows (tracemalloc)."""
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(GENERIC) + "\r\n")
        for i in range(n):
            out.write(f"{1 + i % 5},{1 + (i // 5) % 5},3,4,5,{1 + i % 5},{i % 11},Trainee comment number {i}\r\n")
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    result = import_feedback(coach, session_id, path)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"\n{n} rows ({path.stat().st_size / 1e6:.1f} MB) imported in {seconds:.1f} s (traced); peak Python memory "
          f"growth {peak / 1e6:.1f} MB")
    assert result.imported == n
    return peak


def test_a_large_file_streams_without_holding_its_rows(coach: Coach, session_id: int, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """The peak stays what a batch costs however long the file is: four times the rows, about the same peak
    (held rows would make it four times as high). Small files keep it quick: tracemalloc slows every allocation
    several times over; the benchmark imports 100,000 rows untraced. A team server's batches are larger; here
    they are SQLite's, so the files span several of them on both backends."""
    monkeypatch.setattr(feedback_import, "SERVER_WRITE_BATCH", WRITE_BATCH)
    small, large = 2 * WRITE_BATCH, 8 * WRITE_BATCH
    # What each row would cost if the import held them: entries measured, per row.
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    held = [FeedbackEntry({"clarity": 1 + i % 5, "relevance": 2, "pace": 3, "engagement": 4, "confidence": 5,
                           "overall": 1 + i % 5, "recommend": i % 11}, f"Trainee comment number {i}")
            for i in range(large)]
    per_row = (tracemalloc.get_traced_memory()[0] - base) / large
    del held
    gc.collect()
    tracemalloc.stop()

    peak_small = _import_peak(coach, session_id, tmp_path / "small.csv", small)
    peak_large = _import_peak(coach, session_id, tmp_path / "large.csv", large)
    assert coach.feedback.count(session_id) == small + large
    assert counts(coach)["feedback_answer"] == 7 * (small + large)
    # Held rows would add at least ``per_row`` for each extra row; streamed, the peak does not grow with the file.
    assert peak_large - peak_small < (large - small) * per_row / 4, (peak_small, peak_large, per_row)
    assert peak_large < 30e6


def test_import_runs_in_a_worker_thread(coach: Coach, session_id: int, tmp_path: Path) -> None:
    import threading

    path = write_csv(tmp_path / "f.csv", [["clarity"], ["5"], ["4"]])
    outcome: list[object] = []
    worker = threading.Thread(target=lambda: outcome.append(import_feedback(coach, session_id, path)))
    worker.start()
    worker.join(30)
    assert getattr(outcome[0], "imported", None) == 2
