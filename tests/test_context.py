"""The follow-up reading: alone, with the previous question, or something else on the topic."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import numpy as np
import pytest

from bot.knowledge.context import (
    CONTEXT_MODEL_KEY,
    FEATURES,
    READINGS,
    ContextModel,
    Reading,
    context_features,
    fit_context_model,
    load_context_model,
    save_context_model,
)
from bot.knowledge.followup import FollowUp
from bot.knowledge.mentor import Mentor, Reason, read_message
from bot.knowledge.retriever import CALIBRATION_FILE, DeclinePolicy, Mode, save_policies
from tests.conftest import INDEX, PROJECT_ROOT


@pytest.fixture(scope="module")
def fitted(retriever) -> Mentor:
    """The pipeline with the committed follow-up model, as the bot runs it."""
    context = load_context_model(INDEX)
    assert context is not None, "index/calibration.json holds no follow-up model: make calibrate"
    return Mentor(retriever, context)


def features_of(mentor: Mentor, first: str, second: str) -> dict[str, float]:
    turn = mentor.reply(first).turn()
    assert turn is not None
    plan = read_message(second, turn)
    alone, with_previous, previous_alone = mentor.search(plan)
    ids = [p.id for p in mentor.retriever.corpus.passages]
    features = context_features(plan.text, turn, alone, with_previous, previous_alone, ids)
    return dict(zip(FEATURES, features, strict=True))


def test_features_describe_how_the_readings_relate(fitted):
    applying = "how do I apply for an ML internship?"
    vague = features_of(fitted, applying, "what if I know no one there")
    new = features_of(fitted, applying, "btw is colab free to use?")
    assert vague["log_content_words"] < new["log_content_words"]
    assert new["changes_subject"] == 1.0 and vague["changes_subject"] == 0.0
    # With the question about applying, the colab question finds an applying passage, which
    # the message alone ranks far below colab; the vague one has no passage of its own.
    assert new["message_prefers_alone"] > vague["message_prefers_alone"] + 0.3
    assert new["log_rank_in_alone"] > vague["log_rank_in_alone"]
    assert all(np.isfinite(list(vague.values())))


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("how do I apply for an ML internship?", "what if I don't know anyone there",
         "apply-best-routes"),
        ("is colab free?", "any catch?", "prac-colab"),
    ],
)  # fmt: skip
def test_a_short_message_leaning_on_the_answer_is_read_with_it(fitted, first, second, expected):
    opening = fitted.reply(first)
    alone = fitted.reply(second)
    reply = fitted.reply(second, opening.turn())
    assert alone.passage is None or alone.passage.id != expected  # alone, it misses
    assert reply.follow_up is FollowUp.CONTEXT
    assert reply.passage is not None and reply.passage.id == expected
    assert reply.thread_question == first


def test_a_new_question_after_an_answer_is_read_alone(fitted):
    first = fitted.reply("is colab free?")
    for question in ("btw do I need a PhD for an ML internship?", "how do I get a referral?"):
        after = fitted.reply(question, first.turn())
        alone = fitted.reply(question)
        assert after.follow_up is None and after.passage == alone.passage


def test_asking_for_something_else_moves_on_within_the_topic(fitted):
    first = fitted.reply("are kaggle competitions useful for getting an internship?")
    assert first.passage is not None and first.passage.section == "standing-out"
    reply = fitted.reply("besides competitions what else works", first.turn())
    assert reply.passage is not None and reply.passage.section == "standing-out"
    assert reply.passage.id != first.passage.id


@pytest.mark.parametrize(
    "text",
    [
        "interesting, what are some other ideas along those lines?",
        "i want more concrete suggestions",
    ],
)
def test_asking_for_more_in_words_no_list_foresaw(fitted, text):
    from bot.knowledge.followup import follow_up_intent

    assert follow_up_intent(text) is None  # the word rules don't see it
    first = fitted.reply("do I need a phd?")
    assert first.passage is not None
    reply = fitted.reply(text, first.turn())
    assert reply.follow_up is FollowUp.MORE
    assert reply.passage is not None and reply.passage.section == first.passage.section
    assert reply.passage.id != first.passage.id


@pytest.mark.parametrize("text", ["tell me a joke", "is it going to rain in london this weekend"])
def test_an_off_topic_message_after_an_answer_is_still_declined(fitted, text):
    first = fitted.reply("how do I apply for an ML internship?")
    reply = fitted.reply(text, first.turn())
    assert not reply.answered and reply.reason is Reason.OFF_TOPIC


def test_a_long_message_is_never_read_with_the_previous_one(fitted):
    first = fitted.reply("do I need a phd?")
    long = "I am a second-year student and I have been wondering for a while " * 3 + "is colab ok?"
    assert read_message(long, first.turn()).queries == (read_message(long).queries[0],)


def model(weights: dict[Reading, dict[str, float]], biases: dict[Reading, float]) -> ContextModel:
    return ContextModel(
        weights=tuple(
            tuple(weights.get(r, {}).get(name, 0.0) for name in FEATURES) for r in READINGS
        ),
        biases=tuple(biases.get(r, 0.0) for r in READINGS),
        mean=tuple(0.0 for _ in FEATURES),
        scale=tuple(1.0 for _ in FEATURES),
    )


def test_alone_wins_unless_another_reading_is_likely():
    leaning = model(
        {Reading.WITH_PREVIOUS: {"leans": 4.0}},
        {Reading.ALONE: -2.0, Reading.WITH_PREVIOUS: -1.0, Reading.SOMETHING_ELSE: -3.0},
    )
    x = np.zeros(len(FEATURES))
    assert leaning.choose(x) is Reading.ALONE  # every reading unlikely: the message alone
    x[FEATURES.index("leans")] = 1.0
    assert leaning.choose(x) is Reading.WITH_PREVIOUS
    doubtful = model(
        {Reading.WITH_PREVIOUS: {"leans": 0.9}},
        {Reading.ALONE: -2.0, Reading.WITH_PREVIOUS: -1.0, Reading.SOMETHING_ELSE: -3.0},
    )
    assert doubtful.choose(x) is Reading.ALONE  # the best, but under min_probability


def test_fitting_learns_which_feature_points_to_which_reading():
    rng = np.random.default_rng(7)
    x = rng.normal(size=(600, len(FEATURES)))
    leans, others = FEATURES.index("leans"), FEATURES.index("asks_for_others")
    right = np.zeros((600, len(READINGS)), dtype=bool)
    right[:, 1] = x[:, leans] > 0.0
    right[:, 2] = (x[:, others] > 0.0) & ~right[:, 1]
    right[:, 0] = ~right[:, 1] & ~right[:, 2]
    fitted = fit_context_model(x, right, np.ones(600))
    chosen = [fitted.choose(row) for row in x]
    expected = [READINGS[int(np.argmax(r))] for r in right]
    assert np.mean([c is e for c, e in zip(chosen, expected, strict=True)]) > 0.85  # chance: 1/3


def test_the_model_survives_a_round_trip_through_json():
    original = model({Reading.WITH_PREVIOUS: {"leans": 1.5}}, {Reading.ALONE: 0.25})
    original = replace(original, more_weights=(0.5, -0.25, 1.0), more_bias=-0.1)
    assert ContextModel.from_json(json.loads(json.dumps(original.to_json()))) == original


def test_the_more_detector_is_a_logistic_regression_over_the_embedding():
    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(300, 8))
    asks = vectors[:, 2] > 0.3
    x = rng.normal(size=(300, len(FEATURES)))
    right = np.zeros((300, len(READINGS)), dtype=bool)
    right[:, 0] = True
    fitted = fit_context_model(x, right, np.ones(300), vectors, asks)
    assert len(fitted.more_weights) == 8
    assert np.mean([fitted.asks_for_more(v) == a for v, a in zip(vectors, asks, strict=True)]) > 0.9
    assert not replace(fitted, more_weights=()).asks_for_more(vectors[asks][0])  # no detector


def test_a_model_fitted_on_other_features_is_ignored():
    data = model({}, {}).to_json()
    assert ContextModel.from_json({**data, "features": ["leans"]}) is None
    assert ContextModel.from_json({**data, "readings": ["alone", "with-previous"]}) is None


def test_the_context_model_and_the_decline_decision_are_saved_side_by_side(tmp_path):
    assert load_context_model(tmp_path) is None
    fitted = model({Reading.WITH_PREVIOUS: {"leans": 1.0}}, {})
    save_policies(tmp_path, {Mode.HYBRID: DeclinePolicy(0.4, 0.05)}, fitted_on=["q.jsonl"])
    save_context_model(tmp_path, fitted, context_fitted_on=["d.jsonl"])
    assert load_context_model(tmp_path) == fitted
    save_policies(tmp_path, {Mode.HYBRID: DeclinePolicy(0.5, 0.05)}, fitted_on=["q.jsonl"])
    stored = json.loads((tmp_path / CALIBRATION_FILE).read_text())
    assert stored["hybrid"]["min_score"] == 0.5
    assert stored["context_fitted_on"] == ["d.jsonl"] and load_context_model(tmp_path) == fitted
    save_context_model(tmp_path, None)  # the word rules read better: the model goes
    assert CONTEXT_MODEL_KEY not in json.loads((tmp_path / CALIBRATION_FILE).read_text())


@pytest.mark.slow
def test_calibration_compares_with_the_word_rules_by_held_out_files(retriever, tmp_path):
    from bot.knowledge.calibration import calibrate_context

    index_dir = tmp_path / "index"
    shutil.copytree(INDEX, index_dir)
    data = PROJECT_ROOT / "tests" / "data" / "v2"
    dialogues = [data / "dev_dialogues.jsonl", data / "dev_dialogues_c.jsonl"]
    mentor = Mentor(retriever)
    result = calibrate_context(mentor, dialogues, [data / "dev_questions.jsonl"], index_dir)

    kept = result.learned.score > result.rules.score
    assert (result.model is not None) is kept
    assert mentor.context is result.model
    assert (load_context_model(index_dir) is not None) is kept
    stored = json.loads((index_dir / CALIBRATION_FILE).read_text())
    assert stored["context_fitted_on"][:2] == [str(p) for p in dialogues]
    assert "hybrid_model" in stored  # the decline decision is untouched
    for scores in (result.rules, result.learned):
        assert 0.5 <= scores.follow_ups_right <= 1.0
        assert 0.5 <= scores.questions_right <= 1.0


def test_calibration_needs_two_dialogue_files_to_compare(retriever, tmp_path):
    from bot.knowledge.calibration import calibrate_context

    data = PROJECT_ROOT / "tests" / "data" / "v2"
    with pytest.raises(ValueError, match="two dialogue files or more"):
        calibrate_context(Mentor(retriever), [data / "dev_dialogues.jsonl"], [], tmp_path)
