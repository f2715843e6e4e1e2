"""Property-based fuzzing of every handler through the real stack and the Bot API stand-in.

Random text, commands with random arguments, random and forged callback_data, in private
chats and groups. After each update: no handler failed, the update got at most one reply,
and a victim user's data is exactly as it was.
"""

from __future__ import annotations

import asyncio
import itertools
import logging

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.store.privacy import export_user
from bot.telegram import app
from bot.telegram.views import common
from tests.botapi import BOT

VICTIM = 31_337
_attackers = itertools.count(4_000_000)

# Every command the bot routes, and arguments that exercise each one's parser.
COMMANDS = [f"/{command.name}" for command in app.COMMANDS] + [
    "/checklist add", "/checklist done", "/checklist undo", "/checklist remove",
    "/checklist clear", "/checklist template", "/checklist x", "/nudge off", "/unknown",
]  # fmt: skip
# Every button the bot routes: the same table that routes them.
ACTIONS = [route.action for route in app.BUTTONS]


class ErrorCounter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def texts() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(min_size=1, max_size=300),
        st.text(alphabet="<>&;/\"' abc#*_`[]()", min_size=1, max_size=50),
        st.sampled_from(["do I need a PhD?", "is colab free", "🤖" * 50, "x" * 5000, " ", "\x00"]),
    ).filter(lambda t: t.strip(" ") != "")


def commands() -> st.SearchStrategy[str]:
    argument = st.one_of(
        st.just(""),
        st.text(max_size=60),
        st.from_regex(r"[0-9 ,#-]{1,12}", fullmatch=True),
        st.sampled_from(["mon 6pm", "berlin", "on", "off", "1-3", "0", "999", "<b>x</b>"]),
    )
    return st.builds(lambda c, a: f"{c} {a}".rstrip(), st.sampled_from(COMMANDS), argument)


def callback_data(victim_items: list[int], victim_questions: list[int]) -> st.SearchStrategy[str]:
    victim_id = st.sampled_from(victim_items + victim_questions)
    forged = st.one_of(
        st.builds(lambda i: f"c:{i}:1:0", victim_id),
        st.builds(lambda i: f"c:{i}:0:0", victim_id),
        st.builds(lambda i: f"cr:{i}", victim_id),
        st.builds(lambda i: f"cw:{i}", victim_id),
        st.builds(lambda i: f"cc:{i + 1000}", victim_id),
        st.builds(lambda i: f"f:{i}:-1", victim_id),
    )
    structured = st.builds(
        lambda action, args: ":".join([action, *args]),
        st.sampled_from(ACTIONS),
        st.lists(st.one_of(st.integers(-5, 10**9).map(str), st.text(max_size=10)), max_size=3),
    )
    return st.one_of(forged, structured, st.text(max_size=64)).map(lambda d: d[:64])


@pytest.fixture
async def victim(bot):
    """A user with a checklist, questions, feedback and nudge settings, who sends nothing."""
    await bot.send(VICTIM, "/checklist template")
    await bot.send(VICTIM, "/checklist done 1 2")
    answer = await bot.send(VICTIM, "is colab free?")
    thumbs = next(data for label, data in answer.buttons if "👍" in label)
    await bot.press(VICTIM, thumbs, bot.api.message_json(answer))
    await bot.send(VICTIM, "/nudge fri 7pm")
    db = bot.services.db
    items = [r[0] for r in db.execute("SELECT id FROM checklist_items WHERE user_id = ?", [VICTIM])]
    questions = [r[0] for r in db.execute("SELECT id FROM questions WHERE user_id = ?", [VICTIM])]
    return items, questions, export_user(db, VICTIM)


async def settle(bot, update_id: int) -> None:
    """Wait until the bot has fetched this update and finished handling everything."""
    await bot.wait(lambda: max(bot.api.get_updates_offsets, default=0) > update_id)
    await asyncio.wait_for(bot.application.update_queue.join(), timeout=20)


@pytest.mark.slow
async def test_fuzzing_the_handlers(bot, victim):
    items, questions, victim_before = victim
    errors = ErrorCounter()
    logging.getLogger().addHandler(errors)
    seen = {"examples": 0}

    @settings(
        max_examples=250,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        kind=st.sampled_from(["text", "command", "button"]),
        text=texts(),
        command=commands(),
        data=callback_data(items, questions),
        in_group=st.booleans(),
    )
    def one_update(kind, text, command, data, in_group):
        user = next(_attackers)
        chat = -user if in_group else user
        chat_type = "supergroup" if in_group else "private"
        if kind in ("text", "command"):
            content = text if kind == "text" else command
            message = bot.api.message_payload(user, content, chat_id=chat, chat_type=chat_type)
            payload = {"message": message}
        else:
            message = bot.api.message_payload(BOT["id"], "…", chat_id=chat, chat_type=chat_type)
            message["from"] = BOT
            payload = {"callback_query": {
                "id": str(user), "from": {"id": user, "is_bot": False, "first_name": "F"},
                "chat_instance": str(chat), "data": data, "message": message,
            }}  # fmt: skip
        update_id = bot.api.push(payload)
        asyncio.run_coroutine_threadsafe(settle(bot, update_id), loop).result(timeout=30)
        replies = bot.api.calls_to("sendMessage", chat) + bot.api.calls_to("sendDocument", chat)
        assert len(replies) <= 1, (kind, text, command, data, [r.text for r in replies])
        assert not any(r.text == common.SOMETHING_WENT_WRONG for r in replies)
        assert not errors.records, errors.records[0].getMessage()
        answers = [
            c for c in bot.api.calls_to("answerCallbackQuery")
            if c.params.get("callback_query_id") == str(user)
        ]  # fmt: skip
        assert len(answers) == (1 if kind == "button" else 0)
        assert export_user(bot.services.db, VICTIM) == victim_before
        seen["examples"] += 1

    loop = asyncio.get_running_loop()
    try:
        await asyncio.to_thread(one_update)
    finally:
        logging.getLogger().removeHandler(errors)
    assert export_user(bot.services.db, VICTIM) == victim_before
    assert seen["examples"] >= 100
