"""Latency of each store operation, to decide whether SQLite calls may run on the event loop.

A database with 10,000 users (questions, feedback, 14 checklist items each) is built first;
then each operation runs 2,000 times on random users. A direct call blocks the event loop
for its whole duration, so its p99 is what a concurrent student might wait extra.

    .venv/bin/python -m benchmarks.store_ops [--users 10000] [--runs 2000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bot.store import checklist as items
from bot.store.db import checkpoint, open_db
from bot.store.privacy import export_user, forget_user
from bot.store.questions import record_feedback, record_question
from bot.store.users import touch_user

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def populate(db, users: int) -> None:
    with db.atomic():
        for user in range(1, users + 1):
            touch_user(db, user, user, NOW, "UTC")
            question = record_question(
                db, user, "do i need a phd?", True, "myth-need-phd", 0.6, NOW
            )
            record_feedback(db, user, question, 1, NOW)
            items.insert_items(db, user, [(f"step {n}", None) for n in range(14)], NOW)


def measure(operation: Callable[[int], object], users: int, runs: int) -> list[float]:
    rng = random.Random(3)
    samples = []
    for _ in range(runs):
        user = rng.randint(1, users)
        started = time.perf_counter()
        operation(user)
        samples.append(time.perf_counter() - started)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=2_000)
    args = parser.parse_args()
    results = {mode: run(args, mode == "background") for mode in ("inline", "background")}
    print(f"{args.users} users, {args.runs} runs per operation (milliseconds)")
    print("checkpoints: inline = SQLite's automatic ones, on the writing connection;")
    print("             background = a worker thread checkpoints every second (as the bot does)")
    print(f"{'':18}{'inline':>26}{'background':>26}")
    print(f"{'operation':18}" + f"{'p50':>8}{'p99':>9}{'max':>9}" * 2)
    for name in results["inline"]:
        rows = (results[mode][name] for mode in results)
        cells = "".join(f"{p50:>8.3f}{p99:>9.3f}{top:>9.3f}" for p50, p99, top in rows)
        print(f"{name:18}{cells}")


def run(args, background: bool) -> dict[str, tuple[float, float, float]]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        db = open_db(path, background_checkpoints=background)
        populate(db, args.users)
        stop = threading.Event()

        def checkpoints() -> None:
            while not stop.wait(1.0):
                checkpoint(path)

        worker = threading.Thread(target=checkpoints, daemon=True)
        if background:
            worker.start()

        def first_item(user: int) -> int:
            return items.list_items(db, user)[0].id

        operations: dict[str, Callable[[int], object]] = {
            "touch_user": lambda u: touch_user(db, u, u, NOW, "UTC"),
            "record_question": lambda u: record_question(
                db, u, "is colab free?", True, "prac-colab", 0.6, NOW
            ),
            "record_feedback": lambda u: record_feedback(db, u, u, -1, NOW),
            "list_items": lambda u: items.list_items(db, u),
            "get_item": lambda u: items.get_item(db, u, u * 14),
            "insert_item": lambda u: items.insert_items(db, u, [("new step", None)], NOW),
            "set_done": lambda u: items.set_done(db, u, [first_item(u)], True, NOW),
            "delete_item": lambda u: items.delete_items(db, u, [first_item(u)]),
            "export_user": lambda u: export_user(db, u),
            "forget_user": lambda u: forget_user(db, u),
        }
        results = {}
        for name, operation in operations.items():
            samples = sorted(measure(operation, args.users, args.runs))
            p50 = statistics.median(samples) * 1000
            p99 = samples[int(len(samples) * 0.99) - 1] * 1000
            results[name] = (p50, p99, samples[-1] * 1000)
        stop.set()
        if background:
            worker.join()
        db.close()
    return results


if __name__ == "__main__":
    main()
