"""Webhooks: which callback URLs may be called, Standard Webhooks signatures, and one POST.

A callback may reach only public addresses (unless ``QUOTEWIRE_WEBHOOK_ALLOW_PRIVATE`` is
set): the host is resolved, every address is checked, and the request goes to an address that
was checked, so a name that resolves differently a moment later (DNS rebinding) cannot redirect
it. Redirects are not followed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import http.client
import ipaddress
import socket
import ssl
import time
import uuid
from urllib.parse import urlsplit

from workers.settings import Settings

SECRET_PREFIX = "whsec_"
USER_AGENT = "quotewire-webhooks/1"


class RefusedDestination(ValueError):
    """The callback URL points somewhere quotewire must not send requests to."""


def signing_key(secret: str) -> bytes:
    """The HMAC key of a Standard Webhooks secret: ``whsec_<base64>`` or bare base64.

    Padding is optional, as in the standard's own libraries.
    """
    encoded = secret.removeprefix(SECRET_PREFIX).rstrip("=")
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except ValueError as exc:
        raise ValueError("QUOTEWIRE_WEBHOOK_SECRET must be whsec_<base64> or base64") from exc
    if not key:
        raise ValueError("QUOTEWIRE_WEBHOOK_SECRET is empty")
    return key


def sign(key: bytes, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value: ``v1,`` and the base64 HMAC-SHA256 of id.timestamp.body."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(key, signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def message_id(job_id: str, url: str) -> str:
    """The ``webhook-id`` of a job's delivery to ``url``: the same on every retry."""
    return "msg_" + uuid.uuid5(uuid.NAMESPACE_URL, f"{job_id} {url}").hex


def _address_refusal(address: str) -> str | None:
    """Why ``address`` is not a public one, or ``None`` if it is."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip.is_loopback or ip.is_unspecified:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    if not ip.is_global or ip.is_multicast:
        return "not a public address"
    return None


def resolve_destination(url: str, allow_private: bool) -> tuple[str, int, list[str]]:
    """Host, port and the addresses to connect to for ``url``.

    Raises :class:`RefusedDestination` if the URL is not http(s) or any address the host
    resolves to is loopback, private or link-local (unless ``allow_private``), and
    ``socket.gaierror`` if the host does not resolve.
    """
    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise RefusedDestination("is not a valid URL") from exc
    if parts.scheme not in ("http", "https") or not host:
        raise RefusedDestination("must be an http or https URL with a host")
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    if not allow_private:
        for address in addresses:
            reason = _address_refusal(address)
            if reason is not None:
                raise RefusedDestination(f"resolves to {address}, {reason}")
    return host, port, addresses


def callback_url_error(url: str, settings: Settings) -> str | None:
    """Why quotewire refuses to call ``url`` back when a job ends, or ``None`` if it may."""
    if not settings.webhook_secret:
        return "Webhooks are off: the service has no QUOTEWIRE_WEBHOOK_SECRET."
    try:
        resolve_destination(url, settings.webhook_allow_private)
    except RefusedDestination as exc:
        return f"The callback URL {exc}; only public addresses are called."
    except (OSError, ValueError):
        return "The callback URL's host does not resolve."
    return None


class _PinnedConnection(http.client.HTTPConnection):
    """An HTTP connection to a checked address, whatever the host name resolves to now."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._create_connection = lambda _addr, timeout, source: socket.create_connection(
            (address, port), timeout, source
        )


class _PinnedTLSConnection(http.client.HTTPSConnection):
    """The HTTPS twin of :class:`_PinnedConnection` (SNI and certificate check use the host)."""

    def __init__(self, host: str, port: int, address: str, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._create_connection = lambda _addr, timeout, source: socket.create_connection(
            (address, port), timeout, source
        )


def post_signed(url: str, body: bytes, msg_id: str, settings: Settings) -> int:
    """POST ``body`` to ``url`` signed with the service's secret; return the HTTP status.

    Raises :class:`RefusedDestination` for a forbidden destination and ``OSError`` or
    ``http.client.HTTPException`` when no answer came.
    """
    host, port, addresses = resolve_destination(url, settings.webhook_allow_private)
    timestamp = int(time.time())
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": sign(signing_key(settings.webhook_secret), msg_id, timestamp, body),
    }
    kind = _PinnedTLSConnection if parts.scheme == "https" else _PinnedConnection
    error: OSError | None = None
    for address in addresses:
        connection = kind(host, port, address, settings.webhook_timeout)
        try:
            connection.request("POST", target, body=body, headers=headers)
            response = connection.getresponse()
            response.read(65536)
            return response.status
        except ConnectionRefusedError as exc:
            error = exc  # try the next address
        finally:
            connection.close()
    raise error or OSError(f"no address to connect to for {host}")
