"""Soak: mixed traffic from simulated users against a real `mentorbot run` process.

Users ask questions (some off-topic), work their checklists by command and by button,
leave feedback, and set their weekly nudge a few minutes ahead so nudges fall due during
the run. Every 15 s the bot process's RSS, open file handles and database size are
sampled; errors are ERROR log lines, "something went wrong" replies and requests the
stand-in refused.

    .venv/bin/python -m benchmarks.soak [--minutes 5] [--users 100]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.ops.backup import backup
from bot.telegram.views.common import SOMETHING_WENT_WRONG
from tests.botapi import TOKEN, BotApiStandIn
from tests.process import wait_until_loaded

ROOT = Path(__file__).resolve().parent.parent
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))
FIRST_USER = 8_000_000


def questions() -> list[str]:
    rows = [json.loads(line) for line in (ROOT / "tests/data/dev_questions.jsonl").open()]
    return [row["question"] for row in rows]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def open_files(pid: int) -> int:
    return len(os.listdir(f"/proc/{pid}/fd"))


class User:
    def __init__(self, api: BotApiStandIn, user_id: int, rng: random.Random, pool: list[str]):
        self.api, self.id, self.rng, self.pool = api, user_id, rng, pool

    def last_message(self) -> dict | None:
        sent = self.api.sent_to(self.id)
        return self.api.message_json(sent[-1]) if sent else None

    def act(self) -> None:
        roll = self.rng.random()
        if roll < 0.45:
            self.api.send_text(self.id, self.rng.choice(self.pool))
        elif roll < 0.55:
            self.api.send_text(
                self.id, f"/checklist add Practice step {self.rng.randint(1, 10**6)}"
            )
        elif roll < 0.65:
            self.api.send_text(self.id, f"/checklist done {self.rng.randint(1, 12)}")
        elif roll < 0.70:
            self.api.send_text(
                self.id, self.rng.choice(["/start", "/help", "/topics", "/checklist"])
            )
        else:
            message = self.last_message()
            buttons = [
                b["callback_data"]
                for row in ((message or {}).get("reply_markup") or {}).get("inline_keyboard", [])
                for b in row
                if not b["callback_data"].startswith(("fg", "no"))  # stay subscribed
            ]
            if buttons:
                self.api.press(self.id, self.rng.choice(buttons), message)
            else:
                self.api.send_text(self.id, "/checklist")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--interval", type=float, default=7.0, help="mean seconds between actions")
    parser.add_argument("--keep", type=Path, help="keep a backup of the database here")
    args = parser.parse_args()
    rng = random.Random(11)
    pool = questions()
    api = BotApiStandIn().start()
    folder = tempfile.TemporaryDirectory()
    db_path = Path(folder.name) / "soak.sqlite3"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": api.base_url,
        "MENTORBOT_DB": str(db_path),
    }
    log_path = Path(folder.name) / "bot.log"
    with log_path.open("w") as log:
        bot = subprocess.Popen([MENTORBOT, "run"], env=env, stderr=log, cwd=ROOT)
    wait_until_loaded(db_path, bot, log_path)
    users = [User(api, FIRST_USER + n, random.Random(n), pool) for n in range(args.users)]

    # Everyone says hello and sets their nudge a few minutes from now, so nudges fall due.
    now = datetime.now(UTC)
    for user in users:
        api.send_text(user.id, "/start")
        due = now + timedelta(minutes=rng.uniform(1.5, args.minutes - 0.5))
        api.send_text(user.id, f"/nudge {due:%a} {due:%H:%M}")
    stop = threading.Event()

    def traffic(user: User) -> None:
        while not stop.wait(user.rng.expovariate(1 / args.interval)):
            user.act()

    threads = [threading.Thread(target=traffic, args=(u,), daemon=True) for u in users]
    for thread in threads:
        thread.start()
    samples = []
    wal = db_path.with_name(db_path.name + "-wal")
    started = time.monotonic()
    deadline = started + args.minutes * 60
    while True:
        samples.append(
            (
                time.monotonic() - started,
                rss_kb(bot.pid),
                open_files(bot.pid),
                db_path.stat().st_size,
                wal.stat().st_size if wal.exists() else 0,
            )
        )
        if time.monotonic() >= deadline:
            break
        time.sleep(min(15, max(0.0, deadline - time.monotonic())))
    stop.set()
    for thread in threads:
        thread.join()
    time.sleep(3)
    bot.send_signal(signal.SIGTERM)
    bot.wait(timeout=60)
    api.stop()

    log_text = log_path.read_text()
    error_lines = [
        line for line in log_text.splitlines() if " ERROR " in line or "Traceback" in line
    ]
    updates = len(api.get_updates_offsets) and max(api.get_updates_offsets)
    replies = api.calls_to("sendMessage")
    # "Not modified" is Telegram's answer to a double press; the bot expects and ignores it.
    refused = [
        c
        for c in api.calls
        if c.status >= 400 and c.status != 429 and "not modified" not in (c.problem or "")
    ]
    apologies = [c for c in replies if c.text == SOMETHING_WENT_WRONG]
    nudges = [
        c
        for c in replies
        if "Next up:" in c.text or "Your weekly nudge!" in c.text or "🎉 You've ticked" in c.text
    ]
    print(
        f"{args.users} users, {args.minutes:g} minutes, one action every ~{args.interval:g}s each"
    )
    edits = len(api.calls_to("editMessageText"))
    print(f"updates {updates}, messages {len(replies)}, edits {edits}, nudges {len(nudges)}")
    print(
        f"errors: {len(error_lines)} ERROR/Traceback log lines, {len(apologies)} apologies, "
        f"{len(refused)} requests refused by the Bot API"
    )
    for line in error_lines[:5]:
        print("   ", line[:200])
    for call in refused[:5]:
        print("   ", call.method, call.status, call.problem)

    print(f"{'t (s)':>7}{'RSS (MB)':>10}{'fds':>6}{'db (KB)':>9}{'wal (KB)':>10}")
    for t, rss, fds, size, wal_size in samples:
        print(f"{t:>7.0f}{rss / 1024:>10.1f}{fds:>6}{size / 1024:>9.0f}{wal_size / 1024:>10.0f}")

    first, last = samples[1] if len(samples) > 1 else samples[0], samples[-1]
    print(
        f"RSS after warm-up {first[1] / 1024:.1f} MB, at the end {last[1] / 1024:.1f} MB "
        f"({(last[1] - first[1]) / 1024:+.1f} MB); fds {first[2]} -> {last[2]}"
    )
    if args.keep:
        print(f"database kept at {backup(db_path, args.keep).path}")
    folder.cleanup()


if __name__ == "__main__":
    main()
