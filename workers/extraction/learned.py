"""Stage 3c, the tagger's attributions: its grouped spans (``tagger.group_spans``) -> ``Candidate``
values, with the parse's cue verb and subject and the tagger's SOURCE as speaker evidence."""

from __future__ import annotations

from .candidates import TAGGER, Candidate
from .lexicon import CREDITED_WRITINGS, LINE_LABELS, PRONOUNS, SPEECH_VERBS
from .syntax import name_given_in_marks, names_the_noun_before, naming_participle, subject_of
from .tagger import SPANS_KEY, SpanGroup, group_spans
from .view import DocView, in_dateline, is_mark


def _can_speak(tok, group: SpanGroup) -> bool:
    """A SOURCE head that can name a speaker: a noun or pronoun outside the content that is
    not the object of a verb ("discuss recently released polls") nor in a dateline
    ("SEATTLE (AP) —")."""
    inside = any(span.start <= tok.i < span.end for span in group.content)
    nominal = tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.dep_ != "dobj"
    return not inside and nominal and not in_dateline(tok.doc, tok.i)


#: Prepositions whose object tells when or despite what something was done, not what was said.
_CIRCUMSTANCE_PREPS = frozenset({"after", "before", "since", "until", "despite", "during", "while"})


def _circumstance(cue, root) -> bool:
    """The content is the cue's circumstance ("Nurse struck off *after* stealing patients'
    medication", "reported *after* the FBI appears to have abandoned the scene"): what follows
    a preposition or conjunction of time or concession that hangs on the cue."""
    if cue is None:
        return False
    if root.dep_ == "advcl" and root.head.i == cue.i:  # not "complained soon after that …"
        marks = {c.lower_ for c in root.children if c.dep_ == "mark"}
        return bool(marks & _CIRCUMSTANCE_PREPS) and "that" not in marks
    prep = root.head
    return (
        root.dep_ in ("pcomp", "pobj")
        and prep.dep_ == "prep"
        and prep.lower_ in _CIRCUMSTANCE_PREPS
        and prep.head.i == cue.i
    )


def _reports_a_clause_of_its_own(cue, group: SpanGroup) -> bool:
    """The cue reports a "that" clause after it that the content leaves out ("Both candidates
    face questions … (her campaign later disclosed *that she has pneumonia*)"): the content is
    not what it reports; not the first part of a report set off by a comma before its cue
    ("The documents indicate, he said, that …")."""
    if cue is None:
        return False
    doc = cue.doc
    end = max(span.end for span in group.content)
    if end <= cue.left_edge.i and [t.text for t in doc[end : cue.left_edge.i]] in ([], [","]):
        return False
    own = [
        c
        for c in cue.children
        if c.dep_ == "ccomp" and c.i > cue.i and any(m.lower_ == "that" for m in c.children)
    ]
    return any(
        not any(span.start <= c.i < span.end for span in group.content)
        and all(span.end <= cue.i for span in group.content)
        for c in own
    )


def _passive_predicate(cue, root) -> bool:
    """The content is what a passive cue with no agent makes its subject ("The man … was
    pronounced *dead*", "was declared *the winner*", "her condition is described *as serious*"):
    a status, not words reported, unless they are quoted ("was labeled “Mostly True”")."""
    return (
        cue is not None
        and root.head.i == cue.i
        and (root.dep_ in ("oprd", "acomp", "attr") or (root.dep_, root.lower_) == ("prep", "as"))
        and any(c.dep_ == "auxpass" for c in cue.children)
        and not any(c.dep_ == "agent" for c in cue.children)
    )


def _claimed_sum(cue, root) -> bool:
    """The content is a sum of money claimed ("had claimed *more than £20,000 in expenses*"):
    a payment asked for, not words."""
    return (
        cue is not None
        and cue.lemma_.lower() == "claim"
        and root.head.i == cue.i
        and root.dep_ == "dobj"
        and root.ent_type_ == "MONEY"
    )


def _object_of_another_verb(cue, root, group: SpanGroup) -> bool:
    """The content is a noun phrase, no clause, that is the object of a verb other than the cue
    and than any verb of saying ("A judge blocked *a Texas law* …, saying it …"): what was
    done, not what the cue reports."""
    verb = root.head
    return (
        cue is not None
        and root.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and verb.i != cue.i
        and verb.lemma_.lower() not in SPEECH_VERBS
        and not any(t.pos_ in ("VERB", "AUX") for span in group.content for t in span)
    )


#: Nouns whose "of" names an offence ("arrested on suspicion of causing death by dangerous
#: driving", "two counts of fraud"), not words anyone said.
_OFFENCE_NOUNS = frozenset({"suspicion", "charge", "count"})


def _offence(cue_tokens: list) -> bool:
    """The cue is only the "of" after a noun that names an offence ("on suspicion *of*
    causing death by dangerous driving")."""
    words = [t for t in cue_tokens if not t.is_punct]
    return (
        len(words) == 1
        and words[0].lower_ == "of"
        and words[0].head.lemma_.lower() in _OFFENCE_NOUNS
    )


def _staff_credit(root) -> bool:
    """Content that credits the article's own staff ("Associated Press writers Edna Tarigan
    and Niniek Karmini *contributed to this report*", "… contributed reporting"), not what
    anyone said."""
    if root.lemma_.lower() != "contribute":
        return False
    for child in root.children:
        if child.dep_ == "dobj" and child.lower_ == "reporting":
            return True
        objects = [c.lemma_.lower() for c in child.children if c.dep_ == "pobj"]
        to = child.dep_ == "prep" and child.lower_ in ("to", "for")
        if to and any(o in CREDITED_WRITINGS for o in objects):
            return True
    return False


def _label_only(cue_tokens: list, group: SpanGroup) -> bool:
    """A cue that is only punctuation before content without a verb, or after a word that
    labels a line ("Tennis: Argentina stun hosts Italy"): a label such as "Photo: Tom
    Baker/Getty Images", not an attribution."""
    verbless = not any(t.pos_ in ("VERB", "AUX") for span in group.content for t in span)
    source = group.source
    labelled = source is not None and len(source) == 1 and source[0].lower_ in LINE_LABELS
    return (verbless or labelled) and all(t.is_punct for t in cue_tokens)


def _known_as(cue_tokens: list) -> bool:
    """A cue that is only a participle giving a name or the "as" after one ("The Argentine,
    known *as* “La Flaca” back home, …", "a discussion *titled* “…”"): a name, not words
    anyone said."""
    words = [t for t in cue_tokens if not t.is_punct]
    if len(words) != 1:
        return False
    if words[0].lower_ == "as":
        return naming_participle(words[0].head)
    return names_the_noun_before(words[0])


def _role_read_as_a_verb(cue) -> bool:
    """A cue the parser read as a verb that is the subject of another, with a person's name
    as its object: a role before the name ("Former Verdana *defender* Massimo Lentini, now a
    pundit, told …"), nothing said."""
    return (
        cue is not None
        and cue.pos_ == "VERB"
        and cue.dep_ == "nsubj"
        and any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in cue.children)
    )


def _a_name_given(group: SpanGroup) -> bool:
    """The content is a few words ending in a name given in marks ("himself only as “Dex,”"),
    not words anyone said."""
    content = group.content[0]
    opening = next((t for t in content if is_mark(t)), None)
    return (
        len(content) <= 8
        and opening is not None
        and name_given_in_marks(content.doc, opening.i + 1)
    )


def _describes_the_speaker(speaker, cue, root) -> bool:
    """The content is the verb, or what the verb takes, of a relative clause inside the cue's
    subject, which says who the speaker is or what they did ("A consultant, who did not wish
    *to be named*, told the Herald …", "Oakley, who voted *no*, said …"), not what the cue
    reports."""
    clause = root if root.dep_ == "relcl" else root.head
    left, right = speaker.left_edge.i, speaker.right_edge.i
    return clause.dep_ == "relcl" and left <= clause.i <= right and not left <= cue.i <= right


def _with_the_gerund(content) -> int:
    """Where content starts with the gerund right before it whose object it is, the verb of
    what was admitted or denied ("admitted *breaching* its permit"): that gerund's, else the
    content's start."""
    doc = content.doc
    before = doc[content.start - 1] if content.start else None
    takes_it = before is not None and before.tag_ == "VBG" and before.dep_ == "xcomp"
    takes_it = takes_it and before.head.lemma_.lower() in _ADMITTING_VERBS
    return before.i if takes_it and content.root.head.i == before.i else content.start


#: Verbs of saying whose gerund is what was said ("admitted breaching", "denied copying").
_ADMITTING_VERBS = frozenset({"admit", "deny", "acknowledge", "confess", "concede", "recall"})


def tagger_candidates(view: DocView) -> tuple[Candidate, ...]:
    """(view) -> candidates for the tagger's CONTENT spans (none when the tagger did not run).

    Speaker evidence: the subject the parse gives for the cue verb (outside the content), and
    the tagger's SOURCE in the same sentence unless that subject is a name or pronoun. The cue
    is the tagger's CUE span in that sentence, or the governing verb; content with neither is
    left out.
    """
    doc = view.doc
    if SPANS_KEY not in doc.spans or not len(doc.spans[SPANS_KEY]):
        return ()
    sent_start = [0] * len(doc)
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            sent_start[i] = sent.start

    def same_sentence(a, b) -> bool:
        return sent_start[a.start] == sent_start[b.start]

    out: list[Candidate] = []
    for aq in group_spans(doc, view.text):
        spans = []
        for n, span in enumerate(aq.content):
            rng = view.trim(_with_the_gerund(span) if n == 0 else span.start, span.end)
            if rng is not None:
                spans.append((doc[rng[0]].idx, view.char_end(rng[1] - 1)))
        if not spans:
            continue
        first = aq.content[0]
        root = first.root
        cue_tokens: list = []
        cue = None
        if aq.cue is not None and same_sentence(aq.cue, first):
            cue_tokens = list(aq.cue)
            verbs = [t for t in aq.cue if t.pos_ in ("VERB", "AUX")]
            cue = verbs[-1] if verbs else aq.cue.root
        elif root.head is not root and not first.start <= root.head.i < first.end:
            cue = root.head
            cue_tokens = [cue]
        if not cue_tokens or _label_only(cue_tokens, aq) or _known_as(cue_tokens):
            continue
        if _offence(cue_tokens):
            continue
        if _role_read_as_a_verb(cue):
            continue
        if _a_name_given(aq):  # "who identified himself only as “Dex,”"
            continue
        in_marks = any(any(view.in_quote[span.start : span.end]) for span in aq.content)
        if not in_marks and (
            _reports_a_clause_of_its_own(cue, aq)
            or _passive_predicate(cue, root)
            or _circumstance(cue, root)
            or _claimed_sum(cue, root)
            or _object_of_another_verb(cue, root, aq)
            or _staff_credit(root)
        ):
            continue
        speaker = subject_of(cue) if cue is not None else None
        if speaker is not None and _describes_the_speaker(speaker, cue, root):
            continue
        if speaker is not None and first.start <= speaker.i < aq.content[-1].end:
            opening = speaker.left_edge.i  # "Asked whether …, the PM's spokesman told": the
            after_a_clause = opening > first.start and view.doc[opening - 1].text == ","
            if not in_marks and after_a_clause and aq.content[-1].end - 1 == speaker.i:
                continue  # question put to him, and him; not "The businessman enjoys support"
            speaker = None
        src = aq.source.root if aq.source is not None else None
        subject_named = speaker is not None and (
            speaker.head.i == cue.i
            and speaker.dep_ in ("nsubj", "nsubjpass")
            and (speaker.pos_ == "PROPN" or speaker.lower_ in PRONOUNS)
        )
        source = (
            src
            if src is not None
            and same_sentence(aq.source, first)
            and _can_speak(src, aq)
            and not subject_named
            else None
        )
        out.append(
            Candidate(
                spans=tuple(spans),
                kind="mixed" if in_marks else "indirect",
                origin=TAGGER,
                cue=tuple(cue_tokens),
                anchor=root.i,
                subject=speaker,
                source=source,
            )
        )
    return tuple(out)
