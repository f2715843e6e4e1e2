"""Edits of the corpus Markdown made from the console (bot/knowledge/search/editing.py), on a
copy of the real corpus, checked as `mentorbot index build` checks it."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from bot.knowledge.search.corpus import MAX_QUESTIONS, load_corpus, load_out_of_scope
from bot.knowledge.search.editing import (
    EditError,
    NewPassage,
    add_examples,
    add_out_of_scope,
    add_passage,
    check_corpus,
    read_files,
    suggest_id,
    write_files,
)
from tests.conftest import CORPUS

TEXT = (
    "A mock interview with a friend who already works in machine learning is the closest "
    "thing to the real one. Ask them to give you a coding problem and a few questions "
    "about a model you trained, under time pressure, and to tell you honestly where you "
    "hesitated. Do it twice before your first phone screen, and once more after it."
)


@pytest.fixture
def files():
    return read_files(CORPUS)


@pytest.fixture
def embed(mentor):
    return mentor.retriever.embedder.encode


def _without_last_example(files, corpus, passage_id):
    """The corpus with one example fewer under the passage (every passage has the 14)."""
    passage = corpus.passage(passage_id)
    text = files[passage.doc].replace(f"- {passage.questions[-1]}\n", "", 1)
    return {**files, passage.doc: text}, passage.questions[:-1]


def test_examples_are_added_to_their_passage_and_nothing_else_changes(files, embed, corpus):
    files, questions = _without_last_example(files, corpus, "prac-colab")
    added = add_examples(
        files, "prac-colab", ["is colab pro worth paying for  \n as a student"], embed
    )
    assert added.added == ("is colab pro worth paying for as a student",)  # one line
    assert added.dropped == ()
    (name,) = added.files
    before, after = files[name].split("\n"), added.files[name].split("\n")
    assert [line for line in after if line not in before] == [
        "- is colab pro worth paying for as a student"
    ]
    assert set(before) <= set(after)  # every other line kept
    changed = {**files, **added.files}
    check_corpus(changed)
    new = next(p for p in _passages(changed) if p.id == "prac-colab")
    assert new.questions == (*questions, "is colab pro worth paying for as a student")


def _passages(files):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        write_files(Path(folder), files)
        return load_corpus(Path(folder)).passages


def test_a_question_already_there_is_not_added_again(files, embed, corpus):
    existing = corpus.passage("prac-leetcode").questions[0]
    added = add_examples(files, "prac-leetcode", [existing.upper() + "  "], embed)
    assert added.files == {} and added.added == () and added.repeated == (existing.upper(),)


def test_at_the_cap_students_questions_replace_the_most_redundant_examples(files, embed, corpus):
    full = corpus.passage("prac-leetcode")
    assert len(full.questions) == MAX_QUESTIONS
    fresh = [
        "my mock interviews go badly because I can't say how fast my solution runs",
        "leetcode every day or only before interviews??",
    ]
    added = add_examples(files, "prac-leetcode", fresh, embed)
    assert added.added == tuple(fresh)  # the students' words always go in
    assert len(added.dropped) == 2 and set(added.dropped) <= set(full.questions)
    new = next(p for p in _passages({**files, **added.files}) if p.id == "prac-leetcode")
    assert len(new.questions) == MAX_QUESTIONS
    assert new.questions[-2:] == tuple(fresh)
    # What went is what another example already covers: among the old examples whose
    # nearest neighbour (of all 16) is closest.
    everything = [*full.questions, *fresh]
    vectors = embed(everything)
    similarity = vectors @ vectors.T
    np.fill_diagonal(similarity, -1)
    nearest = similarity.max(axis=1)[: len(full.questions)]
    most_redundant = {full.questions[i] for i in np.argsort(-nearest)[:4]}
    assert set(added.dropped) <= most_redundant


def test_an_unknown_passage_is_refused(files, embed):
    with pytest.raises(EditError, match="no passage 'no-such-passage'"):
        add_examples(files, "no-such-passage", ["anything"], embed)


def test_out_of_scope_lines_are_appended_once_and_never_as_comments(files):
    added = add_out_of_scope(
        files, ["# how much do ml interns earn", "How much do ML interns earn", "  "]
    )
    assert added.added == ("how much do ml interns earn",)
    assert added.repeated == ("How much do ML interns earn",)
    text = added.files["out-of-scope.txt"]
    assert text.startswith(files["out-of-scope.txt"]) and text.endswith(
        "\nhow much do ml interns earn\n"
    )


def test_a_new_passage_goes_to_the_end_of_its_topic_and_passes_the_build_checks(files):
    draft = NewPassage(
        "practice",
        "Mock interviews with a friend",
        TEXT,
        (
            "how do i practise interviews",
            "mock interview tips?",
            "who can interview me for practice",
        ),
    )
    added = add_passage(files, draft)
    assert added.ok, added.errors
    assert added.passage_id == "prac-mock-interviews-with-a"
    assert list(added.files) == ["04-practice.md"]
    passages = _passages({**files, **added.files})
    new = next(p for p in passages if p.id == added.passage_id)
    assert (new.section, new.title) == ("practice", "Mock interviews with a friend")
    practice = [p.id for p in passages if p.section == "practice"]
    assert practice[-1] == added.passage_id


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"section": "visas"}, "section", "topics"),
        ({"title": ""}, "title", "title"),
        ({"title": "Bad {#title}"}, "title", "{#"),
        ({"text": "Too short to be a passage."}, "text", "6 words; a passage needs 40 to 180"),
        ({"text": TEXT + "\n## Sneaky heading"}, "text", "'## '"),
        ({"questions": ("one", "One ")}, "questions", "1 different question;"),
        ({"passage_id": "Not A Slug"}, "passage_id", "Lowercase"),
        ({"passage_id": "prac-leetcode"}, "passage_id", "already has this id"),
    ],
)
def test_each_field_gets_its_own_error(files, change, field, words):
    values = {
        "section": "practice",
        "title": "Mock interviews",
        "text": TEXT,
        "questions": ("a question", "another one", "a third one"),
        "passage_id": "",
        **change,
    }
    added = add_passage(files, NewPassage(**values))
    assert not added.ok and set(added.errors) == {field}
    assert words in added.errors[field]


def test_ids_are_suggested_from_the_topic_prefix_and_never_reused(files):
    assert suggest_id(files, "myths", "Myth: you need a GPU") == "myth-you-need-a-gpu"
    taken = add_passage(
        files,
        NewPassage(
            "myths", "You need a GPU", TEXT, ("do i need a gpu", "gpu needed?", "must i own a gpu")
        ),
    )
    assert taken.passage_id == "myth-you-need-a-gpu"
    again = {**files, **taken.files}
    assert suggest_id(again, "myths", "You need a GPU") == "myth-you-need-a-gpu-2"


def test_files_are_written_whole_into_the_folder_and_only_there(tmp_path, files):
    staged = tmp_path / "corpus"
    shutil.copytree(CORPUS, staged)
    added = add_out_of_scope(files, ["what is the weather in Paris"])
    write_files(staged, added.files)
    assert "what is the weather in Paris" in load_out_of_scope(staged)
    assert not list(staged.glob(".*"))  # no temporary file left behind
    with pytest.raises(EditError):
        write_files(staged, {"../escape.md": "x"})
