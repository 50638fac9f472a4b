"""Roles on a team server, enforced by PostgreSQL itself: proved with each person's own login and raw SQL.

Alice and Bob are trainers (candidates with logins in this database's trainer role), Lena is a lead (her login is
in its lead role, and unlike the test's own connection she does not own the tables). Each has a session;
Olga, a lead without a login, observed both.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from tests.conftest import PostgresServer
from tests.core.helpers import make_form
from trainercoach.db import team
from trainercoach.db.engine import Database
from trainercoach.errors import AccessDenied, NotFound, TrainerCoachError, ValidationError
from trainercoach.records.feedback import FeedbackEntry
from trainercoach.records.observations import ObservationForm
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach


@dataclass
class Team:
    server: PostgresServer
    schema: str
    owner: Coach
    logins: dict[str, str]  # alice, bob, lena -> their login role
    sessions: dict[str, int]  # alice, bob -> their session; alice_spare: hers, not observed
    candidates: dict[str, int]
    observations: dict[str, int]

    def url(self, who: str) -> str:
        return self.server.url(self.schema, user=self.logins[who])

    def engine(self, who: str) -> Engine:
        return create_engine(self.url(who), poolclass=NullPool)

    def coach(self, who: str) -> Coach:
        return Coach(Database(self.url(who)), actor=who)


@pytest.fixture
def team_server(postgres_server: PostgresServer, login_role) -> Iterator[Team]:
    schema = postgres_server.create_schema()
    owner = Coach.open(postgres_server.url(schema), actor="Server owner")
    try:
        rubric = owner.rubrics.latest()
        first = rubric.criteria[0].id
        olga = owner.people.add("Olga Observer", role="lead")
        lena = owner.people.add("Lena Lead", role="lead")
        alice = owner.candidates.add(make_form("Alice Ανδρέου", mentor_id=olga))
        bob = owner.candidates.add(make_form("Bob 鲍勃", mentor_id=olga))
        sessions, observations = {}, {}
        for who, candidate in (("alice", alice), ("bob", bob)):
            sessions[who] = owner.deliveries.add(DeliveryForm(candidate, datetime(2026, 5, 4, 9), f"{who}'s topic",
                                                              trainees=6, observer_ids=[olga]))
            observations[who] = owner.observations.save(ObservationForm(
                sessions[who], olga, rubric.id, {first: 3}, strengths=f"{who} was clear"))
            owner.feedback.add_response(sessions[who], FeedbackEntry({"overall": 4}, f"good, {who}"))
        sessions["alice_spare"] = owner.deliveries.add(DeliveryForm(alice, datetime(2026, 5, 6, 9), "Spare"))
        logins = {"alice": login_role("alice"), "bob": login_role("bob"), "lena": login_role("lena")}
        owner.people.grant_access(owner.candidates.get(alice).person_id, logins["alice"], "trainer")
        owner.people.grant_access(owner.candidates.get(bob).person_id, logins["bob"], "trainer")
        owner.people.grant_access(lena, logins["lena"], "lead")
        yield Team(postgres_server, schema, owner, logins, sessions, {"alice": alice, "bob": bob}, observations)
    finally:
        owner.close()
        postgres_server.drop_schema(schema)


def rows(engine: Engine, sql: str, **params: object) -> list[tuple]:
    with engine.begin() as connection:
        return [tuple(row) for row in connection.execute(text(sql), params)]


def affected(engine: Engine, sql: str, **params: object) -> int:
    with engine.begin() as connection:
        return connection.execute(text(sql), params).rowcount


def refused(engine: Engine, sql: str, **params: object) -> str:
    with pytest.raises(DBAPIError) as raised, engine.begin() as connection:
        connection.execute(text(sql), params)
    return str(raised.value.orig)


# -- a trainer's own connection, raw SQL --------------------------------------------------------------
def test_a_trainer_cannot_read_another_trainers_observations(team_server: Team) -> None:
    alice = team_server.engine("alice")
    bob_session = team_server.sessions["bob"]
    assert rows(alice, "SELECT * FROM observation WHERE delivery_id = :d", d=bob_session) == []
    assert rows(alice, "SELECT * FROM observation WHERE id = :o", o=team_server.observations["bob"]) == []
    assert rows(alice, "SELECT * FROM observation_score WHERE observation_id = :o",
                o=team_server.observations["bob"]) == []
    assert rows(alice, "SELECT count(*) FROM observation") == [(1,)]
    # nor by any back door: the session it hangs off, its feedback, or a join through a table she may read
    assert rows(alice, "SELECT * FROM delivery WHERE id = :d", d=bob_session) == []
    assert rows(alice, "SELECT * FROM feedback_response WHERE delivery_id = :d", d=bob_session) == []
    assert rows(alice, "SELECT o.strengths FROM candidate c JOIN delivery d ON d.candidate_id = c.id "
                       "JOIN observation o ON o.delivery_id = d.id WHERE c.id = :c",
                c=team_server.candidates["bob"]) == []
    alice.dispose()


def test_a_trainer_reads_her_own_observations(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT id, strengths FROM observation") == [
        (team_server.observations["alice"], "alice was clear")]
    assert rows(alice, "SELECT score FROM observation_score WHERE observation_id = :o",
                o=team_server.observations["alice"]) == [(3,)]
    assert {r[0] for r in rows(alice, "SELECT id FROM delivery")} == {team_server.sessions["alice"],
                                                                        team_server.sessions["alice_spare"]}
    # the shared lists: everyone, every stage, the rubric
    assert len(rows(alice, "SELECT id FROM candidate")) == 2
    assert len(rows(alice, "SELECT id FROM person")) == 4
    assert len(rows(alice, "SELECT id FROM stage")) == 9
    assert len(rows(alice, "SELECT id FROM criterion")) >= 1
    alice.dispose()


def test_a_trainer_cannot_change_or_delete_another_trainers_session(team_server: Team) -> None:
    alice = team_server.engine("alice")
    bob_session = team_server.sessions["bob"]
    assert affected(alice, "UPDATE delivery SET topic = 'hijacked' WHERE id = :d", d=bob_session) == 0
    assert affected(alice, "UPDATE delivery SET topic = 'hijacked'") == 2  # only her own two
    assert affected(alice, "DELETE FROM delivery WHERE id = :d", d=bob_session) == 0
    assert affected(alice, "DELETE FROM feedback_response WHERE delivery_id = :d", d=bob_session) == 0
    assert affected(alice, "DELETE FROM delivery_observer WHERE delivery_id = :d", d=bob_session) == 0
    assert team_server.owner.deliveries.get(bob_session).form.topic == "bob's topic"
    assert team_server.owner.feedback.count(bob_session) == 1
    # nor take a session over, or log one in his name
    bob = team_server.candidates["bob"]
    assert "row-level security" in refused(alice, "UPDATE delivery SET candidate_id = :c WHERE id = :d",
                                           c=bob, d=team_server.sessions["alice"])
    assert "row-level security" in refused(
        alice, "INSERT INTO delivery (code, candidate_id, starts_at, topic, method, audience, trainees, "
               "duration_minutes, notes, created_at, version) VALUES ('ZZZZZZ', :c, now(), 'x', 'classroom', "
               "'new_hires', 1, 60, '', now(), 1)", c=bob)
    alice.dispose()


def test_a_trainer_adds_feedback_on_her_own_session_and_on_no_other(team_server: Team) -> None:
    alice = team_server.engine("alice")
    own, other = team_server.sessions["alice"], team_server.sessions["bob"]
    with alice.begin() as connection:
        response = connection.execute(text(
            "INSERT INTO feedback_response (delivery_id, source, comment, created_at) "
            "VALUES (:d, 'paper', 'typed by Alice · 好', now()) RETURNING id"), {"d": own}).scalar()
        connection.execute(text("INSERT INTO feedback_answer (response_id, item_id, value) "
                                "SELECT :r, id, 5 FROM feedback_item WHERE key = 'overall'"), {"r": response})
    assert rows(alice, "SELECT count(*) FROM feedback_response WHERE delivery_id = :d", d=own) == [(2,)]
    assert "row-level security" in refused(
        alice, "INSERT INTO feedback_response (delivery_id, source, comment, created_at) "
               "VALUES (:d, 'paper', 'sneaky', now())", d=other)
    # an answer hung on Bob's form is refused too
    bob_response = team_server.owner.feedback.responses(other)[0].id
    assert "row-level security" in refused(
        alice, "INSERT INTO feedback_answer (response_id, item_id, value) "
               "SELECT :r, id, 1 FROM feedback_item WHERE key = 'clarity'", r=bob_response)
    assert team_server.owner.feedback.count(other) == 1
    alice.dispose()


def test_a_trainer_cannot_score_herself_or_change_the_shared_lists(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert "permission denied" in refused(alice, "UPDATE observation SET strengths = 'excellent' WHERE id = :o",
                                          o=team_server.observations["alice"])
    assert "permission denied" in refused(alice, "DELETE FROM observation")
    assert "permission denied" in refused(alice, "UPDATE candidate SET stage_id = stage_id")
    assert "permission denied" in refused(alice, "UPDATE person SET name = 'x'")
    assert "permission denied" in refused(alice, "INSERT INTO app_user (db_user, person_id, role, created_at) "
                                                 "SELECT 'alice2', id, 'lead', now() FROM person LIMIT 1")
    assert "permission denied" in refused(alice, "DELETE FROM stage")
    alice.dispose()


def test_a_trainer_deletes_her_session_only_while_nobody_observed_it(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert affected(alice, "DELETE FROM delivery WHERE id = :d", d=team_server.sessions["alice"]) == 0
    assert affected(alice, "DELETE FROM delivery WHERE id = :d", d=team_server.sessions["alice_spare"]) == 1
    assert rows(alice, "SELECT count(*) FROM observation") == [(1,)]
    alice.dispose()


def test_a_trainer_sees_only_her_own_login(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT db_user FROM app_user") == [(team_server.logins["alice"],)]
    # the lookup the policies use answers only for logins the caller may act as
    assert rows(alice, "SELECT trainercoach_person_of(:u)", u=team_server.logins["bob"]) == [(None,)]
    alice.dispose()


def test_a_lead_login_sees_and_edits_everything(team_server: Team) -> None:
    lena = team_server.engine("lena")
    assert rows(lena, "SELECT count(*) FROM observation") == [(2,)]
    assert affected(lena, "UPDATE delivery SET trainees = 7 WHERE id = :d", d=team_server.sessions["bob"]) == 1
    assert affected(lena, "UPDATE observation SET strengths = 'revised' WHERE id = :o",
                    o=team_server.observations["alice"]) == 1
    assert "must be owner" in refused(lena, "DROP TABLE delivery")  # the schema is the owner's
    lena.dispose()


# -- the same rules through the app ----------------------------------------------------------------
def test_the_app_as_a_trainer_shows_and_allows_what_her_role_allows(team_server: Team) -> None:
    alice = team_server.coach("alice")
    try:
        me = alice.people.connected()
        assert (me.role, me.person_id) == ("trainer", team_server.owner.candidates.get(
            team_server.candidates["alice"]).person_id)
        assert {s.topic for s in alice.deliveries.list()} == {"alice's topic", "Spare"}
        assert alice.observations.for_delivery(team_server.sessions["bob"]) == []
        with pytest.raises(NotFound):
            alice.deliveries.get(team_server.sessions["bob"])
        # her own session she edits, and her feedback she enters
        detail = alice.deliveries.get(team_server.sessions["alice"])
        alice.deliveries.update(detail.id, replace(detail.form, trainees=9), expected_version=detail.version)
        alice.feedback.add_response(detail.id, FeedbackEntry({"overall": 5}, "from the kiosk"))
        assert team_server.owner.deliveries.get(detail.id).form.trainees == 9
        # what her role does not allow is refused in words, and nothing is changed
        candidate = team_server.owner.candidates.get(team_server.candidates["alice"])
        with pytest.raises(AccessDenied, match="role"):
            alice.candidates.update(candidate.id, replace(candidate.form, notes="promote me"))
        assert team_server.owner.candidates.get(candidate.id).form.notes == candidate.form.notes
        with pytest.raises(AccessDenied):
            alice.people.grant_access(candidate.person_id, "alice_lead", "lead")
    finally:
        alice.close()


def test_a_lead_login_through_the_app(team_server: Team) -> None:
    lena = team_server.coach("lena")
    try:
        assert lena.people.connected().role == "lead"
        assert len(lena.deliveries.list()) == 3
        assert len(lena.observations.for_delivery(team_server.sessions["bob"])) == 1
        assert {login.role for login in lena.people.logins()} == {"lead", "trainer"}
    finally:
        lena.close()


def test_the_app_tells_a_trainer_why_her_observed_session_stays(team_server: Team) -> None:
    alice = team_server.coach("alice")
    try:
        with pytest.raises(AccessDenied, match="observed"):
            alice.deliveries.delete(team_server.sessions["alice"])
        alice.deliveries.delete(team_server.sessions["alice_spare"])
        assert [s.topic for s in alice.deliveries.list()] == ["alice's topic"]
        alice.history.undo()  # her own delete is hers to take back, and to make again
        assert len(alice.deliveries.list()) == 2
        alice.history.redo()
        assert [s.topic for s in alice.deliveries.list()] == ["alice's topic"]
        with pytest.raises(NotFound):  # another trainer's session is not even there for her
            alice.deliveries.delete(team_server.sessions["bob"])
    finally:
        alice.close()
    assert len(team_server.owner.deliveries.list()) == 2


# -- giving access -------------------------------------------------------------------------------
def test_a_role_can_be_changed_and_taken_back(team_server: Team) -> None:
    owner, login = team_server.owner, team_server.logins["bob"]
    bob_person = owner.candidates.get(team_server.candidates["bob"]).person_id
    owner.people.grant_access(bob_person, login, "lead")
    bob = team_server.engine("bob")
    assert rows(bob, "SELECT count(*) FROM observation") == [(2,)]
    owner.people.revoke_access(bob_person)
    # without a role the database itself is out of reach: the login may not even connect to it
    assert "CONNECT privilege" in refused(bob, "SELECT count(*) FROM observation")
    assert login not in {x.db_user for x in owner.people.logins()}
    bob.dispose()


@pytest.mark.parametrize("login, problem", [
    ("Maria", "lower-case"), ("1maria", "lower-case"), ("maria-k", "lower-case"), ("", "lower-case"),
    ("pg_maria", "reserved"), ("trainercoach_lead", "reserved"), ("postgres", "administrator"),
])
def test_a_bad_login_is_refused_and_nothing_is_made(team_server: Team, login: str, problem: str) -> None:
    person = team_server.owner.people.add("Nikos", role="trainer")
    with pytest.raises(ValidationError, match=problem):
        team_server.owner.people.grant_access(person, login, "trainer")
    with pytest.raises(ValidationError, match="lead or trainer"):
        team_server.owner.people.grant_access(person, "nikos_ok", "boss")
    assert [x.person_id for x in team_server.owner.people.logins() if x.person_id == person] == []


def test_a_login_belongs_to_one_person(team_server: Team) -> None:
    someone = team_server.owner.people.add("Someone Else", role="trainer")
    with pytest.raises(ValidationError, match="already belongs to Alice"):
        team_server.owner.people.grant_access(someone, team_server.logins["alice"], "trainer")


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_access_needs_a_team_server(coach: Coach) -> None:
    person = coach.people.add("Local Person", role="trainer")
    with pytest.raises(TrainerCoachError, match="team server"):
        coach.people.grant_access(person, "local_person", "trainer")
    assert coach.people.connected().role == "owner"


def test_a_password_is_sent_as_a_verifier_postgresql_accepts(team_server: Team, login_role) -> None:
    """The verifier made here must be the one PostgreSQL makes itself from the same password and salt."""
    password = "Pässwörd · 密码 1"
    reference = login_role("reference")
    admin = team_server.server.engine()
    with admin.begin() as connection:
        connection.execute(text("SET LOCAL password_encryption = 'scram-sha-256'"))
        connection.exec_driver_sql(f"CREATE ROLE {reference} LOGIN PASSWORD '{password}'")
        theirs = connection.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"),
                                    {"r": reference}).scalar()
    iterations, salt = theirs.split("$")[1].split(":")
    assert team.scram_verifier(password, base64.b64decode(salt), int(iterations)) == theirs

    person = team_server.owner.people.add("Pat Password", role="trainer")
    login = login_role("pat")
    team_server.owner.people.grant_access(person, login, "trainer", password=password)
    with admin.begin() as connection:
        stored = connection.execute(text("SELECT rolpassword, rolcanlogin FROM pg_authid WHERE rolname = :r"),
                                    {"r": login}).one()
    assert stored[0].startswith("SCRAM-SHA-256$4096:") and stored[1] is True


# -- the per-session summaries (migration 0014): nobody writes them but the database's own triggers ----------
WRITES = [
    "INSERT INTO session_summary (delivery_id, rubric_n, rubric_sum, rubric_sumsq, responses, overall_n, "
    "overall_sum, overall_sumsq) VALUES (:d, 9, 45, 225, 9, 9, 45, 225)",
    "UPDATE session_summary SET overall_sum = overall_n * 5 WHERE delivery_id = :d",
    "DELETE FROM session_summary WHERE delivery_id = :d",
    "INSERT INTO observer_gap (delivery_id, rubric_version_id, observer_id, gap) "
    "SELECT :d, rubric_version_id, observer_id, -3 FROM observation WHERE delivery_id = :d",
    "UPDATE observer_gap SET gap = 0 WHERE delivery_id = :d",
    "DELETE FROM observer_gap WHERE delivery_id = :d",
]


@pytest.mark.parametrize("who", ["alice", "lena"])
@pytest.mark.parametrize("sql", WRITES)
def test_nobody_writes_the_summaries(team_server: Team, who: str, sql: str) -> None:
    """Not a trainer on her own session (she would raise her own readiness), not even a lead."""
    engine = team_server.engine(who)
    before = rows(team_server.owner.db.engine, "SELECT * FROM session_summary ORDER BY delivery_id")
    assert "permission denied" in refused(engine, sql, d=team_server.sessions["alice"])
    assert rows(team_server.owner.db.engine, "SELECT * FROM session_summary ORDER BY delivery_id") == before
    engine.dispose()


def test_a_trainer_reads_only_her_own_sessions_summaries(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT delivery_id, responses, overall_n, overall_sum FROM session_summary") == [
        (team_server.sessions["alice"], 1, 1, 4)]
    assert rows(alice, "SELECT count(*) FROM session_summary WHERE delivery_id = :d",
                d=team_server.sessions["bob"]) == [(0,)]
    lena = team_server.engine("lena")
    assert {r[0] for r in rows(lena, "SELECT delivery_id FROM session_summary")} == {
        team_server.sessions["alice"], team_server.sessions["bob"]}
    alice.dispose()
    lena.dispose()


def test_a_trainers_own_writes_keep_her_summary(team_server: Team) -> None:
    """Her forms go in and out through the triggers, which write as the schema's owner."""
    alice = team_server.engine("alice")
    session = team_server.sessions["alice"]
    overall = rows(alice, "SELECT id FROM feedback_item WHERE key = 'overall'")[0][0]
    form = rows(alice, "INSERT INTO feedback_response (delivery_id, source, comment, created_at) "
                       "VALUES (:d, 'typed', 'two', now()) RETURNING id", d=session)[0][0]
    assert affected(alice, "INSERT INTO feedback_answer (response_id, item_id, value) VALUES (:r, :i, 2)",
                    r=form, i=overall) == 1
    assert rows(alice, "SELECT responses, overall_n, overall_sum, overall_sumsq FROM session_summary") == [
        (2, 2, 6, 20)]
    assert affected(alice, "DELETE FROM feedback_response WHERE id = :r", r=form) == 1
    assert rows(alice, "SELECT responses, overall_n, overall_sum, overall_sumsq FROM session_summary") == [
        (1, 1, 4, 16)]
    # and on Bob's session she can do nothing, so his summary is as it was
    assert rows(team_server.owner.db.engine, "SELECT responses, overall_n FROM session_summary "
                                             "WHERE delivery_id = :d", d=team_server.sessions["bob"]) == [(1, 1)]
    alice.dispose()
