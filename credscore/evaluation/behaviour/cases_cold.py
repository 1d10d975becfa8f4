"""A sixth, cold set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases`,
:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind` or :mod:`.cases_final`: it is a
sixth, independent set of twelve base articles (seven WELL sourced, five WEAKLY sourced) and
their variants, written blind as a measurement. The topics, people, places, organisations,
figures and sentences are new and fictional; nothing is copied from the other five sets, from
any corpus or example, or from the web. The articles and edits were written from the
definitions of good and bad sourcing alone, and no text in this module was scored with a model
or run through an extractor while it was written.

The writing style is varied more than in the earlier sets: reporting verbs other than "said"
("told", "added", "according to", "wrote in an email", "testified", "the panel wrote"),
inverted attributions ("said Dr. X"), attributions placed after a paraphrase, surnames on
second reference, titles ("Dr.", "Dr", "Cllr", "Provost", "Superintendent", "Mayor"), ages and
appositions, British and American spellings, and paragraphs of different lengths.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials and at least one document or dataset with figures,
  and usually reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and at least two ``up``
variants; each weak base has at least three ``up`` variants and one ``down`` (speculation
added, worded differently in each); every base has a cosmetic ``names`` rename, a ``weekday``
or ``minor_number`` edit, and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds.

First measurement (2026-12-03, the model retrained for the linear score index, the extractors of
that day, nothing changed with this set in view): directional 0.897 (61 of 68), cosmetic 1.000,
well - weak +74.7. All seven failures were ``speculation_added``: five on weak bases (scores 4
to 7), two on well bases. Its failures were then read, so the set is no longer blind.
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

COLD_WELL: list[Case] = []
COLD_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- courts: speed-camera tickets voided -----------------------------------------------------
_CAMERAS = _article(
    """
    Judge voids more than 4,000 speed-camera tickets after calibration records go missing

    A district judge in Brennock Falls on Wednesday threw out every ticket issued by two speed
    cameras on Garnet Boulevard, ruling that the city could not show the devices had been
    checked as state law requires.

    In a 23-page ruling, Judge Marisol Quintero-Haines of the Corrow County District Court wrote
    that the city had produced calibration certificates for only 2 of the 11 months in question.
    City records filed with the court show the two cameras issued 4,117 tickets in that time, at
    $75 each.

    Yusuf Harlan, the city's deputy traffic engineer, testified last month that the certificates
    had been kept on a laptop that was later wiped. "I believe the cameras were accurate, but I
    cannot prove it on paper," he told the court.

    Anselm Riggott, a lawyer who represented 37 of the drivers, called the ruling "a reminder
    that the government has to show its work."

    Cameras of this type can drift by several miles per hour within months if they are not
    recalibrated, said Dr. Perpetua Nkemelu, who studies measurement standards at Ostervale
    Polytechnic Institute and has tested traffic radar for two state agencies. "Without the
    logs, nobody can say whether a reading of 41 was really 41," Nkemelu said.

    Veltrix Traffic Systems, the camera contractor, wrote in an email that its equipment "met
    all accuracy standards" and that record-keeping was the city's job. The city attorney's
    office said it was reviewing the decision and had not decided whether to appeal.
    """
)
COLD_WELL.append(
    _case(
        "speed_camera_tickets",
        "well",
        _CAMERAS,
        _down(
            "named_to_anonymous",
            (
                "Anselm Riggott, a lawyer who represented 37 of the drivers, called the ruling",
                "A lawyer for some of the drivers, who asked not to be named because other cases "
                "are pending, called the ruling",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Cameras of this type can drift by several miles per hour within months if they "
                "are not recalibrated, said Dr. Perpetua Nkemelu, who studies measurement "
                "standards at Ostervale Polytechnic Institute and has tested traffic radar for "
                'two state agencies. "Without the logs, nobody can say whether a reading of 41 '
                'was really 41," Nkemelu said.',
                "Cameras of this type can drift by several miles per hour within months if they "
                "are not recalibrated, and without the logs nobody can say whether a reading of "
                "41 was really 41.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "In a 23-page ruling, Judge Marisol Quintero-Haines of the Corrow County District "
                "Court wrote that the city had produced calibration certificates for only 2 of "
                "the 11 months in question. City records filed with the court show the two "
                "cameras issued 4,117 tickets in that time, at $75 each.",
                "Judge Marisol Quintero-Haines of the Corrow County District Court said the city "
                "had not kept the records it needed.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "had not decided whether to appeal.",
                "Some of the drivers suspect the cameras were never checked at all, and that the "
                "wiped laptop is a convenient story.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'was really 41," Nkemelu said.',
                "Lorcan Bisset, a professor of administrative law at Haldane University, said "
                "courts in several states had thrown out camera tickets on similar grounds. "
                '"The burden of proof is on the government, not the driver," he said.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "at $75 each.",
                "A 2022 audit by the state comptroller of 14 municipal camera programs found that "
                "five of them could not produce complete calibration logs.",
            ),
        ),
        _rename(
            "names",
            ("Brennock", "Tolliver"),
            ("Garnet", "Sorrel"),
            ("Marisol", "Evangelina"),
            ("Quintero-Haines", "Okafor-Lind"),
            ("Corrow", "Pellmarsh"),
            ("Yusuf", "Tomasz"),
            ("Harlan", "Ekwueme"),
            ("Anselm", "Barnaby"),
            ("Riggott", "Farrelly"),
            ("Perpetua", "Ingrid"),
            ("Nkemelu", "Castellanos"),
            ("Ostervale", "Brightmoor"),
            ("Veltrix", "Ardentia"),
        ),
        _rename("weekday", ("Wednesday", "Monday")),
        _same("minor_number", ("37 of the drivers", "39 of the drivers")),
    )
)

# --- agriculture: spring frost and the cherry crop -------------------------------------------
_FROST = _article(
    """
    Late frost wipes out most of Alder Valley's cherry crop

    A hard frost on the night of April 14 destroyed roughly 70 percent of the cherry crop in the
    Alder Valley, according to a damage survey released Monday by the county agricultural
    extension office.

    The survey, based on blossom counts in 212 orchards, found losses above 90 percent in the
    low-lying blocks along the Tamsett River, where temperatures fell to 24 degrees Fahrenheit
    for nearly five hours.

    "I walked the rows at dawn and the blossoms were already brown in the middle. You know right
    away," said Henrietta Dubczak, 61, whose family has grown cherries on 80 acres outside
    Pellbury since 1958.

    Open blossoms can survive about 28 degrees for a short time but are almost always killed
    below 25, according to Dr. Ignatius Ferrante, a tree-fruit physiologist at Calloway State
    University. "This was not bad luck at the margins. It was a full kill in the valley
    bottoms," Ferrante said.

    Ray Oduya, who chairs the Alder Valley Growers Cooperative, said 40 of its members had
    applied for emergency loans. Orchards that had skipped frost fans to save money were hit
    hardest, he added.

    The state Department of Agriculture, which has yet to pay out a frost-protection grant
    approved last year, said in a statement that the first $1.2 million would reach growers
    "within weeks." Oduya said members had heard that before.

    Packing houses in Pellbury expect to run at a third of normal capacity this summer, said
    Lise Marchbanks, manager of the valley's largest packer, Redcrest Fruit.
    """
)
COLD_WELL.append(
    _case(
        "cherry_frost_losses",
        "well",
        _FROST,
        _down(
            "named_to_anonymous",
            (
                "said Henrietta Dubczak, 61, whose family has grown cherries on 80 acres outside "
                "Pellbury since 1958.",
                "said a grower outside Pellbury who asked not to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "below 25, according to Dr. Ignatius Ferrante, a tree-fruit physiologist at "
                'Calloway State University. "This was not bad luck at the margins. It was a full '
                'kill in the valley bottoms," Ferrante said.',
                "below 25. This was not bad luck at the margins; it was a full kill in the valley "
                "bottoms.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "destroyed roughly 70 percent of the cherry crop in the Alder Valley, according "
                "to a damage survey released Monday by the county agricultural extension office.",
                "destroyed much of the cherry crop in the Alder Valley.",
            ),
            _remove(
                "The survey, based on blossom counts in 212 orchards, found losses above 90 "
                "percent in the low-lying blocks along the Tamsett River, where temperatures fell "
                "to 24 degrees Fahrenheit for nearly five hours.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Oduya said members had heard that before.",
                "There is talk among growers that some of the smaller family orchards will not "
                "survive the year, and that one or two may already be quietly looking for buyers.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "were hit hardest, he added.",
                "Dr. Soraya Blenkinsop, an agricultural economist at Harwick University who "
                "studies farm disaster programs, said growers who lose a crop this early still "
                "carry most of the year's costs, and that aid has historically covered less than "
                "half of the lost revenue.",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"within weeks."',
                "Department records show the grant program received 318 applications last year "
                "and has not yet paid any of them.",
            ),
        ),
        _rename(
            "names",
            ("Alder", "Wrenmoor"),
            ("Tamsett", "Callan"),
            ("Henrietta", "Philippa"),
            ("Dubczak", "Oyelowo"),
            ("Pellbury", "Ashcombe"),
            ("Ignatius", "Bartholomew"),
            ("Ferrante", "Nakashima"),
            ("Calloway", "Redvers"),
            ("Ray", "Stellan"),
            ("Oduya", "Petrakis"),
            ("Lise", "Amara"),
            ("Marchbanks", "Goodenough"),
            ("Redcrest", "Bluefield"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("212 orchards", "214 orchards")),
    )
)

# --- science: retracted drug study -----------------------------------------------------------
_RETRACTION = _article(
    """
    Journal retracts blood-pressure study after Fairhollow inquiry finds altered data

    A medical journal has retracted a widely cited 2021 study of an experimental blood-pressure
    drug after an inquiry at Fairhollow University concluded that patient data had been altered
    before publication.

    The inquiry's 58-page report, released on Thursday, found that readings for 43 of the
    trial's 310 patients had been changed in the study's master spreadsheet, and that the
    changes made the drug look more effective than it was. Without them, the report said, the
    difference between the drug and a placebo was no longer statistically significant.

    "We took the allegation seriously from the first day, and we have been open about what we
    found," said Provost Adaeze Lindqvist, who ordered the inquiry in 2023 after a statistician
    outside the university raised concerns.

    That statistician, Dr. Bram Keswick of the Torvald Institute for Clinical Research, said he
    noticed in 2022 that far too many of the published readings ended in zero or five. "Real
    blood-pressure data is messy. This was suspiciously tidy," Keswick said.

    Retractions of this kind often take years, said Dr. Wilhelmina Osterhaus, who studies
    research integrity at Harrowfield Medical School and was not involved. "Three years from
    first complaint to retraction is, sadly, quick," she said.

    The study's lead author, Dr. Caspian Moreau, left the university last year. His lawyer, Ines
    Baptiste, told this newspaper that Moreau "did not personally alter any data" and would
    contest the findings. The journal's editor said a formal notice would appear in the March
    issue.
    """
)
COLD_WELL.append(
    _case(
        "study_retraction",
        "well",
        _RETRACTION,
        _down(
            "named_to_anonymous",
            (
                "That statistician, Dr. Bram Keswick of the Torvald Institute for Clinical "
                "Research, said he",
                "That statistician, who asked not to be named because he still reviews papers "
                "for the journal, said he",
            ),
            ('suspiciously tidy," Keswick said.', 'suspiciously tidy," he said.'),
        ),
        _down(
            "attribution_removed",
            (
                "Retractions of this kind often take years, said Dr. Wilhelmina Osterhaus, who "
                "studies research integrity at Harrowfield Medical School and was not involved. "
                '"Three years from first complaint to retraction is, sadly, quick," she said.',
                "Retractions of this kind often take years, and three years from first complaint "
                "to retraction is, sadly, quick.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The inquiry's 58-page report, released on Thursday, found that readings for 43 "
                "of the trial's 310 patients had been changed in the study's master spreadsheet, "
                "and that the changes made the drug look more effective than it was. Without "
                "them, the report said, the difference between the drug and a placebo was no "
                "longer statistically significant.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "would contest the findings.",
                "Some in the department have begun to wonder aloud whether other papers from the "
                "same lab will be next.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "The journal's editor said",
                "The journal's editor-in-chief, Dr. Hollis Brandvold, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "no longer statistically significant.",
                "A registration the team filed with a public trials registry in 2019 names a "
                "different main outcome from the one reported in the paper.",
            ),
        ),
        _rename(
            "names",
            ("Fairhollow", "Kestrelmoor"),
            ("Adaeze", "Rosamund"),
            ("Lindqvist", "Okwuosa"),
            ("Bram", "Joost"),
            ("Keswick", "Ferreira-Lowe"),
            ("Torvald", "Ellingham"),
            ("Wilhelmina", "Cordelia"),
            ("Osterhaus", "Nwachukwu"),
            ("Harrowfield", "Saltmarsh"),
            ("Caspian", "Leopold"),
            ("Moreau", "Szymanski"),
            ("Ines", "Aurelia"),
            ("Baptiste", "Fontaine"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("43 of the", "41 of the")),
    )
)

# --- housing: damp and mould on an estate (British) ------------------------------------------
_MOULD = _article(
    """
    Housing association apologises after survey finds mould in one in five Carrick Lane flats

    Hollinsbrook Homes has apologised to tenants on the Carrick Lane estate in Eastwold after
    its own survey found damp or mould in 96 of the estate's 480 flats, some of them home to
    babies and elderly residents.

    The survey, carried out by an independent firm in January and published on the association's
    website, rated 23 of those flats as having "severe" mould, mostly in bedrooms on the
    north-facing side of the blocks. It also found that extractor fans were missing or broken in
    61 kitchens.

    "My son's inhaler use has doubled since we moved in. I scrub the walls with bleach every
    fortnight and it comes straight back," said Nadia Sarwar, 34, who lives on the fourth floor
    of Osric House with her two children.

    Cllr Tobias Fenwright, who chairs the council's housing committee, said tenants had been
    complaining "for at least three winters" and that he would ask the social housing regulator
    to inspect the estate.

    Dr Ruairi Mackessy, a building physicist at the University of Stanmoor who studies
    condensation in older blocks, said 1960s flats with poor insulation and no working
    ventilation were "almost designed to grow mould". Fixing fans and insulation, he added,
    usually costs far less than treating the illnesses that follow.

    In a statement, Hollinsbrook's chief executive, Gwenllian Pryce-Oakes, said the association
    was "deeply sorry", had set aside £1.8 million for repairs and would finish work in the
    worst-affected flats by the end of May.
    """
)
COLD_WELL.append(
    _case(
        "estate_mould_survey",
        "well",
        _MOULD,
        _down(
            "named_to_anonymous",
            (
                "said Nadia Sarwar, 34, who lives on the fourth floor of Osric House with her two "
                "children.",
                "said a mother of two on one of the upper floors, who did not want to be named "
                "for fear of being moved.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Cllr Tobias Fenwright, who chairs the council's housing committee, said tenants "
                'had been complaining "for at least three winters" and that he would ask the '
                "social housing regulator to inspect the estate.",
                "Tenants have been complaining for at least three winters, and the social housing "
                "regulator is likely to be asked to inspect the estate.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "after survey finds mould in one in five Carrick Lane flats",
                "over mould in Carrick Lane flats",
            ),
            (
                "after its own survey found damp or mould in 96 of the estate's 480 flats, some of "
                "them",
                "over damp and mould in its flats, some of them",
            ),
            _remove(
                "The survey, carried out by an independent firm in January and published on the "
                'association\'s website, rated 23 of those flats as having "severe" mould, mostly '
                "in bedrooms on the north-facing side of the blocks. It also found that extractor "
                "fans were missing or broken in 61 kitchens.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "by the end of May.",
                "Few on the estate expect that date to be met, and some suspect that once the "
                "headlines fade the money will quietly be spent elsewhere.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "the illnesses that follow.",
                "Dr Oluwaseun Tarrant, a consultant respiratory paediatrician at Eastwold General "
                "Hospital, said children exposed to mould for long periods are more likely to "
                "develop asthma, and that the risk falls once their homes are repaired.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "to inspect the estate.",
                "Figures released to this newspaper under freedom of information rules show that "
                "the council logged 212 complaints about damp at the estate between 2021 and 2024.",
            ),
        ),
        _rename(
            "names",
            ("Hollinsbrook", "Meadowcroft"),
            ("Carrick", "Pemble"),
            ("Eastwold", "Thornleigh"),
            ("Nadia", "Shirin"),
            ("Sarwar", "Kowalczyk"),
            ("Osric", "Aldous"),
            ("Tobias", "Crispin"),
            ("Fenwright", "Maclaren"),
            ("Ruairi", "Eoghan"),
            ("Mackessy", "Prendergast"),
            ("Stanmoor", "Coldbrook"),
            ("Gwenllian", "Morwenna"),
            ("Pryce-Oakes", "Lyle-Harcourt"),
        ),
        _same("minor_number", ("61 kitchens", "63 kitchens")),
    )
)

# --- education: exam scoring error -----------------------------------------------------------
_EXAM = _article(
    """
    Scoring error cost 212 Dunmere students a passing grade in algebra, state says

    About 1,900 high school students in Dunmere County received lower scores than they had
    earned on last spring's state algebra exam because of a scoring error, the state education
    department confirmed Tuesday.

    A department memo sent to school districts, and obtained by the Ledger, says a faulty answer
    key marked a correct answer as wrong on one version of the test. The error lowered affected
    students' scores by an average of 4 points out of 100 and pushed 212 of them below the
    passing mark.

    "Two hundred kids were told they failed algebra when they had not. Some of them sat in
    summer school for it," said Superintendent Lorna Brackenridge, whose district, Dunmere
    Unified, spotted the problem after teachers noticed odd results.

    Jaylen Ostrowski, 17, a senior at Hallam Ridge High School, told the Ledger he spent six
    weeks in a summer course after missing the pass mark by two points. "I thought I just wasn't
    good at math," he said.

    Answer-key errors are rare but are usually caught by checking how many students choose each
    option, said Dr. Mirela Szabo-Quint, a psychometrician at Varrow Pines University who
    designs state assessments. "If your top scorers are getting a question 'wrong,' that is your
    red flag," she said.

    The testing contractor, Quillon Assessment, did not respond to requests for comment.
    Commissioner Desmond Achebe-Ward said in a statement that corrected scores would reach
    families within two weeks.
    """
)
COLD_WELL.append(
    _case(
        "exam_scoring_error",
        "well",
        _EXAM,
        _down(
            "named_to_anonymous",
            (
                "Jaylen Ostrowski, 17, a senior at Hallam Ridge High School, told the Ledger he "
                "spent",
                "A senior at one of the county's high schools, who asked that his name not be "
                "used, told the Ledger he spent",
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"Two hundred kids were told they failed algebra when they had not. Some of them '
                'sat in summer school for it," said Superintendent Lorna Brackenridge, whose '
                "district, Dunmere Unified, spotted the problem after teachers noticed odd "
                "results.",
                "Some two hundred students were told they had failed algebra when they had not, "
                "and some of them sat in summer school for it. The problem came to light after "
                "teachers noticed odd results.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Scoring error cost 212 Dunmere students a passing grade in algebra, state says",
                "Scoring error cost Dunmere students a passing grade in algebra",
            ),
            _remove(
                "A department memo sent to school districts, and obtained by the Ledger, says a "
                "faulty answer key marked a correct answer as wrong on one version of the test. "
                "The error lowered affected students' scores by an average of 4 points out of "
                "100 and pushed 212 of them below the passing mark.\n\n"
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "within two weeks.",
                "It may well turn out that the same mistake went unnoticed on earlier versions of "
                "the exam.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "below the passing mark.",
                "The department's technical manual for the exam, published in 2022, requires "
                "every question to pass a statistical review before scores are released.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'flag," she said.',
                "Franklin Oyelaran-Moss, a former director of testing at the Corven State "
                "Department of Education, said students who lost a passing grade should have the "
                'summer course removed from their transcripts. "They should not carry a record '
                'of a failure that never happened," he said.',
            ),
        ),
        _rename(
            "names",
            ("Dunmere", "Quenby"),
            ("Lorna", "Theresa"),
            ("Brackenridge", "Mwangi"),
            ("Jaylen", "Marcus"),
            ("Ostrowski", "Delacourt"),
            ("Hallam Ridge", "Cinder Hill"),
            ("Mirela", "Agnieszka"),
            ("Szabo-Quint", "Holloway-Ibe"),
            ("Varrow", "Ellery"),
            ("Quillon", "Brightline"),
            ("Desmond", "Augustin"),
            ("Achebe-Ward", "Lindgren-Obi"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("six weeks", "five weeks")),
    )
)

# --- sport: doping ban upheld (British) ------------------------------------------------------
_DOPING = _article(
    """
    Tribunal upholds four-year ban on cyclist Odalys Fenn over EPO test

    An independent tribunal on Friday upheld a four-year doping ban on Odalys Fenn, the two-time
    national road race champion, rejecting her claim that a laboratory mix-up explained her
    positive test.

    The tribunal's 41-page decision found that chain-of-custody records for the urine sample,
    taken at an out-of-competition test in Marrowdale last June, were complete, and that DNA
    analysis matched the sample to Fenn. It also noted that her blood values had risen sharply
    in the three months before the test.

    "The athlete's explanation was carefully considered and found to be unsupported by any
    evidence," the panel wrote.

    Fenn, 29, has always denied taking EPO, a banned hormone that boosts red blood cells. Her
    lawyer, Thaddeus Okonkwo-Reyes, wrote in an email that she was "devastated" and was weighing
    an appeal to the sport's international court.

    Dr Helga Varnum, an anti-doping scientist who ran the accredited laboratory at Skelby for 11
    years and was not involved in the case, said DNA matching has become routine in disputed
    cases. "Once the DNA matches, the mix-up defence is essentially over," she said.

    "This ruling shows the system works even for our best-known athletes," said Priya
    Castellane, chief executive of the National Anti-Doping Agency.

    Fenn's team, Velocita Halberd, said it had suspended her last year and would now terminate
    her contract. Her results since the test, including a stage win at the Tour of Carrowfields,
    will be stripped.
    """
)
COLD_WELL.append(
    _case(
        "doping_ban_upheld",
        "well",
        _DOPING,
        _down(
            "named_to_anonymous",
            (
                "said Priya Castellane, chief executive of the National Anti-Doping Agency.",
                "said an official at the national anti-doping agency, who was not authorised to "
                "speak publicly.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Helga Varnum, an anti-doping scientist who ran the accredited laboratory at "
                "Skelby for 11 years and was not involved in the case, said DNA matching has "
                'become routine in disputed cases. "Once the DNA matches, the mix-up defence is '
                'essentially over," she said.',
                "DNA matching has become routine in disputed cases, and once the DNA matches, the "
                "mix-up defence is essentially over.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "The tribunal's 41-page decision found that chain-of-custody records for the "
                "urine sample, taken at an out-of-competition test in Marrowdale last June, were "
                "complete, and that DNA analysis matched the sample to Fenn. It also noted that "
                "her blood values had risen sharply in the three months before the test.\n\n"
            ),
            _remove(
                "\"The athlete's explanation was carefully considered and found to be unsupported "
                'by any evidence," the panel wrote.\n\n'
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "will be stripped.",
                "Whispers in the peloton suggest she may not be the only rider on the team with "
                "something to hide.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'essentially over," she said.',
                "Jasper Oyinlola-Marsh, who teaches sports law at the University of Quarrendale "
                "and has represented athletes before the tribunal, said appeals against "
                "DNA-matched results almost never succeed.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "chief executive of the National Anti-Doping Agency.",
                "The agency's annual report shows that 9 of the 1,140 samples it collected from "
                "cyclists last year were positive, the highest number in a decade.",
            ),
        ),
        _rename(
            "names",
            ("Odalys", "Saoirse"),
            ("Fenn", "Halloran"),
            ("Marrowdale", "Kirkhaven"),
            ("Thaddeus", "Lysander"),
            ("Okonkwo-Reyes", "Abiodun-Kerr"),
            ("Helga", "Margit"),
            ("Varnum", "Strickland"),
            ("Skelby", "Farrowby"),
            ("Priya", "Roshni"),
            ("Castellane", "Dumont"),
            ("Velocita Halberd", "Corsa Rennick"),
            ("Carrowfields", "Lindenvale"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("41-page", "44-page")),
    )
)

# --- business: brewery takeover and job cuts -------------------------------------------------
_BREWERY = _article(
    """
    Gantry & Moss to cut 85 brewery jobs after takeover, state filing shows

    Gantry & Moss, the 140-year-old Ostley brewery, will cut 85 of its 310 jobs after its sale
    to the drinks group Carlsund Holdings, according to a notice filed with the state labor
    department on Monday.

    The notice says bottling will move to a Carlsund plant in another state by October, while
    the company's best-known beer, Ostley Pale, will still be brewed in the city.

    "We sold because the alternative was to shrink slowly. This way the beer and most of the
    people stay," said Edmund Moss, 66, a great-grandson of one of the founders and the
    company's departing chairman.

    "Nobody on the line heard a word until the notice went up by the time clock," said Teodora
    Vasquez-Lyle, a bottling supervisor who has worked at the brewery for 22 years. A union
    steward, who asked not to be named because talks were continuing, said the union would push
    for longer severance.

    Dr. Kwabena Rasmussen, a labor economist at the Delacroix School of Business, said the
    bottling jobs, which pay about $24 an hour according to state wage data, would be hard to
    replace. "These are the last jobs in that part of town you can raise a family on without a
    degree," he said.

    A Carlsund spokeswoman, Fenella Drummond-Yates, said the company was "committed to Ostley"
    and would offer affected workers jobs at its other plants. Mayor Celestine Arbogast said
    City Hall had not been told about the cuts before the sale closed.
    """
)
COLD_WELL.append(
    _case(
        "brewery_takeover_jobs",
        "well",
        _BREWERY,
        _down(
            "named_to_anonymous",
            (
                "said Teodora Vasquez-Lyle, a bottling supervisor who has worked at the brewery "
                "for 22 years.",
                "said a bottling supervisor who has worked at the brewery for two decades and "
                "asked not to be identified.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Kwabena Rasmussen, a labor economist at the Delacroix School of Business, "
                "said the bottling jobs, which pay about $24 an hour "
                'according to state wage data, would be hard to replace. "These are the last '
                'jobs in that part of town you can raise a family on without a degree," he said.',
                "The bottling jobs, which pay about $24 an hour according to state wage data, "
                "will be hard to replace; they are the last jobs in that part of town that can "
                "support a family without a degree.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "85 brewery jobs after takeover, state filing shows",
                "85 brewery jobs after takeover",
            ),
            (
                "Carlsund Holdings, according to a notice filed with the state labor department "
                "on Monday.",
                "Carlsund Holdings.",
            ),
            ("The notice says bottling will move", "Bottling is expected to move"),
        ),
        _down(
            "speculation_added",
            _after(
                "before the sale closed.",
                "On the brewery floor, the betting is that Ostley Pale itself will be moved out "
                "of town within a couple of years, whatever the company says now.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A union steward, who asked not to be named because talks were continuing, said",
                "Marek Tsosie-Grant, a steward for the brewery workers' union local, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "jobs at its other plants.",
                "Carlsund's own annual reports show that it closed two of the four breweries it "
                "bought between 2015 and 2021 within three years of buying them.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "before the sale closed.",
                "Anneliese Kroh, who covers mergers in the beer industry as an analyst at "
                "Harbourline Research, said buyers usually keep a brewery's flagship beer where "
                "it is for its local appeal but move everything else.",
            ),
        ),
        _rename(
            "names",
            ("Gantry", "Bellhouse"),
            ("Moss", "Pickford"),
            ("Ostley", "Wexcombe"),
            ("Carlsund", "Nordvik"),
            ("Edmund", "Ambrose"),
            ("Teodora", "Graciela"),
            ("Vasquez-Lyle", "Okoro-Hart"),
            ("Kwabena", "Yaw"),
            ("Rasmussen", "Sorensen"),
            ("Delacroix", "Marchmont"),
            ("Fenella", "Isadora"),
            ("Drummond-Yates", "Bright-Cole"),
            ("Celestine", "Georgina"),
            ("Arbogast", "Whitcombe"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("for 22 years", "for 23 years")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- culture: folk festival doubts (British) -------------------------------------------------
_FESTIVAL = _article(
    """
    Is the Thistlecombe Folk Festival finished?

    For nearly four decades the Thistlecombe Folk Festival has filled the town's water meadows
    every August, drawing some 12,000 visitors. This year, people are asking whether it will
    happen at all.

    Rumours began circulating last month that the festival had lost its main sponsor, and
    several people familiar with the organisers say ticket sales have been disappointing. One
    insider claimed the committee had been "fighting among themselves for months", though what
    the row was about is anyone's guess.

    Some local traders are convinced the event has already been quietly cancelled and that an
    announcement is being held back until refunds can be sorted out. Others believe it will go
    ahead in a smaller form, perhaps over a single day.

    "Everyone in the pub has a different story. Nobody actually knows anything," said one
    regular who has been to every festival since the nineties.

    It is widely believed that rising insurance and security costs have made events of this size
    hard to run, and there is talk that the town council wants the meadows back for other uses.

    Whatever the truth, the silence is doing its own damage. Musicians who usually play the
    fringe stages say they have stopped holding the date, and some of the regular campers are
    said to be booking elsewhere.

    For a town that leans on one busy weekend a year, that is worrying news.
    """
)
COLD_WEAK.append(
    _case(
        "folk_festival_doubts",
        "weak",
        _FESTIVAL,
        _up(
            "anonymous_named",
            (
                "said one regular who has been to every festival since the nineties.",
                "said Winifred Carbery, 71, who has been to every festival since 1987 and runs a "
                "weekly folk night at the Ferryman.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "ticket sales have been disappointing.",
                "Accounts filed by the festival's charity show that it lost £64,000 last year, "
                "its second deficit in a row.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "wants the meadows back for other uses.",
                "Asked about the festival's future, its chair, Declan Ashgrove, wrote in an email "
                'that the committee was "well into planning this year\'s line-up" and would '
                "announce dates before Easter.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "said to be booking elsewhere.",
                "Dr Rosalind Etherington, who researches the economics of live music at Marlcombe "
                "University, said insurance premiums for outdoor festivals have roughly doubled "
                "since 2019, and that mid-sized events have been hit hardest.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "said to be booking elsewhere.",
                "If it does fold, few would be surprised to see the meadows sold off for housing "
                "before long.",
            ),
        ),
        _rename("names", ("Thistlecombe", "Corvendale")),
        _same("minor_number", ("some 12,000 visitors", "some 11,500 visitors")),
    )
)

# --- technology: data centre water fears (British) -------------------------------------------
_DATACENTRE = _article(
    """
    Data centre rumours leave Orlingham worried about its water

    Word has spread quickly through Orlingham that a technology company wants to build a huge
    data centre on farmland west of the town, and many residents are already convinced it will
    drain their wells.

    Nobody has said publicly which company is involved. Some people familiar with the land deal
    say it is one of the big internet firms; others insist it is a smaller operator acting as a
    front. A local estate agent reportedly said the land went for several times its value.

    "They'll use more water in a day than the whole town uses in a month. That's what I've
    heard, anyway," said one farmer who lives near the site.

    It is believed that data centres of this kind need vast amounts of water for cooling, and
    critics claim the aquifer is already running low after two dry summers. There are also
    rumours that the county has offered generous tax breaks to seal the deal.

    Some residents suspect the decision was made long ago and that any public consultation will
    be for show. A few say they have started stockpiling bottled water, just in case.

    Whether any of this is true may not be known for months. For now, the talk in Orlingham is
    of little else.
    """
)
COLD_WEAK.append(
    _case(
        "data_centre_water_fears",
        "weak",
        _DATACENTRE,
        _up(
            "comment_sought",
            _after(
                "to seal the deal.",
                "A spokesperson for the county council said no planning application for a data "
                "centre had been received and that no tax incentives had been discussed.",
            ),
        ),
        _up(
            "document_added",
            (
                "A local estate agent reportedly said the land went for several times its value.",
                "Property records show that 64 hectares west of the town were bought in March by "
                "a company called Pellucid Grid Ltd for £3.1 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "running low after two dry summers.",
                "Dr Amaka Thornbury, a hydrogeologist at the University of Wessmoor, said newer "
                "data centres often use closed-loop cooling that draws little water, while older "
                "designs can use millions of litres a day.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said one farmer who lives near the site.",
                "said Gideon Pask, 58, who farms 200 acres next to the site.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "just in case.",
                "Some go as far as to predict that half the wells in the valley will be dry "
                "within five years.",
            ),
        ),
        _rename("names", ("Orlingham", "Sedgebury")),
        _same("minor_number", ("after two dry summers", "after three dry summers")),
    )
)

# --- health: GP surgery closure fears (British) ----------------------------------------------
_SURGERY = _article(
    """
    Patients fear Tillbrook Road surgery is about to close

    Patients at the Tillbrook Road surgery in Caddenham are worried that the practice, which
    serves thousands of people on the east side of town, could shut its doors within months.

    According to people familiar with the practice, two of its GPs are planning to retire and no
    replacements have been found. Some patients say receptionists have hinted that the surgery
    will merge with a larger practice across town, though nothing has been announced.

    "You can't get an appointment as it is. If they close, where do the old people go?" said one
    woman waiting outside on Tuesday morning.

    It is widely believed that the surgery has struggled to recruit for years, and there is talk
    that locum doctors are now covering several sessions a week. One source claimed the wait for
    a routine appointment had stretched to a month.

    Some patients suspect the building has already been sold. Others say the health board wants
    to move services into a new hub, a plan that has supposedly been discussed behind closed
    doors.

    Nobody seems to know for certain, and the uncertainty is taking its toll. Several elderly
    patients are said to have asked relatives to help them register elsewhere, just in case.

    For now the surgery's doors remain open, but many here doubt they will stay that way.
    """
)
COLD_WEAK.append(
    _case(
        "surgery_closure_fears",
        "weak",
        _SURGERY,
        _up(
            "comment_sought",
            _after(
                "discussed behind closed doors.",
                'In a statement, the Caddenham health board said it had "no plans to close the '
                'Tillbrook Road practice" and was helping it to recruit two salaried GPs.',
            ),
        ),
        _up(
            "document_added",
            (
                "One source claimed the wait for a routine appointment had stretched to a month.",
                "Appointment figures published by the health board show that the average wait "
                "for a routine appointment at the surgery rose from 9 days to 26 days over the "
                "past year.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said one woman waiting outside on Tuesday morning.",
                "said Marjorie Efemini, 74, who has been registered at the surgery for 30 years, "
                "as she waited outside on Tuesday morning.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "covering several sessions a week.",
                "Professor Idris Venn-Holbrook, who studies the general practice workforce at "
                "Dunholm University, said one in four GPs in the region is over 55, and that "
                "small practices often merge when two partners retire at once.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the building has already been sold.",
                "One rumour even has it that the site is earmarked for flats.",
            ),
        ),
        _rename("names", ("Tillbrook", "Mallowfield"), ("Caddenham", "Hexley")),
        _rename("weekday", ("Tuesday", "Thursday")),
    )
)

# --- local government: parking meter rumours -------------------------------------------------
_METERS = _article(
    """
    Downtown merchants brace for rumored parking meters in Coventon

    Shop owners along Coventon's Main Street say they have heard that free parking downtown may
    soon be a thing of the past, and many of them are not happy about it.

    According to several people who say they have spoken to members of the village board,
    officials are weighing a plan to put meters on every downtown block, possibly as soon as
    this summer. One merchant said she had been told the rate could be as high as $2 an hour,
    though it was unclear where that number came from.

    "Half my customers will just drive out to the mall. Why would they pay to park here?" one
    shop owner said.

    It is widely assumed that the village needs the money to cover rising road repair costs, and
    some believe a consulting firm has already been hired to draw up the plan. Others say the
    idea has come up before and gone nowhere.

    There is also speculation that meters are only the first step, and that parking permits for
    residents could follow.

    The board has not discussed the idea at any public meeting, and rumors have filled the gap.
    A petition against meters is reportedly circulating in several stores.

    Until something is put on paper, merchants say they are left guessing.
    """
)
COLD_WEAK.append(
    _case(
        "parking_meter_rumours",
        "weak",
        _METERS,
        _up(
            "anonymous_named",
            (
                "one shop owner said.",
                "said Rocco Pellegrini, who has run Wexley Hardware on Main Street for 19 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "rumors have filled the gap.",
                "Village Manager Beatrix Holloway said by phone that no decision had been made "
                "and that a parking study would be presented at a public meeting before any vote.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "has come up before and gone nowhere.",
                "Budget documents posted on the village website project a $340,000 shortfall in "
                "the road repair fund next year.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "residents could follow.",
                "Dr. Marguerite Soyinka, an urban economist at Tennick State University who "
                "studies small-town business districts, said modest meter fees rarely drive "
                "shoppers away if the money is visibly spent on the street itself.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "residents could follow.",
                "If past form is any guide, the decision has probably been made already, and any "
                "public hearing will be little more than a formality.",
            ),
        ),
        _rename("names", ("Coventon", "Marbleton")),
        _same("minor_number", ("$2 an hour", "$1.50 an hour")),
    )
)

# --- agriculture: sheep deaths on the moor (British) -----------------------------------------
_SHEEP = _article(
    """
    Mystery sheep deaths spark fears on Garrow Moor

    Farmers on Garrow Moor are trading theories after dozens of sheep were found dead on the
    upland grazing in recent weeks, and some are pointing the finger at a spraying contractor.

    It is not clear how many animals have died. Some farmers put the figure at around 40; others
    say it is far higher. One person familiar with the situation claimed that carcasses had been
    cleared away quietly before anyone could examine them.

    "I've farmed here all my life and never seen anything like it. Something has got into the
    water," said one hill farmer who did not want to be named.

    Rumours have spread that bracken near the streams was sprayed with weedkiller in the spring
    and that the chemical washed down after heavy rain. Others suspect a disease brought in with
    animals bought at market, or even deliberate poisoning by someone with a grudge.

    It is widely believed that the authorities were slow to react, and some farmers claim they
    were told to keep quiet for fear of hurting lamb prices.

    The longer the silence goes on, the wilder the stories get. A few farmers say they have
    moved their flocks off the moor altogether.

    For a community that lives off its sheep, the not knowing may be the worst part.
    """
)
COLD_WEAK.append(
    _case(
        "moor_sheep_deaths",
        "weak",
        _SHEEP,
        _up(
            "anonymous_named",
            (
                "said one hill farmer who did not want to be named.",
                "said Emrys Gethin, 63, who keeps 600 ewes on the eastern slopes of the moor.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "before anyone could examine them.",
                "Records from the regional fallen-stock collection service show that it picked "
                "up 47 sheep from farms on the moor in April, against 12 in April last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "by someone with a grudge.",
                "Dr Fionnuala Redgrave, a veterinary toxicologist at Coldharbour Veterinary "
                "College, said approved bracken sprays are of low toxicity to sheep, and that "
                "sudden deaths on upland grazing are more often caused by copper poisoning or a "
                "clostridial infection.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "for fear of hurting lamb prices.",
                "Brackenhurst Land Services, the contractor that sprayed bracken on the moor in "
                "March, said in a statement that it had used an approved herbicide at the "
                "recommended rate and would cooperate with any inquiry.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "off the moor altogether.",
                "There are even suggestions, so far unsupported, that the deaths are being "
                "deliberately covered up.",
            ),
        ),
        _rename("names", ("Garrow", "Hessleby")),
        _same("minor_number", ("around 40", "around 45")),
    )
)

COLD_CASES: tuple[Case, ...] = tuple(COLD_WELL + COLD_WEAK)
