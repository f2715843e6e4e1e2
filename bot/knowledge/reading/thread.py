"""The thread of a conversation: what the bot last answered, so the next message can lean
on it; kept per conversation for a while."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

MEMORY_TTL = timedelta(minutes=15)
MEMORY_SIZE = 10_000  # conversations remembered at once; the oldest is forgotten first
MAX_QUERY_WORDS = 40  # what a follow-up is read with: the thread's last question(s)
MAX_SHOWN = 12  # passages remembered as shown, of the corpus's few dozen


@dataclass(frozen=True)
class Turn:
    """The bot's last answer in a conversation."""

    question: str  # the question the thread is about, as the student asked it
    passage_id: str  # the passage shown last
    section: str
    related_ids: tuple[str, ...] = ()  # the passages offered as buttons under it
    # Every passage shown in the conversation (up to MAX_SHOWN, oldest first), the last one
    # too: a new question starts a new thread, but "more" never repeats what the student saw.
    shown_ids: tuple[str, ...] = ()
    query: str = ""  # what a message leaning on this turn is read with
    at: datetime | None = None

    @property
    def context(self) -> str:
        """The text a leaning message is searched together with."""
        return self.query or self.question


def shown_after(shown: tuple[str, ...], now: Iterable[str]) -> tuple[str, ...]:
    """The passages shown in a conversation once `now` is shown too: the newest last, each
    once, the oldest forgotten past MAX_SHOWN."""
    now = list(now)
    kept = [p for p in shown if p not in now]
    return tuple(dict.fromkeys([*kept, *now]))[-MAX_SHOWN:]


def with_context(context: str, text: str) -> str:
    """A message read with the thread: the thread's question(s), then the message, cut to
    the last MAX_QUERY_WORDS words so a long thread doesn't drown the message."""
    joined = f"{context} {text}".split()
    return " ".join(joined[-MAX_QUERY_WORDS:])


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
