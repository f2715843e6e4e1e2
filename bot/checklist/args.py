"""Parsing what follows /checklist: a subcommand (or an alias) and its arguments.

Only ChecklistError escapes, with a message that shows the right usage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.checklist.service import MAX_ITEMS, ChecklistError

USAGE = (
    "/checklist — show your checklist\n"
    "/checklist add <text> — add an item\n"
    "/checklist done <n…> — tick items, e.g. done 1 3 or done 2-4\n"
    "/checklist undo <n…> — untick items\n"
    "/checklist remove <n> — remove an item\n"
    "/checklist clear — remove every item\n"
    "/checklist template — add the items from the guide"
)


@dataclass(frozen=True)
class Show:
    pass


@dataclass(frozen=True)
class Add:
    text: str


@dataclass(frozen=True)
class Mark:
    numbers: tuple[int, ...]
    done: bool


@dataclass(frozen=True)
class Remove:
    number: int


@dataclass(frozen=True)
class Clear:
    pass


@dataclass(frozen=True)
class Template:
    pass


@dataclass(frozen=True)
class Help:
    pass


Command = Show | Add | Mark | Remove | Clear | Template | Help

ALIASES: dict[str, str] = {
    **dict.fromkeys(["", "show", "list", "ls"], "show"),
    **dict.fromkeys(["add", "a", "+", "new"], "add"),
    **dict.fromkeys(["done", "d", "x", "check", "tick"], "done"),
    **dict.fromkeys(["undo", "u", "uncheck", "untick"], "undo"),
    **dict.fromkeys(["remove", "rm", "del", "delete", "-"], "remove"),
    **dict.fromkeys(["clear", "reset"], "clear"),
    **dict.fromkeys(["template", "starter", "guide"], "template"),
    **dict.fromkeys(["help", "?"], "help"),
}


def parse(arguments: str) -> Command:
    word, _, rest = arguments.strip().partition(" ")
    action = ALIASES.get(word.lower())
    if action is None:
        raise ChecklistError(f"I don't know “{word[:30]}”. Here's what works:\n{USAGE}")
    rest = rest.strip()
    if action == "show":
        return Show()
    if action == "add":
        return Add(rest)
    if action in ("done", "undo"):
        if not rest:
            raise ChecklistError(f"Which items? For example: /checklist {action} 2")
        return Mark(parse_numbers(rest), done=action == "done")
    if action == "remove":
        numbers = parse_numbers(rest) if rest else ()
        if len(numbers) != 1:
            raise ChecklistError("Remove one item at a time, for example: /checklist remove 3")
        return Remove(numbers[0])
    if action == "clear":
        return Clear()
    if action == "template":
        return Template()
    return Help()


def parse_numbers(text: str) -> tuple[int, ...]:
    """ "1 3", "1,3", "2-4" and "#2" all work; anything else is an error naming the token."""
    numbers: list[int] = []
    for token in re.split(r"[\s,;]+", text.strip()):
        if not token:
            continue
        match = re.fullmatch(r"#?(\d{1,4})(?:[-–](\d{1,4}))?", token)
        if not match:
            raise ChecklistError(
                f"“{token[:30]}” isn't an item number. Use the numbers from /checklist, "
                "for example: /checklist done 2"
            )
        low = int(match[1])
        high = int(match[2]) if match[2] else low
        if high < low or high - low >= MAX_ITEMS:
            raise ChecklistError(f"“{token}” isn't a range I can use, try e.g. 2-4")
        numbers.extend(range(low, high + 1))
    if not numbers:
        raise ChecklistError("Which items? For example: /checklist done 2")
    return tuple(dict.fromkeys(numbers))
