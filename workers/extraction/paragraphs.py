"""Sentence starts the parser would miss, and where an article's sections open.

A paragraph break starts a sentence: a headline or a paragraph never runs into the next one,
nor a live blog's time stamp or an entry's title into the line below it or the words after it
on its line, nor one item of a list into the next.
So does a capitalised word after a time of day that ends a sentence ("shortly after 2 a.m.
Fire officer Aydan Coray said …"), unless it is a day, a month or a time zone ("at 9 a.m.
Monday"), and a quotation that opens after a word ending in a full stop ("… to 16C. "I sit
…"), and no quotation that opens after a word in lower case ('… called the tacos "the best
thing I ate" and said …'); none starts after an abbreviated title ("…, Const. Dani McKinnon
told") or after the word that opens a paragraph ("Hurricane Milton made landfall …"). The
parser keeps sentence starts set before it, so "Ministers defend flood response" above "The
government has defended …" stays a headline of its own.
"""

from __future__ import annotations

import re

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import TITLE_ABBREVIATIONS
from .lexicon import BULLETS, TIME_RUN_ONS, TIMES_OF_DAY

COMPONENT_NAME = "sentence_starts"
#: Abbreviated titles, which a name follows in the same sentence.
_TITLES = frozenset(
    (*TITLE_ABBREVIATIONS, *(t.upper() for t in TITLE_ABBREVIATIONS))
    + ("Dr.", "Gov.", "Sen.", "Rep.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Supt.", "Rev.")
)

#: A live blog's time stamp on a line of its own ("11:50 a.m.", "18:40", "19:32 BST", "2:10
#: p.m. - BREAKING", "2.05pm").
TIME_STAMP = re.compile(
    r"\d{1,2}(?:[:.]\s?\d\d(?:\s?[ap]\.?m\.?|\s?[AP]M)?|\s?[ap]\.m\.|\s?[AP]M)(?:\s[A-Z]{2,4})?"
    r"(?:\s*[-\u2013\u2014|]\s*[A-Z][A-Z ]+)?:?"
)
#: A time stamp that opens an entry's line, and the separator after it ("5.09pm: ", "16:15 – ").
ENTRY_TIME = re.compile(rf"(?:{TIME_STAMP.pattern})\s*[-\u2013\u2014:]?\s+(?=[A-Z\"\u201c'\u2018])")
#: A paragraph that only separates sections: a rule ("___", "* * *") or a time stamp.
SECTION_BREAK = re.compile(rf"[\W_]+|{TIME_STAMP.pattern}")
#: A byline under the headline ("By Stephanie Roy", "BY KOFI ADU-GYAMFI, Staff Writer").
BYLINE = re.compile(r"\W*(?:By|BY)\s+[A-Z][^.!?\"“”:;]*")
CREDIT_STOPS = re.compile(r"[.!?\"“”:;]")


@Language.component(COMPONENT_NAME)
def sentence_starts(doc: Doc) -> Doc:
    """Mark the first token after a blank line, the bullet opening a line, and a capitalised
    word after a time of day that is no day, month or time zone, as sentence starts.

    Runs before the parser, which keeps the marks.
    """
    texts = [t.text for t in doc]  # read once: a token is built anew on every access
    full = doc.text  # and the text: spaCy builds it anew on every access
    # set all at once: each token's own setter scans the whole doc
    starts = doc.to_array([SENT_START]).astype("int64")
    for i in _where_a_start_may_change(texts):
        before, text = texts[i - 1], texts[i]
        paragraph = before.isspace() and before.count("\n") >= 2 and not text.isspace()
        paragraph = paragraph or (before == "\n" and _after_a_time_stamp(doc, full, i))
        paragraph = paragraph or (before == "\n" and _after_a_subhead(doc, full, i))
        paragraph = paragraph or (before == "\n" and text in BULLETS)
        if paragraph or _after_a_time_of_day(before, text):
            starts[i] = 1
        elif before in _TITLES and text.istitle():
            starts[i] = -1  # "…, Const. Dani McKinnon told": the title's name
        elif _after_an_opening_word(texts, i):
            starts[i] = -1  # "Hurricane Milton made landfall …"
    for i in _after_an_entrys_time(doc, full, texts):
        starts[i] = 1  # "5.09pm: An emotional Tuohy, …, said": the entry after its time
    for i in _after_a_stop(texts):
        if _opens_after_a_stop(doc, texts, i):
            starts[i] = 1
    for i in _after_a_run_in_heading(texts):
        starts[i] = 1  # "THE BORROWING Back when he wrote his book, Mr. McKinley said …"
    for i in _marks_opening_after_a_word(doc, texts):
        starts[i] = -1  # 'called the tacos "the best thing I ate" and said …'
    return doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it


def _where_a_start_may_change(texts: list[str]) -> list[int]:
    """The tokens after a line break or the token after it, after a title or "a.m."/"p.m.",
    and the second token, in order: the only ones whose sentence start is ever set."""
    breaks = [i for i, t in enumerate(texts) if "\n" in t]
    marked = [i for i, t in enumerate(texts) if t in _TITLES or t.lower() in TIMES_OF_DAY]
    after = {1} | {b + 1 for b in breaks} | {b + 2 for b in breaks} | {i + 1 for i in marked}
    return sorted(i for i in after if i < len(texts))


def _after_an_opening_word(texts: list[str], i: int) -> bool:
    """Token ``i`` follows the word that opens a paragraph (a token never holds the line
    break after it): no one-word sentence without a full stop ("Hurricane" + "Milton made
    landfall …")."""
    before = texts[i - 1]
    opening = i == 1 or "\n" in texts[i - 2]
    word = before.isalpha() and len(before) > 1 and not before.isupper()  # not a bullet "l"
    return opening and word and not texts[i].isspace()


def _after_an_entrys_time(doc: Doc, text: str, texts: list[str]) -> list[int]:
    """The tokens that open a live blog's entry after the time stamp that opens its line ("5.09pm:
    An emotional Tuohy …", "16:15 – Grigoryan on the sacrifice: …"), a capital or a quotation
    mark after it."""
    found = []
    for i in [0] + [b + 1 for b, t in enumerate(texts) if "\n" in t]:
        if i >= len(texts) or not texts[i][:1].isdigit():
            continue
        start = doc[i].idx
        end = text.find("\n", start)
        m = ENTRY_TIME.match(text, start, end if end >= 0 else len(text))
        if m is None:
            continue
        k = i
        while k < len(texts) and doc[k].idx < m.end():
            k += 1
        if k < len(texts) and doc[k].idx == m.end():
            found.append(k)
    return found


def _after_a_run_in_heading(texts: list[str]) -> list[int]:
    """The capitalised words that follow a heading in capitals run into its paragraph ("THE
    BORROWING Back when he wrote …"): two words or more in capitals, one of five letters or
    more (no "UK PM" or "NASA JPL" before a name), at the paragraph's opening."""
    found = []
    for b in [-1] + [i for i, t in enumerate(texts) if "\n" in t]:
        k = b + 1
        while k < len(texts) and texts[k].isalpha() and texts[k].isupper():
            k += 1
        words = texts[b + 1 : k]
        long_word = any(len(w) >= 5 for w in words)
        title = k < len(texts) and texts[k][:1].isalpha() and texts[k].istitle()
        if len(words) >= 2 and long_word and title and not texts[k].isupper():
            found.append(k)
    return found


def _after_a_stop(texts: list[str]) -> list[int]:
    """The tokens after a word of two characters or more that ends in a full stop ("16C.")."""
    return [i + 1 for i, t in enumerate(texts[:-1]) if len(t) > 1 and t.endswith(".")]


def _opens_after_a_stop(doc: Doc, texts: list[str], i: int) -> bool:
    """Token ``i`` is a quotation mark that opens a capitalised quotation after a word that
    ends in a full stop and a space ('… down to 16C. "I sit in a coat," she said'), the
    word no abbreviated title, or a capitalised word after the platform X ("on X. Aleksander
    Nowicki"): the tokenizer kept the stop in the word, so the parser sees no sentence end."""
    if texts[i - 1] == "X." and i > 1 and texts[i - 2].lower() in ("on", "to", "via"):
        return texts[i][:1].isupper()  # "pushed back on X. Aleksander Nowicki wrote …"
    if texts[i] not in ('"', "“") or texts[i - 1] in _TITLES or i + 1 >= len(texts):
        return False
    opening = doc[i - 1].whitespace_ and not doc[i].whitespace_
    return bool(opening) and texts[i + 1][:1].isupper()


def _marks_opening_after_a_word(doc: Doc, texts: list[str]) -> list[int]:
    """The quotation marks that open after a word in lower case and a space, inside the
    sentence that word is in ('… called the tacos "the best thing I ate in Brooklyn all year"
    and said …'); a heading in capitals may end right before one."""
    return [
        i
        for i, t in enumerate(texts[1:], 1)
        if t in ('"', "“")
        and texts[i - 1].isalpha()
        and texts[i - 1].islower()
        and doc[i - 1].whitespace_
    ]


def _after_a_time_stamp(doc: Doc, text: str, i: int) -> bool:
    """Token ``i`` opens the line after a live blog's time stamp ("18:40" above "Police have
    begun clearing …"); ``text`` is the document's."""
    line = _line_ending_at(text, doc[i - 1].idx)
    return bool(line) and TIME_STAMP.fullmatch(line) is not None


def _line_ending_at(text: str, end: int) -> str:
    """The line of ``text`` that ends at character ``end``, stripped."""
    return text[text.rfind("\n", 0, end) + 1 : end].strip()


def _after_a_subhead(doc: Doc, text: str, i: int) -> bool:
    """Token ``i`` opens the line after a live blog entry's title: a short line with no stop
    at its end, right below a time stamp or after one ("2:15 p.m. ET" / "Mayor urges people to
    keep away" / "Carrollton Falls Mayor Linda Okafor urged …"); ``text`` is the document's."""
    end = doc[i - 1].idx
    line = _line_ending_at(text, end)
    above_end = text.rfind("\n", 0, end)
    above = _line_ending_at(text, above_end) if above_end > 0 else ""
    titled = bool(line) and len(line.split()) <= 10 and line[-1].isalnum()
    # or the title on the time stamp's own line ("14:31 MP weighs in", "14:24 Developer: 'We
    # have listened'")
    entry = ENTRY_TIME.match(line)
    headed = entry is not None and len(line[entry.end() :].split()) <= 10
    headed = headed and (line[-1].isalnum() or line[-1] in "'’\"”")
    below = titled and TIME_STAMP.fullmatch(above) is not None
    return (below or headed) and doc[i].text[:1].isupper()


def _after_a_time_of_day(before: str, text: str) -> bool:
    return before.lower() in TIMES_OF_DAY and text.istitle() and text.lower() not in TIME_RUN_ONS


def add_sentence_starts(nlp: Language) -> Language:
    """Put ``sentence_starts`` right before the parser of a loaded pipeline."""
    if COMPONENT_NAME not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT_NAME, before="parser")
    return nlp


def opens_section(text: str, start: int) -> bool:
    """Whether the character at ``start`` lies in the headline, the first paragraph (bylines
    not counted), or a
    paragraph right after a section break (the entries of a live blog: "11:50 a.m." above
    "The New York state attorney general is confirming …")."""
    earlier, credited = [], False
    for line in (line.strip() for line in text[:start].split("\n")[:-1]):
        # "By Julien Ouimet-Barker" and the outlet's line under it ("CTV News Montreal")
        credited = bool(line) and (is_byline(line) or (credited and _credit_line(line)))
        if line and not credited:
            earlier.append(line)
    return len(earlier) <= 1 or SECTION_BREAK.fullmatch(earlier[-1]) is not None


def _credit_line(line: str) -> bool:
    """A short line with no sentence in it, as under a byline ("CTV News Montreal", "The
    Canadian Press")."""
    return len(line) < 60 and line[0].isupper() and not CREDIT_STOPS.search(line)


def is_byline(line: str) -> bool:
    """A short line that only credits the writer ("By Stephanie Roy")."""
    return len(line) < 100 and BYLINE.fullmatch(line) is not None
