"""/nudge, /timezone, the nudge buttons, and noticing when a user blocks the bot."""

from __future__ import annotations

from telegram import ChatMember, Update
from telegram.constants import ChatType

from bot.nudges.preferences import Reslot, Toggle, parse_nudge
from bot.nudges.schedule import SlotError, parse_timezone
from bot.telegram import callbacks as cb
from bot.telegram.buttons import Press
from bot.telegram.context import BotContext
from bot.telegram.replies import command_argument, reply
from bot.telegram.views import nudges as views


async def nudge_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    nudges = context.services.nudges
    try:
        match parse_nudge(command_argument(message.text)):
            case Toggle(enabled=enabled):
                view = views.settings_view(nudges.set_enabled(user.id, enabled))
            case Reslot(day=day, at=at):
                view = views.settings_view(nudges.set_slot(user.id, day, at), views.SAVED)
            case _:
                view = views.settings_view(nudges.preferences(user.id))
    except SlotError as error:
        view = views.nudge_problem_view(error)
    await reply(update, view)


async def timezone_command(update: Update, context: BotContext) -> None:
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.text is not None and user is not None
    services = context.services
    wanted = command_argument(message.text).strip()
    if not wanted:
        await reply(
            update, views.timezone_view(services.nudges.timezone(user.id), services.clock())
        )
        return
    try:
        zone = parse_timezone(wanted)
        result = services.nudges.set_timezone(user.id, zone)
    except SlotError as error:
        await reply(update, views.timezone_problem_view(error))
        return
    note = views.timezone_set_note(zone, services.clock())
    await reply(update, views.settings_view(result, note))


async def snooze_button(press: Press, context: BotContext) -> None:
    snoozed = context.services.nudges.snooze(press.user_id)
    await press.toast(views.snoozed_toast(snoozed))
    await press.drop_buttons(cb.SNOOZE)


async def nudges_switch_button(press: Press, context: BotContext) -> None:
    """🔕 / 🔔: the button's action says which way to switch."""
    enabled = press.data.action == cb.NUDGES_ON
    result = context.services.nudges.set_enabled(press.user_id, enabled)
    await press.toast(views.switched_toast(enabled))
    await press.edit(views.settings_view(result))


async def membership_changed(update: Update, context: BotContext) -> None:
    """In a private chat, my_chat_member says the user blocked (or unblocked) the bot."""
    change = update.my_chat_member
    if change is None or change.chat.type != ChatType.PRIVATE:
        return
    status = change.new_chat_member.status
    reachable = status not in (ChatMember.BANNED, ChatMember.LEFT)
    context.services.nudges.set_reachable(change.from_user.id, reachable)
