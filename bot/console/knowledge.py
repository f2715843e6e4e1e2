"""The bot's own model and search, as the console uses them: loaded in the background, run in
worker threads, following the index version that is live.

The console never waits for the model: until it has loaded, the inbox groups questions by
their words alone and says so, and the passage search says it will be there in a moment.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.config import Settings
from bot.knowledge.deciding.models import ModelsUnavailable, load_models
from bot.knowledge.search.corpus import Corpus, CorpusError, load_corpus
from bot.knowledge.search.embedder import Embedder, load_embedder
from bot.knowledge.search.index import load_index, read_manifest, version_manifest
from bot.knowledge.search.retriever import Retriever
from bot.loading import Loading, LoadState

log = logging.getLogger(__name__)

# Answered questions whose P(answer) is under the decline threshold plus this are "least
# sure": the ones a small change of wording would have had declined.
LEAST_SURE_MARGIN = 0.05
DEFAULT_THRESHOLD = 0.5  # when no fitted decision can be read
VECTORS_KEPT = 20_000  # embeddings of questions remembered, by text
SEARCH_RESULTS = 6


@dataclass(frozen=True)
class Found:
    passage_id: str
    section: str
    title: str
    text: str
    similarity: float


class Knowledge:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._embedder: Loading[Embedder] = Loading("the embedding model", load_embedder)
        self._live: Retriever | None = None
        self._next: Loading[Retriever] | None = None
        self._next_version: str | None = None
        self._refused: str | None = None  # a version that failed to load
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self._corpus: tuple[str, Corpus] | None = None
        self._threshold: tuple[str, float] | None = None

    def start(self) -> None:
        self._embedder.start()
        self._follow()

    @property
    def state(self) -> LoadState:
        return self._embedder.state

    @property
    def reason(self) -> str | None:
        return self._embedder.reason

    @property
    def ready(self) -> bool:
        return self._embedder.state is LoadState.READY

    # ── what is live ─────────────────────────────────────────────────────────

    def live_version(self) -> str | None:
        manifest = read_manifest(self.settings.index_dir)
        return manifest.version if manifest else None

    def corpus(self) -> Corpus | None:
        """The live corpus (titles and topics of passages); read again after a publish."""
        version = self.live_version() or ""
        if self._corpus is None or self._corpus[0] != version:
            try:
                self._corpus = (version, load_corpus(self.settings.corpus_dir))
            except (CorpusError, OSError) as error:
                log.warning("Could not read the corpus: %s", error)
                return self._corpus[1] if self._corpus else None
        return self._corpus[1]

    def least_sure(self) -> float:
        """Answered questions under this P(answer) are among the bot's least sure."""
        manifest = read_manifest(self.settings.index_dir)
        if manifest is None:
            return DEFAULT_THRESHOLD + LEAST_SURE_MARGIN
        if self._threshold is None or self._threshold[0] != manifest.version:
            try:
                models = load_models(manifest.folder(self.settings.index_dir), manifest.corpus_hash)
                threshold = models.decline.threshold
            except ModelsUnavailable:
                threshold = DEFAULT_THRESHOLD
            self._threshold = (manifest.version, threshold)
        return self._threshold[1] + LEAST_SURE_MARGIN

    # ── embedding ─────────────────────────────────────────────────────────────

    async def embed(self, texts: list[str]) -> np.ndarray | None:
        """Normalised embeddings of `texts`, or None while the model is loading (or failed)."""
        if not self.ready:
            self._embedder.start()
            return None
        return await asyncio.to_thread(self._embed, texts)

    def _embed(self, texts: list[str]) -> np.ndarray:
        embedder = self._embedder.get()
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        found = dict(zip(missing, embedder.encode(missing), strict=True)) if missing else {}
        with self._lock:
            for text, vector in found.items():
                self._vectors[text] = vector
            while len(self._vectors) > VECTORS_KEPT:
                self._vectors.popitem(last=False)
            known = {t: self._vectors.get(t) for t in texts}
        rows = [vector if (vector := known[t]) is not None else found[t] for t in texts]
        return np.vstack(rows) if rows else np.zeros((0, embedder.dimension), dtype=np.float32)

    def embed_blocking(self, texts: list[str]) -> np.ndarray:
        """For publishing, already in a worker thread: waits for the model."""
        self._embedder.wait_blocking()
        return self._embed(texts)

    # ── the bot's passage search ──────────────────────────────────────────────

    async def search(self, text: str) -> list[Found] | None:
        """Passages for `text`, best first, as the bot ranks them; None while loading."""
        retriever = self._follow()
        if retriever is None or not text.strip():
            return None if retriever is None else []
        search = await asyncio.to_thread(retriever.search, text)
        order = np.argsort(-search.ranking, kind="stable")[:SEARCH_RESULTS]
        return [
            Found(
                passage.id,
                passage.section,
                passage.title,
                passage.text,
                float(search.similarity[i]),
            )
            for i in order
            for passage in [retriever.passages[int(i)]]
        ]

    def _follow(self) -> Retriever | None:
        """The retriever of the live version. A newly published version loads in the
        background while the one before keeps searching; one that fails to load is skipped."""
        if self._next is not None and self._next.state is not LoadState.LOADING:
            if self._next.state is LoadState.READY:
                self._live = self._next.get()
            else:
                self._refused = self._next_version
            self._next = None
        version = self.live_version()
        current = self._live.index.manifest.version if self._live else None
        if version and version not in (current, self._refused) and self._next is None:
            self._next_version = version
            self._next = Loading("the passage search", lambda: self._load_retriever(version))
            self._next.start()
        return self._live

    def _load_retriever(self, version: str) -> Retriever:
        manifest = version_manifest(self.settings.index_dir, version)
        if manifest is None:
            raise RuntimeError(f"no index version {version} in {self.settings.index_dir}")
        index = load_index(self.settings.corpus_dir, self.settings.index_dir, manifest)
        return Retriever(index, self._embedder.wait_blocking())


def folder_of(settings: Settings) -> Path:
    """Where the console keeps its staged corpora: beside the database, on its volume."""
    return settings.db_path.parent / "console"
