"""The login page, logging in and out (the rules themselves are in security.py)."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from bot.console.security import Session, cookie_header, expired_cookie_header, same_secret
from bot.console.state import console_of


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


async def login_page(request: Request) -> Response:
    console = console_of(request)
    session: Session | None = request.scope.get("session")
    if session is not None and session.logged_in:
        return RedirectResponse("/", status_code=303)
    fresh = session is None
    if session is None:
        session = console.sessions.new()  # not logged in: it only carries the form's token
        request.scope["session"] = session
    response = console.render(request, "login.html", error=None)
    if fresh:
        response.headers.append("set-cookie", cookie_header(session, _secure(request)))
    return response


async def login(request: Request) -> Response:
    """The Guard has checked the form's CSRF token against this (not logged-in) session."""
    console = console_of(request)
    form = await request.form()
    given = form.get("password")
    password = console.settings.console_password or ""
    ok = await console.throttle.attempt(
        lambda: isinstance(given, str) and bool(password) and same_secret(given, password)
    )
    if not ok:
        return console.render(
            request, "login.html", status=401, error="That password is not right."
        )
    old: Session | None = request.scope.get("session")
    if old is not None:
        console.sessions.end(old.id)  # a new id once logged in: no session fixation
    session = console.sessions.new(logged_in=True)
    response = RedirectResponse("/", status_code=303)
    response.headers.append("set-cookie", cookie_header(session, _secure(request)))
    return response


async def logout(request: Request) -> Response:
    console = console_of(request)
    session: Session | None = request.scope.get("session")
    if session is not None:
        console.sessions.end(session.id)
    response = RedirectResponse("/login", status_code=303)
    response.headers.append("set-cookie", expired_cookie_header(_secure(request)))
    return response
