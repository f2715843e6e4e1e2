"""A heartbeat file the running bot touches every minute, for container health checks.

It also says whether the model and the index are loaded: `ready`, `loading`, or `failed`
followed by the reason, on the line under the time.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path

HEARTBEAT_NAME = "mentorbot.heartbeat"


@dataclass(frozen=True)
class Heartbeat:
    age: float  # seconds since the beat
    state: str | None  # None from a bot that doesn't report it
    reason: str | None = None


def heartbeat_path(db_path: Path) -> Path:
    return db_path.parent / HEARTBEAT_NAME


def beat(path: Path, state: str | None = None, reason: str | None = None) -> None:
    """Written whole or not at all (a reader never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"{time.time():.0f}"]
    if state:
        lines.append(" ".join([state, *([" ".join(reason.split())] if reason else [])]))
    partial = path.with_name(f".{path.name}.{os.getpid()}.{time.monotonic_ns()}")
    partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    partial.replace(path)


def read(path: Path) -> Heartbeat | None:
    """The last beat, or None when there never was one."""
    try:
        first, *rest = path.read_text(encoding="utf-8").splitlines()
        age = time.time() - float(first.strip())
    except (OSError, ValueError):
        return None
    state, _, reason = (rest[0] if rest else "").partition(" ")
    return Heartbeat(age, state or None, reason or None)


def describe(heartbeat: Heartbeat) -> str:
    """What the beat says about the model and the index, as a clause."""
    if heartbeat.state == "ready":
        return "the model and the index are loaded"
    if heartbeat.state == "loading":
        return "the model and the index are still loading (commands work meanwhile)"
    if heartbeat.state == "failed":
        return f"the model and the index could not be loaded: {heartbeat.reason}"
    return "it doesn't say whether the model is loaded"
