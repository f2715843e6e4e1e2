"""One typed settings object, built from the environment and an optional `.env` file.

No other module reads `os.environ`: settings are built here once and passed down.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
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

    @property
    def token_looks_valid(self) -> bool:
        return bool(self.token and _TOKEN_SHAPE.match(self.token))

    @classmethod
    def from_env(
        cls,
        environ: Mapping[str, str] | None = None,
        dotenv_path: Path | None = Path(".env"),
    ) -> Settings:
        """Environment variables win over `.env`, which wins over the defaults."""
        values: dict[str, str] = {}
        if dotenv_path is not None and dotenv_path.is_file():
            values.update({k: v for k, v in dotenv_values(dotenv_path).items() if v is not None})
        values.update(os.environ if environ is None else environ)

        def get(name: str) -> str | None:
            value = values.get(name, "").strip()
            return value or None

        def get_number(name: str, default: float, kind: type = int, minimum: float = 1) -> Any:
            raw = get(name)
            if raw is None:
                return default
            try:
                value = kind(raw)
            except ValueError:
                value = None
            if value is None or value < minimum:
                what = "a whole number" if kind is int else "a number"
                raise ConfigError(f"{name} must be {what} of at least {minimum}, got {raw!r}")
            return value

        log_level = (get("MENTORBOT_LOG_LEVEL") or "INFO").upper()
        if log_level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(
                f"MENTORBOT_LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}"
            )

        timezone = get("MENTORBOT_TIMEZONE") or "UTC"
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(
                f"MENTORBOT_TIMEZONE={timezone!r} is not an IANA timezone (e.g. Europe/Berlin)"
            ) from None

        secret = get("MENTORBOT_WEBHOOK_SECRET")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ConfigError(
                "MENTORBOT_WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -"
            )

        defaults = cls()
        return cls(
            token=get("TELEGRAM_BOT_TOKEN"),
            api_base_url=get("TELEGRAM_API_BASE_URL") or DEFAULT_API_BASE_URL,
            db_path=Path(get("MENTORBOT_DB") or defaults.db_path),
            default_timezone=timezone,
            log_level=log_level,
            corpus_dir=Path(get("MENTORBOT_CORPUS_DIR") or defaults.corpus_dir),
            index_dir=Path(get("MENTORBOT_INDEX_DIR") or defaults.index_dir),
            webhook_url=get("MENTORBOT_WEBHOOK_URL"),
            webhook_listen=get("MENTORBOT_WEBHOOK_LISTEN") or defaults.webhook_listen,
            webhook_port=get_number("MENTORBOT_WEBHOOK_PORT", defaults.webhook_port),
            webhook_path=(get("MENTORBOT_WEBHOOK_PATH") or defaults.webhook_path).strip("/"),
            webhook_secret=secret,
            questions_per_minute=get_number(
                "MENTORBOT_QUESTIONS_PER_MINUTE", defaults.questions_per_minute
            ),
            max_messages_per_second=get_number(
                "MENTORBOT_MAX_MESSAGES_PER_SECOND", defaults.max_messages_per_second
            ),
            nudge_rate_per_second=get_number(
                "MENTORBOT_NUDGES_PER_SECOND", defaults.nudge_rate_per_second, float, 0.1
            ),
            question_retention_days=get_number(
                "MENTORBOT_QUESTION_RETENTION_DAYS", defaults.question_retention_days
            ),
            micro_batching=(get("MENTORBOT_MICRO_BATCHING") or "1") not in {"0", "false", "no"},
        )
