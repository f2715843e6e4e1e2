"""Questions that arrive while the model and the index are still loading: the chat shows
"typing…" until the answer comes. (If loading fails, Services.ask raises LoadFailed and
the handler tells the asker in one line; the log has said why, in one line too.)"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable
from typing import TypeVar

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.loading import LoadState
from bot.telegram.context import BotContext

T = TypeVar("T")

# Telegram shows "typing…" for 5 seconds, or until the bot's next message in the chat.
TYPING_EVERY = 4.5


async def typing_while_loading(update: Update, context: BotContext, asking: Awaitable[T]) -> T:
    """Await `asking`; while it waits for the model to load, keep "typing…" on in the chat
    (once per chat, however many of its questions wait)."""
    task = asyncio.ensure_future(asking)
    loading = context.services.knowledge
    chat = update.effective_chat
    # One turn of the loop: a question that needs no model (empty, over the limit, a "more"
    # with nothing before it) is done by then and shows no "typing…".
    await asyncio.sleep(0)
    typing_sent = context.bot_data.typing_sent
    while chat is not None and loading.state is LoadState.LOADING and not task.done():
        if time.monotonic() - typing_sent.get(chat.id, 0.0) >= TYPING_EVERY:
            typing_sent[chat.id] = time.monotonic()
            with contextlib.suppress(TelegramError):  # only a courtesy
                await chat.send_action(ChatAction.TYPING)
        await asyncio.wait({task}, timeout=TYPING_EVERY)
    if chat is not None:
        typing_sent.pop(chat.id, None)
    return await task
