"""Quote-attribution metrics: span matching, speaker, name and cue accuracy, per kind."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def _words(text: str) -> list[str]:
    """Whitespace-separated words of a lexicon string."""
    return text.split()


KINDS = ("direct", "mixed", "indirect")
ROWS = ("all", "direct", "mixed", "indirect", "direct+mixed")

_TRIM = set(" \t\r\n.,;:!?\"'“”‘’«»()[]—–-…―")
PRONOUNS = frozenset(
    _words(
        """
        he she they it i we you him her them his hers its their theirs who which that this
        """
    )
)
_TITLES = frozenset(
    _words(
        """
        mr mrs ms miss dr prof sen senator rep representative gov governor president vice
        secretary gen general lt col capt sir lord lady the former pres judge justice
        """
    )
)


Spans = list[tuple[int, int]]


def trim_spans(text: str, spans: Iterable[Sequence[int]]) -> Spans:
    """Trim whitespace, punctuation and quote marks at both ends of each span; merge overlaps."""
    out: Spans = []
    for s, e in spans:
        while s < e and text[s] in _TRIM:
            s += 1
        while e > s and text[e - 1] in _TRIM:
            e -= 1
        if e > s:
            out.append((s, e))
    out.sort()
    merged: Spans = []
    for s, e in out:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def span_len(spans: Spans) -> int:
    """Number of characters covered by disjoint spans."""
    return sum(e - s for s, e in spans)


def intersection(a: Spans, b: Spans) -> int:
    """Characters shared by two sorted lists of disjoint spans."""
    i = j = total = 0
    while i < len(a) and j < len(b):
        s = max(a[i][0], b[j][0])
        e = min(a[i][1], b[j][1])
        if e > s:
            total += e - s
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return total


def spans_overlap(a: Iterable[Sequence[int]], b: Iterable[Sequence[int]]) -> bool:
    """True when any span of ``a`` shares a character with any span of ``b``."""
    b = list(b)
    return any(min(e1, e2) > max(s1, s2) for s1, e1 in a for s2, e2 in b)


def normalise_name(name: str | None) -> list[str]:
    """Lower-cased name tokens without titles, possessives and punctuation."""
    if not name:
        return []
    name = re.sub(r"[’']s\b", "", name.lower())
    toks = re.findall(r"[\w-]+", name)
    return [t for t in toks if t not in _TITLES]


def names_match(pred: str | None, gold: str | None) -> bool:
    """Same name after normalisation; a surname alone matches the full name."""
    p, g = normalise_name(pred), normalise_name(gold)
    if not p or not g:
        return False
    if p == g:
        return True
    if len(p) == 1 and p[0] == g[-1]:
        return True
    return len(g) == 1 and g[0] == p[-1]


def name_right(speaker: dict | None, gold_name: str | None, people: frozenset[str]) -> bool:
    """A predicted speaker against the gold name. Where the article never names the source
    (``gold_name`` None), no speaker or a description is right (no entity, and not the name of
    a person among ``people``, the lower-cased PERSON names of the result) and a name wrong."""
    sp = speaker or {}
    if gold_name:
        return names_match(sp.get("name"), gold_name)
    if sp.get("entity_id"):
        return False
    parts = (sp.get("name") or "").lower().split(" and ")
    return not all(part in people for part in parts)


def people_of(result: dict) -> frozenset[str]:
    """The lower-cased names of the result's PERSON entities."""
    return frozenset(
        e["name"].lower() for e in result.get("entities", []) if e.get("type") == "PERSON"
    )


def greedy_match(gold: list[Spans], pred: list[Spans], mode: str) -> list[tuple[int, int]]:
    """One-to-one greedy matching of gold and predicted quotes.

    ``mode`` is ``exact`` (same trimmed characters), ``overlap`` (character Jaccard >= 0.5) or
    ``coverage`` (more than 30 % of the gold characters covered).
    """
    pairs = []
    for gi, g in enumerate(gold):
        glen = span_len(g)
        for pi, p in enumerate(pred):
            if not g or not p or p[0][0] >= g[-1][1] or g[0][0] >= p[-1][1]:
                continue
            inter = intersection(g, p)
            if not inter:
                continue
            if mode == "exact":
                score = 1.0 if g == p else 0.0
                ok = score == 1.0
            elif mode == "overlap":
                score = inter / (glen + span_len(p) - inter)
                ok = score >= 0.5
            else:
                score = inter / glen
                ok = score > 0.3
            if ok:
                pairs.append((score, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return out


def scored_gold(gold_quotes: list[dict]) -> list[dict]:
    """The gold attributions that are scored: a known kind and quote spans."""
    return [q for q in gold_quotes if q.get("kind") in KINDS and q.get("quote_spans")]


def right_predictions(text: str, gold_quotes: list[dict], result: dict) -> list[bool] | None:
    """Whether each predicted quote is right end to end (it matches a gold quote one-to-one by
    overlap and names its speaker); None for a document whose gold names no speaker."""
    golds = scored_gold(gold_quotes)
    if not any(q.get("speaker_name") for q in golds):
        return None
    preds = result.get("quotes", [])
    g_spans = [trim_spans(text, q["quote_spans"]) for q in golds]
    p_spans = [trim_spans(text, q["spans"]) for q in preds]
    people = people_of(result)
    right = [False] * len(preds)
    for gi, pi in greedy_match(g_spans, p_spans, "overlap"):
        speaker = preds[pi].get("speaker")
        right[pi] = name_right(speaker, golds[gi].get("speaker_name"), people)
    return right


def _in_row(kind: str | None, row: str) -> bool:
    if row == "all":
        return True
    if row == "direct+mixed":
        return kind in ("direct", "mixed")
    return kind == row


class Scorer:
    """Accumulates counts over documents; ``table()`` returns the metrics per row."""

    def __init__(self) -> None:
        self.c: dict[str, dict[str, float]] = {r: {} for r in ROWS}

    def _add(self, row: str, key: str, n: float = 1) -> None:
        self.c[row][key] = self.c[row].get(key, 0) + n

    def add(self, text: str, gold_quotes: list[dict], result: dict) -> None:
        """Score one document's predicted ``result`` against its gold quotes."""
        golds = scored_gold(gold_quotes)
        preds = result.get("quotes", [])
        g_spans = [trim_spans(text, q["quote_spans"]) for q in golds]
        p_spans = [trim_spans(text, q["spans"]) for q in preds]
        named = any(q.get("speaker_name") for q in golds)
        people = people_of(result)
        for row in ROWS:
            ng = sum(_in_row(q["kind"], row) for q in golds)
            npred = sum(_in_row(q.get("kind"), row) for q in preds)
            self._add(row, "n_gold", ng)
            self._add(row, "n_pred", npred)
            if named:
                self._add(row, "e2e_n_gold", ng)
                self._add(row, "e2e_n_pred", npred)
        for mode in ("exact", "overlap", "coverage"):
            for gi, pi in greedy_match(g_spans, p_spans, mode):
                for row in ROWS:
                    if _in_row(golds[gi]["kind"], row):
                        self._add(row, f"{mode}_tp_gold")
                    if _in_row(preds[pi].get("kind"), row):
                        self._add(row, f"{mode}_tp_pred")
                if mode == "overlap":
                    self._score_pair(golds[gi], preds[pi], named, people)

    def _score_pair(self, g: dict, p: dict, named: bool, people: frozenset[str]) -> None:
        sp = p.get("speaker") or {}
        mention = sp.get("mention")
        p_spk = [(mention["start"], mention["end"])] if mention else []
        cue = p.get("cue")
        p_cue = [(cue["start"], cue["end"])] if cue else []
        gname = g.get("speaker_name")
        source = (g.get("speaker_text") or "").strip()
        pron = source.lower() in PRONOUNS
        ok = name_right(p.get("speaker"), gname, people)
        for row in ROWS:
            if named and _in_row(p.get("kind"), row):
                self._add(row, "e2e_tp_pred", ok)
            if not _in_row(g["kind"], row):
                continue
            if named:
                self._add(row, "e2e_tp_gold", ok)
            if g.get("speaker_spans"):
                self._add(row, "spk_n")
                self._add(row, "spk_ok", spans_overlap(p_spk, g["speaker_spans"]))
            if g.get("cue_spans"):
                self._add(row, "cue_n")
                self._add(row, "cue_ok", spans_overlap(p_cue, g["cue_spans"]))
            if gname or source:
                self._add(row, "name_n")
                self._add(row, "name_ok", ok)
                if pron:
                    self._add(row, "pron_n")
                    self._add(row, "pron_ok", ok)

    def table(self) -> dict[str, dict[str, float | None]]:
        """Metrics per row: P/R/F1 for exact, overlap, coverage and end-to-end, accuracies."""
        out: dict[str, dict[str, float | None]] = {}
        for row in ROWS:
            c = self.c[row]
            ng, npred = c.get("n_gold", 0), c.get("n_pred", 0)
            r: dict[str, float | None] = {"n_gold": ng, "n_pred": npred}
            for mode in ("exact", "overlap", "coverage", "e2e"):
                dp, dg = (npred, ng)
                if mode == "e2e":
                    dp, dg = c.get("e2e_n_pred", 0), c.get("e2e_n_gold", 0)
                p = _div(c.get(f"{mode}_tp_pred", 0), dp)
                rec = _div(c.get(f"{mode}_tp_gold", 0), dg)
                r[f"{mode}_p"], r[f"{mode}_r"] = p, rec
                r[f"{mode}_f1"] = _f1(p, rec)
            for key in ("spk", "name", "pron", "cue"):
                r[f"{key}_acc"] = _div(c.get(f"{key}_ok", 0), c.get(f"{key}_n", 0))
                r[f"{key}_n"] = c.get(f"{key}_n", 0)
            out[row] = r
        return out


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def _div(a: float, b: float) -> float | None:
    return a / b if b else None
