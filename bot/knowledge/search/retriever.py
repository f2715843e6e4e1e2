"""Searching the guide: every passage scored for a text, and the evidence a decision needs.

Dense search (MiniLM over each passage and its example questions) and BM25 are fused by
reciprocal rank fusion. The retriever only searches: whether to answer at all, and how a
message after an answer is read, are decided in bot/knowledge/deciding/ from the evidence
kept here.

A passage's dense score pools the cosines of its vectors (its text and up to 14 example
questions) with a soft maximum, log-sum-exp at temperature 0.1. Ranking by the single best
vector lets any stray example win; pooling rewards a passage that several of its examples
match (hit@1 over the open question sets 0.914 → 0.937).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path

import numpy as np

from bot.knowledge.search.corpus import Corpus, Passage
from bot.knowledge.search.embedder import Embedder, load_embedder
from bot.knowledge.search.index import LoadedIndex, flat_vectors, load_index, tokenize_query
from bot.knowledge.search.text import clean, words

RRF_K = 60
MAX_MODEL_WORDS = 200  # about the 256 word pieces MiniLM reads; longer reads the same
POOLING_TEMPERATURE = 0.1
TOP_K = 3
# A runner-up passage this close to the question is offered as "related".
RELATED_SIMILARITY = 0.4
# Recent searches kept, by cleaned text: after an answer, the next message is read with the
# previous question, which would otherwise be searched again.
SEARCHES_REMEMBERED = 1024


class Mode(StrEnum):
    """How passages are ranked. The bot runs HYBRID; the others are for `mentorbot eval`."""

    HYBRID = "hybrid"
    DENSE = "dense"
    BM25 = "bm25"


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float  # what the ranking used: fused RRF score, pooled cosine, or BM25 score
    similarity: float  # the best cosine between the text and the passage's vectors


EVIDENCE = (
    "similarity",  # best cosine between the text and any passage (or its example questions)
    "first_similarity",  # cosine of the passage ranked first
    "out_of_scope",  # cosine to the nearest out-of-scope example
    "margin",  # similarity - out_of_scope
    "similarity_gap",  # best passage's lead over the second-best
    "bm25",  # log(1 + best BM25 score)
    "first_bm25",  # log(1 + BM25 score of the passage ranked first)
    "coverage",  # share of the text's distinct terms the guide uses at all
    "log_words",  # log(1 + words in the text)
    "agreement",  # 1 when dense and BM25 prefer the same passage
)


@dataclass(frozen=True, eq=False)
class Search:
    """One text searched: the best passages, and per passage (in corpus order) what the
    decisions compare between a message, the conversation, and the passages."""

    text: str
    hits: tuple[Hit, ...]
    similarity: np.ndarray = field(repr=False)  # best cosine per passage
    ranking: np.ndarray = field(repr=False)  # the fused score per passage
    out_of_scope: float = -1.0
    evidence: np.ndarray = field(default_factory=lambda: np.zeros(len(EVIDENCE)), repr=False)
    vector: np.ndarray | None = field(default=None, repr=False)
    lexical: np.ndarray | None = field(default=None, repr=False)  # BM25 score per passage

    @property
    def best(self) -> float:
        """The best cosine to any passage."""
        return float(self.similarity.max()) if self.similarity.size else -1.0

    @property
    def margin(self) -> float:
        """How much closer the text is to a passage than to any out-of-scope example."""
        return self.best - self.out_of_scope

    @property
    def shares_a_term(self) -> bool:
        """Some passage has a word of the text (BM25 found something)."""
        return bool(self.evidence[EVIDENCE.index("bm25")] > 0)

    def related(self, limit: int = 2) -> list[Hit]:
        """The runners-up worth offering: close enough to the text to be on its topic."""
        return [hit for hit in self.hits[1:] if hit.similarity >= RELATED_SIMILARITY][:limit]


class Retriever:
    def __init__(
        self,
        index: LoadedIndex,
        embedder: Embedder,
        mode: Mode = Mode.HYBRID,
        remember: int = SEARCHES_REMEMBERED,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.mode = Mode(mode)
        self.passages = index.corpus.passages
        self._vectors, self._starts = _grouped_vectors(index, self.passages)
        self.passage_similarity = _passage_similarity(self._vectors, self._starts)
        self._remember = remember
        self._recent: OrderedDict[str, Search] = OrderedDict()
        self._lock = threading.Lock()  # the bot searches in a worker thread, the CLI in its own

    @property
    def corpus(self) -> Corpus:
        return self.index.corpus

    def search(self, text: str) -> Search:
        return self.search_batch([text])[0]

    def search_batch(self, texts: list[str]) -> list[Search]:
        """One encode call for what the batch holds that wasn't searched recently."""
        cleaned = [clean(t) for t in texts]
        known = self._recall(cleaned)
        to_search = list(dict.fromkeys(t for t in cleaned if t and t not in known))
        if to_search:
            vectors = self.embedder.encode(to_search)
            found = dict(zip(to_search, self.search_vectors(to_search, vectors), strict=True))
            self._keep(found)
            known |= found
        return [known.get(t) or self._nothing(t) for t in cleaned]

    def search_vectors(self, texts: list[str], vectors: np.ndarray) -> list[Search]:
        """Search texts already embedded (fitting embeds thousands at once)."""
        best, pooled = self._dense_scores(vectors)
        out_of_scope = self._out_of_scope_similarity(vectors)
        return [
            self._search(text, vectors[row], best[row], pooled[row], float(out_of_scope[row]))
            for row, text in enumerate(texts)
        ]

    def search_joined(self, text: str, parts: Sequence[tuple[Search, float]]) -> Search:
        """`text`, the parts joined, searched without embedding it: by the parts' vectors
        weighted by how many words each gives the text. MiniLM's embedding is the mean of
        its tokens', so this is close to embedding `text` (cosine 0.94 on average for a
        message and the thread's question) and saves encoding a turn's longest text."""
        weighted = [w * s.vector for s, w in parts if s.vector is not None and w > 0]
        if not weighted:
            return self._nothing(text)
        joined = np.sum(weighted, axis=0)
        norm = float(np.linalg.norm(joined))
        if norm == 0.0:
            return self._nothing(text)
        vector = (joined / norm).astype(np.float32)[None, :]
        return self.search_vectors([clean(text)], vector)[0]

    def _nothing(self, text: str) -> Search:
        """An empty text finds nothing."""
        zeros = np.zeros(len(self.passages), dtype=np.float32)
        return Search(text, (), zeros, zeros.astype(np.float64))

    def _recall(self, texts: list[str]) -> dict[str, Search]:
        with self._lock:
            known = {}
            for text in texts:
                if text in self._recent:
                    self._recent.move_to_end(text)
                    known[text] = self._recent[text]
            return known

    def _keep(self, found: dict[str, Search]) -> None:
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

    def _dense_scores(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(texts × passages) best cosine, and the pooled score that ranks passages.

        Every vector's score is needed, so this is the flat index's own inner product as one
        matrix product; the vectors are grouped by passage at load, so each passage's best
        and pooled score is a reduction over its run (no sort, no per-vector lookup).
        """
        scores = vectors @ self._vectors.T
        best = np.maximum.reduceat(scores, self._starts, axis=1)
        # Shifted by the row's best score so exp() can't overflow, whatever the temperature.
        shifted = (scores - scores.max(axis=1, keepdims=True)) / POOLING_TEMPERATURE
        mass = np.add.reduceat(np.exp(shifted.astype(np.float64)), self._starts, axis=1)
        pooled = np.log(np.maximum(mass, 1e-300)) * POOLING_TEMPERATURE
        return best, pooled

    def lexical(self, text: str) -> np.ndarray:
        """BM25 score per passage for `text`, without embedding it: a few words a message
        names in passing ("besides GitHub") cost next to nothing to place."""
        return self._bm25_scores(text)[0].astype(np.float64)

    def _bm25_scores(self, text: str) -> tuple[np.ndarray, float]:
        """BM25 score per passage, and the share of the text's terms the guide uses."""
        tokens = tokenize_query(text)
        if not tokens:
            return np.zeros(len(self.passages), dtype=np.float32), 0.0
        vocabulary = self.index.bm25.vocab_dict
        distinct = set(tokens)  # so a word repeated a thousand times counts once
        coverage = sum(token in vocabulary for token in distinct) / len(distinct)
        return np.asarray(self.index.bm25.get_scores(tokens), dtype=np.float32), coverage

    def _search(
        self,
        text: str,
        vector: np.ndarray,
        similarity: np.ndarray,
        pooled: np.ndarray,
        out_of_scope: float,
    ) -> Search:
        bm25, coverage = self._bm25_scores(text)
        if self.mode is Mode.DENSE:
            ranking = pooled
        elif self.mode is Mode.BM25:
            ranking = bm25.astype(np.float64)
        else:
            matched = np.where(bm25 > 0, bm25, -np.inf)
            ranking = reciprocal_rank_fusion([pooled, matched])
        # Ties (common in RRF, and among BM25 zeros) are broken by dense similarity.
        order = np.lexsort((-similarity, -ranking))
        hits = tuple(
            Hit(self.passages[i], float(ranking[i]), float(similarity[i])) for i in order[:TOP_K]
        )
        evidence = _evidence(text, similarity, bm25, coverage, out_of_scope, int(order[0]))
        return Search(
            text, hits, similarity, ranking, out_of_scope, evidence, vector, bm25.astype(np.float64)
        )


def _grouped_vectors(index: LoadedIndex, passages: tuple[Passage, ...]) -> tuple[np.ndarray, ...]:
    """The dense index's vectors ordered by passage (corpus order), and where each run starts."""
    vectors, keys = flat_vectors(index.dense)
    position = {p.key: i for i, p in enumerate(passages)}
    columns = np.array([position[int(k)] for k in keys])
    order = np.argsort(columns, kind="stable")
    counts = np.bincount(columns, minlength=len(passages))
    if (counts == 0).any():
        raise ValueError("every passage needs at least one vector in the dense index")
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    return np.ascontiguousarray(vectors[order]), starts


def _passage_similarity(vectors: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Cosine between passages' own texts (the first vector of each run): how much one
    passage repeats another, for choosing what to show as "more"."""
    own = vectors[starts]
    return own @ own.T


def _evidence(
    text: str,
    similarity: np.ndarray,
    bm25: np.ndarray,
    coverage: float,
    out_of_scope: float,
    first: int,
) -> np.ndarray:
    """The decline decision's inputs, in the order of EVIDENCE."""
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
            np.log1p(min(len(words(text)), MAX_MODEL_WORDS)),
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
    """The index and the model, ready to search.

    Raises IndexUnavailable or ModelUnavailable with a one-line message.
    """
    retriever = Retriever(load_index(corpus_dir, index_dir), load_embedder(), mode)
    numpy_on_one_thread()  # after the imports, so every BLAS they loaded is limited
    return retriever


@cache
def numpy_on_one_thread() -> None:
    """A search's products are one row by a few hundred: microseconds on one thread. With
    two, OpenBLAS's workers keep spinning after each and take the cores from the torch
    threads encoding the next message, as FAISS's did (search/index.py): `mentorbot ask`
    cost 1.30-1.39x a bare encode per question with them, 1.09-1.10x without
    (benchmarks/ask_cost.py). Process-wide, for the BLAS libraries loaded by then (numpy's,
    scipy's, FAISS's): fitting's products run on one thread too."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1, user_api="blas")
