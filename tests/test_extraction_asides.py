"""Captions, credit lines and quoted subheads are no one's words."""

from __future__ import annotations

import pytest

from tests.offsets import assert_offsets_exact
from workers.extraction import extract, load_nlp
from workers.extraction.asides import find_asides

ARTICLE = (
    "Bethan Rowlands, the chief executive, said the line would reopen. \u201cWe are doing "
    "everything we can,\u201d she said.\n\n"
    "\u2018A race against time\u2019\n\n"
    "Union leader Tom Hale said talks had failed.\n\n"
    "Photo: Volunteers sort donations at the Al-Noor Mosque food bank. (Aisha Rahman)\n\n"
    "Pictured: Gov. Teresa Alcott says the bridge will reopen soon.\n"
)


@pytest.mark.parametrize(
    ("text", "asides"),
    [
        ("Photo: Volunteers sort donations.\n", ["Volunteers sort donations."]),
        ("File photo: The bridge in 2019.\n", ["The bridge in 2019."]),
        (
            "[Photo: Soldiers patrol a street on Sunday. Photo: Ana Ortiz / Diario]\n",
            ["Soldiers patrol a street on Sunday. Photo: Ana Ortiz / Diario]"],
        ),
        (
            "\u201cWe buried two on the road\u201d\n\nShe walked.",
            ["\u201cWe buried two on the road\u201d"],
        ),
        # a paragraph that is a whole quoted sentence, a speaker's label: no aside
        ("\u201cWe buried two on the road.\u201d\n\nShe walked.", []),
        ("Rowlands: The line will reopen.\n", []),
        (
            "\u201cIt will take a long time before the line reopens for all who use it\u201d\n",
            [],
        ),
    ],
)
def test_asides_are_captions_and_short_quoted_subheads(text, asides):
    assert [text[t.start : t.end] for t in find_asides(text)] == asides


def test_no_quote_comes_from_a_caption_or_a_quoted_subhead():
    result = extract(ARTICLE, load_nlp())
    assert_offsets_exact(ARTICLE, result)
    texts = [q["text"] for q in result["quotes"]]
    assert any(t.startswith("We are doing") for t in texts)
    assert any(t.startswith("talks had failed") for t in texts)
    assert not [t for t in texts if "race against" in t or "Volunteers" in t or "bridge" in t]
