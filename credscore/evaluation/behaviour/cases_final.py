"""A fifth, final set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases`,
:mod:`.cases_holdout`, :mod:`.cases_fresh` or :mod:`.cases_blind`: it is a fifth, independent
set of twelve base articles (seven WELL sourced, five WEAKLY sourced) and their variants,
written afresh as a blind measurement. The topics, people, places, organisations, figures and
sentences are new and fictional; nothing is copied from the other four sets, from any corpus or
example, or from the web. The edits were written from the definitions of good and bad sourcing
alone, and no text in this module was scored with a model or run through an extractor while it
was written.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials and at least one document or dataset with figures,
  and usually reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants of four different kinds and at least two ``up``
variants; each weak base has at least three ``up`` variants and one ``down``; every base has a
cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit, and the generic typography,
wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-02, the model retrained after the fourth set's fixes, nothing
changed with this set in view): directional 0.803 (53 of 66), cosmetic 1.000, well - weak
+69.5. Its failures were then read and the classes they showed fixed, so the set is no longer
blind.
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

FINAL_WELL: list[Case] = []
FINAL_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- utilities: drinking-water boil notice ---------------------------------------------------
_BOIL = _article(
    """
    Boil-water notice for 31,000 Quillhaven homes after E. coli found at treatment works

    About 31,000 households in Quillhaven were told on Friday to boil their tap water before
    drinking it, after routine tests found E. coli bacteria in water leaving the Sallowmead
    treatment works.

    Laboratory results released by the Quillhaven Water Authority show that 3 of 22 samples
    taken on Thursday tested positive, and that chlorine at the plant's outlet had dropped to 0.1
    milligrams per litre, a fifth of the authority's usual target.

    "A dosing pump failed overnight and the backup did not switch on as it should have," said
    Apollonia Olawuyi, the authority's operations director. "We will keep the notice in place
    until we have two clean days of samples in a row."

    Dr. Tobiah Renwick, a microbiologist at Harlund University who advises the state on
    drinking-water safety, said the precaution was sensible. "Most strains of E. coli are
    harmless, but a routine test cannot tell you which kind you have, so you boil," he said.

    Rafaela Culshaw, who runs a daycare on Fenner Road, said she heard about the notice from a
    neighbour rather than from the authority. "Nobody texted us, and we have forty toddlers
    here," she said.

    Asked about the alerts, the authority's spokesman, Dev Pengelly, said text messages had
    reached only 60 percent of customers because of an error in its contact list, and that the
    list was being corrected.
    """
)
FINAL_WELL.append(
    _case(
        "boil_water_notice",
        "well",
        _BOIL,
        _down(
            "named_to_anonymous",
            (
                "said Apollonia Olawuyi, the authority's operations director.",
                "said an official at the authority.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(
                "Laboratory results released by the Quillhaven Water Authority show that 3 of 22 "
                "samples taken on Thursday tested positive, and that chlorine at the plant's "
                "outlet had dropped to 0.1 milligrams per litre, a fifth of the authority's usual "
                "target.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Tobiah Renwick, a microbiologist at Harlund University who advises the "
                "state on drinking-water safety, said the precaution was sensible. "
                '"Most strains of E. coli are harmless, but a routine test cannot tell you which '
                'kind you have, so you boil," he said.',
                "The precaution is a sensible one. Most strains of E. coli are harmless, but a "
                "routine test cannot tell you which kind you have, so you boil.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'we have forty toddlers here," she said.',
                "Plenty of people on her street are convinced the water has been bad for weeks "
                "and that the authority is only owning up now because it got caught.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a fifth of the authority's usual target.",
                "A 2022 inspection report by the state drinking water regulator had listed the "
                "plant's backup dosing pump, installed in 1998, among 14 items overdue for "
                "replacement.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'so you boil," he said.',
                "Dr. Dorotea Anselmo, a public health physician and former state epidemiologist, "
                "said infants, older people and anyone with a weakened immune system should also "
                "use boiled or bottled water to brush their teeth until the notice is lifted.",
            ),
        ),
        _rename(
            "names",
            ("Quillhaven", "Dunstowe"),
            ("Sallowmead", "Ferncastle"),
            ("Apollonia", "Ottavia"),
            ("Olawuyi", "Haverstock"),
            ("Tobiah", "Ciaran"),
            ("Renwick", "Ibekwe"),
            ("Harlund", "Polwhele"),
            ("Rafaela", "Parveen"),
            ("Culshaw", "Trewartha"),
            ("Fenner", "Gallowgate"),
            ("Dev", "Cathal"),
            ("Pengelly", "Sotomayor"),
        ),
        _rename("weekday", ("Friday", "Saturday")),
        _same("minor_number", ("forty toddlers", "forty-two toddlers")),
    )
)

# --- health: hospital IT outage --------------------------------------------------------------
_OUTAGE = _article(
    """
    Ransomware attack forced St. Ebbard's to divert ambulances for 52 hours, review says

    St. Ebbard's General Hospital in Mortonbury diverted ambulances to other hospitals for 52
    hours last month after a ransomware attack shut down its patient records system, according
    to an internal review presented to the hospital's board on Monday.

    The 40-page review found that 118 planned operations were cancelled and that staff fell back
    on paper charts for nine days. It also found that the hospital's backup servers sat on the
    same network as the main system, so the attackers were able to encrypt both.

    "We had a plan on paper. It assumed the backups would survive, and they did not," said Dr.
    Ifeoma Sandvik, the hospital's chief medical officer, who told the board that no patient
    had died as a result of the delays.

    Anjali Ramaswamy, a cybersecurity researcher at the Denholm Institute of Technology who has
    advised health systems on ransomware, said keeping backups offline is "the first lesson
    in every guidance document written in the last decade."

    Ansgar Vandersloot, a nurse in the emergency department, said staff worked double shifts to
    copy medication records by hand. "We were terrified of getting a dose wrong," he said.

    Ketterline Systems, the contractor that managed the servers, said in a statement that it had
    recommended separating the backups in 2022 but that the hospital had not approved the cost.
    The hospital's chief executive, Catriona Ferraby, said she would respond to that claim once
    an independent investigation was complete.
    """
)
FINAL_WELL.append(
    _case(
        "hospital_ransomware_outage",
        "well",
        _OUTAGE,
        _down(
            "named_to_anonymous",
            (
                "Ansgar Vandersloot, a nurse in the emergency department, said",
                "A nurse in the emergency department, who asked not to be named, said",
            ),
        ),
        _down(
            "documents_removed",
            ("for 52 hours, review says", "for 52 hours"),
            (
                "shut down its patient records system, according to an internal review presented "
                "to the hospital's board on Monday.",
                "shut down its patient records system.",
            ),
            (
                "The 40-page review found that 118 planned operations were cancelled and that "
                "staff fell back on paper charts for nine days. It also found that the hospital's "
                "backup servers sat",
                "Operations were cancelled and staff fell back on paper charts. The hospital's "
                "backup servers are understood to have sat",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Anjali Ramaswamy, a cybersecurity researcher at the Denholm Institute of "
                "Technology who has advised health systems on ransomware, said keeping backups "
                'offline is "the first lesson in every guidance document written in the last '
                'decade."',
                "Keeping backups offline is the first lesson in every guidance document written "
                "in the last decade.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "no patient had died as a result of the delays.",
                "Not everyone on the wards believes that, and there is quiet talk that the full "
                "toll of those two days may simply never come out.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "so the attackers were able to encrypt both.",
                "Minutes of the board's finance committee from March 2022, seen by this newspaper, "
                "show that a $380,000 request to move the backups to a separate network was "
                "deferred to a later budget year.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'written in the last decade."',
                "Dr. Solvei Akinwande, an emergency physician who studies hospital diversions at "
                "the Kellaway School of Medicine, said a two-day diversion typically adds 10 to 15 "
                "minutes to the journey of heart attack and stroke patients, time that can affect "
                "their recovery.",
            ),
        ),
        _rename(
            "names",
            ("Ebbard's", "Benedict's"),
            ("Mortonbury", "Ellsworth"),
            ("Ifeoma", "Theodora"),
            ("Sandvik", "Dlamini"),
            ("Anjali", "Margarethe"),
            ("Ramaswamy", "Ravenhill"),
            ("Denholm", "Rushworth"),
            ("Ansgar", "Ignatz"),
            ("Vandersloot", "Hammersley-Ojo"),
            ("Catriona", "Ludmila"),
            ("Ferraby", "Lockhart"),
        ),
        _rename("weekday", ("Monday", "Wednesday")),
        _same("minor_number", ("118 planned operations", "121 planned operations")),
    )
)

# --- sport: marathon course error ------------------------------------------------------------
_MARATHON = _article(
    """
    Sandergate Harbour Marathon course was 340 metres short, measurement audit finds

    Runners in this year's Sandergate Harbour Marathon ran a course about 340 metres shorter than
    the official distance, an audit by the national athletics federation confirmed on Thursday,
    meaning that 212 qualifying times will not count.

    The audit report, signed by the federation's course measurement officer, found that a
    turnaround cone on Pellam Avenue had been placed 170 metres early, cutting the out-and-back
    section by twice that distance. The route had been certified in February; the cone was moved
    on race morning because of a water main repair.

    "We changed the route by a few metres to get around a road closure and nobody re-measured
    it. That is on us," said Radmila Blackwood, the race director.

    Dr. Chidubem Strandquist, a sports scientist at Ravelston University who has measured courses
    for the federation for 15 years, said the error would have cut roughly a minute from most
    finishing times. "For someone chasing a qualifying standard, a minute is everything," he
    said.

    Ximena Pellington, a teacher who finished in 3 hours 28 minutes, said she had trained for two
    years to qualify for the national championship. "Now I am told my time does not exist," she
    said.

    The federation's chief executive, Oswin Maddox, said runners could still use their times as
    personal bests but not for rankings. Sandergate's city council, which ordered the road
    closure, said it had told the organisers about it two days before the race.
    """
)
FINAL_WELL.append(
    _case(
        "marathon_short_course",
        "well",
        _MARATHON,
        _down(
            "named_to_anonymous",
            (
                "said Radmila Blackwood, the race director.",
                "said someone involved in organising the race.",
            ),
        ),
        _down(
            "documents_removed",
            ("340 metres short, measurement audit finds", "340 metres short"),
            (
                "an audit by the national athletics federation confirmed on Thursday,",
                "it emerged on Thursday,",
            ),
            _remove(
                "The audit report, signed by the federation's course measurement officer, found "
                "that a turnaround cone on Pellam Avenue had been placed 170 metres early, "
                "cutting the out-and-back section by twice that distance. The route had been "
                "certified in February; the cone was moved on race morning because of a water "
                "main repair.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Ximena Pellington, a teacher who finished in 3 hours 28 minutes, said she had "
                "trained for two years to qualify for the national championship. "
                '"Now I am told my time does not exist," she said.',
                "Some runners had trained for years to qualify for the national championship, "
                "only to be told their times do not exist.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "two days before the race.",
                "On running forums the theory doing the rounds is that the organisers knew the "
                "course was short before the gun went and decided to say nothing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "cut roughly a minute from most finishing times.",
                "GPS files uploaded by 1,430 finishers and analysed by the federation give a "
                "median distance of 41.85 kilometres, against the official 42.195.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'a minute is everything," he said.',
                "Marjory Quarmby-Idowu, one of 9 course measurers in the country accredited by "
                "the international athletics body, said any change to a certified route, however "
                "small, has to be re-measured with a calibrated bicycle before the race.",
            ),
        ),
        _rename(
            "names",
            ("Sandergate", "Wystan"),
            ("Pellam", "Corriebrook"),
            ("Radmila", "Saskia"),
            ("Blackwood", "Okorafor"),
            ("Chidubem", "Kasimir"),
            ("Strandquist", "Abernathy-Cole"),
            ("Ravelston", "Milbury"),
            ("Ximena", "Gwendolen"),
            ("Pellington", "Takahashi"),
            ("Oswin", "Bartelmy"),
            ("Maddox", "Tavares-Lund"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("3 hours 28 minutes", "3 hours 26 minutes")),
    )
)

# --- culture: theatre ceiling collapse -------------------------------------------------------
_THEATRE = _article(
    """
    Ceiling that fell on Gansey Playhouse audience was flagged in 2021 survey

    Part of the plaster ceiling of the Gansey Playhouse in Ravensholt collapsed during a Saturday
    matinee, injuring nine people, two of them seriously, the town's fire service said.

    A structural survey commissioned by the theatre's trustees in 2021, which this newspaper has
    obtained, warned that the fixings holding up the auditorium ceiling were "corroded in several
    areas" and recommended a full inspection within 18 months at an estimated cost of $95,000.
    The trust's published accounts show no spending on the ceiling since.

    "There was a crack, then dust, then a section about the size of a car came down over rows F
    to H," said Valerian Nyquist-Hale, the station commander who led the response.

    Dr. Carys Obafemi, a chartered structural engineer who lectures in building conservation at
    Lanyon University, said ceilings of that age hang from plaster ties that weaken over the
    decades. "That survey is a warning. It is not something you leave on a shelf," she said.

    Audience member Farrukh Delane said he pulled an elderly woman from under the debris. "She
    kept apologising for being in the way," he said.

    The chair of the trustees, Domenica Scarrott, said the board had been trying to raise money
    for repairs and had not understood the survey to mean the ceiling was dangerous. The theatre
    will stay closed while the council's building control office investigates.
    """
)
FINAL_WELL.append(
    _case(
        "theatre_ceiling_collapse",
        "well",
        _THEATRE,
        _down(
            "named_to_anonymous",
            (
                "said Valerian Nyquist-Hale, the station commander who led the response.",
                "according to one of the firefighters who went in.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Ceiling that fell on Gansey Playhouse audience was flagged in 2021 survey",
                "Ceiling falls on Gansey Playhouse audience, injuring nine",
            ),
            _remove(
                "A structural survey commissioned by the theatre's trustees in 2021, which this "
                "newspaper has obtained, warned that the fixings holding up the auditorium "
                'ceiling were "corroded in several areas" and recommended a full inspection '
                "within 18 months at an estimated cost of $95,000. The trust's published accounts "
                "show no spending on the ceiling since.\n\n"
            ),
            ('"That survey is a warning.', '"Any crack is a warning.'),
            (
                "had not understood the survey to mean the ceiling was dangerous.",
                "had not thought the ceiling was dangerous.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Carys Obafemi, a chartered structural engineer who lectures in building "
                "conservation at Lanyon University, said ceilings of that age hang from plaster "
                'ties that weaken over the decades. "That survey is a warning. It is not something '
                'you leave on a shelf," she said.',
                "Ceilings of that age hang from plaster ties that weaken over the decades, and a "
                "survey like that is a warning, not something to leave on a shelf.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'for being in the way," he said.',
                "Who is to say the town's other old halls are not hiding the same rot, and there "
                "are those who wonder whether the repair money went somewhere else entirely.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "show no spending on the ceiling since.",
                "Minutes of a trustees' meeting in March 2023 record a contractor's quote of "
                '$112,000 for the ceiling work, marked "deferred pending fundraising."',
            ),
        ),
        _up(
            "expert_added",
            _after(
                'It is not something you leave on a shelf," she said.',
                "Jethro Brandreth, who has inspected more than 70 historic auditoriums for the "
                "national Theatres Heritage Trust, said most such ceilings can be made safe within "
                "weeks once the ties are checked from above.",
            ),
        ),
        _rename(
            "names",
            ("Gansey", "Orrell"),
            ("Ravensholt", "Cradley"),
            ("Valerian", "Ptolemy"),
            ("Nyquist-Hale", "Lindeberg"),
            ("Carys", "Marigold"),
            ("Obafemi", "Skjoldberg"),
            ("Lanyon", "Greythorne"),
            ("Farrukh", "Anastazy"),
            ("Delane", "Moyo"),
            ("Domenica", "Thomasine"),
            ("Scarrott", "Kettlewell"),
        ),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("estimated cost of $95,000", "estimated cost of $97,000")),
    )
)

# --- policing: body-camera policy ------------------------------------------------------------
_BODYCAM = _article(
    """
    Lindhurst police must keep body cameras on for entire calls after audit finds gaps

    The Lindhurst Police Department will require officers to keep body-worn cameras recording
    from dispatch until they leave a scene, Chief Chinasa Adetokunbo announced on Wednesday, after a
    city audit found that cameras had been off during parts of nearly a third of use-of-force
    incidents.

    The city auditor's report, released last week, reviewed 246 incidents from 2023 and found
    that in 79 of them at least part of the encounter was not recorded. In 31, no footage existed
    at all.

    "The public cannot trust what it cannot see, and frankly neither can I," Adetokunbo said at a
    news conference.

    Professor Joaquim Elstow, a criminologist at Marlowe State University who has studied
    body-camera programmes in 40 police departments, said whole-call rules generally lift
    recording rates above 90 percent, but only if supervisors check compliance. "A policy nobody
    audits is a suggestion," he said.

    Dellarae Fontaine, whose brother was injured during a 2023 arrest for which no footage
    exists, said the change came too late for her family. "We were told the camera was not
    working. We will never know," she said.

    The president of the Lindhurst Police Officers' Association, Sgt. Mikkel Obuya, said officers
    supported recording but that cameras often failed in heavy rain and batteries ran flat on
    long shifts. The department said it had ordered 310 replacement batteries.
    """
)
FINAL_WELL.append(
    _case(
        "police_bodycam_policy",
        "well",
        _BODYCAM,
        _down(
            "named_to_anonymous",
            (
                "The president of the Lindhurst Police Officers' Association, Sgt. Mikkel Obuya, "
                "said officers",
                "A union official said officers",
            ),
        ),
        _down(
            "documents_removed",
            (
                "after audit finds gaps",
                "amid complaints",
            ),
            (
                "after a city audit found that cameras had been off during parts of nearly a "
                "third of use-of-force incidents.",
                "amid complaints that cameras were often switched off.",
            ),
            _remove(
                "The city auditor's report, released last week, reviewed 246 incidents from 2023 "
                "and found that in 79 of them at least part of the encounter was not recorded. "
                "In 31, no footage existed at all.\n\n"
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Professor Joaquim Elstow, a criminologist at Marlowe State University who has "
                "studied body-camera programmes in 40 police departments, said whole-call rules "
                "generally lift recording rates above 90 percent, but only if supervisors check "
                'compliance. "A policy nobody audits is a suggestion," he said.',
                "Experience elsewhere suggests whole-call rules lift recording rates above 90 "
                "percent, but only if supervisors check compliance; a policy nobody audits is a "
                "suggestion.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'We will never know," she said.',
                "Critics suspect some officers switched their cameras off on purpose, and it may "
                "only be a matter of time before a court case shows as much.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "In 31, no footage existed at all.",
                "Court records show the city paid $1.4 million in 2023 to settle four lawsuits in "
                "which body-camera footage was missing.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                '"A policy nobody audits is a suggestion," he said.',
                "Anneliese Moruzzi, a civil rights lawyer who has litigated police misconduct "
                "cases for 20 years and teaches evidence law at Greyfield Law School, said missing "
                "footage routinely decides whether such cases settle or go to trial.",
            ),
        ),
        _rename(
            "names",
            ("Lindhurst", "Fernleigh"),
            ("Chinasa", "Emmeline"),
            ("Adetokunbo", "Okonjo"),
            ("Joaquim", "Aurelius"),
            ("Elstow", "Rossignol"),
            ("Marlowe", "Drumlithie"),
            ("Dellarae", "Xiomara"),
            ("Fontaine", "Pargeter"),
            ("Mikkel", "Eskil"),
            ("Obuya", "Montclair"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("310 replacement batteries", "320 replacement batteries")),
    )
)

# --- education: school lunch contract --------------------------------------------------------
_LUNCH = _article(
    """
    Pitchcombe schools' lunch contract went to lowest-scoring bidder, records show

    The Pitchcombe Unified School District awarded a $6.3 million school lunch contract to a
    caterer whose bid was ranked last of four by the district's own evaluation panel, according
    to procurement records obtained by this newspaper through a public records request.

    The panel's scoring sheets give Meadowgate Catering 58 points out of 100, against 81 for the
    top-ranked bidder, with low marks for nutrition and for its plan to reheat frozen meals rather
    than cook on site. The school board approved the contract 5-2 in June without discussing the
    scores.

    "I asked to see the evaluation and was told it was confidential," said board member Ernestine
    Araujo, who voted against. "It is not confidential anymore."

    Dr. Halima Westerby, a registered dietitian and professor of nutrition at Drummondvale
    College, reviewed the menus at this newspaper's request and found that 11 of 20 sample
    lunches exceeded federal sodium limits. "These are not meals I would want a seven-year-old
    eating every day," she said.

    Parents at Larkfield Elementary have complained since September about cold food and small
    portions, said the school's PTA president, Gaspard Ilori.

    Superintendent Georgiana Polkinghorne said in an email that the board had weighed price as well
    as quality and that Meadowgate's bid was $900,000 cheaper over three years. Meadowgate's
    owner, Joakim Purcell, did not respond to phone calls and emails.
    """
)
FINAL_WELL.append(
    _case(
        "school_lunch_contract",
        "well",
        _LUNCH,
        _down(
            "named_to_anonymous",
            (
                "said board member Ernestine Araujo, who voted against.",
                "said a board member who voted against and spoke on condition of anonymity.",
            ),
        ),
        _down(
            "documents_removed",
            ("lowest-scoring bidder, records show", "lowest-scoring bidder"),
            (
                "evaluation panel, according to procurement records obtained by this newspaper "
                "through a public records request.",
                "evaluation panel.",
            ),
            (
                "The panel's scoring sheets give Meadowgate Catering 58 points out of 100, "
                "against 81 for the top-ranked bidder, with low marks for nutrition and for its "
                "plan to reheat",
                "The winner, Meadowgate Catering, plans to reheat",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "small portions, said the school's PTA president, Gaspard Ilori.",
                "small portions.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "without discussing the scores.",
                "There are murmurs that someone on the board has a personal tie to Meadowgate, "
                "which would go some way to explaining the vote.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "cold food and small portions, said the school's PTA president, Gaspard Ilori.",
                "County health inspection records show that Meadowgate's central kitchen was cited "
                "for 7 food-safety violations in 2023, including holding cooked chicken at unsafe "
                "temperatures.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                '"It is not confidential anymore."',
                "Zofia Zielinska, who teaches public procurement law at Tamberlane University "
                "and has advised three state auditors, said boards may choose a lower-ranked bid "
                "but are expected to record their reasons in public.",
            ),
        ),
        _rename(
            "names",
            ("Pitchcombe", "Pelham"),
            ("Meadowgate", "Brookfare"),
            ("Ernestine", "Josephine"),
            ("Araujo", "Sundqvist-Addo"),
            ("Halima", "Hildegund"),
            ("Westerby", "Nnamdi"),
            ("Drummondvale", "Ellerslie"),
            ("Larkfield", "Bramblecote"),
            ("Gaspard", "Tiberius"),
            ("Ilori", "Van Buren"),
            ("Georgiana", "Seraphina"),
            ("Polkinghorne", "Stonebridge"),
            ("Joakim", "Osric"),
            ("Purcell", "Ventris"),
        ),
        _same("minor_number", ("$900,000 cheaper", "$870,000 cheaper")),
    )
)

# --- health: rural ambulance response times --------------------------------------------------
_AMBULANCE = _article(
    """
    Rural Hesketh County ambulances now take 19 minutes to reach urgent calls, state data show

    Ambulances in rural parts of Hesketh County took a median of 19 minutes to reach the most
    urgent calls last year, up from 13 minutes in 2019, according to state emergency medical
    services data released on Tuesday.

    The figures show that in the county's three most remote townships, one in five
    life-threatening calls waited more than 30 minutes. The state target for rural areas is 15
    minutes.

    "Those numbers are people lying on a kitchen floor waiting for us," said Corbin Flaherty, a
    paramedic with 22 years on the county's ambulance service.

    Dr. Liesbet Vuletic, an emergency physician and professor at the Rensworth School of Medicine
    who studies rural response times, said the likeliest cause was the closure of two ambulance
    stations in 2021. "Take a station away and the nearest crew is suddenly 20 miles off," she
    said.

    The county's emergency services director, Luther Polgrean, said recruitment was the bigger
    problem: the service has 14 vacant paramedic posts out of 61, according to its latest
    staffing report. "We have trucks sitting in the garage with nobody to drive them," he said.

    Orla Penwarden, whose husband waited 41 minutes for an ambulance after a heart attack in
    March, said she had written to every county commissioner. Commissioner Wilfred Esterhuizen,
    who voted to close the stations, said he had not yet seen the new data and would comment
    after reviewing it.
    """
)
FINAL_WELL.append(
    _case(
        "rural_ambulance_delays",
        "well",
        _AMBULANCE,
        _down(
            "named_to_anonymous",
            (
                "said Corbin Flaherty, a paramedic with 22 years on the county's ambulance "
                "service.",
                "said a veteran paramedic, speaking on condition of anonymity.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "take 19 minutes to reach urgent calls, state data show",
                "are taking longer to reach urgent calls",
            ),
            (
                "took a median of 19 minutes to reach the most urgent calls last year, up from 13 "
                "minutes in 2019, according to state emergency medical services data released on "
                "Tuesday.",
                "are taking longer than they used to to reach the most urgent calls.",
            ),
            (
                "The figures show that in the county's three most remote townships, one in five "
                "life-threatening calls waited more than 30 minutes.",
                "The wait is said to be worst in the county's three most remote townships.",
            ),
            (
                "14 vacant paramedic posts out of 61, according to its latest staffing report.",
                "a number of vacant paramedic posts.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The county's emergency services director, Luther Polgrean, said recruitment was "
                "the bigger problem:",
                "Recruitment is the bigger problem:",
            ),
            (
                '"We have trucks sitting in the garage with nobody to drive them," he said.',
                "Trucks are sitting in the garage with nobody to drive them.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "she had written to every county commissioner.",
                "One can only guess how many deaths have gone uncounted, and some in the "
                "townships are sure the stations were shut to pay for new county offices.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "closure of two ambulance stations in 2021.",
                "A consultants' report commissioned by the county in 2020 had estimated that the "
                "closures would add 4 to 6 minutes to rural response times.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                'the nearest crew is suddenly 20 miles off," she said.',
                "Dr. Marek Sorrentino, a cardiologist at Halloway Memorial Hospital who has "
                "published research on cardiac arrest survival, said a patient's chance of "
                "surviving a cardiac arrest falls by roughly 7 to 10 percent with every minute "
                "without treatment.",
            ),
        ),
        _rename(
            "names",
            ("Hesketh", "Blenheim"),
            ("Corbin", "Leofric"),
            ("Flaherty", "Iheanacho"),
            ("Liesbet", "Mirabel"),
            ("Vuletic", "Grimaldi"),
            ("Rensworth", "Calderbank"),
            ("Luther", "Ephraim"),
            ("Polgrean", "Kamau"),
            ("Orla", "Ethelind"),
            ("Penwarden", "Quigley"),
            ("Wilfred", "Horace"),
            ("Esterhuizen", "Lamontagne"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("waited 41 minutes", "waited 43 minutes")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- environment: toxic algae fears ----------------------------------------------------------
_ALGAE = _article(
    """
    Is Lake Merriwen's green scum making dogs sick?

    Dog owners around Lake Merriwen are spooked after word spread that several pets fell ill,
    and one may have died, after swimming near the north beach last weekend.

    Nobody seems quite sure what happened. Some blame a toxic algae bloom, pointing to a bright
    green film that has appeared along the shore in the past fortnight. Others think the dogs may
    simply have eaten something rotten on the sand.

    "You can smell it from the car park. Anyone who lets their kids in there is mad," said one
    regular walker, who did not want to give her name.

    A post shared hundreds of times online claims a vet in town has treated half a dozen dogs
    with liver trouble this month, though it was not clear where that figure came from. There is
    also talk that the lake was tested in the spring and the results were never made public.

    Some residents suspect the hot weather and run-off from nearby farms are to blame, and a few
    are calling for the beaches to be shut for the rest of the summer.

    It is possible the bloom will clear by itself within days. It is also possible it will get
    worse. Until someone in charge says something, many owners say they are keeping their dogs
    on the lead.
    """
)
FINAL_WEAK.append(
    _case(
        "lake_algae_dog_fears",
        "weak",
        _ALGAE,
        _up(
            "anonymous_named",
            (
                "A post shared hundreds of times online claims a vet in town has treated half a "
                "dozen dogs with liver trouble this month, though it was not clear where that "
                "figure came from.",
                "Dr. Leontyne Harker, a veterinarian at the Merriwen Animal Clinic, said she had "
                "treated six dogs with signs of liver damage this month, all of which had swum in "
                "the lake.",
            ),
        ),
        _up(
            "document_added",
            (
                "There is also talk that the lake was tested in the spring and the results were "
                "never made public.",
                "Water-quality results published by the regional environment agency show that a "
                "sample taken at the north beach on June 3 contained 38 micrograms per litre of "
                "microcystin, a toxin made by blue-green algae, against the agency's swimming "
                "limit of 8.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to be shut for the rest of the summer.",
                "Asked about the reports, Serafin Sallis, a spokesman for the Merriwen parks "
                "department, said staff had taken water samples on Monday and would put up "
                "warning signs if toxins were found.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "eaten something rotten on the sand.",
                "Dr. Zainab Tamblyn, a freshwater ecologist at Pethwick University who has studied "
                "cyanobacteria for 15 years, said a bright green film in hot, still weather is "
                "typical of a bloom, and that dogs are at particular risk because they lick the "
                "scum from their fur.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the results were never made public.",
                "If that is true, it is hard to believe it was an accident.",
            ),
        ),
        _rename("names", ("Merriwen", "Askerby")),
        _same("minor_number", ("in the past fortnight", "in the past ten days")),
    )
)

# --- sport: match-fixing rumour --------------------------------------------------------------
_CUPTIE = _article(
    """
    Whispers of a fixed match hang over Brockhollow Rovers' cup exit

    Rovers fans have been left asking questions after their team crashed out of the county cup
    on Saturday, with a late penalty decision now at the centre of a swirl of rumours.

    Several supporters claim they saw the referee chatting with men from the visitors' bench
    before kick-off. Others say a large bet was placed on the exact score with a bookmaker in the
    city, though nobody has been able to say who placed it or how much was involved.

    "Everyone at the ground knew something was off. You don't give a penalty like that by
    accident," said one season-ticket holder, who asked not to be named.

    A message doing the rounds on fan forums alleges that the same referee has been investigated
    before, while another hints that he is in money trouble. Neither claim could be checked.

    Some people close to the club are said to be furious, and there is speculation that Rovers
    could lodge a formal complaint. Others believe the whole thing is sour grapes after a poor
    performance.

    What really happened on Saturday may never be known. But for many in Brockhollow, the doubts
    will linger well beyond the end of the season.
    """
)
FINAL_WEAK.append(
    _case(
        "cup_match_fixing_rumour",
        "weak",
        _CUPTIE,
        _up(
            "anonymous_named",
            (
                "said one season-ticket holder, who asked not to be named.",
                "said Alastair Menteith, who chairs the Brockhollow Rovers Supporters' Trust.",
            ),
        ),
        _up(
            "document_added",
            (
                "Others say a large bet was placed on the exact score with a bookmaker in the "
                "city, though nobody has been able to say who placed it or how much was involved.",
                "An alert issued by the national betting integrity unit, seen by this newspaper, "
                "flags 27 bets totalling $41,000 on the exact score of the match, most of them "
                "placed within an hour of kick-off.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Neither claim could be checked.",
                "Contacted by this newspaper, the county football association's head of "
                "refereeing, Tamsyn Lisle, said the referee had an unblemished record and that "
                "anyone with evidence of wrongdoing should give it to the association's integrity "
                "officer.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'by accident," said one season-ticket holder, who asked not to be named.',
                "Barnabas Okereke, a former international referee who now assesses officials for "
                "the national association, watched the footage at this newspaper's request and "
                "said the penalty was a defensible call, if a harsh one.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "sour grapes after a poor performance.",
                "Then again, if money really did change hands, it would hardly be the first time "
                "a small club's cup run was sold behind its back.",
            ),
        ),
        _rename("names", ("Brockhollow", "Kellerby")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- rural: big cat sightings ----------------------------------------------------------------
_BIGCAT = _article(
    """
    Big cat on the loose near Caddon Moor? Sightings stir fear among farmers

    Talk of a large black cat prowling the farmland around Caddon Moor has spread fast this
    month, with some residents convinced that an escaped panther is living in the woods.

    The first sighting is said to have come from a delivery driver who spotted "something the
    size of a Labrador but moving like a cat" crossing a lane at dusk. Since then several more
    people claim to have seen it, mostly at night and usually from a distance.

    "I've lost three lambs in a fortnight, and no fox did that," said one sheep farmer, who did
    not want his name published.

    Some believe the animal escaped from a private collection years ago and has been breeding
    ever since. Others suspect the whole thing is a misidentified pet or a hoax that got out of
    hand. A blurry photograph circulating online appears to show a dark shape near a hedge, but
    it is impossible to tell how big it is.

    There are also claims that the authorities know more than they are letting on, though
    nobody has said which authorities or what they might know.

    For now, parents on the edge of the moor say they are keeping their children indoors after
    dark, just in case.
    """
)
FINAL_WEAK.append(
    _case(
        "moor_big_cat_sightings",
        "weak",
        _BIGCAT,
        _up(
            "anonymous_named",
            (
                "said one sheep farmer, who did not want his name published.",
                "said Bramwell Tosh, who keeps 400 ewes at Highcleugh Farm on the edge of the "
                "moor.",
            ),
        ),
        _up(
            "document_added",
            (
                "There are also claims that the authorities know more than they are letting on, "
                "though nobody has said which authorities or what they might know.",
                "Police incident logs released under a freedom of information request show 11 "
                "reports of a large cat in the Caddon Moor area since 2019, none of them "
                "confirmed.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "it is impossible to tell how big it is.",
                "Dr. Ailbhe Meekings, a mammal ecologist who has examined more than 60 reported "
                "big-cat photographs for the national wildlife survey, said that without "
                "something of known size in the frame, a domestic cat can easily be mistaken "
                "for a much larger animal.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "which authorities or what they might know.",
                "A spokeswoman for the county police, Petronella Grange, said officers had "
                "followed up two of the reports and found no evidence of a large cat, and that "
                "no licensed exotic animal had been reported missing.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "has been breeding ever since.",
                "If so, there could be a whole family of them out there by now.",
            ),
        ),
        _rename("names", ("Caddon", "Wetherlow")),
        _same("minor_number", ("lost three lambs", "lost four lambs")),
    )
)

# --- local politics: mayor resignation rumour ------------------------------------------------
_MAYOR = _article(
    """
    Will Mayor Wragge quit before the budget vote? Town hall rumours swirl

    Speculation is growing in Eldmouth that Mayor Prudencia Wragge could step down within weeks,
    though she has said nothing publicly and her office has been quiet.

    According to people who claim to know, the mayor has fallen out badly with members of her
    own party over plans to raise parking charges by 40 percent. Some say she has already told
    close friends she has had enough. Others insist she is simply taking time off for family
    reasons.

    "You can feel it in the building. Nobody's talking about next year because nobody thinks
    she'll be here," said one council employee, who asked not to be named because staff are not
    allowed to speak to the press.

    There are also suggestions that a deputy has been quietly lining up support to take over,
    and that a special election would cost the town a small fortune. How much, nobody can say.

    Critics of the mayor say a resignation would be the best thing for Eldmouth. Her supporters
    say the rumours are being spread on purpose to weaken her before the budget vote.

    It is unclear how much of this is true. Until the mayor speaks for herself, residents are
    left to guess.
    """
)
FINAL_WEAK.append(
    _case(
        "mayor_resignation_rumour",
        "weak",
        _MAYOR,
        _up(
            "comment_sought",
            (
                "It is unclear how much of this is true. Until the mayor speaks for herself, "
                "residents are left to guess.",
                'Reached by phone on Thursday, Wragge said she had "no plans to go anywhere" '
                "and would present the budget herself next month. Her office said the time off "
                "had been for a family funeral.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said one council employee, who asked not to be named because staff are not "
                "allowed to speak to the press.",
                "said Councillor Leofric Arkwright, who chairs the council's finance committee "
                "and sits in Wragge's party group.",
            ),
        ),
        _up(
            "document_added",
            (
                "would cost the town a small fortune. How much, nobody can say.",
                "would be costly. The town clerk's published accounts show that the last special "
                "election, in 2019, cost $185,000.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "taking time off for family reasons.",
                "It would not be much of a stretch to imagine a health scare behind it all.",
            ),
        ),
        _rename(
            "names",
            ("Prudencia", "Honorine"),
            ("Wragge", "Garroway"),
            ("Eldmouth", "Pennistow"),
        ),
        _same("minor_number", ("by 40 percent", "by 45 percent")),
    )
)

# --- education: college merger rumour --------------------------------------------------------
_COLLEGE = _article(
    """
    Is Cardew Valley College about to be swallowed by a bigger rival?

    Students and staff at Cardew Valley College are uneasy amid rumours that the small liberal arts
    college is about to be merged into a much larger university, and that some of its courses
    could disappear.

    The talk started, apparently, after a group of visitors in suits was seen touring the campus
    last month. Since then the stories have multiplied: that a deal has already been signed, that
    the college's debts are far worse than anyone admits, that the music and philosophy
    departments will be the first to go.

    "We've been told nothing, which tells you everything," said a lecturer who did not want to be
    identified for fear of losing her job.

    Some alumni believe the college has been badly run for years. Others think a merger may be
    the only way to keep it open at all. A few students have started an online petition, though
    it is not clear exactly what they are petitioning against.

    One rumour doing the rounds claims enrolment has fallen by almost half in five years. That
    could not be confirmed.

    Whatever the truth, the mood on campus is gloomy, and many are bracing for bad news before
    the end of term.
    """
)
FINAL_WEAK.append(
    _case(
        "college_merger_rumour",
        "weak",
        _COLLEGE,
        _up(
            "document_added",
            (
                "One rumour doing the rounds claims enrolment has fallen by almost half in five "
                "years. That could not be confirmed.",
                "Figures the college files each year with the state education department show "
                "that enrolment fell from 1,840 students in 2019 to 1,120 last autumn, a drop of "
                "39 percent.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "said a lecturer who did not want to be identified for fear of losing her job.",
                "said Dr. Hepzibah Amstutz, who has taught philosophy at the college for 17 years "
                "and chairs its faculty senate.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "what they are petitioning against.",
                "In a statement sent in reply to questions, the college's president, Rainald "
                'Wolstenholme, confirmed that "exploratory conversations" with another institution '
                "had taken place but said no agreement had been reached and no department would "
                "close this academic year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the only way to keep it open at all.",
                "Dr. Jovana Rusk, who studies college finances at the Halcombe Policy Institute "
                "and has tracked 60 mergers of small private colleges since 2015, said most such "
                "mergers keep the smaller campus open but cut its least-enrolled majors.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "will be the first to go.",
                "Some go further and guess that the whole campus will be sold off for housing "
                "within a couple of years.",
            ),
        ),
        _rename("names", ("Cardew", "Quarrington")),
        _same("minor_number", ("almost half in five years", "almost half in six years")),
    )
)

FINAL_CASES: tuple[Case, ...] = tuple(FINAL_WELL + FINAL_WEAK)
