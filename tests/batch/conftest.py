"""Shared fixtures of the batch tests: the model, short articles written for these tests."""

from __future__ import annotations

import pytest

from credscore.scorer import Scorer

#: Short articles written for these tests (each well over the ten words a score needs).
ARTICLES = (
    "Maria Okafor, the council's treasurer, said on Tuesday that the pumps were repaired "
    'in March. "We replaced all four," she told the Harlow Ledger, according to records.',
    "Sources say the mayor may resign soon. Many people believe the budget was a disaster, "
    "and some experts think it could get worse.",
    "The bridge will close for repairs on 4 May, the transport ministry said in a statement. "
    "A spokesman, Tom Reyes, said the work would cost 2.1 million euros.",
    "You won't believe what they are hiding about the water supply! Everyone knows the "
    "truth, but nobody will say it out loud. Share this before it disappears!",
    'Dr. Lena Park, an epidemiologist at Leeds University, said the data "clearly show a '
    'decline", citing a 2023 report by the health agency.',
)


@pytest.fixture(scope="session")
def scorer() -> Scorer:
    return Scorer.load()


@pytest.fixture(scope="session")
def articles() -> tuple[str, ...]:
    return ARTICLES
