"""Style indicators: rates per 1,000 words outside quotations, with the spans counted."""

import math

import pytest

from credscore._text import Doc
from credscore.features.style import STYLE_FEATURES, quoted_spans, style_indicators


def test_names_and_values_line_up():
    f, ev = style_indicators(Doc("We said it. They said no!"))
    assert list(f) == [name for name, _ in STYLE_FEATURES]
    assert list(ev) == list(f)
    assert all(v >= 0 for v in f.values())


def test_rates_per_thousand_words():
    # 10 words, one exclamation mark, one weekday, one word in capitals.
    f, ev = style_indicators(Doc("The vote is on Monday and it is TOTALLY close!"))
    assert f["exclamation_per_1k"] == pytest.approx(100.0)
    assert f["dates_named"] == pytest.approx(math.log1p(1))
    assert f["capitals_per_1k"] == pytest.approx(100.0)
    assert [e.text for e in ev["capitals_per_1k"]] == ["TOTALLY"]


def test_quoted_words_are_the_source_speaking_not_the_writer():
    inside = style_indicators(Doc('"I will not resign! You know that," the mayor said.'))[0]
    outside = style_indicators(Doc("I will not resign! You know that, the mayor said."))[0]
    for name in ("first_person_per_1k", "second_person_per_1k", "exclamation_per_1k"):
        assert inside[name] == 0.0 and outside[name] > 0.0, name


def test_acronyms_and_sentence_initial_may_are_not_counted():
    f, ev = style_indicators(Doc("May the FBI and NASA agree? The vote is in May."))
    assert f["capitals_per_1k"] == 0.0
    assert [e.text for e in ev["dates_named"]] == ["May"]
    assert ev["dates_named"][0].start == 43


def test_spans_point_into_the_text():
    text = 'You must READ this! "We are fine," I said on Friday?'
    _, ev = style_indicators(Doc(text))
    for spans in ev.values():
        for e in spans:
            assert text[e.start : e.end] == e.text and e.signal == "style"


def test_unclosed_quote_ends_at_the_line():
    assert quoted_spans('He said "yes\nand no.') == [(8, 12)]


def test_empty_text():
    f, ev = style_indicators(Doc(""))
    assert set(f.values()) == {0.0} and not any(ev.values())
