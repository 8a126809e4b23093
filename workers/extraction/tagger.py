"""Learned attribution tagger: SOURCE, CUE and CONTENT spans for direct and indirect quotes.

The weights live in ``models/attribution`` beside this file: a spaCy pipeline trained by
``bench.train_tagger``, whose components are ``one_sentence`` (clears sentence starts so that
content may run over several sentences) and ``attribution`` (an ``ner`` with its own inline
tok2vec). It reads the tags, dependencies and lemmas of the ``en_core_web_sm`` pipeline it is
added to, so it runs after that pipeline, on a copy of each doc: ``doc.ents`` and the sentences
are left alone. ``quotewire.TensorTok2Vec.v1`` (``bench/tagger_tensor.cfg``, not shipped) is a
cheaper tok2vec for it that reads sm's own tok2vec output, ``doc.tensor``, instead.

- ``add_attribution_tagger(nlp) -> nlp``: append the component (named ``"attribution"``).
- ``attribution_spans(doc) -> list[Span]``: its predictions, from ``doc.spans["attribution"]``.
- ``group_spans(doc) -> list[SpanGroup]``: CONTENT spans grouped into attributions, each with
  its SOURCE and CUE (the extractor and the tagger's evaluation both use it).
- ``attribution_quotes(doc) -> list[AttributionQuote]``: those groups with a kind.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import registry
from thinc.api import Model, chain, concatenate
from thinc.types import Floats2d

from .marks import ALL_MARKS, DOUBLE_OPEN

MODEL_DIR = Path(__file__).resolve().parent / "models" / "attribution"
SPANS_KEY = "attribution"
COMPONENT_NAME = "attribution"
LABELS = ("SOURCE", "CUE", "CONTENT")

_MAX_GAP_CHARS = 80
#: Marks that open a quotation in double marks.
_OPENING_MARKS = frozenset(DOUBLE_OPEN + '"')
_GAP_CHARS = frozenset(" \t\r\xa0\u2009\"'“”‘’,.;:()—–-")


def clear_sentence_starts(doc: Doc) -> Doc:
    """Keep the parse but mark only the first token as a sentence start, so that ``ner``
    entities (which cannot cross a sentence start) may run over several sentences."""
    if len(doc):
        starts = numpy.full((len(doc), 1), -1, dtype="int32")
        starts[0, 0] = 1
        doc.from_array([SENT_START], starts.astype("uint64"))
    return doc


def _doc_tensor_forward(model: Model, docs: list[Doc], is_train: bool):
    """Each doc's ``tensor``; zeros where it is unset, except in training (initialisation runs
    before the annotating tok2vec; ``AttributionTagger`` checks it at inference)."""
    width = model.get_dim("nO")
    outputs = []
    for doc in docs:
        if doc.tensor.size:
            outputs.append(model.ops.asarray2f(doc.tensor))
        elif is_train and len(doc):
            raise ValueError("doc.tensor is unset: make the base tok2vec an annotating component")
        else:
            outputs.append(model.ops.alloc2f(len(doc), width))
    return outputs, lambda d_outputs: []


@registry.layers("quotewire.DocTensor.v1")
def doc_tensor(width: int) -> Model[list[Doc], list[Floats2d]]:
    """``doc.tensor`` (the base model's tok2vec output) as features; no gradient flows back."""
    return Model("doc_tensor", _doc_tensor_forward, dims={"nO": width})


@registry.architectures("quotewire.TensorTok2Vec.v1")
def tensor_tok2vec(
    tensor_width: int,
    embed: Model[list[Doc], list[Floats2d]],
    encode: Model[list[Floats2d], list[Floats2d]],
) -> Model[list[Doc], list[Floats2d]]:
    """The base model's ``doc.tensor`` concatenated with ``embed`` (its width plus the tensor's
    must be ``encode``'s width), then ``encode``: the tagger reuses sm's tok2vec instead of
    running an encoder of its own over the words."""
    model = chain(concatenate(doc_tensor(tensor_width), embed), encode)
    model.set_dim("nO", encode.get_dim("nO"))
    return model


def _tensor_width(model: Model) -> int | None:
    """The width of ``doc.tensor`` the model reads, or None if it reads no tensor."""
    for node in model.walk():
        if node.name == "doc_tensor":
            return node.get_dim("nO")
    return None


@Language.component("quotewire_one_sentence")
def one_sentence(doc: Doc) -> Doc:
    """Pipeline component for ``clear_sentence_starts``."""
    return clear_sentence_starts(doc)


class AttributionTagger:
    """Run the trained tagger pipeline on a copy of each doc; write ``doc.spans``."""

    def __init__(self, nlp: Language, name: str, model_dir: str | Path) -> None:
        import spacy

        path = Path(model_dir)
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(
                f"attribution tagger weights not found in {path}; "
                "train them with `python -m bench.train_tagger DATA.jsonl`"
            )
        self.name = name
        self._model = spacy.load(path)
        self._tensor_width = _tensor_width(self._model.get_pipe(COMPONENT_NAME).model)
        for label in self._model.get_pipe(COMPONENT_NAME).labels:
            nlp.vocab.strings.add(label)

    @staticmethod
    def _blank_copy(doc: Doc) -> Doc:
        copy = doc.copy()
        copy.set_ents([], default="missing")
        return copy

    @staticmethod
    def _transfer(doc: Doc, tagged: Doc) -> Doc:
        """Copy the entities to ``doc.spans``; CONTENT pieces separated only by spaces (no line
        break) become one span, and CONTENT is widened to its partner quotation mark."""
        text = doc.text  # built anew on every access: read it once per doc
        spans: list[Span] = []
        for ent in tagged.ents:
            prev = spans[-1] if spans else None
            gap = text[prev.end_char : ent.start_char] if prev is not None else ""
            if (
                prev is not None
                and prev.label_ == ent.label_ == "CONTENT"
                and not gap.strip()
                and "\n" not in gap
            ):
                spans[-1] = Span(doc, prev.start, ent.end, label="CONTENT")
            else:
                spans.append(Span(doc, ent.start, ent.end, label=ent.label_))
        doc.spans[SPANS_KEY] = _close_quotes(doc, spans, text)
        return doc

    def _tag(self, docs: list[Doc]) -> list[Doc]:
        """Run the tagger's own pipeline on blank copies of ``docs``."""
        if self._tensor_width and any(
            len(d) and d.tensor.shape != (len(d), self._tensor_width) for d in docs
        ):
            raise ValueError(
                "the attribution tagger reads the base model's tok2vec output (doc.tensor, width "
                f"{self._tensor_width}): add it to en_core_web_sm, after its tok2vec"
            )
        copies = [self._blank_copy(d) for d in docs]
        for _, proc in self._model.pipeline:
            copies = list(proc.pipe(copies) if hasattr(proc, "pipe") else map(proc, copies))
        return copies

    def __call__(self, doc: Doc) -> Doc:
        return self._transfer(doc, self._tag([doc])[0])

    def pipe(self, stream: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """Tag docs in batches."""
        batch: list[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._pipe_batch(batch)
                batch = []
        if batch:
            yield from self._pipe_batch(batch)

    def _pipe_batch(self, docs: list[Doc]) -> Iterator[Doc]:
        for doc, t in zip(docs, self._tag(docs), strict=True):
            yield self._transfer(doc, t)


@Language.factory("attribution_tagger", default_config={"model_dir": None})
def make_attribution_tagger(nlp: Language, name: str, model_dir: str | None) -> AttributionTagger:
    """spaCy factory; ``model_dir`` defaults to the packaged weights."""
    return AttributionTagger(nlp, name, model_dir or MODEL_DIR)


def add_attribution_tagger(nlp: Language, model_dir: str | Path | None = None) -> Language:
    """Append the attribution tagger (as ``"attribution"``) to a loaded ``en_core_web_sm`` pipeline.

    Raises ``FileNotFoundError`` if the weights directory is missing.
    """
    if COMPONENT_NAME not in nlp.pipe_names:
        config = {"model_dir": str(model_dir)} if model_dir else {}
        nlp.add_pipe("attribution_tagger", name=COMPONENT_NAME, config=config)
    return nlp


def attribution_spans(doc: Doc) -> list[Span]:
    """The tagger's SOURCE / CUE / CONTENT spans, in document order."""
    if SPANS_KEY not in doc.spans:
        return []
    return sorted(doc.spans[SPANS_KEY], key=lambda s: (s.start, s.end))


def _is_opening(text: str, i: int) -> bool:
    """Whether the quotation mark at ``i`` opens a quote (straight marks: by parity in the line)."""
    if text[i] != '"':
        return text[i] == "“"
    return text.count('"', text.rfind("\n", 0, i) + 1, i) % 2 == 0


def _matching_mark(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the partner of an unmatched quotation mark at either end."""
    body = text[start:end]
    if body[0] in '“"' and _is_opening(text, start):
        close = "”" if body[0] == "“" else '"'
        if close not in body[1:]:
            stop = text.find("\n", end)
            j = text.find(close, end, len(text) if stop < 0 else stop)
            if j >= 0 and "“" not in text[end:j]:
                return start, j + 1
    if body[-1] in '”"' and not _is_opening(text, end - 1):
        opening = "“" if body[-1] == "”" else '"'
        if opening not in body[:-1]:
            j = text.rfind(opening, text.rfind("\n", 0, start) + 1, start)
            if j >= 0 and "”" not in text[j + 1 : start]:
                return j, end
    return start, end


def _close_quotes(doc: Doc, spans: list[Span], text: str) -> list[Span]:
    """Widen CONTENT that opens a quotation mark without closing it (or closes one it did not
    open) to the partner mark in the same line, absorbing the CONTENT pieces in between. A
    widening that would swallow a SOURCE or CUE is not made (``text``: the doc's)."""
    spans = sorted(spans, key=lambda s: (s.start, s.end))
    i = 0
    while i < len(spans):
        span = spans[i]
        i += 1
        if span.label_ != "CONTENT":
            continue
        start, end = _matching_mark(text, span.start_char, span.end_char)
        if (start, end) == (span.start_char, span.end_char):
            continue
        wide = doc.char_span(start, end, label="CONTENT", alignment_mode="expand")
        if wide is None:
            continue
        touched = [s for s in spans if s.start < wide.end and wide.start < s.end]
        if any(s.label_ != "CONTENT" for s in touched):
            continue
        wide = Span(
            doc,
            min(s.start for s in [wide, *touched]),
            max(s.end for s in [wide, *touched]),
            label="CONTENT",
        )
        spans = sorted([s for s in spans if s not in touched] + [wide], key=lambda s: s.start)
        i = spans.index(wide) + 1
    return spans


class SpanGroup(NamedTuple):
    """One attribution in the tagger's spans: its CONTENT spans (several when split by its cue)
    and the SOURCE and CUE nearest to them."""

    content: tuple[Span, ...]
    source: Span | None
    cue: Span | None


class _Sorted(NamedTuple):
    """Spans in text order with their start tokens, to find those in a range by bisection."""

    spans: list[Span]
    starts: list[int]

    @classmethod
    def of(cls, spans: list[Span]) -> _Sorted:
        return cls(spans, [s.start for s in spans])

    def starting(self, lo: int, hi: int) -> list[Span]:
        """The spans that start at a token in ``[lo, hi)``, in text order."""
        return self.spans[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]


def _joins(text: str, last: Span, span: Span, others: _Sorted, sent_start: list[int]) -> bool:
    """CONTENT ``span`` continues the quote that ends with ``last``: only spaces between them, or
    punctuation around SOURCE and CUE spans in the same sentence ("…,” he said, “…"); never a
    quotation in marks after words outside marks ("Asked whether …, he replied: “No.”")."""
    opening = text[span.start_char : span.start_char + 1]
    if opening in _OPENING_MARKS and not any(
        ch in ALL_MARKS for ch in text[last.start_char : last.end_char]
    ):
        return False
    gap = text[last.end_char : span.start_char]
    between = [o for o in others.starting(last.end, span.start) if o.end <= span.start]
    rest = list(gap)
    for o in between:
        for i in range(o.start_char - last.end_char, o.end_char - last.end_char):
            rest[i] = " "
    return (
        "\n" not in gap
        and len(gap) <= _MAX_GAP_CHARS
        and all(ch in _GAP_CHARS or ch.isspace() for ch in rest)
        and (bool(between) or not gap.strip())
        and not (sent_start[span.start] != sent_start[last.end - 1] and bool(between))
    )


def _gap(o: Span, start: int, end: int) -> int:
    inside = start <= o.start and o.end <= end
    return 0 if inside else min(abs(o.start - end), abs(start - o.end))


def _nearest(labelled: _Sorted, content: list[Span], sent_start, sent_end) -> Span | None:
    """The span of ``labelled`` (SOURCE or CUE: entities, which never overlap each other nor
    CONTENT) nearest the content, preferring one in the content's sentences; the first of
    equals. Only the spans next to the content can be nearest: the last before it, those
    inside it and the first after it."""
    start, end = content[0].start, content[-1].end
    lo, hi = sent_start[start], sent_end[end - 1]
    near = [o for o in labelled.starting(lo, hi) if o.end <= hi]
    if not near:
        first = bisect.bisect_left(labelled.starts, start)
        after = bisect.bisect_left(labelled.starts, end)
        near = labelled.spans[max(first - 1, 0) : after + 1]
    return min(near, key=lambda o: _gap(o, start, end), default=None)


def group_spans(doc: Doc, text: str | None = None) -> list[SpanGroup]:
    """The tagger's spans of ``doc`` (and its text, if read already) -> its attributions, in
    text order.

    CONTENT spans are joined across their cue ("…,” he said, “…"); each group gets the nearest
    SOURCE and CUE, preferring the same sentence. The one grouping both the extractor and the
    tagger's own evaluation use.
    """
    spans = attribution_spans(doc)
    sent_start = [0] * len(doc)
    sent_end = [0] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_start[i] = sent.start
            sent_end[i] = sent.end
    others = _Sorted.of([s for s in spans if s.label_ != "CONTENT"])
    sources = _Sorted.of([s for s in others.spans if s.label_ == "SOURCE"])
    cues = _Sorted.of([s for s in others.spans if s.label_ == "CUE"])
    text = doc.text if text is None else text  # spaCy builds it anew on every access
    groups: list[list[Span]] = []
    for span in spans:
        if span.label_ != "CONTENT":
            continue
        if groups and _joins(text, groups[-1][-1], span, others, sent_start):
            groups[-1].append(span)
        else:
            groups.append([span])
    return [
        SpanGroup(
            content=tuple(g),
            source=_nearest(sources, g, sent_start, sent_end),
            cue=_nearest(cues, g, sent_start, sent_end),
        )
        for g in groups
    ]


class AttributionQuote(NamedTuple):
    """One quote: its CONTENT spans (several when split by its cue), nearest SOURCE and CUE."""

    content: tuple[Span, ...]
    source: Span | None = None
    cue: Span | None = None
    kind: str = "indirect"


def _kind(content: tuple[Span, ...]) -> str:
    """``direct`` if every piece is inside quote marks, ``mixed`` if some marks, else indirect."""
    marks = '"“”'

    def quoted(text: str) -> bool:
        inner = text.strip(" ,.;:")
        return len(inner) > 1 and inner[0] in marks and inner[-1] in marks

    texts = [s.text for s in content]
    if all(quoted(t) and not any(m in t.strip(" ,.;:")[1:-1] for m in marks) for t in texts):
        return "direct"
    return "mixed" if any(m in t for t in texts for m in marks) else "indirect"


def attribution_quotes(doc: Doc) -> list[AttributionQuote]:
    """The tagger's attributions (``group_spans``) with a kind from the quote marks in them."""
    return [AttributionQuote(*g, kind=_kind(g.content)) for g in group_spans(doc)]
