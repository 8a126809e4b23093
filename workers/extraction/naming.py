"""Stage 5, speaker names: each quote's speaker mention -> a ``Speaker`` value (the fullest name
the article gives, the entity it resolves to, the mention's range), through ``coref``."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from .coref import (
    Recent,
    Resolver,
    asked_the_question,
    is_pronoun,
    name_after_noun,
    relative_antecedent,
)
from .entities import EntityIndex, noun_gender, of_a_nation, word_before_a_given_name
from .lexicon import (
    AFFILIATE_NOUNS,
    AFFILIATE_PREPS,
    BULLETS,
    FEMALE_PRONOUNS,
    KIN_NOUNS,
    MALE_PRONOUNS,
    NAME_SMALL_WORDS,
    NEUTER_PRONOUNS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLURAL_PRONOUNS,
    RELATION_NOUNS,
    RELATIVE_PRONOUNS,
    REPRESENTING_NOUNS,
    SPOKESPEOPLE,
    TITLES,
    UNSTYLED_ROLES,
)
from .speakers import SpeakerMention
from .syntax import (
    clock_time,
    description_end,
    glued_hyphen,
    initials_in_brackets,
    is_dash,
    named_after_its_kind,
    names_a_role_inside,
    names_the_object,
    organisation_before_the_role,
    role_before_the_name,
    years_old,
)
from .view import in_dateline

_NP_DEPS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case"})
_ORGANISATIONS = frozenset({"ORG", "GPE", "FAC"})  # "A Heathrow spokesperson"
#: Nouns for an amount of what follows ("a dozen officials").
_AMOUNTS = frozenset({"dozen", "handful", "couple", "number", "host", "lot", "bunch", "score"})
#: Most tokens of a source's description, its noun included ("People familiar with the matter").
_UNNAMED_WINDOW = 160  # tokens: how far an unnamed speaker's he/she reaches


@dataclass(frozen=True)
class Speaker:
    """A quote's speaker: name, entity index (None when no entity is meant), the character
    range of the mention and the organisation it speaks for (name, entity index)."""

    name: str
    entity: int | None
    start: int
    end: int
    affiliation: tuple[str, int | None] | None = None


def name_speakers(
    resolver: Resolver,
    index: EntityIndex,
    mentions: tuple[SpeakerMention | None, ...],
    speech: tuple[bool, ...] | None = None,
) -> tuple[tuple[Speaker | None, ...], Counter]:
    """(resolver, entities, each quote's speaker mention in text order, whether each is
    speech) -> each quote's ``Speaker`` (None when nobody can be named) and how many quotes
    each entity speaks.

    The speaker named last helps resolve the next pronoun or bare title (``Recent``); a
    he/she right after a speaker no name stands for is that speaker (``_still_unnamed``); what
    no one said ("Neither side claimed a breakthrough") has no speaker.
    """
    speech = speech if speech is not None else (True,) * len(mentions)
    mention_at = {t: m for m in index.mentions for t in range(m.tok_start, m.tok_end)}
    recent = Recent()
    counts: Counter = Counter()
    speakers: list[Speaker | None] = []
    unnamed: tuple[Speaker, int, str | None] | None = None
    for m, spoken in zip(mentions, speech, strict=True):
        speaker = None
        if m is not None and m.token is not None and spoken and _no_one(m.token):
            pass  # "Neither side claimed a breakthrough": nobody said it
        elif m is not None and m.token is not None:
            speaker = _still_unnamed(m.token, unnamed, resolver, index, mention_at)
            idx = None
            if speaker is None:
                speaker, idx = _speaker(m.token, resolver, index, mention_at, recent)
            if idx is not None:
                recent = Recent(entity=idx, tok=m.token.i)
                counts[idx] += 1
            unnamed = (speaker, m.token.i, _gender(m.token)) if _one_unnamed(speaker, m) else None
        elif m is not None and m.continues is not None and m.continues < len(speakers):
            speaker = speakers[m.continues]
            if speaker is not None and speaker.entity is not None:
                counts[speaker.entity] += 1
                recent = replace(recent, entity=speaker.entity)
        speakers.append(speaker)
    for n, m in enumerate(mentions):  # a quote whose words a later one repeats: its speaker
        if m is not None and m.continues is not None and m.continues > n:
            speakers[n] = speakers[m.continues]
            if speakers[n] is not None and speakers[n].entity is not None:
                counts[speakers[n].entity] += 1
    return tuple(speakers), counts


_EVERYONE = frozenset({"everyone", "everybody", "all"})


def _no_one(tok) -> bool:
    """The source is nobody: "no one", "nobody", "none of them", "neither side", "no official",
    "not everyone" (not "No 10", Downing Street)."""
    if tok.text[:1].isdigit():
        return False
    if tok.lower_ in ("nobody", "none"):
        return True
    doc = tok.doc
    return any(
        (
            c.lower_ in ("no", "neither")
            and c.dep_ in ("det", "preconj")
            and not (c.i + 1 < len(doc) and doc[c.i + 1].text[:1].isdigit())  # "A No 10 source"
        )
        or (c.lower_ == "not" and c.i == tok.i - 1 and tok.lower_ in _EVERYONE)
        for c in tok.children
    )


def _gender(tok) -> str | None:
    """The gender a he/she pronoun or a gendered noun ("the woman") gives, else None."""
    low = tok.lower_
    return "m" if low in MALE_PRONOUNS else "f" if low in FEMALE_PRONOUNS else noun_gender(low)


def _one_unnamed(speaker: Speaker | None, m: SpeakerMention) -> bool:
    """The speaker is one person no name stands for: he/she, a person noun ("the victim", an
    office in capitals: "the Prime Minister"), a relation noun with a gender ("one mother") or
    a noun described by age ("a 26-year-old graduate")."""
    tok = m.token
    lemma = tok.lemma_.lower()
    relation = lemma in RELATION_NOUNS and noun_gender(tok.lower_) is not None
    office = tok.tag_ == "NNP" and lemma in PERSON_NOUNS and not tok.ent_type_
    aged = any(c.dep_ == "amod" and years_old(c) for c in tok.children)  # "a 26-year-old
    person = (  # graduate … said"
        (tok.lower_ in MALE_PRONOUNS or tok.lower_ in FEMALE_PRONOUNS)
        or office
        or (tok.tag_ == "NN" and (lemma in PERSON_NOUNS or relation or aged))
    )
    return speaker is not None and speaker.entity is None and person


def _still_unnamed(
    tok,
    unnamed: tuple[Speaker, int, str | None] | None,
    resolver: Resolver,
    index: EntityIndex,
    mention_at: dict,
) -> Speaker | None:
    """he/she, or "the woman"/"the man", after a speaker no name stands for ("The victim, who
    has not been named, … he said … '…,' he said"; "the mother of one victim said … said the
    woman"), with no person named between them: that speaker; else None."""
    if unnamed is None:
        return None
    speaker, at, gender = unnamed
    pronoun = tok.lower_ in MALE_PRONOUNS or tok.lower_ in FEMALE_PRONOUNS
    # "a senior security official, who requested anonymity, said … The official said"
    same = _bare_definite(tok) and tok.lemma_.lower() == resolver.doc[at].lemma_.lower()
    if not pronoun and not _bare_gendered_noun(tok) and not same:
        return None
    if not pronoun and resolver.entity_of(tok) is not None:
        return None  # "said the woman, who gave her name only as Margaret": named now
    if gender not in (None, _gender(tok)) or resolver.person_named_between(at, tok.i):
        return None
    if asked_the_question(resolver.doc[at], tok):
        return None  # "Asked by the coroner whether …, he replied": not the coroner
    if tok.i - at > _UNNAMED_WINDOW:
        return None
    passing = any(a.dep_ == "relcl" for a in resolver.doc[at].ancestors)
    if passing and "\n" in resolver.text[resolver.doc[at].idx : tok.idx]:
        return None  # "a dish that one critic called “…”. ¶ She learned to cook": not the critic
    s, e = _speaker_range(tok, index, mention_at)
    return replace(speaker, start=s, end=e)


def _bare_definite(tok) -> bool:
    """ "the official": a common noun with "the" and nothing else that tells who."""
    described = [c for c in tok.children if c.dep_ not in ("det", "punct")]
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return tok.pos_ == "NOUN" and det == ["the"] and not described


def _bare_gendered_noun(tok) -> bool:
    """ "the woman", "the man": a gendered noun with "the" and nothing else that tells who."""
    described = [c for c in tok.children if c.dep_ not in ("det", "punct", "relcl")]
    det = [c.lower_ for c in tok.children if c.dep_ == "det"]
    return (
        tok.pos_ == "NOUN"
        and noun_gender(tok.lower_) is not None
        and det == ["the"]
        and (not described)
    )


def _role_before_a_name(doc, start: int, head: int) -> bool:
    """Token ``start`` is a word for a role, written in capitals before a name of two or more
    words ending at ``head`` ("Trumpeter Lionel Marchand", "Cellist Yoon-ji Park")."""
    name = doc[start + 1 : head + 1]
    return (
        len(name) >= 2
        and doc[start].pos_ in ("NOUN", "PROPN")
        and doc[start].is_title
        and not doc[start].is_stop
        and all(  # "MacAskill", "Yoon-ji"
            (t.pos_ == "PROPN" and t.text[:1].isupper())
            or (t.is_alpha and glued_hyphen(doc, t.i - 1))
            or glued_hyphen(doc, t.i)
            for t in name
        )
        and (word_before_a_given_name(doc, start) or doc[start].lower_ in UNSTYLED_ROLES)
    )


def _speaker_range(tok, index: EntityIndex, mention_at: dict) -> tuple[int, int]:
    """Character range of the speaker mention headed by ``tok``."""
    m = mention_at.get(tok.i)
    if m is None:
        for child in tok.subtree if tok.pos_ == "NOUN" else tok.children:
            if (
                (child.dep_ == "appos" or _one_of_them_named(tok, child))
                and not names_a_role_inside(child, tok)
                and not named_after_its_kind(child)  # "A spokeswoman for the app Pinwheel"
                and not initials_in_brackets(child, tok)
                and not initials_in_brackets(child, child.head)  # "an official at X (NPSC)"
                and child.i in mention_at
                and mention_at[child.i].tok_start >= child.left_edge.i  # no name's comma
                and not names_the_object(child, child.head)
                and not in_dateline(tok.doc, child.i)
            ):
                m = mention_at[child.i]
                break
    if m is not None:
        return m.start, m.end
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in _NP_DEPS:
            start = min(start, child.left_edge.i)
    start = _after_a_misread_noun(tok, start)
    if start == tok.i and start and tok.doc[start - 1].dep_ == "det" and tok.dep_ == "compound":
        start -= 1  # '"…," the email read': "the" hung on the verb the parser took for a noun
    if years_old(tok):  # "the 49-year-old", whose "the" the parser may hang on the verb
        start = min(start, tok.left_edge.i)
        before = tok.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "the" and before.head.i == tok.head.i:
            start -= 1
    owner = organisation_before_the_role(tok)
    if owner is not None:  # "A Department for Levelling Up spokesperson"
        start = owner.left_edge.i
    while start < tok.i and in_dateline(tok.doc, start):  # "KYIV (Reuters) - Ukraine's …"
        start += 1
    doc = tok.doc
    while start < tok.i and (
        clock_time(doc[start])
        or is_dash(doc[start].text)
        or _bullet(doc, start)
        or doc[start].tag_ in ("WP", "WDT")  # "what a partner at the firm told him"
    ):
        start += 1  # a live blog's "13:45 – A government source …", "- ESB Networks says"
    if _role_before_a_name(tok.doc, start, tok.i):
        start += 1  # "Trumpeter Lionel Marchand": a role, no part of the name
    end = tok.i + 1
    for child in tok.rights:
        local = child.dep_ == "nummod" and tok.lower_ == "local"  # "… Union Local 113"
        if (child.dep_ in ("compound", "flat") or local) and child.i == end:
            end += 1
    while end + 1 < len(doc) and glued_hyphen(doc, end):  # "A co-worker", which it split
        end += 2
    end = _name_going_on(tok, end)
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _name_going_on(tok, end: int) -> int:
    """The end of a name no entity holds once its "for" or "of" phrase of capitalised words
    joins it ("The Civic Initiative for the North, a local Serb association, said"): the
    body's whole name; ``end`` otherwise."""
    if tok.pos_ != "PROPN" or not tok.is_title or end >= len(tok.doc):
        return end
    prep = tok.doc[end]
    if prep.dep_ != "prep" or prep.head.i != tok.i or prep.lower_ not in ("for", "of"):
        return end
    words = list(prep.subtree)[1:]
    named = all(t.is_title or t.lower_ in NAME_SMALL_WORDS for t in words)
    if not words or not named or not any(t.pos_ == "PROPN" for t in words):
        return end
    return prep.right_edge.i + 1


def _bullet(doc, i: int) -> bool:
    """Token ``i`` is the mark opening an item of a list on its own line."""
    return doc[i].text in BULLETS and (i == 0 or "\n" in doc[i - 1].text)


def _one_of_them_named(tok, child) -> bool:
    """``child`` is the name the parser joined by "and" to "One of …" that it is set off after
    ("One of the banks involved, Marlowe & Grant, confirmed": an apposition)."""
    doc = tok.doc
    return (
        child.dep_ == "conj"
        and tok.lower_ == "one"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        and child.left_edge.i > 0
        and doc[child.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" and c.i < child.i for c in tok.children)
    )


def _after_a_misread_noun(tok, start: int) -> int:
    """Where a plural speaker's phrase starts when the parser ran the article and noun of the
    phrase before it into it ("…, a move district officials say will save …": "district
    officials"; not "a dozen officials"): ``start`` otherwise."""
    doc = tok.doc
    if tok.tag_ != "NNS" or doc[start].lower_ not in ("a", "an") or start + 1 >= tok.i:
        return start
    noun = doc[start + 1]
    misread = noun.tag_ == "NN" and noun.dep_ == "compound" and noun.lower_ not in _AMOUNTS
    return noun.i + 1 if misread else start


def _joint(tok, index: EntityIndex, owner_name=lambda t: None):
    """Names of speakers joined by "and" ("Mr. Grassley and Mr. Leahy say", whatever types
    the tagger gave them, unless one is a people; "the Clinton campaign and the DNC", an
    organisation noun named by its owner through ``owner_name``), in text order, with the
    character range they span; None for a single speaker."""
    te = index.token_entity
    first: dict[str, int] = {}
    linked = False
    # "A Springbok legend and former Bulls captain": one of each's many, neither team
    some = tok.pos_ == "NOUN" and any(d.lower_ in ("a", "an", "one") for d in tok.children)
    stack = [(tok, False)]
    last = tok.i
    while stack:
        t, via_conj = stack.pop()
        joined = t is tok or t.dep_ == "conj"
        owned = owner_name(t) if t.i not in te and joined else None
        if t.i in te and index.entities[te[t.i]].type == "NORP":
            return None
        office = t is not tok and t.lemma_.lower() in PERSON_NOUNS  # "… and Ruler of Dubai"
        if (t.i in te and not office) or owned is not None:
            name = owned if owned is not None else index.entities[te[t.i]].name
            first[name] = min(first.get(name, t.i), t.i)
            linked = linked or via_conj
            last = max(last, t.i)
        for c in t.children:
            if initials_in_brackets(c, t):  # "Cllr Denise Harrop (Lab, Wrenthorpe and …)"
                continue
            if c.dep_ == "conj" and _end_of_a_name_after_of(t, c, te):
                continue  # "X of Kelmouth and Eastdown Constabulary": one body, not a speaker
            if c.dep_ in ("conj", "appos") and _party_and_place(c):
                continue  # "Sen. Joaquín Archuleta-Reyes, D-Las Cruces,": his party and seat
            if some and c.dep_ == "compound":
                continue
            if c.dep_ == "compound" and (office or (t is tok and _one_role(t))):
                continue  # "the committee's Europe and Central Asia representative": a field
            if owned is None and c.dep_ in ("conj", "appos", "compound", "flat"):
                stack.append((c, via_conj or c.dep_ == "conj"))
            elif owned is not None and c.dep_ == "conj":
                stack.append((c, True))
    if len(first) < 2 or not linked:
        return None
    doc = tok.doc
    names = sorted(first, key=first.__getitem__)
    return names, (doc[tok.left_edge.i].idx, doc[last].idx + len(doc[last].text))


def _party_and_place(tok) -> bool:
    """``tok`` ends a party's initial glued by a hyphen to a place ("D-Las Cruces", "R-Texas"),
    as American reports set them after a legislator's name."""
    left = tok.left_edge
    doc = tok.doc
    return (
        left.text in ("D", "R", "I")
        and left.i + 2 <= tok.i
        and doc[left.i + 1].text == "-"
        and not left.whitespace_
        and not doc[left.i + 1].whitespace_
    )


def _one_role(tok) -> bool:
    """``tok`` is a role noun in the singular ("Fox News Vice President and … Bill Sammon"),
    whose compounds are its field, not whom some in the plural speak for ("Google and Apple
    officials")."""
    return tok.lemma_.lower() in PERSON_NOUNS and tok.tag_ in ("NN", "NNP")


def _end_of_a_name_after_of(tok, conj, te: dict[int, int]) -> bool:
    """``conj``, which the parser joined to ``tok``, ends the name of the body ``tok`` is "of"
    or "from" ("Gareth Yusuf of Kelmouth and Eastdown Constabulary": one entity)."""
    body = te.get(conj.i)
    return body is not None and any(
        te.get(o.i) == body
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("of", "from")
        for o in p.children
    )


def _relative_group(tok, index: EntityIndex, resolver: Resolver):
    """The noun a relative pronoun stands for when it joins names, itself or through the
    phrase in apposition to it ("two voters, Tyresha McClenney and Bryan Anderson, who …";
    "China and the United States, the two biggest polluters, which …"); None otherwise."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.head.dep_ != "relcl":
        return None
    ant = tok.head.head
    if ant.pos_ != "NOUN":
        return None
    ant = ant.head if ant.dep_ == "appos" else ant
    return ant if _joint(ant, index, resolver.owner_name) else None


def _antecedent_text(tok, text: str, index: EntityIndex, mention_at: dict) -> str | None:
    """The noun phrase a relative pronoun stands for ("supporters who ...", "a spokesman for the
    company, who ..."), or None."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.head.dep_ != "relcl":
        return None
    noun = relative_antecedent(tok)
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    s, e = _speaker_range(noun, index, mention_at)
    return text[s : description_end(noun, e)]


#: What "his" or "her" owns that speaks for them: people, and an office or campaign.
_A_PERSONS_OWN = (
    RELATION_NOUNS | KIN_NOUNS | SPOKESPEOPLE | REPRESENTING_NOUNS | {"office", "campaign", "team"}
) | frozenset(  # "his lawyers": Raymond Kessler's lawyers
    {"lawyer", "attorney", "solicitor", "barrister", "counsel", "aide", "adviser", "agent"}
)


def _relation_of_a_person(tok, resolver: Resolver, index: EntityIndex, end: int) -> str | None:
    """ "his family", "her lawyer", "his office" named by the person "his" or "her" stands for
    ("Jamal Hussain's family"), and "its foreign ministry" by the country or organisation "its"
    stands for ("Japan's foreign ministry"), up to character ``end``; None for any other
    description."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ not in ("his", "her", "its") or owner.i != tok.left_edge.i:
        return None
    if owner.lower_ == "its":
        ant = resolver.neuter_antecedent(owner) if tok.lemma_.lower() in ORG_NOUNS else None
        idx = resolver.resolve(ant) if ant is not None else None
        if idx is None or index.entities[idx].type not in ("GPE", "ORG"):
            return None
    elif tok.lemma_.lower() not in _A_PERSONS_OWN:
        return None
    else:
        idx = resolver.resolve(owner)
        if idx is None or index.entities[idx].type != "PERSON":
            return None
    rest = resolver.text[owner.idx + len(owner.text) : end].strip()
    return f"{index.entities[idx].name}'s {rest}"


def _speaker(tok, resolver: Resolver, index: EntityIndex, mention_at: dict, recent: Recent):
    """The speaker named by the token ``tok`` (None when nobody can be named), and the entity
    it resolves to."""
    text = resolver.text
    # the role noun ending an organisation's name describes its holder, not the organisation
    idx = resolver.resolve(tok, recent) if organisation_before_the_role(tok) is None else None
    s, e = _speaker_range(tok, index, mention_at)
    pronoun = is_pronoun(tok)
    named_by = None
    if tok.lower_ in NEUTER_PRONOUNS:
        ant = resolver.neuter_antecedent(tok)
        if ant is not None:
            idx = resolver.resolve(ant, recent)
            if idx is None:
                as_, ae = _speaker_range(ant, index, mention_at)
                named_by = resolver.owner_name(ant) or text[as_:ae]
    named = tok
    if tok.lower_ in PLURAL_PRONOUNS:
        ant = resolver.plural_antecedent(tok)
        ant_idx = resolver.resolve(ant, recent) if ant is not None else None
        grouped = ant is not None and (_joint(ant, index) or _members(ant, resolver))
        if ant is not None and (ant_idx is not None or grouped):
            named, idx = ant, ant_idx
        elif ant is not None and ant.pos_ == "NOUN":
            return _described_group(tok, ant, text, index, mention_at), None
    group = _relative_group(tok, index, resolver)
    if group is not None:
        named = group
    joint = None if is_pronoun(named) else _joint(named, index, resolver.owner_name)
    if joint is None and idx is None and not is_pronoun(named):
        members = _members(named, resolver)
        if len(members) == 1:
            idx = members[0]
        elif members:
            joint = [index.entities[i].name for i in members], (s, e)
    if joint is not None:
        names, span = joint
        if named is tok:
            s, e = span
        name, idx = " and ".join(names), None
    elif resolver.generic(idx):
        name = index.entities[idx].name if pronoun else text[s:e]
        idx = None
    elif idx is not None:
        name = index.entities[idx].name
    elif named_by is not None:
        name = named_by
    elif pronoun:
        name = _antecedent_text(tok, text, index, mention_at)
        personal = tok.lower_ in MALE_PRONOUNS or tok.lower_ in FEMALE_PRONOUNS
        described = resolver.person_description(tok) if name is None and personal else None
        if described is not None:  # "The prime minister … he said:"
            ds, de = _speaker_range(described, index, mention_at)
            name = text[ds : description_end(described, de)]
        elif name is None and personal:
            idx = resolver.protagonist(tok)
            name = index.entities[idx].name if idx is not None else None
    else:
        e = description_end(tok, e)
        if of_a_nation(tok):  # "The Frenchman": a description, not the nationality's name
            s = min(s, tok.left_edge.idx)
        own = name_after_noun(tok) if tok.lemma_.lower() in ORG_NOUNS else None
        if own is not None:  # "The charity Alzheimer's Research UK"
            e = max(e, own[-1].idx + len(own[-1].text))
        name = resolver.owner_name(tok) or _relation_of_a_person(tok, resolver, index, e)
        intro = resolver.introduced_by(tok) if name is None else None
        name = name or _handle(tok) or text[s:e]
        if intro is not None:  # "the diplomat" is "A senior European diplomat"
            first = _speaker(intro, resolver, index, mention_at, recent)[0]
            if first is not None:
                return replace(first, start=s, end=e), idx
    if name is None:
        return None, idx
    affiliation = None
    if not pronoun and joint is None:
        role = _role_noun(named, index)
        found = _affiliation(role, resolver, index) if role is not None else None
        if found is None and role is not None and _nobodys_spokesperson(role):
            found = _spoken_for(named, resolver, index)  # "… spokesman John Kirby told"
        if found is None:
            found = _organisation_written_before(named, index)
        if found is not None:
            affiliation, prep = found
            if role is named and prep is not None and idx is None:
                last = _phrase_end(prep)
                e = max(e, last.idx + len(last.text))
                held = mention_at.get(last.i)  # "for the Department for Culture, Media and
                e = max(e, held.end if held is not None else e)  # Sport": the whole name
                name = text[s:e]
                named_body = affiliation[1] is not None and affiliation[0] not in name
                named_body = named_body and _named_by_a_noun(prep, index)
                if named_body:  # "A spokesperson for the association"
                    name = (
                        f"{text[s : prep.idx + len(prep.text)]} {_with_its_article(affiliation[0])}"
                    )
            elif role is named and prep is None and idx is None and affiliation[1] is not None:
                name = _spokesperson_for(role, affiliation[0]) or name
    if idx is None:
        name = as_inside_a_sentence(name)
    return Speaker(name=name, entity=idx, start=s, end=e, affiliation=affiliation), idx


#: Words that open a description, capitalised only where it opens a sentence.
_OPENING_WORDS = frozenset(
    {"a", "an", "the", "one", "two", "three", "some", "several", "many", "another", "other"}
)


def as_inside_a_sentence(description: str) -> str:
    """A description as it reads inside a sentence: its opening article or number in lower case
    when a word in lower case follows it ("A senior official" -> "a senior official"; not "The
    Guardian", nor "One Nation")."""
    words = description.split(" ", 2)
    if len(words) < 2 or words[0].lower() not in _OPENING_WORDS or not words[0].istitle():
        return description
    if not words[1][:1].islower():
        return description
    return words[0].lower() + description[len(words[0]) :]


def _handle(tok) -> str | None:
    """The @handle a description of someone who posts gives them by ("Another account,
    @naijatechtalk, said", "A user with the handle @kpopgamerjin wrote", "Another, posting
    under the handle @twitchlifer99, wrote"), or None."""
    words = list(tok.subtree)
    after = tok.right_edge.i + 2  # a participle set off right after it
    for c in tok.head.children:
        if c.dep_ == "advcl" and c.left_edge.i == after and tok.doc[after - 1].text == ",":
            words += list(c.subtree)
    found = next((t for t in words if t.text.startswith("@") and len(t.text) > 1), None)
    return found.text if found is not None else None


def _spokesperson_for(role, body: str) -> str | None:
    """A spokesperson no name or "for" owns, named with the body found for them ("A
    spokesperson said" after "Clydevale City Council has issued a statement": "A spokesperson
    for the Clydevale City Council"; "A council spokesman": "A spokesman for the Ashcombe
    Borough Council"), or None for another role."""
    if role.lemma_.lower() not in SPOKESPEOPLE or any(c.dep_ == "prep" for c in role.rights):
        return None
    doc = role.doc
    before = doc[max(0, role.i - 8) : role.i]
    det = max((t.i for t in before if t.lower_ in ("a", "an", "the")), default=role.i - 1)
    written = [t for t in doc[det + 1 : role.i] if t.pos_ == "PROPN" or t.is_title]
    if written or any(c.pos_ == "PROPN" for c in role.subtree):
        return None  # "A Treasury spokesperson", "a Department of … spokesman": written already
    lefts = [c for c in role.lefts if c.dep_ != "compound" or c.lower_ not in body.lower()]
    if any(c.dep_ in ("compound", "poss", "amod") for c in lefts):
        return None  # "a national security spokesman": a field, not the body
    before_role = [c.text for c in lefts]
    if before_role and before_role[-1].lower() == "an":  # "An agency spokesperson": "A …"
        before_role[-1] = before_role[-1][0]
    words = " ".join([*before_role, role.text])
    return f"{words} for {_with_its_article(body)}"


def _named_by_a_noun(prep, index: EntityIndex) -> bool:
    """The preposition's object is a common noun for an organisation named elsewhere ("a
    spokesperson for the association"), no part of a name."""
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return bool(objs) and objs[0].pos_ == "NOUN" and objs[0].i not in index.token_entity


def _with_its_article(name: str) -> str:
    """An organisation's name with "the" when it ends in a common noun for a body or holds an
    "of" ("the Environment Agency", "the Association of Directors of Adult Services"; not
    "Redmere Buses", nor a university or college its place names: "Northmere University", nor
    one named after a saint: "St Luke's Hospice")."""
    words = name.split()
    schooled = words[-1].lower() in ("university", "college") and "of" not in words
    body = (words[-1].lower() in ORG_NOUNS and not schooled) or "of" in words[1:]
    # "HM Coastguard", never "the HM Coastguard"
    bare = words[0] in ("HM", "HMS") or words[0].lower() in ("st", "st.", "saint")
    return f"the {name}" if body and words[0].lower() != "the" and not bare else name


def _phrase_end(tok):
    """The last token of the phrase ``tok`` heads, without what follows a comma or describes
    its noun ("for the Fraternal Order of Police*, the union that …*")."""
    last = tok
    for child in tok.rights:
        if child.dep_ in ("appos", "relcl", "acl", "punct"):
            break
        last = _phrase_end(child)
    return last


def _members(noun, resolver: Resolver) -> list[int]:
    """The named members that stand for a group speaker (``Resolver.members``), none when the
    group is counted as more than its one named member ("Several younger artists, including
    Zinny": the artists)."""
    members = resolver.members(noun)
    return [] if len(members) == 1 and _counted_group(noun) else members


def _counted_group(noun) -> bool:
    """A plural noun counted or qualified as more than the one member it names ("Several
    younger artists, including Zinny": the artists, not Zinny alone)."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "nummod", "det") and c.lower_ in _COUNTING or c.like_num
        for c in noun.children
    )


#: Words that count a group as several ("several artists", "many residents").
_COUNTING = frozenset({"several", "many", "some", "other", "dozens", "numerous", "few", "various"})


def _described_group(tok, ant, text: str, index: EntityIndex, mention_at: dict) -> Speaker:
    """ "they" whose antecedent is a plural description ("show insiders", "McConnell aides"):
    the description speaks, and it names no entity."""
    s, e = _speaker_range(tok, index, mention_at)
    as_, ae = _speaker_range(ant, index, mention_at)
    ae = description_end(ant, ae)  # "Economists at Hollis Grant", not "Economists"
    return Speaker(name=as_inside_a_sentence(text[as_:ae]), entity=None, start=s, end=e)


def _role_noun(tok, index: EntityIndex):
    """The noun that gives a speaker's role in an organisation: the speaker's own head noun
    ("a spokesperson for …"), the noun in apposition to the name ("Jo Smithers, a
    spokesperson for …") or the one written before it ("Kremlin spokesman Dmitry Peskov"), or
    the name itself when an organisation follows it ("Mark Evans of South Wales Police");
    None when there is none."""
    if tok.lemma_.lower() in AFFILIATE_NOUNS:
        return tok
    for child in tok.children:  # "Professor Tom Hale, a neuroscientist at UCL": the one at UCL
        if child.dep_ == "appos" and child.pos_ == "NOUN" and _at_an_organisation(child, index):
            return child
    te = index.token_entity

    def typed(t, label: str) -> bool:
        return t.i in te and index.entities[te[t.i]].type == label

    # "Inspector Mark Evans of South Wales Police", "Det Con Amy Shaw of Avon and …"
    names = [tok] + [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for name in names:
        for prep in name.children:
            if (
                prep.dep_ != "prep"
                or prep.lower_ not in AFFILIATE_PREPS
                or not typed(name, "PERSON")
            ):
                continue
            doc = tok.doc
            if prep.i > 1 and doc[prep.i - 1].text == "," and doc[prep.i - 2].like_num:
                continue  # "Daniel Harper, 31, from Swindon": a home, not an organisation
            if any(c.dep_ == "pobj" and typed(c, "ORG") for c in prep.children):
                return name
    compounds = [c for c in tok.lefts if c.dep_ == "compound"]
    org_before = any(typed(c, "ORG") for c in compounds)
    for child in tok.children:
        before = child.dep_ == "compound" and child.i < tok.i
        if (child.dep_ == "appos" or before) and child.lemma_.lower() in AFFILIATE_NOUNS:
            if before and org_before and not any(True for _ in child.children):
                return tok  # "Parks Canada spokesperson Kim Weir": the parser hung the
            return child  # organisation on the name
    if org_before and any(c.lower_ in TITLES for c in compounds):
        return tok  # "Surrey RCMP Cpl. Vanessa Munn": a rank in the force named before it
    head = tok.head
    if (
        tok.dep_ == "appos"
        and head.i < tok.i
        and head.lemma_.lower() in AFFILIATE_NOUNS
        and any(c.dep_ == "poss" for c in head.children)
    ):
        return head  # "The Royal College of Nursing's general secretary, Nicola Ranger"
    return role_before_the_name(tok)  # "… police spokesperson Const. Claude Chancy"


def _affiliate_preps(noun):
    """The prepositions that may join a role noun to its organisation: its own "at", "of",
    "for" …, and those of the field it heads ("head of arrhythmia research at the Baker
    Institute")."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in AFFILIATE_PREPS:
            continue
        yield prep
        if prep.lower_ == "of":
            for field in prep.children:
                if field.dep_ == "pobj" and field.pos_ == "NOUN" and not field.ent_type_:
                    yield from (
                        p
                        for p in field.children
                        if p.dep_ == "prep" and p.lower_ in AFFILIATE_PREPS and p.lower_ != "of"
                    )


def _at_an_organisation(noun, index: EntityIndex) -> bool:
    """A noun with a named organisation after "at", "of", "for" … ("a neuroscientist at
    University College London", "head of research at Pepperstone")."""
    te, entities = index.token_entity, index.entities
    return any(
        any(o.dep_ == "pobj" and o.i in te and entities[te[o.i]].type == "ORG" for o in p.children)
        for p in _affiliate_preps(noun)
    )


def _affiliation(role, resolver: Resolver, index: EntityIndex):
    """(role noun) -> ((the organisation's name, its entity index), the preposition that
    joins it, or None) for the organisation the role belongs to ("a spokesperson for Acme",
    "an Acme spokesperson", "the ministry's spokesperson", "a Downing Street spokesperson": a
    seat of power named before the role; "A Department of Health and Social Care spokesperson",
    the name the parser made the role's head); None when no organisation is given."""
    ahead = organisation_before_the_role(role)  # "A Department of Health … spokesperson"
    owner = _organisation(ahead, resolver, index) if ahead is not None else None
    te = index.token_entity
    for child in role.children:
        # an organisation's initials the tagger read as an adjective ("An HKMA spokeswoman")
        initials = child.dep_ == "amod" and child.is_upper and child.i in index.token_entity
        if (child.dep_ in ("compound", "poss", "nmod") or initials) and child.i < role.i:
            if in_dateline(role.doc, child.i):  # "WASHINGTON (Reuters) - Treasury Secretary"
                continue
            seat = child.dep_ == "compound" and child.i in te  # a place for who sits there
            if seat and index.entities[te[child.i]].type == "LOC":
                owner = owner or (index.entities[te[child.i]].name, te[child.i])
            owner = owner or _organisation(child, resolver, index)
    for child in _affiliate_preps(role):  # "chief UK economist at Capital Economics"
        for obj in child.children:
            org = _organisation(obj, resolver, index) if obj.dep_ == "pobj" else None
            if org is not None and not (owner is not None and _place(org, index)):
                return org, child  # "the college's director for England": the college
    return (owner, None) if owner is not None else None


def _organisation_written_before(name, index: EntityIndex):
    """((its name, its entity index), None) for the organisation written right before a
    person's role in lower case and their name, however the parser hung them ("Consumer
    Council for Water chief executive Mike Keil"); None otherwise."""
    te, doc = index.token_entity, name.doc
    person = te.get(name.i)
    if person is None or index.entities[person].type != "PERSON":
        return None
    start = name.i
    while start > 0 and te.get(start - 1) == person:
        start -= 1
    k = start - 1
    while k >= 0 and start - k <= 3 and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        k -= 1
    if k < 0 or k == start - 1 or doc[start - 1].lemma_.lower() not in AFFILIATE_NOUNS:
        return None
    org = te.get(k)
    if org is None or index.entities[org].type != "ORG":
        return None
    return (index.entities[org].name, org), None


def _place(org: tuple[str, int | None], index: EntityIndex) -> bool:
    """The organisation found is a place ("for England")."""
    return org[1] is not None and index.entities[org[1]].type == "GPE"


def _nobodys_spokesperson(role) -> bool:
    """A spokesperson noun no name owns ("a spokesman", "national security spokesman", not
    "Clinton spokesman" or "a spokesman for the city")."""
    owned = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in role.lefts)
    owned = owned or any(c.dep_ == "prep" and c.lower_ in AFFILIATE_PREPS for c in role.rights)
    return role.lemma_.lower() in SPOKESPEOPLE and not owned


def _spoken_for(tok, resolver: Resolver, index: EntityIndex):
    """A spokesperson with no organisation given speaks for the organisation that is the
    subject of the sentence before ("The Scottish government said it was disappointed. A
    spokesperson said …"): ((its name, its entity index), None), or None."""
    subject = next(resolver.earlier_subjects(tok, 1), None)
    if subject is None or resolver.sent_of[subject.i] == resolver.sent_of[tok.i]:
        return None
    if subject.tag_ == "NNS":  # "Several licensed exchanges say …": many, no one's spokesperson
        return None
    org = _organisation(subject, resolver, index)
    apposed = next((c for c in subject.children if c.dep_ == "appos"), None)
    office = subject.is_title and subject.lemma_.lower() in PERSON_NOUNS  # "Health Secretary"
    if org is None and apposed is not None and not office:  # "The market supervisor, Finma,"
        org = _organisation(apposed, resolver, index)
    return (org, None) if org is not None else None


def _organisation(tok, resolver: Resolver, index: EntityIndex) -> tuple[str, int | None] | None:
    """The organisation a noun names: a named organisation or place, an organisation noun
    ("the ministry") or "its", with the entity it stands for when one is known."""
    te = index.token_entity
    if tok.i in te and index.entities[te[tok.i]].type in _ORGANISATIONS:
        return index.entities[te[tok.i]].name, te[tok.i]
    if tok.lower_ in NEUTER_PRONOUNS:  # "its chief executive"
        ant = resolver.neuter_antecedent(tok)
        if ant is not None and ant.pos_ == "PROPN" and resolver.entity_of(ant) is None:
            # "The Bloor-Annex BIA said … Its chair": a name the NER missed
            start = min([ant.i] + [c.left_edge.i for c in ant.lefts if c.dep_ == "compound"])
            return tok.doc[start : ant.i + 1].text, None
        if ant is not None and ant.pos_ == "NOUN" and ant.lemma_.lower() in ORG_NOUNS:
            return _organisation(ant, resolver, index)  # "The Scottish government … Its"
        idx = resolver.resolve(tok)
        ant = resolver.neuter_antecedent(tok) if idx is None else None
        if ant is not None:  # "The department said … Its chief, Kevin O'Connor"
            idx = resolver.resolve(ant)
        if idx is not None and index.entities[idx].type in _ORGANISATIONS:
            return index.entities[idx].name, idx
        return None
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in ORG_NOUNS:
        for named in (c for c in tok.children if c.dep_ == "appos" and c.i in te):
            if index.entities[te[named.i]].type in _ORGANISATIONS:  # "its agency, Greenhouse
                return index.entities[te[named.i]].name, te[named.i]  # Music"
        # "HORIZN's agency": a named owner's, not a body of that kind named before
        owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        idx = resolver.resolve(tok)
        if idx is not None and owner is not None:
            idx = idx if owner.lower_[:5] in index.entities[idx].name.lower() else None
        if idx is not None and index.entities[idx].type in _ORGANISATIONS:
            return index.entities[idx].name, idx
        lefts = [c for c in tok.lefts if c.dep_ != "case"]
        if tok.dep_ == "compound":  # "Tenants' union spokesperson": the owner is the union's;
            lefts += [  # "A Clinton campaign official": the Clinton campaign
                c
                for c in tok.head.lefts
                if c.i < tok.i
                and (c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN"))
            ]
        start = min([tok.i] + [c.left_edge.i for c in lefts])
        if start == tok.i:  # "Conservative group leader": a bare "group" names none
            return None
        return tok.doc[start : tok.i + 1].text, None
    return None
