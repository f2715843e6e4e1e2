"""`mentorbot doctor`: one line per thing that must be right before the bot can run."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

from bot.config import MIN_CONSOLE_PASSWORD, Settings
from bot.knowledge.deciding.models import ModelsUnavailable, load_models, read_notes
from bot.knowledge.search.embedder import ModelUnavailable, load_embedder
from bot.knowledge.search.index import read_manifest, staleness
from bot.ops.health import describe, heartbeat_path
from bot.ops.health import read as read_heartbeat
from bot.store.db import MIGRATIONS, open_db, schema_version

# The bot beats every minute: three missed beats and it is taken for stopped.
STALE_HEARTBEAT_SECONDS = 180


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'✓' if self.ok else '✗'} {self.name:<10} {self.detail}"


def check_token(settings: Settings) -> Check:
    if not settings.token:
        return Check("token", False, "TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather")
    if not settings.token_looks_valid:
        return Check("token", False, "TELEGRAM_BOT_TOKEN doesn't look like <digits>:<secret>")
    bot_id = settings.token.split(":", 1)[0]
    return Check("token", True, f"set, shaped like a bot token (bot id {bot_id})")


def check_index(settings: Settings) -> Check:
    problem = staleness(settings.corpus_dir, settings.index_dir)
    if problem:
        return Check("index", False, f"{problem}; run: mentorbot index build")
    manifest = read_manifest(settings.index_dir)
    assert manifest is not None
    return Check("index", True, f"fresh: {manifest.passages} passages, {manifest.vectors} vectors")


def check_decisions(settings: Settings) -> Check:
    """The fitted decisions for the live index version (`mentorbot fit`)."""
    manifest = read_manifest(settings.index_dir)
    if manifest is None:
        return Check("decisions", False, "no index to fit them on; run: mentorbot index build")
    folder = manifest.folder(settings.index_dir)
    try:
        load_models(folder, manifest.corpus_hash)
    except ModelsUnavailable as error:
        return Check("decisions", False, str(error))
    figures = read_notes(folder).get("cross_validated", {})
    right = figures.get("follow-ups right")
    detail = f"; follow-ups right {right:.3f} cross-validated" if right is not None else ""
    return Check("decisions", True, f"fitted for this index{detail}")


def check_database(settings: Settings) -> Check:
    path = settings.db_path
    if not path.exists():
        folder = next((p for p in path.absolute().parents if p.exists()), Path("/"))
        if folder.is_dir() and os.access(folder, os.W_OK):
            return Check("database", True, f"{path} will be created at the first start")
        return Check("database", False, f"{path} can't be created: {folder} isn't writable")
    try:
        # No migration here: a newer CLI must not upgrade the schema under a running bot.
        db = open_db(path, migrate_schema=False)
        try:
            db.execute("BEGIN IMMEDIATE")  # the write lock, held for microseconds
            db.execute("ROLLBACK")
            version = schema_version(db)
            users = db.execute("SELECT count(*) FROM users").fetchone()[0] if version else 0
        finally:
            db.close()
    except (sqlite3.Error, OSError) as error:
        return Check("database", False, f"{path}: {error}")
    if version > len(MIGRATIONS):
        return Check("database", False, f"{path} has schema v{version}, newer than this code")
    upgrade = "" if version == len(MIGRATIONS) else f"; the bot upgrades it to v{len(MIGRATIONS)}"
    return Check(
        "database", True, f"{path} is writable (schema v{version}, {users} users{upgrade})"
    )


def check_model(settings: Settings) -> Check:
    try:
        embedder = load_embedder()
        embedder.encode(["do I need a PhD?"])
    except ModelUnavailable as error:
        return Check("model", False, str(error))
    return Check("model", True, f"{embedder.name} loads offline ({embedder.dimension} dimensions)")


def check_running_bot(settings: Settings) -> Check:
    """What a bot running on this database reports about its model, if one runs."""
    heartbeat = read_heartbeat(heartbeat_path(settings.db_path))
    if heartbeat is None or heartbeat.age > STALE_HEARTBEAT_SECONDS:
        return Check("running", True, "no bot is running on this database")
    return Check("running", heartbeat.state != "failed", f"a bot runs; {describe(heartbeat)}")


def check_bot_api(settings: Settings, timeout: float = 5.0) -> Check:
    host = urlsplit(settings.api_base_url).netloc or settings.api_base_url
    if not settings.token:
        return Check("Bot API", False, f"{host}: can't ask without a token")
    try:
        response = httpx.post(f"{settings.api_base_url}{settings.token}/getMe", timeout=timeout)
    except httpx.HTTPError as error:
        # The message is built here, never from the request URL, which holds the token.
        return Check("Bot API", False, f"{host} is unreachable ({type(error).__name__})")
    if response.status_code in (401, 404):
        return Check("Bot API", False, f"{host} is reachable, but refused the token")
    try:
        username = response.json()["result"]["username"]
    except (ValueError, KeyError, TypeError):
        return Check(
            "Bot API", False, f"{host} answered {response.status_code}, not a Bot API reply"
        )
    return Check("Bot API", True, f"{host} is reachable; the token belongs to @{username}")


def check_console(settings: Settings) -> Check:
    """Whether `mentorbot console` can start; the password itself is never printed."""
    where = f"{settings.console_listen}:{settings.console_port}"
    if not settings.console_password:
        return Check(
            "console",
            True,
            f"MENTORBOT_CONSOLE_PASSWORD is not set: the console won't start "
            f"(it would listen on {where})",
        )
    if len(settings.console_password) < MIN_CONSOLE_PASSWORD:
        return Check(
            "console", False, f"MENTORBOT_CONSOLE_PASSWORD is shorter than {MIN_CONSOLE_PASSWORD}"
        )
    # Publishing writes the corpus files and a new index version (and stages the edits
    # beside the database): the pages would work, publishing would not.
    unwritable = [
        str(folder)
        for folder in (settings.corpus_dir, settings.index_dir)
        if not os.access(folder, os.W_OK)
    ]
    if unwritable:
        return Check(
            "console",
            False,
            f"password set, but it could not publish: {' and '.join(unwritable)} not writable",
        )
    local = settings.console_listen in ("127.0.0.1", "localhost", "::1")
    exposure = "this machine only" if local else "other machines too: put TLS in front of it"
    return Check("console", True, f"password set; listens on {where} ({exposure})")


CHECKS: tuple[Callable[[Settings], Check], ...] = (
    check_token,
    check_index,
    check_decisions,
    check_database,
    check_model,
    check_running_bot,
    check_bot_api,
    check_console,
)
