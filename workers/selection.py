"""What a reader is shown of a result: the quotes (speech) by default, or every attribution.

The extractor's result holds every attribution, each with its ``act`` (speech, thought,
intention, evidence), ``topic`` and ``confidence``; the API, the CLI and ``quotewire eval
--speech`` choose from it here (no spaCy needed). Quote ids are assigned over all attributions,
so a quote keeps its id in every selection.
"""

from __future__ import annotations

SPEECH = "speech"


def is_quote(quote: dict) -> bool:
    """Words a person or organisation said or wrote: a speech act whose content is more than a
    topic (not "defended *his policy*") and, when the writer reports it in their own words, with
    a source ("that the statement was true", from nobody, is no quote). A result stored without
    acts is all quotes."""
    unsourced = quote.get("kind") == "indirect" and quote.get("speaker", {}) is None
    return quote.get("act", SPEECH) == SPEECH and not quote.get("topic") and not unsourced


def select(result: dict, everything: bool = False, min_confidence: float = 0.0) -> dict:
    """(result, every attribution?, least confidence) -> the result with the quotes shown: the
    quotes (every attribution when ``everything``) of at least ``min_confidence``."""
    quotes = [
        q
        for q in result.get("quotes", [])
        if (everything or is_quote(q)) and q.get("confidence", 0.0) >= min_confidence
    ]
    return {**result, "quotes": quotes}
