"""/export and /forget: a user's data, handed over or deleted."""

from __future__ import annotations

import json

from telegram import InputFile, Update

from bot.store.db import to_db_time
from bot.store.privacy import export_user, forget_user
from bot.telegram import callbacks as cb
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.replies import edit, reply, toast

CONFIRMATION_MINUTES = 10


async def export_command(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    now = context.services.clock()
    data = {
        "exported_at": to_db_time(now),
        "user_id": user.id,
        **export_user(context.services.db, user.id),
    }
    payload = json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")
    await chat.send_document(
        InputFile(payload, filename=f"mentorbot-my-data-{now:%Y-%m-%d}.json"),
        caption=views.EXPORT_CAPTION,
    )


async def forget_command(update: Update, context: BotContext) -> None:
    minute = int(context.services.clock().timestamp() // 60)
    await reply(update, views.confirm_forget_view(minute))


async def forget_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    asked = cb.unpack(query.data).int_arg(0)
    now_minute = int(context.services.clock().timestamp() // 60)
    if asked is None or not 0 <= now_minute - asked <= CONFIRMATION_MINUTES:
        await toast(query, views.EXPIRED_CONFIRMATION, alert=True)
        return
    forget_user(context.services.db, query.from_user.id)
    await toast(query)
    await edit(query, views.View(views.FORGOTTEN))
