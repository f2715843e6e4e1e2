"""Inline buttons: one route per action (its handler, and whether it acts only in private
chats), and the adapter that hands each handler the press already unpacked.

app.py lists the routes; the same list drives routing, the private-chat guard and the fuzz
test, so a button can't be routed without saying where it may be pressed.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import CallbackQuery, Update
from telegram.constants import ChatType
from telegram.ext import CallbackQueryHandler

from bot.telegram import callbacks as cb
from bot.telegram.context import BotContext
from bot.telegram.replies import drop_buttons, edit, reply, toast
from bot.telegram.views.common import PRIVATE_ONLY_BUTTON, View


@dataclass(frozen=True)
class Press:
    """A button press: the query to answer, its callback_data unpacked (untrusted: anyone
    can send any data), and the update it came in, for replying in the same chat."""

    update: Update
    query: CallbackQuery
    data: cb.Callback

    @property
    def user_id(self) -> int:
        return self.query.from_user.id

    async def toast(self, text: str | None = None, alert: bool = False) -> None:
        await toast(self.query, text, alert)

    async def edit(self, view: View) -> None:
        """Show the view in place of the message whose button was pressed."""
        await edit(self.query, view)

    async def reply(self, view: View) -> None:
        """Send the view as a new message in the chat of the pressed button."""
        await reply(self.update, view)

    async def reply_or_toast(self, view: View | None, missing: str) -> None:
        """The view as a new message, or, when there is none to show, a toast saying why."""
        if view is None:
            await self.toast(missing)
            return
        await self.toast()
        await self.reply(view)

    async def drop_buttons(self, action: str) -> None:
        """Take this action's buttons off the pressed message, leaving the others."""
        await drop_buttons(self.query, action)


ButtonHandler = Callable[[Press, BotContext], Coroutine[Any, Any, None]]
UpdateHandler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class Route:
    action: str  # callbacks.py
    handler: ButtonHandler
    private_only: bool  # a student's own data: in a group, anyone could press it


def adapt(handler: ButtonHandler, private_only: bool = False) -> UpdateHandler:
    """What PTB calls: unpack the press, refuse it outside a private chat if need be, then
    hand it to `handler`."""

    async def adapted(update: Update, context: BotContext) -> None:
        query = update.callback_query
        assert query is not None  # a CallbackQueryHandler runs for callback queries only
        if private_only and not _in_private_chat(query):
            await toast(query, PRIVATE_ONLY_BUTTON, alert=True)
            return
        await handler(Press(update, query, cb.unpack(query.data)), context)

    return adapted


def route_handler(route: Route) -> CallbackQueryHandler[BotContext, None]:
    return CallbackQueryHandler(
        adapt(route.handler, route.private_only), pattern=cb.pattern(route.action)
    )


def _in_private_chat(query: CallbackQuery) -> bool:
    return query.message is None or query.message.chat.type == ChatType.PRIVATE
