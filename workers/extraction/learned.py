"""Quotes from the learned attribution tagger, linked to speakers by the rules."""

from __future__ import annotations

from .attributions import Attribution, Attributor, subject_of

try:
    from .tagger import SPANS_KEY, attribution_quotes
except ImportError:
    SPANS_KEY = "attribution"
    attribution_quotes = None


def _same_sentence(a, b) -> bool:
    return a.sent.start == b.sent.start


def tagger_attributions(doc, att: Attributor) -> list[Attribution]:
    """Attributions for the tagger's CONTENT spans (empty when the tagger did not run).

    The speaker is the subject of the verb that governs the content when the parse gives one,
    otherwise the tagger's SOURCE span in the same sentence; the cue is the tagger's CUE span
    in that sentence, or the governing verb.
    """
    if attribution_quotes is None or SPANS_KEY not in doc.spans:
        return []
    out: list[Attribution] = []
    for aq in attribution_quotes(doc):
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
        if aq.cue is not None and _same_sentence(aq.cue, first):
            cue_tokens = list(aq.cue)
            verbs = [t for t in aq.cue if t.pos_ in ("VERB", "AUX")]
            cue = verbs[-1] if verbs else aq.cue.root
        elif root.head is not root and not first.start <= root.head.i < first.end:
            cue = root.head
            cue_tokens = [cue]
        speaker = subject_of(cue) if cue is not None else None
        if speaker is not None and first.start <= speaker.i < aq.content[-1].end:
            speaker = None
        if aq.source is not None and _same_sentence(aq.source, first):
            src = aq.source.root
            if speaker is None or not aq.source.start <= speaker.i < aq.source.end:
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
