"""Fitting whether to answer (deciding/decline.py) on labelled questions."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.knowledge.deciding.decline import DECISION_INPUTS, DeclineModel, embedding_names
from bot.knowledge.deciding.logistic import Logistic
from bot.knowledge.fitting.baselines import FALSE_DECLINE_COST, fit_thresholds
from bot.knowledge.fitting.labelled import LabelledQuestion
from bot.knowledge.reading.reader import read
from bot.knowledge.search.index import flat_vectors
from bot.knowledge.search.retriever import Retriever, Search

DECISION_L2 = 1.0
TOPIC_L2 = 1.0


@dataclass(frozen=True)
class DeclineData:
    """What the decline model learns from.

    `examples`/`in_scope`: the embeddings of the corpus's own texts and of the out-of-scope
    lines, for the topic model only. The labelled questions train both; `folds` groups them
    (one writer or file a fold) for the out-of-fold topic logits and cross-validation.
    """

    examples: np.ndarray
    in_scope: np.ndarray
    questions: list[LabelledQuestion]
    searches: list[Search]
    folds: np.ndarray

    @property
    def evidence(self) -> np.ndarray:
        return np.array([s.evidence for s in self.searches])

    @property
    def vectors(self) -> np.ndarray:
        return np.array([s.vector for s in self.searches])

    @property
    def on_topic(self) -> np.ndarray:
        return np.array([q.on_topic for q in self.questions])

    def subset(self, keep: np.ndarray) -> DeclineData:
        return DeclineData(
            self.examples,
            self.in_scope,
            [q for q, k in zip(self.questions, keep, strict=True) if k],
            [s for s, k in zip(self.searches, keep, strict=True) if k],
            self.folds[keep],
        )


def searched_as(text: str) -> str | None:
    """What the bot searches for a message asked on its own (a code-mixed one glossed), or
    None when it searches nothing (small talk, empty)."""
    reading = read(text)
    if len(reading.parts) == 1:
        return reading.parts[0].query
    return reading.whole_query


def decline_data(
    retriever: Retriever, questions: list[LabelledQuestion], folds: list[int]
) -> DeclineData:
    in_corpus, _ = flat_vectors(retriever.index.dense)
    out_of_scope, _ = flat_vectors(retriever.index.out_of_scope)
    texts = [searched_as(q.question) or "" for q in questions]
    searches = retriever.search_batch(texts)
    kept = [i for i, s in enumerate(searches) if s.vector is not None and texts[i]]
    return DeclineData(
        examples=np.vstack([in_corpus, out_of_scope]),
        in_scope=np.concatenate([np.ones(len(in_corpus)), np.zeros(len(out_of_scope))]),
        questions=[questions[i] for i in kept],
        searches=[searches[i] for i in kept],
        folds=np.asarray(folds)[kept],
    )


def fit_decline(data: DeclineData) -> DeclineModel:
    vectors, on_topic = data.vectors, data.on_topic
    topic_logits = np.empty(len(on_topic))
    for fold in np.unique(data.folds):
        held = data.folds == fold
        topic_logits[held] = _fit_topic(data, ~held).logit(vectors[held])
    topic = _fit_topic(data, np.ones(len(on_topic), dtype=bool))
    inputs = np.column_stack([data.evidence, topic_logits])
    decision = Logistic.fit(inputs, on_topic, DECISION_INPUTS, DECISION_L2)
    threshold = best_threshold(decision.probability(inputs), on_topic)
    return DeclineModel(topic, decision, threshold)


def _fit_topic(data: DeclineData, use: np.ndarray) -> Logistic:
    x = np.vstack([data.examples, data.vectors[use]])
    y = np.concatenate([data.in_scope, data.on_topic[use]])
    return Logistic.fit(x, y, embedding_names(x.shape[1]), TOPIC_L2, standardise=False)


def best_threshold(probability: np.ndarray, on_topic: np.ndarray) -> float:
    """The middle of the widest run of thresholds with the lowest weighted error."""
    grid = np.round(np.arange(0.05, 0.951, 0.01), 2)
    loss = np.array(
        [
            FALSE_DECLINE_COST * np.mean(probability[on_topic] < t)
            + np.mean(probability[~on_topic] >= t)
            for t in grid
        ]
    )
    best = np.flatnonzero(loss <= loss.min() + 1e-12)
    runs = np.split(best, np.flatnonzero(np.diff(best) > 1) + 1)
    widest = max(runs, key=len)
    return float(grid[widest[len(widest) // 2]])


@dataclass(frozen=True)
class DeclineRates:
    off_topic_declined: float
    in_domain_declined: float

    @property
    def loss(self) -> float:
        return FALSE_DECLINE_COST * self.in_domain_declined + (1 - self.off_topic_declined)


def cross_validate(data: DeclineData) -> tuple[DeclineRates, DeclineRates]:
    """(the model, the two thresholds), each fold decided by a fit on the others."""
    by_model = np.empty(len(data.questions), dtype=bool)
    by_thresholds = np.empty(len(data.questions), dtype=bool)
    for fold in np.unique(data.folds):
        held = data.folds == fold
        model = fit_decline(data.subset(~held))
        train = data.subset(~held)
        thresholds = fit_thresholds(train.questions, train.searches)
        test = data.subset(held)
        by_model[held] = model.probabilities(test.evidence, test.vectors) >= model.threshold
        by_thresholds[held] = [thresholds.answers(s) for s in test.searches]
    return _rates(by_model, data.on_topic), _rates(by_thresholds, data.on_topic)


def _rates(answered: np.ndarray, on_topic: np.ndarray) -> DeclineRates:
    return DeclineRates(
        off_topic_declined=float(np.mean(~answered[~on_topic])),
        in_domain_declined=float(np.mean(~answered[on_topic])),
    )
