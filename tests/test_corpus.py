"""The guidance corpus: the shipped documents follow the rules, and bad documents are refused."""

from __future__ import annotations

import re
import shutil

import pytest

from bot.knowledge.search.corpus import (
    MAX_ID_LENGTH,
    MAX_QUESTIONS,
    MAX_WORDS,
    MIN_QUESTIONS,
    MIN_WORDS,
    REQUIRED_KEYS,
    CorpusError,
    content_hash,
    corpus_files,
    load_corpus,
    load_out_of_scope,
    parse_document,
)
from tests.conftest import CORPUS

SECTIONS = [
    "about",
    "qualifications",
    "preparation",
    "practice",
    "applying",
    "standing-out",
    "process",
    "myths",
    "summary",
]
SOURCE = CORPUS.parent.parent / "shared" / "source" / "ml-internship-advice-2020.txt"


def test_every_fixed_section_is_present_in_order(corpus):
    assert [s.slug for s in corpus.sections] == SECTIONS


def test_one_file_per_section_with_complete_front_matter():
    files = corpus_files(CORPUS)
    assert len(files) == len(SECTIONS)
    for path in files:
        head = path.read_text(encoding="utf-8").split("---")[1]
        keys = [line.split(":")[0].strip() for line in head.strip().splitlines()]
        assert keys[: len(REQUIRED_KEYS)] == list(REQUIRED_KEYS), path.name
        assert set(keys[len(REQUIRED_KEYS) :]) <= {"goes_on_to"}, path.name
        assert "written: 2020" in head


def test_passages_are_chat_sized_with_example_questions(corpus):
    for passage in corpus.passages:
        assert MIN_WORDS <= passage.word_count <= MAX_WORDS, passage.id
        assert MIN_QUESTIONS <= len(passage.questions) <= MAX_QUESTIONS, passage.id
        assert len(passage.id) <= MAX_ID_LENGTH


def test_passage_ids_are_unique(corpus):
    ids = [p.id for p in corpus.passages]
    assert len(ids) == len(set(ids))


def test_there_is_one_passage_per_myth(corpus):
    assert len(corpus.section_passages("myths")) == 4


@pytest.mark.parametrize(
    "fact",
    [
        "Microsoft",
        "Apple",
        "NVIDIA",
        "hundreds",
        "2020",
        "C++",
        "Python",
        "linear algebra",
        "at least two",
        "Coursera",
        "Sebastian Ruder",
        "LeetCode",
        "GeeksForGeeks",
        "dynamic programming",
        "Chip Huyen",
        "PyTorch",
        "TensorFlow 2",
        "Colab",
        "Turing",
        "AWS",
        "Azure",
        "referral",
        "career fair",
        "ICPC",
        "TopCoder Open",
        "Kaggle",
        "Imagine Cup",
        "NeurIPS",
        "CVPR",
        "workshop poster",
        "exploratory",
        "two technical phone screens",
        "presentation",
    ],
)
def test_the_articles_facts_are_kept(corpus, fact):
    text = " ".join(p.text for p in corpus.passages).lower()
    assert fact.lower() in text


@pytest.mark.skipif(not SOURCE.exists(), reason="the source article is not on this machine")
def test_no_sentence_is_copied_from_the_source(corpus):
    """No run of seven words is shared with the article: its facts, our words."""

    def grams(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"[a-z0-9+']+", text.lower())
        return {tuple(words[i : i + 7]) for i in range(len(words) - 6)}

    shared = grams(SOURCE.read_text(encoding="utf-8")) & grams(
        " ".join(p.text for p in corpus.passages)
    )
    assert not shared, [" ".join(g) for g in shared]


def test_out_of_scope_examples_are_loaded():
    examples = load_out_of_scope(CORPUS)
    assert len(examples) > 50
    assert not any(line.startswith("#") for line in examples)


# ── an operator's own documents ──────────────────────────────────────────────

OPERATOR_DOC = """---
id: visas
title: Visas and paperwork
section: visas
source: our-career-office
written: 2026
---

# Visas and paperwork

## Ask the career office about work permits {#visa-career-office}

The university career office helps international students with the paperwork for an
internship abroad. Book an appointment early, because permits can take several weeks, and
bring the offer letter, your passport and a proof of enrolment. The office can also tell you
whether your student visa already allows a summer internship or whether you need a separate
permit.

Questions:
- Who can help me with a work permit for an internship?
- what papers do i need for an internship abroad?
- How early should I start the visa paperwork?
"""


def test_an_operator_can_add_a_document_and_it_becomes_a_section(tmp_path):
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    before = content_hash(corpus_dir)
    (corpus_dir / "10-visas.md").write_text(OPERATOR_DOC, encoding="utf-8")
    corpus = load_corpus(corpus_dir)
    assert corpus.sections[-1].slug == "visas"
    passage = corpus.passage("visa-career-office")
    assert passage is not None and passage.section_title == "Visas and paperwork"
    assert content_hash(corpus_dir) != before


def test_readme_in_the_corpus_folder_is_not_guidance(tmp_path):
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    (corpus_dir / "README.md").write_text("# How to write documents\n")
    assert len(load_corpus(corpus_dir).passages) == len(load_corpus(CORPUS).passages)


@pytest.mark.parametrize(
    ("document", "complaint"),
    [
        ("# no front matter\n", "front-matter"),
        ("---\nid: x\n", "not closed"),
        ("---\nid: x\ntitle: X\nsection: x\nsource: s\n---\n## A {#a}\n", "lacks written"),
        ("---\nid: x\ntitle: X\nsection: Bad Slug\nsource: s\nwritten: 1\n---\n", "slug"),
        (OPERATOR_DOC.replace(" {#visa-career-office}", ""), "needs an id"),
        (OPERATOR_DOC.replace("{#visa-career-office}", "{#Visa Office}"), "lowercase slug"),
        (OPERATOR_DOC.replace("{#visa-career-office}", "{#" + "x" * 40 + "}"), "at most"),
        (
            OPERATOR_DOC.split("The university")[0]
            + "Too short.\n\nQuestions:\n- a?\n- b?\n- c?\n",
            "words",
        ),
        (OPERATOR_DOC.split("- what papers")[0], "example questions"),
        (OPERATOR_DOC.replace("- How early", "How early"), "only '- question' lines"),
        (OPERATOR_DOC.split("## Ask")[0], "no passages"),
    ],
)
def test_broken_documents_are_refused_with_a_reason(document, complaint):
    with pytest.raises(CorpusError, match=re.escape(complaint)):
        parse_document(document, name="broken.md")


def test_duplicate_ids_across_documents_are_refused(tmp_path):
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "a.md").write_text(OPERATOR_DOC)
    (corpus_dir / "b.md").write_text(OPERATOR_DOC)
    with pytest.raises(CorpusError, match=r"already used in a\.md"):
        load_corpus(corpus_dir)


def test_a_document_names_where_more_goes_on_to(tmp_path):
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    with_next = OPERATOR_DOC.replace(
        "written: 2026\n", "written: 2026\ngoes_on_to: prac-colab, apply-best-routes\n"
    )
    (corpus_dir / "10-visas.md").write_text(with_next, encoding="utf-8")
    passage = load_corpus(corpus_dir).passage("visa-career-office")
    assert passage is not None and passage.goes_on_to == ("prac-colab", "apply-best-routes")
    summary = load_corpus(CORPUS).passage("summary-five-steps")
    assert summary is not None and summary.goes_on_to[0] == "prep-dl-courses"


@pytest.mark.parametrize("named", ["no-such-passage", "visa-career-office"])
def test_going_on_to_a_passage_that_is_not_another_one_is_refused(tmp_path, named):
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus_dir)
    broken = OPERATOR_DOC.replace("written: 2026\n", f"written: 2026\ngoes_on_to: {named}\n")
    (corpus_dir / "10-visas.md").write_text(broken, encoding="utf-8")
    with pytest.raises(CorpusError, match=f"10-visas.md: goes_on_to names {named}"):
        load_corpus(corpus_dir)


def test_an_empty_corpus_folder_is_refused(tmp_path):
    with pytest.raises(CorpusError, match="no Markdown documents"):
        load_corpus(tmp_path)
