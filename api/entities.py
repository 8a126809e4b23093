"""``/v1/entities``: named entities across articles, with how many articles name them."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from api import search_schemas as schemas
from api.auth import owner
from api.docs import problems
from api.extensions import services
from api.paging import page_response

blp = Blueprint("entities", __name__, url_prefix="/v1/entities", description="Entities")


@blp.route("")
class Entities(MethodView):
    @blp.arguments(schemas.EntityQuery, location="query", as_kwargs=True)
    @blp.response(200, schemas.EntityPage, description="Most widely named first.")
    @problems(blp, 422)
    def get(
        self,
        cursor: str | None = None,
        limit: int = 20,
        name: str | None = None,
        type: str | None = None,  # noqa: A002 - the query parameter's name
    ):
        """List entities, optionally those whose name has every word of `name`, of one `type`."""
        search = services().store.search_for(owner())
        label = type.upper() if type else None
        return page_response(*search.entities(name, label, cursor, limit))
