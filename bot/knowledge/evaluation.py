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

from bot.knowledge.corpus import Passage
from bot.knowledge.retriever import Answer, DeclinePolicy, Retriever


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    section: str | None
    passage: str | None = None
    facts: tuple[str, ...] = ()

    @property
    def on_topic(self) -> bool:
        return self.section is not None

    def is_right(self, passage: Passage) -> bool:
        if passage.section != self.section:
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
