"""What the operator's console reads and records: the overview's figures, the review inbox,
the review actions, the corpus edits they lead to, and the publishes that take them live.

Nothing here returns a Telegram user id or chat id: the console shows counts and question
text, never who asked. Question text past the retention is left out even before the bot's
hourly job erases it, as in `mentorbot stats`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

import sqlite_utils

from bot.checklist.progress import PROGRESS_BUCKETS, progress_bucket
from bot.store.db import named_rows, to_db_time

PERIODS = (7, 30, 90)  # days the overview can show
# A nudge counts as acted on when the student asks a question or ticks an item off within
# this long after it was sent.
ACTED_WITHIN = timedelta(days=7)
INBOX_LIMIT = 500  # the most recent questions worth a look; grouping more takes seconds


# ── the overview ─────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class DayQuestions:
    day: str  # YYYY-MM-DD, UTC
    answered: int = 0
    declined: int = 0  # the guide doesn't answer it, or there was nothing to answer
    other_language: int = 0  # declined because the bot can't read the language

    @property
    def total(self) -> int:
        return self.answered + self.declined + self.other_language


@dataclass(frozen=True)
class DayVotes:
    day: str
    up: int = 0
    down: int = 0


@dataclass(frozen=True)
class PassageVotes:
    passage_id: str
    down: int
    up: int


@dataclass(frozen=True)
class Nudging:
    sent: int
    acted_on: int  # of those sent: the student asked or ticked something off within 7 days
    paused: int  # students whose nudges paused for want of replies


@dataclass(frozen=True)
class Overview:
    days: int
    since: str  # the first moment counted, UTC
    students: int
    active: int  # seen in the period
    questions: tuple[DayQuestions, ...]  # every day of the period, oldest first
    votes: tuple[DayVotes, ...]
    passages: dict[str, int]  # passage id → questions answered with it, most first
    disliked: tuple[PassageVotes, ...]  # passages with a 👎, most 👎 first
    checklists: dict[str, int]  # progress bucket → students active in the period
    nudges: Nudging


def period_start(now: datetime, days: int) -> datetime:
    """Midnight UTC at the start of the first of `days` days ending today."""
    today = now.astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return today - timedelta(days=days - 1)


def overview(db: sqlite_utils.Database, now: datetime, days: int, top: int = 10) -> Overview:
    if days not in PERIODS:
        raise ValueError(f"the period is 7, 30 or 90 days, not {days}")
    start = period_start(now, days)
    since = to_db_time(start)
    day_names = [(start + timedelta(days=n)).strftime("%Y-%m-%d") for n in range(days)]

    def one(sql: str, params: Sequence[object] = ()) -> int:
        return db.execute(sql, params).fetchone()[0] or 0

    per_day: dict[str, dict[str, int]] = {day: {} for day in day_names}
    for day, kind, count in db.execute(
        # substr(asked_at, 1, 10) is the UTC day: times are stored as fixed-width UTC text.
        """
        SELECT substr(asked_at, 1, 10) AS day,
               CASE WHEN answered = 1 THEN 'answered'
                    WHEN reason = 'not-english' THEN 'other_language'
                    ELSE 'declined' END AS kind,
               count(*)
        FROM questions WHERE asked_at >= ? GROUP BY day, kind
        """,
        [since],
    ):
        if day in per_day:
            per_day[day][kind] = count
    votes: dict[str, dict[str, int]] = {day: {} for day in day_names}
    for day, vote, count in db.execute(
        "SELECT substr(created_at, 1, 10) AS day, CASE WHEN vote > 0 THEN 'up' ELSE 'down' END, "
        "count(*) FROM feedback WHERE created_at >= ? GROUP BY 1, 2",
        [since],
    ):
        if day in votes:
            votes[day][vote] = count
    passages = {
        passage_id: count
        for passage_id, count in db.execute(
            "SELECT passage_id, count(*) AS n FROM questions "
            "WHERE asked_at >= ? AND answered = 1 AND passage_id IS NOT NULL "
            "GROUP BY passage_id ORDER BY n DESC, passage_id",
            [since],
        )
    }
    disliked = tuple(
        PassageVotes(passage_id, down, up)
        for passage_id, down, up in db.execute(
            """
            SELECT q.passage_id, sum(f.vote < 0) AS down, sum(f.vote > 0) AS up
            FROM feedback f JOIN questions q ON q.id = f.question_id
            WHERE f.created_at >= ? AND q.passage_id IS NOT NULL
            GROUP BY q.passage_id HAVING down > 0 ORDER BY down DESC, up, q.passage_id LIMIT ?
            """,
            [since, top],
        )
    )
    return Overview(
        days=days,
        since=since,
        students=one("SELECT count(*) FROM users"),
        active=one("SELECT count(*) FROM users WHERE last_seen_at >= ?", [since]),
        questions=tuple(DayQuestions(day, **per_day[day]) for day in day_names),
        votes=tuple(DayVotes(day, **votes[day]) for day in day_names),
        passages=passages,
        disliked=disliked,
        checklists=_checklists(db, since),
        nudges=_nudging(db, since, now),
    )


def _checklists(db: sqlite_utils.Database, since: str) -> dict[str, int]:
    """How far the students seen in the period are through their checklists."""
    buckets = dict.fromkeys(PROGRESS_BUCKETS, 0)
    for total, done in db.execute(
        "SELECT count(c.id), count(c.done_at) FROM users u "
        "LEFT JOIN checklist_items c ON c.user_id = u.user_id "
        "WHERE u.last_seen_at >= ? GROUP BY u.user_id",
        [since],
    ):
        buckets[progress_bucket(done, total)] += 1
    return buckets


def _nudging(db: sqlite_utils.Database, since: str, now: datetime) -> Nudging:
    window = f"+{ACTED_WITHIN.days} days"
    sent, acted_on = db.execute(
        f"""
        SELECT count(*), coalesce(sum(
            EXISTS (SELECT 1 FROM questions q WHERE q.user_id = n.user_id
                    AND q.asked_at > n.finished_at
                    AND q.asked_at <= strftime('%Y-%m-%dT%H:%M:%SZ', n.finished_at, '{window}'))
            OR EXISTS (SELECT 1 FROM checklist_items c WHERE c.user_id = n.user_id
                    AND c.done_at > n.finished_at
                    AND c.done_at <= strftime('%Y-%m-%dT%H:%M:%SZ', n.finished_at, '{window}'))
        ), 0)
        FROM nudges n WHERE n.claimed_at >= ? AND n.status = 'sent'
        """,
        [since],
    ).fetchone()
    paused = db.execute(
        "SELECT count(*) FROM users WHERE nudges_paused_at >= ?", [since]
    ).fetchone()[0]
    return Nudging(sent, acted_on, paused)


# ── the review inbox ─────────────────────────────────────────────────────────


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


# ── review actions ───────────────────────────────────────────────────────────


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


# ── corpus edits ─────────────────────────────────────────────────────────────


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


# ── publishes ────────────────────────────────────────────────────────────────


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
