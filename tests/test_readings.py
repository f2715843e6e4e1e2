"""`mentorbot readings`: how every labelled text is read, before and after a change."""

from __future__ import annotations

import json

from bot.cli import main
from bot.knowledge.fitting import readings, sets


def test_the_open_files_leave_out_the_held_out_writers_and_the_sealed_set():
    opened = set(readings.open_files())
    held = {f.path for f in readings.held_out_files()}
    sealed = {f.path for kind in readings.KINDS for f in sets.sealed(kind)}
    assert opened and held and sealed  # named only: the sealed files are never opened here
    assert not opened & held and not opened & sealed
    assert not any(sets.SEALED in path.parents for path in opened)
    assert sets.DATA / "v3" / "dev" / "arjun" / "chats.jsonl" in opened


def test_a_chat_gives_every_turn_and_a_row_its_text(tmp_path):
    labelled = tmp_path / "mixed.jsonl"
    rows = [
        {"writer": "w", "turns": [{"text": "do i need a phd?", "kind": "question"},
                                  {"text": "thanks!", "kind": "thanks"}]},
        {"turns": ["is colab enough?", "and aws?"], "kind": "leaning"},
        {"writer": "w", "text": "what to study? and how to apply?", "parts": []},
        {"question": "how do i get a referral?", "section": "applying"},
    ]  # fmt: skip
    labelled.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    assert readings.texts_of(labelled) == [
        "do i need a phd?", "thanks!", "is colab enough?", "and aws?",
        "what to study? and how to apply?", "how do i get a referral?",
    ]  # fmt: skip


def test_a_reading_says_small_talk_language_parts_and_pick():
    assert readings.reading_of("thanks!") == ["thanks", "en", [], None]
    talk, language, parts, pick = readings.reading_of("what should i study and how do i apply?")
    assert talk is None and language == "en" and pick is None
    assert isinstance(parts, list) and len(parts) == 2


def test_compare_lists_the_open_texts_read_differently_and_only_counts_the_held_out():
    before: dict[str, dict] = {
        "open": {"a": [None, "en", [], None], "b": ["thanks", "en", [], None]},
        "held_out": {"d1": [None, "en", [], None], "d2": [None, "en", [], 0]},
    }
    after: dict[str, dict] = {
        "open": {"a": [None, "en", [], None], "b": [None, "en", [["b"]], None],
                 "new": [None, "en", [], None]},
        "held_out": {"d1": ["thanks", "en", [], None], "d2": [None, "en", [], 0]},
    }  # fmt: skip
    changes = readings.compare(before, after)
    assert changes.open == [("b", ["thanks", "en", [], None], [None, "en", [["b"]], None])]
    assert (changes.held_out, changes.open_total, changes.held_out_total) == (1, 3, 2)


def test_the_command_saves_readings_and_compares_them_with_earlier_ones(capsys, tmp_path):
    labelled = tmp_path / "questions.jsonl"
    labelled.write_text(
        '{"question": "do i need a phd?", "section": "myths"}\n'
        '{"question": "ok thanks a lot", "section": null}\n',
        encoding="utf-8",
    )
    first, second = tmp_path / "before.json", tmp_path / "after.json"
    assert main(["readings", str(first), str(labelled)]) == 0
    saved = json.loads(first.read_text(encoding="utf-8"))
    assert saved["open"]["ok thanks a lot"][0] == "thanks" and saved["held_out"] == {}
    # As if an earlier reading had taken the thanks for a question:
    saved["open"]["ok thanks a lot"] = [None, "en", [["ok thanks a lot", False]], None]
    first.write_text(json.dumps(saved), encoding="utf-8")
    capsys.readouterr()
    assert main(["readings", str(second), str(labelled), "--compare", str(first)]) == 0
    out = capsys.readouterr().out
    assert "ok thanks a lot" in out and "do i need a phd?" not in out
    assert "1 of 2 open texts and 0 of 0 held-out texts read differently" in out


def test_the_command_says_what_is_wrong_with_its_input(capsys, tmp_path):
    not_readings = tmp_path / "before.json"
    not_readings.write_text("[1, 2]", encoding="utf-8")
    labelled = tmp_path / "q.jsonl"
    labelled.write_text('{"question": "hi"}\n', encoding="utf-8")
    out = tmp_path / "after.json"
    assert main(["readings", str(out), str(labelled), "--compare", str(not_readings)]) == 2
    assert "not readings saved by `mentorbot readings`" in capsys.readouterr().err
    assert main(["readings", str(out), str(tmp_path / "missing.jsonl")]) == 2
    assert "no such labelled file" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_bytes(b'{"question": "hi"\n')
    assert main(["readings", str(out), str(broken)]) == 2
    assert "not JSON" in capsys.readouterr().err
