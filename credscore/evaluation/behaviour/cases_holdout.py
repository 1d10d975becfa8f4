"""A held-out set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`,
the kinds in ``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of its articles: it is a
second, independent set of twelve base articles (eight WELL sourced, four WEAKLY sourced) and
their variants, written afresh to check that a model tuned on the first set generalises. The
topics, people, places, organisations, figures and sentences are new and fictional; nothing is
copied from the first set, from any corpus or example, or from the web. The edits were written
from the definitions of good and bad sourcing alone, without scoring any text with a model.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials and at least one document or dataset with figures,
  and often reports that comment was sought.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has at least three ``down`` and two ``up`` variants; each weak base at least three
``up`` and one ``down``; every base has cosmetic ``names`` renames, a ``weekday`` or
``minor_number`` edit, and the generic typography, wrapping and CRLF variants.
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

HOLDOUT_WELL: list[Case] = []
HOLDOUT_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- transport: ferry service -----------------------------------------------------------------
_FERRY = _article(
    """
    Quillan Island ferry to cut winter sailings after repeated engine failures

    The Pellinore Sound Ferry Authority will run four round trips a day to Quillan Island this
    winter instead of seven, its board decided on Wednesday, after engine breakdowns left the
    route with a single working boat for most of October.

    "We would rather promise four sailings and run all four than promise seven and cancel half,"
    said Ingrid Sollavay, the authority's general manager.

    A maintenance audit released in September by the state Office of Marine Safety found that
    the authority's two oldest vessels, built in 1978 and 1983, had missed 14 scheduled engine
    overhauls since 2021. The audit estimated that bringing both boats up to standard would cost
    $6.2 million.

    Dr. Hyacinth Oduber-Krall, a professor of marine engineering at Dunmarsh Maritime College
    who studies ferry fleets, said deferred maintenance tends to catch up with operators all at
    once. "You can skip an overhaul for a year or two, and then the boat decides for you," she
    said.

    Islanders fear losing easy access to jobs and doctors on the mainland. "My mother has
    dialysis three times a week, and the first boat now leaves after her
    appointment starts," said Casimir Lutowski, who chairs the Quillan Island Residents' Council.

    Ridership figures published by the authority show the route carried about 412,000
    passengers last year, a third of them in the winter months.

    A spokesperson for Marine Workers Local 17, which represents the crews, said the union had
    warned the board about the missed overhauls in 2023.
    """
)
HOLDOUT_WELL.append(
    _case(
        "ferry_winter_cuts",
        "well",
        _FERRY,
        _down(
            "named_to_anonymous",
            (
                "said Ingrid Sollavay, the authority's general manager.",
                "said one authority employee, who was not allowed to speak on the record.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "said Casimir Lutowski, who chairs the Quillan Island Residents' Council.",
                "said one island resident, who did not want his name published.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "A maintenance audit released in September by the state Office of Marine Safety "
                "found that the authority's two oldest vessels, built in 1978 and 1983, had missed "
                "14 scheduled engine overhauls since 2021. The audit estimated that bringing both "
                "boats up to standard would cost $6.2 million.",
                "The authority's two oldest vessels have needed major engine work for years.",
            ),
            _remove(
                "Ridership figures published by the authority show the route carried about "
                "412,000 passengers last year, a third of them in the winter months.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A spokesperson for Marine Workers Local 17, which represents the crews, said the "
                "union had warned the board about the missed overhauls in 2023.",
                "The board had been warned about the missed overhauls as early as 2023.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "a third of them in the winter months.",
                "There is speculation on the island that the authority is letting the old boats "
                "fail so that it can hand the route to a private operator.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the missed overhauls in 2023.",
                "Board chair Leopold Amsel did not return calls seeking comment on the union's "
                "account.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would cost $6.2 million.",
                "A 2022 capital plan, obtained under the state's open records law, set aside $1.1 "
                "million for engine work on the two vessels; the authority's own spending "
                "reports show that less than half of it has been spent.",
            ),
        ),
        _rename(
            "names",
            ("Quillan", "Tarnsey"),
            ("Pellinore", "Ostwick"),
            ("Ingrid", "Hedda"),
            ("Sollavay", "Brannagh"),
            ("Hyacinth", "Rosalie"),
            ("Oduber-Krall", "Vintner"),
            ("Dunmarsh", "Ellismoor"),
            ("Casimir", "Ferenc"),
            ("Lutowski", "Gradinaru"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("about 412,000", "about 409,000")),
    )
)

# --- education: university tuition vote ------------------------------------------------------
_TUITION = _article(
    """
    Halvering State regents raise tuition 6 percent as students protest

    The Board of Regents of Halvering State University voted 7-2 on Friday to raise in-state
    tuition by 6 percent next fall, the third increase in four years, as roughly 150 students
    protested outside the meeting.

    "Nobody on this board wanted to vote for this, but the alternative was cutting course
    sections that students need to graduate," said Regent Beatrix Olumide, who chairs the
    board's finance committee.

    Budget documents presented at the meeting show the university faces a $38 million shortfall
    next year, driven mostly by rising employee health insurance costs and a state appropriation
    that has been flat since 2022. The increase will raise annual tuition for a full-time
    resident undergraduate from $9,840 to $10,430.

    Dr. Lorcan Feyzullah, an economist at the Vantrell Institute for Higher Education Finance
    who studies college pricing, said increases of that size rarely change enrollment much on
    their own. "The students who get squeezed are the ones just above the cutoff for need-based
    aid," he said.

    "I already work 25 hours a week. I don't know where another $590 comes from," said one
    sophomore, who asked that her name not be used because she works in a university office.

    Noor Kasprzak, president of the Associated Students of Halvering State, said the group would
    ask legislators to restore funding before the increase takes effect.

    The two regents who voted no, Hector Ilunga and Genevieve Tarbuck, said the board should have
    waited for the legislature to pass its budget in May.
    """
)
HOLDOUT_WELL.append(
    _case(
        "tuition_increase_vote",
        "well",
        _TUITION,
        _down(
            "named_to_anonymous",
            (
                "said Regent Beatrix Olumide, who chairs the board's finance committee.",
                "said one regent, who spoke on condition of anonymity because the board's "
                "deliberations are private.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Budget documents presented at the meeting show the university faces a $38 "
                "million shortfall next year, driven mostly by rising employee health insurance "
                "costs and a state appropriation that has been flat since 2022. The increase will "
                "raise annual tuition for a full-time resident undergraduate from $9,840 to "
                "$10,430.",
                "The university is short of money, and the increase will add several hundred "
                "dollars to a resident undergraduate's annual bill.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The two regents who voted no, Hector Ilunga and Genevieve Tarbuck, said the "
                "board should have waited",
                "Two regents voted no. The board should have waited",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "restore funding before the increase takes effect.",
                "Critics have suggested, without evidence, that the increase is really meant to "
                "pay for raises for senior administrators.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said one sophomore, who asked that her name not be used because she works in a "
                "university office.",
                "said Thandiwe Roscoe, a sophomore in the nursing program.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to pass its budget in May.",
                "A spokesperson for Governor Clement Ydstie did not respond to emails asking "
                "whether he would support more money for the university.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "from $9,840 to $10,430.",
                "Enrollment data published by the university show that the number of in-state "
                "freshmen fell 4 percent last fall, to 3,210.",
            ),
        ),
        _rename(
            "names",
            ("Halvering", "Corvanne"),
            ("Beatrix", "Odile"),
            ("Olumide", "Fenster"),
            ("Lorcan", "Mattias"),
            ("Feyzullah", "Ostergaard"),
            ("Vantrell", "Kelbourne"),
            ("Noor", "Yasmin"),
            ("Kasprzak", "Delahunt"),
            ("Hector", "Ignacio"),
            ("Ilunga", "Mabuza"),
            ("Genevieve", "Rosamund"),
            ("Tarbuck", "Pellow"),
        ),
        _rename("weekday", ("Friday", "Monday")),
        _same("minor_number", ("roughly 150 students", "roughly 170 students")),
    )
)

# --- disaster: wildfire evacuation -----------------------------------------------------------
_WILDFIRE = _article(
    """
    Wildfire above Ebberly Ridge forces thousands from their homes

    A wind-driven wildfire burned about 3,400 acres in the hills above Ebberly Ridge by Sunday
    evening, forcing roughly 2,100 residents to evacuate and destroying at least nine homes,
    fire officials said.

    "The wind shifted twice this afternoon, and each time it pushed the fire toward houses,"
    Battalion Chief Philippa Anyanwu of the Garrowby County Fire Protection District said at a
    briefing at the county fairgrounds. "If you are under an evacuation warning, leave now, not
    when you see flames."

    According to an incident report released by the state Forestry and Fire Agency, 640
    firefighters, 11 helicopters and 38 engines were assigned to the fire by evening, when it
    was 5 percent contained.

    Dr. Ezinne Harcastle, a fire ecologist at Lorimer University who has studied fires in the
    region for two decades, said the hills had not burned since 1986. "That brush has been
    building up for almost 40 years," she said.

    Harriet Loomis, 71, left her home on Pinecrest Road with her two dogs and a box of
    photographs. "I didn't even lock the door," she said.

    A spokesperson for Northvale Power said the company had shut off electricity to about 4,000
    customers as a precaution and was inspecting its lines in the area.

    The cause of the fire is under investigation, said Garrowby County Sheriff Anselm Rudkin.
    """
)
HOLDOUT_WELL.append(
    _case(
        "wildfire_evacuation",
        "well",
        _WILDFIRE,
        _down(
            "named_to_anonymous",
            (
                "Battalion Chief Philippa Anyanwu of the Garrowby County Fire Protection District "
                "said at a briefing at the county fairgrounds.",
                "one firefighter, who was not authorized to speak publicly, said at the county "
                "fairgrounds.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "According to an incident report released by the state Forestry and Fire Agency, "
                "640 firefighters, 11 helicopters and 38 engines were assigned to the fire by "
                "evening, when it was 5 percent contained.",
                "Hundreds of firefighters were working the fire by evening, and it was barely "
                "contained.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A spokesperson for Northvale Power said the company had shut off electricity to "
                "about 4,000 customers as a precaution and was inspecting its lines in the area.",
                "Northvale Power shut off electricity to about 4,000 customers as a precaution "
                "and is inspecting its lines in the area.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "was inspecting its lines in the area.",
                "It remains unclear whether the company's equipment played any role, though some "
                "residents are already convinced that it did.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "said Garrowby County Sheriff Anselm Rudkin.",
                "The state Forestry and Fire Agency did not return a message asking when more "
                "crews would arrive.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "had not burned since 1986.",
                "A 2023 county wildfire protection plan ranked Ebberly Ridge among the five "
                "communities most at risk in the county, noting that it has only two roads out.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "was inspecting its lines in the area.",
                "Dr. Obinna Achara, who studies emergency management at the Tolland Institute and "
                "helped write the state's evacuation guidelines, said people who leave at the "
                "warning stage rather than the order stage rarely get trapped on the roads.",
            ),
        ),
        _rename(
            "names",
            ("Ebberly", "Haverleigh"),
            ("Garrowby", "Quenby"),
            ("Philippa", "Lavinia"),
            ("Anyanwu", "Oberholzer"),
            ("Ezinne", "Chiamaka"),
            ("Harcastle", "Vossberg"),
            ("Lorimer", "Fenchurch"),
            ("Harriet", "Mildred"),
            ("Loomis", "Sparrow"),
            ("Pinecrest", "Elmcrest"),
            ("Northvale", "Southmead"),
            ("Anselm", "Jasper"),
            ("Rudkin", "Pollard"),
        ),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("about 3,400 acres", "about 3,600 acres")),
    )
)

# --- food safety: recall ---------------------------------------------------------------------
_RECALL = _article(
    """
    Greenhollow Foods recalls bagged salads after listeria found at its plant

    Greenhollow Foods, a produce packer based in Marrick Valley, is recalling about 84,000 pounds
    of bagged salad sold in nine states after routine testing found listeria at its packing
    plant, the company and federal regulators said on Thursday.

    The recall notice posted by the federal Food Safety Administration lists 17 products sold
    under the Greenhollow and Fieldtable brands with use-by dates from March 3 to March 21. Three
    people in two states have been hospitalized with infections that genetic testing linked to
    the plant, the notice says.

    "We stopped shipping from that line the same day we got the test result, and we are
    cooperating fully," said Ottilie Vastola, Greenhollow's vice president for food safety.

    Dr. Kenji Maroulis, a food microbiologist at the University of Wexley, said listeria can
    survive for months in cold, damp equipment. "Cleaning the surfaces you can see is not
    enough," he said.

    State inspection reports obtained through a public records request show that inspectors
    cited the plant in 2023 for condensation dripping onto a conveyor belt. Vastola said that
    problem had been fixed within a week.

    Consumers should throw the products away or return them for a refund, said Raymond Szeto, a
    spokesman for the state agriculture department.

    Perpetua Hinds, a lawyer for one of the hospitalized patients, said her client, a 68-year-old
    man, spent six days in intensive care.
    """
)
HOLDOUT_WELL.append(
    _case(
        "salad_listeria_recall",
        "well",
        _RECALL,
        _down(
            "named_to_anonymous",
            (
                "said Ottilie Vastola, Greenhollow's vice president for food safety.",
                "said a company executive, who asked not to be identified.",
            ),
            (
                "Vastola said that problem had been fixed",
                "The executive said that problem had been fixed",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The recall notice posted by the federal Food Safety Administration lists 17 "
                "products sold under the Greenhollow and Fieldtable brands with use-by dates from "
                "March 3 to March 21. Three people in two states have been hospitalized with "
                "infections that genetic testing linked to the plant, the notice says.",
                "The recalled salads were sold under more than one brand, and several people are "
                "reported to have become sick.",
            ),
            (
                "State inspection reports obtained through a public records request show that "
                "inspectors cited the plant in 2023 for condensation dripping onto a conveyor "
                "belt. Vastola said that problem had been fixed within a week.",
                "Vastola said an earlier problem at the plant had been fixed within a week.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "for a refund, said Raymond Szeto, a spokesman for the state agriculture "
                "department.",
                "for a refund.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "spent six days in intensive care.",
                "Some shoppers have speculated online that the company knew about the "
                "contamination for weeks before it announced the recall.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "spent six days in intensive care.",
                "Carthew Grocers, which sold most of the recalled salads, declined to answer "
                "questions about how long they had been on its shelves.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'surfaces you can see is not enough," he said.',
                "Dr. Adaeze Lindfors, an epidemiologist who led foodborne illness investigations "
                "for the state health department for 15 years, said three hospitalizations "
                "usually mean many more mild cases that were never tested.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "spent six days in intensive care.",
                "The complaint, filed in Marrick County Circuit Court, seeks $2.5 million in "
                "damages and says the man bought the salad nine days before the recall.",
            ),
        ),
        _rename(
            "names",
            ("Greenhollow", "Thistledown"),
            ("Marrick", "Brewood"),
            ("Fieldtable", "Sunmeadow"),
            ("Ottilie", "Sabine"),
            ("Vastola", "Quenneville"),
            ("Kenji", "Hideo"),
            ("Maroulis", "Papadakis"),
            ("Wexley", "Ormsby"),
            ("Raymond", "Gerald"),
            ("Szeto", "Lachance"),
            ("Perpetua", "Wilhelmina"),
            ("Hinds", "Corrigan"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("about 84,000 pounds", "about 86,000 pounds")),
    )
)

# --- criminal justice: prison staffing -------------------------------------------------------
_PRISON = _article(
    """
    Report finds Stonecroft prison guards working 16-hour shifts as vacancies pile up

    Guards at Stonecroft Correctional Facility routinely worked 16-hour shifts last year because
    nearly four in ten officer positions were vacant, according to a report released on Tuesday
    by the state Office of the Inspector General.

    The 58-page report found that 212 of the prison's 540 officer positions were unfilled in
    December and that officers worked about 96,000 hours of mandatory overtime in 2024. On 31
    days, some housing units were supervised by a single officer, the report said.

    "When people are this tired, they make mistakes, and in a prison mistakes get people hurt,"
    Inspector General Leocadia Ferreira said in an interview.

    Dr. Emrys Engelhart, a criminologist at Cardell University who has studied prison staffing in
    several states, said shortages tend to feed on themselves. "Overtime drives people out, and
    every departure means more overtime for the people who stay," he said.

    Officers are being ordered to stay for a second shift three or four times a week, said Jolene
    Pridmore, president of the officers' union local at Stonecroft. "People are sleeping in their
    cars in the parking lot between shifts," she said.

    "We accept the findings, and we are acting on them," Corrections Commissioner Alden
    Marchbanks said in a statement. The department raised starting pay by 12 percent in January,
    according to the statement.
    """
)
HOLDOUT_WELL.append(
    _case(
        "prison_staffing_report",
        "well",
        _PRISON,
        _down(
            "named_to_anonymous",
            (
                "Inspector General Leocadia Ferreira said in an interview.",
                "said a person with knowledge of the investigation, who was not authorized to "
                "discuss it.",
            ),
        ),
        _down(
            "named_to_anonymous",
            (
                "said Jolene Pridmore, president of the officers' union local at Stonecroft.",
                "said a former officer at the prison.",
            ),
        ),
        _down(
            "documents_removed",
            ("Report finds Stonecroft prison guards", "Stonecroft prison guards are"),
            (
                " were vacant, according to a report released on Tuesday by the state Office of "
                "the Inspector General.",
                " were vacant.",
            ),
            (
                "The 58-page report found that 212 of the prison's 540 officer positions were "
                "unfilled in December and that officers worked about 96,000 hours of mandatory "
                "overtime in 2024. On 31 days, some housing units were supervised by a single "
                "officer, the report said.",
                "Overtime has soared, and some housing units have at times been supervised by a "
                "single officer.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "supervised by a single officer, the report said.",
                "supervised by a single officer.",
            ),
            (
                "12 percent in January, according to the statement.",
                "12 percent in January.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'in the parking lot between shifts," she said.',
                "There is speculation among officers that the department will close a housing "
                "unit rather than fill the jobs.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "according to the statement.",
                "A spokesperson for Governor Maude Everard said the governor had not yet read the "
                "report and declined to comment further.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "supervised by a single officer, the report said.",
                "Payroll records released to reporters under a freedom of information request "
                "show that 14 officers at the prison were each paid more than $60,000 in "
                "overtime last year.",
            ),
        ),
        _rename(
            "names",
            ("Stonecroft", "Blackthorn"),
            ("Leocadia", "Henrietta"),
            ("Ferreira", "Okwuosa"),
            ("Emrys", "Torvald"),
            ("Engelhart", "Bassani"),
            ("Cardell", "Wendover"),
            ("Jolene", "Darlene"),
            ("Pridmore", "Haskett"),
            ("Alden", "Cyril"),
            ("Marchbanks", "Oyewole"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("about 96,000 hours", "about 94,000 hours")),
    )
)

# --- crime: museum theft ---------------------------------------------------------------------
_MUSEUM = _article(
    """
    Two medieval manuscripts stolen from Kettleby art museum

    Two illuminated manuscripts valued at about $1.8 million were stolen from the Osmond Museum
    of Art in Kettleby over the weekend, police said on Monday.

    Detective Sergeant Farida Oyinlola of the Kettleby Police Department said the thieves entered
    through a skylight above a storage room early Sunday and were inside for less than nine
    minutes. "They knew exactly where they were going," she said. Officers are looking for a white
    van seen near the museum shortly before 3 a.m., Oyinlola said.

    The museum's director, Augustin Pelletier, said the manuscripts, a 14th-century book of hours
    and a psalter from about 1260, had been taken off display in January for conservation work.
    "These objects are irreplaceable, and we will do everything we can to bring them home," he
    said.

    A 2022 security review commissioned by the museum's board, which the museum provided to
    reporters, recommended alarm sensors on every roof opening. Pelletier said sensors had been
    installed on the gallery skylights but not yet on the storage wing, where the work was
    scheduled for this spring.

    Dr. Imogen Thackeray, who teaches a course on art crime at Selwick University, said stolen
    manuscripts are hard to sell openly but are sometimes cut apart and sold page by page. "The
    first few weeks matter most," she said.

    The museum's insurer, Crestline Mutual, declined to comment.
    """
)
HOLDOUT_WELL.append(
    _case(
        "museum_manuscript_theft",
        "well",
        _MUSEUM,
        _down(
            "named_to_anonymous",
            (
                "Detective Sergeant Farida Oyinlola of the Kettleby Police Department said",
                "A police official, speaking on condition of anonymity because the investigation "
                "is continuing, said",
            ),
            ("shortly before 3 a.m., Oyinlola said.", "shortly before 3 a.m., the official said."),
        ),
        _down(
            "documents_removed",
            _remove(
                "A 2022 security review commissioned by the museum's board, which the museum "
                "provided to reporters, recommended alarm sensors on every roof opening. "
            ),
        ),
        _down(
            "attribution_removed",
            ("shortly before 3 a.m., Oyinlola said.", "shortly before 3 a.m."),
        ),
        _down(
            "speculation_added",
            _after(
                "declined to comment.",
                "Rumors have circulated in Kettleby that someone who works at the museum tipped "
                "off the thieves.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "declined to comment.",
                "Vantage Alarm Systems, the company that installed the gallery sensors, did not "
                "respond to emails and a phone message.",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"They knew exactly where they were going," she said.',
                "A police incident log shows that the theft was reported at 7:42 a.m. by a guard "
                "starting his shift.",
            ),
        ),
        _rename(
            "names",
            ("Kettleby", "Harrowden"),
            ("Osmond", "Everleigh"),
            ("Farida", "Samira"),
            ("Oyinlola", "Adeyemi"),
            ("Augustin", "Bastien"),
            ("Pelletier", "Rousseau"),
            ("Imogen", "Clementine"),
            ("Thackeray", "Fairclough"),
            ("Selwick", "Dunmere"),
            ("Crestline", "Summitfield"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("less than nine minutes", "less than ten minutes")),
    )
)

# --- infrastructure: rural broadband grant ---------------------------------------------------
_BROADBAND = _article(
    """
    $14.6 million grant to bring fiber internet to rural Orvale County

    A rural electric cooperative will use a $14.6 million federal grant to run fiber-optic lines
    to about 5,300 homes and farms in northern Orvale County, most of which have no wired
    internet service, officials announced on Thursday.

    The grant, from the federal Rural Connectivity Program, will cover about 70 percent of the
    project's $20.9 million cost, according to the award agreement posted on the program's
    website. The Orvale Electric Cooperative will pay the rest and must finish construction by
    the end of 2028.

    "Kids here do their homework in the library parking lot because that's the only place with
    a signal," said Beverly Nakamura-Flint, the cooperative's chief executive.

    Data from the state broadband office show that 38 percent of households in the county cannot
    get a connection of at least 100 megabits per second, compared with 9 percent statewide.

    Dr. Oluwaseun Pietersen, who studies rural telecommunications at Lanmore University, said
    cooperatives have a good record with such projects because they already own poles and rights
    of way. "The hard part is keeping prices affordable once the grant money is spent," he said.

    Gustavo Bramley, a dairy farmer whose land lies along the first planned route, said he pays
    $140 a month for a satellite connection that drops out in heavy rain.

    A spokesperson for Trellis Communications, the cable company that serves the county seat,
    said it had not applied for the grant because the area was too sparsely populated to serve
    profitably.
    """
)
HOLDOUT_WELL.append(
    _case(
        "rural_broadband_grant",
        "well",
        _BROADBAND,
        _down(
            "named_to_anonymous",
            (
                "said Beverly Nakamura-Flint, the cooperative's chief executive.",
                "said a person involved in the grant application.",
            ),
        ),
        _down(
            "documents_removed",
            (
                " cost, according to the award agreement posted on the program's website.",
                " cost.",
            ),
            (
                "Data from the state broadband office show that 38 percent of households in the "
                "county cannot get a connection of at least 100 megabits per second, compared "
                "with 9 percent statewide.",
                "Many households in the county cannot get a fast connection.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "A spokesperson for Trellis Communications, the cable company that serves the "
                "county seat, said it had not applied for the grant because the area was too "
                "sparsely populated to serve profitably.",
                "Trellis Communications, the cable company that serves the county seat, did not "
                "apply for the grant because the area is too sparsely populated to serve "
                "profitably.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "drops out in heavy rain.",
                "Some residents doubt the lines will ever reach the most remote farms, and rumors "
                "are circulating that the cooperative will raise electric rates to pay its share.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "too sparsely populated to serve profitably.",
                "Officials at the Rural Connectivity Program did not respond to a list of written "
                "questions about how they will enforce the 2028 deadline.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "by the end of 2028.",
                "The cooperative's board voted 9-0 in May to borrow $6.3 million to cover its "
                "share, according to the minutes of that meeting.",
            ),
        ),
        _rename(
            "names",
            ("Orvale", "Quarrendon"),
            ("Beverly", "Maxine"),
            ("Nakamura-Flint", "Saperstein"),
            ("Oluwaseun", "Babajide"),
            ("Pietersen", "Vanterpool"),
            ("Lanmore", "Ashcott"),
            ("Gustavo", "Ezequiel"),
            ("Bramley", "Goodhew"),
            ("Trellis", "Lattice"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("$140 a month", "$135 a month")),
    )
)

# --- agriculture: bird flu on farms ----------------------------------------------------------
_BIRDFLU = _article(
    """
    Bird flu confirmed at three Hallett County poultry farms

    Avian influenza has been confirmed at three commercial egg and turkey farms in Hallett
    County, and about 410,000 birds will be killed to keep the virus from spreading, the state
    agriculture department said on Saturday.

    "It moves fast in a barn and there is no treatment, so depopulation is the only tool we
    have," said Dr. Consuelo Iredale, the state veterinarian. She said the first farm reported a
    sudden rise in deaths among its hens on Tuesday.

    A quarantine order signed by Iredale bars moving poultry, eggs or equipment within six miles
    of the affected farms for at least 30 days. Under the order, 14 other farms inside that zone
    will be tested twice a week.

    Dr. Rupert Oduya, a veterinary virologist at Midfield Agricultural University, said wild ducks
    migrating through the county's wetlands often carry the virus in spring. "Biosecurity lowers
    the risk, but no barn is airtight," he said.

    The risk to the public remains low, said Ignatius Polgar, a spokesperson for the state health
    department, and no human cases have been found. Workers who handled sick birds are being
    monitored.

    "Nobody told us anything for two days. We just kept working," said one worker at an affected
    farm, who spoke on condition of anonymity because he feared losing his job.

    Benedetta Sorrell, whose family has raised turkeys near Penwick for three generations, said
    her farm was outside the zone but she had stopped allowing visitors. "Every truck that pulls
    in makes me nervous," she said.
    """
)
HOLDOUT_WELL.append(
    _case(
        "poultry_bird_flu",
        "well",
        _BIRDFLU,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Consuelo Iredale, the state veterinarian.",
                "said an official at the agriculture department.",
            ),
            ("A quarantine order signed by Iredale", "A quarantine order issued by the department"),
        ),
        _down(
            "documents_removed",
            (
                "A quarantine order signed by Iredale bars moving poultry, eggs or equipment "
                "within six miles of the affected farms for at least 30 days. Under the order, 14 "
                "other farms inside that zone will be tested twice a week.",
                "Movement of poultry near the farms has been restricted, and other farms nearby "
                "will be tested.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The risk to the public remains low, said Ignatius Polgar, a spokesperson for the "
                "state health department, and no human cases",
                "The risk to the public remains low, and no human cases",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "are being monitored.",
                "Some farmers suspect the virus arrived on feed trucks from out of state.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said one worker at an affected farm, who spoke on condition of anonymity because "
                "he feared losing his job.",
                "said Efrain Tolentino, who works at one of the affected farms.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "will be tested twice a week.",
                "Department records show that the county lost about 1.2 million birds to an "
                "earlier outbreak in 2022.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'in makes me nervous," she said.',
                "The owners of the three farms, which the state has not named, could not be "
                "reached for comment.",
            ),
        ),
        _rename(
            "names",
            ("Hallett", "Carrigan"),
            ("Consuelo", "Esperanza"),
            ("Iredale", "Mountjoy"),
            ("Rupert", "Cornelius"),
            ("Oduya", "Nwankwo"),
            ("Midfield", "Brookvale"),
            ("Ignatius", "Leander"),
            ("Polgar", "Vesely"),
            ("Benedetta", "Graziella"),
            ("Sorrell", "Mancuso"),
            ("Penwick", "Ashbury"),
        ),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("14 other farms", "15 other farms")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- business: tech layoffs rumour -----------------------------------------------------------
_LAYOFFS = _article(
    """
    Is Lumatrix about to lay off a third of its workers?

    Word around town is that Lumatrix, the software company that moved into the old textile mill
    downtown three years ago, is getting ready for a big round of layoffs. Some people are saying
    as many as a third of its roughly 900 employees could be out of a job before summer.

    A person who claims to work in the sales department says managers have been told to rank
    their teams and "get ready for hard conversations." Others say hiring was frozen weeks ago
    and that contractors have already been let go.

    Apparently the company's investors are unhappy, and there are rumors that the whole business
    could be sold to a bigger competitor. No one really knows for sure.

    Restaurant owners downtown are already nervous. "If they cut that many jobs, the lunch rush
    is finished," one owner said.

    It's hard not to notice that the parking lot has looked emptier lately. Maybe people are just
    working from home, or maybe something bigger is going on.

    If the rumors are true, it would be a blow to a town that was told this company was its
    future.
    """
)
HOLDOUT_WEAK.append(
    _case(
        "software_layoffs_rumour",
        "weak",
        _LAYOFFS,
        _up(
            "anonymous_named",
            (
                'is finished," one owner said.',
                'is finished," said Quentin Dellacroce, who owns the Tin Cup Diner on Weaver '
                "Street.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "No one really knows for sure.",
                "A Lumatrix spokesperson did not respond to emails asking about the reports.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "contractors have already been let go.",
                "A layoff notice the company filed with the state labor department last week, as "
                "state law requires before large job cuts, lists 140 positions at the downtown "
                "office to be eliminated in May.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "maybe something bigger is going on.",
                "Dr. Emeka Vollstedt, a labor economist at Hadley Cross University, said software "
                "companies often freeze hiring to avoid layoffs rather than as a first step "
                "toward them.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "maybe something bigger is going on.",
                "Call me cynical, but I bet the executives have already lined up their golden "
                "parachutes.",
            ),
        ),
        _rename("names", ("Lumatrix", "Quorvane")),
        _same("minor_number", ("roughly 900 employees", "roughly 880 employees")),
    )
)

# --- labour: port strike rumour --------------------------------------------------------------
_PORT = _article(
    """
    Bramhaven dockworkers could walk out any day, sources say

    Talk on the waterfront is that the roughly 2,600 dockworkers at the Port of Bramhaven are
    close to walking off the job, and some shipping people say a strike could come as soon as
    next week.

    Sources say contract talks between the longshore union and the terminal operators have
    broken down over automation, with the operators supposedly pushing for robotic cranes that
    would replace hundreds of jobs. Others claim the two sides are much closer to a deal than
    they are letting on.

    "Everybody's stocking up like a hurricane is coming," one trucker said while waiting in line
    outside a container terminal.

    Some retailers are said to be rerouting shipments to other ports just in case. It is also
    rumored that the governor has been quietly pressuring both sides to settle, though nobody
    will say so on the record.

    A strike could leave store shelves short of everything from furniture to car parts, and some
    fear it could drag on for weeks.

    Neither side has said much publicly, and it is anyone's guess how this plays out.
    """
)
HOLDOUT_WEAK.append(
    _case(
        "port_strike_rumour",
        "weak",
        _PORT,
        _up(
            "anonymous_named",
            (
                "one trucker said while waiting in line outside a container terminal.",
                "said Dmitri Oyarzun, who has hauled containers out of Bramhaven for 12 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "how this plays out.",
                "The Bramhaven Terminal Operators Association declined to answer questions about "
                "the talks, and the union's local president did not return calls.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "drag on for weeks.",
                "Port authority statistics show the terminals handled about 1.4 million "
                "containers last year, roughly 40 percent of them carrying consumer goods.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "than they are letting on.",
                "Dr. Philomena Gatward, who studies labor relations at Ardenne University, said "
                "most port contract disputes of the past decade were settled without a strike, "
                "often at the last minute.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "will say so on the record.",
                "There is even speculation that the operators want a strike so they can justify "
                "automating faster.",
            ),
        ),
        _rename("names", ("Bramhaven", "Saltwick")),
        _same("minor_number", ("roughly 2,600 dockworkers", "roughly 2,500 dockworkers")),
    )
)

# --- public finance: pension fund rumour -----------------------------------------------------
_PENSION = _article(
    """
    Is Corbyton's pension fund running out of money?

    Retired city workers in Corbyton have been passing around an alarming claim this month: that
    the city's pension fund could run dry within a few years.

    No one can say exactly where the claim started, but it has spread fast in retiree
    Facebook groups and at the senior center. Some say the fund lost a fortune on risky
    investments last year. Others believe city leaders have been skipping payments into the fund
    to balance the budget.

    "They promised us that money for 30 years of work, and now we hear it might not be there,"
    one retired firefighter said.

    A former city employee who says he has seen internal numbers claimed the situation is "much
    worse than anyone is admitting." He would not say what the numbers were.

    There are also rumors that the city is thinking about cutting cost-of-living raises for
    current retirees, which would affect roughly 1,900 people.

    Whether any of this is true is hard to say. But for people living on fixed incomes, even the
    rumor is enough to keep them up at night.
    """
)
HOLDOUT_WEAK.append(
    _case(
        "pension_fund_rumour",
        "weak",
        _PENSION,
        _up(
            "document_added",
            _after(
                "to balance the budget.",
                "The fund's most recent annual report, published in October, shows it held about "
                "$612 million in assets, enough to cover 71 percent of the benefits it has "
                "promised.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would not say what the numbers were.",
                "Finance Director Thaddeus Renfrew did not return several phone calls.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                'it might not be there," one retired firefighter said.',
                'it might not be there," said Augusta Pilkington, who retired from the Corbyton '
                "Fire Department in 2015.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "keep them up at night.",
                "Dr. Sunniva Okafor, who teaches public finance at the Ellery School of "
                "Government, said many city pension funds hold less than three-quarters of what "
                "they owe and that such funds rarely run out of money suddenly.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "to balance the budget.",
                "Some are even whispering that money from the fund was used to pay for the new "
                "city hall.",
            ),
        ),
        _rename("names", ("Corbyton", "Wealdham")),
        _same("minor_number", ("roughly 1,900 people", "roughly 1,850 people")),
    )
)

# --- planning: zoning fight rumour -----------------------------------------------------------
_ZONING = _article(
    """
    Are apartment towers coming to Foxglove Lane?

    Neighbors on Foxglove Lane say they have heard that a developer wants to knock down a row of
    older houses and put up apartment towers as tall as 12 stories, and they are not happy about
    it.

    It is not clear who the developer is. Some people think it is an out-of-town company; others
    have heard it is connected to a local family with friends on the planning commission.
    Supposedly, offers have already been made to several homeowners.

    "Somebody has been knocking on doors with cash offers, and nobody will tell us who they work
    for," said a woman who lives near the corner of Foxglove and Tansy Street.

    Word is that the city is about to rezone the neighborhood to allow taller buildings, possibly
    without much public notice. People say the change could be slipped onto a planning
    commission agenda at the last minute.

    Residents worry about traffic, parking and shade on their gardens. Some have started a group
    chat with more than 200 members to keep track of what they hear.

    Nobody at city hall seems willing to explain what is going on.
    """
)
HOLDOUT_WEAK.append(
    _case(
        "zoning_towers_rumour",
        "weak",
        _ZONING,
        _up(
            "anonymous_named",
            (
                "said a woman who lives near the corner of Foxglove and Tansy Street.",
                "said Constance Mirabeau, who has lived near the corner of Foxglove and Tansy "
                "Street since 1994.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "agenda at the last minute.",
                "A draft rezoning proposal posted on the planning department's website would "
                "allow buildings of up to eight stories on 14 lots along Foxglove Lane.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "explain what is going on.",
                "Planning Director Harlan Voskuijlen did not respond to an email and a phone "
                "message seeking comment.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "to keep track of what they hear.",
                "Dr. Abelard Nwachukwu, who teaches land-use law at Penrose College, said a "
                "rezoning of that kind would require at least two public hearings under state "
                "law.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "made to several homeowners.",
                "Some neighbors are convinced the whole thing was decided over dinner months ago.",
            ),
        ),
        _rename("names", ("Foxglove", "Bramble"), ("Tansy", "Sorrel")),
        _same("minor_number", ("more than 200 members", "more than 220 members")),
    )
)

HOLDOUT_CASES: tuple[Case, ...] = tuple(HOLDOUT_WELL + HOLDOUT_WEAK)
