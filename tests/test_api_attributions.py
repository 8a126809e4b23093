"""``GET /v1/articles/{id}``: quotes (speech) by default, every attribution on request, with a
real worker."""

from __future__ import annotations

import pytest

from tests.test_api import assert_problem

TEXT = (
    "Maria Lopez, the mayor of Springfield, said the budget was balanced. "
    "Lopez believes that the council will approve it. "
    '"We kept every promise," Lopez told reporters on Monday. '
    "A new study found that taxes fell."
)


@pytest.fixture
def article_id(client, celery_worker, wait_for_job) -> str:
    accepted = client.post("/v1/articles", json={"text": TEXT}).get_json()
    assert wait_for_job(accepted["job_id"])["status"] == "succeeded"
    return accepted["article_id"]


def _quotes(client, article_id: str, query: str = "") -> list[dict]:
    response = client.get(f"/v1/articles/{article_id}{query}")
    assert response.status_code == 200, response.get_json()
    return response.get_json()["quotes"]


def test_quotes_are_speech_by_default(client, article_id):
    quotes = _quotes(client, article_id)
    assert {q["text"] for q in quotes} == {"the budget was balanced", "We kept every promise,"}
    assert all(q["act"] == "speech" and q["topic"] is False for q in quotes)


def test_all_attributions_on_request_with_the_same_ids(client, article_id):
    speech = _quotes(client, article_id, "?attributions=speech")
    everything = _quotes(client, article_id, "?attributions=all")
    acts = {q["text"]: q["act"] for q in everything}
    assert acts["that the council will approve it"] == "thought"
    assert acts["that taxes fell"] == "evidence"
    by_id = {q["id"]: q for q in everything}
    assert speech and all(by_id[q["id"]] == q for q in speech)
    assert len({q["id"] for q in everything}) == len(everything) == len(speech) + 2


def test_min_confidence_keeps_the_surer_quotes(client, article_id):
    everything = _quotes(client, article_id, "?attributions=all")
    assert all(0.0 <= q["confidence"] <= 1.0 for q in everything)
    middle = sorted(q["confidence"] for q in everything)[len(everything) // 2]
    sure = _quotes(client, article_id, f"?attributions=all&min_confidence={middle}")
    assert sure == [q for q in everything if q["confidence"] >= middle]
    assert 0 < len(sure) < len(everything)
    assert _quotes(client, article_id, "?min_confidence=1") == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("?attributions=every", "query.attributions"),
        ("?min_confidence=1.5", "query.min_confidence"),
        ("?min_confidence=high", "query.min_confidence"),
        ("?min_confidence=nan", "query.min_confidence"),
    ],
)
def test_bad_query_parameters_are_422(client, query, field):
    body = assert_problem(client.get(f"/v1/articles/anything{query}"), 422, "unprocessable_entity")
    assert [e["field"] for e in body["errors"]] == [field]
