"""A tenth, spring set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the eight sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`): it is a tenth, independent set of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written blind as a
measurement. The topics, people, places, organisations, outlets, figures and sentences are new
and fictional; nothing is copied from the other sets, from any corpus or example, or from the
web. The articles and edits were written from the definitions of good and bad sourcing alone:
no text in this module was scored with a model or run through an extractor while it was
written, and the code of the signals, lexicons, features and model was not read.

The beats are a water meter rollout that overbilled customers, a bridge toll increase, a state
price deal for an asthma inhaler, a rail signal failure, a marina expansion, a census
undercount and a shortage of court interpreters (well sourced), and a footballer transfer
rumour, a restaurant hygiene scare on social media, a lottery win story, a supplement craze and
a rumour that a mayor is secretly engaged (weakly sourced). The writing varies the reporting
verbs ("said", "told", "told the commission", "said at a news conference", "said in a
statement", "said in an email", "accused", "according to", "found", "estimates", "show"),
inverts some attributions ("said board chair X", "said Meriel Y"), uses surnames on second
reference, titles ("Dr", "Dr.", "Professor", "Governor", "State Sen.", "Councillor", "Mayor",
"Commissioner"), ages and appositions, and mixes British and American spellings. Each base is
240 to 260 words long.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and two ``up`` variants;
each weak base has four ``up`` variants and one ``down`` (speculation added, worded
differently in each, sometimes as a sentence of its own and sometimes as a clause added to a
sentence already in the text); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases), and the generic typography, wrapping and CRLF
variants that :func:`.cases._case` adds.

First measurement (2026-12-03, the model retrained at commit 6b55639, before this set was
read): directional 0.925 (62 of 67), cosmetic 0.985 (one rename moved a score 2.2 points),
well - weak +77.4. Four of the six failures were down variants on well bases
(``documents_removed`` twice, ``attribution_removed`` twice); one was ``speculation_added`` on a
weak base.
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

SPRING_WELL: list[Case] = []
SPRING_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- utilities: new water meters overbill thousands (British) --------------------------------
_METERS = _article(
    """
    Mardle Water admits 4,100 households were overbilled after meter rollout

    Mardle Water has admitted that about 4,100 households in Stenbury were sent inflated bills after
    a fault in the new meters it began fitting last spring, and says refunds will follow by June.

    An internal review, published by the company on Wednesday, found that a software setting on one
    batch of 9,600 meters doubled some readings, and that the average overcharged household paid
    £186 too much over six months.

    "We got this wrong, and we are sorry," said Bronwen Quillane-Boyd, Mardle Water's customer
    services director. "Every affected customer will get their money back, with interest."

    Mordecai Ombasa, 71, a retired postman, said his quarterly bill jumped from £94 to £311. "I
    thought I had a leak, so I paid a plumber £420 to dig up the kitchen," he said.

    Dr Kezia Graveney-Lunt, a metering engineer at the University of Stowbridge who has advised
    water regulators, said faults of this kind usually came from configuration rather than hardware.
    "The meters were fine. Somebody told the billing system the wrong thing about them," she said.

    Figures from the Water Customers' Panel show complaints about Mardle bills rose from 212 in 2023
    to 1,870 last year. Councillor Amrit Dhaliwal-Percy, who leads Stenbury Borough Council's
    scrutiny committee, said the company had ignored the warning signs for months, telling residents
    who rang in October that their bills were correct.

    Asked why those complaints were dismissed, Mardle's spokesman, Sholto Orrery, said call handlers
    had followed an outdated script and had since been retrained.
    """
)
SPRING_WELL.append(
    _case(
        "water_meter_overbilling",
        "well",
        _METERS,
        _down(
            "named_to_anonymous",
            (
                "said Bronwen Quillane-Boyd, Mardle Water's customer services director.",
                "said a senior manager at the company.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Amrit Dhaliwal-Percy, who leads Stenbury Borough Council's scrutiny "
                "committee, said the company had ignored the warning signs for months, telling "
                "residents who rang in October that their bills were correct.",
                "The company ignored the warning signs for months, telling residents who rang in "
                "October that their bills were correct.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "An internal review, published by the company on Wednesday, found that a software "
                "setting on one batch of 9,600 meters doubled some readings, and that the average "
                "overcharged household paid £186 too much over six months.",
                "The company has blamed a software problem with some of the meters.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'dig up the kitchen," he said.',
                "Some customers suspect the fault was spotted months earlier and hushed up to "
                "protect managers' bonuses.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "their bills were correct.",
                "Minutes of the company's board meeting in November, released to the panel, show "
                'directors were told of "unusual billing spikes" in three Stenbury postcodes.',
            ),
        ),
        _up(
            "expert_added",
            _after(
                'wrong thing about them," she said.',
                "Algernon Stukeley-Fane, a professor of consumer law at Wyvernhurst University, "
                "said customers who paid for needless repairs could also claim those costs back.",
            ),
        ),
        _rename(
            "names",
            ("Mardle", "Tolbury"),
            ("Stenbury", "Hasling"),
            ("Bronwen Quillane-Boyd", "Zillah Tremlow"),
            ("Mordecai Ombasa", "Norman Adeyinka"),
            ("Kezia Graveney-Lunt", "Lowri Tiernay"),
            ("Stowbridge", "Scarrowby"),
            ("Amrit Dhaliwal-Percy", "Kamaljit Rennison"),
            ("Sholto Orrery", "Fraser Lennock"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("Mordecai Ombasa, 71", "Mordecai Ombasa, 72")),
    )
)

# --- transport: a bridge toll goes up --------------------------------------------------------
_TOLL = _article(
    """
    Quarrick Narrows Bridge toll to rise to $9 as authority faces cable repairs

    The Corvid Bay Bridge Authority voted 5-2 on Monday to raise the toll on the Quarrick Narrows
    Bridge from $6.50 to $9 for cars starting in January, the first increase since 2017.

    A capital plan presented to the board estimates that the 1968 suspension span needs $418 million
    in cable and deck work over the next decade. The plan projects that the new toll will raise
    about $31 million a year, assuming traffic stays near last year's 14.2 million crossings.

    "Nobody on this board enjoys this vote. But the cables do not care about our feelings," said
    board chair Frauke Okonta-Ambler.

    Benny Thorsager-Ince, 44, who drives from Halvey Point to a warehouse job in Corvid City five
    days a week, said the increase would cost him about $650 a year. "That's a car payment," he
    said.

    Professor Wiebke Taluja, a transportation economist at Merriford University who studies road
    pricing, said toll increases of this size typically push a few percent of drivers to other
    routes or hours, but rarely cut total traffic for long.

    State Sen. Isidore Fontenot-Webb, whose district includes Halvey Point, accused the authority of
    spending toll money on "executive perks" instead of repairs, citing its purchase of new office
    furniture last year.

    Asked about the senator's claim, authority spokeswoman Gesine Bergkvist-Amado said the furniture
    had cost $84,000 and was paid for from a separate administrative budget, not from tolls. "Every
    toll dollar goes to the bridge," she said.
    """
)
SPRING_WELL.append(
    _case(
        "bridge_toll_increase",
        "well",
        _TOLL,
        _down(
            "named_to_anonymous",
            ("said board chair Frauke Okonta-Ambler.", "said one board member."),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Wiebke Taluja, a transportation economist at Merriford University who "
                "studies road pricing, said toll increases of this size typically push a few "
                "percent of drivers to other routes or hours, but rarely cut total traffic for "
                "long.",
                "Toll increases of this size typically push a few percent of drivers to other "
                "routes or hours, but rarely cut total traffic for long.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "A capital plan presented to the board estimates that the 1968 suspension span "
                "needs $418 million in cable and deck work over the next decade. The plan projects "
                "that the new toll will raise about $31 million a year, assuming traffic stays "
                "near last year's 14.2 million crossings.",
                "The authority says the old suspension span needs major cable and deck work.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "citing its purchase of new office furniture last year.",
                "citing its purchase of new office furniture last year, and some drivers suspect "
                "the toll will climb again before any work starts.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the first increase since 2017.",
                "Traffic counts published by the authority show crossings fell 3 percent in the "
                "year after that increase and recovered within 18 months.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "but rarely cut total traffic for long.",
                "Dr. Tarquin Ezeilo, a structural engineer at the Brunsvold Institute of "
                "Technology who has inspected suspension bridges in three states, said cable "
                "replacement on a span of that age was routine but could not be put off "
                "indefinitely.",
            ),
        ),
        _rename(
            "names",
            ("Quarrick", "Quarndon"),
            ("Corvid", "Shrike"),
            ("Frauke Okonta-Ambler", "Roswitha Starkweather"),
            ("Benny Thorsager-Ince", "Lonnie Gaskarth"),
            ("Halvey", "Tressel"),
            ("Wiebke Taluja", "Astrid Solvik"),
            ("Merriford", "Glenhollow"),
            ("Isidore Fontenot-Webb", "Mikel Pulaski"),
            ("Gesine Bergkvist-Amado", "Noemi Arzubialde"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("about $650 a year", "about $640 a year")),
    )
)

# --- health: a state strikes a price deal for an inhaler -------------------------------------
_INHALER = _article(
    """
    State strikes price deal with Brantholm for Ventaprox asthma inhaler

    The state Medicaid program will pay about 40 percent less for Ventaprox, a widely prescribed
    asthma inhaler, under a three-year deal with its maker, Brantholm Pharmaceuticals, announced on
    Thursday by Governor Remedios Odunsi-Thurgood.

    The agreement, a copy of which was released by the governor's office, sets a net price of $148
    per inhaler, down from $251, and caps yearly increases at 3 percent. A state budget analysis
    estimates the deal will save $37 million over its term; Medicaid paid for about 118,000
    Ventaprox prescriptions last year.

    "Families should not have to ration breaths," Odunsi-Thurgood said at a news conference at a
    community clinic in Port Marrowick.

    Dr. Rahel Tesfaye-Lund, a health policy researcher at the Sallowmere School of Pharmacy who
    studies drug pricing, said the discount was real but smaller than it looked, because Brantholm
    had raised the inhaler's list price by 62 percent since 2019. "They are giving back some of what
    they took," she said.

    Lourdes Ibarrola-Kanemoto, whose 9-year-old son uses two inhalers a month, said she had
    sometimes stretched his refills to make them last until the end of the month.

    Desiderio Valcourt, director of the patient group Breathe Fair Coalition, said the deal did
    nothing for the roughly 40,000 residents with private insurance who still pay the list price.

    Asked about the price rise, Tancred Fosbrooke-Ince, a Brantholm spokesman, said in an email that
    the company offered its own savings card to privately insured patients and that the agreement
    reflected "a shared commitment to access."
    """
)
SPRING_WELL.append(
    _case(
        "inhaler_price_deal",
        "well",
        _INHALER,
        _down(
            "named_to_anonymous",
            (
                "announced on Thursday by Governor Remedios Odunsi-Thurgood.",
                "announced on Thursday by state officials.",
            ),
            (
                '"Families should not have to ration breaths," Odunsi-Thurgood said',
                '"Families should not have to ration breaths," one official said',
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Desiderio Valcourt, director of the patient group Breathe Fair Coalition, said "
                "the deal did nothing for the roughly 40,000 residents with private insurance who "
                "still pay the list price.",
                "The deal does nothing for the roughly 40,000 residents with private insurance "
                "who still pay the list price.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The agreement, a copy of which was released by the governor's office, sets a net "
                "price of $148 per inhaler, down from $251, and caps yearly increases at 3 "
                "percent. A state budget analysis estimates the deal will save $37 million over "
                "its term; Medicaid paid for about 118,000 Ventaprox prescriptions last year.",
                "The deal lowers the price the state pays and limits future increases.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'a shared commitment to access."',
                "There is talk in the statehouse that other drugmakers are lining up similar deals "
                "in return for gentler treatment from regulators.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "who still pay the list price.",
                "Asked about that criticism, the governor's spokesman, Torquil Mallory, said the "
                "state would back a separate bill to cap inhaler costs for privately insured "
                "patients.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "to make them last until the end of the month.",
                "Dr. Ebenezer Ashmole-Nnadi, a pulmonologist at Thistlegate Children's Hospital, "
                "said children who ration inhalers end up in emergency rooms more often.",
            ),
        ),
        _rename(
            "names",
            ("Ventaprox", "Aerolint"),
            ("Brantholm", "Kesterby"),
            ("Remedios", "Begona"),
            ("Odunsi-Thurgood", "Hartnell-Adair"),
            ("Port Marrowick", "Port Gallow"),
            ("Rahel Tesfaye-Lund", "Zeynep Aksoy-Thurlow"),
            ("Sallowmere", "Birchmont"),
            ("Lourdes Ibarrola-Kanemoto", "Amparo Larraburu"),
            ("Desiderio Valcourt", "Terrence Mayhall"),
            ("Breathe Fair", "Open Airways"),
            ("Tancred Fosbrooke-Ince", "Royston Lusignan"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("about 118,000 Ventaprox", "about 117,000 Ventaprox")),
    )
)

# --- transport: an untested update causes a rail signal failure (British) --------------------
_SIGNALS = _article(
    """
    Report blames untested software update for Wickmoor Junction signal failure

    A signal failure that halted trains through Wickmoor Junction for nine hours in February was
    caused by a software update installed without being tested, according to a report published on
    Tuesday by the Rail Incident Review Board.

    The 48-page report found that the update, loaded overnight by a contractor, left 23 signals
    stuck at red, cancelling 412 services and stranding an estimated 31,000 passengers. It says the
    contractor, Sparrowhatch Signalling Systems, skipped a required test because the overnight
    engineering window had overrun.

    "Nobody was hurt, because the system failed safe. But a railway that fails safe for a whole
    working day is still failing," said Meriel Brassey, the board's chief inspector.

    Kwaku Boateng-Fairlie, 38, a pharmacist who commutes from Wrensfold, said he spent four hours on
    a stopped train without water. "The guard knew as much as we did, which was nothing," he said.

    Professor Iolo Penhallurick, a railway systems engineer at Tenbridge University, said testing
    was often the first thing squeezed when overnight work ran late. "The pressure is always to hand
    the line back on time," he said.

    Shona Maclaverty, regional organiser of the rail workers' union, told reporters that staff had
    raised concerns about rushed overnight work in at least two written complaints last year.

    Asked about the report, Sparrowhatch said in a statement that it accepted the findings, had
    suspended the engineer in charge pending an internal inquiry, and had changed its procedures so
    that no update could be loaded without a signed test record.
    """
)
SPRING_WELL.append(
    _case(
        "rail_signal_failure_report",
        "well",
        _SIGNALS,
        _down(
            "named_to_anonymous",
            (
                "said Meriel Brassey, the board's chief inspector.",
                "said a senior figure at the board.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Shona Maclaverty, regional organiser of the rail workers' union, told reporters "
                "that staff had raised concerns",
                "Staff had raised concerns",
            ),
        ),
        _down(
            "documents_removed",
            ("Report blames untested", "Investigators blame untested"),
            (
                "according to a report published on Tuesday by the Rail Incident Review Board.",
                "investigators have concluded.",
            ),
            (
                "The 48-page report found that the update, loaded overnight by a contractor, left "
                "23 signals stuck at red, cancelling 412 services and stranding an estimated "
                "31,000 passengers. It says the contractor,",
                "The update was loaded overnight by a contractor, and hundreds of services were "
                "cancelled. The contractor,",
            ),
            ("skipped a required test", "is thought to have skipped a required test"),
        ),
        _down(
            "speculation_added",
            (
                "because the overnight engineering window had overrun.",
                "because the overnight engineering window had overrun, and some in the industry "
                "suspect the shortcut was far from the first.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'which was nothing," he said.',
                "Compensation data published by the train operator, Southmere Trains, show 11,400 "
                "delay claims were made for that day alone.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "without a signed test record.",
                "Asked why passengers were kept on stopped trains for hours, Southmere Trains "
                "spokeswoman Mhairi Rook said crews had not been allowed to open the doors while "
                "the signals were out.",
            ),
        ),
        _rename(
            "names",
            ("Wickmoor", "Hatherley"),
            ("Meriel Brassey", "Ishbel Scarsdale"),
            ("Kwaku Boateng-Fairlie", "Chidozie Trelawney"),
            ("Wrensfold", "Fenlowe"),
            ("Iolo Penhallurick", "Cadfael Vaughan-Tate"),
            ("Tenbridge", "Ebbisham"),
            ("Shona Maclaverty", "Morag Ballantyne"),
            ("Sparrowhatch", "Gorsebrook"),
        ),
        _rename("weekday", ("Tuesday", "Friday")),
        _same("minor_number", ("an estimated 31,000 passengers", "an estimated 32,000 passengers")),
    )
)

# --- environment: a marina expansion and the eelgrass beds -----------------------------------
_MARINA = _article(
    """
    Halyard Cove Marina wins approval for 140 new slips

    The Port Saltire Planning Commission voted 6-1 on Wednesday to let Halyard Cove Marina add 140
    boat slips and a fuel dock, on condition that the owners replant any eelgrass destroyed by
    dredging.

    An environmental report prepared for the city found that dredging would disturb about 2.3 acres
    of eelgrass, roughly a sixth of the beds in the cove, and that summer boat traffic would rise by
    an estimated 35 percent.

    "This is a working waterfront, and it needs room to work," said commission chair Hemlata
    Vanstraaten.

    Thorvald Vandemeulen, who has owned the marina since 2009, said the waiting list for a slip had
    grown to 260 boats. A dock hand, who asked not to be named because he was not authorized to
    speak, said some customers had waited six years.

    Dr. Itziar Ezenwa-Crowther, a marine ecologist at the Sandridge Oceanographic Institute who has
    surveyed the cove's eelgrass since 2015, said replanting had worked in about half of the
    projects she had studied. "Eelgrass is fussy. You can't just lay it like sod," she said.

    Oisin Grell, 57, a shellfish harvester, told the commission that his clam flats downstream were
    already silting up. The lone vote against came from Commissioner Nieves Zubiaur-Keyes, who said
    the replanting condition carried no penalty if it failed.

    Asked about the lack of a penalty, the marina's attorney, Jonah Quartermaine, said the owners
    had agreed to post a $400,000 bond that the city could draw on if the new eelgrass did not take.
    """
)
SPRING_WELL.append(
    _case(
        "marina_expansion_eelgrass",
        "well",
        _MARINA,
        _down(
            "named_to_anonymous",
            (
                "Thorvald Vandemeulen, who has owned the marina since 2009, said",
                "A person familiar with the marina's plans said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Oisin Grell, 57, a shellfish harvester, told the commission that his clam flats "
                "downstream were already silting up.",
                "Clam flats downstream are already silting up.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "An environmental report prepared for the city found that dredging would "
                "disturb about 2.3 acres of eelgrass, roughly a sixth of the beds in the cove, and "
                "that summer boat traffic would rise by an estimated 35 percent.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "if the new eelgrass did not take.",
                "Some on the waterfront believe the vote was settled long before the hearing, over "
                "drinks at the yacht club.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A dock hand, who asked not to be named because he was not authorized to speak, "
                "said",
                "Reuben Mabey-Lund, who has worked the marina's fuel dock for 11 years, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "carried no penalty if it failed.",
                "Professor Tryphena Quaintance, a coastal planning specialist at Wrayburn "
                "University, said bonds of that kind are rarely large enough to pay for a second "
                "attempt at restoration.",
            ),
        ),
        _rename(
            "names",
            ("Halyard Cove", "Tiller Bay"),
            ("Port Saltire", "Port Venner"),
            ("Hemlata Vanstraaten", "Marjolein Brookman"),
            ("Thorvald Vandemeulen", "Clifford Ruysdael"),
            ("Itziar Ezenwa-Crowther", "Evadne Albuquerque-Gillow"),
            ("Sandridge", "Shoalwater"),
            ("Oisin Grell", "Ruaridh Trudgeon"),
            ("Nieves Zubiaur-Keyes", "Guadalupe Tunstall"),
            ("Jonah Quartermaine", "Simon Cheverell"),
        ),
        _rename("weekday", ("Wednesday", "Monday")),
        _same("minor_number", ("grown to 260 boats", "grown to 250 boats")),
    )
)

# --- government: a city says the census missed thousands -------------------------------------
_CENSUS = _article(
    """
    Merrowgate to challenge census after review finds 6,400 residents missed

    Merrowgate will formally challenge its census count, Mayor Liesbeth Vukasin-Reilly said on
    Friday, after a review estimated that the census missed about 6,400 city residents, most of them
    renters on the east side.

    The review, by the demographic research unit at Eastlake State University, compared census
    totals with utility hookups, school enrollment and property tax records. It found that the
    Lantern Row, Millrace and Tanners Bend neighborhoods were undercounted by between 9 and 14
    percent. The census put Merrowgate's population at 187,300.

    "Every person the census missed costs us money for roads, schools and clinics for ten years,"
    Vukasin-Reilly said. City budget officials put the loss at about $2,100 per uncounted resident
    per year in federal and state funds.

    Dr. Fortunato Carraturo-Oyelade, a demographer at Eastlake State who led the review, said
    undercounts were common where many apartments had been carved out of older houses. "Units
    without their own mailbox are where census forms go to disappear," he said.

    Yesenia Taverner-Bolt, a community organizer in Lantern Row, said many families had feared that
    answering the census would expose them to their landlords.

    Asked about the review, the Census Bureau's regional office said in a statement that it would
    review any challenge the city filed but that its count had met the bureau's quality standards.
    It noted that successful challenges in past decades had usually changed a city's total by a few
    hundred people.
    """
)
SPRING_WELL.append(
    _case(
        "census_undercount_challenge",
        "well",
        _CENSUS,
        _down(
            "named_to_anonymous",
            (
                "Yesenia Taverner-Bolt, a community organizer in Lantern Row, said",
                "A community organizer who asked not to be named said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "City budget officials put the loss at about $2,100",
                "The loss comes to about $2,100",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The review, by the demographic research unit at Eastlake State University, "
                "compared census totals with utility hookups, school enrollment and property tax "
                "records. It found that the Lantern Row, Millrace and Tanners Bend neighborhoods "
                "were undercounted by between 9 and 14 percent. The census put Merrowgate's "
                "population at 187,300.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            (
                "would expose them to their landlords.",
                "would expose them to their landlords, and some neighbors suspect landlords "
                "quietly told tenants to throw the forms away.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would expose them to their landlords.",
                "Enrollment figures from the Merrowgate school district show about 1,900 more "
                "children aged 5 to 9 living in the three neighborhoods than the census recorded.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'where census forms go to disappear," he said.',
                "Innes Beckwith-Adair, a former bureau statistician who now teaches survey methods "
                "at Ormeshaw College, said the method used in the review was sound but tended to "
                "overstate undercounts slightly.",
            ),
        ),
        _rename(
            "names",
            ("Merrowgate", "Saltcote"),
            ("Liesbeth", "Gabriela"),
            ("Vukasin-Reilly", "Sarkis-Lowe"),
            ("Eastlake", "Sunderhill"),
            ("Lantern Row", "Copper Row"),
            ("Millrace", "Weirside"),
            ("Tanners Bend", "Fullers Bend"),
            ("Fortunato Carraturo-Oyelade", "Thibault Adebowale-Thwaite"),
            ("Yesenia Taverner-Bolt", "Maite Echeverria-Gathercole"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("population at 187,300", "population at 187,900")),
    )
)

# --- justice: courts run short of interpreters (British) -------------------------------------
_INTERPRETERS = _article(
    """
    Hearings postponed for lack of interpreters rose fivefold, figures show

    Nearly 1,300 court hearings in the Tressingham and Oldmoor region were postponed last year
    because no interpreter turned up, more than five times as many as in 2021, according to figures
    released on Monday by the Courts Service under freedom of information law.

    The figures show 1,287 postponements in 2024, against 241 in 2021, with Romanian and Tigrinya
    the languages most affected. Since 2022, interpreting in the region has been supplied under a
    single contract by Parlance Language Partners.

    "I have watched a defendant sent back to the cells three times in a week because nobody could
    tell him what was happening," said Rowena Attwater-Clegg, a defence solicitor who chairs the
    Oldmoor Law Society. She said victims were dropping out of cases after repeated delays.

    Dorota Kwiatkowska-Bell, 52, a court interpreter for 19 years, said she left the register in
    2023 after Parlance cut travel payments. "I was paid less to drive to court than to sit in it,"
    she said. A court clerk, who asked not to be named because staff may not speak to the press,
    said ushers were now asked to "find anyone who speaks Romanian."

    Professor Alun Prydderch, a specialist in legal translation at the University of Sedgecombe,
    said poor interpreting had been linked to successful appeals. "Without an interpreter, there is
    no hearing, only a room," he said.

    Asked about the figures, Parlance's operations director, Fergal Ives-Tennant, said the company
    was recruiting 60 interpreters and that a few rare languages accounted for most gaps.
    """
)
SPRING_WELL.append(
    _case(
        "court_interpreter_shortage",
        "well",
        _INTERPRETERS,
        _down(
            "named_to_anonymous",
            (
                "Dorota Kwiatkowska-Bell, 52, a court interpreter for 19 years, said",
                "One interpreter, who did not want to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said victims were dropping out of cases after repeated delays.",
                "Victims are dropping out of cases after repeated delays.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Hearings postponed for lack of interpreters rose fivefold, figures show",
                "Courts in Tressingham and Oldmoor run short of interpreters",
            ),
            (
                "Nearly 1,300 court hearings in the Tressingham and Oldmoor region were postponed "
                "last year because no interpreter turned up, more than five times as many as in "
                "2021, "
                "according to figures released on Monday by the Courts Service under freedom of "
                "information law.",
                "Court hearings in the Tressingham and Oldmoor region are increasingly being "
                "postponed because no interpreter turns up.",
            ),
            (
                "The figures show 1,287 postponements in 2024, against 241 in 2021, with Romanian "
                "and Tigrinya the languages most affected. Since 2022,",
                "Since 2022,",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "a few rare languages accounted for most gaps.",
                "Gossip among court staff has it that Parlance may walk away from the contract "
                "before it ends.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A court clerk, who asked not to be named because staff may not speak to the "
                "press, said",
                "Modupe Folarin-Shaw, a legal adviser at Oldmoor Magistrates' Court, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "by Parlance Language Partners.",
                "Accounts filed by the company show its pre-tax profit rose from £1.4 million in "
                "2022 to £3.1 million in 2023.",
            ),
        ),
        _rename(
            "names",
            ("Tressingham", "Aldwinkle"),
            ("Oldmoor", "Coldharrow"),
            ("Parlance", "Lingua Bridge"),
            ("Rowena Attwater-Clegg", "Eluned Loveday"),
            ("Dorota Kwiatkowska-Bell", "Halina Trevethan"),
            ("Alun Prydderch", "Iestyn Blackmore"),
            ("Sedgecombe", "Ashford Vale"),
            ("Fergal Ives-Tennant", "Malcolm Auchterlonie"),
        ),
        _same("minor_number", ("recruiting 60 interpreters", "recruiting 55 interpreters")),
        _rename("weekday", ("Monday", "Thursday")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- sport: a striker and a transfer rumour (British) ----------------------------------------
_TRANSFER = _article(
    """
    Is Vojtech Dolenc about to swap Quillfield Harriers for the bright lights?

    Speculation is mounting that Quillfield Harriers' star striker Vojtech Dolenc could be on his
    way out of the club before the transfer window closes, with several big clubs said to be
    circling.

    Reports on fan forums suggest a fee of around £40 million has been mentioned, although where
    that figure came from is anyone's guess. Some supporters are convinced the deal is already done
    and that the paperwork is a formality.

    "He's been sulking in training for weeks. Everyone at the club can see his head's been turned,"
    one source told a fan podcast.

    Others insist the 24-year-old is happy where he is and that the rumours are being stirred up by
    his agent to squeeze a better contract out of Harriers. It is understood that talks over a new
    deal stalled in the summer, though nobody seems sure why.

    Eagle-eyed fans claim to have spotted Dolenc's car outside a hotel used by scouts, and a blurry
    photo of a man said to be his brother at a rival club's ground has been shared thousands of
    times.

    Pundits reckon Harriers would struggle to replace his goals, and many fear the club could slide
    down the table without him. Others think a big fee would let the manager rebuild a squad that
    has looked tired for a while.

    Whether Dolenc stays or goes, the saga looks set to run and run, and supporters will be glued to
    their phones until the window finally slams shut.
    """
)
SPRING_WEAK.append(
    _case(
        "striker_transfer_rumour",
        "weak",
        _TRANSFER,
        _up(
            "anonymous_named",
            (
                '," one source told a fan podcast.',
                '," Lenny Ugwuegbu-Platt, a former Harriers captain, told a fan podcast.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody seems sure why.",
                "Asked about the reports, a Harriers spokeswoman, Kerensa Struthers, said the club "
                "had received no offer for Dolenc and had no intention of selling him.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the paperwork is a formality.",
                "Club accounts published in March show Harriers paid £6.5 million for Dolenc in "
                "2022 and that his contract runs until June 2027.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "has looked tired for a while.",
                "Dr Eilidh Tulloch, a sports economist at Ellerbrook University who studies the "
                "transfer market, said strikers of his age and scoring record typically sell for "
                "£25 million to £35 million.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "has been shared thousands of times.",
                "has been shared thousands of times, and some are whispering that the two clubs "
                "shook hands on a deal weeks ago.",
            ),
        ),
        _rename(
            "names",
            ("Vojtech", "Aleksander"),
            ("Dolenc", "Vukelic"),
            ("Quillfield", "Thornfield"),
        ),
        _same("minor_number", ("the 24-year-old", "the 25-year-old")),
    )
)

# --- food: a restaurant hygiene scare spreads online ----------------------------------------
_NOODLES = _article(
    """
    Viral posts spark fears over Jade Carp Noodle House. What's really going on?

    A wave of social media posts has left diners in Greywater Heights worried about the Jade Carp
    Noodle House, a popular spot on Pennivale Street, after claims that customers fell ill after
    eating there.

    The posts, which began circulating last weekend, allege that several people came down with food
    poisoning after eating the restaurant's dumplings, though how many is unclear. Some say it was a
    handful; others put the number in the dozens.

    "My cousin's friend was sick for three days. You couldn't pay me to eat there now," one
    commenter wrote.

    A video said to have been filmed in the restaurant's kitchen appears to show a mouse near a sack
    of flour, but it is not clear when or where it was recorded, and some viewers suspect it was
    taken somewhere else entirely.

    Rumors have also spread that health inspectors shut the kitchen down briefly last year, although
    nobody seems able to say when or why. Regulars have rushed to the restaurant's defense,
    insisting the place is spotless and that a jealous rival is behind the whole thing.

    Foodies say online pile-ons like this can sink a small business overnight, whether the claims
    are true or not.

    On Tuesday evening, the dining room was reportedly half-empty. Whether the Jade Carp weathers
    the storm may depend less on what happened in its kitchen than on what people decide to believe.
    """
)
SPRING_WEAK.append(
    _case(
        "noodle_house_hygiene_scare",
        "weak",
        _NOODLES,
        _up(
            "anonymous_named",
            (
                '," one commenter wrote.',
                '," wrote Marquise Whitacre, 31, a bike courier who lives two blocks away.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a jealous rival is behind the whole thing.",
                "Reached by phone, the restaurant's owner, Mei-Lin Fairbrass, said no customer had "
                'contacted her about an illness and that the video was "not our kitchen."',
            ),
        ),
        _up(
            "document_added",
            _after(
                "nobody seems able to say when or why.",
                "Inspection records on the county health department's website show the restaurant "
                "passed its last three inspections, most recently in August with a score of 96 out "
                "of 100.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "whether the claims are true or not.",
                "Dr. Amaia Treloar-Zondi, a food safety microbiologist at Quistwater State "
                "University, said stomach bugs are often blamed on the last meal a person ate, "
                "even though symptoms can take two days to appear.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "was taken somewhere else entirely.",
                "Some are even suggesting that the restaurant has changed its name before to shake "
                "off a bad reputation.",
            ),
        ),
        _rename(
            "names",
            ("Jade Carp", "Golden Ibis"),
            ("Greywater Heights", "Copperleaf Heights"),
            ("Pennivale Street", "Gimblett Street"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
    )
)

# --- odd news: a village and an unclaimed jackpot (British) ---------------------------------
_JACKPOT = _article(
    """
    Has a Sloeburrow villager scooped the £18 million jackpot?

    The village of Sloeburrow is buzzing with rumours that one of its residents is secretly sitting
    on a lottery fortune, after the winning ticket for last month's jackpot was reportedly sold at
    the local newsagent.

    Nobody has come forward, and nobody seems to know who the lucky winner is, but that has not
    stopped the guessing. Some villagers are convinced it must be a retired couple who were seen
    looking at cruise brochures; others swear it is a young farmhand who has not been seen at the
    pub since the draw.

    "Whoever it is, they're keeping very quiet. I'd be shouting it from the church tower," one woman
    said outside the post office.

    It is said that a brand-new sports car was seen parked on the green on Saturday morning, though
    by the afternoon it had gone. Some claim the winner has already handed in their notice at work.

    Others reckon the whole thing is a mix-up and that the ticket was really bought in a
    neighbouring town. Sceptics point out that rumours like this sweep through villages every few
    years and usually come to nothing.

    Unclaimed prizes are said to go to good causes if nobody comes forward in time, which would be
    quite a twist for a village that has argued about its crumbling hall for years.

    For now, Sloeburrow keeps guessing, and every new car or holiday brochure in the village is
    being watched very closely indeed.
    """
)
SPRING_WEAK.append(
    _case(
        "village_jackpot_rumour",
        "weak",
        _JACKPOT,
        _up(
            "anonymous_named",
            (
                '," one woman said outside the post office.',
                '," said Phyllida Tiplady, 74, who has run the village flower show for 20 years.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "bought in a neighbouring town.",
                "A spokesman for Lodestar Lotteries, which runs the draw, confirmed that the "
                "winning ticket was bought in the area but said it had not yet been claimed.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "usually come to nothing.",
                "Lodestar's annual report shows that 41 prizes of more than £1 million went "
                "unclaimed for over a month last year, and all but two were eventually paid out.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "its crumbling hall for years.",
                "Dr Felicity Okunade-Marsh, a psychologist at the University of Wharrington who "
                "studies sudden wealth, said many big winners keep their jobs for months to avoid "
                "drawing attention.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Some claim the winner has already handed in their notice at work.",
                "Some claim the winner has already handed in their notice at work, and there is "
                "gossip that a smartly dressed visitor from the city has been calling at one "
                "cottage on the lane.",
            ),
        ),
        _rename("names", ("Sloeburrow", "Hazelcombe")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- health: a supplement craze -------------------------------------------------------------
_CAPSULES = _article(
    """
    Shoppers can't get enough of Verdalux capsules. Nobody seems sure what they do

    They are sold out in half the health stores in town, and social media is full of people swearing
    by them. Verdalux, a capsule said to contain a blend of seaweed and mushroom extracts, has
    become the supplement of the moment, and fans claim it does almost everything.

    Depending on whom you ask, the capsules boost energy, sharpen memory, calm anxiety, ease joint
    pain and even slow the graying of hair. Some users say they noticed a difference within days,
    while others admit they are not sure it does anything at all.

    "I stopped getting my afternoon slump the first week. My whole office is on it now," one user
    posted in a popular wellness group.

    The craze is believed to have started when a fitness influencer mentioned the capsules in a
    video, though accounts differ on who it was. Stories are circulating of people ordering them in
    bulk and reselling them online for triple the price.

    Skeptics say the claims sound too good to be true and warn that supplements are loosely
    regulated. Some have raised concerns about what is actually in the capsules, though nobody has
    offered any evidence either way.

    Health experts are said to be divided, and some reportedly worry that people are taking far more
    than the recommended two capsules a day.

    Whatever is in them, Verdalux shows no sign of losing its shine, and the hunt for the next
    bottle goes on.
    """
)
SPRING_WEAK.append(
    _case(
        "supplement_capsule_craze",
        "weak",
        _CAPSULES,
        _up(
            "anonymous_named",
            (
                '," one user posted in a popular wellness group.',
                '," Brenna Szczepanik-Dunn, 36, an insurance claims adjuster in Pinfold Springs, '
                "posted in a popular wellness group.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "reselling them online for triple the price.",
                "Asked about the claims made for its product, the maker of Verdalux, Kelpmoor "
                'Naturals, said in an email that the capsules were "a food supplement, not a '
                'medicine" and that it had never said they treat any condition.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "offered any evidence either way.",
                "A lab analysis commissioned by the consumer group Label Watch found that three of "
                "five bottles tested held less than half the mushroom extract listed on the label.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the recommended two capsules a day.",
                "Dr. Angharad Adesanmi-Crane, a pharmacologist at Hennick University School of "
                "Medicine who studies dietary supplements, said seaweed extracts can carry a lot "
                "of iodine, which in large doses can upset the thyroid.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "not sure it does anything at all.",
                "There are even whispers that a celebrity chef has quietly bought a stake in the "
                "company behind it.",
            ),
        ),
        _rename("names", ("Verdalux", "Marivita")),
        _same("minor_number", ("the recommended two capsules", "the recommended three capsules")),
    )
)

# --- politics: is the mayor secretly engaged? -----------------------------------------------
_RING = _article(
    """
    Is Mayor Dulcie Rydell-Ambler secretly engaged? Arbory can't stop talking

    Tongues are wagging in Arbory after whispers that Mayor Dulcie Rydell-Ambler has quietly become
    engaged, though to whom, and since when, depends on who is doing the whispering.

    The talk began, apparently, when the mayor was seen wearing what some described as a large
    diamond ring at a ribbon-cutting on Thursday. Photos of her left hand have since been zoomed in
    on and shared across local Facebook groups.

    "She kept her hand in her pocket the whole time. That tells you everything," said one resident
    who attended the event.

    Some believe the lucky man is a developer who has business before the city, which would raise
    awkward questions if true. Others insist it is a schoolteacher from a neighboring town, and a
    few are sure the ring is an old family heirloom and there is no engagement at all.

    There are also claims that a wedding date has already been set for the fall, and it is said that
    a venue on the lake has been booked, although nobody can say which one.

    Political watchers say a mayor's private life usually matters little to voters, unless it starts
    to overlap with the job. Critics say the city deserves to know if there is any conflict.

    For now, the rumor mill keeps turning. Whether it turns out to be wedding bells or just a shiny
    ring, Arbory will have plenty to talk about until someone sets the record straight.
    """
)
SPRING_WEAK.append(
    _case(
        "mayor_engagement_rumor",
        "weak",
        _RING,
        _up(
            "anonymous_named",
            (
                "said one resident who attended the event.",
                "said Rhonda Figueroa-Pike, 58, a retired librarian who attended the event.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "there is no engagement at all.",
                "Asked about the talk, the mayor's chief of staff, Damon Whitlatch, said the ring "
                'had belonged to her late grandmother and that she was "not engaged to anyone."',
            ),
        ),
        _up(
            "document_added",
            _after(
                "would raise awkward questions if true.",
                "The mayor's most recent financial disclosure form, filed in April, lists assets "
                "of $250,000 to $500,000 and no business ties to any developer.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "starts to overlap with the job.",
                "Professor Chinwe Collingwood, who teaches government ethics at Vantreight "
                "University, said an official engaged to someone with business before the city "
                "would normally be expected to sit out those votes.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "deserves to know if there is any conflict.",
                "deserves to know if there is any conflict, and some suspect the relationship "
                "explains the mayor's sudden enthusiasm for a lakefront hotel.",
            ),
        ),
        _rename(
            "names",
            ("Dulcie", "Vivienne"),
            ("Rydell-Ambler", "Hartigan-Shaw"),
            ("Arbory", "Brinley Falls"),
        ),
        _rename("weekday", ("Thursday", "Saturday")),
    )
)

SPRING_CASES: tuple[Case, ...] = tuple(SPRING_WELL + SPRING_WEAK)
