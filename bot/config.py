"""One typed settings object, built from the environment and an optional `.env` file.

No other module reads `os.environ`: settings are built here once and passed down.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def project_path(relative: str) -> Path:
    """A path in the checkout (corpus/, index/, tests/data/…); installed as a package (in
    Docker, say), where there is no checkout, the working directory's."""
    candidate = PROJECT_ROOT / relative
    return candidate if candidate.exists() else Path.cwd() / relative


DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
MIN_CONSOLE_PASSWORD = 12  # characters; `mentorbot console` refuses a shorter one
_TOKEN_SHAPE = re.compile(r"^\d{5,16}:[A-Za-z0-9_-]{30,64}$")


class ConfigError(ValueError):
    """A setting has a value the bot cannot use; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    db_path: Path = Path("data/mentorbot.sqlite3")
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    corpus_dir: Path = field(default_factory=lambda: project_path("corpus"))
    index_dir: Path = field(default_factory=lambda: project_path("index"))
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_path: str = "telegram"
    webhook_secret: str | None = field(default=None, repr=False)
    questions_per_minute: int = 20
    # Telegram allows about 30 messages a second per bot overall; AIORateLimiter keeps to it.
    max_messages_per_second: int = 30
    nudge_rate_per_second: float = 20.0
    question_retention_days: int = 90
    micro_batching: bool = True
    # Off only to measure what the inbox costs: then a crash loses the updates in flight.
    inbox: bool = True
    # Tests only: seconds the model and index take longer to load than they do.
    test_load_delay: float = 0.0
    # The operator's console (`mentorbot console`): it refuses to start without a password,
    # and listens on this machine only unless told otherwise.
    console_password: str | None = field(default=None, repr=False)
    console_listen: str = "127.0.0.1"
    console_port: int = 8080

    @property
    def token_looks_valid(self) -> bool:
        return bool(self.token and _TOKEN_SHAPE.match(self.token))

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        dotenv_path: Path | None = Path(".env"),
    ) -> Settings:
        """Environment variables win over `.env`, which wins over the defaults. An empty
        value means the default."""
        values: dict[str, str] = {}
        if dotenv_path is not None and dotenv_path.is_file():
            values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
        values.update(os.environ if environ is None else environ)
        changes: dict[str, Any] = {}
        for variable in (*VARIABLES, *DEVELOPER_VARIABLES):
            raw = values.get(variable.name, "").strip()
            if raw:
                changes[variable.field] = variable.read(variable.name, raw)
        return cls(**changes)


# ── the environment variables ────────────────────────────────────────────────
# Each reader turns a variable's (stripped, non-empty) text into its setting, or raises a
# ConfigError that names the variable and says what it must be.


def _text(name: str, raw: str) -> str:
    return raw


def _path(name: str, raw: str) -> Path:
    return Path(raw)


def _number(kind: type[int] | type[float], minimum: float) -> Callable[[str, str], Any]:
    def read(name: str, raw: str) -> int | float:
        try:
            value = kind(raw)
        except ValueError:
            value = None
        if value is None or value < minimum:
            what = "a whole number" if kind is int else "a number"
            raise ConfigError(f"{name} must be {what} of at least {minimum}, got {raw!r}")
        return value

    return read


def _log_level(name: str, raw: str) -> str:
    level = raw.upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"{name} must be DEBUG, INFO, WARNING or ERROR, got {level!r}")
    return level


def _timezone(name: str, raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{name}={raw!r} is not an IANA timezone (e.g. Europe/Berlin)") from None
    return raw


def _secret(name: str, raw: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", raw):
        raise ConfigError(f"{name} must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return raw


def _url_path(name: str, raw: str) -> str:
    return raw.strip("/")


def _switch(name: str, raw: str) -> bool:
    return raw not in {"0", "false", "no"}


@dataclass(frozen=True)
class Variable:
    name: str  # in the environment or .env
    field: str  # the Settings field it sets
    read: Callable[[str, str], Any] = _text


# Every setting the environment can change: from_env reads these and only these, and the
# deploy tests check that each is documented in .env.example and the README.
VARIABLES: tuple[Variable, ...] = (
    Variable("TELEGRAM_BOT_TOKEN", "token"),
    Variable("TELEGRAM_API_BASE_URL", "api_base_url"),
    Variable("MENTORBOT_DB", "db_path", _path),
    Variable("MENTORBOT_TIMEZONE", "default_timezone", _timezone),
    Variable("MENTORBOT_LOG_LEVEL", "log_level", _log_level),
    Variable("MENTORBOT_CORPUS_DIR", "corpus_dir", _path),
    Variable("MENTORBOT_INDEX_DIR", "index_dir", _path),
    Variable("MENTORBOT_WEBHOOK_URL", "webhook_url"),
    Variable("MENTORBOT_WEBHOOK_LISTEN", "webhook_listen"),
    Variable("MENTORBOT_WEBHOOK_PORT", "webhook_port", _number(int, 1)),
    Variable("MENTORBOT_WEBHOOK_PATH", "webhook_path", _url_path),
    Variable("MENTORBOT_WEBHOOK_SECRET", "webhook_secret", _secret),
    Variable("MENTORBOT_QUESTIONS_PER_MINUTE", "questions_per_minute", _number(int, 1)),
    Variable("MENTORBOT_MAX_MESSAGES_PER_SECOND", "max_messages_per_second", _number(int, 1)),
    Variable("MENTORBOT_NUDGES_PER_SECOND", "nudge_rate_per_second", _number(float, 0.1)),
    Variable("MENTORBOT_QUESTION_RETENTION_DAYS", "question_retention_days", _number(int, 1)),
    Variable("MENTORBOT_CONSOLE_PASSWORD", "console_password"),
    Variable("MENTORBOT_CONSOLE_LISTEN", "console_listen"),
    Variable("MENTORBOT_CONSOLE_PORT", "console_port", _number(int, 1)),
)

# Settings for measuring and testing the bot, not for running it: read the same way, but
# kept out of the operators' table (README "Tests and benchmarks" lists them).
DEVELOPER_VARIABLES: tuple[Variable, ...] = (
    Variable("MENTORBOT_MICRO_BATCHING", "micro_batching", _switch),
    Variable("MENTORBOT_INBOX", "inbox", _switch),
    Variable("MENTORBOT_TEST_LOAD_DELAY", "test_load_delay", _number(float, 0)),
)
