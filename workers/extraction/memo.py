"""Answers kept for the document being read: the rules ask some questions of a token many times.

``per_document(fn)`` wraps a pure function of a token (and further hashable arguments) that
returns a token of the same document or None; answers are kept for one document at a time,
per thread, and dropped when another document is asked about; ``per_document_answer(fn)`` does
the same for a function of a document and further hashable arguments that returns a value
holding no token; ``doc_ents(doc)`` is ``doc.ents`` read once per document the same way.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any


def per_document(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(token, *args)`` answered once per token and arguments for the last document asked
    about (the answer kept as a token index, so no token outlives its lookup)."""
    local = threading.local()

    @functools.wraps(fn)
    def wrapper(tok, *args):
        doc = tok.doc
        if getattr(local, "doc", None) is not doc:
            local.doc, local.answers = doc, {}
        key = (tok.i, *args)
        try:
            i = local.answers[key]
        except KeyError:
            found = fn(tok, *args)
            i = local.answers[key] = None if found is None else found.i
        return None if i is None else doc[i]

    return wrapper


def per_document_answer(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(doc, *args)`` answered once per arguments for the last document asked about; the
    answer must hold no token or span (an index, a number, None)."""
    local = threading.local()

    @functools.wraps(fn)
    def wrapper(doc, *args):
        if getattr(local, "doc", None) is not doc:
            local.doc, local.answers = doc, {}
        try:
            return local.answers[args]
        except KeyError:
            answer = local.answers[args] = fn(doc, *args)
            return answer

    return wrapper


_last = threading.local()


def doc_ents(doc) -> tuple:
    """``doc.ents``, read once for the last document asked about in this thread (spaCy builds
    the spans anew on every access)."""
    if getattr(_last, "doc", None) is not doc:
        _last.doc, _last.ents = doc, doc.ents
    return _last.ents
