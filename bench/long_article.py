"""Time and peak memory of one long article, each length in a fresh process.

``build_text`` makes one article of a given length by joining real texts (paragraphs separated
by a blank line); ``run_length`` extracts it in a child process

    python -m bench.long_article < ARTICLE.txt

which prints one JSON object: the seconds spent in every pipeline component (and in joining
the windows of a long text) and in the rules, and the child's peak RSS.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any


def build_text(texts: list[str], characters: int, max_body_bytes: int | None = None) -> str:
    """Join ``texts`` (repeating them if needed) and cut at the last space before ``characters``,
    or shorter so that ``{"text": ...}`` fits in ``max_body_bytes`` of JSON."""
    if not any(t.strip() for t in texts):
        raise ValueError("no text to build a long article from")
    parts: list[str] = []
    size = 0
    while size < characters:
        for text in texts:
            parts.append(text.strip())
            size += len(parts[-1]) + 2
            if size >= characters:
                break
    text = "\n\n".join(parts)
    while True:
        text = text[:characters]
        cut = text.rfind(" ")
        text = text[:cut] if cut > characters // 2 else text
        if max_body_bytes is None:
            return text
        over = len(json.dumps({"text": text}).encode()) - max_body_bytes
        if over <= 0:
            return text
        characters = len(text) - over


def measure_one(text: str, nlp) -> dict[str, Any]:
    """Seconds per component and for the rules over one article, and the peak RSS."""
    from bench.memory import peak_rss_mb
    from bench.throughput import parse_and_extract

    timing = parse_and_extract([text], nlp)
    return {
        "characters": len(text),
        "seconds": timing["parse_s"] + timing["rules_s"],
        "components": timing["components"],
        "rules_s": timing["rules_s"],
        "peak_rss_mb": peak_rss_mb(),
    }


def run_length(text: str, timeout: float) -> dict[str, Any]:
    """Measure ``text`` in a fresh Python process; ``{"timeout": True}`` if it runs too long."""
    command = [sys.executable, "-m", "bench.long_article"]
    try:
        done = subprocess.run(
            command, input=text, capture_output=True, text=True, timeout=timeout, check=True
        )
    except subprocess.TimeoutExpired:
        return {"characters": len(text), "timeout": True, "seconds": timeout}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    """Entry point of the per-length child process: the article is read from stdin."""
    from workers.extraction import load_nlp

    text = sys.stdin.read()
    nlp = load_nlp()
    print(json.dumps(measure_one(text, nlp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
