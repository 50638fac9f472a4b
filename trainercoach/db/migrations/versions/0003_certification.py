"""Certification per topic with its evidence, mentor sign-off, and shared settings.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 11:24:04.793071
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "certification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("awarded_on", sa.Date(), nullable=False),
        sa.Column("awarded_by", sa.String(length=200), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("renewal_due", sa.Date(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("level IN ('beginner', 'intermediate', 'advanced')", name=op.f("ck_certification_level")),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_certification_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certification")),
    )
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certification_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index("ix_certification_renewal", ["revoked_at", "renewal_due"], unique=False)

    op.create_table(
        "mentor_signoff",
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidate.id"],
            name=op.f("fk_mentor_signoff_candidate_id_candidate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("candidate_id", name=op.f("pk_mentor_signoff")),
    )
    op.create_table(
        "certification_evidence",
        sa.Column("certification_id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certification_id"],
            ["certification.id"],
            name=op.f("fk_certification_evidence_certification_id_certification"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_certification_evidence_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("certification_id", "delivery_id", name=op.f("pk_certification_evidence")),
    )


def downgrade() -> None:
    op.drop_table("certification_evidence")
    op.drop_table("mentor_signoff")
    with op.batch_alter_table("certification", schema=None) as batch_op:
        batch_op.drop_index("ix_certification_renewal")
        batch_op.drop_index(batch_op.f("ix_certification_candidate_id"))

    op.drop_table("certification")
    op.drop_table("setting")
