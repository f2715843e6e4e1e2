"""The `mentorbot` command: one entry point for students, operators and CI.

Each subcommand parses its arguments, calls the domain core or the Telegram wiring, and
turns known failures into one line on stderr and a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.config import MIN_CONSOLE_PASSWORD, ConfigError, Settings, project_path

if TYPE_CHECKING:
    from bot.knowledge.mentor import Answer, Mentor, Reply
    from bot.knowledge.search.corpus import Corpus, Passage
    from bot.knowledge.search.retriever import Retriever
    from bot.services import Services

EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
# Labelled questions for `eval`. They come with a checkout of the source, not with the
# installed package, so `eval` without files says so when they aren't there.
DEV_QUESTIONS = project_path("tests/data/dev_questions.jsonl")


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        settings = Settings.from_env()
        return args.handler(args, settings) or 0
    except ConfigError as exc:
        print(f"mentorbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"mentorbot: {exc}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorbot",
        description="A Telegram mentor for students who want a machine-learning internship.",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question from the guide")
    ask.add_argument("question", nargs="?", help="the question; with --json and none, read stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument(
        "--conversation",
        action="store_true",
        help="with stdin: the lines are one conversation, so follow-ups use the previous line",
    )
    ask.set_defaults(handler=cmd_ask)

    index = commands.add_parser("index", help="build or check the embedded index")
    index_commands = index.add_subparsers(title="index commands", metavar="ACTION", required=True)
    index_commands.add_parser("build", help="rebuild index/ from corpus/").set_defaults(
        handler=cmd_index_build
    )
    index_commands.add_parser(
        "check", help="exit non-zero if index/ is stale against corpus/ or the model"
    ).set_defaults(handler=cmd_index_check)

    evaluate = commands.add_parser("eval", help="measure the bot on labelled files")
    evaluate.add_argument(
        "files", nargs="*", type=Path, help=f"question files (default: {DEV_QUESTIONS.name})"
    )
    evaluate.add_argument(
        "--conversations",
        type=Path,
        nargs="+",
        default=[],
        metavar="FILE",
        help="chats (and several-question messages): every later turn scored by kind",
    )
    evaluate.add_argument("--misses", action="store_true", help="list what the bot got wrong")
    evaluate.add_argument(
        "--word-rules",
        action="store_true",
        help="read messages after an answer by the word rules, the baseline of the fitted choice",
    )
    evaluate.set_defaults(handler=cmd_eval)

    fitting = commands.add_parser(
        "fit", help="fit whether to answer and how follow-ups are read (after index build)"
    )
    fitting.add_argument(
        "--questions", type=Path, nargs="+", default=[], metavar="FILE",
        help="labelled question files (default: every open one in tests/data)",
    )  # fmt: skip
    fitting.add_argument(
        "--conversations", type=Path, nargs="+", default=[], metavar="FILE",
        help="labelled chats (default: every open one in tests/data)",
    )  # fmt: skip
    fitting.set_defaults(handler=cmd_fit)

    publish = commands.add_parser(
        "publish",
        help="rebuild the index and refit from a corpus, compare, and make it live "
        "(a running bot follows within seconds)",
    )
    publish.add_argument(
        "--corpus", type=Path, help="the corpus to publish (default: MENTORBOT_CORPUS_DIR)"
    )
    publish.add_argument("--yes", action="store_true", help="go live even when a figure got worse")
    publish.add_argument(
        "--prepare-only", action="store_true", help="build, fit and compare; don't go live"
    )
    publish.add_argument("--json", action="store_true", help="progress as JSON lines")
    publish.add_argument("--no-measure", action="store_true", help="skip the comparison")
    publish.add_argument("--questions", type=Path, nargs="+", default=[], metavar="FILE")
    publish.add_argument("--conversations", type=Path, nargs="+", default=[], metavar="FILE")
    publish.set_defaults(handler=cmd_publish)

    commands.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)").set_defaults(
        handler=cmd_run
    )
    commands.add_parser("chat", help="talk to the bot in this terminal").set_defaults(
        handler=cmd_chat
    )
    commands.add_parser(
        "start", help="run the Telegram bot, or the terminal chat when no token is set"
    ).set_defaults(handler=cmd_start)

    commands.add_parser(
        "stats", help="usage, questions to write for, progress, nudges"
    ).set_defaults(handler=cmd_stats)
    backup = commands.add_parser("backup", help="online backup of the database, safe while running")
    backup.add_argument("path", help="a file, or a folder (ending in /) to put the backup in")
    backup.set_defaults(handler=cmd_backup)
    commands.add_parser(
        "doctor", help="check token, index, database, model and Bot API"
    ).set_defaults(handler=cmd_doctor)
    commands.add_parser(
        "console",
        help="the operator's web console: overview, review inbox, publishing "
        "(needs MENTORBOT_CONSOLE_PASSWORD)",
    ).set_defaults(handler=cmd_console)
    health = commands.add_parser("health", help="exit 0 if the running bot's heartbeat is recent")
    health.add_argument("--max-age", type=float, default=180, help="seconds (default 180)")
    health.set_defaults(handler=cmd_health)
    return parser


# ── ask ──────────────────────────────────────────────────────────────────────


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.question is None and not args.json:
        raise CliError('give a question, e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE)
    if args.question is not None and not args.question.strip():
        raise CliError(
            'the question is empty; try e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE
        )
    mentor = _load_mentor(settings)
    if args.question is not None:
        reply = mentor.reply(args.question)
        print(
            json.dumps(reply_json(reply, mentor), ensure_ascii=False)
            if args.json
            else plain(reply, mentor.corpus)
        )
        return 0
    thread = None
    for question in read_question_lines(sys.stdin.buffer, sys.stderr):
        reply = mentor.reply(question, thread)
        if args.conversation:
            thread = reply.thread or thread
        print(json.dumps(reply_json(reply, mentor), ensure_ascii=False), flush=True)
    return 0


def read_question_lines(stream, errors: TextIO) -> Iterator[str]:
    """One question per line; bytes that aren't UTF-8 are replaced, with a warning."""
    for number, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace")
            print(f"mentorbot: line {number} is not valid UTF-8; bad bytes replaced", file=errors)
        yield line.rstrip("\r\n")


def reply_json(reply: Reply, mentor: Mentor) -> dict:
    """`answered`, and `reason` when not; `follow_up` and `thread` when the reply leans on
    the conversation; `small_talk`; `parts` for several questions."""
    from bot.knowledge.mentor import Act

    data: dict[str, object] = {"question": reply.text, "answered": reply.passage is not None}
    if reply.reason is not None:
        data["reason"] = reply.reason.value
    if not reply.language.is_english:
        data["language"] = reply.language.code
    if reply.small_talk is not None:
        data["small_talk"] = reply.small_talk.value
    first = reply.answered[0] if reply.answered else None
    if first is not None and first.act is not Act.QUESTION:
        data["follow_up"] = first.act.value
        data["thread"] = reply.thread_question
    if first is not None:
        shown = [first.passage, *first.related]
        passages = [(p, _score(mentor, first, p)) for p in shown if p is not None]
    else:
        search = next((a.search for a in reply.answers if a.search is not None), None)
        passages = [(hit.passage, round(hit.score, 6)) for hit in search.hits] if search else []
    data["passages"] = [
        {"id": p.id, "section": p.section, "title": p.title, "text": p.text, "score": score}
        for p, score in passages
    ]
    if len(reply.answers) > 1:
        data["parts"] = [
            {
                "question": answer.question,
                "answered": answer.passage is not None,
                "passage": answer.passage.id if answer.passage else None,
                **({"reason": answer.reason.value} if answer.reason else {}),
            }
            for answer in reply.answers
        ]
    return data


def _score(mentor: Mentor, answer: Answer, passage: Passage) -> float | None:
    """The passage's score in the ranking that found it; None for a pick or "more"."""
    from bot.knowledge.mentor import Act

    if answer.search is None or answer.act in (Act.PICK, Act.MORE):
        return None
    position = next(i for i, p in enumerate(mentor.corpus.passages) if p.id == passage.id)
    return round(float(answer.search.ranking[position]), 6)


def plain(reply: Reply, corpus: Corpus) -> str:
    """The answer as the bot would send it, with its buttons listed underneath."""
    from bot.telegram.views.common import to_plain
    from bot.telegram.views.conversation import reply_view

    view = reply_view(reply, None, corpus.sections)
    labels = [button.label for row in view.buttons for button in row]
    return to_plain(view.text) + ("\n\n→ " + "  ·  ".join(labels) if labels else "")


# ── index ────────────────────────────────────────────────────────────────────


def cmd_index_build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.search.corpus import CorpusError
    from bot.knowledge.search.embedder import ModelUnavailable, load_embedder
    from bot.knowledge.search.index import build_index

    started = time.perf_counter()
    try:
        manifest = build_index(settings.corpus_dir, settings.index_dir, load_embedder())
    except (CorpusError, ModelUnavailable) as exc:
        raise CliError(str(exc)) from None
    print(
        f"Built {settings.index_dir}: {manifest.passages} passages, {manifest.vectors} vectors, "
        f"{manifest.model} ({time.perf_counter() - started:.1f}s)"
    )
    return 0


def cmd_index_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.search.index import staleness

    problem = staleness(settings.corpus_dir, settings.index_dir)
    if problem:
        raise CliError(f"index is stale: {problem}. Run: mentorbot index build")
    print(f"{settings.index_dir} is fresh")
    return 0


# ── eval ─────────────────────────────────────────────────────────────────────


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.fitting.baselines import WordRules
    from bot.knowledge.fitting.evaluation import (
        by_attribute,
        chat_report,
        evaluate_questions,
        evaluate_ranking,
        play,
        render_chats,
        render_questions,
    )
    from bot.knowledge.fitting.labelled import load_conversations, load_questions
    from bot.knowledge.search.retriever import Mode, Retriever

    files = args.files or ([] if args.conversations else [DEV_QUESTIONS])
    if not args.files and files and not DEV_QUESTIONS.is_file():
        raise CliError(
            "the development questions (tests/data/dev_questions.jsonl) come with a checkout "
            "of the source, not with the installed package: run this in a checkout, or name "
            "a question file: mentorbot eval FILE.jsonl",
            EXIT_USAGE,
        )
    _check_files([*files, *args.conversations])
    mentor = _load_mentor(settings)
    if args.word_rules:
        mentor.follow_up = WordRules(mentor.models.decline.threshold)
    for path in files:
        questions = _read(load_questions, path)
        report = evaluate_questions(mentor, questions)
        modes = {
            mode.value: evaluate_ranking(
                Retriever(mentor.retriever.index, mentor.retriever.embedder, mode), questions
            )
            for mode in Mode
        }
        print(render_questions(path.name, report, modes))
        for value, styled in by_attribute(questions, mentor, "style").items():
            print(
                f"  style {value:12} n={styled.in_domain:<4} right {styled.answered_right:.3f}  "
                f"hit@3 {styled.hit_at_3:.3f}  declined {styled.in_domain_declined:.3f}"
            )
        for value, kind in by_attribute(questions, mentor, "kind").items():
            print(
                f"  off-topic {value:10} n={kind.off_topic:<4} "
                f"declined {kind.off_topic_declined:.3f}"
            )
        if args.misses:
            for question, got in report.misses:
                print(f"  miss: {question!r} → {got}")
    for path in args.conversations:
        played = play(mentor, _read(load_conversations, path))
        print(render_chats(_name(path), chat_report(played), args.misses))
    return 0


def cmd_fit(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.fitting import sets
    from bot.knowledge.fitting.fit import fit

    questions = [_labelled(p) for p in args.questions] if args.questions else sets.fit_questions()
    chats = (
        [_labelled(p) for p in args.conversations]
        if args.conversations
        else sets.fit_conversations()
    )
    _check_files([f.path for f in [*questions, *chats]])
    if not questions or not chats:
        raise CliError(
            "no labelled files to fit on: they come with a checkout of the source "
            "(tests/data/); run this in a checkout, or name them with --questions and "
            "--conversations",
            EXIT_USAGE,
        )
    retriever = _load_retriever(settings)
    started = time.perf_counter()
    try:
        fitted = fit(retriever, questions, chats, progress=print)
    except ValueError as exc:
        raise CliError(str(exc), EXIT_USAGE) from None
    print("\nCross-validated, one writer held out at a time:")
    for name, value in fitted.figures().items():
        print(f"  {name:52} {value:.3f}")
    print(f"Saved to {fitted.saved_to} ({time.perf_counter() - started:.0f}s)")
    return 0


EXIT_WORSE = 4


def cmd_publish(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.deciding.models import ModelsUnavailable
    from bot.knowledge.fitting.publish import go_live, prepare
    from bot.knowledge.search.corpus import CorpusError
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable

    corpus = args.corpus or settings.corpus_dir
    if not corpus.is_dir():
        raise CliError(f"no corpus folder at {corpus}", EXIT_USAGE)
    _check_files([*args.questions, *args.conversations])

    def progress(message: str, share: float) -> None:
        if args.json:
            print(json.dumps({"message": message, "progress": round(share, 3)}), flush=True)
        else:
            print(f"[{share:4.0%}] {message}", flush=True)

    try:
        prepared = prepare(
            corpus,
            settings.corpus_dir,
            settings.index_dir,
            progress,
            [_labelled(p) for p in args.questions] or None,
            [_labelled(p) for p in args.conversations] or None,
            measure=not args.no_measure,
        )
    except (CorpusError, IndexUnavailable, ModelUnavailable, ModelsUnavailable, ValueError) as exc:
        raise CliError(f"publishing failed, the live index is unchanged: {exc}") from None
    worse = [f.name for f in prepared.worse]
    live = not args.prepare_only and (args.yes or not worse)
    if live:
        go_live(prepared)
    if args.json:
        figures = [
            {"name": f.name, "before": f.before, "after": f.after, "count": f.count,
             "worse": f.worse}
            for f in prepared.figures
        ]  # fmt: skip
        print(json.dumps({"version": prepared.manifest.version, "figures": figures,
                          "worse": worse, "live": live}), flush=True)  # fmt: skip
    else:
        for f in prepared.figures:
            mark = "  worse" if f.worse else ""
            print(f"  {f.name:44} {f.before:.3f} → {f.after:.3f}{mark}")
        state = "live" if live else "built, not live"
        print(f"Version {prepared.manifest.version}: {state}")
    if worse and not live and not args.prepare_only:
        print(f"mentorbot: worse beyond noise: {', '.join(worse)}; rerun with --yes to "
              "publish anyway", file=sys.stderr)  # fmt: skip
        return EXIT_WORSE
    return 0


def _labelled(path: Path):
    from bot.knowledge.fitting.sets import Labelled

    writer_file = path.name in {"chats.jsonl", "multi.jsonl", "questions.jsonl", "codemixed.jsonl"}
    return Labelled(path, path.parent.name if writer_file else path.stem)


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _check_files(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise CliError(f"no such labelled file: {', '.join(missing)}", EXIT_USAGE)


def _read(loader, path: Path):
    try:
        return loader(path)
    except (ValueError, KeyError) as exc:
        raise CliError(f"{path}: {exc}", EXIT_USAGE) from None


# ── operators ────────────────────────────────────────────────────────────────


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.stats import collect, render
    from bot.store.db import open_readonly, utcnow

    if not settings.db_path.is_file():
        raise CliError(f"no database at {settings.db_path} yet: run the bot first", EXIT_USAGE)
    db = open_readonly(settings.db_path)
    try:
        print(
            render(
                collect(db, utcnow(), settings.question_retention_days),
                settings.question_retention_days,
            )
        )
    finally:
        db.close()
    return 0


def cmd_backup(args: argparse.Namespace, settings: Settings) -> int:
    import sqlite3

    from bot.ops.backup import backup

    started = time.perf_counter()
    target = Path(args.path)
    if args.path.endswith(("/", "\\")):
        target.mkdir(parents=True, exist_ok=True)
    try:
        result = backup(settings.db_path, target)

    except (FileNotFoundError, sqlite3.Error, OSError) as error:
        raise CliError(f"backup failed: {error}") from None
    print(
        f"Backed up {settings.db_path} to {result.path} "
        f"({result.bytes / 1e6:.1f} MB, {time.perf_counter() - started:.1f}s)"
    )
    return 0


def cmd_doctor(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.doctor import CHECKS

    failed = 0
    for check in CHECKS:
        result = check(settings)
        print(result.line(), flush=True)
        failed += not result.ok
    return 1 if failed else 0


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    from bot.ops.health import describe, heartbeat_path, read

    heartbeat = read(heartbeat_path(settings.db_path))
    if heartbeat is None:
        raise CliError("no heartbeat yet: is the bot running?")
    if heartbeat.age > args.max_age:
        raise CliError(f"last heartbeat {heartbeat.age:.0f}s ago (more than {args.max_age:.0f}s)")
    if heartbeat.state == "failed":
        raise CliError(f"the bot runs, but {describe(heartbeat)}")
    print(f"healthy: last heartbeat {heartbeat.age:.0f}s ago; {describe(heartbeat)}")
    return 0


# ── the operator's console ───────────────────────────────────────────────────

NO_CONSOLE_PASSWORD = (
    "MENTORBOT_CONSOLE_PASSWORD is not set: the console shows what students wrote, so it "
    f"needs a password (at least {MIN_CONSOLE_PASSWORD} characters) in the environment or .env"
)


def cmd_console(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.console_password:
        raise CliError(NO_CONSOLE_PASSWORD, EXIT_USAGE)
    if len(settings.console_password) < MIN_CONSOLE_PASSWORD:
        raise CliError(
            f"MENTORBOT_CONSOLE_PASSWORD is too short: use at least {MIN_CONSOLE_PASSWORD} "
            "characters",
            EXIT_USAGE,
        )
    from urllib.parse import quote, quote_plus

    import uvicorn

    from bot.console.app import create_app
    from bot.logs import configure_logging

    password = settings.console_password
    # As typed, and as it would look in a URL (the access log shows request paths), so a
    # password put where it doesn't belong is still never written to a log.
    secrets = (password, quote(password), quote_plus(password), settings.token or "")
    configure_logging(settings.log_level, secrets=secrets)
    print(
        f"mentorbot console on http://{settings.console_listen}:{settings.console_port}/",
        file=sys.stderr,
        flush=True,
    )
    uvicorn.run(
        create_app(settings),
        host=settings.console_listen,
        port=settings.console_port,
        log_config=None,  # our handler, which redacts secrets, for uvicorn's lines too
        proxy_headers=True,  # X-Forwarded-Proto from a proxy on this machine: Secure cookies
        server_header=False,
        lifespan="on",
    )
    return 0


# ── run, chat, start ─────────────────────────────────────────────────────────


NO_TOKEN = (
    "TELEGRAM_BOT_TOKEN is not set. Get a token from @BotFather in Telegram, then put "
    "TELEGRAM_BOT_TOKEN=<token> in the environment or in a .env file here."
)


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.token:
        raise CliError(NO_TOKEN, EXIT_USAGE)
    if settings.webhook_url and not settings.webhook_secret:
        raise CliError(
            "MENTORBOT_WEBHOOK_URL is set but MENTORBOT_WEBHOOK_SECRET is not: a webhook needs "
            "a secret (1-256 characters of A-Z, a-z, 0-9, _ and -)",
            EXIT_USAGE,
        )
    from bot.logs import configure_logging
    from bot.telegram.app import run

    configure_logging(settings.log_level, secrets=(settings.token, settings.webhook_secret or ""))

    run(settings, _load_services(settings))
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    import asyncio

    from bot.logs import configure_logging
    from bot.telegram.terminal import run_chat

    configure_logging("WARNING")
    asyncio.run(run_chat(settings, _load_services(settings)))
    return 0


def cmd_start(args: argparse.Namespace, settings: Settings) -> int:
    if settings.token:
        return cmd_run(args, settings)
    print(f"{NO_TOKEN}\nUntil then, here is the bot in this terminal.\n", file=sys.stderr)
    return cmd_chat(args, settings)


def _load_services(settings: Settings) -> Services:
    """Quick: the model and the index load in the background once the bot starts."""
    from bot.knowledge.search.index import IndexUnavailable
    from bot.services import Services

    try:
        return Services.load(settings)
    except IndexUnavailable as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


def _load_retriever(settings: Settings) -> Retriever:
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable
    from bot.knowledge.search.retriever import load_retriever

    try:
        return load_retriever(settings.corpus_dir, settings.index_dir)
    except (IndexUnavailable, ModelUnavailable) as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


def _load_mentor(settings: Settings) -> Mentor:
    from bot.knowledge.deciding.models import ModelsUnavailable
    from bot.knowledge.mentor import load_mentor
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable

    try:
        return load_mentor(settings.corpus_dir, settings.index_dir)
    except (IndexUnavailable, ModelUnavailable, ModelsUnavailable) as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


if __name__ == "__main__":
    sys.exit(main())
