"""kill -9 with questions in flight, then a restart: nothing is lost (see tests/crash.py;
benchmarks/crash.py runs the same at 300 questions)."""

from __future__ import annotations

import pytest

from tests.botapi import BotApiStandIn
from tests.crash import kill_and_restart


@pytest.mark.slow
def test_kill_9_with_questions_in_flight_loses_none_after_a_restart(tmp_path):
    api = BotApiStandIn().start()
    try:
        # The kill comes as the first replies go out, the worst moment: the replies in
        # flight then reach the user and are sent again after the restart. At the default
        # 30 messages a second, the bot keeps at most 9 in flight (delivery.sends_in_flight).
        result = kill_and_restart(
            api, tmp_path, users=20, per_user=3, first_user=930_000, kill_after=0.0
        )
    finally:
        api.stop()
    print(result.line())
    assert result.unanswered_at_kill >= 40  # the kill really came with most still to answer
    assert result.lost == 0
    assert result.answered_twice <= 10
