"""Publishing a changed corpus while the bot runs: build, fit, compare, then make it live.

    prepared = prepare(staged_corpus, live_corpus, index_dir, progress)   # minutes
    ...show prepared.figures; ask for a confirmation when one got worse...
    go_live(prepared)                                                      # milliseconds

`prepare` builds a new index version from the staged corpus into its own folder (not
live), fits the decisions on it, and measures the live version and the new one on the
labelled files no fitting reads (the held-out writers). Nothing the bot reads changes.
`go_live` copies the staged corpus files over the live ones, each atomically, then
replaces index/manifest.json; the bot notices within seconds (bot/services.py,
`follow_index`) and loads the new version beside the old one before switching.
A failure anywhere before `go_live` leaves the live version and the corpus as they were.
"""

from __future__ import annotations

import math
import shutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.files import write_atomically
from bot.knowledge.deciding.models import load_models
from bot.knowledge.fitting import sets
from bot.knowledge.fitting.evaluation import chat_report, evaluate_questions, play
from bot.knowledge.fitting.fit import fit
from bot.knowledge.fitting.labelled import load_conversations, load_questions
from bot.knowledge.mentor import Mentor
from bot.knowledge.search.corpus import OUT_OF_SCOPE_FILE, corpus_files
from bot.knowledge.search.embedder import load_embedder
from bot.knowledge.search.index import (
    Manifest,
    activate,
    build_index,
    load_index,
    read_manifest,
    version_manifest,
)
from bot.knowledge.search.retriever import Retriever

Progress = Callable[[str, float], None]  # (what is happening, share done 0..1)
NOISE_STANDARD_ERRORS = 2.0  # a drop larger than this many standard errors is "worse"


@dataclass(frozen=True)
class Figure:
    name: str
    before: float
    after: float
    count: int  # how many judgements the figure is a rate of

    @property
    def worse(self) -> bool:
        """Lower beyond noise: by more than two binomial standard errors of the before."""
        if self.count == 0 or math.isnan(self.before) or math.isnan(self.after):
            return False
        p = min(max(self.before, 1 / self.count), 1 - 1 / self.count)
        return self.before - self.after > NOISE_STANDARD_ERRORS * math.sqrt(
            p * (1 - p) / self.count
        )


@dataclass(frozen=True)
class Prepared:
    manifest: Manifest  # the new version, built and fitted, not live
    index_dir: Path
    staged_corpus: Path
    live_corpus: Path
    figures: tuple[Figure, ...] = field(default=())

    @property
    def worse(self) -> tuple[Figure, ...]:
        return tuple(f for f in self.figures if f.worse)


def prepare(
    staged_corpus: Path,
    live_corpus: Path,
    index_dir: Path,
    progress: Progress,
    question_files: Sequence[sets.Labelled] | None = None,
    conversation_files: Sequence[sets.Labelled] | None = None,
    measure: bool = True,
) -> Prepared:
    """Build and fit a new version from `staged_corpus`; measure it against the live one.
    Raises CorpusError (the staged corpus breaks a rule), IndexUnavailable, ModelsUnavailable
    or ValueError with a one-line reason; nothing live changes."""
    live = read_manifest(index_dir)
    progress("Building the new index", 0.02)
    embedder = load_embedder()
    manifest = build_index(staged_corpus, index_dir, embedder, activate_it=False)
    retriever = Retriever(load_index(staged_corpus, index_dir, manifest), embedder)
    progress("Fitting the decisions on the new index", 0.1)
    fit(
        retriever,
        question_files if question_files is not None else sets.fit_questions(),
        conversation_files if conversation_files is not None else sets.fit_conversations(),
        progress=lambda message: progress(message, 0.5),
        cross_validate=False,
    )
    after = Mentor(retriever, load_models(retriever.index.folder, manifest.corpus_hash))
    figures: tuple[Figure, ...] = ()
    if measure and live is not None and live.version != manifest.version:
        progress("Measuring the live index and the new one", 0.85)
        live_index = load_index(live_corpus, index_dir, live)
        before = Mentor(
            Retriever(live_index, embedder), load_models(live_index.folder, live.corpus_hash)
        )
        figures = compare(before, after)
    progress("Ready to publish", 1.0)
    return Prepared(manifest, index_dir, staged_corpus, live_corpus, figures)


def prepared_version(
    version: str, staged_corpus: Path, live_corpus: Path, index_dir: Path
) -> Prepared | None:
    """A version `prepare` built earlier (by another process), ready for `go_live`."""
    manifest = version_manifest(index_dir, version)
    if manifest is None:
        return None
    return Prepared(manifest, index_dir, staged_corpus, live_corpus)


def go_live(prepared: Prepared) -> None:
    """The staged corpus files over the live ones (each atomically), then the new version
    live. The bot follows within seconds."""
    staged = {p.name: p for p in _corpus_files(prepared.staged_corpus)}
    for name, path in staged.items():
        target = prepared.live_corpus / name
        if not target.is_file() or target.read_bytes() != path.read_bytes():
            write_atomically(target, path.read_bytes())
    for path in _corpus_files(prepared.live_corpus):
        if path.name not in staged:
            path.unlink()  # a document the staged corpus no longer has
    activate(prepared.index_dir, prepared.manifest)


def _corpus_files(corpus_dir: Path) -> list[Path]:
    files = corpus_files(corpus_dir)
    out_of_scope = corpus_dir / OUT_OF_SCOPE_FILE
    return [*files, *([out_of_scope] if out_of_scope.is_file() else [])]


def stage_corpus(live_corpus: Path, staging: Path) -> Path:
    """A copy of the live corpus to apply edits to before publishing."""
    if staging.exists():
        shutil.rmtree(staging)
    shutil.copytree(live_corpus, staging)
    return staging


def compare(before: Mentor, after: Mentor) -> tuple[Figure, ...]:
    """The figures of the held-out writers' files, for the live bot and the new one."""
    chats = [c for f in sets.held_out("chats") for c in load_conversations(f.path)]
    multi = [c for f in sets.held_out("multi") for c in load_conversations(f.path)]
    questions = [q for f in sets.held_out("questions") for q in load_questions(f.path)]
    mixed = [q for f in sets.held_out("codemixed") for q in load_questions(f.path)]
    figures = []
    for name, measure, count in (
        ("later turns of chats right", lambda m: chat_report(play(m, chats)).later_right,
         sum(len(c.turns) - 1 for c in chats)),
        ("parts of several questions right", lambda m: chat_report(play(m, multi)).multi_parts,
         sum(len(c.turns[0].parts) for c in multi)),
        ("questions answered with the right passage",
         lambda m: evaluate_questions(m, questions).answered_right,
         sum(q.on_topic for q in questions)),
        ("off-topic questions declined",
         lambda m: evaluate_questions(m, questions).off_topic_declined,
         sum(not q.on_topic for q in questions)),
        ("code-mixed questions answered right",
         lambda m: evaluate_questions(m, [q for q in mixed if q.on_topic]).answered_right,
         sum(q.on_topic for q in mixed)),
    ):  # fmt: skip
        figures.append(Figure(name, measure(before), measure(after), count))
    return tuple(figures)
