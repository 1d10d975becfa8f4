"""Shared fixtures: the data directory and the shared real article."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NK_ARTICLE = SHARED / "examples" / "nknews-iran-dprk.txt"
EXAMPLES = ROOT / "datasets" / "examples"


@pytest.fixture(scope="session")
def nk_text() -> str:
    if not NK_ARTICLE.is_file():
        pytest.skip(f"the shared example article is absent ({NK_ARTICLE})")
    return NK_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))}
