"""A session's recording link: saved, shown, printed and exported; anything but a web address refused.

The link is opened with a click on the session page and printed in the session report, so what reaches it from a
form, an import or an old database must never be a ``javascript:`` or ``file:`` address.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from trainercoach.errors import ValidationError
from trainercoach.exports.spreadsheets import export_list
from trainercoach.records.sessions import DeliveryForm
from trainercoach.reports.session_report import write_session_report
from trainercoach.services import CandidateForm, Coach

LINK = "https://video.example.com/sessions/Επιστροφές-退款?t=1&x=<b>"


@pytest.fixture
def session(coach) -> int:
    candidate = coach.candidates.add(CandidateForm(name="Ελένη & 王静"))
    return coach.deliveries.add(DeliveryForm(candidate, starts_at=datetime(2026, 3, 14, 9, 30), topic="Refunds",
                                             trainees=12))


def test_a_link_is_saved_trimmed_and_read_back_everywhere(coach, session: int, tmp_path: Path) -> None:
    form = coach.deliveries.get(session).form
    form.recording_link = f"  {LINK} "
    coach.deliveries.update(session, form)
    assert coach.deliveries.get(session).form.recording_link == LINK
    [row] = coach.deliveries.list()
    assert row.recording_link == LINK
    assert coach.deliveries.rows([session])[0].recording_link == LINK

    out = export_list(coach, "sessions", tmp_path / "sessions.csv")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        [record] = list(csv.DictReader(handle))
    assert record["Recording link"] == LINK

    pdf = write_session_report(coach.reports.session_report(session), tmp_path / "session.pdf")
    text = "".join("\n".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Recording" in text and "video.example.com/sessions/" in text


@pytest.mark.parametrize("link", [
    "javascript:alert(1)",
    "file:///etc/passwd",
    "ftp://files.example.com/x.mp4",
    "https://",
    "https://video.example.com/a b",
    "https://video.example.com/\x07",
    "video.example.com/session",
    "https://video.example.com/" + "x" * 1000,
])
def test_anything_but_a_web_address_is_refused_and_nothing_changes(coach, session: int, link: str) -> None:
    before = coach.deliveries.get(session)
    form = before.form
    form.recording_link = link
    with pytest.raises(ValidationError) as refused:
        coach.deliveries.update(session, form)
    assert set(refused.value.errors) == {"recording_link"}
    assert "recording link" in refused.value.errors["recording_link"]
    after = coach.deliveries.get(session)
    assert (after.version, after.form.recording_link) == (before.version, "")
    with pytest.raises(ValidationError):
        coach.deliveries.add(DeliveryForm(form.candidate_id, starts_at=form.starts_at, topic="Other",
                                          recording_link=link))
    assert len(coach.deliveries.list()) == 1


def test_undo_takes_the_link_back(coach, session: int) -> None:
    form = coach.deliveries.get(session).form
    form.recording_link = LINK
    coach.deliveries.update(session, form)
    coach.history.undo()
    assert coach.deliveries.get(session).form.recording_link == ""
    coach.history.redo()
    assert coach.deliveries.get(session).form.recording_link == LINK


def test_a_database_of_the_last_release_gains_the_column_empty(tmp_path: Path) -> None:
    old = Path(__file__).resolve().parents[1] / "data" / "schema-0005.sqlite3"
    path = tmp_path / "old.sqlite3"
    shutil.copy(old, path)
    with sqlite3.connect(path) as raw:
        sessions = raw.execute("SELECT count(*) FROM delivery").fetchone()[0]
    assert sessions > 0
    coach = Coach.open(path, actor="lead")
    try:
        rows = coach.deliveries.list()
        assert len(rows) == sessions and {r.recording_link for r in rows} == {""}
    finally:
        coach.close()


def test_the_demo_records_its_virtual_sessions(tmp_path: Path) -> None:
    from trainercoach.demo import write_demo

    path = tmp_path / "demo.sqlite3"
    write_demo(path, lang="en")
    with sqlite3.connect(path) as raw:
        kinds = dict(raw.execute("SELECT method, count(*) FROM delivery WHERE recording_link != '' GROUP BY method"))
    assert set(kinds) == {"virtual"} and kinds["virtual"] > 0
