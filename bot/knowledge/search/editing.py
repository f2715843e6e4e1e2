"""Edits of the corpus Markdown that the operator's console makes: example questions added to
a passage, lines added to out-of-scope.txt, a new passage in an existing topic.

Each edit takes the corpus as text (file name → content) and returns the files it changed,
leaving every other byte as it was, so a hand-written document keeps its layout. A result
is checked exactly as `mentorbot index build` checks the corpus: the changed documents with
`parse_document`, the whole corpus with `load_corpus`. The console applies the edits to a
staged copy of the corpus when it publishes (`read_files`, then `write_files`, each file
written atomically), never to the live one.

No web or Telegram import: the console, a benchmark and the tests call the same functions.

**At the cap of 14 example questions** (every passage of the guide has 14) the students'
questions go in, and for each one an old example goes out: the one most similar to another
example of the passage, since the wording it covers stays covered by that neighbour. The
cap stays because every example is a vector of the passage, and the passage's dense score
pools them (search/retriever.py): a passage with many more examples than its neighbours
would win questions that are not its own. The students' questions are never the ones
dropped: each is a wording the bot just got wrong, the very evidence the passage lacked
(unless one review brings more than 14; then the most redundant of them go too). A question
with the same words as an example already there is not added twice. Which examples were
dropped is reported, so the console shows it before anything goes live.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.files import write_atomically
from bot.knowledge.search.corpus import (
    ID_PATTERN,
    MAX_ID_LENGTH,
    MAX_QUESTIONS,
    MAX_WORDS,
    MIN_QUESTIONS,
    MIN_WORDS,
    OUT_OF_SCOPE_FILE,
    CorpusError,
    corpus_files,
    load_corpus,
    parse_document,
)

# Normalised embeddings of texts, one row each (search/embedder.py's Embedder.encode).
Embed = Callable[[list[str]], np.ndarray]

MAX_TITLE_CHARS = 120
MAX_QUESTION_CHARS = 500  # longer than any example in the guide; MiniLM reads ~1,500
_QUESTIONS_MARKER = "Questions:"


class EditError(ValueError):
    """An edit can't be made; the message says why in one line."""


@dataclass(frozen=True)
class ExamplesAdded:
    files: dict[str, str]  # the changed document
    added: tuple[str, ...]  # new example questions now in the passage
    dropped: tuple[str, ...] = ()  # examples removed at the cap (old ones or new ones)
    repeated: tuple[str, ...] = ()  # already there (same words, case and spaces aside)


@dataclass(frozen=True)
class LinesAdded:
    files: dict[str, str]  # out-of-scope.txt, when anything was added
    added: tuple[str, ...]
    repeated: tuple[str, ...] = ()


@dataclass(frozen=True)
class NewPassage:
    """What the operator writes in the console's form."""

    section: str
    title: str
    text: str
    questions: tuple[str, ...]
    passage_id: str = ""  # derived from the title when empty


@dataclass(frozen=True)
class PassageAdded:
    files: dict[str, str] = field(default_factory=dict)
    passage_id: str = ""
    errors: dict[str, str] = field(default_factory=dict)  # field → what is wrong with it

    @property
    def ok(self) -> bool:
        return not self.errors


# ── reading and writing a corpus folder ──────────────────────────────────────


def read_files(corpus_dir: Path) -> dict[str, str]:
    """The documents and out-of-scope.txt, by file name."""
    paths = corpus_files(corpus_dir)
    out_of_scope = corpus_dir / OUT_OF_SCOPE_FILE
    if out_of_scope.is_file():
        paths.append(out_of_scope)
    return {path.name: path.read_text(encoding="utf-8") for path in paths}


def write_files(corpus_dir: Path, files: Mapping[str, str]) -> None:
    """Each file whole or not at all: a crash leaves every file old or new."""
    for name, text in files.items():
        if Path(name).name != name:
            raise EditError(f"{name!r} is not a file name in the corpus folder")
        write_atomically(corpus_dir / name, text)


def check_corpus(files: Mapping[str, str]) -> None:
    """Raise CorpusError unless `mentorbot index build` would accept these files."""
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as folder:
        for name, text in files.items():
            (Path(folder) / name).write_text(text, encoding="utf-8")
        load_corpus(Path(folder))


# ── example questions ────────────────────────────────────────────────────────


def one_line(text: str) -> str:
    """A student's message as one line of the corpus: printable, single-spaced."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return re.sub(r"\s+", " ", text).strip()[:MAX_QUESTION_CHARS].strip()


def same_words(text: str) -> str:
    return one_line(text).casefold()


def document_of(files: Mapping[str, str], passage_id: str) -> str | None:
    """The name of the document whose heading carries `{#passage_id}`."""
    heading = re.compile(rf"^##\s+.+?\s*\{{#{re.escape(passage_id)}\}}\s*$", re.M)
    return next(
        (name for name, text in files.items() if name.endswith(".md") and heading.search(text)),
        None,
    )


def add_examples(
    files: Mapping[str, str], passage_id: str, questions: Sequence[str], embed: Embed
) -> ExamplesAdded:
    """Add `questions` as example questions of the passage (see the module's note on the
    cap). Raises EditError when the passage isn't in the corpus."""
    name = document_of(files, passage_id)
    if name is None:
        raise EditError(f"no passage {passage_id!r} in the corpus")
    lines = files[name].split("\n")
    start = next(i for i, line in enumerate(lines) if _is_heading_of(line, passage_id))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    marker = next((i for i in range(start + 1, end) if lines[i].strip() == _QUESTIONS_MARKER), None)
    if marker is None:
        raise EditError(f"{name}: {passage_id} has no 'Questions:' list")
    existing = [
        line.strip()[2:].strip()
        for line in lines[marker + 1 : end]
        if line.strip().startswith("- ")
    ]
    known = {same_words(q) for q in existing}
    new: list[str] = []
    repeated: list[str] = []
    for question in questions:
        line = one_line(question)
        if not line:
            continue
        if same_words(line) in known:
            repeated.append(line)
        else:
            known.add(same_words(line))
            new.append(line)
    if not new:
        return ExamplesAdded({}, (), (), tuple(repeated))
    kept = keep_most_different([*existing, *new], len(existing), embed)
    dropped = tuple(q for q in [*existing, *new] if q not in kept)
    block = [f"- {q}" for q in kept]
    tail = lines[end:]
    # One blank line before the next heading, as the documents are written.
    changed = [*lines[: marker + 1], *block, *([""] if tail else []), *tail]
    document = "\n".join(changed)
    if not tail and not document.endswith("\n"):
        document += "\n"
    try:
        parse_document(document, name)
    except CorpusError as error:
        raise EditError(str(error)) from None
    return ExamplesAdded(
        {name: document},
        tuple(q for q in new if q in kept),
        dropped,
        tuple(repeated),
    )


def keep_most_different(questions: list[str], old: int, embed: Embed) -> list[str]:
    """At most MAX_QUESTIONS of `questions` (the first `old` of them already in the
    passage), in their order: old examples go first, the most redundant first (the later
    one on a tie); new ones only once no old one is left."""
    if len(questions) <= MAX_QUESTIONS:
        return questions
    vectors = np.asarray(embed(questions), dtype=np.float64)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -np.inf)
    alive = list(range(len(questions)))
    while len(alive) > MAX_QUESTIONS:
        nearest = similarity[np.ix_(alive, alive)].max(axis=1)
        candidates = [i for i, row in enumerate(alive) if row < old] or range(len(alive))
        worst = max(candidates, key=lambda i: (round(float(nearest[i]), 6), alive[i]))
        alive.pop(worst)
    return [questions[i] for i in alive]


def _is_heading_of(line: str, passage_id: str) -> bool:
    match = re.match(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[^}]+)\}\s*$", line)
    return bool(match and match["id"].strip() == passage_id)


# ── out-of-scope.txt ─────────────────────────────────────────────────────────


def add_out_of_scope(files: Mapping[str, str], questions: Sequence[str]) -> LinesAdded:
    """Add questions the guide doesn't answer to out-of-scope.txt, one a line. A line
    starting with '#' is a comment there, so a leading '#' is dropped from a question."""
    text = files.get(OUT_OF_SCOPE_FILE, "")
    known = {
        same_words(line)
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    added: list[str] = []
    repeated: list[str] = []
    for question in questions:
        line = one_line(question).lstrip("#").strip()
        if not line:
            continue
        if same_words(line) in known:
            repeated.append(line)
            continue
        known.add(same_words(line))
        added.append(line)
    if not added:
        return LinesAdded({}, (), tuple(repeated))
    if text and not text.endswith("\n"):
        text += "\n"
    text += "".join(f"{line}\n" for line in added)
    return LinesAdded({OUT_OF_SCOPE_FILE: text}, tuple(added), tuple(repeated))


# ── a new passage ────────────────────────────────────────────────────────────


def sections(files: Mapping[str, str]) -> dict[str, str]:
    """Topic slug → the document a new passage of that topic goes into (the last one of it,
    in name order, which is the order the bot lists passages in)."""
    found: dict[str, str] = {}
    for name in sorted(files):
        if not name.endswith(".md") or name.lower() == "readme.md":
            continue
        match = re.search(r"^section:\s*(\S+)\s*$", files[name].split("\n---", 1)[0], re.M)
        if match:
            found[match[1].strip("\"'")] = name
    return found


def passage_ids(files: Mapping[str, str]) -> set[str]:
    return {
        match[1].strip()
        for name, text in files.items()
        if name.endswith(".md")
        for match in re.finditer(r"^##\s+.+?\s*\{#([^}]+)\}\s*$", text, re.M)
    }


def suggest_id(files: Mapping[str, str], section: str, title: str) -> str:
    """A new id: the topic's prefix (what its passages' ids start with, e.g. "prac-"), then
    the title's words, cut at a word to fit MAX_ID_LENGTH; "-2", "-3"… if it is taken."""
    name = sections(files).get(section)
    own = re.findall(r"^##\s+.+?\s*\{#([^}]+)\}\s*$", files.get(name or "", ""), re.M)
    prefixes = {pid.split("-", 1)[0] for pid in own if "-" in pid}
    prefix = f"{prefixes.pop()}-" if len(prefixes) == 1 else ""
    slug = re.sub(r"[^a-z0-9]+", "-", unicodedata.normalize("NFKD", title).lower()).strip("-")
    parts = [prefix.rstrip("-")] if prefix else []
    words = [w for w in slug.split("-") if w]
    if parts and words[:1] == parts:
        words = words[1:]  # "Myth: you need…" in the myths: not "myth-myth-you-need…"
    for word in words:
        if len("-".join([*parts, word])) > MAX_ID_LENGTH:
            break
        parts.append(word)
    if len(parts) == (1 if prefix else 0):  # no word of the title fitted, or it has none
        parts.append("new")
    taken = passage_ids(files)
    candidate, number = "-".join(parts), 1
    while candidate in taken:
        number += 1
        base = "-".join(parts)[: MAX_ID_LENGTH - len(f"-{number}")].rstrip("-")
        candidate = f"{base}-{number}"
    return candidate


def field_errors(files: Mapping[str, str], draft: NewPassage) -> dict[str, str]:
    """What is wrong with each field, in words the form shows next to it."""
    errors: dict[str, str] = {}
    topics = sections(files)
    if draft.section not in topics:
        errors["section"] = "Choose one of the guide's topics."
    title = draft.title.strip()
    if not title:
        errors["title"] = "Give the passage a title."
    elif "\n" in title or "{#" in title or len(title) > MAX_TITLE_CHARS:
        errors["title"] = f"One line of at most {MAX_TITLE_CHARS} characters, without '{{#'."
    if draft.passage_id:
        if not ID_PATTERN.match(draft.passage_id) or len(draft.passage_id) > MAX_ID_LENGTH:
            errors["passage_id"] = (
                f"Lowercase letters, digits and '-', at most {MAX_ID_LENGTH} characters, "
                "starting with a letter or digit."
            )
        elif draft.passage_id in passage_ids(files):
            errors["passage_id"] = "Another passage already has this id."
    text = draft.text.strip()
    count = len(text.split())
    if not MIN_WORDS <= count <= MAX_WORDS:
        errors["text"] = (
            f"{count} word{'s' if count != 1 else ''}; a passage needs {MIN_WORDS} to {MAX_WORDS}."
        )
    elif any(
        line.startswith("## ") or line.strip() == _QUESTIONS_MARKER for line in text.splitlines()
    ):
        errors["text"] = "No line may start with '## ' or be 'Questions:' alone."
    questions = _distinct([one_line(q) for q in draft.questions if one_line(q)])
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        count = len(questions)
        errors["questions"] = (
            f"{count} different question{'s' if count != 1 else ''}; give {MIN_QUESTIONS} to "
            f"{MAX_QUESTIONS}, one a line."
        )
    return errors


def add_passage(files: Mapping[str, str], draft: NewPassage) -> PassageAdded:
    """The new passage at the end of its topic's last document, checked field by field, then
    as `mentorbot index build` checks the corpus. Errors are returned, not raised."""
    errors = field_errors(files, draft)
    if errors:
        return PassageAdded(errors=errors)
    name = sections(files)[draft.section]
    passage_id = draft.passage_id or suggest_id(files, draft.section, draft.title)
    questions = _distinct([one_line(q) for q in draft.questions if one_line(q)])
    text = "\n".join(line.rstrip() for line in draft.text.strip().splitlines())
    block = "\n".join(
        [
            f"## {one_line(draft.title)} {{#{passage_id}}}",
            "",
            text,
            "",
            _QUESTIONS_MARKER,
            *(f"- {q}" for q in questions),
        ]
    )
    document = files[name].rstrip("\n") + "\n\n" + block + "\n"
    changed = {**files, name: document}
    try:
        parse_document(document, name)
        check_corpus(changed)
    except CorpusError as error:
        return PassageAdded(errors={"form": str(error)})
    return PassageAdded({name: document}, passage_id)


def _distinct(questions: list[str]) -> list[str]:
    seen: set[str] = set()
    kept = []
    for question in questions:
        if same_words(question) not in seen:
            seen.add(same_words(question))
            kept.append(question)
    return kept
