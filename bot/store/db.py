"""Opening the SQLite database and migrating its schema.

The schema version lives in `PRAGMA user_version`. Each migration is a small function that
moves the schema up by one version; `migrate` runs the missing ones in order, each inside
its own transaction, so a crash mid-upgrade leaves the database at the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 5000


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_db_time(moment: datetime) -> str:
    """UTC, second precision, fixed width: sorts and compares correctly as text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def from_db_time(value: str) -> datetime:
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def named_rows(
    db: sqlite_utils.Database, sql: str, params: Sequence[object] | Mapping[str, object] = ()
) -> list[sqlite3.Row]:
    """The rows of a query, each read by column name. sqlite3.Row does in C what
    sqlite-utils' db.query does with a dict per row, at about half the cost."""
    cursor = db.conn.cursor()
    cursor.row_factory = sqlite3.Row
    try:
        return cursor.execute(sql, params).fetchall()
    finally:
        cursor.close()


def open_readonly(path: Path | str) -> sqlite_utils.Database:
    """For operator commands beside a running bot: reads only, never migrates or locks."""
    conn = sqlite3.connect(
        f"file:{Path(path).resolve()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000
    )
    return sqlite_utils.Database(conn)


def open_db(
    path: Path | str, migrate_schema: bool = True, background_checkpoints: bool = False
) -> sqlite_utils.Database:
    """A connection in WAL mode with a busy timeout, migrated to the latest schema.

    With `background_checkpoints`, this connection never copies the WAL back into the
    database itself; the caller runs `checkpoint()` from a worker thread instead. The bot
    does, so that no write on its event loop pays for a checkpoint (several ms, now and
    then). `check_same_thread=False` lets tests hand a connection to a thread.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    # With WAL, NORMAL never corrupts; a power cut may lose only the last commits.
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if background_checkpoints:
        conn.execute("PRAGMA wal_autocheckpoint=0")
    db = sqlite_utils.Database(conn)
    if migrate_schema:
        migrate(db)
    return db


def checkpoint(path: Path | str) -> tuple[int, int, int]:
    """Copy the WAL back into the database, on a connection of its own, without blocking
    writers (PASSIVE). Returns SQLite's (busy, WAL pages, pages copied)."""
    with closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
        return tuple(conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone())


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int | None = None) -> int:
    """Run the migrations between the database's version and `target` (default: latest)."""
    target = len(MIGRATIONS) if target is None else target
    version = schema_version(db)
    if version > len(MIGRATIONS):
        raise RuntimeError(
            f"the database is at schema version {version}, newer than this code "
            f"({len(MIGRATIONS)}); upgrade mentorbot"
        )
    for number in range(version, target):
        with db.atomic():  # one transaction per migration, DDL included
            MIGRATIONS[number](db)
            db.execute(f"PRAGMA user_version={number + 1}")
    return schema_version(db)


# ── migrations: append only, never edit one that has shipped ────────────────


def _v1_questions_and_feedback(db: sqlite_utils.Database) -> None:
    db.table("users").create(
        {"user_id": int, "chat_id": int, "created_at": str, "last_seen_at": str},
        pk="user_id",
    )
    db.table("questions").create(
        {
            "id": int,
            "user_id": int,
            "text": str,
            "answered": int,
            "passage_id": str,
            "confidence": float,
            "asked_at": str,
        },
        pk="id",
        not_null={"user_id", "answered", "asked_at"},  # text is erased after the retention
    )
    db.table("questions").create_index(["user_id", "asked_at"])
    db.table("questions").create_index(["asked_at"])
    db.table("feedback").create(
        {"question_id": int, "user_id": int, "vote": int, "created_at": str},
        pk="question_id",
        foreign_keys=[("question_id", "questions", "id")],
        not_null={"user_id", "vote", "created_at"},
    )


def _v2_checklists_and_timezones(db: sqlite_utils.Database) -> None:
    # NULL timezone: the user never chose one and follows MENTORBOT_TIMEZONE.
    db.table("users").add_column("timezone", str)
    db.table("checklist_items").create(
        {
            "id": int,
            "user_id": int,
            "position": int,
            "text": str,
            "passage_id": str,
            "done_at": str,
            "created_at": str,
        },
        pk="id",
        not_null={"user_id", "position", "text", "created_at"},
    )
    db.table("checklist_items").create_index(["user_id", "position"])


def _v3_weekly_nudges(db: sqlite_utils.Database) -> None:
    users = db.table("users")
    users.add_column("nudges_enabled", int, not_null_default=1)
    users.add_column("nudge_day", int, not_null_default=0)  # 0 = Monday
    users.add_column("nudge_time", str, not_null_default="18:00")  # local time
    users.add_column("next_nudge_at", str)  # UTC; NULL until first scheduled
    users.add_column("snoozed_until", str)  # UTC; a one-off reminder the user asked for
    users.add_column("active", int, not_null_default=1)  # 0: the user blocked the bot
    users.add_column("unanswered_nudges", int, not_null_default=0)
    users.add_column("nudges_paused_at", str)  # set when nudges stop for want of replies
    users.add_column("last_template", int)
    db.execute(
        "CREATE INDEX idx_users_due ON users (next_nudge_at) "
        "WHERE nudges_enabled = 1 AND active = 1"
    )
    db.execute(
        "CREATE INDEX idx_users_snoozed ON users (snoozed_until) WHERE snoozed_until IS NOT NULL"
    )
    db.table("nudges").create(
        {
            "id": int,
            "user_id": int,
            "week": str,  # ISO week in the user's timezone: at most one nudge per kind in it
            "kind": str,  # "weekly" or "snooze"
            "status": str,  # claimed → sent | failed | blocked; or skipped (too late)
            "template": int,
            "claimed_at": str,
            "finished_at": str,
            "error": str,
        },
        pk="id",
        not_null={"user_id", "week", "kind", "status", "claimed_at"},
    )
    db.table("nudges").create_index(["user_id", "week", "kind"], unique=True)
    db.table("nudges").create_index(["claimed_at"])
    db.table("feedback").create_index(["user_id"])


def _v4_never_reuse_item_ids(db: sqlite_utils.Database) -> None:
    # Without AUTOINCREMENT, SQLite hands a deleted highest id out again, and a stale
    # "Yes, remove it" button could then remove an item added after it was shown.
    db.execute(
        """
        CREATE TABLE checklist_items_v4 (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            passage_id TEXT,
            done_at TEXT,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        "INSERT INTO checklist_items_v4 "
        "SELECT id, user_id, position, text, passage_id, done_at, created_at FROM checklist_items"
    )
    db.execute("DROP TABLE checklist_items")
    db.execute("ALTER TABLE checklist_items_v4 RENAME TO checklist_items")
    db.table("checklist_items").create_index(["user_id", "position"])


def _v5_inbox(db: sqlite_utils.Database) -> None:
    # Each update from Telegram, written before Telegram is told it arrived (store/inbox.py).
    # No index on done_at: the table holds about a day of updates, and an index would cost
    # every write to spare an hourly scan.
    db.table("inbox").create(
        {
            "update_id": int,
            "chat_id": int,  # NULL once done, like the payload
            "payload": str,  # the update as JSON; NULL once done
            "received_at": str,
            "done_at": str,  # NULL until handled
            "recoveries": int,  # starts that found it unfinished
        },
        pk="update_id",
        not_null={"received_at", "recoveries"},
        defaults={"recoveries": 0},
    )


def _v6_why_and_how_answered(db: sqlite_utils.Database) -> None:
    # Why a question got no passage (off-topic, not-english, …), the language or variety it
    # was written in, and how it was read (question, follow-up, more, pick, doubt): what the
    # operator's console shows and groups by. NULL on rows from before.
    questions = db.table("questions")
    questions.add_column("reason", str)
    questions.add_column("language", str)
    questions.add_column("act", str)


def _v7_console(db: sqlite_utils.Database) -> None:
    # The operator's console (bot/store/console/). A review action, and which questions it
    # took: a question is reviewed once (the primary key), so two browser tabs acting on the
    # same question can't both take it. /forget deletes a student's questions, and with them
    # (ON DELETE CASCADE) the record that they were reviewed.
    db.execute(
        """
        CREATE TABLE review_actions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            action TEXT NOT NULL,      -- passage | off-topic | new-passage | ignore
            passage_id TEXT,           -- for 'passage': the passage the questions go under
            questions INTEGER NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE reviewed_questions (
            question_id INTEGER PRIMARY KEY REFERENCES questions (id) ON DELETE CASCADE,
            action_id INTEGER NOT NULL REFERENCES review_actions (id)
        )
        """
    )
    db.execute("CREATE INDEX idx_reviewed_questions_action ON reviewed_questions (action_id)")
    # Edits of the corpus waiting for the next publish. They name their review action, not
    # the questions' text: the text is read when the edit is applied, so text the retention
    # erased meanwhile is never written anywhere.
    db.execute(
        """
        CREATE TABLE corpus_edits (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,        -- examples | out-of-scope | passage
            action_id INTEGER REFERENCES review_actions (id),
            passage_id TEXT,           -- examples: the passage; passage: the new one's id
            draft TEXT,                -- passage: the form as JSON (the operator's words)
            state TEXT NOT NULL,       -- to-write | pending | published | dropped
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            publish_id INTEGER         -- the publish that took it live
        )
        """
    )
    db.execute("CREATE INDEX idx_corpus_edits_state ON corpus_edits (state)")
    db.execute(
        """
        CREATE TABLE publishes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            state TEXT NOT NULL,       -- running | ready | live | failed | discarded
            message TEXT,              -- the last progress line, or why it failed
            progress REAL NOT NULL DEFAULT 0,
            version TEXT,              -- the index version it built
            live_version TEXT,         -- the version live when it started
            figures TEXT,              -- JSON: each figure before and after
            report TEXT,               -- JSON: what each edit changed in the corpus
            edits TEXT,                -- JSON: the ids of the edits it applies
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    # The overview counts questions per day and per passage over up to 90 days: with every
    # column it reads in the index, SQLite never visits the table (1,000,000 questions:
    # benchmarks/console_overview.py). It starts with asked_at, so it serves everything the
    # index on asked_at alone did, which goes, so that a question costs one index, not two.
    db.execute(
        "CREATE INDEX idx_questions_overview ON questions (asked_at, answered, reason, passage_id)"
    )
    db.execute("DROP INDEX idx_questions_asked_at")
    db.execute("CREATE INDEX idx_feedback_created_at ON feedback (created_at, vote)")
    db.execute(
        "CREATE INDEX idx_users_nudges_paused ON users (nudges_paused_at) "
        "WHERE nudges_paused_at IS NOT NULL"
    )


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_questions_and_feedback,
    _v2_checklists_and_timezones,
    _v3_weekly_nudges,
    _v4_never_reuse_item_ids,
    _v5_inbox,
    _v6_why_and_how_answered,
    _v7_console,
]
