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
    glossed: np.ndarray  # per question: the share of its words glossed (reader.Part.glossed)

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
            self.glossed[keep],
        )


def searched_as(text: str) -> tuple[str, float] | None:
    """What the bot searches for a message asked on its own (a code-mixed one glossed), and
    the share of it glossed; None when it searches nothing (small talk, empty)."""
    reading = read(text)
    if len(reading.parts) == 1:
        return reading.parts[0].query, reading.parts[0].glossed
    if reading.whole_query:
        return reading.whole_query, max(p.glossed for p in reading.parts)
    return None


def decline_data(
    retriever: Retriever, questions: list[LabelledQuestion], folds: list[int]
) -> DeclineData:
    in_corpus, _ = flat_vectors(retriever.index.dense)
    out_of_scope, _ = flat_vectors(retriever.index.out_of_scope)
    searched = [searched_as(q.question) or ("", 0.0) for q in questions]
    searches = retriever.search_batch([text for text, _ in searched])
    kept = [i for i, s in enumerate(searches) if s.vector is not None and searched[i][0]]
    return DeclineData(
        examples=np.vstack([in_corpus, out_of_scope]),
        in_scope=np.concatenate([np.ones(len(in_corpus)), np.zeros(len(out_of_scope))]),
        questions=[questions[i] for i in kept],
        searches=[searches[i] for i in kept],
        folds=np.asarray(folds)[kept],
        glossed=np.array([searched[i][1] for i in kept]),
    )


def fit_decline(data: DeclineData, threshold: float | None = None) -> DeclineModel:
    """The model; its threshold is `threshold`, or else chosen on its own training
    probabilities (which are overconfident: `fit_with_threshold` chooses it out of fold)."""
    vectors, on_topic = data.vectors, data.on_topic
    topic_logits = np.empty(len(on_topic))
    for fold in np.unique(data.folds):
        held = data.folds == fold
        topic_logits[held] = _fit_topic(data, ~held).logit(vectors[held])
    topic = _fit_topic(data, np.ones(len(on_topic), dtype=bool))
    inputs = np.column_stack([data.evidence, topic_logits, data.glossed])
    decision = Logistic.fit(inputs, on_topic, DECISION_INPUTS, DECISION_L2)
    if threshold is None:
        threshold = best_threshold(decision.probability(inputs), on_topic)
    return DeclineModel(topic, decision, threshold)


def fit_with_threshold(data: DeclineData) -> tuple[DeclineModel, np.ndarray]:
    """The model, with its threshold chosen on out-of-fold probabilities: a threshold chosen
    on the training probabilities sat at 0.85 and declined fair questions from writers the
    fit hadn't seen. Also returns those out-of-fold probabilities."""
    probabilities = out_of_fold(data)
    threshold = best_threshold(probabilities, data.on_topic)
    return fit_decline(data, threshold), probabilities


def _fit_topic(data: DeclineData, use: np.ndarray) -> Logistic:
    x = np.vstack([data.examples, data.vectors[use]])
    y = np.concatenate([data.in_scope, data.on_topic[use]])
    return Logistic.fit(x, y, embedding_names(x.shape[1]), TOPIC_L2, standardise=False)


SMOOTHING = 11  # thresholds (±0.05) averaged before the minimum is taken
THRESHOLDS = np.round(np.arange(0.05, 0.951, 0.01), 2)


def best_threshold(probability: np.ndarray, on_topic: np.ndarray) -> float:
    """The threshold with the lowest weighted error (a fair question declined costs
    FALSE_DECLINE_COST, an off-topic one answered costs 1)."""
    loss = np.array(
        [
            FALSE_DECLINE_COST * np.mean(probability[on_topic] < t)
            + np.mean(probability[~on_topic] >= t)
            for t in THRESHOLDS
        ]
    )
    return lowest(THRESHOLDS, loss)


def lowest(grid: np.ndarray, loss: np.ndarray) -> float:
    """The middle of the widest run of grid points where the loss, first averaged over
    neighbouring points, is lowest. Averaged, because the out-of-fold curve is flat and
    ragged between 0.6 and 0.85: its bare minimum jumped from 0.66 to 0.85 on a one-word
    change to the glossary, and then declined a fifth of the code-mixed questions."""
    padded = np.pad(loss, SMOOTHING // 2, mode="edge")
    smoothed = np.convolve(padded, np.ones(SMOOTHING) / SMOOTHING, mode="valid")
    best = np.flatnonzero(smoothed <= smoothed.min() + 1e-12)
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


def out_of_fold(data: DeclineData) -> np.ndarray:
    """Each labelled question's P(answer) by a model fitted without its fold."""
    probabilities = np.empty(len(data.questions))
    for fold in np.unique(data.folds):
        held = data.folds == fold
        model = fit_decline(data.subset(~held), threshold=0.5)
        test = data.subset(held)
        probabilities[held] = model.probabilities(test.evidence, test.vectors, test.glossed)
    return probabilities


def cross_validate(
    data: DeclineData, probabilities: np.ndarray, threshold: float
) -> tuple[DeclineRates, DeclineRates]:
    """(the model, the two thresholds), each fold decided by a fit on the others. The
    model's threshold is the one chosen on these same folds: one number, a little kind to
    the model."""
    by_thresholds = np.empty(len(data.questions), dtype=bool)
    for fold in np.unique(data.folds):
        held = data.folds == fold
        train = data.subset(~held)
        thresholds = fit_thresholds(train.questions, train.searches)
        by_thresholds[held] = [thresholds.answers(s) for s in data.subset(held).searches]
    return _rates(probabilities >= threshold, data.on_topic), _rates(by_thresholds, data.on_topic)


def _rates(answered: np.ndarray, on_topic: np.ndarray) -> DeclineRates:
    return DeclineRates(
        off_topic_declined=float(np.mean(~answered[~on_topic])),
        in_domain_declined=float(np.mean(~answered[on_topic])),
    )
