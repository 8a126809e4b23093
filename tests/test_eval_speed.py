"""The speed benchmark measures parse and analysis time in one process."""

from __future__ import annotations

from bench.speed import measure
from workers.extraction import load_nlp


def test_measure_reports_ratio():
    texts = ['"We will win this election," Mary Jones said on Monday.'] * 3
    r = measure(texts, load_nlp(), batch_size=2)
    assert r["documents"] == 3
    assert r["parse_s"] > 0
    assert r["analyse_s"] >= 0
    assert r["ratio"] == r["analyse_s"] / r["parse_s"]
