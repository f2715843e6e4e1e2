"""Searching with the real model and index: what ranks first, what a search keeps, and that
recent searches are remembered. Whether to answer is decided elsewhere (test_decline.py)."""

from __future__ import annotations

import numpy as np
import pytest

from bot.knowledge.reading.thread import with_context
from bot.knowledge.search.index import flat_vectors
from bot.knowledge.search.retriever import (
    POOLING_TEMPERATURE,
    RELATED_SIMILARITY,
    TOP_K,
    Mode,
    Retriever,
    reciprocal_rank_fusion,
)
from bot.knowledge.search.text import MAX_QUERY_CHARS, clean


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("do i need a phd to get a deep learning internship", "myth-need-phd"),
        ("pytorch or tensorflow?", "prac-framework"),
        ("i have no gpu, where can i train models for free", "prac-colab"),
        ("who is chip huyen", "prac-ml-interview-book"),
        ("what's the best way to apply, referral?", "apply-best-routes"),
        ("can I apply to nvidia from brazil", "myth-must-be-in-us"),
        ("does a workshop poster count", "stand-publications"),
        ("what is the exploratory call with a recruiter", "proc-recruiter-call"),
        ("do I need c++ or just python", "qual-python-cpp"),
        ("when was this guide written", "about-written-2020"),
        ("do interviewers want me to fail", "myth-interviewer-fail"),
        ("is kaggle worth it", "stand-competitions"),
    ],
)
def test_fixed_questions_rank_their_passage_first(retriever, question, passage):
    assert retriever.search(question).hits[0].passage.id == passage


def test_dense_scores_are_the_flat_index_own_inner_products(retriever):
    """The matrix product that replaced FAISS's exhaustive search gives FAISS's numbers."""
    text = "is colab free?"
    vector = retriever.embedder.encode([text])
    dense = retriever.index.dense
    scores, keys = dense.search(vector, dense.ntotal)
    by_passage: dict[int, list[float]] = {}
    for score, key in zip(scores[0], keys[0], strict=True):
        by_passage.setdefault(int(key), []).append(float(score))
    search = retriever.search(text)
    for i, passage in enumerate(retriever.passages):
        assert search.similarity[i] == pytest.approx(max(by_passage[passage.key]), abs=1e-5)
    vectors, ids = flat_vectors(dense)
    assert len(vectors) == len(ids) == dense.ntotal


def test_a_passage_is_pooled_over_its_vectors_with_a_soft_maximum(retriever):
    search = retriever.search("which deep learning framework should I pick")
    i = next(i for i, p in enumerate(retriever.passages) if p.id == "prac-framework")
    # Pooled scores are shifted by the text's best cosine (so exp() can't overflow): a
    # passage's sits between its best vector and its best plus T·log(its vectors).
    dense = Retriever(retriever.index, retriever.embedder, Mode.DENSE).search(search.text)
    vectors = 1 + len(retriever.passages[i].questions)
    best = search.similarity[i] - search.best
    assert best - 1e-6 <= dense.ranking[i] <= best + POOLING_TEMPERATURE * np.log(vectors)


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01", "\u200b"])
def test_an_empty_text_finds_nothing_without_searching(retriever, text):
    search = retriever.search(text)
    assert search.hits == () and search.vector is None


def test_a_huge_text_is_cut_not_refused(retriever):
    search = retriever.search("kaggle " * 10_000)
    assert len(search.text) <= MAX_QUERY_CHARS and search.hits


def test_clean_normalises_text():
    assert clean("  do\x00 I\n\tneed  a ＰｈＤ?  ") == "do I need a PhD?"
    assert clean("pls " * 50) == "pls pls pls"


def test_clean_may_keep_line_breaks_one_each():
    assert clean("  - a\r\n\n\t- b\u2028c \x00 ", keep_lines=True) == "- a\n- b\nc"


def test_a_batch_searches_like_single_texts(retriever):
    texts = ["is colab free?", "how do I bake bread", "do I need a phd?"]
    for one, batched in zip(
        [retriever.search(t) for t in texts], retriever.search_batch(texts), strict=True
    ):
        assert [h.passage.id for h in one.hits] == [h.passage.id for h in batched.hits]
        assert np.allclose(one.similarity, batched.similarity, atol=1e-5)


def test_a_search_holds_the_best_three_best_first(retriever):
    search = retriever.search("how do I prepare for the coding interview?")
    assert len(search.hits) == TOP_K
    assert [h.score for h in search.hits] == sorted((h.score for h in search.hits), reverse=True)
    assert search.evidence.shape == (10,) and search.vector is not None


def test_reciprocal_rank_fusion_rewards_agreement():
    dense = np.array([0.9, 0.8, 0.1])
    bm25 = np.array([-np.inf, 5.0, 1.0])
    fused = reciprocal_rank_fusion([dense, bm25])
    assert fused.argmax() == 1  # second for one, first for the other
    assert fused[0] == pytest.approx(1 / 61)  # nothing from a retriever that didn't find it


def test_related_passages_are_on_the_questions_topic(retriever):
    # "colab free" shares no word with most passages: BM25's non-matches must not be
    # ranked by corpus order and offered as related (they once were: About the author).
    search = retriever.search("is colab free?")
    assert all(h.passage.section != "about" for h in search.hits)
    assert all(h.similarity >= RELATED_SIMILARITY for h in search.related())
    assert len(retriever.search("do i need a phd").related()) == 2


def test_passages_are_most_like_themselves(retriever):
    similarity = retriever.passage_similarity
    assert similarity.shape == (len(retriever.passages),) * 2
    assert np.allclose(np.diag(similarity), 1.0, atol=1e-5)
    assert (similarity.argmax(axis=1) == np.arange(len(similarity))).all()


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to encode."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.dimension = embedder.dimension
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded.extend(texts)
        return self.embedder.encode(texts)


def counting(retriever: Retriever, remember: int = 1024) -> tuple[Retriever, CountingEmbedder]:
    embedder = CountingEmbedder(retriever.embedder)
    fresh = Retriever(retriever.index, embedder, remember=remember)  # type: ignore[arg-type]
    return fresh, embedder


def test_a_recent_search_is_not_searched_again(retriever):
    fresh, embedder = counting(retriever)
    first = fresh.search("is colab free?")
    again = fresh.search_batch(["do I need a phd?", "is colab free?", "do I need a phd?"])
    assert embedder.encoded == ["is colab free?", "do I need a phd?"]
    assert again[1] is first and again[0] is again[2]
    assert [h.passage.id for h in again[0].hits] == [
        h.passage.id for h in retriever.search("do I need a phd?").hits
    ]


def test_recent_searches_are_bounded_and_can_be_switched_off(retriever):
    fresh, embedder = counting(retriever, remember=2)
    for text in ("is colab free?", "do I need a phd?", "how do I apply?", "is colab free?"):
        fresh.search(text)
    assert embedder.encoded.count("is colab free?") == 2  # the oldest was forgotten
    off, embedder = counting(retriever, remember=0)
    off.search("is colab free?")
    off.search("is colab free?")
    assert embedder.encoded == ["is colab free?", "is colab free?"]


JOINED = [
    ("which deep learning framework should I learn?", "and what hardware do I need for it?"),
    ("do I need a phd for an ml internship?", "what about research labs?"),
    ("how do I apply for an internship?", "and which route works best?"),
    ("what happens in the phone screens?", "how many are there?"),
]


@pytest.mark.parametrize(("thread", "message"), JOINED)
def test_a_message_joined_with_the_thread_is_searched_from_the_two_vectors(
    retriever, thread, message
):
    fresh, embedder = counting(retriever)
    text = with_context(thread, message)
    parts = fresh.search_batch([thread, message])
    joined = fresh.search_joined(text, [(parts[0], len(thread.split())),
                                        (parts[1], len(message.split()))])  # fmt: skip
    assert embedder.encoded == [thread, message]  # the joined text is never encoded
    encoded = retriever.search(text)
    assert joined.text == encoded.text == text
    assert joined.hits[0].passage.id == encoded.hits[0].passage.id
    assert joined.vector is not None and encoded.vector is not None
    assert float(joined.vector @ encoded.vector) > 0.8
    assert np.isclose(np.linalg.norm(joined.vector), 1.0, atol=1e-5)
    np.testing.assert_array_equal(joined.lexical, encoded.lexical)  # BM25 reads the text


def test_a_joined_search_takes_its_direction_from_the_parts_by_their_words(retriever):
    thread, message = retriever.search_batch(["is colab free?", "do I need a phd?"])
    only_message = retriever.search_joined("is colab free? do I need a phd?",
                                           [(thread, 0), (message, 5)])  # fmt: skip
    np.testing.assert_allclose(only_message.vector, message.vector, atol=1e-6)
    nothing = retriever.search_joined("", [(retriever.search(""), 3)])
    assert nothing.hits == () and nothing.vector is None


def test_every_blas_loaded_with_the_retriever_runs_on_one_thread(retriever):
    from threadpoolctl import threadpool_info

    assert {p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"} == {1}
