"""The ``quotewire`` command: the service (``run``, ``serve``, ``worker``, ``reindex``), offline
``extract`` and ``eval``, and a client of a running service (``submit``, ``status``, ``get``,
``export``)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

from workers.settings import load_settings


def _exec_module(module: str, *args: str) -> NoReturn:
    """Replace this process with ``python -m module args`` (signals then reach it directly)."""
    os.execv(sys.executable, [sys.executable, "-m", module, *args])


def _serve(_: argparse.Namespace) -> int:
    from workers.multiprocess_metrics import prepare_metrics_dir

    settings = load_settings()
    prepare_metrics_dir(Path(settings.data_dir) / "metrics" / "api")
    _exec_module(
        "gunicorn",
        "--workers", str(settings.api_workers),
        "--bind", f"{settings.host}:{settings.port}",
        "--no-control-socket",
        "--config", "python:api.gunicorn_conf",
        "--graceful-timeout", "30",
        "api.wsgi:app",
    )  # fmt: skip


def _worker(args: argparse.Namespace) -> int:
    from workers.multiprocess_metrics import prepare_metrics_dir

    settings = load_settings()
    prepare_metrics_dir(Path(settings.data_dir) / "metrics" / "worker")
    quiet = ["--quiet"] if settings.log_format == "json" else []  # no banner between JSON lines
    os.nice(max(settings.worker_nice, 0))  # the worker and its job processes inherit it
    _exec_module(
        "celery",
        "--app", "workers.celery_app:app",
        *quiet,
        "worker",
        "--pool", "prefork",
        "--concurrency", str(settings.workers),
        "-O", "fair",
        "--hostname", args.hostname,
        "--loglevel", "INFO",
    )  # fmt: skip


def _run(_: argparse.Namespace) -> int:
    from workers.stack import run_stack

    return run_stack()


def _unit_interval(value: str) -> float:
    """A number from 0 to 1, for ``--min-confidence``."""
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number from 0 to 1")
    return number


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from workers.extraction import extract_many, load_nlp
    from workers.inputs import BadInput, read_inputs, read_jsonl
    from workers.selection import select

    if not args.paths and not args.jsonl:
        print("quotewire extract: give PATH… or --jsonl IN.jsonl (see --help)", file=sys.stderr)
        return 2
    inputs = [*read_inputs(args.paths), *(read_jsonl(args.jsonl) if args.jsonl else ())]
    bad = [entry for entry in inputs if isinstance(entry, BadInput)]
    for entry in bad:
        print(f"quotewire extract: {entry}", file=sys.stderr)
    documents = [entry for entry in inputs if not isinstance(entry, BadInput)]
    if documents:
        nlp = load_nlp(args.model)
        texts = (document.article["text"] for document in documents)
        results = tqdm(extract_many(texts, nlp), total=len(documents), unit="doc")
        for document, result in zip(documents, results, strict=True):
            shown = select(result, args.all, args.min_confidence)
            print(json.dumps(_extracted(document, shown), ensure_ascii=False), flush=True)
    return 1 if bad else 0


def _extracted(document, result: dict) -> dict:
    """A JSONL record keeps its ``doc_id``; a text file gives its ``date`` and analysed ``text``."""
    article = document.article
    if document.line is not None:
        return {"input": document.source, "doc_id": article.get("doc_id"), **result}
    text = article["text"]
    return {"input": document.source, "date": article.get("date"), "text": text, **result}


def _reindex(_: argparse.Namespace) -> int:
    from workers.redis_client import connect
    from workers.store import Store

    settings = load_settings()
    count = Store(connect(settings), ttl=settings.result_ttl).reindex()
    print(f"reindexed {count} articles")
    return 0


def _new_key(args: argparse.Namespace) -> int:
    from workers.api_keys import InvalidApiKeys, key_entry, new_key

    key = new_key()
    try:
        entry = key_entry(args.name, key)
    except InvalidApiKeys as exc:
        print(f"quotewire keys new: {exc}", file=sys.stderr)
        return 2
    print(f"API key of {args.name} (shown only now; give it to the client):\n  {key}")
    print(f"Add this entry to QUOTEWIRE_API_KEYS (comma- or newline-separated):\n  {entry}")
    return 0


def _eval(argv: list[str]) -> int:
    from bench.evaluate import main as evaluate

    return evaluate(argv)


def _address(args: argparse.Namespace) -> None:
    """``--host`` and ``--port`` override the environment (which the children of ``run`` get)."""
    if args.host:
        os.environ["QUOTEWIRE_HOST"] = args.host
    if args.port:
        os.environ["QUOTEWIRE_PORT"] = str(args.port)


def _command(commands, name: str, help: str, example: str, handler) -> argparse.ArgumentParser:
    parser = commands.add_parser(
        name,
        help=help,
        description=help[0].upper() + help[1:] + ".",
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def _with_address(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--host", help="API address (default: QUOTEWIRE_HOST, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="API port (default: QUOTEWIRE_PORT, 8000)")


def build_parser() -> argparse.ArgumentParser:
    from workers import remote_commands as remote

    parser = argparse.ArgumentParser(
        prog="quotewire",
        description="Who is in a news article and who said what.",
        epilog="examples:\n  quotewire run --port 8000\n"
        "  quotewire submit articles/ --out results.jsonl --url http://127.0.0.1:8000",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", required=True)
    run = _command(
        commands,
        "run",
        "run Redis (embedded unless REDIS_URL is set), a worker and the API",
        "quotewire run --port 8000",
        _run,
    )
    _with_address(run)
    serve = _command(
        commands,
        "serve",
        "run the HTTP API under gunicorn",
        "REDIS_URL=redis://127.0.0.1:6379/0 quotewire serve --host 0.0.0.0 --port 8000",
        _serve,
    )
    _with_address(serve)
    worker = _command(
        commands,
        "worker",
        "run a Celery worker",
        "REDIS_URL=redis://127.0.0.1:6379/0 quotewire worker --hostname analyse1@%h",
        _worker,
    )
    worker.add_argument("--hostname", default="celery@%h", help="Celery node name")
    extract = _command(
        commands,
        "extract",
        "print entities and quotes of text files, folders and JSONL, without Redis or Celery",
        "quotewire extract seeds/000_775ba3dc0255bdde.txt",
        _extract,
    )
    extract.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="text file (plain or `date YYYY-MM-DD` header), folder of .txt/.jsonl, "
        "JSONL file (.jsonl: one object with `text` a line) or - (one text on standard input)",
    )
    extract.add_argument(
        "--jsonl", metavar="IN.jsonl", help="a JSONL file whatever its name, - for standard input"
    )
    extract.add_argument("--model", help="spaCy model (default: QUOTEWIRE_SPACY_MODEL)")
    extract.add_argument(
        "--all",
        action="store_true",
        help="every attribution (also thoughts, intentions, evidence, topics and reports from no "
        "one named), each with its act",
    )
    extract.add_argument(
        "--min-confidence",
        type=_unit_interval,
        default=0.0,
        metavar="P",
        help="only quotes whose confidence is at least P (0 to 1)",
    )
    remote.add_commands(commands, _command)
    _command(
        commands,
        "reindex",
        "rebuild the search index from every stored result",
        "REDIS_URL=redis://127.0.0.1:6479/0 quotewire reindex",
        _reindex,
    )
    keys = commands.add_parser("keys", help="make API keys (see `quotewire keys new -h`)")
    key_commands = keys.add_subparsers(dest="keys_command", required=True)
    new = _command(
        key_commands,
        "new",
        "print a fresh API key for the client NAME and its QUOTEWIRE_API_KEYS entry",
        "quotewire keys new newsroom",
        _new_key,
    )
    new.add_argument("name", metavar="NAME", help="the client: 1 to 64 of A-Z a-z 0-9 _ . -")
    commands.add_parser(
        "eval", help="score extraction against gold attributions (see `quotewire eval -h`)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``quotewire`` console script."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["eval"]:
        return _eval(argv[1:])
    args = build_parser().parse_args(argv)
    if args.command in ("run", "serve"):
        _address(args)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print(f"quotewire {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
