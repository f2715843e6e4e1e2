"""Load: 200 users each send 10 questions within a few seconds, through the Bot API
stand-in, to a real `mentorbot run` process; micro-batching (or the inbox) on and off,
side by side.

    .venv/bin/python -m benchmarks.load [--users 200] [--questions 10] [--spread 3] [--rounds 1]
        [--compare batching|inbox]

The bot's outgoing limit (MENTORBOT_MAX_MESSAGES_PER_SECOND, 30 by default, as Telegram
allows) is raised for the run: at 30/s every mode would measure the limiter, not the bot.
Latency is from a question's arrival at the stand-in to the bot's reply in that chat, the
n-th reply in a chat matched to the n-th question in it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from tests.botapi import TOKEN, BotApiStandIn
from tests.process import wait_until_loaded

ROOT = Path(__file__).resolve().parent.parent
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))
FIRST_USER = 5_000_000


def question_pool() -> list[str]:
    pool = []
    for name in ("dev_questions.jsonl", "heldout_a.jsonl"):
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            row = json.loads(line)
            if row["section"]:
                pool.append(row["question"])
    return pool


def start_bot(api: BotApiStandIn, switches: dict[str, bool], db: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        MENTORBOT_DB=str(db),
        MENTORBOT_MICRO_BATCHING="1" if switches.get("batching", True) else "0",
        MENTORBOT_INBOX="1" if switches.get("inbox", True) else "0",
        MENTORBOT_MAX_MESSAGES_PER_SECOND="100000",
        MENTORBOT_LOG_LEVEL="WARNING",
    )
    process = subprocess.Popen([MENTORBOT, "run"], cwd=ROOT, env=env)
    wait_until_loaded(db, process)  # commands are answered sooner; this measures questions
    return process


def one_round(
    api: BotApiStandIn, switches: dict[str, bool], users: int, per_user: int, spread: float
) -> dict:
    api.reset()
    rng = random.Random(7)
    pool = question_pool()
    schedule = sorted(
        (rng.uniform(0, spread), FIRST_USER + u, rng.choice(pool))
        for u in range(users)
        for _ in range(per_user)
    )
    with tempfile.TemporaryDirectory() as folder:
        bot = start_bot(api, switches, Path(folder) / "load.sqlite3")
        try:
            asked: dict[int, list[float]] = {}
            started = time.perf_counter()

            def feed() -> None:
                for offset, user, text in schedule:
                    delay = started + offset - time.perf_counter()
                    if delay > 0:
                        time.sleep(delay)
                    asked.setdefault(user, []).append(time.monotonic())
                    api.send_text(user, text)

            feeder = threading.Thread(target=feed)
            feeder.start()
            total = users * per_user
            api.wait_for(lambda: len(api.calls_to("sendMessage")) >= total, timeout=600)
            feeder.join()
            time.sleep(1.0)  # anything more would be a duplicate
            replies = api.calls_to("sendMessage")
        finally:
            bot.send_signal(signal.SIGTERM)
            bot.wait(timeout=60)

    by_chat: dict[int, list[float]] = {}
    for call in replies:
        if call.chat_id is not None:
            by_chat.setdefault(call.chat_id, []).append(call.at)
    latencies = [
        reply - question
        for user, questions in asked.items()
        for question, reply in zip(questions, by_chat.get(user, []), strict=False)
    ]
    first_question = min(t for times in asked.values() for t in times)
    last_reply = max(call.at for call in replies)
    counts = [len(by_chat.get(user, [])) for user in asked]
    return {
        "replies": len(replies),
        "lost": sum(max(0, per_user - c) for c in counts),
        "duplicated": sum(max(0, c - per_user) for c in counts),
        "throughput": len(replies) / (last_reply - first_question),
        "p50": statistics.quantiles(latencies, n=100)[49],
        "p95": statistics.quantiles(latencies, n=100)[94],
        "p99": statistics.quantiles(latencies, n=100)[98],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10, help="per user")
    parser.add_argument("--spread", type=float, default=3.0, help="seconds to send them in")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--compare", choices=["batching", "inbox"], default="batching", help="what to switch"
    )
    args = parser.parse_args()
    api = BotApiStandIn().start()
    results: dict[str, list[dict]] = {"on": [], "off": []}
    try:
        for _ in range(args.rounds):
            for mode in ("on", "off"):
                switches = {args.compare: mode == "on"}
                results[mode].append(
                    one_round(api, switches, args.users, args.questions, args.spread)
                )
    finally:
        api.stop()
    total = args.users * args.questions
    print(
        f"{args.users} users x {args.questions} questions = {total}, sent within {args.spread:g}s"
    )
    columns = ("replies", "lost", "dup", "q/s", "p50 s", "p95 s", "p99 s")
    widths = (9, 6, 5, 8, 8, 8, 8)
    print(
        f"{'micro-batching' if args.compare == 'batching' else 'inbox':16}"
        + "".join(f"{c:>{w}}" for c, w in zip(columns, widths, strict=True))
    )
    for mode, rounds in results.items():
        for r in rounds:
            print(
                f"{mode:16}{r['replies']:>9}{r['lost']:>6}{r['duplicated']:>5}{r['throughput']:>8.1f}"
                f"{r['p50']:>8.2f}{r['p95']:>8.2f}{r['p99']:>8.2f}"
            )
    on = statistics.median(r["throughput"] for r in results["on"])
    off = statistics.median(r["throughput"] for r in results["off"])
    target = "at least 2x" if args.compare == "batching" else "within 10%"
    print(f"throughput ratio, on/off: {on / off:.2f}x (target: {target})")
    if args.rounds > 1:
        # On and off run back to back in each round, so a round's ratio is spared the drift
        # in the machine's load between rounds.
        paired = [
            a["throughput"] / b["throughput"]
            for a, b in zip(results["on"], results["off"], strict=True)
        ]
        print(
            f"per round: {', '.join(f'{r:.2f}' for r in paired)}; "
            f"median {statistics.median(paired):.2f}x"
        )


if __name__ == "__main__":
    main()
