"""Quote, speaker and entity search against a real Redis and a real worker: grouping of the
same quotation across articles, pagination, and the index kept right on re-run, expiry and delete.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import ROOT
from workers.redis_client import connect
from workers.store import Store

BRIDGE = "We will build the bridge over the river next year"
#: Articles the extractor surely reads: a quotation repeated, shortened and re-attributed.
ORIGINAL = {
    "title": "Mayor promises a bridge",
    "date": "2024-03-01",
    "text": f'"{BRIDGE}, and it will be ready by June," said Jane Doe, the mayor of Springfield.'
    '\n\n"Taxes will not go up this year," said John Smith, the city treasurer.',
}
REPEATED = {
    "title": "Bridge by June, mayor says",
    "date": "2024-03-05",
    "text": "Officials met on Tuesday.\n\n"
    f"“{BRIDGE} – and it will be ready by June!” Jane Doe told reporters.",
}
SHORTENED = {
    "title": "Council meets",
    "date": "2024-03-03",
    "text": f'The council met on Monday.\n\n"{BRIDGE}," said Jane Doe, the mayor.',
}
REATTRIBUTED = {
    "title": "Councillor mocks bridge plan",
    "date": "2024-03-04",
    "text": f'Not everyone agreed.\n\n"{BRIDGE}," said Bob Jones, a city councillor.',
}
ACCENTED = {
    "title": "Nurses wanted",
    "date": "2024-02-10",
    "text": '"Our hospitals need more nurses before the winter comes," said José Álvarez, '
    "the health minister.",
}


@pytest.fixture
def analyse(client, celery_worker, wait_for_job):
    """Submit an article and wait for the real worker; return its id."""

    def run(article: dict) -> str:
        accepted = client.post("/v1/articles", json=article).get_json()
        assert wait_for_job(accepted["job_id"])["status"] == "succeeded"
        return accepted["article_id"]

    return run


@pytest.fixture
def store(settings, redis_client) -> Store:
    return Store(connect(settings))


def quotes(client, **query) -> list[dict]:
    response = client.get("/v1/quotes", query_string=query)
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_json()["items"]


def store_result(store: Store, article: dict, result: dict) -> str:
    """Store ``result`` for ``article`` the way the worker does (no spaCy involved)."""
    record, job, _ = store.submit(article)
    store.succeed_job(job["job_id"], record["article_id"], result)
    return record["article_id"]


def speech(quote_id: str, text: str, speaker: str | None, **extra) -> dict:
    return {
        "id": quote_id,
        "text": text,
        "spans": [[0, len(text)]],
        "kind": "direct",
        "speaker": {"name": speaker, "entity_id": None, "mention": None} if speaker else None,
        "cue": None,
        **extra,
    }


def test_a_surname_finds_the_full_name_without_case_or_accents(client, analyse):
    original = analyse(ORIGINAL)
    accented = analyse(ACCENTED)
    for query in ("DOE", "jane", "Jane Doe", "doe jane"):
        hits = quotes(client, speaker=query)
        assert [h["speaker"]["name"] for h in hits] == ["Jane Doe"], query
    hit = quotes(client, speaker="doe")[0]
    assert hit["text"].startswith(BRIDGE)
    assert hit["kind"] == "direct" and hit["spans"] and hit["id"] == f"{original}-q0"
    assert hit["article"] == {
        "id": original,
        "title": ORIGINAL["title"],
        "date": "2024-03-01",
        "url": None,
        "source": None,
    }
    assert hit["links"]["page"] == f"/articles/{original}"
    for query in ("alvarez", "ÁLVAREZ", "jose"):
        assert [h["article"]["id"] for h in quotes(client, speaker=query)] == [accented], query
    assert quotes(client, speaker="smithers") == []
    assert quotes(client, speaker="!!!") == []


def test_a_repeated_and_a_shortened_quotation_are_one_group_first_by_date(client, analyse):
    repeated = analyse(REPEATED)  # submitted first, dated last
    original = analyse(ORIGINAL)
    shortened = analyse(SHORTENED)
    reattributed = analyse(REATTRIBUTED)

    hits = quotes(client, speaker="jane doe")
    assert [h["article"]["id"] for h in hits] == [repeated, shortened, original]
    for hit in hits:
        group = hit["group"]
        assert group["articles"] == 3 and group["quotes"] == 3
        assert group["first"]["article"]["id"] == original
        assert group["first"]["links"]["page"] == f"/articles/{original}"
        others = {o["article"]["id"] for o in group["others"]}
        assert others == {repeated, shortened, original} - {hit["article"]["id"]}

    (bob,) = quotes(client, speaker="jones")
    assert bob["article"]["id"] == reattributed
    assert bob["group"]["articles"] == 1 and bob["group"]["others"] == []
    assert bob["group"]["first"]["quote_id"] == bob["id"]

    whole = client.get(f"/v1/quotes/{hits[0]['id']}").get_json()
    assert whole["group"]["articles"] == 3 and whole["speaker"]["name"] == "Jane Doe"
    missing = client.get("/v1/quotes/nope-q0")
    assert missing.status_code == 404 and missing.mimetype == "application/problem+json"


def test_a_short_fragment_is_not_the_same_quotation(store):
    long = store_result(
        store, {"text": "a", "date": "2024-01-01"}, {"entities": [], "quotes": [
            speech("q0", "We will never give up on this city and its people.", "Ann Lee")
        ]},
    )  # fmt: skip
    store_result(
        store, {"text": "b", "date": "2024-01-02"}, {"entities": [], "quotes": [
            speech("q0", "this city", "Ann Lee")
        ]},
    )  # fmt: skip
    hits = {h["article"]["id"]: h for h in store.search_for().quotes(_filter(speaker="lee"))[0]}
    assert [h["group"]["articles"] for h in hits.values()] == [1, 1]
    assert hits[long]["group"]["others"] == []


def _filter(**fields):
    from workers.search import QuoteFilter

    return QuoteFilter(**fields)


def test_words_dates_and_kind_filter_and_pages_follow_the_cursor(client, analyse):
    ids = [analyse(a) for a in (ORIGINAL, REPEATED, SHORTENED, REATTRIBUTED, ACCENTED)]
    everything = quotes(client, limit=100)
    dates = [h["article"]["date"] for h in everything]
    assert dates == sorted(dates, reverse=True) and len(everything) >= 6

    seen, url = [], "/v1/quotes?limit=2"
    while url:
        page = client.get(url).get_json()
        assert len(page["items"]) <= 2
        seen += [h["id"] for h in page["items"]]
        url = page["links"].get("next")
        assert (url is None) == (page["cursor"] is None)
    assert seen == [h["id"] for h in everything]

    bridge = quotes(client, q="BRIDGE river")
    assert {h["article"]["id"] for h in bridge} == set(ids[:4])
    assert {h["article"]["id"] for h in quotes(client, q="bridge", speaker="jones")} == {ids[3]}
    march = quotes(client, since="2024-03-02", until="2024-03-04")
    assert {h["article"]["date"] for h in march} == {"2024-03-03", "2024-03-04"}
    assert quotes(client, kind="indirect", speaker="doe") == []
    assert len(quotes(client, kind="direct", speaker="doe")) == 3

    assert client.get(f"/v1/quotes?cursor={'A' * 22}").status_code == 200  # well-formed
    invalid = client.get("/v1/quotes?since=yesterday&limit=0&cursor=not-a-cursor")
    assert invalid.status_code == 422
    fields = {e["field"] for e in invalid.get_json()["errors"]}
    assert fields >= {"query.since", "query.limit", "query.cursor"}


def test_speakers_and_entities_are_listed_with_counts(client, analyse):
    analyse(ORIGINAL)
    analyse(SHORTENED)
    analyse(ACCENTED)
    page = client.get("/v1/speakers").get_json()
    assert [s["name"] for s in page["items"]][0] == "Jane Doe"
    doe = page["items"][0]
    assert (doe["quotes"], doe["articles"], doe["id"]) == (2, 2, "jane-doe")
    assert [s["name"] for s in client.get("/v1/speakers?prefix=alv").get_json()["items"]] == [
        "José Álvarez"
    ]
    assert client.get("/v1/speakers?prefix=zz").get_json()["items"] == []
    detail = client.get("/v1/speakers/jane-doe").get_json()
    assert len(detail["latest_quotes"]) == 2 and len(detail["latest_articles"]) == 2
    assert detail["latest_articles"][0]["title"] == SHORTENED["title"]
    assert client.get("/v1/speakers/nobody").status_code == 404
    by_id = quotes(client, speaker_id="jane-doe")
    assert len(by_id) == 2 and all(h["speaker"]["id"] == "jane-doe" for h in by_id)

    places = client.get("/v1/entities?name=springfield&type=gpe").get_json()["items"]
    assert [(e["name"], e["type"], e["articles"]) for e in places] == [("Springfield", "GPE", 1)]
    people = client.get("/v1/entities?type=PERSON").get_json()["items"]
    assert {"Jane Doe", "John Smith", "José Álvarez"} <= {e["name"] for e in people}
    assert next(e for e in people if e["name"] == "Jane Doe")["articles"] == 2


def test_only_speech_is_a_quote(store):
    store_result(
        store,
        {"text": "x"},
        {
            "entities": [],
            "quotes": [
                speech("q0", "I think the plan is good enough for us.", "Ann Lee", act="thought"),
                speech("q1", "The plan is good enough for all of us.", "Ann Lee", act="speech"),
                speech("q2", "We shall fund the plan next year.", "Ann Lee"),
            ],
        },
    )
    texts = {h["text"] for h in store.search_for().quotes(_filter(speaker="ann lee"))[0]}
    assert texts == {"The plan is good enough for all of us.", "We shall fund the plan next year."}


def test_a_rerun_replaces_the_articles_entries(store):
    article_id = store_result(
        store, {"text": "x"}, {"entities": [], "quotes": [speech("q0", "Old words here.", "Ann")]}
    )
    job_id = store.get_article(article_id)["job_id"]
    store.succeed_job(
        job_id, article_id, {"entities": [], "quotes": [speech("q0", "New words.", "Bo Li")]}
    )
    assert store.search_for().quotes(_filter(speaker="ann"))[0] == []
    assert store.search_for().quotes(_filter(q="old"))[0] == []
    (hit,) = store.search_for().quotes(_filter(q="new words"))[0]
    assert hit["speaker"]["name"] == "Bo Li"
    assert [s["name"] for s in store.search_for().speakers()[0]] == ["Bo Li"]


def test_a_word_of_several_quotes_finds_each_and_goes_with_them(store, redis_client):
    shared = "The harbour will reopen in spring."
    article_id = store_result(
        store,
        {"text": "x"},
        {
            "entities": [],
            "quotes": [
                speech("q0", shared, "Ann Lee"),
                speech("q1", "The harbour fees stay as they are.", "Bo Li"),
                speech("q2", "Nothing else.", "Bo Li"),
            ],
        },
    )
    hits = store.search_for().quotes(_filter(q="harbour"))[0]
    assert sorted(h["text"] for h in hits) == sorted([shared, "The harbour fees stay as they are."])
    job_id = store.get_article(article_id)["job_id"]
    store.succeed_job(job_id, article_id, {"entities": [], "quotes": [speech("q0", "Gone.", "Al")]})
    assert store.search_for().quotes(_filter(q="harbour"))[0] == []
    assert not list(redis_client.scan_iter("quotewire:index:word:harbour*"))


def test_entries_expire_with_the_result(settings, redis_client):
    store = Store(connect(settings), ttl=3600)
    kept = store_result(
        Store(connect(settings)),
        {"text": "k"},
        {"entities": [], "quotes": [speech("q0", "Kept.", "Al")]},
    )
    expiring = store_result(
        store,
        {"text": "x"},
        {
            "entities": [{"name": "Ann Lee", "type": "PERSON", "mentions": []}],
            "quotes": [speech("q0", "Soon gone.", "Ann Lee")],
        },
    )
    assert 3500 < redis_client.ttl(f"quotewire:result:{expiring}") <= 3600
    assert len(store.search_for().quotes(_filter())[0]) == 2
    assert store.index_for().prune(now=time.time() + 3601) == 1
    assert [h["article"]["id"] for h in store.search_for().quotes(_filter())[0]] == [kept]
    assert store.search_for().speakers()[0][0]["name"] == "Al"
    assert store.search_for().entities()[0] == []
    assert store.search_for().recent_articles() == [kept]
    assert not list(redis_client.scan_iter("quotewire:index:speaker:ann-lee*"))


def test_delete_removes_the_article_from_search_and_its_group(client, analyse, redis_client):
    original = analyse(ORIGINAL)
    shortened = analyse(SHORTENED)
    removed = client.delete(f"/v1/articles/{shortened}")
    assert removed.status_code == 204
    assert client.get(f"/v1/articles/{shortened}").status_code == 404
    assert client.delete(f"/v1/articles/{shortened}").status_code == 404
    (hit,) = quotes(client, speaker="doe")
    assert hit["article"]["id"] == original and hit["group"]["articles"] == 1

    client.delete(f"/v1/articles/{original}")
    assert quotes(client) == []
    assert client.get("/v1/speakers").get_json()["items"] == []
    assert client.get("/v1/entities").get_json()["items"] == []
    leftover = [k.decode() for k in redis_client.scan_iter("quotewire:*")]
    assert leftover == [], leftover


def test_an_unfinished_article_cannot_be_deleted(client):
    accepted = client.post("/v1/articles", json={"text": "Queued, not analysed."}).get_json()
    response = client.delete(f"/v1/articles/{accepted['article_id']}")
    assert response.status_code == 409 and response.get_json()["code"] == "job_unfinished"
    assert client.get(f"/v1/articles/{accepted['article_id']}").status_code == 200


def test_concurrent_workers_link_every_copy_of_a_quotation(settings, redis_client):
    text = "We will keep every promise we made to the voters of this town."
    short = "We will keep every promise we made"
    errors: list[BaseException] = []

    def store_one(n: int) -> None:
        try:
            store_result(
                Store(connect(settings)),
                {"text": f"copy {n}", "date": f"2024-05-{n + 1:02d}"},
                {"entities": [], "quotes": [speech("q0", text if n % 2 else short, "Ann Lee")]},
            )
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=store_one, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    hits = Store(connect(settings)).search_for().quotes(_filter(speaker="lee"))[0]
    assert [h["group"]["articles"] for h in hits] == [8] * 8
    assert {h["group"]["first"]["article"]["date"] for h in hits} == {"2024-05-01"}


def test_reindex_rebuilds_the_index_from_stored_results(client, analyse, redis_client):
    original = analyse(ORIGINAL)
    analyse(SHORTENED)
    for name in redis_client.scan_iter("quotewire:index:*"):
        redis_client.delete(name)
    assert quotes(client, speaker="doe") == []
    done = subprocess.run(
        [sys.executable, "-m", "workers.cli", "reindex"],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": os.environ["REDIS_URL"]},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "reindexed 2 articles"
    hits = quotes(client, speaker="doe")
    assert len(hits) == 2 and {h["group"]["first"]["article"]["id"] for h in hits} == {original}


def test_search_is_in_the_openapi_document(client):
    paths = client.get("/openapi.json").get_json()["paths"]
    assert {"/v1/quotes", "/v1/quotes/{quote_id}", "/v1/speakers", "/v1/entities"} <= set(paths)
    assert "/v1/speakers/{speaker_id}" in paths and "delete" in paths["/v1/articles/{article_id}"]
    names = {p["name"] for p in paths["/v1/quotes"]["get"]["parameters"]}
    assert names >= {"speaker", "q", "since", "until", "kind", "cursor", "limit"}
