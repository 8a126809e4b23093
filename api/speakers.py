"""``/v1/speakers``: everyone quoted, with quote and article counts and their latest quotes."""

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

blp = Blueprint("speakers", __name__, url_prefix="/v1/speakers", description="Speakers")


@blp.route("")
class Speakers(MethodView):
    @blp.arguments(schemas.SpeakerQuery, location="query", as_kwargs=True)
    @blp.response(200, schemas.SpeakerPage, description="Most quoted first.")
    @problems(blp, 422)
    def get(self, cursor: str | None = None, limit: int = 20, prefix: str | None = None):
        """List speakers, optionally those with a name word starting with `prefix`."""
        search = services().store.search_for(owner())
        return page_response(*search.speakers(prefix, cursor, limit))


@blp.route("/<string:speaker_id>")
class SpeakerById(MethodView):
    @blp.response(200, schemas.SpeakerDetail, description="The speaker and latest quotes.")
    @problems(blp, 404)
    def get(self, speaker_id: str):
        """Read one speaker with the latest articles and quotes."""
        speaker = services().store.search_for(owner()).speaker(speaker_id)
        if speaker is None:
            raise Problem(404, "speaker_not_found", f"No speaker with id {speaker_id!r}.")
        return json_response(speaker)
