"""The inbox: each update from Telegram, written before Telegram is told it arrived.

Telegram forgets an update once the bot confirms it (by the offset of its next getUpdates
call, or by answering 200 to the webhook). Writing it here first turns that into
at-least-once delivery: after a crash, the updates written but never handled are handled
at the next start. A redelivered update_id finds its row and is dropped.

Once handled, a row keeps only its update_id and when it was done: enough to recognise a
redelivery, and nothing about the user. Telegram redelivers an unconfirmed update for 24
hours, so done rows are kept a little longer than that, then deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlite_utils

from bot.store.db import from_db_time, to_db_time

KEEP_DONE = timedelta(hours=25)
# An update interrupted at this many starts in a row is dropped, so one update that
# kills the process can't do so at every start.
MAX_RECOVERIES = 3


@dataclass(frozen=True)
class Unfinished:
    update_id: int
    chat_id: int | None
    payload: str
    received_at: datetime


@dataclass(frozen=True)
class Recovered:
    updates: list[Unfinished]  # in update_id order
    dropped: list[int]  # update_ids given up after MAX_RECOVERIES


def receive(
    db: sqlite_utils.Database, update_id: int, chat_id: int | None, payload: str, now: datetime
) -> bool:
    """Write an update; False, writing nothing, when its update_id is already here."""
    with db.atomic():
        cursor = db.execute(
            "INSERT OR IGNORE INTO inbox (update_id, chat_id, payload, received_at) "
            "VALUES (?, ?, ?, ?)",
            [update_id, chat_id, payload, to_db_time(now)],
        )
    return cursor.rowcount == 1


def finish(db: sqlite_utils.Database, update_id: int, now: datetime) -> None:
    """Mark an update handled, and forget what it said."""
    with db.atomic():
        db.execute(
            "UPDATE inbox SET done_at = ?, payload = NULL, chat_id = NULL "
            "WHERE update_id = ? AND done_at IS NULL",
            [to_db_time(now), update_id],
        )


def recover(
    db: sqlite_utils.Database, now: datetime, max_recoveries: int = MAX_RECOVERIES
) -> Recovered:
    """The updates written but never handled, oldest first, each counted as recovered once
    more. Those already recovered `max_recoveries` times are marked done instead."""
    with db.atomic():
        db.execute("UPDATE inbox SET recoveries = recoveries + 1 WHERE done_at IS NULL")
        rows = db.execute(
            "SELECT update_id, chat_id, payload, received_at, recoveries FROM inbox "
            "WHERE done_at IS NULL ORDER BY update_id"
        ).fetchall()
        dropped = [row[0] for row in rows if row[4] > max_recoveries]
        db.conn.executemany(
            "UPDATE inbox SET done_at = ?, payload = NULL, chat_id = NULL WHERE update_id = ?",
            [(to_db_time(now), update_id) for update_id in dropped],
        )
    updates = [
        Unfinished(update_id, chat_id, payload, from_db_time(received_at))
        for update_id, chat_id, payload, received_at, recoveries in rows
        if recoveries <= max_recoveries
    ]
    return Recovered(updates, dropped)


def expire(db: sqlite_utils.Database, now: datetime, keep: timedelta = KEEP_DONE) -> int:
    """Delete the rows done more than `keep` ago; returns how many went."""
    with db.atomic():
        cursor = db.execute("DELETE FROM inbox WHERE done_at < ?", [to_db_time(now - keep)])
    return cursor.rowcount


def unfinished_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM inbox WHERE done_at IS NULL").fetchone()[0]
