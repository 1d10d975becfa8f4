"""One flat row per scored record: what batch output, DataFrames and Spark rows hold.

:func:`report_row` turns a :class:`~credscore.report.Report` into a plain ``dict`` of
scalars (id, score, probability, band, one count per signal and, when asked, the top
reasons); :func:`error_row` is the row of a record that could not be scored. Every row
has the same keys in the same order (:func:`row_columns`), so a table of rows has one
schema whether or not some records failed.

Examples
--------
>>> from credscore.rows import row_columns
>>> row_columns()[:5]
['id', 'score', 'probability', 'band', 'words']
>>> "reasons" in row_columns(explain=True)
True
"""

from __future__ import annotations

from typing import Any

from .report import Report
from .signals import SIGNALS

__all__ = ["COUNT_PREFIX", "row_columns", "report_row", "error_row"]

#: Prefix of the per-signal count columns: ``n_named_source``, ``n_hedge``, ...
COUNT_PREFIX = "n_"

#: How many reasons ``--explain`` keeps per row.
N_REASONS = 3


def row_columns(explain: bool = False) -> list[str]:
    """The keys of every row, in order (``reasons`` only with ``explain``)."""
    cols = ["id", "score", "probability", "band", "words"]
    cols += [f"{COUNT_PREFIX}{s}" for s in SIGNALS]
    if explain:
        cols.append("reasons")
    cols.append("error")
    return cols


def report_row(
    report: Report, id: Any = None, explain: bool = False, n_reasons: int = N_REASONS
) -> dict[str, Any]:
    """The row of a scored record.

    Parameters
    ----------
    report : Report
        The record's report (from :meth:`credscore.Scorer.score`).
    id : any, optional
        The record's id, copied into the ``id`` column.
    explain : bool, default False
        Add ``reasons``: the top ``n_reasons`` reasons as ``"text (+N points)"``, joined
        by ``" | "`` (the report must have been built with ``explain=True``).
    n_reasons : int, default 3

    Returns
    -------
    dict
        Keys as :func:`row_columns`; ``error`` is None. Score and probability are rounded
        to 2 and 4 decimals.
    """
    counts = dict.fromkeys(SIGNALS, 0)
    for e in report.evidence:
        if e.signal in counts:
            counts[e.signal] += 1
    row: dict[str, Any] = {
        "id": id,
        "score": round(float(report.score), 2),
        "probability": round(float(report.probability), 4),
        "band": report.label,
        "words": len(report.text.split()),
    }
    row.update({f"{COUNT_PREFIX}{s}": n for s, n in counts.items()})
    if explain:
        from .explain import reasons

        row["reasons"] = " | ".join(str(r) for r in reasons(report, limit=n_reasons))
    row["error"] = None
    return row


def error_row(id: Any, message: str, explain: bool = False) -> dict[str, Any]:
    """The row of a record that could not be scored: its id, ``error`` set, the rest empty."""
    row: dict[str, Any] = dict.fromkeys(row_columns(explain))
    row["id"] = id
    row["error"] = message
    return row
