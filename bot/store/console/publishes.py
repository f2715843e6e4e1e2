"""Publishes: a rebuild and refit in the background, and its figures."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from bot.store.db import named_rows, to_db_time


class PublishState(StrEnum):
    RUNNING = "running"  # building, fitting, measuring in the background
    READY = "ready"  # built, waiting for the operator to confirm (a figure got worse)
    LIVE = "live"
    FAILED = "failed"
    DISCARDED = "discarded"  # the operator chose not to publish it


@dataclass(frozen=True)
class Publish:
    id: int
    state: PublishState
    message: str | None
    progress: float
    version: str | None
    live_version: str | None
    figures: list[dict]
    report: list[dict]
    edits: list[int]
    started_at: str
    finished_at: str | None


def start_publish(
    db: sqlite_utils.Database, edit_ids: Sequence[int], live_version: str | None, now: datetime
) -> int:
    """A new publish, running. A publish left running by a console that stopped is failed
    first: its subprocess died with it."""
    with db.atomic():
        db.execute(
            "UPDATE publishes SET state = 'failed', finished_at = ?, "
            "message = 'stopped: the console stopped while it ran' WHERE state = 'running'",
            [to_db_time(now)],
        )
        cursor = db.execute(
            "INSERT INTO publishes (state, message, progress, live_version, edits, started_at) "
            "VALUES ('running', 'Starting', 0, ?, ?, ?)",
            [live_version, json.dumps(list(edit_ids)), to_db_time(now)],
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update_publish(
    db: sqlite_utils.Database, publish_id: int, now: datetime | None = None, **changes: object
) -> None:
    """Set a publish's columns; lists and dicts are stored as JSON, `now` as finished_at."""
    values = {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in changes.items()
    }
    if now is not None:
        values["finished_at"] = to_db_time(now)
    with db.atomic():
        db.table("publishes").update(publish_id, values)


def latest_publish(db: sqlite_utils.Database) -> Publish | None:
    rows = named_rows(db, "SELECT * FROM publishes ORDER BY id DESC LIMIT 1")
    return _publish(rows[0]) if rows else None


def get_publish(db: sqlite_utils.Database, publish_id: int) -> Publish | None:
    rows = named_rows(db, "SELECT * FROM publishes WHERE id = ?", [publish_id])
    return _publish(rows[0]) if rows else None


def _publish(row: sqlite3.Row) -> Publish:
    return Publish(
        id=row["id"],
        state=PublishState(row["state"]),
        message=row["message"],
        progress=row["progress"],
        version=row["version"],
        live_version=row["live_version"],
        figures=json.loads(row["figures"]) if row["figures"] else [],
        report=json.loads(row["report"]) if row["report"] else [],
        edits=json.loads(row["edits"]) if row["edits"] else [],
        started_at=row["started_at"],
        finished_at=row["finished_at"],
    )
