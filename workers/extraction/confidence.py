"""Stage 6, confidence: what decided each quote and how its speaker was named -> the chance
that the quote and its speaker's name are both right.

Each quote is described by a few features (``Basis``: where it came from, its kind, the speaker
rule that answered, what kind of word names the speaker, its act, what the speaker was named
as). ``confidence.json`` holds a logistic model over them, fitted on the dev quotes with an L2
penalty (``bench/calibrate.py``): each feature adds its weight, so a rare combination of common
features is still estimated from what each feature says on its own.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .acts import Act
from .candidates import Candidate
from .entities import EntityIndex
from .lexicon import PRONOUNS
from .naming import Speaker
from .speakers import SpeakerMention

TABLE = Path(__file__).with_name("confidence.json")


@dataclass(frozen=True)
class Basis:
    """What decided a quote: candidate origin and kind, speaker rule, the speaker mention's
    word (name, pronoun, noun, continues, none), the act ("/topic" for a topic) and what the
    speaker was named as (full_name, one_name, organisation, other_entity, description,
    none)."""

    origin: str
    kind: str
    rule: str
    word: str
    act: str
    named: str


def features(basis: Basis) -> tuple[str, ...]:
    """The model's binary features of ``basis``: each field, the act without its topic mark,
    and six pairs (origin with kind, speaker rule with speaker word and with what the speaker
    was named as, speaker word with what it was named as, and the act with the speaker word
    and with what it was named as)."""
    return (
        f"origin={basis.origin}",
        f"kind={basis.kind}",
        f"rule={basis.rule}",
        f"word={basis.word}",
        f"act={basis.act}",
        f"plain_act={basis.act.split('/')[0]}",
        f"origin|kind={basis.origin}|{basis.kind}",
        f"named={basis.named}",
        f"rule|word={basis.rule}|{basis.word}",
        f"word|named={basis.word}|{basis.named}",
        f"rule|named={basis.rule}|{basis.named}",
        f"act|word={basis.act}|{basis.word}",
        f"act|named={basis.act}|{basis.named}",
    )


def _word(mention: SpeakerMention | None) -> str:
    if mention is None:
        return "none"
    if mention.token is None:
        return "continues" if mention.continues is not None else "none"
    tok = mention.token
    if tok.pos_ == "PRON" or tok.lower_ in PRONOUNS:
        return "pronoun"
    return "name" if tok.pos_ == "PROPN" else "noun"


def _named(speaker: Speaker | None, index: EntityIndex) -> str:
    if speaker is None:
        return "none"
    if speaker.entity is None:
        return "description"
    kind = index.entities[speaker.entity].type
    if kind == "PERSON":
        return "full_name" if " " in speaker.name.strip() else "one_name"
    return "organisation" if kind == "ORG" else "other_entity"


def quote_bases(
    quotes: tuple[Candidate, ...],
    mentions: tuple[SpeakerMention | None, ...],
    acts: tuple[Act, ...],
    topics: tuple[bool, ...],
    speakers: tuple[Speaker | None, ...],
    index: EntityIndex,
) -> tuple[Basis, ...]:
    """(quotes, their speaker mentions, acts, topics, named speakers, entities) -> each quote's
    ``Basis``."""
    out = []
    for c, m, act, topic, speaker in zip(quotes, mentions, acts, topics, speakers, strict=True):
        out.append(
            Basis(
                origin=c.origin,
                kind=c.kind,
                rule=m.rule if m is not None else "none",
                word=_word(m),
                act=f"{act.value}/topic" if topic else act.value,
                named=_named(speaker, index),
            )
        )
    return tuple(out)


@cache
def table() -> dict:
    """``confidence.json``: the fitted ``intercept`` and ``weights`` ({feature: weight})."""
    return json.loads(TABLE.read_text(encoding="utf-8"))


def estimate(basis: Basis, model: dict) -> float:
    """The chance that a quote with this basis is right: the logistic of the intercept plus the
    weights of its features (a feature never seen in fitting weighs nothing)."""
    weights = model["weights"]
    z = model["intercept"] + sum(weights.get(f, 0.0) for f in features(basis))
    return 1.0 / (1.0 + math.exp(-z))


def quote_confidences(bases: tuple[Basis, ...]) -> tuple[float, ...]:
    """Stage 6: each quote's ``Basis`` -> its confidence in [0, 1] (three decimals)."""
    model = table()
    return tuple(round(estimate(b, model), 3) for b in bases)
