"""A twentieth, ridge set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the eighteen sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`,
:mod:`.cases_thaw`, :mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`): it is a
twentieth, independent set (written at the same time as :mod:`.cases_quarry`, by another writer
who did not read it, nor it this one) of twelve base articles (seven WELL sourced, five WEAKLY
sourced) and their variants, written blind as a measurement. The name "ridge" is only a name,
though the beats lean towards high ground and the places that live off it. The topics, people,
places, organisations, outlets, figures and sentences are new and fictional; nothing is copied
from the other sets, from any corpus or example, or from the web, and every surname, place name,
organisation and outlet name (those of the cosmetic renames too) was checked against the other
sets and the passages and replaced where it already occurred (a few common first names recur).
The articles and edits were written from the definitions of good and bad sourcing alone: no text
in this module was scored with a model or run through an extractor while it was written, and the
code of the signals, lexicons, features and model was not read. Only the data checks of the
suite (edit targets occur once, renames are consistent, word counts, typography round trips)
were run.

The beats are a mountain rescue team whose call-outs doubled after a national park promoted a
summit to first-time walkers (mountain rescue), hill sheep farms set to lose a third of their
support when an upland payment ends (hill farming), a ski resort that drew record snowmaking
water from a trout creek in a dry December (ski resorts and water), arsenic in private wells
below an old silver mine's tailings (mining towns), a one-lane bridge on the only road to a ski
field (rural roads), volunteer firefighters left waiting for a helicopter while a gorse fire
burned two houses (wildfires) and a mountain town without running water for 19 days (water
supply), all well sourced; and rumors that a family ski hill has been sold to a developer (ski
resorts), talk of lakeside parking charges and the sale of a visitor centre in a national park
(national parks), word that valley farms are being sold for carbon forestry (hill farming),
rumours that a town's coal mine will close (mining towns) and whispers of arson after a third
veld fire on a mountain reserve (wildfires), all weakly sourced. Three bases are written in
British style ("per cent", "pounds", "Dr", "Professor", "waterproofs", "car park", "parish
councillor", "the pub", "reckon", "holiday lets"), three in American style ("Dr.", "percent",
"County Commissioner", "said Wednesday", "spoke on condition of anonymity", "rumors", "plows",
"vacation homes", "gas station", "$3 million"), three in New Zealand style ("Official Information
Act", "district council", "mayor", "community board", "chief fire officer", "nor'wester",
"gorse", "2.14pm", "school roll", "sheep and beef", "bloke", "senior side") and three in South
African style ("ward councillor", "municipality", "R1.3-million", "bakkies", "retrenchment
notices", "township", "spaza shops", "taxi rank", "veld fire", "fynbos", "berg wind"). The
writing varies the reporting verbs ("said", "told councillors", "told a meeting", "said in a
statement", "said in an emailed statement", "said in a written reply", "in a written response",
"records", "shows", "show", "estimates", "found", "claim", "reckon", "figure", "insist", "point
to", "believe", "suspect"), inverts some attributions in the variants ("..., said X, who has led
the team for nine years"; "..., Y, the association's chairman, told a meeting"), uses titles
and offices ("ward councillor", "County Commissioner", "mayor", "Professor", "Associate
Professor", "Dr", "Dr."), ages, appositions and possessive roles ("the Wapsie County
health officer", "the valley brigade's chief fire officer", "the transport agency's regional
manager", "the hill's general manager"), and cites different kinds of document (a rescue team's
annual incident report, a government impact assessment, diversion reports filed with a state
water division and obtained by a county newspaper, well test results released by a state
environmental agency, crash data released under the Official Information Act, an operational
review released to a community board and a municipality's annual report tabled in council; and
in the variants a park authority's visitor survey in its annual review, a mine closure plan filed
with the state and obtained by a newspaper, a transport agency's business case, leak figures from
a provincial water department, chairlift inspection records posted by a tramway safety board, a
park authority's draft budget in committee papers, land title records, a mining company's annual
report on its reserves and a fire service's incident logs). Comment is sought in different ways
("A spokeswoman for the park authority said", "Asked about the figures, a department spokesman
said", "In an emailed statement ... She did not address", "said in a statement ... A spokesman
would not say whether", "In a written response, the transport agency's regional manager ...
said", "said in a statement that it 'accepts the review's findings in full'", "In a written
reply ... She did not explain why", and in the variants "was asked whether ... A spokesman said
the agency was reviewing", "was asked why ...; a spokeswoman said the agency would answer next
week", "Asked why its helicopter was training ...", "Reached by phone Monday", "Asked about the
reports", "The real estate agent who listed both farms ... said ... she could not name the
buyers", "Asked on Tuesday about the rumours", "was asked on Monday whether ... A spokesperson
said"). Each base is 240 to 260 words long, written with straight ASCII quotes and apostrophes,
as every base in the suite is; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left; an attribution removed so that a claim stands as bare
fact, five times by moving the named speaker to the quote that follows, once by dropping an
anonymous worker's attribution and once by dropping "residents say" from a lede; speculation
added; the document or dataset removed, with any later reference to it), and two ``up`` variants
chosen among a named expert added, a document cited, comment sought and an anonymous source named
(document cited four times, anonymous source named four times, comment sought three times and
expert added three times); each weak base has four ``up`` variants (one of each up kind) and one
``down`` (speculation added, worded differently in each, twice as a sentence of its own and three
times as a clause added to a sentence already in the text; in the well bases, four speculation
edits are sentences of their own and three are clauses); every base has a cosmetic ``names``
rename (first names and surnames renamed separately), a ``weekday`` or ``minor_number`` edit
(both for the well bases), and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds. That makes 67 directional variants (28 down and 14 up on the well
bases, 20 up and 5 down on the weak bases) and 67 cosmetic ones (12 names, 9 weekday, 10
minor_number, and 36 generic).

First measurement (2026-12-03, before this set was read; the extractors of commit 268d3ae and
the model retrained there): directional **0.910** (61 of 67), cosmetic 1.000, well - weak
+69.8. The six failures: ``speculation_added`` four times on weak bases (three clauses added to
sentences already hedged, one sentence on a base scoring 1.6), and ``attribution_removed``
twice on well bases (+2.1 and +0.6): an unnamed crew member's and residents' attributions
removed, which lowered the share of unnamed sources more than it lowered the share of
attributed sentences.
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

RIDGE_WELL: list[Case] = []
RIDGE_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- mountain rescue: volunteers blame a park campaign for a surge in call-outs (British) -----
_RESCUE_REPORT = (
    "The team's annual incident report, published on Tuesday, records 212 call-outs in 2024, "
    "against 97 in 2019. In 38 of them the casualty had no torch, map or waterproofs. Volunteers "
    "gave 9,840 hours.\n\n"
)
_RESCUE = _article(
    """
    Rescue volunteers blame park campaign for surge in call-outs

    Volunteers with the Skelbrough Mountain Rescue Team were called out more than twice as often
    last year as in 2019, and the team's leader blames a national park campaign.

    The team's annual incident report, published on Tuesday, records 212 call-outs in 2024, against
    97 in 2019. In 38 of them the casualty had no torch, map or waterproofs. Volunteers gave 9,840
    hours.

    Hesketh Ullathorne, who has led the team for nine years, said the rise began when the Fellbarrow
    National Park Authority launched its "Summit in a Day" campaign for Scarnel Pike. "They post a
    sunny photo from the top and a car park postcode. Nobody says the weather can turn in twenty
    minutes," he said.

    Ffion Whittingslow, 34, was stretchered off the Pike in March after slipping on ice. "I'd read
    it was a family walk, so I wore trainers," she said.

    Dr Alisdair Mowbrick, a lecturer in outdoor risk at the University of Mirebeck who studies hill
    walking accidents, said promotion itself was not the problem. "What matters is whether people
    are told honestly what they face," he said.

    Another volunteer, who asked not to be named because members may not speak to the press, said
    several night rescues had gone ahead with only six people available.

    A spokeswoman for the park authority said the campaign had "spread visitors through the year"
    and that safety advice was added to its website in February after talks with the team.
    """
)
RIDGE_WELL.append(
    _case(
        "rescue_callouts_park_campaign",
        "well",
        _RESCUE,
        _down(
            "named_to_anonymous",
            (
                "Ffion Whittingslow, 34, was stretchered",
                "One walker, a 34-year-old who asked that her name not be used, was stretchered",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Hesketh Ullathorne, who has led the team for nine years, said the rise began when",
                "The rise began when",
            ),
            (
                'can turn in twenty minutes," he said.',
                'can turn in twenty minutes," said Hesketh Ullathorne, who has led the team for '
                "nine years.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "with only six people available.",
                "Some on the team fear it is only a matter of time before the campaign costs "
                "somebody their life, and there is talk that a second one is planned for the "
                "winter.",
            ),
        ),
        _down("documents_removed", _remove(_RESCUE_REPORT)),
        _up(
            "anonymous_named",
            (
                "Another volunteer, who asked not to be named because members may not speak to "
                "the press, said",
                "Bethan Ruddiforth, a deputy leader of the team who joined in 2016, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "after talks with the team.",
                "Yet the authority's own visitor survey, published in its annual review last "
                "autumn, found that 44 per cent of people on Scarnel Pike had never climbed a "
                "mountain before, up from 19 per cent in 2019.",
            ),
        ),
        _rename(
            "names",
            ("Skelbrough", "Ravelsike"),
            ("Hesketh", "Anthony"),
            ("Ullathorne", "Thwaiteley"),
            ("Ffion", "Carys"),
            ("Whittingslow", "Lindsell"),
            ("Mowbrick", "Tennerley"),
            ("Mirebeck", "Ousemarsh"),
            ("Fellbarrow", "Hagworth"),
            ("Scarnel", "Grimbeck"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("gave 9,840 hours", "gave 9,870 hours")),
    )
)

# --- hill farming: upland sheep farms face losing a third of their support (British) ---------
_HILL_ASSESSMENT = (
    "An impact assessment by the Department for Land and Rural Affairs estimates that the "
    "average upland livestock farm will get 11,400 pounds a year under the new scheme, against "
    "17,200 pounds now, and that 540 of 1,630 severely disadvantaged farms will run at a loss.\n\n"
)
_HILL = _article(
    """
    Hill farmers face losing a third of support as upland payment ends

    Sheep farmers in the Tarrendale hills stand to lose a third of their support when the upland
    payment ends next spring, according to the government's own figures.

    An impact assessment by the Department for Land and Rural Affairs estimates that the average
    upland livestock farm will get 11,400 pounds a year under the new scheme, against 17,200 pounds
    now, and that 540 of 1,630 severely disadvantaged farms will run at a loss.

    Dilys Cawthray, who runs 900 ewes at Scarrowbeck with her husband, said they had already sold a
    tractor. "We're asked to look after the hill for everybody and paid less to do it," she said.

    Owain Brythonby, chairman of the Tarrendale Hill Farmers' Association, told a meeting in
    Scarrowbeck on Monday that at least a dozen members planned to retire early. "Once the young
    ones go, they don't come back to the hill," he said.

    Professor Lindsay Coverdale, an agricultural economist at Hallamore University who has surveyed
    upland farm incomes for 15 years, said hill farms had the thinnest margins in farming. "This cut
    will push the youngest out first," she said.

    A land agent, who did not want to be named because he also works for the department, said
    several estates were talking to forestry investors about selling hill ground.

    Asked about the figures, a department spokesman said the scheme paid for "public goods such as
    clean water" and that a 40 million pound transition fund would open in the autumn.
    """
)
RIDGE_WELL.append(
    _case(
        "hill_farm_upland_payment_cut",
        "well",
        _HILL,
        _down(
            "named_to_anonymous",
            (
                "Dilys Cawthray, who runs 900 ewes at Scarrowbeck with her husband, said",
                "One farmer, who runs 900 ewes with her husband and asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Owain Brythonby, chairman of the Tarrendale Hill Farmers' Association, told a "
                "meeting in Scarrowbeck on Monday that at least a dozen members planned to retire "
                "early.",
                "At least a dozen members of the Tarrendale Hill Farmers' Association are set to "
                "retire early.",
            ),
            (
                "don't come back to the hill,\" he said.",
                "don't come back to the hill,\" Owain Brythonby, the association's chairman, told "
                "a meeting in Scarrowbeck on Monday.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "about selling hill ground.",
                "about selling hill ground, and whole valleys could be under spruce within a "
                "decade.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_HILL_ASSESSMENT),
            ("next spring, according to the government's own figures.", "next spring."),
            ("Asked about the figures,", "Asked about the cuts,"),
        ),
        _up(
            "anonymous_named",
            (
                "A land agent, who did not want to be named because he also works for the "
                "department, said",
                "Rhodri Lathwaite, a land agent with Bellsike and Tarn in Scarrowbeck, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "about selling hill ground.",
                "Dr Isobel Fazackerley, an upland ecologist at the Caerlyon Institute who studies "
                "grazing and peat, said that when sheep leave the hill, bracken and scrub spread "
                "within a few years and the land becomes harder to restore.",
            ),
        ),
        _rename(
            "names",
            ("Tarrendale", "Cowlingdale"),
            ("Dilys", "Gwenda"),
            ("Cawthray", "Ackerbeck"),
            ("Scarrowbeck", "Holmsgarth"),
            ("Owain", "Emlyn"),
            ("Brythonby", "Staveacre"),
            ("Coverdale", "Tregellas"),
            ("Hallamore", "Wyvernbury"),
        ),
        _rename("weekday", ("Monday", "Friday")),
        _same("minor_number", ("runs 900 ewes", "runs 950 ewes")),
    )
)

# --- ski resorts: snowmaking drew record water from a trout creek (American) ------------------
_SNOW_RECORDS = (
    "Diversion reports the resort filed with the state Division of Water Resources, obtained by "
    "the Umbergate County Ledger, show withdrawals up 38 percent on the winter before. On 19 "
    "days in December, flow below the resort's intake was under 6 cubic feet per second, the "
    "minimum set in a 2011 agreement.\n\n"
)
_SNOW = _article(
    """
    Ski resort drew record water from trout creek as flows dropped

    Stormcrest Ridge Resort pumped a record 412 million gallons from Sawtell Creek to make snow last
    winter, even as the creek fell below the level meant to protect its trout, records show.

    Diversion reports the resort filed with the state Division of Water Resources, obtained by the
    Umbergate County Ledger, show withdrawals up 38 percent on the winter before. On 19 days in
    December, flow below the resort's intake was under 6 cubic feet per second, the minimum set in a
    2011 agreement.

    "We watched the creek go down to a trickle while the snow guns ran all night," said Wade
    Cutliffe, a fly-fishing guide who has worked the creek for 16 years.

    Umbergate County Commissioner Delia Heidecker said she would ask the state to reopen the flow
    agreement at Thursday's board meeting. "That deal was supposed to protect the creek in dry
    years. It isn't," she said.

    Dr. Marcus Ottersley, a hydrologist at Chalkbluff State University who studies mountain streams,
    said low winter flows can freeze shallow stretches solid, killing trout eggs in the gravel.
    "Weeks of low water are a different matter," he said.

    A snowmaking crew member, who spoke on condition of anonymity, said crews were told to keep
    pumping so more runs could open before the holidays.

    In an emailed statement, resort spokeswoman Kara Ozburn said Stormcrest Ridge "operated within
    its water rights at all times" and had spent $3 million on efficient snow guns. She did not
    address the December flows.
    """
)
RIDGE_WELL.append(
    _case(
        "ski_resort_snowmaking_creek",
        "well",
        _SNOW,
        _down(
            "named_to_anonymous",
            (
                "said Wade Cutliffe, a fly-fishing guide who has worked the creek for 16 years.",
                "said a fly-fishing guide who has worked the creek for 16 years and asked not to "
                "be named because he relies on resort guests for business.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A snowmaking crew member, who spoke on condition of anonymity, said crews were "
                "told",
                "Crews were told",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "has worked the creek for 16 years.",
                "Some anglers suspect the resort will pump even harder this season, and worry the "
                "creek's brown trout may already be past saving.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_SNOW_RECORDS),
            ("protect its trout, records show.", "protect its trout."),
        ),
        _up(
            "anonymous_named",
            (
                "A snowmaking crew member, who spoke on condition of anonymity, said",
                "Tanner Obrecht, who worked on the resort's snowmaking crew until March, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "address the December flows.",
                "The Division of Water Resources, which enforces the agreement, was asked whether "
                "it had checked the creek in December. A spokesman said the agency was reviewing "
                "the gauge data.",
            ),
        ),
        _rename(
            "names",
            ("Stormcrest", "Brushwick"),
            ("Sawtell", "Cutbank"),
            ("Umbergate", "Yellowlees"),
            ("Wade", "Clint"),
            ("Cutliffe", "Haverty"),
            ("Delia", "Marcia"),
            ("Heidecker", "Oberholt"),
            ("Ottersley", "Vreeland"),
            ("Chalkbluff", "Sweetgrass"),
            ("Ozburn", "Kettleson"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("a record 412 million gallons", "a record 409 million gallons")),
    )
)

# --- mining towns: arsenic in wells below an old silver mine's tailings (American) ------------
_ARSENIC_RESULTS = (
    "Test results released by the state Department of Environmental Quality show 14 of 31 wells "
    "sampled in Orrick Hollow in June exceeded the federal limit of 10 parts per billion. The "
    "highest, 47 parts per billion, came from a well a quarter mile below the tailings.\n\n"
)
_ARSENIC = _article(
    """
    Arsenic found in wells below old mine tailings

    Nearly half the wells tested in a former silver-mining town hold arsenic above the federal
    limit, and residents say the company that owns the old mine's tailings has known for years.

    Test results released by the state Department of Environmental Quality show 14 of 31 wells
    sampled in Orrick Hollow in June exceeded the federal limit of 10 parts per billion. The
    highest, 47 parts per billion, came from a well a quarter mile below the tailings.

    Lorna Feekes, whose family has lived in Orrick Hollow since the 1950s, said she no longer lets
    her grandchildren drink the well water. "We've drunk this water all our lives, and now they say
    it's poison," she said.

    Lyle Stenbeck, the Wapsie County health officer, said Wednesday the county was delivering
    bottled water to 40 households and had asked the state to test every well within two miles.

    Dr. Selah Ostendorp, a geochemist at Brantley College of Mines who studies mine drainage, said
    rain soaking through unlined tailings can carry arsenic into groundwater for decades. "These
    piles don't stop leaching when the mine shuts," she said.

    A former miner, who asked not to be identified because he draws a company pension, said workers
    were told in the 1990s that the piles were seeping.

    Bonnacord Minerals, which bought the site in 2008, said in a statement that it "takes these
    results seriously" and would repay the county for the water. A spokesman would not say whether
    it had ever tested groundwater near the piles.
    """
)
RIDGE_WELL.append(
    _case(
        "mining_town_arsenic_wells",
        "well",
        _ARSENIC,
        _down(
            "named_to_anonymous",
            (
                "Lyle Stenbeck, the Wapsie County health officer, said Wednesday",
                "A county health official, who was not authorized to speak publicly, said "
                "Wednesday",
            ),
        ),
        _down(
            "attribution_removed",
            ("and residents say the company that owns", "and the company that owns"),
        ),
        _down(
            "speculation_added",
            (
                "that the piles were seeping.",
                "that the piles were seeping, and that the town's public water system could well "
                "be tainted too.",
            ),
        ),
        _down("documents_removed", _remove(_ARSENIC_RESULTS)),
        _up(
            "document_added",
            _after(
                "that the piles were seeping.",
                "A closure plan the company filed with the state in 2009, obtained by the Wapsie "
                "Courier, committed it to cap the tailings with clay and topsoil by 2014. The "
                "piles are still uncovered.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "tested groundwater near the piles.",
                "The Department of Environmental Quality was asked why the piles had never been "
                "covered; a spokeswoman said the agency would answer next week.",
            ),
        ),
        _rename(
            "names",
            ("Orrick", "Ironwell"),
            ("Lorna", "Darlene"),
            ("Feekes", "Ostermeier"),
            ("Lyle", "Vernon"),
            ("Stenbeck", "Dunnigan"),
            ("Wapsie", "Pomroy"),
            ("Ostendorp", "Zuidema"),
            ("Brantley", "Sterlingford"),
            ("Bonnacord", "Wolcottville"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("to 40 households", "to 42 households")),
    )
)

# --- rural roads: a one-lane bridge on a ski-field road (New Zealand) -------------------------
_BRIDGE_DATA = (
    "Crash data released to the Glenmorven District Council under the Official Information Act "
    "show 23 crashes at the Arrowbank River bridge from 2019 to 2023, two with serious injuries. "
    "Traffic on a winter weekend has risen from about 1,900 vehicles a day to 3,100.\n\n"
)
_BRIDGE = _article(
    """
    Calls to replace one-lane ski-field bridge after 23 crashes

    A one-lane bridge on the only road to the Mount Tarahaka ski field has seen 23 crashes in five
    years, and the mayor wants it replaced before the winter rush.

    Crash data released to the Glenmorven District Council under the Official Information Act show
    23 crashes at the Arrowbank River bridge from 2019 to 2023, two with serious injuries. Traffic
    on a winter weekend has risen from about 1,900 vehicles a day to 3,100.

    Glenmorven mayor Rawiri Tuhoro said the bridge became "a disaster waiting to happen" once the
    ski buses started in June. "You get visitors who have never driven on ice meeting a coach
    halfway across," he told councillors on Friday.

    Shona Dartnall, who hires out campervans in the town, said she gave every customer a leaflet on
    the bridge. "Half of them can't read it, so I draw them a picture," she said.

    Dr Anjali Pallister, a transport engineering lecturer at the University of Ridgeburn who studies
    rural crash sites, said one-lane bridges grow riskier as traffic rises. "The design assumes
    drivers know the give-way rule. Visitors often don't," she said.

    A ski bus driver, who asked not to be named, said he had twice reversed off the bridge after a
    car refused to give way.

    In a written response, the transport agency's regional manager, Craig Halliwell, said a
    replacement was "in the regional programme" but not yet funded, and that new signs and a lower
    speed limit would be in place this winter.
    """
)
RIDGE_WELL.append(
    _case(
        "ski_field_one_lane_bridge",
        "well",
        _BRIDGE,
        _down(
            "named_to_anonymous",
            (
                "Shona Dartnall, who hires out campervans in the town, said",
                "A woman who hires out campervans in the town, and who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                'Glenmorven mayor Rawiri Tuhoro said the bridge became "a disaster waiting to '
                'happen" once the ski buses started in June.',
                "The bridge becomes a disaster waiting to happen once the ski buses start in June.",
            ),
            (
                'meeting a coach halfway across," he told councillors on Friday.',
                'meeting a coach halfway across," Glenmorven mayor Rawiri Tuhoro told '
                "councillors on Friday.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "after a car refused to give way.",
                "Many in Glenmorven are convinced somebody will be killed on the bridge this "
                "winter, and some suspect the agency is waiting for exactly that before it spends "
                "any money.",
            ),
        ),
        _down("documents_removed", _remove(_BRIDGE_DATA)),
        _up(
            "expert_added",
            _after(
                "Visitors often don't,\" she said.",
                "Associate Professor Mereana Tautari, who researches visitor driving at "
                "Harbourside University, said overseas drivers crash most often in their first "
                "three days on the road, which is when many reach the ski fields.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would be in place this winter.",
                "The agency's own business case, completed in 2021 and released with the crash "
                'data, rated the bridge "high risk" and costed a two-lane replacement at $14.5 '
                "million.",
            ),
        ),
        _rename(
            "names",
            ("Glenmorven", "Kaharoa"),
            ("Tarahaka", "Ravensdale"),
            ("Arrowbank", "Mahinerangi"),
            ("Rawiri", "Wiremu"),
            ("Tuhoro", "Hollingsby"),
            ("Shona", "Kirsten"),
            ("Dartnall", "Gilfillan"),
            ("Anjali", "Priya"),
            ("Pallister", "Lockyear"),
            ("Ridgeburn", "Hexworth"),
            ("Halliwell", "Rattray"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("a day to 3,100.", "a day to 3,150.")),
    )
)

# --- wildfires: volunteers waited almost an hour for a helicopter (New Zealand) ---------------
_FIRE_REVIEW = (
    "An operational review by the national fire service, released to the local community board "
    "on Thursday, found the first call for a helicopter was logged at 2.14pm but none arrived "
    "until 3.06pm. The nearest contracted machine was on a training exercise, and a backup "
    "operator was not called for 31 minutes.\n\n"
)
_FIRE = _article(
    """
    Fire crews waited almost an hour for helicopter as homes burned

    Volunteers fighting a scrub fire above Breckon Valley waited nearly an hour for a helicopter as
    the blaze burned 340 hectares of gorse and destroyed two houses, a review has found.

    An operational review by the national fire service, released to the local community board on
    Thursday, found the first call for a helicopter was logged at 2.14pm but none arrived until
    3.06pm. The nearest contracted machine was on a training exercise, and a backup operator was not
    called for 31 minutes.

    Niall Strathdee, the valley brigade's chief fire officer, said his crew had held the fire on two
    sides before the wind turned. "With a bucket overhead in the first half hour, we'd have stopped
    it," he said.

    Marama Wharerau, whose house on Settlers Road burned down, said the family had ten minutes to
    get out. "We grabbed the dog and the photo albums," she said.

    Dr Kieran Wethersby, a fire scientist at Lindenfield University who studies scrub fires, said a
    fire in dry gorse can double in size every 20 minutes in a nor'wester. "With gorse, early air
    attack is the whole game," he said.

    A fire service dispatcher, speaking on condition she not be named, said staff had been told not
    to call the backup operator without a manager's sign-off because of the cost.

    The service's regional manager, Andrea Tappenden, said in a statement that it "accepts the
    review's findings in full" and had changed its rules so any dispatcher could call a backup
    helicopter.
    """
)
RIDGE_WELL.append(
    _case(
        "scrub_fire_helicopter_delay",
        "well",
        _FIRE,
        _down(
            "named_to_anonymous",
            (
                "Niall Strathdee, the valley brigade's chief fire officer, said",
                "A senior officer in the valley brigade, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Kieran Wethersby, a fire scientist at Lindenfield University who studies "
                "scrub fires, said a fire in dry gorse can double",
                "A fire in dry gorse can double",
            ),
            (
                'is the whole game," he said.',
                'is the whole game," said Dr Kieran Wethersby, a fire scientist at Lindenfield '
                "University who studies scrub fires.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "so any dispatcher could call a backup helicopter.",
                "so any dispatcher could call a backup helicopter, though many in the valley "
                "suspect the rule will quietly be dropped once the fuss dies down.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_FIRE_REVIEW),
            ("and destroyed two houses, a review has found.", "and destroyed two houses."),
            (
                'that it "accepts the review\'s findings in full" and had changed',
                "that it had changed",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A fire service dispatcher, speaking on condition she not be named, said",
                "Tania Brummell, who has worked as a dispatcher at the service's communications "
                "centre for eight years, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "could call a backup helicopter.",
                "Asked why its helicopter was training on a day of high fire danger, the operator, "
                "Corrie Ridge Aviation, said the booking had been approved by the service a week "
                "earlier.",
            ),
        ),
        _rename(
            "names",
            ("Breckon", "Ahuriri"),
            ("Niall", "Dougal"),
            ("Strathdee", "Macaskie"),
            ("Marama", "Aroha"),
            ("Wharerau", "Paewai"),
            ("Settlers", "Pioneer"),
            ("Wethersby", "Mcilwraith"),
            ("Lindenfield", "Ashbrook"),
            ("Tappenden", "Hamlyn"),
        ),
        _rename("weekday", ("Thursday", "Monday")),
        _same("minor_number", ("burned 340 hectares", "burned 335 hectares")),
    )
)

# --- water supply: a mountain town's taps dry for 19 days (South African) ---------------------
_TAPS_REPORT = (
    "The municipality's annual report for 2023/24, tabled in March, shows it spent R1.3-million "
    "of a R9.8-million water maintenance budget. It lists the pump station at the weir as "
    '"critical" and notes that a refurbishment planned for 2022 was postponed.\n\n'
)
_TAPS = _article(
    """
    Taps dry for 19 days as mountain town's pumps wait for parts

    Residents of Tafelkloof, a mountain town of about 14,000 people, had no running water for 19
    days this month after two of the three pumps at the Sandrivier weir broke down with no spare
    parts in stock.

    The municipality's annual report for 2023/24, tabled in March, shows it spent R1.3-million of a
    R9.8-million water maintenance budget. It lists the pump station at the weir as "critical" and
    notes that a refurbishment planned for 2022 was postponed.

    Ward councillor Thandeka Sibisi said some residents had walked two kilometres to a spring with
    buckets. "Old people cannot carry 25 litres up these hills, so we took water to them in
    bakkies," she said on Tuesday.

    Annelie Vosloo, who runs a guest house in the town, said she had cancelled bookings worth about
    R40,000. "Tourists come for the mountains, not to wash out of a bucket," she said.

    Professor Zola Ngcukana, a civil engineer at the University of Drakensrand who studies
    small-town water systems, said a town's pump station should always have a standby. "With no
    spare capacity, one breakdown becomes a crisis," he said.

    A municipal technician, who asked not to be named because he feared for his job, said the faults
    on both pumps had been reported in January.

    In a written reply, municipal spokesperson Lerato Mashishi said new parts had been ordered "as a
    matter of urgency" and that tankers had been sent to every ward. She did not explain why the
    refurbishment was postponed.
    """
)
RIDGE_WELL.append(
    _case(
        "mountain_town_taps_dry",
        "well",
        _TAPS,
        _down(
            "named_to_anonymous",
            (
                "Annelie Vosloo, who runs a guest house in the town, said",
                "A guest house owner in the town, who asked not to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Ward councillor Thandeka Sibisi said some residents had walked two kilometres",
                "Some residents walked two kilometres",
            ),
            (
                'in bakkies," she said on Tuesday.',
                'in bakkies," ward councillor Thandeka Sibisi said on Tuesday.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "had been reported in January.",
                "There are fears in the town that the third pump could fail at any moment, and "
                "some residents believe money meant for the pump station was spent elsewhere.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_TAPS_REPORT),
            (
                "She did not explain why the refurbishment was postponed.",
                "She did not say when the parts would arrive.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "had been reported in January.",
                "Figures published by the provincial water department last year show Tafelkloof "
                "loses 41 percent of the water it treats to leaks and burst pipes.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'one breakdown becomes a crisis," he said.',
                "Dr Refilwe Matlhare, who researches municipal finance at the Kloofnek Institute "
                "for Local Governance, said small municipalities tend to cut maintenance first "
                "when money runs short, because the damage does not show until something breaks.",
            ),
        ),
        _rename(
            "names",
            ("Tafelkloof", "Rooiwaterberg"),
            ("Sandrivier", "Kwaggaspruit"),
            ("Thandeka", "Nokuthula"),
            ("Sibisi", "Gxowa"),
            ("Annelie", "Marietjie"),
            ("Vosloo", "Rabinowitz"),
            ("Ngcukana", "Makhaza"),
            ("Drakensrand", "Bosveld"),
            ("Mashishi", "Phasha"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("about 14,000 people", "about 14,500 people")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- ski resorts: rumors that a small family ski hill has been sold (American) ----------------
_SKIHILL = _article(
    """
    Rumors swirl that Scatterwood's family ski hill has been sold

    Rumors are flying in Scatterwood that Bitterbrush Mountain, the town's small family ski hill,
    has been quietly sold to a developer and may not open this winter.

    Some people in town say a buyer from out of state has been seen walking the slopes with
    surveyors. Others have heard the lodge will be torn down to make room for vacation homes, or
    that the old double chairlift failed an inspection and would cost too much to fix. Nobody seems
    sure which story, if any, is true.

    "I heard it from a guy who plows their lot. He says they haven't hired a single lift operator
    for the season," said a parent whose children race on the hill's youth team, who asked not to be
    named.

    The hill is believed to lose money most years, and some longtime skiers figure the owners have
    simply had enough. A few suggest the town could step in and buy it, though there is no sign
    anyone has actually proposed that.

    It is said that season pass sales were stopped sometime in August, which would seem to back up
    the rumors. Others insist passes are still being sold to anyone who calls the office.

    For more than 60 years the hill has been where kids in Scatterwood learned to ski, and losing it
    would probably hurt the diner and the gas station out on the state highway too. Whether the
    lifts will turn this December, no one seems able to say.
    """
)
RIDGE_WEAK.append(
    _case(
        "family_ski_hill_sale_rumors",
        "weak",
        _SKIHILL,
        _up(
            "anonymous_named",
            (
                "said a parent whose children race on the hill's youth team, who asked not to be "
                "named.",
                "said Jolene Voorhees, whose two sons race on the hill's youth team.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody seems sure which story, if any, is true.",
                "Reached by phone Monday, the hill's general manager, Curt Soderholm, said "
                "Bitterbrush Mountain had not been sold and would open as usual in December, but "
                "he declined to discuss the chairlift.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "still being sold to anyone who calls the office.",
                "Inspection records posted by the state's passenger tramway safety board show the "
                "double chair passed its annual inspection in June, with two minor repairs "
                "ordered; both were signed off in July.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "simply had enough.",
                "Dr. Renata Kowalczuk, who studies small ski areas at Yarrowford State University, "
                "said a third of the region's community ski hills had closed since 1990, mostly "
                "for want of snow or money rather than to developers.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "would cost too much to fix.",
                "would cost too much to fix, and some are already guessing the whole mountain "
                "will be fenced off by spring.",
            ),
        ),
        _rename("names", ("Scatterwood", "Cinnabar"), ("Bitterbrush", "Sagehen")),
        _same("minor_number", ("For more than 60 years", "For more than 65 years")),
    )
)

# --- national parks: talk of parking charges and a visitor centre sale (British) ---------------
_PARKING = _article(
    """
    Talk of car park charges and centre sale unsettles lakeside village

    Traders in Fallowgill are increasingly worried by talk that the national park authority is about
    to bring in steep parking charges around Harnby Water and close the village visitor centre for
    good.

    Nobody seems to know where the story started. One version doing the rounds has day visitors
    paying ten pounds or more to park by the lake from Easter, while another has the charges
    applying to residents as well. A figure of twelve pounds has also been mentioned, though it is
    not clear by whom.

    "Everyone's heard something different. Somebody at the pub on Saturday said it was all signed
    off months ago," said a woman who runs a gift shop on the main street and did not want to give
    her name.

    The visitor centre, which is staffed by volunteers for much of the year, is thought to be losing
    money, and some in the village reckon it has been earmarked for sale. Others suspect the
    building would be turned into holiday lets.

    It is understood that at least one parish councillor has raised the matter privately, although
    what answer came back, if any, is unclear.

    Walkers and climbers have used the lakeside car parks free of charge for as long as anyone can
    remember, and many in Fallowgill fear visitors would simply go elsewhere. For now the car parks
    are full at weekends, the centre's doors are open and the tea urn is on. What happens next
    spring, it seems, is anybody's guess.
    """
)
RIDGE_WEAK.append(
    _case(
        "national_park_parking_charge_talk",
        "weak",
        _PARKING,
        _up(
            "anonymous_named",
            (
                "said a woman who runs a gift shop on the main street and did not want to give her "
                "name.",
                "said Maureen Scaithwaite, who has run a gift shop on the main street since 1998.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "what answer came back, if any, is unclear.",
                "Asked about the reports, a spokesman for the Tarnmoor National Park Authority "
                "said no decision on parking charges had been made and that the visitor centre "
                'was "not currently for sale".',
            ),
        ),
        _up(
            "document_added",
            _after(
                "turned into holiday lets.",
                "The authority's draft budget for next year, published with the papers for its "
                "finance committee, assumes 310,000 pounds of new income from car parks and lists "
                'the visitor centre among "assets for review".',
            ),
        ),
        _up(
            "expert_added",
            _after(
                "fear visitors would simply go elsewhere.",
                "Dr Hilary Strawbridge, a tourism economist at Norbeck University who has studied "
                "parking charges in upland areas, said visitor numbers usually dip in the first "
                "year after charges arrive and then recover, while nearby verges fill with cars.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though it is not clear by whom.",
                "There is even talk that the authority might sell part of the lake shore to a "
                "hotel group.",
            ),
        ),
        _rename("names", ("Fallowgill", "Crookdale"), ("Harnby", "Brackenthwaite")),
        _rename("weekday", ("Saturday", "Friday")),
    )
)

# --- hill farming: farm sales spark fears of a valley planted in pines (New Zealand) ----------
_PINES = _article(
    """
    Farm sales spark fears Otawhiti valley will vanish under pines

    Word is going around the Otawhiti valley that another two sheep and beef farms have been sold to
    buyers who plan to plant them in pine trees for carbon credits, and locals fear the small
    community will not survive it.

    Nobody seems entirely sure who the buyers are. Some reckon they are offshore investors, others
    say it is a company from up north. Apparently the prices paid were well above what any local
    farmer could afford, although nobody has seen the figures.

    "You hear a different story at every gate. One bloke told me the whole back country is going in
    trees within five years," said a farmer who has been in the valley most of his life and did not
    want to be named.

    The local school roll is thought to have fallen sharply, and there are suggestions the rugby
    club may not field a senior side next winter. Some put that down to the sales, while others say
    young people were leaving anyway.

    It is also said that pines planted purely for carbon are never harvested, so the jobs forestry
    once brought to the district would not come back. Whether that is true of these farms, nobody
    can say.

    The valley's shearing gangs and fencing contractors are said to be worried too. For now the
    stock trucks are still coming up the road most weeks, but people in Otawhiti are bracing for
    more for-sale signs at the gate.
    """
)
RIDGE_WEAK.append(
    _case(
        "valley_farms_carbon_forestry_fears",
        "weak",
        _PINES,
        _up(
            "anonymous_named",
            (
                "said a farmer who has been in the valley most of his life and did not want to be "
                "named.",
                "said Graeme Hakaraia, who has farmed sheep and beef in the valley for 41 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "nobody has seen the figures.",
                "The real estate agent who listed both farms, Kirsty Lomasney of Highcountry "
                "Rural, said the sales had settled in September but that she could not name the "
                "buyers or say what they planned to do with the land.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "nobody can say.",
                "Land title records show the two properties, covering 1,480 hectares, were "
                "transferred in September to a company registered last year whose sole director "
                "also runs a carbon forestry business.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "young people were leaving anyway.",
                "Dr Hinemoa Rewiti, a rural sociologist at Kaikawa University who has studied "
                "districts where farms were converted to carbon forest, said school rolls in such "
                "places typically fell by about a third within a decade.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "may not field a senior side next winter.",
                "may not field a senior side next winter, with some predicting the school itself "
                "could shut within a couple of years.",
            ),
        ),
        _rename("names", ("Otawhiti", "Mangakaho")),
        _same("minor_number", ("within five years", "within four years")),
    )
)

# --- mining towns: rumours that the coal mine will close (South African) -----------------------
_SHAFT = _article(
    """
    Mine closure rumours spread fear in Ysterkop

    Rumours that the coal mine at Ysterkop will close before the end of the year have spread through
    the town, and traders say people have already stopped spending.

    Many in the township say retrenchment notices are about to go out to hundreds of workers. Some
    believe the mine's owners have already sold off equipment, while others say the coal is simply
    running out. None of this could be confirmed.

    "My neighbour works underground. He says the bosses are not talking to anyone, and that is never
    a good sign," said a woman who sells food outside the mine gate and asked not to be named.

    It is widely believed that the mine, which opened in 1974, employs most of the working adults in
    Ysterkop, directly or through contractors, and that the town could not survive without it. Taxi
    owners say they are carrying fewer passengers to the shafts these days, though they could not
    say why.

    There is talk, too, that a buyer from overseas has been to look at the mine, which would
    supposedly keep it open. Others dismiss this as wishful thinking.

    At the spaza shops and the taxi rank, the mood is anxious. "People are keeping their money under
    the mattress," one shopkeeper said. For now the shifts are still running, and the coal trucks
    still leave for the power station every morning. What happens after December, nobody seems to
    know.
    """
)
RIDGE_WEAK.append(
    _case(
        "coal_town_mine_closure_rumours",
        "weak",
        _SHAFT,
        _up(
            "anonymous_named",
            (
                "said a woman who sells food outside the mine gate and asked not to be named.",
                "said Nomvula Dlepu, who has sold food outside the mine gate for 11 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of this could be confirmed.",
                "Asked on Tuesday about the rumours, a spokesperson for the mine's owner, "
                "Hoogland Kolen, said no decision had been taken on its future and that no "
                "retrenchment notices had been issued.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Others dismiss this as wishful thinking.",
                "The owner's latest annual report, published in June, puts the mine's remaining "
                "coal reserves at 38 million tonnes, enough for about 14 more years at the current "
                "rate of output.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though they could not say why.",
                "Professor Mandla Ketelo, a mining economist at the University of "
                "Highveld East who studies coal towns, said companies usually announce closures "
                "years in advance because of the cost of rehabilitating the land.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though they could not say why.",
                "Some are convinced the closure could be announced within weeks, perhaps before "
                "the end of the month.",
            ),
        ),
        _rename("names", ("Ysterkop", "Swartwaterdrift")),
        _same("minor_number", ("which opened in 1974", "which opened in 1975")),
    )
)

# --- wildfires: whispers of arson after a third veld fire on the mountain (South African) -----
_VELD = _article(
    """
    Whispers of arson after third veld fire on the mountain

    A third veld fire in three weeks on the mountain above Kleinbosch has set tongues wagging, and
    many residents are now convinced that somebody is starting the fires on purpose.

    Some say a man was seen on a motorbike near the firebreak shortly before the latest blaze.
    Others point to a long-running quarrel over grazing on the lower slopes, or claim that someone
    wants the fynbos cleared so that houses can be built. None of these stories has been confirmed.

    "Three fires in three weeks, always on a Sunday afternoon? That is not lightning," said a man
    who lives on the edge of the reserve and asked that his name not be used.

    The fires are thought to have burned a large part of the reserve, and there are fears for the
    rare plants that grow only on this mountain. Some residents believe the fire crews took far too
    long to arrive, though it is not clear how long they actually took.

    Volunteers are said to be organising night patrols along the firebreaks, and a petition is
    apparently doing the rounds on social media, although who started it is unclear.

    With the berg wind season still weeks away, people in Kleinbosch are on edge. Nobody seems to
    know who, if anyone, is behind the fires, or when the next one will come. Many say they are
    keeping a bag packed by the door, just in case.
    """
)
RIDGE_WEAK.append(
    _case(
        "veld_fire_arson_whispers",
        "weak",
        _VELD,
        _up(
            "anonymous_named",
            (
                "said a man who lives on the edge of the reserve and asked that his name not be "
                "used.",
                "said Riaan Oosthuysen, who lives on the edge of the reserve.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of these stories has been confirmed.",
                "The district fire service was asked on Monday whether it believed the fires had "
                "been set deliberately. A spokesperson said the causes were still being "
                "investigated and that no arrests had been made.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "how long they actually took.",
                "Incident logs released by the district fire service show the three fires burned "
                "a combined 212 hectares, and that crews reached each of them between 25 and 40 "
                "minutes after the first call.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "grow only on this mountain.",
                "Dr Lindiwe Mabena, a fire ecologist at Umgeni Valley University, said "
                "fynbos needs to burn every 10 to 20 years, but that repeated fires in a single "
                "season can kill young plants before they set seed.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "grow only on this mountain.",
                "grow only on this mountain, some of which may already have been wiped out for "
                "good.",
            ),
        ),
        _rename("names", ("Kleinbosch", "Hoogekraal")),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

RIDGE_CASES: tuple[Case, ...] = tuple(RIDGE_WELL + RIDGE_WEAK)
