"""Long texts are parsed in windows and joined: names carry across windows, offsets stay exact."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tests.offsets import assert_offsets_exact
from workers.article_text import split_header
from workers.extraction import WINDOW_CHARS, analyse, extract, extract_many, load_nlp
from workers.extraction.windows import join, parse, parse_many, window_ends, windows

#: small enough to put the seed article's paragraphs in several windows
SMALL = 700


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def seed() -> str:
    return split_header(SEED.read_text(encoding="utf-8")).body


def test_windows_spell_the_text_and_end_after_whitespace(seed):
    text = "\n\n".join([seed] * 3)
    parts = windows(text, SMALL)
    assert len(parts) > 5
    assert "".join(parts) == text
    assert all(len(p) <= SMALL for p in parts)
    assert all(
        p[-1].isspace() and not q[0].isspace() for p, q in zip(parts, parts[1:], strict=False)
    )
    assert all(p.endswith("\n") for p in parts[:-1])  # every paragraph here is under SMALL / 2


def test_a_paragraph_longer_than_a_window_is_cut_after_a_sentence_or_a_space():
    sentences = "He said it was over. " * 10
    parts = windows(sentences, 50)
    assert "".join(parts) == sentences
    assert all(p.endswith(". ") for p in parts[:-1])
    words = "word " * 40
    parts = windows(words, 22)
    assert "".join(parts) == words and all(p.endswith(" ") for p in parts[:-1])
    assert windows("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]  # no whitespace at all
    assert window_ends("short", 10) == [5] and windows("", 10) == [""]


def test_join_keeps_entities_sentences_tensors_and_tagger_spans(nlp, seed):
    parts = windows(seed, SMALL)
    docs = [nlp(p) for p in parts]
    doc = join(docs, seed)
    assert doc.text == seed
    assert doc.tensor.shape == (len(doc), docs[0].tensor.shape[1])
    offset = 0
    ents, sents, spans = [], [], []
    for part, d in zip(parts, docs, strict=True):
        ents += [(e.start_char + offset, e.end_char + offset, e.label_) for e in d.ents]
        sents += [t.idx + offset for t in d if t.is_sent_start]
        spans += [(s.start_char + offset, s.label_) for s in d.spans["attribution"]]
        offset += len(part)
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == ents
    assert [t.idx for t in doc if t.is_sent_start] == sents
    assert [(s.start_char, s.label_) for s in doc.spans["attribution"]] == spans
    assert len(spans) > 5


def test_a_name_introduced_in_one_window_names_the_speaker_in_the_next(nlp, seed):
    """Naryshkin and al-Assad are named in full once; later windows say "Naryshkin", "Assad"
    or "he", and each of those quotes still gets the full name."""
    ends = window_ends(seed, SMALL)
    result = analyse(parse(seed, nlp, SMALL))
    assert_offsets_exact(seed, result)

    def window(offset: int) -> int:
        return next(i for i, end in enumerate(ends) if offset < end)

    first = {name: window(seed.index(name)) for name in ("Sergei Naryshkin", "Bashar al-Assad")}
    later = [
        q
        for q in result["quotes"]
        if q["speaker"]
        and q["speaker"]["name"] in first
        and window(q["speaker"]["mention"]["start"]) > first[q["speaker"]["name"]]
    ]
    mentions = {q["speaker"]["mention"]["text"] for q in later}
    assert {"Naryshkin", "Assad", "he"} <= mentions
    names = [q["speaker"]["name"] for q in result["quotes"] if q["kind"] in ("direct", "mixed")]
    assert names.count("Sergei Naryshkin") >= 3 and names.count("Bashar al-Assad") >= 5
    people = {e["name"] for e in result["entities"] if e["type"] == "PERSON"}
    assert {"Sergei Naryshkin", "Bashar al-Assad"} <= people
    assert "Naryshkin" not in people and "Assad" not in people


def test_a_text_of_one_window_is_analysed_as_before(nlp, seed):
    assert len(windows(seed)) == 1
    assert extract(seed, nlp) == analyse(nlp(seed))
    assert analyse(parse(seed, nlp, len(seed))) == analyse(nlp(seed))


def test_a_long_article_of_real_texts_over_default_windows(nlp, seed):
    """The seed article nine times (over 20,000 characters): two windows, exact offsets, and
    ``extract_many`` gives each text of a mixed stream its own result in order."""
    article = "\n\n".join([seed] * 9)
    assert len(article) > WINDOW_CHARS and len(windows(article)) == 2
    long_result = extract(article, nlp)
    assert_offsets_exact(article, long_result)
    speakers = {q["speaker"]["name"] for q in long_result["quotes"] if q["speaker"]}
    assert {"Sergei Naryshkin", "Bashar al-Assad"} <= speakers
    assert len(long_result["quotes"]) >= 9 * 9
    stream = list(extract_many(["He said: “Yes.”", article, seed], nlp, batch_size=2))
    assert stream[1] == long_result and stream[2] == extract(seed, nlp)
    assert [d.text for d in parse_many(["a b", article, "c"], nlp, batch_size=2)] == [
        "a b",
        article,
        "c",
    ]


def test_the_word_count_of_the_submission_limit_is_no_fewer_than_spacy_tokens(nlp, seed):
    from workers.settings import Settings
    from workers.text_size import tokens

    odd = [
        "a  b  c   d",
        "x\n\ny\n",
        "U.S. don’t well-known http://a.b/c?d=e 😀😀 ",
        "a.b, c!\n\n" * 5,
    ]
    for text in [seed, *odd]:
        assert tokens(text) >= len(nlp.make_doc(text)), text
    # a news article as long as the character limit is not refused for its words
    limits = Settings()
    assert tokens(seed) / len(seed) < limits.max_text_tokens / limits.max_text_chars
