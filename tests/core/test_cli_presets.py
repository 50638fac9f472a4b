"""The command line's presets (a mapping a team shares as a JSON file), comprehension checks from a file, and
survey imports' questions for the lead: time zones, forms dated outside the session, blank rows (issue 23)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.helpers import counts, run_cli
from tests.core.import_files import NOVEMBER, make_session, write_csv, write_xlsx
from trainercoach.imports.feedback_import import Mapping
from trainercoach.services import Coach

MAPPING = Mapping({"时间戳记": "@time", "培训师讲得很清楚": "clarity", "其他意见或建议": "comment", "分数": ""},
                  {"还行": 3}, "", {"CST": "+08:00"})


@pytest.fixture
def session_id(db_path: Path) -> int:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        session = make_session(coach, "退款基础 <&>", NOVEMBER)
        coach.feedback.save_preset("问卷星 (zh)", MAPPING.to_dict())
        return session
    finally:
        coach.close()


def saved(db_path: Path) -> dict[str, dict[str, object]]:
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        return {name: coach.feedback.preset(name) for name in coach.feedback.presets()}
    finally:
        coach.close()


def test_presets_list_show_export_and_import_round_trip(db_path: Path, session_id: int, tmp_path: Path) -> None:
    listed = run_cli("presets", "list", "--json", "--db", db_path)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == [{"name": "问卷星 (zh)", "built_in": False},
                                         {"name": "Google Forms", "built_in": True},
                                         {"name": "Microsoft Forms", "built_in": True}]
    plain = run_cli("presets", "list", "--db", db_path).stdout.splitlines()
    assert plain == ["问卷星 (zh)", "Google Forms  (built-in: recognised from the file's columns)",
                     "Microsoft Forms  (built-in: recognised from the file's columns)"]

    shown = json.loads(run_cli("presets", "show", "问卷星 (zh)", "--db", db_path).stdout)
    assert shown["mapping"]["columns"]["培训师讲得很清楚"] == "clarity"
    assert shown["mapping"]["zones"] == {"CST": "+08:00"}
    builtin = json.loads(run_cli("presets", "show", "Google Forms", "--db", db_path).stdout)
    assert builtin["built_in"] and "时间戳记" in builtin["first_columns"]

    out = tmp_path / "preset.json"
    done = run_cli("presets", "export", "问卷星 (zh)", "--out", out, "--db", db_path)
    assert done.returncode == 0, done.stderr
    again = run_cli("presets", "export", "问卷星 (zh)", "--out", out, "--db", db_path)
    assert again.returncode == 1 and "already exists" in again.stderr
    refused = run_cli("presets", "export", "Google Forms", "--out", tmp_path / "g.json", "--db", db_path)
    assert refused.returncode == 1 and "built in" in refused.stderr

    # Another lead's fresh database takes the file as it was saved.
    other = tmp_path / "other.sqlite3"
    loaded = run_cli("presets", "import", out, "--db", other)
    assert loaded.returncode == 0, loaded.stderr
    assert saved(other) == saved(db_path)
    twice = run_cli("presets", "import", out, "--db", other)
    assert twice.returncode == 1 and "--replace" in twice.stderr
    assert run_cli("presets", "import", out, "--replace", "--db", other).returncode == 0
    assert run_cli("presets", "import", out, "--name", "Σχολή Αθήνας", "--db", other).returncode == 0
    assert sorted(saved(other)) == ["Σχολή Αθήνας", "问卷星 (zh)"]


def crafted(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


GOOD = {"format": "trainercoach-import-preset", "version": 1, "name": "Forms",
        "mapping": {"version": 1, "columns": {"Q1": "clarity"}, "scale": {}}}


@pytest.mark.parametrize(("data", "message"), [
    ({**GOOD, "name": "<script>alert(1)</script>"}, "markup or control characters"),
    ({**GOOD, "name": "Forms\u202e\u0000"}, "markup or control characters"),
    ({**GOOD, "name": "x" * 201}, "at most 200 characters"),
    ({**GOOD, "name": 7}, "has no name"),
    ({**GOOD, "run": "rm -rf /"}, "Unknown keys in the file: run"),
    ({**GOOD, "mapping": {**GOOD["mapping"], "macro": "=cmd"}}, "Unknown keys in the mapping: macro"),
    ({**GOOD, "mapping": {"columns": ["Q1", "clarity"]}}, "columns are not a list"),
    ({**GOOD, "mapping": {"columns": {"Q1": 5}}}, "not a feedback item here"),
    ({**GOOD, "mapping": {"columns": {"Q1": "salary"}}}, "'salary', which is not a feedback item"),
    ({**GOOD, "mapping": {"columns": {"Q1": "clarity"}, "scale": {"Good": "4"}}}, "a whole number from 0 to 10"),
    ({**GOOD, "mapping": {"columns": {"Q1": "clarity"}, "scale": {"Good": True}}}, "a whole number from 0 to 10"),
    ({**GOOD, "mapping": {"columns": {f"Q{n}": "" for n in range(501)}}}, "at most 500 are allowed"),
    ({**GOOD, "mapping": {"columns": {"Q1\u0007": "clarity"}}}, "control characters"),
    ({**GOOD, "mapping": {"columns": {"Q1": "clarity"}, "date_order": "ymd"}}, "not dmy or mdy"),
    ({**GOOD, "mapping": {"columns": {"Q1": "clarity"}, "zones": {"CST": "China"}}}, "not a time-zone offset"),
    ({**GOOD, "version": 99}, "version 99"),
    ({**GOOD, "format": "something else"}, "not a Trainer Coach preset file"),
    ([1, 2, 3], "not a Trainer Coach preset file"),
])
def test_a_crafted_preset_file_is_refused(db_path: Path, session_id: int, tmp_path: Path, data: object,
                                          message: str) -> None:
    before = saved(db_path)
    done = run_cli("presets", "import", crafted(tmp_path / "p.json", data), "--db", db_path)
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1  # one clear sentence, no traceback
    assert saved(db_path) == before


def test_a_huge_or_broken_preset_file_is_refused(db_path: Path, session_id: int, tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({**GOOD, "pad": "x" * 300_000}), encoding="utf-8")
    done = run_cli("presets", "import", huge, "--db", db_path)
    assert done.returncode == 1 and "a preset file is at most 262144 bytes" in done.stderr
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "not a preset file" in run_cli("presets", "import", deep, "--db", db_path).stderr
    binary = tmp_path / "p.json"
    binary.write_bytes(b"\xff\xfe\x00junk")
    assert "not a preset file" in run_cli("presets", "import", binary, "--db", db_path).stderr
    assert sorted(saved(db_path)) == ["问卷星 (zh)"]


def test_import_checks_from_the_command_line(db_path: Path, session_id: int, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "测验 Κουίζ.xlsx", [["trainee", "before", "after"], ["Μαρία", 4, 8.5],
                                                     [None, None, None], ["王芳", "5", "9"]])
    dry = run_cli("import-checks", "--session", str(session_id), "--dry-run", "--db", db_path, path)
    assert dry.returncode == 0, dry.stderr
    assert "2 trainees' scores, 1 blank rows" in dry.stdout and "Nothing was changed" in dry.stdout
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        assert counts(coach)["comprehension_score"] == 0
    finally:
        coach.close()
    done = run_cli("import-checks", "--session", str(session_id), "--kind", "oral_exam", "--title", "Ημέρα 1 · 第一天",
                   "--held-on", "2025-11-10", "--db", db_path, path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"into session {session_id} (退款基础 <&>): 2 trainees, 1 blank row skipped")
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        [check] = coach.comprehension.for_delivery(session_id)
        assert (check.form.kind, check.form.title, str(check.form.held_on)) == ("oral_exam", "Ημέρα 1 · 第一天",
                                                                              "2025-11-10")
        assert [(s.trainee, s.pre, s.post) for s in check.form.scores] == [("Μαρία", 4, 8.5), ("王芳", 5, 9)]
    finally:
        coach.close()


def test_import_checks_refuses_a_bad_file_whole(db_path: Path, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "q.csv", [["trainee", "before", "after"], ["T01", "4", "11"], ["T02", "很好", "9"]])
    done = run_cli("import-checks", "--session", str(session_id), "--db", db_path, path)
    assert done.returncode == 1
    assert "line 2, column 'after': 11 is above the maximum score 10." in done.stderr
    assert "line 3, column 'before': '很好' is not a number." in done.stderr
    dry = run_cli("import-checks", "--session", str(session_id), "--dry-run", "--db", db_path, path)
    assert dry.returncode == 1 and "line 2, column 'after'" in dry.stdout
    missing = run_cli("import-checks", "--session", "999", "--db", db_path, path)
    assert missing.returncode == 1 and missing.stdout == ""
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        assert coach.comprehension.for_delivery(session_id) == []
    finally:
        coach.close()


ZH_ROWS = [["时间戳记", "培训师讲得很清楚", "您对本次培训总体满意吗？", "其他意见或建议"],
           ["2025/11/12 下午2:05:11 CST", "(5) 非常同意", "★★★★☆", "很好"],
           ["", "", "", ""],
           ["2025/10/30 上午9:00:00 CST", "同意", "满意", "上个月的"],  # before the session began (1 November)
           ["2025/11/13 上午10:00:00 CST", "不同意", "非常满意", ""]]


def test_a_chinese_export_with_cst_and_an_early_form(db_path: Path, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "培训反馈.csv", ZH_ROWS)
    base = ("import-feedback", "--session", str(session_id), "--db", str(db_path))
    dry = run_cli(*base, "--dry-run", path)
    assert dry.returncode == 1
    assert "时间戳记 -> @time  (certain)" in dry.stdout and "培训师讲得很清楚 -> clarity  (likely)" in dry.stdout
    assert "4 rows: 3 forms to import, 1 blank" in dry.stdout
    # One question for the file (on its header), not one per row; the CLI names the option that answers it.
    assert ("line 1, column '时间戳记': The response times are marked CST, which could be China Standard Time "
            "UTC+08:00, Central Standard Time (North America) UTC−06:00") in dry.stdout
    assert "--zone CST=+08:00" in dry.stderr
    refused = run_cli(*base, path)
    assert refused.returncode == 1 and "add --zone NAME=OFFSET" in refused.stderr

    asked = run_cli(*base, "--zone", "CST=+08:00", "--dry-run", path)
    assert "3 dated outside" not in asked.stdout and "1 dated outside the session" in asked.stdout
    assert "line 4, column '时间戳记': Answered on 2025-10-30 01:00 UTC, before the session began" in asked.stdout
    assert "--outside import or --outside leave-out" in asked.stderr
    bad_zone = run_cli(*base, "--zone", "CST=China", path)
    assert bad_zone.returncode == 1 and "CST=+08:00" in bad_zone.stderr

    done = run_cli(*base, "--zone", "CST=+08:00", "--outside", "leave-out", path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"2 feedback forms into session {session_id} (退款基础 <&>), 1 blank row "
                                        "skipped, 1 dated outside the session left out")
    coach = Coach.open(db_path, actor="Test Lead")
    try:
        answers = [(r.answers, r.comment, f"{r.created_at:%m-%d %H:%M}") for r in coach.feedback.responses(session_id)]
        assert answers == [({"clarity": 5, "overall": 4}, "很好", "11-12 06:05"),
                           ({"clarity": 2, "overall": 5}, "", "11-13 02:00")]
    finally:
        coach.close()
