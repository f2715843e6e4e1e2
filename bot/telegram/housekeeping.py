"""Recurring upkeep: the heartbeat for health checks, WAL checkpoints off the event loop,
erasing old question text, and following the index the operator publishes."""

from __future__ import annotations

import asyncio
import logging

from bot.ops.health import beat, heartbeat_path
from bot.services import Services
from bot.telegram.context import BotApplication, BotContext

log = logging.getLogger(__name__)


def beat_now(services: Services) -> None:
    loading = services.knowledge
    beat(heartbeat_path(services.settings.db_path), loading.state, loading.reason)


async def heartbeat(context: BotContext) -> None:
    await asyncio.to_thread(beat_now, context.services)


async def checkpoint_wal(context: BotContext) -> None:
    """The bot's own connection never checkpoints (see open_db): do it here, in a thread."""
    await asyncio.to_thread(context.services.checkpoint)


# How often the bot looks for a newly published index version (manifest.json): a publish
# from the operator's console is answered from within this, plus the time to load it.
INDEX_POLL_SECONDS = 2.0


async def follow_index(context: BotContext) -> None:
    context.services.follow_index()


async def erase_expired_questions(context: BotContext) -> None:
    erased = context.services.questions.erase_expired()
    if erased:
        log.info("Erased the text of %d questions older than the retention", erased)


def schedule_housekeeping(application: BotApplication, services: Services) -> None:
    assert application.job_queue is not None
    jobs = application.job_queue
    beat_now(services)  # health checks see the bot, still loading, from the first second
    jobs.run_repeating(heartbeat, interval=60, first=60, name="housekeeping:heartbeat")
    # Health checks see the model loaded, or failing to, at once (from the loading thread).
    services.knowledge.when_settled(lambda: beat_now(services))
    jobs.run_repeating(checkpoint_wal, interval=10, first=10, name="housekeeping:checkpoint")
    jobs.run_repeating(
        erase_expired_questions, interval=3600, first=5, name="housekeeping:retention"
    )
    jobs.run_repeating(
        follow_index,
        interval=INDEX_POLL_SECONDS,
        first=INDEX_POLL_SECONDS,
        name="housekeeping:index",
    )
