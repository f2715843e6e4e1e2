"""Checklist rules: what may be added, how numbers map to items, and progress.

Every method takes the user's id and only ever reads or changes that user's items. A
refusal is a ChecklistError carrying a Problem code; the views word it for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlite_utils

from bot.checklist.template import TemplateItem
from bot.knowledge.search.corpus import Corpus, Passage
from bot.store.checklist import Item, delete_items, get_item, insert_items, list_items, set_done

__all__ = ["MAX_ITEMS", "MAX_TEXT", "Checklist", "ChecklistError", "Item", "Listing", "Problem"]

MAX_ITEMS = 50
MAX_TEXT = 200


class Problem(StrEnum):
    """Why the checklist refused; ChecklistError's fields say which details go with it."""

    UNKNOWN_ACTION = "unknown action"  # token: the word that isn't a subcommand
    NO_NUMBERS = "no numbers"  # token: the subcommand that needs them
    NOT_A_NUMBER = "not a number"  # token
    BAD_RANGE = "bad range"  # token
    REMOVE_ONE = "remove one"
    EMPTY_TEXT = "empty text"
    TOO_LONG = "too long"  # count: the text's length
    FULL = "full"
    DUPLICATE = "duplicate"  # numbers: the number of the item it duplicates
    EMPTY_LIST = "empty list"
    NO_SUCH_ITEM = "no such item"  # numbers: those that don't exist; count: how many there are


@dataclass(eq=False)
class ChecklistError(ValueError):
    """A request the checklist refuses, and why (see Problem)."""

    problem: Problem
    token: str = ""  # what the user wrote, as they wrote it
    numbers: tuple[int, ...] = ()
    count: int = 0


@dataclass(frozen=True)
class Progress:
    done: int
    total: int


@dataclass(frozen=True)
class Listing:
    """A user's checklist, in order, and how far along it they are."""

    items: tuple[Item, ...]

    @property
    def progress(self) -> Progress:
        return Progress(sum(item.done for item in self.items), len(self.items))

    @property
    def newest_id(self) -> int:
        return max((item.id for item in self.items), default=0)


def clean_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def items_by_number(items: Sequence[Item], numbers: Sequence[int]) -> list[Item]:
    """Items for the numbers shown in /checklist (1-based), or a ChecklistError naming bad ones."""
    if not items:
        raise ChecklistError(Problem.EMPTY_LIST)
    bad = tuple(n for n in numbers if not 1 <= n <= len(items))
    if bad:
        raise ChecklistError(Problem.NO_SUCH_ITEM, numbers=bad, count=len(items))
    return [items[n - 1] for n in dict.fromkeys(numbers)]


@dataclass
class Checklist:
    """Each user's study checklist, on the bot's database and clock."""

    db: sqlite_utils.Database
    clock: Callable[[], datetime]
    corpus: Corpus
    template: Sequence[TemplateItem] = ()

    def listing(self, user_id: int) -> Listing:
        return Listing(tuple(list_items(self.db, user_id)))

    def has_items(self, user_id: int) -> bool:
        return bool(list_items(self.db, user_id))

    def add(self, user_id: int, text: str, passage_id: str | None = None) -> Item:
        text = clean_text(text)
        if not text:
            raise ChecklistError(Problem.EMPTY_TEXT)
        if len(text) > MAX_TEXT:
            raise ChecklistError(Problem.TOO_LONG, count=len(text))
        items = list_items(self.db, user_id)
        if len(items) >= MAX_ITEMS:
            raise ChecklistError(Problem.FULL)
        for number, item in enumerate(items, start=1):
            if item.text.casefold() == text.casefold():
                raise ChecklistError(Problem.DUPLICATE, numbers=(number,))
        (item_id,) = insert_items(self.db, user_id, [(text, passage_id)], self.clock())
        added = get_item(self.db, user_id, item_id)
        assert added is not None
        return added

    def add_template(self, user_id: int) -> int:
        """Add the template items the user doesn't have yet; returns how many were added."""
        items = list_items(self.db, user_id)
        have_passages = {item.passage_id for item in items if item.passage_id}
        have_texts = {item.text.casefold() for item in items}
        new = [
            (t.text, t.passage_id)
            for t in self.template
            if t.text.casefold() not in have_texts and (t.passage_id or "") not in have_passages
        ]
        new = new[: max(0, MAX_ITEMS - len(items))]
        insert_items(self.db, user_id, new, self.clock())
        return len(new)

    def add_for_passage(self, user_id: int, passage_id: str) -> tuple[Item, bool] | None:
        """The template item linked to this passage, else "Read: <title>": (item, newly
        added). None when there is no such passage (a stale or forged button)."""
        passage = self.corpus.passage(passage_id)
        if passage is None:
            return None
        for item in list_items(self.db, user_id):
            if item.passage_id == passage.id:
                return item, False
        linked = next((t for t in self.template if t.passage_id == passage.id), None)
        text = linked.text if linked else f"Read: {passage.title}"
        return self.add(user_id, text, passage.id), True

    def numbered(self, user_id: int, numbers: Sequence[int]) -> list[Item]:
        """The items behind the numbers /checklist shows; ChecklistError for bad numbers."""
        return items_by_number(list_items(self.db, user_id), numbers)

    def mark(self, user_id: int, numbers: Sequence[int], done: bool) -> list[Item]:
        chosen = self.numbered(user_id, numbers)
        set_done(self.db, user_id, [item.id for item in chosen], done, self.clock())
        return chosen

    def set_done(self, user_id: int, item_id: int, done: bool) -> Item | None:
        """For buttons: idempotent, since a button says which state it wants, not "toggle"."""
        if get_item(self.db, user_id, item_id) is None:
            return None
        set_done(self.db, user_id, [item_id], done, self.clock())
        return get_item(self.db, user_id, item_id)

    def passage_for(self, user_id: int, item_id: int) -> Passage | None:
        """The passage explaining why this item of the user's matters, if it links one."""
        item = get_item(self.db, user_id, item_id)
        return self.corpus.passage(item.passage_id) if item and item.passage_id else None

    def remove(self, user_id: int, item_id: int) -> bool:
        return delete_items(self.db, user_id, [item_id]) > 0

    def clear(self, user_id: int, up_to_id: int) -> int:
        """Delete the items that existed when the user asked (ids up to `up_to_id`)."""
        return delete_items(self.db, user_id, up_to_id=up_to_id)
