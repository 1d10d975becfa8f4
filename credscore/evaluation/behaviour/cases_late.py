"""A seventh, late set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases`,
:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind`, :mod:`.cases_final` or
:mod:`.cases_cold`: it is a seventh, independent set of twelve base articles (seven WELL
sourced, five WEAKLY sourced) and their variants, written blind as a measurement. The topics,
people, places, organisations, outlets, figures and sentences are new and fictional; nothing is
copied from the other six sets, from any corpus or example, or from the web. The articles and
edits were written from the definitions of good and bad sourcing alone, and no text in this
module was scored with a model or run through an extractor while it was written.

The beats are ones the earlier sets used little or not at all: windstorm insurance, veterinary
medicine prices, archaeology, shipping, electricity rates, a rocket failure, an election
abroad, wine, a mobile phone outage, rail fares, contraband drones at a prison and a ski area.
The writing is varied: reporting verbs other than "said" ("told reporters", "told the
inquiry", "according to", "testified", "added", "wrote", "said in an email", "noted",
"called it"), inverted attributions ("said Commissioner X"), attributions after a quote that
runs over two sentences, surnames on second reference, titles ("Dr.", "Dr", "Professor", "the
Rev.", "Commissioner", "State Representative"), ages and appositions, British and American
spellings, and paragraphs of different lengths.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and at least two ``up``
variants; each weak base has four ``up`` variants and one ``down`` (speculation added, worded
differently in each); every base has a cosmetic ``names`` rename, a ``weekday`` and/or
``minor_number`` edit, and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds.

First measurement (2026-12-03, the model retrained after the cold set's fixes, the extractors
of that day, nothing changed with this set in view): directional 0.897 (61 of 68), cosmetic
1.000, well - weak +63.8. Three failures were ``speculation_added`` on weak bases (scores 3 to
16); four were on well bases (two ``documents_removed``, one ``named_to_anonymous``, one
``document_added``). Its failures were then read, so the set is no longer blind.
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

LATE_WELL: list[Case] = []
LATE_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- insurance: windstorm premiums on the coast ----------------------------------------------
_WINDSTORM = _article(
    """
    Pellham County coastal homeowners face 38 percent jump in windstorm premiums

    Homeowners on the Pellham County coast will pay an average of 38 percent more for windstorm
    coverage starting in July, after the state insurance department on Tuesday approved a rate
    request from the Gulf Harbor Windstorm Pool, the insurer of last resort for most of the
    shoreline.

    The department's 41-page order shows the pool paid out $612 million in claims after
    Hurricane Odile in 2024, more than twice what it had collected in premiums over the previous
    five years.

    "We are not raising rates because we want to. We are raising them because the last storm
    emptied the reserve," Carla Vantongeren, the pool's general manager, told reporters after
    the hearing. Vantongeren added that the pool would offer discounts to owners who fit storm
    shutters.

    Regina Oduya, 58, a retired nurse in Sable Point, said her annual bill would rise from
    $3,140 to about $4,300. "At some point the insurance costs more than the mortgage," she
    said.

    Thomas Albrecht-Moyo, an actuary who teaches risk management at Carrow State University,
    said the increase was in line with what catastrophe models predicted for the region. But
    steep jumps tend to push owners to drop coverage altogether, he warned, leaving them exposed
    to the next storm.

    State Representative Dwayne Keogh, who opposed the increase at the hearing, called it "a tax
    on living near the water." Insurance Commissioner Lydia Farnsworth declined to comment
    beyond the written order.
    """
)
LATE_WELL.append(
    _case(
        "windstorm_premiums",
        "well",
        _WINDSTORM,
        _down(
            "named_to_anonymous",
            (
                "emptied the reserve,\" Carla Vantongeren, the pool's general manager, told "
                "reporters after the hearing. Vantongeren added",
                'emptied the reserve," a senior official at the pool told reporters after the '
                "hearing, speaking on condition of anonymity. The official added",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Thomas Albrecht-Moyo, an actuary who teaches risk management at Carrow State "
                "University, said the increase was in line with what catastrophe models "
                "predicted for the region. But steep jumps tend to push owners to drop coverage "
                "altogether, he warned, leaving them exposed to the next storm.",
                "The increase is in line with what catastrophe models predicted for the region. "
                "But steep jumps tend to push owners to drop coverage altogether, leaving them "
                "exposed to the next storm.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The department's 41-page order shows the pool paid out $612 million in claims "
                "after Hurricane Odile in 2024, more than twice what it had collected in "
                "premiums over the previous five years.",
                "The pool has been under financial strain since Hurricane Odile in 2024.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"At some point the insurance costs more than the mortgage," she said.',
                "Several agents in the county privately predict that the last private insurers "
                "on the coast will be gone within a year, though none would say which companies "
                "they had in mind.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "leaving them exposed to the next storm.",
                "Dr. Nkechi Harrowgate, who studies coastal housing markets at the Merriden "
                "Institute for Public Policy, said rising premiums were already showing up in "
                'home prices. "Buyers are doing the insurance math before they make an offer," '
                "she said.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "over the previous five years.",
                "A report by the state's legislative budget office last fall found that the "
                "number of policies written by the pool had grown by 27 percent in three years "
                "as private carriers left the coast.",
            ),
        ),
        _rename(
            "names",
            ("Pellham", "Dorrance"),
            ("Gulf Harbor", "Saltmarsh Bay"),
            ("Odile", "Bertrand"),
            ("Carla", "Yvette"),
            ("Vantongeren", "Magnusson"),
            ("Regina Oduya", "Beatriz Ohlsson"),
            ("Sable Point", "Heron Key"),
            ("Thomas Albrecht-Moyo", "Arjun Castellano"),
            ("Carrow", "Stellan"),
            ("Dwayne Keogh", "Marcus Ilunga"),
            ("Lydia Farnsworth", "Ottilie Branagh"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("$3,140 to about", "$3,160 to about")),
    )
)

# --- veterinary: medicine prices at vet chains (British) -------------------------------------
_VETS = _article(
    """
    Pet owners overpay for vet medicines, watchdog finds

    Pet owners who buy medicines from their vet are paying on average 64 per cent more than they
    would at an online pharmacy, according to an interim report published on Thursday by the
    Fair Markets Authority.

    The 112-page report, based on price lists from 1,430 practices, found that six large groups
    now own almost 58 per cent of surgeries, up from 11 per cent a decade ago. It also found
    that most owners were never told they could ask for a written prescription and buy
    elsewhere.

    "People trust their vet, and they should. But trust is not the same thing as a fair price,"
    said Imogen Threlfall, the authority's director of markets, who led the inquiry.

    Professor Hamish Doyle, a veterinary economist at the Royal Strathmore Veterinary College,
    said the findings matched his own research on rural practices. "When the nearest other
    surgery is forty minutes' drive away, competition is largely theoretical," he added.

    Beatrix Olawale, 44, who breeds spaniels near Cumbernook, told the inquiry she had been
    charged £96 for a flea treatment she later found online for £31.

    Carevet Partners, the largest of the six groups, said in a statement that its prices
    reflected "the cost of keeping surgeries open around the clock" and that it would respond
    in full. The Society of Companion Animal Veterinarians did not respond to a request for
    comment.
    """
)
LATE_WELL.append(
    _case(
        "vet_medicine_prices",
        "well",
        _VETS,
        _down(
            "named_to_anonymous",
            (
                "said Imogen Threlfall, the authority's director of markets, who led the inquiry.",
                "said an official involved in the inquiry, who was not authorised to speak "
                "publicly.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Beatrix Olawale, 44, who breeds spaniels near Cumbernook, told the inquiry she "
                "had been charged £96 for a flea treatment she later found online for £31.",
                "Owners are being charged £96 for flea treatments that can be bought online for "
                "£31.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "64 per cent more than they would at an online pharmacy, according to an interim "
                "report published on Thursday by the Fair Markets Authority.",
                "far more than they would at an online pharmacy, the Fair Markets Authority said "
                "on Thursday.",
            ),
            (
                "The 112-page report, based on price lists from 1,430 practices, found that six "
                "large groups now own almost 58 per cent of surgeries, up from 11 per cent a "
                "decade ago. It also found that most owners were never told",
                "Large groups now own a growing share of surgeries, and many owners are never told",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "and that it would respond in full.",
                "There is speculation in the trade that at least one of the big groups could try "
                "to sell off its surgeries before the final report appears.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'competition is largely theoretical," he added.',
                "Dr Saoirse Mulcahy, who researches consumer law at the University of Glenarden, "
                "said the authority had the power to make practices display their medicine "
                "prices, as opticians already must.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "she later found online for £31.",
                "Consumer price figures from the national statistics office show vet fees rose "
                "9.4 per cent last year, more than twice the general rate of inflation.",
            ),
        ),
        _rename(
            "names",
            ("Imogen Threlfall", "Philippa Aldous"),
            ("Hamish", "Callum"),
            ("Doyle", "Varga"),
            ("Strathmore", "Inverlocke"),
            ("Beatrix Olawale", "Niamh Okonedo"),
            ("Cumbernook", "Ravensby"),
            ("Carevet", "Pawsworth"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("charged £96", "charged £94")),
    )
)

# --- archaeology: a Bronze Age causeway on a bypass route (British) --------------------------
_CAUSEWAY = _article(
    """
    Bronze Age causeway found beneath route of Harnley bypass

    Archaeologists working on the route of the planned Harnley bypass have uncovered a timber
    causeway dating to about 1500 BC, one of the oldest structures of its kind found in the
    region.

    The find was announced on Monday by Orla McConville, the county archaeologist, who called
    it "a remarkable survival". She said the waterlogged peat had preserved more than 300 oak
    posts, some still bearing the marks of bronze axes.

    An interim excavation report by Tessellate Heritage, the firm carrying out the dig, records
    three radiocarbon dates between 1620 and 1440 BC and lists 41 worked objects, among them a
    wooden bowl and part of a paddle.

    Dr Benedict Asante, a specialist in prehistoric wetlands at the University of Caldermere who
    visited the site last week, said such causeways were often built to reach islands used for
    offerings. "The bowl is the exciting part. Objects like that were rarely lost by accident,"
    he said.

    The county council, which is building the road, said the bypass would still open in 2027
    and that the causeway would be recorded in full before work resumed on that section.

    Campaigners want the road moved. "You cannot put something like this back once it's been
    dug up," said Gwilym Pryce, chair of the Harnley Moss Trust. The council's highways
    department did not respond to questions about the cost of rerouting.
    """
)
LATE_WELL.append(
    _case(
        "bronze_age_causeway",
        "well",
        _CAUSEWAY,
        _down(
            "named_to_anonymous",
            (
                "The find was announced on Monday by Orla McConville, the county archaeologist, "
                "who called it",
                "News of the find emerged on Monday from a person at the council, who called it",
            ),
            ("She said the waterlogged peat", "The person said the waterlogged peat"),
        ),
        _down(
            "attribution_removed",
            (
                "The county council, which is building the road, said the bypass would still "
                "open in 2027 and that the causeway would be recorded in full before work "
                "resumed on that section.",
                "The bypass will still open in 2027, and the causeway will be recorded in full "
                "before work resumes on that section.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "An interim excavation report by Tessellate Heritage, the firm carrying out the "
                "dig, records three radiocarbon dates between 1620 and 1440 BC and lists 41 "
                "worked objects, among them a wooden bowl and part of a paddle.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "before work resumed on that section.",
                "Local rumour has it that a second, larger structure lies under the neighbouring "
                "field, and that the council has known about it for years.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'rarely lost by accident," he said.',
                "Professor Ingrid Solbakken, who directs the wetland archaeology programme at "
                "Northmere University, said oak timbers this well preserved could be tree-ring "
                "dated to a single year, which would show exactly when the causeway was built.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "before work resumed on that section.",
                "Planning documents for the scheme show the council set aside £1.2 million for "
                "archaeological work, of which about £700,000 has been spent.",
            ),
        ),
        _rename(
            "names",
            ("Harnley", "Wexley"),
            ("Orla", "Bronagh"),
            ("McConville", "Fennimore"),
            ("Tessellate", "Stratum"),
            ("Benedict", "Rupert"),
            ("Asante", "Okwuosa"),
            ("Caldermere", "Ashby Vale"),
            ("Gwilym Pryce", "Morwenna Trask"),
        ),
        _rename("weekday", ("Monday", "Friday")),
        _same("minor_number", ("more than 300 oak", "more than 320 oak")),
    )
)

# --- shipping: cargo ship detained, crew unpaid ----------------------------------------------
_SHIP = _article(
    """
    Cargo ship held at Port Calloway after inspectors find crew unpaid for five months

    Inspectors at Port Calloway detained the bulk carrier Meridian Lark on Friday after finding
    that its 19 crew members had not been paid for five months and that two of its lifeboats
    could not be launched, according to a detention notice issued by the national maritime
    safety agency.

    The notice lists 14 deficiencies, six of them serious enough on their own to keep the ship
    in port. Wage records examined by the inspectors show the crew is owed about $287,000.

    "Some of these men have not sent a cent home since spring," said the Rev. Anselmo Tirado, a
    port chaplain who has visited the ship every day and brought food aboard. "Their families
    are borrowing money to eat."

    The owner has promised payment three times, according to Nadia Kurosawa, an inspector for
    the International Seafarers' Federation who has represented the crew since July.

    Eamon Szabo, a professor of maritime law at Brightwell University, said unpaid crews can ask
    a court to arrest a vessel and have it sold to cover their wages, though the process often
    takes months. "It works, but it works slowly, and the men are stuck aboard while it does,"
    Szabo said.

    Halvard Shipmanagement, which operates the Meridian Lark for its registered owner, said in
    an email that payment "is being arranged." It declined to say when.
    """
)
LATE_WELL.append(
    _case(
        "detained_cargo_ship",
        "well",
        _SHIP,
        _down(
            "named_to_anonymous",
            (
                "said the Rev. Anselmo Tirado, a port chaplain who has visited the ship every day "
                "and brought food aboard.",
                "said a volunteer who has visited the ship and asked not to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The owner has promised payment three times, according to Nadia Kurosawa, an "
                "inspector for the International Seafarers' Federation who has represented the "
                "crew since July.",
                "The owner has promised payment three times.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to a detention notice issued by the national maritime safety agency.",
                ".",
            ),
            (
                "The notice lists 14 deficiencies, six of them serious enough on their own to "
                "keep the ship in port. Wage records examined by the inspectors show the crew is "
                "owed about $287,000.",
                "The ship has other problems as well, and the crew is owed a large sum.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "It declined to say when.",
                "Dockworkers speculate that the owner may simply walk away and leave the ship to "
                "rust at the quay.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "It declined to say when.",
                "The registered owner, Castellane Bulk Ltd, did not respond to messages left at "
                "its office.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'stuck aboard while it does," Szabo said.',
                "Dr. Mireille Achebe, who researches seafarer welfare at the Corvey Institute of "
                "Maritime Studies, said crews on older bulk carriers were the most likely to be "
                "abandoned, because such ships are often worth less than the debts against them.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "has represented the crew since July.",
                "The federation's abandonment database lists 31 ships left with unpaid crews "
                "aboard last year, up from 19 the year before.",
            ),
        ),
        _rename(
            "names",
            ("Calloway", "Tarnwick"),
            ("Meridian Lark", "Northern Wren"),
            ("Anselmo Tirado", "Benedikt Moroz"),
            ("Nadia Kurosawa", "Ilse Mbatha"),
            ("Eamon", "Rafael"),
            ("Szabo", "Lindqvist"),
            ("Brightwell", "Harrowden"),
            ("Halvard", "Ostmark"),
        ),
        _rename("weekday", ("Friday", "Saturday")),
        _same("minor_number", ("about $287,000", "about $291,000")),
    )
)

# --- energy prices: electricity rate increase ------------------------------------------------
_RATES = _article(
    """
    Regulators approve 11 percent electric rate increase for Northvale Power customers

    The Harlow State Public Utilities Commission voted 3-2 on Wednesday to let Northvale Power
    raise residential electricity rates by 11 percent, well short of the 17 percent increase
    the utility had requested.

    The commission's final order says a typical household using 800 kilowatt-hours a month will
    see its bill rise from $118 to about $131 starting in January. Northvale told regulators in
    its filing that it needed the money to replace aging transmission lines and to cover higher
    natural gas costs.

    "This is still a big number for families who are already behind on their bills," said
    Commissioner Adaeze Nwankwo, one of the two members who voted no.

    Commission chair Robert Quillfeather defended the decision. "We cut everything we could
    justify cutting. What is left is real," Quillfeather said.

    At a hearing in June, Marisa Tennant, an energy economist at Eastbrook University, testified
    on behalf of the state consumer advocate that the increase would fall hardest on low-income
    households, which spend a larger share of their income on power.

    Northvale spokesman Jerome Abiodun said the company was "disappointed but ready to move
    forward." The consumer advocate's office said it was considering an appeal.
    """
)
LATE_WELL.append(
    _case(
        "electric_rate_increase",
        "well",
        _RATES,
        _down(
            "named_to_anonymous",
            (
                "Northvale spokesman Jerome Abiodun said the company",
                "A person familiar with Northvale's thinking said the company",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Northvale told regulators in its filing that it needed the money to replace",
                "The money is needed to replace",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The commission's final order says a typical household using 800 kilowatt-hours "
                "a month will see its bill rise from $118 to about $131 starting in January.",
                "Household bills will go up starting in January.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'What is left is real," Quillfeather said.',
                "Some critics suspect Northvale padded its request in the first place, knowing it "
                "would be cut back.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "which spend a larger share of their income on power.",
                "Dr. Haruto Bell, who studies utility regulation at the Corran School of Public "
                "Affairs, said commissions across the country had approved unusually large "
                "increases in the past two years as utilities replaced equipment built in the "
                "1970s.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "to cover higher natural gas costs.",
                "Figures from the federal energy statistics office show Harlow State households "
                "paid an average of 14.8 cents per kilowatt-hour last year, against a national "
                "average of 13.1 cents.",
            ),
        ),
        _rename(
            "names",
            ("Harlow", "Tamsworth"),
            ("Northvale", "Eastridge"),
            ("Adaeze Nwankwo", "Greta Solheim"),
            ("Robert", "Felix"),
            ("Quillfeather", "Ambrosini"),
            ("Marisa Tennant", "Leonie Carrick"),
            ("Eastbrook", "Westholme"),
            ("Jerome Abiodun", "Samir Haddad"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("from $118 to about $131", "from $119 to about $132")),
    )
)

# --- space: rocket failure investigation -----------------------------------------------------
_ROCKET = _article(
    """
    Stuck valve caused Corvane-2 rocket failure, investigation finds

    A valve that failed to close in the second stage caused the loss of a Corvane-2 rocket that
    broke apart four minutes after launch in March, destroying three weather satellites,
    according to an investigation report released Thursday by the launch company, Helixward
    Aerospace.

    The 38-page report says the helium pressurization valve stuck open and over-pressurized a
    fuel tank. Telemetry showed tank pressure climbing 22 percent above its limit in the final
    nine seconds of flight.

    "We own this failure completely," Helixward's chief executive, Sunniva Oduro, told a news
    briefing. "The valve came from a supplier, but the decision to fly it was ours."

    The company said it had redesigned the valve and would add a second inspection before each
    launch. It is aiming to fly again in October.

    Dr. Caspian Wells, a propulsion engineer who lectures in aerospace engineering at the
    Thornmere Institute of Technology, said pressurization faults were among the most common
    causes of lost rockets. "The fix sounds sensible, but a new valve design needs flight time
    before anyone should trust it," Wells said.

    The satellites belonged to the Meteorological Service of Ardovia, which said in a statement
    that they had been fully insured. The valve supplier, Trennick Fluid Systems, declined to
    comment.
    """
)
LATE_WELL.append(
    _case(
        "rocket_valve_failure",
        "well",
        _ROCKET,
        _down(
            "named_to_anonymous",
            (
                "Dr. Caspian Wells, a propulsion engineer who lectures in aerospace engineering "
                "at the Thornmere Institute of Technology, said",
                "An engineer who has worked on similar rockets and asked not to be identified said",
            ),
            ('should trust it," Wells said.', 'should trust it," the engineer said.'),
        ),
        _down(
            "attribution_removed",
            (
                "The company said it had redesigned the valve and would add a second inspection "
                "before each launch. It is aiming to fly again in October.",
                "The valve has been redesigned, and a second inspection will be added before "
                "each launch. The rocket should fly again in October.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to an investigation report released Thursday by the launch "
                "company, Helixward Aerospace.",
                ", the launch company, Helixward Aerospace, said Thursday.",
            ),
            _remove(
                "The 38-page report says the helium pressurization valve stuck open and "
                "over-pressurized a fuel tank. Telemetry showed tank pressure climbing 22 "
                "percent above its limit in the final nine seconds of flight.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "declined to comment.",
                "On spaceflight forums, speculation is swirling that the rocket was cleared to "
                "fly despite internal warnings about the valve.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'should trust it," Wells said.',
                "Professor Linnea Haverkamp, who studies launch vehicle reliability at the "
                "University of Oskarholm, noted that new rockets fail far more often in their "
                "first ten flights than later, and that the Corvane-2 had flown only six times.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "It is aiming to fly again in October.",
                "A letter posted on the website of the national aviation authority, which "
                "licenses launches, shows the agency accepted the report's findings on Wednesday "
                "but must still approve the redesign.",
            ),
        ),
        _rename(
            "names",
            ("Corvane", "Astraline"),
            ("Helixward", "Brightarc"),
            ("Sunniva Oduro", "Marit Esposito"),
            ("Caspian", "Leopold"),
            ("Wells", "Adeyemi"),
            ("Thornmere", "Quarrington"),
            ("Ardovia", "Selvania"),
            ("Trennick", "Holbeck"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("climbing 22 percent", "climbing 24 percent")),
    )
)

# --- elections abroad: observers on a disputed count -----------------------------------------
_ELECTION = _article(
    """
    Observers report counting problems in Velmoria's presidential vote

    International observers said on Sunday that vote counting in Velmoria's presidential
    election had been "orderly but not fully transparent," citing dozens of polling stations
    where party monitors were kept from watching the tally.

    In its preliminary statement, the 212-member mission from the Union of Coastal Democracies
    wrote that its teams had visited 1,046 of the country's roughly 6,300 polling stations and
    recorded serious problems at 74 of them, most in the northern province of Kestria.

    "The voting itself was calm and well run. Where we saw problems was after the doors
    closed," the head of the mission, Margarethe Vos, told reporters in the capital, Sarnovo.

    Official results published by the Central Election Commission give President Dragan
    Ilvescu 53.4 percent of the vote, enough to avoid a runoff. His main challenger, Teodora
    Vaskane, has refused to concede and is demanding a recount in Kestria.

    Dr. Aurelio Benhamou, a political scientist at the University of Tresland who studies
    elections in the region, said that with a margin so close to the 50 percent threshold,
    "even a few hundred disputed stations could decide whether there is a second round."

    The commission's chairman, Pavel Strezo, said complaints would be examined according to the
    law. A spokesman for the president's Civic Renewal party did not respond to requests for
    comment.
    """
)
LATE_WELL.append(
    _case(
        "election_observers_count",
        "well",
        _ELECTION,
        _down(
            "named_to_anonymous",
            (
                "the head of the mission, Margarethe Vos, told reporters in the capital, Sarnovo.",
                "a senior member of the mission told reporters in the capital, Sarnovo, on "
                "condition of anonymity.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The commission's chairman, Pavel Strezo, said complaints would be examined "
                "according to the law.",
                "Complaints will be examined according to the law.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "In its preliminary statement, the 212-member mission from the Union of Coastal "
                "Democracies wrote that its teams had visited 1,046 of the country's roughly 6,300 "
                "polling stations and recorded serious problems at 74 of them, most in",
                "The observers saw problems at a number of stations, most in",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "is demanding a recount in Kestria.",
                "Her supporters have circulated claims online, so far unverified, that whole "
                "boxes of ballots were swapped overnight.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'could decide whether there is a second round."',
                "Dr. Yevgenia Torrance, who researches election forensics at the Halvorsen "
                "Institute, said results from the disputed stations should be compared with "
                "those of earlier elections before anyone drew conclusions.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "enough to avoid a runoff.",
                "Results by polling station, posted on the commission's website, show turnout "
                "above 95 percent at 41 stations in Kestria, against 61 percent nationally.",
            ),
        ),
        _rename(
            "names",
            ("Velmoria", "Carnovia"),
            ("Kestria", "Drevnia"),
            ("Margarethe Vos", "Hedda Lindholm"),
            ("Sarnovo", "Polvar"),
            ("Dragan", "Stefan"),
            ("Ilvescu", "Morovan"),
            ("Teodora", "Irina"),
            ("Vaskane", "Castellan"),
            ("Aurelio Benhamou", "Jonas Aberra"),
            ("Tresland", "Wyndmoor"),
            ("Pavel Strezo", "Milan Dorovic"),
        ),
        _rename("weekday", ("Sunday", "Monday")),
        _same("minor_number", ("at 74 of them", "at 76 of them")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- wine: blending rumours in a valley (British) --------------------------------------------
_WINE = _article(
    """
    Whispers of a blending scandal hang over Coldbrook vineyards

    A cloud of suspicion has settled over the Coldbrook valley, where some in the wine trade
    claim that at least one well-known estate has been quietly topping up its prize-winning
    sparkling wine with cheap bulk wine from abroad.

    Nobody will say so on the record. One merchant, speaking on condition of anonymity, said the
    volumes simply did not add up. "They sold more bottles last year than their vines could
    possibly have produced," he said. "Everyone in the trade knows it."

    Others are less sure. It is said that a late frost last spring wiped out much of the
    valley's crop, and rumours began soon afterwards that some producers had looked elsewhere
    for grapes.

    Some growers believe the authorities have been tipped off; others claim nothing will be
    done because the estates concerned are too well connected.

    Tasters at a recent trade fair were reportedly puzzled by a change in style. Whether that
    means anything is anyone's guess.

    What is clear is that the gossip is doing damage. At least three restaurants are said to
    have taken Coldbrook wines off their lists, and one source in the valley suggested that
    sales had already fallen sharply.
    """
)
LATE_WEAK.append(
    _case(
        "wine_blending_whispers",
        "weak",
        _WINE,
        _up(
            "anonymous_named",
            ("Nobody will say so on the record.", "Few will say so on the record."),
            (
                "One merchant, speaking on condition of anonymity, said",
                "Giles Pettifer, who has run a wine merchant's in Kettlesham for thirty years, "
                "said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "looked elsewhere for grapes.",
                "Harvest declarations filed with the Wine Standards Board show growers in the "
                "valley reported 412 tonnes of grapes last autumn, down from 1,090 tonnes the "
                "year before.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "anyone's guess.",
                "Dr Rosalind Feathersby, a wine chemist at Wexcombe College of Viticulture, said "
                "isotope testing can show whether a wine was made from grapes grown in a "
                "particular region, and that results usually take about a fortnight.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "too well connected.",
                "The Coldbrook Valley Wine Producers' Association said in a statement that its "
                "members' production records were audited every year and that it had seen no "
                "evidence of wrongdoing.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "sales had already fallen sharply.",
                "If the rumours prove true, it may well be only the first of several estates to "
                "be caught up.",
            ),
        ),
        _rename("names", ("Coldbrook", "Ashendale")),
        _same("minor_number", ("At least three restaurants", "At least four restaurants")),
    )
)

# --- telecoms: mobile outage and sabotage talk -----------------------------------------------
_OUTAGE = _article(
    """
    Mobile outage leaves Dunhallow cut off, and rumors fill the silence

    Much of Dunhallow was without cell phone service for most of Saturday, and by evening
    residents were trading theories about what had gone wrong.

    Some blamed a fire at a tower on the ridge above town. Others insisted the outage was
    deliberate, with talk on neighborhood message boards of vandals cutting fiber cables.
    Neither claim could be confirmed.

    "Somebody told me it was sabotage, and honestly I wouldn't be surprised," said a man waiting
    outside a shuttered phone store on Main Street, who gave only his first name.

    It is thought that at least one carrier was affected, possibly more. Some customers said
    their phones showed a signal but could not place calls; others apparently had nothing at
    all. There were also unconfirmed reports that emergency calls had failed.

    A person who claimed to work for a contractor said crews had been seen on the ridge late in
    the afternoon, though what they were doing there is unclear.

    Service seemed to come back in patches overnight. Many residents are said to be furious,
    and there is already loose talk of a lawsuit.
    """
)
LATE_WEAK.append(
    _case(
        "mobile_outage_rumors",
        "weak",
        _OUTAGE,
        _up(
            "anonymous_named",
            (
                "A person who claimed to work for a contractor said crews had been seen on the "
                "ridge late in the afternoon, though what they were doing there is unclear.",
                "Darnell Fitch, 34, a technician with Ridgeway Tower Services, said his crew had "
                "been sent up to the ridge late in the afternoon to look at a damaged cable.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "loose talk of a lawsuit.",
                "A spokeswoman for Castlink Wireless, the largest carrier in the area, said on "
                "Sunday that the company was still investigating and would give affected "
                "customers a one-day credit.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "emergency calls had failed.",
                "An outage report that Castlink Wireless filed with the state Public Service "
                "Board lists 14 towers out of service for up to 16 hours and blames a damaged "
                "fiber line.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "Neither claim could be confirmed.",
                "Dr. Ines Marchbank, who teaches network engineering at Pinecrest Technical "
                "College, said a single cut fiber line can take down many towers at once and "
                "that sabotage is a rare cause of outages.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Neither claim could be confirmed.",
                "Some are already wondering aloud whether the outage was a trial run for "
                "something bigger.",
            ),
        ),
        _rename("names", ("Dunhallow", "Fenwater"), ("Main Street", "Mill Street")),
        _rename("weekday", ("Saturday", "Friday")),
    )
)

# --- public transport fares: rumoured rail fare rise (British) -------------------------------
_FARES = _article(
    """
    Commuters brace for rumoured fare rise on the Wessmoor line

    Passengers on the Wessmoor line could face a steep rise in fares next year, if talk
    circulating among rail staff and commuters proves correct.

    Figures of 15 or even 20 per cent have been mentioned, though nobody seems able to say where
    they came from. One insider claimed the decision had been taken months ago and was simply
    being kept quiet until after the spring.

    "We keep hearing it'll be announced any day now. It feels like they're softening us up,"
    said a season-ticket holder who travels in daily from Pellingham.

    It is understood that the operator has been losing money on the line since timetables were
    cut, and some believe the rise is meant to make up the shortfall. Others suspect that
    off-peak discounts will be scrapped altogether.

    Commuter groups are said to be furious. There is talk of a protest at the main station,
    though no date appears to have been set.

    Some passengers are reportedly looking at driving instead. Whether or not the rumours are
    true, confidence in the line seems to be at a low ebb.
    """
)
LATE_WEAK.append(
    _case(
        "rail_fare_rumours",
        "weak",
        _FARES,
        _up(
            "anonymous_named",
            (
                "said a season-ticket holder who travels in daily from Pellingham.",
                "said Harriet Quennell, 52, an accountant who has travelled in daily from "
                "Pellingham for eleven years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "no date appears to have been set.",
                "Greyline Trains, which runs the Wessmoor line, said in a statement that next "
                "year's fares had not yet been set and would be announced in the usual way in "
                "December.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "discounts will be scrapped altogether.",
                "The operator's latest annual accounts show passenger income on the line fell "
                "from £41 million to £33 million over two years.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "kept quiet until after the spring.",
                "Professor Deepak Hollis, a transport economist at Brantwood University, said "
                "regulated fares on the line cannot rise by more than inflation plus one "
                "percentage point, which would cap next year's increase at about 4.6 per cent.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "seems to be at a low ebb.",
                "Some go further still, predicting that the line itself could close within a few "
                "years if passenger numbers keep falling.",
            ),
        ),
        _rename("names", ("Wessmoor", "Tollbridge"), ("Pellingham", "Ashcott")),
        _same("minor_number", ("15 or even 20 per cent", "15 or even 18 per cent")),
    )
)

# --- prisons: drone drop talk ----------------------------------------------------------------
_DRONES = _article(
    """
    Drones over Harcastle prison? Talk grows, answers don't

    Stories are spreading in Harcastle that drones have been flying drugs and phones over the
    walls of the state prison on the edge of town, perhaps for months.

    Some neighbors say they have seen small lights hovering over the fields at night. One woman
    who lives about a quarter mile away claimed she had heard buzzing almost every weekend
    since the summer. It is not known whether any of the sightings are connected.

    A person described as having contacts inside the prison said contraband had become "easier
    to get than a postage stamp," and suggested that some guards were looking the other way.
    That claim could not be verified.

    There are rumors, too, that an inmate fell seriously ill after taking drugs that came in by
    air, though details are vague and the account seems to change with each telling.

    "Everybody here knows something's going on. Nobody's saying what," said a local business
    owner who asked not to be named.

    Some in town believe the problem is being played down to avoid embarrassment. Others think
    it has been blown out of proportion.
    """
)
LATE_WEAK.append(
    _case(
        "prison_drone_talk",
        "weak",
        _DRONES,
        _up(
            "anonymous_named",
            (
                "said a local business owner who asked not to be named.",
                "said Roy Tembo, 61, who has run a hardware store across the road from the "
                "prison for 20 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "blown out of proportion.",
                "The state Department of Corrections said in a statement that it had recovered "
                "two drones on prison grounds this year and that any officer found smuggling "
                "contraband would be fired and referred for prosecution.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "any of the sightings are connected.",
                "Incident logs obtained by this newspaper through a public records request show "
                "staff at the prison reported 23 suspected drone flights between January and "
                "August, up from four in the same period last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "That claim could not be verified.",
                "Dr. Priscilla Wendover, a criminologist at Lockhart State University who "
                "studies prison contraband, said drone deliveries had become common nationwide, "
                "but that most drugs still reach inmates through visitors and the mail.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "change with each telling.",
                "One theory making the rounds is that a gang from the city is paying local "
                "teenagers to fly the drones, although nobody has offered any proof.",
            ),
        ),
        _rename("names", ("Harcastle", "Morrowby")),
        _same("minor_number", ("about a quarter mile away", "about half a mile away")),
    )
)

# --- tourism: ski area sale talk -------------------------------------------------------------
_SKI = _article(
    """
    Talk of a sale unsettles the Cobb Peak ski town of Alder Fork

    Few topics have dominated conversation in Alder Fork this winter quite like the future of
    the Cobb Peak ski area, which locals fear may be about to change hands.

    According to chatter in lift lines and bars, a big resort company has been circling the
    mountain for months. Some say a deal is already done; others believe the family that has
    owned the hill since the 1960s is merely testing the market.

    "If they sell to one of the big outfits, lift tickets go through the roof and the locals get
    priced out. That's what always happens," said one longtime instructor, who did not want to
    be identified.

    There are also rumors that the new owners, whoever they turn out to be, would tear down the
    old base lodge and put up condominiums. It is unclear where that idea began.

    A few business owners reportedly fear that seasonal jobs could be cut, while others suggest
    a sale might bring investment the mountain badly needs.

    For now the lifts are turning and the snow is good. But the uncertainty, many in town say,
    is hard to ski past.
    """
)
LATE_WEAK.append(
    _case(
        "ski_area_sale_talk",
        "weak",
        _SKI,
        _up(
            "anonymous_named",
            (
                "said one longtime instructor, who did not want to be identified.",
                "said Kirsten Halloway, 47, who has taught at Cobb Peak for 22 seasons.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "is merely testing the market.",
                "Reached by phone on Tuesday, Walt Brennigan, whose family has owned the ski "
                'area for three generations, said it was not for sale. "Nobody has made an '
                'offer, and I would not take one if they did," he said.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "It is unclear where that idea began.",
                "County property records show no change in ownership of the 1,140-acre ski "
                "area, and no application to build housing at the base has been filed with the "
                "planning office.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "investment the mountain badly needs.",
                "Dr. Marta Lindgard, an economist at Calder Ridge University who studies "
                "mountain resort towns, said independent ski areas had been bought up steadily "
                "for two decades, and that day-ticket prices typically rise within a few seasons "
                "of a sale.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "It is unclear where that idea began.",
                "Speculation has also drifted toward the water rights that come with the "
                "mountain, which some think could be the real prize.",
            ),
        ),
        _rename("names", ("Alder Fork", "Pine Hollow"), ("Cobb Peak", "Grouse Mountain")),
        _same("minor_number", ("since the 1960s", "since the 1950s")),
    )
)

LATE_CASES: tuple[Case, ...] = tuple(LATE_WELL + LATE_WEAK)
