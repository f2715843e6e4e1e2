"""The overview: students, questions, feedback, topics and passages, checklists and nudges
over the last 7, 30 or 90 days, each chart with its table."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from bot.console import charts
from bot.console.state import console_of
from bot.knowledge.search.corpus import Corpus
from bot.store import console as store

DEFAULT_DAYS = 30
TOP = 10


@dataclass(frozen=True)
class Summary:
    label: str
    value: str


async def overview_page(request: Request) -> Response:
    console = console_of(request)
    raw = request.query_params.get("days", str(DEFAULT_DAYS))
    if raw not in {str(days) for days in store.PERIODS}:
        return console.render(
            request,
            "message.html",
            status=400,
            title="No such period",
            message="The overview covers the last 7, 30 or 90 days: pick one of those.",
        )
    days = int(raw)
    now = console.clock()
    figures = await console.database.run(lambda db: store.overview(db, now, days, TOP))
    corpus = console.knowledge.corpus()
    drawn = await asyncio.to_thread(draw, figures, corpus)
    return console.render(
        request,
        "overview.html",
        days=days,
        periods=store.PERIODS,
        summary=summarise(figures),
        charts=drawn,
        since=figures.since[:10],
    )


def summarise(figures: store.Overview) -> list[Summary]:
    asked = sum(day.total for day in figures.questions)
    answered = sum(day.answered for day in figures.questions)
    up = sum(day.up for day in figures.votes)
    down = sum(day.down for day in figures.votes)
    share = f" ({answered / asked:.0%})" if asked else ""
    return [
        Summary("students", f"{figures.students}"),
        Summary(f"active in {figures.days} days", f"{figures.active}"),
        Summary("questions", f"{asked}"),
        Summary("answered", f"{answered}{share}"),
        Summary("👍 / 👎", f"{up} / {down}"),
        Summary("nudges sent", f"{figures.nudges.sent}"),
    ]


def _title(corpus: Corpus | None, passage_id: str) -> str:
    passage = corpus.passage(passage_id) if corpus else None
    return f"{passage.title} ({passage_id})" if passage else passage_id


def draw(figures: store.Overview, corpus: Corpus | None) -> list[charts.Chart]:
    """Every chart of the overview (pygal: tens of milliseconds each, in a worker thread)."""
    days = [day.day for day in figures.questions]
    topics: dict[str, int] = {}
    for passage_id, count in figures.passages.items():
        passage = corpus.passage(passage_id) if corpus else None
        section = corpus.section(passage.section) if corpus and passage else None
        name = section.title if section else "(a passage no longer in the guide)"
        topics[name] = topics.get(name, 0) + count
    by_topic = sorted(topics.items(), key=lambda item: (-item[1], item[0]))
    passages = [(_title(corpus, pid), n) for pid, n in list(figures.passages.items())[:TOP]]
    disliked = charts.ranking(
        "disliked",
        "Most disliked passages (👎)",
        [(_title(corpus, p.passage_id), p.down) for p in figures.disliked],
        "👎",
    )
    disliked = charts.Chart(
        disliked.key,
        disliked.title,
        disliked.image,
        ("passage", "👎", "👍"),
        tuple((_title(corpus, p.passage_id), p.down, p.up) for p in figures.disliked),
        disliked.description,
    )
    nudges = figures.nudges
    return [
        charts.per_day(
            "questions",
            "Questions per day",
            days,
            {
                "answered": [d.answered for d in figures.questions],
                "declined": [d.declined for d in figures.questions],
                "declined: not English": [d.other_language for d in figures.questions],
            },
        ),
        charts.per_day(
            "feedback",
            "👍 and 👎 per day",
            days,
            {"👍": [v.up for v in figures.votes], "👎": [v.down for v in figures.votes]},
            stacked=False,
        ),
        charts.ranking("topics", "Most asked topics", by_topic),
        charts.ranking("passages", "Most asked passages", passages),
        disliked,
        charts.bars(
            "checklists",
            "Checklist progress of the students active in the period",
            list(figures.checklists.items()),
            "students",
        ),
        charts.bars(
            "nudges",
            "Weekly nudges",
            [
                ("sent", nudges.sent),
                ("acted on within 7 days", nudges.acted_on),
                ("students paused for want of replies", nudges.paused),
            ],
            "count",
        ),
    ]
