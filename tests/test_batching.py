"""The micro-batcher: concurrent callers share calls, and each gets its own result."""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.batching import MicroBatcher


async def test_concurrent_items_share_batches_and_keep_their_results():
    calls: list[list[int]] = []
    main_thread = threading.get_ident()
    threads: set[int] = set()

    def square(items: list[int]) -> list[int]:
        calls.append(items)
        threads.add(threading.get_ident())
        threading.Event().wait(0.02)  # a model call takes a while
        return [i * i for i in items]

    batcher = MicroBatcher(square, max_batch=8)
    await batcher.start()
    results = await asyncio.gather(*(batcher.submit(i) for i in range(40)))
    await batcher.stop()
    assert results == [i * i for i in range(40)]
    # All 40 are queued before the worker wakes, so every batch is full, in arrival order.
    assert calls == [list(range(start, start + 8)) for start in range(0, 40, 8)]
    assert (batcher.batches, batcher.items) == (5, 40)
    assert main_thread not in threads  # the work ran off the event loop


async def test_a_lone_item_is_not_held_back():
    batcher: MicroBatcher[str, str] = MicroBatcher(lambda items: items, max_batch=32)
    result = await asyncio.wait_for(batcher.submit("x"), timeout=1)
    await batcher.stop()
    assert result == "x"
    assert batcher.batches == 1


async def test_without_batching_every_item_is_its_own_call():
    batcher: MicroBatcher[int, int] = MicroBatcher(lambda items: items, max_batch=1)
    await asyncio.gather(*(batcher.submit(i) for i in range(5)))
    await batcher.stop()
    assert batcher.batches == 5


async def test_a_failing_batch_fails_its_callers_and_the_worker_survives():
    def fragile(items: list[str]) -> list[str]:
        if "boom" in items:
            raise RuntimeError("model exploded")
        return items

    batcher = MicroBatcher(fragile, max_batch=1)
    with pytest.raises(RuntimeError, match="exploded"):
        await batcher.submit("boom")
    assert await batcher.submit("fine") == "fine"
    await batcher.stop()


async def test_stop_finishes_queued_work_first():
    batcher: MicroBatcher[int, int] = MicroBatcher(lambda items: items, max_batch=2)
    await batcher.start()
    pending = [asyncio.create_task(batcher.submit(i)) for i in range(6)]
    await asyncio.sleep(0)
    await batcher.stop()
    assert [await p for p in pending] == list(range(6))


def test_max_batch_must_be_positive():
    with pytest.raises(ValueError):
        MicroBatcher(lambda items: items, max_batch=0)
