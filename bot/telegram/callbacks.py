"""callback_data for inline buttons: `action:arg:arg…`, at most 64 bytes.

Buttons outlive the state they were drawn from, and anyone can send any callback_data,
so handlers treat what `unpack` returns as untrusted input.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_BYTES = 64
SEP = ":"

# Actions: kept to a few characters to leave room for ids within 64 bytes.
TOPIC = "t"  # t:<section>:<page>
PASSAGE = "p"  # p:<passage id>
FEEDBACK = "f"  # f:<question id>:<+1|-1>
EXAMPLE = "ex"  # ex
TOPICS = "ts"  # ts
ADD_FROM_PASSAGE = "ca"  # ca:<passage id>
CHECK = "c"  # c:<item id>:<1 done | 0 not done>:<page>
WHY = "cw"  # cw:<item id>
CHECKLIST_PAGE = "cp"  # cp:<page>
CONFIRM_REMOVE = "cr"  # cr:<item id>
CONFIRM_CLEAR = "cc"  # cc:<highest item id when asked>
CANCEL = "cx"  # cx
ADD_TEMPLATE = "ct"  # ct, or ct:here to show the list in place of the pressed message

CONFIRM_FORGET = "fg"  # fg:<minute the question was asked>
SNOOZE = "ns"  # ns
NUDGES_OFF = "no"  # no
NUDGES_ON = "nn"  # nn


@dataclass(frozen=True)
class Callback:
    action: str
    args: tuple[str, ...]

    def int_arg(self, position: int) -> int | None:
        try:
            return int(self.args[position])
        except (IndexError, ValueError):
            return None


def pattern(action: str) -> str:
    """The CallbackQueryHandler pattern for one action: `action` alone or `action:…`."""
    return rf"^{action}(?::|$)"


def pack(action: str, *args: object) -> str:

    data = SEP.join([action, *(str(arg) for arg in args)])
    if len(data.encode("utf-8")) > MAX_BYTES:
        raise ValueError(f"callback_data over {MAX_BYTES} bytes: {data!r}")
    return data


def unpack(data: str | None) -> Callback:
    action, *args = (data or "").split(SEP)
    return Callback(action, tuple(args))
