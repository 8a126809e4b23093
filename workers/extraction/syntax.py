"""Parse helpers shared by the stages: cue verbs, their subjects and names next to them."""

from __future__ import annotations

import re

from .lexicon import (
    ADDRESSEE_VERBS,
    AFFILIATE_NOUNS,
    ANAPHORIC_ORG_NOUNS,
    ANONYMITY_WORDS,
    BODY_NOUNS,
    CITING_VERBS,
    CLAUSE_CUES,
    COGNITION_VERBS,
    COURTROOM_PARTICIPLES,
    FIRST_NAMES,
    HEARER_VERBS,
    HUMAN_NOUNS,
    INTERJECTIONS,
    KIN_NOUNS,
    MANNERS_OF_SPEAKING,
    MEANS_VERBS,
    MEDIUM_NOUNS,
    MONTHS,
    NAMED_AS_VERBS,
    NAMING_PARTICIPLES,
    OBJECT_CUES,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_OPENERS,
    PLATFORMS,
    PREP_CUES,
    PRONOUNS,
    QUESTION_VERBS,
    REFUSING_VERBS,
    RELATION_NOUNS,
    REPORT_JOINERS,
    RETORT_VERBS,
    ROLE_TITLES,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    TIME_RUN_ONS,
    TITLES,
    TITLING_VERBS,
    is_recorded_first_name,
)
from .marks import ALL_MARKS
from .memo import doc_ents, per_document
from .view import DocView, in_dateline, is_mark
from .words import common_words

_SUBJ = ("nsubj", "nsubjpass")
#: Dependencies that give a clause its own subject.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
_WHEN = frozenset({"DATE", "TIME"})
#: Entity types of a name that may speak.
_NAMED = frozenset({"PERSON", "ORG"})
#: Words that keep a source unnamed by themselves ("on condition of anonymity").
_ANONYMOUS = frozenset({"anonymity", "anonymously"})
#: Words that set a clause against the one it hangs on ("…, though she says …").
_CONCEDING = frozenset({"though", "although", "while", "whereas"})
#: Entity types of places.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_NP_WINDOW = 6
#: At most this many tokens of a description after its noun ("People familiar with the matter").
DESCRIPTION_TOKENS = 10
_MORE_FOR_A_CLAUSE = 4
_COMP_DEPS = frozenset({"ccomp", "xcomp", "dobj", "oprd", "attr", "parataxis", "advcl", "prep"})
#: The verbs of ``PREP_CUES``.
_PREP_CUE_VERBS = frozenset(verb for verb, _ in PREP_CUES)


def is_dash(text: str) -> bool:
    """A dash introducing a source ("― Name"), possibly glued to a closing mark."""
    return any(ch in "―—–" for ch in text) and all(ch in "―—–-" or ch in ALL_MARKS for ch in text)


def _misparsed_subject(noun):
    """The name before a verb of saying that the parser took for a plural noun ("Trump claims
    that ...", "Trump charges that ..."), or None."""
    if noun.tag_ != "NNS" and not _read_taken_for_a_noun(noun) or noun.i == 0:
        return None
    if not any(c.dep_ in ("ccomp", "acl") for c in noun.children):
        return None
    for c in noun.children:
        if c.dep_ == "nsubj":
            return c
    prev = noun.doc[noun.i - 1]
    named = prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN")
    attached = prev.i == noun.head.i or (prev.head.i == noun.i and prev.dep_ == "compound")
    described = (  # '"…," the lawsuit states.'
        prev.pos_ == "NOUN"
        and prev.dep_ == "compound"
        and prev.i > 0
        and noun.doc[prev.i - 1].pos_ == "DET"
    )
    return prev if (named or described) and attached and prev.ent_type_ not in _WHEN else None


def _read_taken_for_a_noun(tok) -> bool:
    """The verb "read" closing a sentence after a quotation, which the parser took for the
    noun ('"…," the email read.')."""
    return tok.lower_ == "read" and tok.tag_ == "NN"


def misread_closing_cue(tok) -> bool:
    """A verb of saying that closes a sentence after a quotation, which the parser took for a
    plural noun ('"…," the lawsuit states.', '"…," Kate Mills claims.') or, "read", for the
    noun ('"…," the email read.'), or for a plural noun the name before it compounds
    ('"…," Zimmermann-Baer jokes as he unpacks.')."""
    doc = tok.doc
    end = tok.i + 1 < len(doc) and doc[tok.i + 1].text in (".", ",", ";")
    return tok.lemma_.lower() in SPEECH_VERBS and (
        _name_compounding(tok) is not None
        or (
            (tok.tag_ == "NNS" or _read_taken_for_a_noun(tok))
            and end
            and any(c.dep_ == "ccomp" for c in tok.children)
            and _misparsed_subject(tok) is not None
        )
    )


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


def _shown(noun):
    """The name a recording shows ("footage of Hillary Clinton asking …"): the proper noun
    its "of" phrase holds, or None."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    return obj
    return None


def _name_after_its_title(subject, verb):
    """The last word of the name after a title the parser took for the subject, hanging the
    name, a person's to the NER, elsewhere ("Cllr Fennelly added that …", "Fennelly" an adverb
    to it), else the subject."""
    doc = subject.doc
    if subject.lower_ not in TITLES or subject.head != verb:
        return subject
    end = subject.i + 1
    common = common_words(doc.vocab)  # not a headline's "Judge Just Gave"
    while end < verb.i and doc[end].is_title and doc[end].ent_type_ == "PERSON":
        if doc[end].lower_ in common:
            return subject
        end += 1
    return doc[end - 1] if end > subject.i + 1 and end == verb.i else subject


def said_by_a_subject_after(verb, end: int) -> bool:
    """A verb of saying, with no modal, whose subject, a name or a pronoun, comes at or after
    token ``end``, past an "according to" phrase ("According to a recording …, she said …"):
    the subject said it (not "the media would call him")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.lemma_.lower() in SPEECH_VERBS
        and subject is not None
        and subject.i >= end
        and subject.pos_ in ("PROPN", "PRON")
        and not any(c.tag_ == "MD" for c in verb.children)
    )


def name_before_a_verb_read_as_noun(tok):
    """The name before the verb that ends a sentence when the parser read the verb as a plural
    noun and the name as its compound ("…,” Oyelaran-Murphy laughs."): the name's last word;
    the token otherwise."""
    doc = tok.doc
    name = _name_compounding(tok)
    ends = tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct or doc[tok.i + 1].is_space
    return name if name is not None and tok.dep_ == "ROOT" and ends else tok


def subject_read_as_a_compound(name) -> bool:
    """``name`` is the subject of the verb after it that opens its sentence's root, which the
    parser read as a plural noun and the name as its compound ("Brennock shrugs when this is
    put to her.", "Kinnaird laughs.")."""
    verb = name.head
    return (
        name.dep_ == "compound"
        and name.is_title
        and (name.pos_ == "PROPN" or name.ent_type_ == "PERSON")
        and verb.i == name.i + 1
        and verb.tag_ == "NNS"
        and verb.dep_ == "ROOT"
    )


def subject_read_as_an_adverb(name) -> bool:
    """``name``, a capitalised word opening its sentence, is the subject of the verb after it,
    which has none, though the parser read it as an adverb ("Farrelly is unbothered.")."""
    verb = name.head
    return (
        name.dep_ == "advmod"
        and name.is_title
        and name.is_sent_start
        and verb.i == name.i + 1
        and verb.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _name_compounding(tok):
    """The proper noun right before a plural noun that the parser made its compound (the name
    before a verb it read as a noun: "Zimmermann-Baer jokes"), or None."""
    name = tok.doc[tok.i - 1] if tok.i else None
    if tok.tag_ != "NNS" or name is None or name.head != tok or name.dep_ != "compound":
        return None
    return name if name.pos_ == "PROPN" else None


def _titled_name(tok):
    """The person's name that ends the capitalised title the parser took ``tok`` to head
    ("Court of King's Bench Justice Shauna McCarthy", "Secretary of State John Kerry"): the
    name's last word; None for other subjects ("Friends of Bob Smith")."""
    if not tok.is_title:
        return None
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.ent_type_ != "PERSON" or name.ent_iob_ == "B":
            continue
        doc = name.doc
        start = next(k for k in range(name.i, -1, -1) if doc[k].ent_iob_ == "B")
        between = doc[tok.i + 1 : start]
        run = all(t.is_title or t.lower_ in ("of", "'s", "’s") for t in between)
        if run and any(t.is_title for t in doc[prep.i + 1 : start]):
            return name
    return None


def lost_object(prep):
    """The noun phrase the parser took for a second subject of the verb instead of the object
    of ``prep``, a preposition it left without one ("A spokesperson *for* Health Minister
    Sylvia *Jones* said": "Jones"), or with only the kind of organisation the name follows
    ("Analysts at consultancy *Cornwall Insight* said"), or None."""
    if prep.dep_ != "prep" or prep.head.head is prep.head:
        return None
    kids = list(prep.children)
    kind = len(kids) == 1 and kids[0].lemma_.lower() in ORG_NOUNS and kids[0].is_lower
    if kids and not (kind and kids[0].right_edge.i == kids[0].i):
        return None
    after = kids[0].i + 1 if kids else prep.i + 1
    return next(
        (
            c
            for c in prep.head.head.children
            if c.dep_ in ("nsubj", "nsubjpass")
            and c.left_edge.i == after
            and c.pos_ in ("PROPN", "NOUN")
            and (not kids or c.pos_ == "PROPN")
        ),
        None,
    )


def _role_holder(role):
    """The word the parser hung a role noun on: the head of its preposition ("Department for
    Levelling Up spokesperson") or of its apposition; None otherwise."""
    if role.dep_ == "pobj":
        return role.head.head
    return role.head if role.dep_ == "appos" else None


def organisation_before_the_role(role):
    """The organisation's name before the role noun ``role`` that the parser made its head ("A
    Department of Health and Social Care spokesperson") or hung elsewhere ("…," a Department of
    Health and Social Care spokesman said), else None: the name's head token."""
    owner = _role_holder(role)
    if owner is not None and role_at_the_end(owner) == role:
        return owner
    if role.lemma_.lower() not in AFFILIATE_NOUNS or any(True for _ in role.lefts) or not role.i:
        return None
    doc = role.doc
    if doc[role.i - 1].ent_type_ != "ORG":
        return None
    name = next((e for e in doc_ents(doc) if e.end == role.i and e.label_ == "ORG"), None)
    return name.root if name is not None and name.root.head.i != role.i else None


def role_at_the_end(subject):
    """The role noun that ends a subject the parser headed by the organisation's name ("A
    Department for Levelling Up spokesperson said", "A Department of Health and Social Care
    spokesperson said", its apposition with no comma before it: "spokesperson"), or None."""
    last = subject.right_edge
    owner = _role_holder(last)
    return (
        last
        if subject.pos_ == "PROPN"
        and last.i != subject.i
        and last.pos_ == "NOUN"
        and owner is not None
        and owner.i == subject.i
        and not any(t.is_punct for t in subject.doc[subject.i + 1 : last.i])
        and last.lemma_.lower() in AFFILIATE_NOUNS
        else None
    )


#: Nouns a participle after them describes ("A lawyer representing …", "The union representing …").
#: Verbs whose hearer is their subject in the passive: those that name a hearer, and bid one.
_BIDDING = HEARER_VERBS | {"warn", "advise", "caution", "urge", "order", "instruct", "encourage"}
_DESCRIBED_BY_A_PARTICIPLE = (
    PERSON_NOUNS | AFFILIATE_NOUNS | RELATION_NOUNS | ORG_NOUNS | {"person", "people", "individual"}
)  # "A person *involved in the search*"


def _other_source_joined(child) -> int | None:
    """Where the words of a description's participle or adjective phrase join another source,
    counted, to its last noun ("a person briefed on the negotiations *and two diplomats who
    …*", the parser's reading): the "and" before a noun for people; None when there is none
    (not "tensions between supporters and protesters")."""
    for t in child.subtree:
        if t.dep_ != "conj" or t.pos_ != "NOUN" or t.tag_ != "NNS" or t.i == child.i:
            continue
        counted = any(c.dep_ == "nummod" or c.lower_ in _SOURCES_COUNTED for c in t.children)
        cc = next((c for c in t.head.children if c.dep_ == "cc" and c.i < t.i), None)
        if cc is not None and counted and t.lemma_.lower() in PERSON_NOUNS | {"people"}:
            return cc.i
    return None


#: Words that count the people of a second source ("and several officials").
_SOURCES_COUNTED = frozenset({"several", "some", "other", "many", "two", "three", "four"})


def _who_participle(child, noun) -> bool:
    """A participle after a person or organisation noun that tells who they are ("A lawyer
    *representing the family*", "a witness *interviewed by staff*"), not a cue ("the
    candidates *debating whether …*") nor a time ("released *Friday*"), read up to a comma
    ("The union representing Skyline's flight attendants, which has been negotiating for two
    years,")."""
    words = list(child.subtree)
    comma = next((t.i for t in words if t.text == ","), len(child.doc))
    # "an official *briefed on the session*": one told, a passive participle of saying
    # (a past tense to the tagger)
    told = child.tag_ in ("VBN", "VBD") and any(c.dep_ == "prep" for c in child.children)
    return (
        child.dep_ == "acl"
        and (child.tag_ in ("VBG", "VBN") or told)
        and noun.lemma_.lower() in _DESCRIBED_BY_A_PARTICIPLE
        and (
            told
            or (
                child.lemma_.lower() not in SPEECH_VERBS
                and child.lemma_.lower() not in COGNITION_VERBS
            )
        )
        and not any(t.ent_type_ in _WHEN or t.dep_ == "ccomp" for t in words if t.i < comma)
    )


def _who_clause(child, noun) -> bool:
    """A relative clause right after a person or organisation noun that tells who they are ("A
    woman *who runs a nearby shop* said"), with no report or time in it, the noun the subject
    of the verb right after the clause (not "advisers *who underestimated voter frustration*":
    their own act)."""
    doc = noun.doc
    after = child.right_edge.i + 1
    return (
        child.dep_ == "relcl"
        and noun.dep_ in ("nsubj", "nsubjpass")
        and after < len(doc)
        and (after == noun.head.i or doc[after].text == ",")
        and child.left_edge.lower_ in ("who", "that")
        and noun.lemma_.lower() in _DESCRIBED_BY_A_PARTICIPLE
        and (
            child.lemma_.lower() not in SPEECH_VERBS and child.lemma_.lower() not in COGNITION_VERBS
        )
        and not any(t.ent_type_ in _WHEN or t.dep_ == "ccomp" for t in child.subtree)
    )


#: Words for some people that a phrase after them describes ("Some in the industry say").
_SOME_OF_THEM = frozenset({"some", "many", "several", "most", "others", "those", "few"})


def said_by_an_acronym(verb) -> bool:
    """``verb`` is a verb of saying the parser hung as a relative clause on an acronym in
    capitals it read as "who" ("a spokesperson for the WHO said in Geneva")."""
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    who = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    return who is not None and who.tag_ in ("WP", "WDT") and who.is_upper and len(who) > 1


def description_end(tok, end: int) -> int:
    """Where a description of an unnamed source ends: after the words right after its noun
    that tell who they are ("Sources close to the negotiations", "People familiar with the
    matter", "Residents of the town", "A lawyer representing the family", "A woman who runs a
    shop", up to a comma, and a
    preposition's object the parser took for a second
    subject: ``lost_object``), at most ``DESCRIPTION_TOKENS`` tokens and never a
    date ("Senate leaders *on Thursday* said"), or whom a number counts ("One *of them*");
    ``end`` when there are none."""
    counted = tok.lower_ in _SOME_OF_THEM  # "Some in the industry", "Those close to him"
    if tok.pos_ not in ("NOUN", "NUM") and not _office_in_capitals(tok) and not counted:
        return end
    last = tok.i
    cc = None  # the "and" of "importers and clearing agents say", kept once what it joins is
    for child in tok.rights:
        if child.dep_ == "cc" and child.i == last + 1 and _joins_another_kind(child):
            cc = child.i
            continue
        lost = lost_object(child)  # "A spokesperson for Health Minister Sylvia Jones said"
        words = list(child.subtree) + (list(lost.subtree) if lost is not None else [])
        words = [t for t in words if not t.is_space]  # "followers\xa0attacked": no blank
        # not "… for the rapper confirmed on Monday."
        cue = next((t.i for t in child.subtree if closing_cue(t) or said_by_an_acronym(t)), None)
        words = words if cue is None else [t for t in words if t.i < cue]
        if child.dep_ in ("amod", "prep"):  # "people familiar with the programme who were
            # not authorised to speak": who they are, without the clause keeping them unnamed
            rel = next((t.left_edge.i for t in child.subtree if unnamed_by_request(t)), None)
            words = words if rel is None else [t for t in words if t.i < rel]
        other = _other_source_joined(child) if child.dep_ in ("acl", "amod") else None
        words = words if other is None else [t for t in words if t.i < other]  # "a person
        # briefed on the negotiations and two diplomats who …": the person
        if not words:
            break
        right = words[-1].i
        joined = child.dep_ == "conj" and child.pos_ == "NOUN"  # after its "and"
        if (
            child.dep_ not in ("amod", "prep")
            and not joined
            and not (_who_participle(child, tok) or _who_clause(child, tok))
        ):
            break
        if child.left_edge.i != (cc if joined and cc is not None else last) + 1:
            break
        if child.dep_ == "prep" and lost is None and not any(True for _ in child.children):
            break  # a preposition the parser left without its object
        if counted and child.dep_ == "prep" and child.lower_ == "as":
            break  # "interpreted by some *as a threat*": what they took it for
        if any(t.dep_ == "pobj" and t.ent_type_ in _WHEN for t in child.children):
            break
        # a comma of a list stays inside ("Grid operators in Estonia, Latvia and Lithuania")
        comma = next((t.i for t in words if t.text == "," and not _in_a_list(t)), None)
        inside = words if comma is None else [t for t in words if t.i < comma]
        marks = [t for t in inside if is_mark(t) and t.dep_ != "case"]
        if (
            len(marks) % 2
            or child.lower_ == "as"
            or any(
                t.is_punct and not glued_hyphen(t.doc, t.i) and not _in_a_list(t) and not is_mark(t)
                for t in inside
            )
        ):  # not "One of Nordvik's top-ten shareholders", nor what they are taken "as"; a title
            break  # in marks stays ("Producers of the “Death of a Salesman” revival")
        if comma is not None:  # "A source familiar with the talks, who …": up to the comma
            right = comma - 1
        # a clause of who they are may run longer ("A woman who identified herself as a nurse
        # at the hospital")
        most = DESCRIPTION_TOKENS + _MORE_FOR_A_CLAUSE * (child.dep_ == "relcl")
        if _names_one_body(child, inside):  # "A source at the Ministry of Finance and
            most += len(inside)  # Development Planning": the whole name
        if right - tok.i >= most or right <= last:
            break
        last = right
        if comma is not None:
            break
    doc = tok.doc
    if last + 1 < len(doc) and _handle(doc[last + 1]) and doc[last].lower_ in _HANDLE_NOUNS:
        last += 1  # "A user with the handle @poolside_dad": the handle names them
    last_tok = doc[last]
    return max(end, last_tok.idx + len(last_tok.text))


def _joins_another_kind(cc) -> bool:
    """The conjunction ``cc`` joins its head to a common noun for other people after it
    ("importers *and* clearing agents")."""
    joined = next((c for c in cc.head.rights if c.i > cc.i and c.dep_ == "conj"), None)
    return cc.lower_ == "and" and joined is not None and joined.pos_ == "NOUN"


def _in_a_list(comma) -> bool:
    """``comma`` separates names of a list ("Estonia, Latvia and Lithuania"): the word after it
    is joined to the one before it, and so is one after an "and"."""
    doc = comma.doc
    if comma.text != "," or comma.i + 1 >= len(doc) or comma.i == 0:
        return False
    after = doc[comma.i + 1]
    joined = after.dep_ == "conj" and after.head.i < comma.i and after.pos_ == "PROPN"
    listed = {after.i, after.head.i}
    return joined and any(
        t.dep_ == "cc" and (t.head.i in listed or t.head.dep_ == "conj")
        for t in doc[comma.i + 1 : comma.i + 8]
    )


#: Nouns a social-media handle is given after ("the handle @poolside_dad").
_HANDLE_NOUNS = frozenset({"handle", "account", "username", "name", "page"})


def _names_one_body(prep, words) -> bool:
    """``words`` are the preposition ``prep`` and one organisation's or place's name ("at the
    Ministry of Finance and Development Planning")."""
    rest = [t for t in words if t.i > prep.i]
    if rest and rest[0].dep_ == "det" and rest[0].ent_iob_ == "O":
        rest = rest[1:]  # "at the" before a name the NER starts after it
    return (
        prep.dep_ == "prep"
        and bool(rest)
        and rest[0].ent_iob_ == "B"
        and rest[0].ent_type_ in ("ORG", "GPE")
        and all(t.ent_iob_ == "I" for t in rest[1:])
        and (rest[-1].i + 1 == len(prep.doc) or prep.doc[rest[-1].i + 1].ent_iob_ != "I")
    )


def _handle(tok) -> bool:
    """A social-media handle ("@poolside_dad")."""
    return len(tok.text) > 1 and tok.text[0] == "@" and tok.text[1:].replace("_", "").isalnum()


def infinitive(verb) -> bool:
    """The verb has "to" before it ("to reject")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _office_in_capitals(tok) -> bool:
    """An office written in capitals after "the" ("The Speaker of the House", "the Clerk of the
    Senate"): a description, which its "of" phrase completes."""
    office = tok.lower_ in ROLE_TITLES or tok.lemma_.lower() in PERSON_NOUNS
    # "The General Staff of the Armed Forces of Ukraine": a body no name of its own names
    office = office or (
        not tok.ent_type_
        and tok.is_title
        and any(
            prep.lower_ == "of" and any(o.ent_type_ in ("ORG", "GPE") for o in prep.children)
            for prep in tok.rights
        )
    )
    return tok.pos_ == "PROPN" and office and any(c.lower_ == "the" for c in tok.children)


def unnamed_by_request(clause) -> bool:
    """A relative clause that keeps its noun unnamed ("who asked not to be named", "who spoke
    on condition of anonymity", "who were not authorised to speak", "who declined to be
    identified"; not "those who named a candidate")."""
    if clause.dep_ != "relcl":
        return False
    lemmas = {t.lemma_.lower() for t in clause.subtree}
    denied = any(t.dep_ == "neg" for t in clause.subtree) or bool(lemmas & REFUSING_VERBS)
    return bool(lemmas & ANONYMITY_WORDS) and (denied or bool(lemmas & _ANONYMOUS))


def speaker_asking_not_to_be_named(verb):
    """The noun a sentence with no verb of its own opens with, when the parser ran the cue
    into the clause that keeps it unnamed ("A signaller who asked not to be named because she
    feared disciplinary action *said* morale … was …": the signaller), else None."""
    for clause in verb.ancestors:
        if clause.dep_ == "relcl" and unnamed_by_request(clause):
            noun = clause.head
            return noun if noun.dep_ == "ROOT" and noun.pos_ == "NOUN" else None
    return None


def _name_taken_for_the_next_subject(verb):
    """The name right after a cue after a quotation that the parser took for the subject of a
    clause of the cue's ('…," said Tavares, who has worked in Amazonas *jails* for 20 years':
    "jails" a verb), else None."""
    doc = verb.doc
    if (
        verb.i < 2
        or verb.i + 1 >= len(doc)
        or not (is_mark(doc[verb.i - 1]) or doc[verb.i - 1].text == ",")
    ):
        return None
    name = doc[verb.i + 1]
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head  # "said Raimundo Tavares"
    clause = name.head
    return (
        name
        if name.pos_ == "PROPN"
        and name.dep_ == "nsubj"
        and clause.dep_ == "ccomp"
        and clause.head == verb
        and clause.i > name.i
        else None
    )


def closing_cue(verb) -> bool:
    """A cue of saying in the past tense that the parser hung on a noun as its description,
    ending the sentence with nothing after it but when ("…, a representative for the rapper
    *confirmed* on Monday."; not "a prisoner *charged* with desertion")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in SPEECH_VERBS
        and all(_when(c) or c.dep_ in ("punct", "advmod") for c in verb.children)
        and all(t.is_punct or t.is_space for t in verb.doc[verb.right_edge.i + 1 : verb.sent.end])
    )


def _when(tok) -> bool:
    """``tok`` says only when ("on Monday", "Tuesday", "late on Friday")."""
    if tok.dep_ == "npadvmod":
        return tok.ent_type_ in _WHEN
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    return tok.dep_ == "prep" and bool(objects) and all(o.ent_type_ in _WHEN for o in objects)


def _name_after_an_opening_date(verb):
    """The name the parser joined to the day before it and hung on "on" when no comma came
    between ("On Friday Hegde said …": Hegde, not Friday), when the cue has no subject."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for prep in verb.lefts:
        name = (
            next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ == "prep"
            else None
        )
        if name is None or name.pos_ != "PROPN" or name.ent_type_ in _WHEN:
            continue
        if any(c.ent_type_ in _WHEN and c.i < name.i for c in name.children):
            return name
    return None


def _opening_name(verb):
    """The name (capitalised proper nouns, no place or date) opening the sentence of a cue
    with no subject, set off by a comma and hung on the cue ("Tiafoe, playing in front of a
    home crowd, said …": the name read as a clause of its own; "Dr Owen Price, who …, added"),
    else None."""
    doc = verb.doc
    first = verb.sent.start
    while first < verb.i and (doc[first].is_space or doc[first].is_punct):
        first += 1
    end = first
    while end < verb.i and _name_word(doc[end]):
        end += 1
    if end == first or doc[first].ent_type_ not in ("", "PERSON", "ORG"):
        return None
    name = doc[first:end].root
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    relative = end + 1 < verb.i and doc[end].text == "," and doc[end + 1].lower_ == "who"
    cue = verb.tag_ in ("VBD", "VBZ") and verb.lemma_.lower() in CLAUSE_CUES
    if relative and cue and doc[verb.i - 1].text == ",":
        # "Dr Owen Price, who joined … after … was referred to the hospice, added that …":
        # the parser ended the relative clause early and hung the cue on its last verb
        return name
    if name.head.i != verb.i or name.dep_ in ("nsubj", "nsubjpass"):
        return None
    return name if end < verb.i and doc[end].text == "," else None


def _name_word(tok) -> bool:
    """A capitalised proper noun, or a capitalised word the tagger took for an interjection
    that is none ("Odunaike, however, said …")."""
    if not tok.is_title:
        return False
    return tok.pos_ == "PROPN" or (tok.pos_ == "INTJ" and tok.lower_ not in INTERJECTIONS)


def _after_an_opening_place(subject):
    """The apposition after an opening place phrase the parser took for the subject ("Outside
    court, the mother of one victim said": the mother), or the person it joined to the place
    that an opening preposition governs ("In Kyiv, Olena Petrenko, a nurse, said": Petrenko),
    or the verb's second subject after it ("Outside Parliament, Lerato Mashaba told"), else the
    subject itself."""
    doc = subject.doc
    first = doc[subject.left_edge.i]
    opening = first.lower_ in PLACE_OPENERS and first.head == subject and first.i < subject.i
    comma = subject.i + 1 < len(doc) and doc[subject.i + 1].text == ","
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if opening and comma and appos is not None:
        return appos
    after = (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i + 1)
    if opening and comma:  # "Outside Parliament, Lerato Mashaba told": a second subject
        return next(after, subject)
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    if (
        comma
        and (subject.ent_type_ in _PLACES or subject.pos_ == "PROPN")
        and before is not None
        and before.pos_ == "ADP"
        and before.is_sent_start
    ):
        joined = (c for c in subject.children if c.dep_ in ("conj", "appos") and c.i > subject.i)
        return next((c for c in joined if c.ent_type_ == "PERSON"), subject)
    return subject


#: Words for a kind of organisation ("Watchdog", "Chipmaker").
_KIND_NOUNS = ORG_NOUNS | ANAPHORIC_ORG_NOUNS


def _name_after_an_opening_kind(subject):
    """The organisation named right after the word for its kind that opens the sentence, which
    the parser took for the subject ("Watchdog the Energy Markets Authority (EMA) said": the
    Authority), else the subject."""
    doc = subject.doc
    if subject.i != subject.sent.start or subject.lower_ not in _KIND_NOUNS:
        return subject
    start = subject.i + 1 + (subject.i + 1 < len(doc) and doc[subject.i + 1].lower_ == "the")
    if start >= len(doc) or doc[start].ent_type_ != "ORG":
        return subject
    name = next(e for e in doc_ents(doc) if e.start <= start < e.end).root
    return name if name.head in (subject, subject.head) else subject


def _after_an_opening_word(subject):
    """The verb's next subject when the parser took a lone common noun that opens the sentence
    before a comma for one ("Sentencing, Recorder Alan Pryce told Dawson": Pryce; not "Torres,
    whose album …, has spoken"), or an opening participle for the subject set off after it
    ("Reacting, the party chairman, John Ede, said"), or a word of place or time the parser
    took for a name before the role set off after it ("Backstage, the 38-year-old creative
    director, …, said"), else the subject."""
    doc = subject.doc
    common = subject.pos_ == "NOUN" or subject.lower_.endswith("ing")  # "Sentencing,"
    # "Backstage," a proper noun to the tagger, no name (not "Patch", written so again inside
    # a sentence as Jeff Patch's name)
    word = subject.pos_ == "PROPN" and not subject.ent_type_
    word = word and subject.lower_ in common_words(doc.vocab)
    word = word and not any(t.text == subject.text and not t.is_sent_start for t in doc)
    common = common or word
    if not common or subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ",":
        return subject
    if subject.i != subject.sent.start:
        return subject
    words = [t for t in subject.subtree if not t.is_punct]
    if words != [subject]:  # "Reacting, the party chairman, John Ede, described …"
        apposed = (
            c for c in subject.children if c.dep_ in ("appos", "conj") and c.i > subject.i + 1
        )
        if subject.tag_ == "VBG":
            return next(apposed, subject)
        role = next(apposed, None) if word else None
        return role if role is not None and role.lemma_.lower() in PERSON_NOUNS else subject
    after = (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i)
    return next(after, subject)


def _described_by_a_misread_aside(verb):
    """The noun a relative clause set off after the sentence's opening noun describes, when
    the parser hung the verb after it inside that clause and found no verb for the noun ("The
    campaign group Clean Rivers Alliance, which hopes to …, posted": the Alliance), else
    None."""
    root = verb.sent.root
    if verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not an_aside(clause):
        return None
    described = clause.head
    opening = described == root or (described.dep_ == "appos" and described.head == root)
    return described if opening and described.i < verb.i else None


def _platform_of_a_noun(verb):
    """The verb that takes the speaker to a platform, when the infinitive describes a noun in
    its phrase ("rose on a point of order to ask why …": rose), else None."""
    if verb.dep_ != "acl" or not infinitive(verb):
        return None
    tok = verb.head
    while tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        tok = tok.head.head
    return tok if tok.pos_ == "VERB" and tok.lemma_.lower() in _PLATFORM_VERBS else None


def _apposed_name_before(verb):
    """The person's name the parser set in apposition and a comma closes right before the verb
    ("…, Stuart Andrew, wrote"), else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    return name if name.dep_ == "appos" and name.ent_type_ == "PERSON" else None


def _person_closing_the_subject(subject, verb):
    """The person named in apposition right before the verb when the parser took the
    organisation whose role they hold for the subject ("The Royal College of Nursing's general
    secretary, Nicola Ranger, said": Ranger, not the college), else the subject."""
    name = _apposed_name_before(verb)
    if subject.ent_type_ not in ("ORG", "GPE", "NORP") or name is None:
        return subject
    role = name.head
    if role == subject:  # both apposed to the owner: "Osei-Bonsu's lawyer, Kwame Asante-Darko,"
        role = next(
            (c for c in subject.children if c.dep_ == "appos" and subject.i < c.i < name.i),
            role,
        )
    if role == subject:  # the role read into the name: "The Bureau of Meteorology's senior
        doc = subject.doc  # climatologist, Dr Priya Raghunathan,", "of" its object
        role = next(
            (
                t
                for t in doc[subject.i + 1 : name.i]
                if t.pos_ == "NOUN" and t.head.head == subject and t.dep_ == "pobj"
            ),
            role,
        )
    if (
        role.pos_ == "NOUN"
        and role != subject
        and subject.left_edge.i <= role.i < name.i <= subject.right_edge.i
        and any(c.dep_ == "poss" for c in role.children)
    ):
        return name
    return subject


def _person_of_the_subject(subject):
    """The person the parser hung on the organisation they are "of" and took that for the
    subject ("Analyst Clive Black of Shore Capital said": Black, not Shore Capital), or on the
    office whose field they end ("High Commissioner for Refugees Matteo Ferraris said":
    Ferraris, not the commissioner), or whose body part the parser made the subject ("Mr. Obama's
    eyes welled … and urged voters to …"), else the subject."""
    office = _name_ending_the_office(subject)
    if office is not None:
        return office
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    if owner is not None and subject.lemma_.lower() in BODY_NOUNS:
        return owner  # "Mr. Obama's eyes welled … and urged voters to …": Obama
    if subject.ent_type_ != "ORG":
        return subject
    for child in subject.lefts:
        of = child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "of"
        if child.ent_type_ == "PERSON" and child.pos_ == "PROPN" and of:
            return child
    return subject


def _holder_set_off_after_an_office(subject):
    """The person set off in apposition after an office whose name ends in a proper noun the
    parser took for the subject ("NATO's Supreme Allied Commander Europe, Gen. Christopher
    Dunleavy, told"), else the subject."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return subject
    offices = ROLE_TITLES | TITLES | PERSON_NOUNS
    if not any(c.dep_ == "compound" and c.lower_ in offices for c in subject.lefts):
        return subject
    doc = subject.doc
    for child in subject.rights:
        set_off = doc[child.left_edge.i - 1].text == ","
        if child.dep_ == "appos" and child.ent_type_ == "PERSON" and set_off:
            return child
    return subject


def _name_set_off_after_the_role(subject, verb):
    """The person's name set off by commas after a role and the body it serves, which the
    parser hung inside the role's phrase ("The skipper of the Morning Star, Callum Reid, 52,
    told": Reid as the object of "of"), else the subject."""
    if subject.pos_ != "NOUN" or (
        subject.lemma_.lower() not in PERSON_NOUNS and subject.lemma_.lower() not in AFFILIATE_NOUNS
    ):
        return subject
    doc = subject.doc
    for tok in doc[subject.i + 1 : min(verb.i, subject.right_edge.i + 1)]:
        # a recorded first name the NER took into another kind of name ("Sylvie
        # Marchand-Ricard" an organisation to it)
        given = tok.pos_ == "PROPN" and tok.ent_iob_ != "I" and is_recorded_first_name(tok.text)
        if not (_opens_a_person(tok) or given) or doc[tok.i - 1].text != ",":
            continue
        between = doc[subject.i + 1 : tok.i]  # not "the Morning Star": a boat's name
        if any(
            t.lower_ in ROLE_TITLES or (t.lower_ in PERSON_NOUNS and t.pos_ == "NOUN")
            for t in between
        ):
            break  # "A spokesperson for Ontario's Minister of Mines, Gordon Pelletier,": his
        end = _last_of_the_name(tok).i
        after = doc[end + 1] if end + 1 < len(doc) else None
        # joined with no "and" to the body's name: an apposition misread ("The préfète of the
        # Bouches-du-Rhône, Sylvie Marchand-Ricard, wrote"); not to a person's noun
        # ("Relatives of the victim, Tomas Varga,": the victim's name)
        joined = doc[end].dep_ == "conj" and (
            doc[end].head.pos_ != "PROPN" or any(c.dep_ == "cc" for c in doc[end].head.children)
        )
        listed = joined or (end + 2 < len(doc) and doc[end + 2].lower_ == "and")
        if after is not None and (after.text == "," or after.i == verb.i) and not listed:
            return doc[end]  # not "President Obama, Hillary Clinton, and other Democrats"
    return subject


def _person_set_off_before_the_verb(subject, verb):
    """The person's name that commas set off right before the verb after a role, however the
    parser hung it ("the agency's regional director general for Quebec, Geneviève
    Tremblay-Lavoie, said", "The bureau's vice-president for investigative services, Anthony
    Di Sabatino, said"), else the subject."""
    doc = subject.doc
    end = verb.i - 2
    if end <= subject.i or doc[verb.i - 1].text != "," or doc[end].ent_type_ != "PERSON":
        return subject
    if subject.ent_type_ == "PERSON" or subject.pos_ == "PRON":
        return subject
    start = end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start - 1].text != "," or start - 1 <= subject.i:
        return subject
    # the role's own words: its compounds and a word a hyphen glues to it ("vice-president")
    own = [subject.i] + [c.i for c in subject.lefts if c.dep_ == "compound"]
    last = subject.i
    while last + 2 < len(doc) and glued_hyphen(doc, last + 1):
        own.append(last + 2)
        last += 2
    roles = PERSON_NOUNS | AFFILIATE_NOUNS | ROLE_TITLES
    role = any(doc[k].lemma_.lower() in roles for k in own)
    # not the name of another one the phrase speaks of ("A spokesperson for Ontario's Minister
    # of Mines, Gordon Pelletier,", "Relatives of the victim, Tomas Varga,")
    between = doc[last + 1 : start - 1]
    other = any(
        t.ent_type_ == "PERSON"
        or t.pos_ in ("VERB", "AUX")
        or t.lower_ in ROLE_TITLES
        or (t.lemma_.lower() in PERSON_NOUNS and t.pos_ == "NOUN")
        for t in between
    )
    return doc[end] if role and not other else subject


def _opens_a_person(tok) -> bool:
    """``tok`` opens a person's name to the NER."""
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B"


def _name_ending_the_office(subject):
    """The person's name that ends the field of an office title ("Commissioner for Refugees
    Matteo Ferraris", "Ambassador to the U.N. Robert Wood": a known first name and a surname
    after the field), else None."""
    office = subject.lower_ in ROLE_TITLES or (
        subject.lower_ in _SEAT_HOLDERS and (subject.is_upper or subject.is_title)
    )
    if not office or subject.lemma_.lower() in SPOKESPEOPLE:
        return None  # "A spokeswoman for Gov. Bob Hart" speaks for him
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subject.rights):
        return None  # "Mayor of Port Antonio, Councillor Ainsley Ramsay-Whyte,": the holder
    for prep in subject.rights:
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.lower_ not in ("for", "of", "to") or name is None or name.pos_ != "PROPN":
            continue
        words = [t for t in name.subtree if t.i <= name.i]
        first = next(
            (
                t
                for t in words
                if t.lower_ in FIRST_NAMES or _name_after_a_seat(t) or _opens_a_person(t)
            ),
            None,
        )
        aside = name.i + 1 < len(name.doc) and name.doc[name.i + 1].text == ","  # ", who …"
        if first is None or first.i == words[0].i or (name.i != name.right_edge.i and not aside):
            continue
        # the field is capitalised ("for Refugees"), not whom a role serves ("A spokesman for
        # Democratic presidential candidate Hillary Clinton")
        field = [t for t in words if t.i < first.i and not (t.dep_ == "det" and t.is_lower)]
        capitalised = [t for t in field if t.lower_ not in ("and", "of", "&")]  # "Highlands and
        if capitalised and all(  # Islands"
            (t.is_title or t.is_upper) and t.lower_ not in TITLES for t in capitalised
        ):
            return name
        # an office's own words: "chief of staff Chung Dae-won", "director of communications"
        if prep.lower_ == "of" and field and all(t.is_lower and t.pos_ == "NOUN" for t in field):
            return name
    return None


#: Offices written before the seat they hold and the holder's name ("MP for Caroni East
#: Keisha Alleyne-Charles", "Leader of the Opposition Ali Khurshid Baig").
_SEAT_HOLDERS = frozenset({"mp", "msp", "ms", "mla", "mep", "td", "leader", "member"})


def _name_after_a_seat(tok) -> bool:
    """``tok`` opens a name the NER tagged right after the name of the seat or body before it
    ("Caroni East" + "Keisha Alleyne-Charles", whatever it took either for)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return (
        tok.ent_iob_ == "B"
        and tok.ent_type_ in ("PERSON", "GPE", "ORG", "NORP")
        and before is not None
        and before.ent_iob_ != "O"
        and before.pos_ == "PROPN"
    )


def _named_in_apposition(noun) -> bool:
    """A description with a person's name right after it ("the novelist Thomas Greer")."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.rights)


def _torn_at_a_hyphen(tok) -> bool:
    """The token is a hyphen inside a word, or the piece of a word right before one ("co" of
    "co-founder")."""
    doc = tok.doc
    if tok.text == "-":
        return not tok.whitespace_ and tok.i > 0 and not doc[tok.i - 1].whitespace_
    return not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"


def _inverted_first(verb) -> list:
    """The verb's children, a subject right after it first when the others stand apart from it
    ("Interview: '…,' says climate envoy": the envoy, not the headline's first word; not
    "Hollande Says Donald Trump …"), or the subject right before it first when another before
    that is set off by a comma and words that are no apposition of it come between ("Pressed
    by the chair, Florence Eshalomi, on when …, he said"; not "Ban Ki-moon, the secretary
    general, vowed") or by a colon ("The Latest: Trump urges"), or a name right after a
    description and a comma ("The rancher, Walter Brandt, 72, said")."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj"]
    after = [c for c in subjects if c.left_edge.i == verb.i + 1]
    if after and all(c.right_edge.i + 1 < verb.i for c in subjects if c.i < verb.i):
        return after + [c for c in children if c not in after]
    before = [c for c in subjects if c.i < verb.i]
    nearest = before[-1] if len(before) > 1 else None
    # "Pressed by the chair, Florence Eshalomi, on when …, he said": he, not the name the
    # parser took for a second subject, set off by commas
    if (
        nearest is not None
        and nearest.right_edge.i + 1 == verb.i
        and all(
            verb.doc[c.i + 1].text == ","
            and any(t.is_alpha for t in verb.doc[c.i + 2 : nearest.left_edge.i])  # no apposition
            for c in before[:-1]
        )
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "Seven U.S. service members were wounded, two of them seriously, when …, U.S. Central
    # Command said": the source set off after what it said, not a subject inside that
    if (
        nearest is not None
        and nearest.right_edge.i + 1 == verb.i
        and verb.doc[nearest.left_edge.i - 1].text == ","
        and any(c.dep_ == "ccomp" and c.i < before[0].i for c in children)
        and not any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > verb.i for c in children)
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # 'In her 2009 memoir, "Light From Below", she wrote': a title in marks, set off before the
    # subject, that the parser took for another
    if (
        nearest is not None
        and nearest.right_edge.i + 1 == verb.i
        and all(c.left_edge.i > 0 and is_mark(verb.doc[c.left_edge.i - 1]) for c in before[:-1])
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "The Latest: Trump urges supporters …": the words before a colon are a label
    if (
        nearest is not None
        and nearest.right_edge.i + 1 == verb.i
        and verb.doc[before[-2].right_edge.i + 1].text == ":"
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "Apple co-founder Steve Wozniak said", "Her co-author, Prof. Claudia Suemoto, said": the
    # parser made subjects of the pieces of a role word that a hyphen joins, before the name
    if (
        nearest is not None
        and (nearest.pos_ == "PROPN" or _named_in_apposition(nearest))
        and nearest.right_edge.i + 1 == verb.i
        and all(_torn_at_a_hyphen(c) and c.i < nearest.left_edge.i for c in before[:-1])
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "Parents United for Childcare co-founder Dr Leah Morgenstern told": the body's name and
    # the first piece of the role the parser made one subject, the person named after another
    if (
        nearest is not None
        and len(before) == 2
        and nearest.pos_ == "PROPN"
        and nearest.right_edge.i + 1 == verb.i
        and _torn_at_a_hyphen(before[0].right_edge)
        and before[0].right_edge.i + 1 == nearest.left_edge.i
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "CHP deputy chair for economic policy Ayşegül Tunçel said", "Enga provincial police
    # commander Superintendent Willie Kundapen said": a person named right after the role, no
    # comma between, that the parser took for a second subject
    if (
        nearest is not None
        and len(before) == 2
        # "Cabinet member for leisure Cllr Priya Raman, who …, insisted": a title opens it;
        # "Children's online safety charity SafeSignal welcomed": a body after its kind
        and (
            nearest.ent_type_ == "PERSON"
            or verb.doc[nearest.left_edge.i].lower_ in TITLES
            or (nearest.ent_type_ == "ORG" and before[0].lemma_.lower() in ORG_NOUNS)
        )
        and nearest.right_edge.i + 1 == verb.i
        and before[0].right_edge.i + 1 == nearest.left_edge.i
        and before[0].ent_type_ != "PERSON"
        and not any(t.is_punct for t in verb.doc[before[0].left_edge.i : nearest.i])
        # not "A spokesperson for Health Minister Sylvia Jones said": one speaking for her
        and not any(c.dep_ == "det" for c in before[0].children)
        and before[0].lemma_.lower() not in SPOKESPEOPLE
    ):
        return [nearest] + [c for c in children if c is not nearest]
    # "The rancher, Walter Brandt, 72, said", "The chair of the judges, the novelist Thomas
    # Greer, said": the name set off right after a description, which the parser took for a
    # second subject instead of its apposition
    first = before[0] if nearest is not None else None
    if (
        first is not None
        # a role in capitals too: "Counsel to the deposed emir, Barrister Abdulrazaq Olatunji
        # Ahmed (SAN), argued"
        and (first.pos_ == "NOUN" or (first.pos_ == "PROPN" and not first.ent_type_))
        and (nearest.ent_type_ == "PERSON" or _named_in_apposition(nearest))
        and first.right_edge.i + 2 == nearest.left_edge.i
        and verb.doc[first.right_edge.i + 1].text == ","
    ):
        return [nearest] + [c for c in children if c is not nearest]
    return children


def _a_person_set_off(tok) -> bool:
    """A name set off by commas that is a person's: to the NER, or by the role apposed to it
    ("Hala, a 29-year-old nurse who …", a place to the NER)."""
    role = any(c.dep_ == "appos" and c.lemma_.lower() in PERSON_NOUNS for c in tok.children)
    return tok.ent_type_ == "PERSON" or (tok.pos_ == "PROPN" and role)


def participle_set_off(tok) -> bool:
    """A participle after a comma that the parser hung as an adverbial clause (", saying …")."""
    return (
        tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].text == ","
    )


def _participle_hung_in_an_object(verb) -> bool:
    """A participle after a comma that the parser hung on the verb describing another verb's
    object ("has defended plans to close four library branches, saying the city cannot …":
    "saying" on "close"): it goes with that other verb."""
    head = verb.head
    return (
        participle_set_off(verb)
        and head.dep_ == "acl"
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
    )


def _subject_of_what_they_did_first(verb):
    """The subject of the clause opening the sentence that the parser made the object of a
    verb with no subject after ", then", or the head of it ("She pauses to watch a dancer, then
    adds: “…”"): the one who did both; else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].lower_ != "then" or doc[verb.i - 2].text != ",":
        return None
    first = [c for c in verb.lefts if c.dep_ == "ccomp" and c.left_edge.i == verb.sent.start]
    if verb.dep_ in ("dep", "conj") and verb.head.i < verb.i:  # or hung it on that clause
        first.append(verb.head)
    for clause in first:
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PRON", "PROPN"):
            return subject
    return None


def _subject_of_a_participle_before(verb):
    """The person opening the sentence whom the parser made the subject of the participle
    describing them, a clause of a verb with no subject of its own after a comma ("A local
    volunteer helping to sort grapes at the winery, who …, said …"); else None."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for clause in verb.lefts:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG":
            continue
        subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
        opens = subject is not None and subject.left_edge.i == verb.sent.start
        if opens and (subject.ent_type_ == "PERSON" or _someone(subject)):
            return subject
    return None


def apposed_in_an_opening_phrase(verb):
    """The person the parser set in apposition to the object of the phrase that opens the
    verb's sentence, or that it joined to a place in it, when the verb has no subject ("At
    Gatwick, Ahmed Khan, who …, said": Khan), else None; the phrase may hang on a participle
    the parser took for a clause the verb reports ("In a statement read to the court,
    86-year-old Margaret Ellery, from Clevedon, said")."""
    for prep in verb.children:
        # "Speaking at a meeting in Kandy, Nalini Perera, a candidate, claimed": the opening
        # participle read as the subject, the name as one of its places
        participle = prep.dep_ in ("csubj", "advcl") and prep.tag_ in ("VBG", "VBN")
        if prep.i != prep.sent.start or prep.i > verb.i:
            continue
        if prep.dep_ == "advmod":  # "Back on the canal bank, a volunteer with the soup run,
            # who …, said": the person the parser hung on the adverb
            apposed = _person_closing_the_opening(verb, prep.subtree)
            if apposed is not None:
                return apposed
        if prep.dep_ != "prep" and not participle:
            continue
        for obj in prep.children:
            placed = obj.ent_type_ in ("GPE", "LOC")  # "In Madrid, a spokesperson for …"
            for appos in obj.children if obj.dep_ == "pobj" else ():
                someone = _a_person_set_off(appos) or (placed and _someone(appos))
                # "In Kyiv, Maryna Bilous, …, wrote": the name read as joined to the place
                where = placed or (obj.pos_ == "PROPN" and not obj.ent_type_)
                joined = appos.dep_ == "conj" and where and _a_person_set_off(appos)
                joined = joined and appos.doc[appos.left_edge.i - 1].text == ","
                if (appos.dep_ == "appos" or joined) and appos.i > obj.i and (someone or joined):
                    return appos
        if participle:  # "Speaking to The Express Tribune, a senior security official, who …,
            # said", "Contacted by Addis Standard, a spokesperson … declined": the one
            # speaking, not the paper spoken to
            someone = next((a for a in _apposed_to_its_objects(prep) if _someone(a)), None)
            if someone is not None:
                return someone
        for tok in prep.subtree:  # "In a post on Instagram, Watkins, 33, thanked …"
            aged = tok.dep_ == "conj" and tok.pos_ == "PROPN" and age_after(tok.doc, tok.i + 1)
            if aged and tok.head.dep_ == "pobj" and tok.i + 4 == verb.i:
                return tok
        closing = _apposed_name_before(verb)
        if closing is not None and prep.i < closing.i <= prep.right_edge.i:
            return closing  # "In a post on X, the shadow health secretary, Stuart Andrew, wrote"
        # "At a polling station in X, Siti Rahmawati, a teacher, said"
        apposed = _person_closing_the_opening(verb, prep.subtree)
        if apposed is not None:
            return apposed
    for clause in verb.children:
        misread = (
            clause.dep_ == "ccomp"
            and clause.tag_ in ("VBD", "VBN")
            and clause.i < verb.i
            and clause.left_edge.i == clause.sent.start
            and not any(c.dep_.startswith("nsubj") for c in clause.children)
        )
        if misread:
            return _person_closing_the_opening(verb, clause.subtree)
    return None


def _person_set_off_after_a_question(verb):
    """The person set off by commas, with their role, right before a verb that the parser
    joined to the question put to them, or gave that question's participle for its subject,
    hanging the name on the question's object ("Asked whether the city could afford such a
    grant, Kelsey Rourke, a spokeswoman for Mayor Raymond Oduya, said": Rourke), else None."""
    doc = verb.doc
    asking = ("ask", "question", "press")
    joined = verb.dep_ == "conj" and verb.head.lemma_.lower() in asking
    # or the participle read as the verb's subject ("Asked whether …, X, a spokeswoman, said")
    read_as_subject = any(
        c.dep_ == "nsubj" and c.lemma_.lower() in asking and c.tag_ in ("VBN", "VBD")
        for c in verb.lefts
    )
    if not (joined or read_as_subject):
        return None
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    while tok.dep_ != "appos" and tok.head.i < tok.i and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "appos" and tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS:
        tok = tok.head  # "Kelsey Rourke, a spokeswoman for …,"
    set_off = tok.left_edge.i > 0 and doc[tok.left_edge.i - 1].text == ","
    return tok if tok.pos_ == "PROPN" and _a_person_set_off(tok) and set_off else None


def _someone(tok) -> bool:
    """``tok`` describes an unnamed person as one of a kind ("a senior security official", "a
    mother of four") or by age ("a 26-year-old graduate")."""
    aged = any(years_old(c) for c in tok.children if c.dep_ == "amod")
    return (
        tok.pos_ == "NOUN"
        and (tok.lemma_.lower() in HUMAN_NOUNS or aged)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    )


def age_after(doc, e: int) -> bool:
    """An age between commas right after token ``e - 1`` (", 52,", ", now 22,")."""
    if e + 2 >= len(doc) or doc[e].text != ",":
        return False
    if doc[e + 1].lower_ in ("now", "aged") and e + 3 < len(doc):
        e += 1
    age, after = doc[e + 1], doc[e + 2]
    return age.text.isdigit() and 0 < int(age.text) < 120 and after.text in (",", ".")


def _name_closing_the_opening(verb, participle):
    """The last word of the name set off by commas right after an opening participle's
    phrase, before the verb (the NER may have called it anything), or None."""
    doc = verb.doc
    end = participle.i + 1
    while end < verb.i and doc[end].text != ",":
        end += 1
    k = end + 1
    while k < verb.i and doc[k].pos_ == "PROPN":
        k += 1
    if k == end + 1 or k >= verb.i or doc[k].text != ",":
        return None
    return doc[k - 1] if doc[end + 1].is_title else None


def _opens_its_sentence(tok) -> bool:
    """``tok`` opens its sentence, or follows only a live blog's time stamp ("1.15pm: Outside
    SK Bukit Kepong, …")."""
    start = tok.sent.start
    return tok.i == start or all(clock_time(t) or t.is_punct for t in tok.doc[start : tok.i])


def _person_closing_the_opening(verb, opening):
    """The person's name, or an unnamed person of a kind, set off in apposition among the
    tokens ``opening`` with nothing but asides between it and the verb, else None."""
    doc = verb.doc
    for appos in opening:
        end = appos.right_edge.i
        end -= doc[end].text == ","  # the parser may hang the closing comma on it
        closed = _only_asides_between(doc, end + 1, verb.i) and (
            doc[verb.i - 1].text == "," or not any(t.text == "," for t in doc[appos.i : end + 1])
        )  # not "with hosts Joe Scarborough and Mika Brzezinski, the candidate stated"
        set_off = appos.dep_ == "appos" or (
            appos.dep_ in ("conj", "npadvmod") and doc[appos.left_edge.i - 1].text == ","
        )
        # "In the village of Tulabolo, Pak Hamzah Mohulaingo, the village head, said"
        person = appos.ent_type_ == "PERSON" or _someone(appos) or _a_person_set_off(appos)
        # "Outside SK Bukit Kepong, Zainab, a 72-year-old rubber tapper, said": the name the
        # description after it is of, whatever the NER took it for
        after = doc[end + 2] if end + 2 < len(doc) and doc[end + 1].text == "," else None
        described = after is not None and after.pos_ == "DET" and after.head.dep_ == "appos"
        if appos.pos_ == "PROPN" and described and not person:
            kind = after.head
            person = _someone(kind) or _a_person_set_off(kind)
            closed = _only_asides_between(doc, kind.right_edge.i + 1, verb.i)
        if set_off and person and closed:
            return appos  # "In an emailed reply to Reuters, a spokesperson for … said"
    return None


def _only_asides_between(doc, start: int, end: int) -> bool:
    """Tokens ``start:end`` hold nothing but commas and participial or relative asides set off
    by them ("…, speaking in Pashto through an interpreter, denied", "…, who chairs the
    group, said"), or nothing at all."""
    for t in doc[start:end]:
        if t.text == ",":
            continue
        relative = next((a for a in (t, *t.ancestors) if a.dep_ == "relcl"), None)
        if relative is not None and relative.left_edge.i > start and an_aside(relative):
            continue
        home = next((a for a in (t, *t.ancestors) if a.dep_ == "prep"), None)
        if home is not None and _home_aside(home) and home.i >= start:
            continue
        aside = next((a for a in (t, *t.ancestors) if a.tag_ == "VBG"), None)
        if aside is None or aside.dep_ not in ("acl", "advcl") or aside.i < start:
            return False
    return True


def _home_aside(prep) -> bool:
    """Where a person is from, set off by commas after their name (", from Clevedon,", ", of
    Tewkesbury,")."""
    doc = prep.doc
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        prep.lower_ in ("from", "of")
        and prep.i > 0
        and doc[prep.i - 1].text == ","
        and obj is not None
        and obj.pos_ == "PROPN"
        and obj.right_edge.i + 1 < len(doc)
        and doc[obj.right_edge.i + 1].text == ","
    )


def an_aside(clause) -> bool:
    """A clause on a noun set off by a comma before it ("The company, which makes axles,",
    "…, who chairs the group,")."""
    return clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","


def initials_in_brackets(child, name) -> bool:
    """``child`` is set off in brackets after the proper noun ``name``: a party's or an
    organisation's initials, or a party and a ward ("Cllr Pádraig Mac Giolla Bhríde (FF) told",
    "Cllr Denise Harrop (Lab, Wrenthorpe and Outwood West)"), not the name."""
    start = child.left_edge.i
    return name.pos_ == "PROPN" and start > 0 and child.doc[start - 1].text == "("


def names_the_object(name, head) -> bool:
    """A name the parser hung on ``head`` in apposition that names the person described last
    in the head's own prepositional phrase ("Lawyers for the inmate, Raymond Ortiz, said":
    Ortiz is the inmate), not the head ("the director of the FBI, James Comey")."""
    comma = name.left_edge.i
    comma -= name.doc[comma].text != ","  # the parser may hang the comma on the name
    if comma <= head.i or name.doc[comma].text != ",":
        return False
    stack = [c for c in head.children if c.dep_ == "prep" and c.i < comma]
    while stack:
        prep = stack.pop()
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if obj.right_edge.i == comma - 1 and _describes_a_person(obj):
                return True
            stack.extend(c for c in obj.children if c.dep_ == "prep")
    return False


def _describes_a_person(noun) -> bool:
    """ "the inmate", "one of the pupils": one person, described with a determiner."""
    if noun.lower_ == "one":
        return any(
            o.dep_ == "pobj" and o.tag_ == "NNS"
            for p in noun.children
            if p.lower_ == "of"
            for o in p.children
        )
    determined = any(c.dep_ in ("det", "poss") for c in noun.children)
    return determined and noun.tag_ == "NN" and noun.lemma_.lower() in HUMAN_NOUNS


def role_before_the_name(name):
    """The role noun the parser made a subject of its own right before the person's name
    ("Winnipeg police spokesperson Const. Claude Chancy said": spokesperson; "Board of
    trustees chair Hemi Tautahi said": the board's chair; "Crestline vice president of
    operations Natalie Huang said"; not "A spokesperson for Health Minister Sylvia Jones",
    whose "for" lost its object), else None."""
    if name.dep_ != "nsubj" or name.ent_type_ != "PERSON":
        return None
    for role in name.head.children:
        if role.dep_ != "nsubj" or role.right_edge.i + 1 != name.left_edge.i:
            continue
        between = name.doc[role.i : name.left_edge.i]
        only_of = all(t.pos_ != "ADP" or t.lower_ == "of" for t in between)
        if (role.tag_ == "NN" and role.lemma_.lower() in AFFILIATE_NOUNS) or (
            role.tag_ in ("NN", "NNP") and role.lower_ in PERSON_NOUNS
        ):
            # "Crestline vice president of operations Natalie Huang said", "Chair of the
            # bench Susan Marlowe told"
            if only_of:
                return role
        elif _ends_in_a_role(role) and only_of:
            return role
    return None


def _ends_in_a_role(phrase) -> bool:
    """A subject that ends in a role noun after an "of" phrase ("Board of trustees chair")."""
    last = phrase.right_edge
    return (
        last.tag_ == "NN"
        and last.lemma_.lower() in AFFILIATE_NOUNS
        and phrase.ent_type_ not in ("PERSON", "GPE")
    )


def glued_hyphen(doc, i: int) -> bool:
    """Token ``i`` is a hyphen with no space on either side."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _parent_of_so_many(subject):
    """The relative in a hyphenated "mum-of-three" or "father-of-two" that the parser made a
    number the subject of, else the subject."""
    doc = subject.doc
    first = subject.i - 4
    if subject.pos_ != "NUM" or first < 0 or doc[first + 2].lower_ != "of":
        return subject
    kin = doc[first]
    hyphens = glued_hyphen(doc, first + 1) and glued_hyphen(doc, first + 3)
    return kin if hyphens and kin.lower_ in KIN_NOUNS and kin.head == subject else subject


def _name_after_a_parent_of_so_many(subject):
    """The name right after "mother of four" or "mum-of-three" that opens the subject
    ("Mother of four Kylie Brennan-Tuala said", the name read as the object of "of"), else
    the subject."""
    doc = subject.doc
    i = subject.i + 1
    while i < len(doc) and (doc[i].lower_ == "of" or doc[i].like_num or glued_hyphen(doc, i)):
        i += 1
    counted = i - subject.i >= 3 and doc[subject.i + 1].lower_ in ("of", "-")
    if subject.lower_ not in KIN_NOUNS or not counted or doc[i].ent_type_ != "PERSON":
        return subject
    return _last_of_the_name(doc[i])


def _last_of_the_name(tok):
    """The last token of the named entity that ``tok`` opens or lies in."""
    doc = tok.doc
    i = tok.i
    while i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I":
        i += 1
    return doc[i]


def _last_of_a_split_word(subject):
    """The last part of a hyphenated word that the parser made several subjects, when a
    name is apposed to it or set off after it ("The label's co-founder, Juniper Haskett,
    said", "A co-author, Dr. Freja Lindholm of the institute, said": founder, author), else
    the subject."""
    doc = subject.doc
    last = subject
    if subject.text == "-" and subject.i + 1 < len(doc) and _sibling(doc[subject.i + 1], subject):
        last = doc[subject.i + 1]  # the parser made the hyphen itself the first subject
    while (
        last.i + 2 < len(doc)
        and glued_hyphen(doc, last.i + 1)
        and (
            _sibling(doc[last.i + 2], subject)
            or doc[last.i + 2].head in (last, doc[last.i + 1])  # "co-founder": founder on "-"
        )
    ):
        last = doc[last.i + 2]
    named = any(
        c.dep_ == "appos" and (c.ent_type_ == "PERSON" or (last != subject and c.pos_ == "PROPN"))
        for c in last.children
    )  # "the group's co-founder, Saoirse Ní Bhriain," whatever the NER took her for
    named = named or (last != subject and _named_after_the_description(last) != last)
    return last if named or subject.text == "-" else subject


def _sibling(tok, other) -> bool:
    """Two tokens hang on the same head by the same dependency."""
    return tok.head == other.head and tok.dep_ == other.dep_


def _name_after_the_role(subject):
    """The person's name after a role noun that the parser made a second subject, else the
    subject itself; the role noun after an organisation's name that the parser made a second
    subject ("…," a Department of Health and Social Care spokesman said": spokesman)."""
    for other in subject.head.children:
        if other.i > subject.i and role_before_the_name(other) == subject:
            return other
        if other.i > subject.i and other.dep_ == "nsubj" and subject.ent_type_ == "ORG":
            owner = organisation_before_the_role(other)
            if owner is not None and owner.i == subject.i:
                return other
    return subject


def _described_after_a_determiner(subject):
    """The noun set off after a determiner that stands alone for the subject ("Another, a
    software engineer who …, said": the engineer), else the subject."""
    if subject.tag_ != "DT":
        return subject
    return next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), subject)


def _named_after_the_description(subject):
    """The name set off after a description the parser took for the subject, in apposition
    or as a second subject, after nothing but an "of" phrase ("Its maker, the Irish company
    Corrib Biologics, said", "One of the manufacturers, the Dutch company VoltNest, said": the
    company), else the subject."""
    doc = subject.doc
    if subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG") or subject.tag_ == "NNS":
        return subject  # not "Relatives of the victim, Tomas Varga,"
    end = next((t.i for t in doc[subject.i : subject.head.i] if t.text == ","), None)
    if end is None or any(t.i not in _subtree_span(subject) for t in doc[subject.i : end]):
        return subject
    if end > subject.i + 1 and doc[subject.i + 1].lower_ != "of":
        return subject  # "a study by a sociologist, X," is the study's
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > end]
    after += [c for c in subject.head.children if c.dep_ == "nsubj" and c.left_edge.i == end + 1]
    for noun in after:
        name = noun if noun.pos_ == "PROPN" else None
        if noun.pos_ == "NOUN":
            name = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if name is not None and name.ent_type_ in _WHEN:  # "March for Bernie at DNC"
            continue
        after_name = name.right_edge.i + 1 if name is not None else len(doc)
        if after_name < len(doc) and "," in (doc[after_name].text, doc[after_name - 1].text):
            return name  # its closing comma after it or hung on it
    return subject


def name_opening_a_misread_aside(verb):
    """The name opening the sentence, set off by a comma, when the parser made the clause of
    its aside the verb's complement ("Lena Hartmann, a scientist … who co-authored the
    analysis, said": "authored" with Hartmann for its subject, and after where they work,
    "Professor Amara Iwuchukwu of Ohio State University, who co-authored …"; "K. Manikandan, … whose
    daughter was admitted …, said": passive) or the verb hangs on the aside's clause ("Tayla
    Brennan, whose son Oscar spent nine days in hospital, said"), else None."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    clauses = [c for c in verb.lefts if c.dep_ in ("ccomp", "advcl")]
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        clauses.append(verb.head)
    for clause in clauses:
        name = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        opens = name is not None and name.left_edge.i == verb.sent.start
        after = name.i + 1 if name is not None else 0
        if opens and doc[after].dep_ == "prep" and doc[after].head.i == name.i:
            after = doc[after].right_edge.i + 1  # "Professor Amara Iwuchukwu of Ohio State, who"
        if opens and name.pos_ == "PROPN" and doc[after].text == ",":
            return name
    if verb.dep_ == "dep" and verb.head.i < verb.i:
        return _name_after_a_role_read_as_a_verb(verb.head, verb)
    return None


def _name_after_a_role_read_as_a_verb(clause, verb):
    """The name the parser made the object of a role word it read as a verb, at the opening of
    the sentence, with an aside set off before ``verb`` ("Herons *ace* Tobias Rendón-Whitlock,
    who had surgery in 2022, said": "ace" a verb, the team its subject), else None."""
    doc = verb.doc
    subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
    name = next((c for c in clause.rights if c.dep_ == "dobj"), None)
    if subject is None or name is None or subject.left_edge.i != verb.sent.start:
        return None
    aside = next((c for c in name.rights if c.dep_ in ("relcl", "appos")), None)
    return (
        name
        if name.ent_type_ == "PERSON"
        and name.i == clause.i + (name.i - name.left_edge.i) + 1
        and aside is not None
        and aside.right_edge.i + 2 == verb.i
        and doc[name.i + 1].text == ","
        else None
    )


def _set_off_after_whose(verb):
    """The role a "whose" owns, or the name set off after it, when a comma closes it right
    before a verb the parser joined to the sentence's first ("Ormerod is a member of Kettleby
    Harriers, whose chairman, Peter Oakes, said …": Oakes), else None."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    last = doc[verb.i - 2]
    role = last.head if last.dep_ == "appos" and last.head.i < last.i else last
    if role.pos_ != "NOUN" or not any(c.lower_ == "whose" for c in role.children):
        return None
    return last


def _name_after_two_roles(subject):
    """The person's name after two roles joined by "and" that the parser read as two subjects
    ("Kestrel president and CEO Gregory Baptiste said": Baptiste, not the president and
    him), else the subject."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in PERSON_NOUNS:
        return subject
    for name in subject.children:
        roles = [t for t in name.lefts if t.dep_ == "compound" and t.lower_ in PERSON_NOUNS]
        if name.dep_ == "conj" and name.ent_type_ == "PERSON" and roles:
            return name
    return subject


def names_a_role_inside(name, noun) -> bool:
    """The name in apposition names a person's role inside a phrase on ``noun``, not the
    noun ("A spokesperson for Ontario's Minister of Mines, Gordon Pelletier,": the minister)."""
    role = name.head
    if role is noun or role.lemma_.lower() not in PERSON_NOUNS:
        return False
    if role.tag_ == "NNS" and name.ent_type_ == "PERSON" and not name.conjuncts:
        return False  # "The chair of governors, Canon Francis Mulligan,": no one is governors
    head = role
    while head is not noun and head.dep_ != "ROOT":
        if head.dep_ == "prep":
            return True
        head = head.head
    return False


def _subtree_span(tok) -> range:
    """The token indices from ``tok``'s left edge to its right edge."""
    return range(tok.left_edge.i, tok.right_edge.i + 1)


def years_old(tok) -> bool:
    """``tok`` is "old" after a number of years ("25-year-old")."""
    return tok.lower_ == "old" and any(
        c.lower_ in ("year", "years") and c.i < tok.i for c in tok.children
    )


def _age_closing_before(verb):
    """The "old" of a person described by age and home right before a verb the parser left
    without subject, hung elsewhere ('"…," the 27-year-old from Tampere, Finland, said'), or
    None."""
    doc = verb.doc
    for tok in doc[max(0, verb.i - 12) : verb.i]:
        if not years_old(tok) or tok.right_edge.i + 2 < verb.i:
            continue
        det = doc[tok.left_edge.i]
        between = doc[tok.right_edge.i + 1 : verb.i]
        if det.lower_ == "the" and all(t.is_punct and not is_mark(t) for t in between):
            return tok
    return None


def _age_hung_on_the_verb(verb):
    """The "old" of a person described by age that the parser hung on the verb with its "the"
    ('"…," the 49-year-old said': both "the" and "old" children of "said"), or None."""
    if not any(c.dep_ == "det" and c.i < verb.i for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ == "amod" and c.i < verb.i and years_old(c)), None
    )


#: Verbs that take a speaker to where they speak ("took to social media to describe …").
_PLATFORM_VERBS = frozenset({"take", "go", "turn", "use", "appear", "rise", "stand"})


def naming_participle(tok) -> bool:
    """``tok`` is a participle that gives a name, with no subject or auxiliary of its own ("a
    hacker known as", "a discussion titled"; not "one conservative has dubbed", "Clinton
    named")."""
    return (
        tok.tag_ == "VBN"
        and tok.lemma_.lower() in NAMING_PARTICIPLES
        and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children)
    )


def names_the_noun_before(tok) -> bool:
    """``tok`` is a naming participle right after the noun it names ("a discussion titled",
    "an account named"; not "Clinton, for example, named", misread as one)."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return naming_participle(tok) and before is not None and before.pos_ in ("NOUN", "PROPN")


def name_given_in_marks(doc, ts: int) -> bool:
    """The marks opening at token ``ts`` hold a name or a title given right before them
    ("who posts as “0xMarlow”", "who goes by “Kermitto”", "identified himself only as “Dex”",
    "a discussion titled “…”", "the so-called “rebels”", "what campaigners call the “climate
    debt”"), not words said."""
    i = ts - 1
    while i >= 0 and is_mark(doc[i]):
        i -= 1
    if i < 0:
        return False
    if names_the_noun_before(doc[i]) or _so_called(doc[i]) or _what_a_group_calls(doc, i):
        return True
    if doc[i].lower_ not in ("as", "by"):
        return False
    verb = doc[i].head
    hops = 0  # "known to everyone at the march as “la Cata”": "as" hung on the place
    while verb.pos_ in ("ADV", "NOUN", "PROPN", "ADP") and verb.head is not verb and hops < 4:
        verb, hops = verb.head, hops + (verb.pos_ != "ADV")
    own = verb.lemma_.lower() != "identify" or any(  # "identified himself as", not "the
        c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children
    )  # judge as “Spanish”": words about someone else
    return verb.pos_ == "VERB" and verb.lemma_.lower() in NAMED_AS_VERBS and own


def title_given_in_marks(doc, ts: int) -> bool:
    """The marks opening at token ``ts`` follow "titled" or "entitled", perhaps with a comma
    ("a paper titled “Beyond the Needle: …”", "is titled “Voices of Hope”", "a column, entitled,
    “…”"): a work's title, however long, not words said."""
    i = ts - 1
    while i >= 0 and (is_mark(doc[i]) or doc[i].text == ","):
        i -= 1
    return i >= 0 and doc[i].lemma_.lower() in TITLING_VERBS and doc[i].pos_ == "VERB"


def copula_of_manner(verb) -> bool:
    """``verb`` is a copula describing how its subject spoke ("was blunt", "was clear", "was
    blunter", which the tagger may read as a noun)."""
    return verb.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and _manner(c.lower_) for c in verb.children
    )


def _manner(word: str) -> bool:
    """A manner of speaking, or its comparative or superlative ("blunter", "terser")."""
    stems = [word]
    for ending in ("er", "est"):
        if word.endswith(ending):  # "blunt-er", "terse-r", "blunt-est", "terse-st"
            stems += [word[: -len(ending)], word[: 1 - len(ending)]]
    return any(s in MANNERS_OF_SPEAKING for s in stems)


def a_person_before_a_colon(verb) -> bool:
    """``verb`` is a copula whose subject is a person, its clause ending in a colon right
    before a quotation ("She was all smiles coming back in: “He jumped like a buck.”")."""
    subject = copula_subject(verb)
    person = subject is not None and (
        subject.lower_ in ("he", "she") or subject.ent_type_ == "PERSON"
    )
    if verb.lemma_ != "be" or not person or any(c.dep_ == "neg" for c in verb.children):
        return False
    doc = verb.doc
    colon = next((t for t in doc[verb.i : verb.sent.end] if t.text == ":"), None)
    after = doc[colon.i + 1] if colon is not None and colon.i + 1 < len(doc) else None
    return after is not None and is_mark(after)


def copula_subject(verb):
    """The subject of a copula: its own, or the one the parser hung before it on the verb of
    the quotation that the copula complements ("Asked whether …, Kowalczyk was blunt: “…”");
    else None."""
    lefts = [*verb.lefts, *(verb.head.lefts if verb.dep_ == "ccomp" else ())]
    return next((c for c in lefts if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)


def _a_platforms_purpose(verb) -> bool:
    """An infinitive of purpose after a verb that takes the speaker to a platform ("took to
    social media to describe", "went on television to say", "rose to ask"): it shares that
    verb's subject."""
    return infinitive(verb) and verb.head.lemma_.lower() in _PLATFORM_VERBS


def _noun_after_a_modifier(noun):
    """The noun the parser made the object of the word before it, a modifier in "-ing" it read
    as a verb ("according to timing data": "data"), else ``noun``."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (
        following is not None
        and noun.lower_.endswith("ing")
        and following.head.i == noun.i
        and following.dep_ == "dobj"
        and following.pos_ == "NOUN"
    ):
        return following
    return noun


def _name_set_off_after(noun, verb):
    """The person's name set off by a comma after the source of "according to", which the
    parser hung on "according" itself ("according to its coordinator, Ngozi Adeyemi-Clarke"),
    else None."""
    doc = noun.doc
    comma = noun.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].ent_type_ != "PERSON":
        return None
    name = doc[comma + 1]
    while name.head.i != name.i and name.head.ent_type_ == "PERSON" and name.head.i > name.i:
        name = name.head
    return name if name.head in (verb, noun.head) else None


def clock_time(tok) -> bool:
    """A time of day the NER left untagged, taken for a subject ("12:10 — Hoshino confirmed
    that …", "2.05pm", a live blog's entry)."""
    return re.fullmatch(r"\d{1,2}[:.]\d{2}(?:[ap]m)?", tok.text) is not None


def _named_subject(subject, verb):
    """The token naming who speaks for the subject ``subject`` of the cue ``verb``: the name
    its words lead to past opening words and places, kinds, roles, titles and descriptions."""
    subject = _name_after_a_courtroom_participle(subject, verb)
    subject = _name_after_a_title_in_marks(subject)
    subject = _after_an_opening_word(_after_an_opening_place(subject))
    subject = _apposed_after_an_opening_participle(subject)
    subject = _name_after_an_opening_kind(subject)
    subject = _last_of_a_split_word(subject)
    subject = _parent_of_so_many(subject)
    subject = _name_after_a_parent_of_so_many(subject)
    subject = _described_one_of_them(subject)
    subject = name_they_gave(subject)
    subject = _person_closing_the_subject(subject, verb)
    subject = _person_after_a_joined_office(subject, verb)
    subject = _person_after_the_bodys_role(subject, verb)
    subject = _person_set_off_after_the_bodys_role(subject)
    subject = _person_ending_the_office(subject, verb)
    subject = _person_after_the_office(subject, verb)
    subject = _person_after_a_role_closing_the_subject(subject)
    subject = _someone_after_an_object_read_as_the_subject(subject, verb)
    subject = _name_read_as_the_roles_object(subject)
    subject = _person_of_the_subject(subject)
    subject = _name_closing_two_roles(subject, verb)
    subject = _holder_set_off_after_an_office(subject)
    subject = _name_set_off_after_the_role(subject, verb)
    subject = _name_after_the_role(subject)
    subject = _named_after_the_description(subject)
    subject = _described_after_a_determiner(subject)
    subject = _name_after_two_roles(subject)
    subject = _name_after_its_title(subject, verb)
    subject = _person_set_off_before_the_verb(subject, verb)
    return _titled_name(subject) or role_at_the_end(subject) or subject


def _name_read_as_an_adverb(verb):
    """The capitalised word opening the sentence that the parser read as an adverb of a verb
    with no subject, right before it or its auxiliaries with no comma, no English word
    ("*Ledgerly* has said it paid …"), else None."""
    first = next((c for c in verb.lefts if c.dep_ == "advmod"), None)
    if first is None or not first.is_title or first.i != first.sent.start or first.is_stop:
        return None
    if first.tag_ != "RB" or first.lower_ in common_words(first.doc.vocab):  # no "Recently"
        return None
    between = verb.doc[first.i + 1 : verb.i]
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(t.dep_ == "aux" for t in between)
    return first if finite and all(t.dep_ in ("aux", "auxpass", "neg") for t in between) else None


# words for an organisation or a person, whose names after them are told apart elsewhere
_DESCRIBING_NOUNS = ORG_NOUNS | PERSON_NOUNS | AFFILIATE_NOUNS | HUMAN_NOUNS


def _kind_before_its_name(subject, verb) -> bool:
    """``subject`` is a common noun the parser made a first subject of ``verb`` right before a
    second, a name ("The opposition *Greens* criticised"; not "The hacker whose
    cyber-mischief revealed"), and no word for an organisation or a person, whose name after it
    is told apart elsewhere ("The charity Alzheimer's Research UK said", "Analysts at
    consultancy Cornwall Insight said")."""
    described = subject.lemma_.lower() in _DESCRIBING_NOUNS
    return (
        subject.pos_ == "NOUN"
        and not described
        and any(
            c.dep_ == "nsubj"
            and c.pos_ == "PROPN"
            and c.ent_type_
            and c.left_edge.i == subject.right_edge.i + 1
            and c.left_edge.tag_ not in ("WP$", "WP", "WDT")
            for c in verb.children
        )
    )


def _name_after_a_title_in_marks(subject):
    """The name the parser joined to a subject inside a title in marks ("In a paper titled
    “Beyond the Needle: *Oral Delivery* of Peptide Drugs”, *Olufemi Adeyemi-Clarke* argued",
    a comma after the marks), else the subject: words in marks name a work, not who speaks."""
    opened = sum(1 for t in subject.sent if t.i < subject.i and is_mark(t)) % 2 == 1
    if not opened:
        return subject
    doc = subject.doc
    return next(
        (
            c
            for c in subject.children
            if c.dep_ in ("conj", "appos")
            and c.pos_ == "PROPN"
            and any(is_mark(t) and doc[t.i + 1].text == "," for t in doc[subject.i + 1 : c.i])
        ),
        subject,
    )


def _name_after_a_courtroom_participle(subject, verb):
    """The advocate named after the participle that opens a court report's sentence, when the
    parser took the participle or its object for the subject ("Mitigating, Rupert Anstey KC,
    for Sunnyfield, said"; "Representing Harbourline, solicitor advocate Marcus Ferreira-Lowe
    submitted"), else the subject."""
    first = subject.left_edge
    if first.lower_ not in COURTROOM_PARTICIPLES or first.i != first.sent.start:
        return subject
    named = [
        c
        for c in subject.children
        if c.i > first.i
        and (c.ent_type_ == "PERSON" or (c.pos_ == "PROPN" and c.dep_ in ("conj", "appos")))
    ]
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.right_edge.i]
    return next(iter(named or later), subject)


def _name_closing_two_roles(subject, verb):
    """The person's name that closes a subject of two roles joined by "and" right before the
    verb ("The writer and Master of Wine Olivia Trent said": Trent, not "The writer"), else the
    subject."""
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in PERSON_NOUNS:
        return subject
    if not any(c.dep_ == "cc" and c.lower_ == "and" for c in subject.children):
        return subject
    last = subject.right_edge
    name = last.i + 1 == verb.i and last.pos_ == "PROPN" and last.i > 0
    name = name and last.doc[last.i - 1].pos_ == "PROPN" and last.ent_type_ in ("PERSON", "")
    return last if name else subject


def name_they_gave(subject):
    """The name a relative clause of the subject, or of its apposition, says they gave or were
    identified by ("One of the men, a 23-year-old Egyptian who gave his name only as
    *Mahmoud*, said"), else the subject."""
    for noun in [subject, *(c for c in subject.children if c.dep_ == "appos")]:
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            for name in clause.subtree:
                as_ = name.head
                if name.pos_ != "PROPN" or name.dep_ != "pobj" or as_.lower_ != "as":
                    continue
                verb = as_.head
                gave = verb.lemma_.lower() == "give" and any(
                    c.lemma_.lower() == "name" for c in verb.children
                )
                if gave or verb.lemma_.lower() == "identify":
                    return name
    return subject


def _described_one_of_them(subject):
    """The description set in apposition to "one of them" ("One of them, a longtime business
    associate, said"): who speaks, as the article describes them, not "One of them"; else the
    subject ("One of the walkers, a local GP," says whose they are)."""
    of = [o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if subject.lower_ != "one" or not of or of[0].pos_ != "PRON":
        return subject
    described = (
        c
        for c in subject.children
        if c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)
    )
    return next(described, subject)


def _apposed_after_an_opening_participle(subject):
    """The person set in apposition to whom the participle the parser took for the subject
    was spoken to or contacted by ("Contacted by Addis Standard, a spokesperson for the police
    declined"), else the subject."""
    if subject.tag_ not in ("VBN", "VBG") or subject.i != subject.sent.start:
        return subject
    apposed = _apposed_to_its_objects(subject)
    return next((a for a in apposed if _someone(a) or _a_person_set_off(a)), subject)


def _apposed_to_its_objects(participle):
    """The words set in apposition after the objects of the participle's prepositions and
    agent ("Contacted by Addis Standard, a spokesperson …": "spokesperson")."""
    for prep in participle.children:
        for obj in prep.children if prep.dep_ in ("prep", "agent") else ():
            for appos in obj.children if obj.dep_ == "pobj" else ():
                if appos.dep_ == "appos" and appos.i > obj.i:
                    yield appos


def _person_after_a_joined_office(subject, verb):
    """The person named right before the verb after an office whose words the parser joined
    to the subject with "and" ("Migration and Asylum Minister Athanasios Papachristodoulou
    said": Papachristodoulou, not "Migration"), else the subject."""
    if subject.ent_type_ or subject.pos_ != "PROPN":  # not "A study by … and Professor Knittel"
        return subject
    last = max((t for t in subject.subtree if t.dep_ == "conj"), key=lambda t: t.i, default=None)
    if last is None or last.ent_type_ != "PERSON" or last.i + 1 != verb.i:
        return subject
    start = last.i
    while start > 0 and last.doc[start].ent_iob_ == "I":
        start -= 1
    office = last.doc[start - 1]
    return last if office.lower_ in ROLE_TITLES or office.lower_ in PERSON_NOUNS else subject


def _person_set_off_after_the_bodys_role(subject):
    """The person set off after a role the parser hung with the name on the body that owns the
    role ("The Department of Conservation's operations manager for the region, Rāwiri Te
    Whata, said": both in apposition to "Department"), else the subject."""
    owned = any(t.lower_ in ("'s", "’s") for t in subject.subtree if t.i < subject.i + 8)
    role = next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in PERSON_NOUNS
        ),
        None,
    )
    if not owned or role is None or subject.ent_type_ == "PERSON":
        return subject
    return next(
        (
            c
            for c in subject.children
            if c.dep_ == "appos" and c.i > role.i and c.ent_type_ == "PERSON"
        ),
        subject,
    )


def _person_after_the_bodys_role(subject, verb):
    """The person named right before the verb after a role in the body the parser took for
    the subject ("City of Windhoek spokesperson Ndapandula Iipumbu-Nakale said", "Finance
    Ministry permanent secretary Simeon Knowles-Rahming told"), else the subject; not whom a
    spokesperson speaks for ("A spokesman for Finance Minister Tito Mboweni said")."""
    doc = subject.doc
    named = subject.text[:1].isupper()  # not "the government of President Petro Poroshenko"
    if not named or subject.ent_type_ == "PERSON" or subject.lemma_.lower() in HUMAN_NOUNS:
        return subject
    last = doc[verb.i - 1]
    start = last.i - 2 if last.i > 2 and glued_hyphen(doc, last.i - 1) else last.i  # "-Dlamini"
    if doc[start].ent_type_ != "PERSON" or start <= subject.i:
        return subject
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    role = doc[start - 1]
    if (
        role.i <= subject.i
        or doc[role.i - 1].lower_ == "of"
        or not (role.lemma_.lower() in PERSON_NOUNS or role.lower_ in ROLE_TITLES)
    ):
        return subject
    between = doc[subject.i + 1 : role.i]
    if any(
        t.pos_ in ("VERB", "AUX", "PRON") or t.lower_ in ("for", "to", "by", "with", ",")
        for t in between
    ):
        return subject
    return last


def _person_ending_the_office(subject, verb):
    """The person named right before the verb at the end of an office written as a title and
    its "of" phrase ("Commander of the Estonian Defense Forces Gen. Andrus Merilo said":
    Merilo, not "Commander"), else the subject."""
    doc = subject.doc
    name = doc[verb.i - 1] if verb.i else None
    office = subject.pos_ == "PROPN" and (subject.lower_ in ROLE_TITLES or subject.lower_ in TITLES)
    if not office or name is None or name.ent_type_ != "PERSON" or name.dep_ != "pobj":
        return subject
    between = doc[subject.i + 1 : verb.i]  # a nickname's marks may stand in the name
    if (
        not between
        or between[0].lower_ != "of"
        or any(t.is_punct and not is_mark(t) for t in between)
    ):  # ("Director of rugby Hendrik ‘Henk’ Oosthuysen said")
        return subject
    return name if subject.left_edge.i <= name.i <= subject.right_edge.i else subject


def _person_after_the_office(subject, verb):
    """The person's name right after an office written as a title and its field that the
    parser made a second subject of the verb ("Deputy Minister for Public Health Dr. Abdullah
    bin Saeed Al-Qahtani told": Al-Qahtani, not "Minister"), else the subject."""
    office = subject.pos_ == "PROPN" and (subject.lower_ in ROLE_TITLES or subject.lower_ in TITLES)
    if not office:
        return subject
    name = next(
        (
            c
            for c in verb.lefts
            if c.dep_ == "nsubj" and c.i > subject.i and c.ent_type_ == "PERSON"
        ),
        None,
    )
    adjacent = name is not None and name.left_edge.i == subject.right_edge.i + 1
    return name if adjacent else subject


def _person_after_a_role_closing_the_subject(subject):
    """The person's name set off after a role noun that closes the subject's phrase and that
    the parser hung on the subject ("the opposition Alliance for Change and Justice (ACJ)
    candidate, Dr Grace Ndeshi Massawe, accused": Massawe, not the Alliance), else the
    subject; not a person's noun the name belongs to ("Relatives of the victim, Tomas
    Varga,")."""
    doc = subject.doc
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return subject
    for name in subject.rights:
        comma = name.left_edge.i - 1
        if name.dep_ != "appos" or name.ent_type_ != "PERSON" or doc[comma].text != ",":
            continue
        role = doc[comma - 1]
        if role.i > subject.i and role.pos_ == "NOUN" and role.lemma_.lower() in PERSON_NOUNS:
            return name
    return subject


def _someone_after_an_object_read_as_the_subject(subject, verb):
    """The unnamed person set off right before the verb that the parser hung on the object of a
    preposition in what was said, taken for the subject ("… before the next Olympiad, a FIDE
    spokesperson said": the spokesperson), else the subject."""
    doc = subject.doc
    start = subject.left_edge.i
    if start == 0 or doc[start - 1].pos_ != "ADP" or subject.ent_type_ == "PERSON":
        return subject
    if subject.lemma_.lower() in PERSON_NOUNS:
        return subject
    for role in subject.rights:
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in role.children)
        if (
            role.dep_ == "appos"
            and role.pos_ == "NOUN"
            and role.lemma_.lower() in PERSON_NOUNS
            and indefinite
            and doc[role.left_edge.i - 1].text == ","
            and role.right_edge.i + 1 == verb.i
        ):
            return role
    return subject


def _name_read_as_the_roles_object(subject):
    """The person's name the parser made the object of the role before it, read as a verb
    ("Igloolik elder Rhoda Ulayuruluk, 77, said": Ulayuruluk; "Verdana defender Massimo
    Lentini said", the role tagged a verb), else the subject."""
    misread = subject.pos_ == "VERB" and subject.dep_ == "nsubj"  # a verb is no subject
    if (subject.pos_ not in ("NOUN", "ADJ") and not misread) or subject.ent_type_:
        return subject
    obj = next((c for c in subject.children if c.dep_ == "dobj" and c.i > subject.i), None)
    return obj if obj is not None and obj.ent_type_ == "PERSON" else subject


def _cited_as_saying(verb):
    """The object of a verb that reports another's words "as saying" ("TASS cited him as
    saying", "the paper quoted her as telling"), else None."""
    if verb.lemma_.lower() not in CITING_VERBS:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    saying = any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in SPEECH_VERBS for g in c.children)
        for c in verb.children
    )
    return obj if saying else None


def by_their_account(tok):
    """The owner of "account" in "by his (own) account" or "by Kemp's account" set on a verb,
    who gives the words of the verb's clause ("By his own account, he joined the union …");
    else None."""
    prep = tok.head
    if tok.lemma_ != "account" or tok.dep_ != "pobj" or prep.lower_ != "by":
        return None
    if prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in tok.children if c.dep_ == "poss"), None)


def _heading_before_the_subject(child, verb) -> bool:
    """``child``, a subject of ``verb``, is a heading a colon sets before the verb's other
    subject ("Interval chatter: our critic, Helena Brandt, says …")."""
    doc = child.doc
    colon = next((k for k in range(child.i + 1, verb.i) if doc[k].text == ":"), None)
    return (
        colon is not None
        and colon <= child.right_edge.i + 1
        and "\n" not in doc[colon : verb.i].text
        and any(c.dep_ == "nsubj" and colon < c.i < verb.i for c in verb.children)
    )


def _owner_read_as_a_subject(child, verb) -> bool:
    """``child``, a subject of ``verb``, is an owner with its apostrophe that the parser made a
    subject of its own beside the one it owns ("Wales’ First Minister has admitted")."""
    owned = any(c.dep_ == "case" and c.i == child.i + 1 for c in child.children)
    return owned and any(
        c.dep_ == "nsubj" and child.i < c.i < verb.i and c.left_edge.i <= child.i + 2
        for c in verb.children
    )


def _participle_before_the_subject(child, verb) -> bool:
    """``child``, a subject of ``verb``, is a participle a comma sets before the verb's other
    subject, the parser's misreading of an opening phrase ("Writing in the Irish Chronicle,
    chief theatre critic Declan Farrelly called …")."""
    # "Opening for the government, fisheries minister X said": an "-ing" read as a noun too
    if child.tag_ != "VBG" and not (child.tag_ == "NN" and child.lower_.endswith("ing")):
        return False
    doc = child.doc
    other = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > child.i), None)
    return other is not None and any(t.text == "," for t in doc[child.i : other.left_edge.i])


def _name_made_the_subject_of_the_quotation(verb) -> bool:
    """The parser made the cue describe the name before it and the name the subject of the
    quotation's first verb after a colon or a mark ("Nadia Haddad, the Senedd member for the
    area, posted on Facebook: "Thank you …"")."""
    name = verb.head
    if verb.dep_ != "acl" or name.pos_ != "PROPN" or name.dep_ != "nsubj":
        return False
    quoted = name.head
    between = verb.doc[verb.i + 1 : quoted.i]
    return quoted.i > verb.i and any(t.text == ":" or is_mark(t) for t in between)


def according_to_source(tok) -> bool:
    """The noun is the source of an "according to" phrase ("according to show insiders")."""
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and tok.doc[prep.i - 1].lower_ == "according"
    )


@per_document  # asked of the same cue by several stages
def subject_of(verb, depth: int = 0):
    """The token naming who speaks for a cue verb (or cue noun), or None: of a passive cue,
    its agent ("was told by police that …") and never its subject, who is spoken to or about
    ("The government was accused of …"), as of a passive participle ("Asked by reporters
    whether …"); of a verb a cue hangs on ("was quoted by Reuters as saying …", "was
    interviewed by CNN and said …"), its passive subject."""
    if verb.pos_ == "NOUN":
        return next((c for c in verb.children if c.dep_ == "poss"), None) or _misparsed_subject(
            verb
        )
    cited = _cited_as_saying(verb)
    if cited is not None:
        return cited  # "TASS cited him as saying": his words
    unnamed = speaker_asking_not_to_be_named(verb)
    if unnamed is not None:
        return unnamed
    if hearer_joined_in_the_passive(verb):
        return None  # "… and was told to “keep the queue moving”": by no one named
    if verb.dep_ == "acl" and censured_with_no_be(verb):
        return None  # "Minister accused of lying to parliament": the minister is accused
    told = told_with_no_be(verb) or censured_with_no_be(verb)
    asked = _person_set_off_after_a_question(verb)
    if asked is not None:
        return asked
    for child in _inverted_first(verb):
        if child.dep_ == "nsubj" and told:  # "Residents told to prepare to leave": told
            return _grandchild(verb, "agent", "pobj") if depth == 0 else child
        if child.dep_ == "nsubj" and _heading_before_the_subject(child, verb):
            continue  # "Interval chatter: our critic, Helena Brandt, says …"
        if child.dep_ == "nsubj" and _participle_before_the_subject(child, verb):
            continue  # "Writing in the Chronicle, critic Declan Farrelly called …"
        if child.dep_ == "nsubj" and _owner_read_as_a_subject(child, verb):
            continue  # "Wales’ First Minister has admitted …": the minister
        if child.dep_ == "nsubj" and _kind_before_its_name(child, verb):
            continue  # "The opposition Greens criticised …": the Greens
        opener = child.pos_ in ("ADV", "ADP") or child.tag_ == "VBG"  # "Sitting beside X, Y …"
        placed = child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.left_edge.pos_ == "ADP"
        if placed and child.left_edge.is_sent_start and _set_off_name(verb.doc, verb.i - 1):
            # "On the witness stand in Ontario Superior Court, Varma-Desrosiers said": a place
            return verb.doc[verb.i - 1]
        if child.dep_ == "nsubj" and opener and _opens_its_sentence(child):
            # "Back in Savanna-la-Mar, Brissett's neighbor, a retired teacher who …, said"
            opening = _person_closing_the_opening(verb, child.subtree)
            if opening is not None:
                return opening
            named = _name_closing_the_opening(verb, child) if child.tag_ == "VBG" else None
            if named is not None:  # "Opening the case, Ciarán de Búrca SC, for …, said"
                return named
        if child.dep_ == "nsubj" and _platform_set_off(child):
            apposed = next((c for c in child.children if c.dep_ == "appos"), None)
            if apposed is not None:  # "Writing on X, formerly Twitter, the housing minister,
                return _named_subject(apposed, verb)  # Claire Odum, posted:": the minister
        if child.dep_ == "nsubj" and _name_closing_an_opening_phrase(child, verb):
            apposed = next(c for c in child.children if c.dep_ == "appos")
            return _named_subject(apposed, verb)  # "In a statement carried by the state news
            # agency Warta Nasional, the Ministry of Foreign Affairs said": the ministry
        if child.dep_ == "nsubj" and clock_time(child):  # a live blog's entry
            apposed = next((c for c in child.children if c.dep_ == "appos"), None)
            if apposed is not None:
                return _named_subject(apposed, verb)  # "10:31 – A reader, Michael, writes:"
            continue
        if child.dep_ == "nsubj" and (
            child.ent_type_ not in ("TIME", "DATE", "CARDINAL")
            or any(c.dep_ == "det" for c in child.children)
            or _name_taken_for_a_date(child)  # "Pieter-Jan van der Westhuizen, who …, said"
            or (child.ent_type_ == "CARDINAL" and _of_people(child))  # "One of them, X, said"
            or _one_of_those_before(child)  # "Some executives are sceptical. One, …, said"
        ):
            if not in_dateline(child.doc, child.i):
                return _named_subject(child, verb)
            # a dateline parsed as the subject: its apposition after the dash speaks
            # ("WASHINGTON -- President X, …"); an agency credited in it does not
            # ("WASHINGTON (AP) — The Senate rejected …": the next subject does)
            appos = next(
                (c for c in child.children if c.dep_ == "appos" and not in_dateline(c.doc, c.i)),
                None,
            )
            if appos is not None:
                return appos
            continue
        if child.dep_ == "nsubjpass":
            return _grandchild(verb, "agent", "pobj") if depth == 0 else child
    adverb = _name_read_as_an_adverb(verb)
    if adverb is not None:
        return adverb  # "Ledgerly has said it paid …": the company, tagged an adverb
    exclaimed = verb.doc[verb.i - 1] if verb.i > 1 else None
    if (
        exclaimed is not None
        and exclaimed.dep_ == "intj"
        and exclaimed.head == verb
        and exclaimed.is_title
        and verb.doc[exclaimed.i - 1].is_punct
    ):
        return exclaimed  # '"…," Oh said with a grin': Oh Gyeong-su, no interjection
    aged = _age_hung_on_the_verb(verb) or _age_closing_before(verb)
    if aged is not None:
        return aged
    opening = name_opening_a_misread_aside(verb) or _set_off_after_whose(verb)
    if opening is not None:
        return opening
    apposed = apposed_in_an_opening_phrase(verb) or _name_apposed_deep_in_the_opening(verb)
    if apposed is not None:
        return apposed
    opening = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"), None)
    if opening is not None and opening.i == verb.sent.start:
        named = _name_closing_the_opening(verb, opening)
        if named is not None:  # "Opening the case, Ciarán de Búrca SC, for …, said"
            return named
    first = _subject_of_what_they_did_first(verb) or _subject_of_a_participle_before(verb)
    if first is not None:
        return first
    if verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN":
        return verb.head  # "Musk, who has clashed with regulators, posted on X that …": the
        # parser found no verb for the name and made the cue describe it
    if _name_made_the_subject_of_the_quotation(verb):
        return verb.head  # "Nadia Haddad, the Senedd member, posted on Facebook: "Thank you …""
    rootless = verb.sent.root.pos_ in ("NOUN", "PROPN") and verb.tag_ in ("VBD", "VBN")
    apposed = _apposed_name_before(verb) if rootless and verb.dep_ in ("acl", "amod") else None
    if apposed is not None:
        return apposed  # "Its vice-president, Kwame Asante, posted on X:"
    described = _described_by_a_misread_aside(verb) if rootless else None
    if described is not None:
        return described  # "The group Clean Rivers Alliance, which hopes to …, posted on X:"
    named = verb.head  # "The programme's co-presenter, the MP Gareth Lowe-Pritchard, posted …"
    set_off = named.i == verb.i - 2 and verb.doc[verb.i - 1].text == ","
    if rootless and verb.dep_ == "acl" and set_off and named.ent_type_ == "PERSON":
        return named
    closed = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if rootless and verb.dep_ == "acl" and named.dep_ == "ROOT" and closed:
        return named  # "My first boss, a man called Terry Albright who …, used to say:"
    opening = _opening_name(verb) or _name_after_an_opening_date(verb)
    if opening is not None:
        return opening
    if verb.tag_ == "VBN" and verb.dep_ == "advcl":  # "Asked by Senator Ted Cruz whether …"
        agent = _grandchild(verb, "agent", "pobj")
        if agent is not None:
            return agent
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "as" and head.head.lemma_.lower() in CITING_VERBS:
        head = head.head  # "quoted Kremlin spokesman Dmitry Peskov as saying …": Peskov
    set_off = verb.dep_ == "advcl" and verb.doc[verb.i - 1].text == ","
    # not "described Haaland as “an exceptional talent”, adding: …": the describer adds
    if (
        verb.dep_ in ("advcl", "xcomp", "pcomp")
        and head.lemma_.lower() in CITING_VERBS
        and not set_off
    ):
        for child in head.children:
            if child.dep_ == "dobj":
                return child
    head = verb.head
    if verb.lower_ == "according":
        source = _grandchild(verb, "prep", "pobj")
        if source is not None:
            return _name_set_off_after(source, verb) or _noun_after_a_modifier(source)
    if (
        depth < 3
        and verb.dep_ == "acl"
        and head.dep_ == "dobj"
        and _means_to(head.head)
        and infinitive(verb)
    ):
        return subject_of(head.head, depth + 1)  # "took the opportunity to deny that …"
    platform = _platform_of_a_noun(verb) if depth < 3 else None
    if platform is not None:
        return subject_of(platform, depth + 1)  # "rose on a point of order to ask why …"
    if verb.dep_ == "xcomp" and head is not verb and reports(verb):
        for child in head.children:
            if child.dep_ == "dobj" and child.i < verb.i and child.pos_ in ("PROPN", "NOUN"):
                shown = _shown(child)  # "uses footage of Hillary Clinton asking …"
                if shown is not None or not _means_to(head):
                    return shown or child
    if depth < 3 and verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head is not head:
        return subject_of(head.head, depth + 1)
    filer = _agent_of_the_medium(verb)
    if filer is not None:
        return filer  # "slammed a lawsuit filed by a fired staffer alleging …": the staffer
    issued = _issuing_verb(verb)  # "responded with a letter warning that …": its writer
    if depth < 3 and issued is not None:
        return subject_of(issued, depth + 1)
    if depth < 3 and _participle_hung_in_an_object(verb):
        return subject_of(head.head.head, depth + 1)  # "defended plans to close four
        # branches, saying …": the one who defended them says it
    if (
        depth < 3
        and verb.dep_ in ("conj", "xcomp", "advcl")
        and head is not verb
        and (verb.dep_ != "advcl" or verb.tag_ == "VBG" or _a_platforms_purpose(verb))
    ):
        if verb.dep_ == "conj" and _told_in_the_passive(verb):
            return None
        if verb.dep_ in ("conj", "advcl") and _hung_in_a_report(verb):
            return subject_of(head.head, depth + 1)
        aside = _parenthetical_cue_before(verb)
        if aside is not None:  # "The quantity was “extremely small”, he said, describing it
            return subject_of(aside, depth + 1)  # as …": he describes it
        deeper = cue_of_a_clause_inside(verb)
        return subject_of(head if deeper is None else deeper, depth + 1)
    if depth < 3 and _second_cue_read_as_a_clause(verb):
        return subject_of(head, depth + 1)  # "said she was encouraged … but warned that …"
    hung = source_hung_in_the_content(verb)
    if hung is not None:
        return hung
    inverted = _name_taken_for_the_next_subject(verb)
    if inverted is not None:
        return inverted
    participle = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    named = None
    if participle is not None:
        named = next((c for c in participle.children if c.dep_ == "dobj"), None)
    if named is not None and named.pos_ == "PROPN" and named.i < verb.i:
        return named  # "Winning jockey Callum Reid, who …, described …": read as "winning Reid"
    described_as = any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
    for child in verb.rights:
        if child.ent_type_ in _WHEN:
            continue
        if (depth or described_as) and child.dep_ == "dobj":
            continue  # "Watkins thanked supporters … and said": the verb said is not thanked;
            # "described Wolds Lantern as …": what is described
        if child.dep_ in ("dobj", "attr", "npadvmod", "dep", "appos", "nsubj") and (
            child.pos_ == "PROPN"  # "said Smith", "said the official", not "signals patience"
            or (child.pos_ == "NOUN" and child.lemma_.lower() in SPEAKING_NOUNS)
        ):
            if verb.lemma_.lower() in ADDRESSEE_VERBS and child.dep_ == "dobj":
                continue
            return child
    return None


def _one_of_those_before(tok) -> bool:
    """``tok`` is "One" opening its sentence, set off by a comma or right before its verb, one
    of the people the sentence before speaks of ("Some executives at rival makers are
    sceptical. One, speaking on condition of anonymity, said …"; "Fans reacted with
    disappointment online. One wrote: …")."""
    doc = tok.doc
    if tok.lower_ != "one" or tok.i != tok.sent.start or tok.i + 1 >= len(doc):
        return False
    if (doc[tok.i + 1].text != "," and tok.head.i != tok.i + 1) or tok.i == 0:
        return False
    before = doc[tok.i - 1].sent
    return any(
        t.dep_ == "nsubj" and t.tag_ == "NNS" and t.lemma_.lower() in HUMAN_NOUNS for t in before
    )


def _name_taken_for_a_date(tok) -> bool:
    """``tok`` ends a name the NER took for a date for a word in it ("Pieter-Jan van der
    Westhuizen"): a capitalised proper noun that is no word of a date, after another."""
    doc = tok.doc
    return (
        tok.ent_type_ == "DATE"
        and tok.pos_ == "PROPN"
        and tok.is_title
        and (tok.lower_ not in TIME_RUN_ONS and tok.lower_ not in MONTHS)
        and tok.i > 0
        and doc[tok.i - 1].ent_type_ == "DATE"
        and doc[tok.i - 1].pos_ == "PROPN"
    )


def asked_about(verb) -> bool:
    """A verb of asking in the passive, with no agent, about something ("Reyes was asked about
    the crowd"): its subject heard a question and no one named asked it."""
    return (
        verb.lemma_.lower() in QUESTION_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ("about", "on") for c in verb.children)
    )


#: Participles of hearsay before "to" and an infinitive ("is said to have left", "is alleged
#: to have impeded").
_HEARSAY = frozenset(
    {"said", "alleged", "reported", "rumoured", "rumored", "claimed", "understood", "believed"}
)


def said_to_be(verb) -> bool:
    """``verb`` is "said" (or "alleged", "reported", "rumoured" …) followed by "to" and an
    infinitive, hearsay that names no one who said it ("several clubs said to be monitoring
    him", "he is said to have left", "in which he is alleged to have impeded Haddad")."""
    doc = verb.doc
    i = verb.i
    passive = verb.lower_ == "said" or any(c.dep_ == "auxpass" for c in verb.children)
    return (
        passive  # "is alleged to", not "she claimed to be undecided"
        and verb.lower_ in _HEARSAY
        and i + 2 < len(doc)
        and doc[i + 1].lower_ == "to"
        and doc[i + 2].tag_ == "VB"
    )


def hearer_joined_in_the_passive(verb) -> bool:
    """A verb that names or bids its hearer, in the passive with no subject or agent of its own,
    joined to a verb before it ("she had raised concerns and *was told* to …"): its hearer is
    the other verb's subject, and who spoke is not said."""
    kids = list(verb.children)
    return (
        verb.lemma_.lower() in _BIDDING
        and verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in kids)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in kids)
    )


def told_with_no_be(verb) -> bool:
    """A verb that names its hearer, or bids its hearer do something, in the passive without its
    "be", as headlines and "with" clauses write it ("Residents told to prepare to leave", "with
    residents told it was too late", "Passengers warned to expect delays"): no object, nor
    preposition after it ("told of her fear", "asked for funds"), and after it only what to do
    or a clause opened by "that" or a pronoun ("told the audience bathed in …" is the parser's
    slip)."""
    low = verb.lemma_.lower()
    if low not in _BIDDING or verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "dative", "iobj", "auxpass", "aux", "prep") for c in kids):
        return False
    if low == "inform" and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in kids):
        return False  # "Mr Rao informed that …": a named subject informs, as in Indian English
    if any(c.dep_ == "nsubj" and c.lower_ in ("he", "she", "i", "we") for c in kids):
        return False  # "She told waiting reporters it would be …", "waiting" read as what to do
    if any(c.dep_ == "xcomp" and c.i > verb.i for c in kids):
        return True
    return low in HEARER_VERBS and any(
        c.dep_ == "ccomp"
        and c.left_edge.i == verb.i + 1  # not after a hearer the parser misread: "told BBC
        # Radio Leeds that …"
        and any(
            (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "nsubj" and g.pos_ == "PRON")
            for g in c.children
        )
        for c in kids
    )


#: Verbs of censure, whose object is the one censured ("accused of", "criticised for").
_CENSURING = frozenset(
    {"accuse", "charge", "blame", "criticise", "criticize", "slam", "condemn", "fault", "rebuke"}
)


def censured_with_no_be(verb) -> bool:
    """A verb of censure in the passive without its "be", as headlines write it, with what for
    and no object ("Mining company accused of polluting river", "Council slammed over bin
    collections"): its subject, or the noun it describes, is censured, not censuring."""
    if verb.lemma_.lower() not in _CENSURING or verb.tag_ not in ("VBD", "VBN"):
        return False
    kids = list(verb.children)
    if any(c.dep_ in ("dobj", "ccomp", "dative", "aux", "auxpass", "agent") for c in kids):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "for", "over", "with") for c in kids)


def _told_in_the_passive(verb) -> bool:
    """A verb that names its hearer, with none, joined to a passive verb whose subject it shares:
    that subject is told, not telling ("has been jailed for life and told he will serve …")."""
    return (
        verb.lemma_.lower() in HEARER_VERBS
        and not any(c.dep_ in ("dobj", "dative", "iobj") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


#: What one draws from someone who answers ("drew a sharp response from Sen. X: “…”").
_ANSWERS_DRAWN = frozenset(
    {"response", "rebuke", "reply", "retort", "reaction", "answer", "riposte", "rejoinder"}
)


def responder(verb):
    """Who gave the answer ``verb`` has for its object ("That answer drew a sharp *response
    from Sen. Denise Okafor-Lindgren*: “…”", "got a terse reply from the ministry"): the
    name after "from"; else None."""
    return next(
        (
            o
            for d in verb.children
            if d.dep_ == "dobj" and d.lemma_.lower() in _ANSWERS_DRAWN
            for p in d.children
            if p.dep_ == "prep" and p.lower_ == "from"
            for o in p.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def that_clause(tok) -> bool:
    """A clausal complement opened by "that" ("submitted *that the units had no consent*")."""
    return tok.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in tok.children
    )


def named_after_its_kind(tok) -> bool:
    """``tok`` opens a name written right after the lower-case kind of body it names ("the
    photo-sharing app *Pinwheel*", "housing charity *Shelter*"), which no apposition of a
    person's role names."""
    if tok.i == 0:
        return False
    kind = tok.doc[tok.i - 1]
    low = kind.lemma_.lower()
    return kind.is_lower and kind.pos_ == "NOUN" and low in ORG_NOUNS and low not in PERSON_NOUNS


def _agent_of_the_medium(verb):
    """Who filed, sent or wrote the medium a participle cue describes, named after "by"
    ("a lawsuit *filed by a fired staffer* alleging …"); None otherwise."""
    medium = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or medium.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    return next(
        (
            o
            for f in medium.children
            if f.dep_ == "acl" and f.tag_ == "VBN" and f.i < verb.i
            for a in f.children
            if a.dep_ == "agent"
            for o in a.children
            if o.dep_ == "pobj"
        ),
        None,
    )


def _issuing_verb(verb):
    """The verb whose object or instrument is the medium a participle cue describes ("issued a
    statement saying …", "responded with a letter warning …"); None otherwise."""
    medium = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or medium.lemma_.lower() not in MEDIUM_NOUNS:
        return None
    if medium.dep_ == "dobj":
        return medium.head
    prep = medium.head
    if medium.dep_ == "pobj" and prep.lower_ in ("with", "in") and prep.head.pos_ == "VERB":
        return prep.head
    return None


def may_speak(subject) -> bool:
    """``subject`` may have said words that no verb of saying introduces (a quotation in marks
    in its clause, a headline's): its verb's agent (not "The plan is expected to “…”"), a
    name, a pronoun, or a noun for people, an organisation or a document, not a thing ("The
    figures rose “sharply”")."""
    if subject.dep_ == "nsubjpass":
        return False
    if subject.pos_ in ("PROPN", "PRON") or subject.ent_type_:
        return True
    of = [o for p in subject.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(n.lemma_.lower() in SPEAKING_NOUNS for n in [subject, *of])  # "A number of members"


def _of_people(number) -> bool:
    """A number that counts people: "One of them", "Two, Ann and Bo,"."""
    return any(
        c.dep_ == "appos" or (c.dep_ == "prep" and c.lower_ == "of") for c in number.children
    )


def _parenthetical_cue_before(verb):
    """The cue set off as an aside in the sentence that a participle of saying after a comma
    was hung on ("The quantity was “extremely small”, he said, describing it as …": "said"),
    else None."""
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.dep_ not in ("advcl", "xcomp") or verb.tag_ != "VBG" or not comma:
        return None
    if verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    return next(
        (
            c
            for c in (*verb.head.children, *verb.sent.root.children)
            if c.dep_ == "parataxis"
            and c.i < verb.i
            and c.lemma_.lower() in SPEECH_VERBS
            and any(s.dep_ == "nsubj" for s in c.children)
        ),
        None,
    )


def _hung_in_a_report(verb) -> bool:
    """A verb of saying with no subject of its own that the parser joined to the content of
    another ("A spokeswoman said the problem had been fixed but warned of delays": the
    spokeswoman warned, not the problem), or a participle of saying after a comma that it hung
    on that content ("Poilievre says a government led by him would repeal the tax, calling the
    levy …": Poilievre calls it so). A content verb of saying gives up a joined verb of saying
    only when that verb is in the cue's own tense, which the content verb's auxiliaries rule out,
    and the content's subject could not have done it ("said the country would formally
    declare … and suggested that …"); a cue of no saying that shares the content verb's
    perfect is the content's own ("says it has reviewed the claims and found no evidence")."""
    head = verb.head
    low = verb.lemma_.lower()
    comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if verb.dep_ == "advcl":
        cue = verb.tag_ == "VBG" and comma and low in SPEECH_VERBS
    else:
        # "says it has reviewed the claims *and found* no evidence": the perfect's second verb
        shared_perfect = low not in SPEECH_VERBS and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in head.children
        )
        cue = low in CLAUSE_CUES and not shared_perfect
    own_tense = (
        verb.dep_ == "conj"
        and verb.tag_ == head.head.tag_
        and any(c.dep_ in ("aux", "auxpass") for c in head.children)
        and not _an_agent(next((c for c in head.children if c.dep_ in _SUBJ), None))
    )
    # "answered that she had no doubt he understood it, adding: …": she added, not he
    thought = verb.dep_ == "advcl" and head.lemma_.lower() not in SPEECH_VERBS
    # "said the fund would continue to look for co-investors, adding that …": he added
    thought = thought or (verb.dep_ == "advcl" and any(c.dep_ == "xcomp" for c in head.children))
    return (
        cue
        and (head.lemma_.lower() not in CLAUSE_CUES or own_tense or thought)
        and head.dep_ == "ccomp"
        and head.head.lemma_.lower() in CLAUSE_CUES
    )


def cue_of_a_clause_inside(verb):
    """The cue whose content holds the adverbial clause the parser joined ``verb`` to, when
    ``verb`` is a verb of saying in the cue's tense with no subject of its own ("He noted that
    the rise had begun before the rules took effect *and said* …": he said it, not the rules);
    else None."""
    if verb.dep_ != "conj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in _SUBJ for c in verb.children) or verb.head.dep_ != "advcl":
        return None
    clause = verb.head
    while clause.dep_ == "advcl" and clause.head.i != clause.i:
        clause = clause.head
    cue = clause.head
    found = clause.dep_ == "ccomp" and cue.lemma_.lower() in CLAUSE_CUES
    return cue if found and cue.tag_ == verb.tag_ and cue.i < verb.i else None


def _second_cue_read_as_a_clause(verb) -> bool:
    """A verb of saying after "but" or "and", with no subject of its own, in the tense of the
    cue the parser hung it on as a second clause ("said she was encouraged by the field *but
    warned* that …"): the cue's subject speaks it."""
    head = verb.head
    return (
        verb.dep_ == "ccomp"
        and verb.i > head.i
        and verb.lemma_.lower() in SPEECH_VERBS
        and head.lemma_.lower() in SPEECH_VERBS
        and verb.tag_ == head.tag_
        and verb.doc[verb.i - 1].lower_ in ("but", "and")
        and not any(c.dep_ in _SUBJ for c in verb.children)
    )


def continues_the_report(cue, verb) -> bool:
    """A verb the parser joined to the cue that goes on with what the cue reports: no subject
    of its own, and a perfect or modal auxiliary that the cue, in the simple past, cannot share
    ("said it had launched a search …, but *had found* no further survivors"), or a second
    "that" clause the parser joined to the cue ("said it does not comment on individual files,
    *but that inspections are triggered by complaints*")."""
    if verb.dep_ != "conj" or verb.head != cue:
        return False
    first = verb.left_edge
    joined = first.i > cue.i and first.nbor(-1).lower_ in ("and", "but")
    if first.lower_ == "that" and first.dep_ in ("mark", "det") and joined:
        return True  # not "…, but that wasn't the case": the writer's "that"
    if cue.tag_ != "VBD":
        return False
    if verb.lemma_.lower() in SPEECH_VERBS or any(c.dep_ in _SUBJ for c in verb.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in cue.children):
        return False
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lemma_ == "have") for c in verb.children)


def _an_agent(subject) -> bool:
    """``subject`` could have done what a verb joined to its own says: a name, a pronoun, a
    person or an organisation (not "the country", "prices")."""
    return subject is not None and (
        subject.pos_ == "PROPN"
        or subject.ent_type_ in ("PERSON", "ORG", "NORP")
        or subject.lower_ in PRONOUNS
        or (subject.lemma_.lower() in HUMAN_NOUNS or subject.lemma_.lower() in ORG_NOUNS)
    )


def name_end(doc, j: int, stop: int):
    """The last token of the run of proper nouns that starts at ``j`` (before ``stop``)."""
    while j + 1 < stop and doc[j + 1].pos_ == "PROPN":
        j += 1
    return doc[j]


def governs(cue, i: int) -> bool:
    """Token ``i`` lies in the clause of ``cue``."""
    return cue.left_edge.i <= i <= cue.right_edge.i


def _means_to(verb) -> bool:
    """A verb whose object is the means its subject speaks by ("used the comments to urge …",
    "took the opportunity to deny …"): the object never speaks."""
    return verb.lemma_.lower() in MEANS_VERBS


def reports(verb) -> bool:
    """A verb that reports speech, thought or a stance ("to state", "to speak about")."""
    low = verb.lemma_.lower()
    return (
        low in CLAUSE_CUES
        or low in OBJECT_CUES
        or (low in _PREP_CUE_VERBS and any((low, c.lower_) in PREP_CUES for c in verb.children))
    )


def reports_after_preposition(verb) -> bool:
    """The verb reports what follows its preposition ("called for lower taxes")."""
    low = verb.lemma_.lower()
    if low not in _PREP_CUE_VERBS:
        return False
    return any(c.dep_ == "prep" and (low, c.lower_) in PREP_CUES for c in verb.children)


def is_cue_verb(tok, lexicon=SPEECH_VERBS) -> bool:
    """A verb of saying by lemma (any tense, passive or participle), or a retort ("shot
    back"); never "called" in "so-called", nor "call" in "what investigators call"."""
    if (
        tok.pos_ not in ("VERB", "AUX")
        or tok.lemma_ == "be"
        or _so_called(tok)
        or calls_it_a_label(tok)
        or _admitted_somewhere(tok)
    ):
        return False
    low = tok.lemma_.lower()
    if low in lexicon or (low == "put" and put_to_someone(tok)):
        return True
    return low in RETORT_VERBS and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in tok.children
    )


def put_to_someone(verb) -> bool:
    """A "put" that puts words to a person, with a "that" clause ("put it to her that …",
    "put to Mr Nunn that …"), not a figure at a level ("the poll puts his approval at 49 %")."""
    to_someone = any(
        c.dep_ in ("prep", "dative")
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.tag_ == "PRP") for o in c.children)
        for c in verb.children
    )
    return to_someone and any(c.dep_ == "ccomp" for c in verb.children)


#: Places one is admitted to, not words one admits ("students admitted to universities").
_ADMITTING_PLACES = frozenset(
    {"university", "college", "school", "hospital", "ward", "unit", "bar", "programme"}
    | {"program", "country", "academy", "clinic", "institution", "course", "hall"}
)


def _admitted_somewhere(tok) -> bool:
    """``tok`` is "admitted" to a place such as a university or a hospital: let in, no
    admission made."""
    if tok.lemma_.lower() != "admit":
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _ADMITTING_PLACES for o in c.children)
        for c in tok.children
    )


def _what_a_group_calls(doc, i: int) -> bool:
    """Token ``i``, or the determiner it is, follows "what" and a plural noun's "call": a label
    that many use ("what campaigners call the", "what some locals now call"), not one person's
    or one body's words ("what he called")."""
    if doc[i].dep_ in ("det", "poss") and i > 0:
        i -= 1
    return calls_it_a_label(doc[i])


def calls_it_a_label(verb) -> bool:
    """``verb`` is "call" with "what" as its object and a plural noun as its subject ("what
    investigators call …"): a name many give a thing, no one's words."""
    if verb.lemma_.lower() != "call" or verb.pos_ != "VERB":
        return False
    what = any(c.lower_ == "what" and c.dep_ == "dobj" for c in verb.children)
    group = any(c.dep_ == "nsubj" and c.tag_ == "NNS" for c in verb.children)
    return what and group


def _so_called(tok) -> bool:
    """``tok`` is the "called" of "so-called"."""
    i = tok.i
    return (
        tok.lower_ == "called"
        and i > 1
        and glued_hyphen(tok.doc, i - 1)
        and tok.doc[i - 2].lower_ == "so"
    )


def that_after_the_medium(cue) -> int | None:
    """The "that" opening what ``cue`` reports after the medium it was said in, however the
    parser hung it ("said in a statement read outside court that …", "said in documents
    posted by regulators that …"); None when there is none."""
    doc = cue.doc
    for prep in cue.rights:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on"):
            continue
        medium = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if medium is None or (
            medium.lemma_.lower() not in MEDIUM_NOUNS and medium.lemma_.lower() not in PLATFORMS
        ):
            continue
        # "posted on X on Friday that …" with the parser hanging the clause elsewhere
        end = max(cue.right_edge.i, cue.sent.end - 1)
        for i in range(medium.i + 1, end):
            if doc[i].is_sent_start or doc[i].text in ("“", '"', ":", ";"):
                return None
            verb = doc[i].pos_ in ("VERB", "AUX")
            adding = doc[i - 1].text == "," and doc[i].head == cue and is_cue_verb(doc[i])
            if verb and (i > cue.right_edge.i or adding):
                return None  # "said in a statement, adding that …": the that is the adding's
            relative = doc[i + 1].pos_ in ("AUX", "VERB")  # "a statement that was posted …"
            when = doc[i].dep_ == "det" and doc[i].head.dep_ == "npadvmod"  # "that evening"
            if doc[i].lower_ == "that" and not doc[i + 1].is_punct and not relative and not when:
                return i
    return None


def past_a_time(clause, start: int) -> int:
    """The start of a reported clause without the time the parser hung on it from the cue
    ("said *on Thursday* it would delay …": the saying's time, not the content's)."""
    subject = next((c for c in clause.lefts if c.dep_ in _SUBJ and c.i >= start), None)
    if subject is None or start < clause.head.i:
        return start
    timed = [
        c
        for c in clause.lefts
        if start <= c.i < subject.left_edge.i
        and (c.ent_type_ in _WHEN or any(o.ent_type_ in _WHEN for o in c.children))
        and c.dep_ in ("prep", "npadvmod")
    ]
    covered = sum(c.right_edge.i + 1 - c.left_edge.i for c in timed)
    return subject.left_edge.i if timed and covered == subject.left_edge.i - start else start


def past_the_hearer(doc, start: int) -> int:
    """Past the hearer that the parser folded into the reported clause's subject ("told *the
    court* Marsh had taken …": a common noun hung on the name), else ``start``."""
    i = start + (doc[start].pos_ == "DET")
    if (
        i + 1 < len(doc)
        and doc[i].pos_ == "NOUN"
        and doc[i].is_lower
        and doc[i].dep_ == "compound"
        and doc[i].head.i == i + 1
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 1].dep_ in ("nsubj", "nsubjpass")
    ):
        return i + 1
    return start


def _that_clause_on_the_hearer(hearer, limit: int) -> int | None:
    """Where the "that" clause the parser hung on the one told starts, before ``limit``
    ("told councillors *that people … were woken*"), else None."""
    for clause in hearer.children:
        first = clause.doc[clause.left_edge.i]
        that = first.lower_ == "that" and first.dep_ == "mark"
        if clause.dep_ in ("acl", "relcl") and that and first.i < limit:
            return first.i
    return None


def complement_start(cue, limit: int) -> int:
    """First token of the reported content to the right of ``cue`` (before ``limit``)."""
    medium_that = that_after_the_medium(cue)
    if medium_that is not None and medium_that < limit:
        return medium_that
    best = limit
    tell = cue.lemma_.lower() in ADDRESSEE_VERBS
    low = cue.lemma_.lower()
    for child in cue.rights:
        if child.left_edge.i >= limit or child.dep_ in ("punct", "nsubj", "nsubjpass", "npadvmod"):
            continue
        if child.dep_ == "ccomp":
            later = any(c.dep_ == "ccomp" and c.i > child.i for c in cue.rights)
            if tell and later and child.pos_ in ("NOUN", "PROPN"):
                continue  # "told BBC Radio Leeds that …": the hearer, read as a clause
            start = max(child.left_edge.i, cue.i + 1)
            if not tell:  # "said new users of X, …, will have to pay": the subject misread
                start = object_misread(cue, child) or start
            return past_a_time(child, past_the_hearer(cue.doc, start) if tell else start)
    for child in cue.rights:
        if child.left_edge.i >= limit or child.dep_ in ("punct", "nsubj", "nsubjpass", "npadvmod"):
            continue
        if tell and child.dep_ in ("dobj", "dative"):
            told = _that_clause_on_the_hearer(child, limit)
            if told is not None:  # "told councillors that people … were woken “…”"
                return told
            continue
        if child.dep_ == "prep" and (low, child.lower_) in PREP_CUES:
            obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                best = min(best, obj.left_edge.i)
                continue
        that = _that_after_the_phrase(child) if child.dep_ == "prep" else None
        if that is not None and that < limit:
            return that
        if child.dep_ in _COMP_DEPS:
            best = min(best, child.left_edge.i)
    return max(best, cue.i + 1)


def object_misread(verb, clause) -> int | None:
    """Where the content starts when the parser took the clause's subject for the cue's object
    ("advocates warned *the limit* does little": a finite clause with no subject right after
    the object): at the object; else None."""
    if clause is verb or any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children):
        return None
    finite = clause.tag_ in ("VBZ", "VBD", "VBP") or any(
        c.tag_ == "MD" or (c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "VBP"))
        for c in clause.lefts
    )  # "… had been working"
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not finite or obj is None:
        return None
    aside = clause_after_an_object_and_aside(verb)  # "encampments, while dangerous, give"
    # "the system on that section, which uses sensors …, had been working": its clause closed
    closed = obj.right_edge.i + 2 == clause.left_edge.i and _relative_closing(obj)
    beside = aside is not None and aside.i == clause.i
    if obj.right_edge.i + 1 != clause.left_edge.i and not closed and not beside:
        return None
    return obj.left_edge.i


def _relative_closing(obj) -> bool:
    """The phrase of ``obj`` ends in a relative clause or an apposition set off by commas, the
    second comma right after it ("the system on that section of I-5, which uses sensors …,",
    "new users of X, the platform formerly known as Twitter,")."""
    doc, end = obj.doc, obj.right_edge.i
    if end + 1 >= len(doc) or doc[end + 1].text != ",":
        return False
    return any(
        t.dep_ in ("relcl", "appos") and doc[t.left_edge.i - 1].text == "," for t in obj.subtree
    )


def clause_after_an_object_and_aside(verb):
    """The finite clause with no subject that the parser hung on a cue after its object and an
    aside set off by commas ("He said encampments, while dangerous, give some people a sense
    of control": the object is its subject), else None."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != verb.i + 1:
        return None
    comma = obj.right_edge.i + 1
    if comma >= len(doc) or doc[comma].text != ",":
        return None
    for clause in verb.rights:
        if clause.dep_ != "advcl" or clause.left_edge.i != comma + 1:
            continue
        opened = any(c.dep_ == "mark" and c.i == comma + 1 for c in clause.children)
        finite = clause.tag_ in ("VBZ", "VBD", "VBP") or any(c.tag_ == "MD" for c in clause.lefts)
        subject = any(c.dep_ in CLAUSE_SUBJECTS for c in clause.children)
        if opened and finite and not subject and doc[clause.i - 1].text == ",":
            return clause
    return None


def _that_after_the_phrase(prep) -> int | None:
    """Where the reported clause starts when the parser made it a relative clause of the noun
    in the cue's prepositional phrase ("said at the time that the figures showed …", "told
    reporters at the scene that officers had …"): its "that", with a subject of its own after
    it; else None."""
    for obj in prep.children:
        for clause in obj.children if obj.dep_ == "pobj" else ():
            that = clause.left_edge
            own = any(c.dep_ in _SUBJ and c.i > that.i for c in clause.children)
            if clause.dep_ == "relcl" and that.lower_ == "that" and that.i == obj.i + 1 and own:
                return that.i
    return None


def _name_apposed_deep_in_the_opening(verb):
    """The name the parser set in apposition to a name deep in the phrase opening the verb's
    sentence, set off by a comma and running up to the verb ("In a statement carried by the
    state news agency El Djazair Press Service, the Algerian Ministry of Foreign Affairs
    said"): who speaks when the verb has no subject; else None."""
    opening = next((c for c in verb.children if c.dep_ == "prep" and c.i == c.sent.start), None)
    if opening is None or opening.right_edge.i != verb.i - 1:
        return None
    for tok in opening.subtree:
        if tok.dep_ != "appos" or tok.right_edge.i != verb.i - 1 or tok.pos_ != "PROPN":
            continue
        if tok.head.pos_ == "PROPN" and tok.doc[tok.left_edge.i - 1].text == ",":
            return tok
    return None


def _name_closing_an_opening_phrase(subject, verb) -> bool:
    """The proper noun ``subject`` names the common noun right before it, which ends a phrase
    opening the sentence on ``verb`` ("In a statement carried by the state news *agency* Warta
    Nasional,"), and a name set off after it is apposed to it: the parser's subject is the
    phrase's last word, and the apposed name who speaks."""
    first = subject.left_edge
    if subject.pos_ != "PROPN" or first.i == 0 or first.i <= first.sent.start:
        return False
    noun = subject.doc[first.i - 1]
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.dep_ != "pobj":
        return False
    opening = noun
    while opening.head.i != verb.i and opening.head.i != opening.i:
        opening = opening.head
    apposed = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i]
    return (
        opening.head.i == verb.i
        and opening.dep_ == "prep"
        and opening.i == opening.sent.start
        and bool(apposed)
        and subject.doc[subject.i + 1].text == ","
    )


def _platform_set_off(tok) -> bool:
    """``tok`` is a platform's name set off by commas with "formerly" or "previously" ("on X,
    *formerly Twitter*,"): what the platform was called, never who speaks."""
    return tok.lower_ in PLATFORMS and any(
        c.dep_ == "advmod" and c.lower_ in ("formerly", "previously") for c in tok.children
    )


def outside_subject(view: DocView, cue):
    """The cue's subject unless the parser took it from inside a quotation."""
    subj = subject_of(cue)
    if subj is not None and view.quoted(subj):
        subj = next((c for c in cue.children if c.dep_ in _SUBJ and not view.quoted(c)), None)
    return subj


def nearby_name(view: DocView, cue):
    """A proper name next to a cue the parser left without subject ("Said Ellis: ...")."""
    doc = view.doc
    if cue.dep_ == "compound" and cue.head.pos_ == "PROPN":
        return cue.head
    j = cue.i + 1
    if cue.lemma_.lower() in HEARER_VERBS and cue.i > 0:
        return noun_before(view, cue)  # "…,” the 23-year-old told Viaplay: whom he told; "…,"
        # Park Ji-hoon, the plant's director, told Reuters
    if (
        j < len(doc)
        and doc[j].ent_type_ not in _WHEN
        and (
            doc[j].pos_ == "PROPN"
            or (doc[j].is_title and doc[j].is_alpha and not doc[j].is_stop and cue.i > 0)
        )
        and not _subject_of_what_is_said(doc[j], cue)
    ):
        return _holder_of_the_name(name_end(doc, j, len(doc)))
    if j < len(doc) and doc[j].pos_ == "DET" and cue.i > 0:
        head = None
        for k in range(j + 1, min(j + _NP_WINDOW, len(doc))):
            t = doc[k]
            if t.is_punct or view.in_quote[k] or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
                break
            head = t
        hearer = (
            head is not None
            and head.head == cue
            and head.dep_ in ("dobj", "dative")
            and cue.lemma_.lower() in HEARER_VERBS
        )
        if head is not None and head.pos_ in ("NOUN", "PROPN", "ADJ") and not hearer:
            return head  # not "…,” Park, chairman of …, told a rally"
    return noun_before(view, cue)


def _subject_of_what_is_said(tok, cue) -> bool:
    """``tok`` opens the clause ``cue`` reports, as its subject ("said China had …")."""
    return tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.head.i == cue.i


def _holder_of_the_name(name):
    """The person a firm's or an office's name before a role belongs to ("asked Morgan Stanley
    analyst Priya Raman": Raman), else ``name`` itself."""
    head = name
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head if head is not name and head.pos_ == "PROPN" else name


def noun_before(view: DocView, cue):
    """The noun right before a cue the parser left without subject, adverbs and an acronym or a
    name in another script in brackets aside ("In an interview with The Guardian, the novelist
    Sarah Waters said …", read as apposed to the newspaper; "…, the Air Line Pilots Association
    (ALPA) said"), unless it is an object or part of a longer name. Of an apposition set off by
    commas, the name: after the speaker's role ("…,” a spokesperson for the airline, Jane Roe,
    said), or before it ("Senator Harry Reid, the minority leader, said")."""
    doc = view.doc
    k = cue.i - 1
    bracketed = k >= 2 and doc[k].text == ")" and doc[k - 2].text == "("
    if bracketed and (doc[k - 1].is_upper or not doc[k - 1].text.isascii()):
        k -= 3  # "(ALPA) said", "Chiu Chen-hao (邱振豪) said"
    who = _before_a_who_clause(doc, k)
    if who is not None and not view.in_quote[who.i]:
        return who  # "Aaliyah Mohammed-Price, who … volunteers with X, posted": not X
    if k >= 1 and doc[k].text == "," and doc[k - 1].dep_ == "appos":
        role = doc[k - 1].head  # and its name before an age ("the co-founder, Sanne Vries, 29,")
        medium = role.lower_ in PLATFORMS or role.lemma_.lower() in MEDIUM_NOUNS
        if role.dep_ == "pobj" and medium:  # "In a statement posted on Instagram, the
            return doc[k - 1]  # restaurant's owners, the Ferrand-Moreau family, said"
        named = [c for c in role.children if c.dep_ == "appos" and c.i < k - 1]
        for name in (doc[k - 1], role, *named):
            if name.ent_type_ in _NAMED and name.i < k and not view.in_quote[name.i]:
                return name
    while k >= 0 and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k -= 1
    if (
        k >= 0
        and (doc[k].pos_ in ("NOUN", "PROPN") or years_old(doc[k]))
        and not view.in_quote[k]
        and (doc[k].dep_ not in ("pobj", "dobj", "compound") or _set_off_name(doc, k))
    ):
        return doc[k]
    return None


def _before_a_who_clause(doc, k: int):
    """The person's name before the clause "…, who …," that the comma at token ``k`` closes,
    in the same sentence; None when there is none."""
    if k < 3 or doc[k].text != ",":
        return None
    sent_start = doc[k].sent.start
    j = k - 1
    while j > sent_start and doc[j].text != ",":
        j -= 1
    if doc[j].text != "," or doc[j + 1].lower_ != "who" or j < 1:
        return None
    name = doc[j - 1]
    return name if name.pos_ == "PROPN" and (name.ent_type_ == "PERSON" or name.is_title) else None


def _set_off_name(doc, k: int) -> bool:
    """The name ending at token ``k`` follows a comma, however the parser hung it ("Speaking
    to the Herald, Oyelaran-Fitch said", read as the Herald's apposition)."""
    j = k
    while j > 0 and (doc[j - 1].pos_ == "PROPN" or glued_hyphen(doc, j - 1)):
        j -= 1
    return doc[k].pos_ == "PROPN" and j > 0 and doc[j - 1].text == ","


def name_after(view: DocView, te: int, cue):
    """The proper name that opens the words between a closing mark and its cue ("…,”
    Flynn, a top Trump surrogate, said")."""
    doc = view.doc
    j = te
    while j < cue.i and (is_mark(doc[j]) or doc[j].is_punct or doc[j].is_space):
        j += 1
    if j >= cue.i or doc[j].pos_ != "PROPN" or view.in_quote[j]:
        return None
    return name_end(doc, j, cue.i)


def has_right_complement(cue) -> bool:
    """The cue has a clause or "that" to its right."""
    return any(c.dep_ in ("ccomp", "xcomp") or c.lower_ == "that" for c in cue.rights)


def _another_report_of_the_source(verb, comp) -> bool:
    """``verb`` inside the content clause ``comp`` is the source's next report, not part of
    this one: a participle of saying set off by a comma ("… did Romney in in 2012, *arguing*
    that it was divisions …"), or a verb of saying in the past or present with no subject of
    its own that the parser joined to the content's verb (``_hung_in_a_report``: "said it was
    “opposed” to the test and *warned* North Korea to …"), or a participle of saying joined to
    the content of one ("a response *saying* he would not support it *and suggesting* that …")."""
    if verb is comp:
        return False
    paired = (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in SPEECH_VERBS
        and verb.head.dep_ == "ccomp"
        and verb.head.tag_ != "VBG"
        and verb.head.head.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
    participle = (
        verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and verb.lemma_.lower() in SPEECH_VERBS
    )
    joined = (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and _hung_in_a_report(verb)
    )
    return participle or joined or paired


def report_end(comp) -> int:
    """Where the content clause ``comp`` of a cue ends: before a report of someone else's that
    the parser hung inside it (``nested_report``) or before the cue's own source hung at its
    end (``source_hung_in_the_content``), else after its last token."""
    hung = source_hung_in_the_content(comp.head) if comp.dep_ == "ccomp" else None
    if hung is not None and comp.left_edge.i < hung.i <= comp.right_edge.i:
        return hung.left_edge.i - 1
    nested = nested_report(comp)
    return comp.right_edge.i + 1 if nested is None else nested


def source_hung_in_the_content(verb):
    """The source of a verb of saying with no subject that closes the report, which the parser
    hung as an apposition at the end of the content before it ("Nurses have voted to reject
    the offer, *the United Nurses of Alberta* says"); None otherwise."""
    doc = verb.doc
    if verb.i < 2 or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    comp = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if comp is None:
        return None
    appos = doc[verb.i - 1]
    while appos.dep_ != "appos" and appos.i != comp.i and appos.head.i != appos.i:
        appos = appos.head
    if appos.dep_ != "appos" or appos.right_edge.i != verb.i - 1:
        return None
    comma = appos.left_edge.i - 1
    inside = comp.left_edge.i < comma and comp.right_edge.i == verb.i - 1
    return appos if inside and doc[comma].text == "," else None


def _marked(verb) -> bool:
    """Quotation marks follow ``verb`` in its own phrase."""
    return any(is_mark(t) for t in verb.subtree if t.i > verb.i)


def _conceded(verb) -> bool:
    """A clause of saying set against the report it hangs in by "though", "although", "while"
    or "whereas", and not denied ("though she says she is too old"; not "though he did not
    say who")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    negated = any(c.dep_ == "neg" for c in verb.children)
    return verb.dep_ == "advcl" and bool(marks & _CONCEDING) and not negated


def _reported_with_its_own_subject(verb) -> bool:
    """``verb`` is a participle of saying after "with" that has a subject and a clause of its
    own ("…, with smaller family cellars warning that some could close"): another's report."""
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and verb.head.lower_ == "with"
        and verb.lemma_.lower() in CLAUSE_CUES
        and any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    )


def _joined_speakers_participle(verb) -> bool:
    """``verb`` is a participle of saying with a clause of its own that describes people the
    parser joined to the content ("… would “dilute a name” and supporters arguing that …")."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.head.dep_ == "conj"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.lemma_.lower() in CLAUSE_CUES
        and any(c.dep_ == "ccomp" for c in verb.children)
    )


def nested_report(comp) -> int | None:
    """Where a report of someone else's that the parser hung inside the content clause
    ``comp`` begins, with the words joining it ("firms were struggling, while the FSB warned
    that …": the FSB's report is a quote of its own), or the source's own participle of saying
    (``_hung_in_a_report``); None when there is none."""
    doc = comp.doc
    for verb in comp.subtree:
        if verb is not comp and _reported_with_its_own_subject(verb):
            end = verb.head.i  # "…, with smaller family cellars warning that …"
            while end > comp.left_edge.i and doc[end - 1].is_punct and not is_mark(doc[end - 1]):
                end -= 1
            return end
        if verb is not comp and _joined_speakers_participle(verb):
            end = verb.head.left_edge.i  # "… and supporters arguing that …"
            while end > comp.left_edge.i and (
                (doc[end - 1].is_punct and not is_mark(doc[end - 1]))
                or doc[end - 1].lower_ in REPORT_JOINERS
            ):
                end -= 1
            return end
        if verb.dep_ not in ("advcl", "conj"):  # every test below needs one of these
            continue
        lemma = verb.lemma_.lower()
        joined = verb.dep_ == "conj" or any(
            c.dep_ == "mark" and c.lower_ in REPORT_JOINERS for c in verb.children
        )
        reports = (lemma in CLAUSE_CUES and any(c.dep_ == "ccomp" for c in verb.children)) or (
            joined  # "…, while the head of the chambers, Peter Adrian, called for lower taxes"
            and (reports_after_preposition(verb) or (lemma in SPEECH_VERBS and _marked(verb)))
        )  # "…, while House Speaker Mike Johnson called it “government overreach.”"
        nested = (
            verb is not comp
            and verb.dep_ in ("advcl", "conj")
            and verb.pos_ == "VERB"
            and reports
            and any(
                c.dep_ == "nsubj"
                and (c.pos_ in ("NOUN", "PROPN") or (c.pos_ == "PRON" and _conceded(verb)))
                for c in verb.children
            )  # "… other premises, though she says she is too old"
            # "said the videos were inconclusive and that the footage did not show …": one report
            and not any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
        ) or _another_report_of_the_source(verb, comp)
        # "would repeal the tax, calling the levy …": the source's own participle of saying
        nested = nested or (verb.dep_ == "advcl" and _hung_in_a_report(verb))
        if nested:
            end = verb.left_edge.i
            while end > comp.left_edge.i and (
                (doc[end - 1].is_punct and not is_mark(doc[end - 1]))
                or doc[end - 1].lower_ in REPORT_JOINERS
            ):
                end -= 1
            return end
    return None
