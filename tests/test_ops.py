"""Operator commands: stats, retention, backup while writing, doctor."""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.cli import main
from bot.ops import doctor
from bot.ops.backup import backup
from bot.ops.health import beat, heartbeat_path
from bot.ops.stats import collect, render
from bot.store.checklist import insert_items, list_items, set_done
from bot.store.db import MIGRATIONS, migrate, open_db, schema_version
from bot.store.nudges import claim, finish
from bot.store.questions import erase_old_question_text, record_feedback, record_question
from bot.store.users import touch_user
from tests.botapi import TOKEN
from tests.conftest import make_settings

NOW = datetime(2026, 3, 10, 12, tzinfo=UTC)


def seed(db):
    """Five users: questions (some declined), feedback, checklists, nudges."""
    for user in range(1, 6):
        touch_user(db, user, user, NOW - timedelta(days=user * 2), "UTC")
    asked = [
        (1, "how to bake bread", False),
        (2, "How to bake bread ", False),
        (3, "what's a good salary", False),
        (1, "do i need a phd", True),
        (2, "is colab free", True),
        (3, "is colab free", True),
    ]
    ids = [
        record_question(db, u, text, ok, "p" if ok else None, 0.5, NOW - timedelta(hours=1))
        for u, text, ok in asked
    ]
    record_question(db, 4, "an old one", False, None, 0.1, NOW - timedelta(days=30))
    record_feedback(db, 1, ids[3], 1, NOW)
    record_feedback(db, 2, ids[4], -1, NOW)
    record_feedback(db, 3, ids[5], -1, NOW)
    for user, done in ((1, 0), (2, 1), (3, 4)):
        ids_ = insert_items(db, user, [(f"step {n}", None) for n in range(4)], NOW)
        set_done(db, user, ids_[:done], True, NOW)
    for user, status in ((1, "sent"), (2, "sent"), (3, "failed"), (4, "skipped")):
        _, claim_id = claim(db, user, "2026-W11", "weekly", NOW - timedelta(days=1), {}, {})
        assert claim_id is not None
        finish(db, claim_id, user, status, NOW)
    claim(db, 5, "2026-W11", "weekly", NOW - timedelta(days=1), {}, {})  # never finished


def test_stats_add_up(db):
    seed(db)
    stats = collect(db, NOW)
    assert stats.users == 5
    assert stats.active_7d == 3  # users seen 2, 4 and 6 days ago
    assert stats.questions_7d == 6 and stats.declined_7d == 3
    assert stats.decline_rate == 0.5
    assert (stats.thumbs_up, stats.thumbs_down) == (1, 2)
    assert stats.top_declined[0] == ("How to bake bread ", 2)  # grouped case-insensitively
    assert stats.top_disliked == [("is colab free", 2)]
    assert stats.progress == {
        "no checklist": 2, "0%": 1, "1-25%": 1, "26-50%": 0, "51-75%": 0, "76-99%": 0, "100%": 1
    }  # fmt: skip
    assert stats.nudges_7d == {"sent": 2, "skipped": 2, "failed": 1, "blocked": 0}
    text = render(stats, 90)
    assert "50% declined" in text and "33% positive" in text and "kept for 90 days" in text


def test_stats_leave_out_text_past_the_retention_even_before_it_is_erased(db):
    seed(db)
    assert "an old one" in render(collect(db, NOW, retention_days=90), 90)
    assert "an old one" not in render(collect(db, NOW, retention_days=7), 7)


def test_stats_beside_the_bot_give_the_same_figures_and_write_nothing(tmp_path):
    from bot.store.db import open_readonly

    path = tmp_path / "ro.sqlite3"
    database = open_db(path)
    seed(database)
    expected = collect(database, NOW)
    database.close()
    before = path.read_bytes()
    readonly = open_readonly(path)
    try:
        assert collect(readonly, NOW) == expected  # the same figures, read beside the bot
    finally:
        readonly.close()
    assert path.read_bytes() == before  # and not a byte written


def test_retention_erases_old_question_text_but_keeps_the_counts(db):

    seed(db)
    assert erase_old_question_text(db, NOW - timedelta(days=7)) == 1
    assert db.execute("SELECT count(*) FROM questions").fetchone() == (7,)
    assert db.execute("SELECT count(*) FROM questions WHERE text IS NULL").fetchone() == (1,)
    assert "an old one" not in render(collect(db, NOW), 90)


def test_stats_command_on_a_database_with_data(tmp_path, capsys, monkeypatch):
    path = tmp_path / "cli.sqlite3"
    database = open_db(path)
    seed(database)
    database.close()
    monkeypatch.setenv("MENTORBOT_DB", str(path))
    assert main(["stats"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Users            5")
    assert "Most declined questions" in out


def test_stats_without_a_database_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MENTORBOT_DB", str(tmp_path / "none.sqlite3"))
    assert main(["stats"]) == 2
    assert "run the bot first" in capsys.readouterr().err


# ── backup ───────────────────────────────────────────────────────────────────


def test_backup_is_consistent_while_the_bot_keeps_writing(tmp_path):
    path = tmp_path / "live.sqlite3"
    live = open_db(path)
    touch_user(live, 1, 1, NOW, "UTC")
    insert_items(live, 1, [(f"step {n}", None) for n in range(2000)], NOW)
    stop, writing = threading.Event(), threading.Event()
    written = []

    def writer() -> None:
        connection = open_db(path)
        while not stop.is_set():
            written.append(insert_items(connection, 1, [("more", None)], NOW))
            writing.set()
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        # On a loaded machine the backups could otherwise end before the writer's first row.
        assert writing.wait(timeout=60)
        results = [backup(path, tmp_path / f"copy{n}.sqlite3") for n in range(3)]
    finally:
        stop.set()
        thread.join()
    assert written  # the writer really ran alongside
    for result in results:
        copy = sqlite3.connect(result.path)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (count,) = copy.execute("SELECT count(*) FROM checklist_items").fetchone()
        assert 2000 <= count <= 2000 + len(written)
        copy.close()
    assert len(list_items(live, 1)) == 2000 + len(written)
    live.close()


def test_backup_into_a_folder_and_of_a_missing_database(tmp_path):
    path = tmp_path / "db.sqlite3"
    open_db(path).close()
    folder = tmp_path / "backups"
    folder.mkdir()
    assert backup(path, folder).path == folder / "db-backup.sqlite3"
    with pytest.raises(FileNotFoundError):
        backup(tmp_path / "nope.sqlite3", folder)
    assert sorted(p.name for p in folder.iterdir()) == ["db-backup.sqlite3"]  # no partial file


def test_backup_command(tmp_path, capsys, monkeypatch):
    path = tmp_path / "db.sqlite3"
    open_db(path).close()
    monkeypatch.setenv("MENTORBOT_DB", str(path))
    assert main(["backup", str(tmp_path / "out") + "/"]) == 0
    assert (tmp_path / "out" / "db-backup.sqlite3").is_file()
    assert "Backed up" in capsys.readouterr().out


# ── doctor ───────────────────────────────────────────────────────────────────


def test_doctor_token_checks(tmp_path):
    settings = make_settings(tmp_path)
    assert doctor.check_token(settings).ok
    assert not doctor.check_token(replace(settings, token=None)).ok
    bad = doctor.check_token(replace(settings, token="hello"))
    assert not bad.ok and "hello" not in bad.line()
    assert TOKEN not in doctor.check_token(settings).line()


def test_doctor_index_checks(tmp_path):
    settings = make_settings(tmp_path)
    assert doctor.check_index(settings).ok
    stale = doctor.check_index(replace(settings, index_dir=tmp_path))
    assert not stale.ok and "mentorbot index build" in stale.detail


def test_doctor_database_checks(tmp_path):
    settings = make_settings(tmp_path)
    fresh = doctor.check_database(settings)
    assert fresh.ok and "will be created" in fresh.detail
    assert not settings.db_path.exists()  # doctor creates nothing
    old = open_db(settings.db_path, migrate_schema=False)
    migrate(old, target=1)
    old.close()
    check = doctor.check_database(settings)
    assert check.ok and f"the bot upgrades it to v{len(MIGRATIONS)}" in check.detail
    assert schema_version(open_db(settings.db_path, migrate_schema=False)) == 1  # not migrated
    (tmp_path / "a-file").write_text("")
    unwritable = doctor.check_database(replace(settings, db_path=tmp_path / "a-file" / "db"))
    assert not unwritable.ok


def test_doctor_model_check(tmp_path):
    assert doctor.check_model(make_settings(tmp_path)).ok


def test_doctor_reports_what_a_running_bot_says_about_its_model(tmp_path):
    settings = make_settings(tmp_path)
    path = heartbeat_path(settings.db_path)
    assert doctor.check_running_bot(settings).ok  # no bot: nothing wrong with that
    beat(path, "loading")
    loading = doctor.check_running_bot(settings)
    assert loading.ok and "still loading" in loading.detail
    beat(path, "failed", "The index is not usable: no index in /x")
    failed = doctor.check_running_bot(settings)
    assert not failed.ok and failed.detail.endswith(
        "could not be loaded: The index is not usable: no index in /x"
    )
    path.write_text("1000\nfailed long ago\n")  # a bot that stopped long ago
    assert doctor.check_running_bot(settings).ok


def test_doctor_bot_api_checks(tmp_path, standin):
    settings = make_settings(tmp_path, standin)
    reachable = doctor.check_bot_api(settings)
    assert reachable.ok and "@mentor_test_bot" in reachable.detail
    refused = doctor.check_bot_api(replace(settings, token="123:" + "x" * 35))
    assert not refused.ok and "refused the token" in refused.detail
    unreachable = doctor.check_bot_api(replace(settings, api_base_url="http://127.0.0.1:9/bot"))
    assert not unreachable.ok and "unreachable" in unreachable.detail
    for check in (reachable, refused, unreachable):
        assert TOKEN not in check.line() and "x" * 35 not in check.line()


def test_doctor_command_prints_one_line_per_check(tmp_path, standin, capsys, monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_BASE_URL", standin.base_url)
    monkeypatch.setenv("MENTORBOT_DB", str(tmp_path / "db.sqlite3"))
    assert main(["doctor"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(doctor.CHECKS)
    assert all(line.startswith("✓") for line in lines)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN")
    assert main(["doctor"]) == 1
