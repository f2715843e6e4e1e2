"""What every handler and job receives: the callback context, with the bot's shared state
typed rather than looked up by string in a dict."""

from __future__ import annotations

import asyncio
from typing import Any

from telegram.ext import Application, CallbackContext, ExtBot, JobQueue

from bot.nudges.sweep import NudgeSweeper
from bot.services import Services


class BotData:
    """The application's bot_data. PTB creates it empty; build_application and post_init
    fill it in before any update or job can read it."""

    services: Services
    sweeper: NudgeSweeper | None = None  # the nudge sweep, once post_init has scheduled it

    def __init__(self) -> None:
        # chat id -> when "typing…" was last sent there while the model loads (waiting.py)
        self.typing_sent: dict[int, float] = {}
        # chat id -> set once that chat has been told about an outage's wait (lateness.py)
        self.told_of_delay: dict[int, asyncio.Event] = {}


class BotContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def services(self) -> Services:
        return self.bot_data.services


# The application as build_application makes it. The job queue is Any: PTB's builder types
# it by the default context, not by the one passed to context_types.
BotApplication = Application[
    ExtBot[Any], BotContext, dict[Any, Any], dict[Any, Any], BotData, JobQueue[Any]
]
