"""The decline model: fitting, storing, and using it in the retriever."""

from __future__ import annotations

import json

import numpy as np
import pytest

from bot.knowledge.decline import (
    FEATURES,
    DeclineModel,
    TrainingSet,
    best_threshold,
    cross_validated_answers,
    fit_decline_model,
    fit_logistic,
)
from bot.knowledge.retriever import CALIBRATION_FILE, load_decline_model
from tests.conftest import INDEX


def test_logistic_regression_finds_the_separating_direction():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 3))
    y = (x[:, 1] - 0.5 * x[:, 2] > 0).astype(float)
    weights, _ = fit_logistic(x, y, l2=0.1)
    assert abs(weights[0]) < 0.2 * abs(weights[1])
    assert weights[1] > 0 > weights[2]


def test_an_example_weighted_twice_counts_as_two():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(60, 2))
    y = (x[:, 0] + rng.normal(scale=0.5, size=60) > 0).astype(float)
    weights = np.where(np.arange(60) < 20, 2.0, 1.0)
    doubled = fit_logistic(np.vstack([x, x[:20]]), np.concatenate([y, y[:20]]), l2=1.0)
    weighted = fit_logistic(x, y, l2=1.0, weights=weights)
    assert np.allclose(doubled[0], weighted[0]) and np.isclose(doubled[1], weighted[1])


def test_the_threshold_sits_in_the_middle_of_the_best_run():
    on_topic = np.array([True] * 4 + [False] * 4)
    probability = np.array([0.9, 0.8, 0.75, 0.7, 0.3, 0.2, 0.1, 0.05])
    threshold = best_threshold(probability, on_topic)
    assert 0.45 <= threshold <= 0.55  # anything in (0.3, 0.7] separates; the middle is safest


def _synthetic(rng: np.random.Generator, n: int, folds: int = 3) -> TrainingSet:
    on_topic = rng.random(n) < 0.6
    evidence = rng.normal(size=(n, len(FEATURES))) + on_topic[:, None] * 0.8
    vectors = rng.normal(size=(n, 8)) + on_topic[:, None] * np.eye(8)[0] * 2
    examples = rng.normal(size=(60, 8)) + np.r_[np.ones(30), np.zeros(30)][:, None] * np.eye(8)[0]
    return TrainingSet(
        examples=examples,
        in_scope=np.r_[np.ones(30), np.zeros(30)],
        evidence=evidence,
        vectors=vectors,
        on_topic=on_topic,
        folds=np.arange(n) % folds,
    )


def test_the_model_separates_what_it_was_not_fitted_on():
    rng = np.random.default_rng(1)
    data = _synthetic(rng, 300)
    answered = cross_validated_answers(data)
    accuracy = np.mean(answered == data.on_topic)
    assert accuracy > 0.9


def test_the_model_survives_a_round_trip_through_json():
    model = fit_decline_model(_synthetic(np.random.default_rng(2), 120))
    restored = DeclineModel.from_json(json.loads(json.dumps(model.to_json())))
    assert restored is not None
    evidence, vectors = np.ones((1, len(FEATURES))), np.ones((1, 8))
    assert restored.probability(evidence, vectors) == pytest.approx(
        model.probability(evidence, vectors), abs=1e-6
    )


def test_a_model_fitted_on_other_features_is_ignored():
    stored = fit_decline_model(_synthetic(np.random.default_rng(3), 60)).to_json()
    stored["features"] = ["similarity", "margin"]
    assert DeclineModel.from_json(stored) is None


def test_the_committed_calibration_holds_a_decline_model_the_retriever_uses(retriever):
    model = load_decline_model(INDEX)
    assert model is not None and retriever.decline_model is not None
    assert len(model.topic_weights) == retriever.embedder.dimension
    stored = json.loads((INDEX / CALIBRATION_FILE).read_text())
    assert len(stored["fitted_on"]) >= 2  # cross-validated across files before it was kept
    questions = ["do I need a phd?", "how do I become a nurse?", "is colab free?"]
    vectors = retriever.embedder.encode(questions)
    for question, vector, answer in zip(
        questions, vectors, retriever.answer_batch(questions), strict=True
    ):
        assert answer.answered == model.answers(answer.evidence, vector), question
    assert [a.answered for a in retriever.answer_batch(questions)] == [True, False, True]


@pytest.mark.slow
def test_eval_fit_compares_by_held_out_files_and_saves_the_better_decision(retriever, tmp_path):
    import shutil

    from bot.knowledge.calibration import calibrate
    from bot.knowledge.retriever import Mode, Retriever, load_policy
    from tests.conftest import PROJECT_ROOT

    index_dir = tmp_path / "index"
    shutil.copytree(INDEX, index_dir)
    retrievers = {
        mode: Retriever(retriever.index, retriever.embedder, load_policy(INDEX, mode), mode)
        for mode in Mode
    }
    data = PROJECT_ROOT / "tests" / "data"
    files = [
        data / "dev_questions.jsonl",
        data / "heldout_a.jsonl",
        data / "v2" / "dev_questions.jsonl",
    ]
    result = calibrate(retrievers, files, index_dir)

    assert result.thresholds is not None and result.decline_model is not None
    kept = result.decline_model.loss < result.thresholds.loss
    assert (result.model is not None) is kept
    assert all(r.decline_model is result.model for r in retrievers.values())
    stored = json.loads((index_dir / CALIBRATION_FILE).read_text())
    assert ("hybrid_model" in stored) is kept
    assert stored["fitted_on"] == [str(path) for path in files]
    loaded = load_decline_model(index_dir)
    assert (loaded is not None) is kept
    if loaded is not None and result.model is not None:
        assert loaded.weights == result.model.weights
        assert loaded.threshold == result.model.threshold
    assert 0.9 <= result.thresholds.off_topic_declined <= 1.0
