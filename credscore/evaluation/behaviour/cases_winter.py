"""A ninth, winter set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the seven sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`): it is a ninth, independent set of twelve base articles (seven WELL
sourced, five WEAKLY sourced) and their variants, written blind as a measurement. The topics,
people, places, organisations, outlets, figures and sentences are new and fictional; nothing is
copied from the other sets, from any corpus or example, or from the web. The articles and edits
were written from the definitions of good and bad sourcing alone: no text in this module was
scored with a model or run through an extractor while it was written, and the code of the
signals, lexicons, features and model was not read.

The beats are a ferry timetable change, a court ruling on a pesticide, a council pension fund
result, a review of wildfire evacuation alerts, a hospital merger, a music festival licence and
an audit of a snow-plough contract (well sourced), and a celebrity feud, a stadium rumour, a
crypto start-up, a haunted hotel and a diet fad (weakly sourced). The writing varies the
reporting verbs ("said", "told a meeting", "told the hearing", "said in an interview", "said in
a statement", "said in an email", "wrote", "writing for", "accused", "according to", "found"),
inverts some attributions ("said Captain X", "said Marisela Y"), uses surnames on second
reference, titles ("Dr", "Dr.", "Professor", "Judge", "Councillor", "Councilmember", "Captain",
"Sergeant", "Sheriff", "City Auditor"), ages and appositions, and mixes British and American
spellings. Each base is 250 to 260 words long.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and two ``up`` variants;
each weak base has four ``up`` variants and one ``down`` (speculation added, worded
differently in each, sometimes as a sentence of its own and sometimes tacked on to a claim
already in the text); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases), and the generic typography, wrapping and CRLF
variants that :func:`.cases._case` adds.

First measurement (2026-12-03, the model of 2026-12-03 with the extractors of that morning,
before this set was read): directional 0.896 (60 of 67), cosmetic 1.000, well - weak +74.3.
Four of the seven failures were ``speculation_added`` on weak bases, two of them a clause added
to a sentence that was already hedged; two were ``document_added`` on well bases.
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

WINTER_WELL: list[Case] = []
WINTER_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- transport: a ferry drops its dawn sailing -------------------------------------------------
_FERRY = _article(
    """
    Varrick Sound ferry to drop dawn sailing from winter timetable

    The Varrick Sound Ferry Authority will scrap the 5:40 a.m. crossing from Wellicombe Island
    to Tessmore Harbor when its winter timetable begins on November 3, the board decided on
    Tuesday, over the objections of island commuters.

    Ridership figures presented to the board show the dawn sailing carried an average of 164
    passengers a day last winter, about a third of them staff at Tessmore Harbor General
    Hospital. A staffing report attached to the timetable says the authority is short nine
    licensed deckhands and cannot crew the first boat without overtime it has not budgeted.

    "We would rather run a smaller timetable we can keep than a bigger one we keep cancelling,"
    said Captain Ysolde Ferrand, the authority's director of marine operations.

    Noreen Pentreath, 47, a respiratory therapist who lives on Wellicombe, said the next boat,
    at 6:55, would make her late for every morning shift. "I'll either have to move to the
    mainland or find another job," she said.

    Dr. Chukwudi Strandberg, who studies island transport at the Glenarrow Institute of Maritime
    Studies, said operators often cut the first and last sailings to save crew hours, though
    commuters depend on those trips most. "Those two boats are the ones people build their lives
    around," he said.

    Councilmember Russ Tengbom, who represents the island, accused the board of breaking a 2022
    pledge to protect commuter sailings. Asked about the pledge, authority spokeswoman Kelsey
    Ruddle said the board would review the timetable in March, once new deckhands finish their
    training.
    """
)
WINTER_WELL.append(
    _case(
        "ferry_dawn_sailing_cut",
        "well",
        _FERRY,
        _down(
            "named_to_anonymous",
            (
                "said Captain Ysolde Ferrand, the authority's director of marine operations.",
                "said a senior manager at the authority who was not authorized to speak publicly.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councilmember Russ Tengbom, who represents the island, accused the board of "
                "breaking a 2022 pledge to protect commuter sailings.",
                "The board has broken a 2022 pledge to protect commuter sailings.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Ridership figures presented to the board show the dawn sailing carried an "
                "average of 164 passengers a day last winter, about a third of them staff at "
                "Tessmore Harbor General Hospital. A staffing report attached to the timetable "
                "says the authority is short nine licensed deckhands and cannot crew the first "
                "boat without overtime it has not budgeted.",
                "The dawn sailing is popular with hospital staff, and the authority has had "
                "trouble finding enough deckhands to crew it.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "once new deckhands finish their training.",
                "once new deckhands finish their training, though many on the island suspect the "
                "dawn boat is gone for good and the review is for show.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "without overtime it has not budgeted.",
                "Cancellation logs released under the state's public records law show the 5:40 "
                "boat was cancelled on 31 mornings last winter, more than any other sailing.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'find another job," she said.',
                "Gwyneth Abelard-Finch, a labor economist at Saxtead State College who studies "
                "commuting in rural counties, said hospitals that lose early transport links "
                "often end up paying more for agency nurses.",
            ),
        ),
        _rename(
            "names",
            ("Varrick Sound", "Hesper Strait"),
            ("Wellicombe", "Tarnholm"),
            ("Tessmore Harbor", "Gorsey Point"),
            ("Ysolde", "Marguerite"),
            ("Ferrand", "Belliveau"),
            ("Noreen Pentreath", "Gwen Ostrowicz"),
            ("Chukwudi", "Ifeanyi"),
            ("Strandberg", "Holmqvist"),
            ("Glenarrow", "Ormsgill"),
            ("Russ Tengbom", "Dale Fenstermacher"),
            ("Kelsey Ruddle", "Tara Villanueva"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("Noreen Pentreath, 47", "Noreen Pentreath, 49")),
    )
)

# --- environment: a court orders a new review of an insecticide -------------------------------
_PESTICIDE = _article(
    """
    Appeals court orders Dellmont to redo safety review of insecticide clorvanide

    A state appeals court on Thursday ordered the Dellmont Department of Agriculture to
    reconsider its approval of clorvanide, a widely used insecticide, ruling that the agency
    ignored its own data on contaminated wells.

    Writing for a unanimous three-judge panel, Judge Eleanora Blackwood-Imes said the department
    had "set aside the inconvenient parts of its own record." The approval stays in place while
    the agency redoes its review, which the court gave it 18 months to finish.

    The department's 2023 risk assessment, cited throughout the ruling, found clorvanide above
    the state's drinking-water limit in 11 of 40 rural wells sampled in the Ambry River basin,
    in one case at 3.4 times the limit.

    "Farm families drink that water. The department had the numbers and approved the spray
    anyway," said Marisela Quintanar, a lawyer for the Ambry Valley Well Owners Association,
    which brought the case.

    Dr. Tadashi Oyelowo-Kern, a toxicologist at the Calderwood School of Public Health who
    studies farm chemicals in groundwater, said clorvanide breaks down slowly in cold, sandy
    soils like those in the basin. "Once it reaches an aquifer, it can linger for years," he
    said.

    Glen Ashworth-Paley, who grows soybeans on 900 acres near Tully Ford, said losing the spray
    would leave him few options against root beetles. "Nobody here wants dirty wells, but we
    need something that works," he said.

    Asked about the ruling, department spokesman Ivo Kjellberg said the agency respected the
    court's decision and would begin a new review this winter.
    """
)
WINTER_WELL.append(
    _case(
        "insecticide_appeal_ruling",
        "well",
        _PESTICIDE,
        _down(
            "named_to_anonymous",
            (
                "said Marisela Quintanar, a lawyer for the Ambry Valley Well Owners Association, "
                "which brought the case.",
                "said one of the lawyers who brought the case, who asked not to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Writing for a unanimous three-judge panel, Judge Eleanora Blackwood-Imes said "
                'the department had "set aside the inconvenient parts of its own record."',
                "The department set aside the inconvenient parts of its own record.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The department's 2023 risk assessment, cited throughout the ruling, found "
                "clorvanide above the state's drinking-water limit in 11 of 40 rural wells "
                "sampled in the Ambry River basin, in one case at 3.4 times the limit.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'we need something that works," he said.',
                "Some growers in the valley believe the lawsuit was quietly bankrolled by a rival "
                "chemical maker hoping to sell its own spray.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would begin a new review this winter.",
                "Vessant Crop Sciences, which makes clorvanide, said in a statement that the "
                "product was safe when used as labeled and that it would ask to join the "
                "department's review.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "which the court gave it 18 months to finish.",
                "Sales reports filed with the department show growers in the state bought about "
                "212,000 gallons of clorvanide last year.",
            ),
        ),
        _rename(
            "names",
            ("Dellmont", "Carbury"),
            ("clorvanide", "tessaprin"),
            ("Eleanora Blackwood-Imes", "Octavia Farrow-Keane"),
            ("Ambry", "Sellick"),
            ("Marisela Quintanar", "Rosario Ibarguen"),
            ("Tadashi", "Hiroshi"),
            ("Oyelowo-Kern", "Dressler-Ash"),
            ("Calderwood", "Moorcastle"),
            ("Glen Ashworth-Paley", "Curtis Hollingdrake"),
            ("Tully Ford", "Orland Bend"),
            ("Ivo Kjellberg", "Radek Ekstrom"),
        ),
        _rename("weekday", ("Thursday", "Monday")),
        _same("minor_number", ("on 900 acres", "on 850 acres")),
    )
)

# --- finance: a council pension fund misses its target (British) ------------------------------
_PENSION = _article(
    """
    Hembury pension fund misses target as property bet turns sour

    The Hembury and Wyeford Pension Fund, which pays the pensions of 58,000 current and former
    council workers, returned 1.9 per cent in the year to March, far short of its 5.5 per cent
    target, its annual report shows.

    The report, published on Friday, puts the fund's value at £3.84 billion and shows that its
    funding level fell from 104 per cent to 97 per cent. Most of the shortfall came from a £212
    million write-down on Ledgermoor Estates, an office venture the fund backed in 2021.

    "We took a view on offices, and the market went the other way," Councillor Honoria
    Pennant-Moss, who chairs the fund's committee, told a meeting of the full council. She said
    no member's pension was at risk.

    One committee member, who asked not to be named because the discussions were confidential,
    said officers had been warned about the venture's risks in 2022. "The warning was noted and
    then forgotten," the member said.

    Professor Antonia Rourke-Santos, a pensions economist at the University of Callowfield, said
    a funding level of 97 per cent was no crisis, but that the council would probably be asked
    for bigger contributions at the next valuation, which would squeeze other services.

    Terry Oakshott, branch secretary of the Hembury public service union, said members were
    angry. "It's our deferred wages, not a casino chip," he said.

    Ledgermoor's managing partner, Rupert Vane-Hollis, said in an email that the write-down
    reflected "a temporary dip in valuations" and that the fund would recover its money.
    """
)
WINTER_WELL.append(
    _case(
        "council_pension_fund_loss",
        "well",
        _PENSION,
        _down(
            "named_to_anonymous",
            (
                "Councillor Honoria Pennant-Moss, who chairs the fund's committee, told a meeting "
                "of the full council. She said",
                "a senior councillor told a meeting of the full council. The councillor said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Antonia Rourke-Santos, a pensions economist at the University of "
                "Callowfield, said a funding level of 97 per cent was no crisis, but that the "
                "council would probably be asked for bigger contributions at the next valuation, "
                "which would squeeze other services.",
                "A funding level of 97 per cent is no crisis, but the council will probably be "
                "asked for bigger contributions at the next valuation, which will squeeze other "
                "services.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "far short of its 5.5 per cent target, its annual report shows.",
                "far short of its target.",
            ),
            (
                "The report, published on Friday, puts the fund's value at £3.84 billion and "
                "shows that its funding level fell from 104 per cent to 97 per cent. Most of the "
                "shortfall came from a £212 million write-down on Ledgermoor Estates,",
                "Much of the shortfall is put down to losses on Ledgermoor Estates,",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"It\'s our deferred wages, not a casino chip," he said.',
                "There is speculation at the town hall that the fund's advisers earned large fees "
                "for steering it into the venture.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One committee member, who asked not to be named because the discussions were "
                "confidential, said",
                "Councillor Reginald Carrow-Benning, a member of the committee, said",
            ),
            ('then forgotten," the member said.', 'then forgotten," Carrow-Benning said.'),
        ),
        _up(
            "expert_added",
            _after(
                "which would squeeze other services.",
                "Lettice Carnwath, a consulting actuary and former president of the Society of "
                "Public Pension Actuaries, said property write-downs of that size usually take "
                "three to five years to recover, if they recover at all.",
            ),
        ),
        _rename(
            "names",
            ("Hembury", "Hobley"),
            ("Wyeford", "Ransley"),
            ("Ledgermoor", "Whinfell"),
            ("Honoria Pennant-Moss", "Concepta Sowerby"),
            ("Antonia Rourke-Santos", "Ingela Lindholm-Shaw"),
            ("Callowfield", "Canterwick"),
            ("Terry Oakshott", "Dennis Pruitt"),
            ("Rupert Vane-Hollis", "Julian Astbury-Coombe"),
        ),
        _rename("weekday", ("Friday", "Wednesday")),
        _same("minor_number", ("pensions of 58,000", "pensions of 57,000")),
    )
)

# --- emergencies: a review of wildfire evacuation alerts --------------------------------------
_ALERTS = _article(
    """
    Review finds evacuation alerts reached barely half of phones in Ketterick Gulch fire

    Emergency alerts sent during last summer's Ketterick Gulch fire reached only about 56
    percent of phones in the evacuation zone, and the first warning went out 38 minutes after
    firefighters asked for it, according to an independent review released Monday by Tamarind
    County.

    The 74-page review, led by Bettina Kessendorf, a retired state fire marshal, found that the
    county's alert system had not been tested in three years and that two of the four
    dispatchers on duty that night had never been trained to use it. The fire destroyed 141
    homes and killed two people.

    "We had the tools and did not know how to use them. That is on us," said Lorenzo
    Okonkwo-Rhys, the county's emergency management director, who commissioned the review.

    Pilar Estevanez, 62, said she learned of the evacuation order from a neighbor pounding on
    her door. "My phone never buzzed. Not once," she said.

    Dr. Everett Whitmarsh, who studies emergency warnings at the Disaster Research Center of
    Dunallan Polytechnic University, said phone alerts often miss people at the edge of a zone,
    and that counties should back them up with sirens and door-to-door crews. "No single system
    reaches everyone," he said.

    The review singles out the sheriff's office, which runs the county's dispatch center and had
    postponed the dispatchers' training twice. Sheriff Dwight Kittredge said in a statement that
    every dispatcher had since been trained and that a test alert would now be sent each month.
    """
)
WINTER_WELL.append(
    _case(
        "wildfire_alert_review",
        "well",
        _ALERTS,
        _down(
            "named_to_anonymous",
            (
                "said Lorenzo Okonkwo-Rhys, the county's emergency management director, who "
                "commissioned the review.",
                "said a county official who spoke on condition of anonymity.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Everett Whitmarsh, who studies emergency warnings at the Disaster Research "
                "Center of Dunallan Polytechnic University, said phone alerts often miss people at "
                "the edge of a zone, and that counties should back them up with sirens and "
                'door-to-door crews. "No single system reaches everyone," he said.',
                "Phone alerts often miss people at the edge of a zone, and counties should back "
                "them up with sirens and door-to-door crews. No single system reaches everyone.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The 74-page review, led by Bettina Kessendorf, a retired state fire marshal, "
                "found that the county's alert system had not been tested in three years and "
                "that two of the four dispatchers on duty that night had never been trained to "
                "use it.",
                "There have long been questions about how the county's alert system was run.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "The fire destroyed 141 homes and killed two people.",
                "The fire destroyed 141 homes and killed two people, and many in the valley "
                "believe the real toll is higher than the county lets on.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "never been trained to use it.",
                "Dispatch logs attached to the review show the first alert was drafted at 9:12 "
                "p.m. but not sent until 9:50 p.m.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a test alert would now be sent each month.",
                "Asked why the system had gone untested for three years, Commissioner Colette "
                "Hargreave, who chairs the county board, said money for emergency drills had been "
                "cut in 2021 and was restored this year.",
            ),
        ),
        _rename(
            "names",
            ("Ketterick Gulch", "Coyote Flat"),
            ("Tamarind", "Yarrowby"),
            ("Bettina Kessendorf", "Bernice Abernant"),
            ("Lorenzo", "Joaquin"),
            ("Okonkwo-Rhys", "Nakashima-Ford"),
            ("Pilar Estevanez", "Inmaculada Arriaga"),
            ("Everett Whitmarsh", "Roland Vautrin"),
            ("Dunallan", "Astley"),
            ("Dwight Kittredge", "Wade Sorensby"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("Pilar Estevanez, 62", "Pilar Estevanez, 63")),
    )
)

# --- health: two hospitals merge --------------------------------------------------------------
_MERGER = _article(
    """
    Ellsmere's two hospitals agree to merge, leaving county with one system

    St. Wilfrid's Hospital and Ellsmere Regional Medical Center signed an agreement on Wednesday
    to merge, creating a single system that would run nearly every inpatient bed in Ellsmere
    County if regulators approve.

    A notice the hospitals filed with the state Health Planning Commission says the combined
    system would have 486 beds and about 3,900 employees, and would move all childbirth services
    to the Ellsmere Regional campus within two years. The commission's own market data show the
    pair account for 91 percent of hospital admissions in the county.

    "Two small hospitals competing for the same doctors is a race to the bottom. Together we can
    keep specialists here," said Marcus Satterthwaite, chief executive of Ellsmere Regional, who
    would lead the new system.

    Dr. Anastasia Vorhees, a health economist at Caxton University who studies hospital
    consolidation, said mergers that leave one hospital system in a market have tended to raise
    prices for private insurers. "When nobody is left to compare you with, prices drift up," she
    said.

    Nurses at St. Wilfrid's worry about losing its maternity unit. "Women from the north end
    will be driving 40 minutes in labor," said a delivery nurse who asked not to be named
    because she was not allowed to speak to the press. Rosalyn Baptiste-Hall, president of the
    county nurses' union, said members had not been consulted.

    Asked about the maternity plan, St. Wilfrid's spokesman Arlo Penberthy said a free shuttle
    and a new prenatal clinic on the north side would ease the change.
    """
)
WINTER_WELL.append(
    _case(
        "hospital_merger_deal",
        "well",
        _MERGER,
        _down(
            "named_to_anonymous",
            (
                "said Marcus Satterthwaite, chief executive of Ellsmere Regional, who would lead "
                "the new system.",
                "said a hospital executive involved in the talks.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Rosalyn Baptiste-Hall, president of the county nurses' union, said members had "
                "not been consulted.",
                "Nurses were never consulted.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "A notice the hospitals filed with the state Health Planning Commission says the "
                "combined system would have 486 beds and about 3,900 employees, and would move "
                "all childbirth services to the Ellsmere Regional campus within two years. The "
                "commission's own market data show the pair account for 91 percent of hospital "
                "admissions in the county.",
                "The combined system would move childbirth services to the Ellsmere Regional "
                "campus.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "members had not been consulted.",
                "Whispers in both buildings suggest layoffs will follow once the deal closes, "
                "though nobody can say how many.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "members had not been consulted.",
                "Dr. Liv Marrack, an obstetrician and professor of maternal health at "
                "Ardleigh Medical School, said longer drives to a maternity unit are linked to "
                "more unplanned births on the way to hospital.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said a delivery nurse who asked not to be named because she was not allowed to "
                "speak to the press.",
                "said Tamsen Pruszynski, a delivery nurse at St. Wilfrid's for 14 years.",
            ),
        ),
        _rename(
            "names",
            ("Ellsmere", "Brockton Vale"),
            ("Wilfrid's", "Swithun's"),
            ("Marcus Satterthwaite", "Howard Tremethick"),
            ("Anastasia Vorhees", "Svetlana Ashcroft"),
            ("Caxton", "Redbourne"),
            ("Rosalyn Baptiste-Hall", "Delia Adebanjo"),
            ("Arlo Penberthy", "Neil Zubiri"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("486 beds", "482 beds")),
    )
)

# --- leisure: a music festival keeps its licence (British) ------------------------------------
_FESTIVAL = _article(
    """
    Sallowby Meadows festival keeps its licence but must turn the music down

    Petherick District Council's licensing sub-committee on Tuesday renewed the licence for the
    Sallowby Meadows music festival, but cut its capacity from 25,000 to 19,500 and ordered the
    main stage to fall silent by 10.30pm.

    A noise monitoring report commissioned by the council found that sound levels at the nearest
    homes in Lower Sallowby exceeded the agreed limit of 65 decibels on 14 occasions during last
    August's three-day event, once by 11 decibels. Police figures submitted to the hearing show
    38 arrests, most of them for drug offences.

    "We are not here to kill the festival. We are here to make it a better neighbour," said
    Councillor Clarissa Caddick-Vail, who chaired the hearing.

    Alastair Cruikshank, 68, whose farmhouse sits 400 metres from the main stage, told the
    hearing that the bass had rattled his windows until past midnight.

    Dr Ekow Mensforth, an acoustics researcher at the University of Harnford who gave evidence
    for residents, said low-frequency sound carries further at night. "You can meet the limit in
    decibels and still keep a village awake," he said.

    Sergeant Imogen Treadwell of the county police licensing unit said security at the festival
    had improved, but that drug-related arrests remained too high.

    Asked about the residents' complaints, the festival's director, Laurence Ibekwe-Stott, said
    the organisers accepted the conditions and would move the main stage 200 metres further from
    the village. "We want to be here for another twenty years, and that means listening," he
    said.
    """
)
WINTER_WELL.append(
    _case(
        "festival_licence_conditions",
        "well",
        _FESTIVAL,
        _down(
            "named_to_anonymous",
            (
                "Sergeant Imogen Treadwell of the county police licensing unit said",
                "A police source said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Alastair Cruikshank, 68, whose farmhouse sits 400 metres from the main stage, "
                "told the hearing that the bass had rattled his windows until past midnight.",
                "The bass rattled windows in the village until past midnight.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "A noise monitoring report commissioned by the council found that sound levels at "
                "the nearest homes in Lower Sallowby exceeded the agreed limit of 65 decibels on "
                "14 occasions during last August's three-day event, once by 11 decibels. Police "
                "figures submitted to the hearing show 38 arrests, most of them for drug "
                "offences.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            (
                "had rattled his windows until past midnight.",
                "had rattled his windows until past midnight, and it is rumoured in the village "
                "that the organisers would rather pay the fines than turn the sound down.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "most of them for drug offences.",
                "Accounts filed by the festival's operating company show it made a profit of £1.7 "
                "million last year on ticket sales of £9.2 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "drug-related arrests remained too high.",
                "Dr Grainne Pendleton-Gray, a senior lecturer in event management at Lockhurst "
                "University, said cuts in capacity of this size usually push organisers to raise "
                "ticket prices rather than cancel.",
            ),
        ),
        _rename(
            "names",
            ("Sallowby", "Amblecote"),
            ("Petherick", "Trevennor"),
            ("Clarissa Caddick-Vail", "Judith Stanier"),
            ("Alastair Cruikshank", "Gordon Tillotson"),
            ("Ekow Mensforth", "Ravindra Coutts"),
            ("Harnford", "Blackmere"),
            ("Imogen Treadwell", "Sophie Kinnear"),
            ("Laurence Ibekwe-Stott", "Desmond Farquhar-Lee"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("sits 400 metres", "sits 450 metres")),
    )
)

# --- local government: an audit of a snow-plough contract -------------------------------------
_SNOW = _article(
    """
    Audit finds Kessock Falls snow contractor left side streets buried for days

    Kessock Falls paid its private snow-removal contractor $6.2 million last winter even though
    the company failed to clear side streets within 48 hours after eight of the season's eleven
    major storms, according to an audit released Friday by the city auditor's office.

    The audit, which examined GPS records from the contractor's 74 plows, found that some routes
    went untouched for up to five days and that the city never imposed the $1,000-a-day
    penalties written into the contract.

    "The contract had teeth. Nobody at City Hall used them," City Auditor Thora Amundsen-Reyes
    said in an interview.

    On Pardoe Terrace, Vernon Bramfitt, 81, said he missed two dialysis appointments in January
    because an ambulance could not get down his street. A neighbor, who asked that her name not
    be used, said residents had taken to shoveling the street themselves.

    Dr. Sigrun Haakenstad, who studies public contracting at the Ferrisburg School of
    Government, said cities that hire out plowing often write strong penalties and then fail to
    enforce them, because firing the only bidder in midwinter would leave them with no plows at
    all.

    Northpeak Grounds Services' president, Dominic Scullion, said in a statement that last
    winter's storms were unusually heavy and wet and that the company had added 12 plows for
    this season. "We cleared every main road on time, every storm," he said.

    The city's public works commissioner, Ada Kittleson, did not respond to repeated calls and
    emails asking why the penalties were never imposed.
    """
)
WINTER_WELL.append(
    _case(
        "snow_plough_contract_audit",
        "well",
        _SNOW,
        _down(
            "named_to_anonymous",
            (
                "City Auditor Thora Amundsen-Reyes said in an interview.",
                "an official in the auditor's office said on condition of anonymity.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Sigrun Haakenstad, who studies public contracting at the Ferrisburg School of "
                "Government, said cities that hire out plowing often write strong penalties and "
                "then fail to enforce them, because firing the only bidder in midwinter would "
                "leave them with no plows at all.",
                "Cities that hire out plowing often write strong penalties and then fail to "
                "enforce them, because firing the only bidder in midwinter would leave them with "
                "no plows at all.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The audit, which examined GPS records from the contractor's 74 plows, found that "
                "some routes went untouched for up to five days and that the city never imposed "
                "the $1,000-a-day penalties written into the contract.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "taken to shoveling the street themselves.",
                "Some on the street suspect the contractor was quietly selling plow time to "
                "private parking lots while their road waited.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "why the penalties were never imposed.",
                "Asked about the audit, Mayor Theo Brandvik said he had told the public works "
                "department to begin collecting the penalties the contractor owes.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A neighbor, who asked that her name not be used, said",
                "Marguerite Lintz, a neighbor who has lived on the street since 1979, said",
            ),
        ),
        _rename(
            "names",
            ("Kessock Falls", "Pomfret Ridge"),
            ("Thora Amundsen-Reyes", "Lucille Ambridge"),
            ("Pardoe Terrace", "Sheriden Court"),
            ("Vernon Bramfitt", "Clarence Mabry"),
            ("Sigrun Haakenstad", "Signe Forsgren"),
            ("Ferrisburg", "Plaskett"),
            ("Northpeak", "Summitline"),
            ("Dominic Scullion", "Kurt Vollmer"),
            ("Ada Kittleson", "Bozena Sobczak"),
        ),
        _rename("weekday", ("Friday", "Tuesday")),
        _same("minor_number", ("Vernon Bramfitt, 81", "Vernon Bramfitt, 82")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- entertainment: a feud between two stars (British) ----------------------------------------
_FEUD = _article(
    """
    Is the feud between Saffron Marwood and Jago Penhorwood heading for court?

    The bad blood between television baker Saffron Marwood and singer Jago Penhorwood appears to
    be getting worse, and some insiders believe it could soon end up in front of a judge.

    According to people said to be close to the pair, the row began at a charity gala attended
    by some 400 guests, when Penhorwood is supposed to have made a joke about Marwood's cookery
    show that she did not find funny. What happened next depends on who you ask.

    "She hasn't spoken to him since. Everyone on set knows not to mention his name," one source
    claimed.

    Fans have been picking over the stars' social media posts for clues, and many are convinced
    that Penhorwood's latest single, which mentions "a kitchen full of lies", is aimed squarely
    at Marwood. Others think the whole thing is a publicity stunt to boost both their careers.

    There are rumours that lawyers have already been called in, and it is claimed that Marwood's
    team has been gathering screenshots of messages. Some say a settlement is being discussed
    behind closed doors, although nobody seems to know what either side would want.

    Industry watchers say feuds like this rarely end well, and that the longer it drags on, the
    more likely it is that one of them will come off worse.

    For now, the two are reportedly doing their best to avoid each other, which may be harder
    than it sounds: both are rumoured to have been booked for the same Christmas special.
    """
)
WINTER_WEAK.append(
    _case(
        "celebrity_feud_gossip",
        "weak",
        _FEUD,
        _up(
            "anonymous_named",
            (
                '," one source claimed.',
                '," claimed Dorrie Mottershead, a make-up artist who has worked on the show for '
                "three series.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a publicity stunt to boost both their careers.",
                'A spokeswoman for Penhorwood said he had "nothing but respect" for Marwood and '
                "that the song was not about anyone in particular.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "gathering screenshots of messages.",
                "Court records show that a company owned by Marwood filed a claim against "
                "Penhorwood's management firm in the High Court in October, though the papers do "
                "not say what it concerns.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "one of them will come off worse.",
                "Dr Rosemary Voakes, who studies celebrity and the media at Stainmoor University, "
                "said public feuds between stars usually fade within months unless money is at "
                "stake.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Some say a settlement is being discussed behind closed doors,",
                "Some say a settlement is being discussed behind closed doors, and there is even "
                "talk that the Christmas special could be scrapped over it,",
            ),
        ),
        _rename(
            "names",
            ("Saffron", "Honor"),
            ("Marwood", "Dellacourt"),
            ("Jago", "Finbar"),
            ("Penhorwood", "Roskilly"),
        ),
        _same("minor_number", ("some 400 guests", "some 450 guests")),
    )
)

# --- sport: a minor-league team and a stadium rumour ------------------------------------------
_BALLPARK = _article(
    """
    Are the Bellport Herons about to leave Gannet Park?

    Speculation is swirling that the Bellport Herons, the city's minor-league baseball team,
    could be on their way out of Gannet Park, the cramped, aging ballpark they have called home
    since 1962.

    Talk around town is that the team's owners have been quietly scouting land near the
    interstate for a new stadium, and some fans believe a deal is all but done. Others say the
    owners are bluffing to squeeze money out of the city.

    "Everybody at the bar on game nights has a theory, and every theory is different. Nobody
    actually knows anything," said a season-ticket holder who did not want to be identified.

    It is said that the league has grown impatient with the old ballpark's clubhouse and lights,
    and rumors suggest the team could be told to fix them or move. Some people claim a developer
    has already drawn up plans for apartments where the outfield now sits.

    Neighbors of the park are split. Some would be glad to see the traffic go; others fear the
    neighborhood would lose its heart without the crack of the bat on summer evenings.

    What a new stadium would cost, and who would pay for it, is anyone's guess, though the
    figures being thrown around online run into the tens of millions.

    Until somebody in charge says something, the rumors will keep flying, and fans will keep
    wondering whether next season will be the last one at Gannet Park, or merely the start of a
    long, noisy argument.
    """
)
WINTER_WEAK.append(
    _case(
        "ballpark_move_rumour",
        "weak",
        _BALLPARK,
        _up(
            "anonymous_named",
            (
                "said a season-ticket holder who did not want to be identified.",
                "said Stan Dembinski, 66, who has held season tickets since 1988.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to squeeze money out of the city.",
                "Asked about the talk, the team's general manager, Courtney Ilves, said the "
                'Herons had a lease at Gannet Park through 2029 and "no plans to break it."',
            ),
        ),
        _up(
            "document_added",
            _after(
                "told to fix them or move.",
                "A facilities report the league sent to the city in May, released under the "
                "state's open records law, lists 17 upgrades the ballpark needs by 2027, at an "
                "estimated cost of $8.6 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "run into the tens of millions.",
                "Dr. Anika Broussard, a sports economist at Tollmarsh University who studies "
                "minor-league ballparks, said new stadiums of that size typically cost $60 "
                "million to $90 million, and that cities usually end up paying most of it.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "where the outfield now sits.",
                "A few fans even wonder whether the mayor, a longtime friend of the owners, has "
                "already promised them the land.",
            ),
        ),
        _rename("names", ("Bellport", "Cranmore"), ("Herons", "Ospreys"), ("Gannet", "Plover")),
        _same("minor_number", ("home since 1962", "home since 1961")),
    )
)

# --- technology: a crypto start-up freezes withdrawals ----------------------------------------
_CRYPTO = _article(
    """
    Investors fret as crypto start-up Kelpcoin goes quiet

    Backers of Kelpcoin, a cryptocurrency start-up that promised savers "bank-beating" returns,
    are growing nervous after the company's app stopped processing withdrawals, according to
    posts on investor forums.

    Nobody seems to know how many people have money tied up in the scheme, though some put the
    figure at more than 5,000. Rumors on social media suggest that its founder, a former real
    estate agent known online as "Kel", has not been seen at the company's office for weeks.

    "I put in my whole bonus last year. Now the app just spins," wrote one user in a popular
    chat group. "I feel like an idiot."

    It is claimed that the company was paying early investors with money from newer ones, though
    there is no way to check that, and the claim has only grown in the retelling. Others insist
    the pause is just a technical glitch, and that withdrawals will be back within days.

    Some believe regulators are already looking into Kelpcoin, and there is talk that the
    founder may have moved abroad. Critics say the returns were always too good to be true.

    Crypto experts say schemes like this tend to follow a familiar pattern, and that investors
    who want their money back may face a long wait.

    For now, the forums are full of anger, guesswork and a good deal of hope. Whether any of
    that turns into money back in people's pockets is another matter, and one that may not be
    settled for a long time yet.
    """
)
WINTER_WEAK.append(
    _case(
        "crypto_startup_freeze",
        "weak",
        _CRYPTO,
        _up(
            "anonymous_named",
            (
                "wrote one user in a popular chat group.",
                "wrote Royce Beekman, 34, a forklift driver from Dunsworth, in a popular chat "
                "group.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "withdrawals will be back within days.",
                "Reached by email, a Kelpcoin spokesperson said withdrawals had been paused for "
                '"scheduled maintenance" and would resume shortly, but did not say when.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "always too good to be true.",
                "A warning published in March by the state securities division lists Kelpcoin "
                "among 12 firms that were offering investments without registering.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "may face a long wait.",
                "Dr. Nasrin Halvorsen-Okeke, who researches financial fraud at the Tressider "
                "School of Business, said platforms that freeze withdrawals rarely reopen, and "
                "that customers in past collapses got back less than a third of their money on "
                "average.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "has not been seen at the company's office for weeks.",
                "has not been seen at the company's office for weeks, and some suspect he has "
                "already emptied the company's wallets.",
            ),
        ),
        _rename("names", ("Kelpcoin", "Driftcoin"), ("Kel", "Drift")),
        _same("minor_number", ("more than 5,000", "more than 6,000")),
    )
)

# --- odd news: a seaside hotel and its ghost (British) ----------------------------------------
_GHOST = _article(
    """
    Is the Pelmarsh Grand haunted? Some guests are sure of it

    For more than a century the Pelmarsh Grand has stood on the seafront at Pebblecombe, and for
    almost as long, it seems, people have whispered that not all of its guests have checked out.

    The stories have multiplied in recent months. Visitors have reportedly heard footsteps and
    muffled laughter in empty corridors late at night, and some claim that the lift stops at the
    fourth floor at 3am even when nobody has pressed the button. One room, number 19, is said to
    be so cold that staff refuse to go in alone.

    "I woke up and there was a woman in a grey dress at the end of the bed. Then she just wasn't
    there," one guest wrote in an online review.

    Local legend has it that a young bride died at the hotel on her wedding night in the 1920s,
    though the details change with each telling. Some say she fell from a balcony; others insist
    she was poisoned.

    Sceptics suspect the stories are good for business, and it is rumoured that bookings for the
    cold room have soared since the tales spread on social media. Others believe there is simply
    something about the old building that nobody can explain.

    Paranormal enthusiasts are said to be planning an overnight vigil in the ballroom before
    Halloween.

    Whether the Pelmarsh Grand has a ghost or just creaky pipes, one thing seems certain: it
    will not be short of curious guests this winter, whatever the ghost may think of them.
    """
)
WINTER_WEAK.append(
    _case(
        "haunted_hotel_stories",
        "weak",
        _GHOST,
        _up(
            "anonymous_named",
            (
                "one guest wrote in an online review.",
                "Elspeth Tallack, 52, a nurse who stayed at the hotel in September, wrote in an "
                "online review.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "staff refuse to go in alone.",
                "Asked about the stories, the hotel's general manager, Rollo Pratley, said no "
                "member of staff had ever refused to enter the room and that the lift had been "
                "serviced in August.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "others insist she was poisoned.",
                "Records at the county archive show that a woman named Winnie Larrabee died at the "
                "hotel in 1924, and her death certificate gives the cause as pneumonia.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "nobody can explain.",
                "Dr Lucius Nwankwo-Hale, a psychologist at the University of Kelsford who studies "
                "reports of hauntings, said cold spots and night-time visions are common in old "
                "buildings with draughts and low humming noises.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "an overnight vigil in the ballroom before Halloween.",
                "There is even talk that a television company has offered the owners a "
                "five-figure sum to film a ghost-hunting series there.",
            ),
        ),
        _rename("names", ("Pelmarsh", "Belvedere"), ("Pebblecombe", "Shingleton")),
        _same("minor_number", ("at 3am", "at 2am")),
    )
)

# --- health: a diet fad ---------------------------------------------------------------------
_DIET = _article(
    """
    Dieters swear by the ice broth plan. Does it actually work?

    It started, apparently, with a handful of regulars at a gym in Ferrisdale, and now the ice
    broth plan seems to be everywhere. Followers drink nothing but chilled vegetable broth until
    dinner, and many swear they have lost weight faster than on any diet they have tried.

    Fans claim the cold forces the body to burn extra calories just to warm the broth up, and
    some say it also clears the skin and sharpens the mind, though nobody seems able to say how.
    Videos of people showing off their results have been viewed millions of times.

    "I dropped nine pounds in two weeks and I've never had more energy in my life," said one
    woman who follows the plan.

    Not everyone is convinced. Some doctors are said to be worried that people are skipping real
    meals for weeks at a time, and there are stories of dieters feeling faint at work. Others
    argue that any diet that cuts calories will work for a while, broth or no broth.

    It is widely believed that the plan was dreamed up by a personal trainer whose name nobody
    can agree on, though some insist it is decades old. Stores have reportedly struggled to keep
    certain brands of broth on their shelves.

    Whether the ice broth plan is a breakthrough or just the latest fad, it does not look like
    going away soon, whatever the doubters say. As one devotee put it, "If it's working, why
    would I stop?"
    """
)
WINTER_WEAK.append(
    _case(
        "ice_broth_diet_fad",
        "weak",
        _DIET,
        _up(
            "anonymous_named",
            (
                "said one woman who follows the plan.",
                "said Bryony Tuckett, 29, a dental hygienist in Ferrisdale who has followed the "
                "plan since January.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "certain brands of broth on their shelves.",
                "A spokesman for Coldspring Kitchens, the broth maker most often seen in the "
                "videos, said the company had not created or paid for the plan and did not "
                "recommend replacing meals with its products.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "dieters feeling faint at work.",
                "A trial published last year in the Journal of Applied Nutrition found that "
                "people on liquid-only diets lost about 4 percent of their weight in a month but "
                "regained most of it within six months.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "broth or no broth.",
                "Dr. Teresa Okwuosa-Lind, a registered dietitian and professor of nutrition at "
                "Brackwell University, said cold food burns at most a few extra calories and "
                "that any weight lost comes from eating less.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "have been viewed millions of times.",
                "have been viewed millions of times, and some suspect that broth makers are "
                "quietly paying the most popular posters.",
            ),
        ),
        _rename("names", ("Ferrisdale", "Cattrall Springs")),
        _same("minor_number", ("nine pounds in two weeks", "eight pounds in two weeks")),
    )
)

WINTER_CASES: tuple[Case, ...] = tuple(WINTER_WELL + WINTER_WEAK)
