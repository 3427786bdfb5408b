"""0003: each response's UK date and financial quarter, for period filters and grouping.

Revision ID: 0003
Revises: 0002
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

UK = ZoneInfo("Europe/London")


def _periods(submitted_at: datetime) -> tuple[object, int]:
    if submitted_at.tzinfo is None:
        submitted_at = submitted_at.replace(tzinfo=UTC)
    day = submitted_at.astimezone(UK).date()
    start_year = day.year if day.month >= 4 else day.year - 1
    quarter = ((day.month - 4) % 12) // 3 + 1
    return day, start_year * 10 + quarter


def upgrade():
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("submitted_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("fy_quarter", sa.Integer(), nullable=True))
    connection = op.get_bind()
    responses = sa.table(
        "responses",
        sa.column("id", sa.Integer),
        sa.column("submitted_at", sa.DateTime(timezone=True)),
        sa.column("submitted_on", sa.Date),
        sa.column("fy_quarter", sa.Integer),
    )
    rows = connection.execute(sa.select(responses.c.id, responses.c.submitted_at)).all()
    for row_id, submitted_at in rows:
        day, code = _periods(submitted_at)
        connection.execute(
            responses.update()
            .where(responses.c.id == row_id)
            .values(submitted_on=day, fy_quarter=code)
        )
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.alter_column("submitted_on", existing_type=sa.Date(), nullable=False)
        batch_op.alter_column("fy_quarter", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f("ix_responses_submitted_on"), ["submitted_on"])
        batch_op.create_index(batch_op.f("ix_responses_fy_quarter"), ["fy_quarter"])


def downgrade():
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_responses_fy_quarter"))
        batch_op.drop_index(batch_op.f("ix_responses_submitted_on"))
        batch_op.drop_column("fy_quarter")
        batch_op.drop_column("submitted_on")
