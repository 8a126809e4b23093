"""Stage 4d, confidence: what decided each quote -> the chance that the quote and its speaker's
name are both right.

Each quote is described by a few features (``Basis``: where it came from, its kind, the speaker
rule that answered, what kind of word names the speaker, its act). ``confidence.json`` holds,
for each feature combination and each coarser one, how many dev quotes had it and how many were
right (``bench/calibrate.py`` counts them); a combination's rate is shrunk towards its coarser
parent's, so rare combinations lean on common ones. A missing combination takes its parent's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .acts import Act
from .candidates import Candidate
from .lexicon import PRONOUNS
from .speakers import SpeakerMention

TABLE = Path(__file__).with_name("confidence.json")


@dataclass(frozen=True)
class Basis:
    """What decided a quote: candidate origin and kind, speaker rule, the speaker mention's
    word (name, pronoun, noun, continues, none) and the act ("/topic" for a topic)."""

    origin: str
    kind: str
    rule: str
    word: str
    act: str


#: Feature combinations from the finest to the coarsest; each field is a ``Basis`` field.
LEVELS: tuple[tuple[str, ...], ...] = (
    ("origin", "kind", "rule", "word", "act"),
    ("origin", "kind", "rule"),
    ("origin", "kind", "word", "act"),
    ("origin", "word", "act"),
    ("origin", "act"),
    (),
)


def cell(basis: Basis, level: tuple[str, ...]) -> str:
    """The key of ``basis`` at one level of ``LEVELS``: "field=value|…" ("" for the root)."""
    return "|".join(f"{f}={getattr(basis, f)}" for f in level)


def _word(mention: SpeakerMention | None) -> str:
    if mention is None:
        return "none"
    if mention.token is None:
        return "continues" if mention.continues is not None else "none"
    tok = mention.token
    if tok.pos_ == "PRON" or tok.lower_ in PRONOUNS:
        return "pronoun"
    return "name" if tok.pos_ == "PROPN" else "noun"


def quote_bases(
    quotes: tuple[Candidate, ...],
    mentions: tuple[SpeakerMention | None, ...],
    acts: tuple[Act, ...],
    topics: tuple[bool, ...],
) -> tuple[Basis, ...]:
    """(quotes, their speaker mentions, acts and topics) -> each quote's ``Basis``."""
    out = []
    for c, m, act, topic in zip(quotes, mentions, acts, topics, strict=True):
        out.append(
            Basis(
                origin=c.origin,
                kind=c.kind,
                rule=m.rule if m is not None else "none",
                word=_word(m),
                act=f"{act.value}/topic" if topic else act.value,
            )
        )
    return tuple(out)


@cache
def table() -> dict:
    """``confidence.json``: ``prior_weight`` and ``counts`` ({cell: [quotes, right]})."""
    return json.loads(TABLE.read_text(encoding="utf-8"))


def estimate(basis: Basis, counts: dict[str, list[int]], prior_weight: float) -> float:
    """The share of right quotes with this basis, each level shrunk towards the coarser one."""
    p = 0.5
    for level in reversed(LEVELS):
        n, right = counts.get(cell(basis, level), (0, 0))
        p = (right + prior_weight * p) / (n + prior_weight)
    return p


def quote_confidences(bases: tuple[Basis, ...]) -> tuple[float, ...]:
    """Stage 6: each quote's ``Basis`` -> its confidence in [0, 1] (three decimals)."""
    t = table()
    return tuple(round(estimate(b, t["counts"], t["prior_weight"]), 3) for b in bases)
