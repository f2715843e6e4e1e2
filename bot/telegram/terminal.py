"""`mentorbot chat`: the real application and handlers, talking to a terminal.

The Bot API is replaced at PTB's own seam, `BaseRequest`: the bot's sendMessage and
editMessageText calls land here and are printed, with inline buttons as numbered choices.
What the user types becomes a message update, and a number presses that button.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.config import Settings
from bot.services import Services
from bot.telegram.app import build_application, post_init, post_shutdown
from bot.telegram.views.common import to_plain

USER_ID = 1
BOT_USER = {"id": 42, "is_bot": True, "first_name": "Mentor", "username": "mentor_terminal_bot"}
CHAT = {"id": USER_ID, "type": "private", "first_name": "You"}
FROM = {"id": USER_ID, "is_bot": False, "first_name": "You", "language_code": "en"}


class TerminalRequest(BaseRequest):
    """A Bot API that prints what the bot sends and remembers the buttons on screen."""

    def __init__(self, out: TextIO, export_dir: Path = Path(".")) -> None:
        self.out = out
        self.export_dir = export_dir
        self.buttons: list[tuple[dict, str]] = []  # (message, callback_data), numbered from 1
        self.messages: dict[int, dict] = {}
        self._message_ids = itertools.count(1)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        if request_data and request_data.contains_files:
            params["_files"] = request_data.multipart_data  # name -> (filename, bytes, mime)
        handler: Callable[[dict], Any] | None = getattr(self, f"_api_{api_method}", None)
        result = handler(params) if handler else True
        return 200, json.dumps({"ok": True, "result": result}).encode()

    # ── the Bot API methods the bot uses ─────────────────────────────────────

    def _api_getMe(self, params: dict) -> dict:
        return {**BOT_USER, "can_join_groups": True, "supports_inline_queries": False}

    def _api_sendMessage(self, params: dict) -> dict:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": CHAT,
            "from": BOT_USER,
            "text": params.get("text", ""),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = _as_dict(params["reply_markup"])
        self.messages[message["message_id"]] = message
        self._show(message)
        return message

    def _api_editMessageText(self, params: dict) -> dict:
        message = self.messages.get(int(params.get("message_id", 0)), {})
        message = {**message, "text": params.get("text", "")}
        message.pop("reply_markup", None)
        if params.get("reply_markup"):
            message["reply_markup"] = _as_dict(params["reply_markup"])
        self.messages[message["message_id"]] = message
        self._show(message)
        return message

    def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        message = dict(self.messages.get(int(params.get("message_id", 0)), {}))
        message["reply_markup"] = _as_dict(params.get("reply_markup") or {})
        self.messages[message["message_id"]] = message
        self._show_buttons(message)
        return message

    def _api_answerCallbackQuery(self, params: dict) -> bool:
        if params.get("text"):
            self.out.write(f"   💬 {params['text']}\n")
        return True

    def _api_sendDocument(self, params: dict) -> dict:
        files = params.get("_files") or {}
        if not files:
            raise ValueError("sendDocument without a file")
        name, data, *_ = next(iter(files.values()))
        path = self.export_dir / Path(name).name
        path.write_bytes(data)
        self.out.write(f"bot> 📎 {name} saved to {path}\n")
        if params.get("caption"):
            self.out.write(f"     {to_plain(params['caption'])}\n")
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": CHAT,
            "document": {"file_id": "f", "file_unique_id": "f", "file_name": name},
        }

    # ── printing ─────────────────────────────────────────────────────────────

    def _show(self, message: dict) -> None:
        text = to_plain(message.get("text", ""))
        self.out.write("bot> " + text.replace("\n", "\n     ") + "\n")
        self._show_buttons(message)

    def _show_buttons(self, message: dict) -> None:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if not rows:
            return
        self.buttons = []
        for row in rows:
            labels = []
            for button in row:
                self.buttons.append((message, button["callback_data"]))
                labels.append(f"[{len(self.buttons)}] {button['text']}")
            self.out.write("     " + "   ".join(labels) + "\n")
        self.out.flush()


def _as_dict(markup: Any) -> dict:
    if isinstance(markup, str):
        return json.loads(markup)
    return markup.to_dict() if hasattr(markup, "to_dict") else dict(markup)


class TerminalChat:
    """Turns typed lines into updates for the application."""

    def __init__(
        self,
        settings: Settings,
        services: Services,
        out: TextIO = sys.stdout,
        export_dir: Path = Path("."),
    ) -> None:
        self.out = out
        self.request = TerminalRequest(out, export_dir)
        # The token is never sent anywhere: the terminal request answers every call.
        self.application = build_application(
            replace(settings, token="0:terminal-chat"), services, request=self.request
        )
        self._update_ids = itertools.count(1)

    async def __aenter__(self) -> TerminalChat:
        await self.application.initialize()
        await post_init(self.application)  # run_polling would call this
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await post_shutdown(self.application)
        await self.application.shutdown()

    async def send(self, line: str, echo: bool = True) -> None:
        """What the user typed: a button number, a /command or a question."""
        if echo:
            self.out.write(f"you> {line}\n")
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self.request.buttons):
            message, data = self.request.buttons[int(stripped) - 1]
            payload = {
                "callback_query": {
                    "id": str(next(self._update_ids)),
                    "from": FROM,
                    "chat_instance": "terminal",
                    "data": data,
                    "message": message,
                }
            }
        else:
            message = {
                "message_id": 10_000 + next(self._update_ids),
                "date": int(time.time()),
                "chat": CHAT,
                "from": FROM,
                "text": line,
            }
            if line.startswith("/"):
                command = line.split()[0]
                message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
            payload = {"message": message}
        update = Update.de_json(
            {"update_id": next(self._update_ids), **payload}, self.application.bot
        )
        await self.application.process_update(update)


async def run_chat(settings: Settings, services: Services) -> None:
    interactive = sys.stdin.isatty()

    def read_line() -> str:
        line = sys.stdin.readline() if not interactive else input("you> ")
        if not line and not interactive:
            raise EOFError
        return line.rstrip("\n")

    async with TerminalChat(settings, services) as chat:
        chat.out.write(
            "Terminal chat with the mentor bot. Type a question or a /command; "
            "type a number to press a button; Ctrl-D to quit.\n"
        )
        if interactive:
            await chat.send("/start")

        while True:
            try:
                line = await asyncio.to_thread(read_line)
            except EOFError:
                chat.out.write("\nBye! Good luck with the applications.\n")
                return
            if line.strip():
                await chat.send(line, echo=not interactive)
