"""Nudges at scale.

1. Select and render: 100,000 users with checklists, 10,000 of them due. Time to find the
   due users, load their checklist state, compose and render every nudge (target < 2 s).
2. Pace: a real sweep through the real PTB bot to the Bot API stand-in; the most messages
   in any one-second window, and the average rate (target <= 25/s; configured 20/s).
3. A stop in the middle of a sweep over 1,000 due users: how many nudges were skipped
   (the guarantee is at most once, so a stop may lose the few in flight, never repeat one).

    .venv/bin/python -m benchmarks.nudges [--users 100000] [--due 10000] [--paced 300]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.checklist.template import load_template
from bot.config import PROJECT_ROOT
from bot.knowledge.search.corpus import load_corpus
from bot.nudges.compose import tips_by_passage
from bot.nudges.sweep import NudgeSweeper, Outcome, SweepReport
from bot.store.db import open_db, to_db_time
from bot.telegram.views.nudges import nudge_view
from tests.botapi import TOKEN, BotApiStandIn

NOW = datetime(2026, 3, 2, 18, 1, tzinfo=UTC)
CORPUS = PROJECT_ROOT / "corpus"


def populate(path: Path, users: int, due: int) -> None:
    """Bulk-load users and their checklists straight into SQLite (fast to set up)."""
    db = open_db(path)
    template = load_template(CORPUS)
    due_at, later = to_db_time(NOW - timedelta(minutes=1)), to_db_time(NOW + timedelta(days=3))
    joined = to_db_time(NOW - timedelta(days=30))
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO users (user_id, chat_id, created_at, last_seen_at, timezone, "
            "next_nudge_at) VALUES (?, ?, ?, ?, 'UTC', ?)",
            (
                (u, u, joined, joined, due_at if u % (users // due) == 0 else later)
                for u in range(1, users + 1)
            ),
        )
        db.conn.executemany(
            "INSERT INTO checklist_items "
            "(user_id, position, text, passage_id, done_at, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                (u, n, item.text, item.passage_id, joined if n < u % 7 else None, joined)
                for u in range(1, users + 1)
                for n, item in enumerate(template, start=1)
            ),
        )
    db.close()


def make_sweeper(db, send, rate: float = 20.0, **kwargs) -> NudgeSweeper:
    corpus = load_corpus(CORPUS)
    tips = tips_by_passage(corpus, load_template(CORPUS, corpus))
    return NudgeSweeper(db, send, tips, "UTC", lambda: NOW, rate_per_second=rate, **kwargs)


async def render_only(nudge) -> Outcome:
    """Everything the real sender does except the HTTP request."""
    nudge_view(nudge)
    return Outcome.SENT


def select_and_render(path: Path, due: int) -> float:
    """Find every due user, load their checklists, compose and render all their nudges."""
    db = open_db(path)
    sweeper = make_sweeper(db, render_only, chunk=due)
    started = time.perf_counter()
    candidates = sweeper.prepare(SweepReport())
    views = [nudge_view(c.nudge) for c in candidates]
    elapsed = time.perf_counter() - started
    db.close()
    assert len(views) == due, len(views)
    return elapsed


async def whole_sweep(path: Path, due: int) -> float:
    """The sweep as it runs, in chunks of 200 with a claim and a record per nudge, unpaced."""
    db = open_db(path)
    sweeper = make_sweeper(db, render_only, rate=1e9)
    started = time.perf_counter()
    report = await sweeper.run()
    elapsed = time.perf_counter() - started
    db.close()
    assert report.sent == due, report
    return elapsed


async def paced_sweep(paced: int) -> None:
    from telegram.ext import AIORateLimiter, ExtBot

    from bot.telegram.nudging import telegram_sender

    api = BotApiStandIn().start()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "paced.sqlite3"
        populate(path, paced, paced)
        db = open_db(path)

        bot = ExtBot(TOKEN, base_url=api.base_url, rate_limiter=AIORateLimiter(max_retries=3))
        async with bot:
            sweeper = make_sweeper(db, telegram_sender(bot), rate=20.0)
            started = time.perf_counter()
            report = await sweeper.run()
            elapsed = time.perf_counter() - started
        db.close()
    api.stop()
    times = sorted(c.at for c in api.calls_to("sendMessage"))
    busiest = max(sum(t <= u < t + 1 for u in times) for t in times)
    print(
        f"  {report.sent} nudges in {elapsed:.1f} s: {report.sent / elapsed:.1f}/s on average, "
        f"at most {busiest} in any one second (configured 20/s, limit 25/s)"
    )


async def interrupted(path: Path) -> None:
    db = open_db(path)
    sent: list[int] = []

    async def count(nudge) -> Outcome:
        await asyncio.sleep(0.002)  # a send takes a moment
        sent.append(nudge.user_id)
        return Outcome.SENT

    sweeper = make_sweeper(db, count, rate=5000)
    task = asyncio.create_task(sweeper.run())
    while len(sent) < 437:  # noqa: ASYNC110
        await asyncio.sleep(0.001)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    stopped_at = len(sent)
    restarted = open_db(path)
    await make_sweeper(restarted, count, rate=5000).run()
    per_user = Counter(sent)
    print(
        f"  stopped after {stopped_at} sent; after the restart: {len(per_user)} users nudged, "
        f"{max(per_user.values())} nudge at most per user, "
        f"{1000 - len(per_user)} skipped (claimed when the stop came)"
    )
    restarted.close()
    db.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--paced", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        started = time.perf_counter()
        populate(path, args.users, args.due)
        print(
            f"{args.users} users ({args.due} due), {args.users * 14} checklist items: "
            f"built in {time.perf_counter() - started:.1f} s"
        )
        print("1. Select and render")
        print(
            f"  select + compose + render all {args.due}: {select_and_render(path, args.due):.2f} s"
        )
        swept = await whole_sweep(path, args.due)
        print(f"  the whole sweep, claims and records too, unpaced: {swept:.2f} s")

    print("2. Pace")
    await paced_sweep(args.paced)
    print("3. Stop in the middle of a sweep over 1,000 due users")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "stop.sqlite3"
        populate(path, 1000, 1000)
        await interrupted(path)


if __name__ == "__main__":
    asyncio.run(main())
