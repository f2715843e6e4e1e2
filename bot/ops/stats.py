"""`mentorbot stats`: what an operator needs to know, and what corpus authors should write next."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

import sqlite_utils

from bot.checklist.progress import PROGRESS_BUCKETS, progress_bucket
from bot.store.db import to_db_time


@dataclass(frozen=True)
class Stats:
    users: int
    active_7d: int
    unreachable: int
    questions_7d: int
    declined_7d: int
    thumbs_up: int
    thumbs_down: int
    top_declined: list[tuple[str, int]]
    top_disliked: list[tuple[str, int]]
    progress: dict[str, int]
    nudges_7d: dict[str, int]
    nudges_all: dict[str, int] = field(default_factory=dict)

    @property
    def decline_rate(self) -> float:
        return self.declined_7d / self.questions_7d if self.questions_7d else 0.0


def collect(
    db: sqlite_utils.Database, now: datetime, retention_days: int = 90, top: int = 10
) -> Stats:
    """Read-only. Question text past the retention is left out even before the bot's hourly
    job erases it, so `stats` never shows what should be gone."""
    week_ago = to_db_time(now - timedelta(days=7))
    kept_since = to_db_time(now - timedelta(days=retention_days))

    def one(sql: str, params: list | None = None) -> int:
        return db.execute(sql, params or []).fetchone()[0] or 0

    def frequent(sql: str) -> list[tuple[str, int]]:
        # Grouped case- and space-insensitively, within the retention.
        return [(text, count) for text, count in db.execute(sql, [kept_since, top]).fetchall()]

    top_declined = frequent(
        "SELECT min(text), count(*) AS n FROM questions "
        "WHERE answered = 0 AND text IS NOT NULL AND trim(text) != '' AND asked_at >= ? "
        "GROUP BY lower(trim(text)) ORDER BY n DESC, max(asked_at) DESC LIMIT ?"
    )
    top_disliked = frequent(
        "SELECT min(q.text), count(*) AS n FROM feedback f "
        "JOIN questions q ON q.id = f.question_id "
        "WHERE f.vote < 0 AND q.text IS NOT NULL AND q.asked_at >= ? "
        "GROUP BY lower(trim(q.text)) ORDER BY n DESC, max(q.asked_at) DESC LIMIT ?"
    )

    return Stats(
        users=one("SELECT count(*) FROM users"),
        active_7d=one("SELECT count(*) FROM users WHERE last_seen_at >= ?", [week_ago]),
        unreachable=one("SELECT count(*) FROM users WHERE active = 0"),
        questions_7d=one("SELECT count(*) FROM questions WHERE asked_at >= ?", [week_ago]),
        declined_7d=one(
            "SELECT count(*) FROM questions WHERE asked_at >= ? AND answered = 0", [week_ago]
        ),
        thumbs_up=one("SELECT count(*) FROM feedback WHERE vote > 0"),
        thumbs_down=one("SELECT count(*) FROM feedback WHERE vote < 0"),
        top_declined=top_declined,
        top_disliked=top_disliked,
        progress=_progress(db),
        nudges_7d=_nudges(db, week_ago),
        nudges_all=_nudges(db, None),
    )


def _progress(db: sqlite_utils.Database) -> dict[str, int]:
    buckets = dict.fromkeys(PROGRESS_BUCKETS, 0)
    rows = db.execute(
        "SELECT u.user_id, count(c.id), count(c.done_at) FROM users u "
        "LEFT JOIN checklist_items c ON c.user_id = u.user_id GROUP BY u.user_id"
    )
    for _, total, done in rows:
        buckets[progress_bucket(done, total)] += 1
    return buckets


def _nudges(db: sqlite_utils.Database, since: str | None) -> dict[str, int]:
    counts = {"sent": 0, "skipped": 0, "failed": 0, "blocked": 0}
    where, params = ("WHERE claimed_at >= ?", [since]) if since else ("", [])
    for status, count in db.execute(
        f"SELECT status, count(*) FROM nudges {where} GROUP BY status", params
    ):
        # A claim never finished (the process stopped mid-send) was skipped: at most once.
        key = "skipped" if status == "claimed" else status
        counts[key] = counts.get(key, 0) + count
    return counts


def render(stats: Stats, retention_days: int) -> str:
    lines = [
        f"Users            {stats.users} ({stats.active_7d} active in the last 7 days, "
        f"{stats.unreachable} have blocked the bot)",
        f"Questions        {stats.questions_7d} in the last 7 days; "
        f"{stats.decline_rate:.0%} declined",
        f"Feedback         👍 {stats.thumbs_up}  👎 {stats.thumbs_down}"
        + (
            f"  ({stats.thumbs_up / (stats.thumbs_up + stats.thumbs_down):.0%} positive)"
            if stats.thumbs_up + stats.thumbs_down
            else ""
        ),
        "Checklists       "
        + ", ".join(f"{name}: {count}" for name, count in stats.progress.items()),
        "Nudges, 7 days   " + ", ".join(f"{k} {v}" for k, v in stats.nudges_7d.items()),
        "Nudges, all      " + ", ".join(f"{k} {v}" for k, v in stats.nudges_all.items()),
    ]
    for title, rows in (
        ("Most declined questions (write a passage for these?)", stats.top_declined),
        ("Most disliked answers (improve these passages?)", stats.top_disliked),
    ):
        lines += ["", f"{title}:"]
        lines += [f"  {count:>4}  {text[:90]}" for text, count in rows] or ["     none"]
    lines += ["", f"(question text is kept for {retention_days} days)"]
    return "\n".join(lines)
