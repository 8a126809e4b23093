"""Stage 3a, quotes in marks: ``Marked`` quotations -> ``Candidate`` values with their cue.

A cue after the quote ("…,” he said) or before it (He said: “…”), a verb whose clause embeds
the quote, or a clause ending in a colon; content that opens the sentence before the marks or
runs on to the cue makes the quote ``mixed``; a quote split by its cue is one candidate. The
cues used here are returned too: the parse's reported speech must not take them again.
"""

from __future__ import annotations

from .candidates import MARKS, Candidate
from .lexicon import (
    ADDRESSEE_VERBS,
    AUDIENCE_NOUNS,
    CLAUSE_CUES,
    CUE_NOUNS,
    MEDIUM_NOUNS,
    QUESTION_VERBS,
    SPEECH_VERBS,
    TITLE_SMALL_WORDS,
    WORK_NOUNS,
)
from .marks import ALL_MARKS, Marked, label_of_a_quotation, nicknamed
from .syntax import (
    a_person_before_a_colon,
    by_their_account,
    calls_it_a_label,
    complement_start,
    copula_of_manner,
    copula_subject,
    governs,
    has_right_complement,
    infinitive,
    is_cue_verb,
    is_dash,
    may_speak,
    misread_closing_cue,
    name_given_in_marks,
    nearby_name,
    nested_report,
    outside_subject,
    responder,
    speaker_asking_not_to_be_named,
    subject_of,
    title_given_in_marks,
    unnamed_by_request,
)
from .view import DocView, is_mark

_SENT_END = frozenset({".", "!", "?"})
_SUBJ = ("nsubj", "nsubjpass")
_PLAIN_VERB_WINDOW = 10
_AFTER_WINDOW = 30
_BEFORE_WINDOW = 40
#: Most tokens from "as he put it" to the comma that ends its phrase ("as she put it in a 1998
#: interview,").
_PUT_REACH = 10
#: What may stand between a cue and a quotation that goes on from the words before the cue:
#: who heard it and when ("the governor told reporters Tuesday, “…").
_CUE_CLAUSE = frozenset({"dobj", "dative", "det", "compound", "poss", "amod", "npadvmod"})
_MIN_WORDS = 4
#: Most words of a title in marks after the kind of work it names.
_LONG_TITLE = 12


def _after_a_kind_of_work(doc, ts: int) -> bool:
    """The marks follow the kind of work they name ("In her 1998 memoir, “Blue Hours,” she
    wrote", "her recording of “Nobody Asked Me,”"): a title, whatever comes after."""
    i = ts - 1
    while i >= 0 and (is_mark(doc[i]) or doc[i].text in (",", "of")):
        i -= 1
    return i >= 0 and i < ts - 1 and doc[i].lemma_.lower() in WORK_NOUNS


def _after_an_owners_name(doc, ts: int) -> bool:
    """The marks follow a name's possessive ("appearing on ABC's “This Week,” said", "told
    CBS' “Face the Nation”"): a programme's or a work's title, whatever comes after."""
    i = ts - 1
    while i >= 0 and is_mark(doc[i]):
        i -= 1
    return i > 0 and doc[i].tag_ == "POS" and doc[i - 1].pos_ == "PROPN"


def _is_title(doc, ts: int, te: int, most: int = 6) -> bool:
    """Marks around a title ("Fox News Sunday"): short, every word capitalised."""
    words = [t for t in doc[ts:te] if t.is_alpha]
    return (
        0 < len(words) <= most
        and all(t.is_title or t.is_upper or t.lower_ in TITLE_SMALL_WORDS for t in words)
        and words[0].is_title
    )


def marked_candidates(
    view: DocView, marked: tuple[Marked, ...]
) -> tuple[tuple[Candidate, ...], frozenset[int]]:
    """(view, quotations in marks) -> (their candidates, the indices of the cue tokens used)."""
    scan = _MarkedScan(view)
    found = scan.run(marked)
    return found, frozenset(scan.used)


class _MarkedScan:
    """One pass over the quotations in marks of a document, remembering the cues it used."""

    def __init__(self, view: DocView) -> None:
        self.view = view
        self.used: set[int] = set()
        # the marks around a nickname (Marcia "Cia" Price) hide no cue after them
        self.nickname_marks = {i for m in nicknamed(view.text) for i in (m.start(2) - 1, m.end(2))}
        self.closing_marks: set[int] = set()

    def run(self, marked: tuple[Marked, ...]) -> tuple[Candidate, ...]:
        """Attribute quotes in marks to cues before or after them; merge quotes split by a cue."""
        doc = self.view.doc
        self.closing_marks = {q.end for q in marked}
        ranges = []
        for q in marked:
            ranges.append((self.view.tok_at(q.start), self.view.tok_at(q.end - 1) + 1))
        out: list[Candidate] = []
        prev: Candidate | None = None
        skip: set[int] = set()
        for qi, q in enumerate(marked):
            if qi in skip:
                continue
            ts, te = ranges[qi]
            words = sum(1 for t in doc[ts:te] if t.is_alpha)
            own = self._in_their_words(ts) if self._ends_its_clause(te) else None
            if own is not None:  # "sold, in his words, “to my mother and …”"
                cue_tokens, speaker = own
                self.used.update(t.i for t in cue_tokens)
                att = Candidate(
                    spans=tuple(q.spans),
                    kind="direct",
                    origin=MARKS,
                    cue=cue_tokens,
                    anchor=ts,
                    para=q.para,
                    subject=speaker,
                    quote_end=te,
                    side="before",
                )
                out.append(att)
                prev = att
                continue
            if words <= 4 and name_given_in_marks(doc, ts):
                continue  # "who posts as “0xMarlow”", "a discussion titled “Port Efficiency …”"
            if title_given_in_marks(doc, ts):
                continue  # "a 2023 paper titled “Beyond the Needle: Oral Delivery of …”"
            if _is_title(doc, ts, te, _LONG_TITLE) and _after_a_kind_of_work(doc, ts):
                continue  # 'In his book “Tŷ Gwydr: Twenty-Five Years in the Glass House”, …'
            after, after_end, named = self._after_cue(te)
            if _is_title(doc, ts, te) and (
                _after_an_owners_name(doc, ts)
                or (
                    not self._spoken_right_before(te, after)
                    and not self._spoken_right_after(ts)
                    and self._colon_verb(ts) is None
                )
            ):
                continue
            before = self._before_cue(ts)
            last_char = self.view.text[q.end - 1]
            cue = None
            side = ""
            inner = (
                before is not None
                and after is not None
                and governs(before, ts)
                and (not governs(after, ts) or (named is None and _relayed(before, after, ts)))
            )
            if (
                after is not None
                and (named is not None or not has_right_complement(after))
                and not inner
                and not (last_char in ".!?" and _reports_its_object(after))
            ):
                cue, side = after, "after"
            elif before is not None:
                cue, side = self._outermost(before, ts), "before"
                named = None  # the name beside a cue after it is that cue's ("… and supporters
                # arguing that …")
                if not cue.left_edge.i <= ts - 1 <= cue.right_edge.i:
                    gov = self._governor(ts, te)
                    # not past a nearer cue with its own subject ("posted a fall …, with chief
                    # executive Sarah Whitlock conceding the group had “lost …”")
                    own = gov is not None and gov.i < cue.i and _participle_with_subject(cue)
                    if gov is not None and is_cue_verb(gov, CLAUSE_CUES) and not own:
                        cue = gov
            elif after is not None and words < _MIN_WORDS and _conjoined_before(after, ts):
                continue  # the report around it takes it in, not the verb after it
            elif after is not None and last_char not in ".!?":
                cue, side = after, "after"
            spans = list(q.spans)
            kind = "direct"
            speaker = None
            if cue is None:
                gov = self._governor(ts, te)
                colon = self._colon_verb(ts) if gov is None else None
                if gov is not None and _told_by_their_account(gov):
                    continue  # the report of the whole clause gives it ("By his own account, he
                    # joined the union “for the free calendar”")
                if gov is not None:
                    cue, side, speaker = gov, "before", responder(gov) or subject_of(gov)
                elif colon is not None:
                    blunt = copula_subject(colon) if copula_of_manner(colon) else None
                    speaker = responder(colon) or subject_of(colon) or blunt
                    cue, side = colon, "before"
                elif words < _MIN_WORDS or (
                    self._lead_content(ts) is not None and not self._labelled(q)
                ):
                    continue
                else:
                    close = prev is not None and _next_paragraph(self.view.text, prev, q)
                    att = Candidate(
                        spans=tuple(spans),
                        kind=kind,
                        origin=MARKS,
                        anchor=ts,
                        para=q.para,
                        follows=prev if close else None,
                    )
                    out.append(att)
                    prev = att
                    continue
            if side == "before":
                kind, spans = self._before_content(cue, ts, q)
            else:
                lead = self._lead_content(ts)
                taken = prev is not None and prev.side == "before" and prev.spans[-1][1] >= q.end
                if lead is not None and taken and cue.i >= te:
                    continue  # the report before took it in: 'said the champion "stands by every
                    # word" and was "looking forward …." Whitfield declined to comment.'
                if lead is not None:
                    kind = "mixed"
                    lead = self._past_the_speaker(lead, ts, cue)
                    end = max(q.end, self._lead_end(te, cue, named))
                    text = self.view.text
                    if end == q.end < len(text) and text[end] in ALL_MARKS:
                        end += 1  # 'The quantity was “extremely small”, he said': its mark
                    spans = [(doc[lead].idx, end)] + spans[1:]
                nxt = qi + 1
                if (
                    nxt < len(marked)
                    and after_end is not None
                    and self._joins(after_end, ranges[nxt][0], marked[nxt], q)
                    and not self._second_cue(cue, te, ranges[nxt][0])
                ):
                    spans.extend(marked[nxt].spans)
                    skip.add(nxt)
            if (
                words < _MIN_WORDS
                and kind == "direct"
                and side == "before"
                and self.view.text[: q.start - 1].rstrip()[-1:] not in (":", ",")
                and not _whole_sentence(self.view.text, q)
            ):
                continue  # a scare quote: its cue stays free for the sentence's own report
            self.used.add(cue.i)
            att = Candidate(
                spans=tuple(spans),
                kind=kind,
                origin=MARKS,
                cue=tuple(self._cue_tokens(cue)),
                anchor=ts,
                para=q.para,
                subject=speaker,
                named=named,
                quote_end=te,
                side=side,
            )
            out.append(att)
            prev = att
        return tuple(out)

    def _ends_its_clause(self, te: int) -> bool:
        """The quotation closing before token ``te`` ends its clause: punctuation or the
        paragraph's end follows, or closes it inside the marks (not '"the best thing we have"
        is that …')."""
        doc = self.view.doc
        end = self.view.char_end(te - 1)
        inside = self.view.text[:end].rstrip("\"'”’ ")[-1:]
        while te < len(doc) and is_mark(doc[te]):
            te += 1
        return te >= len(doc) or inside in ".,!?" or doc[te].is_punct or "\n" in doc[te].text

    def _in_their_words(self, ts: int):
        """The words that give a quotation opening at token ``ts`` to its speaker in a phrase
        set off right before it, and that speaker: "in her (own) words," (her) or "as he put it
        (in a 1998 interview)," (he); else None."""
        doc = self.view.doc
        i = ts - 1
        while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
            i -= 1
        if i < 3 or doc[i].text != ",":
            return None
        i -= 1
        if doc[i].lower_ == "words":
            k = i - 1 - (doc[i - 1].lower_ == "own")
            owner = doc[k - 1] if doc[k].tag_ == "POS" else doc[k]
            first = owner.left_edge.i if owner.tag_ != "PRP$" else owner.i
            opened = first >= 1 and doc[first - 1].lower_ == "in"
            if opened and (owner.tag_ == "PRP$" or owner.pos_ == "PROPN"):
                return tuple(doc[first - 1 : i + 1]), owner
            return None
        for put in reversed(doc[max(0, i - _PUT_REACH) : i + 1]):
            if put.text in _SENT_END or "\n" in put.text:
                return None
            said_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in put.children)
            as_ = any(c.dep_ == "mark" and c.lower_ == "as" for c in put.children)
            if put.lemma_ == "put" and said_it and as_:
                subject = next((c for c in put.children if c.dep_ == "nsubj"), None)
                return ((put,), subject) if subject is not None else None
        return None

    def _spoken_right_before(self, te: int, cue) -> bool:
        """A short quotation in marks is speech, not a title, when its speaker and cue follow
        the closing mark at once ("“Yes,” she said.", "“No!” said Ellis.")."""
        if cue is None:
            return False
        doc = self.view.doc
        i = te
        while i < len(doc) and is_mark(doc[i]):
            i += 1
        closing = self.view.text[self.view.char_end(te - 1) - 2 : self.view.char_end(te - 1)]
        return cue.i - i <= 2 and any(ch in ",!?" for ch in closing)

    def _spoken_right_after(self, ts: int) -> bool:
        """A short quotation in marks is speech, not a title, when a cue and a comma come right
        before its opening mark ("She said, “No.”")."""
        doc = self.view.doc
        i = ts - 1
        while i >= 0 and is_mark(doc[i]):
            i -= 1
        return (
            i >= 1
            and doc[i].text == ","
            and (i - 1) not in self.used
            and not self.view.in_quote[i - 1]
            and is_cue_verb(doc[i - 1])
        )

    def _colon_verb(self, ts: int):
        """The verb of a clause that introduces a quote with a colon ("Jared Potts echoed:")."""
        doc = self.view.doc
        i = ts - 1
        while i >= 0 and (is_mark(doc[i]) or doc[i].is_space):
            i -= 1
        if i < 1 or doc[i].text != ":" or self.view.in_quote[i - 1]:
            return None
        root = doc[i].head
        if root.i > i:  # the parser hung the clause on the quotation ("Raisani was blunt: “…”")
            root = next((c for c in root.lefts if c.dep_ == "ccomp" and c.i < i), root)
        saying = CUE_NOUNS | MEDIUM_NOUNS  # "made the following comment:", "issued a statement:"
        if root.dep_ == "dobj" and root.lemma_.lower() in saying:
            root = root.head
        if _in_an_adverbial(root, root.head) and is_cue_verb(root.head) and root.head.i < i:
            root = root.head  # "posted a message on X shortly after the deal was announced:"
        if _absolute_participle(root):
            root = root.head  # "He keeps going, his hands never stopping:": he speaks
        if _blunt(root, i) and root.i not in self.used:
            return root
        copula = root  # "She was all smiles coming back in:", the colon hung on "in"
        while copula.head.i != copula.i and copula.lemma_ != "be" and copula.head.i < i:
            copula = copula.head
        if copula.i < i and a_person_before_a_colon(copula) and copula.i not in self.used:
            return copula
        if (
            root.pos_ == "VERB"
            and root.i < i
            and root.i not in self.used
            and any(c.dep_ in _SUBJ for c in root.lefts)
            and not any(
                c.dep_ in ("dobj", "ccomp")
                and c.i < i
                and c.lemma_.lower() not in saying
                and not (root.lemma_ == "put" and c.lower_ == "it")  # "put it simply:"
                and c.lower_ not in _HEARERS  # "interrupted him:"
                for c in root.rights
            )
        ):
            return root
        return None

    def _outermost(self, cue, ts: int):
        """The verb of saying whose reported clause contains ``cue`` ("X said she recalled ...")."""
        v = cue
        doc = self.view.doc
        k = ts - 1
        while k >= 0 and (is_mark(doc[k]) or doc[k].is_space):
            k -= 1
        colon = k >= 0 and doc[k].text == ":"
        for _ in range(12):
            # "said that governments had ignored the fishermen to maintain 'good relations'"
            purpose = v.dep_ in ("advcl", "acl") and infinitive(v)
            # "posted a message shortly after the deal was announced: “…”": the posting's
            when = colon and _in_an_adverbial(v, v.head)
            if v.head is v or (v.dep_ not in ("ccomp", "xcomp") and not purpose and not when):
                break
            v = v.head
            while purpose and v.pos_ not in ("VERB", "AUX") and v.head is not v:
                v = v.head  # the verb whose object the purpose describes
            if (
                v.i < cue.i
                and is_cue_verb(v, CLAUSE_CUES)
                and v.i not in self.used
                and not self.view.in_quote[v.i]
                and subject_of(v) is not None
            ):
                cue = v
        return cue

    def _joins(self, after_end: int, next_start: int, nxt: Marked, q: Marked) -> bool:
        """The next quote in the paragraph continues this one across its cue ("“A,” he said,
        “B”" and "“A,” he said. “B.”"), unless a cue of its own follows it."""
        if next_start - 1 > after_end + 1 or nxt.para != q.para:
            return False
        last = self.view.text[self.view.char_end(after_end - 1) - 1]
        if last in ",:":
            return True
        return last == "." and self._after_cue(self.view.tok_at(nxt.end - 1) + 1)[0] is None

    def _second_cue(self, cue, te: int, next_start: int) -> bool:
        """A verb of saying on the cue introduces the next quote with nothing of its own between
        ("“A,” he said, adding, “B”", "adding later:"; not "said, emphasizing why …"): the next
        quote, starting at token ``next_start``, is a report of its own."""
        doc = self.view.doc
        return any(
            t.i != cue.i
            and t.head.i == cue.i
            and t.pos_ == "VERB"
            and t.lemma_.lower() in SPEECH_VERBS
            and all(w.is_punct or w.pos_ == "ADV" for w in doc[t.i + 1 : next_start])
            for t in doc[te:next_start]
        )

    def _past_the_speaker(self, lead: int, ts: int, cue) -> int:
        """Where the words opening a quotation's sentence start once its cue's speaker and the
        verb they are the subject of are left out ("He singled out newcomer Tendai Moyo as
        “a revelation”, adding …": "newcomer Tendai Moyo as"); ``lead`` when the speaker is
        not among them."""
        doc = self.view.doc
        subj = subject_of(cue)
        if subj is None or not lead <= subj.i < ts or not subj.i < subj.head.i < ts:
            return lead
        k = subj.head.i + 1
        while k < ts and doc[k].dep_ in ("prt", "neg", "advmod") and doc[k].head == subj.head:
            k += 1
        return k if k < ts and not is_mark(doc[k]) else lead

    def _lead_end(self, te: int, cue, named) -> int:
        """End of content that continues after the closing mark up to the speaker and cue."""
        doc = self.view.doc
        subj = named or subject_of(cue)
        stop = cue.i if subj is None else min(cue.i, subj.left_edge.i)
        i = te
        while i < len(doc) and is_mark(doc[i]):
            i += 1
        end = self.view.char_end(te - 1)
        for j in range(i, stop):
            if not doc[j].is_punct and not doc[j].is_space:
                end = self.view.char_end(j)
        return end

    def _governor(self, ts: int, te: int):
        """The verb (with a subject, outside the quote) whose clause embeds a quote in marks.

        A verb of saying among the ancestors wins over the nearest verb ("X says she hates
        what he calls a “disgrace”" is attributed to "says").
        """
        doc = self.view.doc
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
                and v.i not in self.used
            ):
                return v
            if v.i < ts and v.pos_ == "VERB" and v.is_alpha and not self.view.in_quote[v.i]:
                subj = subject_of(v)
                if subj is not None and subj.i < ts and not self.view.in_quote[subj.i]:
                    if v.i in self.used:
                        break
                    if is_cue_verb(v, CLAUSE_CUES) and not unnamed_by_request(v):
                        outer = v  # not "who asked not to be named because …"
                        if speaker_asking_not_to_be_named(v) is not None:
                            break  # the cue the parser ran into that clause: no verb above
                    elif may_speak(subj) and not calls_it_a_label(v):  # "what investigators
                        nearest = nearest or v  # call “boi pirata” – … “laundered” …"
            if v.head is v:
                break
            v = v.head
        return outer or nearest

    def _cue_tokens(self, cue) -> list:
        """The cue's words: "according to", a verb and the particle right after it ("He went
        on: “…”", "pointed out"), else the one word."""
        if cue.lower_ == "according":
            return [cue] + [c for c in cue.children if c.dep_ == "prep"][:1]
        particle = [c for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1]
        return [cue, *particle]

    def _after_cue(self, te: int):
        """First cue after a quote ending before token ``te``: (cue, window end, named speaker)."""
        doc = self.view.doc
        i = te
        while i < len(doc) and is_mark(doc[i]):
            i += 1
        start = i
        d = i
        while d < len(doc) and doc[d].is_space and "\n" not in doc[d].text:
            d += 1
        if d < len(doc) and is_dash(doc[d].text):
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
            if "\n" in tok.text or self.view.in_quote[i] or self._stop_mark(tok):
                return None, None, None
            passive = any(c.dep_ == "nsubjpass" for c in tok.children)
            cue = (is_cue_verb(tok) or misread_closing_cue(tok)) and i not in self.used
            cue = cue and not _going_on(tok)
            if cue and not passive:  # not "… on the night Ms Carstairs was admitted"
                end = i + 1
                while end < len(doc) and end - i < _AFTER_WINDOW:
                    t2 = doc[end]
                    if t2.text in _SENT_END:
                        end += 1
                        break
                    if "\n" in t2.text or self._stop_mark(t2):
                        break
                    if t2.text in (",", ":") and end + 1 < len(doc) and is_mark(doc[end + 1]):
                        end += 1
                        break
                    end += 1
                named = None
                if outside_subject(self.view, tok) is None:
                    named = nearby_name(self.view, tok)
                return tok, end, named
            if tok.text in _SENT_END:
                verb = self._plain_verb_cue(te, start, i)
                return (verb, i + 1, None) if verb is not None else (None, None, None)
            i += 1
        return None, None, None

    def _stop_mark(self, tok) -> bool:
        """A quotation mark that ends the search for a cue: any but a nickname's and an
        apostrophe closing a plural's possessive that no quotation closes ("the Metal Workers'
        Union")."""
        if not is_mark(tok) or tok.idx in self.nickname_marks:
            return False
        return not (_plural_possessive(tok) and tok.idx not in self.closing_marks)

    def _plain_verb_cue(self, te: int, start: int, end: int):
        """The verb of a short clause closing a quote that ends in a comma
        ("“…,” Trump shot back."): a verb of saying outside the lexicon."""
        doc = self.view.doc
        if end - start > _PLAIN_VERB_WINDOW or "," not in doc[te - 1].text:
            return None
        verbs = [t for t in doc[start:end] if t.pos_ == "VERB" and t.head.i == t.i]
        if len(verbs) != 1 or verbs[0].i in self.used:
            return None
        verb = verbs[0]
        subj = [c for c in verb.lefts if c.dep_ in _SUBJ and c.i >= start]
        if not subj or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.rights):
            return None
        return verb

    def _before_cue(self, ts: int):
        """Nearest cue verb (or "according to") before a quote starting at token ``ts``."""
        doc = self.view.doc
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
            if self.view.in_quote[i] or tok.text in _SENT_END or _line_label(doc, i):
                return None
            if i not in self.used and (
                (is_cue_verb(tok) and not _going_on(tok))
                or (tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to")
            ):
                return tok
            i -= 1
        return None

    def _labelled(self, q: Marked) -> bool:
        """The quotation's paragraph opens with its speaker's name and a colon before it
        (``label_of_a_quotation``: "16:15 – Grigoryan on the sacrifice: “…”", "Statement from
        Swiftcar:")."""
        text = self.view.text
        opening = text.rfind("\n", 0, q.start) + 1
        return label_of_a_quotation(text[opening : q.start].rstrip(ALL_MARKS + " ")) is not None

    def _lead_content(self, ts: int) -> int | None:
        """Start of words that open the quote's sentence before its mark ("The plan is “...")."""
        doc = self.view.doc
        i = ts - 1
        while i >= 0 and is_mark(doc[i]):
            i -= 1
        if any(doc[k].is_sent_start for k in range(i + 1, ts + 1)):
            return None  # the quotation opens its sentence ('… down to 16C. "I sit …')
        j = i
        while j >= 0 and not doc[j].is_sent_start and ts - j < _BEFORE_WINDOW:
            t = doc[j]
            if "\n" in t.text or self.view.in_quote[j] or t.text in _SENT_END:
                j += 1
                break
            j -= 1
        j = max(j, 0)
        alpha = sum(1 for t in doc[j : i + 1] if t.is_alpha)
        return j if alpha >= 2 and i >= j else None

    def _lead_before_the_cue(self, cue, k: int, ts: int) -> tuple[int, int] | None:
        """The words that open the sentence before a cue and its subject set off by commas,
        when the quotation right after them goes on with those words in lower case ('The
        rules, she said, "are something we need."', "If Clinton is elected, he said, "she
        might …""): their token range. None for words that run over a comma or a colon, that
        frame a question ("Asked about …") or a purpose ("To alert police, …"), or that open
        with a participle the quotation does not go on from ("Speaking on CNBC, …")."""
        doc = self.view.doc
        if doc[k].text != "," or not (doc[ts].is_lower and doc[ts].is_alpha):
            return None
        subject = next((c for c in cue.children if c.dep_ in _SUBJ and c.i < cue.i), None)
        if subject is None or any(t.dep_ not in _CUE_CLAUSE for t in doc[cue.i + 1 : k]):
            return None
        comma = subject.left_edge.i - 1
        if comma < 1 or doc[comma].text != ",":
            return None
        start = self._lead_content(comma)
        if start is None:
            return None
        words = doc[start:comma]
        opening = doc[start].tag_
        if any(t.text in (",", ":", ";") or t.lemma_ == "ask" for t in words):
            return None
        if opening in ("VBN", "TO") or (opening == "VBG" and doc[ts].pos_ not in ("VERB", "AUX")):
            return None
        return self.view.trim(start, comma)

    def _according_content(self, cue, ts: int, q: Marked) -> tuple[str, list[tuple[int, int]]]:
        """Kind and spans of a quotation after "according to" and its source: the clause the
        phrase opens when the quotation is only part of it ("According to the ministry,
        platforms must appoint a “grievance officer” who lives in the country": mixed), else
        the quotation (direct)."""
        doc, head = self.view.doc, cue.head
        while head.dep_ in ("nsubj", "nsubjpass", "csubj") and head.head.i != head.i:
            head = head.head  # the parser hung the phrase on the clause's subject
        start = cue.right_edge.i + 1
        while start < ts and doc[start].is_punct:
            start += 1
        inside = head.i != cue.i and head.left_edge.i <= start and head.right_edge.i >= ts
        rng = self.view.trim(start, head.right_edge.i + 1) if inside and start < ts else None
        if rng is None or not any(t.is_alpha for t in doc[start:ts]):
            return "direct", list(q.spans)
        end = max(q.end, self.view.char_end(rng[1] - 1))
        return "mixed", [(doc[rng[0]].idx, end), *q.spans[1:]]

    def _around_a_parenthetical_cue(self, cue, ts: int, q: Marked) -> list | None:
        """The spans of the clause a cue set off by commas interrupts, on either side of the
        cue, when the quotation lies in the clause after it and its words run on before the
        marks ("Gas, he said, was “the bridge fuel” that would allow Turkey to phase out
        coal"); None otherwise."""
        doc, head = self.view.doc, cue.head
        inside = cue.dep_ == "parataxis" and cue.i < head.i < ts and len(q.spans) == 1
        if not inside or doc[cue.left_edge.i].text != "," or doc[cue.right_edge.i].text != ",":
            return None
        if head.right_edge.i < self.view.tok_at(q.end - 1):
            return None
        parts = [
            self.view.trim(head.left_edge.i, cue.left_edge.i),
            self.view.trim(cue.right_edge.i + 1, head.right_edge.i + 1),
        ]
        if any(p is None for p in parts):
            return None
        (a0, a1), (b0, b1) = parts
        end = max(self.view.char_end(b1 - 1), q.end)
        return [(doc[a0].idx, self.view.char_end(a1 - 1)), (doc[b0].idx, end)]

    def _before_content(self, cue, ts: int, q: Marked) -> tuple[str, list[tuple[int, int]]]:
        """Kind and spans of a quote whose cue precedes it: direct after ":"/"," else mixed."""
        doc = self.view.doc
        k = ts - 1
        while k >= 0 and (is_mark(doc[k]) or doc[k].is_space):  # "… comment:\n\n“…”"
            k -= 1
        between = [t for t in doc[cue.i + 1 : k + 1] if not t.is_punct and not t.is_space]
        if cue.lower_ == "according":
            return self._according_content(cue, ts, q)
        around = self._around_a_parenthetical_cue(cue, ts, q)
        if around is not None:
            return "mixed", around
        colon = doc[k].text == ":"
        clause = any(
            (t.pos_ in ("VERB", "AUX") or t.lower_ == "that")
            and not (colon and _in_an_adverbial(t, cue))
            and not (colon and t.dep_ == "acl" and t.tag_ == "VBN")
            for t in between
        )  # "posted a message shortly after the deal was announced: “…”" is no clause of it,
        # nor "said in a statement released through police: “…”"
        # "She was all smiles coming back in: “…”": how the speaker was, no words of theirs
        described = doc[k].text == ":" and a_person_before_a_colon(cue)
        # "He keeps going, his hands never stopping:": how, in a phrase with its own subject
        described = described or (colon and _only_how_it_went(cue, between))
        if (not between or all(t.dep_ in _SUBJ and t.head.i == cue.i for t in between)) or (
            doc[k].text in (":", ",") and (not clause or _opening_participle(cue, k) or described)
        ):
            lead = self._lead_before_the_cue(cue, k, ts)
            if lead is None:
                return "direct", list(q.spans)
            return "mixed", [(doc[lead[0]].idx, self.view.char_end(lead[1] - 1)), *q.spans]
        start = min(complement_start(cue, ts), ts)
        while start < ts and doc[start].is_punct:
            start += 1
        end_tok = q.end
        right = cue.right_edge.i
        content = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        nested = nested_report(content) if content is not None else None
        if nested is not None:  # "…, while the FSB warned that …" is a quote of its own
            right = min(right, nested - 1)
        right = min(right, _next_report(cue, ts, self.view.tok_at(q.end - 1) + 1) - 1)
        for j in range(self.view.tok_at(q.end - 1) + 1, right + 1):
            if "\n" in doc[j].text or doc[j].text in _SENT_END:
                right = j - 1
                break
        if right >= ts:
            rng = self.view.trim(start, right + 1)
            if rng:
                end_tok = max(q.end, self.view.char_end(rng[1] - 1))
        begin = doc[start].idx
        if start == ts and end_tok > q.end and ts > 0 and is_mark(doc[ts - 1]):
            begin = doc[ts - 1].idx  # "warn of 'tipping point' for …": the mark opens it
        return "mixed", [(begin, end_tok)] + list(q.spans[1:])


def _in_an_adverbial(tok, cue) -> bool:
    """``tok`` is in an adverbial clause of ``cue`` that a subordinating word opens ("after the
    deal was announced"), not in what the cue reports."""
    while tok.i != cue.i and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and tok.head.i == cue.i:
            return any(c.dep_ == "mark" for c in tok.children)
        tok = tok.head
    return False


def _told_by_their_account(verb) -> bool:
    """A "by his own account" phrase is set on the verb."""
    return any(
        by_their_account(o) is not None
        for p in verb.children
        if p.lower_ == "by"
        for o in p.children
    )


def _line_label(doc, i: int) -> bool:
    """Token ``i`` is a word that labels its line before a colon ("Claim: “…” X said"), not a
    cue."""
    opens = i == 0 or "\n" in doc[i - 1].text
    return opens and doc[i].is_alpha and i + 1 < len(doc) and doc[i + 1].text == ":"


#: Pronouns for whom words are put to before a colon ("interrupted him: “…”").
_HEARERS = frozenset({"him", "her", "them", "me", "us", "you"})


def _absolute_participle(verb) -> bool:
    """``verb`` is the participle of a phrase with a subject of its own set off by a comma
    after the sentence's verb ("He keeps going, *his hands never stopping*:")."""
    doc = verb.doc
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return (
        verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.head.pos_ == "VERB"
        and subject is not None
        and subject.pos_ == "NOUN"
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
    )


def _only_how_it_went(cue, between: list) -> bool:
    """The verbs between the cue and a colon are only its own participle or infinitive and a
    participle with a subject of its own set off after it ("He keeps going, his hands never
    stopping:")."""
    verbs = [t for t in between if t.pos_ in ("VERB", "AUX") or t.lower_ == "that"]
    absolute = [t for t in verbs if _absolute_participle(t) and t.head.i == cue.i]
    return bool(absolute) and all(
        t in absolute or (t.dep_ == "xcomp" and t.head.i == cue.i) for t in verbs
    )


def _blunt(verb, colon: int) -> bool:
    """``verb`` is a copula whose subject is described by a manner of speaking before a colon
    ("Mr Raisani was blunt:", "His message to ministers was clear:"), or whose subject is a
    person ("She was all smiles coming back in:")."""
    manner = copula_of_manner(verb) and copula_subject(verb) is not None
    return verb.i < colon and (manner or a_person_before_a_colon(verb))


def _plural_possessive(tok) -> bool:
    """An apostrophe right after a plural noun, before a space: its possessive ("Workers' ")."""
    doc = tok.doc
    if tok.text not in ("'", "’") or tok.i == 0 or not tok.whitespace_:
        return False
    before = doc[tok.i - 1]
    return not before.whitespace_ and before.text.endswith("s") and before.is_alpha


def _opening_participle(cue, k: int) -> bool:
    """``cue`` is a participle opening the clause that ends at token ``k`` before a quotation,
    its verb between them ("*Writing* on Instagram, he thanked fans: “…”"): the clause says
    who wrote the quotation, not what."""
    head = cue.head
    return cue.dep_ == "advcl" and cue.tag_ in ("VBG", "VBN") and cue.i < head.i < k


def _relayed(before, after, ts: int) -> bool:
    """The cue before a quotation starting at token ``ts`` reports it, with its own subject and
    words of its own before the marks, inside the clause of the cue after it ("Peskov told
    reporters that the sanctions were “illegal”, RIA Novosti reported"): the report is the inner
    speaker's, the outer one only passes it on."""
    own = any(c.dep_ == "nsubj" and c.i < before.i for c in before.children)
    content = next((c for c in before.children if c.dep_ == "ccomp" and governs(c, ts)), None)
    if not own or content is None or not after.is_ancestor(before):
        return False
    return any(t.is_alpha for t in before.doc[content.left_edge.i : ts])


def _reports_its_object(cue) -> bool:
    """The cue of the sentence after a quotation that closes its own sentence tells of a thing
    it names ("“… not bigger.” The outgoing chief executive, Ian Calloway, announced his
    retirement in October"), not of the quotation: a subject before it and a noun object after
    it that is no hearer ("“…?” Todd asked Trump", "“…!” wrote a man")."""
    if cue.lemma_.lower() in ADDRESSEE_VERBS or cue.lemma_.lower() in QUESTION_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in cue.lefts):
        return False
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and c.ent_type_ != "PERSON"
        and c.lemma_.lower() not in AUDIENCE_NOUNS
        for c in cue.rights
    )


def _whole_sentence(text: str, q: Marked) -> bool:
    """Whether the marks hold a sentence of its own (said “We won.”): a capital first, its
    closing stop inside the marks; no scare quote, however short."""
    inner = text[q.start : q.end].strip()
    return inner[:1].isupper() and inner[-1:] in ".!?"


def _narrators_own(cue, conj) -> bool:
    """A verb the parser joined to the cue that tells what the source went on to do, not what
    they said: no quotation marks and no "that" of a second report in its clause, and either a
    report of its own with its own subject ("…, but he also warned China against …") or the
    cue's own form with no subject or auxiliary ("called it “a disgrace” and *threatened* …");
    not a verb the cue's form cannot share ("said it was “careless” but *did not warrant*
    charges"), nor "be" ("says he is “not the most handsome man,” but *is* a person …"), nor
    a clause of its own that goes on with the report ("but he feels confident")."""
    if conj.dep_ != "conj" or any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
        return False
    if any(is_mark(t) for t in conj.subtree):
        return False
    if any(c.dep_ in (*_SUBJ, "expl") for c in conj.children):
        return is_cue_verb(conj)
    auxiliary = any(c.dep_ in ("aux", "auxpass") for c in conj.children)
    return conj.tag_ == cue.tag_ and not auxiliary and conj.lemma_ != "be"


def _going_on(verb) -> bool:
    """``verb`` is "continue" in the progressive or the infinitive ("budget negotiations were
    continuing", "allowed the schools to continue"): what goes on, never a speaker going on
    with their words ("…,” he continued")."""
    progressive = verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children)
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)
    return verb.lemma_.lower() == "continue" and (progressive or infinitive)


def _quotes_of_its_own(conj) -> bool:
    """A verb of saying the parser joined to the cue that has quotation marks of its own after
    it ("… and praised Ó Briain for “finding the cruelty …”"): a report of its own."""
    return (
        conj.dep_ == "conj"
        and is_cue_verb(conj)
        and any(is_mark(t) for t in conj.subtree if t.i > conj.i)
    )


def _next_report(cue, ts: int, te: int) -> int:
    """Where a second report joined to the cue after the quote starting at ``ts`` begins: of
    the same speaker ("told the BBC the referee was “correct” *but said the law …*": its
    conjunction) or of others in a clause of its own ("said it was “small”, *while others
    argued …*"), or what the source went on to do after the quote ending before token ``te``
    (``_narrators_own``); else past the cue's clause."""
    for conj in cue.children:
        reports = any(c.dep_ == "ccomp" for c in conj.children)
        if conj.dep_ == "conj" and conj.i > ts and is_cue_verb(conj) and reports:
            joiners = [c.i for c in cue.children if c.dep_ == "cc" and ts < c.i < conj.i]
            return min([conj.left_edge.i, *joiners])
        sourced = any(c.dep_ == "nsubj" for c in conj.children)
        if conj.dep_ == "advcl" and conj.i > ts and is_cue_verb(conj) and reports and sourced:
            return conj.left_edge.i
        if conj.left_edge.i >= te and _quotes_of_its_own(conj):
            # "called the show “thrilling” and praised the cast for “…”": the second report's
            joiners = [c.i for c in cue.children if c.dep_ == "cc" and te <= c.i < conj.i]
            return min([conj.left_edge.i, *joiners])
        if conj.left_edge.i >= te and _narrators_own(cue, conj):
            # "said it was working on “all legal options,” but declined to go into detail"
            joiners = [c.i for c in cue.children if c.dep_ == "cc" and te <= c.i < conj.i]
            return min([conj.left_edge.i, *joiners])
        if conj.dep_ == "ccomp" and conj.i > ts and is_cue_verb(conj) and sourced:
            passed_on = not any(c.dep_ in ("ccomp", "dobj") for c in conj.children)
            comma = conj.left_edge.i - (cue.doc[conj.left_edge.i].text != ",")
            if passed_on and cue.doc[comma].text == ",":
                return comma  # "said the plan was “dead”, state media reported"
    return cue.right_edge.i + 1


def _next_paragraph(text: str, prev: Candidate, q: Marked) -> bool:
    """The quotation ``q`` opens in the paragraph where ``prev`` ends or the next one (a
    quotation running over several paragraphs counts from its last)."""
    return not any(line.strip() for line in text[prev.spans[-1][1] : q.start].split("\n")[1:-1])


def _conjoined_before(cue, ts: int) -> bool:
    """The cue after a quotation opening at token ``ts`` is a verb joined to one before it
    with words of its own ("Meta called the decision “flawed” and “unjustified” and said it
    would appeal"): it reports them, not a short quotation before it."""
    return cue.dep_ == "conj" and cue.head.i < ts and has_right_complement(cue)


def _participle_with_subject(verb) -> bool:
    """``verb`` is a participle with a subject of its own ("with Sarah Whitlock conceding")."""
    return verb.tag_ == "VBG" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
