"""Micro-batching: concurrent callers share one model call instead of queueing one by one.

Questions that arrive while a batch is being encoded wait in a queue and go together in the
next batch, so a lone question is never delayed and a burst costs a few batched calls.
The work runs in one worker thread, which keeps the model off the event loop and lets torch
use both cores for a single batch rather than fighting itself over several.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class MicroBatcher(Generic[Item, Result]):
    def __init__(
        self,
        process: Callable[[list[Item]], Sequence[Result]],
        max_batch: int = 32,
        name: str = "batcher",
    ) -> None:
        if max_batch < 1:
            raise ValueError("max_batch must be at least 1")
        self._process = process
        self.max_batch = max_batch
        self._name = name
        self._queue: asyncio.Queue[tuple[Item, asyncio.Future[Result]]] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._executor: ThreadPoolExecutor | None = None
        self.batches = 0  # how many process() calls were made, for benchmarks and tests
        self.items = 0

    async def start(self) -> None:
        if self._worker is not None:
            return
        self._queue = asyncio.Queue()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        self._worker = asyncio.create_task(self._run(), name=self._name)

    async def stop(self) -> None:
        """Finish the batches already queued, then stop the worker."""
        if self._worker is None or self._queue is None:
            return
        await self._queue.join()
        self._worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._worker
        self._worker = None
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    async def submit(self, item: Item) -> Result:
        if self._queue is None:
            await self.start()
        assert self._queue is not None
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((item, future))
        return await future

    async def _run(self) -> None:
        assert self._queue is not None
        loop = asyncio.get_running_loop()
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self.max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            items = [item for item, _ in batch]
            try:
                results = await loop.run_in_executor(self._executor, self._process, items)
                if len(results) != len(items):
                    raise RuntimeError(f"{self._name}: {len(items)} in, {len(results)} out")
            except Exception as exc:  # one bad batch fails its callers, not the worker
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
            else:
                for (_, future), result in zip(batch, results, strict=True):
                    if not future.done():  # the caller may have been cancelled
                        future.set_result(result)
            finally:
                self.batches += 1
                self.items += len(batch)
                for _ in batch:
                    self._queue.task_done()
