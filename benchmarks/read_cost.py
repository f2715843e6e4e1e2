"""Per-message cost of reading (`read()`): this checkout against another revision, side by
side.

Every open labelled text (bot/knowledge/fitting/readings.py; never the held-out or sealed
ones) is read once per round, by this checkout's code and by the code of REV, each in a
fresh process, in alternating rounds so that machine noise hits both. REV is checked out
into a temporary git worktree for the run and removed after it. The texts come from this
checkout, so both sides read the same ones.

    .venv/bin/python -m benchmarks.read_cost --against REV [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.knowledge.fitting import readings

ROOT = Path(__file__).resolve().parent.parent
WARM_UP = 200  # texts read before the clock starts: the model's vocabulary, the detector

# Runs inside the checkout being measured, so it may only use what every revision has.
_READ_ALL = """
import json, sys, time
from bot.knowledge.reading.language import load_identifier
from bot.knowledge.reading.reader import read
texts = json.load(open(sys.argv[1], encoding="utf-8"))
load_identifier()
for text in texts[:{warm_up}]:
    read(text)
start = time.perf_counter()
for text in texts:
    read(text)
print((time.perf_counter() - start) / len(texts) * 1000)
"""


def open_texts() -> list[str]:
    return sorted({t for path in readings.open_files() for t in readings.texts_of(path)})


def milliseconds_per_read(checkout: Path, texts_file: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _READ_ALL.format(warm_up=WARM_UP), str(texts_file)],
        cwd=checkout,
        env={**os.environ, "PYTHONPATH": str(checkout), "HF_HUB_OFFLINE": "1"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", required=True, help="the git revision to compare with")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    texts = open_texts()
    with tempfile.TemporaryDirectory() as temporary:
        texts_file = Path(temporary) / "texts.json"
        texts_file.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        other = Path(temporary) / "other"
        subprocess.run(
            ["git", "worktree", "add", "--detach", "--quiet", str(other), args.against],
            cwd=ROOT,
            check=True,
        )
        try:
            ours, theirs = [], []
            for number in range(1, args.rounds + 1):
                theirs.append(milliseconds_per_read(other, texts_file))
                ours.append(milliseconds_per_read(ROOT, texts_file))
                print(
                    f"round {number}: {args.against} {theirs[-1]:.3f} ms   "
                    f"this checkout {ours[-1]:.3f} ms   ratio {ours[-1] / theirs[-1]:.3f}x"
                )
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(other)], cwd=ROOT)
    ratio = statistics.median(o / t for o, t in zip(ours, theirs, strict=True))
    print(f"{len(texts)} open texts; median ratio {ratio:.3f}x")


if __name__ == "__main__":
    main()
