"""Questions and answers: /start, /help, /topics, /ask, plain text, and their buttons."""

from __future__ import annotations

import random

from telegram import MessageEntity, Update
from telegram.constants import ChatType

from bot.knowledge.corpus import Passage
from bot.knowledge.retriever import clean_question
from bot.knowledge.smalltalk import small_talk
from bot.store.checklist import list_items
from bot.store.questions import record_feedback, record_question
from bot.telegram import callbacks as cb
from bot.telegram import views
from bot.telegram.context import BotContext
from bot.telegram.replies import command_argument, drop_buttons, edit, reply, toast
from bot.telegram.waiting import ready_to_answer


async def start(update: Update, context: BotContext) -> None:
    user, chat = update.effective_user, update.effective_chat
    private = chat is not None and chat.type == ChatType.PRIVATE
    has_checklist = bool(user and list_items(context.services.db, user.id))
    await reply(update, views.welcome(context.services.corpus, has_checklist, private))


async def unknown_command(update: Update, context: BotContext) -> None:
    await reply(update, views.View(views.UNKNOWN_COMMAND))


async def help_command(update: Update, context: BotContext) -> None:
    await reply(update, views.help_view())


async def topics(update: Update, context: BotContext) -> None:
    await reply(update, views.topics_view(context.services.corpus))


async def ask_command(update: Update, context: BotContext) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    question = command_argument(message.text)
    if not question.strip():
        await reply(update, views.View(views.ASK_USAGE))
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
        await reply(update, views.View(views.ASK_USAGE))
        return
    kind = small_talk(question)
    if kind is not None:
        await reply(update, views.small_talk_view(kind, context.services.corpus))
        return
    await answer_question(update, context, question)


async def not_text(update: Update, context: BotContext) -> None:
    """A photo or file: its caption, if it has one, is the question."""
    message = update.effective_message
    if message is not None and message.caption and message.caption.strip():
        await answer_question(update, context, message.caption)
        return
    await reply(update, views.View(views.NOT_TEXT))


async def answer_question(
    update: Update, context: BotContext, question: str, echo: bool = False
) -> None:
    """Every way of asking ends here: rate limit, retrieve, record, reply."""
    services = context.services
    user = update.effective_user
    assert user is not None
    if not clean_question(question):  # only invisible or control characters
        await reply(update, views.View(views.ASK_USAGE))
        return
    limiter = context.bot_data["question_limiter"]
    if not await limiter.allow(user.id):
        if limiter.should_warn(user.id):
            await reply(update, views.View(views.RATE_LIMITED))
        return
    if not await ready_to_answer(update, context):  # "typing…" while the model loads
        return
    answer = await services.ask(question)
    best = answer.hits[0].passage.id if answer.answered and answer.hits else None
    question_id = record_question(
        services.db,
        user.id,
        answer.question,
        answer.answered,
        best,
        answer.confidence,
        services.clock(),
    )
    if answer.answered:
        view = views.answer_view(answer, question_id, asked=answer.question if echo else None)
    else:
        view = views.declined_view(services.corpus)
    await reply(update, view)


# ── buttons ──────────────────────────────────────────────────────────────────


async def topic_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    data = cb.unpack(query.data)
    slug, page = (data.args[0] if data.args else ""), data.int_arg(1)
    view = views.section_view(context.services.corpus, slug, page) if page is not None else None
    if view is None:
        await toast(query, views.STALE_BUTTON)
        return
    await toast(query)
    await edit(query, view)


async def topics_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await toast(query)
    await edit(query, views.topics_view(context.services.corpus))


async def passage_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    data = cb.unpack(query.data)
    passage = context.services.corpus.passage(data.args[0]) if data.args else None
    await show_passage(update, passage, views.STALE_BUTTON)


async def show_passage(update: Update, passage: Passage | None, missing: str) -> None:
    """A button's passage as a new message, or a toast saying why there is none."""
    query = update.callback_query
    assert query is not None
    if passage is None:
        await toast(query, missing)
        return
    await toast(query)
    await reply(update, views.passage_view(passage))


async def feedback_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    data = cb.unpack(query.data)
    question_id, vote = data.int_arg(0), data.int_arg(1)
    services = context.services
    stored = (
        question_id is not None
        and vote in (1, -1)
        and record_feedback(services.db, query.from_user.id, question_id, vote, services.clock())
    )
    if not stored:
        await toast(query, views.STALE_BUTTON)
        return
    await toast(query, views.FEEDBACK_THANKS[vote])
    await drop_buttons(query, cb.FEEDBACK + cb.SEP)


async def example_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await toast(query)
    passages = context.services.corpus.passages
    question = random.choice(random.choice(passages).questions)
    await answer_question(update, context, question, echo=True)


async def unknown_button(update: Update, context: BotContext) -> None:
    query = update.callback_query
    assert query is not None
    await toast(query, views.STALE_BUTTON)


def _without_mention(text: str, mentions: dict[MessageEntity, str], username: str | None) -> str:
    for mention in mentions.values():
        if username and mention.lower() == f"@{username.lower()}":
            text = text.replace(mention, " ")
    return text
