"""Logistic regression, standardised inputs, fitted by Newton's method: the one learned
shape every decision here uses (numpy: a few hundred weights need no library, and Newton's
method is exact and deterministic, so a refit on the same data gives the same model).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True, eq=False)
class Logistic:
    """P(yes | x) = σ(w · (x − mean) / scale + b), over inputs named `names`."""

    names: tuple[str, ...]
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def logit(self, x: np.ndarray) -> np.ndarray:
        z = (np.atleast_2d(np.asarray(x, dtype=np.float64)) - self.mean) / self.scale
        return z @ self.weights + self.bias

    def probability(self, x: np.ndarray) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.logit(x)))

    @classmethod
    def fit(
        cls,
        x: np.ndarray,
        y: np.ndarray,
        names: Sequence[str],
        l2: float = 1.0,
        sample_weight: np.ndarray | None = None,
        standardise: bool = True,
    ) -> Logistic:
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != len(names):
            raise ValueError(f"expected {len(names)} inputs per row, got shape {x.shape}")
        mean = x.mean(axis=0) if standardise else np.zeros(x.shape[1])
        scale = x.std(axis=0) if standardise else np.ones(x.shape[1])
        scale[scale == 0] = 1.0
        if y.min() == y.max():  # always or never: no direction to learn, and no finite bias
            return cls(tuple(names), np.zeros(x.shape[1]), 10.0 if y[0] else -10.0, mean, scale)
        weights, bias = newton(((x - mean) / scale), y, l2, sample_weight)
        return cls(tuple(names), weights, bias, mean, scale)

    def to_json(self) -> dict[str, object]:
        return {
            "names": list(self.names),
            "weights": [round(float(w), 7) for w in self.weights],
            "bias": float(self.bias),
            "mean": [float(m) for m in self.mean],
            "scale": [float(s) for s in self.scale],
        }

    @classmethod
    def from_json(cls, data: dict, names: Sequence[str]) -> Logistic:
        """Raises ValueError when it was fitted on other inputs than `names`."""
        if list(data.get("names", ())) != list(names):
            raise ValueError("fitted on other inputs than this code computes")
        return cls(
            tuple(names),
            np.asarray(data["weights"], dtype=np.float64),
            float(data["bias"]),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
        )


def newton(
    x: np.ndarray, y: np.ndarray, l2: float, sample_weight: np.ndarray | None = None
) -> tuple[np.ndarray, float]:
    """L2-regularised logistic regression; the bias is not shrunk."""
    n, d = x.shape
    w = np.ones(n) if sample_weight is None else np.asarray(sample_weight, dtype=np.float64)
    design = np.hstack([x, np.ones((n, 1))])
    beta = np.zeros(d + 1)
    penalty = np.eye(d + 1) * l2
    penalty[-1, -1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(design @ beta)))
        gradient = design.T @ (w * (p - y)) + penalty @ beta
        hessian = design.T @ (design * (w * p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    return beta[:-1], float(beta[-1])
