"""The nudge sweep's Telegram side: how a nudge is sent, and the recurring tick."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import Forbidden, TelegramError

from bot.nudges.compose import Nudge
from bot.nudges.sweep import NudgeSweeper, Outcome, SendNudge
from bot.services import Services
from bot.telegram.context import BotApplication, BotContext
from bot.telegram.replies import keyboard
from bot.telegram.views.nudges import nudge_view

log = logging.getLogger(__name__)

TICK_SECONDS = 60
FIRST_TICK_SECONDS = 2  # after post_init, where it is scheduled: the bot has started by then


def telegram_sender(bot: Bot) -> SendNudge:
    async def send(nudge: Nudge) -> Outcome:
        view = nudge_view(nudge)
        try:
            await bot.send_message(nudge.chat_id, view.text, reply_markup=keyboard(view.buttons))
        except Forbidden:
            return Outcome.BLOCKED
        except TelegramError as error:  # RetryAfter lands here only after the limiter's retries
            log.warning("Nudge to user %s failed: %s", nudge.user_id, error)
            return Outcome.FAILED
        return Outcome.SENT

    return send


def make_sweeper(application: BotApplication, services: Services) -> NudgeSweeper:
    return NudgeSweeper(
        db=services.db,
        send=telegram_sender(application.bot),
        tips=services.tips,
        default_timezone=services.settings.default_timezone,
        clock=services.clock,
        rate_per_second=services.settings.nudge_rate_per_second,
        # On shutdown, finish the sends in flight and claim nothing more; the rest stay
        # due for the next start.
        keep_going=lambda: application.running,
    )


async def nudge_tick(context: BotContext) -> None:
    """Start a sweep unless one is running; the sweep may outlast the tick by far. Not while
    the application stops: the sweep would claim nothing, and its task would not be awaited."""
    sweeper = context.bot_data.sweeper
    if sweeper is not None and not sweeper.running and context.application.running:
        context.application.create_task(sweeper.run(), name="nudges:sweep")


def schedule_nudges(application: BotApplication, services: Services) -> None:
    application.bot_data.sweeper = make_sweeper(application, services)
    assert application.job_queue is not None, "install python-telegram-bot[job-queue]"
    # The first tick runs at once, so nudges that fell due while the bot was down go out now.
    # Not first=0: these jobs are added before the job queue starts, and an interval whose
    # start has passed by then skips to its second run, a minute later.
    application.job_queue.run_repeating(
        nudge_tick, interval=TICK_SECONDS, first=FIRST_TICK_SECONDS, name="nudges:tick"
    )
