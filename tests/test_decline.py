"""Whether to answer at all: the decline model, its fitting, and the committed one in use."""

from __future__ import annotations

import numpy as np
import pytest

from bot.knowledge.deciding.decline import DECISION_INPUTS, DeclineModel
from bot.knowledge.deciding.logistic import newton
from bot.knowledge.fitting.baselines import fit_thresholds
from bot.knowledge.fitting.decline import (
    THRESHOLDS,
    DeclineData,
    best_threshold,
    cross_validate,
    fit_decline,
    fit_with_threshold,
    lowest,
    searched_as,
)
from bot.knowledge.fitting.labelled import LabelledQuestion
from bot.knowledge.search.retriever import EVIDENCE, Search


def test_an_example_weighted_twice_counts_as_two():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(60, 2))
    y = (x[:, 0] + rng.normal(scale=0.5, size=60) > 0).astype(float)
    weights = np.where(np.arange(60) < 20, 2.0, 1.0)
    doubled = newton(np.vstack([x, x[:20]]), np.concatenate([y, y[:20]]), l2=1.0)
    weighted = newton(x, y, l2=1.0, sample_weight=weights)
    assert np.allclose(doubled[0], weighted[0]) and np.isclose(doubled[1], weighted[1])


def test_the_threshold_sits_in_the_middle_of_the_best_run():
    on_topic = np.array([True] * 4 + [False] * 4)
    probability = np.array([0.9, 0.8, 0.75, 0.7, 0.3, 0.2, 0.1, 0.05])
    threshold = best_threshold(probability, on_topic)
    assert 0.45 <= threshold <= 0.55  # anything in (0.3, 0.7] separates; the middle is safest


def test_the_threshold_does_not_follow_a_lone_dip():
    """Low and broad between 0.6 and 0.75, higher after, with one lone dip at 0.85 (the
    shape of the out-of-fold curve that once moved the threshold to 0.85): the broad low
    stretch wins."""
    loss = np.where(THRESHOLDS < 0.6, 0.3, np.where(THRESHOLDS <= 0.75, 0.15, 0.16))
    loss[np.flatnonzero(THRESHOLDS == 0.85)] = 0.145
    assert THRESHOLDS[loss.argmin()] == 0.85
    assert 0.6 <= lowest(THRESHOLDS, loss) <= 0.75


def _synthetic(rng: np.random.Generator, n: int, folds: int = 3) -> DeclineData:
    on_topic = rng.random(n) < 0.6
    searches = []
    for on in on_topic:
        evidence = rng.normal(size=len(EVIDENCE)) + on * 0.8
        vector = rng.normal(size=8) + on * np.eye(8)[0] * 2
        similarity = np.array([0.2 + 0.4 * on + rng.normal(scale=0.1)])
        searches.append(Search("q", (), similarity, similarity, 0.3, evidence, vector))
    labels = [LabelledQuestion("q", "myths" if on else None) for on in on_topic]
    examples = rng.normal(size=(60, 8)) + np.r_[np.ones(30), np.zeros(30)][:, None] * np.eye(8)[0]
    return DeclineData(
        examples, np.r_[np.ones(30), np.zeros(30)], labels, searches, np.arange(n) % folds,
        np.zeros(n),
    )  # fmt: skip


def test_the_model_separates_what_it_was_not_fitted_on():
    rng = np.random.default_rng(2)
    model = fit_decline(_synthetic(rng, 300))
    test = _synthetic(rng, 300)
    decided = model.probabilities(test.evidence, test.vectors) >= model.threshold
    assert np.mean(decided == test.on_topic) > 0.85


def test_cross_validation_reports_the_model_and_the_two_thresholds_alike():
    data = _synthetic(np.random.default_rng(3), 240)
    model, out_of_fold = fit_with_threshold(data)
    by_model, by_thresholds = cross_validate(data, out_of_fold, model.threshold)
    for rates in (by_model, by_thresholds):
        assert 0 <= rates.in_domain_declined <= 1 and 0 <= rates.off_topic_declined <= 1
    assert by_model.loss < 0.6  # separable data, judged on folds it wasn't fitted on


def test_the_model_survives_a_round_trip_through_json(mentor):
    model = mentor.models.decline
    again = DeclineModel.from_json(model.to_json())
    search = mentor.retriever.search("is colab free?")
    assert again.probability(search) == pytest.approx(model.probability(search))
    assert list(model.decision.names) == list(DECISION_INPUTS)


def test_two_thresholds_are_fitted_between_in_domain_and_off_topic(retriever):
    questions = [
        LabelledQuestion("is colab free?", "practice"),
        LabelledQuestion("do I need a phd for an ML internship?", "myths"),
        LabelledQuestion("how do I practice for the coding interview?", "practice"),
        LabelledQuestion("give me a recipe for banana bread", None),
        LabelledQuestion("who won the champions league", None),
    ]
    searches = retriever.search_batch([q.question for q in questions])
    thresholds = fit_thresholds(questions, searches)
    assert [thresholds.answers(s) for s in searches] == [True, True, True, False, False]


@pytest.mark.parametrize(
    "question",
    [
        "what's the weather in paris tomorrow",
        "give me a recipe for banana bread",
        "how do I get an internship at a law firm",
        "explain how dropout works",
        "who won the champions league",
        "how much do google interns earn",
    ],
)
def test_the_committed_model_declines_off_topic_questions(mentor, question):
    assert not mentor.models.decline.answers(mentor.retriever.search(question))
    assert mentor.reply(question).passage is None


def test_fitting_searches_what_the_bot_searches():
    assert searched_as("bhai kya PhD zaroori hai?") == ("PhD necessary?", 0.8)
    assert searched_as("do I need a phd? and is colab free?") is not None
    assert searched_as("thanks a lot!") is None
