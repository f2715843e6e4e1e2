"""Finding the passage that answers a question, or deciding that none does.

Dense search (MiniLM + FAISS over passages and their example questions, best score per
passage) and BM25 are fused by reciprocal rank fusion. Whether to answer at all is a
separate, calibrated decision on the dense similarity: the fused score is rank-based and
says nothing about whether the question is on topic.
"""

from __future__ import annotations

import json
import re
import threading
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

import numpy as np

from bot.knowledge.deciding.decline import DeclineModel
from bot.knowledge.search.corpus import Passage
from bot.knowledge.search.embedder import Embedder, load_embedder
from bot.knowledge.search.index import LoadedIndex, load_index, tokenize

# MiniLM reads at most 256 word pieces; anything past ~1,500 characters is never seen.
MAX_QUERY_CHARS = 1500
RRF_K = 60
MAX_MODEL_WORDS = 200  # about the 256 word pieces MiniLM reads; longer reads the same
POOLING_TEMPERATURE = 0.1
TOP_K = 3
CALIBRATION_FILE = "calibration.json"
# Recent searches kept, by cleaned text: after an answer, the next message is read with the
# previous question, which is searched again (bot/knowledge/context.py).
SEARCHES_REMEMBERED = 1024


class Mode(StrEnum):
    HYBRID = "hybrid"
    DENSE = "dense"
    BM25 = "bm25"


@dataclass(frozen=True)
class DeclinePolicy:
    """Answer only when the best passage is close enough and beats the nearest competitor.

    `min_score` applies to the confidence in the best passage: its cosine similarity for the
    dense and hybrid retrievers, its BM25 score for BM25. `min_margin` applies to its lead
    over the competitor: for dense and hybrid, the nearest out-of-scope example question
    (corpus/out-of-scope.txt), which makes "none of the above" a class of its own, as Rasa's
    out_of_scope intent does; for BM25, the second-best passage.
    """

    min_score: float
    min_margin: float = float("-inf")

    def answers(self, top: float, margin: float) -> bool:
        return top >= self.min_score and margin >= self.min_margin


# Below this cosine, MiniLM sees no topical relation: gibberish and greetings score 0.1-0.3.
SIMILARITY_FLOOR = 0.3
# A runner-up passage this close to the question is offered as "related".
RELATED_SIMILARITY = 0.4


# Used until `mentorbot eval --fit` writes index/calibration.json.

DEFAULT_POLICIES = {
    Mode.HYBRID: DeclinePolicy(min_score=0.35, min_margin=0.02),
    Mode.DENSE: DeclinePolicy(min_score=0.35, min_margin=0.02),
    Mode.BM25: DeclinePolicy(min_score=3.0),
}


def read_calibration(index_dir: Path) -> dict:
    """index/calibration.json, or {} before anything was fitted."""
    path = index_dir / CALIBRATION_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def write_calibration(index_dir: Path, data: dict) -> Path:
    path = index_dir / CALIBRATION_FILE
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def load_policy(index_dir: Path, mode: Mode) -> DeclinePolicy:
    if fitted := read_calibration(index_dir).get(mode.value):
        margin = fitted.get("min_margin")
        return DeclinePolicy(
            float(fitted["min_score"]), float("-inf") if margin is None else float(margin)
        )
    return DEFAULT_POLICIES[mode]


DECLINE_MODEL_KEY = "hybrid_model"


def load_decline_model(index_dir: Path) -> DeclineModel | None:
    fitted = read_calibration(index_dir).get(DECLINE_MODEL_KEY)
    return DeclineModel.from_json(fitted) if fitted else None


def save_policies(
    index_dir: Path,
    policies: dict[Mode, DeclinePolicy],
    decline_model: DeclineModel | None = None,
    **notes: object,
) -> Path:
    # What context.py fitted on dialogues stays: refitting the thresholds doesn't redo it.
    earlier = read_calibration(index_dir)
    data: dict[str, object] = {k: v for k, v in earlier.items() if k.startswith("context")}
    data |= {
        mode.value: {
            "min_score": policy.min_score,
            # JSON has no infinity; null means "no margin requirement".
            "min_margin": policy.min_margin if np.isfinite(policy.min_margin) else None,
        }
        for mode, policy in policies.items()
    }
    if decline_model is not None:
        data[DECLINE_MODEL_KEY] = decline_model.to_json()
    return write_calibration(index_dir, data | notes)


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # what the ranking used: fused RRF score, cosine, or BM25 score
    similarity: float  # dense cosine similarity, the basis of the decline decision


@dataclass(frozen=True)
class Answer:
    question: str
    answered: bool
    hits: tuple[Hit, ...]
    confidence: float = float("-inf")  # the decline decision's inputs, kept for fitting
    margin: float = float("-inf")
    evidence: np.ndarray | None = field(default=None, compare=False, repr=False)
    probability: float = float("nan")  # the decline model's P(the guide answers), if fitted
    # Per passage, the best cosine to the question (in corpus order), and the question's
    # vector: what the follow-up choice compares between a message and the conversation.
    similarities: np.ndarray | None = field(default=None, compare=False, repr=False)
    vector: np.ndarray | None = field(default=None, compare=False, repr=False)

    def related(self, limit: int = 2) -> list[Hit]:
        """The runners-up worth offering: close enough to the question to be on its topic."""
        return [hit for hit in self.hits[1:] if hit.similarity >= RELATED_SIMILARITY][:limit]


# A word said more than three times in a row ("blah blah blah blah …", "pls pls pls pls")
# adds nothing but drowns the question in the embedding's average.
_REPEATS = re.compile(r"\b(\S+)(?: \1\b){3,}", re.IGNORECASE)


def clean_question(text: str) -> str:
    """Printable, single-spaced, cut to what the model can read. Never refuses."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = re.sub(r"\s+", " ", text).strip()
    return _REPEATS.sub(r"\1 \1 \1", text)[:MAX_QUERY_CHARS]


class Retriever:
    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder,
        policy: DeclinePolicy | None = None,
        mode: Mode = Mode.HYBRID,
        decline_model: DeclineModel | None = None,
        remember: int = SEARCHES_REMEMBERED,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.mode = Mode(mode)
        self.policy = policy or DEFAULT_POLICIES[self.mode]
        self.decline_model = decline_model
        self.passages = index.corpus.passages
        self._position = {p.key: i for i, p in enumerate(self.passages)}
        self._remember = remember
        self._recent: OrderedDict[str, Answer] = OrderedDict()
        self._recent_under: tuple[object, ...] = ()  # the decision the recent answers used
        self._lock = threading.Lock()  # the bot searches in a worker thread, the CLI in its own

    @property
    def corpus(self):
        return self.index.corpus

    def answer(self, question: str) -> Answer:
        return self.answer_batch([question])[0]

    def answer_batch(self, questions: list[str]) -> list[Answer]:
        """One encode call and one FAISS search for what the batch holds that is new."""
        cleaned = [clean_question(q) for q in questions]
        known = self._recall(cleaned)
        to_search = list(dict.fromkeys(q for q in cleaned if q and q not in known))
        if to_search:
            vectors = self.embedder.encode(to_search)
            similarities, pooled = self._dense_similarities(vectors)
            out_of_scope = self._out_of_scope_similarity(vectors)
            found = {
                text: self._decide(
                    text, vectors[row], similarities[row], pooled[row], float(out_of_scope[row])
                )
                for row, text in enumerate(to_search)
            }
            self._keep(found)
            known |= found
        return [known.get(q) or Answer(q, False, ()) for q in cleaned]

    def _recall(self, texts: list[str]) -> dict[str, Answer]:
        with self._lock:
            decision = (self.mode, self.policy, self.decline_model)
            if len(decision) != len(self._recent_under) or any(
                a is not b and a != b for a, b in zip(decision, self._recent_under, strict=True)
            ):
                self._recent.clear()  # refitted (mentorbot eval --fit): answers may differ
                self._recent_under = decision
            known = {}
            for text in texts:
                if text in self._recent:
                    self._recent.move_to_end(text)
                    known[text] = self._recent[text]
            return known

    def _keep(self, found: dict[str, Answer]) -> None:
        if self._remember <= 0:
            return
        with self._lock:
            self._recent.update(found)
            while len(self._recent) > self._remember:
                self._recent.popitem(last=False)

    def _out_of_scope_similarity(self, vectors: np.ndarray) -> np.ndarray:
        index = self.index.out_of_scope
        if index.ntotal == 0:
            return np.full(len(vectors), -1.0, dtype=np.float32)
        return index.search(vectors, 1)[0][:, 0]

    def _dense_similarities(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(questions × passages) best cosine, and the pooled score that ranks passages.

        A passage has up to 15 vectors (its text and its example questions). Ranking by the
        single best one lets any stray example win; pooling them with a soft maximum
        (log-sum-exp at temperature POOLING_TEMPERATURE) rewards a passage that several of
        its examples match: hit@1 over the open question sets 0.914 → 0.937.
        """
        dense = self.index.dense
        scores, keys = dense.search(vectors, dense.ntotal)
        shape = (len(vectors), len(self.passages))
        columns = np.vectorize(self._position.__getitem__, otypes=[np.int64])(keys).ravel()
        rows = np.repeat(np.arange(len(vectors)), keys.shape[1])
        best = np.full(shape, -1.0, dtype=np.float32)
        np.maximum.at(best, (rows, columns), scores.ravel())
        # Shifted by the best score so exp() can't overflow, whatever the temperature.
        mass = np.zeros(shape, dtype=np.float64)
        shifted = (scores - scores.max(axis=1, keepdims=True)).ravel() / POOLING_TEMPERATURE
        np.add.at(mass, (rows, columns), np.exp(shifted))
        pooled = np.log(np.maximum(mass, 1e-300)) * POOLING_TEMPERATURE
        return best, pooled

    def _bm25_scores(self, text: str) -> tuple[np.ndarray, float]:
        """BM25 score per passage, and the share of the message's terms the guide uses."""
        tokens = tokenize([text])[0]
        if not tokens:
            return np.zeros(len(self.passages), dtype=np.float32), 0.0
        vocabulary = self.index.bm25.vocab_dict
        distinct = set(tokens)  # so a word repeated a thousand times counts once
        coverage = sum(token in vocabulary for token in distinct) / len(distinct)
        return np.asarray(self.index.bm25.get_scores(tokens), dtype=np.float32), coverage

    def _decide(
        self,
        question: str,
        vector: np.ndarray,
        similarity: np.ndarray,
        pooled: np.ndarray,
        out_of_scope: float,
    ) -> Answer:
        bm25, coverage = self._bm25_scores(question)
        if self.mode is Mode.DENSE:
            ranking, confidence = pooled, similarity
        elif self.mode is Mode.BM25:
            ranking, confidence = bm25, bm25
        else:
            matched = np.where(bm25 > 0, bm25, -np.inf)
            ranking, confidence = reciprocal_rank_fusion([pooled, matched]), similarity

        # Ties (common in RRF, and among BM25 zeros) are broken by dense similarity.
        order = np.lexsort((-similarity, -ranking))
        hits = tuple(
            Hit(self.passages[i], float(ranking[i]), float(similarity[i])) for i in order[:TOP_K]
        )
        ordered = np.sort(confidence)[::-1]
        top = float(ordered[0])
        if self.mode is Mode.BM25:
            margin = top - float(ordered[1]) if len(ordered) > 1 else top
        else:
            margin = top - out_of_scope
        evidence = _evidence(question, similarity, bm25, coverage, out_of_scope, order[0])
        probability = float("nan")
        if self.mode is Mode.HYBRID and self.decline_model is not None:
            probability = float(self.decline_model.probability(evidence, vector)[0])
            answered = probability >= self.decline_model.threshold
        else:
            answered = self.policy.answers(top, margin)
        return Answer(
            question, answered, hits, top, margin, evidence, probability, similarity, vector
        )


def _evidence(
    question: str,
    similarity: np.ndarray,
    bm25: np.ndarray,
    coverage: float,
    out_of_scope: float,
    first: int,
) -> np.ndarray:
    """The decline model's inputs, in the order of decline.FEATURES."""
    best_two = np.sort(similarity)[-2:]
    gap = float(best_two[-1] - best_two[0]) if len(best_two) == 2 else 0.0
    return np.array(
        [
            similarity.max(),
            similarity[first],
            out_of_scope,
            similarity.max() - out_of_scope,
            gap,
            np.log1p(max(float(bm25.max()), 0.0)),
            np.log1p(max(float(bm25[first]), 0.0)),
            coverage,
            np.log1p(min(len(question.split()), MAX_MODEL_WORDS)),
            float(similarity.argmax() == bm25.argmax() and bm25.max() > 0),
        ],
        dtype=np.float64,
    )


def reciprocal_rank_fusion(score_lists: list[np.ndarray], k: int = RRF_K) -> np.ndarray:
    """Σ 1 / (k + rank), rank starting at 1, over what each retriever retrieved.

    A passage a retriever did not retrieve (score -inf, e.g. BM25 with no term in common)
    gets nothing from it; ranking the non-matches too would hand out credit by corpus order.
    """
    fused = np.zeros_like(score_lists[0], dtype=np.float64)
    for scores in score_lists:
        ranks = np.empty(len(scores), dtype=np.float64)
        ranks[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
        fused += np.where(np.isneginf(scores), 0.0, 1.0 / (k + ranks))
    return fused


def load_retriever(corpus_dir: Path, index_dir: Path, mode: Mode = Mode.HYBRID) -> Retriever:
    """The index, the model and the fitted policy, ready to answer.

    Raises IndexUnavailable or ModelUnavailable with a one-line message.
    """
    index = load_index(corpus_dir, index_dir)
    return Retriever(
        index, load_embedder(), load_policy(index_dir, mode), mode, load_decline_model(index_dir)
    )
