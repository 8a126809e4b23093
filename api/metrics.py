"""``/metrics`` in Prometheus format: the API's requests (summed over every gunicorn process),
and, read from Redis and the workers at scrape time, the queues and the workers answering."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator

from flask import Flask, Response, g, request
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

from api.extensions import Services, services
from workers.celery_app import ANALYSIS_QUEUE, WEBHOOK_QUEUE
from workers.multiprocess_metrics import exposition_registry

REQUESTS = Counter(
    "quotewire_http_requests", "HTTP requests answered", ["method", "route", "status"]
)
LATENCY = Histogram(
    "quotewire_http_request_duration_seconds",
    "Seconds from request to response",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
#: Celery's Redis transport keeps a queue's messages of priority 0 in a list named after it
#: and those of other priority steps in lists with this separator and the step appended.
_PRIORITY_STEPS = ("", "\x06\x163", "\x06\x166", "\x06\x169")
log = logging.getLogger(__name__)


class QueueCollector(Collector):
    """Gauges read at scrape time: messages waiting per queue, workers answering a ping."""

    def __init__(self, svc: Services) -> None:
        self.svc = svc

    def collect(self) -> Iterator[GaugeMetricFamily]:
        queues = (ANALYSIS_QUEUE, WEBHOOK_QUEUE)
        try:
            pipe = self.svc.store.redis.pipeline(transaction=False)
            for queue in queues:
                for step in _PRIORITY_STEPS:
                    pipe.llen(queue + step)
            lengths = pipe.execute()
            replies = self.svc.celery.control.ping(timeout=0.5) or []
        except Exception as exc:  # noqa: BLE001 - a scrape shows what it can
            log.warning("queue metrics unavailable: %s", exc)
            return
        depth = GaugeMetricFamily(
            "quotewire_queue_depth", "Messages waiting in a Celery queue", labels=["queue"]
        )
        steps = len(_PRIORITY_STEPS)
        for i, queue in enumerate(queues):
            depth.add_metric([queue], sum(lengths[i * steps : (i + 1) * steps]))
        yield depth
        yield GaugeMetricFamily(
            "quotewire_workers", "Celery workers that answered a ping", value=len(replies)
        )


def _started() -> None:
    g.metrics_started = time.perf_counter()


def _observed(response: Response) -> Response:
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"
    if route != "/metrics":
        REQUESTS.labels(request.method, route, str(response.status_code)).inc()
        elapsed = time.perf_counter() - g.get("metrics_started", time.perf_counter())
        LATENCY.labels(request.method, route).observe(elapsed)
    return response


def _metrics() -> Response:
    scraped = CollectorRegistry()
    scraped.register(QueueCollector(services()))
    body = generate_latest(exposition_registry()) + generate_latest(scraped)
    return Response(body, content_type=CONTENT_TYPE_LATEST)


def init_app(app: Flask) -> None:
    """Count and time every request; serve ``/metrics`` (outside the OpenAPI document)."""
    app.before_request(_started)
    app.after_request(_observed)
    app.add_url_rule("/metrics", "metrics", _metrics)
