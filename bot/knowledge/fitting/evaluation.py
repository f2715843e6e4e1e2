"""Measuring retrieval on labelled questions, and fitting the decline thresholds.

A question set is JSON lines. In-domain questions carry their `section` and either the
expected `passage` id (the development set) or `facts`: keywords of which at least one
must appear in the right passage (the held-out sets, written without seeing the corpus).
Off-topic questions have `"section": null`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge.mentor import Mentor, Reason, Reply
from bot.knowledge.search.corpus import Passage
from bot.knowledge.search.retriever import Answer, DeclinePolicy, Retriever


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    section: str | None
    passage: str | None = None
    facts: tuple[str, ...] = ()
    also_sections: tuple[str, ...] = ()  # where the writers' brief drew a section border elsewhere
    style: str | None = None  # how the student writes: terse, long, indirect, …
    kind: str | None = None  # for off-topic questions: near-miss, far, …

    @property
    def on_topic(self) -> bool:
        return self.section is not None

    def is_right(self, passage: Passage) -> bool:
        if passage.section != self.section and passage.section not in self.also_sections:
            return False
        if self.passage is not None:
            return passage.id == self.passage
        text = f"{passage.title} {passage.text}".lower()
        return not self.facts or any(fact.lower() in text for fact in self.facts)


def load_questions(path: Path) -> list[LabelledQuestion]:
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            questions.append(
                LabelledQuestion(
                    question=row["question"],
                    section=row.get("section"),
                    passage=row.get("passage"),
                    facts=tuple(row.get("facts") or ()),
                    also_sections=tuple(row.get("also_sections") or ()),
                    style=row.get("style"),
                    kind=row.get("kind"),
                )
            )
    return questions


@dataclass(frozen=True)
class Report:
    in_domain: int
    off_topic: int
    hit_at_1: float  # the top passage is right (whether or not the question was declined)
    hit_at_3: float
    mrr: float  # over the top 3
    section_at_1: float
    answered_right_at_1: float  # answered, and the top passage is right
    off_topic_declined: float
    false_declines: float  # in-domain questions declined
    misses: tuple[tuple[str, str], ...] = ()  # (question, what came first) for review

    def row(self) -> dict[str, float]:
        return {
            "hit@1": self.hit_at_1,
            "hit@3": self.hit_at_3,
            "MRR": self.mrr,
            "off-topic declined": self.off_topic_declined,
            "in-domain declined": self.false_declines,
        }


def evaluate(retriever: Retriever, questions: list[LabelledQuestion]) -> Report:
    answers = retriever.answer_batch([q.question for q in questions])
    return score(questions, answers)


def score(questions: list[LabelledQuestion], answers: list[Answer]) -> Report:
    pairs = list(zip(questions, answers, strict=True))
    on_topic = [(q, a) for q, a in pairs if q.on_topic]
    off_topic = [a for q, a in pairs if not q.on_topic]
    ranks = [_rank_of_right(q, a) for q, a in on_topic]
    n = max(len(on_topic), 1)
    first_section_right = [
        bool(a.hits) and a.hits[0].passage.section == q.section for q, a in on_topic
    ]
    answered_right = [r == 1 and a.answered for r, (_, a) in zip(ranks, on_topic, strict=True)]
    misses = tuple(
        (q.question, a.hits[0].passage.id if a.hits else "-")
        for (q, a), rank in zip(on_topic, ranks, strict=True)
        if rank != 1
    )
    return Report(
        in_domain=len(on_topic),
        off_topic=len(off_topic),
        hit_at_1=sum(r == 1 for r in ranks) / n,
        hit_at_3=sum(r is not None for r in ranks) / n,
        mrr=sum(1 / r for r in ranks if r) / n,
        section_at_1=sum(first_section_right) / n,
        answered_right_at_1=sum(answered_right) / n,
        off_topic_declined=sum(not a.answered for a in off_topic) / max(len(off_topic), 1),
        false_declines=sum(not a.answered for _, a in on_topic) / n,
        misses=misses,
    )


def _rank_of_right(question: LabelledQuestion, answer: Answer) -> int | None:
    for rank, hit in enumerate(answer.hits, start=1):
        if question.is_right(hit.passage):
            return rank
    return None


def fit_policy(
    questions: list[LabelledQuestion], answers: list[Answer], score_floor: float | None = None
) -> DeclinePolicy:
    """The two thresholds that decline the most off-topic questions, falsely declining few.

    The loss weighs a declined fair question twice as heavily as an answered off-topic one,
    because a student refused a fair question loses trust fastest. Many threshold pairs
    usually share the lowest loss; the fit takes the one deepest inside that region, the
    farthest from any worse pair, because thresholds at the region's edge, fitted on a few
    hundred questions, decide new questions by a hair. `score_floor` keeps the score
    threshold above the level where a score says nothing (for MiniLM cosine, about 0.3:
    gibberish and greetings score 0.1-0.3 against anything).
    """
    on = np.array([q.on_topic for q in questions])
    if on.all() or not on.any():
        raise ValueError("fitting needs both in-domain and off-topic questions")
    tops = np.array([a.confidence for a in answers])
    margins = np.array([a.margin for a in answers])
    lowest = max(np.floor(tops.min() * 100) / 100, score_floor or -np.inf)
    scores = np.round(np.arange(lowest, max(tops.max(), lowest) + 0.005, 0.005), 3)

    finite = margins[np.isfinite(margins)]
    margin_grid = np.round(
        np.arange(np.floor(finite.min() * 100) / 100, finite.max() + 0.005, 0.005), 3
    )
    loss = np.empty((len(margin_grid), len(scores)))
    for i, min_margin in enumerate(margin_grid):
        answered = (tops[None, :] >= scores[:, None]) & (margins >= min_margin)[None, :]
        loss[i] = 2 * (~answered[:, on]).mean(axis=1) + answered[:, ~on].mean(axis=1)
    best = loss <= loss.min() + 1e-12
    # Peel the optimal region layer by layer; what survives longest is its middle.
    core = best
    while True:
        inner = core.copy()
        inner[1:, :] &= core[:-1, :]
        inner[:-1, :] &= core[1:, :]
        inner[:, 1:] &= core[:, :-1]
        inner[:, :-1] &= core[:, 1:]
        if not inner.any():
            break
        core = inner
    i, j = np.argwhere(core)[0]
    return DeclinePolicy(float(scores[j]), float(margin_grid[i]))


# ── by style and kind ────────────────────────────────────────────────────────


def score_by(
    questions: list[LabelledQuestion], answers: list[Answer], attribute: str
) -> dict[str, Report]:
    """One report per value of `style` (in-domain) or `kind` (off-topic), where files have it."""
    groups: dict[str, list[int]] = {}
    for i, question in enumerate(questions):
        value = getattr(question, attribute)
        if value:
            groups.setdefault(value, []).append(i)
    return {
        value: score([questions[i] for i in rows], [answers[i] for i in rows])
        for value, rows in sorted(groups.items())
    }


# ── follow-ups and other languages ───────────────────────────────────────────


@dataclass(frozen=True)
class LabelledDialogue:
    """Two turns; the second is judged (the first only sets the scene).

    Kinds: `more` (another passage on the first answer's topic), `ordinal` (the related
    passage `pick` of the first answer), `leaning` and `new-topic` (the labelled passage),
    and `off-topic` (a second turn the guide doesn't answer: right when declined).
    """

    first: LabelledQuestion
    second: LabelledQuestion
    kind: str
    pick: int | None = None


def load_dialogues(path: Path) -> list[LabelledDialogue]:
    dialogues = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        first, second = row["turns"]
        dialogues.append(
            LabelledDialogue(
                first=LabelledQuestion(
                    first,
                    row.get("first_section"),
                    facts=tuple(row.get("first_facts") or ()),
                    also_sections=tuple(row.get("also_first_sections") or ()),
                ),
                second=LabelledQuestion(
                    second,
                    row.get("section"),
                    facts=tuple(row.get("facts") or ()),
                    also_sections=tuple(row.get("also_sections") or ()),
                ),
                kind=row["kind"],
                pick=row.get("pick"),
            )
        )
    return dialogues


OFF_TOPIC_KIND = "off-topic"


def second_turn_is_right(dialogue: LabelledDialogue, first: Reply, second: Reply) -> bool:
    if dialogue.kind == OFF_TOPIC_KIND:
        return second.passage is None
    if second.passage is None:
        return False
    if dialogue.kind == "more":
        return (
            first.passage is not None
            and second.passage.section == first.passage.section
            and second.passage.id != first.passage.id
        )
    if dialogue.kind == "ordinal":
        offered = first.related
        if not offered or dialogue.pick is None:
            return False
        return second.passage.id == offered[min(dialogue.pick, len(offered)) - 1].id
    return dialogue.second.is_right(second.passage)


@dataclass(frozen=True)
class DialogueReport:
    dialogues: int
    first_right: float
    second_right: float  # over the follow-ups: every kind but off-topic
    by_kind: dict[str, float]
    off_topic_declined: float | None = None  # None when the file has no off-topic turns
    misses: tuple[tuple[str, str, str], ...] = ()  # (first, second, what the bot showed)


def evaluate_dialogues(mentor: Mentor, dialogues: list[LabelledDialogue]) -> DialogueReport:
    results: list[tuple[LabelledDialogue, bool, bool, Reply]] = []
    for dialogue in dialogues:
        first = mentor.reply(dialogue.first.question)
        second = mentor.reply(dialogue.second.question, first.turn())
        first_right = first.passage is not None and dialogue.first.is_right(first.passage)
        results.append(
            (dialogue, first_right, second_turn_is_right(dialogue, first, second), second)
        )
    n = max(len(results), 1)
    kinds = sorted({d.kind for d in dialogues})
    follow_ups = [r for r in results if r[0].kind != OFF_TOPIC_KIND]
    off_topic = [r for r in results if r[0].kind == OFF_TOPIC_KIND]
    return DialogueReport(
        dialogues=len(results),
        first_right=sum(r[1] for r in results) / n,
        second_right=sum(r[2] for r in follow_ups) / max(len(follow_ups), 1),
        off_topic_declined=sum(r[2] for r in off_topic) / len(off_topic) if off_topic else None,
        by_kind={
            kind: sum(r[2] for r in results if r[0].kind == kind)
            / max(sum(r[0].kind == kind for r in results), 1)
            for kind in kinds
        },
        misses=tuple(
            (
                d.first.question,
                d.second.question,
                reply.passage.id if reply.passage else f"({reply.reason})",
            )
            for d, _, right, reply in results
            if not right
        ),
    )


@dataclass(frozen=True)
class LanguageReport:
    messages: int
    detected: float  # recognised as not English
    told_or_right: float  # told the bot reads English, or answered with the right passage
    wrongly_answered: tuple[str, ...] = ()


def load_language_questions(path: Path) -> list[tuple[LabelledQuestion, str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [
        (
            LabelledQuestion(
                row["question"],
                row.get("section"),
                facts=tuple(row.get("facts") or ()),
                also_sections=tuple(row.get("also_sections") or ()),
            ),
            row["language"],
        )
        for row in rows
    ]


def evaluate_languages(
    mentor: Mentor, questions: list[tuple[LabelledQuestion, str]]
) -> LanguageReport:
    replies = [mentor.reply(q.question) for q, _ in questions]
    good = [
        reply.reason is Reason.NOT_ENGLISH
        or (reply.passage is not None and q.on_topic and q.is_right(reply.passage))
        for (q, _), reply in zip(questions, replies, strict=True)
    ]
    n = max(len(questions), 1)
    return LanguageReport(
        messages=len(questions),
        detected=sum(reply.language != "en" for reply in replies) / n,
        told_or_right=sum(good) / n,
        wrongly_answered=tuple(
            q.question for (q, _), ok in zip(questions, good, strict=True) if not ok
        ),
    )
