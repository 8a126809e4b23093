"""Stage 1, marks: text -> the quotations in quotation marks (``Marked`` values), in text order.

One scan over the text, paragraph by paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
ALL_MARKS = DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'"
_OPEN_CONTEXT = " \t\n([{—–-/:;,"
_PARAGRAPH = re.compile(r"[^\n]+")
#: The marks that may open a quotation.
_MAY_OPEN = re.compile("[" + re.escape(DOUBLE_OPEN + '"”' + SINGLE_OPEN + "'") + "]")
_TWO_SINGLES = re.compile(r"''")
#: Capital letters, accented ones too ("HALLDÓRSDÓTTIR", "ŁUKASZ").
_CAPITALS = "A-ZÀ-ÖØ-ÞĄĆČĎĐĘĚĞİŁŃŇŐŒŘŚŞŠŤŮŰŹŻŽ"
#: A speaker's name in capitals as a transcript labels a turn ("PENCE", "JAKE TAPPER").
LABEL_NAME = rf"[{_CAPITALS}][{_CAPITALS}.'\-]+(?: [{_CAPITALS}][{_CAPITALS}.'\-]+){{0,2}}"
#: A transcript's speaker label opening a turn ("PENCE: Well, …").
TRANSCRIPT_LABEL = re.compile(LABEL_NAME + r":\s+")
#: A paragraph's opening that labels the quotation after it with its speaker's name, after a
#: live blog's time (and maybe words describing them), and maybe what it is about or where
#: they speak, or after a comma who they are ("11:08 – Albrecht-Seidel:", "16:15 – Grigoryan
#: on the sacrifice:", "10.21pm: Okoro in the cage:", "11.55pm – An emotional Santos in the
#: cage:", "Garry Ollerenshaw, on BBC One:", "Jo Calloway, Hornets fan:").
NAME_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[-\u2013\u2014]+|:)\s*(?:[\w'\u2019.-]+ ){0,8}?)?"
    r"([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3})"
    r"(?:,? (?:on|in|at|with|after|about) [^:\n]{1,60}|, [A-Z][^:,\n]{0,30})?:\s*$"
)
#: A paragraph's opening that labels the quotation after it as the statement of the one it
#: names, after a live blog's time ("10:40 Statement from Swiftcar, via a spokesperson:",
#: "Reaction from the drivers' union:").
STATEMENT_LABEL = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s*(?:[-\u2013\u2014]+|:)?\s*)?"
    r"(?:An? |The )?(?:[Ss]tatement|[Rr]eaction|[Rr]esponse|[Cc]omment|[Mm]essage)s? from "
    r"([^:,\n]{1,60}?)(?:,[^:\n]{1,60})?:\s*$"
)


def label_of_a_quotation(words: str) -> re.Match | None:
    """The match of ``NAME_LABEL`` or ``STATEMENT_LABEL`` over the words that open a paragraph
    before a quotation, its group 1 the name of the one who speaks; None for neither."""
    return NAME_LABEL.fullmatch(words) or STATEMENT_LABEL.fullmatch(words)


#: A quotation that is only a bracketed stage direction ("(CROSSTALK.)").
_STAGE_DIRECTION = re.compile(r"[(\[][^)\]]*[)\]]\.?")
#: Capital letters, accented ones too.
_CAPITAL = "A-ZÀ-ÖØ-Þ"
#: A capitalised word of a name: "McFarlane", "Meléndez", "Dall'Olio", "Best-Carrington".
_NAME = rf"[{_CAPITAL}][^\W\d_]+(?:['’][{_CAPITAL}][^\W\d_]+)?(?:-[{_CAPITAL}][^\W\d_]+)*"
#: Small words inside a surname ("van der Merwe", "de la Rosa", "Ó Súilleabháin").
_PARTICLES = (
    r"(?:(?:van|von|der|den|de|da|del|della|di|du|la|le|dos|das|ter|ten|al|el|Ó|Ní|Nic|Uí) )*"
)
#: The second syllable of a given name written after the family name ("Park Ji-hoon").
_SECOND_SYLLABLE = r"(?:-[a-z]+)?"
#: A nickname of one to three capitalised words ("Bobby", "KG", "Bra Mx", "Mr Fix",
#: "Jun-Jun"), perhaps after an article ("el Turco", "the Rock").
_NICKNAME_WORD = rf"[{_CAPITAL}][^\W\d_]*(?:-[{_CAPITAL}][^\W\d_]*)*"
_ARTICLE = r"(?:the|el|la|le|il|lo|los|las|o|os|der|die|das) "
_NICKNAME = rf"(?:{_ARTICLE})?{_NICKNAME_WORD}\.?(?: [{_CAPITAL}][^\W\d_]*){{0,2}}"
#: A person introduced with a nickname in marks: Robert C. "Bobby" Scott, Moagi "Mr Fix"
#: Keitseng, Johannes "Hannes" van der Merwe, Park "Seraph" Ji-hoon (group 2, the nickname,
#: is no quotation).
NICKNAMED = re.compile(
    rf"\b({_NAME}(?: [{_CAPITAL}]\.)*) [\"“]({_NICKNAME})[\"”] "
    rf"({_PARTICLES}{_NAME}{_SECOND_SYLLABLE}(?: {_NAME})?)"
    r"(?![^\W\d_])"
)
#: What every nickname in marks holds, found many times faster than ``NICKNAMED``.
_NICKNAME_IN_MARKS = re.compile(
    rf"[\"“](?:{_ARTICLE})?[{_CAPITAL}][^\"”\n]{{0,30}}[\"”] [{_CAPITAL}a-z]"
)


def nicknamed(text: str) -> list[re.Match]:
    """The ``NICKNAMED`` matches in ``text``: a name with a nickname in marks."""
    return list(NICKNAMED.finditer(text)) if _NICKNAME_IN_MARKS.search(text) else []


@dataclass(frozen=True)
class Marked:
    """A quotation in marks: character spans of the content (marks excluded), whether it was
    closed, and the number of the paragraph it opens in."""

    spans: tuple[tuple[int, int], ...]
    closed: bool = True
    para: int = 0

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def quoted_words(text: str, spans) -> tuple[str, ...]:
    """The words of a quotation's spans in lower case, without punctuation: what a headline
    and the body it sums up share when both quote the same words ("'We Are Digging With Our
    Hands'" and "“We are digging with our hands,” he said")."""
    return tuple(w for s, e in spans for w in re.findall(r"\w+", text[s:e].lower()))


def quoted_again(words: tuple[str, ...], later: tuple[str, ...]) -> bool:
    """The quotation's words (three at least) open or stand whole inside a later one's."""
    n = len(words)
    if n < 3 or n > len(later):
        return False
    return any(later[i : i + n] == words for i in range(len(later) - n + 1))


def _is_opening(text: str, i: int, start: int) -> bool:
    """A straight or single mark at ``i`` opens a quotation (start of a word)."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_OPEN) and not after.isspace()


def _is_single_closing(text: str, i: int) -> bool:
    """A single mark at ``i`` closes a quotation (end of a word, not an apostrophe)."""
    after = text[i + 1] if i + 1 < len(text) else " "
    before = text[i - 1]
    return not before.isspace() and not after.isalnum()


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _single_closer(text: str, i: int, pe: int) -> int:
    """Where the quotation a single mark opens at ``i`` closes before ``pe``; -1 if it does not.

    Double marks inside it hold a quotation of its own (‘… “community hubs” …’); a plural's
    possessive before a lower-case word ("my students' exercise books") closes nothing when a
    closing mark follows before any other quotation opens.
    """
    j = i + 2
    while j < pe:
        cj = text[j]
        if cj in DOUBLE_OPEN:
            inner = next((k for k in range(j + 1, pe) if text[k] in DOUBLE_CLOSE), -1)
            if inner < 0:
                return -1
            j = inner + 1
            continue
        if cj in DOUBLE_CLOSE:
            return j
        if cj in "’'" and _is_single_closing(text, j) and not _plural_possessive(text, j, pe):
            return j
        j += 1
    return -1


def _plural_possessive(text: str, j: int, pe: int) -> bool:
    """The single mark at ``j`` ends a plural's possessive inside a quotation that closes later
    in the paragraph ("'My books, my students' exercise books … all gone.'")."""
    if text[j - 1] != "s" or not re.match(r" [a-z]", text[j + 1 : j + 3]):
        return False
    for k in range(j + 1, pe):
        if text[k] in SINGLE_OPEN + "'" and _is_opening(text, k, 0):
            return False
        if text[k] in SINGLE_CLOSE + "'" and _is_single_closing(text, k):
            return True
    return False


def _opens_a_sentence(text: str, i: int, ps: int) -> bool:
    """The mark at ``i`` opens its paragraph or follows a sentence's end or a colon."""
    before = text[ps:i].rstrip()
    return not before or before[-1] in ".?!:"


def _scan_paragraph(
    text: str, ps: int, pe: int, para: int, continued: bool = False
) -> list[Marked]:
    """Quotations that open inside one paragraph; an unclosed one ends at the paragraph end.

    A single mark closed nowhere in the paragraph opens a quotation only when it opens a
    sentence and ``continued``, the next paragraph opening with a mark (a quotation that
    runs on); otherwise it is an apostrophe ("'em", "rock 'n' roll").
    """
    out: list[Marked] = []
    i = ps
    while i < pe:
        found = _MAY_OPEN.search(text, i, pe)  # the next mark (no other character opens one)
        if found is None:
            break
        i = found.start()
        c = text[i]
        closer = -1
        single = False
        if c in DOUBLE_OPEN or (c in '"”' and _is_opening(text, i, ps)):
            nested = 0  # curly quotations inside a straight one ('"… an episode of “Shark Tank.”')
            for j in range(i + 1, pe):
                cj = text[j]
                if c == '"' and cj in DOUBLE_OPEN:
                    nested += 1
                elif nested and cj in DOUBLE_CLOSE:
                    nested -= 1
                elif cj in DOUBLE_CLOSE or cj == '"':
                    closer = j
                    break
        elif (
            (c == SINGLE_OPEN or c == "'")
            and _is_opening(text, i, ps)
            and i + 1 < pe
            and text[i + 1].isalpha()
        ):
            single = True
            closer = _single_closer(text, i, pe)
            if closer < 0 and not (continued and _opens_a_sentence(text, i, ps)):
                i += 1
                continue
        else:
            i += 1
            continue
        end = closer if closer >= 0 else pe
        s, e = _strip(text, i + 1, end)
        if e > s and not (single and " " not in text[s:e] and closer < 0):
            out.append(Marked(spans=((s, e),), closed=closer >= 0, para=para))
        i = end + 1
    return out


def _double_single(text: str, i: int) -> str:
    """Two single marks used as one double mark, rewritten to a same-length double mark."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 2] if i + 2 < len(text) else " "
    if before in _OPEN_CONTEXT and not after.isspace():
        return ' "'
    return '" '


def _lead(text: str, ps: int, pe: int) -> int:
    """Where the paragraph ``text[ps:pe]`` starts after its blanks (``pe`` if it is blank)."""
    while ps < pe and text[ps].isspace():
        ps += 1
    return ps


def find_marked(text: str) -> list[Marked]:
    """All quotations in marks, in text order.

    Straight, curly and single marks are recognised; nested quotations stay inside the outer
    one; a quotation whose paragraph ends without a closing mark continues into the next
    paragraph when that paragraph opens with a mark, unless a transcript's label opens it
    ("PENCE: …", a new turn), and otherwise ends with its paragraph; a nickname in marks inside
    a name (Marcia "Cia" Price) and a bracketed stage direction ("(CROSSTALK.)") are none.
    """
    if "''" in text:
        text = _TWO_SINGLES.sub(lambda m: _double_single(text, m.start()), text)
    nicknames = {m.span(2) for m in nicknamed(text)}
    result: list[Marked] = []
    pending: Marked | None = None
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text)]
    leads = [_lead(text, ps, pe) for ps, pe in paragraphs]
    for para, (ps, pe) in enumerate(paragraphs):
        lead = leads[para]
        if lead >= pe:
            continue
        after = next((n for n in range(para + 1, len(leads)) if leads[n] < paragraphs[n][1]), None)
        continued = after is not None and text[leads[after]] in ALL_MARKS
        found = [
            q
            for q in _scan_paragraph(text, ps, pe, para, continued)
            if q.spans[0] not in nicknames and not _STAGE_DIRECTION.fullmatch(text, q.start, q.end)
        ]
        opens = bool(found) and text[lead] in ALL_MARKS and found[0].start <= lead + 2
        if opens and TRANSCRIPT_LABEL.match(text, found[0].start):
            opens = False  # a new turn of a transcript
        if pending is not None and opens:
            first = found.pop(0)
            pending = replace(pending, spans=pending.spans + first.spans, closed=first.closed)
            if first.closed:
                result.append(pending)
                pending = None
        elif pending is not None:
            result.append(pending)
            pending = None
        for q in found:
            if q.closed:
                result.append(q)
            else:
                pending = q
    if pending is not None:
        result.append(pending)
    return result
