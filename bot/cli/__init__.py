"""The `mentorbot` command: one entry point for students, operators and CI.

Each subcommand parses its arguments, calls the domain core or the Telegram wiring, and
turns known failures into one line on stderr and a non-zero exit code, never a traceback.
The commands live by audience: asking.py (ask), knowledge.py (index, eval, fit, publish),
operators.py (stats, backup, doctor, health, console), running.py (run, chat, start).
Heavy imports stay inside the commands, so `mentorbot --help` and `ask` start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli.asking import cmd_ask
from bot.cli.common import EXIT_USAGE, CliError
from bot.cli.knowledge import (
    DEV_QUESTIONS,
    cmd_eval,
    cmd_fit,
    cmd_index_build,
    cmd_index_check,
    cmd_publish,
    cmd_readings,
)
from bot.cli.operators import cmd_backup, cmd_console, cmd_doctor, cmd_health, cmd_stats
from bot.cli.running import cmd_chat, cmd_run, cmd_start
from bot.config import ConfigError, Settings


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = Settings.from_env()
        return args.handler(args, settings) or 0
    except ConfigError as exc:
        print(f"mentorbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"mentorbot: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorbot",
        description="A Telegram mentor for students who want a machine-learning internship.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question from the guide")
    ask.add_argument("question", nargs="?", help="the question; with --json and none, read stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="with stdin: the lines are one conversation, so follow-ups use the previous line",
    )
    ask.set_defaults(handler=cmd_ask)

    index = commands.add_parser("index", help="build or check the embedded index")
    index_commands = index.add_subparsers(title="index commands", metavar="ACTION", required=True)
    index_commands.add_parser("build", help="rebuild index/ from corpus/").set_defaults(
        handler=cmd_index_build
    )
    index_commands.add_parser(
        "check", help="exit non-zero if index/ is stale against corpus/ or the model"
    ).set_defaults(handler=cmd_index_check)

    evaluate = commands.add_parser("eval", help="measure the bot on labelled files")
    evaluate.add_argument(
        "files", nargs="*", type=Path, help=f"question files (default: {DEV_QUESTIONS.name})"
    )
    evaluate.add_argument(
        "--conversations",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help="chats (and several-question messages): every later turn scored by kind",
    )
    evaluate.add_argument("--misses", action="store_true", help="list what the bot got wrong")
    evaluate.add_argument(
        "--word-rules",
        action="store_true",
        help="read messages after an answer by the word rules, the baseline of the fitted choice",
    )
    evaluate.set_defaults(handler=cmd_eval)

    fitting = commands.add_parser(
        "fit", help="fit whether to answer and how follow-ups are read (after index build)"
    )
    fitting.add_argument(
        "--questions", type=Path, nargs="+", default=[], metavar="FILE",
        help="labelled question files (default: every open one in tests/data)",
    )  # fmt: skip
    fitting.add_argument(
        "--conversations", type=Path, nargs="+", default=[], metavar="FILE",
        help="labelled chats (default: every open one in tests/data)",
    )  # fmt: skip
    fitting.set_defaults(handler=cmd_fit)

    readings = commands.add_parser(
        "readings",
        help="save how every open labelled text is read; with --compare, what a change altered",
    )
    readings.add_argument("out", type=Path, help="where to save the readings (JSON)")
    readings.add_argument(
        "files", nargs="*", type=Path, help="labelled files (default: every open one in tests/data)"
    )
    readings.add_argument(
        "--compare", type=Path, metavar="BEFORE", help="readings saved before the change"
    )
    readings.set_defaults(handler=cmd_readings)

    publish = commands.add_parser(
        "publish",
        help="rebuild the index and refit from a corpus, compare, and make it live "
        "(a running bot follows within seconds)",
    )
    publish.add_argument(
        "--corpus", type=Path, help="the corpus to publish (default: MENTORBOT_CORPUS_DIR)"
    )
    publish.add_argument("--yes", action="store_true", help="go live even when a figure got worse")
    publish.add_argument(
        "--prepare-only", action="store_true", help="build, fit and compare; don't go live"
    )
    publish.add_argument("--json", action="store_true", help="progress as JSON lines")
    publish.add_argument("--no-measure", action="store_true", help="skip the comparison")
    publish.add_argument("--questions", type=Path, nargs="+", default=[], metavar="FILE")
    publish.add_argument("--conversations", type=Path, nargs="+", default=[], metavar="FILE")
    publish.set_defaults(handler=cmd_publish)

    commands.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)").set_defaults(
        handler=cmd_run
    )
    commands.add_parser("chat", help="talk to the bot in this terminal").set_defaults(
        handler=cmd_chat
    )
    commands.add_parser(
        "start", help="run the Telegram bot, or the terminal chat when no token is set"
    ).set_defaults(handler=cmd_start)

    commands.add_parser(
        "stats", help="usage, questions to write for, progress, nudges"
    ).set_defaults(handler=cmd_stats)
    backup = commands.add_parser("backup", help="online backup of the database, safe while running")
    backup.add_argument("path", help="a file, or a folder (ending in /) to put the backup in")
    backup.set_defaults(handler=cmd_backup)
    commands.add_parser(
        "doctor", help="check token, index, database, model and Bot API"
    ).set_defaults(handler=cmd_doctor)
    commands.add_parser(
        "console",
        help="the operator's web console: overview, review inbox, publishing "
        "(needs MENTORBOT_CONSOLE_PASSWORD)",
    ).set_defaults(handler=cmd_console)
    health = commands.add_parser("health", help="exit 0 if the running bot's heartbeat is recent")
    health.add_argument("--max-age", type=float, default=180, help="seconds (default 180)")
    health.set_defaults(handler=cmd_health)
    return parser
