"""Recurring upkeep: the heartbeat for health checks, WAL checkpoints off the event loop,
and erasing old question text."""

from __future__ import annotations

import asyncio
import logging

from bot.ops.health import beat, heartbeat_path
from bot.services import Services
from bot.telegram.context import BotApplication, BotContext

log = logging.getLogger(__name__)


async def heartbeat(context: BotContext) -> None:
    await asyncio.to_thread(beat, heartbeat_path(context.services.settings.db_path))


async def checkpoint_wal(context: BotContext) -> None:
    """The bot's own connection never checkpoints (see open_db): do it here, in a thread."""
    await asyncio.to_thread(context.services.checkpoint)


async def erase_expired_questions(context: BotContext) -> None:
    erased = context.services.questions.erase_expired()
    if erased:
        log.info("Erased the text of %d questions older than the retention", erased)


def schedule_housekeeping(application: BotApplication, services: Services) -> None:
    assert application.job_queue is not None
    jobs = application.job_queue
    jobs.run_repeating(heartbeat, interval=60, first=0, name="housekeeping:heartbeat")
    jobs.run_repeating(checkpoint_wal, interval=10, first=10, name="housekeeping:checkpoint")
    jobs.run_repeating(
        erase_expired_questions, interval=3600, first=5, name="housekeeping:retention"
    )
