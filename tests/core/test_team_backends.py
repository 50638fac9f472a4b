"""One code path for SQLite and PostgreSQL: the same migrations, the same services, the same answers.

The rest of the suite already runs every ``coach`` test on both; these are the places where the two
databases are known to differ (sequences, case folding, types, RETURNING, a month's name in SQL).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import insert, inspect, select, text

from tests.core.helpers import make_form
from trainercoach.db import migrate
from trainercoach.db.engine import Database
from trainercoach.db.urls import normalize_url, resolve_url
from trainercoach.errors import ValidationError
from trainercoach.models import Base, Candidate, Delivery, Person
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.rubrics import CriterionRecord
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


def revisions_oldest_first() -> list[str]:
    return [script.revision for script in reversed(list(migrate.scripts().walk_revisions()))]


def test_every_revision_upgrades_and_downgrades_on_postgresql(empty_postgres_database: Callable[[], str]) -> None:
    database = Database(empty_postgres_database())
    try:
        revisions = revisions_oldest_first()
        for revision in revisions:
            migrate.upgrade(database.engine, revision)
            assert migrate.current_revision(database.engine) == revision
        for revision in reversed(revisions[:-1]):
            migrate.downgrade(database.engine, revision)
            assert migrate.current_revision(database.engine) == revision
        migrate.downgrade(database.engine, "base")
        assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
        migrate.upgrade(database.engine)  # and up again over the same (server-wide) roles
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_the_orm_models_match_the_migrated_schema(coach: Coach) -> None:
    with coach.db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_postgresql_urls_as_people_write_them_use_the_shipped_driver() -> None:
    assert normalize_url("postgresql://maria@db.example.com/coach") == "postgresql+psycopg://maria@db.example.com/coach"
    assert normalize_url("postgres://maria@db.example.com:6543/coach").startswith("postgresql+psycopg://")
    assert resolve_url("postgresql://maria@db/coach") == "postgresql+psycopg://maria@db/coach"
    assert normalize_url("postgresql+psycopg://x@y/z") == "postgresql+psycopg://x@y/z"


# -- ids: undo and redo put rows back with the ids they had ------------------------------------------
def test_ids_put_back_by_undo_and_redo_never_collide_with_new_ones(coach: Coach) -> None:
    first = coach.candidates.add(make_form("Ασπασία"))
    second = coach.candidates.add(make_form("Βέρα"))
    coach.history.undo()
    coach.history.redo()  # Βέρα again, with her old candidate and person ids
    assert coach.candidates.get(second).form.name == "Βέρα"
    third = coach.candidates.add(make_form("Γαλήνη"))
    fourth = coach.candidates.add(make_form("Δανάη"))
    assert len({first, second, third, fourth}) == 4
    assert [c.name for c in coach.candidates.list()] == ["Ασπασία", "Βέρα", "Γαλήνη", "Δανάη"]

    session = coach.deliveries.add(DeliveryForm(first, datetime(2026, 3, 2, 9), "Refunds"))
    code = coach.deliveries.get(session).code
    coach.history.undo()
    coach.history.redo()
    assert coach.deliveries.get(session).code == code
    later = coach.deliveries.add(DeliveryForm(first, datetime(2026, 3, 3, 9), "Returns"))
    assert later != session and len(coach.deliveries.list()) == 2


def test_ids_written_from_outside_the_sequence_move_it_on(coach: Coach) -> None:
    """A copied or demo database brings ids the sequence never handed out; the next insert must pass them."""
    with coach.db.transaction() as session:
        session.execute(insert(Person), [{"id": 500, "name": "Copied in", "created_at": datetime(2026, 1, 1)}])
        session.execute(insert(Person), [{"id": 700, "name": "Copied too", "created_at": datetime(2026, 1, 1)}])
    added = coach.people.add("Added after", role="trainer")
    assert added > 700
    candidate = coach.candidates.add(make_form("Ελένη"))
    with coach.db.reading() as session:
        person = session.scalar(select(Candidate.person_id).where(Candidate.id == candidate))
    assert person > added


# -- the same answers -----------------------------------------------------------------------------------
@pytest.mark.parametrize("first, again", [
    ("Κατάρτιση Πελατών", "ΚΑΤΆΡΤΙΣΗ ΠΕΛΑΤΏΝ"),
    ("ΚΑΤΆΡΤΙΣΗ", "ΚΑΤΆΡΤΙΣΗ"),  # the same title twice: refused in words, not by the unique index
    ("退款流程 Refunds", "退款流程 REFUNDS"),
    ("Élodie's deck", "ÉLODIE'S DECK"),
])
def test_names_are_the_same_name_in_any_case_on_both_databases(coach: Coach, first: str, again: str) -> None:
    coach.assets.add(first)
    with pytest.raises(ValidationError, match="already a training asset"):
        coach.assets.add(again)
    coach.feedback.add_item(first + "?")
    with pytest.raises(ValidationError, match="already asked"):
        coach.feedback.add_item(again + "?")
    criteria = [CriterionRecord("clarity", "Clarity", "How clear", 1.0, {n: f"level {n}" for n in range(1, 6)})]
    coach.rubrics.create(first, criteria)
    with pytest.raises(ValidationError, match="already a rubric"):
        coach.rubrics.create(again, criteria)


def test_dates_times_and_booleans_come_back_as_they_went_in(coach: Coach) -> None:
    asset = coach.assets.add("Hands-on lab", has_text=False, has_visual=True, has_hands_on=True)
    [record] = [a for a in coach.assets.list() if a.id == asset]
    assert (record.has_text, record.has_visual, record.has_hands_on) == (False, True, True)
    candidate = coach.candidates.add(make_form("Ζωή", hire_date=date(2019, 2, 28), nominated_on=date(2024, 2, 29)))
    starts = datetime(2026, 2, 28, 23, 59, 30)
    session = coach.deliveries.add(DeliveryForm(candidate, starts, "Leap day eve", asset_id=asset))
    assert coach.deliveries.get(session).form.starts_at == starts
    form = coach.candidates.get(candidate).form
    assert (form.hire_date, form.nominated_on) == (date(2019, 2, 28), date(2024, 2, 29))
    assert [r.id for r in coach.deliveries.list(since=date(2026, 2, 28), until=date(2026, 2, 28))] == [session]
    assert coach.deliveries.list(since=date(2026, 3, 1)) == []


def test_many_forms_written_at_once_keep_their_own_answers(coach: Coach) -> None:
    """INSERT … RETURNING over many rows: each id must come back for its own row, on both databases."""
    candidate = coach.candidates.add(make_form("Ηλέκτρα"))
    session = coach.deliveries.add(DeliveryForm(candidate, datetime(2026, 4, 1, 9), "Escalations", trainees=30))
    entries = [FeedbackEntry({"overall": 1 + n % 5, "recommend": n % 11}, f"form {n} · 表 {n}") for n in range(25)]
    written = coach.feedback.write_import(session, "survey.csv", "0" * 64, entries, batch=7)
    assert written == 25
    for response in coach.feedback.responses(session):
        n = int(response.comment.split()[1])
        assert response.answers == {"overall": 1 + n % 5, "recommend": n % 11}


def test_sessions_by_month_in_sql_on_both_databases(coach: Coach) -> None:
    candidate = coach.candidates.add(make_form("Θεοδώρα"))
    for day in (datetime(2026, 1, 31, 23, 0), datetime(2026, 2, 1, 0, 30), datetime(2026, 2, 14, 9)):
        coach.deliveries.add(DeliveryForm(candidate, day, "Billing"))
    assert coach.effectiveness.programme().deliveries_per_month == [("2026-01", 1), ("2026-02", 2)]


def test_the_same_question_gets_the_same_rows_on_both(coach: Coach) -> None:
    """A raw check that the schema, not only the ORM, is the same: constraint names the GUI maps to words."""
    with coach.db.engine.connect() as connection:
        checks = {c["name"] for c in inspect(connection).get_check_constraints("delivery")}
        uniques = {u["name"] for u in inspect(connection).get_unique_constraints("delivery")}
        assert connection.execute(text("SELECT count(*) FROM stage")).scalar() == 9
    assert {"ck_delivery_method", "ck_delivery_audience", "ck_delivery_trainees", "ck_delivery_duration"} <= checks
    assert "uq_delivery_code" in uniques
    with coach.db.reading() as session:
        assert session.scalar(select(Delivery.id).limit(1)) is None
