"""Retrieval with the real model and index: right passages, polite declines, honest metrics."""

from __future__ import annotations

import numpy as np
import pytest

from bot.config import PROJECT_ROOT
from bot.knowledge.evaluation import LabelledQuestion, evaluate, fit_policy, load_questions
from bot.knowledge.retriever import (
    MAX_QUERY_CHARS,
    Answer,
    DeclinePolicy,
    Mode,
    Retriever,
    clean_question,
    reciprocal_rank_fusion,
)

DATA = PROJECT_ROOT / "tests" / "data"


@pytest.mark.parametrize(
    ("question", "passage"),
    [
        ("do i need a phd to get a deep learning internship", "myth-need-phd"),
        ("pytorch or tensorflow?", "prac-framework"),
        ("i have no gpu, where can i train models for free", "prac-colab"),
        ("who is chip huyen", "prac-ml-interview-book"),
        ("what's the best way to apply, referral?", "apply-best-routes"),
        ("can I apply to nvidia from brazil", "myth-must-be-in-us"),
        ("does a workshop poster count", "stand-publications"),
        ("what is the exploratory call with a recruiter", "proc-recruiter-call"),
        ("do I need c++ or just python", "qual-python-cpp"),
        ("when was this guide written", "about-written-2020"),
        ("do interviewers want me to fail", "myth-interviewer-fail"),
        ("is kaggle worth it", "stand-competitions"),
    ],
)
def test_fixed_questions_find_their_passage(retriever, question, passage):
    answer = retriever.answer(question)
    assert answer.answered
    assert answer.hits[0].passage.id == passage


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
def test_off_topic_questions_are_declined(retriever, question):
    assert not retriever.answer(question).answered


@pytest.mark.parametrize("question", ["", "   ", "\n\t", "\x00\x01"])
def test_empty_questions_are_declined_without_searching(retriever, question):
    answer = retriever.answer(question)
    assert answer == Answer("", False, ())


def test_emoji_only_is_declined(retriever):
    assert not retriever.answer("🤖🔥💯").answered


def test_a_huge_question_is_cut_not_refused(retriever):
    answer = retriever.answer("Is Google Colab free for training models? " * 500)
    assert len(answer.question) == MAX_QUERY_CHARS
    assert answer.answered and answer.hits[0].passage.id == "prac-colab"


def test_clean_question_normalises_text():
    assert clean_question("  ｄｏ  i\u200bneed\n\n c++?\x00 ") == "do i need c++?"


def test_batches_answer_like_single_questions(retriever):
    questions = ["is colab free", "do i need a phd", "how to cook rice", ""]
    batch = retriever.answer_batch(questions)
    single = [retriever.answer(q) for q in questions]
    assert [(a.answered, [h.passage.id for h in a.hits]) for a in batch] == [
        (a.answered, [h.passage.id for h in a.hits]) for a in single
    ]
    for b, s in zip(batch, single, strict=True):
        assert b.confidence == pytest.approx(s.confidence, abs=1e-5)


def test_answers_hold_at_most_three_hits_best_first(retriever):
    answer = retriever.answer("how do I stand out")
    assert 1 <= len(answer.hits) <= 3
    scores = [h.score for h in answer.hits]
    assert scores == sorted(scores, reverse=True)


def test_reciprocal_rank_fusion_rewards_agreement():
    dense = np.array([0.9, 0.8, 0.1])
    sparse = np.array([1.0, 9.0, 5.0])
    fused = reciprocal_rank_fusion([dense, sparse])
    assert fused.argmax() == 1  # ranked 2nd and 1st beats 1st and 3rd
    assert fused[0] == pytest.approx(1 / 61 + 1 / 63)


def test_decline_policy_needs_both_score_and_margin():
    policy = DeclinePolicy(min_score=0.4, min_margin=0.02)
    assert policy.answers(0.5, 0.05)
    assert not policy.answers(0.39, 0.2)
    assert not policy.answers(0.9, 0.0)


def test_fitting_separates_in_domain_from_off_topic():
    questions = [LabelledQuestion("q", "s", "p")] * 3 + [LabelledQuestion("q", None)] * 3
    answers = [Answer("q", True, (), c, m) for c, m in [(0.7, 0.2), (0.6, 0.1), (0.5, 0.05)]]
    answers += [Answer("q", True, (), c, m) for c, m in [(0.45, -0.1), (0.3, 0.1), (0.2, 0.0)]]
    policy = fit_policy(questions, answers)
    decisions = [policy.answers(a.confidence, a.margin) for a in answers]
    assert decisions == [True, True, True, False, False, False]


# ── the evaluation the issue asks for ────────────────────────────────────────


@pytest.fixture(scope="module")
def retrievers(retriever):
    from bot.knowledge.retriever import load_policy
    from tests.conftest import INDEX

    return {
        mode: Retriever(retriever.index, retriever.embedder, load_policy(INDEX, mode), mode)
        for mode in Mode
    }


def test_dev_set_is_broad(retriever):
    questions = load_questions(DATA / "dev_questions.jsonl")
    in_domain = [q for q in questions if q.on_topic]
    assert len(in_domain) >= 60 and len(questions) - len(in_domain) >= 25
    assert {q.section for q in in_domain} == {s.slug for s in retriever.corpus.sections}
    assert all(retriever.corpus.passage(q.passage) for q in in_domain)


def test_hybrid_beats_both_baselines_on_the_dev_set(retrievers):
    questions = load_questions(DATA / "dev_questions.jsonl")
    reports = {mode: evaluate(r, questions) for mode, r in retrievers.items()}
    assert reports[Mode.HYBRID].hit_at_1 > reports[Mode.DENSE].hit_at_1
    assert reports[Mode.HYBRID].hit_at_1 > reports[Mode.BM25].hit_at_1


@pytest.mark.parametrize(
    "name", ["heldout_a.jsonl", "heldout_b.jsonl", "heldout_c.jsonl", "heldout_d.jsonl"]
)
def test_student_questions_written_without_the_corpus_meet_the_bar(retriever, name):
    """Questions written from the article alone, by people who never saw the corpus.

    heldout_a was then used to fit the thresholds, and b and c to find weak spots; d was
    looked at only once, after everything else was settled (see the issue notes).
    """

    report = evaluate(retriever, load_questions(DATA / name))
    assert report.hit_at_1 >= 0.85  # top passage: right section, carries the asked fact
    assert report.hit_at_3 >= 0.95
    assert report.off_topic_declined >= 0.90
    assert report.false_declines <= 0.05


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hi", "greeting"), ("Hello there!", "greeting"), ("good morning", "greeting"),
        ("thanks!", "thanks"), ("Thank you so much for the help", "thanks"), ("thx", "thanks"),
        ("bye", "goodbye"), ("see ya", "goodbye"),
        ("hi, do I need a PhD?", None), ("thanks but is colab free?", None), ("ok", None),
    ],
)  # fmt: skip
def test_small_talk_is_recognised_only_when_it_is_the_whole_message(text, kind):
    from bot.knowledge.smalltalk import small_talk

    assert small_talk(text) == kind


def test_related_passages_are_on_the_questions_topic(retriever):
    from bot.knowledge.retriever import RELATED_SIMILARITY

    # "colab free" shares no word with most passages: BM25's non-matches must not be
    # ranked by corpus order and offered as related (they once were: About the author).
    answer = retriever.answer("is colab free?")
    assert all(h.passage.section != "about" for h in answer.hits)
    assert all(h.similarity >= RELATED_SIMILARITY for h in answer.related())
    assert len(retriever.answer("do i need a phd").related()) == 2


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to encode."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.encoded: list[str] = []

    def encode(self, texts):
        self.encoded.extend(texts)
        return self.embedder.encode(texts)


def counting(retriever: Retriever, remember: int = 1024) -> tuple[Retriever, CountingEmbedder]:
    embedder = CountingEmbedder(retriever.embedder)
    fresh = Retriever(
        retriever.index,
        embedder,  # type: ignore[arg-type]
        retriever.policy,
        retriever.mode,
        retriever.decline_model,
        remember=remember,
    )
    return fresh, embedder


def test_a_recent_search_is_not_searched_again(retriever):
    fresh, embedder = counting(retriever)
    first = fresh.answer("is colab free?")
    again = fresh.answer_batch(["do I need a phd?", "is colab free?", "do I need a phd?"])
    assert embedder.encoded == ["is colab free?", "do I need a phd?"]
    assert again[1] == first and again[0] == again[2] == retriever.answer("do I need a phd?")


def test_a_refitted_decision_forgets_the_recent_searches(retriever):
    fresh, embedder = counting(retriever)
    assert fresh.answer("is colab free?").answered
    fresh.decline_model = None
    fresh.policy = DeclinePolicy(min_score=2.0)  # no cosine reaches it: everything declined
    assert not fresh.answer("is colab free?").answered
    assert embedder.encoded == ["is colab free?", "is colab free?"]


def test_recent_searches_are_bounded_and_can_be_switched_off(retriever):
    fresh, embedder = counting(retriever, remember=2)
    for text in ("is colab free?", "do I need a phd?", "how do I apply?", "is colab free?"):
        fresh.answer(text)
    assert embedder.encoded.count("is colab free?") == 2  # the oldest was forgotten
    off, embedder = counting(retriever, remember=0)
    off.answer("is colab free?")
    off.answer("is colab free?")
    assert embedder.encoded == ["is colab free?", "is colab free?"]
