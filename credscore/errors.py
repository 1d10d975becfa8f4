"""The errors credscore raises on purpose, under one base class.

Everything the library raises deliberately (bad input, a model it will not load, data
it cannot train on, an output it will not write) is a :class:`CredscoreError`, so a
caller can catch them all in one place; anything else escaping credscore is a bug.
The command line maps each class to an exit code (see :mod:`credscore.cli`).

This module imports nothing heavy: the command line imports it before anything else.

Examples
--------
>>> from credscore.errors import CredscoreError, InputError
>>> issubclass(InputError, CredscoreError)
True
"""

from __future__ import annotations

__all__ = [
    "EXIT_DATA",
    "EXIT_INPUT",
    "EXIT_INTERNAL",
    "EXIT_INTERRUPTED",
    "EXIT_MODEL",
    "EXIT_OK",
    "EXIT_PARTIAL",
    "EXIT_TERMINATED",
    "exit_code",
    "CredscoreError",
    "InputError",
    "NotEnoughTextError",
    "OutputError",
    "ModelLoadError",
    "DataError",
]


class CredscoreError(Exception):
    """Base class of every error credscore raises on purpose; the message says what to do."""


class InputError(CredscoreError, ValueError):
    """An input the user gave cannot be used (missing, unreadable, not text, too large)."""


class NotEnoughTextError(InputError):
    """The text has too few words to score ("not enough text to score")."""


class OutputError(CredscoreError):
    """An output cannot be written (it would overwrite the input, exists, or the disk failed)."""


class ModelLoadError(CredscoreError, RuntimeError):
    """A model file is missing, unverified, corrupt, or not a credscore model."""


class DataError(CredscoreError):
    """Training or evaluation data cannot be used; the message says what is wrong."""


#: Exit codes of the ``credscore`` command line, in one place (documented in
#: :mod:`credscore.cli`): success; some records of a batch failed; bad usage, input or output;
#: the model could not be loaded; the data could not be used; an internal error; Ctrl-C
#: (128 + SIGINT) and SIGTERM (128 + SIGTERM).
EXIT_OK, EXIT_PARTIAL, EXIT_INPUT, EXIT_MODEL, EXIT_DATA = 0, 1, 2, 3, 4
EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_TERMINATED = 70, 130, 143


def exit_code(exc: CredscoreError) -> int:
    """The exit code of an error: 3 for a model, 4 for data, 2 for everything else.

    >>> exit_code(ModelLoadError("x")), exit_code(DataError("x")), exit_code(InputError("x"))
    (3, 4, 2)
    """
    if isinstance(exc, ModelLoadError):
        return EXIT_MODEL
    if isinstance(exc, DataError):
        return EXIT_DATA
    return EXIT_INPUT
