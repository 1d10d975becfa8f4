"""Extraction stays linear in the length of hostile text (runs of punctuation, digits, quotes).

Generous bounds: the guard is against a regular expression that backtracks (30,000 "!" once
took 8.6 s in the sentence splitter, 20 kB of "1," 6 s in the statistics pattern), not a
benchmark; ``make bench`` measures speed.
"""

import time

import pytest

import credscore

UNITS = ["!", ".", "1,", "111,", "1", "Abc ", '"', "\u201c", "said ", "A. ", "--", '"a," said B. ']
# chains the attribution parser and the weasel finder walk: relative clauses, partitives,
# appositions, agentless passives, vague quantifiers
UNITS += ["who said, ", "one of them said ", ", 41, said ", "is widely considered ", "some "]


@pytest.mark.parametrize("unit", UNITS)
def test_extract_grows_linearly_on_repeated_units(unit):
    times = []
    for size in (20_000, 200_000):
        text = unit * (size // len(unit))
        t0 = time.perf_counter()
        credscore.extract(text)
        times.append(time.perf_counter() - t0)
    assert times[1] < 20.0
    assert times[1] < 40 * max(times[0], 0.005)  # ten times the text; linear is about 10x
