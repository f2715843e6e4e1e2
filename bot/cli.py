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

from bot.config import ConfigError, Settings, project_path

if TYPE_CHECKING:
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
    ask.add_argument("--mode", choices=["hybrid", "dense", "bm25"], default="hybrid")
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

    evaluate = commands.add_parser("eval", help="measure retrieval on labelled questions")
    evaluate.add_argument("files", nargs="*", type=Path, help=f"default: {DEV_QUESTIONS.name}")
    evaluate.add_argument(
        "--fit",
        action="store_true",
        help="fit the decline decision on the question files given (and, with --dialogues, "
        "how follow-ups are read) and save them in index/",
    )
    evaluate.add_argument("--misses", action="store_true", help="list the questions ranked wrong")
    evaluate.add_argument(
        "--word-rules",
        action="store_true",
        help="read follow-ups by the word rules, not the fitted model (to compare the two)",
    )
    evaluate.add_argument(
        "--dialogues",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="score the second turns of two-turn exchanges (JSON lines with 'turns')",
    )
    evaluate.add_argument(
        "--languages",
        type=Path,
        action="append",
        default=[],
        metavar="FILE",
        help="score messages in other languages (JSON lines with 'language')",
    )
    evaluate.set_defaults(handler=cmd_eval)

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
    health = commands.add_parser("health", help="exit 0 if the running bot's heartbeat is recent")
    health.add_argument("--max-age", type=float, default=180, help="seconds (default 180)")
    health.set_defaults(handler=cmd_health)
    return parser


# ── ask ──────────────────────────────────────────────────────────────────────


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.deciding.context import load_context_model
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.retriever import Mode

    if args.question is None and not args.json:
        raise CliError('give a question, e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE)
    if args.question is not None and not args.question.strip():
        raise CliError(
            'the question is empty; try e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE
        )
    mode = Mode(args.mode)
    # The follow-up reading was fitted on the hybrid retriever's evidence.
    context = load_context_model(settings.index_dir) if mode is Mode.HYBRID else None
    mentor = Mentor(_load_retriever(settings, mode), context)
    if args.question is not None:
        reply = mentor.reply(args.question)
        print(
            json.dumps(reply_json(reply), ensure_ascii=False)
            if args.json
            else plain(reply, mentor.retriever.corpus)
        )
        return 0
    previous = None
    for question in read_question_lines(sys.stdin.buffer, sys.stderr):
        reply = mentor.reply(question, previous)
        if args.conversation:
            previous = reply.turn() or previous
        print(json.dumps(reply_json(reply), ensure_ascii=False), flush=True)
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


def reply_json(reply) -> dict:
    """`answered`, and `reason` when not; `follow_up` when the previous turn was used."""
    from bot.knowledge.reading.followup import FollowUp

    data: dict[str, object] = {"question": reply.question, "answered": reply.answered}
    if reply.reason is not None:
        data["reason"] = reply.reason.value
    if reply.language != "en":
        data["language"] = reply.language
    if reply.follow_up is not None:
        data["follow_up"] = reply.follow_up.value
        data["thread"] = reply.thread_question  # the earlier question it follows up
    if reply.answer is not None and reply.follow_up in (None, FollowUp.CONTEXT):
        passages = [(hit.passage, round(hit.score, 6)) for hit in reply.answer.hits]
    else:
        chosen = [reply.passage, *reply.related] if reply.passage else []
        passages = [(passage, None) for passage in chosen]
    data["passages"] = [
        {
            "id": passage.id,
            "section": passage.section,
            "title": passage.title,
            "text": passage.text,
            "score": score,
        }
        for passage, score in passages
    ]
    return data


def plain(reply, corpus) -> str:
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
    from bot.knowledge.deciding.context import load_context_model
    from bot.knowledge.fitting.evaluation import (
        evaluate,
        evaluate_dialogues,
        evaluate_languages,
        load_dialogues,
        load_language_questions,
        load_questions,
        score_by,
    )
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.retriever import Mode, Retriever, load_policy

    default = [] if args.dialogues or args.languages else [DEV_QUESTIONS]
    if not args.files and default and not DEV_QUESTIONS.is_file():
        raise CliError(
            "the development questions (tests/data/dev_questions.jsonl) come with a checkout "
            "of the source, not with the installed package: run this in a checkout, or name "
            "a question file: mentorbot eval FILE.jsonl",
            EXIT_USAGE,
        )
    files = args.files or default
    if args.fit and not files:
        raise CliError(
            "--fit needs the question files to fit on, e.g. mentorbot eval --fit "
            "tests/data/dev_questions.jsonl",
            EXIT_USAGE,
        )
    if args.fit and len(args.dialogues) == 1:
        raise CliError(
            "--fit with --dialogues needs two dialogue files or more, to hold one out at a time",
            EXIT_USAGE,
        )
    missing = [str(f) for f in [*files, *args.dialogues, *args.languages] if not f.is_file()]
    if missing:
        raise CliError(f"no such question file: {', '.join(missing)}", EXIT_USAGE)
    hybrid = _load_retriever(settings, Mode.HYBRID)
    retrievers = {
        mode: Retriever(
            hybrid.index,
            hybrid.embedder,
            load_policy(settings.index_dir, mode),
            mode,
            hybrid.decline_model,
        )
        for mode in (Mode.BM25, Mode.DENSE, Mode.HYBRID)
    }
    context = None if args.word_rules else load_context_model(settings.index_dir)
    mentor = Mentor(retrievers[Mode.HYBRID], context)
    if args.fit:
        _fit(retrievers, files, settings)
        if args.dialogues:
            _fit_context(mentor, args.dialogues, files, settings)

    for path in files:
        questions = load_questions(path)
        reports = {mode: evaluate(r, questions) for mode, r in retrievers.items()}
        hybrid_report = reports[Mode.HYBRID]
        print(
            f"\n{path.name}: {hybrid_report.in_domain} in-domain, "
            f"{hybrid_report.off_topic} off-topic questions"
        )
        print(f"{'':22}" + "".join(f"{mode.value:>10}" for mode in reports))
        for metric in hybrid_report.row():
            print(f"{metric:22}" + "".join(f"{r.row()[metric]:>10.3f}" for r in reports.values()))
        print(
            f"hybrid: top passage in the right section {hybrid_report.section_at_1:.3f}; "
            f"answered with the right passage {hybrid_report.answered_right_at_1:.3f}"
        )
        answers = retrievers[Mode.HYBRID].answer_batch([q.question for q in questions])
        for value, report in score_by(questions, answers, "style").items():
            print(
                f"  style {value:12} n={report.in_domain:<4} hit@1 {report.hit_at_1:.3f}  "
                f"hit@3 {report.hit_at_3:.3f}  declined {report.false_declines:.3f}"
            )
        for value, report in score_by(questions, answers, "kind").items():
            print(
                f"  off-topic {value:10} n={report.off_topic:<4} "
                f"declined {report.off_topic_declined:.3f}"
            )
        if args.misses:
            for question, got in hybrid_report.misses:
                print(f"  miss: {question!r} → {got}")

    for path in args.dialogues:
        dialogue_report = evaluate_dialogues(mentor, load_dialogues(path))
        print(
            f"\n{path.name}: {dialogue_report.dialogues} dialogues; first turn right "
            f"{dialogue_report.first_right:.3f}; second turn right "
            f"{dialogue_report.second_right:.3f}"
            + (
                f"; off-topic second turns declined {dialogue_report.off_topic_declined:.3f}"
                if dialogue_report.off_topic_declined is not None
                else ""
            )
        )
        for kind, rate in dialogue_report.by_kind.items():
            print(f"  {kind:12} {rate:.3f}")
        if args.misses:
            for first, second, got in dialogue_report.misses:
                print(f"  miss: {first!r} / {second!r} → {got}")
    for path in args.languages:
        language_report = evaluate_languages(mentor, load_language_questions(path))
        print(
            f"\n{path.name}: {language_report.messages} messages; recognised as not English "
            f"{language_report.detected:.3f}; told so or answered right "
            f"{language_report.told_or_right:.3f}"
        )
        if args.misses:
            for question in language_report.wrongly_answered:
                print(f"  miss: {question!r}")
    return 0


def _fit(retrievers: dict, files: list[Path], settings: Settings) -> None:
    from bot.knowledge.fitting.calibration import calibrate

    result = calibrate(retrievers, files, settings.index_dir)
    for name, rates in (
        ("two thresholds", result.thresholds),
        ("decline model", result.decline_model),
    ):
        if rates is not None:
            print(
                f"cross-validated, {name:14}: off-topic declined {rates.off_topic_declined:.3f}, "
                f"in-domain declined {rates.in_domain_declined:.3f}"
            )
    if result.model is None:
        print("Keeping the two thresholds: the decline model does not decline better here.")
    names = ", ".join(path.name for path in files)
    print(f"Fitted the decline decision on {names}; saved it to {result.saved_to}")


def _fit_context(mentor, dialogues: list[Path], files: list[Path], settings: Settings) -> None:
    from bot.knowledge.fitting.calibration import calibrate_context

    result = calibrate_context(mentor, dialogues, files, settings.index_dir)
    for name, scores in (("word rules", result.rules), ("context model", result.learned)):
        print(
            f"cross-validated, {name:13}: follow-ups right {scores.follow_ups_right:.3f}, "
            f"off-topic second turns declined {scores.off_topic_declined:.3f}, "
            f"questions after an answer right {scores.questions_right:.3f}"
        )
    if result.model is None:
        print("Keeping the word rules: the context model does not read follow-ups better.")
    names = ", ".join(path.name for path in dialogues)
    print(f"Fitted the follow-up reading on {names}; saved it to {result.saved_to}")


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


def _load_retriever(settings: Settings, mode):
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable
    from bot.knowledge.search.retriever import load_retriever

    try:
        return load_retriever(settings.corpus_dir, settings.index_dir, mode)
    except (IndexUnavailable, ModelUnavailable) as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


if __name__ == "__main__":
    sys.exit(main())
