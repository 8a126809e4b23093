"""API keys on the way in: who the client is, or ``401``.

With ``QUOTEWIRE_API_KEYS`` set, every ``/v1`` request needs ``Authorization: Bearer KEY`` (never
the query string) and the pages need the same header or the key in a cookie that ``POST /login``
sets. The name of the client's key becomes ``owner()``, under which the views read and write.
Without keys every client is the anonymous one, ``owner() == ""``. ``/healthz``, ``/readyz``,
``/metrics``, ``/openapi.json`` and ``/docs`` stay open.
"""

from __future__ import annotations

from flask import Blueprint, Flask, Response, g, redirect, render_template, request

from api.errors import Problem
from api.extensions import services
from workers.api_keys import ApiKeys, client_of

bp = Blueprint("login", __name__)

#: The cookie that carries a key for the pages (HttpOnly, SameSite=Lax).
COOKIE = "quotewire_key"
CHALLENGE = 'Bearer realm="quotewire"'


def owner() -> str:
    """The name of the current request's client; "" for the anonymous client."""
    return g.get("owner", "")


def init_app(app: Flask) -> None:
    """Identify the client of every request before anything else looks at it."""
    app.register_blueprint(bp)
    app.before_request(_identify)


def is_api(path: str) -> bool:
    """Whether ``path`` is one of the versioned API's."""
    return path == "/v1" or path.startswith("/v1/")


def _identify() -> tuple[str, int, dict[str, str]] | None:
    keys = services().settings.api_keys
    if not keys:
        return None
    if is_api(request.path):
        g.owner = _api_client(keys)
    elif request.blueprint == "pages":
        key = _bearer() or request.cookies.get(COOKIE)
        name = client_of(key, keys) if key else None
        if name is None:
            return _login_page(key is not None, request.full_path.rstrip("?"))
        g.owner = name
    return None


def _bearer() -> str | None:
    auth = request.authorization
    return auth.token if auth is not None and auth.type == "bearer" and auth.token else None


def _api_client(keys: ApiKeys) -> str:
    key = _bearer()
    if key is None:
        raise Problem(
            401,
            "api_key_missing",
            "This API needs a key: send it as `Authorization: Bearer KEY`.",
            headers={"WWW-Authenticate": CHALLENGE},
        )
    name = client_of(key, keys)
    if name is None:
        raise Problem(
            401,
            "api_key_invalid",
            "The API key is not valid.",
            headers={"WWW-Authenticate": f'{CHALLENGE}, error="invalid_token"'},
        )
    return name


def _login_page(invalid: bool, next_path: str) -> tuple[str, int, dict[str, str]]:
    """The "enter your API key" page, going to ``next_path`` once a valid key is given."""
    page = render_template("login.html", invalid=invalid, next=next_path)
    return page, 401, {"WWW-Authenticate": CHALLENGE, "Cache-Control": "no-store"}


def _local(path: str | None) -> str:
    """``path`` if it is a path on this site, else ``/`` (never a redirect elsewhere)."""
    if path and path.startswith("/") and not path.startswith(("//", "/\\")):
        return path
    return "/"


@bp.post("/login")
def login():
    """Keep a valid key in a cookie for the pages and go back; the form again otherwise."""
    keys = services().settings.api_keys
    key = request.form.get("key", "").strip()
    target = _local(request.form.get("next"))
    if keys and client_of(key, keys) is None:
        return _login_page(True, target)
    response: Response = redirect(target, code=303)
    if keys:
        response.set_cookie(
            COOKIE, key, httponly=True, samesite="Lax", secure=request.is_secure, path="/"
        )
    return response


@bp.post("/logout")
def logout():
    """Forget the key of the pages."""
    response: Response = redirect("/", code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
