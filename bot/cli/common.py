"""What every command shares: its error, the exit codes, and loading what it needs with a
one-line message (never a traceback) when it can't."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:
    from bot.knowledge.mentor import Mentor
    from bot.knowledge.search.retriever import Retriever
    from bot.services import Services

EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
EXIT_WORSE = 4  # publish: a figure got worse beyond noise, and --yes was not given
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell tool killed by a closed pipe returns


class CliError(Exception):
    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def load_services(settings: Settings) -> Services:
    """Quick: the model and the index load in the background once the bot starts."""
    from bot.knowledge.search.index import IndexUnavailable
    from bot.services import Services

    try:
        return Services.load(settings)
    except IndexUnavailable as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


def load_retriever(settings: Settings) -> Retriever:
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable
    from bot.knowledge.search.retriever import load_retriever

    try:
        return load_retriever(settings.corpus_dir, settings.index_dir)
    except (IndexUnavailable, ModelUnavailable) as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None


def load_mentor_or_fail(settings: Settings) -> Mentor:
    from bot.knowledge.deciding.models import ModelsUnavailable
    from bot.knowledge.mentor import load_mentor
    from bot.knowledge.search.embedder import ModelUnavailable
    from bot.knowledge.search.index import IndexUnavailable

    try:
        return load_mentor(settings.corpus_dir, settings.index_dir)
    except (IndexUnavailable, ModelUnavailable, ModelsUnavailable) as exc:
        raise CliError(str(exc), EXIT_UNAVAILABLE) from None
