"""Settings from the environment and .env: defaults, precedence, and clear refusals."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_API_BASE_URL,
    DEVELOPER_VARIABLES,
    PROJECT_ROOT,
    VARIABLES,
    ConfigError,
    Settings,
    project_path,
)
from bot.logs import REDACTED, redact


def test_defaults(tmp_path):
    settings = Settings.from_env({}, dotenv_path=tmp_path / ".env")
    assert settings.token is None
    assert settings.api_base_url == DEFAULT_API_BASE_URL
    assert settings.db_path == Path("data/mentorbot.sqlite3")
    assert (settings.default_timezone, settings.log_level) == ("UTC", "INFO")
    assert settings.questions_per_minute == 20 and settings.nudge_rate_per_second == 20.0


def test_dotenv_is_read_and_the_environment_wins(tmp_path):
    dotenv = tmp_path / ".env"
    dotenv.write_text("TELEGRAM_BOT_TOKEN=from-file\nMENTORBOT_TIMEZONE=Europe/Berlin\n")
    settings = Settings.from_env({"MENTORBOT_TIMEZONE": "Asia/Tokyo"}, dotenv_path=dotenv)
    assert settings.token == "from-file"
    assert settings.default_timezone == "Asia/Tokyo"


def test_empty_values_mean_the_default(tmp_path):
    settings = Settings.from_env(
        {"MENTORBOT_DB": "", "MENTORBOT_CORPUS_DIR": " "}, dotenv_path=None
    )
    assert settings.db_path == Path("data/mentorbot.sqlite3")
    assert settings.corpus_dir.name == "corpus"


def test_the_token_is_not_in_the_repr():
    assert "secret-token" not in repr(Settings(token="123:secret-token"))


@pytest.mark.parametrize(
    ("name", "value", "complaint"),
    [
        ("MENTORBOT_TIMEZONE", "Mars/Olympus", "IANA timezone"),
        ("MENTORBOT_QUESTIONS_PER_MINUTE", "0", "at least 1"),
        ("MENTORBOT_QUESTIONS_PER_MINUTE", "lots", "whole number"),
        ("MENTORBOT_NUDGES_PER_SECOND", "0", "at least 0.1"),
        ("MENTORBOT_WEBHOOK_PORT", "http", "whole number"),
        ("MENTORBOT_LOG_LEVEL", "chatty", "MENTORBOT_LOG_LEVEL"),
        ("MENTORBOT_WEBHOOK_SECRET", "has spaces!", "A-Z, a-z, 0-9"),
    ],
)
def test_bad_values_are_refused_with_the_setting_named(name, value, complaint):
    with pytest.raises(ConfigError, match=complaint):
        Settings.from_env({name: value}, dotenv_path=None)


def test_fractional_nudge_rates_are_fine():
    assert (
        Settings.from_env(
            {"MENTORBOT_NUDGES_PER_SECOND": "2.5"}, dotenv_path=None
        ).nudge_rate_per_second
        == 2.5
    )


def test_redaction_hides_tokens_and_secrets():
    token = "123456789:AAF-abcdefghijklmnopqrstuvwxyz012345"
    line = f"POST https://api.telegram.org/bot{token}/getMe s3cr3t"

    cleaned = redact(line, secrets=("s3cr3t",))
    assert "AAF-abcdefghijklmnopqrstuvwxyz012345" not in cleaned and "s3cr3t" not in cleaned
    assert cleaned.count(REDACTED) == 2


def test_project_paths_are_the_checkouts_else_the_working_directorys(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    questions = "tests/data/dev_questions.jsonl"
    assert project_path(questions) == PROJECT_ROOT / questions
    assert project_path("not-in-the-checkout") == tmp_path / "not-in-the-checkout"


def test_every_setting_has_exactly_one_variable():
    every = (*VARIABLES, *DEVELOPER_VARIABLES)
    assert sorted(v.field for v in every) == sorted(f.name for f in fields(Settings))
    assert len({v.name for v in every}) == len(every)


def test_every_variable_sets_its_setting(tmp_path):
    """Each variable in the table, given a valid value, lands in its own field."""
    valid = {
        "TELEGRAM_BOT_TOKEN": ("123:abc", "123:abc"),
        "TELEGRAM_API_BASE_URL": ("http://localhost:8081/bot", "http://localhost:8081/bot"),
        "MENTORBOT_DB": ("/tmp/x.sqlite3", Path("/tmp/x.sqlite3")),
        "MENTORBOT_TIMEZONE": ("Asia/Tokyo", "Asia/Tokyo"),
        "MENTORBOT_LOG_LEVEL": ("debug", "DEBUG"),
        "MENTORBOT_CORPUS_DIR": ("/srv/corpus", Path("/srv/corpus")),
        "MENTORBOT_INDEX_DIR": ("/srv/index", Path("/srv/index")),
        "MENTORBOT_WEBHOOK_URL": ("https://bot.example.org", "https://bot.example.org"),
        "MENTORBOT_WEBHOOK_LISTEN": ("127.0.0.1", "127.0.0.1"),
        "MENTORBOT_WEBHOOK_PORT": ("88", 88),
        "MENTORBOT_WEBHOOK_PATH": ("/hook/", "hook"),
        "MENTORBOT_WEBHOOK_SECRET": ("s3cr3t_-", "s3cr3t_-"),
        "MENTORBOT_QUESTIONS_PER_MINUTE": ("7", 7),
        "MENTORBOT_MAX_MESSAGES_PER_SECOND": ("12", 12),
        "MENTORBOT_NUDGES_PER_SECOND": ("2.5", 2.5),
        "MENTORBOT_QUESTION_RETENTION_DAYS": ("30", 30),
        "MENTORBOT_CONSOLE_PASSWORD": ("a console password", "a console password"),
        "MENTORBOT_CONSOLE_LISTEN": ("0.0.0.0", "0.0.0.0"),
        "MENTORBOT_CONSOLE_PORT": ("9090", 9090),
        "MENTORBOT_MICRO_BATCHING": ("0", False),
        "MENTORBOT_INBOX": ("0", False),
        "MENTORBOT_TEST_LOAD_DELAY": ("1.5", 1.5),
    }
    every = (*VARIABLES, *DEVELOPER_VARIABLES)
    assert sorted(valid) == sorted(v.name for v in every)
    settings = Settings.from_env({name: raw for name, (raw, _) in valid.items()}, dotenv_path=None)
    for variable in every:
        assert getattr(settings, variable.field) == valid[variable.name][1], variable.name
