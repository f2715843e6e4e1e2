"""Which passage answers a message sent after an answer, or none: one learned choice.

After an answer, a message is searched three ways: alone (A), read with the thread's last
question (C), and that question alone (T). Every passage is then a candidate, described by
how each reading ranks it and how it stands to the thread: is it the one shown last,
shown before, on the thread's topic, offered as a button, close to the last passage or to
all the thread has shown, the next one the guide itself goes on to? The
message's cues (a request for more, a doubt, a leaning opening, "btw", how much subject it
has of its own, whether the guide answers it alone or read with the thread) are crossed
with those, so "a new question" (A's best passage), "a follow-up" (C's best), "more" (the
unseen passage closest to the thread), "a doubt" (the last passage again) and "off-topic"
(no passage) are all readings of one ranking:

    utility(passage) = w · (candidate features ⊗ [1, message cues])
    utility(none)    = v · [1, message cues]

the highest utility wins (a conditional logit with a "none" option, as in discrete choice).
When the message asks for more, passages already shown in the thread are not candidates:
"more" never repeats.

Fitted by `mentorbot fit` on labelled chats from many writers (bot/knowledge/fitting/).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

import numpy as np

from bot.knowledge.deciding.logistic import Logistic
from bot.knowledge.reading.acts import Cues
from bot.knowledge.reading.thread import Turn
from bot.knowledge.search.retriever import EVIDENCE, Search

CANDIDATE_FEATURES = (
    "alone_similarity",  # the message's best cosine to the passage
    "alone_first",  # the passage ranks first for the message alone
    "alone_rank",  # 1 / rank for the message alone
    "context_similarity",
    "context_first",  # ...first for the message read with the thread
    "context_rank",
    "thread_similarity",  # the thread's last question's cosine to the passage
    "last_similarity",  # cosine between the passage and the passage shown last
    "shown",  # shown before in this thread
    "last",  # the passage shown last
    "same_section",  # on the topic of the passage shown last (the summary's: its steps)
    "offered",  # offered as a button under the last answer
    "alone_words",  # log(1 + BM25 score) for the message alone: shares its own words
    "next_in_guide",  # the first unseen passage after the last one on its topic, in the guide
    "goes_on_to",  # the first unseen one the last passage names to go on to (the summary's steps)
    "thread_closeness",  # mean cosine to every passage the thread has shown
    "set_aside",  # names what the message sets aside ("what else besides GitHub?"), 0 to 1
)
MESSAGE_FEATURES = (
    "more",  # its words ask for more
    "more_probability",  # the detector over its embedding: P(it asks for more)
    "doubt",  # "are you sure?", "source?"
    "leans",  # "and for…", "what about…", or a word pointing back
    "points_back",  # "that", "it", "those"
    "changes_subject",  # "btw", "another thing"
    "asks_for_others",  # "what else", "other contests"
    "about_money",  # a price, pay, "who pays": the guide names no amounts
    "log_content_words",
    "alone_probability",  # P(the guide answers the message alone)
    "context_probability",  # P(the guide answers it read with the thread)
    "alone_margin",  # cosine to the best passage minus to the nearest out-of-scope example
    "alone_coverage",  # share of the message's own terms the guide uses at all ("pay": none)
    "log_words",
)
CROSSED = tuple(
    f"{c}*{m}" for c in CANDIDATE_FEATURES for m in ("1", *MESSAGE_FEATURES)
)  # every candidate feature, alone and crossed with every message feature
NONE_FEATURES = ("1", *MESSAGE_FEATURES)
READS_AS_MORE = 0.5  # the detector's probability from which shown passages are left out
_SHOWN = CANDIDATE_FEATURES.index("shown")
_MORE_PROBABILITY = MESSAGE_FEATURES.index("more_probability")


@dataclass(frozen=True)
class Situation:
    """A message after an answer, as the choice sees it."""

    candidates: np.ndarray  # passages × CANDIDATE_FEATURES
    message: np.ndarray  # MESSAGE_FEATURES
    asks_for_others: bool  # its words ask for more or for something else
    says_more: bool  # its words ask for more: a passage is given while one is left

    @property
    def more(self) -> bool:
        """Read as a request for more, by its words or by the detector."""
        return self.says_more or self.message[_MORE_PROBABILITY] >= READS_AS_MORE

    @property
    def allowed(self) -> np.ndarray:
        """Per passage: may be chosen. Asked for more, or for something else, the student
        has seen what was shown."""
        if self.asks_for_others or self.more:
            return self.candidates[:, _SHOWN] == 0
        return np.ones(len(self.candidates), dtype=bool)

    def with_more_probability(self, probability: float) -> Situation:
        """The same situation as another detector would see it (fitting uses detectors
        that never saw the writer)."""
        message = self.message.copy()
        message[_MORE_PROBABILITY] = probability
        return replace(self, message=message)

    @property
    def probabilities(self) -> tuple[float, float]:
        """P(the guide answers the message alone), and read with the thread."""
        alone = self.message[MESSAGE_FEATURES.index("alone_probability")]
        return float(alone), float(self.message[MESSAGE_FEATURES.index("context_probability")])

    def crossed(self) -> np.ndarray:
        """passages × CROSSED."""
        with_one = np.concatenate([[1.0], self.message])
        return (self.candidates[:, :, None] * with_one[None, None, :]).reshape(
            len(self.candidates), -1
        )

    def none(self) -> np.ndarray:
        return np.concatenate([[1.0], self.message])


def situation(
    cues: Cues,
    alone: Search,
    context: Search,
    thread_search: Search,
    thread: Turn,
    alone_probability: float,
    context_probability: float,
    more_probability: float,
    passage_ids: list[str],
    sections: list[str],
    goes_on_to: list[tuple[int, ...]],
    passage_similarity: np.ndarray,
    set_aside: np.ndarray | None = None,
) -> Situation:
    """`set_aside`: per passage, how well its words match what the message sets aside
    (BM25 of `cues.set_aside`); None when it sets nothing aside."""
    n = len(passage_ids)
    position = {pid: i for i, pid in enumerate(passage_ids)}
    last = position.get(thread.passage_id)
    shown = np.zeros(n)
    shown[[position[p] for p in thread.shown_ids if p in position]] = 1.0
    offered = np.zeros(n)
    offered[[position[p] for p in thread.related_ids if p in position]] = 1.0
    last_one = np.zeros(n)
    last_similarity = np.zeros(n)
    if last is not None:
        last_one[last] = 1.0
        last_similarity = np.asarray(passage_similarity[last], dtype=np.float64)
    thread_section = sections[last] if last is not None else thread.section
    same_section = np.array([float(s == thread_section) for s in sections])
    if last is not None:
        # The summary's topic is the steps it names. "More" after it, on the 46 labelled
        # turns: a right step 17 times with the steps as a feature alone, 25 as its topic
        # (both with the same fit), 33 after refitting with them as its topic.
        same_section[list(goes_on_to[last])] = 1.0
    shown_at = np.flatnonzero(shown)
    thread_closeness = (
        np.asarray(passage_similarity[shown_at], dtype=np.float64).mean(axis=0)
        if len(shown_at)
        else np.zeros(n)
    )
    candidates = np.column_stack(
        [
            alone.similarity,
            _first(alone, n),
            _reciprocal_rank(alone.ranking),
            context.similarity,
            _first(context, n),
            _reciprocal_rank(context.ranking),
            thread_search.similarity,
            last_similarity,
            shown,
            last_one,
            same_section,
            offered,
            np.log1p(np.maximum(_lexical(alone, n), 0.0)),
            _next_in_guide(last, shown, sections),
            _goes_on_to(last, shown, goes_on_to),
            thread_closeness,
            _share_of_best(set_aside, n),
        ]
    ).astype(np.float64)
    message = np.array(
        [
            float(cues.more or cues.more_about),
            more_probability,
            float(cues.doubt),
            float(cues.leans),
            float(cues.points_back),
            float(cues.changes_subject),
            float(cues.asks_for_others),
            float(cues.about_money),
            np.log1p(cues.content),
            alone_probability,
            context_probability,
            alone.margin,
            alone.evidence[EVIDENCE.index("coverage")],
            np.log1p(cues.words),
        ]
    )
    # "More about the interviews" may still be something the guide doesn't cover: it is
    # never forced to a passage, as a bare "more?" is. Nor is a message only the detector
    # reads as "more": its probability is a feature the choice weighs, not a verdict.
    others = cues.more or cues.asks_for_others or cues.more_about
    return Situation(candidates, message, others, cues.more)


def _next_in_guide(last: int | None, shown: np.ndarray, sections: list[str]) -> np.ndarray:
    """1 for the passage the guide goes on to after the last one shown: the first unseen one
    after it on its topic, else the closest unseen one before it. A weighed feature, not a
    rule: the guide's order carries its author's line of thought, which "more" often wants
    (measured: cross-validated "more" 0.738 → 0.750 with thread_closeness)."""
    found = np.zeros(len(sections))
    if last is None:
        return found
    topic = [i for i, s in enumerate(sections) if s == sections[last] and not shown[i]]
    after = [i for i in topic if i > last]
    before = [i for i in topic if i < last]
    if after or before:
        found[after[0] if after else before[-1]] = 1.0
    return found


def _goes_on_to(
    last: int | None, shown: np.ndarray, goes_on_to: list[tuple[int, ...]]
) -> np.ndarray:
    """1 for the first unseen passage the last one names to go on to (corpus front matter
    `goes_on_to`: the summary's steps, told in other topics). A feature of its own, not a
    case of next_in_guide: measured as one, its weight was set by the thousands of turns
    within a topic, and "more" after the summary still went to the author's biography."""
    found = np.zeros(len(shown))
    named = [i for i in goes_on_to[last] if not shown[i]] if last is not None else []
    if named:
        found[named[0]] = 1.0
    return found


def _share_of_best(scores: np.ndarray | None, n: int) -> np.ndarray:
    """Scores as shares of the best one: which passages a few words name, whatever the
    scale of BM25 for those words."""
    if scores is None or scores.max(initial=0.0) <= 0:
        return np.zeros(n)
    return np.maximum(scores, 0.0) / scores.max()


def _lexical(search: Search, n: int) -> np.ndarray:
    return search.lexical if search.lexical is not None else np.zeros(n)


def _first(search: Search, n: int) -> np.ndarray:
    first = np.zeros(n)
    if search.hits:
        first[int(np.argmax(search.ranking))] = 1.0
    return first


def _reciprocal_rank(ranking: np.ndarray) -> np.ndarray:
    ranks = np.empty(len(ranking))
    ranks[np.argsort(-ranking, kind="stable")] = np.arange(1, len(ranking) + 1)
    return 1.0 / ranks


class Chooser(Protocol):
    """What the decision asks of a follow-up reading (the model, or a baseline to compare)."""

    def more_probability(self, vector: np.ndarray | None) -> float: ...
    def utilities(self, situation: Situation) -> tuple[np.ndarray, float]: ...
    def choose(self, situation: Situation) -> int | None: ...


@dataclass(frozen=True, eq=False)
class FollowUpModel:
    """The choice among passages and "none", and the detector of requests for more."""

    weights: np.ndarray  # one per CROSSED
    none_weights: np.ndarray  # one per NONE_FEATURES
    mean: np.ndarray  # of CROSSED, over the training candidates
    scale: np.ndarray
    more: Logistic | None = None  # over the message's embedding

    def more_probability(self, vector: np.ndarray | None) -> float:
        if self.more is None or vector is None:
            return 0.0
        return float(self.more.probability(vector)[0])

    def utilities(self, situation: Situation) -> tuple[np.ndarray, float]:
        """Per passage (-inf where not allowed), and for "none"."""
        z = (situation.crossed() - self.mean) / self.scale
        passages = z @ self.weights
        passages[~situation.allowed] = -np.inf
        return passages, float(situation.none() @ self.none_weights)

    def choose(self, situation: Situation) -> int | None:
        """The chosen passage's position in the corpus, or None for no passage. Asked for
        more, the student gets the best passage not yet shown while one is left: "anything
        else?" after a topic of one passage goes on with the next closest to the thread."""
        passages, none = self.utilities(situation)
        if not situation.allowed.any():
            return None
        best = int(np.argmax(passages))
        return best if passages[best] > none or situation.says_more else None

    def to_json(self) -> dict[str, object]:
        return {
            "crossed": list(CROSSED),
            "none_features": list(NONE_FEATURES),
            "weights": [round(float(w), 7) for w in self.weights],
            "none_weights": [round(float(w), 7) for w in self.none_weights],
            "mean": [float(m) for m in self.mean],
            "scale": [float(s) for s in self.scale],
            "more": self.more.to_json() if self.more is not None else None,
        }

    @classmethod
    def from_json(cls, data: dict) -> FollowUpModel:
        """Raises ValueError or KeyError when it was fitted on other features."""
        if data["crossed"] != list(CROSSED) or data["none_features"] != list(NONE_FEATURES):
            raise ValueError("fitted on other features than this code computes")
        more = data.get("more")
        return cls(
            np.asarray(data["weights"], dtype=np.float64),
            np.asarray(data["none_weights"], dtype=np.float64),
            np.asarray(data["mean"], dtype=np.float64),
            np.asarray(data["scale"], dtype=np.float64),
            Logistic.from_json(more, [f"e{i}" for i in range(len(more["names"]))])
            if more
            else None,
        )
