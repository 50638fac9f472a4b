"""Alembic's entry point; the app passes its own connection so migrations run inside its checks."""

from alembic import context

from trainercoach.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the app and tests run migrations
    raise RuntimeError("Run migrations through trainercoach.db.migrate, which supplies the connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
