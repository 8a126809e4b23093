"""Coreference: the entity a speaker's words stand for (names, pronouns, titles, descriptions).

``Resolver`` answers with entity indices and never changes the entities it reads.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .entities import (
    EntityIndex,
    Mention,
    _stem,
    acts_as_a_person,
    at_a_role,
    described_native,
    descriptor,
    gender_only_guessed,
    given_as_a_name,
    noun_gender,
    of_a_nation,
)
from .lexicon import (
    ABBREVIATED_OFFICES,
    AFFILIATE_NOUNS,
    ANAPHORIC_ORG_NOUNS,
    COLLECTIVE_ORG_NOUNS,
    CUE_NOUNS,
    DOCUMENT_NOUNS,
    FACILITY_NOUNS,
    FEMALE_PRONOUNS,
    FIELD_FIRST_OFFICES,
    FIELD_ORG_NOUNS,
    FIRST_NAMES,
    FIRST_PERSON,
    HEARER_VERBS,
    HONORIFIC_SUFFIXES,
    HONOURS,
    HUMAN_NOUNS,
    ISSUED_DOCUMENT_NOUNS,
    KIN_NOUNS,
    LEADER_NAMED_BODIES,
    MAKER_NOUNS,
    MALE_PRONOUNS,
    MEDIUM_NOUNS,
    MESSAGE_NOUNS,
    NAME_HEAD_ORG_NOUNS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NATIONALITY_NOUNS,
    NEUTER_PRONOUNS,
    OFFICES,
    ORG_KIND_NAME_WORDS,
    ORG_NAME_ENDS,
    ORG_NOUN_NAME_ENDS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_NOUNS,
    PLATFORMS,
    PLURAL_PRONOUNS,
    POSTNOMINALS,
    PRESS_NOUNS,
    PRONOUNS,
    QUESTION_VERBS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    REPRESENTING_NOUNS,
    ROLE_TITLES,
    SAID_KINDS,
    SPEAKING_NOUNS,
    SPEECH_VERBS,
    SPOKESPEOPLE,
    TITLED_OFFICES,
    TITLES,
    TITLES_AFTER_A_NAME,
    UNSAID_KINDS,
    WITHHELD_PARTIES,
    is_recorded_first_name,
    recorded_name_gender,
)
from .paragraphs import ENTRY_TIME, opens_section
from .syntax import (
    according_to_source,
    an_aside,
    apposed_in_an_opening_phrase,
    description_end,
    glued_hyphen,
    initials_in_brackets,
    is_cue_verb,
    name_they_gave,
    named_after_its_kind,
    names_a_role_inside,
    names_the_object,
    subject_read_as_a_compound,
    subject_read_as_an_adverb,
    unnamed_by_request,
    years_old,
)
from .view import in_dateline, is_mark, with_lower

_PERSON = "PERSON"
#: Nouns for a husband or wife, and the gender each gives.
_SPOUSES = {"husband": "m", "wife": "f", "widow": "f", "widower": "m"}
#: Relations who mostly share the surname of the one whose relation they are ("Mr Hollis's
#: wife, Rebecca"; not a fiancée, a cousin or a grandparent).
_SAME_SURNAME_KIN = frozenset(_SPOUSES) | frozenset(
    ["mother", "father", "son", "daughter", "brother", "sister", "mum", "mom", "dad"]
)
#: Nouns for a family that a surname before them names ("the Salazar family said").
_FAMILIES = frozenset({"family", "families", "relative", "relatives"})
#: Where on the web something is posted ("on its website").
_WEB_PAGES = frozenset({"website", "site", "page", "account", "blog", "feed"})
#: Verbs whose "to" or "with" names who is addressed ("spoke to", "a notice filed with").
_ADDRESSING_VERBS = frozenset({"speak", "talk", "interview", "file", "lodge", "submit", "send"})
#: Verbs of getting to read a document, whose agent is no maker ("documents *seen* by The Age").
_READING_VERBS = frozenset({"see", "obtain", "review", "view", "examine", "read", "acquire"})
#: Verbs whose subject makes the document that is their object ("signed a letter").
_MAKING_VERBS = frozenset({"write", "sign", "send", "issue", "release", "publish", "pen", "draft"})
#: Titles of courtesy, which say nothing of what a person does ("Mr. Ishiba").
_COURTESY = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."})
#: Verbs that make figures public ("figures published by NHS England").
_PUBLISHING = frozenset({"publish", "release", "issue", "compile", "produce", "collect"})
#: The most tokens of a line with no verb that credits the article ("The Gazette-Ledger").
_CREDIT_LINE_TOKENS = 8
_AFFILIATES = AFFILIATE_NOUNS | frozenset({"staff", "worker"})
_KIND_WORDS = frozenset().union(*ORG_KIND_NAME_WORDS.values())
_GROUPS = frozenset({"ORG", "GPE", "NORP"})
#: Prepositions that say where something is or goes ("sailings to Fair Isle").
_PLACE_PREPOSITIONS = frozenset({"at", "to", "into", "near", "outside", "across", "around"})
#: Organisation nouns that stand for any kind of organisation.
_ANY_KIND = frozenset({"group", "organisation", "organization", "body"})
#: Words of a clause that keeps a source unnamed.
_OFFICES = frozenset(_stem(w) for w in OFFICES)
_ROLES = _OFFICES | frozenset(_stem(w) for w in PERSON_NOUNS | RELATION_NOUNS | AFFILIATE_NOUNS)
_GENERIC = "NORP"
#: Nouns for one person, by role or by kin ("the prime minister", "my mother").
_PEOPLE_NOUNS = PERSON_NOUNS | KIN_NOUNS
_WINDOW = 160
#: How much a pronoun of the other gender counts against a person whose gender is guessed from
#: a first name alone.
_GUESSED_GENDER_PENALTY = 1.5
#: The least standing such a person needs for the pronoun to be considered theirs at all.
_GUESSED_GENDER_REACH = -2.0
#: Where a name stands for someone in its clause, not as a modifier ("his White House bid").
_ARGUMENTS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "attr", "dative", "oprd"}
)
#: Words that introduce someone not named before ("A senior diplomat", "One resident").
_INDEFINITE = frozenset({"a", "an", "one", "another"})
_REPORTED_PENALTY = 1.0
_CLOSING_PARAGRAPHS = 3
_IT_WINDOW = 80
_DOCUMENT_WINDOW = 400
#: Adjectives that with the noun after them name one kind of institution ("the central bank",
#: "the supreme court"): an organisation named before stands for it only with the adjective.
_KIND_ADJECTIVES = frozenset({"central", "supreme", "constitutional", "high", "appellate"})
#: Documents and the verb of making them ("the ruling" of a court that "ruled").
_DOCUMENT_VERBS = {"ruling": "rule", "order": "order", "complaint": "file", "lawsuit": "file"}
#: What a plaintiff files, and says in ("According to the complaint, …").
_FILINGS = frozenset({"complaint", "lawsuit"})
#: Documents that their verb makes ("posted on Facebook that …" … "the post said").
_POSTING_VERBS = {"post": "post", "tweet": "tweet"}
#: Words before a document noun that point back to one named earlier ("the ad", "another
#: slide", "one slide").
_ANAPHORIC_DETERMINERS = frozenset({"the", "this", "that", "another", "one"})
_PARAGRAPH = re.compile(r"[^\n]+")
#: What naming a person in the pronoun's own paragraph adds to the mention's standing.
_SAME_PARAGRAPH = 0.5
#: How much less a person named before a live blog's entry stands for a he/she inside it.
_BEFORE_THE_ENTRY = 1.0
#: A paragraph break, a blank line or a single line break.
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def _posted_on(prep, obj) -> bool:
    """``obj`` is where a document was posted, not who made it: a platform or a website, or its
    maker's own page ("a statement posted on its website", "on Twitter"; not "on the Trump
    campaign's website", which names its maker)."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    own = any(c.lower_ in PRONOUNS for c in owners)
    page = (obj.lemma_.lower() in PLATFORMS or obj.lemma_.lower() in _WEB_PAGES) and not owners
    return prep.lower_ == "on" and (own or page)


def _an_office_holders_spokesperson(tok) -> bool:
    """``tok`` is a spokesperson owned by an office holder ("the Prime Minister's official
    spokesman"), whom no name follows."""
    return tok.lemma_.lower() in SPOKESPEOPLE and any(
        c.dep_ == "poss" and c.lemma_.lower() in PERSON_NOUNS for c in tok.children
    )


def _body_spoken_for(tok):
    """The last word of the body a spokesperson speaks for ("a spokesperson for the Hellenic
    Coast Guard": "Guard"), or None."""
    if tok.lemma_.lower() not in SPOKESPEOPLE:
        return None
    prep = next(
        (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "at", "of")), None
    )
    return next((o for o in prep.children if o.dep_ == "pobj"), None) if prep else None


def _offices(words) -> set[str]:
    """The descriptors among ``words`` that name an office, qualified or not ("shado+chanc")."""
    return {w for w in words if w.split("+")[-1] in _OFFICES}


def _named_field(tok) -> set[str]:
    """The proper name a description's "of" phrase gives ("the mayor of Red Deer": "deer"),
    which any person it stands for was described with."""
    return {
        _stem(t.lemma_)
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for t in prep.children
        if t.dep_ == "pobj" and t.pos_ == "PROPN"
    }


def _roles(words) -> set[str]:
    """The descriptors among ``words`` that name an office or another role ("physician")."""
    return {w for w in words if w.split("+")[-1] in _ROLES}


#: Verbs of answering a question put in the sentence before.
_ANSWERING = frozenset({"answer", "reply", "respond", "retort"})


def asked_the_question(name, pronoun) -> bool:
    """``name`` asked the question that ``pronoun``'s clause answers ("Asked by Senator Ted
    Cruz whether he would resign, he said", "When pressed by Holt about …, his best response
    was"), or in a clause on the verb of the answer ("When a reporter asked whether …, she
    replied"), or that the sentence before put to someone ("Castleberry asked Sorensen whether …
    She answered"): the one asked is someone else."""
    by = name.head
    asked = by.head
    clause = pronoun.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    if name.dep_ == "nsubj" and by.lemma_.lower() in QUESTION_VERBS and pronoun.dep_ == "nsubj":
        if by.dep_ == "advcl" and by.head.i == pronoun.head.i and by.i < pronoun.i:
            return True
        return _answers_the_question(name, by, pronoun)
    if name.dep_ == "nsubj" and pronoun.dep_ == "nsubj" and _asked_about_them(by, pronoun):
        return True  # "a retired firefighter stood up and asked whether she intended …. '…,'
        # she said": she was asked
    return (
        name.dep_ == "pobj"
        and by.dep_ == "agent"
        and asked.lemma_.lower() in QUESTION_VERBS
        and asked.dep_ == "advcl"
        and asked.head.i == clause.i
    )


def _asked_about_them(verb, pronoun) -> bool:
    """``verb``, or a verb joined to it, asks a question about someone the same pronoun names
    ("stood up and asked whether *she* intended to hit back"), and ``pronoun``'s sentence comes
    next, perhaps after a quotation: the pronoun answers it."""
    same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    if pronoun.lower_ not in same:
        return False
    asking = [verb] + [c for c in verb.children if c.dep_ == "conj"]
    about = any(
        k.dep_ == "nsubj" and k.lower_ in same
        for v in asking
        if v.lemma_.lower() in QUESTION_VERBS
        for c in v.children
        if c.dep_ == "ccomp"
        for k in c.children
    )
    sent_end = verb.sent.end
    between = verb.doc[sent_end : pronoun.i].text.strip() if sent_end <= pronoun.i else None
    return about and between is not None and (not between or _one_quotation(between))


def _in_the_question(name, pronoun) -> bool:
    """``name`` is in the question that ``pronoun``'s clause answers ("Asked by DS Cullinane
    why he had wanted to scare *Mr Rahimi*, he said"): who was asked about, not who answers."""
    clause = pronoun.head
    for c in clause.children:
        if c.dep_ != "advcl" or c.lemma_.lower() not in QUESTION_VERBS or c.i > pronoun.i:
            continue
        asked = [k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")]
        if c.left_edge.i <= name.i <= c.right_edge.i and not any(  # "When Mook was asked …"
            k.left_edge.i <= name.i <= k.right_edge.i for k in asked
        ):
            return True
    return False


def _answers_the_question(name, by, pronoun) -> bool:
    """``pronoun``'s clause, right after ``name`` asked a question with the verb ``by``,
    answers it: "X asked Sorensen whether …. She answered", '"What did you do?" X asked. "We
    played cards," he replied', '"Host X asked Y whether …. "Afraid? No," he said' (Y's answer;
    not after "questioned Trump's logic")."""
    put_to = any(c.dep_ == "dobj" for c in by.children)
    asked_someone = by.lemma_.lower() == "ask" and any(
        c.dep_ == "dobj"
        and (c.pos_ == "PROPN" or (c.lower_ in MALE_PRONOUNS or c.lower_ in FEMALE_PRONOUNS))
        for c in by.children
    )
    verb = pronoun.head.lemma_.lower()
    sent_end = name.sent.end
    between = name.doc[sent_end : pronoun.i].text.strip() if sent_end <= pronoun.i else ""
    quoted = _one_quotation(between)
    answered = verb in _ANSWERING and (put_to or _asks_in_marks(by))
    same = MALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else FEMALE_PRONOUNS
    # "Sen. X pressed him on whether …. He said": the one pressed, named by the same pronoun
    put_to_the_pronoun = any(c.dep_ == "dobj" and c.lower_ in same for c in by.children)
    said = verb == "say" and ((asked_someone and quoted) or put_to_the_pronoun)
    return (answered or said) and (pronoun.sent.start == sent_end or quoted)


def _one_quotation(words: str) -> bool:
    """``words`` are one quotation in double marks and the punctuation after it ('"Afraid?
    No, I don't think so,"')."""
    if not words or words[0] not in '"“':
        return False
    close = max(words.rfind('"'), words.rfind("”"))
    inside = words[1:close]
    return (
        close > 0
        and '"' not in inside
        and "“" not in inside
        and "”" not in inside
        and (not words[close + 1 :].strip(" ,.—-"))
    )


def _asks_in_marks(verb) -> bool:
    """The question verb reports a question in quotation marks ('"What did you do?" X
    asked')."""
    doc = verb.doc
    return any(t.text == "?" for t in doc[max(0, verb.i - 8) : verb.i])


def is_pronoun(tok) -> bool:
    """A pronoun, not an acronym in capitals the NER named that spells one ("according to the
    WHO", "the US said")."""
    return tok.lower_ in PRONOUNS and not (len(tok) > 1 and tok.is_upper and tok.ent_type_)


def relative_antecedent(tok):
    """The word a relative pronoun stands for: the one its clause hangs on, or in a list of
    names the name right before it ("celebrities like Will Smith, Patti LaBelle and Stevie
    Wonder, who joked …": Stevie Wonder, wherever the parser hung the clause), and the plural
    noun a singular one hangs on when the verb is plural ("Democrats on Capitol Hill, who
    have argued": the Democrats), and for "who" the person or people its phrase describes
    (``_human_above``: "Mark Hill, an analyst at Barclays, who": Hill); a place does not say
    what a clause of saying says ("the weather office in Tulsa, which said": the office)."""
    ant = tok.head.head
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.is_punct and prev.i > 0:
        prev = tok.doc[prev.i - 1]
    near = prev  # "Rufus, Dr Imogen Sato of Wexcombe Veterinary Centre, who said": Sato
    while near is not None and near.i > ant.i and near not in ant.conjuncts and near.head != near:
        near = near.head
    if prev is not None and ant.pos_ == "PROPN" and near.i != ant.i and near in ant.conjuncts:
        return near
    owner = ant.head.head if ant.dep_ == "pobj" else None
    # a group "of" people the plural verb agrees with ("objections from a group of traditional
    # owners who say"): the group, not the noun it hangs on
    of_many = any(
        p.lower_ == "of" and any(o.dep_ == "pobj" and _plural(o) for o in p.children)
        for p in ant.children
    )
    if (
        owner is not None
        and _plural_verb(tok.head)
        and _plural(owner)
        and not _plural(ant)
        and not of_many
    ):
        return owner
    described = _described_by_its_participle(ant) if tok.lower_ in ("who", "whom") else None
    described = described or (_owner_of_the_role(ant) if tok.lower_ in ("who", "whom") else None)
    if described is not None:  # "Freya Lindgren-Oduya, 16, representing Castleburn Academy, who"
        return described
    if tok.lower_ in ("who", "whom") and not _human(ant):
        # the person described right before the clause ("according to a source close to the
        # talks, who said", wherever the parser hung it)
        before = None
        if prev is not None and prev.i != ant.i:
            before = prev if _human(prev) else _human_above(prev)
        human = _human_above(ant) or before
        if human is not None and human.pos_ == "NOUN":
            human = _named_before_the_description(human) or human
        return human or _noun_of_a_place(ant) or ant
    place_noun = _noun_of_a_place(ant) if tok.head.lemma_.lower() in SPEECH_VERBS else None
    return place_noun or ant  # "the National Weather Service office in Tulsa, which said"


#: Nouns a definite description may take up an indefinite one by ("A representative for
#: Quintero confirmed … the spokesperson said", "A source close to the couple … the insider").
_SAME_ROLES = (
    SPOKESPEOPLE | {"representative", "rep"},
    frozenset({"source", "insider"}),
)


def _same_role(earlier: str, later: str) -> bool:
    """The noun ``later`` may take up a description headed by the noun ``earlier``."""
    return earlier == later or any(earlier in same and later in same for same in _SAME_ROLES)


def _owner_of_the_role(obj):
    """The name a role "of" ``obj`` is set beside ("the Rev Helen Ashdown, vicar of St
    Barnabas, who": Ashdown, not the church), or the name a "from" ``obj``, with "the",
    places ("Hendrik de Vries from the Fens, who"), else None."""
    placed = obj.dep_ == "pobj" and obj.head.lower_ == "from"
    placed = placed and any(c.lower_ == "the" for c in obj.children)
    if placed and obj.head.head.pos_ == "PROPN" and obj.head.head.ent_type_ == "PERSON":
        return obj.head.head
    role = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "of" else None
    if role is None or role.dep_ != "appos" or role.pos_ != "NOUN" or not _human(role):
        return None
    return role.head if role.head.pos_ == "PROPN" and role.head.i < role.i else None


def _named_before_the_description(noun):
    """The person named right before the description that ``noun`` heads, set off by a comma
    ("Dr Rhodri Kendrick-Vaughan, a finds liaison officer with the Scheme, who said", "Noor
    Haddad, campaigns director at the Project, who said": the name, however the parser read
    the description), else None."""
    doc = noun.doc
    i = noun.i - 1
    while i > 0 and noun.i - i < 6 and doc[i].text != "," and not doc[i].is_sent_start:
        i -= 1
    # "X, a finds liaison officer", "X, campaigns director at …"
    opened = i + 1 <= noun.i and (doc[i + 1].lower_ in ("a", "an", "the") or doc[i + 1].is_lower)
    if i < 1 or doc[i].text != "," or not opened:
        return None
    name = doc[i - 1]
    return name if name.ent_type_ == "PERSON" and name.pos_ == "PROPN" else None


def _described_by_its_participle(obj):
    """The person named just before the participle whose object ``obj``, a body, is
    ("Freya Lindgren-Oduya, 16, representing Castleburn Academy, who told members": Freya),
    else None."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl"):
        return None
    if (obj.lower_ not in ORG_NAME_ENDS and obj.lower_ not in ORG_NOUNS) and obj.ent_type_ not in (
        "ORG",
        "GPE",
    ):
        return None
    doc = obj.doc
    named = [t for t in doc[max(0, verb.i - 6) : verb.i] if t.ent_type_ == "PERSON"]
    return named[-1] if named else None


def _noun_of_a_place(place):
    """The noun a place's phrase hangs on ("The carer from Stockport, who": the carer), for
    "who" never stands for a place, nor the subject of a verb of saying; else None."""
    if place.ent_type_ not in ("GPE", "LOC", "FAC") or place.dep_ != "pobj":
        return None
    noun = place.head.head
    return noun if noun.pos_ == "NOUN" and noun != place.head else None


def _in_a_whose_clause(tok) -> bool:
    """``tok`` is inside a relative clause opened by "whose" ("Rhiannon Davies, whose daughter
    Kate died …, said"): someone named to describe another, not what the sentence is about."""
    return any(a.dep_ == "relcl" and a.left_edge.lower_ == "whose" for a in tok.ancestors)


def _human(tok) -> bool:
    """The word names a person or people, by name, by a noun for them, in apposition to a
    person's name ("Lorraine Begay, a retired schoolteacher") or as a share of them ("the 30
    percent of voters")."""
    if tok.ent_type_ == "PERSON" or tok.lemma_.lower() in HUMAN_NOUNS:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return True
    shares = (o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj")
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in HUMAN_NOUNS for o in shares)


def _human_above(tok):
    """The noun for a person or people that the phrase holding ``tok`` describes ("a spokesman
    for the company, who": the spokesman; "people familiar with the plans, who": the people),
    within three steps up, else None."""
    for _ in range(3):
        if tok.dep_ == "pobj":
            tok = tok.head.head
        elif tok.dep_ == "amod":
            tok = tok.head
        else:
            return None
        if _human(tok):
            return tok
    return None


def _set_off(child, head) -> bool:
    """A name right after its head noun between commas ("the agency, UNHCR, said")."""
    doc = child.doc
    return (
        child.dep_ == "npadvmod"
        and child.i > head.i
        and doc[child.i - 1].text == ","
        and child.i + 1 < len(doc)
        and doc[child.i + 1].text == ","
    )


def _possessor_of_the_subject(owner, pronoun) -> bool:
    """``owner`` is the possessor of the subject of a main clause in the pronoun's own
    sentence, the pronoun a subject after it with no one named between ("Suu Kyi's fate is
    unclear, but she said …")."""
    subject = owner.head
    return (
        owner.sent.start == pronoun.sent.start
        and owner.i < pronoun.i
        and pronoun.dep_ in ("nsubj", "nsubjpass")
        and subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.dep_ == "ROOT"
        and not any(t.ent_type_ == "PERSON" for t in owner.doc[subject.i : pronoun.i])
    )


def _the_relation_again(antecedent, pronoun) -> bool:
    """The antecedent is named in apposition to someone's relation ("His father, Walter Ashby,
    kept the moor") and the pronoun's own sentence speaks of that relation of someone's again
    ("He still remembers the advice his father gave him"): the pronoun is whose relation it is."""
    noun = antecedent.head if antecedent.dep_ == "appos" else None
    if noun is None or noun.lemma_.lower() not in KIN_NOUNS or not _owned_by_a_pronoun(noun):
        return False
    lemma = noun.lemma_.lower()
    return any(t.lemma_.lower() == lemma and _owned_by_a_pronoun(t) for t in pronoun.sent)


def _owned_by_a_pronoun(noun) -> bool:
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _said_of(antecedent, pronoun) -> bool:
    """The pronoun is the subject of a relative clause on ``antecedent`` that says something
    of it, so someone else ("President Obama, who he noted was …"; not "Obama, who said he
    …"), or of a cue set off inside a clause whose subject ``antecedent`` is ("Brandt, she
    says, wanted to fix the tapes"), or ``antecedent`` is the topic an opening "On" sets for
    the pronoun's sentence ("On Whelan, he was more guarded")."""
    verb = pronoun.head
    if (
        pronoun.dep_ == "nsubj"
        and verb.dep_ == "parataxis"
        and antecedent.dep_ in ("nsubj", "nsubjpass")
        and antecedent.head.i == verb.head.i
        and antecedent.i < pronoun.i < verb.head.i
    ):
        return True
    opening = antecedent.head if antecedent.dep_ == "pobj" else None
    if (
        opening is not None
        and opening.lower_ in ("on", "about")
        and opening.is_sent_start
        and opening.sent == pronoun.sent
        and antecedent.i < pronoun.i
    ):
        return True
    return (
        pronoun.dep_ == "nsubj"
        and verb.dep_ == "relcl"
        and verb.head.i == antecedent.i
        and any(
            c.lower_ in RELATIVE_PRONOUNS and c.i < pronoun.i and c.head.i != verb.i
            for c in verb.subtree
        )
    )


def _plural(noun) -> bool:
    return noun.tag_ in ("NNS", "NNPS")


def _plural_verb(verb) -> bool:
    """The verb (or its first auxiliary) agrees with a plural subject ("who have argued")."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < verb.i), verb)
    return aux.tag_ == "VBP" or aux.lower_ == "were"


def _definite(tok) -> bool:
    """The noun has "the", "this" or "that" before it."""
    return any(c.lower_ in ("the", "this", "that") for c in tok.children)


#: Qualifiers of an office whose holder serves in it, stemmed ("assistant coroner"), unlike
#: "former" or "shadow" (or "deputy": the minister's deputy is not the minister).
_RANKS_IN_AN_OFFICE = frozenset({"assis"})


@dataclass(frozen=True)
class Recent:
    """The entity of the speaker named last and the token where it was named."""

    entity: int | None = None
    tok: int = -(10**9)


def _in_a_subordinate_clause(subject) -> bool:
    """The subject is that of a clause inside its sentence's main one ("until *a new leader* is
    chosen"), not of the main clause or a clause joined to it."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ not in ("ROOT", "ccomp", "parataxis")


#: Kinds written after a body's name that are that body, not one inside it ("Time magazine";
#: not "a House panel", "the U.N. refugee agency"; "the CGT union" stays its description).
_SAME_BODY_KINDS = frozenset(
    {"newspaper", "paper", "magazine", "daily", "website", "network", "channel", "broadcaster"}
    | {"company", "firm", "charity", "foundation", "carrier", "airline"}
)


def _a_nations(tok) -> bool:
    """A body of a field described as a nation's ("The Norwegian foreign ministry", "Chile's
    environment ministry"): named by the description."""
    return any(c.ent_type_ in ("NORP", "GPE") for c in tok.lefts)


def _affiliated(tok) -> bool:
    """A description that names whom it works for or where ("a spokeswoman for the union",
    "an official at the ministry")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("for", "at", "with")
        and any(g.dep_ == "pobj" for g in c.children)
        for c in tok.children
    )


def _role_of_a_name(tok) -> bool:
    """``tok`` is a person's role written after the name of what the role is in ("the Derry
    captain", "the Upper Bann representative"): that name is the team's or the place's."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.lemma_.lower() in PERSON_NOUNS


def _age_given(tok) -> str | None:
    """The number of "25-year-old" when ``tok`` is its "old" or a noun it describes ("the
    25-year-old mother"), else None."""
    old = tok if tok.lower_ == "old" else next((c for c in tok.children if c.lower_ == "old"), None)
    if old is None:
        return None
    years = next((c for c in old.children if c.lemma_ == "year"), None)
    number = next((c for c in years.children if c.like_num), None) if years is not None else None
    return number.text if number is not None else None


def _of_an_age(tok) -> bool:
    """``tok`` heads "the 25-year-old", "the 34-year-old mother of three" or "the mother-of-two":
    a person described by age or children, with "the"."""
    if years_old(tok):  # "the" may hang on the verb the parser gave the age to
        first = tok.left_edge.i
        return tok.doc[first].lower_ == "the" or (first > 0 and tok.doc[first - 1].lower_ == "the")
    aged = (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and any(c.dep_ == "amod" and years_old(c) for c in tok.children)
    )
    return (aged or _parent_of_so_many(tok)) and any(c.lower_ == "the" for c in tok.children)


def _honorific(tok) -> str | None:
    """The gender of "His Highness", "Her Excellency" and the like, used as a name; else None."""
    if tok.lower_ not in HONOURS:
        return None
    owner = next((c.lower_ for c in tok.children if c.dep_ == "poss"), None)
    return {"his": "m", "her": "f"}.get(owner or "")


def _parent_of_so_many(tok) -> bool:
    """``tok`` heads "mother-of-two", "father-of-three": a person described like by age."""
    doc = tok.doc
    i = tok.i
    return (
        tok.lemma_.lower() in KIN_NOUNS
        and i + 3 < len(doc)
        and doc[i + 1].text == "-"
        and doc[i + 2].lower_ == "of"
        and doc[i + 3].text == "-"
    )


def _of_its_members(tok) -> bool:
    """``tok`` is owned by the people who belong to it ("their union", "the drivers' union")."""
    return any(
        c.dep_ == "poss"
        and (
            c.lower_ == "their" or (c.tag_ == "NNS" and any(d.lower_ == "the" for d in c.children))
        )
        for c in tok.children
    )


def name_after_noun(tok):
    """The name right after an organisation noun that introduces it ("the charity
    *Alzheimer's Research UK*", "the union *Unite*"), as a ``Span``; None when none follows."""
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and (
        (doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper))
        or (doc[end].dep_ == "case" and end > tok.i + 1)
    ):
        end += 1
    while end > tok.i + 1 and doc[end - 1].dep_ == "case":
        end -= 1
    return doc[tok.i + 1 : end] if end > tok.i + 1 else None


def _not_named(noun) -> bool:
    """``noun`` has a relative clause saying it is not named ("who has not been named", "who
    asked not to be named")."""
    joined = [c for c in noun.children if c.dep_ == "conj"]  # "A legend and former captain,
    return any(  # who asked not to be named,": the clause hung on the last
        c.dep_ == "relcl"
        and any(t.lemma_.lower() == "name" for t in c.subtree)
        and any(t.dep_ == "neg" for t in c.subtree)
        for n in (noun, *joined)
        for c in n.children
    )


def _set_off_as_one_of_a_kind(noun) -> bool:
    """``noun`` has a description of one unnamed person of a kind in apposition ("Her colleague
    on the ward, *a nurse* from Burgos, …")."""
    return any(
        c.dep_ == "appos"
        and c.tag_ == "NN"
        and c.lemma_.lower() in HUMAN_NOUNS
        and any(d.lower_ in ("a", "an") for d in c.children)
        for c in noun.children
    )


def _one_who_spoke(noun) -> bool:
    """``noun`` describes one person who speaks: "a", "an" or "one" before a noun for no body
    or document, the subject of a verb of saying ("one Harbourside subscriber, …, said")."""
    lemma = noun.lemma_.lower()
    return (
        noun.dep_ == "nsubj"
        and noun.tag_ == "NN"
        and is_cue_verb(noun.head)
        and any(c.lower_ in ("a", "an", "one") for c in noun.children)
        and (
            lemma not in ORG_NOUNS
            and lemma not in DOCUMENT_NOUNS
            and lemma not in MEDIUM_NOUNS
            and lemma not in CUE_NOUNS
        )
    )


def _one_of_them(tok):
    """The people ``tok`` picks one of ("*one* of the injured firefighters", "one of his
    lawyers"): the plural person noun after "one of", else None."""
    if tok.lower_ != "one" or tok.pos_ != "NUM":
        return None
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if (
                    noun.dep_ == "pobj"
                    and noun.tag_ == "NNS"
                    and noun.lemma_.lower() in _PEOPLE_NOUNS
                ):
                    return noun
    return None


def _field_words(tok) -> tuple[str, ...]:
    """The lower-case words before a ministry or department that say its field ("the
    *foreign* ministry", "the *health* department")."""
    return tuple(
        c.lower_
        for c in tok.lefts
        if c.dep_ in ("amod", "compound") and c.pos_ in ("ADJ", "NOUN") and c.text.islower()
    )


def _holds(name: str, fields: tuple[str, ...]) -> bool:
    """Every field word is in the organisation's ``name``, give or take its ending ("health"
    in "ministry of health", "foreign" in "ministry of foreign affairs")."""
    words = name.split()
    return all(any(w.startswith(f[:5]) for w in words) for f in fields)


def _common_noun(tok) -> bool:
    """``tok`` is a common noun, whatever its tag ("ministry" as a proper noun in lower case)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower)


def _a_document(tok) -> bool:
    """``tok`` names a document: a document noun, one email ("the email said"), or one issued
    document with a word before it and no "of" or "to" after it ("the order released Friday",
    "a 212-page order"; not "the order of confidentiality"), or figures published ("according
    to figures published by NHS England"; not "a senior figure")."""
    lemma = tok.lemma_.lower()
    if lemma in ("figure", "statistic") and tok.tag_ == "NNS":
        return any(c.dep_ == "acl" and c.lemma_.lower() in _PUBLISHING for c in tok.children)
    if lemma in ISSUED_DOCUMENT_NOUNS and tok.tag_ == "NN":
        after = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        described = any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.lefts)
        return described and after not in ("of", "to")
    return lemma in DOCUMENT_NOUNS or (lemma in MESSAGE_NOUNS and tok.tag_ == "NN")


def _the_filing(tok) -> bool:
    """``tok`` is "the complaint" or "the lawsuit" with no other word to say whose: the one
    filed last before it ("The class action, filed by the X Pension Fund, …" … "According to
    the complaint")."""
    return (
        tok.lemma_.lower() in _FILINGS
        and tok.tag_ == "NN"
        and [c.lower_ for c in tok.lefts] == ["the"]
    )


def _kin_of(tok) -> bool:
    """A name owning a relative ("*Leah Thompson*'s daughter")."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in KIN_NOUNS


def _titled_office(tok) -> bool:
    """A description written as an office's title, the noun and a word before it capitalised
    inside the sentence ("The Parliamentary Budget Officer", "the Privacy Commissioner"; not a
    party or a nation: "the New York Democrat")."""
    before = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    return (
        tok.is_title
        and tok.ent_type_ != "NORP"
        and tok.lower_ not in NATIONALITY_NOUNS  # "The Northern Irishman said"
        and not tok.is_sent_start
        and bool(before)
        and all(c.is_title and not c.is_sent_start for c in before)
    )


#: Dependencies of a clause's subject.
_SUBJECTS = ("nsubj", "nsubjpass")

#: The headline and the first two sentences below it: where an article describes what it is
#: about ("…, the culture ministry said").
_LEAD_SENTENCES = 3
#: Words for a business of any kind, which the one organisation an article names may be.
_ANY_BUSINESS = frozenset({"company", "firm"})

#: Verbs whose agent is the outlet that got hold of a document ("a memo *seen* by Reuters").
_OUTLET_VERBS = frozenset({"see", "obtain", "review", "view", "read"})

#: Dependencies of what describes a noun after it ("the government *in Beijing*").
_DESCRIBED = re.compile(r"prep|acl|relcl|appos")


#: Endings of nouns for people by what they do or believe ("machinist", "socialist",
#: "historian", "engineer").
_AGENT_ENDINGS = ("ist", "ian", "eer")
#: Last words of the names of buildings, which no organisation speaks as.
_BUILDINGS = FACILITY_NOUNS | frozenset({"building", "buildings", "headquarters"})


def _spoken_to_in_an_opening(obj) -> bool:
    """``obj`` is whom the participle opening the sentence was spoken to or contacted by
    ("Contacted by Addis Standard, a spokesperson … declined": not the spokesperson), or whom
    the message of an opening phrase went to ("In an emailed reply to Reuters, a spokesperson
    … said")."""
    prep = obj.head
    participle = prep.head
    if obj.dep_ != "pobj":
        return False
    if prep.dep_ in ("prep", "agent") and participle.tag_ in ("VBG", "VBN"):
        return participle.i == participle.sent.start
    opening = participle.head if participle.dep_ == "pobj" else None
    return (
        prep.lower_ == "to"
        and participle.pos_ == "NOUN"
        and opening is not None
        and opening.dep_ == "prep"
        and opening.i == opening.sent.start
    )


def _topic_opening_the_sentence(name) -> bool:
    """``name`` is the topic a sentence opens with "For" or "As for" ("For Oduya, the vote
    was not the end.", "For drivers like Sandoval, the debate feels remote.", "As for Trump, he
    said he's not worried."), which a he/she after it stands for as it would for the subject."""
    prep = name.head
    if name.dep_ == "pobj" and prep.lower_ == "like" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "drivers like Sandoval"
    opening = prep.doc[prep.sent.start : prep.i]
    opens = all(t.is_space for t in opening)
    opens = opens or [t.lower_ for t in opening if not t.is_space] == ["as"]
    return name.dep_ == "pobj" and prep.lower_ == "for" and opens


def _compounds(noun) -> frozenset[str]:
    """The common nouns compounded with ``noun`` ("press" of "press release")."""
    return frozenset(c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN")


def _body_by_its_name(entity) -> bool:
    """An entity the NER took for no group whose name ends in the word for a kind of
    organisation ("The Lakemere International Music Festival has appointed …", a work of art to
    it)."""
    return entity.type != _PERSON and entity.name.lower().split()[-1] in ORG_NOUNS


def _agent_noun(tok) -> bool:
    """``tok`` is a common noun for a person by what they do, by its ending."""
    return tok.tag_ == "NN" and tok.lower_.endswith(_AGENT_ENDINGS)


#: Verbs by which a group gives the name it goes by ("calling itself", "known as").
_CALLING_VERBS = frozenset({"call", "name", "know"})


class Resolver:
    """Resolves speaker tokens of one document to entity indices."""

    def __init__(
        self,
        doc,
        index: EntityIndex,
        in_quote: list[bool],
        reported: list[bool] | None = None,
        text: str | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text  # spaCy builds it anew on every access
        self.index = index
        self.in_quote = in_quote
        self.reported = reported if reported is not None else in_quote
        self.sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = n
        # an agency credited in a dateline ("BERLIN (Reuters) - ") is nobody's antecedent
        ments = sorted(
            (m for m in index.mentions if not in_dateline(doc, m.tok_start)),
            key=lambda m: m.tok_start,
        )
        self._starts = [m.tok_start for m in ments]
        self._mentions = ments
        self._first_named: dict[int, int] = {}
        self._mentions_of: dict[int, list[Mention]] = {}
        for m in ments:
            self._first_named.setdefault(m.entity, m.tok_start)
            self._mentions_of.setdefault(m.entity, []).append(m)
        self._ages: dict[int, set[str]] = {}  # the ages written before a person's names
        self._somewhere: dict[int, bool] = {}  # organisations only ever where things go
        self._guessed = {e.index for e in index.entities if gender_only_guessed(doc, e)}
        self.gender = self._learn_genders()
        self._they_people = self._singular_they_people()
        self._signatures: list[tuple[int, int]] | None = None
        self._group_names: list[str | None] | None = None
        self._described: dict[str, list[int]] | None = None

    def _singular_they_people(self) -> set[int]:
        """The people the article calls "they": one said to use they/them pronouns ("Alex
        Moreno-Tupa, who uses they/them pronouns"), or one of no known gender (by name, title or
        pronoun) whose own report's subject is a "they" ("Sam Verhoeven-Osei, a Kindred user …,
        said they had discovered …"; not "X and Y said they …", nor "Clinton said they …", which
        speaks of her campaign)."""
        doc = self.doc
        theys = with_lower(doc, ("they",))
        if not theys:
            return set()
        declared = [
            t.i
            for t in theys
            if t.i + 2 < len(doc) and doc[t.i + 1].text == "/" and doc[t.i + 2].lower_ == "them"
        ]
        found: set[int] = set()
        for m in self._mentions:
            if m.entity in found or self.index.entities[m.entity].type != _PERSON:
                continue
            head = doc[m.tok_end - 1]
            if any(m.tok_start <= i < head.sent.end for i in declared):
                found.add(m.entity)
                continue
            verb = head.head if head.dep_ == "nsubj" else None
            if verb is None or verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            if any(c.dep_ == "conj" for c in head.children):
                continue
            reports_they = any(
                c.dep_ == "ccomp"
                and any(s.dep_ == "nsubj" and s.lower_ == "they" for s in c.children)
                for c in verb.children
            )
            first = self.index.entities[m.entity].name.split()[0]
            ungendered = self.gender.get(m.entity) is None  # the name's asked only then
            if reports_they and ungendered and recorded_name_gender(first) is None:
                found.add(m.entity)
        return found

    def _they_person(self, tok) -> int | None:
        """The person the article calls "they" whose name came last, within the three
        sentences before ``tok``; None when the article calls no one so."""
        if not self._they_people:
            return None
        for m in self._preceding(tok.i):
            if self.sent_of[tok.i] - self.sent_of[m.tok_start] > 3:
                return None
            if m.entity in self._they_people:
                return m.entity
        return None

    def _learn_genders(self) -> dict[int, str | None]:
        """Each entity's gender: the one its names and titles give, else (or against a name's
        gender only guessed) the one that he/she pronouns give by following it as sentence
        subjects."""
        votes: dict[int, list[int]] = {}
        acting: dict[int, list[int]] = {}  # the votes of a he/she that does something, no
        # "she says" beside what is said of another ("Brandt, she says, wanted …")
        for tok in with_lower(self.doc, ("he", "she")):
            low = tok.lower_
            if tok.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[tok.i]:
                continue
            for m in self._preceding(tok.i):
                if not self._next_sentence_but_quotes(m.tok_start, tok.i):
                    break  # "X turned to the warden. "How many …?" she asked.": X
                e = self.index.entities[m.entity]
                head = self.doc[m.tok_end - 1]
                if asked_the_question(head, tok):
                    continue
                verb = head.head  # "Dida Guyo remembers", a compound of the verb to the parser
                subject = head.dep_ in ("nsubj", "nsubjpass") or subject_read_as_a_compound(head)
                subject = subject or (
                    head.dep_ == "compound" and verb.pos_ == "VERB" and verb.i == head.i + 1
                )
                if e.type == _PERSON and subject:
                    v = votes.setdefault(m.entity, [0, 0])
                    # a he/she of what someone said may be another ("Hoskin said he had been
                    # …"); one that opens a sentence of its own is theirs ("She recalled …")
                    weight = 1 if self.reported[tok.i] else 2
                    v[low == "she"] += weight
                    if tok.head.lemma_ not in SPEECH_VERBS:
                        acting.setdefault(m.entity, [0, 0])[low == "she"] += weight
                    break
        gender = {e.index: e.gender for e in self.index.entities}
        for idx, (male, female) in votes.items():
            # "Dida Guyo remembers when he owned …": a name's gender guessed abroad, overruled
            # by the he or she that follows it, never contradicted
            acted_male, acted_female = acting.get(idx, (0, 0))
            against = acted_female if gender[idx] == "m" else acted_male
            if idx in self._guessed and against >= 2 and male * female == 0:
                gender[idx] = "m" if male else "f"
            if gender[idx] is None and male + female >= 1:
                if male >= 2 * female + 1:
                    gender[idx] = "m"
                elif female >= 2 * male + 1:
                    gender[idx] = "f"
        return gender

    def _type(self, idx: int) -> str:
        return self.index.entities[idx].type

    def _name_begun_before(self, tok) -> bool:
        """``tok`` is inside a name mention that opens before its own phrase: a comma inside the
        name ("the Department for Culture, Media and Sport"), which the parser read as an
        apposition."""
        j = bisect.bisect_right(self._starts, tok.i) - 1
        if j < 0:
            return False
        m = self._mentions[j]
        return m.tok_start < tok.left_edge.i and tok.i < m.tok_end

    def entity_of(self, tok) -> int | None:
        """The entity a token belongs to, or that its appositive or compound name belongs to
        (an appositive name set off by commas counts whatever the parser called it: "The UN
        refugee agency, UNHCR, said")."""
        te = self.index.token_entity
        holder = self._office_holder(tok)
        if holder is not None:
            return holder
        if tok.i in te:
            return te[tok.i]
        personal = tok.pos_ == "NOUN" and tok.lemma_.lower() in PERSON_NOUNS
        for child in tok.children:
            apposed = child.dep_ == "appos" or _set_off(child, tok) or self._name_set_off(child)
            party = initials_in_brackets(child, tok)  # the NER left the name untagged
            if child.i in te and apposed and not party and not names_the_object(child, tok):
                if personal and named_after_its_kind(child):
                    continue  # "A spokeswoman for the app Pinwheel": the parser's apposition
                if self._name_begun_before(child):
                    continue  # "… for the Department for Culture, Media and Sport": one name
                return self._before_a_bracketed_party(child)
        if tok.dep_ == "appos" and tok.head.i in te and not in_dateline(tok.doc, tok.head.i):
            # "SAN FRANCISCO — Carrow Drug, …, said": no dateline's place is what follows it
            body = tok.lemma_.lower() in ORG_NOUNS and self._type(te[tok.head.i]) == _PERSON
            # "Speaking to The Express Tribune, a senior security official said": no paper
            aged = any(c.dep_ == "amod" and years_old(c) for c in tok.children)
            body = body or (  # "On Ambae, a mother of four in …": no place is a person
                (tok.lemma_.lower() in HUMAN_NOUNS or aged)  # nor "a 26-year-old graduate"
                and tok.pos_ == "NOUN"
                and self._type(te[tok.head.i]) not in (_PERSON, _GENERIC)
            )
            body = body or _spoken_to_in_an_opening(tok.head)
            if not body:  # "… by Judith Leyster, the museum announced": no museum is a person
                return te[tok.head.i]
        role = tok.pos_ == "PROPN" and tok.lower_ in PERSON_NOUNS  # "The Conservative MP for …"
        if (tok.pos_ == "NOUN" and tok.lemma_.lower() not in ORG_NOUNS) or role:
            for t in tok.subtree:
                named = t.dep_ == "appos" or given_as_a_name(t)  # "who gave her name as Rina"
                named = named and not names_the_object(t, t.head)
                named = named and not names_a_role_inside(t, tok)
                if named and t.i in te and self._type(te[t.i]) == _PERSON:
                    return te[t.i]
            stack = [tok]
            while stack:
                t = stack.pop()
                for c in t.children:
                    if c.dep_ in ("appos", "compound", "conj", "nmod", "flat"):
                        if c.dep_ == "appos" and names_the_object(c, t):
                            continue
                        if c.dep_ == "compound" and c.i < t.i and _role_of_a_name(t):
                            continue  # "The Derry captain": the team's, not Derry
                        one_of = any(d.lower_ in _INDEFINITE for d in t.children)
                        if c.dep_ == "compound" and c.i < t.i and one_of:
                            continue  # "A Springbok legend", "a Trump supporter": one of many
                        if c.dep_ == "compound" and t.lemma_.lower() in _FAMILIES:
                            continue  # "the Salazar family": all of them, not Derek Salazar
                        if c.i in te and self._type(te[c.i]) == _PERSON:
                            return te[c.i]
                        stack.append(c)
        return None

    def _before_a_bracketed_party(self, child) -> int:
        """The entity of an apposed ``child``, or the person named before it when the parser
        made a party and district in brackets the head of the name ("Scott's niece, state Del.
        Marcia "Cia" Price (D-Newport News), shouted": Price, not "D-Newport News")."""
        te, doc = self.index.token_entity, child.doc
        first = child.i
        while first > 0 and te.get(first - 1) == te[child.i]:
            first -= 1
        if first == 0 or doc[first - 1].text != "(":
            return te[child.i]
        before = (te.get(t.i) for t in reversed(doc[child.left_edge.i : first - 1]))
        person = next((e for e in before if e is not None and self._type(e) == _PERSON), None)
        return te[child.i] if person is None else person

    def _name_set_off(self, child) -> bool:
        """``child`` heads a person's whole name between commas right after its head, whatever
        the parser made of the name ("The Deurne district mayor, Kris Van den Bossche, wrote",
        "den" read as a verb)."""
        doc, head = child.doc, child.head
        first, last = child.left_edge.i, child.right_edge.i
        te = self.index.token_entity
        return (
            first == head.i + 2
            and doc[head.i + 1].text == ","
            and last + 1 < len(doc)
            and doc[last + 1].text == ","
            and te.get(first) is not None
            and te.get(first) == te.get(last)
            and self._type(te[first]) == _PERSON
        )

    def _office_holder(self, tok) -> int | None:
        """The person apposed after an office whose capitals the NER read as another kind of
        name ("The District Chief Executive (DCE) for Kwahu South, Mr Yaw Darko
        Mensah-Bonsu," tagged an organisation; "The Anglican Bishop of Kingston, …"), else None."""
        te = self.index.token_entity
        if tok.i not in te and tok.is_title and tok.lower_ in FIELD_FIRST_OFFICES:
            return self._holder_after_the_field(tok)
        if tok.i not in te or self._type(te[tok.i]) == _PERSON or tok.pos_ != "PROPN":
            return None
        if tok.lemma_.lower() not in PERSON_NOUNS and tok.lemma_.lower() not in TITLED_OFFICES:
            return self._holder_apposed_before(tok)
        if tok.tag_ == "NNPS":
            return None
        for child in tok.rights:
            if child.dep_ == "appos" and child.i in te and self._type(te[child.i]) == _PERSON:
                return te[child.i]
        return None

    def _holder_apposed_before(self, tok) -> int | None:
        """The person apposed after the first mention of the one-word office that ``tok``,
        after "the", names again ("The Llywydd, Nerys Haf Cadwaladr, …" … "the Llywydd
        said"), else None."""
        te = self.index.token_entity
        if not any(c.lower_ == "the" for c in tok.lefts):
            return None
        if any(m.tok_end - m.tok_start != 1 for m in self.index.entities[te[tok.i]].mentions):
            return None
        for before in self._same_nouns_before(tok):
            if before.text != tok.text:
                continue
            for child in before.rights:
                if child.dep_ == "appos" and child.i in te and self._type(te[child.i]) == _PERSON:
                    return te[child.i]
        return None

    def _holder_after_the_field(self, office) -> int | None:
        """The person named after an office's capitalised field ("for", "of", "on" it), its own
        "of" phrases in it ("Minister for Transport Krišjānis Vītols said", "State Minister for
        Commerce Md Ashraful Haque Talukder", "Deputy Chairman of the Cabinet of Ministers
        Begench Orazgeldiyev", "Opposition Spokesman on National Security Everald McFarlane"),
        else None; not a title's bearer ("Spokesman for Sen. Ted Cruz")."""
        te = self.index.token_entity
        for prep in office.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "on") or obj is None:
                continue  # "Opposition Spokesman on National Security Everald McFarlane"
            # "Chairman of the Cabinet of Ministers Begench …": the name ends the phrases
            while te.get(obj.i) is None or self._type(te[obj.i]) != _PERSON:
                inner = next(
                    (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None
                )
                last = (
                    next((c for c in inner.children if c.dep_ == "pobj"), None) if inner else None
                )
                if last is None:
                    break
                obj = last
            idx = te.get(obj.i)
            if idx is None or self._type(idx) != _PERSON:
                return None
            start = obj.i
            while start > 0 and te.get(start - 1) == idx:
                start -= 1
            field = office.doc[prep.i + 1 : start]
            if any(t.lower_ in TITLES or t.lower_ in ROLE_TITLES for t in field):
                return None
            if any(t.is_title for t in field) and all(
                t.is_title
                or t.lower_ in ("the", "and", "of", "'s", "’s", "'", ",")
                or (t.is_lower and t.pos_ in ("NOUN", "ADJ"))  # "Hulhumale' North constituency"
                for t in field
            ):
                return idx
        return None

    def _honoured(self, tok, gender: str, recent: Recent) -> int | None:
        """The first person the article names after the same honorific ("His Highness Sheikh
        Mansour bin Hamdan Al Maktoum" … "His Highness posted"), else whom he or she would
        stand for."""
        te = self.index.token_entity
        for t in self.doc[: tok.i]:
            if t.lower_ != tok.lower_ or t.i + 1 >= tok.i:
                continue
            for k in range(t.i + 1, min(t.i + 4, len(self.doc))):
                if k in te and self._type(te[k]) == _PERSON:
                    return te[k]
        return self._pronoun(tok.i, gender, recent)

    def _role_in_this_article(self, tok) -> bool:
        """``tok``, after "the" and perhaps adjectives or lower-case nouns, is a word the article
        wrote before a person's name or in apposition to it ("Met Éireann forecaster Aoife
        Brennan" … "according to the forecaster", "the deputy administrator"; "The Llywydd,
        Nerys Haf Cadwaladr," … "the Llywydd said"), or one for a person by what they do that
        says something ("the retired machinist said"); no word for an organisation or a place."""
        kids = list(tok.children)
        # "the deputy administrator": a rank or field in lower case may come before it
        bare = all(
            (c.dep_ in ("det", "amod") or (c.dep_ == "compound" and c.is_lower)) and not c.ent_type_
            for c in kids
        )
        the = any(c.lower_ == "the" for c in kids)
        lemma = tok.lemma_.lower()
        # "the Llywydd": an office's one capitalised word, which the tagger takes for a name
        office = tok.pos_ == "PROPN" and tok.is_title and tok.i not in self.index.token_entity
        if not (tok.pos_ == "NOUN" or office) or not (bare and the):
            return False
        if lemma in ORG_NOUNS or lemma in PLACE_NOUNS:
            return False
        if _agent_noun(tok) and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
            return True  # "“…,” the retired machinist said"
        te = self.index.token_entity

        def person(i: int) -> bool:
            return i in te and self._type(te[i]) == _PERSON

        return any(
            t.lemma_.lower() == lemma
            and (
                (t.dep_ in ("compound", "appos") and person(t.head.i))
                # "The Llywydd, Nerys Haf Cadwaladr, …": the name set off after it
                or (office and any(c.dep_ == "appos" and person(c.i) for c in t.children))
            )
            for t in self.doc[: tok.i]
        )

    def _surname_he(self, tok) -> int | None:
        """The person whose name opens with the Chinese surname He ("He Yaping") when ``tok``
        is "He" capitalised inside a sentence, after a quotation and its comma ('“Some
        applications have been approved,” He said'); else None."""
        if tok.text != "He" or tok.i < 2:
            return None
        before = self.doc[tok.i - 1]
        if not (before.text == "," or (is_mark(before) and self.doc[tok.i - 2].text == ",")):
            return None
        named = {
            m.entity
            for m in self._mentions
            if m.text.startswith("He ") and self._type(m.entity) == _PERSON
        }
        return named.pop() if len(named) == 1 else None

    def generic(self, idx: int | None) -> bool:
        """A group named by nationality or party ("Republicans", "One Democrat"): a source
        that names no particular entity."""
        return idx is not None and self._type(idx) == _GENERIC

    def resolve(self, tok, recent: Recent = Recent()) -> int | None:
        """Entity id for the speaker whose head token is ``tok``, or None.

        Plural descriptions ("Clinton aides", "E.U. leaders") name no entity, but "police" is
        the police force the article names ("Kent Police"); a pronoun is never the entity
        whose name the tagger stretched over it ("Thoughts On Their Plan").
        """
        he = self._surname_he(tok)
        if he is not None:
            return he  # '“…,” He said' after "spokeswoman He Yaping": her surname
        low = tok.lower_
        bearer = None
        suffix = low in HONORIFIC_SUFFIXES and tok.i > 1 and glued_hyphen(tok.doc, tok.i - 1)
        if low in POSTNOMINALS or low in TITLES_AFTER_A_NAME or suffix:  # "… Thero said"
            k = tok.i - 1 - suffix  # "Rachel Ormsby BA MRTPI wrote": past every letter
            while k > 0 and tok.doc[k].lower_ in POSTNOMINALS:
                k -= 1
            bearer = self.entity_of(tok.doc[k]) if k >= 0 else None  # "Sakurai-san said"
        if bearer is not None and self._type(bearer) == _PERSON:  # not "the DUP MLA"
            tok = tok.doc[k]  # "Judge Melbourne Inman KC said": the letters' bearer
            low = tok.lower_
        if tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.i not in self.index.token_entity:
            bare = all(c.dep_ == "det" for c in tok.lefts)  # "Police said", not "French police"
            collective = tok.lemma_.lower() in COLLECTIVE_ORG_NOUNS and bare
            return self._org_noun(tok) if collective else self._body_introduced_as(tok)
        te = self.index.token_entity
        named = tok.i in te and self._type(te[tok.i]) not in (_GENERIC, _PERSON)
        # "The Spaniard said", "the 34-year-old Honduran said": a person described by
        # nationality, not "the office Statec"
        if of_a_nation(tok) and (not named or described_native(tok)):
            return self._description(tok, recent)
        idx = self.entity_of(tok) if not is_pronoun(tok) else None
        if idx is not None:
            return idx
        if low in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            antecedent = relative_antecedent(tok)
            if low == "who":  # "a rancher near Fort St. John who says": the rancher
                antecedent = self._who_is_no_place(antecedent)
            return self.resolve(self._whom_it_describes(antecedent), recent)
        if low in MALE_PRONOUNS or low in FEMALE_PRONOUNS:
            gender = "m" if low in MALE_PRONOUNS else "f"
            described = self._described_subject(tok, gender, recent)
            if described is None and self._unnamed_subject(tok, gender):
                return None  # "One resident said … 'It was orange,' she said": no name
            return described if described is not None else self._pronoun(tok.i, gender, recent)
        if low == "they" and not self.in_quote[tok.i]:
            person = self._they_person(tok)
            if person is not None:  # "“I felt sick,” they said": the person called so
                return person
        if low == "its" and not self.in_quote[tok.i]:
            described = self._body_its_clause_describes(tok)
            if described is not None:  # "The company expects …, according to its statement"
                return described
        if low in PLURAL_PRONOUNS or low in NEUTER_PRONOUNS:
            return self._group(tok.i, low in NEUTER_PRONOUNS)
        if low in FIRST_PERSON:
            return None if self.in_quote[tok.i] else self._author(tok.idx)
        if _of_an_age(tok):  # "The 25-year-old said": a person described by age
            return self._description(tok, recent)
        honoured = _honorific(tok)
        if honoured is not None:  # "His Highness posted", "Her Excellency said"
            return self._honoured(tok, honoured, recent)
        if tok.pos_ == "NOUN" and tok.tag_ == "NN":
            named = self._named_in_apposition(tok)
            if named is not None:  # "Her interpreter, a young agronomist named Baltazar Tzul,"
                return named
        if tok.pos_ in ("NOUN", "PROPN"):
            lemma = tok.lemma_.lower()
            role = lemma in PERSON_NOUNS or self._role_in_this_article(tok)
            role = role or (tok.is_upper and tok.lower_ in ABBREVIATED_OFFICES)  # "The CS said"
            if role and tok.tag_ not in ("NNS", "NNPS"):
                described = self._description(tok, recent)
                return None if described in self._roles_named_inside(tok) else described
            if lemma in RELATION_NOUNS and self._office_of_a_place(tok):
                return self._description(tok, recent)
            if (lemma in RELATION_NOUNS or lemma in KIN_NOUNS) and tok.tag_ == "NN":
                named = self._named_before_as(tok, recent)
                if named is not None:  # "Her son, Darren Ellery, … Her son said": Ellery
                    return named
            if lemma in KIN_NOUNS and tok.tag_ == "NN":  # "The mother of a teen killed …"
                introduced = self._named_next(tok, noun_gender(tok.lower_))
                if introduced is not None:
                    return introduced
            if _a_document(tok):
                return self.document_source(tok)[0]
            if _the_filing(tok):
                return self._who_did_it(tok)[0]
            if lemma in ORG_NOUNS or lemma in PLACE_NOUNS:
                named = self._named_by_of(tok)
                if named is not None:
                    return named
            if lemma in NAME_HEAD_ORG_NOUNS and tok.tag_ == "NN" and _definite(tok):
                return self._org_noun(tok)  # "the centre said"
            if lemma in ORG_NOUNS:
                named = self._named_before_its_kind(tok)
                if named is not None:  # "The Times newspaper reported": The Times
                    return named
                called = self._calling_itself(tok)
                if called is None:
                    called = self._called_before(tok)  # entity 0 is falsy: no "or"
                if called is not None:  # "A group calling itself the Islamic Resistance in Iraq"
                    return called
                spelled = self._spelled_out(tok) if tok.tag_ == "NN" else None
                if spelled is not None:  # "Japan's transport safety board said"
                    return spelled
                if self.owner_name(tok) is not None or tok.tag_ in ("NNS", "NNPS"):
                    return None
                own = name_after_noun(tok)
                if own is not None:  # "The charity Alzheimer's Research UK said": its own name
                    idx = self.entity_of(own[-1])
                    return idx if idx is not None and self._type(idx) == "ORG" else None
                return self._org_noun(tok)
            if lemma in PLACE_NOUNS and tok.tag_ == "NN" and _definite(tok):
                return self._place_named_last(tok.i)
            if tok.pos_ == "PROPN":
                return self._surname_of_several_words(tok)
            if lemma in _SPOUSES:
                return self._spouse(tok)  # "Her husband" of Ruth Adeyemi: Samuel Adeyemi
            if lemma in RELATION_NOUNS:
                return None
            te = self.index.token_entity
            for child in tok.children:
                placed = child.i in te and self._type(te[child.i]) in ("GPE", "LOC", "NORP")
                if child.dep_ in ("compound", "nmod") and placed:
                    continue  # "one Gulf delegate said": a description, not the Gulf
                one_of = any(c.lower_ in _INDEFINITE for c in tok.children)
                person = lemma in HUMAN_NOUNS or _one_who_spoke(tok)
                if child.dep_ == "compound" and child.i in te and one_of and person:
                    continue  # "one Harbourside subscriber", "A Springbok legend …, said": one
                    # of its people, not the company or the team
                if child.dep_ == "poss" and child.i in te and lemma in REPRESENTING_NOUNS:
                    return None  # "Alcoseba's camp said": his people, named by him
                if child.dep_ in ("poss", "compound", "nmod") and child.i in te:
                    placed = child.dep_ == "poss" and self._type(te[child.i]) in ("GPE", "LOC")
                    if placed and any(c.dep_ == "amod" and c.tag_ == "JJS" for c in tok.children):
                        return self._epithet_of_the_subject(tok)
                    return te[child.i]
                if child.dep_ == "poss" and child.lower_ in PRONOUNS:
                    # "her management said": theirs, not them
                    return None if lemma in REPRESENTING_NOUNS else self.resolve(child, recent)
        return None

    def _whom_it_describes(self, noun):
        """The named subject a noun after "is" describes ("Haakenson, 58, is a third-generation
        rancher who ran for sheriff promising …": Haakenson), else ``noun``."""
        verb = noun.head
        if noun.dep_ != "attr" or verb.lemma_ != "be" or noun.pos_ != "NOUN":
            return noun
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        named = subject is not None and self.entity_of(subject) is not None
        return subject if named and self._type(self.entity_of(subject)) == _PERSON else noun

    def _who_is_no_place(self, antecedent):
        """The person a "who" the parser hung on a place stands for: the nearest common noun
        above the place, no word for a body or a place ("a rancher near Fort St. John who …"),
        else ``antecedent``."""
        idx = self.entity_of(antecedent)
        if idx is None or self._type(idx) not in ("GPE", "LOC", "FAC"):
            return antecedent
        for t in antecedent.ancestors:
            if t.pos_ == "VERB":
                break
            if t.pos_ == "NOUN":  # whatever its word: "who" says it is someone
                place = t.lemma_.lower() in ORG_NOUNS or t.lemma_.lower() in PLACE_NOUNS
                return antecedent if place else t
        return antecedent

    def _spelled_out(self, tok) -> int | None:
        """The one organisation whose name has every word of a description of two or more
        ("Japan's transport safety board": the Japan Transport Safety Board; "coast guard" of
        the Hellenic Coast Guard), and no other where the description is a name itself ("a
        Quinnipiac University poll"; not "CBS News" of "a New York Times/CBS News survey"),
        else None."""
        words = {tok.lower_} | {
            c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod", "poss") and c.is_alpha
        }
        exact = tok.pos_ == "PROPN" and not tok.is_lower
        k = tok.i - 1
        while exact and k >= 0 and (self.doc[k].pos_ == "PROPN" or self.doc[k].text in "/-"):
            words |= set(re.split(r"[/-]", self.doc[k].lower_)) - {""}  # "Times/CBS News"
            k -= 1
        if len(words) < 2:
            return None
        found = {
            e.index
            for e in self.index.entities
            if self._type(e.index) == "ORG"
            and (
                words == set(e.name.lower().split())
                if exact
                else words <= set(e.name.lower().split())
            )
        }
        return found.pop() if len(found) == 1 else None

    def _spouse(self, tok) -> int | None:
        """The one other person the text names with the surname of the one whose husband or
        wife ``tok`` is (or whose daughter, son, mother … that shares it), of the gender the
        noun gives, or of those the one named with them as a couple ("Samuel and Ruth Adeyemi
        … Her husband adds"); None when there is none or no one such."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        gender = _SPOUSES.get(tok.lemma_.lower()) or noun_gender(tok.lower_)
        if owner is None or gender is None:
            return None
        idx = self._possessor(owner)
        if idx is None or self._type(idx) != _PERSON:
            return None
        named_as = self._whose_spouse(idx, gender) if tok.lemma_.lower() in _SPOUSES else None
        if named_as is not None:  # "her husband Tom … His widow": hers
            return named_as
        names = self.index.entities[idx].name.split()
        others = [
            e.index
            for e in self.index.entities
            if e.type == _PERSON
            and e.index != idx
            and len(names) >= 2
            and len(e.name.split()) >= 2
            and e.name.split()[-1] == names[-1]
            and self.gender[e.index] in (None, gender)
        ]
        if len(others) > 1:  # "Samuel and Ruth Adeyemi": the one named with her as a couple
            starts = {m.tok_start for m in self.index.mentions if m.entity == idx}
            others = [
                o
                for o in others
                if any(
                    m.entity == o
                    and self.doc[m.tok_end].lower_ == "and"
                    and m.tok_end + 1 in starts
                    for m in self.index.mentions
                    if m.tok_end + 1 < len(self.doc)
                )
            ]
        return others[0] if len(others) == 1 else None

    def _possessor(self, owner) -> int | None:
        """The entity a possessive stands for: whom "her" or "his" does, or the name's."""
        return self.resolve(owner) if owner.lower_ in PRONOUNS else self.entity_of(owner)

    def family_names(self) -> dict[int, str]:
        """Each person named only by a given name set beside someone's relation ("Mr Hollis's
        wife, Rebecca, said", "His mother, Leanne, …") -> that name with the surname of the one
        whose relation they are ("Rebecca Hollis"), when the text names no one else so."""
        names: dict[int, str] = {}
        for e in self.index.entities:
            words = e.name.split()
            given = words[0].lower() in FIRST_NAMES or is_recorded_first_name(words[0])
            if e.type != _PERSON or len(words) != 1 or not given:  # "Mehta's son, Rohan"
                continue
            for m in e.mentions:
                head = self.doc[m.tok_end - 1]
                kin = head.head
                if head.dep_ != "appos" or kin.lemma_.lower() not in _SAME_SURNAME_KIN:
                    continue
                owner = next((c for c in kin.children if c.dep_ == "poss"), None)
                idx = self._possessor(owner) if owner is not None else None
                if idx is None or idx == e.index or self._type(idx) != _PERSON:
                    continue
                surname = self.index.entities[idx].name.split()
                while len(surname) > 2 and surname[-1].lower().rstrip(".") in NAME_SUFFIXES:
                    surname.pop()  # "Joseph R. Biden Jr.": "Biden"
                if len(surname) >= 2 and surname[-1][:1].isupper():
                    names[e.index] = f"{words[0]} {surname[-1]}"
                    break
        taken = {x.name for x in self.index.entities if x.type == _PERSON}
        return {idx: name for idx, name in names.items() if name not in taken}

    def _whose_spouse(self, idx: int, gender: str) -> int | None:
        """The person of ``gender`` whose husband or wife the person ``idx`` was named as
        ("after her husband Tom was diagnosed": Tom's wife is whom "her" stands for), else
        None."""
        for m in self.index.mentions:
            head = self.doc[m.tok_end - 1]
            if m.entity != idx or head.dep_ != "appos" or head.head.lemma_.lower() not in _SPOUSES:
                continue
            owner = next((c for c in head.head.children if c.dep_ == "poss"), None)
            if owner is None:
                continue
            spouse = self._possessor(owner)
            if spouse is not None and spouse != idx and self.gender[spouse] in (None, gender):
                return spouse
        return None

    def _body_introduced_as(self, tok) -> int | None:
        """The organisation the plural role ``tok`` with "the" stands for, named before right
        after that role ("Organisers Vlaamse Wielerevents said … According to the
        organisers"), else None."""
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        for m in self._preceding(tok.i):
            role = self.doc[m.tok_start - 1] if m.tok_start else None
            named = role is not None and role.lower_ == tok.lower_ and role.i != tok.i
            if named and self._type(m.entity) == "ORG":
                return m.entity
        return None

    def _surname_of_several_words(self, tok) -> int | None:
        """The one person whose full name ends in the untagged proper nouns ending at ``tok``,
        a surname of several words or with an apostrophe ("Torres de la Rosa said" after "Ana
        María Torres de la Rosa", "Dell’Aquila told" after "Ottavio Dell’Aquila"), or in them
        and a second surname ("de la Serna said" after "Gonzalo de la Serna Azcárate"), else
        None."""
        doc = tok.doc
        start = tok.i
        while start > 0 and (
            doc[start - 1].pos_ == "PROPN" or doc[start - 1].lower_ in NAME_PARTICLES
        ):
            start -= 1
        while start < tok.i and doc[start].lower_ in TITLES:
            start += 1  # "Cardinal Lo Verde"
        words = doc[start : tok.i + 1].text.lower()
        if any(t.i in self.index.token_entity for t in doc[start : tok.i + 1]):
            return None
        several = " " in words or "-" in words
        found = {
            e.index
            for e in self.index.entities
            if e.type == _PERSON
            and (
                e.name.lower().endswith(" " + words)
                # the first of two surnames ("de la Serna" of "Gonzalo de la Serna Azcárate")
                or (several and " ".join(e.name.lower().split()[:-1]).endswith(" " + words))
            )
        }
        return found.pop() if len(found) == 1 else None

    def _roles_named_inside(self, tok) -> set[int | None]:
        """The people named in apposition to a role inside the phrase on ``tok``, whom it
        never stands for ("A spokesperson for Ontario's Minister of Mines, Gordon Pelletier,":
        the minister)."""
        inside = (t for t in tok.subtree if t.dep_ == "appos" and names_a_role_inside(t, tok))
        return {self.entity_of(t) for t in inside} - {None}

    def _calling_itself(self, tok) -> int | None:
        """The organisation a group's participle or relative clause names ("A group calling
        itself the Islamic Resistance in Iraq", "a coalition known as Fair Votes Now", "The
        group, which calls itself KrasnyShtorm,"), else None."""
        te = self.index.token_entity
        for acl in tok.children:
            if acl.dep_ not in ("acl", "relcl") or acl.lemma_.lower() not in _CALLING_VERBS:
                continue
            for o in acl.subtree:
                named = o.dep_ in ("oprd", "attr", "pobj", "dobj") and o.i in te
                if named and self._type(te[o.i]) == "ORG":
                    return te[o.i]
        return None

    def _called_before(self, tok) -> int | None:
        """The organisation the nearest earlier "the <noun>" of the same noun, outside
        quotations and within the window, was said to call itself ("The group, which calls
        itself KrasnyShtorm, posted … the group wrote"), else None."""
        if [c.lower_ for c in tok.lefts] != ["the"]:
            return None
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[max(0, tok.i - _WINDOW) : tok.i]):
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not self.in_quote[t.i]:
                return self._calling_itself(t)
        return None

    def _named_before_as(self, tok, recent: Recent) -> int | None:
        """The person an earlier mention of the same relation of the same owner named in
        apposition ("Her son, Darren Ellery, 54, said … Her son said"), else None."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        earlier = self._same_noun_before(tok)
        if owner is None or earlier is None:
            return None
        before = next((c for c in earlier.children if c.dep_ == "poss"), None)
        if before is None:
            return None
        if before.lower_ != owner.lower_:
            first = self.resolve(before, recent)
            if first is None or first != self.resolve(owner, recent):
                return None
        return self._named_in_apposition(earlier)

    def _named_in_apposition(self, tok) -> int | None:
        """The person a noun's apposition names, directly or by a naming participle ("Her
        interpreter, Baltazar Tzul,"; "Her interpreter, a young agronomist named Baltazar
        Tzul,"; "an Eritrean woman named Saba"), else None."""
        te = self.index.token_entity
        # or the noun itself ("an Eritrean woman named Saba, who …, said")
        named_by = [c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "name"]
        for appos in [*(c for c in tok.children if c.dep_ == "appos"), *named_by]:
            naming = [*(a for a in appos.children if a.dep_ == "acl"), appos]
            words = [appos] + [
                o
                for acl in naming
                if acl.dep_ == "acl" and acl.lemma_.lower() in ("name", "call")
                for o in acl.children
                if o.dep_ in ("oprd", "dobj", "attr")
            ]
            for w in words:
                if w.i in te and self._type(te[w.i]) == _PERSON:
                    return te[w.i]
        person = (
            tok.lemma_.lower() in _PEOPLE_NOUNS or tok.lemma_.lower() in RELATION_NOUNS
        )  # not "an FBI summary"
        return self._name_written_after(tok) if person else None

    def _name_written_after(self, tok) -> int | None:
        """The person whose whole name follows the noun for a person after a comma and ends its
        phrase, the parser having hung it elsewhere ("together with her husband, Aivars
        Ozols."), else None."""
        doc, te = tok.doc, self.index.token_entity
        k = tok.i + 2
        if k >= len(doc) or doc[tok.i + 1].text != "," or te.get(k) is None:
            return None
        idx = te[k]
        end = k
        while end < len(doc) and te.get(end) == idx:
            end += 1
        closed = end < len(doc) and doc[end].text in (",", ".", ";")
        return idx if closed and self._type(idx) == _PERSON else None

    def _epithet_of_the_subject(self, tok) -> int | None:
        """A place's superlative ("The UK's largest supermarket said …") describes what the
        sentence before was about: the organisation that is its subject, else None."""
        for subject in self.earlier_subjects(tok, 1):
            if self.sent_of[subject.i] == self.sent_of[tok.i]:
                continue
            idx = self.entity_of(subject)
            return idx if idx is not None and self._type(idx) == "ORG" else None
        return None

    def _author(self, char: int) -> int | None:
        """The writer of a letter or column that speaks in the first person: the person who
        signs it in a paragraph of their own ("Chris Smith.") or whose closing line presents
        them ("Charlotte Meehan is a playwright ..."), after ``char``."""
        if self._signatures is None:
            self._signatures = self._find_signatures()
        for start, idx in self._signatures:
            if start > char:
                return idx
        return None

    def _find_signatures(self) -> list[tuple[int, int]]:
        text = self.text
        paras = [p for p in _PARAGRAPH.finditer(text) if p.group().strip()]
        closing = {p.start() for p in paras[-_CLOSING_PARAGRAPHS:]}
        out = []
        for m in self.index.mentions:
            if self._type(m.entity) != _PERSON:
                continue
            ps = text.rfind("\n", 0, m.start) + 1
            pe = text.find("\n", m.end)
            para = text[ps : pe if pe >= 0 else len(text)].strip()
            rest = text[m.end : pe if pe >= 0 else len(text)]
            if para.rstrip(".") == m.text or (
                ps in closing and para.startswith(m.text) and rest.startswith((" is ", " was "))
            ):
                out.append((ps, m.entity))
        return sorted(out)

    def _maker_run(self, tok) -> tuple[int, int] | None:
        """Token range of the proper name that modifies a document noun ("a USA TODAY
        analysis", "the Reuters/Ipsos poll"), or None."""
        names = []
        stack = [c for c in tok.lefts if c.dep_ in ("compound", "nmod", "poss")]
        while stack:
            t = stack.pop()
            if t.pos_ == "PROPN":
                names.append(t.i)
            stack.extend(c for c in t.lefts if c.dep_ in ("compound", "nmod", "poss"))
        if not names:
            return None
        lo, hi = min(names), max(names) + 1
        doc = self.doc
        if any(doc[i].pos_ not in ("PROPN", "PUNCT", "SYM", "PART") for i in range(lo, hi)):
            return None
        while hi > lo and doc[hi - 1].pos_ != "PROPN":
            hi -= 1
        return lo, hi

    def document_source(
        self, tok, back: bool = True, spoken: bool = True
    ) -> tuple[int | None, str | None]:
        """Entity and name of whoever a document comes from: the name that modifies it ("a
        USA TODAY analysis"), a phrase naming its maker ("an ad from Donald Trump's campaign",
        "an analysis released by the VA"), the named subject that issued it ("The council issued
        a statement"), the one that spoke in it (``spoken``: "the family said in a statement"),
        or for "the ad" the maker of an earlier ad (else of an earlier document of another
        kind, not one somebody spoke in: "ran a feature … The piece said")."""
        te = self.index.token_entity
        for child in tok.children:
            if child.dep_ == "poss" and child.lower_ in PRONOUNS:
                subject, spoke_in = self._issuer(tok)
                idx = self.entity_of(subject) if spoke_in and subject is not None else None
                if idx is not None and subject.i > tok.i:
                    return idx, self.index.entities[idx].name  # "In his order, Curiel wrote"
                idx = self.resolve(child)
                return idx, self.index.entities[idx].name if idx is not None else None
            if child.dep_ == "poss" and child.lower_ == "whose" and tok.head.dep_ == "relcl":
                idx = self.entity_of(tok.head.head)  # "the Trust, whose written submission"
                if idx is not None:
                    return idx, self.index.entities[idx].name
            spelled = self._spelled_out(child) if child.dep_ == "compound" else None
            if spelled is not None:  # "a coast guard statement": the Hellenic Coast Guard's
                return spelled, self.index.entities[spelled].name
            if child.dep_ == "compound" and child.lemma_.lower() in ORG_NOUNS:
                return None, f"the {child.lower_}"
            if child.dep_ == "poss" and child.lemma_.lower() in ORG_NOUNS:
                idx = self.resolve(child)  # "the commission's own tally": one its name says
                name = self.index.entities[idx].name if idx is not None else ""
                if child.lemma_.lower() in name.lower().split() and self._type(idx) == "ORG":
                    return idx, name
                return None, self.doc[child.left_edge.i : child.i + 1].text
        run = self._maker_run(tok)
        if run is not None:
            ids = {te.get(i) for i in range(run[0], run[1])}
            idx = ids.pop() if len(ids) == 1 else None
            return idx, self.doc[run[0] : run[1]].text
        for obj in self._maker_objects(tok):
            joined = self._joined_names(obj)
            if joined is not None:
                return None, joined
            apposed = self.entity_of(obj) if obj.i not in te else None
            if apposed is not None:  # "signed by the secretary, Kofi Mensah": the name
                return apposed, self.index.entities[apposed].name
            for t in (obj, *(c for c in obj.children if c.dep_ == "poss")):
                if t.i in te:
                    return te[t.i], self.index.entities[te[t.i]].name
                if t.lemma_.lower() in ORG_NOUNS:
                    own = next(
                        (c for c in t.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                    )
                    if own is not None and own.i in te:  # "by the advice charity Final Journey"
                        return te[own.i], self.index.entities[te[own.i]].name
                    if own is not None:
                        return self._untagged_maker(own)
                    named = self.resolve(t)  # "a statement from the fire department"
                    if named is not None and self._type(named) != _PERSON:
                        return named, self.index.entities[named].name
                    start = min([t.i] + [c.left_edge.i for c in t.lefts if c.dep_ != "case"])
                    return None, self.owner_name(t) or self.doc[start : t.i + 1].text
            maker = obj.head.lower_ in ("by", "from", "of") and not obj.ent_type_
            if obj.pos_ == "PROPN" and obj.dep_ == "pobj" and maker:  # "a news release from
                return self._untagged_maker(obj)  # the Prince George RCMP": no entity
            if obj.lemma_.lower() in DOCUMENT_NOUNS and obj.i != tok.i:
                found = self.document_source(obj, back=False)
                if found[1] is not None:
                    return found
            found = self._named_maker(obj)
            if found is not None:
                return found
        subject, spoke_in = self._issuer(tok)
        if subject is not None and (spoken or not spoke_in):
            issuer = self.resolve(subject) if spoke_in else self.entity_of(subject)
            if issuer is not None:
                return issuer, self.index.entities[issuer].name
            made = subject.head.lemma_.lower() in _MAKING_VERBS  # "200 parents signed a letter"
            untagged = subject.pos_ == "PROPN" and not subject.ent_type_
            if (spoke_in or made) and untagged and not _common_noun(subject):
                return self._untagged_maker(subject)  # "Bellbird Press said in a statement"
            apposed = next(
                (
                    c
                    for c in subject.children
                    if c.dep_ == "appos" and c.i in self.index.token_entity
                ),
                None,
            )
            if spoke_in and apposed is not None and _common_noun(subject):
                # "In a statement, his brothers Rodney and Michael said": the names
                joined = self._joined_names(apposed)
                idx = self.index.token_entity[apposed.i]
                return (None, joined) if joined else (idx, self.index.entities[idx].name)
            # "a spokesperson for the centre", "the French defence ministry"
            if (spoke_in or made) and _common_noun(subject):
                start = self.doc[subject.left_edge.i].idx
                end = description_end(subject, subject.idx + len(subject.text))
                return None, self.text[start:end]
        before = self.doc[tok.i - 1] if tok.i else None  # '"…," the email read': the parser
        # may hang the "the" on the verb it took for a noun
        definite = (
            before is not None and before.dep_ == "det" and before.lower_ in _ANAPHORIC_DETERMINERS
        )
        if back and (definite or any(c.lower_ in _ANAPHORIC_DETERMINERS for c in tok.children)):
            earlier = [
                t
                for t in reversed(self.doc[max(0, tok.i - _DOCUMENT_WINDOW) : tok.i])
                if _a_document(t) and not self.in_quote[t.i]
            ]
            same = [t for t in earlier if t.lemma_ == tok.lemma_]
            # "the press release" is the "joint press release" before "the release" after it
            kind = _compounds(tok)
            if kind:
                same = [t for t in same if kind <= _compounds(t)] + [
                    t for t in same if not kind <= _compounds(t)
                ]
            at, poster = self._who_posted(tok)
            if poster[1] is not None and (not same or same[0].i <= at):
                return poster  # "X has posted on Facebook that … ¶ '…,' the post said"
            for t in same + [t for t in earlier if t.lemma_ != tok.lemma_]:
                found = self.document_source(t, back=False, spoken=t.lemma_ == tok.lemma_)
                if found[1] is not None:
                    return found
            return self._who_did_it(tok)
        elif back:
            return self._named_later(tok)
        return None, None

    def _who_posted(self, tok) -> tuple[int, tuple[int | None, str | None]]:
        """For "the post" or "the tweet", where the last verb of posting or tweeting before it
        is and its named subject ("Aberhenwy RNLI has posted on Facebook that …" … "the post
        said"); (-1, (None, None)) when there is none."""
        verb = self._verb_that_made(tok, _POSTING_VERBS)
        if verb is None:
            return -1, (None, None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        idx = self.resolve(subject) if subject is not None else None
        if idx is None and subject is not None and subject.pos_ == "PROPN":
            return verb.i, self._untagged_maker(subject)  # a name the NER missed
        return verb.i, (idx, self.index.entities[idx].name if idx is not None else None)

    def _who_did_it(self, tok) -> tuple[int | None, str | None]:
        """For "the ruling", "the order", "the complaint" or "the lawsuit", the named agent of
        the clause on it that made it ("The lawsuit, filed on Monday by Emily Tran, claims"),
        else the named subject or agent, no person, of the last verb before it that made it
        ("The Third Chamber of the Antofagasta Court of Appeals ruled unanimously that …" …
        "the ruling said"; "The class action, filed by the X Pension Fund" … "According to the
        complaint"); (None, None) when there is none."""
        made = _DOCUMENT_VERBS.get(tok.lemma_.lower())
        own = next((c for c in tok.rights if c.dep_ == "acl" and c.lemma_ == made), None)
        agents = [c for c in own.children if c.dep_ == "agent"] if own is not None else []
        maker = next((g for c in agents for g in c.children if g.dep_ == "pobj"), None)
        idx = self.entity_of(maker) if maker is not None else None
        if idx is not None:  # "The lawsuit, filed on Monday by Emily Tran, claims": hers
            return idx, self.index.entities[idx].name
        verb = self._verb_that_made(tok, _DOCUMENT_VERBS)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if verb is not None and subject is None:  # "The class action, filed by the X Fund"
            by = [c for c in verb.children if c.dep_ == "agent"]
            subject = next((g for c in by for g in c.children if g.dep_ == "pobj"), None)
        idx = self.entity_of(subject) if subject is not None else None
        if idx is not None and self._type(idx) != _PERSON:
            return idx, self.index.entities[idx].name
        return None, None

    def _verb_that_made(self, tok, verbs: dict[str, str]):
        """The last verb before the document ``tok`` that makes one of its kind (``verbs``: a
        document's lemma -> its verb's), outside quotations and within the window; None when
        there is none."""
        verb = verbs.get(tok.lemma_.lower())
        for t in reversed(self.doc[max(0, tok.i - _DOCUMENT_WINDOW) : tok.i]) if verb else ():
            if t.pos_ == "VERB" and t.lemma_.lower() == verb and not self.in_quote[t.i]:
                return t
        return None

    def _named_later(self, tok) -> tuple[int | None, str | None]:
        """An indefinite document ("A new poll shows ...") is the next one of its kind, outside
        quotations and within the window, whose maker the text names ("The Reuters/Ipsos poll
        showed ..."); (None, None) when there is none."""
        lemma = tok.lemma_.lower()
        for t in self.doc[tok.i + 1 : tok.i + _DOCUMENT_WINDOW]:
            if t.lemma_.lower() == lemma and not self.in_quote[t.i]:
                found = self.document_source(t, back=False)
                if found[1] is not None:
                    return found
        return None, None

    def _joined_names(self, obj) -> str | None:
        """The names an object joins with "and" ("by Harvard and the University of
        California"), joined; None for fewer than two."""
        te = self.index.token_entity
        names: list[str] = []
        for t in (obj, *(c for c in obj.conjuncts if c.i > obj.i)):
            if t.i in te and self.index.entities[te[t.i]].name not in names:
                names.append(self.index.entities[te[t.i]].name)
        return " and ".join(names) if len(names) >= 2 else None

    def _issuer(self, tok):
        """(The subject that issued a document noun, whether it spoke in it): the named subject
        of the verb whose object the noun is ("The Security Council issued a statement",
        "Mariano wrote a memoir"), the agent of the passive it is the subject of ("The statement
        was issued by Chief Ade"), or of the clause that describes it ("a presentation that Mr.
        Guajardo carries"), or any subject of a verb of saying that speaks in it ("the family
        said in a statement", "she wrote in a letter"), or a named subject or an organisation of
        another verb that acts in it ("Mulcahy-Byrne backed the manager in a statement", "The
        French foreign ministry condemned the ruling in a statement"); (None, False) when there
        is none."""
        for clause in tok.children:  # not a clause of what it says ("a statement that …")
            if clause.dep_ == "relcl" and not any(c.dep_ == "mark" for c in clause.children):
                subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
                if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
                    return subject, False
        verb = tok.head
        if tok.dep_ == "nsubjpass":  # "The statement was issued by the command's spokesman"
            agents = (c for c in verb.children if c.dep_ == "agent")
            return next((g for a in agents for g in a.children if g.dep_ == "pobj"), None), False
        spoke_in = tok.dep_ == "pobj" and verb.lower_ in ("in", "through", "via")
        if spoke_in:
            verb = verb.head
            if verb.dep_ == "dobj" and verb.pos_ == "NOUN":
                verb = verb.head  # "welcomed the UN's appeal in a statement": said the welcome
            participle = verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN")
            # "In a written statement read to the court, … Rachel Dunstan, said", its participle
            # taken for the clause said
            participle = participle or (
                verb.dep_ == "ccomp"
                and verb.tag_ in ("VBN", "VBD")
                and verb.i < verb.head.i
                and verb.head.lemma_.lower() in SPEECH_VERBS
            )
            if participle and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head  # "Brooks, responding in a statement, said": Brooks spoke in it
            if verb.lemma_.lower() not in SPEECH_VERBS:
                # "Mulcahy-Byrne backed the manager in a statement": a named subject's own
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                # "Yemen's Minister of Planning, Khalid Ba-Abbad, welcomed …": named by apposition
                named = subject is not None and self.entity_of(subject) is not None
                own = tok.lemma_.lower() in MEDIUM_NOUNS and verb.pos_ == "VERB"
                if own and subject is not None and subject.lemma_.lower() in ORG_NOUNS:
                    return subject, True  # "The French foreign ministry condemned … in a …"
                return (subject, False) if own and named else (None, False)
        elif tok.dep_ != "dobj":
            return None, False
        if verb.pos_ != "VERB":
            return None, False
        return next((c for c in verb.children if c.dep_ == "nsubj"), None), spoke_in

    def _named_maker(self, obj) -> tuple[int | None, str] | None:
        """Whoever a document's "in … name" stands for ("a statement issued in his name"), or
        the description after its "from"/"by" of a maker the text does not name ("a statement
        from the Polish presidency of the EU Council", "a report by researchers at the
        University of X"); else None."""
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if obj.lemma_.lower() == "name" and owner is not None and owner.lower_ in PRONOUNS:
            idx = self.resolve(owner)
            return (idx, self.index.entities[idx].name) if idx is not None else None
        named = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in obj.subtree)
        described = owner is not None or any(c.dep_ == "det" for c in obj.children)
        described = described or (obj.tag_ == "NNS" and named)  # "by researchers at X"
        if obj.head.lower_ not in ("from", "by") or obj.pos_ != "NOUN" or not described:
            return None
        if obj.ent_type_ in ("DATE", "TIME") or _a_document(obj):
            return None
        if not named and obj.lemma_.lower() not in SPEAKING_NOUNS:
            return None  # "reports from the convention": a place, not who made them
        start = self.doc[obj.left_edge.i].idx
        return None, self.owner_name(obj) or self.text[
            start : description_end(obj, obj.idx + len(obj))
        ]

    def _untagged_maker(self, obj) -> tuple[int | None, str]:
        """The entity and name of an untagged proper name that made a document: its compound
        words, a proper name owning it ("The Tamarack County Sheriff's Office") and itself, the
        entity of that name or of its last word when there is one."""
        named_owner = [c.left_edge.i for c in obj.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"]
        start = min([obj.i] + [c.i for c in obj.lefts if c.dep_ == "compound"] + named_owner)
        name = self.doc[start : obj.i + 1].text
        for entity in self.index.entities:
            if entity.name.lower() in (name.lower(), obj.lower_):
                return entity.index, entity.name if entity.name.lower() == name.lower() else name
        return None, name

    def _maker_objects(self, tok):
        """Objects of the by/from/in/on phrases of a document noun and of the clauses that
        describe it ("released by ...", "published in ..."; not "seen by The Age", who read
        it, nor "issued in Accra", where), and the agent of a clause joined to one ("issued
        in Accra and signed by the secretary")."""
        heads = [tok] + [
            c
            for c in tok.rights
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() not in _READING_VERBS
        ]
        for h in heads:
            for prep in h.rights:
                if prep.dep_ == "agent" or (
                    prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of", "in", "on")
                ):
                    yield from (
                        c
                        for c in prep.children
                        if c.dep_ == "pobj" and not _posted_on(prep, c) and not self._where(prep, c)
                    )
        for h in heads[1:]:
            for signed in (c for c in h.conjuncts if c.lemma_.lower() in _MAKING_VERBS):
                agents = (c for c in signed.rights if c.dep_ == "agent")
                yield from (g for c in agents for g in c.children if g.dep_ == "pobj")

    def _where(self, prep, obj) -> bool:
        """``obj`` of "in" is the place a document was issued ("a statement issued in Accra"),
        no maker."""
        te = self.index.token_entity
        place = obj.i in te and self._type(te[obj.i]) in ("GPE", "LOC", "FAC")
        return prep.lower_ == "in" and place

    def members(self, tok) -> list[int]:
        """Named members of a group speaker, in text order ("Proponents, including the United
        States Conference of Mayors"; "critics like Senators Grassley and Leahy"; "the authors,
        which include ..."; "officials at Homeland Security Investigations")."""
        te = self.index.token_entity
        objects = []
        for child in tok.rights:
            if child.dep_ == "prep" and child.lower_ in ("including", "like", "at"):
                affiliates = tok.tag_ == "NNS" and tok.lemma_.lower() in _AFFILIATES
                if child.lower_ != "at" or affiliates:  # not "shoppers at Tesco"
                    objects.extend(c for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "relcl" and child.lemma_ == "include":
                objects.extend(c for c in child.children if c.dep_ == "dobj")
        found: list[int] = []
        while objects:
            o = objects.pop(0)
            if o.i in te and te[o.i] not in found:
                found.append(te[o.i])
            objects.extend(c for c in o.children if c.dep_ == "conj")
        return found

    def owner_name(self, tok) -> str | None:
        """ "Trump campaign" for "the Trump campaign" / "Donald Trump's campaign" (a body the
        press names by its leader, or written so), "Mark Holland's office" for "Holland's
        office"; "USA TODAY" for "a USA TODAY analysis"."""
        low = tok.lemma_.lower()
        if _a_document(tok):
            return self.document_source(tok)[1]
        if _the_filing(tok):
            return self._who_did_it(tok)[1]
        if low not in ORG_NOUNS and low not in REPRESENTING_NOUNS:  # "Alcoseba's camp"
            return None
        for child in tok.children:
            if child.dep_ in ("poss", "compound") and child.i in self.index.token_entity:
                e = self.index.entities[self.index.token_entity[child.i]]
                if e.type != _PERSON:
                    continue
                if child.dep_ == "compound" or low in LEADER_NAMED_BODIES:
                    return f"{e.name.split()[-1]} {tok.lower_}"
                mark = next((c.text for c in child.children if c.dep_ == "case"), "'s")
                return f"{e.name}{mark} {tok.lower_}"
        return self._owner_described(tok)

    def _owner_described(self, tok) -> str | None:
        """The name of a body whose owner "his" or "her" or a body's description stands for,
        with the owner's name ("Her ministry": "Hanne Lyngstad's ministry"; "his press service";
        "The bank's board": "World Bank's board"), else None."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.i in self.index.token_entity or self.in_quote[owner.i]:
            return None
        if tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children):
            return None  # "Mrs. Clinton and her campaign" say it as they are
        body = owner.pos_ == "NOUN" and owner.lemma_.lower() in ORG_NOUNS
        if owner.lower_ not in ("his", "her") and not body:
            return None  # not "The U.S. attorney's office", which may be anyone's
        idx = self.resolve(owner)
        if idx is None or self._type(idx) != ("ORG" if body else _PERSON):
            return None
        words = self.doc[owner.right_edge.i + 1 : tok.i + 1]
        words = words[1:] if len(words) and words[0].dep_ == "case" else words
        return f"{self.index.entities[idx].name}'s {words.text}"

    def person_named_between(self, lo: int, hi: int) -> bool:
        """A person's name outside quotations starts between tokens ``lo`` and ``hi``."""
        return any(
            lo < m.tok_start < hi
            and self._type(m.entity) == _PERSON
            and not self.in_quote[m.tok_start]
            for m in self._mentions[bisect.bisect_right(self._starts, lo) :]
            if m.tok_start < hi
        )

    def _preceding(self, tok_i: int):
        """Mentions before token ``tok_i`` within the window, nearest first."""
        hi = bisect.bisect_left(self._starts, tok_i)
        for j in range(hi - 1, -1, -1):
            m = self._mentions[j]
            if tok_i - m.tok_start > _WINDOW:
                break
            yield m

    def _asked_by_the_press(self, subject) -> int | None:
        """The person an unnamed reporter ``subject`` put a question to ("A reporter asked
        Okafor, …"), else None: the reporter is no source."""
        verb = subject.head
        if subject.lemma_.lower() not in PRESS_NOUNS or verb.lemma_.lower() not in QUESTION_VERBS:
            return None
        te = self.index.token_entity
        for obj in verb.children:
            if obj.dep_ in ("dobj", "dative") and obj.i in te and self._type(te[obj.i]) == _PERSON:
                return te[obj.i]
        return None

    def _described_subject(self, tok, gender: str, recent: Recent) -> int | None:
        """he/she right after a subject that describes a person ("In defeat, the president
        appeared cowed. ... he barely mentioned it"; "The president's roots came into play.
        ... he told"): the person the description stands for, or the person named beside it
        ("The medical director, Stephen Powis, thanked staff. He said"), when the gender fits;
        None when the nearest earlier subject is no such description."""
        subjects = self._earlier_subjects(tok, _WINDOW, 1)
        subject = next((t for t in subjects if not _in_a_whose_clause(t)), None)
        if subject is None:
            return None
        te = self.index.token_entity
        asked = self._asked_by_the_press(subject)
        if asked is not None:  # "A reporter asked Okafor, “…?” He declined": Okafor
            return asked if self.gender[asked] in (None, gender) else None
        opening = self.doc[tok.sent.start : tok.i]
        if any(_topic_opening_the_sentence(t) and t.i in te for t in opening):
            return None  # "… the Texas senator said. As for Trump, he said": the topic's
        for name in subject.children:  # "NHS England's medical director, Stephen Powis, ..."
            if name.dep_ == "appos" and name.i in te and self._type(te[name.i]) == _PERSON:
                if _the_relation_again(name, tok):  # "His father, X, … He recalls his father"
                    return None
                return te[name.i] if self.gender[te[name.i]] in (None, gender) else None
        if _of_an_age(subject) or of_a_nation(subject):  # "The 18-year-old … he told"
            idx = self._description(subject, recent, gender)
            return idx if idx is not None and self.gender[idx] in (None, gender) else None
        owners = [c for c in subject.children if c.dep_ == "poss"]
        for noun in [subject, *owners]:
            described = (
                noun.pos_ == "NOUN"
                and noun.tag_ == "NN"
                and noun.lemma_.lower() in PERSON_NOUNS
                and noun.i not in self.index.token_entity
                and noun_gender(noun.lower_) in (None, gender)
            )
            lemma = noun.lemma_.lower()
            kin = lemma in _SAME_SURNAME_KIN and noun.tag_ == "NN"
            if kin and (_SPOUSES.get(lemma) or noun_gender(noun.lower_)) == gender:
                # "Tom died in 2023. His widow … she says"; "His daughter is in no doubt. '…,'
                # she said": Karen Whitlow; "his brother" one named so before
                named = None if lemma in _SPOUSES else self._named_before_as(noun, recent)
                idx = named if named is not None else self._spouse(noun)
                if idx is not None:
                    return idx
            if described:
                idx = self._description(noun, recent, gender)
                if idx is not None and self.gender[idx] in (None, gender):
                    return idx
        return None

    def _unnamed_subject(self, tok, gender: str) -> bool:
        """he/she right after an indefinite description of one person that no name in the
        article takes up ("One resident, who did not want to be named, said …", "one mother
        said …", "one of the firefighters said …"), or a definite one that says so ("The
        victim, who has not been named, …"), in the sentence before or the one before
        sentences that are only quotations."""
        subject = next(self._main_subjects(tok, 3), None)
        if subject is not None and not self._next_sentence_but_quotes(subject.i, tok.i):
            subject = None
        if subject is not None and name_they_gave(subject) is not subject:
            return False  # "One of the men, a 23-year-old who gave his name only as Mahmoud,"
        people = _one_of_them(subject) if subject is not None else None
        if people is not None:  # "one of the injured firefighters said … he said"
            return noun_gender(people.lower_) in (None, gender)
        if subject is None or subject.tag_ != "NN" or self.entity_of(subject) is not None:
            return False  # not "Another passenger, a student who gave her name as Rina"
        if self._named_in_apposition(subject) is not None:
            return False  # "Her most loyal customer, a retired GP called Margaret,"
        if self._set_off_after_a_person(subject):
            return False  # "Amélie Tremblay-Nadeau, a spokeswoman for …, has spent": hers
        if _in_a_subordinate_clause(subject):
            return False  # "His deputy, Heather Mack, will take over until a new leader is chosen"
        if asked_the_question(subject, tok):
            return False  # "a retired firefighter … asked whether she intended …": asked her
        gendered = noun_gender(subject.lower_) == gender  # "one mother"
        # "My mother has softened with age, but … she still says": of someone unnamed
        kin = (
            gendered
            and self.sent_of[subject.i] == self.sent_of[tok.i]
            and subject.lemma_.lower() in KIN_NOUNS
            and any(c.dep_ == "poss" and c.lower_ in PRONOUNS for c in subject.children)
        )
        unsexed = noun_gender(subject.lower_) is None
        # "One London merchant, who asked not to be named", "one Harbourside subscriber, …, said"
        # in the paragraph of the pronoun (not the one a question is answered in)
        here = "\n" not in self.text[subject.idx : tok.idx]
        kept = (_not_named(subject) or (_one_who_spoke(subject) and here)) and unsexed
        return ((subject.lemma_.lower() in HUMAN_NOUNS and unsexed) or gendered or kept) and (
            kin
            or self.introduced_by(subject) is not None  # "the bartender" met as "a bartender"
            or (
                (
                    any(c.lower_ in _INDEFINITE for c in subject.children)
                    or _not_named(subject)
                    or _set_off_as_one_of_a_kind(subject)  # "Her colleague, a nurse from Burgos,"
                )
                and self._described_later(subject, gender) is None
            )
        )

    def _set_off_after_a_person(self, noun) -> bool:
        """The description headed by ``noun`` is set off by a comma right after a person's
        name, the apposition the parser made a second subject ("Amélie Tremblay-Nadeau, a
        spokeswoman for the Coalition …, which …, has spent …")."""
        start = noun.left_edge.i
        if start < 2 or self.doc[start - 1].text != ",":
            return False
        idx = self.index.token_entity.get(start - 2)
        return idx is not None and self._type(idx) == _PERSON

    def _pronoun(self, tok_i: int, gender: str, recent: Recent) -> int | None:
        """Antecedent of he/she: recent, subject, current speaker; never inside a quotation,
        never an entity that does not act as a person (``acts_as_a_person``)."""
        best, best_score, best_at = None, -1e9, -1
        ents = self.index.entities
        preceding = list(self._preceding(tok_i))
        pronoun = self.doc[tok_i]
        askers = {
            m.entity for m in preceding if asked_the_question(self.doc[m.tok_end - 1], pronoun)
        }
        askers |= self._told(pronoun)  # "'…,' he told Hannity": not Hannity
        entry = self._opens_an_entry(tok_i)
        for m in preceding:
            g = self.gender[m.entity]
            guessed = m.entity in self._guessed
            if not acts_as_a_person(ents[m.entity]) or (g and g != gender and not guessed):
                continue
            if self.in_quote[m.tok_start] or m.entity in askers:
                continue  # the asker of the question the pronoun answers, wherever named
            head = self.doc[m.tok_end - 1]
            if _in_the_question(head, pronoun):
                continue
            if _said_of(head, pronoun) or _the_relation_again(head, pronoun):
                continue
            score = self._standing(head, m.tok_start, tok_i)
            if self.reported[m.tok_start]:
                score -= _REPORTED_PENALTY
            if m.entity == recent.entity:
                score += 0.8
            if "\n" not in self.text[self.doc[m.tok_start].idx : self.doc[tok_i].idx]:
                score += _SAME_PARAGRAPH  # "Back on the ridge, Lin is spraying … he says"
            elif entry:  # "18:50 – Reaction from Li. …, he said": a new entry's own people first
                score -= _BEFORE_THE_ENTRY
            if self._introduced_without_a_subject(m, tok_i):
                score += 2.0
            if g and g != gender:  # a name's gender guessed: a he/she close by may overrule
                if score < _GUESSED_GENDER_REACH:
                    continue
                score -= _GUESSED_GENDER_PENALTY
            if score > best_score:
                best, best_score, best_at = m.entity, score, m.tok_start
        if (  # "…, but she said … . '…,' she said": the she named last, as a subject
            self._recent_subject(recent, gender, tok_i)
            and recent.entity not in askers
            and (
                best is None
                or self.sent_of[best_at] != self.sent_of[tok_i]
                or self.reported[best_at]
            )
            and self._standing(self.doc[recent.tok], recent.tok, tok_i) + 0.8 > best_score
        ):
            return recent.entity
        if best is None and recent.entity is not None and recent.tok >= 0:
            g = self.gender[recent.entity]
            asked = asked_the_question(self.doc[recent.tok], self.doc[tok_i])
            person = acts_as_a_person(ents[recent.entity])
            if tok_i - recent.tok < 3 * _WINDOW and g in (None, gender) and not asked and person:
                return recent.entity
        return best

    def _told(self, pronoun) -> set[int]:
        """The people the pronoun's own verb tells ("he told Hannity"): never whom it stands
        for."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in HEARER_VERBS:
            return set()
        heard = (self.entity_of(c) for c in verb.children if c.dep_ in ("dobj", "dative"))
        return {idx for idx in heard if idx is not None}

    def _opens_an_entry(self, tok_i: int) -> bool:
        """The paragraph of token ``tok_i`` is a live blog's entry: it opens with a time stamp
        ("18:50 – Reaction from Li.")."""
        start = self.text.rfind("\n", 0, self.doc[tok_i].idx) + 1
        return ENTRY_TIME.match(self.text, start) is not None

    def _standing(self, head, start: int, tok_i: int) -> float:
        """How strongly a mention (its head word and first token) stands for the pronoun at
        ``tok_i``: nearer and a subject is stronger, a possessor weaker, unless it owns the
        subject of the pronoun's own sentence ("Suu Kyi's fate is unclear, but she said …")."""
        score = -0.8 * (self.sent_of[tok_i] - self.sent_of[start]) - (tok_i - start) / 100
        dep = head.dep_ if head.dep_ not in ("compound", "appos") else head.head.dep_
        if subject_read_as_a_compound(head):  # "Brennock shrugs when this is put to her."
            dep = "nsubj"
        if subject_read_as_an_adverb(head):  # "Farrelly is unbothered."
            dep = "nsubj"
        topic = _topic_opening_the_sentence(head)  # "For Oduya, the vote was not the end."
        if topic:
            dep = "nsubj"
        if (
            dep == "pobj"
            and head.dep_ == "appos"
            and apposed_in_an_opening_phrase(head.sent.root) == head
        ):
            dep = "nsubj"  # "At the health post in Dubluk, Tigist Alemayehu, a nurse, lifts …"
            topic = True  # the root's own subject
        if dep in ("nsubj", "nsubjpass"):
            score += 1.2
            if topic or head.head.dep_ == "ROOT" or head.head.head.dep_ == "ROOT":
                score += 0.4
        elif dep == "poss" and _possessor_of_the_subject(head, self.doc[tok_i]):
            score += 2.0
        elif dep == "poss":
            score -= 0.3
        return score

    def _recent_subject(self, recent: Recent, gender: str, tok_i: int) -> bool:
        """The speaker named last was named by a pronoun of the same gender as the subject of a
        cue, outside quotations, in the pronoun's sentence or the one before."""
        if recent.entity is None or recent.tok < 0:
            return False
        said_by = self.doc[recent.tok]
        return (
            said_by.lower_ in (MALE_PRONOUNS if gender == "m" else FEMALE_PRONOUNS)
            and said_by.dep_ in ("nsubj", "nsubjpass")
            and not self.in_quote[recent.tok]
            and recent.tok < tok_i
            and (
                self._next_sentence_but_quotes(recent.tok, tok_i)
                or self._no_one_else_since(recent, tok_i)
            )
            and acts_as_a_person(self.index.entities[recent.entity])
        )

    def _no_one_else_since(self, recent: Recent, tok_i: int) -> bool:
        """No person but the one named last is named, outside quotations, between the
        pronoun that named them and token ``tok_i``, at most three sentences later ("The job
        has changed, he says. When he started, a keeper answered to the laird. … “I don't mind
        being watched,” he says")."""
        if self.sent_of[tok_i] - self.sent_of[recent.tok] > 3:
            return False
        described = any(  # "the GOP candidate went a step further": maybe someone else
            t.lemma_.lower() in PERSON_NOUNS
            and t.pos_ == "NOUN"
            and any(c.dep_ in ("det", "poss") and c.lower_ != "a" for c in t.children)
            and not self.in_quote[t.i]
            for t in self.doc[recent.tok + 1 : tok_i]
        )
        return not described and not any(
            m.entity != recent.entity
            and self._type(m.entity) == _PERSON
            and not self.in_quote[m.tok_start]
            for m in self._mentions[bisect.bisect_right(self._starts, recent.tok) :]
            if m.tok_start < tok_i
        )

    def _introduced_without_a_subject(self, m: Mention, tok_i: int) -> bool:
        """The mention first names its person in the sentence right before the pronoun
        subject at ``tok_i`` (or with only a quotation between them), a sentence whose subject
        is that person or no person ("The lone vote in favour came from board member Samuel
        Achebe. He said …": Achebe, not whoever spoke before; "…, a worker named Antonio
        Arroyo has nothing but praise for his job. '…,' he said")."""
        doc = self.doc
        head, pronoun = doc[m.tok_end - 1], doc[tok_i]
        first = self._first_named.get(m.entity) == m.tok_start
        if not first or self._type(m.entity) != _PERSON or pronoun.dep_ != "nsubj":
            return False
        if not 0 < self.sent_of[tok_i] - self.sent_of[m.tok_start] <= 2:
            return False
        between = range(head.sent.end, pronoun.sent.start)
        if any(not (self.in_quote[i] or doc[i].is_punct or doc[i].is_space) for i in between):
            return False
        if any(self.entity_of(t) is not None for t in pronoun.sent if t.i < tok_i):
            return False  # "Wallnau elaborated on the message he felt …"
        if head.dep_ not in _ARGUMENTS or (head.ent_type_ != _PERSON and not given_as_a_name(head)):
            return False  # not "his White House bid"; "who gave his name only as Mamadou"
        return self._no_one_else_acts(head.sent, m)

    def _no_one_else_acts(self, sent, m: Mention) -> bool:
        """No pronoun is a subject in ``sent`` outside reported content, and each subject of
        its main clauses holds the mention ``m`` or is no person ("At 29, she still lives at
        home, walls plastered with …": she acts)."""
        if any(
            t.dep_ == "nsubj"
            and is_pronoun(t)
            and t.lower_ not in RELATIVE_PRONOUNS
            and not self.reported[t.i]
            for t in sent
        ):
            return False
        clauses = [sent.root, *(c for c in sent.root.children if c.dep_ == "conj")]
        subjects = [c for v in clauses for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        # someone a "whose" clause on the subject names is not the subject ("Rhiannon Davies,
        # whose daughter Kate died …, said"; but "a teenager who gave his name as Mamadou")
        described = _in_a_whose_clause(self.doc[m.tok_end - 1])
        return bool(subjects) and all(
            (c.left_edge.i <= m.tok_start <= c.right_edge.i and not described)
            or (c.pos_ == "NOUN" and c.lemma_.lower() not in _PEOPLE_NOUNS and not _human(c))
            for c in subjects
        )

    def _named_by_of(self, tok) -> int | None:
        """The place or organisation an "of" phrase names ("the city of Phoenix")."""
        te = self.index.token_entity
        for prep in tok.rights:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for obj in prep.children:
                    if obj.dep_ == "pobj" and obj.i in te and self._type(te[obj.i]) in _GROUPS:
                        return te[obj.i]
        return None

    def earlier_subjects(self, tok, sentences: int):
        """Noun subjects before ``tok`` within the window and ``sentences`` sentences back,
        nearest first (outside quotations and reported content)."""
        return self._earlier_subjects(tok, _WINDOW, sentences)

    def _main_subjects(self, tok, sentences: int):
        """``earlier_subjects`` but those of relative clauses ("One mother, whose son watches
        the channel, said …": not the son) and those inside quotations."""
        for t in self._earlier_subjects(tok, _WINDOW, sentences):
            if not any(a.dep_ == "relcl" for a in t.ancestors) and not self.in_quote[t.i]:
                yield t

    def _earlier_subjects(self, tok, window: int, sentences: int):
        """Noun subjects (and sources after "according to") before ``tok``, outside quotations
        and reported content, nearest first, within ``window`` tokens and ``sentences``
        sentences back."""
        sent = self.sent_of[tok.i]
        for i in range(tok.i - 1, max(-1, tok.i - window), -1):
            if sent - self.sent_of[i] > sentences:
                break
            if self.reported[i]:
                continue
            t = self.doc[i]
            if not (t.dep_ in ("nsubj", "nsubjpass") or according_to_source(t)):
                continue
            if in_dateline(self.doc, i):
                continue  # "MUMBAI — The drama …, its distributor said": not the place filed from
            # "the 18-year-old", "one of the firefighters"
            if t.pos_ in ("NOUN", "PROPN") or _of_an_age(t) or _one_of_them(t) is not None:
                yield t

    def protagonist(self, tok) -> int | None:
        """The person he/she ``tok`` stands for when no one is named near it: the person named
        most often before it, at least twice and more than anyone else who may be of its gender,
        when of its gender, named within three windows, every person named in the window before
        it is of the other gender and no proper noun of another (nor one who asked what it
        answers) is a subject in its sentence or the two before ("Yewande Adebayo-Clarke …
        Gareth Pengelly … he says … ¶ “It's been brutal,” she says": whom a feature is about);
        else None."""
        gender = "m" if tok.lower_ in MALE_PRONOUNS else "f"
        counts: dict[int, int] = {}
        last: dict[int, int] = {}
        for m in self._mentions[: bisect.bisect_left(self._starts, tok.i)]:
            entity = self.index.entities[m.entity]
            if self.in_quote[m.tok_start] or not acts_as_a_person(entity):
                continue
            other = self.gender[m.entity] not in (None, gender)  # a first name's guess too
            if tok.i - m.tok_start <= _WINDOW and not other:
                return None  # someone it may stand for is near: not the protagonist's
            counts[m.entity] = counts.get(m.entity, 0) + 1
            last[m.entity] = m.tok_start
        ranked = sorted(counts, key=lambda e: -counts[e])
        if not ranked or counts[ranked[0]] < 2 or self.gender[ranked[0]] != gender:
            return None
        if tok.i - last[ranked[0]] > 3 * _WINDOW:
            return None
        rivals = [e for e in ranked[1:] if self.gender[e] in (None, gender)]
        if rivals and counts[rivals[0]] == counts[ranked[0]]:
            return None
        first = self.doc[tok.i].sent.start
        for _ in range(2):  # "Chatwal was clearly trying …; indeed, he had": a name the NER
            first = self.doc[first - 1].sent.start if first else 0  # took for something else
        return (
            None
            if any(
                self._named_subject(t, gender) and not asked_the_question(t, tok)
                for t in self.doc[first : tok.i]
            )
            else ranked[0]
        )

    def _named_subject(self, tok, gender: str) -> bool:
        """``tok`` is a subject outside quotations that another may be: a proper noun, not a
        person of the other gender, or a noun for a person that may be of ``gender`` ("my
        father often said")."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self.in_quote[tok.i]:
            return False
        if tok.pos_ == "NOUN":  # one person, not "Customers call her …"
            people = PERSON_NOUNS | KIN_NOUNS | RELATION_NOUNS
            one = tok.tag_ == "NN" and tok.lemma_.lower() in people
            return one and noun_gender(tok.lower_) in (None, gender)
        if tok.pos_ != "PROPN":
            return False
        idx = self.index.token_entity.get(tok.i)
        return idx is None or self.gender[idx] in (None, gender) or idx in self._guessed

    def person_description(self, tok):
        """The description he/she stands for when no name does: the nearest earlier subject
        that asked no question it answers, when it describes one person ("The prime minister has
        refused … he said", "My mother … she still says", "The 24-year-old …"); else None."""
        gender = (
            "m" if tok.lower_ in MALE_PRONOUNS else "f" if tok.lower_ in FEMALE_PRONOUNS else None
        )
        for t in self._main_subjects(tok, 2):
            if asked_the_question(t, tok):
                continue  # "When a reporter asked whether …, she replied": not the reporter
            noun = t.lemma_.lower()
            people = noun in _PEOPLE_NOUNS or noun in HUMAN_NOUNS or _not_named(t)
            people = people or _one_who_spoke(t)
            described = t.pos_ == "NOUN" and t.tag_ == "NN" and people
            described = described or _one_of_them(t) is not None or _of_an_age(t)
            fits = noun_gender(t.lower_) in (None, gender)  # "she", not "my father"
            return t if described and fits and t.i not in self.index.token_entity else None
        return None

    def introduced_by(self, tok):
        """The earlier indefinite description of a person that the definite one headed by
        ``tok`` takes up ("A senior European diplomat said … the diplomat said", "according to a
        person familiar with the investigation … The person said"): the nearest
        earlier subject with the same noun or "one of" its plural ("One of the officials"), named
        by no entity, in this sentence or the three before, or, for "the source", one kept
        unnamed by request; bare "police" takes up the place's police named before ("Winnipeg
        police say … police said"); else None."""
        if tok.lemma_.lower() in COLLECTIVE_ORG_NOUNS and not any(True for _ in tok.lefts):
            return self._placed_force(tok)
        if tok.lemma_.lower() in ORG_NOUNS:
            return self._described_organisation(tok)
        lemma = tok.lemma_.lower()
        someone = (
            lemma in PERSON_NOUNS
            or lemma in ("person", "people")
            or any(lemma in g for g in _SAME_ROLES)
        )
        if not any(c.lower_ == "the" for c in tok.children):
            return None
        plural = tok.tag_ in ("NNS", "NNPS")
        for t in self._earlier_subjects(tok, _WINDOW, 3):
            if not someone:  # "A Chilean trade negotiator, …, said … The negotiator said":
                # any noun for one who spoke before
                spoke = t.dep_ == "nsubj" and is_cue_verb(t.head) and t.lemma_.lower() == lemma
                if spoke and t.tag_ == tok.tag_ == "NN" and t.i not in self.index.token_entity:
                    return t if any(c.lower_ in ("a", "an") for c in t.children) else None
                continue
            one = _one_of_them(t)  # "One of the officials said … the official said"
            if one is not None and not plural and one.lemma_.lower() == tok.lemma_.lower():
                return t
            if tok.lemma_.lower() == "source" and self._kept_unnamed(t):
                return t  # "One senior figure …, who spoke on condition of anonymity" … "the
                # source said"
            if not _same_role(t.lemma_.lower(), tok.lemma_.lower()) or t.pos_ != "NOUN":
                continue
            if (t.tag_ in ("NNS", "NNPS")) != plural:  # "120 MPs" … "the York Central MP"
                continue
            indefinite = any(c.lower_ in _INDEFINITE or c.dep_ == "nummod" for c in t.children)
            # "the Prime Minister's official spokesman … the spokesman said": an office's own
            indefinite = indefinite or _an_office_holders_spokesperson(t)
            if not indefinite and t.i not in self.index.token_entity and _definite(t):
                return self.introduced_by(t)  # "… a senior official … the official said, …
                # “…,” the official said": the description the first "the official" takes up
            return t if indefinite and t.i not in self.index.token_entity else None
        if not someone:
            return None
        return self._met_before(tok) or self._introduced_earlier(tok)

    def _introduced_earlier(self, tok):
        """The indefinite description of one person anywhere earlier in the article below its
        first paragraph (whose people are often named next), outside quotations, as the one
        who does something, that "the <noun>" takes up when no person the article names is
        described by the noun ("In Holetown, a bartender who has worked … said …" … "Back in
        Holetown, the bartender is pragmatic"); else None."""
        noun = descriptor(tok)
        ents = self.index.entities
        if tok.tag_ != "NN" or any(noun in e.descriptors and _PERSON in e.votes for e in ents):
            return None
        for t in reversed(self.doc[: tok.sent.start]):
            if t.lemma_.lower() != tok.lemma_.lower() or t.tag_ != "NN" or self.in_quote[t.i]:
                continue
            indefinite = any(c.lower_ in ("a", "an") for c in t.children)
            acting = t.dep_ in ("nsubj", "nsubjpass", "appos", "npadvmod") and not self._lede(t)
            return t if indefinite and acting and t.i not in self.index.token_entity else None
        return None

    def _unnamed_just_before(self, tok) -> bool:
        """The sentence before ``tok``'s describes someone kept unnamed by request, outside
        quotations, and no person is named between ("… a single donation from a former
        resident now living in Canada who asked not to be named. In a letter, *the donor*
        wrote …"): the description stands for them."""
        sent = tok.sent
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        if not any(unnamed_by_request(t) and not self.in_quote[t.i] for t in before):
            return False
        return not self.person_named_between(before.end, tok.i)

    def _kept_unnamed(self, tok) -> bool:
        """``tok`` heads a description of someone no name stands for, kept unnamed by request
        ("One senior figure at the charity, who spoke on condition of anonymity")."""
        unnamed = any(unnamed_by_request(c) for c in tok.subtree)  # or on "charity", misparsed
        return unnamed and tok.i not in self.index.token_entity

    def _met_before(self, tok):
        """The nearest earlier "a <noun>" of ``tok``'s noun in its sentence or the three
        before, outside quotations, that no name follows ("… were greeted by an organizer. '…,'
        the organizer told them"); else None."""
        sent = self.sent_of[tok.i]
        for t in reversed(self.doc[max(0, tok.i - _WINDOW) : tok.i]):
            if sent - self.sent_of[t.i] > 3:
                break
            if t.lemma_.lower() != tok.lemma_.lower() or t.pos_ != "NOUN" or self.in_quote[t.i]:
                continue
            named = any(c.dep_ == "appos" for c in t.children) or t.i in self.index.token_entity
            indefinite = any(c.lower_ in ("a", "an") for c in t.children)
            return t if indefinite and not named and t.tag_ == tok.tag_ else None
        return None

    def _described_organisation(self, tok):
        """The earlier, fuller description of an organisation no name stands for that a bare
        "the <noun>" takes up ("India's election commission rejected … the commission said"):
        the nearest earlier subject with the same noun and words before it, through those that
        are the bare noun again, in this sentence or the three before, or anywhere before for
        the organisation the article's first sentences describe ("the culture ministry said"
        in the lead); else None."""
        if [c.lower_ for c in tok.lefts] != ["the"] or any(
            _DESCRIBED.match(c.dep_) for c in tok.rights
        ):
            return None  # not "the government in Beijing"
        for t in self._earlier_subjects(tok, tok.i + 1, self.sent_of[tok.i] + 1):
            near = self.sent_of[tok.i] - self.sent_of[t.i] <= 3 and tok.i - t.i <= _WINDOW
            if not near and self.sent_of[t.i] >= _LEAD_SENTENCES:
                continue
            if t.lemma_.lower() != tok.lemma_.lower() or not _common_noun(t):
                continue
            if [c.lower_ for c in t.lefts] == ["the"]:
                continue  # "the ministry" again: the one it took up
            fuller = any(
                c.dep_ in ("poss", "compound", "amod") and c.lower_ not in PRONOUNS for c in t.lefts
            )
            if not fuller or t.i in self.index.token_entity:
                return None
            return self._named_in_the_next_paragraph(t) or t
        return None

    def _named_in_the_next_paragraph(self, noun):
        """The organisation an indefinite description in the lede turns out to be, named as the
        subject of the next paragraph's first sentence ("A German research institute has asked
        …" ¶ "The Leibniz-Zentrum für Regenerative Biologie (LZRB) announced …"): that subject,
        an organisation's name not written before; else None."""
        if not any(c.lower_ in ("a", "an") for c in noun.lefts) or not self._lede(noun):
            return None
        doc = self.doc
        start = next((t.i + 1 for t in doc[noun.i :] if "\n" in t.text), None)
        if start is None or start >= len(doc):
            return None
        sent = doc[start].sent
        subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.i == sent.root.i), None)
        idx = self.entity_of(subject) if subject is not None else None
        if idx is None or self._type(idx) != "ORG":
            return None
        first = min(m.tok_start for m in self.index.entities[idx].mentions)
        return subject if first >= sent.start else None

    def _placed_force(self, tok):
        """The nearest earlier ``tok``'s noun outside quotations with a place's name before it
        ("Winnipeg police"); None when there is none."""
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[: tok.i]):
            places = [self.entity_of(c) for c in t.lefts if c.dep_ == "compound"]
            placed = any(idx is not None and self._type(idx) == "GPE" for idx in places)
            if t.lemma_.lower() == lemma and placed and not self.in_quote[t.i]:
                return t
        return None

    def neuter_antecedent(self, tok):
        """The subject that "it" most likely stands for: the nearest earlier subject outside
        quotations, in this sentence or the one before, that names no person or people."""
        for t in self._earlier_subjects(tok, _IT_WINDOW, 1):
            if t.tag_ in ("NNS", "NNPS"):
                continue
            idx = self.entity_of(t)
            if idx is not None and self._type(idx) in (_PERSON, _GENERIC):
                continue
            if idx is None and t.lemma_.lower() in PERSON_NOUNS:
                continue
            return t
        return None

    def plural_antecedent(self, tok):
        """The subject that "they" most likely stands for: the nearest earlier subject outside
        quotations, in this sentence or the two before, that is plural, joins names with
        "and", or names a group."""
        te = self.index.token_entity
        for t in self._earlier_subjects(tok, _WINDOW, 2):
            joined = any(c.dep_ == "conj" and c.i in te for c in t.children)
            group = t.i in te and self._type(te[t.i]) in _GROUPS
            if joined or group or t.tag_ in ("NNS", "NNPS"):
                return t
        return None

    def _body_its_clause_describes(self, tok) -> int | None:
        """The organisation an "its" stands for when the subject of its own clause is a body
        described by a kind ("The company expects revenue of $28 billion, according to its
        earnings statement": the company named before), else None."""
        verb = tok.head
        while (verb.pos_ not in ("VERB", "AUX") or verb.lower_ == "according") and (
            verb.head.i != verb.i
        ):
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in ORG_NOUNS:
            return None
        if subject.tag_ != "NN" or not _definite(subject):
            return None
        idx = self.resolve(subject)
        return idx if idx is not None and self._type(idx) == "ORG" else None

    def _named_before_its_kind(self, tok) -> int | None:
        """The organisation whose name the noun of its kind follows at once ("The Times
        newspaper"; not "A House panel", a body inside it), or None."""
        if tok.lemma_.lower() not in _SAME_BODY_KINDS:
            return None
        before = tok.i - 1
        if before < 0 or self.doc[before].head.i != tok.i or self.doc[before].dep_ != "compound":
            return None
        idx = self.index.token_entity.get(before)
        return idx if idx is not None and self._type(idx) == "ORG" else None

    def _a_nations_just_before(self, tok) -> bool:
        """The same noun of a field's body, in this sentence or the one before, was a nation's
        ("Chile's environment ministry said it had opened an investigation. A ministry official
        …"): the body that description names."""
        lemma, sent = tok.lemma_.lower(), self.sent_of[tok.i]
        for t in reversed(self.doc[max(0, tok.i - _WINDOW) : tok.i]):
            if sent - self.sent_of[t.i] > 1:
                return False
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN":
                return _a_nations(t)
        return False

    def _group(self, tok_i: int, singular: bool = False) -> int | None:
        """Antecedent of they/it: the nearest group named as a subject ("it" prefers an
        organisation or place to a people, and with no such subject takes the organisation
        or place named last in its sentence or the one before)."""
        people = None
        introduced = self._organisation_introduced(tok_i) if singular else None
        if singular:
            people = self._nearest_organisation(tok_i, since=introduced or 0)
        for m in self._preceding(tok_i):
            if introduced is not None and m.tok_start < introduced:
                break  # "They formed an association. Its chair": none named
            kind = self._type(m.entity)
            if kind in _GROUPS and not self.in_quote[m.tok_start]:
                head = self.doc[m.tok_start : m.tok_end].root  # "The East of England … said"
                # not a people's adjective on the subject: "British airlines will need"
                if head.dep_ in _SUBJECTS or (head.head.dep_ in _SUBJECTS and head.dep_ != "amod"):
                    if not singular or kind != _GENERIC:
                        return m.entity
                    people = people if people is not None else m.entity
        return people

    def _organisation_introduced(self, tok_i: int) -> int | None:
        """Token of an organisation the sentence of token ``tok_i`` or the one before brings in
        unnamed ("formed a tenants' association"), outside quotations, or None."""
        sent = self.sent_of[tok_i]
        for tok in reversed(self.doc[max(0, tok_i - _WINDOW) : tok_i]):
            if sent - self.sent_of[tok.i] > 1:
                break
            if (
                tok.tag_ == "NN"
                and tok.lemma_.lower() in ORG_NOUNS
                and tok.i not in self.index.token_entity
                and not self.in_quote[tok.i]
                and tok.left_edge.lower_ in ("a", "an")  # "a tenants' association"
            ):
                return tok.i
        return None

    def _place_named_last(self, tok_i: int) -> int | None:
        """ "the city", "the state": the place named last before token ``tok_i``, outside
        quotations and within the window; None when there is none."""
        for m in self._preceding(tok_i):
            if self._type(m.entity) == "GPE" and not self.in_quote[m.tok_start]:
                return m.entity
        return None

    def _nearest_organisation(self, tok_i: int, since: int = 0) -> int | None:
        """The organisation or place named last outside quotations, in the sentence of token
        ``tok_i`` or the one before and after token ``since``, whatever its role."""
        for m in self._preceding(tok_i):
            if self.sent_of[tok_i] - self.sent_of[m.tok_start] > 1 or m.tok_start < since:
                break
            if self._type(m.entity) in ("ORG", "GPE") and not self.in_quote[m.tok_start]:
                return m.entity
        return None

    def _description(self, tok, recent: Recent, gender: str | None = None) -> int | None:
        """A person described by role: match descriptive words, else the current speaker;
        ``gender``, when a he/she takes the description up, is the one its person has.

        A description owned by a pronoun or an organisation ("its chief executive", "his
        attorney") is only a person whose descriptions match it: the current speaker is often
        the owner, not the one meant. One owned by a named person ("Obama's former strategist")
        may be the current speaker, never its owner.
        """
        described = [
            *tok.children,
            *(g for c in tok.children if c.dep_ == "appos" for g in c.children),
            # "A senior adviser in the prime minister's office, who spoke on condition of
            # anonymity": the clause the parser hung on the noun after it
            *(t for t in tok.subtree if t.dep_ == "relcl" and t.head.i != tok.i),
        ]
        if any(unnamed_by_request(c) for c in described):
            # "The owner of the bar, who asked not to be named, said", "The captain, a veteran
            # who is not named in the report, told": no one named
            return None
        words = {descriptor(tok)}
        proper = {  # a name the role is in ("the Derry captain"), not a rank ("Chief Minister")
            _stem(c.lemma_)
            for c in tok.children
            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.lower_ not in PERSON_NOUNS
        }
        definite = False
        for child in tok.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                words.add(_stem(child.lemma_))
                if child.dep_ == "poss":
                    definite = True
            if child.lower_ in ("the", "this", "that"):
                definite = True
        definite = definite or _of_an_age(tok)  # its "the" may hang on the verb
        gender = noun_gender(tok.lower_) or gender
        if not definite:
            return self._described_later(tok, gender)
        if self._unnamed_just_before(tok):
            return None  # "… from a former resident who asked not to be named. …, the donor wrote"

        def fits(idx: int) -> bool:
            g = self.gender[idx]
            return gender is None or g is None or g == gender

        # "the prime minister's official spokesperson": one described as a minister's
        boss = next(
            (c for c in tok.children if c.dep_ == "poss" and c.lemma_.lower() in PERSON_NOUNS),
            None,
        )
        # "Ms Sorensen's spokesman": one described as hers, not any spokesman
        boss_words = (  # "the prime minister's": prime and minister
            {_stem(t.lemma_) for t in boss.subtree if t.dep_ in ("poss", "compound")}
            if boss is not None
            else set()
        )
        person_owner = next(
            (c for c in tok.children if c.dep_ == "poss" and self._named_person(c)), None
        )
        person_owner = person_owner if tok.lemma_.lower() in SPOKESPEOPLE else None
        best, best_score = None, 0
        qualified = f"+{descriptor(tok)}"  # the office a rank before it qualifies
        age = _age_given(tok)
        seen: set[int] = set()
        hi = bisect.bisect_left(self._starts, tok.i)
        for j in range(hi - 1, -1, -1):
            m = self._mentions[j]
            if m.entity in seen:
                continue
            seen.add(m.entity)
            e = self.index.entities[m.entity]
            if _PERSON not in e.votes or not fits(m.entity):
                continue
            if person_owner is not None and _stem(person_owner.lemma_) not in e.descriptors:
                continue
            if age is not None and self._another_age(m.entity, age):
                continue  # "the 25-year-old" is not "17-year-old Aisha Barzani"
            # unless the one quoted right before, described as a spokesperson if this is one
            # ("the prime minister's official spokesman" is not the minister quoted before;
            # "Gowdy spokesman Jamal Ware … The congressman's spokesman" is Ware)
            unlike = tok.lemma_.lower() in SPOKESPEOPLE and descriptor(tok) not in e.descriptors
            if (
                boss is not None
                and not boss_words <= e.descriptors  # the prime minister's, not a minister's
                and (m.entity != recent.entity or unlike)
            ):
                continue
            # a team's or place's name is shared by all its people: "the Derry captain" is
            # the captain before the Derry manager
            score = len(words & e.descriptors) - len(proper & e.descriptors) / 2
            # "the coroner" after "the assistant coroner …, Eirlys Rowlands": the office it
            # qualifies, short of the office itself
            score += 0.5 * any(
                d.endswith(qualified) and d.split("+")[0] in _RANKS_IN_AN_OFFICE
                for d in e.descriptors
            )
            # not the Derry manager who spoke last, by the team's name alone
            if (words - proper) & e.descriptors and m.entity == recent.entity:
                score += 1
            if score > best_score:
                best, best_score = m.entity, score
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if best is not None:
            return best
        earlier = self._same_noun_before(tok) if owner is None else None
        if earlier is not None and earlier.dep_ == "nsubj" and earlier.tag_ == "NN":
            # "The water minister has refused …" (the lede's description of the person named
            # next) … "The minister also defended …": the one it was
            said_before = {
                _stem(c.lemma_)
                for c in earlier.children
                if c.dep_ in ("amod", "compound", "poss", "nmod")
            }
            same = words - {descriptor(tok)} <= said_before  # not "The Louisiana governor"
            if same and any(c.lower_ == "the" for c in earlier.children) and self._lede(earlier):
                found = self._described_later(earlier, gender)
                if found is not None:
                    return found
        # in the paragraph of the speaker quoted last, another office is another word for them
        # ("Opposition leader Mike Rigby said … '…,' the Conservative councillor said")
        same_paragraph = (
            0 <= recent.tok < tok.i and "\n" not in self.text[self.doc[recent.tok].idx : tok.idx]
        )
        spoke_here = same_paragraph and recent.entity is not None
        if owner is None and not spoke_here and opens_section(self.text, tok.idx):
            # a section opening "The New York state attorney general is confirming …" before
            # "Attorney General Eric Schneiderman isn't saying …"
            later = self._described_later(tok, gender)
            if later is not None:
                return later
        if _an_office_holders_spokesperson(tok):
            return None  # "the Prime Minister's official spokesman": no spokesman named later
        if owner is not None and not self._named_person(owner):
            # "…, the province's top doctor warned" before "Dr. Kieran Moore … said"; at a
            # section's opening, "its director says" before "Director Sophie Gagnon told …"
            if opens_section(self.text, tok.idx):
                return self._described_later(tok, gender)
            named = self._named_next(tok, gender)
            # "warnings from his attorney" before "An attorney for Pagliano, Mark MacDougall"
            return named if named is not None else self._described_later(tok, gender)
        if owner is not None and tok.lemma_.lower() in SPOKESPEOPLE:
            return None  # "Heidi Alexander's spokesman" speaks for her, is nobody named
        if self.introduced_by(tok) is not None:  # "A senior diplomat said … the diplomat said"
            return None
        if _titled_office(tok):  # "The Parliamentary Budget Officer estimated": no one named
            return None
        if tok.lemma_.lower() in WITHHELD_PARTIES:
            return None  # "Doherty struck the man … the victim said": not the one most named
        owner_idx = self.entity_of(owner) if owner is not None else None
        office = _offices(words)
        office_bases = {w.split("+")[-1] for w in office}
        field = _named_field(tok)

        def fits_unowned(idx: int, another_office: bool = False) -> bool:
            described = self.index.entities[idx].descriptors
            held = _roles(described)
            titled = {w.split("+")[-1] for w in self.index.entities[idx].titled_offices}
            # "Gov. X, … a civil engineer": a governor still
            also = another_office or bool(titled & office_bases)
            return (
                fits(idx)
                and idx != owner_idx
                and (also or not (office and held and not held & office))
                and not (office and titled and not titled & office_bases)  # "Sen. X": no president
                and not (field and not field & described)
            )

        owned = owner_idx is not None and self._type(owner_idx) == _PERSON
        introduced = self._introduced_since(tok, recent, fits_unowned)
        if introduced is not None:
            return introduced
        if (
            not owned  # "Amorim's agent": one of theirs, not whoever spoke last
            and recent.entity is not None
            and self._type(recent.entity) == _PERSON
            and tok.i - recent.tok < _WINDOW
            and fits_unowned(recent.entity, same_paragraph or self._epithet_next(tok, recent))
        ):
            return recent.entity
        subject = next(self._earlier_subjects(tok, _WINDOW, 1), None)
        named = self.entity_of(subject) if subject is not None else None
        if (
            named is not None
            and self._type(named) == _PERSON
            and fits_unowned(named)
            and not self._named_beside(tok, named)  # "The judge said Briggs would …"
        ):
            return named  # "Mikel Arteta was furious … '…,' the Arsenal manager said"
        head_office = _offices({descriptor(tok)})

        def holds_it(idx: int) -> bool:
            # the person most named holds an office only when described by it ("The judge
            # said": not the defendant the article is about)
            e = self.index.entities[idx]
            titled = {w.split("+")[-1] for w in e.titled_offices}
            return fits_unowned(idx) and (
                not head_office or bool(_roles(e.descriptors) & office or titled & office_bases)
            )

        salient = self._salient_person(tok.i, holds_it) if not owned else None
        return salient if salient is not None else self._named_next(tok, gender)

    def _named_beside(self, tok, idx: int) -> bool:
        """The entity ``idx`` is named in the clause of the description ``tok``, outside it
        ("The judge said Briggs would remain in custody": the judge is not Briggs)."""
        inside = range(tok.left_edge.i, tok.right_edge.i + 1)
        return any(
            t.i not in inside and t.pos_ == "PROPN" and self.entity_of(t) == idx
            for t in tok.head.subtree
        )

    def _introduced_since(self, tok, recent: Recent, fits) -> int | None:
        """The person named as the main subject of the sentence before a description by age or
        nation ("The 24-year-old", "The Pole", "The Serbian striker"), when named after whoever
        spoke last ("Point guard Jericho Dimaculangan hit the decisive three. The 24-year-old
        said …": not the coach quoted before), else None."""
        national = any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in tok.children)
        if not (_of_an_age(tok) or of_a_nation(tok) or national):
            return None
        # the quotation before "…," the Welshman said" may be a sentence of its own
        sentences = 1 + self._quotation_just_before(tok)
        subjects = self._earlier_subjects(tok, _WINDOW, sentences)
        subject = next(
            (t for t in subjects if t.head == t.sent.root and not self.in_quote[t.i]), None
        )
        named = self.entity_of(subject) if subject is not None else None
        if named is None or self._type(named) != _PERSON or not fits(named):
            return None
        return named if subject.i > recent.tok and named != recent.entity else None

    def _another_age(self, idx: int, age: str) -> bool:
        """The person was written with an age other than ``age`` right before a mention of
        them ("17-year-old Aisha Barzani")."""
        if idx not in self._ages:
            before = [
                self.doc[m.tok_start - 1] for m in self._mentions_of.get(idx, ()) if m.tok_start
            ]
            given = (_age_given(t) for t in before)
            self._ages[idx] = {a for a in given if a is not None}
        return bool(self._ages[idx] - {age})

    def _quotation_just_before(self, tok) -> bool:
        """The sentence before ``tok``'s is wholly inside quotation marks."""
        sent = self.doc[tok.i].sent
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        return all(self.in_quote[t.i] or t.is_punct or t.is_space for t in before)

    def _office_of_a_place(self, tok) -> bool:
        """A relation noun that a place or an organisation owns is an office ("the province's
        top doctor", "Canada's chief doctor"), not someone's relation ("Johnson's doctor")."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in PRONOUNS or tok.tag_ in ("NNS", "NNPS"):
            return False
        idx = self.entity_of(owner)
        if idx is None:
            return owner.lemma_.lower() in PLACE_NOUNS or owner.lemma_.lower() in ORG_NOUNS
        return self._type(idx) in ("GPE", "ORG")

    def _named_person(self, tok) -> bool:
        """Whether ``tok`` is a person's name (not a pronoun, not an organisation's name)."""
        idx = self.entity_of(tok) if tok.lower_ not in PRONOUNS else None
        return idx is not None and self._type(idx) == _PERSON

    def _described_later(self, tok, gender: str | None) -> int | None:
        """The person an indefinite or headline description introduces ("A New York judge
        rejected ..." before "Judge Frank Nervo"): the one entity of the article that its role
        noun describes, a person of a fitting gender named after it; None otherwise."""
        if self._described is None:
            self._described = {}
            for e in self.index.entities:
                for word in e.descriptors:
                    self._described.setdefault(word, []).append(e.index)
        ents = self.index.entities
        start = tok.left_edge.i
        before = tok.doc[start - 2] if start > 1 and tok.doc[start - 1].text == "," else None
        if before is not None and before.text[:1].isupper() and before.ent_type_ in ("", _PERSON):
            return None  # "Per Øvrebø, a media professor …, says": the name set off before it
        if any(c.lower_ in ("one", "another") for c in tok.lefts):
            return None  # "one Sanders supporter", "another supporter": one of many
        indefinite = any(c.lower_ in ("a", "an") for c in tok.children)
        if (
            indefinite
            and tok.lemma_.lower() in SPOKESPEOPLE
            and not opens_section(self.text, tok.idx)
        ):
            return None  # "A spokesperson said …" is not "Its spokesperson, Katie Hagmann" after
        noun = descriptor(tok)
        owned = any(c.dep_ == "poss" for c in tok.children)
        described = [  # not one named only before it ("Spokeswoman Jessica Ditto said …")
            i
            for i in self._described.get(noun, [])
            if ents[i].mentions[-1].tok_start > tok.i
            # "its chief executive": no body named in "chief executive of the NRIC"
            and (not owned or self._type(i) == _PERSON)
        ]
        if len(described) != 1:
            if described:
                return None
            named = self._named_next(tok, gender)  # named in the next paragraph
            body = _body_spoken_for(tok)  # "A spokesperson for the Hellenic Coast Guard said":
            if named is None or body is None:  # no passenger named next; "A spokeswoman for
                return named  # Hillary Clinton" before "Clinton communications director …"
            first = self.index.entities[named].mentions[0]
            sent = self.doc[first.tok_start].sent
            return named if any(t.lower_ == body.lower_ for t in sent) else None
        # an office in capitals too ("First Minister"), not a name before it nor a headline's
        # capitals ("Federal Judge Just Gave …")
        body = "\n" in self.text[: tok.idx]
        field = {
            _stem(c.lemma_)
            for c in tok.children
            if c.dep_ == "compound"
            and (c.pos_ == "NOUN" or c.is_lower or (body and c.ent_type_ in ("", "ORDINAL")))
        }
        others = ents[described[0]].descriptors
        # "The health secretary" is no "general secretary", "a coast guard spokesman" no
        # "Government spokesman" named later; "the city's police chief" may be "Chief X"
        if field and not field & others and others - {noun}:
            return None
        if _affiliated(tok) and not opens_section(self.text, tok.idx):
            return None  # "A spokeswoman for the union" is not the party's spokeswoman named later
        idx = described[0]
        if self._paragraphs_to(tok, idx) > 1:
            # "the province's immigration minister announced" before "Jean-François Roberge
            # told reporters", not "The federal immigration minister, Marc Miller," further on
            named = self._named_next(tok, gender)
            if named is not None and named != idx and not ents[named].descriptors - _COURTESY:
                return named  # "Mr. Ishiba", no office ("Rep. Elijah Cummings")
        if indefinite and tok.lemma_.lower() in SPOKESPEOPLE and self._paragraphs_to(tok, idx) > 1:
            return None  # "A spokesman said …" is not "Labour's spokesperson" seven paragraphs on
        relative = any(c.dep_ == "relcl" for c in tok.children)
        passing = indefinite and relative and tok.dep_ in ("dobj", "pobj")
        if passing and self._paragraphs_to(tok, idx) > 1:
            return None  # "not paying an architect who said he was stiffed": one met in passing
        fits = gender is None or self.gender[idx] in (None, gender)
        return idx if fits and self._type(idx) == _PERSON else None

    def _paragraphs_to(self, tok, idx: int) -> int:
        """How many paragraph breaks lie between ``tok`` and the entity's first mention after
        it."""
        first = next(m for m in self.index.entities[idx].mentions if m.tok_start > tok.i)
        return len(_PARAGRAPH_BREAK.findall(self.text, tok.idx, self.doc[first.tok_start].idx))

    def _next_paragraph_opening(self, tok):
        """The first token of the paragraph after ``tok``'s when ``tok`` lies in the headline, the
        first paragraph or the first of a section; None otherwise."""
        text = self.text
        para_end = text.find("\n", tok.idx)
        if para_end < 0 or not opens_section(text, tok.idx):
            return None
        return next((t for t in self.doc[tok.i :] if t.idx > para_end and not t.is_space), None)

    def _named_next(self, tok, gender: str | None) -> int | None:
        """The person a description in the headline or the first paragraph introduces when no
        name fits it and the next paragraph's first sentence has a new person's name for its
        subject ("A Calgary nurse who went public … says …" before "Rachel Whitford, who has
        worked …, told CBC News"), or for a relative the person whose relative is that
        subject ("Leah Thompson's daughter … died"): that person, of a fitting gender; when that
        sentence's subject is the same description again, the person it introduces."""
        opens = self._next_paragraph_opening(tok)
        if opens is None:
            return None
        start = opens.i
        while start < len(self.doc) - 1 and in_dateline(self.doc, start):
            start += 1  # "OTTAWA — The federal housing minister says"
        opening = self.sent_of[start]  # the dateline may be a sentence of its own
        again = next(  # "Housing minister says …" above "The federal housing minister says …"
            (
                t
                for t in self.doc[start : self.doc[start].sent.end]
                if t.dep_ == "nsubj" and t.is_lower and descriptor(t) == descriptor(tok)
            ),
            None,
        )
        if again is not None and again.i not in self.index.token_entity:
            return self._named_next(again, gender)
        openings = {opening}
        if is_mark(self.doc[start]):  # '"We have more money …," Prof. X, its director, told'
            para_end = self.text.find("\n", opens.idx)
            last = start
            while last + 1 < len(self.doc) and (para_end < 0 or self.doc[last + 1].idx < para_end):
                last += 1
            openings = set(range(opening, min(opening + 3, self.sent_of[last] + 1)))
        for nxt in self._mentions:  # "Clinton communications director Jennifer Palmieri said"
            if nxt.start < opens.idx or self.sent_of[nxt.tok_start] not in openings:
                continue
            head = self.doc[nxt.tok_end - 1]
            if _kin_of(head) and tok.lemma_.lower() in KIN_NOUNS:
                head = head.head  # "The mother of a girl killed …" before "Leah Thompson's
                # daughter, Ava, died …": the kin's kin
            if head.dep_ != "nsubj" or head.head.dep_ != "ROOT" or self.in_quote[head.i]:
                continue
            first = self.index.entities[nxt.entity].mentions[0]
            fits = gender is None or self.gender[nxt.entity] in (None, gender)
            person = self._type(nxt.entity) == _PERSON
            return nxt.entity if first is nxt and person and fits else None
        # "Testifying for the State in the trial of X, Lungile Precious Zulu said …": the
        # parser hung the name on the phrase before it; the name right before the cue
        root = self.doc[start].sent.root
        if root.lemma_.lower() not in SPEECH_VERBS or root.i == 0:
            return None
        doc, end = self.doc, root.i  # where the name ends: at the cue or before an age set off
        if end > 3 and doc[end - 1].text == doc[end - 3].text == "," and doc[end - 2].like_num:
            end -= 3  # "Gary Lindqvist, 54, said"
        idx = self.entity_of(doc[end - 1])
        if idx is None or self._type(idx) != _PERSON:
            return None
        first = self.index.entities[idx].mentions[0]
        fits = gender is None or self.gender[idx] in (None, gender)
        return idx if first.tok_end == end and fits else None

    def _salient_person(self, tok_i: int, fits=None) -> int | None:
        counts: dict[int, int] = {}
        hi = bisect.bisect_left(self._starts, tok_i)
        for m in self._mentions[:hi]:
            if self._type(m.entity) == _PERSON and (fits is None or fits(m.entity)):
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def _org_noun(self, tok, hops: int = 3) -> int | None:
        """ "the ministry", "the airline", "a company spokesman": the group ``_any_org_noun``
        finds, unless the description has nouns of its own that its name lacks ("the national
        weather service" is no "National Fire Service")."""
        found = self._any_org_noun(tok, hops)
        own = [  # not "the government watchdog group": a kind of body itself
            c.lower_
            for c in tok.lefts
            if c.dep_ == "compound" and c.tag_ == "NN" and c.lemma_.lower() not in ORG_NOUNS
        ]
        if found is None or not own:
            return found
        name = self.index.entities[found].name.lower().split()
        if set(own) <= set(name):  # "The wildlife directorate": Wildlife Protection Directorate
            return found
        kind = tok.lower_
        if kind in name:  # another noun before the same kind: "National Fire Service"
            return None
        # a name that lacks the kind only where the sentence, or the one next to it, names
        # the body ("Jet2 is to cut jobs … the budget airline said"; not "The port authority"
        # for an agency named paragraphs before)
        near = (self.sent_of[tok.i] + d for d in (-1, 0, 1))
        sents = set(near)
        return (
            found
            if any(self.sent_of[m.tok_start] in sents for m in self._mentions_of.get(found, []))
            else None
        )

    def _any_org_noun(self, tok, hops: int = 3) -> int | None:
        """ "the ministry", "the airline", "a company spokesman": the group whose name holds the
        noun, else the one group named later whose name ends in it, else (for the nouns that
        stand for any organisation, with "the" or before a role) the organisation named last
        within the window, outside what was said, else (at most ``hops`` times back) the one
        the same description stood for before."""
        lemma = tok.lemma_.lower()
        if lemma == "office" and any(
            c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children
        ):
            return None  # "his office said": the person's, no organisation named for an office
        hi = bisect.bisect_left(self._starts, tok.i)
        if self._group_names is None:  # an entity's name is worked out from all its mentions
            ents = self.index.entities
            named = _GROUPS | {"FAC"}  # "the airport": Heathrow Airport
            self._group_names = [
                e.name.lower() if e.type in named or _body_by_its_name(e) else None for e in ents
            ]
        fields = _field_words(tok) if lemma in FIELD_ORG_NOUNS else ()
        for j in range(hi - 1, -1, -1):
            m = self._mentions[j]
            name = self._group_names[m.entity]
            if name is None or name == lemma or not _holds(name, fields):
                continue
            if not any(w.startswith(lemma) or w.endswith(lemma) for w in name.split()):
                continue  # "the firm" is no "Bristow Royal Infirmary"; "the bank" "Bundesbank"
            if lemma not in COLLECTIVE_ORG_NOUNS and self._other_kind(m.entity, lemma):
                continue  # "the government" is no "Local Government Association"; "police" are
                # the "Jupiter Police Department"
            if not self._a_building(m.entity, lemma):
                return m.entity
        reporting = self._subject_of_its_report(tok, lemma)
        if reporting is not None:  # "Skovgaard Lines expects …, the company said"
            return reporting
        later = {  # "the council announced …" before "Calderdale Council says"
            m.entity
            for m in self._mentions[hi:]
            if (self._group_names[m.entity] or lemma).endswith(" " + lemma)
        }
        # "police have said" before "Avon and Somerset Police said": the force named next
        bare_force = lemma in COLLECTIVE_ORG_NOUNS and not any(True for _ in tok.lefts)
        definite = any(c.lower_ == "the" for c in tok.children) or _of_its_members(tok)
        kinds = ORG_KIND_NAME_WORDS.get(lemma, frozenset()) | {lemma}
        # not "the agency said" after "the Food and Drug Administration", before the "European
        # Medicines Agency"
        kind_before = self._named_kind(tok, lemma, kinds) if lemma in ORG_KIND_NAME_WORDS else None
        # not "The company confirmed" after "The department store chain Tamworth & Lyle will
        # close …", before the "Local Data Company"
        kindless = self._kindless_subject_before(tok) if lemma in UNSAID_KINDS else None
        if len(later) == 1 and (bare_force or definite) and kind_before is None:
            return later.pop() if kindless is None else kindless
        introduced = self._org_named_next(tok, kinds)  # "The union … says" before "The
        if introduced is not None:  # Canadian Union of Postal Workers said"
            return introduced
        # "the Unite union", "a House panel": named where it stands, by the description (not
        # "the iPhone maker": a product)
        named_here = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts)
        if named_here and lemma not in MAKER_NOUNS:
            return None
        # "a company spokesman", not "Tenants' union spokesperson"
        role = (
            tok.dep_ == "compound"
            and tok.head.lemma_.lower() in AFFILIATE_NOUNS
            and all(t.dep_ == "det" for t in tok.head.lefts if t.i < tok.i)
            and any(t.dep_ == "det" for t in tok.head.lefts)  # not "union officials"
            and not any(True for _ in tok.lefts)
        )
        collective = lemma in COLLECTIVE_ORG_NOUNS  # "Police say": the force the text names
        members = _of_its_members(tok)  # "their union": one whose name says it is a union
        definite = role or collective or members or any(c.lower_ == "the" for c in tok.children)
        if lemma not in ANAPHORIC_ORG_NOUNS and lemma in ORG_KIND_NAME_WORDS and definite:
            named_kind = self._named_kind(tok, lemma, kinds)  # "the agency": Statistics Canada
            if named_kind is None:  # "the ratings agency Harwick Global Ratings"
                named_kind = self._named_after_its_kind(tok, lemma)
            if named_kind is not None:
                return named_kind
        if lemma not in ANAPHORIC_ORG_NOUNS or not definite:
            return None
        if any(c.dep_ in ("acl", "relcl") and not an_aside(c) for c in tok.children):
            return None  # "The union representing Ontario's nurses": described, not named
        if lemma in FIELD_ORG_NOUNS and _a_nations(tok):
            return None  # "The Norwegian foreign ministry": the nation's, named by the description
        fields = {c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"}
        if lemma in FIELD_ORG_NOUNS and fields:  # "the energy ministry": "Alberta Energy"
            return self._named_kind(tok, None, frozenset(fields))
        earlier = self._same_description(tok) if hops else None
        own = name_after_noun(earlier) if earlier is not None else None
        if own is None and earlier is not None:
            own = self._set_off_before_its_verb(earlier)
        speaking = None
        if own is None and lemma in UNSAID_KINDS:
            speaking = self._kindless_subject_before(tok)
        if speaking is not None:
            return speaking  # "Crestline said … “…,” the company said": not one named before
        if own is None:  # "Software company Orbix is to cut 6,000 jobs … The company said"
            own = self._introduced_as(tok)
        if own is not None:  # "the Danish company Novo Nordisk … The company said"
            idx = self.entity_of(own[-1])
            if idx is not None and self._type(idx) == "ORG":
                return idx
        named_kind = self._named_kind(tok, lemma, kinds)  # "the union": the nearest whose
        if named_kind is not None:  # name says it is one
            return named_kind
        if lemma in ORG_KIND_NAME_WORDS:  # "according to the union" before "a spokesman for
            named_kind = self._kind_named_later(tok, lemma, kinds)  # the United Mine Workers"
            if named_kind is not None:
                return named_kind
        if members:
            return None
        if lemma in FIELD_ORG_NOUNS and self._a_nations_just_before(tok):
            return None  # "Chile's environment ministry said … A ministry official": that one
        if (
            earlier is not None
            and name_after_noun(earlier) is None
            and not any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in earlier.children)
            and self._org_noun(earlier, hops - 1) is None
        ):
            # "the hospital where she worked" before any name: no organisation named after it
            first = earlier.i
        else:
            first = tok.left_edge.i  # not a name inside the description ("the iPhone maker")
        employer = tok.dep_ == "pobj" and at_a_role(tok.head)  # "an analyst at the bank",
        held = tok.head  # "the bank's chief economist"
        employer = employer or (
            tok.dep_ == "poss" and held.pos_ == "NOUN" and held.lemma_.lower() in PERSON_NOUNS
        )
        # "the central bank" is no "Senate" named before it: the kind's own adjective
        kind_words = {c.lower_ for c in tok.lefts if c.dep_ == "amod"} & _KIND_ADJECTIVES
        for m in self._preceding(tok.i):
            said = self.in_quote[m.tok_start] or self.reported[m.tok_start]
            if (
                self._type(m.entity) == "ORG"
                and kind_words <= set(self.index.entities[m.entity].name.lower().split())
                and m.tok_start < first
                and not said
                and not self._other_kind(m.entity, lemma)
                and (employer or not self._employer(m))
                and not self._addressed(m)
                and not self._credit_line(m)
                and not self._its_own(m)
                and not self._only_somewhere(m.entity)
            ):
                return m.entity
        # none outside what was said nearby: the one the article introduced by the same noun
        # further back ("the Australian-Greenlandic company Arnaq Minerals … the company said")
        introduced = self._introduced_by_the_noun(tok)
        if introduced is not None:
            return introduced
        # none outside what was said: "Lufthansa cancelled 800 flights, the airline said", and
        # further back, "Jet2 is to cut jobs, the company said. … the airline said"; not where a
        # quoted analyst works ("Tomasz Wierzbicki, an analyst at Enders Partners")
        for m in self._preceding(tok.i):
            if (
                self._type(m.entity) == "ORG"
                and kind_words <= set(self.index.entities[m.entity].name.lower().split())
                and m.tok_start < first
                and not self.in_quote[m.tok_start]
                and not self._other_kind(m.entity, lemma)
                and (employer or not self._employer(m))
                and not self._addressed(m)
                and not self._credit_line(m)
                and not self._its_own(m)
                and not self._only_somewhere(m.entity)
            ):
                return m.entity
        # "the company warned … the company said": what it stood for before
        found = self._org_noun(earlier, hops - 1) if earlier is not None else None
        if found is None and lemma in _ANY_BUSINESS:
            found = self._sole_organisation_before(tok, lemma)
        return found

    def _sole_organisation_before(self, tok, lemma: str) -> int | None:
        """The one organisation named before ``tok`` outside what was said, however far back,
        when it is a subject in the article's first sentences ("Brightwell Energy, one of
        Britain's largest independent suppliers, will raise …" … three paragraphs on, "the
        company said"); else None."""
        hi = bisect.bisect_left(self._starts, tok.i)
        orgs = {
            m.entity
            for m in self._mentions[:hi]
            if self._type(m.entity) == "ORG"
            and not self.in_quote[m.tok_start]
            and not self._credit_line(m)
        }
        if len(orgs) != 1:
            return None
        idx = orgs.pop()
        lead = any(  # the subject of one of them: what the story is about
            self.sent_of[m.tok_start] < _LEAD_SENTENCES
            and self.doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")
            for m in self._mentions_of[idx]
        )
        return idx if lead and not self._other_kind(idx, lemma) else None

    def _org_named_next(self, tok, kinds: frozenset[str]) -> int | None:
        """The organisation "the <kind>" in the headline or the first paragraph introduces, when
        no organisation is named before it and the next paragraph's first sentence has for its
        subject an organisation whose name has a word of ``kinds`` or that one sets beside it
        ("Solidarité Santé Kivu, a charity based in Goma, said"), or has one written right after
        a word of ``kinds`` ("run by the Congolese charity Solidarité Santé Kivu")."""
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        # "the sector's trade body", "The country's largest drivers' union"
        owned = owner is not None and owner.left_edge.lower_ == "the"
        owned = owned or (owner is not None and owner.pos_ == "PRON")  # "their union"
        # "Nigeria's payments regulator": a country's body
        owned = owned or (owner is not None and owner.ent_type_ == "GPE")
        if not owned and not any(c.lower_ == "the" for c in tok.children):
            return None  # "the union", "the country's reef authority"
        if any(
            self._type(m.entity) == "ORG" and not self._credit_line(m)  # "LONDON (Reuters) -"
            for m in self._preceding(tok.i)
        ):
            return None
        opens = self._next_paragraph_opening(tok)
        if opens is None:
            return None
        for m in self._mentions:
            if m.start < opens.idx or self.sent_of[m.tok_start] != self.sent_of[opens.i]:
                continue
            named = set(self.index.entities[m.entity].name.lower().split())
            head = self.doc[m.tok_start : m.tok_end].root
            # "Solidarité Santé Kivu, a charity based in Goma, said": a kind set beside it
            apposed = {c.lemma_.lower() for c in head.children if c.dep_ == "appos"}
            kind = named & kinds or apposed & kinds
            if self._type(m.entity) == "ORG" and kind and head.dep_ == "nsubj":
                return m.entity
            # "run by the Congolese charity Solidarité Santé Kivu": the kind right before it
            before = self.doc[m.tok_start - 1] if m.tok_start else None
            if self._type(m.entity) == "ORG" and before is not None and before.lemma_ in kinds:
                return m.entity
        return None

    def _subject_of_its_report(self, tok, lemma: str) -> int | None:
        """The organisation named as the subject of what the description ``tok`` reports, of a
        kind it may be ("Skovgaard Lines expects a profit of …, the company said"), else
        None."""
        verb = tok.head
        if tok.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
            return None
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.lefts):
            return None  # "…, the CGT union said": the one it names itself
        for clause in verb.children:
            subject = None
            if clause.dep_ == "ccomp":
                # not a dateline's place the parser took for a subject ("SEATTLE (Wirepoint) -")
                subject = next(
                    (
                        c
                        for c in clause.children
                        if c.dep_ in _SUBJECTS and not in_dateline(self.doc, c.i)
                    ),
                    None,
                )
            if subject is None:
                continue
            idx = self.entity_of(subject)
            if idx is None:  # "Ledgerly, a New York-based startup …, has raised": the parser
                idx = self._named_before_its_description(subject)  # took the name for an adverb
            if idx is not None and self._type(idx) == "ORG" and not self._other_kind(idx, lemma):
                return idx
        return None

    def _named_before_its_description(self, subject) -> int | None:
        """The entity named right before the comma that opens ``subject``'s phrase when the
        phrase is an indefinite description ("Ledgerly, a New York-based startup"), else None."""
        first = subject.left_edge
        if first.i < 2 or first.lower_ not in ("a", "an") or self.doc[first.i - 1].text != ",":
            return None
        return self.index.token_entity.get(first.i - 2)

    def _named_kind(self, tok, lemma: str | None, kinds: frozenset[str]) -> int | None:
        """The nearest organisation before ``tok``, outside quotations, whose name has a word of
        ``kinds`` and, given the ``lemma`` of a kind, does not end in another kind's ("the
        union": the "Air Line Pilots Association", not "Air Canada"; "the health department",
        with its field's words and no kind: "Health Canada"), unless only its kind's other
        words say so and the kind's noun itself described one earlier ("the PCS union", not
        the "Museums Association" named since)."""
        for m in self._preceding(tok.i):
            named = self.index.entities[m.entity].name.lower().split()
            if lemma in UNSAID_KINDS and self._kindless_subject(m, tok):
                return m.entity  # "Natural Resources Wales said … the agency's head"
            other = lemma is not None and named[-1] not in kinds
            other = other and self._other_kind(m.entity, lemma)
            kind = set(named) & kinds and not other
            if kind and self._type(m.entity) == "ORG" and not self.in_quote[m.tok_start]:
                if lemma in named:
                    return m.entity
                return self._described_as(tok, lemma) or m.entity
        return None

    def _named_after_its_kind(self, tok, lemma: str) -> int | None:
        """The organisation named within the window before ``tok``, outside quotations, right
        after a lower-case noun of ``lemma`` ("a report by the ratings agency Harwick Global
        Ratings, which warned …"): what "the agency" stands for; None when there is none."""
        for m in self._preceding(tok.i):
            before = self.doc[m.tok_start - 1] if m.tok_start else None
            if (
                before is not None
                and before.is_lower
                and before.lemma_.lower() == lemma
                and self._type(m.entity) == "ORG"
                and not self.in_quote[m.tok_start]
            ):
                return m.entity
        return None

    def _described_as(self, tok, lemma: str | None) -> int | None:
        """The organisation named before ``tok``, outside quotations, as the compound of a noun
        of ``lemma`` ("the PCS union"); None when there is none."""
        for m in reversed(self._mentions[: bisect.bisect_left(self._starts, tok.i)]):
            root = self.doc[m.tok_start : m.tok_end].root
            if (
                root.dep_ == "compound"
                and root.head.lemma_.lower() == lemma
                and self._type(m.entity) == "ORG"
                and not self.in_quote[m.tok_start]
            ):
                return m.entity
        return None

    def _kindless_subject_before(self, tok) -> int | None:
        """The organisation named last before ``tok`` that ``_kindless_subject`` takes up, in
        its sentence or the one before; None when there is none."""
        for m in self._preceding(tok.i):
            if self.sent_of[tok.i] - self.sent_of[m.tok_start] > 1:
                return None
            if self._kindless_subject(m, tok):
                return m.entity
        return None

    def _kindless_subject(self, m: Mention, tok) -> bool:
        """The mention is an organisation whose name says no kind (or only "Organization"), the
        subject of ``tok``'s sentence or the one before, of its main clause, or the source its
        "according to" gives, outside quotations: the one "the agency" takes up there."""
        words = set(self.index.entities[m.entity].name.lower().split()) - _ANY_KIND
        root = self.doc[m.tok_start : m.tok_end].root
        # not "… alleged that Lumina had booked"
        source = (root.dep_ == "nsubj" and root.head.dep_ == "ROOT") or according_to_source(root)
        return (
            self._type(m.entity) == "ORG"
            and source
            and not self.in_quote[m.tok_start]
            and self._next_sentence_but_quotes(m.tok_start, tok.i)
            and not words & (ORG_NOUNS | _KIND_WORDS)
        )

    def _next_sentence_but_quotes(self, i: int, j: int) -> bool:
        """Token ``j`` is in token ``i``'s sentence or the next, or only quoted words come
        between them ("The CHP later posted on X: "… Avoid the area." The agency said", "He
        laughs. “He was right, mind. He usually was.” The job has changed, he says")."""
        first, last = self.sent_of[i], self.sent_of[j]
        if last - first <= 1:
            return True
        between = (k for k in range(i, j) if first < self.sent_of[k] < last)
        return all(
            self.in_quote[k] or self.doc[k].is_punct or self.doc[k].is_space for k in between
        )

    def _kind_named_later(self, tok, lemma: str, kinds: frozenset[str]) -> int | None:
        """The one organisation named after ``tok``, outside quotations, whose name of two or
        more words has a word of ``kinds`` and does not end in another kind's ("the union" for
        the "United Mine Workers of America" when none before is one), else None."""
        found = set()
        for m in self._mentions[bisect.bisect_right(self._starts, tok.i) :]:
            named = self.index.entities[m.entity].name.lower().split()
            if len(named) < 2 or not set(named) & kinds or self.in_quote[m.tok_start]:
                continue
            other = named[-1] not in kinds and self._other_kind(m.entity, lemma)
            if self._type(m.entity) == "ORG" and not other:
                found.add(m.entity)
        return found.pop() if len(found) == 1 else None

    def _employer(self, m: Mention) -> bool:
        """The mention names where someone quoted works ("Russ Mould, investment director at
        AJ Bell", "Media analyst Tomasz Wierzbicki of Enders Partners"): no organisation that
        "the company" goes on to stand for, unless it too is where someone works ("Brian Nowak,
        an analyst at the bank"), its first word the object when the parser split the name
        ("Analyst Meera Kapoor of Garland & Pike")."""
        span = self.doc[m.tok_start : m.tok_end]
        return any(self._works_at(root) for root in {span.root, span[0]})

    def _works_at(self, root) -> bool:
        """``root`` is the object of "at" after a role or of "of" after a person."""
        prep = root.head
        held = self.index.token_entity.get(prep.head.i)  # the person, whatever the NER said
        person = prep.head.ent_type_ == "PERSON" or (
            held is not None and self._type(held) == _PERSON
        )
        of_a_person = prep.lower_ == "of" and person
        return root.dep_ == "pobj" and (at_a_role(prep) or of_a_person)

    def _addressed(self, m: Mention) -> bool:
        """The mention names one spoken to or through ("Speaking to BBC Radio 4, …", "told
        Reuters", "in an interview with CNN", "Writing on Instagram", "in a post on X", "a notice
        filed with Iowa Workforce Development") or the outlet that saw what was said ("a memo
        seen by Wirepoint"): no organisation a description goes on to stand for."""
        root = self.doc[m.tok_start : m.tok_end].root
        head = root.head
        if root.dep_ in ("dobj", "dative"):
            return head.lemma_.lower() in HEARER_VERBS
        lemma = head.head.lemma_.lower()
        if root.dep_ == "pobj" and head.lower_ == "on":
            return lemma in SPEECH_VERBS or lemma in MEDIUM_NOUNS
        if root.dep_ == "pobj" and head.dep_ == "agent":  # "a memo seen by Wirepoint"
            return lemma in _OUTLET_VERBS
        if root.dep_ != "pobj" or head.lower_ not in ("to", "with"):
            return False
        return lemma in _ADDRESSING_VERBS or (
            head.lower_ == "to" and (lemma in SPEECH_VERBS or lemma in HEARER_VERBS)
        )

    def _only_somewhere(self, idx: int) -> bool:
        """Every mention of the organisation is where something is or goes ("all winter sailings
        to Fair Isle"): a place the NER took for one, not what "the company" stands for."""
        if idx in self._somewhere:
            return self._somewhere[idx]
        roots = [self.doc[m.tok_start : m.tok_end].root for m in self._mentions_of.get(idx, ())]
        self._somewhere[idx] = all(
            r.dep_ == "pobj"
            and r.head.lower_ in _PLACE_PREPOSITIONS
            and r.head.head.lower_ != "according"  # "according to the National Golf Foundation"
            and not at_a_role(r.head)  # "Analysts at Morgan Stanley": where they work
            for r in roots
        )
        return self._somewhere[idx]

    def _its_own(self, m: Mention) -> bool:
        """A name "its" owns ("In its twice-yearly World Outlook, the body …"): a thing of an
        organisation, not one."""
        root = self.doc[m.tok_start : m.tok_end].root
        return any(c.dep_ == "poss" and c.lower_ == "its" for c in root.children)

    def _credit_line(self, m: Mention) -> bool:
        """The mention stands in a short line with no verb: a byline's outlet ("The
        Gazette-Ledger" under "By Marcus Feld") or a credit, not an organisation of the story."""
        sent = self.doc[m.tok_start].sent
        return len(sent) <= _CREDIT_LINE_TOKENS and not any(t.pos_ in ("VERB", "AUX") for t in sent)

    def _set_off_before_its_verb(self, subject) -> list | None:
        """The tokens of the organisation's name that commas set off right before the verb
        whose subject ``subject`` is ("The haulage firm that employed Mr. Shaw, Westmoor
        Aggregates, said", the parser hanging the name on Mr. Shaw), else None."""
        verb, doc, te = subject.head, self.doc, self.index.token_entity
        if subject.dep_ != "nsubj" or verb.i < subject.i + 4 or doc[verb.i - 1].text != ",":
            return None
        idx = te.get(verb.i - 2)
        if idx is None or self._type(idx) != "ORG":
            return None
        start = verb.i - 2
        while start > subject.i + 1 and te.get(start - 1) == idx:
            start -= 1
        return list(doc[start : verb.i - 1]) if doc[start - 1].text == "," else None

    def _same_description(self, tok):
        """The nearest earlier "the <noun>" with ``tok``'s noun, outside quotations; None when
        there is none."""
        t = self._same_noun_before(tok)
        return t if t is not None and any(c.lower_ == "the" for c in t.children) else None

    def _epithet_next(self, tok, recent: Recent) -> bool:
        """``tok`` heads "the" and a party's or body's role in the paragraph after the one the
        speaker quoted last was named in, with no one named between: another word for them
        ("Deputy First Minister Trevor Gillespie rejected it. … “…,” the DUP MLA for Strangford
        told the Belfast Telegraph")."""
        te = self.index.token_entity
        party = any(
            c.dep_ == "compound" and c.i in te and self._type(te[c.i]) in ("ORG", "NORP")
            for c in tok.children
        )
        if not party or not any(c.lower_ == "the" for c in tok.children):
            return False
        paragraphs = self.text[self.doc[recent.tok].idx : tok.idx].count("\n\n")
        return paragraphs == 1 and not self.person_named_between(recent.tok + 1, tok.i)

    def _lede(self, tok) -> bool:
        """``tok`` is in the article's first paragraph below the headline."""
        breaks = [m.start() for m in re.finditer(r"\n\s*\n", self.text[: tok.idx])]
        return len(breaks) <= 1

    def _same_noun_before(self, tok):
        """The nearest earlier noun of ``tok``'s lemma outside quotations, or None."""
        return next(self._same_nouns_before(tok), None)

    def _same_nouns_before(self, tok):
        """The earlier nouns of ``tok``'s lemma outside quotations, nearest first."""
        lemma = tok.lemma_.lower()
        for i in range(tok.i - 1, -1, -1):
            t = self.doc[i]
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and not self.in_quote[i]:
                yield t

    def _introduced_by_the_noun(self, tok) -> int | None:
        """The organisation that the nearest earlier noun of ``tok``'s lemma introducing a name
        introduces ("the Australian-Greenlandic company *Arnaq Minerals*"), outside quotations,
        however far back; None when there is none."""
        for t in self._same_nouns_before(tok):
            named = name_after_noun(t)
            idx = self.entity_of(named[-1]) if named is not None else None
            if idx is not None and self._type(idx) == "ORG":
                return idx
        return None

    def _introduced_as(self, tok):
        """The name right after the nearest earlier noun of ``tok``'s lemma, outside quotations,
        that introduces one ("Software company *Orbix*"), as a ``Span``; None when that noun
        has no name after it or there is none."""
        t = self._same_noun_before(tok)
        return name_after_noun(t) if t is not None else None

    def _a_building(self, idx: int, lemma: str) -> bool:
        """The name ends in a word for a building other than ``lemma`` ("Police said": not the
        "Police Administration Building")."""
        last = self.index.entities[idx].name.lower().split()[-1]
        return last in _BUILDINGS and last != lemma

    def _other_kind(self, idx: int, lemma: str) -> bool:
        """The organisation's name says it is another kind of organisation than ``lemma`` by its
        last word or the word before its "of" ("Neath Port Talbot Council" is no "company", the
        "Alberta Federation of Labour" no "ministry"), or does not say the kind whose names
        always do (``SAID_KINDS``), or that it is a building (``_a_building``)."""
        if self._a_building(idx, lemma):
            return True
        if lemma in _ANY_KIND:  # "the group" may be a union, a party or a charity
            return False
        words = self.index.entities[idx].name.lower().split()
        heads = {words[-1]} | {words[i - 1] for i, w in enumerate(words) if w == "of" and i}
        fits = {lemma} | ORG_NOUN_NAME_ENDS.get(lemma, frozenset())
        fits |= ORG_KIND_NAME_WORDS.get(lemma, frozenset())
        if lemma in SAID_KINDS:  # "the force" is "Eastshire Police", never "Brookside"
            return not set(words) & fits
        return any(w in ORG_NOUNS for w in heads) and not heads & fits
