"""Attribute quotations: cues and speakers for quotes in marks, indirect quotes from the parse."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .cues import (
    ADDRESSEE_VERBS,
    CITING_VERBS,
    CLAUSE_CUES,
    CUE_NOUNS,
    MARKED_ONLY,
    OBJECT_CUES,
    PREP_CUES,
    SPEECH_VERBS,
)
from .quotes import ALL_MARKS, Marked

_SENT_END = frozenset({".", "!", "?"})
_SUBJ = ("nsubj", "nsubjpass")
_WHEN = frozenset({"DATE", "TIME"})
_PLAIN_VERB_WINDOW = 10
_NP_WINDOW = 6
_COMP_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis", "advcl", "prep"})
_AFTER_WINDOW = 30
_DASHES = frozenset({"―", "—", "–", "-", "--"})
_BEFORE_WINDOW = 40
_MIN_WORDS = 4
_TITLE_SMALL = frozenset({"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at"})


@dataclass
class Attribution:
    """A quote under construction: content spans, kind, cue tokens and speaker head token."""

    spans: list[tuple[int, int]]
    kind: str
    cue: list = field(default_factory=list)
    speaker: object | None = None
    follows: Attribution | None = None
    anchor: int = 0
    para: int = 0


def is_mark(tok) -> bool:
    """Token made only of quotation marks."""
    return bool(tok.text) and all(ch in ALL_MARKS for ch in tok.text)


def _is_dash(text: str) -> bool:
    """A dash introducing a source ("― Name"), possibly glued to a closing mark."""
    return any(ch in "―—–" for ch in text) and all(ch in "―—–-" or ch in ALL_MARKS for ch in text)


def _misparsed_subject(noun):
    """The name before a verb of saying that the parser took for a plural noun ("Trump claims
    that ...", "Trump charges that ..."), or None."""
    if noun.tag_ != "NNS" or noun.i == 0:
        return None
    if not any(c.dep_ in ("ccomp", "acl") for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ == "nsubj":
            return c
    prev = noun.doc[noun.i - 1]
    named = prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN")
    attached = prev.i == noun.head.i or (prev.head.i == noun.i and prev.dep_ == "compound")
    return prev if named and attached and prev.ent_type_ not in _WHEN else None


def _grandchild(token, dep: str, sub_dep: str):
    """The first child labelled ``sub_dep`` of a child of ``token`` labelled ``dep``."""
    return next(
        (
            grandchild
            for child in token.children
            if child.dep_ == dep
            for grandchild in child.children
            if grandchild.dep_ == sub_dep
        ),
        None,
    )


def subject_of(verb, depth: int = 0):
    """The token naming who speaks for a cue verb (or cue noun), or None."""
    if verb.pos_ == "NOUN":
        return next((c for c in verb.children if c.dep_ == "poss"), None) or _misparsed_subject(
            verb
        )
    for child in verb.children:
        if child.dep_ == "nsubj" and (
            child.ent_type_ not in ("TIME", "DATE", "CARDINAL")
            or any(c.dep_ == "det" for c in child.children)
        ):
            return child
        if child.dep_ == "nsubjpass":
            agent = _grandchild(verb, "agent", "pobj")
            return agent if agent is not None else child
    head = verb.head
    if verb.dep_ in ("advcl", "xcomp", "pcomp") and head.lemma_.lower() in CITING_VERBS:
        for child in head.children:
            if child.dep_ == "dobj":
                return child
    if verb.lower_ == "according":
        source = _grandchild(verb, "prep", "pobj")
        if source is not None:
            return source
    if verb.dep_ == "xcomp" and head is not verb and _reports(verb):
        for child in head.children:
            if child.dep_ == "dobj" and child.i < verb.i and child.pos_ in ("PROPN", "NOUN"):
                return child
    if depth < 3 and verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head is not head:
        return subject_of(head.head, depth + 1)
    if (
        depth < 3
        and verb.dep_ in ("conj", "xcomp", "advcl")
        and head is not verb
        and (verb.dep_ != "advcl" or verb.tag_ == "VBG")
    ):
        return subject_of(head, depth + 1)
    for child in verb.rights:
        if child.ent_type_ in _WHEN:
            continue
        if child.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "nsubj") and child.pos_ in (
            "PROPN",
            "NOUN",
        ):
            if verb.lemma_.lower() in ADDRESSEE_VERBS and child.dep_ == "dobj":
                continue
            return child
    return None


def _name_end(doc, j: int, stop: int):
    """The last token of the run of proper nouns that starts at ``j`` (before ``stop``)."""
    while j + 1 < stop and doc[j + 1].pos_ == "PROPN":
        j += 1
    return doc[j]


def _governs(cue, i: int) -> bool:
    """Token ``i`` lies in the clause of ``cue``."""
    return cue.left_edge.i <= i <= cue.right_edge.i


def _reports(verb) -> bool:
    """A verb that reports speech, thought or a stance ("to state", "to speak about")."""
    low = verb.lemma_.lower()
    return (
        low in CLAUSE_CUES
        or low in OBJECT_CUES
        or any((low, c.lower_) in PREP_CUES for c in verb.children)
    )


def is_cue_verb(tok, lexicon=SPEECH_VERBS) -> bool:
    """A verb of saying by lemma (any tense, passive or participle)."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lexicon and tok.lemma_ != "be"


def complement_start(cue, limit: int) -> int:
    """First token of the reported content to the right of ``cue`` (before ``limit``)."""
    best = limit
    tell = cue.lemma_.lower() in ADDRESSEE_VERBS
    low = cue.lemma_.lower()
    for child in cue.rights:
        if child.left_edge.i >= limit or child.dep_ in ("punct", "nsubj", "nsubjpass", "npadvmod"):
            continue
        if child.dep_ == "ccomp":
            return max(child.left_edge.i, cue.i + 1)
    for child in cue.rights:
        if child.left_edge.i >= limit or child.dep_ in ("punct", "nsubj", "nsubjpass", "npadvmod"):
            continue
        if tell and child.dep_ in ("dobj", "dative"):
            continue
        if child.dep_ == "prep" and (low, child.lower_) in PREP_CUES:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                best = min(best, obj.left_edge.i)
                continue
        if child.dep_ in _COMP_DEPS:
            best = min(best, child.left_edge.i)
    return max(best, cue.i + 1)


class Attributor:
    """Finds cues and speakers for one parsed document."""

    def __init__(self, doc, text: str | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.starts = [t.idx for t in doc]
        self.in_quote = [False] * len(doc)
        self.used_cues: set[int] = set()

    def tok_at(self, char: int) -> int:
        """Index of the token containing character ``char``."""
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def char_end(self, i: int) -> int:
        tok = self.doc[i]
        return tok.idx + len(tok.text)

    def _trim(self, s: int, e: int) -> tuple[int, int] | None:
        """Token range without leading/trailing punctuation and spaces; None when empty."""
        doc = self.doc
        while s < e and (doc[s].is_punct or doc[s].is_space):
            s += 1
        while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space) and not is_mark(doc[e - 1]):
            e -= 1
        return (s, e) if e > s else None

    # -- quotes in marks -------------------------------------------------------------------

    def marked_quotes(self, marked: list[Marked]) -> list[Attribution]:
        """Attribute quotes in marks to cues before or after them; merge quotes split by a cue."""
        doc = self.doc
        ranges = []
        for q in marked:
            ts, te = self.tok_at(q.start), self.tok_at(q.end - 1) + 1
            ranges.append((ts, te))
            for i in range(ts, te):
                self.in_quote[i] = True
        out: list[Attribution] = []
        prev: Attribution | None = None
        skip: set[int] = set()
        for qi, q in enumerate(marked):
            if qi in skip:
                continue
            ts, te = ranges[qi]
            words = sum(1 for t in doc[ts:te] if t.is_alpha)
            if self.is_title(doc, ts, te):
                continue
            after, after_end, named = self._after_cue(te)
            before = self._before_cue(ts)
            last_char = self.text[q.end - 1]
            cue = None
            side = ""
            inner = (
                before is not None
                and after is not None
                and _governs(before, ts)
                and not _governs(after, ts)
            )
            if (
                after is not None
                and (named is not None or not self._has_right_complement(after))
                and not inner
            ):
                cue, side = after, "after"
            elif before is not None:
                cue, side = self._outermost(before, ts), "before"
                if not cue.left_edge.i <= ts - 1 <= cue.right_edge.i:
                    gov = self._governor(ts, te)
                    if gov is not None and is_cue_verb(gov, CLAUSE_CUES):
                        cue = gov
            elif after is not None and last_char not in ".!?":
                cue, side = after, "after"
            spans = list(q.spans)
            kind = "direct"
            speaker = None
            if cue is None:
                gov = self._governor(ts, te)
                colon = self._colon_verb(ts) if gov is None else None
                if gov is not None:
                    cue, side, speaker = gov, "before", subject_of(gov)
                elif colon is not None:
                    cue, side, speaker = colon, "before", subject_of(colon)
                elif words < _MIN_WORDS or self._lead_content(ts) is not None:
                    continue
                else:
                    att = Attribution(spans=spans, kind=kind, anchor=ts, para=q.para)
                    if prev is not None and q.para - prev.para <= 1:
                        att.follows = prev
                    out.append(att)
                    prev = att
                    continue
            self.used_cues.add(cue.i)
            if side == "before":
                kind, spans = self._before_content(cue, ts, q)
            else:
                lead = self._lead_content(ts)
                if lead is not None:
                    kind = "mixed"
                    end = max(q.end, self._lead_end(te, cue, named))
                    spans = [(doc[lead].idx, end)] + spans[1:]
                nxt = qi + 1
                if (
                    nxt < len(marked)
                    and after_end is not None
                    and self._joins(after_end, ranges[nxt][0], marked[nxt], q)
                ):
                    spans.extend(marked[nxt].spans)
                    skip.add(nxt)
            if (
                words < _MIN_WORDS
                and kind == "direct"
                and side == "before"
                and self.text[q.start - 2 : q.start - 1] not in (":", ",")
            ):
                continue
            att = Attribution(
                spans=spans,
                kind=kind,
                cue=self._cue_tokens(cue),
                speaker=named
                or speaker
                or self._outside_subject(cue)
                or self._nearby_name(cue)
                or (self._name_after(te, cue) if side == "after" else None),
                anchor=ts,
                para=q.para,
            )
            out.append(att)
            prev = att
        return out

    def _outside_subject(self, cue):
        """The cue's subject unless the parser took it from inside a quotation."""
        subj = subject_of(cue)
        if subj is not None and self._quoted(subj):
            subj = next((c for c in cue.children if c.dep_ in _SUBJ and not self._quoted(c)), None)
        return subj

    def _quoted(self, tok) -> bool:
        """A token inside a quotation (not one glued to its closing mark)."""
        return self.in_quote[tok.i] and not any(ch in ALL_MARKS for ch in tok.text)

    def _colon_verb(self, ts: int):
        """The verb of a clause that introduces a quote with a colon ("Jared Potts echoed:")."""
        doc = self.doc
        i = ts - 1
        while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
            i -= 1
        if i < 1 or doc[i].text != ":" or self.in_quote[i - 1]:
            return None
        root = doc[i].head
        if (
            root.pos_ == "VERB"
            and root.i < i
            and root.i not in self.used_cues
            and any(c.dep_ in _SUBJ for c in root.lefts)
            and not any(c.dep_ in ("dobj", "ccomp") and c.i < i for c in root.rights)
        ):
            return root
        return None

    def _outermost(self, cue, ts: int):
        """The verb of saying whose reported clause contains ``cue`` ("X said she recalled ...")."""
        v = cue
        for _ in range(12):
            if v.head is v or v.dep_ not in ("ccomp", "xcomp"):
                break
            v = v.head
            if (
                v.i < cue.i
                and is_cue_verb(v, CLAUSE_CUES)
                and v.i not in self.used_cues
                and not self.in_quote[v.i]
                and subject_of(v) is not None
            ):
                cue = v
        return cue

    def _joins(self, after_end: int, next_start: int, nxt: Marked, q: Marked) -> bool:
        """The next quote in the paragraph continues this one across its cue ("“A,” he said,
        “B”" and "“A,” he said. “B.”"), unless a cue of its own follows it."""
        if next_start - 1 > after_end + 1 or nxt.para != q.para:
            return False
        last = self.text[self.char_end(after_end - 1) - 1]
        if last in ",:":
            return True
        return last == "." and self._after_cue(self.tok_at(nxt.end - 1) + 1)[0] is None

    def _lead_end(self, te: int, cue, named) -> int:
        """End of content that continues after the closing mark up to the speaker and cue."""
        doc = self.doc
        subj = named or subject_of(cue)
        stop = cue.i if subj is None else min(cue.i, subj.left_edge.i)
        i = te
        while i < len(doc) and is_mark(doc[i]):
            i += 1
        end = self.char_end(te - 1)
        for j in range(i, stop):
            if not doc[j].is_punct and not doc[j].is_space:
                end = self.char_end(j)
        return end

    def _governor(self, ts: int, te: int):
        """The verb (with a subject, outside the quote) whose clause embeds a quote in marks.

        A verb of saying among the ancestors wins over the nearest verb ("X says she hates
        what he calls a “disgrace”" is attributed to "says").
        """
        doc = self.doc
        root = next((t for t in doc[ts:te] if not ts <= t.head.i < te or t.head is t), None)
        if root is None:
            return None
        v = root.head
        nearest = None
        outer = None
        for _ in range(15):
            if (
                v.i < ts
                and v.pos_ == "NOUN"
                and v.lemma_.lower() in CUE_NOUNS
                and subject_of(v) is not None
                and v.i not in self.used_cues
            ):
                return v
            if v.i < ts and v.pos_ == "VERB" and v.is_alpha and not self.in_quote[v.i]:
                subj = subject_of(v)
                if subj is not None and subj.i < ts and not self.in_quote[subj.i]:
                    if v.i in self.used_cues:
                        break
                    if is_cue_verb(v, CLAUSE_CUES):
                        outer = v
                    nearest = nearest or v
            if v.head is v:
                break
            v = v.head
        return outer or nearest

    @staticmethod
    def is_title(doc, ts: int, te: int) -> bool:
        """Marks around a title ("Fox News Sunday"): short, every word capitalised."""
        words = [t for t in doc[ts:te] if t.is_alpha]
        return (
            0 < len(words) <= 6
            and all(t.is_title or t.is_upper or t.lower_ in _TITLE_SMALL for t in words)
            and words[0].is_title
        )

    def _cue_tokens(self, cue) -> list:
        if cue.lower_ == "according":
            return [cue] + [c for c in cue.children if c.dep_ == "prep"][:1]
        return [cue]

    def _has_right_complement(self, cue) -> bool:
        return any(c.dep_ in ("ccomp", "xcomp") or c.lower_ == "that" for c in cue.rights)

    def _after_cue(self, te: int):
        """First cue after a quote ending before token ``te``: (cue, window end, named speaker)."""
        doc = self.doc
        i = te
        while i < len(doc) and is_mark(doc[i]):
            i += 1
        start = i
        d = i
        while d < len(doc) and doc[d].is_space and "\n" not in doc[d].text:
            d += 1
        if d < len(doc) and _is_dash(doc[d].text):
            i = d
            j = i + 1
            while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
                j += 1
            if j < len(doc) and doc[j].pos_ == "PROPN":
                while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
                    j += 1
                return doc[i], j + 1, doc[j]
        while i < len(doc) and i - start < _AFTER_WINDOW:
            tok = doc[i]
            if "\n" in tok.text or self.in_quote[i] or is_mark(tok):
                return None, None, None
            if is_cue_verb(tok) and i not in self.used_cues:
                end = i + 1
                while end < len(doc) and end - i < _AFTER_WINDOW:
                    t2 = doc[end]
                    if t2.text in _SENT_END:
                        end += 1
                        break
                    if "\n" in t2.text or is_mark(t2):
                        break
                    if t2.text in (",", ":") and end + 1 < len(doc) and is_mark(doc[end + 1]):
                        end += 1
                        break
                    end += 1
                named = None
                if self._outside_subject(tok) is None:
                    named = self._nearby_name(tok)
                return tok, end, named
            if tok.text in _SENT_END:
                verb = self._plain_verb_cue(te, start, i)
                return (verb, i + 1, None) if verb is not None else (None, None, None)
            i += 1
        return None, None, None

    def _plain_verb_cue(self, te: int, start: int, end: int):
        """The verb of a short clause closing a quote that ends in a comma
        ("“…,” Trump shot back."): a verb of saying outside the lexicon."""
        doc = self.doc
        if end - start > _PLAIN_VERB_WINDOW or "," not in doc[te - 1].text:
            return None
        verbs = [t for t in doc[start:end] if t.pos_ == "VERB" and t.head.i == t.i]
        if len(verbs) != 1 or verbs[0].i in self.used_cues:
            return None
        verb = verbs[0]
        subj = [c for c in verb.lefts if c.dep_ in _SUBJ and c.i >= start]
        if not subj or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.rights):
            return None
        return verb

    def _nearby_name(self, cue):
        """A proper name next to a cue the parser left without subject ("Said Ellis: ...")."""
        doc = self.doc
        if cue.dep_ == "compound" and cue.head.pos_ == "PROPN":
            return cue.head
        j = cue.i + 1
        if (
            j < len(doc)
            and doc[j].ent_type_ not in _WHEN
            and (
                doc[j].pos_ == "PROPN"
                or (doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop and cue.i > 0)
            )
        ):
            return _name_end(doc, j, len(doc))
        if j < len(doc) and doc[j].pos_ == "DET" and cue.i > 0:
            head = None
            for k in range(j + 1, min(j + _NP_WINDOW, len(doc))):
                t = doc[k]
                if t.is_punct or self.in_quote[k] or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
                    break
                head = t
            if head is not None and head.pos_ in ("NOUN", "PROPN", "ADJ"):
                return head
        k = cue.i - 1
        while k >= 0 and doc[k].pos_ in ("ADV", "AUX", "PART"):
            k -= 1
        if (
            k >= 0
            and doc[k].pos_ in ("NOUN", "PROPN")
            and not self.in_quote[k]
            and doc[k].dep_ not in ("pobj", "dobj", "compound")
        ):
            return doc[k]
        return None

    def _name_after(self, te: int, cue):
        """The proper name that opens the words between a closing mark and its cue ("…,”
        Flynn, a top Trump surrogate, said")."""
        doc = self.doc
        j = te
        while j < cue.i and (is_mark(doc[j]) or doc[j].is_punct or doc[j].is_space):
            j += 1
        if j >= cue.i or doc[j].pos_ != "PROPN" or self.in_quote[j]:
            return None
        return _name_end(doc, j, cue.i)

    def _before_cue(self, ts: int):
        """Nearest cue verb (or "according to") before a quote starting at token ``ts``."""
        doc = self.doc
        i = ts - 1
        while i >= 0 and is_mark(doc[i]):
            i -= 1
        stop = max(-1, i - _BEFORE_WINDOW)
        while i > stop:
            tok = doc[i]
            if "\n" in tok.text:
                if i > 0 and doc[i - 1].text == ":":
                    i -= 1
                    continue
                return None
            if self.in_quote[i] or tok.text in _SENT_END:
                return None
            if i not in self.used_cues and (
                is_cue_verb(tok)
                or (tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to")
            ):
                return tok
            i -= 1
        return None

    def _lead_content(self, ts: int) -> int | None:
        """Start of words that open the quote's sentence before its mark ("The plan is “...")."""
        doc = self.doc
        i = ts - 1
        while i >= 0 and is_mark(doc[i]):
            i -= 1
        j = i
        while j >= 0 and not doc[j].is_sent_start and ts - j < _BEFORE_WINDOW:
            t = doc[j]
            if "\n" in t.text or self.in_quote[j] or t.text in _SENT_END:
                j += 1
                break
            j -= 1
        j = max(j, 0)
        alpha = sum(1 for t in doc[j : i + 1] if t.is_alpha)
        return j if alpha >= 2 and i >= j else None

    def _before_content(self, cue, ts: int, q: Marked) -> tuple[str, list[tuple[int, int]]]:
        """Kind and spans of a quote whose cue precedes it: direct after ":"/"," else mixed."""
        doc = self.doc
        k = ts - 1
        while k >= 0 and is_mark(doc[k]):
            k -= 1
        between = [t for t in doc[cue.i + 1 : k + 1] if not t.is_punct and not t.is_space]
        if cue.lower_ == "according":
            return "direct", list(q.spans)
        clause = any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in between)
        if not between or all(t.dep_ in _SUBJ for t in between):
            return "direct", list(q.spans)
        if doc[k].text in (":", ",") and not clause:
            return "direct", list(q.spans)
        start = min(complement_start(cue, ts), ts)
        while start < ts and doc[start].is_punct:
            start += 1
        end_tok = q.end
        right = cue.right_edge.i
        for j in range(te_of(self, q), right + 1):
            if "\n" in doc[j].text or doc[j].text in _SENT_END:
                right = j - 1
                break
        if right >= ts:
            rng = self._trim(start, right + 1)
            if rng:
                end_tok = max(q.end, self.char_end(rng[1] - 1))
        return "mixed", [(doc[start].idx, end_tok)] + list(q.spans[1:])

    # -- indirect quotes -------------------------------------------------------------------

    def indirect_quotes(self, taken: list[tuple[int, int]]) -> list[Attribution]:
        """'X said (that) ...', 'according to X, ...' and "X's claim that ..." from the parse."""
        doc = self.doc
        out: list[Attribution] = []
        taken_sorted = sorted(taken)
        for tok in doc:
            if self.in_quote[tok.i]:
                continue
            low = tok.lemma_.lower()
            if tok.i in self.used_cues and not self._has_right_complement(tok):
                continue
            comp = None
            speaker = None
            cue = [tok]
            if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                res = self._according(tok)
                if res is None:
                    continue
                spans, speaker = res
                cue = [tok, doc[tok.i + 1]]
            elif tok.pos_ in ("VERB", "AUX") and low in CLAUSE_CUES:
                for child in tok.children:
                    if child.dep_ == "ccomp":
                        comp = child
                        break
                if comp is None:
                    res = self._parenthetical(tok, low)
                    if res is None:
                        continue
                    spans, speaker = res
                    comp = tok
                else:
                    speaker = subject_of(tok)
                    spans = []
                if low in CITING_VERBS:
                    speaker = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if speaker is None or not any(c.lower_ == "as" for c in tok.children):
                        continue
                elif low in MARKED_ONLY:
                    continue
                if speaker is None or speaker.lower_ in ("it", "there"):
                    continue
                if not spans:
                    rng = self._trim(comp.left_edge.i, comp.right_edge.i + 1)
                    if rng is None or rng[1] - rng[0] < 2:
                        continue
                    spans = [(doc[rng[0]].idx, self.char_end(rng[1] - 1))]
            elif (
                self.object_cues
                and tok.pos_ == "VERB"
                and (low in OBJECT_CUES or any((low, c.lower_) in PREP_CUES for c in tok.children))
            ):
                comp = self._object(tok, low)
                if comp is None:
                    continue
                speaker = subject_of(tok)
                if speaker is None or speaker.lower_ in ("it", "there", "that", "which"):
                    continue
                rng = self._trim(comp.left_edge.i, comp.right_edge.i + 1)
                if rng is None or rng[1] - rng[0] < 2:
                    continue
                spans = [(doc[rng[0]].idx, self.char_end(rng[1] - 1))]
            elif tok.pos_ == "NOUN" and low in CUE_NOUNS:
                for child in tok.children:
                    if child.dep_ in ("acl", "ccomp") and any(
                        c.lower_ == "that" and c.dep_ == "mark" for c in child.children
                    ):
                        comp = child
                        break
                if comp is None:
                    continue
                speaker = subject_of(tok)
                rng = self._trim(comp.left_edge.i, comp.right_edge.i + 1)
                if rng is None:
                    continue
                spans = [(doc[rng[0]].idx, self.char_end(rng[1] - 1))]
            else:
                continue
            if _overlaps(taken_sorted, spans):
                continue
            kind = "mixed" if any(self.in_quote[self.tok_at(s)] for s, _ in spans) else "indirect"
            if kind == "indirect":
                s0, e0 = spans[0][0], spans[-1][1]
                if any(self.in_quote[i] for i in range(self.tok_at(s0), self.tok_at(e0 - 1) + 1)):
                    kind = "mixed"
            out.append(Attribution(spans=spans, kind=kind, cue=cue, speaker=speaker, anchor=tok.i))
            for s, e in spans:
                bisect.insort(taken_sorted, (s, e))
        return out

    #: Report the object of attitude verbs ("praised the ruling", "wants to cut taxes") too.
    object_cues = True

    def _parenthetical(self, tok, low: str):
        """Content around a parenthetical cue ("The plan, he said, will fail"): its clause."""
        if tok.dep_ != "parataxis" or low not in SPEECH_VERBS:
            return None
        speaker = subject_of(tok)
        if speaker is None:
            return None
        head = tok.head
        c_s, c_e = tok.left_edge.i, tok.right_edge.i + 1
        parts = [self._trim(head.left_edge.i, c_s), self._trim(c_e, head.right_edge.i + 1)]
        spans = [
            (self.doc[a].idx, self.char_end(b - 1))
            for a, b in (p for p in parts if p)
            if b - a >= 1
        ]
        if sum(e - s for s, e in spans) < 15:
            return None
        return spans, speaker

    def _object(self, tok, low: str):
        """The object, infinitive or prepositional complement that a cue verb reports."""
        for child in tok.rights:
            if child.dep_ in ("dobj", "xcomp") and low in OBJECT_CUES:
                return child
            if child.dep_ == "prep" and (low, child.lower_) in PREP_CUES:
                return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        return None

    def _according(self, tok):
        doc = self.doc
        head = tok.head
        speaker = subject_of(tok)
        if speaker is None or head is tok:
            return None
        a_s, a_e = tok.left_edge.i, tok.right_edge.i + 1
        h_s, h_e = head.left_edge.i, head.right_edge.i + 1
        left = self._trim(h_s, a_s)
        right = self._trim(a_e, h_e)
        parts = [r for r in (left, right) if r and r[1] - r[0] >= 3]
        if not parts:
            return None
        return [(doc[s].idx, self.char_end(e - 1)) for s, e in parts], speaker


def te_of(att: Attributor, q: Marked) -> int:
    """Index of the first token after a marked quote's content."""
    return att.tok_at(q.end - 1) + 1


def _overlaps(sorted_spans: list[tuple[int, int]], spans: list[tuple[int, int]]) -> bool:
    for s, e in spans:
        i = bisect.bisect_left(sorted_spans, (s, s))
        for j in (i - 1, i):
            if 0 <= j < len(sorted_spans):
                s2, e2 = sorted_spans[j]
                if min(e, e2) > max(s, s2):
                    return True
        k = i
        while k < len(sorted_spans) and sorted_spans[k][0] < e:
            return True
    return False
