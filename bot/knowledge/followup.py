"""Follow-ups: "tell me more", "the second one", "and for undergrads?".

A student reads an answer and replies to it. What the last answer was (the question, the
passage shown, the related passages offered) is kept per conversation for a while, and a
message that leans on it is read with it:

- "more", "go on", "an example?" → the next passage on the same topic, not yet shown;
- "the second one", "the other one" → the related passage it points at;
- a short message that leans on the previous one ("what about startups?") → asked both on
  its own and together with the previous question; whichever the guide answers better wins.

A self-contained question is asked on its own, so no context leaks into it.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

MEMORY_TTL = timedelta(minutes=15)
MEMORY_SIZE = 10_000  # conversations remembered at once; the oldest is forgotten first


@dataclass(frozen=True)
class Turn:
    """The bot's last answer in a conversation."""

    question: str
    passage_id: str
    section: str
    related_ids: tuple[str, ...] = ()
    shown_ids: tuple[str, ...] = ()  # every passage shown in this thread, so "more" moves on
    at: datetime | None = None


class FollowUp(StrEnum):
    MORE = "more"  # the next passage on the same topic
    PICK = "pick"  # one of the related passages offered
    CONTEXT = "context"  # asked together with the previous question


@dataclass(frozen=True)
class Intent:
    kind: FollowUp
    pick: int = 0  # for PICK: 0-based index into Turn.related_ids


_MORE = re.compile(
    r"^(?:and|ok(?:ay)?|so|yes|yeah|cool|nice|great|thanks|pls|please)?\s*"
    r"(?:(?:can|could|would) (?:you|u)\s+)?"
    r"(?:(?:tell|show|give|say|explain|teach)\s+(?:me\s+|us\s+)?)?"
    r"(?:(?:some|a\s+bit|a\s+little)\s+)?"
    r"(?:more|more\s+(?:info|information|details?|on\s+(?:that|this|it))|go\s+on|continue|"
    r"keep\s+going|elaborate|expand|details?|what\s+else|anything\s+else|next|and\s+then|"
    r"(?:an?\s+|for\s+|some\s+)?examples?|e\.?g\.?|like\s+what|such\s+as|and|then|"
    r"how\s+so|why|in\s+more\s+detail|more\s+about\s+(?:that|this|it)|"
    r"(?:any|what|which)\s+other\s+(?:\w+\s*){1,4}|what\s+else\s+(?:\w+\s*){1,4})"
    r"(?:\s+(?:a\s+bit|a\s+little|pls|please|plz|on\s+that|about\s+that|about\s+it))?$"
)
_ORDINALS = {
    "first": 0, "1st": 0, "one": 0, "1": 0, "other": 0, "another": 0,
    "second": 1, "2nd": 1, "two": 1, "2": 1, "last": 1,
}  # fmt: skip
_PICK = re.compile(
    r"^(?:(?:show|open|give|tell)\s+(?:me\s+)?(?:about\s+)?)?(?:the\s+)?"
    r"(?:number\s+|no\.?\s*|#)?(?P<which>first|1st|second|2nd|other|another|last|1|2)"
    r"(?:\s+(?:one|link|option|related(?:\s+one)?|passage|button|topic|please|pls))*$"
)
# Words that open a message leaning on the previous one: "and for undergrads?"
_LEANING_START = re.compile(
    r"^(?:and|but|or|also|so|then|what\s+about|how\s+about|what\s+if|same\s+for|even|"
    r"does\s+(?:that|this|it)|is\s+(?:that|this|it)|do\s+(?:they|those|these)|are\s+(?:they|"
    r"those|these)|would\s+(?:that|this|it)|can\s+(?:that|this|it)|in\s+that\s+case|"
    r"if\s+so|if\s+not|why\s+(?:is\s+)?(?:that|this|so)|for|in|with|without|at|only)\b"
)
_ANAPHORA = re.compile(r"\b(?:that|this|it|those|these|them|there|such|so)\b")
MAX_LEANING_WORDS = 9


def _normal(text: str) -> str:
    text = re.sub(r"[^\w\s.#+']", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip(" .")


def follow_up_intent(text: str) -> Intent | None:
    """MORE or PICK when the whole message asks for one; None otherwise."""
    words = _normal(text)
    if not words:
        return None
    if _MORE.match(words):
        return Intent(FollowUp.MORE)
    if match := _PICK.match(words):
        return Intent(FollowUp.PICK, _ORDINALS[match["which"]])
    return None


def leans_on_previous(text: str) -> bool:
    """A short message that reads as the second half of a conversation."""
    words = _normal(text)
    if not words or len(words.split()) > MAX_LEANING_WORDS:
        return False
    return bool(_LEANING_START.match(words) or _ANAPHORA.search(words))


def with_context(previous: Turn, text: str) -> str:
    """The text to search for a leaning message: the previous question, then this one."""
    return f"{previous.question} {text}"


class DialogueMemory:
    """The last turn per conversation, forgotten after MEMORY_TTL.

    In memory on purpose: a follow-up is worth something for minutes, and a restart that
    forgets it costs a student one rephrased question. The key is the chat in private and
    (chat, user) in groups, so two students in one group don't answer each other's context.
    """

    def __init__(self, clock: Callable[[], datetime], ttl: timedelta = MEMORY_TTL) -> None:
        self._clock = clock
        self._ttl = ttl
        self._turns: OrderedDict[Hashable, Turn] = OrderedDict()

    def recall(self, key: Hashable) -> Turn | None:
        turn = self._turns.get(key)
        if turn is None:
            return None
        if turn.at is not None and self._clock() - turn.at > self._ttl:
            del self._turns[key]
            return None
        return turn

    def remember(self, key: Hashable, turn: Turn) -> None:
        self._turns[key] = replace(turn, at=self._clock())
        self._turns.move_to_end(key)
        while len(self._turns) > MEMORY_SIZE:
            self._turns.popitem(last=False)

    def forget(self, key: Hashable) -> None:
        self._turns.pop(key, None)

    def forget_user(self, user_id: int) -> None:
        """/forget: every conversation of this user, private and in groups."""
        for key in [k for k in self._turns if _belongs_to(k, user_id)]:
            del self._turns[key]


def _belongs_to(key: Hashable, user_id: int) -> bool:
    return key == user_id or (isinstance(key, tuple) and user_id in key[1:])
