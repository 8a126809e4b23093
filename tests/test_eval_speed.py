"""The speed benchmark's code, run for real on a tiny input (no timing is asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from bench import service_speed, speed
from bench.long_article import build_text, run_length
from bench.service_speed import measure_service
from bench.throughput import BATCH_SIZE, limit, parse_and_extract, parse_timed
from workers.extraction import DEFAULT_MODEL, load_nlp
from workers.extraction.windows import parse_many

TEXTS = [
    '"We will win this election," Mary Jones said on Monday.',
    "The minister said the plan would fail. Critics agreed.",
    'Smith told reporters: "It is over."',
]


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_parse_and_extract_times_every_component_and_the_rules(nlp):
    r = parse_and_extract(TEXTS, nlp)
    assert list(r["components"]) == ["tokenizer", *nlp.pipe_names]
    assert "attribution" in r["components"]
    assert r["parse_s"] == sum(r["components"].values())
    assert r["rules_s"] > 0
    assert r["parse_per_s"] > r["extract_per_s"] > 0


class _BatchSizes:
    """A last component that records the batch sizes it is asked for."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def pipe(self, docs, batch_size: int):
        self.sizes.append(batch_size)
        yield from docs


def test_timed_parse_batches_as_the_service_parses(nlp):
    long = " ".join(TEXTS * 40)  # more than one window, parsed one window at a time
    texts = [*TEXTS, long, *TEXTS]
    recorder = _BatchSizes()
    timed = SimpleNamespace(make_doc=nlp.make_doc, pipeline=[*nlp.pipeline, ("sizes", recorder)])
    docs, components = parse_timed(texts, timed, window=200)
    assert recorder.sizes == [BATCH_SIZE, 1]  # the short texts together, the windows alone
    assert list(components) == ["tokenizer", *nlp.pipe_names, "sizes", "join"]
    served = list(parse_many(texts, nlp, batch_size=BATCH_SIZE, size=200))
    assert [d.text for d in docs] == texts
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == [
        [(e.start, e.end, e.label_) for e in d.ents] for d in served
    ]


@pytest.mark.parametrize("numpy_blas", [False, True])
def test_limit_runs_the_bare_model(numpy_blas):
    r = limit(TEXTS, DEFAULT_MODEL, processes=1, numpy_blas=numpy_blas)
    assert r["processes"] == 1
    assert r["articles_per_s"] == len(TEXTS) / r["seconds"]


def test_build_text_repeats_real_texts_and_fits_the_body_limit():
    text = build_text(TEXTS, 1000, max_body_bytes=600)
    assert len(json.dumps({"text": text}).encode()) <= 600
    assert text.startswith(TEXTS[0])
    assert text.count(TEXTS[1]) >= 2
    assert len(build_text(TEXTS, 1000)) <= 1000
    with pytest.raises(ValueError):
        build_text([" "], 100)


def test_run_length_measures_one_article_in_a_child_process():
    r = run_length(" ".join(TEXTS), timeout=300)
    assert r["characters"] == len(" ".join(TEXTS))
    assert "attribution" in r["components"]
    assert r["peak_rss_mb"] > 50


def test_run_length_reports_a_timeout():
    r = run_length(" ".join(TEXTS), timeout=0.01)
    assert r == {"characters": len(" ".join(TEXTS)), "timeout": True, "seconds": 0.01}


def test_service_section_drives_the_stack_over_http():
    r = measure_service(TEXTS[:2], workers=1, clients=2)
    assert r["succeeded"] == r["articles"] == 2
    assert r["articles_per_s"] > 0
    assert r["latency"]["post"]["n"] == 2
    assert set(r["latency"]) == {"post", "get_job", "get_article", "burst_get_job", "burst_post"}
    # each burst round sends one request per client, all while the fillers keep the worker busy
    assert r["latency"]["burst_get_job"]["n"] == 2 * service_speed.BURST_ROUNDS
    assert r["latency"]["burst_post"]["n"] == 2
    assert r["worker_peak_rss_mb"] > r["api_peak_rss_mb"] > 0


def test_command_line_prints_ratios_to_the_limit(tmp_path, capsys):
    data = tmp_path / "articles.jsonl"
    data.write_text("".join(json.dumps({"text": t}) + "\n" for t in TEXTS))
    # One worker: spaCy's n_process forks, which may deadlock on locks held by pytest's threads.
    argv = [str(data), "--limit", "2", "--workers", "1", "--sections", "limit,parse", "--json"]
    assert speed.main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["articles"] == 2
    assert set(report["ratios"]) == {
        "parse/limit@1",
        "extract/limit@1",
        "parse/limit_numpy@1",
        "extract/limit_numpy@1",
    }
    assert set(report["limit"]) == set(report["limit_numpy_blas"]) == {"1"}
    assert "service" not in report and "length" not in report


def test_table_names_every_measured_section():
    report = {
        "articles": 2,
        "characters": 100,
        "workers": 2,
        "limit": {1: {"articles_per_s": 4.0}, 2: {"articles_per_s": 8.0}},
        "limit_numpy_blas": {1: {"articles_per_s": 6.0}},
        "parse": {
            "components": {"tokenizer": 0.1, "attribution": 0.2},
            "parse_s": 0.3,
            "rules_s": 0.1,
            "parse_per_s": 3.0,
            "extract_per_s": 2.0,
        },
        "length": [{"characters": 10, "timeout": True, "seconds": 5.0}],
    }
    out = speed.table(report)
    assert speed.ratios(report) == {
        "parse/limit@1": 0.75,
        "extract/limit@1": 0.5,
        "parse/limit_numpy@1": 0.5,
        "extract/limit_numpy@1": 2.0 / 6.0,
    }
    assert "extract/limit@1                 0.50" in out
    assert "numpy BLAS, 1 process(es)      6.00 articles/s" in out
    assert "(timeout)" in out
    assert "attribution 0.20" in out


def test_peak_rss_of_a_child_is_its_own_not_its_parents():
    child = "from bench.memory import peak_rss_mb; print(peak_rss_mb())"
    parent = (
        "import subprocess, sys; big = b'x' * 200_000_000; "
        f"subprocess.run([sys.executable, '-c', {child!r}], check=True)"
    )
    out = subprocess.run([sys.executable, "-c", parent], capture_output=True, text=True, check=True)
    assert 0 < float(out.stdout) < 150
