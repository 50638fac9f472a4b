"""Per-session figures kept by the database as rows are written (issue 22: ten times the data).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06

The dashboard, the readiness marks, the forecasts and the programme page added up every feedback answer and
every rubric score on each refresh: 13.5 s of the huge demo's dashboard. Two derived tables now hold what they
need per session (``trainercoach/models/summaries.py``), written by triggers in the statement that changes the
rows they sum, whoever writes and however (the app, an undo, ``db copy``, a trainer with psql), so they cannot
fall behind and no write path has to remember them.

How each is kept: answers to the "overall" item are added as they are inserted (the bulk path: an import); every
other change (a form or answer deleted or changed, a form moved to another session, an item renamed) recounts
the sessions it touched from their rows. A session's rubric figures and its observers' gaps are recounted from its
scores whenever a score, an observation or a criterion's weight changes: a few dozen rows each. Sums of answers are
integers, and rubric figures are always recounted, so no rounding error piles up.

SQLite runs the triggers row by row; PostgreSQL runs them once per statement over the statement's rows
(transition tables), as the schema's owner (SECURITY DEFINER), because on a team server nobody may write these
tables: leads and trainers read them, a trainer only her own sessions' rows. Before recounting, PostgreSQL locks
the sessions' summary rows, so two people changing one session at once recount one after the other.
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SUMMARY_COLUMNS = "delivery_id, rubric_n, rubric_sum, rubric_sumsq, responses, overall_n, overall_sum, overall_sumsq"
OVERALL_ITEMS = "(SELECT i.id FROM feedback_item i WHERE i.key = 'overall')"


def _touch(sessions: str, lock: bool) -> str:
    """A zero row for each existing session of ``sessions`` that has none yet. With ``lock`` (PostgreSQL), the
    rows are then locked and the recount reads in a later statement: under READ COMMITTED each statement of a
    function sees what committed before it began, so a recount waits for anyone else writing those sessions and
    then counts their rows too."""
    touch = (f"INSERT INTO session_summary ({SUMMARY_COLUMNS}) SELECT d.id, 0, 0, 0, 0, 0, 0, 0 FROM delivery d "
             f"WHERE d.id IN ({sessions}) ON CONFLICT (delivery_id) DO NOTHING;")
    if lock:
        touch += (f" PERFORM 1 FROM session_summary WHERE delivery_id IN ({sessions}) "
                  "ORDER BY delivery_id FOR UPDATE;")
    return touch


def _prune(sessions: str) -> str:
    """A session has a summary row while it has a form or a scored observation, and only then: the row an undo
    puts back is the row the delete took."""
    return (f" DELETE FROM session_summary WHERE delivery_id IN ({sessions}) AND rubric_n = 0 AND responses = 0 "
            "AND overall_n = 0;")


def _gaps(sessions: str | None) -> str:
    """Each observer's gap to the others on the sessions of ``sessions`` (None: every session)."""
    which = f"o.delivery_id IN ({sessions}) AND " if sessions else ""
    cells = ("SELECT o.delivery_id AS delivery, o.rubric_version_id AS version, o.observer_id AS observer, "
             "c.key AS criterion, avg(s.score) AS score FROM observation o "
             "JOIN observation_score s ON s.observation_id = o.id JOIN criterion c ON c.id = s.criterion_id "
             f"WHERE {which}s.score IS NOT NULL "
             "GROUP BY o.delivery_id, o.rubric_version_id, o.observer_id, c.key")
    windowed = ("SELECT delivery, version, observer, score, "
                "sum(score) OVER (PARTITION BY delivery, version, criterion) AS total, "
                "count(*) OVER (PARTITION BY delivery, version, criterion) AS n "
                f"FROM ({cells}) cell")
    return (" INSERT INTO observer_gap (delivery_id, rubric_version_id, observer_id, gap) "
            "SELECT delivery, version, observer, avg(score - (total - score) / (n - 1)) "
            f"FROM ({windowed}) compared WHERE n >= 2 GROUP BY delivery, version, observer;")


def recount_rubric(sessions: str, lock: bool = False) -> str:
    """The rubric figures and observer gaps of ``sessions`` (a SELECT of delivery ids) from their scores."""
    weighted = ("SELECT sum(s.score * c.weight) / sum(c.weight) AS w FROM observation o "
                "JOIN observation_score s ON s.observation_id = o.id JOIN criterion c ON c.id = s.criterion_id "
                "WHERE o.delivery_id = session_summary.delivery_id AND s.score IS NOT NULL GROUP BY o.id")
    return (
        _touch(sessions, lock)
        + " UPDATE session_summary SET (rubric_n, rubric_sum, rubric_sumsq) = "
          f"(SELECT count(w), coalesce(sum(w), 0), coalesce(sum(w * w), 0) FROM ({weighted}) per_observation) "
          f"WHERE delivery_id IN ({sessions});"
        + f" DELETE FROM observer_gap WHERE delivery_id IN ({sessions});"
        + _gaps(sessions)
        + _prune(sessions)
    )


def recount_feedback(sessions: str, lock: bool = False) -> str:
    """The form count and "overall" figures of ``sessions`` from their rows."""
    return (
        _touch(sessions, lock)
        + " UPDATE session_summary SET "
          "responses = (SELECT count(*) FROM feedback_response r WHERE r.delivery_id = session_summary.delivery_id), "
          "(overall_n, overall_sum, overall_sumsq) = (SELECT count(a.value), coalesce(sum(a.value), 0), "
          "coalesce(sum(a.value * a.value), 0) FROM feedback_response r JOIN feedback_answer a ON a.response_id = r.id "
          f"WHERE r.delivery_id = session_summary.delivery_id AND a.item_id IN {OVERALL_ITEMS}) "
          f"WHERE delivery_id IN ({sessions});"
        + _prune(sessions)
    )


def fill_all() -> str:
    """Every session's figures and gaps, from empty tables, grouped in one pass each: the upgrade of a database
    that already holds rows (and the demo, which writes with the triggers set aside). The triggers' recount, one
    session at a time, took 4 min 27 s on the huge demo."""
    weighted = ("SELECT o.delivery_id, sum(s.score * c.weight) / sum(c.weight) AS w FROM observation o "
                "JOIN observation_score s ON s.observation_id = o.id JOIN criterion c ON c.id = s.criterion_id "
                "WHERE s.score IS NOT NULL GROUP BY o.id, o.delivery_id")
    return (
        f"INSERT INTO session_summary ({SUMMARY_COLUMNS}) "
        "SELECT d.id, coalesce(r.n, 0), coalesce(r.total, 0), coalesce(r.squares, 0), coalesce(f.n, 0), "
        "coalesce(v.n, 0), coalesce(v.total, 0), coalesce(v.squares, 0) FROM delivery d "
        "LEFT JOIN (SELECT delivery_id, count(w) AS n, sum(w) AS total, sum(w * w) AS squares "
        f"  FROM ({weighted}) per_observation GROUP BY delivery_id) r ON r.delivery_id = d.id "
        "LEFT JOIN (SELECT delivery_id, count(*) AS n FROM feedback_response GROUP BY delivery_id) f "
        "  ON f.delivery_id = d.id "
        "LEFT JOIN (SELECT x.delivery_id, count(a.value) AS n, sum(a.value) AS total, "
        "  sum(a.value * a.value) AS squares FROM feedback_response x JOIN feedback_answer a ON a.response_id = x.id "
        f"  WHERE a.item_id IN {OVERALL_ITEMS} GROUP BY x.delivery_id) v ON v.delivery_id = d.id "
        "WHERE r.n > 0 OR f.n > 0;"
        + _gaps(None)
    )


def _add_answers(rows: str) -> str:
    """Add the "overall" answers among ``rows`` (a table or subquery with response_id and value)."""
    return (
        f"INSERT INTO session_summary ({SUMMARY_COLUMNS}) "
        "SELECT r.delivery_id, 0, 0, 0, 0, count(*), sum(a.value), sum(a.value * a.value) "
        f"FROM {rows} a JOIN feedback_response r ON r.id = a.response_id "
        f"WHERE a.item_id IN {OVERALL_ITEMS} GROUP BY r.delivery_id "
        "ON CONFLICT (delivery_id) DO UPDATE SET overall_n = session_summary.overall_n + excluded.overall_n, "
        "overall_sum = session_summary.overall_sum + excluded.overall_sum, "
        "overall_sumsq = session_summary.overall_sumsq + excluded.overall_sumsq;"
    )


# -- SQLite: row triggers ------------------------------------------------------------------------------------
def _sqlite_triggers() -> dict[str, str]:
    one = "SELECT {}"  # a one-session "set" for the recounts
    of_observation = "SELECT o.delivery_id FROM observation o WHERE o.id = {}"
    of_response = "SELECT r.delivery_id FROM feedback_response r WHERE r.id = {}"
    scored_with = ("SELECT o.delivery_id FROM observation o JOIN observation_score s ON s.observation_id = o.id "
                   "WHERE s.criterion_id = NEW.id")
    removed = (f"UPDATE session_summary SET overall_n = overall_n - 1, overall_sum = overall_sum - OLD.value, "
               f"overall_sumsq = overall_sumsq - OLD.value * OLD.value WHERE OLD.item_id IN {OVERALL_ITEMS} "
               f"AND delivery_id = ({of_response.format('OLD.response_id')});")
    # A form's answers, as they are when the form is deleted or moved.
    its_answers = ("(SELECT coalesce({}(a.value{}), 0) FROM feedback_answer a WHERE a.response_id = OLD.id "
                   f"AND a.item_id IN {OVERALL_ITEMS})")
    form_out = ("UPDATE session_summary SET responses = responses - 1, "
                f"overall_n = overall_n - {its_answers.format('count', '')}, "
                f"overall_sum = overall_sum - {its_answers.format('sum', '')}, "
                f"overall_sumsq = overall_sumsq - {its_answers.format('sum', ' * a.value')} "
                "WHERE delivery_id = OLD.delivery_id;")
    form_in = (f"INSERT INTO session_summary ({SUMMARY_COLUMNS}) VALUES (NEW.delivery_id, 0, 0, 0, 1, 0, 0, 0) "
               "ON CONFLICT (delivery_id) DO UPDATE SET responses = session_summary.responses + 1;")
    return {
        "summary_answer_added": f"AFTER INSERT ON feedback_answer WHEN NEW.item_id IN {OVERALL_ITEMS} BEGIN "
                                + _add_answers("(SELECT NEW.response_id AS response_id, NEW.value AS value, "
                                               "NEW.item_id AS item_id)") + " END",
        "summary_answer_removed": f"AFTER DELETE ON feedback_answer BEGIN {removed} END",
        "summary_answer_changed": "AFTER UPDATE OF response_id, item_id, value ON feedback_answer BEGIN "
                                  + removed
                                  + _add_answers("(SELECT NEW.response_id AS response_id, NEW.value AS value, "
                                                 "NEW.item_id AS item_id)") + " END",
        "summary_form_added": f"AFTER INSERT ON feedback_response BEGIN {form_in} END",
        # BEFORE: a form's answers go with it (ON DELETE CASCADE) and are gone by AFTER; their own trigger then
        # finds no form, so nothing is taken away twice.
        "summary_form_removed": f"BEFORE DELETE ON feedback_response BEGIN {form_out}"
                                + _prune("SELECT OLD.delivery_id") + " END",
        "summary_form_moved": "AFTER UPDATE OF delivery_id ON feedback_response BEGIN "
                              + recount_feedback("SELECT OLD.delivery_id UNION SELECT NEW.delivery_id") + " END",
        "summary_item_renamed": "AFTER UPDATE OF key ON feedback_item BEGIN "
                                + recount_feedback("SELECT x.delivery_id FROM session_summary x") + " END",
        "summary_score_added": "AFTER INSERT ON observation_score BEGIN "
                               + recount_rubric(of_observation.format("NEW.observation_id")) + " END",
        "summary_score_removed": "AFTER DELETE ON observation_score BEGIN "
                                 + recount_rubric(of_observation.format("OLD.observation_id")) + " END",
        "summary_score_changed": "AFTER UPDATE OF observation_id, criterion_id, score ON observation_score BEGIN "
                                 + recount_rubric(f"{of_observation.format('OLD.observation_id')} UNION "
                                                  f"{of_observation.format('NEW.observation_id')}") + " END",
        "summary_observation_removed": "AFTER DELETE ON observation BEGIN "
                                       + recount_rubric(one.format("OLD.delivery_id")) + " END",
        "summary_observation_changed": "AFTER UPDATE OF delivery_id, observer_id, rubric_version_id ON observation "
                                       "BEGIN " + recount_rubric("SELECT OLD.delivery_id UNION SELECT NEW.delivery_id")
                                       + " END",
        "summary_criterion_changed": "AFTER UPDATE OF weight, key ON criterion BEGIN "
                                     + recount_rubric(scored_with) + " END",
    }


# -- PostgreSQL: statement triggers over transition tables ------------------------------------------------------
def _changed(columns: str, pick: str) -> str:
    """``pick`` of the rows an UPDATE changed in ``columns``, before or after (PostgreSQL allows no column list on
    a trigger with transition tables, so a comment or a note edited must be told apart here)."""
    return (f"SELECT {pick} FROM ((SELECT {columns} FROM old_rows EXCEPT SELECT {columns} FROM new_rows) UNION "
            f"(SELECT {columns} FROM new_rows EXCEPT SELECT {columns} FROM old_rows)) changed")


def _postgres_triggers() -> list[tuple[str, str, str, str]]:
    """(name, table, event and transition tables, body)."""
    of_observations = "SELECT o.delivery_id FROM observation o WHERE o.id IN ({})"
    of_responses = "SELECT r.delivery_id FROM feedback_response r WHERE r.id IN ({})"
    both = "UPDATE REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
    return [
        ("answers_added", "feedback_answer", "INSERT REFERENCING NEW TABLE AS new_rows",
         _add_answers("new_rows")),
        ("answers_removed", "feedback_answer", "DELETE REFERENCING OLD TABLE AS old_rows",
         recount_feedback(of_responses.format("SELECT response_id FROM old_rows"), lock=True)),
        ("answers_changed", "feedback_answer", both,
         recount_feedback(of_responses.format(_changed("response_id, item_id, value", "response_id")), lock=True)),
        ("forms_added", "feedback_response", "INSERT REFERENCING NEW TABLE AS new_rows",
         f"INSERT INTO session_summary ({SUMMARY_COLUMNS}) SELECT delivery_id, 0, 0, 0, count(*), 0, 0, 0 "
         "FROM new_rows GROUP BY delivery_id "
         "ON CONFLICT (delivery_id) DO UPDATE SET responses = session_summary.responses + excluded.responses;"),
        # By the time a statement's AFTER trigger runs, the answers of deleted forms are gone with them.
        ("forms_removed", "feedback_response", "DELETE REFERENCING OLD TABLE AS old_rows",
         recount_feedback("SELECT delivery_id FROM old_rows", lock=True)),
        ("forms_changed", "feedback_response", both,
         recount_feedback(_changed("id, delivery_id", "delivery_id"), lock=True)),
        ("items_renamed", "feedback_item", "UPDATE OF key",
         recount_feedback("SELECT x.delivery_id FROM session_summary x", lock=True)),
        ("scores_added", "observation_score", "INSERT REFERENCING NEW TABLE AS new_rows",
         recount_rubric(of_observations.format("SELECT observation_id FROM new_rows"), lock=True)),
        ("scores_removed", "observation_score", "DELETE REFERENCING OLD TABLE AS old_rows",
         recount_rubric(of_observations.format("SELECT observation_id FROM old_rows"), lock=True)),
        ("scores_changed", "observation_score", both,
         recount_rubric(of_observations.format(_changed("observation_id, criterion_id, score", "observation_id")),
                        lock=True)),
        ("observations_removed", "observation", "DELETE REFERENCING OLD TABLE AS old_rows",
         recount_rubric("SELECT delivery_id FROM old_rows", lock=True)),
        ("observations_changed", "observation", both,
         recount_rubric(_changed("id, delivery_id, observer_id, rubric_version_id", "delivery_id"), lock=True)),
        ("criteria_changed", "criterion", both,
         recount_rubric("SELECT o.delivery_id FROM observation o JOIN observation_score s ON s.observation_id = o.id "
                        f"WHERE s.criterion_id IN ({_changed('id, weight, key', 'id')})", lock=True)),
    ]


def upgrade() -> None:
    op.create_table(
        "session_summary",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("rubric_n", sa.Integer(), nullable=False),
        sa.Column("rubric_sum", sa.Float(), nullable=False),
        sa.Column("rubric_sumsq", sa.Float(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.Column("overall_n", sa.Integer(), nullable=False),
        sa.Column("overall_sum", sa.Integer(), nullable=False),
        sa.Column("overall_sumsq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_session_summary_delivery_id_delivery"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id", name=op.f("pk_session_summary")),
    )
    op.create_table(
        "observer_gap",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=False),
        sa.Column("gap", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_observer_gap_delivery_id_delivery"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["observer_id"], ["person.id"], name=op.f("fk_observer_gap_observer_id_person"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["rubric_version_id"], ["rubric_version.id"],
                                name=op.f("fk_observer_gap_rubric_version_id_rubric_version"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id", "rubric_version_id", "observer_id", name=op.f("pk_observer_gap")),
        sqlite_with_rowid=False,
    )
    bind = op.get_bind()
    for statement in fill_all().split(";"):
        if statement.strip():
            bind.exec_driver_sql(statement.replace("%", "%%") if bind.dialect.name == "postgresql" else statement)
    if bind.dialect.name == "postgresql":
        _postgres(bind)
    else:
        for name, body in _sqlite_triggers().items():
            bind.exec_driver_sql(f"CREATE TRIGGER {name} {body}")


def _run(bind, sql: str) -> None:
    bind.exec_driver_sql(sql.replace("%", "%%"))


def _postgres(bind) -> None:
    q = bind.dialect.identifier_preparer.quote
    s = q(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
    lead = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('lead')").scalar_one()
    trainer = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('trainer')").scalar_one()
    for name, table, event, body in _postgres_triggers():
        function = f"{s}.trainercoach_summary_{name}()"
        _run(bind, f"""
            CREATE FUNCTION {function} RETURNS trigger
            LANGUAGE plpgsql SECURITY DEFINER SET search_path = {s}, pg_temp AS $$
            BEGIN
                {body}
                RETURN NULL;
            END $$""")
        _run(bind, f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        command, referencing, transition = event.partition(" REFERENCING ")
        _run(bind, f"CREATE TRIGGER trainercoach_summary_{name} AFTER {command} ON {s}.{q(table)} "
                   f"{referencing.strip()} {transition} "
                   f"FOR EACH STATEMENT EXECUTE FUNCTION {function}")
    own = "delivery_id IN (SELECT d.id FROM delivery d)"
    for table in ("session_summary", "observer_gap"):
        t = f"{s}.{q(table)}"
        _run(bind, f"REVOKE ALL ON {t} FROM {lead}, {trainer}")
        _run(bind, f"GRANT SELECT ON {t} TO {lead}, {trainer}")
        _run(bind, f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        _run(bind, f"CREATE POLICY lead_all ON {t} FOR SELECT TO {lead} USING (true)")
        _run(bind, f"CREATE POLICY trainer_own ON {t} FOR SELECT TO {trainer} USING ({own})")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        q = bind.dialect.identifier_preparer.quote
        s = q(bind.exec_driver_sql("SELECT current_schema()").scalar_one())
        for name, table, _event, _body in _postgres_triggers():
            _run(bind, f"DROP TRIGGER IF EXISTS trainercoach_summary_{name} ON {s}.{q(table)}")
            _run(bind, f"DROP FUNCTION IF EXISTS {s}.trainercoach_summary_{name}()")
    else:
        for name in _sqlite_triggers():
            bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("observer_gap")
    op.drop_table("session_summary")
