"""Hedges: markers of uncertainty about whether a claim is true.

Epistemic modals ("may reduce", "could collapse", "might see"), adverbs and
adjectives ("possibly", "perhaps", "likely", "unclear", "far from certain"),
speculative verbs ("suggest", "appears to", "seem", "is believed to",
"suspect"), distancing ("reportedly", "allegedly", "suspected"), rumour
("rumours that") and explicit lack of proof ("I have no proof").

Expectation ("is expected to", "a verdict is expected next week") hedges a forecast, and
"were feared dead" a fear. Speculation framed around a claim is a hedge too: "some have begun
to wonder aloud whether", "few would be surprised", "the betting is that", "there are even
suggestions that".

Not hedges: "May" the month, "military might" (a noun), "could not be reached
for comment" (verification language), "the worst possible time" (emphasis), boosters
("almost certainly") and "no evidence" stated as a finding ("investigators found no
evidence of foul play").

Source: ``lexicons/hedges.txt`` (Hyland 2005; CoNLL-2010 cue guidelines).

Fires:   The new drug may reduce the risk, researchers said.
Silent:  The results will be published in May.
"""

from __future__ import annotations

import re

from .._evidence import Evidence
from .._text import Doc
from ._common import evidence
from ._info import SignalInfo
from ._phrases import find_phrase_spans

SIGNAL = SignalInfo(
    name="hedge",
    label="hedge",
    description="uncertainty about a claim",
)

_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|of|since|until|by|early|late|mid|last|next|this|during|from|through|"
    r"till|before|after|on)\s+$)",
    re.IGNORECASE,
)
_NOUN_MIGHT_BEFORE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|military|economic|naval|air|nuclear|industrial|"
    r"financial|full|all|with|of|great|sheer)\s+$)",
    re.IGNORECASE,
)
_VERIFICATION_AFTER = re.compile(
    r"\s+not\s+(?:immediately\s+)?(?:be\s+)?(?:reached|independently|verified|confirm|"
    r"verify|be\s+verified|be\s+confirmed)",
    re.IGNORECASE,
)


# Agentless passives of belief and report: "is believed to", "was widely regarded as",
# "it is claimed that" (speculative verbs and distancing, CoNLL-2010 guidelines 2.2).
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|still|now|not|often|widely|generally|"
    r"commonly|popularly|traditionally|usually|frequently|sometimes|largely|long)\s+){0,2}"
    r"(?:believed|considered|regarded|viewed|thought|said|claimed|alleged|rumou?red|reputed|"
    r"presumed|assumed|suspected|seen|perceived|deemed|held|supposed|argued|suggested|feared|"
    r"understood)"
    r"(?!\s+(?:by|for|in|on|at|from|with|into|during|after|before)\b)(?![\w-])",
    re.IGNORECASE,
)
# Belief participles after a hedging adverb, without the auxiliary: "generally regarded as".
_ADVERB_PARTICIPLE = re.compile(
    r"\b(?:generally|widely|often|commonly|popularly|traditionally|frequently)\s+"
    r"(?:believed|considered|regarded|viewed|thought|seen|described|accepted|cited|"
    r"perceived|held)\b",
    re.IGNORECASE,
)
# Expectation hedges a forecast, with or without an infinitive: "a verdict is expected
# later this month", "is expected to rise" ("is expected of staff" is an obligation).
_EXPECTED = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|still|now|widely|generally|not)\s+)?"
    r"expected\b(?!\s+of\b)",
    re.IGNORECASE,
)
# Speculation written as a frame around a claim: "wonder aloud whether", "few would be
# surprised", "the betting is that", "there are even suggestions that".
_SPECULATION = re.compile(
    r"\bwonder(?:s|ed|ing)?\s+(?:[a-z]+ly\s+|aloud\s+)?(?:whether|if)\b"
    r"|\bwould\s+(?:not\s+|hardly\s+)?be\s+(?:surprised|astonished)\b"
    r"|\bthe\s+(?:betting|bet|talk|word|gossip|theory|suspicion|assumption|hunch|guess|"
    r"rumou?r|speculation|whisper)\s+(?:is|was|has\s+been)\s+that\b"
    r"|\bthere\s+(?:is|are|was|were|have\s+been|has\s+been)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:suggestions?|claims|theories|whispers|mutterings|murmurs|talk|speculation|"
    r"rumou?rs?|gossip|(?:a\s+)?theory|(?:a\s+)?suspicion)(?:\s+that\b|\s*,)"
    # "with some predicting that the school will close": a vague group's guess, as a clause
    r"|\bwith\s+(?:some|many|others|a\s+few)\s+(?:\w+\s+)?(?:even\s+)?(?:predicting|"
    r"fearing|suspecting|speculating|guessing|believing|expecting|wondering|claiming)\b",
    re.IGNORECASE,
)
# "said", "held", "seen", "viewed" passives are reports of fact unless followed by
# "to"/"that"/"as" ("has been viewed millions of times").
_NEEDS_TO = re.compile(r"(?:said|held|seen|supposed|viewed|understood)$", re.IGNORECASE)
_TO_THAT_AS = re.compile(r"\s+(?:to|that|as)\b", re.IGNORECASE)
_APPEARS_JUDGED = re.compile(
    r"\s+(?:(?:to\s+be|increasingly|likely|unlikely|almost|largely|more|less|very|fairly|"
    r"rather|quite|all\s+but)\s+)?(?!(?:in|on|at|before|as|with|for|the|a|an|from|alongside|"
    r"together|briefly|twice|again|live|here|there|once|via|during|after|outside|inside|"
    r"onstage|online|opposite|next|beside|behind|under|over|into|later|first|last|only|"
    r"and|or|but|to|when|while|until|since|in\s+court)\b)[a-z]+(?:ly)?\b",
    re.I,
)
_HELD_TO_ACCOUNT = re.compile(
    r"\s+to\s+(?:account|ransom|task|a\s+(?:higher\s+)?standard|the\s+same|higher)\b", re.I
)


def _lowercase(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without ``re.IGNORECASE``, to scan lowercased text (several times faster)."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


_SCANS = tuple(
    (pattern, _lowercase(pattern))
    for pattern in (_PASSIVE, _ADVERB_PARTICIPLE, _EXPECTED, _SPECULATION)
)


def _patterns(doc: Doc) -> list[tuple[int, int]]:
    """Spans of the passive, adverb-participle and expectation patterns in ``doc``.

    The patterns are scanned case-sensitively over :attr:`Doc.lowered` when there is
    one (the same offsets), else case-insensitively over the text.
    """
    text = doc.text
    lowered = doc.lowered
    passive, adverb_participle, expected, speculation = (
        (fast if lowered is not None else slow) for slow, fast in _SCANS
    )
    scan = lowered if lowered is not None else text
    spans = []
    for m in passive.finditer(scan):
        if _NEEDS_TO.search(m.group()) and not _TO_THAT_AS.match(text, m.end()):
            continue
        if m.group().endswith("held") and _HELD_TO_ACCOUNT.match(text, m.end()):
            continue  # "should be held to account": an obligation, not a belief
        spans.append((m.start(), m.end()))
    spans.extend((m.start(), m.end()) for m in adverb_participle.finditer(scan))
    if "xpected" in scan:  # a plain substring test spares most texts the regex scan
        spans.extend((m.start(), m.end()) for m in expected.finditer(scan))
    spans.extend(
        (m.start(), m.end() - (m.group().endswith(","))) for m in speculation.finditer(scan)
    )
    return spans


# "may" of permission: a verb of applying, booking or paying after a generic subject (a bare
# plural, "anyone", "you"), as in "Residents may pay online" or "Patients may book through
# their surgery". "The plant may close" and "Prices may rise" stay hedges.
_PERMISSION_AFTER = re.compile(
    r"\s+(?:also\s+|still\s+|now\s+)?(?:apply|book|pay|buy|register|submit|collect|request|"
    r"renew|cancel|claim|choose|opt|enter|park|bring|visit|use|order|download|contact|email|"
    r"redeem|sign\s+up|call|join|attend|vote|appeal)\b(?!\s+(?:less|more|fewer|again)\b)",
    re.IGNORECASE,
)
_GENERIC_SUBJECT_BEFORE = re.compile(
    r"(?:[.;:!?\n][\"'”’)]*\s*|\b(?:and|but|or)\s+)(?:[A-Za-z][\w-]*\s+)?"
    r"(?:[a-z]+[^s\W']s|anyone|everyone|you|people)\s+$",
    re.IGNORECASE,
)


def _generic_subject_before(text: str, start: int) -> bool:
    """Whether a bare plural or "anyone" opens the clause that ends at ``start``."""
    lo = max(0, start - 40)
    window = ("." if lo == 0 else "") + text[lo:start]  # the text's start opens a clause
    return _GENERIC_SUBJECT_BEFORE.search(window) is not None


_FINDING_BEFORE = re.compile(
    r"\b(?:found|find|finds|finding|uncovered|discovered|saw|see|sees|seen|showed|shows|"
    r"revealed|turned\s+up|there\s+(?:is|was|were))\s+$",
    re.IGNORECASE,
)
# A measured comparison before "likely": "25% less likely", "three times more likely".
_MEASURED_BEFORE = re.compile(
    r"(?:\d\s*%?|\btimes|\bpercent|\bper\s?cent)\s+(?:less|more)\s+$", re.IGNORECASE
)
# "so that ... could": the modal of a purpose clause, not of a guess.
_PURPOSE_BEFORE = re.compile(r"\bso\s+that\s+(?:[\w'’-]+\s+){1,5}$", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?:i|we|they|he|she|you|to)\s+$", re.IGNORECASE)
# A plural subject or a vague quantifier before "suspect" makes it the verb: "police suspect
# arson", "some residents suspect", "some even suspect" ("the suspect", "a suspect": nouns).
_GROUP_BEFORE = re.compile(
    r"\b(?:police|some|many|others|most|few|[a-z]{2,}[^s\W]s)\s+"
    r"(?:(?:in|on|at|from|across|around)\s+(?:the\s+)?[\w'’-]+\s+)?"  # "many on the island"
    r"(?:(?:even|also|now|still|privately|openly|long|already)\s+)?$",
    re.IGNORECASE,
)
# Hedge nouns that can be the topic a source declines to discuss: "did not comment on
# market rumours", "declined to respond to speculation".
_TOPIC_WORDS = frozenset("speculation rumours rumors rumour rumor reports".split())
_NOT_AFTER = re.compile(r"\s*(?:not\b|n['’]t\b)", re.IGNORECASE)


def _is_hedge(text: str, start: int, end: int) -> bool:
    """Context rules that tell a hedge from a look-alike (month, noun, ability, booster)."""
    match = text[start:end]
    word = match.lower()
    before = text[max(0, start - 20) : start]
    after = text[end : end + 40]
    if word == "may":
        if match == "May" and (
            _MONTH_CONTEXT.search(before) or re.match(r"\s+\d", after) or before.strip()
        ):
            return False  # the month: "in May", "May 5", capitalised mid-sentence
        if re.match(r"\s+\d", after):
            return False
        if _PERMISSION_AFTER.match(after) and _generic_subject_before(text, start):
            return False  # "Residents may apply online": permission, not uncertainty
    elif word == "might":
        if _NOUN_MIGHT_BEFORE.search(before):
            return False  # the noun: "military might"
    elif word == "could":
        if _PURPOSE_BEFORE.search(text[max(0, start - 60) : start]):
            return False  # "held so that freight trains could clear the line": a purpose
        if _VERIFICATION_AFTER.match(after) or _NOT_AFTER.match(after):
            return False  # "could not be reached" (verification), "could not attend" (ability)
        if re.match(r"\s+(?:no\s+longer|barely|hardly|scarcely)\b", after, re.IGNORECASE):
            return False  # "could no longer get parts", "could barely stand": ability
    elif word in {"appear", "appears", "appeared"}:
        # "the findings appeared sound": a judgement at one remove; not "appeared in court",
        # "appeared on television" or "appeared before the committee"
        if not _APPEARS_JUDGED.match(after):
            return False
    elif word in {"suspect", "suspects"}:
        # "the suspect fled": only the verb of belief is a hedge.
        if not (
            _PRONOUN_BEFORE.search(before)
            or _GROUP_BEFORE.search(before)
            or re.match(r"\s+that\b", after)
        ):
            return False
    elif word in {"assume", "assumed"}:
        # "assumed office" is not a hedge; "assumed that ...", "assumed he was" are.
        if not re.match(r"\s+(?:that|to\s+be|i|we|he|she|they|it|you)\b", after, re.I):
            return False
    elif word == "possible":
        if re.search(r"\bas\s+\w+\s+as\s+$", before, re.IGNORECASE):
            return False  # "as soon as possible"
        if re.search(r"\b(?:[a-z]{2,}est|worst|best|most|least|every)\s+$", before, re.IGNORECASE):
            return False  # "the worst possible time", "every possible step": emphasis
    elif word == "likely":
        if re.match(r"\s+voters?\b", after, re.IGNORECASE):
            return False  # "likely voters": a polling term
        if _MEASURED_BEFORE.search(before):
            return False  # "25% less likely to be diagnosed": a measured risk, a statistic
    elif (
        word == "alleged"
        and re.match(r"\s+that\b", after, re.IGNORECASE)
        and not re.search(
            r"\b(?:is|are|was|were|be|been|being|has|have|had)\s+$", before, re.IGNORECASE
        )
    ):
        return False  # "Councillor Sheikhani alleged that ...": a named claim, not a hedge
    elif word == "every chance" and re.search(
        r"\b(?:give|gives|gave|given|giving)\s+(?:\w+\s+)?$", before, re.IGNORECASE
    ):
        return False  # "would give him every chance to prove his fitness": an opportunity
    elif word == "no evidence" and _FINDING_BEFORE.search(before):
        return False  # "investigators found no evidence of foul play": a finding
    elif word in _TOPIC_WORDS and re.search(
        r"\b(?:comment|commenting|comments|respond|responding)\s+(?:on|to)\s+(?:\w+\s+)?[\"“'‘]?$",
        before,
        re.I,
    ):
        return False  # "did not comment on speculation": the topic declined, not a hedge
    elif word == "speculation" and re.search(r"\bas\s+[\"']?$", before):
        return False  # "dismissed the report as speculation": a rebuttal, not a hedge
    elif word == "doubt" and re.search(
        r"\b(?:(?:no|without|beyond)\s+(?:a\s+)?|benefit\s+of\s+the\s+)$", before, re.I
    ):
        return False  # "no doubt", "without a doubt": boosters; "the benefit of the doubt"
    return True


def find_hedges(doc: Doc, publisher: str | None = None) -> list[Evidence]:
    """Return one evidence per hedge.

    Parameters
    ----------
    doc : Doc
        The parsed text.
    publisher : str, optional
        Unused; accepted so that every signal has the same signature.

    Examples
    --------
    >>> text = "The drug may reduce the risk. Results come in May."
    >>> [e.text for e in find_hedges(Doc(text))]
    ['may']
    """
    del publisher
    text = doc.text
    spans = [(s, e) for s, e in find_phrase_spans("hedges", doc) if _is_hedge(text, s, e)]
    # Merge: a lexicon match inside a longer passive pattern is one hedge.
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans + _patterns(doc), key=lambda x: (x[0], -x[1])):
        if merged and s < merged[-1][1]:
            if e > merged[-1][1]:
                merged[-1] = (merged[-1][0], e)
            continue
        merged.append((s, e))
    return [evidence(doc, SIGNAL.name, s, e) for s, e in merged]
