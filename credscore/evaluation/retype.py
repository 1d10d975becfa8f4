"""Re-typing a text as a publishing system would: the typography changes, nothing else.

Used by the evaluation (:mod:`credscore.evaluation.protocol`, sections on re-typed texts) and
by the behavioural suite (``tests/behaviour``) to check that a score does not depend on how
quotes, apostrophes, dashes and ellipses were typed. Blog platforms and word processors
turn straight quotes curly as a text is published; wire services and many newsroom systems
keep them straight; a cleaned corpus may have either.

Examples
--------
>>> curly_typography('"It\\'s done," she said -- twice. \\'Fine.\\' ...')
'“It’s done,” she said — twice. ‘Fine.’ …'
>>> straight_typography("“It’s done,” she said — twice…")
'"It\\'s done," she said -- twice...'
"""

from __future__ import annotations

__all__ = ["RETYPINGS", "curly_typography", "straight_typography"]

# A quote after one of these (or at the start) opens; anywhere else it closes.
_OPENING_CONTEXT = " \t\r\n([{\u2014\u2013-"

_STRAIGHT = {
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2014": "--",
    "\u2013": "--",
    "\u2026": "...",
}


def curly_typography(text: str) -> str:
    """Straight quotes to curly ones, dashes typed as ``--`` or `` - `` to em dashes."""
    text = text.replace("--", "\u2014").replace(" - ", " \u2014 ").replace("...", "\u2026")
    out: list[str] = []
    for i, ch in enumerate(text):
        opening = i == 0 or text[i - 1] in _OPENING_CONTEXT
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
        elif ch == "'":
            out.append("\u2018" if opening else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def straight_typography(text: str) -> str:
    """Curly quotes to straight ones, em and en dashes to ``--``, the ellipsis to ``...``."""
    return "".join(_STRAIGHT.get(ch, ch) for ch in text)


#: The re-typings the evaluation applies, by name.
RETYPINGS = {"straight": straight_typography, "curly": curly_typography}
