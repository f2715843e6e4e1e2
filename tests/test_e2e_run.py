"""`mentorbot run` as an operator runs it: a separate process, configured by environment."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.botapi import TOKEN, BotApiStandIn

MENTORBOT = str(Path(sys.executable).with_name("mentorbot"))


def clean_env(**values: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "MENTORBOT_"))}
    return {**env, **values}


def run_cli(*args: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [MENTORBOT, *args],
        cwd=cwd,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_run_without_a_token_says_what_to_set_and_exits_2(tmp_path):
    result = run_cli("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN" in result.stderr and "@BotFather" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_webhook_without_a_secret_is_refused(tmp_path):
    result = run_cli(
        "run", cwd=tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, MENTORBOT_WEBHOOK_URL="https://example.org"
    )
    assert result.returncode == 2
    assert "MENTORBOT_WEBHOOK_SECRET" in result.stderr


def test_a_missing_index_is_refused_with_the_command_that_fixes_it(tmp_path):
    result = run_cli(
        "run", cwd=tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, MENTORBOT_INDEX_DIR=str(tmp_path / "nothing")
    )
    assert result.returncode == 3
    assert "mentorbot index build" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_settings_are_read_from_a_dotenv_file(tmp_path):
    (tmp_path / ".env").write_text("MENTORBOT_TIMEZONE=Not/AZone\n")
    result = run_cli("run", cwd=tmp_path)
    assert result.returncode == 2
    assert "MENTORBOT_TIMEZONE" in result.stderr


@pytest.mark.slow
def test_run_polls_answers_and_never_logs_the_token(tmp_path):
    api = BotApiStandIn().start()
    process = subprocess.Popen(
        [MENTORBOT, "run"],
        cwd=tmp_path,
        env=clean_env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_BASE_URL=api.base_url,
            MENTORBOT_LOG_LEVEL="DEBUG",
            MENTORBOT_DB=str(tmp_path / "db" / "bot.sqlite3"),
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        api.wait_for(lambda: api.calls_to("setMyCommands"), timeout=90)
        api.send_text(4242, "/start")
        api.send_text(4242, "is colab free?")
        replies = api.wait_sent(4242, 2, timeout=30)
        assert "ML internship mentor" in replies[0].text
        assert "Colab" in replies[1].text
        assert (tmp_path / "db" / "bot.sqlite3").exists()  # the folder was created
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=30)
        api.stop()
    assert process.returncode == 0
    assert "DEBUG" in stderr  # the log level was honoured, so there was plenty to leak
    assert TOKEN not in stderr
    assert TOKEN.split(":")[1] not in stderr
