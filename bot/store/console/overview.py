"""The overview's figures: questions, votes, topics, checklists and nudges per period."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlite_utils

from bot.checklist.progress import PROGRESS_BUCKETS, progress_bucket
from bot.store.db import to_db_time

PERIODS = (7, 30, 90)  # days the overview can show
# A nudge counts as acted on when the student asks a question or ticks an item off within
# this long after it was sent.
ACTED_WITHIN = timedelta(days=7)


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
