"""Phrase matching (:mod:`credscore.signals._phrases`) on a lexicon made for the test."""

from __future__ import annotations

import pytest

from credscore._text import Doc
from credscore.signals import _phrases


@pytest.fixture
def lexicon(monkeypatch):
    phrases = ["it", "it is said", "it is widely said", "it was", "so-called", "in the end"]
    monkeypatch.setattr(_phrases.lexicons, "load", lambda name: frozenset(phrases))
    _phrases._index.cache_clear()
    yield
    _phrases._index.cache_clear()


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e in _phrases.find_phrase_spans("test", Doc(text))]


def test_longest_phrase_wins_and_a_lone_first_word_still_matches(lexicon):
    text = "It is widely said. It is said. It was. It. It is known. In the end, so-called."
    assert spans(text) == [
        "It is widely said",
        "It is said",
        "It was",
        "It",
        "It",
        "In the end",
        "so-called",
    ]


def test_a_phrase_never_crosses_punctuation_or_the_end_of_the_text(lexicon):
    assert spans("It, is said") == ["It"]
    assert spans("in the") == []
    assert spans("it") == ["it"]
