"""Corpus edits: what review actions lead to, until a publish takes them live."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from bot.store.console.review import kept_since
from bot.store.db import named_rows, to_db_time


class EditState(StrEnum):
    TO_WRITE = "to-write"  # a new passage nobody has written yet
    PENDING = "pending"  # goes live with the next publish
    PUBLISHED = "published"
    DROPPED = "dropped"


@dataclass(frozen=True)
class Edit:
    id: int
    kind: str  # examples | out-of-scope | passage
    action_id: int | None
    passage_id: str | None
    state: EditState
    created_at: str
    updated_at: str
    draft: dict = field(default_factory=dict)  # for a new passage: the form's fields
    questions: tuple[str, ...] = ()  # the review's question text, as far as it is kept


def open_edits(db: sqlite_utils.Database, now: datetime, retention_days: int) -> list[Edit]:
    """Edits to write or waiting for the next publish, oldest first."""
    return _edits(db, "state IN ('to-write', 'pending')", [], now, retention_days)


def edit(
    db: sqlite_utils.Database, edit_id: int, now: datetime, retention_days: int
) -> Edit | None:
    found = _edits(db, "id = ?", [edit_id], now, retention_days)
    return found[0] if found else None


def edits_by_id(
    db: sqlite_utils.Database, ids: Sequence[int], now: datetime, retention_days: int
) -> list[Edit]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    return _edits(db, f"id IN ({marks})", list(ids), now, retention_days)


def _edits(
    db: sqlite_utils.Database,
    where: str,
    params: list[object],
    now: datetime,
    retention_days: int,
) -> list[Edit]:
    rows = named_rows(
        db,
        "SELECT id, kind, action_id, passage_id, state, created_at, updated_at, draft "
        f"FROM corpus_edits WHERE {where} ORDER BY id",
        params,
    )
    texts = question_texts(
        db, [r["action_id"] for r in rows if r["action_id"]], now, retention_days
    )
    return [
        Edit(
            id=row["id"],
            kind=row["kind"],
            action_id=row["action_id"],
            passage_id=row["passage_id"],
            state=EditState(row["state"]),
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            draft=json.loads(row["draft"]) if row["draft"] else {},
            questions=tuple(texts.get(row["action_id"], ())),
        )
        for row in rows
    ]


def question_texts(
    db: sqlite_utils.Database, action_ids: Sequence[int], now: datetime, retention_days: int
) -> dict[int, list[str]]:
    """Per review action, the text of its questions that is still kept, oldest first."""
    if not action_ids:
        return {}
    marks = ", ".join("?" for _ in action_ids)
    found: dict[int, list[str]] = {}
    for action_id, text in db.execute(
        f"""
        SELECT r.action_id, q.text FROM reviewed_questions r JOIN questions q
        ON q.id = r.question_id
        WHERE r.action_id IN ({marks}) AND q.text IS NOT NULL AND q.asked_at >= ?
        ORDER BY q.asked_at, q.id
        """,
        [*action_ids, kept_since(now, retention_days)],
    ):
        found.setdefault(action_id, []).append(text)
    return found


def save_draft(
    db: sqlite_utils.Database,
    edit_id: int,
    draft: dict,
    now: datetime,
    ready: bool,
    passage_id: str | None = None,
) -> bool:
    """Keep the form of a new passage; `ready` (it passed every check) queues it for the
    next publish. False when the edit isn't a passage still open."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE corpus_edits SET draft = ?, state = ?, passage_id = ?, updated_at = ? "
            "WHERE id = ? AND kind = 'passage' AND state IN ('to-write', 'pending')",
            [
                json.dumps(draft, ensure_ascii=False),
                EditState.PENDING.value if ready else EditState.TO_WRITE.value,
                passage_id if ready else None,
                to_db_time(now),
                edit_id,
            ],
        )
    return cursor.rowcount == 1


def drop_edit(db: sqlite_utils.Database, edit_id: int, now: datetime) -> bool:
    """Take back an edit not yet published: its questions go back to the inbox."""
    with db.atomic():
        row = db.execute(
            "SELECT action_id FROM corpus_edits WHERE id = ? AND state IN ('to-write', 'pending')",
            [edit_id],
        ).fetchone()
        if row is None:
            return False
        db.execute(
            "UPDATE corpus_edits SET state = 'dropped', updated_at = ? WHERE id = ?",
            [to_db_time(now), edit_id],
        )
        if row[0] is not None:
            db.execute("DELETE FROM reviewed_questions WHERE action_id = ?", [row[0]])
    return True


def mark_published(
    db: sqlite_utils.Database, edit_ids: Sequence[int], publish_id: int, now: datetime
) -> None:
    if not edit_ids:
        return
    marks = ", ".join("?" for _ in edit_ids)
    with db.atomic():
        db.execute(
            f"UPDATE corpus_edits SET state = 'published', publish_id = ?, updated_at = ? "
            f"WHERE id IN ({marks}) AND state = 'pending'",
            [publish_id, to_db_time(now), *edit_ids],
        )
