"""Reading the guidance corpus: Markdown documents split into self-contained passages.

A document looks like this (see corpus/README.md for the operator's version)::

    ---
    id: preparation
    title: How to prepare
    section: preparation
    source: ml-internship-advice-2020
    written: 2020
    ---
    # How to prepare

    ## Take the core courses {#prep-school-courses}
    Passage text …

    Questions:
    - Which courses should I take?

Front matter is a flat `key: value` block, so it is parsed here rather than pulling in
a YAML library for five keys.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

REQUIRED_KEYS = ("id", "title", "section", "source", "written")
MIN_WORDS, MAX_WORDS = 40, 180
MIN_QUESTIONS, MAX_QUESTIONS = 3, 14
MAX_ID_LENGTH = 28
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]*$")

_HEADING = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[^}]+)\}\s*$")
_QUESTIONS_MARKER = "Questions:"


class CorpusError(ValueError):
    """The corpus breaks a rule; the message names the file and the rule."""


@dataclass(frozen=True)
class Passage:
    id: str
    section: str
    section_title: str
    title: str
    text: str
    questions: tuple[str, ...] = ()
    source: str = ""
    doc: str = ""
    # Where "more" goes on to after this passage, in the guide's own order (front matter
    # `goes_on_to`): a summary's steps are told in other topics.
    goes_on_to: tuple[str, ...] = ()

    @property
    def word_count(self) -> int:
        return len(self.text.split())

    @property
    def key(self) -> int:
        """A stable 63-bit integer id for FAISS, derived from the string id."""
        return int.from_bytes(hashlib.blake2b(self.id.encode(), digest_size=8).digest()) >> 1


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    passage_ids: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    passages: tuple[Passage, ...]
    sections: tuple[Section, ...] = ()

    @cached_property
    def _by_id(self) -> dict[str, Passage]:
        return {p.id: p for p in self.passages}

    @cached_property
    def _by_section(self) -> dict[str, Section]:
        return {s.slug: s for s in self.sections}

    def passage(self, passage_id: str) -> Passage | None:
        return self._by_id.get(passage_id)

    def section(self, slug: str) -> Section | None:
        return self._by_section.get(slug)

    def section_passages(self, slug: str) -> list[Passage]:
        section = self.section(slug)
        return [self._by_id[pid] for pid in section.passage_ids] if section else []


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The Markdown documents, in file-name order (which is also the section order).

    README.md explains the format to operators and is not guidance itself.
    """
    return sorted(p for p in corpus_dir.glob("*.md") if p.name.lower() != "readme.md")


OUT_OF_SCOPE_FILE = "out-of-scope.txt"


def load_out_of_scope(corpus_dir: Path) -> list[str]:
    """Example questions the guide does not answer: the 'none of the above' class."""
    path = corpus_dir / OUT_OF_SCOPE_FILE
    if not path.is_file():
        return []
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def content_hash(corpus_dir: Path) -> str:
    """A hash of every corpus file's name and bytes: the index's freshness key."""
    digest = hashlib.sha256()
    out_of_scope = corpus_dir / OUT_OF_SCOPE_FILE
    for path in corpus_files(corpus_dir) + ([out_of_scope] if out_of_scope.is_file() else []):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def load_corpus(corpus_dir: Path) -> Corpus:
    files = corpus_files(corpus_dir)
    if not files:
        raise CorpusError(f"{corpus_dir}: no Markdown documents found")
    passages: list[Passage] = []
    for path in files:
        passages.extend(parse_document(path.read_text(encoding="utf-8"), name=path.name))
    seen: dict[str, str] = {}
    for passage in passages:
        if passage.id in seen:
            raise CorpusError(
                f"{passage.doc}: passage id {passage.id!r} is already used in {seen[passage.id]}"
            )
        seen[passage.id] = passage.doc
    for passage in passages:
        unknown = [i for i in passage.goes_on_to if i not in seen or i == passage.id]
        if unknown:
            raise CorpusError(
                f"{passage.doc}: goes_on_to names {', '.join(unknown)}, "
                "which is no other passage of the corpus"
            )
    return Corpus(tuple(passages), group_sections(passages))


def group_sections(passages: list[Passage] | tuple[Passage, ...]) -> tuple[Section, ...]:
    """Sections in order of first appearance; the first document of a section names it."""
    titles: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    for passage in passages:
        titles.setdefault(passage.section, passage.section_title)
        members.setdefault(passage.section, []).append(passage.id)
    return tuple(Section(slug, titles[slug], tuple(ids)) for slug, ids in members.items())


def parse_document(text: str, name: str = "<document>") -> list[Passage]:
    meta, body = _split_front_matter(text, name)
    passages: list[Passage] = []
    current: dict | None = None
    for line_no, line in enumerate(body.splitlines(), start=1):
        heading = _HEADING.match(line)
        if heading:
            if current:
                passages.append(_finish(current, meta, name))
            current = {"id": heading["id"].strip(), "title": heading["title"], "lines": []}
            continue
        if line.startswith("## "):
            raise CorpusError(f"{name}: heading on body line {line_no} needs an id: {{#some-id}}")
        if current is not None:
            current["lines"].append(line)
    if current:
        passages.append(_finish(current, meta, name))
    if not passages:
        raise CorpusError(f"{name}: no passages (a passage starts with '## Title {{#id}}')")
    return passages


def _split_front_matter(text: str, name: str) -> tuple[dict[str, str], str]:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise CorpusError(f"{name}: must start with a '---' front-matter block")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise CorpusError(f"{name}: front matter is not closed with '---'") from None
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise CorpusError(f"{name}: front-matter line {line!r} is not 'key: value'")
        meta[key.strip()] = value.strip().strip("\"'")
    missing = [key for key in REQUIRED_KEYS if not meta.get(key)]
    if missing:
        raise CorpusError(f"{name}: front matter lacks {', '.join(missing)}")
    if not ID_PATTERN.match(meta["section"]) or len(meta["section"]) > MAX_ID_LENGTH:
        raise CorpusError(
            f"{name}: section {meta['section']!r} must be a lowercase slug of at most "
            f"{MAX_ID_LENGTH} characters"
        )
    return meta, "\n".join(lines[end + 1 :])


def _finish(current: dict, meta: dict[str, str], name: str) -> Passage:
    passage_id = current["id"]
    if not ID_PATTERN.match(passage_id) or len(passage_id) > MAX_ID_LENGTH:
        raise CorpusError(
            f"{name}: passage id {passage_id!r} must be a lowercase slug of at most "
            f"{MAX_ID_LENGTH} characters"
        )
    text_lines: list[str] = []
    questions: list[str] = []
    in_questions = False
    for line in current["lines"]:
        stripped = line.strip()
        if stripped == _QUESTIONS_MARKER:
            in_questions = True
        elif in_questions and stripped.startswith("- "):
            questions.append(stripped[2:].strip())
        elif in_questions and stripped:
            raise CorpusError(f"{name}: {passage_id}: only '- question' lines follow 'Questions:'")
        elif not in_questions:
            text_lines.append(line.rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(text_lines)).strip()
    passage = Passage(
        id=passage_id,
        section=meta["section"],
        section_title=meta["title"],
        title=current["title"].strip(),
        text=text,
        questions=tuple(questions),
        source=meta["source"],
        doc=name,
        goes_on_to=tuple(i.strip() for i in meta.get("goes_on_to", "").split(",") if i.strip()),
    )
    if not MIN_WORDS <= passage.word_count <= MAX_WORDS:
        raise CorpusError(
            f"{name}: {passage_id} has {passage.word_count} words; "
            f"a passage needs {MIN_WORDS}–{MAX_WORDS}"
        )
    if not MIN_QUESTIONS <= len(questions) <= MAX_QUESTIONS:
        raise CorpusError(
            f"{name}: {passage_id} has {len(questions)} example questions; "
            f"give {MIN_QUESTIONS}–{MAX_QUESTIONS}"
        )
    return passage
