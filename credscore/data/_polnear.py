"""Loader for PolNeAR articles, labelled by outlet factuality from Baly et al. (MBFC)."""

from __future__ import annotations

import csv
import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd

from credscore.data._common import (
    CorpusSpec,
    DataError,
    corpus_dir,
    finalize,
    read_text,
    register,
    require_file,
    require_files,
    resolve_root,
    url_domain,
)

__all__ = ["load_polnear"]

NAME = "polnear"
MBFC_FOLDER = "baly-mbfc"
MBFC_SOURCE = "https://github.com/ramybaly/News-Media-Reliability"
SPLITS: dict[str, tuple[str, ...]] = {"train": ("train",), "dev": ("dev",), "all": ("train", "dev")}
MBFC_VERSIONS = ("acl2020", "emnlp18")

#: PolNeAR ``publisher`` (``data/metadata.tsv``) -> the outlet's domain(s), tried in order.
OUTLET_DOMAINS: dict[str, tuple[str, ...]] = {
    "breitbart": ("breitbart.com",),
    "huff-post": ("huffingtonpost.com",),
    "nyt": ("nytimes.com",),
    "politico": ("politico.com",),
    "usa-today": ("usatoday.com",),
    "wash-post": ("washingtonpost.com",),
    "west-journal": ("westernjournalism.com", "westernjournal.com"),
}

#: MBFC ``fact`` value -> label (``mixed`` is handled by ``mixed_as``).
FACT_LABELS: dict[str, int] = {"high": 1, "low": 0}


def _text_files(root: Path, split: str) -> list[Path]:
    files: list[Path] = []
    for part in SPLITS[split]:
        files.extend((root / NAME / "data" / part / "text").glob("*.txt"))
    return sorted(files)


def _mbfc_files(root: Path, versions: Sequence[str] = MBFC_VERSIONS) -> list[Path]:
    return [root / MBFC_FOLDER / f"corpus_{v}.tsv" for v in versions]


def _files(root: Path) -> list[Path]:
    return [root / NAME / "data" / "metadata.tsv", *_text_files(root, "all"), *_mbfc_files(root)]


SPEC = register(
    CorpusSpec(
        name=NAME,
        folder=NAME,
        source="https://github.com/networkdynamics/PolNeAR",
        files=_files,
    )
)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _mbfc_table(path: Path) -> dict[str, str]:
    """Domain -> ``fact`` for the rows of a Baly et al. corpus TSV that are home pages.

    Rows whose ``source_url`` has a path (a section or sub-site, e.g. ``/thepoint``)
    rate something else than the outlet and are skipped.
    """
    table: dict[str, str] = {}
    for row in _read_tsv(path):
        url = (row.get("source_url") or "").strip()
        fact = (row.get("fact") or "").strip().lower()
        if not url or not fact:
            continue
        if urlsplit(url if "//" in url else "//" + url).path.strip("/"):
            continue
        table.setdefault(url_domain(url), fact)
    return table


def outlet_ratings(
    data_dir: str | os.PathLike[str] | None = None,
    mbfc_versions: Sequence[str] = MBFC_VERSIONS,
) -> dict[str, dict[str, str] | None]:
    """Return the MBFC factuality of each PolNeAR publisher, as the loader uses it.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the ``baly-mbfc`` folder.
    mbfc_versions : sequence of {"acl2020", "emnlp18"}
        Corpus versions to consult, first match wins.

    Returns
    -------
    dict
        ``publisher -> {"fact": ..., "domain": ..., "version": ...}``, or ``None`` for a
        publisher none of the versions rates.
    """
    root = resolve_root(data_dir)
    if not (root / MBFC_FOLDER).is_dir():
        raise DataError(
            f"outlet ratings {MBFC_FOLDER!r} (needed by corpus {NAME!r}) not found under "
            f"{root}; download them from {MBFC_SOURCE} (see {SPEC.card}) or pass data_dir"
        )
    unknown = [v for v in mbfc_versions if v not in MBFC_VERSIONS]
    if unknown or not mbfc_versions:
        raise DataError(f"unknown MBFC version(s) {unknown}; valid: {', '.join(MBFC_VERSIONS)}")
    tables = [
        (v, _mbfc_table(require_file(SPEC, p)))
        for v, p in zip(mbfc_versions, _mbfc_files(root, mbfc_versions), strict=True)
    ]
    ratings: dict[str, dict[str, str] | None] = {}
    for publisher, domains in OUTLET_DOMAINS.items():
        ratings[publisher] = next(
            (
                {"fact": table[d], "domain": d, "version": version}
                for version, table in tables
                for d in domains
                if d in table
            ),
            None,
        )
    return ratings


def load_polnear(
    data_dir: str | os.PathLike[str] | None = None,
    split: str = "all",
    mixed_as: int | None = None,
    mbfc_versions: Sequence[str] = MBFC_VERSIONS,
) -> pd.DataFrame:
    """Load PolNeAR articles (Newell et al. 2018) labelled by their outlet's factuality.

    PolNeAR is 1,028 political news articles from 7 US outlets (2015-2016) with every
    attribution annotated. It has no article-level credibility label, so the label here
    is the outlet's factual-reporting rating from Media Bias/Fact Check, as collected by
    Baly et al. (2018, 2020). Reads ``<data_dir>/polnear/data/{train,dev}/text/*.txt``,
    ``<data_dir>/polnear/data/metadata.tsv`` (the ``publisher`` of each file) and
    ``<data_dir>/baly-mbfc/corpus_{acl2020,emnlp18}.tsv``.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the ``polnear`` and ``baly-mbfc`` folders; defaults to
        :func:`credscore.data.default_data_dir`.
    split : {"all", "train", "dev"}
        Which PolNeAR split to load; ``"all"`` is train + dev (the test split is not
        distributed with this data).
    mixed_as : {None, 0, 1}
        Label for outlets rated ``mixed``; ``None`` (default) drops them.
    mbfc_versions : sequence of {"acl2020", "emnlp18"}
        Baly et al. corpus versions to look outlets up in, first match wins. By default
        the newer ``acl2020`` ratings are preferred (Breitbart: ``low`` there, ``mixed``
        in ``emnlp18``).

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (``"<split>/<file stem>"``), ``text`` (the text file exactly as
        annotated, headline and byline included, so the ``.ann`` offsets still apply),
        ``label``, ``group`` (the ``publisher``, e.g. ``"politico"``), ``corpus``
        (``"polnear"``) and ``title`` (from ``metadata.tsv``); sorted by ``id``.

        Label mapping: outlet factuality ``high`` -> 1, ``low`` -> 0, ``mixed`` ->
        ``mixed_as``. The outlet is matched by its domain (see ``OUTLET_DOMAINS``)
        against the home-page rows of the Baly et al. TSVs; the ratings used are in
        ``attrs["outlet_ratings"]``. With the data as distributed this gives
        ``breitbart`` -> 0; ``huff-post``, ``politico``, ``usa-today`` -> 1;
        ``west-journal`` is ``mixed``; ``nyt`` and ``wash-post`` are not rated.

        Dropped, counted in ``attrs["dropped"]``: ``mixed_factuality`` (outlet rated
        ``mixed`` and ``mixed_as`` is ``None``), ``unrated_outlet`` (outlet not in the
        ratings), ``empty_text`` and ``duplicate_text`` (same text as a file with a
        smaller id).

    Raises
    ------
    DataError
        For an unknown ``split``, a bad ``mixed_as``, or missing files.

    Notes
    -----
    The label is constant within an outlet, so it measures nothing but the outlet:
    always evaluate grouped by ``group``, and expect only one outlet with label 0.
    """
    if split not in SPLITS:
        raise DataError(f"unknown PolNeAR split {split!r}; valid: {', '.join(SPLITS)}")
    if mixed_as not in (None, 0, 1):
        raise DataError(f"mixed_as must be None, 0 or 1, not {mixed_as!r}")
    folder = corpus_dir(SPEC, data_dir)
    root = folder.parent
    ratings = outlet_ratings(root, mbfc_versions)
    meta_path = require_file(SPEC, folder / "data" / "metadata.tsv")
    meta = {row["filename"]: row for row in _read_tsv(meta_path) if row.get("filename")}
    files = require_files(SPEC, _text_files(root, split), folder / "data")

    records = []
    for path in files:
        row = meta.get(path.stem, {})
        publisher = (row.get("publisher") or path.stem.split("_", 1)[0]).strip()
        rating = ratings.get(publisher)
        fact = rating["fact"] if rating else None
        if fact is None:
            label, drop = None, "unrated_outlet"
        elif fact == "mixed":
            label, drop = mixed_as, "mixed_factuality"
        else:
            label, drop = FACT_LABELS.get(fact), "unrated_outlet"
        records.append(
            {
                "id": f"{path.parent.parent.name}/{path.stem}",
                "text": read_text(path),
                "title": (row.get("title") or "").strip(),
                "group": publisher,
                "label": label,
                "drop": drop,
            }
        )
    frame = finalize(records, NAME, label_drop_reasons=("mixed_factuality", "unrated_outlet"))
    frame.attrs["outlet_ratings"] = ratings
    return frame
