"""A heartbeat file the running bot touches every minute, for container health checks."""

from __future__ import annotations

import time
from pathlib import Path

HEARTBEAT_NAME = "mentorbot.heartbeat"


def heartbeat_path(db_path: Path) -> Path:
    return db_path.parent / HEARTBEAT_NAME


def beat(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{time.time():.0f}\n", encoding="ascii")


def age(path: Path) -> float | None:
    """Seconds since the last beat, or None when there never was one."""
    try:
        return time.time() - float(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return None
