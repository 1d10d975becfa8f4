"""Loader for the BuzzFeed-Webis Fake News Corpus 2016."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd

from credscore.data._common import (
    CorpusSpec,
    DataError,
    corpus_dir,
    finalize,
    register,
    require_files,
)

__all__ = ["load_buzzfeed_webis"]

NAME = "buzzfeed-webis-2016"

#: ``veracity`` value -> label; values mapped to ``None`` are dropped under their reason.
VERACITY_LABELS: dict[str, int | None] = {
    "mostly true": 1,
    "mixture of true and false": 0,
    "mostly false": 0,
    "no factual content": None,
}


def _files(root: Path) -> list[Path]:
    return sorted((root / "buzzfeed-webis-2016" / "articles").glob("*.xml"))


SPEC = register(
    CorpusSpec(
        name=NAME,
        folder="buzzfeed-webis-2016",
        source="https://zenodo.org/record/1239675",
        files=_files,
    )
)


def _field(root: ET.Element, tag: str) -> str:
    return (root.findtext(tag) or "").strip()


def load_buzzfeed_webis(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load the BuzzFeed-Webis Fake News Corpus 2016 (Potthast et al. 2018).

    1,627 political articles shared on Facebook by 9 outlets in September 2016, each
    rated by BuzzFeed journalists. Reads ``<data_dir>/buzzfeed-webis-2016/articles/*.xml``
    (the ``mainText``, ``title``, ``portal`` and ``veracity`` elements).

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders; defaults to
        :func:`credscore.data.default_data_dir`.

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (the XML file stem, e.g. ``"0042"``), ``text`` (``mainText``,
        outer whitespace stripped), ``label``, ``group`` (the ``portal``, e.g. ``"cnn"``),
        ``corpus`` (``"buzzfeed-webis-2016"``) and ``title``; sorted by ``id``.

        Label mapping (``veracity``): ``mostly true`` -> 1; ``mixture of true and false``
        and ``mostly false`` -> 0.

        Dropped, counted in ``attrs["dropped"]``: ``no_factual_content`` (veracity
        ``no factual content``, no truth value), ``unknown_label`` (any other veracity
        value), ``empty_text`` (empty ``mainText``) and ``duplicate_text`` (same text as
        an article with a smaller id; several duplicates carry a different veracity, see
        ``attrs["conflicting_duplicates"]``).

    Raises
    ------
    DataError
        If the corpus folder or its XML files are missing, or a file is not valid XML.

    Notes
    -----
    The mainstream outlets (``abc``, ``cnn``, ``politico``) have almost no 0 labels; the
    label can be guessed from the outlet, so evaluate grouped by ``group``.
    """
    folder = corpus_dir(SPEC, data_dir)
    root = folder.parent
    files = require_files(SPEC, _files(root), folder / "articles")
    records = []
    for path in files:
        try:
            xml = ET.parse(path).getroot()
        except ET.ParseError as exc:
            raise DataError(f"corpus {NAME!r}: cannot parse {path}: {exc}") from exc
        veracity = _field(xml, "veracity").lower()
        label = VERACITY_LABELS.get(veracity)
        drop: str | None
        if veracity == "no factual content":
            drop = "no_factual_content"
        else:
            drop = "unknown_label" if veracity not in VERACITY_LABELS else None
        records.append(
            {
                "id": path.stem,
                "text": _field(xml, "mainText"),
                "title": _field(xml, "title"),
                "group": _field(xml, "portal"),
                "label": label,
                "drop": drop,
            }
        )
    return finalize(records, NAME, label_drop_reasons=("no_factual_content", "unknown_label"))
