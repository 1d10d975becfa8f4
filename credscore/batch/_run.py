"""``credscore score``: read the inputs, score them in parallel, write rows, sum up.

:func:`run` is the whole command (the command line only parses the options into a
:class:`BatchOptions`). Its steps:

1. check the options, the inputs and the output before anything is loaded (a usage
   error costs no model load and leaves no file);
2. load the model;
3. open the output (with ``resume``, copy the finished rows and learn their ids);
4. stream the records (:func:`credscore.batch.inputs.iter_records`) through the workers
   (:func:`credscore.batch._parallel.map_chunks`), which turn each into its row;
5. write each chunk of rows as it comes back, in order, with a progress bar on a
   terminal;
6. commit the output and print a summary on standard error.

Interruption: the first Ctrl-C (SIGINT) or SIGTERM only sets a flag, checked after each
chunk is written; the chunks still in the workers are dropped (they are scored again on
``--resume``), the output is committed (renamed into place, valid, with every row written
so far, in order), the summary says how far it got, and the exit code is 130 (SIGINT) or
143 (SIGTERM). With one job the answer comes within one chunk (16 articles, under a second);
with several, as soon as the next chunk comes back. A second Ctrl-C stops at once: the
output is cut back to the end of its last complete chunk and committed all the same. A
SIGTERM sent to the whole process group (``kill -TERM -PGID``, a container stopping) ends
the workers too, and is handled the same way. A worker that dies without a signal to this
process (killed alone, out of memory) is a failure: the output is discarded (an existing
file keeps its content) and the error is raised.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, fields, replace
from types import FrameType
from typing import IO, TYPE_CHECKING, Any

from .._io import DEFAULT_MAX_BYTES, check_output_path
from .._safe import printable as _printable
from ..errors import (
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_MODEL,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_TERMINATED,
    CredscoreError,
    InputError,
    ModelLoadError,
)
from ..rows import error_row, report_row
from ._parallel import WorkersStopped, map_chunks, resolve_jobs, score_one
from .inputs import (
    DEFAULT_GLOBS,
    Record,
    check_inputs,
    count_hint,
    iter_records,
    reduce_html,
)
from .outputs import FileOutput, StdoutOutput, output_format

if TYPE_CHECKING:
    from ..scorer import Scorer

__all__ = [
    "EXIT_INPUT",
    "EXIT_INTERRUPTED",
    "EXIT_MODEL",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_TERMINATED",
    "BatchOptions",
    "run",
]


def _printable_line(s: str) -> str:
    """``s`` on one line, every control character escaped (for a terminal)."""
    return _printable(s, keep_layout=False)


_EXAMPLES_OF_FAILURE = 3


@dataclass
class BatchOptions:
    """The options of ``credscore score`` (see ``credscore score --help``)."""

    inputs: list[str]
    globs: list[str] | None = None
    paths_from: str | None = None
    text_column: str | None = None
    id_column: str | None = None
    out: str | None = None
    force: bool = False
    resume: bool = False
    format: str | None = None
    explain: bool = False
    jobs: int | None = None
    quiet: bool = False
    publisher: str | None = None
    model: str | None = None
    trust_model: bool = False
    max_bytes: int | None = None  # None: credscore._io.DEFAULT_MAX_BYTES

    @classmethod
    def from_namespace(cls, ns: Any) -> BatchOptions:
        """The options of an :class:`argparse.Namespace` (attributes of the same names)."""
        return cls(**{f.name: getattr(ns, f.name) for f in fields(cls) if hasattr(ns, f.name)})


def _rows(state: dict[str, Any], records: list[Record]) -> list[dict[str, Any]]:
    """The rows of a chunk of records (run in the workers)."""
    explain = state["explain"]
    out = []
    for rec in records:
        rec = reduce_html(rec)
        if rec.error is not None or rec.text is None:
            out.append(error_row(rec.id, rec.error or "no text", explain))
            continue
        result = score_one(state["scorer"], rec.text, explain, state["publisher"])
        if isinstance(result, CredscoreError):
            out.append(error_row(rec.id, str(result), explain))
        else:
            out.append(report_row(result, rec.id, explain))
    return out


def _chunks(
    records: Iterator[Record], state: dict[str, Any], jobs: int | None
) -> Generator[list[dict[str, Any]], None, None]:
    yield from map_chunks(_rows, records, state, jobs)


class _Stop:
    """The first SIGINT or SIGTERM sets ``signum``; a second SIGINT raises KeyboardInterrupt."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self._old: dict[int, Any] = {}

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        del frame
        if self.signum is not None and signum == signal.SIGINT:
            raise KeyboardInterrupt
        self.signum = signum

    def __enter__(self) -> _Stop:
        if threading.current_thread() is threading.main_thread():
            for s in (signal.SIGINT, signal.SIGTERM):
                self._old[s] = signal.signal(s, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for s, old in self._old.items():
            signal.signal(s, old)


def _progress(total: int | None, stream: IO[str], quiet: bool) -> Any:
    """A tqdm bar on a terminal, else None."""
    if quiet or not (hasattr(stream, "isatty") and stream.isatty()):
        return None
    from tqdm import tqdm

    class _Bar(tqdm):
        monitor_interval = 0  # no monitor thread: workers are forked after the bar starts

    return _Bar(total=total, unit=" records", file=stream, dynamic_ncols=True, mininterval=0.5)


def _check(o: BatchOptions) -> None:
    """Usage errors, before anything is loaded or written (InputError or OutputError)."""
    if o.max_bytes is None or o.max_bytes < 1:
        raise InputError(f"--max-bytes must be at least 1, not {o.max_bytes}")
    try:
        resolve_jobs(o.jobs)
    except ValueError as exc:
        raise InputError(f"--jobs: {exc}") from None
    if o.resume and o.force:
        raise InputError("--resume adds to the output, --force replaces it: choose one")
    if o.out in (None, "-"):
        if o.resume:
            raise InputError("--resume needs an output file (-o FILE)")
    else:
        if o.format is not None:
            raise InputError(
                "--format is for standard output; -o takes the format from the file's "
                "extension (.csv, .tsv, .jsonl, .parquet)"
            )
        output_format(o.out)
        sources = [*o.inputs, *([o.paths_from] if o.paths_from not in (None, "-") else [])]
        check_output_path(o.out, sources, force=o.force or o.resume)
    check_inputs(o.inputs, o.paths_from, o.text_column, o.id_column)


def _rate(n: int, seconds: float) -> str:
    return f"{n / seconds:,.0f} records/s" if seconds > 0 else "-"


def run(
    options: BatchOptions,
    load_scorer: Callable[[], Scorer] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run ``credscore score`` with ``options``; return the exit code.

    Parameters
    ----------
    options : BatchOptions
    load_scorer : callable, optional
        Returns the model (default: :meth:`credscore.Scorer.load` of ``options.model``).
    stdout, stderr : text streams, optional
        Default: :data:`sys.stdout` and :data:`sys.stderr`.

    Returns
    -------
    int
        0: every record scored; 1: some records failed (their rows have ``error``);
        2: bad usage or input (nothing written); 3: the model could not be loaded;
        130 / 143: interrupted by Ctrl-C / SIGTERM after writing the rows so far.
    """
    o = options
    if o.max_bytes is None:
        o = replace(o, max_bytes=DEFAULT_MAX_BYTES)
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr

    def say(msg: str) -> None:
        print(f"credscore score: {msg}", file=stderr)

    try:
        _check(o)
    except CredscoreError as exc:
        print(f"credscore: error: {_printable_line(str(exc))}", file=stderr)
        return EXIT_INPUT
    try:
        if load_scorer is not None:
            scorer = load_scorer()
        else:
            from ..scorer import Scorer

            scorer = Scorer.load(o.model, trust=o.trust_model)
    except ModelLoadError as exc:
        print(f"credscore: error: {_printable_line(str(exc))}", file=stderr)
        return EXIT_MODEL

    to_file = o.out not in (None, "-")
    sink: FileOutput | StdoutOutput
    if to_file:
        assert o.out is not None
        sink = FileOutput(o.out, explain=o.explain, resume=o.resume)
    else:
        fmt = o.format or ("table" if stdout.isatty() else "text")
        sink = StdoutOutput(fmt, explain=o.explain, stream=stdout, errors=stderr)
    try:
        done = sink.open()
    except CredscoreError as exc:
        print(f"credscore: error: {_printable_line(str(exc))}", file=stderr)
        return EXIT_INPUT

    skipped = 0

    def todo(records: Iterator[Record]) -> Iterator[Record]:
        nonlocal skipped
        for rec in records:
            if done and str(rec.id) in done:
                skipped += 1
                continue
            yield rec

    records = todo(
        iter_records(
            o.inputs,
            globs=o.globs or DEFAULT_GLOBS,
            paths_from=o.paths_from,
            text_column=o.text_column,
            id_column=o.id_column,
            max_bytes=o.max_bytes or DEFAULT_MAX_BYTES,
            exclude=[o.out] if to_file and o.out else [],
            reduce_html=False,
        )
    )
    state = {"scorer": scorer, "explain": o.explain, "publisher": o.publisher}
    total = count_hint(o.inputs, o.paths_from) if not done else None
    # Rows on a terminal show the progress themselves (and a bar would garble them).
    bar = _progress(total, stderr, o.quiet or (not to_file and stdout.isatty()))
    scored = failed = 0
    failures: list[str] = []
    hard_stop = False
    t0 = time.perf_counter()
    with _Stop() as stop:
        try:
            with contextlib.closing(_chunks(records, state, o.jobs)) as chunks:
                for rows in chunks:
                    sink.write(rows)
                    for row in rows:
                        if row["error"] is None:
                            scored += 1
                        else:
                            failed += 1
                            if len(failures) < _EXAMPLES_OF_FAILURE:
                                failures.append(f"{row['id']}: {row['error']}")
                    if bar is not None:
                        bar.update(len(rows))
                    if stop.signum is not None:
                        break
        except KeyboardInterrupt:
            hard_stop = True
        except WorkersStopped:
            # A signal sent to the whole process group (``kill -TERM -PGID``, a container
            # stop) ends the workers too: an interruption, not a failure.
            time.sleep(0.2)  # let this process's own handler run
            if stop.signum is None:
                sink.discard()
                raise
            hard_stop = True
        except CredscoreError as exc:
            sink.discard()
            print(f"credscore: error: {_printable_line(str(exc))}", file=stderr)
            return EXIT_INPUT
        except BaseException:
            sink.discard()
            raise
        finally:
            if bar is not None:
                bar.close()
        signum = stop.signum or (signal.SIGINT if hard_stop else None)
    seconds = time.perf_counter() - t0
    n = scored + failed
    if n == 0 and skipped == 0 and signum is None:
        sink.discard()
        globs = " ".join(o.globs or DEFAULT_GLOBS)
        print(f"credscore: error: no articles found in the inputs (--glob {globs})", file=stderr)
        return EXIT_INPUT
    try:
        sink.commit(interrupted=hard_stop)
    except CredscoreError as exc:
        print(f"credscore: error: {_printable_line(str(exc))}", file=stderr)
        return EXIT_INPUT

    where = f"; written to {_printable_line(o.out)}" if to_file and o.out else ""
    already = (
        f" ({skipped:,} already in {_printable_line(o.out or '')}, skipped)" if skipped else ""
    )
    counts = f"{n:,} record{'' if n == 1 else 's'}: {scored:,} scored, {failed:,} failed{already}"
    if signum is not None:
        name = "Ctrl-C" if signum == signal.SIGINT else "SIGTERM"
        kept = (
            f"; {_printable_line(o.out)} holds them: run again with --resume to score the rest"
            if to_file and o.out
            else ""
        )
        say(f"interrupted ({name}) after {counts} in {seconds:.1f} s{kept}")
        return EXIT_INTERRUPTED if signum == signal.SIGINT else EXIT_TERMINATED
    if not o.quiet:
        say(f"{counts} in {seconds:.1f} s ({_rate(n, seconds)}){where}")
        if failed and (to_file or sink.fmt != "text"):
            for f in failures:
                say(f"  failed: {_printable_line(f)}")
            if failed > len(failures):
                say(f"  ... and {failed - len(failures):,} more (see the error column)")
    return EXIT_PARTIAL if failed else EXIT_OK
