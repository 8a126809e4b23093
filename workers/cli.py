"""The ``quotewire`` command: ``run``, ``serve``, ``worker``, ``extract`` and ``eval``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
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


def _read_jsonl(path: str) -> Iterator[dict]:
    stream = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


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
    from workers.article_text import split_header
    from workers.extraction import extract, extract_many, load_nlp
    from workers.selection import select

    def shown(result: dict) -> dict:
        return select(result, args.all, args.min_confidence)

    nlp = load_nlp(args.model)
    if args.jsonl:
        records = list(_read_jsonl(args.jsonl))
        texts = (record["text"] for record in records)
        for record, result in zip(records, extract_many(texts, nlp), strict=True):
            line = {"doc_id": record.get("doc_id"), **shown(result)}
            print(json.dumps(line, ensure_ascii=False))
        return 0
    if not args.file:
        print("quotewire extract: give FILE or --jsonl IN.jsonl", file=sys.stderr)
        return 2
    article = split_header(Path(args.file).read_text(encoding="utf-8"))
    result = {"date": article.date, "text": article.body, **shown(extract(article.body, nlp))}
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


def _eval(argv: list[str]) -> int:
    from bench.evaluate import main as evaluate

    return evaluate(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotewire", description="Who is in a news article and who said what."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser(
        "run", help="run Redis (embedded unless REDIS_URL is set), a worker and the API"
    ).set_defaults(handler=_run)
    commands.add_parser("serve", help="run the HTTP API under gunicorn").set_defaults(
        handler=_serve
    )
    worker = commands.add_parser("worker", help="run a Celery worker")
    worker.add_argument("--hostname", default="celery@%h", help="Celery node name")
    worker.set_defaults(handler=_worker)
    extract = commands.add_parser(
        "extract", help="print entities and quotes of a text file, without Redis or Celery"
    )
    extract.add_argument("file", nargs="?", help="plain text, or the `date YYYY-MM-DD` format")
    extract.add_argument("--jsonl", metavar="IN.jsonl", help="one {doc_id, text} object a line")
    extract.add_argument("--model", help="spaCy model (default: QUOTEWIRE_SPACY_MODEL)")
    extract.add_argument(
        "--all",
        action="store_true",
        help="every attribution (also thoughts, intentions, evidence), each with its act",
    )
    extract.add_argument(
        "--min-confidence",
        type=_unit_interval,
        default=0.0,
        metavar="P",
        help="only quotes whose confidence is at least P (0 to 1)",
    )
    extract.set_defaults(handler=_extract)
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
    return args.handler(args)


if __name__ == "__main__":
    sys.exit(main())
