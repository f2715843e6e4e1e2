"""The embedded index: deterministic builds, and freshness judged from the manifest."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.knowledge.search.embedder import MODEL_NAME, load_embedder
from bot.knowledge.search.index import (
    MANIFEST,
    IndexUnavailable,
    build_index,
    load_index,
    read_manifest,
    staleness,
    tokenize,
    tokenize_query,
)
from tests.conftest import CORPUS, INDEX


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "calibration.json"
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("index")
    build_index(CORPUS, folder, load_embedder())
    return folder


def test_the_committed_index_is_fresh():
    assert staleness(CORPUS, INDEX) is None, "run: mentorbot index build"


def test_the_build_is_deterministic(built, tmp_path):
    build_index(CORPUS, tmp_path, load_embedder())
    assert files_of(tmp_path) == files_of(built)


def test_the_manifest_describes_the_build(built):
    manifest = read_manifest(built)
    assert manifest is not None
    assert manifest.model == MODEL_NAME
    assert manifest.dimension == 384
    index = load_index(CORPUS, built)
    assert manifest.passages == len(index.corpus.passages) == index.bm25.scores["num_docs"]
    assert manifest.vectors == index.dense.ntotal
    assert manifest.vectors == sum(1 + len(p.questions) for p in index.corpus.passages)
    assert manifest.out_of_scope == index.out_of_scope.ntotal > 0


def test_a_changed_corpus_makes_the_index_stale(built, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    assert staleness(corpus, built) is None
    path = corpus / "08-myths.md"
    path.write_text(path.read_text() + "\n", encoding="utf-8")
    assert "changed" in (staleness(corpus, built) or "")
    with pytest.raises(IndexUnavailable, match="mentorbot index build"):
        load_index(corpus, built)


def test_a_different_model_makes_the_index_stale(built, tmp_path):
    index = tmp_path / "index"
    shutil.copytree(built, index)
    manifest = json.loads((index / MANIFEST).read_text())
    (index / MANIFEST).write_text(json.dumps({**manifest, "model": "another/model"}))
    assert "another/model" in (staleness(CORPUS, index) or "")


def test_a_missing_index_is_named(tmp_path):
    assert "no index" in (staleness(CORPUS, tmp_path) or "")
    with pytest.raises(IndexUnavailable, match="Run: mentorbot index build"):
        load_index(CORPUS, tmp_path)


def test_editing_out_of_scope_examples_makes_the_index_stale(built, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    with (corpus / "out-of-scope.txt").open("a") as handle:
        handle.write("how do I knit a scarf\n")
    assert staleness(corpus, built) is not None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_a_message_is_tokenized_for_bm25_as_bm25s_tokenizes_it(text):
    assert tokenize_query(text) == tokenize([text])[0]


def test_every_corpus_line_is_tokenized_for_bm25_as_bm25s_tokenizes_it():
    lines = [line for path in sorted(CORPUS.glob("*.md")) for line in path.read_text().splitlines()]
    lines += ["C++ and C# in 2020's naïve café", "", "Straße ÄÖÜ running runs ran"]
    assert [tokenize_query(line) for line in lines] == tokenize(lines)
