"""Marshmallow schemas: what the API accepts and what it answers (also the OpenAPI document)."""

from __future__ import annotations

import re
from functools import cache

from marshmallow import Schema, ValidationError, fields, validate

from workers.article_text import SPACE
from workers.keys import JobStatus

KINDS = ("direct", "indirect", "mixed")
ACTS = ("speech", "thought", "intention", "evidence")
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
    date = fields.Date(
        format="%Y-%m-%d",
        error_messages={"invalid": "Not a valid date; use YYYY-MM-DD, e.g. 2020-10-06."},
        metadata={"description": "Publication date, YYYY-MM-DD."},
    )
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
    page = fields.String(metadata={"description": "The article's HTML result page."})


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
    id = fields.String(
        metadata={"description": "`q0`, `q1`, … over all attributions: stable in every view."}
    )
    text = fields.String()
    spans = fields.List(fields.List(fields.Integer()), metadata={"description": "[[start, end]]"})
    kind = fields.String(validate=validate.OneOf(KINDS))
    speaker = fields.Nested(Speaker, allow_none=True)
    cue = fields.Nested(Mention, allow_none=True)
    act = fields.String(
        validate=validate.OneOf(ACTS),
        metadata={
            "description": "What is attributed: `speech` (said or wrote), `thought` (believes, "
            "thinks), `intention` (plans, wants, decided) or `evidence` (a study found)."
        },
    )
    topic = fields.Boolean(
        metadata={
            "description": "The content only names what was spoken about "
            '("defended his policy"), not what was said; such attributions are not quotes.'
        }
    )
    confidence = fields.Float(
        metadata={
            "description": "Probability, in [0, 1], that the quote and its speaker's name "
            "are both right (calibrated on annotated news)."
        }
    )


class ArticleQuery(Schema):
    """What ``GET /v1/articles/{id}`` shows of the quotes."""

    attributions = fields.String(
        load_default="speech",
        validate=validate.OneOf(["speech", "all"]),
        metadata={
            "description": "`speech` (default): the quotes, words said or written (an "
            "indirect one only with a source); `all`: every attribution (also thoughts, "
            "intentions, evidence, topics and reports from no one named), each with its `act`."
        },
    )
    min_confidence = fields.Float(
        load_default=0.0,
        validate=validate.Range(min=0.0, max=1.0),
        metadata={"description": "Only quotes whose `confidence` is at least this (0 to 1)."},
    )


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
    quotes = fields.List(
        fields.Nested(Quote),
        metadata={"description": "Speech quotes, or every attribution with `?attributions=all`."},
    )
    links = fields.Nested(Links)


@cache
def batch_in(max_batch: int) -> type[Schema]:
    """The body of ``POST /v1/batches``: 1 to ``max_batch`` articles, each checked on its own."""
    article = fields.Raw(
        allow_none=True,
        metadata={"description": "An article as `ArticleIn`; an invalid one is rejected alone."},
    )
    articles = fields.List(article, required=True, validate=validate.Length(min=1, max=max_batch))
    return Schema.from_dict({"articles": articles}, name="BatchIn")


class ItemError(Schema):
    """A rejected article of a batch: its index and its field errors."""

    index = fields.Integer()
    errors = fields.List(fields.Dict())


class BatchItem(Schema):
    """An accepted article of a batch and its job."""

    index = fields.Integer(metadata={"description": "Position of the article in the batch."})
    job_id = fields.String()
    article_id = fields.String()
    status = fields.String(validate=validate.OneOf([s.value for s in JobStatus]))
    links = fields.Nested(Links)


class BatchLinks(Schema):
    self = fields.String()
    results = fields.String()
    next = fields.String(metadata={"description": "The next page; absent on the last."})


class BatchAccepted(Schema):
    """The answer to a batch submission: every accepted job and every rejected index."""

    batch_id = fields.String(required=True)
    size = fields.Integer(metadata={"description": "Number of accepted articles."})
    items = fields.List(fields.Nested(BatchItem))
    rejected = fields.List(fields.Nested(ItemError))
    links = fields.Nested(BatchLinks)


class Batch(BatchAccepted):
    """A batch: counts by status over all its articles and one page of its items."""

    created_at = fields.String()
    finished = fields.Boolean(metadata={"description": "No article is queued or running."})
    counts = fields.Dict(keys=fields.String(), values=fields.Integer())


PAGE_SIZE = 100
MAX_PAGE_SIZE = 1000


class PageArgs(Schema):
    """A page of a list: at most ``limit`` items from the opaque ``cursor`` on."""

    limit = fields.Integer(validate=validate.Range(min=1, max=MAX_PAGE_SIZE))
    cursor = fields.String(metadata={"description": "From `links.next` of the previous page."})


class Problem(Schema):
    """RFC 9457 problem details."""

    type = fields.String()
    title = fields.String()
    status = fields.Integer()
    detail = fields.String()
    code = fields.String()
    errors = fields.List(fields.Dict())
