"""What goes into a nudge: progress, the next open items with a one-line tip each, and
which opening line it starts with (a different one every week, never the same twice in a
row for a user). The views put it into words."""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.checklist.template import TemplateItem
from bot.knowledge.search.corpus import Corpus
from bot.store.nudges import OpenItem

PAUSE_AFTER = 4  # unanswered nudges in a row
MAX_TIP = 160


class NudgeState(StrEnum):
    PROGRESS = "progress"  # open items left
    COMPLETE = "complete"  # everything ticked off
    EMPTY = "empty"  # no checklist yet


# How many opening lines there are to rotate through (the views hold their words). Which
# one a nudge uses is stored per user, so it never repeats two weeks running.
OPENING_COUNT = 5


@dataclass(frozen=True)
class NudgeItem:
    item_id: int
    text: str
    tip: str | None


@dataclass(frozen=True)
class Nudge:
    user_id: int
    chat_id: int
    state: NudgeState
    template: int
    done: int
    total: int
    items: tuple[NudgeItem, ...]
    pausing: bool  # the last one before nudges pause for want of replies


def choose_template(last: int | None, seed: str) -> int:
    """A stable pick for (user, week) that is never the one used last time."""
    choices = [i for i in range(OPENING_COUNT) if i != last]
    return choices[zlib.crc32(seed.encode()) % len(choices)]


def tips_by_passage(corpus: Corpus, template: Sequence[TemplateItem]) -> dict[str, str]:
    """A one-line tip per passage: the template's own where it has one, else the passage's
    first sentence."""
    tips = {p.id: first_sentence(p.text) for p in corpus.passages}
    tips.update({t.passage_id: t.tip for t in template if t.passage_id and t.tip})
    return tips


def first_sentence(text: str) -> str:
    flat = re.sub(r"\s+", " ", text.replace("\n- ", " ")).strip()
    sentence = re.split(r"(?<=[.!?])\s", flat, maxsplit=1)[0]
    return sentence if len(sentence) <= MAX_TIP else sentence[: MAX_TIP - 1].rstrip() + "…"


def compose(
    user_id: int,
    chat_id: int,
    done: int,
    total: int,
    open_items: Sequence[OpenItem],
    tips: Mapping[str, str],
    last_template: int | None,
    seed: str,
    unanswered: int,
) -> Nudge:
    if total == 0:
        state = NudgeState.EMPTY
    elif done >= total:
        state = NudgeState.COMPLETE
    else:
        state = NudgeState.PROGRESS
    items = tuple(
        NudgeItem(i.item_id, i.text, tips.get(i.passage_id) if i.passage_id else None)
        for i in open_items[:3]
    )
    return Nudge(
        user_id=user_id,
        chat_id=chat_id,
        state=state,
        template=choose_template(last_template, seed),
        done=done,
        total=total,
        items=items if state is NudgeState.PROGRESS else (),
        pausing=unanswered + 1 >= PAUSE_AFTER,
    )
