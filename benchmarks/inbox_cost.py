"""What the inbox costs each update, on the event loop: the write before Telegram is told
(DurableUpdateQueue.put: to JSON, INSERT, commit) and the mark once handled
(InboxUpdateProcessor: UPDATE, commit), beside a plain asyncio.Queue.put, in one run.

    .venv/bin/python -m benchmarks.inbox_cost [--updates 20000] [--batch 100]

Updates are real message updates, parsed by PTB as the bot gets them, written to a real
SQLite file opened as the bot opens it (WAL, synchronous=NORMAL, checkpoints left to a
worker thread every 10 s, as housekeeping does), in batches as getUpdates returns them.

Each step is timed twice: wall clock, which on a shared machine includes the moments the
scheduler gives the core to another process (a 4 ms tick), and the thread's CPU time,
which doesn't. A plain CPU loop as long as the median write shows what the machine alone
adds.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import threading
import time
from pathlib import Path

from telegram import Update

from bot.inbox import Inbox
from bot.store.db import checkpoint, open_db, utcnow
from bot.telegram.delivery import DurableUpdateQueue
from tests.botapi import BotApiStandIn

TEXT = "Is it worth doing Kaggle competitions before applying for an ML internship?"


def percentile(values: list[float], p: int) -> float:
    return statistics.quantiles(values, n=100)[p - 1]


Timings = dict[str, list[tuple[float, float]]]  # per step: (wall, CPU) seconds per update


async def measure(path: Path, count: int, batch: int) -> Timings:
    db = open_db(path, background_checkpoints=True)
    stop = threading.Event()

    def checkpoints() -> None:
        while not stop.wait(10):
            checkpoint(path)

    checkpointer = threading.Thread(target=checkpoints, daemon=True)
    checkpointer.start()
    payloads = BotApiStandIn()  # only to build payloads the way the tests do
    inbox = Inbox(db, utcnow)
    durable, plain = DurableUpdateQueue(inbox), asyncio.Queue[object]()
    timings: Timings = {
        name: [] for name in ("plain put", "write", "mark done", "inbox total", "CPU loop")
    }

    def clock() -> tuple[float, float]:
        return time.perf_counter(), time.thread_time()

    def since(began: tuple[float, float]) -> tuple[float, float]:
        wall, cpu = clock()
        return wall - began[0], cpu - began[1]

    for start in range(1, count + 1, batch):
        # Parsed a batch at a time, as PTB parses each getUpdates response.
        chunk = [
            Update.de_json(
                {"update_id": n, "message": payloads.message_payload(1000 + n % 500, TEXT)},
                None,
            )
            for n in range(start, min(start + batch, count + 1))
        ]
        for update in chunk:
            began = clock()
            await durable.put(update)
            timings["write"].append(since(began))
            began = clock()
            await plain.put(update)
            timings["plain put"].append(since(began))
            began = clock()
            _spin(LOOP_STEPS)
            timings["CPU loop"].append(since(began))
        # The bot handles a batch before the next arrives; the machine's other processes
        # get the core meanwhile, as they would while the bot waits on the network.
        await asyncio.sleep(PAUSE)
        for update in chunk:
            durable.get_nowait()
            plain.get_nowait()
            began = clock()
            inbox.finish(update.update_id)
            timings["mark done"].append(since(began))
    stop.set()
    db.close()
    timings["inbox total"] = [
        (w[0] + d[0], w[1] + d[1])
        for w, d in zip(timings["write"], timings["mark done"], strict=True)
    ]
    return timings


PAUSE = 0.01
LOOP_STEPS = 1500  # about as long as a median write on the project's machines


def _spin(steps: int) -> int:
    total = 0
    for step in range(steps):
        total += step
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=100, help="updates per getUpdates batch")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        timings = asyncio.run(measure(Path(folder) / "inbox.sqlite3", args.updates, args.batch))
    print(f"{args.updates} updates in batches of {args.batch}; microseconds per update")
    print(f"{'':14}{'wall p50':>10}{'wall p99':>10}{'CPU p50':>10}{'CPU p99':>10}")
    for name in ("plain put", "write", "mark done", "inbox total", "CPU loop"):
        wall = [w * 1e6 for w, _ in timings[name]]
        cpu = [c * 1e6 for _, c in timings[name]]
        print(
            f"{name:14}{percentile(wall, 50):>10.0f}{percentile(wall, 99):>10.0f}"
            f"{percentile(cpu, 50):>10.0f}{percentile(cpu, 99):>10.0f}"
        )


if __name__ == "__main__":
    main()
