"""Articles read from the command line's paths: text files, folders, JSONL files, standard input.

A text file (plain, or the seed format with its ``date`` header) is one article; a ``.jsonl``
file holds one JSON object a line with at least ``text``; a folder holds ``.txt`` and
``.jsonl`` files (searched recursively, in name order); ``-`` is one article on standard input.
Anything unreadable becomes a :class:`BadInput` naming the file and line, and reading goes on.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workers.article_text import SPACE, split_header

FOLDER_SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class Document:
    """One article and where it came from (``path``, or ``path:line`` and its ``line``)."""

    source: str
    article: dict[str, Any]
    line: int | None = None


@dataclass(frozen=True)
class BadInput:
    """Something that is not an article, with where it is and why."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def read_inputs(paths: Iterable[str]) -> Iterator[Document | BadInput]:
    """Every article under ``paths``, in order; a :class:`BadInput` for each unreadable part."""
    for name in paths:
        path = Path(name)
        if name == "-":
            raw = _stdin()
            yield raw if isinstance(raw, BadInput) else _text_document("-", raw)
        elif path.is_dir():
            files = (p for p in path.rglob("*") if p.suffix in FOLDER_SUFFIXES and p.is_file())
            for file in sorted(files):
                yield from _read_file(file)
        else:
            yield from _read_file(path)


def read_jsonl(name: str) -> Iterator[Document | BadInput]:
    """The articles of one JSONL file whatever its name; ``-`` reads standard input."""
    if name == "-":
        raw = _stdin()
        yield from [raw] if isinstance(raw, BadInput) else _jsonl_documents("-", raw)
    else:
        yield from _read_file(Path(name), jsonl=True)


def _stdin() -> str | BadInput:
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return BadInput("-", f"cannot read standard input: {exc}")


def _read_file(path: Path, jsonl: bool = False) -> Iterator[Document | BadInput]:
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        yield BadInput(str(path), "no such file or folder")
        return
    except (OSError, UnicodeDecodeError) as exc:
        yield BadInput(str(path), f"cannot read it: {exc}")
        return
    if jsonl or path.suffix == ".jsonl":
        yield from _jsonl_documents(str(path), raw)
    else:
        yield _text_document(str(path), raw)


def _text_document(source: str, raw: str) -> Document | BadInput:
    article = split_header(raw)
    if not article.body:
        return BadInput(source, "no text")
    return Document(source, article.fields())


def _jsonl_documents(name: str, raw: str) -> Iterator[Document | BadInput]:
    # Only \n ends a line: JSON strings may hold U+2028 and other characters splitlines() splits at.
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(line)
        except ValueError as exc:
            yield BadInput(source, f"not JSON ({exc})")
            continue
        if not isinstance(record, dict):
            yield BadInput(source, "not a JSON object")
        elif not isinstance(record.get("text"), str) or not record["text"].strip(SPACE):
            yield BadInput(source, "no `text` string")
        else:
            yield Document(source, record, line=number)
