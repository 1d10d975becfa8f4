"""Word lists used by the signal extractors, kept as plain data files.

Each ``*.txt`` file here holds one lowercase phrase per line after a ``#``
header that says what the list is for and where it comes from. Lists are
loaded once and cached; nothing here is mutable.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["load", "names"]


@cache
def load(name: str) -> frozenset[str]:
    """Return the entries of lexicon ``name`` (file ``<name>.txt``).

    Parameters
    ----------
    name : str
        The lexicon's file name without ``.txt``.

    Returns
    -------
    frozenset of str
        The lowercase entries; header and blank lines are skipped.

    Raises
    ------
    KeyError
        If no lexicon of that name ships with credscore.

    Examples
    --------
    >>> "reportedly" in load("hedges")
    True
    """
    path = resources.files(__name__).joinpath(f"{name}.txt")
    if not path.is_file():
        raise KeyError(f"no lexicon named {name!r}; available: {', '.join(names())}")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return frozenset(entries)


def names() -> list[str]:
    """Return the names of all shipped lexicons, sorted."""
    files = resources.files(__name__).iterdir()
    return sorted(p.name[:-4] for p in files if p.name.endswith(".txt"))
