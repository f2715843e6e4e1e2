"""Checklist items: each user's own, ordered by position. Every query names the user, so a
forged item id can only ever touch its owner's row, which it doesn't have."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

import sqlite_utils

from bot.store.db import named_rows, to_db_time


@dataclass(frozen=True)
class Item:
    id: int
    user_id: int
    position: int
    text: str
    passage_id: str | None
    done_at: str | None
    created_at: str

    @property
    def done(self) -> bool:
        return self.done_at is not None


# Item's fields are the table's column names: a row is read by name, never by position.
_COLUMNS = ", ".join(field.name for field in fields(Item))


def list_items(db: sqlite_utils.Database, user_id: int) -> list[Item]:
    return [
        Item(**row)
        for row in named_rows(
            db,
            f"SELECT {_COLUMNS} FROM checklist_items WHERE user_id = ? ORDER BY position, id",
            [user_id],
        )
    ]


def get_item(db: sqlite_utils.Database, user_id: int, item_id: int) -> Item | None:
    found = [
        Item(**row)
        for row in named_rows(
            db,
            f"SELECT {_COLUMNS} FROM checklist_items WHERE user_id = ? AND id = ?",
            [user_id, item_id],
        )
    ]
    return found[0] if found else None


def insert_items(
    db: sqlite_utils.Database,
    user_id: int,
    entries: Sequence[tuple[str, str | None]],
    now: datetime,
) -> list[int]:
    """Append (text, passage_id) entries after the user's last item; returns the new ids."""
    stamp = to_db_time(now)
    ids = []
    with db.atomic():
        (last,) = db.execute(
            "SELECT coalesce(max(position), 0) FROM checklist_items WHERE user_id = ?", [user_id]
        ).fetchone()
        for offset, (text, passage_id) in enumerate(entries, start=1):
            cursor = db.execute(
                "INSERT INTO checklist_items (user_id, position, text, passage_id, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [user_id, last + offset, text, passage_id, stamp],
            )
            assert cursor.lastrowid is not None  # an INSERT sets it
            ids.append(cursor.lastrowid)
    return ids


def set_done(
    db: sqlite_utils.Database, user_id: int, item_ids: Iterable[int], done: bool, now: datetime
) -> int:
    """Mark items done (or not); items already in that state keep their time. Returns changes."""
    ids = list(item_ids)
    if not ids:
        return 0
    marks = ",".join("?" * len(ids))
    with db.atomic():
        if done:
            cursor = db.execute(
                f"UPDATE checklist_items SET done_at = ? "
                f"WHERE user_id = ? AND done_at IS NULL AND id IN ({marks})",
                [to_db_time(now), user_id, *ids],
            )
        else:
            cursor = db.execute(
                f"UPDATE checklist_items SET done_at = NULL "
                f"WHERE user_id = ? AND done_at IS NOT NULL AND id IN ({marks})",
                [user_id, *ids],
            )
    return cursor.rowcount


def delete_items(
    db: sqlite_utils.Database,
    user_id: int,
    item_ids: Iterable[int] | None = None,
    up_to_id: int | None = None,
) -> int:
    """Delete the given items, or all items (only those with id <= up_to_id, if given)."""
    clauses, params = ["user_id = ?"], [user_id]
    if item_ids is not None:
        ids = list(item_ids)
        if not ids:
            return 0
        clauses.append(f"id IN ({','.join('?' * len(ids))})")
        params += ids
    if up_to_id is not None:
        clauses.append("id <= ?")
        params.append(up_to_id)
    with db.atomic():
        cursor = db.execute(f"DELETE FROM checklist_items WHERE {' AND '.join(clauses)}", params)
    return cursor.rowcount
