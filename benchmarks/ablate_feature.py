"""What one candidate feature of the follow-up choice is worth: the choice cross-validated
with and without it, on the same examples, side by side.

Quality, not speed: the chats are played once, as `mentorbot fit` plays them first (the
word rules set the threads, with the committed decline model), and the choice is then
cross-validated by writer at the default regularisation twice: as is, and with the
feature's column set to 0 for every passage. The turns where the feature is non-zero are
scored apart. About an hour on two cores.

    .venv/bin/python -m benchmarks.ablate_feature set_aside
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import replace

import numpy as np

from bot.config import PROJECT_ROOT
from bot.knowledge.deciding.decline import DeclineModel
from bot.knowledge.deciding.followup import (
    CANDIDATE_FEATURES,
    CROSSED,
    NONE_FEATURES,
    FollowUpModel,
)
from bot.knowledge.deciding.models import CALIBRATION_FILE, Models
from bot.knowledge.fitting import followup as choice
from bot.knowledge.fitting import sets
from bot.knowledge.fitting.baselines import WordRules
from bot.knowledge.fitting.fit import fold_groups, reading_examples, standalone_questions
from bot.knowledge.fitting.labelled import load_conversations, load_questions
from bot.knowledge.mentor import Mentor
from bot.knowledge.search.retriever import load_retriever


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("feature", choices=CANDIDATE_FEATURES)
    column = CANDIDATE_FEATURES.index(parser.parse_args().feature)
    started = time.monotonic()
    retriever = load_retriever(PROJECT_ROOT / "corpus", PROJECT_ROOT / "index")
    saved = json.loads((retriever.index.folder / CALIBRATION_FILE).read_text(encoding="utf-8"))
    decline = DeclineModel.from_json(saved["decline"])
    question_files, chat_files = sets.fit_questions(), sets.fit_conversations()
    groups = fold_groups([f.fold for f in [*question_files, *chat_files]])
    chats = [(c, str(groups[f.fold])) for f in chat_files for c in load_conversations(f.path)]
    questions = [(q, str(groups[f.fold])) for f in question_files for q in load_questions(f.path)]
    questions += [(q, fold) for c, fold in chats for q in standalone_questions(c)]
    placeholder = FollowUpModel(
        np.zeros(len(CROSSED)), np.zeros(len(NONE_FEATURES)), np.zeros(len(CROSSED)),
        np.ones(len(CROSSED)),
    )  # fmt: skip
    mentor = Mentor(retriever, Models(decline, placeholder, retriever.index.manifest.corpus_hash))
    mentor.follow_up = WordRules(decline.threshold)
    examples, more_examples = reading_examples(mentor, chats, questions)
    more = choice.fit_more_detector(more_examples)
    touched = [bool(e.situation.candidates[:, column].any()) for e in examples]
    print(f"{len(examples)} examples, {sum(touched)} with the feature non-zero "
          f"({time.monotonic() - started:.0f} s)", flush=True)  # fmt: skip

    def without(example: choice.Example) -> choice.Example:
        candidates = example.situation.candidates.copy()
        candidates[:, column] = 0.0
        return replace(example, situation=replace(example.situation, candidates=candidates))

    for name, data in (("with it", examples), ("without it", [without(e) for e in examples])):
        chosen = choice.cross_validate(data, choice.DEFAULT_L2, more)
        scores = choice.score(data, chosen)
        right = [
            choice.is_right_choice(e, c) for e, c, t in zip(data, chosen, touched, strict=True) if t
        ]
        print(f"{name}: follow-ups {scores.follow_ups_right:.3f}, off-topic declined "
              f"{scores.off_topic_declined:.3f}, after another answer "
              f"{scores.questions_after_answers_right:.3f}, more {scores.more_right:.3f}; "
              f"turns with the feature {sum(right)}/{len(right)} "
              f"({time.monotonic() - started:.0f} s)", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
