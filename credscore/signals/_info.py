"""What a signal is, declared once in its module: :class:`SignalInfo`."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SignalInfo"]

_NAME = re.compile(r"[a-z][a-z_]*")


@dataclass(frozen=True)
class SignalInfo:
    """A signal's metadata: its name, how reports call it, and what its evidence is about.

    Every signal module exports one, as ``SIGNAL``; :data:`credscore.signals.REGISTRY`
    pairs it with the module's extractor. What other modules need to know of a signal
    (which evidence is a source and of which kind, which is on the record, the reports'
    labels and legend) is derived from it, so that a signal's name, label and description
    are written once. Adding a signal means writing its module and one line of the
    registry; tests then ask for its examples (``tests/signals/examples.py``) and its
    colours in the HTML report, and a feature that counts it goes in
    :data:`credscore.features.FEATURES`.

    Attributes
    ----------
    name : str
        The name its evidence carries (:attr:`credscore.Evidence.signal`), e.g. ``"hedge"``.
    label : str
        A short name shown to readers, e.g. ``"anonymous source"`` (the HTML legend and
        the title of a highlighted span).
    description : str
        What it marks, in plain words, e.g. ``"uncertainty about a claim"`` (the HTML legend).
    source_kind : str, optional
        For a signal whose evidence is a source of the article (a mention of who or what
        a claim comes from): the kind of source, in plain words, as the sources table
        shows it (``"named"``, ``"unnamed"``, ``"organisation"``, ``"other outlet"``).
        ``None`` for every other signal.
    credential : bool, default False
        Its evidence describes a source's credentials (``expert_source``): it is about
        a source, but not a source of its own, so it has no ``source_kind``.
    on_record : bool, default False
        A sentence with its evidence says on the record who or what a claim comes from
        (named people, organisations, outlets, experts' credentials; not unnamed sources).

    Examples
    --------
    >>> info = SignalInfo("hedge", "hedge", "uncertainty about a claim")
    >>> info.about_source, info.source_kind
    (False, None)
    >>> named = SignalInfo("named_source", "named source", "a person named", source_kind="named")
    >>> named.about_source
    True
    """

    name: str
    label: str
    description: str
    source_kind: str | None = None
    credential: bool = False
    on_record: bool = False

    def __post_init__(self) -> None:
        if not _NAME.fullmatch(self.name):
            raise ValueError(f"a signal name is lower case with underscores, not {self.name!r}")
        if not self.label or not self.description:
            raise ValueError(f"signal {self.name!r} needs a label and a description")
        if self.credential and self.source_kind is not None:
            raise ValueError(f"signal {self.name!r}: a credential is not a kind of source")

    @property
    def about_source(self) -> bool:
        """Whether its evidence is about a source: a source mention or its credentials."""
        return self.source_kind is not None or self.credential
