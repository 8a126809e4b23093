"""Quotes from the learned attribution tagger, linked to speakers by the rules."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .attributions import Attribution, Attributor, subject_of
from .cues import PRONOUNS

try:
    from .tagger import SPANS_KEY
except ImportError:
    SPANS_KEY = "attribution"

_MAX_GAP = 80
_GAP_CHARS = frozenset(" \t\r\xa0\u2009\"'“”‘’,.;:()—–-")


@dataclass
class _Group:
    content: list
    source: object = None
    cue: object = None


def _groups(doc, text: str, sent_start: list[int], sent_end: list[int]) -> list[_Group]:
    """CONTENT spans joined across their cue ("…,” he said, “…”), each with the nearest SOURCE
    and CUE, preferring the same sentence."""
    spans = sorted(doc.spans[SPANS_KEY], key=lambda s: (s.start, s.end))
    groups: list[_Group] = []
    others = [s for s in spans if s.label_ != "CONTENT"]
    other_starts = [o.start for o in others]
    for span in spans:
        if span.label_ != "CONTENT":
            continue
        if groups:
            last = groups[-1].content[-1]
            gap = text[last.end_char : span.start_char]
            first = bisect_left(other_starts, last.end)
            stop = bisect_left(other_starts, span.start, first)
            between = [o for o in others[first:stop] if o.end <= span.start]
            rest = list(gap)
            for o in between:
                for i in range(o.start_char - last.end_char, o.end_char - last.end_char):
                    rest[i] = " "
            if (
                "\n" not in gap
                and len(gap) <= _MAX_GAP
                and all(ch in _GAP_CHARS or ch.isspace() for ch in rest)
                and (between or not gap.strip())
                and not (sent_start[span.start] != sent_start[last.end - 1] and between)
            ):
                groups[-1].content.append(span)
                continue
        groups.append(_Group(content=[span]))
    sources = _ByPosition([o for o in others if o.label_ == "SOURCE"])
    cues = _ByPosition([o for o in others if o.label_ == "CUE"])
    for g in groups:
        start, end = g.content[0].start, g.content[-1].end
        lo, hi = sent_start[start], sent_end[end - 1]
        g.source = sources.nearest(start, end, lo, hi)
        g.cue = cues.nearest(start, end, lo, hi)
    return groups


class _ByPosition:
    """Spans that do not overlap (the tagger's entities of one label), sorted, so that the one
    nearest a range is found among its neighbours instead of by a scan of the whole doc."""

    def __init__(self, spans: list) -> None:
        self.spans = spans
        self.starts = [s.start for s in spans]
        self.ends = [s.end for s in spans]

    def nearest(self, start: int, end: int, lo: int, hi: int):
        """The span nearest tokens ``start:end`` (0 inside), preferring one within ``lo:hi``;
        the first of equals in document order."""
        a, b = bisect_left(self.starts, lo), bisect_right(self.ends, hi)
        if a < b:
            return self._nearest(start, end, a, b)
        return self._nearest(start, end, 0, len(self.spans))

    def _nearest(self, start: int, end: int, a: int, b: int):
        if a >= b:
            return None
        p = min(max(bisect_left(self.ends, start), a), b - 1)
        bound = min(_gap(self.spans[i], start, end) for i in {max(p - 1, a), p})
        # Whatever lies further than ``bound`` on either side cannot be nearer.
        first = max(a, bisect_left(self.ends, start - bound))
        stop = min(b, bisect_right(self.starts, end + bound))
        return min(self.spans[first:stop], key=lambda s: _gap(s, start, end))


def _gap(span, start: int, end: int) -> int:
    """Tokens between ``span`` and the range ``start:end``; 0 when the span lies inside it."""
    if start <= span.start and span.end <= end:
        return 0
    return min(abs(span.start - end), abs(start - span.end))


def _can_speak(tok, group: _Group) -> bool:
    """A SOURCE head that can name a speaker: a noun or pronoun outside the content that is
    not the object of a verb ("discuss recently released polls")."""
    inside = any(span.start <= tok.i < span.end for span in group.content)
    return not inside and tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ != "dobj"


def tagger_attributions(doc, att: Attributor) -> list[Attribution]:
    """Attributions for the tagger's CONTENT spans (empty when the tagger did not run).

    The speaker is the tagger's SOURCE span in the same sentence unless the cue verb has a name
    or pronoun for its own subject; without a SOURCE, the subject the parse gives for the verb
    that governs the content. The cue is the tagger's CUE span in that sentence, or the
    governing verb; content with neither is left out.
    """
    if SPANS_KEY not in doc.spans or not len(doc.spans[SPANS_KEY]):
        return []
    sent_start = [0] * len(doc)
    sent_end = [0] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_start[i] = sent.start
            sent_end[i] = sent.end

    def same_sentence(a, b) -> bool:
        return sent_start[a.start] == sent_start[b.start]

    out: list[Attribution] = []
    for aq in _groups(doc, att.text, sent_start, sent_end):
        spans = []
        for span in aq.content:
            rng = att._trim(span.start, span.end)
            if rng is not None:
                spans.append((doc[rng[0]].idx, att.char_end(rng[1] - 1)))
        if not spans:
            continue
        first = aq.content[0]
        root = first.root
        cue_tokens: list = []
        cue = None
        if aq.cue is not None and same_sentence(aq.cue, first):
            cue_tokens = list(aq.cue)
            verbs = [t for t in aq.cue if t.pos_ in ("VERB", "AUX")]
            cue = verbs[-1] if verbs else aq.cue.root
        elif root.head is not root and not first.start <= root.head.i < first.end:
            cue = root.head
            cue_tokens = [cue]
        if not cue_tokens:
            continue
        speaker = subject_of(cue) if cue is not None else None
        if speaker is not None and first.start <= speaker.i < aq.content[-1].end:
            speaker = None
        src = aq.source.root if aq.source is not None else None
        subject_named = speaker is not None and (
            speaker.head.i == cue.i
            and speaker.dep_ in ("nsubj", "nsubjpass")
            and (speaker.pos_ == "PROPN" or speaker.lower_ in PRONOUNS)
        )
        if (
            src is not None
            and same_sentence(aq.source, first)
            and _can_speak(src, aq)
            and not subject_named
        ):
            speaker = src
        in_marks = any(att.in_quote[t.i] for span in aq.content for t in span)
        out.append(
            Attribution(
                spans=spans,
                kind="mixed" if in_marks else "indirect",
                cue=cue_tokens,
                speaker=speaker,
                anchor=root.i,
            )
        )
    return out
