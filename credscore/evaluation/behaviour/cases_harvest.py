"""A thirteenth, harvest set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the eleven sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`): it is a thirteenth, independent set of twelve base articles (seven WELL
sourced, five WEAKLY sourced) and their variants, written blind as a measurement. The topics,
people, places, organisations, outlets, figures and sentences are new and fictional; nothing is
copied from the other sets, from any corpus or example, or from the web, and every surname and
place name was checked against the other sets and replaced where it already occurred (some
common first names recur). The
articles and edits were written from the definitions of good and bad sourcing alone: no text in
this module was scored with a model or run through an extractor while it was written, and the
code of the signals, lexicons, features and model was not read.

The beats are a record wheat crop piled on the ground when the rail cars run late, potatoes
ploughed back in after supermarket buyers reject them for their looks, a teenage seasonal
worker's death in a grain bin, sugar beet rotting in field clamps while a factory opens late,
rural roads broken up by heavy harvest trucks, a run of field and combine fires as volunteer
fire crews thin out, and hop gardens grubbed up as a wilt spreads and a breeding programme loses
its funding (well sourced), and circles that appeared overnight in a wheat field, a giant onion
slashed before the judging at a harvest show, talk that a town's grain elevator will close,
drones seen over farmers' fields at dusk, and whispers that the honey at a harvest market is
not local (weakly sourced). The writing varies the reporting verbs ("said", "said in a
statement", "said in an email", "told reporters", "told commissioners", "blamed", "accused",
"criticised", "criticized", "called", "found", "show", "estimates", "according to"), inverts
some attributions ("said Lorne X", "said Chief Y of the Z department"), uses surnames on second
reference, titles ("Dr", "Dr.", "Professor", "Chief", "County Engineer", "Commissioner",
"Commission Chair", "Labor Commissioner"), ages, appositions and possessive roles ("the
council's chair", "Ridgemark's operations manager"), and mixes British and American spellings.
Each base is 240 to 260 words long, written with straight ASCII quotes and apostrophes, as every
base in the suite is; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind, and two ``up`` variants; each
weak base has four ``up`` variants (one of each up kind) and one ``down`` (speculation added,
worded differently in each, sometimes as a sentence of its own and sometimes as a clause added
to a sentence already in the text); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases), and the generic typography, wrapping and CRLF
variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors of commit 739cf99 and
the model of commit b20dbb7): directional **0.866** (58 of 67), under the bar of 0.90; cosmetic
1.000, well - weak +74.9. The nine failures: ``speculation_added`` four times on weak bases
scoring under 6, ``document_added`` three times (+1.0 and -0.9 on well bases, +0.2 on a weak
base at 2.7), ``attribution_removed`` on a well base (-0.0) and ``comment_sought`` on a weak
base (-1.0).
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

HARVEST_WELL: list[Case] = []
HARVEST_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- agriculture: a record wheat crop piles up on the ground as rail cars run late -----------
_GRAIN_HARVEST_REPORT = (
    "The state agriculture department's harvest report, released Monday, puts this year's county "
    "wheat yield at 58 bushels an acre, up from 44 last year, and estimates that 14 percent of "
    "the crop is being stored on the ground or in temporary bags.\n\n"
)
_GRAIN = _article(
    """
    Tarrowby wheat piles up outside full elevators as rail cars run late

    Farmers around Tarrowby are piling wheat on the bare ground after the town's two grain
    elevators filled up and the railroad fell weeks behind in sending cars, elevator managers said
    on Thursday.

    "We have 1.9 million bushels under roof and another 600,000 sitting outside under tarps,
    praying it does not rain," said Lorne Ormerod, general manager of the Tarrowby Farmers
    Cooperative. "I have not seen it this tight in 26 years."

    The state agriculture department's harvest report, released Monday, puts this year's county
    wheat yield at 58 bushels an acre, up from 44 last year, and estimates that 14 percent of the
    crop is being stored on the ground or in temporary bags.

    Ormerod blamed the Prairie Meridian Railway, which he said had promised the cooperative
    110 cars in August and delivered 38.

    Dr. Priscilla Dellacqua, an agricultural economist at Hallorand State University who studies
    grain transport, said ground piles can lose 5 to 10 percent of their value within weeks. "A
    big crop is only good news if you can move it," she said.

    Lyle Spillane, a spokesman for Prairie Meridian, said in a statement that the railroad was
    short of crews and had sent 20 more locomotives to the region since September.

    Hank Gilfoyle, 63, who farms 2,400 acres east of town, said he had rented three storage bags
    at $1,100 apiece. "You grow it, and then you watch the forecast like it owes you money," he
    said.
    """
)
HARVEST_WELL.append(
    _case(
        "wheat_piled_on_the_ground",
        "well",
        _GRAIN,
        _down(
            "named_to_anonymous",
            (
                "Hank Gilfoyle, 63, who farms 2,400 acres east of town, said",
                "One farmer east of town said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Ormerod blamed the Prairie Meridian Railway, which he said had promised the "
                "cooperative 110 cars in August and delivered 38.",
                "The Prairie Meridian Railway promised the cooperative 110 cars in August and "
                "delivered 38.",
            ),
        ),
        _down("documents_removed", _remove(_GRAIN_HARVEST_REPORT)),
        _down(
            "speculation_added",
            _after(
                "to the region since September.",
                "Some farmers suspect the railroad is quietly putting bigger shippers first.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "on the ground or in temporary bags.",
                "Tamara Entrekin, a grain storage specialist with the Hallorand State University "
                "extension service, said a well-covered pile usually keeps for about two months.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "110 cars in August and delivered 38.",
                "Shipping records the cooperative shared with the Tarrowby Courier show that only "
                "12 of those 38 cars arrived before Sept. 15.",
            ),
        ),
        _rename(
            "names",
            ("Tarrowby", "Kelsworth"),
            ("Lorne", "Garrett"),
            ("Ormerod", "Ambrosetti"),
            ("Prairie Meridian", "High Plains Western"),
            ("Priscilla Dellacqua", "Marit Egelund"),
            ("Hallorand", "Westerbury"),
            ("Lyle Spillane", "Dominic Kilbane"),
            ("Hank Gilfoyle", "Royce Scanlan"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("in 26 years", "in 28 years")),
    )
)

# --- agriculture: potatoes ploughed in after supermarkets reject them for looks (British) ----
_SPUDS_SURVEY = (
    "A survey of 48 member farms carried out by the association found that buyers had rejected "
    "31,000 tonnes of the harvest on cosmetic grounds, about 17 per cent of what the farms "
    "delivered, compared with 9 per cent in a typical year.\n\n"
)
_SPUDS = _article(
    """
    Growers plough in potatoes rejected by supermarket buyers for their looks

    Potato growers around Fendlesham have fed thousands of tonnes of this year's crop to cattle or
    ploughed it back into the fields after supermarket buyers rejected it as too knobbly or too
    scabbed to sell, the growers' association said on Tuesday.

    "These are perfectly good potatoes. They taste the same, and they are going to waste because
    of how they look in a bag," said Morfudd Storrar, who chairs
    the Fendlesham and District Potato Growers' Association.

    A survey of 48 member farms carried out by the association found that buyers had rejected
    31,000 tonnes of the harvest on cosmetic grounds, about 17 per cent of what the farms
    delivered, compared with 9 per cent in a typical year.

    Storrar criticised Winstanley's, the supermarket chain that buys most of the area's crop, for
    tightening its size and skin-finish rules in June without consulting its suppliers.

    Professor Emlyn Trevaskis, who researches food supply chains at the University of Kelmscar,
    said retailers' specifications had become "a quiet driver of waste". "Shoppers have shown
    again and again they will buy wonky vegetables at the right price," he said.

    A Winstanley's spokeswoman said in a statement that the chain had "not changed its standards
    for potatoes this season" and that it sold misshapen produce at a discount in 140 of its
    stores.

    Tomasz Kowalik, 52, who farms 300 acres near Cresswold, said he had lost about
    £85,000. "I have ploughed in better spuds than I buy in the shops," he said.
    """
)
HARVEST_WELL.append(
    _case(
        "potatoes_rejected_for_looks",
        "well",
        _SPUDS,
        _down(
            "named_to_anonymous",
            (
                "said Morfudd Storrar, who chairs the Fendlesham and District Potato Growers' "
                "Association.",
                "said one grower.",
            ),
            ("Storrar criticised", "The grower criticised"),
        ),
        _down(
            "attribution_removed",
            (
                "Storrar criticised Winstanley's, the supermarket chain that buys most of the "
                "area's crop, for tightening its size and skin-finish rules in June without "
                "consulting its suppliers.",
                "Winstanley's, the supermarket chain that buys most of the area's crop, "
                "tightened its size and skin-finish rules in June without consulting its "
                "suppliers.",
            ),
        ),
        _down("documents_removed", _remove(_SPUDS_SURVEY)),
        _down(
            "speculation_added",
            (
                "at a discount in 140 of its stores.",
                "at a discount in 140 of its stores, though the chain may simply be passing the "
                "cost of its price war on to growers.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "in June without consulting its suppliers.",
                "A copy of the revised specification, seen by the Fendlesham Gazette, raises the "
                "minimum size of a baking potato from 65mm to 75mm.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "compared with 9 per cent in a typical year.",
                "Dr Carwen Maudsley, an agronomist at the Eastfold Crop Research Centre, said the "
                "wet August had left more tubers misshapen across the region than usual.",
            ),
        ),
        _rename(
            "names",
            ("Fendlesham", "Haddiscombe"),
            ("Morfudd", "Eirlys"),
            ("Storrar", "Garvey"),
            ("Winstanley", "Cheetham"),
            ("Emlyn Trevaskis", "Callum Ashurst"),
            ("Kelmscar", "Lenwick"),
            ("Tomasz Kowalik", "Piotr Zielonka"),
            ("Cresswold", "Wrexley Fen"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("about £85,000", "about £88,000")),
    )
)

# --- workplace safety: a teenage seasonal worker dies in a grain bin -------------------------
_GRAINBIN_RECORDS = (
    "Inspection records from the state Occupational Safety Board show that Ridgemark was cited "
    "twice, in 2019 and 2022, for failing to lock out the augers in its bins before workers "
    "went inside, and paid fines totaling $18,400.\n\n"
)
_GRAINBIN = _article(
    """
    Inspectors open inquiry after teenage worker dies in Quorndale grain bin

    State safety inspectors have opened an investigation into the Ridgemark Grain Co.
    elevator in Quorndale after a 17-year-old seasonal worker was trapped and killed inside a
    corn bin on Sept. 28, the state Department of Labor said Friday.

    Jory Applegarth, a senior at Quorndale High School, had been hired for the harvest two weeks
    earlier, his mother, Annette Applegarth, said. "He was told it was safe. He was seventeen, and
    he believed them," she said.

    Inspection records from the state Occupational Safety Board show that Ridgemark was cited
    twice, in 2019 and 2022, for failing to lock out the augers in its bins before workers went
    inside, and paid fines totaling $18,400.

    State law bars workers under 18 from entering grain bins, Labor Commissioner Ambrose Teague
    told reporters. "If that law was broken, there will be consequences," Teague said.

    Dr. Pradeep Bhattacharya, who studies farm injuries at Pemberlin State University's
    agricultural safety center, said flowing grain can bury an adult in less than a minute. "By
    the time you feel it pulling at your knees, you cannot get out on your own," he said.

    One co-worker, who spoke on condition of anonymity because he still works at the elevator,
    said nobody had been posted at the hatch to watch the teenager.

    Ridgemark's operations manager, Gerald Lightowler, said in an email that the company was
    cooperating with investigators and "grieving with the Applegarth family." He declined to say
    who had sent the worker into the bin.
    """
)
HARVEST_WELL.append(
    _case(
        "teenager_dies_in_grain_bin",
        "well",
        _GRAINBIN,
        _down(
            "named_to_anonymous",
            (
                "Labor Commissioner Ambrose Teague told reporters.",
                "a state official told reporters.",
            ),
            ('consequences," Teague said.', 'consequences," the official said.'),
        ),
        _down(
            "attribution_removed",
            (
                "a corn bin on Sept. 28, the state Department of Labor said Friday.",
                "a corn bin on Sept. 28.",
            ),
        ),
        _down("documents_removed", _remove(_GRAINBIN_RECORDS)),
        _down(
            "speculation_added",
            _after(
                "who had sent the worker into the bin.",
                "Perhaps someone at the elevator decided the harvest could not wait.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One co-worker, who spoke on condition of anonymity because he still works at the "
                "elevator, said",
                "Kyle Uttley, 22, who worked alongside the teenager that afternoon, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                'consequences," Teague said.',
                "A copy of the teenager's work permit, provided by his family, lists his duties "
                'as "sweeping, sampling and running the truck scale."',
            ),
        ),
        _rename(
            "names",
            ("Quorndale", "Ebbets Falls"),
            ("Ridgemark", "Stonehaven"),
            ("Jory", "Caleb"),
            ("Annette", "Doreen"),
            ("Applegarth", "Haworth"),
            ("Ambrose", "Spencer"),
            ("Teague", "Eckersley"),
            ("Pradeep Bhattacharya", "Desmond Ansah"),
            ("Pemberlin", "Granville"),
            ("Gerald Lightowler", "Everett Villalobos"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("$18,400", "$17,900")),
    )
)

# --- agriculture: sugar beet rots in clamps as a factory opens late (British) ----------------
_BEET_FIGURES = (
    "Figures published by the Beet Growers' Council show that 410,000 tonnes of beet were "
    "sitting in clamps in the region at the end of October, against 150,000 tonnes at the same "
    "point last year.\n\n"
)
_BEET = _article(
    """
    Beet growers count their losses as Wyndcross sugar factory opens three weeks late

    Sugar beet growers around Wyndcross said on Wednesday that they were losing money by the day
    after the area's only processing factory began its season three weeks late, leaving lifted
    beet waiting in field heaps, known as clamps, as the weather turns colder.

    "Beet in a clamp is losing sugar every day it sits there, and a hard frost can finish it off
    altogether," said Alasdair Brocklebank, 58, who grows 210 hectares of beet near Brayling Fen.

    Figures published by the Beet Growers' Council show that 410,000 tonnes of beet were sitting
    in clamps in the region at the end of October, against 150,000 tonnes at the same point last
    year.

    The council's chair, Kathryn Ellory, accused the processor, Eastmere Sugar, of putting off
    repairs to the factory's boilers until the summer to save money.

    Dr Folake Akinyemi, a crop storage scientist at the Quenlow Institute of Agronomy, said a
    clamp covered with straw and fleece could survive a few nights of frost. "But once the beet
    freezes and thaws, it starts to rot from the inside, and then it is worth nothing to anyone,"
    she said.

    Eastmere Sugar's operations director, Neville Cowperthwaite, said the boiler work had "taken
    longer than planned" and that the factory would run seven days a week until the end of
    February to catch up. He did not say whether growers would be compensated.

    Growers are paid about £32 a tonne under this year's contract, according to the council.
    """
)
HARVEST_WELL.append(
    _case(
        "beet_waiting_in_clamps",
        "well",
        _BEET,
        _down(
            "named_to_anonymous",
            (
                "said Alasdair Brocklebank, 58, who grows 210 hectares of beet near Brayling Fen.",
                "said one grower.",
            ),
        ),
        _down(
            "attribution_removed",
            ("this year's contract, according to the council.", "this year's contract."),
        ),
        _down("documents_removed", _remove(_BEET_FIGURES)),
        _down(
            "speculation_added",
            (
                "as the weather turns colder.",
                "as the weather turns colder, and some fear the factory may not open at all next "
                "year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "until the summer to save money.",
                "Professor Hamish Bunyard, who studies farm incomes at Cairnholt University, "
                "estimated that a three-week delay could cost a typical beet grower £9,000.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "until the summer to save money.",
                "The factory's maintenance plan, seen by the Wyndcross Herald, shows that the "
                "boiler overhaul was moved from March to June this year.",
            ),
        ),
        _rename(
            "names",
            ("Wyndcross", "Fallbrigg"),
            ("Alasdair Brocklebank", "Duncan Hebblethwaite"),
            ("Brayling", "Sotterby"),
            ("Kathryn Ellory", "Siobhan Ratcliffe"),
            ("Eastmere", "Orwellby"),
            ("Folake Akinyemi", "Chiamaka Dunstan"),
            ("Quenlow", "Tarnside"),
            ("Neville Cowperthwaite", "Giles Wetherell"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("about £32 a tonne", "about £31 a tonne")),
    )
)

# --- roads: harvest trucks break up rural roads ----------------------------------------------
_ROADS_SURVEY = (
    "Her department's pavement survey, presented at the meeting, rated 112 of the county's 340 "
    'miles of paved road as "poor" or "failed," up from 71 miles in 2022, and put the cost of '
    "repairing them at $9.6 million. The county's road budget this year is $6.1 million.\n\n"
)
_ROADS = _article(
    """
    Harvest trucks leave Culvane County roads crumbling, engineer warns

    Culvane County's rural roads took a beating this harvest, and repairing them could cost more
    than the county spends on roads in a normal year, the county engineer told commissioners on
    Monday.

    "We built these roads for 20-ton trucks, and now we are running 40-ton trucks over them six
    days a week from September to November," County Engineer Rosalind Skovgaard said.

    Her department's pavement survey, presented at the meeting, rated 112 of the county's 340
    miles of paved road as "poor" or "failed," up from 71 miles in 2022, and put the cost of
    repairing them at $9.6 million. The county's road budget this year is $6.1 million.

    Grain trucks make about 3,000 trips a week on county roads at the height of harvest,
    according to the Culvane County Farm Bureau.

    Commissioner Eliot Grimshaw blamed a state permit program that lets grain haulers carry up
    to 10 percent more weight during harvest. "The state hands out the permits, and the county
    pays for the potholes," he said.

    Dr. Shabnam Qureshi, a pavement engineer at the Brakenridge Institute of Technology, said the
    damage a truck does rises steeply with the load on each axle. "Ten percent more weight on an
    axle does a great deal more than 10 percent more damage," she said.

    Inez Carbonell, a spokeswoman for the state Department of Transportation, said the permits
    were set by the legislature and that the department had asked lawmakers for $30 million for
    county roads next year.
    """
)
HARVEST_WELL.append(
    _case(
        "harvest_trucks_break_roads",
        "well",
        _ROADS,
        _down(
            "named_to_anonymous",
            ("Commissioner Eliot Grimshaw blamed", "One commissioner blamed"),
        ),
        _down(
            "attribution_removed",
            (
                "in a normal year, the county engineer told commissioners on Monday.",
                "in a normal year.",
            ),
        ),
        _down("documents_removed", _remove(_ROADS_SURVEY)),
        _down(
            "speculation_added",
            _after(
                'pays for the potholes," he said.',
                "Some residents wonder whether the biggest farms have been quietly promised that "
                "the permits will never be touched.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'pays for the potholes," he said.',
                "State permit records show that 1,214 overweight harvest permits were issued for "
                "trucks based in Culvane County this year, nearly double the number in 2021.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "for county roads next year.",
                "The Culvane County Grain Haulers Association did not return calls seeking "
                "comment.",
            ),
        ),
        _rename(
            "names",
            ("Culvane", "Brasher"),
            ("Rosalind", "Henrietta"),
            ("Skovgaard", "Duckworth"),
            ("Eliot Grimshaw", "Marcus Delahaye"),
            ("Shabnam Qureshi", "Noor Rahimi"),
            ("Brakenridge", "Tremont"),
            ("Inez Carbonell", "Yolanda Thibodeaux"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("about 3,000 trips", "about 3,200 trips")),
    )
)

# --- fire: field and combine fires as volunteer crews thin out -------------------------------
_FIRES_DISPATCH_LOG = (
    "A county dispatch log obtained by the Haskerby Sentinel shows that the average response "
    "time to rural fires rose to 19 minutes this harvest, from 13 minutes in 2021, and that 11 "
    "calls went to a second department.\n\n"
)
_FIRES = _article(
    """
    Dry harvest brings a record run of field fires as volunteer crews thin out

    Volunteer crews in Haskerby County have been called to 63 field and combine fires since the
    harvest began in July, the most in a decade, the county's emergency management office said
    Wednesday.

    "One hot bearing, one spark, and you can have 80 acres burning in ten minutes,"
    said Chief Magda Szalai of the Pinch Hollow Volunteer Fire Department.

    A county dispatch log obtained by the Haskerby Sentinel shows that the average response time
    to rural fires rose to 19 minutes this harvest, from 13 minutes in 2021, and that 11 calls
    went to a second department.

    Szalai criticized the county commission for cutting the stipend paid to volunteers from $15
    to $8 a call in last year's budget. "Nobody does this for the money, but people notice when
    the county decides they are worth less," she said.

    Dr. Themba Ntuli, a fire science professor at Dunmorrow State University, said volunteer
    numbers had been falling nationwide for two decades and that farm fires were especially hard
    to fight because of the distances involved.

    Commission Chair Howard Beaulac said the cut had been needed to balance the budget and that
    the commission would "look at it again" in the spring.

    One volunteer, who asked not to be named because she works for the county, said she had gone
    to four fires in one day.

    The county extension office estimates that the fires have destroyed $1.4 million of crops
    and equipment.
    """
)
HARVEST_WELL.append(
    _case(
        "field_fires_and_volunteers",
        "well",
        _FIRES,
        _down(
            "named_to_anonymous",
            ("Commission Chair Howard Beaulac said", "A county official said"),
        ),
        _down(
            "attribution_removed",
            ("The county extension office estimates that the fires have", "The fires have"),
        ),
        _down("documents_removed", _remove(_FIRES_DISPATCH_LOG)),
        _down(
            "speculation_added",
            (
                'would "look at it again" in the spring.',
                'would "look at it again" in the spring, by which time there may be few '
                "volunteers left to pay.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One volunteer, who asked not to be named because she works for the county, said",
                "Marnie Eckhart, who has volunteered with the Pinch Hollow department for nine "
                "years, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "because of the distances involved.",
                "Dr. Anders Rookwood, an agricultural engineer at Dunmorrow State who studies "
                "machinery fires, said most combine fires start in dust and chaff that build up "
                "around the engine and exhaust.",
            ),
        ),
        _rename(
            "names",
            ("Haskerby", "Ellwood"),
            ("Magda", "Ilse"),
            ("Szalai", "Vandenberg"),
            ("Pinch Hollow", "Sumner Bend"),
            ("Themba Ntuli", "Gregor Nassar"),
            ("Dunmorrow", "Elmhurst"),
            ("Howard Beaulac", "Randall Guidry"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("called to 63 field", "called to 61 field")),
    )
)

# --- agriculture: hop gardens grubbed up as wilt spreads and research money ends (British) ---
_HOPS_FIGURES = (
    "Figures from the Lindmarsh Hop Growers' Co-operative show that the valley's hop acreage has "
    "fallen from 1,150 acres in 2021 to 910 this year, and that wilt was found on 23 of its 31 "
    "member farms this summer.\n\n"
)
_HOPS = _article(
    """
    Hop gardens grubbed up as wilt spreads and research money ends

    Hop growers in the Lindmarsh valley say a soil-borne fungal disease has forced them to grub up
    a fifth of their hop gardens in three years, and they fear the end of a breeding programme
    will leave them defenceless.

    "I have pulled out bines my grandfather planted. You watch the leaves yellow from the bottom
    up, and you know the row is finished," said Delyth Chenoweth, 44, of Cobhurst Farm near
    Lindmarsh.

    Figures from the Lindmarsh Hop Growers' Co-operative show that the valley's hop acreage has
    fallen from 1,150 acres in 2021 to 910 this year, and that wilt was found on 23 of its 31
    member farms this summer.

    Dr Simeon Stavropoulos, a plant pathologist at the Ravensmoor Crop Science Institute, said the
    aggressive strain could survive in soil for a decade. "The only lasting answer is resistant
    varieties, and breeding one takes ten to 15 years," he said.

    The institute's breeding programme loses its funding in March, after the Department for Rural
    Affairs declined to renew its £2.4 million grant. Hugo Villiers, the
    co-operative's chairman, called the decision "short-sighted to the point of recklessness".

    A spokesperson for the department said on Monday that the grant had always been time-limited
    and that growers could apply to a new £30 million resilience fund, which opens in the
    spring.

    One head brewer in the valley, who asked not to be named because the brewery buys from the
    growers, said hop prices had risen by a third since 2021.
    """
)
HARVEST_WELL.append(
    _case(
        "hop_wilt_and_research_funding",
        "well",
        _HOPS,
        _down(
            "named_to_anonymous",
            ("Hugo Villiers, the co-operative's chairman, called", "One grower called"),
        ),
        _down(
            "attribution_removed",
            (
                "Hop growers in the Lindmarsh valley say a soil-borne fungal disease has forced "
                "them to grub up",
                "A soil-borne fungal disease has forced hop growers in the Lindmarsh valley to "
                "grub up",
            ),
        ),
        _down("documents_removed", _remove(_HOPS_FIGURES)),
        _down(
            "speculation_added",
            _after(
                "which opens in the spring.",
                "The suspicion in the valley is that ministers have already written hops off.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One head brewer in the valley, who asked not to be named because the brewery "
                "buys from the growers, said",
                "Freya Nuttall, head brewer at the Old Maltings Brewery in Lindmarsh, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"short-sighted to the point of recklessness".',
                "The department's own review of the programme, published in July, rated it "
                '"excellent value" and credited it with two wilt-tolerant lines now in field '
                "trials.",
            ),
        ),
        _rename(
            "names",
            ("Lindmarsh", "Harrowdene"),
            ("Delyth Chenoweth", "Eluned Birtwistle"),
            ("Cobhurst", "Pennyfold"),
            ("Simeon Stavropoulos", "Laurence Khoury"),
            ("Ravensmoor", "Westcarr"),
            ("Hugo Villiers", "Crispin Dhillon"),
        ),
        _rename("weekday", ("Monday", "Friday")),
        _same("minor_number", ("Chenoweth, 44", "Chenoweth, 46")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- odd news: circles in a wheat field (British) --------------------------------------------
_CIRCLES = _article(
    """
    Mystery circles in a wheat field have a village talking

    Nobody in Hatherwick seems to agree on how a huge pattern of circles ended up in a field of
    ripe wheat just outside the village last week, but almost everyone has a theory.

    Some people say they heard a low humming noise in the small hours of the night the pattern
    appeared. Others claim every dog along the lane was barking at something nobody could see. It
    is said that the flattened stalks were bent rather than broken, which believers insist no
    prankster could manage.

    "I have lived here all my life and I have never seen anything like it. That was not done by
    lads with a plank," said one woman who had walked up to see it.

    Sceptics reckon it is an advertising stunt, and there are rumours that a drinks company paid
    someone to make it. Others suspect the farmer himself, who is said to be charging visitors a
    few pounds to walk in the field.

    It is believed the pattern is roughly the size of two football pitches, though estimates vary
    wildly. Some visitors say their phones stopped working while they stood in the middle of it.

    Whatever made it, the circles have brought a steady stream of cars down the narrow lane, and
    not everyone is pleased. Reportedly, at least one neighbour has complained, and there is talk
    of a petition.

    The wheat will be harvested soon, and with it, perhaps, goes the last chance of finding out
    the truth.
    """
)
HARVEST_WEAK.append(
    _case(
        "wheat_field_circles",
        "weak",
        _CIRCLES,
        _up(
            "anonymous_named",
            (
                "said one woman who had walked up to see it.",
                "said Maud Kettleborough, 71, a retired postmistress who had walked up to see it.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a few pounds to walk in the field.",
                "The field's owner, Amos Mosscrop, did not respond to requests for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "though estimates vary wildly.",
                "Aerial photographs taken for the county's mapping service show the field "
                "untouched on 2 August and the circles, about 120 metres across, on 9 August.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "which believers insist no prankster could manage.",
                "Dr Sigrid Brakstad, a crop scientist at Tewsbury University who has examined "
                "several such formations, said ripe wheat stems usually bend at the joints rather "
                "than snap when they are pressed flat with a board.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "while they stood in the middle of it.",
                "while they stood in the middle of it, which might suggest that whatever made "
                "the circles has not entirely gone.",
            ),
        ),
        _rename("names", ("Hatherwick", "Sedgeburn")),
        _same("minor_number", ("two football pitches", "three football pitches")),
    )
)

# --- shows: a giant onion slashed before the judging (British) -------------------------------
_ONION = _article(
    """
    Sabotage whispers sour the giant onion class at Skelworth show

    The giant vegetable tent is usually the friendliest corner of the Skelworth Harvest Show, but
    this year it is full of whispers, after the favourite in the heaviest onion class was found
    slashed on Saturday morning, hours before the judging.

    According to people who were there, the onion had been cut with a knife at some point
    overnight, and its grower is said to be devastated. Some say it was on course for a show
    record.

    "Everybody knows who did it. Nobody will say it out loud, but everybody knows," one exhibitor
    said.

    Rumours have been flying ever since. Some believe a rival grower sneaked into the tent after
    the stewards went home. Others claim the tent was never locked at all, and that anyone could
    have wandered in. A few insist the whole thing was an accident with a pair of secateurs,
    although that theory is not popular. One version of the story has the culprit caught on a
    phone camera, though nobody seems to have seen the footage.

    It is understood that there has been bad blood between some of the growers for years, going
    back to a disputed leek judging, and there are claims that seeds have gone missing from
    greenhouses too.

    Whether anyone will be punished is unclear. Some exhibitors are reportedly threatening to
    boycott next year's show unless security is tightened.

    For now, the growers are back on their allotments, and the suspicion is not going away.
    """
)
HARVEST_WEAK.append(
    _case(
        "slashed_show_onion",
        "weak",
        _ONION,
        _up(
            "anonymous_named",
            (
                'everybody knows," one exhibitor said.',
                'everybody knows," said Walter Gascoigne, 68, who has shown leeks at Skelworth '
                "since 1979.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "unless security is tightened.",
                "The show's secretary, Pauline Crabtree, said the committee had reported the "
                "damage to the police and would review how the tent is guarded overnight.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "after the stewards went home.",
                "The show's rules, printed in this year's programme, say the tent is locked and "
                "watched by two stewards from 8pm until judging begins at 10am.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "although that theory is not popular.",
                "Professor Hester Iddon, a horticulturist at Rushmere Agricultural College who has "
                "judged giant vegetables for 20 years, said a cut onion loses water quickly and "
                "can shed a noticeable share of its weight within hours.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "on course for a show record.",
                "It may be that someone simply could not bear the thought of losing to it.",
            ),
        ),
        _rename("names", ("Skelworth", "Thwaitby")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- business: talk that a town's grain elevator will close ----------------------------------
_ELEVATOR = _article(
    """
    Is the Ardlow Junction grain elevator on its last harvest?

    Farmers around Ardlow Junction are bracing for the possibility that the town's grain
    elevator, a landmark at the end of Main Street for nearly a century, could close once this
    harvest is over.

    Word around town is that Castleberry Grain, the company that bought the elevator two years
    ago, has decided it is no longer worth running, and that farmers will soon have to haul their
    grain 40 miles to a new terminal instead. People familiar with the company's thinking say a
    decision may already have been made.

    "They do not care about a little town like ours. They care about the numbers," said a farmer
    who did not want to be named.

    Some say the company has quietly stopped fixing the elevator's equipment, which they see as a
    sign. Others believe the land is being eyed for a solar farm. There is even talk that a buyer
    from out of state has been seen walking around the site with a tape measure.

    If the elevator does close, it is said that as many as a dozen jobs could go, and the town
    could lose one of the last reasons for people to stop on their way through.

    Critics argue the company never intended to keep the place open in the first place, though
    nobody seems to know for sure.

    Harvest is nearly over, and with it, many fear, goes the elevator's last season.
    """
)
HARVEST_WEAK.append(
    _case(
        "grain_elevator_closure_talk",
        "weak",
        _ELEVATOR,
        _up(
            "anonymous_named",
            (
                "said a farmer who did not want to be named.",
                "said Dale Landry, who has sold his wheat and milo to the elevator for 31 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "may already have been made.",
                "Asked about its plans, Castleberry Grain spokeswoman Norah Pettibone said in an "
                "email that no decision had been made about the elevator's future.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "which they see as a sign.",
                "A building permit the company filed with the county in June lists $1.2 million "
                "of planned work on the elevator's dryer and loading leg.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "to stop on their way through.",
                "Dr. Miranda Foxworth, an agricultural economist at Pawnee Ridge University who "
                "studies rural grain markets, said about one in five small elevators in the "
                "region had closed since 2010 as companies moved grain to larger terminals.",
            ),
        ),
        _down(
            "speculation_added",
            ("which they see as a sign.", "which they see as a sign the end could come by winter."),
        ),
        _rename("names", ("Ardlow Junction", "Mercy Crossing"), ("Castleberry", "Plainsong")),
        _same("minor_number", ("grain 40 miles", "grain 45 miles")),
    )
)

# --- technology: drones over farmers' fields --------------------------------------------------
_DRONES = _article(
    """
    Drones over the corn? Tollingford farmers suspect someone is watching

    For the past few weeks, farmers around Tollingford say, small drones have been hovering over
    their fields around dusk, and nobody seems to know who is flying them.

    Some believe Verdaline Seeds is using the drones to check whether growers are planting saved
    seed, which its contracts forbid. Others suspect a land investment firm is sizing up farms to
    buy, possibly the same one rumored to have bought ground near the county line last spring. A
    few are convinced the government is involved somehow.

    "You hear it before you see it. It just sits up there like it is taking pictures of
    everything," said one grower, who asked that his name not be used.

    It is rumored that a farmer shot one of the drones down on Sunday, though nobody has come
    forward with the pieces. Apparently the drones always fly off to the west, toward the river.

    Critics claim there are no rules stopping anyone from flying over private land, and some
    residents worry the footage could be used against them in ways they cannot yet imagine.

    Whoever is behind it, the mood in the cafe on Main Street has turned suspicious, and people
    are starting to keep one eye on the sky. Talk at the counter is that more drones have been
    spotted this month than last.

    As one man at the counter put it: "If they have nothing to hide, why do they only fly at
    dusk?"
    """
)
HARVEST_WEAK.append(
    _case(
        "drones_over_the_fields",
        "weak",
        _DRONES,
        _up(
            "anonymous_named",
            (
                "said one grower, who asked that his name not be used.",
                "said Arlen Brodeur, who grows corn and soybeans on 900 acres north of town.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the government is involved somehow.",
                "Verdaline Seeds said in a statement that it does not fly drones over farms and "
                "has never used aerial images to check for saved seed.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "toward the river.",
                "A list of licensed commercial drone operators released by the state aviation "
                "office shows 37 registered in the county, most of them crop-spraying and survey "
                "firms.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "in ways they cannot yet imagine.",
                "Professor Lucinda Harkavy, who teaches aviation law at Bellmont College of Law, "
                "said the rules on flying over private land are unsettled and vary from state to "
                "state.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "toward the river.",
                "Chances are whoever is flying them already knows more about these farms than "
                "the farmers do.",
            ),
        ),
        _rename("names", ("Tollingford", "Amberville"), ("Verdaline", "Seedwright")),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

# --- food: is the honey at a harvest market really local? (British) --------------------------
_HONEY = _article(
    """
    Sticky row over whether market honey is really local

    Stallholders at the Yarlcombe harvest market have fallen out over honey, amid whispers
    that some of the jars sold as local are nothing of the sort.

    Some beekeepers claim one seller has been buying cheap imported honey in bulk, pouring it into
    jars and sticking on a hand-drawn label. Others say the honey has been watered down with sugar
    syrup, and that you can tell by how runny it is. One story going
    round is that a van with foreign number plates was seen unloading crates behind the stall
    before dawn.

    "Nobody round here has had a harvest like that this year. The summer was dreadful. So where is
    it all coming from?" said one beekeeper, who did not want to be named.

    It is understood that the seller in question has been at the market for only two seasons, and
    rumour has it that the stall has been doing a roaring trade with tourists, shifting dozens of
    jars every Saturday.

    Some customers reportedly say the honey tastes "too sweet", while others insist it is
    perfectly good and that the grumbling is just jealousy from rival stalls. There are even
    claims that one stallholder has been quietly tasting the jars and keeping notes.

    Whether any rules have been broken is unclear, and nobody seems to know who, if anyone, checks
    what actually goes into the jars.

    For now, the advice doing the rounds among regulars is simple: buy from someone you know.
    """
)
HARVEST_WEAK.append(
    _case(
        "market_honey_doubts",
        "weak",
        _HONEY,
        _up(
            "anonymous_named",
            (
                "said one beekeeper, who did not want to be named.",
                "said Hattie Sagoo, who keeps 14 hives on the edge of Yarlcombe.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "shifting dozens of jars every Saturday.",
                "The stallholder at the centre of the rumours, contacted through the market's "
                "organisers, said all of her honey came from her own 40 hives and offered to show "
                "them to anyone who asked.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "said one beekeeper, who did not want to be named.",
                "Figures from the county beekeepers' association's annual survey show that its "
                "members averaged 9 kilograms of honey a hive this year, about half the usual "
                "yield.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "how runny it is.",
                "Dr Hamid Rostami, a food scientist at Colnmere University who tests honey for "
                "adulteration, said runniness says little about whether honey has been diluted, "
                "because it depends mostly on which flowers the bees visited.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "checks what actually goes into the jars.",
                "checks what actually goes into the jars, and perhaps nobody does.",
            ),
        ),
        _rename("names", ("Yarlcombe", "Stowell Magna")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

HARVEST_CASES: tuple[Case, ...] = tuple(HARVEST_WELL + HARVEST_WEAK)
