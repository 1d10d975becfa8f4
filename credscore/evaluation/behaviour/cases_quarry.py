"""A twenty-first, quarry set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the eighteen sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`,
:mod:`.cases_thaw`, :mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`): it is a
twenty-first, independent set (written at the same time as :mod:`.cases_ridge`, by another
writer who did not read it) of twelve base articles (seven WELL sourced, five WEAKLY sourced)
and their variants, written blind as a measurement. The name "quarry" is only a name; the beats
are crime, justice, politics and public services. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets,
from any corpus or example, or from the web, and every surname, place name, organisation and
outlet name (the names the ``names`` variants rename to included) was checked against the other
sets and the passages and replaced where it already occurred (first names were not checked, and
several recur). The articles and edits were written from the definitions of good and bad
sourcing alone: no text in this module was scored with a model or run through an extractor while
it was written, and the code of the signals, lexicons, features and model was not read. Only the
data checks of the suite (edit targets occur once, renames are consistent, word counts,
typography) were run.

The beats are police misconduct complaints that are rarely upheld and never end in a firing
(police misconduct), men locked in their cells for 22 hours a day at an overcrowded jail
(prisons), victims waiting more than two years for a crown court trial (court delays), a council
member who took donations from firms bidding for a trash contract he voted to award (campaign
finance), small rural school districts paid less than the state's own formula says they need
(school funding), a record hospital waiting list (hospital waiting lists) and a bus operator paid
bonuses while it missed its punctuality targets (public transport contracts), all well sourced;
and talk that a council estate is to be sold to a developer (social housing), rumours that a
federal immigration field office will close (immigration offices), talk of steep property tax
bills after a reassessment (tax), rumours that voters have been purged from the rolls before a
primary (elections) and talk that a town's police station will close (policing), all weakly
sourced. Four bases are written as wire copy (two American, with a datelined first paragraph,
"TALLWATER, Okla. -", and two British, in the "an audit has found", "official figures show"
manner of a national news agency) and eight as local newspaper stories. Six are in American
style ("percent", "Dr.", "State Rep.", "City Councilmember", "Police Chief", "Superintendent",
"trash-hauling", "fourth-grade", "canceled", "neighbor", "Election Day", "last fall") and six in
British style ("per cent", "Dr", "Councillor", "HMP", the pound sign, "defence barrister",
"orthopaedics", "anaesthetists", "cancelled", "neighbour", "reckons", "rumour", "estate",
"parade"). The writing varies the reporting verbs ("said", "said in a statement", "said in an
email", "urged", "show", "shows", "found", "list", "lists", "insisted", "claim", "reckons",
"suggested", "believe", "suspect", "it is said", "it is thought", "reportedly", "apparently",
"is believed to"), turns some attributions around in the variants ("...," said Dr Saoirse
Gledhill, ...), uses titles and appositions ("Police Chief", "Councillor", "City Councilmember",
"Superintendent", "State Rep.", "Professor", "Dr", "Dr.", "who chairs the county council's
health scrutiny committee", "the county's chief assessor", "the county's elections director",
"Ironweed's general manager") and ages, and cites different kinds of document: internal affairs
files released under a state open records act, a prisons inspectorate report on an unannounced
visit, quarterly court statistics, campaign finance reports filed with a county elections
office, a state education department's annual funding report, papers prepared for an NHS trust's
board and a combined authority's internal audit report; and in the variants an audit by a city
auditor's office, a report by a prosecution inspectorate, staffing data a school district filed
with its state, an NHS trust's workforce report, a council's housing asset report published with
its cabinet papers, processing-time data posted on an agency's website, a state equalization
study, a county's list maintenance report filed with the secretary of state and a police and
crime commissioner's estates strategy. Comment is sought in different ways ("said in a statement
... A city spokeswoman did not answer questions about why ...", "A Prison Service spokesperson
said ... The spokesperson did not comment on ...", "said in a statement ... It did not respond to
questions about ...", "Reached by phone Monday, ...", "said in an email ... The education
department referred questions to the Legislature", "She did not say when ...", "In a statement,
... said", and in the variants "The Ministry of Justice, asked why ..., said", "said in an
email that the company's employees ...", "Asked why the payments had been approved ...", "Asked
about the rumours, ... Council said in a statement", "A spokeswoman for the federal immigration
agency, asked about the rumors, said in an email", "Reached Tuesday, the county's chief
assessor ...", "Asked about the claims, ..." and "When this newspaper contacted the county
force, a spokeswoman said"). Each base is 240 to 260 words long, written with straight ASCII
quotes and apostrophes, as every base in the suite is (one British base has a pound sign); the
curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left in the article; an attribution removed so that a claim
stands as bare fact, three times by dropping a named source's words into the article's own
voice and four times by turning a claim into bare fact while the speaker's quote is attributed
afresh; speculation added; the document or dataset removed, with the words in the lead
or headline that pointed to it), and two ``up`` variants chosen among a named expert added, a
document cited, comment sought and an anonymous source named (document cited four times, expert
added four times, comment sought three times, anonymous source named three times; where comment
is sought in a well base it is from a second party criticised: a ministry, a contractor, a
transport authority); each weak base has four ``up`` variants (one of each up kind) and one
``down`` (speculation added, worded differently in each, twice as a sentence of its own and
three times as a clause added to a sentence already in the text; in the well bases, four
speculation edits are sentences of their own and three are clauses); every base has a cosmetic
``names`` rename, a ``weekday`` or ``minor_number`` edit (both for the well bases; a weekday for
one weak base and a minor number for the other four), and the generic typography, wrapping and
CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors of commit 268d3ae and
the model retrained there): directional **0.985** (66 of 67), cosmetic 1.000, well - weak +67.4.
The one failure: ``speculation_added`` on a weak base, a clause added to a sentence already
hedged.
"""

from __future__ import annotations

from .cases import (
    Case,
    _after,
    _article,
    _case,
    _down,
    _remove,
    _rename,
    _same,
    _up,
)

QUARRY_WELL: list[Case] = []
QUARRY_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- police misconduct: few complaints upheld, none ends in a firing (American wire) ----------
_FORCE_FILES = (
    "Internal affairs files released under the state's open records act show 612 complaints "
    "between 2019 and 2023. Investigators upheld 41, and nine officers received suspensions of "
    "one to 10 days. The median complaint stayed open for 211 days.\n\n"
)
_FORCE = _article(
    """
    Few Tallwater officers disciplined despite hundreds of complaints

    TALLWATER, Okla. - Fewer than one in 14 misconduct complaints against Tallwater police officers
    over the past five years was upheld, and no officer was fired, according to city records, as
    civil rights lawyers on Tuesday urged the City Council to create an independent review board.

    Internal affairs files released under the state's open records act show 612 complaints between
    2019 and 2023. Investigators upheld 41, and nine officers received suspensions of one to 10
    days. The median complaint stayed open for 211 days.

    "People are told to trust the process, and then they wait most of a year to hear their complaint
    was not sustained," said Renata Lattimore, a staff attorney with the Cimarron Civil Rights
    Project, which represents several complainants.

    Darnell Easterling, 47, said an officer pushed him face down onto the pavement at a traffic stop
    in 2021. He heard nothing for 14 months until a two-line letter arrived. "I still don't know who
    looked at it," he said.

    Lydia Vollmecke, a professor of criminology at Eastmarch State University who studies police
    oversight, said the upheld rate was low but not unusual for a city of Tallwater's size. "What
    stands out is the delay. Long waits quietly teach people not to bother," she said.

    Police Chief Harlan Dinwiddie said in a statement that every complaint was reviewed by a trained
    investigator and that two more internal affairs investigators had been hired this year. A city
    spokeswoman did not answer questions about why no officer had been dismissed.
    """
)
QUARRY_WELL.append(
    _case(
        "police_complaints_rarely_upheld",
        "well",
        _FORCE,
        _down(
            "named_to_anonymous",
            (
                "Darnell Easterling, 47, said an officer",
                "A man who asked not to be named for fear of retaliation said an officer",
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"People are told to trust the process, and then they wait most of a year to hear '
                'their complaint was not sustained," said Renata Lattimore, a staff attorney '
                "with the Cimarron Civil Rights Project, which represents several complainants.",
                "People are told to trust the process, and then they wait most of a year to hear "
                "their complaint was not sustained.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "The median complaint stayed open for 211 days.",
                "The median complaint stayed open for 211 days, and the real backlog may be far "
                "worse if, as some suspect, complaints made by phone were never logged at all.",
            ),
        ),
        _down(
            "documents_removed",
            (" according to city records,", ""),
            _remove(_FORCE_FILES),
        ),
        _up(
            "document_added",
            _after(
                "The median complaint stayed open for 211 days.",
                "A 2022 audit by the city auditor's office, which sampled 130 closed files, found "
                "that 52 contained no written finding and recommended a 90-day limit on "
                "investigations.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                '"I still don\'t know who looked at it," he said.',
                "Miriam Satterfield, a sociologist at Talmage College who has compared civilian "
                "review boards in 30 cities, said boards that can subpoena officers uphold more "
                'complaints. "Independence changes who is willing to file," she said.',
            ),
        ),
        _rename(
            "names",
            ("TALLWATER", "GRANTHOLM"),
            ("Tallwater", "Grantholm"),
            ("Renata", "Odalys"),
            ("Lattimore", "Landeros"),
            ("Easterling", "Goforth"),
            ("Vollmecke", "Rundstrom"),
            ("Eastmarch", "Mabton"),
            ("Dinwiddie", "Crumpacker"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("show 612 complaints", "show 618 complaints")),
    )
)

# --- prisons: men locked in their cells for 22 hours a day (British local) --------------------
_PRISON_REPORT = (
    "The report, based on an unannounced visit in March, found the jail holding 864 men in space "
    "built for 610. Assaults on staff rose from 71 to 126 in a year, and 38 per cent of "
    "prisoners told inspectors it was easy to get drugs.\n\n"
)
_PRISON = _article(
    """
    Men locked up 22 hours a day at HMP Cloughfold, inspectors say

    Men at HMP Cloughfold are spending up to 22 hours a day in their cells because there are too few
    officers to unlock them, the prisons inspectorate said in a report on Thursday.

    The report, based on an unannounced visit in March, found the jail holding 864 men in space
    built for 610. Assaults on staff rose from 71 to 126 in a year, and 38 per cent of prisoners
    told inspectors it was easy to get drugs.

    "We met men who had not been outside for four days, sharing cells where the toilet had no
    screen," said Gareth Carminow, who led the inspection.

    Councillor Moira Tresillian, who chairs Cloughfold's community safety partnership, said families
    had been contacting her. "One mother told me she had not seen her son for eleven weeks because
    visits kept being cancelled," she said.

    An officer at the prison, who asked not to be named because staff may not talk to the press,
    said recruits often left within months. "You're on a landing with 80 men and one colleague.
    People don't stay," he said.

    Dr Saoirse Gledhill, a criminologist at the University of Haverbrack who researches prison
    staffing, said overcrowding and staff shortages fed each other. "When the regime collapses,
    violence rises and experienced staff leave first," she said.

    A Prison Service spokesperson said 40 officers had joined the prison since January and that work
    to cut the jail's population had begun. The spokesperson did not comment on drugs at the jail.
    """
)
QUARRY_WELL.append(
    _case(
        "prison_cells_twenty_two_hours",
        "well",
        _PRISON,
        _down(
            "named_to_anonymous",
            (
                "Councillor Moira Tresillian, who chairs Cloughfold's community safety "
                "partnership, said",
                "A local councillor, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Saoirse Gledhill, a criminologist at the University of Haverbrack who "
                "researches prison staffing, said overcrowding and staff shortages fed each other.",
                "Overcrowding and staff shortages feed each other.",
            ),
            (
                'experienced staff leave first," she said.',
                'experienced staff leave first," said Dr Saoirse Gledhill, a criminologist at '
                "the University of Haverbrack.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "The spokesperson did not comment on drugs at the jail.",
                "Some relatives fear it may take a death on the wings before anything really "
                "changes.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "the prisons inspectorate said in a report on Thursday.",
                "inspectors said on Thursday.",
            ),
            _remove(_PRISON_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "An officer at the prison, who asked not to be named because staff may not talk to "
                "the press, said",
                "Kieran Malpass, who worked as an officer at the prison until he resigned in May, "
                "said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "The spokesperson did not comment on drugs at the jail.",
                "The Ministry of Justice, asked why the jail held 254 more men than it was built "
                "for, said places were being added across the estate and that a 120-bed block "
                "would open at Cloughfold in 2026.",
            ),
        ),
        _rename(
            "names",
            ("Cloughfold", "Stonecrop"),
            ("Gareth", "Emlyn"),
            ("Carminow", "Boscawen"),
            ("Moira", "Isla"),
            ("Tresillian", "Kinnaird"),
            ("Saoirse", "Niamh"),
            ("Gledhill", "Sugden"),
            ("Haverbrack", "Shawforth"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("rose from 71 to 126", "rose from 71 to 124")),
    )
)

# --- court delays: victims wait more than two years for a trial (British wire) ---------------
_COURT_FIGURES = (
    "Quarterly statistics published by the courts service on Wednesday show 2,318 cases waiting "
    "to be heard at Quernmore at the end of June, up from 1,204 five years earlier. The average "
    "time from charge to the end of a case there reached 743 days, against 512 across England and "
    "Wales.\n\n"
)
_COURT = _article(
    """
    Victims wait more than two years for trials at Quernmore Crown Court

    Victims of serious crime are waiting more than two years on average for their cases to come to
    trial at Quernmore Crown Court, official figures show, with the court's backlog almost doubling
    since 2019.

    Quarterly statistics published by the courts service on Wednesday show 2,318 cases waiting to be
    heard at Quernmore at the end of June, up from 1,204 five years earlier. The average time from
    charge to the end of a case there reached 743 days, against 512 across England and Wales.

    Bethan Catchpole, 34, who was attacked outside a taxi rank in 2021, said her trial had been put
    off three times. "Every date they give me, I rearrange my life around it, and every time it gets
    pulled," she said.

    Priya Lanchbury, a defence barrister who has practised at Quernmore for 16 years, said trials
    were regularly listed and then dropped on the morning because no judge was free. "Courtrooms sit
    empty while cases wait. The shortage is of sitting days, not buildings," she said.

    Professor Amos Mallinson, who researches criminal justice at Saddlecombe University, said long
    delays led witnesses to give up. "Every extra month costs you witnesses, and without them
    prosecutions collapse," he said.

    The courts service said in a statement that it had lifted the cap on sitting days for the
    current year and that 14 part-time judges had been appointed on the circuit since April. It did
    not respond to questions about Quernmore.
    """
)
QUARRY_WELL.append(
    _case(
        "crown_court_victims_wait_two_years",
        "well",
        _COURT,
        _down(
            "named_to_anonymous",
            (
                "Bethan Catchpole, 34, who was attacked outside a taxi rank in 2021, said",
                "A woman who was attacked outside a taxi rank in 2021, and who asked not to be "
                "identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Priya Lanchbury, a defence barrister who has practised at Quernmore for 16 years, "
                "said trials were regularly listed and then dropped on the morning because no "
                'judge was free. "Courtrooms sit empty while cases wait. The shortage is of '
                'sitting days, not buildings," she said.',
                "Trials are regularly listed and then dropped on the morning because no judge is "
                "free, so courtrooms sit empty while cases wait. The shortage is of sitting days, "
                "not buildings.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "It did not respond to questions about Quernmore.",
                "It did not respond to questions about Quernmore, where the backlog seems likely "
                "to keep growing for years whatever is done.",
            ),
        ),
        _down(
            "documents_removed",
            (", official figures show, with", ", with"),
            _remove(_COURT_FIGURES),
        ),
        _up(
            "expert_added",
            _after(
                'not buildings," she said.',
                "Dr Elspeth Ozanne, who studies court administration at the University of "
                "Strandmoor, said judges' sitting days had been cut in 2022 to save money. \"The "
                'backlog is a budget decision as much as anything," she said.',
            ),
        ),
        _up(
            "document_added",
            _after(
                'without them prosecutions collapse," he said.',
                "A 2023 report by the prosecution inspectorate found that 22 per cent of victims "
                "in cases that had waited more than two years had withdrawn their support for a "
                "prosecution.",
            ),
        ),
        _rename(
            "names",
            ("Quernmore", "Wyncote"),
            ("Bethan", "Carys"),
            ("Catchpole", "Jowett"),
            ("Priya", "Anjali"),
            ("Lanchbury", "Cheesewright"),
            ("Amos", "Jude"),
            ("Mallinson", "Pocklington"),
            ("Saddlecombe", "Thrushgate"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("for 16 years", "for 17 years")),
    )
)

# --- campaign finance: a council member's donors and a trash contract (American local) ------
_DONOR_REPORTS = (
    "Reports filed with the Keota County elections office list 27 contributions between "
    "January and May from owners, managers and relatives of managers at three hauling firms, most "
    "at the $1,500 legal limit. Nineteen came from people tied to Ironweed.\n\n"
)
_DONORS = _article(
    """
    Council member took $38,500 from firms bidding for city trash contract

    City Councilmember Dale Hornbuckle accepted $38,500 in campaign contributions from people tied
    to companies bidding for Pinecastle's trash-hauling contract in the months before he voted to
    award it, campaign finance reports show.

    Reports filed with the Keota County elections office list 27 contributions between January and
    May from owners, managers and relatives of managers at three hauling firms, most at the $1,500
    legal limit. Nineteen came from people tied to Ironweed.

    Ironweed Disposal won the seven-year, $14 million contract on June 3 on a 4-3 vote, with
    Hornbuckle in the majority.

    Councilmember Teresa Zamarripa, who voted against the award, said she had not known about the
    donations. "If I'd seen who was giving to whom, I would have asked for the vote to be put off,"
    she said.

    A city procurement employee, who spoke on condition of anonymity because she was not authorized
    to discuss the bids, said staff had ranked Ironweed second of the three bidders on price.

    Dr. Nathaniel Overstreet, a political scientist at Tecumseh State University who studies local
    campaign finance, said many cities require council members to sit out votes involving recent
    donors. "Pinecastle has no such rule, so it all comes down to personal judgment," he said.

    Reached by phone Monday, Hornbuckle said every contribution had been reported as the law
    requires. "I have never traded a vote for anything, and nobody who knows me thinks I have," he
    said.
    """
)
QUARRY_WELL.append(
    _case(
        "council_donors_trash_contract",
        "well",
        _DONORS,
        _down(
            "named_to_anonymous",
            (
                "Councilmember Teresa Zamarripa, who voted against the award, said",
                "Another council member, who voted against the award and asked not to be named, "
                "said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Nathaniel Overstreet, a political scientist at Tecumseh State University who "
                "studies local campaign finance, said many cities require council members to sit "
                "out votes involving recent donors.",
                "Many cities require council members to sit out votes involving recent donors.",
            ),
            (
                'personal judgment," he said.',
                'personal judgment," said Dr. Nathaniel Overstreet, a political scientist at '
                "Tecumseh State University.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "with Hornbuckle in the majority.",
                "Other council members may well have taken similar money that has yet to come to "
                "light, and some at City Hall suspect the vote was settled long before it was "
                "held.",
            ),
        ),
        _down(
            "documents_removed",
            (", campaign finance reports show.", "."),
            _remove(_DONOR_REPORTS),
        ),
        _up(
            "comment_sought",
            _after(
                'and nobody who knows me thinks I have," he said.',
                "Curtis Whisenant, Ironweed's general manager, said in an email that the "
                'company\'s employees "take part in civic life like anyone else" and that its bid '
                "offered the best value overall.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A city procurement employee, who spoke on condition of anonymity because she was "
                "not authorized to discuss the bids, said",
                "Janelle Eubanks, a senior buyer in the city's purchasing division who helped "
                "score the bids, said",
            ),
        ),
        _rename(
            "names",
            ("Dale", "Russ"),
            ("Hornbuckle", "Pankratz"),
            ("Pinecastle", "Elk Bend"),
            ("Keota", "Wapsie"),
            ("Ironweed", "Bluestem"),
            ("Teresa", "Marisela"),
            ("Zamarripa", "Upchurch"),
            ("Overstreet", "Jernigan"),
            ("Tecumseh", "Osage"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("$14 million contract", "$14.2 million contract")),
    )
)

# --- school funding: small rural districts short of the state formula (American wire) --------
_SCHOOL_REPORT = (
    "The state education department's annual funding report, released Wednesday, shows lawmakers "
    "paid for 91 percent of the formula's target. For the 142 districts with fewer than 500 "
    "students, the shortfall averaged $1,140 per pupil, compared with $610 in larger "
    "districts.\n\n"
)
_SCHOOL = _article(
    """
    Rural Missouri schools fall short of what the state formula promises

    QUINCELLA, Mo. - Missouri's smallest school districts received about $1,100 less per student
    last year than the state's own funding formula says they need, according to state figures, and
    some are leaving teaching jobs unfilled as a result.

    The state education department's annual funding report, released Wednesday, shows lawmakers paid
    for 91 percent of the formula's target. For the 142 districts with fewer than 500 students, the
    shortfall averaged $1,140 per pupil, compared with $610 in larger districts.

    In Quincella, a farm town of about 2,300 people, Superintendent Carla Dunnaway said she had left
    three teaching positions vacant and cut the district's only art class. "We have 310 kids and one
    counselor, and she drives a bus route in the afternoon," Dunnaway said.

    Jodie Birdsong, whose two children attend Quincella Elementary, said her son's fourth-grade
    class had grown to 29 students. "The teachers are wonderful, but they're stretched thin," she
    said.

    Ramon Eskildsen, an education economist at Jessup University who has studied rural school
    finance for two decades, said small districts carry fixed costs that do not shrink with
    enrollment. "A bus still has to run whether it carries 12 children or 40," he said.

    State Rep. Wendell Blevins, who chairs the House Budget Committee, said in an email that the
    state had raised school aid in each of the past three years and that he was open to "a hard
    look" at the formula next session. The education department referred questions to the
    Legislature.
    """
)
QUARRY_WELL.append(
    _case(
        "rural_school_funding_gap",
        "well",
        _SCHOOL,
        _down(
            "named_to_anonymous",
            (
                "Jodie Birdsong, whose two children attend Quincella Elementary, said",
                "A parent whose two children attend Quincella Elementary, and who did not want "
                "her name published, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Superintendent Carla Dunnaway said she had left three teaching positions vacant "
                "and cut the district's only art class.",
                "the district has left three teaching positions vacant and cut its only art class.",
            ),
            (
                'in the afternoon," Dunnaway said.',
                'in the afternoon," said Superintendent Carla Dunnaway.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "compared with $610 in larger districts.",
                "It seems likely that a number of the smallest districts will be forced to merge "
                "within a few years.",
            ),
        ),
        _down(
            "documents_removed",
            (", according to state figures, and", ", and"),
            _remove(_SCHOOL_REPORT),
        ),
        _up(
            "document_added",
            _after(
                '"The teachers are wonderful, but they\'re stretched thin," she said.',
                "Staffing data the district filed with the state show 11 percent of its teaching "
                "posts were empty in September, against 4 percent statewide.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "compared with $610 in larger districts.",
                "Gloria Applewhite, who directs the rural schools program at Dorsett College and "
                "has tracked state aid since 2009, said the formula had been fully funded in only "
                "three of the past 12 years.",
            ),
        ),
        _rename(
            "names",
            ("QUINCELLA", "OSKEWAY"),
            ("Quincella", "Oskeway"),
            ("Carla", "Renee"),
            ("Dunnaway", "Stuckey"),
            ("Jodie", "Krista"),
            ("Birdsong", "Wingert"),
            ("Eskildsen", "Lundquist"),
            ("Jessup", "Sedalia"),
            ("Blevins", "Buttram"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("grown to 29 students", "grown to 28 students")),
    )
)

# --- hospital waiting lists: a record 61,000 waiting (British local) -------------------------
_WAITS_PAPERS = (
    "Papers prepared for the trust's board meeting on Tuesday show the list grew by 9 per cent in "
    "the year to March. Orthopaedics is worst affected, with 1,412 patients waiting more than a "
    "year for hip or knee operations, against a national target of none.\n\n"
)
_WAITS = _article(
    """
    Record 61,000 waiting for treatment at Fenmere and Ellerholme hospitals

    The number of people waiting for planned treatment at hospitals run by Fenmere and Ellerholme
    NHS Trust has reached a record 61,340, board papers show.

    Papers prepared for the trust's board meeting on Tuesday show the list grew by 9 per cent in the
    year to March. Orthopaedics is worst affected, with 1,412 patients waiting more than a year for
    hip or knee operations, against a national target of none.

    Maureen Huxtable, 71, from Wisbourne, has waited 19 months for a knee replacement. "I used to
    walk the dog twice a day. Now I can't reach the end of the road," she said.

    A consultant surgeon at the trust, who asked not to be named because staff had been told not to
    speak to the press, said operating theatres stood idle on some afternoons because there were not
    enough anaesthetists.

    Professor Imogen Dalgleish, a health economist at the University of Northbrook who studies NHS
    waiting times, said orthopaedic lists had grown fastest in the region because hip and knee
    operations were the first to be cancelled when beds ran short.

    Councillor Ravi Lakhani, who chairs the county council's health scrutiny committee, said he
    would call the trust's chief executive before councillors next month. "Patients deserve a date,
    not another apology," he said.

    A spokeswoman for the trust said a day-surgery unit had opened at Ellerholme General in January
    and that staff were "working flat out" to reduce waits. She did not say when the longest waits
    would end.
    """
)
QUARRY_WELL.append(
    _case(
        "hospital_waiting_list_record",
        "well",
        _WAITS,
        _down(
            "named_to_anonymous",
            (
                "Maureen Huxtable, 71, from Wisbourne, has waited",
                "One woman in her seventies, who asked not to be named, has waited",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Imogen Dalgleish, a health economist at the University of Northbrook "
                "who studies NHS waiting times, said orthopaedic lists had grown fastest in the "
                "region because hip and knee operations were the first to be cancelled when beds "
                "ran short.",
                "Orthopaedic lists have grown fastest in the region because hip and knee "
                "operations are the first to be cancelled when beds run short.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "She did not say when the longest waits would end.",
                "She did not say when the longest waits would end, though many suspect the new "
                "unit will make little difference before next winter.",
            ),
        ),
        _down(
            "documents_removed",
            (", board papers show.", "."),
            _remove(_WAITS_PAPERS),
        ),
        _up(
            "anonymous_named",
            (
                "A consultant surgeon at the trust, who asked not to be named because staff had "
                "been told not to speak to the press, said",
                "Anil Rastogi, a consultant orthopaedic surgeon at the trust, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "not enough anaesthetists.",
                "The trust's workforce report, published alongside the board papers, shows 11 of "
                "its 34 consultant anaesthetist posts are vacant.",
            ),
        ),
        _rename(
            "names",
            ("Fenmere", "Holmsey"),
            ("Ellerholme", "Castlebeck"),
            ("Maureen", "Brenda"),
            ("Huxtable", "Sallows"),
            ("Wisbourne", "Tunstead"),
            ("Imogen", "Harriet"),
            ("Dalgleish", "Pennycook"),
            ("Northbrook", "Birkrigg"),
            ("Ravi", "Sanjay"),
            ("Lakhani", "Mistry"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("has waited 19 months", "has waited 20 months")),
    )
)

# --- public transport contracts: bonuses paid for a late-running bus service (British wire) ---
_BUS_AUDIT = (
    "The report by internal auditors at the Crookdale Combined Authority, published on Monday, "
    "found that 61 per cent of Brackenwray Bus Group's services ran on time in 2023, against a "
    "contract target of 85 per cent. The bonuses were instead triggered by passenger numbers that "
    "the operator reported itself and that the authority never checked.\n\n"
)
_BUS = _article(
    """
    Bus firm paid £4.2m in bonuses while missing punctuality targets, audit finds

    A bus company was paid £4.2 million in performance bonuses by a regional transport authority
    over three years in which it missed its punctuality target in 30 of 36 months, an audit has
    found.

    The report by internal auditors at the Crookdale Combined Authority, published on Monday, found
    that 61 per cent of Brackenwray Bus Group's services ran on time in 2023, against a contract
    target of 85 per cent. The bonuses were instead triggered by passenger numbers that the operator
    reported itself and that the authority never checked.

    Councillor Fenella Isherwood, who chairs the authority's transport committee, said she was
    "astonished" by the findings. "We were paying for a better service and we were not getting it.
    That money should have gone on buses," she said.

    Colin Barraclough, 58, who takes the X14 to work in Crookdale, said he often waited 40 minutes
    at a stop that is meant to have a bus every 15. "I've lost count of the mornings I've walked
    into the office late," he said.

    Dr Anwen Prosser, a transport economist at Nethercote University who advises councils on bus
    contracts, said bonus schemes that rely on an operator's own figures were "an invitation to
    optimism". "The authority should be counting the passengers itself," she said.

    In a statement, Brackenwray Bus Group said congestion and roadworks outside its control had
    affected punctuality, that passenger numbers had been reported in good faith and that it had
    "met every obligation in the contract".
    """
)
QUARRY_WELL.append(
    _case(
        "bus_contract_bonuses_audit",
        "well",
        _BUS,
        _down(
            "named_to_anonymous",
            (
                "Colin Barraclough, 58, who takes the X14 to work in Crookdale, said",
                "One passenger, who did not want to give his name, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Fenella Isherwood, who chairs the authority's transport committee, "
                'said she was "astonished" by the findings. "We were',
                'The findings are astonishing. "We were',
            ),
            (
                'gone on buses," she said.',
                "gone on buses,\" said Councillor Fenella Isherwood, who chairs the authority's "
                "transport committee.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"met every obligation in the contract".',
                "Other contracts run by the authority may well have been managed the same way, "
                "and it would be no surprise if the true overpayment turned out to be larger.",
            ),
        ),
        _down(
            "documents_removed",
            (", audit finds", ""),
            (", an audit has found.", "."),
            ('"astonished" by the findings.', '"astonished".'),
            _remove(_BUS_AUDIT),
        ),
        _up(
            "expert_added",
            _after(
                'walked into the office late," he said.',
                "Professor Hugh Lamplough, who studies public procurement at Skelwith Business "
                "School, said authorities that pay bonuses should audit the data behind them at "
                "least once a year. \"Otherwise you are marking your contractor's homework with "
                'their own pen," he said.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                '"met every obligation in the contract".',
                "Asked why the payments had been approved without checks, a spokesman for the "
                "combined authority said it accepted the auditors' findings in full and had "
                "suspended the bonus scheme while it carried out a review.",
            ),
        ),
        _rename(
            "names",
            ("Crookdale", "Hartsop"),
            ("Brackenwray", "Glendower"),
            ("Fenella", "Philippa"),
            ("Isherwood", "Merridew"),
            ("Colin", "Trevor"),
            ("Barraclough", "Leadbitter"),
            ("Anwen", "Ffion"),
            ("Prosser", "Llewelyn"),
            ("Nethercote", "Kelderholm"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("often waited 40 minutes", "often waited 45 minutes")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- social housing: talk that an estate is to be sold off (British local) -------------------
_ESTATE = _article(
    """
    Tanhouse tenants fear their estate is about to be sold off

    Tenants on the Tanhouse estate in Skelmer say they have been hearing for weeks that their homes
    are to be sold to a private developer, and many are convinced the decision has already been
    taken.

    The talk apparently started after men in hard hats were seen measuring the empty garages behind
    Linnet House this month. Within days, word had gone round that the three tower blocks would be
    knocked down and replaced with flats for sale.

    "Nobody tells us anything, so people fill in the gaps themselves," said one woman who has lived
    on the estate for more than 20 years and did not want to give her name. "My neighbour reckons
    we'll all be out by Christmas."

    Others claim the council has quietly stopped repairing empty flats so that fewer tenants will be
    left to object. It is said that dozens of homes are standing empty, although nobody seems to
    know the real number.

    Some believe the land is worth far more to a builder than as council housing, and there is a
    feeling that older residents would be rehoused miles away. A few people have even suggested that
    a deal was agreed months ago.

    There were also posts on social media claiming tenants would be offered cash to leave, though it
    was unclear where the idea came from.

    For now, residents say they are waiting. "It's the not knowing that gets you," said a man
    walking his dog near the community centre.
    """
)
QUARRY_WEAK.append(
    _case(
        "estate_sell_off_fears",
        "weak",
        _ESTATE,
        _up(
            "anonymous_named",
            (
                "said one woman who has lived on the estate for more than 20 years and did not "
                "want to give her name.",
                "said Sandra Ingilby, who has lived on the estate for 23 years and chairs its "
                "tenants' association.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "although nobody seems to know the real number.",
                "Asked about the rumours, Skelmer Borough Council said in a statement that "
                "there were no plans to sell or demolish the estate and that the men seen at the "
                "garages were surveying them for new roofs.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "although nobody seems to know the real number.",
                "The council's housing asset report for 2024, published with the papers for its "
                "cabinet, lists 31 of the estate's 412 homes as empty, 18 of them awaiting "
                "repairs.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "suggested that a deal was agreed months ago.",
                "Dr Orla Tighe, who researches social housing policy at the University of "
                "Cuerdale, said councils had been selling estate land to pay for repairs, but "
                "that demolishing homes would normally require a formal ballot of tenants.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "replaced with flats for sale.",
                "replaced with flats for sale, perhaps as soon as next spring.",
            ),
        ),
        _rename("names", ("Tanhouse", "Hollinwood"), ("Skelmer", "Scarsworth")),
        _same("minor_number", ("the three tower blocks", "the four tower blocks")),
    )
)

# --- immigration offices: rumors a federal field office will close (American local) ----------
_VISAS = _article(
    """
    Rumors swirl over future of Ledgerton immigration office

    People waiting outside the federal immigration field office in Ledgerton say they have heard it
    may close within months, and some worry their applications could be lost if it does.

    The talk seems to have begun among lawyers and interpreters who work near the office on
    Esterbrook Street, where lines have stretched around the block on several mornings this month.
    Some say staff have been told to start packing up files. Others think the office will merely
    move to a smaller building.

    "Everybody has a different story. One guy told me the whole thing is moving two hours away,"
    said a woman who was waiting to be fingerprinted and did not want to be identified because her
    case is pending.

    Appointments are reportedly being canceled with little notice, and applicants claim interview
    dates are being pushed back by as much as a year. It is not clear how many people are affected,
    but the number is believed to run into the thousands.

    There is speculation that the changes are tied to federal budget cuts, though no one seems able
    to say for sure. A few people even believe the office is being shut to send a political message.

    Community groups are said to be alarmed, and one volunteer who helps families with their
    paperwork suggested that people keep copies of everything. "Just in case," he said.

    For now, the doors open at 7 a.m., and the line forms well before that, whatever the weather.
    """
)
QUARRY_WEAK.append(
    _case(
        "immigration_office_closure_rumors",
        "weak",
        _VISAS,
        _up(
            "anonymous_named",
            (
                "said a woman who was waiting to be fingerprinted and did not want to be "
                "identified because her case is pending.",
                "said Lucia Saleh, 36, who was waiting to be fingerprinted for her green card "
                "renewal.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the number is believed to run into the thousands.",
                "A spokeswoman for the federal immigration agency, asked about the rumors, said in "
                'an email that there were "no plans to close" the Ledgerton office and that some '
                "interviews had been rescheduled because of staff vacancies.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the number is believed to run into the thousands.",
                "Processing-time data posted on the agency's website show the typical wait for a "
                "citizenship interview in Ledgerton grew from 7.5 months to 13 months over the "
                "past year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "send a political message.",
                "Gideon Sauvageau, a professor who teaches immigration law at Mercerville Law "
                "School and runs its asylum clinic, said field offices rarely close without "
                "months of public notice, and that a wave of rescheduled interviews usually means "
                "the office is short of staff.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "staff have been told to start packing up files.",
                "staff have been told to start packing up files, which would suggest the decision "
                "has already been taken.",
            ),
        ),
        _rename("names", ("Ledgerton", "Branchport"), ("Esterbrook", "Aldana")),
        _same("minor_number", ("the doors open at 7 a.m.", "the doors open at 7:30 a.m.")),
    )
)

# --- tax: talk of steep property tax bills after a reassessment (American local) -------------
_ASSESS = _article(
    """
    Talk of steep tax bills unsettles Grangeburg County homeowners

    Homeowners across Grangeburg County are bracing for sharply higher property tax bills next year,
    amid talk that a countywide reassessment will raise home values by as much as 40 percent.

    Nobody seems to know exactly where that number came from. It has been repeated at church
    suppers, in neighborhood groups online and at the counter of at least one diner on Route 9,
    where a retired trucker insisted his neighbor's value had already doubled.

    "I heard the assessors are just driving by and guessing," said a homeowner in Harmsworth
    Township who did not want her name used. "If that's true, a lot of older folks are going to lose
    their houses."

    There are also rumors that some wealthier neighborhoods have been quietly left out of the
    reassessment, or that a few property owners with the right connections have had their values
    lowered. None of this could be confirmed.

    Some residents suspect the county is using the reassessment to plug a hole in its budget, while
    others believe the school districts are behind it. It is widely assumed that bills will go up,
    but by how much is anyone's guess.

    One real estate agent said he had heard that appeals would be nearly impossible to win this time
    around, although he would not say who had told him.

    For many homeowners, the uncertainty is the hardest part. "We just want somebody to tell us the
    truth before the bills come," one man said outside the township building.
    """
)
QUARRY_WEAK.append(
    _case(
        "property_reassessment_tax_talk",
        "weak",
        _ASSESS,
        _up(
            "anonymous_named",
            (
                "said a homeowner in Harmsworth Township who did not want her name used.",
                "said Doreen Klausner, 68, who has owned her home in Harmsworth Township since "
                "1984.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of this could be confirmed.",
                "Reached Tuesday, the county's chief assessor, Leonard Gutowski, said no new "
                "values had been set and that notices would go out in March, with 45 days to "
                "appeal. \"Nobody's value has doubled. Nobody's value has been set,\" he said.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "but by how much is anyone's guess.",
                "A state equalization study published last fall found homes in the county were "
                "assessed at an average of 58 percent of their market value, and that values had "
                "not been fully reset since 1997.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "but by how much is anyone's guess.",
                "Dr. Paul Mendenhall, a professor of public finance at Embry State University "
                "who studies property taxes, said a reassessment does not by itself raise the "
                "total a county collects, because tax rates are usually cut to bring in the same "
                "amount.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "None of this could be confirmed.",
                "Some go further and predict that hundreds of families could be forced to sell "
                "their homes within a year.",
            ),
        ),
        _rename("names", ("Grangeburg", "Monongah"), ("Harmsworth", "Orrington")),
        _same("minor_number", ("by as much as 40 percent", "by as much as 45 percent")),
    )
)

# --- elections: rumors that voters have been purged before a primary (American local) ---------
_ROLLS = _article(
    """
    Rumors of purged voters unsettle Cottrell County ahead of primary

    With the primary three weeks away, rumors are circulating in Cottrell County that thousands of
    voters have been quietly removed from the rolls, and some residents say they fear their votes
    will not count.

    The claims appear to have started on a neighborhood message board, where a post said that whole
    apartment complexes on the east side had been "wiped off" the voter list. The post has since
    been deleted, but screenshots are still being passed around.

    "My cousin went to check and said his name wasn't there. He's voted at the same school for 20
    years," said a woman at a bus stop on Delancey Avenue who declined to give her name.

    Some people believe the removals are aimed at renters and younger voters, while others think it
    is simply a computer glitch. Several people said they had heard that the county's new voting
    machines were bought secondhand, although nobody could say where that idea came from.

    There is also talk that poll workers have quit in large numbers, which would supposedly mean
    fewer polling places and longer lines on Election Day.

    A local pastor said members of his congregation were nervous and that he planned to drive people
    to the polls himself. He did not say whether any of them had actually been removed.

    Whether any of it is true is unclear. For now, the worry seems to be spreading faster than the
    answers.
    """
)
QUARRY_WEAK.append(
    _case(
        "voter_roll_purge_rumors",
        "weak",
        _ROLLS,
        _up(
            "anonymous_named",
            (
                "said a woman at a bus stop on Delancey Avenue who declined to give her name.",
                "said Keisha Vidrine, 42, who was waiting at a bus stop on Delancey Avenue.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "He did not say whether any of them had actually been removed.",
                "Asked about the claims, the county's elections director, Philippa Oxendine, said "
                "1,870 names had been taken off the rolls this year, almost all of them voters who "
                "had died or moved away, and that anyone removed by mistake could still cast a "
                "provisional ballot.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "screenshots are still being passed around.",
                "The county's list maintenance report, filed with the secretary of state in April, "
                "shows 1,870 registrations were canceled in the first quarter, 1,388 of them after "
                "a voter died or moved out of state.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "nobody could say where that idea came from.",
                "Celeste Mouton, who studies election administration at Wellmore College and "
                "trains county clerks, said routine list maintenance removes thousands of names a "
                "year in a county this size, and that voters can check their registration online "
                "in a minute or two.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "aimed at renters and younger voters, while",
                "aimed at renters and younger voters, perhaps to tip what could be a close race, "
                "while",
            ),
        ),
        _rename("names", ("Cottrell", "Ocheyedan"), ("Delancey", "Burkhalter")),
        _same("minor_number", ("at the same school for 20", "at the same school for 25")),
    )
)

# --- police: talk that a town's police station will close (British local) --------------------
_STATION = _article(
    """
    Talk of police station closure worries Ebbsford traders

    Shopkeepers and residents in Ebbsford say they have heard that the town's police station on
    Rothley Lane is to close by the end of the year, leaving the town without a base for officers
    for the first time in more than a century.

    Nobody seems sure where the story began. Some say a cleaner was told her contract would not be
    renewed; others claim to have seen removal vans parked at the back of the building on Sunday.

    "We've had three break-ins on this parade since the spring, and now they're taking the police
    away. That's what everyone's saying, anyway," said the owner of a hardware shop, who asked not
    to be named.

    It is thought that officers would instead be sent out from the larger station at Fenstock Cross,
    although it is not clear how long they would take to arrive. One rumour doing the rounds is that
    response times could double.

    There is also a widely held belief that the building has already been sold, possibly to a
    supermarket chain, though nobody has been able to say who is supposed to have bought it. Some
    residents suspect the decision was made simply to save money.

    A woman collecting her grandson from the primary school opposite said she felt the town was
    being "left to fend for itself".

    With no official word, the talk shows no sign of dying down, and a few people are already
    talking about a protest outside the station.
    """
)
QUARRY_WEAK.append(
    _case(
        "police_station_closure_talk",
        "weak",
        _STATION,
        _up(
            "anonymous_named",
            (
                "said the owner of a hardware shop, who asked not to be named.",
                "said Graham Teversham, who has run the hardware shop on the parade for 30 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "One rumour doing the rounds is that response times could double.",
                "When this newspaper contacted the county force, a spokeswoman said the Rothley "
                "Lane station was being reviewed along with 11 others, that no decision had been "
                "made and that the building had not been sold.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "simply to save money.",
                "The police and crime commissioner's estates strategy, published in March, lists "
                "the Rothley Lane building among nine stations under review, with running costs of "
                "£186,000 a year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "One rumour doing the rounds is that response times could double.",
                "Dr Rhiannon Loveridge, a criminologist at Bexworth University who studies rural "
                "policing, said closing a station rarely changes response times much, because "
                "most officers already start their shifts from larger hubs, but that a visible "
                "base matters for public confidence.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"left to fend for itself".',
                "If the station does go, there are fears the parade's shops could become an easy "
                "target for burglars.",
            ),
        ),
        _rename("names", ("Ebbsford", "Wenning Bridge"), ("Fenstock", "Stallbridge")),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

QUARRY_CASES: tuple[Case, ...] = tuple(QUARRY_WELL + QUARRY_WEAK)
