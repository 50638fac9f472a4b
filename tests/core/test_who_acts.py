"""Who is recorded as doing it (issue 15, point 9): "imported by", a move's "by" and an award's "awarded by" name
a person of the team, not the operating system's user (every demo used to say "By root").

On a team server: the person the database login belongs to (app_user). On a local file: the person chosen as
"you" (``settings.set_you``); the demo chooses its first lead.
"""

from __future__ import annotations

import getpass
from datetime import date
from pathlib import Path

import pytest

from tests.core.helpers import make_form, stage_id
from tests.core.import_files import make_session, write_csv
from trainercoach.db import Database
from trainercoach.demo import write_demo
from trainercoach.errors import ValidationError
from trainercoach.imports.feedback_import import import_feedback
from trainercoach.records.certification import CertificationForm
from trainercoach.services import Coach


def recorded_by(coach: Coach, candidate: int, session: int) -> tuple[str, str, str]:
    move = coach.candidates.get(candidate).timeline[0]
    imported = coach.feedback.earlier_import(coach_sha(coach, session))
    assert imported is not None
    awarded = coach.certification.list(candidate)[0].awarded_by
    return move.moved_by, imported.imported_by, awarded


def coach_sha(coach: Coach, session: int) -> str:
    from sqlalchemy import select

    from trainercoach.models import FeedbackImport

    with coach.db.reading() as read:
        found = read.scalar(select(FeedbackImport.sha256).where(FeedbackImport.delivery_id == session))
    assert found is not None
    return found


def act(coach: Coach, tmp_path: Path, candidate: int) -> int:
    coach.pipeline.move(candidate, stage_id(coach, "Screening"), "Screening chat booked.")
    session = make_session(coach, "Returns")
    import_feedback(coach, session, write_csv(tmp_path / "f.csv", [["clarity"], ["5"]]))
    coach.certification.award(CertificationForm(candidate, "Returns"))
    return session


def test_on_a_local_file_the_person_chosen_as_you_is_recorded(db_path: Path, tmp_path: Path) -> None:
    coach = Coach.open(db_path)
    try:
        assert coach.actor == getpass.getuser()  # nobody chosen yet: the only name there is
        niamh = coach.people.add("Niamh Ní Bhriain", role="lead")
        candidate = coach.candidates.add(make_form("Ana Lima"))
        coach.settings.set_you(niamh)
        assert coach.settings.you() == niamh and coach.actor == "Niamh Ní Bhriain"
        session = act(coach, tmp_path, candidate)
        assert recorded_by(coach, candidate, session) == ("Niamh Ní Bhriain",) * 3
        with pytest.raises(ValidationError):
            coach.settings.set_you(99999)
    finally:
        coach.close()
    again = Coach.open(db_path)  # the choice is kept with the file
    try:
        assert again.actor == "Niamh Ní Bhriain"
    finally:
        again.close()


def test_the_demo_acts_as_a_lead(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    write_demo(path, today=date(2026, 3, 15), lang="en")
    coach = Coach.open(path)
    try:
        from trainercoach.models import Person

        you = coach.settings.you()
        assert you is not None
        with coach.db.reading() as read:
            person = read.get(Person, you)
            assert person is not None
            role, name = person.role, person.name
        assert role == "lead" and coach.actor == name != getpass.getuser()
    finally:
        coach.close()


def test_on_a_team_server_the_logins_person_is_recorded(postgres_server, login_role, tmp_path: Path) -> None:
    schema = postgres_server.create_schema()
    owner = Coach.open(postgres_server.url(schema), actor="Server owner")
    try:
        lena = owner.people.add("Lena Λένα", role="lead")
        login = login_role("lena")
        owner.people.grant_access(lena, login, "lead")
        candidate = owner.candidates.add(make_form("Bob 鲍勃"))
        coach = Coach(Database(postgres_server.url(schema, user=login)))  # no actor given: the login says
        try:
            assert coach.actor == "Lena Λένα"
            with pytest.raises(ValidationError):
                coach.settings.set_you(lena)  # on a server it is the login's person, not a choice
            session = act(coach, tmp_path, candidate)
            assert recorded_by(owner, candidate, session) == ("Lena Λένα",) * 3
        finally:
            coach.close()
    finally:
        owner.close()
        postgres_server.drop_schema(schema)
