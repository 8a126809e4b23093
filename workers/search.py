"""Reads of the search index: quotes by speaker, words, kind and date; quotation groups;
speakers; entities; recent articles. Every read first prunes expired articles.

Pages go newest first and continue from an opaque cursor (base64 of the last score and how
many hits with that score were already given).
"""

from __future__ import annotations

import base64
import json
import math
import re
import struct
import uuid
from dataclasses import dataclass
from typing import Any

from redis import Redis

from workers.keys import article_key
from workers.normalise import words
from workers.search_index import DAY, ENTITY, SPEAKER, SUMMARY_FIELDS, SearchIndex, day_number

#: Most names a prefix search looks at before ranking them by count.
PREFIX_SCAN = 1000
#: What a cursor looks like: 16 bytes in unpadded base64url.
CURSOR_PATTERN = "[A-Za-z0-9_-]{22}"
_BOUND = 2**53


class InvalidCursor(ValueError):
    """A cursor this index did not give out."""


@dataclass
class QuoteFilter:
    """What ``Search.quotes`` looks for; every field is optional."""

    speaker: str | None = None
    speaker_id: str | None = None
    q: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None


def encode_cursor(first: int, second: int) -> str:
    """Two integers as a 22-character cursor (base64url of two 64-bit numbers)."""
    return base64.urlsafe_b64encode(struct.pack(">qq", first, second)).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    """The two integers of ``cursor``, each within ±2**53; ``InvalidCursor`` if malformed.

    Every string matching ``CURSOR_PATTERN`` decodes, so a well-formed cursor is never an error.
    """
    if not re.fullmatch(CURSOR_PATTERN, cursor):
        raise InvalidCursor(cursor)
    numbers = struct.unpack(">qq", base64.urlsafe_b64decode(cursor + "=="))
    return tuple(max(-_BOUND, min(_BOUND, n)) for n in numbers)  # type: ignore[return-value]


def _text(value: bytes | None) -> str | None:
    return value.decode() if value is not None else None


class Search:
    """Queries over the index that ``index`` maintains: one client's articles only."""

    def __init__(self, redis: Redis, index: SearchIndex) -> None:
        self.redis = redis
        self.index = index
        self.keys = index.keys

    # -- quotes -----------------------------------------------------------------------------

    def quotes(
        self, wanted: QuoteFilter, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[dict[str, Any]], str | None]:
        """One page of speech quotes matching ``wanted``, newest first, and the next cursor."""
        self.index.prune()
        sources: list[str] = []
        scratch: list[str] = []
        pipe = self.redis.pipeline()
        sids: set[str] | None = None
        if wanted.speaker is not None:
            sids = self.matching_ids(SPEAKER, wanted.speaker)
        if wanted.speaker_id is not None:
            known = self.redis.exists(self.keys.speaker(wanted.speaker_id))
            own = {wanted.speaker_id} if known else set()
            sids = own if sids is None else sids & own
        if sids is not None:
            if not sids:
                return [], None
            speaker_sets = [self.keys.speaker(sid, "quotes") for sid in sorted(sids)]
            sources.append(self._combine(pipe, scratch, speaker_sets, pipe.zunionstore))
        sources += [self.keys("word", word) for word in sorted(set(words(wanted.q or "")))]
        if wanted.kind:
            sources.append(self.keys("kind", wanted.kind))
        source = self._combine(pipe, scratch, sources, pipe.zinterstore) if sources else None
        low = day_number(wanted.since) * DAY if wanted.since else -math.inf
        high = (day_number(wanted.until) + 1) * DAY - 1 if wanted.until else math.inf
        skip = 0
        if cursor is not None:
            last, skip = decode_cursor(cursor)
            high, skip = min(high, last), max(skip, 0)
        pipe.zrevrangebyscore(
            source or self.keys("quotes"), high, low, start=skip, num=limit + 1, withscores=True
        )
        if scratch:
            pipe.delete(*scratch)
        page = pipe.execute()[-2 if scratch else -1]
        more = len(page) > limit
        page = page[:limit]
        hits = self.hits([member.decode() for member, _ in page])
        if not more:
            return hits, None
        last = int(page[-1][1])
        tied = sum(1 for _, score in page if int(score) == last)
        return hits, encode_cursor(last, tied + (skip if last == high else 0))

    def _combine(self, pipe, scratch: list[str], keys: list[str], store) -> str:
        """``keys[0]`` alone, or a scratch key holding their union or intersection."""
        if len(keys) == 1:
            return keys[0]
        name = self.keys("scratch", uuid.uuid4().hex)
        scratch.append(name)
        store(name, keys, aggregate="MAX")
        return name

    def hits(self, refs: list[str], with_groups: bool = True) -> list[dict[str, Any]]:
        """The hits of ``refs`` (those still indexed), each with its group when asked."""
        pipe = self.redis.pipeline()
        for ref in refs:
            pipe.hmget(self.keys.quote(ref), "hit", "speaker", "text_hash")
        rows = [row for row in pipe.execute() if row[0] is not None]
        hits = [_with_links(json.loads(row[0])) for row in rows]
        if with_groups:
            keys = [(row[1].decode(), row[2].decode()) for row in rows]
            for hit, group in zip(hits, self._groups(keys), strict=True):
                hit["group"] = _group_view(hit, group)
        return hits

    def _groups(self, keys: list[tuple[str, str]]) -> list[list[dict[str, Any]]]:
        """For each ``(speaker id, quotation hash)``: its group's members, earliest first.

        The group of a quote: the quotes of the same speaker with the same quotation, or one
        containing it or contained in it. A quote with no speaker has no group (empty list).
        """
        spoken = [(sid, h) for sid, h in keys if sid]
        pipe = self.redis.pipeline()
        for sid, h in spoken:
            pipe.smembers(self.keys.speaker(sid, "related", h))
        for (sid, h), others in zip(spoken, pipe.execute(), strict=True):
            texts = [h, *sorted(o.decode() for o in others)]
            pipe.sunion([self.keys.speaker(sid, "text", t) for t in texts])
        member_sets = [{m.decode() for m in members} for members in pipe.execute()]
        refs = sorted(set().union(*member_sets))
        for ref in refs:
            pipe.hmget(self.keys.quote(ref), "score", "hit")
        found = {
            ref: (int(float(score)), json.loads(hit)["article"])
            for ref, (score, hit) in zip(refs, pipe.execute(), strict=True)
            if score is not None
        }
        groups = iter(
            [
                {"id": ref, "article": found[ref][1]}
                for ref in sorted(members & found.keys(), key=lambda r: (found[r][0], r))
            ]
            for members in member_sets
        )
        return [next(groups) if sid else [] for sid, _ in keys]

    def quote(self, ref: str) -> dict[str, Any] | None:
        """One quote with its whole group."""
        self.index.prune()
        hits = self.hits([ref])
        return hits[0] if hits else None

    # -- speakers and entities --------------------------------------------------------------

    def matching_ids(self, kind: str, name: str) -> set[str]:
        """Speaker or entity ids whose name has every word of ``name`` (folded)."""
        wanted = sorted(set(words(name)))
        if not wanted:
            return set()
        return {m.decode() for m in self.redis.sinter([self.keys("name", kind, w) for w in wanted])}

    def prefixed_ids(self, kind: str, prefix: str) -> set[str]:
        """Ids with a name word starting with ``prefix`` (folded; several words: in a row)."""
        folded = " ".join(words(prefix))
        members = self.redis.zrangebylex(
            self.keys("names", kind), f"[{folded}", f"[{folded}\xff", start=0, num=PREFIX_SCAN
        )
        return {m.decode().split("\0", 1)[1] for m in members}

    def speakers(
        self, prefix: str | None = None, cursor: str | None = None, limit: int = 20
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Speakers by quote count (those with a name word starting with ``prefix``)."""
        self.index.prune()
        ranked = self.keys("speakers")
        ids = self.prefixed_ids(SPEAKER, prefix) if prefix else None
        return self._ranked(ranked, ids, cursor, limit, self.speaker_summaries)

    def speaker_summaries(self, sids: list[str]) -> list[dict[str, Any]]:
        pipe = self.redis.pipeline()
        for sid in sids:
            pipe.hget(self.keys.speaker(sid), "name")
            pipe.zcard(self.keys.speaker(sid, "quotes"))
            pipe.zcard(self.keys.speaker(sid, "articles"))
        values = pipe.execute()
        return [
            {
                "id": sid,
                "name": _text(values[3 * i]),
                "quotes": values[3 * i + 1],
                "articles": values[3 * i + 2],
                "links": speaker_links(sid),
            }
            for i, sid in enumerate(sids)
            if values[3 * i] is not None
        ]

    def speaker(self, sid: str, limit: int = 20) -> dict[str, Any] | None:
        """One speaker: counts, the latest articles and the latest quotes."""
        self.index.prune()
        summary = self.speaker_summaries([sid])
        if not summary:
            return None
        article_ids = self.redis.zrevrange(self.keys.speaker(sid, "articles"), 0, limit - 1)
        refs = self.redis.zrevrange(self.keys.speaker(sid, "quotes"), 0, limit - 1)
        return {
            **summary[0],
            "latest_articles": self._article_summaries([a.decode() for a in article_ids]),
            "latest_quotes": self.hits([r.decode() for r in refs]),
        }

    def _article_summaries(self, article_ids: list[str]) -> list[dict[str, Any]]:
        """Id, title, date, url and source of each stored article."""
        pipe = self.redis.pipeline()
        for article_id in article_ids:
            pipe.hmget(article_key(article_id), *SUMMARY_FIELDS)
        return [
            {"id": article_id, **dict(zip(SUMMARY_FIELDS, map(_text, values), strict=True))}
            for article_id, values in zip(article_ids, pipe.execute(), strict=True)
        ]

    def entities(
        self,
        name: str | None = None,
        label: str | None = None,
        cursor: str | None = None,
        limit: int = 20,
    ) -> tuple[list[dict[str, Any]], str | None]:
        """Entities by article count, those whose name has every word of ``name``, of ``label``."""
        self.index.prune()
        ranked = self.keys("entities", label) if label else self.keys("entities")
        ids = self.matching_ids(ENTITY, name) if name else None
        return self._ranked(ranked, ids, cursor, limit, self._entity_summaries)

    def _entity_summaries(self, eids: list[str]) -> list[dict[str, Any]]:
        pipe = self.redis.pipeline()
        for eid in eids:
            pipe.hmget(self.keys.entity(eid), "name", "type")
            pipe.zcard(self.keys.entity(eid, "articles"))
        values = pipe.execute()
        return [
            {"id": eid, "name": _text(name), "type": _text(label), "articles": values[2 * i + 1]}
            for i, eid in enumerate(eids)
            if (name := values[2 * i][0]) is not None and (label := values[2 * i][1]) is not None
        ]

    def _ranked(self, ranked: str, ids: set[str] | None, cursor, limit, summaries):
        """A page of ``ranked`` (a count zset), restricted to ``ids`` when given."""
        start = max(decode_cursor(cursor)[0], 0) if cursor else 0
        if ids is None:
            page = [m.decode() for m in self.redis.zrevrange(ranked, start, start + limit)]
        else:
            pipe = self.redis.pipeline()
            ordered = sorted(ids)
            for item in ordered:
                pipe.zscore(ranked, item)
            scores = pipe.execute()
            kept = [(-s, i) for i, s in zip(ordered, scores, strict=True) if s is not None]
            page = [i for _, i in sorted(kept)][start : start + limit + 1]
        next_cursor = encode_cursor(start + limit, 0) if len(page) > limit else None
        return summaries(page[:limit]), next_cursor

    # -- articles ---------------------------------------------------------------------------

    def recent_articles(self, limit: int = 20) -> list[str]:
        """Ids of the most recently submitted analysed articles."""
        self.index.prune()
        return [a.decode() for a in self.redis.zrevrange(self.keys("recent"), 0, limit - 1)]


def speaker_links(sid: str) -> dict[str, str]:
    return {
        "self": f"/v1/speakers/{sid}",
        "quotes": f"/v1/quotes?speaker_id={sid}",
        "page": f"/speakers/{sid}",
    }


def article_links(article_id: str) -> dict[str, str]:
    return {"article": f"/v1/articles/{article_id}", "page": f"/articles/{article_id}"}


def _with_links(hit: dict[str, Any]) -> dict[str, Any]:
    hit["links"] = {"self": f"/v1/quotes/{hit['id']}", **article_links(hit["article"]["id"])}
    return hit


def _group_view(hit: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """How many articles carry a quotation, which had it first, and the other quotes of it."""
    members = members or [{"id": hit["id"], "article": hit["article"]}]
    return {
        "articles": len({m["article"]["id"] for m in members}),
        "quotes": len(members),
        "first": _member(members[0]),
        "others": [_member(m) for m in members if m["id"] != hit["id"]],
    }


def _member(member: dict[str, Any]) -> dict[str, Any]:
    return {
        "quote_id": member["id"],
        "article": member["article"],
        "links": {"self": f"/v1/quotes/{member['id']}", **article_links(member["article"]["id"])},
    }
