"""mentorbot ask: a question answered in the terminal, as text or JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, TextIO

from bot.cli.common import EXIT_BROKEN_PIPE, EXIT_USAGE, CliError, load_mentor_or_fail
from bot.config import Settings

if TYPE_CHECKING:
    from bot.knowledge.mentor import Answer, Mentor, Reply
    from bot.knowledge.search.corpus import Corpus, Passage


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    if args.question is None and not args.json:
        raise CliError('give a question, e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE)
    if args.question is not None and not args.question.strip():
        raise CliError(
            'the question is empty; try e.g. mentorbot ask "Do I need a PhD?"', EXIT_USAGE
        )
    mentor = load_mentor_or_fail(settings)
    if args.question is not None:
        reply = mentor.reply(args.question)
        print(
            json.dumps(reply_json(reply, mentor), ensure_ascii=False)
            if args.json
            else plain(reply, mentor.corpus)
        )
        return 0
    thread = None
    try:
        for question in read_question_lines(sys.stdin.buffer, sys.stderr):
            reply = mentor.reply(question, thread)
            if args.conversation:
                thread = reply.thread or thread
            print(json.dumps(reply_json(reply, mentor), ensure_ascii=False), flush=True)
    except BrokenPipeError:
        # The reader stopped early (`mentorbot ask --json < questions | head`): end quietly,
        # as the shell's tools do. Python's docs: point stdout at devnull, so the flush at
        # exit can't raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_BROKEN_PIPE
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
