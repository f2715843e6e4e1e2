"""The one error handler: log with context, tell the user in one line."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden

from bot.telegram.context import BotContext
from bot.telegram.views.common import SOMETHING_WENT_WRONG

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    error = context.error
    if isinstance(update, Update):
        where = (
            f"update {update.update_id} "
            f"(user {update.effective_user.id if update.effective_user else '-'}, "
            f"chat {update.effective_chat.id if update.effective_chat else '-'})"
        )
    else:
        where = "a job or the network layer"
    if isinstance(error, Forbidden):
        # The user blocked the bot: nothing to tell them, and nothing is broken.
        log.info("Forbidden while handling %s: %s", where, error)
        return
    log.error("Error while handling %s", where, exc_info=error)
    if isinstance(update, Update) and update.effective_chat:
        try:
            await update.effective_chat.send_message(SOMETHING_WENT_WRONG)
        except Exception:  # telling the user failed too; the log above has the cause
            log.warning("Could not tell %s about the error", where)
