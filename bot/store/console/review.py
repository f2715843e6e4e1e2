"""The review inbox (the questions worth a look) and the review actions taken on them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

import sqlite_utils

from bot.store.db import named_rows, to_db_time

INBOX_LIMIT = 500  # the most recent questions worth a look; grouping more takes seconds


class Why(StrEnum):
    """Why a question is worth a look."""

    DECLINED = "declined"  # the bot said the guide doesn't cover it
    DISLIKED = "disliked"  # the student pressed 👎 on the answer
    UNSURE = "unsure"  # answered, but the bot was among its least sure


@dataclass(frozen=True)
class Candidate:
    id: int
    text: str
    asked_at: str
    passage_id: str | None  # what the bot answered with; None when it declined
    reason: str | None
    confidence: float | None
    vote: int | None
    why: Why


def kept_since(now: datetime, retention_days: int) -> str:
    return to_db_time(now - timedelta(days=retention_days))


def inbox(
    db: sqlite_utils.Database,
    now: datetime,
    retention_days: int,
    least_sure: float,
    limit: int = INBOX_LIMIT,
) -> tuple[list[Candidate], bool]:
    """The most recent questions worth a look that nobody has reviewed, newest first, and
    whether there are more than `limit`.

    Worth a look: declined as off-topic (not those declined for their language, or for
    "more" with nothing left: no corpus edit helps those), answered with a 👎, or answered
    with P(answer) under `least_sure`. Only questions read on their own: a follow-up's text
    ("and for undergrads?") means nothing without its conversation.
    """
    rows = named_rows(
        db,
        """
        SELECT q.id, q.text, q.asked_at, q.passage_id, q.reason, q.confidence, f.vote,
               CASE WHEN f.vote < 0 THEN 'disliked'
                    WHEN q.answered = 0 THEN 'declined'
                    ELSE 'unsure' END AS why
        FROM questions q LEFT JOIN feedback f ON f.question_id = q.id
        WHERE q.asked_at >= :kept AND q.text IS NOT NULL AND trim(q.text) != ''
          AND (q.act IS NULL OR q.act = 'question')
          AND (
            f.vote < 0
            OR (q.answered = 0 AND coalesce(q.reason, 'off-topic') = 'off-topic')
            OR (q.answered = 1 AND q.confidence < :least_sure)
          )
          AND NOT EXISTS (SELECT 1 FROM reviewed_questions r WHERE r.question_id = q.id)
        ORDER BY q.asked_at DESC, q.id DESC
        LIMIT :limit
        """,
        {"kept": kept_since(now, retention_days), "least_sure": least_sure, "limit": limit + 1},
    )
    candidates = [Candidate(**{**row, "why": Why(row["why"])}) for row in rows[:limit]]
    return candidates, len(rows) > limit


class Action(StrEnum):
    PASSAGE = "passage"  # answered by a passage: the questions become its examples
    OFF_TOPIC = "off-topic"  # the questions go to out-of-scope.txt
    NEW_PASSAGE = "new-passage"  # a passage to write, with these questions
    IGNORE = "ignore"


@dataclass(frozen=True)
class Reviewed:
    action_id: int | None  # None when every question had been reviewed already
    question_ids: tuple[int, ...]  # the questions this action took
    edit_id: int | None = None  # the corpus edit it led to


def review(
    db: sqlite_utils.Database,
    action: Action,
    question_ids: Iterable[int],
    now: datetime,
    retention_days: int,
    passage_id: str | None = None,
) -> Reviewed:
    """Record an action on questions, in one transaction, with the corpus edit it leads to.
    A question already reviewed (in another tab, say) or no longer kept is left out."""
    if action is Action.PASSAGE and not passage_id:
        raise ValueError("an action 'passage' names the passage")
    ids = sorted({int(i) for i in question_ids})
    stamp = to_db_time(now)
    with db.atomic():
        db.execute("CREATE TEMP TABLE IF NOT EXISTS review_batch (id INTEGER PRIMARY KEY)")
        db.execute("DELETE FROM review_batch")
        db.conn.executemany("INSERT OR IGNORE INTO review_batch VALUES (?)", [(i,) for i in ids])
        cursor = db.execute(
            "INSERT INTO review_actions (action, passage_id, questions, created_at) "
            "VALUES (?, ?, 0, ?)",
            [action.value, passage_id if action is Action.PASSAGE else None, stamp],
        )
        action_id = cursor.lastrowid
        db.execute(
            """
            INSERT OR IGNORE INTO reviewed_questions (question_id, action_id)
            SELECT q.id, ? FROM review_batch b JOIN questions q ON q.id = b.id
            WHERE q.text IS NOT NULL AND q.asked_at >= ?
            """,
            [action_id, kept_since(now, retention_days)],
        )
        taken = tuple(
            row[0]
            for row in db.execute(
                "SELECT question_id FROM reviewed_questions WHERE action_id = ? "
                "ORDER BY question_id",
                [action_id],
            )
        )
        db.execute("DELETE FROM review_batch")
        if not taken:
            db.execute("DELETE FROM review_actions WHERE id = ?", [action_id])
            return Reviewed(None, ())
        db.execute("UPDATE review_actions SET questions = ? WHERE id = ?", [len(taken), action_id])
        kind, state = {
            Action.PASSAGE: ("examples", "pending"),
            Action.OFF_TOPIC: ("out-of-scope", "pending"),
            Action.NEW_PASSAGE: ("passage", "to-write"),
            Action.IGNORE: (None, None),
        }[action]
        edit_id = None
        if kind is not None:
            edit_id = db.execute(
                "INSERT INTO corpus_edits (kind, action_id, passage_id, state, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [kind, action_id, passage_id, state, stamp, stamp],
            ).lastrowid
    return Reviewed(action_id, taken, edit_id)


@dataclass(frozen=True)
class ActionRecord:
    id: int
    action: Action
    passage_id: str | None
    questions: int
    created_at: str


def recent_actions(db: sqlite_utils.Database, limit: int = 20) -> list[ActionRecord]:
    return [
        ActionRecord(**{**row, "action": Action(row["action"])})
        for row in named_rows(
            db,
            "SELECT id, action, passage_id, questions, created_at FROM review_actions "
            "ORDER BY id DESC LIMIT ?",
            [limit],
        )
    ]


def action_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM review_actions").fetchone()[0]
