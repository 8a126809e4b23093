"""The ``quotewire`` commands that use a running service: submit, status, get and export."""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workers.client import ApiError, Client
from workers.settings import load_settings

#: the columns of ``export --format csv``, one row a quote
CSV_COLUMNS = ("date", "title", "speaker", "kind", "quote", "cue")
INDENT = "    "


def add_commands(commands, command: Callable[..., argparse.ArgumentParser]) -> None:
    """Add ``submit``, ``status``, ``get`` and ``export`` (``command`` builds each parser)."""
    submit = command(
        commands,
        "submit",
        "send text files, folders and JSONL files to a running service and write the results",
        "quotewire submit articles/ more.jsonl --out results.jsonl --url http://127.0.0.1:8000",
        _submit,
    )
    submit.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text file (plain or `date YYYY-MM-DD` header), folder of .txt/.jsonl, "
        "or JSONL file (one article a line, as POST /v1/articles takes it)",
    )
    submit.add_argument(
        "--out",
        required=True,
        type=Path,
        help="results, one JSON line an article; OUT.state beside it lets a new run resume",
    )
    submit.add_argument("--batch-size", type=int, default=100, help="articles a request (100)")
    _client_options(submit)
    status = command(
        commands, "status", "print the status of a job", "quotewire status $JOB_ID", _status
    )
    status.add_argument("job_id", metavar="JOB_ID")
    _client_options(status)
    get = command(
        commands,
        "get",
        "print an article with its entities and quotes",
        "quotewire get $ARTICLE_ID --format text",
        _get,
    )
    get.add_argument("article_id", metavar="ARTICLE_ID")
    get.add_argument("--format", choices=("json", "text"), default="json")
    _client_options(get)
    export = command(
        commands,
        "export",
        "write every quote of a speaker in the service as JSONL or CSV",
        "quotewire export --speaker 'Sergei Naryshkin' --format csv > naryshkin.csv",
        _export,
    )
    export.add_argument("--speaker", required=True, metavar="NAME")
    export.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    _client_options(export)


def _client_options(parser: argparse.ArgumentParser) -> None:
    settings = load_settings()
    parser.add_argument(
        "--url",
        default=os.environ.get("QUOTEWIRE_URL") or f"http://{settings.host}:{settings.port}",
        help="the service (default: QUOTEWIRE_URL, or QUOTEWIRE_HOST:QUOTEWIRE_PORT)",
    )
    parser.add_argument(
        "--api-key",
        default=os.environ.get("QUOTEWIRE_API_KEY"),
        help="sent as `Authorization: Bearer KEY` (default: QUOTEWIRE_API_KEY)",
    )


def _client(args: argparse.Namespace) -> Client:
    return Client(args.url, args.api_key)


def _submit(args: argparse.Namespace) -> int:
    from workers.bulk_submit import BulkSubmit

    with _client(args) as client:
        return BulkSubmit(client, args.out).run(args.paths, batch_size=args.batch_size)


def _status(args: argparse.Namespace) -> int:
    return _print_from(args, lambda client: _json(client.job(args.job_id)))


def _get(args: argparse.Namespace) -> int:
    render = article_text if args.format == "text" else _json
    return _print_from(args, lambda client: render(client.article(args.article_id)))


def _export(args: argparse.Namespace) -> int:
    def write(client: Client) -> str:
        quotes = client.quotes(args.speaker)
        first = next(quotes, None)  # the first page answers before anything is written
        if args.format == "csv":
            rows = csv.DictWriter(sys.stdout, CSV_COLUMNS)
            rows.writeheader()
        for quote in itertools.chain([first] if first else [], quotes):
            if args.format == "csv":
                rows.writerow(quote_row(quote))
            else:
                print(json.dumps(quote, ensure_ascii=False))
        return ""

    return _print_from(args, write)


def _print_from(args: argparse.Namespace, render: Callable[[Client], str]) -> int:
    """Print what ``render`` makes of the service's answer; a failure is one line on stderr."""
    try:
        with _client(args) as client:
            text = render(client)
    except ApiError as exc:
        print(f"quotewire {args.command}: {exc}", file=sys.stderr)
        return 1
    if text:
        print(text)
    return 0


def _json(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def article_text(article: dict[str, Any], width: int = 88) -> str:
    """An article for a terminal: its heading, then each quote under its speaker and cue."""
    heading = " · ".join(
        str(part)
        for part in (article.get("title"), article.get("date"), article.get("source"))
        if part
    )
    lines = [heading or article["article_id"], f"status: {article['status']}"]
    if article.get("error"):
        lines.append(f"error: {article['error']['type']}: {article['error']['message']}")
    quotes = article.get("quotes")
    if quotes is None:
        return "\n".join(lines)
    lines.append(f"{len(quotes)} quotes")
    for quote in quotes:
        speaker = (quote.get("speaker") or {}).get("name") or "(unknown speaker)"
        cue = (quote.get("cue") or {}).get("text")
        lines += ["", f"{speaker} — {quote['kind']}" + (f", “{cue}”" if cue else "")]
        lines += textwrap.wrap(
            quote["text"], width, initial_indent=INDENT, subsequent_indent=INDENT
        )
    return "\n".join(lines)


def quote_row(quote: dict[str, Any]) -> dict[str, Any]:
    """One CSV row of a ``GET /v1/quotes`` hit: its article's date and title, then the quote."""
    cue = quote["cue"]
    return {
        "date": quote["article"]["date"],
        "title": quote["article"]["title"],
        "speaker": quote["speaker"]["name"],
        "kind": quote["kind"],
        "quote": quote["text"],
        "cue": cue["text"] if cue else None,
    }
