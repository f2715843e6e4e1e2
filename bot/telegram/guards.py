"""Cross-cutting checks: who wrote, how fast each may ask, and what works in private only."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable

from aiolimiter import AsyncLimiter
from telegram import Update
from telegram.constants import ChatType

from bot.store.users import touch_user
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.replies import reply, toast


class QuestionLimiter:
    """About `per_minute` questions per user, each user with their own leaky bucket."""

    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._buckets: dict[int, AsyncLimiter] = {}
        self._warned: set[int] = set()

    async def allow(self, user_id: int) -> bool:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) > 10_000:
                self._forget_idle()
            bucket = self._buckets[user_id] = AsyncLimiter(self.per_minute, 60)
        if not bucket.has_capacity():
            return False
        await bucket.acquire()  # returns at once: there is capacity
        self._warned.discard(user_id)
        return True

    def should_warn(self, user_id: int) -> bool:
        """Say "slow down" once per burst, not once per dropped question."""
        if user_id in self._warned:
            return False
        self._warned.add(user_id)
        return True

    def _forget_idle(self) -> None:
        for user_id in [u for u, b in self._buckets.items() if b.has_capacity(b.max_rate)]:
            del self._buckets[user_id]
            self._warned.discard(user_id)


async def private_only(update: Update, context: BotContext) -> None:
    """A private command used in a group: point to the private chat."""
    await reply(update, views.View(views.PRIVATE_ONLY))


def private_button(handler: Callable[[Update, BotContext], Awaitable[None]]):
    """Let a button act only in a private chat: in a group, anyone could press it."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        query = update.callback_query
        if (
            query is not None
            and query.message is not None
            and query.message.chat.type != ChatType.PRIVATE
        ):
            await toast(query, views.PRIVATE_ONLY_BUTTON, alert=True)
            return
        await handler(update, context)

    return guarded


async def remember_user(update: Update, context: BotContext) -> None:
    """Keep the user's private chat id and last-seen time: what nudges need, nothing more."""
    user, chat = update.effective_user, update.effective_chat
    if user and chat and chat.type == ChatType.PRIVATE and not user.is_bot:
        services = context.services
        touch_user(
            services.db, user.id, chat.id, services.clock(), services.settings.default_timezone
        )
