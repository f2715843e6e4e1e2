"""Reading a message alone or with the conversation: a small learned choice.

After an answer, a student's next message may be a new question ("btw, do I need a PhD?"),
lean on the last one ("coding too?", "even for a small uni?"), or ask for something besides
what was shown ("what else helps besides papers"). The message is searched three ways: on
its own, together with the previous question, and the previous question on its own. Which
reading to trust is learned from labelled dialogues:

- ALONE: the message's own best passage;
- WITH_PREVIOUS: the best passage for the message read together with the previous question;
- SOMETHING_ELSE: the best passage with the previous question that this thread hasn't shown,
  on the same topic.

Word rules alone (a leaning opening, a pronoun) read 0.725 of follow-ups right, held out by
dialogue file; this model 0.858 (`make calibrate` prints both). What tells the readings
apart is mostly how the candidates relate: whether the message alone also likes the passage
the conversation points to, whether the previous question likes the passage the message
points to, how much of a subject the message has of its own. One logistic regression per
reading, over FEATURES; the most likely reading wins, and ALONE unless another is likely.
A fourth one, over the message's embedding, catches requests for more in words no list
foresaw. Fitted by `make calibrate` (numpy: a few hundred weights need no library) and
stored in index/calibration.json; without it, mentor.py falls back to the word rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import numpy as np

from bot.knowledge.deciding.decline import fit_logistic
from bot.knowledge.reading.followup import (
    Turn,
    asks_for_others,
    changes_subject,
    content_words,
    leans_on_previous,
    points_back,
    questions_the_answer,
)
from bot.knowledge.search.retriever import Answer, read_calibration, write_calibration

CONTEXT_MODEL_KEY = "context_model"
MAX_CONTEXT_WORDS = 30  # longer messages carry their own context: they are read alone
L2 = 10.0
MORE_L2 = 0.1  # the "more" detector reads 384 embedding dimensions: it needs room
# A question asked after an unrelated answer is a training example too (it must be read
# alone), but such pairs are made up by the fit, so they count for less than real dialogues.
MADE_UP_WEIGHT = 0.3


class Reading(StrEnum):
    ALONE = "alone"
    WITH_PREVIOUS = "with-previous"
    SOMETHING_ELSE = "something-else"


READINGS = tuple(Reading)

FEATURES = (
    "leans",  # opens like a second half: "and for…", "what about…", or points back ("that")
    "points_back",  # a pronoun that needs the last answer: "is that true?"
    "questions_the_answer",  # "even for…", "is that really…"
    "changes_subject",  # "btw", "another thing", "unrelated but"
    "log_words",
    "log_content_words",  # words with a subject of their own
    "asks_for_others",  # "what else", "besides papers", "which exactly"
    "alone_probability",  # the decline model's P(answer) for the message alone
    "alone_answered",
    "alone_out_of_scope",  # the message's cosine to the nearest out-of-scope example
    "alone_on_thread",  # the message's own best passage is on the last answer's topic
    "context_probability",  # P(answer) for the message with the previous question
    "context_on_thread",
    "context_shown",  # the conversation points back at a passage already shown
    "context_answered",
    "message_prefers_alone",  # message's cosine to its own best minus to the context's best
    "previous_prefers_context",  # previous question's cosine to the context's best minus…
    "log_rank_in_alone",  # where the context's best passage ranks for the message alone
    "message_to_previous_passage",  # cosine of the message to the passage last shown
    "message_to_previous_question",  # cosine of the two questions
)


def context_features(
    text: str,
    previous: Turn,
    alone: Answer,
    with_previous: Answer,
    previous_alone: Answer,
    passage_ids: list[str],
) -> np.ndarray:
    """FEATURES for one message, from its three searches (`passage_ids` in corpus order)."""
    if not alone.hits or not with_previous.hits:
        raise ValueError("context features need both searches to have found passages")
    own, context = alone.hits[0].passage, with_previous.hits[0].passage
    position = {pid: i for i, pid in enumerate(passage_ids)}
    message = _similarities(alone, len(passage_ids))
    earlier = _similarities(previous_alone, len(passage_ids))
    i_own, i_context = position[own.id], position[context.id]
    last = position.get(previous.passage_id)
    rank_of_context = int(np.sum(message > message[i_context]))
    words = len(text.split())
    return np.array(
        [
            float(leans_on_previous(text)),
            float(points_back(text)),
            float(questions_the_answer(text)),
            float(changes_subject(text)),
            np.log1p(words),
            np.log1p(content_words(text)),
            float(asks_for_others(text)),
            _probability(alone),
            float(alone.answered),
            float(alone.evidence[2]) if alone.evidence is not None else 0.0,
            float(own.section == previous.section),
            _probability(with_previous),
            float(context.section == previous.section),
            float(context.id in previous.shown_ids),
            float(with_previous.answered),
            float(message[i_own] - message[i_context]),
            float(earlier[i_context] - earlier[i_own]),
            np.log1p(rank_of_context),
            float(message[last]) if last is not None else 0.0,
            _cosine(alone.vector, previous_alone.vector),
        ],
        dtype=np.float64,
    )


def _probability(answer: Answer) -> float:
    """The decline model's P(answer), or 0/1 when no model is fitted."""
    p = answer.probability
    return float(answer.answered) if np.isnan(p) else float(p)


def _similarities(answer: Answer, passages: int) -> np.ndarray:
    if answer.similarities is None:
        return np.zeros(passages)
    return np.asarray(answer.similarities, dtype=np.float64)


def _cosine(a: np.ndarray | None, b: np.ndarray | None) -> float:
    if a is None or b is None:
        return 0.0
    return float(np.dot(a, b))  # MiniLM vectors are normalised


@dataclass(frozen=True)
class ContextModel:
    """P(reading is right | FEATURES), one logistic regression per reading."""

    weights: tuple[tuple[float, ...], ...]  # per reading, one per FEATURES
    biases: tuple[float, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    min_probability: float = 0.5  # another reading than ALONE only when at least this likely
    # "Could you be a bit more specific?": a logistic regression over the message's own
    # embedding that says it asks for more on the same topic, in words no list foresaw.
    more_weights: tuple[float, ...] = ()  # one per embedding dimension; () = no detector
    more_bias: float = 0.0

    def asks_for_more(self, vector: np.ndarray | None) -> bool:
        if not self.more_weights or vector is None:
            return False
        return float(np.dot(vector, self.more_weights) + self.more_bias) >= 0.0  # P ≥ 0.5

    def probabilities(self, features: np.ndarray) -> np.ndarray:
        z = (np.asarray(features) - np.asarray(self.mean)) / np.asarray(self.scale)
        logits = np.asarray(self.weights) @ z + np.asarray(self.biases)
        return 1.0 / (1.0 + np.exp(-logits))

    def choose(self, features: np.ndarray) -> Reading:
        p = self.probabilities(features)
        best = int(np.argmax(p))
        if READINGS[best] is not Reading.ALONE and p[best] < self.min_probability:
            return Reading.ALONE
        return READINGS[best]

    def to_json(self) -> dict[str, object]:
        return {
            "features": list(FEATURES),
            "readings": [r.value for r in READINGS],
            "weights": [list(w) for w in self.weights],
            "biases": list(self.biases),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "min_probability": self.min_probability,
            "more_weights": list(self.more_weights),
            "more_bias": self.more_bias,
        }

    @classmethod
    def from_json(cls, data: dict) -> ContextModel | None:
        """None when it was fitted on other features or readings than these."""
        if data.get("features") != list(FEATURES) or data.get("readings") != [
            r.value for r in READINGS
        ]:
            return None
        return cls(
            weights=tuple(tuple(float(v) for v in w) for w in data["weights"]),
            biases=tuple(float(b) for b in data["biases"]),
            mean=tuple(float(m) for m in data["mean"]),
            scale=tuple(float(s) for s in data["scale"]),
            min_probability=float(data.get("min_probability", 0.5)),
            more_weights=tuple(float(v) for v in data.get("more_weights", ())),
            more_bias=float(data.get("more_bias", 0.0)),
        )


def fit_context_model(
    features: np.ndarray,
    right: np.ndarray,
    weights: np.ndarray,
    vectors: np.ndarray | None = None,
    asks_for_more: np.ndarray | None = None,
) -> ContextModel:
    """`right[i, r]`: reading r would have given the right reply for example i.

    With `vectors` (message embeddings, any number of rows) and `asks_for_more` (whether
    each message asks for more on the same topic), the "more" detector is fitted too.
    """
    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    z = (features - mean) / scale
    labels = right.astype(np.float64)
    fitted = [_fit_reading(z, labels[:, r], weights) for r in range(len(READINGS))]
    more_weights: tuple[float, ...] = ()
    more_bias = 0.0
    if vectors is not None and asks_for_more is not None and asks_for_more.any():
        w, more_bias = fit_logistic(vectors, asks_for_more.astype(np.float64), MORE_L2)
        more_weights = tuple(float(v) for v in w)
    return ContextModel(
        weights=tuple(tuple(float(v) for v in w) for w, _ in fitted),
        biases=tuple(b for _, b in fitted),
        mean=tuple(float(m) for m in mean),
        scale=tuple(float(s) for s in scale),
        more_weights=more_weights,
        more_bias=more_bias,
    )


def _fit_reading(z: np.ndarray, y: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, float]:
    if y.min() == y.max():  # always or never right: no direction to learn, and no finite bias
        return np.zeros(z.shape[1]), 10.0 if y[0] else -10.0
    return fit_logistic(z, y, L2, weights)


def load_context_model(index_dir: Path) -> ContextModel | None:
    fitted = read_calibration(index_dir).get(CONTEXT_MODEL_KEY)
    return ContextModel.from_json(fitted) if fitted else None


def save_context_model(index_dir: Path, model: ContextModel | None, **notes: object) -> Path:
    """Into index/calibration.json, beside the decline decision (which is kept)."""
    data = read_calibration(index_dir)
    data.pop(CONTEXT_MODEL_KEY, None)
    if model is not None:
        data[CONTEXT_MODEL_KEY] = model.to_json()
    return write_calibration(index_dir, data | notes)
