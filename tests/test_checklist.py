"""Checklist rules and the /checklist argument parser (property-based with hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.checklist import args, service
from bot.checklist.service import MAX_ITEMS, MAX_TEXT, ChecklistError, Progress
from bot.checklist.template import TemplateError, load_template
from bot.knowledge.corpus import load_corpus
from bot.store.checklist import insert_items, list_items
from bot.store.db import open_db
from tests.conftest import CORPUS

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "db.sqlite3")
    yield database
    database.close()


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def template(corpus):
    return load_template(CORPUS, corpus)


# ── the template ─────────────────────────────────────────────────────────────


def test_the_template_has_10_to_14_items_each_linked_to_a_passage(template, corpus):
    assert 10 <= len(template) <= 14
    for item in template:
        assert corpus.passage(item.passage_id) is not None
        assert len(item.text) <= MAX_TEXT


def test_a_template_linking_a_missing_passage_is_refused(tmp_path, corpus):
    (tmp_path / "checklist.toml").write_text('[[item]]\ntext = "x"\npassage = "nope"\n')
    with pytest.raises(TemplateError, match="nope"):
        load_template(tmp_path, corpus)


def test_a_broken_template_file_is_refused(tmp_path):
    (tmp_path / "checklist.toml").write_text("[[item]\n")
    with pytest.raises(TemplateError):
        load_template(tmp_path)


def test_no_template_file_means_an_empty_template(tmp_path):
    assert load_template(tmp_path) == ()


def test_adding_the_template_twice_adds_nothing_the_second_time(db, template):
    assert service.add_template(db, 1, template, NOW) == len(template)
    assert service.add_template(db, 1, template, NOW) == 0
    assert len(list_items(db, 1)) == len(template)


def test_the_template_skips_what_the_user_already_has(db, template):
    service.add(db, 1, template[0].text.upper(), NOW)  # same text, other case
    insert_items(db, 1, [("my own words", template[1].passage_id)], NOW)  # same passage
    assert service.add_template(db, 1, template, NOW) == len(template) - 2


def test_the_template_never_overfills_the_list(db, template):
    insert_items(db, 1, [(f"item {n}", None) for n in range(MAX_ITEMS - 3)], NOW)
    assert service.add_template(db, 1, template, NOW) == 3
    assert len(list_items(db, 1)) == MAX_ITEMS


# ── adding ───────────────────────────────────────────────────────────────────


def test_add_cleans_whitespace_and_keeps_html_literally(db):
    item = service.add(db, 1, "  <b>read</b>   the *paper* &\n notes ", NOW)
    assert item.text == "<b>read</b> the *paper* & notes"


@pytest.mark.parametrize(
    ("text", "complaint"),
    [("", "What should I add?"), ("   \n ", "What should I add?"), ("x" * 201, "201 characters")],
)
def test_bad_item_text_is_refused(db, text, complaint):
    with pytest.raises(ChecklistError, match=complaint):
        service.add(db, 1, text, NOW)
    assert list_items(db, 1) == []


def test_the_list_is_capped_at_50(db):
    insert_items(db, 1, [(f"item {n}", None) for n in range(MAX_ITEMS)], NOW)
    with pytest.raises(ChecklistError, match="full"):
        service.add(db, 1, "one more", NOW)
    assert len(list_items(db, 1)) == MAX_ITEMS


def test_an_exact_duplicate_is_refused(db):
    service.add(db, 1, "Read the paper", NOW)
    with pytest.raises(ChecklistError, match="already item 1"):
        service.add(db, 1, "read the PAPER", NOW)


def test_add_for_passage_uses_the_linked_template_item(db, corpus, template):
    passage = corpus.passage(template[4].passage_id)
    item, added = service.add_for_passage(db, 1, passage, template, NOW)
    assert added and item.text == template[4].text and item.passage_id == passage.id
    again, added_again = service.add_for_passage(db, 1, passage, template, NOW)
    assert not added_again and again.id == item.id


def test_add_for_passage_without_a_template_item_adds_a_reading_item(db, corpus, template):
    linked = {t.passage_id for t in template}
    passage = next(p for p in corpus.passages if p.id not in linked)
    item, added = service.add_for_passage(db, 1, passage, template, NOW)
    assert added and item.text == f"Read: {passage.title}"


# ── numbers, marking, removing ───────────────────────────────────────────────


def test_numbers_map_to_items_in_order(db):
    insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    marked = service.mark(db, 1, [3, 1, 3], True, NOW)
    assert [i.text for i in marked] == ["c", "a"]
    assert [i.done for i in list_items(db, 1)] == [True, False, True]


@pytest.mark.parametrize("numbers", [[0], [4], [999], [1, 4]])
def test_numbers_outside_the_list_are_named_and_nothing_changes(db, numbers):
    insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    with pytest.raises(ChecklistError, match="items 1 to 3"):
        service.mark(db, 1, numbers, True, NOW)
    assert not any(i.done for i in list_items(db, 1))


def test_a_one_item_list_says_only_item_1(db):
    insert_items(db, 1, [("a", None)], NOW)
    with pytest.raises(ChecklistError, match="has only item 1"):
        service.mark(db, 1, [2], True, NOW)


def test_an_empty_list_says_so(db):

    with pytest.raises(ChecklistError, match="empty"):
        service.mark(db, 1, [1], True, NOW)


def test_button_toggles_are_idempotent_and_private(db):
    (item_id,) = insert_items(db, 1, [("a", None)], NOW)
    assert service.set_item_done(db, 1, item_id, True, NOW).done
    assert service.set_item_done(db, 1, item_id, True, NOW).done  # pressed twice: still done
    assert service.set_item_done(db, 2, item_id, False, NOW) is None  # forged
    assert list_items(db, 1)[0].done


def test_remove_and_clear(db):
    ids = insert_items(db, 1, [("a", None), ("b", None)], NOW)
    assert service.remove(db, 1, ids[0])
    assert not service.remove(db, 1, ids[0])  # a stale confirmation
    assert service.clear(db, 1, up_to_id=ids[1]) == 1
    assert list_items(db, 1) == []


@pytest.mark.parametrize(
    ("done", "total", "bar"),
    [
        (0, 10, "░░░░░░░░░░ 0/10"),
        (3, 10, "▓▓▓░░░░░░░ 3/10"),
        (7, 7, "▓▓▓▓▓▓▓▓▓▓ 7/7"),
        (0, 0, "░░░░░░░░░░ 0/0"),
    ],
)
def test_progress_bar(done, total, bar):
    assert Progress(done, total).bar() == bar


# ── the argument parser ──────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("", args.Show()),
        ("list", args.Show()),
        ("add Read the paper", args.Add("Read the paper")),
        ("+ Read", args.Add("Read")),
        ("add", args.Add("")),
        ("done 1 3", args.Mark((1, 3), True)),
        ("DONE 2-4", args.Mark((2, 3, 4), True)),
        ("x 1,2", args.Mark((1, 2), True)),
        ("undo #5", args.Mark((5,), False)),
        ("rm 2", args.Remove(2)),
        ("clear", args.Clear()),
        ("template", args.Template()),
        ("help", args.Help()),
    ],
)
def test_parse_known_forms(text, command):
    assert args.parse(text) == command


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("done abc", "“abc” isn't an item number"),
        ("done", "Which items?"),
        ("done 1 two", "“two” isn't an item number"),
        ("done 5-2", "isn't a range"),
        ("done 1-999", "isn't a range"),
        ("remove", "one item at a time"),
        ("remove 1 2", "one item at a time"),
        ("frobnicate 3", "I don't know “frobnicate”"),
    ],
)
def test_parse_refuses_with_a_helpful_message(text, complaint):
    with pytest.raises(ChecklistError, match=complaint):
        args.parse(text)


@given(st.text())
def test_parse_never_fails_with_anything_but_a_checklist_error(text):
    try:
        command = args.parse(text)
    except ChecklistError as error:
        assert str(error)
    else:
        assert isinstance(
            command,
            args.Show | args.Add | args.Mark | args.Remove | args.Clear | args.Template | args.Help,
        )


@given(
    st.lists(st.integers(min_value=0, max_value=9999), min_size=1, max_size=20),
    st.sampled_from([" ", ",", " , ", ";"]),
)
def test_numbers_round_trip(numbers, separator):
    parsed = args.parse("done " + separator.join(str(n) for n in numbers))
    assert parsed == args.Mark(tuple(dict.fromkeys(numbers)), True)


@given(st.text(min_size=1).filter(lambda t: t.strip() and not t[0].isspace()))
def test_add_keeps_the_text(text):
    parsed = args.parse(f"add {text}")
    assert parsed == args.Add(text.strip())


@given(st.integers(1, 40), st.integers(0, 49))
def test_ranges_expand(low, span):
    assert args.parse(f"done {low}-{low + span}").numbers == tuple(range(low, low + span + 1))
