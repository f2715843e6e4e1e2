"""The SQLite store: schema migrations from every earlier version, and every operation."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from bot.store import checklist as items
from bot.store.db import MIGRATIONS, from_db_time, migrate, open_db, schema_version, to_db_time
from bot.store.privacy import export_user, forget_user, user_tables
from bot.store.questions import record_feedback, record_question
from bot.store.users import touch_user

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
LATEST = len(MIGRATIONS)

# Rows a database could hold at each version, written with that version's own columns.
SEED_AT_VERSION = {
    1: [
        "INSERT INTO users (user_id, chat_id, created_at, last_seen_at) "
        "VALUES (7, 7, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z')",
        "INSERT INTO questions (id, user_id, text, answered, passage_id, confidence, asked_at) "
        "VALUES (1, 7, 'do i need a phd', 1, 'myth-need-phd', 0.7, '2026-01-02T00:00:00Z')",
        "INSERT INTO feedback (question_id, user_id, vote, created_at) "
        "VALUES (1, 7, 1, '2026-01-02T00:01:00Z')",
    ],
    2: [
        "UPDATE users SET timezone = 'Europe/Berlin' WHERE user_id = 7",
        "INSERT INTO checklist_items (user_id, position, text, passage_id, done_at, created_at) "
        "VALUES (7, 1, 'Apply!', 'summary-five-steps', NULL, '2026-01-03T00:00:00Z')",
    ],
    3: [
        "UPDATE users SET nudge_day = 4, nudge_time = '07:30' WHERE user_id = 7",
        "INSERT INTO nudges (user_id, week, kind, status, claimed_at) "
        "VALUES (7, '2026-W02', 'weekly', 'sent', '2026-01-09T06:30:00Z')",
    ],
}


def test_a_new_database_is_at_the_latest_version_in_wal_mode(tmp_path):
    db = open_db(tmp_path / "new" / "folder" / "db.sqlite3")
    assert schema_version(db) == LATEST
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


@pytest.mark.parametrize("start", range(LATEST))
def test_upgrading_from_every_earlier_version_keeps_the_data(tmp_path, start):
    path = tmp_path / "old.sqlite3"
    old = open_db(path, migrate_schema=False)
    migrate(old, target=start)
    for version in range(1, start + 1):
        for statement in SEED_AT_VERSION.get(version, []):
            old.execute(statement)
    old.conn.commit()
    old.close()

    db = open_db(path)  # migrates to the latest
    assert schema_version(db) == LATEST
    if start >= 1:
        assert db.execute("SELECT text FROM questions WHERE id = 1").fetchone() == (
            "do i need a phd",
        )
        assert db.execute("SELECT vote FROM feedback").fetchone() == (1,)
    if start >= 2:
        assert db.execute("SELECT timezone FROM users").fetchone() == ("Europe/Berlin",)
        assert [i.text for i in items.list_items(db, 7)] == ["Apply!"]
    if start >= 3:
        assert db.execute("SELECT nudge_day, nudge_time FROM users").fetchone() == (4, "07:30")
    if start >= 1:
        # Users from before nudges existed get the defaults: on, Mondays 18:00, reachable.
        row = db.execute("SELECT nudges_enabled, active FROM users WHERE user_id = 7").fetchone()
        assert row == (1, 1)
    # And the upgraded database works like a new one.
    touch_user(db, 8, 8, NOW, "UTC")
    items.insert_items(db, 8, [("x", None)], NOW)


def test_item_ids_are_never_handed_out_again(db):
    _, last = items.insert_items(db, 1, [("a", None), ("b", None)], NOW)
    items.delete_items(db, 1, [last])
    (new,) = items.insert_items(db, 1, [("c", None)], NOW)
    assert new > last  # a stale "remove item <last>" button can't hit the new item


def test_a_database_from_newer_code_is_refused(tmp_path):
    db = open_db(tmp_path / "db.sqlite3")
    db.execute(f"PRAGMA user_version={LATEST + 1}")
    with pytest.raises(RuntimeError, match="newer than this code"):
        migrate(db)


def test_a_failed_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    db = open_db(tmp_path / "db.sqlite3", migrate_schema=False)

    def broken(database):
        database["half_done"].create({"id": int}, pk="id")
        raise sqlite3.OperationalError("disk on fire")

    monkeypatch.setattr("bot.store.db.MIGRATIONS", [broken])
    with pytest.raises(sqlite3.OperationalError):
        migrate(db)
    assert schema_version(db) == 0
    assert "half_done" not in db.table_names()


def test_times_are_stored_as_sortable_utc_text():
    moment = datetime(2026, 3, 29, 3, 30, tzinfo=UTC)
    assert to_db_time(moment) == "2026-03-29T03:30:00Z"
    assert from_db_time("2026-03-29T03:30:00Z") == moment


# ── users ────────────────────────────────────────────────────────────────────


def test_touch_user_creates_then_refreshes_without_changing_the_timezone(db):
    touch_user(db, 1, 100, NOW, "Asia/Tokyo")
    db.execute("UPDATE users SET timezone = 'Europe/Berlin' WHERE user_id = 1")
    later = NOW + timedelta(days=1)
    touch_user(db, 1, 101, later, "Asia/Tokyo")
    row = db.execute("SELECT chat_id, created_at, last_seen_at, timezone FROM users").fetchone()
    assert row == (101, to_db_time(NOW), to_db_time(later), "Europe/Berlin")


def test_users_hold_no_names(db):
    assert not {"name", "first_name", "last_name", "username"} & set(db["users"].columns_dict)


# ── questions and feedback ───────────────────────────────────────────────────


def test_questions_and_feedback(db):
    question = record_question(db, 1, "is colab free?", True, "prac-colab", 0.61, NOW)
    assert record_feedback(db, 1, question, 1, NOW)
    assert record_feedback(db, 1, question, -1, NOW)  # a change of mind replaces the vote
    assert list(db["feedback"].rows) == [
        {"question_id": question, "user_id": 1, "vote": -1, "created_at": to_db_time(NOW)}
    ]


def test_feedback_on_someone_elses_or_a_missing_question_changes_nothing(db):
    question = record_question(db, 1, "is colab free?", True, "prac-colab", 0.61, NOW)
    assert not record_feedback(db, 2, question, 1, NOW)
    assert not record_feedback(db, 1, question + 99, 1, NOW)
    assert db["feedback"].count == 0
    with pytest.raises(ValueError):
        record_feedback(db, 1, question, 5, NOW)


# ── checklist items ──────────────────────────────────────────────────────────


def test_items_are_appended_in_order(db):
    first = items.insert_items(db, 1, [("a", None), ("b", "prac-colab")], NOW)
    second = items.insert_items(db, 1, [("c", None)], NOW)
    listed = items.list_items(db, 1)
    assert [i.text for i in listed] == ["a", "b", "c"]
    assert [i.id for i in listed] == first + second
    assert listed[1].passage_id == "prac-colab"
    assert items.list_items(db, 2) == []


def test_set_done_is_idempotent_and_scoped_to_the_user(db):
    (mine,) = items.insert_items(db, 1, [("a", None)], NOW)
    (theirs,) = items.insert_items(db, 2, [("b", None)], NOW)
    assert items.set_done(db, 1, [mine, theirs], True, NOW) == 1
    assert items.set_done(db, 1, [mine], True, NOW + timedelta(hours=1)) == 0
    assert items.get_item(db, 1, mine) == items.Item(
        mine, 1, 1, "a", None, to_db_time(NOW), to_db_time(NOW)
    )  # the first time stays
    assert items.get_item(db, 2, theirs) == items.Item(
        theirs, 2, 1, "b", None, None, to_db_time(NOW)
    )
    assert items.set_done(db, 1, [mine], False, NOW) == 1
    assert items.get_item(db, 1, mine) == items.Item(mine, 1, 1, "a", None, None, to_db_time(NOW))
    assert items.set_done(db, 1, [], True, NOW) == 0


def test_get_item_of_another_user_is_none(db):
    (mine,) = items.insert_items(db, 1, [("a", None)], NOW)
    assert items.get_item(db, 2, mine) is None


def test_delete_items(db):
    ids = items.insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    items.insert_items(db, 2, [("z", None)], NOW)
    assert items.delete_items(db, 1, [ids[1]]) == 1
    assert items.delete_items(db, 2, [ids[0]]) == 0  # not theirs
    later = items.insert_items(db, 1, [("d", None)], NOW)
    assert items.delete_items(db, 1, up_to_id=ids[2]) == 2  # what existed when asked
    assert [i.id for i in items.list_items(db, 1)] == later
    assert items.delete_items(db, 1, []) == 0
    assert len(items.list_items(db, 2)) == 1


# ── privacy ──────────────────────────────────────────────────────────────────


def seed_two_users(db):
    from bot.store.nudges import claim

    for user in (1, 2):
        touch_user(db, user, user, NOW, "UTC")
        question = record_question(db, user, f"question of {user}", True, "prac-colab", 0.6, NOW)
        record_feedback(db, user, question, 1, NOW)
        items.insert_items(db, user, [(f"item of {user}", None)], NOW)
        claim(db, user, "2026-W10", "weekly", NOW, {}, {})


def test_export_holds_every_row_of_the_user_and_nobody_elses(db):
    seed_two_users(db)
    data = export_user(db, 1)
    assert set(data) == set(user_tables(db))
    assert data["questions"][0]["text"] == "question of 1"
    assert data["checklist_items"][0]["text"] == "item of 1"
    assert len(data["feedback"]) == 1
    flat = repr(data)
    assert "of 2" not in flat


def test_forget_deletes_every_row_of_the_user_and_only_theirs(db):
    seed_two_users(db)
    assert forget_user(db, 1) == len(user_tables(db))
    for table in user_tables(db):
        assert db[table].count_where("user_id = 1") == 0, table
        assert db[table].count_where("user_id = 2") >= 1, table


def test_background_checkpoints_leave_the_wal_to_a_worker(tmp_path):
    from bot.store.db import checkpoint

    path = tmp_path / "bg.sqlite3"
    db = open_db(path, background_checkpoints=True)
    assert db.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
    items.insert_items(db, 1, [(f"step {n}", None) for n in range(3000)], NOW)
    wal = path.with_name(path.name + "-wal")
    assert wal.stat().st_size > 0
    busy, pages, copied = checkpoint(path)
    assert busy == 0 and pages == copied > 0
    db.close()


def test_a_non_finite_confidence_is_stored_as_null(db):
    question = record_question(db, 1, "?", False, None, float("-inf"), NOW)
    assert db.execute("SELECT confidence FROM questions WHERE id = ?", [question]).fetchone() == (
        None,
    )
