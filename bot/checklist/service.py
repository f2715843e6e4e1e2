"""Checklist rules: what may be added, how numbers map to items, and progress.

Every function takes the user's id and only ever reads or changes that user's items.
Errors are ChecklistError with a message fit to show the user as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.checklist.template import TemplateItem
from bot.knowledge.corpus import Passage
from bot.store.checklist import Item, delete_items, get_item, insert_items, list_items, set_done

MAX_ITEMS = 50
MAX_TEXT = 200


class ChecklistError(ValueError):
    """A request the checklist refuses; the message says why, for the user."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    def bar(self, width: int = 10) -> str:
        filled = round(width * self.done / self.total) if self.total else 0
        return f"{'▓' * filled}{'░' * (width - filled)} {self.done}/{self.total}"


def progress(items: Sequence[Item]) -> Progress:
    return Progress(sum(item.done for item in items), len(items))


def clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def add(
    db: sqlite_utils.Database, user_id: int, text: str, now: datetime, passage_id: str | None = None
) -> Item:
    text = clean_text(text)
    if not text:
        raise ChecklistError(
            "What should I add? For example: /checklist add Finish the fast.ai course"
        )
    if len(text) > MAX_TEXT:
        raise ChecklistError(
            f"That's {len(text)} characters; an item can have at most {MAX_TEXT}. "
            "Try a shorter version."
        )
    items = list_items(db, user_id)
    if len(items) >= MAX_ITEMS:
        raise ChecklistError(
            f"Your checklist is full ({MAX_ITEMS} items). Remove or clear some items first."
        )
    for number, item in enumerate(items, start=1):
        if item.text.casefold() == text.casefold():
            raise ChecklistError(f"That's already item {number} on your checklist.")
    (item_id,) = insert_items(db, user_id, [(text, passage_id)], now)
    item = get_item(db, user_id, item_id)
    assert item is not None
    return item


def add_template(
    db: sqlite_utils.Database, user_id: int, template: Sequence[TemplateItem], now: datetime
) -> int:
    """Add the template items the user doesn't have yet; returns how many were added."""
    items = list_items(db, user_id)
    have_passages = {item.passage_id for item in items if item.passage_id}
    have_texts = {item.text.casefold() for item in items}
    new = [
        (t.text, t.passage_id)
        for t in template
        if t.text.casefold() not in have_texts and (t.passage_id or "") not in have_passages
    ]
    new = new[: max(0, MAX_ITEMS - len(items))]
    insert_items(db, user_id, new, now)
    return len(new)


def add_for_passage(
    db: sqlite_utils.Database,
    user_id: int,
    passage: Passage,
    template: Sequence[TemplateItem],
    now: datetime,
) -> tuple[Item, bool]:
    """The template item linked to this passage, else "Read: <title>". (item, newly added)."""
    for item in list_items(db, user_id):
        if item.passage_id == passage.id:
            return item, False
    linked = next((t for t in template if t.passage_id == passage.id), None)
    text = linked.text if linked else f"Read: {passage.title}"
    return add(db, user_id, text, now, passage.id), True


def items_by_number(items: Sequence[Item], numbers: Sequence[int]) -> list[Item]:
    """Items for the numbers shown in /checklist (1-based), or ChecklistError naming bad ones."""
    if not items:
        raise ChecklistError("Your checklist is empty. Add an item with /checklist add <text>.")
    bad = [n for n in numbers if not 1 <= n <= len(items)]
    if bad:
        listed = ", ".join(str(n) for n in bad)
        have = "only item 1" if len(items) == 1 else f"items 1 to {len(items)}"
        raise ChecklistError(f"There's no item {listed}: your checklist has {have}.")

    return [items[n - 1] for n in dict.fromkeys(numbers)]


def mark(
    db: sqlite_utils.Database, user_id: int, numbers: Sequence[int], done: bool, now: datetime
) -> list[Item]:
    chosen = items_by_number(list_items(db, user_id), numbers)
    set_done(db, user_id, [item.id for item in chosen], done, now)
    return chosen


def set_item_done(
    db: sqlite_utils.Database, user_id: int, item_id: int, done: bool, now: datetime
) -> Item | None:
    """For buttons: idempotent, since a button says which state it wants, not "toggle"."""
    if get_item(db, user_id, item_id) is None:
        return None
    set_done(db, user_id, [item_id], done, now)
    return get_item(db, user_id, item_id)


def remove(db: sqlite_utils.Database, user_id: int, item_id: int) -> bool:
    return delete_items(db, user_id, [item_id]) > 0


def clear(db: sqlite_utils.Database, user_id: int, up_to_id: int) -> int:
    """Delete the items that existed when the user asked (ids up to `up_to_id`)."""
    return delete_items(db, user_id, up_to_id=up_to_id)
