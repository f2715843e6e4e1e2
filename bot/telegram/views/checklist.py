"""The study checklist: the list page by page, confirmations, notes, toasts, and the wording
of everything the checklist refuses."""

from __future__ import annotations

from collections.abc import Sequence

from bot.checklist.service import MAX_ITEMS, MAX_TEXT, ChecklistError, Item, Listing, Problem
from bot.telegram import callbacks as cb
from bot.telegram.views.common import Button, View, esc, label, quoted

PAGE_SIZE = 8
IN_PLACE = "here"  # a button's argument: show the result in place of its message
TOAST_LIMIT = 200  # Telegram cuts a callback answer's text at 200 characters

USAGE = (
    "/checklist — show your checklist\n"
    "/checklist add <text> — add an item\n"
    "/checklist done <n…> — tick items, e.g. done 1 3 or done 2-4\n"
    "/checklist undo <n…> — untick items\n"
    "/checklist remove <n> — remove an item\n"
    "/checklist clear — remove every item\n"
    "/checklist template — add the items from the guide"
)

GONE_ITEM = "That item is no longer on your checklist."
ALREADY_ON_IT = "It's already on your checklist 👍"


def bar(done: int, total: int, width: int = 10) -> str:
    filled = round(width * done / total) if total else 0
    return f"{'▓' * filled}{'░' * (width - filled)} {done}/{total}"


def checklist_view(listing: Listing, page: int = 0, note: str | None = None) -> View:
    """One page of the list with a toggle (and a Why? when linked) per item."""
    items = listing.items
    head = [f"{esc(note)}\n"] if note else []
    if not items:
        text = "\n".join(
            [
                *head,
                "📝 <b>Your checklist is empty.</b>",
                "Start from the guide's steps, or add your own: "
                "<code>/checklist add Finish a deep learning course</code>",
            ]
        )
        add = Button("📝 Add the guide's steps", cb.pack(cb.ADD_TEMPLATE, IN_PLACE))
        return View(text, ((add,),))
    pages = max(1, -(-len(items) // PAGE_SIZE))
    page = min(max(page, 0), pages - 1)
    first = page * PAGE_SIZE
    shown = list(enumerate(items, start=1))[first : first + PAGE_SIZE]
    progress = listing.progress
    lines = [
        *head,
        "📝 <b>Your study checklist</b>",
        f"<code>{bar(progress.done, progress.total)}</code>",
        "",
    ]
    lines += [f"{'✅' if item.done else '⬜'} {number}. {esc(item.text)}" for number, item in shown]
    if progress.done == progress.total:
        lines += ["", "🎉 All done! Time to apply: see /topics → How to apply."]
    if pages > 1:
        lines += ["", f"Page {page + 1} of {pages}"]
    lines += ["", "<i>Tap an item to tick it off. /checklist help for more.</i>"]
    rows: list[tuple[Button, ...]] = []
    for number, item in shown:
        toggle = Button(
            label(f"{'✅' if item.done else '⬜'} {number}. {item.text}"),
            cb.pack(cb.CHECK, item.id, 0 if item.done else 1, page),
        )
        why = (Button("❓ Why?", cb.pack(cb.WHY, item.id)),) if item.passage_id else ()
        rows.append((toggle, *why))
    nav = []
    if page > 0:
        nav.append(Button("◀ Previous", cb.pack(cb.CHECKLIST_PAGE, page - 1)))
    if page + 1 < pages:
        nav.append(Button("Next ▶", cb.pack(cb.CHECKLIST_PAGE, page + 1)))
    if nav:
        rows.append(tuple(nav))
    return View("\n".join(lines), tuple(rows))


def help_view() -> View:
    return View(f"<b>Checklist commands</b>\n{esc(USAGE)}")


def confirm_remove_view(item: Item, number: int) -> View:
    return View(
        f"Remove item {number}, “{esc(item.text)}”?",
        (
            (
                Button("🗑 Yes, remove it", cb.pack(cb.CONFIRM_REMOVE, item.id)),
                Button("Keep it", cb.CANCEL),
            ),
        ),
    )


def confirm_clear_view(listing: Listing) -> View:
    """Asks first; the button carries the newest id, so items added since are spared."""
    if not listing.items:
        return checklist_view(listing)
    return View(
        f"Remove all {len(listing.items)} items from your checklist? This can't be undone.",
        (
            (
                Button("🗑 Yes, clear it", cb.pack(cb.CONFIRM_CLEAR, listing.newest_id)),
                Button("Keep them", cb.CANCEL),
            ),
        ),
    )


# ── notes above the list, and toasts ─────────────────────────────────────────


def added_note(item: Item) -> str:
    return f"➕ Added: {item.text}"


def marked_note(numbers: Sequence[int], done: bool) -> str:
    listed = ", ".join(str(n) for n in numbers)
    return f"✅ Ticked off {listed}." if done else f"↩️ Unticked {listed}."


def template_note(added: int) -> str:
    if added == 0:
        return "You already have every step from the guide."
    return f"Added {added} step{'s' if added != 1 else ''} from the guide."


def toggled_toast(item: Item | None) -> str:
    if item is None:
        return GONE_ITEM
    return "✅ Done!" if item.done else "↩️ Not done yet"


def removed_toast(removed: bool) -> str:
    return "🗑 Removed" if removed else GONE_ITEM


def cleared_toast(removed: int) -> str:
    return f"🗑 Removed {removed} item{'s' if removed != 1 else ''}"


def added_toast(item: Item) -> str:
    return f"➕ Added to your checklist: {item.text}"[:TOAST_LIMIT]


# ── refusals ─────────────────────────────────────────────────────────────────


def problem_text(error: ChecklistError) -> str:
    """Why the checklist refused, in plain text, with how to do it right."""
    match error.problem:
        case Problem.UNKNOWN_ACTION:
            return f"I don't know {quoted(error.token)}. Here's what works:\n{USAGE}"
        case Problem.NO_NUMBERS:
            return f"Which items? For example: /checklist {error.token} 2"
        case Problem.REMOVE_ONE:
            return "Remove one item at a time, for example: /checklist remove 3"
        case Problem.NOT_A_NUMBER:
            return (
                f"{quoted(error.token)} isn't an item number. Use the numbers from /checklist, "
                "for example: /checklist done 2"
            )
        case Problem.BAD_RANGE:
            return f"{quoted(error.token)} isn't a range I can use, try e.g. 2-4"
        case Problem.EMPTY_TEXT:
            return "What should I add? For example: /checklist add Finish the fast.ai course"
        case Problem.TOO_LONG:
            return (
                f"That's {error.count} characters; an item can have at most {MAX_TEXT}. "
                "Try a shorter version."
            )
        case Problem.FULL:
            return f"Your checklist is full ({MAX_ITEMS} items). Remove or clear some items first."
        case Problem.DUPLICATE:
            return f"That's already item {error.numbers[0]} on your checklist."
        case Problem.EMPTY_LIST:
            return "Your checklist is empty. Add an item with /checklist add <text>."
        case Problem.NO_SUCH_ITEM:
            listed = ", ".join(str(n) for n in error.numbers)
            have = "only item 1" if error.count == 1 else f"items 1 to {error.count}"
            return f"There's no item {listed}: your checklist has {have}."


def problem_view(error: ChecklistError) -> View:
    return View(esc(problem_text(error)))


def problem_toast(error: ChecklistError) -> str:
    return problem_text(error)[:TOAST_LIMIT]
