"""mentorbot run, chat and start: the bot on Telegram, or in this terminal."""

from __future__ import annotations

import argparse
import sys

from bot.cli.common import EXIT_USAGE, CliError, load_services
from bot.config import Settings

NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather in Telegram, then put "
    "TELEGRAM_BOT_TOKEN=<token> in the environment or in a .env file here."
)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token:
        raise CliError(NO_TOKEN, EXIT_USAGE)
    if settings.webhook_url and not settings.webhook_secret:
        raise CliError(
            "MENTORBOT_WEBHOOK_URL is set but MENTORBOT_WEBHOOK_SECRET is not: a webhook needs "
            "a secret (1-256 characters of A-Z, a-z, 0-9, _ and -)",
            EXIT_USAGE,
        )
    from bot.logs import configure_logging
    from bot.telegram.app import run

    configure_logging(settings.log_level, secrets=(settings.token, settings.webhook_secret or ""))

    run(settings, load_services(settings))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from bot.logs import configure_logging
    from bot.telegram.terminal import run_chat

    configure_logging("WARNING")
    asyncio.run(run_chat(settings, load_services(settings)))
    return 0


def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    if settings.token:
        return cmd_run(args, settings)
    print(f"{NO_TOKEN}\nUntil then, here is the bot in this terminal.\n", file=sys.stderr)
    return cmd_chat(args, settings)
