"""Batch scoring: many articles, folders and tables in, one row per article out.

* :func:`score_many`: score an iterable of texts on several processes, in order, lazily
  (what :meth:`credscore.Scorer.score_many` calls);
* :func:`run` and :class:`BatchOptions`: the ``credscore score`` command;
* :mod:`credscore.batch.inputs`: files, folders, lists of paths, standard input, CSV,
  TSV, JSON Lines and Parquet tables, HTML, as a stream of records;
* :mod:`credscore.batch.outputs`: rows to CSV, TSV, JSON Lines or Parquet (atomically,
  resumable) or to standard output.

Nothing heavy is imported here: pandas, pyarrow, trafilatura and tqdm are imported only
when a Parquet table, an HTML page or a progress bar needs them.
"""

from __future__ import annotations

from ._parallel import score_many
from ._run import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_MODEL,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_TERMINATED,
    BatchOptions,
    run,
)

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_MODEL",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_TERMINATED",
    "BatchOptions",
    "run",
    "score_many",
]
