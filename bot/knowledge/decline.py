"""Whether to answer at all: a small logistic model over all the retrieval evidence.

Two thresholds (the best passage's cosine, and its lead over the nearest out-of-scope
example) could not tell near misses ("an internship at a law firm") from fair questions
phrased in an unusual way. This model weighs everything retrieval already computed: the
dense similarities, the BM25 scores, the out-of-scope neighbour, the margins, how much of the
message the guide's vocabulary covers, and the message's length. It is fitted by
`mentorbot eval --fit` with cross-validation (numpy: ten features don't need a library) and
stored in index/calibration.json beside the thresholds, which remain the fallback.
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


@dataclass(frozen=True)
class DeclineModel:
    """P(the guide answers this message) = sigmoid(w · standardised evidence + b)."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.5

    def probability(self, evidence: np.ndarray) -> np.ndarray:
        z = (np.atleast_2d(evidence) - np.asarray(self.mean)) / np.asarray(self.scale)
        return 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.weights) + self.bias)))

    def answers(self, evidence: np.ndarray) -> bool:
        return bool(self.probability(evidence)[0] >= self.threshold)

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "weights": list(self.weights),
            "bias": self.bias,
            "mean": list(self.mean),
            "scale": list(self.scale),
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict) -> DeclineModel | None:
        """None when the stored model was fitted on other features (refit with eval --fit)."""
        if tuple(data.get("features", ())) != FEATURES:
            return None
        return cls(
            weights=tuple(float(w) for w in data["weights"]),
            bias=float(data["bias"]),
            mean=tuple(float(m) for m in data["mean"]),
            scale=tuple(float(s) for s in data["scale"]),
            threshold=float(data["threshold"]),
        )


# A fair question declined costs a student more trust than an off-topic one answered.
FALSE_DECLINE_COST = 2.0
L2 = 1.0


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression by Newton's method: exact, deterministic, fast."""
    n, d = x.shape
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0  # the bias is not shrunk
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (p - y) + penalty @ beta
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])


def fit_decline_model(evidence: np.ndarray, on_topic: np.ndarray) -> DeclineModel:
    """Fit the weights, then the probability threshold with the lowest weighted error."""
    mean = evidence.mean(axis=0)
    scale = evidence.std(axis=0)
    scale[scale == 0] = 1.0
    weights, bias = fit_logistic((evidence - mean) / scale, on_topic.astype(float))
    model = DeclineModel(tuple(weights), bias, tuple(mean), tuple(scale))
    return DeclineModel(
        model.weights,
        model.bias,
        model.mean,
        model.scale,
        best_threshold(model.probability(evidence), on_topic),
    )


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


def cross_validated_answers(
    evidence: np.ndarray, on_topic: np.ndarray, folds: np.ndarray
) -> np.ndarray:
    """Each question's decision by a model (weights and threshold) fitted without its fold."""
    answered = np.empty(len(evidence), dtype=bool)
    for fold in np.unique(folds):
        held = folds == fold
        model = fit_decline_model(evidence[~held], on_topic[~held])
        answered[held] = model.probability(evidence[held]) >= model.threshold
    return answered
