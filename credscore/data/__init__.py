"""Loaders for labelled news-credibility corpora and for your own labelled tables.

Every loader returns a :class:`pandas.DataFrame` with the columns ``id``, ``text``,
``label`` (1 = credible/real/true, 0 = not credible), ``group`` (the outlet when known),
``corpus`` and ``title``, with dropped rows counted in ``df.attrs["dropped"]``.

The corpora are not shipped with credscore. Put each in its folder under a data
directory (see ``datasets/README.md`` and the cards ``datasets/<name>.md``) and point
credscore at it with the ``CREDSCORE_DATA`` environment variable, ``--data-dir`` on the
command line, or ``data_dir=...``.

Examples
--------
>>> from credscore.data import CORPORA
>>> sorted(CORPORA)[:2]
['buzzfeed-webis-2016', 'fa-kes']
"""

from __future__ import annotations

import os
from collections.abc import Callable

import pandas as pd

from credscore.data._buzzfeed import load_buzzfeed_webis
from credscore.data._common import (
    COLUMNS,
    DATA_ENV_VAR,
    DataError,
    corpus_checksum,
    default_data_dir,
)
from credscore.data._fakenewsnet import (
    load_fakenewsnet,
    load_fakenewsnet_buzzfeed,
    load_fakenewsnet_politifact,
)
from credscore.data._fakes import load_fa_kes
from credscore.data._perez_rosas import (
    load_perez_rosas,
    load_perez_rosas_celebrity,
    load_perez_rosas_fakenewsamt,
)
from credscore.data._polnear import load_polnear
from credscore.data._table import LABEL_VALUES, load_table

__all__ = [
    "COLUMNS",
    "CORPORA",
    "DATA_ENV_VAR",
    "LABEL_VALUES",
    "DataError",
    "corpus_checksum",
    "default_data_dir",
    "load_buzzfeed_webis",
    "load_corpus",
    "load_fa_kes",
    "load_fakenewsnet",
    "load_fakenewsnet_buzzfeed",
    "load_fakenewsnet_politifact",
    "load_perez_rosas",
    "load_perez_rosas_celebrity",
    "load_perez_rosas_fakenewsamt",
    "load_polnear",
    "load_table",
]

DataError.__module__ = __name__  # shown as credscore.data.DataError

#: Corpus name -> loader taking ``data_dir=None``.
CORPORA: dict[str, Callable[..., pd.DataFrame]] = {
    "buzzfeed-webis-2016": load_buzzfeed_webis,
    "fakenewsnet-buzzfeed": load_fakenewsnet_buzzfeed,
    "fakenewsnet-politifact": load_fakenewsnet_politifact,
    "perez-rosas-fakenewsamt": load_perez_rosas_fakenewsamt,
    "perez-rosas-celebrity": load_perez_rosas_celebrity,
    "fa-kes": load_fa_kes,
    "polnear": load_polnear,
}


def load_corpus(name: str, data_dir: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """Load the corpus called ``name`` with its loader's default arguments.

    Parameters
    ----------
    name : str
        A key of :data:`CORPORA`, e.g. ``"fa-kes"``.
    data_dir : path-like, optional
        Directory holding the corpus folders; defaults to :func:`default_data_dir`.

    Returns
    -------
    pandas.DataFrame
        See the loader's documentation.

    Raises
    ------
    DataError
        For an unknown name (the message lists the valid ones) or a missing corpus.

    Examples
    --------
    >>> load_corpus("no-such-corpus")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    credscore.data.DataError: unknown corpus 'no-such-corpus'; valid names: buzzfeed-webis-2016, ...
    """
    try:
        loader = CORPORA[name]
    except KeyError:
        raise DataError(
            f"unknown corpus {name!r}; valid names: {', '.join(sorted(CORPORA))}"
        ) from None
    return loader(data_dir)
