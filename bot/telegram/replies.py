"""Turning Views into Telegram messages: keyboards, splitting, and in-place edits."""

from __future__ import annotations

import re

from telegram import (
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.telegram import callbacks as cb
from bot.telegram.views.common import Button, View


def keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(b.label, callback_data=b.data) for b in row] for row in rows]
    )


async def reply(update: Update, view: View) -> Message:
    """Send a view to the update's chat; a long text goes as several messages, buttons last."""
    chat = update.effective_chat
    assert chat is not None
    # In a busy group, quote the question so everyone sees which answer is whose.
    quote = (
        ReplyParameters(update.effective_message.message_id, allow_sending_without_reply=True)
        if chat.type != ChatType.PRIVATE and update.effective_message is not None
        else None
    )
    message: Message | None = None
    for part in view.messages():
        message = await chat.send_message(
            part.text, reply_markup=keyboard(part.buttons), reply_parameters=quote
        )
    assert message is not None
    return message


async def edit(query: CallbackQuery, view: View) -> None:
    """Show `view` in place of the message whose button was pressed.

    Pressing the same button twice is not an error, and a message too old to edit
    (Telegram refuses after 48 hours) gets the view as a new message instead.
    """
    message = query.message
    if message is None:
        return
    try:
        await query.get_bot().edit_message_text(
            view.messages()[0].text,
            chat_id=message.chat.id,
            message_id=message.message_id,
            reply_markup=keyboard(view.buttons),
        )
    except BadRequest as exc:
        reason = str(exc).lower()
        if "not modified" in reason:
            return
        if "can't be edited" in reason or "not found" in reason:
            await message.chat.send_message(view.text, reply_markup=keyboard(view.buttons))
            return
        raise


async def drop_buttons(query: CallbackQuery, action: str) -> None:
    """Remove the buttons of one action (see callbacks.py) from the pressed message."""
    message = query.message
    markup = getattr(message, "reply_markup", None)
    if message is None or markup is None:
        return
    rows = [
        [b for b in row if cb.unpack(str(b.callback_data or "")).action != action]
        for row in markup.inline_keyboard
    ]
    try:
        await query.get_bot().edit_message_reply_markup(
            chat_id=message.chat.id,
            message_id=message.message_id,
            reply_markup=InlineKeyboardMarkup([row for row in rows if row]),
        )
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


def command_argument(text: str) -> str:
    """What follows "/command" (or "/command@bot"), line breaks kept, unlike context.args."""
    return re.sub(r"^/\S*\s?", "", text, count=1)


async def toast(query: CallbackQuery, text: str | None = None, alert: bool = False) -> None:
    """Answer a button press. A press Telegram has already forgotten (older than about 15 s,
    say after a restart) can't be answered, but the press is still handled."""
    try:
        await query.answer(text, show_alert=alert)
    except BadRequest as exc:
        reason = str(exc).lower()
        if "query is too old" not in reason and "query id is invalid" not in reason:
            raise
