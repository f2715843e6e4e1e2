"""The console's security rules, each a test that fails when the rule is broken: no page or
action without a login and no data in a refusal; the cookie's flags; a CSRF token on every
form and action; failed logins slowed down; the password never logged; student text
escaped; 127.0.0.1 by default; no Telegram user id on any page; erased text stays erased.

The application is driven in this process over ASGI (httpx), and `mentorbot console` as a
separate process where the rule is about the process (logs, the address it listens on).
"""

from __future__ import annotations

import asyncio
import re
import signal
import socket
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from starlette.routing import Mount, Route

from bot.config import Settings
from bot.console.app import create_app
from bot.console.security import COOKIE, LoginThrottle
from bot.store import console as store
from bot.store.db import open_db
from bot.store.questions import erase_old_question_text, record_feedback, record_question
from bot.store.users import touch_user
from tests.conftest import CORPUS, INDEX, MENTORBOT, Clock, clean_env

PASSWORD = "a long console password 42"
STUDENT = 987_654_321  # a Telegram user id: never on any page
SECRET_TEXT = "how much do ml interns get paid at nvidia"
HOSTILE = "<script>window.pwned = 1</script> and <b>bold</b> tags?"
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(
        db_path=tmp_path / "console.sqlite3",
        corpus_dir=CORPUS,
        index_dir=INDEX,
        console_password=PASSWORD,
    )


@pytest.fixture
def seeded(settings):
    """A student, with questions for every kind of inbox entry and an edit of each kind."""
    db = open_db(settings.db_path)
    touch_user(db, STUDENT, STUDENT + 1, NOW)
    record_question(db, STUDENT, SECRET_TEXT, False, None, 0.1, NOW, "off-topic")
    record_question(db, STUDENT, HOSTILE, False, None, 0.1, NOW, "off-topic")
    liked = record_question(
        db, STUDENT, "is colab free", True, "prac-colab", 0.99, NOW, None, None, "question"
    )
    record_feedback(db, STUDENT, liked, -1, NOW)
    # The same again, for a passage to write; the first stays in the inbox.
    hostile = record_question(db, STUDENT, HOSTILE, False, None, 0.1, NOW, "off-topic")
    draft = store.review(db, store.Action.NEW_PASSAGE, [hostile], NOW, 90)
    db.close()
    return draft.edit_id


def app_for(settings: Settings, **kwargs):
    return create_app(settings, clock=Clock(NOW), **kwargs)


def client(app, https: bool = False) -> httpx.AsyncClient:
    base = "https://console.example.org" if https else "http://testserver"
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=base)


def token(page: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', page)
    assert match, "no CSRF field in the page"
    return match[1]


async def logged_in(http: httpx.AsyncClient) -> str:
    """Log in; the CSRF token of the logged-in session."""
    login = await http.get("/login")
    response = await http.post("/login", data={"password": PASSWORD, "csrf": token(login.text)})
    assert response.status_code == 303 and response.headers["location"] == "/"
    return token((await http.get("/publish")).text)


def concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "1", path)


def every_route(app) -> list[tuple[str, str]]:
    found = []
    for route in app.routes:
        if isinstance(route, Route):
            found += [(method, concrete(route.path)) for method in sorted(route.methods or ())]
        else:
            assert isinstance(route, Mount) and route.path == "/static"
    return [(m, p) for m, p in found if m != "HEAD"]


PUBLIC = {("GET", "/login"), ("POST", "/login")}


def counts(settings: Settings) -> dict[str, int]:
    db = open_db(settings.db_path)
    try:
        return {
            table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("review_actions", "reviewed_questions", "corpus_edits", "publishes")
        } | {"drafted": db.execute("SELECT count(*) FROM corpus_edits WHERE draft IS NOT NULL")
             .fetchone()[0]}  # fmt: skip
    finally:
        db.close()


# ── no page or action without a login ───────────────────────────────────────


async def test_no_page_or_action_without_a_login_and_no_data_in_the_refusal(settings, seeded):
    app = app_for(settings)
    routes = every_route(app)
    assert len(routes) >= 15 and set(routes) > PUBLIC
    before = counts(settings)
    async with client(app) as http:
        for cookie in (None, "forged-session-id"):
            if cookie:
                http.cookies.set(COOKIE, cookie)
            for method, path in routes:
                if (method, path) in PUBLIC:
                    continue
                response = await http.request(
                    method, path, data={"question": "1", "action": "ignore"}
                )
                assert response.content == b"", (method, path)
                if method == "GET":
                    assert response.status_code == 303, path
                    assert response.headers["location"] == "/login"
                else:
                    assert response.status_code == 401, path
                hx = await http.request(method, path, headers={"HX-Request": "true"})
                assert hx.status_code == 401 and hx.content == b"", path
                assert hx.headers["hx-redirect"] == "/login"
    assert counts(settings) == before


async def test_the_login_page_shows_nothing_but_the_form(settings, seeded):
    async with client(app_for(settings)) as http:
        page = (await http.get("/login")).text
    assert "password" in page and SECRET_TEXT not in page and "Inbox" not in page


async def test_logging_out_ends_the_session_for_good(settings, seeded):
    async with client(app_for(settings)) as http:
        csrf = await logged_in(http)
        session = http.cookies[COOKIE]
        await http.post("/logout", data={"csrf": csrf})
        http.cookies.set(COOKIE, session)  # the old cookie, replayed
        assert (await http.get("/inbox")).status_code == 303


# ── the session cookie ───────────────────────────────────────────────────────


def cookie_flags(response: httpx.Response) -> list[str]:
    (header,) = response.headers.get_list("set-cookie")
    name, *flags = [part.strip() for part in header.split(";")]
    assert name.startswith(f"{COOKIE}=")
    return flags


@pytest.mark.parametrize("https", [False, True])
async def test_the_session_cookie_is_httponly_strict_and_secure_over_https(settings, https):
    async with client(app_for(settings), https=https) as http:
        login = await http.get("/login")
        assert {"HttpOnly", "SameSite=Strict", "Path=/"} <= set(cookie_flags(login))
        assert ("Secure" in cookie_flags(login)) is https
        response = await http.post("/login", data={"password": PASSWORD, "csrf": token(login.text)})
        flags = cookie_flags(response)
        assert {"HttpOnly", "SameSite=Strict"} <= set(flags)
        assert ("Secure" in flags) is https
        assert response.cookies[COOKIE] != login.cookies[COOKIE]  # a new id once logged in


async def test_pages_forbid_framing_and_caching_and_allow_only_the_consoles_own_files(settings):
    async with client(app_for(settings)) as http:
        await logged_in(http)
        response = await http.get("/inbox")
    csp = response.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["x-frame-options"] == "DENY"


# ── CSRF ─────────────────────────────────────────────────────────────────────


async def test_every_form_and_action_without_its_csrf_token_changes_nothing(settings, seeded):
    app = app_for(settings)
    posts = [path for method, path in every_route(app) if method == "POST"]
    assert "/inbox/review" in posts and "/publish" in posts
    async with client(app) as http:
        csrf = await logged_in(http)
        for page in ("/", "/inbox", "/drafts", f"/drafts/{seeded}", "/publish"):
            html = (await http.get(page)).text
            forms = re.findall(r"<form[^>]*method=\"post\"[^>]*>(.*?)</form>", html, re.S)
            assert forms, page
            for form in forms:  # every form of every page carries the token
                assert f'name="csrf" value="{csrf}"' in form, page
        assert f'"X-CSRF-Token": "{csrf}"' in html  # and every htmx request
        before = counts(settings)
        data = {
            "question": ["1", "2"],
            "action": "off-topic",
            "passage": "prac-colab",
            "section": "practice",
            "title": "x",
            "text": "y",
            "questions": "a\nb\nc",
        }
        for path in posts:
            for wrong in ({}, {"csrf": "not-the-token"}, {"csrf": csrf[:-1]}):
                response = await http.post(path, data={**data, **wrong})
                assert response.status_code == 403, path
                assert response.content.startswith(b"The form has expired"), path
            header = await http.post(path, data=data, headers={"X-CSRF-Token": "nope"})
            assert header.status_code == 403, path
        assert counts(settings) == before
        assert (await http.get("/inbox")).status_code == 200  # still logged in: no logout
        # With the token, the same action goes through.
        done = await http.post("/inbox/review", data={**data, "passage": "", "csrf": csrf})
        assert done.status_code == 303
        assert counts(settings)["review_actions"] == before["review_actions"] + 1


async def test_the_login_form_needs_its_token_too(settings):
    async with client(app_for(settings)) as http:
        await http.get("/login")
        response = await http.post("/login", data={"password": PASSWORD})
        assert response.status_code == 403
        assert (await http.get("/")).status_code == 303  # not logged in


# ── failed logins ────────────────────────────────────────────────────────────


async def test_a_wrong_password_changes_nothing_and_each_failure_waits_longer(settings):
    async with client(app_for(settings)) as http:
        csrf = token((await http.get("/login")).text)
        waited = []
        for _ in range(2):
            started = time.monotonic()
            response = await http.post("/login", data={"password": "guess", "csrf": csrf})
            waited.append(time.monotonic() - started)
            assert response.status_code == 401 and "not right" in response.text
            assert COOKIE not in response.headers.get("set-cookie", "")
        assert waited[0] >= 1.0 and waited[1] >= 2.0 + 1.0  # the penalty before and after
        assert (await http.get("/")).status_code == 303


async def test_guessing_in_parallel_is_no_faster(settings):
    app = app_for(settings, throttle=LoginThrottle(first_delay=0.2))
    async with client(app) as http:
        csrf = token((await http.get("/login")).text)
        started = time.monotonic()
        await asyncio.gather(
            *(http.post("/login", data={"password": f"g{n}", "csrf": csrf}) for n in range(4))
        )
        # One at a time: 0.2, then 0.2 + 0.4, 0.4 + 0.8, 0.8 + 1.6 seconds.
        assert time.monotonic() - started >= 0.2 + 0.6 + 1.2 + 2.4


# ── student text escaped ─────────────────────────────────────────────────────


async def test_student_text_is_escaped_on_every_page(settings, seeded):
    async with client(app_for(settings)) as http:
        await logged_in(http)
        for page in ("/inbox", "/drafts", f"/drafts/{seeded}"):
            html = (await http.get(page)).text
            assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in html, page
            assert "&lt;b&gt;bold&lt;/b&gt;" in html, page
            assert "<script>window" not in html and "<b>bold" not in html, page


# ── no Telegram user id or name ──────────────────────────────────────────────


async def test_no_telegram_user_id_or_chat_id_on_any_page(settings, seeded):
    app = app_for(settings)
    pages = [path for method, path in every_route(app) if method == "GET" and "{" not in path] + [
        "/?days=7",
        "/?days=90",
        f"/drafts/{seeded}",
    ]
    async with client(app) as http:
        await logged_in(http)
        for page in pages:
            html = (await http.get(page)).text
            for number in (STUDENT, STUDENT + 1):
                assert str(number) not in html, page
            assert "user_id" not in html and "chat_id" not in html, page


# ── retention ────────────────────────────────────────────────────────────────


async def test_text_erased_by_the_retention_stays_erased(settings):
    db = open_db(settings.db_path)
    old = NOW - timedelta(days=80)
    question = record_question(db, STUDENT, SECRET_TEXT, False, None, 0.1, old, "off-topic")
    store.review(db, store.Action.PASSAGE, [question], NOW, 90, "prac-colab")
    later = NOW + timedelta(days=20)
    erase_old_question_text(db, later - timedelta(days=90))
    db.close()
    app = create_app(settings, clock=Clock(later))
    async with client(app) as http:
        await logged_in(http)
        for page in ("/", "/inbox", "/drafts", "/publish"):
            assert SECRET_TEXT not in (await http.get(page)).text
        assert "no longer kept" in (await http.get("/publish")).text
    # Publishing writes nothing of it into the corpus either.
    publisher = app.state.console.publisher
    edits = store.open_edits(open_db(settings.db_path), later, 90)
    staged = await asyncio.to_thread(publisher.stage, 1, edits)
    assert staged.unchanged
    assert SECRET_TEXT not in "".join(p.read_text() for p in staged.folder.glob("*.md"))


# ── the process: refuses without a password, never logs it, 127.0.0.1 ─────────


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP socket listens on at `port`, from /proc/net/tcp(6)."""
    found = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(socket.inet_ntop(
                    socket.AF_INET if len(address) == 8 else socket.AF_INET6,
                    bytes.fromhex(address)[::-1] if len(address) == 8 else bytes.fromhex(address),
                ))  # fmt: skip
    return found


def test_without_the_password_the_console_refuses_to_start_in_one_line(tmp_path):
    for env in ({}, {"MENTORBOT_CONSOLE_PASSWORD": "pw-4-2-x"}):
        result = subprocess.run(
            [MENTORBOT, "console"],
            cwd=tmp_path,
            env=clean_env(MENTORBOT_DB=str(tmp_path / "db.sqlite3"), **env),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith("mentorbot: MENTORBOT_CONSOLE_PASSWORD")
        assert "pw-4-2-x" not in line  # the message never repeats the secret


def test_the_console_listens_on_localhost_and_never_logs_the_password(tmp_path):
    port = free_port()
    log = tmp_path / "console.log"
    env = clean_env(
        MENTORBOT_DB=str(tmp_path / "db.sqlite3"),
        MENTORBOT_CONSOLE_PASSWORD=PASSWORD,
        MENTORBOT_CONSOLE_PORT=str(port),
        MENTORBOT_LOG_LEVEL="DEBUG",
    )
    with log.open("w") as output:
        process = subprocess.Popen(
            [MENTORBOT, "console"], cwd=tmp_path, env=env, stdout=output, stderr=output
        )
    try:
        deadline = time.monotonic() + 60
        while not listening_addresses(port):
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the console did not start"
            time.sleep(0.1)
        assert listening_addresses(port) == {"127.0.0.1"}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            csrf = token(http.get("/login").text)
            assert http.post("/login", data={"password": "wrong " + PASSWORD, "csrf": csrf})
            response = http.post("/login", data={"password": PASSWORD, "csrf": csrf})
            assert response.status_code == 303
            http.get(f"/login?password={PASSWORD}")  # even where nobody should put it
            assert http.get("/inbox").status_code == 200
        # Behind a reverse proxy on this machine that terminates TLS, the cookie is Secure.
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            proxied = http.get("/login", headers={"X-Forwarded-Proto": "https"})
            assert "Secure" in proxied.headers["set-cookie"].split("; ")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=30)
    text = log.read_text()
    assert "POST /login" in text and "GET /inbox" in text  # the access log is on
    assert PASSWORD not in text and PASSWORD.replace(" ", "+") not in text
    assert PASSWORD.replace(" ", "%20") not in text


def test_doctor_says_whether_the_console_can_start_and_publish_and_never_shows_the_password(
    tmp_path,
):
    from dataclasses import replace

    from bot.ops.doctor import check_console

    settings = Settings(db_path=tmp_path / "db.sqlite3", corpus_dir=tmp_path, index_dir=tmp_path)
    unset = check_console(settings)
    assert unset.ok and "won't start" in unset.detail and "127.0.0.1:8080" in unset.detail
    short = check_console(replace(settings, console_password="pw-4-2-x"))
    assert not short.ok and "pw-4-2-x" not in short.line()
    ready = check_console(replace(settings, console_password=PASSWORD))
    assert ready.ok and "this machine only" in ready.detail and PASSWORD not in ready.line()
    exposed = check_console(replace(settings, console_password=PASSWORD, console_listen="0.0.0.0"))
    assert exposed.ok and "TLS" in exposed.detail
    missing = check_console(
        replace(settings, console_password=PASSWORD, index_dir=tmp_path / "no-index")
    )
    assert not missing.ok and "could not publish" in missing.detail
