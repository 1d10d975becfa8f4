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
