"""Marshmallow schemas: what the API accepts and what it answers (also the OpenAPI document)."""

from __future__ import annotations

import re

from marshmallow import Schema, ValidationError, fields, validate

from workers.article_text import SPACE
from workers.keys import JobStatus

KINDS = ("direct", "indirect", "mixed")
#: Every pattern spells whitespace out as ``SPACE`` (never ``\s``/``\S``, which ECMA-262 and
#: Python define differently), so the OpenAPI document and the server accept the same strings.
NOT_BLANK = f"^[{SPACE}]*[^{SPACE}]"
HTTP_URL = f"^https?://[^{SPACE}]+$"


class Pattern(validate.Regexp):
    """A regex checked the way JSON Schema checks ``pattern`` (ECMA-262): a search.

    A final ``$`` matches only at the very end (Python's also matches before a final newline).
    """

    def __init__(self, regex: str, error: str) -> None:
        super().__init__(regex, error=error)
        self._search = re.compile(regex[:-1] + r"\Z" if regex.endswith("$") else regex)

    def __call__(self, value: str) -> str:
        if self._search.search(value) is None:
            raise ValidationError(self._format_error(value))
        return value


def _http_url() -> list[validate.Validator]:
    """The checks of a URL field: at most 2,000 characters, http(s), no whitespace."""
    return [
        validate.Length(max=2000),
        Pattern(HTTP_URL, error="Not a valid http(s) URL (no whitespace)."),
    ]


class ArticleIn(Schema):
    """A news article to analyse (``application/json``)."""

    text = fields.String(
        required=True,
        validate=Pattern(NOT_BLANK, error="Must contain some text."),
        metadata={"description": "The article body (not blank)."},
    )
    title = fields.String(validate=validate.Length(max=1000))
    date = fields.Date(format="%Y-%m-%d", metadata={"description": "Publication date, YYYY-MM-DD."})
    url = fields.String(validate=_http_url())
    source = fields.String(validate=validate.Length(max=200))
    callback_url = fields.String(
        validate=_http_url(),
        metadata={
            "description": "Called with a signed POST (Standard Webhooks) of the job record "
            "when the job ends. Must resolve to public addresses only."
        },
    )
    language = fields.String(validate=validate.OneOf(["en"]), load_default="en")
    metadata = fields.Dict(
        keys=fields.String(), metadata={"description": "Free-form metadata, returned as given."}
    )


class Links(Schema):
    self = fields.String()
    job = fields.String()
    article = fields.String()


class Accepted(Schema):
    """The answer to a submission: the job to poll."""

    job_id = fields.String(required=True)
    article_id = fields.String(required=True)
    status = fields.String(validate=validate.OneOf([s.value for s in JobStatus]))
    links = fields.Nested(Links)


class JobError(Schema):
    type = fields.String()
    message = fields.String()


class Job(Accepted):
    """A job's progress."""

    attempts = fields.Integer()
    created_at = fields.String()
    started_at = fields.String(allow_none=True)
    finished_at = fields.String(allow_none=True)
    worker = fields.String(allow_none=True, metadata={"description": "Worker that ran it."})
    error = fields.Nested(JobError, allow_none=True)


class Mention(Schema):
    start = fields.Integer(metadata={"description": "Code point offset into `text`."})
    end = fields.Integer(metadata={"description": "Exclusive end offset."})
    text = fields.String()


class Entity(Schema):
    id = fields.String()
    name = fields.String(metadata={"description": "Canonical name, e.g. the full name."})
    type = fields.String(metadata={"description": "spaCy label: PERSON, ORG, GPE, LOC, NORP…"})
    count = fields.Integer()
    salience = fields.Float()
    mentions = fields.List(fields.Nested(Mention))


class Affiliation(Schema):
    name = fields.String(metadata={"description": "The organisation as the article names it."})
    entity_id = fields.String(allow_none=True)


class Speaker(Schema):
    name = fields.String(
        metadata={
            "description": "The fullest name the article gives, else its own description "
            'of the source ("a senior official").'
        }
    )
    entity_id = fields.String(allow_none=True)
    mention = fields.Nested(Mention, allow_none=True)
    affiliation = fields.Nested(
        Affiliation,
        allow_none=True,
        metadata={"description": "The organisation a spokesperson or official speaks for."},
    )


class Quote(Schema):
    id = fields.String()
    text = fields.String()
    spans = fields.List(fields.List(fields.Integer()), metadata={"description": "[[start, end]]"})
    kind = fields.String(validate=validate.OneOf(KINDS))
    speaker = fields.Nested(Speaker, allow_none=True)
    cue = fields.Nested(Mention, allow_none=True)


class Article(Schema):
    """An article, its job status and, once the job succeeded, its entities and quotes."""

    article_id = fields.String(required=True)
    text = fields.String(metadata={"description": "The exact text analysed; offsets index it."})
    title = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    language = fields.String()
    metadata = fields.Dict()
    created_at = fields.String()
    job_id = fields.String()
    status = fields.String(validate=validate.OneOf([s.value for s in JobStatus]))
    error = fields.Nested(JobError, allow_none=True)
    entities = fields.List(fields.Nested(Entity))
    quotes = fields.List(fields.Nested(Quote))
    links = fields.Nested(Links)


class Problem(Schema):
    """RFC 9457 problem details."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    code = fields.String()
    errors = fields.List(fields.Dict())
