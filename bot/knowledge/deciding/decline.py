"""Whether to answer at all: a small logistic model over all the retrieval evidence.

Two thresholds (the best passage's cosine, and its lead over the nearest out-of-scope
example) could not tell near misses ("an internship at a law firm") from fair questions
phrased in an unusual way. The decline model is two logistic regressions, stacked:

1. *Topic*: over the message's MiniLM embedding, trained on the corpus's passages and
   example questions (in the guide's scope) against corpus/out-of-scope.txt and the
   labelled questions. It learns which directions of the embedding space mean "getting an
   ML internship" rather than "an internship" or "ML".
2. *Decision*: over the retrieval evidence (FEATURES) plus the topic model's logit, fitted on
   the labelled questions with the topic logit taken out-of-fold, so it never trusts a
   topic score that saw the question.

Fitted by `mentorbot eval --fit` (numpy: a few hundred weights don't need a library), and
stored in index/calibration.json beside the two thresholds, which remain the fallback.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

FEATURES = (
    "similarity",  # best cosine between the message and any passage (or its example questions)
    "first_similarity",  # cosine of the passage ranked first
    "out_of_scope",  # cosine to the nearest out-of-scope example
    "margin",  # similarity - out_of_scope
    "similarity_gap",  # best passage's lead over the second-best
    "bm25",  # log(1 + best BM25 score)
    "first_bm25",  # log(1 + BM25 score of the passage ranked first)
    "coverage",  # share of the message's content words the guide uses at all
    "log_words",  # log(1 + words in the message)
    "agreement",  # 1 when dense and BM25 prefer the same passage
)
TOPIC_FEATURE = "topic"  # the topic model's logit, appended to FEATURES

# A fair question declined costs a student more trust than an off-topic one answered.
FALSE_DECLINE_COST = 2.0
DECISION_L2 = 1.0
TOPIC_L2 = 1.0


@dataclass(frozen=True)
class DeclineModel:
    """P(the guide answers this message), from its evidence and its embedding."""

    weights: tuple[float, ...]  # one per FEATURES, then one for the topic logit
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    topic_weights: tuple[float, ...]  # one per embedding dimension
    topic_bias: float
    threshold: float = 0.5

    def topic_logit(self, vectors: np.ndarray) -> np.ndarray:
        return np.atleast_2d(vectors) @ np.asarray(self.topic_weights) + self.topic_bias

    def probability(self, evidence: np.ndarray, vectors: np.ndarray) -> np.ndarray:
        return decision_probability(
            self, np.column_stack([np.atleast_2d(evidence), self.topic_logit(vectors)])
        )

    def answers(self, evidence: np.ndarray, vector: np.ndarray) -> bool:
        return bool(self.probability(evidence, vector)[0] >= self.threshold)

    def to_json(self) -> dict[str, object]:
        return {
            "features": [*FEATURES, TOPIC_FEATURE],
            "weights": list(self.weights),
            "bias": self.bias,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "topic_weights": [round(w, 7) for w in self.topic_weights],
            "topic_bias": self.topic_bias,
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict) -> DeclineModel | None:
        """None when the stored model was fitted on other features (refit with eval --fit)."""
        if tuple(data.get("features", ())) != (*FEATURES, TOPIC_FEATURE):
            return None
        return cls(
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            mean=tuple(float(m) for m in data["mean"]),
            scale=tuple(float(s) for s in data["scale"]),
            topic_weights=tuple(float(w) for w in data["topic_weights"]),
            topic_bias=float(data["topic_bias"]),
            threshold=float(data["threshold"]),
        )


def decision_probability(model: DeclineModel, inputs: np.ndarray) -> np.ndarray:
    z = (inputs - np.asarray(model.mean)) / np.asarray(model.scale)
    return 1.0 / (1.0 + np.exp(-(z @ np.asarray(model.weights) + model.bias)))


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float, weights: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method: exact, deterministic, fast.

    `weights` counts some examples less than others (default: all count 1)."""
    n, d = x.shape
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (w * (p - y)) + penalty @ beta
        hessian = design.T @ (design * (w * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


@dataclass(frozen=True)
class TrainingSet:
    """What the decline model learns from.

    `examples`/`in_scope`: embeddings of the corpus's own texts and out-of-scope lines, for
    the topic model only. The labelled questions (`evidence`, `vectors`, `on_topic`) train
    both; `folds` groups them (one file a fold) for the out-of-fold topic logits.
    """

    examples: np.ndarray
    in_scope: np.ndarray
    evidence: np.ndarray
    vectors: np.ndarray
    on_topic: np.ndarray
    folds: np.ndarray


def fit_decline_model(data: TrainingSet) -> DeclineModel:
    topic_logits = np.empty(len(data.on_topic))
    for fold in np.unique(data.folds):
        held = data.folds == fold
        weights, bias = _fit_topic(data, ~held)
        topic_logits[held] = data.vectors[held] @ weights + bias
    topic_weights, topic_bias = _fit_topic(data, np.ones(len(data.on_topic), dtype=bool))

    inputs = np.column_stack([data.evidence, topic_logits])
    mean = inputs.mean(axis=0)
    scale = inputs.std(axis=0)
    scale[scale == 0] = 1.0
    weights, bias = fit_logistic((inputs - mean) / scale, data.on_topic.astype(float), DECISION_L2)
    model = DeclineModel(
        tuple(weights), bias, tuple(mean), tuple(scale), tuple(topic_weights), topic_bias
    )
    threshold = best_threshold(decision_probability(model, inputs), data.on_topic)
    return DeclineModel(
        model.weights,
        model.bias,
        model.mean,
        model.scale,
        model.topic_weights,
        model.topic_bias,
        threshold,
    )


def _fit_topic(data: TrainingSet, use: np.ndarray) -> tuple[np.ndarray, float]:
    x = np.vstack([data.examples, data.vectors[use]])
    y = np.concatenate([data.in_scope, data.on_topic[use]]).astype(float)
    return fit_logistic(x, y, TOPIC_L2)


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


def cross_validated_answers(data: TrainingSet) -> np.ndarray:
    """Each labelled question's decision by a model fitted without its fold (file)."""
    answered = np.empty(len(data.on_topic), dtype=bool)
    for fold in np.unique(data.folds):
        held = data.folds == fold
        model = fit_decline_model(
            TrainingSet(
                data.examples,
                data.in_scope,
                data.evidence[~held],
                data.vectors[~held],
                data.on_topic[~held],
                data.folds[~held],
            )
        )
        answered[held] = model.probability(data.evidence[held], data.vectors[held]) >= (
            model.threshold
        )
    return answered
