"""Lexicons are plain data: a header saying where they come from, then sorted unique entries."""

from importlib import resources

import pytest

from credscore import lexicons


@pytest.mark.parametrize("name", lexicons.names())
def test_lexicon_is_clean(name):
    raw = resources.files("credscore.lexicons").joinpath(f"{name}.txt").read_text("utf-8")
    lines = raw.splitlines()
    header = [line for line in lines if line.startswith("#")]
    body = [line for line in lines if line and not line.startswith("#")]
    assert header, f"{name}: no header saying where the list comes from"
    assert lines[0].startswith("#"), f"{name}: the header must come first"
    assert body, f"{name}: empty"
    assert body == sorted(body), f"{name}: not sorted"
    assert len(body) == len(set(body)), f"{name}: duplicates"
    assert all(e == e.lower() and e == e.strip() for e in body), f"{name}: not lowercase/trimmed"


def test_unknown_lexicon():
    with pytest.raises(KeyError, match="no lexicon named"):
        lexicons.load("nope")
