"""Labelled files: questions, chats, messages with several questions, code-mixed messages.

All are JSON lines, written from the article alone by helpers who never saw the corpus
(tests/data/README.md says who wrote which, and which are sealed). An in-domain label is a
`section` (plus `also_sections` where the writers' brief drew a border elsewhere) and
either a `passage` id or `facts`: keywords of which one must appear in the right passage.
An off-topic label has `"section": null`.

Chats are turns with a `kind` each (see KINDS); the older two-turn files
(`{"turns": [first, second], "kind": …}`) are read as chats of two turns.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.search.corpus import Passage

SMALL_TALK_KINDS = ("thanks", "greeting", "goodbye", "bot-identity", "luck", "frustration")
KINDS = (
    "question",  # a new question that stands alone (a first turn, or a change of topic)
    "leaning",  # a follow-up that only makes sense with the thread
    "more",  # more on the thread's subject, not shown before
    "pick",  # "the second one": a passage offered as a button
    "doubt",  # doubts the last answer
    "multi",  # several questions: judged part by part
    "off-topic",  # the guide doesn't answer it: right when declined
    *SMALL_TALK_KINDS,
)
# The older two-turn files name two kinds differently.
_OLD_KINDS = {"ordinal": "pick", "new-topic": "question"}


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
    return rows


@dataclass(frozen=True)
class LabelledQuestion:
    question: str
    section: str | None
    passage: str | None = None
    facts: tuple[str, ...] = ()
    also_sections: tuple[str, ...] = ()
    style: str | None = None  # how the student writes: terse, long, indirect, …
    kind: str | None = None  # for off-topic questions: near-miss, far, …
    language: str | None = None  # for code-mixed and foreign messages

    @property
    def on_topic(self) -> bool:
        return self.section is not None

    @property
    def sections(self) -> tuple[str, ...]:
        return (self.section, *self.also_sections) if self.section else ()

    def is_right(self, passage: Passage) -> bool:
        if passage.section not in self.sections:
            return False
        if self.passage is not None:
            return passage.id == self.passage
        text = _spelling_free(f"{passage.title} {passage.text}")
        return not self.facts or any(_spelling_free(fact) in text for fact in self.facts)


def _spelling_free(text: str) -> str:
    """Writers spell a fact as they like ("ph.d", "open-source"); the corpus has "PhD"."""
    return text.lower().replace(".", "").replace("-", " ")


def _question(row: dict, text_key: str = "question") -> LabelledQuestion:
    return LabelledQuestion(
        question=row[text_key],
        section=row.get("section"),
        passage=row.get("passage"),
        facts=tuple(row.get("facts") or ()),
        also_sections=tuple(row.get("also_sections") or ()),
        style=row.get("style"),
        kind=row.get("kind"),
        language=row.get("language"),
    )


def load_questions(path: Path) -> list[LabelledQuestion]:
    """A question file; code-mixed files (`text`, `language`) read the same way."""
    return [_question(row, "question" if "question" in row else "text") for row in read_jsonl(path)]


@dataclass(frozen=True)
class LabelledTurn:
    text: str
    kind: str
    label: LabelledQuestion  # for question, leaning, more, doubt; empty for the others
    pick: int | None = None  # for pick: 1 or 2, the button
    parts: tuple[LabelledQuestion, ...] = ()  # for multi
    leans: bool | None = None  # for off-topic: does it lean on the thread?
    language: str | None = None


@dataclass(frozen=True)
class Conversation:
    turns: tuple[LabelledTurn, ...]
    writer: str = ""


def _turn(row: dict) -> LabelledTurn:
    kind = _OLD_KINDS.get(row["kind"], row["kind"])
    if kind not in KINDS:
        raise ValueError(f"unknown kind {row['kind']!r}")
    parts = tuple(_question(part, "text") for part in row.get("parts") or ())
    return LabelledTurn(
        text=row["text"],
        kind=kind,
        label=_question({**row, "question": row["text"]}),
        pick=row.get("pick"),
        parts=parts,
        leans=row.get("leans"),
        language=row.get("language"),
    )


def load_conversations(path: Path) -> list[Conversation]:
    """Chats; messages with several questions (one per line, `parts`) become one-turn chats;
    the older two-turn files become two-turn chats."""
    conversations = []
    for number, row in enumerate(read_jsonl(path), start=1):
        try:
            conversations.append(_conversation(row))
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: {exc}") from None
    return conversations


def _conversation(row: dict) -> Conversation:
    writer = row.get("writer", "")
    if "parts" in row:
        return Conversation((_turn({**row, "kind": "multi"}),), writer)
    turns = row["turns"]
    if turns and isinstance(turns[0], str):  # the older two-turn format
        first, second = turns
        opening = {
            "text": first,
            "kind": "question",
            "section": row.get("first_section"),
            "facts": row.get("first_facts"),
            "also_sections": row.get("also_first_sections"),
        }
        follow = {
            "text": second,
            "kind": row["kind"],
            "section": row.get("section"),
            "facts": row.get("facts"),
            "also_sections": row.get("also_sections"),
            "pick": row.get("pick"),
        }
        return Conversation((_turn(opening), _turn(follow)), writer)
    return Conversation(tuple(_turn(turn) for turn in turns), writer)
