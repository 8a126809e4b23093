"""API keys: made at random, configured only as SHA-256 hashes, recognised in constant time.

``QUOTEWIRE_API_KEYS`` lists ``name:sha256hex`` entries separated by commas or whitespace
(a file of one entry a line can be passed as ``QUOTEWIRE_API_KEYS="$(cat keys.txt)"``).
``name`` identifies the client: it owns what it submits and has its own rate limit.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets

#: A client name: what ``quotewire keys new NAME`` accepts and what keys of Redis may carry.
NAME_PATTERN = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_HASH_PATTERN = re.compile(r"[0-9a-f]{64}")
KEY_PREFIX = "qw_"

#: Configured keys: ``(name, sha256 hex of the key)`` pairs.
ApiKeys = tuple[tuple[str, str], ...]


class InvalidApiKeys(ValueError):
    """``QUOTEWIRE_API_KEYS`` holds an entry that is not ``name:sha256hex``."""


def new_key() -> str:
    """A fresh random key (256 bits)."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_hash(key: str) -> str:
    """The SHA-256 hex digest of ``key``: what the configuration stores."""
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def key_entry(name: str, key: str) -> str:
    """The ``QUOTEWIRE_API_KEYS`` entry of ``key`` for the client ``name``."""
    if not NAME_PATTERN.fullmatch(name):
        raise InvalidApiKeys(f"A client name is 1 to 64 of A-Z a-z 0-9 _ . -, not {name!r}.")
    return f"{name}:{key_hash(key)}"


def parse_api_keys(value: str) -> ApiKeys:
    """The ``(name, hash)`` pairs of a ``QUOTEWIRE_API_KEYS`` value; empty when keys are off."""
    pairs = []
    for entry in re.split(r"[,\s]+", value.strip()):
        if not entry:
            continue
        name, _, digest = entry.partition(":")
        if not (NAME_PATTERN.fullmatch(name) and _HASH_PATTERN.fullmatch(digest.lower())):
            shown = f"{name}:…" if digest else entry[:20]
            raise InvalidApiKeys(
                f"QUOTEWIRE_API_KEYS: {shown!r} is not `name:sha256hex` "
                "(make one with `quotewire keys new NAME`)."
            )
        pairs.append((name, digest.lower()))
    return tuple(pairs)


def client_of(key: str, keys: ApiKeys) -> str | None:
    """The name of the client whose key is ``key``; ``None`` for an unknown key.

    Every configured hash is compared, each with :func:`hmac.compare_digest`.
    """
    digest = key_hash(key)
    found = None
    for name, stored in keys:
        if hmac.compare_digest(digest, stored):
            found = name
    return found
