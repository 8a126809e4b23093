"""``/v1/quotes``: speech quotes across every analysed article, and the same quotation's group."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from api import search_schemas as schemas
from api.auth import owner
from api.docs import problems
from api.errors import Problem
from api.extensions import services
from api.paging import page_response
from api.responses import json_response
from workers.search import QuoteFilter

blp = Blueprint("quotes", __name__, url_prefix="/v1/quotes", description="Quotes")


@blp.route("")
class Quotes(MethodView):
    @blp.arguments(schemas.QuoteQuery, location="query", as_kwargs=True)
    @blp.response(200, schemas.QuotePage, description="Newest first (article date, submission).")
    @problems(blp, 422)
    def get(self, cursor: str | None = None, limit: int = 20, **wanted):
        """Search speech quotes by speaker, words, article date and kind.

        Each hit carries its group: how many articles carry the same quotation by the same
        speaker (also shortened or extended), which had it first, and the others.
        """
        for bound in ("since", "until"):
            if wanted.get(bound) is not None:
                wanted[bound] = wanted[bound].isoformat()
        search = services().store.search_for(owner())
        return page_response(*search.quotes(QuoteFilter(**wanted), cursor, limit))


@blp.route("/<string:quote_id>")
class QuoteById(MethodView):
    @blp.response(200, schemas.QuoteHit, description="The quote and its whole group.")
    @problems(blp, 404)
    def get(self, quote_id: str):
        """Read one quote (`{article_id}-{quote_id}`) with every article carrying it."""
        hit = services().store.search_for(owner()).quote(quote_id)
        if hit is None:
            raise Problem(404, "quote_not_found", f"No indexed quote with id {quote_id!r}.")
        return json_response(hit)
