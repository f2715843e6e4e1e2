"""How every labelled text is read: a check for a change to the reading before it lands.

`mentorbot readings AFTER.json --compare BEFORE.json` lists the labelled texts that a change
reads differently (small talk, language, each part's query and cues, a pick). Only texts
are read, no model runs, so it takes seconds where `mentorbot eval` takes minutes, and it
shows what a new word or pattern catches besides the message it was written for.

The held-out writers' texts are kept under a digest and only counted, never printed: nobody
working on the bot reads them. The sealed set is not opened at all.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.fitting import sets
from bot.knowledge.fitting.labelled import read_jsonl
from bot.knowledge.reading.reader import read

KINDS = ("chats", "multi", "questions", "codemixed")


def open_files() -> list[Path]:
    """Every labelled file but the held-out writers' and the sealed set's."""
    held = {f.path for f in held_out_files()}
    return [
        path
        for path in sorted(sets.DATA.rglob("*.jsonl"))
        if path not in held and sets.SEALED not in path.parents
    ]


def held_out_files() -> list[sets.Labelled]:
    return [f for kind in KINDS for f in sets.held_out(kind)]


def texts_of(path: Path) -> list[str]:
    """The messages of a labelled file: every turn of a chat, or the one text of a row."""
    found: list[str] = []
    for row in read_jsonl(path):
        if "turns" in row:
            found += [t["text"] if isinstance(t, dict) else t for t in row["turns"]]
        elif "text" in row:
            found.append(row["text"])
        elif "question" in row:
            found.append(row["question"])
    return found


def reading_of(text: str) -> list[object]:
    reading = read(text)
    parts = [
        [p.query, p.cues.more, p.cues.asks_for_others, p.cues.more_about, p.cues.doubt]
        for p in reading.parts
    ]
    talk = reading.small_talk.value if reading.small_talk else None
    return [talk, reading.language.code, parts, reading.pick]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def snapshot(open_paths: Iterable[Path], held_out_paths: Iterable[Path]) -> dict[str, dict]:
    """{"open": {text: reading}, "held_out": {digest: reading}}."""
    opened = dict.fromkeys(t for path in open_paths for t in texts_of(path))
    held = dict.fromkeys(t for path in held_out_paths for t in texts_of(path))
    return {
        "open": {text: reading_of(text) for text in opened},
        "held_out": {digest(text): reading_of(text) for text in held},
    }


@dataclass(frozen=True)
class Changes:
    open: list[tuple[str, object, object]]  # text, before, after
    held_out: int  # how many held-out texts read differently
    open_total: int
    held_out_total: int


def compare(before: dict[str, dict], after: dict[str, dict]) -> Changes:
    """The open texts of `after` that read differently in `before` (texts new to `after`
    are not changes), and how many held-out ones do."""
    old, new = before.get("open", {}), after.get("open", {})
    changed = [(t, old[t], new[t]) for t in new if t in old and old[t] != new[t]]
    old_held, new_held = before.get("held_out", {}), after.get("held_out", {})
    held = sum(1 for d in new_held if d in old_held and old_held[d] != new_held[d])
    return Changes(changed, held, len(new), len(new_held))
