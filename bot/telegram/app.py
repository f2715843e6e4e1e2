"""All python-telegram-bot wiring in one place: the builder, the handlers in order,
start-up and shutdown. `mentorbot run`, the terminal chat and the tests all build the
application here.
"""

from __future__ import annotations

import logging

from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
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
from bot.telegram.context import BotContext
from bot.telegram.delivery import (
    DurableUpdateQueue,
    InboxUpdateProcessor,
    recover_unfinished,
    schedule_inbox_expiry,
)
from bot.telegram.filters import ADDRESSED_TO_BOT
from bot.telegram.guards import QuestionLimiter, remember_user
from bot.telegram.handlers import checklist, conversation, nudges, privacy
from bot.telegram.handlers.errors import on_error
from bot.telegram.housekeeping import schedule_housekeeping
from bot.telegram.lateness import late_notice
from bot.telegram.nudging import schedule_nudges
from bot.telegram.views import COMMANDS

log = logging.getLogger(__name__)

# How many updates are handled at once. Questions wait on the model, so handling them
# concurrently is what lets the micro-batcher gather them into one encode call.
CONCURRENT_UPDATES = 256


def build_application(
    settings: Settings, services: Services, request: BaseRequest | None = None
) -> Application:
    """The bot as `mentorbot run` runs it; `request` replaces HTTP for the terminal chat.

    Services are loaded before this (see `run`), so a stale index or a missing model stops
    start-up with one clear line instead of a traceback from inside the event loop.
    """
    if not settings.token:
        raise ValueError("a bot token is required")
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
        .rate_limiter(
            AIORateLimiter(overall_max_rate=settings.max_messages_per_second, max_retries=3)
        )
        .context_types(ContextTypes(context=BotContext))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if settings.inbox:
        builder = builder.update_queue(DurableUpdateQueue(services.db, services.clock))
        builder = builder.concurrent_updates(
            InboxUpdateProcessor(services.db, services.clock, CONCURRENT_UPDATES)
        )
    else:
        builder = builder.concurrent_updates(CONCURRENT_UPDATES)
    if request is not None:
        builder = builder.request(request).get_updates_request(request).updater(None)
    application = builder.build()
    application.bot_data["settings"] = settings
    application.bot_data["question_limiter"] = QuestionLimiter(settings.questions_per_minute)
    application.bot_data["services"] = services
    register_handlers(application)
    return application


# Which handler answers which button (see callbacks.py for the data each one carries).
BUTTONS = {
    cb.TOPIC: conversation.topic_button,
    cb.TOPICS: conversation.topics_button,
    cb.PASSAGE: conversation.passage_button,
    cb.FEEDBACK: conversation.feedback_button,
    cb.EXAMPLE: conversation.example_button,
    cb.CHECK: checklist.check_button,
    cb.CHECKLIST_PAGE: checklist.page_button,
    cb.WHY: checklist.why_button,
    cb.CONFIRM_REMOVE: checklist.remove_button,
    cb.CONFIRM_CLEAR: checklist.clear_button,
    cb.CANCEL: checklist.cancel_button,
    cb.ADD_TEMPLATE: checklist.template_button,
    cb.ADD_FROM_PASSAGE: checklist.add_from_passage_button,
    cb.CONFIRM_FORGET: privacy.forget_button,
    cb.SNOOZE: nudges.snooze_button,
    cb.NUDGES_OFF: nudges.nudges_switch_button,
    cb.NUDGES_ON: nudges.nudges_switch_button,
}


# A student's own data: never shown or changed in a group, where others can see and press.
PRIVATE_COMMANDS = ("checklist", "nudge", "timezone", "export", "forget")
PRIVATE_BUTTONS = {
    cb.CHECK, cb.CHECKLIST_PAGE, cb.WHY, cb.CONFIRM_REMOVE, cb.CONFIRM_CLEAR, cb.ADD_TEMPLATE,
    cb.ADD_FROM_PASSAGE, cb.CONFIRM_FORGET, cb.SNOOZE, cb.NUDGES_OFF, cb.NUDGES_ON,
}  # fmt: skip


def register_handlers(application: Application) -> None:
    private = filters.ChatType.PRIVATE
    new_message = filters.UpdateType.MESSAGE  # an edited message is not handled again
    text = filters.TEXT & ~filters.COMMAND

    def command(names: str | list[str], callback, only_private: bool = False) -> CommandHandler:
        return CommandHandler(
            names, callback, filters=new_message & private if only_private else new_message
        )

    application.add_handler(TypeHandler(Update, late_notice), group=-2)
    application.add_handler(TypeHandler(Update, remember_user), group=-1)
    application.add_handlers(
        [
            command("start", conversation.start),
            command("help", conversation.help_command),
            command("topics", conversation.topics),
            command("ask", conversation.ask_command),
            command("checklist", checklist.checklist_command, only_private=True),
            command("nudge", nudges.nudge_command, only_private=True),
            command("timezone", nudges.timezone_command, only_private=True),
            command("export", privacy.export_command, only_private=True),
            command("forget", privacy.forget_command, only_private=True),
            command(list(PRIVATE_COMMANDS), guards.private_only),
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
            *(
                CallbackQueryHandler(
                    guards.private_button(handler) if action in PRIVATE_BUTTONS else handler,
                    pattern=cb.pattern(action),
                )
                for action, handler in BUTTONS.items()
            ),
            ChatMemberHandler(nudges.membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
            CallbackQueryHandler(conversation.unknown_button),
        ]
    )
    application.add_error_handler(on_error)


async def post_init(application: Application) -> None:
    services: Services = application.bot_data["services"]
    recover_unfinished(application, services.db, services.clock)  # before anything new
    schedule_nudges(application, services)
    schedule_housekeeping(application, services)
    schedule_inbox_expiry(application)
    await application.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])
    # Last: the loading thread competes for the interpreter with everything above.
    await services.start()
    log.info(
        "Ready for commands: %d passages in %d topics; questions wait for %s (%s)",
        len(services.corpus.passages),
        len(services.corpus.sections),
        services.retriever.name,
        services.retriever.state,
    )


async def post_shutdown(application: Application) -> None:
    services: Services | None = application.bot_data.get("services")
    if services is not None:
        await services.stop()


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
