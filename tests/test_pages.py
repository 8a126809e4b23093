"""The HTML pages through the Flask client, with a real worker: what they show and escape."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.conftest import SEED
from workers.redis_client import connect
from workers.store import Store

HOSTILE = {
    "title": "<script>alert('title')</script>",
    "source": "<img src=x onerror=alert(1)>",
    "text": "<script>alert(1)</script> The vote is today.\n\n"
    '"We need <b>more</b> money for schools this year," said Mary Major, the governor.',
}


class Marks(HTMLParser):
    """Collects the text of every highlighted quotation (``<mark data-speaker>``) by speaker."""

    def __init__(self) -> None:
        super().__init__()
        self.quotes: dict[str, str] = {}
        self.scripts = 0
        self._speaker: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.scripts += tag == "script"
        if tag == "mark" and "data-speaker" in attrs:
            self._speaker = attrs["data-speaker"]
            self.quotes.setdefault(self._speaker, "")

    def handle_endtag(self, tag):
        if tag == "mark":
            self._speaker = None

    def handle_data(self, data):
        if self._speaker:
            self.quotes[self._speaker] += data


@pytest.fixture
def analysed(client, celery_worker, wait_for_job):
    """Submit an article (JSON body, or raw text/plain bytes) and wait for the real worker."""

    def run(body) -> str:
        if isinstance(body, bytes):
            response = client.post("/v1/articles", data=body, content_type="text/plain")
        else:
            response = client.post("/v1/articles", json=body)
        accepted = response.get_json()
        assert wait_for_job(accepted["job_id"], 180)["status"] == "succeeded"
        return accepted["article_id"]

    return run


def page(client, path: str, status: int = 200) -> str:
    response = client.get(path)
    assert response.status_code == status, path
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def test_the_seed_article_page_highlights_each_speakers_quotes(client, analysed):
    article_id = analysed(SEED.read_bytes())
    view = client.get(f"/v1/articles/{article_id}").get_json()
    assert view["links"]["page"] == f"/articles/{article_id}"
    html = page(client, view["links"]["page"])
    marks = Marks()
    marks.feed(html)
    assert {"Sergei Naryshkin", "Bashar al-Assad"} <= set(marks.quotes)
    assert "like a magnet, attracts militants" in marks.quotes["Sergei Naryshkin"]
    assert "Definitely we can confirm it" in marks.quotes["Bashar al-Assad"]
    assert marks.scripts == 0
    assert '<span class="cue">stressed</span>' in html
    assert re.search(r'<span class="ent ent-PERSON"[^>]*>Sergei Naryshkin</span>', html)
    assert re.search(r'<span class="ent ent-GPE"[^>]*>Syria</span>', html)
    assert 'http-equiv="refresh"' not in html
    sidebar = html.split('<aside class="speakers">', 1)[1]
    assert (
        'data-speaker="Sergei Naryshkin"' in sidebar and 'data-speaker="Bashar al-Assad"' in sidebar
    )


def test_everything_from_an_article_is_escaped(client, analysed):
    article_id = analysed(HOSTILE)
    html = page(client, f"/articles/{article_id}")
    marks = Marks()
    marks.feed(html)
    assert marks.scripts == 0 and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html
    assert marks.quotes["Mary Major"] == "We need <b>more</b> money for schools this year,"
    for path in ("/", "/search?speaker=major", "/speakers/mary-major"):
        listed = page(client, path)
        assert "<script>" not in listed and "&lt;script&gt;" in listed, path


def test_a_running_job_page_refreshes_until_done(client, settings):
    # Stored without queueing a task, so the job stays queued whatever worker runs.
    article, _, _ = Store(connect(settings)).submit({"text": '"Soon," said Al Bo.'})
    html = page(client, f"/articles/{article['article_id']}")
    assert '<meta http-equiv="refresh" content="2">' in html
    assert "queued" in html and "Analysing" in html
    assert "Soon," in html


def test_home_search_and_speaker_pages(client, analysed):
    article_id = analysed(
        {
            "title": "Bridge plans",
            "date": "2024-03-01",
            "text": '"We will build the bridge over the river," said Jane Doe, the mayor.',
        }
    )
    home = page(client, "/")
    assert f'href="/articles/{article_id}"' in home and "Bridge plans" in home
    assert 'href="/docs"' in home and 'action="/search"' in home
    found = page(client, "/search?speaker=DOE")
    assert "We will build the bridge over the river," in found
    assert 'href="/speakers/jane-doe"' in found
    assert "No quotes found" in page(client, "/search?speaker=nobody")
    speaker = page(client, "/speakers/jane-doe")
    assert "<h1>Jane Doe</h1>" in speaker and f"/articles/{article_id}#q0" in speaker
    assert "1 quote in 1 article" in speaker
    assert "No such speaker" in page(client, "/speakers/nobody", 404)
    assert "No such article" in page(client, "/articles/nope", 404)
    assert page(client, "/speakers/jane-doe?cursor=bad", 400)


def test_docs_load_swagger_ui_from_this_server(client):
    html = page(client, "/docs")
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets and all(a.startswith("/docs/assets/") for a in assets)
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200 and len(response.data) > 1000, asset
