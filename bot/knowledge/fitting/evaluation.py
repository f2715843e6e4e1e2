"""Measuring the bot on labelled files, through the same Mentor the bot runs.

- Question files: retrieval (hit@1, hit@3, MRR of the top three, by ranking mode) and the
  decisions (answered with the right passage, off-topic declined, in-domain declined).
- Chats: every turn played in order, one chat per thread, each later turn judged by kind
  (judging.py); several-question messages part by part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

import numpy as np

from bot.knowledge.fitting.judging import Before, is_right, parts_right, question_right
from bot.knowledge.fitting.labelled import Conversation, LabelledQuestion, LabelledTurn
from bot.knowledge.mentor import Mentor, Reply
from bot.knowledge.reading.reader import Reading, read
from bot.knowledge.reading.thread import Turn
from bot.knowledge.search.corpus import Passage
from bot.knowledge.search.retriever import Retriever, Search

# ── questions ────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Report:
    in_domain: int
    off_topic: int
    hit_at_1: float  # the top passage is right (whether or not the question was declined)
    hit_at_3: float
    mrr: float  # over the top 3
    answered_right: float  # answered, and the top passage is right
    off_topic_declined: float
    in_domain_declined: float
    misses: tuple[tuple[str, str], ...] = ()  # (question, what came first) for review


def rank_report(
    questions: list[LabelledQuestion], searches: list[Search], answered: list[bool]
) -> Report:
    pairs = list(zip(questions, searches, answered, strict=True))
    on = [(q, s, a) for q, s, a in pairs if q.on_topic]
    off = [a for q, _, a in pairs if not q.on_topic]
    ranks = [_rank_of_right(q, s) for q, s, _ in on]
    n = max(len(on), 1)
    return Report(
        in_domain=len(on),
        off_topic=len(off),
        hit_at_1=sum(r == 1 for r in ranks) / n,
        hit_at_3=sum(r is not None for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        answered_right=sum(r == 1 and a for r, (_, _, a) in zip(ranks, on, strict=True)) / n,
        off_topic_declined=sum(not a for a in off) / max(len(off), 1),
        in_domain_declined=sum(not a for _, _, a in on) / n,
        misses=tuple(
            (q.question, s.hits[0].passage.id if s.hits else "-")
            for (q, s, _), rank in zip(on, ranks, strict=True)
            if rank != 1
        ),
    )


def _rank_of_right(question: LabelledQuestion, search: Search) -> int | None:
    for rank, hit in enumerate(search.hits, start=1):
        if question.is_right(hit.passage):
            return rank
    return None


def evaluate_questions(mentor: Mentor, questions: list[LabelledQuestion]) -> Report:
    """Each question asked alone, as a first message, through the whole pipeline."""
    replies = [mentor.reply(q.question) for q in questions]
    searches = [_ranking_search(mentor, r) for r in replies]
    report = rank_report(questions, searches, [r.passage is not None for r in replies])
    right = [question_right(q, r) for q, r in zip(questions, replies, strict=True)]
    on = [ok for q, ok in zip(questions, right, strict=True) if q.on_topic]
    return _with_answered(report, sum(on) / max(len(on), 1))


def _ranking_search(mentor: Mentor, reply: Reply) -> Search:
    """The search whose ranking the reply used (several questions: the first part's)."""
    for answer in reply.answers:
        if answer.search is not None:
            return answer.search
    return mentor.retriever.search(reply.text)


def _with_answered(report: Report, answered_right: float) -> Report:
    return Report(
        report.in_domain,
        report.off_topic,
        report.hit_at_1,
        report.hit_at_3,
        report.mrr,
        answered_right,
        report.off_topic_declined,
        report.in_domain_declined,
        report.misses,
    )


def evaluate_ranking(retriever: Retriever, questions: list[LabelledQuestion]) -> Report:
    """Ranking only (for comparing modes): hit@k and MRR; decisions not counted."""
    searches = retriever.search_batch([q.question for q in questions])
    return rank_report(questions, searches, [True] * len(questions))


def by_attribute(
    questions: list[LabelledQuestion], mentor: Mentor, attribute: str
) -> dict[str, Report]:
    """One report per value of `style` (in-domain) or `kind` (off-topic), where files have it."""
    groups: dict[str, list[LabelledQuestion]] = defaultdict(list)
    for question in questions:
        if value := getattr(question, attribute):
            groups[value].append(question)
    return {value: evaluate_questions(mentor, qs) for value, qs in sorted(groups.items())}


# ── chats ────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Played:
    """One turn of a chat, as the bot answered it."""

    conversation: int
    position: int  # 0 for the first turn
    turns: int  # how many turns the chat has
    turn: LabelledTurn
    reply: Reply
    right: bool
    parts: tuple[bool, ...] = ()  # for several questions: per labelled part


@dataclass
class Chat:
    """A chat being played: where it stands."""

    number: int
    conversation: Conversation
    thread: Turn | None = None
    shown: set[str] = field(default_factory=set)
    offered: tuple[Passage, ...] = ()


OnTurn = Callable[[Chat, int, Reading, dict[str, Search], Reply], None]


def play_turns(mentor: Mentor, conversations: Iterable[Conversation], on_turn: OnTurn) -> None:
    """Every chat played turn by turn, each in its own thread, exactly as the bot would;
    the searches of every chat's next turn go to the model in one batch (fitting plays
    thousands of turns), which changes no reply."""
    chats = [Chat(number, c) for number, c in enumerate(conversations)]
    longest = max((len(c.conversation.turns) for c in chats), default=0)
    for position in range(longest):
        playing = [c for c in chats if position < len(c.conversation.turns)]
        readings = [read(c.conversation.turns[position].text, c.thread) for c in playing]
        queries = list(dict.fromkeys(q for r in readings for q in r.queries))
        found = dict(zip(queries, mentor.retriever.search_batch(queries), strict=True))
        for chat, reading in zip(playing, readings, strict=True):
            searches = {q: found[q] for q in reading.queries}
            reply = mentor.decide(reading, searches)
            on_turn(chat, position, reading, searches, reply)
            chat.thread = reply.thread or chat.thread
            if reply.answered:
                chat.shown.update(a.passage.id for a in reply.answered if a.passage)
                chat.offered = reply.related


def play(mentor: Mentor, conversations: Iterable[Conversation]) -> list[Played]:
    """Every chat played through the bot, each turn judged against what came before it."""
    played: list[Played] = []

    def judge(chat: Chat, position: int, _: Reading, __: dict[str, Search], reply: Reply) -> None:
        turn = chat.conversation.turns[position]
        before = Before(frozenset(chat.shown), chat.offered)
        parts = tuple(parts_right(turn, reply)) if turn.kind == "multi" else ()
        played.append(
            Played(chat.number, position, len(chat.conversation.turns), turn, reply,
                   is_right(turn, reply, before), parts)
        )  # fmt: skip

    play_turns(mentor, conversations, judge)
    return sorted(played, key=lambda p: (p.conversation, p.position))


@dataclass(frozen=True)
class ChatReport:
    chats: int
    first_right: float  # first turns (asked with nothing before)
    later_right: float  # every later turn
    longer_chats_later_right: float  # later turns of chats of 3 turns or more
    two_turn_chats_right: float  # the second turn of two-turn chats
    by_kind: dict[str, tuple[float, int]]  # later turns: rate, count
    multi_messages: int = 0  # messages with several questions (any turn)
    multi_all_parts: float = float("nan")  # ...with every part right
    multi_parts: float = float("nan")  # parts right
    misses: tuple[Played, ...] = field(default=(), repr=False)


def chat_report(played: list[Played]) -> ChatReport:
    later = [p for p in played if p.position > 0]
    multi = [p for p in played if p.turn.kind == "multi"]
    kinds: dict[str, list[bool]] = defaultdict(list)
    for p in later:
        kinds[p.turn.kind].append(p.right)
    return ChatReport(
        chats=len({p.conversation for p in played}),
        first_right=_rate(p.right for p in played if p.position == 0),
        later_right=_rate(p.right for p in later),
        longer_chats_later_right=_rate(p.right for p in later if p.turns >= 3),
        two_turn_chats_right=_rate(p.right for p in later if p.turns == 2),
        by_kind={k: (float(np.mean(v)), len(v)) for k, v in sorted(kinds.items())},
        multi_messages=len(multi),
        multi_all_parts=_rate(all(p.parts) for p in multi),
        multi_parts=_rate(part for p in multi for part in p.parts),
        misses=tuple(p for p in played if not p.right),
    )


def pooled_report(files: list[list[Played]]) -> ChatReport:
    """Several files' chats as one report."""
    report = chat_report([p for played in files for p in played])
    return replace(report, chats=sum(len({p.conversation for p in played}) for played in files))


def _rate(values: Iterable[bool]) -> float:
    found = list(values)
    return float(np.mean(found)) if found else float("nan")


# ── reports as text ──────────────────────────────────────────────────────────


def render_questions(name: str, report: Report, modes: dict[str, Report] | None = None) -> str:
    lines = [f"\n{name}: {report.in_domain} in-domain, {report.off_topic} off-topic questions"]
    if modes:
        lines.append(f"{'':22}" + "".join(f"{mode:>10}" for mode in modes))
        for metric in ("hit_at_1", "hit_at_3", "mrr"):
            lines.append(
                f"{metric:22}" + "".join(f"{getattr(r, metric):>10.3f}" for r in modes.values())
            )
    lines.append(
        f"answered with the right passage {report.answered_right:.3f}; hit@1 {report.hit_at_1:.3f}"
        f"; hit@3 {report.hit_at_3:.3f}; off-topic declined {report.off_topic_declined:.3f}; "
        f"in-domain declined {report.in_domain_declined:.3f}"
    )
    return "\n".join(lines)


def render_chats(name: str, report: ChatReport, misses: bool = False) -> str:
    lines = [
        f"\n{name}: {report.chats} chats; first turns right {report.first_right:.3f}; "
        f"later turns right {report.later_right:.3f} (in chats of 3+ turns "
        f"{report.longer_chats_later_right:.3f}; two-turn chats {report.two_turn_chats_right:.3f})"
    ]
    for kind, (rate, count) in report.by_kind.items():
        lines.append(f"  {kind:13} {rate:.3f}  n={count}")
    if report.multi_messages:
        lines.append(
            f"  several questions: {report.multi_messages} messages, every part right "
            f"{report.multi_all_parts:.3f}, parts right {report.multi_parts:.3f}"
        )
    if misses:
        for p in report.misses:
            lines.append(f"  miss [{p.turn.kind}] {p.turn.text!r} → {_shown(p.reply)}")
    return "\n".join(lines)


def _shown(reply: Reply) -> str:
    if reply.only_small_talk:
        return f"(small talk: {reply.small_talk})"
    if reply.passage is None:
        return f"({reply.reason})"
    shown = " + ".join(a.passage.id for a in reply.answered if a.passage)
    named = f" (not covered: {len(reply.declined)})" if reply.declined else ""
    return shown + named
