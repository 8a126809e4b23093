"""Stage 2, entities: the parsed document -> its named entities with merged mentions
("Sergei Naryshkin" / "Naryshkin") in an ``EntityIndex``, not changed by later stages."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import itemgetter

from ftfy import fix_text
from spacy.attrs import DEP, IDX, LEMMA, LOWER, ORTH, POS
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Span

from .lexicon import (
    ABBREVIATED_OFFICES,
    ADMINISTRATIONS,
    AFFILIATE_NOUNS,
    AGENCY_NATIONS,
    BODY_HEADS,
    BUSINESS_NOUNS,
    BUSINESS_ROLES,
    CIVIC_NOUNS,
    COMPANY_NAME_ENDS,
    COUNTRIES,
    COURTROOM_PARTICIPLES,
    DISTINCT_ROLES,
    DISTRICT_NOUNS,
    EVENT_NOUNS,
    FACILITY_NOUNS,
    FAITH_WORDS,
    FEMALE_NAMES,
    FEMALE_NOUNS,
    FEMALE_TITLES,
    FIELD_FIRST_OFFICES,
    FIRST_NAMES,
    FOREIGN_NAME_PARTICLES,
    FOREIGN_ORG_HEADS,
    GIVEN_AFTER_FAMILY,
    GROUP_NOUNS,
    HEARER_VERBS,
    HONORIFIC_SUFFIXES,
    HONORIFICS,
    HONOURS,
    HUMAN_NOUNS,
    KIN_NOUNS,
    KINSHIP_WORDS,
    LANDSCAPE_NOUNS,
    LANGUAGES,
    LED_NOUNS,
    LEGAL_SUFFIXES,
    LINE_LABELS,
    MALE_NAMES,
    MALE_NOUNS,
    MALE_TITLES,
    MONTHS,
    MOTION_VERBS,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    NAME_SUFFIXES,
    NAMED_LABELS,
    NATIONALITY_NOUNS,
    NATURAL_FEATURES,
    NON_PERSON_NAMES,
    OFFICE_WORDS,
    ORG_NAME_ENDS,
    ORG_NAME_HEADS,
    ORG_NOUNS,
    PARTY_MEMBER_WORDS,
    PATRONYMIC_MARKERS,
    PEERAGE_TITLES,
    PERIODICAL_NOUNS,
    PERSON_NOUNS,
    PERSON_OR_BODY_NOUNS,
    PINYIN_FAMILY_FIRST,
    PLACE_NAME_ENDS,
    PLACE_OFFICES,
    PLACE_PARTS,
    PLACE_PREPS,
    PLATFORMS,
    POSTNOMINALS,
    PUBLISHING_VERBS,
    QUALIFIERS,
    RANK_INITIALS,
    REGION_NOUNS,
    REGNAL_NUMBERS,
    RELATION_NOUNS,
    ROLE_TITLES,
    SEAT_HOLDERS,
    SEATS_OF_POWER,
    SETTLEMENT_NOUNS,
    SPEECH_VERBS,
    STORM_WORDS,
    STREET_WORDS,
    SURNAME_OPENINGS,
    THING_ACRONYMS,
    TIME_RUN_ONS,
    TIME_ZONES,
    TITLE_OFFICES,
    TITLED_OFFICES,
    TITLES,
    TITLES_AFTER_A_NAME,
    TRAVEL_WORDS,
    UNISEX_NAMES,
    UNSAID_KINDS,
    UNSTYLED_ROLES,
    VESSEL_NOUNS,
    WORD_RANKS,
    WORK_NOUNS,
    WORSHIP_PLACES,
    is_recorded_first_name,
    recorded_for_both,
    recorded_name_gender,
    recorded_only_abroad,
    unaccented,
)
from .marks import nicknamed
from .memo import doc_ents
from .paragraphs import BYLINE, is_byline
from .syntax import (
    according_to_source,
    age_after,
    clock_time,
    glued_hyphen,
    named_after_its_kind,
    years_old,
)
from .view import dateline_end, in_dateline, is_mark, with_lower
from .words import common_words

#: Most words the NER may have left off the end of an organisation's name.
_NAME_RUN = 6
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_NEAR_TOKENS = 40
#: How far into an article its opening dateline's agency may be credited, in tokens.
_DATELINE_SCAN = 40
#: Most tokens from a subject to the he/she possessive that makes it a person.
_HIS_OWN_WINDOW = 12
#: A full name this recent wins a bare surname from others named only this long before it.
_RECENT_TOKENS = 300
_FORGOTTEN_TOKENS = 1500
#: A lone surname this long or longer, at most this many tokens after the full name it
#: misspells, joins that person.
_MISSPELT_MIN = 8
#: Small words that join two names rather than belong to one.
_JOINING = frozenset({"and", "&"})
_MISSPELT_NEAR = 300
#: What a mention does outweighs the label of a full name (two votes) in an entity's type.
_ROLE_WEIGHT = 2.5
_OPENING_PLACES = ("in", "at", "on")  # "At Gatwick, …", "On Ambae, a mother of four …"
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
#: Labels the NER gives things that a lone surname of a person named in full may carry.
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "FAC"})
_SURNAME_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC"}) | _THING_LABELS
#: What a person owns: an organisation, a spokesperson, a relation ("Holland's office").
_OWNED_BY_PEOPLE = ORG_NOUNS | AFFILIATE_NOUNS | RELATION_NOUNS | KIN_NOUNS
_DESCRIPTOR_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
#: What is traded of a company ("shares in Greggs"; not "his vote share in Vermont").
_TRADED = frozenset({"shares", "stock", "stocks"})
#: Titles and role words written before a name ("Dr.", "Mayor").
_TITLE_WORDS = TITLES | ROLE_TITLES
#: Members' seats written in capitals after their constituency ("Amittuq MLA Elisapi Kunnuk").
_SEATS = frozenset({"MP", "MLA", "MSP", "MS", "MPP", "MNA", "MHA", "MEP", "TD", "MHK", "MK"})
#: Nouns for a person or a relation ("wife"), and those or an affiliate ("spokesman").
_PEOPLE_NOUNS = PERSON_NOUNS | RELATION_NOUNS
_ROLE_NOUNS = _PEOPLE_NOUNS | AFFILIATE_NOUNS
#: Nouns that describe a person by role or affiliation.
_DESCRIBING_NOUNS = PERSON_NOUNS | AFFILIATE_NOUNS


@dataclass
class Mention:
    """One mention of an entity: character and token offsets."""

    start: int
    end: int
    tok_start: int
    tok_end: int
    text: str
    label: str
    key: str
    entity: int = -1
    #: The name as written without a nickname in marks, when it had one.
    formal: str | None = None


#: Labels the NER gives a country's name that are never a country's ("Uzbekistan" as ORG).
_NOT_A_COUNTRY = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "LAW", "EVENT"})

#: Beyond any character offset: where a headline's mention counts as written.
_LAST = 1 << 40


@dataclass
class Entity:
    """A real-world entity: its mentions, votes for its type, gender and descriptive words."""

    index: int
    #: Where the article's headline ends: a name first written there leads to no fuller one.
    headline_end: int = 0
    mentions: list[Mention] = field(default_factory=list)
    votes: Counter = field(default_factory=Counter)
    gender: str | None = None
    descriptors: set[str] = field(default_factory=set)
    #: Offices its abbreviated titles say it holds or held ("Sen.": senator).
    titled_offices: set[str] = field(default_factory=set)

    @property
    def type(self) -> str:
        """The label with most votes (the first of those tied, as ``most_common(1)`` gives)."""
        return max(self.votes.items(), key=itemgetter(1))[0] if self.votes else "ORG"

    @property
    def name(self) -> str:
        """The name the entity is known by (``written_name``), with mojibake repaired by ftfy
        ("FranÃ§ois Hollande" -> "François Hollande") and no space around it."""
        return _repaired(self.written_name)

    @property
    def written_name(self) -> str:
        """The fullest name the text repeats, or a fuller form of it (with middle names, or
        with leading names that a person's first mention gives: "Aung San Suu Kyi" before
        "Suu Kyi", never before a known first name, or with a second surname after it too:
        "Lucía Fernández de Córdoba Salvatierra"); otherwise its fullest name, or its commonest
        form."""
        formal = [m.formal for m in self.mentions if m.formal]
        if formal:
            return max(formal, key=len)
        forms = Counter(m.text for m in self.mentions)
        size = {m.text: m.tok_end - m.tok_start for m in self.mentions}
        first: dict[str, int] = {}
        for m in self.mentions:  # a headline's form last ("Sarr-Lefèvre weighs NBA leap")
            headline = m.start < self.headline_end
            first[m.text] = min(first.get(m.text, _LAST), m.start + _LAST * headline)
        repeated = [f for f, n in forms.items() if n >= 2 and size[f] >= 2]
        if repeated:
            best = max(repeated, key=lambda f: (size[f], forms[f], len(f)))
            person = self.type == "PERSON"
            opening = best.split()[0].lower()  # "Ben Romdhane" opens with a surname's word
            given = opening in FIRST_NAMES and opening not in SURNAME_OPENINGS
            fuller = [
                f
                for f in forms
                if size[f] > size[best]
                and (
                    _extends(f, best)
                    or (
                        f.lower().endswith(" " + best.lower())
                        and (not person or (_leads(f, first[f] < first[best]) and not given))
                    )
                    or (  # "Lucía Fernández de Córdoba Salvatierra" for "Fernández de Córdoba"
                        person
                        and not given
                        and _leads(f, first[f] < first[best])
                        and f" {best.lower()} " in f" {f.lower()} "
                    )
                )
            ]
            return max(fuller, key=lambda f: (size[f], len(f))) if fuller else best
        multi = [f for f in forms if size[f] >= 2]
        if multi:  # a dateline's capitals ("NEW YORK —") lose a tie
            return max(multi, key=lambda f: (size[f], len(f), not f.isupper()))
        return max(forms, key=lambda f: (forms[f], len(f), not f.isupper()))


def _leads(fuller: str, first: bool) -> bool:
    """A person's fuller form leads to their name: given first ("Aung San Suu Kyi" before "Suu
    Kyi"), or opening with a first name ("Margaret Abernathy-Nwosu" after a headline's "Mrs
    Abernathy-Nwosu", "Huw Llewellyn-Davies" after a headline's "Llewellyn-Davies")."""
    opening = fuller.split()[0]
    return first or opening.lower() in FIRST_NAMES or is_recorded_first_name(opening)


def acts_as_a_person(entity: Entity) -> bool:
    """He or she may stand for the entity: its type is PERSON, or its mentions act as a
    person's at least twice ("Reynolds says … his wife", however often the NER says ORG); not an
    organisation the NER once took for a person ("Writing on Instagram"), nor a place its
    mentions show to be one, however often the NER took it for a person ("the outskirts of
    Orikhiv")."""
    if entity.type in ("GPE", "LOC", "FAC"):
        return False
    return entity.type == "PERSON" or entity.votes["PERSON"] >= 2 * _ROLE_WEIGHT


@lru_cache(maxsize=4096)
def _repaired(name: str) -> str:
    """``name`` with mojibake repaired by ftfy and no space around it (a pure function of the
    string, remembered: an entity's name is asked for many times). Printable ASCII without
    "&" (an HTML entity's) holds nothing ftfy mends."""
    if name.isascii() and name.isprintable() and "&" not in name:
        return name.strip()
    return fix_text(name, uncurl_quotes=False).strip()


@dataclass
class EntityIndex:
    """Entities of a document and the token -> entity map used by speaker resolution."""

    entities: list[Entity]
    token_entity: dict[int, int]
    mentions: list[Mention]


def _stem(word: str) -> str:
    """A crude stem that makes "Syrian" and "Syria", "American" and "America" meet; a role
    that another role would meet stays whole ("official" is no "officer")."""
    low = word.lower()
    return low if low in DISTINCT_ROLES else low[:5]


def descriptor(tok) -> str:
    """The word a token adds to a person's description: its stem, joined to the stem of a word
    that makes it another office ("shadow chancellor", "former president": "shado+chanc")."""
    qualifier = next(
        (c for c in tok.children if c.dep_ in ("amod", "compound") and c.lower_ in QUALIFIERS),
        None,
    )
    stem = _stem(tok.lemma_)
    return f"{_stem(qualifier.lower_)}+{stem}" if qualifier is not None else stem


def _a_given_name_and_surname(doc, s: int, e: int) -> bool:
    """Tokens ``s:e`` are two capitalised words, the first a first name that is no English
    word ("Lester Holt")."""
    return (
        e - s == 2
        and all(t.pos_ == "PROPN" and t.is_title for t in doc[s:e])
        and doc[s].lower_ not in common_words(doc.vocab)
        and _a_first_name(doc[s])
    )


def _a_first_name(tok) -> bool:
    """``tok`` is a first name: on the project's list, or one gender-guesser records that is
    no English word ("Lester", "Darnell")."""
    return tok.lower_ in FIRST_NAMES or (
        tok.pos_ == "PROPN"
        and tok.lower_ not in common_words(tok.doc.vocab)
        and not tok.is_stop
        and is_recorded_first_name(tok.text)
    )


def _given_name_and_surname(doc, s: int, e: int) -> bool:
    """Tokens ``s`` to ``e`` open with a first name on the project's list or one gender-guesser
    records, English word or not ("Marc", "Felipe"), or with no English word before a surname
    whose ending tells a gender (``_surname_gender``), and end in no English word: a person's
    name after a role ("Executive Marc-Andre Tremblay"), not "General Services Administration"
    or "New York City"."""
    first, last = doc[s], doc[e - 1]
    english = common_words(doc.vocab)
    # "Deputy Cholpon Abdykadyrova": a surname whose ending tells a woman's or a man's
    given = is_recorded_first_name(first.text) or (
        not _english(first.lower_, english) and _surname_gender(last.lower_) is not None
    )
    return given and first.pos_ == "PROPN" and not _english(last.lower_, english)


def _named_place_after_of(doc, s: int) -> bool:
    """Token ``s`` opens the name after "the village of", "the town of", "the mayor of", "the
    Prefecture of" …: a place's name."""
    if s < 2 or doc[s - 1].lower_ != "of":
        return False
    if s > 2 and doc[s - 2].lower_ in _PLACE_HEADS and doc[s - 3].lemma_ in SETTLEMENT_NOUNS:
        return True  # "The village head of Ngablak Lor"
    the = s > 2 and doc[s - 3].lower_ == "the"
    if doc[s - 2].is_title and not doc[s - 2].is_sent_start:
        return the and doc[s - 2].lower_ in ADMINISTRATIONS  # "the Prefecture of Vienne"
    return doc[s - 2].is_lower and (
        doc[s - 2].lemma_.lower() in SETTLEMENT_NOUNS
        or (doc[s - 2].lower_ in PLACE_OFFICES and the)
    )


#: Who leads a village or a town, after its kind ("the village head of …").
_PLACE_HEADS = frozenset({"head", "chief", "headman", "elder", "leader"})


def _describing_adjective(doc, s: int, e: int) -> bool:
    """A one-word name the tagger read as an adjective describing a common noun ("the Bangladeshi
    workers"): a people or a place's adjective, never a person."""
    tok = doc[s]
    after = doc[e] if e < len(doc) else None
    if e - s == 1 and after is not None and after.lemma_ in _A_PEOPLES_OWN and after.is_lower:
        return True  # "the local Dayak language", "Quechua communities"
    return (
        e - s == 1
        and tok.tag_ == "JJ"
        and tok.dep_ == "amod"
        and tok.head.i == s + 1
        and tok.head.pos_ == "NOUN"
        and tok.head.is_lower
    )


#: What a people's name describes right before it ("the Dayak language").
_A_PEOPLES_OWN = frozenset({"language", "dialect", "tribe", "diaspora"})


def _name_pieces(doc, ent) -> list:
    """The parts of a named entity that a line break or a comma before an owner's name does not
    cross, as labelled spans, with a person's name the NER ran into another name split off
    (``_person_inside``)."""
    pieces, s = [], ent.start
    owner = _owner_after_a_comma(doc, ent)
    for i in range(ent.start, ent.end):
        if "\n" in doc[i].text or i == owner:
            if i > s:
                pieces.append(Span(doc, s, i, label=ent.label_))
            s = i + 1
    if ent.end > s:
        pieces.append(Span(doc, s, ent.end, label=ent.label_))
    return [part for piece in pieces for part in _person_inside(doc, piece)]


def _owner_after_a_comma(doc, ent) -> int | None:
    """The comma inside an organisation's (or a work's, a person's) name that the NER ran into
    the owner named after it ("reviewed by The Ledger, Glidepath's chief executive", "Raman,
    Tessellate's chief executive, said": two names), else None; not in a place's ("Washington,
    D.C.'s mayor")."""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    named = ent.label_ in ("ORG", "WORK_OF_ART", "PRODUCT", "PERSON")
    if not named or _POSSESSIVE.isdisjoint({doc[ent.end - 1].lower_, after}):
        return None
    commas = [i for i in range(ent.start + 1, ent.end - 1) if doc[i].text == ","]
    joined = any(t.lower_ in ("&", "and") for t in ent)  # "Skadden, Arps, Slate, Meagher & Flom"
    return commas[-1] if len(commas) == 1 and not joined else None


def _person_after_a_title(doc, span) -> list | None:
    """The pieces of a span that holds a capitalised title before two or three capitalised
    words, the first a known first name or no English word ("Morecambe and Lunesdale *MP*
    Lizzi Collinge"): the name as a PERSON span, and the proper nouns before the title with the
    span's label unless it is a person's; None when there is no such title."""
    english = common_words(doc.vocab)
    first = span.start if span.label_ != "PERSON" else span.start + 1  # "Chair Eleanor Voss"
    for k in range(first, span.end - 2):
        title = doc[k]
        after = doc[k + 1 : span.end]
        titled = title.lower_ in _TITLE_WORDS or title.lower_ in SEAT_HOLDERS
        opening = k == span.start or (
            # "Arcadia Chief Executive Marcus Thornbury": a title of two words
            doc[k - 1].lower_ in _TITLE_WORDS and doc[k - 1].is_title
        )
        titled = titled or (opening and title.lower_ in UNSTYLED_ROLES)
        words = [t for t in after if not glued_hyphen(doc, t.i)]  # "Asante-Boateng" is one
        if not titled or not title.text[:1].isupper() or not 2 <= len(words) <= 3:
            continue
        if glued_hyphen(doc, k + 1):  # "The Spokesman-Review"
            continue
        if not all(t.pos_ == "PROPN" and t.is_title for t in words):
            continue
        if after[0].lower_ in FIRST_NAMES or after[0].lower_ not in english:
            pieces = [Span(doc, k + 1, span.end, label="PERSON")]
            j = k
            while j > span.start and doc[j - 1].lower_ in _TITLE_WORDS and doc[j - 1].is_title:
                j -= 1  # "Arcadia Chief Executive": the organisation, not its "Chief"
            before = doc[span.start : j]
            named = not all(_english(t.lower_, english) for t in before)  # not "Managing Director"
            if span.label_ != "PERSON" and named and all(t.pos_ == "PROPN" for t in before):
                pieces.insert(0, Span(doc, span.start, j, label=span.label_))
            return pieces
    return None


def _person_after_a_nationality(doc, span) -> list | None:
    """A person's name that the NER ran a nationality into ("the Italian Renato Bellandi",
    "beating American Maya Okonkwo-Reyes", "Frenchman Mathis Lacroix-Dubois"): a capitalised
    word of a nation's form, then a known first name and one or two capitalised words (a
    hyphen may join two), as a PERSON span of the name; None otherwise."""
    start = span.start + (doc[span.start].lower_ == "the")
    nation = doc[start]
    after = [t for t in doc[start + 1 : span.end] if t.text != "-"]
    if not 2 <= len(after) <= 3 or not nation.is_title or _a_first_name(nation):
        return None
    if start and doc[start - 1].lower_ in TITLES:
        return None  # "Mr. Turki Mohammed Al-Shehri": a given name after a title
    if not (
        nation.lower_.endswith(("an", "ese", "ish", "i")) or nation.lower_ in NATIONALITY_NOUNS
    ):
        return None
    if nation.lower_ not in common_words(doc.vocab) and nation.ent_type_ != "NORP":
        return None  # "Shirwan Mahmoud Barzinji": a given name, no nation's word
    if not all(t.pos_ == "PROPN" and t.is_title for t in after) or not _a_first_name(after[0]):
        return None
    if glued_hyphen(doc, after[0].i + 1):
        return None  # "Turki Al-Shehri": a surname's particle, no given name
    return [Span(doc, start + 1, span.end, label="PERSON")]


def _person_inside(doc, span) -> list:
    """A person's name that the NER ran into an organisation's or place's: two or three
    capitalised words, the first a known first name or no English word, after a comma
    ("Bristol, Marvin Rees"), or a known first name and a surname before "of" ("Jenny Ward of
    Leicestershire Police"), or the surname of a person named in full after a possessive
    ("Maple Leafs' Matthews"), as a PERSON span beside the rest; and of a PERSON span, the
    organisation after "of" that the NER ran into a full name ("Travis Kalanick of Uber");
    the person after a title written inside the span ("Lunesdale MP Lizzi Collinge", with the
    capitalised words before it kept apart when the span is no person's); a known first name
    and a surname ending the field of a role before "of" ("Undersecretary of Mining Felipe
    Oyarzún", ``_person_after_an_offices_field``); else ``[span]``."""
    titled = (
        _person_after_a_title(doc, span)
        or _person_after_an_offices_field(doc, span)
        or _person_after_a_nationality(doc, span)
    )
    if titled is not None:
        return titled
    if span.label_ == "PERSON":
        k = next((k for k in range(span.start + 2, span.end - 1) if doc[k].lower_ == "of"), None)
        named = k is not None and all(
            t.pos_ == "PROPN" and (t.is_title or (t.is_upper and t.i > k))
            for t in (*doc[span.start : k], *doc[k + 1 : span.end])
        )
        if not named:
            return [span]
        return [Span(doc, span.start, k, label="PERSON"), Span(doc, k + 1, span.end, label="ORG")]
    k = span.end - 2  # "Maple Leafs' Matthews": the team's player
    owned = k > span.start and doc[k].lower_ in _POSSESSIVE
    if owned and doc[k + 1].lower_ in _tagged_surnames(doc):
        person = Span(doc, k + 1, span.end, label="PERSON")
        return [Span(doc, span.start, k, label=span.label_), person]
    first = next((t.i for t in span if t.lower_ not in TITLES), span.end)
    english = common_words(doc.vocab)
    given = first < span.end and _a_first_name(doc[first])
    # "Lucas Oyelaran of Hartwell Securities": a recorded first name that is an English word
    # too, before a surname that is none
    given = given or (
        first + 1 < span.end
        and doc[first].is_alpha
        and doc[first].is_title
        and not doc[first].is_stop
        and is_recorded_first_name(doc[first].text)
        and doc[first + 1].is_title
        and not _english(doc[first + 1].lower_, english)
    )
    for k in range(span.start + 1, span.end - 1):
        after = doc[k + 1 : span.end]
        named = len(after) in (2, 3) and all(t.pos_ == "PROPN" and t.is_title for t in after)
        first_name = after[0].lower_ in FIRST_NAMES or after[0].lower_ not in english
        if doc[k].text == "," and named and first_name:
            person = Span(doc, k + 1, span.end, label="PERSON")
            return [Span(doc, span.start, k, label=span.label_), person]
        known = given and k - first in (2, 3)
        if doc[k].lower_ == "of" and known and all(t.is_title for t in doc[first:k]):
            person = Span(doc, first, k, label="PERSON")
            return [person, Span(doc, k + 1, span.end, label=span.label_)]
    return [span]


def _person_after_an_offices_field(doc, span) -> list | None:
    """The name ending a span that opens with the field or the place of a role before it
    ("Undersecretary of Mining Felipe Oyarzún", "EU Ambassador to Georgia Paweł Herczyński"):
    a known first name and a surname, as the PERSON span (the field is no body); else None."""
    field = span.start > 1 and doc[span.start - 1].lower_ in ("of", "to", "for")
    before = doc[span.start - 2].lower_ if field else ""
    if not field or (before not in _ROLE_NOUNS and before not in _TITLE_WORDS):
        return None
    for k in range(span.start + 1, span.end - 1):
        after = doc[k : span.end]
        named = all(t.pos_ == "PROPN" and t.is_title for t in after)
        if named and len(after) in (2, 3) and _given_name_and_surname(doc, k, span.end):
            return [Span(doc, k, span.end, label="PERSON")]
    return None


#: A line of its own crediting a photo: "Carlos Barria / Reuters."
_PHOTO_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} / [A-Z][\w&.'’ -]{1,40}")


def _is_credit(doc, s: int, e: int, words: _Words) -> bool:
    """A photo or agency credit ("Tom Baker/Getty Images", a line "Carlos Barria / Reuters."):
    a name glued to a slash, or beside one on a short line of its own."""
    after = doc[e] if e < len(doc) else None
    before = doc[s - 1] if s > 0 else None
    if any(t.text == "/" and not doc[t.i - 1].whitespace_ for t in doc[s + 1 : e]):
        return True
    line = _short_line(doc, s, e, words)
    if line is not None and "/" in line and _PHOTO_CREDIT.fullmatch(line):
        return True
    return (after is not None and after.text.startswith("/") and not after.whitespace_) or (
        before is not None and before.text.endswith("/") and not before.whitespace_
    )


def _line_bounds(doc, s: int, e: int, most: int, breaks: tuple[int, ...]) -> tuple[int, int]:
    """The token range of the line that holds tokens ``s`` to ``e``, reaching at most ``most``
    tokens to either side (``breaks``: the tokens with a line break in them, in order)."""
    k = bisect.bisect_left(breaks, s)
    before = breaks[k - 1] if k else -1  # the last break before token ``s``
    k = bisect.bisect_left(breaks, e)
    after = breaks[k] if k < len(breaks) else len(doc)  # the first from token ``e`` on
    a = min(s, max(0, s - most, before + 1))
    b = max(e, min(len(doc), e + most, after))
    return a, b


def _short_line(doc, s: int, e: int, words: _Words, most: int = 12) -> str | None:
    """The text of the line that holds tokens ``s`` to ``e`` when it has at most ``most`` more
    tokens on either side; None for a longer one."""
    a, b = _line_bounds(doc, s, e, most, words.breaks)
    if (a > 0 and "\n" not in doc[a - 1].text) or (b < len(doc) and "\n" not in doc[b].text):
        return None
    return _text_of(words, a, b).strip()


def _text_of(words: _Words, a: int, b: int) -> str:
    """The text of tokens ``a`` to ``b`` (``doc[a:b].text``, without building the span)."""
    return words.text[words.starts[a] : words.ends[b - 1]] if b > a else ""


_NUMBERED = re.compile(r"[^\W\d]+(?:-[^\W\d]+)*-\d+")


#: First words of a line that credits the article's own staff ("(Reporting by …; Editing by
#: …)", "Photo: …", "With files from …").
_CREDIT_WORDS = ("reporting", "editing", "writing", "photo", "photos", "photograph", "compiled")
_CREDIT_OPENINGS = frozenset(_CREDIT_WORDS) | {"additional", "with", "files", "by"}
_CONTRIBUTORS = re.compile(
    r"\bcontributed (?:reporting\b|(?:to|for) (?:this|the) (?:report|story|article)\b)",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    rf"\W*(?:additional |with )?(?:{'|'.join(_CREDIT_WORDS)}|files)(?: by\b| from\b|\s*:)",
    re.IGNORECASE,
)


def _credited(doc, s: int, words: _Words) -> bool:
    """Token ``s`` lies in a short line that credits the article's staff (one that says who
    "contributed to this report" among them), in a byline, or in the line under a byline that
    says who its writers are ("Technology reporters")."""
    a, b = _line_bounds(doc, s, s, 60, words.breaks)
    text = _text_of(words, a, b)
    if _CONTRIBUTORS.search(text) and len(text) < 200:
        return True
    if words.closing_credit is not None and words.closing_credit[0] <= s < words.closing_credit[1]:
        return True
    first = next((t for t in doc[a : min(s, a + 3)] if t.is_alpha), None)
    if first is None or first.lower_ not in _CREDIT_OPENINGS:
        return _under_a_byline(doc, a, b, words)
    line = text.strip()
    if BYLINE.fullmatch(line):
        return len(line) < 100
    return len(line) < 200 and _CREDIT_LINE.match(line) is not None and not _clause(doc[a:b])


def _clause(span) -> bool:
    """The words hold a sentence's main verb ("Reporting by the BBC *found* …"); a credit has
    none ("Reporting by Kate Holton; Editing by Alison Williams")."""
    return any(t.dep_ == "ROOT" and t.tag_ in ("VBD", "VBZ", "VBP") for t in span)


def _closing_credit(last_word) -> tuple[int, int] | None:
    """The token range of the sentence that holds ``last_word`` (the document's last word) when
    it credits the article's staff, run on after the text's last sentence ("… by the Financial
    Times. Reporting by Kate Holton; Editing by Alison Williams"); else None."""
    if last_word is None:
        return None
    sent = last_word.sent
    line = sent.text.strip().lstrip("(")
    if len(line) < 200 and _CREDIT_LINE.match(line) is not None and not _clause(sent):
        return sent.start, sent.end
    return None


def _under_a_byline(doc, a: int, b: int, words: _Words) -> bool:
    """Tokens ``a`` to ``b``, a line of a few words and no verb, lie right under a byline."""
    if a < 2 or b - a > 6 or any(t.pos_ in ("VERB", "AUX") for t in doc[a:b]):
        return False
    if doc[a - 1].text.count("\n") != 1:
        return False
    pa, pb = _line_bounds(doc, a - 2, a - 1, 60, words.breaks)
    line = _text_of(words, pa, pb).strip()
    return is_byline(line)


#: Endings of a species' Latin name ("farquharsoni", "quispeae", "rex", "mexicanus").
_LATIN_ENDINGS = ("i", "ae", "us", "um", "is", "ensis", "orum", "arum", "ex")


def _genus(doc, s: int, e: int) -> bool:
    """One capitalised word opening a species' Latin name, the lower-case word after it no
    English word ("named *Dicaeum* farquharsoni", "Pristimantis quispeae"): no person."""
    after = doc[e] if e < len(doc) else None
    return (
        e - s == 1
        and after is not None
        and after.is_lower
        and after.is_alpha
        and len(after) > 3
        and after.text.endswith(_LATIN_ENDINGS)
        and after.pos_ in ("NOUN", "ADJ", "ADV", "PROPN", "X")  # not "Clinton this", "Trump opens"
        and not after.is_stop
        and after.text not in common_words(doc.vocab)
    )


def _not_a_name(doc, s: int, e: int, words: _Words | None = None) -> bool:
    """A PERSON span that names no one: a photo or agency credit, words ending in a role
    title that belongs to the name after it ("Charlotte Mayor" in "Charlotte Mayor Jennifer
    Roberts"), what family members call each other ("Mum"), an English word a hyphen glues to
    the next that is no one's surname ("Glass-Steagall", not "Bush-era"), a word numbered after
    a hyphen ("COVID-19"), one word in capitals that labels no one's turn ("as COVID cases climb",
    not "TRUMP: …"), a word labelling its line ("Verdict: False."), a plural noun with a
    plural verb ('"Volumes are down"'), one word after "a" ("a Dubliner"), an event's name
    ("Eras Tour"), words with a bracket in them ("[W]e"), an address on the web, or a name in a
    line that credits the article's staff ("(Reporting by …; Editing by Paul Simao)", a
    byline). ``words``: ``_words(doc)``, when read already."""
    words = _words(doc) if words is None else words
    # "Mum", but not "Ma" for Ma Chang-sik: the word opens or ends a person's name given
    lone_kin = (
        e - s == 1
        and doc[s].lower_ in KINSHIP_WORDS
        and not any(
            x.label_ == "PERSON" and len(x) > 1 and doc[s].text in (x[0].text, x[-1].text)
            for x in doc_ents(doc)
        )
    )
    # a word the hyphen glues to the next one ("the Glass-Steagall firewall", "Comic-Con")
    glued = (
        e - s == 1
        and e + 1 < len(doc)
        and doc[e].text == "-"
        and not doc[s].whitespace_
        and not doc[e].whitespace_
        and doc[s].lower_ in common_words(doc.vocab)
        and doc[s].lower_ not in FIRST_NAMES
        and not any(
            x.label_ == "PERSON" and len(x) > 1 and x[-1].lower_ == doc[s].lower_
            for x in doc_ents(doc)
        )
    )
    span = doc[s:e]
    numbered = any(_NUMBERED.fullmatch(t.text) for t in span)
    capitals = e - s == 1 and doc[s].is_upper and len(doc[s]) >= 3
    label = e < len(doc) and doc[e].text == ":"
    opens_its_line = s == 0 or "\n" in doc[s - 1].text
    # "Verdict: False.": a word labelling its line, no one's name
    labelling = label and opens_its_line and e - s == 1 and doc[s].lower_ in LINE_LABELS
    event = e - s > 1 and doc[e - 1].is_title and doc[e - 1].lower_ in EVENT_NOUNS
    bracketed = any(ch in "[]{}<>" for t in span for ch in t.text)  # "[W]e said"
    # "a Dubliner who has been on the bag": one of a kind, no one's name (not "a Devon river")
    indefinite = (
        e - s == 1
        and s > 0
        and doc[s - 1].lower_ in ("a", "an")
        and doc[s].dep_ not in ("compound", "amod", "nmod")
    )
    return (
        bracketed
        or indefinite
        or _genus(doc, s, e)
        or (doc[s].ent_type_ == "PERSON" and _word_opening_a_sentence(doc, s, e))
        or any(t.like_url for t in span)
        or _plural_subject(doc, s, e)
        or event
        or _is_credit(doc, s, e, words)
        or doc[e - 1].lower_ in ROLE_TITLES
        or lone_kin
        or glued
        or numbered
        or (capitals and not label)
        or labelling
        or _credited(doc, s, words)
    )


def _word_opening_a_sentence(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` is one English word that opens its sentence, no first name, written so
    nowhere else and no part of a longer name, no platform, no subject of a verb of saying and
    no owner of a role after it:
    capitalised as the sentence's or a quotation's first word, not as a name ("Success has
    brought pressure, too", "Subscribe to our newsletter", 'he wrote: "Ignore the …"')."""
    tok = doc[s]
    # or opens a quotation after a colon ('wrote on Facebook: "Queue already past …"')
    quoted = s > 1 and is_mark(doc[s - 1]) and doc[s - 2].text == ":"
    opening = tok.is_sent_start or quoted
    if e - s != 1 or not doc.has_annotation("LEMMA") or not opening or not tok.is_title:
        return False  # without lemmas no verb of saying can be told
    low = tok.lower_
    if low not in common_words(doc.vocab) or low in FIRST_NAMES or is_recorded_first_name(low):
        return False
    if low in PLATFORMS or _speaks(tok):
        return False  # "Twitter grew", "Politico reported": a name that acts
    if tok.dep_ in ("compound", "nmod") and tok.head.pos_ == "NOUN":
        return False  # "Shelter chief executive Polly Neate": whose executive
    if any(
        x.label_ == "PERSON" and len(x) > 1 and tok.text in (x[0].text, x[-1].text)
        for x in doc_ents(doc)
    ):
        return False
    return sum(t.text == tok.text for t in doc) == 1


def _plural_subject(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` is one word tagged a plural noun, the subject of a verb in the plural
    ('"Volumes are down"', "Shares were higher"): no person's name."""
    tok = doc[s]
    if e - s != 1 or tok.tag_ != "NNS" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verbs = [tok.head, *(c for c in tok.head.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs)


def _headline_end(full: str) -> int:
    """Where the headline ends: the end of a short first paragraph that the article goes on
    after ("EU fines Meta €800 million"); 0 when there is none."""
    end = full.find("\n")
    if end < 0 or end > 150 or not full[end:].strip():
        return 0
    return end


def _without_headline_words(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """PERSON mentions without the capitalised word a headline glued before a name the text
    also gives alone: a stop word ("Against Trump"), or an English word that is no known first
    name before a full name ("Rip Donald Trump", "Universe Alicia Machado" after "Miss";
    ``words.common_words``); and in a name only the headline gives, such a word before, or
    such words after, the surname of a person named in full ("Fact Check Trump", "Clinton Plan
    for Taxes")."""
    words = common_words(doc.vocab)
    persons = {m.key for m in raw if m.label == "PERSON"}
    full_names: dict[str, set[str]] = {}  # surname -> the full names that end in it
    for k in persons:
        if " " in k:
            full_names.setdefault(k.rsplit(maxsplit=1)[-1], set()).add(k)
    headline_end = _headline_end(full)
    below = {m.key for m in raw if m.start >= headline_end}
    out = []
    for m in raw:
        first = doc[m.tok_start]
        tail = m.key.split(maxsplit=1)[1:]
        # below the headline, a recorded first name before surnames is one, whatever else it
        # names ("Rosario Elizondo Tapia"; not "Rip Donald Trump")
        given = (
            m.start >= headline_end
            and bool(tail)
            and is_recorded_first_name(first.text)
            and not is_recorded_first_name(tail[0].split()[0])
        )
        english = first.lower_ in words and first.lower_ not in FIRST_NAMES and not given
        # "led by kaumātua Pita Te Hiko": after a title, the word is the name's own, unless a
        # first name follows it ("Miss Universe Alicia Machado")
        titled = m.tok_start and doc[m.tok_start - 1].lower_ in _TITLE_WORDS
        given_next = m.tok_start + 1 < m.tok_end and len(doc[m.tok_start + 1]) > 2
        given_next = given_next and is_recorded_first_name(doc[m.tok_start + 1].text)
        english = english and not (titled and not given_next)
        glued = m.start < headline_end and m.key not in below  # a name only the headline has
        if (
            m.label == "PERSON"
            and tail
            and tail[0] in persons
            and first.is_title
            and (
                first.is_stop
                or (english and tail[0].split()[0] not in NAME_PARTICLES and " " in tail[0])
                # "Double Standard Clinton And Trump", with "Hillary Clinton" given too
                or (glued and english and bool(full_names.get(tail[0], set()) - {m.key}))
            )
        ):
            start, end, text = _mention_text(doc, m.tok_start + 1, m.tok_end, full)
            m = Mention(start, end, m.tok_start + 1, m.tok_end, text, m.label, tail[0])
        elif (  # "Clinton Plan for Taxes", "Clinton Hid Past Health Problems": the surname
            m.label == "PERSON"
            and glued
            and " " in m.key
            and bool(full_names.get(m.key.split()[0], set()) - {m.key})
            and all(
                t.lower_ in words
                and t.lower_ not in persons
                and not full_names.get(t.lower_, set()) - {m.key}
                for t in doc[m.tok_start + 1 : m.tok_end]
            )
        ):
            start, end, text = _mention_text(doc, m.tok_start, m.tok_start + 1, full)
            m = Mention(start, end, m.tok_start, m.tok_start + 1, text, m.label, m.key.split()[0])
        out.append(m)
    return out


def _agency_word(doc, i: int, taken: set[int]) -> bool:
    """Token ``i`` is a capitalised English noun that makes the nation after it an agency's
    name ("Environment Canada", "Parks Canada", "Sport England"), not a part of the place,
    below the headline ("Clinton Urges Britain to …")."""
    if i < 0 or i in taken or doc[i].ent_type_ or doc[i + 1].lower_ not in AGENCY_NATIONS:
        return False
    tok = doc[i]
    before = doc[i - 1] if i else None  # not the end of a longer name ("Alzheimer's Research UK")
    longer = before is not None and (before.tag_ == "POS" or before.pos_ == "PROPN")
    return (
        tok.is_title
        and not longer
        and tok.tag_ in ("NN", "NNS", "NNP", "NNPS")
        and tok.lower_ not in PLACE_PARTS
        and "\n" not in tok.whitespace_
        and _english(tok.lower_, common_words(doc.vocab))
        and tok.idx >= _headline_end(doc.text)
    )


def _english(word: str, words) -> bool:
    """``word`` or the stem it inflects is among ``words`` ("breaks", "debunks", "worries",
    "playing")."""
    stems = [word]
    inflections = (
        ("s", ("",)),
        ("es", ("",)),
        ("ies", ("y",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    )
    for suffix, ends in inflections:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stems += [word[: -len(suffix)] + end for end in ends]
    return any(stem in words for stem in stems)


def _headline_names(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """PERSON mentions in the headline cut to the longest name in them that the text below
    gives, a full name or a full name's first or last word ("Glenn Beck Blasts Drudge": Glenn
    Beck, "Trump May Not Have Suggested": Trump, "Hillary Releasing Her …": Hillary), and none
    where the headline's capitals ran English words together, or made one look like a name,
    no such name nor word of one is among them and the text below does not write them so
    ("Will Run Ads Demanding", "Email Server", "Could Backfire")."""
    end = _headline_end(full)
    below = {m.key for m in raw if m.start >= end and m.label == "PERSON"}
    if not end or not below:
        return raw
    surnames = {k.split()[-1] for k in below if " " in k}  # of people named in full below
    first_names = {k.split()[0] for k in below if " " in k}
    named_below = {w for k in below for w in k.split()}
    words = common_words(doc.vocab)
    capitalised = _title_cased(full[:end])
    not_english = FIRST_NAMES | surnames
    one_word_names = surnames | first_names
    known_names = FIRST_NAMES | named_below
    out = []
    for m in raw:
        n = m.tok_end - m.tok_start
        if m.label != "PERSON" or m.start >= end or m.key in below:
            out.append(m)
            continue
        span = doc[m.tok_start : m.tok_end]
        english = sum(_english(t.lower_, words) and t.lower_ not in not_english for t in span)
        if not english:
            out.append(m)  # "Hillary Clinton Goes After …": a name, if not given so below
            continue
        best = None
        for i in range(m.tok_start, m.tok_end):
            for j in range(m.tok_end, i, -1):
                text = full[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])]
                key = " ".join(text.lower().replace("’", "'").split())
                known = key in one_word_names if j - i == 1 else key in below
                if known and (best is None or j - i > best[1] - best[0]):
                    best = (i, j)
        if best is not None:
            out.append(_mention(doc, best[0], best[1], full, m.label))
            continue
        # "Bradley Cooper", both words in WordNet, is a name; "Email Server" is none
        all_words = (
            english == n
            and not any(t.lower_ in known_names for t in span)
            and not _written_below(full, end, span.text, raw)
        )
        if (not capitalised and n > 1) or (not (n >= 3 and english * 2 > n) and not all_words):
            out.append(m)  # a headline in sentence case capitalises names (and its first word)
    return out


def _headline_runs(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions other than PERSON in a title-cased headline that the text below never writes
    whole, where its capitals ran a name below into the words after it ("Polyvault Halts
    Withdrawals", "Summit Ridge Health Names Dolores Whitfield-Ames"): the names below they
    hold, the longest first from the left, each with the label the text below gives it (or
    its own, for words written so below without a label); not
    a name ending in the word for a kind of organisation ("Republican Party"), nor into an
    English word alone ("Schlafly's Final Column")."""
    end = _headline_end(full)
    if not end or not _title_cased(full[:end]):
        return raw
    words = common_words(doc.vocab)
    below: dict[str, str] = {}
    for m in raw:
        if m.start >= end:
            below.setdefault(m.key, m.label)
    out = []
    for m in raw:
        kind = m.key.split()[-1] in ORG_NAME_ENDS
        if m.start >= end or m.label == "PERSON" or m.key in below or kind or " " not in m.key:
            out.append(m)
            continue
        pieces, i = [], m.tok_start
        while i < m.tok_end:
            for j in range(m.tok_end, i, -1):
                piece = _mention(doc, i, j, full, "")
                english = j - i == 1 and _english(piece.key, words)
                written = j - i > 1 and _untagged_below(full, end, piece.text, raw)
                if written or (
                    piece.key in below and not (english and piece.key not in FIRST_NAMES)
                ):
                    pieces.append(replace(piece, label=below.get(piece.key, m.label)))
                    i = j
                    break
            else:
                i += 1
        starts_one = bool(pieces) and pieces[0].tok_start == m.tok_start
        out.extend(pieces if starts_one else [m])
    return out


def _written_below(full: str, end: int, words: str, raw: list[Mention]) -> bool:
    """Whether the text after the headline (from ``end``) writes ``words`` so, whatever its
    label, other than inside another name ("Wildfire" in "BC Wildfire Service")."""
    key = " ".join(words.lower().split())
    inside = [(m.start, m.end) for m in raw if m.key != key and m.start >= end]
    return any(
        not any(ms <= s and e <= me for ms, me in inside) for s, e in _below(full, end, words)
    )


def _untagged_below(full: str, end: int, words: str, raw: list[Mention]) -> bool:
    """Whether the text after the headline (from ``end``) writes ``words`` so where no
    mention covers any of them ("Summit Ridge Health today named", not "the Missouri
    Democratic primary" with "Missouri" and "Democratic" tagged)."""
    tagged = [(m.start, m.end) for m in raw if m.start >= end]
    return any(not any(ms < e and s < me for ms, me in tagged) for s, e in _below(full, end, words))


def _below(full: str, end: int, words: str) -> Iterator[tuple[int, int]]:
    """Where the text after the headline (from ``end``) writes ``words`` so."""
    for found in re.finditer(re.escape(words), full[end:]):
        yield found.start() + end, found.end() + end


def _line_at(full: str, char: int) -> str:
    """The line of ``full`` that holds the character at ``char``."""
    start = full.rfind("\n", 0, char) + 1
    end = full.find("\n", char)
    return full[start : end if end >= 0 else len(full)]


def _title_cased(headline: str) -> bool:
    """Whether a headline capitalises most of its longer words ("Clinton Email Server Could
    Backfire"), so that capitals do not tell a name ("Taylor Swift's label rejects claims")."""
    longer = [w for w in re.findall(r"[^\W\d_]+", headline) if len(w) > 3]
    return bool(longer) and sum(w[0].isupper() for w in longer) * 2 > len(longer)


#: Types the tagger gives organisations whose names say what they are ("Brihanmumbai
#: Municipal Corporation" as a WORK_OF_ART).
_NAMED_LIKE_ORGANISATIONS = frozenset(
    {"PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP"}
)


#: Platforms whose names open the names of their services, no person's ("Instagram Live"; not
#: "Truth" or "X", words that may open a person's name).
_SERVICE_PLATFORMS = PLATFORMS - {"x", "truth", "threads"}


def _organisation_named(ent: Entity) -> bool:
    """An entity that is no person or place whatever its votes: its fullest name ends as an
    organisation's does ("Patriot Coal", "Dominion Resources"), before "of" too ("Elementary
    Teachers' Federation of Ontario"), or it opens with another language's word for a party
    or a movement ("Partido Patria", "Movimiento Raíz"), or, taken for a person, with a
    platform's name ("Instagram Live"), or only a platform's or an event's name stands for it
    ("Twitter"); no person's name holds an ampersand ("Q&A", "Marks & Spencer")."""
    fullest = max(ent.mentions, key=lambda m: m.tok_end - m.tok_start).key.split()
    keys = {m.key for m in ent.mentions}
    ampersand = ent.type == "PERSON" and any("&" in k for k in keys)
    before_of = fullest[: fullest.index("of")] if "of" in fullest[1:-1] else []
    return (
        (len(fullest) >= 2 and fullest[-1] in ORG_NAME_ENDS)
        or (bool(before_of) and before_of[-1] in ORG_NAME_ENDS)
        or (len(fullest) >= 2 and fullest[0] in FOREIGN_ORG_HEADS)  # "Partido Patria"
        or (ent.type == "PERSON" and len(fullest) >= 2 and fullest[0] in _SERVICE_PLATFORMS)
        or keys <= NON_PERSON_NAMES
        or ampersand
    )


_SCORE = re.compile(r"\d+[-–]\d+(?:\(\d+\)?)?")  # "1-0", a set's "7-6(5)"
_SCORE_PIECE = re.compile(r"\d+(?:\(\d+\)?)?")  # "6", a tiebreak's "7(5"


def _without_score(doc, s: int, e: int) -> int:
    """Where a name ends without the score the NER ran into it ("Nottingham Forest 1-0", "Aoi
    Nakamura 6-7(5")."""
    k = e
    while k > s and (
        _SCORE_PIECE.fullmatch(doc[k - 1].text)
        or doc[k - 1].text in ("-", "–")
        or _SCORE.fullmatch(doc[k - 1].text)
    ):
        k -= 1  # "84–81" may be one token
    if k == e:
        return e
    return k if k > s and _SCORE.fullmatch(doc[k:e].text.replace(" ", "")) else e


def _hyphenated_surname(doc, s: int, e: int) -> bool:
    """Tokens ``s`` to ``e`` end in a surname whose last part is a title's word after a hyphen,
    after a given name or as the end of such a name ("Vikram Malhotra-Sen" … "Malhotra-Sen
    said"; not "Comic-Con")."""
    if e - s < 3 or not glued_hyphen(doc, e - 2):
        return False
    text = doc[s:e].text
    return e - s > 3 or any(
        ent.label_ == "PERSON" and len(ent) > e - s and ent.text.endswith(" " + text)
        for ent in doc_ents(doc)
    )


def _burmese_honorific(doc, s: int, e: int) -> bool:
    """Token ``s`` is a Burmese honorific ("U", "Ko", "Ma") before a name of three or more
    words without hyphens ("Ko Aung Myint Thu", "U Than Win Maung"; not "Ma Ying-jeou")."""
    rest = doc[s + 1 : e]
    return (
        doc[s].text in _BURMESE_HONORIFICS
        and len(rest) >= 3
        and all(t.is_title and t.is_alpha for t in rest)
    )


#: Burmese honorifics for a man ("U", "Ko") or a young woman ("Ma"); "Daw" is in the titles.
_BURMESE_HONORIFICS = frozenset({"U", "Ko", "Ma"})


#: Given names written shortened before another name (Mohammad, Maria).
_ABBREVIATED_GIVEN_NAMES = frozenset({"Md.", "Mohd.", "Muhd.", "Ma."})


def _honorific_that_is_a_name(doc, s: int, e: int) -> bool:
    """Token ``s`` is a title of respect that is also a name or a word ("Don Teófilo Ramos",
    "Aling Remedios Cabahug", "Mang Rolando Ebuen", "Lok Sam Vuthy") before a first name and a
    surname, maybe a regnal number after them ("Nana Afua Kobi Ntiamoah II")."""
    title = doc[s].text
    if title not in _NAME_LIKE_HONORIFICS or e - s < 3 - (title in _ONLY_HONORIFICS):
        return False  # "Aling Rosario": a given name alone after a title that is no name
    rest = doc[s + 1 : e]
    regnal = rest[-1].lower_ in NAME_SUFFIXES and len(rest) > 2  # "Fon Teke Nyamsi II"
    named = all(
        (t.is_title and t.is_alpha) or glued_hyphen(doc, t.i)  # "Ampofo-Twum"
        for t in (rest[:-1] if regnal else rest)
    )
    return named and (title != "Don" or is_recorded_first_name(rest[0].text))


#: Titles of respect written like names or words ("Don Teófilo", "Aling Remedios", "Mang
#: Rolando"; Khmer "Lok" and Lao "Thao" and "Nang", not "Lok Sabha" or "Da Nang"; Cameroonian
#: "Fon", Fijian "Adi"); not Ghana's "Nana", part of how a chief or a president is named ("Nana
#: Akufo-Addo").
_NAME_LIKE_HONORIFICS = frozenset(
    {"Don", "Dom", "Aling", "Mang", "Lok", "Thao", "Nang", "Fon", "Adi"}
)
_ONLY_HONORIFICS = frozenset({"Aling"})  # no one's name


def _honorific_before(doc, s: int, e: int) -> bool:
    """A title of respect that only a person's name follows comes right before token ``s``
    ("Pak", "El Hadj", a French advocate's "Me")."""
    before = doc[s - 1]
    return before.lower_ in HONORIFICS or before.text == "Me" or _two_word_honorific(doc, s - 1, e)


def _one_of_a_series(doc, s: int) -> bool:
    """Token ``s`` follows "the next", "the last" or the like: one of a series of events ("the
    next Olympiad"), no one's name."""
    return (
        s >= 2
        and doc[s - 2].lower_ == "the"
        and doc[s - 1].lower_ in _SERIES_WORDS
        and doc[s].dep_ not in ("compound", "amod", "nmod", "poss")  # "the next GOP debate"
        and doc[s].ent_type_ != "NORP"  # "the last Democrat to win Kentucky"
    )


#: Words that place one event in a series ("the next Olympiad").
_SERIES_WORDS = frozenset({"next", "last", "previous", "coming", "upcoming"})


def _owner_before_a_name(doc, s: int, e: int) -> bool:
    """Token ``s`` is a capitalised name with a possessive after it before a first name and a
    surname that is no English word or is hyphenated ("Slovenia’s Matej Kranjc" tagged as one
    name; "Finland's Aada Honkaniemi-Rask", a given name no one records): the country or team
    the person is of."""
    if s + 3 >= e:
        return False
    english = common_words(doc.vocab)
    hyphenated = s + 5 < e and glued_hyphen(doc, s + 4)  # "Tasmania's Lachlan Fitzgerald-Moore"
    given = doc[s + 2]
    return (
        doc[s].is_title
        and doc[s + 1].lower_ in _POSSESSIVE
        and (
            is_recorded_first_name(given.text)
            or (hyphenated and given.is_title and not _english(given.lower_, english))
        )
        and doc[s + 3].is_title
        and (not _english(doc[s + 3].lower_, english) or hyphenated)  # "Hollywood’s Latino Problem"
    )


def _nationality_before_a_name(doc, s: int, e: int) -> bool:
    """Token ``s`` is a word for a nation, no first name, before a first name and a surname
    and no more capitalised words ("the American Tyler Brandt")."""
    word = doc[s]
    if e - s < 3 or (s + 3 < e and doc[s + 3].is_title):
        return False
    english = common_words(doc.vocab)
    # a nation's word is an English one, or follows "the": not the given name "Shirwan"
    national = _english(word.lower_, english) or (s > 0 and doc[s - 1].lower_ == "the")
    return (
        national
        and doc[s + 2].is_title
        and word.is_title
        and word.lower_.endswith(("an", "ese", "ish"))
        and word.tag_ in ("JJ", "NNP")
        and word.lower_ not in FIRST_NAMES
        and not is_recorded_first_name(word.text)
        and is_recorded_first_name(doc[s + 1].text)
        and _surname_alone_elsewhere(doc, s + 2)  # not "Libyan Red Crescent"
    )


def _surname_alone_elsewhere(doc, i: int) -> bool:
    """The word at token ``i`` stands elsewhere in the text without a capitalised word before
    it ("said Brandt"): a surname, not the last word of a name ("the Red Crescent")."""
    word = doc[i].text
    return any(t.text == word and t.i != i and (t.i == 0 or not doc[t.i - 1].is_title) for t in doc)


def _acronym_before_a_kind(doc, s: int, e: int) -> bool:
    """Token ``s`` is an acronym before a kind in lower case and a name ("AI lab Quillon Labs",
    "UK retailer Harlow's"): the kind's field, no part of the name."""
    return (
        s + 2 < e
        and doc[s].is_upper
        and doc[s].is_alpha
        and doc[s + 1].is_lower
        and doc[s + 1].is_alpha
        and doc[s + 2].is_title
    )


def _clean_span(doc, ent) -> tuple[int, int] | None:
    """Token range of a named entity without leading determiners/titles/possessives, a time of
    day or a dateline,
    or trailing possessives, without a lower-case word before a name ("federal Securities and
    Exchange Commission", "pro-Clinton") or the kind of organisation it is ("Major exchange
    Kestrel"), and without the verb a headline's capitals glued to it
    ("Obama Says"), the words after a transcript's colon ("WALLACE: Let's start") or an unclosed
    bracket ("Institute for Fiscal Studies (IFS") or an amount ("Vantix 1.8 billion euros",
    "Corvane $"), a
    score or a conjunction after it ("Forest 1-0", "Al Ashry and") and a comma before lower-case
    words ("Politico, Democratic party"); a person's name never ends in a number."""
    s, e = ent.start, ent.end
    while s < e and (
        doc[s].lower_ in ("the", "a", "an")
        or doc[s].lower_ in TITLES
        or (doc[s].lower_ in WORD_RANKS and e - s >= 3 and _given_name_and_surname(doc, s + 1, e))
        or doc[s].lower_ in _POSSESSIVE
        or (doc[s].is_alpha and doc[s].is_lower)
        or _acronym_before_a_kind(doc, s, e)
        or _role_before_name(doc, ent, s, e)
        or _two_word_honorific(doc, s, e)
        or (clock_time(doc[s]) and s + 1 < e)  # "18:30 Takeshi Mori"
        or _nationality_before_a_name(doc, s, e)
        or _owner_before_a_name(doc, s, e)
        or (doc[s].text == "Me" and s + 2 < e)  # "Me Ouerdia Haddadi": a French advocate's title
        or _burmese_honorific(doc, s, e)
        or _honorific_that_is_a_name(doc, s, e)
    ):
        s += 1
    if _people_of_a_body(doc, s, e):
        s += 2  # "Customers of Crestline Bank", "Pilots at Sunwing Airlines": the body's name
    opening = s
    while opening > 0 and s - opening < 12 and "\n" not in doc[opening - 1].text:
        opening -= 1  # "HIROSHIMA, Nov. 20 Kyodo - The Hiroshima High Court": from its start
    dateline = dateline_end(doc, opening)
    if dateline is not None and s < dateline < e:
        s = dateline  # "STOCKHOLM - Norrvik Industrier": the place the story was filed from
        if all(t.is_stop or not t.is_alpha for t in doc[s:e]):
            return None  # "NEW HAMPSHIRE - Since": no name after the dateline
    if dateline is not None and opening < s < e < dateline and doc[s - 1].like_num:
        return None  # "Nov. 20 Kyodo -": the agency that filed it
    for k in range(s + 1, e):
        verb = _verb_in_a_name(doc[k]) and doc[k].tag_ in ("VBZ", "VBD")
        surname = doc[k].is_title and glued_hyphen(doc, k - 1)  # "Odhiambo-Were", not "-spent"
        if (verb and not surname) or doc[k].text == ":":
            e = k
            break
        if doc[k].text == "(" and not any(t.text == ")" for t in doc[k:e]):
            e = k  # "Institute for Fiscal Studies (IFS": the acronym is a mention of its own
            break
        if doc[k].like_num and k + 1 < e and doc[k + 1].pos_ in ("NOUN", "NUM"):
            e = k  # "Vantix 1.8 billion euros": an amount the NER ran into the name
            break
        if doc[k].is_currency:
            e = k  # "fines Corvane $1.8 million": the amount's sign is no part of the name
            break
    while (
        e > s
        and (
            doc[e - 1].lower_ in _POSSESSIVE
            or (
                e - s > 1
                and doc[e - 1].lower_ in TITLES
                and _title_of_the_next(doc, e)
                and not _hyphenated_surname(doc, s, e)
            )
            or (e - s > 1 and doc[e - 1].pos_ == "ADP" and doc[e - 1].is_lower)  # "Humanities at"
            or doc[e - 1].is_punct
            or doc[e - 1].pos_ == "CCONJ"  # "Donald Trump - and"
            or (e - s > 2 and doc[e - 1].lower_ in TITLES_AFTER_A_NAME)
            or (e - s > 2 and doc[e - 1].lower_ in HONORIFIC_SUFFIXES and glued_hyphen(doc, e - 2))
            or (
                e - s > 2
                and doc[e - 1].lower_ in POSTNOMINALS
                and doc[e - 1].is_upper  # "Nnamdi Obi MLA", tagged an organisation
                and (
                    doc[e - 1].ent_type_ == "PERSON"
                    or all(  # "Ciarán de Búrca SC", an organisation to the NER
                        t.pos_ == "PROPN" and (t.is_title or t.lower_ in NAME_PARTICLES)
                        for t in doc[s : e - 1]
                    )
                )
            )
        )
    ):
        e -= 1
    e = _without_score(doc, s, e)
    if ent.label_ == "PERSON" and e - s >= 2 and doc[e - 1].text in _SEATS:
        e -= 1  # "Amittuq MLA": the member's seat, no part of a name
    comma = next((k for k in range(s + 1, e) if doc[k].text == ","), None)
    after = doc[comma + 1 : e] if comma is not None else []
    if any(t.is_lower and t.is_alpha and t.lower_ not in NAME_SMALL_WORDS for t in after):
        e = comma  # "by Politico, Democratic party insiders": the words after are no name
    elif comma is not None and _subject_after_a_comma(doc, s, comma, e):
        e = comma  # "after the loss to Adelaide, Pettigrew replied": two names, two roles
    if ent.label_ == "PERSON" and e - s > 1 and doc[e - 1].like_num:
        if e - s == 2:
            return None  # one word and a number: a label ("Grade 3", "Phase 2"), no one's name
        e -= 1
    owner = next((k for k in range(s + 1, e - 1) if doc[k].lower_ in _POSSESSIVE), None)
    lower = owner is not None and any(t.is_lower and t.is_alpha for t in doc[owner + 1 : e])
    if lower and ent.label_ == "PERSON":
        e = owner  # "Obama’s agenda", "Le Pen’s niece Marion": the owner's name
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    kinds = [k for k in range(s + 1, e - 1) if doc[k].is_lower and doc[k].lemma_ in ORG_NOUNS]
    if kinds and all(t.is_title or t.is_upper for t in doc[kinds[-1] + 1 : e]):
        s = kinds[-1] + 1  # "Major exchange Kestrel", "UK charity Dogs First": the name after
    inner = [
        k for k in range(s + 1, e - 1) if doc[k].lower_ in _TITLE_WORDS or doc[k].text in _SEATS
    ]
    # "Cal Fire Capt. Erik Scott", "Fire Chief Anthony Marrone": the name; not "Jhatpat Fintech
    # Pvt Ltd", a company's
    named = doc[inner[-1] + 1 : e] if inner else []
    titled = named and all(t.pos_ == "PROPN" and t.is_title for t in named)
    if titled and not all(t.lower_ in ORG_NAME_ENDS for t in named):
        s = inner[-1] + 1
    s = _after_a_title_and_its_field(doc, _past_an_offices_field(doc, s, e), e)
    if e <= s or not any(ch.isalnum() for t in doc[s:e] for ch in t.text):
        return None
    placed = next(
        (k for k in range(s + 1, e - 1) if doc[k].lower_ == "in" and doc[k].is_lower), None
    )
    kind = placed is not None and doc[placed - 1].lower_ in ORG_NOUNS  # not "Death in Custody"
    if ent.label_ == "ORG" and kind and all(t.is_title for t in doc[placed + 1 : e]):
        e = placed  # "Harbourside Zoo in Adelaide": the place is no part of the name
    if ent.label_ == "ORG" and _name_ending_in_s(doc, e):
        e += 1  # "Sainsbury's said": no one's possessive
    return s, e


def _people_of_a_body(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` opens with a plural noun and "of" before a body's full name ("Customers of
    Crestline Bank"; not "Friends of the Earth", "Veterans of Foreign Wars"), or with people
    and "at" where they work ("Pilots at Sunwing Airlines")."""
    last = doc[e - 1]
    if e - s < 3 or not doc[s + 2].is_title or doc[s + 2].lower_ == "the":
        return False
    people = {doc[s].lemma_.lower(), doc[s].lower_.removesuffix("s")} & HUMAN_NOUNS
    staff = doc[s].tag_ in ("NNS", "NNPS") and bool(people)  # "Pilots", a proper noun's lemma
    if staff and doc[s + 1].lower_ == "at":
        return True
    return (
        e - s >= 4
        and doc[s].tag_ == "NNS"
        and doc[s + 1].lower_ == "of"
        and last.is_title
        and (last.lower_ in ORG_NAME_ENDS or last.lemma_.lower() in ORG_NOUNS)
    )


def _subject_after_a_comma(doc, s: int, comma: int, e: int) -> bool:
    """The words after the comma inside a name are the subject of a verb outside it and those
    before it hang on something else outside it ("the loss to *Adelaide, Pettigrew* replied"),
    not a place and its region or a name and its title set beside it, nor a singular name the
    parser made the subject of a plural verb ("the University of California, Berkeley
    suggest")."""

    def outer(a: int, b: int):
        return next((t for t in doc[a:b] if not a <= t.head.i < b), None)

    before, after = outer(s, comma), outer(comma + 1, e)
    return (
        before is not None
        and after is not None
        and after.dep_ in ("nsubj", "nsubjpass")
        and not (after.tag_ == "NNP" and after.head.tag_ == "VBP")  # "…, Berkeley suggest"
        and not s <= before.head.i < e
        and before.head.i != after.head.i
    )


def _peers_name(doc, s: int, e: int) -> bool:
    """A peer's or a judge's title and the one name it goes with ("Lord Ardmillan", "Lady
    Dorrian", "Baroness Chakrabarti"): the title is how they are named, not "Lord John"."""
    return (
        e - s == 2
        and doc[s].lower_ in PEERAGE_TITLES
        and doc[s].is_title
        and doc[s + 1].is_title
        and doc[s + 1].lower_ not in FIRST_NAMES
    )


def _name_ending_in_s(doc, e: int) -> bool:
    """The "'s" after an organisation's name ending at ``e`` is the name's own last letters,
    not a possessive: the name is the subject of the verb right after it, in the past or the
    present ("Sainsbury's said", "Moody's downgraded the bonds"; not "Apple's chief executive",
    "Christie's been", "Trump's going to win")."""
    if e >= len(doc) or doc[e].lower_ not in ("'s", "’s") or doc[e - 1].whitespace_:
        return False
    name, after = doc[e - 1], doc[e + 1] if e + 1 < len(doc) else None
    if after is None or doc[e].tag_ != "POS":  # not "Christie's been": "has"
        return False
    subject = name.dep_ in ("nsubj", "nsubjpass") and name.head.i == after.i
    return subject and name.ent_type_ == "ORG" and after.tag_ in ("VBD", "VBZ")


#: The words before "Sri" or "Seri" in a Malaysian honorific ("Tan Sri", "Datuk Seri").
_SRI_BEFORE = frozenset({"tan", "puan", "toh", "datuk", "dato", "dato'", "dato’", "datin"})
#: Malaysian honorifics of two words after "Datuk" or "Dato'" ("Datuk Wira", "Datin Paduka").
_DATUK_SECONDS = frozenset({"wira", "paduka", "setia", "indera"})
#: The second words of honorifics of two words, to the first words they follow.
_SECOND_HONORIFICS = {
    "sri": _SRI_BEFORE,
    "seri": _SRI_BEFORE,
    "maha": frozenset({"phra"}),
    **dict.fromkeys(_DATUK_SECONDS, _SRI_BEFORE),
    "hadj": frozenset({"el"}),  # "El Hadj Boubacar Sidibé"
    "hadji": frozenset({"el"}),
}


def _verb_in_a_name(tok) -> bool:
    """A verb that a headline's capitals glued to a name ("Obama Says"), not a surname the
    tagger read as a verb in a phrase of its own ("his lawyer, Oluwaseun Martins, through") or
    that the parser made the subject ("Tamsin Greaves walks")."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ not in (
        "npadvmod",
        "appos",
        "compound",
        "nsubj",
        "nsubjpass",
    )


#: The first words of the two-word honorifics ("tan" of "Tan Sri").
_FIRST_HONORIFICS = frozenset(f for before in _SECOND_HONORIFICS.values() for f in before)


def _two_word_honorific(doc, s: int, e: int) -> bool:
    """Token ``s`` is part of a two-word honorific before a name ("Tan Sri Lim Boon Keat",
    "Datuk Seri Haris Kamaruddin", "Phra Maha Somchai Wongsakul"; not "Sri Lanka")."""
    low = doc[s].lower_
    if low in _SECOND_HONORIFICS:
        return s > 0 and doc[s - 1].lower_ in _SECOND_HONORIFICS[low]
    return low in _FIRST_HONORIFICS and s + 1 < e and doc[s + 1].lower_ in _SECOND_HONORIFICS


def _after_a_title_and_its_field(doc, s: int, e: int) -> int:
    """Where the name starts in tokens ``s:e`` that the NER ran on from a title and the field
    of its office ("*Deputy Superintendent of Police* Ramesh Bahadur Thapa Magar"); else
    ``s``."""
    field = next((k for k in range(s + 1, e - 1) if doc[k].lower_ in ("of", "for")), None)
    if field is None or doc[field - 1].lower_ not in _TITLE_WORDS or not doc[s].is_title:
        return s
    named = _past_an_offices_field(doc, field + 1, e)
    return named if named > field + 1 else s


def _past_an_offices_field(doc, s: int, e: int) -> int:
    """Where the name starts in tokens ``s:e`` that the NER ran on from the field of the office
    before them ("High Commissioner for *Refugees Matteo Ferraris*", "Secretary for Education
    Miguel Cardona"): at a known first name after the field's words; else ``s``."""
    if doc[s].lower_ == "the" and s + 1 < e:  # the NER's span may open with it
        inner = _past_an_offices_field(doc, s + 1, e)
        return inner if inner > s + 1 else s
    at = s - 1 if s > 2 and doc[s - 1].lower_ == "the" else s  # "… for the Gaeltacht Pádraig"
    if at < 2 or doc[at - 1].lower_ not in ("for", "of"):
        return s
    of_state = at >= 4 and [t.lower_ for t in doc[at - 3 : at - 1]] == ["of", "state"]
    office = doc[at - 2].is_title and doc[at - 2].lower_ in PERSON_NOUNS  # "Leader of the …"
    if (
        doc[at - 2].lower_ not in _TITLE_WORDS
        and not office
        and not (
            of_state and doc[at - 4].lower_ in _TITLE_WORDS  # "Minister of State for Digital …"
        )
    ):
        return s
    english = common_words(doc.vocab)
    # "… for Digital Affairs Anjali" + "Deshmukh-Rao": a first name the NER left the surname of
    last = e if e < len(doc) and doc[e].ent_iob_ == "B" and doc[e].ent_type_ == "PERSON" else e - 1

    def named_from(k: int) -> bool:  # "Kasper Bøgh Nielsen"; not "Nurses United", "W. Bush"
        return doc[k].is_alpha and not _english(doc[k].lower_, english)

    first = next(
        (
            k
            for k in range(s + 1, last)
            if doc[k].lower_ in FIRST_NAMES
            or named_from(k)
            # "… Opposition R. Ashoka", not the middle initial of "Thomas B. Fordham Institute"
            or (
                re.fullmatch(r"[A-Z]\.", doc[k].text) is not None
                and named_from(k + 1)
                and not is_recorded_first_name(doc[k - 1].text)
            )
            or _before_a_chinese_name(doc, k, e)
            # "… Petroleum Resources Ezekiel Oghenekaro Ameh": a first name before a name
            # English has not
            or (is_recorded_first_name(doc[k].text) and k + 1 < last and named_from(k + 1))
        ),
        None,
    )
    given = first is not None and at < s and is_recorded_first_name(doc[first].text)
    if (
        first is not None
        and not given
        and not all(_english(t.lower_, english) for t in doc[s:first])
    ):
        return s  # "mayor of Miami-Dade County": no field's words before it
    # "Secretary for Development Bernard Chow Kwok-wai": a given name in lower case after its
    # hyphen
    named = (
        all(
            (t.pos_ == "PROPN" and (t.is_title or _capitalised(t)))  # "MacAulay" too
            or glued_hyphen(doc, t.i)
            or (t.is_lower and t.is_alpha and glued_hyphen(doc, t.i - 1))
            for t in doc[first:e]
        )
        if first is not None
        else False
    )
    return first if named else s


def _before_a_chinese_name(doc, k: int, e: int) -> bool:
    """Token ``k`` is a recorded first name opening the name ``doc[k:e]`` that ends in a
    romanised Chinese given name ("Bernard Chow Kwok-wai")."""
    return is_recorded_first_name(doc[k].text) and _romanised_given_name(doc[k:e].text.split()[-1])


def _title_of_the_next(doc, e: int) -> bool:
    """The title that is token ``e - 1`` belongs to the name after it ("Surrey RCMP Cpl. Jane
    Ho"), or is glued to the word before ("Comic-Con"): no surname ("Dr Simon Constable,
    said")."""
    glued = not doc[e - 2].whitespace_
    return glued or (e < len(doc) and doc[e].is_title and doc[e].is_alpha)


def _role_before_name(doc, ent, s: int, e: int) -> bool:
    """Token ``s`` is a role noun the NER took into a person's name ("Spokeswoman Jo Dunn
    said", "Republican Mike Pence"), or a relative's before a full name ("Grandmother Maureen
    Tilly"), not a royal or church title that is part of it ("Mother Teresa")."""
    low = doc[s].lower_
    rest = doc[s + 1 : e]
    kin = low in KIN_NOUNS and len(rest) >= 2
    titled = s > 0 and doc[s - 1].lower_ in TITLES  # "Mr Yaw Darko Mensah-Bonsu": a name
    role = low in UNSTYLED_ROLES or (
        len(rest) >= 2
        and not titled
        and (word_before_a_given_name(doc, s) or _word_opening_the_sentence(doc, s, e))
        and not _romanised_given_name(rest.text)  # "Park Jae-hoon": a family name first
        # "Yaw Darko-Mensah": one hyphenated word after it is a surname, not a given name
        and not (e == s + 4 and glued_hyphen(doc, s + 2))
    )
    # "Deputy Prime Ministers Mher Grigoryan and …": an office of two, in the plural
    role = role or (low.endswith("s") and low[:-1] in ROLE_TITLES)
    # "Model Saoirse Ní Bhriain" tagged ORG: a role before a given name and a surname
    if not (role or kin):
        return False
    named = ent.label_ == "PERSON" or (
        ent.label_ == "ORG"
        and low in PERSON_NOUNS
        and low not in TITLES  # "Justice Marguerite Ouellet": relabelled with her title below
        and low not in TITLE_OFFICES
        and e - s >= 3
        and _given_name_and_surname(doc, s + 1, e)
    )
    if not named:
        return False
    return (
        len(rest) > 0
        and all(  # "Farmer Wendy Pham-Albrecht": the surname's hyphen too, and its particles
            (t.pos_ == "PROPN" and t.text[:1].isupper())
            or glued_hyphen(doc, t.i)
            or (t.is_alpha and glued_hyphen(doc, t.i - 1))  # "Yoon-ji Park", "Hye-won"
            or (_particle(t) and s + 1 < t.i)  # "Prosecutor Gonzalo de la Serna …"
            for t in rest
        )
    )


#: Prepositions that place the list of names after them ("at Horbury, Crigglestone, …").
_LIST_PLACES = frozenset({"in", "at", "near", "across", "around", "outside"})


def _party_or_ward(doc, m: Mention) -> Mention:
    """A name the NER took for a person inside the brackets after a person's name: the party
    first, the ward or seat after it ("Cllr Alan Shield (Lib Dem, Chester-le-Street West
    Central)"); ``m`` otherwise."""
    if m.label != "PERSON":
        return m
    k = m.tok_start - 1
    while k > 0 and m.tok_start - k < 8 and doc[k].text not in ("(", ")"):
        k -= 1
    if k <= 0 or doc[k].text != "(" or doc[k - 1].ent_type_ != "PERSON":
        return m
    e = m.tok_end
    first = k == m.tok_start - 1 and e < len(doc) and doc[e].text == ","
    # not "(Mike)", a nickname, nor "(who portrayed Martin O’Malley …)"
    listed = all(t.is_title or t.text == "," or t.lower_ == "and" for t in doc[k + 1 : m.tok_start])
    later = k < m.tok_start - 1 and doc[m.tok_start - 1].text in (",", "and") and listed
    if not (first or later):
        return m
    return replace(m, label="ORG" if first else "GPE")


def _listed_with_places(doc, m: Mention, labels: dict[int, str]) -> bool:
    """A one-word person the NER found among places joined to it ("shopping centres in
    Hobart, Launceston and Devonport", "Ganjuwa, Misau and Toro local government areas"), or
    a one-word person or organisation in a long list of places after "in" or "at": one of
    those places (the mentions' ``labels`` by token say what the others are; a first name is
    no sure place: "reply Burton and Nick")."""
    if m.label not in ("PERSON", "ORG") or m.tok_end - m.tok_start != 1:
        return False
    tok = doc[m.tok_start]
    joined = [*tok.conjuncts, *(c for c in tok.head.conjuncts if tok.dep_ == "compound")]
    joined = [c for c in joined if not _a_first_name(c)]  # not "Burton and Nick" as a place
    kinds = {labels.get(c.i, c.ent_type_) for c in joined if labels.get(c.i, c.ent_type_)}
    if m.label == "PERSON" and bool(kinds) and kinds <= {"GPE", "LOC"}:
        return True  # not "Clinton, Sanders and Iowa voters"
    # "the libraries at Horbury, Crigglestone, Walton, Ryhill and Outwood": a long list placed
    # by its preposition, with a place among it, is of places whatever the NER took some for
    first = min([tok, *joined], key=lambda t: t.i)
    placed = first.dep_ == "pobj" and first.head.lower_ in _LIST_PLACES
    return placed and len(joined) >= 2 and bool(kinds & {"GPE", "LOC"})


def _seat_and_letters(doc, s: int, e: int) -> bool:
    """Tokens ``s:e`` after "the" are a seat and a member's letters ("the Aberconwy MS said",
    "the Bethnal Green MP"): a description of the member, no name."""
    return (
        e - s >= 2
        and s > 0
        and doc[s - 1].lower_ == "the"
        and _letters(doc[e - 1])
        and doc[s].lower_ not in FIRST_NAMES
    )


def _office_after_a_name(doc, s: int) -> bool:
    """Token ``s`` is an office set off after a person's name before what it is of ("Dr. Arun
    Prakash Iyer, Dean of the Kovai Government Medical College"), no name of its own."""
    office = doc[s].lower_ in PERSON_NOUNS or doc[s].lower_ in TITLED_OFFICES
    set_off = s > 1 and doc[s - 1].text == "," and doc[s - 2].ent_type_ == "PERSON"
    return office and set_off and s + 1 < len(doc) and doc[s + 1].lower_ in ("of", "for", "at")


def _lettered_person(doc, s: int, e: int) -> bool:
    """Tokens ``s:e`` are a first name, a surname and the capital letters of a member or an
    honour after them ("Nia Wyn Thomas MS", "Mary Lou McDonald TD"), whatever the NER took
    them for; or a title's ("Adv. Nkosinathi Dlamini SC")."""
    titled = s > 0 and doc[s - 1].lower_ in TITLES and doc[s - 1].is_title
    return (
        e - s >= 3
        and _letters(doc[e - 1])
        and (doc[s].lower_ in FIRST_NAMES or titled)
        and all(t.is_title or t.text == "-" or _particle(t) for t in doc[s : e - 1])
        and doc[e - 2].is_title  # "Rhys ap Gwilym KC": a particle inside
    )


def _letters_after(doc, s: int, e: int) -> bool:
    """Capitalised words ``s:e`` set off by a comma before them, with a member's or an
    honour's letters right after them that open no name ("The group's barrister, Fionnuala
    Mac Giolla Bhríde KC, put it to him"; not "a Sinn Féin TD", "Sinn Féin TD Mary Lou")."""
    after = doc[e + 1] if e + 1 < len(doc) else None
    return (
        e - s >= 2
        and s > 0
        and doc[s - 1].text == ","
        and e < len(doc)
        and doc[e].text.isupper()
        and doc[e].lower_ in POSTNOMINALS
        and (after is None or not after.is_title)
        and all(t.is_title for t in doc[s:e])
    )


def _letters(tok) -> bool:
    """``tok`` is a member's or an honour's letters in capitals after a name ("MS", "KC")."""
    return tok.is_upper and tok.lower_ in POSTNOMINALS


def _on_the_letters_after(doc, tok, e: int) -> bool:
    """``tok`` hangs on the letters right after the name that ends at ``e`` ("Romesh" on "PC"
    in "Romesh Gunawardena PC")."""
    return tok.head.i == e and _letters(doc[e])


def _postnominal(doc, s: int, e: int) -> bool:
    """Tokens ``s:e`` are letters after a name ("Judge Melbourne Inman KC"), not a name."""
    return e - s == 1 and s > 0 and doc[s].lower_ in POSTNOMINALS and doc[s - 1].pos_ == "PROPN"


def _mention_text(doc, s: int, e: int, full: str) -> tuple[int, int, str]:
    """Character range and text of tokens ``s`` to ``e``, without a possessive "’s" or the
    full stop of a sentence ending in a one-letter name ("wrote on X.")."""
    start = doc[s].idx
    end = doc[e - 1].idx + len(doc[e - 1].text)
    text = full[start:end]
    own = doc[e - 1].lower_ in ("'s", "’s") and _name_ending_in_s(doc, e - 1)
    for suffix in ("’s", "'s"):
        if text.endswith(suffix) and len(text) > 2 and not own:
            end -= 2
            text = text[:-2]
    last = doc[e - 1]
    ends = e == len(doc) or doc[e].is_space or doc[e].is_sent_start or is_mark(doc[e])
    if text.endswith(".") and len(last.text) == 2 and ends:  # "wrote on X."
        end -= 1
        text = text[:-1]
    return start, end, text


def _mention(doc, s: int, e: int, full: str, label: str) -> Mention:
    """A ``label`` mention of tokens ``s`` to ``e`` that the NER did not tag."""
    start, end, mtext = _mention_text(doc, s, e, full)
    return Mention(start, end, s, e, mtext, label, " ".join(mtext.lower().split()))


@dataclass(frozen=True)
class _Words:
    """What the scans of the whole document read of its tokens, read once (spaCy builds a
    token and its strings anew on every access): the document's text, each token's text, first
    and end character, lower-case form, part of speech and whether it is title-cased, the tokens
    with a line break, the words and lemmas written in lower case, the
    title-cased words that open no sentence, the words in capitals used as common nouns
    (``_kinds_in_capitals``) and the token range of the last sentence with words when it
    credits the article's staff (``_closing_credit``)."""

    text: str
    texts: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    lower: tuple[str, ...]
    pos: tuple[str, ...]
    title: tuple[bool, ...]
    breaks: tuple[int, ...]
    lower_words: frozenset[str]
    inner_capitals: frozenset[str]
    kinds_in_capitals: frozenset[str]
    closing_credit: tuple[int, int] | None


def _words(doc, full: str | None = None) -> _Words:
    """(doc, its text if read already) -> its ``_Words``, read as arrays of its tokens (the
    lexeme flags are ``str.istitle`` and its kin of the token's text, as spaCy sets them)."""
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, LOWER, LEMMA, POS, IDX, DEP]).tolist() if len(doc) else []
    texts = [strings[r[0]] for r in rows]
    lower = [strings[r[1]] for r in rows]
    pos = [POS_NAMES[r[3]] for r in rows]
    title = [text.istitle() for text in texts]
    starts = [r[4] for r in rows]
    ends = [a + len(text) for a, text in zip(starts, texts, strict=True)]
    breaks = [i for i, text in enumerate(texts) if "\n" in text]
    lower_words: set[str] = set()
    inner_capitals: set[str] = set()
    capitals: dict[str, list[list[str]]] = {}
    compound = strings["compound"]
    for i, (text, r) in enumerate(zip(texts, rows, strict=True)):
        if text.islower():  # the word and its lemma
            lower_words.add(text)
            if r[2]:
                lower_words.add(strings[r[2]])
        if title[i] and not _opens_sentence(doc[i]):
            inner_capitals.add(text)
        if text.isupper() and r[5] != compound:
            capitals.setdefault(text, []).append(
                [
                    c.lower_
                    for c in doc[i].children
                    if c.dep_ == "det" or (c.dep_ == "nummod" and c.lower_ == "one")
                ]
            )
    last_word = next(
        (doc[i] for i in range(len(texts) - 1, -1, -1) if not texts[i].isspace()), None
    )
    return _Words(
        doc.text if full is None else full,
        tuple(texts),
        tuple(starts),
        tuple(ends),
        tuple(lower),
        tuple(pos),
        tuple(title),
        tuple(breaks),
        frozenset(lower_words),
        frozenset(inner_capitals),
        _kinds_in_capitals(capitals),
        _closing_credit(last_word),
    )


def _kinds_in_capitals(capitals: dict[str, list[list[str]]]) -> frozenset[str]:
    """(each word in capitals heading a phrase -> the determiners of each of its phrases) ->
    the words "a", "an" or "one" makes a common noun somewhere and a determiner opens wherever
    they head a phrase ("a local GP", "one retired GP", "a super PAC" … "the super PAC"): kinds
    of person or thing, not names (not "HP", which "HP announced" names; nor "the BBC", never
    "a BBC")."""
    return frozenset(
        word
        for word, dets in capitals.items()
        if all(dets) and any(d in ("a", "an", "one") for ds in dets for d in ds)
    )


def _credited_agencies(doc) -> frozenset[str]:
    """The names in brackets in the article's opening dateline, lower case ("GUIYANG, Sept 22
    (Meridian Wire) -"): the agencies that filed it, no people."""
    found = set()
    for i in range(1, min(len(doc), _DATELINE_SCAN)):
        if doc[i - 1].text != "(" or not in_dateline(doc, i):
            continue
        end = next((k for k in range(i, min(len(doc), i + 6)) if doc[k].text == ")"), None)
        if end is not None and end > i:
            found.add(" ".join(doc[i:end].text.lower().split()))
    return frozenset(found)


def _office_abbreviated(doc, i: int) -> bool:
    """Token ``i`` is an office's abbreviation in capitals after "the" ("The CS said", a
    cabinet secretary's): a person described, no organisation's name."""
    tok = doc[i]
    return (
        i > 0 and tok.is_upper and tok.lower_ in ABBREVIATED_OFFICES and doc[i - 1].lower_ == "the"
    )


def build_entities(doc, text: str | None = None) -> EntityIndex:
    """Merge the named-entity mentions of ``doc`` into entities.

    Person names are merged by surname with the nearest full name (the preceding one when there
    is one), a first name alone with a unique full name, a hyphenated name's last part with the
    whole ("Karabakh" -> "Nagorno-Karabakh"), and equal names whatever their label; the entity's
    type is the majority label of its mentions, longer mentions weighing more.
    """
    full = doc.text if text is None else text
    ents = doc_ents(doc)  # spaCy builds them anew on every access: read them once
    scanned = _words(doc, full)
    raw, nicknames = _nicknamed(doc, full)
    taken = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    surnames = _tagged_surnames(doc)
    lone_people = {e.text.lower() for e in ents if e.label_ == "PERSON" and len(e) == 1}
    given_before = {
        ent.end: ent.start for ent in ents if _given_names_tagged_other(doc, ent)
    }  # "Marta Lidia" (ORG) + "Hernández Ramos" (PERSON): one person
    # "Dr Hyun" (PERSON) + "-woo" + "Park" (ORG): one person, a given name's second syllable
    # written in lower case after a hyphen
    syllabled = {
        b.start: a.start
        for a, b in itertools.pairwise(ents)
        if a.label_ == "PERSON" and b.start == a.end + 2 and _syllable_after(doc, a.end)
    }
    # "Dogs First" (ORG) + "UK" (GPE): one organisation's name
    suffixed = {ent.end: ent.start for ent in ents if _country_ending_the_name(doc, ent)}
    # the surnames of the names of people, whatever the NER called the phrase they are in
    pieces = {(ent.start, ent.end, ent.label_): _name_pieces(doc, ent) for ent in ents}
    named_people = {
        p[-1].lower_ for parts in pieces.values() for p in parts if p.label_ == "PERSON"
    }
    # "Hardingley" (GPE) + "and" + "District Hunt": one body's name
    areas = {ent.start: ent.start - 2 for ent in ents if _place_and_its_area(doc, ent)}
    # "St Luke's" (PERSON) + "Hospice in Sheffield": the hospice named after the saint
    sainted = {ent.start: end for ent in ents if (end := _saints_body_end(doc, ent)) is not None}
    for ent in ents:
        if ent.label_ not in NAMED_LABELS or any(t in taken for t in range(ent.start, ent.end)):
            continue
        if ent.end in suffixed or ent.end + 1 in areas:
            continue  # the organisation's, below
        if ent.start in suffixed:
            ent = Span(doc, suffixed[ent.start], ent.end, label="ORG")
        if ent.start in areas:
            ent = Span(doc, areas[ent.start], ent.end, label="ORG")
        if ent.start in sainted:
            kind = doc[sainted[ent.start] - 1].lower_
            label = "FAC" if kind in WORSHIP_PLACES else "ORG"
            ent = Span(doc, ent.start, sainted[ent.start], label=label)
            taken.update(range(ent.start, ent.end))  # not the "Hospice" the NER began on
        if given_before.get(ent.end) == ent.start or syllabled.get(ent.end + 2) == ent.start:
            continue  # the person's, below
        if ent.start in given_before:
            ent = Span(doc, given_before[ent.start], ent.end, label="PERSON")
        if ent.start in syllabled:
            ent = Span(doc, syllabled[ent.start], ent.end, label="PERSON")
        elif (
            ent.label_ == "PERSON"
            and _syllable_after(doc, ent.end)
            and not doc[ent.end + 2].ent_type_  # "Ji-hoon" + "Kim", untagged
        ):
            ent = Span(doc, ent.start, ent.end + 3, label="PERSON")
        elif ent.label_ == "PERSON" and _second_syllable_after(doc, ent.end):
            ent = Span(doc, ent.start, ent.end + 2, label="PERSON")  # "Nam Gi" + "-cheol"
        elif ent.label_ == "PERSON" and _given_name_before_a_particle(doc, ent.start):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")  # "Noor" + "van Leeuwen"
        elif (
            len(ent) == 1
            and ent.end + 1 < len(doc)
            and doc[ent.end].is_title
            and not doc[ent.end].ent_type_
            and _second_syllable_after(doc, ent.end + 1)
        ):  # "Han" (a people) + "Do" + "-gyeong": a family name and a given name
            ent = Span(doc, ent.start, ent.end + 3, label="PERSON")
        elif (
            ent.label_ == "PERSON"
            and ent.end - ent.start == 3
            and _syllable_after(doc, ent.end - 2)
            and not doc[ent.end].ent_type_  # "Jae-won" tagged, "Pak" not
        ):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        if ent.end < len(doc) and _first_name_tagged_other(doc, ent.start):
            if doc[ent.end].ent_type_ == "PERSON":
                continue  # "Gemechu" of "Gemechu Tadesse Bulcha": the person's, below
            end = _untagged_surnames_end(doc, ent.end)
            if end > ent.end and doc[end - 1].lower_ in lone_people:
                continue  # "Narayan Prasad Bhattarai", "Bhattarai" tagged: a name found below
            if end > ent.end:  # "Union organizer Felicity Baptiste-Moreau", "Felicity" a place
                ent = Span(doc, ent.start, end, label="PERSON")
        elif _body_without_its_place(doc, ent):
            # "Fife Council said" with "Council" alone tagged: the council of Fife
            ent = Span(doc, ent.start - 1, ent.end, label="ORG")
        elif (joined := _joined_to_an_untagged_name(doc, ent)) is not None:
            # "HM Revenue and Customs said" with "Customs" alone tagged: one body's name
            ent = Span(doc, joined, ent.end, label="ORG")
        elif _first_name_tagged_alone(doc, ent) or _given_names_tagged_apart(doc, ent):
            # "Dr. Austin Foday Demby-Koroma" with "Austin" alone tagged: the names after it
            ent = Span(doc, ent.start, _untagged_surnames_end(doc, ent.end), label="PERSON")
        key = (ent.start, ent.end, ent.label_)
        for piece in pieces[key] if key in pieces else _name_pieces(doc, ent):
            cleaned = _clean_span(doc, piece)
            if cleaned is None or (
                piece.label_ == "PERSON" and _not_a_name(doc, *cleaned, scanned)
            ):
                continue
            s, e = cleaned
            if piece.label_ == "PERSON" and s > 0 and _peers_name(doc, s - 1, e):
                s -= 1  # "Lord Ardmillan told jurors": the title is how he is named
            if (
                _common_plural(doc[s:e], surnames)
                or _an_offices_own(doc, s, e)
                or _postnominal(doc, s, e)
                or _capitalised_common_word(
                    Span(doc, s, e, label=piece.label_), scanned.lower_words, scanned.inner_capitals
                )
                or (e - s == 1 and doc[s].lower_ in TIME_ZONES)  # "at 07:30 BST"
                or (e - s == 1 and _office_abbreviated(doc, s))  # "The CS said"
                or (  # "CCTV footage", not "state broadcaster CCTV"
                    e - s == 1 and doc[s].lower_ in THING_ACRONYMS and not _after_its_kind(doc, s)
                )
                or (  # "a local GP", "a super PAC": a kind, no name
                    e - s == 1
                    and piece.label_ in ("ORG", "PERSON")
                    and doc[s].text in scanned.kinds_in_capitals
                )
                or _opening_participle(doc[s:e])
                or (piece.label_ == "ORG" and _office_field(doc, s, e))
                or (e - s == 1 and piece.label_ == "PERSON" and _office_after_a_name(doc, s))
                or _seat_and_letters(doc, s, e)
            ):
                continue
            label = piece.label_
            cut = _past_an_offices_field(doc, piece.start, e)
            titled = _after_a_title_and_its_field(doc, piece.start, e)
            if label != "PERSON" and e - s >= 2 and s > piece.start and s in (cut, titled):
                label = "PERSON"  # "Minister of Transport Kasper Bøgh Nielsen" tagged ORG
            # "Tasmania's Lachlan Fitzgerald-Moore" tagged ORG, "Finland's" + "Aada
            # Honkaniemi-Rask" a building: a place's person (not "Pelosi's" + "San Francisco")
            inside = s >= piece.start + 2
            owned = label != "PERSON" and (inside or label not in ("GPE", "LOC"))
            if owned and s >= 2 and _owner_before_a_name(doc, s - 2, e):
                label = "PERSON"
            if label != "PERSON" and _lettered_person(doc, s, e):
                e, label = e - 1, "PERSON"  # "Nia Wyn Thomas MS" tagged ORG: a member's letters
            if label != "PERSON" and _letters_after(doc, s, e):
                label = "PERSON"  # "Fionnuala Mac Giolla Bhríde" + "KC": a barrister
            if e - s == 1 and _one_of_a_series(doc, s):
                label = "EVENT"  # "before the next Olympiad": no person
            if e - s == 1 and doc[s].lower_ in NATIONALITY_NOUNS:
                label = "NORP"  # "the Frenchman told": a nationality, whatever the NER says
            if e - s == 1 and doc[s].lower_ in LANGUAGES and label in ("PERSON", "ORG", "GPE"):
                # "in Hindi, Tamil and Telugu": no person; "the Kazakh economy": a people's
                modifier = doc[s].dep_ in ("amod", "compound", "nmod")
                label = "NORP" if modifier else "LANGUAGE"
            if e - s == 1 and doc[s].lower_ in FAITH_WORDS:
                label = "NORP"  # "the Sikh community", "Sikh volunteers": a faith, no person
            if piece.label_ == "PERSON" and _describing_adjective(doc, s, e):
                label = "NORP"  # "Bangladeshi workers": a people, no person
            if piece.label_ in ("PERSON", "GPE", "ORG") and _named_place_after_of(doc, s):
                label = "GPE"  # "the village of Shakar Dara": a place
                if doc[s - 2].is_title and s - 2 not in taken:
                    s, label = s - 2, "ORG"  # "the Prefecture of Vienne": its administration
            titled = (doc[s].lower_ in TITLES or doc[s].lower_ in WORD_RANKS) or doc[
                s
            ].lower_ in TITLE_OFFICES
            if label == "ORG" and e - s >= 3 and titled and _given_name_and_surname(doc, s + 1, e):
                s, label = s + 1, "PERSON"  # "Justice Marguerite Ouellet", "Major Taras
                # Yaremchuk" tagged ORG
            if label == "ORG" and s > piece.start and _nationality_before_a_name(doc, s - 1, e):
                label = "PERSON"  # "the American Tyler Brandt" tagged ORG
            honoured = s > 0 and (
                _honorific_before(doc, s, e) or _honorific_that_is_a_name(doc, s - 1, e)
            )
            regnal = e - s > 2 and doc[e - 1].text in REGNAL_NUMBERS  # "… Ntiamoah II"
            named = 1 <= e - s - regnal <= 4 and all(
                t.is_title and t.pos_ == "PROPN" for t in doc[s : e - regnal]
            )
            if label != "PERSON" and honoured and named:
                label = "PERSON"  # "El Hadj Boubacar Sidibé", "Pak Hamzah Mohulaingo" tagged ORG
            if e - s == 2 and doc[s].text in ("Co", "Co.") and doc[s + 1].is_title:
                label = "GPE"  # "the size of Co Louth": an Irish county
            titled_surname = e - s == 2 and (  # "Justice Olivares" after "Carmen Olivares"
                (doc[s].lower_ in TITLES or doc[s].lower_ in RANK_INITIALS)
                or doc[s].lower_ in TITLE_OFFICES
            )
            titled_surname = titled_surname and doc[s + 1].is_title
            if label == "ORG" and titled_surname and doc[s + 1].lower_ in named_people:
                s, label = s + 1, "PERSON"  # "DC Nwachukwu" after "Ifeoma Nwachukwu"
            if e - s == 1 and _titled_first_name_before(doc, s):
                s, label = s - 1, "PERSON"  # "Commissioner Ivy Thornburg" with "Thornburg" a place
            # "Ana" + "Sofía Bermúdez, a staff attorney at …" tagged a place
            described = (
                piece.label_ in ("GPE", "LOC") and e - s == 2 and _occupation_apposed(doc[e - 1])
            )
            if piece.label_ == "PERSON" or (e - s == 1 and age_after(doc, e)) or described:
                s = _untagged_first_name(doc, s, e)  # "Harjit Sandhu, 34," tagged "Sandhu" GPE
                s = _untagged_first_name(doc, s, e)  # "Ana" + "Beatriz" + "Carvalho Mendes"
            elif e - s == 1 and _surname_after_a_first_name(doc, s):
                s, label = s - 1, "PERSON"  # "Siobhan McCartan, chair of …" tagged "McCartan" GPE
            if e - s > 1 and doc[s].lower_ in COURTROOM_PARTICIPLES and doc[s].is_sent_start:
                s += 1  # "Representing Harbourline, solicitor …": the party, not the participle
            if e - s == 1 and s > 2 and _lower_cased_given_name(doc, s - 3):
                s, label = s - 3, "PERSON"  # "Hyun-woo" + "Bae" tagged ORG
            titled = doc[s].lower_ in _TITLE_WORDS or (s and doc[s - 1].lower_ in _TITLE_WORDS)
            roled = _first_name_after_a_role(doc, s, e)  # "Union organizer Felicity" as GPE
            # "Flautist Ji-woo" + "Lee" a person, "Hye-won" + "Cho" a place: one name
            apart = piece.label_ == "PERSON" and e < len(doc) and e - s >= 3
            given = glued_hyphen(doc, e - 2) and doc[e - 1].is_lower  # "-won", "-woo"
            apart = apart and (doc[e].ent_type_ == "PERSON" or given)
            if e - s >= 2 and _kind_opening_a_sentence(doc, s, e):
                s += 1  # "Carmaker Veltra recalls …": the kind, then the name
            paired = piece.label_ != "PERSON" and _two_given_names(doc, s, e)  # "Anne-Sophie"
            if (piece.label_ == "PERSON" or titled or roled or paired) and _untagged_surname(
                doc, s, e, taken, split=titled or roled or apart
            ):
                e += 1  # "Maj. Gen. Suleiman Adow" tagged "Suleiman", "Cllr Tessa" ORG
                taken.add(e - 1)  # "Cllr Amrit" + "Sandhu": one name, not two
                label = "PERSON" if roled or paired else label
            elif piece.label_ == "PERSON" and _two_untagged_surnames(doc, e, taken):
                e += 2  # "Syed Mohsin" + "Raza Bukhari", "Rogers" + "Ainebyoona Mugisha"
                taken.update((e - 2, e - 1))
            if label == "PERSON" and e - s >= 2 and _given_name_goes_on(doc, e):
                e += 2  # "Park Seong" + "-min": a given name in two parts
            named = label == "PERSON" or (e - s == 2 and _a_first_name(doc[s]))
            if named and _untagged_second_surname(doc, s, e, taken, ents):
                e, label = e + 2, "PERSON"  # "Teodora Valdivia" + "-Marsh", "Sheryl Aiken" a people
            if piece.label_ == "ORG" and _given_name_with_particles(doc, s, e):
                label = "PERSON"  # "Bertrand du Plessis-Marsac", "Amaury de La Roche-Vernet"
            if label in ("GPE", "ORG", "LOC") and _surname_tagged_alone(doc, s, e, lone_people):
                label = "PERSON"  # "scrum-half Mathieu Laborde" a place, then "said Laborde"
            if piece.label_ == "ORG" and e - s > 1 and _kind_closing(doc[e - 1]):
                e -= 1  # "The Scottish Premiership club said": the league, and its club
            if piece.label_ == "ORG":
                s, e = _across_a_plural_possessive(doc, s, e, taken)
                s = _untagged_words_before(doc, s, e, taken)
            elif piece.label_ == "PERSON" and e - s == 1:  # "The Musicians' Collective, which"
                whole = _across_a_plural_possessive(doc, s, e, taken)
                s, e, label = (*whole, "ORG") if whole[0] < s else (s, e, label)
            if piece.label_ in ("GPE", "ORG") and e - s == 1 and _agency_word(doc, s - 1, taken):
                s, label = s - 1, "ORG"  # "Environment Canada", "Police Scotland"
            of_after = e < len(doc) and doc[e].lower_ == "of"
            if piece.label_ == "ORG" and of_after and _a_given_name_and_surname(doc, s, e):
                label = "PERSON"  # "Lester Holt of NBC News": a person and her organisation
            advocates = _for_a_cause(doc, e, taken)
            if advocates > e:  # "Brevard Parents" + "for Open Libraries": a group's name
                e, label = advocates, "ORG"
            field = _field_or_country_after_a_body(doc, s, e, taken) if label == "ORG" else e
            if field > e:  # "Bavarian State Office" + "for the Environment"
                taken.update(range(e, field))
                e = field
            run_end = _name_end_word(doc, e, taken)
            if label == "PERSON" and run_end > e + 1 and of_after:
                # "Jenny Ward" + "of Leicestershire Police": a person and her organisation
                raw.append(_mention(doc, e + 1, run_end, full, "ORG"))
            else:
                e = run_end
            if _legal_form(doc, e - 1) and label == "PERSON":
                label = "ORG"  # "Hafbrún ehf.": a company, whatever the NER took its name for
            start, end, mtext = _mention_text(doc, s, e, full)
            key = " ".join(mtext.lower().replace("’", "'").split())
            key = key.removesuffix("'s")  # "Sainsbury's said": the "Sainsbury's chief" too
            raw.append(Mention(start, end, s, e, mtext, label, key))
    raw.extend(_untagged_full_names(doc, full, raw, scanned))
    raw.extend(_untagged_surnames(doc, full, raw, scanned))
    raw.extend(_nicknames_alone(doc, full, raw, nicknames))
    raw.extend(_names_set_off_after_a_person(doc, full, raw))
    raw.extend(_untagged_organisations(doc, full, scanned))
    raw.extend(_described_organisations(doc, full))
    raw, spelt_out = _spelt_out_names(doc, full, raw)
    raw.sort(key=lambda m: m.start)
    raw = _without_headline_words(doc, full, raw)
    raw = _headline_names(doc, full, raw)
    raw = _headline_runs(doc, full, raw)
    raw = _joined_organisations(doc, full, raw)
    raw = _listed_fields(doc, full, raw)
    raw = _joined_person_names(doc, full, raw)
    raw = _overlapping_people_joined(doc, full, raw)
    named = {w for m in raw if m.label == "PERSON" for w in m.key.split()}
    raw = [_from_the_hyphenated_words_start(doc, full, m, named) for m in raw]
    raw = _foreign_organisation_names(doc, full, raw)
    raw = _names_after_a_field(doc, full, raw, scanned)
    raw = _names_with_particles(doc, full, raw)
    raw = _team_names_alone(doc, full, raw)
    raw = [
        _with_a_patronymic_marker(doc, full, _with_a_romanised_given_name(doc, full, m))
        for m in raw
    ]
    raw = _gaelic_surnames_whole(doc, full, raw)
    raw = [_with_a_regnal_number(doc, full, _with_its_last_syllable(doc, full, m)) for m in raw]
    raw = [_without_a_title_of_respect(doc, full, m) for m in raw]
    raw = _shared_surnames(doc, raw)
    lone = _lone_people(scanned, raw)
    alone = [m for m in raw if m.tok_end - m.tok_start == 1]
    speaking = {m.key for m in alone if _speaks(doc[m.tok_start])}
    people = {m.key for m in alone if _aged(doc, m) or _kin_possessor(doc, m)} | speaking
    families = {tuple(m.key.split()) for m in raw if m.label == "PERSON" and m.key.count(" ") == 1}
    english = common_words(doc.vocab)
    raw = [
        replace(m, label="PERSON")
        if _person_tagged_other(doc, m, lone)
        or _titled_word(doc, m)
        or (m.label in ("ORG", "PRODUCT", "WORK_OF_ART") and _his_own(doc, m))
        or (_aged(doc, m) and m.key not in NATIONALITY_NOUNS)  # not "The Spaniard, 22,"
        or (m.label != "NORP" and given_as_a_name(doc[m.tok_end - 1]))  # "was named as Agnes
        # McCafferty", not "identify as Democrats"
        or _kin_possessor(doc, m)
        or _surname_a_person(doc, m, people)
        or _full_name_by_role(doc, m)
        or _one_of_the_family(m, families, english)
        or _named_who(doc, m)
        else m
        for m in raw
    ]
    raw = [_party_or_ward(doc, m) for m in raw]
    # a country's name the NER took for a body or a work ("Uzbekistan" tagged ORG)
    raw = [
        replace(m, label="GPE") if m.label in _NOT_A_COUNTRY and m.key in COUNTRIES else m
        for m in raw
    ]
    agencies = _credited_agencies(doc)  # "(Meridian Wire)" … "translated by Meridian Wire"
    raw = [replace(m, label="ORG") if m.key in agencies and m.label == "PERSON" else m for m in raw]
    in_names = {w for m in raw if " " in m.key for w in m.key.split()}  # "Warren" of Elizabeth
    labels = {t: m.label for m in raw for t in range(m.tok_start, m.tok_end)}
    raw = [
        replace(m, label="GPE")
        if m.key not in in_names and _listed_with_places(doc, m, labels)
        else m
        for m in raw
    ]
    people = _listed_with_people(doc, raw)  # "Okafor-Reyes and Lindqvist" tagged ORG
    raw = [replace(m, label="PERSON") if _one_of_these(m, people) else m for m in raw]
    org_acronyms = {t.text for e in ents if e.label_ == "ORG" for t in e if t.is_upper}
    places_named = {e.text.lower() for e in ents if e.label_ in ("GPE", "LOC")}
    outlets = _told_outlets(doc, raw)
    raw = [
        replace(m, label="ORG")
        if m.label == "PERSON"
        and (
            m.key in outlets
            or _employer_before_a_role(doc, m)
            or _ends_in_an_acronym(doc, m, org_acronyms)
            or _plural_first_word(doc, m, places_named)
        )
        else m
        for m in raw
    ]
    bodies = {m.key for m in raw if m.label == "PERSON" and _a_body_by_its_kind(doc, m)}
    bodies |= _businesses_named_for_people(doc, raw) | _organisations_named_in_full(raw)
    raw = [replace(m, label="ORG") if m.key in bodies and m.label == "PERSON" else m for m in raw]

    aliases = _bracketed_aliases(doc, raw) | _organisations_known_as(doc, raw)
    raw = [replace(m, label="ORG") if m.key in aliases else m for m in raw]
    aliases |= _initials_labelling_lines(full, raw)  # "HOV: Pre-existing conditions, …"
    known_as = _known_as(doc, raw, scanned)  # "Abdiqani Mohamed Hersi, widely known as Gacmey"
    raw = [
        replace(m, label="PERSON")
        if m.key in known_as or (m.key in known_as.values() and m.formal is not None)
        else replace(m, label="PERSON", formal=m.text)  # the name, never the alias
        if m.key in known_as.values() and not _said_in_full(m, raw)  # "Sudarmono", not "Darmo"
        else replace(m, label="PERSON")
        if m.key in known_as.values()
        else m
        for m in raw
    ]
    aliases |= known_as
    full_by_surname: dict[str, list[int]] = {}
    full_by_first: dict[str, set[str]] = {}
    hyphen_parts: dict[str, str] = {}
    orig = list(raw)
    longer: dict[str, str] = nicknames | spelt_out
    acronyms: dict[str, set[str]] = {}
    org_first: dict[str, set[str]] = {}
    org_last: dict[str, set[str]] = {}  # "Commission" alone stands for "European Commission"
    before_of: dict[str, set[str]] = {}
    kind_of: dict[str, set[str]] = {}  # "Chamber" for "… Chamber of Commerce"
    other_orgs = _org_initials(doc, raw) | set(spelt_out)
    headline_end = _headline_end(full)
    titles = MALE_TITLES | FEMALE_TITLES
    titled_surnames = {
        m.key
        for m in raw
        if " " not in m.key and m.tok_start and doc[m.tok_start - 1].lower_ in titles
    }
    named_in_part = {m.key for m in raw if m.label == "PERSON" and " " in m.key}
    lone_people = {m.key for m in raw if m.label == "PERSON" and " " not in m.key}
    for i, m in enumerate(raw):
        words = m.key.split()
        gaelic = next(
            (k for k in range(1, len(words) - 2) if words[k].title() in _GAELIC_SURNAME_OPENINGS),
            None,
        )
        if m.label == "PERSON" and gaelic is not None:  # "Nic an t-Saoir" for "Catrìona Nic an
            longer.setdefault(" ".join(words[gaelic:]), m.key)  # t-Saoir"
        # "Nino Beridze", a place to the NER, before "Ms Beridze": a person's full name
        titled_name = (
            m.label in ("GPE", "ORG", "WORK_OF_ART", "FAC", "LOC", "PRODUCT")
            and (
                words[-1] in titled_surnames
                # "Anderson Luiz Barbosa Prado", a title to the NER, before "Barbosa Prado said"
                or any(" ".join(words[k:]) in named_in_part for k in range(1, len(words) - 1))
                # "Aviaaja Kristiansen-Lynge", a building to the NER, and "Kristiansen-Lynge
                # said", a person to it
                or (m.label != "ORG" and words[-1] in lone_people)
            )
            and (
                _given_name_and_surname(doc, m.tok_start, m.tok_end)
                # "Ketan Prabhu-Naik" … "Mr Prabhu-Naik": words no English word is
                or all(
                    t.is_title and not _english(t.lower_, english)
                    for t in doc[m.tok_start : m.tok_end]
                    if t.is_alpha
                )
            )
        )
        # "Ha Soon-ja", "Ha" an interjection to the tagger: a family name and a given name
        romanised = (
            len(words) == 2
            and m.text.split()[0].istitle()
            and _romanised_given_name(m.text.split()[-1])
        )
        if (
            (m.label == "PERSON" or titled_name)
            and len(words) >= 2
            and (
                romanised
                or all(  # the surname may be tagged a plural noun ("Davies"); "IV" ends a name
                    t.pos_ == "PROPN"
                    or t.is_punct
                    # "Mousavian", an adjective to the tagger: a capitalised word English has not
                    or (t.is_title and t.is_alpha and not _english(t.lower_, english))
                    or (m.formal is not None and is_mark(t.doc[t.i - 1]))  # 'Tremaine "Deuce"'
                    or (t.is_title and t.i == m.tok_end - 1)
                    or (t.lower_ in NAME_SUFFIXES and t.i == m.tok_end - 1)
                    or (t.is_lower and glued_hyphen(doc, t.i - 1))  # "Hyun-woo Bae"
                    or (  # "Do Thi Hoa": a family name before a Vietnamese middle name
                        t.i == m.tok_start
                        and t.is_title
                        and t.i + 2 < m.tok_end
                        and doc[t.i + 1].text in _VIETNAMESE_MIDDLE_NAMES
                    )
                    or (  # "Plessis-Marsac" read as nouns
                        t.is_title and t.i + 2 < m.tok_end and glued_hyphen(doc, t.i + 1)
                    )
                    or (  # "Kwame A. Mensah": the initial "A." a noun to the tagger
                        re.fullmatch(r"[A-Z]\.", t.text) and m.tok_start < t.i < m.tok_end - 1
                    )
                    or (  # "Lorenzo di Sarno", "Giovanna Di Pietro"
                        _particle(t) and m.tok_start < t.i < m.tok_end - 1
                    )
                    or (  # "Dolores" as a plural noun to the tagger; not "Take Idaho"
                        t.i == m.tok_start
                        and t.is_title
                        and t.lower_ not in english
                        and (is_recorded_first_name(t.text) or _opening_given_name(t))
                    )
                    for t in doc[m.tok_start : m.tok_end]
                )
            )
        ):
            for k in range(1, len(words) - 1):
                suffix = " ".join(words[k:])
                if len(longer.get(suffix, "")) < len(m.key):
                    longer[suffix] = m.key
            last = words[-1] if words[-1] not in NAME_SUFFIXES or len(words) < 3 else words[-2]
            if len(words) >= 3 and last == words[-1]:
                longer.setdefault(f"{words[0]} {last}", m.key)
            if len(words) >= 3 and words[-2] in NAME_PARTICLES and "-" in last:
                # "von Brandenstein" for "Ulrich von Brandenstein-Lossow"
                longer.setdefault(f"{words[-2]} {last.split('-', 1)[0]}", m.key)
            # "Odette Kabwita" for "Odette Kabwita Mwamba"; not "Bernie Sanders" for a
            # headline's "Bernie Sanders Pins", or "Muhammad Ali" for the "… Ali Center"
            third = words[2] if len(words) == 3 else ""
            # "Muse Hassan" for "Muse Hassan Yusuf": a given name and the father's; "Nima Doma"
            # for "Nima Doma Sherpa" given in the body, a name that ends in no kind of body
            given = is_recorded_first_name(words[0]) or is_recorded_first_name(words[1])
            bodyless = (
                m.start >= headline_end
                and (third not in ORG_NAME_ENDS and third not in NAME_SUFFIXES)
                and not _title_cased(_line_at(full, m.start))  # not "Ted Cruz Apologizes To"
                and not (third.endswith("s") and _english(third, english))  # "If Trump Wins"
            )
            if third and ((given and not _english(third, english)) or bodyless):
                longer.setdefault(" ".join(words[:2]), m.key)
            inner = words[1:3] if len(words) == 4 and given else []
            if inner and not any(_english(w, english) or w in NAME_PARTICLES for w in inner):
                # "Esono Ndong" for "Simeón Esono Ndong Mba": the surnames the article uses
                longer.setdefault(" ".join(inner), m.key)
            son = next((k for k, w in enumerate(words) if w in _SON_OF), 0)
            if son >= 2:  # "Prince Khalid" for "Prince Khalid bin Mishaal Al Saud"
                longer.setdefault(" ".join(words[:son]), m.key)
            if son == 1:  # "Sheikh Rashid" for "(Sheikh) Rashid bin Hamdan Al Falasi"
                for title in _ROYAL_TITLES:
                    longer.setdefault(f"{title} {words[0]}", m.key)
            if son >= 3 and words[0] in _HEREDITARY_PREFIXES:  # "Tengku Hazman" for "Tengku
                longer.setdefault(" ".join(words[:2]), m.key)  # Hazman Shah bin Tengku Ibrahim"
            father = words.index(words[0], 1) if words[0] in words[2:] else 0
            if father >= 2:  # "Wan Azhar" for "Wan Azhar Wan Ismail": his name, his father's
                longer.setdefault(" ".join(words[:father]), m.key)
            # "Nurul Huda binte Ismail": the word after "binte" alone is her father's name
            if not (son and son == len(words) - 2):
                full_by_surname.setdefault(last, []).append(i)
            if _first_of_two_surnames(words):  # "Francisco Cervantes Díaz" … "Cervantes said"
                full_by_surname.setdefault(words[1], []).append(i)
            first_of_two = (
                _first_surname_after_two_given(words)
                or _surname_before_a_joiner(words)
                or _first_surname_before_one_with_particles(words)
            )
            if first_of_two:  # "María José Catalá Verdet", "Jordi Casals i Ribera": "Catalá said"
                full_by_surname.setdefault(first_of_two, []).append(i)
            for inner in _inner_surnames(words):  # "Lesther Josué Mairena Obando": "Mairena"
                if i not in full_by_surname.setdefault(inner, []):
                    full_by_surname[inner].append(i)
            first_surname = _first_surname_with_particles(words)
            if first_surname:  # "María José Fernández de la Vega Ortiz": "Fernández de la Vega"
                longer.setdefault(first_surname, m.key)
            if _romanised_given_name(m.text.split()[-1]) and len(words) >= 2:
                # "Lin Yi-chen", "Priscilla Ho Wing-sze": "Lin", "Ho"; never "Chen"
                full_by_surname.setdefault(words[-2], []).append(i)
            elif _family_name_first_in_pinyin(m):  # "Wang Yuting": "Wang"
                full_by_surname.setdefault(words[0], []).append(i)
            elif "-" in last:
                first_part, second_part = last.split("-", 1)
                full_by_surname.setdefault(second_part, []).append(i)
                if len(first_part) > 3 and first_part not in NAME_PARTICLES:
                    # "Zubiría said" for "Irma Lucía Zubiría-Chávez": her first surname
                    full_by_surname.setdefault(first_part, []).append(i)
            elif _family_name_inside(words, english):  # "Kelvin Chong Wei Liang": "Chong"
                full_by_surname.setdefault(words[1], []).append(i)
            full_by_first.setdefault(words[0], set()).add(m.key)
        # "Nvidia" for "Nvidia Corp" too, not "Wagner" for "Wagner Group"
        legal = len(words) == 2 and words[-1] in LEGAL_SUFFIXES
        if m.label == "ORG" and (len(words) >= 3 or legal) and words[-1] in _LEFT_OFF_ENDS:
            bare = " ".join(words[:-1]).rstrip(",")  # "Dunmore Outdoor" for "… Outdoor Co."
            if len(longer.get(bare, "")) < len(m.key):
                longer[bare] = m.key
        if m.label == "ORG" and "of" in words[2:-1]:  # "National Bank" for "… of Estrovia"
            before_of.setdefault(" ".join(words[: words.index("of", 2)]), set()).add(m.key)
        if m.label == "ORG" and "of" in words[1:-1]:  # "the Chamber" for "Bulgarian Chamber
            kind_of.setdefault(words[words.index("of") - 1], set()).add(m.key)  # of Commerce"
        # "Brightfield Renewables", a person to the NER: an organisation by its last word
        named_org = m.label == "ORG" or words[-1] in ORG_NAME_ENDS
        if (m.label in _ORG_LABELS or named_org) and len(words) >= 2:
            for k in range(1, len(words) - 1):
                suffix = " ".join(words[k:])
                if " ".join(words[:k]) in other_orgs:
                    continue  # "ALPA Air Canada": the union's, no fuller name of "Air Canada"
                if len(longer.get(suffix, "")) < len(m.key):
                    longer[suffix] = m.key
            if named_org and words[0] not in NAME_SMALL_WORDS:
                org_first.setdefault(words[0], set()).add(m.key)
                if _prefixed_name(words):  # "Cascade Valley" for "Cascade Valley Water Co."
                    org_first.setdefault(" ".join(words[:-2]), set()).add(m.key)
            span = doc[m.tok_start : m.tok_end]
            of = next((t.i for t in span if t.lower_ == "of" and t.i > m.tok_start), None)
            of = of if m.label == "ORG" else None  # not "US" for the "United States of America"
            # "MPA" for the "Maritime and Port Authority of Singapore" too
            leading = _acronym(doc[m.tok_start : of]) if of else ""
            leading = leading if len(leading) >= 3 else ""  # not "D.C."
            for acronym in {_acronym(span), leading, _mixed_case_acronym(span)} - {""}:
                acronyms.setdefault(acronym, set()).add(m.key)
        if len(words) >= 2 and named_org:
            org_last.setdefault(words[-1], set()).add(m.key)
        if "-" in m.key and len(words) == 1:
            for part in m.key.split("-")[1:]:
                if len(part) > 2:
                    hyphen_parts.setdefault(part, m.key)

    for alias, name in aliases.items():
        longer.setdefault(alias, longer.get(name, name))
    for short, names in before_of.items():
        if len(names) == 1:
            longer.setdefault(short, next(iter(names)))
    # words of people's full names ("Lumina" alone, tagged PERSON, may be "Lumina Systems")
    person_words = {
        w
        for m in raw
        if m.label == "PERSON" and " " in m.key and m.key.split()[-1] not in ORG_NAME_ENDS
        for w in m.key.split()
    }
    places = _dateline_places(doc)  # "HALIFAX —" is the city, not "Halifax Regional Municipality"
    places |= {  # "the fishing town of Grindavík" … "back to Grindavík"
        m.text.lower() for m in raw if m.label == "GPE" and _named_place_after_of(doc, m.tok_start)
    }
    places |= {  # "Dorset" of "Dorset Police", "Calderdale" of "Calderdale Council": a place
        " ".join(words[:-1])
        for m in raw
        if m.label == "ORG" and len(words := m.key.split()) >= 2 and words[-1] in _PLACED_BODIES
    }
    for short, name in _names_without_their_business(raw, places).items():
        longer.setdefault(short, name)  # "Harrowgate Mutual" for "… Mutual Insurance"
    org_short = {
        w
        for w, keys in org_first.items()
        if len({longer.get(k, k) for k in keys}) == 1 and w not in person_words and w not in places
    }
    # the first word of several organisations' names ("Veltra Motors", "Veltra Group"): theirs
    # only when the others are named after it is first written alone (below)
    # also taken for a place or a people ("one Republican involved in the planning")
    placed = {m.key for m in raw if m.label in ("GPE", "LOC", "NORP")}
    org_shared = set(org_first) - org_short - person_words - places - placed
    # untagged, the last word of one organisation's name stands for it when it is a word for
    # a kind of organisation ("Commission", "Post"), never a surname ("Holt")
    org_end = {
        w
        for w, keys in org_last.items()
        if len(keys) == 1 and w not in person_words and w in common_words(doc.vocab)
    }
    # a one-word organisation's name where the NER missed it ("Lufthansa cancelled …")
    org_words = {m.key for m in raw if m.label == "ORG" and " " not in m.key} - person_words
    # "Takeda said", "Mr Ong" for Takeda Hiroshi and Ong Kian Hwee: a family name written first
    family_first = {
        w
        for w, keys in full_by_first.items()
        if not is_recorded_first_name(w) and not _english(w, common_words(doc.vocab))
    }
    in_ent = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    for ent in ents:
        in_ent.update(range(ent.start, ent.end))
    added = False
    for i, (pos, lower) in enumerate(zip(scanned.pos, scanned.lower, strict=True)):
        # a surname that is also a word, as a noun or as a verb's subject ("Given said …")
        surname = lower in full_by_surname and (
            pos == "NOUN"
            or doc[i].dep_ in ("nsubj", "intj")  # '"…," Oh said': Oh Gyeong-su
            or _adverb_before_its_cue(doc[i])
        )
        if not (pos == "PROPN" or surname) or i in in_ent:
            continue
        tok = doc[i]
        if (
            (tok.is_title or (tok.is_upper and len(tok) > 2))
            and (
                tok.lower_ in full_by_surname
                or tok.lower_ in org_short
                or tok.lower_ in org_end
                or tok.lower_ in org_words
                or _known_acronym(tok, acronyms)
                or (tok.lower_ in family_first and _family_name_alone(tok))
            )
            and not (tok.i > 0 and _name_before(doc[tok.i - 1]))
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
        ):
            start, end, mtext = _mention_text(doc, tok.i, tok.i + 1, full)
            person = tok.lower_ in full_by_surname or tok.lower_ in family_first
            label = "PERSON" if person else "ORG"
            raw.append(Mention(start, end, tok.i, tok.i + 1, mtext, label, tok.lower_))
            added = True
    shortened = _shortened_organisations(doc, full, raw, in_ent, scanned)
    raw.extend(shortened)
    added = added or bool(shortened)
    if added:
        raw.sort(key=lambda m: m.start)
        pos = {id(m): n for n, m in enumerate(raw)}
        full_by_surname = {
            k: sorted(pos[id(orig[i])] for i in v) for k, v in full_by_surname.items()
        }

    first_start: dict[str, int] = {}  # where each name is first given, below the headline if
    # it is given there
    for m in sorted(raw, key=lambda m: (m.start < headline_end, m.start)):
        first_start.setdefault(m.key, m.start)
    office_initials = _office_initials(doc, raw)
    cluster_of_key: dict[str, int] = {}
    entities: list[Entity] = []
    token_entity: dict[int, int] = {}
    titled: dict[str, str] = {}
    for m in raw:
        title = doc[m.tok_start - 1].lower_ if m.tok_start else ""
        if " " not in m.key and (title in MALE_TITLES or title in FEMALE_TITLES):
            titled[m.key] = titled.get(m.key, "") + ("m" if title in MALE_TITLES else "f")
    english = common_words(doc.vocab)
    # "Delia" after "Hurricane Delia": the storm's name, not a person
    storms = {
        k.split()[-1]: k for k in (m.key for m in raw) if k.split()[0] in STORM_WORDS and " " in k
    }
    for m in raw:
        words = m.key.split()
        target = m.key
        #: A lone surname that joins a person votes as that person, whatever its label.
        label = m.label
        if len(words) == 1 and m.key in storms:
            target, label = storms[m.key], "EVENT"
        elif len(words) == 1 and m.label in _SURNAME_LABELS:
            cands = full_by_surname.get(words[0])
            if not cands and m.label == "PERSON":
                cands = _misspelt_surname(raw, full_by_surname, m)
            # "Mrs Huanca" after "Marcela Contreras Huanca" ("Contreras") and "Rosa Huanca":
            # a second surname alone is another's surname
            cands = _not_a_second_surname(raw, cands, words[0])
            acts = doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass") or _owns_a_body(
                doc[m.tok_end - 1]
            )
            bare = not (m.tok_start and doc[m.tok_start - 1].dep_ == "det")  # not "a Ford"
            thing = m.label in _THING_LABELS and bare  # "accused Pearson": PRODUCT to the NER
            # "called on Plibersek to …": a place to the NER, but no place English knows
            # ("Albanese rejects calls …": a nationality to it)
            unknown = m.label in ("GPE", "LOC", "NORP") and words[0] not in english
            # "as Norris title hopes fade": a person's surname modifying a common noun
            unknown = unknown or (
                m.label in ("GPE", "LOC")
                and doc[m.tok_end - 1].dep_ == "compound"
                and doc[m.tok_end - 1].head.pos_ == "NOUN"
            )
            # "The police union sided with Hale" after "Chief Robert Hale": where a person is
            unknown = unknown or (
                m.label in ("GPE", "LOC") and _surname_of_one_named_before(doc, m)
            )
            if cands and (
                m.label in ("PERSON", "ORG") or thing or unknown or len(cands) > 1 or acts
            ):
                title = doc[m.tok_start - 1].lower_ if m.tok_start else ""
                gender = "m" if title in MALE_TITLES else "f" if title in FEMALE_TITLES else None
                fitting = [
                    i for i in cands if gender is None or _name_gender(raw[i]) in (None, gender)
                ] or [i for i in cands if gender is None or _firm_gender(raw[i]) in (None, gender)]
                # "Mrs Pike" after "Jordan Pike" and "Lorraine Pike": the one a name makes a woman
                sure = [i for i in fitting if _name_gender(raw[i]) == gender]
                cands = (sure or fitting) if gender is not None else cands
                # "a tearful Joseph told" after "Kareem Joseph-Ali" and "Gail Joseph": the name
                # it ends, not one it is half of
                whole = [
                    i
                    for i in cands
                    if raw[i].key.split()[-1] == words[0] and raw[i].key.split()[0] not in TITLES
                ]  # not "Ing. Zamudio", a title and the surname, for "Héctor Zamudio del Río"
                cands = whole or cands
                if cands:  # "Mrs. Abedini" among "Mr. Abedini"s: her own title decides
                    titles = titled.get(words[0]) if gender is None else None
                    target = _surname_owner(doc, raw, cands, m, titles)
                    label = "PERSON" if target != m.key else label
            elif (
                m.label == "PERSON"
                or (
                    m.label in ("ORG", "FAC", "GPE", "LOC", "NORP")
                    and (_speaks(doc[m.tok_start]) or according_to_source(doc[m.tok_end - 1]))
                )
                or (words[0] not in english and recorded_name_gender(words[0]) is not None)
                # "Back at Chalong, Somsak hopes …", a place to the NER, after "Somsak Kaewmanee"
                or (
                    m.label != "NORP"  # not "Floridians say" after "Floridians Jeb Bush"
                    and doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")
                    and words[0] not in english
                )
            ) and (
                owner := _first_word_owner(raw, full_by_first.get(words[0], set()), m)
            ):  # "Mark" for Mark Carney; "Wang said" for Wang Wenbin, whatever its label
                # ("Siobhan runs the kitchen", a place to the NER, for Siobhan O'Neill;
                # "Shannon …, said", a building to the NER, for Shannon Kettley; "Han said", a
                # people to it, for Han Xuemei; "According to Selamawit", a place to it)
                target, label = owner, "PERSON"
        # "TfL", "BoE": initials in mixed case, a capital after the first small letter
        mixed = re.fullmatch(r"[A-Z][a-z]{1,2}[A-Z]+", m.text) is not None
        if target == m.key and len(words) == 1 and (m.text.replace(".", "").isupper() or mixed):
            full_forms = acronyms.get(m.key.replace(".", ""), ())
            if len(full_forms) == 1:
                target = next(iter(full_forms))
                label = "ORG" if mixed else label  # "TfL", a person to the NER
            elif not full_forms and _the_title_initials(doc, m, office_initials):
                target, label = next(iter(office_initials[m.key])), "PERSON"
        if (
            target == m.key
            and (
                (m.label in ("ORG", "PERSON", "WORK_OF_ART", "PRODUCT") and len(words) == 1)
                or _speaks(doc[m.tok_end - 1])
            )
            and (m.key in org_short or m.key in org_shared)
            and first_start[first := min(org_first[m.key], key=lambda k: (first_start[k], k))]
            < first_start[m.key]
            and (m.key in org_short or _named_later(org_first[m.key] - {first}, m, first_start))
        ):  # "Goldman" after "Goldman Sachs", "Kindred says" after "Kindred Health", "Cascade
            # Valley" after "Cascade Valley Water Co."; not "Apple" before "Apple Intelligence";
            # "Veltra" after "Veltra Motors", its parent "Veltra Group" named at the end
            target = first
        if target == m.key and m.label in ("ORG", "NORP") and len(org_last.get(m.key, ())) == 1:
            target = next(iter(org_last[m.key]))
        elif target == m.key and m.label == "GPE" and _rest_of_the_name_before(doc, m, org_last):
            # "Lumiere" + "Naturelle" with only "Naturelle" tagged, a place: the group's name
            target, label = next(iter(org_last[m.key])), "ORG"
        elif target == m.key and m.label == "ORG" and _the_kind_of(doc, m, kind_of):
            target = next(iter(kind_of[m.key]))
        elif target == m.key:
            teams = {longer.get(k, k) for k in org_last.get(m.key, ())}
            if _team_word(m, teams):  # "Leafs" tagged a place
                target, label = teams.pop(), "ORG"
        if target == m.key and m.key in hyphen_parts:
            target = hyphen_parts[m.key]
        target = longer.get(target, target)
        idx = cluster_of_key.get(target)
        if idx is None:
            idx = len(entities)
            entities.append(Entity(index=idx, headline_end=headline_end))
            cluster_of_key[target] = idx
        ent = entities[idx]
        m.entity = idx
        ent.mentions.append(m)
        ent.votes[label] += (
            1 + (m.tok_end - m.tok_start > 1 and label == "PERSON") - 0.1 * (label == "ORG")
        )
        role = _role_vote(doc, m) or _the_organisation(doc, m) or _the_place(doc, m)
        role = role or _a_persons_body(doc, m) or _family_name_first(doc, m)
        role = role or _the_paper_spoken_to(doc, m)
        role = role or _speaks_of_itself(doc, m)
        role = role or _a_persons_side(doc, m) or _its_own_staff(doc, m)
        if role is not None:
            ent.votes[role] += _ROLE_WEIGHT
        for t in range(m.tok_start, m.tok_end):
            token_entity[t] = idx
        _describe(doc, m, ent)
    for idx in _pronoun_subjects(doc, raw, entities):
        entities[idx].votes["PERSON"] += _ROLE_WEIGHT
    for ent in entities:
        if ent.type in _NAMED_LIKE_ORGANISATIONS and _organisation_named(ent):
            ent.votes["ORG"] = max(ent.votes.values()) + 1
        elif ent.type in ("PERSON", "ORG") and ent.name.lower() in places:
            ent.votes["GPE"] = max(ent.votes.values()) + 1  # "KYIV (Reuters) - … in Kyiv"
        if ent.type == "PERSON":  # not "MANILA —", a woman's first name too
            ent.gender = _gender_before_a_surname_word(ent) or ent.gender
            ent.gender = ent.gender or _first_name_gender(ent)
    return EntityIndex(entities=entities, token_entity=token_entity, mentions=raw)


def _names_without_their_business(raw: list[Mention], places: set[str]) -> dict:
    """The opening words (two or more) of one company's name of three or more, without the
    words for its business that end it ("Harrowgate Mutual" for "Harrowgate Mutual Insurance",
    "Pacific Crest" for "Pacific Crest Casualty"; not "Trayvon Martin" of the "… Foundation"),
    that the NER took for no person, people or place: {those words: the name's key}."""
    other = places | {m.key for m in raw if m.label not in ("ORG", "PRODUCT", "WORK_OF_ART")}
    found: dict[str, set[str]] = {}
    for m in raw:
        words = m.key.split()
        if m.label != "ORG" or len(words) < 3:
            continue
        for k in range(2, len(words)):
            short, rest = " ".join(words[:k]), words[k:]
            business = all(w in COMPANY_NAME_ENDS for w in rest)
            if business and words[k - 1] not in NAME_SMALL_WORDS and short not in other:
                found.setdefault(short, set()).add(m.key)
    return {short: keys.pop() for short, keys in found.items() if len(keys) == 1}


def _office_initials(doc, raw: list[Mention]) -> dict[str, set[str]]:
    """The initials of the offices written in capitals before people's names, to the names'
    keys ("cec" for "Chief Election Commissioner AMM Rafiqul Islam"; "dc" and "sdc" for "Sylhet
    Deputy Commissioner Sheikh Rasel Hasan"): of the whole office, or of its part from a title
    or a role word on."""
    found: dict[str, set[str]] = {}
    for m in raw:
        if m.label != "PERSON" or " " not in m.key:
            continue
        words = []
        k = m.tok_start - 1
        while k >= 0 and len(words) < 5 and (doc[k].is_title or doc[k].lower_ == "of"):
            if doc[k].lower_ != "of":
                words.insert(0, doc[k])
            k -= 1
        for n in range(len(words) - 1):
            if n == 0 or words[n].lower_ in ROLE_TITLES or words[n].lower_ in TITLES:
                initials = "".join(w.lower_[0] for w in words[n:])
                found.setdefault(initials, set()).add(m.key)
    return found


def _the_title_initials(doc, m: Mention, office_initials: dict[str, set[str]]) -> bool:
    """The mention is "the" and the initials of one person's office ("the CEC told
    reporters")."""
    return (
        len(office_initials.get(m.key, ())) == 1
        and m.tok_start > 0
        and doc[m.tok_start - 1].lower_ == "the"
    )


def _the_kind_of(doc, m: Mention, kind_of: dict[str, set[str]]) -> bool:
    """The mention is "the" and one word for a kind of body that names one organisation of
    the article before an "of" ("the Chamber said" for the Bulgarian Chamber of Commerce and
    Industry)."""
    return (
        len(kind_of.get(m.key, ())) == 1
        and m.tok_start > 0
        and doc[m.tok_start - 1].lower_ == "the"
        and m.key in common_words(doc.vocab)
    )


#: Bodies named after the place they serve ("Dorset Police", "Calderdale Council").
_PLACED_BODIES = frozenset({"police", "council", "constabulary"})

#: Last words of a company's name that the article may leave off: its legal form and
#: "Holdings" or "Group" ("Halstead Grange" for "Halstead Grange Holdings").
_LEFT_OFF_ENDS = LEGAL_SUFFIXES | {"holdings", "group"}

#: Last words that say what an organisation is ("Water Co.", "Health Trust").
_KIND_ENDS = ORG_NAME_ENDS | LEGAL_SUFFIXES


def _prefixed_name(words: list[str]) -> bool:
    """An organisation's name of four words or more, no small word among them, whose last two
    say what it is ("Cascade Valley Water Co."): its first words may stand for it."""
    return len(words) >= 4 and words[-1] in _KIND_ENDS and not set(words) & NAME_SMALL_WORDS


def _first_surname_with_particles(words: list[str]) -> str:
    """Of a name with two surnames, the first of them written with its particles, which may
    stand alone ("María José Fernández de la Vega Ortiz" is "Fernández de la Vega", "Gonzalo
    de la Serna Azcárate" is "de la Serna", "José Ignacio de la Fuente Arrieta" "de la
    Fuente"), else ""."""
    p = next((k for k, w in enumerate(words) if w in NAME_PARTICLES and k >= 1), None)
    if p is None or len(words) - p < 3 or words[-2] in NAME_PARTICLES:
        return ""
    # the word before the particles opens the surname unless it is a second given name
    given = words[p - 1] in FIRST_NAMES or is_recorded_first_name(words[p - 1])
    return " ".join(words[p - (p >= 2 and not given) : -1])


def _not_a_second_surname(raw: list[Mention], cands: list[int] | None, word: str) -> list[int]:
    """Of ``cands``, the full names whose surname ``word`` is, without those where it is the
    second of two surnames (``_first_of_two_surnames``), the first standing alone elsewhere,
    when another full name remains."""
    if not cands or len(cands) < 2:
        return cands or []
    alone = {m.key for m in raw if " " not in m.key}
    second = {
        i
        for i in cands
        if _first_of_two_surnames(k := raw[i].key.split()) and k[-1] == word and k[1] in alone
    }
    return [i for i in cands if i not in second] or cands


def _first_of_two_surnames(words: list[str]) -> bool:
    """A three-word name whose middle word is a first of two surnames, which may stand alone
    ("Francisco Cervantes Díaz" is "Cervantes"): no known first name, initial or particle."""
    return (
        len(words) == 3
        and len(words[1]) > 2
        and words[1].replace("-", "").isalpha()  # "Ramón Gil-Aranda Soto" is "Gil-Aranda"
        and words[1] not in FIRST_NAMES
        and words[1] not in NAME_PARTICLES
        and words[2] not in NAME_SUFFIXES
    )


def _first_surname_before_one_with_particles(words: list[str]) -> str | None:
    """Of a name of four words or more with one given name, the first of two surnames when the
    second has particles, which may stand alone ("Álvaro Mendizábal de la Torre" is
    "Mendizábal", "Javier Olmedo Fernández de Córdoba" "Olmedo", "Fábio Tavares de Lima"
    "Tavares"; not "Jan Willem de Boer"), else None."""
    if len(words) < 4 or len(words[1]) <= 2 or not words[1].isalpha():
        return None
    if words[1] in FIRST_NAMES or words[1] in NAME_PARTICLES or is_recorded_first_name(words[1]):
        return None
    return words[1] if any(w in NAME_PARTICLES for w in words[2:-1]) else None


def _first_surname_after_two_given(words: list[str]) -> str | None:
    """The first of two surnames after two given names, which may stand alone ("María José
    Catalá Verdet" is "Catalá"), else None."""
    given = all(w in FIRST_NAMES or is_recorded_first_name(w) for w in words[:2])
    if len(words) != 4 or not given or (words[2] in NAME_PARTICLES or words[2] in _SURNAME_JOINERS):
        return None
    return words[2] if words[3] not in NAME_SUFFIXES and len(words[2]) > 2 else None


def _inner_surnames(words: list[str]) -> list[str]:
    """Of a name of four words or more, the words between the first and the last that are no
    recorded first name, particle, joiner or initial: surnames that may stand alone ("Lesther
    Josué Mairena Obando" is "Mairena", "Carlos Enrique Mazariegos Toledo" "Mazariegos")."""
    if len(words) < 4 or words[-1] in NAME_SUFFIXES or set(words) & ORG_NAME_ENDS:
        return []  # not the "Donald J. Trump Foundation" to the NER a person
    return [
        w
        for w in words[1:-1]
        if len(w) > 2
        and w.replace("-", "").isalpha()
        and w not in FIRST_NAMES
        and (w not in NAME_PARTICLES and w not in _SURNAME_JOINERS)
        and not is_recorded_first_name(w)
    ]


def _family_name_inside(words: list[str], english) -> bool:
    """A name of four words: a given name, a Chinese family name and a given name of two
    syllables written apart ("Kelvin Chong Wei Liang", "Rachel Goh Hui Min"), the family name
    no English word: the second word may stand alone."""
    return (
        len(words) == 4
        and len(words[0]) > 2
        and is_recorded_first_name(words[0])
        and all(w.isalpha() and 2 <= len(w) <= 5 for w in words[1:])
        and not _english(words[1], english)
        and words[3] not in NAME_SUFFIXES
    )


def _surname_before_a_joiner(words: list[str]) -> str | None:
    """The surname before the word that joins it to a second ("Jordi Casals i Ribera" is
    "Casals"), or before the particles of a second after two given names ("Francisco Javier
    Lloret del Olmo" is "Lloret"), else None."""
    for k in range(2, len(words) - 1):
        if words[k] in _SURNAME_JOINERS and words[k - 1] not in NAME_PARTICLES:
            return words[k - 1]
        given = all(w in FIRST_NAMES or is_recorded_first_name(w) for w in words[: k - 1])
        if k >= 3 and given and words[k] in NAME_PARTICLES and words[k - 1] not in FIRST_NAMES:
            return words[k - 1] if words[k - 1] not in NAME_PARTICLES else None
    return None


def _team_names_alone(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions with an ORG mention for each untagged capitalised plural after "the" that ends
    one organisation's name of two to four words without "of", "the" or an owner ("the
    Drillers said" after "the Oklahoma City Drillers"); not a people's word ("the Democrats")."""
    taken = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    peoples = {t.lower_ for t in doc if t.ent_type_ == "NORP"} | NATIONALITY_NOUNS
    ends: dict[str, set[str]] = {}
    for m in raw:
        words = m.key.split()
        owned = any(w.endswith(("'s", "’s")) for w in words)  # not "Patricof's Hamptons"
        small = {"of", "the"} & set(words)  # not "Meet the Press"
        if m.label == "ORG" and 2 <= len(words) <= 4 and not owned and not small:
            ends.setdefault(words[-1], set()).add(m.key)
    found = [
        _mention(doc, t.i, t.i + 1, full, "ORG")
        for t in doc[1:]
        if t.i not in taken
        and t.is_title
        and len(t) > 3
        and t.lower_.endswith("s")
        and not t.lower_.endswith("ss")  # "the Press": no plural
        and doc[t.i - 1].lower_ == "the"
        and len(ends.get(t.lower_, ())) == 1
        and t.lower_ not in peoples
        and not (t.i + 1 < len(doc) and doc[t.i + 1].is_title)
    ]
    return sorted(raw + found, key=lambda m: m.start) if found else raw


def _team_word(m: Mention, orgs) -> bool:
    """A one-word mention, plural in form, that ends one organisation's name with no "of"
    ("Bruins" for "Boston Bruins", whatever its label): that organisation."""
    word = m.key
    return (
        m.label in ("PERSON", "GPE", "LOC")
        and " " not in word
        and len(word) > 3
        and word.endswith("s")
        and len(orgs) == 1
        and " of " not in next(iter(orgs))
    )


def _dateline_places(doc) -> set[str]:
    """The place a dateline names, in lower case ("KYIV, Nov 28 (Reuters) -" -> "kyiv"): the
    words in capitals before its first parenthesis or comma."""
    starts = [0] + [t.i + 1 for t in doc[:80] if "\n" in t.text]
    for s in starts:
        end = dateline_end(doc, s)
        if end is None:
            continue
        words = []
        for tok in doc[s:end]:
            if tok.text in ("(", ","):
                break
            if tok.is_alpha and tok.is_upper:
                words.append(tok.lower_)
        return {" ".join(words)} if words else set()
    return set()


def _known_acronym(tok, acronyms: dict[str, set[str]]) -> bool:
    """An acronym in capitals of one organisation the text names in full ("CNS" after
    "Christian News Service"; ``acronyms`` maps initials to the full names)."""
    initials = tok.text.replace(".", "").lower()
    return tok.is_upper and len(initials) >= 2 and len(acronyms.get(initials, ())) == 1


def _joined_organisations(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions (in text order) with two organisation names that only small words join made
    one ("U.S. Court of Appeals" + "for the" + "Sixth Circuit"): the tagger split one name;
    "and" joins two ("Harvard and the University of Chicago") but for a service that two areas
    share (``_shared_area``, ``_untagged_area``)."""
    out: list[Mention] = []
    for m in raw:
        prev = out[-1] if out else None
        between = doc[prev.tok_end : m.tok_start] if prev is not None else None
        if prev is not None and _a_person_of_the_body(doc, prev, between, m):
            out[-1] = replace(prev, label="PERSON")
            out.append(m)
        elif _one_name(doc, prev, between, m):
            out[-1] = _joined(doc, prev.tok_start, m.tok_end, full, "ORG")
        elif _branch_of_an_untagged_name(doc, m) and (
            prev is None or prev.tok_end < m.tok_start - 1
        ):
            out.append(_joined(doc, m.tok_start - 1, m.tok_end, full, "ORG"))
        elif (start := _untagged_area(doc, m)) is not None and (
            prev is None or prev.tok_end <= start
        ):
            out.append(_joined(doc, start, m.tok_end, full, "ORG"))
        else:
            out.append(m)
    return out


#: Most words of a name in another language after the word for its kind of body.
_FOREIGN_NAME_RUN = 10
#: A word after an elided article or particle ("l'Homme", "d'État").
_ELIDED_NAME_WORD = re.compile(r"[dlDL]['’]\w+")


def _foreign_organisation_names(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions (in text order) with one ORG mention for each organisation's name in another
    language that the NER cut at its small words ("Associação" + "dos Moradores do Vale",
    "Bundesamt" + "für Strahlenschutz und Reaktorsicherheit", "The Ligue des droits de
    l'Homme"): that language's word for a kind of body, then its small words and the words
    between them up to the last capitalised one or one no English word is; the mentions inside
    it dropped."""
    spans: list[tuple[int, int]] = []
    for k in range(len(doc) - 2):
        head = doc[k]
        if not head.is_title or head.lower_ not in FOREIGN_ORG_HEADS:
            continue
        if spans and k < spans[-1][1]:
            continue
        end = _foreign_name_end(doc, k)
        if end > k + 1:
            first = k
            while first > 1 and glued_hyphen(doc, first - 1) and doc[first - 2].is_title:
                first -= 2  # "Leibniz-Zentrum für Regenerative Biologie": the name before it
            inside = [m for m in raw if m.tok_start < end and m.tok_end > first]
            start = min([first] + [m.tok_start for m in inside])
            if all(m.tok_end <= end for m in inside) and start >= first - 1:
                spans.append((start, end))
    if not spans:
        return raw
    kept = [m for m in raw if not any(s <= m.tok_start and m.tok_end <= e for s, e in spans)]
    found = [_joined(doc, s, e, full, "ORG") for s, e in spans]
    return sorted(kept + found, key=lambda m: m.start)


def _foreign_name_end(doc, k: int) -> int:
    """Where the name in another language that ``doc[k]`` opens ends: after its last word that
    is capitalised or no English word, with one of the language's small words before it, or a
    capitalised word of that language right after it ("Instituto Português"); ``k + 1`` when
    there is none."""
    english = common_words(doc.vocab)
    end, particle = k + 1, False
    for i in range(k + 1, min(len(doc), k + 1 + _FOREIGN_NAME_RUN)):
        tok = doc[i]
        elided = _ELIDED_NAME_WORD.fullmatch(tok.text) is not None  # "d'État": its own particle
        if "\n" in doc[i - 1].whitespace_ or not (tok.is_alpha or elided):
            break
        if tok.lower_ in FOREIGN_NAME_PARTICLES and tok.is_lower:
            particle = True
        elif elided:
            end, particle = i + 1, True
        elif tok.tag_.startswith("VB") and _english(tok.lower_, english):
            break  # "said"
        elif particle and (tok.text[:1].isupper() or not _english(tok.lower_, english)):
            end = i + 1
        elif tok.text[:1].isupper() and not _english(tok.lower_, english):
            end = i + 1  # "Instituto Português do Mar", "Observatoire Congolais des …"
        elif not particle or tok.text[:1].isupper():
            break
    return end


def _listed_fields(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions (in text order) with an organisation named by a list of fields made whole where
    the NER cut it before the list's last field ("Ministry of Justice" + "and Security",
    "Association of Brewers, Distillers" + "and" + "Licensed Retailers", "the Senate Health,
    Education" + ", Labor and Pensions Committee"), whatever it took the pieces for."""
    out: list[Mention] = []
    made = 0  # the end of the last name made whole
    for m in raw:
        if m.tok_start < made:
            continue  # a piece of it
        end = _fields_end(doc, m) if m.label == "ORG" else m.tok_end
        if end > m.tok_end:
            m, made = _joined(doc, m.tok_start, end, full, "ORG"), end
        out.append(m)
    return out


#: Words that join the fields a body is named for ("Health, Education, Labor and Pensions").
_FIELD_JOINS = frozenset({",", "and", "&"})


def _fields_end(doc, m: Mention) -> int:
    """The end of the list of fields that goes on past the organisation ``m``'s name and ends
    with "and" and a last field: a body "of" or "for" fields ("Agency for Volcanic Monitoring
    and Geohazard Mitigation"), whose last field is no second body's kind ("University of Oxford
    and Cambridge University"), or one whose name lists fields already ("Health, Education");
    ``m``'s own end where there is none, or where a person or an office comes in the list."""
    words = [t.lower_ for t in doc[m.tok_start : m.tok_end]]
    k = m.tok_end
    if k < len(doc) and doc[k].lower_ in ("of", "for") and words[-1] in ORG_NAME_ENDS:
        words.append(doc[k].lower_)  # "the Indonesian Agency" + "for …"
        k += 1
    of_fields = any(a in ORG_NAME_ENDS and b in ("of", "for") for a, b in itertools.pairwise(words))
    listed = any(w == "," for w in words[1:-1])
    if not (of_fields or listed):
        return m.tok_end
    end, joined = m.tok_end, words[-1] in ("and", "&")
    field_words = 0 if words[-1] in _FIELD_JOINS | {"of", "for"} else 1
    while k < len(doc):
        t = doc[k]
        if t.lower_ in _FIELD_JOINS and field_words > 0:
            joined = joined or t.lower_ != ","
            field_words = 0
        elif t.is_title and t.is_alpha and not t.is_sent_start and field_words < 3:
            if is_recorded_first_name(t.text) or (t.lower_ in PERSON_NOUNS or t.lower_ in TITLES):
                return m.tok_end  # "Ministry of Health and Dr Jane Ross", "… and Minister …"
            field_words += 1
            if joined:
                end = k + 1
        else:
            break
        k += 1
    if end > m.tok_end and of_fields and not listed and doc[end - 1].lower_ in ORG_NAME_ENDS:
        return m.tok_end  # "University of Oxford and Cambridge University": two bodies
    return end


def _joined_person_names(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions (in text order) with a person's name that the tagger split before a particle
    made one ("Prince Abdulaziz" + "bin Salman", "Ursula" + "von der Leyen")."""
    out: list[Mention] = []
    # words of names standing whole, no half of a hyphenated one ("Cruz" of "Ted Cruz", not of
    # "Cruz-Rubio")
    alone = {
        w
        for m in raw
        if not (m.tok_start > 0 and glued_hyphen(doc, m.tok_start - 1))
        and not (m.tok_end < len(doc) and glued_hyphen(doc, m.tok_end))
        for w in m.key.split()
    }
    for m in raw:
        prev = out[-1] if out else None
        if prev is not None and (
            (m.label == "PERSON" and _one_person(doc, prev, m))
            or _second_surname_after_a_joiner(doc, prev, m)
            or _first_name_before(doc, prev, m)
            or _surnames_after_given_names(doc, prev, m)
            or _split_below_the_headline(doc, full, prev, m)
            or _split_at_a_hyphen(doc, prev, m, alone)
            or _double_surname_after_given_names(doc, prev, m)
            or _name_after_a_role_split(doc, prev, m)
        ):
            end = m.tok_end + 2 * _surname_half_after(doc, m)  # "Pawłowska" + "-Lis"
            out[-1] = _joined(doc, prev.tok_start, end, full, "PERSON")
        else:
            out.append(m)
    return out


def _name_after_a_role_split(doc, prev: Mention, m: Mention) -> bool:
    """``prev`` and ``m`` touch after a role in lower case and make a name of three or four
    words that acts ("coach Wellington Figueiredo Ramos said", places and an organisation to
    the NER): one person."""
    s, e = prev.tok_start, m.tok_end
    while e < len(doc) and e - s < 4 and doc[e].is_title and doc[e].pos_ == "PROPN":
        e += 1  # the name's last words, tagged apart too
    run = doc[s:e]
    return (
        prev.tok_end == m.tok_start
        and s > 0
        and doc[s - 1].is_lower
        and doc[s - 1].lower_ in UNSTYLED_ROLES
        and 3 <= e - s <= 4
        and all(t.pos_ == "PROPN" and t.is_title for t in run)
        and not (e < len(doc) and doc[e].is_title)
        and (run[-1].dep_ in ("nsubj", "appos") or (e < len(doc) and doc[e].text == ","))
        and any(not _english(t.lower_, common_words(doc.vocab)) for t in run)
    )


def _overlapping_people_joined(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions (in text order) with two person mentions that overlap made one when the first
    opens with a given name or no English word ("Renán Choque" and "Choque Villarroel": "Renán
    Choque Villarroel")."""
    out: list[Mention] = []
    english = common_words(doc.vocab)
    for m in raw:
        prev = out[-1] if out else None
        people = prev is not None and prev.label == m.label == "PERSON"
        first = doc[prev.tok_start] if prev is not None else None
        # not "Defense Yen" + "Yen Cheng-kuo": the field of an office before a name
        named = first is not None and (
            is_recorded_first_name(first.text) or not _english(first.lower_, english)
        )
        if people and named and m.tok_start < prev.tok_end < m.tok_end:
            out[-1] = _joined(doc, prev.tok_start, m.tok_end, full, "PERSON")
        else:
            out.append(m)
    return out


def _from_the_hyphenated_words_start(doc, full: str, m: Mention, named: set[str]) -> Mention:
    """A person mention the NER began inside a word of hyphenated parts, from the word's
    capitalised start ("un-Nisa Qureshi" of "Mehr-un-Nisa Qureshi"), no part of it a word of a
    person's name ``named`` elsewhere ("Trump-Cruz"); ``m`` otherwise."""
    k = m.tok_start
    while k >= 2 and glued_hyphen(doc, k - 1) and doc[k - 2].is_alpha:
        k -= 2
    if m.label != "PERSON" or k == m.tok_start or not _capitalised(doc[k]):
        return m
    if (doc[k].lower_ in _NAME_PREFIXES or doc[k].lower_ in _STANCE_PREFIXES) or doc[k].ent_type_:
        return m  # "Pro-Trump", "Clinton-Trump": no name's start
    if any(t.lower_ in named for t in doc[k : m.tok_start]):
        return m
    return _joined(doc, k, m.tok_end, full, "PERSON")


def _double_surname_after_given_names(doc, prev: Mention, m: Mention) -> bool:
    """A person's given names and, right after them, a double surname joined by a hyphen that
    the NER took for a name of another kind ("Fiifi Ekow" + "Arthur-Mensah" tagged an
    organisation)."""
    halves = (doc[m.tok_start], doc[m.tok_end - 1])
    return (
        prev.label == "PERSON"
        and 1 <= prev.tok_end - prev.tok_start <= 3
        and m.tok_start == prev.tok_end
        and doc[prev.tok_end - 1].whitespace_ == " "
        and m.tok_end - m.tok_start == 3
        and glued_hyphen(doc, m.tok_start + 1)
        and all(_capitalised(t) and t.lower_ not in ORG_NAME_ENDS for t in halves)
        and not (m.tok_end < len(doc) and doc[m.tok_end].is_title)
    )


def _split_at_a_hyphen(doc, prev: Mention, m: Mention, alone: set[str]) -> bool:
    """A person's name the NER cut at the hyphen of a double surname, the second half tagged a
    person on its own ("Geneviève Arsenault" + "-" + "Roy", "María Guadalupe Chávez" +
    "Ortega"), or the first half alone, no English word, tagged otherwise ("Arsenault" an
    organisation + "Roy"), or the second half no English word tagged otherwise after a full
    name ("Daniel Whitfield" + "-" + "Sauvé", a place); neither half a word of a name standing
    whole elsewhere (``alone``; not "Cruz-Rubio")."""
    first = doc[prev.tok_start]
    half = (
        prev.tok_end - prev.tok_start == 1
        and _capitalised(first)
        and first.lower_ not in common_words(doc.vocab)
    )
    # "Daniel Whitfield" + "-" + "Sauvé", a place to the NER: no English word after a full name
    after_a_name = (
        prev.label == "PERSON"
        and " " in prev.key
        and m.label in ("GPE", "ORG", "LOC", "NORP")
        and not _english(m.key, common_words(doc.vocab))
    )
    return (
        (prev.label == "PERSON" or half)
        and m.key not in alone
        and prev.key.rsplit(" ", 1)[-1] not in alone
        and (m.label == "PERSON" or after_a_name)
        and m.tok_start == prev.tok_end + 1
        and m.tok_end - m.tok_start == 1
        and glued_hyphen(doc, prev.tok_end)
        and _capitalised(doc[m.tok_start])
    )


def _surnames_after_given_names(doc, prev: Mention, m: Mention) -> bool:
    """The person mention ``prev`` of two or three words is given names (or given names and a
    first surname) the NER cut from the surnames right after it, which it took for a name of
    one or two words of any kind ("Keylin Yamileth" + "Rodríguez Mejía" a place, "Carlos
    Enrique" + "Mazariegos" + "Toledo" a place): words no English word is."""
    english = common_words(doc.vocab)
    given = [t for t in doc[prev.tok_start : prev.tok_end] if not glued_hyphen(doc, t.i)]
    surnames = [t for t in doc[m.tok_start : m.tok_end] if not glued_hyphen(doc, t.i)]
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    return (
        prev.label == "PERSON"
        and m.label in ("PERSON", "GPE", "LOC", "ORG", "NORP")
        and 2 <= len(given) <= 3
        and 1 <= len(surnames) <= 2
        and prev.tok_end == m.tok_start
        and doc[prev.tok_end - 1].whitespace_ == " "
        and all(t.is_title and not _english(t.lower_, english) for t in given + surnames)
        and not any((t.lower_ in ORG_NAME_ENDS or t.lower_ in PLACE_NAME_ENDS) for t in surnames)
        and not (after is not None and after.is_title)
    )


def _second_surname_after_a_joiner(doc, prev: Mention, m: Mention) -> bool:
    """A person's name of two words or more (or one opening with a first name, whatever the NER
    took it for), the word that joins two surnames and one capitalised word after it: one name
    ("Íñigo de Olabarrieta" + "y" + "Salcedo", "José Ortega" + "y" + "Gasset")."""
    between = doc[prev.tok_end : m.tok_start]
    named = prev.label == "PERSON" or is_recorded_first_name(doc[prev.tok_start].text)
    return (
        named
        and prev.tok_end - prev.tok_start >= 2
        and len(between) == 1
        and between[0].text in _SURNAME_JOINERS
        and m.tok_end - m.tok_start == 1
        and doc[m.tok_start].is_title
        and m.label in ("PERSON", "GPE", "LOC", "ORG", "NORP")
    )


def _split_below_the_headline(doc, full: str, prev: Mention, m: Mention) -> bool:
    """Two people's names with only a space between them below the headline, together no longer
    than a long name: one name the NER split ("Md Rashedul" + "Islam Chowdhury")."""
    # "Gloria Lagos" + "Medina", a place to the NER, set off by a comma: a second surname
    second = (
        m.label in ("GPE", "LOC", "NORP")
        and m.tok_end - m.tok_start == 1
        and " " in prev.key
        and m.tok_end < len(doc)
        and doc[m.tok_end].text == ","
    )
    return (
        prev.label == "PERSON"
        and (m.label == "PERSON" or second)
        and prev.tok_end == m.tok_start
        and doc[prev.tok_end - 1].whitespace_ == " "
        and doc[prev.tok_end - 1].text not in _SEATS  # "Amittuq MLA" + "Elisapi Kunnuk"
        and m.tok_end - prev.tok_start <= 5
        and prev.start >= _headline_end(full)
    )


def _joined(doc, s: int, e: int, full: str, label: str) -> Mention:
    """One ``label`` mention of tokens ``s`` to ``e`` made of mentions the tagger split, keyed
    as a tagged one is (curly apostrophes straightened)."""
    start, end, text = _mention_text(doc, s, e, full)
    key = " ".join(text.lower().replace("’", "'").split())
    return Mention(start, end, s, e, text, label, key)


def _first_name_before(doc, prev: Mention, m: Mention) -> bool:
    """The mention before the person ``m`` is a first name right before it, a person's, or
    after a title whatever the NER took either for ("Dr Nadia" tagged a place +
    "Haddad-Pereira", "Baroness Felicity" + "Oduya-Grant" tagged organisations), or before a
    double surname ("Therese" + "Oyelaran-Hughes", tagged a people and an organisation), or a
    person's after a title whatever word it also is ("Mrs Comfort" + "Ewurabena Baidoo")."""
    first = doc[prev.tok_start]
    titled = prev.tok_start > 0 and doc[prev.tok_start - 1].lower_ in _TITLE_WORDS
    people = prev.label == "PERSON" and m.label == "PERSON"
    if prev.label == "PERSON" and _two_given_names(doc, prev.tok_start, prev.tok_end):
        # "Senator Jean-Christophe" + "Bruneau-Lafitte"
        after = doc[prev.tok_end - 1].whitespace_ == " "
        return prev.tok_end == m.tok_start and after and doc[m.tok_start].lower_ not in FIRST_NAMES
    return (
        prev.tok_end - prev.tok_start == 1
        and prev.tok_end == m.tok_start
        and first.whitespace_ == " "
        and (people or titled or _double_surname(doc, m) or _surname_half_after(doc, m))
        and (
            _a_first_name(first)
            or (titled and is_recorded_first_name(first.text))
            or (titled and people and doc[prev.tok_start - 1].lower_ in TITLES)
        )
        and doc[m.tok_start].lower_ not in FIRST_NAMES
    )


def _surname_half_after(doc, m: Mention) -> bool:
    """The one-word mention is the first half of a double surname whose second half the NER
    left out ("Agnieszka" + "Pawłowska" tagged places, "-Lis" untagged): no English word."""
    e = m.tok_end
    return (
        e - m.tok_start == 1
        and e + 1 < len(doc)
        and glued_hyphen(doc, e)
        and _capitalised(doc[e + 1])
        and not doc[e + 1].ent_type_
        and doc[m.tok_start].lower_ not in common_words(doc.vocab)
    )


def _double_surname(doc, m: Mention) -> bool:
    """The mention is two capitalised words joined by a hyphen, the first no English word
    ("Oyelaran-Hughes" after "Therese" tagged a people; not "Saint-Germain" after "Paris")."""
    toks = doc[m.tok_start : m.tok_end]
    return (
        len(toks) == 3
        and glued_hyphen(doc, m.tok_start + 1)
        and all(_capitalised(toks[k]) for k in (0, 2))
        and toks[0].lower_ not in common_words(doc.vocab)
    )


#: Small words inside a surname written in lower case ("Bastos da Silva", "van den Akker").
_SMALL_PARTICLES = NAME_PARTICLES | frozenset({"den", "do", "dei", "los", "las", "i", "e", "y"})
#: Particles that open an Italian, Dutch, German or French surname in capitals ("Giovanna Di
#: Pietro", "Lo Presti"): a particle only inside a person's name.
_CAPITAL_PARTICLES = frozenset(
    {
        "Di",
        "De",
        "Del",
        "Della",
        "Da",
        "Dos",
        "Das",
        "Du",
        "Lo",
        "Van",
        "Von",
        "Dal",
        "Dalla",
        "Degli",
    }
)
#: Words that join two surnames ("Jordi Casals i Ribera", "Sousa e Silva", "Ortega y Gasset").
_SURNAME_JOINERS = frozenset({"i", "e", "y"})


def _particle(tok) -> bool:
    """``tok`` is a small particle of a name: in lower case ("da Silva"), or one that opens a
    surname in capitals ("Di Pietro")."""
    return tok.lower_ in _SMALL_PARTICLES and (tok.is_lower or tok.text in _CAPITAL_PARTICLES)


def _name_word(doc, i: int) -> bool:
    """Token ``i`` is a capitalised word of a name, or the hyphen inside one ("Jan-Willem")."""
    tok = doc[i]
    if 0 < i < len(doc) - 1 and glued_hyphen(doc, i):
        return _inside_a_double_name(doc, i)
    role = tok.lower_ in _TITLE_WORDS or tok.lower_ in PERSON_NOUNS  # "Justice Maria …"
    # "Femke ter Horst", "Femke" an adjective to the tagger: a recorded first name
    named = tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and is_recorded_first_name(tok.text))
    return _name_letters(tok) and tok.is_title and named and not role


def _particle_run(doc, p: int) -> tuple[int, int] | None:
    """The token range of a name that has one or two small particles from token ``p`` on
    between capitalised words, on one line: up to three words before ("Cláudia Helena Bastos"),
    titles, roles and honorifics left out, and up to three after ("da Silva", "bint Saad
    Al-Otaibi"); None when a side is empty."""
    q = p
    while q < len(doc) and q - p < 2 and _particle(doc[q]):
        q += 1
    e, after = q, 0
    # up to three words after, a hyphenated one whole ("bint" + "Saad Al-Otaibi")
    while e < len(doc) and after < 3 and _name_word(doc, e) and "\n" not in doc[e - 1].whitespace_:
        after += doc[e].is_alpha and not (e > 0 and glued_hyphen(doc, e - 1))
        e += 1
    s, words = p, 0
    while (
        s > 0
        and words < 3
        and _name_word(doc, s - 1)
        and doc[s - 1].text not in _CAPITAL_PARTICLES
        and "\n" not in doc[s - 1].whitespace_
    ):
        s -= 1
        words += doc[s].is_alpha
    english = common_words(doc.vocab)
    while (
        s < p - 1 and _english(doc[s].lower_, english) and not is_recorded_first_name(doc[s].text)
    ):
        s += 1  # "Deputy Minister of Tourism Fahd bin Abdullah": the field's word
    while s < p - 1 and _two_word_honorific(doc, s, p):
        s += 1  # "Tan Sri Zulkarnain bin Hamid Ariffin", "Datuk Seri Azhar …": the name after
    return (s, e) if s < p and e > q else None


def _mentions_in(at: dict, s: int, e: int) -> list[Mention]:
    """The mentions (``at``: token -> mention) with a token among tokens ``s`` to ``e``."""
    return list({id(at[t]): at[t] for t in range(s, e) if t in at}.values())


def _a_name_with_particles(doc, s: int, e: int, at: dict) -> bool:
    """Tokens ``s`` to ``e`` (``_particle_run``) are a person's name to make one mention of:
    one of its words in a person's mention, a word of parentage inside it or a recorded first
    name opening it, and no mention reaching outside it or being all of it."""
    inside = _mentions_in(at, s, e)
    person = any(m.label == "PERSON" for m in inside)

    def titled(m: Mention) -> bool:  # "Prince Khalid" of "Prince Khalid bin Mishaal Al Saud"
        return (
            all(
                (t.lower_ in _TITLE_WORDS or t.lower_ in MALE_TITLES or t.lower_ in FEMALE_TITLES)
                for t in doc[m.tok_start : s]
            )
            or (  # "María Celeste Ruiz Díaz" + "de Amarilla": more given names before
                m.label == "PERSON"
                and s - m.tok_start <= 2
                and all(t.is_title for t in doc[m.tok_start : s])
            )
        )

    parentage = any(t.lower_ in _PARENTAGE for t in doc[s:e])  # "Kalaiselvi a/p Murugiah"
    return (
        (person or parentage or is_recorded_first_name(doc[s].text))
        and not any((m.tok_start < s and not titled(m)) or m.tok_end > e for m in inside)
        and not any(m.tok_start == s and m.tok_end == e for m in inside)
    )


def _words_key(doc, s: int, e: int) -> str:
    """Tokens ``s`` to ``e`` as a mention's key has them: lower case, words as written
    ("de castelnau-vidal", its hyphen glued)."""
    return " ".join(doc[s:e].text.lower().split())


def _particle_tail(key: str) -> bool:
    """A person's name of three words or more whose surname opens with a small particle after
    the first name ("lorenzo di sarno")."""
    words = key.split()
    return len(words) >= 3 and words[1] in _SMALL_PARTICLES


def _names_with_particles(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions with one PERSON mention for each name with small particles inside that the NER
    cut or split ("Cláudia Helena" + "Bastos da Silva", "Giulia" + "di Castelnuovo" tagged
    places, "van der Berg" without "Jan-Willem"): one of its words in a person's mention, or
    a recorded first name opening it, and no mention reaching outside it or being all of it
    (the NER's own, or with another label: "Rio de Janeiro"); and for each surname with its
    particles that such a person's name ends in, written alone ("di Sarno said", "Van der
    Linde said")."""
    at = {t: m for m in raw for t in range(m.tok_start, m.tok_end)}
    runs: list[tuple[int, int]] = []
    for p in range(1, len(doc) - 1):
        tok = doc[p]
        if not _particle(tok) or doc[p - 1].is_lower or _particle(doc[p - 1]):
            continue
        run = _particle_run(doc, p)
        if run is not None and _a_name_with_particles(doc, *run, at):
            titled = [m.tok_start for m in _mentions_in(at, *run) if m.tok_start < run[0]]
            runs.append((min([run[0], *titled]), run[1]))  # the NER's "Prince" kept
    tails = {
        _words_key(doc, k, e)
        for s, e in runs
        for k in range(s + 1, e)
        if _particle(doc[k]) and not _particle(doc[k - 1]) and doc[k].lower_ not in _SURNAME_JOINERS
    }
    tails |= {m.key.split(" ", 1)[1] for m in raw if m.label == "PERSON" and _particle_tail(m.key)}
    for k in range(len(doc) - 1):
        if doc[k].lower_ not in _SMALL_PARTICLES or (k and _name_word(doc, k - 1)):
            continue
        if k and doc[k - 1].lower_ in _SMALL_PARTICLES:
            continue
        ends = range(k + 2, min(k + 5, len(doc)) + 1)
        e = next((e for e in ends if _words_key(doc, k, e) in tails), None)
        if e is None or not doc[e - 1].is_title or any(r[0] <= k < r[1] for r in runs):
            continue
        if not any(m.tok_start < k or m.tok_end > e for m in _mentions_in(at, k, e)):
            runs.append((k, e))
    # a name with a nickname in marks is whole already ("Mariano “Ka Mario” Dela Peña")
    nicknamed = {t for m in raw if m.formal is not None for t in range(m.tok_start, m.tok_end)}
    runs = [(s, e) for s, e in runs if not nicknamed.intersection(range(s, e))]
    if not runs:
        return raw
    covered = {t for s, e in runs for t in range(s, e)}
    kept = [m for m in raw if not covered.intersection(range(m.tok_start, m.tok_end))]
    found = [_mention(doc, s, e, full, "PERSON") for s, e in runs]
    return sorted(kept + found, key=lambda m: m.start)


def _one_person(doc, prev: Mention, m: Mention) -> bool:
    """The person mention before ``m`` and the particles between them, or the particle that
    ends it ("Dafydd ap" + "Gwilym Morgan"), open one name."""
    between = doc[prev.tok_end : m.tok_start]
    if prev.label != "PERSON":
        return False
    last = doc[prev.tok_end - 1]
    particles = [t for t in (last, *between, doc[m.tok_start]) if t.lower_ in NAME_PARTICLES]
    if (  # "Ilse Van" + "der" + "Merwe": a capitalised particle, then a small one
        len(between) == 1
        and between[0].lower_ in NAME_PARTICLES
        and between[0].is_lower
        and last.lower_ in NAME_PARTICLES
        and last.is_title
        and prev.tok_end - prev.tok_start > 1
    ):
        return True
    return (
        len(between) <= 2
        and all(t.lower_ in NAME_PARTICLES and t.is_lower for t in between)
        and bool(particles)
        and particles[0].is_lower
        and particles[0].i in (prev.tok_end, m.tok_start, last.i)
        and (particles[0].i != last.i or (not between and prev.tok_end - prev.tok_start > 1))
    )


def _a_person_of_the_body(doc, prev: Mention, between, m: Mention) -> bool:
    """The organisation's name before "of" and another's is a person's that the NER ran into
    the "of" ("Jean-Baptiste Morvan of" + "Nordhaven Rally Team"): a given name and a
    surname that stands alone elsewhere in the text."""
    return (
        prev.label == m.label == "ORG"
        and [t.lower_ for t in between] == ["of"]
        and _given_name_and_surname(doc, prev.tok_start, prev.tok_end)
        and _surname_alone_elsewhere(doc, prev.tok_end - 1)
    )


def _one_name(doc, prev: Mention | None, between, m: Mention) -> bool:
    """The mention before ``m`` and the words ``between`` them open one organisation's name:
    joined by small words ("U.S. Court of Appeals" + "for the" + "Sixth Circuit") or a saint's
    possessive, or a service two areas share, or a country's own body."""
    if prev is not None and len(between) == 3:  # "Department of Children" + ", Youth and"
        return _portfolio(doc, prev, between, m)
    if prev is None or len(between) > 2:  # every rule below joins over two words at most
        return False
    small = all(t.lower_ in NAME_SMALL_WORDS - _JOINING and t.is_lower for t in between)
    joined = prev.label == m.label == "ORG" and 0 < len(between) <= 2
    return (
        (joined and (small or _saints(doc, prev, between)))
        or _shared_area(prev, between, m, doc)
        or _national_body(doc, prev, between, m)
        or _portfolio(doc, prev, between, m)
        or _two_fields(doc, prev, between, m)
        or _service_of_two_words(doc, prev, between, m)
    )


def _service_of_two_words(doc, prev: Mention, between, m: Mention) -> bool:
    """A body named by two capitalised English words joined by "and" before a kind of
    organisation, which the NER cut at the "and" ("North Yorkshire Fire" + "and" + "Rescue
    Service", "Kenya Human Rights" + "and" + "Civic Space Coalition"): the word before "and"
    and the ones after it are English words, no names, the name before is of two words or more
    and ends in no kind, the one after is one or two words and a kind."""
    english = common_words(doc.vocab)
    before, after = doc[prev.tok_end - 1], doc[m.tok_start]
    words, kind = prev.key.split(), m.key.split()
    the = len(words) == 1 and prev.tok_start > 0 and doc[prev.tok_start - 1].lower_ == "the"
    return (
        [t.lower_ for t in between] == ["and"]
        and m.label in ("ORG", "PERSON")  # whatever the NER took "Civic Space Coalition" for
        and (len(kind) == 2 or (len(kind) == 3 and _english(kind[1], english)))
        and kind[-1] in ORG_NAME_ENDS
        # "North Yorkshire Fire", or one word after "the" ("The Maritime and Coastguard Agency")
        and (len(words) >= 2 or the)
        and words[-1] not in ORG_NAME_ENDS  # not two names: "Ithaca College and Cornell …"
        # "Anderson Cooper and …", not "Kenya Human Rights" the NER took for a body, nor "the
        # Marine and Freshwater Research Institute"
        and (not is_recorded_first_name(doc[prev.tok_start].text) or len(words) >= 3 or the)
        and prev.label in ("PERSON", "ORG", "GPE", "LOC", "NORP")
        and all(t.is_title and _english(t.lower_, english) for t in (before, after))
    )


def _two_fields(doc, prev: Mention, between, m: Mention) -> bool:
    """A national agency named by two fields, which the NER tagged apart ("Colleges" + "and" +
    "Institutes Canada"): a plural field, "and", and a plural field before the nation."""
    first = doc[prev.tok_start]
    return (
        prev.label == m.label == "ORG"
        and prev.tok_end - prev.tok_start == 1
        and [t.lower_ for t in between] == ["and"]
        and first.is_title
        and first.lower_.endswith("s")
        and doc[m.tok_start].tag_ == "NNPS"
        and doc[m.tok_end - 1].lower_ in AGENCY_NATIONS
    )


def _portfolio(doc, prev: Mention, between, m: Mention) -> bool:
    """A department's next field, which the NER cut off after "and" or a comma before one
    ("Ministry of Municipal Affairs" + "and" + "Housing", "Department for Culture" + "," +
    "Media" + "and" + "Sport", "Ministry of Information, Communications" + "and the" + "Digital
    Economy"): the name before holds "of" or "for" after a kind of organisation, and the one
    after is capitalised words tagged nowhere else, whatever their type ("Youth")."""
    words = prev.key.split()
    joint = [t.lower_ for t in between]
    after = doc[m.tok_end : m.tok_end + 2]
    listed = joint == [","] and len(after) == 2 and after[0].lower_ == "and" and after[1].is_title
    # "Ministry of Information, Communications" + "and the" + "Digital Economy": the list's end
    last = joint == ["and", "the"] and "," in prev.key
    # "Department of Children" + ", Youth and" + "Families": a field the NER tagged nowhere
    untagged = (
        len(between) == 3
        and joint[0] == ","
        and joint[2] == "and"
        and between[1].is_title
        and not between[1].ent_type_
    )
    return (
        prev.label == "ORG"
        and m.label in ("ORG", "GPE", "NORP", "LOC")  # "Department of Children" + "," + "Youth"
        and len(words) >= 3
        and words[0] in ORG_NAME_ENDS
        and words[1] in ("of", "for")
        and (joint == ["and"] or listed or last or untagged)
        and all(t.is_title for t in doc[m.tok_start : m.tok_end])
        and sum(m.text in e.text for e in doc_ents(doc)) == 1
        # a second body: "Institute of Physics" + "and" + "Bath University"
        and not (m.tok_end - m.tok_start >= 2 and doc[m.tok_end - 1].lower_ in ORG_NAME_ENDS)
    )


def _national_body(doc, prev: Mention | None, between, m: Mention) -> bool:
    """A country's own body, named with its possessive ("Russia's" + "Defense Ministry"): a
    one-word place, "'s", and an organisation whose name ends in a kind of organisation."""
    return (
        prev is not None
        and prev.label == "GPE"
        and prev.tok_end - prev.tok_start == 1
        and [t.lower_ for t in between] in (["'s"], ["’s"])
        and _service(doc, m)
    )


def _saints(doc, prev: Mention, between) -> bool:
    """A saint's name and its possessive that open a name the NER split ("St James" + "'s" +
    "University Hospital")."""
    saint = doc[prev.tok_start].lower_ in ("st", "st.", "saint")
    return saint and [t.lower_ for t in between] in (["'s"], ["’s"], ["'"], ["’"])


def _shared_area(prev: Mention | None, between, m: Mention, doc) -> bool:
    """A one-word place the NER cut off a service that two areas share ("Avon" + "and" +
    "Somerset Police"), or a place and field it ran into the "and" as another name
    ("Staffordshire Fire and" + "Rescue Service"), or that it took for an organisation of its
    own but names nowhere else alone ("Kelmouth" + "and" + "Eastdown Constabulary")."""
    if prev is None or prev.label not in ("GPE", "LOC", "PERSON", "ORG"):
        return False
    if prev.label == "ORG" and (
        prev.text.isupper() or m.tok_end - m.tok_start < 2 or _named_elsewhere(doc, prev)
    ):
        return False  # "Europol and Kent Police", "Justice and Energy", "Goodlatte and …"
    ran_on = all(t.pos_ == "PROPN" and t.is_title for t in doc[prev.tok_start : prev.tok_end])
    ran_on = ran_on and bool(between) and between[0].ent_iob_ == "I"
    return (
        (prev.tok_end - prev.tok_start == 1 or ran_on)
        and [t.lower_ for t in between] == ["and"]
        and _service(doc, m)
    )


def _named_elsewhere(doc, m: Mention) -> bool:
    """The NER tagged ``m``'s words as a whole name of their own elsewhere in the article, not
    a place's word before a common noun ("the Kelmouth coast"), or as part of a person's name
    ("Goodlatte" of "Bob Goodlatte")."""
    return any(
        e.start != m.tok_start
        and (
            (e.text == m.text and not (e.root.dep_ == "compound" and e.root.head.is_lower))
            or (e.label_ == "PERSON" and m.text in e.text.split())
        )
        for e in doc_ents(doc)
    )


def _branch_of_an_untagged_name(doc, m: Mention) -> bool:
    """A country the NER tagged that speaks, after a name it did not tag, no first name nor
    title, that the parser made one with it: an organisation's national branch ("Greenpeace
    Brazil said"; not "Mr Dunstan said", a surname the NER took for a place)."""
    name = doc[m.tok_start - 1] if m.tok_start else None
    return (
        name is not None
        and m.label == "GPE"
        and m.tok_end - m.tok_start == 1
        and name.pos_ == "PROPN"
        and name.dep_ == "compound"
        and name.head.i == m.tok_start
        and name.is_title
        and not name.ent_type_
        and (name.i == 0 or doc[name.i - 1].pos_ not in ("PROPN", "PART"))
        and name.lower_ not in FIRST_NAMES
        and name.lower_.rstrip(".") not in TITLES
        and _speaks(doc[m.tok_start])
    )


def _untagged_area(doc, m: Mention) -> int | None:
    """Where the same name starts when the NER did not tag its place ("of Avon and Somerset
    Police", "Staffordshire Fire and Rescue Service": at most three untagged capitalised
    words), or left out the first of its two fields ("Colleges and Universities Canada",
    "Fisheries and Oceans Canada", "the Maritime and Port Authority of Singapore"); None when no
    such words come before."""
    if m.tok_start < 3 or doc[m.tok_start - 1].lower_ != "and":
        return None
    start = m.tok_start - 1
    while (
        start > 0
        and m.tok_start - 1 - start < 3
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].is_title
        # "NAIROBI, May 16 - The Employment and Labour Relations Court": run into the date
        and (not doc[start - 1].ent_type_ or _no_date_word(doc[start - 1]))
    ):
        start -= 1
    area = doc[m.tok_start - 2]
    fields = m.label == "ORG" and area.lower_.endswith("s") and doc[m.tok_start].tag_ == "NNPS"
    # "the Maritime and Port Authority of Singapore": one field after "the"
    fields = fields or (m.label == "ORG" and start > 0 and doc[start - 1].lower_ == "the")
    untagged = (
        start < m.tok_start - 1
        and (start == 0 or doc[start - 1].pos_ != "PROPN")
        and (_service(doc, m) or (fields and start == m.tok_start - 2))
    )
    return start if untagged else None


def _no_date_word(tok) -> bool:
    """``tok`` is a word the NER ran into a date that names no day, month or time."""
    return (
        tok.ent_type_ == "DATE"
        and tok.is_alpha
        and (tok.lower_ not in TIME_RUN_ONS and tok.lower_ not in MONTHS)
    )


def _service(doc, m: Mention) -> bool:
    """``m`` is a capitalised organisation whose name ends in a kind of one ("Somerset Police",
    whatever its label: no person's name ends so)."""
    return (
        m.label in ("ORG", "PERSON")
        and doc[m.tok_start].is_title
        and doc[m.tok_end - 1].lower_ in ORG_NAME_ENDS
    )


def _an_offices_own(doc, s: int, e: int) -> bool:
    """One English word in the plural after an office's possessive, the name of what the office
    holds ("Prime Minister's Questions"), no person."""
    return (
        e - s == 1
        and s > 1
        and doc[s].tag_ in ("NNS", "NNPS")
        and doc[s - 1].lower_ in _POSSESSIVE
        and doc[s - 2].lower_ in PERSON_NOUNS
        and _english(doc[s].lower_, common_words(doc.vocab))
    )


def _common_plural(span, surnames: set[str]) -> bool:
    """A lone plural common noun the tagger took for a name ("Scholars have long debated"),
    unless it is the surname of a person named in full ("Sanders"), capitalised inside a
    sentence ("After the debate, Davies told supporters") or no English word ("Valdivieso
    said", a plural to the tagger)."""
    return (
        len(span) == 1
        and span[0].tag_ == "NNS"
        and span[0].pos_ == "NOUN"
        and span[0].lower_ not in surnames
        and (span[0].is_sent_start or not span[0].is_title)
        and (
            not (span[0].is_title and span[0].is_alpha)  # "IDs", "757s": no one's name
            or _english(span[0].lower_, common_words(span.doc.vocab))
        )
    )


def _untagged_words_before(doc, s: int, e: int, taken: set[int]) -> int:
    """The start of an organisation's name whose first words the NER left out, capitalised
    proper nouns joined to the name ("The Attorney General's Office" tagged "General's Office",
    "Elbtal Kliniken" tagged "Kliniken"); a common word opening the sentence stays out
    ("Chipmaker Nvidia"), and so does a role before a first name ("Chief Executive Marc-Andre
    Tremblay"); a kind of body before "for" joins it ("the Campaign for Better Transport"
    tagged "Better Transport")."""
    while s > 0:
        tok = doc[s - 1]
        joined = tok.dep_ == "compound" and s <= tok.head.i < e
        named = tok.tag_ == "NNP" and tok.is_title and tok.text[0].isalpha()
        if not (joined and named and not tok.ent_type_):
            break
        if s - 1 in taken or tok.lower_.rstrip(".") in _TITLE_WORDS:  # not "Deputy Cassidy"
            break
        if _honorific_before(doc, s, e):
            break  # "Me Ouerdia Haddadi" tagged "Ouerdia Haddadi": a person's title
        if tok.lower_ in UNSTYLED_ROLES and _given_name_and_surname(doc, s, e):
            break  # "Executive Marc-Andre Tremblay"
        if _opens_sentence(tok) and tok.lower_ in common_words(doc.vocab):
            break
        s -= 1
    # "Campaign for" + "Better Transport": the kind of body before "for" and its field
    body = doc[s - 2] if s >= 2 and doc[s - 1].lower_ == "for" and s - 2 not in taken else None
    if body is not None and body.is_title and body.lower_ in BODY_HEADS and not body.ent_type_:
        return _untagged_words_before(doc, s - 2, e, taken)
    # "Pan-African …" tagged from "African"; not "Trump-GOP"
    if s >= 2 and glued_hyphen(doc, s - 1) and doc[s - 2].lower_ in _NAME_PREFIXES:
        s -= 0 if s - 2 in taken else 2
    return s


def _across_a_plural_possessive(doc, s: int, e: int, taken: set[int]) -> tuple[int, int]:
    """An organisation's name the NER cut at a plural possessive inside it, made whole ("The
    Workers' Party" tagged "Party", "the Nigeria Governors' Forum" tagged "Nigeria
    Governors'"): its token range."""

    def plural_possessive(i: int) -> bool:
        return (
            0 <= i < len(doc) - 1
            and doc[i].tag_ == "NNPS"
            and doc[i].is_title
            and doc[i].ent_type_ in ("", "ORG")  # not "the Democrats' Senate campaign arm"
            and doc[i + 1].text in ("'", "’")
            and i not in taken
        )

    if plural_possessive(s - 2):
        s -= 2
        while s > 0 and doc[s - 1].tag_ == "NNP" and doc[s - 1].is_title and s - 1 not in taken:
            s -= 1
    for cut in (e - 2, e - 1):  # with the apostrophe kept, or left out
        named = cut + 2 < len(doc) and doc[cut + 2].tag_ == "NNP" and doc[cut + 2].is_title
        if plural_possessive(cut) and named and cut + 2 >= e:
            return s, cut + 3
    return s, e


def _words_but_names(sent, e: int) -> str:
    """The words of a sentence outside its names and token ``e``, to tell a headline's
    capitals from a sentence's names ("The Mayor of Pennock Bridge, Cllr Tessa Arkwright,")."""
    return " ".join(t.text for t in sent if not t.ent_type_ and t.i != e)


def _named_later(keys: set[str], m: Mention, first_start: dict[str, int]) -> bool:
    """Every name of ``keys`` is first given after ``m``'s name is first written."""
    return all(first_start[k] > first_start[m.key] for k in keys)


def _kind_opening_a_sentence(doc, s: int, e: int) -> bool:
    """``doc[s]`` is the word for a kind of organisation whose names seldom say it, opening a
    sentence, headline or the text after a dateline in capitals before a name of one or two
    words that opens with no English word ("Carmaker Veltra recalls", "Retailer Pennock's
    says", "MUNICH — Carmaker Isarwerke AG will cut"; not "Charity Commission")."""
    first = doc[s]
    opening = first.is_sent_start or (s > 0 and doc[s - 1].text in ("—", "–", "--"))
    return (
        opening
        and first.is_title
        and first.lower_ in UNSAID_KINDS
        and e - s <= 3
        and not _english(doc[s + 1].lower_, common_words(doc.vocab))
    )


#: A surname opening with an elided particle ("d'Hoop", "d’Estaing").
_ELIDED_PARTICLE = re.compile(r"[dD]['’][A-ZÀ-Þ]")


def _two_given_names(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` is two recorded first names joined by a hyphen ("Anne-Sophie"), whatever
    the NER took them for."""
    return (
        e - s == 3
        and glued_hyphen(doc, s + 1)
        and is_recorded_first_name(doc[s].text)
        and is_recorded_first_name(doc[s + 2].text)
    )


def _untagged_surname(doc, s: int, e: int, taken: set[int], split: bool = False) -> bool:
    """The capitalised proper noun right after a person's name that the parser made the head
    of its last word (or of both, when a hyphen joins it to the next: "Cllr Hamish" + "Okoro"
    + "-Reid") and the NER left out, or with ``split`` tagged a name of one word: the surname
    ("Suleiman" + "Adow", "Cllr Amrit" + "Sandhu"; not after a kind of work: "the book Clinton
    Cash")."""
    if e >= len(doc) or e in taken:
        return False
    alone = e + 1 >= len(doc) or doc[e + 1].ent_iob_ != "I"
    if doc[e].ent_type_ and not (split and doc[e].ent_iob_ == "B" and alone):
        return False
    if s > 0 and doc[s - 1].lemma_.lower() in WORK_NOUNS:
        return False
    tok, last = doc[e], doc[e - 1]
    return (
        tok.pos_ == "PROPN"
        and (tok.is_title or _ELIDED_PARTICLE.match(tok.text) is not None)  # "d'Hoop"
        and _name_letters(tok)
        and last.dep_ == "compound"
        and (last.head.i == e or _heads_of_a_hyphen(doc, e, last))
        and (tok.lower_ not in _TITLE_WORDS and tok.lower_ not in ORG_NAME_ENDS)
        and not _title_cased(_words_but_names(tok.sent, e))  # "Paul Ryan Joins …"
        and not (e + 1 < len(doc) and doc[e + 1].is_title)  # "Ted Cruz Hints Trump …"
    )


def _two_untagged_surnames(doc, e: int, taken: set[int]) -> bool:
    """The two capitalised words right after a person's name ending at ``e`` are more of it:
    proper nouns no English word is, the NER's label for them at most a one-word name of any
    kind last ("Syed Mohsin" + "Raza Bukhari", "Rogers" + "Ainebyoona" + "Mugisha" a place,
    "Juan Carlos" + "Reyes" + "Ávila" a person), with
    no capitalised word after them and not in a headline in capitals."""
    if e + 2 > len(doc) or e in taken or e + 1 in taken:
        return False
    english = common_words(doc.vocab)
    words = (doc[e], doc[e + 1])
    after = doc[e + 2] if e + 2 < len(doc) else None
    last_tagged = bool(doc[e + 1].ent_type_) and (after is None or after.ent_iob_ != "I")
    return (
        not doc[e].ent_type_
        and (not doc[e + 1].ent_type_ or (last_tagged and doc[e + 1].ent_iob_ == "B"))
        and all(
            t.pos_ == "PROPN"
            and t.is_title
            and t.is_alpha
            # an English word too only between names ("Juan Carlos" + "Reyes" + "Ávila")
            and (t.lower_ not in english or (t.i == e and doc[e + 1].ent_type_ == "PERSON"))
            and (t.lower_ not in _TITLE_WORDS and t.lower_ not in ORG_NAME_ENDS)
            for t in words
        )
        and doc[e - 1].whitespace_ == " "
        and doc[e].whitespace_ == " "
        and not (after is not None and after.is_title)
        and not _title_cased(_words_but_names(doc[e].sent, e))
    )


def _first_name_after_a_role(doc, s: int, e: int) -> bool:
    """``doc[s:e]`` is one word recorded as a first name after a role noun in lower case
    ("organizer Felicity"), whatever the NER took it for."""
    return (
        e - s == 1
        and s > 0
        and doc[s - 1].is_lower
        and doc[s - 1].lemma_.lower() in PERSON_NOUNS
        and is_recorded_first_name(doc[s].text)
    )


def _heads_of_a_hyphen(doc, e: int, last) -> bool:
    """Token ``e``, a word not in capitals ("Sanders T-shirts"), and ``last`` both hang on
    the word a hyphen joins to ``e``."""
    return (
        e + 2 < len(doc)
        and glued_hyphen(doc, e + 1)
        and not doc[e].is_upper
        and doc[e].head.i == last.head.i == e + 2
    )


def _name_letters(tok) -> bool:
    """``tok`` is letters, or letters with an apostrophe inside ("Dall'Olio", "D'Alessandro")."""
    inner = tok.text[1:-1].replace("'", "").replace("\u2019", "")
    return tok.is_alpha or (tok.text[:1].isalpha() and tok.text[-1:].isalpha() and inner.isalpha())


def _capitalised(tok) -> bool:
    """A word written with a capital first and small letters after ("Marsh", "McLean")."""
    return tok.text[:1].isupper() and any(c.islower() for c in tok.text)


def _untagged_second_surname(doc, s: int, e: int, taken: set[int], ents) -> bool:
    """A hyphen and a capitalised proper noun the NER left after a person's first name and
    surname: the second half of a double surname ("Teodora Valdivia" + "-Marsh"); not another
    person's surname ("a Clinton-Sanders race"), nor in a headline's capitals."""
    if e - s < 2 or e + 1 >= len(doc) or not glued_hyphen(doc, e) or not _capitalised(doc[e - 1]):
        return False
    tok = doc[e + 1]
    double = f"{doc[e - 1].lower_}-{tok.lower_}"
    others = (
        x
        for x in ents
        if x.label_ == "PERSON"
        and x[-1].lower_ == tok.lower_
        and not x.text.lower().endswith(double)
    )
    return (
        tok.pos_ == "PROPN"
        and _capitalised(tok)
        and tok.is_alpha
        and not tok.ent_type_
        and tok.i not in taken
        and not _title_cased(_words_but_names(tok.sent, e + 1))
        and next(others, None) is None
    )


def _for_a_cause(doc, e: int, taken: set[int]) -> int:
    """Where a group's name ends that a plural ended before "for" and the capitalised words of
    its cause ("Brevard Parents" + "for Open Libraries", "Oregonians" + "for Fiscal Sanity"):
    after those words, or ``e``."""
    last = doc[e - 1]
    if e + 1 >= len(doc) or doc[e].lower_ != "for" or not last.is_title:
        return e
    if not (last.tag_ in ("NNS", "NNPS") or (last.text.endswith("s") and last.ent_type_ == "NORP")):
        return e
    end = e + 1
    while end < len(doc) and end - e <= 4 and doc[end].is_title and end not in taken:
        if doc[end].ent_type_ in ("DATE", "TIME", "PERSON"):
            return e
        end += 1
    return end if end > e + 1 else e


def _field_or_country_after_a_body(doc, s: int, e: int, taken: set[int]) -> int:
    """Where the organisation's name ``doc[s:e]`` ends that the NER cut after its word for a
    kind of body, before "for" and the capitalised words of its field ("Bavarian State Office"
    + "for the Environment", "Republican Bloc" + "for the Defence of the Constitution"), or
    that holds such a word and was cut before "of" and one country or region's name and no more
    ("Communications Authority" + "of Kenya", "Ministry of Internal Affairs" + "of Georgia"),
    or that a mission's word ends before "in" and the country it is posted in: after those
    words, or ``e``."""
    if e + 2 >= len(doc) or not doc[e - 1].is_title:
        return e
    of = doc[e].lower_ == "of" and any(t.is_title and t.lower_ in BODY_HEADS for t in doc[s:e])
    if of or (doc[e].lower_ == "in" and doc[e - 1].lower_ in _POSTED_BODIES):
        k = e + 1
        if doc[k].lower_ == "the" and not doc[k].ent_type_ and k + 1 < len(doc):
            k += 1  # "Mission in the Central African Republic"
        if doc[k].ent_type_ != "GPE" or doc[k].ent_iob_ != "B" or k in taken:
            return e
        k += 1
        while k < len(doc) and doc[k].ent_iob_ == "I":
            k += 1
        return k if k == len(doc) or not doc[k].text[:1].isupper() else e
    if doc[e].lower_ != "for" or doc[e - 1].lower_ not in BODY_HEADS:
        return e
    end, k = e, e + 1
    while k < len(doc) and k - e <= 8:
        tok = doc[k]
        if "\n" in doc[k - 1].whitespace_ or k in taken or tok.ent_type_ in _NOT_A_FIELD:
            break
        if tok.is_title and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
            end = k + 1
        elif tok.lower_ not in ("the", "of", "and"):
            break
        k += 1
    return end


#: Bodies posted in a country, whose name says where ("the UN Stabilization Mission in the
#: Democratic Republic of the Congo", "the Chinese Embassy in Manila").
_POSTED_BODIES = frozenset({"mission", "delegation", "embassy", "consulate"})
#: What the capitalised words after "for" are not when they name a body's field.
_NOT_A_FIELD = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "MONEY"})


def _legal_form(doc, i: int) -> bool:
    """Token ``i`` is a company's legal form the NER left after its name, in any case, on the
    name's line ("Hafbrún" + "ehf.", "Nordvik" + "ASA")."""
    if not 0 < i < len(doc) or doc[i].ent_type_ or "\n" in doc[i - 1].whitespace_:
        return False
    if not doc[i].whitespace_ and i + 1 < len(doc) and doc[i + 1].text == "-":
        return False  # "Sanders co-sponsored"
    low = doc[i].lower_
    return low in LEGAL_SUFFIXES or (low + "." in LEGAL_SUFFIXES and doc[i].is_alpha)


def _name_end_word(doc, e: int, taken: set[int]) -> int:
    """Where a name ends once the words the NER left after it that end in the word for a kind
    of organisation join it ("Newcastle" + "United", "Avon and Somerset" + "Police", "Dorset"
    + "and Wiltshire Fire and Rescue Service", "Ports" + "and Transport Workers' Union"), and a
    union local's number ("Amalgamated Transit Union Local" + "113"), not in a headline in
    capitals: ``e`` or after that word."""
    if doc[e - 1].lower_ == "local" and e < len(doc) and doc[e].like_num and doc[e].is_digit:
        return e + 1
    end = e
    if _saints_possessive(doc, e):  # "St Bride's" + "Cathedral"
        return e + 2
    if _legal_form(doc, e):  # "fish processor Hafbrún" + "ehf."
        return e + 1
    for i in range(e, min(len(doc), e + _NAME_RUN)):
        tok = doc[i]
        if "\n" in doc[i - 1].whitespace_ or tok.ent_type_ or tok.i in taken:
            break
        if tok.is_title and (tok.lower_ in ORG_NAME_ENDS or tok.lower_ == "union"):
            end = i + 1
        elif not (
            tok.is_title
            or tok.lower_ in ("and", "of", "&")
            or (i > e and _possessive_in_a_name(tok))  # not "Bernie Sanders' College for All"
        ):
            break
    if end > e and not any(t.is_lower and t.is_alpha for t in doc[e].sent):
        return e  # a headline in capitals: "… Navigate U.S. Media"
    return end


def _rest_of_the_name_before(doc, m: Mention, org_last: dict[str, set[str]]) -> bool:
    """The one-word mention ``m`` ends the one organisation's name whose other words come
    right before it, untagged ("Lumiere" + "Naturelle" for "Lumiere Naturelle")."""
    keys = org_last.get(m.key, set())
    if len(keys) != 1:
        return False
    rest = next(iter(keys)).split()[:-1]
    before = doc[max(0, m.tok_start - len(rest)) : m.tok_start]
    return [t.lower_ for t in before] == rest and not any(t.ent_type_ for t in before)


#: Words a hyphen joins after a name that make it describe what follows ("Bush-era").
_AFTER_A_NAME = frozenset(
    [
        "era",
        "run",
        "led",
        "like",
        "born",
        "type",
        "free",
        "wide",
        "only",
        "style",
        "ism",
        "ist",
        "ite",
        "ish",
        "esque",
        "proof",
        "made",
        "less",
    ]
)


def _second_syllable_after(doc, i: int) -> bool:
    """Token ``i`` is a hyphen joining a name's last word to its second syllable in lower case,
    a given name written after the family name ("Nam Gi-cheol said", "Cha Min-kyu of")."""
    if i < 1 or i + 1 >= len(doc) or doc[i].text != "-":
        return False
    syllable = doc[i + 1]
    joined = not doc[i - 1].whitespace_ and not doc[i].whitespace_
    # not "Caucus-goers", "Mar-a-Lago", "Johnny-come-lately"; "Do-gyeong" but not "-backed"
    short = 2 <= len(syllable) <= 5
    short = short or (len(syllable) == 6 and syllable.lower_ not in common_words(doc.vocab))
    lower = syllable.is_lower and syllable.is_alpha and short
    lower = lower and not syllable.lower_.endswith("s") and doc[i - 1].is_title
    after = doc[i + 2] if i + 2 < len(doc) else None
    ends = after is None or (after.text != "-" and (not after.is_title or after.is_sent_start))
    return joined and lower and syllable.lower_ not in _AFTER_A_NAME and ends


def _syllable_after(doc, i: int) -> bool:
    """Token ``i`` is a hyphen joining a given name to its second syllable in lower case, a
    capitalised surname after them ("Hyun-woo Park", "Ji-hoon Kim")."""
    if i < 1 or i + 2 >= len(doc) or doc[i].text != "-":
        return False
    syllable, surname = doc[i + 1], doc[i + 2]
    joined = not doc[i - 1].whitespace_ and not doc[i].whitespace_ and bool(syllable.whitespace_)
    lower = syllable.is_lower and syllable.is_alpha and len(syllable) <= 4
    lower = lower and syllable.lower_ not in _AFTER_A_NAME  # not "Bush-era Justice Department"
    # the surname ends the name: not "State" of "Clinton-run State Department"
    last = i + 3 >= len(doc) or not doc[i + 3].is_title
    return joined and lower and surname.is_title and surname.is_alpha and last


def _saint_as_a_place(doc, m: Mention) -> bool:
    """A saint's name with "St" that a preposition of place or belonging governs ("vicar of St
    Barnabas", "a service at St Mary's"): the church, school or hospital named after them."""
    head = doc[m.tok_end - 1]
    while head.dep_ == "case" and head.i > m.tok_start:  # "St Mary" + "'s"
        head = head.head
    saint = doc[m.tok_start].lower_ in ("st", "st.") and m.tok_end - m.tok_start >= 2
    saint = saint and m.label == "PERSON"  # not the city of "St. Louis"
    placed = head.dep_ == "pobj" and head.head.lower_ in ("of", "at", "in", "outside", "near")
    return saint and placed


def _saints_body_end(doc, ent) -> int | None:
    """Where the name of a body or building ends that a saint's name the NER tagged with its
    possessive opens ("St Luke's" + "Hospice", "St Mary's" + "Hospital"), the word after it
    tagged or not; None when ``ent`` is no such name."""
    e = ent.end
    if ent.label_ != "PERSON" or len(ent) < 3 or e >= len(doc):
        return None
    saint = ent[0].lower_ in ("st", "st.", "saint")
    possessive = doc[e - 1].lower_ in ("'s", "’s", "'", "’") and not doc[e - 2].whitespace_
    after = doc[e]
    kind = after.lower_ in ORG_NAME_ENDS or after.lower_ in WORSHIP_PLACES
    return e + 1 if saint and possessive and after.is_title and kind else None


def _saints_possessive(doc, e: int) -> bool:
    """Token ``e`` is the "'s" the NER ended a saint's name on, before the word for a kind of
    body or building that ends it ("St Bride's" + "Cathedral", "St Thomas'" + "Hospital"; not
    "Bernie Sanders'" + "College for All")."""
    if e + 1 >= len(doc) or doc[e].lower_ not in ("'s", "’s", "'", "’") or doc[e - 1].whitespace_:
        return False
    saint = any(t.lower_ in ("st", "st.", "saint") for t in doc[max(0, e - 3) : e])
    after = doc[e + 1]
    kind = after.lower_ in ORG_NAME_ENDS or after.lower_ in WORSHIP_PLACES
    return saint and after.is_title and kind and not after.ent_type_


def _possessive_in_a_name(tok) -> bool:
    """``tok`` is the apostrophe of a plural possessive between capitalised words ("Workers'
    Union")."""
    doc = tok.doc
    return (
        tok.text in ("'", "’")
        and 0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].is_title
        and doc[tok.i - 1].lower_.endswith("s")
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i + 1].is_title
    )


def _capitalised_common_word(
    span, lower_words: AbstractSet[str], inner_capitals: AbstractSet[str]
) -> bool:
    """One word capitalised only because it opens a sentence or a headline, never capitalised
    inside a sentence, that the article uses in lower case, in the singular too ("Striker signs
    new deal" beside "Newcastle United striker"; "Tributes paid …" beside "tribute"), or,
    tagged a person, an English word that the tagger reads as no proper noun ("Conceding that
    …", "Nationally, however, …") or that names the kind of a plural noun after it ("Landlord
    groups"), or, tagged an organisation, a common noun before a kind of organisation
    ("Software company Orbix") or one the tagger reads as the root of its sentence ("Anger as
    Pennine Mutual confirms closures"), or tagged either, a role ("Striker's late goal sends
    …"), or a story's first word in capitals
    (``_lede_in_capitals``)."""
    tok = span[0]
    if len(span) == 1 and _opens_sentence(tok) and _lede_in_capitals(tok):
        return True
    if len(span) != 1 or not _opens_sentence(tok) or not tok.is_title:
        return False
    if tok.text in inner_capitals:
        return False
    english = tok.lower_ in common_words(tok.doc.vocab) and tok.lower_ not in FIRST_NAMES
    read_as_word = (
        tok.dep_ == "compound" and tok.head.i == tok.i + 1 and tok.head.tag_ == "NNS"
    ) or tok.tag_ not in ("NNP", "NNPS", "")  # tagged, and not as a proper noun
    after = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None
    kind_after = (  # "Software company Orbix", "Budget airline SkyLink"
        tok.dep_ == "compound"
        and tok.head.i == tok.i + 1
        and tok.head.is_lower
        and tok.head.lemma_ in ORG_NOUNS
        and after is not None
        and after.pos_ == "PROPN"
    )
    return (
        (span.label_ == "PERSON" and english and read_as_word)
        or (span.label_ == "ORG" and english and tok.tag_ == "NN" and tok.dep_ == "ROOT")
        or (span.label_ == "ORG" and english and kind_after)
        or (span.label_ in ("ORG", "PERSON") and english and tok.lower_ in PERSON_NOUNS)
        or bool({tok.lower_, tok.lemma_.lower(), tok.lower_.removesuffix("s")} & lower_words)
    )


def _lede_in_capitals(tok) -> bool:
    """An English word of five letters or more in capitals before words in lower case, as a
    local paper sets a story's first word ("COMMUNITY rugby clubs across the Gwent valleys
    say …"): no name."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.is_upper
        and len(tok) >= 5
        and tok.lower_ in common_words(doc.vocab)
        and tok.lower_ not in FIRST_NAMES
        and after is not None
        and after.is_lower
        and after.is_alpha
    )


def _opens_sentence(tok) -> bool:
    """``tok`` is a sentence's first word, or the first word of a quotation opening one."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return tok.is_sent_start or (before is not None and before.is_sent_start and is_mark(before))


def _office_field(doc, s: int, e: int) -> bool:
    """One English word naming the field of an office before a name ("Education Secretary
    Jenny Gilruth", "Health Minister …"): part of the title, no organisation."""
    after = doc[e] if e < len(doc) else None
    return (
        e - s == 1
        and after is not None
        and after.lower_ in OFFICE_WORDS
        and doc[s].lower_ in common_words(doc.vocab)
    )


def _opening_participle(span) -> bool:
    """One word opening a sentence that the parse reads as a participle set off by a comma
    ("Defending, Ian Morley said"; "Updated, the report says"), whatever its tag: no name."""
    tok = span[0]
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    verb = tok.tag_ in ("VBG", "VBN") or (tok.dep_ == "advcl" and tok.lower_.endswith("ing"))
    return len(span) == 1 and tok.is_sent_start and verb and after is not None and after.text == ","


def _name_before(tok) -> bool:
    """``tok`` is a proper noun that makes the word after it part of a longer name: any proper
    noun but a title ("Mr Streeting" is Streeting)."""
    return tok.pos_ == "PROPN" and tok.lower_ not in TITLES


def _untagged_full_names(doc, full: str, raw: list[Mention], words: _Words) -> list[Mention]:
    """PERSON mentions for the full names the NER missed: a run of two or three capitalised
    proper nouns, outside every entity, ending in the surname of a person the NER tagged only
    by that surname ("Elon Musk" where only "Musk" was tagged), a known first name and a
    surname (``_first_and_surname``), a surname that speaks alone and the names it ends
    (``_speaking_surnames``), a name a role describes (``_described_name``) or that is a
    subject (``_subject_name``)."""
    surnames = {m.key for m in raw if m.label == "PERSON" and " " not in m.key}
    # not a name the NER took for a date ("Gernot Pfaffenhuber" with "Pfaffenhuber" a DATE)
    in_ent = {
        t
        for ent in doc_ents(doc)
        if ent.label_ in NAMED_LABELS
        or not all(t.pos_ == "PROPN" and t.lower_ not in TIME_RUN_ONS for t in ent)
        for t in range(ent.start, ent.end)
    }
    found = []
    for i, lower in enumerate(words.lower):
        joined = f"{words.lower[i - 2]}-{lower}" if i > 1 else None
        if lower not in surnames and joined not in surnames:
            continue  # whether a hyphen joins the word, no surname
        hyphenated = i > 1 and glued_hyphen(doc, i - 1)  # "Whaanga-Moss", tagged elsewhere
        key = joined if hyphenated else lower
        if key not in surnames or i in in_ent:
            continue
        s = _name_run_start(doc, i, in_ent, hyphenated)
        # "Cr Rangi Whaanga-Moss", "Organizer Maribel Santos"
        titled = s > 0 and (
            doc[s - 1].lower_ in _TITLE_WORDS or doc[s - 1].lower_ in UNSTYLED_ROLES
        )
        titled = titled or _an_offices_field(doc, s - 1)  # "Minister for Transport …"
        if s > 0 and s < i and _first_name_tagged_other(doc, s - 1):
            s -= 1  # "Narayan Prasad Bhattarai", "Narayan" tagged a nationality
        if s in (i, i - 2 * hyphenated) or (
            s > 0 and words.pos[s - 1] == "PROPN" and words.title[s - 1] and not titled
        ):
            continue
        e = _second_surname_end(doc, s, i + 1, in_ent)
        found.append(_mention(doc, s, e, full, "PERSON"))
        in_ent.update(range(s, e))
    for i in range(len(words.lower) - 3):  # "Mayor Eom Gi-cheol" untagged, "Eom" tagged later
        # or a short family name ("15:05 - Kim Min-seo, human resources director …")
        short = len(words.lower[i]) <= 5 and doc[i].is_alpha and not doc[i].is_stop
        family = (words.lower[i] in surnames or short) and words.title[i] and words.title[i + 1]
        if family and not in_ent & {i, i + 1} and _second_syllable_after(doc, i + 2):
            found.append(_mention(doc, i, i + 4, full, "PERSON"))
            in_ent.update(range(i, i + 4))
    for i in range(len(words.lower) - 1):
        end = _first_and_surname(doc, i, in_ent) if _given_name(doc, i, words) else None
        if end is not None:
            found.append(_mention(doc, i, end, full, "PERSON"))
            in_ent.update(range(i, end))
    for s, e in _before_surnames_of_several_words(doc, raw, in_ent, words):
        found.append(_mention(doc, s, e, full, "PERSON"))  # "Cllr Pádraig Mac Giolla Bhríde"
        in_ent.update(range(s, e))
    for surname in _speaking_surnames(doc, in_ent, words):
        for i, lower in enumerate(words.lower):  # "Elon Musk's platform … Musk posted": both
            if lower != surname or i in in_ent:
                continue
            s = _name_run_start(doc, i, in_ent)
            found.append(_mention(doc, s, i + 1, full, "PERSON"))
            in_ent.update(range(s, i + 1))
    for i in _speaking_first_names(doc, raw, in_ent, words):  # "Abiy Ahmed … Abiy said"
        found.append(_mention(doc, i, i + 1, full, "PERSON"))
        in_ent.add(i)
    for i, e in _titled_untagged_names(doc, in_ent):  # "Cllr Seán Tierney (FF) said"
        found.append(_mention(doc, i, e, full, "PERSON"))
        in_ent.update(range(i, e))
    for i, pos in enumerate(words.pos):
        if pos != "PROPN":
            continue
        tok = doc[i]
        span = _described_name(doc, tok, in_ent) or _subject_name(doc, tok, in_ent)
        if span is not None:
            found.append(_mention(doc, *span, full, "PERSON"))
            in_ent.update(range(*span))
    found = [_with_the_first_half_of_its_given_name(doc, m, full) for m in found]
    return [m for m in found if not _not_a_name(doc, m.tok_start, m.tok_end, words)]


def _second_surname_end(doc, s: int, e: int, in_ent: set[int]) -> int:
    """The end of the name ``doc[s:e]`` with the untagged surname after its last word that the
    parser joins to it ("Marcela Contreras Huanca" where "Contreras" alone is tagged later):
    a word English has not, no kind of body."""
    english = common_words(doc.vocab)
    while (
        e < len(doc)
        and e - s < 4
        and e not in in_ent
        and doc[e - 1].dep_ == "compound"
        and doc[e - 1].head.i >= e
        and doc[e].pos_ == "PROPN"
        and doc[e].is_title
        and doc[e].lower_ not in ORG_NAME_ENDS
        and not _english(doc[e].lower_, english)
    ):
        e += 1
    return e


def _with_the_first_half_of_its_given_name(doc, m: Mention, full: str) -> Mention:
    """``m`` from the first of two given names a hyphen joins, which the tagger may have read
    as another word ("Per-Arne Bjørklund": "Per" a preposition)."""
    s = m.tok_start
    if s < 2 or not glued_hyphen(doc, s - 1) or not _two_first_names(doc[s - 2], doc[s]):
        return m
    return _mention(doc, s - 2, m.tok_end, full, m.label) if doc[s - 2].is_title else m


def _titled_untagged_names(doc, in_ent: set[int]) -> list[tuple[int, int]]:
    """Where two capitalised words that no entity holds follow a person's title or a judge's
    "Justice", the second perhaps hyphenated, with no capitalised word after them ("Cllr Seán
    Tierney (FF) said", "Seán" read as a verb; "Justice Binta Garba-Musa held"): a given name
    and a surname the NER missed, as token ranges."""
    found = []
    for t in doc[1 : len(doc) - 1]:
        title = doc[t.i - 1]
        titled = title.lower_ in TITLES or title.lower_ in TITLE_OFFICES
        if not titled or not (title.is_title or title.is_upper):
            continue
        pair = doc[t.i : t.i + 2]
        if len(pair) < 2 or any(k.i in in_ent or k.ent_type_ or not k.is_alpha for k in pair):
            continue
        if any(k.is_stop for k in pair):
            continue  # "Equal Justice Under Law"
        end = t.i + 2
        while (  # "Garba" + "-Musa"
            end + 1 < len(doc)
            and glued_hyphen(doc, end)
            and doc[end + 1].is_title
            and doc[end + 1].is_alpha
            and end + 1 not in in_ent
        ):
            end += 2
        after = doc[end] if end < len(doc) else None
        if all(k.is_title for k in pair) and not (after is not None and after.is_title):
            found.append((t.i, end))
    return found


def _untagged_surnames(doc, full: str, raw: list[Mention], words: _Words) -> list[Mention]:
    """PERSON mentions for a surname alone that the NER left out or read as another word
    ("Farrelly is unbothered", "Farrelly" an adverb) of a person it named in full: a
    capitalised word outside every entity and mention, no English word, the last word of a
    PERSON mention of two words or more, or the family name written first of one whose given
    name is romanised ("Park" of "Park Ji-woo") as a verb's subject, with no capitalised proper
    noun beside it."""
    surnames = {m.key.split()[-1] for m in raw if m.label == "PERSON" and " " in m.key}
    # "Park Ji-woo" … "Park recalled": a family name written first, an English word or not,
    # as the subject of a verb
    families = {
        m.key.split()[0]
        for m in raw
        if m.label == "PERSON"
        and len(m.key.split()) == 2
        and _romanised_given_name(m.text.split()[-1])
    }
    taken = {t for ent in doc_ents(doc) for t in range(ent.start, ent.end)}
    taken.update(t for m in raw for t in range(m.tok_start, m.tok_end))
    english = common_words(doc.vocab)

    def name_beside(k: int) -> bool:
        return 0 <= k < len(doc) and words.pos[k] == "PROPN" and words.title[k]

    def alone(i: int, lower: str) -> bool:
        if lower in families and doc[i].dep_ == "nsubj" and doc[i].head.pos_ == "VERB":
            return True
        return lower in surnames and not doc[i].is_stop and not _english(lower, english)

    found = [
        _mention(doc, i, i + 1, full, "PERSON")
        for i, lower in enumerate(words.lower)
        if (lower in surnames or lower in families)
        and i not in taken
        and (words.title[i] or _ELIDED_PARTICLE.match(doc[i].text) is not None)  # "d'Hoop"
        and alone(i, lower)
        and not name_beside(i - 1)
        and not name_beside(i + 1)
    ]
    # a hyphenated one ("Ms Colquhoun-Day said" after "Rashida Colquhoun-Day")
    hyphenated = {w for w in surnames if "-" in w}
    # whatever else the NER took it for ("Colquhoun-Day" a date)
    named = {
        t for ent in doc_ents(doc) if ent.label_ in NAMED_LABELS for t in range(ent.start, ent.end)
    }
    named.update(t for m in raw for t in range(m.tok_start, m.tok_end))
    for i in range(2, len(words.lower)) if hyphenated else ():
        joined = f"{words.lower[i - 2]}-{words.lower[i]}"
        if joined not in hyphenated or not glued_hyphen(doc, i - 1):
            continue
        titled = i > 2 and doc[i - 3].lower_ in TITLES
        if named & {i - 2, i - 1, i} or (name_beside(i - 3) and not titled) or name_beside(i + 1):
            continue
        if words.title[i - 2]:
            found.append(_mention(doc, i - 2, i + 1, full, "PERSON"))
    return sorted(found, key=lambda m: m.start)


def _before_surnames_of_several_words(
    doc, raw: list[Mention], in_ent: set[int], words: _Words
) -> list[tuple[int, int]]:
    """Token ranges of the untagged full names that end in a surname of several words tagged
    alone elsewhere, a person's or after a title ("Mac Giolla Bhríde"), or a person's that opens
    with no first name ("Elizondo Tapia"): the surname's words outside every entity, after a
    first name (or any name after a title)."""
    surnames = {
        tuple(words.lower[m.tok_start : m.tok_end])
        for m in raw
        if (m.label == "PERSON" or (m.tok_start and words.lower[m.tok_start - 1] in _TITLE_WORDS))
        and m.tok_end - m.tok_start > 1
        and (
            words.lower[m.tok_start] in SURNAME_OPENINGS
            or (m.label == "PERSON" and not is_recorded_first_name(doc[m.tok_start].text))
        )
    }
    found: list[tuple[int, int]] = []
    for surname in surnames:
        n = len(surname)
        for i in range(1, len(doc) - n + 1):
            if tuple(words.lower[i : i + n]) != surname or in_ent.intersection(range(i, i + n)):
                continue
            s = _name_run_start(doc, i, in_ent)
            titled = s > 0 and doc[s - 1].lower_ in _TITLE_WORDS
            if s < i and (titled or is_recorded_first_name(doc[s].text)):
                found.append((s, i + n))  # "Rosario" (a city too) + "Elizondo Tapia"
                in_ent.update(range(s, i + n))
    return sorted(found)


def _name_cased(tok) -> bool:
    """``tok`` is written as a name is: capitalised, or with a capital inside too ("DeShawn",
    "AbdulRahman", "McCafferty")."""
    capitals = sum(c.isupper() for c in tok.text)
    return tok.is_title or (_capitalised(tok) and tok.is_alpha and capitals == 2)


def _name_run_start(doc, last: int, in_ent: set[int], hyphenated: bool = False) -> int:
    """Where a name ending at token ``last`` starts: up to two capitalised proper nouns before
    it, outside every entity, titles and role words ("Mayor"), in the same paragraph; with
    ``hyphenated``, the parts of a hyphenated surname count as one ("Mariana Reyes-Tull")."""
    s, most = last, 2
    if hyphenated and s > 1 and glued_hyphen(doc, s - 1) and doc[s - 2].pos_ == "PROPN":
        s, most = s - 2, 4
    while (
        s > 0
        and last - s < most
        and doc[s - 1].pos_ == "PROPN"
        and _name_cased(doc[s - 1])
        and doc[s - 1].i not in in_ent
        and doc[s - 1].lower_ not in _TITLE_WORDS
        and doc[s - 1].lower_ not in UNSTYLED_ROLES  # "Chief Executive Annika Lindqvist"
        and not word_before_a_given_name(doc, s - 1)  # "Trumpeter Lionel Marchand"
        and not _an_offices_field(doc, s - 1)  # "Minister for Transport Krišjānis Vītols"
        and "\n" not in doc[s - 1].whitespace_
        and not doc[s].is_sent_start  # "on X. Aleksander Nowicki"
    ):
        s -= 1
    if s < last and s > 1 and glued_hyphen(doc, s - 1) and _two_first_names(doc[s - 2], doc[s]):
        s -= 2  # "Marie-Claude Thibodeau", not "a Clinton-Warren ticket"
    elif s == last and s > 2 and _lower_cased_given_name(doc, s - 3):
        s -= 3  # "Hyun-woo Bae"
    return s


def _an_offices_field(doc, i: int) -> bool:
    """Token ``i`` is an English word naming the field of the office before it ("Minister for
    *Transport*", "Minister of *Justice*", "Deputy Conservator of *Forests*")."""
    if i < 2 or doc[i - 1].lower_ not in ("for", "of"):
        return False
    office = doc[i - 2]
    qualified = i > 2 and doc[i - 3].lower_ in QUALIFIERS and office.is_title  # "Deputy …"
    field = _english(doc[i].lower_, common_words(doc.vocab))  # "Forests" too
    return (office.lower_ in _TITLE_WORDS or qualified) and field


def _lower_cased_given_name(doc, i: int) -> bool:
    """Tokens ``i`` to ``i + 2`` are a first name whose part after the hyphen is in lower case
    ("Hyun-woo", "Jae-won"), recorded whole or in both parts as a first name, outside every
    entity."""
    first, second = doc[i], doc[i + 2]
    return (
        glued_hyphen(doc, i + 1)
        and first.is_title
        and second.is_lower
        and second.is_alpha
        and not first.ent_type_
        and (
            is_recorded_first_name(f"{first.text}-{second.text}")
            or (is_recorded_first_name(first.text) and is_recorded_first_name(second.text))
        )
    )


def _given_name_goes_on(doc, e: int) -> bool:
    """The name ending before token ``e`` goes on with a hyphen and a part in lower case that
    makes its last word a recorded first name ("Park Seong" + "-min"; not "Trump" + "-era")."""
    if e + 1 >= len(doc) or not glued_hyphen(doc, e):
        return False
    first, second = doc[e - 1], doc[e + 1]
    return (
        first.is_title
        and second.is_lower
        and second.is_alpha
        and is_recorded_first_name(f"{first.text}-{second.text}")
    )


def _word_opening_the_sentence(doc, s: int, e: int) -> bool:
    """Token ``s`` opens its sentence, an English noun that is no one's first name, before the
    rest of a name up to ``e`` with a word English has not and no body's last word: a role
    written in capitals ("Interpreter Bec Nguyen-Harris"), not a body's name ("Sweet Hollow
    Bakery", "North Yorkshire Fire and Rescue Service")."""
    word, rest = doc[s], doc[s + 1 : e]
    english = common_words(doc.vocab)
    return (
        word.is_sent_start
        and not glued_hyphen(doc, s + 1)  # "Bat-Erdene Tsogt": one name
        and word.tag_ in ("NN", "NNP")
        and word.lower_ in english
        and not is_recorded_first_name(word.text)
        and not word.is_upper
        and len(rest) > 0
        and rest[-1].lower_ not in ORG_NAME_ENDS
        and not any(t.pos_ == "CCONJ" for t in rest)
        and any(t.is_alpha and not _english(t.lower_, english) for t in rest)
    )


def word_before_a_given_name(doc, i: int) -> bool:
    """Token ``i`` is an English word that is no one's first name, before a first name: a role
    written in capitals at the head of a sentence ("Trumpeter Lionel Marchand")."""
    word, given = doc[i], doc[i + 1]
    return (
        word.lower_ in common_words(doc.vocab)
        and not is_recorded_first_name(word.text)
        and (given.lower_ in FIRST_NAMES or recorded_name_gender(given.lower_) is not None)
    )


def _described_name(doc, tok, in_ent: set[int]) -> tuple[int, int] | None:
    """The tokens of a name the NER missed that a role describes in apposition ("Huw Pill, the
    bank's chief economist, warns"): two or three capitalised proper nouns outside every entity,
    ``tok`` the last, with a person noun in apposition, or an affiliate's noun after a first
    name ("Aleksander Nowicki, a partner at Fjallgrund Capital,"); None otherwise."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.i in in_ent:
        return None
    apposed = [c.lemma_.lower() for c in tok.children if c.dep_ == "appos"]
    described = any(noun in PERSON_NOUNS for noun in apposed) or _after_its_role(doc, tok, in_ent)
    affiliated = any(noun in AFFILIATE_NOUNS for noun in apposed)  # "a partner at …"
    if not described and not affiliated:
        return None
    s = _name_run_start(doc, tok.i, in_ent, hyphenated=True)
    if not described and not is_recorded_first_name(doc[s].text):
        return None
    words = {t.lower_ for t in doc[s : tok.i + 1]}
    surname = tok.i - 2 if tok.i > 1 and glued_hyphen(doc, tok.i - 1) else tok.i  # "Reyes-Tull"
    return (s, tok.i + 1) if s < surname and not words & (TITLES | PERSON_NOUNS) else None


def _after_its_role(doc, tok, in_ent: set[int]) -> bool:
    """``tok`` ends a name of words that are no English words, set off by a comma after the
    role it fills, which the parser may have joined to the role's place ("The regional
    governor of Kharkiv, Oleh Syniehubov, said"), a title before it or not, or of any words
    after a recorded first name ("The local MP, Siobhan Prentice-Ward,")."""
    if tok.dep_ != "appos":
        return False
    role = tok.head
    if role.dep_ == "pobj" and role.head.dep_ == "prep":
        role = role.head.head
    s = _name_run_start(doc, tok.i, in_ent, hyphenated=True)
    if s > 1 and doc[s - 1].lower_.rstrip(".") in _TITLE_WORDS:
        s -= 1  # "The senior coroner for Northmoor, Dr Anjali Ravensworth, said"
    english = common_words(doc.vocab)
    # "The local MP, Siobhan Prentice-Ward,": a recorded first name before English words
    given = s < tok.i and is_recorded_first_name(doc[s].text)
    return (
        (role.pos_ == "NOUN" or (role.pos_ == "PROPN" and role.is_upper))
        and role.lemma_.lower() in PERSON_NOUNS
        and s > 0
        and doc[s - 1].text == ","
        and (given or not any(t.lower_ in english for t in doc[s : tok.i + 1]))
    )


def _speaks(tok) -> bool:
    """``tok`` is the subject of a verb of saying ("Essex Police said")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


def _speaking_surnames(doc, in_ent: set[int], words: _Words) -> set[str]:
    """Surnames the NER missed or took for organisations: a capitalised word outside every
    entity, or alone an ORG that is no English word, that is, alone and inside a sentence, the
    subject of a verb of saying ('"…," Musk posted', "Sabalenka said"), and that follows a
    capitalised word elsewhere ("Elon Musk", "Aryna Sabalenka")."""
    english = common_words(doc.vocab)
    lone_orgs = {
        e.start
        for e in doc_ents(doc)
        if e.label_ == "ORG" and len(e) == 1 and e[0].lower_ not in english
    }
    names = [
        doc[i]
        for i, (pos, title) in enumerate(zip(words.pos, words.title, strict=True))
        if pos == "PROPN" and title and i not in in_ent
    ]
    speakers = names + [doc[i] for i in lone_orgs if doc[i].pos_ == "PROPN" and doc[i].is_title]
    alone = {
        t.lower_
        for t in speakers
        if _speaks(t) and not _opens_sentence(t) and not (t.i and doc[t.i - 1].pos_ == "PROPN")
    }
    return {
        t.lower_
        for t in names
        if t.lower_ in alone
        and t.i
        and doc[t.i - 1].pos_ == "PROPN"
        and doc[t.i - 1].is_title
        and t.i - 1 not in in_ent
        and doc[t.i - 1].lower_ not in TITLES
    }


def _speaking_first_names(doc, raw: list[Mention], in_ent: set[int], words: _Words) -> list[int]:
    """Tokens of first names the NER missed, standing alone for the one person whose tagged
    full name they open, once one of them speaks or acts ("Abiy Ahmed … Abiy said", where a
    first name is how the press names the person; "Tomasz Kowalski … Tomasz pulls one"); no
    English word."""
    opened: dict[str, set[str]] = {}
    english = common_words(doc.vocab)
    for m in raw:
        parts = m.key.split()
        # a full name the NER took for a work or an organisation may open with a first name
        given = is_recorded_first_name(parts[0]) and not _english(parts[0], english)
        # "Iris and Violet Pemberton": a name after a first name and "and" is a person's
        paired = m.tok_start > 1 and doc[m.tok_start - 1].lower_ == "and"
        paired = paired and is_recorded_first_name(doc[m.tok_start - 2].text)
        paired = paired and is_recorded_first_name(parts[0])
        named = m.label == "PERSON" or (m.label in _NAMED_LIKE_PEOPLES and (given or paired))
        if len(parts) >= 2 and named:
            opened.setdefault(parts[0], set()).add(m.key)

    def alone(i: int) -> bool:  # a title may come before it ("Aunty Dulcie said")
        before = i > 0 and words.pos[i - 1] == "PROPN" and words.title[i - 1]
        before = before and words.lower[i - 1] not in TITLES
        after = i + 1 < len(doc) and words.pos[i + 1] == "PROPN" and words.title[i + 1]
        return not before and not after

    tokens = [
        i
        for i, lower in enumerate(words.lower)
        if len(opened.get(lower, ())) == 1
        and i not in in_ent
        # "Rachmat said", "Back in the kitchen, Tomasz pulls", each read as a noun
        and (words.pos[i] == "PROPN" or _opening_given_name(doc[i]) or _given_noun(doc[i]))
        and words.title[i]
        and (lower not in english or (words.pos[i] == "PROPN" and is_recorded_first_name(lower)))
        and lower not in TITLES
        and alone(i)
    ]
    speaking = {words.lower[i] for i in tokens if _speaks(doc[i]) or _acts(doc[i])}
    return [i for i in tokens if words.lower[i] in speaking]


def _given_noun(tok) -> bool:
    """``tok`` is a capitalised noun inside a sentence that gender-guesser records as a first
    name ("Back in the kitchen, Tomasz pulls a tray")."""
    return tok.pos_ == "NOUN" and not tok.is_sent_start and is_recorded_first_name(tok.text)


def _acts(tok) -> bool:
    """``tok`` is the subject of a verb ("Tomasz pulls one, turns a roll over")."""
    return tok.dep_ == "nsubj" and tok.head.pos_ == "VERB"


def _subject_name(doc, tok, in_ent: set[int]) -> tuple[int, int] | None:
    """The tokens of a name the NER missed that is a subject ("Mikel Arteta said", "Mikel
    Arteta was furious"): two or three capitalised proper nouns outside every entity, none an
    English word unless a title or role ("Mayor Bruno Marchand", "manager Pep Guardiola") or,
    for one who speaks, an owner that is no person ("Sportsnet's Elliotte Friedman") comes
    right before them or the first is a known first name ("Dominic Cummings has claimed",
    "Ethan Cole has completed his move"), ``tok`` the last and the subject of a verb; None
    otherwise."""
    if tok.pos_ != "PROPN" or not tok.is_title or tok.i in in_ent or tok.dep_ != "nsubj":
        return None
    s = _name_run_start(doc, tok.i, in_ent, hyphenated=True)  # "Giorgos Papadakis-Stavrou"
    words = [t.lower_ for t in doc[s : tok.i + 1] if not glued_hyphen(doc, t.i)]
    # "Mayor Bruno Marchand", "City manager Pep Guardiola described …"
    titled = s and (doc[s - 1].lower_ in _TITLE_WORDS or doc[s - 1].lower_ in UNSTYLED_ROLES)
    # "Sportsnet's Elliotte Friedman reported": an outlet's, not a person's ("Loeb's Third Point")
    owned = s > 1 and doc[s - 1].tag_ == "POS" and doc[s - 2].ent_type_ != "PERSON"
    owned = owned and _speaks(tok)
    # a known first name that speaks, or a first name whose "his" or "her" soon follows:
    # "Dominic Cummings has claimed", "Ethan Cole has completed his move" (WordNet lists both
    # surnames)
    first_name = len(words) == 2 and (
        (words[0] in FIRST_NAMES and _speaks(tok))
        or (
            (words[0] in FIRST_NAMES or _recorded_first_name(words[0], doc.vocab))
            and _followed_by_his_own(doc, s, tok.i + 1)
        )
    )
    english = set() if titled or owned or first_name else common_words(doc.vocab)
    if s == tok.i or any(w in english or w in TITLES or not w.isalpha() for w in words):
        return None
    return s, tok.i + 1


def _recorded_first_name(word: str, vocab) -> bool:
    """A first name recorded with a gender that is no English word ("Ethan", not "America")."""
    return word not in common_words(vocab) and recorded_name_gender(word) is not None


def _shortened_organisations(
    doc, full: str, raw: list[Mention], in_ent: set[int], doc_words: _Words
) -> list[Mention]:
    """ORG mentions for untagged runs of capitalised words that are the first two or more words
    of one organisation's longer name and stand as an organisation: before a role noun or a
    possessive, or speaking ("A Big Machine spokesperson" for "Big Machine Records"; not "Wall
    Street" for "Wall Street Journal"); or its first word alone, when no English word or
    anyone's name, also as a subject ("Nordlys plans" for "Nordlys Esports")."""
    people = {
        w
        for m in raw
        if m.label == "PERSON" and m.key.split()[-1] not in ORG_NAME_ENDS
        for w in m.key.split()
    }
    english = common_words(doc.vocab)
    prefixes: dict[str, set[str]] = {}
    for m in raw:
        words = m.key.split()
        # "Tarvell" for "Tarvell Report", "Pinecrest" for "Pinecrest Holdings", however tagged
        organisation = m.label == "ORG" or words[-1] in ORG_NAME_ENDS
        if organisation and len(words) >= 2 and _coined(words[0], english):
            prefixes.setdefault(words[0], set()).add(m.key)
        if m.label == "ORG" and len(words) >= 3:
            for k in range(2, len(words)):
                if words[k - 1] not in NAME_SMALL_WORDS:
                    prefixes.setdefault(" ".join(words[:k]), set()).add(m.key)
    firsts = {k.split(maxsplit=1)[0] for k in prefixes}
    found = []
    title = doc_words.title
    for i, lower in enumerate(doc_words.lower):
        if lower not in firsts or i in in_ent or not title[i]:
            continue
        tok = doc[i]
        e = i
        while e < len(doc) and title[e] and e not in in_ent:
            e += 1
        key = " ".join(t.lower_ for t in doc[tok.i : e])
        after = doc[e] if e < len(doc) else None
        stands = _speaks(doc[e - 1]) or (
            after is not None
            and (after.lower_ in _POSSESSIVE or after.lemma_.lower() in AFFILIATE_NOUNS)
        )
        person = all(w in people for w in key.split())  # "Trayvon Martin's killer"
        # one coined word: also as a subject ("Nordlys plans to move him")
        alone = e - tok.i == 1 and (stands or doc[e - 1].dep_ == "nsubj")
        if (e - tok.i >= 2 and stands or alone) and not person and len(prefixes.get(key, ())) == 1:
            start, end, mtext = _mention_text(doc, tok.i, e, full)
            found.append(Mention(start, end, tok.i, e, mtext, "ORG", next(iter(prefixes[key]))))
    return found


def _coined(word: str, english: AbstractSet[str]) -> bool:
    """A lower-case ``word`` of letters is no English word and no one's first name."""
    return word.isalpha() and word not in english and not is_recorded_first_name(word)


def _described_organisations(doc, full: str) -> list[Mention]:
    """ORG mentions for the names the NER missed that an indefinite kind of organisation
    describes right after them ("Ledgerly, a New York-based startup that …, has raised", the
    name perhaps taken for an adverb; "Tunely, the second-largest streaming service"): one to
    three capitalised words outside every entity, no English word, a comma, "a" or "an" and
    the kind within a few words, or "the" and the kind set in apposition to the name."""
    in_ent = {t for ent in doc_ents(doc) for t in range(ent.start, ent.end)}
    words = common_words(doc.vocab)
    found = []
    for tok in doc[: len(doc) - 3]:
        if not tok.is_title or tok.i in in_ent or _english(tok.lower_, words):
            continue
        if doc[tok.i + 1].text != "," or doc[tok.i + 2].lower_ not in ("a", "an", "the"):
            continue
        after = doc[tok.i + 3 : tok.i + 9]
        noun = next(
            (t for t in after if t.pos_ == "NOUN" and t.dep_ not in ("compound", "amod", "nmod")),
            None,
        )
        if noun is None or noun.lemma_.lower() not in ORG_NOUNS:
            continue
        apposed = noun.dep_ == "appos" and noun.head == tok
        # "Tunely, the second-largest streaming service …, disputed": the name read as an
        # adverb, the kind as the subject
        misread = tok.is_sent_start and tok.dep_ == "advmod" and noun.dep_ == "nsubj"
        if doc[tok.i + 2].lower_ == "the" and not (apposed or misread):
            continue
        s = _name_run_start(doc, tok.i, in_ent)
        found.append(_mention(doc, s, tok.i + 1, full, "ORG"))
    return (
        found
        + _named_after_their_kind(doc, full, in_ent, words)
        + _apposed_to_their_kind(doc, full, in_ent)
    )


def _apposed_to_their_kind(doc, full: str, in_ent: set[int]) -> list[Mention]:
    """ORG mentions for names of two to four capitalised words the NER missed that commas set
    off after the lower-case noun of a kind of organisation ("The family's insurer, Crestline
    Health Plans, initially denied …")."""
    found = []
    for tok in doc:
        kind = tok.head
        if tok.dep_ != "appos" or not kind.is_lower or kind.lemma_.lower() not in ORG_NOUNS:
            continue
        s = tok.left_edge.i
        run = doc[s : tok.i + 1]
        if not 2 <= len(run) <= 4 or any(t.i in in_ent or not t.is_title for t in run):
            continue
        after = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if doc[s - 1].text != "," or kind.i != s - 2 or after not in (",", "."):
            continue
        found.append(_mention(doc, s, tok.i + 1, full, "ORG"))
    return found


#: Nouns for one member of a league or market, after its name ("the Premier League club", "the
#: FTSE 100 company"); not "party" or "university" ("the Republican party").
_MEMBER_NOUNS = frozenset({"club", "side", "outfit", "team", "company", "firm"})


def _kind_closing(tok) -> bool:
    """``tok`` is the lower-case noun of one member of a league or market that the NER took
    into the name before it ("the Scottish Premiership club"): a description of that member."""
    return (
        tok.is_lower and tok.lemma_.lower() in _MEMBER_NOUNS and tok.i > 0 and tok.nbor(-1).is_title
    )


def _after_its_kind(doc, i: int) -> bool:
    """Token ``i`` follows the lower-case noun of a kind of organisation ("broadcaster CCTV")."""
    return i > 0 and doc[i - 1].is_lower and doc[i - 1].lemma_.lower() in ORG_NOUNS


def _named_after_their_kind(doc, full: str, in_ent: set[int], words) -> list[Mention]:
    """ORG mentions for names of one to three words the NER missed right after the lower-case
    noun of a kind of organisation ("Energy regulator ANRE said", "according to analytics site
    SocialPulse", "The farmers' union Solidarność RI said"): in capitals or capitalised, the
    first no English word nor first name, one word in capitals or with a capital inside unless
    there are more."""
    found = []
    for tok in doc[1:]:
        if tok.i in in_ent or not _after_its_kind(doc, tok.i) or tok.pos_ != "PROPN":
            continue
        e = tok.i + 1
        while e < len(doc) and e - tok.i < 3 and e not in in_ent and _capital_word(doc[e]):
            e += 1
        if e < len(doc) and _capital_word(doc[e]):
            continue  # a longer run: a name of its own
        text = tok.text
        coined = (text.isupper() and len(text) > 1) or (
            text[0].isupper() and any(ch.isupper() for ch in text[1:]) and text.isalpha()
        )
        named = coined or (e > tok.i + 1 and tok.is_title and not is_recorded_first_name(text))
        if named and not _english(tok.lower_, words):
            found.append(_mention(doc, tok.i, e, full, "ORG"))
    return found


def _capital_word(tok) -> bool:
    """``tok`` is a word in capitals or capitalised."""
    return tok.is_alpha and (tok.is_title or tok.is_upper)


#: Who heads a school or college, "of" its name.
_SCHOOL_HEADS = frozenset(
    {"principal", "headteacher", "headmaster", "headmistress", "dean", "rector", "provost"}
)


#: Prefixes written with a hyphen before the first word of a name ("Pan-African").
_NAME_PREFIXES = frozenset(
    {"pan", "trans", "anglo", "afro", "euro", "sino", "indo", "inter", "greater", "sub", "all"}
)
#: Prefixes of a stance or time before a name ("Pro-Trump", "Ex-Minister", "Post-Brexit").
_STANCE_PREFIXES = frozenset({"pro", "anti", "ex", "non", "post", "pre", "neo", "mid", "never"})


def _hyphen_inside(doc, e: int, s: int) -> bool:
    """Token ``e`` is a hyphen glued between two capitalised words of a run from ``s``."""
    return e > s and e + 1 < len(doc) and glued_hyphen(doc, e) and doc[e + 1].is_title


def _untagged_organisations(doc, full: str, words: _Words) -> list[Mention]:
    """ORG mentions for the names the NER missed that end in the word for a kind of
    organisation: a run of two to five capitalised words (and the small words of names between
    them) outside every entity inside a sentence with lower-case words, after an article ("The
    Environment Agency said", "the Fraternal Order of Police", "An Environment Agency
    spokesperson") or speaking ("Essex Police said"); any such run where someone quoted works
    (``_employer_name``); and a seat of government that speaks ("Downing Street said")."""
    in_ent = {t for ent in doc_ents(doc) for t in range(ent.start, ent.end)}
    found = []
    for i, lower in enumerate(words.lower):
        # an article opens a name, not one inside a name ("Students for a Democratic Society")
        inside = lower in ("a", "an") and words.lower[i - 1] in NAME_SMALL_WORDS
        if lower in ("the", "a", "an") and not inside:
            s = i + 1
        elif (_capital(words, doc, i) or _letters_before_a_name(words, doc, i)) and not (
            i and _capital(words, doc, i - 1) and doc[i - 1].ent_type_ not in ("NORP", "GPE")
        ):
            s = i  # where a run starts ("HM Coastguard", "Malaysian" + "Anti-Corruption …")
        else:
            continue
        e = s
        while (
            e < len(doc)
            and e - s < _NAME_RUN
            and (
                _capital(words, doc, e)
                or (doc[e].is_upper and len(doc[e]) > 1 and e > s)  # "… AIDS Prevention"
                or (e == s and _letters_before_a_name(words, doc, e))  # "HM Coastguard"
                or (words.lower[e] in NAME_SMALL_WORDS and e > s)
                or _plural_owner_inside(doc, e, s, words)  # "Society for Tenants' Rights"
                or _hyphen_inside(doc, e, s)  # "Pan-African Immunisation Partnership"
            )
            and (
                doc[e].is_alpha
                or _plural_owner_inside(doc, e, s, words)
                or _hyphen_inside(doc, e, s)
            )
            and e not in in_ent
            and (e == s or "\n" not in doc[e - 1].whitespace_)
        ):
            e += 1
        while e > s and words.lower[e - 1] in NAME_SMALL_WORDS:
            e -= 1  # "the Baker Heart and Diabetes Institute in Melbourne": no "in"
        if e > s and s == i and _employer_name(doc[s:e]):  # "Analysts at Jefferies said"
            found.append(_mention(doc, s, e, full, "ORG"))
            in_ent.update(range(s, e))
            continue
        joined = s >= 2 and doc[s - 1].lower_ in NAME_SMALL_WORDS and doc[s - 2].is_title
        if e - s >= 2 and not joined and _which_name(doc[e - 1]):  # "Colleges Ontario, which"
            found.append(_mention(doc, s, e, full, "ORG"))
            in_ent.update(range(s, e))
            continue
        if s != i and _opened_by_its_kind(doc[s:e]):  # "the Alliance for … Prevention"
            found.append(_mention(doc, s, e, full, "ORG"))
            in_ent.update(range(s, e))
            continue
        if e - s == 2 and words.lower[s + 1] in AGENCY_NATIONS and _agency_word(doc, s, in_ent):
            found.append(_mention(doc, s, e, full, "ORG"))  # "Transport Scotland", untagged
            in_ent.update(range(s, e))
            continue
        seat = _text_of(words, s, e).lower() in SEATS_OF_POWER and _speaks(doc[e - 1])
        if not seat and (e - s < 2 or doc[e - 1].lower_ not in ORG_NAME_ENDS):
            continue
        if s == i and not (_speaks(doc[e - 1]) or (doc[s].pos_ == "PROPN" and _does(doc[e - 1]))):
            continue
        if not any(t.is_lower and t.is_alpha for t in doc[s].sent):  # a headline in capitals
            continue
        found.append(_mention(doc, s, e, full, "ORG"))
        in_ent.update(range(s, e))
    return found


def _plural_owner_inside(doc, e: int, s: int, words: _Words) -> bool:
    """Token ``e`` is the apostrophe of a plural possessive between two capitalised words of a
    name that opened at ``s`` ("Society for Tenants' Rights")."""
    return (
        s < e < len(doc) - 1
        and doc[e].text in ("'", "’")
        and words.title[e - 1]
        and words.lower[e - 1].endswith("s")
        and words.title[e + 1]
    )


def _opened_by_its_kind(run) -> bool:
    """A run of capitalised words that opens with the word for a kind of organisation and a
    preposition ("Alliance for South Asian AIDS Prevention", "Society of Professional
    Journalists") and ends in a capitalised word, in a sentence with lower-case words."""
    return (
        len(run) >= 3
        and run[0].lower_ in ORG_NAME_HEADS
        and run[1].lower_ in ("for", "of", "on", "against")
        and run[-1].is_title
        and any(t.is_lower and t.is_alpha for t in run[0].sent)
    )


#: Most words of a name an acronym in brackets spells out.
_SPELT_OUT_WORDS = 12
#: Small words that give an acronym no letter ("Service de police de la Ville de Montréal").
_UNSPELT = NAME_SMALL_WORDS | NAME_PARTICLES | frozenset({"des", "et", "d'", "l'", "d’", "l’"})


def _spelt_out(doc, bracket: int, acronym: str) -> int | None:
    """Where the words before ``bracket`` that ``acronym`` spells start: each word gives its
    first letter, a word in capitals all of its letters ("UN High Commissioner for Refugees
    (UNHCR)"), a word in ``_UNSPELT`` its first letter or none ("UN Support Mission in Libya
    (UNSMIL)"), commas between them none ("Retail, Wholesale and Department Store Union
    (RWDSU)"), the word after a hyphen its first letter or none ("Global Anti-Doping Partnership
    for Combat Sports (GAPCS)"); the first word is capitalised; None if none do."""
    letters = acronym.lower()

    def start(k: int, n: int) -> int | None:  # the words before ``k`` spell ``letters[:n]``
        if n == 0:
            first = doc[k]
            capitalised = first.is_title or first.is_upper
            return k if capitalised and first.lower_ not in _UNSPELT else None
        if k == 0 or bracket - k >= _SPELT_OUT_WORDS:
            return None
        tok = doc[k - 1]
        hyphen = glued_hyphen(doc, tok.i)  # "Anti-Doping": one letter or two
        if not (tok.is_alpha or tok.text == "," or hyphen) or "\n" in tok.whitespace_:
            return None
        low = tok.lower_
        after_hyphen = tok.i > 1 and glued_hyphen(doc, tok.i - 1)
        ways = [0] if tok.text == "," or hyphen or after_hyphen or low in _UNSPELT else []
        if tok.is_upper and len(low) > 1 and letters[:n].endswith(low):
            ways.append(len(low))
        if tok.is_alpha and low[0] == letters[n - 1]:
            ways.append(1)
        for used in ways:
            found = start(k - 1, n - used)
            if found is not None:
                return found
        return None

    return start(bracket, len(letters))


def _body_named_before(doc, bracket: int) -> int | None:
    """Where the capitalised name of a body before ``bracket`` starts, a word for a kind of
    body among its words or a company's legal form at its end ("The Employers' Confederation
    of the Mexican Republic (Coparmex)", "The Costa Rican Institute of Aqueducts and Sewers
    (AyA)", "Diamantes do Cuango SA (Dicuango)": short names that spell no English words);
    None if there is none."""
    k = bracket
    small = NAME_SMALL_WORDS | _SMALL_PARTICLES  # "Diamantes do Cuango SA"
    while k > 0 and bracket - k < _SPELT_OUT_WORDS:
        tok = doc[k - 1]
        if "\n" in tok.whitespace_ or not (
            (tok.is_title and tok.is_alpha)
            or tok.lower_ in small
            or tok.text == "'"
            or (tok.i == bracket - 1 and tok.lower_ in LEGAL_SUFFIXES)
        ):
            break
        k -= 1
    while k < bracket and (doc[k].lower_ in small or doc[k].text == "'"):
        k += 1  # "The", "of the"
    words = [t for t in doc[k:bracket] if t.is_title]
    bodies = sum(t.lower_ in ORG_NAME_HEADS for t in words)
    company = doc[bracket - 1].lower_ in LEGAL_SUFFIXES  # "Diamantes do Cuango SA (Dicuango)"
    named = len(words) >= 2 and (bodies or company)
    return k if named and (doc[bracket - 1].is_title or company) else None


#: What the recogniser may take a name for that an acronym cannot make an organisation's.
_NOT_ORG_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "LAW", "EVENT"})


def _spelt_out_names(doc, full: str, raw: list[Mention]) -> tuple[list[Mention], dict[str, str]]:
    """An organisation's name that the acronym after it in brackets spells, or the name of a
    body before its short name in brackets (``_body_named_before``), where the NER tagged only
    part of it ("Bureau des enquêtes indépendantes (BEI)", "The App Drivers and Couriers Union
    (ADCU)"): one ORG mention, in place of the mentions inside it, and the
    acronym's key mapped to the name's."""
    out = list(raw)
    aliases: dict[str, str] = {}
    for tok in doc[1:-1]:
        if not (tok.is_alpha and tok.text[:1].isupper() and 2 <= len(tok) <= 10):
            continue
        if tok.ent_type_ not in ("ORG", "PERSON", "") or doc[tok.i - 1].text != "(":
            continue
        if doc[tok.i + 1].text != ")":
            continue
        # "(Saccawu)" spells "South African Commercial, Catering and Allied Workers Union" too,
        # "(TfL)" "Transport for London"
        capitals = sum(ch.isupper() for ch in tok.text)
        spelling = (tok.is_upper and len(tok) <= 6) or (
            (tok.is_title or capitals >= 2) and len(tok) <= 8
        )
        spelt = _spelt_out(doc, tok.i - 1, tok.text) if spelling else None
        if spelt is None and tok.ent_type_ == "PERSON" and tok.is_upper:
            continue  # "(AOC)", a person's initials
        start = spelt if spelt is not None else _body_named_before(doc, tok.i - 1)
        if start is None:
            continue
        # the recogniser took it for no organisation, but its words say it is one ("the Global
        # Anti-Doping Partnership for Combat Sports (GAPCS)")
        kind = any(
            (t.lower_ in ORG_NAME_ENDS or t.lower_ in ORG_NAME_HEADS)
            for t in doc[start : tok.i - 1]
        )
        other = any(t.ent_type_ in _NOT_ORG_LABELS for t in doc[start : tok.i])
        # "(TfL)": initials in mixed case are a body's, whatever its words
        mixed = capitals >= 2 and not tok.is_upper
        untagged = (kind or mixed) and spelt is not None and not other
        tagged = tok.ent_type_ == "ORG" or any(t.ent_type_ == "ORG" for t in doc[start : tok.i])
        if not tagged and not untagged:
            continue  # an organisation by its acronym's label or by a part of its name
        if spelt is not None:
            out, start = _name_run_into_the_spelt_one(doc, full, out, start, tok.i - 1)
        if any(m.tok_start < start < m.tok_end or m.tok_start < tok.i - 1 < m.tok_end for m in out):
            continue  # a mention crosses its edges
        out = [m for m in out if not (start <= m.tok_start and m.tok_end <= tok.i - 1)]
        name = _mention(doc, start, tok.i - 1, full, "ORG")
        out.append(name)
        aliases[tok.lower_] = name.key
    return out, aliases


def _name_run_into_the_spelt_one(
    doc, full: str, raw: list[Mention], start: int, bracket: int
) -> tuple[list[Mention], int]:
    """The mentions and where the spelt-out name before ``bracket`` starts, when the one mention
    that crosses its start ran an owner's name into it ("Israel’s Coordination of Government
    Activities" before "in the Territories (COGAT)": Israel's own mention, a place) or is the
    body whose part it spells ("Office of the United Nations" before "High Commissioner for
    Refugees (UNHCR)": the name from the office on); else as they were."""
    crossing = [m for m in raw if m.tok_start < start < m.tok_end <= bracket]
    if len(crossing) != 1:
        return raw, start
    m = crossing[0]
    rest = [x for x in raw if x is not m]
    if start - m.tok_start >= 2 and doc[start - 1].lower_ in ("'s", "’s"):
        return [*rest, _mention(doc, m.tok_start, start - 1, full, "GPE")], start
    if m.label == "ORG" and doc[start - 1].lower_ in ("of", "the"):
        return rest, m.tok_start
    return raw, start


def _named_who(doc, m: Mention) -> bool:
    """A name of two words or more that opens with a recorded first name, tagged as something
    else, that "who" describes ("Hernando Castillo Mejía, who represented …"): a person's."""
    who = _described_by(doc[m.tok_end - 1], "who")
    first = doc[m.tok_start]
    english = common_words(doc.vocab)
    surnames = all(  # not "Roman Catholic", "Long Island", "Young Latinos, who …"
        t.is_title and t.is_alpha and not _english(t.lower_, english)
        for t in doc[m.tok_start + 1 : m.tok_end]
    )
    return (
        m.label != "PERSON"
        and m.tok_end - m.tok_start >= 2
        and who
        and surnames
        and (first.lower_ in FIRST_NAMES or is_recorded_first_name(first.text))
    )


def _letters_before_a_name(words: _Words, doc, i: int) -> bool:
    """Token ``i`` is a few capital letters before a capitalised word ("HM Coastguard")."""
    text = words.texts[i]
    following = i + 1 < len(doc) and _capital(words, doc, i + 1)
    return 2 <= len(text) <= 4 and text.isalpha() and text.isupper() and following


def _capital(words: _Words, doc, i: int) -> bool:
    """Token ``i`` is a word in capitals as a name's are, title-cased or with a capital inside
    ("Environment", "BrightSmile")."""
    text = words.texts[i]
    return words.title[i] or (text[:1].isupper() and text.isalpha() and not text.isupper())


def _which_name(tok) -> bool:
    """``tok`` ends a name that does something and that a clause whose subject is "which"
    describes: an organisation's, not a person's ("Colleges Ontario, which represents the
    province's colleges, said")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and _described_by(tok, "which")


def _whose_kin(tok) -> bool:
    """A relative clause on ``tok`` opens with "whose" and a family member ("whose daughter",
    "whose late husband"): ``tok`` names a person."""
    return any(
        c.dep_ == "relcl"
        and c.left_edge.lower_ == "whose"
        and c.left_edge.dep_ == "poss"
        and c.left_edge.head.lemma_.lower() in KIN_NOUNS
        for c in tok.children
    )


def _described_by(tok, pronoun: str) -> bool:
    """A relative clause on ``tok`` has ``pronoun`` ("who", "which") for its subject."""
    return any(
        c.dep_ == "relcl" and c.left_edge.lower_ == pronoun and c.left_edge.dep_ == "nsubj"
        for c in tok.children
    )


def at_a_role(prep) -> bool:
    """``prep`` is the "at" after a person's role, before where they work ("investment director
    at AJ Bell", "hired advisers at Rothschild")."""
    role = prep.head
    if role.pos_ == "VERB" and prep.i > 0 and prep.doc[prep.i - 1].head == role:
        role = prep.doc[prep.i - 1]  # "hired advisers at Rothschild": "at" hung on the verb
    return prep.lower_ == "at" and role.pos_ == "NOUN" and role.lemma_.lower() in PERSON_NOUNS


def _employer_name(span) -> bool:
    """Capitalised proper nouns, no English word among them, right after "at" that follows a
    person's role ("analysts at Jefferies", "an economist at Pantheon Macroeconomics")."""
    doc, last = span.doc, span[-1]
    prep = doc[span.start - 1] if span.start else None
    english = common_words(doc.vocab)
    return (
        prep is not None
        and at_a_role(prep)
        and last.head.i == prep.i
        and all(t.pos_ == "PROPN" and t.lower_ not in english for t in span)
        and (span.end == len(doc) or not doc[span.end].is_title)
    )


def _given_name(doc, i: int, words: _Words) -> bool:
    """Token ``i`` is a known first name, or a capitalised proper noun that is no title and is
    recorded as someone's first name ("Nouha", "Olive"; not "Justice Sotomayor") or follows an
    abbreviated title, with its full stop or without ("Engr. Tokunbo Olaniyan-Bakare", "Dr
    Thato Phologolo")."""
    lower = words.lower[i]
    title = words.lower[i - 1] if i > 0 else ""
    after_a_title = title in TITLES and (words.title[i - 1] or title.endswith("."))
    if lower in FIRST_NAMES:
        return True
    if words.pos[i] != "PROPN":
        # "— Keely Ashcombe-Reid lowered …", "Keely" read as an adverb: a recorded first name
        # that is no English word, whatever the tagger read it as
        english = common_words(doc.vocab)
        return (
            words.title[i]
            and words.pos[i] in ("ADV", "VERB", "ADJ", "NOUN")
            and not _english(lower, english)
            and is_recorded_first_name(words.texts[i])
        )
    return (
        words.title[i]
        and (lower not in _TITLE_WORDS and lower not in ROLE_TITLES and lower not in TITLE_OFFICES)
        and not (after_a_title and lower in UNSTYLED_ROLES)  # "Sergeant Instructor Agnieszka"
        and (after_a_title or is_recorded_first_name(words.texts[i]))
    )


def _first_and_surname(doc, i: int, in_ent: set[int]) -> int | None:
    """Where a full name the NER missed, from token ``i``, ends: a known first name and a
    capitalised proper noun that is no English word (or any, after a title: "Detective
    Constable Rachel Hughes"), or two joined by a hyphen of which one is no English word ("Prof
    Catriona Mbeki-Lund", "Teodora Valdivia-Marsh"), outside every entity, and no part of a
    longer run of proper nouns ("Republican Mark Davies hit back"); None when there is none."""
    first = doc[i]
    if first.lower_ in TITLES and i + 1 < len(doc) and doc[i + 1].is_title:
        return None  # "Prince Obinna …": a title before the given name, not one

    def name_word(tok, tags=("PROPN",)) -> bool:  # "McLean" too
        return tok.pos_ in tags and _capitalised(tok) and tok.is_alpha and tok.i not in in_ent

    common = common_words(doc.vocab)

    def english(word: str) -> bool:  # after a rarer first name, plurals too ("Asia Worries")
        return word in common or (first.lower_ not in FIRST_NAMES and _english(word, common))

    given_end = i + 1
    if i + 2 < len(doc) and glued_hyphen(doc, i + 1) and doc[i + 2].is_alpha:
        given_end = i + 3  # "Yoon-ji Park": a given name in two parts
    end = given_end + 1
    if end + 1 < len(doc) and glued_hyphen(doc, end) and name_word(doc[end + 1], ("PROPN", "NOUN")):
        end += 2  # a hyphenated surname
    while (  # more names no English word is ("Ana Belén Rodríguez Padrón")
        end < len(doc)
        and end - given_end < 3
        and name_word(doc[end])
        and _name_cased(doc[end])
        and not english(doc[end].lower_)
        and doc[end - 1].is_alpha
        and not english(doc[end - 1].lower_)
        and "\n" not in doc[end - 1].whitespace_
    ):
        end += 1
    if end + 1 < len(doc) and glued_hyphen(doc, end) and name_word(doc[end + 1], ("PROPN", "NOUN")):
        end += 2  # "Obinna Uchechukwu-Nwosu": the last of several names hyphenated
    surname = [t for t in doc[given_end:end] if t.text != "-"]
    if _second_syllable_after(doc, end):
        end += 2  # "Cha Min-kyu": a given name's second syllable
    before = doc[i - 1] if i else None
    after = doc[end] if end < len(doc) else None
    # "Commissioner Ivy Thornburg": a title, or an office written as one
    titled = before is not None and (
        before.lower_ in TITLES
        or (_office_as_a_title(before) and _no_title(first))
        or _an_offices_field(doc, before.i)  # "Deputy Conservator of Forests Kavita …"
        or (before.is_title and before.lower_ in PERSON_NOUNS and _no_title(first))  # "Drummer"
        # "Producer Manish Agarwal of …": a word that opens the sentence before a recorded
        # first name and a surname English has not
        or (
            before.is_sent_start
            and before.lower_ in common
            and is_recorded_first_name(first.text)
            and bool(surname)
            and not any(english(t.lower_) for t in surname)
        )
    )

    # "Keely" read as an adverb: a first name no English word is, whatever its tag
    misread = name_word(first, ("ADV", "VERB", "ADJ", "NOUN")) and not english(first.lower_)
    found = (
        (name_word(first) or misread)
        and bool(surname)
        and all(name_word(t, ("PROPN", "NOUN")) for t in surname)  # "Davies" may be a noun
        and (titled or not all(english(t.lower_) for t in surname))
        and "\n" not in first.whitespace_
        and (before is None or not name_word(before) or titled)
        and (after is None or not (after.pos_ == "PROPN" and after.is_title))
    )
    return end if found else None


def _office_as_a_title(tok) -> bool:
    """``tok`` is an office capitalised before a name as a title is ("Commissioner", "Mayor")."""
    return tok.is_title and tok.lower_ in ROLE_TITLES


def _no_title(tok) -> bool:
    """``tok`` is no title, office or noun for a person ("Justice" of "Chief Justice")."""
    return tok.lower_ not in _TITLE_WORDS and tok.lower_ not in PERSON_NOUNS


def _titled_first_name_before(doc, s: int) -> bool:
    """Token ``s`` follows an untagged recorded first name after a title or an office written
    as one ("Commissioner Ivy Thornburg", "Dr. Ivy Lane"): the surname of a person."""
    if s < 2:
        return False
    given, title = doc[s - 1], doc[s - 2]
    return (
        (title.lower_ in TITLES or _office_as_a_title(title))
        and _no_title(given)  # "Chief Justice Roberts"
        and not given.ent_type_
        and given.is_title
        and given.pos_ == "PROPN"
        and given.head.i == s
        and is_recorded_first_name(given.text)
    )


def _surname_after_a_first_name(doc, s: int) -> bool:
    """Token ``s``, a word the NER tagged alone as no person and no English word, follows an
    untagged recorded first name that the parser joined to it ("Siobhan McCartan" with
    "McCartan" a place), or read as a verb whose subject the word is ("Annelies
    Vorstermans")."""
    before = doc[s - 1] if s else None
    if before is None:
        return False
    english = common_words(doc.vocab)
    # "Annelies Vorstermans" after a quotation, "Annelies" read as a verb whose subject it is
    misread = before.pos_ == "VERB" and not _english(before.lower_, english)
    joined = before.head.i == s or (misread and doc[s].head.i == before.i)
    name = f"{before.text} {doc[s].text}"
    return (
        not before.ent_type_
        and (before.pos_ == "PROPN" or misread)
        and joined
        and is_recorded_first_name(before.text)
        and doc[s].text[:1].isupper()  # "McCartan" too
        and doc[s].is_alpha
        and not _english(doc[s].lower_, english)
        # "Lumiere Naturelle", a skincare group's name elsewhere
        and not any(e.text == name and e.label_ != "PERSON" for e in doc_ents(doc))
    )


def _untagged_first_name(doc, s: int, e: int) -> int:
    """Where a person name ``doc[s:e]`` starts with the untagged first name before it ("Mayor
    Sadiq Khan" tagged "Khan", "Mayor Soraya Martinez Ferrada" tagged "Martinez Ferrada"): the
    proper noun joined to it that is no title, role, other entity or English word, right after
    a title or opening the sentence when the name has several words ("Abdirahman Osman Nur"
    tagged "Osman Nur"), or a first name before another ("Ana Maria Liquitay" tagged "Maria
    Liquitay"); ``s`` when there is none. A hyphenated first name is whole ("Franck-Arthur
    Yao" tagged "Arthur Yao")."""
    if s and doc[s - 1].text in _ABBREVIATED_GIVEN_NAMES and doc[s].is_title:
        return s - 1  # "Md. Abul Kashem", "Ma. Cristina Dizon-Salonga": a given name, shortened
    honoured = _burmese_honorific(doc, s - 1, e) or _honorific_that_is_a_name(doc, s - 1, e)
    if s and (honoured or _honorific_before(doc, s, e)):
        return s  # "U Aung Kyaw Soe", "Don Teófilo Ramos", "Me Geneviève Ouimet": no first name
    if s and doc[s - 1].lower_ in WORD_RANKS and _given_name_and_surname(doc, s, e):
        return s  # "Major Taras Yaremchuk": a rank
    hyphenated = s > 1 and glued_hyphen(doc, s - 1) and not doc[s - 2].ent_type_
    if hyphenated and _two_first_names(doc[s - 2], doc[s]):
        return s - 2
    if _hyphenated_first_name_before(doc, s):
        return s - 3  # "François-Xavier Delmas" tagged "Delmas", "François" a place
    if _family_name_before(doc, s, e):
        return s - 1  # "Do Thi Hoa" tagged "Thi Hoa"
    before = doc[s - 1] if s else None
    words = e - s - 2 * sum(glued_hyphen(doc, k) for k in range(s + 1, e))  # "Delacroix-Nwosu"
    titled = s > 1 and doc[s - 2].lower_ in _TITLE_WORDS
    # "defender Micah Richards": after a role noun, a first name that is also a word
    role = s > 1 and doc[s - 2].is_lower and doc[s - 2].lemma_ in PERSON_NOUNS
    # "Ana Maria Liquitay" tagged "Maria Liquitay": two first names
    double = before is not None and e - s > 1 and _two_first_names(before, doc[s])
    role = role or double
    # "Dolores" as a plural noun to the tagger, inside a sentence
    given = before is not None and not before.is_sent_start and is_recorded_first_name(before.text)
    # "Héctor Zazueta Moreno", "Marina Cunha Albuquerque": a first name before surnames that no
    # English word is
    surnames = (
        before is not None and not before.ent_type_ and _given_before_surnames(doc, before, s, e)
    )
    # "Minister for Fiscal Policy Nevine Mahmoud Ezzat": no English word after an office's field
    surnames = surnames or (before is not None and _first_name_after_a_field(doc, s))
    # "Dominic Yip Tsz-chun" tagged "Yip Tsz-chun": an English first name before a Chinese one
    surnames = surnames or (before is not None and _before_a_chinese_name(doc, s - 1, e))
    # "The Commissioner of Police, Rusiate Tudravu Waqainabete,": a name set off by commas
    surnames = surnames or (
        before is not None
        and s > 1
        and doc[s - 2].text == ","
        and doc[e - 1].dep_ == "appos"
        and before.is_alpha
        and not _english(before.lower_, common_words(doc.vocab))
    )
    # "Dutch MEP Annelies Vermeulen-Dekker": a first name no English word is, read as a verb
    misread = given and before.pos_ == "VERB" and before.lower_ not in common_words(doc.vocab)
    # "Gemechu Tadesse Bulcha, head of …": a word no English word is, opening the sentence,
    # that the tagger took for a noun or an adjective
    opening = before is not None and before.pos_ in ("NOUN", "ADJ") and _opening_given_name(before)
    # "Narayan Prasad Bhattarai" with "Narayan" tagged NORP: a recorded first name, alone
    other = before is not None and before.ent_type_ not in ("", "PERSON")
    other = other and not _first_name_tagged_other(doc, s - 1)
    if (
        before is None
        or (before.pos_ != "PROPN" and not given and not opening)
        or not before.is_title
        or (
            not s <= before.head.i < e and not misread and not _on_the_letters_after(doc, before, e)
        )
        or (
            words > 1
            and not titled
            and not double
            and not surnames
            and not _opening_given_name(before)
        )
        or (before.dep_ != "compound" and not misread)
        or other
        or before.lower_ in TITLES
        or before.lower_ in ROLE_TITLES
        or before.lower_ in TITLE_OFFICES  # "Justice Venkataraman-Iyer asked"
        or _two_word_honorific(doc, s - 1, e)  # "Datuk Seri"
        or (words > 1 and before.lower_ in PERSON_NOUNS)  # "chairwoman Justice Esther Kalua"
        or (
            before.lower_ in common_words(doc.vocab)
            and before.lower_ not in FIRST_NAMES
            and not role
            and not surnames
            and not (  # "Cllr Angus"; not "Chief Justice Roberts"
                titled
                and before.lower_ not in TITLE_OFFICES
                and is_recorded_first_name(before.text)
            )
        )
    ):
        return s
    return s - 1


def _name_after_a_field(doc, office) -> tuple[int, int] | None:
    """Tokens of the name written after an office's capitalised field, that ends the phrase
    ("Minister for Physical Infrastructure and Transport Ram Kumari Shrestha Magar, who …",
    "Chairman of the Đồng Nai Provincial People's Committee Trương Văn Lực said", "Deputy
    Chairman of the Cabinet of Ministers Begench Orazgeldiyev, who …"): two to four
    capitalised words after the field's last English or lower-case word, the first a first
    name or no English word (the last may be one: "Abdulla Riyaz Hameed"); else None."""
    i = office.i
    if not (i + 2 < len(doc) and doc[i + 1].lower_ in ("for", "of") and office.text[:1].isupper()):
        return None
    english = common_words(doc.vocab)
    k = i + 2
    while (
        k < len(doc)
        and k - i < 16
        and (
            doc[k].is_title
            or doc[k].lower_ in ("the", "and", "of", "'s", "’s", "'")
            or (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))  # "North constituency"
            or _inside_a_double_name(doc, k)  # "Hal Best-Carrington"
        )
    ):
        k += 1
    if k < len(doc) and not (doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX")):
        return None  # the name ends the phrase: a comma, a bracket, its verb
    last = doc[k - 1].lower_
    if last.endswith("s") and last[:-1] in english and _english(last, english):
        return None  # "Minister of Fisheries and Marine Resources": a field in the plural

    def named(tok) -> bool:
        return (
            tok.is_title
            and tok.is_alpha
            and (tok.lower_ in FIRST_NAMES or not _english(tok.lower_, english))
        )

    j = k - 1
    if j > i + 2 and doc[j].is_title and doc[j].is_alpha and not named(doc[j]):
        j -= 1  # a surname that is also a word
    while j >= i + 2 and (named(doc[j]) or _inside_a_double_name(doc, j)):
        j -= 2 if _inside_a_double_name(doc, j) else 1  # "Best-" of a double surname too
    start = j + 1
    words = sum(not glued_hyphen(doc, t) for t in range(start, k))
    if start == i + 2 or words < 2 or words > 4 or not named(doc[start]):
        return _given_name_after_the_field(doc, i + 3, k)  # the field's own words, or no name
    if (
        doc[start].lower_ not in FIRST_NAMES
        and is_recorded_first_name(doc[start - 1].text)
        and start - 1 > i + 2
        and doc[start - 1].is_title
    ):
        start -= 1  # "Transport Ram Kumari Shrestha Magar": "Ram" is also a word
    while start - 1 > i + 2 and re.fullmatch(r"(?:[A-Z]\.)+", doc[start - 1].text):
        start -= 1  # "Leader of the Opposition M. Chandrashekar Hiremath": its initials too
    return start, k


def _inside_a_double_name(doc, i: int) -> bool:
    """Token ``i`` is the hyphen between two capitalised halves of a name ("Best-Carrington")."""
    inside = 0 < i < len(doc) - 1 and glued_hyphen(doc, i)
    return inside and doc[i - 1].is_title and doc[i + 1].is_title


def _given_name_after_the_field(doc, s: int, k: int) -> tuple[int, int] | None:
    """Tokens of a name of two to four capitalised words that ends at token ``k`` and opens
    with a first name no English word is, somewhere from token ``s`` ("Minister of Agriculture
    and Environment Edna Lopes Spencer", its surnames English words); else None."""
    english = common_words(doc.vocab)
    for start in range(max(s, k - 4), k - 1):
        first = doc[start]
        given = first.lower_ in FIRST_NAMES or (
            is_recorded_first_name(first.text) and not _english(first.lower_, english)
        )
        whole = (t.is_title and t.is_alpha or _inside_a_double_name(doc, t.i) for t in doc[start:k])
        if given and all(whole):
            return start, k
    return None


def _names_after_a_field(doc, full: str, raw: list[Mention], words: _Words) -> list[Mention]:
    """``raw`` with the names after an office's field (``_name_after_a_field``) as PERSON
    mentions, in place of the mentions inside them, and the mentions that ran into them cut
    short ("Quảng Ngãi Provincial People's Committee Đặng Thị" tagged an organisation)."""
    spans = [
        span
        for i, lower in enumerate(words.lower)
        if lower in FIELD_FIRST_OFFICES and (span := _name_after_a_field(doc, doc[i])) is not None
    ]
    if not spans:
        return raw
    out = list(raw)
    for s, e in spans:
        kept = []
        for m in out:
            if m.tok_end <= s or m.tok_start >= e:
                kept.append(m)
            elif m.tok_start < s and m.tok_end <= e:
                kept.append(_mention(doc, m.tok_start, s, full, m.label))
            elif m.tok_start < s or m.tok_end > e:
                kept.append(m)  # a mention running on past the name: left as it is
                s = e  # and no name added
        if s < e:
            kept.append(_mention(doc, s, e, full, "PERSON"))
        out = sorted(kept, key=lambda m: m.start)
    return out


def _untagged_surnames_end(doc, s: int) -> int:
    """Where the untagged surnames from token ``s`` end: up to three capitalised proper nouns
    that are no English words, titles or roles, with their hyphens ("Baptiste-Moreau") and a
    given name's second syllable ("Yeon-woo"); ``s`` when there are none ("Virginia *Gov.*
    Terry McAuliffe")."""
    english = common_words(doc.vocab)
    e, words = s, 0
    while e < len(doc) and words < 3 and not doc[e].ent_type_:
        tok = doc[e]
        if glued_hyphen(doc, e) and e > s and e + 1 < len(doc) and doc[e + 1].is_title:
            e += 1
            continue
        if not (tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha):
            break
        if tok.lower_ in _TITLE_WORDS or _english(tok.lower_, english):
            break
        e, words = e + 1, words + 1
    return e + 2 if e > s and _second_syllable_after(doc, e) else e  # "Han Yeon-woo"


def _body_without_its_place(doc, ent) -> bool:
    """``ent`` is a kind of body the NER tagged an organisation alone, after the capitalised
    name it left untagged ("Fife Council", "Gwent Police")."""
    before = doc[ent.start - 1] if ent.start else None
    return (
        ent.label_ == "ORG"
        and len(ent) == 1
        and ent[0].is_title
        and ent[0].lower_ in ORG_NOUNS
        and before is not None
        and not before.ent_type_
        and before.pos_ == "PROPN"
        and before.is_title
        and before.dep_ == "compound"
        and before.head == ent[0]
        and before.lower_ not in TITLES
    )


def _joined_to_an_untagged_name(doc, ent) -> int | None:
    """Where the name starts of which the NER tagged only the word after "and" an
    organisation: two or three capitalised proper nouns it left untagged, the sentence's
    subject with it ("HM Revenue and Customs said"), else None."""
    s = ent.start - 1
    if ent.label_ != "ORG" or len(ent) != 1 or s < 2 or doc[s].lower_ != "and":
        return None
    k = s
    while k > 0 and s - k < 3 and doc[k - 1].pos_ == "PROPN" and not doc[k - 1].ent_type_:
        k -= 1
    run = doc[k:s]
    if not 2 <= len(run) <= 3 or not all(t.is_title or t.is_upper for t in run):
        return None
    subject = ent[0].dep_ == "conj" and ent[0].head.i == s - 1 and doc[s - 1].dep_ == "nsubj"
    opens = k == doc[k].sent.start or doc[k - 1].lower_ in ("the", ",")
    return k if subject and opens else None


def _first_name_tagged_alone(doc, ent) -> bool:
    """``ent`` is a recorded first name the NER tagged a person alone, joined to capitalised
    names no English words that it left untagged ("Dr. Austin Foday Demby-Koroma")."""
    tok = doc[ent.start]
    return (
        ent.label_ == "PERSON"
        and len(ent) == 1
        and ent.end < len(doc)
        and tok.dep_ == "compound"
        and tok.is_title
        and is_recorded_first_name(tok.text)
        and _untagged_surnames_end(doc, ent.end) > ent.end
    )


#: Given names shortened with a full stop before a second given name ("Ma. Theresa", Maria).
_SHORTENED_GIVEN_NAMES = frozenset({"Ma."})


def _given_names_tagged_apart(doc, ent) -> bool:
    """``ent`` is two or three given names, the last a recorded first name, none an English
    word, that the NER tagged as a name of any kind without the capitalised surnames it left
    untagged after them ("Arnulfo Esteban" + "Quiñones Rivas", an organisation to the NER)."""
    english = common_words(doc.vocab)
    words = list(ent)
    shortened = words[0].text in _SHORTENED_GIVEN_NAMES  # "Ma. Theresa": Maria Theresa
    return (
        ent.label_ in ("PERSON", "ORG", "GPE", "LOC", "NORP")
        and 2 <= len(words) <= 3
        and all(
            (t.is_title and t.is_alpha and not _english(t.lower_, english))
            or (shortened and (t.i == ent.start or is_recorded_first_name(t.text)))
            for t in words
        )
        and is_recorded_first_name(words[-1].text)
        and "\n" not in ent.text_with_ws
        and _untagged_surnames_end(doc, ent.end) > ent.end
    )


def _surname_tagged_alone(doc, s: int, e: int, lone_people: set[str]) -> bool:
    """``doc[s:e]``, two capitalised proper nouns, opens with a recorded first name and ends
    in a word the NER tags a person where it stands alone ("Mathieu Laborde" a place, "said
    Laborde" a person)."""
    return (
        e - s == 2
        and all(t.is_title and t.pos_ == "PROPN" for t in doc[s:e])
        and is_recorded_first_name(doc[s].text)
        and doc[e - 1].lower_ in lone_people
    )


def _given_names_tagged_other(doc, ent) -> bool:
    """``ent``, not a person, is one or two recorded first names right before a person's name
    ("Marta Lidia" tagged an organisation before "Hernández Ramos"; "Dwi", no English word,
    before "Hartono Siregar") or a name set beside a role (``_name_of_a_role``)."""
    e = ent.end
    return (
        ent.label_ != "PERSON"
        and len(ent) <= 2
        and e < len(doc)
        and doc[e].ent_iob_ == "B"
        and (doc[e].ent_type_ == "PERSON" or _name_of_a_role(doc, e))
        and all(
            t.is_title
            and t.dep_ == "compound"
            and (is_recorded_first_name(t.text) or _lone_foreign_word_before_a_person(t))
            for t in ent
        )
    )


def _place_and_its_area(doc, ent) -> bool:
    """``ent`` names a body by "District" or "Vale" and more words after a place's name of one
    word and "and" ("the Hardingley and District Hunt", "Westford and Vale NHS Foundation
    Trust"), which the NER tagged apart."""
    s = ent.start
    if len(ent) < 2 or ent[0].lower_ not in _AREA_WORDS or s < 2 or doc[s - 1].lower_ != "and":
        return False
    place = doc[s - 2]
    alone = place.ent_iob_ == "B" or (not place.ent_type_ and place.pos_ == "PROPN")
    return alone and place.is_title and (s < 3 or doc[s - 3].ent_iob_ in ("O", ""))


#: Words for the country round a town that open a body's name after "Town and" ("the
#: Hardingley and District Hunt").
_AREA_WORDS = frozenset({"district", "vale", "county", "borough"})


def _country_ending_the_name(doc, ent) -> bool:
    """``ent``, an organisation, is followed by a country's letters in capitals or one word the
    NER tagged a place apart, the name's head, that end its name ("the charity Dogs First UK",
    "Amnesty International USA", "Amnesty International Kenya said")."""
    e = ent.end
    if ent.label_ != "ORG" or e >= len(doc) or doc[e].ent_iob_ != "B":
        return False
    country = doc[e]
    alone = e + 1 == len(doc) or doc[e + 1].ent_iob_ != "I"
    place = country.ent_type_ == "GPE" and country.is_title and country.pos_ == "PROPN"
    # not one that names more ("many GOP Israel supporters")
    place = place and country.dep_ not in ("compound", "amod", "nmod")
    return (
        alone
        and (country.text in _COUNTRY_LETTERS or place)
        and doc[e - 1].whitespace_ == " "
        and doc[e - 1].head.i == e
    )


#: A country's letters that end an organisation's name ("Save the Children UK").
_COUNTRY_LETTERS = frozenset({"UK", "US", "USA"})


def _name_of_a_role(doc, i: int) -> bool:
    """The entity at token ``i``, one capitalised word whatever its label, is set in apposition
    to a role ("The strata council's president, Amrit Sandhu, said", both names tagged an
    organisation)."""
    tok = doc[i]
    alone = i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I"
    return (
        alone
        and tok.text[:1].isupper()  # "MacSween" too
        and not tok.is_upper
        and tok.dep_ == "appos"
        and tok.head.pos_ == "NOUN"
        and tok.head.lemma_.lower() in _ROLE_NOUNS
    )


def _first_name_tagged_other(doc, i: int) -> bool:
    """Token ``i`` is a recorded first name, or a word no English word is opening the sentence,
    that the NER tagged alone as something else, joined to the name after it ("Narayan Prasad
    Bhattarai" with "Narayan" a nationality, "Gemechu Tadesse Bulcha" with "Gemechu" a place)."""
    tok = doc[i]
    return (
        tok.ent_iob_ == "B"
        and tok.ent_type_ not in ("", "PERSON")
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        and tok.dep_ == "compound"
        and tok.is_title
        and (
            is_recorded_first_name(tok.text)
            or _opening_given_name(tok)
            or _lone_foreign_word_before_a_person(tok)
        )
        and tok.lower_ not in NATIONALITY_NOUNS
        # not the place of an office before a name ("EU Ambassador to Georgia Paweł …"); but
        # "the arrest in absentia of Yevgenia Arkadyevna Lesnikova"
        and not (
            i > 1
            and doc[i - 1].lower_ in ("to", "of", "for", "in")
            and (doc[i - 2].is_title or doc[i - 2].lemma_.lower() in PERSON_NOUNS)
        )
    )


def _given_before_surnames(doc, before, s: int, e: int) -> bool:
    """``before`` is a recorded first name and ``doc[s:e]`` two or more capitalised words, one
    of them no English word ("Marina" + "Cunha Albuquerque"; not "Grace" + "Park Street"), or
    ``before`` and every one of those words no English word ("Áslat" + "Máhtte Sara")."""
    english = common_words(doc.vocab)
    names = [t for t in doc[s:e] if t.is_alpha]
    foreign = not _english(before.lower_, english) and before.is_alpha
    foreign = foreign and all(not _english(t.lower_, english) for t in names)
    # not "Hall of Famer Angelo Dundee", "in Glam Belleza Latina's issue"
    foreign = foreign and not (before.i and doc[before.i - 1].pos_ == "ADP")
    return (
        len(names) >= 2
        and (is_recorded_first_name(before.text) or foreign)
        and all(t.is_title for t in names)
        and any(not _english(t.lower_, english) for t in names)
    )


def _first_name_after_a_field(doc, s: int) -> bool:
    """Token ``s - 1`` is a capitalised word no English word is, after the capitalised English
    words of an office's field ("Minister for Fiscal Policy *Nevine* Mahmoud Ezzat")."""
    if s < 3:
        return False
    english = common_words(doc.vocab)
    before, field = doc[s - 1], doc[s - 2]
    return (
        before.is_title
        and before.is_alpha
        and not _english(before.lower_, english)
        and field.is_title
        and field.lower_ in english
        and any(t.lower_ in ("for", "of") for t in doc[max(0, s - 5) : s - 2])
    )


def _given_name_with_particles(doc, s: int, e: int) -> bool:
    """Tokens ``s`` to ``e`` are a first name (a hyphenated one too) and a surname that opens
    with a small particle in lower case ("Bertrand du Plessis-Marsac", "Amaury de La
    Roche-Vernet"), no word of it one that ends an organisation's name."""
    k = s + 3 if e - s > 3 and glued_hyphen(doc, s + 1) else s + 1  # "Louis-Marie"
    if e - k < 2 or not _a_first_name(doc[s]) or not doc[k].is_lower or not _particle(doc[k]):
        return False
    rest = doc[k + 1 : e]
    return (
        rest[-1].is_title
        and all(t.is_title or _particle(t) or glued_hyphen(doc, t.i) for t in rest)
        and not any(t.lower_ in ORG_NAME_ENDS for t in doc[s:e])
    )


def _hyphenated_first_name_before(doc, s: int) -> bool:
    """Right before token ``s`` stands a first name of two recorded first names a hyphen joins
    ("François-Xavier"), untagged or a one-word place, people or body the NER took its first
    half for."""
    if s < 3 or not glued_hyphen(doc, s - 2) or not doc[s - 1].whitespace_:
        return False
    first, second = doc[s - 3], doc[s - 1]
    other = first.ent_type_ in ("GPE", "NORP", "ORG") and first.ent_iob_ == "B"
    return (
        _two_first_names(first, second)
        and first.is_title
        and second.is_title
        and not second.ent_type_
        and (not first.ent_type_ or other)
        and (s < 4 or not doc[s - 4].is_title or doc[s - 4].lower_ in _TITLE_WORDS)
    )


def _two_first_names(first, second) -> bool:
    """Two recorded first names in a row ("Ana Maria"), the first no name of a month."""
    names = (first, second)
    given = all(is_recorded_first_name(t.text) for t in names)
    return given and first.ent_type_ not in ("DATE", "TIME")


def _given_name_before_a_particle(doc, s: int) -> bool:
    """Token ``s`` opens a person's name with a particle in lower case ("van Leeuwen") and the
    untagged word before it is a recorded first name ("Noor")."""
    if s < 1 or not (doc[s].is_lower and doc[s].lower_ in NAME_PARTICLES):
        return False
    before = doc[s - 1]
    return (
        not before.ent_type_
        and before.is_title
        and before.is_alpha
        and is_recorded_first_name(before.text)
        and before.whitespace_ != ""
    )


def _lone_foreign_word_before_a_person(tok) -> bool:
    """``tok`` is a word of letters no English word is, written nowhere else in the document,
    right before a person's name the NER tagged ("said Dwi" + "Hartono Siregar")."""
    doc, i = tok.doc, tok.i
    return (
        i + 1 < len(doc)
        and doc[i + 1].ent_iob_ == "B"
        and doc[i + 1].ent_type_ == "PERSON"
        and tok.is_alpha
        and not (i > 0 and doc[i - 1].is_title)
        and not _english(tok.lower_, common_words(doc.vocab))
        and sum(t.lower_ == tok.lower_ for t in doc) == 1
    )


def _opening_given_name(tok) -> bool:
    """``tok`` opens the sentence and is a word of letters that no English word is, in any
    form ("Abdirahman"; not "Celebrities", "-Pollster")."""
    words = common_words(tok.doc.vocab)
    low = tok.lower_
    forms = {low, tok.lemma_.lower(), low.removesuffix("s"), low.removesuffix("ies") + "y"}
    return tok.is_sent_start and tok.is_alpha and not any(f in words for f in forms)


def _home_of_a_person(doc, start: int) -> bool:
    """A name written where a person's home town goes: after their age ("Jason Morgan, 29, of
    Ely"; "Jane Holt, 42, from Bristol"), after their name and "from" ("Fiona Reid, from
    Glasgow") or after a noun for them and "from" ("a nurse from Cary"), or after "from" and
    what a person's name is set beside ("Gerald Fortier, a Republican from Nashua,")."""
    after_name = start >= 3 and doc[start - 1].lower_ == "from" and doc[start - 2].text == ","
    if after_name and doc[start - 3].ent_type_ == "PERSON":
        return True
    held = doc[start - 1].head if start else None  # "a nurse from Cary"
    if start and doc[start - 1].lower_ == "from" and held.is_lower and held.pos_ == "NOUN":
        return held.lemma_.lower() in HUMAN_NOUNS
    if start and doc[start - 1].lower_ == "from" and held.dep_ == "appos":
        return held.head.ent_type_ == "PERSON"  # "Gerald Fortier, a Republican from Nashua,"
    if start < 4 or doc[start - 1].lower_ not in ("of", "from"):
        return False
    return doc[start - 4].text == "," and doc[start - 3].like_num and doc[start - 2].text == ","


def _one_of_the_family(m: Mention, families: set[tuple[str, str]], english) -> bool:
    """A first name and a surname the NER took for a work, a product or an organisation, where
    another first name with the same surname is a person's ("Joao Costa" … "Manuel Costa
    said"); a first name gender-guesser records and no English word."""
    words = tuple(m.key.split())
    if m.label not in ("ORG", "PRODUCT", "WORK_OF_ART") or len(words) != 2:
        return False
    first, surname = words
    kin = any(s == surname and f != first for f, s in families)
    return kin and first not in english and recorded_name_gender(first) is not None


def _with_a_romanised_given_name(doc, full: str, m: Mention) -> Mention:
    """A person's name of two words or more, with the given name after it written in Chinese
    order and romanised, two short syllables joined by a hyphen ("Tracy Mok" + "Sze-wan"),
    that the NER left out; ``m`` otherwise."""
    e = m.tok_end
    if m.label != "PERSON" or " " not in m.key or e + 2 >= len(doc) or not glued_hyphen(doc, e + 1):
        return m
    first, second = doc[e], doc[e + 2]
    after = doc[e + 3] if e + 3 < len(doc) else None
    syllables = first.is_title and second.is_lower and first.is_alpha and second.is_alpha
    short = len(first) <= 5 and len(second) <= 5 and doc[e - 1].whitespace_
    ends = after is None or not after.is_alpha
    if not (syllables and short and ends) or first.ent_type_ not in ("", "PERSON"):
        return m
    # "Minister of National Defense Yen Cheng-kuo": the field's last word is no part of it
    s = m.tok_start
    english = common_words(doc.vocab)
    if e - s >= 2 and _english(doc[s].lower_, english) and not is_recorded_first_name(doc[s].text):
        s += 1
    return replace(_mention(doc, s, e + 3, full, "PERSON"), formal=m.formal)


def _with_its_last_syllable(doc, full: str, m: Mention) -> Mention:
    """A person's name of two words or more cut before the hyphen of a given name's second
    syllable in lower case ("Vivian Kwok Siu" + "-ying"); ``m`` otherwise."""
    e = m.tok_end
    if m.label != "PERSON" or " " not in m.key or not _second_syllable_after(doc, e):
        return m
    syllable = doc[e + 1]
    if len(syllable) > 3 and _english(syllable.lower_, common_words(doc.vocab)):
        return m  # "Jeb Bush-spent": a word, no syllable
    return replace(_mention(doc, m.tok_start, e + 2, full, "PERSON"), formal=m.formal)


def _without_a_title_of_respect(doc, full: str, m: Mention) -> Mention:
    """A person's name found untagged with the title of respect that opens it, without it
    ("Adi Mereoni Tuikoro": "Mereoni Tuikoro"); ``m`` otherwise."""
    if m.label != "PERSON" or not _honorific_that_is_a_name(doc, m.tok_start, m.tok_end):
        return m
    return replace(_mention(doc, m.tok_start + 1, m.tok_end, full, "PERSON"), formal=m.formal)


def _with_a_regnal_number(doc, full: str, m: Mention) -> Mention:
    """A person's name with the regnal number after it that the NER left out, and without the
    title of respect before it ("His Royal Highness Fon Teke Nyamsi II": "Teke Nyamsi II");
    ``m`` otherwise."""
    e = m.tok_end
    if m.label != "PERSON" or e >= len(doc) or doc[e].text not in REGNAL_NUMBERS:
        return m
    if doc[e - 1].whitespace_ != " " or " " not in m.key:
        return m
    if e + 1 < len(doc) and (doc[e + 1].is_title or doc[e + 1].pos_ in ("NOUN", "ADJ")):
        return m  # not "Henry VIII Street", "the Bush II economic agenda"
    s = m.tok_start + _honorific_that_is_a_name(doc, m.tok_start, e + 1)
    return replace(_mention(doc, s, e + 1, full, "PERSON"), formal=m.formal)


def _gaelic_surnames_whole(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """Mentions with each name cut after the "Mac" or "Nic" of a Gaelic surname made whole with
    its article and the word after it, which the NER left out or tagged apart ("Catrìona Nic"
    + "an t-Saoir", "Seonaidh Mac" + "a' Phearsain", "Fionnlagh Mac" tagged an organisation):
    a person's."""
    out: list[Mention] = []
    covered: set[int] = set()
    for m in raw:
        end = _gaelic_surname_end(doc, m.tok_end)
        if end is None:
            out.append(m)
            continue
        out.append(replace(_mention(doc, m.tok_start, end, full, "PERSON"), formal=m.formal))
        covered.update(range(m.tok_end, end))
    return [m for m in out if not covered.issuperset(range(m.tok_start, m.tok_end))]


def _gaelic_surname_end(doc, e: int) -> int | None:
    """Where the Gaelic surname whose "Mac" or "Nic" is token ``e - 1`` ends, after its article
    and the capitalised word after it ("Mac a' Phearsain", "Nic an t-Saoir"); None when it is
    no such name."""
    if e + 1 >= len(doc) or doc[e - 1].text not in _GAELIC_SURNAME_OPENINGS:
        return None
    if doc[e].lower_ not in ("an", "a", "na"):
        return None
    k = e + 1
    while k < len(doc) and doc[k].text in ("'", "’"):
        k += 1  # "a' Phearsain"
    if k + 2 < len(doc) and doc[k].text in ("t", "h", "n") and glued_hyphen(doc, k + 1):
        k += 2  # "an t-Saoir"
    return k + 1 if k < len(doc) and doc[k].is_title and doc[k].is_alpha else None


def _with_a_patronymic_marker(doc, full: str, m: Mention) -> Mention:
    """A person's name with the word after it that makes the last a father's name ("Bakyt
    Mamatkadyr" + "uulu"), which the NER left out; ``m`` otherwise."""
    e = m.tok_end
    if m.label != "PERSON" or e >= len(doc) or doc[e].lower_ not in PATRONYMIC_MARKERS:
        return m
    return replace(_mention(doc, m.tok_start, e + 1, full, "PERSON"), formal=m.formal)


#: Words for "son of", "daughter of" inside Arabic, Malay and Tamil names ("Khalid bin Mishaal",
#: "Kalaiselvi a/p Murugiah").
#: Titles of the Gulf's ruling families, written before the given name alone ("Sheikh
#: Rashid" for Sheikh Rashid bin Hamdan Al Falasi).
_ROYAL_TITLES = ("sheikh", "sheikha", "prince", "princess", "emir", "sultan")
_SON_OF = frozenset({"bin", "bint", "ibn", "ben", "binti", "binte", "a/p", "a/l", "s/o", "d/o"})


#: Words opening a Gaelic surname before its article ("Mac an Tàilleir", "Nic an t-Saoir").
_GAELIC_SURNAME_OPENINGS = frozenset({"Mac", "Nic", "Mhic", "Nighean"})
#: Hereditary prefixes of Malay names, which stay with the given name that a person is called
#: by ("Tengku Hazman", "Wan Azhar").
_HEREDITARY_PREFIXES = frozenset(
    {"tengku", "tunku", "raja", "wan", "nik", "syed", "sharifah", "megat", "puteri", "che"}
)
#: Words of parentage that are only ever part of a name ("binti", "a/p"; not "bin").
_PARENTAGE = frozenset({"binti", "binte", "a/p", "a/l", "s/o", "d/o"})


#: Vietnamese middle names that follow the family name ("Do Thi Hoa", "Tran Van Hieu").
_VIETNAMESE_MIDDLE_NAMES = frozenset({"Thi", "Thị", "Van", "Văn"})


def _family_name_before(doc, s: int, e: int) -> bool:
    """The person mention ``doc[s:e]`` opens with a Vietnamese middle name ("Thi Hoa") after a
    short capitalised word, untagged and no title or role: the family name written first
    ("Do Thi Hoa"), whatever English word it also is."""
    before = doc[s - 1] if s else None
    return (
        before is not None
        and e - s >= 2
        and doc[s].text in _VIETNAMESE_MIDDLE_NAMES
        and doc[s + 1].is_title
        and before.is_title
        and before.is_alpha
        and len(before) <= 6
        and not before.ent_type_
        and before.whitespace_ == " "
        and (before.lower_ not in TITLES and before.lower_ not in ROLE_TITLES)
        and before.lower_ not in TITLE_OFFICES
    )


def _romanised_given_name(word: str) -> bool:
    """A Chinese or Korean given name of two syllables joined by a hyphen, the second in lower
    case ("Yi-chen", "Kwok-wai", "Jae-in"): the surname is the word before it."""
    return GIVEN_AFTER_FAMILY.fullmatch(word) is not None


def _shared_surnames(doc, raw: list[Mention]) -> list[Mention]:
    """A first name joined by "and" to a full name shares its surname ("Raj and Priya Patel":
    Raj Patel), whatever its label when it is a first name gender-guesser records and no
    English word ("Siobhan and Declan O'Neill", "Siobhan" a place to the NER) or untagged
    ("Harold and Joan Fairbrother"); other mentions are unchanged."""
    out = list(raw)
    english = common_words(doc.vocab)
    # "Clinton and Bernie Sanders": a surname of someone named in full, no first name
    surnames = {m.key.split()[-1] for m in raw if m.label == "PERSON" and " " in m.key}
    for n, (m, after) in enumerate(zip(raw, raw[1:], strict=False)):
        words = after.key.split()
        recorded = m.key not in english and recorded_name_gender(m.key) is not None
        # "Iris and Violet Pemberton" with "Violet Pemberton" an organisation to the NER
        given = after.label == "PERSON" or recorded_name_gender(words[0]) is not None
        shared = (
            (m.label == "PERSON" or recorded)
            and given
            and " " not in m.key
            # not "Obama and Hillary Clinton"; "Iris", an English word, tagged a person
            and (
                m.key in FIRST_NAMES
                or recorded
                or (m.label == "PERSON" and is_recorded_first_name(m.key))
            )
            and m.key not in surnames
            and words[-1].removesuffix("s") not in STREET_WORDS  # "Allen and Stanton Streets"
            and after.tok_start == m.tok_end + 1
            and doc[m.tok_end].lower_ == "and"
            and len(words) == 2
        )
        if shared:
            surname = after.text.split()[-1]
            key, formal = f"{m.key} {words[1]}", f"{m.text} {surname}"
            out[n] = replace(m, key=key, formal=formal, label="PERSON")
            out[n + 1] = replace(after, label="PERSON")
    taken = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    for after in raw:  # "Harold and Joan Fairbrother" with "Harold" untagged: Harold Fairbrother
        k = after.tok_start - 2
        words = after.key.split()
        if after.label != "PERSON" or len(words) != 2 or k < 0 or k in taken:
            continue
        given = doc[k]
        if doc[k + 1].lower_ != "and" or given.ent_type_ or not given.is_title:
            continue
        low = given.lower_
        if low in english or not (low in FIRST_NAMES or recorded_name_gender(low) is not None):
            continue
        surname = after.text.split()[-1]
        own = Mention(given.idx, given.idx + len(given), k, k + 1, given.text, "PERSON", low)
        out.append(replace(own, key=f"{low} {words[1]}", formal=f"{given.text} {surname}"))
    return sorted(out, key=lambda m: m.start)


def _lone_people(words: _Words, raw: list[Mention]) -> set[str]:
    """Words that stand alone for a person: one-word PERSON mentions and words after a
    personal title ("Mr Duffy")."""
    titles = MALE_TITLES | FEMALE_TITLES
    lower = words.lower
    titled = {lower[i] for i in range(1, len(lower)) if words.title[i] and lower[i - 1] in titles}
    return titled | {m.key for m in raw if m.label == "PERSON" and " " not in m.key}


#: Labels the tagger gives a person's full name with a role in apposition ("Marguerite
#: Oyelaran, founder of …" as NORP, "Kwabena Asante-Boateng, head of …" as WORK_OF_ART).
_NAMED_LIKE_PEOPLES = frozenset({"ORG", "NORP", "WORK_OF_ART", "PRODUCT"})


def _person_tagged_other(doc, m: Mention, lone: set[str]) -> bool:
    """A full name that the tagger labelled otherwise ("Philip Duffy", "Nigel Farage",
    "Hans-Joachim Freiherr von Wedemeyer" as ORG): a known first name, a recorded one after an
    owner's possessive ("Sauber's Lucas Haddad"), or a role in apposition ("Francisco
    Cervantes Díaz, president of …", "Marguerite Oyelaran, founder of …" as NORP), and a
    surname that is no word for a kind of organisation."""
    words = m.key.split()
    given = words[0] in FIRST_NAMES or _hyphenated_first_name(words[0])  # "Marie-Claude"
    # "Sigríður Björk Þorvaldsdóttir, a natural hazards specialist at the IMO," as a work
    english = common_words(doc.vocab)
    recorded = is_recorded_first_name(words[0])
    given = given or (
        m.label in _NAMED_LIKE_PEOPLES
        and recorded
        and not _english(words[0], english)
        and _occupation_apposed(doc[m.tok_end - 1])
    )
    # "Sauber's Lucas Haddad" as a facility, "Andretti Global's Nolan Pryce-Harding" as an ORG
    owned = m.tok_start > 1 and doc[m.tok_start - 1].tag_ == "POS"
    owned = owned and m.label in _NAMED_LIKE_PEOPLES | {"FAC"} and recorded
    given = given or (owned and not _english(words[-1].split("-")[0], english))
    # "Agnieszka Wróblewska-Kerr" as an ORG: a first name recorded abroad before a surname, no
    # English word in either
    given = given or (
        m.label in _NAMED_LIKE_PEOPLES
        and recorded
        and not _english(words[0], english)
        and not any(_english(part, english) for part in words[-1].split("-"))
        and not is_recorded_first_name(words[-1])  # "Eli Lilly", a company named for a man
        and len(words) == 2
    )
    return (
        m.label not in ("PERSON", "EVENT", "LAW")  # "Stanley Cup", "Jessica's Law"
        and (len(words) in (2, 3) or (len(words) == 4 and words[-2] in NAME_PARTICLES))
        and (given or (m.label in _NAMED_LIKE_PEOPLES and _role_vote(doc, m) == "PERSON"))
        and words[-1] not in ORG_NAME_ENDS
        and all(
            t.pos_ == "PROPN"
            or glued_hyphen(doc, t.i)
            # "Anneliese Vogt-Kaminski" as a people, "Anneliese" an adjective to the tagger
            or (
                t.i == m.tok_start
                and recorded
                and t.is_title
                and not t.is_stop
                and not _english(t.lower_, english)
            )
            for t in doc[m.tok_start : m.tok_end]
        )
    )


#: Endings of nouns for what people do ("specialist", "historian", "lender" too: only asked of
#: a name that opens with a first name).
_OCCUPATION_ENDINGS = ("ist", "ian", "er", "or", "ant", "ent")


def _occupation_apposed(head) -> bool:
    """A noun for a person or what one does stands in apposition to the name ending in
    ``head`` ("…, a natural hazards specialist at the IMO,")."""
    apposed = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        apposed.append(head.head)
    return any(
        a.pos_ == "NOUN"
        and a.tag_ == "NN"
        and (a.lemma_.lower() in _PEOPLE_NOUNS or a.lower_.endswith(_OCCUPATION_ENDINGS))
        for a in apposed
    )


def _hyphenated_first_name(word: str) -> bool:
    """A word of two recorded first names joined by a hyphen ("marie-claude")."""
    parts = word.split("-")
    return len(parts) == 2 and all(is_recorded_first_name(p.title()) for p in parts)


def _listed_with_people(doc, raw: list[Mention]) -> set[str]:
    """Keys and surnames of the names of two or three words tagged organisations', or the
    surname of one, that "and" joins to a person's name ("Kavya Raghunathan and Arjun Menon",
    "Okafor-Reyes and Lindqvist" after "Amara Okafor-Reyes" and "Johan Lindqvist")."""
    at = {t: m for m in raw for t in range(m.tok_start, m.tok_end)}
    people = {m.key for m in raw if m.label == "PERSON"}
    people |= {m.key.split()[-1] for m in raw if m.label == "PERSON" and " " in m.key}
    full = {m.key.split()[-1]: m.key for m in raw if m.label == "ORG" and _first_and_last(m)}
    found: set[str] = set()
    for m in raw:
        words = m.key.split()
        named = _first_and_last(m) or (len(words) == 1 and m.key in full)
        if m.label != "ORG" or not named:
            continue
        name = doc[m.tok_start : m.tok_end]  # "Okafor" + "-" + "Reyes": any of its words
        joined = [c for t in name for c in t.children if c.dep_ == "conj"]
        joined += [t.head for t in name if t.dep_ == "conj"]
        linked = any(c.lower_ == "and" for t in name for c in t.children)
        linked = linked or name.root.dep_ == "conj"
        if linked and any(t.i in at and at[t.i].key in people for t in joined):
            found |= {m.key, words[-1], full.get(words[-1], m.key)}
    return found


def _first_and_last(m: Mention) -> bool:
    """The mention is a recorded first name and one more word that says no kind of body or
    street ("Amara Okafor-Reyes"; not "Stanton Streets")."""
    words = m.key.split()
    last = words[-1]
    return (
        len(words) == 2
        and is_recorded_first_name(m.text.split()[0])
        and (last not in ORG_NAME_ENDS and last not in ORG_NOUNS and last not in STREET_WORDS)
        and last.rstrip("s") not in STREET_WORDS
    )


def _one_of_these(m: Mention, keys: set[str]) -> bool:
    """The mention is tagged an organisation's and its key or its surname is among ``keys``."""
    joint = " and " in m.key  # "Braynard and Chrabaszcz": two names, not one
    return m.label == "ORG" and not joint and (m.key in keys or m.key.split()[-1] in keys)


def _businesses_named_for_people(doc, raw: list[Mention]) -> set[str]:
    """Keys of two-word names the NER took for people's that are a person's surname and an
    English word that is no first name: a business named for them ("Marchbanks Bridal" of
    Evelyn Marchbanks, "Asante Kitchen" of Kwame Asante)."""
    people = [m.key.split() for m in raw if m.label == "PERSON" and " " in m.key]
    surnames = {words[-1] for words in people}
    english = common_words(doc.vocab)
    return {
        " ".join(words)
        for words in people
        if len(words) == 2
        and words[0] in surnames
        and words[0] not in FIRST_NAMES  # not "Gordon Brown" beside "Alex Gordon"
        and recorded_name_gender(words[0]) is None
        and words[1] in english
        and words[1] not in FIRST_NAMES
        and recorded_name_gender(words[1]) is None
        and not any(w[-1] == words[-1] and w[0] != words[0] for w in people if len(w) == 2)
    }


def _organisations_named_in_full(raw: list[Mention]) -> set[str]:
    """Keys of names of two or three words the NER took for people's whose first word, no
    first name nor anyone's surname, is alone an organisation's name in the article ("Stratus
    Aerostructures" beside "Stratus's quality systems")."""
    orgs = Counter(m.key for m in raw if m.label == "ORG")
    people = Counter(m.key for m in raw if m.label == "PERSON")
    surnames = {key.split()[-1] for key in people if " " in key}
    return {
        m.key
        for m in raw
        if m.label == "PERSON"
        and people[m.key] >= orgs[m.key]  # else the mentions' votes make it one anyway
        and 2 <= len(words := m.key.split()) <= 3
        and words[0] in orgs
        and words[0] not in surnames  # not "Trump Wants" in a headline
        and words[0] not in FIRST_NAMES
        and not is_recorded_first_name(words[0])
    }


def _a_body_by_its_kind(doc, m: Mention) -> bool:
    """A name the NER took for a person's that opens with no first name and that the word for
    a kind of organisation comes right before ("the app operator Zoomly", "the band Elbow") or
    a clause opening with "which" describes ("Zoomly, which operates in 14 cities"): an
    organisation's, wherever it is named."""
    first, last = doc[m.tok_start], doc[m.tok_end - 1]
    if first.lower_ in FIRST_NAMES or is_recorded_first_name(first.text) or _aged(doc, m):
        return False  # "rock drill operator Sipho Ndlovu, 41,": a person's
    before = doc[m.tok_start - 1] if m.tok_start else None
    kind = before is not None and before.is_lower and before.pos_ == "NOUN"
    kind = kind and before.lemma_.lower() in ORG_NOUNS
    kind = kind and (before.head.i == last.i or last.head.i == before.i)
    which = m.tok_end + 1 < len(doc) and doc[m.tok_end].text == ","
    which = which and doc[m.tok_end + 1].lower_ == "which" and _described_by(last, "which")
    return kind or which


def _plural_first_word(doc, m: Mention, places: set[str]) -> bool:
    """A name of an English plural noun and a place ("Colleges Ontario", "Universities
    Canada"): no one's first name and surname, an organisation's."""
    first, last = doc[m.tok_start].lower_, doc[m.tok_end - 1].lower_
    words = common_words(doc.vocab)
    singular = first[:-2] if first.endswith("es") and first[:-2] in words else first[:-1]
    return (
        m.tok_end - m.tok_start == 2
        and first.endswith("s")
        and not first.endswith("ss")  # "Ross Perot"
        and first not in FIRST_NAMES
        and first not in words  # "Doris": the plural's singular is the English word
        and singular in words
        and (last in places or last in AGENCY_NATIONS)
    )


def _ends_in_an_acronym(doc, m: Mention, org_acronyms: set[str]) -> bool:
    """A name of capitalised words that ends in an organisation's acronym ("Surrey RCMP",
    "Alberta NDP"): one with no vowel, or one the article gives an organisation elsewhere."""
    first, last = doc[m.tok_start], doc[m.tok_end - 1]
    return (
        m.tok_end - m.tok_start >= 2
        and not first.is_upper
        and last.is_upper
        and last.is_alpha
        and len(last) >= 2
        and (last.lower_ not in POSTNOMINALS and last.lower_ not in NAME_SUFFIXES)
        and (not set(last.lower_) & set("aeiou") or last.text in org_acronyms)
    )


def _adverb_before_its_cue(tok) -> bool:
    """A capitalised word the tagger read as an adverb of the verb of saying right after it,
    inside a sentence ('"…," Tully wrote'): a surname, when a person's is that word."""
    head = tok.head
    return (
        tok.dep_ == "advmod"
        and tok.is_title
        and head.i == tok.i + 1
        and head.lemma_.lower() in SPEECH_VERBS
        and not _opens_sentence(tok)
    )


def _told_outlets(doc, raw: list[Mention]) -> set[str]:
    """Names of outlets the NER took for people: a name only ever told something ("…, he told
    Ritzau", "told Addis Standard that") or written beside a kind of outlet ("the Tasnim news
    agency"), that opens with no first name (an acronym is none) and is no person's surname."""
    told: set[str] = set()
    other: set[str] = set()
    surnames = {m.key.split()[-1] for m in raw if m.label == "PERSON" and " " in m.key}
    for m in raw:
        last = doc[m.tok_end - 1]
        heard = last.dep_ in ("dobj", "dative") and last.head.lemma_.lower() == "tell"
        heard = heard and last.head.i == m.tok_start - 1  # "told Ritzau", right after the verb
        heard = heard and not (m.tok_start and doc[m.tok_start - 1].lower_ in TITLES)  # "Ms."
        (told if heard or _outlets_name(last) else other).add(m.key)
    acronyms = {m.key for m in raw if _an_acronym(doc[m.tok_start])}  # "RIA Novosti", no Ria
    return {
        key
        for key in told - other - surnames
        if key in acronyms
        or not (is_recorded_first_name(key.split()[0]) or key.split()[0] in FIRST_NAMES)
    }


def _an_acronym(tok) -> bool:
    """A word of two or more capitals and no lower-case letter."""
    return len(tok.text) > 1 and tok.text.isupper()


#: Kinds of news outlet written beside their names ("the Tasnim news agency", "the daily
#: Sazandegi").
_OUTLET_NOUNS = frozenset({"agency", "newspaper", "daily", "broadcaster", "tabloid", "weekly"})


def _outlets_name(last) -> bool:
    """The name ending in ``last`` is written beside a kind of news outlet."""
    head = last.head
    beside = last.dep_ in ("compound", "appos") and head.lemma_.lower() in _OUTLET_NOUNS
    return beside or any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _OUTLET_NOUNS
        for c in last.children
    )


def _surname_a_person(doc, m: Mention, people: set[str]) -> bool:
    """An organisation's name of two capitalised words whose last is among ``people`` (words
    that alone speak or have an age or kin: "Amrit Dhaliwal" … "Dhaliwal's daughter", "Quinn
    Hughes scored" … "Hughes said"), neither word one for a kind of organisation: a person."""
    words = m.key.split()
    return (
        m.label == "ORG"
        and len(words) == 2
        and words[1] in people
        and not set(words) & (ORG_NAME_ENDS | ORG_NOUNS)
        and all(t.pos_ == "PROPN" and t.is_title for t in doc[m.tok_start : m.tok_end])
    )


def _aged(doc, m: Mention) -> bool:
    """A name that an age follows between commas ("killed Amrit Dhaliwal, 52, of Winnipeg";
    "Dolores Reyes, 81," with "Dolores" read as a noun): a person's, whatever the tagger's
    label."""
    return age_after(doc, m.tok_end) and all(
        t.is_title
        and (t.pos_ == "PROPN" or (t.i == m.tok_start and is_recorded_first_name(t.text)))
        for t in doc[m.tok_start : m.tok_end]
    )


def _age_before(doc, s: int) -> bool:
    """An age written right before token ``s`` ("86-year-old Margaret Ellery")."""
    return s > 0 and years_old(doc[s - 1])


def _full_name_by_role(doc, m: Mention) -> bool:
    """A name of two words or more the NER gave another type, beside a person's role ("rapper
    Dex Monroe", "Chief Executive Marc-Andre Tremblay", "The charity's country director,
    Pierre-Alain Moreau,"): a person, whose
    surname alone stands for them later."""
    if m.label == "PERSON" or " " not in m.key:
        return False
    first = m.key.split()[0]
    # "Council members Dolores Figueroa and Brent Oakley" (the first name perhaps read as a verb)
    titled = all(t.is_title for t in doc[m.tok_start : m.tok_end])
    if titled and is_recorded_first_name(first.title()) and _after_a_plural_role(doc, m.tok_start):
        return True
    if first not in FIRST_NAMES and first in common_words(doc.vocab):
        return False  # "the United States", "its ally"
    head = doc[m.tok_end - 1]
    before = doc[m.tok_start - 1] if m.tok_start else None
    role_before = (
        before is not None
        and before.is_lower
        and before.tag_ == "NN"
        and before.lemma_.lower() in _PEOPLE_NOUNS
    )
    # "Chief Executive Marc-Andre Tremblay", "Managing Director Kwame Asante-Boateng"
    capitalised_role = before is not None and before.lower_ in UNSTYLED_ROLES
    if capitalised_role and _given_name_and_surname(doc, m.tok_start, m.tok_end):
        role_before = True
    apposed = (
        head.dep_ == "appos"
        and head.head.tag_ == "NN"
        and head.head.lemma_.lower() in _PEOPLE_NOUNS
    )
    # "Kenya's Cabinet Secretary for Foreign Affairs, Wanjiru Kamau-Otieno,"
    english = common_words(doc.vocab)
    words = m.key.replace("-", " ").split()
    unknown = not any(_english(w, english) for w in words)
    # "the Minister for Agriculture, Food and the Marine, Pádraig Mac Giolla Rua,": "Mac" a word
    unknown = unknown or (
        not _english(words[0], english)
        and len(words) >= 3
        and not set(words) & (ORG_NAME_ENDS | ORG_NOUNS)
    )
    office = head.dep_ == "appos" and head.head.lower_ in UNSTYLED_ROLES and head.head.i < head.i
    return (
        role_before
        or apposed
        or (office and unknown)
        or (unknown and _set_off_after_a_role(doc, m))
    )


def _set_off_after_a_role(doc, m: Mention) -> bool:
    """A name set off by commas right after a person's role in lower case, however it was
    parsed ("the company's co-founder and chief executive, Aniket Deshpande, said")."""
    s, e = m.tok_start, m.tok_end
    return (
        s >= 2
        and e < len(doc)
        and doc[s - 1].text == ","
        and doc[e].text == ","
        and doc[s - 2].tag_ == "NN"
        and doc[s - 2].is_lower
        and doc[s - 2].lemma_.lower() in _PEOPLE_NOUNS
    )


def _after_a_plural_role(doc, s: int) -> bool:
    """Token ``s`` opens a name right after a role in the plural written in lower case, or
    after "and" and a name that does ("Council members Dolores Figueroa and Brent Oakley")."""
    k = s - 1
    if k > 0 and doc[k].lower_ == "and":
        k -= 1
        while k > 0 and doc[k].is_title:
            k -= 1
        if k == s - 2:
            return False
    role = doc[k] if k >= 0 else None
    return (
        role is not None
        and role.is_lower
        and role.tag_ == "NNS"
        and role.lemma_.lower() in _ROLE_NOUNS
    )


def _one_name_after_a_plural_role(doc, m: Mention) -> bool:
    """A name right after a role in the plural that no other name shares by "and" or a
    comma, and no given name opens: a body's ("Organisers Vlaamse Wielerevents said"; not
    "Council members Dolores Figueroa and Brent Oakley", "Senators Harry Reid of Nevada, …")."""
    if m.tok_start == 0:
        return False
    role, head = doc[m.tok_start - 1], doc[m.tok_end - 1]
    # "Organisers" opening a sentence: a proper noun to the tagger
    singular = role.lemma_.lower() if role.tag_ == "NNS" else role.lower_.removesuffix("s")
    plural = role.lower_.endswith("s") and singular in _ROLE_NOUNS and role.head.i == head.i
    if not plural:
        return False
    shared = head.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in head.children)
    after = doc[m.tok_end].lower_ if m.tok_end < len(doc) else ""
    given = _a_first_name(doc[m.tok_start])  # "Senators Harry Reid of Nevada, Elizabeth …"
    return not shared and not given and after not in (",", "and", "&")


def _kin_possessor(doc, m: Mention) -> bool:
    """A name whose possessive has kin ("Dhaliwal's daughter", "Rees's widow"): a person's,
    whatever the tagger's label."""
    e = m.tok_end
    if e + 1 >= len(doc) or doc[e].lower_ not in _POSSESSIVE:
        return False
    return doc[e + 1].lower_ in KIN_NOUNS and all(t.pos_ == "PROPN" for t in doc[m.tok_start : e])


def _his_own(doc, m: Mention) -> bool:
    """A name of one capitalised word, or of two (no "the" before them, no particle first, no
    organisation's last word), the subject of a clause that a he/she possessive soon follows,
    or of a cue whose reported clause a he/she opens, no person named between ("Drake has
    filed a lawsuit against his own label", "Gurpreet Dhillon said he left"), and not what an
    outlet does ("reported"): a person's name, whatever the tagger's label."""
    return _followed_by_his_own(doc, m.tok_start, m.tok_end)


def _followed_by_his_own(doc, s: int, e: int) -> bool:
    """``_his_own`` for the words ``doc[s:e]``."""
    words = doc[s:e]
    tok = words[-1]
    if len(words) > 2 or tok.dep_ != "nsubj" or not all(w.is_title for w in words):
        return False
    if tok.tag_ == "NNPS":  # "Republicans want their …": a group
        return False
    before = doc[s - 1].lower_ if s else ""
    two = len(words) == 2
    if two and (tok.lower_ in ORG_NAME_ENDS or words[0].pos_ != "PROPN" or before == "the"):
        return False  # "The Huffington Post reported that he …"
    if two and (words[0].lower_ in NAME_PARTICLES or tok.head.lemma_ in PUBLISHING_VERBS):
        return False  # "declared La Stampa in Italy, … his knack"
    end = min(tok.head.right_edge.i + 1, tok.i + _HIS_OWN_WINDOW)
    for t in doc[tok.i + 1 : end]:
        if t.ent_type_ == "PERSON":
            return False  # "Apple hired Tim Cook for his …": his is another's
        if t.dep_ == "poss" and t.lower_ in ("his", "her"):
            return True
        reported = t.head.dep_ == "ccomp" and t.head.head == tok.head and _speaks(tok)
        if two and reported and t.dep_ == "nsubj" and t.lower_ in ("he", "she"):
            return True
    return False


#: Kin words written with a capital as the title of a priest, a monk or a nun.
_CLERICAL = frozenset({"Father", "Mother", "Sister", "Brother"})


def _titled_word(doc, m: Mention) -> bool:
    """One capitalised word after a person's title, whatever the tagger's label ("Prof Campen"
    as a WORK_OF_ART): a surname; or capitalised names after a title or a role that the
    tagger took for a work or a product ("Madam Goh Siew Lan", "Fire Chief Leonard
    Baptiste"): a full name."""
    prev = doc[m.tok_start - 1].lower_ if m.tok_start else ""
    words = doc[m.tok_start : m.tok_end]
    proper = all(t.is_title and t.pos_ == "PROPN" for t in words)
    named = m.label in ("WORK_OF_ART", "PRODUCT") and proper
    # "Father Hernán Darío Zuluaga", tagged an organisation: a priest's or a nun's title
    clerical = m.tok_start > 0 and doc[m.tok_start - 1].text in _CLERICAL and proper
    return (
        m.label != "PERSON"
        and (
            (len(words) == 1 and prev in TITLES)
            or (named and prev in _TITLE_WORDS)
            or (clerical and len(words) >= 2)
        )
        and prev != "president"
        and doc[m.tok_start].is_title
    )


#: Labels of names that speak through a spokesperson only if they are organisations.
_NOT_AGENTS = frozenset({"WORK_OF_ART", "NORP", "PRODUCT", "LAW", "EVENT", "LANGUAGE"})


def _a_persons_side(doc, m: Mention) -> str | None:
    """ORG for a one-word name labelled a person whose possessive stands right before another
    person's name: the team, outlet or party they are with ("McLaren's Norris", "Alpine's
    Esteban Ocon")."""
    head = doc[m.tok_end - 1]
    owned = head.head
    if m.tok_end - m.tok_start != 1 or m.label != "PERSON" or head.dep_ != "poss":
        return None
    name = doc[head.i + 2 : owned.i + 1]
    english = common_words(doc.vocab)
    return (
        "ORG"
        if head.i + 2 <= owned.i <= head.i + 3
        and all(t.pos_ == "PROPN" and t.is_title for t in name)
        and (owned.ent_type_ == "PERSON" or not any(t.lower_ in english for t in name))
        else None
    )


def _does(tok) -> bool:
    """``tok`` is the subject of a verb in a tense of its own ("Northern Isles Ferries has
    cancelled all winter sailings"), below the headline."""
    verb = tok.head
    tensed = verb.tag_ in ("VBD", "VBZ") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBD", "MD") for c in verb.children
    )
    below = "\n" in tok.doc[: tok.i].text
    return tok.dep_ == "nsubj" and verb.pos_ == "VERB" and tensed and below


def _speaks_after(noun) -> bool:
    """A noun the parser hung a verb of saying on as its description: the subject of a cue
    closing the sentence ("…, the museum announced")."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in SPEECH_VERBS for c in noun.children)


#: Words for a side or a part of a place, before "of" and its name ("north of Goma").
_SIDES_OF_A_PLACE = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"outskirts", "suburbs", "centre", "center", "heart", "edge", "streets"}
)
#: Prepositions that place what follows them ("in Umeå").
_WHERE = frozenset({"in", "at", "from", "near", "outside"})


def _where_a_body_is(doc, m: Mention) -> bool:
    """``m`` is one word set off by commas right after the name of a kind of body, the place it
    is in ("the Federal University of Technology, Owerri, said")."""
    s, e = m.tok_start, m.tok_end
    if e - s != 1 or s < 2 or e >= len(doc) or doc[s - 1].text != "," or doc[e].text != ",":
        return False
    body = doc[s - 2]
    if body.ent_type_ != "ORG" or body.ent_iob_ == "B":
        return False
    name = doc[body.i : s - 1]
    while (
        name.start > 0
        and doc[name.start - 1].ent_type_ == "ORG"
        and doc[name.start].ent_iob_ != "B"
    ):
        name = doc[name.start - 1 : name.end]
    return any(t.lower_ in ORG_NAME_HEADS or t.lower_ in ORG_NAME_ENDS for t in name)


def _of_an_age(noun) -> bool:
    """A noun an age describes ("a 60-year-old rubber tapper")."""
    return any(years_old(t) for t in noun.subtree if t.i < noun.i)


def _role_of_the_body(noun):
    """The role a body's noun is the object of ("prefect" of "The prefect of the Bas-Rhin
    department"; not of a place, "the mayor of Roanoke, Virginia"), or None."""
    of = noun.head
    body = noun.pos_ == "NOUN" and noun.lemma_.lower() in ORG_NOUNS
    if body and noun.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _ROLE_NOUNS:
        return of.head
    return None


def _list_holder(doc, s: int):
    """The noun whose examples a list names, for token ``s`` opening a name in it after "such
    as" or "including" ("organizations …, such as Jabhat al-Nusra (banned in Russia), Firkat
    al-Hamza, Sultan Murad"; "23 cities, including Rome, Florence and Bologna"), which the
    parser may hang elsewhere, with the word that opens the list; (None, "") otherwise."""
    i = s - 1
    for _ in range(7):
        if i > 0 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "such":
            return doc[i].head, "such as"
        if i > 0 and doc[i].lower_ == "including":
            return doc[i].head, "including"
        if i < 1 or doc[i].text != "," and doc[i].lower_ not in ("and", "or"):
            return None, ""
        i -= 1 if doc[i - 1].text != "," else 2  # ", and"
        if doc[i].text == ")":  # the first name's aside: "(banned in Russia)"
            while i > 0 and doc[i].text != "(" and s - i < 40:
                i -= 1
            i -= 1
        if doc[i].pos_ != "PROPN":
            return None, ""
        while i > 0 and (doc[i].pos_ == "PROPN" or doc[i].text == "-"):
            i -= 1
    return None, ""


def _bare_in_an_opening_phrase(noun) -> bool:
    """``noun`` has no determiner and is the object of the participle or preposition opening
    its sentence ("Speaking outside *court*, Yasmin Chaudhry, whose …, said"): where someone
    is, not an organisation a name beside it is called."""
    opener = noun.head
    return (
        not any(c.dep_ in ("det", "poss") for c in noun.children)
        and noun.dep_ in ("dobj", "pobj")
        and (opener.tag_ == "VBG" or opener.pos_ == "ADP")
        and opener.i == noun.sent.start
    )


def _role_vote(doc, m: Mention) -> str | None:
    """The type what a mention does tells, whatever the tagger's label: PERSON after a title
    ("Dr. Kowalczyk"), with a nickname in marks inside (Wendell "Bajan Boy" Scantlebury) or
    beside a role or kin noun in apposition ("X, a spokesperson for …", "His wife, Sophie");
    a work's title after its kind or beside it ("the show Kitchen Wars", "Her new album, Glass
    House,"); ORG for a subject a "which" clause describes ("Rio Tinto, which would operate
    the mine, said"), beside a kind of organisation in apposition ("X, the search company") or
    after the kind of periodical it is ("the journal Diabetologia"), for a named example of a
    group noun ("organizations such as X", "the militia X") or for a name labelled a person
    after "its" ("its App Store"); GPE for a journey's end ("their flight to Malaga"), a
    hyphenated name placed by a preposition ("fighting in Nagorno-Karabakh") or naming a
    region ("the Karabakh region"), written as a person's home after their age, opening a
    dateline ("DETROIT (AP) —") or as its region ("IQALUIT, Nunavut —"), or before the office
    of a place ("Pond Inlet Mayor Joshua Arreak") or a town's body ("Hamilton city council",
    no first name), one of two names after "between" with a place ("between Killinghall and
    Ripley"); LOC for a region before a feature of nature ("the Amazon rainforest"); FAC for a
    street a preposition places ("on Boar Lane") or a name before the facility named after it
    ("Trudeau airport"); PERSON for a manager whose side the NER took for a club ("Unai Emery's
    side"), ORG for a name with a plural verb ("Chelsea are"), LAW for a bill ("a new Scottish
    Languages Bill")."""
    head = doc[m.tok_end - 1]
    prev = doc[m.tok_start - 1].lower_ if m.tok_start else ""
    if m.tok_end - m.tok_start == 1 and _one_of_a_series(doc, m.tok_start):
        return "EVENT"  # "before the next Olympiad, a FIDE spokesperson said": no person
    if prev in TITLES and prev not in ("president",):
        return "PERSON"
    if m.formal is not None and m.formal != m.text and '"' in m.text.replace("“", '"'):
        return "PERSON"  # a nickname in marks inside: 'taxi operator Wendell "Bajan Boy" …'
    if given_as_a_name(head):  # "a student who gave her name only as Rina"
        return "PERSON"
    if _whose_kin(head):  # "Rhiannon Davies, whose daughter Kate died …": no body's daughter
        return "PERSON"
    words = m.text.split()
    law = len(words) >= 2 and words[-1] in ("Bill", "Act")
    if m.label == "PERSON" and law and not is_recorded_first_name(words[0]):
        return "LAW"  # "a new Scottish Languages Bill": no one called Bill
    if m.label == "PERSON" and m.tok_end - m.tok_start == 1 and _plural_agreement(head):
        return "ORG"  # "Chelsea are also monitoring the situation": a team, no one person
    led = head.dep_ == "poss" and head.head.lemma_.lower() in LED_NOUNS
    if m.label == "ORG" and led and _a_managers_name(doc[m.tok_start : m.tok_end]):
        return "PERSON"  # "Unai Emery's side": the manager's team, no club
    which = m.tok_end + 1 < len(doc) and doc[m.tok_end + 1].lower_ == "which"
    which = which and doc[m.tok_end].text == "," and head.dep_ in ("nsubj", "nsubjpass")
    if m.label == "PERSON" and which and _described_by(head, "which"):
        return "ORG"  # "Rio Tinto, which would operate the mine, said": no one is a "which"
    if any(c.dep_ == "appos" and years_old(c) for c in head.children):
        return "PERSON"  # "Yesenia, a 29-year-old from San Pedro Sula," a place to the NER
    if (  # "sits Sutrisno, who leads partnerships": a single name no place is
        m.tok_end - m.tok_start == 1
        and m.label in ("GPE", "LOC")
        and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr")  # not "an economist at M.I.T."
        and _described_by(head, "who")
        and not _english(head.lower_, common_words(doc.vocab))
    ):
        return "PERSON"
    if _age_before(doc, m.tok_start) and (m.label == "PERSON" or m.key.split()[0] in FIRST_NAMES):
        return "PERSON"  # "read to the court, 86-year-old Margaret Ellery": not the court's
    if m.tok_end - m.tok_start > 1 and doc[m.tok_start].lower_ in STORM_WORDS:
        return "EVENT"  # "Storm Bert", "Hurricane Helene"
    if prev in STORM_WORDS and doc[m.tok_start - 1].is_title:
        return "EVENT"  # "Hurricane" + "Idris", the name alone tagged
    if _aged(doc, m) and m.key not in NATIONALITY_NOUNS:
        return "PERSON"  # "rock drill operator Sipho Ndlovu, 41,": no operating company
    if _kind_of_business_before_a_role(doc, m):
        return "ORG"  # "Café owner Bilal Qureshi": the café, no one's name
    who = (
        m.tok_end + 1 < len(doc)
        and doc[m.tok_end].text == ","
        and doc[m.tok_end + 1].lower_ == "who"
    )
    if m.label == "ORG" and who and _given_name_and_surname(doc, m.tok_start, m.tok_end):
        return "PERSON"  # "Marko Đurić-Vasić, who leads the small Green-Left Front,"
    owned = prev in ("his", "her", "their", "my", "our", "your")  # "its App Store": below
    if m.label == "PERSON" and owned and doc[m.tok_start].lower_ not in HONOURS:
        return "PRODUCT"  # "his Instagram Story", "her Range Rover": a thing someone has
    one_word = m.tok_end - m.tok_start == 1
    placed_region = head.dep_ == "pobj" and head.head.lower_ in _WHERE
    if m.label == "PERSON" and one_word and prev == "the" and placed_region:
        return "LOC"  # "from the Fens": a region, no person is "the Fens"
    towards = head.dep_ == "pobj" and head.head.lower_ in ("to", "from")
    if m.label == "PERSON" and towards and head.head.head.lemma_.lower() in TRAVEL_WORDS:
        return "GPE"  # "their flight to Malaga": where it goes, no one's name
    if m.label == "PERSON" and head.lower_ in PARTY_MEMBER_WORDS and head.pos_ == "PROPN":
        return "NORP"  # "the Lib Dems": a party's members
    if _saint_as_a_place(doc, m):
        return "FAC"  # "vicar of St Barnabas": the church
    if _one_name_after_a_plural_role(doc, m):
        return "ORG"  # "Organisers Vlaamse Wielerevents said": a body, not one person
    apposed = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        apposed.append(head.head)
        # "Outside court, Mr X's widow, Samira X, read": the role set beside the name before it,
        # both hung on the word opening the sentence
        apposed += [
            c
            for c in head.head.children
            if c.dep_ == "appos" and c.right_edge.i == c.i and c.i + 2 == m.tok_start
        ]
    # "The prefect of the Bas-Rhin department, Anne-Laure Dufresnoy,": the name is the role's,
    # though the parser set it beside the body the role is of
    apposed = [_role_of_the_body(a) or a for a in apposed]
    people = _PEOPLE_NOUNS  # "His wife, Sophie, said"; not "by The Ledger, Glidepath's chief …"
    # nor the place a person is in ("She grew up in Umeå, the daughter of a schoolteacher")
    placed = m.label in ("GPE", "LOC") and head.dep_ == "pobj" and head.head.lower_ in _WHERE
    # "In Adre, the prefect, …": a place an opening preposition sets, whatever its label
    placed = placed or (
        head.dep_ == "pobj" and head.head.lower_ in _OPENING_PLACES and head.head.is_sent_start
    )
    if (
        prev != "the"
        and not placed
        and not named_after_its_kind(doc[m.tok_start])  # "the photo-sharing app Pinwheel"
        and any(a.pos_ == "NOUN" and (a.lemma_.lower() in people or _of_an_age(a)) for a in apposed)
    ):
        return "PERSON"  # "Usman, a 60-year-old rubber tapper": no company has an age
    works = apposed + (
        [head.head.head] if head.dep_ == "conj" and head.head.dep_ == "appos" else []
    )
    if any(a.lemma_.lower() in WORK_NOUNS and a.pos_ == "NOUN" for a in works):
        return "WORK_OF_ART"  # "Her new album, Glass House,", "her memoir, Thin Air and Thick Skin"
    joined = head.head if head.dep_ == "conj" else None  # "reply Burton and Nick"
    if (
        joined is not None
        and joined.ent_type_ == "PERSON"
        and m.key in FIRST_NAMES
        and joined.head.lemma_.lower() in SPEECH_VERBS
    ):
        return "PERSON"
    if prev in WORK_NOUNS:  # "the BBC show Kitchen Wars"
        return "WORK_OF_ART"
    if prev in VESSEL_NOUNS:  # "the trawler Aurora Borealis": a boat's name, no one's
        return "PRODUCT"
    periodical = prev in PERIODICAL_NOUNS and doc[m.tok_start - 1].is_lower
    if m.label in ("PERSON", "WORK_OF_ART") and periodical:
        return "ORG"  # "in the journal Diabetologia", "the journal Nature": a publication
    if m.label == "PERSON" and any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children):
        return "ORG"  # "outside its App Store": no one's name follows "its"
    # the kind of organisation right before the name ("housing charity Shelter"), not a role
    # ("campaign chairman John Podesta") nor the name before the kind ("the Obama administration")
    kinds = [c for c in head.children if c.dep_ == "compound" and c.i == m.tok_start - 1]
    before = [doc[m.tok_start - 1]] if m.tok_start and doc[m.tok_start - 1].is_lower else []
    # a role written in lower case is a noun, however it is tagged ("midfielder Rodri"), and
    # comes before what an apposition calls the name ("spinner Graham Pettifer, now a
    # broadcaster,")
    singular = [k for k in kinds if k.tag_ != "NNS"]  # not "leaders Liverpool"
    if any(k.lemma_.lower() in _ROLE_NOUNS and (k.pos_ == "NOUN" or k.is_lower) for k in singular):
        return "PERSON"  # "Brazilian winger Estevao", "NDP education critic Marit Stiles"
    # "A spokesman for the attorney general's office, Tom Reinholt,": the spokesman's name,
    # which the parser set beside the office
    body = head.head if head.dep_ == "appos" and head.head.dep_ == "pobj" else None
    spoken_for = body is not None and body.head.lower_ in ("for", "at") and m.label == "PERSON"
    if (
        spoken_for
        and body.head.head.lemma_.lower() in AFFILIATE_NOUNS
        and _given_name_and_surname(doc, m.tok_start, m.tok_end)
    ):
        return "PERSON"
    # "Nexora, the search company", "housing charity Shelter", "the company Vantix 1.8 billion";
    # not the speaker of a closing cue the parser set beside the name ("… a portrait by Judith
    # Leyster, the museum announced")
    beside = apposed + before
    english = common_words(doc.vocab)
    if m.label == "PERSON" and not any(_english(w, english) for w in m.key.split()[1:]):
        # a person's name beside the word for an organisation only where a comma sets one off
        # ("Morgan Stanley, the bank"; not "of the regional government Tan Xiuying"), unless
        # English words say it is an organisation's ("the advocacy group Kids Off Camera")
        opened = doc[m.tok_start - 1].text == ","
        beside = [a for a in apposed if opened or doc[a.left_edge.i - 1].text == ","]
    # "the broadcaster Mariella Cole": a person's first name after a trade a person may have
    personal = m.label == "PERSON" and is_recorded_first_name(doc[m.tok_start].text)
    if any(
        a.lemma_.lower() in ORG_NOUNS
        and a.pos_ == "NOUN"
        and not _speaks_after(a)
        and not _bare_in_an_opening_phrase(a)
        and not (personal and a.lemma_.lower() in PERSON_OR_BODY_NOUNS)
        for a in beside + kinds
    ):
        return "ORG"
    owned = head.head if head.dep_ == "poss" else None  # "The Welsh Conservatives' spokesman"
    if owned is not None and owned.lemma_.lower() in AFFILIATE_NOUNS and m.label in _NOT_AGENTS:
        return "ORG"
    holder = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "as" else None
    if holder is None and head.dep_ in ("appos", "conj"):
        holder = head.head
    if holder is not None and holder.pos_ == "NOUN" and holder.lemma_.lower() in GROUP_NOUNS:
        return "ORG"
    listed, opener = _list_holder(doc, m.tok_start)
    kind = listed.lemma_.lower() if listed is not None and listed.pos_ == "NOUN" else ""
    later = m.tok_start > 0 and doc[m.tok_start - 1].lower_ not in ("as", "including")
    if opener == "such as" and kind in GROUP_NOUNS and later:
        return "ORG"
    if kind in SETTLEMENT_NOUNS and listed.tag_ == "NNS" and m.label in ("PERSON", "ORG"):
        return "GPE"  # "23 cities, including Rome, Florence and Bologna": no one's name
    of = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    owned = head.head if head.dep_ == "poss" else of
    role_of = of is not None and of.tag_ == "NN" and of.lemma_.lower() in BUSINESS_ROLES
    if m.label == "GPE" and (
        role_of or (owned is not None and owned.lemma_.lower() in BUSINESS_NOUNS)
    ):
        return "ORG"  # "shares of Nvidia", "Nvidia's biggest customers", "founder of Nvidia"
    heads_a_school = of is not None and of.lemma_.lower() in _SCHOOL_HEADS
    if heads_a_school and m.label == "PERSON":
        heads_a_school = not _given_name_and_surname(doc, m.tok_start, m.tok_end)
    if heads_a_school:
        return "ORG"  # "principal of Desert Willow": a school
    traded = head.head.head if head.dep_ == "pobj" and head.head.lower_ in ("of", "in") else None
    if m.label in ("PERSON", "GPE") and traded is not None and traded.lower_ in _TRADED:
        return "ORG"  # "Shares in Greggs fell": a listed company, no person
    if m.label in ("GPE", "PERSON") and head.dep_ == "pobj" and at_a_role(head.head):
        return "ORG"  # "Stacy Rasgon, an analyst at Bernstein"
    if _home_of_a_person(doc, m.tok_start) or dateline_end(doc, m.tok_start) is not None:
        return "GPE"
    if _where_a_body_is(doc, m):
        return "GPE"  # "the Federal University of Technology, Owerri, said"
    after = doc[m.tok_end] if m.tok_end < len(doc) else None
    if after is not None and after.lower_ in PLACE_OFFICES and after.is_title:
        return "GPE"  # "Pond Inlet Mayor Joshua Arreak"
    seated = after is not None and after.text in _SEATS and m.tok_end + 1 < len(doc)
    if seated and m.label in ("PERSON", "GPE") and doc[m.tok_end + 1].pos_ == "PROPN":
        return "GPE"  # "Amittuq MLA Elisapi Kunnuk": the seat's constituency; not "Jane Smith
        # MP, who …", the member's letters
    named_after = m.tok_end + 1 < len(doc) and doc[m.tok_end + 1].ent_type_ == "PERSON"
    lower_office = after is not None and after.lower_ in PLACE_OFFICES and after.is_lower
    if m.label == "PERSON" and lower_office and named_after:
        return "GPE"  # "Wollondilly mayor Graham Oduya"
    region = m.tok_start > 1 and doc[m.tok_start - 1].text == ","
    if region and in_dateline(doc, m.tok_start) and doc[m.tok_start - 2].is_upper:
        return "GPE"  # "IQALUIT, Nunavut —"
    hyphenated = "-" in m.text and all(p[:1].isupper() for p in m.text.split("-"))
    regional = head.dep_ == "compound" and head.head.lemma_.lower() in REGION_NOUNS
    if (hyphenated or m.label == "GPE") and regional:
        return "GPE"
    one = m.tok_end - m.tok_start == 1 and m.key not in FIRST_NAMES
    if m.label == "PERSON" and one and _names_a_district(head):
        return "GPE"  # "the Gwammaja neighbourhood", "the Dala and Ungogo districts"
    if m.label == "PERSON" and one and _between_it_and_a_place(head):
        return "GPE"  # "fields between Killinghall and Ripley"
    natural = head.dep_ == "compound" and head.head.lemma_.lower() in NATURAL_FEATURES
    if m.label == "ORG" and one and natural and head.head.is_lower:
        return "LOC"  # "the Amazon rainforest": no company's
    landscape = head.dep_ == "compound" and head.head.lemma_.lower() in LANDSCAPE_NOUNS
    if m.label == "PERSON" and one and landscape and head.head.is_lower:
        return "GPE"  # "a Devon river"
    seat = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else None
    if (
        m.label == "PERSON"
        and seat is not None
        and seat.lower_ in SEAT_HOLDERS
        and not _given_name_and_surname(doc, m.tok_start, m.tok_end)  # "… East Karen Doyle"
    ):
        return "GPE"  # "the MP for Stroud"
    placed = head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS
    placed = placed or (  # "had to move to Norwich for work"
        head.dep_ == "pobj"
        and head.head.lower_ in ("to", "from")
        and head.head.head.lemma_.lower() in MOTION_VERBS
    )
    opening = (
        head.head.lower_ in _OPENING_PLACES and head.head.i == head.sent.start
    )  # "At Gatwick,"
    placed = placed or (head.dep_ == "pobj" and opening)
    placed = placed or (  # "in the hills north of Goma", "the outskirts of Dakar"
        head.dep_ == "pobj"
        and head.head.lower_ == "of"
        and head.head.head.lower_ in _SIDES_OF_A_PLACE
    )
    one_word = " " not in m.key
    unnamed = m.label == "PERSON" and (one_word or m.key.split()[0] not in FIRST_NAMES)
    if placed and (hyphenated or unnamed):
        return "GPE"  # "fighting in Nagorno-Karabakh", "a physician in Medicine Hat"
    civic = head.dep_ == "compound" and head.head.is_lower and head.head.lower_ in CIVIC_NOUNS
    if civic and (unnamed or m.label != "PERSON"):
        return "GPE"  # "Hamilton city council", "Guelph police"
    named_after = m.label == "PERSON" and head.dep_ == "compound" and head.head.is_lower
    if named_after and head.head.lemma_ in FACILITY_NOUNS and m.tok_end - m.tok_start == 1:
        return "FAC"  # "Montreal's Trudeau airport"
    on = head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS | {"on", "along", "off", "at"}
    street = m.label == "PERSON" and " " in m.key and m.key.split()[-1] in STREET_WORDS
    if street and (on or (head.dep_ == "pobj" and unnamed)):
        return "FAC"  # "struck pedestrians on Boar Lane", "running towards Boar Lane"
    if m.label == "PERSON" and " " in m.key and m.key.split()[-1] in PLACE_NAME_ENDS:
        return "FAC"  # "a rally in George Square", "the Stanier Stand": no one's surname
    return None


def given_as_a_name(tok) -> bool:
    """``tok`` ends the name someone gave or was identified or named by ("a student who gave
    her name only as *Rina*", "a woman identified only as *Maria*", "was named locally as Agnes
    *McCafferty*"): a person's name, whatever its label, also where the parser took the name
    for the subject of the verb after it ("who asked to be identified only as Anas, told us")."""
    prep = tok.head
    if tok.pos_ == "PROPN" and tok.dep_ != "pobj" and _after_given_as(tok):
        return True
    if tok.dep_ != "pobj" or prep.lower_ != "as" or tok.pos_ != "PROPN":
        return False
    verb = prep.head
    if verb.lemma_.lower() == "identify":
        return True
    if verb.lemma_.lower() == "name":  # "The woman who died was named locally as Agnes …"
        return verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
    return verb.lemma_.lower() == "give" and any(c.lemma_.lower() == "name" for c in verb.children)


def _after_given_as(tok) -> bool:
    """The words before ``tok``'s name read "identified (only) as" or "gave … name (only) as"."""
    doc = tok.doc
    start = tok.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    if start < 2 or doc[start - 1].lower_ != "as":
        return False
    words = doc[max(0, start - 6) : start - 1]
    lemmas = {t.lemma_.lower() for t in words}
    return "identify" in lemmas or ("give" in lemmas and "name" in lemmas)


#: Prepositions whose object is where something is or goes, not whom it concerns.
_WHERE_PREPS = PLACE_PREPS | {"at", "from", "to", "near", "of", "on", "toward", "towards", "via"}


def _surname_of_one_named_before(doc, m: Mention) -> bool:
    """One word that ends the full name of a person the NER tagged before it, standing where a
    person stands, not a place ("Chief Robert Hale, … sided with Hale"; not "Lincoln" after
    "Abraham Lincoln" in "a rally in Lincoln", "the Hale area" or a dateline)."""
    if m.tok_end - m.tok_start != 1 or in_dateline(doc, m.tok_start):
        return False
    head = doc[m.tok_start]
    if head.dep_ in ("compound", "nmod", "amod") or (
        head.dep_ == "pobj" and head.head.lower_ in _WHERE_PREPS
    ):
        return False
    return any(
        e.label_ == "PERSON" and len(e) >= 2 and e[-1].lower_ == head.lower_
        for e in doc_ents(doc)
        if e.end <= m.tok_start
    )


def _plural_agreement(subject) -> bool:
    """``subject``, a name in the singular joined to no other, is the subject of "are", "were"
    or "have" ("Chelsea are monitoring", "Chelsea were beaten", "Chelsea have made an offer";
    not "the Clintons are", nor "God bless"): a body, as British English writes of teams and
    firms."""
    verb = subject.head
    if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lower_.endswith("s"):
        return False
    if any(c.dep_ == "conj" for c in subject.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > subject.i]
    finite = auxiliaries[0] if auxiliaries else verb
    return finite.i > subject.i and finite.lower_ in ("are", "were", "have")


def _a_managers_name(span) -> bool:
    """Two words, a recorded first name and one that no club's or place's name ends in
    ("Unai Emery", not "Crystal Palace", "Sheffield United", "Lincoln City" or "Paris
    Saint-Germain")."""
    if len(span) != 2 or span[0].pos_ != "PROPN" or "-" in span.text:
        return False
    last = span[1].lower_
    club = last in ORG_NAME_ENDS or last in ORG_NOUNS or last in SETTLEMENT_NOUNS
    return is_recorded_first_name(span[0].text) and not club


def _tagged_surnames(doc) -> set[str]:
    """The last words, in lower case, of the names of two words or more the NER tagged
    people."""
    return {e[-1].lower_ for e in doc_ents(doc) if e.label_ == "PERSON" and len(e) >= 2}


def _between_it_and_a_place(head) -> bool:
    """``head`` is one of two names after "between" and the other is a place the NER tagged
    ("fields between Killinghall and Ripley", "the road between Ripley and Killinghall"), and
    no person's full name in the article ends in it."""
    if head.dep_ == "pobj" and head.head.lower_ == "between":
        others = [c for c in head.children if c.dep_ == "conj"]
    elif head.dep_ == "conj" and head.head.dep_ == "pobj" and head.head.head.lower_ == "between":
        others = [head.head]
    else:
        return False
    placed = any(o.ent_type_ in ("GPE", "LOC") for o in others)
    return placed and head.lower_ not in _tagged_surnames(head.doc)


def _names_a_district(head) -> bool:
    """``head`` names the districts a lower-case noun after it counts, alone or in a list ("the
    Gwammaja neighbourhood", "the Dala and Ungogo districts", "Tondiarpet, Royapuram and
    Teynampet zones", "rural Cochise and La Paz counties", where the parser joined the first
    name to the noun)."""
    if any(
        c.dep_ == "conj" and c.is_lower and c.tag_ == "NNS" and c.lemma_.lower() in DISTRICT_NOUNS
        for c in head.children
    ):
        return True
    noun = head.head
    if head.dep_ == "conj" and noun.dep_ in ("compound", "nmod"):
        noun = noun.head
    elif head.dep_ not in ("compound", "nmod"):
        return False
    return noun.is_lower and noun.lemma_.lower() in DISTRICT_NOUNS and noun.i > head.i


def _the_organisation(doc, m: Mention) -> str | None:
    """ORG for a name of several words the tagger labelled an organisation with "the" before
    it ("The Toronto Maple Leafs have fired …"), which no person's name has, else None."""
    the = m.tok_start > 0 and doc[m.tok_start - 1].lower_ == "the"
    return "ORG" if the and m.label == "ORG" and m.tok_end - m.tok_start > 1 else None


def _a_persons_body(doc, m: Mention) -> str | None:
    """ORG for one word the tagger labelled a person after "of" and a person's full name
    ("Jonas Vestergaard-Holm of Kælder in Copenhagen"): where the person works, else None."""
    k = m.tok_start
    if m.label != "PERSON" or m.tok_end - k != 1 or k < 3 or doc[k - 1].lower_ != "of":
        return None
    name = next((ent for ent in doc_ents(doc) if ent.end == k - 1), None)
    person = name is not None and len(name) > 1 and name.label_ == "PERSON"
    person = person or (name is not None and _given_name_and_surname(doc, name.start, name.end))
    return "ORG" if person else None


def _family_name_first(doc, m: Mention) -> str | None:
    """PERSON for two words the NER took for another kind of name that speak, the second a
    given name recorded for one sex and the first no English word or first name: a family name
    written first ("Kurokawa Tetsuya said", an organisation to the NER), else None."""
    if m.label in ("PERSON", "GPE", "LOC", "FAC") or m.tok_end - m.tok_start != 2:
        return None  # not "Puerto Rico" ("Rico" a man's name)
    if not _speaks(doc[m.tok_end - 1]):
        return None
    family, given = doc[m.tok_start], doc[m.tok_start + 1]
    english = common_words(doc.vocab)
    return (
        "PERSON"
        if family.is_title
        and given.is_title
        and recorded_name_gender(given.lower_) is not None
        and not _english(family.lower_, english)
        and not is_recorded_first_name(family.text)
        and family.lower_ not in ORG_NAME_ENDS
        and given.lower_ not in ORG_NAME_ENDS
        else None
    )


#: Who keeps or works in a place of business ("Café owner", "bakery manager").
_KEEPERS = frozenset({"owner", "proprietor", "manager", "landlord", "landlady", "chef", "barista"})


def _kind_of_business_before_a_role(doc, m: Mention) -> bool:
    """A one-word name labelled a person that is an English noun before a role in lower case
    ("Café owner Bilal Qureshi"): the kind of place the role is held at."""
    head = doc[m.tok_start]
    role = head.head
    return (
        m.label == "PERSON"
        and m.tok_end - m.tok_start == 1
        and head.dep_ == "compound"
        and role.i == head.i + 1
        and role.is_lower
        and role.lemma_.lower() in _KEEPERS
        and _english(unaccented(head.lower_), common_words(doc.vocab))
        and not is_recorded_first_name(head.text)
    )


def _the_paper_spoken_to(doc, m: Mention) -> str | None:
    """ORG for a name labelled a person after "the" that someone spoke to or told ("Speaking
    to the Clare Champion this week", "told the Irish Examiner"): a paper or a broadcaster."""
    if m.label != "PERSON" or m.tok_start == 0 or doc[m.tok_start - 1].lower_ != "the":
        return None
    head = doc[m.tok_end - 1]
    spoken_to = head.dep_ == "pobj" and head.head.lower_ == "to"
    spoken_to = spoken_to and head.head.head.lemma_.lower() in ("speak", "talk")
    told = head.dep_ in ("dobj", "dative") and head.head.lemma_.lower() in HEARER_VERBS
    return "ORG" if spoken_to or told else None


def _the_place(doc, m: Mention) -> str | None:
    """LOC for one word labelled a person with "the" before it ("the Moon's south pole"): no
    person's one-word name takes "the"; else None."""
    if m.tok_end - m.tok_start != 1 or m.label != "PERSON" or m.tok_start == 0:
        return None
    if doc[m.tok_start].tag_ == "NNPS" or m.key.endswith("s"):
        return None  # "the Clintons": a family
    the = doc[m.tok_start - 1]
    return "LOC" if the.lower_ == "the" and the.head.i == m.tok_start else None


def _speaks_of_itself(doc, m: Mention) -> str | None:
    """ORG for a one-word name labelled a person that says what "it" does or will do
    ("Deliveroo said it had no plans to change"): an organisation speaks of itself as "it", a
    person does not; not "it" before a copula ("said it was a mistake"), which stands for
    anything."""
    head = doc[m.tok_start]
    if m.tok_end - m.tok_start != 1 or m.label != "PERSON" or not _speaks(head):
        return None
    verb = head.head
    if verb.i < head.i:
        return None
    for clause in verb.children:  # what it says after its verb, not a quotation before it
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.pos_ != "VERB":
            continue
        if clause.lemma_.lower() == "be":
            continue
        if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children):
            return "ORG"
    return None


def _its_own_staff(doc, m: Mention) -> str | None:
    """ORG for a name labelled a person, a subject, whose sentence goes on to its staff by
    "its" ("Barratt Redrow reported a fall in sales, and its chief executive warned …"), with
    no other subject between: a person's staff are "his" or "her"."""
    head = doc[m.tok_end - 1]
    if m.label != "PERSON" or head.dep_ != "nsubj":
        return None
    for t in doc[m.tok_end : head.sent.end]:
        if t.lower_ == "its" and t.dep_ == "poss" and t.head.lemma_.lower() in AFFILIATE_NOUNS:
            return "ORG"
        if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN"):
            return None
    return None


def _employer_before_a_role(doc, m: Mention) -> bool:
    """A name before a role in lower case and the name of the one who holds it, its last word
    an English word or a plural and its first no first name: where that person works
    ("Alberta Wildfire information officer Christie Tucker", "Vancouver Canucks head coach Rick
    Tocchet"), not whom they work for ("Trump campaign manager")."""
    words = m.key.split()
    english = common_words(doc.vocab)
    plural = doc[m.tok_end - 1].tag_ == "NNPS"
    if words[0] in FIRST_NAMES:
        return False
    titled = doc[m.tok_end : m.tok_end + 2]  # "Surrey RCMP Cpl. Vanessa Munn"
    if len(titled) == 2 and titled[0].lower_ in TITLES and titled[1].ent_type_ == "PERSON":
        return True
    if words[-1] not in english and not plural:
        return False
    k = m.tok_end
    while k < len(doc) and k - m.tok_end < 3 and doc[k].is_lower:
        if doc[k].pos_ == "CCONJ":
            return False  # "rapper Dex Monroe and singer Kiara Vance": no one's employer
        after = doc[k + 1] if k + 1 < len(doc) else None
        if doc[k].lemma_ in _DESCRIBING_NOUNS and after is not None:
            # "head coach Rick Tocchet": the last role word, before a person's name (or its
            # first name, where the NER tagged only the surname)
            named = after.i + 1 < len(doc) and doc[after.i + 1].ent_type_ == "PERSON"
            if after.ent_type_ == "PERSON" or (after.is_title and named):
                return True
            if not after.is_lower:
                return False
        k += 1
    return False


def of_a_nation(tok) -> bool:
    """``tok`` heads "the Spaniard" or "the Minnesota Democrat": one person named by
    nationality or party, with "the" ("the Frenchman", whatever the NER's label; "The Italian
    said", an adjective as the subject; "the 34-year-old Honduran")."""
    nominal = tok.tag_ in ("NN", "NNP") or (tok.tag_ == "JJ" and tok.dep_ == "nsubj")
    return (
        (tok.ent_type_ == "NORP" or tok.lower_ in NATIONALITY_NOUNS or described_native(tok))
        and nominal
        and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)
    )


def described_native(tok) -> bool:
    """``tok`` is a word for someone from a place, that the NER took for the place, with an
    age or an adjective before it ("the 34-year-old Honduran"; not "the Vatican")."""
    return (
        tok.ent_type_ == "GPE"
        and tok.lower_.endswith(("an", "ese", "i"))
        and any(c.dep_ == "amod" for c in tok.children)
    )


def _pronoun_subjects(doc, raw: list[Mention], entities: list[Entity]) -> list[int]:
    """Entities that a he/she subject can only stand for: the subject of the sentence before
    when no mention from the sentence before that one is of a person the pronoun may stand for
    (an organisation does not take he/she; "Iyer says … Payloop could not settle transactions.
    ¶ “…,” she says" is Iyer) and it is a name, not a nationality ("the American said. She …")."""
    found = []
    by_start = sorted(raw, key=lambda m: m.tok_start)
    starts = [m.tok_start for m in by_start]
    seen: set[int] = set()  # the sentences whose first he/she subject was read
    for pron in with_lower(doc, ("he", "she")):
        if pron.dep_ != "nsubj":
            continue
        sent = pron.sent
        if sent.start in seen or sent.start == 0:
            continue
        seen.add(sent.start)
        prev_sent = doc[sent.start - 1].sent
        lo = bisect.bisect_left(starts, prev_sent.start)
        before = by_start[lo : max(lo, bisect.bisect_left(starts, pron.i))]
        earlier = doc[prev_sent.start - 1].sent.start if prev_sent.start > 0 else 0
        since = by_start[bisect.bisect_left(starts, earlier) : bisect.bisect_left(starts, pron.i)]
        gender = "m" if pron.lower_ == "he" else "f"
        if not before or any(
            entities[m.entity].type == "PERSON" and entities[m.entity].gender in (None, gender)
            for m in since
        ):
            continue  # a person named in the two sentences before may be the he/she
        subjects = [  # of the sentence before, not of words quoted before the pronoun
            m
            for m in before
            if doc[m.tok_end - 1].dep_ in ("nsubj", "nsubjpass")
            and m.tok_start < sent.start
            and not of_a_nation(doc[m.tok_end - 1])
            and not _word_opening_a_sentence(doc, m.tok_start, m.tok_end)  # "Success has …"
        ]
        if len(subjects) == 1 and len(subjects[0].key.split()) <= 2:
            found.append(subjects[0].entity)
    return found


def _nicknamed(doc, full: str) -> tuple[list[Mention], dict[str, str]]:
    """Mentions of people introduced with a nickname (Rep. Robert C. "Bobby" Scott), which the
    parser's entities split, and the nickname forms ("bobby scott", "bobby") that refer to
    them."""
    mentions: list[Mention] = []
    aliases: dict[str, str] = {}
    for m in nicknamed(full):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")  # "Jr." whole
        if span is None:
            continue
        start = span.start
        while (  # "José Luis “Pepe” Santamaría": the given names the NER took into the name
            start > 0
            and doc[start].ent_iob_ == "I"
            and doc[start - 1].ent_type_ == "PERSON"
            and is_recorded_first_name(doc[start - 1].text)
            and (
                doc[start - 1].lower_ not in TITLES
                and doc[start - 1].lower_ not in PERSON_NOUNS
                and doc[start - 1].lower_ not in ROLE_TITLES
            )
            and (  # "Marine John “Tig” …", not "Senator Maria Teresa “Tessie” …"
                doc[start - 1].lower_ not in common_words(doc.vocab)
                or (start > 1 and doc[start - 2].lower_ in TITLES)
            )
        ):
            start -= 1
        span = doc[start : span.end]
        given = full[span.start_char : m.end(1)]
        formal = f"{given} {full[m.start(3) : span.end_char]}"
        key = formal.lower()
        mentions.append(
            Mention(
                span.start_char,
                span.end_char,
                span.start,
                span.end,
                span.text,
                "PERSON",
                key,
                -1,
                formal,
            )
        )
        aliases[f"{m.group(2)} {m.group(3)}".lower()] = key
        aliases.setdefault(m.group(2).lower(), key)  # "Tiaguinho told Sport TV"
    return mentions, aliases


def _names_set_off_after_a_person(doc, full: str, raw: list[Mention]) -> list[Mention]:
    """PERSON mentions for one capitalised name the NER left untagged that commas set off
    after a noun for a person ("Her husband, Giorgos, stayed", "The village head of Ngablak
    Lor, Darmaji, said"): no English word, unless a recorded first name."""
    taken = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    english = common_words(doc.vocab)
    found = []
    for t in doc:
        if t.dep_ != "appos" or t.pos_ != "PROPN" or not t.is_title or t.ent_type_:
            continue
        if t.i in taken or t.i < 2 or t.i + 1 >= len(doc):
            continue
        if doc[t.i - 1].text != "," or doc[t.i + 1].text not in (",", "."):
            continue
        person = t.head
        if person.dep_ == "pobj" and person.head.dep_ == "prep":  # "The head of X, Darmaji,"
            person = person.head.head
        if t.head.i > t.i or person.lemma_.lower() not in HUMAN_NOUNS:
            continue
        if _english(t.lower_, english) and not is_recorded_first_name(t.text):
            continue
        found.append(_mention(doc, t.i, t.i + 1, full, "PERSON"))
    return found


def _nicknames_alone(doc, full: str, raw: list[Mention], nicknames: dict[str, str]) -> list:
    """PERSON mentions for a one-word nickname written alone that the NER left untagged
    ('Tiago "Tiaguinho" Moreira' … "Tiaguinho told Sport TV")."""
    alone = {k for k in nicknames if " " not in k}
    if not alone:
        return []
    taken = {t for m in raw for t in range(m.tok_start, m.tok_end)}
    return [
        _mention(doc, t.i, t.i + 1, full, "PERSON")
        for t in doc
        if t.lower_ in alone and t.is_title and t.i not in taken and not t.ent_type_
    ]


def _known_as(doc, raw: list[Mention], words: _Words) -> dict[str, str]:
    """The names a person is "known as" right after their full name ("Abdiqani Mohamed Hersi,
    widely known as Gacmey", "Sudarmono, a fisherman known to neighbours as Pak Darmo") or
    performs as ("Kofi Mensah-Drake, who performs as Kojo Blaze"): {the alias's key: the
    person's key}."""
    found: dict[str, str] = {}
    by_start = {m.tok_start: m for m in raw}
    people = [m for m in raw if m.label == "PERSON"]
    named = [m for m in raw if m.label == "PERSON" or m.label in _NAMED_LIKE_PEOPLES]
    for tok in (doc[i] for i, lower in enumerate(words.lower) if lower == "known"):
        if tok.tag_ != "VBN":
            continue
        as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        alias = by_start.get(as_.i + 1) if as_ is not None else None
        titled = as_ is not None and as_.i + 2 < len(doc) and doc[as_.i + 1].lower_ in TITLES
        if alias is None and titled:  # "as Pak Darmo"
            alias = by_start.get(as_.i + 2)
        person = next((m for m in people if m.tok_start <= tok.head.i < m.tok_end), None)
        if person is None and tok.head.dep_ == "appos" and _occupation_apposed(tok.head.head):
            # "Sudarmono, a fisherman known …", whatever the NER called the name
            person = next((m for m in named if m.tok_start <= tok.head.head.i < m.tok_end), None)
        if alias is None or person is None or alias.key == person.key or tok.dep_ != "acl":
            continue
        found[alias.key] = person.key
    for verb in doc:  # "Kofi Mensah-Drake, who performs as Kojo Blaze"
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in _STAGE_NAME_VERBS:
            continue
        as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        alias = by_start.get(as_.i + 1) if as_ is not None else None
        person = next((m for m in people if m.tok_start <= verb.head.i < m.tok_end), None)
        if alias is not None and person is not None and alias.key != person.key:
            found[alias.key] = person.key
    for verb in doc:  # "Joaquín Ortega Salcedo, a priest whom residents call "Padre Quino""
        if verb.dep_ != "relcl" or verb.lemma_.lower() != "call":
            continue
        if not any(c.lower_ in ("whom", "who") and c.dep_ == "dobj" for c in verb.children):
            continue
        after = verb.i + 1 + (verb.i + 1 < len(doc) and is_mark(doc[verb.i + 1]))
        alias = by_start.get(after)
        described = verb.head.head if verb.head.dep_ == "appos" else verb.head
        person = next((m for m in people if m.tok_start <= described.i < m.tok_end), None)
        if alias is not None and person is not None and alias.key != person.key:
            found[alias.key] = person.key
    return found


#: Verbs of a relative clause whose "as" gives a performer's other name ("who performs as
#: Kojo Blaze", "who records as Nightjar").
_STAGE_NAME_VERBS = frozenset({"perform", "record", "rap", "sing", "wrestle", "fight"})


def _said_in_full(m: Mention, raw: list[Mention]) -> bool:
    """A fuller name holds the words of ``m`` ("John Ellis Bush" for "Mr. Bush", "Aurelio
    Restrepo Quintero" for "Restrepo")."""
    return any(o.key != m.key and f" {m.key} " in f" {o.key} " for o in raw)


def _bracketed_aliases(doc, raw: list[Mention]) -> dict[str, str]:
    """One word in brackets right after an organisation's name of several words, the short
    name it goes by ("the British Airline Pilots' Association (Balpa)"): {its key: the
    name's key}."""
    found: dict[str, str] = {}
    placed = {m.tok_start for m in raw if m.label in ("GPE", "LOC")}  # not "(Calif.)"
    for name in raw:
        e = name.tok_end
        if name.label != "ORG" or " " not in name.key or e + 2 >= len(doc):
            continue
        short = doc[e + 1]  # tagged or not: "The Government Information Service (RVD)"
        if doc[e].text != "(" or doc[e + 2].text != ")" or not short.is_alpha or e + 1 in placed:
            continue
        if short.is_title or short.is_upper:
            found.setdefault(short.lower_, name.key)
    return found


def _organisations_known_as(doc, raw: list[Mention]) -> dict[str, str]:
    """The one word an organisation named in full is "known as" right after its name ("The
    Sakhisizwe Power Corporation, known as Sapco,"; "The force, known as EUNAVFOR," does not
    name one): {its key: the name's key}."""
    found: dict[str, str] = {}
    for name in raw:
        e = name.tok_end
        if name.label != "ORG" or " " not in name.key or e + 4 > len(doc):
            continue
        known, as_, short = doc[e + 1], doc[e + 2], doc[e + 3]
        if doc[e].text != "," or known.lower_ != "known" or as_.lower_ != "as":
            continue
        closed = e + 4 == len(doc) or doc[e + 4].is_punct
        if short.is_alpha and (short.is_title or short.is_upper) and closed:
            found.setdefault(short.lower_, name.key)
    return found


def _initials_labelling_lines(full: str, raw: list[Mention]) -> dict[str, str]:
    """Initials in capitals that label a transcript's lines ("HOV: Pre-existing conditions,
    by a distance."), the initials of one person's name of several words in the article,
    hyphenated parts each counting ("Harriet Okonjo-Vance"): {their key: the name's key}."""
    names: dict[str, set[str]] = {}
    for m in raw:
        parts = re.split(r"[\s-]+", m.key)
        if m.label == "PERSON" and len(parts) >= 2 and all(p[:1].isalpha() for p in parts):
            names.setdefault("".join(p[0] for p in parts), set()).add(m.key)
    found: dict[str, str] = {}
    for m in raw:
        label = m.text.isalpha() and m.text.isupper() and 2 <= len(m.text) <= 4
        opens = m.start == 0 or full[m.start - 1] == "\n"
        owners = names.get(m.key, set())
        if label and opens and full[m.end : m.end + 1] == ":" and len(owners) == 1:
            found[m.key] = next(iter(owners))
    return found


def _org_initials(doc, raw: list[Mention]) -> set[str]:
    """The initials of the organisations' names of several words among ``raw`` ("Air Line
    Pilots Association": "alpa")."""
    return {_acronym(doc[m.tok_start : m.tok_end]) for m in raw if m.label == "ORG"} - {""}


def _acronym(tokens) -> str:
    """Initials of a name of several capitalised words ("International Monetary Fund" -> "imf",
    "Securities and Exchange Commission" -> "sec", "Plataforma Cidadã de Observação Eleitoral"
    -> "pcoe"); empty when it is no such name."""
    words = [t.text for t in tokens if t.is_alpha]
    while words and words[0].islower():
        words.pop(0)
    caps = [w for w in words if w[0].isupper()]
    small = NAME_SMALL_WORDS | FOREIGN_NAME_PARTICLES
    if len(caps) < 2 or any(w.lower() not in small for w in words if not w[0].isupper()):
        return ""
    return "".join(w[0] for w in caps).lower()


def _mixed_case_acronym(tokens) -> str:
    """Initials of a name with a small word inside, that word's too, as such names are written
    in mixed case ("Transport for London" -> "tfl" for "TfL", "Bank of England" -> "boe");
    empty when the name has no small word inside or is no such name."""
    words = [t.text for t in tokens if t.is_alpha]
    inner = [w for w in words[1:-1] if w in ("for", "of")]
    if len(words) < 3 or len(words) > 5 or not inner or not _acronym(tokens):
        return ""
    return "".join(w[0] for w in words).lower()


def _owns_a_body(tok) -> bool:
    """A possessor of an organisation, a spokesperson or a relation ("Holland's office",
    "Holland's lawyer"): a person, where a place tagged by the surname of one is that person."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in _OWNED_BY_PEOPLE


def _family_name_alone(tok) -> bool:
    """A family name written alone as a verb's subject or after a title ("Takeda said", "Mr
    Ong")."""
    titled = tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip(".") in TITLES
    return tok.dep_ in ("nsubj", "nsubjpass") or titled


def _first_word_owner(raw: list[Mention], owners: set[str], m: Mention) -> str | None:
    """Whose name a lone word that opens full names is: the one full name it opens, else the
    one of them named last, just before it ("His counterpart, Wang Yi, was more cautious. Wang
    said", after "Wang Wenbin"); None otherwise."""
    if len(owners) == 1:
        return next(iter(owners))
    near = [
        o
        for o in raw
        if o.key in owners and o.tok_end <= m.tok_start and m.tok_start - o.tok_end <= _NEAR_TOKENS
    ]
    return max(near, key=lambda o: o.tok_end).key if near else None


def _surname_owner(
    doc, raw: list[Mention], cands: list[int], m: Mention, titles: str | None = None
) -> str:
    """Whose surname a bare surname is: the full name just before it when one is near and
    not a mere object ("a photo of Heidi Cruz"), otherwise the person the text introduced
    first ("Clinton" after "Hillary Clinton ... Bill Clinton" is Hillary unless Bill was
    named in the same breath) among those of the gender its titles mostly give ("Mr. Obama";
    ``titles`` holds one "m" or "f" per titled mention), unless the one named last is recent
    and the others were named only long before ("Gary Johnson" … "Jeh Johnson … Johnson")."""
    before = _before(raw, cands, m)
    if before and m.tok_start - raw[before[-1]].tok_end <= _NEAR_TOKENS:
        near = raw[before[-1]]
        if doc[near.tok_end - 1].dep_ not in ("pobj", "dobj"):
            return near.key
    if titles:
        gender = "m" if titles.count("m") > titles.count("f") else "f"
        fitting = [i for i in cands if _name_gender(raw[i]) in (None, gender)]
        if titles.count(gender) * 2 > len(titles):
            if not fitting:
                return m.key
            cands = fitting
            before = _before(raw, cands, m)
    if before and m.tok_start - raw[before[-1]].tok_end <= _RECENT_TOKENS:
        recent = raw[before[-1]]
        others = [raw[i] for i in before if raw[i].key != recent.key]
        if others and all(recent.tok_start - o.tok_end > _FORGOTTEN_TOKENS for o in others):
            return recent.key  # another, named long before, has left the story
    first = raw[cands[0]].key
    same = (
        i for i in reversed(before) if _extends(raw[i].key, first) or _extends(first, raw[i].key)
    )
    last = next(same, None)
    return raw[last].key if last is not None else first


def _before(raw: list[Mention], cands: list[int], m: Mention) -> list[int]:
    """The mentions of ``cands`` (indices of ``raw`` in text order) that start before ``m``."""
    return cands[: bisect.bisect_left(cands, m.start, key=lambda i: raw[i].start)]


def _misspelt_surname(raw: list[Mention], full_by_surname: dict, m: Mention) -> list[int]:
    """The full names a lone surname misspells ("McLenney" for the "Tyresha McClenney" named
    shortly before): a long surname one letter off, same initial, one such surname only, its
    full name written before the misspelling and near it ("Carlson" is no "Ben Carson"); empty
    when there is none."""
    word = m.key
    if len(word) < _MISSPELT_MIN or not word.isalpha():
        return []
    found = [s for s in full_by_surname if s[0] == word[0] and _edits(s, word) == 1]
    if len(found) != 1:
        return []
    return [
        i
        for i in full_by_surname[found[0]]
        if raw[i].tok_end <= m.tok_start and m.tok_start - raw[i].tok_end <= _MISSPELT_NEAR
    ]


def _edits(a: str, b: str) -> int:
    """Levenshtein distance between two words."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _extends(longer: str, name: str) -> bool:
    """``longer`` is ``name`` with middle names or a lower-case particle ("Bill de Blasio")."""
    lw, nw = longer.split(), name.split()
    if lw[0].lower() != nw[0].lower() and not any(
        w.lower() == nw[0].lower() and w.islower() for w in lw
    ):
        return False
    it = iter(w.lower() for w in lw)
    return all(w.lower() in it for w in nw)


def _gender_before_a_surname_word(ent: Entity) -> str | None:
    """The gender of the given name before a surname that opens with a word that is also a
    first name, when the text names the person by the surname too ("Ben Slimane retires" in a
    headline, then "Yasmine Ben Slimane": a woman), else None."""
    short = {m.key for m in ent.mentions if len(m.key.split()) == 2}
    short = {k for k in short if k.split()[0] in SURNAME_OPENINGS}
    for m in ent.mentions:
        words = m.key.split()
        if len(words) >= 3 and " ".join(words[1:]) in short:
            return given_name_gender(words[0])
    return None


def _first_name_gender(ent: Entity) -> str | None:
    """The gender of a person the text names only by a first name ("my parents, James and
    Olive"; "Melanie said"), or None."""
    keys = {m.key for m in ent.mentions}
    if len(keys) != 1 or " " in next(iter(keys)):
        return None
    key = next(iter(keys))
    return given_name_gender(key)


def gender_only_guessed(doc, ent: Entity) -> bool:
    """Whether ``ent``'s gender rests only on a first name that gender-guesser records only
    abroad or for men in some countries and women in others, in no list of ours and with no
    title ("Haruna Isa Dederi-Kura", recorded as a woman's name in Japan; "Jan Verhaegen"): a
    guess a he/she may overrule."""
    given = {_given_word(m) for m in ent.mentions if " " in m.key}
    titles = MALE_TITLES | FEMALE_TITLES
    titled = any(m.tok_start and doc[m.tok_start - 1].lower_ in titles for m in ent.mentions)
    listed = any(w in MALE_NAMES or w in FEMALE_NAMES for w in given)
    abroad = all(recorded_only_abroad(w) or recorded_for_both(w) for w in given)
    return ent.gender is not None and bool(given) and abroad and not listed and not titled


def _firm_gender(m: Mention) -> str | None:
    """The gender a person's name tells firmly enough to keep a title of the other off their
    surname: none for a given name recorded only abroad and on neither of the project's lists
    ("Ms Beridze" is Nino Beridze, "Mr. Maharaj" Devendra Maharaj)."""
    given = _given_word(m)
    if given not in MALE_NAMES and given not in FEMALE_NAMES and recorded_only_abroad(given):
        return None
    return _name_gender(m)


def _name_gender(m: Mention) -> str | None:
    given = _given_word(m)
    found = given_name_gender(given)
    if found is None and " " in m.key and recorded_name_gender(given) is None:
        found = _surname_gender(m.key.split()[-1])  # "Cholpon Abdykadyrova"
    return found


#: Endings of surnames or patronymics that tell a woman's or a man's in Russian, Central Asian
#: and Caucasian use ("Abdykadyrova", "Petrovna", "Mamatkadyr uulu"; "Sadyrbekov").
_SURNAME_ENDINGS = (
    ("f", ("ova", "eva", "ovna", "evna", "skaya", "kyzy", "qizi")),
    ("m", ("ov", "ev", "ovich", "evich", "uulu", "ogly", "oglu")),
)


def _surname_gender(word: str) -> str | None:
    """The gender the ending of a surname or patronymic tells (see ``_SURNAME_ENDINGS``)."""
    for gender, endings in _SURNAME_ENDINGS:
        if word.endswith(endings):
            return gender
    return None


def _given_word(m: Mention) -> str:
    """The word of a person's name that is the given name: the first, or the last when the
    family name is written first ("Lin Chien-hung": "chien-hung", "Lin Zhenyu": "zhenyu"), or
    the second after one
    given to men and women alike ("Nana Kwame Owusu-Darko": "kwame")."""
    words = m.text.split()
    if len(words) >= 2 and GIVEN_AFTER_FAMILY.fullmatch(words[-1]):
        return words[-1].lower()
    keys = m.key.split()
    if _family_name_first_in_pinyin(m):
        return keys[-1]  # "Lin Zhenyu": "zhenyu"
    return keys[1] if len(keys) >= 3 and keys[0] in UNISEX_NAMES else keys[0]


def _family_name_first_in_pinyin(m: Mention) -> bool:
    """``m`` is a Chinese name written family name first in pinyin ("Lin Zhenyu", "Wang
    Yuting"), not an English first name before a surname ("Ken Kaine")."""
    first = m.key.split()[0]
    english_given = first in FIRST_NAMES and recorded_name_gender(first) is not None
    pinyin = PINYIN_FAMILY_FIRST.fullmatch(m.text.lower()) is not None
    return pinyin and all(w.istitle() for w in m.text.split()) and not english_given


def given_name_gender(word: str) -> str | None:
    """The gender a first name tells: None for one given to men and women alike."""
    if word in UNISEX_NAMES:
        return None
    if (word in MALE_NAMES) == (word in FEMALE_NAMES):
        return None if word in MALE_NAMES else recorded_name_gender(word)
    return "m" if word in MALE_NAMES else "f"


def noun_gender(word: str) -> str | None:
    """Gender that a role noun gives ("spokeswoman", "businessman"), or None."""
    if word in FEMALE_NOUNS or word.endswith("woman"):
        return "f"
    if word in MALE_NOUNS or (word.endswith("man") and not word.endswith("human")):
        return "m"
    return None


def _apposed_gender(head) -> str | None:
    """The gender a role noun in apposition to a name gives ("Kalief Browder, a 22-year-old
    man"; "the spokeswoman, Jo Smithers"), or None."""
    nouns = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if head.dep_ == "appos" and head.head.pos_ == "NOUN":
        nouns.append(head.head)
    genders = {noun_gender(n.lower_) for n in nouns} - {None}
    return genders.pop() if len(genders) == 1 else None


def _role_of_the_named(name):
    """The role noun whose "for"/"of" object is ``name`` ("An *attorney* for Pagliano"), for a
    name the parser hung the next name on, or None."""
    prep = name.head
    role = prep.head
    if name.dep_ != "pobj" or name.pos_ != "PROPN" or prep.dep_ != "prep":
        return None
    described = role.pos_ == "NOUN" and role.lemma_.lower() in _DESCRIBING_NOUNS
    return role if described else None


def _describe(doc, m: Mention, ent: Entity) -> None:
    """Collect titles, gender and descriptive words around a person mention."""
    prev = doc[m.tok_start - 1].lower_ if m.tok_start > 0 else ""
    # a first name of a name of two words or more, not the first part of "Ms Baird-Nguyen"
    given = given_name_gender(_given_word(m)) if " " in m.key else None
    if any(o.key.endswith(f" {m.key}") for o in ent.mentions):
        given = None  # "Van Leeuwen" after "Noor van Leeuwen": her surname, no man's "Van"
    if prev in MALE_TITLES:
        ent.gender = ent.gender or "m"
    elif prev in FEMALE_TITLES:
        ent.gender = ent.gender or "f"
    root = doc[m.tok_end - 1]
    # "Jess Tran, a spokeswoman for …": the role's gender before the given name's guess
    ent.gender = ent.gender or _apposed_gender(root)
    ent.gender = ent.gender or given
    words: list = []
    for t in range(max(0, m.tok_start - 4), m.tok_start):
        tok = doc[t]
        if tok.head.i >= m.tok_start and tok.head.i < m.tok_end and tok.dep_ in _DESCRIPTOR_DEPS:
            words.extend(tok.subtree)
            if tok.pos_ == "NOUN":  # "health spokesman Dr Sandesh Gulhane"
                ent.gender = ent.gender or noun_gender(tok.lower_)
    if not words:  # "Flemish Education Minister Katrien Van den Broeck", the parse astray
        words.extend(_title_before(doc, m.tok_start))
    office = root.head.head if root.dep_ == "pobj" and root.head.lower_ in ("of", "for") else None
    # "the assistant coroner for South Wales Central, Eirlys Rowlands,": the name the parser
    # took for the place's
    set_off = m.tok_start > 0 and doc[m.tok_start - 1].text == ","
    set_off = set_off and office is not None and office.pos_ == "NOUN" and office.i < m.tok_start
    if office is not None and (_office_in_capitals_before(office, m) or set_off):
        words.extend(w for w in office.subtree if w.i < m.tok_start)
    if root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN"):
        described = root.head
        field = described.dep_ == "pobj" and described.head.lower_ in ("of", "for")
        if field and described.head.head.pos_ in ("NOUN", "PROPN"):
            described = described.head.head  # "The Minister for Climate Change Adaptation, X,"
        words.extend(w for w in described.subtree if w.i < m.tok_start or w.i >= m.tok_end)
        role = _role_of_the_named(root.head)
        if role is not None:  # "An attorney for Pagliano, Mark MacDougall,": the attorney
            words.insert(0, role)
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.extend(_without_its_clauses(child))
    for w in words[:12]:  # not the organisation's kind ("Council leader" is a leader)
        if w.pos_ in ("NOUN", "PROPN", "ADJ") and not w.is_stop and w.lower_ not in ORG_NOUNS:
            ent.descriptors.add(descriptor(w))
    said = {w.lower_ for w in words[:12]}
    if {"prime", "minister"} <= said or "pm" in said:  # "Prime Minister X … the premier said"
        ent.descriptors.update(_stem(w) for w in ("premier", "prime", "minister"))
    if _cabinet_secretary(words[:12]):  # "Transport Secretary X … the minister said"
        ent.descriptors.add(_stem("minister"))
    if prev in TITLE_OFFICES:  # "Justice Maria Lee … the judge said"
        ent.descriptors.add(_stem(TITLE_OFFICES[prev]))
    if prev in ABBREVIATED_OFFICES:
        ent.titled_offices.add(_stem(ABBREVIATED_OFFICES[prev]))


def _without_its_clauses(noun) -> list:
    """The words of the phrase ``noun`` heads, without the clauses hung on it: "the union
    representing officers" describes a union, no officer."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in noun.subtree if t.i not in inside]


def _title_before(doc, start: int) -> list:
    """The role written in capitals right before the name at ``start`` and the capitalised
    words of its field before it ("Flemish Education Minister"), or none."""
    if not start or doc[start - 1].lower_ not in PERSON_NOUNS or not doc[start - 1].is_title:
        return []
    s = start - 1
    while s > 0 and start - s < 4 and doc[s - 1].is_title and not doc[s].is_sent_start:
        s -= 1
    return list(doc[s:start])


def _office_in_capitals_before(office, m: Mention) -> bool:
    """``office`` is a role written as a title right before the mention's name and its field
    ("Deputy Minister of Public Security Nimal Gunathilaka", which the parser hangs on the
    role), with no "the" or "a": not "a spokesman for John Smith"."""
    return (
        office.i < m.tok_start
        and office.is_title
        and office.lemma_.lower() in PERSON_NOUNS
        and not any(c.dep_ == "det" for c in office.children)
        and all(
            t.is_title or t.lower_ in ("of", "for", "and")
            for t in office.doc[office.i : m.tok_start]
        )
    )


#: Words before "Secretary" in titles that are no minister's ("Press Secretary").
_NO_MINISTERS = frozenset({"press", "general", "permanent", "executive", "private", "assistant"})


def _cabinet_secretary(words) -> bool:
    """The words describing a person title them a minister as a secretary of a department
    ("Transport Secretary", "Home Secretary"), not a press or general secretary."""
    return any(
        w.text == "Secretary"
        and k > 0
        and words[k - 1].text[:1].isupper()
        and words[k - 1].lower_ not in _NO_MINISTERS
        for k, w in enumerate(words)
    )


def entity_id(index: int) -> str:
    """The result's id of the entity at ``index``."""
    return f"e{index}"


def entity_dicts(
    index: EntityIndex, text_len: int, spoken: Counter, names: dict[int, str] | None = None
) -> list[dict]:
    """The ``entities`` list of the result: ids, canonical names (or the fuller ones
    ``names`` gives), types, counts, salience (from mentions, the first mention's position and
    ``spoken``, quotes per entity index)."""
    names = names or {}
    if not index.entities:
        return []
    max_count = max(len(e.mentions) for e in index.entities)
    max_spk = max(spoken[e.index] for e in index.entities) or 1
    out = []
    for e in index.entities:
        first = e.mentions[0].start
        salience = (
            0.6 * len(e.mentions) / max_count
            + 0.25 * (1 - first / max(text_len, 1))
            + 0.15 * spoken[e.index] / max_spk
        )
        out.append(
            {
                "id": entity_id(e.index),
                "name": names.get(e.index, e.name),
                "type": e.type,
                "count": len(e.mentions),
                "salience": round(min(1.0, max(0.0, salience)), 4),
                "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
            }
        )
    return out
