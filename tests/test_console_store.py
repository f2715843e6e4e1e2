"""What the console reads and records (bot/store/console/), on real SQLite: the overview's
figures against hand-counted data, the inbox, review actions from two tabs at once, edits,
retention and /forget."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.store import console as store
from bot.store.console import Action, Why
from bot.store.db import MIGRATIONS, migrate, open_db, to_db_time
from bot.store.privacy import forget_user
from bot.store.questions import erase_old_question_text, record_feedback, record_question
from bot.store.users import touch_user

NOW = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
RETENTION = 90
LEAST_SURE = 0.6


def ask(db, user, text, days_ago=0.0, answered=False, passage=None, confidence=None, **kw):
    reason = kw.pop("reason", None if answered else "off-topic")
    act = kw.pop("act", "question" if answered else None)
    return record_question(
        db,
        user,
        text,
        answered,
        passage,
        confidence,
        NOW - timedelta(days=days_ago),
        reason,
        kw.pop("language", None),
        act,
    )


def test_v7_adds_the_console_tables_and_one_covering_index_instead_of_two(tmp_path):
    db = open_db(tmp_path / "db.sqlite3", migrate_schema=False)
    migrate(db, target=len(MIGRATIONS) - 1)
    migrate(db)
    tables = set(db.table_names())
    assert {"review_actions", "reviewed_questions", "corpus_edits", "publishes"} <= tables
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "idx_questions_overview" in indexes and "idx_questions_asked_at" not in indexes
    # The per-day count never visits the table; erasing old text still finds rows by time.
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN SELECT substr(asked_at, 1, 10), answered, reason, count(*) "
            "FROM questions WHERE asked_at >= ? GROUP BY 1, 2, 3",
            ["2026-01-01"],
        )
    )
    assert "COVERING INDEX idx_questions_overview" in plan
    plan = " ".join(
        str(row[-1])
        for row in db.execute(
            "EXPLAIN QUERY PLAN UPDATE questions SET text = NULL WHERE asked_at < ?", ["x"]
        )
    )
    assert "idx_questions_overview" in plan


def test_the_overview_counts_what_is_in_the_database(db):
    for user in (1, 2, 3):
        touch_user(db, user, user, NOW - timedelta(days=40))
    touch_user(db, 2, 2, NOW - timedelta(days=1))  # seen this week; 1 and 3 are not
    up = ask(db, 2, "is colab free", 1, True, "prac-colab", 0.9)
    down = ask(db, 2, "leetcode?", 1, True, "prac-leetcode", 0.9)
    ask(db, 2, "leetcode or not", 0, True, "prac-leetcode", 0.9)
    ask(db, 2, "how much do they pay", 0)
    ask(db, 2, "hola que tal", 0, reason="not-english", language="es")
    ask(db, 1, "old question", 20, True, "prac-colab", 0.9)
    record_feedback(db, 2, up, 1, NOW - timedelta(days=1))
    record_feedback(db, 2, down, -1, NOW - timedelta(days=1))
    db.execute(
        "INSERT INTO checklist_items (user_id, position, text, done_at, created_at) VALUES "
        "(2, 1, 'a', ?, ?), (2, 2, 'b', NULL, ?)",
        [to_db_time(NOW), to_db_time(NOW), to_db_time(NOW)],
    )
    sent = NOW - timedelta(days=3)
    db.execute(
        "INSERT INTO nudges (user_id, week, kind, status, claimed_at, finished_at) VALUES "
        "(2, 'w1', 'weekly', 'sent', ?, ?), (3, 'w1', 'weekly', 'sent', ?, ?), "
        "(1, 'w1', 'weekly', 'blocked', ?, ?)",
        [to_db_time(sent)] * 6,
    )
    db.execute("UPDATE users SET nudges_paused_at = ? WHERE user_id = 3", [to_db_time(sent)])
    db.conn.commit()

    week = store.overview(db, NOW, 7)
    assert (week.students, week.active) == (3, 1)
    assert len(week.questions) == 7 and week.questions[-1].day == "2026-03-10"
    assert week.questions[-1] == store.DayQuestions("2026-03-10", 1, 1, 1)
    assert week.questions[-2] == store.DayQuestions("2026-03-09", 2, 0, 0)
    assert sum(day.total for day in week.questions) == 5  # the 20-day-old one is outside
    assert week.votes[-2] == store.DayVotes("2026-03-09", 1, 1)
    assert week.passages == {"prac-leetcode": 2, "prac-colab": 1}
    assert week.disliked == (store.PassageVotes("prac-leetcode", 1, 0),)
    assert week.checklists["26-50%"] == 1 and sum(week.checklists.values()) == 1
    # User 2 asked a question two days after the nudge; user 3 did nothing.
    assert week.nudges == store.Nudging(sent=2, acted_on=1, paused=1)

    month = store.overview(db, NOW, 30)
    assert month.passages == {"prac-leetcode": 2, "prac-colab": 2} and month.active == 1
    with pytest.raises(ValueError):
        store.overview(db, NOW, 14)


def test_the_inbox_holds_what_is_worth_a_look_newest_first(db):
    declined = ask(db, 1, "how much do interns earn", 1)
    ask(db, 1, "hola", 1, reason="not-english", language="es")
    ask(db, 1, "more", 1, reason="nothing-more")
    unsure = ask(db, 1, "is a masters enough", 0.5, True, "myth-need-phd", 0.55)
    ask(db, 1, "do i need a phd", 0.5, True, "myth-need-phd", 0.95)
    disliked = ask(db, 1, "colab?", 0.2, True, "prac-colab", 0.95)
    record_feedback(db, 1, disliked, -1, NOW)
    ask(db, 1, "and for undergrads?", 0.1, True, "myth-need-phd", 0.3, act="follow-up")
    erased = ask(db, 1, "an old declined one", 200)
    erase_old_question_text(db, NOW - timedelta(days=RETENTION))

    found, more = store.inbox(db, NOW, RETENTION, LEAST_SURE)
    assert [(c.id, c.why) for c in found] == [
        (disliked, Why.DISLIKED),
        (unsure, Why.UNSURE),
        (declined, Why.DECLINED),
    ]
    assert not more and erased not in [c.id for c in found]
    few, more = store.inbox(db, NOW, RETENTION, LEAST_SURE, limit=2)
    assert len(few) == 2 and more


def test_text_past_the_retention_stays_out_even_before_the_hourly_erase(db):
    ask(db, 1, "asked 91 days ago", 91)
    assert store.inbox(db, NOW, RETENTION, LEAST_SURE)[0] == []
    assert store.review(db, Action.IGNORE, [1], NOW, RETENTION).action_id is None


def test_two_tabs_acting_on_the_same_questions_lose_nothing_and_take_nothing_twice(db):
    ids = [ask(db, 1, f"question {n}", 1) for n in range(4)]
    first = store.review(db, Action.OFF_TOPIC, ids[:3], NOW, RETENTION)
    second = store.review(db, Action.PASSAGE, ids[1:], NOW, RETENTION, "prac-colab")
    assert first.question_ids == tuple(ids[:3])
    assert second.question_ids == (ids[3],)  # only the one the first tab didn't take
    again = store.review(db, Action.IGNORE, ids, NOW, RETENTION)
    assert again == store.Reviewed(None, ())
    assert store.inbox(db, NOW, RETENTION, LEAST_SURE)[0] == []
    edits = store.open_edits(db, NOW, RETENTION)
    assert [(e.kind, e.passage_id, e.questions) for e in edits] == [
        ("out-of-scope", None, ("question 0", "question 1", "question 2")),
        ("examples", "prac-colab", ("question 3",)),
    ]
    assert [a.action for a in store.recent_actions(db)] == [Action.PASSAGE, Action.OFF_TOPIC]


def test_an_edit_reads_the_questions_text_when_shown_so_erased_text_stays_erased(db):
    old = ask(db, 1, "from long ago", 80)
    new = ask(db, 1, "from today", 0)
    store.review(db, Action.PASSAGE, [old, new], NOW, RETENTION, "prac-colab")
    (edit,) = store.open_edits(db, NOW, RETENTION)
    assert edit.questions == ("from long ago", "from today")
    later = NOW + timedelta(days=20)
    erase_old_question_text(db, later - timedelta(days=RETENTION))
    (edit,) = store.open_edits(db, later, RETENTION)
    assert edit.questions == ("from today",)


def test_dropping_an_edit_puts_its_questions_back_in_the_inbox(db):
    question = ask(db, 1, "what about visas", 1)
    done = store.review(db, Action.NEW_PASSAGE, [question], NOW, RETENTION)
    assert done.edit_id is not None and store.inbox(db, NOW, RETENTION, LEAST_SURE)[0] == []
    assert store.drop_edit(db, done.edit_id, NOW)
    assert [c.id for c in store.inbox(db, NOW, RETENTION, LEAST_SURE)[0]] == [question]
    assert not store.drop_edit(db, done.edit_id, NOW)  # already dropped


def test_a_draft_is_kept_and_queued_only_when_ready(db):
    question = ask(db, 1, "what about visas", 1)
    edit_id = store.review(db, Action.NEW_PASSAGE, [question], NOW, RETENTION).edit_id
    assert edit_id is not None
    assert store.save_draft(db, edit_id, {"title": "Visas"}, NOW, ready=False)
    kept = store.edit(db, edit_id, NOW, RETENTION)
    assert kept is not None and kept.state is store.EditState.TO_WRITE
    assert store.save_draft(db, edit_id, {"title": "Visas"}, NOW, ready=True, passage_id="v")
    ready = store.edit(db, edit_id, NOW, RETENTION)
    assert ready is not None
    assert (ready.state, ready.passage_id, ready.draft) == (
        store.EditState.PENDING,
        "v",
        {"title": "Visas"},
    )
    store.mark_published(db, [edit_id], 1, NOW)
    assert not store.save_draft(db, edit_id, {}, NOW, ready=True)  # published: closed


def test_forget_takes_the_record_of_a_students_reviewed_questions_too(db):
    touch_user(db, 5, 5, NOW)
    question = ask(db, 5, "how much do interns earn", 0)
    store.review(db, Action.OFF_TOPIC, [question], NOW, RETENTION)
    forget_user(db, 5)
    assert db.execute("SELECT count(*) FROM reviewed_questions").fetchone()[0] == 0
    assert store.open_edits(db, NOW, RETENTION)[0].questions == ()


def test_a_publish_left_running_by_a_stopped_console_is_marked_failed(db):
    first = store.start_publish(db, [1], "abc", NOW)
    second = store.start_publish(db, [2], "abc", NOW)
    failed = store.get_publish(db, first)
    assert failed is not None and failed.state is store.PublishState.FAILED
    latest = store.latest_publish(db)
    assert latest is not None and (latest.id, latest.edits) == (second, [2])
    store.update_publish(db, second, NOW, state="live", figures=[{"name": "x"}])
    live = store.get_publish(db, second)
    assert live is not None and live.figures == [{"name": "x"}]
