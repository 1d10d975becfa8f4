"""Score a Dask DataFrame partition-wise: :func:`credscore.frame.score_frame` on each partition.

The result is a lazy Dask DataFrame with the columns, dtypes and index of
:func:`~credscore.frame.score_frame` (its ``meta`` is given explicitly, so Dask never runs
the model to guess it). Each task receives the model's *path*, never the model: a worker
process loads the model on its first partition and keeps it for the others
(:func:`credscore.frame.load_scorer`), so a model is loaded once per worker process, not
pickled with every partition. The model file must be readable at the same path on every
worker (the default model ships inside the package).

Needs the ``dask`` extra: ``pip install 'credscore[dask]'``.

Examples
--------
>>> import pandas as pd
>>> import dask
>>> import dask.dataframe as dd
>>> from credscore.integrations.dask import score_dask
>>> df = pd.DataFrame({"text": [
...     "The minister said the plan would cut costs, according to a ministry report.",
...     "Critics claim the plan may fail, but offered no evidence.",
... ]})
>>> ddf = dd.from_pandas(df, npartitions=2)
>>> scores = score_dask(ddf)  # lazy: nothing is scored yet
>>> with dask.config.set(scheduler="synchronous"):
...     out = scores.compute()
>>> out.shape[0], out["error"].isna().all()
(2, np.True_)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..frame import check_columns, empty_frame, load_scorer, score_frame
from . import require

__all__ = ["score_dask"]


def _score_partition(
    part: pd.DataFrame,
    text_column: str,
    id_column: str | None,
    explain: bool,
    model: str | None,
    trust_model: bool,
) -> pd.DataFrame:
    """Score one partition with this process's cached scorer (loaded on first use)."""
    scorer = load_scorer(model, trust_model) if len(part) else None
    return score_frame(
        part,
        text_column=text_column,
        id_column=id_column,
        explain=explain,
        n_jobs=1,
        scorer=scorer,
    )


def score_dask(
    ddf: Any,
    text_column: str = "text",
    id_column: str | None = None,
    explain: bool = False,
    model: str | Path | None = None,
    trust_model: bool = False,
) -> Any:
    """Score every text of a Dask DataFrame, partition by partition; lazy.

    Parameters
    ----------
    ddf : dask.dataframe.DataFrame
        The articles, one per row.
    text_column : str, default "text"
        The column holding each article's text.
    id_column : str, optional
        The column copied into ``id``; without it ``id`` is the row's index label.
    explain : bool, default False
        Add a ``reasons`` column (slower).
    model : str or Path, optional
        A model file or a directory holding one, readable at this path on
        every worker; None for the default model.
    trust_model : bool, default False
        Load ``model`` without a card that vouches for it (see
        :meth:`credscore.scorer.Scorer.load`): only for a file you made yourself.

    Returns
    -------
    dask.dataframe.DataFrame
        Lazy; partitions, divisions and index of ``ddf``; columns and dtypes of
        :func:`credscore.frame.score_frame`. ``compute()`` gives what ``score_frame`` gives
        on ``ddf.compute()``.

    Raises
    ------
    MissingExtraError
        Dask is not installed (``pip install 'credscore[dask]'``).
    InputError
        ``ddf`` is not a Dask DataFrame, or a named column is not in it.

    Examples
    --------
    >>> from credscore.integrations.dask import score_dask
    >>> ddf = dd.read_parquet("s3://bucket/articles/")  # doctest: +SKIP
    >>> score_dask(ddf, id_column="url").to_parquet("s3://bucket/scores/")  # doctest: +SKIP
    """
    require("dask.dataframe", "dask")
    import dask.dataframe as dd

    if not isinstance(ddf, dd.DataFrame):
        raise InputError(f"score_dask needs a Dask DataFrame, not {type(ddf).__name__}")
    check_columns(ddf.columns, text_column, id_column)
    id_dtype = ddf.index.dtype if id_column is None else ddf[id_column].dtype
    # The input's own (empty) index keeps the output's index dtype and name those of ddf.
    meta = empty_frame(explain, id_dtype, index=ddf._meta.index)
    needed = [text_column] if id_column in (None, text_column) else [text_column, id_column]
    # Resolved here, on the client: a relative path means the same file on every worker.
    model_path = None if model is None else str(Path(model).resolve())
    return ddf[needed].map_partitions(
        _score_partition,
        text_column,
        id_column,
        bool(explain),
        model_path,
        bool(trust_model),
        meta=meta,
    )
