"""Scoring many texts on several processes, in order, with flat memory.

How it works:

* the texts are read lazily, :data:`CHUNK` at a time; a chunk is the unit of work sent
  to a worker process, and at most ``2 * n_jobs + 1`` chunks are in flight, so memory
  stays flat however long the input;
* the worker processes are started once per call (a
  :class:`concurrent.futures.ProcessPoolExecutor`), each given the scorer once by its
  initializer; on Linux they are forked, so the model is not even copied (elsewhere the
  scorer is pickled once per worker: call from under ``if __name__ == "__main__":``);
* results come back in input order, chunk after chunk; a text that cannot be scored
  gives its :class:`~credscore.errors.CredscoreError` in its place (a ``ValueError`` or
  ``TypeError`` from :meth:`~credscore.model.Scorer.score`, e.g. an empty text, becomes an
  :class:`~credscore.errors.InputError` with the same message);
* ``n_jobs=1``, or an input that fits in one chunk, runs in this process: no worker is
  started. Results are the same whatever ``n_jobs`` (each text is scored by the same
  code, independently of the others);
* workers ignore Ctrl-C (SIGINT): the caller decides what an interruption means.

:func:`map_chunks` is the engine; :func:`score_many` (reports) and
:func:`credscore.batch.run` (rows, made in the workers so that only small rows travel
back) are built on it.
"""

from __future__ import annotations

import itertools
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import CredscoreError, InputError

if TYPE_CHECKING:
    from concurrent.futures import Future

    from ..report import Report
    from ..scorer import Scorer

__all__ = ["CHUNK", "WorkersStopped", "map_chunks", "resolve_jobs", "score_many", "score_one"]

#: Texts per unit of work: large enough that sending a chunk to a worker costs nothing
#: next to scoring it (about 25 ms a 570-word article; parallel scoring uses 1% more CPU
#: than serial), small enough that Ctrl-C is answered within a chunk.
CHUNK = 16

T = TypeVar("T")
R = TypeVar("R")


class WorkersStopped(RuntimeError):
    """A worker process ended abruptly (killed by a signal or out of memory)."""


#: The settings of a worker process (set once by :func:`_init_worker`, in that process).
_WORKER: dict[str, Any] = {}


def resolve_jobs(n_jobs: int | None) -> int:
    """The number of processes ``n_jobs`` asks for: None or -1 is every core, -2 all but one.

    >>> resolve_jobs(1), resolve_jobs(None) == (os.cpu_count() or 1)
    (1, True)
    """
    cores = os.cpu_count() or 1
    if n_jobs is None:
        return cores
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise ValueError(f"n_jobs must be a positive number of processes, or -1, not {n_jobs!r}")
    return n_jobs if n_jobs > 0 else max(1, cores + 1 + n_jobs)


def score_one(
    scorer: Scorer, text: Any, explain: bool = False, publisher: str | None = None
) -> Report | CredscoreError:
    """The report of one text, or the error that says why it cannot be scored."""
    try:
        return scorer.score(text, publisher=publisher, explain=explain)
    except CredscoreError as exc:
        return exc
    except (ValueError, TypeError) as exc:
        return InputError(str(exc))


def _init_worker(state: dict[str, Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER.clear()
    _WORKER.update(state)


def _in_worker(fn: Callable[[dict[str, Any], list[T]], list[R]], chunk: list[T]) -> list[R]:
    return fn(_WORKER, chunk)


def _context() -> Any:
    import multiprocessing

    # fork: the workers share the parent's loaded model and warm caches, and start in
    # milliseconds. (Python 3.14 made forkserver the default on Linux; fork is still safe
    # here: no thread of ours runs when the workers are forked.)
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()


def map_chunks(
    fn: Callable[[dict[str, Any], list[T]], list[R]],
    items: Iterable[T],
    state: dict[str, Any],
    n_jobs: int | None = None,
    chunk: int = CHUNK,
) -> Iterator[list[R]]:
    """``fn(state, c)`` for each chunk ``c`` of ``items``, in order, on ``n_jobs`` processes.

    ``fn`` must be a module-level function (workers receive it by name); ``state`` is
    given to each worker once. At most ``2 * n_jobs + 1`` chunks are in flight.
    """
    jobs = resolve_jobs(n_jobs)
    it = iter(items)
    first = list(itertools.islice(it, chunk))
    if not first:
        return
    second = list(itertools.islice(it, chunk)) if jobs > 1 else []
    if jobs == 1 or not second:
        yield fn(state, first)
        if second:
            yield fn(state, second)
        for c in iter(lambda: list(itertools.islice(it, chunk)), []):
            yield fn(state, c)
        return
    # The first chunk is scored here, before the workers are forked: it loads the lexicons,
    # compiles the patterns and fills the caches once, and every worker inherits them warm
    # instead of paying for them again.
    yield fn(state, first)
    chunks = itertools.chain((second,), iter(lambda: list(itertools.islice(it, chunk)), []))
    # Imported here: a run that needs no worker does not pay for multiprocessing.
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init_worker, initargs=(state,)
    )
    pending: deque[Future[list[R]]] = deque()

    def result() -> list[R]:
        try:
            return pending.popleft().result()
        except BrokenProcessPool as exc:
            raise WorkersStopped(f"a worker process ended abruptly: {exc}") from None

    try:
        for c in chunks:
            pending.append(pool.submit(_in_worker, fn, c))
            if len(pending) > 2 * jobs:
                yield result()
        while pending:
            yield result()
    finally:
        # Stopped early (an interruption, an error): drop the queued chunks and do not wait
        # for the running ones (the workers end once their chunk is done).
        for f in pending:
            f.cancel()
        pool.shutdown(wait=not pending, cancel_futures=True)


def _reports(state: dict[str, Any], texts: list[Any]) -> list[Report | CredscoreError]:
    return [score_one(state["scorer"], t, state["explain"], state["publisher"]) for t in texts]


def score_many(
    scorer: Scorer,
    texts: Iterable[str],
    n_jobs: int | None = None,
    explain: bool = False,
    publisher: str | None = None,
) -> Iterator[Report | CredscoreError]:
    """Score many texts, in input order, on ``n_jobs`` processes; a generator.

    Parameters
    ----------
    scorer : Scorer
        The model (:meth:`credscore.Scorer.load`).
    texts : iterable of str
        Read lazily, :data:`CHUNK` at a time: it may be a generator larger than memory.
    n_jobs : int, optional
        Worker processes: None (default) or -1 for every core; 1 scores in this process.
    explain : bool, default False
        Build each report's explanation (slower).
    publisher : str, optional
        The articles' own outlet, for all of them.

    Yields
    ------
    Report or CredscoreError
        One per text, in order: the report, or the error saying why the text could not
        be scored (one bad text never stops the others).

    Examples
    --------
    >>> from credscore import Scorer
    >>> texts = ["Officials said the bridge over the river may close next week.", ""]
    >>> results = list(score_many(Scorer.load(), texts, n_jobs=1))
    >>> type(results[0]).__name__, str(results[1])
    ('Report', 'not enough text to score: no words, at least 10 needed')
    """
    state = {"scorer": scorer, "explain": explain, "publisher": publisher}
    for results in map_chunks(_reports, texts, state, n_jobs):
        yield from results
