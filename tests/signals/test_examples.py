"""Every signal fires on its examples and stays silent on its counter-examples."""

import pytest

from credscore import SIGNALS, extract

from .examples import FIRES, SILENT


def test_every_signal_has_examples():
    for name in SIGNALS:
        assert FIRES.get(name), f"signal {name} has no sentence that must fire"
        assert SILENT.get(name), f"signal {name} has no sentence that must stay silent"


@pytest.mark.parametrize(
    ("signal", "sentence", "expected"),
    [(s, sent, exp) for s, rows in FIRES.items() for sent, exp in rows],
)
def test_fires(signal, sentence, expected):
    found = [e.text for e in extract(sentence, signals=[signal])]
    for span in expected:
        assert span in found, f"{signal} missed {span!r} in {sentence!r}; found {found}"


@pytest.mark.parametrize(
    ("signal", "sentence"), [(s, sent) for s, rows in SILENT.items() for sent in rows]
)
def test_silent(signal, sentence):
    found = [e.text for e in extract(sentence, signals=[signal])]
    assert found == [], f"{signal} fired on {sentence!r}: {found}"
