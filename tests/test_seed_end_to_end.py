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


def test_an_article_over_100000_characters_is_analysed_in_windows(
    client, celery_worker, wait_for_job
):
    """The seed article forty times over (104,000 characters, six windows): accepted, analysed
    within the time limit, every offset exact and the names the first window gives carried
    through the last."""
    from tests.offsets import assert_offsets_exact
    from workers.article_text import split_header
    from workers.extraction.windows import windows

    body = split_header(SEED.read_text(encoding="utf-8")).body
    text = "\n\n".join([body] * 40)
    assert len(text) > 100_000 and len(windows(text)) >= 5
    response = client.post("/v1/articles", json={"text": text})
    assert response.status_code == 202, response.get_json()
    accepted = response.get_json()
    assert wait_for_job(accepted["job_id"], timeout=300)["status"] == "succeeded"
    article = client.get(f"/v1/articles/{accepted['article_id']}").get_json()
    assert article["text"] == text
    assert_offsets_exact(text, article)
    marked = [q for q in article["quotes"] if q["kind"] in ("direct", "mixed")]
    assert len(marked) >= 40 * 8
    last = [q for q in marked if q["spans"][0][0] > len(text) - len(body)]
    assert {q["speaker"]["name"] for q in last if q["speaker"]} == SPEAKERS
    people = {e["name"] for e in article["entities"] if e["type"] == "PERSON"}
    assert SPEAKERS <= people and "Naryshkin" not in people
