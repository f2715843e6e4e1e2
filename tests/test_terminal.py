"""`mentorbot chat`: the real application talking to a terminal, buttons as numbers."""

from __future__ import annotations

import io
import json

from bot.services import Services
from bot.store.db import open_db
from bot.telegram.terminal import USER_ID, TerminalChat
from tests.conftest import make_settings


async def test_export_in_the_terminal_chat_saves_the_file_where_it_is_told(
    tmp_path, mentor, monkeypatch
):
    workdir, exports = tmp_path / "cwd", tmp_path / "exports"
    workdir.mkdir()
    exports.mkdir()
    monkeypatch.chdir(workdir)  # a stray file would land here
    settings = make_settings(tmp_path)
    services = Services(settings, mentor, open_db(settings.db_path))
    out = io.StringIO()
    async with TerminalChat(settings, services, out=out, export_dir=exports) as chat:
        await chat.send("/checklist add Read the paper")
        await chat.send("/export")
    (saved,) = exports.iterdir()
    assert saved.name.startswith("mentorbot-my-data-") and saved.suffix == ".json"
    data = json.loads(saved.read_text())
    assert data["user_id"] == USER_ID
    assert [item["text"] for item in data["checklist_items"]] == ["Read the paper"]
    assert f"saved to {saved}" in out.getvalue()
    assert list(workdir.iterdir()) == []


async def test_a_number_presses_the_button_on_screen(tmp_path, mentor):
    settings = make_settings(tmp_path)
    services = Services(settings, mentor, open_db(settings.db_path))
    out = io.StringIO()
    async with TerminalChat(settings, services, out=out, export_dir=tmp_path) as chat:
        await chat.send("/checklist")
        assert "[1] 📝 Add the guide's steps" in out.getvalue()
        await chat.send("1")
        steps = len(services.template)
        assert f"Added {steps} steps from the guide" in out.getvalue()
        assert len(services.checklist.listing(USER_ID).items) == steps


async def test_follow_ups_work_in_the_terminal_chat(tmp_path, mentor):
    settings = make_settings(tmp_path)
    services = Services(settings, mentor, open_db(settings.db_path))
    out = io.StringIO()
    async with TerminalChat(settings, services, out=out, export_dir=tmp_path) as chat:
        await chat.send("do I need a PhD?")
        assert "Myth: you need to be a PhD student" in out.getvalue()
        before = len(out.getvalue())
        await chat.send("tell me more")
        more = out.getvalue()[before:]
        # another myth, whichever the fitted choice finds closest; never the one shown
        heading = next(line for line in more.splitlines() if "📘" in line)
        assert "Myths · Myth: " in heading and "PhD student" not in heading
        before = len(out.getvalue())
        await chat.send("¿Necesito un doctorado?")
        assert "Leo mejor en inglés" in out.getvalue()[before:]  # answered, told in Spanish
