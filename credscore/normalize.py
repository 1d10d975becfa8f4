"""One text normaliser in front of every signal, with offsets back to the text as given.

Signals run on :attr:`Normalized.text`; :func:`anchor` maps the evidence they find back
onto :attr:`Normalized.original`, so offsets and span texts always refer to the text the
caller gave. A text and its re-typed (curly or straight quotes, "--" or "—", "..." or
"…"), re-wrapped or CRLF copy normalise to the same string, hence give the same evidence.

Rules, applied in this order:

1. **Unicode forms.** Each character cluster (a base character and the combining marks
   after it, at most 30 marks as in the Stream-Safe Text Format of Unicode UAX #15) is
   put in NFKC form (UAX #15): canonical composition ("e" + U+0301 -> "é"), ligatures
   ("ﬁ" -> "fi"), full-width forms ("ＡＢＣ" -> "ABC"), no-break and other spaces -> space.
   Marks never attach to white space.
2. **Quote marks** (:data:`DOUBLE_QUOTES`, :data:`SINGLE_QUOTES`): “ ” „ ‟ « » ″ and the
   like -> ``"``; ‘ ’ ‚ ‛ ′ ‹ › and the backtick -> ``'``. The set is the Unicode General
   Punctuation quotation marks (U+2018-U+201F), the guillemets and the primes typed for
   quotes, as in the "unsmarten" tables of calibre and ftfy's ``uncurl_quotes``. The
   U+2010 and U+2011 hyphens and the U+2212 minus sign become ``-`` (:data:`HYPHENS`).
   "…" becomes "..." (:data:`ELLIPSES`).
3. **White space.** CRLF, CR and the other line separators of :meth:`str.splitlines`
   are line breaks (U+2029, the paragraph separator, counts as two). Within a run of
   white space: no line break -> one space; one line break -> ``"\\n"`` (so trailing and
   leading spaces of lines go); two or more -> ``"\\n\\n"``, a paragraph break. White space
   at the start and end of the text is dropped.
4. **Dashes and ellipses.** An em dash, a horizontal bar, an en or figure dash used as a
   dash, a run of two or three hyphens ("--", "---"), and a hyphen with white space (or
   the text's edge) on both sides (" - ") all become :data:`DASH`, "—", with one space on
   each side: "word—word", "word -- word" and "word – word" give "word — word". An en or
   figure dash between two letters or digits is a range or compound ("2019–2021",
   "Paris–Berlin", the en dash of the Chicago Manual of Style) and becomes a hyphen,
   "2019-2021", as typed on a keyboard. Hyphens inside words ("well-known", "7-2"),
   hyphens touching a word on one side ("-5", "pre- and post-war") and runs of four or
   more hyphens (rules) are left alone. Dots separated by single spaces or line breaks
   (". . .") become "...".
5. **Hard wraps.** A single line break inside a paragraph becomes a space when

   * the line before does not end a sentence (``. ! ? : ;``, possibly followed by closing
     quotes or brackets) and the next line starts with a lowercase letter or a digit:
     always, a wrap is clear; or
   * the document is hard-wrapped: at least :data:`WRAP_MIN_LINES` lines end at a single
     line break, more than half of them are at least :data:`WRAP_LONG_LINE` characters
     long and no line is longer than :data:`WRAP_MAX_LINE` characters (mail and text
     editors wrap at 70 to 78 columns: RFC 5322 2.1.1, RFC 3676, Python's ``textwrap``).
     This is judged on the lines as they stand and, failing that, on the lines with the
     first rule's joins made (as normalising again would see them: ``normalize`` stays
     idempotent).

   Otherwise the break stays, e.g. after a headline ("Bridge to close\\nOfficials said").
   A break after a hyphen inside a word ("well-\\nknown") is joined without a space and
   the hyphen is kept: words are not de-hyphenated.

Everything runs in one pass per rule over the text with regular expressions free of
nested or overlapping quantifiers, so normalising takes time linear in the text's
length. ``normalize`` is idempotent: ``normalize(normalize(t).text).text ==
normalize(t).text`` (for texts with at most 30 combining marks on a character).

Offsets: every character of the normalised text records the span of the original text
it came from (the whole cluster, white-space run, "--" or ". . ." it replaced; characters
added around a dash record an empty span at the dash's edge). :meth:`Normalized.span`
maps a normalised span to the original span covering every character that produced it,
so an evidence span never ends between a letter and its combining accent.

Examples
--------
>>> norm = normalize("“We’re ready”--the mayor\\r\\nsaid…")
>>> norm.text
'"We\\'re ready" — the mayor said...'
>>> start = norm.text.index("mayor")
>>> norm.span(start, start + 5)
(19, 24)
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ._evidence import Evidence

__all__ = [
    "DASH",
    "DOUBLE_QUOTES",
    "ELLIPSES",
    "HYPHENS",
    "SINGLE_QUOTES",
    "Normalized",
    "anchor",
    "normalize",
]

# Quote marks typed for double quotes -> '"': the General Punctuation double quotation
# marks U+201C-U+201F, the guillemets, the double primes often typed for quotes, and the
# CJK double prime quotation marks. (Full-width '＂' needs no entry: NFKC makes it '"'.)
DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u2036\u301d\u301e\u301f"
# Quote marks and apostrophes typed for single quotes -> "'": U+2018-U+201B, the single
# guillemets, the primes and the backtick (`quoted' in old plain text).
SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u2035`"
# Hyphens that are not the ASCII hyphen-minus -> "-": hyphen, non-breaking hyphen (NFKC
# turns it into the hyphen) and the minus sign.
HYPHENS = "\u2010\u2011\u2212"
# The horizontal ellipsis -> three full stops (NFKC does the same; listed to be explicit).
ELLIPSES = {"\u2026": "..."}
# Dashes used as dashes, all written as DASH with a space on each side: figure dash, en
# dash, em dash, horizontal bar. The first two are a hyphen between letters or digits.
DASHES = "\u2012\u2013\u2014\u2015"
RANGE_DASHES = "\u2012\u2013"
DASH = "\u2014"
# Line breaks, as str.splitlines knows them; the paragraph separator counts as two.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
# A line ending in one of these, before any closing quotes or brackets, ends a sentence.
SENTENCE_FINAL = ".!?:;"
CLOSERS = "\"')]}"
# Hard-wrap detection (rule 5).
WRAP_MIN_LINES = 2
WRAP_LONG_LINE = 40
WRAP_MAX_LINE = 110
# At most this many combining marks are normalised with their base (UAX #15, Stream-Safe
# Text Format); longer runs are normalised in chunks, which keeps the time linear.
MAX_MARKS = 30

# Characters replaced by a table rather than by NFKC (NFKC would make '″' two primes).
_TABLE: dict[str, str] = {
    **{c: '"' for c in DOUBLE_QUOTES},
    **{c: "'" for c in SINGLE_QUOTES},
    **{c: "-" for c in HYPHENS},
    **ELLIPSES,
}
_TRANSLATE = str.maketrans(_TABLE)

# Characters stage 1 must look at: anything not ASCII, and the backtick.
_NOT_PLAIN = re.compile(r"[^\x00-\x5f\x61-\x7f]")
# Where a white-space run other than a single space starts (but for a space before it).
_WS_START = re.compile(r"[^\S ]|  ")
_WS = re.compile(r"\s*")
_LINE_BREAK = re.compile(r"\r\n|[" + LINE_BREAKS + "]")
# After white space is canonical: spaced dots, hyphen runs, dash characters.
_PUNCT = re.compile(r"\.(?:[ \n]\.){2,}|-+|[" + DASHES + "]")
# The same without spaced dots: a single character class, which the engine scans fast.
_DASH_START = re.compile("[-" + DASHES + "]")
_HYPHEN_RUN = re.compile("-*")


def _is_mark(c: str) -> bool:
    return c > "\u02ff" and unicodedata.category(c)[0] == "M"


@lru_cache(maxsize=4096)
def _cluster(cluster: str) -> str:
    """A cluster's normalised form: the table for single characters, else NFKC."""
    if len(cluster) == 1 and cluster in _TABLE:
        return _TABLE[cluster]
    return unicodedata.normalize("NFKC", cluster).translate(_TRANSLATE)


@dataclass(frozen=True)
class Normalized:
    """A normalised text, the text as given, and the map between their offsets.

    Build it with :func:`normalize`. ``_starts[i]`` and ``_ends[i]`` are the span of
    ``original`` that produced ``text[i]`` (empty for a space added beside a dash).
    """

    text: str
    original: str
    _starts: array = field(repr=False, compare=False)
    _ends: array = field(repr=False, compare=False)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to the original span producing it.

        The original span covers every original character that produced a character of
        ``text[start:end]``; an empty span maps to an empty span at :meth:`offset`.

        >>> norm = normalize("Jose\\u0301 said")
        >>> norm.text, norm.span(0, 4)
        ('José said', (0, 5))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside 0..{len(self.text)}")
        if start == end:
            at = self.offset(start)
            return at, at
        return self._starts[start], self._ends[end - 1]

    def offset(self, i: int) -> int:
        """Map normalised offset ``i`` to the original offset where its character begins.

        ``i == len(text)`` maps to the end of the last character's origin.
        """
        n = len(self.text)
        if not 0 <= i <= n:
            raise ValueError(f"offset {i} outside 0..{n}")
        if i < n:
            return self._starts[i]
        return self._ends[n - 1] if n else 0


def normalize(text: str) -> Normalized:
    """Normalise ``text`` by the rules of this module, keeping the map to its offsets.

    Parameters
    ----------
    text : str
        The text as given.

    Returns
    -------
    Normalized

    Raises
    ------
    TypeError
        If ``text`` is not a string.

    Examples
    --------
    >>> normalize("Officials said\\nthe bridge -- built in 1931 -- may close . . .").text
    'Officials said the bridge — built in 1931 — may close ...'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    t, st, en = _characters(text)
    t, st, en = _white_space(t, st, en)
    t, st, en = _dashes(t, st, en)
    t, st, en = _line_breaks(t, st, en)
    return Normalized(t, text, st, en)


def anchor(evidence: list[Evidence], norm: Normalized) -> list[Evidence]:
    """Re-anchor evidence found in ``norm.text`` onto ``norm.original``.

    Offsets are mapped with :meth:`Normalized.span`, the text is the original slice,
    details are kept as they are; the order is unchanged.

    >>> norm = normalize("Officials\\u00a0said it\\u2019s safe.")
    >>> anchor([Evidence("hedge", 15, 19, "it's")], norm)[0].text
    'it’s'
    """
    original = norm.original
    out = []
    for e in evidence:
        start, end = norm.span(e.start, e.end)
        out.append(Evidence(e.signal, start, end, original[start:end], e.details))
    return out


# --- the stages: (text, starts, ends) -> (text, starts, ends) ---------------------------


class _Builder:
    """Accumulates output text and the original span of each output character."""

    __slots__ = ("parts", "starts", "ends")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")

    def copy(self, t: str, st: array, en: array, a: int, b: int) -> None:
        if a < b:
            self.parts.append(t[a:b])
            self.starts.extend(st[a:b])
            self.ends.extend(en[a:b])

    def put(self, s: str, start: int, end: int) -> None:
        self.parts.append(s)
        self.starts.extend([start] * len(s))
        self.ends.extend([end] * len(s))

    def done(self) -> tuple[str, array, array]:
        return "".join(self.parts), self.starts, self.ends


_IDS = array("q")


def _identity(a: int, b: int) -> array:
    """``array("q", range(a, b))``, sliced from a shared, growing array (a copy in C)."""
    global _IDS
    if b > len(_IDS):
        _IDS = array("q", range(max(b, 2 * len(_IDS), 1 << 16)))
    return _IDS[a:b]


def _characters(text: str) -> tuple[str, array, array]:
    """Rules 1 and 2: NFKC per cluster, quote, hyphen and ellipsis tables."""
    n = len(text)
    if text.isascii() and "`" not in text:
        return text, _identity(0, n), _identity(1, n + 1)
    parts: list[str] = []
    edits: list[tuple[int, int, int]] = []  # clusters not one character for one
    pos = 0
    m = _NOT_PLAIN.search(text)
    while m is not None:
        p = m.start()
        s = p
        if p > pos and _is_mark(text[p]) and not text[p - 1].isspace():
            s = p - 1  # a mark on a plain ASCII base ("e" + U+0301)
        e = p + 1
        if not text[s].isspace():
            limit = min(n, s + 1 + MAX_MARKS)
            while e < limit and _is_mark(text[e]):
                e += 1
        rep = _cluster(text[s:e])
        parts.append(text[pos:s])
        parts.append(rep)
        if e - s != 1 or len(rep) != 1:
            edits.append((s, e, len(rep)))
        pos = e
        m = _NOT_PLAIN.search(text, pos)
    parts.append(text[pos:])
    if not edits:
        return "".join(parts), _identity(0, n), _identity(1, n + 1)
    out = _Builder()
    pos = 0
    for s, e, k in edits:
        out.starts.extend(_identity(pos, s))
        out.ends.extend(_identity(pos + 1, s + 1))
        out.starts.extend(array("q", [s]) * k)
        out.ends.extend(array("q", [e]) * k)
        pos = e
    out.starts.extend(_identity(pos, n))
    out.ends.extend(_identity(pos + 1, n + 1))
    return "".join(parts), out.starts, out.ends


def _white_space(t: str, st: array, en: array) -> tuple[str, array, array]:
    """Rule 3: line endings, runs of white space, paragraph breaks, the text's edges."""
    lo = len(t) - len(t.lstrip())
    hi = len(t.rstrip())
    if lo >= hi:
        return "", array("q"), array("q")
    out = _Builder()
    pos = lo
    m = _WS_START.search(t, lo, hi)
    while m is not None:
        a = m.start()
        if t[a - 1] == " ":
            a -= 1  # t[lo] is not white space, so a - 1 >= lo
        ws = _WS.match(t, a, hi)
        assert ws is not None  # _WS_START found white space at a (or a + 1)
        b = ws.end()
        run = t[a:b]
        breaks = len(_LINE_BREAK.findall(run)) + run.count("\u2029")
        rep = " " if breaks == 0 else "\n" if breaks == 1 else "\n\n"
        if rep != run:
            out.copy(t, st, en, pos, a)
            out.put(rep, st[a], en[b - 1])
            pos = b
        m = _WS_START.search(t, b, hi)
    if pos == 0 and hi == len(t):
        return t, st, en
    out.copy(t, st, en, pos, hi)
    return out.done()


def _dashes(t: str, st: array, en: array) -> tuple[str, array, array]:
    """Rule 4: dashes to one spaced form, range dashes to hyphens, ". . ." to "..."."""
    n = len(t)
    out = _Builder()
    pos = 0
    last = ""  # the last character put out
    pending = -1  # a dash wants a space after it: the space's (empty) origin
    changed = False
    for a, b in _punctuation(t):
        if b < n and _is_mark(t[b]):
            continue  # a mark rides on the last character: leave it as typed
        g = t[a:b]
        c = g[0]
        if c == "-" and len(g) == 1:
            # Spaced on both sides, counting the space a dash beside it will get.
            after_space = a == 0 or (t[a - 1] in " \n" if a > pos else pending >= 0 or not last)
            before_space = (
                b == n
                or t[b] in " \n"
                or (t[b] in DASHES and not (b + 1 < n and _is_mark(t[b + 1])))
            )
            if not (after_space and before_space):
                continue  # a hyphen: "well-known", "-5"
        elif c == "-" and len(g) > 3:
            continue  # a rule: "----"
        is_dash = c != "." and not (
            c in RANGE_DASHES and a > 0 and b < n and t[a - 1].isalnum() and t[b].isalnum()
        )
        # Put out what lies before, with the space a previous dash asked for.
        if a > pos:
            if pending >= 0 and t[pos] not in " \n":
                out.put(" ", pending, pending)
            pending = -1
            out.copy(t, st, en, pos, a)
            last = t[a - 1]
        changed = True
        if not is_dash:
            rep = "-" if c != "." else "." * ((len(g) + 1) // 2)
            if pending >= 0:
                out.put(" ", pending, pending)
                pending = -1
            out.put(rep, st[a], en[b - 1])
            last = rep[-1]
        else:
            if pending >= 0 or (last and last not in " \n"):
                origin = pending if pending >= 0 else st[a]
                out.put(" ", origin, origin)
            out.put(DASH, st[a], en[b - 1])
            last = DASH
            pending = en[b - 1] if b < n and t[b] not in " \n" else -1
        pos = b
    if not changed:
        return t, st, en
    if pos < n:
        if pending >= 0 and t[pos] not in " \n":
            out.put(" ", pending, pending)
        out.copy(t, st, en, pos, n)
    return out.done()


def _punctuation(t: str) -> Iterator[tuple[int, int]]:
    """Spans of spaced dots, hyphen runs and dash characters in ``t``, in order."""
    if ". ." in t or ".\n." in t:
        for m in _PUNCT.finditer(t):
            yield m.span()
        return
    found = _DASH_START.search(t)
    while found is not None:
        a = found.start()
        run = _HYPHEN_RUN.match(t, a) if t[a] == "-" else None
        b = run.end() if run is not None else a + 1
        yield a, b
        found = _DASH_START.search(t, b)


def _ends_sentence(line: str) -> bool:
    j = len(line)
    while j > 0 and line[j - 1] in CLOSERS:
        j -= 1
    return j > 0 and line[j - 1] in SENTENCE_FINAL


def _looks_wrapped(count: int, long: int, longest: int) -> bool:
    """Rule 5b: enough lines end at a single break, most are long, none is too long."""
    return count >= WRAP_MIN_LINES and 2 * long > count and longest <= WRAP_MAX_LINE


def _line_breaks(t: str, st: array, en: array) -> tuple[str, array, array]:
    """Rule 5: join single line breaks that wrap a line, keep the others."""
    if "\n" not in t:
        return t, st, en
    lines = t.split("\n")
    singles: list[tuple[int, bool, bool]] = []  # (offset, joined by rule 5a, after a hyphen)
    # Rule 5b counts lines ending at a single line break, as they stand ("physical") and
    # with the lines rule 5a joins into them ("logical"): normalising again sees the
    # logical lines as physical ones, so asking both keeps `normalize` idempotent.
    count = long = count_joined = long_joined = longest_joined = 0
    length = 0  # length of the current logical line
    offset = 0
    for k, line in enumerate(lines):
        i = offset + len(line)  # the line break after `line`
        offset = i + 1
        if not line:  # the blank line of a paragraph break
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else ""
        length += len(line)
        if nxt:
            count += 1
            long += len(line) >= WRAP_LONG_LINE
            hyphen = line[-1] == "-" and len(line) >= 2 and line[-2].isalnum() and nxt[0].isalnum()
            wrap = not _ends_sentence(line) and (nxt[0].islower() or nxt[0].isdigit())
            singles.append((i, wrap, hyphen))
            if wrap:
                length += 0 if hyphen else 1
                continue
            count_joined += 1
            long_joined += length >= WRAP_LONG_LINE
        longest_joined = max(longest_joined, length)
        length = 0
    wrapped = _looks_wrapped(count, long, max(map(len, lines))) or _looks_wrapped(
        count_joined, long_joined, longest_joined
    )
    joins = [(i, hyphen) for i, wrap, hyphen in singles if wrap or wrapped]
    if not joins:
        return t, st, en
    parts: list[str] = []
    drop: list[int] = []
    pos = 0
    for i, hyphen in joins:
        parts.append(t[pos:i])
        if hyphen:
            drop.append(i)
        else:
            parts.append(" ")
        pos = i + 1
    parts.append(t[pos:])
    if not drop:
        return "".join(parts), st, en
    out_st, out_en = array("q"), array("q")
    pos = 0
    for i in drop:
        out_st.extend(st[pos:i])
        out_en.extend(en[pos:i])
        pos = i + 1
    out_st.extend(st[pos:])
    out_en.extend(en[pos:])
    return "".join(parts), out_st, out_en
