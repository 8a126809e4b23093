"""Stage 3b, reported speech from the parse: the document -> ``Candidate`` values.

"X said (that) …", "according to X, …", "The plan, he said, will fail", "X's claim that …",
and the object a stance verb reports ("X praised the ruling"). Each needs a subject to speak,
leaves out text already taken by quotes in marks and cues they used.
"""

from __future__ import annotations

import bisect

import numpy
from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS

from .candidates import PARSE, Candidate
from .lexicon import (
    ADDRESSEE_VERBS,
    AFFILIATE_NOUNS,
    AUDIENCE_NOUNS,
    CITING_VERBS,
    CLAUSE_CUES,
    CUE_NOUNS,
    GO_BETWEENS,
    MARKED_ONLY,
    MEANS_OF_TELLING,
    NAMED_LABELS,
    OBJECT_CUES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PREP_CUES,
    QUESTION_VERBS,
    REQUEST_VERBS,
    SPEECH_VERBS,
)
from .syntax import (
    CLAUSE_SUBJECTS,
    by_their_account,
    clause_after_an_object_and_aside,
    closing_cue,
    continues_the_report,
    cue_of_a_clause_inside,
    has_right_complement,
    infinitive,
    is_cue_verb,
    name_opening_a_misread_aside,
    object_misread,
    participle_set_off,
    past_a_time,
    past_the_hearer,
    report_end,
    reports_after_preposition,
    said_by_a_subject_after,
    said_by_an_acronym,
    source_hung_in_the_content,
    subject_of,
    that_after_the_medium,
    that_clause,
)
from .view import DocView, in_dateline

#: What the parser may hang an opening "according to" on instead of the clause's verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
#: Nouns for who may speak: a person, a spokesperson, an organisation.
_SPEAKER_NOUNS = PERSON_NOUNS | AFFILIATE_NOUNS | ORG_NOUNS


def reported_candidates(
    view: DocView, taken: list[tuple[int, int]], used: frozenset[int]
) -> tuple[Candidate, ...]:
    """(view, character spans already taken, cue tokens already used) -> the candidates."""
    return _ReportedScan(view, used).run(taken)


#: Pronouns that may open a parenthetical cue as its subject ("The plan, *he* told them, …").
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
#: Parts of speech of the words that may cue reported speech ("said", "claim"), besides
#: "according".
_CUE_POS = tuple(IDS[p] for p in ("VERB", "AUX", "NOUN"))


def _may_cue(doc) -> list:
    """The tokens that may cue a report: verbs, nouns and "according" (read as arrays: spaCy
    builds a token and its strings anew on every access)."""
    tags = doc.to_array([POS, LOWER])
    cues = tags[:, 1] == doc.vocab.strings["according"]
    for pos in _CUE_POS:
        cues |= tags[:, 0] == pos
    return [doc[i] for i in numpy.flatnonzero(cues).tolist()]


def _after_their_report_first(tok) -> tuple[bool, int]:
    """Sort key: tokens in text order, verbs of saying that follow the clause they report, a
    comma between, no semicolon in it and no verb of saying at its head, first ("Lawmakers
    backed tougher rules, two people familiar with the matter said": the people's report holds
    the lawmakers' stance)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in SPEECH_VERBS:
        return (True, tok.i)
    apposed = _cue_after_an_apposed_source(tok)  # "…, the Transport Accident … Board said"
    if apposed is not None:
        reported = tok.head
        return (reported.lemma_.lower() in SPEECH_VERBS, tok.i)
    hung = source_hung_in_the_content(tok)  # "…, the United Nurses of Alberta says"
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), hung or tok)
    comma = subject.left_edge.i - 1  # the comma before "two people … said"
    if comma < 1 or tok.doc[comma].text != ",":
        return (True, tok.i)
    clause = next(
        (
            c
            for c in tok.children
            if c.dep_ == "ccomp" and (c.right_edge.i + 1 == comma or hung is not None)
        ),
        None,
    )
    start = clause.left_edge.i if clause is not None else tok.head.i
    if clause is None and not (tok.dep_ == "parataxis" and tok.head.i < comma):
        return (True, tok.i)
    reported = clause if clause is not None else tok.head
    if reported.lemma_.lower() in SPEECH_VERBS:  # "X has warned that …, TASS cited him as
        return (True, tok.i)  # saying": the report inside is the quote
    return (any(t.text == ";" for t in tok.doc[start:comma]), tok.i)  # no two sentences


class _ReportedScan:
    """One pass over the tokens of a document for reported speech."""

    def __init__(self, view: DocView, used: frozenset[int]) -> None:
        self.view = view
        self.used = used

    def run(self, taken: list[tuple[int, int]]) -> tuple[Candidate, ...]:
        """'X said (that) ...', 'according to X, ...' and "X's claim that ..." from the parse."""
        doc = self.view.doc
        out: list[Candidate] = []
        taken_sorted = sorted(taken)
        # only a verb, a noun or "according" can cue a report: the others are passed over
        for tok in sorted(_may_cue(doc), key=_after_their_report_first):
            if self.view.in_quote[tok.i]:
                continue
            low = tok.lemma_.lower()
            if tok.i in self.used and not has_right_complement(tok):
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
            elif (aside := _aside_cue_read_as_a_noun(tok)) is not None:
                (before, after), speaker = aside
                spans = self._around_the_aside(tok, before, after, shortest_first=1)
                if spans is None:
                    continue
            elif by_their_account(tok) is not None:
                res = self._by_their_account(tok)
                if res is None:
                    continue
                spans, speaker = res
                cue = list(doc[tok.head.i : tok.i + 1])
            elif is_cue_verb(tok, CLAUSE_CUES):
                # "… this past weekend (her campaign later said that she has pneumonia)": in
                # brackets, the "that" clause after the cue before a clause hung on it before
                bracketed = any(c.text == "(" and c.i < tok.i for c in tok.children)
                that_first = sorted(
                    tok.children, key=lambda c: not (bracketed and that_clause(c) and c.i > tok.i)
                )
                misread = _subject_read_into_a_clause(tok)
                if misread is not None:  # "The union, which is seeking … a 19 percent raise
                    that_first = [misread[1]]  # over three years, said …": "raise" a verb
                for child in that_first:
                    if (
                        child.dep_ == "ccomp"
                        and not _misread_relative_clause(tok, child)
                        and not _label_before_a_colon(tok, child)
                        # "OTTAWA —" parsed as a clause of its own
                        and not all(in_dateline(doc, t.i) for t in child.subtree)
                        # "Lena Hartmann, a scientist who co-authored it, said": her aside
                        and name_opening_a_misread_aside(tok) not in child.subtree
                        and not _runs_into_the_subject(tok, child)
                        and not _participle_of_an_opening_phrase(tok, child)
                        and not _name_read_as_a_clause(child)
                        and not _absolute_phrase(tok, child)
                    ):
                        comp = child
                        break
                comp = comp or _told_clause(tok) or clause_after_an_object_and_aside(tok)
                medium_that = that_after_the_medium(tok)
                after_a_phrase = comp is None and medium_that is None
                if after_a_phrase:
                    comp = _that_clause_after_a_phrase(tok)
                swapped = _speaker_in_the_content(tok, comp) if comp is not None else None
                if swapped is not None:  # "Prices, said Anna Smith, an economist, will rise"
                    parts = (
                        self.view.trim(tok.left_edge.i, tok.i - 1),
                        self.view.trim(_closing_comma(swapped) + 1, report_end(comp)),
                    )
                    spans = [(doc[p[0]].idx, self.view.char_end(p[1] - 1)) for p in parts if p]
                    speaker, comp = swapped, tok
                elif medium_that is not None:  # "said in a statement read out that …"
                    spans = self._from_medium_that(medium_that, tok)
                    if not spans:
                        continue
                    speaker = subject_of(tok)
                    comp = tok
                elif comp is None:
                    # "The plan, he said, will fail"; else "accused Moscow of targeting …"
                    res = self._parenthetical(tok, low)
                    if res is None and (_charge(tok) is not None or reports_after_preposition(tok)):
                        res = self._object_report(tok, low)
                    if res is None:
                        continue
                    spans, speaker = res
                    comp = tok
                else:
                    speaker = subject_of(tok) if misread is None else misread[0]
                    spans = []
                if low in CITING_VERBS:
                    speaker = next((c for c in tok.children if c.dep_ == "dobj"), None)
                    if speaker is None or not any(c.lower_ == "as" for c in tok.children):
                        continue
                elif low in MARKED_ONLY and not reports_after_preposition(tok):
                    continue  # "called" needs marks, "called for" does not
                if _no_source(speaker, tok) or _an_amount_as_object(tok):
                    continue
                if not spans:
                    start = object_misread(tok, comp) or past_a_time(comp, comp.left_edge.i)
                    if low in ADDRESSEE_VERBS:
                        start = past_the_hearer(doc, start)
                    relative = _relative_before_the_cue(tok, comp)
                    if relative is not None:
                        start = min(t.i for t in comp.subtree if t.i > tok.i)
                    end = _clauses_end(tok, comp)
                    if after_a_phrase:  # "… that he and Fox News had talked *but that …*"
                        end = max(end, tok.right_edge.i + 1)
                    rng = self.view.trim(start, end)
                    if rng is None or rng[1] - rng[0] < 2:
                        continue
                    spans = self._around_the_cue(tok, speaker, rng)
                    if relative is not None:
                        spans.insert(0, (relative.idx, relative.idx + len(relative.text)))
            elif tok.pos_ == "VERB" and (low in OBJECT_CUES or reports_after_preposition(tok)):
                res = self._object_report(tok, low)
                if res is None:
                    continue
                spans, speaker = res
            elif tok.pos_ == "NOUN" and low in CUE_NOUNS:
                for child in tok.children:
                    if (
                        child.dep_ in ("acl", "ccomp")
                        and any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children)
                    ) or _misread_that_clause(child):
                        comp = child
                        break
                if comp is None:
                    continue
                speaker = subject_of(tok)
                verb = _speaking_in(tok)
                if speaker is None and verb is not None:
                    speaker, cue = subject_of(verb), [verb]
                rng = self.view.trim(comp.left_edge.i, comp.right_edge.i + 1)
                if rng is None:
                    continue
                spans = [(doc[rng[0]].idx, self.view.char_end(rng[1] - 1))]
            else:
                continue
            if _overlaps(taken_sorted, spans):
                spans = self._before_the_taken(tok, spans, taken_sorted)
                if spans is None:
                    continue
            kind = (
                "mixed"
                if any(self.view.in_quote[self.view.tok_at(s)] for s, _ in spans)
                else "indirect"
            )
            if kind == "indirect":
                s0, e0 = spans[0][0], spans[-1][1]
                if any(
                    self.view.in_quote[i]
                    for i in range(self.view.tok_at(s0), self.view.tok_at(e0 - 1) + 1)
                ):
                    kind = "mixed"
            out.append(
                Candidate(
                    spans=tuple(spans),
                    kind=kind,
                    origin=PARSE,
                    cue=tuple(cue),
                    anchor=tok.i,
                    subject=speaker,
                )
            )
            for s, e in spans:
                bisect.insort(taken_sorted, (s, e))
        return tuple(sorted(out, key=lambda c: c.anchor))  # in the order of their cues

    def _from_medium_that(self, start: int, cue) -> list[tuple[int, int]]:
        """Content spans from the "that" after the medium to the end of the cue's clause."""
        rng = self.view.trim(start, cue.right_edge.i + 1)
        if rng is None or rng[1] - rng[0] < 3:
            return []
        return [(self.view.doc[rng[0]].idx, self.view.char_end(rng[1] - 1))]

    def _before_the_taken(self, cue, spans, taken: list[tuple[int, int]]):
        """A report's one span after its cue, cut at the last comma before a quotation in
        marks that a verb of its own introduces at its end ("said the hospital had relied on
        one doctor, *a situation she described as “unsustainable.”*", "…, *producing a curve
        she described as “…”*": what she said first is a quote of its own), when at least three
        words are left; of a report in spans around its cue, those no quotation takes when the
        first, before the cue, is a clause ("It would not interfere …, an official said,
        *describing lodging taxes as “…”*"); None otherwise."""
        doc = self.view.doc
        if len(spans) > 1:
            free = [sp for sp in spans if not _overlaps(taken, [sp])]
            if not free or free[0] != spans[0] or free[0][1] > cue.idx:
                return None  # the words before the cue kept, not an object after it
            words = doc[self.view.tok_at(free[0][0]) : self.view.tok_at(free[0][1] - 1) + 1]
            clause = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)
            return free if clause and sum(t.is_alpha for t in words) >= 3 else None
        (s, e) = spans[0]
        later = [ts for ts, te in taken if te > s and ts < e]
        if not later or min(later) <= s:
            return None
        first, stop = self.view.tok_at(s), self.view.tok_at(min(later))
        comma = next((i for i in range(stop - 1, first, -1) if doc[i].text == ","), None)
        if comma is None or cue.pos_ != "VERB" or cue.i >= first:
            return None
        # "…, a situation she described as", "…, what he called", and after what was said in
        # a clause "…, producing a curve she described as" (not "slammed a lawsuit …, calling")
        clause = any(c.dep_ == "ccomp" for c in cue.children)
        participle = doc[comma + 1].tag_ == "VBG" and clause
        if doc[comma + 1].pos_ not in ("DET", "PRON") and not participle:
            return None
        if not any(t.pos_ == "VERB" and is_cue_verb(t) for t in doc[comma:stop]):
            return None
        rng = self.view.trim(first, comma)
        if rng is None or sum(1 for t in doc[rng[0] : rng[1]] if t.is_alpha) < 3:
            return None
        return [(doc[rng[0]].idx, self.view.char_end(rng[1] - 1))]

    def _parenthetical(self, tok, low: str):
        """Content around a parenthetical cue ("The plan, he said, will fail"): its clause; also
        of a cue after a comma at the end of the sentence that the parser hung on the content
        as its clause ("Officers found the victim, Const. Dani McKinnon told reporters") or
        read as describing a noun ("… her tour, a representative for the singer confirmed")."""
        misread = (
            _cue_read_as_a_description(tok)
            or _cue_after_a_fragment(tok)
            or _cue_after_a_second_subject(tok)
            or _cue_after_an_apposed_source(tok)
            or _inverted_cue_after_a_misread_clause(tok)
            or _closing_cue_read_as_relative(tok)
            or _closing_cue_after_an_acronym_read_as_who(tok)
        )
        opening = tok.sent.start
        if misread is None and (split := _cue_split_off_at_its_comma(tok)) is not None:
            misread, opening = split, self.view.doc[split[0] - 1].sent.start  # "… by 2033" +
            # ", Industry and Trade Minister Ondřej Matoušek said": the sentence before
        if misread is not None:
            comma, speaker = misread
            rng = self.view.trim(opening, comma)
            if rng is None or rng[1] - rng[0] < 3:
                return None
            return [(self.view.doc[rng[0]].idx, self.view.char_end(rng[1] - 1))], speaker
        aside = _aside_read_as_the_root(tok)
        if aside is not None:
            (before, after), speaker = aside
            spans = self._around_the_aside(tok, before, after, shortest_first=3)
            return None if spans is None else (spans, speaker)
        comma = _comma_before_a_last_clause(tok)
        clause = _clause_of_a_cue_read_as_relative(tok)
        if tok.dep_ != "parataxis" and comma is None and clause is None:
            return None
        if low not in SPEECH_VERBS:
            return None
        speaker = subject_of(tok)
        if speaker is None:
            return None
        head = tok.head if clause is None else clause
        c_s, c_e = tok.left_edge.i if comma is None else comma, tok.right_edge.i + 1
        right = self.view.trim(c_e, head.right_edge.i + 1)
        if right is not None and head.i < c_s and _background(self.view.doc[right[0]], head):
            right = None
        parts = [self.view.trim(head.left_edge.i, c_s), right]
        spans = [
            (self.view.doc[a].idx, self.view.char_end(b - 1))
            for a, b in (p for p in parts if p)
            if b - a >= 1
        ]
        if sum(e - s for s, e in spans) < 15:
            return None
        return spans, speaker

    def _object_report(self, tok, low: str):
        """Content and speaker of a cue verb that reports its object ("Clinton praised the
        ruling", "accused Moscow of targeting the grid"), or None."""
        comp = self._object(tok, low)
        if comp is None:
            return None
        speaker = subject_of(tok)
        if _no_source(speaker, tok) or speaker.lower_ in ("that", "which"):
            return None
        start = comp.left_edge.i
        if comp.dep_ in ("pobj", "pcomp"):  # "warned parties against making statements": who
            # was warned, with what they were warned against
            warned = next((c for c in tok.rights if c.dep_ == "dobj" and c.i < comp.i), None)
            start = warned.left_edge.i if warned is not None else start
        rng = self.view.trim(start, _charge_end(tok, comp) + 1)
        if rng is None or rng[1] - rng[0] < 2 or rng[0] <= speaker.i < rng[1]:
            return None
        return [(self.view.doc[rng[0]].idx, self.view.char_end(rng[1] - 1))], speaker

    def _object(self, tok, low: str):
        """The object, infinitive or prepositional complement that a cue verb reports."""
        for child in tok.rights:
            if child.dep_ in ("dobj", "xcomp") and low in OBJECT_CUES:
                return child
            if child.dep_ == "dobj" and low in REQUEST_VERBS and _charge(tok) is not None:
                return child  # "asked the FAA to explain why …"
            if child.dep_ == "prep" and (low, child.lower_) in PREP_CUES:
                return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        return None

    def _around_the_cue(self, cue, subject, rng: tuple[int, int]) -> list[tuple[int, int]]:
        """The content spans of the token range ``rng``, on either side of the cue and its
        subject when the report runs on past them ("He will receive no severance payment,
        *the airline said*, but will keep shares …")."""
        doc, (s, e) = self.view.doc, rng
        before = subject is not None and subject.i < cue.i
        left = subject.left_edge.i if before else cue.i
        right = cue.i if before or subject is None else max(cue.i, subject.right_edge.i)
        parts = [(s, e)]
        if s < left and right < e - 1:
            parts = [p for p in (self.view.trim(s, left), self.view.trim(right + 1, e)) if p]
        return [(doc[a].idx, self.view.char_end(b - 1)) for a, b in parts]

    def _around_the_aside(self, tok, before: int, after: int, shortest_first: int):
        """The content spans of ``tok``'s sentence on either side of the aside between the
        commas at ``before`` and ``after``: the words before it (``shortest_first`` tokens at
        least) and after it (three at least); None when there are too few."""
        parts = [
            self.view.trim(tok.sent.start, before),
            self.view.trim(after + 1, tok.sent.end),
        ]
        if any(p is None for p in parts):
            return None
        if parts[0][1] - parts[0][0] < shortest_first or parts[1][1] - parts[1][0] < 3:
            return None
        return [(self.view.doc[a].idx, self.view.char_end(b - 1)) for a, b in parts]

    def _by_their_account(self, tok):
        """(the "account" of "by his own account") -> the content spans of the clause the
        phrase is set on, around it, and the account's owner; None with fewer than three
        words."""
        doc = self.view.doc
        prep, head = tok.head, tok.head.head
        a_s, a_e = prep.left_edge.i, prep.right_edge.i + 1
        left = self.view.trim(head.left_edge.i, a_s)
        right = self.view.trim(a_e, head.right_edge.i + 1)
        parts = [r for r in (left, right) if r and r[1] - r[0] >= 3]
        if not parts:
            return None
        spans = [(doc[s].idx, self.view.char_end(e - 1)) for s, e in parts]
        owner = by_their_account(tok)
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if owner.pos_ == "PRON" and subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return spans, subject  # "By her own account, Marta Keller has never …": hers
        return spans, owner

    def _according(self, tok):
        doc = self.view.doc
        head = tok.head
        while head.dep_ in _SUBJECTS and head.head.i != head.i and head.i > tok.i:
            head = head.head  # the parser hung the phrase on the clause's subject
        misread = _source_read_as_the_subject(tok)
        if misread is not None:  # "According to Finance Director Howard Pemberton, the
            source, start = misread  # withdrawal … would still leave …": the parser's
            rng = self.view.trim(start, head.right_edge.i + 1)  # subject is the source
            if rng is None or rng[1] - rng[0] < 3:
                return None
            return [(doc[rng[0]].idx, self.view.char_end(rng[1] - 1))], source
        speaker = subject_of(tok)
        if speaker is None:
            return None
        if head.i == tok.i:  # the parser made the phrase the root: the rest of its sentence
            a_e = doc[tok.i + 1].right_edge.i + 1
            rest = self.view.trim(a_e, tok.sent.end)
            if tok.i != tok.sent.start or rest is None or rest[1] - rest[0] < 3:
                return None
            return [(doc[rest[0]].idx, self.view.char_end(rest[1] - 1))], speaker
        a_s, a_e = tok.left_edge.i, tok.right_edge.i + 1
        if head.pos_ == "VERB" and said_by_a_subject_after(head, a_e) and _reports_a_clause(head):
            return None  # "According to a recording …, she said …": the verb reports her words
        if _name_after_the_source(tok, head, a_e):  # "…, according to her agency, Rift Sports."
            speaker, a_e, head = head, head.right_edge.i + 1, head.head
        named = _name_after_a_role(doc, speaker)
        if named is not None:  # "according to teammate Jonah Whitecloud, who said …"
            speaker, a_e = named, max(a_e, named.i + 1)
        own = _own_name_after_the_source(doc, speaker, a_e)
        if own is not None:  # "According to the consumer group Which Way, the closures …"
            speaker, a_e = doc[own - 1], own
        named = _name_set_off_after(doc, a_e) if tok.is_sent_start else None
        if named is not None:  # "According to the agency's head, Dr. Ibrahim Yusuf, the …"
            speaker, a_e = named, named.i + 2
        joined = _second_role_and_name(doc, a_e) if tok.is_sent_start else None
        if joined is not None:  # "According to rugby writer and former coach Frikkie Bester,"
            speaker, a_e = joined, joined.i + 1
        closing = _name_closing_the_sentence(doc, a_e) if not tok.is_sent_start else None
        if closing is not None:  # "…, according to the school's principal, Mrs Bih Esther Ngwa."
            speaker, a_e = closing, closing.i + 1
        subject = _subject_taken_for_an_apposition(speaker, head)
        if subject is not None:  # "According to Statistics Canada, the sector employed …"
            a_e = subject.left_edge.i
        h_s, h_e = head.left_edge.i, head.right_edge.i + 1
        h_s = min(h_s, _first_of_the_joined(head, a_s).left_edge.i)
        h_e = min(h_e, _source_described_after(doc, a_e) or h_e)
        left = self.view.trim(h_s, a_s)
        right = self.view.trim(a_e, h_e)
        parts = [r for r in (left, right) if r and r[1] - r[0] >= 3]
        if not parts:
            return None
        return [(doc[s].idx, self.view.char_end(e - 1)) for s, e in parts], speaker


def _source_read_as_the_subject(according):
    """(source, first token of the content) when the parser left "according to" without its
    object and made the source the subject of the clause after it, with that clause's own
    subject an apposition set off after it ("According to Finance Director Howard Pemberton,
    the withdrawal of $85 million would still leave …"); else None."""
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None or any(c.dep_ == "pobj" for c in to.children):
        return None
    verb = according.head
    source = next(
        (c for c in verb.children if c.dep_ in _SUBJECTS and c.left_edge.i == to.i + 1), None
    )
    if source is None or source.pos_ not in ("PROPN", "NOUN"):
        return None
    apposed = next((c for c in source.children if c.dep_ == "appos" and c.i > source.i), None)
    if apposed is None or source.doc[apposed.left_edge.i - 1].text != ",":
        return None
    return source, apposed.left_edge.i


def _first_of_the_joined(head, source_start: int):
    """The first of the clauses joined to ``head`` when an "according to" source after them all
    closes the sentence ("All passengers were taken off safely …, and no one was hurt, according
    to the coast guard": both are its words), unless the words before ``head`` report words of
    their own ("…, as the Times reported, and he will …"); else ``head``."""
    first = head
    while first.dep_ == "conj" and first.head.i < first.i and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first is head or source_start < head.i:
        return head
    before = head.doc[first.left_edge.i : head.left_edge.i]
    reported = any(t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS for t in before)
    return head if reported else first


#: What a name set off after an "according to" source may be.
_NAMED = frozenset({"PERSON", "ORG"})


def _name_closing_the_sentence(doc, end: int):
    """The last word of a person's or an organisation's name set off by a comma right after a
    closing "according to" source and ending the sentence ("…, according to the school's
    principal, Mrs Bih Esther Ngwa.", "…, according to the auction house, Beckwith & Lowe."),
    else None."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].ent_type_ not in _NAMED:
        return None
    last = end + 1
    while last + 1 < len(doc) and doc[last + 1].ent_iob_ == "I":
        last += 1
    after = doc[last + 1] if last + 1 < len(doc) else None
    return doc[last] if after is None or after.text in (".", "!", "?") else None


def _runs_into_the_subject(verb, clause) -> bool:
    """A clause before the verb that ends in its own verb and runs into the verb's subject
    with no stop or mark between them ("Former Springbok lock *turned* SuperSport analyst Morné
    Visagie said"): a role the parser read as a clause, not words reported before their
    source."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and clause.i < subject.i < verb.i
        and clause.right_edge == clause
        and subject.left_edge.i == clause.i + 1
    )


def _subject_read_into_a_clause(verb):
    """(subject, clause) when ``verb`` has no subject and a clause on either side, the one
    before opening the sentence with a subject that a relative clause describes: the parser
    read a word of that relative clause as a verb ("The union, which is seeking … and a 19
    percent *raise* over three years, said hospital management had rejected …"), or a question
    put to it set off after it ("A spokesperson …, *asked* at a regular briefing about …,
    said"); the subject speaks and the clause after the verb is what it said. None
    otherwise."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    if len(before) != 1 or not after:
        return None
    clause = before[0]
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.sent.start:
        return None
    described = any(c.dep_ == "relcl" for c in subject.children)
    # "A spokesperson for the foreign ministry, asked at a regular briefing about …, said":
    # the participle set off after the subject, read as its verb
    asked = (
        clause.lemma_.lower() in QUESTION_VERBS
        and clause.tag_ in ("VBD", "VBN")
        and clause.doc[clause.i - 1].text == ","
    )
    if not ((described or asked) and subject.pos_ in ("NOUN", "PROPN")):
        return None
    return subject, after[0]


def _absolute_phrase(verb, clause) -> bool:
    """A phrase with no verb set off by a comma after the cue, which the parser read as its
    clause ('…," Hennessey answered, *his voice barely audible* over the video link'): how it
    was said, not what."""
    doc = clause.doc
    children = list(clause.children)
    # '…," Sampson-Boudreau said, *her voice breaking*': a participle with a subject of its own
    absolute = clause.tag_ == "VBG" and any(
        c.dep_ in ("nsubj", "compound") and c.pos_ == "NOUN" for c in children
    )
    return (
        clause.i > verb.i
        and (clause.pos_ in ("ADJ", "ADV", "ADP") or absolute)
        and not any(c.dep_ in ("aux", "auxpass", "cop", "mark") for c in children)
        and doc[clause.left_edge.i - 1].text == ","
    )


def _name_read_as_a_clause(clause) -> bool:
    """A clause that is only a name in capitals with small words, right after a noun in lower
    case and ending its sentence, which the parser read as a clause ("told the local
    newspaper *Correio do Vale*.")."""
    words = [t for t in clause.subtree if not t.is_punct]
    kind = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    if kind is None or kind.pos_ != "NOUN" or not kind.is_lower:
        return False
    after = (
        clause.doc[clause.right_edge.i + 1] if clause.right_edge.i + 1 < len(clause.doc) else None
    )
    return (
        len(words) >= 2
        and words[0].is_title
        and words[-1].is_title
        and all(t.is_title or (t.is_lower and len(t) <= 3) for t in words)
        and (after is None or after.text in (".", "\n"))
    )


def _participle_of_an_opening_phrase(verb, clause) -> bool:
    """A participle with no subject in a phrase opening the sentence before the verb ("In a
    written statement *read* to the court, Marisol Echeverría … said", the participle tagged
    a past tense too), a participle with a subject of its own there ("*Her voice breaking*,
    she said") or set off with no clause of its own ("*Speaking on BBC Radio 4*, he said"), or
    a relative clause the parser read as a clause ("In a call with staff, a recording of which
    was *heard* by Publishers Ledger, Adebayo-Stern said"): where and how it was said, not
    what."""
    if clause.i > verb.i:
        return False
    children = list(clause.children)
    doc = clause.doc
    after = clause.right_edge.i + 1
    if clause.pos_ == "NOUN" and after < len(doc) and doc[after].text == ",":
        # "*Speaking on BBC Radio 4's Today programme*, he said": the noun read as the clause
        opening = clause.left_edge
        if opening.tag_ == "VBG" and opening.dep_ == "advcl" and opening.is_sent_start:
            return True
    if clause.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in children):
        # "*Speaking to reporters*, Ellington-Boyd said": where
        opening = clause.left_edge.is_sent_start and clause.right_edge.i + 1 < len(doc)
        set_off = opening and doc[clause.right_edge.i + 1].text == ","
        own = any(c.dep_ in ("nsubj", "ccomp", "mark") for c in children)
        return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in children) or (
            set_off and not own
        )  # absolute, or a participle of where or how
    subject = next((c for c in children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None:  # "a recording of which", "the man whose …"
        of_which = (g for c in subject.children if c.lower_ == "of" for g in c.children)
        whose = (c for c in subject.children if c.dep_ == "poss")
        return any(t.lower_ in ("which", "whom", "whose") for t in (*of_which, *whose))
    return (
        clause.tag_ in ("VBN", "VBD")
        and clause.doc[clause.left_edge.i].pos_ == "ADP"
        and clause.left_edge.is_sent_start
        and not any(c.dep_ in ("aux", "auxpass") for c in children)
    )


def _reports_a_clause(verb) -> bool:
    """The verb has a clause of its own to report."""
    return any(c.dep_ == "ccomp" for c in verb.children)


def _name_after_the_source(according, head, end: int) -> bool:
    """The parser hung "according to" on the name set off after its source at the end of the
    sentence, joining that name to the clause the source reports ("Kiptoo will race next
    month, according to her management company, *Rift Valley Sports*.")."""
    doc = according.doc
    return (
        head.pos_ == "PROPN"
        and head.dep_ in ("conj", "appos")
        and head.head.i < according.i < head.i
        and end < len(doc)
        and doc[end].text == ","
        and end + 1 <= head.i
        and all(t.pos_ == "PROPN" for t in doc[end + 1 : head.i + 1])
        and all(t.is_punct for t in doc[head.right_edge.i + 1 : head.sent.end])
    )


def _own_name_after_the_source(doc, source, end: int) -> int | None:
    """Where the name of an "according to" source described by its kind ends when the name
    comes right after it, before a comma, which the parser joined to the reported clause
    ("According to the consumer group *Which Way*, the closures …"), else None."""
    if source.i != end - 1 or (
        source.lemma_.lower() not in ORG_NOUNS and source.lemma_.lower() not in PERSON_NOUNS
    ):
        return None
    if end >= len(doc) or doc[end].ent_iob_ != "B" or doc[end].ent_type_ not in NAMED_LABELS:
        return None
    k = end + 1
    while k < len(doc) and doc[k].ent_iob_ == "I":
        k += 1
    return k if k < len(doc) and doc[k].text == "," else None


def _name_after_a_role(doc, source):
    """The last word of the person's name right after the role noun ``source`` that the parser
    took for the source by itself ("according to teammate *Jonah Whitecloud*"), else None."""
    k = source.i + 1
    if source.pos_ != "NOUN" or k >= len(doc) or doc[k].ent_type_ != "PERSON":
        return None
    if doc[k].ent_iob_ != "B":
        return None
    while k + 1 < len(doc) and doc[k + 1].ent_iob_ == "I":
        k += 1
    return doc[k]


def _name_set_off_after(doc, end: int):
    """The last word of a person's name set off by commas right after an opening "according
    to" phrase that ends before token ``end`` ("According to the Director-General of the
    agency, Dr. Ibrahim Garba Yusuf, the vaccines will arrive …"), else None."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    k = end + 1
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    if k == end + 1 or k + 1 >= len(doc) or doc[k].text != ",":
        return None
    name = doc[k - 1]
    # the clause after it has a subject of its own (not "…, Cheryl Mills, a top aide, sent …")
    subject = any(c.dep_ in CLAUSE_SUBJECTS and c.i > k for c in name.head.children)
    return name if name.ent_type_ == "PERSON" and subject else None


def _second_role_and_name(doc, end: int):
    """The last word of a person's name that ends a second role joined by "and" to an opening
    "according to" source that ends before token ``end``, before a comma ("According to rugby
    writer *and former Cheetahs coach Frikkie Bester*, the …": the parser took the second role
    for the clause's subject), else None."""
    if end < len(doc) and doc[end].lower_ == "and":
        end += 1  # the "and" hangs on the second role
    if not 0 < end < len(doc) or doc[end - 1].lower_ != "and" or doc[end].ent_type_ == "PERSON":
        return None
    k = end
    while k < len(doc) and k - end < 8 and doc[k].pos_ in ("ADJ", "NOUN", "PROPN"):
        k += 1
    last = doc[k - 1]
    if k >= len(doc) or doc[k].text != "," or last.ent_type_ != "PERSON" or k == end:
        return None
    return last


def _source_described_after(doc, end: int) -> int | None:
    """Where a clause that describes the "according to" source starts, right after the phrase
    that ends before token ``end`` (", who said …", wherever the parser hung it), else None."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    who = doc[end + 1]
    return end if who.lower_ in ("who", "whom") and who.head.dep_ == "relcl" else None


def _subject_taken_for_an_apposition(source, verb):
    """The subject of the reported clause that the parser hung on the "according to" source
    as its apposition ("According to Statistics Canada, *the oil and gas sector* employed …"),
    or on a name in a clause that describes the source ("According to Daniel Okafor, who tracks
    wearables for Greyline Insight, *the market* remains tiny", also read as a conjunct there):
    the verb has no subject and the apposition runs up to it; None otherwise."""
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in CLAUSE_SUBJECTS for c in verb.children):
        return None
    doc = source.doc
    return next(
        (
            c
            for c in source.subtree
            if c.i > source.i
            and c.right_edge.i + 1 == verb.i
            and (
                (c.dep_ == "appos" and c.head == source)
                or (c.dep_ in ("appos", "conj") and doc[c.left_edge.i - 1].text == ",")
            )
        ),
        None,
    )


def _background(first, head) -> bool:
    """The words after a cue that follows its whole clause are the writer's background, not
    what was reported, when they open with a time ("…, the military said, days after the
    country warned …") or "amid"."""
    clause = next((a for a in (first, *first.ancestors) if a.head.i == head.i != a.i), None)
    timed = first.dep_ == "npadvmod" and first.ent_type_ in ("DATE", "TIME")
    return clause is not None and (timed or first.lower_ == "amid")


def _an_amount_as_object(verb) -> bool:
    """A verb "add" with an amount as its object adds no words ("employers added just 94,000
    jobs in August, in the clearest sign yet that …"); "announced four votes for …" reports."""
    return verb.lemma_.lower() == "add" and any(
        c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
        for c in verb.children
    )


def _no_source(subject, verb) -> bool:
    """Whether a cue's subject names no source: none, "there", or an "it" that is not the
    verb's own active subject ("it was said that …", "it goes without saying that …");
    "…, it said in a statement" speaks."""
    if subject is None or subject.lower_ == "there":
        return True
    return subject.lower_ == "it" and not (subject.head.i == verb.i and subject.dep_ == "nsubj")


def _charge(verb):
    """The charge after a cue verb's object ("accused Moscow *of targeting the grid*",
    "blamed the council *for the delays*") or what a request asks of it ("urged members *to
    reject the offer*"), or None."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    request = verb.lemma_.lower() in REQUEST_VERBS
    return next(
        (
            c
            for c in verb.rights
            if c.i > obj.right_edge.i
            and (
                (c.dep_ == "prep" and c.lower_ in ("of", "for"))
                or (request and c.dep_ == "xcomp" and infinitive(c))
            )
        ),
        None,
    )


def _label_before_a_colon(verb, clause) -> bool:
    """The clause before the cue ends at a colon or a semicolon: a headline's label ("Live
    updates: Pope urges leaders to …") or a clause of its own ("Storm knocks out power to
    90,000; utility warns …"), not what the cue reports."""
    after = clause.right_edge.i + 1
    return after < verb.i and verb.doc[after].text in (":", ";")


def _charge_end(verb, obj) -> int:
    """The last token of what a cue verb reports with its object: through the charge after
    it or what it asks of the object of its preposition ("calling for a special prosecutor to
    oversee …"), else the object's own last token, before a report of its own on it."""
    charge = _charge(verb) if obj.dep_ == "dobj" else None
    if charge is not None:
        return charge.right_edge.i
    if obj.dep_ == "pobj":  # "is calling for every death … to trigger a formal review"
        asked = next(
            (
                c
                for c in (*verb.rights, *obj.head.children)  # or hung on the "for"
                if c.dep_ in ("xcomp", "advcl")
                and c.i > obj.right_edge.i
                and infinitive(c)
                and c.left_edge.i == obj.right_edge.i + 1
            ),
            None,
        )
        if asked is not None:
            return asked.right_edge.i
    said = next(  # "oppose a new policy, which they say will cut …": their report
        (
            c
            for c in obj.rights
            if c.dep_ == "relcl"
            and c.lemma_.lower() in CLAUSE_CUES
            and any(
                g.dep_ == "nsubj" and g.lower_ not in ("which", "that", "who") for g in c.children
            )
        ),
        None,
    )
    if said is None:  # "defended plans to close four branches, saying …": the participle the
        # parser hung inside the object reports on its own
        said = next((t for t in obj.subtree if _saying_set_off(t) and t.i > obj.i), None)
    if said is None:
        return obj.right_edge.i
    end = said.left_edge.i - 1
    while end > obj.i and obj.doc[end].is_punct:
        end -= 1
    return end


def _saying_set_off(tok) -> bool:
    """A participle of saying after a comma, with a clause of its own (", saying the city
    cannot afford …")."""
    return (
        participle_set_off(tok)
        and tok.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ == "ccomp" for c in tok.children)
    )


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


def _comma_before_a_last_clause(verb) -> int | None:
    """Where the comma is before a cue the parser made the clause of what it reports, or
    joined to it with no conjunction, after it and ending the sentence ("Officers found the
    victim, Const. Dani McKinnon told a news conference."), only punctuation between; None
    otherwise."""
    doc = verb.doc
    joined = verb.dep_ == "conj" and _joined_without_a_conjunction(verb)
    if not (verb.dep_ == "ccomp" or joined) or verb.head.i > verb.i or verb.head.dep_ != "ROOT":
        return None
    end = verb.right_edge.i + 1
    if end < verb.sent.end and not all(t.is_punct or t.is_space for t in doc[end : verb.sent.end]):
        return None
    i = verb.left_edge.i - 1
    while i > verb.head.i and doc[i].dep_ == "punct" and doc[i].text != ",":
        i -= 1  # "Const." the parser took for punctuation
    while (
        joined and i > verb.left_edge.i - 8 and (doc[i].is_title or doc[i].lower_ in ("of", "for"))
    ):
        i -= 1  # "…, Minister of Climate Kristjan Tamm announced": the office the parser left
    return i if i > verb.head.i and doc[i].text == "," else None


def _joined_without_a_conjunction(verb) -> bool:
    """``verb`` is a conjunct of the verb before it with its own subject and no "and" or "but"
    between: a closing cue the parser joined to what it reports ("Eesti Energia will close two
    units …, Minister of Climate Kristjan Tamm announced on Tuesday.")."""
    doc = verb.doc
    between = doc[verb.head.i + 1 : verb.i]
    own = any(c.dep_ == "nsubj" for c in verb.lefts)
    return own and not any(
        t.dep_ in ("cc", "preconj") or t.lower_ in ("and", "but", "or") for t in between
    )


def _clause_of_a_cue_read_as_relative(verb):
    """The verb of the sentence a cue set off by commas interrupts, when the parser read the cue
    as a relative clause of the sentence's subject ("The reserve, *he told trustees*, is
    committed to repairs": "told" describing "reserve"), its own subject first and a pronoun or
    a name; None otherwise."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    words = [t for t in verb.subtree if not t.is_punct]
    doc = verb.doc
    first, last = words[0], words[-1]
    if first.i == 0 or last.i + 1 >= len(doc) or doc[first.i - 1].text != ",":
        return None
    if doc[last.i + 1].text != "," or first.dep_ != "nsubj" or first.head.i != verb.i:
        return None
    named = first.lower_ in _SUBJECT_PRONOUNS or first.pos_ == "PROPN"
    return verb.head.head if named and verb.head.head.i > last.i else None


def _closing_cue_read_as_relative(verb) -> tuple[int, object] | None:
    """Of a cue with its subject after a comma ending the sentence that the parser read as a
    relative clause of a noun before ("… a final tour aboard the International Space Station,
    *the European Space Federation announced* on Thursday."): (the comma, the subject) when the
    subject names someone; None otherwise."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in SPEECH_VERBS or verb.tag_ != "VBD":
        return None
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    doc = verb.doc
    if subject is None or subject.left_edge.i < 1 or doc[subject.left_edge.i - 1].text != ",":
        return None
    if any(c.dep_ not in ("nsubj", "prep", "npadvmod", "advmod", "punct") for c in verb.children):
        return None
    if not all(t.is_punct or t.is_space for t in doc[verb.right_edge.i + 1 : verb.sent.end]):
        return None
    named = subject.pos_ == "PROPN" or subject.lemma_.lower() in _SPEAKER_NOUNS
    return (subject.left_edge.i - 1, subject) if named else None


def _closing_cue_after_an_acronym_read_as_who(verb) -> tuple[int, object] | None:
    """Of a cue closing the sentence whose subject, set off by a comma, ends in "the WHO",
    which the parser read as the pronoun opening a relative clause ("…, a spokesperson for the
    WHO said in Geneva."): (the comma, the subject's noun); None otherwise."""
    if not said_by_an_acronym(verb):
        return None
    head = verb.head
    while head.dep_ in ("pobj", "prep") and head.head.i < head.i:
        head = head.head
    doc = verb.doc
    start = head.left_edge.i
    if head.pos_ not in ("NOUN", "PROPN") or start < 1 or doc[start - 1].text != ",":
        return None
    return start - 1, head


def _cue_read_as_a_description(verb) -> tuple[int, object] | None:
    """Of a ``closing_cue`` after a comma ("She has cancelled her tour, *a representative for
    the singer confirmed* on Sunday."): (the comma, the head of the words between: its
    subject), when that names a person or an organisation; None otherwise."""
    doc = verb.doc
    if not closing_cue(verb):
        return None
    comma = next((i for i in range(verb.i - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or not comma + 1 <= verb.head.i < verb.i:
        return None
    noun = doc[comma + 1 : verb.i].root
    speaker_like = noun.lemma_.lower() in _SPEAKER_NOUNS or noun.ent_type_ in ("PERSON", "ORG")
    return (comma, noun) if noun.pos_ in ("NOUN", "PROPN") and speaker_like else None


def _cue_after_a_fragment(verb) -> tuple[int, object] | None:
    """Of a cue set off by commas after words the parser left as a fragment with a verb in it
    ("Gross margin narrowed by 60 basis points, *she told analysts*, as …"): (the comma before
    the subject, the subject); None otherwise."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS or subject is None:
        return None
    comma = subject.left_edge.i - 1
    if comma <= verb.sent.start or doc[comma].text != ",":
        return None
    fragment = next((c for c in verb.lefts if c.dep_ == "dep"), None)
    if fragment is None or fragment.left_edge.i != verb.sent.start:
        return None
    if fragment.right_edge.i + 1 != comma or not any(t.pos_ == "VERB" for t in fragment.subtree):
        return None
    return comma, subject


def _cue_split_off_at_its_comma(verb) -> tuple[int, object] | None:
    """Of a verb of saying whose sentence the parser opened at the comma before its subject,
    ending the words it reports a sentence before in the same paragraph ("PRAGUE — The Czech
    government will not commit to … by 2033" + ", Industry and Trade Minister Ondřej Matoušek
    said on Wednesday"): (that comma, the subject); None otherwise."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS or subject is None:
        return None
    comma = verb.sent.start
    if doc[comma].text != "," or subject.left_edge.i != comma + 1 or comma == 0:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in verb.children):
        return None
    before = doc[comma - 1]
    if before.is_punct or before.is_space or "\n" in doc[before.sent.start : comma].text:
        return None
    return comma, subject


def _aside_read_as_the_root(verb) -> tuple[tuple[int, int], object] | None:
    """Of a cue set off by commas inside its sentence with its hearer ("Rammed-earth panels,
    *he told me*, can now be produced …", "What he wanted, *he told the board*, was simple")
    that the parser took for the sentence's root: (the commas before and after the aside, the
    speaker); None otherwise."""
    doc = verb.doc
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in ADDRESSEE_VERBS or verb.i < 2:
        return None
    subject = doc[verb.i - 1]
    if (
        subject.dep_ != "nsubj"
        or subject.pos_ not in ("PRON", "PROPN")
        or doc[verb.i - 2].text != ","
    ):
        return None
    hearer = [c for c in verb.rights if c.dep_ in ("dobj", "dative")]
    if len(hearer) != 1 or hearer[0].left_edge.i != verb.i + 1:
        return None
    after = hearer[0].right_edge.i + 1  # "he told me", "he told the board"
    if after >= len(doc) or doc[after].text != ",":
        return None
    return (verb.i - 2, after), subject


def _cue_after_a_second_subject(verb) -> tuple[int, object] | None:
    """Of a cue closing its sentence after a comma whose subject is the second the parser gave
    it, the first opening the sentence with the verb of what was said hung on it as a
    description ("A fire swept through the camp, destroying 800 shelters, *camp officials
    said*"): (the comma before the speaker, the speaker); None otherwise."""
    doc = verb.doc
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    if verb.dep_ != "ROOT" or verb.lemma_.lower() not in SPEECH_VERBS or len(subjects) != 2:
        return None
    first, speaker = subjects
    comma = speaker.left_edge.i - 1
    if first.left_edge.i != verb.sent.start or doc[comma].text != ",":
        return None
    told = any(t.pos_ == "VERB" and t.dep_ in ("acl", "relcl") for t in first.subtree)
    last = any(t.i > verb.i and not (t.is_punct or t.is_space) for t in verb.sent)
    return (comma, speaker) if told and not last else None


def _cue_after_an_apposed_source(verb) -> tuple[int, object] | None:
    """Of a cue with no subject closing its sentence as a clause joined to the one it reports,
    whose source the parser hung as an apposition on the noun before the comma ("… a crash
    that killed two people, *the Transport Accident Investigation Board (TAIB) said* on
    Thursday."): (the comma, the source); None otherwise."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    comma = next((i for i in range(verb.i - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or comma <= verb.head.i:
        return None
    source = doc[comma + 1 : verb.i].root
    speaker_like = source.lemma_.lower() in _SPEAKER_NOUNS or source.ent_type_ in ("PERSON", "ORG")
    # or read as the object of the verb reported ("… have been evacuated from areas along the
    # rivers, vice-chairwoman of the regional government Tan Xiuying told a news conference")
    misread = source.dep_ == "dobj" and source.head == verb.head
    apposed = (source.dep_ == "appos" or misread) and source.head.i < comma
    last = not any(t.pos_ == "VERB" for t in verb.subtree if t.i > verb.i)
    if doc[verb.i - 1].ent_type_ == "PERSON" and source.ent_type_ != "PERSON":
        source = doc[verb.i - 1]  # the name closing the role
    return (comma, source) if apposed and speaker_like and last else None


def _aside_cue_read_as_a_noun(tok) -> tuple[tuple[int, int], object] | None:
    """Of a verb of saying set off by commas inside its sentence after its subject, which the
    parser read as a noun ("That, *pharmacists counter*, is a technology problem"): (the
    commas before and after the aside, the subject); None otherwise."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in SPEECH_VERBS or tok.i < 3:
        return None
    subject = doc[tok.i - 1]
    before, after = tok.i - 2, tok.i + 1
    if after >= len(doc) or doc[before].text != "," or doc[after].text != ",":
        return None
    if before <= tok.sent.start or after >= tok.sent.end - 1:
        return None
    plural = subject.tag_ in ("NNS", "NNPS") or subject.pos_ == "PROPN"
    return ((before, after), subject) if plural and subject.is_alpha else None


def _inverted_cue_after_a_misread_clause(verb) -> tuple[int, object] | None:
    """Of an inverted cue after a comma whose speaker follows it ("That distinction matters,
    *said Professor Linnea Haugland*"), the words before the comma read as a second subject
    of it, its verb as a noun: (the comma, the speaker after the cue); None otherwise."""
    doc = verb.doc
    if verb.lemma_.lower() not in SPEECH_VERBS or verb.i < 4 or doc[verb.i - 1].text != ",":
        return None
    before = [c for c in verb.lefts if c.dep_ == "nsubj"]
    after = [c for c in verb.rights if c.dep_ == "nsubj"]
    if len(before) != 1 or len(after) != 1:
        return None
    clause, speaker = before[0], after[0]
    opens = all(t.is_space for t in doc[verb.sent.start : clause.left_edge.i])
    if (
        not opens
        or clause.right_edge.i not in (verb.i - 2, verb.i - 1)  # its comma may hang on it
        or verb.i - 1 - clause.left_edge.i < 3
    ):
        return None
    named = speaker.pos_ == "PROPN" or speaker.lemma_.lower() in _SPEAKER_NOUNS
    return (verb.i - 1, speaker) if named else None


def _speaker_in_the_content(verb, comp):
    """The speaker of an inverted cue set off by commas whom the parser made the subject of the
    content clause after it ("Prices, said Anna Smith, an economist at Acme Bank, will keep
    rising": Smith, and "Prices" the content's subject, not the speaker; "Twenty years ago,
    says Claudine Mukamana Uwimana, almost none of these women owned …"); None otherwise."""
    doc = verb.doc
    opening = ("nsubj", "advmod", "npadvmod", "prep")
    before = next((c for c in verb.lefts if c.dep_ in opening), None)
    if comp.i < verb.i or before is None or before.right_edge.i != verb.i - 2:
        return None
    name = next((c for c in comp.children if c.dep_ == "nsubj"), None)
    if doc[verb.i - 1].text != "," or name is None or name.pos_ != "PROPN":
        return None
    comma = _closing_comma(name)
    set_off = name.left_edge.i == verb.i + 1 and comma is not None and comma < comp.i
    return name if set_off else None


def _closing_comma(phrase) -> int | None:
    """The comma that closes a phrase set off by commas (its last token, or right after it)."""
    doc = phrase.doc
    last = phrase.right_edge.i
    if doc[last].text == ",":
        return last
    return last + 1 if last + 1 < len(doc) and doc[last + 1].text == "," else None


def _clauses_end(verb, clause) -> int:
    """Where the content ``clause`` of ``verb`` ends, running on through the cue's next clause
    when the parser split one in two ("arguing that dropping the plan … would not pass *was
    an example of his leadership*": two clauses of "arguing", the second right after the
    first)."""
    end = report_end(clause)
    for other in verb.children:
        joins = other.dep_ == "ccomp" and other.i > clause.i and other.left_edge.i == end
        if (
            joins
            and other.sent == clause.sent
            # "…, and three-quarters said …"; not "had he known …", a condition of the report
            and (other.lemma_.lower() not in CLAUSE_CUES or _inverted_condition(other))
            and not any("\n" in t.text_with_ws for t in other.doc[clause.i : other.i])
        ):
            end = report_end(other)
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and clause.i < c.i < verb.i]
    if len(subjects) > 1 and subjects[0].left_edge.i in (end, end + 1):
        # "… were wounded, two of them seriously, when …, U.S. Central Command said": the
        # parser took the rest of the report for a first subject of the cue
        end = subjects[0].right_edge.i + 1
    for other in verb.children:  # "said it had launched a search, but had found no one"
        if other.i > clause.i and other.sent == clause.sent and continues_the_report(verb, other):
            end = max(end, other.right_edge.i + 1)
    for other in verb.children:
        if (
            _complement_cut_off(verb, clause, other, end)
            or _list_cut_off(clause, other, end)
            or _verb_cut_off(clause, other, end)
        ):
            end = other.right_edge.i + 1
    for t in clause.subtree:  # "noted that … before the rules took effect *and said* …"
        cue = cue_of_a_clause_inside(t)
        if cue is not None and cue.i == verb.i:
            end = min(end, t.i - 1 if t.doc[t.i - 1].dep_ == "cc" else t.i)
    return end


def _list_cut_off(clause, other, end: int) -> bool:
    """The rest of a list the content ends in, which the parser hung on the cue after a comma
    ("said his priorities would be the ferry timetable*, the shortage of homes and the future
    of the school*")."""
    doc = clause.doc
    first = other.left_edge.i  # the comma before it, inside the clause or not
    return (
        other.dep_ == "dep"
        and other.pos_ == "NOUN"
        and first - 1 in (end - 1, end)
        and doc[first - 1].text == ","
        and doc[first - 2].pos_ == "NOUN"
        and any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in other.subtree)
        and other.sent == clause.sent
    )


def _complement_cut_off(verb, clause, other, end: int) -> bool:
    """A complement the parser hung on the cue right where a clause it hung on the cue's object
    ends ("told reporters *the firm had cut* pay twice": "pay twice" is the clause's own)."""
    return (
        clause.dep_ == "relcl"
        and clause.head.head == verb
        and other.dep_ in ("xcomp", "dobj", "oprd", "acomp", "attr")
        and other.left_edge.i == end
        and other.sent == clause.sent
    )


def _verb_cut_off(clause, other, end: int) -> bool:
    """A verb with no subject of its own that the parser joined to the cue right where the
    clause ends, after a noun it has for its subject ("acknowledged that the boat was carrying
    more people than its manifest *showed*")."""
    doc = clause.doc
    return (
        clause.dep_ == "ccomp"
        and other.dep_ == "conj"
        and other.pos_ == "VERB"
        and other.left_edge.i == end == other.i
        and doc[end - 1].pos_ == "NOUN"
        and other.sent == clause.sent
        and not any(c.dep_ in ("nsubj", "nsubjpass", "cc", "dobj", "ccomp") for c in other.children)
        and other.right_edge.i - other.i <= 2
    )


def _inverted_condition(clause) -> bool:
    """The clause opens with its auxiliary before its subject, a condition ("had he known")."""
    first = clause.doc[clause.left_edge.i]
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    opens = first.dep_ == "aux" and first.lower_ in ("had", "were", "should")
    return opens and subject is not None and subject.i == first.i + 1


def _relative_before_the_cue(verb, clause):
    """The relative pronoun of a clause that follows its cue verb, standing before the cue ("a
    move *that* supporters say will help riders"; the content is "that … will help riders",
    and the one who says it the cue's subject), else None."""
    first = clause.doc[clause.left_edge.i]
    pronoun = first.tag_ in ("WDT", "WP") or (  # "that" tagged a conjunction but its subject
        first.lower_ == "that" and first.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "relcl"
    )
    relative = first.i < verb.i < clause.i and pronoun
    if relative and all(t.i == first.i or t.i > verb.i for t in clause.subtree):
        return first
    return None


def _misread_relative_clause(verb, clause) -> bool:
    """A clause the parser hung on a cue verb that has an object of its own, right after the
    noun of a prepositional phrase it describes ("claimed £20,000 for a home *she rented*")."""
    doc = verb.doc
    before = doc[clause.left_edge.i - 1] if clause.left_edge.i else None
    return (
        verb.lemma_.lower() not in ADDRESSEE_VERBS
        and any(c.dep_ == "dobj" and c.i < clause.i for c in verb.children)
        and before is not None
        and before.dep_ == "pobj"
        and before.pos_ in ("NOUN", "PROPN")
    )


def _misread_that_clause(clause) -> bool:
    """A "that" clause after a cue noun that the parser read as a relative clause whose verb
    is a participle before the real subject ("a statement that affected customers would get
    refunds": "that" its subject, "affected" its verb, the rest a clause of its own)."""
    first = clause.doc[clause.left_edge.i]
    return (
        clause.dep_ == "relcl"
        and first.lower_ == "that"
        and first.dep_ == "nsubj"
        and first.head.i == clause.i == first.i + 1
        and any(c.dep_ == "ccomp" and c.left_edge.i == clause.i + 1 for c in clause.children)
    )


def _that_beside_an_object(clause, opening) -> bool:
    """The parser took the "that" opening a clause for its object though its verb has an object
    of its own ("that officers arrested the man")."""
    objects = [c for c in clause.children if c.dep_ == "dobj" and c.i != opening.i]
    return opening.lower_ == "that" and opening.dep_ == "dobj" and bool(objects)


def _of_phrase_clauses(nouns):
    """The relative clauses of the nouns in the "of" phrases of ``nouns``."""
    for noun in nouns:
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    yield from (c for c in obj.children if c.dep_ == "relcl")


def _no_object_that(clause, opening) -> bool:
    """The parser took the "that" opening a clause for its object though its verb has an object
    of its own or is "be", which takes none ("said at the time of the crash that officers had
    found open containers", "said during the briefing that Athens was in contact"), or for a
    relative adverb ("said at the time that many of the plants merely bolted together kits"),
    or tagged it a pronoun that marks the clause ("told reporters at a Wednesday morning
    briefing that search teams had gone door to door")."""
    be = clause.lemma_.lower() == "be" and opening.dep_ == "dobj"
    return _that_beside_an_object(clause, opening) or be or opening.dep_ in ("advmod", "mark")


def _speaking_in(noun):
    """The verb of saying whose "in" phrase holds ``noun`` ("said in a statement that …"), or
    None."""
    prep = noun.head
    verb = prep.head
    in_phrase = noun.dep_ == "pobj" and prep.lower_ == "in" and prep.dep_ == "prep"
    speaking = verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS
    return verb if in_phrase and speaking and verb.i < noun.i else None


# Prepositions whose object a cue speaks of, not where or when ("pointing to ratings that").
_ARGUMENT_PREPOSITIONS = frozenset({"to", "of", "about"})


def _that_clause_after_a_phrase(verb):
    """The "that" clause of a cue with no clause of its own that the parser hung on a phrase
    between them as a relative clause ("told reporters after the vote that he had offered to
    resign", "told Ashby before handing down the sentence that she had read …"), or after a
    hearer as a participle clause ("told reporters outside the courthouse that it had spent
    …"): its "that" is tagged a conjunction, not a relative pronoun, and a subject of its own
    follows; not when the cue has an object that is not its hearer ("dismissed the plan as a
    buzz that voters would reject") or one that speaks of the phrase ("pointing to high ratings
    that students gave"); else None."""
    hearer = verb.lemma_.lower() in ADDRESSEE_VERBS
    if not hearer and any(c.dep_ == "dobj" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i or prep.lower_ in _ARGUMENT_PREPOSITIONS:
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj"]
        nouns += [o for p in prep.children if p.dep_ == "pcomp" for o in p.children]
        for clause in (c for n in nouns if n.dep_ in ("pobj", "dobj") for c in n.children):
            opening = clause.doc[clause.left_edge.i]
            if (
                # "told reporters outside the courthouse that it had spent": a participle
                (clause.dep_ == "relcl" or (clause.dep_ == "acl" and hearer))
                and opening.lower_ == "that"
                and (
                    opening.tag_ == "IN"
                    or _no_object_that(clause, opening)
                    or (hearer and opening.dep_ in ("dobj", "pobj"))  # a hearer is told a clause
                    or (opening.dep_ in ("dobj", "pobj") and _a_go_between(clause.head))
                )
                and any(c.dep_ in CLAUSE_SUBJECTS and c.i > opening.i for c in clause.children)
            ):
                return clause
        for clause in _of_phrase_clauses(nouns):  # "at the time of the crash that officers had
            if _no_object_that(clause, clause.doc[clause.left_edge.i]):  # found …"
                return clause
    return None


def _a_go_between(noun) -> bool:
    """``noun`` is one spoken through or the means spoken by ("said through an interpreter that
    she had not heard from her son": no interpreter she had not heard from)."""
    return noun.lemma_.lower() in GO_BETWEENS or noun.lemma_.lower() in MEANS_OF_TELLING


def _told_clause(verb):
    """What "told" reports when the parser hung it on the name or audience told as a relative
    clause ("told the Hull Daily Mail he had dreamed of it", "told a news conference the
    province had asked for help": no "that", "who" or "which" opens it, and neither takes such
    a clause; or a "that" read as the clause's object before a subject of its own: "told a
    press conference in the capital that armed men had been found", "told a briefing that
    samples had tested positive"), or a clause the "that" opens as a mark, read as the noun's
    ("told BBC Radio 4's Today programme that no member of staff would be …"); None otherwise."""
    if verb.lemma_.lower() not in ADDRESSEE_VERBS:
        return None
    for told in verb.children:
        if told.dep_ != "dobj" or told.pos_ not in ("NOUN", "PROPN"):
            continue
        audience = told.pos_ == "NOUN" and told.lemma_.lower() in AUDIENCE_NOUNS
        named = told.pos_ == "PROPN" or any(  # "BBC Radio 4's Today programme", not a person
            c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in told.children
        )
        for clause in told.children if named or audience else ():
            opening = clause.doc[clause.left_edge.i]
            marked = opening.lower_ == "that" and opening.dep_ == "mark" and opening.head == clause
            if clause.dep_ == "acl" and clause.i > told.i and marked:
                return clause
        if not (told.pos_ == "PROPN" or audience):
            continue
        for clause in told.children:
            opening = clause.doc[clause.left_edge.i]
            if (
                clause.dep_ == "relcl"
                and clause.i > told.i
                and (
                    (opening.tag_ not in ("WDT", "WP", "WP$", "WRB") and opening.lower_ != "that")
                    or (opening.lower_ == "that" and opening.dep_ in ("dobj", "pobj"))
                )
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
            ):
                return clause
    return None
