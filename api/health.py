"""``/healthz`` (the process is up) and ``/readyz`` (Redis and a worker answer)."""

from __future__ import annotations

from flask.views import MethodView
from flask_smorest import Blueprint
from kombu.exceptions import OperationalError

from api.extensions import services
from api.responses import json_response
from workers.redis_client import TRANSIENT_ERRORS

blp = Blueprint("health", __name__, description="Health")


@blp.route("/healthz")
class Health(MethodView):
    @blp.doc(security=[])
    @blp.response(200, description="The API process is up.")
    def get(self):
        """Liveness."""
        return json_response({"status": "ok"})


@blp.route("/readyz")
class Ready(MethodView):
    @blp.doc(security=[])
    @blp.response(200, description="Redis answers and at least one worker answers a ping.")
    @blp.alt_response(503, description="Not ready; `reasons` says why.")
    def get(self):
        """Readiness: Redis reachable and at least one worker answering."""
        svc = services()
        reasons: list[str] = []
        try:
            svc.store.redis.ping()
        except Exception as exc:  # noqa: BLE001 - any failure means not ready
            reasons.append(f"redis unreachable: {exc}")
        workers: list[str] = []
        if not reasons:
            try:
                workers = _ping_workers(svc.celery)
            except Exception as exc:  # noqa: BLE001
                reasons.append(f"worker ping failed: {exc}")
            if not workers and not reasons:
                reasons.append("no worker answered a ping")
        body = {"status": "ready" if not reasons else "not ready", "workers": workers}
        if reasons:
            body["reasons"] = reasons
        response = json_response(body, status=503 if reasons else 200)
        response.headers["Cache-Control"] = "no-store"
        return response


def _ping_workers(celery, attempts: int = 2) -> list[str]:
    """Names of the workers that answer a ping; a connection Redis dropped is retried once."""
    for attempt in range(attempts):
        try:
            replies = celery.control.ping(timeout=1.0) or []
            return sorted(name for reply in replies for name in reply)
        except (*TRANSIENT_ERRORS, OperationalError, ConnectionError):
            if attempt == attempts - 1:
                raise
    return []
