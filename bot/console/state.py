"""What every request of the console shares: settings, the database, the clock, the model,
the publisher, the sessions and the templates."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import jinja2
import sqlite_utils
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from bot.config import Settings
from bot.console.knowledge import Knowledge
from bot.console.security import CSRF_FIELD, LoginThrottle, Session, Sessions
from bot.store.db import open_db

if TYPE_CHECKING:
    from bot.console.publishing import Publisher

T = TypeVar("T")
TEMPLATES = Path(__file__).parent / "templates"


class Database:
    """The bot's SQLite database, beside the running bot: every query in a worker thread
    (the event loop never waits on SQLite), each thread with a connection of its own."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._all: list[sqlite_utils.Database] = []
        self._lock = threading.Lock()
        open_db(path).close()  # migrated once, here, before any request

    def connection(self) -> sqlite_utils.Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = open_db(self.path, migrate_schema=False)
            with self._lock:
                self._all.append(db)
        return db

    async def run(self, work: Callable[[sqlite_utils.Database], T]) -> T:
        return await asyncio.to_thread(lambda: work(self.connection()))

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()


def templates() -> Jinja2Templates:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every student text is escaped, on every page, whatever the file
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return Jinja2Templates(env=environment)


@dataclass
class Console:
    settings: Settings
    database: Database
    knowledge: Knowledge
    clock: Callable[[], datetime]
    sessions: Sessions = field(default_factory=Sessions)
    throttle: LoginThrottle = field(default_factory=LoginThrottle)
    templates: Jinja2Templates = field(default_factory=templates)
    publisher: Publisher | None = None

    def render(
        self, request: Request, name: str, status: int = 200, **context: Any
    ) -> HTMLResponse:
        session: Session | None = request.scope.get("session")
        notice = None
        if session is not None and session.notice:
            notice, session.notice = session.notice, None
        return self.templates.TemplateResponse(
            request,
            name,
            {
                "csrf": session.csrf if session else "",
                "csrf_field": CSRF_FIELD,
                "notice": notice,
                "path": request.url.path,
                "model_state": self.knowledge.state.value,
                "model_reason": self.knowledge.reason,
                **context,
            },
            status_code=status,
        )


def console_of(request: Request) -> Console:
    return request.app.state.console


def session_of(request: Request) -> Session:
    """The logged-in session (the Guard let only those through to a page)."""
    session = request.scope.get("session")
    assert session is not None
    return session
