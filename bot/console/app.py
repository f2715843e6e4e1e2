"""The console's Starlette application: its routes, the guard in front of them, and what
starts and stops with it (the model loading in the background, a publish in flight)."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from datetime import datetime
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bot.config import Settings
from bot.console import auth, drafts, overview, publish_page, review
from bot.console.knowledge import Knowledge
from bot.console.publishing import Publisher
from bot.console.security import Guard, LoginThrottle
from bot.console.state import Console, Database
from bot.store.db import utcnow

STATIC = Path(__file__).parent / "static"

ROUTES = [
    Route("/login", auth.login_page, methods=["GET"]),
    Route("/login", auth.login, methods=["POST"]),
    Route("/logout", auth.logout, methods=["POST"]),
    Route("/", overview.overview_page, methods=["GET"]),
    Route("/inbox", review.inbox_page, methods=["GET"]),
    Route("/inbox/passages", review.passage_search, methods=["POST"]),
    Route("/inbox/review", review.review_action, methods=["POST"]),
    Route("/drafts", drafts.drafts_page, methods=["GET"]),
    Route("/drafts/{edit_id}", drafts.draft_page, methods=["GET"]),
    Route("/drafts/{edit_id}", drafts.save_draft, methods=["POST"]),
    Route("/publish", publish_page.publish_page, methods=["GET"]),
    Route("/publish", publish_page.start_publish, methods=["POST"]),
    Route("/publish/status", publish_page.publish_status, methods=["GET"]),
    Route("/publish/{publish_id}/confirm", publish_page.confirm_publish, methods=["POST"]),
    Route("/publish/{publish_id}/discard", publish_page.discard_publish, methods=["POST"]),
    Route("/edits/{edit_id}/drop", publish_page.drop_edit, methods=["POST"]),
    Mount("/static", StaticFiles(directory=STATIC), name="static"),
]


def create_app(
    settings: Settings,
    clock: Callable[[], datetime] = utcnow,
    publish_args: Sequence[str] = (),
    knowledge: Knowledge | None = None,
    throttle: LoginThrottle | None = None,
) -> Starlette:
    """The console over the settings' database, corpus and index.

    `publish_args` go to `mentorbot publish` (tests: small labelled files, --no-measure);
    `knowledge` lets tests share one loaded model between apps.
    """
    database = Database(settings.db_path)
    knowledge = knowledge or Knowledge(settings)
    console = Console(settings, database, knowledge, clock)
    if throttle is not None:
        console.throttle = throttle
    console.publisher = Publisher(settings, database, knowledge, clock, publish_args)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        knowledge.start()  # in the background: pages answer meanwhile
        try:
            yield
        finally:
            assert console.publisher is not None
            await console.publisher.stop()
            database.close()

    app = Starlette(
        routes=ROUTES,
        middleware=[Middleware(Guard, sessions=console.sessions)],
        lifespan=lifespan,
    )
    app.state.console = console
    return app
