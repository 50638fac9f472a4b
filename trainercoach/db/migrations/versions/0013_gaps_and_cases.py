"""Knowledge gaps and business cases (issue 20).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06

Six new tables: a comprehension check's questions (how many trainees answered each and how many got it right),
the gap register, each gap's evidence (a link to a question, a check, a feedback comment or an action item, or
an outside figure with its source), the business case a candidate writes, each step of its review, and the
sessions given for it.

On a team server: leads do everything (the default privileges of 0004/0007 give them every new table; their
policies say all rows). Trainers write the questions of their own checks; read every gap and its evidence and
change only the gaps they made (and those gaps' evidence, linking only rows they may see); read and write only
their own business cases, and only while a case is a draft, submitted or returned — approving, returning,
scheduling and the rest are a lead's. Every new table announces its changes (0005), and a trainer's inserts
take ids from the sequences (0007).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

TABLES = ("knowledge_gap", "check_question", "gap_evidence", "business_case", "case_step", "case_session")
ME = "(SELECT trainercoach_person_of(current_user))"


def upgrade() -> None:
    op.create_table(
        "knowledge_gap",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("status IN ('open', 'closed')", name=op.f("ck_knowledge_gap_status")),
        sa.ForeignKeyConstraint(["owner_id"], ["person.id"], name=op.f("fk_knowledge_gap_owner_id_person"),
                                ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_knowledge_gap")),
    )
    op.create_table(
        "check_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.CheckConstraint("answered >= 0 AND correct >= 0 AND correct <= answered",
                           name=op.f("ck_check_question_counts")),
        sa.ForeignKeyConstraint(["check_id"], ["comprehension_check.id"],
                                name=op.f("fk_check_question_check_id_comprehension_check"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_question")),
    )
    op.create_index(op.f("ix_check_question_check_id"), "check_question", ["check_id"], unique=False)
    op.create_table(
        "gap_evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("gap_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("check_id", sa.Integer(), nullable=True),
        sa.Column("response_id", sa.Integer(), nullable=True),
        sa.Column("action_item_id", sa.Integer(), nullable=True),
        sa.Column("figure_kind", sa.String(length=20), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("agents", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("figure_kind IS NULL OR figure_kind IN ('qa_score', 'csat', 'ticket_volume')",
                           name=op.f("ck_gap_evidence_figure_kind")),
        sa.CheckConstraint("kind IN ('question', 'check', 'comment', 'action_item', 'figure')",
                           name=op.f("ck_gap_evidence_kind")),
        sa.ForeignKeyConstraint(["action_item_id"], ["action_item.id"],
                                name=op.f("fk_gap_evidence_action_item_id_action_item"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["check_id"], ["comprehension_check.id"],
                                name=op.f("fk_gap_evidence_check_id_comprehension_check"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gap_id"], ["knowledge_gap.id"], name=op.f("fk_gap_evidence_gap_id_knowledge_gap"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["question_id"], ["check_question.id"],
                                name=op.f("fk_gap_evidence_question_id_check_question"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["response_id"], ["feedback_response.id"],
                                name=op.f("fk_gap_evidence_response_id_feedback_response"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_gap_evidence")),
    )
    op.create_index(op.f("ix_gap_evidence_gap_id"), "gap_evidence", ["gap_id"], unique=False)
    op.create_table(
        "business_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("gap_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("audience_size", sa.Integer(), nullable=True),
        sa.Column("outline", sa.Text(), nullable=False),
        sa.Column("objectives", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("has_text", sa.Boolean(), nullable=False),
        sa.Column("has_visual", sa.Boolean(), nullable=False),
        sa.Column("has_hands_on", sa.Boolean(), nullable=False),
        sa.Column("effort_hours", sa.Float(), nullable=True),
        sa.Column("expected_effect", sa.Text(), nullable=False),
        sa.Column("measure", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("measure IN ('check_score', 'qa_score', 'csat', 'ticket_volume')",
                           name=op.f("ck_business_case_measure")),
        sa.CheckConstraint("status IN ('draft', 'submitted', 'approved', 'returned', 'scheduled', 'delivered', "
                           "'evaluated')", name=op.f("ck_business_case_status")),
        sa.CheckConstraint("audience_size IS NULL OR audience_size >= 0",
                           name=op.f("ck_business_case_audience_size")),
        sa.CheckConstraint("effort_hours IS NULL OR effort_hours >= 0", name=op.f("ck_business_case_effort_hours")),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"],
                                name=op.f("fk_business_case_candidate_id_candidate"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["gap_id"], ["knowledge_gap.id"], name=op.f("fk_business_case_gap_id_knowledge_gap"),
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_case")),
    )
    op.create_index(op.f("ix_business_case_candidate_id"), "business_case", ["candidate_id"], unique=False)
    op.create_index(op.f("ix_business_case_gap_id"), "business_case", ["gap_id"], unique=False)
    op.create_table(
        "case_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["business_case.id"], name=op.f("fk_case_step_case_id_business_case"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_step")),
    )
    op.create_index(op.f("ix_case_step_case_id"), "case_step", ["case_id"], unique=False)
    op.create_table(
        "case_session",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["case_id"], ["business_case.id"],
                                name=op.f("fk_case_session_case_id_business_case"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["delivery_id"], ["delivery.id"], name=op.f("fk_case_session_delivery_id_delivery"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("case_id", "delivery_id", name=op.f("pk_case_session")),
    )
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        _team(bind)


def _run(bind, sql: str) -> None:
    bind.exec_driver_sql(sql.replace("%", "%%"))


def _team(bind) -> None:
    q = bind.dialect.identifier_preparer.quote
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar_one()
    s = q(schema)
    lead = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('lead')").scalar_one()
    trainer = bind.exec_driver_sql(f"SELECT {s}.trainercoach_role('trainer')").scalar_one()
    for table in TABLES:
        t = f"{s}.{q(table)}"
        _run(bind, f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO {lead}")
        _run(bind, f"CREATE TRIGGER announce_{table} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {t} "
                   "FOR EACH STATEMENT EXECUTE FUNCTION trainercoach_announce()")
    for table in ("knowledge_gap", "check_question", "gap_evidence", "business_case", "case_step"):
        sequence = bind.exec_driver_sql(f"SELECT pg_get_serial_sequence('{schema}.{table}', 'id')").scalar_one()
        _run(bind, f"CREATE TRIGGER trainercoach_id_given BEFORE INSERT OR UPDATE OF id ON {s}.{q(table)} "
                   f"FOR EACH ROW EXECUTE FUNCTION trainercoach_id_given('{sequence}')")
    own_check = "check_id IN (SELECT k.id FROM comprehension_check k)"
    own_gap = f"owner_id = {ME}"
    in_own_gap = f"gap_id IN (SELECT g.id FROM knowledge_gap g WHERE g.owner_id = {ME})"
    # Each link names a row the trainer may see (foreign keys are checked without row security; see 0007).
    visible = " AND ".join(
        f"({column} IS NULL OR {column} IN (SELECT x.id FROM {s}.{q(target)} x))"
        for column, target in (("question_id", "check_question"), ("check_id", "comprehension_check"),
                               ("response_id", "feedback_response"), ("action_item_id", "action_item")))
    own_case = f"candidate_id IN (SELECT c.id FROM candidate c WHERE c.person_id = {ME})"
    trainer_writes = "status IN ('draft', 'submitted')"
    editable = "status IN ('draft', 'submitted', 'returned')"
    case_writable = f"case_id IN (SELECT b.id FROM business_case b WHERE b.{editable})"
    rules: dict[str, list[tuple[str, str | None, str | None]]] = {
        "check_question": [("ALL", own_check, own_check)],
        "knowledge_gap": [("SELECT", "true", None), ("INSERT", None, own_gap), ("UPDATE", own_gap, own_gap),
                          ("DELETE", own_gap, None)],
        "gap_evidence": [("SELECT", "true", None), ("INSERT", None, f"{in_own_gap} AND {visible}"),
                         ("UPDATE", in_own_gap, f"{in_own_gap} AND {visible}"), ("DELETE", in_own_gap, None)],
        "business_case": [("SELECT", own_case, None), ("INSERT", None, f"{own_case} AND {trainer_writes}"),
                          ("UPDATE", f"{own_case} AND {editable}", f"{own_case} AND {trainer_writes}"),
                          ("DELETE", f"{own_case} AND status = 'draft'", None)],
        "case_step": [("SELECT", "case_id IN (SELECT b.id FROM business_case b)", None),
                      ("INSERT", None, f"{case_writable} AND {trainer_writes}"),
                      ("DELETE", f"{case_writable} AND {trainer_writes}", None)],
        "case_session": [("SELECT", "case_id IN (SELECT b.id FROM business_case b)", None)],
    }
    for table, policies in rules.items():
        t = f"{s}.{q(table)}"
        _run(bind, f"ALTER TABLE {t} ENABLE ROW LEVEL SECURITY")
        _run(bind, f"CREATE POLICY lead_all ON {t} TO {lead} USING (true) WITH CHECK (true)")
        for command, using, check in policies:
            privilege = "SELECT, INSERT, UPDATE, DELETE" if command == "ALL" else command
            _run(bind, f"GRANT {privilege} ON {t} TO {trainer}")
            clause = (f" USING ({using})" if using else "") + (f" WITH CHECK ({check})" if check else "")
            _run(bind, f"CREATE POLICY trainer_{command.lower()} ON {t} FOR {command} TO {trainer}{clause}")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
