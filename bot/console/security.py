"""Who may see the console, and how: sessions, the login, CSRF tokens, response headers.

- Every request but the login page and the static files needs a logged-in session; a
  refused request gets an empty body (a redirect to the login page, or 401 for htmx), so
  nothing the console knows leaks to someone who isn't logged in.
- Sessions live in this process, named by a random 256-bit id in a cookie that is
  HttpOnly, SameSite=Strict, and Secure when the console is reached over HTTPS (directly,
  or through a reverse proxy on this machine that says so in X-Forwarded-Proto). Keeping
  them here, rather than signed into the cookie, makes logging out (and a restart) end a
  session for good, and needs no signing key to keep secret.
- Every POST carries the session's CSRF token, in the form (field `csrf`) or, from htmx, in
  the X-CSRF-Token header; a POST without it changes nothing. The login form has one too,
  from a session that isn't logged in yet; logging in replaces the session id.
- Failed logins are slowed down: after each failure every attempt waits, one at a time,
  1 s, 2 s, 4 s … up to 30 s, so guessing gets nowhere even with many connections.
- The password is compared in constant time and never logged; the CLI also redacts it
  from every log line (bot/logs.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

COOKIE = "mentorbot_console"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
PUBLIC_PATHS = ("/login",)
PUBLIC_PREFIXES = ("/static/",)
IDLE_SECONDS = 8 * 3600  # a session unused this long ends
MAX_AGE_SECONDS = 24 * 3600  # and any session ends after this long
MAX_SESSIONS = 1000  # sessions not logged in are the first to go beyond this
MAX_FORM_BYTES = 256 * 1024  # far more than a passage and its questions

# What the browser may load and run: only the console's own files. Charts are SVG images
# inside the page (data: URLs), which run no script.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CONTENT_SECURITY_POLICY,
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


@dataclass
class Session:
    id: str
    csrf: str
    logged_in: bool = False
    created: float = field(default_factory=time.monotonic)
    seen: float = field(default_factory=time.monotonic)
    notice: str | None = None  # one line shown on the next page (after a redirect)

    def expired(self, now: float) -> bool:
        return now - self.seen > IDLE_SECONDS or now - self.created > MAX_AGE_SECONDS


class Sessions:
    """Sessions of this process, by id."""

    def __init__(self) -> None:
        self._sessions: OrderedDict[str, Session] = OrderedDict()

    def new(self, logged_in: bool = False) -> Session:
        session = Session(secrets.token_urlsafe(32), secrets.token_urlsafe(32), logged_in)
        self._sessions[session.id] = session
        self._trim()
        return session

    def get(self, session_id: str | None) -> Session | None:
        if not session_id:
            return None
        session = self._sessions.get(session_id)
        now = time.monotonic()
        if session is None or session.expired(now):
            self._sessions.pop(session_id, None)
            return None
        session.seen = now
        self._sessions.move_to_end(session_id)
        return session

    def end(self, session_id: str) -> None:
        self._sessions.pop(session_id, None)

    def _trim(self) -> None:
        while len(self._sessions) > MAX_SESSIONS:
            anonymous = next((k for k, s in self._sessions.items() if not s.logged_in), None)
            self._sessions.pop(anonymous or next(iter(self._sessions)))


def same_secret(given: str, expected: str) -> bool:
    """Constant time, whatever the lengths (both are hashed first)."""
    return hmac.compare_digest(
        hashlib.sha256(given.encode("utf-8", "surrogatepass")).digest(),
        hashlib.sha256(expected.encode("utf-8", "surrogatepass")).digest(),
    )


class LoginThrottle:
    """Login attempts, one at a time; after failures each one waits longer."""

    def __init__(self, first_delay: float = 1.0, max_delay: float = 30.0) -> None:
        self.first_delay = first_delay
        self.max_delay = max_delay
        self.failures = 0
        self._last_failure = 0.0
        self._lock = asyncio.Lock()

    def delay(self) -> float:
        if self.failures and time.monotonic() - self._last_failure > 15 * 60:
            self.failures = 0  # a quarter of an hour without a failure: start afresh
        if not self.failures:
            return 0.0
        return min(self.first_delay * 2 ** (self.failures - 1), self.max_delay)

    async def attempt(self, check: Callable[[], bool]) -> bool:
        """Wait out the penalty of earlier failures, check, and on failure wait again
        before answering (so a single wrong guess is slow too)."""
        async with self._lock:
            await asyncio.sleep(self.delay())
            if check():
                self.failures = 0
                return True
            self.failures += 1
            self._last_failure = time.monotonic()
            await asyncio.sleep(self.delay())
            return False


def cookie_header(session: Session, secure: bool) -> str:
    flags = "; HttpOnly; SameSite=Strict; Path=/" + ("; Secure" if secure else "")
    return f"{COOKIE}={session.id}{flags}"


def expired_cookie_header(secure: bool) -> str:
    return f"{COOKIE}=; Max-Age=0; HttpOnly; SameSite=Strict; Path=/" + (
        "; Secure" if secure else ""
    )


def _cookie(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is no session
                return None
            if COOKIE in jar:
                return jar[COOKIE].value
    return None


def _header(scope: Scope, wanted: bytes) -> str | None:
    for name, value in scope.get("headers", []):
        if name == wanted:
            return value.decode("latin-1")
    return None


def is_public(path: str) -> bool:
    return path in PUBLIC_PATHS or path.startswith(PUBLIC_PREFIXES)


class Guard:
    """ASGI middleware: the session on every request (scope["session"]), a login for every
    page and action that isn't public, a CSRF token on every POST, and the security headers
    on every response. Refusals carry no body."""

    def __init__(self, app: ASGIApp, sessions: Sessions) -> None:
        self.app = app
        self.sessions = sessions

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send, scope)
        session = self.sessions.get(_cookie(scope))
        scope["session"] = session
        path = scope["path"]
        if not is_public(path) and (session is None or not session.logged_in):
            await _refuse_login(scope, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            body = await _read_body(receive)
            if body is None:
                await _empty(send, 413)
                return
            if session is None or not _has_token(scope, body, session.csrf):
                await _empty(send, 403, b"The form has expired: reload the page and try again.")
                return
            receive = _replay(body)
        await self.app(scope, receive, send)


def _with_headers(send: Send, scope: Scope) -> Send:
    static = scope["path"].startswith(PUBLIC_PREFIXES)

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            names = {name.lower() for name, _ in headers}
            for name, value in SECURITY_HEADERS.items():
                if name.encode() not in names:
                    headers.append((name.encode(), value.encode()))
            if not static and b"cache-control" not in names:
                # Pages hold what students wrote: no copy in any cache.
                headers.append((b"cache-control", b"no-store"))
            message["headers"] = headers
        await send(message)

    return sending


async def _refuse_login(scope: Scope, send: Send) -> None:
    """No data: a redirect to the login page for a browser, 401 for htmx and for POSTs."""
    if scope["method"] in ("GET", "HEAD") and _header(scope, b"hx-request") is None:
        await _empty(send, 303, headers=[(b"location", b"/login")])
    else:
        await _empty(send, 401, headers=[(b"hx-redirect", b"/login")])


async def _empty(
    send: Send, status: int, body: bytes = b"", headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
                *(headers or []),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _read_body(receive: Receive) -> bytes | None:
    """The whole request body, or None past MAX_FORM_BYTES."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_FORM_BYTES:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def _replay(body: bytes) -> Receive:
    sent = False

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


def _has_token(scope: Scope, body: bytes, expected: str) -> bool:
    given = _header(scope, CSRF_HEADER.encode())
    if given is None:
        content_type = _header(scope, b"content-type") or ""
        if not content_type.startswith("application/x-www-form-urlencoded"):
            return False  # the console's forms are URL-encoded; nothing else is accepted
        values = parse_qs(body.decode("utf-8", "replace")).get(CSRF_FIELD, [])
        given = values[0] if len(values) == 1 else None
    return given is not None and same_secret(given, expected)
