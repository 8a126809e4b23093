"""Marshmallow schemas of the search endpoints: quotes, speakers, entities and their pages."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from api.schemas import KINDS, Mention, Pattern
from workers.search import CURSOR_PATTERN

MAX_LIMIT = 100


class PageQuery(Schema):
    """Cursor pagination: ``cursor`` from the previous page's answer, at most ``limit`` items."""

    cursor = fields.String(
        validate=Pattern(f"^{CURSOR_PATTERN}$", error="Not a cursor this service gives."),
        metadata={"description": "Opaque; from the previous page."},
    )
    limit = fields.Integer(
        load_default=20, validate=validate.Range(1, MAX_LIMIT), metadata={"description": "1-100"}
    )


class QuoteQuery(PageQuery):
    speaker = fields.String(
        validate=validate.Length(1, 200),
        metadata={
            "description": "Every word of it in the speaker's name; case and accents ignored "
            "(`assad` finds Bashar al-Assad)."
        },
    )
    speaker_id = fields.String(
        validate=validate.Length(1, 200), metadata={"description": "Exactly this speaker's id."}
    )
    q = fields.String(
        validate=validate.Length(1, 500), metadata={"description": "Every word in the quote."}
    )
    since = fields.Date(format="%Y-%m-%d", metadata={"description": "Article date from (incl.)."})
    until = fields.Date(format="%Y-%m-%d", metadata={"description": "Article date to (incl.)."})
    kind = fields.String(validate=validate.OneOf(KINDS))


class SpeakerQuery(PageQuery):
    prefix = fields.String(
        validate=validate.Length(1, 200),
        metadata={"description": "Start of a word of the name (several words: in a row)."},
    )


class EntityQuery(PageQuery):
    name = fields.String(
        validate=validate.Length(1, 200), metadata={"description": "Every word in the name."}
    )
    type = fields.String(
        validate=validate.Length(1, 40), metadata={"description": "spaCy label, e.g. PERSON."}
    )


class PageLinks(Schema):
    self = fields.String()
    next = fields.String(metadata={"description": "The next page; absent on the last one."})


class ArticleSummary(Schema):
    id = fields.String()
    title = fields.String(allow_none=True)
    date = fields.String(allow_none=True)
    url = fields.String(allow_none=True, metadata={"description": "The article's own link."})
    source = fields.String(allow_none=True)


class HitLinks(Schema):
    self = fields.String()
    article = fields.String()
    page = fields.String(metadata={"description": "The article's HTML page."})


class GroupMember(Schema):
    quote_id = fields.String()
    article = fields.Nested(ArticleSummary)
    links = fields.Nested(HitLinks)


class Group(Schema):
    """The same quotation by the same speaker across articles (equal, shortened or extended)."""

    articles = fields.Integer(metadata={"description": "Articles that carry the quotation."})
    quotes = fields.Integer()
    first = fields.Nested(GroupMember, metadata={"description": "Earliest by date, submission."})
    others = fields.List(fields.Nested(GroupMember))


class SpeakerRef(Schema):
    id = fields.String()
    name = fields.String()


class QuoteHit(Schema):
    id = fields.String(metadata={"description": "`{article_id}-{quote_id}`"})
    text = fields.String()
    kind = fields.String(validate=validate.OneOf(KINDS))
    spans = fields.List(fields.List(fields.Integer()))
    cue = fields.Nested(Mention, allow_none=True)
    speaker = fields.Nested(SpeakerRef, allow_none=True)
    article = fields.Nested(ArticleSummary)
    group = fields.Nested(Group)
    links = fields.Nested(HitLinks)


class QuotePage(Schema):
    items = fields.List(fields.Nested(QuoteHit))
    cursor = fields.String(allow_none=True, metadata={"description": "Next page; null at end."})
    links = fields.Nested(PageLinks)


class SpeakerLinks(Schema):
    self = fields.String()
    quotes = fields.String()
    page = fields.String()


class SpeakerSummary(Schema):
    id = fields.String()
    name = fields.String()
    quotes = fields.Integer()
    articles = fields.Integer()
    links = fields.Nested(SpeakerLinks)


class SpeakerPage(Schema):
    items = fields.List(fields.Nested(SpeakerSummary))
    cursor = fields.String(allow_none=True)
    links = fields.Nested(PageLinks)


class SpeakerDetail(SpeakerSummary):
    latest_articles = fields.List(fields.Nested(ArticleSummary))
    latest_quotes = fields.List(fields.Nested(QuoteHit))


class EntitySummary(Schema):
    id = fields.String()
    name = fields.String()
    type = fields.String()
    articles = fields.Integer()


class EntityPage(Schema):
    items = fields.List(fields.Nested(EntitySummary))
    cursor = fields.String(allow_none=True)
    links = fields.Nested(PageLinks)
