"""Fitting the decline decision on labelled question files: `mentorbot eval --fit`.

Fits the two thresholds of every retrieval mode and the hybrid decline model, compares the
model with the thresholds by cross-validation (one file held out at a time), keeps the
model only when it declines better, and saves the lot in index/calibration.json.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from bot.knowledge.decline import (
    FALSE_DECLINE_COST,
    DeclineModel,
    TrainingSet,
    cross_validated_answers,
    fit_decline_model,
)
from bot.knowledge.evaluation import LabelledQuestion, fit_policy, load_questions
from bot.knowledge.retriever import SIMILARITY_FLOOR, Mode, Retriever, save_policies


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
