"""Publishing from the console when it fails: the page says why, the live index and the
corpus stay as they were, and the edits wait for the next publish. (A publish that goes
live, and the bot following it, is in test_console_browser.py.)"""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime

import httpx
import pytest

from bot.config import Settings
from bot.console.app import create_app
from bot.knowledge.search.corpus import content_hash
from bot.knowledge.search.index import read_manifest
from bot.store import console as store
from bot.store.db import open_db
from bot.store.questions import record_question
from tests.conftest import CORPUS, INDEX, Clock

PASSWORD = "a long console password 42"
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def live(tmp_path) -> Settings:
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    manifest = read_manifest(INDEX)
    assert manifest is not None
    index.mkdir()
    shutil.copy(INDEX / "manifest.json", index / "manifest.json")
    shutil.copytree(manifest.folder(INDEX), manifest.folder(index))
    return Settings(
        db_path=tmp_path / "console.sqlite3",
        corpus_dir=corpus,
        index_dir=index,
        console_password=PASSWORD,
    )


def reviewed(settings: Settings, action: store.Action, passage_id: str | None = None) -> None:
    db = open_db(settings.db_path)
    question = record_question(db, 3, "what about the weather", False, None, 0.1, NOW, "off-topic")
    store.review(db, action, [question], NOW, 90, passage_id)
    db.close()


async def publish(settings: Settings, publish_args: tuple[str, ...] = ()) -> str:
    """Log in, press Publish, wait for the background run; the status shown after."""
    app = create_app(settings, clock=Clock(NOW), publish_args=publish_args)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        login = await http.get("/login")
        csrf = re.search(r'name="csrf" value="([^"]+)"', login.text)
        assert csrf is not None
        await http.post("/login", data={"password": PASSWORD, "csrf": csrf[1]})
        page = await http.get("/publish")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert csrf is not None
        response = await http.post("/publish", data={"csrf": csrf[1]})
        assert response.status_code == 303
        await app.state.console.publisher.wait()
        return (await http.get("/publish/status")).text


def snapshot(settings: Settings) -> tuple[object, str, int]:
    folders = sum(1 for p in settings.index_dir.iterdir() if p.is_dir())
    return read_manifest(settings.index_dir), content_hash(settings.corpus_dir), folders


def pending(settings: Settings) -> int:
    db = open_db(settings.db_path)
    try:
        return sum(e.state is store.EditState.PENDING for e in store.open_edits(db, NOW, 90))
    finally:
        db.close()


async def test_a_failed_build_says_why_and_leaves_everything_live_as_it_was(live):
    reviewed(live, store.Action.OFF_TOPIC)
    before = snapshot(live)
    status = await publish(live, ("--questions", str(live.db_path.parent / "missing.jsonl")))
    assert "state-failed" in status
    assert "the live index is unchanged" in status and "missing.jsonl" in status
    assert snapshot(live) == before
    assert pending(live) == 1  # the edit waits for the next publish


async def test_an_edit_that_no_longer_applies_is_named_and_nothing_changes(live):
    reviewed(live, store.Action.PASSAGE, "prac-colab")
    # Meanwhile, someone removed the passage from the corpus by hand.
    path = next(p for p in live.corpus_dir.glob("*.md") if "{#prac-colab}" in p.read_text())
    text = path.read_text()
    start = text.index("## ", text.index("{#prac-colab}") - 200)
    end = text.find("\n## ", start + 3)
    path.write_text(text[:start] + (text[end + 1 :] if end != -1 else ""))
    before = snapshot(live)
    status = await publish(live)
    assert "state-failed" in status and re.search(r"Edit \d+ can&#39;t be applied", status)
    assert "prac-colab" in status
    assert snapshot(live) == before
