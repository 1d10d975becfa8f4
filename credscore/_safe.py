"""Text that is safe to print: control characters from untrusted input made visible.

Article text, source names and file names come from outside. Printed raw, a few
characters act on the terminal instead of being shown: ``ESC [2J`` clears the screen,
``ESC ] 0 ; … BEL`` sets the window title, ``\\x9b`` (the one-byte CSI) starts a
colour sequence on some terminals, ``\\r`` overwrites the line, and the Unicode bidi
controls (U+202E RIGHT-TO-LEFT OVERRIDE, …) reorder what follows so the text shown is
not the text read. :func:`printable` replaces each of them by a visible escape
(``\\x1b``, ``\\u202e``) and leaves everything else, including accents, combining
marks and every script, as it is.

Escaped:

- C0 controls U+0000–U+001F (newline and tab kept unless ``keep_layout=False``), DEL;
- C1 controls U+0080–U+009F;
- bidi and format controls: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069;
- line and paragraph separators U+2028, U+2029 (they break lines where no newline is);
- lone surrogates U+D800–U+DFFF (from undecodable file names; printing them raises).

Not handled: zero-width joiners and spaces (U+200B–U+200D) are kept: they are part of
some scripts and emoji and cannot move the cursor. Backslashes are not doubled, so an
article that contains the four characters ``\\x1b`` prints the same as an escaped ESC;
the output is for reading, not for parsing back.

Examples
--------
>>> printable("Officials said\\x1b[2J the bridge may close.")
'Officials said\\\\x1b[2J the bridge may close.'
>>> print(printable("evil\\u202etxt.exe"))
evil\\u202etxt.exe
"""

from __future__ import annotations

import os
import re

__all__ = ["printable", "printable_name"]

# Every character that acts on a terminal or reorders text rather than showing itself.
_UNSAFE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (bar tab and newline), DEL, C1
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, isolates
    "\u2028\u2029"  # line and paragraph separators
    "\ud800-\udfff"  # lone surrogates
)
_ANY = re.compile(f"[{_UNSAFE}]")
_ANY_ALL = re.compile(f"[\t\n{_UNSAFE}]")


def _escape(c: int) -> str:
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}"


# Code point -> visible escape, for str.translate (a C loop: linear and fast).
_RANGES = [(0x00, 0x1F), (0x7F, 0x9F), (0x61C, 0x61C), (0x200E, 0x200F), (0x2028, 0x202E)]
_RANGES += [(0x2066, 0x2069), (0xD800, 0xDFFF)]
_TABLE_ALL = {c: _escape(c) for lo, hi in _RANGES for c in range(lo, hi + 1)}
_TABLE = {c: esc for c, esc in _TABLE_ALL.items() if chr(c) not in "\t\n"}


def printable(s: str, keep_layout: bool = True) -> str:
    """``s`` with every control character written as a visible escape.

    Linear in ``len(s)`` (about a second for 10 MB full of control characters): text
    without any is returned unchanged, the same object, after one scan.

    Parameters
    ----------
    s : str
        Untrusted text (an article, a quotation, a source name).
    keep_layout : bool, default True
        Keep newlines and tabs; with False they are escaped too (``\\n``, ``\\t``),
        for text that must stay on one line.

    Examples
    --------
    >>> printable("\\x1b]0;pwned\\x07Title")
    '\\\\x1b]0;pwned\\\\x07Title'
    >>> text = "caf\u00e9 \u2014 nai\u0308ve, \u4e2d\u6587\\n\\tok"
    >>> printable(text) is text
    True
    >>> printable("a\\r\\nb\\x9b31m", keep_layout=False)
    'a\\\\x0d\\\\x0ab\\\\x9b31m'
    >>> printable("a\\u202eb\\u2066c")
    'a\\\\u202eb\\\\u2066c'
    """
    pattern, table = (_ANY, _TABLE) if keep_layout else (_ANY_ALL, _TABLE_ALL)
    if pattern.search(s) is None:
        return s
    return s.translate(table)


def printable_name(path: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A file name for a message: on one line, control characters and bad bytes escaped.

    Newlines and tabs are escaped too, so a crafted file name cannot start a fake
    line of output; undecodable bytes (kept as lone surrogates by the file system
    encoding) are shown as ``\\udcXX`` instead of making ``print`` fail.

    Examples
    --------
    >>> printable_name("report\\n[ok] all good.txt")
    'report\\\\x0a[ok] all good.txt'
    >>> printable_name(b"caf\\xe9.txt")
    'caf\\\\udce9.txt'
    """
    return printable(os.fsdecode(path), keep_layout=False)
