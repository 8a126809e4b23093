"""The search index: speech quotes, speakers and entities of every stored result, in plain Redis.

``SearchIndex.add`` runs when a result is stored (replacing what the article had before),
``remove`` when an article is deleted, ``prune`` before every search: index entries live exactly
as long as their result (``QUOTEWIRE_RESULT_TTL``), each article's expiry time being kept in
``index:expiry``. Each change is one optimistic transaction (WATCH on the speakers' and entities'
keys it reads), so concurrent workers never lose a link between two quotations.
Key layout: ``workers/keys.py``.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from redis import Redis
from redis.client import Pipeline
from redis.exceptions import WatchError

from workers.keys import ALL_INDEX_KEYS, IndexKeys
from workers.normalise import name_key, quotation, quotation_hash, same_quotation, words
from workers.selection import is_quote

#: Articles kept in the "recent articles" list of the home page.
RECENT_ARTICLES = 200
#: Scores are ``day * DAY + submission second``: newest article date first, then newest submission.
DAY = 2**32
SPEAKER, ENTITY = "speaker", "entity"
#: The article fields a hit shows.
SUMMARY_FIELDS = ("title", "date", "url", "source")


def day_number(day: str) -> int:
    """Days since 1970-01-01 of an ISO ``YYYY-MM-DD`` date."""
    return date.fromisoformat(day).toordinal() - date(1970, 1, 1).toordinal()


def _timestamp(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def article_score(article: dict[str, Any]) -> int:
    """Order of an article in search: its date (else its submission day), then submission time."""
    submitted = _timestamp(article["created_at"])
    day = article.get("date") or submitted.date().isoformat()
    return day_number(day) * DAY + int(submitted.timestamp())


def quote_ref(article_id: str, quote_id: str) -> str:
    """The id of a quote across articles."""
    return f"{article_id}-{quote_id}"


def entity_id(name: str, label: str) -> str:
    return f"{label.lower()}-{name_key(name)}"


@dataclass
class IndexedQuote:
    """One speech quote as the index holds it."""

    ref: str
    sid: str
    quotation: str
    kind: str
    words: list[str]
    hit: dict[str, Any]

    @property
    def text_hash(self) -> str:
        return quotation_hash(self.quotation)


@dataclass
class ArticleEntry:
    """Everything one article puts into the index; stored as JSON so it can be taken out again."""

    article_id: str
    score: int
    submitted: float
    quotes: list[IndexedQuote] = field(default_factory=list)
    speakers: dict[str, str] = field(default_factory=dict)
    entities: dict[str, dict[str, str]] = field(default_factory=dict)
    expires_at: float | None = None

    @classmethod
    def build(cls, article: dict[str, Any], result: dict[str, Any]) -> ArticleEntry:
        """The entry of ``article`` (a store record) with ``result`` (entities and quotes)."""
        article_id = article["article_id"]
        summary = {"id": article_id, **{name: article.get(name) for name in SUMMARY_FIELDS}}
        entry = cls(
            article_id, article_score(article), _timestamp(article["created_at"]).timestamp()
        )
        for quote in result.get("quotes", []):
            if not is_quote(quote):
                continue
            name = (quote.get("speaker") or {}).get("name") or ""
            sid = name_key(name)
            if sid:
                entry.speakers.setdefault(sid, name)
            ref = quote_ref(article_id, quote["id"])
            hit = {
                "id": ref,
                "text": quote["text"],
                "kind": quote["kind"],
                "spans": quote["spans"],
                "cue": quote.get("cue"),
                "speaker": {"id": sid, "name": name} if sid else None,
                "article": summary,
            }
            text = quotation(quote["text"])
            entry.quotes.append(
                IndexedQuote(ref, sid, text, quote["kind"], sorted(set(text.split())), hit)
            )
        for entity in result.get("entities", []):
            eid = entity_id(entity["name"], entity["type"])
            if name_key(entity["name"]):
                entry.entities.setdefault(eid, {"name": entity["name"], "type": entity["type"]})
        return entry

    def to_json(self) -> str:
        return json.dumps(
            {
                "score": self.score,
                "submitted": self.submitted,
                "quotes": [[q.ref, q.sid, q.quotation, q.kind] for q in self.quotes],
                "speakers": self.speakers,
                "entities": self.entities,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, article_id: str, raw: bytes) -> ArticleEntry:
        data = json.loads(raw)
        quotes = [
            IndexedQuote(ref, sid, text, kind, sorted(set(text.split())), {})
            for ref, sid, text, kind in data["quotes"]
        ]
        return cls(
            article_id, data["score"], data["submitted"], quotes, data["speakers"], data["entities"]
        )


@dataclass
class _SpeakerState:
    """What a transaction read about one speaker before changing it."""

    texts: dict[str, str]
    members: dict[str, set[str]]
    related: dict[str, set[str]]
    count: int


class SearchIndex:
    """Writes of the search index of one client (``owner``; "" is the anonymous client)."""

    def __init__(self, redis: Redis, owner: str = "") -> None:
        self.redis = redis
        self.keys = IndexKeys(owner)

    def add(
        self, article: dict[str, Any], result: dict[str, Any], expires_in: int | None = None
    ) -> None:
        """Index an article's result, replacing whatever the article had in the index.

        ``expires_in``: seconds the result is kept (``None``: for ever); the entries go with it.
        """
        entry = ArticleEntry.build(article, result)
        entry.expires_at = time.time() + expires_in if expires_in else None
        self._replace(article["article_id"], entry)

    def remove(self, article_id: str) -> None:
        """Take an article out of the index."""
        self._replace(article_id, None)

    def prune(self, now: float | None = None) -> int:
        """Remove the articles whose result has expired; return how many."""
        expired = self.redis.zrangebyscore(self.keys("expiry"), "-inf", now or time.time())
        for article_id in expired:
            self.remove(article_id.decode())
        return len(expired)

    def clear_all(self) -> None:
        """Delete the index of every client (before a rebuild)."""
        for name in self.redis.scan_iter(ALL_INDEX_KEYS, count=1000):
            self.redis.delete(name)

    # -- one transaction per change ---------------------------------------------------------

    def _replace(self, article_id: str, new: ArticleEntry | None) -> None:
        while True:
            with self.redis.pipeline() as pipe:
                try:
                    pipe.watch(self.keys.article(article_id))
                    raw = pipe.get(self.keys.article(article_id))
                    old = ArticleEntry.from_json(article_id, raw) if raw else None
                    if old is None and new is None:
                        return
                    self._write(pipe, article_id, old, new)
                    return
                except WatchError:
                    continue

    def _write(
        self, pipe: Pipeline, article_id: str, old: ArticleEntry | None, new: ArticleEntry | None
    ) -> None:
        sids = sorted(set(old.speakers if old else ()) | set(new.speakers if new else ()))
        eids = sorted(set(old.entities if old else ()) | set(new.entities if new else ()))
        watched = [self.keys.speaker(s, k) for s in sids for k in ("texts", "quotes")]
        watched += [self.keys.entity(e, "articles") for e in eids]
        if watched:
            pipe.watch(*watched)
        speakers, entity_counts = self._read(sids, eids, old)
        pipe.multi()
        if old is not None:
            _unindex(self.keys, pipe, old, speakers, entity_counts)
        if new is not None:
            _index(self.keys, pipe, new, speakers, entity_counts)
        for sid, state in speakers.items():
            if state.count <= 0:
                _drop_name(self.keys, pipe, SPEAKER, sid, old.speakers[sid])
                pipe.delete(self.keys.speaker(sid), self.keys.speaker(sid, "quotes"))
                pipe.delete(self.keys.speaker(sid, "articles"), self.keys.speaker(sid, "texts"))
                pipe.zrem(self.keys("speakers"), sid)
        for eid, count in entity_counts.items():
            if count <= 0:
                _drop_name(self.keys, pipe, ENTITY, eid, old.entities[eid]["name"])
                pipe.delete(self.keys.entity(eid), self.keys.entity(eid, "articles"))
                pipe.zrem(self.keys("entities"), eid)
                pipe.zrem(self.keys("entities", old.entities[eid]["type"]), eid)
        pipe.execute()

    def _read(
        self, sids: list[str], eids: list[str], old: ArticleEntry | None
    ) -> tuple[dict[str, _SpeakerState], dict[str, int]]:
        """The speakers' state and the entities' article counts, in one round trip.

        Read after the WATCH on another connection: a change made after the WATCH still fails
        the transaction, whichever connection read what it changed.
        """
        hashes = {
            sid: sorted({q.text_hash for q in (old.quotes if old else ()) if q.sid == sid})
            for sid in sids
        }
        reads = self.redis.pipeline(transaction=False)
        for sid in sids:
            reads.hgetall(self.keys.speaker(sid, "texts"))
            reads.zcard(self.keys.speaker(sid, "quotes"))
            for h in hashes[sid]:
                reads.smembers(self.keys.speaker(sid, "text", h))
                reads.smembers(self.keys.speaker(sid, "related", h))
        for eid in eids:
            reads.zcard(self.keys.entity(eid, "articles"))
        replies = iter(reads.execute())
        speakers = {}
        for sid in sids:
            texts = {k.decode(): v.decode() for k, v in next(replies).items()}
            state = _SpeakerState(texts, {}, {}, next(replies))
            for h in hashes[sid]:
                state.members[h] = _strings(next(replies))
                state.related[h] = _strings(next(replies))
            speakers[sid] = state
        return speakers, {eid: next(replies) for eid in eids}


def _refs_by_word(entry: ArticleEntry) -> dict[str, list[str]]:
    """Each word of the article's quotes -> the quotes that hold it."""
    out: dict[str, list[str]] = {}
    for quote in entry.quotes:
        for word in quote.words:
            out.setdefault(word, []).append(quote.ref)
    return out


def _strings(members: set[bytes]) -> set[str]:
    return {m.decode() for m in members}


def _index(
    keys: IndexKeys,
    pipe: Pipeline,
    entry: ArticleEntry,
    speakers: dict[str, _SpeakerState],
    entity_counts: dict[str, int],
) -> None:
    """Add everything ``entry`` holds; a new quotation is linked to the speaker's others."""
    aid, score = entry.article_id, entry.score
    for quote in entry.quotes:
        _add_quote(keys, pipe, quote, score, speakers.get(quote.sid))
    for word, refs in _refs_by_word(entry).items():
        pipe.zadd(keys("word", word), dict.fromkeys(refs, score))
    for sid, name in entry.speakers.items():
        pipe.hset(keys.speaker(sid), "name", name)
        pipe.zadd(keys.speaker(sid, "articles"), {aid: score})
        _add_name(keys, pipe, SPEAKER, sid, name)
    for eid, entity in entry.entities.items():
        pipe.hset(keys.entity(eid), mapping=entity)
        pipe.zadd(keys.entity(eid, "articles"), {aid: score})
        pipe.zincrby(keys("entities"), 1, eid)
        pipe.zincrby(keys("entities", entity["type"]), 1, eid)
        _add_name(keys, pipe, ENTITY, eid, entity["name"])
        entity_counts[eid] += 1
    pipe.set(keys.article(aid), entry.to_json())
    pipe.zadd(keys("recent"), {aid: entry.submitted})
    pipe.zremrangebyrank(keys("recent"), 0, -RECENT_ARTICLES - 1)
    if entry.expires_at:
        pipe.zadd(keys("expiry"), {aid: entry.expires_at})


def _add_quote(
    keys: IndexKeys, pipe: Pipeline, quote: IndexedQuote, score: int, state: _SpeakerState | None
):
    """Add one quote: its hash, the global and kind sets, and its speaker's sets (its words
    are added with the article's others, a command a word)."""
    pipe.hset(
        keys.quote(quote.ref),
        mapping={
            "hit": json.dumps(quote.hit, ensure_ascii=False),
            "speaker": quote.sid,
            "text_hash": quote.text_hash,
            "score": score,
        },
    )
    pipe.zadd(keys("quotes"), {quote.ref: score})
    pipe.zadd(keys("kind", quote.kind), {quote.ref: score})
    if state is None:
        return
    sid, h = quote.sid, quote.text_hash
    if h not in state.texts:
        for other, text in state.texts.items():
            if same_quotation(text, quote.quotation):
                pipe.sadd(keys.speaker(sid, "related", h), other)
                pipe.sadd(keys.speaker(sid, "related", other), h)
        state.texts[h] = quote.quotation
    pipe.hset(keys.speaker(sid, "texts"), h, quote.quotation)
    pipe.sadd(keys.speaker(sid, "text", h), quote.ref)
    pipe.zadd(keys.speaker(sid, "quotes"), {quote.ref: score})
    pipe.zincrby(keys("speakers"), 1, sid)
    state.count += 1


def _unindex(
    keys: IndexKeys,
    pipe: Pipeline,
    entry: ArticleEntry,
    speakers: dict[str, _SpeakerState],
    entity_counts: dict[str, int],
) -> None:
    """Take out everything ``entry`` added; quotations left with no quote are unlinked."""
    aid = entry.article_id
    refs = {q.ref for q in entry.quotes}
    for word, word_refs in _refs_by_word(entry).items():
        pipe.zrem(keys("word", word), *word_refs)
    for quote in entry.quotes:
        pipe.delete(keys.quote(quote.ref))
        pipe.zrem(keys("quotes"), quote.ref)
        pipe.zrem(keys("kind", quote.kind), quote.ref)
        if not quote.sid:
            continue
        sid, h, state = quote.sid, quote.text_hash, speakers[quote.sid]
        pipe.srem(keys.speaker(sid, "text", h), quote.ref)
        pipe.zrem(keys.speaker(sid, "quotes"), quote.ref)
        pipe.zincrby(keys("speakers"), -1, sid)
        state.count -= 1
        if h in state.texts and state.members.get(h, set()) <= refs:
            del state.texts[h]
            pipe.hdel(keys.speaker(sid, "texts"), h)
            for other in state.related.get(h, ()):
                pipe.srem(keys.speaker(sid, "related", other), h)
            pipe.delete(keys.speaker(sid, "related", h))
    for sid in entry.speakers:
        pipe.zrem(keys.speaker(sid, "articles"), aid)
    for eid in entry.entities:
        pipe.zrem(keys.entity(eid, "articles"), aid)
        pipe.zincrby(keys("entities"), -1, eid)
        pipe.zincrby(keys("entities", entry.entities[eid]["type"]), -1, eid)
        entity_counts[eid] -= 1
    pipe.delete(keys.article(aid))
    pipe.zrem(keys("recent"), aid)
    pipe.zrem(keys("expiry"), aid)


def _name_phrases(name: str) -> list[str]:
    """Every word-suffix of a folded name, so a prefix search finds any of its words."""
    folded = words(name)
    return [" ".join(folded[i:]) for i in range(len(folded))]


def _add_name(keys: IndexKeys, pipe: Pipeline, kind: str, item_id: str, name: str) -> None:
    pipe.zadd(keys("names", kind), {f"{p}\0{item_id}": 0 for p in _name_phrases(name)})
    for word in set(words(name)):
        pipe.sadd(keys("name", kind, word), item_id)


def _drop_name(keys: IndexKeys, pipe: Pipeline, kind: str, item_id: str, name: str) -> None:
    pipe.zrem(keys("names", kind), *(f"{p}\0{item_id}" for p in _name_phrases(name)))
    for word in set(words(name)):
        pipe.srem(keys("name", kind, word), item_id)
