"""Parsing what follows /checklist: a subcommand (or an alias) and its arguments.

Only ChecklistError escapes; the views word it, with the right usage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.checklist.service import MAX_ITEMS, ChecklistError, Problem


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
        raise ChecklistError(Problem.UNKNOWN_ACTION, token=word)
    rest = rest.strip()
    if action == "show":
        return Show()
    if action == "add":
        return Add(rest)
    if action in ("done", "undo"):
        if not rest:
            raise ChecklistError(Problem.NO_NUMBERS, token=action)
        return Mark(parse_numbers(rest), done=action == "done")
    if action == "remove":
        numbers = parse_numbers(rest) if rest else ()
        if len(numbers) != 1:
            raise ChecklistError(Problem.REMOVE_ONE)
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
            raise ChecklistError(Problem.NOT_A_NUMBER, token=token)
        low = int(match[1])
        high = int(match[2]) if match[2] else low
        if high < low or high - low >= MAX_ITEMS:
            raise ChecklistError(Problem.BAD_RANGE, token=token)
        numbers.extend(range(low, high + 1))
    if not numbers:
        raise ChecklistError(Problem.NO_NUMBERS, token="done")
    return tuple(dict.fromkeys(numbers))
