"""credscore: score how well a news article is sourced, offline, and explain why."""

from __future__ import annotations

from ._evidence import Evidence
from .signals import SIGNALS, extract

__version__ = "0.1.0"

__all__ = ["Evidence", "SIGNALS", "extract", "__version__"]
