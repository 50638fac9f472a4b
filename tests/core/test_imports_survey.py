"""Survey exports (Google Forms, Microsoft Forms) in English, Greek and Chinese: the traps a new user met (issue 23)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.import_files import make_session, write_csv
from trainercoach.imports.feedback_import import ImportRefused, Mapping, guess_mapping, import_feedback, preview
from trainercoach.imports.tables import read_headers
from trainercoach.services import Coach

# A Google Forms export made in Chinese: 时间戳记 first, then the lead's own questions.
ZH_HEADERS = ["时间戳记", "培训师讲得很清楚", "内容和我的工作有关", "节奏合适", "您向同事推荐本课程的可能性有多大？",
              "其他意见或建议"]
ZH_ROWS = [
    ["2025/11/10 下午2:05:11 [GMT+8]", "非常同意", "同意", "一般", "9", "讲得很清楚"],
    ["2025/11/11 上午9:40:02 [GMT+8]", "同意", "非常同意", "同意", "8", ""],
]


@pytest.fixture
def session_id(coach: Coach) -> int:
    return make_session(coach)


def test_a_greek_comments_column_is_found(coach: Coach, tmp_path: Path) -> None:
    """The comment stems were accented and the header folded, so "Σχόλια" never matched."""
    path = write_csv(tmp_path / "el.csv", [["Χρονική σήμανση", "Σχόλια"], ["x", "Καλό"]])
    assert guess_mapping(read_headers(path), coach.feedback.items()).columns["Σχόλια"] == "comment"
    path = write_csv(tmp_path / "el2.csv", [["Χρονική σήμανση", "Τι θα βελτιώνατε;"], ["x", "Καλό"]])
    assert guess_mapping(read_headers(path), coach.feedback.items()).columns["Τι θα βελτιώνατε;"] == "comment"


def comment_only(headers: list[str], comment: str) -> Mapping:
    return Mapping({h: ("comment" if h == comment else "") for h in headers})


def test_a_mapping_with_no_rating_is_refused_unless_the_lead_confirms(coach: Coach, session_id: int,
                                                                      tmp_path: Path) -> None:
    """The Chinese file's old default guess mapped only the comment and the preview said "No problems"."""
    path = write_csv(tmp_path / "zh.csv", [ZH_HEADERS, *ZH_ROWS])
    mapping = comment_only(ZH_HEADERS, "其他意见或建议")
    seen = preview(coach, path, mapping)
    assert not seen.ok and seen.asks_comment_only
    assert "only the comments" in str(seen.problems[0])
    with pytest.raises(ImportRefused, match="only the comments"):
        import_feedback(coach, session_id, path, mapping)
    assert coach.feedback.responses(session_id) == []

    assert preview(coach, path, mapping, comment_only=True).ok
    result = import_feedback(coach, session_id, path, mapping, comment_only=True)
    assert result.imported == 1  # the second form left no comment: a blank row
    assert [r.comment for r in coach.feedback.responses(session_id)] == ["讲得很清楚"]


def test_other_problems_are_not_hidden_behind_the_question(coach: Coach, session_id: int, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "zh.csv", [ZH_HEADERS, *ZH_ROWS])
    mapping = Mapping({"其他意见或建议": "comment"})  # the other columns are unknown: a second problem
    seen = preview(coach, path, mapping)
    assert not seen.asks_comment_only and len(seen.problems) == 2
