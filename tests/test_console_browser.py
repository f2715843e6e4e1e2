"""The operator's console in a real browser (Debian's headless Chromium, driven by
Playwright): logging in, the overview against the database, a group reviewed and assigned
to a passage, a passage written, publishing, and the real bot (PTB against the stand-in)
answering the question afterwards without a restart.

Each page's screenshot is saved to tests/screenshots/<page>.png for the README.
"""

from __future__ import annotations

import asyncio
import random
import re
import shutil
import socket
import threading
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import uvicorn
from playwright.async_api import Browser, Page, async_playwright, expect

from bot.config import PROJECT_ROOT, Settings
from bot.console.app import create_app
from bot.knowledge.search.index import read_manifest
from bot.services import Services
from bot.store.db import open_db, to_db_time
from bot.store.questions import record_feedback, record_question
from bot.store.users import touch_user
from bot.telegram.app import build_application
from tests.conftest import CORPUS, INDEX, RunningBot, make_settings, running

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = PROJECT_ROOT / "tests" / "screenshots"
PASSWORD = "browser test password 7"
# Fast enough for a test (about a minute): two writers' files to fit on.
DEV = PROJECT_ROOT / "tests" / "data" / "v3" / "dev"
PUBLISH_ARGS = (
    "--questions",
    str(DEV / "arjun" / "questions.jsonl"),
    str(DEV / "megan" / "questions.jsonl"),
    "--conversations",
    str(DEV / "arjun" / "chats.jsonl"),
    str(DEV / "megan" / "chats.jsonl"),
)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium: apt-get install -y chromium"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ConsoleServer:
    """The console under uvicorn, in a thread with its own event loop, as it runs in
    production (lifespan included)."""

    def __init__(self, settings: Settings, **kwargs) -> None:
        self.app = create_app(settings, **kwargs)
        self.port = free_port()
        config = uvicorn.Config(
            self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="console", daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ConsoleServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=60)


@pytest.fixture(scope="module")
async def chromium() -> AsyncIterator[Browser]:
    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        await browser.close()


@pytest.fixture
async def page(chromium: Browser) -> AsyncIterator[Page]:
    context = await chromium.new_context(viewport={"width": 1200, "height": 900})
    page = await context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None,
    )
    yield page
    await context.close()
    assert not errors, errors  # no script error, nothing the CSP had to refuse


@pytest.fixture
def live(tmp_path) -> Settings:
    """A copy of the corpus and of the live index, which publishing may change."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    shutil.copytree(CORPUS, corpus)
    manifest = read_manifest(INDEX)
    assert manifest is not None
    index.mkdir()
    shutil.copy(INDEX / "manifest.json", index / "manifest.json")
    shutil.copytree(manifest.folder(INDEX), manifest.folder(index))
    return Settings(
        db_path=tmp_path / "mentorbot.sqlite3",
        corpus_dir=corpus,
        index_dir=index,
        console_password=PASSWORD,
    )


async def log_in(page: Page, url: str, screenshot: bool = False) -> None:
    await page.goto(f"{url}/login")
    await page.fill("#password", PASSWORD)
    if screenshot:
        await shoot(page, "login")
    await page.click("button[type=submit]")
    await expect(page.locator("h1")).to_have_text("Overview")


async def shoot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    await page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


# ── logging in ───────────────────────────────────────────────────────────────


async def test_logging_in(live, page):
    with ConsoleServer(live) as console:
        await page.goto(f"{console.url}/inbox")
        await expect(page).to_have_url(f"{console.url}/login")  # sent to log in first
        await page.fill("#password", "not the password")
        await page.click("button[type=submit]")
        await expect(page.locator(".error")).to_have_text("That password is not right.")
        await expect(page.locator("nav")).to_have_count(0)
        await log_in(page, console.url, screenshot=True)
        cookie = (await page.context.cookies())[0]
        assert (cookie["httpOnly"], cookie["sameSite"]) == (True, "Strict")
        await page.click("text=Log out")
        await expect(page).to_have_url(f"{console.url}/login")
        await page.goto(f"{console.url}/")
        await expect(page).to_have_url(f"{console.url}/login")


# ── the overview ─────────────────────────────────────────────────────────────


def fill(settings: Settings, now: datetime, seed: int = 16) -> None:
    """A month of plausible use: students, questions, votes, checklists, nudges."""
    rng = random.Random(seed)
    db = open_db(settings.db_path)
    passages = ["prac-leetcode", "prac-colab", "myth-need-phd", "apply-best-routes"]
    for student in range(1, 41):
        first = now - timedelta(days=rng.uniform(0, 45))
        touch_user(db, student, student, first)
        for _ in range(rng.randint(1, 8)):
            when = first + (now - first) * rng.random()
            kind = rng.random()
            if kind < 0.7:
                passage = rng.choice(passages)
                qid = record_question(
                    db, student, "q", True, passage, 0.9, when, None, None, "question"
                )
                if rng.random() < 0.3:
                    record_feedback(db, student, qid, rng.choice((1, 1, -1)), when)
            elif kind < 0.9:
                record_question(db, student, "off", False, None, 0.1, when, "off-topic")
            else:
                record_question(db, student, "hola", False, None, 0.1, when, "not-english", "es")
        last = now - timedelta(days=rng.uniform(0, 40))
        db.execute(
            "UPDATE users SET last_seen_at = max(last_seen_at, ?) WHERE user_id = ?",
            [to_db_time(last), student],
        )
        for position in range(rng.randint(0, 5)):
            done = to_db_time(now) if rng.random() < 0.5 else None
            db.execute(
                "INSERT INTO checklist_items (user_id, position, text, done_at, created_at) "
                "VALUES (?, ?, 'item', ?, ?)",
                [student, position, done, to_db_time(first)],
            )
        for week in range(rng.randint(0, 5)):  # weekly nudges, some failed
            sent = now - timedelta(days=7 * week + rng.uniform(0, 6))
            db.execute(
                "INSERT INTO nudges (user_id, week, kind, status, claimed_at, finished_at) "
                "VALUES (?, ?, 'weekly', ?, ?, ?)",
                [student, f"w{week}", rng.choice(("sent", "sent", "failed")), to_db_time(sent),
                 to_db_time(sent + timedelta(seconds=1))],
            )  # fmt: skip
        if rng.random() < 0.2:
            paused = to_db_time(now - timedelta(days=rng.uniform(0, 40)))
            db.execute("UPDATE users SET nudges_paused_at = ? WHERE user_id = ?", [paused, student])
    db.conn.commit()
    db.close()


def one(settings: Settings, sql: str, *params: object) -> int:
    db = open_db(settings.db_path)
    try:
        return db.execute(sql, params).fetchone()[0]
    finally:
        db.close()


async def table(page: Page, key: str) -> list[list[str]]:
    rows = page.locator(f"table[data-chart={key}] tbody tr")
    return [
        [cell.strip() for cell in await rows.nth(n).locator("td").all_text_contents()]
        for n in range(await rows.count())
    ]


async def test_the_overview_shows_what_the_database_holds(live, page):
    now = datetime.now(UTC)
    fill(live, now)
    with ConsoleServer(live) as console:
        await log_in(page, console.url)
        for days in (7, 30):
            await page.goto(f"{console.url}/?days={days}")
            since = (now - timedelta(days=days - 1)).strftime("%Y-%m-%dT00:00:00Z")
            figure = page.locator("dd[data-figure]")
            shown = dict(
                zip(
                    await page.locator("dt").all_inner_texts(),
                    await figure.all_inner_texts(),
                    strict=True,
                )
            )
            assert shown["students"] == str(one(live, "SELECT count(*) FROM users"))
            assert shown[f"active in {days} days"] == str(
                one(live, "SELECT count(*) FROM users WHERE last_seen_at >= ?", since)
            )
            asked = one(live, "SELECT count(*) FROM questions WHERE asked_at >= ?", since)
            assert shown["questions"] == str(asked)
            answered = one(
                live, "SELECT count(*) FROM questions WHERE asked_at >= ? AND answered", since
            )
            assert shown["answered"].startswith(f"{answered} (")
            per_day = await table(page, "questions")
            assert len(per_day) == days
            assert sum(int(row[1]) + int(row[2]) + int(row[3]) for row in per_day) == asked
            today = now.strftime("%Y-%m-%d")
            assert per_day[-1][0] == today and int(per_day[-1][3]) == one(
                live,
                "SELECT count(*) FROM questions WHERE substr(asked_at, 1, 10) = ? "
                "AND reason = 'not-english'",
                today,
            )
            passages = {
                row[0].rsplit("(", 1)[1].rstrip(")"): int(row[1])
                for row in await table(page, "passages")
            }
            for passage_id, count in passages.items():
                assert count == one(
                    live,
                    "SELECT count(*) FROM questions WHERE asked_at >= ? AND passage_id = ?",
                    since,
                    passage_id,
                )
            downs = sum(int(row[1]) for row in await table(page, "disliked"))
            assert downs == one(
                live, "SELECT count(*) FROM feedback WHERE vote < 0 AND created_at >= ?", since
            )
            nudges = {row[0]: int(row[1]) for row in await table(page, "nudges")}
            assert nudges["sent"] == one(
                live,
                "SELECT count(*) FROM nudges WHERE status = 'sent' AND claimed_at >= ?",
                since,
            )
            assert nudges["students paused for want of replies"] == one(
                live, "SELECT count(*) FROM users WHERE nudges_paused_at >= ?", since
            )
            assert 0 < nudges["acted on within 7 days"] <= nudges["sent"]
            progress = {row[0]: int(row[1]) for row in await table(page, "checklists")}
            assert progress["no checklist"] == one(
                live,
                "SELECT count(*) FROM users u WHERE last_seen_at >= ? AND NOT EXISTS "
                "(SELECT 1 FROM checklist_items c WHERE c.user_id = u.user_id)",
                since,
            )
            assert progress["100%"] == one(
                live,
                "SELECT count(*) FROM users u WHERE last_seen_at >= ? AND EXISTS "
                "(SELECT 1 FROM checklist_items c WHERE c.user_id = u.user_id) AND NOT EXISTS "
                "(SELECT 1 FROM checklist_items c WHERE c.user_id = u.user_id "
                "AND c.done_at IS NULL)",
                since,
            )
            assert sum(progress.values()) == int(shown[f"active in {days} days"])
            # Every chart is an image with its figures in a table.
            assert await page.locator("section.chart img").count() == 7
            assert await page.locator("section.chart table").count() == 7
            if days == 30:
                await shoot(page, "overview")


# ── student text in a browser ────────────────────────────────────────────────


async def test_a_students_script_and_markup_show_as_text(live, page):
    db = open_db(live.db_path)
    hostile = "<script>window.pwned = 1</script> what about <b>visas</b>?"
    record_question(db, 5, hostile, False, None, 0.1, datetime.now(UTC), "off-topic")
    db.close()
    with ConsoleServer(live) as console:
        await log_in(page, console.url)
        await page.goto(f"{console.url}/inbox")
        await expect(page.locator("q.student")).to_have_text(hostile)
        assert await page.locator("q.student b, q.student script").count() == 0
        assert await page.evaluate("window.pwned") is None


# ── review: a group assigned to a passage; a passage written ─────────────────

DSA = [
    "weak in dsa, how to fix that before internship season",
    "im weak at dsa, how do i fix it before internship season",
    "my dsa is weak how to fix before the internship season",
]
LATER = "how to fix weak dsa before internship season starts"


async def grouped_inbox(page: Page, url: str) -> None:
    """The inbox once the model has loaded and grouped the questions by meaning."""
    deadline = time.monotonic() + 120
    while True:
        await page.goto(f"{url}/inbox")
        if await page.locator("text=grouped by their words only").count() == 0:
            return
        assert time.monotonic() < deadline, "the model never loaded"
        await asyncio.sleep(1)


async def assign(page: Page, url: str, text: str, query: str, passage_id: str) -> None:
    await grouped_inbox(page, url)
    group = page.locator("section.group", has_text=text)
    await expect(group.locator("h2")).to_have_text(f"{len(DSA)} questions")
    await shoot(page, "inbox")
    search = group.locator("input[type=search]")
    await search.fill(query)
    button = group.locator(f"button[name=passage][value={passage_id}]")
    await expect(button).to_be_visible(timeout=30_000)
    await button.click()
    await expect(page.locator("section.group.done")).to_contain_text(
        "3 questions will be example questions"
    )


async def test_a_group_is_reviewed_and_assigned_to_a_passage(live, page):
    db = open_db(live.db_path)
    now = datetime.now(UTC)
    for n, text in enumerate([*DSA, "what is the weather like in Berlin"]):
        record_question(db, 7, text, False, None, 0.1, now - timedelta(minutes=n), "off-topic")
    db.close()
    with ConsoleServer(live) as console:
        await log_in(page, console.url)
        await assign(page, console.url, DSA[0], "MOOCs to fill gaps in algorithms", "prep-cs-moocs")
        await page.goto(f"{console.url}/inbox")
        await expect(page.locator("section.group")).to_have_count(1)  # the weather is left
        await page.goto(f"{console.url}/publish")
        await expect(page.locator("li.edit")).to_contain_text("Fill gaps in CS basics with MOOCs")
    assert one(live, "SELECT count(*) FROM reviewed_questions") == 3
    assert one(live, "SELECT count(*) FROM corpus_edits WHERE passage_id = 'prep-cs-moocs'") == 1


async def test_a_passage_is_written_with_errors_shown_next_to_their_fields(live, page):
    db = open_db(live.db_path)
    question = "can i get a visa sponsorship for an ml internship in the us"
    record_question(db, 7, question, False, None, 0.1, datetime.now(UTC), "off-topic")
    db.close()
    with ConsoleServer(live) as console:
        await log_in(page, console.url)
        await grouped_inbox(page, console.url)
        await page.click("button[value=new-passage]")
        await expect(page.locator("h1")).to_have_text("Write a passage")
        await expect(page.locator("#questions")).to_have_value(question)
        await page.select_option("#section", "applying")
        await page.fill("#title", "Visas for internships abroad")
        await page.fill("#text", "Ask the company.")
        await page.click("text=Check and queue for publishing")
        await expect(page.locator("#text-error")).to_contain_text("3 words")
        await expect(page.locator("#questions-error")).to_contain_text("give 3 to 14")
        await expect(page.locator("#title-error")).to_have_count(0)
        await shoot(page, "draft")
        await page.fill("#text", " ".join(["Ask the recruiter early about visa support."] * 6))
        await page.fill("#questions", f"{question}\nvisa for internship?\nwho sponsors a visa")
        await page.click("text=Check and queue for publishing")
        await expect(page.locator("h1")).to_have_text("Publish")
        await expect(page.locator("li.edit")).to_contain_text("Visas for internships abroad")


# ── publishing, and the running bot picks it up ──────────────────────────────


@pytest.fixture
async def bot_on_live(live, standin, mentor) -> AsyncIterator[RunningBot]:
    """The real PTB application against the stand-in, on the copied corpus and index."""
    standin.reset()
    settings = make_settings(
        live.db_path.parent,
        standin,
        db_path=live.db_path,
        corpus_dir=live.corpus_dir,
        index_dir=live.index_dir,
    )
    services = Services(settings, mentor, open_db(settings.db_path))
    application = build_application(settings, services)
    async with running(application):
        yield RunningBot(application, services, standin)
    services.db.close()


async def test_publishing_and_the_running_bot_answers_without_a_restart(
    live, page, bot_on_live, user_id
):
    bot = bot_on_live
    for text in DSA:
        reply = await bot.send(user_id, text)
        assert "I don't have guidance on that" in reply.text
    before = read_manifest(live.index_dir)
    assert before is not None and bot.services.version == before.version

    with ConsoleServer(live, publish_args=PUBLISH_ARGS) as console:
        await log_in(page, console.url)
        await assign(page, console.url, DSA[0], "MOOCs to fill gaps in algorithms", "prep-cs-moocs")
        await page.goto(f"{console.url}/publish")
        await page.click("text=Publish 1 edit")
        await expect(page.locator("progress")).to_be_visible()
        # The console answers while the model is being fitted in the background.
        started = time.monotonic()
        await page.goto(f"{console.url}/")
        assert time.monotonic() - started < 5
        await page.goto(f"{console.url}/publish")
        status = page.locator("#publish-status .state")
        await expect(status).not_to_have_class(re.compile("state-running"), timeout=300_000)
        await expect(page.locator("table.figures tbody tr")).to_have_count(5)
        if "state-ready" in (await status.get_attribute("class") or ""):
            # A figure got worse beyond noise: nothing is live until the operator says so.
            await expect(page.locator("tr.worse").first).to_be_visible()
            assert read_manifest(live.index_dir) == before
            await shoot(page, "publish-confirm")
            await page.click("button:has-text('Publish anyway')")
        await expect(status).to_have_class(re.compile("state-live"))
        await shoot(page, "publish")
    after = read_manifest(live.index_dir)
    assert after is not None and after.version != before.version
    assert "\n- " + DSA[0] in (live.corpus_dir / "03-preparation.md").read_text()

    # The bot follows by itself within seconds: its housekeeping job polls every 2 s.
    deadline = time.monotonic() + 120
    while bot.services.version != after.version:
        assert time.monotonic() < deadline, "the bot never switched"
        await asyncio.sleep(0.5)
    # The question asked again, and in other words by another student (in a new chat, so
    # that it isn't read as a follow-up of the first).
    other = user_id + 500_000
    for student, text in ((user_id, DSA[0]), (other, LATER)):
        reply = await bot.send(student, text)
        assert "Fill gaps in CS basics with MOOCs" in reply.text, reply.text
    # One reply per message, none lost, none twice.
    await bot.quiet()
    assert len(bot.api.sent_to(user_id)) == len(DSA) + 1
    assert len(bot.api.sent_to(other)) == 1
