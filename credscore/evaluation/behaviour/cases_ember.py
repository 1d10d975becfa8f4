"""A fifteenth, ember set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the twelve sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`): it is a fifteenth, independent set (written at
the same time as :mod:`.cases_frost`, by another writer who did not read it) of twelve base
articles (seven WELL sourced, five WEAKLY sourced) and their variants, written blind as a
measurement. The name "ember" is only a name; the beats are ordinary city and national news. The
topics, people, places, organisations, outlets, figures and sentences are new and fictional;
nothing is copied from the other sets, from any corpus or example, or from the web, and every
surname, place name, organisation and outlet name was checked against the other sets and the
passages and replaced where it already occurred (some common first names recur). The articles
and edits were written from the definitions of good and bad sourcing alone: no text in this
module was scored with a model or run through an extractor while it was written, and the code of
the signals, lexicons, features and model was not read.

The beats are police body cameras found switched off during use-of-force incidents (policing),
a record backlog of trials at a Crown Court (courts), tenants facing a third winter without
reliable heat (housing), an academy trust whose exclusions fall hardest on pupils with special
needs (schools), patients left for hours in the corridors of an emergency room (hospitals),
cracked rails slowing a city tram line (transport) and mail ballots rejected over signatures
(elections), all well sourced; and takeover whispers at a football club (sport), rumours about
the fate of an old movie palace (culture), layoff talk at an appliance plant (business), fears
for a small town's maternity unit (hospitals) and claims that a parking app sells drivers'
location data (tech), all weakly sourced. Seven bases are written in American newspaper style
("Dr.", "percent", "Council Member", "released Thursday", "neighbor", "rumors") and five in British
style ("Dr", "per cent", "Councillor", "on Wednesday", "recognised", "rumours", "labour"). The
writing varies the reporting verbs ("said", "said in a statement", "said in an email", "said in
an interview", "told the City Council", "told reporters", "called", "blamed", "acknowledged",
"confirmed", "show", "found", "according to"), inverts some attributions ("said Imogen X, a
barrister who ..."), uses surnames on second reference, titles ("Inspector General", "Police
Chief", "Councilmember", "Councillor", "State Sen.", "Professor", "County Elections Director"),
ages, appositions and possessive roles ("Stonequay's regional manager", "the trust's chief
executive"). Each base is 240 to 260 words long, written with straight ASCII quotes and
apostrophes, as every base in the suite is; the curly forms come from the generic typography
variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
an attribution removed so that a claim stands as bare fact, speculation added, the document or
dataset removed), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named; each weak base has four ``up`` variants (one of
each up kind) and one ``down`` (speculation added, worded differently in each, sometimes as a
sentence of its own and sometimes as a clause added to a sentence already in the text); every
base has a cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit (both for the well
bases), and the generic typography, wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors and the model of commit
118b87e): directional **0.910** (61 of 67), cosmetic 1.000, well - weak +71.9. The six failures:
``document_added`` twice on well bases (+0.3 and -0.3: a settlement "filed in ... Housing Court"
that "required", and minutes that "record that", neither read as a cited document),
``comment_sought`` on a well base (-1.3: "had not responded by the time of publication" was not
seen), ``attribution_removed`` on a well base (-0.96), and ``speculation_added`` twice on weak
bases, both clauses added to sentences already hedged.
Afterwards one word ("older") was cut from an ``expert_added`` edit, so that the variant keeps
to the suite's 300 words (a test of the data); it passed before and after.
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

EMBER_WELL: list[Case] = []
EMBER_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- policing: body cameras switched off during use-of-force incidents -----------------------
_CAMERAS_AUDIT = (
    "Her office's written audit, which reviewed all 412 use-of-force reports filed in 2023, found "
    "that 140 had no usable footage. In 58 of those, the camera's log showed it had been switched "
    "off manually.\n\n"
)
_CAMERAS = _article(
    """
    Kindleton police cameras off in a third of force cases, watchdog says

    Kindleton police officers had their body cameras off in about a third of last year's
    use-of-force incidents, and some had turned them off by hand, the city's inspector general told
    the City Council on Tuesday.

    Her office's written audit, which reviewed all 412 use-of-force reports filed in 2023, found
    that 140 had no usable footage. In 58 of those, the camera's log showed it had been switched
    off manually.

    "The policy says the camera goes on before you get out of the car. Too often it did not," said
    Inspector General Marisol Tolliday, whose office has overseen the department since 2019.

    Councilmember Darnell Whitsett, who chairs the public safety committee, said the city had paid
    $6.2 million for the cameras in 2021 on the promise they would be used. He said he would
    ask Police Chief Victor Dromgoole to testify next month.

    Dr. Ines Bjornstad, a criminologist at Hambleton State University who studies police
    accountability, said the manual shutoffs were the most troubling finding. "A dead battery is a
    maintenance problem. An officer reaching up to turn the camera off is a discipline problem,"
    she said.

    Asked about the findings, department spokeswoman Carla Lusardi said in an email that Dromgoole
    accepted all nine of the inspector general's recommendations and had ordered supervisors to
    review footage weekly.

    Marcus Padmore, president of the Kindleton Police Officers Association, said older cameras often
    shut down without warning in the cold. "Officers are being blamed for equipment
    that fails," he told reporters.
    """
)
EMBER_WELL.append(
    _case(
        "police_cameras_switched_off",
        "well",
        _CAMERAS,
        _down(
            "named_to_anonymous",
            (
                "Marcus Padmore, president of the Kindleton Police Officers Association, said",
                "A police union official, who spoke on condition of anonymity, said",
            ),
            ("he told reporters.", "he said."),
        ),
        _down(
            "attribution_removed",
            (
                "Councilmember Darnell Whitsett, who chairs the public safety committee, said the "
                "city had paid $6.2 million for the cameras in 2021 on the promise they would be "
                "used. He said he would ask",
                "The city paid $6.2 million for the cameras in 2021 on the promise they would be "
                "used. Councilmember Darnell Whitsett, who chairs the public safety committee, "
                "said he would ask",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "to review footage weekly.",
                "Some residents believe the cameras may have been switched off to hide abuses that "
                "will now never come to light.",
            ),
        ),
        _down("documents_removed", _remove(_CAMERAS_AUDIT)),
        _up(
            "expert_added",
            _after(
                'is a discipline problem," she said.',
                "Tomas Nowicki, an electrical engineer at Hambleton State University who has "
                "tested body-worn cameras for police agencies, said batteries can lose much "
                "of their charge below freezing, but that the devices record a low-battery "
                "shutdown differently from one made by hand.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "he told reporters.",
                "Maintenance logs released to the Kindleton Free Press under a public records "
                "request show that 61 cameras were sent back to the manufacturer for battery "
                "faults last winter.",
            ),
        ),
        _rename(
            "names",
            ("Kindleton", "Wexhollow"),
            ("Tolliday", "Okwesili"),
            ("Whitsett", "Brinkerhoff"),
            ("Dromgoole", "Cattermole"),
            ("Bjornstad", "Steinmetz"),
            ("Hambleton", "Cokesbury"),
            ("Lusardi", "Mastroianni"),
            ("Padmore", "Tenbroeck"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("since 2019", "since 2018")),
    )
)

# --- courts: a record backlog of trials at a Crown Court (British) ---------------------------
_TRIALS_FIGURES = (
    "Quarterly figures published by the court service show 1,318 cases waiting to be heard at "
    "Halsworth at the end of June, up from 904 two years earlier. The median wait from charge to "
    "trial was 97 weeks, against 41 weeks nationally.\n\n"
)
_TRIALS = _article(
    """
    Halsworth Crown Court backlog hits record as trials slip two years

    Defendants and victims at Halsworth Crown Court are waiting almost two years for trials to
    begin, lawyers said on Wednesday, after the court's backlog hit a record.

    Quarterly figures published by the court service show 1,318 cases waiting to be heard at
    Halsworth at the end of June, up from 904 two years earlier. The median wait from charge to
    trial was 97 weeks, against 41 weeks nationally.

    "I have clients who were charged as teenagers and will be in their twenties before a jury
    hears a word," said Imogen Tredwell, a barrister who chairs the Halsworth Bar Mess. "Witnesses
    forget, move away or simply give up."

    Tredwell blamed a shortage of sitting days, saying two of the court's seven courtrooms had
    stood empty for most of the spring because no judge had been assigned to them.

    Priya Nanjiani, who manages the Halsworth and District Rape Crisis service, said 11 of the
    women it supports had withdrawn from prosecutions this year. "They tell us they cannot wait
    any longer," she said.

    Professor Alasdair Gomersall, a criminologist at the University of Ingleby who studies court
    delays, said long waits made convictions less likely. "Every extra month is a month for
    memories to fade and for complainants to drop out," he said.

    A spokesperson for the court service said 400 extra sitting days had been allocated to the
    region for next year and that judicial recruitment was under way, but did not say when
    the empty courtrooms would reopen.
    """
)
EMBER_WELL.append(
    _case(
        "crown_court_trial_backlog",
        "well",
        _TRIALS,
        _down(
            "named_to_anonymous",
            (
                "Priya Nanjiani, who manages the Halsworth and District Rape Crisis service, said",
                "A support worker at a local charity, who asked not to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Tredwell blamed a shortage of sitting days, saying two of the court's seven "
                "courtrooms had stood empty for most of the spring because no judge had been "
                "assigned to them.",
                "The delays come down to a shortage of sitting days: two of the court's seven "
                "courtrooms stood empty for most of the spring because no judge had been assigned "
                "to them.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the empty courtrooms would reopen.",
                "Gossip in the robing room has it that they could stay shut until next year, or "
                "even longer.",
            ),
        ),
        _down("documents_removed", _remove(_TRIALS_FIGURES)),
        _up(
            "comment_sought",
            _after(
                "because no judge had been assigned to them.",
                "The office of the circuit's presiding judges, which decides where judges sit, was "
                "asked about the empty courtrooms but had not responded by the time of "
                "publication.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'for complainants to drop out," he said.',
                "Dr Helena Cottingham, a former recorder who now lectures in criminal procedure "
                "at Pendarves University, said that one courtroom left idle for a year could add "
                "around 150 trials to a court's queue.",
            ),
        ),
        _rename(
            "names",
            ("Halsworth", "Marlbeck"),
            ("Tredwell", "Pickersgill"),
            ("Nanjiani", "Dallimore"),
            ("Gomersall", "Hinchcliffe"),
            ("Ingleby", "Kilbarron"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("said 11 of the", "said 12 of the")),
    )
)

# --- housing: tenants face a third winter without reliable heat ------------------------------
_HEAT_RECORDS = (
    "City inspection records obtained by the Tinderley Intelligencer show 23 heating violations at "
    "the building since 2021, with indoor temperatures as low as 54 degrees in January against a "
    "legal minimum of 68. The owner has paid $41,500 in fines.\n\n"
)
_HEAT = _article(
    """
    Hearthfield Gardens tenants face a third winter of broken heat

    Residents of the 180-unit Hearthfield Gardens apartments on Tinderley's east side say the heat
    has failed repeatedly since November, leaving families sleeping in coats.

    "My daughter does her homework in gloves," said Yolanda Arceneaux, 34, who has lived in a
    third-floor unit since 2017. "We call, they send somebody, and two days later it's cold
    again."

    City inspection records obtained by the Tinderley Intelligencer show 23 heating violations at
    the building since 2021, with indoor temperatures as low as 54 degrees in January against a
    legal minimum of 68. The owner has paid $41,500 in fines.

    Council Member Lionel Boudreaux, whose district includes the complex, said repeated fines had
    become "a cost of doing business" for the owner, Stonequay Residential. He has asked the city
    attorney to seek a court-appointed administrator for the building.

    Dr. Halina Brzezinski, a pediatrician who studies housing and health at Tinderley University,
    said prolonged cold indoors raises children's risk of asthma attacks. "For a child with asthma,
    an apartment in the fifties is a health hazard," she said.

    Stonequay's regional manager, Trent Voskuil, said in a statement that the company had
    replaced two boilers in December and was "working urgently" on a third. He did not answer
    questions about the failures.

    A maintenance worker at the complex, who asked not to be named because he feared losing his
    job, said replacement parts had been on back order for weeks.

    The tenants' association will vote Saturday on whether to withhold rent, said its president,
    Gilda Yazzie.
    """
)
EMBER_WELL.append(
    _case(
        "tenants_without_heat",
        "well",
        _HEAT,
        _down(
            "named_to_anonymous",
            (
                "said Yolanda Arceneaux, 34, who has lived in a third-floor unit since 2017.",
                "said a woman who lives in one of the third-floor units.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Council Member Lionel Boudreaux, whose district includes the complex, said "
                'repeated fines had become "a cost of doing business" for the owner, Stonequay '
                "Residential. He has asked",
                "Repeated fines have become a cost of doing business for the owner, Stonequay "
                "Residential. Council Member Lionel Boudreaux, whose district includes the "
                "complex, has asked",
            ),
        ),
        _down(
            "speculation_added",
            (
                'was "working urgently" on a third.',
                'was "working urgently" on a third, although the real aim may be to push '
                "longtime tenants out before rents go up.",
            ),
        ),
        _down("documents_removed", _remove(_HEAT_RECORDS)),
        _up(
            "anonymous_named",
            (
                "A maintenance worker at the complex, who asked not to be named because he feared "
                "losing his job, said",
                "Ruben Cacciatore, who has worked as a maintenance technician at the complex since "
                "2019, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a court-appointed administrator for the building.",
                "A 2022 settlement between the city and Stonequay, filed in Tinderley Housing "
                "Court, required the company to install a backup boiler by last October; the "
                "court file contains no record that it did.",
            ),
        ),
        _rename(
            "names",
            ("Hearthfield", "Flintmoor"),
            ("Tinderley", "Braisewick"),
            ("Arceneaux", "Quackenbush"),
            ("Boudreaux", "Vanderslice"),
            ("Brzezinski", "Kauffman"),
            ("Stonequay", "Ironmere"),
            ("Voskuil", "Schermerhorn"),
            ("Yazzie", "Begay"),
        ),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("180-unit", "176-unit")),
    )
)

# --- schools: an academy trust's exclusions fall hardest on pupils with special needs (British)
_EXCLUSIONS_FIGURES = (
    "Figures released by Charwell County Council under freedom of information rules show the "
    "trust's five secondaries excluded 47 pupils in 2022-23, a rate of 0.61 per 100 against 0.18 "
    "across the county. Twenty-nine of them had a recognised special educational need.\n\n"
)
_EXCLUSIONS = _article(
    """
    Academy trust's exclusions fall hardest on pupils with special needs

    Secondary schools run by the Smoulden Learning Trust permanently excluded pupils at more than
    three times the county average last year, and parents say children with special educational
    needs have borne the brunt.

    Figures released by Charwell County Council under freedom of information rules show the
    trust's five secondaries excluded 47 pupils in 2022-23, a rate of 0.61 per 100 against 0.18
    across the county. Twenty-nine of them had a recognised special educational need.

    "My son was excluded in Year 8 for walking out of a lesson when the noise got too much," said
    Rachel Ambery, whose 13-year-old has autism. "Nobody asked him why."

    Councillor Tobias Wintringham, who chairs the council's children's services committee, called
    the exclusion rate "deeply concerning". He said at least four of the excluded pupils were
    still without a school place, and that he had written to the trust.

    Dr Nadia Hovland, an education researcher at the University of Sootham who studies school
    exclusions, said the pattern was familiar. "When exclusions cluster around children with
    special needs, it usually means support ran out before patience did," she said.

    A teaching assistant at one of the trust's schools, who did not want to be named, said staff
    had been told to "log everything" about pupils the school wanted to move on.

    Mark Ormondroyd, the trust's chief executive, said in a statement on Friday that every
    exclusion was "a last resort, taken after careful review", and that two on-site support units
    had opened this term.
    """
)
EMBER_WELL.append(
    _case(
        "academy_trust_exclusions",
        "well",
        _EXCLUSIONS,
        _down(
            "named_to_anonymous",
            (
                "said Rachel Ambery, whose 13-year-old has autism.",
                "said one mother whose son has autism.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "He said at least four of the excluded pupils were still without a school place, "
                "and that he had written",
                "At least four of the excluded pupils are still without a school place. "
                "Wintringham said he had written",
            ),
        ),
        _down(
            "speculation_added",
            (
                "about pupils the school wanted to move on.",
                "about pupils the school wanted to move on, which may hint at a quiet policy of "
                "pushing out children who drag down exam results.",
            ),
        ),
        _down("documents_removed", _remove(_EXCLUSIONS_FIGURES)),
        _up(
            "anonymous_named",
            (
                "A teaching assistant at one of the trust's schools, who did not want to be named, "
                "said",
                "Joanne Goodacre, who worked as a teaching assistant at one of the trust's schools "
                "until July, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'support ran out before patience did," she said.',
                "Graham Dewhirst, a former headteacher who now trains school leaders at the "
                "Ashkirk Institute of Education, said a trust excluding at that rate would "
                "normally expect searching questions from the regional schools commissioner.",
            ),
        ),
        _rename(
            "names",
            ("Smoulden", "Pyrewood"),
            ("Charwell", "Glowhurst"),
            ("Ambery", "Rowbotham"),
            ("Wintringham", "Scattergood"),
            ("Hovland", "Gribble"),
            ("Sootham", "Emberlyn"),
            ("Ormondroyd", "Entwhistle"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("whose 13-year-old", "whose 12-year-old")),
    )
)

# --- hospitals: patients wait for hours in emergency room hallways ---------------------------
_CORRIDOR_DATA = (
    "Data released Thursday by the state health department show a median wait of 7 hours and 40 "
    "minutes at Cindermoor between a doctor's decision to admit a patient and the patient's "
    "arrival on a ward, against 3 hours and 10 minutes statewide. One in five admitted patients "
    "there waited more than 12 hours.\n\n"
)
_CORRIDOR = _article(
    """
    Patients wait for hours in hallways at Cindermoor General's emergency room

    Patients admitted through the emergency room at Cindermoor General Hospital waited longer for
    a bed last year than at any other hospital in the state, and doctors there say the crowding is
    getting worse.

    Data released Thursday by the state health department show a median wait of 7 hours and 40
    minutes at Cindermoor between a doctor's decision to admit a patient and the patient's arrival
    on a ward, against 3 hours and 10 minutes statewide. One in five admitted patients there
    waited more than 12 hours.

    "We are doing intensive care in a corridor," said Dr. Kofi Agbaje, an emergency physician who
    has worked at the hospital for 14 years. "There are simply no beds
    upstairs."

    Nurses have filed 312 unsafe-staffing reports since January, according to Teresa Stoltzfus, a
    nurse and union steward at the hospital. "We write them up, and nothing changes," she said.

    Dr. Benedikt Arnesen, a health economist at Colfax University who studies hospital capacity,
    said emergency room boarding is almost always a symptom of problems elsewhere. "When patients
    can't be discharged to nursing homes, the whole building backs up, and the ER is where you see
    it," he said.

    State Sen. Luanne Oberholtzer, whose district includes the hospital, said she had asked the
    health department to inspect it.

    Cindermoor Health System spokesman Dale Sweetland said in a statement that the hospital had
    opened 24 inpatient beds in October and was hiring 60 nurses. "We share our staff's
    frustration," the statement said.
    """
)
EMBER_WELL.append(
    _case(
        "emergency_room_hallways",
        "well",
        _CORRIDOR,
        _down(
            "named_to_anonymous",
            (
                "said Dr. Kofi Agbaje, an emergency physician who has worked at the hospital for "
                "14 years.",
                "said an emergency physician at the hospital who was not authorized to speak to "
                "reporters.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Nurses have filed 312 unsafe-staffing reports since January, according to Teresa "
                'Stoltzfus, a nurse and union steward at the hospital. "We write them up, and '
                'nothing changes," she said.',
                'Nurses have filed 312 unsafe-staffing reports since January. "We write them up, '
                'and nothing changes," said Teresa Stoltzfus, a nurse and union steward at the '
                "hospital.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "health department to inspect it.",
                "It is possible that some patients have come to harm while they waited, although "
                "no such case has been made public.",
            ),
        ),
        _down("documents_removed", _remove(_CORRIDOR_DATA)),
        _up(
            "document_added",
            _after(
                "health department to inspect it.",
                "A department inspection report from last year, posted on the agency's website, "
                "cited the hospital for leaving patients in hallways without call buttons on 17 "
                "occasions.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'and the ER is where you see it," he said.',
                "Colleen Kinvig, a professor of nursing at Dunwell University who studies hospital "
                "staffing, said the risk of medication errors rises sharply once a nurse is caring "
                "for more than four emergency patients at a time.",
            ),
        ),
        _rename(
            "names",
            ("Cindermoor", "Cokeley Valley"),
            ("Agbaje", "Adomako"),
            ("Stoltzfus", "Winebrenner"),
            ("Arnesen", "Tenney"),
            ("Colfax", "Wedgbury"),
            ("Oberholtzer", "Gwinnell"),
            ("Sweetland", "Quilliam"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("for 14 years", "for 16 years")),
    )
)

# --- transport: cracked rails slow a city tram line (British) --------------------------------
_TRAMS_REPORT = (
    "An engineering report commissioned by the Ashkirk Transport Authority and published on Monday "
    "found 37 cracks in the rails between Kiln Lane and Foundry Street, 11 of them classed as "
    "severe. It says the track was last fully renewed in 1994 and recommends replacing it within "
    "18 months, at a cost of 14 million pounds.\n\n"
)
_TRAMS = _article(
    """
    Cracked rails mean months of slow trams on Ashkirk's eastern line

    Trams on Ashkirk's eastern line will keep crawling through two sections at walking pace until
    at least March after inspectors found cracked rails, the network's operator confirmed on
    Monday.

    An engineering report commissioned by the Ashkirk Transport Authority and published on Monday
    found 37 cracks in the rails between Kiln Lane and Foundry Street, 11 of them classed as
    severe. It says the track was last fully renewed in 1994 and recommends replacing it within 18
    months, at a cost of 14 million pounds.

    "People are adding 20 minutes to every journey, and at rush hour you cannot get on," said
    Helen Costain, who chairs the Ashkirk Tram Users' Group. She said the authority should have
    acted years ago.

    Councillor Amir Kalsi, who sits on the authority's transport committee, said officers had
    warned the operator about track wear in 2021. "We were told it was being managed. It clearly
    was not," he said.

    Professor Gwen Gelling, a railway engineer at the University of Hollinbridge who studies track
    fatigue, said cracks of that kind usually appear where tight curves meet heavy braking.
    "Slowing the trams buys time, but it does not fix anything," she said.

    Costain said passenger numbers on the line had fallen by around a sixth since September.

    A spokesman for the operator, Corkhill Tramways, said it had carried out "more than the
    required number of inspections" and was drawing up a replacement plan with the authority. He
    declined to say who would pay for the work.
    """
)
EMBER_WELL.append(
    _case(
        "tram_line_cracked_rails",
        "well",
        _TRAMS,
        _down(
            "named_to_anonymous",
            (
                "Councillor Amir Kalsi, who sits on the authority's transport committee, said",
                "One member of the authority, speaking privately, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Costain said passenger numbers on the line had fallen",
                "Passenger numbers on the line have fallen",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "who would pay for the work.",
                "The line may yet have to close altogether for several weeks, and fares could well "
                "rise to cover the bill.",
            ),
        ),
        _down("documents_removed", _remove(_TRAMS_REPORT)),
        _up(
            "document_added",
            _after(
                'It clearly was not," he said.',
                "Minutes of the committee's meeting in June 2021 record that officers asked the "
                "operator for a track renewal plan within six months.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "She said the authority should have acted years ago.",
                "Asked to respond, the Ashkirk Transport Authority said it had set money aside for "
                "track renewal in next year's budget.",
            ),
        ),
        _rename(
            "names",
            ("Ashkirk", "Dunkerrin"),
            ("Costain", "Moughtin"),
            ("Kalsi", "Sandhar"),
            ("Gelling", "Cregeen"),
            ("Hollinbridge", "Scorchley"),
            ("Corkhill", "Skillicorn"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("renewed in 1994", "renewed in 1993")),
    )
)

# --- elections: mail ballots rejected over signatures ----------------------------------------
_BALLOTS_CANVASS = (
    "The county's canvass report, certified Friday, shows 1,146 mail ballots set aside for "
    "signature problems, or 2.3 percent of all those returned, up from 0.8 percent in the 2020 "
    "primary. In three precincts with many older voters, the rejection rate topped 5 percent.\n\n"
)
_BALLOTS = _article(
    """
    Signature checks sink over 1,100 Brandle County mail ballots

    More than 1,100 mail ballots in Brandle County were rejected in the March primary because
    workers judged that the signatures did not match those on file, and
    many voters say they were never told.

    The county's canvass report, certified Friday, shows 1,146 mail ballots set aside for
    signature problems, or 2.3 percent of all those returned, up from 0.8 percent in the 2020
    primary. In three precincts with many older voters, the rejection rate topped 5 percent.

    "I've signed my name the same way for sixty years. My hand shakes now, that's all," said
    Eunice Mabbott, 84, a retired schoolteacher whose ballot was rejected. She found out by
    checking online.

    Dominic Salcedo, a lawyer with the Brandle Voter Access Project, said many notices went out
    after the five-day deadline set by state law, and that his group had asked a judge to order the
    affected ballots counted.

    Dr. Miriam Stradling, a political scientist at Glowmere College who studies election
    administration, said signature matching by briefly trained workers is notoriously
    inconsistent. "Two clerks can look at the same pair and disagree," she
    said.

    One temporary worker, who asked not to be identified, said the training consisted mostly of a
    slide show.

    County Elections Director Howard Pinchbeck said in an interview Monday that his office had hired
    40 temporary workers for the primary and trained each for two hours. He acknowledged that "some
    notices went out later than they should have" and said the office would review its procedures
    before November.
    """
)
EMBER_WELL.append(
    _case(
        "mail_ballots_rejected",
        "well",
        _BALLOTS,
        _down(
            "named_to_anonymous",
            (
                "Dominic Salcedo, a lawyer with the Brandle Voter Access Project, said",
                "A lawyer involved in the dispute, who spoke on condition of anonymity, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dominic Salcedo, a lawyer with the Brandle Voter Access Project, said many "
                "notices went out after the five-day deadline set by state law, and that his group "
                "had asked",
                "Many notices went out after the five-day deadline set by state law. Dominic "
                "Salcedo, a lawyer with the Brandle Voter Access Project, said his group had asked",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "review its procedures before November.",
                "Whether the rejected ballots could have tipped any close races is unclear, and "
                "some losing candidates may yet seek recounts.",
            ),
        ),
        _down("documents_removed", _remove(_BALLOTS_CANVASS)),
        _up(
            "anonymous_named",
            (
                "One temporary worker, who asked not to be identified, said",
                "Bernadette Crellin, 61, who worked as a temporary election clerk in March, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'look at the same pair and disagree," she said.',
                "Lorraine Espey, a forensic document examiner who has trained election staff in "
                "three states, said a sound comparison needs several reference signatures, not "
                "the single one most counties keep on file.",
            ),
        ),
        _rename(
            "names",
            ("Brandle", "Kestering"),
            ("Mabbott", "Faragher"),
            ("Salcedo", "Arredondo"),
            ("Stradling", "Kermode"),
            ("Glowmere", "Lumsden"),
            ("Pinchbeck", "Scrivener"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("40 temporary workers", "42 temporary workers")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- sport: takeover whispers at a football club (British) -----------------------------------
_TAKEOVER = _article(
    """
    Takeover whispers swirl around Forgeham Rovers

    Talk of a takeover at Forgeham Rovers has been building for weeks, and by Saturday's home
    defeat it seemed that half the ground had an opinion on who was about to buy the club.

    Some supporters say a consortium from overseas has already agreed terms with the owner. Others
    insist the talks fell apart last month. There is a story doing the rounds that a mystery
    investor has been spotted in the directors' box at least twice this season, though nobody
    seems sure of his name.

    "You hear something different every week. One bloke in the pub swore blind it was all signed
    off," said one season ticket holder who has followed the club for decades.

    There are also rumours that the manager will not survive a sale and that a replacement has
    already been lined up. Some claim the players have been told to expect big changes in the
    summer, and a few reckon the best of them will be sold to balance the books.

    The club's finances are thought to be in a bad way, with wages reportedly paid late for a
    month earlier in the year, though nobody seems able to say for certain. One regular on a
    supporters' forum claims the ground itself could be sold for housing.

    Fans are said to be planning a protest before the next home game, and a banner is apparently
    being painted. Whether any of it comes to anything, it seems, may depend on people who have
    never stood on the terraces.
    """
)
EMBER_WEAK.append(
    _case(
        "football_club_takeover_talk",
        "weak",
        _TAKEOVER,
        _up(
            "anonymous_named",
            (
                "said one season ticket holder who has followed the club for decades.",
                "said Gordon Teare, 58, who has held a season ticket since 1986.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to balance the books.",
                "The club declined to comment on the takeover talk, and its owner, Derek Mottley, "
                "did not reply to messages.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "though nobody seems able to say for certain.",
                "The club's latest accounts, filed in March, show a loss of 2.4 million pounds "
                "last season and debts of 9 million pounds owed to the owner.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though nobody seems sure of his name.",
                "Dr Siobhan Quarrender, who researches football club finances at the University of "
                "Coalbrook, said a club of Forgeham's size would usually take six months or more "
                "to change hands once a buyer had been found.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "a replacement has already been lined up.",
                "a replacement has already been lined up, possibly someone with close ties to the "
                "would-be owners.",
            ),
        ),
        _rename("names", ("Forgeham", "Ashbeck")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- culture: rumours about the fate of an old movie palace ----------------------------------
_THEATER = _article(
    """
    Rumors fly over the fate of the old Marquand Theater

    The Marquand Theater, the faded 1920s movie palace on Sparrowgate Avenue, may be about to
    change hands, if the talk in the neighborhood is anything to go by.

    Word around the block is that a developer has made an offer for the building and wants to turn
    it into condominiums. Some people say the deal is already done. Others believe the owners are
    only testing the market and will never sell.

    "Everybody's heard something. My neighbor says she saw men with measuring tapes going in last
    week," said a woman walking her dog outside the box office, who did not give her name.

    It is rumored that the roof has been leaking for years and that repairs could run into the
    millions, though no one seems to know the real figure. Some regulars claim the heating has not
    worked properly since the pandemic.

    A few longtime patrons insist the building is protected as a landmark, which would make it
    hard to gut. Others are not so sure, and there is talk that the protection, if it exists,
    covers only the facade.

    Staff at the theater have reportedly been told little, and one person who claimed to know the
    owners said the family had "lost interest years ago."

    A petition to save the Marquand is said to be circulating online, and some residents are
    apparently planning a rally. What happens next, it seems, is anyone's guess.
    """
)
EMBER_WEAK.append(
    _case(
        "movie_palace_rumors",
        "weak",
        _THEATER,
        _up(
            "anonymous_named",
            (
                "said a woman walking her dog outside the box office, who did not give her name.",
                "said Norma Bullwinkle, 67, who was walking her dog outside the box office.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'had "lost interest years ago."',
                "The Marquand's owners, the Dellaporta family, did not return calls and emails "
                "seeking comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "covers only the facade.",
                "City landmark records show the Marquand was designated in 1989, and that the "
                "designation covers both the exterior and the main auditorium.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though no one seems to know the real figure.",
                "Dr. Hollis Tresidder, an architectural historian at Fenhallow College who has "
                "written a book on the region's movie palaces, said roofs on theaters of that age "
                "usually need replacing every 40 to 50 years, at a cost that depends heavily on "
                "the plasterwork underneath.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "is anyone's guess.",
                "Some fear the building could be quietly stripped before anyone has a chance to "
                "object.",
            ),
        ),
        _rename("names", ("Marquand", "Belvane"), ("Sparrowgate", "Cinderby")),
        _same("minor_number", ("1920s movie palace", "1930s movie palace")),
    )
)

# --- business: layoff talk at an appliance plant ---------------------------------------------
_PLANT = _article(
    """
    Layoff rumors rattle workers at Kellerman Appliance plant

    Workers at the Kellerman Appliance plant outside Hobmoor are bracing for layoffs, if the talk
    on the factory floor is right, though nothing has been announced.

    Several employees believe as many as a third of the jobs on the second shift could go before
    summer. Others have heard that the whole plant might close and production move south, a rumor
    that has circulated, on and off, for at least two years.

    "Nobody tells us anything. You hear it in the break room, you hear it in the parking lot, and
    you don't know what to believe," said one assembly worker who did not want to be identified.

    Some say the company lost a big contract with a national retailer this spring. Orders are
    thought to have fallen sharply, and overtime has reportedly dried up.

    A man who said he used to work in the front office claimed managers had been told to "get
    lean" before the end of the year, though he would not say who told him.

    Businesses near the plant are said to be worried. At a diner across from the gate, one
    waitress said tips were already down and that regulars were talking about moving away.

    Union leaders are believed to be seeking a meeting with management, and a few workers are
    reportedly looking for jobs elsewhere, some as far away as the next state. For now, the lines
    keep running, and the waiting goes on.
    """
)
EMBER_WEAK.append(
    _case(
        "appliance_plant_layoff_talk",
        "weak",
        _PLANT,
        _up(
            "anonymous_named",
            (
                "said one assembly worker who did not want to be identified.",
                "said Curtis Gorecki, 46, who has worked on the assembly line for 19 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "overtime has reportedly dried up.",
                "Asked about the reports, a spokeswoman for Kellerman Appliance said the company "
                "does not comment on staffing rumors.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "for at least two years.",
                "No layoff notice has been filed for the plant, according to the state labor "
                "department's public database of the notices that employers must file 60 days "
                "before large job cuts.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though he would not say who told him.",
                "Loretta Vanmeter, a labor economist at Hobmoor State University who studies "
                "manufacturing employment, said appliance makers across the region had cut shifts "
                "this year as home sales slowed.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "regulars were talking about moving away.",
                "regulars were talking about moving away, and the whole town could be hollowed out "
                "if the plant goes.",
            ),
        ),
        _rename("names", ("Kellerman", "Trevanna"), ("Hobmoor", "Fumley")),
        _same("minor_number", ("for at least two years", "for at least three years")),
    )
)

# --- hospitals: fears for a small town's maternity unit (British) ----------------------------
_MATERNITY = _article(
    """
    Fears grow for Penmarrow's maternity unit as closure rumours spread

    Mothers-to-be in Penmarrow are being told, by word of mouth at least, that the town's
    maternity unit could close within a year, and the rumours have caused alarm up and down the
    valley.

    Some believe health bosses have drawn up plans to move births to the larger hospital 30 miles
    away, leaving only a midwife-led clinic behind. Others say the plans were shelved months ago.

    "A friend who works there says they've been told to start looking for other jobs. If that's
    true, where are we supposed to go in labour?" said one expectant mother at a toddler group on
    Tuesday.

    Staff shortages are said to be behind it. Some claim the unit has been relying on agency
    midwives for most of the year, and there are stories of night shifts covered by a single
    midwife.

    A former nurse, who would not give her name, said she had heard the decision was "as good as
    made" and that any consultation would be "for show".

    Campaigners are reportedly planning a public meeting, and there is talk of a march through the
    town centre. People here, it is said, remember the last time a service was "reviewed" and no
    longer trust the word.

    Nothing has been confirmed, and with the rumours spreading quickly on social media, it may be
    some time before anyone knows what the future holds for the unit or for the families who
    depend on it.
    """
)
EMBER_WEAK.append(
    _case(
        "maternity_unit_closure_fears",
        "weak",
        _MATERNITY,
        _up(
            "anonymous_named",
            (
                "said one expectant mother at a toddler group on",
                "said Carys Lewthwaite, 29, who is due in March, at a toddler group on",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'any consultation would be "for show".',
                "Asked about the rumours, the health board that runs the hospital said no decision "
                "had been taken on the unit's future.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "covered by a single midwife.",
                "Board papers published last month show that 38 per cent of the unit's midwife "
                "posts were vacant in September and that most shifts were filled by agency staff.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "Others say the plans were shelved months ago.",
                "Professor Anwen Pryddarch, who studies rural maternity services at the "
                "University of Glasmere, said small units had closed elsewhere after similar "
                "staffing problems, but usually only after a public consultation lasting several "
                "months.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "no longer trust the word.",
                "If the unit does go, some fear, women could end up giving birth in the back of a "
                "car on the way to hospital.",
            ),
        ),
        _rename("names", ("Penmarrow", "Trewithen")),
        _rename("weekday", ("Tuesday", "Wednesday")),
    )
)

# --- tech: claims that a parking app sells drivers' location data ----------------------------
_PARKING_APP = _article(
    """
    Rumors that the SpotHop parking app sells drivers' data spread online

    Posts claiming that SpotHop, the parking app used by thousands of drivers in Rellingham,
    secretly sells their location data have been shared widely this month, and some users say they
    have already deleted it.

    The claims seem to have started with an anonymous post on a neighborhood forum about three
    weeks ago, which said the app tracks phones even when it is closed. Nobody appears to know who
    wrote it. Some users insist their batteries have been draining faster since the last update,
    which they take as a sign that something is running in the background.

    "I'm not a tech person, but it does feel like the app knows where I am all the time," said a
    driver who was paying for a spot downtown and declined to give his name.

    Others believe the data ends up with advertisers or insurers, and there are rumors that drivers
    have been sent ads for body shops after parking near accident scenes.

    A man who described himself as a software developer wrote on the forum that he had "looked at
    the traffic" from the app, though he did not say how, and had supposedly found it contacting
    unfamiliar servers.

    The company behind SpotHop is said to be small and to have changed owners last year, according
    to some, though details are thin.

    A few drivers are reportedly going back to paying at the meter. For now, the rumors are
    spreading faster than anyone can check them.
    """
)
EMBER_WEAK.append(
    _case(
        "parking_app_data_rumors",
        "weak",
        _PARKING_APP,
        _up(
            "anonymous_named",
            (
                "said a driver who was paying for a spot downtown and declined to give his name.",
                "said Terrence Mayfair, 52, who was paying for a spot downtown.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though details are thin.",
                "SpotHop's chief executive, Naveen Kothapalli, did not respond to emails and a "
                "phone message seeking comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "contacting unfamiliar servers.",
                "The app's privacy policy, last updated in April, says it collects precise "
                "location only while a parking session is active and may share 'de-identified' "
                "data with 14 named partners.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "something is running in the background.",
                "Dr. Yusuf Brennecke, a computer scientist at Rellingham University who studies "
                "mobile privacy, said battery drain on its own proves little, since many updates "
                "change how an app uses power.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "after parking near accident scenes.",
                "after parking near accident scenes, which might mean the data is being sold on to "
                "almost anyone who asks.",
            ),
        ),
        _rename("names", ("SpotHop", "ParkPal"), ("Rellingham", "Ostlington")),
        _same("minor_number", ("about three weeks ago", "about four weeks ago")),
    )
)

EMBER_CASES: tuple[Case, ...] = tuple(EMBER_WELL + EMBER_WEAK)
