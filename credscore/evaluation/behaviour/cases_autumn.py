"""A twelfth, autumn set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the ten sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`): it is a
twelfth, independent set of twelve base articles (seven WELL sourced, five WEAKLY sourced) and
their variants, written blind as a measurement. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets,
from any corpus or example, or from the web, and every surname and place name was checked
against the other sets and replaced where it already occurred. The articles and edits were
written from the definitions of good and bad sourcing alone: no text in this module was scored
with a model or run through an extractor while it was written, and the code of the signals,
lexicons, features and model was not read.

The beats are a school bus driver shortage that merges routes, first-year students housed in
hotels when the halls run out of rooms, apples left unpicked when seasonal workers' visas arrive
late, pedestrian injuries after the clocks go back under dimmed street lights, a backlog of voter
registrations before a November election, a backlog of winter heating aid applications, and
deer crashes on a highway where a wildlife underpass was never built (well sourced), and a
rumour that a pumpkin farm is being sold to developers, a Halloween candy tampering scare, lights
seen over a reservoir, talk that a village's last pub will close, and a story that wild
mushrooms sold at a farmers market made people ill (weakly sourced). The writing varies the
reporting verbs ("said", "told the school board", "said in an email", "accused", "blamed",
"criticized", "criticised", "called", "estimates", "show"), inverts some attributions ("said
Professor X", "said Inspector Y", "said Sgt. Z"), uses surnames on second reference, titles
("Dr", "Dr.", "Professor", "Superintendent", "Inspector", "Councillor", "County Clerk", "State
Rep.", "State Sen.", "Sgt.", "Mayor"), ages, appositions and possessive roles ("the students'
union's president"), and mixes British and American spellings. Each base is 240 to 260 words long,
written with straight ASCII quotes and apostrophes, as every base in the suite is; the curly
forms come from the generic typography variant.

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

First measurement (2026-12-03, before this set was read; the extractors and the model of
commit 476d03a): directional 0.910 (61 of 67), cosmetic 1.000, well - weak +71.5. The six
failures: ``speculation_added`` three times on weak bases and once on a well base at 95,
``document_added`` on the same well base (-2.0), ``attribution_removed`` on a well base (-0.2).
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

AUTUMN_WELL: list[Case] = []
AUTUMN_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- education: a school bus driver shortage merges routes -----------------------------------
_BUS_STAFFING_REPORT = (
    "A staffing report presented to the board shows that the district employs 71 licensed "
    "drivers, down from 104 in 2021, and that 23 of this year's applicants dropped out of the "
    "seven-week commercial license course before finishing it.\n\n"
)
_BUS = _article(
    """
    Pellisand schools merge bus routes as driver shortage leaves children waiting

    Pellisand County Public Schools has merged 14 of its 96 bus routes this fall because it cannot
    hire enough drivers, leaving some children waiting more than an hour for a ride home, district
    officials said on Wednesday.

    "We are asking families to be patient, and I know that patience has run out for some of them,"
    Superintendent Marguerite Nettleford told the school board.

    A staffing report presented to the board shows that the district employs 71 licensed drivers,
    down from 104 in 2021, and that 23 of this year's applicants dropped out of the seven-week
    commercial license course before finishing it.

    Board member Delphine Arrowsmith accused the district's transportation contractor, Stanmoss
    Student Transit, of letting drivers' pay fall behind what delivery companies offer.

    Dr. Anneliese Vortmann, a professor of transportation policy at Fellbridge State University who
    has studied school bus staffing, said the shortage was national. "The job means split shifts,
    early starts and a great deal of responsibility for modest pay. The districts that solved it
    guaranteed drivers a full day's hours," she said.

    In an email, a Stanmoss spokeswoman, Jocasta Reinholt, said the company had raised starting pay
    to $23 an hour in August and expected 12 new drivers to finish training by November.

    Anselm Zielinski, 41, whose two children ride Route 38, said his son got home at 5:10 p.m. twice
    last week. "He leaves school at ten to four. That is a long time to sit on a curb," he said.
    """
)
AUTUMN_WELL.append(
    _case(
        "school_bus_driver_shortage",
        "well",
        _BUS,
        _down(
            "named_to_anonymous",
            (
                "Superintendent Marguerite Nettleford told the school board.",
                "one senior district official told the school board.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Board member Delphine Arrowsmith accused the district's transportation "
                "contractor, Stanmoss Student Transit, of letting drivers' pay fall behind what "
                "delivery companies offer.",
                "The district's transportation contractor, Stanmoss Student Transit, has let "
                "drivers' pay fall behind what delivery companies offer.",
            ),
        ),
        _down("documents_removed", _remove(_BUS_STAFFING_REPORT)),
        _down(
            "speculation_added",
            _after(
                "to finish training by November.",
                "Some parents suspect the merged routes will quietly become permanent.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "guaranteed drivers a full day's hours,\" she said.",
                "Dr. Cosmo Prendeville, a labor economist at Quarnford College who studies "
                "part-time work, said bus drivers' hourly pay in the region had risen about half "
                "as fast as warehouse pay since 2020.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "fall behind what delivery companies offer.",
                "The district's contract with Stanmoss, obtained through a public records "
                "request, sets a penalty of $250 for each route the company fails to run on a "
                "school day.",
            ),
        ),
        _rename(
            "names",
            ("Pellisand", "Thurlbeck"),
            ("Marguerite Nettleford", "Beatrix Colquhoun"),
            ("Delphine Arrowsmith", "Harriet Spurling"),
            ("Stanmoss", "Skelbrook"),
            ("Anneliese Vortmann", "Ingeborg Lambrecht"),
            ("Fellbridge", "Caldermoor"),
            ("Jocasta Reinholt", "Philippa Stebbings"),
            ("Anselm Zielinski", "Teodor Vukovic"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("Zielinski, 41", "Zielinski, 43")),
    )
)

# --- higher education: first-years housed in hotels (British) --------------------------------
_HALLS_MONITORING_REPORT = (
    "The city council's annual housing monitoring report shows that planning permission was "
    "granted for 1,840 purpose-built student bedrooms in Amberleigh between 2019 and 2023, but "
    "that only 610 of them had been finished by this summer.\n\n"
)
_HALLS = _article(
    """
    Hundreds of Amberleigh first-years start term in hotels as halls run out of rooms

    The University of Amberleigh has put 312 first-year students in hotels and a converted office
    block this term after running out of places in its halls of residence, the university confirmed
    on Monday.

    "No student should begin their degree living out of a suitcase, and we are sorry that some
    have," said Professor Ottilie Peverell, the university's pro-vice-chancellor for education.

    The city council's annual housing monitoring report shows that planning permission was granted
    for 1,840 purpose-built student bedrooms in Amberleigh between 2019 and 2023, but that only 610
    of them had been finished by this summer.

    Dr Florian Catterall, a housing economist at Linthwaite University who studies student
    accommodation, said building costs, not a lack of demand, were holding schemes back.
    "Developers have permission in hand, but at today's interest rates the sums no longer add up,"
    he said.

    The students' union's president, Nkechi Armitage, said the university had "chosen to take the
    fees and worry about the beds later" by recruiting well above its own target.

    Asked about the criticism, a university spokeswoman said the intake was 9 per cent above
    forecast because more applicants than expected had met the grades in their offers, and that
    every hotel room would be given up by January.

    Orla Fitzmaurice, 18, a chemistry student who shares a twin room at a ring-road hotel with a
    stranger, said there was no kitchen. "I have eaten cereal out of a mug for ten days," she said.
    """
)
AUTUMN_WELL.append(
    _case(
        "students_housed_in_hotels",
        "well",
        _HALLS,
        _down(
            "named_to_anonymous",
            (
                "said Professor Ottilie Peverell, the university's pro-vice-chancellor for "
                "education.",
                "said one senior member of staff.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The students' union's president, Nkechi Armitage, said the university had "
                '"chosen to take the fees and worry about the beds later" by recruiting well '
                "above its own target.",
                "The university chose to take the fees and worry about the beds later by "
                "recruiting well above its own target.",
            ),
        ),
        _down("documents_removed", _remove(_HALLS_MONITORING_REPORT)),
        _down(
            "speculation_added",
            (
                "would be given up by January.",
                "would be given up by January, although it seems likely the university knew "
                "in July that it would run short.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'the sums no longer add up," he said.',
                "Professor Hilde Sandqvist, who researches student wellbeing at Rookwith "
                "University, said first-years placed away from halls were more likely to drop "
                "out in their first term.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "by recruiting well above its own target.",
                "The university's accommodation strategy, published in 2022, promised a room "
                "in halls to every first-year and planned for an intake of 4,100.",
            ),
        ),
        _rename(
            "names",
            ("Amberleigh", "Pelverton"),
            ("Ottilie Peverell", "Miriam Ashkettle"),
            ("Florian Catterall", "Laurent Gaskin"),
            ("Linthwaite", "Saltby"),
            ("Nkechi Armitage", "Adaeze Ogunleye"),
            ("Orla Fitzmaurice", "Niamh Illingworth"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("Fitzmaurice, 18", "Fitzmaurice, 19")),
    )
)

# --- agriculture: apples unpicked as seasonal workers' visas arrive late (British) -----------
_ORCHARD_SURVEY = (
    "A survey of 58 growers by the association, published on Thursday, estimates that 3,200 "
    "tonnes of fruit worth about £2.1 million were lost in September alone. Fewer than half of "
    "the 1,900 workers that growers had asked for had arrived when the harvest began.\n\n"
)
_ORCHARD = _article(
    """
    Apples left on the trees in Ulverdale as seasonal workers' visas arrive late

    Fruit growers in Ulverdale say thousands of tonnes of apples will go unpicked this autumn
    because visas for seasonal workers were issued weeks late.

    "We had the best crop in five years hanging on the trees and nobody to pick it," said Gwilym
    Prothero, who farms 140 acres of orchards near Lenchford and chairs the Ulverdale Fruit
    Growers' Association.

    A survey of 58 growers by the association, published on Thursday, estimates that 3,200 tonnes
    of fruit worth about £2.1 million were lost in September alone. Fewer than half of the 1,900
    workers that growers had asked for had arrived when the harvest began.

    Dr Imogen Snaith, an agricultural economist at Tilbrook Agricultural College who studies farm
    labour, said the losses could push smaller orchards out of business. "Margins on dessert apples
    were thin before this. A lost harvest is not something a family farm simply absorbs," she said.

    Prothero blamed the Home Office for processing applications "at a snail's pace" after the rules
    for the scheme were changed in the spring.

    A Home Office spokesperson said 96 per cent of seasonal worker visa applications had been
    decided within three weeks, and that delays were often caused by recruitment agencies sending
    incomplete paperwork.

    One picker who arrived at the end of September, and who asked not to be named because his visa
    is tied to his employer, said he had been promised work until Christmas. "Now they say
    mid-November. I borrowed money to come here," he said.
    """
)
AUTUMN_WELL.append(
    _case(
        "orchard_pickers_visa_delay",
        "well",
        _ORCHARD,
        _down(
            "named_to_anonymous",
            (
                "said Gwilym Prothero, who farms 140 acres of orchards near Lenchford and chairs "
                "the Ulverdale Fruit Growers' Association.",
                "said one grower who sits on the Ulverdale Fruit Growers' Association.",
            ),
            ("Prothero blamed the Home Office", "The grower blamed the Home Office"),
        ),
        _down(
            "attribution_removed",
            (
                "Prothero blamed the Home Office for processing applications \"at a snail's "
                'pace" after the rules for the scheme were changed in the spring.',
                "The Home Office has processed applications at a snail's pace since the rules "
                "for the scheme were changed in the spring.",
            ),
        ),
        _down("documents_removed", _remove(_ORCHARD_SURVEY)),
        _down(
            "speculation_added",
            _after(
                "recruitment agencies sending incomplete paperwork.",
                "Some growers suspect the delays were deliberate, meant to push farms into "
                "hiring locally.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One picker who arrived at the end of September, and who asked not to be named "
                "because his visa is tied to his employer, said",
                "Radu Ciobanescu, 27, a picker who arrived at the end of September, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "sending incomplete paperwork.",
                "Home Office figures published in August show that 31,400 seasonal worker visas "
                "were issued in the first half of the year, down from 38,900 a year earlier.",
            ),
        ),
        _rename(
            "names",
            ("Ulverdale", "Wyvernholt"),
            ("Lenchford", "Cowlingford"),
            ("Gwilym", "Emrys"),
            ("Prothero", "Wedderburn"),
            ("Imogen Snaith", "Rhoslyn Outhwaite"),
            ("Tilbrook", "Yardley"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("140 acres", "150 acres")),
    )
)

# --- road safety: pedestrian injuries after the clocks go back (British) ---------------------
_CLOCKS_POLICE_FIGURES = (
    "Figures released by Brantwick Police under a freedom of information request show that 64 "
    "pedestrians were injured on the city's roads in the four weeks after the clocks changed last "
    "year, against an average of 37 for any other four weeks of the year. Nine were seriously "
    "hurt.\n\n"
)
_CLOCKS = _article(
    """
    Pedestrian injuries in Brantwick jump every year after the clocks go back

    More pedestrians are hit by vehicles in Brantwick in the four weeks after the clocks go back
    than at any other time of year, and campaigners want the council to stop dimming street
    lights.

    Figures released by Brantwick Police under a freedom of information request show that 64
    pedestrians were injured on the city's roads in the four weeks after the clocks changed last
    year, against an average of 37 for any other four weeks of the year. Nine were seriously hurt.

    "Every October the same thing happens, and every October it is treated as a surprise," said
    Inspector Bronagh Scobie of the force's roads policing unit.

    Dr Priyamvada Ibbotson, a road safety researcher at the University of Wenham who studies
    lighting and collisions, said the evening rush hour moving into darkness was the main cause.
    "Drivers and pedestrians both take weeks to adjust their habits," she said.

    Gerald Loxley, 71, whose wife was struck on a crossing on Tamarisk Road last November, said the
    lights there had been dimmed to half power from 7pm. "It was like walking into a cave," he said.

    Councillor Sunita Beddoes, the opposition's transport spokeswoman, criticised the dimming
    policy, introduced in 2022 to save £400,000 a year, saying it had "made a dark month darker".

    Asked for a response, a Brantwick City Council spokesman, Declan Mossop, said the scheme had
    been approved by lighting engineers, and that lights near crossings would return
    to full brightness until midnight from Monday.
    """
)
AUTUMN_WELL.append(
    _case(
        "clocks_change_pedestrian_injuries",
        "well",
        _CLOCKS,
        _down(
            "named_to_anonymous",
            (
                "said Inspector Bronagh Scobie of the force's roads policing unit.",
                "said one police officer.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Sunita Beddoes, the opposition's transport spokeswoman, criticised "
                "the dimming policy, introduced in 2022 to save £400,000 a year, saying it had "
                '"made a dark month darker".',
                "The dimming policy, introduced in 2022 to save £400,000 a year, has made a dark "
                "month darker.",
            ),
        ),
        _down("documents_removed", _remove(_CLOCKS_POLICE_FIGURES)),
        _down(
            "speculation_added",
            _after(
                "treated as a surprise,\" said Inspector Bronagh Scobie of the force's roads "
                "policing unit.",
                "It may be that the true number of injuries is far higher than anyone knows.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'take weeks to adjust their habits," she said.',
                "Professor Yusuf Tsegaye, an optometrist at Kemble University who tests "
                "drivers' night vision, said drivers over 60 need far more light than younger "
                "ones to spot a pedestrian in dark clothing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"made a dark month darker".',
                "A council report on the scheme, published in 2021, estimated that dimming "
                "would cut the cost of street lighting by 38 per cent.",
            ),
        ),
        _rename(
            "names",
            ("Brantwick", "Eskbridge"),
            ("Bronagh Scobie", "Aoife Chynoweth"),
            ("Priyamvada Ibbotson", "Farida Rosewarne"),
            ("Wenham", "Oxenrigg"),
            ("Gerald Loxley", "Clifford Strachey"),
            ("Tamarisk", "Quince"),
            ("Sunita Beddoes", "Rukhsana Pilbeam"),
            ("Declan Mossop", "Oliver Fotheringay"),
        ),
        _rename("weekday", ("Monday", "Wednesday")),
        _same("minor_number", ("Loxley, 71", "Loxley, 73")),
    )
)

# --- elections: a backlog of voter registrations --------------------------------------------
_VOTERS_FIGURES = (
    "Figures released by the county elections office on Tuesday show that the backlog has "
    "grown from about 1,900 forms at the start of September, and that the office has 11 "
    "full-time staff, down from 17 in 2020.\n\n"
)
_VOTERS = _article(
    """
    Thousands of Larchmere County voter registrations still unprocessed weeks before election

    More than 6,400 voter registration forms submitted in Larchmere County have not been processed
    with four weeks to go before the November election, leaving many new voters unsure whether
    they are on the rolls.

    Figures released by the county elections office on Tuesday show that the backlog has grown
    from about 1,900 forms at the start of September, and that the office has 11 full-time staff,
    down from 17 in 2020.

    "People did everything right. They filled out the form, they mailed it in on time, and now
    they do not know if they can vote," said Beatriz Fonseca-Quarles, who leads the county chapter
    of the Civic Ballot League, a nonpartisan voter group.

    State Rep. Octavia Dimitriou, whose district covers most of the county, called the backlog
    "inexcusable" and blamed the county clerk for leaving vacant posts unfilled.

    Asked about the delays, County Clerk Desmond Ruckert said every valid form received before the
    deadline would be processed before Election Day, and that 14 temporary workers had started
    this week.

    Dr. Henrietta Haldorsen, a political scientist at Brennard University who studies election
    administration, said backlogs that size were rare. "The risk is not that people are turned
    away at the polls. It is that they are handed a provisional ballot, and too many of those are
    never counted," she said.

    Terrence Albescu, 19, mailed his form on Sept. 2 and has checked the state's lookup site every
    day since. "It still says no record found," he said.
    """
)
AUTUMN_WELL.append(
    _case(
        "voter_registration_backlog",
        "well",
        _VOTERS,
        _down(
            "named_to_anonymous",
            (
                "said Beatriz Fonseca-Quarles, who leads the county chapter of the Civic Ballot "
                "League, a nonpartisan voter group.",
                "said a volunteer with a local voter group.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "State Rep. Octavia Dimitriou, whose district covers most of the county, called "
                'the backlog "inexcusable" and blamed the county clerk for leaving vacant posts '
                "unfilled.",
                "The backlog is inexcusable, and the county clerk is to blame for leaving vacant "
                "posts unfilled.",
            ),
        ),
        _down("documents_removed", _remove(_VOTERS_FIGURES)),
        _down(
            "speculation_added",
            _after(
                "leaving vacant posts unfilled.",
                "Some voters suspect that forms from certain neighborhoods are being set aside on "
                "purpose.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "14 temporary workers had started this week.",
                "A spokesman for the secretary of state's office said it had offered to lend the "
                "county two of its own staff and was waiting for a reply.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'never counted," she said.',
                "Marcus Yeboah, a former county elections director who now trains election "
                "officials at the Achterhof Institute for Public Service, said a trained temp "
                "can enter about 120 forms a day.",
            ),
        ),
        _rename(
            "names",
            ("Larchmere", "Quillbrook"),
            ("Beatriz Fonseca-Quarles", "Consolata Kerrigan-Abbot"),
            ("Octavia Dimitriou", "Cordelia Banfield"),
            ("Desmond Ruckert", "Ambrose Pettingill"),
            ("Henrietta Haldorsen", "Winifred Brougham"),
            ("Brennard", "Merrivale"),
            ("Terrence Albescu", "Jerome Wojtaszek"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("about 1,900 forms", "about 2,000 forms")),
    )
)

# --- welfare: winter heating aid applications pile up ---------------------------------------
_HEATING_DATA = (
    "Data published by the state Department of Human Services on Friday show that applications "
    "to the county's home energy assistance program took an average of 41 days to process in "
    "October, against a state target of 30. Last year the average was 26 days.\n\n"
)
_HEATING = _article(
    """
    Heating aid applications pile up in Corvale County as cold weather arrives

    Nearly 9,300 households in Corvale County are still waiting for help
    with their heating bills, and some have already had their gas shut off.

    Data published by the state Department of Human Services on Friday show that applications to
    the county's home energy assistance program took an average of 41 days to process in October,
    against a state target of 30. Last year the average was 26 days.

    "We are seeing people who applied in August and still have nothing," said Marisol Pilbeam,
    director of the Corvale Community Action Council.

    State Sen. Dominic Faircloth, a Democrat from Corvale, criticized the department for cutting
    its processing staff by a quarter this year while applications rose.

    In an email, department spokeswoman Ingrid Vallancourt said the agency had moved 20 caseworkers
    to energy assistance this month and expected to clear the backlog by mid-December.

    One caseworker, who asked not to be named because she is not authorized to speak to reporters,
    said each worker in the Corvale office had more than 400 open files.

    Dr. Cornelius Bartholdi, an economist at Westfold University who studies energy poverty, said
    delays hurt older residents most. "For a retiree on a fixed income, a $600 gas bill in January
    is a choice between heat and food," he said.

    Ernestine Gillanders, 74, who lives alone, has heated one room with a space heater
    since her gas was shut off on Oct. 3. "I wear my coat to bed," she said.
    """
)
AUTUMN_WELL.append(
    _case(
        "heating_aid_backlog",
        "well",
        _HEATING,
        _down(
            "named_to_anonymous",
            (
                "said Marisol Pilbeam, director of the Corvale Community Action Council.",
                "said a worker at a local charity.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "State Sen. Dominic Faircloth, a Democrat from Corvale, criticized the department "
                "for cutting its processing staff by a quarter this year while applications rose.",
                "The department cut its processing staff by a quarter this year while "
                "applications rose.",
            ),
        ),
        _down("documents_removed", _remove(_HEATING_DATA)),
        _down(
            "speculation_added",
            _after(
                "expected to clear the backlog by mid-December.",
                "Some suspect the state is slowing the program down on purpose to save money.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One caseworker, who asked not to be named because she is not authorized to "
                "speak to reporters, said",
                "Loretta Banning, a caseworker and union steward, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                '"I wear my coat to bed," she said.',
                "A spokesman for Corvale Gas and Light said customers with a pending application "
                "can ask for a 30-day hold on disconnection.",
            ),
        ),
        _rename(
            "names",
            ("Corvale", "Rudgeford"),
            ("Marisol Pilbeam", "Yolanda Brackenbury"),
            ("Dominic Faircloth", "Lorcan Rudgewick"),
            ("Ingrid Vallancourt", "Renata Oyston"),
            ("Cornelius Bartholdi", "Augustin Mbeledogu"),
            ("Westfold", "Brannoch"),
            ("Ernestine Gillanders", "Philomena Dusart"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("Gillanders, 74", "Gillanders, 76")),
    )
)

# --- wildlife and roads: deer crashes where an underpass was never built ---------------------
_DEER_CRASH_DATA = (
    "Crash data from the state Department of Transportation show 187 collisions involving deer "
    "on that stretch last year, up from 96 in 2021. Most happened between October and December, "
    "when deer are rutting and on the move at dusk.\n\n"
)
_DEER = _article(
    """
    Deer crashes on Route 417 nearly double as promised wildlife underpass sits unbuilt

    Collisions between vehicles and deer on a 12-mile stretch of Route 417 north of Kellensburg
    have nearly doubled in three years, and a wildlife underpass promised in 2021 has still not
    been built.

    Crash data from the state Department of Transportation show 187 collisions involving deer on
    that stretch last year, up from 96 in 2021. Most happened between October and December, when
    deer are rutting and on the move at dusk.

    "From the middle of October I tell my deputies to expect at least one a night," said Sgt.
    Rhiannon Dutka of the Ardcastle County Sheriff's Office.

    Dr. Halvard Rosenquist, a wildlife biologist at Wragby State University who has tracked
    collared deer in the valley for six years, said the animals cross at the same few places every
    fall. "Fence those few miles, give them a way under the road, and most of the crashes go away,"
    he said.

    Kellensburg Mayor Lorraine Whitsun accused the department of "moving the project to the back
    of the line" after its estimated cost rose.

    A department spokesman, Nils Auberon, said the underpass had been redesigned after the only
    bid came in at $8.7 million, nearly twice the estimate, and that work was now scheduled to
    begin in the spring of 2027.

    Callie Bramhall, 34, a nurse who drives Route 417 to the hospital in Kellensburg, hit a buck on
    a Sunday evening last November. "It came out of nowhere. The repair bill was $6,200," she said.
    """
)
AUTUMN_WELL.append(
    _case(
        "deer_crashes_underpass",
        "well",
        _DEER,
        _down(
            "named_to_anonymous",
            (
                "said Sgt. Rhiannon Dutka of the Ardcastle County Sheriff's Office.",
                "said one sheriff's deputy.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                'Kellensburg Mayor Lorraine Whitsun accused the department of "moving the '
                'project to the back of the line" after its estimated cost rose.',
                "The department moved the project to the back of the line after its estimated "
                "cost rose.",
            ),
        ),
        _down("documents_removed", _remove(_DEER_CRASH_DATA)),
        _down(
            "speculation_added",
            (
                "promised in 2021 has still not been built.",
                "promised in 2021 has still not been built, and some drivers suspect it never "
                "will be.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'most of the crashes go away," he said.',
                "Dr. Odette Larue-Wilde, a traffic safety engineer at the Quarrydown "
                "Institute of Technology, said fencing without a crossing tends to push deer "
                "onto the road at its ends.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "after its estimated cost rose.",
                "A 2021 environmental study of the corridor, commissioned by the department, "
                "estimated that an underpass with fencing would prevent about 80 percent of deer "
                "crashes there.",
            ),
        ),
        _rename(
            "names",
            ("Kellensburg", "Pellbrook"),
            ("Rhiannon Dutka", "Tamsin Ogilvy"),
            ("Ardcastle", "Glenvarrick"),
            ("Halvard Rosenquist", "Stig Vinterberg"),
            ("Wragby", "Harlowe"),
            ("Lorraine Whitsun", "Bernadette Ocampo"),
            ("Nils Auberon", "Dario Quayson"),
            ("Callie Bramhall", "Jolene Petrakova"),
        ),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("$6,200", "$6,400")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- farming: is a pumpkin farm being sold to developers? -----------------------------------
_PUMPKIN = _article(
    """
    Is Gristwold Farm's pumpkin patch about to disappear?

    For three generations, families from all over the valley have come to Gristwold Farm each
    October to pick pumpkins, get lost in the corn maze and drink cider by the red barn. This year,
    the talk around the hay bales is about whether there will be a next year.

    Word is going around that the farm has been sold, or is about to be, to a developer who wants
    to put up as many as 300 houses on the fields. Some people say the papers were signed over the
    summer. Others insist the family would never sell.

    "You hear it at the register, you hear it in the corn maze. Everybody seems to know something,"
    said one longtime visitor.

    It is said that surveyors were seen walking the back fields on a Saturday in September, though
    nobody can say who sent them. Some neighbors believe the town has quietly changed the zoning to
    make a sale easier, and critics claim the whole thing was settled behind closed doors.

    There are also rumors that the farm has money troubles after two poor harvests, which would
    explain why the owners might want out. None of that has been confirmed.

    For now, the pumpkins are still in the field and the cider is still hot. But many of the
    families who come here every fall are treating this visit as if it could be their last, and
    some are taking more pictures than usual, just in case.
    """
)
AUTUMN_WEAK.append(
    _case(
        "pumpkin_farm_sale_rumor",
        "weak",
        _PUMPKIN,
        _up(
            "anonymous_named",
            (
                "said one longtime visitor.",
                "said Wilma Strahorn, 66, who has brought her grandchildren to the farm every "
                "October since 2009.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Others insist the family would never sell.",
                "Reached by phone, Amos Gristwold, whose family has owned the farm since 1951, "
                "said no sale had been agreed and that the farm would open again next fall.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "settled behind closed doors.",
                "Minutes of the town planning board's meetings since January record no "
                "application to rezone the farm, which is listed as 112 acres of farmland.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "None of that has been confirmed.",
                "Dr. Rosamund Takacs, an agricultural economist at Hessing State University who "
                "studies farmland sales, said family farms near growing towns often get offers "
                "from developers but seldom accept the first one.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Others insist the family would never sell.",
                "Others insist the family would never sell, though that is getting harder to "
                "believe with every week that passes.",
            ),
        ),
        _rename("names", ("Gristwold", "Brindlecote")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- community: a Halloween candy tampering scare -------------------------------------------
_CANDY = _article(
    """
    Halloween candy warning spreads in Mossgrove, but nobody can say where it started

    A warning has been racing around Mossgrove's neighborhood chat groups this week: check your
    children's Halloween candy, because someone may have been tampering with it.

    The message, shared hundreds of times, says a child on the east side found a sewing needle in
    a chocolate bar last Halloween, and that other families had similar scares. Some versions say
    the candy came from a house on the edge of town; others say it came from a church
    trunk-or-treat. Nobody seems to know which. One version even names a street, though the street
    changes depending on who is telling it.

    "I heard it from three different moms before lunch. At this point my kids are not eating
    anything that isn't in a sealed bag from the store," one parent said.

    It is believed that the story first appeared on a community page that has since been deleted.
    Some residents suspect the whole thing is a prank, while others are convinced that a real
    incident was hushed up to avoid a panic.

    Critics say local officials should have spoken up by now, and there is speculation that
    door-to-door trick-or-treating could even be called off if the rumors keep spreading.

    Whatever the truth, many families are not taking chances. Some plan to skip trick-or-treating
    altogether this Thursday and go to a party at a friend's house instead, and a few say they
    will hand out only pencils and stickers this year.
    """
)
AUTUMN_WEAK.append(
    _case(
        "halloween_candy_scare",
        "weak",
        _CANDY,
        _up(
            "anonymous_named",
            (
                '," one parent said.',
                '," said Shauna Kemble, a mother of three who lives on the east side.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "if the rumors keep spreading.",
                "Asked about the warning, Lt. Gideon Farraday of the Mossgrove Police "
                "Department said the department had no record of any report of tampered candy "
                "last year.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Nobody seems to know which.",
                "A report by the regional poison control center covering the last ten "
                "Halloweens lists 14 calls about suspected candy tampering, none of which "
                "involved a confirmed injury.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "hushed up to avoid a panic.",
                "Dr. Emeric Haverfield-Stone, a sociologist at Pennington College who studies "
                "urban legends, said stories of poisoned Halloween candy have circulated for "
                "decades but verified cases are extremely rare.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "hushed up to avoid a panic.",
                "If it happened once, there is every chance it will happen again.",
            ),
        ),
        _rename("names", ("Mossgrove", "Larkhaven")),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("three different moms", "four different moms")),
    )
)

# --- odd news: lights over a reservoir (British) --------------------------------------------
_LIGHTS = _article(
    """
    Strange lights over Cloudwater Reservoir leave Upper Thrimble puzzled

    For the past fortnight, people in Upper Thrimble say they have seen lights moving in the sky
    above Cloudwater Reservoir after dark, and the theories about what they might be are
    multiplying.

    Some villagers describe a cluster of five or six orange lights that hover for several minutes
    before vanishing. Others claim to have seen a single white light rising slowly from the water
    itself. One story doing the rounds is that a farmer's dogs refused to go near the reservoir on
    the night of the brightest sighting.

    "I'm not saying it's aliens. I'm saying I've lived here forty years and I've never seen
    anything like it," said a woman walking her dog along the dam.

    It is thought that the lights may be linked to the old airfield on the ridge, which some
    believe is being used for secret testing. Others suggest drones, sky lanterns or even a film
    crew, though nobody has been able to explain why the lights appear only on some nights.

    Rumours have spread online that sheep have gone missing from nearby fields, and a few people
    claim their televisions flicker whenever the lights are out. None of this has been confirmed.

    Whatever is behind it, the sightings have brought a stream of curious visitors to the village,
    and on a clear Friday evening the lay-by above the reservoir is said to be full of parked cars
    and people pointing cameras at the sky.
    """
)
AUTUMN_WEAK.append(
    _case(
        "reservoir_lights",
        "weak",
        _LIGHTS,
        _up(
            "anonymous_named",
            (
                "said a woman walking her dog along the dam.",
                "said Margery Thistlewood, 67, a retired postmistress, walking her dog along "
                "the dam.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "being used for secret testing.",
                "Asked about the claims, a spokesperson for Oxbrook Water, which owns the "
                "reservoir and the airfield, said no flying or testing of any kind takes place "
                "there.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the brightest sighting.",
                "The parish council's log of residents' reports lists 23 sightings since 2 "
                "October, all between 8pm and 11pm.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "only on some nights.",
                "Dr Saoirse Vennard, an astronomer at the University of Hexford, said "
                "bright planets low on the horizon and trains of satellites can look as though "
                "they are hovering.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "None of this has been confirmed.",
                "None of this has been confirmed, but it is hard to believe that so many people "
                "could be imagining things.",
            ),
        ),
        _rename("names", ("Cloudwater", "Greymere"), ("Upper Thrimble", "Nether Wolverly")),
        _rename("weekday", ("Friday", "Saturday")),
    )
)

# --- pubs: talk that a village's last pub will close (British) ------------------------------
_PUB = _article(
    """
    Last orders at the Lapwing and Ferret? Talk of a sale unsettles Crickleham

    Regulars at the Lapwing and Ferret in Crickleham have been drinking their pints with a certain
    unease this autumn, amid talk that the village's last pub is about to be sold and turned into
    flats.

    Nobody seems sure where the story began. According to some in the village, the brewery that
    owns the building has been quietly shopping it around to developers, and an offer is said to
    have been made in September. Others say the landlord has simply had enough after a difficult
    few years.

    "If it goes, that's the village gone. There's nowhere else to meet anyone," said one regular,
    who has been drinking there since the 1980s.

    It is understood that takings have fallen since energy bills soared, and some believe the
    brewery wants to sell off its rural pubs to pay down its debts. Critics claim the owners have
    let the building decay on purpose so that nobody will object to a change of use.

    There is even talk of a community buyout, with a figure of around £450,000 being mentioned,
    though it is not clear where that number came from or who would put the money up. A meeting in
    the village hall has been suggested.

    For now, the quiz still runs every Tuesday, the darts team still plays on Fridays and the fire
    is lit most evenings. But the mood at the bar, regulars say, is that the end could come sooner
    than anyone expects.
    """
)
AUTUMN_WEAK.append(
    _case(
        "village_pub_closure_talk",
        "weak",
        _PUB,
        _up(
            "anonymous_named",
            (
                "said one regular, who has been drinking there since the 1980s.",
                "said Malcolm Weatherill, 72, a retired signalman who has been drinking there "
                "since the 1980s.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "after a difficult few years.",
                "Asked about the rumours, a spokesman for Hobday's Brewery, which owns the pub, "
                "said it had received no offer and had no plans to sell.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "to pay down its debts.",
                "The brewery's latest accounts, filed in June, show debts of £38 million and a "
                "loss of £2.4 million for the year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "who would put the money up.",
                "Professor Alannah Crewe, who studies rural pubs at the University of "
                "Pendlemoor, said community buyouts typically take 18 months and rely on "
                "share offers as well as grants.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "object to a change of use.",
                "Chances are the deal is already done, and the village will be the last to hear.",
            ),
        ),
        _rename("names", ("Crickleham", "Wendlecote"), ("Lapwing and Ferret", "Otter and Oak")),
        _same("minor_number", ("around £450,000", "around £420,000")),
    )
)

# --- food: wild mushrooms at a farmers market ------------------------------------------------
_MUSHROOMS = _article(
    """
    Were poisonous mushrooms sold at the Bellweather farmers market?

    Shoppers at the Bellweather Saturday market are asking hard questions about wild mushrooms
    this week, after stories spread that several people fell ill from a batch sold at one of the
    stalls.

    According to talk around town, at least four people ended up in the emergency room after eating
    mushrooms bought at the market earlier this month. Some accounts say one of them needed a liver
    transplant, though others say that part has been exaggerated. One version has all of the
    patients coming from the same church supper, though nobody can say which church.

    "My neighbor's cousin was one of them, supposedly. Everyone knows somebody who knows somebody,"
    one shopper said, holding a bag of apples.

    It is believed that the mushrooms were picked in the woods outside town by a forager who sells
    at the market only in the fall. Some vendors reportedly think the forager has no training and
    cannot tell safe species from dangerous ones. Others claim the market has known about the
    problem for weeks and chose to keep quiet.

    There is also speculation that the market could lose its permit if the stories turn out to be
    true, and some shoppers say they will buy nothing but produce until they know more.

    The foraging stall was not set up last Saturday, which has only fed the rumors. Whatever
    happened, few people at the market are in a hurry to try chanterelles this season.
    """
)
AUTUMN_WEAK.append(
    _case(
        "farmers_market_mushrooms",
        "weak",
        _MUSHROOMS,
        _up(
            "anonymous_named",
            (
                "one shopper said, holding a bag of apples.",
                "said Harriet Lisgarde, 58, a retired pharmacist, holding a bag of apples.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "chose to keep quiet.",
                "Market manager Tobias Greenhalgh said in an email that the market had received "
                "no complaints from customers and that every forager must hold a state "
                "identification certificate.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "that part has been exaggerated.",
                "County health department records show two cases of mushroom poisoning reported "
                "so far this year, neither of them linked to a market.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "until they know more.",
                "Dr. Ravi Sundaresan, a mycologist at Tamberlin State University, said death "
                "caps can look like edible species to an untrained eye, and that symptoms often "
                "take six to 12 hours to appear.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "which has only fed the rumors.",
                "which has only fed the rumors and suggests its owner may already know that "
                "trouble is coming.",
            ),
        ),
        _rename("names", ("Bellweather", "Copperbeck")),
        _same("minor_number", ("at least four people", "at least five people")),
    )
)

AUTUMN_CASES: tuple[Case, ...] = tuple(AUTUMN_WELL + AUTUMN_WEAK)
