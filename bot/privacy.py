"""/export and /forget as rules: a user's data handed over, or deleted after a confirmation
that expires."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.store.db import to_db_time
from bot.store.privacy import export_user, forget_user

CONFIRMATION_MINUTES = 10


@dataclass(frozen=True)
class Export:
    at: datetime
    payload: bytes  # UTF-8 JSON


@dataclass
class Privacy:
    db: sqlite_utils.Database
    clock: Callable[[], datetime]

    def export(self, user_id: int) -> Export:
        """Every row of the user's, table by table, as JSON."""
        now = self.clock()
        data = {"exported_at": to_db_time(now), "user_id": user_id, **export_user(self.db, user_id)}
        return Export(now, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))

    def confirmation(self) -> int:
        """What a "yes, forget me" button carries: the minute it was offered."""
        return int(self.clock().timestamp() // 60)

    def forget(self, user_id: int, confirmation: int | None) -> bool:
        """Delete every row of the user's, unless the confirmation has expired (False)."""
        elapsed = self.confirmation() - confirmation if confirmation is not None else -1
        if not 0 <= elapsed <= CONFIRMATION_MINUTES:
            return False
        forget_user(self.db, user_id)
        return True
