"""0004: each response's UK calendar month (202511 for November 2025), for the Board's
month-by-month differencing check.

Revision ID: 0004
Revises: 0003
"""

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _months(first: date, last: date) -> list[tuple[int, date, date]]:
    """Each calendar month from ``first``'s to ``last``'s: (code, 1st day, next month's 1st)."""
    found = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        following = (year + 1, 1) if month == 12 else (year, month + 1)
        found.append((year * 100 + month, date(year, month, 1), date(*following, 1)))
        year, month = following
    return found


def upgrade():
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.add_column(sa.Column("submitted_month", sa.Integer(), nullable=True))
    connection = op.get_bind()
    responses = sa.table(
        "responses",
        sa.column("submitted_on", sa.Date),
        sa.column("submitted_month", sa.Integer),
    )
    # submitted_on (0003) is already the UK date, so one UPDATE a month fills every row.
    first, last = connection.execute(
        sa.select(sa.func.min(responses.c.submitted_on), sa.func.max(responses.c.submitted_on))
    ).one()
    if first is not None:
        for code, start, following in _months(first, last):
            connection.execute(
                responses.update()
                .where(responses.c.submitted_on >= start, responses.c.submitted_on < following)
                .values(submitted_month=code)
            )
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.alter_column("submitted_month", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f("ix_responses_submitted_month"), ["submitted_month"])


def downgrade():
    with op.batch_alter_table("responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_responses_submitted_month"))
        batch_op.drop_column("submitted_month")
