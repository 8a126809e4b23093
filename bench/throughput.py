"""In-process throughput: bare spaCy (the limit), quotewire's pipeline (parse) and the rules.

- ``limit(texts, model, processes, numpy_blas=False)``: articles/s of the bare model's
  ``nlp.pipe``, as installed (thinc's BLIS) or multiplying with numpy's BLAS as quotewire does.
- ``parse_and_extract(texts, nlp)``: seconds per pipeline component and for the rules, and the
  articles/s of the parse alone and of parse + rules.
"""

from __future__ import annotations

import time
from typing import Any

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


def parse_and_extract(texts: list[str], nlp) -> dict[str, Any]:
    """Time every component of ``nlp`` over ``texts`` (in batches; a long text in windows, one
    at a time, joined after the last component, as the service parses it), then the rules.

    Returns ``{"components": {name: s}, "parse_s", "rules_s", "parse_per_s", "extract_per_s"}``;
    ``components`` has ``join`` when some text was parsed in windows.
    """
    from workers.extraction import analyse
    from workers.extraction.windows import join, windows

    components: dict[str, float] = {}
    parts = [windows(text) for text in texts]
    batch_size = BATCH_SIZE if all(len(p) == 1 for p in parts) else 1
    start = time.perf_counter()
    docs = [nlp.make_doc(w) for p in parts for w in p]
    components["tokenizer"] = time.perf_counter() - start
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(proc, "pipe"):
            docs = list(proc.pipe(docs, batch_size=batch_size))
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
