"""Property-based requests generated from the OpenAPI document: no 500s, answers match it."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import positive_data_acceptance

from api import create_app

app = create_app({"TESTING": True})
schema = schemathesis.openapi.from_wsgi("/openapi.json", app)


@schema.exclude(path="/readyz").parametrize()
@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_openapi_document(case):
    # Reusing one key for different bodies is a deliberate 422 (tested in test_api.py);
    # generated cases would reuse keys at random. A thousand examples make a disagreement
    # between the schema and the server on one character class show in a run, not one in several.
    if case.headers:
        case.headers.pop("Idempotency-Key", None)
    response = case.call()
    # Two things no schema can say, each a deliberate 422 tested elsewhere, for which only the
    # "valid data is accepted" check is dropped: whether a callback URL may be called (it
    # depends on where its host resolves and on the webhook secret; test_webhooks.py) and
    # whether a text is English (test_api.py).
    refused = response.status_code == 422 and (
        response.json().get("code") == "unsupported_language"
        or (isinstance(case.body, dict) and "callback_url" in case.body)
    )
    case.validate_response(response, excluded_checks=[positive_data_acceptance] if refused else [])
