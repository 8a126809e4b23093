"""One check for the result contract: every offset indexes the analysed text exactly."""

from __future__ import annotations


def assert_offsets_exact(text: str, result: dict) -> None:
    """Assert ``text[start:end]`` gives each mention, cue and speaker text; spans lie inside."""
    for entity in result["entities"]:
        for mention in entity["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in result["quotes"]:
        for start, end in quote["spans"]:
            assert 0 <= start < end <= len(text)
        if quote["cue"]:
            cue = quote["cue"]
            assert text[cue["start"] : cue["end"]] == cue["text"]
        if quote["speaker"]:
            mention = quote["speaker"]["mention"]
            assert text[mention["start"] : mention["end"]] == mention["text"]
