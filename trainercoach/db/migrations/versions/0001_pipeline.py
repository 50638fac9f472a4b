"""People, candidates, the g2g pipeline, selection traits and train-the-trainer milestones.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

# The guide's pipeline; stages are configurable afterwards, these are only where a new database starts.
DEFAULT_STAGES = [
    ("nominated", "Nominated", "pipeline"),
    ("screening", "Screening", "pipeline"),
    ("train_the_trainer", "Train-the-trainer", "pipeline"),
    ("practice", "Practice deliveries", "pipeline"),
    ("co_delivery", "Co-delivery", "pipeline"),
    ("certified", "Certified", "pipeline"),
    ("active", "Active trainer", "pipeline"),
    ("paused", "Paused", "exit"),
    ("withdrawn", "Withdrawn", "exit"),
]


def upgrade() -> None:
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("team", sa.String(200), nullable=False, server_default=""),
        sa.Column("site", sa.String(200), nullable=False, server_default=""),
        sa.Column("languages", sa.String(200), nullable=False, server_default=""),
        sa.Column("employment", sa.String(20), nullable=False, server_default="employee"),
        sa.Column("vendor_company", sa.String(200), nullable=False, server_default=""),
        sa.Column("hire_date", sa.Date(), nullable=True),
        sa.Column("role", sa.String(20), nullable=False, server_default="agent"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint("employment IN ('employee', 'vendor')", name="ck_person_employment"),
        sa.CheckConstraint("role IN ('lead', 'trainer', 'agent')", name="ck_person_role"),
        sa.PrimaryKeyConstraint("id", name="pk_person"),
        sa.UniqueConstraint("email", name="uq_person_email"),
    )
    stage = op.create_table(
        "stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False, server_default="pipeline"),
        sa.CheckConstraint("kind IN ('pipeline', 'exit')", name="ck_stage_kind"),
        sa.PrimaryKeyConstraint("id", name="pk_stage"),
        sa.UniqueConstraint("key", name="uq_stage_key"),
        sa.UniqueConstraint("name", name="uq_stage_name"),
    )
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("nominated_by_id", sa.Integer(), nullable=True),
        sa.Column("nominated_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name="fk_candidate_person_id_person",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["stage_id"], ["stage.id"], name="fk_candidate_stage_id_stage",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["mentor_id"], ["person.id"], name="fk_candidate_mentor_id_person",
                                ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["nominated_by_id"], ["person.id"],
                                name="fk_candidate_nominated_by_id_person", ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name="pk_candidate"),
        sa.UniqueConstraint("person_id", name="uq_candidate_person_id"),
    )
    op.create_index("ix_candidate_stage_id", "candidate", ["stage_id"])
    op.create_index("ix_candidate_mentor_id", "candidate", ["mentor_id"])
    op.create_table(
        "stage_move",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("from_stage_id", sa.Integer(), nullable=True),
        sa.Column("to_stage_id", sa.Integer(), nullable=False),
        sa.Column("moved_at", sa.DateTime(), nullable=False),
        sa.Column("moved_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"],
                                name="fk_stage_move_candidate_id_candidate", ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_stage_id"], ["stage.id"], name="fk_stage_move_from_stage_id_stage",
                                ondelete="RESTRICT"),
        sa.ForeignKeyConstraint(["to_stage_id"], ["stage.id"], name="fk_stage_move_to_stage_id_stage",
                                ondelete="RESTRICT"),
        sa.PrimaryKeyConstraint("id", name="pk_stage_move"),
    )
    op.create_index("ix_stage_move_candidate_moved", "stage_move", ["candidate_id", "moved_at"])
    op.create_table(
        "trait_score",
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("trait", sa.String(20), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name="ck_trait_score_score_range"),
        sa.CheckConstraint("trait IN ('knowledge', 'passion', 'presenting', 'process')",
                           name="ck_trait_score_trait"),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"],
                                name="fk_trait_score_candidate_id_candidate", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("candidate_id", "trait", name="pk_trait_score"),
    )
    op.create_table(
        "milestone",
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("component", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="not_started"),
        sa.Column("on_date", sa.Date(), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
        sa.CheckConstraint("status IN ('not_started', 'in_progress', 'done')", name="ck_milestone_status"),
        sa.CheckConstraint(
            "component IN ('guided_practice', 'feedback_evaluation', 'gap_business_case', 'content_building')",
            name="ck_milestone_component",
        ),
        sa.ForeignKeyConstraint(["candidate_id"], ["candidate.id"],
                                name="fk_milestone_candidate_id_candidate", ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("candidate_id", "component", name="pk_milestone"),
    )
    op.bulk_insert(
        stage,
        [
            {"key": key, "name": name, "position": position, "kind": kind}
            for position, (key, name, kind) in enumerate(DEFAULT_STAGES)
        ],
    )


def downgrade() -> None:
    for table in ("milestone", "trait_score", "stage_move", "candidate", "stage", "person"):
        op.drop_table(table)
