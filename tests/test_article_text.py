"""The plain-text submission format: an optional ``date`` header, then the body."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from workers.article_text import split_header


@pytest.mark.parametrize(
    ("raw", "date", "body"),
    [
        (" date 2020-10-06 The head said.", "2020-10-06", "The head said."),
        ("date 2020-10-06\nThe head said.", "2020-10-06", "The head said."),
        ("\n\n  date 2020-10-06  \r\n\nThe head said.\n", "2020-10-06", "The head said."),
        ("The head said.", None, "The head said."),
        ("dated 2020-10-06 text", None, "dated 2020-10-06 text"),
        ("date 2020-10-06", "2020-10-06", ""),
        ("The date 2020-10-06 is inside.", None, "The date 2020-10-06 is inside."),
        ("\u2000\x1f\t", None, "\x1f"),
        ("\ufeffdate 2020-10-06\n\u3000Body.\u00a0", "2020-10-06", "Body."),
    ],
)
def test_split_header(raw, date, body):
    article = split_header(raw)
    assert (article.date, article.body) == (date, body)


def test_seed_offsets_start_at_the_body():
    article = split_header(SEED.read_text(encoding="utf-8"))
    assert article.date == "2020-10-06"
    assert article.body.startswith("The head of Russia’s Foreign Intelligence Service")
