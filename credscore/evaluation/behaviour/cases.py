"""Behavioural test cases for credscore, built the CheckList way.

CheckList (Ribeiro, Wu, Guestrin and Singh, "Beyond Accuracy: Behavioral Testing of NLP Models
with CheckList", ACL 2020) tests a model the way software is tested: by what it does on inputs
written to probe one capability each, rather than by one accuracy number on a held-out set. It
has three kinds of test, and this suite uses all three for *sourcing*:

- **Minimum functionality (MFT)**: simple cases with an obvious answer. Each base article here
  is either clearly WELL sourced (several named people with their roles, a named expert with
  credentials, a cited document or dataset with figures, direct quotes, comment sought) or
  clearly WEAKLY sourced (anonymous and vague sources, unattributed assertions, rumour and
  hedging, no documents, no comment sought). Well bases should score far above weak ones.
- **Directional expectation (DIR)**: one edit that a journalist would agree makes the sourcing
  worse (``down``: a named source made anonymous, an attribution removed, speculation added,
  documents removed) or better (``up``: a named expert added, a document cited, comment
  sought, an anonymous source named). The score should move that way.
- **Invariance (INV)**: one edit that changes nothing about the sourcing (``same``): curly
  quotes and em dashes, hard line wrapping, CRLF line endings, other names for the people and
  places, another weekday, a slightly different number. The score should not move.

Every base article and every edit below is the credscore team's own writing, made up for this
suite: the people, places, organisations, figures and events are fictional, and no text is
copied from any corpus, example or web page. Base texts use straight ASCII quotes; the
typography variants are produced by code (:func:`curly_typography`, :func:`straight_typography`).

A directional or hand-written invariance variant is a list of ``(old, new)`` substring edits,
applied in order, where each ``old`` occurs exactly once in the text it is applied to; a
``names`` or ``weekday`` variant is a list of whole-word renames applied everywhere, so that a
person or place is renamed consistently. Generic invariance variants (typography, re-wrapping,
CRLF) are functions of the text and are added to every base by :func:`generic_variants`.

:mod:`credscore.evaluation.behaviour.suite` scores the bases and their variants and computes the
pass rates.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from credscore.evaluation.retype import curly_typography, straight_typography

DOWN_KINDS = ("named_to_anonymous", "attribution_removed", "speculation_added", "documents_removed")
UP_KINDS = ("expert_added", "document_added", "comment_sought", "anonymous_named")
SAME_KINDS = (
    "typography_curly",
    "typography_straight",
    "line_wrap",
    "crlf",
    "names",
    "weekday",
    "minor_number",
)
KINDS = {"down": DOWN_KINDS, "up": UP_KINDS, "same": SAME_KINDS}

Edit = tuple[str, str]


# ---------------------------------------------------------------------------------------------
# The data model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    """One edit of a base article and the direction the score is expected to take.

    ``edits`` are ``(old, new)`` replacements, each ``old`` occurring exactly once;
    ``renames`` are whole-word replacements applied to every occurrence (consistent renaming);
    ``transform`` is a function of the whole text (typography, wrapping, line endings).
    """

    kind: str
    direction: str  # "down" | "up" | "same"
    edits: tuple[Edit, ...] = ()
    renames: tuple[Edit, ...] = ()
    transform: Callable[[str], str] | None = None

    def apply(self, text: str) -> str:
        """Return ``text`` with this variant's edits, renames and transform applied."""
        text = apply_edits(text, self.edits)
        text = apply_renames(text, self.renames)
        if self.transform is not None:
            text = self.transform(text)
        return text

    @property
    def label(self) -> str:
        return self.kind if self.transform is None else f"{self.kind} ({self.transform.__name__})"


@dataclass(frozen=True)
class Case:
    """A base article, its quality (``well`` or ``weak``) and its variants."""

    name: str
    quality: str  # "well" | "weak"
    text: str
    variants: tuple[Variant, ...]


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """Apply ``(old, new)`` edits in order; each ``old`` must occur exactly once.

    >>> apply_edits("The mayor said so.", [("The mayor", "An official")])
    'An official said so.'
    """
    for old, new in edits:
        count = text.count(old)
        if count != 1:
            raise ValueError(f"edit target occurs {count} times, not once: {old!r}")
        text = text.replace(old, new)
    return text


def _word_pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")


def apply_renames(text: str, renames: tuple[Edit, ...] | list[Edit]) -> str:
    """Replace every whole-word occurrence of each ``old`` by ``new``; each must occur.

    >>> apply_renames("Ann Lee met Lee's aide, Leeds.", [("Lee", "Cho")])
    "Ann Cho met Cho's aide, Leeds."
    """
    for old, new in renames:
        pattern = _word_pattern(old)
        if not pattern.search(text):
            raise ValueError(f"rename target does not occur: {old!r}")
        text = pattern.sub(new, text)
    return text


def count_words(text: str) -> int:
    return len(text.split())


# ---------------------------------------------------------------------------------------------
# Generic invariance transforms
# ---------------------------------------------------------------------------------------------


def rewrap_72(text: str) -> str:
    """Hard-wrap every paragraph at 72 columns, paragraphs separated by a blank line."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    wrapped = (
        textwrap.fill(" ".join(p.split()), width=72, break_on_hyphens=False) for p in paragraphs
    )
    return "\n\n".join(wrapped) + "\n"


def crlf_line_endings(text: str) -> str:
    """The same text with Windows line endings."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


_CURLY = "\u201c\u201d\u2018\u2019\u2014\u2026"


def generic_variants(text: str) -> tuple[Variant, ...]:
    """The invariance variants that apply to any text: typography, wrapping, line endings.

    A text in straight quotes gets curly ones; a text already in curly quotes (as in some of the
    later sets) gets straight ones instead, so that no variant leaves its text as it was.
    """
    curly = any(ch in text for ch in _CURLY)
    variants = [
        Variant("line_wrap", "same", transform=rewrap_72),
        Variant("crlf", "same", transform=crlf_line_endings),
    ]
    if curly_typography(text) != text:
        variants.insert(0, Variant("typography_curly", "same", transform=curly_typography))
    if curly:
        variants.append(Variant("typography_straight", "same", transform=straight_typography))
    return tuple(variants)


# ---------------------------------------------------------------------------------------------
# Helpers to write the cases compactly
# ---------------------------------------------------------------------------------------------


def _article(source: str) -> str:
    """Join the source's hard-wrapped lines into one line per paragraph."""
    paragraphs = [p for p in re.split(r"\n\s*\n", textwrap.dedent(source).strip()) if p.strip()]
    return "\n\n".join(" ".join(p.split()) for p in paragraphs) + "\n"


def _down(kind: str, *edits: Edit) -> Variant:
    assert kind in DOWN_KINDS, kind
    return Variant(kind, "down", edits=edits)


def _up(kind: str, *edits: Edit) -> Variant:
    assert kind in UP_KINDS, kind
    return Variant(kind, "up", edits=edits)


def _same(kind: str, *edits: Edit) -> Variant:
    assert kind in SAME_KINDS, kind
    return Variant(kind, "same", edits=edits)


def _rename(kind: str, *renames: Edit) -> Variant:
    assert kind in ("names", "weekday"), kind
    return Variant(kind, "same", renames=renames)


def _after(anchor: str, addition: str) -> Edit:
    """Add a sentence after ``anchor``, in the same paragraph."""
    return (anchor, f"{anchor} {addition}")


def _paragraph_after(anchor: str, paragraph: str) -> Edit:
    """Add a paragraph after the one that ends with ``anchor``."""
    return (anchor, f"{anchor}\n\n{paragraph}")


def _remove(old: str) -> Edit:
    return (old, "")


def _case(name: str, quality: str, text: str, *variants: Variant) -> Case:
    return Case(name, quality, text, tuple(variants) + generic_variants(text))


# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

WELL: list[Case] = []
WEAK: list[Case] = []

# --- local government ---------------------------------------------------------------------
_BRIDGE = _article(
    """
    Fallowmere County approves $22 million bond to rebuild Kestle Creek bridges

    The Fallowmere County Board of Supervisors voted 4-1 on Tuesday to borrow $22 million to
    replace three aging bridges over Kestle Creek, ending a two-year debate over how to pay for
    the work.

    "We have been lucky so far, and luck is not an engineering standard," said Supervisor Ruth
    Penhallow, who has pushed for the repairs since 2023.

    According to a 2024 inspection report by the state Department of Transportation, two of the
    three spans were rated "poor," and the oldest, built in 1951, carries about 6,800 vehicles a
    day. The report recommended weight limits on that bridge until it is replaced.

    Dr. Anand Sethi, a civil engineering professor at Corliss State University who reviewed the
    inspection data at the board's request, said the ratings were typical for bridges of that
    age. "None of them is about to fall down -- but the concrete decks are near the end of their
    useful life," Sethi said.

    The lone vote against came from Supervisor Gil Tanaka, who argued that the county should wait
    for state grants. Construction is scheduled to start next spring, said Omar Belcourt, the
    county's public works director.

    Bond payments will add about $14 a year to the tax bill of a typical home, according to the
    county finance office.
    """
)
WELL.append(
    _case(
        "county_bridge_bond",
        "well",
        _BRIDGE,
        _down(
            "named_to_anonymous",
            (
                "said Supervisor Ruth Penhallow, who has pushed for the repairs since 2023",
                "said one supervisor",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "Dr. Anand Sethi, a civil engineering professor at Corliss State University who "
                "reviewed",
                "An engineer who reviewed",
            ),
            ('useful life," Sethi said.', 'useful life," the engineer said.'),
        ),
        _down(
            "documents_removed",
            _remove(
                "According to a 2024 inspection report by the state Department of "
                'Transportation, two of the three spans were rated "poor," and the oldest, built '
                "in 1951, carries about 6,800 vehicles a day. The report recommended weight "
                "limits on that bridge until it is replaced.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "start next spring, said Omar Belcourt, the county's public works director.",
                "start next spring.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "wait for state grants.",
                "Some residents suspect the contract has already been promised to a firm with "
                "ties to the board.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "start next spring, said Omar Belcourt, the county's public works director.",
                "A spokesperson for the state Department of Transportation said the agency would "
                "review the county's designs before work begins.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "until it is replaced.",
                "Minutes of the board's March meeting show that the county has spent $410,000 on "
                "emergency patching of the decks since 2021.",
            ),
        ),
        _rename(
            "names",
            ("Fallowmere", "Brackwater"),
            ("Kestle", "Marrow"),
            ("Ruth", "Dalia"),
            ("Penhallow", "Osei"),
            ("Anand", "Pieter"),
            ("Sethi", "Vandermeer"),
            ("Corliss", "Tamsin"),
            ("Gil Tanaka", "Lucas Brandao"),
            ("Omar Belcourt", "Ravi Lundgren"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("about 6,800 vehicles", "about 7,300 vehicles")),
    )
)

# --- health ---------------------------------------------------------------------------------
_MEASLES = _article(
    """
    Measles cases climb to 19 in Wrenfield County, health officials say

    Wrenfield County has confirmed 19 cases of measles since early February, the largest outbreak
    in the county in more than a decade, health officials said on Monday.

    "Every one of these cases involved a child or adult who had not been fully vaccinated," said
    Dr. Helena Marchetti, the county's public health director. "The vaccine works. The gap is in
    who is getting it."

    Figures from the state health department show that 88.6 percent of kindergartners in
    Wrenfield County had received both doses of the measles vaccine last school year, below the
    95 percent level that experts say is needed to stop the virus from spreading.

    Dr. Kofi Adjei-Brandt, an epidemiologist at the Lindgren School of Public Health, said
    outbreaks often start when coverage falls in a handful of schools rather than across a whole
    county. "Averages hide the clusters," he said.

    Seven of the patients were hospitalized, and none has died, according to the county's weekly
    outbreak bulletin. The county will hold free vaccination clinics on Saturdays through April,
    said Paloma Reyes, a health department spokeswoman.

    Officials at Brightwater Academy, a private school where nine of the cases were identified,
    declined to comment.
    """
)
WELL.append(
    _case(
        "measles_outbreak",
        "well",
        _MEASLES,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Helena Marchetti, the county's public health director.",
                "said a county health official.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Figures from the state health department show that 88.6 percent of "
                "kindergartners in Wrenfield County had received both doses of the measles vaccine "
                "last school year, below the 95 percent level that experts say is needed to stop "
                "the virus from spreading.",
                "Vaccination rates among kindergartners in the county have fallen in recent years.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "on Saturdays through April, said Paloma Reyes, a health department spokeswoman.",
                "on Saturdays through April.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "outbreak bulletin.",
                "It is rumoured that the true number of cases is far higher than officials admit.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                '"Averages hide the clusters," he said.',
                "Dr. Miriam Oyelaran, a pediatric infectious disease specialist at St. Columba "
                "Children's Hospital, said measles can cause pneumonia and brain swelling in young "
                "children, which is why even a small outbreak is treated as an emergency.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "needed to stop the virus from spreading.",
                "A 2023 review of school immunization records by the state auditor found that 41 "
                "schools in the county had exemption rates above 10 percent.",
            ),
        ),
        _rename(
            "names",
            ("Wrenfield", "Ostby"),
            ("Helena Marchetti", "Ruth Abernethy"),
            ("Kofi Adjei-Brandt", "Tomasz Wierzbicki"),
            ("Lindgren", "Harwell"),
            ("Paloma Reyes", "Kim Soo-ah"),
            ("Brightwater", "Elmstead"),
        ),
        _rename("weekday", ("Monday", "Wednesday")),
        _same("minor_number", ("Seven of the patients", "Eight of the patients")),
    )
)

# --- courts ---------------------------------------------------------------------------------
_WAREHOUSE = _article(
    """
    Judge blocks Tarrow Hill warehouse, saying town skipped traffic review

    A state judge on Thursday halted construction of a 400,000-square-foot warehouse in Tarrow
    Hill, ruling that the town planning board approved the project without the traffic study
    that local law requires.

    In a 23-page decision, Judge Celia Ambrose of the Dunmore County Superior Court wrote that the
    board "treated a mandatory review as a formality." The ruling sends the application back to
    the board.

    Court filings show that the developer, Greyhaven Logistics, estimated the site would generate
    about 1,150 truck trips a day. A group of 62 residents sued in October, arguing that the
    roads near Linden Elementary School could not handle that traffic.

    "This was never about stopping a business. It was about following the rules everyone else has
    to follow," said Bianca Ferro, a lawyer for the residents.

    Mark Delacroix, a professor of land use law at Ashcombe Law School, said courts rarely
    overturn planning approvals, but tend to do so when a required step is skipped entirely.
    "Judges give boards a lot of room on judgment calls, and very little on procedure,"
    Delacroix said.

    Greyhaven Logistics said in a statement that it was reviewing the decision and still expected
    to build. Peter Hallam, the chairman of the planning board, did not respond to a request for
    comment.
    """
)
WELL.append(
    _case(
        "warehouse_ruling",
        "well",
        _WAREHOUSE,
        _down(
            "named_to_anonymous",
            (
                "said Bianca Ferro, a lawyer for the residents.",
                "said a person involved in the lawsuit.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "Mark Delacroix, a professor of land use law at Ashcombe Law School, said",
                "One lawyer who follows such cases said",
            ),
            ('on procedure," Delacroix said.', 'on procedure," the lawyer said.'),
        ),
        _down(
            "documents_removed",
            _remove(
                "Court filings show that the developer, Greyhaven Logistics, estimated the site "
                "would generate about 1,150 truck trips a day. "
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "could not handle that traffic.",
                "Some residents suspect board members were promised campaign donations by the "
                "developer.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "could not handle that traffic.",
                "Dr. Sunita Rao, a transportation engineer at Corliss State University, said that "
                "many trucks would roughly double heavy traffic on the two-lane roads near the "
                "school.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "sends the application back to the board.",
                "Minutes of the planning board's August meeting show the project was approved 5-0 "
                "and that no traffic study was entered into the record.",
            ),
        ),
        _rename(
            "names",
            ("Tarrow Hill", "Pell Crossing"),
            ("Celia Ambrose", "Nadine Okoro"),
            ("Dunmore", "Westerfell"),
            ("Greyhaven", "Ironbridge"),
            ("Linden", "Sycamore"),
            ("Bianca Ferro", "Hannah Lisowski"),
            ("Mark", "Julian"),
            ("Delacroix", "Amadi"),
            ("Ashcombe", "Beltane"),
            ("Peter Hallam", "Victor Sandoval"),
        ),
        _rename("weekday", ("Thursday", "Monday")),
        _same("minor_number", ("A group of 62 residents", "A group of 58 residents")),
    )
)

# --- business -------------------------------------------------------------------------------
_GROCERY = _article(
    """
    Harvestline Markets to close six stores, cut 240 jobs

    Harvestline Markets, the regional grocery chain based in Port Averill, will close six of its
    41 stores by the end of June and cut about 240 jobs, the company said Wednesday.

    In a filing with the state labor department, the company said the affected workers would
    receive 60 days' notice and severance based on length of service. The filing lists stores in
    Port Averill, Millbrook, Cressida and three smaller towns.

    "These were difficult decisions, and they were made store by store, not in a spreadsheet,"
    said Lena Ortiz, the company's chief executive. She said the six stores had lost money for at
    least three straight years.

    Harvestline's annual report shows sales fell 3.8 percent last year, to $1.12 billion, while
    rivals expanded into several of its markets.

    Priya Natarajan, a retail analyst and economics lecturer at Millbrook College, said regional
    chains were being squeezed from two sides - by discount grocers and by online delivery. "The
    middle of the market is the hardest place to be right now," Natarajan said.

    The Retail and Grocery Workers Guild, which represents about half of the affected workers,
    said it would seek talks over transfers to other stores. Dale Kowalczyk, the guild's
    president, did not respond to a request for comment on Wednesday.
    """
)
WELL.append(
    _case(
        "grocery_closures",
        "well",
        _GROCERY,
        _down(
            "named_to_anonymous",
            (
                "said Lena Ortiz, the company's chief executive. She said",
                "said a company executive who asked not to be named. The executive said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said the six stores had lost money",
                "The six stores had lost money",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "Harvestline's annual report shows sales fell 3.8 percent last year, to $1.12 "
                "billion, while rivals expanded into several of its markets.\n\n"
            ),
        ),
        _down(
            "documents_removed",
            (
                "In a filing with the state labor department, the company said the affected "
                "workers would receive 60 days' notice and severance based on length of service. "
                "The filing lists stores in Port Averill, Millbrook, Cressida and three smaller "
                "towns.",
                "The affected workers will receive notice and severance.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "at least three straight years.",
                "It is rumoured among employees that more closures could follow later this year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'hardest place to be right now," Natarajan said.',
                "Tomas Gervais, a labor economist at the University of Estmere, said grocery "
                "workers who lose their jobs in towns this size often find new work at lower pay.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "while rivals expanded into several of its markets.",
                "State records show the company received $3.1 million in tax credits in 2019 in "
                "exchange for keeping at least 1,500 jobs in the state.",
            ),
        ),
        _rename(
            "names",
            ("Harvestline", "Greenacre"),
            ("Port Averill", "Saltcombe"),
            ("Millbrook", "Ferndale"),
            ("Cressida", "Ovington"),
            ("Lena Ortiz", "Margit Haugland"),
            ("Priya", "Olu"),
            ("Natarajan", "Bankole"),
            ("Dale Kowalczyk", "Rosa Iglesias"),
        ),
        _rename("weekday", ("Wednesday", "Friday")),
        _same("minor_number", ("fell 3.8 percent", "fell 3.6 percent")),
    )
)

# --- science --------------------------------------------------------------------------------
_BEES = _article(
    """
    Wild bees declining fastest near intensively farmed land, study finds

    Wild bee numbers in the Ossery Valley fell by about a third between 2012 and 2024, with the
    steepest losses near large farms that spray insecticides several times a season, according to
    a study published Monday in the journal Pollination Ecology.

    The researchers counted bees at 86 sites across the valley every summer for 13 years. Sites
    surrounded by intensive cropland lost 47 percent of their bees, compared with 14 percent at
    sites near woodland and meadows, the paper reports.

    "We expected a decline. We did not expect the gap between the two kinds of landscape to be
    that wide," said Dr. Maren Holt, an ecologist at Vellacourt University who led the study.

    Dr. Samuel Achterberg, an entomologist at the Brannock Institute who was not involved in the
    research, called the data set unusually long for a field study. "Thirteen years of counts at
    the same sites is rare and valuable," he said. But he cautioned that the study could not
    separate the effect of spraying from the loss of flowering plants on the same farms.

    The Ossery Valley Growers Association said in a statement that its members had cut
    insecticide use since 2020 and were planting flower strips along field edges. The state
    agriculture department said it would review the findings.
    """
)
WELL.append(
    _case(
        "wild_bee_study",
        "well",
        _BEES,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Maren Holt, an ecologist at Vellacourt University who led the study.",
                "said one of the researchers.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "Dr. Samuel Achterberg, an entomologist at the Brannock Institute who was not "
                "involved in the research,",
                "Another scientist",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The researchers counted bees at 86 sites across the valley every summer for 13 "
                "years. Sites surrounded by intensive cropland lost 47 percent of their bees, "
                "compared with 14 percent at sites near woodland and meadows, the paper "
                "reports.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the loss of flowering plants on the same farms.",
                "Some beekeepers suspect that a new virus could be behind the losses.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "The state agriculture department said it would review the findings.",
                "A spokesperson for Corvane Agrochemicals, which makes the most widely used "
                "insecticide in the valley, declined to comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the paper reports.",
                "State pesticide sales records show that insecticide sales in the valley's three "
                "counties rose 22 percent between 2012 and 2019.",
            ),
        ),
        _rename(
            "names",
            ("Ossery", "Lanner"),
            ("Maren Holt", "Ilse Brannigan"),
            ("Vellacourt", "Stroud"),
            ("Samuel Achterberg", "Felix Mbatha"),
            ("Brannock", "Quarrie"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("at 86 sites", "at 91 sites")),
    )
)

# --- weather and disaster ---------------------------------------------------------------------
_FLOOD = _article(
    """
    Flooding forces 300 from homes in Lower Brisco after record rain

    About 300 residents of Lower Brisco were evacuated on Sunday after the Tamber River rose more
    than eight feet overnight -- flooding streets and cutting power to about 4,000 customers.

    The regional weather office recorded 6.1 inches of rain at the Brisco airport in 24 hours,
    the most since records began in 1948, according to data posted on its website.

    "We went door to door on three streets before dawn," said Nadia Kovac, the county's emergency
    management director. "Most people left when we asked. A few we had to come back for twice."

    The Red Harbor Relief Society opened a shelter at Brisco High School, where 112 people spent
    Sunday night, said Ellis Marsh, a volunteer coordinator with the group.

    Dr. Yusuf Demir, a hydrologist at the Coastal Plains Research Institute, said the river's
    rise was worsened by saturated ground from storms earlier in the month. "When the soil is
    already full, nearly all of the rain runs straight into the river," Demir said.

    Grantley Power said crews had restored electricity to about half of the affected customers by
    Monday afternoon. The company said in a statement that some lines in low-lying areas could
    not be repaired until the water receded.

    No deaths or serious injuries were reported, according to the county sheriff's office.
    """
)
WELL.append(
    _case(
        "river_flooding",
        "well",
        _FLOOD,
        _down(
            "named_to_anonymous",
            (
                "said Nadia Kovac, the county's emergency management director.",
                "said a county official.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "where 112 people spent Sunday night, said Ellis Marsh, a volunteer coordinator "
                "with the group.",
                "where 112 people spent Sunday night.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The regional weather office recorded 6.1 inches of rain at the Brisco airport in "
                "24 hours, the most since records began in 1948, according to data posted on its "
                "website.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "until the water receded.",
                "It is rumoured in town that the upstream dam was opened overnight without "
                "warning.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "from storms earlier in the month.",
                "A spokesperson for the state water authority, which runs the Calder Dam upstream, "
                "said its gates had stayed closed during the storm.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "according to data posted on its website.",
                "A 2022 county flood study found that 640 homes in Lower Brisco sit within the "
                "river's 100-year floodplain.",
            ),
        ),
        _rename(
            "names",
            ("Brisco", "Hallsey"),
            ("Tamber", "Wessel"),
            ("Nadia Kovac", "Greta Lindahl"),
            ("Red Harbor", "Blue Ridge"),
            ("Ellis Marsh", "Tobias Nwosu"),
            ("Yusuf", "Carmen"),
            ("Demir", "Alvarado"),
            ("Grantley", "Eastway"),
        ),
        _rename("weekday", ("Sunday", "Saturday"), ("Monday", "Sunday")),
        _same("minor_number", ("where 112 people", "where 97 people")),
    )
)

# --- education ------------------------------------------------------------------------------
_READING = _article(
    """
    Reading scores rise in Calloway schools after phonics overhaul

    Third-grade reading scores in the Calloway Unified School District rose for the second
    straight year, according to state test results released on Tuesday, after the district
    changed how it teaches young children to read.

    The results show 58 percent of Calloway third graders met the state reading standard this
    spring, up from 49 percent in 2023. The statewide figure was 52 percent.

    "Our teachers did the hard part. They retrained in the middle of their careers and changed
    what they do every morning," said Superintendent Diane Okonkwo. The district spent $1.4
    million over two years on training and new materials, according to its budget documents.

    Dr. Franklin Mehta, a professor of education at Westerly University who studies reading
    instruction, said the gains were encouraging but that two years of results was a short
    record. "I would want to see whether these children keep the gains in fifth grade," Mehta
    said.

    Some teachers had resisted the change at first. Julia Brandvold, who has taught first grade
    in Calloway for 17 years, said the new lessons felt rigid at first. "Now I can tell exactly
    which sounds each child is stuck on," she said.

    The teachers union, the Calloway Education Association, declined to comment on the results.
    """
)
WELL.append(
    _case(
        "reading_scores",
        "well",
        _READING,
        _down(
            "named_to_anonymous",
            (
                "Julia Brandvold, who has taught first grade in Calloway for 17 years, said",
                "One teacher, who asked not to be named, said",
            ),
        ),
        _down(
            "named_to_anonymous",
            ("said Superintendent Diane Okonkwo.", "said a district administrator."),
        ),
        _down(
            "documents_removed",
            _remove(
                "The results show 58 percent of Calloway third graders met the state reading "
                "standard this spring, up from 49 percent in 2023. The statewide figure was 52 "
                "percent.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "The statewide figure was 52 percent.",
                "Some parents suspect the state quietly made this year's test easier.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "according to its budget documents.",
                "A state audit of the district's reading program, completed in March, found that "
                "94 percent of its kindergarten to third-grade teachers had finished the training.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "The statewide figure was 52 percent.",
                "Dr. Laila Ibsen, a reading researcher at the Halvorsen Institute, said gains of "
                "that size in two years are uncommon for a whole district.",
            ),
        ),
        _rename(
            "names",
            ("Calloway", "Pemberton"),
            ("Diane Okonkwo", "Sofia Lindqvist"),
            ("Franklin", "Rafael"),
            ("Mehta", "Quintana"),
            ("Westerly", "Ashdown"),
            ("Julia Brandvold", "Nkechi Obi"),
        ),
        _rename("weekday", ("Tuesday", "Friday")),
        _same("minor_number", ("for 17 years", "for 15 years")),
    )
)

# --- sport ----------------------------------------------------------------------------------
_STADIUM = _article(
    """
    City audit finds Ridgeford stadium deal cost taxpayers more than promised

    A new stadium for the Ridgeford Foxes minor league baseball club has cost the city $9.7
    million more than officials projected when the council approved the deal in 2021, according
    to an audit released Friday by the city comptroller.

    The audit found that the city paid for parking, road work and a sewer line that were not in
    the original $31 million budget. Ticket and parking revenue shared with the city came to
    $412,000 last season, a third of what the team had forecast.

    "The council was told this would pay for itself within 15 years. On these numbers, it will
    not pay for itself in 40," said Comptroller Ines Varga.

    Team president Colin Aberdeen said in an interview that attendance had grown every season and
    that the club had met every term of its lease. "We have put 300,000 people a year through the
    gates of a neighborhood that was empty on summer nights," he said.

    Rachel Stoddard, an economist at Pellham University who studies sports subsidies, said the
    results were in line with research on publicly funded ballparks. "Stadiums move spending
    around a region more than they create it," Stoddard said.

    Mayor Lionel Grace, who championed the deal as a council member, declined to comment through a
    spokesperson.
    """
)
WELL.append(
    _case(
        "stadium_audit",
        "well",
        _STADIUM,
        _down(
            "named_to_anonymous",
            (
                "Team president Colin Aberdeen said in an interview that",
                "A team executive, who asked not to be named, said that",
            ),
        ),
        _down(
            "named_to_anonymous",
            ("said Comptroller Ines Varga.", "said one official in the comptroller's office."),
        ),
        _down(
            "documents_removed",
            _remove(
                "The audit found that the city paid for parking, road work and a sewer line that "
                "were not in the original $31 million budget. Ticket and parking revenue shared "
                "with the city came to $412,000 last season, a third of what the team had "
                "forecast.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'empty on summer nights," he said.',
                "Some fans suspect the team's owners are already looking for another city.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a third of what the team had forecast.",
                "Council records show the 2021 vote was 6-3, and that the revenue projections "
                "presented that night were prepared by a consultant hired by the team.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'around a region more than they create it," Stoddard said.',
                "Dr. Owen Faraday, a professor of public finance at Kettering State University, "
                "said cities that share ticket revenue rarely recover more than half of their "
                "costs.",
            ),
        ),
        _rename(
            "names",
            ("Ridgeford", "Oakhaven"),
            ("Ines Varga", "Chidi Eze"),
            ("Colin Aberdeen", "Bertrand Moll"),
            ("Rachel", "Yael"),
            ("Stoddard", "Sharabi"),
            ("Pellham", "Grantham"),
            ("Lionel Grace", "Wendy Hu"),
        ),
        _rename("weekday", ("Friday", "Monday")),
        _same("minor_number", ("$412,000 last season", "$398,000 last season")),
    )
)

# --- transport ------------------------------------------------------------------------------
_BUSES = _article(
    """
    Transit agency proposes cutting 11 bus routes to close budget gap

    The Meridian Regional Transit Authority proposed on Wednesday to eliminate 11 of its 58 bus
    routes and reduce service on 14 others, saying it faces a $26 million shortfall next year as
    federal pandemic aid runs out.

    According to the authority's draft budget, the cuts would save about $18 million and affect
    roughly 9,500 weekday riders. The routes proposed for elimination carry an average of 11
    passengers per trip, compared with 27 across the system.

    "Nobody here wants to do this. We are trying to protect the routes that carry the most
    people," said Alvaro Quintero, the authority's general manager.

    Sharon Pike, who leads the Meridian Riders Union, said the cuts would fall hardest on
    night-shift workers. "If you work at the hospital at midnight, these are your routes," she
    said.

    Dr. Helen Iwasaki, a transportation planner at the Calder Institute for Urban Policy, said
    agencies across the country faced the same gap. Cutting low-ridership routes can save money,
    she said, but it often pushes riders onto busier routes that then run late.

    The authority's board will hold three public hearings before a vote in June. A spokesman for
    Governor Ellen Whitcombe said the state budget did not include new money for transit.
    """
)
WELL.append(
    _case(
        "bus_route_cuts",
        "well",
        _BUSES,
        _down(
            "named_to_anonymous",
            (
                "Sharon Pike, who leads the Meridian Riders Union, said",
                "One riders' advocate said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Cutting low-ridership routes can save money, she said, but it often",
                "Cutting low-ridership routes can save money, but it often",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "According to the authority's draft budget, the cuts would save about $18 million "
                "and affect roughly 9,500 weekday riders. The routes proposed for elimination "
                "carry an average of 11 passengers per trip, compared with 27 across the "
                "system.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the routes that carry the most people,\" said Alvaro Quintero, the authority's "
                "general manager.",
                "Some riders believe the agency is exaggerating the shortfall to justify cuts it "
                "wanted anyway.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "did not include new money for transit.",
                "Officials in Stellan County, which pays $4 million a year toward the authority's "
                "budget, did not respond to a request for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "compared with 27 across the system.",
                "A 2024 rider survey by the authority found that 38 percent of riders on the "
                "affected routes do not own a car.",
            ),
        ),
        _rename(
            "names",
            ("Meridian", "Caldwell"),
            ("Alvaro Quintero", "Shira Katz"),
            ("Sharon Pike", "Marguerite Adebayo"),
            ("Helen Iwasaki", "Aoife Fennelly"),
            ("Calder", "Rowan"),
            ("Ellen Whitcombe", "Arthur Bello"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("an average of 11 passengers", "an average of 12 passengers")),
    )
)

# --- environment ----------------------------------------------------------------------------
_FISH = _article(
    """
    State records link Sable River fish kill to chemical plant discharge

    Thousands of dead fish that washed up along a 4-mile stretch of the Sable River last month
    were killed by a spike in ammonia released from the Corveth Chemical plant, according to
    inspection records released on Thursday by the state Department of Environmental Quality.

    The records show the plant's discharge contained ammonia at about nine times its permitted
    limit on two days in early August, after a pump in its treatment system failed. State
    biologists counted more than 6,200 dead fish, most of them smallmouth bass and suckers.

    "A failure like this should have set off alarms within hours, not days," said Teodora Lisk,
    the department's regional enforcement manager. She said the agency was considering fines.

    Dr. Ravi Chandrasekar, an aquatic toxicologist at Brennermoor University, said ammonia at
    those levels can kill fish within hours, especially in warm, low water. "Late summer is
    exactly when a river has the least room for a mistake like this," he said.

    Corveth Chemical said in a statement that it had replaced the pump and added a backup alarm.
    The company declined to answer questions about when plant staff first noticed the problem.

    Anglers said the stretch below the plant had been one of the best bass waters in the region.
    "It will take years to come back," said Wes Dunleavy, who runs a bait shop in Marlow Ferry.
    """
)
WELL.append(
    _case(
        "river_fish_kill",
        "well",
        _FISH,
        _down(
            "named_to_anonymous",
            (
                "said Teodora Lisk, the department's regional enforcement manager. She said",
                "said a department official. The official said",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "said Wes Dunleavy, who runs a bait shop in Marlow Ferry.",
                "said one angler.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The records show the plant's discharge contained ammonia at about nine times its "
                "permitted limit on two days in early August, after a pump in its treatment "
                "system failed. State biologists counted more than 6,200 dead fish, most of them "
                "smallmouth bass and suckers.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "first noticed the problem.",
                "Some residents suspect the plant has been dumping chemicals at night for years.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "She said the agency was considering fines.",
                "Enforcement records show the plant was cited twice for ammonia violations in "
                "2019 and paid $84,000 in penalties.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "one of the best bass waters in the region.",
                "Lorna Tessaro, a fisheries biologist with the state wildlife agency, said bass "
                "populations usually need three to five years to recover from a kill of that size.",
            ),
        ),
        _rename(
            "names",
            ("Sable", "Corran"),
            ("Corveth", "Aldmoor"),
            ("Teodora Lisk", "Helga Yamamoto"),
            ("Ravi Chandrasekar", "Owen Tremaine"),
            ("Brennermoor", "Eastfield"),
            ("Wes Dunleavy", "Tariq Benali"),
            ("Marlow Ferry", "Stony Ford"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("more than 6,200 dead fish", "more than 5,900 dead fish")),
    )
)

# --- crime ----------------------------------------------------------------------------------
_PHARMACY = _article(
    """
    Two charged in string of pharmacy break-ins across Elderbrook

    Police in Elderbrook have charged two men in connection with eight overnight break-ins at
    pharmacies since January, Police Chief Marcus Oyelowo said at a news conference on Monday.

    Jared Strand, 31, and Keith Andersson, 27, both of Westmarch, face burglary and drug
    possession charges, according to court records. They were arrested on Saturday after a
    traffic stop, when officers found prescription bottles and a pry bar in their car, the
    records show.

    "These were planned. They knew which stores had no overnight staff and which alarms were slow
    to call out," Oyelowo said. He said detectives linked the men to at least five of the
    break-ins through surveillance video and cellphone location data.

    Pharmacies in the county reported 23 burglaries last year, up from nine in 2022, according to
    figures from the state pharmacy board.

    Strand's lawyer, Natalie Brisk, did not respond to a request for comment. A public defender
    assigned to Andersson declined to comment.

    Dr. Ellen Varnum, a criminologist at Oakhurst University, said pharmacy burglaries tend to
    come in clusters. "Once a group finds a method that works, they repeat it until they are
    caught," she said.
    """
)
WELL.append(
    _case(
        "pharmacy_burglaries",
        "well",
        _PHARMACY,
        _down(
            "named_to_anonymous",
            (
                "Police Chief Marcus Oyelowo said at a news conference",
                "a police official said",
            ),
            (
                'slow to call out," Oyelowo said. He said',
                'slow to call out," the official said. The official said',
            ),
        ),
        _down(
            "attribution_removed",
            ("He said detectives linked the men", "Detectives linked the men"),
        ),
        _down(
            "documents_removed",
            _remove(
                "Pharmacies in the county reported 23 burglaries last year, up from nine in 2022, "
                "according to figures from the state pharmacy board.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "surveillance video and cellphone location data.",
                "Some pharmacists suspect an employee was passing information to the burglars.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "in their car, the records show.",
                "A criminal complaint filed in Elderbrook District Court says the stolen drugs had "
                "a street value of about $60,000.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A public defender assigned to Andersson declined to comment.",
                "Omar Haddad, a public defender assigned to Andersson, declined to comment.",
            ),
        ),
        _rename(
            "names",
            ("Elderbrook", "Fairmount"),
            ("Marcus", "Desmond"),
            ("Oyelowo", "Kowal"),
            ("Jared", "Tyler"),
            ("Strand", "Mott"),
            ("Keith", "Dwayne"),
            ("Andersson", "Ruiz"),
            ("Westmarch", "Bellhaven"),
            ("Natalie Brisk", "Farah Aziz"),
            ("Ellen Varnum", "Mirela Holloway"),
            ("Oakhurst", "Linwood"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("reported 23 burglaries", "reported 21 burglaries")),
    )
)

# --- technology -----------------------------------------------------------------------------
_BREACH = _article(
    """
    Hackers stole data on 48,000 Castlebay utility customers, vendor says

    Names, addresses and partial bank account numbers of about 48,000 Castlebay Water and Light
    customers were stolen in a cyberattack on the company that runs the utility's online billing
    system, according to a notice filed with the state attorney general on Tuesday.

    The notice says intruders gained access to systems at Pennock Billing Services on March 3 and
    were not detected until March 19. It says no full card numbers or passwords were taken.

    "We are contacting every affected customer by mail and paying for two years of credit
    monitoring," said Grace Whitlow, Pennock's chief operating officer.

    Castlebay's utility director, Ahmed Sorensen, said the city had asked Pennock for a full
    report on how the attack happened. "Our customers did not choose this vendor. We did, and we
    owe them answers," he said.

    Dr. Lucia Ferrante, a computer security researcher at Haldane Technical University, said the
    16-day gap between the break-in and its discovery was "unfortunately common" for small
    companies. She said customers should watch their bank statements and be wary of emails or
    calls that mention the breach.

    Pennock declined to say whether it had paid a ransom.
    """
)
WELL.append(
    _case(
        "billing_data_breach",
        "well",
        _BREACH,
        _down(
            "named_to_anonymous",
            ("Castlebay's utility director, Ahmed Sorensen, said", "A city official said"),
        ),
        _down(
            "attribution_removed",
            (
                "She said customers should watch their bank statements",
                "Customers should watch their bank statements",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to a notice filed with the state attorney general on Tuesday.",
                ".",
            ),
            _remove(
                "The notice says intruders gained access to systems at Pennock Billing Services on "
                "March 3 and were not detected until March 19. It says no full card numbers or "
                "passwords were taken.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "whether it had paid a ransom.",
                "Some customers suspect the utility knew about the breach weeks earlier than it "
                "has admitted.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a full report on how the attack happened.",
                "Pennock's contract with the city, obtained through a public records request, "
                "requires the company to report any breach within 72 hours.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "whether it had paid a ransom.",
                "Kwame Osei-Lind, a professor of information security at Marlborough Polytechnic, "
                "said billing vendors are attractive targets because one break-in exposes the "
                "customers of many utilities at once.",
            ),
        ),
        _rename(
            "names",
            ("Castlebay", "Redmere"),
            ("Pennock", "Tallis"),
            ("Grace Whitlow", "Annika Berg"),
            ("Ahmed Sorensen", "Luis Carvalho"),
            ("Lucia Ferrante", "Deirdre Byrne"),
            ("Haldane", "Norwood"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same(
            "minor_number",
            ("data on 48,000 Castlebay", "data on 46,000 Castlebay"),
            ("about 48,000 Castlebay", "about 46,000 Castlebay"),
        ),
    )
)

# --- housing --------------------------------------------------------------------------------
_RENTS = _article(
    """
    Rents in Tallow Bay rose 11 percent in a year, housing survey finds

    Average rents in Tallow Bay rose 11.2 percent over the past year, more than twice the rate of
    wage growth, according to the city housing authority's annual rental survey, released on
    Thursday.

    The survey of 3,400 units found that the average two-bedroom apartment now rents for $1,860 a
    month, up from $1,672 a year earlier. Vacancy fell to 2.1 percent, the lowest since the
    authority began the survey in 2009.

    "When vacancy is that low, tenants have almost no bargaining power," said Corinne Abara, the
    authority's research director.

    Dr. Nikolai Brandt, a housing economist at Saltmarsh University, said the numbers reflected a
    decade in which the city added jobs much faster than homes. City permit data show 1,900 new
    housing units were approved between 2015 and 2024, while the city added about 14,000 jobs.

    Landlords say rising costs are driving the increases. "Our property taxes went up 9 percent
    and insurance went up more than 20 percent," said Victor Lang, who owns four apartment
    buildings and is president of the Tallow Bay Property Owners Association.

    Tenant organizer Marisol Quay said many of the people who call her group are paying more than
    half of their income in rent.
    """
)
WELL.append(
    _case(
        "rent_survey",
        "well",
        _RENTS,
        _down(
            "named_to_anonymous",
            (
                "said Corinne Abara, the authority's research director.",
                "said an official at the authority.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "said Victor Lang, who owns four apartment buildings and is president of the "
                "Tallow Bay Property Owners Association.",
                "said one landlord.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Tenant organizer Marisol Quay said many of the people who call her group are "
                "paying",
                "Many tenants are paying",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                " City permit data show 1,900 new housing units were approved between 2015 and "
                "2024, while the city added about 14,000 jobs."
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Landlords say rising costs are driving the increases.",
                "Some tenants believe landlords are secretly coordinating their rent increases.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "half of their income in rent.",
                "Mayor Delphine Okoro's office did not respond to a request for comment on the "
                "survey.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "half of their income in rent.",
                "Eviction filings in the county court rose 34 percent last year, according to "
                "court data.",
            ),
        ),
        _rename(
            "names",
            ("Tallow Bay", "Kingsmere"),
            ("Corinne Abara", "Yusra Haddad"),
            ("Nikolai Brandt", "Pavel Horak"),
            ("Saltmarsh", "Glenrock"),
            ("Victor Lang", "Gordon Fitch"),
            ("Marisol Quay", "Aiyana Redcloud"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("The survey of 3,400 units", "The survey of 3,250 units")),
    )
)

# --- agriculture ----------------------------------------------------------------------------
_DROUGHT = _article(
    """
    Drought pushes crop insurance claims to record in Dunhollow County

    Farmers in Dunhollow County filed crop insurance claims on about 212,000 acres of corn and
    soybeans this year, the most on record, as a summer drought cut yields across the region,
    according to data from the federal crop insurance program.

    Rainfall at the county's weather station from June through August was 4.3 inches, about 40
    percent of normal, the state climatologist's office reported.

    "I planted 900 acres of corn and I will be lucky to harvest half of what I expected," said
    Aaron Velt, who farms near the town of Greystead. He said he would rely on insurance to pay
    back his operating loan.

    Dr. Simone Akerley, an agronomist with the Dunhollow County extension service, said corn was
    hit hardest because the dry weeks came just as plants were pollinating. "Timing matters more
    than totals. Three dry weeks in July can do more damage than a dry August," she said.

    The state agriculture commissioner, Louis Brennan, said on Friday that he had asked for a
    federal disaster declaration for 14 counties, which would make low-interest emergency loans
    available to farmers.

    Grain prices have not risen enough to make up for the smaller harvest, said Jenna Coyle, an
    economist at Redfern State University.
    """
)
WELL.append(
    _case(
        "drought_crop_claims",
        "well",
        _DROUGHT,
        _down(
            "named_to_anonymous",
            (
                "said Aaron Velt, who farms near the town of Greystead. He said",
                "said one farmer. He said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "the smaller harvest, said Jenna Coyle, an economist at Redfern State University.",
                "the smaller harvest.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "Rainfall at the county's weather station from June through August was 4.3 "
                "inches, about 40 percent of normal, the state climatologist's office "
                "reported.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "available to farmers.",
                "Some farmers suspect the drought was made worse by cloud seeding in a "
                "neighboring state.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "available to farmers.",
                "A spokesperson for the federal farm agency's regional office said such requests "
                "usually take four to eight weeks to review.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the state climatologist's office reported.",
                "A 2024 report by the same office found that July rainfall in the county had been "
                "below normal in seven of the previous ten years.",
            ),
        ),
        _rename(
            "names",
            ("Dunhollow", "Mossgiel"),
            ("Aaron Velt", "Hendrik Baas"),
            ("Greystead", "Little Orme"),
            ("Simone Akerley", "Ana Paula Reis"),
            ("Louis Brennan", "Thomas McAllister"),
            ("Jenna Coyle", "Sipho Ndlovu"),
            ("Redfern", "Fallbrook"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("I planted 900 acres", "I planted 850 acres")),
    )
)

# --- hospitals ------------------------------------------------------------------------------
_HOSPITAL = _article(
    """
    Inspection report faults Saint Aldric hospital over emergency room waits

    State inspectors found that patients at Saint Aldric Medical Center's emergency department
    waited a median of 6 hours and 40 minutes to be admitted to a bed last winter, according to
    an inspection report made public on Monday by the state health department.

    The 31-page report says that on 12 days in January, more than 40 patients were held in
    hallways for longer than 24 hours. Inspectors also found that nurse staffing fell below the
    hospital's own minimum on 19 of the 45 shifts they reviewed.

    "The report describes conditions our staff have been warning about for two years," said Amira
    Castellanos, a nurse in the emergency department and a representative of the nurses' union.

    The hospital's chief medical officer, Dr. Julian Pryce, said in an interview that a shortage
    of nursing home beds meant patients who were ready to leave could not be discharged, which
    backed up the whole hospital. "Our emergency department is where the bottleneck shows up, not
    where it starts," he said.

    Dr. Fiona Kettering, an emergency physician and health policy researcher at Larkspur
    University, said long boarding times were linked in several studies to higher rates of
    medical errors.

    The hospital has 30 days to submit a plan of correction. Its parent company, Meridell Health,
    did not respond to a request for comment.
    """
)
WELL.append(
    _case(
        "hospital_inspection",
        "well",
        _HOSPITAL,
        _down(
            "named_to_anonymous",
            (
                "said Amira Castellanos, a nurse in the emergency department and a representative "
                "of the nurses' union.",
                "said one nurse.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "The hospital's chief medical officer, Dr. Julian Pryce, said in an interview that",
                "A hospital administrator said that",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The 31-page report says that on 12 days in January, more than 40 patients were "
                "held in hallways for longer than 24 hours. Inspectors also found that nurse "
                "staffing fell below the hospital's own minimum on 19 of the 45 shifts they "
                "reviewed.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Fiona Kettering, an emergency physician and health policy researcher at "
                "Larkspur University, said long boarding times were linked in several studies",
                "Long boarding times are linked",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'where it starts," he said.',
                "It is rumoured among staff that at least one death was linked to the delays.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "on 19 of the 45 shifts they reviewed.",
                "State data show the emergency department recorded 71,000 visits last year, up 18 "
                "percent from 2019.",
            ),
        ),
        _rename(
            "names",
            ("Saint Aldric", "Saint Brendan"),
            ("Amira Castellanos", "Joy Mensah"),
            ("Julian Pryce", "Anders Holm"),
            ("Fiona Kettering", "Rukmini Das"),
            ("Larkspur", "Wexford"),
            ("Meridell", "Harborview"),
        ),
        _rename("weekday", ("Monday", "Thursday")),
        _same("minor_number", ("on 19 of the 45 shifts", "on 17 of the 45 shifts")),
    )
)

# --- energy ---------------------------------------------------------------------------------
_RATES = _article(
    """
    Utility seeks 14 percent rate increase; regulators to hold hearings

    Corrin Valley Electric has asked state regulators to raise residential electricity rates by
    14 percent starting in January, which would add about $19 a month to the average customer's
    bill, according to the company's filing with the Public Utilities Commission.

    The 212-page filing says the company needs the money to replace aging transmission lines and
    to harden its system against wildfires. It projects $1.3 billion in capital spending over the
    next four years.

    "We know this is a lot to ask. But the grid our customers rely on was largely built in the
    1970s," said Marguerite Olsen, the company's vice president for regulatory affairs.

    Consumer advocates said the request was too large. Tobias Wren, the director of the state's
    Office of Ratepayer Advocacy, said the company's profit margin had been above its allowed
    level in three of the last five years, citing the commission's own annual reports.

    Dr. Hannelore Szabo, an energy economist at Fairhaven University, said wildfire spending was
    driving rate requests across the region. "Customers are paying now for risks that used to be
    left to chance," she said.

    The commission will hold public hearings in four cities in October and is expected to rule by
    December. Commission spokesman Derek Amos said the panel often approves smaller increases than
    utilities request.
    """
)
WELL.append(
    _case(
        "electric_rate_request",
        "well",
        _RATES,
        _down(
            "named_to_anonymous",
            (
                "said Marguerite Olsen, the company's vice president for regulatory affairs.",
                "said a company official.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Commission spokesman Derek Amos said the panel often approves",
                "The panel often approves",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The 212-page filing says the company needs the money to replace aging "
                "transmission lines and to harden its system against wildfires. It projects $1.3 "
                "billion in capital spending over the next four years.\n\n"
            ),
        ),
        _down(
            "documents_removed",
            _remove(", citing the commission's own annual reports"),
        ),
        _down(
            "speculation_added",
            _after(
                "Consumer advocates said the request was too large.",
                "Some customers believe the company is padding the request to pay for executive "
                "bonuses.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "smaller increases than utilities request.",
                "A spokesperson for the governor's office declined to comment on the request.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "over the next four years.",
                "Commission records show the company's last increase, of 6 percent, was approved "
                "in 2022.",
            ),
        ),
        _rename(
            "names",
            ("Corrin Valley", "Hartwell"),
            ("Marguerite Olsen", "Bao Tran"),
            ("Tobias Wren", "Imelda Cruz"),
            ("Hannelore Szabo", "Keiko Mori"),
            ("Fairhaven", "Brookline"),
            ("Derek Amos", "Paulina Nowak"),
        ),
        _same("minor_number", ("The 212-page filing", "The 208-page filing")),
    )
)


# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- local government -------------------------------------------------------------------------
_PARK = _article(
    """
    Is the mayor about to sell Fenwick Park?

    People in the Ashgrove neighborhood are worried, and they have good reason to be. Sources say
    Mayor Tom Reddin is quietly preparing to sell Fenwick Park to a developer who wants to build
    luxury condos on the site.

    Nobody at city hall will say it out loud, but insiders claim a deal could be signed before the
    end of the summer. It is believed that the developer has already drawn up plans for as many as
    300 units, and some neighbors say surveyors have been spotted near the playground in recent
    weeks.

    "They always do this. They wait until everyone is on vacation and then they push it through,"
    one longtime resident said.

    Critics argue that the park is the only green space left in this part of town, and that
    losing it would change the neighborhood forever. Some believe the city has been letting the
    park fall apart on purpose so that selling it looks like the sensible choice.

    I have no proof, but the timing is suspicious. Last year the city cut the park's maintenance
    budget, and now this. People are starting to connect the dots.

    If the mayor really cares about Ashgrove, he should come out and say what is going on. Until
    then, residents should assume the worst and show up at the next council meeting.
    """
)
WEAK.append(
    _case(
        "park_sale_rumour",
        "weak",
        _PARK,
        _up(
            "anonymous_named",
            (
                '," one longtime resident said.',
                '," said Gloria Hennessy, who has lived across the street from the park for 31 '
                "years.",
            ),
        ),
        _up(
            "document_added",
            (
                "Last year the city cut the park's maintenance budget, and now this.",
                "City budget records show the park's maintenance budget was cut from $184,000 in "
                "2023 to $121,000 in 2024.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "luxury condos on the site.",
                "A spokesperson for Reddin did not respond to a request for comment.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "looks like the sensible choice.",
                "Dr. Priya Hallworth, who teaches urban planning at Ashby State University, said "
                "most city charters require a public vote before parkland can be sold.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "People are starting to connect the dots.",
                "Some say the mayor's brother-in-law works for the developer, and it could be "
                "that he stands to make a fortune from the deal.",
            ),
        ),
        _rename(
            "names",
            ("Fenwick", "Orchard"),
            ("Ashgrove", "Millbank"),
            ("Tom Reddin", "Hal Moreno"),
        ),
        _same("minor_number", ("as many as 300 units", "as many as 280 units")),
    )
)

# --- health -----------------------------------------------------------------------------------
_ILLNESS = _article(
    """
    Mystery illness spreading in Calder schools, parents say

    A wave of unexplained stomach illness is sweeping through schools in Calder, and many parents
    believe officials are not telling them the whole story.

    According to posts in a local parents' group, dozens of children have been sent home in the
    past two weeks with fever, vomiting and headaches. Some parents are convinced the cause is the
    water in the older school buildings, while others suspect the new cafeteria supplier.

    "My son was sick for four days and nobody from the school even called to check on him," one
    mother wrote. "Something is going on and they know it."

    Rumours have been circulating that at least one child ended up in the hospital, although it
    is not clear whether that is true. Some say the district has quietly brought in cleaning
    crews at night.

    Experts say illnesses like this can spread quickly in crowded classrooms, and it could be
    something as simple as a stomach bug. But it could also be something more serious, and
    parents deserve to know which.

    Until the district comes clean, many families say they are keeping their children at home.
    As one father put it, better safe than sorry.
    """
)
WEAK.append(
    _case(
        "school_illness_rumour",
        "weak",
        _ILLNESS,
        _up(
            "expert_added",
            _after(
                "something as simple as a stomach bug.",
                "Dr. Rosalind Achebe, a pediatric infectious disease specialist at Calder General "
                "Hospital, said norovirus outbreaks in schools are common in winter and usually "
                "pass within a few days.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "not telling them the whole story.",
                "A spokesperson for the Calder school district did not respond to requests for "
                "comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "others suspect the new cafeteria supplier.",
                "Attendance records posted by the district show that absences at two elementary "
                "schools doubled last week, to about 14 percent of students.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                '," one mother wrote.',
                '," wrote Jessa Moreland, whose son is in second grade at Pine Hollow Elementary.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "brought in cleaning crews at night.",
                "I have no proof, but I would not be surprised if this is connected to the "
                "chemical spill on the highway last fall.",
            ),
        ),
        _rename("names", ("Calder", "Dunford")),
        _same("minor_number", ("sick for four days", "sick for three days")),
    )
)

# --- business ---------------------------------------------------------------------------------
_FACTORY = _article(
    """
    Is Brightmoor's biggest employer about to leave town?

    The rumours have been flying for weeks, and now they are getting harder to ignore. People
    familiar with the matter say Halden Tool Works, which has made machine parts in Brightmoor for
    more than 60 years, could announce the closure of its main plant as early as next month.

    Workers on the night shift say managers have stopped ordering some materials, and it is
    believed that several large customers have moved their business to a plant in another state.
    Some employees are convinced that the company's new owners never planned to keep the factory
    open at all.

    "Everyone is whispering about it in the break room. Nobody will tell us anything," said one
    machinist who did not want to be named.

    If the plant closes, it would reportedly put hundreds of people out of work, and critics
    claim the town has done far too little to keep the company here. Some say the tax breaks the
    company received years ago should have come with promises attached.

    It is hard to know what to believe. But in a town this size, losing Halden would be a blow
    that nobody is ready for, and many people here fear the worst.
    """
)
WEAK.append(
    _case(
        "factory_closure_rumour",
        "weak",
        _FACTORY,
        _up(
            "anonymous_named",
            (
                "said one machinist who did not want to be named.",
                "said Ray Dobrowski, a machinist who has worked at the plant for 22 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "keep the factory open at all.",
                "A spokesperson for Halden Tool Works declined to comment on the company's plans.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "should have come with promises attached.",
                "State records show the company received $2.4 million in tax breaks in 2011 in "
                "exchange for keeping at least 450 jobs in Brightmoor until 2026.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "It is hard to know what to believe.",
                "Dr. Lorraine Patchett, a labor economist at Kettridge University, said a closure "
                "of that size typically costs a small town several hundred more jobs at "
                "suppliers and shops.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "keep the factory open at all.",
                "Some even suspect the owners plan to sell the land to a casino developer.",
            ),
        ),
        _rename("names", ("Brightmoor", "Coldharbour"), ("Halden", "Maybury")),
        _same("minor_number", ("more than 60 years", "more than 70 years")),
    )
)

# --- crime ------------------------------------------------------------------------------------
_CRIME = _article(
    """
    Residents say crime is out of control on the east side

    Something has changed on the east side of Pellworth -- and residents say they no longer feel
    safe walking at night.

    Posts in neighborhood social media groups describe car break-ins almost every night, packages
    stolen from porches and strangers trying door handles. Many people believe the problem
    started when the city closed the police substation on Kellan Avenue, and some are convinced
    that gangs from out of town are behind it.

    "I have lived here 20 years and I have never seen it like this," one homeowner said. Another
    neighbor said she now keeps a baseball bat by the front door.

    Some say the police are simply not showing up when people call, and it is rumoured that
    officers have been told to stop responding to property crimes altogether. Critics claim city
    leaders are more interested in downtown than in neighborhoods like this one.

    It is not clear how much crime has actually risen, but the fear is real. Many residents say
    they are thinking about moving.

    Until the city takes the problem seriously, people here say they will have to look out for
    each other.
    """
)
WEAK.append(
    _case(
        "east_side_crime_fears",
        "weak",
        _CRIME,
        _up(
            "anonymous_named",
            (
                '," one homeowner said.',
                '," said Corwin Ashby, a retired mail carrier who lives on Tern Street.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "but the fear is real.",
                "Police department data show reported car break-ins on the east side rose from 61 "
                "in the first six months of last year to 97 in the same period this year.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "neighborhoods like this one.",
                "A police department spokesperson said the department had not changed how it "
                "responds to property crimes and that the substation's officers were moved to "
                "patrol.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "but the fear is real.",
                "Dr. Naomi Feld, a criminologist at Westbrook University, said fear of crime "
                "often rises faster than crime itself when incidents are shared online.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "thinking about moving.",
                "I have no proof, but I think someone at city hall wants property values here to "
                "fall.",
            ),
        ),
        _rename("names", ("Pellworth", "Dunstable"), ("Kellan", "Ferris")),
        _same("minor_number", ("lived here 20 years", "lived here 25 years")),
    )
)

# --- technology -------------------------------------------------------------------------------
_METERS = _article(
    """
    Are the new smart meters listening to us?

    Since the Vennet County power co-op began installing more than 9,000 new smart meters this
    spring, a growing number of members say they have noticed strange things, and some are asking
    whether the devices do more than measure electricity.

    Some residents claim their bills jumped right after the new meters went in. Others believe the
    meters can tell when people are home and when they are away, and that this information could
    be sold to advertisers or shared with the government.

    "Why would they need to know what time I run my dishwasher?" one member asked at a recent
    meeting, to loud applause.

    It is believed that the meters send data every few minutes, although nobody seems to know
    exactly what is sent or where it goes. Some people say the radio signals from the meters have
    given them headaches, and a few have taped foil over theirs.

    The co-op has said very little, which has only made people more suspicious. Critics argue
    that members should have been allowed to vote before the meters were installed.

    Whatever the truth is, the co-op owes its members a straight answer. Until then, expect the
    questions to keep coming.
    """
)
WEAK.append(
    _case(
        "smart_meter_fears",
        "weak",
        _METERS,
        _up(
            "comment_sought",
            _after(
                "which has only made people more suspicious.",
                "Asked about the concerns, a spokesperson for the co-op said the meters record "
                "total electricity use in 15-minute intervals and collect no other information.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "where it goes.",
                "The co-op's contract with the meter maker, posted on its website, says usage "
                "data may not be sold or shared without a court order.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "taped foil over theirs.",
                "Dr. Anil Varadkar, an electrical engineer at Mossbank Technical Institute, said "
                "such meters transmit for only a few seconds a day, at far less power than a "
                "cellphone.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "one member asked at a recent meeting",
                "asked Harold Quist, a retired teacher who has been a co-op member since 1988, at "
                "a recent meeting",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Until then, expect the questions to keep coming.",
                "I have no proof, but I would bet the government is already getting a copy of "
                "everything.",
            ),
        ),
        _rename("names", ("Vennet", "Hollins")),
        _same(
            "minor_number", ("more than 9,000 new smart meters", "more than 8,000 new smart meters")
        ),
    )
)

# --- sport ------------------------------------------------------------------------------------
_COACH = _article(
    """
    Fenmore coach on thin ice as losses pile up, sources say

    The Fenmore Hawks have lost seven of their last eight games, and according to people close to
    the team, head coach Brett Lindahl may not survive the season.

    Sources say the club's owners are furious about the team's slide and have already begun
    looking at possible replacements. One name reportedly being floated is a former assistant who
    left for a rival club two years ago.

    Players are said to be frustrated with Lindahl's tactics, and there are rumblings that some
    have stopped listening to him altogether. "You can see it on the ice. The effort just isn't
    there anymore," one person with knowledge of the locker room said.

    Lindahl has insisted publicly that he has the backing of the front office, but few people
    around the league seem to believe it. Some fans believe the decision has already been made
    and that the owners are just waiting for the right moment.

    It could all change with a couple of wins. But if the Hawks keep losing, it is hard to see how
    Lindahl keeps his job past the winter break, and some think his time may already be up.
    """
)
WEAK.append(
    _case(
        "coach_job_rumour",
        "weak",
        _COACH,
        _up(
            "anonymous_named",
            (
                '," one person with knowledge of the locker room said.',
                ",\" said Dion Mercer, the team's captain, after the latest loss.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "waiting for the right moment.",
                "A spokesperson for the Hawks declined to comment on Lindahl's future.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "may not survive the season.",
                "League statistics show the Hawks have allowed 3.6 goals a game this season, the "
                "most in their division.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "It could all change with a couple of wins.",
                "Kieran Doyle, a sports management professor at Westholm University who studies "
                "coaching changes, said firing a coach in midseason rarely improves a team's "
                "results.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "left for a rival club two years ago.",
                "I have no proof, but I would not be surprised if Lindahl is gone by the weekend.",
            ),
        ),
        _rename("names", ("Fenmore", "Ravenhurst"), ("Brett", "Sven"), ("Lindahl", "Carrow")),
        _same("minor_number", ("lost seven of their last eight", "lost six of their last eight")),
    )
)

# --- environment ------------------------------------------------------------------------------
_LAKE = _article(
    """
    Residents fear Lake Orrin is being poisoned

    For weeks now, people who live around Lake Orrin have noticed a strange smell coming off the
    water, and many believe they know who is to blame.

    Some residents are convinced that the Tessaly paper mill on the north shore has been dumping
    waste into the lake at night. Others say they have seen about 30 dead fish near the boat ramp
    and a greenish film on the water in the mornings.

    "You do not need a lab to tell you something is wrong. Just stand on the dock and breathe,"
    said one resident who has lived by the lake for years.

    It is believed that the mill changed its operations earlier this year, though it is not clear
    what that involved. Critics claim state regulators have looked the other way for a long time,
    and some suspect the mill has friends in high places.

    Whether the lake is safe for swimming is anyone's guess. Some families say they have stopped
    letting their children go in the water - just in case.

    People here want answers, and they are not sure anyone in charge is going to give them.
    """
)
WEAK.append(
    _case(
        "lake_pollution_fears",
        "weak",
        _LAKE,
        _up(
            "anonymous_named",
            (
                "said one resident who has lived by the lake for years.",
                "said Marta Solberg, who has lived on the east shore since 1994.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "friends in high places.",
                "A spokesperson for the Tessaly mill said the company had not changed how it "
                "handles wastewater, and that its permit does not allow any discharge into the "
                "lake.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Whether the lake is safe for swimming is anyone's guess.",
                "State water-quality records show that a sample taken near the boat ramp in July "
                "contained 38 micrograms per liter of an algae toxin, above the state's swimming "
                "advisory level of 8.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a greenish film on the water in the mornings.",
                "Dr. Evan Kilbride, a lake ecologist at the University of Carrowmore, said hot "
                "summers often cause algae blooms that smell and kill fish without any industrial "
                "pollution.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "going to give them.",
                "I have no proof, but I think the mill is paying someone to keep quiet.",
            ),
        ),
        _rename("names", ("Orrin", "Tamsworth"), ("Tessaly", "Brookhurst")),
        _same("minor_number", ("about 30 dead fish", "about 25 dead fish")),
    )
)

# --- education --------------------------------------------------------------------------------
_MUSIC = _article(
    """
    School board secretly plans to cut music, parents fear

    Parents in the Greywick school district are bracing for bad news. According to people
    familiar with the discussions, the school board is quietly planning to eliminate the music
    program at all three middle schools next year.

    Nothing has been announced, and board members have not said anything publicly. But insiders
    say the idea came up during a closed-door session last month, and it is believed that the band
    and choir teachers could be reassigned or let go.

    "If they do this, a lot of kids will lose the one reason they like coming to school," said a
    parent who asked not to be identified.

    Some parents suspect the board is using the budget as an excuse. Critics claim the district
    has plenty of money for new football bleachers but somehow cannot afford a few music teachers.
    Others believe the plan is part of a push to spend more time on test preparation.

    The board's next public meeting is in two weeks. Parents say they plan to pack the room and
    make their voices heard.

    Whether the cuts are real or not, the fact that nobody will give a straight answer says a lot.
    """
)
WEAK.append(
    _case(
        "music_cuts_rumour",
        "weak",
        _MUSIC,
        _up(
            "anonymous_named",
            (
                "said a parent who asked not to be identified.",
                "said Renata Voss, whose daughter plays clarinet in the Greywick Middle School "
                "band.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "have not said anything publicly.",
                "Superintendent Warren Tull did not respond to a request for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "could be reassigned or let go.",
                "The agenda for that session, posted on the district's website, lists \"staffing "
                'reductions" as one of four topics.',
            ),
        ),
        _up(
            "expert_added",
            _after(
                "more time on test preparation.",
                "Dr. Celeste Yarrow, who studies arts education at Norland University, said "
                "districts facing budget gaps often cut music first because it is not tested.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "more time on test preparation.",
                "Some say the superintendent wants to give the money to a consultant who is a "
                "personal friend.",
            ),
        ),
        _rename("names", ("Greywick", "Ashworth")),
        _same("minor_number", ("is in two weeks", "is in three weeks")),
    )
)

# --- transport --------------------------------------------------------------------------------
_RUNWAY = _article(
    """
    Is a second runway coming to Marlen Field?

    Neighbors of Marlen Field airport have heard it before, but this time the talk feels
    different. Sources say airport officials have quietly revived plans for a second runway that
    would bring jets much closer to some 400 homes in the Cedar Flats neighborhood.

    Some residents believe the plans were approved behind closed doors months ago. Others claim
    that land near the airport has been bought up by companies linked to people on the airport
    board, though nobody seems to know exactly who is behind them.

    "They never tell us anything until the bulldozers show up," one neighbor said.

    It is said that flights could double within a few years if the runway is built, and some
    people worry about noise, traffic and falling home values. Critics argue the region does not
    need a bigger airport at all.

    Nobody from the airport has come out to explain what is going on, and that silence has only
    fed the rumours.

    For now, residents are organizing, printing yard signs and planning to show up in force at
    the next airport board meeting.
    """
)
WEAK.append(
    _case(
        "runway_rumour",
        "weak",
        _RUNWAY,
        _up(
            "anonymous_named",
            (
                '," one neighbor said.',
                '," said Lydia Fairbanks, who has lived in Cedar Flats since 1987.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "in the Cedar Flats neighborhood.",
                "Airport director Samuel Okpara did not respond to a request for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "who is behind them.",
                "County property records show that three parcels next to the airport, covering "
                "about 46 acres, were sold last year to a company called Redwing Holdings.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "need a bigger airport at all.",
                "Dr. Tessa Brom, an aviation planner at the Halcourt Institute of Technology, said "
                "a new runway would need an environmental review lasting several years before "
                "any construction could begin.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "fed the rumours.",
                "I have no proof, but my guess is that the deal is already done.",
            ),
        ),
        _rename("names", ("Marlen", "Ostrander"), ("Cedar Flats", "Birchwood")),
        _same("minor_number", ("some 400 homes", "some 380 homes")),
    )
)

CASES: tuple[Case, ...] = tuple(WELL + WEAK)


def variant_text(case: Case, variant: Variant) -> str:
    """The text of ``variant`` of ``case``."""
    return variant.apply(case.text)
