"""The pages in a real browser: Debian's Chromium, headless, driven by Playwright.

A real HTTP server (werkzeug) serves the app against the test Redis and the real worker.
Every request to anything but this machine is aborted and counted, so ``/docs`` must render
from the server alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.conftest import SEED

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def offline_page(browser: Browser) -> Iterator[tuple[Page, list[str]]]:
    """A page whose requests off this machine are aborted; yields it and the aborted URLs."""
    context = browser.new_context()
    blocked: list[str] = []

    def only_local(route) -> None:
        if urlsplit(route.request.url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    yield context.new_page(), blocked
    context.close()


def test_the_seed_article_page_shows_each_speakers_quotes(
    client, celery_worker, wait_for_job, server, offline_page
):
    response = client.post("/v1/articles", data=SEED.read_bytes(), content_type="text/plain")
    accepted = response.get_json()
    assert wait_for_job(accepted["job_id"], 180)["status"] == "succeeded"
    page, blocked = offline_page
    page.goto(f"{server}/articles/{accepted['article_id']}")
    expected = {
        "Sergei Naryshkin": "like a magnet, attracts militants",
        "Bashar al-Assad": "Definitely we can confirm it",
    }
    for speaker, words in expected.items():
        marks = page.locator(f'.text mark[data-speaker="{speaker}"]')
        assert marks.count() >= 2, speaker
        assert words in " ".join(marks.all_inner_texts()), speaker
        colour = marks.first.evaluate("m => getComputedStyle(m).backgroundColor")
        assert colour not in ("rgba(0, 0, 0, 0)", "transparent"), speaker
        assert marks.first.is_visible()
        label = page.locator(".text .label", has_text=speaker).first
        assert label.is_visible()
        assert page.locator(f'aside section[data-speaker="{speaker}"] li').count() >= 2
    assert blocked == []


def test_docs_render_with_the_network_blocked(server, offline_page):
    page, blocked = offline_page
    page.goto(f"{server}/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=20_000)
    paths = {
        p.strip().replace("\u200b", "")
        for p in page.locator(".opblock-summary-path").all_inner_texts()
    }
    assert {"/v1/articles", "/v1/quotes", "/v1/speakers", "/v1/entities"} <= paths
    assert blocked == []
