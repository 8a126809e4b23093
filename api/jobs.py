"""``/v1/jobs``: the progress of an article's analysis."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint

from api import schemas
from api.auth import owner
from api.docs import problems
from api.errors import Problem
from api.extensions import services
from api.responses import json_response, polling_headers
from workers.views import job_view

blp = Blueprint("jobs", __name__, url_prefix="/v1/jobs", description="Jobs")


@blp.route("/<string:job_id>")
class JobById(MethodView):
    @blp.response(200, schemas.Job, description="The job; `Retry-After` until it is final.")
    @problems(blp, 404, 503)
    def get(self, job_id: str):
        """Poll a job: queued, running, succeeded or failed."""
        svc = services()
        job = svc.store.get_job(job_id, owner())
        if job is None:
            raise Problem(404, "job_not_found", f"No job with id {job_id!r}.")
        return json_response(
            job_view(job), headers=polling_headers(job["status"], svc.settings.retry_after)
        )
