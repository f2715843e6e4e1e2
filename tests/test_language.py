"""Telling a message the bot can't read from English, however the English is written."""

from __future__ import annotations

import pytest

from bot.knowledge.corpus import load_out_of_scope
from bot.knowledge.language import detect_language
from tests.conftest import CORPUS


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Нужна ли мне степень PhD, чтобы попасть на стажировку?", "ru"),
        ("Что такое PyTorch?", "ru"),  # a Latin name inside Cyrillic text
        ("क्या मुझे इंटर्नशिप के लिए पीएचडी चाहिए?", "hi"),
        ("我需要博士学位才能申请机器学习实习吗？", "zh"),
        ("هل أحتاج إلى درجة الدكتوراه للحصول على تدريب؟", "ar"),
        ("¿Necesito un doctorado para conseguir prácticas de ML?", "es"),
        ("necesito un doctorado?", "es"),
        ("Preciso de mestrado para conseguir um estágio em ML?", "pt"),
        ("Est-ce que je dois avoir un doctorat pour un stage en IA ?", "fr"),
        ("Brauche ich einen Doktortitel für ein Praktikum im Bereich ML?", "de"),
        ("Apakah saya perlu gelar PhD untuk magang di bidang ML?", "id"),
        ("Makine öğrenmesi stajı için doktora gerekli mi?", "tr"),
    ],
)
def test_other_languages_are_recognised(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "Kaggle?",
        "tl;dr pls",
        "chip huyen book",
        "colab free?",
        "NVIDIA",
        "how do i center a div in css",
        "me not know python good, is ok for intern?",
        "bro whats ur background, do u work at nvidia or smth",
        "???",
        "1080ti",
        "🤖🤖",
    ],
)
def test_short_slang_names_and_broken_english_count_as_english(text):
    assert detect_language(text) == "en"


def test_no_example_question_or_out_of_scope_line_is_taken_for_another_language(retriever):
    """Every English line the project has: students' styles, typos, slang, names."""
    lines = [q for p in retriever.corpus.passages for q in p.questions]
    lines += load_out_of_scope(CORPUS)
    wrong = [line for line in lines if detect_language(line) != "en"]
    assert len(lines) > 900 and wrong == []
