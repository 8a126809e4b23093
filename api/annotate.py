"""An analysed article cut into runs of text for the result page: each run knows the quote,
entity type and cue it lies in, so the template can mark it up (and Jinja escapes the text)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Speaker colours the stylesheet defines (``spk-0`` …).
SPEAKER_COLOURS = 6


@dataclass
class Run:
    """A stretch of the article with one set of marks."""

    text: str
    quote: dict[str, Any] | None = None
    entity: str | None = None
    cue: bool = False
    quote_start: bool = False


def speaker_colours(quotes: list[dict[str, Any]]) -> dict[str, int]:
    """A colour number per speaker name, in order of first quote."""
    colours: dict[str, int] = {}
    for quote in quotes:
        name = speaker_name(quote)
        colours.setdefault(name, len(colours) % SPEAKER_COLOURS)
    return colours


def speaker_name(quote: dict[str, Any]) -> str:
    return (quote.get("speaker") or {}).get("name") or "unknown speaker"


def runs(text: str, quotes: list[dict[str, Any]], entities: list[dict[str, Any]]) -> list[Run]:
    """``text`` cut at every quote span, entity mention and cue boundary, in order.

    Where marks of one layer overlap, the earlier one wins; every character appears once.
    """
    size = len(text)
    quote_at: list[dict[str, Any] | None] = [None] * size
    entity_at: list[str | None] = [None] * size
    cue_at = [False] * size
    starts: set[int] = set()
    for quote in quotes:
        spans = [(max(0, s), min(size, e)) for s, e in quote["spans"] if s < e]
        for start, end in spans:
            _fill(quote_at, start, end, quote)
        if spans:
            starts.add(min(s for s, _ in spans))
        if quote.get("cue"):
            _fill(cue_at, quote["cue"]["start"], min(size, quote["cue"]["end"]), True)
    for entity in entities:
        for mention in entity["mentions"]:
            _fill(entity_at, mention["start"], min(size, mention["end"]), entity["type"])
    result: list[Run] = []
    for i, char in enumerate(text):
        quote, entity, cue = quote_at[i], entity_at[i], cue_at[i]
        fresh = i in starts and quote is not None
        last = result[-1] if result else None
        if last and not fresh and last.quote is quote and (last.entity, last.cue) == (entity, cue):
            last.text += char
        else:
            result.append(Run(char, quote, entity, cue, quote_start=fresh))
    return result


def _fill(layer: list, start: int, end: int, value) -> None:
    for i in range(max(0, start), end):
        if not layer[i]:
            layer[i] = value
