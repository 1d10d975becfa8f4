"""Specifics: statistics and named documents a claim rests on.

Statistics are numbers with a unit or scale ("12 percent", "$4.5 million",
"3,000 people"); documents are nouns such as "report", "court filings",
"survey", "data" (``lexicons/document_nouns.txt``), and a court's or a regulator's order
("the commission's final order says"; not "in order to" or "law and order"), a budget where
it is read from ("the budget sets aside", not "before its budget is set"), and data that
opens a sentence as the subject of a finding ("Water samples taken by the agency found",
"Results by polling station show"). Bare years and dates are not statistics.

Fires:   Unemployment fell to 4.1 percent, a Labour Department report showed.
Silent:  Unemployment fell last year.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._info import SignalInfo
from ._phrases import find_phrase_spans

SIGNAL = SignalInfo(
    name="specifics",
    label="statistic or document",
    description="numbers and records",
)

# A number never starts right after a digit, letter, period, comma or hyphen, so a run such
# as "1,1,1,..." is tried once, not once per comma (which was quadratic).
_STAT = re.compile(
    r"(?<![\w.,\-–])(?:"
    # a sum of money, wherever it stands: "cost $185,000."
    r"[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?!\d)"
    r"(?:(?:bn|m|k|tn)\b|\s(?:thousand|million|billion|trillion)\b)?"
    r"|\d[\d,]*(?:\.\d+)?(?![\-–]\d)"
    r"(?:\s?(?:%|percent\b|per\s?cent\b|percentage points?\b)"
    r"|\s(?:thousand|million|billion|trillion)\b"
    r"|\s(?=[a-z])))",
)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
# The minutes of a meeting ("Minutes of the board's March meeting show"), not of time.
_MINUTES = re.compile(
    r"(?<!\d )(?<!\bin )(?<!\bfew )(?<!\bfor )(?<!\bwithin )(?<!\bseveral )"
    r"\bminutes of (?:the |a |its |their )?(?:[\w'’]+ ){0,3}"
    r"(?:meeting|board|council|committee|session|hearing)s?\b",
    re.IGNORECASE,
)
# An order as a document: a court's, a regulator's or a final order that shows or says
# something ("The commission's final order says", "a court order requires"), not "in order
# to" or "law and order".
_ORDER = re.compile(
    r"\b(?:(?:court|final|executive|consent|written|interim|draft|\d+-page|[a-z]+['’]s)\s+)"
    r"(order)\b(?!\s+(?:to|of|for)\b)",
    re.IGNORECASE,
)
# A document by its length: "the commission's 46-page decision", "a 12-page letter".
_PAGES = re.compile(
    r"\b\d+-page\s+(?:[a-z-]+\s+){0,2}?(decision|ruling|judge?ment|report|letter|complaint|"
    r"filing|document|dossier|memo|memorandum|indictment|lawsuit|order|opinion|affidavit|plan|"
    r"review|study|analysis|audit|submission|statement|brief|motion|petition|contract|"
    r"agreement|return|budget|transcript|proposal|assessment|guidance)s?\b"
)
_NOT_A_DOCUMENT = re.compile(r"\b(?:under|pending|for|judicial)\s+$", re.IGNORECASE)
# A budget is a document only where it is read from: "the budget sets aside $2m", "according
# to the budget", not "before its budget is set" or "a tight budget".
_BUDGET_CITED_AFTER = re.compile(
    r"\s+(?:(?:[a-z]+ly|also|would|will|now)\s+)?(?:shows?|showed|says?|said|includes?|included|"
    r"sets?\s+aside|allocates?|allocated|earmarks?|earmarked|projects?|projected|lists?|listed|"
    r"forecasts?|puts?|assumes?|assumed|provides?|provided)\b",
    re.IGNORECASE,
)
_ACCORDING_BEFORE = re.compile(
    r"\baccording\s+to\s+(?:the|its|their|this|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Data or records as the subject of a finding: "Water samples taken by the agency on 19 days
# found", "Results by polling station, posted on its website, show", "GPS files analysed by
# the federation give", "Sales reports filed with the department show", "Its latest
# accounts, filed in May, show", "A staffing paper presented to the committee shows", "The
# city's snow route map, posted on its website, lists", "A 2022 settlement ..., filed in
# Housing Court, required". The
# noun opens its sentence (after a determiner and up to three modifiers); its verb follows
# within the sentence, with no other finite verb between.
# Nouns of data that open a finding on their own ("Results show"), and nouns of records that
# need a participle or a clause saying where they come from ("Sales reports filed with ...").
_FINDING_NOUNS = (
    "results samples readings measurements logs log files tallies tally counts tests scans "
    "valuations valuation appraisals appraisal inspections inspection"
).split()
_RECORD_NOUNS = (
    "reports accounts filings documents records figures statements returns data plan plans "
    "proposal proposals paper papers strategy policy guidance framework manifesto settlement "
    "agreement map maps list lists inventory register claim claims"
).split()
_DATA_FINDING = re.compile(
    r"(?!(?:some|many|several|most|few|other|unconfirmed|media|news|press)\b)"
    r"(?:(?:the|its|their|these|those|new)\s+)?(?:(?:[\w-]+\s+)?[\w-]+['’]s\s+)?"
    r"(?:[\w-]+\s+){0,3}?"
    rf"(?:(?P<noun>{'|'.join(_FINDING_NOUNS)})\b"
    # a record, when a participle says where it comes from: "Sales reports filed with ..."
    rf"|(?P<record>{'|'.join(_RECORD_NOUNS)})"
    # (after a short phrase of its parties or subject: "A settlement between the city and
    # the landlord, filed in court, required")
    r"(?=(?:\s+(?:between|of|from|with|for|on)\s+[^,.;:!?\n]{1,60}?)?,?\s+"
    r"(?:filed|kept|published|released|submitted|compiled|obtained|reviewed|posted|"
    r"seen|lodged|provided|produced|prepared|presented|drawn\s+up|approved)\b"
    # or a clause without "that" says who keeps it: "Staffing reports the hospital files
    # with the state show", "Outage reports the cooperative has filed show"
    r"|\s+(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:(?:has|have|had)\s+)?"
    r"(?:files|filed|keeps|kept|publishes|published|submits|submitted|compiles|compiled|"
    r"releases|released|sends|sent|issues|issued|lodges|lodged|posts|posted)\b))"
    r"(?:(?!\b(?:is|are|was|were|will|would|can|could)\b)"
    r"(?!\b(?:has|have|had)\b(?!\s+(?:filed|kept|published|submitted|compiled|released|sent|"
    r"issued|lodged|posted|obtained)\b))[^.;:!?\n]){0,140}?"
    r"\b(?:show|shows|showed|shown|found|find|finds|give|gives|gave|indicate|indicates|"
    r"indicated|reveal|reveals|revealed|put|puts|suggests|confirms|lists|listed|requires|"
    r"required|recorded|records|"
    r"suggest|suggested|confirm|confirmed|point|estimate|estimates|estimated|project|projects|"
    r"projected|conclude|concludes|concluded|says|said|promised|promises|pledged|pledges|"
    r"planned|sets\s+out|set\s+out|commits|committed|sets\s+aside|set\s+aside|allocates|"
    r"allocated|earmarks|earmarked|warned|warns|predicted|predicts|forecast|forecasts)\b",
    re.IGNORECASE,
)

# Every head noun _DATA_FINDING can open with, for a quick test before it runs.
_FINDING_HEADS = frozenset(_FINDING_NOUNS + _RECORD_NOUNS)
_WORD = re.compile(r"[a-z]+")


def find_specifics(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per statistic or document mention.

    Examples
    --------
    >>> text = "Unemployment fell to 4.1 percent, a Labour Department report showed."
    >>> [(e.text, e.details["kind"]) for e in find_specifics(Doc(text))]
    [('4.1 percent', 'statistic'), ('report', 'document')]
    """
    del publisher
    text = doc.text
    out = []
    for m in _STAT.finditer(text):
        span = m.group().rstrip().rstrip(",")  # "built in 1951, it": the comma is not a digit
        digits = span.lstrip("$€£¥ ")
        if _YEAR.fullmatch(digits) and not m.group().startswith(("$", "€", "£", "¥")):
            continue
        out.append(evidence(doc, SIGNAL.name, m.start(), m.start() + len(span), kind="statistic"))
    lowered = doc.lowered or text.lower()
    for m in _MINUTES.finditer(text) if "minutes of" in lowered else ():
        out.append(evidence(doc, SIGNAL.name, m.start(), m.start() + 7, kind="document"))
    nouns = []
    for s, e in find_phrase_spans("document_nouns", doc):
        word = text[s:e].lower()
        if _NOT_A_DOCUMENT.search(text, max(0, s - 12), s) and word == "review":
            continue  # "under review", "pending review": a process, not a document
        if word == "budget" and not (
            _BUDGET_CITED_AFTER.match(text, e) or _ACCORDING_BEFORE.search(text, max(0, s - 60), s)
        ):
            continue  # "before its budget is set": a plan, not a record read from
        nouns.append((s, e))
        out.append(evidence(doc, SIGNAL.name, s, e, kind="document"))
    for start, end in doc.sentences:
        # the noun stands within the first eight words: test for one before the slow regex
        opening = lowered[start : min(end, start + 90)]
        if _FINDING_HEADS.isdisjoint(_WORD.findall(opening)):
            continue
        finding = _DATA_FINDING.match(text, start)
        if finding is not None:
            s, e = finding.span("noun") if finding.group("noun") else finding.span("record")
            if any(a < e and s < b for a, b in nouns):
                continue  # "Results show" is a lexicon phrase already
            nouns.append((s, e))
            out.append(evidence(doc, SIGNAL.name, s, e, kind="document"))
    for m in _PAGES.finditer(text) if "-page" in text else ():
        s, e = m.span(1)
        if not any(a < e and s < b for a, b in nouns):
            nouns.append((s, e))
            out.append(evidence(doc, SIGNAL.name, s, e, kind="document"))
    ends = {e for _s, e in nouns}
    for m in _ORDER.finditer(text) if "order" in lowered else ():
        if m.end(1) not in ends:  # "court order" is a lexicon phrase already
            out.append(evidence(doc, SIGNAL.name, m.start(1), m.end(1), kind="document"))
    out.sort(key=lambda e: (e.start, e.end))
    return out
