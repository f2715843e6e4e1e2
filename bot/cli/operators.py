"""mentorbot stats, backup, doctor, health and console: the operator's commands."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bot.cli.common import EXIT_USAGE, CliError
from bot.config import MIN_CONSOLE_PASSWORD, Settings


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.stats import collect, render
    from bot.store.db import open_readonly, utcnow

    if not settings.db_path.is_file():
        raise CliError(f"no database at {settings.db_path} yet: run the bot first", EXIT_USAGE)
    db = open_readonly(settings.db_path)
    try:
        print(
            render(
                collect(db, utcnow(), settings.question_retention_days),
                settings.question_retention_days,
            )
        )
    finally:
        db.close()
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from bot.ops.backup import backup

    started = time.perf_counter()
    target = Path(args.path)
    if args.path.endswith(("/", "\\")):
        target.mkdir(parents=True, exist_ok=True)
    try:
        result = backup(settings.db_path, target)

    except (FileNotFoundError, sqlite3.Error, OSError) as error:
        raise CliError(f"backup failed: {error}") from None
    print(
        f"Backed up {settings.db_path} to {result.path} "
        f"({result.bytes / 1e6:.1f} MB, {time.perf_counter() - started:.1f}s)"
    )
    return 0


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.doctor import CHECKS

    failed = 0
    for check in CHECKS:
        result = check(settings)
        print(result.line(), flush=True)
        failed += not result.ok
    return 1 if failed else 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.health import describe, heartbeat_path, read

    heartbeat = read(heartbeat_path(settings.db_path))
    if heartbeat is None:
        raise CliError("no heartbeat yet: is the bot running?")
    if heartbeat.age > args.max_age:
        raise CliError(f"last heartbeat {heartbeat.age:.0f}s ago (more than {args.max_age:.0f}s)")
    if heartbeat.state == "failed":
        raise CliError(f"the bot runs, but {describe(heartbeat)}")
    print(f"healthy: last heartbeat {heartbeat.age:.0f}s ago; {describe(heartbeat)}")
    return 0


NO_CONSOLE_PASSWORD = (
    "MENTORBOT_CONSOLE_PASSWORD is not set: the console shows what students wrote, so it "
    f"needs a password (at least {MIN_CONSOLE_PASSWORD} characters) in the environment or .env"
)


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.console_password:
        raise CliError(NO_CONSOLE_PASSWORD, EXIT_USAGE)
    if len(settings.console_password) < MIN_CONSOLE_PASSWORD:
        raise CliError(
            f"MENTORBOT_CONSOLE_PASSWORD is too short: use at least {MIN_CONSOLE_PASSWORD} "
            "characters",
            EXIT_USAGE,
        )
    from urllib.parse import quote, quote_plus

    import uvicorn

    from bot.console.app import create_app
    from bot.logs import configure_logging

    password = settings.console_password
    # As typed, and as it would look in a URL (the access log shows request paths), so a
    # password put where it doesn't belong is still never written to a log.
    secrets = (password, quote(password), quote_plus(password), settings.token or "")
    configure_logging(settings.log_level, secrets=secrets)
    print(
        f"mentorbot console on http://{settings.console_listen}:{settings.console_port}/",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        create_app(settings),
        host=settings.console_listen,
        port=settings.console_port,
        log_config=None,  # our handler, which redacts secrets, for uvicorn's lines too
        proxy_headers=True,  # X-Forwarded-Proto from a proxy on this machine: Secure cookies
        server_header=False,
        lifespan="on",
    )
    return 0
