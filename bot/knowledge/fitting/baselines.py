"""What the fitted decisions are measured against; never run by the bot.

- Two thresholds for declining: the best passage's cosine, and its lead over the nearest
  out-of-scope example (Rasa's fallback policy, fitted here on the same questions).
- Word rules for a message after an answer, as the bot read them before the choice was
  learned: "more" walks the thread's topic in corpus order, a leaning message is read with
  the thread when that is answered, and anything else is read alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.knowledge.deciding.followup import CANDIDATE_FEATURES, MESSAGE_FEATURES, Situation
from bot.knowledge.fitting.labelled import LabelledQuestion
from bot.knowledge.search.retriever import Search

# Below this cosine, MiniLM sees no topical relation: gibberish and greetings score 0.1-0.3.
SIMILARITY_FLOOR = 0.3
FALSE_DECLINE_COST = 2.0  # a fair question declined costs more trust than an off-topic answer


@dataclass(frozen=True)
class Thresholds:
    min_score: float
    min_margin: float

    def answers(self, search: Search) -> bool:
        return search.best >= self.min_score and search.margin >= self.min_margin


def fit_thresholds(questions: list[LabelledQuestion], searches: list[Search]) -> Thresholds:
    """The two thresholds with the lowest weighted error, from the middle of the region of
    pairs that share it: thresholds at the region's edge, fitted on a few hundred questions,
    decide new questions by a hair."""
    on = np.array([q.on_topic for q in questions])
    if on.all() or not on.any():
        raise ValueError("fitting needs both in-domain and off-topic questions")
    tops = np.array([s.best for s in searches])
    margins = np.array([s.margin for s in searches])
    lowest = max(np.floor(tops.min() * 100) / 100, SIMILARITY_FLOOR)
    scores = np.round(np.arange(lowest, max(tops.max(), lowest) + 0.005, 0.005), 3)
    margin_grid = np.round(
        np.arange(np.floor(margins.min() * 100) / 100, margins.max() + 0.005, 0.005), 3
    )
    loss = np.empty((len(margin_grid), len(scores)))
    for i, min_margin in enumerate(margin_grid):
        answered = (tops[None, :] >= scores[:, None]) & (margins >= min_margin)[None, :]
        loss[i] = FALSE_DECLINE_COST * (~answered[:, on]).mean(axis=1) + answered[:, ~on].mean(
            axis=1
        )
    core = loss <= loss.min() + 1e-12
    while True:  # peel the optimal region layer by layer; what survives longest is its middle
        inner = core.copy()
        inner[1:, :] &= core[:-1, :]
        inner[:-1, :] &= core[1:, :]
        inner[:, 1:] &= core[:, :-1]
        inner[:, :-1] &= core[:, 1:]
        if not inner.any():
            break
        core = inner
    i, j = np.argwhere(core)[0]
    return Thresholds(float(scores[j]), float(margin_grid[i]))


_C = {name: i for i, name in enumerate(CANDIDATE_FEATURES)}
_M = {name: i for i, name in enumerate(MESSAGE_FEATURES)}


@dataclass(frozen=True)
class WordRules:
    """The follow-up reading before it was learned; same interface as FollowUpModel."""

    threshold: float = 0.5  # the decline model's

    def more_probability(self, vector: np.ndarray | None) -> float:
        return 0.0

    def utilities(self, situation: Situation) -> tuple[np.ndarray, float]:
        c, m = situation.candidates, situation.message
        n = len(c)
        order = -np.arange(n) / n  # corpus order, first best
        if situation.more:
            passages = c[:, _C["same_section"]] * 10 + order
            none = -np.inf
        elif m[_M["leans"]] and m[_M["context_probability"]] >= self.threshold:
            passages, none = c[:, _C["context_rank"]].copy(), 0.0
        else:
            passages = c[:, _C["alone_rank"]].copy()
            none = 2.0 if m[_M["alone_probability"]] < self.threshold else 0.0
        passages = passages.astype(np.float64)
        passages[~situation.allowed] = -np.inf
        return passages, none

    def choose(self, situation: Situation) -> int | None:
        passages, none = self.utilities(situation)
        if not situation.allowed.any():
            return None
        best = int(np.argmax(passages))
        return best if passages[best] > none else None
