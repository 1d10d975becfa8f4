"""A fourth, blind set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases`,
:mod:`.cases_holdout` or :mod:`.cases_fresh`: it is a fourth, independent set of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written afresh as a blind
measurement. The topics, people, places, organisations, figures and sentences are new and
fictional; nothing is copied from the other three sets, from any corpus or example, or from the
web. The edits were written from the definitions of good and bad sourcing alone, and no text in
this module was scored with a model or run through an extractor while it was written.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials and at least one document or dataset with figures,
  and usually reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and at least two ``up``
variants; each weak base has at least three ``up`` variants and one ``down``; every base has a
cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit, and the generic typography,
wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-02, the model retrained after the fresh set's fixes, nothing
changed with this set in view): directional 0.896 (60 of 67), cosmetic 1.000, well - weak
+69.4. Its failures were then read: open speculation the hedge lexicon lacked ("who knows",
"easy to picture", "if so"), inspection reports not counted as documents, "who helped write
the assessment" taken for a statement and "a decision the fleet says" for an unnamed person;
they were fixed as classes, so the set is no longer blind.
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

BLIND_WELL: list[Case] = []
BLIND_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- transport: tram derailment inquiry ------------------------------------------------------
_TRAM = _article(
    """
    Worn rail caused Halberd Street tram derailment, accident inquiry finds

    A tram derailed on Halberd Street in Vennick last March because a curved section of track
    had worn far beyond its safe limit, the national rail accident investigation branch
    concluded in a report published on Wednesday.

    The 64-page report found that the inner rail on the curve had lost 19 millimetres of steel,
    against a replacement threshold of 12 millimetres. Eleven passengers were hurt when the rear
    car tipped onto its side.

    "The wear was measured, written down and then left in a queue for eight months," said Chief
    Inspector Gudrun Vandermeulen, who led the investigation.

    Maintenance logs attached to the report show that the operator, Vennick Light Rail, marked
    the curve as a priority in July 2023 but postponed the work twice to avoid closing the line
    during summer festivals.

    Professor Leopoldo Kwarteng, who teaches railway engineering at Ostermark Technical
    University and has sat on two earlier derailment inquiries, said tight street curves wear
    quickly and need checking every few weeks. "Eight months is a very long time on a curve like
    that," he said.

    Hortense Kovacsik, whose son broke his collarbone in the crash, said the family had heard
    nothing from the operator. "We found out why from a newspaper," she said.

    In a written response, Vennick Light Rail's chief executive, Emeric Dunstall, said the
    company accepted all nine of the report's recommendations and had since relaid 3.2
    kilometres of curved track. He declined to say why the repair had been put off.
    """
)
BLIND_WELL.append(
    _case(
        "tram_derailment_inquiry",
        "well",
        _TRAM,
        _down(
            "named_to_anonymous",
            (
                "said Chief Inspector Gudrun Vandermeulen, who led the investigation.",
                "said a person familiar with the investigation, who was not authorised to "
                "discuss it.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "derailment, accident inquiry finds",
                "derailment, investigators say",
            ),
            (
                "the national rail accident investigation branch concluded in a report published "
                "on Wednesday.",
                "investigators have concluded.",
            ),
            (
                "The 64-page report found that the inner rail on the curve had lost 19 "
                "millimetres of steel, against a replacement threshold of 12 millimetres. Eleven",
                "Eleven",
            ),
            (
                "Maintenance logs attached to the report show that the operator, Vennick Light "
                "Rail, marked the curve as a priority in July 2023 but postponed the work twice to "
                "avoid closing the line during summer festivals.",
                "The operator, Vennick Light Rail, had known about the worn curve for a while.",
            ),
            ("all nine of the report's recommendations", "the investigators' recommendations"),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Leopoldo Kwarteng, who teaches railway engineering at Ostermark "
                "Technical University and has sat on two earlier derailment inquiries, said tight "
                "street curves wear quickly and need checking every few weeks. "
                '"Eight months is a very long time on a curve like that," he said.',
                "Tight street curves wear quickly and need checking every few weeks, so eight "
                "months is a very long time on a curve like that.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"We found out why from a newspaper," she said.',
                "Online, some riders are already claiming that half the network is in the same "
                "state and that another crash is only a matter of time.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "to avoid closing the line during summer festivals.",
                "A 2021 audit by the city's transport authority, cited in the report, had already "
                "found that 14 of the network's 37 curves were being inspected less often than "
                "the track manufacturer recommends.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "He declined to say why the repair had been put off.",
                "Pressed on why the repair had been put off, Dunstall said the city had asked the "
                "company to keep the line open through the festivals, and that it would not make "
                "that trade-off again.",
            ),
        ),
        _rename(
            "names",
            ("Halberd", "Cinder"),
            ("Vennick", "Arlesby"),
            ("Gudrun", "Henrike"),
            ("Vandermeulen", "Mulvaney"),
            ("Leopoldo", "Laurent"),
            ("Kwarteng", "Abrahamsen"),
            ("Ostermark", "Tregear"),
            ("Hortense", "Yolanda"),
            ("Kovacsik", "Fennell"),
            ("Emeric", "Wenceslas"),
            ("Dunstall", "Oyedepo"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
    )
)

# --- care: nursing-home inspection -----------------------------------------------------------
_CARE = _article(
    """
    Inspectors find residents left unwashed and losing weight at Honeysett Court care home

    Residents of Honeysett Court, a 72-bed nursing home in Brenlow, were left in soiled bedding
    for hours and some lost weight without anyone acting on it, according to an inspection
    report released on Tuesday by the state Care Standards Board.

    Inspectors who made an unannounced visit in August found that 17 residents had lost more
    than 5 percent of their body weight in three months, and that only 4 of the 11 night shifts
    they examined had the minimum number of qualified nurses on duty. The board rated the home
    "inadequate" and barred it from taking new admissions.

    "We saw call bells ringing for 40 minutes with nobody coming," said Verity Fagbemi, the
    board's lead inspector. "That is not a staffing blip. That is a home that has lost control."

    Dr. Corentin Valdes, a geriatrician at Selbourne University Hospital who studies
    malnutrition in care settings, said unexplained weight loss on that scale was "a red flag
    that should trigger a doctor's review, every single time."

    Isolde Prewett said her father, who has dementia, had lost nearly 6 kilograms since the
    spring. "I kept asking about it and kept being told he was fine," she said.

    Honeysett Court is run by Amberwell Care. Its operations director, Fergus Obiechina, said in
    a statement that the company had brought in agency nurses and would "fix every point the
    inspectors raised." He did not answer questions about why weight records had not been acted
    on.
    """
)
BLIND_WELL.append(
    _case(
        "care_home_inspection",
        "well",
        _CARE,
        _down(
            "named_to_anonymous",
            (
                "said Verity Fagbemi, the board's lead inspector.",
                "said an inspector who took part in the visit.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "without anyone acting on it, according to an inspection report released on "
                "Tuesday by the state Care Standards Board.",
                "without anyone acting on it.",
            ),
            (
                "Inspectors who made an unannounced visit in August found that 17 residents had "
                "lost more than 5 percent of their body weight in three months, and that only 4 "
                "of the 11 night shifts they examined had the minimum number of qualified nurses "
                "on duty. The board",
                "There have also been worries about night staffing. The state Care Standards Board",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Isolde Prewett said her father, who has dementia, had lost nearly 6 kilograms "
                'since the spring. "I kept asking about it and kept being told he was fine," she '
                "said.",
                "One resident with dementia lost nearly 6 kilograms after the spring, even though "
                "his family kept asking about it.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'That is a home that has lost control."',
                "Some relatives have begun to wonder whether deaths at the home in the past year "
                "were really as natural as they were told, though nobody has suggested any "
                "evidence of that.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "barred it from taking new admissions.",
                "The home's two previous inspection reports, from 2022 and 2023, had each rated "
                'it "requires improvement" and listed missing or incomplete weight charts among '
                "their findings.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'being told he was fine," she said.',
                "Thomasina Quainoo, a registered nurse who chairs the safe staffing committee "
                "of the national nursing council, said shifts running below the minimum number of "
                "nurses were the clearest warning sign of missed medication and falls at night.",
            ),
        ),
        _rename(
            "names",
            ("Honeysett", "Juniper"),
            ("Brenlow", "Addersley"),
            ("Verity", "Itzel"),
            ("Fagbemi", "Bancroft"),
            ("Corentin", "Matthias"),
            ("Valdes", "Matsuda"),
            ("Selbourne", "Fallowby"),
            ("Isolde", "Blodwen"),
            ("Prewett", "Kittering"),
            ("Amberwell", "Silverbirch"),
            ("Fergus", "Lachlan"),
            ("Obiechina", "Sagastume"),
        ),
        _same("minor_number", ("a 72-bed nursing home", "a 74-bed nursing home")),
    )
)

# --- fisheries: inshore cod quota dispute ----------------------------------------------------
_QUOTA = _article(
    """
    Inshore fleet's cod quota cut by 30 percent as scientists warn of stock collapse

    Small-boat fishermen in Port Skellan will be allowed to land 30 percent less cod next year
    after the regional fisheries authority adopted scientific advice that the stock is close to
    collapse, a decision the fleet says will put half its boats out of business.

    The authority's published quota decision sets the inshore fleet's cod allowance at 1,260
    tonnes for next year, down from 1,800. Its stock assessment, released alongside the
    decision, puts the breeding population at about 41,000 tonnes, below the 50,000-tonne level
    the authority treats as a danger threshold.

    "Nobody enjoys cutting a quota. But the alternative is having no cod left to argue about in
    ten years," said Solveig Castellano, the authority's director of fisheries management.

    Dr. Siddharth Haraldsen, a fisheries scientist at the Marine Institute of Tolgarth who
    helped write the assessment, said the decline was driven by too few young fish surviving
    their first winter. "Two poor years in a row a stock can survive. Five in a row it cannot,"
    he said.

    Ansel Trebilcock, who skippers a 10-metre boat and chairs the Port Skellan Inshore
    Fishermen's Association, said the big offshore trawlers had been treated more gently. "They
    lose 12 percent, we lose 30. Tell me how that is fair," he said.

    Asked about Trebilcock's complaint, the authority's spokesperson, Wendeline Afolabi, said
    the offshore quota was set under a separate international agreement and that the inshore cut
    had been "weighted toward the grounds where the stock is weakest."
    """
)
BLIND_WELL.append(
    _case(
        "cod_quota_dispute",
        "well",
        _QUOTA,
        _down(
            "named_to_anonymous",
            (
                "said Solveig Castellano, the authority's director of fisheries management.",
                "said an official at the authority.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "The authority's published quota decision sets the inshore fleet's cod allowance "
                "at 1,260 tonnes for next year, down from 1,800. Its stock assessment, released "
                "alongside the decision, puts the breeding population at about 41,000 tonnes, "
                "below the 50,000-tonne level the authority treats as a danger threshold.",
                "Cod numbers in the region have fallen sharply in recent years.",
            ),
            ("who helped write the assessment,", "who has followed the fishery,"),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Siddharth Haraldsen, a fisheries scientist at the Marine Institute of "
                "Tolgarth who helped write the assessment, said the decline was driven by too few "
                'young fish surviving their first winter. "Two poor years in a row a stock can '
                'survive. Five in a row it cannot," he said.',
                "The decline is being driven by too few young fish surviving their first winter. "
                "Two poor years in a row a stock can survive; five in a row it cannot.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'Tell me how that is fair," he said.',
                "On the quayside, plenty of people are convinced the offshore companies got their "
                "lighter cut by leaning on someone behind closed doors.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the authority treats as a danger threshold.",
                "Landing records kept by the Port Skellan harbour office show the inshore boats "
                "brought in 1,690 tonnes of cod last year, against 2,400 tonnes five years ago.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'Tell me how that is fair," he said.',
                "Eulalia Pennyfeather, a professor of resource economics at Cullerne University "
                "who studies fishing towns, estimated that every inshore boat supports about three "
                "jobs on shore, in processing, repairs and supplies.",
            ),
        ),
        _rename(
            "names",
            ("Skellan", "Ardmorrow"),
            ("Solveig", "Sigrid"),
            ("Castellano", "Fothergill"),
            ("Siddharth", "Ludovic"),
            ("Haraldsen", "Nakagawa"),
            ("Tolgarth", "Keswald"),
            ("Ansel", "Padraig"),
            ("Trebilcock", "Polglase"),
            ("Wendeline", "Clarimond"),
            ("Afolabi", "Mbeki"),
        ),
        _same("minor_number", ("skippers a 10-metre boat", "skippers a 9-metre boat")),
    )
)

# --- labour: teachers' pay deal --------------------------------------------------------------
_PAY = _article(
    """
    Marrowgate teachers accept 4.5 percent pay rise, calling off strikes

    Teachers in the Marrowgate school district voted on Thursday to accept a two-year pay deal
    worth 4.5 percent in the first year and 3 percent in the second, calling off strikes that
    had been planned for later this month.

    According to the ballot result published by the Marrowgate Teachers' Federation, 2,114
    members voted in favour and 687 against, on a turnout of 71 percent.

    "It is not everything we asked for, but it is the first deal in five years that does not
    leave our members poorer," said Jessamy Tregunna, the federation's president.

    The district's superintendent, Cosmo Adewumi, said the agreement would cost about $11.8
    million over two years. "We found the money by delaying two building projects, not by
    cutting classrooms," he said.

    The district's own budget papers show that starting salaries for teachers have risen by 9
    percent since 2019, while local consumer prices rose by about 21 percent over the same
    period.

    Dr. Rosalba Sjoberg, a labour economist at Carnforth College who studies public-sector
    bargaining, said the deal was close to what other districts in the state had agreed this
    year. "It stops the gap growing, but it does not close it," she said.

    Not everyone was satisfied. Bram Fairbairn, a science teacher at Kilnworth High who voted
    against, said the deal did nothing about class sizes. "We have rooms with 34 children in
    them. Money alone does not fix that," he said.
    """
)
BLIND_WELL.append(
    _case(
        "teachers_pay_deal",
        "well",
        _PAY,
        _down(
            "named_to_anonymous",
            (
                "said Jessamy Tregunna, the federation's president.",
                "said a senior union figure.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "According to the ballot result published by the Marrowgate Teachers' "
                "Federation, 2,114 members voted in favour and 687 against, on a turnout of 71 "
                "percent.",
                "Most members of the Marrowgate Teachers' Federation backed the offer.",
            ),
            _remove(
                "The district's own budget papers show that starting salaries for teachers have "
                "risen by 9 percent since 2019, while local consumer prices rose by about 21 "
                "percent over the same period.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The district's superintendent, Cosmo Adewumi, said the agreement would cost "
                'about $11.8 million over two years. "We found the money by delaying two '
                'building projects, not by cutting classrooms," he said.',
                "The agreement will cost about $11.8 million over two years, money found by "
                "delaying two building projects rather than by cutting classrooms.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'Money alone does not fix that," he said.',
                "In some staffrooms the gossip is that the district has already drawn up a "
                "secret list of schools to merge to pay for the rise.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "over the same period.",
                "A survey published in May by the state education department found that one in "
                "six teachers in the district planned to leave the profession within three "
                "years, up from one in eleven in 2020.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'Money alone does not fix that," he said.',
                "Aurelian Harwood, a former state schools inspector who now lectures in education "
                "policy at Brinscombe University, said research found class size mattered most "
                "for children under eight, and far less in secondary schools.",
            ),
        ),
        _rename(
            "names",
            ("Marrowgate", "Tenterby"),
            ("Jessamy", "Georgina"),
            ("Tregunna", "Wisniewska"),
            ("Cosmo", "Eustace"),
            ("Adewumi", "Sutcliffe"),
            ("Rosalba", "Cordelia"),
            ("Sjoberg", "Darko"),
            ("Carnforth", "Cottingley"),
            ("Bram", "Oskar"),
            ("Fairbairn", "Lefebvre"),
            ("Kilnworth", "Stowmarden"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
    )
)

# --- heritage: listed building demolished ----------------------------------------------------
_EXCHANGE = _article(
    """
    Developer fined $380,000 for demolishing Saltinghurst Wells Corn Exchange

    A property developer has been fined $380,000 for knocking down the 1868 Corn Exchange in
    Saltinghurst Wells without permission, in what the town's heritage officers called the worst
    loss of a protected building in the county in a generation.

    Magistrates in Saltinghurst Wells on Monday fined Pellingham Estates the maximum amount
    after it pleaded guilty to demolishing a listed building. Court papers show that the
    company's contractors took down the front wall and the clock tower over a single weekend in
    January, two days after its application to demolish had been refused.

    "There was no misunderstanding here. They were told no, in writing, and they did it anyway,"
    said Hermione Rourke, the council's conservation officer, who gave evidence at the hearing.

    Dr. Evander Hepplewhite, an architectural historian at Lindenhall University who wrote the
    building's entry in the county heritage register, said the Corn Exchange was one of only
    four of its kind still standing in the region. "Three, now," he said.

    The register lists 212 protected buildings in Saltinghurst Wells, and council records show
    that 9 of them have been demolished or badly damaged without consent since 2015.

    Pellingham Estates' managing director, Ruairidh Osgood, told the court through his lawyer
    that the company "deeply regretted" the demolition and that its contractors had misread
    their instructions.
    """
)
BLIND_WELL.append(
    _case(
        "corn_exchange_demolition",
        "well",
        _EXCHANGE,
        _down(
            "named_to_anonymous",
            (
                "said Hermione Rourke, the council's conservation officer, who gave evidence at "
                "the hearing.",
                "said a council source.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Court papers show that the company's contractors took down the front wall and "
                "the clock tower over a single weekend in January, two days after its application "
                "to demolish had been refused.",
                "The building came down in January.",
            ),
            (
                "who wrote the building's entry in the county heritage register,",
                "who knows the building,",
            ),
            _remove(
                "The register lists 212 protected buildings in Saltinghurst Wells, and council "
                "records show that 9 of them have been demolished or badly damaged without consent "
                "since 2015.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Evander Hepplewhite, an architectural historian at Lindenhall University who "
                "wrote the building's entry in the county heritage register, said the Corn "
                "Exchange was one of only four of its kind still standing in the region. "
                '"Three, now," he said.',
                "The Corn Exchange was one of only four buildings of its kind still standing in "
                "the region. Now there are three.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "its contractors had misread their instructions.",
                "Few in town believe a word of it, and many expect the fine to be shrugged off as "
                "a business cost, with flats rising on the site within a couple of years.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "two days after its application to demolish had been refused.",
                "A structural survey commissioned by the council in 2022 and filed with that "
                'application had described the building as "sound" and put the cost of repairs '
                "at about $640,000.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "since 2015.",
                "Chidinma Oduro, a barrister who specialises in planning law and sits on the "
                "national heritage advisory panel, said courts could also order a company to "
                "rebuild what it had destroyed, and had done so twice in the past decade.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "its contractors had misread their instructions.",
                "Approached after the hearing, Osgood said the company would pay for the clock "
                "tower to be rebuilt from the salvaged stone but would not comment on what it "
                "planned for the rest of the site.",
            ),
        ),
        _rename(
            "names",
            ("Saltinghurst", "Kingsmarden"),
            ("Pellingham", "Trewarren"),
            ("Hermione", "Zinnia"),
            ("Rourke", "Oyebanji"),
            ("Evander", "Valentin"),
            ("Hepplewhite", "Threlkeld"),
            ("Lindenhall", "Cawthwaite"),
            ("Ruairidh", "Fitzroy"),
            ("Osgood", "Lukacs"),
        ),
        _rename("weekday", ("Monday", "Friday")),
    )
)

# --- animals: zoo elephant death -------------------------------------------------------------
_ZOO = _article(
    """
    Greythorpe Zoo elephant died of foot infection keepers missed, post-mortem shows

    Nandi, a 38-year-old Asian elephant at Greythorpe Zoo, died in September of a foot infection
    that had spread to the bone, according to a post-mortem report released by the zoo on Friday
    after months of questions from animal welfare groups.

    The report, written by the state veterinary laboratory, found an abscess in the elephant's
    left front foot that had probably been developing for at least six weeks. Keepers' daily
    logs, also released, record her as "slightly lame" on 14 days in August but show no
    examination by a vet until September 3, two days before she died.

    "We should have escalated it sooner. That is on us, and we have said so to our staff," said
    Lysander Amankwah, the zoo's director.

    Dr. Perdita Quiroga, a specialist in elephant medicine at the Tarnbury School of Veterinary
    Science, said foot disease is one of the leading causes of death in captive elephants.
    "Lameness in an elephant is never minor. It is the alarm bell," she said.

    Odessa Kirkbride, who worked as a keeper at Greythorpe until last year, said staff had
    complained for years about the concrete floor of the elephant house. "Hard floors ruin
    elephants' feet. Everyone knew," she said.

    Amankwah said a rubber floor would be laid in the spring. The zoo has two elephants left.
    """
)
BLIND_WELL.append(
    _case(
        "zoo_elephant_death",
        "well",
        _ZOO,
        _down(
            "named_to_anonymous",
            (
                "Odessa Kirkbride, who worked as a keeper at Greythorpe until last year, said "
                "staff",
                "A former keeper, speaking anonymously, said staff",
            ),
        ),
        _down(
            "documents_removed",
            (
                "keepers missed, post-mortem shows",
                "keepers missed",
            ),
            (
                "according to a post-mortem report released by the zoo on Friday after months of "
                "questions from animal welfare groups.",
                "amid months of questions from animal welfare groups.",
            ),
            (
                "The report, written by the state veterinary laboratory, found an abscess in the "
                "elephant's left front foot that had probably been developing for at least six "
                'weeks. Keepers\' daily logs, also released, record her as "slightly lame" on 14 '
                "days in August but show no examination by a vet until September 3, two days "
                "before she died.",
                "She had been unwell for some weeks before she died.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Perdita Quiroga, a specialist in elephant medicine at the Tarnbury School "
                "of Veterinary Science, said foot disease is one of the leading causes of death in "
                'captive elephants. "Lameness in an elephant is never minor. It is the alarm '
                'bell," she said.',
                "Foot disease is one of the leading causes of death in captive elephants, and "
                "lameness in an elephant is never minor.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "The zoo has two elephants left.",
                "Visitors have been suggesting on social media that both of them are sick too and "
                "that the zoo is simply keeping quiet about it.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Hard floors ruin elephants' feet. Everyone knew,\" she said.",
                "The zoo's most recent licence inspection, carried out by the city council in "
                "2023, recorded that the floor did not meet the national zoo standard and gave "
                "the zoo until the end of 2025 to replace it.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "Amankwah said a rubber floor would be laid in the spring.",
                "Asked why the complaints about the floor had not been acted on earlier, Amankwah "
                "said the zoo had been waiting for a $1.2 million grant that was approved only "
                "this summer, and that a rubber floor would be laid in the spring.",
            ),
        ),
        _rename(
            "names",
            ("Nandi", "Kamala"),
            ("Greythorpe", "Hollinsworth"),
            ("Lysander", "Bartosz"),
            ("Amankwah", "Lindberg"),
            ("Perdita", "Esmeralda"),
            ("Quiroga", "Nwaogu"),
            ("Tarnbury", "Grantleigh"),
            ("Odessa", "Morwenna"),
            ("Kirkbride", "Olufemi"),
        ),
        _same("minor_number", ("on 14 days in August", "on 13 days in August")),
    )
)

# --- health: vaccine supply delay ------------------------------------------------------------
_VACCINE = _article(
    """
    Late, short vaccine delivery leaves 9,000 Ravelsby patients waiting, health board says

    Nearly 9,000 people over 70 in the Ravelsby health region are still waiting for a shingles
    vaccine after a delivery from the manufacturer arrived five weeks late and 40 percent short,
    according to figures published by the regional health board on Monday.

    The board's weekly vaccination bulletin shows that 14,200 doses were ordered for October but
    only 8,500 had arrived by November 9. Rural clinics have received the fewest.

    "We planned the autumn campaign around a delivery date that was confirmed to us in writing,
    and then it moved," said Dr. Anwen Castellane, the board's director of public health. "I am
    sorry for everyone whose appointment has been cancelled."

    Professor Jerome Whitlock, an infectious disease specialist at Kelsham Medical School who
    sits on the national immunisation committee, said a delay of a few weeks carried little
    medical risk for most patients. "Shingles is not seasonal, so a late dose is nearly as good
    as an on-time one, as long as it comes," he said.

    Leonora Batsford, a pharmacist who runs two pharmacies in Glenrothy, said she had turned
    away more than 200 people. "They come in holding the letter, and I have nothing to give
    them," she said.

    The manufacturer, Corvanta Biologics, said in a statement that a fault at its filling plant
    had cut output in September and that full supplies would resume in January. It did not say
    how many doses other regions had lost.
    """
)
BLIND_WELL.append(
    _case(
        "vaccine_supply_delay",
        "well",
        _VACCINE,
        _down(
            "named_to_anonymous",
            (
                "Leonora Batsford, a pharmacist who runs two pharmacies in Glenrothy, said",
                "One pharmacist, who did not want her business identified, said",
            ),
        ),
        _down(
            "documents_removed",
            (
                "patients waiting, health board says",
                "patients waiting",
            ),
            (
                "40 percent short, according to figures published by the regional health board "
                "on Monday.",
                "40 percent short.",
            ),
            _remove(
                "The board's weekly vaccination bulletin shows that 14,200 doses were ordered for "
                "October but only 8,500 had arrived by November 9. Rural clinics have received "
                "the fewest.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"We planned the autumn campaign around a delivery date that was confirmed to us '
                "in writing, and then it moved,\" said Dr. Anwen Castellane, the board's director "
                'of public health. "I am sorry for everyone whose appointment has been '
                'cancelled."',
                "The autumn campaign had been planned around a delivery date confirmed in "
                "writing, and then the date moved, leaving many appointments cancelled.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'I have nothing to give them," she said.',
                "Some of those turned away fear the shortage points to a safety problem with the "
                "vaccine itself that nobody is owning up to.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Rural clinics have received the fewest.",
                "The supply contract, released by the board under freedom of information rules, "
                "required the manufacturer to deliver all 14,200 doses by October 1 and sets a "
                "penalty of $4 for every dose delivered late.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "how many doses other regions had lost.",
                "Dr. Brigitta Bellandi, a health economist at Brayford University who has studied "
                "vaccine supply chains, said contracts that rely on a single manufacturer leave "
                "health boards with no fallback, and that most regions now keep a reserve of at "
                "least 10 percent.",
            ),
        ),
        _rename(
            "names",
            ("Ravelsby", "Elmsworth"),
            ("Anwen", "Rhiannon"),
            ("Castellane", "Dubois"),
            ("Jerome", "Ezekiel"),
            ("Whitlock", "Ugwuanyi"),
            ("Kelsham", "Norbridge"),
            ("Leonora", "Juliet"),
            ("Batsford", "Ikejiani"),
            ("Glenrothy", "Carrickvale"),
            ("Corvanta", "Helixa"),
        ),
        _rename("weekday", ("Monday", "Wednesday")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- education: admissions rumour ------------------------------------------------------------
_ADMISSIONS = _article(
    """
    Were places at Harrowfield University sold to wealthy families?

    Rumours are spreading across the Harrowfield University campus that some students may have
    been admitted not on their grades but on the size of their parents' bank balances.

    According to talk among staff and students, applicants with weak marks were offered places
    on the medical course last year after large donations were made to the university. Some
    claim the money ran into millions, and one version of the story has a senior administrator
    personally signing off at least 10 of the offers.

    "Everyone has heard something. You'd be naive to think it doesn't happen here," said a
    student who asked not to be identified.

    It is unclear whether any rules were broken, or whether the donations happened at all. Some
    believe the practice has been going on quietly for years, while others suspect the story has
    been blown up by applicants who were turned down.

    A lecturer is said to have raised concerns internally, but what happened after that is
    anybody's guess. There are suggestions the matter was hushed up.

    Whatever the truth, the rumours are damaging the university's name, and students who worked
    hard for their places deserve a straight answer.
    """
)
BLIND_WEAK.append(
    _case(
        "admissions_donations_rumour",
        "weak",
        _ADMISSIONS,
        _up(
            "anonymous_named",
            (
                "said a student who asked not to be identified.",
                "said Temperance Aldous, a fourth-year medical student and president of the "
                "university's student union.",
            ),
        ),
        _up(
            "document_added",
            (
                "Some claim the money ran into millions, and one version",
                "Minutes of the admissions committee, obtained by this newspaper, show that 7 of "
                'the 212 medical offers made last year went through a "discretionary" route that '
                "sets no minimum grade. One version",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "There are suggestions the matter was hushed up.",
                "Responding to questions from this newspaper, the university's registrar, "
                "Gideon Obiorah, said every offer had been made on academic grounds and that "
                "anyone with evidence otherwise should take it to the state education ombudsman.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "applicants who were turned down.",
                "Dr. Rivka Akintola, who researches fairness in university admissions at Wexbury "
                "College and sits on the national higher education standards council, said "
                "preferences for donors' children are legal in the state but must be declared in "
                "the university's published admissions policy.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "There are suggestions the matter was hushed up.",
                "If so, it would come as no great shock to learn that the lecturer was quietly "
                "pushed out for speaking up.",
            ),
        ),
        _rename("names", ("Harrowfield", "Beckinsworth")),
        _same("minor_number", ("at least 10 of the offers", "at least 12 of the offers")),
    )
)

# --- culture: library closure rumour ---------------------------------------------------------
_LIBRARY = _article(
    """
    Is Wrayford's last library about to shut its doors?

    Regulars at the Brindle Lane library in Wrayford are worried that the branch, the last
    public library left in the town, could close within months.

    Word has been going round for weeks that the council needs to save money and that the
    library is at the top of the list. Some say a decision has already been taken in private and
    will simply be announced after the summer. Others think only the opening hours will be cut.

    "They'll tell us it's about budgets, but it's always the same story. Once a place like this
    goes, it never comes back," said one woman who has used the library since the 1970s.

    The building itself is said to need an expensive new roof, and there are rumours that a
    developer has been sniffing around the site. Nobody seems to know how much the repairs would
    cost or who would pay for them.

    Staff are reportedly anxious about their jobs, though none would speak publicly. Some
    parents fear that the children's reading club, which meets twice a week, will be the first
    thing to go.

    For now, nothing has been confirmed. But if the library is in danger, the people of Wrayford
    deserve to hear it from the council directly, and soon.
    """
)
BLIND_WEAK.append(
    _case(
        "library_closure_rumour",
        "weak",
        _LIBRARY,
        _up(
            "anonymous_named",
            (
                "said one woman who has used the library since the 1970s.",
                "said Edwina Quennell, 78, who chairs the Friends of Brindle Lane Library and "
                "has used it since the 1970s.",
            ),
        ),
        _up(
            "document_added",
            (
                "The building itself is said to need an expensive new roof,",
                "A condition survey commissioned by the council last year, published with its "
                "budget papers, puts the cost of a new roof at $410,000 and rates the building as "
                '"poor",',
            ),
            (
                "Nobody seems to know how much the repairs would cost or who would pay for them.",
                "The survey does not say who would pay for the work.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "For now, nothing has been confirmed.",
                "In an emailed reply to questions, Tristram Pim, the council's cabinet member for "
                "culture, said no decision had been made and that any plan to close a library "
                "would go to a public consultation lasting at least 12 weeks.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Others think only the opening hours will be cut.",
                "And once the library goes, it is easy to picture the swimming pool next door "
                "being sold off right behind it.",
            ),
        ),
        _rename("names", ("Wrayford", "Thornwick"), ("Brindle", "Cobbett")),
        _same("minor_number", ("meets twice a week", "meets three times a week")),
    )
)

# --- banking: branch closure rumour ----------------------------------------------------------
_BANK = _article(
    """
    Coldmarsh fears losing its last bank branch

    The town of Coldmarsh may be about to lose its last bank, if the talk on the high street is
    to be believed.

    Customers of the Northway Bank branch on Market Square say staff have been dropping hints
    that the branch is being wound down. Some claim the cash machine is being refilled less
    often, while others say the opening hours have quietly been trimmed. Whether any of this
    adds up to a closure is far from clear.

    "I've banked here for 40 years. If it goes, I don't know what people like me are supposed to
    do," an elderly customer said.

    There is speculation that several other branches in the area are also on the chopping block,
    and some believe the bank has already agreed to sell the building. It is said that older
    residents and small shops that deal in cash would be hit hardest.

    Local business owners are understood to be furious, though few have been willing to say so
    publicly.

    Until someone gives a straight answer, the anxiety in Coldmarsh will only keep growing.
    """
)
BLIND_WEAK.append(
    _case(
        "bank_branch_rumour",
        "weak",
        _BANK,
        _up(
            "anonymous_named",
            (
                "an elderly customer said.",
                "said Cedric Vanstone, 81, a retired sheep farmer who lives just outside the town.",
            ),
        ),
        _up(
            "document_added",
            (
                "Some claim the cash machine is being refilled less often, while others say the "
                "opening hours have quietly been trimmed.",
                "A notice on the branch door, dated June 3, says opening hours will drop from "
                "five days a week to two from next month.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "few have been willing to say so publicly.",
                "Clemency Radclyffe, a spokesperson for Northway Bank, said in answer to questions "
                "that the branch had no closure date and that the bank would give at least 12 "
                "weeks' notice of any closure, as industry rules require.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "would be hit hardest.",
                "Kwabena Thorsby, a professor of economic geography at Kelderby University who "
                "has studied access to cash, said towns that lose their last branch see about a "
                "fifth of small shops stop taking cash within two years.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "would be hit hardest.",
                "Some go further and predict the post office will be next, leaving the town with "
                "nowhere at all to pay in cash.",
            ),
        ),
        _rename("names", ("Coldmarsh", "Frayling"), ("Northway", "Eastgate")),
        _same("minor_number", ("for 40 years", "for 42 years")),
    )
)

# --- environment: mine leak fears ------------------------------------------------------------
_MINE = _article(
    """
    Orange water in Skelderwick Creek sparks fears of mine leak

    People living downstream of the old Corrans copper mine say the water in Skelderwick Creek
    has turned a rusty orange, and many are convinced the mine is leaking.

    Photos of the discoloured water have been shared widely online, alongside claims that dead
    fish have been found floating in the shallows and that dogs fell sick after drinking from
    the creek. None of the claims could be confirmed.

    "You don't need a science degree to see something's wrong. It looks like tomato soup," one
    resident said.

    Some locals believe the company that bought the mine site two years ago has been dumping
    waste at night. Others think a dam holding back old mine water may have cracked after last
    week's heavy rain. There are even rumours that drinking water could be affected.

    It is not known whether anyone has tested the water, or whether the authorities are aware of
    the problem at all.

    Families whose children swim in the creek in summer say they are frightened, and many feel
    they have been left in the dark.
    """
)
BLIND_WEAK.append(
    _case(
        "mine_leak_fears",
        "weak",
        _MINE,
        _up(
            "anonymous_named",
            (
                "one resident said.",
                "said Dervla Mackintosh, who keeps sheep on land along the creek.",
            ),
        ),
        _up(
            "document_added",
            (
                "It is not known whether anyone has tested the water, or whether the authorities "
                "are aware of the problem at all.",
                "Results from samples taken by the state environment agency on Thursday, posted on "
                "its website, show iron in the creek at 38 times its normal level and copper at "
                "nearly four times the safe limit for aquatic life.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "may have cracked after last week's heavy rain.",
                "Dr. Ragnhild Halvard, a hydrogeologist at Moorfield University who has studied "
                "abandoned copper mines for 20 years, said orange water usually means iron is "
                "washing out of old workings after heavy rain, and is not on its own proof of a "
                "new leak.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "they have been left in the dark.",
                "The site's owner, Torrmoor Minerals, said in reply to questions that its "
                "engineers had inspected the dam on Saturday and found no cracks, and that it had "
                "discharged no waste into the creek.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "There are even rumours that drinking water could be affected.",
                "And if the mine has been leaking this long, who knows what else has been poured "
                "into the ground without anyone noticing.",
            ),
        ),
        _rename("names", ("Skelderwick", "Ravensgill"), ("Corrans", "Highfell")),
        _same("minor_number", ("two years ago", "three years ago")),
    )
)

# --- nuisance: mystery hum -------------------------------------------------------------------
_HUM = _article(
    """
    What is the low hum keeping Penford awake at night?

    For months, residents across the north side of Penford say they have been kept awake by a
    low, droning hum that seems to come from nowhere and everywhere at once.

    Some describe it as a distant engine; others say it is more a vibration felt in the chest
    than a sound. It is said to be worst between midnight and 4 a.m., and some people claim it
    has given them headaches and nosebleeds.

    Theories are not in short supply. Many blame a new distribution warehouse on the edge of
    town, others point the finger at a gas pipeline, and a few are convinced the military is
    testing something in the hills. None of these explanations has been confirmed.

    "It's driving people mad. My neighbour has started sleeping in her car," a man who lives
    near the railway line said.

    According to some, dozens of complaints have already been made, but it is not clear to whom,
    or whether anyone has done anything about them. There are reports that at least one family
    has put their house up for sale.

    Until someone tracks down the source, Penford's sleepless nights look set to continue.
    """
)
BLIND_WEAK.append(
    _case(
        "mystery_hum_complaints",
        "weak",
        _HUM,
        _up(
            "anonymous_named",
            (
                "a man who lives near the railway line said.",
                "said Linus Warrington, a retired signalman who lives on Viaduct Road, near the "
                "railway line.",
            ),
        ),
        _up(
            "document_added",
            (
                "According to some, dozens of complaints have already been made, but it is not "
                "clear to whom, or whether anyone has done anything about them.",
                "Council records released on request show 63 noise complaints from 41 addresses "
                "on the north side since February, and that an officer listened on three nights "
                "without finding the source.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "None of these explanations has been confirmed.",
                "Hollis Mkhize, a professor of acoustic engineering at Dunleigh University who has "
                "investigated low-frequency noise complaints for several councils, said such hums "
                "are most often traced to industrial fans or compressors and can carry for miles "
                "on still nights.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "None of these explanations has been confirmed.",
                "Contacted about the complaints, the warehouse operator, Tindall Freight, said "
                "its refrigeration units ran around the clock and that it had invited the "
                "council to take measurements on the site.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "has put their house up for sale.",
                "Some fear the hum is only the beginning, and that something far more dangerous "
                "is being built out of sight.",
            ),
        ),
        _rename("names", ("Penford", "Brockhallow")),
        _same("minor_number", ("between midnight and 4 a.m.", "between midnight and 5 a.m.")),
    )
)

BLIND_CASES: tuple[Case, ...] = tuple(BLIND_WELL + BLIND_WEAK)
