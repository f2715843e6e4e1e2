"""The inbox table: what is written, what a redelivery does, recovery and expiry."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.store import inbox
from bot.store.db import open_db

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "inbox.sqlite3")
    yield database
    database.close()


def test_a_redelivered_update_id_is_not_written_again(db):
    assert inbox.receive(db, 1, 7, '{"update_id": 1}', NOW)
    assert not inbox.receive(db, 1, 7, '{"update_id": 1, "changed": true}', NOW)
    assert db.execute("SELECT payload FROM inbox").fetchall() == [('{"update_id": 1}',)]
    inbox.finish(db, 1, NOW)
    assert not inbox.receive(db, 1, 7, '{"update_id": 1}', NOW)  # done, still recognised


def test_a_done_row_keeps_nothing_about_the_user(db):
    inbox.receive(db, 5, 42, '{"message": {"from": {"first_name": "Ann"}}}', NOW)
    inbox.finish(db, 5, NOW + timedelta(seconds=1))
    row = db.execute("SELECT update_id, chat_id, payload, done_at FROM inbox").fetchone()
    assert row == (5, None, None, "2026-03-02T09:30:01Z")


def test_recovery_returns_the_unfinished_oldest_first(db):
    for update_id, chat in ((3, 1), (1, 2), (2, 1), (4, None)):
        inbox.receive(db, update_id, chat, f'{{"update_id": {update_id}}}', NOW)
    inbox.finish(db, 2, NOW)
    recovered = inbox.recover(db, NOW)
    assert [(u.update_id, u.chat_id) for u in recovered.updates] == [(1, 2), (3, 1), (4, None)]
    assert recovered.dropped == []
    assert recovered.updates[0].payload == '{"update_id": 1}'
    assert recovered.updates[0].received_at == NOW


def test_an_update_interrupted_at_every_start_is_given_up(db):
    inbox.receive(db, 9, 1, "{}", NOW)
    for _ in range(inbox.MAX_RECOVERIES):
        assert [u.update_id for u in inbox.recover(db, NOW).updates] == [9]
    inbox.receive(db, 10, 1, "{}", NOW)  # new at this start: not counted against it
    recovered = inbox.recover(db, NOW)
    assert [u.update_id for u in recovered.updates] == [10] and recovered.dropped == [9]
    assert inbox.unfinished_count(db) == 1
    assert not inbox.receive(db, 9, 1, "{}", NOW)  # a redelivery of it is still dropped


def test_done_rows_expire_after_a_day_and_unfinished_ones_never(db):
    inbox.receive(db, 1, 1, "{}", NOW - timedelta(days=3))  # unfinished: never expires
    inbox.receive(db, 2, 1, "{}", NOW - timedelta(days=2))
    inbox.finish(db, 2, NOW - timedelta(hours=26))
    inbox.receive(db, 3, 1, "{}", NOW - timedelta(hours=2))
    inbox.finish(db, 3, NOW - timedelta(hours=2))
    assert inbox.expire(db, NOW) == 1
    assert [r[0] for r in db.execute("SELECT update_id FROM inbox ORDER BY 1")] == [1, 3]
