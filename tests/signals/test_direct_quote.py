"""Quotes without words are not quotes (issue 13): quote marks and punctuation are not words."""

import pytest

from credscore import extract
from credscore.signals.direct_quote import MIN_WORDS, count_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"!"', 0),
        ('" "', 0),
        ('"..."', 0),
        ('" a b "', 2),
        ("“ — ! — ”", 0),
        ('"We can\'t wait,"', 3),
        ('"A well-known co-op,"', 3),
    ],
)
def test_count_words_ignores_quote_marks_and_punctuation(text, words):
    assert count_words(text) == words


@pytest.mark.parametrize(
    "text",
    ['He said "!" and "..." and " " and "? ! ?".', 'She wrote " a b " twice.', "“ ... ” “ ! ”"],
)
def test_quotes_without_enough_words_are_not_quotes(text):
    assert [e for e in extract(text, signals=["direct_quote"])] == []


def test_a_quote_of_min_words_counts_its_words():
    text = '"One two three," she said.'
    (quote,) = extract(text, signals=["direct_quote"])
    assert quote.details["words"] == MIN_WORDS
