"""The command line as a script uses it: ``list sessions --json`` and ``import-feedback`` with exit statuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.core.helpers import counts, run_cli
from tests.core.import_files import GENERIC, NOVEMBER, make_session, write_csv
from trainercoach.imports.feedback_import import Mapping
from trainercoach.services import Coach

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command line called in this process (see ``run_cli``); ``run_process`` is the real one."""
    return run_cli(*args, home=home)


def run_process(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TRAINERCOACH_HOME": str(home), "PYTHONIOENCODING": "utf-8"}
    env.pop("TRAINERCOACH_DB", None)
    return subprocess.run([sys.executable, "-m", "trainercoach", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


@pytest.fixture
def session_id(db_path: Path) -> int:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        first = make_session(coach, "Refunds basics")
        make_session(coach, "Επιστροφές χρημάτων")
        coach.feedback.save_preset("Google Forms", Mapping({"Timestamp": "", "The session was clear": "clarity",
                                                            "Comments": "comment"}).to_dict())
        return first
    finally:
        coach.close()


def db_counts(db_path: Path) -> dict[str, int]:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        return counts(coach)
    finally:
        coach.close()


def test_list_sessions_json(db_path: Path, session_id: int, private_home: Path) -> None:
    done = run("list", "sessions", "--json", "--db", str(db_path), home=private_home)
    assert done.returncode == 0, done.stderr
    sessions = json.loads(done.stdout)
    assert {s["name"] for s in sessions} == {"Refunds basics", "Επιστροφές χρημάτων"}
    first = next(s for s in sessions if s["id"] == session_id)
    assert first["date"] == "2025-03-04T09:30:00"
    assert first["candidate"] == "Aoife Byrne" and first["responses"] == 0 and first["trainees"] == 30
    assert {"id", "name", "candidate_id", "date", "code", "method", "audience", "observations"} <= set(first)

    only = run("list", "sessions", "--json", "--candidate", str(first["candidate_id"]), "--db", str(db_path),
               home=private_home)
    assert [s["id"] for s in json.loads(only.stdout)] == [session_id]


def test_import_feedback_generic_file(db_path: Path, session_id: int, private_home: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "feedback.csv", [GENERIC, ["5", "4", "4", "5", "5", "5", "9", "Πολύ καλό"],
                                                 [""] * 8, ["3", "", "", "", "", "", "", "讲得好"]])
    done = run_process("import-feedback", "--session", str(session_id), "--db", str(db_path), str(path),
                       home=private_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("Imported 2 feedback forms into session 1 (Refunds basics), "
                                   "1 blank row skipped")

    again = run("import-feedback", "--session", str(session_id), "--db", str(db_path), str(path), home=private_home)
    assert again.returncode == 1 and "already imported" in again.stderr and "--allow-duplicate" in again.stderr
    allowed = run("import-feedback", "--session", str(session_id), "--allow-duplicate", "--db", str(db_path),
                  str(path), home=private_home)
    assert allowed.returncode == 0, allowed.stderr
    assert db_counts(db_path)["feedback_response"] == 4


def test_import_feedback_with_a_preset(db_path: Path, session_id: int, private_home: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "export.csv", [["Timestamp", "The session was clear", "Comments"],
                                               ["2025-03-04 10:00", "Συμφωνώ απόλυτα", "=SUM(A1)"]])
    done = run("import-feedback", "--session", str(session_id), "--preset", "Google Forms", "--db", str(db_path),
               str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Imported 1 feedback form into session")


def test_import_feedback_by_the_code_on_the_printed_form(db_path: Path, session_id: int, private_home: Path,
                                                         tmp_path: Path) -> None:
    listed = json.loads(run("list", "sessions", "--json", "--db", str(db_path), home=private_home).stdout)
    code = next(s["code"] for s in listed if s["id"] == session_id)
    path = write_csv(tmp_path / "f.csv", [["clarity"], ["4"]])
    done = run("import-feedback", "--session", code.lower(), "--db", str(db_path), str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert f"into session {session_id} " in done.stdout


def test_import_feedback_problems_exit_1_and_write_nothing(db_path: Path, session_id: int, private_home: Path,
                                                          tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [["clarity", "pace", "comment"], ["5", "4", "ok"], ["7", "maybe", ""]])
    before = db_counts(db_path)
    done = run("import-feedback", "--session", str(session_id), "--db", str(db_path), str(path), home=private_home)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0] == "line 3, column 'clarity': 7 is out of range: answer from 1 to 5, or leave it blank."
    assert lines[1].startswith("line 3, column 'pace': 'maybe' is not an answer from 1 to 5")
    assert "nothing was imported" in lines[-1]
    assert done.stdout == ""
    assert db_counts(db_path) == before


@pytest.mark.parametrize(("extra", "message"), [
    (["--preset", "No such preset"], "There is no import preset called 'No such preset'"),
    (["--session", "999"], "no longer in the database"),
])
def test_import_feedback_refusals(db_path: Path, session_id: int, private_home: Path, tmp_path: Path,
                                  extra: list[str], message: str) -> None:
    path = write_csv(tmp_path / "f.csv", [["clarity"], ["5"]])
    args = ["import-feedback", "--session", str(session_id), "--db", str(db_path), *extra, str(path)]
    done = run(*args, home=private_home)
    assert done.returncode == 1
    assert message in done.stderr
    assert db_counts(db_path)["feedback_response"] == 0


def test_import_feedback_not_a_table(db_path: Path, session_id: int, private_home: Path, tmp_path: Path) -> None:
    (tmp_path / "f.csv").write_bytes("clarity,comment\n5,Καλό\n".encode("cp1253"))
    done = run("import-feedback", "--session", str(session_id), "--db", str(db_path), str(tmp_path / "f.csv"),
               home=private_home)
    assert done.returncode == 1 and "save it from your spreadsheet as 'CSV UTF-8'" in done.stderr


def test_import_feedback_usage_error(db_path: Path, private_home: Path) -> None:
    done = run("import-feedback", "--db", str(db_path), "f.csv", home=private_home)
    assert done.returncode == 2


def test_import_feedback_comment_only_needs_the_flag(db_path: Path, session_id: int, private_home: Path,
                                                     tmp_path: Path) -> None:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        coach.feedback.save_preset("Comments", Mapping({"时间戳记": "", "节奏合适": "", "其他意见或建议": "comment"})
                                   .to_dict())
    finally:
        coach.close()
    path = write_csv(tmp_path / "zh.csv", [["时间戳记", "节奏合适", "其他意见或建议"], ["x", "同意", "很好"]])
    base = ("import-feedback", "--session", str(session_id), "--preset", "Comments", "--db", str(db_path))
    before = db_counts(db_path)
    refused = run(*base, str(path), home=private_home)
    assert refused.returncode == 1 and "only the comments" in refused.stderr and "--comment-only" in refused.stderr
    assert db_counts(db_path) == before
    done = run(*base, "--comment-only", str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 feedback form" in done.stdout


# -- survey exports imported with one command and no preset (issue 23) --------------------------------------
EL_GOOGLE = [
    ["Χρονική σήμανση", "Κατάλαβα εύκολα τις εξηγήσεις", "Το περιεχόμενο είναι χρήσιμο για τη δουλειά μου",
     "Ο ρυθμός ήταν κατάλληλος", "Πόσο πιθανό είναι να προτείνετε την εκπαίδευση σε συνάδελφο;", "Σχόλια"],
    ["2025/11/10 2:05:11 μ.μ. GMT+2", "Συμφωνώ απόλυτα", "Συμφωνώ", "Ούτε συμφωνώ ούτε διαφωνώ", "9", "Πολύ καλό"],
    ["2025/11/11 9:40:02 π.μ. GMT+2", "Διαφωνώ", "ΣΥΜΦΩΝΩ ΑΠΟΛΥΤΑ", "", "10", ""],
]
ZH_GOOGLE = [
    ["时间戳记", "培训师讲得很清楚", "内容和我的工作有关", "节奏合适", "您向同事推荐本课程的可能性有多大？",
     "其他意见或建议"],
    ["2025/11/12 下午2:05:11 GMT+8", "非常同意", "同意", "一般", "8", "讲得很清楚"],
    ["2025/11/14 上午11:59:59 GMT+8", "不同意", "非常同意", "同意", "6", ""],
]


@pytest.fixture
def survey_session(db_path: Path) -> int:
    """A session on 1 November 2025: the survey exports' answers (10-14 November) fall within its window."""
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        return make_session(coach, "Refunds basics", NOVEMBER)
    finally:
        coach.close()


def imported(db_path: Path, session_id: int) -> list[tuple[dict[str, int], str, str]]:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        return [(r.answers, r.comment, f"{r.created_at:%Y-%m-%d %H:%M:%S}") for r in
                coach.feedback.responses(session_id)]
    finally:
        coach.close()


def test_google_forms_exports_in_greek_and_chinese_import_with_one_command(
        db_path: Path, survey_session: int, private_home: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Εκπαίδευση (Απαντήσεις) - Απαντήσεις φόρμας 1.csv", EL_GOOGLE)
    dry = run("import-feedback", "--session", str(survey_session), "--dry-run", "--db", str(db_path), str(path),
              home=private_home)
    assert dry.returncode == 0, dry.stderr
    assert "Σχόλια -> comment" in dry.stdout and "Χρονική σήμανση -> @time" in dry.stdout
    assert "2 forms to import" in dry.stdout and imported(db_path, survey_session) == []

    done = run("import-feedback", "--session", str(survey_session), "--db", str(db_path), str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert imported(db_path, survey_session) == [
        ({"clarity": 5, "relevance": 4, "pace": 3, "recommend": 9}, "Πολύ καλό", "2025-11-10 12:05:11"),
        ({"clarity": 2, "relevance": 5, "recommend": 10}, "", "2025-11-11 07:40:02"),
    ]

    zh = write_csv(tmp_path / "培训反馈.csv", ZH_GOOGLE)
    done = run("import-feedback", "--session", str(survey_session), "--db", str(db_path), str(zh), home=private_home)
    assert done.returncode == 0, done.stderr
    assert imported(db_path, survey_session)[2:] == [
        ({"clarity": 5, "relevance": 4, "pace": 3, "recommend": 8}, "讲得很清楚", "2025-11-12 06:05:11"),
        ({"clarity": 2, "relevance": 5, "pace": 4, "recommend": 6}, "", "2025-11-14 03:59:59"),
    ]


def test_microsoft_forms_xlsx_in_english_imports_with_one_command(db_path: Path, survey_session: int,
                                                                 private_home: Path, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from tests.core.import_files import write_xlsx

    def utc(*moment: int) -> str:  # Microsoft writes local times without an offset: read as the computer's
        return f"{datetime(*moment).astimezone().astimezone(UTC):%Y-%m-%d %H:%M:%S}"

    rows = [["ID", "Start time", "Completion time", "Email", "Name", "Was the explanation easy to follow?",
             "How relevant was the content to your job?", "How was the pace?", "How satisfied are you overall?",
             "How likely are you to recommend this training to a colleague?", "What should we improve?"],
            [1, datetime(2025, 11, 10, 14, 1), datetime(2025, 11, 10, 14, 5, 30), "anonymous", None,
             "Strongly agree", "Agree", "Neutral", "Agree", 9, "More practice"],
            [2, datetime(2025, 11, 13, 9, 0), datetime(2025, 11, 13, 9, 2), "anonymous", None,
             "Disagree", "Strongly disagree", None, "Strongly agree", 4, None]]
    path = write_xlsx(tmp_path / "Refunds training(1-2).xlsx", rows)
    done = run("import-feedback", "--session", str(survey_session), "--db", str(db_path), str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert imported(db_path, survey_session) == [
        ({"clarity": 5, "relevance": 4, "pace": 3, "overall": 4, "recommend": 9}, "More practice",
         utc(2025, 11, 10, 14, 5, 30)),
        ({"clarity": 2, "relevance": 1, "overall": 5, "recommend": 4}, "", utc(2025, 11, 13, 9, 2)),
    ]


def test_a_survey_export_with_a_column_it_cannot_place_names_it(db_path: Path, survey_session: int,
                                                                 private_home: Path, tmp_path: Path) -> None:
    rows = [[*EL_GOOGLE[0][:2], "Τι χρώμα είχε η αίθουσα;"], [*EL_GOOGLE[1][:2], "μπλε"]]
    path = write_csv(tmp_path / "el.csv", rows)
    done = run("import-feedback", "--session", str(survey_session), "--db", str(db_path), str(path), home=private_home)
    assert done.returncode == 1
    assert "'Τι χρώμα είχε η αίθουσα;'" in done.stderr and "could not be placed" in done.stderr
    assert imported(db_path, survey_session) == []


def test_ambiguous_dates_are_asked_about(db_path: Path, survey_session: int, private_home: Path,
                                         tmp_path: Path) -> None:
    rows = [["Timestamp", "The session was clear"], ["10/11/2025 14:05:11 GMT", "5"],
            ["03/11/2025 09:00:00 GMT", "4"]]
    path = write_csv(tmp_path / "en.csv", rows)
    base = ("import-feedback", "--session", str(survey_session), "--db", str(db_path))
    refused = run(*base, str(path), home=private_home)
    assert refused.returncode == 1 and "day/month or month/day" in refused.stderr and "--day-first" in refused.stderr
    assert imported(db_path, survey_session) == []
    done = run(*base, "--day-first", str(path), home=private_home)
    assert done.returncode == 0, done.stderr
    assert [when for _a, _c, when in imported(db_path, survey_session)] == ["2025-11-10 14:05:11",
                                                                          "2025-11-03 09:00:00"]


def test_problems_are_printed_in_the_locales_language(db_path: Path, private_home: Path, tmp_path: Path) -> None:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        session = make_session(coach, "投诉处理", starts_at=NOVEMBER)
    finally:
        coach.close()
    path = write_csv(tmp_path / "培训反馈.csv", [["时间戳记", "培训师讲得很清楚", "其他意见或建议"],
                                                 ["2025/11/12 下午2:05:11 CST", "Ίσως", "很好"]])
    base = ("import-feedback", "--session", str(session), "--db", str(db_path), path)
    greek = run_cli(*base, home=private_home, env={"LANGUAGE": "el_GR", "LC_ALL": "el_GR.UTF-8"})
    assert greek.returncode == 1
    assert "γραμμή 1, στήλη '时间戳记': Οι χρόνοι απάντησης έχουν την ένδειξη CST" in greek.stderr
    assert "Ώρα Κίνας UTC+08:00" in greek.stderr and "Το 'Ίσως' δεν είναι απάντηση" in greek.stderr
    # The option that settles the question is named whatever the language of the problem.
    assert "add --zone NAME=OFFSET" in greek.stderr
    chinese = run_cli(*base, "--lang", "zh_CN", home=private_home)
    assert "回复时间标注为 CST，可能是中国标准时间 UTC+08:00、北美中部标准时间 UTC−06:00" in chinese.stderr
    english = run_cli(*base, home=private_home, env={"LANGUAGE": "", "LC_ALL": "C.UTF-8"})
    assert "line 1, column '时间戳记': The response times are marked CST" in english.stderr
    assert db_counts(db_path)["feedback_response"] == 0
