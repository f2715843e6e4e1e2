"""An online backup with SQLite's backup API: consistent while the bot keeps writing."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BackupResult:
    path: Path
    bytes: int


def backup(source: Path, target: Path) -> BackupResult:
    """Copy `source` to `target` page by page; `target` appears only when complete."""
    if not source.is_file():
        raise FileNotFoundError(f"no database at {source}")
    target = target.resolve()
    if target.is_dir():
        target = target / f"{source.stem}-backup.sqlite3"
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    os.close(handle)
    try:
        # closing(): a sqlite3 connection's own context manager commits but doesn't close.
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            src.backup(dst, pages=256)  # in steps, so writers are never blocked for long
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return BackupResult(target, target.stat().st_size)
