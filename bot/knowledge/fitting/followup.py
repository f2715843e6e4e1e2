"""Fitting the follow-up choice (deciding/followup.py) on labelled chats.

Every chat is played through the bot; at each later turn that is read with the thread
(a question, a follow-up, "more", a doubt, an off-topic message, each part of several
questions), the situation the choice saw is kept with what would have been right: the
passages the label accepts (for "more": only ones the chat hasn't shown), or "none" for an
off-topic turn. Labelled questions asked after an unrelated answer are examples too (read
alone), weighted less because those pairs are made up.

The choice is a conditional logit: P(candidate) ∝ exp(utility), over the allowed passages
and "none"; fitting maximises the probability of the right set, L2-regularised, by
L-BFGS. The regularisation is chosen by cross-validation, one writer held out at a time,
so it is chosen for writers it hasn't seen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np
from scipy.optimize import minimize
from scipy.special import logsumexp

from bot.knowledge.deciding.followup import NONE_FEATURES, FollowUpModel, Situation
from bot.knowledge.deciding.logistic import Logistic
from bot.knowledge.fitting.evaluation import Chat, play_turns
from bot.knowledge.fitting.labelled import Conversation, LabelledQuestion
from bot.knowledge.mentor import Mentor, Reply
from bot.knowledge.reading.reader import Reading, read
from bot.knowledge.reading.thread import Turn

MORE_L2 = 0.1  # the "more" detector reads 384 embedding dimensions: it needs room
L2_GRID = (1.0, 3.0, 10.0)
DEFAULT_L2 = 3.0  # the middle of the grid, for a fit without cross-validation
MADE_UP_WEIGHT = 0.3
JUDGED_KINDS = ("question", "leaning", "more", "doubt", "off-topic", "multi")


@dataclass(frozen=True, eq=False)
class Example:
    situation: Situation
    labelled: np.ndarray  # per passage: what the label accepts
    none_right: bool
    fold: str
    weight: float
    kind: str  # the labelled kind; "made-up" for a question asked after an unrelated answer
    vector: np.ndarray | None = None  # the message's embedding, for the "more" detector

    @property
    def right(self) -> np.ndarray:
        """Per passage: accepted by the label, and one the situation lets the bot choose."""
        return self.labelled & self.situation.allowed

    @property
    def choosable(self) -> bool:
        """Something right to choose, a passage or "none"."""
        return self.none_right or bool(self.right.any())

    def with_more_probability(self, probability: float) -> Example | None:
        """This example as a detector that never saw its writer would read it; None when
        that leaves nothing right to choose."""
        moved = replace(self, situation=self.situation.with_more_probability(probability))
        return moved if moved.choosable else None


@dataclass(frozen=True, eq=False)
class MoreExample:
    vector: np.ndarray
    asks_for_more: bool
    fold: str


def examples_from_chats(
    mentor: Mentor, chats: Sequence[tuple[Conversation, str]]
) -> tuple[list[Example], list[MoreExample], list[Turn]]:
    """(choice examples, "more" detector examples, the threads first answers opened)."""
    examples: list[Example] = []
    more: list[MoreExample] = []
    openers: list[Turn] = []
    folds = [fold for _, fold in chats]

    def learn(chat: Chat, position: int, reading: Reading, searches: dict, reply: Reply) -> None:
        turn = chat.conversation.turns[position]
        thread = chat.thread
        if thread is not None and turn.kind in JUDGED_KINDS:
            labels = turn.parts if turn.kind == "multi" else (turn.label,) * len(reading.parts)
            for part, label in zip(reading.parts, labels, strict=False):
                if part.context_query is None:
                    continue
                seen = mentor.situation(part, searches, thread)
                fold = folds[chat.number]
                vector = searches[part.query].vector
                if vector is not None:
                    more.append(MoreExample(vector, turn.kind == "more", fold))
                example = _example(seen, turn.kind, label, chat.shown, mentor, fold, 1.0, vector)
                if example is not None:
                    examples.append(example)
        if position == 0 and reply.thread is not None:
            openers.append(reply.thread)

    play_turns(mentor, [c for c, _ in chats], learn)
    return examples, more, openers


def examples_after_unrelated_answers(
    mentor: Mentor, questions: Sequence[tuple[LabelledQuestion, str]], openers: list[Turn]
) -> list[Example]:
    """Each question asked right after some other answer: it should be read alone."""
    if not openers:
        return []
    readings = [
        (question, fold, read(question.question, openers[(j * 7) % len(openers)]))
        for j, (question, fold) in enumerate(questions)
    ]
    readings = [(q, f, r) for q, f, r in readings if len(r.parts) == 1 and r.parts[0].context_query]
    queries = list(dict.fromkeys(query for _, _, r in readings for query in r.queries))
    found = dict(zip(queries, mentor.retriever.search_batch(queries), strict=True))
    examples = []
    for question, fold, reading in readings:
        assert reading.thread is not None
        seen = mentor.situation(reading.parts[0], found, reading.thread)
        kind = "question" if question.on_topic else "off-topic"
        vector = found[reading.parts[0].query].vector
        example = _example(seen, kind, question, set(), mentor, fold, MADE_UP_WEIGHT, vector)
        if example is not None:
            examples.append(_made_up(example))
    return examples


def _made_up(example: Example) -> Example:
    return replace(example, kind="made-up")


def _example(
    seen: Situation,
    kind: str,
    label: LabelledQuestion,
    shown: set[str],
    mentor: Mentor,
    fold: str,
    weight: float,
    vector: np.ndarray | None,
) -> Example | None:
    passages = mentor.corpus.passages
    if kind == "off-topic" or not label.on_topic:
        labelled = np.zeros(len(passages), dtype=bool)
    elif kind == "more":
        labelled = np.array([p.id not in shown and label.is_right(p) for p in passages])
    else:
        labelled = np.array([label.is_right(p) for p in passages])
    none_right = not labelled.any() and (kind in ("off-topic", "more") or not label.on_topic)
    example = Example(seen, labelled, none_right, fold, weight, kind, vector)
    return example if example.choosable else None  # else the label names nothing to show


# ── the conditional logit ────────────────────────────────────────────────────


def softmax_within(utilities: np.ndarray, among: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's log-normaliser and probabilities of a softmax over the options `among`.

    The others are masked before exp(), not after: a wrong candidate's utility may exceed the
    right ones' by more than exp() can hold."""
    masked = np.where(among, utilities, -np.inf)
    log_total = logsumexp(masked, axis=1)
    return log_total, np.exp(masked - log_total[:, None])


def fit_choice(examples: Sequence[Example], l2: float, more: Logistic | None) -> FollowUpModel:
    crossed = np.stack([e.situation.crossed() for e in examples])  # T × passages × CROSSED
    t, n, f = crossed.shape
    flat = crossed.reshape(-1, f)
    mean, scale = flat.mean(axis=0), flat.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.ascontiguousarray((flat - mean) / scale)  # (T · passages) × CROSSED, for BLAS
    none = np.stack([e.situation.none() for e in examples])
    allowed = np.stack([e.situation.allowed for e in examples])
    right = np.column_stack(
        [np.stack([e.right for e in examples]), [e.none_right for e in examples]]
    )
    weight = np.array([e.weight for e in examples])

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, v = theta[:f], theta[f:]
        passages = np.where(allowed, (z @ w).reshape(t, n), -np.inf)
        utilities = np.concatenate([passages, (none @ v)[:, None]], axis=1)
        every, p_every = softmax_within(utilities, np.isfinite(utilities))
        chosen, p_right = softmax_within(utilities, right)
        d = weight[:, None] * (p_every - p_right)
        shrink_v = v.copy()
        shrink_v[0] = 0.0  # the "none" option's constant is not shrunk
        value = float(weight @ (every - chosen)) + l2 / 2 * (w @ w + shrink_v @ shrink_v)
        gradient_w = d[:, :-1].reshape(-1) @ z + l2 * w
        gradient_v = d[:, -1] @ none + l2 * shrink_v
        return value, np.concatenate([gradient_w, gradient_v])

    start = np.zeros(f + len(NONE_FEATURES))
    result = minimize(
        loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 300, "gtol": 1e-4}
    )
    return FollowUpModel(result.x[:f], result.x[f:], mean, scale, more)


def fit_more_detector(examples: Sequence[MoreExample]) -> Logistic | None:
    labels = np.array([e.asks_for_more for e in examples])
    if not labels.any() or labels.all():
        return None
    vectors = np.stack([e.vector for e in examples])
    names = [f"e{i}" for i in range(vectors.shape[1])]
    return Logistic.fit(vectors, labels, names, MORE_L2, standardise=False)


def with_out_of_fold_more(
    examples: Sequence[Example], more: Sequence[MoreExample]
) -> list[Example]:
    """The examples with the "more" probability of a detector fitted without their fold.
    The detector reads 384 dimensions and fits its own writers almost perfectly; the choice
    must learn how far to trust it on a writer it hasn't seen."""
    kept: list[Example] = []
    for fold in sorted({e.fold for e in examples}):
        detector = fit_more_detector([m for m in more if m.fold != fold])
        for example in (e for e in examples if e.fold == fold):
            p = 0.0
            if detector is not None and example.vector is not None:
                p = float(detector.probability(example.vector)[0])
            if (moved := example.with_more_probability(p)) is not None:
                kept.append(moved)
    return kept


def is_right_choice(example: Example, chosen: int | None) -> bool:
    return example.none_right if chosen is None else bool(example.right[chosen])


@dataclass(frozen=True)
class ChoiceScores:
    follow_ups_right: float  # chat turns that should be answered
    off_topic_declined: float  # chat turns that should be declined
    questions_after_answers_right: float  # made-up: labelled questions after another answer
    more_right: float = float("nan")  # requests for more, the weakest kind: reported, not scored

    @property
    def score(self) -> float:
        chats = (self.follow_ups_right + self.off_topic_declined) / 2
        return (2 * chats + self.questions_after_answers_right) / 3


def score(examples: Sequence[Example], chosen: Sequence[int | None]) -> ChoiceScores:
    def rate(keep: Callable[[Example], bool]) -> float:
        judged = [is_right_choice(e, c) for e, c in zip(examples, chosen, strict=True) if keep(e)]
        return float(np.mean(judged)) if judged else float("nan")

    return ChoiceScores(
        follow_ups_right=rate(lambda e: e.kind not in ("off-topic", "made-up")),
        off_topic_declined=rate(lambda e: e.kind == "off-topic"),
        questions_after_answers_right=rate(lambda e: e.kind == "made-up"),
        more_right=rate(lambda e: e.kind == "more"),
    )


def cross_validate(
    examples: Sequence[Example], l2: float, more: Logistic | None
) -> list[int | None]:
    """Each example chosen by a model fitted without its fold (writer or file)."""
    chosen: list[int | None] = [None] * len(examples)
    for fold in sorted({e.fold for e in examples}):
        train = [e for e in examples if e.fold != fold]
        model = fit_choice(train, l2, more)
        for i, e in enumerate(examples):
            if e.fold == fold:
                chosen[i] = model.choose(e.situation)
    return chosen
