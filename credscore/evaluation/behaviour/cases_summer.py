"""An eleventh, summer set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the nine sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`): it is an eleventh, independent
set of twelve base articles (seven WELL sourced, five WEAKLY sourced) and their variants,
written blind as a measurement. The topics, people, places, organisations, outlets, figures and
sentences are new and fictional; nothing is copied from the other sets, from any corpus or
example, or from the web. The articles and edits were written from the definitions of good and
bad sourcing alone: no text in this module was scored with a model or run through an extractor
while it was written, and the code of the signals, lexicons, features and model was not read.

The beats are heat deaths and the opening hours of cooling centers, a lifeguard shortage that
shuts outdoor pools, an airport baggage system that lost track of thousands of bags, a stalled
licensing scheme for holiday lets, a state lawsuit over rooftop solar leases, a rise in Lyme
disease, and a cut in food delivery riders' pay after an app change (well sourced), and a
cycling team's sponsor rumours, a shark scare at a beach, talk of a film shoot in a small town,
a suspected change to an ice cream recipe and a rumour that a town's Fourth of July fireworks
are cancelled (weakly sourced). The writing varies the reporting verbs ("said", "told the
committee", "said at a news conference", "said in a statement", "said in an email", "accused",
"criticised", "welcomed", "found", "estimates", "show", "lists"), inverts some attributions
("said Councillor X", "City Controller Y said"), uses surnames on second reference, titles
("Dr", "Dr.", "Professor", "Councillor", "City Controller", "Attorney General", "Airport
director"), ages and appositions, and mixes British and American spellings. Each base is 240
to 260 words long, written with straight ASCII quotes (double quotes, with single quotes for a
quotation inside a quotation), as every base in the suite is; the curly forms come from the
generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and two ``up`` variants;
each weak base has four ``up`` variants (one of each up kind) and one ``down`` (speculation
added, worded differently in each, sometimes as a sentence of its own and sometimes as a clause
added to a sentence already in the text); every base has a cosmetic ``names`` rename, a
``weekday`` or ``minor_number`` edit (both for the well bases), and the generic typography,
wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors of that morning with
the day's first class fixes, and the unnamed-spokesperson rule of the features, scored with the
model trained at commit 1e4fc73): directional 0.940 (63 of 67), cosmetic 1.000, well - weak
+75.3. The four failures: ``documents_removed`` and ``expert_added`` on well bases at 78 and 94,
``document_added`` on a well base (+0.1), ``speculation_added`` on a weak base at 2.0.
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

SUMMER_WELL: list[Case] = []
SUMMER_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- health: heat deaths and cooling centers that closed at dusk -----------------------------
_HEAT_DEATHS_REPORT = (
    "An annual report by the county medical examiner's office found that 19 people died of "
    "heat-related causes last summer, up from seven the year before. Fourteen were over 65, and "
    "11 died alone in homes without working air conditioning.\n\n"
)
_HEAT = _article(
    """
    Tolvern County heat deaths nearly tripled last summer as cooling centers closed at dusk

    Tolvern County will keep two of its four cooling centers open until midnight this summer,
    officials said Thursday, after a year in which heat deaths in the county nearly tripled.

    An annual report by the county medical examiner's office found that 19 people died of
    heat-related causes last summer, up from seven the year before. Fourteen were over 65, and 11
    died alone in homes without working air conditioning.

    "These were not sudden deaths. People got sick over days, in apartments that never cooled off at
    night," said Dr. Linnea Varghese-Holm, the county's chief medical examiner.

    Dr. Teodoro Quansah-Bell, an environmental epidemiologist at Raddick State University who
    studies heat mortality, said the county's figures matched a pattern seen across the Southwest.
    "The deadliest heat is the heat that doesn't break after sunset," he said.

    County Commissioner Hollis Quayle-Barrera criticized last year's decision to close the centers
    at 6 p.m., saying residents were sent home just as their apartments were at their hottest.

    Asked about the hours, Maren Dufresne, a spokeswoman for the county's emergency management
    department, said the centers had closed early because of a shortage of overnight staff, and that
    the county had since hired 30 overnight workers.

    Gustavo Pelletier-Okafor, 68, who lives in a third-floor apartment in East Tolvern, said he
    spent last July's worst nights in his car with the engine running. "It was the only cold place I
    had," he said.
    """
)
SUMMER_WELL.append(
    _case(
        "heat_deaths_cooling_centers",
        "well",
        _HEAT,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Linnea Varghese-Holm, the county's chief medical examiner.",
                "said one county official.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "County Commissioner Hollis Quayle-Barrera criticized last year's decision to "
                "close the centers at 6 p.m., saying residents were sent home just as their "
                "apartments were at their hottest.",
                "Last year's decision to close the centers at 6 p.m. sent residents home just as "
                "their apartments were at their hottest.",
            ),
        ),
        _down("documents_removed", _remove(_HEAT_DEATHS_REPORT)),
        _down(
            "speculation_added",
            _after(
                "their apartments were at their hottest.",
                "Some residents suspect that many more heat deaths went uncounted.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "doesn't break after sunset,\" he said.",
                "Dr. Philippa Nakashima-Ross, a geriatrician at the Orlen School of Medicine who "
                "treats heat illness, said many older patients take medicines that make it "
                "harder for the body to shed heat.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "without working air conditioning.",
                "Records from the county's 911 dispatch center show calls for heat illness rose "
                "from 212 the summer before to 587 last summer.",
            ),
        ),
        _rename(
            "names",
            ("Tolvern", "Quenmoor"),
            ("Linnea Varghese-Holm", "Carys Obinna-Lund"),
            ("Teodoro Quansah-Bell", "Benedek Strallan"),
            ("Raddick", "Pennywell"),
            ("Hollis Quayle-Barrera", "Juniper Castellano-Reid"),
            ("Maren Dufresne", "Annika Shorecross"),
            ("Gustavo Pelletier-Okafor", "Emilio Braithwaite-Ngata"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("Pelletier-Okafor, 68", "Pelletier-Okafor, 69")),
    )
)

# --- leisure: outdoor pools short of lifeguards (British) ------------------------------------
_LIDO_STAFFING_PAPER = (
    "A staffing paper presented to the council's leisure committee shows that the number of "
    "qualified lifeguards on its books fell from 74 in 2019 to 31 last year, and that 40 per "
    "cent of applicants this spring withdrew before finishing their training.\n\n"
)
_LIDO = _article(
    """
    Harnwick lidos to open only at weekends as council struggles to hire lifeguards

    Two of Harnwick's three outdoor pools will open only at weekends this summer because the council
    has hired 23 of the 61 lifeguards it needs, the borough's leisure chief said on Monday.

    "I would rather shut a pool for a day than open it without enough eyes on the water," said
    Councillor Perpetua Nwankwo-Reilly, cabinet member for leisure at Harnwick Borough Council.

    A staffing paper presented to the council's leisure committee shows that the number of qualified
    lifeguards on its books fell from 74 in 2019 to 31 last year, and that 40 per cent of applicants
    this spring withdrew before finishing their training.

    Dr Ossian Brattle, a lecturer in sport management at Lindfield Hope University who has studied
    lifeguard recruitment, said pay was the main problem. "Councils are asking teenagers to hold a
    professional qualification for the minimum wage. Supermarkets pay more for stacking shelves," he
    said.

    Fenella Korsgaard, who chairs the Friends of Sallow Lane Lido, accused the council of letting
    the shortage build for years without acting. A petition to keep the lido open every day has
    gathered 4,200 signatures.

    Bettina Lowrie-Ashe, 39, who swims at Sallow Lane before work, has used the lido most mornings
    since 2011. "It's the cheapest therapy in town," she said.

    Asked why recruitment had not begun earlier, a council spokesman, Conrad Irvine-Dabrowski, said
    the authority had started advertising in January and was now offering to pay the £380 course fee
    for new recruits.
    """
)
SUMMER_WELL.append(
    _case(
        "lido_lifeguard_shortage",
        "well",
        _LIDO,
        _down(
            "named_to_anonymous",
            (
                "said Councillor Perpetua Nwankwo-Reilly, cabinet member for leisure at Harnwick "
                "Borough Council.",
                "said one senior councillor.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Fenella Korsgaard, who chairs the Friends of Sallow Lane Lido, accused the "
                "council of letting the shortage build for years without acting.",
                "The council let the shortage build for years without acting.",
            ),
        ),
        _down("documents_removed", _remove(_LIDO_STAFFING_PAPER)),
        _down(
            "speculation_added",
            (
                "has gathered 4,200 signatures.",
                "has gathered 4,200 signatures, and some regulars suspect the council quietly "
                "wants to sell the site to developers.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "has gathered 4,200 signatures.",
                "Council attendance figures show Sallow Lane had 88,000 visits last summer, more "
                "than the borough's two indoor pools combined.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'Supermarkets pay more for stacking shelves," he said.',
                "Professor Ingrid Saltonstall-Obi, who researches drowning prevention at the "
                "University of Drumcaskey, said shorter opening hours could push swimmers "
                "towards rivers and flooded quarries, where most drownings happen.",
            ),
        ),
        _rename(
            "names",
            ("Harnwick", "Dunscombe"),
            ("Perpetua Nwankwo-Reilly", "Rosamund Achebe-Hart"),
            ("Ossian Brattle", "Lachlan Oyewusi"),
            ("Lindfield Hope", "Aldgrave"),
            ("Fenella Korsgaard", "Imelda Strachan"),
            ("Sallow", "Tannery"),
            ("Bettina Lowrie-Ashe", "Tabitha Danquah"),
            ("Conrad Irvine-Dabrowski", "Hamish Anyanwu-Lisle"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("4,200 signatures", "4,100 signatures")),
    )
)

# --- transport: an airport baggage system loses track of bags --------------------------------
_BAGS_AUDIT = (
    "An audit by the controller's office found that the system's scanners failed to read about "
    "one tag in 12 during peak hours, and that the airport paid the contractor, Veltrane "
    "Conveyor Systems, $2.3 million in change orders before the equipment passed its final "
    "acceptance test.\n\n"
)
_BAGS = _article(
    """
    New baggage system at Pellston-Ardry airport lost track of 11,000 bags, city controller says

    A $64 million automated baggage system at Pellston-Ardry Regional Airport misrouted or delayed
    more than 11,000 checked bags in its first three months, the city controller said Wednesday.

    An audit by the controller's office found that the system's scanners failed to read about one
    tag in 12 during peak hours, and that the airport paid the contractor, Veltrane Conveyor
    Systems, $2.3 million in change orders before the equipment passed its final acceptance test.

    "The airport took delivery of a machine that had not been shown to work. Then it paid extra to
    fix it," City Controller Abelard Mwangi-Strand said at a news conference.

    Airport director Solveig Hartigan-Cruz told the City Council's aviation committee that the
    scanner fault had been fixed in August and that fewer than 40 bags a week now go astray, down
    from about 900 at the worst point.

    Dr. Wilhelmina Umeadi, an industrial engineer at Tamarack Polytechnic Institute who has designed
    baggage systems for three airports, said early failures were common but that a one-in-12 misread
    rate was "far outside what any airline would tolerate."

    Carmelo Dunsforth, a traveling nurse, said his suitcase reached Vessick Falls four days after he
    did. "I bought everything twice," he said.

    Veltrane said in an emailed statement that the airport had changed the system's specifications
    after the contract was signed and that the change orders paid for that extra work. The company
    declined to answer questions about the test results.
    """
)
SUMMER_WELL.append(
    _case(
        "airport_baggage_audit",
        "well",
        _BAGS,
        _down(
            "named_to_anonymous",
            (
                "Dr. Wilhelmina Umeadi, an industrial engineer at Tamarack Polytechnic Institute "
                "who has designed baggage systems for three airports, said",
                "An engineer who has worked on airport baggage systems said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Airport director Solveig Hartigan-Cruz told the City Council's aviation "
                "committee that the scanner fault had been fixed in August and that fewer than "
                "40 bags a week now go astray,",
                "The scanner fault was fixed in August, and fewer than 40 bags a week now go "
                "astray,",
            ),
        ),
        _down("documents_removed", _remove(_BAGS_AUDIT)),
        _down(
            "speculation_added",
            _after(
                '"I bought everything twice," he said.',
                "Some airline workers have speculated that the whole system may have to be torn "
                "out and replaced.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "The company declined to answer questions about the test results.",
                "Asked whether the city would try to recover the $2.3 million, mayoral "
                "spokeswoman Idony Przybylski said the city's lawyers were reviewing the "
                "contract.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                '"far outside what any airline would tolerate."',
                "Kwabena Lindqvist-Moore, a former baggage operations manager who now teaches "
                "aviation management at Tallowmere State University, said airports normally run "
                "a new system alongside the old one for months before switching over.",
            ),
        ),
        _rename(
            "names",
            ("Pellston-Ardry", "Harrowgate-Lyle"),
            ("Veltrane", "Korvex"),
            ("Abelard Mwangi-Strand", "Thaddeus Omondi-Varga"),
            ("Solveig Hartigan-Cruz", "Marisela Fontaine-Mensah"),
            ("Wilhelmina Umeadi", "Henrietta Solanke-Rudd"),
            ("Tamarack", "Hollowash"),
            ("Carmelo Dunsforth", "Anselm Dovecote"),
            ("Vessick Falls", "Garnock Vale"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("about 900 at the worst point", "about 950 at the worst point")),
    )
)

# --- housing: a holiday let licensing scheme stalls (British) --------------------------------
_LETS_REGISTER = (
    "The council's public register, updated on Friday, lists 212 approved licences out of 1,390 "
    "applications. A survey by the council's housing team estimates that a further 300 "
    "properties advertised on booking websites have not applied at all.\n\n"
)
_LETS = _article(
    """
    Porthcarrow holiday let owners wait months as licence scheme stalls

    Fewer than one in six holiday lets in Porthcarrow has been licensed under a scheme that became
    compulsory in April, leaving hundreds trading without its safety checks.

    The council's public register, updated on Friday, lists 212 approved licences out of 1,390
    applications. A survey by the council's housing team estimates that a further 300 properties
    advertised on booking websites have not applied at all.

    "We are not trying to close anyone down. We are trying to make sure every guest has a working
    smoke alarm," said Jowan Trebilcock-Adu, the council's head of private housing. He said
    inspectors had found faulty gas appliances in 31 of the first 400 properties they visited.

    Dr Marisol Penhaligon-Ruiz, a housing economist at the University of Kernowan who studies second
    homes, said similar schemes elsewhere had cut short-term lets by 8 to 15 per cent within two
    years. "Some owners decide it isn't worth it and sell to locals," she said.

    Wenna Olorunsola, who runs three holiday cottages in the town, criticised the council for a
    backlog she said was leaving law-abiding owners in limbo. "I applied in February and I've heard
    nothing," she said.

    Tomos Villeneuve, 27, a fisherman whose rented flat became a holiday let in 2022, welcomed the
    scheme. "Every cottage that comes back to locals is a family that can stay," he said.

    Asked about the backlog, council spokeswoman Demelza Aubrey-Kaur said inspectors had been
    borrowed from other departments and that every application would be decided by September.
    """
)
SUMMER_WELL.append(
    _case(
        "holiday_let_licensing",
        "well",
        _LETS,
        _down(
            "named_to_anonymous",
            (
                "Wenna Olorunsola, who runs three holiday cottages in the town, criticised",
                "One owner criticised",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "He said inspectors had found faulty gas appliances in 31 of the first 400 "
                "properties they visited.",
                "Inspectors have found faulty gas appliances in 31 of the first 400 properties "
                "they visited.",
            ),
        ),
        _down("documents_removed", _remove(_LETS_REGISTER)),
        _down(
            "speculation_added",
            _after(
                'is a family that can stay," he said.',
                "There is talk around the harbour that the council will eventually cap the "
                "number of lets altogether.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "have not applied at all.",
                "Census figures show that 37 per cent of homes in the town's harbour ward are "
                "second homes or holiday lets.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would be decided by September.",
                "A spokesman for Polgarrick Holidays, the agency that manages 140 of the "
                "unlicensed properties, said it had urged owners to apply and was waiting for "
                "inspection dates.",
            ),
        ),
        _rename(
            "names",
            ("Porthcarrow", "Polwenna"),
            ("Jowan Trebilcock-Adu", "Kenver Hosking-Bello"),
            ("Marisol Penhaligon-Ruiz", "Esperanza Tregenza"),
            ("Kernowan", "Lanhydrock"),
            ("Wenna Olorunsola", "Morwenna Okonjo-Fitch"),
            ("Tomos Villeneuve", "Jago Penwithick"),
            ("Demelza Aubrey-Kaur", "Tamara Penrice-Gill"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("Tomos Villeneuve, 27", "Tomos Villeneuve, 28")),
    )
)

# --- consumer: a state sues a rooftop solar installer over leases ----------------------------
_SOLAR_COMPLAINT = (
    "The complaint, filed in Coldwater County Superior Court, says sales agents promised "
    "customers that their power bills would fall by half but did not disclose that lease "
    "payments rise 2.9 percent every year. By year 20, it says, a typical customer pays $214 a "
    "month, more than the household's old electric bill.\n\n"
)
_SOLAR = _article(
    """
    State sues Sunvessel Solar, saying lease costs were hidden from 2,600 homeowners

    Attorney General Delphine Marchetti-Oyelaran sued Sunvessel Home Solar on Tuesday, accusing the
    Quillby-based installer of misleading about 2,600 homeowners about the true cost of its 20-year
    panel leases.

    The complaint, filed in Coldwater County Superior Court, says sales agents promised customers
    that their power bills would fall by half but did not disclose that lease payments rise 2.9
    percent every year. By year 20, it says, a typical customer pays $214 a month, more than the
    household's old electric bill.

    "Sunvessel sold savings that did not exist and locked families into contracts that make their
    homes harder to sell," Marchetti-Oyelaran said in a statement. Her office has received 340
    complaints about the company since 2022, she said.

    Yolanda Ferreira-Nkem, 71, a retired school bus driver in Kilnbury, said she signed her lease
    after a two-hour sales visit in 2021. "He kept saying 'free panels.' Nobody ever said the word
    'escalator' to me," she said.

    Professor Leopold Vashti, who teaches consumer finance at Ostlerby College of Law, said
    escalator clauses were legal but had to be explained plainly. "A contract can be lawful and
    still be sold unlawfully," he said.

    Sunvessel's general counsel, Anneliese Obuya-Marsh, said in an email that every customer
    received a written disclosure of the escalator and had three days to cancel. She said the
    company would fight the lawsuit.

    The attorney general wants customers released from their leases without penalty, plus fines of
    up to $5,000 per violation.
    """
)
SUMMER_WELL.append(
    _case(
        "solar_lease_lawsuit",
        "well",
        _SOLAR,
        _down(
            "named_to_anonymous",
            (
                "Yolanda Ferreira-Nkem, 71, a retired school bus driver in Kilnbury, said",
                "One customer said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Her office has received 340 complaints about the company since 2022, she said.",
                "There have been 340 complaints about the company since 2022.",
            ),
        ),
        _down("documents_removed", _remove(_SOLAR_COMPLAINT)),
        _down(
            "speculation_added",
            (
                "She said the company would fight the lawsuit.",
                "She said the company would fight the lawsuit, though some in the industry "
                "expect it to settle quietly before trial.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "more than the household's old electric bill.",
                "Rate filings with the state Public Utilities Commission show residential "
                "electricity prices rose an average of 1.8 percent a year over the past decade.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "She said the company would fight the lawsuit.",
                "Sunward Sales Partners, the firm that employed Sunvessel's door-to-door "
                "agents, did not respond to phone calls and emails seeking comment.",
            ),
        ),
        _rename(
            "names",
            ("Sunvessel", "Clearfield"),
            ("Delphine", "Ramona"),
            ("Marchetti-Oyelaran", "Castellucci-Abara"),
            ("Quillby", "Dunleith"),
            ("Coldwater", "Hartsfell"),
            ("Yolanda Ferreira-Nkem", "Gwendolyn Ashby-Osei"),
            ("Kilnbury", "Cobbleford"),
            ("Leopold Vashti", "Cornelius Pettigrove"),
            ("Ostlerby", "Brindlecombe"),
            ("Anneliese Obuya-Marsh", "Theodora Kinsella-Mbeki"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("Ferreira-Nkem, 71", "Ferreira-Nkem, 73")),
    )
)

# --- health: Lyme disease spreads through a valley -------------------------------------------
_TICKS_DATA = (
    "Surveillance data from the state Department of Health show confirmed cases rose from 184 in "
    "2019 to 411 last year, with the steepest rise among children aged 5 to 9. Three counties "
    "that reported no cases a decade ago now report them every year.\n\n"
)
_TICKS = _article(
    """
    Ticks spread Lyme disease into new corners of the Okanee Valley

    Lyme disease cases in the Okanee Valley have more than doubled in five years, state health
    officials said Monday.

    Surveillance data from the state Department of Health show confirmed cases rose from 184 in 2019
    to 411 last year, with the steepest rise among children aged 5 to 9. Three counties that
    reported no cases a decade ago now report them every year.

    "We are seeing ticks in places where people have never had to think about them," said Dr.
    Fiorella Abernathy-Sesay, the state epidemiologist.

    Dr. Caspian Nethercott, an entomologist at Hartsell University who has trapped ticks in the
    valley since 2014, said warmer winters had let deer ticks spread farther north. His team found
    infected ticks at 17 of 22 sites it sampled last summer, he said.

    In Wendham, town councilor Agatha Penrose-Mbeki has accused the parks department of letting
    trails become overgrown after it stopped mowing them in 2023 to save money. Parks director
    Lorcan Bickerstaff-Ayo said the cut was reversed this spring. "We heard the families, and the
    mowers are back out," he said.

    Ondine Marquez-Holloway, whose son Rafe, 7, was hospitalized with Lyme carditis last August,
    said doctors should have tested him sooner. "He had a fever and a rash for five days before
    anyone said 'tick,'" she said.

    Asked about the delay, Dmitri Vasquez-Tollan, a spokesman for Okanee Valley Children's Hospital,
    said it does not discuss patients but has since trained urgent-care staff to ask about tick
    bites.
    """
)
SUMMER_WELL.append(
    _case(
        "lyme_disease_rise",
        "well",
        _TICKS,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Fiorella Abernathy-Sesay, the state epidemiologist.",
                "said one state health official.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "His team found infected ticks at 17 of 22 sites it sampled last summer, he said.",
                "Infected ticks turned up at 17 of 22 sites sampled last summer.",
            ),
        ),
        _down("documents_removed", _remove(_TICKS_DATA)),
        _down(
            "speculation_added",
            _after(
                'the mowers are back out," he said.',
                "Some hikers fear that popular trails could be closed next summer if the numbers "
                "keep climbing.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "before anyone said 'tick,'\" she said.",
                "Dr. Nkechi Ballantyne-Oru, a pediatric infectious disease specialist at Larkin "
                "Medical College, said a summer fever with a spreading rash should always prompt "
                "doctors to ask about ticks.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'the mowers are back out," he said.',
                "Asked why the mowing had been cut in the first place, town manager Everett "
                "Solberg-Diaz said Wendham had lost $90,000 in state aid that year.",
            ),
        ),
        _rename(
            "names",
            ("Okanee", "Taskawa"),
            ("Fiorella Abernathy-Sesay", "Margit Oyelaran-Fisk"),
            ("Caspian Nethercott", "Lucien Moorcroft-Ude"),
            ("Hartsell", "Brookmoor"),
            ("Wendham", "Orrisford"),
            ("Agatha Penrose-Mbeki", "Cordelia Nwosu-Pelham"),
            ("Lorcan Bickerstaff-Ayo", "Desmond Whitlock-Eze"),
            ("Ondine Marquez-Holloway", "Saoirse Delacroix-Burns"),
            ("Rafe", "Milo"),
            ("Dmitri Vasquez-Tollan", "Arvid Tremayne-Okoro"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("son Rafe, 7,", "son Rafe, 8,")),
    )
)

# --- labour: delivery riders' pay falls after an app change (British) ------------------------
_RIDERS_SURVEY = (
    "A survey of 612 riders by the Independent Couriers' Guild, published on Thursday, found "
    "that median pay per delivery dropped from £4.10 to £3.28 while the average distance per "
    "order rose by 0.6 miles. Two thirds said they now worked longer hours to earn the "
    "same.\n\n"
)
_RIDERS = _article(
    """
    Dashlark riders say pay fell by a fifth after app change

    Dashlark delivery riders in Brennford say their pay per order has fallen by about a fifth since
    the company changed how its app sets fees in March.

    A survey of 612 riders by the Independent Couriers' Guild, published on Thursday, found that
    median pay per delivery dropped from £4.10 to £3.28 while the average distance per order rose by
    0.6 miles. Two thirds said they now worked longer hours to earn the same.

    "The app used to pay for the miles. Now it pays whatever it reckons you'll accept," said Kaveh
    Ruddock-Osei, 34, a rider and the guild's branch secretary. He said at least 40 riders had quit
    the app since the change.

    Dr Henrike Alsop, a labour economist at Brennford Metropolitan University who studies platform
    work, said the figures fitted research showing that algorithmic pay shifts risk onto workers.
    "When pay is set by a formula nobody can see, riders cannot tell if they are treated fairly,"
    she said.

    Gwendolyn Achterberg-Sowe, the MP for Brennford North, said she had written to the company
    asking it to publish how fees are calculated.

    In a statement, Dashlark said the change was made to "reward riders who take longer trips" and
    that hourly earnings in Brennford had risen, but it gave no figures. The company declined a
    request for an interview.

    Ilse Kernick, a rider since 2021, has given up lunchtime shifts. "You sit outside a burger place
    for forty minutes and go home with a tenner," she said.
    """
)
SUMMER_WELL.append(
    _case(
        "delivery_rider_pay_cut",
        "well",
        _RIDERS,
        _down(
            "named_to_anonymous",
            (
                "Gwendolyn Achterberg-Sowe, the MP for Brennford North, said",
                "One local politician said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "He said at least 40 riders had quit the app since the change.",
                "At least 40 riders have quit the app since the change.",
            ),
        ),
        _down("documents_removed", _remove(_RIDERS_SURVEY)),
        _down(
            "speculation_added",
            (
                "The company declined a request for an interview.",
                "The company declined a request for an interview, fuelling speculation among "
                "riders that further cuts are on the way.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "asking it to publish how fees are calculated.",
                "Professor Tobias Wrexham-Nair, an employment lawyer at the University of "
                "Aldermoor, said riders classed as self-employed had little legal recourse when "
                "a platform changed its rates.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "The company declined a request for an interview.",
                "Dashlark's most recent accounts, filed at Companies House in January, show its "
                "UK revenue rose 14 per cent last year to £96 million.",
            ),
        ),
        _rename(
            "names",
            ("Dashlark", "Zipnest"),
            ("Brennford", "Harlingmoor"),
            ("Kaveh Ruddock-Osei", "Ibrahim Fenwick-Tate"),
            ("Henrike Alsop", "Ottilie Fairbairn-Kwan"),
            ("Gwendolyn Achterberg-Sowe", "Rosalind Mukherjee-Pryce"),
            ("Ilse Kernick", "Niamh Trevorrow-Banda"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("Ruddock-Osei, 34", "Ruddock-Osei, 35")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- sport: a cycling team and its sponsor (British) -----------------------------------------
_CYCLING = _article(
    """
    Questions swirl over Team Halcyon's future as sponsor rumours grow

    Team Halcyon, the Colbridge-based professional cycling squad, could be without a title sponsor
    next season, according to whispers circulating in the peloton this week.

    Several riders are said to have been told privately to look for new contracts, and one source
    close to the team claimed that the bike supplier has not been paid since the spring. Others
    insist everything is fine.

    The team's main backer, the energy drinks firm Voltaro, is rumoured to be unhappy after a season
    in which Halcyon has won just two races. Some in the sport believe the company has already
    agreed to move its money to a rival squad, though nothing has been announced.

    "Everyone's talking about it. You hear something different at every start village," said one
    team mechanic, who did not want to be named.

    Fans online have been quick to draw conclusions. A widely shared post on a cycling forum on
    Sunday suggested that the team's star climber, 24-year-old Jules Vercauteren, had been seen
    meeting managers from another team at a hotel in Alcarell. It is not clear whether the meeting
    took place.

    There are also suggestions that staff wages were paid late in June, although this could not be
    confirmed. A former rider reportedly described the mood on the team bus as "grim".

    It is understood that the team's owners are looking at a number of options. Whether any of them
    keeps Halcyon on the road next year remains anybody's guess.
    """
)
SUMMER_WEAK.append(
    _case(
        "cycling_sponsor_rumour",
        "weak",
        _CYCLING,
        _up(
            "anonymous_named",
            (
                "said one team mechanic, who did not want to be named.",
                "said Rhodri Faulconbridge, who has worked as a mechanic for the team since 2019.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nothing has been announced.",
                "Asked about the reports, Voltaro's head of marketing, Saskia Brenninkmeyer, "
                'said the company was "reviewing all of its sponsorships" and would announce a '
                "decision in October.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Others insist everything is fine.",
                "Accounts filed by the team's holding company, Halcyon Racing Ltd, show it lost "
                "£1.9 million last year on turnover of £11.4 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "remains anybody's guess.",
                "Dr Aurelie Nakamura-Boyce, who researches sports sponsorship at the University "
                "of Colbridge, said title sponsors often renegotiate in late summer and that such "
                "talk rarely means a team will fold.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "It is not clear whether the meeting took place.",
                "Some fans are already guessing that the squad could collapse before the season "
                "is out.",
            ),
        ),
        _rename(
            "names",
            ("Halcyon", "Kestrelle"),
            ("Colbridge", "Esterby"),
            ("Voltaro", "Zintra"),
            ("Jules Vercauteren", "Maxime Vandewalle"),
            ("Alcarell", "Montoral"),
        ),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

# --- odd news: a shark scare at a beach ------------------------------------------------------
_SHARK = _article(
    """
    Shark talk empties Scarrowsand Beach, though no one can say what was seen

    Swimmers at Scarrowsand Beach in Port Skerrington reportedly cleared the water Saturday
    afternoon after word spread that a large shark had been spotted near the jetty, though it
    remains unclear what, if anything, was actually out there.

    Some beachgoers said they saw a fin. Others said it was a dolphin, a piece of driftwood, or
    nothing at all. A video circulating on social media appears to show a dark shape in the waves,
    but where and when it was filmed is not known.

    "Everybody just started running out. Somebody yelled that it was a great white, and that was
    it," said one woman who was at the beach with her children and asked not to be identified.

    Rumors have swirled for weeks that sharks are following bait fish closer to shore this summer,
    and some locals believe earlier sightings were kept quiet to protect the tourist season. A surf
    shop employee claimed that lifeguards had been told not to talk about it.

    It is not known whether the beach was officially closed or swimmers simply left on their own.
    Several people said a lifeguard whistled everyone in, while others insisted no one gave any
    order.

    Charter captains are said to have seen more sharks offshore than usual, and one longtime
    fisherman reportedly described the water as "busier than I've ever seen it." Whether that means
    anything for swimmers is another matter.

    For now, the talk on the boardwalk is about little else.
    """
)
SUMMER_WEAK.append(
    _case(
        "beach_shark_scare",
        "weak",
        _SHARK,
        _up(
            "anonymous_named",
            (
                "said one woman who was at the beach with her children and asked not to be "
                "identified.",
                "said Marguerite Okoye-Lindell, 41, who was at the beach with her two sons.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "while others insisted no one gave any order.",
                "Asked whether the beach had been closed, Port Skerrington beach patrol captain "
                "Desmond Aukerman said lifeguards had called swimmers in for 40 minutes as a "
                "precaution after a report of a fin.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "lifeguards had been told not to talk about it.",
                "Records from the state Division of Marine Fisheries show two confirmed shark "
                "sightings within a mile of Port Skerrington's beaches last summer and none so far "
                "this year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "but where and when it was filmed is not known.",
                "Dr. Beatrix Nwachukwu-Lowe, a marine biologist at the Calderhaven Institute of "
                "Oceanography who tracks tagged sharks along this coast, said dolphins feed near "
                "the jetty most summer afternoons and are often mistaken for sharks.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "For now, the talk on the boardwalk is about little else.",
                "For now, the talk on the boardwalk is about little else, and some business "
                "owners fear the scare could cost them the rest of the summer.",
            ),
        ),
        _rename("names", ("Scarrowsand", "Sandpiper"), ("Skerrington", "Pellmere")),
        _rename("weekday", ("Saturday", "Friday")),
    )
)

# --- entertainment: is a film crew coming to town? -------------------------------------------
_FILM = _article(
    """
    Is Hollywood coming to Dunmarrow? Town buzzes over film shoot rumors

    A major studio may be planning to shoot a big-budget movie in downtown Dunmarrow this fall, if
    the talk around town is to be believed.

    The rumors started after a group of people carrying clipboards and cameras was spotted walking
    along Quarry Street last week. Some residents say they were location scouts. Others think they
    were surveyors, or just tourists.

    One shop owner claimed that a famous actor had been seen eating at a diner on the edge of town,
    though she admitted she had not seen him herself. Posts on a community message board say filming
    could start as soon as October and last for up to 12 weeks.

    "If it's true, it'd be the biggest thing to happen here in fifty years," said a man who runs a
    hardware store on Quarry Street. He declined to give his name.

    There is speculation that the production could pay some businesses to close for several days,
    and some people say downtown streets might be shut to traffic. Nobody seems to know who would
    decide that.

    It is also rumored that the town quietly agreed to waive permit fees to win the production, a
    claim that has stirred grumbling among some taxpayers.

    Meanwhile, casting for extras is supposedly set for the high school gym sometime next month, and
    word has it that hundreds of locals have already sent in photos.

    Whatever the truth, Dunmarrow is enjoying the attention.
    """
)
SUMMER_WEAK.append(
    _case(
        "film_shoot_rumor",
        "weak",
        _FILM,
        _up(
            "anonymous_named",
            (
                "said a man who runs a hardware store on Quarry Street. He declined to give his "
                "name.",
                "said Wendell Ashcombe-Pryor, who has run a hardware store on Quarry Street "
                "since 1998.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "stirred grumbling among some taxpayers.",
                "Asked about the claim, town administrator Rosalind Kittredge-Oyo said no "
                "production company had applied for a permit and the town had not discussed "
                "waiving any fees.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Nobody seems to know who would decide that.",
                "A filming permit application posted on the Ockenford County website lists a "
                'production called "Northbound Light" with 14 days of shooting in Dunmarrow in '
                "October.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "Others think they were surveyors, or just tourists.",
                "Harriet Szabo-Quinlan, a professor of film production at Cressing Hill "
                "University who spent a decade as a location manager, said studios often scout "
                "dozens of towns for every one they choose.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "have already sent in photos.",
                "Some are even guessing that the film is the next installment of a well-known "
                "superhero franchise.",
            ),
        ),
        _rename("names", ("Dunmarrow", "Fenbrook"), ("Quarry", "Wharfside")),
        _same("minor_number", ("up to 12 weeks", "up to 11 weeks")),
    )
)

# --- food: has a dairy changed its ice cream? (British) --------------------------------------
_ICE_CREAM = _article(
    """
    Fans fear favourite Fairholme ice cream has quietly changed its recipe

    Devotees of Fairholme Dairy's raspberry ripple ice cream are convinced that the family-run firm
    from Hembleton has secretly changed its recipe, with some claiming the tubs now contain less
    cream and more sugar.

    The grumbling began on social media earlier this month, when several shoppers posted that the
    ice cream tasted "icier" and "not like it used to". Within four days, the complaints had been
    shared thousands of times.

    One regular customer, who did not want to be named, said she was sure the tubs had shrunk as
    well. "They think nobody notices. Everybody notices," she said.

    According to gossip in Hembleton, the dairy was bought last year by a large food group, though
    who that might be is unclear. Some suspect the new owners are cutting costs ahead of a wider
    relaunch. Others put the change down to the price of milk.

    A former employee is said to have told friends that the factory changed suppliers in the spring.
    It has not been possible to verify this.

    There are also claims that at least two farm shops have stopped stocking the brand, and rumours
    that the ripple flavour may be dropped altogether, which would disappoint generations of summer
    visitors.

    Many people say they have never trusted "new and improved" labels. Whether anything has really
    changed, or whether nostalgia is playing tricks on people's taste buds, remains to be seen.
    """
)
SUMMER_WEAK.append(
    _case(
        "ice_cream_recipe_rumour",
        "weak",
        _ICE_CREAM,
        _up(
            "anonymous_named",
            (
                "One regular customer, who did not want to be named, said",
                "Margery Tullworth, 66, who has bought the ice cream every summer since 1979, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Others put the change down to the price of milk.",
                "Approached about the claims, Fairholme's managing director, Idris "
                "Lamorna-Achebe, said the recipe had not changed since 1987 and that the tubs "
                "were the same size as ever.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "though who that might be is unclear.",
                "Records at Companies House show that Fairholme Dairy Ltd is still controlled by "
                "the Hesketh-Moyo family, who hold 96 per cent of its shares.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "It has not been possible to verify this.",
                "Dr Oonagh Fairclough-Ibe, a food scientist at the University of Saltrigg who "
                "studies frozen desserts, said ice cream that thaws and refreezes in a shop "
                "freezer turns icy without any change to the recipe.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "changed suppliers in the spring.",
                "changed suppliers in the spring, possibly to a cheaper one abroad.",
            ),
        ),
        _rename("names", ("Fairholme", "Brackendale"), ("Hembleton", "Stowcombe")),
        _same("minor_number", ("Within four days", "Within five days")),
    )
)

# --- local government: are the Fourth of July fireworks off? ---------------------------------
_FIREWORKS = _article(
    """
    Rumors fly that Sallowfield Falls' Fourth of July fireworks are off

    Sallowfield Falls may be without its Fourth of July fireworks this year, according to rumors
    that have raced through town in recent days.

    Talk of a cancellation began on Tuesday, when a post on a neighborhood social media page claimed
    that the money set aside for the show had been "spent on something else." The post did not say
    who had spent it or on what.

    "I heard it from two different people at church, so there must be something to it," said a
    longtime resident who asked that her name not be used.

    Some believe the town simply forgot to book the fireworks company in time. Others think the show
    was quietly dropped because of the fire danger after a dry spring. A few are convinced the money
    was used to cover overruns on the new town hall roof, though nobody has offered any evidence of
    that.

    One volunteer who helps organize the parade reportedly told friends that planning meetings had
    been canceled without explanation. Whether that has anything to do with the fireworks is
    unclear.

    Meanwhile, the rumor mill has produced a rival theory: that the show will go ahead but will be
    moved to the reservoir. Supposedly, that would keep sparks away from the dry grass at Millpond
    Park.

    Whatever is happening, residents appear to agree on one thing. A Fourth without fireworks would
    not feel like summer.
    """
)
SUMMER_WEAK.append(
    _case(
        "fireworks_cancellation_rumor",
        "weak",
        _FIREWORKS,
        _up(
            "anonymous_named",
            (
                "said a longtime resident who asked that her name not be used.",
                "said Loretta Fennimore-Abboud, 72, who has lived in Sallowfield Falls since 1976.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody has offered any evidence of that.",
                "Asked whether the show had been canceled, town manager Bartholomew "
                "Isaksen-Reyes said the fireworks were booked and paid for and would go ahead "
                "as planned.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "The post did not say who had spent it or on what.",
                "The town's budget for this fiscal year, posted on its website, sets aside "
                "$18,500 for the Independence Day fireworks.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "from the dry grass at Millpond Park.",
                "Dr. Severin Blackthorne-Idowu, a fire ecologist at Granite Valley State "
                "University, said towns in the region often move displays over open water in dry "
                "years, because falling embers cannot start fires there.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Whether that has anything to do with the fireworks is unclear.",
                "Some suspect the town council will blame the weather to avoid admitting a "
                "mistake.",
            ),
        ),
        _rename("names", ("Sallowfield", "Thistlebrook"), ("Millpond", "Beaverdam")),
        _rename("weekday", ("Tuesday", "Monday")),
    )
)

SUMMER_CASES: tuple[Case, ...] = tuple(SUMMER_WELL + SUMMER_WEAK)
