"""Questions and answers: /start, /help, /topics, /ask, plain text, and their buttons."""

from __future__ import annotations

from telegram import MessageEntity, Update
from telegram.constants import ChatType

from bot.loading import LoadFailed
from bot.telegram import callbacks as cb
from bot.telegram.buttons import Press
from bot.telegram.context import BotContext
from bot.telegram.replies import command_argument, reply
from bot.telegram.views import conversation as views
from bot.telegram.views.common import STALE_BUTTON, View
from bot.telegram.waiting import typing_while_loading


async def start(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    private = chat is not None and chat.type == ChatType.PRIVATE
    has_checklist = bool(user and context.services.checklist.has_items(user.id))
    sections = context.services.corpus.sections
    await reply(update, views.welcome(sections, has_checklist, private))


async def unknown_command(update: Update, context: BotContext) -> None:
    await reply(update, View(views.UNKNOWN_COMMAND))


async def help_command(update: Update, context: BotContext) -> None:
    await reply(update, views.help_view())


async def topics(update: Update, context: BotContext) -> None:
    await reply(update, views.topics_view(context.services.corpus.sections))


async def ask_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    question = command_argument(message.text)
    if not question.strip():
        await reply(update, View(views.ASK_USAGE))
        return
    await answer_question(update, context, question)


async def text_message(update: Update, context: BotContext) -> None:
    """A private text is a question; in groups this runs only when the bot is addressed."""
    message = update.effective_message
    assert message is not None and message.text is not None
    question = message.text
    if message.chat.type != ChatType.PRIVATE:
        mentions = message.parse_entities([MessageEntity.MENTION])
        question = _without_mention(message.text, mentions, context.bot.username)
    if not question.strip():
        await reply(update, View(views.ASK_USAGE))
        return
    await answer_question(update, context, question)


async def not_text(update: Update, context: BotContext) -> None:
    """A photo or file: its caption, if it has one, is the question."""
    message = update.effective_message
    if message is not None and message.caption and message.caption.strip():
        await answer_question(update, context, message.caption)
        return
    await reply(update, View(views.NOT_TEXT))


async def answer_question(
    update: Update, context: BotContext, question: str, echo: bool = False
) -> None:
    user = update.effective_user
    assert user is not None
    asking = context.services.questions.ask(user.id, question, conversation_key(update))
    try:
        asked = await typing_while_loading(update, context, asking)
    except LoadFailed:  # the log has said why, in one line
        await reply(update, View(views.CANT_ANSWER_NOW))
        return
    view = views.asked_view(asked, context.services.corpus.sections, echo)
    if view is not None:
        await reply(update, view)


# ── buttons ──────────────────────────────────────────────────────────────────


async def topic_button(press: Press, context: BotContext) -> None:
    slug, page = (press.data.args[0] if press.data.args else ""), press.data.int_arg(1)
    corpus = context.services.corpus
    view = (
        views.section_view(corpus.section(slug), corpus.section_passages(slug), page)
        if page is not None
        else None
    )
    if view is None:
        await press.toast(STALE_BUTTON)
        return
    await press.toast()
    await press.edit(view)


async def topics_button(press: Press, context: BotContext) -> None:
    await press.toast()
    await press.edit(views.topics_view(context.services.corpus.sections))


async def passage_button(press: Press, context: BotContext) -> None:
    passage = context.services.corpus.passage(press.data.args[0]) if press.data.args else None
    if passage is not None:
        context.services.questions.opened(conversation_key(press.update), passage.id)
    await press.reply_or_toast(views.passage_view(passage) if passage else None, STALE_BUTTON)


async def feedback_button(press: Press, context: BotContext) -> None:
    question_id, vote = press.data.int_arg(0), press.data.int_arg(1)
    questions = context.services.questions
    if (
        question_id is None
        or vote is None
        or not questions.feedback(press.user_id, question_id, vote)
    ):
        await press.toast(STALE_BUTTON)
        return
    await press.toast(views.FEEDBACK_THANKS[vote])
    await press.drop_buttons(cb.FEEDBACK)


async def example_button(press: Press, context: BotContext) -> None:
    await press.toast()
    question = context.services.questions.example()
    await answer_question(press.update, context, question, echo=True)


async def unknown_button(press: Press, context: BotContext) -> None:
    await press.toast(STALE_BUTTON)


def conversation_key(update: Update) -> int | tuple[int, int]:
    """Whose follow-ups lean on whose answers: the chat in private; each member apart in a
    group, so one student's "tell me more" never continues another's question."""
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None and user is not None
    return chat.id if chat.type == ChatType.PRIVATE else (chat.id, user.id)


def _without_mention(text: str, mentions: dict[MessageEntity, str], username: str | None) -> str:
    for mention in mentions.values():
        if username and mention.lower() == f"@{username.lower()}":
            text = text.replace(mention, " ")
    return text
