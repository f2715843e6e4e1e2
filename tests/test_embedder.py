"""The embedder's direct path for a message's few texts gives the library's own vectors."""

from __future__ import annotations

import numpy as np
import pytest

from bot.knowledge.search.embedder import _padding_costs_more, load_embedder

TEXTS = [
    "do i need a phd for an ml internship?",
    "kya ML internship ke liye PhD zaroori hai?",
    "Что такое PyTorch?",
    "ok",
    "word " * 400,  # longer than the model reads: truncated the same way
    "",
]


@pytest.fixture(scope="module")
def embedder():
    return load_embedder()


def library(embedder, texts: list[str]) -> np.ndarray:
    return embedder._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)


@pytest.mark.parametrize("text", TEXTS)
def test_one_text_is_encoded_as_the_library_encodes_it(embedder, text):
    vector = embedder.encode([text])
    assert vector.shape == (1, embedder.dimension) and vector.dtype == np.float32
    np.testing.assert_allclose(vector, library(embedder, [text]), atol=1e-5)
    assert np.isclose(np.linalg.norm(vector), 1.0, atol=1e-5)


def test_a_few_texts_of_different_lengths_match_the_library_padded_together(embedder):
    np.testing.assert_allclose(embedder.encode(TEXTS), library(embedder, TEXTS), atol=1e-5)


def test_more_texts_than_a_batch_go_through_the_library(embedder):
    texts = [f"question number {i} about kaggle" for i in range(40)]
    vectors = embedder.encode(texts, batch_size=8)
    np.testing.assert_allclose(vectors, library(embedder, texts), atol=1e-5)
    assert vectors.flags["C_CONTIGUOUS"]


def test_no_texts_give_an_empty_matrix(embedder):
    assert embedder.encode([]).shape == (0, embedder.dimension)


def test_a_short_text_beside_a_long_one_is_encoded_alone_with_the_same_vectors(embedder):
    story = "I'm a second-year student in Lagos and I have been learning ML for a year. " * 6
    texts = [story, "Who is right?"]
    assert _padding_costs_more(texts)
    vectors = embedder.encode(texts)
    assert vectors.dtype == np.float32 and vectors.flags["C_CONTIGUOUS"]
    np.testing.assert_allclose(vectors, library(embedder, texts), atol=1e-5)


@pytest.mark.parametrize(
    "texts",
    [
        ["do i need a phd?"],
        ["do i need a phd?", "how do i apply?"],
        ["what should i study for an ml internship?", "and how do i apply to one?"],
    ],
)
def test_texts_of_like_lengths_are_encoded_together(texts):
    assert not _padding_costs_more(texts)
