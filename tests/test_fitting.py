"""Labelled files, judging a reply, the learned shapes and where they are stored. Pure and
quick: the fit over the real files runs in `make calibrate`, and its result is tested in
test_quality.py on files it never saw."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from bot.knowledge.deciding.followup import (
    CANDIDATE_FEATURES,
    CROSSED,
    MESSAGE_FEATURES,
    NONE_FEATURES,
    FollowUpModel,
    Situation,
)
from bot.knowledge.deciding.logistic import Logistic
from bot.knowledge.deciding.models import (
    CALIBRATION_FILE,
    Models,
    ModelsUnavailable,
    load_models,
    save_models,
)
from bot.knowledge.fitting.fit import fold_groups
from bot.knowledge.fitting.followup import (
    Example,
    MoreExample,
    fit_choice,
    is_right_choice,
    score,
    softmax_within,
    with_out_of_fold_more,
)
from bot.knowledge.fitting.judging import Before, is_right, parts_right
from bot.knowledge.fitting.labelled import (
    LabelledQuestion,
    LabelledTurn,
    load_conversations,
    load_questions,
)
from bot.knowledge.mentor import Act, Answer, Reason, Reply
from bot.knowledge.reading.smalltalk import SmallTalk

# ── labelled files ───────────────────────────────────────────────────────────


def test_chats_multi_and_older_dialogues_load_as_conversations(tmp_path):
    path = tmp_path / "mixed.jsonl"
    rows = [
        {"writer": "w", "turns": [
            {"text": "do i need a phd", "kind": "question", "section": "myths", "facts": ["phd"]},
            {"text": "more", "kind": "more", "section": "myths", "facts": []},
            {"text": "ok thanks", "kind": "thanks"},
        ]},
        {"writer": "w", "text": "a? b?", "parts": [
            {"text": "a?", "section": "myths", "facts": []}, {"text": "b?", "section": None},
        ]},
        {"turns": ["is colab free?", "the second one"], "kind": "ordinal", "pick": 2,
         "first_section": "practice", "first_facts": ["colab"], "section": None},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    chat, multi, old = load_conversations(path)
    assert [t.kind for t in chat.turns] == ["question", "more", "thanks"] and chat.writer == "w"
    assert multi.turns[0].kind == "multi" and [p.on_topic for p in multi.turns[0].parts] == [
        True,
        False,
    ]
    assert [t.kind for t in old.turns] == ["question", "pick"] and old.turns[1].pick == 2


def test_a_bad_line_names_its_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"turns": [{"text": "x", "kind": "nonsense"}]}\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:1: unknown kind"):
        load_conversations(path)
    path.write_text('{"question": "q", "section": null}\n{not json\n')
    with pytest.raises(ValueError, match=r"bad.jsonl:2: not JSON"):
        load_questions(path)


def test_a_label_is_right_by_section_and_facts(corpus):
    phd = corpus.passage("myth-need-phd")
    label = LabelledQuestion("q", "myths", facts=("undergrad",))
    assert label.is_right(phd)
    assert not LabelledQuestion("q", "myths", facts=("kaggle",)).is_right(phd)
    assert not LabelledQuestion("q", "practice").is_right(phd)
    assert LabelledQuestion("q", "practice", also_sections=("myths",)).is_right(phd)


def test_a_fact_matches_whatever_its_dots_and_hyphens(corpus):
    phd = corpus.passage("myth-need-phd")
    assert "PhD" in phd.text and "Ph.D" not in phd.text
    assert LabelledQuestion("q", "myths", facts=("ph.d",)).is_right(phd)
    assert LabelledQuestion("q", "myths", facts=("Ph.D.",)).is_right(phd)
    assert not LabelledQuestion("q", "myths", facts=("p.h.d.s",)).is_right(phd)


# ── judging ──────────────────────────────────────────────────────────────────


def _reply(*passages, small_talk=None, declined=(), related=()):
    answers = tuple(Answer(p.title, p, tuple(related), act=Act.QUESTION) for p in passages) + tuple(
        Answer(q, None, reason=Reason.OFF_TOPIC) for q in declined
    )
    return Reply("text", answers, small_talk=small_talk)


def _turn(kind, section=None, facts=(), **kw):
    return LabelledTurn("text", kind, LabelledQuestion("text", section, facts=tuple(facts)), **kw)


def test_more_is_right_only_when_new_and_on_the_subject(corpus):
    olympiads = corpus.passage("stand-olympiads")
    turn = _turn("more", "standing-out")
    assert is_right(turn, _reply(olympiads), Before(frozenset({"stand-competitions"})))
    assert not is_right(turn, _reply(olympiads), Before(frozenset({"stand-olympiads"})))
    assert not is_right(turn, _reply(corpus.passage("prac-colab")), Before())


def test_a_pick_is_right_when_it_opens_the_button_it_names(corpus):
    offered = (corpus.passage("prac-colab"), corpus.passage("prac-gpu-or-cloud"))
    turn = _turn("pick", pick=2)
    assert is_right(turn, _reply(offered[1]), Before(offered=offered))
    assert not is_right(turn, _reply(offered[0]), Before(offered=offered))
    assert not is_right(turn, _reply(offered[1]), Before())


def test_small_talk_and_off_topic_turns(corpus):
    assert is_right(_turn("thanks"), _reply(small_talk=SmallTalk.THANKS), Before())
    assert is_right(_turn("goodbye"), _reply(small_talk=SmallTalk.THANKS), Before())
    assert not is_right(_turn("bot-identity"), _reply(small_talk=SmallTalk.THANKS), Before())
    assert not is_right(_turn("thanks"), _reply(corpus.passage("prac-colab")), Before())
    # thanks beside a declined question shows the decline, as the bot's view does
    thanks_and_declined = _reply(small_talk=SmallTalk.THANKS, declined=("the weather?",))
    assert not is_right(_turn("thanks"), thanks_and_declined, Before())
    assert is_right(_turn("off-topic"), thanks_and_declined, Before())
    assert is_right(_turn("off-topic"), Reply("x", reason=Reason.OFF_TOPIC), Before())
    assert not is_right(_turn("off-topic"), _reply(small_talk=SmallTalk.THANKS), Before())
    assert not is_right(_turn("off-topic"), _reply(corpus.passage("prac-colab")), Before())


def test_several_questions_are_judged_part_by_part(corpus):
    turn = LabelledTurn(
        "a? b? c?",
        "multi",
        LabelledQuestion("a? b? c?", None),
        parts=(
            LabelledQuestion("a", "myths", facts=("undergrad",)),
            LabelledQuestion("b", "practice", facts=("colab",)),
            LabelledQuestion("c", None),
        ),
    )
    phd, colab = corpus.passage("myth-need-phd"), corpus.passage("prac-colab")
    assert parts_right(turn, _reply(phd, colab, declined=("c",))) == [True, True, True]
    assert parts_right(turn, _reply(phd, colab)) == [True, True, False]
    assert parts_right(turn, _reply(phd, declined=("c",))) == [True, False, True]
    assert not is_right(turn, _reply(phd, declined=("c",)), Before())


# ── the learned shapes ───────────────────────────────────────────────────────


def test_logistic_learns_a_direction_and_round_trips_through_json():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(400, 2))
    y = x[:, 0] > 0
    model = Logistic.fit(x, y, ("a", "b"), l2=0.1)
    assert model.weights[0] > 3 * abs(model.weights[1])
    again = Logistic.from_json(json.loads(json.dumps(model.to_json())), ("a", "b"))
    assert np.allclose(again.probability(x), model.probability(x))
    with pytest.raises(ValueError, match="other inputs"):
        Logistic.from_json(model.to_json(), ("a", "c"))


def _situation(rng, n=6, right_first=True):
    candidates = rng.uniform(size=(n, len(CANDIDATE_FEATURES)))
    first = int(rng.integers(n))
    column = CANDIDATE_FEATURES.index("alone_first")
    candidates[:, column] = 0.0
    candidates[first, column] = 1.0
    message = rng.uniform(size=len(MESSAGE_FEATURES))
    message[MESSAGE_FEATURES.index("more_probability")] = 0.0  # no passage is left out
    return Situation(candidates, message, False, False), first


def test_the_choice_learns_to_follow_the_evidence_and_to_say_none():
    rng = np.random.default_rng(1)
    examples = []
    for i in range(300):
        seen, first = _situation(rng)
        off_topic = i % 3 == 0
        if off_topic:  # off-topic turns: the alone probability is low
            seen.message[MESSAGE_FEATURES.index("alone_probability")] = 0.0
        else:
            seen.message[MESSAGE_FEATURES.index("alone_probability")] = 1.0
        right = np.zeros(len(seen.candidates), dtype=bool)
        right[first] = not off_topic
        examples.append(Example(seen, right, off_topic, str(i % 4), 1.0, "leaning"))
    model = fit_choice(examples, l2=1.0, more=None)
    correct = [is_right_choice(e, model.choose(e.situation)) for e in examples]
    assert np.mean(correct) > 0.95


def test_the_scores_report_requests_for_more_apart():
    rng = np.random.default_rng(2)
    examples = []
    for kind in ("more", "more", "leaning", "off-topic"):
        seen, first = _situation(rng)
        right = np.zeros(len(seen.candidates), dtype=bool)
        right[first] = kind != "off-topic"
        examples.append(Example(seen, right, kind == "off-topic", "a", 1.0, kind))
    labelled = [int(np.flatnonzero(e.labelled)[0]) for e in examples[:3]]
    wrong = (labelled[1] + 1) % len(examples[1].labelled)
    scores = score(examples, [labelled[0], wrong, labelled[2], None])
    assert scores.more_right == 0.5
    assert scores.follow_ups_right == pytest.approx(2 / 3)
    assert scores.off_topic_declined == 1.0


def test_a_request_for_more_never_chooses_a_passage_already_shown():
    rng = np.random.default_rng(2)
    seen, first = _shown_first(rng)
    masked = replace(seen, asks_for_others=True, says_more=True)
    model = _follows_alone_first(none=-50.0)
    assert model.choose(seen) == first
    assert model.choose(masked) not in (first, None)


def test_the_detector_alone_leaves_shown_passages_out_but_forces_no_passage():
    """A message only the embedding detector reads as "more" ("tell me a joke" came close)
    may still be declined; the words "more?" always get the next passage."""
    rng = np.random.default_rng(3)
    seen, first = _shown_first(rng)
    detected = seen.with_more_probability(0.6)
    assert detected.more and not detected.says_more
    assert not detected.allowed[first] and detected.allowed.sum() == len(detected.allowed) - 1
    prefers_none = _follows_alone_first(none=50.0)
    assert prefers_none.choose(detected) is None
    assert prefers_none.choose(replace(detected, says_more=True)) not in (first, None)
    assert not seen.with_more_probability(0.4).more


def test_each_writer_is_read_by_a_more_detector_fitted_without_them():
    """The detector fits its own writers almost perfectly, so the choice is fitted on what a
    detector that never saw the writer says: here only writer "a" ever asks for more in
    the region x > 0, and the others' detector reads a's requests as ordinary messages."""
    rng = np.random.default_rng(4)
    more: list[MoreExample] = []
    for fold in ("a", "b", "c"):
        for _ in range(60):
            x = rng.normal(size=3)
            more.append(MoreExample(x, fold == "a" and x[0] > 0, fold))
    more += [MoreExample(np.array([0.0, 3.0, 0.0]), True, f) for f in ("b", "c") for _ in range(20)]
    seen, _ = _shown_first(rng)
    asks = np.array([2.0, 0.0, 0.0])
    examples = [
        Example(seen, np.ones(len(seen.candidates), dtype=bool), False, "a", 1.0, "more", asks),
        Example(seen, np.ones(len(seen.candidates), dtype=bool), False, "b", 1.0, "more", asks),
    ]
    a, b = with_out_of_fold_more(examples, more)
    probability = MESSAGE_FEATURES.index("more_probability")
    assert a.situation.message[probability] < 0.5 < b.situation.message[probability]
    shown = b.situation.candidates[:, CANDIDATE_FEATURES.index("shown")] == 1
    assert b.situation.more and not b.right[shown].any() and b.right[~shown].all()


def _shown_first(rng):
    """A situation whose "alone" first passage is the one shown last."""
    seen, first = _situation(rng)
    seen.candidates[:, CANDIDATE_FEATURES.index("shown")] = 0.0
    seen.candidates[first, CANDIDATE_FEATURES.index("shown")] = 1.0
    return seen, first


def _follows_alone_first(none: float) -> FollowUpModel:
    return FollowUpModel(
        np.eye(len(CROSSED))[CROSSED.index("alone_first*1")] * 10,
        np.full(len(NONE_FEATURES), 0.0) + np.eye(len(NONE_FEATURES))[0] * none,
        np.zeros(len(CROSSED)),
        np.ones(len(CROSSED)),
    )


# ── calibration.json ─────────────────────────────────────────────────────────


def test_the_models_are_tied_to_the_index_they_were_fitted_on(tmp_path, mentor):
    index_hash = mentor.models.index_hash
    with pytest.raises(ModelsUnavailable, match="missing: run mentorbot fit"):
        load_models(tmp_path, index_hash)
    save_models(tmp_path, mentor.models, {"fitted_on": ["x"]})
    loaded = load_models(tmp_path, index_hash)
    assert loaded.decline.threshold == mentor.models.decline.threshold
    with pytest.raises(ModelsUnavailable, match="another version of the corpus"):
        load_models(tmp_path, "some other hash")
    data = json.loads((tmp_path / CALIBRATION_FILE).read_text())
    (tmp_path / CALIBRATION_FILE).write_text(json.dumps({**data, "format": 1}))
    with pytest.raises(ModelsUnavailable, match="older version"):
        load_models(tmp_path, index_hash)
    (tmp_path / CALIBRATION_FILE).write_text("{half a file")
    with pytest.raises(ModelsUnavailable, match="can't be read"):
        load_models(tmp_path, index_hash)


def test_saving_models_is_atomic(tmp_path, mentor, monkeypatch):
    save_models(tmp_path, mentor.models, {})
    before = (tmp_path / CALIBRATION_FILE).read_bytes()

    def crash(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", crash)
    broken = Models(mentor.models.decline, mentor.models.follow_up, "new hash")
    with pytest.raises(OSError):
        save_models(tmp_path, broken, {})
    assert (tmp_path / CALIBRATION_FILE).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [CALIBRATION_FILE]  # no temporary left


def test_folds_keep_each_writer_whole():
    groups = fold_groups(["a", "b", "c", "a", "d", "e", "f", "b"], groups=3)
    assert set(groups) == {"a", "b", "c", "d", "e", "f"}
    assert set(groups.values()) == {0, 1, 2}


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_the_softmax_over_the_right_options_ignores_the_wrong_ones_however_large():
    utilities = np.array([[800.0, 0.0, -np.inf], [1.0, 1.0, 2.0]])
    right = np.array([[False, True, False], [True, True, False]])
    log_total, p = softmax_within(utilities, right)
    assert log_total == pytest.approx([0.0, 1.0 + np.log(2.0)])
    assert p == pytest.approx(np.array([[0.0, 1.0, 0.0], [0.5, 0.5, 0.0]]))
