"""Recurring upkeep: the heartbeat for health checks, and erasing old question text."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram.ext import Application

from bot.ops.health import beat, heartbeat_path
from bot.services import Services
from bot.store.questions import erase_old_question_text
from bot.telegram.context import BotContext

log = logging.getLogger(__name__)


async def heartbeat(context: BotContext) -> None:
    await asyncio.to_thread(beat, heartbeat_path(context.services.settings.db_path))


async def erase_expired_questions(context: BotContext) -> None:
    services = context.services
    cutoff = services.clock() - timedelta(days=services.settings.question_retention_days)
    erased = erase_old_question_text(services.db, cutoff)
    if erased:
        log.info("Erased the text of %d questions older than the retention", erased)


def schedule_housekeeping(application: Application, services: Services) -> None:
    assert application.job_queue is not None
    application.job_queue.run_repeating(
        heartbeat, interval=60, first=0, name="housekeeping:heartbeat"
    )
    application.job_queue.run_repeating(
        erase_expired_questions, interval=3600, first=5, name="housekeeping:retention"
    )
