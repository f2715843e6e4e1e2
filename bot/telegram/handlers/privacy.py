"""/export and /forget: a user's data, handed over or deleted."""

from __future__ import annotations

from telegram import InputFile, Update

from bot.telegram.buttons import Press
from bot.telegram.context import BotContext
from bot.telegram.replies import reply
from bot.telegram.views import privacy as views
from bot.telegram.views.common import View


async def export_command(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    export = context.services.privacy.export(user.id)
    await chat.send_document(
        InputFile(export.payload, filename=views.export_filename(export.at)),
        caption=views.EXPORT_CAPTION,
    )


async def forget_command(update: Update, context: BotContext) -> None:
    user = update.effective_user
    assert user is not None
    # The conversation so far is dropped at once: nothing said before leans on what follows.
    context.services.questions.forget_conversations(user.id)
    await reply(update, views.confirm_forget_view(context.services.privacy.confirmation()))


async def forget_button(press: Press, context: BotContext) -> None:
    if not context.services.privacy.forget(press.user_id, press.data.int_arg(0)):
        await press.toast(views.EXPIRED_CONFIRMATION, alert=True)
        return
    context.services.questions.forget_conversations(press.user_id)
    await press.toast()
    await press.edit(View(views.FORGOTTEN))
