"""The console's server time per page with 1,000,000 stored questions, beside a bare
`SELECT count(*)` over the same table.

A database is filled first (students, a million questions over 120 days, votes,
checklists, nudges); then the console is started in this process as it runs (its
lifespan: the model loads, and the inbox is measured once it groups by meaning) and each
page is asked for over ASGI, logged in, `--runs` times. Reported per page: the first
request (cold caches), the median, and the median's ratio to the median of
`SELECT count(*) FROM questions` on the same database: how many full counts of the table
one page costs.

    .venv/bin/python -m benchmarks.console_overview [--questions 1000000] [--runs 15]
        [--keep /tmp/console-bench.sqlite3]

With --keep the filled database is kept at that path and reused by the next run.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import shutil
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bot.config import PROJECT_ROOT, Settings
from bot.console.app import create_app
from bot.knowledge.search.corpus import load_corpus
from bot.store.db import open_db, to_db_time

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
DAYS = 120
PASSWORD = "benchmark console password"
PAGES = ("/?days=7", "/?days=30", "/?days=90", "/inbox", "/drafts", "/publish")
WORDS = (
    "how do i get an ml internship with no experience",
    "do i need a phd for research internships",
    "is leetcode enough for the coding round",
    "what should my resume look like",
    "can i use colab for my projects",
    "how many applications should i send",
    "what do interviewers ask about projects",
    "when do internship applications open",
    "how do i get a referral",
    "what is the weather like today",
    "best pizza in town",
    "hola como estas",
)


def fill(path: Path, questions: int, seed: int = 16) -> None:
    """Students, questions, votes, checklists and nudges, in big transactions."""
    rng = random.Random(seed)
    corpus = load_corpus(PROJECT_ROOT / "corpus")
    passages = [p.id for p in corpus.passages]
    students = max(1, questions // 50)
    start = NOW - timedelta(days=DAYS)

    def when() -> str:
        return to_db_time(start + timedelta(seconds=rng.uniform(0, DAYS * 86400)))

    db = open_db(path)
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO users (user_id, chat_id, created_at, last_seen_at, nudges_paused_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (u, u, to_db_time(start), when(), when() if rng.random() < 0.05 else None)
                for u in range(1, students + 1)
            ],
        )
    batch = 100_000
    for first in range(0, questions, batch):
        rows = []
        for _ in range(min(batch, questions - first)):
            kind = rng.random()
            text = f"{rng.choice(WORDS)} {rng.randint(1, 999)}"
            row: tuple[bool, str | None, float | None, str | None, str | None]
            if kind < 0.75:
                row = (True, rng.choice(passages), rng.uniform(0.3, 1.0), None, None)
            elif kind < 0.95:
                row = (False, None, rng.uniform(0, 0.5), "off-topic", None)
            else:
                row = (False, None, None, "not-english", "es")
            rows.append((rng.randint(1, students), text, *row, when(), "question"))
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO questions (user_id, text, answered, passage_id, confidence, "
                "reason, language, asked_at, act) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    with db.atomic():
        db.execute(
            "INSERT INTO feedback (question_id, user_id, vote, created_at) "
            "SELECT id, user_id, CASE WHEN id % 3 = 0 THEN -1 ELSE 1 END, asked_at "
            "FROM questions WHERE answered = 1 AND id % 10 = 0"
        )
        db.conn.executemany(
            "INSERT INTO checklist_items (user_id, position, text, done_at, created_at) "
            "VALUES (?, ?, 'a step', ?, ?)",
            [
                (u, n, when() if rng.random() < 0.4 else None, to_db_time(start))
                for u in range(1, students + 1)
                for n in range(rng.choice((0, 5, 14)))
            ],
        )
        db.conn.executemany(
            "INSERT INTO nudges (user_id, week, kind, status, claimed_at, finished_at) "
            "VALUES (?, ?, 'weekly', 'sent', ?, ?)",
            [
                (u, f"w{week}", stamp, stamp)
                for u in range(1, students + 1)
                for week in range(0, DAYS // 7, 2)
                for stamp in [to_db_time(start + timedelta(days=7 * week + rng.uniform(0, 6)))]
            ],
        )
    db.execute("ANALYZE")
    db.close()


def count_star(path: Path, runs: int) -> list[float]:
    db = open_db(path, migrate_schema=False)
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        db.execute("SELECT count(*) FROM questions").fetchone()
        samples.append(time.perf_counter() - started)
    db.close()
    return samples


async def pages(settings: Settings, runs: int) -> dict[str, list[float]]:
    app = create_app(settings, clock=lambda: NOW)
    console = app.state.console
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://console") as http:
            login = await http.get("/login")
            match = re.search(r'name="csrf" value="([^"]+)"', login.text)
            assert match is not None
            response = await http.post("/login", data={"password": PASSWORD, "csrf": match[1]})
            assert response.status_code == 303, response.status_code
            deadline = time.monotonic() + 300
            while not console.knowledge.ready:  # the inbox is measured grouping by meaning
                assert time.monotonic() < deadline, "the model did not load"
                await asyncio.sleep(0.2)
            times: dict[str, list[float]] = {}
            for page in PAGES:
                for _ in range(runs + 1):  # the first one is the cold one
                    started = time.perf_counter()
                    response = await http.get(page)
                    times.setdefault(page, []).append(time.perf_counter() - started)
                    assert response.status_code == 200, (page, response.status_code)
                if page == "/inbox":
                    assert "grouped by their words only" not in response.text
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the database here")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="console-bench-"))
    path = args.keep or folder / "bench.sqlite3"
    if not path.exists():
        started = time.perf_counter()
        fill(path, args.questions)
        print(f"filled {path} in {time.perf_counter() - started:.0f}s")
    db = open_db(path, migrate_schema=False)
    stored = db.execute("SELECT count(*) FROM questions").fetchone()[0]
    db.close()
    settings = Settings(
        db_path=path,
        corpus_dir=PROJECT_ROOT / "corpus",
        index_dir=PROJECT_ROOT / "index",
        console_password=PASSWORD,
    )
    bare = statistics.median(count_star(path, max(args.runs, 15)))
    try:
        times = asyncio.run(pages(settings, args.runs))
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # the database, unless kept elsewhere
    print(f"{stored:,} questions stored; {args.runs} runs per page after the first")
    print(f"bare SELECT count(*) FROM questions: {bare * 1000:.1f} ms (median)")
    print(f"{'page':12} {'first ms':>9} {'median ms':>10} {'p90 ms':>8} {'× count(*)':>11}")
    for page, samples in times.items():
        warm = sorted(samples[1:])
        median = statistics.median(warm)
        p90 = warm[min(len(warm) - 1, int(0.9 * len(warm)))]
        print(
            f"{page:12} {samples[0] * 1000:9.1f} {median * 1000:10.1f} {p90 * 1000:8.1f} "
            f"{median / bare:11.2f}"
        )


if __name__ == "__main__":
    main()
