"""The user's seed article through the whole service: HTTP, Redis, a real worker, spaCy."""

from __future__ import annotations

from tests.conftest import SEED

SPEAKERS = {"Sergei Naryshkin", "Bashar al-Assad"}


def test_seed_article_end_to_end(client, celery_worker, wait_for_job):
    response = client.post("/v1/articles", data=SEED.read_bytes(), content_type="text/plain")
    assert response.status_code == 202
    accepted = response.get_json()
    assert wait_for_job(accepted["job_id"], timeout=180)["status"] == "succeeded"
    article = client.get(f"/v1/articles/{accepted['article_id']}").get_json()

    assert article["date"] == "2020-10-06"
    assert article["text"].startswith("The head of Russia")

    marked = [q for q in article["quotes"] if q["kind"] in ("direct", "mixed")]
    assert len(marked) >= 8
    assert all(q["speaker"] is not None for q in marked)
    assert {q["speaker"]["name"] for q in marked} <= SPEAKERS
    assert {q["speaker"]["name"] for q in marked} == SPEAKERS

    people = {e["name"]: e for e in article["entities"] if e["type"] == "PERSON"}
    assert SPEAKERS <= set(people)
    naryshkin = {m["text"] for m in people["Sergei Naryshkin"]["mentions"]}
    assert {"Sergei Naryshkin", "Naryshkin"} <= naryshkin
    assert "Naryshkin" not in people
