"""Nudge settings, the schedule, and the claims that make delivery at-most-once.

A nudge is claimed, by inserting (user, week, kind) under a unique index, in the same
transaction that moves the user's schedule on. Only the process that inserted the row
sends. A crash after the claim loses that week's nudge instead of sending it twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from bot.store.db import named_rows, to_db_time


@dataclass(frozen=True)
class NudgeSettings:
    user_id: int
    chat_id: int
    timezone: str | None
    enabled: bool
    day: int
    time: str
    next_at: str | None
    snoozed_until: str | None
    active: bool
    paused_at: str | None
    created_at: str
    unanswered: int
    last_template: int | None

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> NudgeSettings:
        return cls(**{**row, "enabled": bool(row["enabled"]), "active": bool(row["active"])})


# The users columns named as NudgeSettings' fields, so that rows are read by name.
_SETTINGS = (
    "user_id, chat_id, timezone, nudges_enabled AS enabled, nudge_day AS day, "
    "nudge_time AS time, next_nudge_at AS next_at, snoozed_until, active, "
    "nudges_paused_at AS paused_at, created_at, unanswered_nudges AS unanswered, last_template"
)


def _settings(
    db: sqlite_utils.Database, sql: str, params: Sequence[object] | dict[str, object]
) -> list[NudgeSettings]:
    return [NudgeSettings.from_row(row) for row in named_rows(db, sql, params)]


def get_settings(db: sqlite_utils.Database, user_id: int) -> NudgeSettings | None:
    found = _settings(db, f"SELECT {_SETTINGS} FROM users WHERE user_id = ?", [user_id])
    return found[0] if found else None


def update_settings(db: sqlite_utils.Database, user_id: int, **changes: object) -> None:
    """Set columns of the user's row; datetimes are stored as UTC text."""
    values = {k: to_db_time(v) if isinstance(v, datetime) else v for k, v in changes.items()}
    with db.atomic():
        db.table("users").update(user_id, values)


def unscheduled(db: sqlite_utils.Database, limit: int = 1000) -> list[NudgeSettings]:
    """Users with nudges on who have no next time yet (new users)."""
    return _settings(
        db,
        f"SELECT {_SETTINGS} FROM users "
        "WHERE next_nudge_at IS NULL AND nudges_enabled = 1 AND active = 1 LIMIT ?",
        [limit],
    )


def due(db: sqlite_utils.Database, now: datetime, limit: int | None = None) -> list[NudgeSettings]:
    """Users whose weekly nudge or snoozed reminder is due, oldest first."""
    stamp = to_db_time(now)
    return _settings(
        db,
        f"""
        SELECT {_SETTINGS} FROM users
        WHERE nudges_enabled = 1 AND active = 1 AND next_nudge_at <= :now
        UNION
        SELECT {_SETTINGS} FROM users
        WHERE snoozed_until <= :now AND nudges_enabled = 1 AND active = 1
        ORDER BY next_at
        LIMIT :limit
        """,
        {"now": stamp, "limit": -1 if limit is None else limit},
    )


class Claim(StrEnum):
    CLAIMED = "claimed"  # this process owns the nudge: send it
    ALREADY_SENT = "already"  # this (user, week, kind) was claimed before: don't send
    STALE = "stale"  # the user's settings changed since they were read: re-read first


def claim(
    db: sqlite_utils.Database,
    user_id: int,
    week: str,
    kind: str,
    now: datetime,
    expected: Mapping[str, object],
    changes: Mapping[str, object],
    status: str = "claimed",
) -> tuple[Claim, int | None]:
    """Claim (user, week, kind) and move the user's schedule on, in one transaction.

    `expected` is what the sweep read (next_nudge_at, snoozed_until): if the row no longer
    holds it, or nudges were switched off, or the user became unreachable, nothing changes
    (STALE). If the week was claimed before, the schedule still moves on (ALREADY_SENT),
    so the user isn't found due again. Returns the outcome and, when CLAIMED, the claim id.
    """

    def stored(value: object) -> object:
        return to_db_time(value) if isinstance(value, datetime) else value

    sets = ", ".join(f"[{column}] = ?" for column in changes) or "user_id = user_id"

    same = " AND ".join(f"[{column}] IS ?" for column in expected)
    with db.atomic():
        moved = db.execute(
            f"UPDATE users SET {sets} WHERE user_id = ? AND nudges_enabled = 1 AND active = 1"
            + (f" AND {same}" if same else ""),
            [*map(stored, changes.values()), user_id, *map(stored, expected.values())],
        ).rowcount
        if not moved:
            return Claim.STALE, None
        cursor = db.execute(
            "INSERT INTO nudges (user_id, week, kind, status, claimed_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (user_id, week, kind) DO NOTHING",
            [user_id, week, kind, status, to_db_time(now)],
        )
    if cursor.rowcount != 1 or cursor.lastrowid is None:
        return Claim.ALREADY_SENT, None
    return Claim.CLAIMED, cursor.lastrowid


def claimed(db: sqlite_utils.Database, user_id: int, week: str, kind: str = "weekly") -> bool:
    row = db.execute(
        "SELECT 1 FROM nudges WHERE user_id = ? AND week = ? AND kind = ?", [user_id, week, kind]
    ).fetchone()
    return row is not None


def finish(
    db: sqlite_utils.Database,
    claim_id: int,
    user_id: int,
    status: str,
    now: datetime,
    template: int | None = None,
    pause: bool = False,
) -> None:
    """Record how a claimed nudge ended, and what it means for the user, in one go.

    sent: one more unanswered nudge, the template remembered (and nudges paused, when this
    was the last before a pause); blocked: the user is unreachable until they come back.
    """
    stamp = to_db_time(now)
    with db.atomic():
        db.execute(
            "UPDATE nudges SET status = ?, finished_at = ?, template = ? WHERE id = ?",
            [status, stamp, template, claim_id],
        )
        if status == "sent":
            db.execute(
                """
                UPDATE users SET
                    unanswered_nudges = unanswered_nudges + 1,
                    last_template = ?,
                    nudges_enabled = CASE WHEN ? THEN 0 ELSE nudges_enabled END,
                    nudges_paused_at = CASE WHEN ? THEN ? ELSE nudges_paused_at END
                WHERE user_id = ?
                """,
                [template, pause, pause, stamp, user_id],
            )
        elif status == "blocked":
            db.execute("UPDATE users SET active = 0 WHERE user_id = ?", [user_id])


@dataclass(frozen=True)
class OpenItem:
    user_id: int
    item_id: int
    text: str
    passage_id: str | None


def checklist_state(
    db: sqlite_utils.Database, user_ids: Iterable[int], per_user: int = 3
) -> tuple[dict[int, tuple[int, int]], dict[int, list[OpenItem]]]:
    """For many users at once: (done, total) each, and their first open items."""
    ids = list(user_ids)
    if not ids:
        return {}, {}
    db.execute("CREATE TEMP TABLE IF NOT EXISTS nudge_batch (user_id INTEGER PRIMARY KEY)")
    db.execute("DELETE FROM nudge_batch")
    db.conn.executemany("INSERT OR IGNORE INTO nudge_batch VALUES (?)", [(i,) for i in ids])
    counts = {
        user: (done, total)
        for user, done, total in db.execute(
            # CROSS JOIN fixes the loop order: the batch outside, the (user_id, position)
            # index inside. Left to itself, SQLite scanned every checklist item.
            "SELECT b.user_id, count(c.done_at), count(*) FROM nudge_batch b "
            "CROSS JOIN checklist_items c ON c.user_id = b.user_id GROUP BY b.user_id"
        )
    }
    open_items: dict[int, list[OpenItem]] = {}
    for row in named_rows(
        db,
        """
        SELECT user_id, id AS item_id, text, passage_id FROM (
            SELECT c.user_id, c.id, c.text, c.passage_id,
                   row_number() OVER (PARTITION BY c.user_id ORDER BY c.position, c.id) AS n
            FROM nudge_batch b CROSS JOIN checklist_items c ON c.user_id = b.user_id

            WHERE c.done_at IS NULL
        ) WHERE n <= ?
        """,
        [per_user],
    ):
        open_items.setdefault(row["user_id"], []).append(OpenItem(**row))
    db.execute("DELETE FROM nudge_batch")
    db.conn.commit()
    return counts, open_items
