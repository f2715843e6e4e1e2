"""New passages to write: the groups marked "needs a new passage", and the form that writes
one (topic, title, text, example questions), checked exactly as `mentorbot index build`
checks the corpus, with each error next to its field."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.console.state import console_of, session_of
from bot.knowledge.search.editing import NewPassage, add_passage, read_files, suggest_id
from bot.store import console as store

FIELDS = ("section", "title", "passage_id", "text", "questions")


async def drafts_page(request: Request) -> Response:
    console = console_of(request)
    now = console.clock()
    retention = console.settings.question_retention_days
    edits = await console.database.run(lambda db: store.open_edits(db, now, retention))
    to_write = [e for e in edits if e.kind == "passage"]
    return console.render(request, "drafts.html", drafts=to_write)


def _edit_id(request: Request) -> int | None:
    raw = request.path_params.get("edit_id", "")
    return int(raw) if str(raw).isdigit() else None


async def draft_page(request: Request) -> Response:
    console = console_of(request)
    edit_id = _edit_id(request)
    now = console.clock()
    retention = console.settings.question_retention_days
    found = (
        await console.database.run(lambda db: store.edit(db, edit_id, now, retention))
        if edit_id is not None
        else None
    )
    if found is None or found.kind != "passage" or found.state.value not in ("to-write", "pending"):
        return _missing(request)
    values = {
        "section": found.draft.get("section", ""),
        "title": found.draft.get("title", ""),
        "passage_id": found.draft.get("passage_id", ""),
        "text": found.draft.get("text", ""),
        # The group's questions, until the operator writes their own list.
        "questions": "\n".join(found.draft.get("questions") or found.questions),
    }
    return await _form(request, found.id, values, {}, found.questions)


def _missing(request: Request) -> Response:
    return console_of(request).render(
        request,
        "message.html",
        status=404,
        title="No such draft",
        message="That passage is not waiting to be written (published, dropped, or never made).",
    )


async def _form(
    request: Request,
    edit_id: int,
    values: dict[str, str],
    errors: dict[str, str],
    asked: tuple[str, ...] = (),
    status: int = 200,
) -> Response:
    console = console_of(request)
    corpus = console.knowledge.corpus()
    sections = [(s.slug, s.title) for s in corpus.sections] if corpus else []
    suggestion = ""
    if values.get("section") and values.get("title") and not values.get("passage_id"):
        files = await asyncio.to_thread(read_files, console.settings.corpus_dir)
        suggestion = suggest_id(files, values["section"], values["title"])
    return console.render(
        request,
        "draft.html",
        status=status,
        edit_id=edit_id,
        values=values,
        errors=errors,
        sections=sections,
        asked=asked,
        suggestion=suggestion,
    )


async def save_draft(request: Request) -> Response:
    console = console_of(request)
    edit_id = _edit_id(request)
    if edit_id is None:
        return _missing(request)
    form = await request.form()
    values = {name: str(form.get(name, "")) for name in FIELDS}
    values["passage_id"] = values["passage_id"].strip()
    draft: dict[str, Any] = {
        "section": values["section"].strip(),
        "title": values["title"].strip(),
        "passage_id": values["passage_id"],
        "text": values["text"].strip(),
        "questions": [q.strip() for q in values["questions"].splitlines() if q.strip()],
    }
    now = console.clock()
    later = form.get("later") is not None  # "save for later": no checks yet
    passage_id = None
    if not later:
        files = await asyncio.to_thread(read_files, console.settings.corpus_dir)
        result = await asyncio.to_thread(
            add_passage,
            files,
            NewPassage(
                draft["section"],
                draft["title"],
                draft["text"],
                tuple(draft["questions"]),
                draft["passage_id"],
            ),
        )
        if not result.ok:
            retention = console.settings.question_retention_days
            found = await console.database.run(lambda db: store.edit(db, edit_id, now, retention))
            asked = found.questions if found else ()
            return await _form(request, edit_id, values, result.errors, asked, status=400)
        passage_id = result.passage_id
        draft["passage_id"] = passage_id
    saved = await console.database.run(
        lambda db: store.save_draft(db, edit_id, draft, now, ready=not later, passage_id=passage_id)
    )
    if not saved:
        return _missing(request)
    session_of(request).notice = (
        "Saved for later." if later else f"“{draft['title']}” goes live with the next publish."
    )
    return RedirectResponse("/drafts" if later else "/publish", status_code=303)
