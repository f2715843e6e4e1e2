"""What `mentorbot ask "<question>"` imports, read from `python -X importtime`, for this
checkout and (with --against) another one, in alternating rounds of one run.

    .venv/bin/python -m benchmarks.ask_imports [--rounds 3] [--against DIR]

For "before", export the commit to compare with and point --against at it, e.g.
    git archive main | tar -x -C /tmp/before && .venv/bin/python -m benchmarks.ask_imports \\
        --against /tmp/before
Both run with this virtualenv; each checkout's own `bot` package is the one imported.
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "is colab free?"
# Nothing `ask` does needs these: the bot's front end, its database, its rate limiter.
NOT_NEEDED = ("telegram", "httpx", "tornado", "apscheduler", "sqlite_utils", "aiolimiter")
NOT_NEEDED_OURS = ("bot.telegram.app", "bot.services", "bot.store", "bot.questions")
_LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


@dataclass(frozen=True)
class Run:
    seconds: float  # the whole command, wall clock
    import_seconds: float  # the sum of every module's own import time
    modules: set[str]


def run(checkout: Path) -> Run:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot.cli", "ask", QUESTION],
        cwd=checkout,
        capture_output=True,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - started
    rows = [m for line in result.stderr.splitlines() if (m := _LINE.match(line))]
    return Run(seconds, sum(int(m.group(1)) for m in rows) / 1e6, {m.group(4) for m in rows})


def needless(modules: set[str]) -> list[str]:
    tops = {name.split(".")[0] for name in modules}
    found = [name for name in NOT_NEEDED if name in tops]
    found += sorted(
        {p for p in NOT_NEEDED_OURS for m in modules if m == p or m.startswith(p + ".")}
    )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=Path, help="another checkout, e.g. of main")
    args = parser.parse_args()
    checkouts = {"this checkout": ROOT}
    if args.against:
        checkouts["--against"] = args.against.resolve()
    runs: dict[str, list[Run]] = {name: [] for name in checkouts}
    for _ in range(args.rounds):
        for name, path in checkouts.items():
            runs[name].append(run(path))
    print(f'mentorbot ask "{QUESTION}", {args.rounds} rounds, medians')
    print(f"{'':16}{'command s':>10}{'imports s':>10}{'modules':>9}  imported without need")
    for name, results in runs.items():
        print(
            f"{name:16}{statistics.median(r.seconds for r in results):>10.2f}"
            f"{statistics.median(r.import_seconds for r in results):>10.2f}"
            f"{len(results[-1].modules):>9}  {', '.join(needless(results[-1].modules)) or '-'}"
        )


if __name__ == "__main__":
    main()
