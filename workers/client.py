"""A small client for a running quotewire service: batches, jobs, articles and quote search."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

#: quotes asked for a page of ``GET /v1/quotes`` (the most it gives)
QUOTES_PAGE = 100


class ApiError(Exception):
    """A request that failed, as one line: the problem's status, code and detail."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Client:
    """The quotewire HTTP API at ``url``; ``api_key`` is sent as ``Authorization: Bearer``."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 60.0) -> None:
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.http = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout)

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc: object) -> None:
        self.http.close()

    def submit_batch(self, articles: list[dict[str, Any]]) -> dict[str, Any]:
        """``POST /v1/batches``: the accepted items and the rejected indexes."""
        return self._request("POST", "/v1/batches", json={"articles": articles})

    def batch_items(self, batch_id: str) -> Iterator[dict[str, Any]]:
        """Every item of a batch with its status, page after page."""
        yield from self._pages(f"/v1/batches/{batch_id}")

    def job(self, job_id: str) -> dict[str, Any]:
        return self._request("GET", f"/v1/jobs/{job_id}")

    def article(self, article_id: str) -> dict[str, Any]:
        return self._request("GET", f"/v1/articles/{article_id}")

    def quotes(self, speaker: str) -> Iterator[dict[str, Any]]:
        """Every quote of ``speaker`` from ``GET /v1/quotes``, page after page."""
        yield from self._pages("/v1/quotes", {"speaker": speaker, "limit": QUOTES_PAGE})

    def _pages(self, path: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """The items of a paginated list, following each page's ``links.next``."""
        page = self._request("GET", path, params=params)
        yield from page["items"]
        while following := page["links"].get("next"):
            page = self._request("GET", following)  # the link carries the whole query
            yield from page["items"]

    def _request(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:
            raise ApiError(f"cannot reach {self.http.base_url}: {exc}") from exc
        if response.is_success:
            return response.json()
        raise ApiError(_problem_line(response), response.status_code)


def _problem_line(response: httpx.Response) -> str:
    """``404 job_not_found: No job with id 'x'.`` from a problem+json answer (or its status)."""
    try:
        problem = response.json()
    except ValueError:
        problem = {}
    if not isinstance(problem, dict):
        problem = {}
    code = problem.get("code") or response.reason_phrase
    line = f"{response.status_code} {code}: {problem.get('detail') or response.reason_phrase}"
    errors = problem.get("errors") or []
    if errors:
        line += " (" + "; ".join(f"{e.get('field')}: {e.get('message')}" for e in errors) + ")"
    return line
