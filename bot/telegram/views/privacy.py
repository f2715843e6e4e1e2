"""/export and /forget: what the bot says when handing over or deleting a user's data."""

from __future__ import annotations

from datetime import datetime

from bot.telegram import callbacks as cb
from bot.telegram.views.common import Button, View

FORGOTTEN = (
    "Done: I've deleted everything I stored about you. "
    "If you ever want to start again, send /start."
)
EXPORT_CAPTION = "Here's everything I store about you, as JSON."
EXPIRED_CONFIRMATION = "That confirmation has expired. Please ask again."


def export_filename(at: datetime) -> str:
    return f"mentorbot-my-data-{at:%Y-%m-%d}.json"


def confirm_forget_view(confirmation: int) -> View:
    return View(
        "This deletes everything I store about you: your checklist, the questions you asked, "
        "your feedback and your settings. It can't be undone.\n\n"
        "Want a copy first? Send /export.",
        (
            (
                Button("🗑 Yes, delete everything", cb.pack(cb.CONFIRM_FORGET, confirmation)),
                Button("Cancel", cb.CANCEL),
            ),
        ),
    )
