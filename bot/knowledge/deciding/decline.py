"""Whether the guide answers a text at all: two logistic regressions, stacked.

1. *Topic*, over the text's MiniLM embedding: trained on the corpus's passages and example
   questions (in the guide's scope) against corpus/out-of-scope.txt and the labelled
   questions. It learns which directions of the embedding mean "getting an ML internship"
   rather than "an internship" or "ML".
2. *Decision*, over the search's evidence (search.retriever.EVIDENCE) plus the topic logit.

A text is answered when P(answer) reaches the fitted threshold. Fitted by `mentorbot fit`
(bot/knowledge/fitting/decline.py); two plain thresholds on the best cosine and its margin
over the nearest out-of-scope example are the baseline it must beat there.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from bot.knowledge.deciding.logistic import Logistic
from bot.knowledge.search.retriever import EVIDENCE, Search

TOPIC = "topic"  # the topic model's logit
# The share of the message's words glossed from another language: a glossed question
# reads less like the guide than the same question in English ("i need a PhD for a
# internship of DL?"), and the decision learns how much less.
GLOSSED = "glossed"
DECISION_INPUTS = (*EVIDENCE, TOPIC, GLOSSED)


def embedding_names(dimension: int) -> tuple[str, ...]:
    return tuple(f"e{i}" for i in range(dimension))


@dataclass(frozen=True, eq=False)
class DeclineModel:
    """P(the guide answers this text), from its search's evidence and its embedding."""

    topic: Logistic  # over the embedding
    decision: Logistic  # over DECISION_INPUTS
    threshold: float = 0.5

    def probabilities(
        self, evidence: np.ndarray, vectors: np.ndarray, glossed: np.ndarray | float = 0.0
    ) -> np.ndarray:
        evidence = np.atleast_2d(evidence)
        shares = np.broadcast_to(np.asarray(glossed, dtype=np.float64), (len(evidence),))
        inputs = np.column_stack([evidence, self.topic.logit(vectors), shares])
        return self.decision.probability(inputs)

    def probability(self, search: Search, glossed: float = 0.0) -> float:
        if search.vector is None or not search.hits:
            return 0.0  # nothing readable was searched
        return float(self.probabilities(search.evidence, search.vector, glossed)[0])

    def answers(self, search: Search, glossed: float = 0.0) -> bool:
        return self.probability(search, glossed) >= self.threshold

    def to_json(self) -> dict[str, object]:
        return {
            "topic": self.topic.to_json(),
            "decision": self.decision.to_json(),
            "threshold": self.threshold,
        }

    @classmethod
    def from_json(cls, data: dict) -> DeclineModel:
        """Raises ValueError or KeyError when it doesn't fit this code."""
        topic_names = data["topic"]["names"]
        return cls(
            Logistic.from_json(data["topic"], embedding_names(len(topic_names))),
            Logistic.from_json(data["decision"], DECISION_INPUTS),
            float(data["threshold"]),
        )
