"""/nudge, /timezone, the nudge buttons, and noticing when a user blocks the bot."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.constants import ChatType

from bot.nudges import preferences as prefs
from bot.nudges.schedule import SlotError, local_label, parse_timezone
from bot.telegram import callbacks as cb
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.replies import command_argument, drop_buttons, edit, reply, toast


async def nudge_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    services = context.services
    db, now, default_tz = services.db, services.clock(), services.settings.default_timezone
    try:
        match prefs.parse_nudge(command_argument(message.text)):
            case prefs.Toggle(enabled=enabled):
                result = prefs.set_enabled(db, user.id, enabled, now, default_tz)
                note = None  # the settings view says on or off
            case prefs.Reslot(day=day, at=at):
                result = prefs.set_slot(db, user.id, day, at, now, default_tz)
                note = "✅ Saved."
            case _:
                result = prefs.preferences(db, user.id, default_tz)
                note = None
        if result is None:
            raise SlotError("Send /start first, then set your nudges.")
        view = views.nudge_settings_view(result, note)
    except SlotError as error:
        view = views.View(f"{views.esc(str(error))}\n\n{views.esc(prefs.NUDGE_USAGE)}")

    await reply(update, view)


async def timezone_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    services = context.services
    db, now, default_tz = services.db, services.clock(), services.settings.default_timezone
    wanted = command_argument(message.text).strip()
    current = prefs.preferences(db, user.id, default_tz)
    if not wanted:
        zone = current.slot.timezone if current else default_tz
        await reply(update, views.timezone_view(zone, now))
        return
    try:
        zone = parse_timezone(wanted)
        result = prefs.set_timezone(db, user.id, zone, now, default_tz)
    except SlotError as error:
        await reply(update, views.View(views.esc(str(error))))
        return
    await reply(update, views.nudge_settings_view(result, views.timezone_set_note(zone, now)))


async def snooze_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    services = context.services
    until = prefs.snooze(services.db, query.from_user.id, services.clock())
    current = prefs.preferences(services.db, query.from_user.id, services.settings.default_timezone)
    zone = current.slot.timezone if current else services.settings.default_timezone
    await toast(query, views.snoozed_text(local_label(until, zone)))
    await drop_buttons(query, cb.SNOOZE)


async def nudges_switch_button(update: Update, context: BotContext) -> None:
    """🔕 / 🔔: the button's action says which way to switch."""
    query = update.callback_query
    assert query is not None
    services = context.services
    enabled = cb.unpack(query.data).action == cb.NUDGES_ON
    result = prefs.set_enabled(
        services.db,
        query.from_user.id,
        enabled,
        services.clock(),
        services.settings.default_timezone,
    )
    await toast(query, views.NUDGES_STARTED if enabled else views.NUDGES_STOPPED)
    await edit(query, views.nudge_settings_view(result))


async def membership_changed(update: Update, context: BotContext) -> None:
    """In a private chat, my_chat_member says the user blocked (or unblocked) the bot."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    reachable = status not in (ChatMember.BANNED, ChatMember.LEFT)
    prefs.set_reachable(context.services.db, change.from_user.id, reachable)
