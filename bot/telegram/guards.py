"""Cross-cutting checks: who wrote, and what works in private chats only."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType

from bot.telegram.context import BotContext
from bot.telegram.replies import reply
from bot.telegram.views.common import PRIVATE_ONLY, View


async def private_only(update: Update, context: BotContext) -> None:
    """A private command used in a group: point to the private chat."""
    await reply(update, View(PRIVATE_ONLY))


async def remember_user(update: Update, context: BotContext) -> None:
    """Keep the user's private chat id and last-seen time: what nudges need, nothing more."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat and chat.type == ChatType.PRIVATE and not user.is_bot:
        context.services.nudges.seen(user.id, chat.id)
