"""At-least-once delivery, as rules: each update is kept before Telegram is told it
arrived, is marked done once handled, and what a stopped process left unfinished comes
back at the next start. bot/telegram/delivery.py is the Telegram side; see store/inbox.py
for what is kept, and for how long."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.store import inbox as store
from bot.store.inbox import MAX_RECOVERIES, Recovered

__all__ = ["MAX_RECOVERIES", "Inbox", "Recovered"]


@dataclass
class Inbox:
    db: sqlite_utils.Database
    clock: Callable[[], datetime]

    def receive(self, update_id: int, chat_id: int | None, payload: str) -> bool:
        """Keep an update; False when it is here already (Telegram delivered it again)."""
        return store.receive(self.db, update_id, chat_id, payload, self.clock())

    def finish(self, update_id: int) -> None:
        store.finish(self.db, update_id, self.clock())

    def recover(self) -> Recovered:
        """What the last process left unfinished, oldest first; call once, at start."""
        return store.recover(self.db, self.clock())

    def expire(self) -> int:
        return store.expire(self.db, self.clock())

    def unfinished(self) -> int:
        return store.unfinished_count(self.db)
