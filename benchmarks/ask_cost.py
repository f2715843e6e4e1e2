"""Per-question cost of `mentorbot ask --json` against bare sentence-transformers.

Both sides answer the same questions one at a time, in alternating rounds in one run, so
that machine noise hits both. Start-up is excluded: `mentorbot ask --json` runs as a real
process fed on stdin, and the clock runs from its first answer line to its last.

    .venv/bin/python -m benchmarks.ask_cost [--questions 400] [--rounds 7] [--conversation]

With --conversation, the messages are the development dialogues' turns sent as one
conversation (`ask --json --conversation`), so every message after the first follows an
answer and is read with the thread (bot/knowledge/reading/, deciding/followup.py); the
bare side still encodes each message once.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))


# Short and long, in-domain and off-topic, and a few in other languages: the mix students send.
QUESTION_FILES = (
    "dev_questions.jsonl",
    "heldout_a.jsonl",
    "v2/dev_questions.jsonl",  # 20 long messages (60-200 words) with the story first
    "v2/dev_languages.jsonl",
)


def questions(count: int) -> list[str]:
    pool = []
    for name in QUESTION_FILES:
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            pool.append(json.loads(line)["question"])
    return [pool[i % len(pool)] for i in range(count)]


DIALOGUE_FILES = ("v2/dev_dialogues.jsonl", "v2/dev_dialogues_b.jsonl")


def dialogue_turns(count: int) -> list[str]:
    pool = []
    for name in DIALOGUE_FILES:
        for line in (ROOT / "tests" / "data" / name).read_text().splitlines():
            pool.extend(json.loads(line)["turns"])
    return [pool[i % len(pool)] for i in range(count)]


def ours(batch: list[str], conversation: bool = False) -> float:
    """Seconds per question for `mentorbot ask --json`, from first answer to last."""
    process = subprocess.Popen(
        [MENTORBOT, "ask", "--json", *(["--conversation"] if conversation else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    stdin, stdout = process.stdin, process.stdout
    assert stdin and stdout
    payload = "".join(q.replace("\n", " ") + "\n" for q in batch)
    writer = threading.Thread(target=lambda: (stdin.write(payload), stdin.close()))
    writer.start()
    stamps = [time.perf_counter() for _ in iter(stdout.readline, "")]
    writer.join()
    process.wait()
    assert len(stamps) == len(batch), f"{len(stamps)} answers for {len(batch)} questions"
    return (stamps[-1] - stamps[0]) / (len(batch) - 1)


def bare(batch: list[str]) -> float:
    """Seconds per question for SentenceTransformer.encode, one question at a time."""
    from bot.knowledge.search.embedder import load_embedder

    model = load_embedder()._model
    model.encode([batch[0]], normalize_embeddings=True)  # warm-up, like ours' first line
    started = time.perf_counter()
    for question in batch[1:]:
        model.encode([question], normalize_embeddings=True, show_progress_bar=False)
    return (time.perf_counter() - started) / (len(batch) - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=400)
    # On a shared machine one round's ratio strays by up to ±0.3 (0.99x to 1.47x in one run);
    # the median of seven moved by 0.03 between two runs.
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--conversation", action="store_true", help="dialogue turns, in turn")
    args = parser.parse_args()
    batch = dialogue_turns(args.questions) if args.conversation else questions(args.questions)
    ratios = []
    kind = "dialogue turns as one conversation" if args.conversation else "questions"
    print(f"{args.questions} {kind}, one at a time; {args.rounds} alternating rounds")
    for number in range(1, args.rounds + 1):
        bare_cost, our_cost = bare(batch), ours(batch, args.conversation)
        ratios.append(our_cost / bare_cost)
        print(
            f"round {number}: bare encode {bare_cost * 1000:6.2f} ms/q   "
            f"mentorbot ask --json {our_cost * 1000:6.2f} ms/q   ratio {ratios[-1]:.2f}x"
        )
    target = "" if args.conversation else " (target: within 1.15x)"
    print(
        f"median ratio: {statistics.median(ratios):.2f}x "
        f"(rounds {min(ratios):.2f}x to {max(ratios):.2f}x){target}"
    )


if __name__ == "__main__":
    main()
