"""kill -9 with questions in flight, then a restart: questions lost and answered twice,
with the inbox and (for comparison) without it, side by side in one run.

100 users send 3 questions each to a real `mentorbot run` process through the Bot API
stand-in, at Telegram's default pace of 30 replies a second. Once the bot has fetched them
all and its first reply is out, it gets SIGKILL `--kill-after` seconds later (0: as the
first replies go out, when the most are in flight, the worst moment for replies sent
twice), then a second process starts on the same database. See tests/crash.py.

    .venv/bin/python -m benchmarks.crash [--users 100] [--questions 3] [--rounds 3]
        [--kill-after 0] [--without-inbox]
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tests.botapi import BotApiStandIn
from tests.crash import kill_and_restart

FIRST_USER = 6_000_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--questions", type=int, default=3, help="per user")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--kill-after", type=float, default=0.0, help="seconds after 1st reply")
    parser.add_argument(
        "--without-inbox", action="store_true", help="also run each round with the inbox off"
    )
    args = parser.parse_args()
    modes = [True, False] if args.without_inbox else [True]
    api = BotApiStandIn().start()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as folder:
            for number in range(args.rounds):
                for inbox in modes:
                    result = kill_and_restart(
                        api,
                        Path(folder),
                        users=args.users,
                        per_user=args.questions,
                        first_user=FIRST_USER + number * 20_000 + (0 if inbox else 10_000),
                        kill_after=args.kill_after,
                        inbox=inbox,
                    )
                    rows.append((number + 1, inbox, result))
                    print(f"round {number + 1}, inbox {'on ' if inbox else 'off'}: {result.line()}")
    finally:
        api.stop()
    print()
    print(
        f"{'round':>5} {'inbox':>6} {'questions':>10} {'unanswered':>11} {'lost':>5} {'twice':>6}"
    )
    for number, inbox, r in rows:
        print(
            f"{number:>5} {'on' if inbox else 'off':>6} {r.questions:>10} "
            f"{r.unanswered_at_kill:>11} {r.lost:>5} {r.answered_twice:>6}"
        )
    with_inbox = [r for _, inbox, r in rows if inbox]
    print(
        f"with the inbox: {sum(r.lost for r in with_inbox)} lost and at most "
        f"{max(r.answered_twice for r in with_inbox)} answered twice in a round "
        f"(targets: 0 and 10), with at least {min(r.unanswered_at_kill for r in with_inbox)} "
        f"of {args.users * args.questions} unanswered at each kill (target: 250)"
    )


if __name__ == "__main__":
    main()
