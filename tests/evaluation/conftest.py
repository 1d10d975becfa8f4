"""Synthetic corpora for the evaluation harness tests (invented sentences only)."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from credscore._evidence import Evidence

# An invented article. Gold: "Mayor Ann Lee" (said) and the discontinuous
# "The mayor and" + "the governor" (said). "Engineers" is a Source of a belief
# ("think"), so it is not gold but still makes a prediction on it correct.
ARTICLE = (
    "Mayor Ann Lee said the dam is safe. Engineers think it will hold.\n"
    "The mayor and, later, the governor said no repairs were planned. "
    "It was said that the river rose."
)


def at(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    """Return the (start, end) of the ``occurrence``-th ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def t_line(ann_id: str, ann_type: str, text: str, *fragments: tuple[int, int]) -> str:
    """Build a brat ``T`` line whose text is taken from ``text``."""
    spec = ";".join(f"{s} {e}" for s, e in fragments)
    body = " ".join(text[s:e] for s, e in fragments)
    return f"{ann_id}\t{ann_type} {spec}\t{body}"


def article_ann(text: str = ARTICLE) -> str:
    """The brat annotations of :data:`ARTICLE`."""
    said1, said2, said3 = at(text, "said"), at(text, "said", 1), at(text, "said", 2)
    lines = [
        t_line("T1", "Source", text, at(text, "Mayor Ann Lee")),
        t_line("T2", "Cue", text, said1),
        t_line("T3", "Content", text, at(text, "the dam is safe")),
        t_line("T4", "Attribution", text, said1),
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        t_line("T5", "Source", text, at(text, "Engineers")),
        t_line("T6", "Cue", text, at(text, "think")),
        t_line("T7", "Content", text, at(text, "it will hold")),
        t_line("T8", "Attribution", text, at(text, "think")),
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        t_line("T9", "Source", text, at(text, "The mayor and"), at(text, "the governor")),
        t_line("T10", "Cue", text, said2),
        t_line("T11", "Content", text, at(text, "no repairs were planned")),
        t_line("T12", "Attribution", text, said2),
        "E3\tAttribution:T12 Source:T9 Cue:T10 Content:T11",
        t_line("T13", "Cue", text, at(text, "was said")),
        t_line("T14", "Content", text, at(text, "the river rose")),
        t_line("T15", "Attribution-no-source", text, said3),
        "E4\tAttribution-no-source:T15 Cue:T13 Content:T14",
        "#1\tAnnotatorNotes T5\tinvented note",
    ]
    return "\n".join(lines) + "\n"


def ev(text: str, signal: str, phrase: str, occurrence: int = 0) -> Evidence:
    """Evidence for ``phrase`` in ``text``."""
    start, end = at(text, phrase, occurrence)
    return Evidence(signal, start, end, text[start:end])


def fake_extractor(table: dict[str, list[Evidence]]) -> Callable[[str], list[Evidence]]:
    """An extractor that looks its answer up by text (empty list otherwise)."""

    def extract(text: str) -> list[Evidence]:
        return list(table.get(text, []))

    return extract


CONLL_ROWS = [
    ("The bridge -LRB- built in 1901 -RRB- is made of stone.\n", 0),
    ("The tower was painted red in 1950.\n", 0),
    ("\n", 0),
    ("Some critics say the tower may be the oldest in the valley.\n", 1),
    ("It is widely believed that the well was dug by monks.\n", 1),
    ("The canal might have been older than the road.\n", 1),
]


def write_corpora(root: Path) -> Path:
    """Write a tiny PolNeAR (train and dev) and CoNLL CSV under ``root``."""
    data = root / "polnear" / "data"
    for split in ("train", "dev"):
        (data / split / "text").mkdir(parents=True)
        (data / split / "attributions").mkdir(parents=True)
        name = f"paper_2016-01-0{1 if split == 'train' else 2}_dam-report"
        (data / split / "text" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
        (data / split / "attributions" / f"{name}_aa11.ann").write_text(
            article_ann(), encoding="utf-8"
        )
    conll = root / "conll2010-wiki-weasel" / "liew-crypto-uncertainty"
    conll.mkdir(parents=True)
    with (conll / "train.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
        writer.writerow(["text", "label"])
        writer.writerows(CONLL_ROWS)
    return root


@pytest.fixture
def corpora(tmp_path: Path) -> Path:
    """A synthetic corpora folder."""
    return write_corpora(tmp_path / "datasets")


@pytest.fixture
def synth() -> SimpleNamespace:
    """The helpers above, as a fixture (robust to pytest's import mode)."""
    return SimpleNamespace(
        ARTICLE=ARTICLE,
        CONLL_ROWS=CONLL_ROWS,
        at=at,
        t_line=t_line,
        article_ann=article_ann,
        ev=ev,
        fake_extractor=fake_extractor,
        write_corpora=write_corpora,
    )
