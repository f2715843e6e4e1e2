"""/checklist and its buttons: parse, call the checklist service, show the list."""

from __future__ import annotations

from telegram import Update

from bot.checklist import args, service
from bot.checklist.service import ChecklistError
from bot.store.checklist import get_item, list_items
from bot.telegram import callbacks as cb
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.handlers.conversation import show_passage
from bot.telegram.replies import command_argument, edit, reply, toast


async def checklist_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    db, now = context.services.db, context.services.clock()
    try:
        command = args.parse(command_argument(message.text))
        match command:
            case args.Show():
                view = views.checklist_view(list_items(db, user.id))
            case args.Add(text=text):
                item = service.add(db, user.id, text, now)
                view = _list_with_note(context, user.id, f"➕ Added: {item.text}")
            case args.Mark(numbers=numbers, done=done):
                service.mark(db, user.id, numbers, done, now)
                listed = ", ".join(str(n) for n in numbers)
                note = f"✅ Ticked off {listed}." if done else f"↩️ Unticked {listed}."
                view = _list_with_note(context, user.id, note)
            case args.Remove(number=number):
                (item,) = service.items_by_number(list_items(db, user.id), [number])
                view = views.confirm_remove_view(item, number)
            case args.Clear():
                items = list_items(db, user.id)
                view = views.confirm_clear_view(items) if items else views.checklist_view([])
            case args.Template():
                added = service.add_template(db, user.id, context.services.template, now)
                view = _list_with_note(context, user.id, views.template_note(added))
            case _:
                view = views.View(f"<b>Checklist commands</b>\n{views.esc(args.USAGE)}")
    except ChecklistError as error:
        view = views.View(views.esc(str(error)))
    await reply(update, view)


def _list_with_note(
    context: BotContext, user_id: int, note: str | None, page: int = 0
) -> views.View:
    return views.checklist_view(list_items(context.services.db, user_id), page, note)


# ── buttons ──────────────────────────────────────────────────────────────────


async def check_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    data = cb.unpack(query.data)
    item_id, state, page = data.int_arg(0), data.int_arg(1), data.int_arg(2)
    user_id = query.from_user.id
    item = None
    if item_id is not None and state in (0, 1):
        item = service.set_item_done(
            context.services.db, user_id, item_id, bool(state), context.services.clock()
        )
    if item is None:
        await toast(query, views.GONE_ITEM)
    else:
        await toast(query, "✅ Done!" if item.done else "↩️ Not done yet")
    await edit(query, _list_with_note(context, user_id, None, page or 0))


async def page_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await toast(query)
    page = cb.unpack(query.data).int_arg(0) or 0
    await edit(query, _list_with_note(context, query.from_user.id, None, page))


async def why_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    item_id = cb.unpack(query.data).int_arg(0)
    item = get_item(context.services.db, query.from_user.id, item_id) if item_id else None
    passage = context.services.corpus.passage(item.passage_id) if item and item.passage_id else None
    await show_passage(update, passage, views.GONE_ITEM)


async def remove_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    item_id = cb.unpack(query.data).int_arg(0)
    user_id = query.from_user.id
    removed = item_id is not None and service.remove(context.services.db, user_id, item_id)
    await toast(query, "🗑 Removed" if removed else views.GONE_ITEM)
    await edit(query, _list_with_note(context, user_id, None))


async def clear_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    up_to = cb.unpack(query.data).int_arg(0)
    user_id = query.from_user.id
    if up_to is None:
        await toast(query, views.STALE_BUTTON)
        return
    removed = service.clear(context.services.db, user_id, up_to)
    await toast(query, f"🗑 Removed {removed} item{'s' if removed != 1 else ''}")
    await edit(query, _list_with_note(context, user_id, None))


async def cancel_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await toast(query, views.CANCELLED)
    await edit(query, views.View(views.CANCELLED))


async def template_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    user_id = query.from_user.id
    added = service.add_template(
        context.services.db, user_id, context.services.template, context.services.clock()
    )
    await toast(query)
    view = _list_with_note(context, user_id, views.template_note(added))
    # Pressed on the empty checklist, the list takes its place; elsewhere (the welcome,
    # a nudge) it comes as a new message, so that one stays as it was.
    if cb.unpack(query.data).args == (views.IN_PLACE,):
        await edit(query, view)
    else:
        await reply(update, view)


async def add_from_passage_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    data = cb.unpack(query.data)
    passage = context.services.corpus.passage(data.args[0]) if data.args else None
    if passage is None:
        await toast(query, views.STALE_BUTTON)
        return
    services = context.services
    try:
        item, added = service.add_for_passage(
            services.db, query.from_user.id, passage, services.template, services.clock()
        )
    except ChecklistError as error:
        await toast(query, str(error)[:200], alert=True)
        return
    if added:
        await toast(query, f"➕ Added to your checklist: {item.text}"[:200])
    else:
        await toast(query, "It's already on your checklist 👍")
