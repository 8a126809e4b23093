"""HTML pages for people: the home page, search, an article's result and a speaker's quotes.

Server-rendered with Jinja (autoescaped: nothing from an article reaches the page unescaped),
one stylesheet, no scripts and nothing loaded from elsewhere.
"""

from __future__ import annotations

from flask import Blueprint, render_template, request, url_for

from api.annotate import runs, speaker_colours, speaker_name
from api.auth import owner
from api.extensions import services
from workers.keys import JobStatus
from workers.search import InvalidCursor, QuoteFilter
from workers.views import article_view

bp = Blueprint("pages", __name__)

#: Seconds between reloads of an article page while its job runs.
REFRESH_SECONDS = 2
PAGE_SIZE = 20


@bp.get("/")
def home():
    """What the service is, a search form, the docs and the latest analysed articles."""
    store = services().store
    recent = [store.get_article(a) for a in store.search_for(owner()).recent_articles(PAGE_SIZE)]
    return render_template("home.html", recent=[a for a in recent if a is not None])


@bp.get("/search")
def search():
    """Quotes by speaker and words, newest first, with their groups."""
    speaker = request.args.get("speaker", "").strip() or None
    words = request.args.get("q", "").strip() or None
    hits, cursor = [], None
    if speaker or words:
        try:
            hits, cursor = (
                services()
                .store.search_for(owner())
                .quotes(
                    QuoteFilter(speaker=speaker, q=words), request.args.get("cursor"), PAGE_SIZE
                )
            )
        except InvalidCursor:
            return render_template("missing.html", what="page of results"), 400
    return render_template(
        "search.html", speaker=speaker, q=words, hits=hits, next_url=_next_url(cursor)
    )


@bp.get("/articles/<string:article_id>")
def article(article_id: str):
    """The article with its quotes highlighted by speaker, cues and entities marked."""
    store = services().store
    record = store.get_article(article_id, owner())
    if record is None:
        return render_template("missing.html", what="article"), 404
    job = store.get_job(record["job_id"], owner())
    result = store.get_result(article_id) if job else None
    view = article_view(record, job, result)
    quotes = view.get("quotes", [])
    colours = speaker_colours(quotes)
    speakers: dict[str, list[dict]] = {}
    for quote in quotes:
        speakers.setdefault(speaker_name(quote), []).append(quote)
    running = not JobStatus(view["status"]).finished
    return render_template(
        "article.html",
        article=view,
        runs=runs(view["text"], quotes, view.get("entities", [])),
        speakers=speakers,
        colours=colours,
        speaker_name=speaker_name,
        refresh=REFRESH_SECONDS if running else None,
    )


@bp.get("/speakers/<string:speaker_id>")
def speaker(speaker_id: str):
    """A speaker's quotes across articles, newest first, with links to each article."""
    search = services().store.search_for(owner())
    summary = search.speaker_summaries([speaker_id])
    if not summary:
        return render_template("missing.html", what="speaker"), 404
    try:
        hits, cursor = search.quotes(
            QuoteFilter(speaker_id=speaker_id), request.args.get("cursor"), PAGE_SIZE
        )
    except InvalidCursor:
        return render_template("missing.html", what="page of quotes"), 400
    return render_template(
        "speaker.html", speaker=summary[0], hits=hits, next_url=_next_url(cursor)
    )


def _next_url(cursor: str | None) -> str | None:
    """This page's address with ``cursor`` in place of the current one."""
    if cursor is None:
        return None
    args = {**request.args.to_dict(), **(request.view_args or {}), "cursor": cursor}
    return url_for(request.endpoint, **args)
