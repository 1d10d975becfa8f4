"""Loaders for the Perez-Rosas et al. (2018) FakeNewsAMT and Celebrity datasets."""

from __future__ import annotations

import functools
import os
import re
from pathlib import Path

import pandas as pd

from credscore.data._common import (
    CorpusSpec,
    DataError,
    corpus_dir,
    finalize,
    read_text,
    register,
    require_files,
)

__all__ = [
    "load_perez_rosas",
    "load_perez_rosas_celebrity",
    "load_perez_rosas_fakenewsamt",
]

FOLDER = "perez-rosas2018"
SOURCE = (
    "https://github.com/pmacinec/fake-news-datasets (datasets/deception_detection_fake_news/data/)"
)

#: subset parameter -> folder under ``perez-rosas2018/``.
SUBSETS: dict[str, str] = {"fakenewsamt": "fakeNewsDataset", "celebrity": "celebrityDataset"}

#: label folder -> label.
FOLDER_LABELS: dict[str, int] = {"legit": 1, "fake": 0}

#: FakeNewsAMT file-name prefix -> news domain, as listed in the corpus README.
AMT_DOMAINS: dict[str, str] = {
    "biz": "business",
    "edu": "education",
    "entmt": "entertainment",
    "polit": "politics",
    "sports": "sports",
    "tech": "technology",
}

_AMT_NAME = re.compile(r"^([a-z]+)(\d+)\.(?:fake|legit)$")
_CELEB_NAME = re.compile(r"^(\d+)(?:fake|legit)$")


def _subset_files(root: Path, subset: str) -> list[Path]:
    base = root / FOLDER / SUBSETS[subset]
    files: list[Path] = []
    for label_folder in FOLDER_LABELS:
        files.extend((base / label_folder).glob("*.txt"))
    return sorted(files)


SPECS: dict[str, CorpusSpec] = {
    subset: register(
        CorpusSpec(
            name=f"perez-rosas-{subset}",
            folder=FOLDER,
            source=SOURCE,
            files=functools.partial(_subset_files, subset=subset),
        )
    )
    for subset in SUBSETS
}


def split_title(raw: str) -> tuple[str, str]:
    """Split a file into ``(title, body)``.

    The first non-blank line is the headline when at least one more non-blank line
    follows; a file with a single non-blank line has no headline (some crowd-written
    fakes are one paragraph).

    Examples
    --------
    >>> split_title("Headline here\\n\\nFirst line.\\nSecond line.\\n")
    ('Headline here', 'First line.\\nSecond line.')
    >>> split_title("Only one paragraph.\\n")
    ('', 'Only one paragraph.')
    """
    lines = raw.strip().split("\n")
    if len(lines) < 2:
        return "", raw.strip()
    return lines[0].strip(), "\n".join(lines[1:]).strip()


def _group(subset: str, stem: str) -> str:
    if subset == "fakenewsamt":
        match = _AMT_NAME.match(stem)
        return match.group(1) if match else ""
    match = _CELEB_NAME.match(stem)
    return f"pair-{int(match.group(1)):03d}" if match else ""


def load_perez_rosas(
    data_dir: str | os.PathLike[str] | None = None, subset: str = "fakenewsamt"
) -> pd.DataFrame:
    """Load FakeNewsAMT or Celebrity from Perez-Rosas et al. (2018), version 1.1.

    Reads ``<data_dir>/perez-rosas2018/<fakeNewsDataset|celebrityDataset>/{legit,fake}/
    *.txt``, one article per file.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders; defaults to
        :func:`credscore.data.default_data_dir`.
    subset : {"fakenewsamt", "celebrity"}
        ``fakenewsamt``: 240 legitimate news articles in six domains and 240 fakes of them
        written by Mechanical Turk workers. ``celebrity``: 250 legitimate and 250 fake
        (gossip) celebrity articles collected in pairs from the web.

    Returns
    -------
    pandas.DataFrame
        Columns ``id`` (the file stem, e.g. ``"biz07.legit"`` or ``"042fake"``),
        ``text`` (the body), ``label``, ``group``, ``corpus`` (``"perez-rosas-fakenewsamt"``
        or ``"perez-rosas-celebrity"``) and ``title``; sorted by ``id`` with numbers in
        numeric order, so a fake and its legitimate counterpart are adjacent.

        Label mapping: files under ``legit/`` -> 1, ``fake/`` -> 0.

        ``title`` is the first non-blank line when more lines follow (see
        :func:`split_title`); ``text`` is the rest.

        ``group``: there is no outlet in either dataset. For FakeNewsAMT it is the news
        domain from the file name (``biz``, ``edu``, ``entmt``, ``polit``, ``sports``,
        ``tech``), each holding both labels since every fake is a rewrite of a legitimate
        article of that domain. For Celebrity it is the pair number shared by a legit and a
        fake file (``"pair-042"``), so the two versions of a story never straddle a split.

        Dropped, counted in ``attrs["dropped"]``: ``empty_text`` and ``duplicate_text``
        (same body as a file with a smaller id).

    Raises
    ------
    DataError
        For an unknown ``subset`` or a missing folder.

    Notes
    -----
    The corpus README says commas were stripped from the legitimate texts, so
    punctuation alone can give the label away.
    """
    key = str(subset).lower().replace("-", "").replace("_", "")
    if key not in SUBSETS:
        raise DataError(f"unknown Perez-Rosas subset {subset!r}; valid: {', '.join(SUBSETS)}")
    spec = SPECS[key]
    folder = corpus_dir(spec, data_dir)
    files = require_files(spec, _subset_files(folder.parent, key), folder / SUBSETS[key])
    records = []
    for path in files:
        title, body = split_title(read_text(path))
        records.append(
            {
                "id": path.stem,
                "text": body,
                "title": title,
                "group": _group(key, path.stem),
                "label": FOLDER_LABELS[path.parent.name],
            }
        )
    return finalize(records, spec.name)


def load_perez_rosas_fakenewsamt(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load FakeNewsAMT (Perez-Rosas et al. 2018).

    Same as ``load_perez_rosas(data_dir, subset="fakenewsamt")``: legit -> 1, fake -> 0,
    ``group`` = news domain from the file name (no outlet is known); empty and duplicate
    texts dropped. See :func:`load_perez_rosas`.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders.

    Returns
    -------
    pandas.DataFrame
    """
    return load_perez_rosas(data_dir, subset="fakenewsamt")


def load_perez_rosas_celebrity(data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load the Celebrity dataset (Perez-Rosas et al. 2018).

    Same as ``load_perez_rosas(data_dir, subset="celebrity")``: legit -> 1, fake -> 0,
    ``group`` = the legit/fake pair number (no outlet is known); empty and duplicate
    texts dropped. See :func:`load_perez_rosas`.

    Parameters
    ----------
    data_dir : path-like, optional
        Directory holding the corpus folders.

    Returns
    -------
    pandas.DataFrame
    """
    return load_perez_rosas(data_dir, subset="celebrity")
