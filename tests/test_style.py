"""Writing-style measures: rates per 1,000 words, topic-independent."""

import pytest

from credscore._text import Doc
from credscore.style import STYLE_FEATURES, function_words, style_features


def test_names_and_values_line_up():
    f = style_features(Doc("We said it. They said no!"))
    assert list(f) == [name for name, _ in STYLE_FEATURES]
    assert all(v >= 0 for v in f.values())


def test_rates_per_thousand_words():
    # 10 words, one exclamation mark, one weekday, one word in capitals.
    f = style_features(Doc("The vote is on Monday and it is VERY close!"))
    assert f["exclamation_per_1k"] == pytest.approx(100.0)
    assert f["weekday_per_1k"] == pytest.approx(100.0)
    assert f["capitals_per_1k"] == pytest.approx(100.0)
    assert f["fw_is_per_1k"] == pytest.approx(200.0)
    assert f["fw_the_per_1k"] == pytest.approx(100.0)  # "The" counts, case-insensitively


def test_function_words_are_grammar_not_topics():
    words = set(function_words())
    assert {"the", "of", "you", "would"} <= words
    assert not words & {"bill", "fire", "system", "trump", "police", "tax"}


def test_empty_text():
    f = style_features(Doc(""))
    assert set(f.values()) == {0.0}
