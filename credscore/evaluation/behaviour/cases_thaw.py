"""A sixteenth, thaw set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the fourteen sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`): it is a
sixteenth, independent set (written at the same time as :mod:`.cases_lantern`, by another writer
who did not read it) of twelve base articles (seven WELL sourced, five WEAKLY sourced) and their
variants, written blind as a measurement. The name "thaw" is only a name, though the beats lean
towards the end of winter and the start of spring. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets, from
any corpus or example, or from the web, and every surname, place name, organisation and outlet
name was checked against the other sets and the passages and replaced where it already occurred
(some common first names recur). The articles and edits were written from the definitions of
good and bad sourcing alone: no text in this module was scored with a model or run through an
extractor while it was written, and the code of the signals, lexicons, features and model was not
read. Only the data checks of the suite (edit targets occur once, renames are consistent, word
counts) were run.

The beats are a pothole backlog after a freeze-thaw winter (roads), an ice jam that flooded a
river town when its sirens stayed silent (floods), lambs lost in a cold snap after a weather
alert for graziers was scrapped (farming), an exam board whose grades are changed on appeal far
more often than other boards' (school exams), waterlogged ovals that delay a junior football
season (sport), polling places moved after spring floods (local elections) and a council that
plans to sell allotments while its waiting list passes a thousand (allotments), all well sourced;
and rumours that a lake's ice fishing derby will be cancelled for thin ice (river and lake ice),
whispers of a defection before a ward by-election (local elections), blame for a flood pinned on
a new levee (floods), talk of a leaked Year 12 exam paper (school exams) and a big cat said to be
taking lambs (lambing), all weakly sourced. Three bases are written in American newspaper style
("Dr.", "percent", "County Commissioner", "early Monday", "neighbor", "rumors", "authorized"),
five in British style ("Dr", "per cent", "Councillor", "on Thursday", "recognise", "rumours",
"neighbour", "a fortnight") and four in Australian style ("Cr", "per cent", "footy", "oval",
"reckon", "Year 12", "ATAR", "shire", "knocking back"). The writing varies the reporting verbs
("said", "said in a statement", "accused", "blamed", "heard", "insist", "claim", "show",
"lists", "put", "puts", "found", "according to"), inverts some attributions ("said Harold X,
79, who ..."), uses surnames on second reference, titles ("Councillor", "Cr", "Fire Chief",
"County Commissioner", "County Elections Director", "County Legislator", "Lt.", "Professor",
"Associate Professor"), ages, appositions and possessive roles ("the council's cabinet member
for highways", "the council's director of community infrastructure"), and cites different kinds
of document (a committee report, an emergency management situation report, a member survey,
published statistics on reviews of marking, a grounds assessment, a posted list of polling place
changes, a Freedom of Information release; and in the variants a claims log, weather station
records, a damage assessment, a valuation in cabinet papers, published election results,
council flood records, a notice to principals, a post-mortem report and ice measurements).
Comment is sought in different ways ("Asked about ...", "said in a statement", "declined to
comment", "did not return calls", "was asked about ... and said", "in response to questions",
"would not comment until", and a base that notes what a spokesman "did not say"). Each base is
240 to 260 words long, written with straight ASCII quotes and apostrophes, as every base in the
suite is; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
an attribution removed so that a claim stands as bare fact, speculation added, the document or
dataset removed), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named (document cited four times, expert added four
times, comment sought three times, anonymous source named three times); each weak base has four
``up`` variants (one of each up kind) and one ``down`` (speculation added, worded differently in
each, twice as a sentence of its own and three times as a clause added to a sentence already in
the text; in the well bases, five speculation edits are sentences of their own and two are
clauses); every base has a cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit
(both for the well bases), and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors and the model of commit
6a4186e): directional **0.910** (61 of 67), cosmetic 1.000, well - weak +71.4. The six failures:
``speculation_added`` three times on weak bases (two clauses added to sentences already hedged,
and one sentence on a base scoring 0.7); ``attribution_removed`` on a well base (+3.7: "some
say" removed, a vague source whose claim then stood bare); ``documents_removed`` on a well base
(+1.3: "A list of the changes posted by the county Board of Elections shows" was not read as a
document); and ``document_added`` on a well base (-0.8: "A valuation in the papers for that
meeting puts" was not either).
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

THAW_WELL: list[Case] = []
THAW_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- roads: a pothole backlog after a freeze-thaw winter (British) ----------------------------
_POTHOLES_REPORT = (
    "A highways performance report presented to the committee lists 4,870 open pothole defects "
    "in late February, up from 2,310 in October. Only 61 per cent of those classed as urgent "
    "were repaired within the 24-hour target, against 92 per cent a year earlier.\n\n"
)
_POTHOLES = _article(
    """
    Callowbridge pothole backlog doubles after freeze-thaw winter

    The number of potholes waiting to be filled on Callowbridge's roads has more than doubled since
    the autumn, and the county council is missing its own repair deadlines, a scrutiny committee
    heard on Thursday.

    A highways performance report presented to the committee lists 4,870 open pothole defects in
    late February, up from 2,310 in October. Only 61 per cent of those classed as urgent were
    repaired within the 24-hour target, against 92 per cent a year earlier.

    Councillor Hester Trezise, who chairs the committee, said the council had spent 1.9 million
    pounds on emergency patching since December, more than its annual budget. "Residents are paying
    for roads that are falling apart under their wheels," she said.

    Dr Anselm Varcoe, a pavement engineer at the University of Tremorvah, said water seeps into
    cracks, freezes and expands, breaking up the surface from below. "Once a road has been patched a
    few times, every winter does more damage than the last. Patching buys months, not years," he
    said.

    Nadia Quiller, a 34-year-old cyclist from Lowen Street, broke her wrist in January when her
    front wheel dropped into a hole she had reported five weeks earlier. "I sent photographs and a
    location. Nobody came," she said.

    Asked about the backlog, the council's cabinet member for highways, Councillor Rupert
    Bolitho, said extra crews had been hired from March and blamed "a decade of shrinking road
    budgets from central government". A council spokesman said Ms Quiller's complaint was being
    investigated.
    """
)
THAW_WELL.append(
    _case(
        "potholes_backlog_after_thaw",
        "well",
        _POTHOLES,
        _down(
            "named_to_anonymous",
            (
                "Nadia Quiller, a 34-year-old cyclist from Lowen Street, broke her wrist",
                "One cyclist, who asked not to be named, said she broke her wrist",
            ),
            ("Ms Quiller's complaint", "her complaint"),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Hester Trezise, who chairs the committee, said the council had spent "
                "1.9 million pounds on emergency patching since December, more than its annual "
                "budget.",
                "The council has spent 1.9 million pounds on emergency patching since December, "
                "more than its annual budget.",
            ),
            (
                'under their wheels," she said.',
                'under their wheels," said Councillor Hester Trezise, who chairs the committee.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'Nobody came," she said.',
                "Some neighbours suspect the council's contractor may be cutting corners, and "
                "fear it is only a matter of time before somebody is killed.",
            ),
        ),
        _down("documents_removed", _remove(_POTHOLES_REPORT)),
        _up(
            "document_added",
            _after(
                "complaint was being investigated.",
                "A log of compensation claims released to the Callowbridge Packet under the "
                "Freedom of Information Act shows 318 claims for pothole damage since November, "
                "of which the council has paid 41.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'Nobody came," she said.',
                "Professor Lorna Dunsinane, who researches cycling injuries at Polwithen "
                "Medical School, said a pothole is most dangerous to a cyclist when it is "
                "hidden by standing water, as many are after a thaw.",
            ),
        ),
        _rename(
            "names",
            ("Callowbridge", "Tregarrow"),
            ("Trezise", "Nankivell"),
            ("Varcoe", "Kitto"),
            ("Tremorvah", "Trevowah"),
            ("Quiller", "Hocking"),
            ("Lowen", "Morvah"),
            ("Bolitho", "Treloggan"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("up from 2,310 in October", "up from 2,290 in October")),
    )
)

# --- floods: an ice jam floods a river town and its sirens stay silent (American) ------------
_ICEJAM_REPORT = (
    "A county emergency management situation report released Tuesday lists 83 homes flooded, 14"
    " with structural damage, and 212 people who spent a night at the high school shelter. The "
    "river rose 9.6 feet in four hours.\n\n"
)
_ICEJAM = _article(
    """
    Ice jam floods homes in Bledsoe Ferry

    An ice jam on the Okalla River flooded dozens of homes in Bledsoe Ferry early Monday, and
    residents say the sirens meant to wake them never sounded.

    A county emergency management situation report released Tuesday lists 83 homes flooded, 14 with
    structural damage, and 212 people who spent a night at the high school shelter. The river rose
    9.6 feet in four hours.

    "We were told there'd be sirens. There were no sirens. My neighbor banged on my door at 3 a.m.,"
    said Loretta Vandergrift, 71, who has lived on Birchard Street since 1979.

    Fire Chief Emmett Sayles said crews rescued 19 people by boat. One firefighter, who was not
    authorized to speak publicly, said two of the department's three rescue boats had failed
    inspection in the fall.

    Dr. Priya Szczepanek, a hydrologist at Ridgemont Polytechnic Institute who studies river ice,
    said a fast thaw after weeks of deep cold breaks thick ice into slabs that pile up at bends and
    bridges. "The Okalla has jammed at that bridge four times since 2000. This was not a surprise,"
    she said.

    County Commissioner Dale Hightower, who represents Bledsoe Ferry, said the county had turned
    down a request in January for ice-cutting work upstream because of cost. "We saved a few
    thousand dollars and lost a neighborhood," he said.

    Asked why the sirens were silent, county emergency manager Frances Colquitt said in a statement
    that a software fault had blocked the alert and that the system had since been fixed and tested.
    """
)
THAW_WELL.append(
    _case(
        "ice_jam_floods_river_town",
        "well",
        _ICEJAM,
        _down(
            "named_to_anonymous",
            ("Fire Chief Emmett Sayles said crews", "A fire official said crews"),
        ),
        _down(
            "attribution_removed",
            (
                "County Commissioner Dale Hightower, who represents Bledsoe Ferry, said the county "
                "had turned down a request in January",
                "The county turned down a request in January",
            ),
            (
                'lost a neighborhood," he said.',
                'lost a neighborhood," said County Commissioner Dale Hightower, who represents '
                "Bledsoe Ferry.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "failed inspection in the fall.",
                "failed inspection in the fall, and some residents suspect the county may have "
                "known for months that the sirens would not work either.",
            ),
        ),
        _down("documents_removed", _remove(_ICEJAM_REPORT)),
        _up(
            "anonymous_named",
            (
                "One firefighter, who was not authorized to speak publicly, said",
                "Lt. Gus Ambrosi, a 22-year veteran of the department, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "failed inspection in the fall.",
                "Asked about the boats, Sayles said one had since been repaired and a "
                "replacement was on order.",
            ),
        ),
        _rename(
            "names",
            ("Okalla", "Kinnick"),
            ("Bledsoe", "Garrity"),
            ("Vandergrift", "Schoonover"),
            ("Sayles", "Duquette"),
            ("Szczepanek", "Kveton"),
            ("Ridgemont", "Ridgely"),
            ("Hightower", "Brockway"),
            ("Colquitt", "Balducci"),
        ),
        _rename("weekday", ("Monday", "Sunday")),
        _same("minor_number", ("rescued 19 people", "rescued 18 people")),
    )
)

# --- farming: lambs lost in a cold snap after a graziers' alert was scrapped (Australian) ----
_LAMBS_SURVEY = (
    "A survey of 146 producers by the Yarrowlea District Graziers Association, released on "
    "Friday, put losses at about 11,400 lambs, or 23 per cent of those born during the "
    "week.\n\n"
)
_LAMBS = _article(
    """
    Cold snap kills thousands of lambs on Yarrowlea tablelands

    Sheep producers around Yarrowlea lost thousands of newborn lambs in last week's cold snap, and
    some say the state's decision to scrap a weather alert for graziers left them unable to move
    flocks to shelter.

    A survey of 146 producers by the Yarrowlea District Graziers Association, released on Friday,
    put losses at about 11,400 lambs, or 23 per cent of those born during the week.

    Bronwyn Tregilgas, who runs 2,800 merino ewes near Coolabindi, said she found more than 300 dead
    lambs over two mornings. "They hit the ground wet and the wind does the rest. Once they're
    chilled you can't save them," she said.

    Association president Col Wyborn said many members had relied on the agriculture
    department's graziers' alert, a text warning of cold, wet and windy weather, which ended in
    June. "It gave you a day to get the ewes into sheltered paddocks. This year we got nothing," he
    said.

    Dr Maree Ekberg, a veterinary scientist at the University of Bindaree who studies newborn
    lamb survival, said the risk of death rises sharply when rain and wind combine with temperatures
    below 10 degrees. "Shelter is the single biggest thing a producer can do, but they need warning
    to use it," she said.

    A spokeswoman for the agriculture department said the alert had been replaced by a national
    online forecasting tool and that the department had "consulted widely". She did not say how many
    graziers had used the old service.
    """
)
THAW_WELL.append(
    _case(
        "lambs_lost_after_alert_scrapped",
        "well",
        _LAMBS,
        _down(
            "named_to_anonymous",
            ("Association president Col Wyborn said", "A graziers' association official said"),
        ),
        _down(
            "attribution_removed",
            (
                "and some say the state's decision to scrap a weather alert for graziers left them",
                "and the state's decision to scrap a weather alert for graziers left them",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'This year we got nothing," he said.',
                "There is talk in the district that the alert was dropped to save money and "
                "that other services for farmers could be next.",
            ),
        ),
        _down("documents_removed", _remove(_LAMBS_SURVEY)),
        _up(
            "document_added",
            _after(
                "you can't save them,\" she said.",
                "Records from the Coolabindi weather station show 38 millimetres of rain fell "
                "over the two days, with gusts of 70 km/h and a top of 6 degrees.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "how many graziers had used the old service.",
                "A spokesman for the Agriculture Minister, Ros Coldrey, said she would not "
                "comment until the department had assessed the losses.",
            ),
        ),
        _rename(
            "names",
            ("Yarrowlea", "Mundabri"),
            ("Tregilgas", "Rumbold"),
            ("Coolabindi", "Jerrawangala"),
            ("Wyborn", "McCullagh"),
            ("Ekberg", "Adegboye"),
            ("Bindaree", "Tumbarra"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("more than 300", "more than 280")),
    )
)

# --- school exams: an exam board's grades changed on appeal far more often (British) ---------
_EXAMS_FIGURES = (
    "Statistics on reviews of marking, published by the board on Tuesday, show that 3,140 "
    "grades were changed out of 16,520 challenged, a rate of 19 per cent. The average for other"
    " boards was 8 per cent. History and English literature accounted for almost half the "
    "changes.\n\n"
)
_EXAMS = _article(
    """
    One in five exam appeals changed grades at Marlgate board, figures show

    Nearly one in five challenges to GCSE and A-level grades marked by the Marlgate Assessment Board
    last summer ended with a changed grade, more than twice the rate at other boards.

    Statistics on reviews of marking, published by the board on Tuesday, show that 3,140 grades were
    changed out of 16,520 challenged, a rate of 19 per cent. The average for other boards was 8 per
    cent. History and English literature accounted for almost half the changes.

    Gareth Inchbald, headteacher of Scarrow Hill Academy, said 11 of his pupils had grades raised,
    two of whom had at first missed university offers. "Every one of those was a child who spent a
    fortnight thinking they had failed," he said.

    Dr Harriet Mowbury, an assessment researcher at the University of Kelsterton's School of
    Education, said essays are always harder to mark consistently, but that a gap this wide between
    boards points to problems with examiner training. "A change rate that high tells you the first
    mark can't be trusted," she said.

    One examiner who marked history papers for the board, and who asked not to be named because of a
    confidentiality agreement, said markers were expected to finish 40 scripts an hour.

    Asked about the figures, a board spokesman said it had recruited 600 more examiners this year
    and would now have every history script second-marked. "We recognise that last summer's marking
    fell short of our standards," he said.
    """
)
THAW_WELL.append(
    _case(
        "exam_board_grades_changed_on_appeal",
        "well",
        _EXAMS,
        _down(
            "named_to_anonymous",
            (
                "Gareth Inchbald, headteacher of Scarrow Hill Academy, said",
                "A headteacher, who asked not to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "said essays are always harder to mark consistently, but that a gap this wide "
                'between boards points to problems with examiner training. "A change',
                'said: "A change',
            ),
            (
                "the first mark can't be trusted,\" she said.",
                "the first mark can't be trusted.\" Essays are always harder to mark "
                "consistently, but a gap this wide between boards points to problems with "
                "examiner training.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "40 scripts an hour.",
                "Some teachers believe the board could lose the right to set exams altogether "
                "if this summer goes the same way.",
            ),
        ),
        _down("documents_removed", _remove(_EXAMS_FIGURES)),
        _up(
            "anonymous_named",
            (
                "One examiner who marked history papers for the board, and who asked not to be "
                "named because of a confidentiality agreement, said",
                "Martin Mallinder, who marked history papers for the board for nine years before "
                "resigning in December, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "40 scripts an hour.",
                "Professor Dilys Eckersall, a former chief examiner who now teaches educational "
                "measurement at Harnham University, said that pace left a marker about 90 "
                "seconds for each answer.",
            ),
        ),
        _rename(
            "names",
            ("Marlgate", "Corbridge"),
            ("Inchbald", "Fettes"),
            ("Scarrow", "Ulverby"),
            ("Mowbury", "Ferriday"),
            ("Kelsterton", "Thirlwood"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("600 more examiners", "650 more examiners")),
    )
)

# --- sport: waterlogged ovals delay a junior football season (Australian) --------------------
_OVALS_ASSESSMENT = (
    "A grounds assessment tabled at Tuesday night's council meeting rated seven ovals \"unfit "
    'for play", with standing water on four and collapsed drainage pipes under two. It puts '
    "the cost of repairs at $1.35 million, of which $400,000 is in this year's budget.\n\n"
)
_OVALS = _article(
    """
    Waterlogged ovals push back junior footy season in Kellambie

    More than 1,900 junior footballers in Kellambie will start their season three weeks late after
    the shire council kept seven of its eleven ovals closed following February's floods.

    A grounds assessment tabled at Tuesday night's council meeting rated seven ovals "unfit for
    play", with standing water on four and collapsed drainage pipes under two. It puts the cost of
    repairs at $1.35 million, of which $400,000 is in this year's budget.

    Kellambie Junior Football League president Shane Wakelin said clubs had already paid insurance
    and registration fees for 112 teams. "Kids have been training in the car park at the
    showgrounds. That's not footy," he said.

    Cr Leanne Mutimer said she had raised the state of the drains in 2022 and been told they would
    be replaced in the next round of capital works. "We were warned, and the council spent the money
    elsewhere," she said.

    Dr Angus Kerrison, a turf scientist at the Wattleford Institute of Technology, said an oval with
    broken drainage could take months to recover without work under the surface. "You can roll it
    and reseed it, but if the water has nowhere to go it'll be a bog again by winter," he said.

    Asked about the delay, the council's director of community infrastructure, Paul Gersbach, said
    in a statement that three ovals would reopen by April 20 and that the council had applied for
    disaster funding for the rest. He did not say why the drainage works were deferred.
    """
)
THAW_WELL.append(
    _case(
        "waterlogged_ovals_delay_footy",
        "well",
        _OVALS,
        _down(
            "named_to_anonymous",
            ("Cr Leanne Mutimer said", "One councillor, speaking on condition of anonymity, said"),
        ),
        _down(
            "attribution_removed",
            (
                "Kellambie Junior Football League president Shane Wakelin said clubs had already "
                "paid",
                "Clubs have already paid",
            ),
            (
                "That's not footy,\" he said.",
                "That's not footy,\" said Kellambie Junior Football League president Shane "
                "Wakelin.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "why the drainage works were deferred.",
                "Parents in the league suspect the April date is little more than a guess, and "
                "some fear the season could be lost altogether.",
            ),
        ),
        _down("documents_removed", _remove(_OVALS_ASSESSMENT)),
        _up(
            "expert_added",
            _after(
                "That's not footy,\" he said.",
                "Associate Professor Kylie Bramston, a sports physiotherapist at Wandamere "
                "University, said ankle and knee injuries are more common on hard or uneven "
                "surfaces such as car parks.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "He did not say why the drainage works were deferred.",
                "Asked separately about Cr Mutimer's claim, a council spokeswoman said the "
                "drainage works were deferred in 2022 after tenders came in $600,000 over "
                "budget.",
            ),
        ),
        _rename(
            "names",
            ("Kellambie", "Tarnagulla"),
            ("Wakelin", "Bellchambers"),
            ("Mutimer", "Brosnan"),
            ("Kerrison", "Hazelwood"),
            ("Wattleford", "Coolamon"),
            ("Gersbach", "Kucera"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("for 112 teams", "for 114 teams")),
    )
)

# --- local elections: polling places moved after spring floods (American) --------------------
_POLLING_LIST = (
    "A list of the changes posted by the county Board of Elections shows they affect 31,600 "
    "registered voters, about 18 percent of the county total. In six precincts the new site is "
    "more than three miles from the old one, and in two it is in a neighboring town.\n\n"
)
_POLLING = _article(
    """
    Flood damage forces Wendling County to move 14 polling places before May primary

    Voters in 14 Wendling County precincts will vote at new locations in the May 21 primary after
    spring flooding damaged the churches, fire halls and school gym where they usually cast ballots,
    county officials said Wednesday.

    A list of the changes posted by the county Board of Elections shows they affect 31,600
    registered voters, about 18 percent of the county total. In six precincts the new site is more
    than three miles from the old one, and in two it is in a neighboring town.

    County Elections Director Marjorie Estabrook said notices would be mailed to every affected
    voter by May 1. "Nobody should show up at a closed building and be turned away," she said.

    "It's across town now. I don't drive anymore, so my daughter will have to take time off," said
    Harold Tuplin, 79, who has voted at the Lattimer Creek Volunteer Fire Hall since 1968.

    Dr. Lionel Oosterbaan, a political scientist at Merrimont State University who studies voter
    turnout, said research has found that moving a polling place cuts in-person turnout in the
    precinct by two to four percentage points. "Distance matters most for older voters and people
    without a car," he said.

    County Legislator Bettina Kovalchik accused the board of choosing new sites that favor suburban
    precincts. Asked about the criticism, board chairman Walter Hinshaw said the sites were chosen
    for accessibility, parking and flood risk. "We picked buildings that will still be dry in
    November," he said.
    """
)
THAW_WELL.append(
    _case(
        "polling_places_moved_after_floods",
        "well",
        _POLLING,
        _down(
            "named_to_anonymous",
            (
                "said Harold Tuplin, 79, who has voted at the Lattimer Creek Volunteer Fire Hall "
                "since 1968.",
                "said one longtime voter, who asked that his name not be used.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "County Elections Director Marjorie Estabrook said notices would be mailed",
                "Notices will be mailed",
            ),
            (
                'be turned away," she said.',
                'be turned away," said County Elections Director Marjorie Estabrook.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "that favor suburban precincts.",
                "Some voters suspect the moves were meant to hold down turnout in the river "
                "towns, and the primary result could yet end up in court.",
            ),
        ),
        _down("documents_removed", _remove(_POLLING_LIST)),
        _up(
            "document_added",
            _after(
                "since 1968.",
                "A damage assessment filed with the state emergency management agency puts "
                "repairs to the fire hall at $240,000.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'be dry in November," he said.',
                "Monica Farrugia, who teaches election law at the Pennacook School of Law, said "
                "boards may move polling places close to an election in an emergency but must "
                "post notice at the old sites.",
            ),
        ),
        _rename(
            "names",
            ("Wendling", "Ossining"),
            ("Estabrook", "Maciejewski"),
            ("Tuplin", "Gundersen"),
            ("Lattimer", "Harnish"),
            ("Oosterbaan", "Rijkema"),
            ("Merrimont", "Westbury"),
            ("Kovalchik", "Deluca"),
            ("Hinshaw", "Haskins"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("31,600", "31,400")),
    )
)

# --- allotments: a council plans to sell plots while its waiting list tops 1,000 (British) ---
_ALLOTMENTS_FOI = (
    "Figures the council released under the Freedom of Information Act show 1,086 names on the "
    "waiting list in March, up from 412 in 2019. The median wait for a full plot is now 5.2 "
    "years.\n\n"
)
_ALLOTMENTS = _article(
    """
    Grimbleton allotment queue passes 1,000 as council eyes sale of plots

    More than a thousand people in Grimbleton are waiting for an allotment, as the borough council
    considers selling its Cuckstool Lane site for housing.

    Figures the council released under the Freedom of Information Act show 1,086 names on the
    waiting list in March, up from 412 in 2019. The median wait for a full plot is now 5.2 years.

    Valerie Scargill, secretary of the Cuckstool Lane Allotment Society, said members learned of the
    plan from a notice tied to a lamp post. "Some of us have been digging here for forty years.
    Nobody from the council has spoken to us," she said.

    Councillor Joss Hemingford, leader of the opposition group, said the council has a legal
    duty to provide allotments where there is demand. "You cannot sell plots while a thousand people
    queue for them," he said.

    Dr Ifeoma Braddock, a soil scientist at Wealdon University, said old allotment soil is among the
    most fertile land in any town. "You can move the sheds. You can't move fifty years of compost,"
    she said.

    One plot holder, who asked not to be named because she rents her home from the council, said
    tenants had been sent letters saying their plots would be "reviewed".

    Asked about the plans before Wednesday's cabinet meeting, Councillor Morag Tullis, the cabinet
    member for assets, said no decision had been taken and any sale would come with replacement
    plots elsewhere. "We have 2,000 families on the housing register too," she said.
    """
)
THAW_WELL.append(
    _case(
        "allotments_sale_and_waiting_list",
        "well",
        _ALLOTMENTS,
        _down(
            "named_to_anonymous",
            (
                "Valerie Scargill, secretary of the Cuckstool Lane Allotment Society, said",
                "A plot holder at the site, who did not want to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Councillor Joss Hemingford, leader of the opposition group, said the "
                'council has a legal duty to provide allotments where there is demand. "You',
                'The council has a legal duty to provide allotments where there is demand. "You',
            ),
            (
                'a thousand people queue for them," he said.',
                'a thousand people queue for them," said Councillor Joss Hemingford, leader of '
                "the opposition group.",
            ),
        ),
        _down(
            "speculation_added",
            (
                'would be "reviewed".',
                'would be "reviewed", which some take as a sign that a developer has already '
                "been promised the land.",
            ),
        ),
        _down("documents_removed", _remove(_ALLOTMENTS_FOI)),
        _up(
            "anonymous_named",
            (
                "One plot holder, who asked not to be named because she rents her home from the "
                "council, said",
                "Janet Pruddah, 66, who has worked plot 17 since 2003, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                '"We have 2,000 families on the housing register too," she said.',
                "A valuation in the papers for that meeting puts the site's worth "
                "at 2.8 million pounds with outline planning permission.",
            ),
        ),
        _rename(
            "names",
            ("Grimbleton", "Thwaitefield"),
            ("Cuckstool", "Tenter"),
            ("Scargill", "Haigh"),
            ("Hemingford", "Murgatroyd"),
            ("Braddock", "Ezeibe"),
            ("Wealdon", "Farlington"),
            ("Tullis", "Scatcherd"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("up from 412 in 2019", "up from 409 in 2019")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- lake ice: rumours that an ice fishing derby will be cancelled (American) ----------------
_DERBY = _article(
    """
    Thin-ice rumors cloud future of Lake Osterholm fishing derby

    Rumors are flying around Lake Osterholm that this year's ice fishing derby, a February
    tradition for 58 years, may be called off because the ice is too thin after a run of warm
    days.

    Some anglers say they have heard the organizers already decided to cancel and are only
    waiting for the right moment to announce it. Others insist the derby will go ahead on the
    north bay, where the ice is supposedly thicker.

    "Everybody at the bait shop has a different story. One guy swore he saw a truck go through
    out by the point last week," said a regular who has fished the derby for years.

    There is also talk that sponsors have pulled out and that the prize money, said to be among
    the biggest in the state, has been quietly cut. Nobody seems to know for sure.

    The warm spell is believed to have weakened the ice across much of the lake, and a few
    people claim pressure ridges have opened up near the public access. Some locals reckon it is
    only a matter of time before somebody falls through.

    Businesses in town are said to be worried. The derby is thought to bring in thousands of
    visitors, and one motel owner is rumored to have lost half his bookings already.

    Whether the derby survives may come down to a few cold nights, and to decisions being made
    by people who are not saying much.
    """
)
THAW_WEAK.append(
    _case(
        "ice_derby_thin_ice_rumors",
        "weak",
        _DERBY,
        _up(
            "anonymous_named",
            (
                "said a regular who has fished the derby for years.",
                "said Arlo Pietrzak, 63, who has fished the derby since 1987.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody seems to know for sure.",
                "The derby's organizer, the Osterholm Lions Club, did not return calls, and its "
                "president declined to comment when reached at home.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "only a matter of time before somebody falls through.",
                "Ice measurements posted online Tuesday by the county sheriff's office show 10 "
                "inches on the north bay but only 4 inches near the public access.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "pressure ridges have opened up near the public access.",
                "Dr. Ingrid Halvorsrud, a limnologist at Lakeland State University who studies "
                "lake ice, said warm spells turn the surface gray and slushy and can weaken ice "
                "far faster than its thickness suggests.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "has been quietly cut.",
                "has been quietly cut, perhaps because the sponsors expect the whole thing to be "
                "canceled anyway.",
            ),
        ),
        _rename("names", ("Osterholm", "Wabeno")),
        _same("minor_number", ("tradition for 58 years", "tradition for 57 years")),
    )
)

# --- local elections: whispers of a defection before a ward by-election (British) ------------
_DEFECTION = _article(
    """
    Whispers of a defection swirl before Wraxby by-election

    With a fortnight to go until the Wraxby ward by-election, talk in the town is less about
    the candidates than about a councillor who may, or may not, be about to change sides.

    Several people in local political circles claim that a long-serving member of the ruling
    group has been in talks with the opposition for months. Others say the rumours are being
    spread on purpose to unsettle the party before polling day.

    "I've heard it from three different people this week, and they all had a different name,"
    said one party activist, who did not want to be identified.

    There are suggestions that next month's budget vote could be lost if the defection goes
    ahead, and some believe the leader's position would then be untenable. It is also said that
    at least one other councillor is wavering.

    The by-election itself, called after the death of a popular independent, is widely thought
    to be too close to call. Turnout is expected to be low, and canvassers from every party
    reportedly find voters more interested in bin collections and potholes than in who runs the
    council.

    Leaflets accusing the ruling group of broken promises are understood to have been pushed
    through doors on the Gallowtree estate on Sunday, though it is not clear who paid for them.

    For now, it seems, the town will have to wait and see whether the whispers come to anything
    before the polls open.
    """
)
THAW_WEAK.append(
    _case(
        "by_election_defection_whispers",
        "weak",
        _DEFECTION,
        _up(
            "anonymous_named",
            (
                "said one party activist, who did not want to be identified.",
                "said Pauline Gatrell, who has canvassed for the opposition for 12 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "at least one other councillor is wavering.",
                "Asked about the rumours, the council leader, Councillor Graham Pountney, said he "
                'had "full confidence" in every member of his group.',
            ),
        ),
        _up(
            "document_added",
            _after(
                "is widely thought to be too close to call.",
                "Results published by the council show the seat was won by 96 votes at the last "
                "election, on a turnout of 24 per cent.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "at least one other councillor is wavering.",
                "Dr Rhiannon Hambly, a lecturer in local politics at Mardon University, said "
                "defections before budget votes were unusual and rarely changed the outcome on "
                "their own.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the leader's position would then be untenable.",
                "Some even wonder whether the leader might quietly resign before the votes are "
                "counted.",
            ),
        ),
        _rename("names", ("Wraxby", "Crossmere"), ("Gallowtree", "Hollinsend")),
        _rename("weekday", ("Sunday", "Saturday")),
    )
)

# --- floods: residents blame a new levee for a flood (Australian) -----------------------------
_LEVEE = _article(
    """
    Yandoona residents blame new levee for flood, but answers are scarce

    Residents on the low side of Yandoona are convinced the town's new levee made last month's
    flood worse, sending water into streets that had never gone under before, though nobody
    seems able to say exactly how.

    Some locals say the levee was built too high on the town side and pushed the creek across to
    the east. Others claim a drain under the highway was blocked during construction and never
    cleared.

    "Everyone reckons it was the levee. We've been here thirty years and never had water in the
    house," said one resident of Coolibah Street, who did not want to give her name.

    There are rumours that engineers warned about the design before work started and were
    ignored, and that a report saying as much has been kept quiet. It is also said that some
    insurers are knocking back claims from the affected streets.

    The flood is believed to have damaged dozens of homes, and a number of families are thought
    to be still staying with relatives or in caravans. Some reckon the damage bill could run
    into the millions.

    Talk at the pub is that a class action might be on the cards, and a few people claim a lawyer
    from the city has already been asking around.

    Whether the levee is really to blame may never be known, it seems, and for now people on the
    low side are cleaning up and waiting nervously for the next big rain.
    """
)
THAW_WEAK.append(
    _case(
        "levee_blamed_for_flood",
        "weak",
        _LEVEE,
        _up(
            "anonymous_named",
            (
                "said one resident of Coolibah Street, who did not want to give her name.",
                "said Deb Radovanovic, 58, of Coolibah Street.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "blocked during construction and never cleared.",
                "The shire council, which built the levee, was asked about the residents' "
                "concerns and said in a statement that an independent review of the flood would "
                "be released in June.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "could run into the millions.",
                "Council flood records show 47 homes were flooded above floor level, 31 of them "
                "east of the levee.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "blocked during construction and never cleared.",
                "Dr Neville Ruttledge, a flood engineer at Cudgegong University, said a levee "
                "can push water onto land that never flooded before, but that only a survey of "
                "the creek would show whether that happened here.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "has already been asking around.",
                "has already been asking around, possibly with an eye to suing the council for "
                "millions.",
            ),
        ),
        _rename("names", ("Yandoona", "Warrabinda"), ("Coolibah", "Banksia")),
        _same("minor_number", ("thirty years", "twenty-eight years")),
    )
)

# --- school exams: talk of a leaked Year 12 chemistry paper (Australian) ---------------------
_LEAK = _article(
    """
    Rumours of leaked exam paper unsettle Year 12 students

    Rumours that a Year 12 chemistry exam was leaked online have spread through schools across
    Marrickton this week, leaving students anxious and unsure whether their results will count
    towards their ATAR.

    According to posts circulating on social media, a copy of the paper may have been shared in
    a group chat the night before the exam. Some students say they saw photos of questions;
    others say the images were fake and were made up afterwards.

    "Half my year is saying the whole thing will have to be re-sat. Nobody actually knows," said
    one student at a school in the northern suburbs.

    There is talk that the paper came from a school where exams were stored in an unlocked room,
    though which school is unclear. Some parents believe a teacher may have been involved, and
    there are claims that the same thing happened quietly two years ago.

    Tutoring businesses are reportedly fielding calls from worried families, and a few are said
    to be offering last-minute revision classes in case a new exam is set.

    It is understood the authorities know about the rumours, but nothing has been said publicly.
    Students are apparently being told by some teachers to stay off social media and focus on
    their remaining exams.

    For thousands of teenagers already under pressure, the uncertainty is the last thing they
    need, and it may be weeks before anyone knows whether the results stand.
    """
)
THAW_WEAK.append(
    _case(
        "year_12_exam_leak_rumours",
        "weak",
        _LEAK,
        _up(
            "anonymous_named",
            (
                "said one student at a school in the northern suburbs.",
                "said Kiara Mackellin, 17, a Year 12 student at Marrickton West Secondary College.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "It is understood the authorities know about the rumours, but nothing has been "
                "said publicly.",
                "Asked about the rumours, a spokeswoman for the state's curriculum and assessment "
                'authority said it was looking into "a report of a possible breach".',
            ),
        ),
        _up(
            "document_added",
            _after(
                "in case a new exam is set.",
                "A notice sent to principals on Wednesday, seen by the Marrickton Bugle, says "
                "14,200 students sat the paper and asks schools to return unused copies.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "happened quietly two years ago.",
                "Associate Professor Sunil Wickramasinghe, who researches exam security at "
                "Coralline University, said authorities usually check marks on suspect "
                "questions before deciding anything, and whole re-sits are rare.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "in case a new exam is set.",
                "Some fear the chemistry paper might be only the tip of the iceberg, with other "
                "subjects possibly affected too.",
            ),
        ),
        _rename("names", ("Marrickton", "Ellenvale")),
        _same("minor_number", ("two years ago", "three years ago")),
    )
)

# --- lambing: a big cat said to be taking lambs (British) -------------------------------------
_BIGCAT = _article(
    """
    Talk of a big cat returns as lambs are found dead above Skelderdale

    Lambing time in the hills above Skelderdale has brought back an old story: that a large black
    cat is living in the forestry and picking off young stock.

    Several farmers are said to have found lambs dead with injuries that some believe no fox could
    cause. One is rumoured to have lost more than a dozen in a single night, though details are hard
    to pin down.

    "There's something up there. I've not seen it myself, but my neighbour has, twice," said one
    sheep farmer, who asked not to be named because he did not want to be laughed at.

    Sightings have been reported on social media for years, and a blurred photograph of a dark shape
    beside a stone wall, posted on Sunday, is doing the rounds. Some say it shows a panther; others
    think it is a farm dog or a trick of the light.

    There is a theory locally that animals were let go from a private collection decades ago and
    have been breeding ever since. It is also claimed that the police have had reports but are
    keeping quiet to avoid a panic.

    Sceptics point out that dogs off the lead are a far likelier culprit, and that foxes and crows
    will scavenge any lamb that dies of cold.

    Whatever is out there, farmers in the valley seem to be checking their flocks more often, and
    some are said to be bringing ewes in closer at night.
    """
)
THAW_WEAK.append(
    _case(
        "big_cat_blamed_for_lamb_deaths",
        "weak",
        _BIGCAT,
        _up(
            "anonymous_named",
            (
                "said one sheep farmer, who asked not to be named because he did not want to be "
                "laughed at.",
                "said Ewan Cradock, who farms 600 ewes at Upper Scarth.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "keeping quiet to avoid a panic.",
                "In response to questions, the county police said they had received four reports "
                "of a large cat since January and had found no evidence of one.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "any lamb that dies of cold.",
                "A post-mortem report on three of the lambs, carried out by a government animal "
                "health laboratory, found bite wounds consistent with a dog.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "or a trick of the light.",
                "Dr Beatrix Tunnicliffe, a wildlife ecologist at the University of Calderwick "
                "who has looked into big cat reports for 20 years, said none had yet been "
                "backed by droppings, hair or a clear track.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Some say it shows a panther;",
                "Some say it shows a panther, possibly one of several now roaming the hills;",
            ),
        ),
        _rename("names", ("Skelderdale", "Swaledon")),
        _rename("weekday", ("Sunday", "Monday")),
    )
)

THAW_CASES: tuple[Case, ...] = tuple(THAW_WELL + THAW_WEAK)
