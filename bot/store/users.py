"""Users: a Telegram user id and the chat to reach them in. No names, no usernames."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from bot.store.db import to_db_time


def touch_user(
    db: sqlite_utils.Database,
    user_id: int,
    chat_id: int,
    now: datetime,
    timezone: str | None = None,
) -> None:
    """Create the user on first contact; afterwards refresh the chat and last-seen time.

    `timezone` is recorded for a new user only: an existing user's choice stands. Any
    contact also means the user is reachable again and has answered the last nudges.
    """
    stamp = to_db_time(now)
    with db.atomic():
        db.execute(
            """
            INSERT INTO users (user_id, chat_id, created_at, last_seen_at, timezone)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id) DO UPDATE SET
                chat_id = excluded.chat_id, last_seen_at = excluded.last_seen_at,
                active = 1, unanswered_nudges = 0
            """,
            [user_id, chat_id, stamp, stamp, timezone],
        )
