"""Issue 15: a team server one trainer cannot break, read across or take over.

Each attack runs with the attacker's own login on the real PostgreSQL server, raw SQL where a person with psql
would use it; each was seen to succeed on the code before migration 0007 (see docs/security.md).
"""

from __future__ import annotations

import io
import json
import time
import tracemalloc
from contextlib import closing, suppress
from datetime import datetime

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from tests.conftest import PostgresServer
from tests.core import test_team_roles
from tests.core.test_team_roles import Team, affected, refused, rows
from trainercoach import cli
from trainercoach.errors import AccessDenied, ValidationError
from trainercoach.records.sessions import DeliveryForm
from trainercoach.services import Coach

MAX_INT = 2147483647
team_server = test_team_roles.team_server  # the fixture, shared with the roles' tests


def password_of(server: PostgresServer, login: str) -> object:
    with server.admin.connect() as admin:
        return admin.execute(text("SELECT rolpassword FROM pg_authid WHERE rolname = :r"), {"r": login}).scalar()


# -- 1: nobody can choose ids or push a sequence ------------------------------------------------------------
@pytest.mark.parametrize("table, columns", [
    ("feedback_response", "delivery_id, source, comment, created_at) VALUES ({id}, :d, 'typed', '', now())"),
    ("delivery", "code, candidate_id, starts_at, topic, method, audience, trainees, duration_minutes, notes, "
                 "created_at, version) VALUES ({id}, 'ZZ' || :d, :c, now(), 'x', 'classroom', 'new_hires', 1, 60, '', "
                 "now(), 1)"),
])
def test_a_trainers_rolled_back_insert_with_a_chosen_id_stops_nobody(team_server: Team, table: str,
                                                                     columns: str) -> None:
    alice = team_server.engine("alice")
    params = {"d": team_server.sessions["alice"], "c": team_server.candidates["alice"]}
    with pytest.raises(DBAPIError) as raised, alice.connect() as connection:
        connection.execute(text(f"INSERT INTO {table} (id, " + columns.format(id=MAX_INT)), params)
        connection.rollback()
    assert "given out" in str(raised.value.orig)
    # nor by moving one of her own rows onto an id the sequence is still to give
    refused_move = refused(alice, f"UPDATE {table} SET id = id + 1000 WHERE id = (SELECT max(id) FROM {table})")
    assert "cannot be changed" in refused_move
    # everyone else (and she) still adds, through the app
    bob = team_server.coach("bob")
    try:
        added = bob.deliveries.add(DeliveryForm(team_server.candidates["bob"], datetime(2026, 7, 1, 9), "after"))
        assert added < 1000
    finally:
        bob.close()
    from trainercoach.records.feedback import FeedbackEntry
    team_server.owner.feedback.add_response(team_server.sessions["bob"], FeedbackEntry({"overall": 3}, "after"))
    alice.dispose()


def test_a_trainer_puts_back_her_own_row_under_its_old_id(team_server: Team) -> None:
    """Undo of a delete inserts the row again with the id it had: an id the sequence gave out is allowed."""
    alice = team_server.engine("alice")
    own = team_server.sessions["alice"]
    with alice.begin() as connection:
        response = connection.execute(text("INSERT INTO feedback_response (delivery_id, source, comment, created_at) "
                                           "VALUES (:d, 'typed', 'x', now()) RETURNING id"), {"d": own}).scalar()
        connection.execute(text("DELETE FROM feedback_response WHERE id = :r"), {"r": response})
        connection.execute(text("INSERT INTO feedback_response (id, delivery_id, source, comment, created_at) "
                                "VALUES (:r, :d, 'typed', 'x', now())"), {"r": response, "d": own})
    alice.dispose()


# -- 2: two teams on one server --------------------------------------------------------------------------
def test_two_team_databases_on_one_server_cannot_see_each_other(postgres_server: PostgresServer, login_role) -> None:
    names = [postgres_server.new_name("team") for _ in range(2)]
    coaches: list[Coach] = []
    try:
        for name in names:
            postgres_server._admin_execute(f'CREATE DATABASE "{name}"')
            coaches.append(Coach.open(postgres_server.url(database=name), actor="Owner"))
        logins = {}
        for index, coach in enumerate(coaches):
            for role in ("lead", "trainer"):
                login = logins[index, role] = login_role(f"{role}{index}")
                coach.people.grant_access(coach.people.add(f"{role} {index}", role=role), login, role)
        for index in range(2):
            other = postgres_server.url(database=names[1 - index])
            for role in ("lead", "trainer"):
                engine = create_engine(postgres_server.url(database=names[index], user=logins[index, role]),
                                       poolclass=NullPool)
                assert rows(engine, "SELECT count(*) FROM person") == [(2,)]  # at home, all is well
                engine.dispose()
                stranger = create_engine(other.replace("postgres@", f"{logins[index, role]}@", 1), poolclass=NullPool)
                assert "CONNECT privilege" in refused(stranger, "SELECT count(*) FROM person")
                stranger.dispose()
        # a lead of one team cannot make the other team's lead one of hers, nor take over its login
        with pytest.raises(ValidationError, match="other roles"):
            coaches[0].people.grant_access(coaches[0].people.add("Intruder", role="lead"), logins[1, "lead"], "lead")
        with postgres_server.admin.connect() as admin:
            groups = {row[0] for row in admin.exec_driver_sql(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{logins[0, 'lead']}'")}
        assert groups == {f"tc_{names[0]}_lead"}
    finally:
        for coach in coaches:
            coach.close()
        for name in names:
            with suppress(Exception):
                postgres_server._admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            postgres_server.drop_team_roles(f"tc_{name}_", database=postgres_server.admin_url.database)


# -- 3: giving access takes nothing over ------------------------------------------------------------------
@pytest.fixture
def victims(team_server: Team, login_role) -> dict[str, str]:
    """Logins on the same server that are not this team's: each kind a lead once took over."""
    server = team_server.server
    made = {kind: login_role(kind) for kind in ("owner", "granted", "member", "powers", "plain")}
    other_group = login_role("appgroup")
    statements = [f'CREATE ROLE "{login}" LOGIN PASSWORD \'secret\'' for login in made.values()] + [
        f'CREATE ROLE "{other_group}" NOLOGIN',
        f'CREATE SCHEMA "{made["owner"]}_schema" AUTHORIZATION "{made["owner"]}"',  # owns a schema: the owner
        f'GRANT SELECT ON "{team_server.schema}".person TO "{made["granted"]}"',  # another app reads a table
        f'GRANT "{other_group}" TO "{made["member"]}"',
        f'GRANT pg_read_server_files TO "{made["member"]}"',
        f'ALTER ROLE "{made["powers"]}" CREATEDB',
    ]
    with server.engine().begin() as admin:
        for statement in statements:
            admin.exec_driver_sql(statement)
    yield made
    with server.engine().begin() as admin:
        admin.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{made["owner"]}_schema" CASCADE')
        admin.exec_driver_sql(f'REVOKE ALL ON "{team_server.schema}".person FROM "{made["granted"]}"')


@pytest.mark.parametrize("kind, words", [
    ("owner", "owns or is granted"), ("granted", "owns or is granted"), ("member", "other roles"),
    ("powers", "powers"), ("plain", "did not make"), ("postgres", "administrator"),
    ("pg_read_server_files", "reserved"),
])
def test_a_lead_cannot_take_over_a_login_that_is_not_the_teams(team_server: Team, victims: dict[str, str],
                                                               kind: str, words: str) -> None:
    """Even with CREATEROLE (as the README once asked of a lead), giving access changes no login but the
    team's own: the password and memberships of each victim stay as they were."""
    team_server.server._admin_execute(f'ALTER ROLE "{team_server.logins["lena"]}" CREATEROLE')
    login = victims.get(kind, kind)
    before = password_of(team_server.server, login)
    lena = team_server.coach("lena")
    try:
        person = lena.people.add("Taker", role="trainer")
        with pytest.raises(ValidationError, match=words):
            lena.people.grant_access(person, login, "lead", password="taken over")
    finally:
        lena.close()
    assert password_of(team_server.server, login) == before
    with team_server.server.engine().connect() as admin:  # no membership was given (a superuser has all anyway)
        member = admin.execute(text(
            f'SELECT EXISTS (SELECT 1 FROM pg_auth_members WHERE member = CAST(:l AS regrole) '
            f'AND roleid = "{team_server.schema}".trainercoach_role(\'lead\')::text::regrole)'), {"l": login}).scalar()
    assert member is False


def test_a_lead_without_createrole_gives_and_takes_access(team_server: Team, login_role) -> None:
    with team_server.server.admin.connect() as admin:
        powers = admin.execute(text("SELECT rolcreaterole, rolsuper FROM pg_roles WHERE rolname = :r"),
                               {"r": team_server.logins["lena"]}).one()
    assert tuple(powers) == (False, False)
    lena = team_server.coach("lena")
    login = login_role("newcomer")
    try:
        person = lena.people.add("Newcomer Νέος 新人", role="trainer")
        lena.people.grant_access(person, login, "trainer", password="first · 密码")
        assert (login, "trainer") in {(r.db_user, r.role) for r in lena.people.logins()}
        lena.people.grant_access(person, login, "lead")  # a role changed
        lena.people.revoke_access(person)
        lena.people.grant_access(person, login, "trainer")  # made by this team: given back
    finally:
        lena.close()


def test_nobody_reaches_the_access_function_around_the_app(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert "permission denied" in refused(alice, "SELECT trainercoach_set_access('x_new', 'lead', NULL)")
    alice.dispose()
    lena = team_server.engine("lena")
    crafted = "SCRAM-SHA-256$4096:a$b:c'; ALTER ROLE postgres PASSWORD 'x"
    assert "trainercoach:verifier" in refused(lena, "SELECT trainercoach_set_access('x_new', 'trainer', :v)",
                                              v=crafted)
    assert "trainercoach:login_name" in refused(lena, "SELECT trainercoach_set_access('a\"; DROP', 'lead', NULL)")
    assert "trainercoach:reserved" in refused(
        lena, "SELECT trainercoach_set_access(trainercoach_role('lead'), 'lead', NULL)")
    lena.dispose()


# -- 4: writes hang only off what the writer may see ---------------------------------------------------------
def test_a_trainer_cannot_hang_an_action_item_on_another_trainers_observation(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert "row-level security" in refused(
        alice, "INSERT INTO action_item (candidate_id, observation_id, text, created_at) VALUES (:c, :o, 'x', now())",
        c=team_server.candidates["alice"], o=team_server.observations["bob"])
    # on her own observation she may
    assert affected(alice, "INSERT INTO action_item (candidate_id, observation_id, text, created_at) "
                           "VALUES (:c, :o, 'mine', now())",
                    c=team_server.candidates["alice"], o=team_server.observations["alice"]) == 1
    alice.dispose()


def test_shared_presets_are_the_leads_and_a_trainers_own_are_hers(team_server: Team) -> None:
    scale = {"columns": {"Q1": "overall"}, "scale": {"good": 5, "bad": 1}}
    team_server.owner.feedback.save_preset("SurveyTool", scale)
    alice_sql = team_server.engine("alice")
    assert affected(alice_sql, "UPDATE import_preset SET mapping = '{\"scale\": {\"good\": 1}}'") == 0
    assert affected(alice_sql, "DELETE FROM import_preset") == 0
    alice_sql.dispose()
    assert team_server.owner.feedback.preset("SurveyTool") == scale
    alice, bob = team_server.coach("alice"), team_server.coach("bob")
    try:
        with pytest.raises(ValidationError, match="only a lead"):
            alice.feedback.save_preset("SurveyTool", {"columns": {}, "scale": {"good": 1}})
        alice.feedback.save_preset("Alice's form", scale)
        alice.feedback.save_preset("Alice's form", {"columns": {}, "scale": {"good": 4}})
        assert set(alice.feedback.presets()) == {"SurveyTool", "Alice's form"}
        assert bob.feedback.presets() == ["SurveyTool"]
    finally:
        alice.close()
        bob.close()
    assert team_server.owner.feedback.preset("SurveyTool") == scale


# -- 5: a flood of announcements ------------------------------------------------------------------------------
def test_a_flood_of_notifications_costs_the_listener_almost_nothing(team_server: Team) -> None:
    with closing(team_server.owner.db.watch()) as watcher:
        alice = team_server.engine("alice")
        with alice.begin() as connection:
            connection.execute(text("SELECT pg_notify('trainercoach', repeat('x', 4000) || i) "
                                    "FROM generate_series(1, 20000) i"))
            connection.execute(text("SELECT pg_notify('trainercoach', :p) FROM generate_series(1, 100)"),
                               {"p": f"{team_server.schema}.no_such_table"})
            connection.execute(text("SELECT pg_notify('trainercoach', :p)"), {"p": f"{team_server.schema}.candidate"})
        alice.dispose()
        time.sleep(0.5)
        tracemalloc.start()
        try:
            heard = watcher.changed()
            while True:
                more = watcher.changed()
                if not more:
                    break
                heard |= more
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert heard == {"candidate"}
    assert peak < 2_000_000, f"the watcher held {peak / 1e6:.1f} MB for 20,000 announcements"


# -- 10: side channels ----------------------------------------------------------------------------------------
def test_is_this_session_observed_answers_only_for_ones_own(team_server: Team) -> None:
    alice = team_server.engine("alice")
    assert rows(alice, "SELECT trainercoach_is_observed(:d)", d=team_server.sessions["bob"]) == [(None,)]
    assert rows(alice, "SELECT trainercoach_is_observed(:d)", d=team_server.sessions["alice"]) == [(True,)]
    assert rows(alice, "SELECT trainercoach_is_observed(:d)", d=team_server.sessions["alice_spare"]) == [(False,)]
    alice.dispose()


# -- attacks of our own beyond the list -----------------------------------------------------------------
@pytest.mark.parametrize("attack, sql, words", [
    ("set role to the lead group", "SET ROLE {lead}", "permission denied"),
    ("switch row security off", "ALTER TABLE observation DISABLE ROW LEVEL SECURITY", "must be owner"),
    ("drop a policy", "DROP POLICY trainer_own ON observation", "must be owner"),
    ("truncate another's feedback", "TRUNCATE feedback_response", "permission denied"),
    ("run a program on the server", "COPY (SELECT 1) TO PROGRAM 'id'", "pg_execute_server_program"),
    ("read a file on the server", "SELECT pg_read_file('/etc/passwd')", "permission denied"),
    ("plant a function in the schema", "CREATE FUNCTION trainercoach_person_of(who text) RETURNS integer "
                                       "LANGUAGE sql AS 'SELECT 1'", "permission denied"),
    ("make herself a lead", "UPDATE app_user SET role = 'lead'", "permission denied"),
    ("plant a trigger", "CREATE TRIGGER t BEFORE INSERT ON delivery FOR EACH ROW "
                        "EXECUTE FUNCTION trainercoach_id_given()", "permission denied"),
])
def test_more_attacks_by_a_trainer(team_server: Team, attack: str, sql: str, words: str) -> None:
    alice = team_server.engine("alice")
    lead = rows(alice, "SELECT trainercoach_role('lead')")[0][0]
    assert words in refused(alice, sql.format(lead=lead)), attack
    alice.dispose()


def test_a_trainer_cannot_read_what_others_are_running(team_server: Team) -> None:
    lena = team_server.engine("lena")
    with lena.connect() as busy:
        busy.execute(text("SELECT 'lena secret query', pg_sleep(0)"))
        alice = team_server.engine("alice")
        seen = rows(alice, "SELECT query FROM pg_stat_activity WHERE usename = :u", u=team_server.logins["lena"])
        alice.dispose()
    lena.dispose()
    assert seen and all("secret" not in (query or "") for (query,) in seen)


# -- the command line ----------------------------------------------------------------------------------------
def test_access_from_the_command_line(team_server: Team, login_role, capsys, monkeypatch) -> None:
    url = team_server.url("lena")
    person = team_server.owner.people.add("Script Σκριπτ 脚本", role="trainer")
    login = login_role("scripted")
    monkeypatch.setattr("sys.stdin", io.StringIO("pass · 密码\n"))
    assert cli.main(["access", "grant", "--db", url, "--person", str(person), "--login", login, "--role", "trainer",
                     "--password-stdin"]) == 0
    assert password_of(team_server.server, login).startswith("SCRAM-SHA-256$")
    capsys.readouterr()
    assert cli.main(["access", "list", "--db", url, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"login": login, "person_id": person, "name": "Script Σκριπτ 脚本", "role": "trainer"} in listed
    assert cli.main(["access", "grant", "--db", url, "--person", str(person), "--login", "postgres",
                     "--role", "lead"]) == 1
    assert "administrator" in capsys.readouterr().err
    assert cli.main(["access", "revoke", "--db", url, "--login", login]) == 0
    assert cli.main(["access", "revoke", "--db", url, "--login", login]) == 1
    assert "no access" in capsys.readouterr().err
    # a trainer is refused, in words
    assert cli.main(["access", "grant", "--db", team_server.url("alice"), "--person", str(person), "--login",
                     login, "--role", "lead"]) == 1
    assert "Only a lead" in capsys.readouterr().err
    with pytest.raises(SystemExit) as usage:
        cli.main(["access", "grant", "--db", url, "--login", login, "--role", "boss"])
    assert usage.value.code == 2


def test_a_trainer_through_the_app_is_told_access_is_for_leads(team_server: Team) -> None:
    alice = team_server.coach("alice")
    try:
        with pytest.raises(AccessDenied, match="Only a lead"):
            alice.people.revoke_login(team_server.logins["bob"])
    finally:
        alice.close()
