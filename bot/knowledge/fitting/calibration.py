"""Fitting the decisions on labelled files: `mentorbot eval --fit FILES [--dialogues …]`.

On question files: the two thresholds of every retrieval mode and the hybrid decline
model. The model is compared with the thresholds by cross-validation (one file held out at
a time) and kept only when it declines better.

On dialogue files: the follow-up reading (context.py), compared the same way with the word
rules, and kept only when it reads follow-ups better. Everything is saved in
index/calibration.json.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from bot.knowledge.deciding.context import (
    MADE_UP_WEIGHT,
    MAX_CONTEXT_WORDS,
    READINGS,
    ContextModel,
    fit_context_model,
    save_context_model,
)
from bot.knowledge.deciding.decline import (
    FALSE_DECLINE_COST,
    DeclineModel,
    TrainingSet,
    cross_validated_answers,
    fit_decline_model,
)
from bot.knowledge.fitting.evaluation import (
    OFF_TOPIC_KIND,
    LabelledQuestion,
    fit_policy,
    load_dialogues,
    load_questions,
    second_turn_is_right,
)
from bot.knowledge.mentor import (
    Mentor,
    Plan,
    Reply,
    read_as,
    read_message,
    reading_features,
    settle,
)
from bot.knowledge.reading.followup import Turn
from bot.knowledge.search.retriever import SIMILARITY_FLOOR, Answer, Mode, Retriever, save_policies


@dataclass(frozen=True)
class CrossValidated:
    """Declines measured on each file by a decision fitted on the other files."""

    off_topic_declined: float
    in_domain_declined: float

    @property
    def loss(self) -> float:
        return FALSE_DECLINE_COST * self.in_domain_declined + (1 - self.off_topic_declined)


@dataclass(frozen=True)
class Calibration:
    model: DeclineModel | None  # None: the thresholds decline better, or can't be compared
    thresholds: CrossValidated | None  # None with a single file: nothing to hold out
    decline_model: CrossValidated | None
    saved_to: Path


def calibrate(retrievers: dict[Mode, Retriever], files: list[Path], index_dir: Path) -> Calibration:
    """Fit, compare, keep the better decision in every retriever, and save it."""
    per_file = [load_questions(path) for path in files]
    questions = [q for qs in per_file for q in qs]
    texts = [q.question for q in questions]
    for mode, retriever in retrievers.items():
        floor = None if mode is Mode.BM25 else SIMILARITY_FLOOR
        retriever.policy = fit_policy(questions, retriever.answer_batch(texts), score_floor=floor)
    hybrid = retrievers[Mode.HYBRID]
    answers = hybrid.answer_batch(texts)
    data = TrainingSet(
        examples=np.vstack(
            [all_vectors(hybrid.index.dense), all_vectors(hybrid.index.out_of_scope)]
        ),
        in_scope=np.concatenate(
            [np.ones(hybrid.index.dense.ntotal), np.zeros(hybrid.index.out_of_scope.ntotal)]
        ),
        evidence=np.array([a.evidence for a in answers]),
        vectors=hybrid.embedder.encode(texts),
        on_topic=np.array([q.on_topic for q in questions]),
        folds=np.concatenate([np.full(len(qs), i) for i, qs in enumerate(per_file)]),
    )
    model: DeclineModel | None = fit_decline_model(data)
    by_thresholds = by_model = None
    if len(files) > 1:
        by_thresholds = _rates(_thresholds_held_out(questions, answers, data.folds), data)
        by_model = _rates(cross_validated_answers(data), data)
        if by_model.loss >= by_thresholds.loss:
            model = None
    for retriever in retrievers.values():
        retriever.decline_model = model
    saved = save_policies(
        index_dir,
        {mode: r.policy for mode, r in retrievers.items()},
        model,
        fitted_on=[str(path) for path in files],
    )
    return Calibration(model, by_thresholds, by_model, saved)


def _thresholds_held_out(questions: list[LabelledQuestion], answers: list, folds: np.ndarray):
    answered = np.empty(len(questions), dtype=bool)
    for fold in np.unique(folds):
        held = folds == fold
        policy = fit_policy(
            [q for q, h in zip(questions, held, strict=True) if not h],
            [a for a, h in zip(answers, held, strict=True) if not h],
            score_floor=SIMILARITY_FLOOR,
        )
        answered[held] = [
            policy.answers(a.confidence, a.margin) for a, h in zip(answers, held, strict=True) if h
        ]
    return answered


def _rates(answered: np.ndarray, data: TrainingSet) -> CrossValidated:
    return CrossValidated(
        off_topic_declined=float(np.mean(~answered[~data.on_topic])),
        in_domain_declined=float(np.mean(~answered[data.on_topic])),
    )


def all_vectors(index: Any) -> np.ndarray:
    """Every vector a flat FAISS index holds (an IndexIDMap keeps them in its inner index)."""
    import faiss

    flat = faiss.downcast_index(index.index) if hasattr(index, "id_map") else index
    return flat.reconstruct_n(0, flat.ntotal)


# ── the follow-up reading, on labelled dialogues ─────────────────────────────


@dataclass(frozen=True)
class FollowUpExample:
    """A message sent after an answer, its searches, and how to judge a reply to it."""

    plan: Plan
    answers: list[Answer]
    judge: Callable[[Reply], bool]
    fold: int
    dialogue: bool  # from a labelled dialogue, or a labelled question asked after an answer
    off_topic: bool
    features: np.ndarray | None = None  # None: word rules decide (more, a pick, long)
    right: np.ndarray | None = None  # per Reading: would its reply be right?
    asks_for_more: bool = False  # labelled as asking for more on the same topic
    vector: np.ndarray | None = None  # the message's embedding, for the "more" detector


@dataclass(frozen=True)
class FollowUpScores:
    follow_ups_right: float  # dialogues' second turns, off-topic ones aside
    off_topic_declined: float  # dialogues' off-topic second turns
    questions_right: float  # labelled questions asked after an unrelated answer

    @property
    def score(self) -> float:
        dialogue = (self.follow_ups_right + self.off_topic_declined) / 2
        return (dialogue + self.questions_right) / 2


@dataclass(frozen=True)
class ContextCalibration:
    model: ContextModel | None  # None: the word rules read follow-ups better
    rules: FollowUpScores
    learned: FollowUpScores  # cross-validated: each dialogue file judged by a fit on the rest
    saved_to: Path


def calibrate_context(
    mentor: Mentor, dialogue_files: list[Path], question_files: list[Path], index_dir: Path
) -> ContextCalibration:
    """Fit the follow-up reading, compare it with the word rules, keep it if it reads better."""
    if len(dialogue_files) < 2:
        raise ValueError("fitting the follow-up reading needs two dialogue files or more")
    examples = follow_up_examples(mentor, dialogue_files, question_files)
    corpus = mentor.retriever.corpus
    rules = _score(examples, [settle(e.plan, e.answers, corpus) for e in examples])
    held_out: list[Reply | None] = [None] * len(examples)
    for fold in sorted({e.fold for e in examples}):
        fold_model = _fit([e for e in examples if e.fold != fold])
        for i, e in enumerate(examples):
            if e.fold == fold:
                held_out[i] = settle(e.plan, e.answers, corpus, fold_model)
    learned = _score(examples, [r for r in held_out if r is not None])
    model = _fit(examples) if learned.score > rules.score else None
    saved = save_context_model(
        index_dir, model, context_fitted_on=[str(p) for p in [*dialogue_files, *question_files]]
    )
    mentor.context = model
    return ContextCalibration(model, rules, learned, saved)


def follow_up_examples(
    mentor: Mentor, dialogue_files: list[Path], question_files: list[Path]
) -> list[FollowUpExample]:
    """Second turns of the dialogues, and every question asked after an unrelated answer.

    Fold i holds dialogue file i and every n-th question, so each held-out fold has both.
    """
    examples = []
    openers = []
    for fold, path in enumerate(dialogue_files):
        for dialogue in load_dialogues(path):
            first = mentor.reply(dialogue.first.question)
            previous = first.turn()
            if previous is None:
                continue  # the first turn was declined: nothing to follow up on
            openers.append(previous)
            judge = functools.partial(second_turn_is_right, dialogue, first)
            example = _example(
                mentor, dialogue.second.question, previous, judge, fold, True,
                dialogue.kind == OFF_TOPIC_KIND,
            )  # fmt: skip
            examples.append(replace(example, asks_for_more=dialogue.kind == "more"))
    questions = [q for path in question_files for q in load_questions(path)]
    for j, question in enumerate(questions):
        if len(question.question.split()) > MAX_CONTEXT_WORDS or not openers:
            continue
        previous = openers[(j * 7) % len(openers)]
        judge = functools.partial(_question_is_right, question)
        examples.append(
            _example(
                mentor, question.question, previous, judge, j % len(dialogue_files), False,
                not question.on_topic,
            )
        )  # fmt: skip
    # Messages the word rules took never reached a search: embed them for the detector.
    missing = [i for i, e in enumerate(examples) if e.vector is None]
    if missing:
        vectors = mentor.retriever.embedder.encode([examples[i].plan.text or " " for i in missing])
        for i, vector in zip(missing, vectors, strict=True):
            examples[i] = replace(examples[i], vector=vector)
    return examples


def _question_is_right(question: LabelledQuestion, reply: Reply) -> bool:
    if not question.on_topic:
        return reply.passage is None
    return reply.passage is not None and question.is_right(reply.passage)


def _example(
    mentor: Mentor,
    text: str,
    previous: Turn,
    judge: Callable[[Reply], bool],
    fold: int,
    dialogue: bool,
    off_topic: bool,
) -> FollowUpExample:
    plan = read_message(text, previous)
    answers = mentor.search(plan)
    corpus = mentor.retriever.corpus
    features = reading_features(plan, answers, corpus)
    right = None
    if features is not None:
        right = np.array([judge(read_as(r, plan, answers, corpus)) for r in READINGS])
    vector = answers[0].vector if answers else None
    return FollowUpExample(
        plan, answers, judge, fold, dialogue, off_topic, features, right, vector=vector
    )


def _fit(examples: list[FollowUpExample]) -> ContextModel:
    trainable = [e for e in examples if e.features is not None and e.right is not None]
    embedded = [e for e in examples if e.vector is not None]
    return fit_context_model(
        np.array([e.features for e in trainable]),
        np.array([e.right for e in trainable]),
        np.array([1.0 if e.dialogue else MADE_UP_WEIGHT for e in trainable]),
        vectors=np.array([e.vector for e in embedded]),
        asks_for_more=np.array([e.asks_for_more for e in embedded]),
    )


def _score(examples: list[FollowUpExample], replies: list[Reply]) -> FollowUpScores:
    def rate(keep: Callable[[FollowUpExample], bool]) -> float:
        judged = [e.judge(r) for e, r in zip(examples, replies, strict=True) if keep(e)]
        return float(np.mean(judged)) if judged else float("nan")

    return FollowUpScores(
        follow_ups_right=rate(lambda e: e.dialogue and not e.off_topic),
        off_topic_declined=rate(lambda e: e.dialogue and e.off_topic),
        questions_right=rate(lambda e: not e.dialogue),
    )
