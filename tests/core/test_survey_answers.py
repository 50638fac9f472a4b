"""Survey answers and times as the tools write them, in English, Greek and Chinese (issue 23): the worded scales of
satisfaction and quality, stars, numbered words, 0-10 columns on a 1-5 item, time-zone names, and forms dated
outside their session."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tests.core.import_files import NOVEMBER, make_session, write_csv
from trainercoach.imports.feedback_import import (
    LATE_AFTER_DAYS,
    OUTSIDE_IMPORT,
    OUTSIDE_LEAVE_OUT,
    ImportRefused,
    Mapping,
    guess_mapping,
    import_feedback,
    preview,
)
from trainercoach.imports.scales import parse_answer
from trainercoach.imports.surveys import CERTAIN, GUESS, LIKELY, UNPLACED, guess_columns, sureness
from trainercoach.imports.times import parse_time
from trainercoach.models import DEFAULT_ITEMS
from trainercoach.records.feedback import FeedbackItemRecord
from trainercoach.services import Coach

ITEMS = [FeedbackItemRecord(n, key, label, kind, n, True) for n, (key, label, kind) in enumerate(DEFAULT_ITEMS)]
CLARITY = next(i for i in ITEMS if i.key == "clarity")
RECOMMEND = next(i for i in ITEMS if i.key == "recommend")


@pytest.mark.parametrize(("text", "value"), [
    # satisfaction
    ("Very dissatisfied", 1), ("dissatisfied", 2), ("Neither satisfied nor dissatisfied", 3), ("Satisfied", 4),
    ("VERY SATISFIED", 5), ("Πολύ δυσαρεστημένος", 1), ("Δυσαρεστημένη", 2), ("Ικανοποιημένος/η", 4),
    ("Πολύ ικανοποιημένη", 5), ("πολυ ικανοποιημενος", 5), ("非常不满意", 1), ("不满意", 2), ("一般", 3), ("满意", 4),
    ("非常满意", 5),
    # quality
    ("Poor", 1), ("Fair", 2), ("Good", 3), ("Very good", 4), ("Excellent", 5), ("Κακή", 1), ("Μέτριο", 2),
    ("Καλό", 3), ("Πολύ καλή", 4), ("Εξαιρετικό", 5), ("Άριστη", 5), ("差", 1), ("尚可", 2), ("好", 3), ("很好", 4),
    ("非常好", 5),
    # stars
    ("★★★☆☆", 3), ("★★★★★", 5), ("★ ★ ★ ★", 4), ("⭐⭐", 2), ("4 stars", 4), ("1 star", 1), ("4 αστέρια", 4),
    ("3 Αστέρια", 3), ("4星", 4), ("4 颗星", 4), ("4/5", 4), ("4 / 5", 4), ("4 out of 5", 4), ("4 από 5", 4),
    # numbered words
    ("(5) Strongly agree", 5), ("5 - Strongly agree", 5), ("Strongly agree (5)", 5), ("(4) Συμφωνώ", 4),
    ("2 - 不同意", 2), ("3. My own label", 3),
])
def test_worded_answers_in_three_languages(text: str, value: int) -> None:
    assert parse_answer(text, CLARITY) == value


def test_an_answer_on_another_scale_is_never_rescaled() -> None:
    with pytest.raises(ValueError, match="out of 10.*not rescaled"):
        parse_answer("7/10", CLARITY)
    with pytest.raises(ValueError, match="out of 10 stars.*not rescaled"):
        parse_answer("★★★★★★★☆☆☆", CLARITY)
    with pytest.raises(ValueError, match="says both 5 and 1"):
        parse_answer("(5) Strongly disagree", CLARITY)
    assert parse_answer("7/10", RECOMMEND) == 7 and parse_answer("10 - Extremely likely", RECOMMEND) == 10
    for unknown in ("Μάλλον", "还行", "Kind of", "5 apples", "★☆x"):
        with pytest.raises(ValueError, match="not an answer from 1 to 5"):
            parse_answer(unknown, CLARITY)


# A Google Forms export in Greek whose questions use the satisfaction and quality scales and stars.
EL_HEADERS = ["Χρονική σήμανση", "Κατάλαβα εύκολα τις εξηγήσεις", "Πόσο ικανοποιημένος είστε συνολικά;",
              "Ο ρυθμός ήταν κατάλληλος", "Βαθμολογήστε το ενδιαφέρον της εκπαίδευσης", "Σχόλια"]
EL_ROWS = [
    ["2025/11/10 2:05:11 μ.μ. EET", "(5) Συμφωνώ απόλυτα", "Πολύ ικανοποιημένη", "Καλό", "★★★★☆", "Τέλεια!"],
    ["", "", "", "", "", ""],
    [" ", "", "", "", "", ""],
    ["2025/11/11 9:40:02 π.μ. Europe/Athens", "Συμφωνώ", "Δυσαρεστημένος", "Εξαιρετικό", "2 αστέρια", ""],
]


def test_a_greek_export_with_satisfaction_quality_and_stars(coach: Coach, tmp_path: Path) -> None:
    session = make_session(coach, starts_at=NOVEMBER)
    path = write_csv(tmp_path / "el.csv", [EL_HEADERS, *EL_ROWS])
    mapping = guess_mapping(EL_HEADERS, coach.feedback.items())
    assert mapping.columns == {"Χρονική σήμανση": "@time", "Κατάλαβα εύκολα τις εξηγήσεις": "clarity",
                               "Πόσο ικανοποιημένος είστε συνολικά;": "overall", "Ο ρυθμός ήταν κατάλληλος": "pace",
                               "Βαθμολογήστε το ενδιαφέρον της εκπαίδευσης": "engagement", "Σχόλια": "comment"}
    seen = preview(coach, path, mapping, delivery_id=session)
    assert seen.ok, [str(p) for p in seen.problems]
    assert (seen.total_rows, seen.blank_rows, seen.importable_rows) == (4, 2, 2)
    result = import_feedback(coach, session, path, mapping)
    assert (result.imported, result.skipped_blank) == (2, 2)
    assert "2 blank rows skipped" in result.summary()
    assert [(r.answers, r.comment, r.created_at) for r in coach.feedback.responses(session)] == [
        ({"clarity": 5, "overall": 5, "pace": 3, "engagement": 4}, "Τέλεια!", datetime(2025, 11, 10, 12, 5, 11)),
        ({"clarity": 4, "overall": 2, "pace": 5, "engagement": 2}, "", datetime(2025, 11, 11, 7, 40, 2)),
    ]


def test_an_unknown_word_is_a_problem_with_its_line_and_column(coach: Coach, tmp_path: Path) -> None:
    session = make_session(coach, starts_at=NOVEMBER)
    rows = [["时间戳记", "培训师讲得很清楚", "您对本次培训总体满意吗？"],
            ["2025/11/12 下午2:05:11 GMT+8", "非常同意", "满意"],
            ["2025/11/12 下午2:06:00 GMT+8", "还行吧", "满意"]]
    path = write_csv(tmp_path / "zh.csv", rows)
    mapping = guess_mapping(rows[0], coach.feedback.items())
    with pytest.raises(ImportRefused) as caught:
        import_feedback(coach, session, path, mapping)
    [problem] = caught.value.problems
    assert (problem.line, problem.column) == (3, "培训师讲得很清楚") and "'还行吧'" in problem.why
    assert coach.feedback.responses(session) == []


def test_a_0_to_10_column_on_a_1_to_5_item_is_said_not_rescaled(coach: Coach, tmp_path: Path) -> None:
    """Answers 0-10 mapped onto clarity: the 1-5 ones would have slipped through meaning something else."""
    session = make_session(coach, starts_at=NOVEMBER)
    rows = [["时间戳记", "培训师讲得很清楚"], ["2025/11/12 下午2:05:11 GMT+8", "3"],
            ["2025/11/12 下午2:06:00 GMT+8", "9"], ["2025/11/12 下午2:07:00 GMT+8", "0"]]
    path = write_csv(tmp_path / "zh.csv", rows)
    mapping = Mapping({"时间戳记": "@time", "培训师讲得很清楚": "clarity"})
    seen = preview(coach, path, mapping, delivery_id=session)
    assert (seen.problems[0].line, seen.problems[0].column) == (1, "培训师讲得很清楚")
    assert "from 0 to 10" in seen.problems[0].why and "not rescaled" in seen.problems[0].why
    with pytest.raises(ImportRefused):
        import_feedback(coach, session, path, mapping)
    # Mapped to the 0-10 item instead, the same answers go in as written.
    right = Mapping({"时间戳记": "@time", "培训师讲得很清楚": "recommend"})
    assert import_feedback(coach, session, path, right).imported == 3


def test_mixed_scales_in_one_column_are_a_problem(coach: Coach, tmp_path: Path) -> None:
    make_session(coach)
    path = write_csv(tmp_path / "en.csv", [["clarity"], ["Agree"], ["Excellent"]])
    [problem] = preview(coach, path).problems
    assert problem.line == 1 and "mixes answers" in problem.why


@pytest.mark.parametrize(("text", "utc"), [
    ("2025/11/10 14:05:11 EET", "2025-11-10 12:05:11"), ("2025/11/10 14:05:11 EEST", "2025-11-10 11:05:11"),
    ("2025/11/10 下午2:05:11 UTC+08:00", "2025-11-10 06:05:11"),
    ("2025/11/10 14:05:11 GMT-05:00", "2025-11-10 19:05:11"),
    ("2025/11/10 14:05:11 −0530", "2025-11-10 19:35:11"), ("2025/11/10 14:05:11 Asia/Shanghai", "2025-11-10 06:05:11"),
    ("2025/07/10 14:05:11 Europe/Athens", "2025-07-10 11:05:11"), ("11/10/2025 2:05:11 PM PST", "2025-11-10 22:05:11"),
])
def test_time_zone_names_and_offsets(text: str, utc: str) -> None:
    assert f"{parse_time(text, 'mdy'):%Y-%m-%d %H:%M:%S}" == utc


def test_an_ambiguous_zone_name_is_asked_about(coach: Coach, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="CST could be China Standard Time UTC\\+08:00, Central Standard Time"):
        parse_time("2025/11/10 14:05:11 CST")
    with pytest.raises(ValueError, match="does not know the time zone QQT"):
        parse_time("2025/11/10 14:05:11 QQT")
    assert parse_time("2025/11/10 14:05:11 CST", zones={"CST": "+08:00"}) == datetime(2025, 11, 10, 6, 5, 11)

    session = make_session(coach, starts_at=NOVEMBER)
    rows = [["时间戳记", "培训师讲得很清楚"], ["2025/11/12 下午2:05:11 CST", "同意"]]
    path = write_csv(tmp_path / "zh.csv", rows)
    mapping = guess_mapping(rows[0], coach.feedback.items())
    seen = preview(coach, path, mapping)
    [problem] = seen.problems  # one question for the file, on its header, not one per row
    assert (problem.line, problem.column) == (1, "时间戳记") and "China Standard Time UTC+08:00" in problem.why
    assert seen.asks_zones == ("CST",) and seen.only_questions
    mapping.zones = {"CST": "+08:00"}
    import_feedback(coach, session, path, mapping)
    assert [r.created_at for r in coach.feedback.responses(session)] == [datetime(2025, 11, 12, 6, 5, 11)]
    assert Mapping.from_dict(mapping.to_dict()).zones == {"CST": "+08:00"}


def test_forms_dated_outside_the_session_are_the_leads_decision(coach: Coach, tmp_path: Path) -> None:
    start = datetime(2025, 11, 10, 9, 0)
    session = make_session(coach, starts_at=start)

    def stamp(moment: datetime) -> str:  # Google's Greek timestamp of a local moment, with its offset
        local = moment.astimezone()
        offset = local.utcoffset() or timedelta()
        hours = int(offset.total_seconds() // 3600)
        return f"{local:%Y/%m/%d %H:%M:%S} GMT{hours:+d}"

    rows = [EL_HEADERS[:2], [stamp(start + timedelta(hours=2)), "Συμφωνώ"],
            [stamp(start - timedelta(days=3)), "Διαφωνώ"],  # before the session began
            [stamp(start + timedelta(days=LATE_AFTER_DAYS + 5)), "Συμφωνώ απόλυτα"]]  # long after it
    path = write_csv(tmp_path / "el.csv", rows)
    mapping = guess_mapping(rows[0], coach.feedback.items())
    seen = preview(coach, path, mapping, delivery_id=session)
    assert seen.asks_outside and seen.outside_rows == 2 and not seen.ok
    assert [(p.line, p.column) for p in seen.problems] == [(3, "Χρονική σήμανση"), (4, "Χρονική σήμανση")]
    assert "before the session began" in seen.problems[0].why
    assert f"more than {LATE_AFTER_DAYS} days after" in seen.problems[1].why
    with pytest.raises(ImportRefused, match="import it or leave it out"):
        import_feedback(coach, session, path, mapping)

    left = preview(coach, path, mapping, delivery_id=session, outside=OUTSIDE_LEAVE_OUT)
    assert left.ok and (left.left_out, left.importable_rows) == (2, 1)
    result = import_feedback(coach, session, path, mapping, outside=OUTSIDE_LEAVE_OUT)
    assert (result.imported, result.left_out) == (1, 2) and "2 dated outside the session left out" in result.summary()

    again = import_feedback(coach, session, path, mapping, outside=OUTSIDE_IMPORT, allow_duplicate=True)
    assert again.imported == 3 and len(coach.feedback.responses(session)) == 4


def test_each_guess_says_how_sure_it_is(coach: Coach) -> None:
    headers = ["时间戳记", "培训师讲得很清楚", "节奏和互动都很好", "Τι χρώμα είχε η αίθουσα;", "overall"]
    marks = {g.header: sureness(g.confidence) for g in guess_columns(headers, coach.feedback.items())}
    assert marks == {"时间戳记": CERTAIN, "培训师讲得很清楚": LIKELY, "节奏和互动都很好": GUESS,
                     "Τι χρώμα είχε η αίθουσα;": UNPLACED, "overall": CERTAIN}
