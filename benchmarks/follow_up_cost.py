"""Per-message cost of a conversation (every message follows an answer), side by side.

After an answer, a message of up to 30 words is searched three ways (bot/knowledge/
reading/reader.py): alone, with the thread's question (by the two vectors, never embedded
itself), and that question alone, which the retriever usually still remembers. This
measures, in one process and alternating rounds so that machine noise hits every side:

- bare: SentenceTransformer.encode of each message, once;
- remembered: the bot's pipeline (Mentor with the fitted decisions);
- forgotten: the same with the retriever remembering no searches.

    .venv/bin/python -m benchmarks.follow_up_cost [--rounds 4]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from bot.knowledge.mentor import Mentor, load_mentor
from bot.knowledge.reading.thread import Turn
from bot.knowledge.search.retriever import Retriever

ROOT = Path(__file__).resolve().parent.parent
DIALOGUES = ("v2/dev_dialogues.jsonl", "v2/dev_dialogues_b.jsonl", "v2/dev_dialogues_c.jsonl")


def turns() -> list[str]:
    messages = []
    for name in DIALOGUES:
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            messages.extend(json.loads(line)["turns"])
    return messages


def conversation(mentor: Mentor, messages: list[str]) -> float:
    """Seconds per message, each read after the last answer."""
    previous: Turn | None = None
    started = time.perf_counter()
    for message in messages:
        reply = mentor.reply(message, previous)
        previous = reply.thread or previous
    return (time.perf_counter() - started) / len(messages)


def bare(retriever: Retriever, messages: list[str]) -> float:
    model = retriever.embedder._model
    started = time.perf_counter()
    for message in messages:
        model.encode([message], normalize_embeddings=True, show_progress_bar=False)
    return (time.perf_counter() - started) / len(messages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    args = parser.parse_args()
    fitted = load_mentor(ROOT / "corpus", ROOT / "index")
    loaded = fitted.retriever

    def mentor(remember: int) -> Mentor:
        retriever = Retriever(loaded.index, loaded.embedder, remember=remember)
        return Mentor(retriever, fitted.models)

    messages = turns()
    conversation(mentor(1024), messages[:20])  # warm-up
    print(f"{len(messages)} messages as one conversation; {args.rounds} alternating rounds")
    remembered, forgotten = [], []
    for number in range(1, args.rounds + 1):
        # A fresh retriever per round, so a round never profits from the one before.
        base = bare(loaded, messages)
        on = conversation(mentor(1024), messages)
        off = conversation(mentor(0), messages)
        remembered.append(on / base)
        forgotten.append(off / base)
        print(
            f"round {number}: bare encode {base * 1000:6.2f} ms   remembered {on * 1000:6.2f} ms "
            f"({on / base:.2f}x)   forgotten {off * 1000:6.2f} ms ({off / base:.2f}x)"
        )
    print(
        f"median: remembered {statistics.median(remembered):.2f}x, forgotten "
        f"{statistics.median(forgotten):.2f}x a bare encode per message"
    )


if __name__ == "__main__":
    main()
