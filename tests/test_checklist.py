"""Checklist rules and the /checklist argument parser (property-based with hypothesis)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.checklist import args
from bot.checklist.progress import PROGRESS_BUCKETS, progress_bucket
from bot.checklist.service import MAX_ITEMS, MAX_TEXT, Checklist, ChecklistError, Problem
from bot.checklist.template import TemplateError, load_template
from bot.store.checklist import insert_items, list_items
from tests.conftest import Clock

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@pytest.fixture
def checklist(db, corpus, template):
    return Checklist(db, Clock(NOW), corpus, template)


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


def test_adding_the_template_twice_adds_nothing_the_second_time(db, checklist, template):
    assert checklist.add_template(1) == len(template)
    assert checklist.add_template(1) == 0
    assert len(list_items(db, 1)) == len(template)


def test_the_template_skips_what_the_user_already_has(db, checklist, template):
    checklist.add(1, template[0].text.upper())  # same text, other case
    insert_items(db, 1, [("my own words", template[1].passage_id)], NOW)  # same passage
    assert checklist.add_template(1) == len(template) - 2


def test_the_template_never_overfills_the_list(db, checklist):
    insert_items(db, 1, [(f"item {n}", None) for n in range(MAX_ITEMS - 3)], NOW)
    assert checklist.add_template(1) == 3
    assert len(list_items(db, 1)) == MAX_ITEMS


# ── adding ───────────────────────────────────────────────────────────────────


def test_add_cleans_whitespace_and_keeps_html_literally(checklist):
    item = checklist.add(1, "  <b>read</b>   the *paper* &\n notes ")
    assert item.text == "<b>read</b> the *paper* & notes"
    assert item.created_at == "2026-03-02T09:30:00Z"  # the service's own clock


@pytest.mark.parametrize(
    ("text", "problem", "count"),
    [
        ("", Problem.EMPTY_TEXT, 0),
        ("   \n ", Problem.EMPTY_TEXT, 0),
        ("x" * 201, Problem.TOO_LONG, 201),
    ],
)
def test_bad_item_text_is_refused(db, checklist, text, problem, count):
    with pytest.raises(ChecklistError) as refused:
        checklist.add(1, text)
    assert (refused.value.problem, refused.value.count) == (problem, count)
    assert list_items(db, 1) == []


def test_the_list_is_capped_at_50(db, checklist):
    insert_items(db, 1, [(f"item {n}", None) for n in range(MAX_ITEMS)], NOW)
    with pytest.raises(ChecklistError) as refused:
        checklist.add(1, "one more")
    assert refused.value.problem is Problem.FULL
    assert len(list_items(db, 1)) == MAX_ITEMS


def test_an_exact_duplicate_is_refused(checklist):
    checklist.add(1, "Read the paper")
    with pytest.raises(ChecklistError) as refused:
        checklist.add(1, "read the PAPER")
    assert (refused.value.problem, refused.value.numbers) == (Problem.DUPLICATE, (1,))


def test_add_for_passage_uses_the_linked_template_item(checklist, template):
    passage_id = template[4].passage_id
    item, added = checklist.add_for_passage(1, passage_id)
    assert added and item.text == template[4].text and item.passage_id == passage_id
    again, added_again = checklist.add_for_passage(1, passage_id)
    assert not added_again and again.id == item.id


def test_add_for_passage_without_a_template_item_adds_a_reading_item(checklist, corpus, template):
    linked = {t.passage_id for t in template}
    passage = next(p for p in corpus.passages if p.id not in linked)
    item, added = checklist.add_for_passage(1, passage.id)
    assert added and item.text == f"Read: {passage.title}"


def test_add_for_an_unknown_passage_adds_nothing(db, checklist):
    assert checklist.add_for_passage(1, "no-such-passage") is None
    assert list_items(db, 1) == []


# ── numbers, marking, removing ───────────────────────────────────────────────


def test_numbers_map_to_items_in_order(db, checklist):
    insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    marked = checklist.mark(1, [3, 1, 3], True)
    assert [i.text for i in marked] == ["c", "a"]
    assert [i.done for i in list_items(db, 1)] == [True, False, True]
    assert list_items(db, 1)[0].done_at == "2026-03-02T09:30:00Z"


@pytest.mark.parametrize(
    ("numbers", "bad"), [([0], (0,)), ([4], (4,)), ([999], (999,)), ([1, 4], (4,))]
)
def test_numbers_outside_the_list_are_named_and_nothing_changes(db, checklist, numbers, bad):
    insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    with pytest.raises(ChecklistError) as refused:
        checklist.mark(1, numbers, True)
    assert refused.value.problem is Problem.NO_SUCH_ITEM
    assert (refused.value.numbers, refused.value.count) == (bad, 3)
    assert not any(i.done for i in list_items(db, 1))


def test_an_empty_list_says_so(checklist):
    with pytest.raises(ChecklistError) as refused:
        checklist.mark(1, [1], True)
    assert refused.value.problem is Problem.EMPTY_LIST


def test_button_toggles_are_idempotent_and_private(db, checklist):
    (item_id,) = insert_items(db, 1, [("a", None)], NOW)
    assert checklist.set_done(1, item_id, True).done
    assert checklist.set_done(1, item_id, True).done  # pressed twice: still done
    assert checklist.set_done(2, item_id, False) is None  # forged
    assert list_items(db, 1)[0].done


def test_remove_and_clear(db, checklist):
    ids = insert_items(db, 1, [("a", None), ("b", None)], NOW)
    assert checklist.remove(1, ids[0])
    assert not checklist.remove(1, ids[0])  # a stale confirmation
    assert checklist.clear(1, up_to_id=ids[1]) == 1
    assert list_items(db, 1) == []


def test_the_listing_counts_progress_and_knows_the_newest_item(db, checklist):
    ids = insert_items(db, 1, [("a", None), ("b", None), ("c", None)], NOW)
    checklist.mark(1, [2], True)
    listing = checklist.listing(1)
    assert [item.text for item in listing.items] == ["a", "b", "c"]
    assert (listing.progress.done, listing.progress.total) == (1, 3)
    assert listing.newest_id == max(ids)
    assert checklist.listing(2).progress.total == 0


def test_why_finds_the_linked_passage_of_ones_own_items_only(db, checklist, template):
    (linked, plain) = insert_items(db, 1, [("x", template[0].passage_id), ("y", None)], NOW)
    assert checklist.passage_for(1, linked).id == template[0].passage_id
    assert checklist.passage_for(1, plain) is None
    assert checklist.passage_for(2, linked) is None  # someone else's item


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
    ("text", "problem", "token"),
    [
        ("done abc", Problem.NOT_A_NUMBER, "abc"),
        ("done", Problem.NO_NUMBERS, "done"),
        ("undo", Problem.NO_NUMBERS, "undo"),
        ("done 1 two", Problem.NOT_A_NUMBER, "two"),
        ("done 5-2", Problem.BAD_RANGE, "5-2"),
        ("done 1-999", Problem.BAD_RANGE, "1-999"),
        ("remove", Problem.REMOVE_ONE, ""),
        ("remove 1 2", Problem.REMOVE_ONE, ""),
        ("frobnicate 3", Problem.UNKNOWN_ACTION, "frobnicate"),
    ],
)
def test_parse_refuses_naming_what_was_wrong(text, problem, token):
    with pytest.raises(ChecklistError) as refused:
        args.parse(text)
    assert (refused.value.problem, refused.value.token) == (problem, token)


@given(st.text())
def test_parse_never_fails_with_anything_but_a_checklist_error(text):
    try:
        command = args.parse(text)
    except ChecklistError as error:
        assert error.problem in Problem
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
    parsed = args.parse(f"done {low}-{low + span}")
    assert isinstance(parsed, args.Mark) and parsed.numbers == tuple(range(low, low + span + 1))


@pytest.mark.parametrize(
    ("done", "total", "bucket"),
    [
        (0, 0, "no checklist"),
        (0, 8, "0%"),
        (1, 8, "1-25%"),
        (2, 8, "1-25%"),
        (3, 8, "26-50%"),
        (6, 8, "51-75%"),
        (7, 8, "76-99%"),
        (8, 8, "100%"),
    ],
)
def test_progress_buckets(done, total, bucket):
    assert progress_bucket(done, total) == bucket
    assert bucket in PROGRESS_BUCKETS
