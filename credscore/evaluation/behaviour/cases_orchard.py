"""A nineteenth, orchard set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind`,
:mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`, :mod:`.cases_last`,
:mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`, :mod:`.cases_autumn`,
:mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`, :mod:`.cases_thaw`,
:mod:`.cases_lantern`): it is a nineteenth, independent set (written at the same time as
:mod:`.cases_gale`, by another writer who did not read it) of twelve base articles (seven WELL
sourced, five WEAKLY sourced) and their variants, written blind as a measurement. The name
"orchard" is only a name. The topics, people, places, organisations, outlets, figures and
sentences are new and fictional; nothing is copied from the other sets, from any corpus or
example, or from the web, and every surname, place name, organisation and outlet name (in the
bases, the edits and the renames) was checked against the other sets and the passages and
replaced where it already occurred (some common first names recur). The articles and edits were
written from the definitions of good and bad sourcing alone: no text in this module was scored
with a model or run through an extractor while it was written, and the code of the signals,
lexicons, features and model was not read. Only the data checks of the suite (edit targets occur
once, renames are consistent, word counts) were run.

The beats are business, consumer and local-government news: grocery prices in one county rising
faster than anywhere else in the state (food prices), a care home rated inadequate by inspectors
(care homes), a council pension fund's shopping centre losing half its value (pensions), a
township's first reassessment in sixteen years and the appeals it brought (local taxes), four
branch libraries facing closure (public libraries), space heaters recalled after cord fires
(product safety) and an inspector allowing homes on farmland that a district council had refused
(planning disputes), all well sourced; and texts said to come from the power company (online
scams), rumours that a town's last bank branch will close (banks), talk of doubled rents on a
downtown block (small businesses), shoppers accusing market stallholders of fixing prices (food
prices) and retired firefighters' fears for their pension fund (pensions), all weakly sourced.
Six bases are written in American newspaper style ("Dr.", "percent", "County Commissioner",
"Township Assessor", "Deputy Fire Marshal", "said Monday", "neighborhood", "rumors",
"authorized", "fall", "check") and six in British style ("Dr", "per cent", "Councillor", "cabinet
member", "portfolio holder", "on Friday", "rumours", "specialises", "centre",
"High Street", "pitch fees", "30 June"). The writing varies the reporting verbs ("said", "said in
a statement", "announced", "found", "shows", "records", "says", "lists", "put", "claim",
"insist", "suggested", "according to", "called for", "was less forgiving"), inverts some
attributions ("said Walter X, 74, a retired mail carrier who ..."), uses surnames on second
reference, titles ("Councillor", "County Commissioner", "Township Assessor", "Deputy Fire
Marshal", "Professor", "Township Manager"), ages, appositions and possessive roles ("the
council's cabinet member for adult social care", "the district council's portfolio holder for
planning", "the city's economic development director"), and cites different kinds of document
(a state agriculture department price survey, an inspectorate's report, a pension fund's annual
accounts, an assessor's summary report, a consultation document, a federal recall notice, a
planning inspector's decision letter; and in the variants an annual report to shareholders,
council contract-monitoring figures, a valuation seen by a newspaper, a lawsuit quoting a
company's own complaint logs, a police incident log, a bank's letter to a town council, county
property records, a published schedule of market charges and an actuarial valuation). Comment is
sought in different ways ("In a statement, ... said", "said the company 'accepts the findings in
full'", "Asked about a review, a council spokeswoman said", "Asked about the difference ...",
"did not respond to requests for comment", "did not answer questions about", "said in an
email", "Reached by phone", "Asked whether ...", "did not respond to phone calls or an email").
Each base is 240 to 260 words long, written with straight ASCII quotes and apostrophes, as every
base in the suite is; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
an attribution removed so that a claim stands as bare fact, speculation added, the document or
dataset removed), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named (document cited four times, comment sought four
times, expert added three times, anonymous source named three times); each weak base has four
``up`` variants (one of each up kind) and one ``down`` (speculation added, worded differently in
each, twice as a sentence of its own and three times as a clause added to a sentence already in
the text; in the well bases, five speculation edits are sentences of their own and two are
clauses); every base has a cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit
(both for the well bases), and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds. That makes 67 directional variants (42 on well bases, 25 on weak
ones) and 67 cosmetic ones.

First measurement (2026-12-03, before this set was read; the extractors of commit bb76355 and
the model retrained at ce6ce1f): directional **0.925** (62 of 67), cosmetic 1.000, well - weak
+71.9. The five failures: ``speculation_added`` three times on weak bases (clauses added to
sentences already hedged, one on a base scoring 0.4); ``document_added`` on a well base (-1.4: a
valuation "commissioned by the fund" that "warned" was not read as a document); and
``named_to_anonymous`` on a well base (-0.2: "A woman whose father lived at the home until March
said" was not read as an unnamed source, and her "she" was taken for the care home's name).
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

ORCHARD_WELL: list[Case] = []
ORCHARD_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- food prices: one county's grocery bills rise fastest in the state (American) -----------
_GROCERY_SURVEY = (
    "A quarterly price survey by the state Department of Agriculture, released Wednesday, found "
    "that a basket of 40 staple items cost 11.4 percent more in the county in March than a year "
    "earlier, the steepest rise of any county. A dozen large eggs averaged $4.89, up from $3.12."
    "\n\n"
)
_GROCERY = _article(
    """
    Drumlin grocery prices climb fastest in state, survey finds

    Shoppers in Drumlin County are paying more for basic groceries than almost anywhere else in the
    state, and one county commissioner wants state officials to find out why.

    A quarterly price survey by the state Department of Agriculture, released Wednesday, found that
    a basket of 40 staple items cost 11.4 percent more in the county in March than a year earlier,
    the steepest rise of any county. A dozen large eggs averaged $4.89, up from $3.12.

    "People are coming in who used to donate to us," said Carla Westrope, director of the Drumlin
    Community Food Pantry, which served 1,930 households last month. "We've never had a line out the
    door mid-month before."

    Dr. Felix Takahara, an agricultural economist at Sallowford State University, said bird flu had
    cut egg supplies nationwide, but that the county's gap with the rest of the state pointed to
    something local. "When one chain owns most of the stores in a county, prices tend to go up
    faster and come down slower," he said.

    Bellridge Foods operates nine of the county's 14 full-size supermarkets. In a statement,
    Bellridge spokeswoman Dana Kilgour said its prices reflected "higher costs from our suppliers
    and for fuel," and that the chain had frozen prices on 200 store-brand items since January.

    County Commissioner Leon Hackworth said he had written to the state attorney general's office
    asking it to look at grocery competition in the county. "I'm not accusing anyone. I want
    somebody with the power to check," he said.
    """
)
ORCHARD_WELL.append(
    _case(
        "grocery_prices_county_survey",
        "well",
        _GROCERY,
        _down(
            "named_to_anonymous",
            (
                "said Carla Westrope, director of the Drumlin Community Food Pantry, which "
                "served 1,930 households last month.",
                "said a volunteer at one of the county's food pantries.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Felix Takahara, an agricultural economist at Sallowford State University, "
                "said bird flu had cut egg supplies nationwide, but that the county's gap with the "
                "rest of the state pointed to something local.",
                "Bird flu has cut egg supplies nationwide, but the county's gap with the rest of "
                "the state points to something local.",
            ),
            (
                'come down slower," he said.',
                'come down slower," said Dr. Felix Takahara, an agricultural economist at '
                "Sallowford State University.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "full-size supermarkets.",
                "Some shoppers suspect the chain is using bird flu as cover to raise prices on "
                "everything else.",
            ),
        ),
        _down("documents_removed", _remove(_GROCERY_SURVEY)),
        _up(
            "expert_added",
            _after(
                'with the power to check," he said.',
                "Professor Ines Ramakrishnan, who teaches antitrust law at the Corbray School of "
                "Law, said state attorneys general can demand pricing records from a retailer "
                "but rarely bring a case without evidence that competitors coordinated.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "store-brand items since January.",
                "Bellridge's annual report to shareholders shows its gross margin rose to 27.2 "
                "percent last year, from 25.6 percent the year before.",
            ),
        ),
        _rename(
            "names",
            ("Drumlin", "Sellwick"),
            ("Carla", "Renata"),
            ("Westrope", "Vanderpool"),
            ("Felix", "Jasper"),
            ("Takahara", "Lindqvale"),
            ("Sallowford", "Oxbury"),
            ("Bellridge", "Harvell"),
            ("Dana", "Corinne"),
            ("Kilgour", "Bergquist"),
            ("Leon", "Wendell"),
            ("Hackworth", "Nordahl"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("served 1,930 households", "served 1,890 households")),
    )
)

# --- care homes: a home rated inadequate after residents were left waiting (British) --------
_CAREHOME_REPORT = (
    "The Residential Care Inspectorate's report on Hindwell House, published on Monday, records "
    "that call bells went unanswered for more than 15 minutes on 23 occasions during a three-day "
    "inspection in February, and that two of the home's 38 residents had lost weight without "
    "staff acting.\n\n"
)
_CAREHOME = _article(
    """
    Cradlebury care home rated inadequate after residents left waiting for help

    A care home in Cradlebury has been rated inadequate by inspectors who found residents waiting up
    to 40 minutes for help, and the council has stopped sending new residents there.

    The Residential Care Inspectorate's report on Hindwell House, published on Monday, records that
    call bells went unanswered for more than 15 minutes on 23 occasions during a three-day
    inspection in February, and that two of the home's 38 residents had lost weight without staff
    acting.

    Margaret Hollinsby, whose 91-year-old father lived at the home until March, said she complained
    twice about him being left in wet sheets. "I was told they were short-staffed, every single
    time," she said.

    A carer at the home, who asked not to be named because she still works there, said most night
    shifts were covered by agency staff who did not know the residents.

    Councillor Priya Dhanjal, the council's cabinet member for adult social care, said officers were
    now visiting the home every week. "We will not move anyone against their wishes, but we expect
    real change within weeks," she said.

    Dr Rowan Langstaff, a gerontologist at the University of Castlebrook, said the findings fitted a
    wider pattern. "Homes that lean on agency staff lose the small knowledge that keeps people
    safe," he said.

    Hindwell House is run by Evercare Homes Ltd. Its managing director, Graham Midgley, said the
    company "accepts the findings in full" and had appointed a new manager and recruited 11
    permanent carers since the inspection.
    """
)
ORCHARD_WELL.append(
    _case(
        "care_home_rated_inadequate",
        "well",
        _CAREHOME,
        _down(
            "named_to_anonymous",
            (
                "Margaret Hollinsby, whose 91-year-old father lived at the home until March, said",
                "A woman whose father lived at the home until March said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Priya Dhanjal, the council's cabinet member for adult social care, "
                "said officers were now visiting the home every week.",
                "Council officers are now visiting the home every week.",
            ),
            (
                'real change within weeks," she said.',
                "real change within weeks,\" said Councillor Priya Dhanjal, the council's cabinet "
                "member for adult social care.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'every single time," she said.',
                "Some relatives believe the owners may have been cutting staff to make the home "
                "look more profitable ahead of a sale.",
            ),
        ),
        _down("documents_removed", _remove(_CAREHOME_REPORT)),
        _up(
            "document_added",
            _after(
                "who did not know the residents.",
                "Contract monitoring figures kept by the council show that agency workers filled "
                "46 per cent of the home's shifts in January, up from 19 per cent a year earlier.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A carer at the home, who asked not to be named because she still works there, "
                "said",
                "Shona Mellick, who has worked as a carer at the home for six years, said",
            ),
        ),
        _rename(
            "names",
            ("Cradlebury", "Brockleigh"),
            ("Hindwell", "Beechgarth"),
            ("Margaret", "Eileen"),
            ("Hollinsby", "Heptonstall"),
            ("Priya", "Anjali"),
            ("Dhanjal", "Chakraborty"),
            ("Rowan", "Crispin"),
            ("Langstaff", "Waddilove"),
            ("Castlebrook", "Stainmore"),
            ("Evercare", "Silverleigh"),
            ("Graham", "Malcolm"),
            ("Midgley", "Gilbody"),
        ),
        _rename("weekday", ("Monday", "Wednesday")),
        _same("minor_number", ("recruited 11 permanent carers", "recruited 12 permanent carers")),
    )
)

# --- pensions: a council pension fund's shopping centre loses half its value (British) -------
_PENSION_ACCOUNTS = (
    "The fund's annual accounts, published on Friday, value the Tansor Gate centre at 15.2 "
    "million pounds, against the 29.5 million pounds it paid in 2020.\n\n"
)
_PENSION = _article(
    """
    Council pension fund's shopping centre loses half its value

    The pension fund for 31,000 council workers in Oddingworth has written down the value of a
    shopping centre it bought five years ago by almost half, and opposition councillors want to know
    why.

    The fund's annual accounts, published on Friday, value the Tansor Gate centre at 15.2 million
    pounds, against the 29.5 million pounds it paid in 2020.

    Nearly a third of the centre's 42 shop units now stand empty, according to its managing agents,
    Openshaw Reith.

    Councillor Desmond Ackroyd, who chairs the fund's pensions committee, said members' pensions
    were guaranteed by law and would not be affected. "This was a poor investment, and I won't
    pretend otherwise. But it is 1.4 per cent of a fund worth over a billion pounds," he said.

    Sheila Oldroyd, a retired school cook who paid into the fund for 28 years, was less forgiving.
    "You trust them with it. Then you read that they bought a shopping centre in the year everyone
    stopped going to the shops," she said.

    Professor Imogen Teasdale, who teaches pension fund governance at Grindlewood Business School,
    said council funds had been encouraged to invest locally but that one large property was a risky
    way to do it. "Concentration is the problem, not the location," she said.

    Councillor Trevor Blayney, leader of the opposition, has called for an independent review of the
    purchase, which was recommended by the fund's property advisers, Hasselgrove Denning. Asked
    about a review, a council spokeswoman said the advisers would report to the committee by July.
    """
)
ORCHARD_WELL.append(
    _case(
        "pension_fund_shopping_centre",
        "well",
        _PENSION,
        _down(
            "named_to_anonymous",
            (
                "Sheila Oldroyd, a retired school cook who paid into the fund for 28 years, was "
                "less forgiving.",
                "One retired member of the fund was less forgiving.",
            ),
        ),
        _down(
            "attribution_removed",
            (", according to its managing agents, Openshaw Reith.", "."),
        ),
        _down(
            "speculation_added",
            _after(
                "property advisers, Hasselgrove Denning.",
                "Some members suspect the advisers may have had links to the seller.",
            ),
        ),
        _down("documents_removed", _remove(_PENSION_ACCOUNTS)),
        _up(
            "document_added",
            _after(
                'not the location," she said.',
                "A valuation commissioned by the fund before the purchase, seen by the "
                "Oddingworth Courier, warned that the centre's rent roll could fall by a quarter "
                "if its two largest tenants left. Both have since gone.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "report to the committee by July.",
                "Hasselgrove Denning said in a statement that its advice had been "
                '"reasonable on the information available in 2020" and that no adviser had '
                "foreseen how quickly demand for shop space would fall.",
            ),
        ),
        _rename(
            "names",
            ("Oddingworth", "Ingleborough"),
            ("Tansor", "Keswold"),
            ("Openshaw", "Hemsworth"),
            ("Reith", "Kitching"),
            ("Desmond", "Clifford"),
            ("Ackroyd", "Womersley"),
            ("Sheila", "Brenda"),
            ("Oldroyd", "Tattersall"),
            ("Imogen", "Philippa"),
            ("Teasdale", "Cholmondeley"),
            ("Grindlewood", "Wharfedale"),
            ("Trevor", "Norman"),
            ("Blayney", "Yeadon"),
            ("Hasselgrove", "Bostock"),
            ("Denning", "Lister"),
        ),
        _rename("weekday", ("Friday", "Tuesday")),
        _same("minor_number", ("centre's 42 shop units", "centre's 44 shop units")),
    )
)

# --- local taxes: a township reassessment brings a flood of appeals (American) ---------------
_ASSESS_REPORT = (
    "The township's first full reassessment since 2009 raised the median home's assessed value by "
    "41 percent, to $268,000, according to a summary report from the assessor's office. Values in "
    "the older neighborhoods west of Route 47 rose 58 percent on average, compared with 29 percent "
    "east of it.\n\n"
)
_ASSESS = _article(
    """
    Tessford reassessment brings flood of property tax appeals

    Homeowners in Tessford Township have filed more than 2,100 appeals of their new property
    assessments since values were mailed in February, nearly five times the usual number, the county
    Board of Assessment Appeals said Monday.

    The township's first full reassessment since 2009 raised the median home's assessed value by 41
    percent, to $268,000, according to a summary report from the assessor's office. Values in the
    older neighborhoods west of Route 47 rose 58 percent on average, compared with 29 percent east
    of it.

    "My house didn't change. The number on the letter did," said Walter Brisbois, 74, a retired mail
    carrier who has lived on Colebeck Avenue since 1983. His assessment rose from $151,000 to
    $247,000.

    Township Assessor Janine Kozlowski said the increases reflected years of rising sale prices that
    the old values never captured. "A reassessment doesn't raise the total tax the township
    collects. It shifts who pays it," she said.

    Dr. Marcus Owusu, who studies property taxation at the Harkaway Institute of Public Policy, said
    reassessments after a long gap often shift the burden toward older, cheaper neighborhoods, where
    prices have climbed fastest. "The gap is the real problem. Inequities pile up for years and then
    land all at once," he said.

    Asked about the difference between neighborhoods, Kozlowski said the firm that did the work,
    Stellmark Appraisal Services, had based its values on recent sales in each area. Stellmark did
    not respond to requests for comment. Appeal hearings begin in May.
    """
)
ORCHARD_WELL.append(
    _case(
        "township_reassessment_appeals",
        "well",
        _ASSESS,
        _down(
            "named_to_anonymous",
            (
                "said Walter Brisbois, 74, a retired mail carrier who has lived on Colebeck Avenue "
                "since 1983.",
                "said a retired homeowner on the west side who asked that his name not be used.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "nearly five times the usual number, the county Board of Assessment Appeals said "
                "Monday.",
                "nearly five times the usual number.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Appeal hearings begin in May.",
                "Appeal hearings begin in May, and some homeowners suspect the township is "
                "counting on most of them to give up before then.",
            ),
        ),
        _down("documents_removed", _remove(_ASSESS_REPORT)),
        _up(
            "expert_added",
            _after(
                "based its values on recent sales in each area.",
                "Linnea Brauer, a certified general appraiser who teaches real estate valuation at "
                "the University of Tiverly, said values built on few sales can swing widely, "
                "which is why appeals from thinly traded neighborhoods often succeed.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'land all at once," he said.',
                "Township Manager Roy Jankowski said in an email that the board of supervisors "
                "had put off a reassessment in 2015 and again in 2019 because of its cost, about "
                "$1.1 million.",
            ),
        ),
        _rename(
            "names",
            ("Tessford", "Pemberline"),
            ("Walter", "Harold"),
            ("Brisbois", "Lemieux"),
            ("Colebeck", "Saddler"),
            ("Janine", "Colette"),
            ("Kozlowski", "Markowski"),
            ("Marcus", "Desmond"),
            ("Owusu", "Agyeman"),
            ("Harkaway", "Fagerlund"),
            ("Stellmark", "Veracor"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("Colebeck Avenue since 1983", "Colebeck Avenue since 1985")),
    )
)

# --- public libraries: four branches face closure under a savings plan (British) ------------
_LIBRARY_CONSULTATION = (
    "The consultation document, published on Tuesday, shows that visits to the four branches fell "
    "by between 18 and 35 per cent in the five years to March, while the library service's budget "
    "shrank from 6.1 million pounds to 4.4 million pounds.\n\n"
)
_LIBRARY = _article(
    """
    Four Fernlow branch libraries face closure under savings plan

    Four of Fernlow's 11 branch libraries would close and most others would open fewer days under
    plans from the borough council, which says it must save 2.3 million pounds next year.

    The consultation document, published on Tuesday, shows that visits to the four branches fell by
    between 18 and 35 per cent in the five years to March, while the library service's budget shrank
    from 6.1 million pounds to 4.4 million pounds.

    Councillor Helen Shackleton, the cabinet member for culture, said no decision had been taken.
    "Nobody goes into local government to close libraries. But if we don't find this money here, it
    comes out of children's services," she said.

    At Millbeck library, one of the four, Arthur Nettleship, 81, said the branch was the only warm
    public room in the village. "I come every morning for the papers. Where do they expect us to go,
    the bus shelter?" he said.

    A librarian at one of the branches, who asked not to be named because staff have been told not
    to speak to the press, said the visit figures left out people who book the computers online and
    parents who come to baby rhyme sessions.

    Dr Farida Mahmoud, a lecturer in information science at Mardale University, said councils too
    often judged libraries on footfall alone. "Counting people through the door tells you little
    about who depends on a library," she said.

    The Friends of Millbeck Library has collected 3,400 signatures against the closures. The
    consultation closes on 30 June.
    """
)
ORCHARD_WELL.append(
    _case(
        "branch_libraries_closure_plan",
        "well",
        _LIBRARY,
        _down(
            "named_to_anonymous",
            (
                "At Millbeck library, one of the four, Arthur Nettleship, 81, said",
                "At Millbeck library, one of the four, an elderly regular said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "from the borough council, which says it must save",
                "from the borough council, which must save",
            ),
        ),
        _down(
            "speculation_added",
            (
                "consultation closes on 30 June.",
                "consultation closes on 30 June, though it is widely believed that the decision "
                "has already been made.",
            ),
        ),
        _down("documents_removed", _remove(_LIBRARY_CONSULTATION)),
        _up(
            "anonymous_named",
            (
                "A librarian at one of the branches, who asked not to be named because staff have "
                "been told not to speak to the press, said",
                "Joanne Castleby, who has run the Quarrybank Lane branch for 14 years, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "parents who come to baby rhyme sessions.",
                "Asked about that, a council spokesman said computer bookings were recorded "
                "separately and had also fallen, by 22 per cent.",
            ),
        ),
        _rename(
            "names",
            ("Fernlow", "Kirkholme"),
            ("Helen", "Rosalind"),
            ("Shackleton", "Smethurst"),
            ("Millbeck", "Aldcliffe"),
            ("Arthur", "Cyril"),
            ("Nettleship", "Entwistle"),
            ("Farida", "Nasreen"),
            ("Mahmoud", "Saliba"),
            ("Mardale", "Ribblesdale"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("collected 3,400 signatures", "collected 3,500 signatures")),
    )
)

# --- product safety: space heaters recalled after cord fires (American) ----------------------
_HEATER_NOTICE = (
    "The recall notice posted by the Consumer Product Safety Commission says the maker, "
    "Kestrelline Home Products, has received 57 reports of cords overheating, including 11 fires "
    "and four burn injuries. The TH-1500 heaters were sold at hardware stores and online from "
    "October 2023 through January for about $49.\n\n"
)
_HEATER = _article(
    """
    Thermiva space heaters recalled after cord fires

    About 84,000 space heaters sold under the Thermiva brand are being recalled because their cords
    can overheat and melt, federal regulators announced Thursday.

    The recall notice posted by the Consumer Product Safety Commission says the maker, Kestrelline
    Home Products, has received 57 reports of cords overheating, including 11 fires and four burn
    injuries. The TH-1500 heaters were sold at hardware stores and online from October 2023 through
    January for about $49.

    Rita Dombrowski of Lorwick said her heater's cord melted in December while her grandson slept
    nearby. "I smelled it before I saw it. If I'd gone to bed, I don't like to think about it," she
    said.

    Deputy Fire Marshal Thomas Greaney of the Lorwick Fire Department said his office had
    investigated two of the fires and that both started at the cord, not the heater.

    Dr. Sunita Venkatesan, an electrical engineer at Wadsworth Polytechnic Institute who studies
    appliance safety, said such heaters draw up to 1,500 watts, far more than a television. "A
    cord that would be fine on a lamp can cook itself under that load," she said.

    A manager at a regional hardware chain, who spoke on condition of anonymity because he was not
    authorized to talk to reporters, said stores had quietly pulled the heaters from shelves two
    weeks before the recall.

    In a statement, Kestrelline said it "takes the safety of our customers seriously" and had
    changed its cord supplier in February. The company did not answer questions about when it first
    learned of the problem.
    """
)
ORCHARD_WELL.append(
    _case(
        "space_heater_cord_recall",
        "well",
        _HEATER,
        _down("named_to_anonymous", ("Rita Dombrowski of Lorwick said", "One owner said")),
        _down(
            "attribution_removed",
            (
                "Deputy Fire Marshal Thomas Greaney of the Lorwick Fire Department said his office "
                "had investigated two of the fires and that both started at the cord, not the "
                "heater.",
                "Two of the fires, both in Lorwick, started at the cord, not the heater.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "two weeks before the recall.",
                "Some owners believe the true number of fires is far higher and that many were "
                "never reported to the company.",
            ),
        ),
        _down("documents_removed", _remove(_HEATER_NOTICE)),
        _up(
            "document_added",
            _after(
                "when it first learned of the problem.",
                "A lawsuit filed in March by a Lorwick family whose garage burned says "
                "Kestrelline's own customer service logs recorded 23 complaints about hot or "
                "melting cords by the summer of 2024.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A manager at a regional hardware chain, who spoke on condition of anonymity "
                "because he was not authorized to talk to reporters, said",
                "Dale Huttner, who manages the Farrier Supply hardware store in Lorwick, said",
            ),
        ),
        _rename(
            "names",
            ("Thermiva", "Calorix"),
            ("Kestrelline", "Brightfield"),
            ("Rita", "Yvonne"),
            ("Dombrowski", "Kaczmarek"),
            ("Lorwick", "Ashtabrook"),
            ("Thomas", "Gerald"),
            ("Greaney", "Grabowski"),
            ("Sunita", "Kavitha"),
            ("Venkatesan", "Subramaniam"),
            ("Wadsworth", "Hagstrom"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("for about $49", "for about $47")),
    )
)

# --- planning: an inspector approves homes on farmland the council refused (British) ---------
_MEADOW_LETTER = (
    "In a 38-page decision letter published on Wednesday, the inspector found that the council "
    "could show only a 3.1-year supply of land for housing, against the five years required by "
    "national policy, and that the shortfall outweighed the harm to the landscape.\n\n"
)
_MEADOW = _article(
    """
    Inspector approves 240 homes on Eskerby farmland after council refusal

    A planning inspector has given the go-ahead for 240 homes on farmland outside Eskerby,
    overturning the district council's refusal and angering villagers who had fought the scheme for
    three years.

    In a 38-page decision letter published on Wednesday, the inspector found that the council could
    show only a 3.1-year supply of land for housing, against the five years required by national
    policy, and that the shortfall outweighed the harm to the landscape.

    The 31-acre site, known locally as Hobb's Meadow, has been grazed by the same family for three
    generations.

    Jean Haverley, who chairs the Eskerby Meadow Action Group, said residents were devastated. "We
    did everything right. We read every page, we went to every meeting, and it counted for nothing,"
    she said.

    Councillor Mark Whiteley, the district council's portfolio holder for planning, said the council
    had warned for years that its housing target was unrealistic. He said it was taking legal advice
    on a challenge in the High Court.

    Professor Alison Clegghorn, who specialises in planning law at Pellsworth University, said such
    challenges succeed only on points of law, not on the merits. "When a council cannot show its
    five-year supply, the balance tips heavily towards granting permission. Villagers find that very
    hard to accept," she said.

    The developer, Greyholt Homes, said 72 of the homes would be affordable and that it would pay
    1.6 million pounds towards a new classroom at Eskerby Primary School. A spokeswoman said
    building could start next spring.
    """
)
ORCHARD_WELL.append(
    _case(
        "meadow_homes_appeal_allowed",
        "well",
        _MEADOW,
        _down(
            "named_to_anonymous",
            (
                "Jean Haverley, who chairs the Eskerby Meadow Action Group, said",
                "A member of a local action group said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Mark Whiteley, the district council's portfolio holder for planning, "
                "said the council had warned for years that its housing target was unrealistic. "
                "He said it was taking",
                "The council's housing target has been unrealistic for years, and the council is "
                "taking",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "building could start next spring.",
                "There is speculation in the village that Greyholt will come back for the "
                "neighbouring field once the first homes are sold.",
            ),
        ),
        _down("documents_removed", _remove(_MEADOW_LETTER)),
        _up(
            "expert_added",
            _after(
                "grazed by the same family for three generations.",
                "Dr Nkechi Ezeh, a grassland ecologist at the University of Selbridge, said "
                "unploughed pasture of that age holds plant communities that take decades to "
                "re-establish elsewhere.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'it counted for nothing," she said.',
                "Asked about the villagers' criticism, the Planning Inspectorate said the "
                "inspector had read more than 600 written objections and had set out her "
                "reasons in full.",
            ),
        ),
        _rename(
            "names",
            ("Eskerby", "Wragholme"),
            ("Hobb", "Sprott"),
            ("Jean", "Marjorie"),
            ("Haverley", "Hardcastle"),
            ("Mark", "Graeme"),
            ("Whiteley", "Farnworth"),
            ("Alison", "Frances"),
            ("Clegghorn", "Dacombe"),
            ("Pellsworth", "Wearmouth"),
            ("Greyholt", "Saltergate"),
        ),
        _rename("weekday", ("Wednesday", "Monday")),
        _same("minor_number", ("The 31-acre site", "The 32-acre site")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- online scams: texts said to come from the power company (American) ----------------------
_SCAM = _article(
    """
    Texts claiming to be from power company spread alarm in Halcott

    Residents across Halcott say they have been getting text messages that claim to be from the
    local power company and threaten to cut off their electricity within the hour unless a bill is
    paid with gift cards.

    Nobody seems sure how many people have been taken in. Some say dozens of older residents have
    lost money, and one post on a neighborhood forum put the total at more than $50,000, though it
    is not clear where that figure came from.

    "My neighbor's mom paid $600 before anybody could stop her. They knew her name and her account
    number," said a woman who lives on the east side of town.

    There is talk that the scammers got customer details from a data breach at the utility, though
    others believe the information was simply pulled from public records. Rumors have also
    circulated that a former employee may be involved.

    Some people think the messages are coming from overseas, while others suspect a local ring. A
    few residents claim they have also had phone calls, from callers who seemed to know their
    payment history.

    The utility is said to be aware of the problem, and police are reportedly looking into it, but
    it is unclear whether anyone has been caught or whether any of the money has been recovered.

    Warnings have been shared widely on social media since the weekend. Whatever their source, the
    messages appear to be spreading to nearby towns, and people are being told to ignore them.
    """
)
ORCHARD_WEAK.append(
    _case(
        "power_bill_text_scam_rumors",
        "weak",
        _SCAM,
        _up(
            "anonymous_named",
            (
                "said a woman who lives on the east side of town.",
                "said Gloria Pawlak, 52, who lives on Rudyard Street on the east side of town.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "whether any of the money has been recovered.",
                "Asked whether customer data had been stolen, a spokeswoman for the utility, "
                "Caldwater Power and Light, said it had found no sign of a breach and never "
                "asks customers to pay with gift cards.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "where that figure came from.",
                "The Halcott Police Department's incident log lists four reports of the scam since "
                "March 3, with losses totaling $3,150.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "seemed to know their payment history.",
                "Dr. Miriam Kessane, who studies fraud against older adults at Coldmere "
                'University, said such scams work by creating panic. "The clock is the weapon. '
                'Anyone who gives you one hour to pay is not your utility," she said.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "a former employee may be involved.",
                "Some fear that whoever is behind the texts could soon move on to emptying bank "
                "accounts directly.",
            ),
        ),
        _rename("names", ("Halcott", "Dunkerton")),
        _same("minor_number", ("more than $50,000", "more than $55,000")),
    )
)

# --- banks: rumours that a town's last bank branch will close (British) ---------------------
_BRANCH = _article(
    """
    Rumours grow that Addlebrook's last bank branch will close

    Rumours are circulating in Addlebrook that the town's last bank branch, on the High Street, will
    close before the end of the year, leaving residents with a twelve-mile round trip to the nearest
    counter.

    Several customers say staff have hinted that the branch is "under review", and one trader claims
    to have been told privately that a date has already been set. Others insist it is only gossip.

    "Everyone's saying it's going. If it does, half the shops on this street will follow," said a
    shopkeeper who did not want to give her name.

    The bank is understood to be unhappy with the number of customers coming through the door, and
    it is thought that footfall has dropped sharply since the town centre car park was closed. Some
    people believe the building has already been valued for sale.

    There is also talk of a mobile banking van calling once a week, though nobody seems sure whether
    that is a firm plan or wishful thinking.

    Older residents are said to be particularly worried. Many are reported to rely on the branch to
    pay in cash and to speak to someone face to face, and a few are rumoured to be moving their
    accounts elsewhere in protest.

    It is not clear what, if anything, the town council has been told. One person familiar with the
    discussions suggested that an announcement could come within weeks, possibly before Christmas,
    though others doubt the bank would risk the bad publicity at that time of year.
    """
)
ORCHARD_WEAK.append(
    _case(
        "last_bank_branch_rumours",
        "weak",
        _BRANCH,
        _up(
            "anonymous_named",
            (
                "said a shopkeeper who did not want to give her name.",
                "said Bernadette Habgood, who runs the florist's two doors down.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a firm plan or wishful thinking.",
                "Asked about the branch, a spokesman for Cheswell Bank said no decision had been "
                'made and that it reviewed its branches regularly "in line with how customers '
                'choose to bank".',
            ),
        ),
        _up(
            "document_added",
            _after(
                "already been valued for sale.",
                "A letter from the bank to the town council, dated 4 March and seen by the "
                "Addlebrook Herald, says counter transactions at the branch fell by 46 per cent "
                "between 2021 and last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "moving their accounts elsewhere in protest.",
                "Dr Anjana Ganguly, who researches access to cash at the University of Penmarth, "
                "said towns that lose their last branch see older people and small traders hit "
                "hardest, because both still rely heavily on notes and coins.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "already been valued for sale.",
                "already been valued for sale, perhaps to a developer who would turn it into "
                "flats.",
            ),
        ),
        _rename("names", ("Addlebrook", "Harnsworth")),
        _same("minor_number", ("a twelve-mile round trip", "a fourteen-mile round trip")),
    )
)

# --- small businesses: talk of doubled rents on a downtown block (American) ------------------
_RENTS = _article(
    """
    Rent rumors rattle Front Street merchants in Verrin Falls

    Merchants along Front Street in Verrin Falls are buzzing with talk that a new owner has bought
    up half the block and plans to double their rents when leases come up this fall.

    Nobody will say who the buyer is. Some shop owners have heard it is an out-of-state investment
    group; others say it is a local family that has been quietly buying buildings for years.

    "I heard it from a guy who heard it from the title company. It's already done, supposedly. If
    the rent doubles, I'm out," said a restaurant owner who asked not to be identified.

    The rumors have spread quickly in a downtown that has already lost several businesses since the
    pandemic. A bookstore and a shoe repair shop are said to be looking for cheaper space, and at
    least one longtime tenant is believed to have been offered money to leave early.

    Some merchants suspect the buyer wants to tear down the older buildings and put up apartments,
    though there is no sign that any plans have been filed. Others think the whole thing has been
    blown out of proportion.

    At a meeting of the downtown merchants' association on Tuesday night, there was also talk that
    the city knew about the sale months ago and did nothing to warn tenants.

    For now, the owners say, they are waiting, and some have stopped ordering stock for the
    holidays. "It feels like everybody knows something except us," one said.
    """
)
ORCHARD_WEAK.append(
    _case(
        "downtown_rent_hike_rumors",
        "weak",
        _RENTS,
        _up(
            "anonymous_named",
            (
                "said a restaurant owner who asked not to be identified.",
                "said Tomas Vukelich, who has run a diner on Front Street for 19 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "did nothing to warn tenants.",
                "Reached by phone, the city's economic development director, Karen Virtanen, "
                "said the city had not been told of any sale and had no role in private property "
                "deals.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "blown out of proportion.",
                "County property records show that three buildings on the 200 block of Front "
                "Street were sold in August for a combined $4.7 million, to a company registered "
                "as Front Street Holdings LLC.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "offered money to leave early.",
                "Dr. Elena Hirano, a professor of urban planning at Durnford State University "
                "who studies small-town downtowns, said new owners often raise rents to market "
                "rates as leases turn over but rarely double them across a whole block at once.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "put up apartments, though there",
                "put up apartments, possibly with a quiet nod from someone at City Hall, though "
                "there",
            ),
        ),
        _rename("names", ("Verrin", "Callander")),
        _rename("weekday", ("Tuesday", "Wednesday")),
    )
)

# --- food prices: shoppers accuse market traders of fixing prices (British) ------------------
_MARKET = _article(
    """
    Shoppers accuse Brantham market traders of fixing prices

    Stallholders at Brantham's weekly market are being accused, in conversations around the town, of
    quietly agreeing among themselves to put up the price of fruit and vegetables.

    Several shoppers say they noticed the same price for strawberries on every stall last Saturday,
    and some claim the cost of a bag of potatoes has gone up by almost half since the spring.

    "They all put their prices up on the same day. You can't tell me that's a coincidence," said one
    regular, who did not want to be named.

    It is rumoured that a group of traders met in a pub after the market closed a few weeks ago,
    although who was there, and what was discussed, is unclear. Some traders are said to be furious
    about the accusations, and at least one is believed to be thinking of giving up his pitch.

    Others put the rises down to the weather, to higher wholesale prices, or to the council's pitch
    fees, which are said to have gone up again this year.

    There is talk on a local social media group of a boycott, and a few people claim the supermarket
    on the edge of town has begun to win back customers who had switched to the market. One woman is
    supposed to have been told by a stallholder that prices would "only go one way" this summer.

    What happens next is anyone's guess. Some expect the council to step in, while others think the
    row will have blown over by the autumn.
    """
)
ORCHARD_WEAK.append(
    _case(
        "market_stall_price_fixing_talk",
        "weak",
        _MARKET,
        _up(
            "anonymous_named",
            (
                "said one regular, who did not want to be named.",
                "said Pauline Oxendale, 67, who has shopped at the market for 30 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "thinking of giving up his pitch.",
                "Asked about the claims, Keith Bagshawe, who chairs the Brantham Market Traders' "
                "Association, said no meeting about prices had taken place and that every trader "
                "set his or her own.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "said to have gone up again this year.",
                "The council's published schedule of market charges shows the daily fee for a "
                "standard pitch rose from 32 pounds to 41 pounds in April.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "almost half since the spring.",
                "Dr Helena Lumsdaine, an agricultural economist at the University of Wealdbury, "
                "said wholesale potato prices rose sharply after a wet planting season, and that "
                "traders who buy from the same wholesaler often end up charging much the same.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "what was discussed, is unclear.",
                "Some go further and suggest the traders may have been quietly fixing prices for "
                "years.",
            ),
        ),
        _rename("names", ("Brantham", "Hepworth")),
        _rename("weekday", ("Saturday", "Thursday")),
    )
)

# --- pensions: retired firefighters fear for their pension fund (American) -------------------
_FIREPENSION = _article(
    """
    Retired firefighters fear for pensions as rumors spread in Port Annick

    Retired firefighters in Port Annick are growing anxious over talk that the city's police and
    fire pension fund is running short of money and that benefits could be cut as soon as next year.

    The worries appear to have started after a closed-door meeting of the pension board on Thursday,
    which some retirees say ran for hours longer than usual. What was discussed there is not known.

    "Guys are calling each other every night. Somebody said the fund lost a fortune on some
    investment and they're keeping it quiet," said a retired fire captain who asked that his name
    not be used.

    Some believe the fund made a bad bet on real estate, while others blame years in which the city
    is thought to have paid in less than it should have. Others say the fund has changed investment
    managers twice in three years. A few retirees claim the annual cost-of-living raise will be
    frozen, though nobody can say where that idea came from.

    There is also speculation that active firefighters could be asked to pay more out of their
    paychecks, a move the union is said to oppose.

    City officials are reportedly reluctant to discuss the fund in public, and it is not clear
    whether the city council has been briefed.

    For many retirees, the uncertainty is the hardest part. "We gave this city 30 years. We just
    want to know the check is coming," one said.
    """
)
ORCHARD_WEAK.append(
    _case(
        "firefighter_pension_fund_fears",
        "weak",
        _FIREPENSION,
        _up(
            "anonymous_named",
            (
                "said a retired fire captain who asked that his name not be used.",
                "said Raymond Mazurek, 71, who retired as a fire captain in 2009.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "What was discussed there is not known.",
                "The board's chairman, Dennis Ruthven, did not respond to phone calls or an email "
                "asking about the meeting.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "nobody can say where that idea came from.",
                "The fund's latest actuarial valuation, dated last June, shows it held 61 percent "
                "of the assets needed to pay the benefits it has promised, down from 68 percent "
                "two years earlier.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a move the union is said to oppose.",
                "Dr. Anita Kettunen, who studies public pension finance at Glenholt University, "
                "said funds in that position are under strain but seldom cut pensions already "
                "being paid, which state law protects in most places.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "whether the city council has been briefed.",
                "whether the city council has been briefed, or whether officials have been "
                "hiding the size of the hole for years.",
            ),
        ),
        _rename("names", ("Annick", "Tolhurst")),
        _rename("weekday", ("Thursday", "Tuesday")),
    )
)

ORCHARD_CASES: tuple[Case, ...] = tuple(ORCHARD_WELL + ORCHARD_WEAK)
