"""/checklist and its buttons: parse, call the checklist service, show the list."""

from __future__ import annotations

from telegram import Update

from bot.checklist import args
from bot.checklist.service import ChecklistError
from bot.telegram.buttons import Press
from bot.telegram.context import BotContext
from bot.telegram.replies import command_argument, reply
from bot.telegram.views import checklist as views
from bot.telegram.views.common import CANCELLED, STALE_BUTTON, View
from bot.telegram.views.conversation import passage_view


async def checklist_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    checklist = context.services.checklist
    try:
        match args.parse(command_argument(message.text)):
            case args.Show():
                view = views.checklist_view(checklist.listing(user.id))
            case args.Add(text=text):
                item = checklist.add(user.id, text)
                view = _listing(context, user.id, views.added_note(item))
            case args.Mark(numbers=numbers, done=done):
                checklist.mark(user.id, numbers, done)
                view = _listing(context, user.id, views.marked_note(numbers, done))
            case args.Remove(number=number):
                (item,) = checklist.numbered(user.id, [number])
                view = views.confirm_remove_view(item, number)
            case args.Clear():
                view = views.confirm_clear_view(checklist.listing(user.id))
            case args.Template():
                added = checklist.add_template(user.id)
                view = _listing(context, user.id, views.template_note(added))
            case _:
                view = views.help_view()
    except ChecklistError as error:
        view = views.problem_view(error)
    await reply(update, view)


def _listing(context: BotContext, user_id: int, note: str | None = None, page: int = 0) -> View:
    return views.checklist_view(context.services.checklist.listing(user_id), page, note)


# ── buttons ──────────────────────────────────────────────────────────────────


async def check_button(press: Press, context: BotContext) -> None:
    item_id, state, page = press.data.int_arg(0), press.data.int_arg(1), press.data.int_arg(2)
    item = None
    if item_id is not None and state in (0, 1):
        item = context.services.checklist.set_done(press.user_id, item_id, bool(state))
    await press.toast(views.toggled_toast(item))
    await press.edit(_listing(context, press.user_id, page=page or 0))


async def page_button(press: Press, context: BotContext) -> None:
    await press.toast()
    await press.edit(_listing(context, press.user_id, page=press.data.int_arg(0) or 0))


async def why_button(press: Press, context: BotContext) -> None:
    item_id = press.data.int_arg(0)
    passage = context.services.checklist.passage_for(press.user_id, item_id) if item_id else None
    await press.reply_or_toast(passage_view(passage) if passage else None, views.GONE_ITEM)


async def remove_button(press: Press, context: BotContext) -> None:
    item_id = press.data.int_arg(0)
    removed = item_id is not None and context.services.checklist.remove(press.user_id, item_id)
    await press.toast(views.removed_toast(removed))
    await press.edit(_listing(context, press.user_id))


async def clear_button(press: Press, context: BotContext) -> None:
    up_to = press.data.int_arg(0)
    if up_to is None:
        await press.toast(STALE_BUTTON)
        return
    removed = context.services.checklist.clear(press.user_id, up_to)
    await press.toast(views.cleared_toast(removed))
    await press.edit(_listing(context, press.user_id))


async def cancel_button(press: Press, context: BotContext) -> None:
    await press.toast(CANCELLED)
    await press.edit(View(CANCELLED))


async def template_button(press: Press, context: BotContext) -> None:
    added = context.services.checklist.add_template(press.user_id)
    await press.toast()
    view = _listing(context, press.user_id, views.template_note(added))
    # Pressed on the empty checklist, the list takes its place; elsewhere (the welcome,
    # a nudge) it comes as a new message, so that one stays as it was.
    if press.data.args == (views.IN_PLACE,):
        await press.edit(view)
    else:
        await press.reply(view)


async def add_from_passage_button(press: Press, context: BotContext) -> None:
    passage_id = press.data.args[0] if press.data.args else ""
    try:
        result = context.services.checklist.add_for_passage(press.user_id, passage_id)
    except ChecklistError as error:
        await press.toast(views.problem_toast(error), alert=True)
        return
    if result is None:
        await press.toast(STALE_BUTTON)
        return
    item, added = result
    await press.toast(views.added_toast(item) if added else views.ALREADY_ON_IT)
