"""Attribution parsing: who is the source of each reported statement.

This is the shared mechanism behind the five source signals
(``named_source``, ``anonymous_source``, ``organization_source``,
``media_source`` and ``expert_source``). It works sentence by sentence on the
tokens of a :class:`~credscore._text.Doc`:

1. find *cues*: reporting verbs (``credscore/lexicons/reporting_verbs.txt``)
   used as verbs, the preposition "according to", and verbs of belief
   (``belief_verbs.txt``) when their source is vague ("many believe", "viewed
   by some");
2. find each cue's *source*: the subject before the verb (skipping adverbs,
   auxiliaries, time adverbials such as "on Tuesday", comma-delimited appositions,
   chains of them ("Ode, 41, who owns the shop, said") and post-modifiers such as
   "familiar with the talks"), the subject of the sentence for a participle after a
   comma ("..., saying"), the name after the verb in inverted quotations ("... ," said
   Tomas Lind), or the noun phrase after "according to";
3. classify the source: a person's name, a pronoun or relative pronoun (resolved to
   the most recent compatible source, or to its antecedent), an unnamed person or
   group (including poll shares, "61 percent said", and follow-ups, "Another said"),
   an organisation, or a news outlet; and note credentials of expertise given in
   apposition. A role and a name in apposition ("Her neighbour, Ravi Menon, said",
   "co-author Tomas Berg", "the broadcaster NHK", "Council leader Mina Rossi") are one
   source, named, and so is "Pia Lund of the University of Kesk"; "the chief executive" is
   the person named just before, if any, else unnamed. "The mayor" or "the coach" with no
   one named to resolve to is the office speaking (an organisation), but "the nurse" or
   "the engineer", a role that many hold, is an unnamed person. A plural noun of people opening
   its clause, bare or with modifiers ("Insurers said", "Local shop owners urged",
   "Traders at Hollis & Co. estimated"), is an unnamed group unless the word also stands
   capitalised inside a sentence of the text (a surname: "Sanders"). Before a plain verb of
   saying, an indefinite noun phrase is an unnamed person whatever its noun ("A bystander
   said", "A woman who lives nearby said"), and kin ("the victim's mother") are never the
   person named just before. "X, which first reported ..." makes X an outlet, and "which"
   is never a person; "Economists polled by X expect" makes the economists the source and
   X an outlet;
4. add the sources a claim passes through: outlets that sources speak to ("told
   Reuters"), that saw or polled something ("seen by", "obtained by", "polled by"),
   that carried it ("a report in", "an interview with", "aired by", "said on"), that
   were spoken to ("spoke to the Echo"), and whatever is cited
   ("citing people with knowledge of the matter"); coordinated subjects ("The Tribune
   and the broadcaster NHK reported") are two sources.

The approach follows rule-based attribution extractors (textacy's
``direct_quotations``, the PARC/PolNeAR source-cue-content model) but needs no
tagger: word classes come from the lexicons and capitalisation. Anonymity is
recognised in an apposition or a relative clause ("who asked not to be
identified", "speaking on condition of anonymity because ...", "who gave only her
first name").

Measured on PolNeAR (``make eval-signals``): train P 0.856 R 0.849, dev P 0.872 R 0.876.

Known limits: sources separated from their cue by a long clause, passive
attributions other than "reported by X", and verbs that are not verbs of saying
("Trump fired back", "Clinton celebrated") unless a participle of saying follows
are only partly found; headlines in title case are not parsed; capitalised words
at the start of a sentence are taken as names unless they are function words; an
outlet's own interviews ("told POLITICO" in a Politico story) count as media
sources unless ``publisher`` is given or the outlet's name stands in the text's
first lines without being cited there ("a memo seen by the Echo" names another outlet).
An unnamed spokesperson ("a company spokeswoman said") is the organisation's voice on the
record, an ``organization_source``; the ``anonymous_source`` signal reports the same mention as
well, since the person speaking is not named.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache

from .. import lexicons
from .._text import Doc, Token, normalize_quotes
from ._phrases import _positions

__all__ = ["Attribution", "Mention", "attributions"]

# --- word classes that are grammar, not vocabulary -------------------------

_DETERMINERS = frozenset(
    """
    a all an another any both dozens each eight few five four her his hundreds its
    many most multiple nine numerous one other others our seven several six some ten
    that the their these this those three two various
    """.split()
)
# Subject pronouns: grammar in both lists below.
_PRONOUN_WORDS = frozenset("it he she they we i you".split())
# Pronouns that can be the source of a statement.
_PRONOUNS = _PRONOUN_WORDS - {"you"}
# Words that can never be inside a source noun phrase.
_STOP = _PRONOUN_WORDS | frozenset(
    """
    about according after against also although and are as at be because been before being
    between but by can could did do does during even for from had has have here him
    if in into is just may me might must nor not of on only or over said say says
    should since so still tell tells than that them there though through to told under us
    was were what when where which while who whom whose will with within without
    would yet
    """.split()
)
# Capitalised words that start sentences but are not names.
_CAP_FUNCTION = _PRONOUN_WORDS | frozenset(
    """
    a after also although an and as at because before but by for from her here his
    however if image in its meanwhile more my of on or our photo picture read since
    so speaking still that the their then there these this those though to when
    while with yet your nobody everybody everyone anybody
    """.split()
)
_AUX_ADV = frozenset(
    """
    again already also always are both could did do does earlier even first flatly further had
    has have initially is last later long may might n't never not often once previously
    privately publicly recently repeatedly separately should then was were will
    would
    """.split()
)
# Words ending in -ly that are not adverbs: "a friend of the family said".
_LY_NOUNS = frozenset(
    """
    ally anomaly assembly belly bully daily family fly folly holly jelly lily monopoly
    monthly only quarterly rally reply supply tally weekly
    """.split()
)
_CALENDAR = frozenset(
    """
    april august december february friday january july june march may monday
    november october saturday september sunday thursday today tomorrow tuesday
    wednesday yesterday
    """.split()
)
# Words that open an introductory phrase before a sentence's subject.
_INTRO_WORDS = frozenset(
    """
    after although asked at before but during earlier for if in instead last later meanwhile
    on over since still then though when while yet
    """.split()
)
# "Clinton on Tuesday said": a time adverbial between the subject and the verb.
_TIME_PREPS = frozenset({"on", "last", "this", "next", "early", "late"})
# Verbs that take an object, so a name after them is never an inverted speaker.
_NO_INVERSION = frozenset(
    """
    accuse accused accuses blasted blasts criticise criticised criticises criticize
    criticized criticizes praise praised praises question questioned questions slammed
    slams urge urged urges
    """.split()
) | {"call for", "called for", "calls for"}
# An outlet's own work, cited: "The Herald's review found", "the Post's analysis shows".
_OUTLET_WORK = frozenset(
    "review investigation analysis survey poll reporting inquiry audit count tally".split()
)
# Nouns of places, whose name may follow in apposition: "in the capital, Tessovar,".
_PLACE_NOUNS = frozenset(
    "capital city town village province region state country island county district port".split()
)
# An age written before a name: "79-year-old Edna Scoular".
_AGED = re.compile(r"\d{1,3}-year-old")
# Adverbs between a verb of publishing and its agent: "reported earlier by".
_EARLIER = frozenset({"earlier", "first", "previously", "originally", "initially", "also"})
# Frames of a statement to come: "is expected to tell", "is due to announce".
_FUTURE_FRAMES = frozenset({"expected", "due", "set", "scheduled", "poised"})
_BARE_PLURAL_BEFORE = frozenset(
    ["that", "and", "but", "because", "while", "as", "though", "although", "where", "since"]
)
_FINITE_AUX = frozenset(["is", "are", "was", "were", "has", "have", "had", "does", "did"])
_APPOSITION_STARTS = frozenset(
    """
    former chief senior deputy spokesman spokeswoman head managing executive acting interim
    founding co-founder vice assistant associate lead editor currently now ranked seeded
    nicknamed elected appointed
    """.split()
)
_MODALS = frozenset(["would", "will", "could", "might", "may", "should", "can", "must", "shall"])
_UNNAMED = frozenset({"unnamed", "anonymous", "unidentified"})
# Role nouns that stand for an unnamed person even after "the": "the official said".
# Kin: "the victim's mother" is never the victim named just before; "his son" is a son
# named as such earlier ("His son, Michael Brancatelli, said"), or no one named.
_KIN = frozenset(
    "aunt brother cousin daughter father friend grandfather grandmother husband mother "
    "sister son uncle widow widower wife".split()
)
_ALWAYS_UNNAMED = (
    frozenset("family individual informant insider official person someone source witness".split())
    | _KIN
)
# How far back (characters) a person named before "the chief executive" may stand.
_ROLE_REACH = 300
# Vague quantifiers: "some fans", "many tenants", "several farmers" are unnamed groups,
# whatever the noun (CoNLL-2010 weasel-word guidelines: "some people say").
_VAGUE = frozenset({"some", "many", "several", "numerous", "countless", "most", "other"})
_NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred
    """.split()
) | frozenset(
    f"{a}-{b}"
    for a in "twenty thirty forty fifty sixty seventy eighty ninety".split()
    for b in "one two three four five six seven eight nine".split()
)
_PARTITIVE_HEADS = frozenset({"both", "each", "either", "neither", "several", "some", "many"})
_SHARE_WORDS = frozenset(
    {"about", "almost", "nearly", "roughly", "some", "over", "just", "a", "in"}
)
# Participles and nouns through which an outlet passes a claim on: "seen by", "a report in".
_CHANNEL_PARTICIPLES = frozenset(
    "analysed analyzed commissioned conducted obtained polled published reviewed seen "
    "surveyed viewed".split()
)
# Verbs of publishing: what "first reported" or "broadcast" a story is an outlet.
_PUBLISHING_VERBS = frozenset("aired broadcast published reported revealed televised".split())
# Verbs of publishing that are a cue only when an outlet is their subject: "the magazine
# Tribuna Dnes published text messages" cites the magazine.
_OUTLET_VERBS = frozenset(
    {"published", "publishes", "aired", "airs", "found", "finds", "showed", "shows"}
)
# Verbs of speaking to someone: "spoke to the Echo" names the outlet spoken to.
_SPOKE_TO = frozenset("spoke speaking spoken talked talking".split())
# Participles of broadcasting: whatever airs footage is an outlet ("aired by KBT").
_BROADCAST_PARTICIPLES = frozenset("aired broadcast polled screened televised".split())
# More channels that count only when what follows is an outlet: "footage shared by X".
_SHARED_BY = frozenset("shared released filmed".split())
# Channels that are outlets only when the name is a known outlet: "seen by", "obtained by",
# "quoted by".
_SEEN_BY = (_CHANNEL_PARTICIPLES - _BROADCAST_PARTICIPLES) | _SHARED_BY | {"quoted"}
# Words before "in" or "on" that pass on what an outlet carried, when an outlet follows:
# "said in the Ledger", "quoted in the Post", "reported in", "first raised in the Gazette"
# ("raised" only after "first": "issues raised in the media" cites no one; "appeared on CNN"
# is a guest, not a source).
_SAID_IN = frozenset("said says wrote writes writing told quoted raised reported revealed".split())
_CHANNEL_NOUNS = frozenset(
    "article broadcast editorial interview investigation poll report story survey".split()
)
# Unambiguous verbs of saying: an indefinite noun phrase before one is a person.
_PLAIN_SPEECH = frozenset(
    """
    added adds confirmed denied explained insisted recalled replied said says stated
    testified told tells warned wrote called described argued posted
    """.split()
) | {"according to"}
# Things that "say" or "show" without being people or documents: "a statement said".
_THINGS = frozenset(
    """
    announcement article blog book email graph letter map message note notice photo post
    press release sign statement tweet video website
    """.split()
)
# What follows the cue when its subject speaks of itself as "it" and does something: "said
# it would appeal", "said in a statement that it was cooperating", "says it detected"; not
# a dummy "it" ("said it was important", "said it would be hard", "said it seemed").
_ACTS_AS_IT = re.compile(
    r"\s+(?:in\s+a\s+statement\s+)?(?:that\s+)?it\s+[\"“]?(?:"
    r"(?:would|will|could|can|did|does|has|had|plans|planned|intends|intended)\s+[\"“]?"
    r"(?:not\s+|never\s+)?(?!be\b|been\b|have\s+been\b)[a-z]{3,}"
    r"|(?:was|is)\s+[\"“]?[a-z]+ing\b"
    r"|(?!seemed\b|appeared\b|happened\b|mattered\b|needed\b)[a-z]+ed\b)"
)
# Verbs of telling someone: in the passive their subject is the one told.
_TELLING = frozenset("advised assured briefed informed reminded told urged warned".split())
_BE_FORMS = frozenset({"was", "were", "is", "are", "been", "being", "be"})
# Participles that state the subject's own belief after "be": "neighbours are convinced".
_STATES_OF_BELIEF = frozenset("convinced persuaded certain sure adamant".split())
_VAGUE_COUNTS = frozenset("several some many most few dozens scores".split())
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
# Nouns before "call" that make it a noun: "a conference call", "a phone call".
_CALL_NOUNS = frozenset("conference phone video news roll telephone wake-up close".split())
# Verbs taking a bare infinitive: "who helped write the report" (no one speaks).
_BARE_INFINITIVE_BEFORE = frozenset("help helped helps helping let lets".split())
# Past participles of reporting verbs that do not end in -ed.
_IRREGULAR_PARTICIPLES = frozenset("said told thought written shown taught".split())
# Participles that open an interrupting phrase about the reporter's question:
# "Copperfield police, asked about the reports, said ...".
_ASKED = frozenset("asked contacted reached approached pressed questioned".split())
# Abbreviated last words of company names, written with a period ("Morrow & Co.").
_ABBREVIATED_HEADS = frozenset({"co", "corp", "inc", "ltd", "bros", "plc"})
_NAME_PARTICLES = frozenset(
    """
    al bin da de del der di dos du el ibn la le van von
    """.split()
)
_LINKS = (
    ("familiar", "with"),
    ("close", "to"),
    ("based", "in"),
    ("based", "at"),
    ("with", "knowledge"),
    ("briefed", "on"),
    ("involved", "in"),
    ("aware", "of"),
)
_LINK_WORDS = frozenset({"for", "of", "at", "from", "in", "with", "on"})
# Prepositions between a person and the place or body that describes them: "a spokeswoman
# for the agency", "an official at the ministry", "a man outside the post office".
_HEAD_PREPOSITIONS = frozenset(
    {
        "for",
        "at",
        "of",
        "from",
        "with",
        "without",
        "in",
        "on",
        "outside",
        "inside",
        "near",
        "behind",
        "beside",
        "around",
        "across",
    }
)
_OPEN_QUOTES = frozenset('"“‘')
_CLOSE_QUOTES = frozenset('"”’')
_QUOTES = _OPEN_QUOTES | _CLOSE_QUOTES | {"'"}
_DOUBLE_QUOTES = frozenset({'"', "“", "”"})
_ANONYMITY = re.compile(
    r"\b(?:on (?:the )?condition (?:of|that (?:he|she|they) not be) (?:anonymity|named|"
    r"identified)|(?:asked|requested) not to be (?:named|identified)|declined to be "
    r"(?:named|identified)|(?:was|were) not authori[sz]ed to|"
    r"(?:asked|requested) that (?:his|her|their) (?:full |last )?names? not be|"
    r"(?:gave|give|gives|giving|provided|offered) only (?:his|her|their|a) first names?|"
    r"(?:declined|refused|would not|did not want) to (?:give|provide|share|be identified by) "
    r"(?:his|her|their) (?:full |last )?names?|"
    r"(?:did not|didn't|does not|doesn't|would not|wouldn't) (?:want|wish) to be "
    r"(?:named|identified)|(?:asked|wished|wanted|preferred) to remain anonymous)",
    re.IGNORECASE,
)
# Names of sciences' practitioners, by their endings: "zoologist", "oceanographer",
# "astrophysicist", "geneticist", "agronomist", "botanist", "biochemist" (and plurals);
# trades that share an ending are left out ("photographer", "choreographer").
_OLOGIST = re.compile(
    r"(?!(?:photo|video|choreo|steno)grapher)"
    r"\w*(?:olog(?:ist)|ographer|icist|onomist|chemist|botanist|atrician)s?\b",
    re.IGNORECASE,
)
_EXPERT_VERB = re.compile(
    r"\bwho (?:(?:now|also|still|currently) )?(?:has |had |have )?"
    r"(?:(?:spent|worked) (?:\w+ ){1,3}(?:studying|researching|monitoring|tracking|covering|"
    r"analysing|analyzing|designing|developing|testing|treating|investigating|advising)|"
    r"been (?:studying|researching|monitoring|tracking|covering)|"
    r"teaches|taught|studies|studied|researches|researched|"
    r"specializes|specialises|specialized|specialised|lectures|lectured|"
    r"models|modelled|modeled|monitors|monitored|tracks|tracked|"
    r"analy[sz]es|analy[sz]ed|"
    r"cover(?:s|ed) (?:\w+ ){0,3}(?:industry|sector|markets?|stocks|shares|companies|banks)|"
    r"(?:wrote|written|authored|published) (?:\w+ ){0,2}(?:books?|papers|studies|histories) "
    r"(?:on|about)|"
    r"led the (?:study|research|trial|survey|analysis|review)|"
    # "a lawyer at Aldine & Sprake who advises companies on mergers"
    r"advises (?:\w+ ){0,2}(?:companies|firms|clients|businesses|banks|governments|investors|"
    r"insurers|hospitals|schools|charities|employers|regulators) on)\b",
    re.IGNORECASE,
)
# Experience counted in years: "a harbour pilot with 30 years' experience on the firth".
_YEARS_EXPERIENCE = re.compile(
    r"\bwith (?:more than |over |nearly |almost )?(?:\d+|[a-z]+) years['’]? (?:of )?experience\b",
    re.IGNORECASE,
)
# A lawyer described by a field of law, not as someone's: "a data protection lawyer at the
# firm X", "a former anti-corruption prosecutor", "a human rights lawyer" comment as experts;
# "his lawyer", "a lawyer for the family", "an award-winning lawyer" and "an assistant
# attorney general" do not.
_LEGAL_EXPERT = re.compile(
    r"an? (?:(?:former|retired|veteran|leading|prominent|senior) )?(?:[\w-]+ )?"
    r"(?:rights|protection|privacy|finance|election|employment|immigration|tax|constitutional|"
    r"criminal|competition|antitrust|environmental|securities|patent|copyright|media|"
    r"property|labou?r|health|medical|maritime|aviation|insurance|bankruptcy|trade|planning|"
    r"housing|family|commercial|contract|energy|defamation|[a-z]+-"
    r"(?:corruption|trust|fraud|terrorism|doping|protection|privacy|rights)) "
    r"(?:lawyer|attorney|barrister|solicitor|prosecutor)\b"
    r"(?!\s+(?:general|for|representing|acting|who\s+represents?|who\s+acts?)\b)"
    r"|an? (?:former|retired) (?:[\w-]+ ){0,2}judge\b"
    # "an aviation security consultant": a consultant in a field ("a political consultant",
    # "a PR consultant" and "a consultant to the minister" are not experts)
    r"|an? (?:(?:former|independent|senior) )?(?!(?:political|campaign|communications|pr|"
    r"media|public)\b)[a-z-]+ (?:[a-z-]+ )?consultant\b(?!\s+(?:to|for)\b)"
    # a hospital consultant in a specialty: "a consultant in emergency medicine"
    r"|an? (?:(?:senior|leading|former|retired) )?consultant in (?!the\b|a\b|an\b)[a-z]"
    # "head of commodities research at Bexcourt Partners", "director of research at"
    r"|(?:the )?(?:head|director|chief) of (?-i:(?:[a-z-]+ ){0,2}(?:research|analysis|economics|"
    r"forecasting))\b",
    re.IGNORECASE,
)
# What a source dismisses when it denies something: "dismissed the claims", "dismissed the
# allegations as baseless" (not "dismissed the case" or "dismissed staff").
_DISPUTED = frozenset(
    """claim claims allegation allegations accusation accusations report reports suggestion
    suggestions criticism concerns concern rumour rumours rumor rumors idea fears""".split()
)
# People who serve another, described by whom they serve: "an aide to the senator".
_AIDE_NOUNS = frozenset(
    "aide aides adviser advisers advisor advisors assistant assistants counsel".split()
)
# Quantifiers that stand for people already named: "... gathered outside, and several said".
_ELLIPTICAL_QUANTIFIERS = frozenset("several many most some two three four".split())
# ... and as the subject after a conjunction, with the pronouns of the same use.
_ELLIPTICAL_SUBJECTS = _ELLIPTICAL_QUANTIFIERS | {"others", "one", "another"}
# Words that modify a place's name after a preposition: "in downtown Carverton".
_PLACE_MODIFIERS = frozenset(
    """downtown central north south east west northern southern eastern western rural
    suburban coastal inner outer greater upper lower""".split()
)
# Determiners of kin that point at one person named as such before: "his son" after "His
# son, Michael Brancatelli," ("her lawyer" is not keyed: lawyers are not introduced so).
_KIN_DETERMINERS = frozenset({"his", "her", "their"})
# What follows "said" when nothing was said: "has said so little", "said nothing about it".
# What a defendant admits or denies in court: "admitted 14 counts of fraud", "denied a charge of
# assault" ("Syria denies the charges" is a statement).
_PLEA = re.compile(
    r"\s+(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|all|both|multiple|several)\s+"
    r"(?:\w+\s+)?(?:counts?|charges?|offen[cs]es?)\s+of\b",
    re.IGNORECASE,
)
_SAID_NOTHING = re.compile(
    r"\s+(?:so\s+|very\s+|almost\s+)?(?:little|nothing)"
    r"(?=\s*[.,;:!?]|\s+(?:about|on|publicly|since|further|more|at|during|when|while)\b)"
)
# An unnamed spokesperson for a body: "A spokesman for the fungicide's maker".
_SPOKESPERSON_FOR = re.compile(
    r"(?:an?|one)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+for\b", re.I
)
_PAST_PARTICIPLES = frozenset("stuck caught left trapped stranded held kept".split())


def _participle(word: str) -> bool:
    """Whether lowercase ``word`` looks like a participle: "queuing", "stranded", "stuck"."""
    return word.endswith(("ing", "ed")) or word in _PAST_PARTICIPLES


# First words of place names: "Lake Orvin", "Port Calloran", "Mount Ardle".
_PLACE_FIRST_WORDS = frozenset(
    "lake mount port fort cape saint st glen bay point new north south east west upper "
    "lower".split()
)
# Plural nouns of records and measurements, never a group of people: "scans showed".
_RECORD_PLURALS = frozenset(
    """scans tests results samples readings measurements figures records files logs counts
    statistics numbers data estimates forecasts projections polls surveys x-rays""".split()
)
# Roles that many people hold at once: "the lorry driver" is not whoever was named last.
_OCCUPATIONS = frozenset(
    """driver doctor engineer fan farmer nurse passenger patient physician pilot pupil soldier
    student surgeon teacher technician tenant victim volunteer survivor veteran citizen
    contractor clerk landlord""".split()
)
# Titles of rank: "the Duchess revealed" is a person, not an outlet.
_NOBLE_TITLES = frozenset("duke duchess earl countess lord lady baron baroness marquess".split())
# Nouns after a name that make it a programme or publication: "the Literary Lantern podcast".
_PROGRAMME_NOUNS = frozenset("podcast newsletter programme program blog vlog".split())
# Verbs whose bare form is ambiguous with a noun or a non-reporting sense: they
# count as cues only when followed by a clause, a quotation or the sentence end.
_WEAK_CUES = frozenset(
    """
    add added adds advise advised advises agree agreed agrees answer answered
    answers charge charged charges claims comment commented comments conclude
    concluded concludes continue continued continues counter countered counters
    dismiss dismissed dismisses estimates indicate
    indicated indicates inform informed informs maintain maintained maintains mention
    mentioned mentions note notes observe observed observes point pointed points
    predicts promise promised
    promises recall recalled recalls remark remarked remarks repeat repeated repeats
    report reports state states stress stressed stresses
    """.split()
)
_CLAUSE_NEXT = frozenset({"that", ",", ":", ".", ";", "!", "?", "—", "–", "-"}) | _QUOTES


@cache
def _lex() -> dict[str, frozenset[str]]:
    names = [
        "reporting_verbs",
        "anonymous_sources",
        "organization_nouns",
        "organization_heads",
        "media_outlets",
        "belief_verbs",
        "person_roles",
        "media_nouns",
        "media_heads",
        "expert_credentials",
        "person_titles",
        "places",
        "document_nouns",
        "people_plurals",
    ]
    return {n: lexicons.load(n) for n in names}


@cache
def _cue_words() -> frozenset[str]:
    """Every word that can open a cue: verbs of saying and belief, "according", "ruled"."""
    lex = _lex()
    return (
        lex["reporting_verbs"]
        | lex["belief_verbs"]
        | {"according", "ruled", "put", "puts", "posted"}
        | _OUTLET_VERBS
    )


@dataclass(frozen=True, slots=True)
class Mention:
    """A source mention: the span and what kind of source it is.

    ``kind`` is one of ``"person"``, ``"pronoun"``, ``"role"`` (a person described
    by role after "the", "the chief executive": named nearby, else unnamed),
    ``"title"`` (a person named by office or role, "the mayor"), ``"anonymous"``,
    ``"organization"`` or ``"media"``. Pronouns and titles are resolved to one of the others in
    :func:`attributions`. ``"time"`` marks a weekday or month read where a name would stand
    ("a study published Wednesday suggests"): no signal reports it.
    """

    start: int
    end: int
    kind: str
    plural: bool = False
    credential: tuple[int, int] | None = None
    antecedent: tuple[int, int] | None = None  # of a relative pronoun: "the Post, which"


@dataclass(slots=True)
class Attribution:
    """A cue and its source, with the resolution of pronoun sources."""

    cue_start: int
    cue_end: int
    source: Mention
    kind: str  # final kind after pronoun resolution
    resolved: str | None = None
    details: dict[str, object] = field(default_factory=dict)


def _is_word(tok: Token) -> bool:
    return tok.text[:1].isalnum()


def _is_cap(tok: Token) -> bool:
    t = tok.text
    if len(t) == 1 and t.isupper() and t != "I":
        return True  # an initial
    return t[:1].isupper() and tok.lower not in _CAP_FUNCTION


class _InnerCaps:
    """The capitalised words that stand inside a sentence of a text, found once per text."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._words: frozenset[str] | None = None

    def words(self) -> frozenset[str]:
        if self._words is None:
            self._words = frozenset(_INNER_CAP.findall(self.doc.text))
        return self._words


# "charge" reports a claim only with what is charged: "charged that ...", "charged: \"...\"".
_CHARGE_FORMS = frozenset({"charge", "charges", "charged"})

# Prepositions that put a name in a place ("a hospital in Kafr Takharim in Idlib").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "of", "from", "near", "to", "on", "outside"})

# A lookbehind, so that the second word of a name counts too ("said Josephine Akers").
_INNER_CAP = re.compile(r"(?<=[a-z,;] )[A-Z][\w'-]*")


def _indices_of(doc: Doc, words: frozenset[str]) -> list[int]:
    """Sorted token indices of ``words`` in ``doc``, found once per document and word set.

    Looking the document's distinct words up in ``words`` is cheaper than testing every
    token of every sentence.
    """
    cache: dict[frozenset[str], list[int]] = doc.__dict__.setdefault("_indices_of", {})
    found = cache.get(words)
    if found is None:
        positions = _positions(doc)
        found = sorted(k for w in positions.keys() & words for k in positions[w])
        cache[words] = found
    return found


class _Sentence:
    """Attribution finding within one sentence's tokens."""

    def __init__(self, doc: Doc, toks: list[Token], inner_caps: _InnerCaps | None = None) -> None:
        self.doc = doc
        self.inner_caps = inner_caps if inner_caps is not None else _InnerCaps(doc)
        self._first_word: int | None = None
        # The cue being resolved (set by source_for): _indefinite_person reads it.
        self._cue_form = ""
        self.toks = toks
        self.starts = [t.start for t in toks]
        self.lex = _lex()
        self._quote_marks: list[int] | None = None

    def _inside_quotes(self, i: int) -> bool:
        """Whether token ``i`` stands after an odd number of double quote marks."""
        if self._quote_marks is None:
            self._quote_marks = [k for k, t in enumerate(self.toks) if t.text in _DOUBLE_QUOTES]
        return bisect.bisect_left(self._quote_marks, i) % 2 == 1

    def _indices(self, words: frozenset[str]) -> list[int]:
        """Positions in this sentence of the tokens whose lowercase form is in ``words``."""
        found = _indices_of(self.doc, words)
        first = self.toks[0].i
        lo = bisect.bisect_left(found, first)
        hi = bisect.bisect_left(found, first + len(self.toks))
        return [k - first for k in found[lo:hi]]

    # -- cue detection ------------------------------------------------------

    def cues(self) -> Iterable[tuple[int, int, str]]:
        """Yield ``(i, j, form)``: token range ``[i, j)`` of each cue."""
        toks = self.toks
        verbs = self.lex["reporting_verbs"]
        beliefs = self.lex["belief_verbs"]
        n = len(toks)
        for i in self._indices(_cue_words()):
            tok = toks[i]
            low = tok.lower
            if low not in verbs and low not in beliefs and low != "according":
                if (
                    low == "posted"
                    and i + 2 < n
                    and toks[i + 1].lower in {"on", "online", "to"}
                    and any(t.lower == "that" or t.text in _QUOTES for t in toks[i + 2 : i + 8])
                ):
                    yield i, i + 1, low  # "posted on social media that ...": a statement
                    continue
                if low == "ruled" and any(t.lower == "that" for t in toks[i + 1 : i + 5]):
                    yield i, i + 1, low  # "the judge ruled on Friday that ..."
                elif low in {"put", "puts"} and tok.text.islower() and self._puts_at(i):
                    yield i, i + 1, low  # "officials put the loss at $2,100": an estimate
                elif low in _OUTLET_VERBS and tok.text.islower():
                    yield i, i + 1, "outlet:" + low  # "the magazine Tribuna published": kept
                    # only when an outlet publishes
                continue
            if low in {"see", "sees"} and i >= 1 and toks[i - 1].lower in _MODALS:
                continue  # "customers could see higher bills": what happens to them
            if low == "according" and i + 1 < n and toks[i + 1].lower == "to":
                yield i, i + 2, "according to"
                continue
            if low in {"call", "calls"} and i and toks[i - 1].lower in _CALL_NOUNS:
                continue  # "told analysts on a conference call": a noun
            if low in {"call", "calls", "called"} and i + 1 < n and toks[i + 1].lower == "for":
                prev_low = toks[i - 1].lower if i else ""
                if tok.text.islower() and prev_low not in _DETERMINERS | _MODALS | {"to"}:
                    yield i, i + 2, low + " for"  # "called for a vote": a demand
                continue
            if (
                low == "called"
                and tok.text.islower()
                and i >= 1
                and toks[i - 1].lower not in _BE_FORMS | _DETERMINERS | {"so", "-"}
                and not toks[i - 1].lower.endswith(("'s", "’s"))
                and i + 2 < n
                and toks[i + 1].text not in _QUOTES
                and (
                    toks[i + 1].lower not in _STOP
                    or toks[i + 1].lower in {"it", "them", "him", "her", "this", "that"}
                )
                and any(t.text in _QUOTES for t in toks[i + 2 : i + 10])
            ):
                # 'Ferrán called the drive "a coup"', 'Dunstan called it "cruel"': a verdict
                yield i, i + 1, low
                continue
            if low not in verbs and low in beliefs and tok.text.islower():
                # Belief verbs count for vague sources only (checked by the caller). A
                # plural-looking form after a quantifier is a noun: "some calls".
                prev_low = toks[i - 1].lower if i else ""
                noun_like = prev_low in _DETERMINERS and (
                    prev_low not in {"some", "many", "few", "most"} or low.endswith("s")
                )
                by_next = i + 1 < n and toks[i + 1].lower == "by"
                if low == "suspected" and i + 1 < n and toks[i + 1].lower in {"of", "in"}:
                    continue  # "A man suspected of arson was arrested": a status, no believer
                if not by_next and prev_low in _BE_FORMS and low not in _STATES_OF_BELIEF:
                    continue  # "groups are expected to discuss": a passive, no believer
                # '"People see the headlines and they cancel," said X': a speaker's own
                # generalisation inside a quotation, not a group cited by the reporter
                quoted = self._inside_quotes(i)
                if (by_next or (i >= 1 and not noun_like)) and not quoted:
                    yield i, i + 1, "belief:" + low
                continue
            if low not in verbs or not tok.text.islower():
                continue
            if (
                low in {"wrote", "write", "writes", "written"}
                and any(t.lower == "off" for t in toks[i + 1 : i + 8])
                and not any(t.lower == "that" or t.text in _QUOTES for t in toks[i + 1 : i + 8])
            ):
                continue  # "the council wrote this stretch of coast off": gave up on it
            if low == "told" and i + 1 < n and toks[i + 1].lower == "to":
                continue  # "People were handed maps and told to like it": an order received
            if low in {"said", "says", "say"} and _SAID_NOTHING.match(self.doc.text, tok.end):
                continue  # "why she has said so little": nothing was said
            if low in {"ask", "asks", "asked"} and i + 1 < n and toks[i + 1].lower == "for":
                continue  # "his lawyer asked for a retest": a request, not a statement
            if low in {"admitted", "admits", "denied", "denies"} and _PLEA.match(
                self.doc.text, tok.end
            ):
                continue  # "admitted 14 counts of fraud": a plea in court, not a statement
            if low in _CHARGE_FORMS and not any(
                t.lower == "that" or t.text in _QUOTES or t.text == ":"
                for t in toks[max(0, i - 3) : i + 6]
            ):
                continue  # "Marchlight charges what it likes": a price, not "charged that ..."
            prev = toks[i - 1] if i else None
            if (
                prev is not None
                and prev.lower in _BE_FORMS
                and (low in _TELLING or low.endswith("ed") or low in _IRREGULAR_PARTICIPLES)
                and self._agent_by(i + 1) is None  # "reported by", "announced on Monday by"
            ):
                # "officials were warned": those told, not those telling; "it is said that",
                # "the plan was announced": an agentless passive names no source.
                continue
            # "..., and several said": a quantifier standing alone after a conjunction
            elliptical = (
                prev is not None
                and prev.lower in _ELLIPTICAL_QUANTIFIERS
                and i >= 2
                and (toks[i - 2].lower in {"and", "but", "while"} or toks[i - 2].text == ",")
            )
            if (
                prev is not None
                and not elliptical
                and (
                    prev.lower
                    in _DETERMINERS
                    - {"one", "that", "all", "some", "many", "few", "both", "another"}
                )
                or prev is not None
                and (
                    prev.lower.endswith("'s")
                    or prev.lower.endswith("’s")
                    or prev.lower in {"of", "not", "for"}
                    # "is expected to tell the forum": a statement to come, not "declined to say"
                    or (prev.lower == "to" and not (i >= 2 and toks[i - 2].lower in _FUTURE_FRAMES))
                    or prev.lower in _BARE_INFINITIVE_BEFORE
                    or prev.lower in _MODALS
                )
            ):
                continue  # a noun ("the claims") or an infinitive ("declined to say")
            if prev is not None and prev.lower in {"when", "if", "after", "before", "once"}:
                continue  # "when asked", "if pressed": the source is the one asked
            if self._modal_perfect(i):
                continue  # "the company may already have told the bank": guessed, not said
            if (
                prev is not None
                and prev.lower in _PRONOUN_WORDS
                and i >= 2
                and (
                    toks[i - 2].lower in {"unless", "if", "whether"}
                    or (
                        toks[i - 2].lower in {"before", "until"}
                        and not low.endswith("ed")
                        and low not in _IRREGULAR_PARTICIPLES
                    )
                )
            ):
                # "waiting until after the election before it announces anything", "if he
                # says yes": a statement supposed, not made ("before she continued" was made)
                continue
            if (
                low in _WEAK_CUES
                and low.startswith("describ")
                and any(t.lower == "as" for t in toks[i + 1 : i + 9])
            ):
                yield i, i + 1, low  # "described the plan as reckless"
                continue
            if low in {"dismiss", "dismissed", "dismisses"} and any(
                t.lower in _DISPUTED for t in toks[i + 1 : i + 4]
            ):
                yield i, i + 1, low  # "officials dismissed the claims": a denial
                continue
            if low in {"state", "states"} and not (
                i + 1 < n and (toks[i + 1].lower == "that" or toks[i + 1].text in _CLAUSE_NEXT)
            ):
                continue  # "state television", "the United States": not the verb
            if low in {"point", "points", "pointed"}:
                if i + 1 < n and toks[i + 1].lower == "out":
                    yield i, i + 2, low + " out"
                continue
            if low in _WEAK_CUES:
                nxt = toks[i + 1] if i + 1 < n else None
                if (
                    nxt is not None
                    and nxt.text not in _CLAUSE_NEXT
                    and not (nxt.lower in {"in", "on"} and low.startswith(("add", "comment")))
                    # "recalled being told", "recalled how the water rose": a memory told
                    and not (
                        low in {"recalled", "recalls"}
                        and (
                            nxt.lower == "how"
                            or (
                                nxt.lower.endswith("ing")
                                and nxt.text.islower()
                                and not nxt.lower.endswith("thing")
                            )
                        )
                    )
                ) and not (prev is not None and prev.text in _QUOTES | {","}):
                    continue
            yield i, i + 1, low

    # -- source finding -----------------------------------------------------

    def _agent_by(self, j: int) -> int | None:
        """The index of the "by" of a passive agent at ``j`` ("by the council") or after a
        day or a period ("on Monday by the council", "last year by the Review"), else
        ``None``."""
        toks = self.toks
        n = len(toks)
        if j < n and toks[j].lower == "by":
            return j
        if j + 1 < n and toks[j].lower in _EARLIER and toks[j + 1].lower == "by":
            return j + 1  # "reported earlier by the newsletter"
        if (
            j + 2 < n
            and (toks[j].lower in _TIME_PREPS or toks[j].lower == "in")  # "in January by"
            and toks[j + 1].lower in _CALENDAR
            and toks[j + 2].lower == "by"
        ):
            return j + 2
        if (
            j + 2 < n
            and toks[j].lower in {"last", "this", "earlier", "next"}
            and toks[j + 1].lower in _PERIODS
            and toks[j + 2].lower == "by"
        ):
            return j + 2  # "first reported last year by the Review"
        return None

    def source_for(self, i: int, j: int, form: str) -> Mention | None:
        toks = self.toks
        self._cue_form = form
        if form == "according to":
            k = j
            if k + 1 < len(toks) and toks[k].lower in {"the", "a", "an"} and _is_cap(toks[k + 1]):
                k += 1  # "according to a Washington Post poll": the name is the source
            m = self._role_then_name(k) or self.parse_forward(k) or self._withheld_forward(k)
            if m is None:
                m = self._group_forward(k, k, ends=True)  # "according to shipping agents,"
            if self._the_name(m):
                assert m is not None
                return Mention(m.start, m.end, "media")  # "according to the Tenmarsh Almanac"
            return m
        # Passive agent: "reported by Reuters", "first reported by The Post", "announced on
        # Monday by the council".
        by = self._agent_by(j)
        if by is not None:
            j = by
            # "confirmed by her son, Peter Gaskarth,": the role, then the name
            m = self._role_then_name(j + 1) or self.parse_forward(j + 1, allow_the=True)
            if m is not None and form in _PUBLISHING_VERBS and m.kind in {"person", "organization"}:
                return Mention(m.start, m.end, "media")  # "first reported by ProPublica"
            passive = i >= 1 and toks[i - 1].lower in _BE_FORMS
            head = (
                toks[bisect.bisect_right(self.starts, m.end - 1) - 1].lower if m is not None else ""
            )
            if (
                m is not None
                and passive
                and m.kind == "anonymous"
                and not _people_plural(head, self.lex)
                and head not in self.lex["anonymous_sources"]
            ):
                return None  # "might be explained by other habits": no one speaks
            if m is not None:
                return m
            if passive:
                return None  # "he was told by doctors": the agent, unnamed here, told him
        if form.endswith("ing"):
            # "Clinton celebrated in Florida, declaring ...": the participle's subject is
            # the subject of the sentence; no other reading of a participle is a source.
            return self.sentence_subject(i) if i >= 1 and toks[i - 1].text == "," else None
        m = self.parse_backward(i - 1)
        if m is not None and form in _PUBLISHING_VERBS and self._the_name(m):
            return Mention(m.start, m.end, "media")  # "..., the Tenmarsh Almanac reported"
        if m is not None:
            at = self._token_at(m.start)
            if at >= 1 and toks[at - 1].lower in {"whatever", "whoever", "than"}:
                # "whatever the company says now", "sooner than people think": no statement
                return None
            if (
                m.kind == "anonymous"
                and toks[at].end == m.end  # one bare word: "official", "some"
                and at >= 2
                and toks[at - 1].lower == "to"
                and toks[at - 2].lower == "according"
            ):
                # "according to official estimates": the object of "according to" takes no
                # verb, so "estimates" is a noun and "official" describes it ("according to
                # police estimates" keeps the police, a body, as the source, and "according
                # to the source claimed ..." its source)
                return None
            return m
        # Inverted: ", said Tomas Lind" / "” said Lind" / "said the ministry".
        b = i - 1
        if form in _NO_INVERSION:
            return None  # "..., accused the leadership of": the object, not the speaker
        if b < 0 or toks[b].text in _QUOTES | {",", ":", "—", "–"}:
            k = j
            while k < len(toks) and toks[k].lower in {"also", "later", "then"}:
                k += 1
            if (
                k + 2 < len(toks)
                and toks[k].lower in {"one", "another"}
                and toks[k + 1].text == ","
                and _is_cap(toks[k + 2])
            ):
                k += 2  # "said one, Margaret Dunphy, 72": one of them, named
            return (
                self._role_then_name(k)
                or self.parse_forward(k, allow_the=True)
                or self._role_words_then_name(k)
            )
        return None

    def _role_words_then_name(self, k: int) -> Mention | None:
        """ "said coastguard commander Yusuf Lindgren-Abara": up to three lowercase words of
        a role written against a person's name, after an inverted verb of saying."""
        toks = self.toks
        n = len(toks)
        r = k
        while r < n and r - k < 3 and toks[r].text.islower() and _is_word(toks[r]):
            if toks[r].lower in _STOP or toks[r].lower in _DETERMINERS:
                return None
            r += 1
        if r == k or r >= n or not _is_cap(toks[r]):
            return None
        named = self.parse_forward(r, allow_the=False)
        if (
            named is None
            or named.kind != "person"
            or " " not in self.doc.text[named.start : named.end]
        ):
            return None
        role = self.doc.text[toks[k].start : toks[r - 1].end]
        credential = (toks[k].start, toks[r - 1].end) if self._is_credential(role) else None
        return Mention(named.start, named.end, "person", False, named.credential or credential)

    def sentence_subject(self, before: int) -> Mention | None:
        """The subject opening the sentence (after an introductory phrase), if any."""
        toks = self.toks
        k = 0
        while k < before and (toks[k].text in _QUOTES or not _is_word(toks[k])):
            k += 1
        intro = next((c for c in range(k, min(k + 8, before)) if toks[c].text == ","), None)
        if intro is not None and toks[k].lower in _INTRO_WORDS:
            k = intro + 1  # "Later that day, Trump fired back ..."
        m = self.parse_forward(k, allow_the=True)
        if m is None:
            # "The operator's managing director, Euan Macnicol-Bell, apologised and said": a
            # role without a name of its own, then the person's name in apposition
            first = next((c for c in range(k + 1, min(k + 8, before)) if toks[c].text == ","), None)
            close = (
                next(
                    (c for c in range(first + 1, min(first + 8, before)) if toks[c].text == ","),
                    None,
                )
                if first is not None
                else None
            )
            if (
                close is None
                or toks[k].lower not in {"the", "its", "their", "his", "her", "a", "an"}
                or not all(
                    t.text.islower() or t.text in {"'s", "’s", "-"} for t in toks[k + 1 : first]
                )
            ):
                return None
            apposed = self.parse_backward(close)
            return apposed if apposed is not None and apposed.kind == "person" else None
        if m.start != toks[k].start and toks[k].lower != "the":
            between = self.doc.text[toks[k].start : m.start]
            if m.kind != "person" or not re.fullmatch(r"[A-Za-z ]+", between):
                return None  # not "Council leader Mina Rossi"
        end = self._token_at(m.end)
        if end >= before:
            return None
        possessive = self.doc.text[m.start : m.end].endswith(("'s", "’s"))
        if possessive:  # "Hartwell's managing director, ...": the possessor is not the subject
            while end < before and end - k < 8 and toks[end].text.islower() and _is_word(toks[end]):
                end += 1
        if end < before and toks[end].text == ",":
            # "Hartwell's managing director, Simon Otterburn, apologised and said", "Rowe, 45,
            # apologised and said": the subject is read back from the apposition's end
            close = next(
                (c for c in range(end + 1, min(end + 12, before)) if toks[c].text == ","), None
            )
            apposed = self.parse_backward(close) if close is not None else None
            if apposed is not None:
                return apposed
        return None if possessive else m

    def parse_backward(self, j: int, level: int = 0) -> Mention | None:
        """Find the subject whose last token is at or before ``j``."""
        toks = self.toks
        while j >= 0 and (
            toks[j].lower in _AUX_ADV
            or (
                toks[j].lower.endswith("ly")
                and toks[j].text.islower()
                and toks[j].lower not in _LY_NOUNS
            )
            or (toks[j].lower in _CALENDAR and j >= 1 and toks[j - 1].lower in _TIME_PREPS)
            or (
                toks[j].lower in _TIME_PREPS
                and j + 1 < len(toks)
                and toks[j + 1].lower in _CALENDAR
            )
            # "Ms Rathbone is expected to tell the forum": the statement to come is hers
            or (toks[j].lower == "to" and j >= 1 and toks[j - 1].lower in _FUTURE_FRAMES)
            or (toks[j].lower in _FUTURE_FRAMES and j + 1 < len(toks) and toks[j + 1].lower == "to")
        ):
            j -= 1
        if j < 0:
            return None
        tok = toks[j]
        credential = None
        anonymous_marker = False
        if tok.text == "," or tok.text in {"—", "–"}:
            # An apposition or relative clause: "Okafor, a ... expert at ..., told".
            k = j - 1
            depth = 0
            while k >= 0 and j - k <= 30:
                t = toks[k].text
                if t in _QUOTES and not self._plural_possessive(k):
                    return None
                if t in {")", "]"}:
                    depth += 1
                elif t in {"(", "["}:
                    depth -= 1
                elif t == tok.text and depth == 0 and not self._in_number(k):
                    break
                k -= 1
            else:
                return None
            if k < 0 or k + 1 >= j:
                return None
            inner_start, inner_end = toks[k + 1].start, toks[j - 1].end
            inner = self.doc.text[inner_start:inner_end]
            first = toks[k + 1].lower
            if first == "and" and k + 2 < j and toks[k + 2].lower in {"who", "whose"}:
                # "One pilot who flies into Corramore, and who asked not to be named, said":
                # the second clause goes on with the person the first describes
                described = self._anonymity_clause(k)
                if described is not None:
                    return described
            if (
                level < 2
                and k >= 2
                and _is_cap(toks[k + 1])
                and (j - k == 2 or (j - k == 3 and toks[j - 1].text == "."))
                and _is_cap(toks[k - 1])
                and toks[k - 2].lower in {"near", "in", "of", "from", "outside"}
            ):
                # "who farms near Hollisburg, Sask., said": the town's state or county, not
                # a name in apposition; the subject is read back from the town's comma when
                # an apposition ends there, else it is the phrase that ends with the town
                # ("an electrician from Youngstown, Ohio, told me")
                p = next(
                    (
                        c
                        for c in range(k - 1, max(k - 25, -1), -1)
                        if toks[c].text in {",", "—"} and not self._in_number(c)
                    ),
                    None,
                )
                if (
                    p is not None
                    and p + 1 < k
                    and (toks[p + 1].lower in _APPOSITION_OPENERS or _participle(toks[p + 1].lower))
                ):
                    m = self.parse_backward(k, level + 1)
                    if m is not None and m.kind in {"person", "anonymous", "role", "title"}:
                        return m  # not "Back in the United States, an electrician from ..."
                return self.parse_backward_np(k - 1)
            relative = first in {"who", "whose", "which"}
            lex = self.lex
            if (
                not relative
                and not (
                    first in _DETERMINERS
                    or self._is_credential(inner)
                    or toks[k + 1].text[:1].isupper()
                    or first in _APPOSITION_STARTS
                    # "the Daily, citing two people, reported"; "Ferrandino, quoted by the
                    # daily Corsa, said"; "Dumas, speaking to reporters, said"
                    # "Venugopal, appearing for the residents, argued", "the official,
                    # explaining the process, said": a participle after a person
                    or (
                        first.endswith("ing")
                        and first not in {"including", "according"}
                        and toks[k + 1].text.islower()
                        and k >= 1
                        and (
                            _is_cap(toks[k - 1])
                            or toks[k - 1].lower in lex["person_roles"]
                            or toks[k - 1].lower in lex["anonymous_sources"]
                            or _people_plural(toks[k - 1].lower, lex)
                        )
                    )
                    or first in {"quoted", "citing"}
                    or first in _ASKED  # "police, asked about the reports, said"
                    # "Derek Ollerenshaw, 71, from Fellowes End, said": where they are from
                    or (first == "from" and _is_cap(toks[min(k + 2, j - 1)]))
                    # "Ruth Okoro-Berg, of the housing charity Roofline, said": her body
                    or (first == "of" and any(_is_cap(t) for t in toks[k + 2 : j]))
                    or _AGED.fullmatch(first) is not None  # ", 79-year-old Edna Scoular,"
                    or _ANONYMITY.search(inner)
                    or any(
                        w in lex["person_titles"]
                        or w in lex["person_roles"]
                        or w in lex["anonymous_sources"]
                        or w in lex["organization_nouns"]
                        # "regional organiser of the union", "longtime head of the board"
                        for w in (t.lower for t in toks[k + 1 : min(k + 4, j)])
                    )
                    or (toks[k + 1].text[:1].isdigit() and k + 2 == j)
                )
            ):
                return None
            rel = next(
                (r for r in range(k + 2, j) if toks[r].lower in {"who", "whose", "which"}), j
            )
            if (
                not relative
                and first not in _ASKED
                and not _ANONYMITY.search(inner)
                and any(t.lower in _MODALS or t.lower in _FINITE_AUX for t in toks[k + 1 : rel])
            ):
                return None  # a clause, not an apposition: "for some, the losses would ..."
            if self._is_credential(inner):
                # "a chemist at X who was not involved": the credential ends at the clause,
                # unless the clause is the credential ("a critic who has written two books")
                rel_text = self.doc.text[toks[rel].start : inner_end] if rel < j else ""
                cut = rel > k + 1 and not _EXPERT_VERB.match(rel_text)
                credential = (inner_start, toks[rel - 1].end if cut else inner_end)
            anonymous_marker = bool(_ANONYMITY.search(inner))
            # "Schiff, 56, who has served ..., told": appositions can follow each other.
            # ", 41, who ...": a short apposition (an age, a party tag) before this one
            short = any(
                t.text == "," and not any(u.lower in _DETERMINERS for u in toks[c + 1 : k])
                for c, t in enumerate(toks[max(0, k - 4) : k - 1], start=max(0, k - 4))
            )
            named = self._inner_name(k + 1, j - 1)
            if named is not None and toks[k - 1].lower in _PLACE_NOUNS:
                named = None  # "A diplomat in the capital, Tessovar, said": the place's name
            whose = next(
                (w for w in range(k - 2, max(0, k - 4) - 1, -1) if toks[w].lower == "whose"), None
            )
            if named is not None and named.kind == "person" and whose is not None:
                # "the union, whose leader, Jurgen Brandsma, said", "Vela Labs, whose project
                # lead, Dr Imogen Task, told", "the bank, whose chief economist, Ola Berg, said"
                role = self.doc.text[toks[whose + 1].start : toks[k - 1].end]
                if self._is_credential(role.lower()):
                    span = (toks[whose + 1].start, toks[k - 1].end)
                    return Mention(
                        named.start, named.end, "person", False, named.credential or span
                    )
                head = toks[k - 1].lower
                if head in _PERSON_HEADS or head in self.lex["person_roles"] or _agent_noun(head):
                    return named  # "the firm, whose lawyer, Clara Voss, said": an agent noun
            m = self.parse_backward(k, level + 1) if level < 2 and k >= 2 and short else None
            if m is not None and m.kind == "time":
                m = None  # "At a hearing in July, Lena Kuhl, legal director ..., testified"
            if m is None:
                m = self.parse_backward_np(k - 1)
            if m is None and _ANONYMITY.search(inner):
                # "A pilot who was waiting to land, speaking on condition of anonymity, said"
                m = self._anonymity_clause(k)
            if named is not None and " " not in self.doc.text[named.start : named.end]:
                withheld = self._anonymity_clause(k)
                if withheld is not None:
                    return withheld  # "A resident who gave only his first name, Pavel, said"
            if m is None and named is not None and self._role_np(k - 1):
                # "The opposition leader, Marguerite Dumas, said", "The local paper, the
                # Dunmore Gazette, reported"
                if self._media_noun_ends(k - 1):
                    return Mention(named.start, named.end, "media")
                if self._body_np(k - 1):
                    # "The rail operator, Midvale Freight, said": a company, named
                    return Mention(named.start, named.end, "organization")
                return named
            if m is None:
                return None
            if (
                named is not None
                and m.kind in {"anonymous", "organization"}
                and (toks[k - 1].lower in _COMPANY_NOUNS or toks[k - 1].lower in _BODY_NOUNS)
                and _SPOKESPERSON_FOR.match(self.doc.text, m.start)
            ):
                # "A spokesman for the fungicide's maker, Grelling Agri, said": the name is the
                # maker's; the spokesman speaks
                return m
            if named is not None and m.kind in {
                "anonymous",
                "title",
                "role",
                "organization",
                "media",
            }:
                outer = self.doc.text[m.start : m.end]
                # "The union's spokeswoman, Chiara Lind,", "The opposition's Treasury spokesman,
                # Alun Vosper,": a role only a person holds, named after it
                person_role = named.kind == "person" and outer.split()[-1].lower() in _PERSON_HEADS
                if (
                    not any(c.isupper() for c in outer[1:])
                    or m.kind == named.kind
                    # "The Rovers manager, Benny Marchbanks, said": a role, named after it
                    or (m.kind in {"anonymous", "title", "role"} and outer.split()[-1].islower())
                    or person_role
                ):
                    # "Her neighbour, Ravi Menon, said": the person is named; the role
                    # before the name describes them ("The official news agency, Qaradan
                    # Press Service, said": an outlet, named).
                    if person_role:
                        kind = "person"
                    elif m.kind in {"organization", "media"}:
                        kind = m.kind
                    else:
                        kind = named.kind
                    at = self._token_at(m.start)
                    if at >= 1 and toks[at - 1].lower in _HEAD_PREPOSITIONS:
                        kind = named.kind  # "The founder of the company, Rafael Montiel,"
                    m = Mention(named.start, named.end, kind, False, m.credential)
            elif (
                named is not None
                and m.kind == "person"
                and m.end == toks[k - 1].end
                and self._token_at(m.start) >= 1
                and toks[self._token_at(m.start) - 1].lower in _HEAD_PREPOSITIONS | {"to"}
                and " " not in self.doc.text[m.start : m.end]
                and " " in self.doc.text[named.start : named.end]
            ):
                # "A former ambassador to Zerkovia, Hendrik Maasland, told": the name before
                # the comma is a place in the role, the person is named after it
                m = Mention(named.start, named.end, named.kind, False, m.credential)
            if (
                m.kind in {"person", "organization"}
                and first in {"a", "an", "the"}
                and self._media_noun_ends(j - 1)
            ):
                # "Le Journal de Vassy, a French-language weekly, reported"
                m = Mention(m.start, m.end, "media", m.plural, m.credential)
            if (
                m.kind == "person"
                and not relative
                and first in {"a", "an", "the"}
                and self._body_apposition(k + 1, j - 1)
            ):
                # "Brisk Ventures, the investment company, said": the name is a company's
                m = Mention(m.start, m.end, "organization", m.plural, m.credential)
            if relative and first == "which" and m.kind in {"person", "organization"}:
                m = Mention(m.start, m.end, self._which_kind(k + 1, m.kind), m.plural, m.credential)
            if anonymous_marker and m.kind in {"anonymous", "organization", "pronoun", "role"}:
                m = Mention(m.start, m.end, "anonymous", m.plural, m.credential)
            if credential and m.credential is None:
                m = Mention(m.start, m.end, m.kind, m.plural, credential)
            return m
        clause = self._anonymity_clause(j)
        if clause is not None:
            return clause
        return self.parse_backward_np(j)

    def _body_apposition(self, a: int, b: int) -> bool:
        """Whether tokens ``[a, b]`` are a noun phrase headed by a company or body noun ("the
        investment company", "a shipping firm based in Oslo"; not "a lawyer for the firm")."""
        toks = self.toks
        head = a
        for r in range(a, b + 1):
            if toks[r].lower in _POST_MODIFIER_OPENERS or toks[r].lower in {"based", "whose"}:
                break
            if not _is_word(toks[r]) or toks[r].lower.endswith(("'s", "’s")):
                return False
            head = r
        low = toks[head].lower
        return head > a and (low in _COMPANY_NOUNS or low in _BODY_NOUNS)

    def _anonymity_clause(self, j: int) -> Mention | None:
        """ "A witness who gave only her first name said": the person before the clause."""
        toks = self.toks
        for k in range(j - 1, max(j - 14, 0), -1):
            t = toks[k]
            if t.text in {",", ";", ":"} | _QUOTES:
                return None
            if t.lower in {"who", "whose"}:  # "A woman whose father lived there said"
                inner = self.doc.text[t.start : toks[j].end]
                m = self.parse_backward_np(k - 1)
                if not _ANONYMITY.search(inner):
                    # "A woman who lives nearby said": an unnamed person described by a clause
                    return m if m is not None and m.kind == "anonymous" else None
                if m is None or m.kind not in {"anonymous", "title", "role", "organization"}:
                    return None
                return Mention(m.start, m.end, "anonymous", m.plural, m.credential)
        return None

    def _role_np(self, j: int) -> bool:
        """Whether a lowercase noun phrase with a determiner or possessive ends at ``j``."""
        toks = self.toks
        if j < 1 or not toks[j].text.islower() or not _is_word(toks[j]):
            return False
        for k in range(j - 1, max(j - 6, -1), -1):
            low = toks[k].lower
            if low in {"the", "his", "her", "their", "its", "our"} or low.endswith("'s"):
                return True
            if low == "of" and toks[k - 1].text.islower():
                continue  # "the association's head of refereeing, Tamsyn Lisle, said"
            if not _is_word(toks[k]) or low in _STOP:
                return False
        return False

    def _inner_name(self, a: int, b: int) -> Mention | None:
        """The name filling tokens ``[a, b]`` exactly (an apposition), or ``None``."""
        toks = self.toks
        if a < b and _AGED.fullmatch(toks[a].lower):
            a += 1  # "One library user, 79-year-old Edna Scoular, said"
        if a < b and toks[a].lower == "the" and _is_cap(toks[a + 1]):
            a += 1  # "The local paper, the Dunmore Gazette, reported"
        elif a < b and toks[a].lower == "the":
            # "His challenger, the former central bank governor Elena Varga-Ruiz, told": a
            # role written against the name
            r = a + 1
            while r < b and r - a <= 5 and toks[r].text.islower() and _is_word(toks[r]):
                if toks[r].lower in _STOP:
                    return None
                r += 1
            if r - a < 2 or not _is_cap(toks[r]):
                return None
            a = r
        if a > b or not (_is_cap(toks[a]) or toks[a].lower in self.lex["person_titles"]):
            return None
        if toks[b].text == ")" and b - a >= 3:
            # "Cllr Amir Hussaini (Lab)", "Rep. Ana Ruiz (D-Texas)": a party tag after the name
            o = next((o for o in range(b - 1, max(a, b - 5), -1) if toks[o].text == "("), None)
            if o is not None and o > a and toks[o - 1].end < toks[o].start:
                b = o - 1
        if not _is_word(toks[b]) or not _is_cap(toks[b]):
            return None
        m = self._name_backward(b)
        if m is None or m.start != toks[a].start:
            return None
        return m

    def parse_backward_np(self, j: int) -> Mention | None:
        toks = self.toks
        if j < 0:
            return None
        if toks[j].text == "." and j >= 1 and toks[j - 1].lower in _ABBREVIATED_HEADS:
            j -= 1  # "Morrow & Co." before the verb
        tok = toks[j]
        low = tok.lower
        if tok.text == ")":  # "the Atomic Energy Organization (AEO)"
            k = j - 1
            while k >= 0 and toks[k].text != "(" and j - k < 6:
                k -= 1
            if k >= 1 and toks[k].text == "(":
                m = self.parse_backward_np(k - 1)
                if m is not None and m.kind == "person":
                    return m  # "Cllr Ines Morrow (Ind)", "Sen. Ana Ruiz (D-Texas)": a tag
                if m is not None:
                    return Mention(m.start, tok.end, m.kind, m.plural, m.credential)
            return None
        if low in _PRONOUNS and low not in {"i", "we"}:
            return Mention(tok.start, tok.end, "pronoun", plural=low == "they")
        if tok.text.isdigit() and len(tok.text) <= 4 and j >= 1 and _is_cap(toks[j - 1]):
            m = self.parse_backward_np(j - 1)  # "the broadcaster Kanal 7", "BBC Radio 4"
            # a longer number only after a station: "Radio station Trackside 927"
            kinds = {"media", "organization"} if len(tok.text) <= 2 else {"media"}
            if m is not None and m.kind in kinds:
                return Mention(m.start, tok.end, m.kind, m.plural, m.credential)
            return None
        if low in {"another", "others", "one"} and (j == 0 or not _is_word(toks[j - 1])):
            # "Another said", "Others added": an elliptical follow-up to unnamed sources.
            return Mention(tok.start, tok.end, "anonymous", plural=low == "others")
        if (
            low in _ELLIPTICAL_SUBJECTS
            and j >= 1
            and toks[j - 1].lower in {"and", "but", "while", "where"}
            and tok.text.islower()
        ):
            # "Former employees gathered outside, and several said": some of those just named
            return Mention(tok.start, tok.end, "anonymous", plural=low not in {"one", "another"})
        if low in {"who", "which"} and tok.text.islower() and j >= 1:
            return self._relative(j)
        share = self._poll_share(j) or self._partitive(j)
        if share is not None:
            return share
        if _is_cap(tok) and _is_word(tok):
            m = self._name_backward(j)
            if m is None:
                return None
            if m.kind in {"organization", "person"}:
                person = self._person_of(m)
                if person is not None:
                    # "Pia Lund of the University of Kesk said", "Mayor Ann Lee of Dover said"
                    return person
            p = self._token_at(m.start)
            if (
                m.kind == "person"
                and (
                    m.end == toks[p].end
                    or self.doc.text[m.start : m.end].lower() in self.lex["places"]
                    or toks[p].lower in _PLACE_FIRST_WORDS  # "the museum in Lake Orvin"
                )
                and p >= 2
                and toks[p - 1].lower in {"in", "at"}
                and _is_cap(toks[p - 2])
                and _is_word(toks[p - 2])
            ):
                # "the Pennimore Gallery in Altherton announced": the gallery, not the town;
                # "Raymond Ostle in Dresk said": the man, when nothing places him in turn
                body = self.parse_backward_np(p - 2)
                if body is not None and body.kind in {"organization", "media"}:
                    return self._person_of(body) or body  # "X of the Council in Y said"
                if body is not None and body.kind == "person":
                    b = self._token_at(body.start)
                    words = self.doc.text[body.start : body.end].split()
                    if (
                        len(words) >= 2
                        and words[0] not in {"A", "An", "The", "One"}
                        and words[-1].lower() not in self.lex["person_roles"]
                        and words[-1].lower() not in self.lex["person_titles"]
                        and (b == 0 or toks[b - 1].lower not in _PLACE_PREPOSITIONS)
                    ):
                        return body
            if (
                m.kind == "person"
                and m.end == toks[p].end
                and p >= 2
                and toks[p - 1].lower in {"in", "at", "near", "from"}
                and toks[p - 2].text.islower()
                and _is_word(toks[p - 2])
            ):
                # "farmers at the mart in Lisnagarry said", "an official in Dunmore said":
                # the people at the place, not the place
                group = self.parse_backward_np(p - 2)
                if group is not None and group.kind in {"anonymous", "organization"}:
                    return Mention(group.start, m.end, group.kind, group.plural, group.credential)
            if p >= 1 and toks[p - 1].lower == "the":
                p -= 1
            if p >= 3 and toks[p - 1].lower == "by" and toks[p - 2].lower in _CHANNEL_PARTICIPLES:
                polled = self.parse_backward_np(p - 3)
                if polled is not None:
                    return polled  # "Analysts polled by Finwire expect"
            return self._with_head(self._with_descriptor(m))
        if tok.text.islower() and _is_word(tok):
            if (
                low in _OUTLET_WORK
                and j >= 1
                and toks[j - 1].lower.endswith(("'s", "’s"))
                and _is_cap(toks[j - 1])
            ):
                owner = self._name_backward(j - 1)
                if owner is not None and owner.kind == "media":
                    # "The Herald's review found": the outlet's own reporting is cited
                    return Mention(owner.start, owner.end - 2, "media")
            m = self._description_backward(j)
            if m is not None and m.kind == "organization":
                person = self._person_of(m)
                if person is not None:
                    return person  # "Insp Gary Wetherall of Harlby police said"
            if m is not None:
                return self._with_head(m)
            counted = self._counted(j)
            if counted is not None:
                return counted  # "Three current players said": a counted group, not named
            if self._bare_plural(j):
                # "engineers say", "economists warned": a vague group, not named.
                return Mention(tok.start, tok.end, "anonymous", plural=True)
            person = self._indefinite_person(j)
            if person is not None:
                return person  # "A bystander said", "a local shopkeeper said"
            group = self._modified_group(j)
            if group is not None:
                return group  # "Local shop owners urged", "Civil liberties groups said"
            if low in _STOP:
                return None  # "a network of sources inside Syria and says": no noun here
            # A post-modifier: "two people familiar with the talks said".
            for k in range(j - 1, max(j - 9, -1), -1):
                t = toks[k]
                if (
                    not _is_word(t)
                    and t.text not in {"'s", "-", "."}
                    and not self._plural_possessive(k)
                ):
                    break
                if t.lower in {"said", "says", "that", "who", "which", "and", "but"} or (
                    (t.lower in _AUX_ADV or t.lower in self.lex["reporting_verbs"])
                    # "officials in both capitals said": "both" after a preposition
                    and not (t.lower == "both" and k >= 1 and toks[k - 1].lower in _LINK_WORDS)
                ):
                    break
                # "An aide to the senator said": someone who serves another
                serves = t.lower == "to" and k >= 1 and toks[k - 1].lower in _AIDE_NOUNS
                if (
                    t.lower in _STOP
                    and t.lower not in _LINK_WORDS
                    and t.lower not in _HEAD_PREPOSITIONS
                    and t.lower not in _POSSESSIVES
                    and not serves
                    and not (k >= 1 and (toks[k - 1].lower, t.lower) in _LINKS)
                ):
                    break  # "... in Macau when asked": a clause boundary, not a post-modifier
                if (
                    t.lower in _LINK_WORDS
                    or t.lower in _HEAD_PREPOSITIONS
                    or serves
                    or (k + 1 <= j and (t.lower, toks[k + 1].lower) in _LINKS)
                ):
                    h = k - 1
                    if h >= 1 and toks[h].text.islower() and _participle(toks[h].lower):
                        # "Drivers queuing at the tunnel entrance said", "Passengers stuck in
                        # the terminal described": the people, not the place
                        h -= 1
                    head = (
                        self._description_backward(h)
                        or (self._name_backward(h) if h >= 0 and _is_cap(toks[h]) else None)
                        or self._counted(h)
                        or self._subject_person(h)
                        or self._modified_group(h)  # "Hop growers in the valley say"
                    )
                    if head is not None and head.kind != "person":
                        return Mention(head.start, tok.end, head.kind, head.plural, head.credential)
                    if head is not None:
                        return None  # "Smith of the institute": handled as a name
        return None

    def _relative(self, j: int) -> Mention | None:
        """The relative pronoun ``toks[j]`` as a source, of its antecedent's kind.

        "Scott Reed, the group's strategist, who added", "the Post, which said",
        "voters who said": the pronoun is the source mention; its antecedent, just
        before it (after a comma or an apposition), gives its kind.
        """
        toks = self.toks
        tok = toks[j]
        ante = None
        if toks[j - 1].text == "," and j >= 2:
            ante = self.parse_backward_np(j - 2)
            if ante is None or ante.kind in {"anonymous", "role", "title"}:
                # "Orla McConville, the county archaeologist, who called it": the person
                whole = self.parse_backward(j - 1)
                if ante is None or (whole is not None and whole.kind == "person"):
                    ante = whole
        elif toks[j - 1].text != ",":
            ante = self.parse_backward_np(j - 1)
            # ("anyone who asks", "everyone who saw it": anybody at all, not a source)
            if ante is None and toks[j - 1].lower in {"those", "people"}:
                return Mention(tok.start, tok.end, "anonymous", plural=True)
        if ante is not None and tok.lower == "who" and ante.kind in {"media", "organization"}:
            # "her son, Peter Gaskarth, a former editor of the Sentinel, who said": a person
            whole = self.parse_backward(j - 1)
            if whole is not None and whole.kind == "person":
                ante = whole
        if ante is None:
            return None
        kind = ante.kind if ante.kind not in {"pronoun", "title", "role"} else "person"
        if tok.lower == "which":
            kind = self._which_kind(j, kind)
        return Mention(
            tok.start, tok.end, kind, ante.plural, ante.credential, (ante.start, ante.end)
        )

    def _which_kind(self, j: int, kind: str) -> str:
        """The kind of a name taken up by "which" at ``j``: never a person; an outlet
        when the clause publishes ("The Clarion, which first reported the deal")."""
        toks = self.toks
        k = j + 1
        while k < len(toks) and toks[k].lower in _AUX_ADV | {"first"}:
            k += 1
        if (
            kind in {"person", "organization"}
            and k < len(toks)
            and toks[k].lower in _PUBLISHING_VERBS
        ):
            return "media"
        return "organization" if kind == "person" else kind

    def _partitive(self, j: int) -> Mention | None:
        """ "one of the people", "two of them": some members of an unnamed group."""
        toks = self.toks
        low = toks[j].lower
        if low in {"them", "those"}:
            k = j
        elif low in {"people", "staff"} or _people_plural(low, self.lex):
            before = toks[j - 1].lower if j >= 1 else ""
            k = j - 1 if before in {"the", "these", "those"} | _POSSESSIVES else j
        else:
            return None
        if k >= 2 and toks[k - 1].lower == "of":
            q = toks[k - 2]
            if q.lower in _NUMBER_WORDS or q.text.isdigit() or q.lower in _PARTITIVE_HEADS:
                return Mention(q.start, toks[j].end, "anonymous", plural=q.lower != "one")
        return None

    def _poll_share(self, j: int) -> Mention | None:
        """A share of poll respondents: "66 percent", "about four in 10", "almost half"."""
        toks = self.toks
        low = toks[j].lower
        shares = {"percent", "%", "half", "third", "thirds", "quarter", "majority"}
        n_in_10 = (
            j >= 2
            and toks[j - 1].lower == "in"
            and (low.isdigit() or low == "ten")
            and (toks[j - 2].text[:1].isdigit() or toks[j - 2].lower in _NUMBER_WORDS)
        )
        if low not in shares and not n_in_10:
            return None
        k = j
        while k - 1 >= 0 and j - k < 5:
            prev = toks[k - 1].lower
            if prev[:1].isdigit() or prev in _NUMBER_WORDS or prev in _SHARE_WORDS:
                k -= 1
            else:
                break
        if k == j and low in {"percent", "%"}:
            return None
        if low in {"majority", "half", "third", "thirds", "quarter"} and k == j:
            return None  # "the majority" alone is too often an institution's
        return Mention(toks[k].start, toks[j].end, "anonymous", plural=True)

    def _counted_group(self, j: int) -> bool:
        """A number, up to two lowercase modifiers, then a plural noun: "three current players"."""
        toks = self.toks
        head = toks[j].lower
        if not (len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))):
            return False
        if head in lexicons.load("document_nouns") or head in _CALENDAR:
            return False
        for k in range(j - 1, max(j - 4, -1), -1):
            t = toks[k]
            if t.text[:1].isdigit() or t.lower in _NUMBER_WORDS:
                p = k - 1 if k >= 1 and toks[k - 1].lower == "the" else k
                # "of three players", "in the two capitals": inside a phrase, not a subject
                return p == 0 or toks[p - 1].lower not in {"of", "for", "in", "after", "over"}
            if not t.text.islower() or not _is_word(t) or t.lower in _STOP:
                return False
        return False

    def _over_of_phrase(self, k: int, words: int, before: frozenset[str]) -> int:
        """Where "PREP the NOUNS of" starts, if the name at ``k`` follows one; else ``k``.

        Up to ``words`` lowercase words between "the" and "of", none a function word, and
        a word of ``before`` in front of "the": "of the diocese of", "in the port of".
        """
        toks = self.toks
        if k < 4 or toks[k - 1].lower != "of" or not toks[k - 2].text.islower():
            return k
        d = k - 2
        while d >= 1 and k - d <= words + 1 and toks[d].text.islower() and _is_word(toks[d]):
            if toks[d].lower == "the" or toks[d].lower in _STOP:
                break
            d -= 1
        if toks[d].lower == "the" and d >= 2 and toks[d - 1].lower in before:
            return d
        return k

    def _person_of(self, org: Mention) -> Mention | None:
        """The person named just before "of/at/from [the] ORG", if any."""
        toks = self.toks
        k = self._token_at(org.start)
        if k >= 1 and toks[k - 1].lower == "the":
            k -= 1
        # "Bishop Ann Lee of the diocese of Westrow": over "of the diocese" to the name
        k = self._over_of_phrase(k, 2, _OF)
        if k < 2 or toks[k - 1].lower not in {"of", "at", "from"} or not _is_cap(toks[k - 2]):
            return None
        m = self._name_backward(k - 2)
        if m is None or m.kind != "person" or " " not in self.doc.text[m.start : m.end]:
            return None
        p = self._token_at(m.start)
        if p >= 1 and toks[p - 1].lower in {"the", "of", "&"}:
            return None  # "the chairman of the Joint Chiefs of Staff": no one named there
        name = self.doc.text[m.start : m.end]
        last = name.split()[-1].lower()
        if (
            "'s" in name
            or "’s" in name
            or last in self.lex["person_titles"]
            or name.split()[0].lower() in {"a", "an", "the"}  # "A Source at Hama Governorate"
        ):
            return None  # "Liberty Institute's Director of Litigation": an office, not a name
        return m

    def _modified_group(self, j: int) -> Mention | None:
        """A plural noun of people after modifiers, opening its clause: "Local shop owners".

        The head must name people (:func:`_people_plural`); up to three lowercase modifiers
        may stand before it, and one capitalised word when it opens the sentence
        ("Neighbouring farmers", "Apple shareholders"). With a determiner the phrase is a
        description, handled elsewhere.
        """
        toks = self.toks
        if not _people_plural(toks[j].lower, self.lex):
            return None
        k = j
        while k - 1 >= 0 and j - k < 3:
            prev = toks[k - 1]
            if not (prev.text.islower() and _is_word(prev)) or prev.lower in _STOP:
                break
            if prev.lower == "few" and k >= 2 and toks[k - 2].lower == "a" and self._opens(k - 2):
                # "A few riders are convinced", "a few local fans said": a vague group
                return Mention(toks[k - 2].start, toks[j].end, "anonymous", plural=True)
            if prev.lower in _DETERMINERS or prev.lower in self.lex["reporting_verbs"]:
                return None
            k -= 1
        if k == j and not (k >= 1 and self._opens(k - 1) and _is_cap(toks[k - 1])):
            return None  # a bare plural, handled by _bare_plural
        if k - 1 >= 0 and _is_cap(toks[k - 1]) and _is_word(toks[k - 1]) and self._opens(k - 1):
            k -= 1
        elif (
            not self._opens(k)
            and toks[k - 1].lower not in _BARE_PLURAL_BEFORE
            # "Bookings are down 20%, local business owners say, after ...": set off by
            # commas, the group and its verb stand between the claim and the rest
            and not (
                toks[k - 1].text == ","
                and j + 2 < len(toks)
                and toks[j + 1].lower in self.lex["reporting_verbs"]
                and toks[j + 2].text in {",", ".", ";"}
            )
        ):
            return None
        return Mention(toks[k].start, toks[j].end, "anonymous", plural=True)

    def _group_forward(self, start: int, k: int, ends: bool = False) -> Mention | None:
        """From ``start``, up to two lowercase modifiers from ``k`` and a plural noun of people:
        an unnamed group ("three policymakers", "shipping agents"). With ``ends``, the noun
        must end the phrase ("according to shipping agents,")."""
        toks = self.toks
        n = len(toks)
        for e in range(k, min(k + 3, n)):
            t = toks[e]
            if not (t.text.islower() and _is_word(t)) or t.lower in _STOP:
                return None
            if _people_plural(t.lower, self.lex) and (
                not ends or (e + 1 < n and toks[e + 1].text in {",", ".", ";"})
            ):
                return Mention(toks[start].start, t.end, "anonymous", plural=True)
        return None

    def _group_head(self, j: int) -> Mention | None:
        """A bare plural noun of people before "at/of X": "Traders at Hollis & Co." """
        toks = self.toks
        if j < 0 or not _people_plural(toks[j].lower, self.lex):
            return None
        if not (self._opens(j) or toks[j - 1].lower in _BARE_PLURAL_BEFORE):
            return None
        return Mention(toks[j].start, toks[j].end, "anonymous", plural=True)

    def _indefinite_person(self, j: int) -> Mention | None:
        """ "A bystander", "an off-duty nurse": one unnamed someone, whatever the noun.

        An indefinite article (or "one", "another") and up to three lowercase words before
        a verb of saying introduce a person not named; things that "say" (a report, a
        letter, a statement: ``document_nouns`` and :data:`_THINGS`) are left out.
        """
        toks = self.toks
        head = toks[j].lower
        if self._cue_form not in _PLAIN_SPEECH:
            return None  # "a conference call", "a simple question": nouns, not verbs
        if len(head) < 3 or head in _STOP or head in _THINGS or head.endswith("s"):
            return None
        if head in self.lex["document_nouns"] or head in self.lex["organization_nouns"]:
            return None
        if head.endswith("ed"):
            return None  # "a criminal complaint filed in court": a participle, no person
        if self._cue_form == "according to" and not (
            head in self.lex["person_roles"]
            or head in self.lex["anonymous_sources"]
            or head in self.lex["expert_credentials"]
            or head.endswith(("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person"))
        ):
            return None  # "according to a trial in three countries": a study, not a person
        for k in range(j - 1, max(j - 5, -1), -1):
            low = toks[k].lower
            if low in self.lex["document_nouns"] or low in _THINGS:
                return None
            if low in {"a", "an", "one", "another"}:
                if k + 1 <= j and toks[k + 1].lower in {"of", "in"}:
                    return None
                return Mention(toks[k].start, toks[j].end, "anonymous")
            if low in _DETERMINERS or low.endswith("'s"):
                return None  # "a decision the fleet says": a second noun phrase begins
            if (
                _is_cap(toks[k])
                and _is_word(toks[k])
                and k >= 1
                and toks[k - 1].lower in {"a", "an", "one", "another"}
            ):
                continue  # "One Tarawhiti sharemilker said": a place or body before the noun
            if not (toks[k].text.islower() and _is_word(toks[k])) or low in _STOP:
                return None
        return None

    def _role_then_name(self, k: int) -> Mention | None:
        """ "said the study's lead author, Ingrid Vasquez, ...": the role, then the name.

        A lowercase noun phrase opened by "the" or a possessive, then a comma and a
        person's name closed by a comma or the sentence's end: the person is named, and
        the role is their credential when it is one.
        """
        toks = self.toks
        n = len(toks)
        if k >= n or not (
            toks[k].lower in _ROLE_OPENERS | {"a", "an"} or toks[k].lower.endswith("'s")
        ):
            return None
        for c in range(k + 1, min(k + 7, n - 1)):
            if toks[c].text != ",":
                if not _is_word(toks[c]) and toks[c].text != "'s":
                    return None
                continue
            indefinite = toks[k].lower in {"a", "an"} and all(
                t.text.islower() and _is_word(t) for t in toks[k + 1 : c]
            )  # "said a senior, Tavi Rosendahl, 17"
            if not (indefinite or self._role_np(c - 1)) or toks[c - 1].lower in _UNNAMEABLE:
                return None  # "continued the insider, Jenner, 67, ...": not the insider's name
            named = self.parse_forward(c + 1, allow_the=False)
            if named is None or named.kind != "person":
                return None
            after = bisect.bisect_left(self.starts, named.end)  # the token after the name
            if after < n and toks[after].text not in {",", ".", ";"}:
                return None
            if self._media_noun_ends(c - 1):
                return Mention(named.start, named.end, "media")  # "the local paper, the Echo"
            if self._body_np(c - 1):
                return Mention(named.start, named.end, "organization")  # "the group, SumOfUs"
            role = self.doc.text[toks[k].start : toks[c - 1].end]
            credential = (toks[k].start, toks[c - 1].end) if self._is_credential(role) else None
            return Mention(named.start, named.end, "person", False, named.credential or credential)
        return None

    def _body_np(self, j: int) -> bool:
        """Whether a simple noun phrase for a company or body ends at ``j``.

        "The rail operator", "the industry body", "The housing association": a determiner,
        modifiers and a head from :data:`_COMPANY_NOUNS` or :data:`_BODY_NOUNS`, with no
        preposition ("the chief strategist for the campaign" is a person).
        """
        toks = self.toks
        if toks[j].lower not in _COMPANY_NOUNS and toks[j].lower not in _BODY_NOUNS:
            return False
        for k in range(j - 1, max(j - 5, -1), -1):
            low = toks[k].lower
            if low in {"the", "a", "an", "its", "their"}:
                # "The founder of the company, Rafael Montiel, said": the company is not the
                # phrase's head, its founder is.
                return not (k >= 1 and toks[k - 1].lower in {"of", "for", "at", "from", "with"})
            if not _is_word(toks[k]) or low in _STOP:
                return False
            if self._opens(k):
                return True  # "Campaign group Clean Quell said": no article at the start
        return False

    def _media_noun_ends(self, j: int) -> bool:
        """Whether a media noun ("weekly", "news agency") ends at token ``j``."""
        toks = self.toks
        nouns = self.lex["media_nouns"]
        if toks[j].lower in nouns:
            return True
        return j >= 1 and f"{toks[j - 1].lower} {toks[j].lower}" in nouns

    def _counted(self, j: int) -> Mention | None:
        """A counted group of people ending at ``j``: "three current players"."""
        if not self._counted_group(j):
            return None
        toks = self.toks
        k = j - 1
        while k >= 0 and not (toks[k].text[:1].isdigit() or toks[k].lower in _NUMBER_WORDS):
            k -= 1
        if k >= 1 and toks[k - 1].lower in {"the", "both"}:
            head = toks[j].lower
            single = head[:-3] + "y" if head.endswith("ies") else head[:-1]
            if single in _COMPANY_NOUNS or single in _BODY_NOUNS or single in _GOVERNMENTS:
                # "the two companies said": the bodies named before, speaking for themselves
                return Mention(toks[k - 1].start, toks[j].end, "organization", plural=True)
        return Mention(toks[k].start, toks[j].end, "anonymous", plural=True)

    def _subject_person(self, j: int) -> Mention | None:
        """:meth:`_indefinite_person` ending at ``j`` that stands as the clause's subject.

        For a person placed by a preposition ("a man outside the post office said"):
        the phrase must open the sentence or follow a quote, comma or colon (not a name
        and its comma, an apposition), so that "the director of a hospital in the east
        told" and run-on text ("a school and a residential area ... rebels said") are
        not taken for unnamed people.
        """
        m = self._indefinite_person(j)
        if m is None:
            return None
        toks = self.toks
        k = self._token_at(m.start)
        if self._opens(k):
            return m
        prev = toks[k - 1]
        if prev.text in {";", ":"}:
            return m
        if prev.text in _QUOTES and k >= 2 and toks[k - 2].text in {",", "?", "!"}:
            return m  # '"It will close," a man outside the post office said'
        if prev.text in _QUOTES:
            return None
        if prev.text == "," and not (k >= 2 and _is_cap(toks[k - 2]) and _is_word(toks[k - 2])):
            return m
        return None

    def _opens(self, k: int) -> bool:
        """Whether token ``k`` opens the sentence (after quotes or brackets only)."""
        if self._first_word is None:
            self._first_word = next(
                (i for i, t in enumerate(self.toks) if _is_word(t)), len(self.toks)
            )
        return k <= self._first_word

    def _bare_plural(self, j: int) -> bool:
        """A bare plural noun subject: no determiner, no modifier before it."""
        toks = self.toks
        head = toks[j].lower
        if not (len(head) > 4 and head.endswith("s") and not head.endswith(("ss", "us", "is"))):
            return False
        if head in lexicons.load("document_nouns") or head.endswith(("ings", "ness", "tics")):
            return False
        if head in _RECORD_PLURALS:
            return False  # "scans had confirmed a strain": records, not people
        prev = toks[j - 1] if j >= 1 else None
        return prev is None or not _is_word(prev) or prev.lower in _BARE_PLURAL_BEFORE

    def _names_body(self, word: str) -> bool:
        """Whether lowercase ``word`` is a noun for a company or a body ("firm", "group")."""
        return (
            word in _COMPANY_NOUNS
            or word in _BODY_NOUNS
            or word in self.lex["organization_nouns"]
            or word in self.lex["organization_heads"]
        )

    def _with_head(self, m: Mention) -> Mention:
        """Extend ``m`` to the person described with it.

        "a spokesperson for Meta", "a spokeswoman for the state agency", "an
        official at the State Department": the person described is the source,
        not the institution named after the preposition.
        """
        toks = self.toks
        k = self._token_at(m.start)
        d = k
        if k >= 1 and self._names_body(toks[k - 1].lower):
            while d >= 3 and k - d < 3 and toks[d - 1].text.islower() and _is_word(toks[d - 1]):
                d -= 1  # "Administrators from the firm Grantley Shaw": over the descriptor
                if toks[d - 1].lower == "the" and toks[d - 2].lower in _HEAD_PREPOSITIONS:
                    k = d
                    break
        if k >= 2 and toks[k - 1].lower == "the":
            k -= 1
        # "Two residents of the border town of Halvik", "Fishermen in the port of Skarhavn":
        # over "the border town of" to the preposition after the people
        k = self._over_of_phrase(k, 3, _HEAD_PREPOSITIONS)
        if (
            k >= 3
            and toks[k - 1].lower in _HEAD_PREPOSITIONS | {"to"}
            and toks[k - 2].lower.endswith("ing")
            and toks[k - 2].text.islower()
        ):
            # "Villagers returning to Vrastel said": the people, not the place they return to
            head = (
                self._description_backward(k - 3)
                or self._group_head(k - 3)
                or self._modified_group(k - 3)
            )
            if head is not None and head.kind in {"anonymous", "organization"}:
                return Mention(head.start, m.end, head.kind, head.plural, head.credential)
        if k >= 3 and (toks[k - 2].lower, toks[k - 1].lower) in _LINKS:
            # "Sources close to the team said": the people, not the team
            head = (
                self._description_backward(k - 3)
                or self._group_head(k - 3)
                or self._modified_group(k - 3)
            )
            if head is not None and head.kind == "anonymous":
                return Mention(head.start, m.end, head.kind, head.plural, head.credential)
        for _ in range(2):
            # "Some parishioners at St Cuthbert's in Lower Fenby": over a named place that
            # is itself in a prepositional phrase, to the people before it
            if k >= 4 and toks[k - 1].lower in _HEAD_PREPOSITIONS and toks[k - 2].text.islower():
                # "Tenants at a complex on Elm Terrace": over an unnamed place the same way
                d = k - 2
                while d > k - 5 and d >= 2 and toks[d].lower not in {"a", "an", "the", "one"}:
                    if not _is_word(toks[d - 1]) or toks[d - 1].lower in _STOP - {"a", "an"}:
                        break
                    d -= 1
                if (
                    toks[d].lower in {"a", "an", "the", "one"}
                    and toks[d - 1].lower in _HEAD_PREPOSITIONS
                ):
                    k = d
                    continue
                break
            if k < 4 or toks[k - 1].lower not in _HEAD_PREPOSITIONS or not _is_cap(toks[k - 2]):
                break
            inner = self._name_backward(k - 2)
            at = self._token_at(inner.start) if inner is not None else 0
            if at < 2 or toks[at - 1].lower not in _HEAD_PREPOSITIONS:
                break
            k = at
        if (
            k >= 3
            and toks[k - 1].lower in _PLACE_MODIFIERS
            and toks[k - 2].lower in _HEAD_PREPOSITIONS
            and _is_cap(toks[k])
        ):
            k -= 1  # "Restaurant owners in downtown Carverton": over the place's modifier
        if k >= 2 and (
            toks[k - 1].lower in _HEAD_PREPOSITIONS
            or (toks[k - 1].lower == "to" and toks[k - 2].lower in _AIDE_NOUNS)
        ):
            h = k - 2
            if (
                h >= 1
                and toks[h].text.islower()
                and _participle(toks[h].lower)
                and toks[h].lower not in _STOP
            ):
                h -= 1  # "Drivers queuing at the tunnel entrance": the people, not the queue
            head = (
                self._description_backward(h)
                or self._group_head(h)
                or self._modified_group(h)
                or self._subject_person(h)
            )
            if head is not None and (
                head.kind in {"anonymous", "organization"}
                # "state television in Ombara reported": the outlet, not the place
                or (head.kind == "media" and toks[k - 1].lower == "in" and m.kind != "anonymous")
            ):
                return Mention(head.start, m.end, head.kind, head.plural, head.credential)
        return m

    def _with_descriptor(self, m: Mention) -> Mention:
        """A name after a descriptor: "the German broadcaster ZDF", "co-author Tomas Berg".

        A media noun before the name makes it an outlet (span from the determiner); a
        person's role or title before a name keeps the person, named.
        """
        toks = self.toks
        k = self._token_at(m.start)
        if k < 1 or not toks[k - 1].text.islower():
            return m
        prev = toks[k - 1].lower
        if k >= 2 and f"{toks[k - 2].lower} {prev}" in self.lex["media_nouns"]:
            prev = f"{toks[k - 2].lower} {prev}"
            k -= 1  # "the state news agency Nortas"
        if prev in self.lex["media_nouns"] and m.kind in {"organization", "person", "media"}:
            s = k - 1
            while s - 1 >= 0 and k - s < 4 and _is_word(toks[s - 1]) and toks[s - 1].lower != "and":
                s -= 1
                if toks[s].lower in _DETERMINERS:
                    break
            if toks[s].lower not in _DETERMINERS and not _is_cap(toks[s]):
                s = k - 1
            return Mention(toks[s].start, m.end, "media")
        if m.kind == "person" and self._body_np(k - 1):
            return Mention(m.start, m.end, "organization")  # "the operator Northline Rail"
        if m.kind == "person" and m.credential is None:
            # "Maritime lawyer Henrik Rustad said", "the economist Ada Vance said": a
            # credential written before the name
            c = k - 1
            while (
                c >= 1
                and k - c < 3
                and _is_word(toks[c - 1])
                and toks[c - 1].lower not in _STOP
                and (toks[c - 1].text.islower() or self._opens(c - 1))
            ):
                c -= 1
            phrase = self.doc.text[toks[c].start : toks[k - 1].end]
            if self._is_credential(phrase) or self._is_credential(f"a {phrase.lower()}"):
                return Mention(m.start, m.end, "person", m.plural, (toks[c].start, toks[k - 1].end))
        return m

    def _named_elsewhere(self, word: str) -> bool:
        """Whether ``word`` stands capitalised inside a sentence of the text (a surname)."""
        return word in self.inner_caps.words()

    def _token_at(self, offset: int) -> int:
        """Index (in this sentence) of the token starting at ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def _name_backward(self, j: int) -> Mention | None:
        toks = self.toks
        k = j
        while k - 1 >= 0:
            prev = toks[k - 1]
            pl = prev.lower
            if _is_cap(prev) and _is_word(prev):
                k -= 1
            elif (
                prev.text == "."
                and k - 2 >= 0
                and (
                    len(toks[k - 2].text) == 1
                    and toks[k - 2].text.isupper()
                    or toks[k - 2].lower in self.lex["person_titles"]
                )
            ):
                k -= 1  # the period of an initial or a title
            elif (
                pl in _NAME_PARTICLES
                and k - 2 >= 0
                and _is_cap(toks[k - 2])
                or pl == "&"
                and k - 2 >= 0
                and _is_cap(toks[k - 2])
                or pl in {"of", "&", "for"}
                and k - 2 >= 0
                and _is_cap(toks[k - 2])
                and (
                    toks[k - 2].lower in self.lex["organization_heads"]
                    or toks[k - 2].lower
                    in {"ministry", "department", "bank", "university", "secretary"}
                )
            ):
                k -= 1
            elif (
                pl == "and"
                and k >= 4
                and _is_cap(toks[k - 2])
                and toks[k - 3].lower == "of"
                and _is_cap(toks[k - 4])
                and toks[k - 4].lower in self.lex["organization_heads"]
            ):
                k -= 1  # "Department of Fish and Game": one body, not two sources
            elif (
                pl == "and"
                and k >= 2
                and _is_cap(toks[k - 2])
                and _is_word(toks[k - 2])
                and toks[j].lower in self.lex["organization_heads"]
                and j > k  # a name of two words at least after "and"
                and not (k >= 3 and toks[k - 3].text == ",")  # not a list: "A, B and C Union"
            ):
                k -= 1  # "the Transport and General Union", "Port and Harbour Board"
            else:
                break
        while k <= j and not _is_word(toks[k]):
            k += 1
        if k > j:
            return None
        if k == j and self._opens(k) and toks[k].lower in _VAGUE_RECORDS:
            return None  # "Reports say the plant closed": no one, and no name
        first = toks[k].lower
        if (
            k < j
            and self._opens(k)
            and (first in self.lex["expert_credentials"] or _OLOGIST.fullmatch(first))
            and first not in self.lex["person_titles"]
        ):
            # "Agronomist Dr Ruth Penhallow said": a credential opening the sentence, capitalised
            m = self._classify_name(k + 1, j)
            if m.kind == "person":
                return Mention(m.start, m.end, "person", m.plural, (toks[k].start, toks[k].end))
        return self._classify_name(k, j)

    def _classify_name(self, k: int, j: int) -> Mention:
        toks = self.toks
        start, end = toks[k].start, toks[j].end
        text = normalize_quotes(self.doc.text[start:end])
        low = text.lower()
        low_nothe = low[4:] if low.startswith("the ") else low
        words = [t.lower for t in toks[k : j + 1] if _is_word(t)]
        # the head word, before a channel number: "KQVR News 4"
        named = [w for w in words if not w.isdigit()] or words
        last = named[-1].removesuffix("'s") if words else ""
        low_nothe = low_nothe.removesuffix("'s")
        lex = self.lex
        if "-" in last and last.rpartition("-")[2] in lex["media_heads"]:
            last = last.rpartition("-")[2]  # "the Breckin Courier-Dispatch"
        the_before = k >= 1 and toks[k - 1].lower == "the"
        # An outlet's acronym opening a longer name is the outlet: "BBC Radio 4".
        if (
            low_nothe in lex["media_outlets"]
            or (len(words) >= 2 and words[0] in lex["media_outlets"] and toks[k].text.isupper())
            or (
                (len(words) >= 2 or the_before)
                and last in lex["media_heads"]
                # "the Office of Program Review": a body's office, whatever its last word
                and not any(
                    w in lex["organization_heads"] and nxt in {"of", "for"}
                    for w, nxt in zip(words, words[1:], strict=False)
                )
            )
            or (len(words) >= 2 and words[0] in {"daily", "radio", "television", "tv"})
            or (len(words) >= 3 and "daily" in words[1:-1])  # "the Delvane Daily Register"
            or low_nothe.endswith(("news agency", "press agency"))
            or _CALL_SIGN.fullmatch(text) is not None  # "WBRK-TV", "KQLF-FM"
        ):
            return Mention(start, end, "media")
        if (
            low_nothe in lex["places"]
            or last in lex["organization_heads"]
            or (len(words) >= 3 and last[-1:] == "s" and last[:-1] in lex["organization_heads"])
            or (len(words) >= 2 and "&" in low)  # a firm: "Marrable & Pyke", "Hale & Co"
        ):
            return Mention(start, end, "organization")  # "Local Coordination Committees"
        if last in _PERSON_ACRONYMS:
            # "one backbench MP warned", "a Labour MP said": one unnamed member
            for d in range(k, max(k - 4, -1), -1):
                if toks[d].lower in {"a", "an", "one", "another"}:
                    return Mention(toks[d].start, end, "anonymous")
                if not _is_word(toks[d]) or toks[d].lower in _STOP:
                    break
        if len(words) == 1 and toks[j].text.isupper() and len(toks[j].text) >= 2:
            return Mention(start, end, "organization")  # an acronym: "FBI", "AEO"
        if len(words) == 1 and last in _CALENDAR and last != "may":
            return Mention(start, end, "time")  # "a study published Wednesday suggests"
        if len(words) == 1 and last in lex["anonymous_sources"]:
            return Mention(start, end, "anonymous", plural=last.endswith("s"))
        if (
            len(words) == 1
            and self._opens(k)
            and (
                _people_plural(last, lex)
                or (last.endswith("s") and last[:-1] in lex["organization_nouns"])
            )
            and not self._named_elsewhere(toks[k].text)
        ):
            return Mention(start, end, "anonymous", plural=True)  # "Prosecutors", "Unions said"
        if any(
            w in lex["organization_heads"] and nxt in {"of", "for"}
            for w, nxt in zip(words, words[1:], strict=False)
        ):
            # "Institute for Coastal Research", "Arvik Centre for Democratic Governance"
            return Mention(start, end, "organization")
        if re.fullmatch(r"[A-Z]{2,}s", toks[j].text) and (
            len(words) == 1
            or (len(words) == 2 and (words[0] in _NUMBER_WORDS or words[0] in _VAGUE_COUNTS))
            # "Opposition MPs", "Labour MEPs": members, not named
            or (len(words) == 2 and words[1].removesuffix("s") in _PERSON_ACRONYMS)
        ):
            return Mention(start, end, "anonymous", plural=True)  # "several MPs said"
        return Mention(start, end, "person")

    def _description_backward(self, j: int) -> Mention | None:
        """``[det] [modifiers] HEAD`` where HEAD is a source noun at ``j``."""
        toks = self.toks
        if j < 0:
            return None
        head = toks[j].lower
        lex = self.lex
        prefix, _, office = head.rpartition("-")
        if prefix in _OFFICE_PREFIXES and office in lex["person_titles"]:
            head = office  # "the vice-chancellor", "the deputy-mayor": an office all the same
        if j >= 1 and f"{toks[j - 1].lower} {head}" in lex["media_nouns"]:
            kind = "media"
        elif head in lex["anonymous_sources"]:
            kind = "anonymous"
            if (
                j >= 1
                and not head.endswith("s")
                and head not in _ALWAYS_UNNAMED
                and (toks[j - 1].lower == "the" or (j >= 2 and toks[j - 2].lower == "the"))
                or (head in _KIN and toks[j - 1].lower in _KIN_DETERMINERS)
                and not any(t.lower in _UNNAMED for t in toks[max(0, j - 3) : j])
            ):
                kind = "role"  # "the chief executive": a person named nearby, or unnamed
        elif head in lex["organization_nouns"]:
            kind = "organization"
            np_start = j
            while np_start > max(0, j - 3) and _is_word(toks[np_start - 1]):
                np_start -= 1  # the noun phrase only: not "over the summer, prosecutors"
            if head.endswith("s") and not any(
                (toks[k].lower in _DETERMINERS and toks[k].lower not in _VAGUE)
                or toks[k].lower.endswith("'s")
                or (_is_cap(toks[k]) and not self._opens(k))  # a name, not "Civil" opening
                for k in range(np_start, j)
            ):
                kind = "anonymous"  # "rights groups said": unnamed groups, not one named body
        elif head in lex["media_nouns"] and (
            head not in {"press", "wire", "channel", "paper"}
            or (head == "paper" and toks[j - 1].lower == "the")
        ):
            kind = "media"
        elif (head in lex["expert_credentials"] or _OLOGIST.fullmatch(head)) and (
            head not in lex["person_roles"]
        ):
            kind = "anonymous"
        elif any(t.lower in _UNNAMED for t in toks[max(0, j - 3) : j]) and toks[j].text.islower():
            kind = "anonymous"  # "an unnamed executive": any noun, explicitly unnamed
        elif (
            any(t.lower in _VAGUE for t in toks[max(0, j - 2) : j])
            and toks[j].text.islower()
            and head.endswith("s")
            and len(head) > 3
            and head not in self.lex["document_nouns"]
            and head[:-1] not in self.lex["document_nouns"]
            and head[:-3] + "y" not in self.lex["document_nouns"]
        ):
            kind = "anonymous"  # "some fans", "many tenants": a vague group of people
        elif (
            (head in lex["person_titles"] or head in lex["person_roles"])
            and len(head) > 2
            and j >= 1
        ):
            # "the mayor said": a person identified by office (resolved to a name later);
            # "a minister said": one of many, so unnamed.
            det = (
                toks[j - 1].lower
                if toks[j - 1].lower in _DETERMINERS
                else (toks[j - 2].lower if j >= 2 else "")
            )
            if det in {"a", "an", "one"}:
                kind = "anonymous"
            elif det in {"the", "his", "her", "their", "its"} or toks[j - 1].lower.endswith("'s"):
                kind = "title"
            else:
                return None
        else:
            return None
        k = j
        while k - 1 >= 0 and j - k < 6:
            prev = toks[k - 1]
            pl = prev.lower
            if pl in _DETERMINERS:
                k -= 1
                break
            if pl.endswith("'s") and _is_word(prev):
                k -= 1
                break
            if k >= 2 and self._plural_possessive(k - 1):
                k -= 2  # "the controllers' union": its possessor, as with "the city's union"
                break
            if not _is_word(prev) or pl in _STOP or pl in _CALENDAR:
                break
            k -= 1
        start = toks[k].start
        words = {t.lower for t in toks[k : j + 1]}
        if kind == "organization" and head in {"spokesman", "spokeswoman", "spokesperson"}:
            kind = "organization"
        if kind == "anonymous" and head in {"official", "officials"} and "unnamed" not in words:
            kind = "anonymous"
        # "Western media", "state media", the determiner-less plurals stay as they are.
        return Mention(start, toks[j].end, kind, plural=head.endswith("s") and head != "press")

    def parse_forward(self, k: int, allow_the: bool = True) -> Mention | None:
        """Parse a source mention starting at token ``k``."""
        toks = self.toks
        n = len(toks)
        if k >= n:
            return None
        tok = toks[k]
        low = tok.lower
        if low in _PRONOUNS and low not in {"i", "we"}:
            return Mention(tok.start, tok.end, "pronoun", plural=low == "they")
        if low in {"one", "another"} and (k + 1 >= n or not _is_word(toks[k + 1])):
            return Mention(tok.start, tok.end, "anonymous")  # '"...," said one.'
        if (
            (low in _NUMBER_WORDS or low in _PARTITIVE_HEADS)
            and k + 2 < n
            and toks[k + 1].lower == "of"
        ):
            # "according to two of them", "according to one of the organisers"
            for e in range(k + 2, min(k + 5, n)):
                if self._partitive(e) is not None:
                    return Mention(tok.start, toks[e].end, "anonymous", plural=low != "one")
        if allow_the and low in {"the"} and k + 1 < n and _is_cap(toks[k + 1]):
            k += 1
            tok = toks[k]
        article = tok.text == "A" and k + 1 < n and toks[k + 1].text.islower()  # "A federal judge"
        if _is_cap(tok) and _is_word(tok) and not article:
            e = k
            while e + 1 < n:
                nx = toks[e + 1]
                if (
                    _is_cap(nx)
                    and _is_word(nx)
                    or nx.text == "."
                    and (
                        len(toks[e].text) == 1
                        and toks[e].text.isupper()
                        or toks[e].lower in self.lex["person_titles"]
                    )
                    and e + 2 < n
                    and _is_cap(toks[e + 2])
                    or nx.lower in _NAME_PARTICLES | {"of", "&"}
                    and e + 2 < n
                    and _is_cap(toks[e + 2])
                    or nx.text.isdigit()
                    and len(nx.text) <= 2
                    and _is_cap(toks[e])
                ):
                    e += 1
                else:
                    break
            while e > k and not _is_word(toks[e]):
                e -= 1
            noun = e + 1
            while (
                e == k
                and noun + 1 < n
                and noun - e < 3
                and toks[noun].text.islower()
                and _is_word(toks[noun])
                and toks[noun].lower not in _STOP
                and not self._media_noun_ends(noun)
            ):
                noun += 1  # "Italian sports daily": modifiers before the media noun
            if e == k and noun < n and toks[noun].text.islower() and self._media_noun_ends(noun):
                # "State television, which ..., said": an adjective and a media noun;
                # "Spanish newspaper Marca", "the Italian sports daily La Gazzetta": and the
                # outlet's name after it
                end = toks[noun].end
                if noun + 1 < n and _is_cap(toks[noun + 1]) and _is_word(toks[noun + 1]):
                    name = self.parse_forward(noun + 1, allow_the=False)
                    if name is not None:
                        end = name.end
                return Mention(tok.start, end, "media")
            # "Council leader Mina Rossi": an institution, a role, then the person's name.
            r = e + 1
            while r < n and r - e <= 2 and toks[r].text.islower() and _is_word(toks[r]):
                r += 1
            if r > e + 1 and r + 1 < n and _is_cap(toks[r]) and _is_cap(toks[r + 1]):
                role = toks[r - 1].lower
                credential = self._is_credential(role)  # "Kestrel Bank economist Farid Nasser"
                if (
                    credential
                    or role in self.lex["person_roles"]
                    or role in self.lex["person_titles"]
                    # "Corsaro Asset Management strategist Ilaria Benvenuti": an agent noun
                    or _agent_noun(role)
                ):
                    named = self.parse_forward(r, allow_the=False)
                    if named is not None and named.kind == "person":
                        if credential and named.credential is None:
                            span = (toks[k].start, toks[r - 1].end)
                            return Mention(named.start, named.end, "person", False, span)
                        return named
            m = self._classify_name(k, e)
            if e + 1 < n and toks[e + 1].lower in _PROGRAMME_NOUNS and m.kind != "media":
                # "the Literary Lantern podcast", "the Morning Report programme": a show
                return Mention(m.start, toks[e + 1].end, "media")
            of = next((o for o in range(k + 2, e) if toks[o].lower == "of"), None)
            if m.kind == "organization" and of is not None:
                # "Professor Orla Mac Giolla of Ballinrue University": the person, of the body
                head = self._classify_name(k, of - 1)
                if head.kind == "person" and " " in self.doc.text[head.start : head.end]:
                    m = head
            # ", a North Korea researcher at the International Crisis Group in Seoul"
            if e + 2 < n and toks[e + 1].text == ",":
                s = e + 2
                stop = s
                cut = None  # where a relative clause begins: "a lawyer who specialises in"
                while stop < n and toks[stop].text not in {",", ".", ";", "—", "–"} | _QUOTES:
                    if cut is None and stop > s and toks[stop].lower in {"who", "whose", "which"}:
                        cut = stop
                    stop += 1
                if stop > s:
                    inner = self.doc.text[toks[s].start : toks[stop - 1].end]
                    if self._is_credential(inner):
                        # the credential ends at the relative clause, as in the other order,
                        # unless the clause is the credential ("who has written two books")
                        if cut is not None and _EXPERT_VERB.match(
                            self.doc.text[toks[cut].start : toks[stop - 1].end]
                        ):
                            cut = None
                        last = (cut if cut is not None else stop) - 1
                        m = Mention(
                            m.start, m.end, m.kind, m.plural, (toks[s].start, toks[last].end)
                        )
            return m
        # A role before a name: "co-author Tomas Berg", "the broadcaster NHK".
        if tok.text.islower() and _is_word(tok):
            # "the sports radio station Sportklang 98": up to three words after an article
            e = k + 1 if low in {"the", "a", "an"} else k
            while e < n and e - k < 4 and toks[e].text.islower() and _is_word(toks[e]):
                if toks[e].lower in _STOP:
                    break
                e += 1
            own_the = (
                toks[e].text == "The" and e + 1 < n and _is_cap(toks[e + 1]) if e < n else False
            )
            if (
                e < n
                and e > k
                and (_is_cap(toks[e]) or own_the)
                and _is_word(toks[e])
                and toks[e - 1].lower not in _STOP
            ):
                # "the technology site The Patchwire": the name may open with its own "The"
                named = self.parse_forward(e, allow_the=own_the)
                # "the student newspaper the Greyfriars Gazette": the role ends before "the"
                r = e - 2 if e - 2 > k and toks[e - 1].lower == "the" else e - 1
                if named is not None and named.kind in {"person", "organization", "media"}:
                    if toks[r].lower in self.lex["media_nouns"] or (
                        r - 1 >= k
                        and f"{toks[r - 1].lower} {toks[r].lower}" in self.lex["media_nouns"]
                    ):
                        return Mention(tok.start, named.end, "media")  # "the radio station KQR"
                    if r != e - 1:
                        return None
                    role = toks[e - 1].lower
                    credential = self._is_credential(role)
                    if named.kind == "person" and (
                        role in self.lex["person_roles"]
                        or role in self.lex["person_titles"]
                        or role in self.lex["anonymous_sources"]
                        or role.split("-")[-1] in self.lex["person_roles"]
                        or credential
                    ):
                        if credential and named.credential is None:
                            # "said glaciologist Henrike Sollmann": the credential before
                            span = (tok.start, toks[e - 1].end)
                            return Mention(named.start, named.end, "person", False, span)
                        return named
        # A description: scan to its head noun within a few tokens.
        for e in range(k, min(k + 7, n)):
            word = toks[e]
            if not _is_word(word) and word.text not in {"-", "'s"}:
                break
            described = self._description_backward(e)
            nxt = toks[e + 1] if e + 1 < n else None
            after = toks[e + 2].lower if e + 2 < n else ""
            if (
                described is not None
                and nxt is not None
                and nxt.text.islower()
                and nxt.lower not in _STOP
                and (nxt.lower, after) not in _LINKS
            ):
                continue  # a modifier of a longer compound: "his radio audience"
            if described is not None and described.start <= tok.start:
                if described.kind == "media" and e + 2 < n and toks[e + 1].text == ",":
                    named = self.parse_forward(e + 2, allow_the=True)
                    if named is not None and named.kind == "media":
                        return named  # "the student newspaper, the Vantry Courant": the name
                # Extend over a post-modifier such as "familiar with the matter".
                end = toks[e].end
                if e + 2 < n and (toks[e + 1].lower, toks[e + 2].lower) in _LINKS:
                    f = e + 2
                    while (
                        f + 1 < n
                        and _is_word(toks[f + 1])
                        and toks[f + 1].lower not in {"said", "says", "that", "who", "and"}
                    ):
                        f += 1
                    end = toks[f].end
                return Mention(
                    tok.start, end, described.kind, described.plural, described.credential
                )
        if low in {"a", "an", "one", "another"}:
            # '"We were told it was safe," said one parishioner, who ...': someone unnamed
            e = k + 1
            while e < n and e - k <= 4 and toks[e].text.islower() and _is_word(toks[e]):
                if toks[e].lower in _STOP or toks[e].lower in {"quoted", "cited"}:
                    break
                if e > k + 1 and toks[e].lower.endswith("ing"):
                    break  # "said one woman waiting for the 7.42": the woman
                e += 1
            # the noun phrase ends at punctuation or "who", not at a verb ("An insider spoke to");
            # "according to an appraiser quoted by ArtTrade Monthly": the appraiser
            if e - 1 > k and (
                e >= n
                or not _is_word(toks[e])
                or toks[e].lower in {"who", "quoted", "cited"}
                or toks[e].lower.endswith("ing")
            ):
                return self._indefinite_person(e - 1)
            if e - 1 > k and e + 1 < n and toks[e].lower in {"from", "at", "in", "outside", "near"}:
                # "said one tradie from Merrigang": the person and where they are from
                one = self._indefinite_person(e - 1)
                f = e + 1
                while f < n and f - e <= 5 and _is_word(toks[f]) and toks[f].lower not in _STOP:
                    f += 1
                if one is not None and f > e + 1 and (f >= n or not _is_word(toks[f])):
                    return Mention(one.start, toks[f - 1].end, one.kind, one.plural, one.credential)
                return one
        return None

    def _is_credential(self, phrase: str) -> bool:
        words = _credential_words(phrase)
        head = next((k for k, w in enumerate(words) if w in _CREDENTIAL_HEAD_ENDS), len(words))
        if head and words[head - 1] in self.lex["media_nouns"]:
            return False  # "a specialist archaeology magazine": an outlet, not a person
        creds = self.lex["expert_credentials"]
        if any(w in creds for w in words) or _EXPERT_VERB.search(phrase):
            return True
        if _LEGAL_EXPERT.match(phrase) or _YEARS_EXPERIENCE.search(phrase):
            return True
        if any(_OLOGIST.fullmatch(w) for w in words):
            return True
        return any(f"{a} {b}" in creds for a, b in zip(words, words[1:], strict=False))

    def channels(self) -> Iterable[tuple[int, int, Mention]]:
        """Sources named as the channel of a claim rather than its speaker.

        "seen by Reuters", "obtained by the Post", "polled by Bloomberg" and "a report
        in the Times", "an interview with CNN" name an outlet (kept only when it is one);
        "citing people familiar with the matter" names a source of any kind.
        """
        toks = self.toks
        n = len(toks)
        for i in self._indices(_CHANNEL_WORDS):
            low = toks[i].lower
            if low in _SEEN_BY and i + 2 < n and toks[i + 1].lower == "by":
                m = self.parse_forward(i + 2, allow_the=True)
                if m is not None and (m.kind == "media" or self._the_name(m)):
                    yield i, i + 2, Mention(m.start, m.end, "media")
            elif (low in _SPOKE_TO and i + 2 < n and toks[i + 1].lower == "to") or (
                low in _SAID_IN
                and i + 2 < n
                and toks[i + 1].lower in {"on", "in"}
                and (low != "raised" or (i >= 1 and toks[i - 1].lower == "first"))
            ):
                m = self.parse_forward(i + 2, allow_the=True)  # "spoke to the Echo"
                if (
                    m is not None
                    and m.kind == "media"
                    and not self.doc.text[m.start : m.end].lower().endswith("social media")
                    # "barred from talking to the media": the press in general, no outlet
                    and self.doc.text[m.start : m.end].lower().split()[-1] not in _GENERIC_MEDIA
                ):
                    yield i, i + 2, m  # ("said on social media": a platform, not an outlet)
            elif (
                low in _BROADCAST_PARTICIPLES
                and i + 2 < n
                and (
                    "by"
                    in (
                        toks[i + 1].lower,
                        toks[i + 2].lower
                        if toks[i + 1].lower in {"live", "first", "exclusively"}
                        else "",
                    )
                    or self._agent_by(i + 1) is not None  # "broadcast last week by"
                )
            ):
                b = self._agent_by(i + 1) or i + 2  # "broadcast live by", "on Monday by"
                m = self.parse_forward(b + 1, allow_the=True)
                if m is not None and m.kind in {"media", "organization", "person"}:
                    yield i, i + 2, Mention(m.start, m.end, "media")
            elif low == "cited" and i >= 1 and i + 1 < n and toks[i - 1].lower not in _BE_FORMS:
                # "The newspaper cited two senior party officials": the officials are the
                # source, and an outlet that cites them is one too.
                m = self.parse_forward(i + 1, allow_the=True)
                if m is not None and m.kind not in {"pronoun", "role", "title"}:
                    yield i, i + 1, m
                    outlet = self.parse_backward(i - 1)
                    if outlet is not None and outlet.kind == "media":
                        yield i, i + 1, outlet
            elif (
                low == "quoted"
                and i >= 1
                and i + 2 < n
                and toks[i - 1].lower not in _BE_FORMS
                and any(
                    toks[t].lower == "as" and toks[t + 1].lower.endswith("ing")
                    for t in range(i + 2, min(i + 14, n - 1))
                )
            ):
                # "The agency Brevpress quoted the energy minister, Dario Melnikas, as saying":
                # the minister is the source, and the outlet that quotes him one too.
                m = self._role_then_name(i + 1) or self.parse_forward(i + 1, allow_the=True)
                if m is not None and m.kind not in {"pronoun", "title"}:
                    yield i, i + 1, m
                    outlet = self.parse_backward(i - 1)
                    if outlet is not None and outlet.kind == "media":
                        yield i, i + 1, outlet
            elif low == "citing" and i + 1 < n:
                k = i + 1
                if toks[k].lower in {"a", "an"} and k + 2 < n and toks[k + 2].lower == "in":
                    k += 3  # "citing a report in the Times"
                m = self.parse_forward(k, allow_the=True) or self._cited_group(k)
                if m is not None and m.kind != "pronoun":
                    yield i, i + 1, m
            elif (
                low in _CHANNEL_NOUNS
                and i + 2 < n
                and toks[i + 1].lower in {"in", "by", "with", "on"}
                and i >= 1
                and (
                    toks[i - 1].lower in {"a", "an", "the"}
                    # "a 1998 interview with", "an exclusive interview with"
                    or (
                        i >= 2 and toks[i - 2].lower in {"a", "an", "the"} and _is_word(toks[i - 1])
                    )
                )
            ):
                m = self.parse_forward(i + 2, allow_the=True)
                if m is not None and (m.kind == "media" or self._the_name(m)):
                    yield i, i + 2, Mention(m.start, m.end, "media")

    def _modal_perfect(self, i: int) -> bool:
        """Whether the verb at ``i`` follows a modal and "have": "may (already) have told"."""
        toks = self.toks
        k = i - 1
        if k < 1 or toks[k].lower != "have":
            return False
        k -= 1
        while k >= 0 and i - k <= 4 and toks[k].lower in {"already", "also", "not", "never"}:
            k -= 1
        return k >= 0 and toks[k].lower in _MODALS

    def _in_number(self, k: int) -> bool:
        """Whether the comma at ``k`` groups the digits of a number ("3,200 acres")."""
        toks = self.toks
        return (
            0 < k < len(toks) - 1
            and toks[k - 1].end == toks[k].start
            and toks[k + 1].start == toks[k].end
            and toks[k - 1].text.isdigit()
            and toks[k + 1].text.isdigit()
        )

    def _plural_possessive(self, k: int) -> bool:
        """Whether the apostrophe at ``k`` closes a plural possessive ("the nurses' union")."""
        toks = self.toks
        return (
            toks[k].text in {"'", "’"}
            and k >= 1
            and toks[k - 1].end == toks[k].start
            and toks[k - 1].lower.endswith("s")
            and k + 1 < len(toks)
            and toks[k + 1].start > toks[k].end
            and _is_word(toks[k + 1])
        )

    def _puts_at(self, i: int) -> bool:
        """ "put the death toll at 40", "puts the cost at about $2m": an estimate, stated."""
        toks = self.toks
        n = len(toks)
        if i + 1 >= n or toks[i + 1].lower not in {"the", "its", "their", "his", "her"}:
            return False
        for k in range(i + 2, min(i + 7, n - 1)):
            if toks[k].lower == "at":
                nxt = toks[k + 1].text
                return nxt[:1].isdigit() or nxt[:1] in "$€£¥" or toks[k + 1].lower in _ROUGHLY
        return False

    def _withheld_forward(self, k: int) -> Mention | None:
        """ "according to a senior government whip who asked not to be named": an indefinite
        noun phrase whose relative clause withholds the name, unnamed whatever its noun."""
        toks = self.toks
        n = len(toks)
        if k >= n or toks[k].lower not in {"a", "an", "one"}:
            return None
        for w in range(k + 2, min(k + 6, n)):
            if toks[w].lower == "who":
                clause = self.doc.text[toks[w].start : toks[min(w + 12, n - 1)].end]
                if _ANONYMITY.search(clause):
                    return Mention(toks[k].start, toks[w - 1].end, "anonymous")
                return None
            if not (toks[w].text.islower() and _is_word(toks[w])) or toks[w].lower in _STOP:
                return None
        return None

    def _cited_group(self, k: int) -> Mention | None:
        """ "citing three policymakers", "citing several senior bankers": a count or a vague
        quantity, up to two modifiers and a plural noun of people, unnamed."""
        toks = self.toks
        n = len(toks)
        if k >= n or not (
            toks[k].lower in _NUMBER_WORDS
            or toks[k].lower in _VAGUE_COUNTS
            or toks[k].text.isdigit()
        ):
            return None
        return self._group_forward(k, k + 1)

    def coordinated(self, src: Mention, cue: int) -> Mention | None:
        """The first of two coordinated subjects: "The Tribune and the broadcaster NHK said"."""
        toks = self.toks
        k = self._token_at(src.start)
        if k >= cue or k < 2 or toks[k - 1].lower != "and" or src.kind == "pronoun":
            return None
        other = self.parse_backward_np(k - 2)
        if other is None or other.kind in {"pronoun", "title", "role"}:
            return None
        if other.kind != src.kind and {other.kind, src.kind} - {"person", "media", "organization"}:
            return None  # "Prices rose and officials said": not two sources
        return other

    def told_target(self, i: int, j: int, form: str) -> Mention | None:
        """The outlet a source spoke to: "told Reuters", "told CNN", "told the Elkhollow
        Messenger" (a name after "the" that is no known body, where an outlet is expected)."""
        if form != "told" or j >= len(self.toks):
            return None
        m = self.parse_forward(j, allow_the=True)
        if m is not None and (m.kind == "media" or self._the_name(m)):
            return Mention(m.start, m.end, "media")
        return None

    def _the_name(self, m: Mention | None) -> bool:
        """Whether ``m`` is a name read as a person's but written after "the".

        No person is "the Kilbrannagh Vindicator": where an outlet is expected (what a source
        told, what reported, what documents were seen by), such a name is one whose last word
        is not yet in the lexicons.
        """
        if m is None or m.kind != "person":
            return False
        toks = self.toks
        k = self._token_at(m.start)
        if not (k >= 1 and toks[k - 1].lower == "the" and _is_cap(toks[k])):
            return False
        name = self.doc.text[m.start : m.end]
        if name.endswith(("'s", "’s")):
            return False  # "according to the Detroit City Coroner's office": an office
        lex = self.lex
        if any(
            w in lex["person_titles"] or w in lex["person_roles"] or w in _NOBLE_TITLES
            for w in name.lower().replace(".", " ").split()
        ):
            return False  # "the Inspector General reported", "told the Duke": an office
        e = bisect.bisect_right(self.starts, m.end - 1)  # the token after the name's last
        nxt = toks[e] if e < len(toks) else None
        # the name must end its noun phrase: not "the Syrian regime", "the Al-Quds hospital",
        # "the Swiss Federal Laboratories for Materials Science"
        return not (
            nxt is not None
            and _is_word(nxt)
            and nxt.text.islower()
            and (
                nxt.lower in {"of", "for"}
                or (
                    nxt.lower not in _STOP
                    and not nxt.lower.endswith(("ed", "ing"))
                    and nxt.lower not in {"says", "reports", "writes", "notes", "adds", "claims"}
                    and nxt.lower not in _EARLIER  # "the Garrisonburg Sentry first reported"
                )
            )
        )


_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "ees", "ics", "eurs")


# Nouns for businesses that are not in the organisation lexicons' sense of a body speaking.
_COMPANY_NOUNS = frozenset(
    "airline body brand carrier chain contractor developer insurer lender maker manufacturer "
    "operator retailer start-up startup supplier utility".split()
)


# Media nouns too general to introduce a name: "told the press Trump was ...".
_GENERIC_MEDIA = frozenset(
    "channel media network outlet outlets press radio television tv wire".split()
)
# Nouns for bodies that introduce their name: "the bank Orlen", "the charity Safe Water".
_GOVERNMENTS = frozenset({"government", "council", "ministry", "university", "club", "team"})
_BODY_NOUNS = frozenset(
    "agency association authority bank charity club company firm group organisation "
    "organization party union".split()
)


def _people_plural(word: str, lex: dict[str, frozenset[str]]) -> bool:
    """Whether lowercase ``word`` is a plural noun of people: "insurers", "economists".

    A plural of a role, source or credential noun in the lexicons, "groups", or a plural
    with an agent suffix (-ers, -ors, -ists, -ians, -ants, -ents, -ees, -ics).
    """
    if len(word) >= 5 and word.endswith("men"):
        return True  # "fishermen", "firemen", "women"
    if word in {"staff", "personnel"} or word in lex["people_plurals"]:
        return True  # collective nouns of people: "Staff at the head office said"
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    if word in lex["document_nouns"] or word[:-1] in lex["document_nouns"]:
        return False
    if word in _RECORD_PLURALS:
        return False  # "scans", "estimates", "statistics": records, never people
    stem = word[:-1]
    return (
        word in lex["anonymous_sources"]
        or stem in lex["person_roles"]
        or stem in lex["anonymous_sources"]
        or stem in lex["expert_credentials"]
        or word in {"groups", "campaigners", "families", "parties", "crews", "advocates"}
        or word.endswith("mates")  # "teammates" ("fishermen" returned above)
        or word.endswith(_AGENT_SUFFIXES)
    )


# Every word that can open a channel (see ``_Sentence.channels``): the others are skipped.
_CHANNEL_WORDS = (
    _CHANNEL_PARTICIPLES
    | _BROADCAST_PARTICIPLES
    | _SHARED_BY
    | _SPOKE_TO
    | _CHANNEL_NOUNS
    | _SAID_IN
    | {"cited", "citing", "quoted"}
)


def _credential_words(phrase: str) -> list[str]:
    """The lowercase words of ``phrase``, without "fellow" used as an adjective.

    "a fellow at the Orwell Institute" is a credential; "a fellow Democrat" and "fellow
    passengers" are not: "fellow" before a word other than a preposition is dropped, and so
    is "strategist" in a political phrase ("a Republican strategist").
    """
    # Capitalised words after the first belong to names ("the Academic Staff Union"), not to
    # the credential.
    found = _WORDS_RE.findall(phrase)
    lows = [w.lower() for w in found]
    political = "strategist" in lows and not _POLITICAL.isdisjoint(lows)
    return [
        w
        for i, w in enumerate(lows)
        if (i == 0 or not found[i][:1].isupper())
        and not (w == "fellow" and i + 1 < len(lows) and lows[i + 1] not in _LINK_WORDS)
        and not (w == "strategist" and political)
    ]


# Words that end the head noun phrase of a description: "a chemist at ...", "a lawyer who".
_CREDENTIAL_HEAD_ENDS = frozenset("at of in for who whose which with from on based".split())
_WORDS_RE = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


# A strategist for a party or a campaign is a partisan, not an expert on a subject ("a
# Republican strategist"), unlike a markets or commodities strategist.
_POLITICAL = frozenset(
    """
    campaign campaigns party political republican republicans democratic democrat democrats
    gop labour tory conservative liberal communications election electoral
    """.split()
)


def _name_key(text: str) -> str:
    return normalize_quotes(text).lower().removeprefix("the ").strip()


def attributions(doc: Doc, publisher: str | None = None) -> list[Attribution]:
    """Return every attribution in ``doc``, in text order.

    Parameters
    ----------
    doc : Doc
        The parsed text.
    publisher : str, optional
        The article's own outlet. Outlets of that name are the article's own
        reporting ("told the Ledger" in a Ledger story), not a media source. When omitted, an
        outlet that the article's sources speak to and that also appears in its
        first lines is taken as the publisher.

    Returns
    -------
    list of Attribution
    """
    results: list[Attribution] = []
    media_targets: list[Mention] = []
    interviews: list[Mention] = []  # outlets spoken to: "told Reuters", "spoke to the Echo"
    people: _People | None = None  # names of people in the text, built when first needed
    inner_caps = _InnerCaps(doc)
    for toks in doc.sentence_tokens:
        if not toks:
            continue
        sent = _Sentence(doc, toks, inner_caps)
        last_source: Mention | None = None
        for i, j, m in sent.channels():
            if m.kind == "media":
                media_targets.append(m)
                if toks[i].lower in _SPOKE_TO:
                    interviews.append(m)
            else:
                cue = doc.text[toks[i].start : toks[j - 1].end]
                results.append(
                    Attribution(toks[i].start, toks[j - 1].end, m, m.kind, details={"cue": cue})
                )
        for i, j, form in sent.cues():
            src = sent.source_for(i, j, form)
            if src is None and i >= 1 and toks[i - 1].lower in {"and", "but"}:
                # "Ruiz denied the claims and said": the subject of the first verb
                src = last_source if last_source is not None else sent.sentence_subject(i - 1)
            target = sent.told_target(i, j, form)
            if target is not None:
                media_targets.append(target)
                interviews.append(target)
            if src is None or _ANONYMITY.match(doc.text, toks[i].start):
                continue  # "who asked not to be named": a condition, not a statement
            if form.startswith("outlet:"):
                if src.kind != "media":
                    continue  # "the council published its accounts": a body's own act
                form = form[len("outlet:") :]
            if form.startswith("belief:"):
                if src.kind != "anonymous" or any(
                    c.isdigit() for c in doc.text[src.start : src.end]
                ):
                    continue  # "viewed by 14 million people" is an audience, not a source
                form = form[len("belief:") :]
            if (
                src.kind == "person"
                and _ACTS_AS_IT.match(doc.text, toks[j - 1].end)
                and " " not in doc.text[src.start : src.end]
            ):
                # "Corvane said it would appeal": a one-word name never given with a first
                # name, that speaks of itself as "it", is a company or a body
                if people is None:
                    people = _People(doc)
                if f"last:{doc.text[src.start : src.end]}" not in people.by_key:
                    src = Mention(src.start, src.end, "organization", src.plural, src.credential)
                    # the same name, cued earlier in the sentence ("Trevaro called the claims
                    # 'defamatory' and said it would sue"), is the same company
                    results = [
                        replace(a, source=src, kind="organization")
                        if (a.source.start, a.source.end) == (src.start, src.end)
                        else a
                        for a in results
                    ]
            last_source = src
            other = sent.coordinated(src, i)
            if other is not None:
                results.append(
                    Attribution(
                        toks[i].start,
                        toks[j - 1].end,
                        other,
                        other.kind,
                        details={"cue": doc.text[toks[i].start : toks[j - 1].end]},
                    )
                )
            results.append(
                Attribution(
                    toks[i].start,
                    toks[j - 1].end,
                    src,
                    src.kind,
                    resolved=doc.text[src.antecedent[0] : src.antecedent[1]]
                    if src.antecedent
                    else None,
                    details={"cue": doc.text[toks[i].start : toks[j - 1].end]},
                )
            )
    if any(a.kind == "person" for a in results):
        results = _introduced_as(doc, results)
        if people is None:
            people = _People(doc)
        _companies_by_its(doc, results, people)
    if any(a.kind == "media" for a in results):
        results = _outlet_back_references(doc, results)
    _resolve_pronouns(doc, results, people)
    publisher_key = (
        _name_key(publisher)
        if publisher
        else _guess_publisher(
            doc,
            interviews,
            media_targets + [a.source for a in results if a.kind == "media"],
        )
    )
    for m in media_targets:
        # "the Journal, which cited two people": the pronoun stands for its antecedent
        resolved = doc.text[m.antecedent[0] : m.antecedent[1]] if m.antecedent else None
        results.append(
            Attribution(m.start, m.end, m, "media", resolved=resolved, details={"cue": "told"})
        )
    if publisher_key:
        results = [
            a
            for a in results
            if not (
                a.kind == "media"
                and _name_key(doc.text[a.source.start : a.source.end]) == publisher_key
            )
        ]
    results.sort(key=lambda a: (a.source.start, a.cue_start))
    return results


# "Halvorsen said in a statement that its offer was fair": "its" right after the cue.
_ITS_AFTER = re.compile(r"(?:\s+[\w,]+){0,5}?\s+(?:that\s+)?its\b")


def _companies_by_its(doc: Doc, results: list[Attribution], people: _People) -> None:
    """A one-word name whose statement goes on with "its" is a company, not a person:
    "Halvorsen said in a statement that its offer was fair" (unless the text names a person
    with that surname: "Maria Okafor ... Okafor said its findings were wrong")."""
    for a in results:
        if a.kind != "person" or a.source.start > a.cue_start:
            continue
        name = doc.text[a.source.start : a.source.end]
        if " " in name or not name[:1].isupper():
            continue
        if _ITS_AFTER.match(doc.text, a.cue_end) and not people.lookup(
            f"last:{name}", a.source.start
        ):
            a.kind = "organization"


def _outlet_back_references(doc: Doc, results: list[Attribution]) -> list[Attribution]:
    """Make "the agency" an outlet when it refers back to a news agency named before it.

    "The news agency Tarpress reported the arrest. The agency said ...": a definite noun
    phrase whose noun stood in an earlier outlet's mention (or in its description) is that
    outlet again; alone ("The agency said the drug was safe") it stays a body.
    """
    seen: set[str] = set()  # nouns of _OUTLET_BACK_NOUNS seen with an earlier outlet
    out = []
    for a in sorted(results, key=lambda r: r.source.start):
        m = a.source
        text = doc.text[m.start : m.end]
        if a.kind == "media":
            # the mention and a short description around it: "Velo, a cycling news agency,"
            around = doc.text[max(0, m.start - 40) : m.end + 40].lower()
            seen.update(w for w in _OUTLET_BACK_NOUNS if w in around)
        else:
            words = text.lower().split()
            if (
                a.kind in {"organization", "anonymous"}
                and len(words) == 2
                and words[0] == "the"
                and words[1] in seen
            ):
                m = Mention(m.start, m.end, "media", False, m.credential)
                a = replace(a, source=m, kind="media")
        out.append(a)
    return out


# Heads of a role that is always held by a person, even when the role speaks for a body
# ("the union's spokeswoman", "whose leader"): a name in apposition to one is a person's.
_PERSON_HEADS = frozenset(
    """
    spokesman spokeswoman spokesperson prosecutor leader director chief owner founder
    president chairman chairwoman chair head manager secretary executive officer lead
    """.split()
)

# Nouns that name a body in general but an outlet when one was named with them before.
_OUTLET_BACK_NOUNS = frozenset({"agency", "service", "station", "broadcaster", "network"})


# Words that open an apposition or relative clause after a name: "Ann Lee, who farms near",
# "Bill Turpin, a veteran from", "Dr Mollen, of the Mollen Clinic in".
_APPOSITION_OPENERS = frozenset("who whose which a an the of from in at".split())
# A broadcaster's call sign with its medium: "WBRK-TV", "KQLF-FM".
_CALL_SIGN = re.compile(r"[A-Z]{3,5}-(?:TV|FM|AM|DT)")
# A description after a name, up to its head noun: ", a financial news website,".
_DESCRIBED_AFTER = re.compile(r",\s+(?:a|an)\s+(?:[a-z][\w'-]*\s+){0,3}?([a-z][\w-]*)[,.]")


@cache
def _introducing_nouns() -> dict[str, str]:
    """Nouns that introduce a one-word name, and the kind they give it (media first)."""
    kinds = dict.fromkeys(_COMPANY_NOUNS | _BODY_NOUNS, "organization")
    kinds.update(dict.fromkeys(_lex()["media_nouns"] - _GENERIC_MEDIA, "media"))
    return kinds


def _introduced_as(doc: Doc, results: list[Attribution]) -> list[Attribution]:
    """Give a name taken for a person the kind it was introduced with elsewhere.

    "the sports daily Corsa reported ... According to Corsa," and "the start-up Lexora ...
    Lexora said": a name written right after a media noun or an organisation noun anywhere
    in the text is that outlet or body wherever it speaks.
    """
    nouns = _introducing_nouns()
    kinds: dict[str, str] = {}
    toks = doc.tokens
    positions = _positions(doc)  # the nouns' positions: no walk over every token
    found = sorted(
        (k + 1, nouns[low]) for low in positions.keys() & nouns.keys() for k in positions[low]
    )
    for i, kind in found:
        if not 0 < i < len(toks) - 1:
            continue
        prev = toks[i - 1]
        if not (_is_cap(toks[i]) and _is_word(toks[i]) and prev.text.islower()):
            continue
        nxt = toks[i + 1]
        if _is_cap(nxt) and _is_word(nxt):
            continue  # one-word names only: "the start-up Lexora", not a person's full name
        kinds.setdefault(toks[i].text, kind)
    out = []
    for a in results:
        introduced = kinds.get(doc.text[a.source.start : a.source.end])
        if introduced is None and a.kind == "person":
            # "According to Business Veld, a financial news website,": the name described
            after = _DESCRIBED_AFTER.match(doc.text, a.source.end)
            if after is not None:
                introduced = nouns.get(after.group(1).lower())
        if a.kind == "person" and introduced is not None:
            m = a.source
            a = replace(
                a,
                source=Mention(m.start, m.end, introduced, m.plural, m.credential),
                kind=introduced,
            )
        out.append(a)
    return out


def _guess_publisher(doc: Doc, targets: list[Mention], cited: list[Mention]) -> str | None:
    """An outlet interviewed in the text whose name also stands in its header.

    A name in the header that is itself cited there as a source ("a memo seen by the
    Westmoor Echo") is another outlet, not the publisher.
    """
    head = normalize_quotes(doc.text[:300]).lower()
    for m in targets:
        key = _name_key(doc.text[m.start : m.end])
        pos = head.find(key)
        if not key or pos == -1 or pos >= m.start:
            continue
        if any(c.start <= pos + len(key) and pos < c.end for c in cited if c.start < 300):
            continue
        return key
    return None


# An apposition after a name, up to its last word: ", the university's vice-chancellor,".
_APPOSITION_AFTER = re.compile(r",\s+(?:the|[a-z]+'s)\s+(?:[\w'-]+\s+){0,3}?([a-z][\w-]*)[,.]")
# "Simon Hartigan, Bishop of Wraybury, said": an office written capitalised, of a place or body.
_OFFICE_OF_AFTER = re.compile(r",\s+(?:the\s+)?([A-Z][a-z-]+)\s+of\s+(?:the\s+)?[A-Z]")


class _People:
    """Names of people seen in the text, indexed for "most recent before" look-ups."""

    def __init__(self, doc: Doc) -> None:
        self.names = _person_names(doc)
        self.ends = [e for _s, e, _n in self.names]
        self.by_key: dict[str, list[tuple[int, str]]] = {}
        for s, end, full in self.names:
            words = full.split()
            before = doc.text[max(0, s - 30) : s].lower().split()
            keys = {f"last:{words[-1]}", f"first:{words[0].lower().rstrip('.')}"}
            if before:
                # "Mayor Ann Lee"; "Saravan's culture minister, Dara Phoum," (the comma dropped)
                keys.add(f"first:{before[-1].rstrip(',')}")
            # "Maria Gomez, the university's vice-chancellor, said": "the vice-chancellor"
            # later is her; the office is the last word of the apposition.
            m = _APPOSITION_AFTER.match(doc.text, end) or _OFFICE_OF_AFTER.match(doc.text, end)
            if m:
                keys.add(f"first:{m.group(1).lower()}")
            # "Health Minister Arturo Vell", "Justice Philippa Ormsby": the office inside the
            # name is "the minister", "the judge" later
            lex = _lex()
            for w in words[:-1]:
                low = w.lower().rstrip(".")
                low = _OFFICE_ALIASES.get(low, low)
                if low in lex["person_titles"] or low in lex["person_roles"]:
                    keys.add(f"first:{low}")
            for key in keys:
                self.by_key.setdefault(key, []).append((s, full))

    def last_ending_before(self, offset: int) -> tuple[int, int, str] | None:
        """The last name that ends at or before ``offset`` (names never overlap)."""
        k = bisect.bisect_right(self.ends, offset) - 1
        return self.names[k] if k >= 0 else None

    def lookup(self, key: str, before: int) -> str | None:
        """The most recent name starting before ``before`` under ``key``."""
        entries = self.by_key.get(key)
        if not entries:
            return None
        k = bisect.bisect_left(entries, (before, "")) - 1
        return entries[k][1] if k >= 0 else None


_OF = frozenset({"of"})
# Titles written before a name and the office they are referred back to by.
_OFFICE_ALIASES = {
    "justice": "judge",
    "sen": "senator",
    "gov": "governor",
    "sgt": "sergeant",
    "insp": "inspector",
    "supt": "superintendent",
    "prof": "professor",
    "cllr": "councillor",
    "det": "detective",
    "dr": "doctor",
}
# Acronyms that stand for one person: "one backbench MP", "a Tory MEP".
_PERSON_ACRONYMS = frozenset({"mp", "mep", "msp", "mla", "gp"})
# Plural records that open a sentence without naming anyone: "Reports say", "Rumours suggest".
_VAGUE_RECORDS = frozenset({"reports", "rumours", "rumors", "accounts", "stories", "claims"})
# Words of approximation before a figure: "put the toll at about 40", "at least 85".
_ROUGHLY = frozenset({"about", "around", "roughly", "nearly", "least", "more", "up"})
_PERIODS = frozenset({"week", "month", "year", "summer", "winter", "spring", "autumn", "fall"})
# Unnamed sources that a following name cannot be: "the insider, Jenner, ..." is about Jenner.
_UNNAMEABLE = frozenset({"insider", "insiders", "source", "sources", "tipster"})
# Words that open a role before a name in apposition: "said its lead author, Ana Ruiz".
_ROLE_OPENERS = frozenset({"the", "its", "his", "her", "their"})
# Roles that a body has one of, so that "the coach said" identifies the speaker even unnamed;
# the other roles ("the nurse", "the driver") leave an unresolved speaker unnamed.
_ONE_PER_BODY = frozenset(
    """
    ceo chairman chairwoman commissioner director principal superintendent prosecutor coach
    founder owner leader host incumbent nominee frontrunner challenger candidate narrator
    landlord author regulator
    """.split()
)
# Prefixes that make a hyphenated office of a title: "vice-chancellor", "deputy-governor".
_OFFICE_PREFIXES = frozenset({"vice", "deputy", "co", "acting", "assistant", "associate", "pro"})


def _resolve_pronouns(doc: Doc, results: list[Attribution], people: _People | None = None) -> None:
    """Resolve pronoun and title sources to the most recent compatible source or name.

    One pass in text order keeps the most recent antecedent of each kind:
    "he"/"she" take the last person's name or singular source, "they" the last
    plural source or organisation, "it" the last organisation or outlet; "the
    mayor" takes the person introduced as "Mayor X". A surname alone ("Okafor")
    is expanded to the full name seen before.
    """
    people = people if people is not None else _People(doc)
    singular: Attribution | None = None
    plural: Attribution | None = None
    institution: Attribution | None = None
    for a in sorted(results, key=lambda r: r.source.start):
        src = a.source
        if src.kind == "role":
            role = doc.text[src.start : src.end].split()[-1].lower()
            full = people.lookup(f"first:{role}", src.start)
            if full is None and role not in _KIN:
                last = people.last_ending_before(src.start)
                if last is not None and src.start - last[1] <= _ROLE_REACH:
                    full = last[2]
            if full:
                a.kind, a.resolved = "person", full
            else:
                a.kind = "anonymous"
        elif src.kind == "title":
            words = doc.text[src.start : src.end].lower().split()
            title = _title_word(words)
            # "the secretary of state": a name introduced as "Secretary of State X" is keyed
            # by the title's last word; "the judge in the case", by its office word.
            full = people.lookup(f"first:{words[-1]}", src.start) or people.lookup(
                f"first:{title}", src.start
            )
            if (
                full is None
                and title == words[-1]
                and title in _lex()["person_roles"]
                and title not in _OCCUPATIONS
            ):
                # "the Republican nominee": the most recent person named before (not "the
                # owner of a bar", whose modifier introduces someone new)
                last = people.last_ending_before(src.start)
                full = last[2] if last else None
            if full:
                a.kind, a.resolved = "person", full
            elif (office := title.rpartition("-")[2]) in _lex()["person_titles"] or (
                office in _ONE_PER_BODY
            ):
                a.kind = "organization"  # the office speaking: "the mayor's office"
            else:
                a.kind = "anonymous"  # "the nurse said", no nurse named: one of many, unnamed
        elif src.kind == "pronoun":
            pron = doc.text[src.start : src.end].lower()
            antecedent: Attribution | None
            if pron in {"he", "she"}:
                antecedent, fallback = singular, "person"
                named = people.last_ending_before(src.start)
                if named and (antecedent is None or named[0] > antecedent.source.start):
                    a.kind, a.resolved = "person", named[2]
                    continue
            elif pron == "they":
                antecedent, fallback = plural, "anonymous"
            else:  # "it"
                antecedent, fallback = institution, "organization"
            if antecedent is None:
                a.kind = fallback
                if pron in {"he", "she"} and _withheld_before(doc.text, src.start, named):
                    # "One Kellerup farmer, who did not want to be named, has cut ... 'It's
                    # empty,' she said": the only one she can be was introduced unnamed
                    a.kind = "anonymous"
            else:
                a.kind = antecedent.kind
                a.resolved = (
                    antecedent.resolved or doc.text[antecedent.source.start : antecedent.source.end]
                )
            continue
        elif src.kind == "person":
            name = doc.text[src.start : src.end]
            if " " not in name:
                full = people.lookup(f"last:{name}", src.start)
                if full and full != name:
                    a.resolved = full
        if a.kind in {"person", "anonymous"} and not src.plural:
            singular = a
        if src.plural or a.kind == "organization":
            plural = a
        if a.kind in {"organization", "media"}:
            institution = a


def _agent_noun(word: str) -> bool:
    """A noun for someone who does something, by its ending: "strategist", "lawyer"."""
    return len(word) > 5 and word.endswith(("ist", "ian", "er", "or"))


def _withheld_before(text: str, at: int, named: tuple[int, int, str] | None) -> bool:
    """Whether someone was introduced unnamed ("who asked not to be named") in the few
    hundred characters before ``at``, with no person's name after that."""
    start = max(0, at - 400)
    last = None
    for m in _ANONYMITY.finditer(text, start, at):
        last = m
    return last is not None and (named is None or named[1] <= last.start())


def _title_word(words: list[str]) -> str:
    """The office or role word of a title mention's lowercase words: the last word before any
    post-modifier ("judge" in "the judge in the case", "businessman" in "the billionaire
    businessman"), else the mention's last word."""
    lex = _lex()
    head = list(itertools.takewhile(lambda w: w not in _POST_MODIFIER_OPENERS, words))
    for w in reversed(head):
        office = w.rpartition("-")[2]
        if office in lex["person_titles"] or office in lex["person_roles"]:
            return w
    return words[-1]


_POST_MODIFIER_OPENERS = frozenset("of in at for from with on who that which".split())


_PERSON_RE = re.compile(
    r"\b(?:[A-Z][a-z]+\.? )?[A-Z][a-z]+(?:[- ](?:[A-Z]\. )?[A-Z][a-z']+){1,2}\b"
)


# The rest of a run of capitalised words after a name-like match, and "Body of" before one.
_CAP_BEFORE = re.compile(r"\b[A-Z][\w'-]* $")
# The whole run, up to eight words (bounded, so that a text of capitals stays linear).
_MORE_CAPS = re.compile(r"(?:[ -][A-Z][\w'-]*){1,8}(?![ -][A-Z])")
_OF_BODY_BEFORE = re.compile(r"\b([A-Z][a-z]+) (?:of|for) (?:the )?$")
# Honorifics that open a run of capitals before a name: "Rt Revd", "Rt Hon".
_HONORIFICS = frozenset({"rt", "revd", "rev", "hon"})


def _opens_body_name(text: str, name: str, lex: dict[str, frozenset[str]]) -> bool:
    """Whether ``name`` opens the name of a body somewhere in ``text`` ("Lingua Bridge" of
    "Lingua Bridge Language Partners", "New York" of "New York Times"), so that it stands
    alone for the body elsewhere; a name with an initial ("Donald J. Trump") opens none."""
    if "." in name:
        return False
    at = text.find(name + " ")
    for _ in range(3):
        if at < 0:
            return False
        more = _MORE_CAPS.match(text, at + len(name))
        opens = at < 2 or not (
            text[at - 1] == " "
            and text[at - 2].isalpha()
            and _CAP_BEFORE.search(text, max(0, at - 30), at)
        )
        if opens and more is not None and len(words := more.group().split()) + name.count(" ") >= 2:
            last = words[-1].lower()
            if last in lex["organization_heads"] or last in lex["media_heads"]:
                return True
        at = text.find(name + " ", at + 1)
    return False


def _person_names(doc: Doc) -> list[tuple[int, int, str]]:
    """Capitalised runs of two or three words that look like people's names."""
    lex = _lex()
    out = []
    text = doc.text
    pos = 0
    while (m := _PERSON_RE.search(text, pos)) is not None:
        pos = m.end()
        words = m.group().lower().replace("-", " ").split()
        if words[0] in _HONORIFICS or (
            words[0] in _CAP_FUNCTION and len(words) > 1 and words[1] in _HONORIFICS
        ):
            # "The Rt Revd Simon Hartigan": look again after the first word
            pos = m.start() + len(m.group().split()[0])
            continue
        if words[0] in _CAP_FUNCTION or words[0] in {"one", "another"}:
            continue  # "One Kellerup farmer": someone from a place, not a name
        if words[-1] in lex["organization_heads"] or words[-1] in lex["media_heads"]:
            continue
        if (more := _MORE_CAPS.match(text, m.end())) is not None:
            # "Lingua Bridge Language Partners": the run goes on to a body's name
            tail = more.group().lower().replace("-", " ").split()
            if tail and (tail[-1] in lex["organization_heads"] or tail[-1] in lex["media_heads"]):
                pos = more.end()
                continue
        before = text[max(0, m.start() - 5) : m.start()]
        if before.endswith(("of ", "for ", "the ")) and (
            (body := _OF_BODY_BEFORE.search(text, max(0, m.start() - 40), m.start())) is not None
            and body.group(1).lower() in lex["organization_heads"]
        ):
            continue  # "the University of Ashford Vale": a place in a body's name
        if m.group().lower() in lex["places"] or _opens_body_name(text, m.group(), lex):
            continue
        if any(w in lex["places"] for w in words) or words[0] in {"north", "south"}:
            continue
        out.append((m.start(), m.end(), m.group()))
    return out
