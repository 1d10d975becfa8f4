"""Loaders for FakeNewsNet, old version (BuzzFeed and PolitiFact news content)."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd

from credscore.data._common import (
    CorpusSpec,
    DataError,
    corpus_dir,
    finalize,
    read_text,
    register,
    require_files,
    url_domain,
)

__all__ = ["load_fakenewsnet", "load_fakenewsnet_buzzfeed", "load_fakenewsnet_politifact"]

FOLDER = "fakenewsnet-old"
SOURCE = "https://github.com/KaiDMML/FakeNewsNet/tree/old-version"

#: subset parameter -> folder under ``Data/``.
SUBSETS: dict[str, str] = {"buzzfeed": "BuzzFeed", "politifact": "PolitiFact"}

#: folder prefix -> label.
FOLDER_LABELS: dict[str, int] = {"Real": 1, "Fake": 0}

#: Outlet-specific link shorteners found in ``source`` -> the outlet's domain.
OUTLET_SHORTENERS: dict[str, str] = {
    "abcn.ws": "abcnews.go.com",
    "cnn.it": "cnn.com",
    "politi.co": "politico.com",
}

#: Generic link shorteners; the outlet is taken from ``canonical_link`` instead.
GENERIC_SHORTENERS = frozenset({"goo.gl", "fb.me", "bit.ly", "ow.ly", "t.co", "tinyurl.com"})

#: ``group`` of articles with no ``source``, ``canonical_link`` or ``url``.
UNKNOWN_GROUP = "unknown"


def _subset_files(root: Path, subset: str) -> list[Path]:
    base = root / FOLDER / "Data" / SUBSETS[subset]
    files: list[Path] = []
    for prefix in FOLDER_LABELS:
        files.extend((base / f"{prefix}NewsContent").glob("*.json"))
    return sorted(files)


SPECS: dict[str, CorpusSpec] = {
    subset: register(
        CorpusSpec(
            name=f"fakenewsnet-{subset}",
            folder=FOLDER,
            source=SOURCE,
            files=functools.partial(_subset_files, subset=subset),
        )
    )
    for subset in SUBSETS
}


def _outlet(article: dict[str, Any]) -> str:
    """Domain of the article's ``source``, resolving link shorteners; see the loader."""
    source = url_domain(article.get("source"))
    if source in OUTLET_SHORTENERS:
        return OUTLET_SHORTENERS[source]
    if source and source not in GENERIC_SHORTENERS:
        return source
    for key in ("canonical_link", "url"):
        domain = url_domain(article.get(key))
        if domain and domain not in GENERIC_SHORTENERS:
            return OUTLET_SHORTENERS.get(domain, domain)
    return source or UNKNOWN_GROUP


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def load_fakenewsnet(
    data_dir: str | os.PathLike[str] | None = None, subset: str = "buzzfeed"
) -> pd.DataFrame:
    """Load the news content of FakeNewsNet, old version (Shu et al. 2017).

    Reads ``<data_dir>/fakenewsnet-old/Data/<BuzzFeed|PolitiFact>/{Fake,Real}NewsContent/
    *.json`` (the ``text``, ``title``, ``source``, ``canonical_link`` and ``url`` fields).

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders; defaults to
        :func:`credscore.data.default_data_dir`.
    subset : {"buzzfeed", "politifact"}
        Which fact-checker's articles to load (182 and 240 files).

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (the file stem without ``-Webpage``, e.g. ``"BuzzFeed_Real_7"``),
        ``text`` (the ``text`` field, outer whitespace stripped), ``label``, ``group``,
        ``corpus`` (``"fakenewsnet-buzzfeed"`` or ``"fakenewsnet-politifact"``) and
        ``title``; sorted by ``id`` with numbers in numeric order.

        Label mapping: files under ``RealNewsContent`` -> 1, ``FakeNewsContent`` -> 0.

        ``group`` is the domain of the ``source`` field without ``www.``/``author.``
        (e.g. ``"eaglerising.com"``); outlet short links are mapped to the outlet
        (``cnn.it`` -> ``cnn.com``, ``politi.co`` -> ``politico.com``, ``abcn.ws`` ->
        ``abcnews.go.com``), and for generic shorteners (``goo.gl``, ``fb.me``) or a
        missing ``source`` the domain of ``canonical_link`` or ``url`` is used. Articles
        with none of these (only ``text`` and ``title`` were scraped) get ``"unknown"``;
        all but a few of them are fake.

        Dropped, counted in ``attrs["dropped"]``: ``empty_text`` and ``duplicate_text``
        (same text as an article with a smaller id).

    Raises
    ------
    DataError
        For an unknown ``subset``, a missing folder or a file that is not valid JSON.
    """
    key = str(subset).lower()
    if key not in SUBSETS:
        raise DataError(f"unknown FakeNewsNet subset {subset!r}; valid: {', '.join(SUBSETS)}")
    spec = SPECS[key]
    folder = corpus_dir(spec, data_dir)
    files = require_files(spec, _subset_files(folder.parent, key), folder / "Data" / SUBSETS[key])
    records = []
    for path in files:
        try:
            article = json.loads(read_text(path))
        except json.JSONDecodeError as exc:
            raise DataError(f"corpus {spec.name!r}: cannot parse {path}: {exc}") from exc
        if not isinstance(article, dict):
            raise DataError(f"corpus {spec.name!r}: {path} does not hold a JSON object")
        prefix = path.parent.name.removesuffix("NewsContent")
        records.append(
            {
                "id": path.stem.removesuffix("-Webpage"),
                "text": _text(article.get("text")),
                "title": _text(article.get("title")),
                "group": _outlet(article),
                "label": FOLDER_LABELS[prefix],
            }
        )
    return finalize(records, spec.name)


def load_fakenewsnet_buzzfeed(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load FakeNewsNet (old version), BuzzFeed subset.

    Same as ``load_fakenewsnet(data_dir, subset="buzzfeed")``; see :func:`load_fakenewsnet`
    for the columns, the label mapping (Real -> 1, Fake -> 0), ``group`` and what is
    dropped (empty and duplicate texts).

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders.

    Returns
    -------
    pandas.DataFrame
    """
    return load_fakenewsnet(data_dir, subset="buzzfeed")


def load_fakenewsnet_politifact(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load FakeNewsNet (old version), PolitiFact subset.

    Same as ``load_fakenewsnet(data_dir, subset="politifact")``; see
    :func:`load_fakenewsnet` for the columns, the label mapping (Real -> 1, Fake -> 0),
    ``group`` and what is dropped (empty and duplicate texts).

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders.

    Returns
    -------
    pandas.DataFrame
    """
    return load_fakenewsnet(data_dir, subset="politifact")
