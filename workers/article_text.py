"""Split a submitted article into its optional ``date`` header and the body that is analysed."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Whitespace as JSON Schema (ECMA-262) counts it, so that the API's "not blank" pattern and
#: the trimming of a submitted body agree (Python's own ``str.strip`` also drops \x1c-\x1f).
SPACE = "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
SPACE += "\u2028\u2029\u202f\u205f\u3000\ufeff"
_HEADER = re.compile(
    rf"\A[{SPACE}]*date[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})(?:[ \t]*\r?\n[{SPACE}]*|[ \t]+|[{SPACE}]*\Z)"
)


@dataclass(frozen=True)
class ArticleText:
    """The analysed body of an article and the date its header carried, if any."""

    body: str
    date: str | None = None

    def fields(self) -> dict[str, str]:
        """The article as submission fields: ``text``, and ``date`` when the header gave one."""
        return {"text": self.body} | ({"date": self.date} if self.date else {})


def split_header(raw: str) -> ArticleText:
    """Parse the seed format: leading whitespace, an optional ``date YYYY-MM-DD`` header, the body.

    The header may stand on its own line or share the first line with the body; the body
    returned starts at its first character, so offsets into it never include the header.
    """
    match = _HEADER.match(raw)
    if match is None:
        return ArticleText(body=raw.strip(SPACE))
    return ArticleText(body=raw[match.end() :].strip(SPACE), date=match.group(1))
