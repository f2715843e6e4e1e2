"""Publishing from the console: the pending corpus edits applied to a staged copy of the
corpus, then `mentorbot publish --corpus <staged> --prepare-only --json` as a background
process (niced, so the bot keeps answering), its progress on the page, each figure before
→ after, a confirmation when one got worse beyond noise, then `go_live`.

Nothing live changes before `go_live`: a failure anywhere leaves the previous index and
corpus as they were, and the page says why. The running bot notices the new
index/manifest.json within seconds (bot/services.py, `follow_index`) and switches to the
new version once it has loaded it, without a restart.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.config import Settings
from bot.console.knowledge import Knowledge, folder_of
from bot.console.state import Database
from bot.knowledge.fitting.publish import go_live, prepared_version, stage_corpus
from bot.knowledge.search.corpus import content_hash
from bot.knowledge.search.editing import (
    EditError,
    NewPassage,
    add_examples,
    add_out_of_scope,
    add_passage,
    read_files,
    write_files,
)
from bot.store import console as store
from bot.store.console import Edit, PublishState
from bot.store.db import utcnow

log = logging.getLogger(__name__)

NICENESS = 10  # building and fitting take both cores for minutes: the bot comes first
PROGRESS_WRITES_PER_SECOND = 2.0
STAGED_KEPT = 2  # staged corpora kept for a look after a publish


class PublishRefused(Exception):
    """Why a publish can't start or go on; one line for the page."""


@dataclass(frozen=True)
class Staged:
    folder: Path
    report: list[dict]  # per edit: what it changed
    unchanged: bool  # the edits change nothing in the corpus


class Publisher:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        knowledge: Knowledge,
        clock=utcnow,
        extra_args: Sequence[str] = (),
    ) -> None:
        self.settings = settings
        self.database = database
        self.knowledge = knowledge
        self.clock = clock
        self.extra_args = tuple(extra_args)  # tests: small labelled files, --no-measure
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._process: asyncio.subprocess.Process | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def start(self) -> int:
        """Start publishing every pending edit; returns the publish's id."""
        async with self._lock:
            if self.running:
                raise PublishRefused("A publish is already running: wait for it to finish.")
            now = self.clock()
            retention = self.settings.question_retention_days
            edits = await self.database.run(
                lambda db: [
                    e for e in store.open_edits(db, now, retention) if e.state.value == "pending"
                ]
            )
            if not edits:
                raise PublishRefused("Nothing to publish: review some questions first.")
            live = self.knowledge.live_version()
            publish_id = await self.database.run(
                lambda db: store.start_publish(db, [e.id for e in edits], live, now)
            )
            self._task = asyncio.create_task(self._run(publish_id, edits), name="publish")
            return publish_id

    async def wait(self) -> None:
        """Tests and benchmarks: until the background run is over."""
        if self._task is not None:
            await asyncio.shield(self._task)

    async def _run(self, publish_id: int, edits: list[Edit]) -> None:
        try:
            await self._update(publish_id, message="Applying the edits to a copy of the corpus")
            staged = await asyncio.to_thread(self.stage, publish_id, edits)
            await self._update(publish_id, report=staged.report)
            if staged.unchanged:
                await self._finish_live(publish_id, edits, None, [])
                return
            result = await self._prepare(publish_id, staged.folder)
            figures = result["figures"]
            await self._update(publish_id, version=result["version"], figures=figures, progress=1.0)
            if result["worse"]:
                names = ", ".join(result["worse"])
                await self._update(
                    publish_id,
                    state=PublishState.READY.value,
                    message=f"Worse beyond noise: {names}. Publish anyway, or discard it.",
                )
                return
            await self.go_live(publish_id)
        except PublishRefused as refusal:
            await self._fail(publish_id, str(refusal))
        except asyncio.CancelledError:
            await self._fail(publish_id, "stopped: the console stopped while it ran")
            raise
        except Exception as error:  # any failure: said on the page, nothing live changed
            log.exception("Publishing failed")
            await self._fail(publish_id, f"{type(error).__name__}: {error}")

    # ── staging ───────────────────────────────────────────────────────────────

    def stage(self, publish_id: int, edits: list[Edit]) -> Staged:
        """In a worker thread: a copy of the live corpus with every edit applied, each file
        written atomically. Raises PublishRefused naming an edit that can't be applied."""
        staging = folder_of(self.settings) / f"staged-{publish_id}"
        staging.parent.mkdir(parents=True, exist_ok=True)
        self._tidy(staging.parent)
        stage_corpus(self.settings.corpus_dir, staging)
        files = read_files(staging)
        report: list[dict] = []
        changed_names: set[str] = set()
        for edit in edits:
            try:
                changed, summary = self._apply(files, edit)
            except EditError as error:
                raise PublishRefused(f"Edit {edit.id} can't be applied: {error}") from None
            files.update(changed)
            changed_names |= set(changed)
            report.append({"edit": edit.id, "kind": edit.kind, **summary})
        write_files(staging, {name: files[name] for name in sorted(changed_names)})
        unchanged = content_hash(staging) == content_hash(self.settings.corpus_dir)
        return Staged(staging, report, unchanged)

    def _apply(self, files: dict[str, str], edit: Edit) -> tuple[dict[str, str], dict]:
        if edit.kind == "examples":
            assert edit.passage_id is not None
            added = add_examples(
                files, edit.passage_id, list(edit.questions), self.knowledge.embed_blocking
            )
            return added.files, {
                "passage": edit.passage_id,
                "added": list(added.added),
                "dropped": list(added.dropped),
                "repeated": list(added.repeated),
            }
        if edit.kind == "out-of-scope":
            lines = add_out_of_scope(files, list(edit.questions))
            return lines.files, {"added": list(lines.added), "repeated": list(lines.repeated)}
        if edit.kind == "passage":
            draft = edit.draft
            result = add_passage(
                files,
                NewPassage(
                    draft.get("section", ""),
                    draft.get("title", ""),
                    draft.get("text", ""),
                    tuple(draft.get("questions", [])),
                    draft.get("passage_id", ""),
                ),
            )
            if not result.ok:
                raise EditError("; ".join(result.errors.values()))
            return result.files, {"passage": result.passage_id, "title": draft.get("title")}
        raise EditError(f"unknown kind of edit {edit.kind!r}")

    def _tidy(self, folder: Path) -> None:
        staged = sorted(
            (p for p in folder.glob("staged-*") if p.is_dir()), key=lambda p: p.stat().st_mtime
        )
        for old in staged[: max(0, len(staged) - STAGED_KEPT)]:
            shutil.rmtree(old, ignore_errors=True)

    # ── the background process ────────────────────────────────────────────────

    def command(self, staged: Path) -> list[str]:
        """`mentorbot publish`, run by this Python (the same install as the console)."""
        return [
            sys.executable,
            "-m",
            "bot.cli",
            "publish",
            "--corpus",
            str(staged),
            "--prepare-only",
            "--json",
            *self.extra_args,
        ]

    async def _prepare(self, publish_id: int, staged: Path) -> dict:
        env = {
            **os.environ,
            "MENTORBOT_CORPUS_DIR": str(self.settings.corpus_dir),
            "MENTORBOT_INDEX_DIR": str(self.settings.index_dir),
            "MENTORBOT_DB": str(self.settings.db_path),
            "PYTHONUNBUFFERED": "1",
        }
        env.pop("MENTORBOT_CONSOLE_PASSWORD", None)  # the child has no use for it
        self._process = process = await asyncio.create_subprocess_exec(
            *self.command(staged),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            stdin=asyncio.subprocess.DEVNULL,
            env=env,
            preexec_fn=lambda: os.nice(NICENESS),
        )
        assert process.stdout is not None and process.stderr is not None
        errors = asyncio.create_task(process.stderr.read())
        result: dict | None = None
        written = 0.0
        try:
            async for raw in process.stdout:
                try:
                    line = json.loads(raw)
                except ValueError:
                    continue  # a stray print: not ours to show
                if "version" in line:
                    result = line
                elif "progress" in line and time.monotonic() - written > (
                    1 / PROGRESS_WRITES_PER_SECOND
                ):
                    written = time.monotonic()
                    await self._update(
                        publish_id,
                        message=str(line.get("message", "")),
                        progress=float(line["progress"]),
                    )
            code = await process.wait()
        except asyncio.CancelledError:
            process.kill()
            await process.wait()
            raise
        finally:
            self._process = None
        stderr = (await errors).decode("utf-8", "replace")
        if code != 0 or result is None:
            lines = [line for line in stderr.splitlines() if line.strip()]
            reason = lines[-1] if lines else f"the publish command exited with code {code}"
            raise PublishRefused(reason.removeprefix("mentorbot: "))
        return result

    # ── going live ────────────────────────────────────────────────────────────

    async def go_live(self, publish_id: int) -> None:
        """Make a built version live (after a confirmation when a figure got worse)."""
        publish = await self.database.run(lambda db: store.get_publish(db, publish_id))
        if publish is None or publish.version is None:
            raise PublishRefused("There is no such built version.")
        if publish.state not in (PublishState.RUNNING, PublishState.READY):
            raise PublishRefused(f"This publish is {publish.state.value}.")
        if self.knowledge.live_version() != publish.live_version:
            raise PublishRefused(
                "The live index changed since this publish started: publish again."
            )
        staged = folder_of(self.settings) / f"staged-{publish_id}"
        prepared = prepared_version(
            publish.version, staged, self.settings.corpus_dir, self.settings.index_dir
        )
        if prepared is None:
            raise PublishRefused(f"Version {publish.version} is no longer in the index folder.")
        await asyncio.to_thread(go_live, prepared)
        edits = await self.database.run(
            lambda db: store.edits_by_id(
                db, publish.edits, self.clock(), self.settings.question_retention_days
            )
        )
        await self._finish_live(publish_id, edits, publish.version, publish.figures)

    async def confirm(self, publish_id: int) -> None:
        async with self._lock:
            publish = await self.database.run(lambda db: store.get_publish(db, publish_id))
            if publish is None or publish.state is not PublishState.READY:
                raise PublishRefused("Nothing is waiting for a confirmation.")
            try:
                await self.go_live(publish_id)
            except PublishRefused as refusal:
                await self._fail(publish_id, str(refusal))
                raise

    async def discard(self, publish_id: int) -> None:
        async with self._lock:
            publish = await self.database.run(lambda db: store.get_publish(db, publish_id))
            if publish is None or publish.state is not PublishState.READY:
                raise PublishRefused("Nothing is waiting for a confirmation.")
            await self._update(
                publish_id,
                self.clock(),
                state=PublishState.DISCARDED.value,
                message="Discarded: the live index is unchanged; the edits wait for the "
                "next publish.",
            )

    async def _finish_live(
        self, publish_id: int, edits: list[Edit], version: str | None, figures: list[dict]
    ) -> None:
        now = self.clock()
        ids = [e.id for e in edits]
        message = (
            f"version {version}. The bot answers from it within seconds."
            if version
            else "The edits changed nothing in the corpus: nothing to rebuild."
        )

        def record(db) -> None:
            store.mark_published(db, ids, publish_id, now)
            store.update_publish(
                db, publish_id, now, state=PublishState.LIVE.value, message=message, progress=1.0
            )

        await self.database.run(record)

    async def _update(self, publish_id: int, now: datetime | None = None, **changes) -> None:
        await self.database.run(lambda db: store.update_publish(db, publish_id, now, **changes))

    async def _fail(self, publish_id: int, reason: str) -> None:
        await self._update(
            publish_id,
            self.clock(),
            state=PublishState.FAILED.value,
            message=f"Failed, the live index is unchanged: {reason}",
        )

    async def stop(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
