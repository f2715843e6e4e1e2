"""The review inbox: the questions worth a look, grouped by meaning, biggest group first, and
the actions on a group or on single questions in it (answered by a passage, off-topic,
needs a new passage, ignore)."""

from __future__ import annotations

from dataclasses import dataclass

from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.console import grouping
from bot.console.state import Console, console_of, session_of
from bot.knowledge.search.corpus import Corpus, Passage
from bot.store import console as store
from bot.store.console import Action, Candidate

GROUPS_SHOWN = 40  # the biggest groups; acting on them brings the next ones up


@dataclass(frozen=True)
class Group:
    number: int
    questions: tuple[Candidate, ...]

    @property
    def ids(self) -> str:
        return "-".join(str(q.id) for q in self.questions)

    @property
    def lead(self) -> Candidate:
        return self.questions[0]


def answered_with(corpus: Corpus | None, question: Candidate) -> str:
    """What the bot answered, in words: a passage's title, or that it declined."""
    if question.passage_id is None:
        return (
            "declined: not in the guide"
            if question.reason in (None, "off-topic")
            else (f"declined ({question.reason})")
        )
    passage = corpus.passage(question.passage_id) if corpus else None
    return f"answered with “{passage.title}”" if passage else f"answered with {question.passage_id}"


async def inbox_page(request: Request) -> Response:
    console = console_of(request)
    now = console.clock()
    least_sure = console.knowledge.least_sure()
    retention = console.settings.question_retention_days
    candidates, more = await console.database.run(
        lambda db: store.inbox(db, now, retention, least_sure)
    )
    texts = [c.text for c in candidates]
    vectors = await console.knowledge.embed(texts)
    rows = grouping.by_meaning(vectors) if vectors is not None else grouping.by_words(texts)
    groups = [
        Group(number, tuple(candidates[row] for row in group))
        for number, group in enumerate(rows[:GROUPS_SHOWN], start=1)
    ]
    corpus = console.knowledge.corpus()
    return console.render(
        request,
        "inbox.html",
        groups=groups,
        group_count=len(rows),
        question_count=len(candidates),
        more=more,
        by_meaning=vectors is not None,
        answered_with=lambda q: answered_with(corpus, q),
        topics=_topics(corpus),
        retention=retention,
    )


def _topics(corpus: Corpus | None) -> list[tuple[str, list[Passage]]]:
    if corpus is None:
        return []
    return [(s.title, corpus.section_passages(s.slug)) for s in corpus.sections]


async def passage_search(request: Request) -> Response:
    """htmx: the bot's own passage search, for the box in a group."""
    console = console_of(request)
    form = await request.form()
    text = str(form.get("q", ""))[:500]
    found = await console.knowledge.search(text)
    return console.render(request, "_passages.html", found=found, loading=found is None)


def _question_ids(form: FormData) -> list[int] | None:
    ids = []
    for value in form.getlist("question"):
        if not isinstance(value, str) or not value.isdigit():
            return None
        ids.append(int(value))
    return ids


async def review_action(request: Request) -> Response:
    console = console_of(request)
    form = await request.form()
    ids = _question_ids(form)
    passage_id = str(form.get("passage", "") or form.get("passage_choice", "")).strip()
    raw_action = str(form.get("action", ""))
    action = Action.PASSAGE if passage_id and raw_action in ("", "passage") else None
    if action is None:
        action = next(
            (a for a in Action if a.value == raw_action and a is not Action.PASSAGE), None
        )
    problem = None
    corpus = console.knowledge.corpus()
    if ids is None:
        problem = "That form was not one of the console's: reload the inbox."
    elif not ids:
        problem = "Tick at least one question first."
    elif action is None:
        problem = "Choose what to do with the questions."
    elif action is Action.PASSAGE and (corpus is None or corpus.passage(passage_id) is None):
        problem = "Choose a passage from the search first."
    if problem is not None:
        return _answer(request, console, problem, ok=False)
    assert ids is not None and action is not None
    now = console.clock()
    retention = console.settings.question_retention_days
    done = await console.database.run(
        lambda db: store.review(db, action, ids, now, retention, passage_id or None)
    )
    if done.action_id is None:
        return _answer(request, console, "Someone reviewed these questions already.", ok=False)
    count = len(done.question_ids)
    questions = f"{count} question{'s' if count != 1 else ''}"
    if action is Action.NEW_PASSAGE:
        target = f"/drafts/{done.edit_id}"
        session_of(request).notice = f"{questions} to write a passage for."
        if request.headers.get("hx-request"):
            return Response(status_code=204, headers={"hx-redirect": target})
        return RedirectResponse(target, status_code=303)
    passage = corpus.passage(passage_id) if corpus and passage_id else None
    title = passage.title if passage else passage_id
    message = {
        Action.PASSAGE: f"{questions} will be example questions of “{title}” from the next "
        "publish.",
        Action.OFF_TOPIC: f"{questions} will be out-of-scope examples from the next publish.",
        Action.IGNORE: f"{questions} ignored.",
    }[action]
    return _answer(request, console, message, ok=True)


def _answer(request: Request, console: Console, message: str, ok: bool) -> Response:
    """htmx: the group's card is replaced by the outcome, or a problem is shown inside it; a
    plain form goes back to the inbox, where the outcome is the notice at the top."""
    if request.headers.get("hx-request"):
        if ok:
            return console.render(request, "_outcome.html", message=message)
        group = request.headers.get("hx-target", "")
        headers = {"hx-reswap": "innerHTML"}
        if group.startswith("group-") and group[6:].isdigit():
            headers["hx-retarget"] = f"#{group} .problem"
        response = console.render(request, "_problem.html", message=message)
        response.headers.update(headers)
        return response
    session_of(request).notice = message
    return RedirectResponse("/inbox", status_code=303)
