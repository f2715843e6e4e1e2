"""`mentorbot run` as a separate process, for end-to-end tests and benchmarks."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from bot.ops.health import heartbeat_path
from bot.ops.health import read as read_heartbeat


def loaded(db: Path) -> bool:
    """Whether the bot on this database says its model and index are loaded."""
    heartbeat = read_heartbeat(heartbeat_path(db))
    return heartbeat is not None and heartbeat.state == "ready"


def wait_until_loaded(
    db: Path, process: subprocess.Popen, log: Path | None = None, timeout: float = 120
) -> None:
    """Commands are answered from the start; questions only once this returns."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if loaded(db):
            return
        if process.poll() is not None:
            tail = log.read_text()[-2000:] if log else ""
            raise RuntimeError(f"the bot exited with {process.returncode}: {tail}")
        time.sleep(0.05)
    raise TimeoutError("the model and the index did not load")
