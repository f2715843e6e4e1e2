"""Questions students asked and their 👍 / 👎 feedback."""

from __future__ import annotations

import math
from datetime import datetime

import sqlite_utils

from bot.store.db import to_db_time


def record_question(
    db: sqlite_utils.Database,
    user_id: int,
    text: str,
    answered: bool,
    passage_id: str | None,
    confidence: float | None,
    now: datetime,
    reason: str | None = None,
    language: str | None = None,
    act: str | None = None,
) -> int:
    if confidence is not None and not math.isfinite(confidence):
        confidence = None  # JSON (and /export) has no infinity
    with db.atomic():
        cursor = db.execute(
            "INSERT INTO questions (user_id, text, answered, passage_id, confidence, asked_at, "
            "reason, language, act) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                user_id,
                text,
                int(answered),
                passage_id,
                confidence,
                to_db_time(now),
                reason,
                language,
                act,
            ],
        )
    assert cursor.lastrowid is not None  # an INSERT sets it
    return cursor.lastrowid


def record_feedback(
    db: sqlite_utils.Database, user_id: int, question_id: int, vote: int, now: datetime
) -> bool:
    """Store the user's vote on their own question; a later vote replaces an earlier one.

    Returns False, changing nothing, when the question isn't this user's (a forged button).
    """
    if vote not in (1, -1):
        raise ValueError("vote must be 1 or -1")
    with db.atomic():
        cursor = db.execute(
            """
            INSERT INTO feedback (question_id, user_id, vote, created_at)
            SELECT id, user_id, ?, ? FROM questions WHERE id = ? AND user_id = ?
            ON CONFLICT (question_id) DO UPDATE SET
                vote = excluded.vote, created_at = excluded.created_at
            """,
            [vote, to_db_time(now), question_id, user_id],
        )
    return cursor.rowcount > 0


def erase_old_question_text(db: sqlite_utils.Database, before: datetime) -> int:
    """Forget what was asked before `before`; the row stays, so counts and rates still add up."""
    with db.atomic():
        cursor = db.execute(
            "UPDATE questions SET text = NULL WHERE asked_at < ? AND text IS NOT NULL",
            [to_db_time(before)],
        )
    return cursor.rowcount
