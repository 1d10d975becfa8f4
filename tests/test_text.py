import pytest

from credscore._text import Doc


def test_sentences_respect_abbreviations_and_initials():
    doc = Doc("Sen. Joan Ray met Leonid A. Petrov in the U.S. capital. They talked.\nNew line")
    got = [doc.text[s:e] for s, e in doc.sentences]
    assert got == [
        "Sen. Joan Ray met Leonid A. Petrov in the U.S. capital.",
        "They talked.",
        "New line",
    ]


def test_sentence_of_and_tokens_offsets():
    text = "One two. Three “four” five."
    doc = Doc(text)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    assert doc.sentence_of(text.index("five")) == (9, len(text))


def test_empty_text():
    doc = Doc("")
    assert doc.sentences == [] and doc.tokens == []


@pytest.mark.parametrize("run", ["!", ".", "?", "a.", "1.", '!"', "! "])
def test_sentence_splitting_stays_linear_on_runs_of_punctuation(run):
    # 30,000 "!" took 8.6 s when a regex backtracked over the run; now milliseconds.
    import time

    text = run * (200_000 // len(run))
    t0 = time.perf_counter()
    assert Doc(text).sentences
    assert time.perf_counter() - t0 < 2.0  # generous: a regression is minutes, not seconds


def test_lowered_text_keeps_offsets_and_straightens_apostrophes():
    doc = Doc("Don’t PANIC, Said Lee.")
    assert doc.lowered == "don't panic, said lee."
    assert [t.lower for t in doc.tokens][:2] == ["don't", "panic"]


def test_lowered_is_none_when_lowercasing_changes_the_length():
    # "İ" lowers to two characters: offsets would drift, so scanners fall back to the text.
    doc = Doc("İstanbul officials said so.")
    assert doc.lowered is None
    assert [t.lower for t in doc.tokens][:3] == ["i̇stanbul", "officials", "said"]
