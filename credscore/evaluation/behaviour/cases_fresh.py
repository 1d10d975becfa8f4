"""A third, fresh set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
:mod:`.cases_holdout`: it is a third, independent set of twelve base articles (seven WELL
sourced, five WEAKLY sourced) and their variants, written afresh as a blind measurement. The
topics, people, places, organisations, figures and sentences are new and fictional; nothing is
copied from the other two sets, from any corpus or example, or from the web. The edits were
written from the definitions of good and bad sourcing alone, and no text in this module was
scored with a model or run through an extractor while it was written.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials and at least one document or dataset with figures,
  and usually reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and at least two ``up``
variants; each weak base has at least three ``up`` variants and one ``down``; every base has a
cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit, and the generic typography,
wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (0.5.0 model and extractors, 2026-12-02, before anything was changed with
this set in view): directional 0.824 (56 of 68), cosmetic 1.000, well - weak +73.9. Its
failures were then read; the classes they showed (rumour and open speculation the hedge
lexicon lacked, "asked about ..." as comment sought, "a man outside the post office" taken
for the post office, "it is said that" taken for a source) were fixed as classes, so the set
is no longer blind.
"""

from __future__ import annotations

from .cases import (
    Case,
    _after,
    _article,
    _case,
    _down,
    _paragraph_after,
    _remove,
    _rename,
    _same,
    _up,
)

FRESH_WELL: list[Case] = []
FRESH_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- sport: football club finances -----------------------------------------------------------
_CLUB = _article(
    """
    Hexley Rovers lost $9.4 million last season as wage bill soared, club accounts show

    Hexley Rovers, the second-division football club, lost $9.4 million in the season that
    ended in May, more than double the loss of the year before, according to annual accounts
    filed with the national companies registry on Friday.

    The accounts show that spending on player wages rose to $21.6 million, equal to 93 percent
    of the club's revenue. The league's own financial guidelines recommend that clubs keep wages
    below 70 percent.

    "We took a calculated risk to win promotion, and it did not come off," said Declan
    Moorcroft, the club's chairman. "The owners have covered every dollar of the shortfall, and
    they will keep doing so."

    Dr. Yvette Carraway, a senior lecturer in sports finance at Northmoor Business School who
    has studied club accounts for 15 years, said the numbers were alarming but not unusual in the
    division. "A club spending that share of its income on wages is betting its future on one
    result," she said.

    The same accounts show that the club owes $14 million to its owners, the Zeller family,
    in loans that can be called in at short notice.

    Bernadette Obiora, who chairs the Hexley Rovers Supporters' Trust, said fans wanted the
    loans turned into shares. "If the family ever walks away, that debt walks out the door with
    them, and so could the ground," she said.

    The league said in a statement that it was reviewing the filing. A representative of the
    Zeller family did not respond to requests for comment.
    """
)
FRESH_WELL.append(
    _case(
        "football_club_losses",
        "well",
        _CLUB,
        _down(
            "named_to_anonymous",
            (
                "said Declan Moorcroft, the club's chairman.",
                "said a person close to the club's board, who spoke on condition of anonymity.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Hexley Rovers lost $9.4 million last season as wage bill soared, club accounts "
                "show",
                "Hexley Rovers in the red as wage bill soars",
            ),
            (
                "lost $9.4 million in the season that ended in May, more than double the loss of "
                "the year before, according to annual accounts filed with the national companies "
                "registry on Friday.",
                "lost heavily in the season that ended in May.",
            ),
            _remove(
                "The accounts show that spending on player wages rose to $21.6 million, equal to "
                "93 percent of the club's revenue. The league's own financial guidelines "
                "recommend that clubs keep wages below 70 percent.\n\n"
            ),
            (
                "The same accounts show that the club owes $14 million to its owners,",
                "The club also owes money to its owners,",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Yvette Carraway, a senior lecturer in sports finance at Northmoor Business "
                "School who has studied club accounts for 15 years, said the numbers were "
                'alarming but not unusual in the division. "A club spending that share of its '
                'income on wages is betting its future on one result," she said.',
                "The numbers are alarming, if not unusual in the division: a club spending that "
                "share of its income on wages is betting its future on one result.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'and so could the ground," she said.',
                "There are whispers in the stands that the family has already been talking to "
                "buyers from overseas and could sell up before Christmas.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "keep wages below 70 percent.",
                "A report published in March by the league's financial monitoring unit listed "
                "Rovers among six clubs in the division whose total debts exceeded their annual "
                "revenue.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "in loans that can be called in at short notice.",
                "Leontine Olowe, a chartered accountant who has advised three clubs through "
                'insolvency proceedings, said loans on those terms left a club "one phone call '
                'away from administration."',
            ),
        ),
        _rename(
            "names",
            ("Hexley", "Kelverton"),
            ("Declan", "Rafferty"),
            ("Moorcroft", "Lyle"),
            ("Yvette", "Seraphine"),
            ("Carraway", "Osterhout"),
            ("Northmoor", "Fairlight"),
            ("Zeller", "Dambrosio"),
            ("Bernadette", "Niamh"),
            ("Obiora", "Horvath"),
        ),
        _same("minor_number", ("owes $14 million", "owes $14.5 million")),
    )
)

# --- public safety: apartment block fire -----------------------------------------------------
_FIRE = _article(
    """
    Fire at Merrow House tower forces out 140 residents

    A fire that started in a seventh-floor kitchen of Merrow House, a 14-storey apartment block
    in Orrisdale, forced about 140 residents from their homes early on Sunday and sent five
    people to hospital with smoke inhalation, the fire service said.

    "The fire itself was contained to two flats. The smoke was the problem, because it went
    where it should never have been able to go," said Station Commander Agnieszka Trelawny of
    the Orrisdale Fire and Rescue Service.

    An inspection report issued in March by the city's building safety office, and seen by this
    newspaper, found that 23 of the building's 56 fire doors did not close properly and ordered
    the owner to repair them within 90 days. Council records show that no follow-up inspection
    took place.

    Professor Bertram Nakashima-Reid, a fire safety engineer at Carrowfield University who has
    advised the national building regulator, said doors that fail to close by themselves are one
    of the most common reasons smoke spreads through tall buildings. "A fire door that stays open
    is just a hole in the wall," he said.

    Resident Dolores Arrieta, 67, said she had reported a broken door on her landing twice last
    year. "I was told it was on the list," she said.

    The building is owned by Tessaline Property Group. In an emailed statement, its managing
    director, Graham Ajayi, said the company had "begun a full review" and was paying for hotel
    rooms for displaced tenants. He did not say whether the faulty doors had been repaired.
    """
)
FRESH_WELL.append(
    _case(
        "tower_block_fire",
        "well",
        _FIRE,
        _down(
            "named_to_anonymous",
            (
                "said Station Commander Agnieszka Trelawny of the Orrisdale Fire and Rescue "
                "Service.",
                "said one firefighter at the scene.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "An inspection report issued in March by the city's building safety office, and "
                "seen by this newspaper, found that 23 of the building's 56 fire doors did not "
                "close properly and ordered the owner to repair them within 90 days. Council "
                "records show that no follow-up inspection took place.",
                "There had been concerns about the building's fire doors for some time.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Resident Dolores Arrieta, 67, said she had reported a broken door on her landing "
                'twice last year. "I was told it was on the list," she said.',
                "Broken doors in the building had been reported more than once last year.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'is just a hole in the wall," he said.',
                "There is talk among neighbours that the fire was no accident, though nobody has "
                "offered any evidence for it.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "no follow-up inspection took place.",
                "Call-out logs released by the fire service under the state's public records law "
                "show that crews were sent to Merrow House 11 times in the past two years, four "
                "of them for fires in the bin store.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "whether the faulty doors had been repaired.",
                "Asked why no follow-up inspection was made, Fenella Brodsky, who heads the "
                "building safety office, said her staff had been told by the owner in June that "
                "the work was finished and that the office would now check every door itself.",
            ),
        ),
        _rename(
            "names",
            ("Merrow", "Castlegate"),
            ("Orrisdale", "Ravensby"),
            ("Agnieszka", "Tabitha"),
            ("Trelawny", "Chukwuma"),
            ("Bertram", "Ruben"),
            ("Nakashima-Reid", "Halloran"),
            ("Carrowfield", "Brightling"),
            ("Dolores", "Edith"),
            ("Arrieta", "Dobrev"),
            ("Tessaline", "Cordell"),
            ("Graham", "Nikhil"),
            ("Ajayi", "Lockwood"),
        ),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

# --- politics: local election recount --------------------------------------------------------
_RECOUNT = _article(
    """
    Recount confirms Tenley ward result after 41 ballots found in wrong box

    A full recount on Thursday confirmed that Geraldine Gethin-Marr won the Tenley ward seat on
    the Wexcombe city council by 37 votes, after election staff found 41 uncounted ballots in a
    box labelled for a neighbouring ward.

    "The process caught the error, which is exactly what a recount is for," said Mortimer
    Quayle, Wexcombe's returning officer, who ordered the recount on Monday at the request of the
    runner-up.

    According to the official declaration published by the council, Gethin-Marr received 1,904
    votes to 1,867 for Cuthbert Fairweather, the incumbent. Turnout was 31.2 percent.

    Fairweather said he accepted the result but wanted an explanation. "Forty-one people's votes
    sat in a cupboard for three days. I'd like to know how," he said.

    Dr. Honora Blaylock, a lecturer in electoral administration at the University of Stenmouth
    who has observed counts in several countries, said misfiled ballot boxes were rare but not
    unheard of. "What matters is whether the seals were intact and the chain of custody was
    logged, and from what has been published, it was," she said.

    The council's count log, released on Friday, shows that the box was sealed at 10:04 p.m. on
    election night and not opened until the recount.

    Gethin-Marr said she would take her seat next week. Quayle's office said it would review how
    the box came to be labelled for the wrong ward.
    """
)
FRESH_WELL.append(
    _case(
        "election_recount",
        "well",
        _RECOUNT,
        _down(
            "named_to_anonymous",
            (
                "said Mortimer Quayle, Wexcombe's returning officer, who ordered the recount on "
                "Monday at the request of the runner-up.",
                "said an official involved in the count, who asked not to be named.",
            ),
            ("Quayle's office said it would", "Election officials said they would"),
        ),
        _down(
            "documents_removed",
            (
                "According to the official declaration published by the council, Gethin-Marr "
                "received 1,904 votes to 1,867 for Cuthbert Fairweather, the incumbent. Turnout "
                "was 31.2 percent.",
                "Gethin-Marr narrowly beat Cuthbert Fairweather, the incumbent.",
            ),
            _remove(
                "The council's count log, released on Friday, shows that the box was sealed at "
                "10:04 p.m. on election night and not opened until the recount.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                'Fairweather said he accepted the result but wanted an explanation. "Forty-one '
                "people's votes sat in a cupboard for three days. I'd like to know how,\" he said.",
                "The result stands, but nobody has explained how 41 votes sat in a cupboard for "
                "three days.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "I'd like to know how,\" he said.",
                "Some of his supporters suspect the box was tucked away on purpose, though they "
                "have not said by whom or why.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Turnout was 31.2 percent.",
                "Polling station records show that 612 ballots were issued at the Tenley "
                "community hall, where the misfiled box came from, and that all 612 were "
                "accounted for after the recount.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "labelled for the wrong ward.",
                "Asked how the ballots were missed, the council's chief executive, Ottoline "
                "Baptiste, said in a written reply that the presiding officer at the hall had "
                "been interviewed and that an internal report would be published within a month.",
            ),
        ),
        _rename(
            "names",
            ("Tenley", "Greywell"),
            ("Geraldine", "Winsome"),
            ("Gethin-Marr", "Hakobyan"),
            ("Wexcombe", "Harnley"),
            ("Mortimer", "Anton"),
            ("Quayle", "Deverill"),
            ("Cuthbert", "Crispin"),
            ("Fairweather", "Ezeani"),
            ("Honora", "Beatrice"),
            ("Blaylock", "Kilgannon"),
            ("Stenmouth", "Colbury"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
    )
)

# --- environment: coastal erosion ------------------------------------------------------------
_COAST = _article(
    """
    Coast road south of Gullhaven to close for good as cliffs retreat, survey finds

    The Marlstone County Council will permanently close a 1.8-mile stretch of the coast road
    south of Gullhaven next month, after a geological survey found that the cliff edge had moved
    to within 13 feet of the roadway.

    The survey, carried out in January by the consultancy Brackley Ground Engineering for the
    council, measured an average retreat of 4.2 feet a year along that stretch since 2015,
    roughly three times the rate recorded in the previous decade.

    "We have patched that road for twenty years. The sea has simply won," said Councillor
    Evangeline Torvik, who chairs the council's highways committee.

    Dr. Samir Ketteridge, a coastal geomorphologist at the Ardloch Institute of Marine Science,
    said the faster retreat matched what he had seen on other soft-clay coasts. "Wetter winters
    and bigger storm surges are taking bites out of cliffs that used to lose a few inches a
    year," he said.

    The closure will add about 14 minutes to journeys between Gullhaven and the market town of
    Penwarra, according to the council's traffic assessment. Farmers on the seaward side say
    they will be left with a single-track lane.

    "My milk tanker cannot get down that lane, full stop," said Hamish Tregothnan, who runs a
    90-cow dairy farm beside the road.

    The council said it was seeking money from the national government for a new inland route.
    The national Infrastructure Ministry did not respond to a request for comment.
    """
)
FRESH_WELL.append(
    _case(
        "coast_road_erosion",
        "well",
        _COAST,
        _down(
            "named_to_anonymous",
            (
                "said Councillor Evangeline Torvik, who chairs the council's highways committee.",
                "said one councillor.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "as cliffs retreat, survey finds",
                "as cliffs retreat",
            ),
            (
                "after a geological survey found that the cliff edge had moved to within 13 feet "
                "of the roadway.",
                "amid fears that the cliff edge is getting too close to the roadway.",
            ),
            _remove(
                "The survey, carried out in January by the consultancy Brackley Ground Engineering "
                "for the council, measured an average retreat of 4.2 feet a year along that "
                "stretch since 2015, roughly three times the rate recorded in the previous "
                "decade.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Samir Ketteridge, a coastal geomorphologist at the Ardloch Institute of "
                "Marine Science, said the faster retreat matched what he had seen on other "
                'soft-clay coasts. "Wetter winters and bigger storm surges are taking bites out of '
                'cliffs that used to lose a few inches a year," he said.',
                "The faster retreat is typical of soft-clay coasts, where wetter winters and "
                "bigger storm surges are taking bites out of cliffs that used to lose a few "
                "inches a year.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "left with a single-track lane.",
                "Some in Gullhaven suspect the council has wanted to stop paying for the road for "
                "years and is using the cliffs as a convenient excuse.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the rate recorded in the previous decade.",
                "Council budget papers show that $2.3 million has been spent on emergency repairs "
                "to the same stretch since 2012, including $640,000 after a partial collapse in "
                "2021.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "a 90-cow dairy farm beside the road.",
                "Prudence Drummond-Vale, a rural transport researcher at Kellgate University who "
                "has studied road closures on eroding coasts, said such closures often hit "
                "emergency services hardest, and estimated that ambulances would take at least "
                "ten minutes longer to reach the coastal hamlets.",
            ),
        ),
        _rename(
            "names",
            ("Gullhaven", "Seacombe"),
            ("Marlstone", "Redcastle"),
            ("Brackley", "Quinnell"),
            ("Evangeline", "Esther"),
            ("Torvik", "Lindsay"),
            ("Samir", "Conrad"),
            ("Ketteridge", "Ngcobo"),
            ("Ardloch", "Glenholm"),
            ("Penwarra", "Lowmoor"),
            ("Hamish", "Ewan"),
            ("Tregothnan", "Pascoe"),
        ),
        _same("minor_number", ("90-cow dairy farm", "85-cow dairy farm")),
    )
)

# --- welfare: food bank demand ----------------------------------------------------------------
_PANTRY = _article(
    """
    Food bank demand in Castelford up 38 percent, charity's figures show

    The Castelford Community Pantry handed out 41,200 food parcels in the twelve months to
    September, up 38 percent on the year before, according to figures the charity published on
    Tuesday.

    The charity's annual report shows that working families made up 44 percent of those
    referred, compared with 29 percent two years ago, and that referrals from doctors' surgeries
    had nearly doubled.

    "We used to see people in crisis. Now we see people in work who simply cannot make the month
    last," said Abigail Tembo-Grant, the pantry's director. She said the charity had started
    rationing some items, including baby formula.

    Dr. Barnaby Trevanion, an economist at the University of Larchmont who studies household
    budgets, said the figures matched national data showing rents and energy bills rising faster
    than wages among low earners. "Food is the one bill people can cut, so food banks are where
    the squeeze shows up first," he said.

    Teodor Ruskin, a volunteer who has packed parcels every Saturday for six years, said queues
    now form before the doors open. "Last week we turned away eleven families at closing time,"
    he said.

    Castelford Borough Council, which cut its emergency hardship fund by a third this year, said
    in a statement that it was "working closely with the voluntary sector." Councillor Euphemia
    Kamara, the cabinet member for communities, declined to be interviewed.
    """
)
FRESH_WELL.append(
    _case(
        "food_bank_demand",
        "well",
        _PANTRY,
        _down(
            "named_to_anonymous",
            (
                "said Abigail Tembo-Grant, the pantry's director. She said the charity",
                "said one person who works at the pantry. The charity, she said,",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Food bank demand in Castelford up 38 percent, charity's figures show",
                "Food bank demand in Castelford soaring",
            ),
            (
                "handed out 41,200 food parcels in the twelve months to September, up 38 percent "
                "on the year before, according to figures the charity published on Tuesday.",
                "has been handing out far more food parcels this year than last, it emerged on "
                "Tuesday.",
            ),
            (
                "The charity's annual report shows that working families made up 44 percent of "
                "those referred, compared with 29 percent two years ago, and that referrals from "
                "doctors' surgeries had nearly doubled.",
                "More working families seem to be turning up than before.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Teodor Ruskin, a volunteer who has packed parcels every Saturday for six years, "
                'said queues now form before the doors open. "Last week we turned away eleven '
                'families at closing time," he said.',
                "Queues now form before the doors open, and eleven families were turned away at "
                "closing time last week.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "declined to be interviewed.",
                "Some volunteers suspect the council is quietly counting on charities to fill the "
                "gap so that it can scrap the fund altogether.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "declined to be interviewed.",
                "The council's published budget shows the hardship fund falling from $1.2 "
                "million last year to $800,000 this year, while applications to it rose by a "
                "quarter.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'shows up first," he said.',
                "Dr. Hildegard Achter, a public health nutritionist at Harrowgate Medical School, "
                "said her research had linked months of reliance on emergency parcels, which are "
                "low in fresh food, to higher rates of anaemia in young children.",
            ),
        ),
        _rename(
            "names",
            ("Castelford", "Wyndham"),
            ("Abigail", "Florence"),
            ("Tembo-Grant", "Kowalski"),
            ("Barnaby", "Percy"),
            ("Trevanion", "Quarshie"),
            ("Larchmont", "Eastbury"),
            ("Teodor", "Wendell"),
            ("Ruskin", "Mahoney"),
            ("Euphemia", "Marjorie"),
            ("Kamara", "Falkner"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
    )
)

# --- energy: offshore wind farm --------------------------------------------------------------
_WIND = _article(
    """
    Regulator approves 48-turbine wind farm off Skerrow Point despite fishermen's objections

    The state Energy Siting Board on Wednesday approved a 48-turbine wind farm about 14 miles
    off Skerrow Point, rejecting objections from local fishing crews who say the project will
    close some of their best scallop grounds.

    The board's written decision, which runs to 112 pages, requires the developer, Northwind
    Tidal, to fund a $3 million compensation scheme for fishing businesses and to pause
    pile-driving during the spring spawning season.

    "This is the largest single source of clean power this state has ever approved, and we did
    not approve it lightly," said Lucinda Haverford, the board's chair.

    Eamon Brackenridge, a skipper who fishes out of Skerrow harbour and speaks for the
    Skerrow Fishermen's Cooperative, said $3 million would not go far. "There are 60 boats in
    this harbour. Do the math," he said.

    Dr. Folasade Marchbank, a marine ecologist at the Callender Oceanographic Institute, said
    studies of older wind farms had found that fish often gather around turbine foundations, but
    that scallop beds disturbed by construction can take years to recover. "Both things can be
    true at once," she said.

    The project's environmental impact statement estimates that the farm will generate enough
    electricity for about 310,000 homes.

    Northwind Tidal's project director, Ruairi Vasquez-Thorne, said the company would meet
    fishermen next month to set up the compensation fund. The cooperative said it was
    considering an appeal.
    """
)
FRESH_WELL.append(
    _case(
        "offshore_wind_approval",
        "well",
        _WIND,
        _down(
            "named_to_anonymous",
            (
                "Eamon Brackenridge, a skipper who fishes out of Skerrow harbour and speaks for "
                "the Skerrow Fishermen's Cooperative, said",
                "One skipper, who did not want to be identified, said",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The board's written decision, which runs to 112 pages, requires the developer, "
                "Northwind Tidal, to fund a $3 million compensation scheme for fishing businesses "
                "and to pause pile-driving during the spring spawning season.",
                "The developer, Northwind Tidal, will reportedly have to set aside about $3 "
                "million for fishing businesses.",
            ),
            _remove(
                "The project's environmental impact statement estimates that the farm will "
                "generate enough electricity for about 310,000 homes.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Folasade Marchbank, a marine ecologist at the Callender Oceanographic "
                "Institute, said studies of older wind farms had found that fish often gather "
                "around turbine foundations, but that scallop beds disturbed by construction can "
                'take years to recover. "Both things can be true at once," she said.',
                "Fish often gather around turbine foundations, but scallop beds disturbed by "
                "construction can take years to recover.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "considering an appeal.",
                "Rumours in the harbour have it that some board members had ties to the "
                "developer, though no one has produced anything to back that up.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "for about 310,000 homes.",
                "State landings data show that scallop boats based at Skerrow Point brought in "
                "a catch worth $18.7 million last year, about a fifth of it from the area where "
                "the turbines will stand.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'Do the math," he said.',
                "Caspar Lindgaard, a fisheries economist at Hallowfield University who has "
                "reviewed compensation schemes at five offshore wind sites, said payments had "
                "typically covered between one and three years of lost catch.",
            ),
        ),
        _rename(
            "names",
            ("Skerrow", "Brineholm"),
            ("Northwind", "Seaborne"),
            ("Lucinda", "Gertrude"),
            ("Haverford", "Mwangi"),
            ("Eamon", "Colm"),
            ("Brackenridge", "Fitzwilliam"),
            ("Folasade", "Ingeborg"),
            ("Marchbank", "Tamura"),
            ("Callender", "Ravensworth"),
            ("Ruairi", "Benedikt"),
            ("Vasquez-Thorne", "Babatunde"),
        ),
        _rename("weekday", ("Wednesday", "Monday")),
        _same("minor_number", ("There are 60 boats", "There are 62 boats")),
    )
)

# --- environment: sewage and beach closures --------------------------------------------------
_SEWAGE = _article(
    """
    Sewage overflows closed Pendry Bay beaches on 27 days this summer

    Beaches along Pendry Bay were closed to swimmers on 27 days between June and August because
    of sewage released by the regional water company, Corrow Water, according to overflow data
    the company was required to publish for the first time this year.

    The data show that the storm overflow at Kittiwake Lane, which empties into the bay,
    discharged untreated sewage for a total of 612 hours over the summer, more than any other
    outlet in the region.

    "My granddaughter learned to swim here. This summer I had to tell her she couldn't go in,"
    said Maureen Galbraith-Ode, who founded the Pendry Bay Sea Swimmers club in 2011. The club
    has 340 members.

    Dr. Florian Deverell, a microbiologist at Fernhollow University who tests bathing water for
    the state environment agency, said the bay's shallow, enclosed shape meant bacteria lingered
    longer than on open coasts. "After a big discharge, you can still find E. coli at unsafe
    levels two or three days later," he said.

    Corrow Water said in a statement that the Kittiwake Lane overflow operated "only during
    heavy rainfall, as permitted," and that it planned to spend $42 million on storage tanks by
    2030. Its head of environmental performance, Gwendolyn Truscott, said the company "shares
    residents' frustration."

    State environment agency records show that the company was fined twice, in 2022, for
    unpermitted discharges from the same outlet.
    """
)
FRESH_WELL.append(
    _case(
        "sewage_beach_closures",
        "well",
        _SEWAGE,
        _down(
            "named_to_anonymous",
            (
                "said Maureen Galbraith-Ode, who founded the Pendry Bay Sea Swimmers club in 2011. "
                "The club has 340 members.",
                "said one regular swimmer.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to overflow data the company was required to publish for the first "
                "time this year.",
                ".",
            ),
            (
                "The data show that the storm overflow at Kittiwake Lane, which empties into the "
                "bay, discharged untreated sewage for a total of 612 hours over the summer, more "
                "than any other outlet in the region.",
                "Much of it is thought to come from the storm overflow at Kittiwake Lane, which "
                "empties into the bay.",
            ),
            _remove(
                "\n\nState environment agency records show that the company was fined twice, in "
                "2022, for unpermitted discharges from the same outlet."
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Florian Deverell, a microbiologist at Fernhollow University who tests bathing "
                "water for the state environment agency, said the bay's shallow, enclosed shape "
                'meant bacteria lingered longer than on open coasts. "After a big discharge, you '
                'can still find E. coli at unsafe levels two or three days later," he said.',
                "The bay's shallow, enclosed shape means bacteria linger longer than on open "
                "coasts, and E. coli can stay at unsafe levels for two or three days after a big "
                "discharge.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'the company "shares residents\' frustration."',
                "Some swimmers believe the company lets sewage out on dry days too, when it "
                "assumes nobody is watching.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "more than any other outlet in the region.",
                "Water samples taken by the state environment agency on 19 days in July found "
                "E. coli above the bathing limit on seven of them.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "unpermitted discharges from the same outlet.",
                "Asked whether this summer's discharges had broken the permit, the agency's "
                "regional manager, Idris Kolawole, said an investigation was under way and that a "
                "decision on enforcement was expected by December.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "The club has 340 members.",
                "Dr. Saoirse Kristiansen, a public health physician at Fernhollow General "
                "Hospital, said doctors in the area had seen a rise in stomach infections among "
                "swimmers after each major discharge.",
            ),
        ),
        _rename(
            "names",
            ("Pendry", "Hollowell"),
            ("Corrow", "Tidewell"),
            ("Kittiwake", "Ferrier"),
            ("Maureen", "Agatha"),
            ("Galbraith-Ode", "Mizrahi"),
            ("Florian", "Dominic"),
            ("Deverell", "Ekwueme"),
            ("Fernhollow", "Kingsreach"),
            ("Gwendolyn", "Millicent"),
            ("Truscott", "Petrakis"),
        ),
        _same("minor_number", ("The club has 340 members.", "The club has 350 members.")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- culture: cinema closure rumour ----------------------------------------------------------
_CINEMA = _article(
    """
    Is the Roxburgh Picture House about to go dark for good?

    Film fans in Amberley have been buzzing all week with the same worrying story: the Roxburgh
    Picture House, the town's last cinema, may be shutting its doors before the end of the year.

    Nobody seems to know exactly where the talk began. Some say the owners have already been
    offered a small fortune by a supermarket chain. Others insist the building has been quietly
    put up for sale, and that the staff are being kept in the dark.

    "You can just feel it when you go in. Half the seats are broken and nobody fixes anything
    anymore," one regular said after a Friday night showing.

    It is believed that ticket sales have collapsed since the pandemic, and there are claims
    that the heating has not worked properly for two winters. Some people online even say the
    projector was repossessed, although that could not be confirmed.

    It is hard not to think the worst. Cinemas like this one are disappearing all over the
    country, and it would be naive to think Amberley is any different.

    Whatever is going on, the people who love this place deserve to be told before the lights go
    out. Until then, the rumours will keep spreading.
    """
)
FRESH_WEAK.append(
    _case(
        "cinema_closure_rumour",
        "weak",
        _CINEMA,
        _up(
            "anonymous_named",
            (
                "one regular said after a Friday night showing.",
                "said Percival Ong-Hartley, who has run the Amberley Film Society's monthly "
                "screenings at the cinema since 2009.",
            ),
        ),
        _up(
            "document_added",
            (
                "It is believed that ticket sales have collapsed since the pandemic,",
                "Accounts filed by the cinema's operating company show that it sold about 38,500 "
                "tickets last year, down from 61,000 in 2019,",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "it would be naive to think Amberley is any different.",
                "Dr. Araminta Ulverston, who studies the film exhibition business at Thornbury "
                "University, said independent single-screen cinemas had been closing at a rate "
                "of about one a month nationally, mostly because of repair bills rather than "
                "falling audiences.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the rumours will keep spreading.",
                "Reached by phone, the cinema's owner, Isadora Kimathi, said the building was "
                "not for sale and that the cinema had bookings through next spring.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "although that could not be confirmed.",
                "There is even a theory going around that the council wants the site for a car "
                "park and has been leaning on the owners to sell.",
            ),
        ),
        _rename("names", ("Roxburgh", "Palladian"), ("Amberley", "Wickenden")),
        _rename("weekday", ("Friday", "Saturday")),
    )
)

# --- planning: quarry blasting complaints ----------------------------------------------------
_QUARRY = _article(
    """
    Residents blame quarry blasts for cracked walls in Hollin Vale

    Something is shaking the houses of Hollin Vale, and many residents are sure they know what it
    is: the blasting at the quarry on the hill.

    People on at least four streets say cracks have been appearing in their walls and ceilings
    for months. Some claim the explosions have become louder and more frequent since the quarry
    changed hands last year, and there are rumours that the new operator is digging deeper than
    it is allowed to.

    "The whole kitchen rattles, the plates jump. It never used to be like this," said one woman
    who has lived in the village for decades.

    Others say the problem may be much worse than cracked plaster. Talk in the village pub is
    that the foundations of the primary school could be affected, and some parents are
    reportedly thinking about keeping their children at home.

    It is said that the quarry has been fined in the past, though nobody seems sure when or for
    what. Many residents feel that nobody in authority is listening.

    Whatever the cause, it seems clear that something has changed. People here just want the
    shaking to stop, and they want someone to take responsibility for the damage.
    """
)
FRESH_WEAK.append(
    _case(
        "quarry_blasting_cracks",
        "weak",
        _QUARRY,
        _up(
            "anonymous_named",
            (
                "said one woman who has lived in the village for decades.",
                "said Winifred Colley-Rowe, 74, who has lived on Quarry Road for 41 years.",
            ),
        ),
        _up(
            "document_added",
            (
                "It is said that the quarry has been fined in the past, though nobody seems sure "
                "when or for what.",
                "County enforcement records show that the quarry's previous operator was fined "
                "$18,000 in 2019 after three blasts exceeded its permitted vibration limit.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "digging deeper than it is allowed to.",
                "Rajesh Vellacott, a chartered structural engineer who lectures at Dunleary "
                "Polytechnic, said hairline cracks can have many causes, including clay soils "
                "shrinking in dry weather, and that only vibration monitoring could show whether "
                "the quarry was to blame.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "take responsibility for the damage.",
                "The quarry's operator, Granmoor Aggregates, said in reply to questions that "
                "seismographs at four homes had recorded every blast this year within permitted "
                "limits; its site manager, Ambrosius Oduwole, offered to share the readings.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "keeping their children at home.",
                "Some in the village even suspect the council has known about the damage all "
                "along and chosen to look the other way.",
            ),
        ),
        _rename("names", ("Hollin", "Brackenfold")),
        _same("minor_number", ("at least four streets", "at least five streets")),
    )
)

# --- local politics: expenses rumour ---------------------------------------------------------
_EXPENSES = _article(
    """
    Questions swirl over council leader's travel spending

    Whispers have been circulating around Dunsford town hall for weeks about the travel spending
    of council leader Bartholomew Keane, and they are getting harder to ignore.

    According to people who claim to know, Keane has taken several expensive trips abroad at
    taxpayers' expense over the past two years, supposedly to attend conferences. Some say the
    bills ran into tens of thousands, and at least one trip is said to have included a stay at a
    luxury resort.

    "Everyone in the building knows. It's an open secret," one insider said.

    It is not clear whether any rules were broken. But critics argue that at a time when the
    council is closing libraries, even the appearance of extravagance is a problem. Some believe
    other senior officials may have gone on the trips too.

    There is also talk that a complaint was filed months ago and quietly dropped, although
    nobody has been able to say who made it or why it went nowhere.

    Residents deserve to know how their money is being spent. Until the council opens its books,
    the suspicion will not go away.
    """
)
FRESH_WEAK.append(
    _case(
        "council_leader_expenses",
        "weak",
        _EXPENSES,
        _up(
            "anonymous_named",
            (
                '"Everyone in the building knows. It\'s an open secret," one insider said.',
                '"Everyone in the building knows. It\'s an open secret," said Councillor Giles '
                "Featherstone, an opposition member of the council's audit committee.",
            ),
        ),
        _up(
            "document_added",
            (
                "Some say the bills ran into tens of thousands, and at least one trip is said to "
                "have included a stay at a luxury resort.",
                "Expense records released under the state's public records law show the council "
                "paid $23,600 for four of his overseas trips since 2023, including $6,900 for "
                "five nights at a resort hotel.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "they are getting harder to ignore.",
                "A spokesperson for Keane said every trip had been approved in advance by the "
                "council's standards officer and offered to provide copies of the approvals.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "even the appearance of extravagance is a problem.",
                "Dr. Philomela Gorringe, who teaches public-sector ethics at Ellerby University, "
                "said most councils require overseas travel by elected members to be approved in "
                "advance and published within a month.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "why it went nowhere.",
                "One can only wonder whether the trips had anything to do with conferences at all.",
            ),
        ),
        _rename(
            "names",
            ("Dunsford", "Tolverne"),
            ("Bartholomew", "Roderick"),
            ("Keane", "Albright"),
        ),
        _same("minor_number", ("over the past two years", "over the past three years")),
    )
)

# --- development: casino rumour --------------------------------------------------------------
_CASINO = _article(
    """
    Is a casino coming to the old Weldon mill?

    The empty Weldon textile mill on the banks of the Teale river has stood silent for nearly 20
    years. Now, if the rumours are true, it could soon be filled with slot machines.

    Word around Thistlebridge is that a big gaming company has its eye on the building and wants
    to turn it into a casino and hotel. Some people say a deal is already done. Others think the
    idea is nothing more than gossip that got out of hand.

    "My cousin heard it from a guy who does surveying work. He says they've been measuring the
    place for months," a man outside the post office said.

    Supporters reportedly believe a casino would bring hundreds of jobs. Opponents fear more
    crime, more traffic and more gambling problems, and some suspect local politicians have been
    promised something in return for looking the other way.

    It is not known whether the company has applied for a licence, or whether the owners of the
    mill would even sell. Nobody involved has said anything in public.

    For now, Thistlebridge is left to guess. If something really is being planned, people have
    the right to hear about it before the bulldozers arrive, not after.
    """
)
FRESH_WEAK.append(
    _case(
        "mill_casino_rumour",
        "weak",
        _CASINO,
        _up(
            "anonymous_named",
            (
                "a man outside the post office said.",
                "said Fintan Adebisi, who runs the hardware shop next to the post office.",
            ),
        ),
        _up(
            "document_added",
            (
                "It is not known whether the company has applied for a licence, or whether the "
                "owners of the mill would even sell.",
                "The state gaming commission's public register lists no casino licence "
                "application anywhere in the county this year, and council planning records "
                "show only one proposal for the mill since 2020, to convert it into 46 "
                "apartments.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "Nobody involved has said anything in public.",
                "Asked about the rumours, Cormac Ellingsworth, whose family trust owns the mill, "
                'said he had "never spoken to a casino company in my life" and that the building '
                "was not for sale.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "in return for looking the other way.",
                "Dr. Annelise Vantongeren, an economist at Rennick University who has studied "
                "casino openings in small towns, said new casinos typically create between 300 "
                "and 600 jobs, but that research on their effect on local crime was mixed.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "nothing more than gossip that got out of hand.",
                "Either way, it would hardly be surprising if the whole thing had been settled "
                "behind closed doors long ago.",
            ),
        ),
        _rename(
            "names",
            ("Weldon", "Garside"),
            ("Teale", "Wensum"),
            ("Thistlebridge", "Corvedale"),
        ),
        _same("minor_number", ("nearly 20 years", "nearly 19 years")),
    )
)

# --- animals: poisoned bait scare ------------------------------------------------------------
_BAIT = _article(
    """
    Poisoned treats left in Copperfield parks, dog owners claim

    Dog owners in Copperfield are on edge after claims spread online that someone has been
    leaving poisoned treats along the paths in the town's parks.

    According to posts shared more than 3,000 times, several dogs have fallen ill after walks in
    Medlar Park and along the canal, and at least one is said to have died. Some owners say
    they have found meatballs stuffed with what looked like blue pellets, possibly rat poison.

    "I'm not letting mine off the lead anywhere now. You just don't know who's out there," one
    dog walker said.

    Who might be behind it is anyone's guess. Some blame a neighbour who has complained about dog
    mess, while others think it could be a prank by teenagers. There are even rumours that the
    same thing happened in a nearby town last year and nobody was ever caught.

    It is unclear how many of the reports are genuine and how many are simply people panicking.
    Still, many owners are not taking any chances.

    Until the truth comes out, people are being urged to keep their dogs close and to watch what
    they pick up.
    """
)
FRESH_WEAK.append(
    _case(
        "dog_bait_scare",
        "weak",
        _BAIT,
        _up(
            "anonymous_named",
            (
                "one dog walker said.",
                "said Serafina Adewale, who walks her two spaniels in Medlar Park every morning.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "possibly rat poison.",
                "Dr. Magnus Dalgliesh, a veterinary toxicologist at Rowanbrook Veterinary "
                "College, said vomiting or bleeding gums a day or two after a walk could point to "
                "rat poison, and urged owners to take any suspect bait to a vet for testing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "how many are simply people panicking.",
                "Treatment records from the Copperfield Animal Hospital, shared with this "
                "newspaper, show it treated five dogs for rat-poison symptoms in the past three "
                "weeks, compared with one in the same weeks last year.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to watch what they pick up.",
                "Copperfield police, asked about the reports, said they had received four "
                "complaints of suspected bait since March and had sent two samples for "
                "laboratory testing.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "could be a prank by teenagers.",
                "Some owners are convinced the poisoner must live right beside the park, and it "
                "may only be a matter of time before a child picks one up.",
            ),
        ),
        _rename("names", ("Copperfield", "Thornaby"), ("Medlar", "Hazelmere")),
        _same("minor_number", ("more than 3,000 times", "more than 3,200 times")),
    )
)

FRESH_CASES: tuple[Case, ...] = tuple(FRESH_WELL + FRESH_WEAK)
