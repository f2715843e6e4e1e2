"""Messages answered long after they were sent: after an outage, the inbox or Telegram
delivers what students sent meanwhile. They are answered as usual, and each chat first
gets one line saying sorry for the wait, so a reply hours late isn't a puzzle."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from telegram import Update

from bot.telegram.context import BotContext
from bot.telegram.views.common import LATE_REPLY

# Longer than any start-up or backlog, shorter than anyone waits without wondering.
LATE_AFTER = timedelta(minutes=10)


async def late_notice(update: Update, context: BotContext) -> None:
    message = update.message  # a new message: an edit or a button press has no wait to report
    if message is None:
        return
    waited = context.services.clock() - message.date
    if waited < LATE_AFTER:
        return
    told = context.bot_data.told_of_delay  # by this process
    if (sent := told.get(message.chat.id)) is not None:
        # Updates run concurrently: a second late message waits for the note, so that its
        # reply never reaches the chat before the apology.
        await sent.wait()
        return
    sent = told[message.chat.id] = asyncio.Event()
    try:
        await message.chat.send_message(LATE_REPLY.format(delay=roughly(waited)))
    finally:
        sent.set()


def roughly(delay: timedelta) -> str:
    minutes = delay.total_seconds() / 60
    if minutes < 90:
        return f"about {round(minutes)} minutes"
    if minutes < 36 * 60:
        return f"about {round(minutes / 60)} hours"
    return f"about {round(minutes / 60 / 24)} days"
