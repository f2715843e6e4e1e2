"""End to end: the checklist, export and forget, through the Bot API stand-in."""

from __future__ import annotations

import json

from bot.store.checklist import insert_items, list_items
from bot.store.privacy import user_tables
from bot.telegram import callbacks as cb
from bot.telegram.views import checklist as checklist_views
from bot.telegram.views import common
from bot.telegram.views import privacy as privacy_views


def items_of(bot, user_id):
    return list_items(bot.services.db, user_id)


async def test_start_offers_the_template_and_the_button_creates_it(bot, user_id):
    welcome = await bot.send(user_id, "/start")
    assert ("📝 Start my study checklist", cb.ADD_TEMPLATE) in welcome.buttons
    await bot.press(user_id, cb.ADD_TEMPLATE, bot.api.message_json(welcome))
    listing = (await bot.wait_sent(user_id, 2))[1]
    template = bot.services.template
    assert f"Added {len(template)} steps from the guide" in listing.text
    assert f"0/{len(template)}" in listing.text
    assert len(items_of(bot, user_id)) == len(template)
    # Offered again, it adds nothing, and /start now links to the list.
    await bot.press(user_id, cb.ADD_TEMPLATE)
    again = (await bot.wait_sent(user_id, 3))[2]
    assert "already have every step" in again.text
    welcome = await bot.send(user_id, "/start")
    assert ("📝 My checklist", cb.pack(cb.CHECKLIST_PAGE, 0)) in welcome.buttons


async def test_toggle_by_button_edits_in_place_and_double_press_is_harmless(bot, user_id):
    await bot.send(user_id, "/checklist add Finish the DL course")
    listing = await bot.send(user_id, "/checklist")
    message = bot.api.message_json(listing)
    toggle = next(data for label, data in listing.buttons if label.startswith("⬜ 1."))
    await bot.press(user_id, toggle, message)
    await bot.press(user_id, toggle, message)  # the same stale button, pressed again quickly
    assert items_of(bot, user_id)[0].done
    edits = await bot.wait_edits(user_id, 1)
    assert edits and all(int(e.params["message_id"]) == message["message_id"] for e in edits)
    assert "1/1" in edits[0].text and "✅ 1. Finish the DL course" in edits[0].text
    # The edited message now offers the opposite action.
    assert any(label.startswith("✅ 1.") for label, _ in edits[0].buttons)


async def test_add_done_undo_remove_with_confirmation(bot, user_id):
    for text in ("Read the paper", "Train a model", "Open a PR"):
        await bot.send(user_id, f"/checklist add {text}")
    reply = await bot.send(user_id, "/checklist done 1 3")
    assert "✅ Ticked off 1, 3." in reply.text and "2/3" in reply.text
    reply = await bot.send(user_id, "/checklist undo 3")
    assert "1/3" in reply.text
    confirm = await bot.send(user_id, "/checklist remove 2")
    assert "Remove item 2, “Train a model”?" in confirm.text
    assert len(items_of(bot, user_id)) == 3  # nothing removed before the confirmation
    yes = next(data for label, data in confirm.buttons if "Yes" in label)
    await bot.press(user_id, yes, bot.api.message_json(confirm))
    assert [i.text for i in items_of(bot, user_id)] == ["Read the paper", "Open a PR"]
    await bot.press(user_id, yes, bot.api.message_json(confirm))  # stale now
    assert bot.api.calls_to("answerCallbackQuery")[-1].params["text"] == checklist_views.GONE_ITEM
    assert len(items_of(bot, user_id)) == 2


async def test_clear_needs_confirmation_and_spares_items_added_since(bot, user_id):
    await bot.send(user_id, "/checklist add One")
    confirm = await bot.send(user_id, "/checklist clear")
    await bot.send(user_id, "/checklist add Added after asking")
    keep = next(data for label, data in confirm.buttons if "Keep" in label)
    await bot.press(user_id, keep, bot.api.message_json(confirm))
    assert len(items_of(bot, user_id)) == 2
    yes = next(data for label, data in confirm.buttons if "Yes" in label)
    await bot.press(user_id, yes, bot.api.message_json(confirm))
    assert [i.text for i in items_of(bot, user_id)] == ["Added after asking"]


async def test_the_empty_lists_template_button_fills_the_list_in_place(bot, user_id):
    empty = await bot.send(user_id, "/checklist")
    (data,) = [data for _, data in empty.buttons]
    await bot.press(user_id, data, bot.api.message_json(empty))
    edit = (await bot.wait_edits(user_id))[-1]
    assert int(edit.params["message_id"]) == bot.api.message_json(empty)["message_id"]
    assert "Added 14 steps" in edit.text
    assert len(bot.api.sent_to(user_id)) == 1  # no second message


async def test_why_button_shows_the_linked_passage(bot, user_id):

    await bot.send(user_id, "/checklist template")
    listing = await bot.send(user_id, "/checklist")
    why = next(data for label, data in listing.buttons if label == "❓ Why?")
    await bot.press(user_id, why)
    passage = (await bot.wait_sent(user_id, 3))[2]
    assert passage.text.startswith("<b>📘 How to prepare")


async def test_paging_beyond_eight_items(bot, user_id):
    await bot.send(user_id, "/checklist template")
    listing = await bot.send(user_id, "/checklist")
    assert "Page 1 of 2" in listing.text
    next_page = next(data for label, data in listing.buttons if label == "Next ▶")
    await bot.press(user_id, next_page, bot.api.message_json(listing))
    edit = (await bot.wait_edits(user_id))[-1]
    assert "Page 2 of 2" in edit.text and "⬜ 9." in edit.text


async def test_answers_offer_add_to_checklist(bot, user_id):
    reply = await bot.send(user_id, "should i do kaggle competitions")
    add = next(data for label, data in reply.buttons if "Add to my checklist" in label)
    await bot.press(user_id, add, bot.api.message_json(reply))
    (item,) = items_of(bot, user_id)
    assert item.passage_id == "stand-competitions"
    assert item.text.startswith("Enter a competition")
    await bot.press(user_id, add, bot.api.message_json(reply))
    assert "already" in bot.api.calls_to("answerCallbackQuery")[-1].params["text"]
    assert len(items_of(bot, user_id)) == 1


async def test_forged_callbacks_change_nobody_elses_items(bot, user_id):
    victim = user_id + 60_000
    await bot.send(victim, "/checklist add Victim's item")
    (item,) = items_of(bot, victim)
    for data in (
        cb.pack(cb.CHECK, item.id, 1, 0),
        cb.pack(cb.CONFIRM_REMOVE, item.id),
        cb.pack(cb.CONFIRM_CLEAR, item.id + 1000),
        cb.pack(cb.WHY, item.id),
        "c:abc:1:0",
        "c:1:7:0",
        "cr:",
        "cc:x",
    ):
        await bot.press(user_id, data)
    (after,) = items_of(bot, victim)
    assert after == item


async def test_bad_input_gets_clear_replies_and_changes_nothing(bot, user_id):
    await bot.send(user_id, "/checklist add First")
    cases = {
        "/checklist done abc": "“abc” isn't an item number",
        "/checklist done 0": "There's no item 0",
        "/checklist done 999": "There's no item 999",
        "/checklist add": "What should I add?",
        "/checklist add " + "x" * 250: "250 characters",
        "/checklist bogus": "I don't know “bogus”",
    }
    for command, expected in cases.items():
        reply = await bot.send(user_id, command)
        assert expected in reply.text, command
    (item,) = items_of(bot, user_id)
    assert item.text == "First" and not item.done


async def test_html_in_items_is_shown_literally(bot, user_id):
    reply = await bot.send(user_id, "/checklist add <b>bold</b> & <i>co</i> *md*")
    assert reply.status == 200
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;i&gt;co&lt;/i&gt; *md*" in reply.text


async def test_a_51st_item_is_refused(bot, user_id):
    insert_items(
        bot.services.db, user_id, [(f"item {n}", None) for n in range(50)], bot.services.clock()
    )
    reply = await bot.send(user_id, "/checklist add one too many")
    assert "full (50 items)" in reply.text
    assert len(items_of(bot, user_id)) == 50


async def test_checklist_in_a_group_points_to_a_private_chat(bot, user_id):
    group = -(user_id + 2_000_000)
    reply = await bot.send(user_id, "/checklist add x", chat_id=group, chat_type="group")
    assert reply.text == common.PRIVATE_ONLY
    assert items_of(bot, user_id) == []


async def test_export_sends_all_the_users_data_as_json(bot, user_id):
    await bot.send(user_id, "/checklist add Read the paper")
    answer = await bot.send(user_id, "is colab free?")
    thumbs = next(data for label, data in answer.buttons if "👍" in label)
    await bot.press(user_id, thumbs, bot.api.message_json(answer))
    before = len(bot.api.calls_to("sendDocument", user_id))
    bot.api.send_text(user_id, "/export")
    documents = await bot.wait(
        lambda: (
            len(bot.api.calls_to("sendDocument", user_id)) > before
            and bot.api.calls_to("sendDocument", user_id)
        )
    )
    name, payload = documents[-1].files["document"]
    assert name.endswith(".json")
    data = json.loads(payload)
    assert data["users"][0]["user_id"] == user_id
    assert data["checklist_items"][0]["text"] == "Read the paper"
    assert data["questions"][0]["text"] == "is colab free?"
    assert data["feedback"][0]["vote"] == 1


async def test_forget_deletes_everything_after_confirmation(bot, user_id):
    await bot.send(user_id, "/checklist add Read the paper")
    await bot.send(user_id, "do I need a PhD?")
    confirm = await bot.send(user_id, "/forget")
    assert bot.services.db["users"].count_where("user_id = ?", [user_id]) == 1
    yes = next(data for label, data in confirm.buttons if "Yes" in label)
    await bot.press(user_id, yes, bot.api.message_json(confirm))
    assert (await bot.wait_edits(user_id))[-1].text == privacy_views.FORGOTTEN
    for table in user_tables(bot.services.db):
        assert bot.services.db[table].count_where("user_id = ?", [user_id]) == 0, table


async def test_an_old_forget_confirmation_has_expired(bot, user_id):
    await bot.send(user_id, "/checklist add Keep me")
    minute = int(bot.services.clock().timestamp() // 60) - 60
    await bot.press(user_id, cb.pack(cb.CONFIRM_FORGET, minute))
    assert "expired" in bot.api.calls_to("answerCallbackQuery")[-1].params["text"]
    assert len(items_of(bot, user_id)) == 1
