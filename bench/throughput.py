"""In-process throughput: bare spaCy (the limit), quotewire's pipeline (parse) and the rules.

- ``limit(texts, model, processes, numpy_blas=False)``: articles/s of the bare model's
  ``nlp.pipe``, as installed (thinc's BLIS) or multiplying with numpy's BLAS as quotewire does.
- ``parse_timed(texts, nlp)``: the parsed documents and the seconds of each component;
- ``parse_and_extract(texts, nlp)``: seconds per pipeline component and for the rules, and the
  articles/s of the parse alone and of parse + rules.
"""

from __future__ import annotations

import time
from typing import Any

from workers.extraction.windows import WINDOW_CHARS

BATCH_SIZE = 8


def limit(
    texts: list[str], model: str, processes: int = 1, numpy_blas: bool = False
) -> dict[str, Any]:
    """Articles/s of the bare spaCy ``model`` over ``texts`` with ``processes`` processes; with
    ``numpy_blas``, loaded as ``load_nlp`` loads it (``workers.extraction.compute``)."""
    from contextlib import nullcontext

    import spacy

    from workers.extraction.compute import numpy_blas as use_numpy_blas

    with use_numpy_blas() if numpy_blas else nullcontext():
        nlp = spacy.load(model)
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=processes):
        pass
    seconds = time.perf_counter() - start
    return {"processes": processes, "seconds": seconds, "articles_per_s": len(texts) / seconds}


def parse_timed(texts: list[str], nlp, window: int = WINDOW_CHARS) -> tuple[list, dict[str, float]]:
    """The parsed ``Doc`` of each text and the seconds each component took, parsed as the
    service parses them (``windows.parse_many``): texts of one window in batches of
    ``BATCH_SIZE``, a long text's windows one at a time, joined after the last component."""
    from workers.extraction.windows import join, windows

    components: dict[str, float] = {}
    parts = [windows(text, window) for text in texts]
    start = time.perf_counter()
    docs = [nlp.make_doc(w) for p in parts for w in p]
    components["tokenizer"] = time.perf_counter() - start
    alone = [len(p) == 1 for p in parts for _ in p]  # a long text's windows: batches of one
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            pairs = list(zip(docs, alone, strict=True))
            short = iter(proc.pipe([d for d, a in pairs if a], batch_size=BATCH_SIZE))
            long = iter(proc.pipe([d for d, a in pairs if not a], batch_size=1))
            docs = [next(short) if a else next(long) for a in alone]
        else:
            docs = [proc(doc) for doc in docs]
        components[name] = time.perf_counter() - start
    if len(docs) > len(texts):
        start = time.perf_counter()
        windowed, docs = docs, []
        for text, p in zip(texts, parts, strict=True):
            docs.append(join(windowed[: len(p)], text))
            del windowed[: len(p)]
        components["join"] = time.perf_counter() - start
    return docs, components


def parse_and_extract(texts: list[str], nlp) -> dict[str, Any]:
    """Time every component of ``nlp`` over ``texts`` (``parse_timed``), then the rules.

    Returns ``{"components": {name: s}, "parse_s", "rules_s", "parse_per_s", "extract_per_s"}``;
    ``components`` has ``join`` when some text was parsed in windows.
    """
    from workers.extraction import analyse

    docs, components = parse_timed(texts, nlp)
    start = time.perf_counter()
    for doc, text in zip(docs, texts, strict=True):
        analyse(doc, text)
    rules = time.perf_counter() - start
    parse = sum(components.values())
    return {
        "components": components,
        "parse_s": parse,
        "rules_s": rules,
        "parse_per_s": len(texts) / parse,
        "extract_per_s": len(texts) / (parse + rules),
    }
