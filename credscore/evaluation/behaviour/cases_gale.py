"""An eighteenth, gale set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the sixteen sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`,
:mod:`.cases_thaw`, :mod:`.cases_lantern`): it is an eighteenth, independent set (written at the
same time as :mod:`.cases_orchard`, by another writer who did not read it) of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written blind as a
measurement. The name "gale" is only a name, though the beats lean towards storms and what they
leave behind. The topics, people, places, organisations, outlets, figures and sentences are new
and fictional; nothing is copied from the other sets, from any corpus or example, or from the
web, and every surname, place name, organisation and outlet name was checked against the other
sets and the passages and replaced where it already occurred (a few common first names recur).
The articles and edits were written from the definitions of good and bad sourcing alone: no
text in this module was scored with a model or run through an extractor while it was written,
and the code of the signals, lexicons, features and model was not read. Only the data checks of
the suite (edit targets occur once, renames are consistent, word counts) were run.

The beats are a valley left without electricity for a week after a storm (power cuts),
homeowners still waiting on an insurer months after a windstorm (insurance claims), cliff-top
families told there is no money for sea defences (coastal erosion), an ageing island ferry that
keeps breaking down (ferries), a roof torn off an apartment building that inspectors had cited
(building safety), ambulance waits on a storm night (emergency services) and a red wind warning
that fishermen say came too late (weather warnings), all well sourced; and talk that a
storm-battered Victorian pier will close (seafronts), rumours of rolling blackouts after
windstorms (power), whispers that insurers will quit a barrier island after a hurricane
(insurance), stories of rogue roofers calling on older people after a storm (doorstep
trading) and rumours that a volunteer fire hall will be closed (emergency services), all weakly
sourced. Three bases are written in British style ("Councillor", "per cent", "pounds",
"pensioner", "apologising", "999", "rumoured", "reckon"), three in American style ("Dr.",
"percent", "State Rep.", "City Councilmember", "mph", "neighbors", "rumors", "canceled", "last
fall"), three in Irish style ("Cllr", "euro", "municipal district", "director of services",
"Harbourmaster", "after Mass", "the estates", "the midlands", "I'd say") and three in Canadian
style ("MLA", "Crown corporation", "per cent", "kilometres", "hydro company", "township",
"chief administrative officer", "cottager"). The writing varies the reporting verbs ("said",
"said in a statement", "said in an email", "said in a text message", "called", "raised",
"show", "shows", "measured", "costed", "claim", "swears", "reckon", "suspect", "believe"),
inverts some attributions in the variants ("..., said Councillor X, who leads ..."), uses
titles ("Councillor", "Cllr", "State Rep.", "MLA", "City Councilmember", "Harbourmaster",
"Skipper", "Professor", "Dr", "Dr.", "Captain"), ages, appositions and possessive roles ("the
council's director of services", "the ambulance trust's chief operating officer", "the office's
head of forecasting", "the township's chief administrative officer"), and cites different kinds
of document (a network operator's restoration log, complaint data released by a state insurance
department, a coastal monitoring survey carried out for a council, an operator's annual service
report tabled in a legislature, inspection records obtained by a newspaper, response-time
figures published by an ambulance trust and readings from a weather buoy; and in the variants a
business plan submitted to a regulator, federal inspection records posted online, an emergency
order posted on a building's door, a log of warning decisions, a condition survey published
with committee papers, a grid operator's winter outlook, state insurance department figures,
figures from a consumer watchdog and a township budget). Comment is sought in different ways
("said in a statement ... It did not say why", "does not discuss individual policies", "In a
statement, the council's director of services ...", "said in an email ... but did not say
when", "did not respond to phone calls and emails", "We are sorry to every patient ...", "said
it had followed its procedures and would review", and in the variants "Asked about ...",
"Asked why ...", "said, in response to questions", "were asked about the reports ... declined
to comment"). Each base is 240 to 260 words long, written with straight ASCII quotes and
apostrophes, as every base in the suite is; the curly forms come from the generic typography
variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
an attribution removed so that a claim stands as bare fact, speculation added, the document or
dataset removed), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named (document cited four times, expert added four
times, comment sought three times, anonymous source named three times); each weak base has four
``up`` variants (one of each up kind) and one ``down`` (speculation added, worded differently in
each, twice as a sentence of its own and three times as a clause added to a sentence already in
the text; in the well bases, four speculation edits are sentences of their own and three are
clauses); every base has a cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit
(both for the well bases), and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors of commit bb76355 and
the model retrained at ce6ce1f): directional **0.940** (63 of 67), cosmetic 1.000, well - weak
+65.5. The four failures: ``speculation_added`` three times (a group that "believe[s] the
council wrote this stretch of coast off", whose "wrote" read as a statement by the council, on
a well base; two clauses added to hedged sentences on weak bases), and ``document_added`` on a
well base (-0.9: a business plan "submitted to the energy regulator" that "sets aside" a sum
was not read as a document).
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

GALE_WELL: list[Case] = []
GALE_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- power cuts: a valley waits a week for its electricity after a storm (British) -----------
_POWER_LOG = (
    "A restoration log published by Cresswade Power Networks shows 38,400 customers lost supply "
    "on the night of the storm. Only 46 per cent were reconnected within 48 hours, against a "
    "target of 90 per cent, and 2,150 were still cut off a week later.\n\n"
)
_POWER = _article(
    """
    Valley waited a week for power after Storm Corwen

    More than 2,000 homes in the Ashlade valley waited over a week for power after Storm Corwen
    brought down lines, and the network operator missed its restoration target, councillors heard on
    Wednesday.

    A restoration log published by Cresswade Power Networks shows 38,400 customers lost supply on
    the night of the storm. Only 46 per cent were reconnected within 48 hours, against a target of
    90 per cent, and 2,150 were still cut off a week later.

    Councillor Branwen Athelstan, who leads Ashlade District Council, said elderly residents had
    been left in cold homes with no way of charging a phone. "People rang the helpline and were told
    a crew was coming. For many it never came," she said.

    Gwladys Quarrell, 82, spent six nights with candles and a camping stove. "My son brought soup
    every evening. It was the only warm thing I had," she said.

    Professor Cyprian Wenlock, an electrical engineer at the University of Marlhaven who studies
    grid resilience, said many of the valley's lines ran through woodland that had not been cut
    back. "Trees cause more faults in storms than anything else, and clearing them is cheap," he
    said.

    One linesman, who asked not to be named, said crews were sent to other regions for the first two
    days.

    In a statement, Cresswade Power Networks said Storm Corwen was its worst in 20 years and that it
    had paid 1.2 million pounds in compensation. It did not say why the target was missed.
    """
)
GALE_WELL.append(
    _case(
        "power_cuts_week_after_storm",
        "well",
        _POWER,
        _down(
            "named_to_anonymous",
            (
                "Gwladys Quarrell, 82, spent",
                "One pensioner, who did not want her name used, spent",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Branwen Athelstan, who leads Ashlade District Council, said elderly "
                "residents had been left in cold homes with no way of charging a phone.",
                "Elderly residents were left in cold homes with no way of charging a phone.",
            ),
            (
                'it never came," she said.',
                'it never came," said Councillor Branwen Athelstan, who leads Ashlade District '
                "Council.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "target was missed.",
                "Some in the valley suspect the company has been quietly trimming its "
                "tree-cutting budget for years, and fear the next storm could be worse still.",
            ),
        ),
        _down("documents_removed", _remove(_POWER_LOG)),
        _up(
            "anonymous_named",
            (
                "One linesman, who asked not to be named, said",
                "Hywel Pollexfen, a linesman with the company for 19 years, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "target was missed.",
                "Its business plan for 2023 to 2028, submitted to the energy regulator, sets "
                "aside 4.1 million pounds a year for clearing trees near its lines, down from "
                "6.3 million pounds a year under the previous plan.",
            ),
        ),
        _rename(
            "names",
            ("Ashlade", "Hobthorpe"),
            ("Branwen", "Ceridwen"),
            ("Athelstan", "Trevasker"),
            ("Gwladys", "Olwen"),
            ("Quarrell", "Tidmarsh"),
            ("Wenlock", "Ravenscar"),
            ("Marlhaven", "Bilsdale"),
            ("Cresswade", "Halsbury"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("shows 38,400 customers", "shows 38,700 customers")),
    )
)

# --- insurance claims: homeowners wait months after a windstorm (American) -------------------
_CLAIMS_DATA = (
    "Complaint data released Friday by the state Department of Insurance show 1,284 complaints "
    "against Keelhaven Mutual since the April storm, more than against all other home insurers "
    "combined. The median claim took 97 days to close, and 31 percent closed without payment.\n\n"
)
_CLAIMS = _article(
    """
    Months after windstorm, Cuyler County homeowners still wait on claims

    Seven months after a windstorm tore through Cuyler County, hundreds of homeowners are still
    waiting on their insurer, Keelhaven Mutual, to pay for storm damage, and state regulators have
    opened an inquiry.

    Complaint data released Friday by the state Department of Insurance show 1,284 complaints
    against Keelhaven Mutual since the April storm, more than against all other home insurers
    combined. The median claim took 97 days to close, and 31 percent closed without payment.

    Elwood Fitzhugh, 58, a retired mail carrier, said an adjuster spent ten minutes on his roof in
    May and never called back. "I've got a tarp up there held down with cinder blocks. Every time it
    rains, I'm mopping the kitchen," he said.

    State Rep. Verna Scarpelli, a Democrat who represents most of the county, called the delays "a
    business model, not a backlog" and said she would hold a hearing in January.

    Lavonne Ashcraft, a public adjuster who represents about 40 policyholders, said the company had
    lost the same paperwork from her clients two and three times.

    Dr. Jedediah Brekkestad, a professor of insurance law at Prentiss State University, said state
    law gives insurers 60 days after proof of loss to accept or deny a claim. "If those numbers hold
    up, many of these files are well past that," he said.

    A Keelhaven spokeswoman, Shonda Ostermeyer, said the company got more claims in one week than in
    a normal year and hired 300 extra adjusters. She said it does not discuss individual policies.
    """
)
GALE_WELL.append(
    _case(
        "windstorm_insurance_claims_delayed",
        "well",
        _CLAIMS,
        _down(
            "named_to_anonymous",
            (
                "State Rep. Verna Scarpelli, a Democrat who represents most of the county, called",
                "One state lawmaker, who spoke on condition of anonymity, called",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Lavonne Ashcraft, a public adjuster who represents about 40 policyholders, said "
                "the company had lost the same paperwork from her clients two and three times.",
                "The company has lost the same paperwork from some policyholders two and three "
                "times.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "regulators have opened an inquiry.",
                "regulators have opened an inquiry that some homeowners predict will end with the "
                "company pulling out of the state altogether.",
            ),
        ),
        _down("documents_removed", _remove(_CLAIMS_DATA)),
        _up(
            "comment_sought",
            _after(
                "She said it does not discuss individual policies.",
                "Asked about the lost paperwork, she said the company had moved to a new claims "
                "system in March and was now reviewing every open file by hand.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "I'm mopping the kitchen,\" he said.",
                "Earline Wendelken, a licensed roofing engineer who teaches building science at "
                "Gosnold Technical College, said a tarp is meant to last weeks, not seasons, "
                "and that water trapped under one for months can rot the roof deck.",
            ),
        ),
        _rename(
            "names",
            ("Cuyler", "Lowrance"),
            ("Keelhaven", "Bridgewell"),
            ("Elwood", "Orville"),
            ("Fitzhugh", "Gumbrecht"),
            ("Verna", "Mavis"),
            ("Scarpelli", "Delvecchio"),
            ("Lavonne", "Tammy"),
            ("Ashcraft", "Culpepper"),
            ("Brekkestad", "Tjelmeland"),
            ("Prentiss", "Carrollton"),
            ("Ostermeyer", "Weatherby"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("took 97 days to close", "took 98 days to close")),
    )
)

# --- coastal erosion: no money to protect cliff-top homes (Irish) -----------------------------
_CLIFF_SURVEY = (
    "A coastal monitoring survey carried out for Ardgowan County Council in 2022 measured erosion "
    "of 1.8 metres a year along the Kilcarrig cliffs, and 4.2 metres in the stormy winter of 2020. "
    "It costed rock armour for the 600-metre stretch at 3.1 million euro.\n\n"
)
_CLIFF = _article(
    """
    No money to save Kilcarrig cliff homes, families told

    Four families living on the cliffs at Kilcarrig have been told there is no money to protect
    their homes, as the sea takes another few metres of their gardens every winter.

    A coastal monitoring survey carried out for Ardgowan County Council in 2022 measured erosion of
    1.8 metres a year along the Kilcarrig cliffs, and 4.2 metres in the stormy winter of 2020. It
    costed rock armour for the 600-metre stretch at 3.1 million euro.

    Eilis Tuohey, whose back garden now ends two metres from the drop, said she lies awake on stormy
    nights. "We had a lawn and a shed out there. The sea took the lot in one night in February," she
    said.

    Cllr Fiachra Geraghty raised the families' case at Monday's meeting of the municipal district.
    "These people paid their taxes like everyone else, and we're telling them to pack up and go," he
    said.

    A neighbour, who asked not to be named, said the family at the end of the lane had already moved
    out.

    Dr Clodagh Cosgrave, a coastal geomorphologist at the University of Lisvarna, said boulder clay
    cliffs like Kilcarrig's tend to give way in sudden slumps rather than wearing back steadily.
    "Rock armour would slow it, but it can push the problem along the coast to the next beach," she
    said.

    In a statement, the council's director of services, Diarmuid Furlong, said it had twice applied
    for central funding for the stretch and been refused, and was "exploring all options" with the
    families.
    """
)
GALE_WELL.append(
    _case(
        "cliff_homes_no_defence_money",
        "well",
        _CLIFF,
        _down(
            "named_to_anonymous",
            (
                "Eilis Tuohey, whose back garden now ends two metres from the drop, said",
                "One woman, whose back garden now ends two metres from the drop and who did not "
                "want to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Clodagh Cosgrave, a coastal geomorphologist at the University of Lisvarna, "
                "said boulder clay cliffs like Kilcarrig's tend to give way",
                "Boulder clay cliffs like Kilcarrig's tend to give way",
            ),
            (
                'to the next beach," she said.',
                'to the next beach," said Dr Clodagh Cosgrave, a coastal geomorphologist at '
                "the University of Lisvarna.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'pack up and go," he said.',
                "Some in the area believe the council wrote this stretch of coast off long ago, "
                "and that the first house could be over the edge within a year or two.",
            ),
        ),
        _down("documents_removed", _remove(_CLIFF_SURVEY)),
        _up(
            "anonymous_named",
            (
                "A neighbour, who asked not to be named, said",
                "Their neighbour, Donnacha Gilhooly, a retired postman, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'options" with the families.',
                "The government department that runs the coastal fund said, in response to "
                "questions, that applications are ranked by the number of homes protected for "
                "each euro spent, and that the Kilcarrig bid fell below the cut-off.",
            ),
        ),
        _rename(
            "names",
            ("Kilcarrig", "Rathmoylan"),
            ("Ardgowan", "Carrowbeg"),
            ("Eilis", "Muireann"),
            ("Tuohey", "Cribbin"),
            ("Fiachra", "Donal"),
            ("Geraghty", "Lenihan"),
            ("Clodagh", "Roisin"),
            ("Cosgrave", "Tierney"),
            ("Lisvarna", "Glenmoy"),
            ("Diarmuid", "Enda"),
            ("Furlong", "Hackett"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("1.8 metres a year", "1.9 metres a year")),
    )
)

# --- ferries: an ageing island ferry keeps breaking down (Canadian) ---------------------------
_FERRY_REPORT = (
    "The operator's annual service report, tabled in the provincial legislature last month, shows "
    "312 sailings on the route were cancelled in 2024. Of those, 141 were cancelled for "
    "mechanical problems rather than weather, up from 38 five years earlier.\n\n"
)
_FERRY = _article(
    """
    Breakdowns on ageing ferry leave Pellerin Island cut off

    Pellerin Island residents say they have been cut off for days at a time this winter, and not
    only by storms. The island's only ferry, the 46-year-old MV Corrievale, keeps breaking down.

    The operator's annual service report, tabled in the provincial legislature last month, shows 312
    sailings on the route were cancelled in 2024. Of those, 141 were cancelled for mechanical
    problems rather than weather, up from 38 five years earlier.

    Ghislaine Thibodeau, who runs the island's only grocery store, said she threw out $4,000 of milk
    and produce in January when the boat sat idle for nine days. "You can't run a business on a boat
    that might come," she said.

    Ewart Oickle, a lobster fisherman, said he missed a specialist appointment in Shelbrook after
    two sailings in a row were scrapped.

    Dr. Sverre Skarsvaag, a naval architect who teaches ship design at the Dalhaven Marine
    Institute, said ferries of the Corrievale's age spend more and more time in refit. "Past 40
    years, you're hunting for parts nobody makes, and every repair takes longer," he said.

    MLA Jacinta Vantassel, who represents the island, said the province promised a replacement
    vessel in 2019 and still has not put it out to tender.

    A spokesperson for Tidewater Marine Services, the Crown corporation that runs the route, said in
    an email Tuesday that a replacement is "in the design phase" and a relief vessel will be
    chartered for spring, but did not say when the new ferry would sail.
    """
)
GALE_WELL.append(
    _case(
        "island_ferry_breakdowns",
        "well",
        _FERRY,
        _down(
            "named_to_anonymous",
            (
                "Ghislaine Thibodeau, who runs the island's only grocery store, said she",
                "One island shopkeeper, who asked not to be named, said she",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "MLA Jacinta Vantassel, who represents the island, said the province promised a "
                "replacement vessel in 2019 and still has not",
                "The province promised a replacement vessel in 2019 and still has not",
            ),
        ),
        _down(
            "speculation_added",
            (
                "MV Corrievale, keeps breaking down.",
                "MV Corrievale, keeps breaking down, and she may not have many winters left in "
                "her.",
            ),
        ),
        _down("documents_removed", _remove(_FERRY_REPORT)),
        _up(
            "document_added",
            _after(
                'every repair takes longer," he said.',
                "Federal inspection records posted online show the Corrievale was held in port "
                "twice last year over a faulty steering pump, for a total of 16 days.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "after two sailings in a row were scrapped.",
                "Francine Lavoie, a transportation planner and adjunct professor at Kennisbrook "
                "University who has studied island ferry services, said a route with one vessel "
                "and no backup is bound to leave people stranded once that vessel ages.",
            ),
        ),
        _rename(
            "names",
            ("Pellerin", "Gaspereau"),
            ("Corrievale", "Ardnamore"),
            ("Ghislaine", "Rejeanne"),
            ("Thibodeau", "Comeau"),
            ("Ewart", "Clayton"),
            ("Oickle", "Hirtle"),
            ("Shelbrook", "Caddell"),
            ("Sverre", "Torsten"),
            ("Skarsvaag", "Hovdestad"),
            ("Dalhaven", "Brierly"),
            ("Jacinta", "Heather"),
            ("Vantassel", "Sponagle"),
            ("Tidewater", "Bayline"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("141 were cancelled", "139 were cancelled")),
    )
)

# --- building safety: wind tears the roof off a cited apartment block (American) --------------
_ROOF_RECORDS = (
    "Inspection records obtained by the Port Alcott Examiner show the city's Department of "
    "Buildings cited the owner in 2021, 2022 and 2024 for loose flashing and missing fasteners on "
    "the roof. Two citations were closed after the owner paid fines of $500 each; the third was "
    "still open when the storm hit.\n\n"
)
_ROOF = _article(
    """
    Wind tears roof off Port Alcott apartment building, displacing 42 families

    Forty-two families were forced from their homes in Port Alcott on Saturday night after gusts of
    more than 70 mph peeled the roof off the Kettlewick Terrace apartments on Gilmore Avenue.

    Inspection records obtained by the Port Alcott Examiner show the city's Department of Buildings
    cited the owner in 2021, 2022 and 2024 for loose flashing and missing fasteners on the roof. Two
    citations were closed after the owner paid fines of $500 each; the third was still open when the
    storm hit.

    Tenant Latrice Ezeobi, 44, said water poured through her bedroom ceiling within minutes. "I
    grabbed my daughter and her inhaler and ran. I didn't even get shoes on," she said.

    City Councilmember Abner Zamudio, whose ward includes the building, said the fines were too
    small to force repairs. "Five hundred dollars is cheaper than fixing a roof. We made it cheaper
    to do nothing," he said.

    Dr. Marva Oudekerk, a professor of civil engineering at Terhune State University who studies
    wind damage to buildings, said roofs almost always fail at the edges first. "Once wind gets
    under loose flashing, it works like a crowbar. A properly fastened roof should not have come off
    in gusts like these," she said.

    The building's owner, Caldmoor Holdings LLC, did not respond to phone calls and emails Sunday.
    Its property manager, Curtis Loftin, said in a text message that the company was "cooperating
    fully with the city" and would pay for hotel rooms for displaced tenants for two weeks.
    """
)
GALE_WELL.append(
    _case(
        "wind_tears_roof_off_cited_building",
        "well",
        _ROOF,
        _down(
            "named_to_anonymous",
            (
                "Tenant Latrice Ezeobi, 44, said",
                "One tenant, who asked that her name not be published, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "City Councilmember Abner Zamudio, whose ward includes the building, said the "
                "fines were too small to force repairs.",
                "The fines were too small to force repairs.",
            ),
            (
                'cheaper to do nothing," he said.',
                'cheaper to do nothing," said City Councilmember Abner Zamudio, whose ward '
                "includes the building.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'in gusts like these," she said.',
                "Other buildings the company owns in the city may well be in the same state, and "
                "some neighbors suspect inspectors have simply stopped checking.",
            ),
        ),
        _down("documents_removed", _remove(_ROOF_RECORDS)),
        _up(
            "comment_sought",
            _after(
                "for displaced tenants for two weeks.",
                "Asked why the third citation was still open after more than a year, Department "
                "of Buildings spokesman Dewey Bascombe said an inspector had been scheduled to "
                "go back to the building this month.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "I didn't even get shoes on,\" she said.",
                "An emergency order the city posted on the building's front door Sunday declares "
                "all 42 units unfit to occupy and estimates that repairs will take at least four "
                "months.",
            ),
        ),
        _rename(
            "names",
            ("Alcott", "Cawdle"),
            ("Kettlewick", "Tollesby"),
            ("Gilmore", "Chokecherry"),
            ("Latrice", "Twyla"),
            ("Ezeobi", "Ugwu"),
            ("Abner", "Alonzo"),
            ("Zamudio", "Villarreal"),
            ("Marva", "Ardith"),
            ("Oudekerk", "Vanderhoef"),
            ("Terhune", "Bexley"),
            ("Caldmoor", "Castlerock"),
            ("Curtis", "Duane"),
            ("Loftin", "Pruden"),
        ),
        _rename("weekday", ("Sunday", "Monday")),
        _same("minor_number", ("more than 70 mph", "more than 75 mph")),
    )
)

# --- emergency services: ambulance waits on a storm night (British) ---------------------------
_AMBULANCE_FIGURES = (
    "Figures published on Tuesday by the Wharfemoor Ambulance Service NHS Trust show the average "
    "wait for a category 2 call, such as a suspected stroke, was 2 hours 41 minutes that night, "
    "against a target of 18 minutes and 49 minutes for the rest of the month.\n\n"
)
_AMBULANCE = _article(
    """
    Storm night left Kestlemoor patients waiting hours for ambulances

    Seriously ill patients in Kestlemoor waited three times as long as usual for an ambulance on the
    night Storm Myfanwy struck, as fallen trees blocked roads and crews queued at the main hospital.

    Figures published on Tuesday by the Wharfemoor Ambulance Service NHS Trust show the average wait
    for a category 2 call, such as a suspected stroke, was 2 hours 41 minutes that night, against a
    target of 18 minutes and 49 minutes for the rest of the month.

    Graham Sowerbutts said his mother, Dorcas, 79, lay on her kitchen floor for four hours with a
    broken hip. "She kept apologising for the fuss. I rang 999 three times," he said.

    Seren Anstruther, a paramedic and union representative, said crews spent hours outside
    Kestlemoor General Hospital waiting to hand patients over. "The storm didn't cause this. It
    showed what happens every winter, only worse," she said.

    Dr Tasneem Rahimtoola, a consultant in emergency medicine and senior lecturer at Kestlemoor
    Medical School, said waits that long put stroke patients at real risk. "After a few hours, some
    treatments are off the table," she said.

    A call handler, who asked not to be named because staff are barred from speaking to the press,
    said some callers were told to get to hospital themselves.

    The ambulance trust's chief operating officer, Piran Trethowan, said the storm brought the
    busiest night since 2020, and 17 roads were closed. "We are sorry to every patient who waited
    too long," he said.
    """
)
GALE_WELL.append(
    _case(
        "ambulance_waits_on_storm_night",
        "well",
        _AMBULANCE,
        _down(
            "named_to_anonymous",
            (
                "Graham Sowerbutts said his mother, Dorcas, 79,",
                "One man, who did not want to be named, said his 79-year-old mother",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Seren Anstruther, a paramedic and union representative, said crews spent",
                "Crews spent",
            ),
            (
                'only worse," she said.',
                'only worse," said Seren Anstruther, a paramedic and union representative.',
            ),
        ),
        _down(
            "speculation_added",
            (
                "and crews queued at the main hospital.",
                "and crews queued at the main hospital, delays that may well have cost lives.",
            ),
        ),
        _down("documents_removed", _remove(_AMBULANCE_FIGURES)),
        _up(
            "anonymous_named",
            (
                "A call handler, who asked not to be named because staff are barred from speaking "
                "to the press, said",
                "Glenda Blamire, who has worked as a call handler in the trust's control room "
                "for 11 years, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "some callers were told to get to hospital themselves.",
                "Professor Hedley Kenworthy, who researches emergency care systems at the "
                "University of Hebbleton, said handover queues at hospitals, not the weather, "
                "are the main reason ambulances are late on busy nights.",
            ),
        ),
        _rename(
            "names",
            ("Kestlemoor", "Skeldby"),
            ("Myfanwy", "Lowenna"),
            ("Wharfemoor", "Calderdyke"),
            ("Graham", "Idwal"),
            ("Sowerbutts", "Hinchliffe"),
            ("Dorcas", "Ida"),
            ("Seren", "Tegwen"),
            ("Anstruther", "Brearley"),
            ("Tasneem", "Shaheen"),
            ("Rahimtoola", "Bhamra"),
            ("Piran", "Malcolm"),
            ("Trethowan", "Thistlethwaite"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("and 17 roads were closed", "and 16 roads were closed")),
    )
)

# --- weather: fishermen say a red wind warning came too late (Irish) --------------------------
_WARNING_BUOY = (
    "Readings from the Slievenaroe Head weather buoy, published by the forecaster, show gusts of "
    "128 km/h at 4am on Sunday. The red warning was issued at 2.10am, upgraded from orange less "
    "than two hours before the worst of the wind arrived.\n\n"
)
_WARNING = _article(
    """
    Portnacree fishermen say red warning came too late

    Fishermen in Portnacree say the red wind warning the National Forecasting Office issued for
    Storm Ferdia came too late for them to move their boats, and three trawlers were wrecked at
    their moorings early on Sunday.

    Readings from the Slievenaroe Head weather buoy, published by the forecaster, show gusts of 128
    km/h at 4am on Sunday. The red warning was issued at 2.10am, upgraded from orange less than two
    hours before the worst of the wind arrived.

    Harbourmaster Tadhg Rooney said there had been no time to call crews in. "At midnight we were at
    orange. By the time the red came, you couldn't stand on the pier, never mind take a boat out,"
    he said.

    Skipper Proinsias Keohane, whose 18-metre trawler sank, said the three boats were worth about
    1.4 million euro between them and only one was insured for storm damage. "Thirty years' work,
    gone in one night," he said.

    Dr Caoimhe Cahalane, a meteorologist and lecturer in atmospheric physics at University College
    Ballyvane, said the storm deepened very quickly, which is notoriously hard to forecast, but most
    computer models had shown a risk of damaging gusts by Saturday afternoon. "There was enough in
    the guidance to go higher earlier," she said.

    The office's head of forecasting, Feidhlim Dineen, said it had followed its procedures and would
    review the warning. "Rapid deepening like this is one of the hardest things to call, and we will
    look honestly at whether the red could have come sooner," he said.
    """
)
GALE_WELL.append(
    _case(
        "storm_warning_too_late_for_trawlers",
        "well",
        _WARNING,
        _down(
            "named_to_anonymous",
            (
                "Harbourmaster Tadhg Rooney said",
                "A harbour official, who asked not to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Skipper Proinsias Keohane, whose 18-metre trawler sank, said the three boats were "
                "worth about 1.4 million euro between them and only one was insured",
                "The three boats were worth about 1.4 million euro between them, and only one "
                "was insured",
            ),
            (
                'gone in one night," he said.',
                'gone in one night," said skipper Proinsias Keohane, whose 18-metre trawler sank.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'never mind take a boat out," he said.',
                "The word along the quay is that the warning was held back so as not to spoil "
                "the town's seafood festival weekend, and that more boats could yet be lost "
                "before the winter is out.",
            ),
        ),
        _down("documents_removed", _remove(_WARNING_BUOY)),
        _up(
            "document_added",
            _after(
                "and would review the warning.",
                "A log of the warning decisions, released by the office on Wednesday, shows its "
                "forecasters first discussed a red warning at 6pm on Saturday, eight hours "
                "before one was issued.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'gone in one night," he said.',
                "Captain Brid Ui Laoire, who lectures in maritime safety at the Kilrush Nautical "
                "College, said a boat on a mooring needs six to eight hours' notice to be "
                "moved to shelter, and a crew to move it.",
            ),
        ),
        _rename(
            "names",
            ("Portnacree", "Ballyconneely"),
            ("Ferdia", "Blathnaid"),
            ("Slievenaroe", "Carrigaholt"),
            ("Tadhg", "Seamus"),
            ("Rooney", "Mahony"),
            ("Proinsias", "Cillian"),
            ("Keohane", "Kissane"),
            ("Caoimhe", "Aisling"),
            ("Cahalane", "Dowling"),
            ("Ballyvane", "Rosmuck"),
            ("Feidhlim", "Tiernan"),
            ("Dineen", "Cotter"),
        ),
        _rename("weekday", ("Saturday", "Friday"), ("Sunday", "Saturday")),
        _same("minor_number", ("gusts of 128 km/h", "gusts of 126 km/h")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- seafronts: talk that a storm-battered pier will close for good (British) -----------------
_PIER = _article(
    """
    Fears grow for Saltmarden pier after winter of storms

    Talk is growing in Saltmarden that the town's Victorian pier, which opened in 1871, will be
    closed for good this summer, after a winter of storms that some say has left it close to
    collapse.

    Several stallholders claim to have heard that engineers found serious damage to the iron legs
    beneath the pavilion during an inspection in the new year. Others say the problems go back much
    further and have been quietly ignored.

    "Everyone's got a theory. One of the anglers swears he saw a whole section of decking drop into
    the sea in January," said a woman who runs a cafe near the entrance and did not want to be
    named.

    It is also rumoured that a developer has been sniffing around the seafront site, and some
    believe the storms have handed the council the excuse it needed. Nobody seems able to say
    whether any of this is true.

    The pier is thought to bring tens of thousands of visitors to the town every year, and traders
    fear they would struggle without it. A few people reckon repairs would run into millions,
    although where that figure came from is anyone's guess.

    There are suggestions, too, that the pier's insurance has lapsed, which would supposedly explain
    why parts of the deck were fenced off without warning last month.

    For now the gates are open and the anglers are back at weekends. Whether they will still be
    there next summer, nobody seems prepared to say.
    """
)
GALE_WEAK.append(
    _case(
        "storm_battered_pier_closure_talk",
        "weak",
        _PIER,
        _up(
            "anonymous_named",
            (
                "said a woman who runs a cafe near the entrance and did not want to be named.",
                "said Bobbie Thackray, who has run the Kiosk Cafe near the entrance for 22 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody seems able to say whether any of this is true.",
                "Asked about the inspection and any approach from a developer, a spokesman for "
                "Saltmarden Town Council, which owns the pier, said no decision on its future had "
                "been taken and that the engineers' findings would go to councillors in April.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "fenced off without warning last month.",
                "A condition survey commissioned by the council in 2023, and published with the "
                "papers for its property committee, rated 41 of the pier's 188 cast-iron piles "
                "as poor and put the cost of repairs at 2.6 million pounds.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "have been quietly ignored.",
                "Dr Una Bairstow, a structural engineer at Cranleigh Institute of Technology "
                "who specialises in Victorian seaside structures, said salt water attacks cast "
                "iron from within, so damage is often worse than it looks, but that a pier "
                "rarely fails without years of warning signs.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "traders fear they would struggle without it.",
                "Some suspect the whole structure could be gone within a couple of years.",
            ),
        ),
        _rename("names", ("Saltmarden", "Coldhithe")),
        _same("minor_number", ("which opened in 1871", "which opened in 1872")),
    )
)

# --- power: rumours of rolling blackouts after November's windstorms (Canadian) ---------------
_BLACKOUTS = _article(
    """
    Rumours of rolling blackouts unsettle Meldrum Crossing

    Residents of Meldrum Crossing are bracing for a hard winter amid talk that the town could face
    rolling blackouts once the cold sets in, after November's windstorms left the local grid in what
    some describe as a fragile state.

    Word around town is that the substation on Lockton Road was badly damaged in the storms and has
    been running on temporary repairs ever since. Some say the utility has quietly warned large
    customers to prepare for outages lasting several hours at a time.

    "My brother-in-law does contract work for the hydro company, and he says the whole thing is held
    together with tape," said one resident, who asked not to be identified. "Nobody's telling us
    anything."

    Others believe the problem is bigger than one substation, and that the whole region is short of
    power because a generating station upriver has been shut for repairs. None of this has been
    confirmed.

    There is also speculation that the arena and the seniors' residence would be among the first to
    lose power, though it is not clear where that idea came from. A few people are said to have
    bought generators already, and one hardware store is rumoured to have sold more than 40 in a
    week.

    Apparently the outages, if they come, could begin as early as January, when demand peaks. Some
    residents fear they could last for days in a deep freeze.

    For now the lights are on, and most people in town are hoping the stories turn out to be just
    that.
    """
)
GALE_WEAK.append(
    _case(
        "rolling_blackout_rumours",
        "weak",
        _BLACKOUTS,
        _up(
            "anonymous_named",
            (
                "said one resident, who asked not to be identified.",
                "said Pierrette Kowalchuk, who has lived on Lockton Road for 30 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of this has been confirmed.",
                "Asked about the substation, a spokesperson for Kettlebrook Hydro said in an email "
                "that permanent repairs were finished in December and that the utility has no "
                "plans for rotating outages this winter.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "has been shut for repairs.",
                "The provincial grid operator's winter outlook, published in October, projects a "
                "reserve margin of 14 per cent for the region at peak demand, above its 10 per "
                "cent minimum.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "when demand peaks.",
                "Dr. Kazimierz Kurylowicz, an electrical engineer at Sturgeon Lake University who "
                "studies power system reliability, said rotating outages are a last resort that "
                "utilities announce well ahead, and that one damaged substation would rarely be "
                "enough to force them.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "been running on temporary repairs ever since.",
                "been running on temporary repairs ever since, and could fail outright in the "
                "first real cold snap.",
            ),
        ),
        _rename("names", ("Meldrum", "Tupper"), ("Lockton", "Egton")),
        _same("minor_number", ("sold more than 40", "sold more than 45")),
    )
)

# --- insurance: whispers that insurers will quit a barrier island (American) -----------------
_INSURERS = _article(
    """
    Rumors of insurer exodus rattle Sandhollow after hurricane

    Homeowners in Sandhollow are on edge after rumors spread that several big insurers plan to stop
    writing policies on the barrier island after last fall's hurricane, and that renewals could be
    canceled with little warning.

    A number of residents say they have heard that at least two companies have already sent out
    nonrenewal letters, though no one interviewed had seen one. Others claim premiums on the island
    are set to double or even triple next year.

    "A friend of mine who works at an agency in town told me they're basically not taking new
    business east of the causeway," said one homeowner, who did not want her name used.

    There is also talk that mortgage lenders will stop lending on houses that can't get coverage,
    which some believe could send property values into a tailspin. Nobody could say where the
    stories started.

    Some blame the hurricane, which is believed to have caused hundreds of millions of dollars in
    damage along the coast. Others say insurers were looking for a way out long before it hit, and
    that the storm just gave them a reason.

    A few people have reportedly begun pricing coverage from the state's insurer of last resort,
    which is said to cost more and cover less.

    The rumors dominated a packed town meeting Tuesday night, where one longtime real estate agent
    said everybody was scared and nobody knew anything. Whether any of it is true may not be clear
    until renewal notices arrive in the spring.
    """
)
GALE_WEAK.append(
    _case(
        "insurers_leaving_island_rumors",
        "weak",
        _INSURERS,
        _up(
            "anonymous_named",
            (
                "said one homeowner, who did not want her name used.",
                "said Deloris Dierkes, 67, who has owned a house on Dune Road since 1994.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody could say where the stories started.",
                "Two of the largest home insurers on the island, Bellcastle Insurance and "
                "Tarpon Casualty, were asked about the reports. Bellcastle declined to comment; "
                "Tarpon said in a statement that it was still writing policies in every coastal "
                "county.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "which is said to cost more and cover less.",
                "Figures from the state insurance department show private insurers had 3,870 "
                "homeowner policies in force on the island in June, down from 4,120 a year "
                "earlier.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the storm just gave them a reason.",
                "Dr. Araceli Esquivel, a professor of risk management at Gulfmoor University "
                "who studies coastal insurance markets, said state law requires insurers to give "
                "homeowners 90 days' notice of nonrenewal, so any mass withdrawal would be "
                "visible months ahead.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "could be canceled with little warning.",
                "could be canceled with little warning, possibly before the next hurricane "
                "season even begins.",
            ),
        ),
        _rename("names", ("Sandhollow", "Pelican Key")),
        _rename("weekday", ("Tuesday", "Thursday")),
    )
)

# --- consumer: stories of rogue roofers calling after the storm (Irish) ----------------------
_ROOFERS = _article(
    """
    Stories of rogue roofers spread in Drumcullen after storm

    Stories are doing the rounds in Drumcullen that gangs of travelling roofers have been calling to
    older people's homes since the storm, offering cheap repairs and then demanding thousands of
    euro for work that was never done.

    Several residents say they have heard of a widow in one of the estates who handed over 6,000
    euro in cash for a job that lasted an afternoon. Others say the same van has been seen in three
    or four villages around the county.

    "You hear a new one every day after Mass. Some of it is true, I'd say, and some of it is just
    people frightening each other," said one man, who did not want to give his name.

    It is believed that the men claim to be working for insurance companies, and some people say
    they carry official-looking identity cards. Apparently a few have told householders their roofs
    would come in during the next storm unless they were fixed that very day.

    There are suggestions that the police know about the callers but have not been able to catch
    them, though nobody seems sure of that either. Some reckon the same crew worked the midlands
    after a storm a few years ago.

    Local people are said to be keeping an eye out for strange vans, and one or two are rumoured to
    have turned callers away at the door.

    How many people have actually lost money, if any, is anyone's guess.
    """
)
GALE_WEAK.append(
    _case(
        "rogue_roofer_stories_after_storm",
        "weak",
        _ROOFERS,
        _up(
            "anonymous_named",
            (
                "said one man, who did not want to give his name.",
                "said Jimmy Fogarty, 74, a retired farmer from the Glebe Road.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody seems sure of that either.",
                "Asked about the reports, a police spokeswoman said two complaints about doorstep "
                "roofers had been made in the county since the storm and that both were being "
                "investigated.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "three or four villages around the county.",
                "Figures published on Thursday by the national consumer watchdog show 37 "
                "complaints about doorstep traders in the county in the six weeks after the "
                "storm, against nine in the same weeks last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "that very day.",
                "Dr Attracta Cuddihy, a criminologist at Shannonside University who researches "
                "fraud against older people, said doorstep scams reliably rise after storms, when "
                "damage is real and tradespeople are scarce.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "is anyone's guess.",
                "Some fear the true number of victims could run into dozens.",
            ),
        ),
        _rename("names", ("Drumcullen", "Ballinfoyle")),
        _same("minor_number", ("handed over 6,000", "handed over 6,500")),
    )
)

# --- emergency services: talk that a volunteer fire hall will close (Canadian) ---------------
_FIREHALL = _article(
    """
    Rumours swirl over future of Loughrin Lake fire hall

    Residents of Loughrin Lake are worried the community's volunteer fire hall could be closed, amid
    talk that the township wants to fold it into a larger station 25 kilometres away after a hard
    storm season.

    Some people say the hall struggled to find enough volunteers during the ice storm in March, when
    crews were supposedly out for two days straight. Others claim that only a handful of
    firefighters are still on the roster.

    "I heard at the post office that council has already made up its mind and is just waiting until
    after the summer to tell us," said one long-time resident, who asked not to be named.

    There are also suggestions that home insurance rates in the area would climb if the hall closes,
    and some believe response times could double. None of these claims could be verified.

    The hall's pumper truck is rumoured to be more than 30 years old and due for replacement, which
    some see as the real reason for the talk of closure. A few residents reportedly plan to turn up
    at the next council meeting to demand answers.

    Apparently the fire chief has been unhappy for some time, though nobody seems clear about what.

    For a small place at the end of a long gravel road, the hall is more than a building, one
    cottager said. "It's the only thing out here that's ours, and we'd be fools to let it go
    quietly."
    """
)
GALE_WEAK.append(
    _case(
        "volunteer_fire_hall_closure_rumours",
        "weak",
        _FIREHALL,
        _up(
            "anonymous_named",
            (
                "said one long-time resident, who asked not to be named.",
                "said Myrna Beaulne, who has lived at the lake since 1986.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of these claims could be verified.",
                "Asked about the hall's future, the township's chief administrative officer, "
                "Glen Tomczak, said council has not discussed closing it and that a review of "
                "fire services will be presented at a public meeting in the fall.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the real reason for the talk of closure.",
                "The township's 2025 budget lists 14 active volunteers at the Loughrin Lake hall, "
                "down from 22 in 2019, and sets aside $410,000 for a new pumper in 2027.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "still on the roster.",
                "Fire services consultant Raymond Asselin, a former deputy fire marshal who "
                "teaches emergency management at Laurentine College, said rural volunteer "
                "departments across the province are losing members, but that halls are more "
                "often merged than closed outright.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "only a handful of firefighters are still on the roster.",
                "only a handful of firefighters are still on the roster, and that the hall "
                "might not make it through another winter.",
            ),
        ),
        _rename("names", ("Loughrin", "Norburn")),
        _same("minor_number", ("25 kilometres away", "26 kilometres away")),
    )
)

GALE_CASES: tuple[Case, ...] = tuple(GALE_WELL + GALE_WEAK)
