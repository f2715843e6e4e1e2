"""All python-telegram-bot wiring in one place: the builder, the handlers in order,
start-up and shutdown. `mentorbot run`, the terminal chat and the tests all build the
application here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import Settings
from bot.services import Services
from bot.telegram import callbacks as cb
from bot.telegram import guards
from bot.telegram.buttons import Route, UpdateHandler, adapt, route_handler
from bot.telegram.context import BotApplication, BotContext, BotData
from bot.telegram.delivery import (
    BoundedRateLimiter,
    DurableUpdateQueue,
    InboxUpdateProcessor,
    recover_unfinished,
    schedule_inbox_expiry,
    sends_in_flight,
)
from bot.telegram.filters import ADDRESSED_TO_BOT
from bot.telegram.guards import remember_user
from bot.telegram.handlers import checklist, conversation, nudges, privacy
from bot.telegram.handlers.errors import on_error
from bot.telegram.housekeeping import schedule_housekeeping
from bot.telegram.lateness import late_notice
from bot.telegram.nudging import schedule_nudges
from bot.telegram.views.conversation import COMMANDS as MENU

log = logging.getLogger(__name__)

# How many updates are handled at once. Questions wait on the model, so handling them
# concurrently is what lets the micro-batcher gather them into one encode call.
CONCURRENT_UPDATES = 256


@dataclass(frozen=True)
class Command:
    name: str
    handler: UpdateHandler
    private_only: bool  # a student's own data: never shown or changed in a group


COMMANDS: tuple[Command, ...] = (
    Command("start", conversation.start, private_only=False),
    Command("help", conversation.help_command, private_only=False),
    Command("topics", conversation.topics, private_only=False),
    Command("ask", conversation.ask_command, private_only=False),
    Command("checklist", checklist.checklist_command, private_only=True),
    Command("nudge", nudges.nudge_command, private_only=True),
    Command("timezone", nudges.timezone_command, private_only=True),
    Command("export", privacy.export_command, private_only=True),
    Command("forget", privacy.forget_command, private_only=True),
)

# Which handler answers which button (callbacks.py says what data each one carries), and
# whether it acts in private chats only: there, in a group, anyone could press it.
BUTTONS: tuple[Route, ...] = (
    Route(cb.TOPIC, conversation.topic_button, private_only=False),
    Route(cb.TOPICS, conversation.topics_button, private_only=False),
    Route(cb.PASSAGE, conversation.passage_button, private_only=False),
    Route(cb.FEEDBACK, conversation.feedback_button, private_only=False),
    Route(cb.EXAMPLE, conversation.example_button, private_only=False),
    Route(cb.CHECK, checklist.check_button, private_only=True),
    Route(cb.CHECKLIST_PAGE, checklist.page_button, private_only=True),
    Route(cb.WHY, checklist.why_button, private_only=True),
    Route(cb.CONFIRM_REMOVE, checklist.remove_button, private_only=True),
    Route(cb.CONFIRM_CLEAR, checklist.clear_button, private_only=True),
    Route(cb.CANCEL, checklist.cancel_button, private_only=False),
    Route(cb.ADD_TEMPLATE, checklist.template_button, private_only=True),
    Route(cb.ADD_FROM_PASSAGE, checklist.add_from_passage_button, private_only=True),
    Route(cb.CONFIRM_FORGET, privacy.forget_button, private_only=True),
    Route(cb.SNOOZE, nudges.snooze_button, private_only=True),
    Route(cb.NUDGES_OFF, nudges.nudges_switch_button, private_only=True),
    Route(cb.NUDGES_ON, nudges.nudges_switch_button, private_only=True),
)


def build_application(
    settings: Settings, services: Services, request: BaseRequest | None = None
) -> BotApplication:
    """The bot as `mentorbot run` runs it; `request` replaces HTTP for the terminal chat.

    Services are built before this (see `run`), so a stale index stops start-up with one
    clear line instead of a traceback from inside the event loop. The model loads later, in
    the background (see services.py).
    """
    if not settings.token:
        raise ValueError("a bot token is required")
    rate = settings.max_messages_per_second
    rate_limiter = (
        # With the inbox, also a bound on replies that a crash could see sent twice.
        BoundedRateLimiter(sends_in_flight(rate), overall_max_rate=rate, max_retries=3)
        if settings.inbox
        else AIORateLimiter(overall_max_rate=rate, max_retries=3)
    )
    builder = (
        ApplicationBuilder()
        .token(settings.token)
        .base_url(settings.api_base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(rate_limiter)
        .context_types(ContextTypes(context=BotContext, bot_data=BotData))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.inbox:
        builder = builder.update_queue(DurableUpdateQueue(services.inbox))
        builder = builder.concurrent_updates(
            InboxUpdateProcessor(services.inbox, CONCURRENT_UPDATES)
        )
    else:
        builder = builder.concurrent_updates(CONCURRENT_UPDATES)
    if request is not None:
        builder = builder.request(request).get_updates_request(request).updater(None)
    else:
        # On shutdown PTB confirms the last offset with one more getUpdates, which must not
        # wait for the long poll still holding the pool's only connection (a pool timeout,
        # logged with a traceback, on a busy machine).
        builder = builder.get_updates_connection_pool_size(2)
    application: BotApplication = builder.build()
    application.bot_data.services = services
    register_handlers(application)
    return application


def register_handlers(application: BotApplication) -> None:
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE  # an edited message is not handled again
    text = filters.TEXT & ~filters.COMMAND
    private_commands = [command.name for command in COMMANDS if command.private_only]

    application.add_handler(TypeHandler(Update, late_notice), group=-2)
    application.add_handler(TypeHandler(Update, remember_user), group=-1)
    application.add_handlers(
        [
            *(
                CommandHandler(
                    command.name,
                    command.handler,
                    filters=new_message & private if command.private_only else new_message,
                )
                for command in COMMANDS
            ),
            # The private commands, sent in a group: point to the private chat.
            CommandHandler(private_commands, guards.private_only, filters=new_message),
            MessageHandler(private & new_message & filters.COMMAND, conversation.unknown_command),
            MessageHandler(private & new_message & text, conversation.text_message),
            MessageHandler(
                filters.ChatType.GROUPS & new_message & text & ADDRESSED_TO_BOT,
                conversation.text_message,
            ),
            MessageHandler(
                private & new_message & ~filters.TEXT & ~filters.StatusUpdate.ALL,
                conversation.not_text,
            ),
            *(route_handler(route) for route in BUTTONS),
            ChatMemberHandler(nudges.membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
            CallbackQueryHandler(adapt(conversation.unknown_button)),
        ]
    )
    application.add_error_handler(on_error)


async def post_init(application: BotApplication) -> None:
    services = application.bot_data.services
    recover_unfinished(application, services.inbox)  # before anything new
    schedule_nudges(application, services)
    schedule_housekeeping(application, services)
    schedule_inbox_expiry(application)
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in MENU])
    # Last: the loading thread competes for the interpreter with everything above.
    await services.start()
    log.info(
        "Ready for commands: %d passages in %d topics; questions wait for %s (%s)",
        len(services.corpus.passages),
        len(services.corpus.sections),
        services.knowledge.name,
        services.knowledge.state,
    )


async def post_shutdown(application: BotApplication) -> None:
    await application.bot_data.services.stop()


def run(settings: Settings, services: Services) -> None:
    """Long polling by default; a webhook when MENTORBOT_WEBHOOK_URL is set."""
    application = build_application(settings, services)
    if settings.webhook_url:
        application.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path=settings.webhook_path,
            webhook_url=f"{settings.webhook_url.rstrip('/')}/{settings.webhook_path}",
            secret_token=settings.webhook_secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
