"""What the operator's console reads and records: the overview's figures (overview.py), the
review inbox and the review actions (review.py), the corpus edits they lead to (edits.py),
and the publishes that take them live (publishes.py).

Nothing here returns a Telegram user id or chat id: the console shows counts and question
text, never who asked. Question text past the retention is left out even before the bot's
hourly job erases it, as in `mentorbot stats`.
"""

from bot.store.console.edits import (
    Edit,
    EditState,
    drop_edit,
    edit,
    edits_by_id,
    mark_published,
    open_edits,
    question_texts,
    save_draft,
)
from bot.store.console.overview import (
    ACTED_WITHIN,
    PERIODS,
    DayQuestions,
    DayVotes,
    Nudging,
    Overview,
    PassageVotes,
    overview,
    period_start,
)
from bot.store.console.publishes import (
    Publish,
    PublishState,
    get_publish,
    latest_publish,
    start_publish,
    update_publish,
)
from bot.store.console.review import (
    INBOX_LIMIT,
    Action,
    ActionRecord,
    Candidate,
    Reviewed,
    Why,
    action_count,
    inbox,
    kept_since,
    recent_actions,
    review,
)

__all__ = [
    "ACTED_WITHIN",
    "INBOX_LIMIT",
    "PERIODS",
    "Action",
    "ActionRecord",
    "Candidate",
    "DayQuestions",
    "DayVotes",
    "Edit",
    "EditState",
    "Nudging",
    "Overview",
    "PassageVotes",
    "Publish",
    "PublishState",
    "Reviewed",
    "Why",
    "action_count",
    "drop_edit",
    "edit",
    "edits_by_id",
    "get_publish",
    "inbox",
    "kept_since",
    "latest_publish",
    "mark_published",
    "open_edits",
    "overview",
    "period_start",
    "question_texts",
    "recent_actions",
    "review",
    "save_draft",
    "start_publish",
    "update_publish",
]
