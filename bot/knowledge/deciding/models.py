"""The fitted decisions, read from and written to index/calibration.json, the one file
that holds them.

They are fitted for one index: a passage's similarity to a question depends on the corpus,
so a decision fitted before the corpus changed decides on evidence that no longer means
what it meant. The file records the corpus hash of the index it was fitted on, and the bot
refuses to start on a stale or missing file, as it does on a stale index.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from bot.files import write_atomically
from bot.knowledge.deciding.decline import DeclineModel
from bot.knowledge.deciding.followup import FollowUpModel

CALIBRATION_FILE = "calibration.json"
FORMAT = 2
FIT_COMMAND = "mentorbot fit (make calibrate)"


class ModelsUnavailable(RuntimeError):
    """The fitted decisions are missing or were fitted for another index; the message says
    which, and the command that fixes it."""


@dataclass(frozen=True, eq=False)
class Models:
    decline: DeclineModel
    follow_up: FollowUpModel
    index_hash: str  # the corpus hash of the index they were fitted on


def load_models(folder: Path, index_hash: str) -> Models:
    """The decisions fitted on the index version in `folder`. Raises ModelsUnavailable in
    one line."""
    path = folder / CALIBRATION_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelsUnavailable(f"{path} is missing: run {FIT_COMMAND}") from None
    except (OSError, ValueError) as exc:
        raise ModelsUnavailable(f"{path} can't be read ({exc}): run {FIT_COMMAND}") from None
    if data.get("format") != FORMAT:
        raise ModelsUnavailable(f"{path} is from an older version: run {FIT_COMMAND}")
    if data.get("index_hash") != index_hash:
        raise ModelsUnavailable(
            f"{path} was fitted on another version of the corpus: run {FIT_COMMAND}"
        )
    try:
        return Models(
            DeclineModel.from_json(data["decline"]),
            FollowUpModel.from_json(data["follow_up"]),
            index_hash,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelsUnavailable(
            f"{path} doesn't fit this code ({exc}): run {FIT_COMMAND}"
        ) from None


def read_notes(folder: Path) -> dict:
    """What the last fit recorded beside the models (files, figures), or {}."""
    try:
        data = json.loads((folder / CALIBRATION_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data.get("notes", {})


def save_models(folder: Path, models: Models, notes: dict[str, object]) -> Path:
    """Written whole or not at all: a reader sees the old file or the new one."""
    data = {
        "format": FORMAT,
        "index_hash": models.index_hash,
        "decline": models.decline.to_json(),
        "follow_up": models.follow_up.to_json(),
        "notes": notes,
    }
    path = folder / CALIBRATION_FILE
    write_atomically(path, json.dumps(data, indent=1, sort_keys=True) + "\n")
    return path
