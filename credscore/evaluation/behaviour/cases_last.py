"""An eighth, last set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or
of the six sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`): it is an
eighth, independent set of twelve base articles (seven WELL sourced, five WEAKLY sourced) and
their variants, written blind as a measurement. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets,
from any corpus or example, or from the web. The articles and edits were written from the
definitions of good and bad sourcing alone: no text in this module was scored with a model or
run through an extractor while it was written, and the code of the signals, lexicons, features
and model was not read.

The beats are hospital waiting lists, a dam inspection, a baby food recall, a court sentencing,
a city budget, a fishing quota and a university research grant (well sourced), and a school
closure, a tech layoff, a transit strike, a zoo and a bakery chain (weakly sourced). The
writing varies the reporting verbs ("said", "told reporters", "told the board", "told the
court", "according to", "wrote", "argued", "called", "said in a statement", "said in an
email"), inverts some attributions ("said Councillor X"), uses surnames on second reference,
titles ("Dr", "Dr.", "Professor", "Judge", "Councillor", "State Senator", "Fire Chief"), ages
and appositions, and mixes British and American spellings.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and two ``up`` variants;
each weak base has four ``up`` variants and one ``down`` (speculation added, worded
differently in each); every base has a cosmetic ``names`` rename, a ``weekday`` or
``minor_number`` edit (both for the well bases), and the generic typography, wrapping and CRLF
variants that :func:`.cases._case` adds.

First measurement (2026-12-03, the final model of that day, retrained after the late set's
fixes; nothing changed with this set in view): directional 0.910 (61 of 67), cosmetic 1.000,
well - weak +75.1. Four of the six failures were ``speculation_added`` on weak bases. The
failures were listed by the suite but not investigated or fixed: the set stays a measurement.
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

LAST_WELL: list[Case] = []
LAST_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- health: hospital waiting lists (British) ------------------------------------------------
_WAITING = _article(
    """
    Kilnworth hospital waiting list reaches record 61,400

    Kilnworth and Dunmere Hospitals Trust had 61,400 patients waiting for planned treatment at
    the end of March, the highest figure since the trust was formed in 2009, according to data
    published by the trust on Wednesday.

    The trust's board papers show that 4,870 of those patients had waited more than a year,
    most of them for hip and knee replacements, cataract surgery and gynaecology appointments.

    "Our theatres are running flat out, and we still cannot keep pace with referrals," Dr Priya
    Halloran, the trust's medical director, told the board. She said two new operating theatres
    at Dunmere General would open in the autumn.

    Maureen Tibbits, 71, a retired postwoman from Colby Marsh, has been waiting 14 months for a
    knee replacement. "I can't get up my own stairs without stopping halfway," she said.

    Professor Anselm Ruddock, a health economist at the University of Lathbridge who studies
    hospital waiting times, said the figures reflected a shortage of anaesthetists across the
    region more than poor management. "You can build theatres, but you cannot staff them
    overnight," he said.

    Councillor Jed Oyelaran, who chairs the county council's health scrutiny committee, said the
    trust had missed every recovery target it had set itself since 2023. Asked about his
    criticism, a trust spokesman said the targets had been "ambitious but necessary" and that
    the list had grown more slowly than in neighbouring areas.
    """
)
LAST_WELL.append(
    _case(
        "hospital_waiting_list",
        "well",
        _WAITING,
        _down(
            "named_to_anonymous",
            (
                ",\" Dr Priya Halloran, the trust's medical director, told the board. She said",
                '," a senior doctor at the trust said, speaking on condition of anonymity. The '
                "doctor said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Anselm Ruddock, a health economist at the University of Lathbridge who "
                "studies hospital waiting times, said the figures reflected a shortage of "
                'anaesthetists across the region more than poor management. "You can build '
                'theatres, but you cannot staff them overnight," he said.',
                "The figures reflect a shortage of anaesthetists across the region more than poor "
                "management: theatres can be built, but they cannot be staffed overnight.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The trust's board papers show that 4,870 of those patients had waited more than "
                "a year, most of them",
                "Many of those patients have waited a long time, most of them",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'without stopping halfway," she said.',
                "Some nurses at Dunmere General suspect the new theatres will stand empty for "
                "months for lack of staff, and there is talk on the wards that the trust may "
                "quietly stop accepting referrals for some operations.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "would open in the autumn.",
                "A report by the regional health inspectorate in January found that five of the "
                "trust's 23 operating theatres were out of use on an average day because of "
                "staff shortages.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'cannot staff them overnight," he said.',
                "Dr Naomi Verhoeven, who researches surgical workforce planning at Pennock "
                "Medical School, said patients who wait more than a year for joint surgery often "
                "lose mobility that does not fully return after the operation.",
            ),
        ),
        _rename(
            "names",
            ("Kilnworth", "Cressley"),
            ("Dunmere", "Ashby"),
            ("Priya", "Joanna"),
            ("Halloran", "Mbatha"),
            ("Maureen Tibbits", "Sheila Granger"),
            ("Colby Marsh", "Wickham Fen"),
            ("Anselm Ruddock", "Gideon Farrant"),
            ("Lathbridge", "Easterby"),
            ("Jed Oyelaran", "Tom Achterberg"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("waiting 14 months", "waiting 15 months")),
    )
)

# --- infrastructure: a leaking earthen dam ---------------------------------------------------
_DAM = _article(
    """
    Inspectors find leaks at 92-year-old Calloway dam, order repairs

    State dam inspectors have ordered the Tollison Valley Water Authority to repair the Calloway
    Reservoir dam after finding water seeping through its earthen embankment at three points,
    according to an inspection report released on Monday.

    The 38-page report rated the dam's condition "unsatisfactory" and estimated that about 2,300
    people live in the area that would flood if the embankment failed. It gives the authority
    until October 15 to submit a repair plan.

    "The seepage is not an emergency today, but it is the kind of problem that gets worse
    quietly," said Angela Brisco, chief of the state's dam safety program, whose engineers
    carried out the inspection in May.

    Dr. Lucien Okafor, a geotechnical engineer at the Merriton Institute of Technology who
    reviewed the report for the Tollison Courier, said water flowing through old earthen dams
    can carry fine soil with it and slowly hollow them out. "If what comes out is cloudy, that
    is the warning sign," Okafor said.

    Wes Pruett, the authority's general manager, said in a statement that crews had lowered the
    reservoir by four feet as a precaution and that repairs would cost an estimated $3.1
    million.

    Residents of Halter's Crossing, just downstream, said they learned of the findings from the
    news. "Nobody from the water authority has ever knocked on my door," said Irene Kovach, 64,
    whose house sits below the spillway.

    The authority did not respond when asked why it had not warned residents.
    """
)
LAST_WELL.append(
    _case(
        "dam_seepage_inspection",
        "well",
        _DAM,
        _down(
            "named_to_anonymous",
            (
                "said Angela Brisco, chief of the state's dam safety program, whose engineers "
                "carried out the inspection in May.",
                "said a state official familiar with the inspection, who was not authorized to "
                "speak publicly.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Wes Pruett, the authority's general manager, said in a statement that crews had "
                "lowered the reservoir by four feet as a precaution and that repairs would cost "
                "an estimated $3.1 million.",
                "Crews have lowered the reservoir by four feet as a precaution, and repairs will "
                "cost an estimated $3.1 million.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                'The 38-page report rated the dam\'s condition "unsatisfactory" and estimated '
                "that about 2,300 people live in the area that would flood if the embankment "
                "failed. It gives the authority until October 15 to submit a repair plan.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "whose house sits below the spillway.",
                "Some neighbors are convinced the authority has known about the leaks for years "
                "and kept quiet to put off paying for repairs.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'that is the warning sign," Okafor said.',
                "The authority's own maintenance logs, obtained by the Courier under the state's "
                "public records law, show that staff first recorded wet ground at the foot of "
                "the dam in 2019.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "an estimated $3.1 million.",
                "Hana Whitlock, a hydrologist at Bellcombe University who studies dam failures, "
                "said lowering a reservoir is the standard first step and sharply reduces the "
                "pressure on a leaking embankment.",
            ),
        ),
        _rename(
            "names",
            ("Calloway", "Redfern"),
            ("Tollison", "Marchbank"),
            ("Angela Brisco", "Denise Harrow"),
            ("Lucien", "Tobias"),
            ("Okafor", "Lindqvist"),
            ("Merriton", "Gallard"),
            ("Wes Pruett", "Carl Mendes"),
            ("Halter's Crossing", "Pike's Landing"),
            ("Irene Kovach", "Edna Sorensen"),
        ),
        _rename("weekday", ("Monday", "Friday")),
        _same("minor_number", ("Irene Kovach, 64", "Irene Kovach, 66")),
    )
)

# --- food safety: glass in baby food (British) -----------------------------------------------
_RECALL = _article(
    """
    Brenmore recalls 40,000 jars of baby food after glass found

    Brenmore Foods, the baby food maker based in Ostley, has recalled about 40,000 jars of its
    pear and oat puree after parents reported finding small pieces of glass, the company and the
    Food Standards Office said on Thursday.

    A recall notice published by the Food Standards Office lists four batch codes, all filled at
    Brenmore's Ostley plant between 2 and 9 June, and says eleven complaints have been received,
    including one from a family whose baby needed treatment for a cut lip.

    "We are asking parents not to open these jars and to bring them back for a full refund,"
    Harriet Quaye, Brenmore's chief executive, told reporters. She said the glass had probably
    come from a damaged filling machine, which has since been replaced.

    Dr Samuel Ferreira-Lund, a food safety scientist at Kelham University who has advised
    regulators on packaging, said contamination with glass was rare but serious. "Small
    fragments are very hard to spot in a puree, which is exactly why a wide recall is the right
    call," he said.

    Lena Marsh, 33, of Pettigrew, said she had fed her son two jars from one of the affected
    batches last week. "I checked the code on the lid and my heart sank," she said.

    Cartwell's, the supermarket chain that sold most of the jars, said it had taken them off its
    shelves. Brenmore declined to say how many jars had already been eaten.
    """
)
LAST_WELL.append(
    _case(
        "baby_food_glass_recall",
        "well",
        _RECALL,
        _down(
            "named_to_anonymous",
            (
                "Harriet Quaye, Brenmore's chief executive, told reporters. She said",
                "a Brenmore manager, who asked not to be named, told reporters. The manager said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said the glass had probably come from a damaged filling machine",
                "The glass probably came from a damaged filling machine",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "A recall notice published by the Food Standards Office lists four batch codes, "
                "all filled at Brenmore's Ostley plant between 2 and 9 June, and says eleven "
                "complaints have been received, including one from a family whose baby needed "
                "treatment for a cut lip.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "which has since been replaced.",
                "Workers at the Ostley plant have been heard to say that the machine had been "
                "playing up for months, and some shoppers wonder whether other Brenmore products "
                "might be affected too.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'a wide recall is the right call," he said.',
                "Inspection records published by the Food Standards Office show the Ostley plant "
                'was last inspected in February and rated "generally satisfactory", with one '
                "warning about the upkeep of its equipment.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'my heart sank," she said.',
                "Dr Ines Abernathy, a consultant paediatrician at St Colm's Children's Hospital, "
                "said parents whose children had eaten from the affected batches need only seek "
                "help if the child shows signs of pain or bleeding.",
            ),
        ),
        _rename(
            "names",
            ("Brenmore", "Talworth"),
            ("Ostley", "Farrowby"),
            ("Harriet Quaye", "Moira Lindsay"),
            ("Samuel Ferreira-Lund", "Oliver Mensah-Bright"),
            ("Kelham", "Dunkerry"),
            ("Lena Marsh", "Kate Pellow"),
            ("Pettigrew", "Hadley Cross"),
            ("Cartwell's", "Bexton's"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("Lena Marsh, 33", "Lena Marsh, 34")),
    )
)

# --- courts: a fire company treasurer sentenced -----------------------------------------------
_SENTENCE = _article(
    """
    Former fire company treasurer gets four years for stealing $1.2 million

    A former treasurer of the Pinecrest Township Volunteer Fire Company was sentenced on Friday
    to four years in state prison for stealing $1.2 million from the company over nine years,
    much of it money residents had donated for equipment.

    Judge Marisol Ekwueme of the Ardmore County Superior Court said Douglas Fenwick, 56, had
    "treated a community's generosity as a personal bank account." Fenwick pleaded guilty in
    March to theft and falsifying business records.

    According to the prosecution's sentencing memorandum, Fenwick spent the money on a lake
    cottage, two boats and casino trips, and hid the losses by showing the company's board
    forged bank statements every year.

    "He looked every one of us in the eye at every meeting," Fire Chief Ray Dunleavy told the
    court. Because of the theft, the company put off buying a new ladder truck for six years, he
    said.

    Fenwick's lawyer, Joanne Whitcombe, had asked for probation, telling the judge that her
    client had a gambling addiction and was in treatment. Fenwick apologized in court but
    declined to speak to reporters afterward.

    Professor Nadia Strom, who teaches criminal law at Hollisford University and studies fraud at
    charities, said sentences in such cases vary widely. "Judges weigh the breach of trust
    heavily when the victims are volunteers," she said.

    Fenwick was also ordered to repay the full amount. Court records show he has returned $85,000
    so far.
    """
)
LAST_WELL.append(
    _case(
        "fire_company_theft_sentence",
        "well",
        _SENTENCE,
        _down(
            "named_to_anonymous",
            (
                "Professor Nadia Strom, who teaches criminal law at Hollisford University and "
                "studies fraud at charities, said",
                "A law professor who studies fraud at charities, and who asked not to be "
                "identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "put off buying a new ladder truck for six years, he said.",
                "put off buying a new ladder truck for six years.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "According to the prosecution's sentencing memorandum, Fenwick spent the money on "
                "a lake cottage, two boats and casino trips, and hid the losses by showing the "
                "company's board forged bank statements every year.\n\n"
            ),
            _remove(" Court records show he has returned $85,000 so far."),
        ),
        _down(
            "speculation_added",
            _after(
                "declined to speak to reporters afterward.",
                "Around the township, some people suspect that Fenwick could not have acted "
                "alone, and there is talk that other board members may yet face charges.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "forged bank statements every year.",
                "An audit ordered by the township after the theft came to light found that the "
                "company's books had not been independently reviewed since 2011.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'when the victims are volunteers," she said.',
                "Grant Oduya, a forensic accountant and former deputy state auditor, said small "
                "volunteer groups are especially exposed because the same person often collects, "
                "deposits and reports the money.",
            ),
        ),
        _rename(
            "names",
            ("Pinecrest", "Millbrook"),
            ("Ardmore", "Ketteridge"),
            ("Marisol Ekwueme", "Teresa Galvan"),
            ("Douglas", "Kenneth"),
            ("Fenwick", "Harwell"),
            ("Ray Dunleavy", "Sal Moretti"),
            ("Joanne Whitcombe", "Ruth Petrakis"),
            ("Nadia Strom", "Elise Banerjee"),
            ("Hollisford", "Amberley"),
        ),
        _rename("weekday", ("Friday", "Wednesday")),
        _same("minor_number", ("returned $85,000", "returned $90,000")),
    )
)

# --- local government: a city budget with library closures (British) -------------------------
_BUDGET = _article(
    """
    Thistlebury council passes budget with library closures and 4.9% tax rise

    Thistlebury City Council approved a £412 million budget on Tuesday night that raises council
    tax by 4.9 per cent and closes three of the city's eleven branch libraries.

    The budget report presented to councillors shows a £27 million gap between what the council
    expects to spend on adult social care next year and the money set aside for it, the main
    reason officers gave for the cuts.

    "Nobody comes into local government to close libraries, but the law says we must set a
    balanced budget," said Councillor Fiona Adeyemi-Clarke, the cabinet member for finance, who
    moved the budget. It passed by 38 votes to 21.

    The leader of the opposition, Councillor Martin Hale, said the council had wasted £6 million
    on an office move that was later abandoned. "Residents are paying for that mistake with
    their libraries," he said.

    Dr Rosalind Chew, a lecturer in public finance at Brackenford University, said
    Thistlebury's position was common among large councils. "Care costs are rising twice as
    fast as the money coming in, and libraries are among the easiest things for a council to
    cut," she said.

    About 150 protesters gathered outside the council house. Jenny Aldous, 44, who runs a
    reading group at Eastgate library, said the closures would hit older residents hardest.

    Asked about Hale's criticism, a council spokeswoman said the office move had been cancelled
    to save money in the long run.
    """
)
LAST_WELL.append(
    _case(
        "city_budget_libraries",
        "well",
        _BUDGET,
        _down(
            "named_to_anonymous",
            (
                "The leader of the opposition, Councillor Martin Hale, said",
                "An opposition councillor, who asked not to be named, said",
            ),
            ("Asked about Hale's criticism", "Asked about the criticism"),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Rosalind Chew, a lecturer in public finance at Brackenford University, said "
                "Thistlebury's position was common among large councils. \"Care costs are rising "
                "twice as fast as the money coming in, and libraries are among the easiest "
                'things for a council to cut," she said.',
                "Thistlebury's position is common among large councils. Care costs are rising "
                "twice as fast as the money coming in, and libraries are among the easiest "
                "things for a council to cut.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The budget report presented to councillors shows a £27 million gap between what "
                "the council expects to spend on adult social care next year and the money set "
                "aside for it, the main reason officers gave for the cuts.",
                "Rising spending on adult social care was the main reason officers gave for the "
                "cuts.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "would hit older residents hardest.",
                "Some campaigners fear the remaining libraries will be next, and rumours are "
                "going round that developers have already shown an interest in the Eastgate "
                "building.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "It passed by 38 votes to 21.",
                "A public consultation summarised in the budget papers drew 4,200 responses, 81 "
                "per cent of them opposed to closing libraries.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'with their libraries," he said.',
                "Peter Vance, a former chief finance officer of two councils who now advises "
                "local authorities on budgeting, said abandoned office moves were rarely the main "
                "cause of a council's difficulties, but were \"exactly the sort of thing voters "
                'remember".',
            ),
        ),
        _rename(
            "names",
            ("Thistlebury", "Haverleigh"),
            ("Fiona Adeyemi-Clarke", "Sarah Okonjo"),
            ("Martin", "Neil"),
            ("Hale", "Forbes"),
            ("Rosalind Chew", "Anita Brook"),
            ("Brackenford", "Ellsworth"),
            ("Jenny Aldous", "Claire Mottram"),
            ("Eastgate", "Northfield"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("About 150 protesters", "About 170 protesters")),
    )
)

# --- fisheries: a cod quota cut (British) ----------------------------------------------------
_QUOTA = _article(
    """
    Skerrow cod quota cut by a fifth after survey finds stock in decline

    Fishing boats working the Northern Banks will be allowed to land a fifth less cod next year,
    after the Eastern Fisheries Board on Thursday accepted scientific advice that the stock is
    shrinking.

    The board's decision sets next year's total catch at 8,400 tonnes, down from 10,500 this
    year. An assessment published in September by the Marine Stocks Institute estimated that
    the number of breeding cod had fallen by almost a third since 2019.

    "The trend is clear, and it is not a close call," said Dr Ingrid Havelaar, the institute's
    head of cod research, who presented the assessment to the board. "If we keep fishing at
    this rate, there will be less to catch in five years, not more."

    Tomas Reidy, 52, who skippers a trawler out of Skerrow harbour, called the cut "a death
    sentence for the small boats". He said fuel already ate up most of what his crew earned.

    Alan Pryce-Hughes, chairman of the Skerrow Fishermen's Association, argued that the survey
    had missed cod that had moved into deeper water as the sea warmed, and said the association
    would ask for an independent review.

    Professor Oona Stavik, a fisheries economist at the University of Rothwick, said cuts of
    this size usually cost fleets less than expected, because prices rise when supply falls.

    The board's chairman, Declan Morrow, did not return calls seeking comment on the
    association's request.
    """
)
LAST_WELL.append(
    _case(
        "cod_quota_cut",
        "well",
        _QUOTA,
        _down(
            "named_to_anonymous",
            (
                "Alan Pryce-Hughes, chairman of the Skerrow Fishermen's Association, argued",
                "A senior member of the Skerrow Fishermen's Association, who did not want to be "
                "named, argued",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Oona Stavik, a fisheries economist at the University of Rothwick, said "
                "cuts of this size",
                "Cuts of this size",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                " An assessment published in September by the Marine Stocks Institute estimated "
                "that the number of breeding cod had fallen by almost a third since 2019."
            ),
            (
                "the institute's head of cod research, who presented the assessment to the board.",
                "head of cod research at the Marine Stocks Institute.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "most of what his crew earned.",
                "On the quayside there is talk that the cut was settled long before the survey "
                "was done, and some skippers suspect that bigger boats from elsewhere will end up "
                "with the fish the local fleet gives up.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would ask for an independent review.",
                "Asked about the association's criticism, Havelaar said this year's survey had, "
                "for the first time, sampled water down to 400 metres, and had found no sign of "
                "the missing fish there.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "most of what his crew earned.",
                "Landing records kept by the harbour authority show that Skerrow boats brought in "
                "3,100 tonnes of cod last year, worth about £9.6 million.",
            ),
        ),
        _rename(
            "names",
            ("Skerrow", "Pellmouth"),
            ("Northern Banks", "Outer Shoals"),
            ("Ingrid", "Marit"),
            ("Havelaar", "Ostby"),
            ("Tomas Reidy", "Callum Finnie"),
            ("Alan Pryce-Hughes", "Robert Trewin"),
            ("Oona Stavik", "Helen Ngata"),
            ("Rothwick", "Aldport"),
            ("Declan Morrow", "Brian Keel"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("Tomas Reidy, 52", "Tomas Reidy, 53")),
    )
)

# --- science: a research grant on wildfire smoke ---------------------------------------------
_GRANT = _article(
    """
    Halvern State wins $14.5 million grant to study wildfire smoke and children's lungs

    Halvern State University has received a $14.5 million federal grant to study how wildfire
    smoke affects children's lungs, the largest research award in its history, the university
    announced on Wednesday.

    According to the award notice from the National Institute for Air and Health, the five-year
    grant will pay for a study of 3,000 children in four counties, who will wear small air
    monitors and have their breathing tested twice a year.

    "We know smoke is bad for kids. What we don't know is how bad, for how long, and which
    children are most at risk," said Dr. Rachel Amankwah, a pediatric lung specialist at
    Halvern who will lead the project.

    State Senator Phil Gorski criticized the award in a letter to the university's president,
    writing that the money should go to "fire prevention, not more studies." University
    spokesman Elliot Brandvold said the grant came from a federal research program and could
    not legally be spent on prevention.

    Dr. Simone Kaur-Whitfield, an environmental epidemiologist at Wexmoor Medical College who is
    not involved in the study, called it overdue. "Most of what we know about smoke comes from
    adults in big cities. Rural children have barely been studied," she said.

    Darla Ostrowski, 39, of Juniper Falls, said she had already signed up her two sons, who both
    have asthma. "After last summer, I want someone to tell me what that air did to them," she
    said.
    """
)
LAST_WELL.append(
    _case(
        "wildfire_smoke_grant",
        "well",
        _GRANT,
        _down(
            "named_to_anonymous",
            (
                "Dr. Simone Kaur-Whitfield, an environmental epidemiologist at Wexmoor Medical "
                "College who is not involved in the study, called it overdue.",
                "A researcher at another university who is not involved in the study, and who "
                "asked not to be named, called it overdue.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "University spokesman Elliot Brandvold said the grant came from a federal "
                "research program and could not legally be spent on prevention.",
                "The grant came from a federal research program and cannot legally be spent on "
                "prevention.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "According to the award notice from the National Institute for Air and Health, "
                "the five-year grant will pay for a study of 3,000 children in four counties, "
                "who will wear",
                "The grant will pay for a study of children who will wear",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "could not legally be spent on prevention.",
                "Some faculty members privately wonder whether the university's president, who "
                "once sat on an advisory panel at the funding agency, helped steer the money to "
                "Halvern.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'have barely been studied," she said.',
                "A state health department report published in March found that emergency room "
                "visits for asthma among children in the four counties rose 46 percent during "
                "the worst week of smoke last August.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "tested twice a year.",
                "Dr. Martin Asante, a toxicologist at Fennick University who studies the "
                "chemistry of smoke, said particles from burning houses and cars may be more "
                "harmful than those from burning forest, and that the study could help settle "
                "the question.",
            ),
        ),
        _rename(
            "names",
            ("Halvern", "Corbett"),
            ("Rachel Amankwah", "Laura Sheffield"),
            ("Phil Gorski", "Dean Halvorsen"),
            ("Elliot Brandvold", "Marcus Tye"),
            ("Simone Kaur-Whitfield", "Anjali Brenner"),
            ("Wexmoor", "Stanwick"),
            ("Darla Ostrowski", "Becky Lamont"),
            ("Juniper Falls", "Cedar Bend"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("Darla Ostrowski, 39", "Darla Ostrowski, 41")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- education: a school closure that nobody will confirm ------------------------------------
_SCHOOL = _article(
    """
    Parents fear Quillan Street Elementary will close

    Families at Quillan Street Elementary have been on edge for weeks, amid talk that the
    district plans to shut the 70-year-old school and send its roughly 300 students elsewhere.

    Nobody in charge has confirmed anything. But according to several parents, teachers have
    been hinting that this could be the building's last year, and some say staff were told not
    to order supplies for the fall.

    "My kids have friends here, and now everyone is just waiting for the other shoe to drop,"
    said one mother, who did not want her name used.

    It is widely believed that enrollment has been falling for years, and some people suspect
    the district wants to sell the land, which sits near the new light rail station, to a
    developer. Others say the building needs a new roof that the district cannot afford.

    A few parents claim the decision was made months ago and that any public meeting will be
    just for show.

    Where the children would go is unclear. Some think they would be split between two schools
    on the far side of the highway, a longer and more dangerous walk for the youngest.

    For now, families say they are left guessing, and the silence from the district office is
    not helping.
    """
)
LAST_WEAK.append(
    _case(
        "school_closure_fears",
        "weak",
        _SCHOOL,
        _up(
            "anonymous_named",
            (
                "said one mother, who did not want her name used.",
                "said Leticia Brannagh, whose son and daughter are in second and fourth grade at "
                "the school.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "will be just for show.",
                "Asked about the talk, Superintendent Howard Lindqvist said in an email that no "
                "decision had been made and that closing a school would require a public vote of "
                "the school board.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "that the district cannot afford.",
                "District enrollment figures show the school had 412 students in 2015 and 297 "
                "this year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a longer and more dangerous walk for the youngest.",
                "Dr. Abena Thorsby, who studies school closures at Kittering University, said "
                "districts usually announce a closure a full year ahead, and that schools near "
                "new transit stations are often the first considered for sale.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "told not to order supplies for the fall.",
                "Some parents have even convinced themselves that the principal has already "
                "lined up a job at another school, which would explain why she has said so "
                "little.",
            ),
        ),
        _rename("names", ("Quillan Street", "Tobin Avenue")),
        _same("minor_number", ("the 70-year-old school", "the 68-year-old school")),
    )
)

# --- technology: layoffs at a software company -----------------------------------------------
_LAYOFFS = _article(
    """
    Nimbrel staff brace for layoffs as rumours spread

    Employees at Nimbrel, the Ostmark-based maker of accounting software, are bracing for
    layoffs that could come as soon as next month, according to people familiar with the
    matter.

    Sources say as many as a quarter of the company's workers could lose their jobs, with the
    sales and customer support teams expected to be hit hardest. Others put the figure lower,
    and it is not clear whether any offices would close.

    "Everybody is updating their resumes. Nobody believes the last all-hands meeting was really
    about 'realignment,'" one employee said.

    The company is said to have missed its revenue targets for two quarters in a row, and there
    is speculation that investors are losing patience with the chief executive, Dana Whitlow.
    Some staff believe a sale of the company may be in the works, though nobody seems to know
    who the buyer might be.

    Rumours also suggest that engineering jobs could be moved abroad, something the company is
    reported to have denied in the past.

    Whatever happens, the mood is grim. As one worker put it, "It feels like we're all waiting
    to find out whose badge stops working."
    """
)
LAST_WEAK.append(
    _case(
        "software_layoff_rumours",
        "weak",
        _LAYOFFS,
        _up(
            "anonymous_named",
            (
                '" one employee said.',
                '" said Corey Haldane, a support team lead who has worked at Nimbrel for six '
                "years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "whether any offices would close.",
                'A Nimbrel spokeswoman said the company had "no announcement to make about '
                'staffing" and declined to comment further.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "who the buyer might be.",
                "Nimbrel's latest annual report shows it had 2,150 employees at the end of last "
                "year and lost $31 million on revenue of $240 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "reported to have denied in the past.",
                "Dr. Felix Moravec, a labor economist at Ostmark University who tracks job cuts "
                "in the software industry, said companies in Nimbrel's position usually cut "
                "sales staff first and engineers last.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "who the buyer might be.",
                "One theory making the rounds is that Whitlow has quietly arranged a generous "
                "exit package for herself and will be gone before the cuts are announced.",
            ),
        ),
        _rename(
            "names",
            ("Nimbrel", "Quorvex"),
            ("Ostmark", "Delling"),
            ("Dana Whitlow", "Erin Castell"),
        ),
        _same("minor_number", ("two quarters in a row", "three quarters in a row")),
    )
)

# --- transport: a bus strike that may or may not happen --------------------------------------
_STRIKE = _article(
    """
    Dunraven bus strike talk grows as riders make backup plans

    Talk of a bus strike is growing in Dunraven, where drivers are said to be angry over pay and
    schedules, and some riders are already working out how they will get to work if the buses
    stop.

    According to people who ride the buses every day, drivers have been telling passengers that
    a walkout could come before the end of the month. Some say the union has already voted to
    strike, though others insist no vote has taken place.

    "I have a job across town and no car. If the buses stop, I don't know what I'm going to
    do," said a woman waiting at the Corn Exchange stop.

    It is believed that talks between the union and the transit authority broke down weeks ago
    over overtime rules. Some drivers are reportedly working 12-hour shifts with barely a break,
    and there are claims that the authority has been quietly hiring temporary drivers to keep
    some routes running.

    Critics say the city should have seen this coming. Others blame the union for holding
    riders hostage.

    Nobody seems sure how long a strike would last, or whether the trams would be affected too.
    For now, riders are being told to watch for announcements and make backup plans.
    """
)
LAST_WEAK.append(
    _case(
        "bus_strike_talk",
        "weak",
        _STRIKE,
        _up(
            "anonymous_named",
            (
                "said a woman waiting at the Corn Exchange stop.",
                "said Maribel Ostendorf, 58, a hotel cleaner waiting at the Corn Exchange stop.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to keep some routes running.",
                "A spokesman for the Dunraven Transit Authority said talks with the union were "
                "continuing and denied that any temporary drivers had been hired.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "no vote has taken place.",
                "A notice on the union's website says ballot papers were sent to its 640 members "
                "this month and must be returned by the 24th.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "holding riders hostage.",
                "Dr. Imogen Sayle, who studies transport labor relations at Carrick Polytechnic, "
                "said bus strikes in cities of Dunraven's size rarely last more than a week, "
                "because both sides lose money quickly.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "holding riders hostage.",
                "A few riders are convinced the whole thing is a bluff by the union, timed to "
                "wring more money out of the city before its budget is set.",
            ),
        ),
        _rename("names", ("Dunraven", "Kelderby"), ("Corn Exchange", "Clock Tower")),
        _same("minor_number", ("12-hour shifts", "13-hour shifts")),
    )
)

# --- animals: worries about a zoo (British) --------------------------------------------------
_ZOO = _article(
    """
    Worries grow over animal care at Thornvale Zoo

    Something is not right at Thornvale Zoo, say some of the people who visit it most often. In
    recent weeks, regulars say they have noticed empty enclosures, thin-looking animals and
    fewer keepers on the paths.

    The death last month of Juno, one of the zoo's two giraffes, has only added to the unease.
    Some visitors believe she was ill for weeks before anyone acted, and rumours on social media
    suggest that other animals have died without any announcement.

    "You used to see keepers everywhere. Now you're lucky if you see one," said a woman who has
    held an annual pass for years.

    It is said that the zoo has been losing money since the pandemic and cut staff last winter.
    Some suspect the owners are quietly preparing to sell some of the animals, or even the whole
    site.

    Others are more charitable, arguing that zoos everywhere are struggling and that the animals
    probably look worse than they are.

    Still, the questions keep coming, and so far there have been few answers. Many regulars say
    they will not renew their passes until someone explains what is going on.
    """
)
LAST_WEAK.append(
    _case(
        "zoo_care_worries",
        "weak",
        _ZOO,
        _up(
            "anonymous_named",
            (
                "said a woman who has held an annual pass for years.",
                "said Patricia Delacroix-Hume, 67, who has held an annual pass since 2011.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "died without any announcement.",
                "Asked about Juno's death, the zoo's director, Kwame Ellery, said the giraffe was "
                "24, had been treated for arthritis for two years and was put down on the advice "
                "of the zoo's vet.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "cut staff last winter.",
                "Accounts the zoo filed with the companies registry in the spring show a loss of "
                "£640,000 last year and a fall in the number of keepers from 31 to 22.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "probably look worse than they are.",
                "Dr Hollis Abara, who lectures in animal welfare at Rannoch Veterinary College, "
                "said some species are deliberately kept lean in captivity, but that empty "
                "enclosures and fewer keepers would concern any inspector.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "or even the whole site.",
                "One story doing the rounds among regulars is that the big cats have already "
                "been promised to a private collector overseas.",
            ),
        ),
        _rename("names", ("Thornvale", "Ashgrove"), ("Juno", "Mabel")),
        _same("minor_number", ("the zoo's two giraffes", "the zoo's three giraffes")),
    )
)

# --- business: a family bakery chain in trouble (British) ------------------------------------
_BAKERY = _article(
    """
    Fears grow for Merriweather's bakery chain

    Merriweather's, the bakery chain whose sausage rolls have been a fixture of high streets
    across the county for decades, may be in serious trouble, if the talk among staff and
    suppliers is to be believed.

    Several shops have closed without warning in recent months, and there are whispers that more
    will follow. Some suppliers claim they have not been paid on time since the spring, and one
    is said to have stopped deliveries altogether.

    "We turned up on Monday morning and the shutters were down. Nobody had told us a thing,"
    said a former shop assistant who asked not to be named.

    It is believed that the family that has owned the business for three generations is looking
    for a buyer, and rumours suggest a supermarket group has shown an interest. Others think
    administration is only a matter of time.

    Customers, meanwhile, say they have noticed smaller loaves and higher prices, and some insist
    the pasties are not what they were.

    Nobody seems to know for certain what the future holds. But many regulars fear that the
    chain they grew up with may not be around much longer.
    """
)
LAST_WEAK.append(
    _case(
        "bakery_chain_trouble",
        "weak",
        _BAKERY,
        _up(
            "anonymous_named",
            (
                "said a former shop assistant who asked not to be named.",
                "said Kerry Ashdown, 26, who worked at the chain's Tanner Street shop for four "
                "years until it closed in August.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "stopped deliveries altogether.",
                "In a statement, the managing director, Gregory Merriweather, said the shops that "
                "closed had been losing money and that every supplier had been paid in full.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "only a matter of time.",
                "Accounts filed by the company in March show a pre-tax loss of £2.3 million last "
                "year, and list 43 shops, down from 52 a year earlier.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the pasties are not what they were.",
                "Dr Sunita Ravel, a retail analyst who lectures at Harcastle Business School, "
                "said regional bakery chains have been squeezed by energy and flour costs that "
                "have roughly doubled in two years.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "has shown an interest.",
                "Some on the high street are already guessing that the family recipes will be "
                "sold off separately to the highest bidder.",
            ),
        ),
        _rename("names", ("Merriweather", "Pendry")),
        _rename("weekday", ("Monday", "Thursday")),
    )
)

LAST_CASES: tuple[Case, ...] = tuple(LAST_WELL + LAST_WEAK)
