"""Careful file input and output: bounded reads, atomic writes, output-path checks.

Every file credscore writes goes to a temporary file in the destination's folder and is
renamed into place only once it is complete, so a failure part-way (a full disk, an
interrupt) never leaves a truncated file where a good one was. Reads are bounded, so the
endless zero device or a giant file cannot exhaust memory.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> atomic_write_text(d / "a.txt", "hello")
>>> (d / "a.txt").read_text()
'hello'
>>> read_bounded(str(d / "a.txt"), max_bytes=3)
(b'hel', True)
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from .errors import InputError, OutputError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "atomic_open",
    "atomic_write_bytes",
    "atomic_write_text",
    "atomic_write_many",
    "check_output_path",
    "keep_mode",
    "read_bounded",
]

#: Default cap on the bytes read from one input (10 MiB): far more than any article.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


def _fail(path: str | Path, exc: OSError) -> OutputError:
    return OutputError(f"{path}: cannot write: {exc.strerror or exc}")


@contextlib.contextmanager
def atomic_open(
    path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Open a temporary file next to ``path``; rename it onto ``path`` when the block ends.

    If the block raises (or the write fails), the temporary file is removed and ``path``
    keeps whatever it held before.

    Parameters
    ----------
    path : str or Path
        The final file.
    mode : {"w", "wb"}, default "w"
    encoding : str, default "utf-8"
        Text encoding (ignored for ``"wb"``).
    newline : str, optional
        As for :func:`open`.

    Raises
    ------
    OutputError
        The folder does not exist or the file cannot be written.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"mode must be 'w' or 'wb', not {mode!r}")
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _fail(path, exc) from None
    try:
        if mode == "wb":
            fh: IO[Any] = os.fdopen(fd, "wb")
        else:
            fh = os.fdopen(fd, "w", encoding=encoding, newline=newline)
        with fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        keep_mode(target, tmp)
        os.replace(tmp, target)
    except OSError as exc:
        _discard(tmp)
        raise _fail(path, exc) from None
    except BaseException:
        _discard(tmp)
        raise


def keep_mode(target: Path, tmp: str) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def atomic_write_text(path: str | Path, content: str, encoding: str = "utf-8") -> None:
    """Write ``content`` to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, "w", encoding=encoding) as fh:
        fh.write(content)


def atomic_write_bytes(path: str | Path, content: bytes) -> None:
    """Write ``content`` to ``path`` atomically (see :func:`atomic_open`)."""
    with atomic_open(path, "wb") as fh:
        fh.write(content)


def atomic_write_many(files: Sequence[tuple[str | Path, bytes]]) -> None:
    """Write several files together: all are written in full before any is renamed.

    Used for a model and its card: a failure while writing either leaves both old
    files as they were. (The renames themselves are one after another; each is atomic.)
    """
    tmps: list[tuple[str, Path]] = []
    try:
        for path, content in files:
            target = Path(path)
            try:
                fd, tmp = tempfile.mkstemp(
                    prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
                )
            except OSError as exc:
                raise _fail(path, exc) from None
            tmps.append((tmp, target))
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(content)
                    fh.flush()
                    os.fsync(fh.fileno())
                keep_mode(target, tmp)
            except OSError as exc:
                raise _fail(path, exc) from None
        for tmp, target in tmps:
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise _fail(target, exc) from None
    finally:
        for tmp, _ in tmps:
            if os.path.exists(tmp):
                _discard(tmp)


def check_output_path(
    out: str | Path, inputs: Sequence[str | Path] = (), force: bool = False
) -> None:
    """Refuse an output path that is one of the inputs, or that exists without ``force``.

    Raises
    ------
    OutputError
        ``out`` is (or resolves to) an input file, is a directory, or exists and
        ``force`` is False.
    """
    target = Path(out)
    for src in inputs:
        if str(src) == "-":
            continue
        try:
            same = Path(src).exists() and target.exists() and os.path.samefile(src, target)
        except OSError:
            same = False
        if same or Path(src).resolve() == target.resolve():
            raise OutputError(f"{out}: is an input; refusing to overwrite it (choose another -o)")
    if target.is_dir():
        raise OutputError(f"{out}: is a directory; give a file name")
    if target.exists() and not force:
        raise OutputError(f"{out}: already exists; pass --force to overwrite it")


def read_bounded(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[bytes, bool]:
    """Read at most ``max_bytes`` from a file, or from standard input for ``"-"``.

    Reads in chunks and stops at the bound, so devices that never end and giant files
    cost at most ``max_bytes`` of memory.

    Returns
    -------
    (bytes, bool)
        The bytes read, and whether the input was longer than ``max_bytes``.

    Raises
    ------
    InputError
        The path is missing, a directory, or cannot be read.
    """
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be at least 1, not {max_bytes}")
    try:
        if path == "-":
            return _read_stream(sys.stdin.buffer, max_bytes)
        p = Path(path)
        if p.is_dir():
            raise InputError(f"{path}: is a directory, not a text file")
        with p.open("rb") as fh:
            return _read_stream(fh, max_bytes)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a text file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _read_stream(fh: IO[bytes], max_bytes: int) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    left = max_bytes + 1
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    data = b"".join(chunks)
    if len(data) > max_bytes:
        return data[:max_bytes], True
    return data, False
