"""The weekly nudge, its settings, timezones, and the wording of every day, time or
timezone the bot could not use."""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.nudges.compose import Nudge, NudgeState
from bot.nudges.preferences import Preferences, Snoozed
from bot.nudges.schedule import DAYS, Slot, SlotError, SlotProblem
from bot.telegram import callbacks as cb
from bot.telegram.views.common import Button, View, esc, label, quoted

# Opening lines, rotated: Nudge.template picks one. Each takes {done} and {total}.
OPENINGS = (
    "👋 Weekly check-in! You're at {done}/{total} on your ML internship checklist.",
    "🚀 New week, one step closer: {done} of {total} done so far.",
    "📈 Small steps add up. Your checklist: {done}/{total}.",
    "☕ Got half an hour this week? You're {done}/{total} through your list.",
    "🎯 Internship season rewards the prepared. Progress: {done}/{total}.",
)

STOP_NUDGES = Button("🔕 Stop nudges", cb.NUDGES_OFF)
PAUSING = (
    "<i>I haven't heard from you in a while, so this is my last nudge for now. "
    "Send /nudge on whenever you want them back.</i>"
)
USAGE = (
    "/nudge — your weekly nudge\n"
    "/nudge <day> <time> — e.g. /nudge mon 6pm or /nudge friday 18:30\n"
    "/nudge off, /nudge on\n"
    "/timezone <city or zone> — e.g. /timezone Berlin"
)
SAVED = "✅ Saved."
NUDGES_STOPPED = "🔕 Nudges are off. Send /nudge on to bring them back."
NUDGES_STARTED = "🔔 Nudges are on."


# ── how times and zones read ─────────────────────────────────────────────────


def zone_label(zone: str) -> str:
    """How a zone reads to people: Etc/GMT-5 (a sign the other way round) is UTC+5."""
    fixed = re.fullmatch(r"Etc/GMT([+-])(\d+)", zone)
    if fixed:
        return f"UTC{'-' if fixed[1] == '+' else '+'}{fixed[2]}"
    return zone


def local_label(moment: datetime, timezone: str) -> str:
    """ "Mon 2 Mar, 18:00" in the user's timezone."""
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%a} {local.day} {local:%b}, {local:%H:%M}"


def describe(slot: Slot) -> str:
    return (
        f"{DAYS[slot.weekday].capitalize()}s at {slot.local_time:%H:%M} "
        f"({zone_label(slot.timezone)})"
    )


# ── the nudge ────────────────────────────────────────────────────────────────


def opening(nudge: Nudge) -> str:
    return OPENINGS[nudge.template].format(done=nudge.done, total=nudge.total)


def nudge_view(nudge: Nudge) -> View:
    # The last nudge before a pause offers to keep them coming instead of snooze and stop.
    controls = (
        (Button("🔔 Keep the nudges coming", cb.NUDGES_ON),)
        if nudge.pausing
        else (Button("⏰ Remind me tomorrow", cb.SNOOZE), STOP_NUDGES)
    )
    if nudge.state is NudgeState.EMPTY:
        text = (
            "👋 Your weekly nudge! You don't have a study checklist yet. I can start one "
            "with the guide's steps, from the core courses to applying."
        )
        action = Button("📝 Start my checklist", cb.ADD_TEMPLATE)
    elif nudge.state is NudgeState.COMPLETE:
        text = (
            f"🎉 You've ticked off all {nudge.total} items on your checklist. Brilliant!\n\n"
            "Next: apply. A referral, your advisor's contacts or a company's booth at a "
            "conference work best. Set yourself new goals with /checklist add."
        )
        action = Button("📚 How to apply", cb.pack(cb.TOPIC, "applying", 0))
    else:
        lines = [esc(opening(nudge)), "", "<b>Next up:</b>"]
        for item in nudge.items:
            lines.append(f"⬜ {esc(item.text)}")
            if item.tip:
                lines.append(f"    <i>💡 {esc(item.tip)}</i>")
        text = "\n".join(lines)
        first = nudge.items[0]
        action = Button(label(f"✅ Done: {first.text}"), cb.pack(cb.CHECK, first.item_id, 1, 0))
    if nudge.pausing:
        text += "\n\n" + PAUSING
    return View(text, ((action,), controls))


# ── settings and timezone ────────────────────────────────────────────────────


def settings_view(prefs: Preferences, note: str | None = None) -> View:
    head = [esc(note), ""] if note else []
    slot = prefs.slot
    if prefs.enabled:
        lines = [*head, "⏰ <b>Your weekly nudge</b>", f"{esc(describe(slot))}"]
        if prefs.next_at:
            lines.append(f"Next one: {local_label(prefs.next_at, slot.timezone)} your time.")
        lines += ["", "Change it: <code>/nudge fri 6pm</code> · <code>/timezone Berlin</code>"]
        return View("\n".join(lines), ((Button("🔕 Turn nudges off", cb.NUDGES_OFF),),))
    reason = (
        "I paused them because I hadn't heard from you in a while."
        if prefs.paused_for_silence
        else "You turned them off."
    )
    lines = [*head, "🔕 <b>Weekly nudges are off.</b>", reason, f"When on: {esc(describe(slot))}."]
    return View("\n".join(lines), ((Button("🔔 Turn nudges on", cb.NUDGES_ON),),))


def timezone_view(zone: str, now: datetime) -> View:
    return View(
        f"🌍 Your timezone is {esc(zone_label(zone))} (it's {local_label(now, zone)} there).\n"
        "Change it with a city or a zone, e.g. <code>/timezone Berlin</code> or "
        "<code>/timezone America/New_York</code>."
    )


def timezone_set_note(zone: str, now: datetime) -> str:
    return f"🌍 Timezone set to {zone_label(zone)}: it's {local_label(now, zone)} there."


def snoozed_toast(snoozed: Snoozed) -> str:
    until = local_label(snoozed.until, snoozed.timezone)
    return f"⏰ OK, I'll remind you tomorrow ({until} your time)."


def switched_toast(enabled: bool) -> str:
    return NUDGES_STARTED if enabled else NUDGES_STOPPED


# ── refusals ─────────────────────────────────────────────────────────────────


def problem_text(error: SlotError) -> str:
    """Why a day, time or timezone can't be used, in plain text, and how to write it."""
    match error.problem:
        case SlotProblem.BAD_DAY:
            return f"{quoted(error.token, 20)} isn't a day I know. Try mon, tuesday, fri…"
        case SlotProblem.BAD_TIME:
            return f"{quoted(error.token, 20)} isn't a time I understand. Try 18:00, 6pm or 7:30am."
        case SlotProblem.OFFSET_MINUTES:
            return (
                f"For a UTC{error.token} offset, tell me your city instead, "
                "e.g. /timezone Kolkata or /timezone Kathmandu."
            )
        case SlotProblem.UNKNOWN_ZONE:
            hint = ", ".join(dict.fromkeys(zone_label(zone) for zone in error.suggestions))
            suggestion = (
                f" Did you mean {hint}?"
                if hint
                else " Try a city, like Berlin, or a zone like Asia/Kolkata."
            )
            return f"I don't know the timezone {quoted(error.token, 40)}.{suggestion}"
        case SlotProblem.NEED_DAY_AND_TIME:
            return "I need a day and a time, like this:"
        case SlotProblem.NOT_STARTED:
            return "Send /start first, then set your nudges."


def nudge_problem_view(error: SlotError) -> View:
    """A /nudge that can't be used: why, and the usage."""
    return View(f"{esc(problem_text(error))}\n\n{esc(USAGE)}")


def timezone_problem_view(error: SlotError) -> View:
    return View(esc(problem_text(error)))
