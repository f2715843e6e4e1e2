"""Something slow, loaded in a worker thread while the bot already runs.

The bot answers commands, buttons, the checklist and nudges from the moment it starts;
only questions need the model and the search index, and they wait for a `Loading`.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from enum import StrEnum
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class LoadState(StrEnum):
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"


class LoadFailed(RuntimeError):
    """Loading failed; the message is the one-line reason."""


def one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if text else type(error).__name__


class Loading(Generic[T]):
    def __init__(self, name: str, load: Callable[[], T]) -> None:
        self.name = name
        self._load = load
        self._future: Future[T] = Future()
        self._started = threading.Lock()
        self._thread: threading.Thread | None = None
        self.seconds: float | None = None  # how long loading took, once it is over
        self.reason: str | None = None  # why it failed

    @classmethod
    def done(cls, name: str, value: T) -> Loading[T]:
        """Something already loaded."""
        loading = cls(name, lambda: value)
        loading._future.set_running_or_notify_cancel()
        loading._future.set_result(value)
        loading.seconds = 0.0
        return loading

    def start(self) -> None:
        """Begin loading in a daemon thread (a stop during loading needn't wait for it)."""
        with self._started:
            if self._thread is not None or self._future.done():
                return
            # Running from here on, so a waiter that is cancelled can't cancel the load.
            self._future.set_running_or_notify_cancel()
            self._thread = threading.Thread(target=self._run, name=f"load {self.name}", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        started = time.perf_counter()
        try:
            value = self._load()
        except BaseException as error:  # any failure is reported, in one line
            self.reason = one_line(error)
            self.seconds = time.perf_counter() - started
            log.error("Could not load %s: %s", self.name, self.reason)
            log.debug("Loading %s failed", self.name, exc_info=error)
            self._future.set_exception(LoadFailed(self.reason))
        else:
            self.seconds = time.perf_counter() - started
            log.info("Loaded %s in %.1fs", self.name, self.seconds)
            self._future.set_result(value)

    def when_settled(self, callback: Callable[[], object]) -> None:
        """Call `callback` once loading has succeeded or failed: at once if it has, else
        from the loading thread."""
        self._future.add_done_callback(lambda _: callback())

    @property
    def state(self) -> LoadState:
        if not self._future.done():
            return LoadState.LOADING
        return LoadState.FAILED if self._future.exception() else LoadState.READY

    def get(self) -> T:
        """The value; raises LoadFailed, or RuntimeError while still loading."""
        if not self._future.done():
            raise RuntimeError(f"{self.name} is still loading")
        return self._future.result()

    async def wait(self) -> T:
        """The value once loaded (starting the load if nobody has); raises LoadFailed."""
        self.start()
        return await asyncio.wrap_future(self._future)

    def wait_blocking(self, timeout: float | None = None) -> T:
        self.start()
        return self._future.result(timeout)
