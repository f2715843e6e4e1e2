"""The embedded index in index/: built from corpus/ once, committed, loaded at start-up.

Each build is a version, a folder named after its corpus hash, and manifest.json names the
live one. A build writes its folder whole (under a temporary name, then renamed), and
`activate` then replaces manifest.json in one rename: a reader that reads the manifest
first and then its folder sees one whole version, old or new, never half of each. The
running bot and the operator's console rely on that to change the index under a bot that
keeps answering. The live version and the one before it are kept.

    manifest.json             the live version, model, dimension, corpus hash, counts
    <version>/passages.json   the passage store, in corpus order
    <version>/dense.faiss     IndexIDMap(IndexFlatIP): one vector per passage and per
                              example question, each carrying its passage's 63-bit key
    <version>/out_of_scope.faiss  IndexFlatIP over corpus/out-of-scope.txt
    <version>/bm25/           the bm25s model over passage title + text + example questions
    <version>/calibration.json  the decisions fitted on this version (`mentorbot fit`)

Exact inner-product search is right at this size (a few hundred vectors): it is exact,
needs no training, and is deterministic.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.files import write_atomically
from bot.knowledge.search.corpus import (
    Corpus,
    Passage,
    content_hash,
    group_sections,
    load_corpus,
    load_out_of_scope,
)
from bot.knowledge.search.embedder import MODEL_NAME, Embedder

# faiss, bm25s (with scipy) and numpy are imported where they are used, so that the bot can
# read the corpus (load_indexed_corpus) and start answering commands before they load.
if TYPE_CHECKING:
    import bm25s
    import faiss
    import numpy as np

FORMAT_VERSION = 2
MANIFEST = "manifest.json"
VERSION_LENGTH = 16  # hex digits of the corpus hash that name a version's folder
PASSAGES = "passages.json"
DENSE = "dense.faiss"
OUT_OF_SCOPE = "out_of_scope.faiss"
BM25_DIR = "bm25"


@cache
def _faiss() -> Any:
    import faiss

    # A search over a few hundred vectors takes microseconds on one thread. With more,
    # FAISS's OpenMP workers keep spinning after each search and steal the two cores from
    # the torch threads that encode the next question: that doubled the cost of every answer.
    faiss.omp_set_num_threads(1)
    return faiss


@cache
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


class IndexUnavailable(RuntimeError):
    """The index is missing or stale; the message names the command that fixes it."""


@dataclass(frozen=True)
class Manifest:
    format: int
    model: str
    dimension: int
    corpus_hash: str
    passages: int
    vectors: int
    out_of_scope: int

    @property
    def version(self) -> str:
        return self.corpus_hash[:VERSION_LENGTH]

    def folder(self, index_dir: Path) -> Path:
        return index_dir / self.version


@dataclass(frozen=True)
class LoadedIndex:
    manifest: Manifest
    corpus: Corpus
    dense: faiss.Index
    out_of_scope: faiss.Index
    bm25: bm25s.BM25
    folder: Path  # the version's folder, where its fitted decisions live


def tokenize(texts: list[str]) -> list[list[str]]:
    """Lower-cased, stop-word-free, Snowball-stemmed tokens, the same for build and query."""
    import bm25s

    return bm25s.tokenize(
        texts, stopwords="en", stemmer=_stemmer(), return_ids=False, show_progress=False
    )


# bm25s.tokenize's own pattern: words of two letters or more.
_QUERY_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tokenize_query(text: str) -> list[str]:
    """`tokenize([text])[0]` (tests/test_index.py), for one student's message: bm25s sets up
    its stop words, pattern and progress bars on every call, a third of a millisecond, and
    a message's words are stemmed once each across messages."""
    stop = _stop_words()
    return [_stem(token) for token in _QUERY_TOKEN.findall(text.lower()) if token not in stop]


@cache
def _stop_words() -> frozenset[str]:
    from bm25s.tokenization import STOPWORDS_EN

    return frozenset(STOPWORDS_EN)


@lru_cache(maxsize=65_536)
def _stem(token: str) -> str:
    return str(_stemmer().stemWord(token))


def dense_texts(passage: Passage) -> list[str]:
    """What gets embedded for a passage: the passage itself, then each example question."""
    return [f"{passage.title}. {passage.text}", *passage.questions]


def bm25_text(passage: Passage) -> str:
    return " ".join([passage.section_title, passage.title, passage.text, *passage.questions])


def build_index(
    corpus_dir: Path, index_dir: Path, embedder: Embedder, activate_it: bool = True
) -> Manifest:
    """Build a version of the index into its own folder; with `activate_it`, make it live.

    Building the same corpus with the same model again rebuilds the same version: its
    folder is replaced (a version's files depend only on the corpus and the model).
    """
    import bm25s
    import numpy as np

    faiss = _faiss()
    corpus = load_corpus(corpus_dir)
    texts: list[str] = []
    keys: list[int] = []
    for passage in corpus.passages:
        for text in dense_texts(passage):
            texts.append(text)
            keys.append(passage.key)
    vectors = embedder.encode(texts)
    dense = faiss.IndexIDMap(faiss.IndexFlatIP(embedder.dimension))
    dense.add_with_ids(vectors, np.asarray(keys, dtype=np.int64))

    out_of_scope_questions = load_out_of_scope(corpus_dir)
    out_of_scope = faiss.IndexFlatIP(embedder.dimension)
    out_of_scope.add(embedder.encode(out_of_scope_questions))

    bm25 = bm25s.BM25()
    bm25.index(tokenize([bm25_text(p) for p in corpus.passages]), show_progress=False)

    manifest = Manifest(
        format=FORMAT_VERSION,
        model=embedder.name,
        dimension=embedder.dimension,
        corpus_hash=content_hash(corpus_dir),
        passages=len(corpus.passages),
        vectors=len(texts),
        out_of_scope=len(out_of_scope_questions),
    )
    index_dir.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".build-", dir=index_dir))
    try:
        faiss.write_index(dense, str(staging / DENSE))
        faiss.write_index(out_of_scope, str(staging / OUT_OF_SCOPE))
        bm25.save(str(staging / BM25_DIR), show_progress=False)
        _write_json(staging / PASSAGES, [_passage_record(p) for p in corpus.passages])
        _write_json(staging / MANIFEST, asdict(manifest))  # the version's own, to activate it
        target = manifest.folder(index_dir)
        if target.exists():
            if _live_version(index_dir) == manifest.version:
                # The live folder is being rebuilt from the same corpus: same files, but
                # keep its fitted decisions; swap file by file, each whole.
                _replace_files(staging, target)
            else:
                shutil.rmtree(target)
                staging.rename(target)
        else:
            staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    if activate_it:
        activate(index_dir, manifest)
    return manifest


def _replace_files(source: Path, target: Path) -> None:
    for path in source.iterdir():
        destination = target / path.name
        if path.is_dir():
            shutil.rmtree(destination, ignore_errors=True)
        path.replace(destination)


def activate(index_dir: Path, manifest: Manifest) -> None:
    """Make a built version live (one atomic rename), and remove versions older than the
    one it replaces."""
    previous = _live_version(index_dir)
    write_atomically(index_dir / MANIFEST, json.dumps(asdict(manifest), indent=1) + "\n")
    keep = {manifest.version, previous}
    for folder in index_dir.iterdir():
        if folder.is_dir() and not folder.name.startswith(".") and folder.name not in keep:
            shutil.rmtree(folder, ignore_errors=True)


def version_manifest(index_dir: Path, version: str) -> Manifest | None:
    """The manifest of a built version (live or not), or None if there is no such version."""
    if not re.fullmatch(rf"[0-9a-f]{{{VERSION_LENGTH}}}", version):
        return None  # a version is a folder name: never a path from outside
    return read_manifest(index_dir / version)


def _live_version(index_dir: Path) -> str | None:
    manifest = read_manifest(index_dir)
    return manifest.version if manifest else None


def read_manifest(index_dir: Path) -> Manifest | None:
    try:
        return Manifest(**json.loads((index_dir / MANIFEST).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def staleness(corpus_dir: Path, index_dir: Path) -> str | None:
    """Why the index can't be used as it is, or None when it is fresh.

    Freshness is judged from the manifest (corpus hash, model, format), never by comparing
    vectors, because floating-point results differ between CPUs.
    """
    manifest = read_manifest(index_dir)
    if manifest is None:
        return f"no index in {index_dir}"
    if not (manifest.folder(index_dir) / PASSAGES).is_file():
        return f"the index names version {manifest.version}, which {index_dir} lacks"
    if manifest.format != FORMAT_VERSION:
        return f"the index format is {manifest.format}, this code reads {FORMAT_VERSION}"
    if manifest.model != MODEL_NAME:
        return f"the index was built with {manifest.model}, the bot uses {MODEL_NAME}"
    if manifest.corpus_hash != content_hash(corpus_dir):
        return f"{corpus_dir} changed since the index was built"
    return None


def load_indexed_corpus(corpus_dir: Path, index_dir: Path) -> Corpus:
    """The passages the index was built from, after checking it is fresh: quick, and
    without the search libraries. Raises IndexUnavailable."""
    problem = staleness(corpus_dir, index_dir)
    if problem:
        raise IndexUnavailable(f"The index is not usable: {problem}. Run: mentorbot index build")
    manifest = read_manifest(index_dir)
    assert manifest is not None
    return _read_corpus(manifest.folder(index_dir))


def _read_corpus(folder: Path) -> Corpus:
    records = json.loads((folder / PASSAGES).read_text(encoding="utf-8"))
    passages = tuple(_passage_from_record(r) for r in records)
    return Corpus(passages, group_sections(passages))


def load_index(corpus_dir: Path, index_dir: Path, manifest: Manifest | None = None) -> LoadedIndex:
    """The live version, checked fresh against the corpus; or, given its manifest, one
    version as it is (a new version being published, before the corpus files follow)."""
    import bm25s

    faiss = _faiss()
    if manifest is None:
        load_indexed_corpus(corpus_dir, index_dir)  # checks it is fresh
        manifest = read_manifest(index_dir)
        assert manifest is not None
    folder = manifest.folder(index_dir)
    if not (folder / PASSAGES).is_file():
        raise IndexUnavailable(f"The index has no version {manifest.version} in {index_dir}")
    return LoadedIndex(
        manifest=manifest,
        corpus=_read_corpus(folder),
        dense=faiss.read_index(str(folder / DENSE)),
        out_of_scope=faiss.read_index(str(folder / OUT_OF_SCOPE)),
        bm25=bm25s.BM25.load(str(folder / BM25_DIR), show_progress=False),
        folder=folder,
    )


def flat_vectors(index: Any) -> tuple[np.ndarray, np.ndarray]:
    """Every vector a flat FAISS index holds, and its id (the position, without an id map)."""
    import numpy as np

    faiss = _faiss()
    if hasattr(index, "id_map"):
        flat = faiss.downcast_index(index.index)
        ids = faiss.vector_to_array(index.id_map)
    else:
        flat, ids = index, np.arange(index.ntotal)
    return flat.reconstruct_n(0, flat.ntotal), ids


def _passage_record(passage: Passage) -> dict:
    record = asdict(passage)
    record["questions"] = list(passage.questions)
    record["goes_on_to"] = list(passage.goes_on_to)
    return record


def _passage_from_record(record: dict) -> Passage:
    listed = {key: tuple(record.get(key, ())) for key in ("questions", "goes_on_to")}
    return Passage(**{**record, **listed})


def _write_json(path: Path, data: object) -> None:  # into a staging folder: no rename needed
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
