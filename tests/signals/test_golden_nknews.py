"""Golden test on the real NK News article in ../shared/examples (not copied here).

Lists every source evidence expected, the hedges that must be found, and what
must not be flagged (scare quotes, the comment-form boilerplate, the
publisher's own interviews).
"""

import pytest

from credscore import extract

EXPECTED_SOURCES = {
    ("named_source", "Ali Akbar Salehi", None),
    ("named_source", "Leonid A. Petrov", None),
    ("named_source", "he", "Leonid A. Petrov"),
    ("named_source", "Petrov", "Leonid A. Petrov"),
    ("named_source", "Daniel Pinkston", None),
    ("named_source", "Pinkston", "Daniel Pinkston"),
    ("anonymous_source", "an unnamed Western diplomat", None),
    ("anonymous_source", "one North Korea watcher familiar with DPRK military affairs", None),
    ("media_source", "Kyodo News", None),
    ("media_source", "Kyodo", None),
    ("media_source", "North Korean state media", None),
    ("media_source", "Korea Central News Agency", None),
    ("expert_source", "a Korean studies expert at the Australian National University", None),
    ("expert_source", "a North Korea researcher at the International Crisis Group in Seoul", None),
    ("organization_source", "Atomic Energy Organization (AEO)", None),
}
REQUIRED_HEDGES = {"I have no proof", "likely", "possible", "suspected", "rumours"}
SOURCE_SIGNALS = {s for s, _, _ in EXPECTED_SOURCES}


@pytest.mark.parametrize("publisher", ["NK News", None])
def test_sources_exactly(nk_text, publisher):
    ev = extract(nk_text, publisher=publisher)
    found = {
        (
            e.signal,
            e.text,
            e.details.get("resolved") if e.text in {"he", "Petrov", "Pinkston"} else None,
        )
        for e in ev
        if e.signal in SOURCE_SIGNALS
    }
    assert found == EXPECTED_SOURCES


def test_hedges(nk_text):
    hedges = extract(nk_text, signals=["hedge"])
    for phrase in REQUIRED_HEDGES:
        at = nk_text.index(phrase)
        assert any(e.start < at + len(phrase) and e.end > at for e in hedges), phrase


def test_nothing_flagged_where_it_should_not(nk_text):
    ev = extract(nk_text, publisher="NK News")
    for phrase in (
        "unknown martyrs",
        "Start the Conversation",
        "Your email address",
        "Required fields",
    ):
        at = nk_text.index(phrase)
        hits = [e for e in ev if e.start < at + len(phrase) and e.end > at]
        assert hits == [], f"flagged inside {phrase!r}: {hits}"
    assert not [e for e in ev if e.signal == "media_source" and "NK News" in e.text]


def test_offsets_exact(nk_text):
    for e in extract(nk_text):
        assert nk_text[e.start : e.end] == e.text
