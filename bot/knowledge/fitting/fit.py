"""`mentorbot fit`: fit every decision the bot runs, on every open labelled file, and save
them in index/calibration.json for the index they were fitted on.

1. The decline model, on labelled questions: the question files, the code-mixed files, and
   the standalone turns and parts of the chats. Cross-validated against two thresholds.
2. The follow-up choice and the "more" detector, on the chats, played through the bot with
   the new decline model: once with the word rules to set the threads, then again with the
   first fit, so that the threads the final fit learns from are the ones it makes itself.
   Cross-validated (one writer held out at a time) against the word rules.

Both are kept whatever the comparison says (the bot runs no fallback), and the figures are
printed and saved beside them so a worse refit is seen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.config import PROJECT_ROOT
from bot.knowledge.deciding.followup import CROSSED, NONE_FEATURES, FollowUpModel
from bot.knowledge.deciding.models import Models, save_models
from bot.knowledge.fitting import followup as choice
from bot.knowledge.fitting.baselines import WordRules
from bot.knowledge.fitting.decline import DeclineRates, decline_data, fit_with_threshold
from bot.knowledge.fitting.decline import cross_validate as cross_validate_decline
from bot.knowledge.fitting.labelled import (
    Conversation,
    LabelledQuestion,
    load_conversations,
    load_questions,
)
from bot.knowledge.fitting.sets import Labelled
from bot.knowledge.mentor import Mentor
from bot.knowledge.search.retriever import Retriever

Progress = Callable[[str], None]
FOLD_GROUPS = 5


@dataclass(frozen=True)
class Fitted:
    models: Models
    decline: DeclineRates  # cross-validated
    thresholds: DeclineRates  # the baseline, cross-validated the same way
    follow_up: choice.ChoiceScores  # cross-validated
    word_rules: choice.ChoiceScores
    l2: float
    saved_to: Path

    def figures(self) -> dict[str, float]:
        return {
            "decline: off-topic declined": self.decline.off_topic_declined,
            "decline: in-domain declined": self.decline.in_domain_declined,
            "thresholds: off-topic declined": self.thresholds.off_topic_declined,
            "thresholds: in-domain declined": self.thresholds.in_domain_declined,
            "follow-ups right": self.follow_up.follow_ups_right,
            "follow-ups: off-topic declined": self.follow_up.off_topic_declined,
            "follow-ups: questions after another answer right": (
                self.follow_up.questions_after_answers_right
            ),
            "follow-ups: more right": self.follow_up.more_right,
            "word rules: follow-ups right": self.word_rules.follow_ups_right,
            "word rules: off-topic declined": self.word_rules.off_topic_declined,
            "word rules: questions after another answer right": (
                self.word_rules.questions_after_answers_right
            ),
            "word rules: more right": self.word_rules.more_right,
        }


def fit(
    retriever: Retriever,
    question_files: Sequence[Labelled],
    conversation_files: Sequence[Labelled],
    progress: Progress = print,
    cross_validate: bool = True,
) -> Fitted:
    """Fit on the retriever's index version, and save the decisions in its folder.

    Without `cross_validate` (publishing from the console), the follow-up choice takes the
    default regularisation and no cross-validated figures are computed: a third of the time.
    """
    if len({f.fold for f in question_files}) < 2 or len({f.fold for f in conversation_files}) < 2:
        raise ValueError("fitting needs question and chat files from two writers or more")
    groups = fold_groups([f.fold for f in [*question_files, *conversation_files]])
    chats = [
        (c, str(groups[f.fold])) for f in conversation_files for c in load_conversations(f.path)
    ]
    questions = [(q, str(groups[f.fold])) for f in question_files for q in load_questions(f.path)]
    questions += [(q, fold) for c, fold in chats for q in standalone_questions(c)]
    index_hash = retriever.index.manifest.corpus_hash

    progress(f"Searching {len(questions)} labelled questions…")
    data = decline_data(retriever, [q for q, _ in questions], [int(f) for _, f in questions])
    progress("Fitting whether to answer…")
    decline, out_of_fold = fit_with_threshold(data)
    unknown = DeclineRates(float("nan"), float("nan"))
    by_model, by_thresholds = (
        cross_validate_decline(data, out_of_fold, decline.threshold)
        if cross_validate
        else (unknown, unknown)
    )

    placeholder = FollowUpModel(
        np.zeros(len(CROSSED)), np.zeros(len(NONE_FEATURES)), np.zeros(len(CROSSED)),
        np.ones(len(CROSSED)),
    )  # fmt: skip
    mentor = Mentor(retriever, Models(decline, placeholder, index_hash))
    rules = WordRules(decline.threshold)
    mentor.follow_up = rules
    progress(f"Playing {len(chats)} chats with the word rules…")
    bootstrap, more_examples = reading_examples(mentor, chats, questions)
    more = choice.fit_more_detector(more_examples)
    mentor.follow_up = choice.fit_choice(bootstrap, choice.DEFAULT_L2, more)
    progress("Playing the chats again with the first fit…")
    examples, _ = reading_examples(mentor, chats, questions)
    l2 = choice.DEFAULT_L2
    nothing = choice.ChoiceScores(float("nan"), float("nan"), float("nan"))
    scores = {l2: nothing}
    if cross_validate:
        progress(f"Cross-validating the follow-up choice on {len(examples)} turns…")
        by_l2 = {l2: choice.cross_validate(examples, l2, more) for l2 in choice.L2_GRID}
        scores = {l2: choice.score(examples, chosen) for l2, chosen in by_l2.items()}
        l2 = max(scores, key=lambda k: scores[k].score)
    final = choice.fit_choice(examples, l2, more)
    word_rules = (
        choice.score(examples, [rules.choose(e.situation) for e in examples])
        if cross_validate
        else nothing
    )
    models = Models(decline, final, index_hash)
    fitted = Fitted(models, by_model, by_thresholds, scores[l2], word_rules, l2, Path())
    notes = {
        "fitted_on": sorted({_shown(f.path) for f in [*question_files, *conversation_files]}),
        "l2": l2,
        "cross_validated": fitted.figures() if cross_validate else {},
    }
    saved = save_models(retriever.index.folder, models, notes)
    return Fitted(models, by_model, by_thresholds, scores[l2], word_rules, l2, saved)


def reading_examples(
    mentor: Mentor,
    chats: list[tuple[Conversation, str]],
    questions: list[tuple[LabelledQuestion, str]],
) -> tuple[list[choice.Example], list[choice.MoreExample]]:
    """The reading model's examples (every later turn read with its thread, and questions
    after an unrelated answer) and the "more" detector's, each in its writer's fold."""
    examples, more, openers = choice.examples_from_chats(mentor, chats)
    examples += choice.examples_after_unrelated_answers(mentor, questions, openers)
    return choice.with_out_of_fold_more(examples, more), more


def standalone_questions(conversation: Conversation) -> list[LabelledQuestion]:
    """Turns of a chat that stand alone as labelled questions: first questions, changes of
    topic, unrelated off-topic messages, and the parts of several questions."""
    found = []
    for turn in conversation.turns:
        if turn.kind == "question" and turn.label.on_topic:
            found.append(turn.label)
        elif turn.kind == "off-topic" and turn.leans is False:
            found.append(LabelledQuestion(turn.text, None))
        elif turn.kind == "multi":
            found += list(turn.parts)
    return found


def fold_groups(folds: Sequence[str], groups: int = FOLD_GROUPS) -> dict[str, int]:
    """Writers and files dealt into a few cross-validation folds, whole: a writer is never
    on both sides of a fold. Fewer folds keep fitting to minutes (the decline model nests a
    fit per fold inside each fit)."""
    names = sorted(set(folds))
    return {name: i % groups for i, name in enumerate(names)}


def _shown(path: Path) -> str:
    """A labelled file as the project names it: relative, so no machine's folders are kept."""
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else path.name
