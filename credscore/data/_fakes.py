"""Loader for FA-KES, a fake news dataset around the Syrian war."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from credscore.data._common import (
    CorpusSpec,
    DataError,
    corpus_dir,
    finalize,
    register,
    require_file,
)

__all__ = ["load_fa_kes"]

NAME = "fa-kes"
FILENAME = "FA-KES-Dataset.csv"
REQUIRED_COLUMNS = ("unit_id", "article_title", "article_content", "source", "labels")

#: ``labels`` value -> label.
LABELS: dict[str, int] = {"1": 1, "0": 0}


def _files(root: Path) -> list[Path]:
    return [root / NAME / FILENAME]


SPEC = register(
    CorpusSpec(
        name=NAME,
        folder=NAME,
        source="https://zenodo.org/record/2607278",
        files=_files,
    )
)


def load_fa_kes(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load FA-KES (Abu Salem et al. 2019): Syrian-war news from 15 outlets.

    Reads only ``<data_dir>/fa-kes/FA-KES-Dataset.csv`` (804 rows; columns ``unit_id``,
    ``article_title``, ``article_content``, ``source``, ``labels``). The other CSV that
    may sit in the folder (``FAKES_updated_fakenewssyria.csv``, a later re-labelled
    subset with extracted features) is ignored.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders; defaults to
        :func:`credscore.data.default_data_dir`.

    Returns
    -------
    pandas.DataFrame
        Columns ``id``, ``text`` (``article_content``, outer whitespace stripped),
        ``label``, ``group`` (the ``source`` column: the outlet, e.g. ``"reuters"``),
        ``corpus`` (``"fa-kes"``) and ``title`` (``article_title``); sorted by ``id``.

        ``id`` is the ``unit_id``; ``unit_id`` is not unique in the file, so its 2nd,
        3rd, ... occurrence (in file order) gets the suffix ``-2``, ``-3``, ...

        Label mapping (``labels``): 1 -> 1 (credible: the casualty facts matched the
        VDC database), 0 -> 0 (fake: they did not).

        Dropped, counted in ``attrs["dropped"]``: ``unknown_label`` (a ``labels`` value
        other than 0/1), ``empty_text`` and ``duplicate_text`` (same text as a row with a
        smaller id). Some repeated articles carry both labels; the first is kept and
        ``attrs["conflicting_duplicates"]`` counts the others.

    Raises
    ------
    DataError
        If the folder, the CSV or one of its columns is missing.

    Notes
    -----
    "Fake" here means the reported casualty facts disagree with a database, not that
    the journalism is poor. Commas and apostrophes are stripped from the texts, and each
    text starts with the date and the headline.
    """
    folder = corpus_dir(SPEC, data_dir)
    path = require_file(SPEC, folder / FILENAME)
    try:
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (ValueError, pd.errors.ParserError) as exc:
        raise DataError(f"corpus {NAME!r}: cannot parse {path}: {exc}") from exc
    missing = [c for c in REQUIRED_COLUMNS if c not in table.columns]
    if missing:
        raise DataError(
            f"corpus {NAME!r}: {path} lacks column(s) {missing}; found {list(table.columns)}"
        )
    seen: dict[str, int] = {}
    records = []
    for unit_id, title, text, source, label in zip(
        *(table[c].tolist() for c in REQUIRED_COLUMNS), strict=True
    ):
        unit_id = unit_id.strip()
        seen[unit_id] = seen.get(unit_id, 0) + 1
        rid = unit_id if seen[unit_id] == 1 else f"{unit_id}-{seen[unit_id]}"
        value = LABELS.get(label.strip())
        records.append(
            {
                "id": rid,
                "text": text.strip(),
                "title": title.strip(),
                "group": source.strip(),
                "label": value,
                "drop": None if value is not None else "unknown_label",
            }
        )
    return finalize(records, NAME, label_drop_reasons=("unknown_label",))
