"""Shared machinery for the corpus loaders: data dir, errors, row clean-up, checksums."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pandas as pd

from ..errors import DataError

__all__ = [
    "COLUMNS",
    "DATA_ENV_VAR",
    "DataError",
    "corpus_checksum",
    "default_data_dir",
]

#: Columns of every frame the loaders return, in this order.
COLUMNS: tuple[str, ...] = ("id", "text", "label", "group", "corpus", "title")

#: Environment variable naming the directory that holds the corpus folders.
DATA_ENV_VAR = "CREDSCORE_DATA"

_REPO_ROOT = Path(__file__).resolve().parents[2]
_RELATIVE_DEFAULT = Path("..") / "shared" / "datasets"


def default_data_dir() -> Path | None:
    """Return the directory that holds the corpus folders, or ``None``.

    Looked up in this order:

    1. the ``CREDSCORE_DATA`` environment variable, if set and non-empty
       (returned even if it does not exist, so the loaders can say so);
    2. ``../shared/datasets`` relative to the current working directory, if it exists;
    3. ``../shared/datasets`` relative to the repository root (the parent of the
       ``credscore`` package directory), if it exists.

    Returns
    -------
    pathlib.Path or None
        An absolute path, or ``None`` when none of the above applies.
    """
    env = os.environ.get(DATA_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    for base in (Path.cwd(), _REPO_ROOT):
        candidate = base / _RELATIVE_DEFAULT
        if candidate.is_dir():
            return candidate.resolve()
    return None


# --------------------------------------------------------------------------- registry


@dataclass(frozen=True)
class CorpusSpec:
    """How to find, describe and checksum one corpus.

    Parameters
    ----------
    name : str
        The corpus name used in :data:`credscore.data.CORPORA` and in the ``corpus`` column.
    folder : str
        The folder under the data dir that holds it.
    source : str
        Where to download it (the original public distribution).
    files : callable
        ``files(root) -> list[Path]``: every file the loader reads, given the data dir
        ``root``; used by :func:`corpus_checksum`.
    """

    name: str
    folder: str
    source: str
    files: Callable[[Path], list[Path]]

    @property
    def card(self) -> str:
        """The dataset card, relative to the repository root."""
        return f"datasets/{self.name}.md"


_REGISTRY: dict[str, CorpusSpec] = {}


def register(spec: CorpusSpec) -> CorpusSpec:
    """Add ``spec`` to the registry used by :func:`corpus_checksum`; return it."""
    _REGISTRY[spec.name] = spec
    return spec


def get_spec(name: str) -> CorpusSpec:
    """Return the registered spec called ``name`` or raise :class:`DataError`.

    Every corpus is registered by then: this module is part of :mod:`credscore.data`, whose
    ``__init__`` imports each loader module (and so registers its spec) before anything here
    can run.
    """

    try:
        return _REGISTRY[name]
    except KeyError:
        valid = ", ".join(sorted(_REGISTRY))
        raise DataError(f"unknown corpus {name!r}; valid names: {valid}") from None


def resolve_root(data_dir: str | os.PathLike[str] | None) -> Path:
    """Return the data dir to use: ``data_dir`` if given, else :func:`default_data_dir`.

    Raises
    ------
    DataError
        If no data dir can be found or the given one does not exist.
    """
    if data_dir is None:
        root = default_data_dir()
        if root is None:
            raise DataError(
                "no data directory: set the CREDSCORE_DATA environment variable, pass "
                "--data-dir on the command line or data_dir=... to the loader "
                "(see datasets/README.md)"
            )
    else:
        root = Path(data_dir).expanduser()
    if not root.is_dir():
        origin = (
            f"the {DATA_ENV_VAR} environment variable points to"
            if data_dir is None
            else "data_dir is"
        )
        raise DataError(
            f"{origin} {root}, which is not a directory; set {DATA_ENV_VAR} or pass "
            "data_dir (see datasets/README.md)"
        )
    return root


def corpus_dir(spec: CorpusSpec, data_dir: str | os.PathLike[str] | None) -> Path:
    """Return ``<data_dir>/<spec.folder>``, raising :class:`DataError` if it is missing."""
    root = resolve_root(data_dir)
    folder = root / spec.folder
    if not folder.is_dir():
        raise DataError(
            f"corpus {spec.name!r} not found under {root} (expected the folder "
            f"{folder}); download it from {spec.source} (see {spec.card}) or pass data_dir"
        )
    return folder


def require_file(spec: CorpusSpec, path: Path) -> Path:
    """Return ``path`` if it is a file, else raise :class:`DataError` naming the card."""
    if not path.is_file():
        raise DataError(
            f"corpus {spec.name!r}: expected file {path} is missing; the folder is "
            f"incomplete, download it again from {spec.source} (see {spec.card})"
        )
    return path


def require_files(spec: CorpusSpec, paths: Sequence[Path], where: Path) -> list[Path]:
    """Return ``paths`` as a list, raising :class:`DataError` if it is empty."""
    if not paths:
        raise DataError(
            f"corpus {spec.name!r}: no article files found under {where}; download it "
            f"again from {spec.source} (see {spec.card})"
        )
    return list(paths)


# --------------------------------------------------------------------------- checksum


def checksum_files(root: Path, files: Iterable[Path]) -> str:
    """SHA-256 over the sorted relative paths and contents of ``files``.

    For each file, in order of its POSIX path relative to ``root``, the digest is fed
    ``path + NUL + str(size) + NUL + content``, so renaming, moving, adding or removing a
    file changes the checksum.
    """
    digest = hashlib.sha256()
    rels = sorted((Path(f).relative_to(root).as_posix(), Path(f)) for f in files)
    for rel, path in rels:
        if not path.is_file():
            raise DataError(f"cannot checksum: {path} is missing")
        data = path.read_bytes()
        digest.update(rel.encode("utf-8") + b"\0" + str(len(data)).encode("ascii") + b"\0")
        digest.update(data)
    return digest.hexdigest()


def corpus_checksum(name: str, data_dir: str | os.PathLike[str] | None = None) -> str:
    """SHA-256 checksum of the files the loader for corpus ``name`` reads.

    The hash covers the sorted paths (relative to the data dir, e.g.
    ``fa-kes/FA-KES-Dataset.csv``) and the bytes of every file the loader reads with its
    default arguments, and nothing else. Compare it with the value in the dataset card
    (``datasets/<name>.md``) to check that you have the same version of the corpus.

    Parameters
    ----------
    name : str
        A corpus name from :data:`credscore.data.CORPORA`.
    data_dir : path-like, optional
        The directory holding the corpus folders; defaults to :func:`default_data_dir`.

    Returns
    -------
    str
        64 lowercase hex digits.

    Raises
    ------
    DataError
        For an unknown name or a missing corpus.
    """
    spec = get_spec(name)
    corpus_dir(spec, data_dir)
    root = resolve_root(data_dir)
    return checksum_files(root, spec.files(root))


# --------------------------------------------------------------------------- helpers


_DIGITS = re.compile(r"(\d+)")


def natural_key(value: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that orders embedded numbers numerically (``a2`` before ``a10``)."""
    parts = _DIGITS.split(value)
    return tuple((0, int(p), p) if i % 2 else (1, 0, p) for i, p in enumerate(parts) if p != "")


def read_text(path: Path) -> str:
    """Read a UTF-8 text file (BOM dropped, undecodable bytes replaced, newlines unified)."""
    return path.read_bytes().decode("utf-8-sig", errors="replace").replace("\r\n", "\n")


_HOST_PREFIXES = ("www.", "m.", "amp.", "author.")


def url_domain(url: Any) -> str:
    """Return the lower-cased host of ``url`` without ``www.``-like prefixes, or ``""``.

    Examples
    --------
    >>> url_domain("http://www.Example.com/a/b?c=1")
    'example.com'
    >>> url_domain("example.org/path")
    'example.org'
    >>> url_domain(None)
    ''
    """
    if not isinstance(url, str) or not url.strip():
        return ""
    url = url.strip()
    if "//" not in url:
        url = "//" + url
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    return host


def finalize(
    records: list[dict[str, Any]],
    corpus: str,
    label_drop_reasons: Sequence[str] = (),
    sort: bool = True,
) -> pd.DataFrame:
    """Turn raw records into the common frame, dropping and counting bad rows.

    Parameters
    ----------
    records : list of dict
        Each with keys ``id``, ``text``, ``title``, ``group`` and ``label`` (0, 1 or
        ``None``). A record whose ``label`` is ``None`` must carry ``drop`` (the reason).
    corpus : str
        Value of the ``corpus`` column.
    label_drop_reasons : sequence of str
        Reasons that always appear in ``attrs["dropped"]`` (with count 0 if unused).
    sort : bool
        Sort rows by ``id`` (natural order); if false, keep the order of ``records``.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`COLUMNS`, rows in natural order of ``id`` (see ``sort``). Rows are dropped in
        this order, each row counted once under the first reason that applies:
        label without a mapping (the record's reason), ``empty_text`` (empty or
        whitespace only), ``duplicate_text`` (the same text after stripping outer
        whitespace as an earlier row; the first is kept).
        ``attrs["dropped"]`` maps reason -> count, ``attrs["dropped_ids"]`` maps reason ->
        list of ids, and ``attrs["conflicting_duplicates"]`` counts dropped duplicates
        whose label differed from the kept row's.
    """
    reasons: dict[str, list[str]] = {r: [] for r in label_drop_reasons}
    reasons.setdefault("empty_text", [])
    reasons.setdefault("duplicate_text", [])
    ordered = sorted(records, key=lambda r: natural_key(r["id"])) if sort else list(records)
    ids = [r["id"] for r in ordered]
    if len(set(ids)) != len(ids):  # pragma: no cover - a loader bug, not a data problem
        raise DataError(f"corpus {corpus!r}: loader produced duplicate ids")

    kept: list[dict[str, Any]] = []
    first_label: dict[str, int] = {}
    conflicts = 0
    for rec in ordered:
        text = rec["text"] if isinstance(rec["text"], str) else ""
        if rec["label"] is None:
            reasons.setdefault(rec.get("drop") or "unknown_label", []).append(rec["id"])
            continue
        key = text.strip()
        if not key:
            reasons["empty_text"].append(rec["id"])
            continue
        if key in first_label:
            reasons["duplicate_text"].append(rec["id"])
            conflicts += first_label[key] != rec["label"]
            continue
        first_label[key] = int(rec["label"])
        kept.append(rec)

    frame = pd.DataFrame(
        {
            "id": [str(r["id"]) for r in kept],
            "text": [r["text"] for r in kept],
            "label": [int(r["label"]) for r in kept],
            "group": [str(r.get("group") or "") for r in kept],
            "corpus": [corpus] * len(kept),
            "title": [str(r.get("title") or "") for r in kept],
        },
        columns=list(COLUMNS),
    )
    frame["label"] = frame["label"].astype("int64")
    frame.attrs["dropped"] = {reason: len(v) for reason, v in reasons.items()}
    frame.attrs["dropped_ids"] = {reason: list(v) for reason, v in reasons.items()}
    frame.attrs["conflicting_duplicates"] = conflicts
    return frame
