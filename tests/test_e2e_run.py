"""`mentorbot run` as an operator runs it: a separate process, configured by environment."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.botapi import TOKEN, BotApiStandIn
from tests.conftest import MENTORBOT, clean_env


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


@pytest.mark.slow
def test_sigterm_with_questions_in_flight_loses_nothing_and_repeats_nothing(tmp_path):
    """SIGTERM while 50 questions are in flight, 25 more arriving during the shutdown;
    restart; every question has exactly one reply."""
    api = BotApiStandIn().start()
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        MENTORBOT_DB=str(tmp_path / "bot.sqlite3"),
    )

    def start_bot() -> subprocess.Popen:
        before = len(api.calls_to("setMyCommands"))
        process = subprocess.Popen(
            [MENTORBOT, "run"], cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True
        )
        api.wait_for(lambda: len(api.calls_to("setMyCommands")) > before, timeout=90)
        return process

    first_wave, second_wave = range(700_000, 700_050), range(700_050, 700_075)
    try:
        first = start_bot()
        api.fail("sendMessage", 200, delay=0.5, times=10_000)  # every reply is slow
        for user in first_wave:
            api.send_text(user, "is colab free?")
        api.wait_for(lambda: api.calls_to("sendMessage"), timeout=30)  # replies are under way
        in_flight = 50 - len(api.calls_to("sendMessage"))
        first.send_signal(signal.SIGTERM)
        for user in second_wave:
            api.send_text(user, "do I need a PhD?")
        _, first_log = first.communicate(timeout=60)
        answered_by_first = len(api.calls_to("sendMessage"))

        second = start_bot()
        everyone = [*first_wave, *second_wave]
        api.wait_for(lambda: all(api.sent_to(u) for u in everyone), timeout=60)
        time.sleep(2)  # room for any duplicate to show up
        second.send_signal(signal.SIGTERM)
        second.communicate(timeout=60)
    finally:
        api.stop()
    assert first.returncode == 0, first_log[-2000:]
    assert in_flight >= 40  # the signal really came with most replies still to send
    replies = {user: len(api.sent_to(user)) for user in everyone}
    print(
        f"SIGTERM with {in_flight} of 50 replies in flight and 25 questions arriving during "
        f"shutdown: first process replied {answered_by_first}, the restarted one "
        f"{sum(replies.values()) - answered_by_first}; replies per question: "
        f"{sorted(set(replies.values()))}"
    )

    assert set(replies.values()) == {1}, replies
    assert answered_by_first >= 50  # the first process finished what it had taken on
    trace = first_log.find("Traceback")
    assert trace == -1, first_log[max(0, trace - 600) : trace + 3000]


@pytest.mark.slow
def test_start_is_answered_while_the_model_still_loads(tmp_path):
    """A /start and a question wait when the process starts; the model takes 20 s more
    than it does. The /start is answered at once, the question shows "typing…" and gets
    its answer once the model is in; `mentorbot health` says what is going on."""
    from bot.ops.health import heartbeat_path
    from bot.ops.health import read as read_heartbeat

    api = BotApiStandIn().start()
    db = tmp_path / "bot.sqlite3"
    env = clean_env(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=api.base_url,
        MENTORBOT_DB=str(db),
        MENTORBOT_TEST_LOAD_DELAY="20",
    )
    api.send_text(4343, "/start")
    api.send_text(4344, "is colab free?")
    process = subprocess.Popen([MENTORBOT, "run"], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
    try:
        welcome = api.wait_sent(4343, 1, timeout=60)[0]
        assert "ML internship mentor" in welcome.text
        api.wait_for(lambda: api.calls_to("sendChatAction", 4344), timeout=10)
        assert api.sent_to(4344) == []  # the question waits for the model
        api.wait_for(lambda: read_heartbeat(heartbeat_path(db)), timeout=10)
        health = run_cli("health", cwd=tmp_path, MENTORBOT_DB=str(db))
        assert health.returncode == 0 and "still loading" in health.stdout
        answer = api.wait_sent(4344, 1, timeout=120)[0]
        assert "Colab" in answer.text and answer.at - welcome.at > 15
        health = run_cli("health", cwd=tmp_path, MENTORBOT_DB=str(db))
        assert health.returncode == 0 and "are loaded" in health.stdout
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
        api.stop()
    assert process.returncode == 0, stderr[-2000:]
