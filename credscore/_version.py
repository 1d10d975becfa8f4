"""The version of credscore, written once (pyproject.toml reads it from here)."""

__version__ = "0.5.0"
