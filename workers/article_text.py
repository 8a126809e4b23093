"""Split a submitted article into its optional ``date`` header and the body that is analysed."""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]*\r?\n\s*|[ \t]+|\s*\Z)")


@dataclass(frozen=True)
class ArticleText:
    """The analysed body of an article and the date its header carried, if any."""

    body: str
    date: str | None = None


def split_header(raw: str) -> ArticleText:
    """Parse the seed format: leading whitespace, an optional ``date YYYY-MM-DD`` header, the body.

    The header may stand on its own line or share the first line with the body; the body
    returned starts at its first character, so offsets into it never include the header.
    """
    match = _HEADER.match(raw)
    if match is None:
        return ArticleText(body=raw.strip())
    return ArticleText(body=raw[match.end() :].strip(), date=match.group(1))
