"""kill -9 with questions in flight, then a restart: how many questions were lost, and how
many answered twice. Used by tests/test_e2e_crash.py (small) and benchmarks/crash.py.

Users each send a few distinct questions to a real `mentorbot run` process through the Bot
API stand-in. Once the process has fetched all of them (Telegram has been told it has them)
and replies are going out, it gets SIGKILL, as from the OOM killer or `docker kill`. A
second process on the same database then runs until every question has its reply, or
until nothing more comes. Each question gets one message in reply, so replies per chat
tell lost (fewer than asked) and repeated (more) apart.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.botapi import TOKEN, BotApiStandIn
from tests.process import loaded, wait_until_loaded

ROOT = Path(__file__).resolve().parent.parent
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))


@dataclass(frozen=True)
class CrashResult:
    questions: int
    unanswered_at_kill: int
    lost: int
    answered_twice: int
    recovery_seconds: float | None  # from the restart to its last reply, if it sent any

    def line(self) -> str:
        restart = (
            f"the last reply {self.recovery_seconds:.1f}s after the restart"
            if self.recovery_seconds is not None
            else "no reply after the restart"
        )
        return (
            f"{self.questions} questions, {self.unanswered_at_kill} unanswered at the kill: "
            f"{self.lost} lost, {self.answered_twice} answered twice; {restart}"
        )


def question_pool() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests/data/dev_questions.jsonl").open()]
    return [row["question"] for row in rows if row["section"]]


def bot_env(api: BotApiStandIn, db: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    return env | {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "MENTORBOT_DB": str(db),
        "MENTORBOT_LOG_LEVEL": "WARNING",
        **extra,
    }


def start_bot(env: dict[str, str], log: Path) -> subprocess.Popen:
    with log.open("ab") as stderr:
        return subprocess.Popen([MENTORBOT, "run"], cwd=ROOT, env=env, stderr=stderr)


def replies_per_chat(api: BotApiStandIn, chats: list[int]) -> dict[int, int]:
    counts = dict.fromkeys(chats, 0)
    for call in api.calls_to("sendMessage"):
        if call.chat_id in counts:
            counts[call.chat_id] += 1
    return counts


def kill_and_restart(
    api: BotApiStandIn,
    folder: Path,
    users: int,
    per_user: int,
    first_user: int,
    kill_after: float,
    inbox: bool = True,
    settle_seconds: float = 3.0,
    timeout: float = 180,
    **env_extra: str,
) -> CrashResult:
    """Once the bot has fetched every question and sent its first reply, SIGKILL it
    `kill_after` seconds later; restart, and count."""
    api.reset()
    db = folder / f"crash-{first_user}.sqlite3"
    log = folder / f"crash-{first_user}.log"
    env = bot_env(api, db, MENTORBOT_INBOX="1" if inbox else "0", **env_extra)
    pool = question_pool()
    chats = [first_user + n for n in range(users)]

    first = start_bot(env, log)
    try:
        wait_until_loaded(db, first, log)
        last_id = 0
        for n, chat in enumerate(chats):
            for k in range(per_user):
                last_id = api.send_text(chat, pool[(n * per_user + k) % len(pool)])
        api.wait_for(lambda: last_id not in api.pending_update_ids, timeout=timeout)
        api.wait_for(lambda: api.calls_to("sendMessage"), timeout=timeout)
        time.sleep(kill_after)
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    time.sleep(0.3)  # let the stand-in finish requests that were already sent
    at_kill = replies_per_chat(api, chats)
    unanswered = sum(max(0, per_user - n) for n in at_kill.values())

    restarted = time.monotonic()
    second = start_bot(env, log)
    try:
        deadline = time.monotonic() + timeout
        quiet_since, seen = time.monotonic(), len(api.calls_to("sendMessage"))
        while time.monotonic() < deadline:
            counts = replies_per_chat(api, chats)
            if all(n >= per_user for n in counts.values()):
                break
            now_seen = len(api.calls_to("sendMessage"))
            if now_seen != seen:
                quiet_since, seen = time.monotonic(), now_seen
            elif seen and time.monotonic() - quiet_since > 20 and loaded(db):
                break  # nothing more is coming: the rest is lost
            time.sleep(0.1)
        after = [c.at for c in api.calls_to("sendMessage") if c.at >= restarted]
        time.sleep(settle_seconds)  # room for a reply sent twice to show up
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=60)
    final = replies_per_chat(api, chats)
    return CrashResult(
        questions=users * per_user,
        unanswered_at_kill=unanswered,
        lost=sum(max(0, per_user - n) for n in final.values()),
        answered_twice=sum(max(0, n - per_user) for n in final.values()),
        recovery_seconds=max(after) - restarted if after else None,
    )
