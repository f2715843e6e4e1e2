"""The checklist template in corpus/checklist.toml: items drawn from the guide."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.search.corpus import Corpus

TEMPLATE_FILE = "checklist.toml"


class TemplateError(ValueError):
    pass


@dataclass(frozen=True)
class TemplateItem:
    text: str
    passage_id: str | None
    tip: str | None = None  # one line for the weekly nudge


def load_template(corpus_dir: Path, corpus: Corpus | None = None) -> tuple[TemplateItem, ...]:
    """The template's items; with `corpus`, every linked passage must exist in it."""
    path = corpus_dir / TEMPLATE_FILE
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{path}: {exc}") from None
    items = tuple(
        TemplateItem(str(entry["text"]).strip(), entry.get("passage"), entry.get("tip"))
        for entry in data.get("item", [])
    )
    for item in items:
        if not 1 <= len(item.text) <= 200:
            raise TemplateError(f"{path}: item text must be 1-200 characters: {item.text!r}")
        if corpus is not None and item.passage_id and corpus.passage(item.passage_id) is None:
            raise TemplateError(f"{path}: no passage {item.passage_id!r} for {item.text!r}")
    return items
