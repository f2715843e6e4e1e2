"""mentorbot index, eval, fit and publish: building, measuring and improving the answers."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from bot.cli.common import (
    EXIT_USAGE,
    EXIT_WORSE,
    CliError,
    load_mentor_or_fail,
    load_retriever,
)
from bot.config import Settings, project_path

# Labelled questions for `eval`. They come with a checkout of the source, not with the
# installed package, so `eval` without files says so when they aren't there.
DEV_QUESTIONS = project_path("tests/data/dev_questions.jsonl")


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


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.fitting.baselines import WordRules
    from bot.knowledge.fitting.evaluation import (
        by_attribute,
        chat_report,
        evaluate_questions,
        evaluate_ranking,
        play,
        pooled_report,
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
    mentor = load_mentor_or_fail(settings)
    if args.word_rules:
        mentor.follow_up = WordRules(mentor.models.decline.threshold)
    pooled = []
    for path in files:
        questions = _read(load_questions, path)
        pooled.extend(questions)
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
    if len(files) > 1:
        print(render_questions(f"all {len(files)} files", evaluate_questions(mentor, pooled)))
    files_played = []
    for path in args.conversations:
        files_played.append(play(mentor, _read(load_conversations, path)))
        print(render_chats(_name(path), chat_report(files_played[-1]), args.misses))
    if len(files_played) > 1:
        print(render_chats(f"all {len(files_played)} files", pooled_report(files_played)))
    return 0


def cmd_readings(args: argparse.Namespace, settings: Settings) -> int:
    from bot.knowledge.fitting.readings import compare, held_out_files, open_files, snapshot

    before = _load_readings(args.compare) if args.compare else None
    if args.files:
        _check_files(args.files)
        open_paths, held_out_paths = list(args.files), []
    else:
        open_paths = open_files()
        held_out_paths = [f.path for f in held_out_files() if f.exists]
        if not open_paths:
            raise CliError(
                "no labelled files: they come with a checkout of the source (tests/data/); "
                "run this in a checkout, or name them",
                EXIT_USAGE,
            )
    try:
        after = snapshot(open_paths, held_out_paths)
    except (ValueError, KeyError, TypeError) as exc:
        raise CliError(f"a labelled file is not as expected: {exc}", EXIT_USAGE) from None
    args.out.write_text(json.dumps(after, ensure_ascii=False), encoding="utf-8")
    print(f"{len(after['open'])} open and {len(after['held_out'])} held-out texts → {args.out}")
    if before is None:
        return 0
    changes = compare(before, after)
    for text, old, new in changes.open:
        print(f"  {old} → {new}\n    {text}")
    print(
        f"{len(changes.open)} of {changes.open_total} open texts and {changes.held_out} of "
        f"{changes.held_out_total} held-out texts read differently"
    )
    return 0


def _load_readings(path: Path) -> dict[str, dict]:
    _check_files([path])
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise CliError(
            f"{path}: not readings saved by `mentorbot readings` ({exc})", EXIT_USAGE
        ) from None
    if not isinstance(loaded, dict) or not isinstance(loaded.get("open"), dict):
        raise CliError(f"{path}: not readings saved by `mentorbot readings`", EXIT_USAGE)
    return loaded


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
    retriever = load_retriever(settings)
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
