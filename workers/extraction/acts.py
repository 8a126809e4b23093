"""The act of an attribution: speech, thought, intention or evidence, from its cue and source.

In: the cue (a ``Span`` or ``Token`` of a parsed ``Doc``, or None for a quotation with no cue) and
the source (``Span``/``Token`` or None). Out: an ``Act``. The cue is reduced to a key
(``cue_key``) looked up in ``cue_acts.tsv``, a lexicon labelled by reading every cue of the
PolNeAR train split; a source that is a document of findings (a study, a poll, data) turns a
cue of saying or believing into evidence.
"""

from __future__ import annotations

import csv
from enum import StrEnum
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from .candidates import Candidate
from .lexicon import (
    CUE_NOUNS,
    INTENDING_VERBS,
    MAKING_VERBS,
    MEDIUM_NOUNS,
    PRESS_NOUNS,
    PROPOSITION_NOUNS,
    QUESTION_VERBS,
    REQUEST_VERBS,
    SPEECH_VERBS,
    TITLE_SMALL_WORDS,
    TITLED_DOCUMENTS,
    TITLING_VERBS,
    WORK_NOUNS,
)
from .speakers import SpeakerMention
from .syntax import (
    a_person_before_a_colon,
    copula_of_manner,
    copula_subject,
    infinitive,
    put_to_someone,
    that_clause,
)
from .view import DocView, is_mark

LEXICON = Path(__file__).with_name("cue_acts.tsv")


class Act(StrEnum):
    """What an attribution reports: words said or written, a belief, a plan, or a finding."""

    SPEECH = "speech"
    THOUGHT = "thought"
    INTENTION = "intention"
    EVIDENCE = "evidence"


# Verbs of remembering someone, which give words when the words are in marks
# ("remembered him as “the most stubborn man I ever met”").
_REMEMBERING = frozenset({"remember", "recall"})

# Verbs that hedge the verb they govern ("seemed to suggest"): the cue is the governed verb.
_HEDGES = frozenset({"seem", "appear"})
# Adjectives of the manner of saying before a verb of saying ("was quick to add", "was careful
# to stress"): the cue is the verb of saying.
_MANNERS_OF_SAYING = frozenset({"quick", "swift", "keen", "eager", "careful"})
# Verbs that retort with "back" ("fired back that …", "hit back at critics, saying"): words.
_RETORTS = frozenset({"fire", "hit", "shoot", "snap", "strike", "punch"})
# What a plea in court is entered as ("pleaded guilty to assault", "pleads no contest"): the
# plea is a step in a case, not words reported.
_PLEAS = frozenset({"guilty", "innocent", "contest"})
# What makes "admitted" a plea: charges admitted ("admitted two counts of fraud"), or a court
# where the deed was admitted ("admitted wounding with intent at Teesside Crown Court").
_CHARGES = frozenset({"count", "charge", "offence", "offense"})
_COURTS = frozenset({"court", "magistrate", "tribunal", "jury", "judge", "sheriff"})
# Cues of answering: negated ("did not respond to a request"), nothing was said.
_ANSWERS = frozenset({"respond", "respond to", "reply", "reply to", "answer", "comment", "return"})
# Cues of assent or resolve that are a decision before an infinitive ("agreed to pay", "was
# determined to keep", not "agreed that", "determined that").
_DECIDED_BEFORE_AN_INFINITIVE = frozenset({"agree", "determine"})
# Cues of putting something forward that are an argument made before a "that" clause or of
# words in marks ("counsel submitted that the units had no consent"; not "submitted a plan").
_ARGUED_BEFORE_A_THAT_CLAUSE = frozenset({"submit"})
# Who "records that …" in writing what they say: a court's bench, a judge, a tribunal.
_RECORDING_BODIES = frozenset({"bench", "court", "judge", "tribunal", "magistrate", "coroner"})
# What a speaker has that is words said ("had a warning for drivers", "had harsh words for").
_HAD_SAID = frozenset(
    {"warning", "message", "word", "advice", "plea", "comment", "remark", "reply", "answer"}
)
# Verbs of opening or closing what someone says ("ended her statement with …: “…”") and the
# words for what they say then.
_OPENING_OR_CLOSING = frozenset({"open", "begin", "start", "end", "close", "finish", "conclude"})
_ADDRESSES = frozenset(
    {"statement", "speech", "remark", "address", "testimony", "appeal", "plea", "letter"}
    | {"post", "message", "submission", "sermon", "eulogy", "presentation", "briefing"}
)
# Verbs of judging something aloud, with "as" what it was called ("dismissed the strike as
# politically motivated") or, for "blame", "on" what caused it.
_JUDGING = frozenset(
    {
        "describe",
        "dismiss",
        "label",
        "brand",
        "characterize",
        "characterise",
        "portray",
        "denounce",
        "condemn",
        "criticize",
        "criticise",
        "deride",
        "blast",
        "slam",
        "hail",
        "praise",
        "blame",
        "attribute",
        "decry",
        "mock",
        "ridicule",
    }
)
# The word a verb of judging gives its judgement by, where it is not "as" ("blamed the outages
# on vandalism", "attributed the backlog to a surge in cargo").
_JUDGED_BY = {"blame": ("as", "on"), "attribute": ("to",)}
# Reflexive pronouns: "described themselves as" says who someone is, in a poll or a profile.
_SELVES = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
# Copulas: "be", and the curly "’s" that spaCy lemmatises to "’".
_COPULAS = frozenset({"be", "’", "'"})
# What a source asks not to be ("not to be named"), and what not to be done with a name.
_UNNAMED = frozenset({"name", "identify", "quote"})
_NAME_WITHHELD = frozenset({"use", "publish", "print", "reveal", "give", "disclose"})
# A name and its parts ("that her surname not be published").
_NAME_WORDS = frozenset({"name", "surname", "identity"})
# What a copula's cue is about ("is hopeful", "'s according to", "are supportive of").
_PREDICATES = frozenset({"acomp", "attr", "xcomp", "prep", "oprd"})
#: Words opening a clause of time ("after a woman was struck").
_TIME_MARKS = frozenset({"after", "before", "when", "while", "once", "since", "until"})

# Heads of sources that give findings rather than words: "a poll suggests", "data show".
EVIDENCE_SOURCES = frozenset(
    {"study", "poll", "polling", "survey", "data", "research", "analysis", "statistic", "evidence"}
    | {"finding", "result", "census", "estimate", "projection", "experiment", "audit", "chart"}
    | {"graph", "indicator", "index", "figure", "datum"}  # "data" lemmatises to "datum"
    | {"forecast", "modelling", "modeling", "simulation", "test", "record", "database"}
    | {"scan", "x-ray", "autopsy", "biopsy"}  # "scans confirmed he ruptured the ligament"
    | {"review", "inquiry", "inspection", "evaluation", "assessment", "investigation"}
    | {"tally", "consensus"}  # "according to a tally by …", "a company-compiled consensus"
    | {"calculation", "measurement", "observation"}  # "calculations by the bureau suggest"
    | {"inquest", "post-mortem", "postmortem"}  # "An inquest concluded that …": a finding
    | {"schedule", "itinerary", "timetable", "log", "logbook", "manifest", "ledger", "roster"}
)  # "plans to visit all 88 counties, according to a schedule released on Friday": a record
# Words that make a report a periodical one of findings ("the latest quarterly report of the
# IAEA", "OCHA's situation report"), not a news report.
_PERIODICAL = frozenset({"quarterly", "monthly", "annual", "weekly", "situation"})
# Heads of sources that show words rather than say them: a protest's "signs that read
# “Rent is not a luxury”", a banner, a poster; what they show is no one's quote.
_DISPLAYS = frozenset(
    {"sign", "placard", "banner", "poster", "billboard", "t-shirt", "shirt", "sticker", "mural"}
)
# Cues of a conclusion reached, which a report reaches as a finding ("The report concluded
# that the unit had been understaffed"), as studies and reviews do whatever their cue.
_CONCLUDING = frozenset({"conclude"})
# Who reaches a conclusion as a finding: a report, a paper and those who wrote one.
_CONCLUDERS = frozenset({"report", "paper", "author"})
#: Verbs a company gives its results by, and the words for what they give ("posted a 9 per
#: cent fall in net profit", "reported a third-quarter loss"): figures, no words.
_RESULTS_VERBS = frozenset({"report", "post", "record", "book", "log", "announce", "deliver"})
_RESULTS = frozenset(
    {"profit", "loss", "rise", "fall", "increase", "decline", "drop", "gain", "jump", "slump"}
    | {"revenue", "sales", "earnings", "growth", "surplus", "deficit", "income", "margin"}
    | {"result", "turnover"}
)
# Sources that give findings even under a name of their own ("the Aid Worker Security
# Database", "the Global Peace Index"), unlike a body named for its work ("Pew Research").
_NAMED_EVIDENCE = frozenset({"database", "dataset", "index", "tracker"})


def _tokens(cue: Span | Token) -> list[Token]:
    """The cue's tokens, without punctuation when it has words."""
    toks = [cue] if isinstance(cue, Token) else list(cue)
    words = [t for t in toks if not t.is_punct]
    return words or toks


def _asked_for(head: Token) -> bool:
    """The cue is an infinitive that a verb of asking hangs on its object ("pressed the head of
    the FAA *to explain* why …", "urged the minister *to say* whether …"): what someone was
    asked to say, which is the asker's wish, not words anyone said."""
    asker = head.head
    to = infinitive(head)
    return (
        head.dep_ in ("xcomp", "advcl")  # the parser may read the infinitive as a purpose
        and to
        and asker.lemma_.lower() in REQUEST_VERBS
        and any(c.dep_ == "dobj" for c in asker.children)
    )


def _intended(head: Token) -> bool:
    """The cue is an infinitive a verb of intention hangs on ("Pellow intends *to ask* the
    auditor-general to …", "plans to announce"): words someone means to say, not said."""
    wanted = head.head.lemma_.lower() in INTENDING_VERBS and head.lemma_.lower() != "know"
    return head.dep_ == "xcomp" and infinitive(head) and wanted  # "wanted to know": asked


def _head(toks: list[Token]) -> Token:
    """The cue's head: its token closest to the sentence root, through a hedge to the verb it
    governs and through a copula to its predicate."""
    inside = {t.i for t in toks}
    head = min(toks, key=lambda t: (len(list(t.ancestors)), t.i))
    while True:
        if head.lemma_.lower() in _HEDGES or _manner_of_saying(head):
            deps = {"xcomp"}
        elif head.lemma_.lower() in _COPULAS or head.pos_ == "AUX":
            deps = _PREDICATES
        else:
            return head
        inner = [c for c in head.children if c.dep_ in deps and c.i in inside]
        if not inner:
            return head
        head = inner[0]


def _manner_of_saying(head: Token) -> bool:
    """An adjective of manner before a verb of saying ("quick" in "was quick to add")."""
    return head.lemma_.lower() in _MANNERS_OF_SAYING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SPEECH_VERBS for c in head.children
    )


def cue_key(cue: Span | Token) -> str:
    """The lexicon key of a cue: its head's lemma, plus a particle ("point out") or the
    preposition the cue ends on ("according to", "call for"); "say in a statement" is "say"."""
    toks = _tokens(cue)
    head = _head(toks)
    parts = [head.lemma_.lower()]
    inside = {t.i for t in toks}
    parts += [c.lower_ for c in head.children if c.dep_ == "prt" and c.i in inside]
    last = toks[-1]
    if last.i != head.i and last.head.i == head.i and last.dep_ in ("prep", "agent", "dative"):
        parts.append(last.lower_)
    return " ".join(parts)


@cache
def _rows() -> tuple[dict[str, str], ...]:
    """The rows of ``cue_acts.tsv`` (read once)."""
    with LEXICON.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh, delimiter="\t"))


@cache
def lexicon() -> dict[str, Act]:
    """The act of every cue key in ``cue_acts.tsv``."""
    return {row["key"]: Act(row["act"]) for row in _rows()}


@cache
def _head_acts() -> dict[str, Act]:
    """The act of each head lemma of ``cue_acts.tsv``: that of its most frequent key ("rail"
    is "rail against")."""
    acts: dict[str, Act] = {}
    for row in sorted(_rows(), key=lambda r: -int(r["count"])):
        acts.setdefault(row["key"].split(" ")[0], Act(row["act"]))
    return acts


def _unknown_act(key: str, head: Token) -> Act:
    """The act of a cue key the lexicon lacks: that of its head lemma's keys ("weigh in
    about" as "weigh in"); else speech for a verb of saying or a cue of no word (a dash),
    and a stance for anything else ("overruled", "seethed": no words known to be said)."""
    act = _head_acts().get(key.split(" ")[0])
    if act is not None:
        return act
    if (
        head.lemma_.lower() in SPEECH_VERBS or head.lemma_.lower() in CUE_NOUNS
    ) or not head.is_alpha:
        return Act.SPEECH
    return Act.THOUGHT


def _source_head(cue: Span | Token, source: Span | Token | None) -> Token | None:
    """The source's head noun; without a source, the cue's subject, its 'according to' object
    or the noun a participle cue describes."""
    if source is not None:
        return source if isinstance(source, Token) else source.root
    head = _head(_tokens(cue))
    if head.dep_ == "acl" and head.tag_ == "VBG" and head.head.pos_ == "NOUN":
        return head.head  # "banners reading “…”": the noun the participle describes
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass", "pobj"):
            return child
        if child.dep_ == "prep":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _infinitive(tok: Token) -> bool:
    """An open clausal complement with "to" ("agreed *to pay*")."""
    return tok.dep_ == "xcomp" and infinitive(tok)


def act_of(
    cue: Span | Token | None, source: Span | Token | None = None, in_marks: bool = False
) -> Act:
    """The act of an attribution with this cue and source; no cue (a quotation standing alone)
    is speech; a cue the lexicon does not know is speech for words in quotation marks ("he
    griped"), else judged by ``_unknown_act``."""
    if cue is None:
        return Act.SPEECH
    key = cue_key(cue)
    verb = _head(_tokens(cue))
    children = list(verb.children)
    if key in _ANSWERS and any(c.dep_ == "neg" and c.i < verb.i for c in children):
        # "did not respond to a request for comment": a refusal; not 'replied: "Absolutely not."'
        return lexicon()["decline"]
    if key == "be" and _blunt_speaker(_head(_tokens(cue))):
        return Act.SPEECH  # "Raisani was blunt: “…”", not "it is not clear whether"
    if key == "be" and a_person_before_a_colon(_head(_tokens(cue))):
        return Act.SPEECH  # "She was all smiles coming back in: “…”"
    if key == "have" and any(c.dep_ == "dobj" and c.lemma_.lower() in _HAD_SAID for c in children):
        return Act.SPEECH  # "She had a warning for drivers: “…”"
    said_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in children)
    if key == "put" and said_it and not any(c.lower_ == "at" for c in children):
        return Act.SPEECH  # "put it bluntly: “…”", "as she put it", not "the poll puts it at"
    if key == "put" and put_to_someone(verb):
        return Act.SPEECH  # "put to Mr Nunn that he had been …": a question put in court
    if key.split()[0] in _REMEMBERING and in_marks and any(c.lower_ == "as" for c in children):
        return Act.SPEECH  # "remembered him as “the most stubborn man I ever met”": their words
    if in_marks and key.split()[0] in _FACING and _facing_someone(verb):
        return Act.SPEECH  # "he turned to Whitlock-Hayes: “…”": words put to someone
    if (
        in_marks
        and key.split()[0] in _OPENING_OR_CLOSING
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _ADDRESSES for c in children)
    ):
        return Act.SPEECH  # "ended her statement with an appeal to the judges: “…”"
    if in_marks and key.split()[0] == "go" and any(c.lower_ == "further" for c in children):
        return Act.SPEECH  # "His spokesperson went further: “…”": said more
    if key.split()[0] in _RETORTS and any(c.lower_ == "back" for c in children):
        return Act.SPEECH  # "Crane fired back that …": a reply, not a deed
    if key == "add" and not in_marks and _adds_things_to(children):
        return Act.INTENTION  # "The EU added eight individuals to its sanctions list": a deed
    if key in _RESULTS_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _RESULTS and not _set_off(c) for c in children
    ):
        return Act.EVIDENCE  # "reported an 18% rise in net profit": figures, not words
    if key.split()[0] == "plead" and any(c.lower_ in _PLEAS for c in children):
        return Act.INTENTION  # "pleaded not guilty to the charges": a plea entered, a deed
    if key == "admit" and not in_marks and _admits_charges(verb, children):
        return Act.INTENTION  # "admitted wounding with intent at Teesside Crown Court": a plea
    if key == "pronounce" and any(c.lower_ == "dead" for c in children):
        return Act.INTENTION  # "was pronounced dead at a hospital": a death certified, a deed
    if key in _DECIDED_BEFORE_AN_INFINITIVE and any(_infinitive(c) for c in children):
        return Act.INTENTION  # "agreed to pay $325 million": a decision, not words
    if key in _ARGUED_BEFORE_A_THAT_CLAUSE and (in_marks or any(that_clause(c) for c in children)):
        return Act.SPEECH  # "“…,” the counsel submitted", "submitted that …"
    if key == "record" and any(that_clause(c) for c in children):
        head = _source_head(cue, source)  # "the bench recorded that …": what a court wrote
        if head is not None and head.lemma_.lower() in _RECORDING_BODIES:
            return Act.SPEECH
    if _asked_for(_head(_tokens(cue))):
        return Act.INTENTION  # "pressed the FAA to explain why …": words asked for, not said
    if not in_marks and _intended(_head(_tokens(cue))):
        return Act.INTENTION  # "intends to ask the auditor-general to …": not said yet
    act = lexicon().get(key) or (Act.SPEECH if in_marks else _unknown_act(key, _head(_tokens(cue))))
    if act in (Act.THOUGHT, Act.INTENTION) and _according_to_a_statement(children):
        return Act.SPEECH  # "now expects sales to fall, according to a statement": it says so
    if act in (Act.SPEECH, Act.THOUGHT):
        head = _source_head(cue, source)
        if head is not None and head.lower_ in ("that", "which") and head.head.dep_ == "relcl":
            head = head.head.head  # "signs that read “…”": the noun the clause describes
        if head is not None and (_gives_findings(head) or head.lemma_.lower() in _DISPLAYS):
            return Act.EVIDENCE
        according = any(t.lower_ == "according" for t in _tokens(cue))
        if head is not None and according and _keeps_the_numbers(head):
            return Act.EVIDENCE  # "according to the municipal statistics office"; what
            # "Statistics Canada said" stays its words
        if head is not None and key in _CONCLUDING and head.lemma_.lower() in _CONCLUDERS:
            return Act.EVIDENCE  # "The report concluded …", "Its authors conclude that …"
    return act


def _admits_charges(verb: Token, children: list) -> bool:
    """ "admitted" enters a plea: to charges ("admitted two counts of fraud"), or to a deed (a
    gerund) in a sentence that names a court ("admitted causing death by dangerous driving
    when he appeared before magistrates"); not "admitted making mistakes" nor "admitted that
    …"."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _CHARGES for c in children):
        return True
    deed = any(c.dep_ in ("xcomp", "dobj") and c.tag_ == "VBG" for c in children)
    return deed and any(t.lemma_.lower() in _COURTS for t in verb.sent)


#: Verbs of turning to someone, which introduce the words then put to them.
_FACING = frozenset({"turn", "look", "lean", "wheel", "swing", "gesture", "point", "nod"})


def _facing_someone(verb: Token) -> bool:
    """``verb`` turns to, towards or at a person before a colon ("turned to Whitlock-Hayes:",
    "to him:"), not to words in marks ('turned to “little” Marco Rubio')."""
    doc = verb.doc
    return any(
        o.dep_ == "pobj"
        and (o.pos_ == "PROPN" or o.ent_type_ == "PERSON" or o.tag_ == "PRP")
        and o.right_edge.i + 1 < len(doc)
        and doc[o.right_edge.i + 1].text == ":"
        and not any(is_mark(t) for t in doc[p.i : o.right_edge.i + 1])
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("to", "toward", "towards", "at")
        for o in p.children
    )


def _set_off(obj: Token) -> bool:
    """A comma stands between the verb and its object: a phrase the parser hung on the verb
    that sums up the sentence ("…, the department announced on Friday, *the first increase in
    a decade*"), not what the verb reports."""
    verb = obj.head
    lo, hi = sorted((verb.i, obj.left_edge.i))
    return any(t.text == "," for t in verb.doc[lo:hi])


def _according_to_a_statement(children: list[Token]) -> bool:
    """An "according to" among a verb's children gives a statement, a filing or the like as
    where the verb's words come from."""
    return any(
        c.lower_ == "according"
        and any(
            g.dep_ == "pobj" and g.pos_ == "NOUN" and g.lemma_.lower() in MEDIUM_NOUNS
            for to in c.children
            for g in to.children
        )
        for c in children
    )


def _adds_things_to(children: list[Token]) -> bool:
    """The verb "add" has a noun for its object and "to" where it goes, and no clause: things
    put somewhere, no words."""
    objects = [c for c in children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM")]
    around = children + [t for o in objects for t in o.subtree]
    to = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in around)
    noun = bool(objects)
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in children)
    return noun and to and not clause


def _blunt_speaker(verb: Token) -> bool:
    """A copula describes its subject's manner of speaking ("Raisani was blunt", the subject
    perhaps hung on the quotation's verb), not a matter ("it is not clear whether")."""
    subject = copula_subject(verb)
    return (
        subject is not None
        and subject.lower_ not in ("it", "this", "that", "there")
        and not any(c.dep_ == "neg" for c in verb.children)
        and copula_of_manner(verb)
    )


def _gives_findings(head: Token) -> bool:
    """The head of a source that gives findings, not words: "a poll", "figures", "the Global
    Peace Index", a share of those asked ("31% said he should not"), a periodical report ("the
    quarterly report of the IAEA"); not a body named for its work ("Grizzly Research alleged")
    nor a person ("one senior figure at the charity")."""
    low = head.lemma_.lower()
    if head.ent_type_ == "PERCENT":
        return True
    if low in ("percent", "cent") and any(t.like_num for t in head.lefts):
        return True  # "72 per cent said", whatever the NER took it for ("cent": money)
    if low in _SHARES and _those_asked(head):
        return True  # "Nearly half told researchers", "a third of respondents said"
    if head.pos_ == "PROPN":  # not a body named for what it works on ("Index on Expression")
        return low in _NAMED_EVIDENCE and not any(c.lower_ == "on" for c in head.rights)
    if low == "report" and any(c.lower_ in _PERIODICAL for c in head.lefts):
        return True
    return low in EVIDENCE_SOURCES and not (low == "figure" and head.tag_ == "NN")


#: Words in a body's name or description that say it keeps records and counts, not views.
_RECORD_KEEPING = frozenset({"statistics", "statistical", "census", "registry", "data"})
#: Nouns for such a body when it is only described ("the municipal statistics office").
_RECORD_BODIES = frozenset(
    {"office", "bureau", "agency", "service", "institute", "centre", "center", "board"}
    | {"department", "partner", "authority", "unit", "commission"}
)


def _keeps_the_numbers(head: Token) -> bool:
    """The source is a body whose name or description says it keeps records and counts ("the
    municipal statistics office", "the city's registry office", "the tournament's data
    partner", "the Office for National Statistics")."""
    if head.pos_ == "PROPN":  # the organisation's own name ("Bureau of Labor Statistics")
        if head.ent_type_ != "ORG":
            return False
        doc = head.doc
        name = doc[head.left_edge.i : head.right_edge.i + 1]
        return bool({t.lower_ for t in name if t.ent_type_ == "ORG"} & _RECORD_KEEPING)
    if head.lemma_.lower() not in _RECORD_BODIES:
        return False  # not "a longtime GOP data expert"
    described = {c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod")}
    return bool(described & _RECORD_KEEPING)


#: Shares of a group the writer counts ("half", "a third", "the majority").
_SHARES = frozenset(
    {"half", "third", "quarter", "fifth", "tenth", "majority", "minority", "two-thirds"}
)
#: Who is asked in a survey, and who asks.
_ASKED = frozenset({"respondent", "those", "voter", "participant", "adult", "people"})
_ASKERS = frozenset({"researcher", "pollster", "surveyor", "interviewer"})


def _those_asked(share: Token) -> bool:
    """``share`` counts those a survey asked: "of respondents" (of those surveyed, of voters)
    or told to researchers or pollsters ("Nearly half told researchers …")."""
    of = [o for p in share.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    heard = [c for c in share.head.children if c.dep_ in ("dobj", "dative")]
    return any(o.lemma_.lower() in _ASKED for o in of) or any(
        h.lemma_.lower() in _ASKERS for h in heard
    )


def quote_acts(
    view: DocView, quotes: tuple[Candidate, ...], mentions: tuple[SpeakerMention | None, ...]
) -> tuple[Act, ...]:
    """Stage 4b, acts: (view, quotes in text order, their speaker mentions) -> each quote's act,
    from its cue and the head of its speaker mention; a quote that continues another (an
    earlier one, or a later one that repeats its words) has that one's act."""
    doc = view.doc
    acts: list[Act] = []
    for n, (c, m) in enumerate(zip(quotes, mentions, strict=True)):
        if m is not None and m.continues is not None and not c.cue:
            acts.append(acts[m.continues] if m.continues < n else Act.SPEECH)  # set below
            continue
        cue = doc[c.cue[0].i : c.cue[-1].i + 1] if c.cue else None
        content = doc.char_span(c.spans[0][0], c.spans[-1][1], alignment_mode="expand")
        if content is not None and asks_not_to_be_named(content):
            acts.append(Act.INTENTION)  # "who asked not to be named": a request, not a quote
            continue
        if m is not None and m.rule == "according_to_the_cue":
            # "Marchetti believes …, according to her press secretary": the secretary's words
            according = m.token.head.head
            cue = doc[according.i : according.i + 2]
        act = act_of(cue, m.token if m is not None else None, c.kind != "indirect")
        if c.kind == "direct" and cue is not None and _remembered_aloud(cue, content):
            act = Act.SPEECH
        acts.append(act)
    for n, m in enumerate(mentions):  # words a later quote repeats: that quote's act
        if m is not None and m.continues is not None and m.continues > n and not quotes[n].cue:
            acts[n] = acts[m.continues]
    return tuple(acts)


def _remembered_aloud(cue: Span, content: Span | None) -> bool:
    """A whole clause in marks that someone "remembers" or "recalls" ("“Grandma Bisi didn’t
    measure anything,” she remembers."): words they say of the past, not a memory."""
    head = _head(_tokens(cue))
    return (
        head.lemma_.lower() in _REMEMBERING
        and content is not None
        and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in content)
    )


def asks_not_to_be_named(content: Span) -> bool:
    """The content is a source's request not to be named ("asked *not to be identified because
    they were not authorized to speak*", "asked *that his name not be published*", "*that her
    name be withheld*", "*that only her first name be used*", "*to be identified only by her
    first name*", "requested *anonymity to speak freely*")."""
    words = [t.lower_ for t in content[:3]]
    if words == ["not", "to", "be"]:
        return len(content) > 3 and content[3].lemma_.lower() in _UNNAMED
    if words[:2] == ["to", "be"] and len(content) > 2 and content[2].lemma_.lower() in _UNNAMED:
        return any(t.lower_ == "only" for t in content)  # "to be identified only as Yonas"
    if content[0].lower_ in ("anonymity", "anonymously"):
        return True
    head = content[:8]
    for t in head:
        if t.lower_ == "be" and t.i + 1 < content.end and t.doc[t.i + 1].lemma_ == "withhold":
            return any(w.lemma_.lower() in _NAME_WORDS for w in head if w.i < t.i)
        if t.lower_ == "be" and t.i + 1 < content.end and t.doc[t.i + 1].lemma_ == "use":
            before = [w.lower_ for w in head if w.i < t.i]  # "that only her first name be used"
            return "only" in before and any(w in _NAME_WORDS for w in before)
        if t.lower_ != "not" or t.i + 2 >= content.end or t.doc[t.i + 1].lower_ != "be":
            continue
        verb = t.doc[t.i + 2].lemma_.lower()
        name = any(w.lemma_.lower() in _NAME_WORDS for w in head if w.i < t.i)
        return verb in _UNNAMED or (name and verb in _NAME_WITHHELD)
    return False


#: Words that stand for what was said, whatever the parser took them for ("acknowledged *as
#: much*", "disputes *that*").
_WORDS_FOR_WHAT_WAS_SAID = frozenset({"that", "this", "it", "so", "as much", "the same"})


def names_a_topic(content: Span, in_marks: bool) -> bool:
    """Content that names only what was spoken about ("defended *his policy*", "attacked
    *Machado*", "rejected *a bill that would have extended funding*"), not what was said: a noun
    phrase (a nominal head and no verb outside the clauses and participles that describe it or
    a noun after it: "his *proposed* budget", "arson with intent *to endanger life*") or one
    word standing for what was said ("said *so*"), one span, no word in quotation marks;
    whatever follows "about", unless it rounds the number a clause opens with ("spoke to us
    about *rates and why she is worried*"); or a question left unanswered ("did not say *why
    residents were not told*")."""
    if in_marks or not len(content):
        return False
    before = content.doc[content.start - 1] if content.start > 0 else None
    if before is not None and before.lower_ == "about" and not _rounded_subject(content):
        return True
    if _unanswered(content):
        return True
    if len(content) == 1 and content[0].pos_ in ("ADV", "DET", "PRON"):
        return True
    if content.text.lower() in _WORDS_FOR_WHAT_WAS_SAID:  # "disputes *that*" read as a mark
        return True
    root = content.root
    if root.pos_ not in ("NOUN", "PROPN", "PRON", "NUM") or content[0].dep_ == "mark":
        return False
    if root.dep_ == "ccomp":  # "says Congo's army *collaborates* with the rebels": a clause,
        return False  # its verb read as a noun
    # clauses that describe the head, or a participle or infinitive that describes a noun after
    # it ("arson with intent *to endanger life*"; not a relative clause there, where the parser
    # may have hidden the reported verb: "said 82% of members *who took part backed* …")
    described = {
        t.i
        for noun in content
        if noun.pos_ in ("NOUN", "PROPN", "PRON", "NUM")
        for c in noun.children
        # the head, or a name set beside it ("the current champion, Ana Ferreira, who …")
        if _describes(noun, c) and (noun == root or _apposed_to(noun, root) or c.dep_ == "acl")
        for t in c.subtree
    }
    described |= _when_it_was_done(content, root)
    # a subject outside what describes the head: a clause whose verb the tagger read as a noun
    # ("said the government *bore* responsibility for the deaths")
    inside = range(content.start, content.end)
    return not any(
        (t.pos_ in ("VERB", "AUX") and t.dep_ != "amod")
        or (t.dep_ in ("nsubj", "nsubjpass") and t.head.i in inside)
        for t in content
        if t.i not in described
    )


def _apposed_to(noun, root) -> bool:
    """``noun`` is a name set beside ``root`` in apposition."""
    return noun.dep_ == "appos" and noun.head.i == root.i and noun.pos_ == "PROPN"


def _when_it_was_done(content: Span, root) -> set[int]:
    """Tokens of a clause of time after the noun phrase, hung outside it ("charged *a man after
    a woman was struck*"): when the act took place, not what was said."""
    return {
        t.i
        for clause in content
        if clause.dep_ == "advcl"
        and clause.i > root.right_edge.i
        and any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in clause.children)
        for t in clause.subtree
    }


def _rounded_subject(content: Span) -> bool:
    """The content is a clause whose subject opens with a number ("said about *one in five
    members had reported losses*"): "about" rounds the number."""
    if not content[0].like_num:
        return False
    noun = next((t for t in content[:6] if t.pos_ in ("NOUN", "PROPN")), None)
    after = noun.i + 1 if noun is not None else content.end
    return after < content.end and content.doc[after].pos_ in ("AUX", "VERB")


def _unanswered(content: Span) -> bool:
    """The content is a question right after a verb that is denied or declined ("did not say
    *whether* …", "declined to say *how* …"): what the source did not say."""
    first = content[0]
    if first.lower_ not in ("whether", "if") and first.tag_ not in ("WDT", "WP", "WP$", "WRB"):
        return False
    verb = content.doc[content.start - 1] if content.start else None
    if verb is None or verb.pos_ != "VERB":
        return False
    declined = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("decline", "refuse")
    return declined or any(c.dep_ == "neg" for c in verb.children)


def _describes(noun: Token, clause: Token) -> bool:
    """A clause that describes its noun ("a bill *that would extend funding*", "a policy
    *urging employees to report*"), not one that says what it holds ("the suggestion *he won't
    be ready*": a subject or a complementizer of its own; "a report *that Trump had lost*": a
    noun of saying or knowing followed at once by its clause)."""
    if clause.dep_ not in ("relcl", "acl"):
        return False
    first = min(t.i for t in clause.subtree)
    if noun.lemma_.lower() in PROPOSITION_NOUNS and first == noun.i + 1:
        return False
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return clause.dep_ == "relcl" or not own


def quote_topics(
    view: DocView,
    quotes: tuple[Candidate, ...],
    mentions: tuple[SpeakerMention | None, ...] = (),
) -> tuple[bool, ...]:
    """Stage 4c, topics: (view, quotes, their speaker mentions) -> whether each quote's content
    only names a topic or is a question the press put."""
    out = []
    for n, c in enumerate(quotes):
        if n < len(mentions) and _put_by_the_press(view, c, mentions[n]):
            out.append(True)
            continue
        (s, _), e = c.spans[0], c.spans[-1][1]
        span = view.doc.char_span(s, e, alignment_mode="expand")
        single = len(c.spans) == 1 and span is not None
        cue = c.cue[0] if c.cue else None
        whole = view.doc[c.cue[0].i : c.cue[-1].i + 1] if c.cue else None  # "laughed when asked"
        titles = _titles_in_marks(span) if single else None
        in_marks = c.kind != "indirect" and titles is None  # "presented a document titled “…”"
        asked = single and asks_whether(whole, span, in_marks)
        work = single and (a_work_or_its_title(whole, span) or _a_title_alone(span, cue))
        work = work or (titles is not None and _only_a_title(span, titles))
        work = work or (single and _a_nickname(span, c.cue))
        out.append(single and (asked or work or is_topic(cue, span, in_marks)))
    return tuple(out)


def _only_a_title(content: Span, titles: tuple[int, int]) -> bool:
    """The content is no more than its titles in marks, maybe with their marks and commas."""
    a, b = titles
    return all(a <= t.i < b or t.is_punct for t in content)


def _put_by_the_press(view: DocView, c: Candidate, mention: SpeakerMention | None) -> bool:
    """A question an unnamed reporter or journalist put ("“Will you step down?” a reporter
    asked", "One reporter asked whether …"): the interviewer's, no source's words."""
    tok = mention.token if mention is not None else None
    if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in PRESS_NOUNS:
        return False
    if any(t.pos_ == "PROPN" for t in tok.subtree):
        return False  # "Reuters reporter Jane Doe", a named source
    text = view.text[c.spans[0][0] : c.spans[-1][1]].rstrip(" ,\"”’'")
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return text.endswith("?") or first in ("whether", "if")


def is_topic(cue: Span | Token | None, content: Span, in_marks: bool) -> bool:
    """Content that is no one's words: the question someone was asked, in the writer's words
    ("Asked by reporters *whether he would resign*, …"), or a topic (``names_a_topic``) unless
    a request asks someone to act in it (``asks_to_act``); never what "according to" gives in
    five words or more."""
    if asks_whether(cue, content, in_marks):
        return True
    if _said_clause_read_as_a_noun(cue, content) or _judged_as(cue, content):
        return False
    if _clause_read_as_a_subject(cue, content) or _finite_verb_hung_outside(content):
        return False
    according = cue is not None and any(t.lower_ == "according" for t in _tokens(cue))
    if according and len(content) >= 5:
        return False  # "…, according to the IMF": what it says, a clause however it is read
    return not asks_to_act(cue, content) and names_a_topic(content, in_marks)


def a_work_or_its_title(cue: Span | Token | None, content: Span) -> bool:
    """What a cue of titling gives ("provisionally titled *“What the Fire Left”*"), or what a
    cue of making a work gives, a noun phrase whose head is a kind of work, its title in marks
    perhaps beside it ("has written *a book about the experience, “Nobody Was Listening”*"): a
    work named, not words said; not "called *the show “the … show of record”*"."""
    if cue is not None and _head(_tokens(cue)).lemma_.lower() in TITLING_VERBS:
        return True
    if cue is None or _head(_tokens(cue)).lemma_.lower() not in MAKING_VERBS:
        return False
    marked = [t for t in content if is_mark(t)]
    opening = marked[0] if marked else None
    title = content.doc[opening.i + 1 : marked[-1].i] if len(marked) > 1 else None
    if title is not None and not all(t.is_title or not t.is_alpha for t in title[:1]):
        return False  # "a book in which he exposes the “eruptive” behaviour of …": words
    work = content if opening is None else content.doc[content.start : opening.i]
    while len(work) and work[-1].is_punct:
        work = work[:-1]
    root = work.root if len(work) else None
    if root is None or root.pos_ != "NOUN" or root.lemma_.lower() not in WORK_NOUNS:
        return False
    closing = max((t.i for t in content if is_mark(t)), default=content.end - 1)
    rest = content.doc[closing + 1 : content.end]  # "…”, due out next spring": no verb of its own
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest)
    return not finite and names_a_topic(work, in_marks=False)


def _marked_runs(content: Span) -> list[tuple[int, int]] | None:
    """The token ranges between each pair of marks in or around the content, in order; None
    when the marks do not pair up."""
    doc = content.doc
    lo, hi = max(0, content.start - 1), min(len(doc), content.end + 1)
    marks = [i for i in range(lo, hi) if is_mark(doc[i])]
    if len(marks) % 2:
        return None
    return [(marks[k] + 1, marks[k + 1]) for k in range(0, len(marks), 2)]


def _title_case(words: list[Token]) -> bool:
    """Every word capitalised but the small ones ("Ready or Not", "Outlook 2030")."""
    return words[0].is_title and all(
        t.is_title or t.is_upper or t.like_num or t.lower_ in TITLE_SMALL_WORDS | {"or"}
        for t in words
    )


def _a_marked_title(doc, run: tuple[int, int], after_a_title: bool) -> bool:
    """The words of ``run``, in marks, are a title: after the kind of work it names ("a book,
    “Sędzia bez sali”"), in capitals after a document's noun or "titled" ("the report “Arctic
    Resilience Outlook 2030”") or before one ("“Against the Clock”, a documentary"), or a
    title's translation in brackets after it ("(“A Judge Without a Courtroom”)")."""
    a, b = run
    words = [t for t in doc[a:b] if not t.is_punct]
    if not 1 <= len(words) <= 10:
        return False
    i = a - 2
    bracketed = i >= 0 and doc[i].text == "(" and i > 0 and is_mark(doc[i - 1])
    if bracketed:
        return after_a_title and _title_case(words)
    while i >= 0 and doc[i].text == ",":
        i -= 1
    lemma = doc[i].lemma_.lower() if i >= 0 else ""
    work = lemma in WORK_NOUNS and doc[i].pos_ == "NOUN"
    finite = any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in words)
    if work and words[0].is_title and not finite and len(words) <= 8:
        return True  # not 'called the show “the … show of record”', 'the program "worse …"'
    if not _title_case(words):
        return False
    document = (lemma in WORK_NOUNS or lemma in TITLED_DOCUMENTS) and doc[i].pos_ == "NOUN"
    j = b + 1
    while j < len(doc) and doc[j].text == ",":
        j += 1
    named_after = (
        j < len(doc)
        and doc[j].lower_ in ("a", "an", "the")
        and any(
            (t.lemma_.lower() in WORK_NOUNS or t.lemma_.lower() in TITLED_DOCUMENTS)
            for t in doc[j + 1 : j + 4]
        )
    )
    return document or lemma in TITLING_VERBS or named_after


def _titles_in_marks(content: Span) -> tuple[int, int] | None:
    """Where the content's marks hold only titles (``_a_marked_title``): the first and last
    token of those titles; None when it has no marks or words in marks that are no title."""
    runs = _marked_runs(content)
    if not runs:
        return None
    doc = content.doc
    after_a_title = False
    for run in runs:
        after_a_title = _a_marked_title(doc, run, after_a_title)
        if not after_a_title:
            return None
    return runs[0][0], runs[-1][1]


def _a_title_alone(content: Span, cue: Token | None) -> bool:
    """The content is only a title in marks below the headline ("its interim report,
    “Walking Together Towards Agreement”,", a page called “Swansea Roofers You Can Trust”) and
    its cue no verb of saying, or one of naming ("called"): a name, not words anyone said."""
    words = [t for t in content if t.is_alpha]
    doc = content.doc
    before = doc[content.start - 1] if content.start else None
    opening = before if before is not None and is_mark(before) else None
    opening = opening or next((t for t in content if is_mark(t)), None)
    if opening is None or not 2 <= len(words) <= 10 or not words[0].is_title:
        return False
    if not all(t.is_title or t.is_upper or t.lower_ in TITLE_SMALL_WORDS for t in words):
        return False
    if any(not (t.is_punct or t.is_space) for t in content if t.i < opening.i):
        return False
    if "\n" not in doc.text[: opening.idx]:
        return False  # a headline's words in marks: "Ryan: 'Anti-Semitic Images' Have …"
    lemma = cue.lemma_.lower() if cue is not None else ""
    return lemma not in SPEECH_VERBS or lemma == "call"


# Verbs that give someone or something a name ("call", "nickname", "dub").
_NICKNAMING = frozenset({"call", "nickname", "dub", "christen", "refer"})
# Those of them that may give one's own label, not a name ("referred to the deal as “…”").
_CALLING = frozenset({"call", "christen", "refer"})
# Adverbs of a name given as a habit ("had long called the dam “the leaky bathtub”").
_HABITUALLY = frozenset(
    {"long", "still", "now", "often", "jokingly", "fondly", "affectionately", "widely"}
)
# Nouns for a group who name someone together ("Staff at the restaurant call her …").
_GROUPS = frozenset({"staff", "team", "press", "media", "public", "crowd", "community"})


def _a_nickname(content: Span, cue: tuple[Token, ...]) -> bool:
    """The words in marks are a name a group, or no one named, gives someone or something
    ("whom supporters call “the Canal Man of …”", "nicknamed “the Lion of Castelforte” by the
    Curva Nord", "Locals have taken to calling the lorries “the ghost trucks of …”", "Workers
    at the site had long called the dam “the leaky bathtub”"): with "call", a capitalised name
    after "the" or a name given as a habit (in a relative clause, "taken to", "long", "still",
    "jokingly" …); any few words with "nickname" or "dub"; not "Critics called the plan “a
    disaster”" nor "Trump dubbed him “the little senator”"."""
    verb = next((t for t in cue if t.pos_ == "VERB" and t.lemma_.lower() in _NICKNAMING), None)
    if verb is None:
        return False
    marks = [t.i for t in content if is_mark(t)]
    doc = content.doc
    name = doc[marks[0] + 1 : marks[-1]] if len(marks) > 1 else content
    words = [t for t in name if not t.is_punct]
    if not 1 <= len(words) <= 8 or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    namer, head = None, verb
    for _ in range(3):  # "have taken to calling": the subject of "taken"
        namer = next((c for c in head.children if c.dep_ in ("nsubj", "agent")), None)
        if namer is not None or head.dep_ not in ("pcomp", "prep", "xcomp"):
            break
        head = head.head
    capitalised = words[0].lower_ == "the" and any(t.is_title for t in words[1:])
    habit = verb.dep_ == "relcl" or head is not verb  # "which fans call", "taken to calling"
    habit = habit or any(c.lower_ in _HABITUALLY for c in verb.children if c.dep_ == "advmod")
    calling = verb.lemma_.lower() in _CALLING
    if calling and not (capitalised or habit):
        return False
    # "the “quiet suburban middle”": a noun phrase, whatever the tagger made of its words
    the = len(marks) > 1 and marks[0] > 0 and doc[marks[0] - 1].lower_ == "the"
    nominal = the or any(t.pos_ in ("NOUN", "PROPN") for t in words)
    if words[0].lower_ in ("a", "an") or not nominal:
        return False  # "called it “a disaster”", "“anti-gay”": what it is said to be
    if namer is not None and namer.dep_ == "agent":
        namer = next((c for c in namer.children if c.dep_ == "pobj"), None)
    if namer is None:  # "nicknamed “…”", with no one named
        return verb.tag_ == "VBN" and verb.lemma_.lower() not in _CALLING
    if namer.pos_ == "PRON":
        return namer.lower_ == "they"
    # "Analysts have taken to calling …": a plural, common or proper to the tagger
    group = namer.tag_ in ("NNS", "NNPS") or namer.lemma_.lower() in _GROUPS
    named = namer.pos_ == "PROPN" and not calling  # "by the Curva Nord", not "Trump called"
    return namer.ent_type_ != "PERSON" and (group or named)


def _judged_as(cue: Span | Token | None, content: Span) -> bool:
    """What the speaker called something, with the "as" or "on" of the cue inside the content
    ("described the exercise *as a test of host-nation support*", "dismissed the strike *as
    politically motivated*", "blamed the outages *on vandalism*", "blamed the low payment *on
    a glut*", "attributed the backlog *to a surge in cargo*"): a claim, not a topic."""
    if cue is None or not len(content):
        return False
    head = _head(_tokens(cue))
    if head.lemma_.lower() not in _JUDGING or content[0].lower_ in _SELVES:
        return False  # not "describe themselves as conservative", a poll's answer
    joins = _JUDGED_BY.get(head.lemma_.lower(), ("as",))
    judged = (head, *(c for c in head.children if c.dep_ == "dobj"))  # "… payment on a glut"
    return any(
        t.lower_ in joins
        and (
            (t.dep_ == "prep" and t.head in judged)
            or (t.dep_ == "advmod" and t.head.head == head and t.head.pos_ == "ADJ")
        )
        for t in content
    )


def _said_clause_read_as_a_noun(cue: Span | Token | None, content: Span) -> bool:
    """What "said" reports, read by the parser as a noun phrase whose last noun a participle
    with its own complement describes ("said *the focus on speculative risks distracted from
    harms*"), or whose head a participle with a clause or an infinitive after it, or an adverb
    before it, describes ("said *rangers expected to reopen the site*", "said *many growers
    already sprayed in the evening*"): the clause's subject and its verb, what was said."""
    if cue is None or not len(content) or content.root.dep_ != "dobj":
        return False
    if _head(_tokens(cue)).lemma_.lower() != "say":
        return False
    root = content.root
    return any(
        t.dep_ == "acl"
        and t.tag_ in ("VBN", "VBD")
        and (
            (t.head.dep_ == "pobj" and any(c.dep_ in ("prep", "dobj", "ccomp") for c in t.children))
            or (t.head.i == root.i and any(c.dep_ in ("xcomp", "ccomp") for c in t.children))
            # "said many growers *already sprayed* in the evening": an adverb before it
            or (t.head.i == root.i and any(c.dep_ == "advmod" and c.i < t.i for c in t.children))
            # "says many residents *left* with nothing": a past tense, no participle; "said
            # only three metro lines *operated* on Monday": right after it, with its own phrase
            or (t.head.i == root.i and t.tag_ == "VBD" and t.i == root.i + 1)
            or (t.head.i == root.i and t.i == root.i + 1 and _placed_in_time(t))
        )
        for t in content
    )


def _placed_in_time(verb) -> bool:
    """``verb`` has a phrase of when ("operated *on Monday*", "closed *last week*")."""
    return any(
        (c.dep_ == "prep" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children))
        or (c.dep_ == "npadvmod" and c.ent_type_ in ("DATE", "TIME"))
        for c in verb.children
    )


def _finite_verb_hung_outside(content: Span) -> bool:
    """The content holds a finite verb with no subject that the parser hung on a word outside
    it, the clause read as an adverbial beside its subject ("said *encampments, while
    dangerous, give some people a sense of control*"): a clause, what was said."""
    return any(
        t.tag_ in ("VBZ", "VBD", "VBP")
        and not content.start <= t.head.i < content.end
        and t.i != content.root.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        for t in content
    )


def _clause_read_as_a_subject(cue: Span | Token | None, content: Span) -> bool:
    """What a cue closing the sentence reports, read by the parser as a first subject of the
    cue whose verb describes it ("*A fire swept through the camp on Sunday*, camp officials
    said") or before its speaker after it ("*That distinction matters*, said Professor
    Haugland"): a clause, what was said."""
    if cue is None or not len(content) or content.root.dep_ != "nsubj":
        return False
    head = _head(_tokens(cue))
    if content.root.head.i != head.i or content.end > head.i:
        return False
    inverted = any(c.dep_ == "nsubj" and c.i > head.i for c in head.children)
    if inverted and len(content) >= 3 and content.end >= head.i - 1:
        return True  # "That distinction matters, said Professor Haugland": hers the clause
    return any(
        t.dep_ == "acl"
        and t.tag_ in ("VBD", "VBN")
        and t.head.i == content.root.i
        and any(c.dep_ in ("prep", "dobj", "advcl") for c in t.children)
        for t in content
    )


def asks_whether(cue: Span | Token | None, content: Span, in_marks: bool) -> bool:
    """The question put to someone, in the writer's words, after a passive verb of asking
    ("*Asked* by a reporter *whether the state would recover costs*, Alcott said …", "*Asked*
    *how he felt*"): what the interviewer asked, no one's statement (not "Lawmakers asked
    whether …")."""
    if cue is None or in_marks or not len(content):
        return False
    # a passive verb of asking, the cue's head or inside it ("laughed when *asked*"; not
    # "Many have *questioned* whether …")
    asked = any(
        t.lemma_.lower() in QUESTION_VERBS
        and (t.tag_ == "VBN" or _asked_between_commas(t) or _asked_by_the_press(t))
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
        for t in _tokens(cue)
    )
    # "whether he would resign", "how he felt as the capsule bobbed"
    return asked and (content[0].lower_ in ("whether", "if") or content[0].tag_ in ("WRB", "WP"))


def _asked_between_commas(verb: Token) -> bool:
    """A verb of asking set off by commas between a subject and its verb of saying, which the
    parser read as the main verb ("A spokesman, *asked* whether Torshavn was happy, said only:
    …"): a participle, the question put to the one who then speaks."""
    doc = verb.doc
    said = any(
        c.dep_ == "ccomp" and c.lemma_.lower() in SPEECH_VERBS and doc[c.i - 1].text == ","
        for c in verb.children
    )
    # "Varsani, asked later whether …, said": the verb of asking read as what was said
    head = verb.head
    said = said or (
        verb.dep_ == "ccomp"
        and head.lemma_.lower() in SPEECH_VERBS
        and head.i > verb.i
        and doc[head.i - 1].text == ","
    )
    return verb.i > 0 and doc[verb.i - 1].text == "," and said


def _asked_by_the_press(verb: Token) -> bool:
    """A verb of asking in a clause opening with "when" whose asker is a news outlet or a
    reporter ("When TOI asked whether …, Jagtap declined to answer"): an interviewer's
    question, answered in the sentence."""
    when = any(c.lower_ == "when" for c in verb.children)
    asker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    press = asker is not None and (asker.ent_type_ == "ORG" or asker.lemma_.lower() in PRESS_NOUNS)
    return verb.dep_ == "advcl" and when and press


def asks_to_act(cue: Span | Token | None, content: Span) -> bool:
    """Content after a verb of asking that asks someone to act ("urged *anyone who had filmed
    the incident to come forward*"): what was asked, not a topic."""
    if cue is None:
        return False
    head = _head(_tokens(cue))
    doc = content.doc
    return head.lemma_.lower() in REQUEST_VERBS and any(
        t.tag_ == "TO" and t.i + 1 < content.end and doc[t.i + 1].tag_ == "VB" for t in content
    )
