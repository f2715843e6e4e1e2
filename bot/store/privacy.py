"""A user's data, all of it: to hand over (/export) or to delete (/forget).

Both walk every table that has a `user_id` column, so a table added later is covered
without anyone remembering to come back here.
"""

from __future__ import annotations

import sqlite_utils

# Children before parents, for the foreign keys. Feedback is only ever on one's own
# questions (record_feedback checks), so deleting by user_id covers it.
_DELETE_ORDER = ("feedback",)


def user_tables(db: sqlite_utils.Database) -> list[str]:
    return sorted(name for name in db.table_names() if "user_id" in db.table(name).columns_dict)


def export_user(db: sqlite_utils.Database, user_id: int) -> dict[str, list[dict]]:
    """Every row of the user's, table by table, oldest first."""
    data: dict[str, list[dict]] = {}
    for table in user_tables(db):
        rows = db.table(table)
        order = rows.pks[0] if rows.pks else "rowid"
        data[table] = list(rows.rows_where("user_id = ?", [user_id], order_by=order))
    return data


def forget_user(db: sqlite_utils.Database, user_id: int) -> int:
    """Delete every row of the user's; returns how many rows went."""
    tables = user_tables(db)
    ordered = [t for t in _DELETE_ORDER if t in tables] + [
        t for t in tables if t not in _DELETE_ORDER
    ]
    deleted = 0
    with db.atomic():
        for table in ordered:
            deleted += db.execute(f"DELETE FROM [{table}] WHERE user_id = ?", [user_id]).rowcount
    return deleted
