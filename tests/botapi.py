"""A Bot API stand-in: a real HTTP server on 127.0.0.1 that speaks enough of Telegram's
Bot API for the real python-telegram-bot stack to run against it.

It implements getMe, getUpdates (offset, limit, long-poll timeout), sendMessage, sendChatAction,
editMessageText, editMessageReplyMarkup, answerCallbackQuery, setMyCommands,
deleteWebhook, setWebhook, getWebhookInfo and sendDocument, and enforces what Telegram
enforces and bots get wrong: 4096-character messages, 64-byte callback_data, well-formed
HTML. Tests can make it answer 429 with retry_after, 500, 403, or slowly.

getUpdates keeps Telegram's offset semantics: an update is returned again and again until a
later call's offset is above its update_id, which confirms it and everything before it;
a negative offset keeps only the last -offset updates.

Written by hand because no maintained Bot API fake exists on PyPI; it runs in a thread
so it is independent of the event loop of the bot under test.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import default as email_policy
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

TOKEN = "123456789:AAF-stand-in-token-for-tests-only_xyz0"
BOT = {"id": 999, "is_bot": True, "first_name": "Mentor", "username": "mentor_test_bot"}
JSON_FIELDS = {
    "reply_parameters",
    "reply_markup",
    "allowed_updates",
    "commands",
    "entities",
    "link_preview_options",
    "scope",
}
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "span",
    "blockquote",
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float  # time.monotonic()
    status: int = 200
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)
    problem: str | None = None  # why a 400 was answered

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value not in (None, "") else None

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        markup = self.params.get("reply_markup") or {}
        return [
            (b["text"], b.get("callback_data", ""))
            for row in markup.get("inline_keyboard", [])
            for b in row
        ]


@dataclass
class Fault:
    method: str
    status: int
    retry_after: int | None = None
    description: str | None = None
    times: int = 1
    chat_id: int | None = None
    delay: float = 0.0


class HtmlCheck(HTMLParser):
    """Telegram's HTML rules, strictly: known tags, balanced, entities complete."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = self.error or f'Unsupported start tag "{tag}"'
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack.pop() != tag:
            self.error = self.error or f'Unexpected end tag "{tag}"'

    def handle_entityref(self, name: str) -> None:
        if name not in {"lt", "gt", "amp", "quot"}:
            self.error = self.error or f"Unsupported entity &{name};"


_TAG = re.compile(r"</?[a-z-]+(\s[^<>]*)?>")
_ENTITY = re.compile(r"&(lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


def html_error(text: str) -> str | None:
    """Why Telegram would refuse this HTML, or None."""
    bare = _ENTITY.sub("", _TAG.sub("", text))
    if "<" in bare or ">" in bare:
        return "unescaped '<' or '>'"
    if "&" in bare:
        return "unescaped '&'"
    checker = HtmlCheck()
    checker.feed(text)
    checker.close()
    if checker.error:
        return checker.error
    if checker.stack:
        return f'unclosed tag "{checker.stack[-1]}"'
    return None


def visible_length(text: str) -> int:
    plain = html.unescape(_TAG.sub("", text))
    return len(plain.encode("utf-16-le")) // 2


class BotApiStandIn:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.blocked_chats: set[int] = set()
        self.messages: dict[tuple[int, int], dict] = {}
        self.webhook: dict[str, Any] = {}
        self.commands: list[dict] = []
        self._updates: list[dict] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._lock = threading.Condition()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.get_updates_offsets: list[int] = []
        self.deliveries: Counter[int] = Counter()  # update_id -> times getUpdates returned it

    # ── lifecycle ────────────────────────────────────────────────────────────

    def start(self) -> BotApiStandIn:
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                stand_in._handle(self)

            do_GET = do_POST

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            # The default listen backlog of 5 overflows when a bot opens many connections at
            # once, and the kernel then resets some of them mid-request.
            request_queue_size = 256
            daemon_threads = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                if isinstance(sys.exc_info()[1], ConnectionError):
                    return  # the bot went away mid-request (a test killed it)
                super().handle_error(request, client_address)

        self._server = Server(("127.0.0.1", 0), Handler)

        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            with self._lock:
                self._lock.notify_all()
            self._server.shutdown()
            self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.faults.clear()
            self.blocked_chats.clear()
            self._updates.clear()
            self.deliveries.clear()

    # ── what tests do to the bot ─────────────────────────────────────────────

    def push(self, payload: dict, update_id: int | None = None) -> int:
        """Queue an update; with `update_id`, that one again, as Telegram redelivers it."""
        with self._lock:
            if update_id is None:
                update_id = next(self._update_ids)
            self._updates.append({"update_id": update_id, **payload})
            self._updates.sort(key=lambda u: u["update_id"])
            self._lock.notify_all()
        return update_id

    @property
    def pending_update_ids(self) -> list[int]:
        """The updates not confirmed yet: Telegram would deliver them again."""
        with self._lock:
            return [u["update_id"] for u in self._updates]

    def message_payload(
        self,
        user_id: int,
        text: str | None = None,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: dict | None = None,
        extra: dict | None = None,
    ) -> dict:
        chat_id = user_id if chat_id is None else chat_id
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {
                "id": chat_id,
                "type": chat_type,
                **({"title": "Study group"} if chat_type != "private" else {}),
            },
            "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
        }
        if text is not None:
            message["text"] = text
            entities = []
            if text.startswith("/"):
                entities.append(
                    {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
                )
            handle = f"@{BOT['username']}"
            if handle in text:
                entities.append(
                    {
                        "type": "mention",
                        "offset": _utf16_offset(text, text.index(handle)),
                        "length": len(handle),
                    }
                )
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        message.update(extra or {})
        return message

    def send_text(self, user_id: int, text: str, **kwargs: Any) -> int:
        return self.push({"message": self.message_payload(user_id, text, **kwargs)})

    def press(
        self, user_id: int, data: str, message: dict | None = None, chat_id: int | None = None
    ) -> int:
        chat_id = user_id if chat_id is None else chat_id
        message = message or {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "from": BOT,
            "text": "…",
        }
        return self.push(
            {
                "callback_query": {
                    "id": str(next(self._callback_ids)),
                    "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"},
                    "chat_instance": str(chat_id),
                    "data": data,
                    "message": message,
                }
            }
        )

    def fail(self, method: str, status: int, **kwargs: Any) -> None:
        with self._lock:
            self.faults.append(Fault(method, status, **kwargs))

    # ── what tests read ──────────────────────────────────────────────────────

    def calls_to(self, method: str, chat_id: int | None = None, ok_only: bool = True) -> list[Call]:
        with self._lock:
            return [
                c
                for c in self.calls
                if c.method == method
                and (chat_id is None or c.chat_id == chat_id)
                and (not ok_only or c.status == 200)
            ]

    def sent_to(self, chat_id: int) -> list[Call]:
        return self.calls_to("sendMessage", chat_id)

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                result = predicate()
                if result:
                    return result
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError("the stand-in did not see what the test waited for")
                self._lock.wait(min(remaining, 0.05))

    def wait_sent(self, chat_id: int, count: int = 1, timeout: float = 10.0) -> list[Call]:
        return self.wait_for(
            lambda: (s := self.sent_to(chat_id)) and len(s) >= count and s, timeout
        )

    def message_json(self, call: Call) -> dict:
        """The message object the bot got back for a sendMessage call, to press its buttons."""
        return call.params["_result"]

    # ── HTTP ─────────────────────────────────────────────────────────────────

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?")[0]
        prefix = f"/bot{self.token}/"
        length = int(request.headers.get("Content-Length") or 0)
        body = request.rfile.read(length) if length else b""
        if not path.startswith(prefix):
            self._respond(
                request, 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
            )
            return
        method = path[len(prefix) :]
        params, files = _parse_body(request.headers.get("Content-Type", ""), body)
        call = Call(method, params, time.monotonic(), files=files)

        fault = self._take_fault(method, call.chat_id)
        if fault and fault.delay:
            time.sleep(fault.delay)
        if fault and fault.status != 200:
            call.status = fault.status
            self._record(call)
            self._respond(request, fault.status, _error(fault))
            return
        if (
            method in {"sendMessage", "editMessageText", "sendDocument"}
            and call.chat_id in self.blocked_chats
        ):
            call.status = 403
            self._record(call)
            self._respond(request, 403, _error(Fault(method, 403)))
            return

        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            call.status = 404
            self._record(call)
            self._respond(
                request,
                404,
                {"ok": False, "error_code": 404, "description": "Not Found: method not found"},
            )
            return
        problem, result = handler(call)
        if problem:
            call.status = 400
            call.problem = problem
            self._record(call)
            self._respond(
                request,
                400,
                {"ok": False, "error_code": 400, "description": f"Bad Request: {problem}"},
            )
            return
        call.params["_result"] = result
        self._record(call)
        self._respond(request, 200, {"ok": True, "result": result})

    def _record(self, call: Call) -> None:
        with self._lock:
            self.calls.append(call)
            self._lock.notify_all()

    def _take_fault(self, method: str, chat_id: int | None) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if fault.method == method and (fault.chat_id is None or fault.chat_id == chat_id):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    @staticmethod
    def _respond(request: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            request.send_response(status)
            request.send_header("Content-Type", "application/json")
            request.send_header("Content-Length", str(len(data)))
            request.end_headers()
            request.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the bot gave up on this request (it is shutting down)

    # ── Bot API methods: each returns (problem, result) ──────────────────────

    def _api_getMe(self, call: Call) -> tuple[str | None, Any]:
        return None, {
            **BOT,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }

    def _api_getUpdates(self, call: Call) -> tuple[str | None, Any]:
        offset = int(call.params.get("offset") or 0)
        limit = int(call.params.get("limit") or 100)
        timeout = float(call.params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        with self._lock:
            self.get_updates_offsets.append(offset)
            if offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset < 0:
                self._updates = self._updates[offset:]
            while not self._updates and time.monotonic() < deadline and self._server is not None:
                self._lock.wait(min(0.05, max(0.0, deadline - time.monotonic())))
            batch = self._updates[:limit]
            self.deliveries.update(u["update_id"] for u in batch)
            return None, batch

    def _api_sendMessage(self, call: Call) -> tuple[str | None, Any]:
        problem = _check_message(call.params)
        if problem:
            return problem, None
        chat_id = call.chat_id
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id and chat_id > 0 else "group"},
            "from": BOT,
            "text": call.params.get("text", ""),
        }
        if call.params.get("reply_markup"):
            message["reply_markup"] = call.params["reply_markup"]
        with self._lock:
            self.messages[(chat_id or 0, message["message_id"])] = message
        return None, message

    def _api_sendChatAction(self, call: Call) -> tuple[str | None, Any]:
        if call.params.get("action") not in {"typing", "upload_document"}:
            return "wrong type of action", None
        return None, True

    def _api_editMessageText(self, call: Call) -> tuple[str | None, Any]:
        problem = _check_message(call.params)
        if problem:
            return problem, None
        key = (call.chat_id or 0, int(call.params.get("message_id") or 0))
        with self._lock:
            message = self.messages.get(key) or {
                "message_id": key[1],
                "date": int(time.time()),
                "chat": {"id": key[0], "type": "private"},
                "from": BOT,
            }
            if message.get("text") == call.params.get("text") and message.get(
                "reply_markup"
            ) == call.params.get("reply_markup"):
                return (
                    NOT_MODIFIED,
                    None,
                )
            message = {**message, "text": call.params.get("text", "")}
            message.pop("reply_markup", None)
            if call.params.get("reply_markup"):
                message["reply_markup"] = call.params["reply_markup"]
            self.messages[key] = message
        return None, message

    def _api_editMessageReplyMarkup(self, call: Call) -> tuple[str | None, Any]:
        problem = _check_markup(call.params.get("reply_markup"))
        if problem:
            return problem, None
        key = (call.chat_id or 0, int(call.params.get("message_id") or 0))
        with self._lock:
            message = dict(
                self.messages.get(key)
                or {
                    "message_id": key[1],
                    "date": int(time.time()),
                    "chat": {"id": key[0], "type": "private"},
                    "from": BOT,
                    "text": "…",
                }
            )
            message["reply_markup"] = call.params.get("reply_markup") or {"inline_keyboard": []}
            self.messages[key] = message
        return None, message

    def _api_answerCallbackQuery(self, call: Call) -> tuple[str | None, Any]:
        if len(str(call.params.get("text", ""))) > 200:
            return "MESSAGE_TOO_LONG", None
        return None, True

    def _api_setMyCommands(self, call: Call) -> tuple[str | None, Any]:
        self.commands = call.params.get("commands") or []
        return None, True

    def _api_deleteWebhook(self, call: Call) -> tuple[str | None, Any]:
        self.webhook = {}
        if str(call.params.get("drop_pending_updates")).lower() == "true":
            with self._lock:
                self._updates.clear()
        return None, True

    def _api_setWebhook(self, call: Call) -> tuple[str | None, Any]:
        self.webhook = dict(call.params)
        return None, True

    def _api_getWebhookInfo(self, call: Call) -> tuple[str | None, Any]:
        return None, {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": 0,
        }

    def _api_sendDocument(self, call: Call) -> tuple[str | None, Any]:
        if "document" not in call.files:
            return "there is no document in the request", None
        name, data = call.files["document"]
        return None, {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": call.chat_id, "type": "private"},
            "from": BOT,
            "document": {
                "file_id": f"doc{len(data)}",
                "file_unique_id": "u",
                "file_name": name,
                "file_size": len(data),
            },
        }


def _check_message(params: dict) -> str | None:
    text = str(params.get("text", ""))
    if not text.strip():
        return "message text is empty"
    if params.get("parse_mode") == "HTML":
        error = html_error(text)
        if error:
            return f"can't parse entities: {error}"
        if visible_length(text) > 4096:
            return "message is too long"
    elif len(text.encode("utf-16-le")) // 2 > 4096:
        return "message is too long"
    return _check_markup(params.get("reply_markup"))


def _check_markup(markup: Any) -> str | None:
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is not None and not 1 <= len(data.encode()) <= 64:
                return "BUTTON_DATA_INVALID"
            if not button.get("text"):
                return "BUTTON_TEXT_EMPTY"
    return None


def _error(fault: Fault) -> dict:
    descriptions = {
        429: f"Too Many Requests: retry after {fault.retry_after}",
        403: "Forbidden: bot was blocked by the user",
        500: "Internal Server Error",
    }
    payload: dict[str, Any] = {
        "ok": False,
        "error_code": fault.status,
        "description": fault.description or descriptions.get(fault.status, "Error"),
    }
    if fault.retry_after is not None:
        payload["parameters"] = {"retry_after": fault.retry_after}
    return payload


def _parse_body(
    content_type: str, body: bytes
) -> tuple[dict[str, Any], dict[str, tuple[str, bytes]]]:
    params: dict[str, Any] = {}
    files: dict[str, tuple[str, bytes]] = {}
    if content_type.startswith("application/json"):
        params = json.loads(body or b"{}")
    elif content_type.startswith("multipart/form-data"):
        message = BytesParser(policy=email_policy).parsebytes(
            b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
        )
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition"))
            filename = part.get_filename()
            payload = part.get_payload(decode=True)
            if not isinstance(payload, bytes):
                payload = b""
            if filename:
                files[name] = (filename, payload)
            else:
                params[name] = payload.decode()
    else:
        params = dict(parse_qsl(body.decode(), keep_blank_values=True))
    for key in JSON_FIELDS & params.keys():
        if isinstance(params[key], str):
            params[key] = json.loads(params[key])
    return params, files


def _utf16_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2
