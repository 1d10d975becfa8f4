"""A twenty-fourth, willow set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the twenty-two sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`,
:mod:`.cases_thaw`, :mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`,
:mod:`.cases_ridge`, :mod:`.cases_quarry`, :mod:`.cases_brook`, :mod:`.cases_meadow`): it is a
twenty-fourth, independent set (written at the same time as :mod:`.cases_aspen`, by another
writer who did not read it) of twelve base articles (seven WELL sourced, five WEAKLY sourced)
and their variants, written blind as a measurement. The name "willow" is only a name; the beats
are water supply, local courts, wildlife, a university, aviation, mining, public health, retail,
a sports federation, housing and island ferries. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets,
from any corpus or example, or from the web, and every surname, place name, organisation and
outlet name (the names the ``names`` variants rename to included) was checked against the other
sets and the passages and replaced where it already occurred (first names were not checked, and
several recur). The articles and edits were written from the definitions of good and bad
sourcing alone: no text in this module was scored with a model or run through an extractor while
it was written, and the code of the signals, lexicons, features and model was not read. Only the
data checks of the suite (edit targets occur once, renames are consistent, word counts,
typography) were run, with ``ruff``.

The beats are a shire's dam falling to 29 per cent before a vote on tougher water restrictions
(water supply), waits at a district court doubling while the judge's post stood empty (local
courts), wading birds on an estuary falling by a third beside a growing port (wildlife), a state
university cutting 11 majors to close a budget gap (a university), an airport closing its
airspace 23 times for want of air traffic controllers (aviation), arsenic above limits in a
creek below a gold mine's tailings dam (mining) and rural ambulances taking more than 20 minutes
to reach four in 10 calls (public health), all well sourced; and talk that a town's department
store will close (retail), claims that a dragon boat federation's grant went on officials'
travel (a sports federation), talk that public housing towers will be demolished and sold
(housing), sightings of a mountain lion above a small town (wildlife) and rumours that an
island's winter ferries will be cut from three sailings a day to one (island ferries), all
weakly sourced. Four bases are written as wire copy (an American one with a datelined first
paragraph, "ELKBEND, Ind. -", a British one in the "according to a survey published on
Thursday" manner of a national news agency, an Irish one in the "a report ... has found" manner
and an Australian one in the "state monitoring data show" manner) and eight as local newspaper
stories. Three are in American style ("percent", "Dr.", "Provost", "Commissioner",
"enrollment", "program", "neighborhood", "rumors", "folks"), three in British style ("per cent",
"Dr", "Professor", "high street", "flats", "footfall", "reckon", "rumour", "folk", "fortnight"),
three in Irish style ("District Court", "Solicitor", "garda", "authorised", "programme", "euro",
"Lough", "August 4th", "there'd") and three in Australian style ("per cent", "Dr", "Mayor",
"Councillor", "Water Minister", "gigalitres", "micrograms per litre", "neighbouring",
"landholders", "station", "Landcare", "reckon", "MP"). The writing varies the reporting verbs
("said", "warned", "blamed", "called", "told the board", "said in a statement", "said in an
email", "said in a letter to commissioners", "show", "shows", "says", "found", "record", "list",
"logged", "reported", "claim", "reckon", "believe", "suspect", "it is claimed", "it is
understood", "is said to", "reportedly", "apparently", "word is"), puts the name before the role
("Sandra Koutsoukis, who runs a nursery on Quandong Road, said"), the role before the name ("The
faculty senate's chair, historian Marcus Strothers, called", "The airport's chief executive,
Fergal Hession, said"), the quote before the speaker ("...," said Niall Garrahy, who represents
the airport's controllers) and the title before the verb ("..., Mayor Colleen Hardacre said"),
uses titles ("Mayor", "Councillor", "Solicitor", "Provost", "Commissioner", "Professor",
"Associate Professor", "Dr", "Dr.", "Captain", "Water Minister") and ages (52, 58, 64, 66, 67,
71), and cites different kinds of document: a council's monthly water security report tabled at
a meeting, court figures released under the Freedom of Information Act to a local paper, a
wildlife trust's annual count, budget documents presented to a university's trustees, an
aviation safety regulator's report, a state environment department's published monitoring
results and a state emergency medical services office's records; and in the variants cabinet
papers released under freedom of information, the minutes of a joint policing committee, a
disturbance study commissioned by a port, a mine's annual return to its regulator, an ambulance
contract obtained through a public records request, a borough council's footfall figures, a
federation's accounts filed with the companies registry, maintenance data released to a local
paper, a state wildlife agency's records and a ferry operator's quarterly reliability figures.
Comment is sought in different ways ("A spokesperson for Water Minister ... said ... but would
not say when ...", "A spokeswoman for the courts administration said", "said in a statement ...
It did not respond to questions about ...", "said in an email ... He did not say how many ...",
"said in a statement ... He did not say when ...", "said in a statement on Monday ... It did not
respond to questions about ...", "said in a letter to commissioners ... It did not answer
questions about ...", and in the variants "said when asked about the findings", "The firm, ...,
said in a statement", "The transport department, asked whether ..., said", "Asked why no action
had been taken ..., a spokesperson ... said", "Asked about the rumours, a spokesperson for ...
said the company did not comment on speculation", "Asked about the claims, the federation's
chief executive ... said", "A spokesperson for the state housing department said", "Asked about
the sightings, a spokesman for ... said" and "Asked about the claims, a spokeswoman for the
operator ... said"). Each base is 196 to 259 words long (the well bases 247 to 259, the weak
ones 196 to 213), written with straight ASCII quotes and apostrophes, as every base in the suite
is; the curly forms come from the generic typography variant (one weak variant adds a euro sign).

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left in the article: a nursery owner, a solicitor, an expert,
a faculty senate chair, a union official, a grazier and a woman who waited for an ambulance; an
attribution removed so that a claim stands as bare fact, five times by dropping a named source's
words into the article's own voice, once by turning the lead's "conservationists have blamed"
into plain cause, and once by making an expert's claim bare fact while her quote is attributed
afresh; speculation added; the document or dataset removed, with the words in the lead or
headline that pointed to it where there were any), and two ``up`` variants chosen among a named
expert added, a document cited, comment sought and an anonymous source named (document cited
five times, comment sought four times, anonymous source named three times, expert added twice;
where comment is sought in a well base it is from a second party: a town council that licenses
paddleboard hire, a consulting firm, a transport department, an environment regulator); each
weak base has four ``up`` variants (one of each up kind) and one ``down`` (speculation added,
worded differently in each, twice as a sentence of its own and three times as a clause added to
a sentence already in the text; in the well bases, four speculation edits are sentences of their
own and three are clauses); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases; a weekday for two weak bases and a minor number
for the other three), and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors of commit aef3c73 and
the model retrained at a4b532c with the hedge count): directional **0.940** (63 of 67),
cosmetic 1.000, well - weak +71.4. The failures: on a well base, an unnamed attribution removed
raised the score by 4.2 points and a document added moved it by nothing; on another well base,
an anonymous source named moved it by nothing; and speculation added to a weak base moved it by
0.5 points.
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

WILLOW_WELL: list[Case] = []
WILLOW_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- water supply: a shrinking dam and tougher restrictions (Australian local) ---------------
_DAM_REPORT = (
    "The council's monthly water security report, tabled at last week's meeting, shows the dam "
    "lost 2.1 gigalitres over summer while inflows were the lowest since records began in 1968. "
    "Under the shire's drought plan, level four would limit garden watering to one hour a week "
    "and ban the filling of private pools.\n\n"
)
_DAM = _article(
    """
    Coolabine Dam drops to 29 per cent as Tallowood council weighs tougher limits

    Storage in Coolabine Dam, which supplies about 14,000 people in Yendarra and surrounding
    villages, has fallen to 29 per cent, and Tallowood Shire councillors will vote on Wednesday on
    whether to move to level four water restrictions.

    The council's monthly water security report, tabled at last week's meeting, shows the dam lost
    2.1 gigalitres over summer while inflows were the lowest since records began in 1968. Under the
    shire's drought plan, level four would limit garden watering to one hour a week and ban the
    filling of private pools.

    "Nobody wants to tell people to let their gardens die, but we have to plan for another dry
    winter," Mayor Colleen Hardacre said.

    Dr Hamish Trevallyn, a hydrologist at Kurrajong Valley University who has modelled the catchment
    for the council, warned the level could reach 20 per cent by September if rainfall stayed below
    average. "From the lookout it still looks like plenty of water, but a lot of it is shallow and
    evaporates quickly," he said.

    Sandra Koutsoukis, who runs a nursery on Quandong Road, said customers were already cancelling
    orders. "People stop buying seedlings the moment they hear the word restrictions," she said.

    Councillor Dean Woolnough blamed the state government, which shelved a pipeline from the
    Murrawong River in 2021. A spokesperson for Water Minister Alana Cheeseman said a business case
    was being finalised but would not say when it would be released.
    """
)
WILLOW_WELL.append(
    _case(
        "coolabine_dam_level_four",
        "well",
        _DAM,
        _down(
            "named_to_anonymous",
            (
                "Sandra Koutsoukis, who runs a nursery on Quandong Road, said",
                "A local business owner, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Dean Woolnough blamed the state government, which shelved a pipeline "
                "from the Murrawong River in 2021.",
                "The state government is to blame, having shelved a pipeline from the Murrawong "
                "River in 2021.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "and ban the filling of private pools.",
                "and ban the filling of private pools, and the town could well be relying on "
                "water carted in by truck before the year is out.",
            ),
        ),
        _down("documents_removed", _remove(_DAM_REPORT)),
        _up(
            "expert_added",
            _after(
                'shallow and evaporates quickly," he said.',
                "Associate Professor Nerida Scholes, who studies household water demand at the "
                "University of Tarrengower, said towns that brought in similar limits during the "
                "last drought cut household use by about a quarter within two months.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would not say when it would be released.",
                "Cabinet papers released under freedom of information last year show the pipeline "
                "was costed at $86 million and ranked third on the state's list of regional water "
                "projects.",
            ),
        ),
        _rename(
            "names",
            ("Coolabine", "Murrumbool"),
            ("Tallowood", "Warrambine"),
            ("Yendarra", "Tooringa"),
            ("Colleen", "Leanne"),
            ("Hardacre", "Gladwish"),
            ("Hamish", "Callum"),
            ("Trevallyn", "Lenthall"),
            ("Kurrajong", "Boorolong"),
            ("Koutsoukis", "Papadimas"),
            ("Woolnough", "Mulhall"),
            ("Murrawong", "Yallock"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("about 14,000 people", "about 13,500 people")),
    )
)

# --- local courts: waits at a district court double (Irish local) ----------------------------
_COURT_FIGURES = (
    "The figures, released on Friday under the Freedom of Information Act, show 1,842 cases were "
    "awaiting a hearing at the end of September, against 911 in 2021. The court sat on 96 days "
    "last year, down from 140, after the post of district judge was left vacant for seven "
    "months.\n\n"
)
_COURT = _article(
    """
    Ballykerrin court waiting times double as cases pile up

    People charged with offences in north Kilbrack now wait an average of 14 months for their cases
    to finish at Ballykerrin District Court, twice as long as three years ago, figures obtained by
    the Kilbrack Champion show.

    The figures, released on Friday under the Freedom of Information Act, show 1,842 cases were
    awaiting a hearing at the end of September, against 911 in 2021. The court sat on 96 days last
    year, down from 140, after the post of district judge was left vacant for seven months.

    Solicitor Fionnuala Prendiville, who has practised in the town for 22 years, said adjournments
    had become routine. "I have clients who turn up six times and never see a judge. Some just stop
    coming," she said.

    Tadhg Quilligan, 58, whose son was assaulted outside a chip shop in 2022, said the case had been
    put back seven times.

    A court clerk, who asked not to be named because staff may not speak to the media, said lists of
    150 cases in a morning were now common.

    Dr Orla Fennessy, a lecturer in criminal law at Castlemoyle University who has researched court
    delays, said the burden fell hardest on victims and young defendants. "A teenager charged at 17
    can be 19 before anyone decides whether he did it," she said.

    A spokeswoman for the courts administration said a new judge had been assigned in June and that
    extra sittings were planned for January.
    """
)
WILLOW_WELL.append(
    _case(
        "ballykerrin_district_court_waits",
        "well",
        _COURT,
        _down(
            "named_to_anonymous",
            (
                "Solicitor Fionnuala Prendiville, who has practised in the town for 22 years, said",
                "A local solicitor, who did not wish to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Orla Fennessy, a lecturer in criminal law at Castlemoyle University who has "
                "researched court delays, said the burden fell hardest on victims and young "
                'defendants. "A teenager charged at 17 can be 19 before anyone decides whether he '
                'did it," she said.',
                "The burden falls hardest on victims and young defendants: a teenager charged at "
                "17 can be 19 before anyone decides whether he did it.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "extra sittings were planned for January.",
                "There is a feeling in the town that the court could be quietly closed and its "
                "business moved to the county town.",
            ),
        ),
        _down(
            "documents_removed",
            (", figures obtained by the Kilbrack Champion show.", "."),
            _remove(_COURT_FIGURES),
        ),
        _up(
            "anonymous_named",
            (
                "A court clerk, who asked not to be named because staff may not speak to the "
                "media, said",
                "Brid Conaty, who retired in April after 31 years as a clerk at the court, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "put back seven times.",
                "Minutes of a meeting of the county's joint policing committee in March record the "
                "local garda superintendent warning that delays were leading witnesses to withdraw "
                "their statements.",
            ),
        ),
        _rename(
            "names",
            ("Ballykerrin", "Cloonbracken"),
            ("Kilbrack", "Tullyvane"),
            ("Fionnuala", "Roisin"),
            ("Prendiville", "Gilheaney"),
            ("Tadhg", "Colm"),
            ("Quilligan", "Tarpey"),
            ("Orla", "Maeve"),
            ("Fennessy", "Corkery"),
            ("Castlemoyle", "Drumkeel"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("show 1,842 cases", "show 1,836 cases")),
    )
)

# --- wildlife: wading birds leave a busy estuary (British wire) ------------------------------
_WADER_COUNT = (
    "The Tamsey Estuary Trust's annual count, carried out by 60 volunteers over three winter "
    "months, recorded an average of 18,400 waders, down from 27,900 in 2014. Numbers of curlew, a "
    "species of high conservation concern, fell by more than half, to 610.\n\n"
)
_WADERS = _article(
    """
    Wading birds on Tamsey estuary fall by a third, survey finds

    The number of wading birds wintering on the Tamsey estuary has fallen by a third in a decade,
    according to a survey published on Thursday, and conservationists have blamed disturbance from
    an expanding port and a boom in paddleboarding.

    The Tamsey Estuary Trust's annual count, carried out by 60 volunteers over three winter months,
    recorded an average of 18,400 waders, down from 27,900 in 2014. Numbers of curlew, a species of
    high conservation concern, fell by more than half, to 610.

    "Curlew live a long time, so by the time you notice the fall, a generation has already failed to
    breed," said Megan Sandilands, the trust's conservation manager, who led the count.

    Professor Idris Penrhyn, an ornithologist at the University of Castlebarrow who was not involved
    in the survey, said the decline matched a national trend but was steeper on the Tamsey. "Every
    time a feeding bird is flushed, it burns energy it cannot spare in winter," he said.

    Keith Burkitt, 71, who has walked the sea wall at Salthaven for 40 years, said the great flocks
    of knot he remembered had all but gone. "You used to hear them before you saw them," he said.

    Harwold Port, which opened a second container berth in 2019, said in a statement that it paid
    for seasonal wardens and had agreed to keep dredging away from the main roosts between November
    and February. It did not respond to questions about night lighting on the new berth.
    """
)
WILLOW_WELL.append(
    _case(
        "tamsey_estuary_waders_decline",
        "well",
        _WADERS,
        _down(
            "named_to_anonymous",
            (
                "Professor Idris Penrhyn, an ornithologist at the University of Castlebarrow who "
                "was not involved in the survey, said",
                "An academic who was not involved in the survey said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                ", and conservationists have blamed disturbance from an expanding port and a boom "
                "in paddleboarding.",
                ", driven by disturbance from an expanding port and a boom in paddleboarding.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "fell by more than half, to 610.",
                "fell by more than half, to 610, and the bird could vanish from the estuary "
                "altogether within a few years.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Wading birds on Tamsey estuary fall by a third, survey finds",
                "Wading birds on Tamsey estuary fall by a third",
            ),
            (", according to a survey published on Thursday,", ","),
            _remove(_WADER_COUNT),
            (
                "the trust's conservation manager, who led the count.",
                "conservation manager at the Tamsey Estuary Trust.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "night lighting on the new berth.",
                "Salthaven Town Council, which licenses paddleboard hire on the foreshore, said "
                "when asked about the findings that it would consider closing launch points near "
                "the roosts in winter.",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"You used to hear them before you saw them," he said.',
                "A disturbance study commissioned by the port in 2021 logged 214 occasions on "
                "which birds were flushed by people or boats in 40 hours of watching.",
            ),
        ),
        _rename(
            "names",
            ("Tamsey", "Tevish"),
            ("Megan", "Harriet"),
            ("Sandilands", "Cobbold"),
            ("Idris", "Emrys"),
            ("Penrhyn", "Gwilt"),
            ("Castlebarrow", "Fellmouth"),
            ("Keith", "Roger"),
            ("Burkitt", "Pybus"),
            ("Salthaven", "Holmscar"),
            ("Harwold", "Thornmouth"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("carried out by 60 volunteers", "carried out by 62 volunteers")),
    )
)

# --- a university: humanities majors cut (American wire) --------------------------------------
_BUDGET_PAPERS = (
    "Budget documents presented to the trustees show undergraduate enrollment fell from 14,210 in "
    "2019 to 11,870 this fall. The 11 majors together produced 143 graduates last year, about 6 "
    "percent of the total, and the plan projects savings of $4.2 million a year by 2027.\n\n"
)
_MAJORS = _article(
    """
    Rountree State to cut 11 majors, including philosophy and German

    ELKBEND, Ind. - Rountree State University will eliminate 11 majors, among them philosophy,
    German and art history, under a plan its trustees approved Friday as the school tries to close a
    $19 million budget gap after four years of falling enrollment.

    Budget documents presented to the trustees show undergraduate enrollment fell from 14,210 in
    2019 to 11,870 this fall. The 11 majors together produced 143 graduates last year, about 6
    percent of the total, and the plan projects savings of $4.2 million a year by 2027.

    "We are not walking away from the humanities. We are choosing where to put limited resources,"
    Provost Linnea Stoneburner told the board before the 8-1 vote.

    The faculty senate's chair, historian Marcus Strothers, called the process rushed. "Departments
    got three weeks to respond to a plan that took a consulting firm six months to write," he said.

    The only vote against came from trustee Ellen Brasseur, 66, who said students already in the
    majors deserved written guarantees.

    Rosalind Eskridge, a senior researcher at the Center for Public College Finance who tracks
    program cuts at regional universities, said more than 60 public campuses had announced similar
    reductions since 2022. "Regional publics are squeezed between a shrinking pool of 18-year-olds
    and state funding that hasn't kept up," she said.

    A university spokesman said in an email that every student now enrolled in an affected major
    would be able to finish it. He did not say how many faculty jobs would go.
    """
)
WILLOW_WELL.append(
    _case(
        "rountree_state_majors_cut",
        "well",
        _MAJORS,
        _down(
            "named_to_anonymous",
            (
                "The faculty senate's chair, historian Marcus Strothers, called",
                "A senior faculty member, who spoke on condition of anonymity, called",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Rosalind Eskridge, a senior researcher at the Center for Public College Finance "
                "who tracks program cuts at regional universities, said more than 60 public "
                'campuses had announced similar reductions since 2022. "Regional publics are '
                "squeezed between a shrinking pool of 18-year-olds and state funding that hasn't "
                'kept up," she said.',
                "More than 60 public campuses have announced similar reductions since 2022, as "
                "regional universities are squeezed between a shrinking pool of 18-year-olds and "
                "state funding that hasn't kept up.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "deserved written guarantees.",
                "More cuts are almost certainly on the way, and Rountree could end up folded into "
                "a larger campus within a few years.",
            ),
        ),
        _down("documents_removed", _remove(_BUDGET_PAPERS)),
        _up(
            "comment_sought",
            _after(
                'took a consulting firm six months to write," he said.',
                "The firm, Pennebaker Advisory Group, said in a statement that it had interviewed "
                "more than 90 faculty and staff members before making its recommendations.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "deserved written guarantees.",
                "Harold Sibbald, an economist at Hartwick College who has studied program cuts at "
                "public universities, said closing small majors often saves less than planned, "
                '"because the same professors still teach the general education courses."',
            ),
        ),
        _rename(
            "names",
            ("ELKBEND", "VANTREESE"),
            ("Rountree", "Wetherill"),
            ("Linnea", "Greta"),
            ("Stoneburner", "Soderquist"),
            ("Marcus", "Desmond"),
            ("Strothers", "Lemaster"),
            ("Ellen", "Marian"),
            ("Brasseur", "Ballengee"),
            ("Rosalind", "Imogen"),
            ("Eskridge", "Pridgen"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("savings of $4.2 million", "savings of $4.3 million")),
    )
)

# --- aviation: too few air traffic controllers (Irish wire) -----------------------------------
_TOWER_REPORT = (
    "The report, published on Tuesday, says the airport's control tower was staffed by nine "
    "controllers for much of 2023, against a minimum of 14 set out in its own safety case. On the "
    "worst day, August 4th, 31 flights were diverted and about 4,600 passengers were affected.\n\n"
)
_TOWER = _article(
    """
    Staff shortages forced Corramore Airport to close airspace 23 times, report finds

    Corramore Airport had to close its airspace or restrict flights on 23 occasions last year
    because too few air traffic controllers were on duty, a report by the aviation safety regulator
    has found.

    The report, published on Tuesday, says the airport's control tower was staffed by nine
    controllers for much of 2023, against a minimum of 14 set out in its own safety case. On the
    worst day, August 4th, 31 flights were diverted and about 4,600 passengers were affected.

    "Controllers were being asked to work a sixth day, week after week. That is no way to run a
    safety-critical service," said Niall Garrahy, who represents the airport's controllers for the
    Aviation Controllers' Association.

    Dr Aoife Lanigan, a lecturer in aviation management at Shannonvale Technological University who
    worked as a controller for 12 years, said small regional airports struggled to compete with
    bigger ones for qualified staff. "It takes up to three years to train a controller, so a gap
    that opens today is still there in 2027," she said.

    One airline pilot who regularly flies into Corramore, and who asked not to be named because he
    is not authorised to speak publicly, said crews now routinely carried extra fuel in case they
    were turned away.

    The airport's chief executive, Fergal Hession, said in a statement that six trainee controllers
    had been recruited and that there had been no closures since March. He did not say when the
    tower would be fully staffed.
    """
)
WILLOW_WELL.append(
    _case(
        "corramore_controller_shortage",
        "well",
        _TOWER,
        _down(
            "named_to_anonymous",
            (
                "said Niall Garrahy, who represents the airport's controllers for the Aviation "
                "Controllers' Association.",
                "said a union official, who asked not to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Aoife Lanigan, a lecturer in aviation management at Shannonvale Technological "
                "University who worked as a controller for 12 years, said small regional airports "
                "struggled to compete with bigger ones for qualified staff.",
                "Small regional airports struggle to compete with bigger ones for qualified staff.",
            ),
            (
                'is still there in 2027," she said.',
                'is still there in 2027," said Dr Aoife Lanigan, a lecturer in aviation management '
                "at Shannonvale Technological University.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "when the tower would be fully staffed.",
                "It is understood that some of the new recruits are already being courted by "
                "airports abroad, and the closures could well return next summer.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "close airspace 23 times, report finds",
                "close airspace 23 times",
            ),
            (", a report by the aviation safety regulator has found.", "."),
            _remove(_TOWER_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "One airline pilot who regularly flies into Corramore, and who asked not to be "
                "named because he is not authorised to speak publicly, said",
                "Captain Ronan Nallen, who flies into Corramore several times a week for a "
                "regional airline, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "when the tower would be fully staffed.",
                "The transport department, asked whether it would fund training for regional "
                "airports, said the minister had asked the regulator to review staffing at all of "
                "them.",
            ),
        ),
        _rename(
            "names",
            ("Corramore", "Ballinvane"),
            ("Niall", "Eoin"),
            ("Garrahy", "Cunnane"),
            ("Aoife", "Ciara"),
            ("Lanigan", "Dorgan"),
            ("Shannonvale", "Suirvale"),
            ("Fergal", "Donal"),
            ("Hession", "Duignan"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("about 4,600 passengers", "about 4,700 passengers")),
    )
)

# --- mining: arsenic in a creek below a gold mine (Australian wire) ---------------------------
_CREEK_RESULTS = (
    "Results published by the state environment department show 19 of 26 samples taken "
    "downstream of the mine since last May exceeded the trigger level of 13 micrograms per litre, "
    "peaking at 61 micrograms in February. Samples taken upstream stayed below the limit.\n\n"
)
_CREEK = _article(
    """
    Arsenic in creek below Wombelano gold mine above limits, data show

    Water in Emu Flat Creek below the Wombelano gold mine in central Queensland has carried arsenic
    above environmental limits for most of the past year, state monitoring data show, and
    neighbouring landholders want the mine's tailings dam checked by an independent engineer.

    Results published by the state environment department show 19 of 26 samples taken downstream of
    the mine since last May exceeded the trigger level of 13 micrograms per litre, peaking at 61
    micrograms in February. Samples taken upstream stayed below the limit.

    "We were told the dam was lined and nothing would get out. Our cattle drink from that creek,"
    said Merv Clowes, 64, whose station shares a boundary with the mine.

    Jenny Kalokerinos, who chairs the Emu Flat Landcare group, said members had been photographing
    orange staining on the creek bed since 2022. "We reported it twice and heard nothing back," she
    said.

    Dr Anjali Narasimhan, a hydrogeologist at Baralga University who reviewed the results at the
    landholders' request, said the pattern pointed to seepage from the tailings dam. "Clean water
    goes in at the top and dirty water comes out at the bottom. The obvious suspect is in between,"
    she said.

    Kalmaroo Resources, which owns the mine, said in a statement on Monday that it had drilled extra
    recovery bores in March and that no town water supply drew from the creek. It did not respond to
    questions about when the dam was last inspected.
    """
)
WILLOW_WELL.append(
    _case(
        "wombelano_creek_arsenic",
        "well",
        _CREEK,
        _down(
            "named_to_anonymous",
            (
                "said Merv Clowes, 64, whose station shares a boundary with the mine.",
                "said a neighbouring grazier, who did not want to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Anjali Narasimhan, a hydrogeologist at Baralga University who reviewed the "
                "results at the landholders' request, said the pattern pointed to seepage from the "
                'tailings dam. "Clean water goes in at the top and dirty water comes out at the '
                'bottom. The obvious suspect is in between," she said.',
                "The pattern points to seepage from the tailings dam: clean water goes in at the "
                "top and dirty water comes out at the bottom.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"We reported it twice and heard nothing back," she said.',
                "The contamination may well have been going on for years before anyone thought to "
                "test for it.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "above limits, data show",
                "above limits",
            ),
            (", state monitoring data show,", ","),
            _remove(_CREEK_RESULTS),
        ),
        _up(
            "document_added",
            _after(
                'The obvious suspect is in between," she said.',
                "The mine's 2023 annual return to the department, obtained by the landholders, "
                "reported that the dam's seepage collection system had run at half its design "
                "capacity for five months.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "when the dam was last inspected.",
                "Asked why no action had been taken on the landcare group's reports, a "
                "spokesperson for the environment department said an investigation had been "
                "opened in April.",
            ),
        ),
        _rename(
            "names",
            ("Wombelano", "Mulgabar"),
            ("Emu Flat", "Wattle Gully"),
            ("Merv", "Des"),
            ("Clowes", "Brindley"),
            ("Jenny", "Robyn"),
            ("Kalokerinos", "Lekkas"),
            ("Anjali", "Kavita"),
            ("Narasimhan", "Padmanabhan"),
            ("Baralga", "Coorabell"),
            ("Kalmaroo", "Tindara"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("19 of 26 samples", "19 of 27 samples")),
    )
)

# --- public health: slow ambulances in a rural county (American local) ------------------------
_EMS_RECORDS = (
    "Records from the state Office of Emergency Medical Services show the median response time "
    "outside the county seat, Garnet Falls, was 17 minutes 40 seconds in 2023, up from 12 "
    "minutes in 2019. Some 38 percent of rural calls waited longer than 20 minutes; the county's "
    "contract calls for 15 minutes or less on 90 percent of calls.\n\n"
)
_EMS = _article(
    """
    Kittrell County ambulance waits top 20 minutes, state data show

    Ambulances in rural Kittrell County took longer than 20 minutes to reach nearly four in 10
    emergency calls last year, according to state data, and county commissioners on Monday demanded
    answers from the company that runs the service.

    Records from the state Office of Emergency Medical Services show the median response time
    outside the county seat, Garnet Falls, was 17 minutes 40 seconds in 2023, up from 12 minutes in
    2019. Some 38 percent of rural calls waited longer than 20 minutes; the county's contract calls
    for 15 minutes or less on 90 percent of calls.

    "We are paying for a service we are not getting," said Commissioner Beverly Koontz, who
    represents the eastern townships.

    Jolene Poteet, 52, of Ash Hollow, said she waited 34 minutes after her husband collapsed in
    their kitchen. "I did CPR until my arms gave out," she said.

    A paramedic with the company, who asked not to be named because staff were told not to talk to
    reporters, said crews often drove 30 miles to a call.

    Dr. Nathaniel Olabode, an emergency physician at Hazelbrook Medical College who studies rural
    EMS, said every minute of delay cuts the odds of surviving cardiac arrest. "Past 15 minutes, you
    are relying almost entirely on bystanders," he said.

    Cottonwood Ambulance Services, which holds the contract, said in a letter to commissioners that
    a paramedic shortage had left three of its 11 ambulances unstaffed on some shifts. It did not
    answer questions about whether it had been fined.
    """
)
WILLOW_WELL.append(
    _case(
        "kittrell_county_ambulance_waits",
        "well",
        _EMS,
        _down(
            "named_to_anonymous",
            (
                "Jolene Poteet, 52, of Ash Hollow, said",
                "One woman, who asked that her name not be used, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"We are paying for a service we are not getting," said Commissioner Beverly '
                "Koontz, who represents the eastern townships.",
                "The county is paying for a service it is not getting.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "It did not answer questions about whether it had been fined.",
                "It did not answer questions about whether it had been fined, which has led some "
                "residents to suspect the penalties were quietly waived.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "top 20 minutes, state data show",
                "top 20 minutes",
            ),
            (", according to state data,", ","),
            _remove(_EMS_RECORDS),
        ),
        _up(
            "anonymous_named",
            (
                "A paramedic with the company, who asked not to be named because staff were told "
                "not to talk to reporters, said",
                "Travis Eckholm, who worked as a paramedic for the company until March, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "It did not answer questions about whether it had been fined.",
                "The contract, which the Kittrell Courier obtained through a public records "
                "request, lets the county fine the company $2,500 for each month it misses the "
                "target.",
            ),
        ),
        _rename(
            "names",
            ("Kittrell", "Sturgill"),
            ("Garnet Falls", "Cobalt Springs"),
            ("Beverly", "Darlene"),
            ("Koontz", "Hatchett"),
            ("Jolene", "Tammy"),
            ("Poteet", "Gurganus"),
            ("Ash Hollow", "Cedar Gap"),
            ("Nathaniel", "Samuel"),
            ("Olabode", "Dowdle"),
            ("Hazelbrook", "Pinebrook"),
            ("Cottonwood", "Prairie Star"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("waited 34 minutes", "waited 36 minutes")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- retail: talk that a department store will close (British local) --------------------------
_STORE = _article(
    """
    Fears grow that Haddows department store is set to close

    Shoppers and staff in Oldwich fear that Haddows, the department store that has stood on
    Hartshorn Street since 1923, could be about to shut its doors for good.

    Talk of a closure has been swirling around the town for weeks. Some staff are said to have been
    told to clear the stockrooms, and it is understood that the top floor has already been emptied.
    One worker reportedly overheard managers discussing a date early in the new year.

    "Everyone's walking on eggshells. Nobody tells us anything, we just hear it from customers,"
    said a member of staff, who did not want to be named.

    Others reckon the building has already been sold to a developer keen to turn it into flats,
    although nobody seems sure who the buyer might be. Traders say footfall on Hartshorn Street has
    dropped sharply since the retail park opened on the bypass.

    Regular customers are not taking the news well. One woman, buying school shoes on Saturday, said
    she had been coming to Haddows with her mother since she was a little girl.

    If the store does go, many fear it will leave a hole in the high street that may never be
    filled.
    """
)
WILLOW_WEAK.append(
    _case(
        "haddows_store_closure_talk",
        "weak",
        _STORE,
        _up(
            "anonymous_named",
            (
                "said a member of staff, who did not want to be named.",
                "said Janice Wigmore, who has worked on the store's haberdashery counter for 19 "
                "years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a date early in the new year.",
                "Asked about the rumours, a spokesperson for Haddows said the company did not "
                "comment on speculation and that the Oldwich store was trading as normal.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "since the retail park opened on the bypass.",
                "Figures published by Oldwich Borough Council in March show footfall on the "
                "street fell by 22 per cent between 2019 and 2023.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "since she was a little girl.",
                "Dr Rupert Laverock, who studies town centres at the University of Huntsgate, said "
                "department stores across Britain had been closing at a rate of about one a "
                "fortnight since 2020, and that their buildings often stood empty for years.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "although nobody seems sure who the buyer might be.",
                "although nobody seems sure who the buyer might be, and the sale could even be "
                "announced before Christmas.",
            ),
        ),
        _rename(
            "names",
            ("Haddows", "Pendreths"),
            ("Oldwich", "Henstridge"),
            ("Hartshorn", "Cordwainer"),
        ),
        _rename("weekday", ("Saturday", "Friday")),
    )
)

# --- a sports federation: where did the grant go? (Irish local) ------------------------------
_PADDLE = _article(
    """
    Questions over grant money as dragon boat body divided

    Members of the Irish Dragon Boat Federation are asking where tens of thousands of euro in public
    funding has gone, amid claims that clubs around the country have seen very little of it.

    It is claimed that the federation received a large grant for a development programme two years
    ago, but club members say there has been no sign of the coaches or equipment that were promised.
    Some believe a good chunk of the money went on foreign trips for officials.

    "We were told there'd be new boats for the clubs in the west. We're still paddling boats from
    2009," said one club secretary.

    The board is said to be deeply divided, and there are rumours that at least two of its members
    have threatened to resign. One coach, who did not want to be named, described the atmosphere at
    the last meeting as "poisonous".

    Critics say the sport's governing body has never been properly held to account, and some are
    calling for the funding to be frozen until the books are opened.

    Whatever the truth, the row could hardly come at a worse time, with the European championships
    due to be held on Lough Ardeen in August.
    """
)
WILLOW_WEAK.append(
    _case(
        "dragon_boat_grant_questions",
        "weak",
        _PADDLE,
        _up(
            "anonymous_named",
            (
                "said one club secretary.",
                "said Siobhan Breheny, secretary of the Ardnagh Dragon Boat Club.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'the last meeting as "poisonous".',
                "Asked about the claims, the federation's chief executive, Padraig Loughnane, said "
                "every euro of the grant was accounted for in audited accounts and that the board "
                "would meet members next month.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "went on foreign trips for officials.",
                "The federation's accounts for 2023, filed with the companies registry, show it "
                "spent \u20ac41,300 on travel and \u20ac6,200 on equipment that year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "until the books are opened.",
                "Dr Eimear Considine, who lectures in sports governance at Rathcoole Institute, "
                "said small federations often had no full-time finance staff, which made it hard "
                "for them to show how grants were spent.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "until the books are opened.",
                "It would come as no surprise if the grant ends up having to be paid back in full.",
            ),
        ),
        _rename("names", ("Ardeen", "Carrigmore")),
        _same("minor_number", ("paddling boats from 2009", "paddling boats from 2008")),
    )
)

# --- housing: tower tenants fear a sell-off (Australian local) --------------------------------
_TOWERS = _article(
    """
    Currawong Court tenants fear towers will be sold off

    Residents of the Currawong Court public housing towers in Wirrabilla are worried they could soon
    be forced out, amid talk that the state government plans to knock the buildings down and sell
    the land to developers.

    Word around the estate is that demolition has already been signed off and that tenants will be
    moved out within a couple of years. Some residents believe a developer has been quietly buying
    up houses in the streets nearby.

    "They call it renewal, but we know what that means. It means us gone," said a woman who has
    lived in one of the towers for more than 20 years.

    Maintenance requests have reportedly gone unanswered for months, which some tenants see as a
    sign the towers are being run down on purpose. The lifts in one block are said to have been out
    for weeks at a time.

    Locals reckon about 600 people live across the three towers, many of them elderly or on
    disability support, and there are fears they could end up scattered far from their doctors and
    families.

    Community groups are talking about a rally outside the local MP's office, though no date has
    been set.
    """
)
WILLOW_WEAK.append(
    _case(
        "currawong_court_towers_sale_fears",
        "weak",
        _TOWERS,
        _up(
            "anonymous_named",
            (
                "said a woman who has lived in one of the towers for more than 20 years.",
                "said Maria Tsoukalas, 67, who has lived on the ninth floor of the north tower "
                "since 2001.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "out for weeks at a time.",
                "A spokesperson for the state housing department said no decision had been made "
                "about the towers' future and that tenants would be consulted before any change.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "being run down on purpose.",
                "Maintenance data released to the Wirrabilla Star under freedom of information "
                "show tenants lodged 1,140 repair requests last year, and 412 were still open in "
                "June.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "far from their doctors and families.",
                "Dr Eleni Vlahos, a housing researcher at Mallee Coast University who has "
                "studied estate redevelopments in three states, said fewer than a third of "
                "tenants moved out of such sites had returned once the new homes were built.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "though no date has been set.",
                "though no date has been set, and by then the bulldozers may already be booked.",
            ),
        ),
        _rename("names", ("Currawong", "Lorikeet"), ("Wirrabilla", "Gumbleton")),
        _same("minor_number", ("about 600 people", "about 650 people")),
    )
)

# --- wildlife: a mountain lion above town? (American local) ----------------------------------
_LION = _article(
    """
    Is a mountain lion prowling the hills above Glenhallow?

    Pets have gone missing, a horse turned up with scratches down its flank, and plenty of people in
    Glenhallow are convinced they know why: a mountain lion, they say, has moved into the hills
    above town.

    Sightings have been posted almost daily on neighborhood social media pages for the past month.
    Some residents say they have seen a large, tan cat crossing Morrisett Road at dusk, and one man
    reportedly found tracks "as big as my hand" near his chicken coop.

    "I'm not letting my kids wait for the school bus alone anymore. Not until somebody catches it,"
    said a mother who lives near the trailhead.

    Others are less sure. Some hunters believe the animal is just a big bobcat, and a few people
    suspect the whole thing started as a joke that got out of hand. Rumors that wildlife officers
    have set a trap in the canyon have been going around since Tuesday.

    Either way, folks are taking no chances. Hardware stores in town have apparently sold out of
    motion-sensor lights, and several families say they now keep their cats indoors at night.

    Until someone in authority says otherwise, the big cat of Glenhallow looks set to stay the main
    topic of conversation.
    """
)
WILLOW_WEAK.append(
    _case(
        "glenhallow_mountain_lion_talk",
        "weak",
        _LION,
        _up(
            "anonymous_named",
            (
                "said a mother who lives near the trailhead.",
                "said Krista Whitsell, a mother of three who lives near the trailhead.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "have been going around since Tuesday.",
                "Asked about the sightings, a spokesman for the state Department of Fish and "
                "Wildlife said the agency had received 14 reports from the area this month but "
                "had not confirmed any of them.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "near his chicken coop.",
                "Records kept by the state wildlife agency list only two confirmed mountain lion "
                "sightings in the county in the past decade, both in 2017.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a joke that got out of hand.",
                "Dr. Wendell Haxby, a wildlife biologist at Cedarvale State University who has "
                "tracked mountain lions for 20 years, said young males often roam long distances "
                "looking for territory, but that bobcat tracks are often mistaken for a lion's.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "keep their cats indoors at night.",
                "If it is a lion, it may only be a matter of time before it goes after something "
                "bigger than a house cat.",
            ),
        ),
        _rename("names", ("Glenhallow", "Tammerlee"), ("Morrisett", "Lydgate")),
        _rename("weekday", ("Tuesday", "Wednesday")),
    )
)

# --- island ferries: talk of a winter timetable cut (British local) ---------------------------
_FERRY = _article(
    """
    Inchmorra islanders fear cut to winter ferries

    People on Inchmorra are bracing for a winter with fewer ferries, amid talk that the operator
    plans to cut the island's sailings from three a day to one between November and March.

    The rumour is said to have started after crew were overheard discussing a new timetable on the
    pier at Portcaddle. Since then it has spread through the island's only shop and its pub, and
    word is that the change could be confirmed within weeks.

    "If we get one boat a day, folk with hospital appointments on the mainland will have to stay
    over. Who pays for that?" said one islander.

    Many believe the operator wants to move the island's newer vessel to a busier route further
    south, leaving behind an older boat that is said to break down regularly. Others claim the cuts
    are part of a wider money-saving plan that nobody has been told about.

    With about 240 people living on Inchmorra all year, some worry that fewer sailings could be the
    final push for young families already thinking of leaving.

    For now the islanders are left guessing, and the mood at the pier is gloomy.
    """
)
WILLOW_WEAK.append(
    _case(
        "inchmorra_winter_ferry_fears",
        "weak",
        _FERRY,
        _up(
            "anonymous_named",
            (
                "said one islander.",
                "said Catriona Blackadder, who runs the island's post office.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "nobody has been told about.",
                "Asked about the claims, a spokeswoman for the operator, Glencaird Ferries, said "
                "no decision had been taken on the winter timetable and that the community "
                "council would be consulted first.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "said to break down regularly.",
                "The operator's own reliability figures, published every quarter, show the older "
                "vessel was out of service on 19 days last winter because of mechanical faults.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "already thinking of leaving.",
                "Professor Alasdair Gilzean, who studies island transport at Ardcalloch "
                "University, said cutting a lifeline ferry from three sailings a day to one would "
                "make commuting to jobs on the mainland all but impossible.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "and the mood at the pier is gloomy.",
                "and the mood at the pier is gloomy, with some predicting that the island school "
                "will not survive another year if the sailings go.",
            ),
        ),
        _rename("names", ("Inchmorra", "Sgeirmor"), ("Portcaddle", "Portlachan")),
        _same("minor_number", ("about 240 people", "about 230 people")),
    )
)

WILLOW_CASES: tuple[Case, ...] = tuple(WILLOW_WELL + WILLOW_WEAK)
