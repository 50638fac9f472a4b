"""Real files for the import tests, written the way the tools that make them write them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import CandidateForm, Coach

GENERIC = ["clarity", "relevance", "pace", "engagement", "confidence", "overall", "recommend", "comment"]
FREE_TEXT = [
    "Πολύ καλή παρουσίαση, ευχαριστώ!",
    "讲得很清楚，谢谢老师",
    "Great 👍🏽 session 🎉",
    "<b>bold</b> & <script>alert(1)</script>",
    "=SUM(A1)",
    'She said "use the macro", then left',
    "line one\nline two\nline three",
    "  leading and trailing spaces  ",
    "semi;colon, comma\ttab",
]


def make_session(coach: Coach, topic: str = "Refunds basics", starts_at: datetime = datetime(2025, 3, 4, 9, 30)) -> int:
    """A session of a new candidate's; survey tests date it just before their exports' answers (10-14 November
    2025), as answers dated outside a session are a question for the lead."""
    candidate_id = coach.candidates.add(CandidateForm(name="Aoife Byrne"))
    return coach.deliveries.add(DeliveryForm(candidate_id, starts_at=starts_at, topic=topic, trainees=30))


NOVEMBER = datetime(2025, 11, 1, 9, 0)  # the survey sessions' start: the answers come 10-14 November


def csv_text(rows: Sequence[Sequence[object]], delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: Sequence[Sequence[object]], encoding: str = "utf-8", delimiter: str = ",") -> Path:
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed text that looks like a formula, as a survey tool exports it
    workbook.save(path)
    return path
