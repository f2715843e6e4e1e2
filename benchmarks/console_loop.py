"""The operator's loop, measured: a week of one writer's questions through the bot, the
inbox reviewed through the console as a careful operator would, a publish, and another
writer's questions (the same needs, in other words) before and after.

1. A copy of the corpus and of the live index goes to a temporary folder; nothing of the
   project's own changes. Its decisions are refitted first on the benchmark's fitting
   files (below), so that before and after differ by the operator's edits alone.
2. A week of traffic: every standalone question of the traffic writer (questions,
   code-mixed messages, the first message of each chat), each from a student of its own,
   spread over seven days, through the bot's own answering path (Services.questions.ask,
   which records what the bot keeps). A student whose answer is wrong by the label
   presses 👎 with probability --dislike.
3. The review, through the console's own pages and actions (its inbox page, its passage
   search, its review action), following the labels as a careful operator would: on each
   group, an off-topic question goes to out-of-scope; a question declined or answered
   wrongly goes to the right passage, the first right one the console's search offers,
   else the first right one of its topic; one that no passage answers goes to the list of
   passages to write; one answered right is ignored. Questions of a group that need the
   same action go in one action.
4. Publish (the console's publish: `mentorbot publish` in the background), then the
   measure writer's questions through the bot before and after: the top passage right,
   answered with the right passage, on-topic questions declined (false declines), off-topic
   questions answered (missed declines).

The fitting files are the open labelled files of bot/knowledge/fitting/sets.py (fitted
writers and older development files), never the traffic or measure writer's, and never
anything under tests/data/sealed/.

    .venv/bin/python -m benchmarks.console_loop [--traffic hamza] [--measure valeria]
        [--dislike 0.5]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from bot.config import PROJECT_ROOT, Settings
from bot.console.app import create_app
from bot.knowledge.fitting import sets
from bot.knowledge.fitting.evaluation import evaluate_questions
from bot.knowledge.fitting.fit import fit
from bot.knowledge.fitting.labelled import LabelledQuestion, load_conversations, load_questions
from bot.knowledge.mentor import Mentor, load_mentor
from bot.knowledge.search.corpus import Corpus
from bot.knowledge.search.index import read_manifest
from bot.knowledge.search.retriever import load_retriever
from bot.services import Services
from bot.store import console as store
from bot.store.db import open_db

PASSWORD = "benchmark console password"
SEALED = sets.DATA / "sealed"


Files = list[sets.Labelled]


def fitting_files(exclude: set[str]) -> tuple[Files, Files]:
    """The open fitting files (chosen by path, never opened unless kept): none sealed, none
    of `exclude`'s writers."""

    def keep(labelled: sets.Labelled) -> bool:
        return SEALED not in labelled.path.parents and labelled.fold not in exclude

    questions = [f for f in sets.fit_questions() if keep(f) and f.exists]
    chats = [f for f in sets.fit_conversations() if keep(f) and f.exists]
    return questions, chats


def fit_args(questions: Files, chats: Files) -> list[str]:
    """The same files for `mentorbot publish`, which names a writer's file's fold after its
    folder and any other file's after its name, as sets.py does."""
    return [
        "--questions",
        *(str(f.path) for f in questions),
        "--conversations",
        *(str(f.path) for f in chats),
    ]


def standalone(writer: str) -> list[LabelledQuestion]:
    """A writer's questions that stand alone: questions, code-mixed messages, and the first
    message of each chat (a question or an off-topic one)."""
    folder = sets.V3 / writer
    found = [*load_questions(folder / "questions.jsonl")]
    if (folder / "codemixed.jsonl").is_file():
        found += load_questions(folder / "codemixed.jsonl")
    for chat in load_conversations(folder / "chats.jsonl"):
        first = chat.turns[0]
        if first.kind in ("question", "off-topic"):
            found.append(first.label)
    return found


# ── the copy, the baseline ───────────────────────────────────────────────────


def copy_live(folder: Path) -> Settings:
    corpus, index = folder / "corpus", folder / "index"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    manifest = read_manifest(PROJECT_ROOT / "index")
    assert manifest is not None, "no live index in the project"
    index.mkdir()
    shutil.copy(PROJECT_ROOT / "index" / "manifest.json", index / "manifest.json")
    shutil.copytree(manifest.folder(PROJECT_ROOT / "index"), manifest.folder(index))
    return Settings(
        db_path=folder / "mentorbot.sqlite3",
        corpus_dir=corpus,
        index_dir=index,
        console_password=PASSWORD,
        questions_per_minute=1000,
    )


def refit(settings: Settings, questions: Files, chats: Files) -> None:
    """The live copy's decisions fitted on the benchmark's files, as a publish fits them
    (without cross-validation): the baseline differs from the published version by the
    operator's edits alone."""
    retriever = load_retriever(settings.corpus_dir, settings.index_dir)
    fit(retriever, questions, chats, progress=lambda _: None, cross_validate=False)


# ── a week of traffic ────────────────────────────────────────────────────────


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Traffic:
    asked: int = 0
    answered: int = 0
    declined: int = 0
    disliked: int = 0


async def play_week(
    settings: Settings,
    mentor: Mentor,
    questions: list[LabelledQuestion],
    now: datetime,
    dislike: float,
    seed: int = 16,
) -> Traffic:
    rng = random.Random(seed)
    clock = Clock(now - timedelta(days=7))
    db = open_db(settings.db_path)
    services = Services(settings, mentor, db, clock=clock)
    traffic = Traffic()
    step = timedelta(days=7) / max(len(questions), 1)
    for number, label in enumerate(questions):
        clock.now = now - timedelta(days=7) + step * number
        student = 1000 + number
        asked = await services.questions.ask(student, label.question, conversation=student)
        if asked.reply is None:
            continue
        traffic.asked += 1
        passage = asked.reply.passage
        if passage is None:
            traffic.declined += 1
            continue
        traffic.answered += 1
        wrong = not label.on_topic or not label.is_right(passage)
        if wrong and asked.question_id is not None and rng.random() < dislike:
            services.questions.feedback(student, asked.question_id, -1)
            traffic.disliked += 1
    db.close()
    return traffic


# ── the review, through the console ──────────────────────────────────────────

GROUP = re.compile(r'<section class="group" id="group-\d+">(.*?)</section>', re.S)
QUESTION = re.compile(r'name="question" value="(\d+)"')
FOUND = re.compile(r'name="passage" value="([^"]+)"')


@dataclass
class Review:
    actions: int = 0
    by_kind: dict[str, int] | None = None
    questions: int = 0
    searches: int = 0


class Operator:
    """A careful operator: reads each group, looks each question up in the labels."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        csrf: str,
        labels: dict[str, LabelledQuestion],
        corpus: Corpus,
        settings: Settings,
    ) -> None:
        self.http = http
        self.csrf = csrf
        self.labels = labels
        self.corpus = corpus
        self.settings = settings
        self.review = Review(by_kind={})

    def question(self, question_id: int) -> tuple[str, str | None, bool]:
        """The stored text, the passage it got, and whether it was answered."""
        db = open_db(self.settings.db_path, migrate_schema=False)
        try:
            text, passage_id, answered = db.execute(
                "SELECT text, passage_id, answered FROM questions WHERE id = ?", [question_id]
            ).fetchone()
        finally:
            db.close()
        return text, passage_id, bool(answered)

    async def search(self, text: str) -> list[str]:
        self.review.searches += 1
        for _ in range(600):
            response = await self.http.post(
                "/inbox/passages", data={"q": text}, headers={"X-CSRF-Token": self.csrf}
            )
            found = FOUND.findall(response.text)
            if found or "is loading" not in response.text:
                return found
            await asyncio.sleep(0.1)  # the console's search is still loading
        raise RuntimeError("the console's passage search never loaded")

    async def decide(self, question_id: int) -> tuple[str, str | None]:
        text, passage_id, answered = self.question(question_id)
        label = self.labels.get(text)
        if label is None:
            return "ignore", None  # not a question of the set (a part of one, say)
        if not label.on_topic:
            return "off-topic", None
        got = self.corpus.passage(passage_id) if passage_id else None
        if answered and got is not None and label.is_right(got):
            return "ignore", None  # answered right, only unsure of it
        for found in await self.search(text):
            passage = self.corpus.passage(found)
            if passage is not None and label.is_right(passage):
                return "passage", found
        for passage in self.corpus.passages:  # browsing the topic's passages
            if label.is_right(passage):
                return "passage", passage.id
        return "new-passage", None

    async def act(self, kind: str, passage_id: str | None, ids: list[int]) -> None:
        data: dict[str, str | list[str]] = {
            "csrf": self.csrf,
            "question": [str(i) for i in ids],
        }
        if kind == "passage":
            assert passage_id is not None
            data["passage"] = passage_id
        else:
            data["action"] = kind
        response = await self.http.post("/inbox/review", data=data)
        assert response.status_code == 303, response.status_code
        self.review.actions += 1
        self.review.questions += len(ids)
        assert self.review.by_kind is not None
        self.review.by_kind[kind] = self.review.by_kind.get(kind, 0) + 1

    async def empty_the_inbox(self) -> None:
        while True:
            page = (await self.http.get("/inbox")).text
            assert "grouped by their words only" not in page
            groups = [QUESTION.findall(group) for group in GROUP.findall(page)]
            if not groups:
                return
            for group in groups:
                plan: dict[tuple[str, str | None], list[int]] = {}
                for raw in group:
                    plan.setdefault(await self.decide(int(raw)), []).append(int(raw))
                for (kind, passage_id), ids in plan.items():
                    await self.act(kind, passage_id, ids)


async def review_and_publish(
    settings: Settings, labels: dict[str, LabelledQuestion], publish_args: list[str]
) -> tuple[Review, str, float]:
    """The operator's session in the console; the publish's state and how long it took."""
    app = create_app(settings, publish_args=publish_args)
    console = app.state.console
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://console") as http:
            login = await http.get("/login")
            token = re.search(r'name="csrf" value="([^"]+)"', login.text)
            assert token is not None
            response = await http.post("/login", data={"password": PASSWORD, "csrf": token[1]})
            assert response.status_code == 303
            page = (await http.get("/publish")).text
            csrf = re.search(r'name="csrf" value="([^"]+)"', page)
            assert csrf is not None
            for _ in range(1500):  # grouping by meaning needs the model: up to 5 minutes
                if console.knowledge.ready:
                    break
                await asyncio.sleep(0.2)
            else:
                raise RuntimeError("the console's model never loaded")
            corpus = console.knowledge.corpus()
            assert corpus is not None
            operator = Operator(http, csrf[1], labels, corpus, settings)
            await operator.empty_the_inbox()
            started = time.monotonic()
            response = await http.post("/publish", data={"csrf": csrf[1]})
            assert response.status_code == 303
            await console.publisher.wait()
            publish = await console.database.run(store.latest_publish)
            state = publish.state.value if publish else "none"
            if state == "ready":  # worse beyond noise: the operator publishes anyway
                await http.post(f"/publish/{publish.id}/confirm", data={"csrf": csrf[1]})
                publish = await console.database.run(store.latest_publish)
                state = f"confirmed, {publish.state.value}" if publish else state
            if publish is not None and publish.state.value == "failed":
                raise RuntimeError(f"the publish failed: {publish.message}")
            return operator.review, state, time.monotonic() - started


# ── the figures ──────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Figures:
    in_domain: int
    off_topic: int
    top_right: float
    answered_right: float
    false_declines: float  # on-topic questions declined
    missed_declines: float  # off-topic questions answered


def measure(mentor: Mentor, questions: list[LabelledQuestion]) -> Figures:
    report = evaluate_questions(mentor, questions)
    return Figures(
        report.in_domain,
        report.off_topic,
        report.hit_at_1,
        report.answered_right,
        report.in_domain_declined,
        1 - report.off_topic_declined,
    )


def show(name: str, before: Figures, after: Figures) -> None:
    print(f"\n{name}: {before.in_domain} on-topic, {before.off_topic} off-topic")
    for label, attribute, counted in (
        ("top passage right", "top_right", before.in_domain),
        ("answered with the right passage", "answered_right", before.in_domain),
        ("false declines (on-topic declined)", "false_declines", before.in_domain),
        ("missed declines (off-topic answered)", "missed_declines", before.off_topic),
    ):
        old, new = getattr(before, attribute), getattr(after, attribute)
        print(
            f"  {label:38} {old:.3f} → {new:.3f}  ({new - old:+.3f}; "
            f"{round(old * counted)} → {round(new * counted)} of {counted})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--traffic", default="hamza", help="the writer whose week is played")
    parser.add_argument("--measure", default="valeria", help="the writer measured after")
    parser.add_argument("--dislike", type=float, default=0.5)
    args = parser.parse_args()
    assert args.traffic != args.measure, "the measure set is another writer's"
    started = time.monotonic()
    folder = Path(tempfile.mkdtemp(prefix="console-loop-"))
    try:
        settings = copy_live(folder)
        questions, chats = fitting_files({args.traffic, args.measure})
        publish_args = [*fit_args(questions, chats), "--no-measure"]
        print(
            f"fitting on {len(questions)} question files and {len(chats)} chat files "
            f"(not {args.traffic}'s or {args.measure}'s, nothing sealed)"
        )
        refit(settings, questions, chats)
        before = load_mentor(settings.corpus_dir, settings.index_dir)
        traffic_set = standalone(args.traffic)
        measure_set = standalone(args.measure)
        traffic_before = measure(before, traffic_set)
        measure_before = measure(before, measure_set)
        now = datetime.now(UTC)
        traffic = asyncio.run(play_week(settings, before, traffic_set, now, args.dislike))
        print(
            f"a week of {args.traffic}'s questions: {traffic.asked} asked, "
            f"{traffic.answered} answered, {traffic.declined} declined, "
            f"{traffic.disliked} 👎"
        )
        labels = {q.question: q for q in traffic_set}
        review, state, took = asyncio.run(review_and_publish(settings, labels, publish_args))
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted((review.by_kind or {}).items()))
        print(
            f"review: {review.actions} actions on {review.questions} questions ({kinds}); "
            f"{review.searches} passage searches; publish {state} in {took:.0f}s"
        )
        after = load_mentor(settings.corpus_dir, settings.index_dir)
        assert after.retriever.index.manifest.version != before.retriever.index.manifest.version
        show(f"{args.measure} (measured; never seen by the loop)", measure_before,
             measure(after, measure_set))  # fmt: skip
        show(f"{args.traffic} (the week's own questions)", traffic_before,
             measure(after, traffic_set))  # fmt: skip
        print(f"\n{time.monotonic() - started:.0f}s in all")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
