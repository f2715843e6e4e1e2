"""End to end: the real application, polling the Bot API stand-in over HTTP."""

from __future__ import annotations

import asyncio

from bot.store.checklist import list_items
from bot.telegram import app
from bot.telegram import callbacks as cb
from bot.telegram.views import common, conversation
from tests.botapi import BOT


async def test_start_greets_and_offers_topics(bot, user_id):
    reply = await bot.send(user_id, "/start")
    assert "ML internship mentor" in reply.text
    labels = [label for label, _ in reply.buttons]
    for section in bot.services.corpus.sections:
        assert section.title in labels
    assert any("example" in label.lower() for label in labels)


async def test_command_menu_is_registered_at_start_up(bot):
    menu = [(command["command"], command["description"]) for command in bot.api.commands]
    assert menu == list(conversation.COMMANDS)
    assert sorted(name for name, _ in menu) == sorted(command.name for command in app.COMMANDS)


# What each command's own handler says first, bare, in a private chat.
FIRST_WORDS = {
    "start": "Hi! I'm your ML internship mentor.",
    "ask": "Ask me like this:",
    "topics": "Topics in the guide",
    "checklist": "Your checklist is empty.",
    "nudge": "Your weekly nudge",
    "timezone": "Your timezone is UTC",
    "export": "Here's everything I store about you, as JSON.",
    "forget": "This deletes everything I store about you",
    "help": "How to use me",
}


async def test_every_command_in_the_menu_reaches_its_own_handler(bot, user_id):
    assert sorted(FIRST_WORDS) == sorted(name for name, _ in conversation.COMMANDS)

    def replies():
        calls = bot.api.sent_to(user_id) + bot.api.calls_to("sendDocument", user_id)
        return sorted(calls, key=lambda call: call.at)

    for number, name in enumerate(FIRST_WORDS, start=1):
        bot.api.send_text(user_id, f"/{name}")
        reply = (await bot.wait(lambda n=number: len(replies()) >= n and replies()))[-1]
        text = reply.params.get("caption", "") if name == "export" else reply.text
        assert FIRST_WORDS[name] in text, (name, text)
    await bot.quiet()
    assert len(replies()) == len(FIRST_WORDS)  # one reply each, nothing more


async def test_question_is_answered_from_the_right_section(bot, user_id):
    reply = await bot.send(user_id, "is leetcode worth grinding for an ml internship?")
    assert "Practice" in reply.text  # the section title heads the answer
    assert "LeetCode" in reply.text
    buttons = dict((data.split(":")[0], label) for label, data in reply.buttons)
    assert cb.FEEDBACK in buttons
    related = [data for _, data in reply.buttons if data.startswith(cb.PASSAGE + ":")]
    topic = [data for _, data in reply.buttons if data.startswith(cb.TOPIC + ":")]
    assert 1 <= len(related) <= 2 or topic == [cb.pack(cb.TOPIC, "practice", 0)]

    row = bot.services.db.execute(
        "SELECT answered, passage_id FROM questions WHERE user_id = ?", [user_id]
    ).fetchone()
    assert row == (1, "prac-leetcode")


async def test_off_topic_question_is_declined_politely(bot, user_id):
    reply = await bot.send(user_id, "what's a good recipe for lasagna?")
    assert "I don't have guidance on that" in reply.text
    assert any(data.startswith(cb.TOPIC + ":") for _, data in reply.buttons)


async def test_topic_button_edits_the_message_in_place(bot, user_id):
    welcome = await bot.send(user_id, "/start")
    message = bot.api.message_json(welcome)
    await bot.press(user_id, cb.pack(cb.TOPIC, "myths", 0), message)
    edit = (await bot.wait(lambda: bot.api.calls_to("editMessageText", user_id)))[-1]
    assert int(edit.params["message_id"]) == message["message_id"]
    assert "Myths" in edit.text and "PhD" in edit.text


async def test_long_section_is_paged_within_the_limit(bot, user_id):
    corpus = bot.services.corpus
    section, passages = corpus.section("preparation"), corpus.section_passages("preparation")
    pages = conversation.section_pages(passages)
    for page in range(len(pages)):
        view = conversation.section_view(section, passages, page)
        assert view is not None and common.telegram_length(view.text) <= 4096
    await bot.press(user_id, cb.pack(cb.TOPIC, "preparation", len(pages) - 1))
    edit = (await bot.wait(lambda: bot.api.calls_to("editMessageText", user_id)))[-1]
    assert "How to prepare" in edit.text


async def test_feedback_is_stored_with_the_question(bot, user_id):
    reply = await bot.send(user_id, "do i need a phd for a deep learning internship")
    message = bot.api.message_json(reply)
    thumbs_up = next(data for label, data in reply.buttons if "👍" in label)
    await bot.press(user_id, thumbs_up, message)
    row = bot.services.db.execute(
        "SELECT q.text, f.vote FROM feedback f JOIN questions q ON q.id = f.question_id "
        "WHERE f.user_id = ?",
        [user_id],
    ).fetchone()
    assert row == ("do i need a phd for a deep learning internship", 1)
    # The feedback buttons go away; the related-passage buttons stay.
    markup = (await bot.wait(lambda: bot.api.calls_to("editMessageReplyMarkup", user_id)))[-1]
    remaining = [
        b["callback_data"] for r in markup.params["reply_markup"]["inline_keyboard"] for b in r
    ]
    assert remaining and not any(d.startswith(cb.FEEDBACK + ":") for d in remaining)


async def test_forged_feedback_for_someone_elses_question_changes_nothing(bot, user_id):
    reply = await bot.send(user_id, "how do I apply at a conference booth")
    question_id = bot.services.db.execute(
        "SELECT id FROM questions WHERE user_id = ?", [user_id]
    ).fetchone()[0]
    intruder = user_id + 50_000
    await bot.press(intruder, cb.pack(cb.FEEDBACK, question_id, -1))
    assert bot.services.db.execute("SELECT count(*) FROM feedback").fetchone()[0] == 0
    toast = bot.api.calls_to("answerCallbackQuery")[-1]
    assert "expired" in toast.params.get("text", "")
    assert reply  # the owner's answer is untouched


async def test_garbage_callback_data_gets_a_polite_toast(bot, user_id):
    for data in [
        "zzz",
        "t:nope:0",
        "t:myths:99",
        "t:myths:x",
        "p:does-not-exist",
        "f:x:1",
        "f:1:7",
    ]:
        await bot.press(user_id, data)
        assert "expired" in bot.api.calls_to("answerCallbackQuery")[-1].params.get("text", "")


async def test_example_button_answers_an_example_question(bot, user_id):
    await bot.press(user_id, cb.EXAMPLE)
    reply = (await bot.wait_sent(user_id))[0]
    assert reply.text.startswith("❓")
    assert any("👍" in label for label, _ in reply.buttons)


async def test_passage_button_sends_the_passage(bot, user_id):
    await bot.press(user_id, cb.pack(cb.PASSAGE, "stand-github-projects"))
    reply = (await bot.wait_sent(user_id))[0]
    assert "GitHub" in reply.text
    assert [data for _, data in reply.buttons] == [
        cb.pack(cb.TOPIC, "standing-out", 0),
        cb.pack(cb.ADD_FROM_PASSAGE, "stand-github-projects"),
    ]


async def test_an_answer_without_close_runners_up_offers_its_topic(bot, user_id):
    reply = await bot.send(user_id, "is colab free?")
    assert "Colab" in reply.text
    assert not any(label.startswith("📖 Who is giving") for label, _ in reply.buttons)
    offered = [data for _, data in reply.buttons if data.startswith(("p:", "t:"))]
    assert offered  # related passages on the topic, or the topic itself


async def test_help_and_topics(bot, user_id):
    help_reply = await bot.send(user_id, "/help")
    assert "/topics" in help_reply.text and "/ask" in help_reply.text
    topics_reply = await bot.send(user_id, "/topics")
    assert len(topics_reply.buttons) == len(bot.services.corpus.sections)


async def test_ask_without_a_question_explains_usage(bot, user_id):
    reply = await bot.send(user_id, "/ask")
    assert "/ask Do I need a PhD?" in reply.text


async def test_html_in_a_question_is_harmless(bot, user_id):
    question = "<b>do I need</b> a PhD & <script>alert(1)</script>?"
    reply = await bot.send(user_id, question)
    assert reply.status == 200  # the stand-in rejects malformed HTML with 400
    stored = bot.services.db.execute("SELECT text FROM questions WHERE user_id = ?", [user_id])
    assert stored.fetchone()[0] == question


async def test_huge_question_is_cut_for_retrieval_not_refused(bot, user_id):
    question = "How many deep learning courses should I take? " + "blah " * 3000
    reply = await bot.send(user_id, question)
    assert "deep learning" in reply.text.lower()
    for call in bot.api.calls_to("sendMessage"):
        assert len(call.text) <= 4096
        assert all(len(data.encode()) <= 64 for _, data in call.buttons)


async def test_greetings_and_thanks_get_a_kind_reply_not_a_decline(bot, user_id):
    hello = await bot.send(user_id, "Hi there!")
    assert hello.text.startswith("👋 Hi! Ask me anything")
    assert any(data.startswith(cb.TOPIC + ":") for _, data in hello.buttons)
    thanks = await bot.send(user_id, "thank you so much")
    assert thanks.text.startswith("You're welcome!")
    assert bot.services.db["questions"].count_where("user_id = ?", [user_id]) == 0
    question = await bot.send(user_id, "hi, do I need a PhD?")
    assert "PhD" in question.text and "Myth" in question.text


async def test_thanks_in_a_language_no_list_reads_is_thanked_not_answered_again(bot, user_id):
    await bot.send(user_id, "do I need a PhD?")
    thanks = await bot.send(user_id, "kiitos paljon!")  # Finnish
    assert thanks.text.startswith("You're welcome!")
    assert "Myth" not in thanks.text


async def test_an_invisible_question_gets_usage_and_export_stays_valid_json(bot, user_id):
    reply = await bot.send(user_id, "\u200b\u200b")
    assert reply.text == conversation.ASK_USAGE
    declined = await bot.send(user_id, "🤖🤖🤖")  # nothing readable: declined, not recorded
    assert "I don't have guidance" in declined.text
    row = bot.services.db.execute(
        "SELECT confidence FROM questions WHERE user_id = ?", [user_id]
    ).fetchall()
    assert row == []
    await bot.send(user_id, "how do I bake bread")  # declined: confidence is finite but low
    (confidence,) = bot.services.db.execute(
        "SELECT confidence FROM questions WHERE user_id = ?", [user_id]
    ).fetchone()
    assert 0 <= confidence < 1


async def test_emoji_only_and_control_characters(bot, user_id):

    reply = await bot.send(user_id, "🤖🤖🤖")
    assert "I don't have guidance" in reply.text
    reply = await bot.send(user_id, "do i need\x00 c++\u200b?")
    assert reply.status == 200


async def test_non_text_messages_get_a_one_line_note(bot, user_id):
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
    sticker = {
        "sticker": {
            "file_id": "s",
            "file_unique_id": "s",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        }
    }
    voice = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 1}}
    for extra in (photo, sticker, voice):
        bot.api.push({"message": bot.api.message_payload(user_id, None, extra=extra)})
    replies = await bot.wait_sent(user_id, 3)
    assert all(r.text == conversation.NOT_TEXT for r in replies)


async def test_edited_commands_are_not_run_again(bot, user_id):
    await bot.send(user_id, "/checklist add foo")
    edited = bot.api.message_payload(user_id, "/checklist add food")
    bot.api.push({"edited_message": {**edited, "edit_date": edited["date"]}})
    await bot.quiet()
    assert [i.text for i in list_items(bot.services.db, user_id)] == ["foo"]


async def test_unknown_commands_and_captions(bot, user_id):
    reply = await bot.send(user_id, "/frobnicate")
    assert reply.text == conversation.UNKNOWN_COMMAND
    photo = {
        "photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}],
        "caption": "is colab free?",
    }
    bot.api.push({"message": bot.api.message_payload(user_id, None, extra=photo)})
    answer = (await bot.wait_sent(user_id, 2))[1]
    assert "Colab" in answer.text


async def test_command_arguments_may_start_on_a_new_line(bot, user_id):
    reply = await bot.send(user_id, "/ask\nDo I need a PhD?")
    assert "PhD" in reply.text and "Myth" in reply.text


async def test_in_groups_answers_quote_the_question_and_private_buttons_refuse(bot, user_id):
    group = -(user_id + 3_000_000)
    welcome = await bot.send(user_id, "/start", chat_id=group, chat_type="supergroup")
    assert not any(data in (cb.ADD_TEMPLATE, "cp:0") for _, data in welcome.buttons)
    assert "checklist" not in welcome.text and "/ask" in welcome.text

    answer = await bot.send(user_id, "/ask is colab free?", chat_id=group, chat_type="supergroup")
    assert answer.params["reply_parameters"]["message_id"] > 0
    message = bot.api.message_json(answer)
    add = next(data for _, data in answer.buttons if data.startswith(cb.ADD_FROM_PASSAGE))
    bystander = user_id + 5
    await bot.press(bystander, add, message)
    assert bot.api.calls_to("answerCallbackQuery")[-1].params["text"] == common.PRIVATE_ONLY_BUTTON
    assert list_items(bot.services.db, bystander) == []


async def test_in_groups_exactly_the_private_buttons_refuse(bot, user_id):
    """The button table's private-only column is what the guard enforces, route by route."""
    group = -(user_id + 4_000_000)
    for route in app.BUTTONS:
        message = bot.api.message_payload(BOT["id"], "…", chat_id=group, chat_type="supergroup")
        message["from"] = BOT
        await bot.press(user_id, cb.pack(route.action, 1, 1, 0), message)
        toast = bot.api.calls_to("answerCallbackQuery")[-1].params.get("text")
        assert (toast == common.PRIVATE_ONLY_BUTTON) is route.private_only, route.action
    assert list_items(bot.services.db, user_id) == []


def test_every_callback_action_has_one_route():
    actions = [
        value
        for name, value in vars(cb).items()
        if name.isupper() and isinstance(value, str) and name not in {"SEP"}
    ]
    assert sorted(route.action for route in app.BUTTONS) == sorted(actions)


async def test_edited_messages_are_not_answered_again(bot, user_id):
    await bot.send(user_id, "do i need c++?")
    edited = bot.api.message_payload(user_id, "do i need c++ or rust?")
    bot.api.push({"edited_message": {**edited, "edit_date": edited["date"]}})
    await bot.quiet()
    assert len(bot.api.sent_to(user_id)) == 1


async def test_in_groups_only_addressed_messages_are_answered(bot, user_id):
    group = -(user_id + 1_000_000)
    bot.api.send_text(user_id, "do I need a PhD?", chat_id=group, chat_type="supergroup")
    await bot.quiet()
    assert bot.api.sent_to(group) == []

    reply = await bot.send(
        user_id, f"@{BOT['username']} do I need a PhD?", chat_id=group, chat_type="supergroup"
    )
    assert "PhD" in reply.text

    reply = await bot.send(user_id, "/ask is colab free?", chat_id=group, chat_type="supergroup")
    assert "Colab" in reply.text

    bots_message = bot.api.message_json(reply)
    reply = await bot.send(
        user_id, "and is aws better?", chat_id=group, chat_type="supergroup", reply_to=bots_message
    )
    assert "AWS" in reply.text


async def test_questions_are_rate_limited_per_user(bot, user_id):
    limit = bot.services.settings.questions_per_minute
    for number in range(limit + 5):
        bot.api.send_text(user_id, f"do I need a PhD? ({number})")
    replies = await bot.wait_sent(user_id, limit + 1)
    await bot.quiet(1.0)
    replies = bot.api.sent_to(user_id)
    assert len(replies) == limit + 1  # every allowed question, plus one "slow down"
    assert sum(r.text == conversation.RATE_LIMITED for r in replies) == 1
    # Somebody else is not affected.
    other = await bot.send(user_id + 77_000, "do I need a PhD?")
    assert "PhD" in other.text


async def test_429_is_waited_out_and_the_message_still_arrives(bot, user_id):
    bot.api.fail("sendMessage", 429, retry_after=1, chat_id=user_id)
    reply = await bot.send(user_id, "is a gaming gpu enough for deep learning?")
    attempts = bot.api.calls_to("sendMessage", user_id, ok_only=False)
    assert [a.status for a in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0
    assert "GPU" in reply.text


async def test_403_does_not_crash_the_bot(bot, user_id):
    bot.api.fail("sendMessage", 403, chat_id=user_id)
    bot.api.send_text(user_id, "do I need a PhD?")
    await bot.wait(lambda: bot.api.calls_to("sendMessage", user_id, ok_only=False))
    await bot.quiet()
    reply = await bot.send(user_id, "do I need c++?")
    assert "C++" in reply.text


async def test_500_gets_a_one_line_apology_and_the_bot_carries_on(bot, user_id):
    bot.api.fail("sendMessage", 500, chat_id=user_id)
    bot.api.send_text(user_id, "do I need a PhD?")
    apology = (await bot.wait_sent(user_id))[0]
    assert apology.text == common.SOMETHING_WENT_WRONG
    reply = await bot.send(user_id, "do I need c++?")
    assert "C++" in reply.text


async def test_slow_server_still_gets_exactly_one_reply(bot, user_id):
    bot.api.fail("sendMessage", 200, delay=1.5, chat_id=user_id)
    reply = await bot.send(user_id, "what happens in the phone screen?")
    await bot.quiet()
    assert len(bot.api.sent_to(user_id)) == 1
    assert "screen" in reply.text


async def test_concurrent_questions_are_batched(bot):
    users = range(900_000, 900_040)
    batcher = bot.services.batcher
    batches, items = batcher.batches, batcher.items
    for uid in users:
        bot.api.send_text(uid, "how do I stand out with github projects?")
    await asyncio.gather(*(bot.wait_sent(uid) for uid in users))
    assert batcher.items - items == len(users)
    # They arrive together, so they share few model calls: eight questions or more per call
    # on average (typically two calls in all), not merely some pair that happened to meet.
    assert batcher.batches - batches <= len(users) // 8
