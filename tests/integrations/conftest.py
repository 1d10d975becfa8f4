"""Shared articles for the DataFrame engines: the team's examples, texts of ours, bad rows.

Every engine is compared with :func:`credscore.frame.score_frame` on these rows, so the
table holds each kind of row an engine must keep in place: long and short articles, a
missing text, an empty one, one too short to score and one that is not a string.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "datasets" / "examples"

#: Short articles written for these tests (each long enough to score).
OUR_TEXTS = [
    "The county health department said on Friday that 12 restaurants failed inspections in "
    "March, up from five a year earlier. Its director, Ana Ruiz, told reporters that "
    "inspectors will return to each of them within 30 days.",
    "Sources say the stadium deal may collapse. Many people believe the team will leave the "
    "city, and insiders suggest the owner is quietly talking to other towns.",
    "Ferry service to Gull Island will resume on Monday after repairs to the main pier, the "
    "port authority said in a statement. The authority could not be reached for further "
    "comment on the cost of the repairs.",
]

#: Texts an engine cannot score: each must give a row with ``error`` set.
BAD_TEXTS: list[Any] = [None, "", "Too short to score."]


#: Where the bad rows stand in :func:`articles` (positions, in the order of BAD_TEXTS).
BAD_ROWS = (1, 4, 8)


def _example_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


@pytest.fixture(scope="session")
def articles() -> pd.DataFrame:
    """Nine rows: six articles and three bad rows mixed in, a non-default index and ids."""
    texts = _example_texts() + OUR_TEXTS
    assert len(texts) >= 6, "the team's example articles are missing"
    rows = [texts[0], BAD_TEXTS[0], *texts[1:3], BAD_TEXTS[1], *texts[3:], BAD_TEXTS[2]]
    return pd.DataFrame(
        {"doc": [f"d{i}" for i in range(len(rows))], "text": rows},
        index=pd.Index([10 * (i + 1) for i in range(len(rows))], name="row"),
    )


def plain(value: Any) -> Any:
    """A cell as plain Python, every kind of missing (None, NaN, <NA>) as None."""
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):  # NumPy scalars
        return plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as plain dicts, for comparing engines whose dtypes differ."""
    return [{k: plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]
