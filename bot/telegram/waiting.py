"""Questions that arrive while the model and the index are still loading.

The chat shows "typing…" until they are loaded, and then the question is answered. If
loading failed, the asker is told so in one line (the log has said why, in one line too).
"""

from __future__ import annotations

import asyncio
import contextlib
import time

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.loading import LoadFailed, LoadState
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.replies import reply

# Telegram shows "typing…" for 5 seconds, or until the bot's next message in the chat.
TYPING_EVERY = 4.5
_LAST_TYPING = "waiting:last_typing"  # bot_data key: chat id -> when "typing…" was sent


async def ready_to_answer(update: Update, context: BotContext) -> bool:
    """True once the model and the index are loaded; False, after telling the asker, when
    they could not be."""
    loading = context.services.retriever
    if loading.state is LoadState.LOADING:
        await _typing_until_loaded(update, context)
    if loading.state is LoadState.FAILED:
        await reply(update, views.View(views.CANT_ANSWER_NOW))
        return False
    return True


async def _typing_until_loaded(update: Update, context: BotContext) -> None:
    loading = context.services.retriever
    chat = update.effective_chat
    # One "typing…" per chat, however many of its questions wait.
    last_typing: dict[int, float] = context.bot_data.setdefault(_LAST_TYPING, {})
    while loading.state is LoadState.LOADING:
        if chat is not None and time.monotonic() - last_typing.get(chat.id, 0.0) >= TYPING_EVERY:
            last_typing[chat.id] = time.monotonic()
            with contextlib.suppress(TelegramError):  # only a courtesy
                await chat.send_action(ChatAction.TYPING)
        with contextlib.suppress(TimeoutError, LoadFailed):
            await asyncio.wait_for(asyncio.shield(loading.wait()), TYPING_EVERY)
    if chat is not None:
        last_typing.pop(chat.id, None)
