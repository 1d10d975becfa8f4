"""Engines that score DataFrames larger than one machine's memory.

Each engine runs :func:`credscore.frame.score_frame` on one piece of the data at a time, so
every engine gives the rows :func:`credscore.frame.score_frame` gives on the whole table.

- :mod:`credscore.integrations.dask`: ``score_dask``, partition-wise over a Dask DataFrame
  (``pip install 'credscore[dask]'``).
- :mod:`credscore.integrations.spark`: ``score_spark``, a pandas UDF over a Spark DataFrame
  (``pip install 'credscore[spark]'``; Spark needs Java).

Importing this package imports neither Dask nor Spark.
"""

from __future__ import annotations

from ..errors import CredscoreError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(CredscoreError, ImportError):
    """An optional engine is not installed; the message says which extra to install."""


def require(module: str, extra: str) -> None:
    """Import ``module`` or raise :class:`MissingExtraError` naming the extra that installs it.

    Examples
    --------
    >>> try:
    ...     require("no_such_engine_xyz", "dask")
    ... except MissingExtraError as exc:
    ...     print(exc)
    no_such_engine_xyz is not installed: pip install 'credscore[dask]'
    """
    import importlib

    try:
        importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtraError(
            f"{module} is not installed: pip install 'credscore[{extra}]'"
        ) from exc
