"""Practice deliveries, rubrics, observations with action items, trainee feedback, comprehension checks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:56:27.167223
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

DEFAULT_ITEMS = [
    ("clarity", "The session was clear", "likert"),
    ("relevance", "The content is relevant to my work", "likert"),
    ("pace", "The pace was right", "likert"),
    ("engagement", "The session kept me engaged", "likert"),
    ("confidence", "I feel confident applying what I learned", "likert"),
    ("overall", "Overall, the session was good", "likert"),
    ("recommend", "How likely are you to recommend this session to a colleague?", "recommend"),
]


def upgrade() -> None:
    feedback_item = op.create_table(
        "feedback_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint("kind IN ('likert', 'recommend')", name=op.f("ck_feedback_item_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_item")),
        sa.UniqueConstraint("key", name=op.f("uq_feedback_item_key")),
    )
    op.create_table(
        "import_preset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("mapping", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_preset")),
        sa.UniqueConstraint("name", name=op.f("uq_import_preset_name")),
    )
    op.create_table(
        "rubric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric")),
        sa.UniqueConstraint("name", name=op.f("uq_rubric_name")),
    )
    op.create_table(
        "rubric_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rubric_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["rubric_id"], ["rubric.id"], name=op.f("fk_rubric_version_rubric_id_rubric"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rubric_version")),
        sa.UniqueConstraint("rubric_id", "number", name=op.f("uq_rubric_version_rubric_id")),
    )
    op.create_table(
        "training_asset",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("has_text", sa.Boolean(), nullable=False),
        sa.Column("has_visual", sa.Boolean(), nullable=False),
        sa.Column("has_hands_on", sa.Boolean(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("asset_version", sa.String(length=40), nullable=False),
        sa.Column("link", sa.String(length=1000), nullable=False),
        sa.Column("review_due", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_training_asset_owner_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_asset")),
        sa.UniqueConstraint("title", name=op.f("uq_training_asset_title")),
    )
    op.create_table(
        "criterion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.CheckConstraint("weight > 0", name=op.f("ck_criterion_weight")),
        sa.ForeignKeyConstraint(
            ["rubric_version_id"],
            ["rubric_version.id"],
            name=op.f("fk_criterion_rubric_version_id_rubric_version"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criterion")),
    )
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_criterion_rubric_version_id"), ["rubric_version_id"], unique=False)

    op.create_table(
        "delivery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("trainees", sa.Integer(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("asset_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("audience IN ('new_hires', 'existing', 'mixed')", name=op.f("ck_delivery_audience")),
        sa.CheckConstraint("method IN ('classroom', 'virtual', 'online')", name=op.f("ck_delivery_method")),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_delivery_duration")),
        sa.CheckConstraint("trainees >= 0", name=op.f("ck_delivery_trainees")),
        sa.ForeignKeyConstraint(
            ["asset_id"], ["training_asset.id"], name=op.f("fk_delivery_asset_id_training_asset"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_delivery_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery")),
        sa.UniqueConstraint("code", name=op.f("uq_delivery_code")),
    )
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.create_index("ix_delivery_candidate_starts", ["candidate_id", "starts_at"], unique=False)
        batch_op.create_index("ix_delivery_starts_at", ["starts_at"], unique=False)

    op.create_table(
        "anchor",
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.CheckConstraint("level BETWEEN 1 AND 5", name=op.f("ck_anchor_level")),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criterion.id"], name=op.f("fk_anchor_criterion_id_criterion"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("criterion_id", "level", name=op.f("pk_anchor")),
    )
    op.create_table(
        "comprehension_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("max_score", sa.Float(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("retention_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('daily_quiz', 'practical_task', 'oral_exam')", name=op.f("ck_comprehension_check_kind")
        ),
        sa.CheckConstraint("max_score IS NULL OR max_score > 0", name=op.f("ck_comprehension_check_max_score")),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["delivery.id"],
            name=op.f("fk_comprehension_check_delivery_id_delivery"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comprehension_check")),
    )
    with op.batch_alter_table("comprehension_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comprehension_check_delivery_id"), ["delivery_id"], unique=False)

    op.create_table(
        "delivery_observer",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_delivery_observer_delivery_id_delivery"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_delivery_observer_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("delivery_id", "person_id", name=op.f("pk_delivery_observer")),
    )
    op.create_table(
        "feedback_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("preset", sa.String(length=200), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_feedback_import_delivery_id_delivery"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_import")),
    )
    with op.batch_alter_table("feedback_import", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_import_delivery_id"), ["delivery_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_feedback_import_sha256"), ["sha256"], unique=False)

    op.create_table(
        "observation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("observer_id", sa.Integer(), nullable=False),
        sa.Column("rubric_version_id", sa.Integer(), nullable=False),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("improvements", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "recommendation IN ('ready', 'practice_more', 'needs_support')", name=op.f("ck_observation_recommendation")
        ),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_observation_delivery_id_delivery"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["observer_id"], ["person.id"], name=op.f("fk_observation_observer_id_person"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["rubric_version_id"],
            ["rubric_version.id"],
            name=op.f("fk_observation_rubric_version_id_rubric_version"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_observation")),
        sa.UniqueConstraint("delivery_id", "observer_id", name=op.f("uq_observation_delivery_id")),
    )
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_observation_delivery_id"), ["delivery_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.Integer(), nullable=False),
        sa.Column("observation_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["candidate_id"], ["candidate.id"], name=op.f("fk_action_item_candidate_id_candidate"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_action_item_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_action_item_owner_id_person"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_candidate_id"), ["candidate_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_observation_id"), ["observation_id"], unique=False)
        batch_op.create_index("ix_action_item_open_due", ["done_at", "due_on"], unique=False)

    op.create_table(
        "comprehension_score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("check_id", sa.Integer(), nullable=False),
        sa.Column("trainee", sa.String(length=40), nullable=False),
        sa.Column("pre", sa.Float(), nullable=True),
        sa.Column("post", sa.Float(), nullable=True),
        sa.Column("retention", sa.Float(), nullable=True),
        sa.CheckConstraint("post IS NULL OR post >= 0", name=op.f("ck_comprehension_score_post")),
        sa.CheckConstraint("pre IS NULL OR pre >= 0", name=op.f("ck_comprehension_score_pre")),
        sa.CheckConstraint("retention IS NULL OR retention >= 0", name=op.f("ck_comprehension_score_retention")),
        sa.ForeignKeyConstraint(
            ["check_id"],
            ["comprehension_check.id"],
            name=op.f("fk_comprehension_score_check_id_comprehension_check"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comprehension_score")),
        sa.UniqueConstraint("check_id", "trainee", name=op.f("uq_comprehension_score_check_id")),
    )
    with op.batch_alter_table("comprehension_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_comprehension_score_check_id"), ["check_id"], unique=False)

    op.create_table(
        "feedback_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("source IN ('typed', 'kiosk', 'paper', 'import')", name=op.f("ck_feedback_response_source")),
        sa.ForeignKeyConstraint(
            ["delivery_id"], ["delivery.id"], name=op.f("fk_feedback_response_delivery_id_delivery"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["feedback_import.id"],
            name=op.f("fk_feedback_response_import_id_feedback_import"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_response")),
    )
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_response_delivery_id"), ["delivery_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_feedback_response_import_id"), ["import_id"], unique=False)

    op.create_table(
        "observation_score",
        sa.Column("observation_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint("score IS NULL OR (score BETWEEN 1 AND 5)", name=op.f("ck_observation_score_score_range")),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criterion.id"],
            name=op.f("fk_observation_score_criterion_id_criterion"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["observation_id"],
            ["observation.id"],
            name=op.f("fk_observation_score_observation_id_observation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("observation_id", "criterion_id", name=op.f("pk_observation_score")),
    )
    op.create_table(
        "feedback_answer",
        sa.Column("response_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint("value BETWEEN 0 AND 10", name=op.f("ck_feedback_answer_value")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["feedback_item.id"],
            name=op.f("fk_feedback_answer_item_id_feedback_item"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["feedback_response.id"],
            name=op.f("fk_feedback_answer_response_id_feedback_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("response_id", "item_id", name=op.f("pk_feedback_answer")),
    )
    with op.batch_alter_table("feedback_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_feedback_answer_item_id"), ["item_id"], unique=False)
    # DESIGN.md's default feedback items; frozen here as they were when this revision was written.
    op.bulk_insert(
        feedback_item,
        [
            {"key": key, "label": label, "kind": kind, "position": position, "active": True}
            for position, (key, label, kind) in enumerate(DEFAULT_ITEMS)
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("feedback_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_answer_item_id"))

    op.drop_table("feedback_answer")
    op.drop_table("observation_score")
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_response_import_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_response_delivery_id"))

    op.drop_table("feedback_response")
    with op.batch_alter_table("comprehension_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comprehension_score_check_id"))

    op.drop_table("comprehension_score")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_open_due")
        batch_op.drop_index(batch_op.f("ix_action_item_observation_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_candidate_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_observation_delivery_id"))

    op.drop_table("observation")
    with op.batch_alter_table("feedback_import", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_import_sha256"))
        batch_op.drop_index(batch_op.f("ix_feedback_import_delivery_id"))

    op.drop_table("feedback_import")
    op.drop_table("delivery_observer")
    with op.batch_alter_table("comprehension_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_comprehension_check_delivery_id"))

    op.drop_table("comprehension_check")
    op.drop_table("anchor")
    with op.batch_alter_table("delivery", schema=None) as batch_op:
        batch_op.drop_index("ix_delivery_starts_at")
        batch_op.drop_index("ix_delivery_candidate_starts")

    op.drop_table("delivery")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_criterion_rubric_version_id"))

    op.drop_table("criterion")
    op.drop_table("training_asset")
    op.drop_table("rubric_version")
    op.drop_table("rubric")
    op.drop_table("import_preset")
    op.drop_table("feedback_item")
