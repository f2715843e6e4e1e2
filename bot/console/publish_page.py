"""The publish page: the edits waiting for the next publish, the run's progress, each figure
before → after, and the confirmation when one got worse."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.console.publishing import Publisher, PublishRefused
from bot.console.state import Console, console_of, session_of
from bot.knowledge.search.corpus import Corpus
from bot.store import console as store
from bot.store.console import Publish


def _publisher(console: Console) -> Publisher:
    assert console.publisher is not None
    return console.publisher


async def _latest(console: Console) -> Publish | None:
    return await console.database.run(store.latest_publish)


async def publish_page(request: Request) -> Response:
    console = console_of(request)
    now = console.clock()
    retention = console.settings.question_retention_days
    edits = await console.database.run(lambda db: store.open_edits(db, now, retention))
    corpus = console.knowledge.corpus()
    return console.render(
        request,
        "publish.html",
        pending=[e for e in edits if e.state.value == "pending"],
        to_write=[e for e in edits if e.state.value == "to-write"],
        publish=await _latest(console),
        running=_publisher(console).running,
        title_of=lambda pid: _title(corpus, pid),
    )


def _title(corpus: Corpus | None, passage_id: str | None) -> str:
    passage = corpus.passage(passage_id) if corpus and passage_id else None
    return passage.title if passage else str(passage_id)


async def publish_status(request: Request) -> Response:
    """htmx polls this while a publish runs; the answer stops the polling once it's over."""
    console = console_of(request)
    return console.render(
        request,
        "_publish_status.html",
        publish=await _latest(console),
        running=_publisher(console).running,
    )


async def start_publish(request: Request) -> Response:
    console = console_of(request)
    try:
        await _publisher(console).start()
    except PublishRefused as refusal:
        session_of(request).notice = str(refusal)
    return RedirectResponse("/publish", status_code=303)


def _publish_id(request: Request) -> int | None:
    raw = str(request.path_params.get("publish_id", ""))
    return int(raw) if raw.isdigit() else None


async def confirm_publish(request: Request) -> Response:
    return await _answer_waiting(request, confirm=True)


async def discard_publish(request: Request) -> Response:
    return await _answer_waiting(request, confirm=False)


async def _answer_waiting(request: Request, confirm: bool) -> Response:
    """Go live with, or throw away, a publish that waits for a confirmation."""
    publisher = _publisher(console_of(request))
    publish_id = _publish_id(request)
    try:
        if publish_id is None:
            raise PublishRefused("Nothing is waiting for a confirmation.")
        await (publisher.confirm if confirm else publisher.discard)(publish_id)
    except PublishRefused as refusal:
        session_of(request).notice = str(refusal)
    return RedirectResponse("/publish", status_code=303)


async def drop_edit(request: Request) -> Response:
    console = console_of(request)
    raw = str(request.path_params.get("edit_id", ""))
    dropped = raw.isdigit() and await console.database.run(
        lambda db: store.drop_edit(db, int(raw), console.clock())
    )
    session_of(request).notice = (
        "Dropped: its questions are back in the inbox." if dropped else "That edit is not open."
    )
    back = (await request.form()).get("back")
    return RedirectResponse("/drafts" if back == "/drafts" else "/publish", status_code=303)
