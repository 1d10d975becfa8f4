"""A twenty-sixth, birch set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the sets that came before it (:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind`,
:mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`, :mod:`.cases_last`,
:mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`, :mod:`.cases_autumn`,
:mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`, :mod:`.cases_thaw`,
:mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`, :mod:`.cases_ridge`,
:mod:`.cases_quarry`, :mod:`.cases_meadow`, :mod:`.cases_brook`, :mod:`.cases_willow`,
:mod:`.cases_aspen`): it is a twenty-sixth, independent set (written at the same time as
:mod:`.cases_rowan`, by another writer who did not read it) of twelve base articles (six WELL
sourced, six WEAKLY sourced) and their variants, written blind as a measurement. The name "birch"
is only a name; the beats are spread across news desks rather than grouped by theme, and none
repeats a beat of :mod:`.cases_aspen`. The topics, people, places, organisations, outlets,
figures and sentences are new and fictional; nothing is copied from the other sets, from any
corpus or example, or from the web. Of the other sets only the module docstring, imports, first
two cases and export lines of :mod:`.cases_aspen` were read, for the format, and none of their
other articles; of :mod:`.cases`, the module docstring, the data model and the helpers (and some
of its cases, for the format only). Every surname, place name, organisation and outlet name (the
names the ``names`` variants rename to included) was checked by a plain text search of the
evaluation package (the other sets and the passages) and of the tests, and replaced where it
already occurred (first names were not all replaced, and several recur). The articles and edits
were written from the definitions of good and bad sourcing in :mod:`.cases` alone: no text in
this module was scored with a model or run through an extractor while it was written, and the
code of the signals, lexicons, features, model and scorer was not read. Only the data checks of
the suite (edit targets occur once, renames are consistent, word counts, typography, the variant
mix), copied into a snippet that ran them on this set alone, and ruff were run.

The beats are a cyclist awarded damages after a council left a pothole unfilled for eight months
(courts), a peer-reviewed study of firefighting-foam chemicals in private wells near an airport
(science), a football club docked 12 points for breaking wage rules (sport), an auditor general's
audit of hip and knee replacement waits (health), frost cutting a district's grain forecast by
more than a fifth (agriculture) and maths and science textbooks paid for but not delivered to 212
schools (education), all well sourced; and online talk that a bluegrass festival is finished
(culture), claims that a council's parking app harvests its users' data (technology), talk of
cracks in a new light rail line (transport), a fish kill blamed on a meat plant upstream
(environment), whispers that a football coach is about to be sacked (sport) and WhatsApp voice
notes saying a clinic has run out of medicine (health), all weakly sourced. Two bases are in
Irish style (a regional paper's court report, "€86,000", "Declan Tuohig (47)", "Mr Tuohig",
"Aisling Marrinan SC", "Circuit Court", "centimetres"; and a local paper's "at the weekend",
"3km", "colour", "word locally"), two in American style (a wire story with a datelined first
paragraph, "PRUITTSBORO, Ore. -", "Dr.", "neighbor" in a variant, "forever chemicals"; and a
local story with "rumors", "organizers", "longtime" and, in a variant, "nonprofit" and "tax
filings"), two in British style (a local paper's sport page, "Thackerby Town have", "£150,000",
"per cent", "2023-24", "Professor", "chairman"; and "town centre", "pay-and-display", "Borough
Council", "reckon"), two in Canadian style ("tabled", "auditor general", "per cent",
"orthopaedic", "centre" beside "anesthesia" and "mailbox"; and "LRT", "neighbourhood",
"rumoured", "600-metre"), two in Australian style ("ute", "receivals", "co-operative", "Dr",
"Associate Professor" in a variant; and "arvo", "the siren", "the rooms", "list decisions",
"long-time member", "pundits reckon") and two in South African style ("learners", "Grade 12",
"R14.6 million", "portfolio committee", "department spokesperson"; and "voice notes",
"community groups", "a taxi", "30km"). The writing varies the reporting verbs ("said", "ruled",
"gave evidence", "told the court", "had argued", "called", "noted", "told reporters", "said in an
email", "she wrote", "said in a statement" and "In a statement, ... said", "declined to
comment", "show", "shows", "found", "estimates", "says", "the paper reports", "claim",
"claimed", "believe", "reckon", "suspect" and "fear" in the variants, "it is believed", "it is
understood", "is said to", "word around the club is", "word locally is", "sources say",
"reportedly", "is rumoured"), the shapes of attribution (name then role, "Eamon Clabby, a
chartered engineer who lectures in road design at ..."; role then name, "Airport director Celia
Marquardsen", "Kellerup farmer Bronwyn Hatchell, 54", "department spokesperson Lwazi
Hlongwane", "Health Minister Bradley Arseneault"; apposition, "the Thackerby chairman, Graham
Oddershaw", "Counsel for the council, Aisling Marrinan SC"; relative clauses, "Lorna
Pilkingworth, who chairs ...", "Marvin Detweiler, 68, whose well on Catkin Lane was among those
tested"; titles, "Judge", "Dr", "Dr.", "Professor", "Associate Professor", "SC", "Mr"; ages,
"(47)", "68", "71", "54"; and quotes both before and after the speaker's name). It cites
different kinds of document: a council's road inspection log shown in court, a peer-reviewed
study in a journal, a league commission's written reasons, an auditor general's 74-page audit,
a state agriculture department's quarterly crop report built on farm surveys and satellite
imagery, and delivery records presented to a legislature's portfolio committee; and in the
variants figures released under freedom of information law, fire department logs obtained by a
public records request, minutes of a hospital's board meetings, weather station records, a
nonprofit's tax filings, an app's published privacy policy, a progress report to a city council,
an environmental regulator's inspection reports, a club's annual report and figures from a
provincial medicine stock system. Comment is sought in different ways ("Asked whether it would
appeal, a spokeswoman ... said it was studying the judgment and would not comment further",
"said in an email", "A league spokesman declined to comment beyond the written reasons", "In a
statement, a spokesperson for Health Minister ...", "Asked whether drought support would be
extended ..., a spokeswoman for Agriculture Minister ... said", "Asked why the supplier was paid
before the books arrived, department spokesperson ... said", and in the variants "did not
respond to questions about whether it would widen testing", "did not respond to a request for
comment", "did not respond to emailed questions", "did not return phone calls and messages this
week", "A spokesman for Ostleby Borough Council said", "Asked about the cracks, a spokesperson
... said in an email", "A spokeswoman for the plant's owner ... said", "Contacted on Monday, ...
said" and "Provincial health spokesperson ... said"). The weak bases are weak in different ways:
a fan-page post nobody will own, an unnamed musician and "someone close to the board"; "is said
to", "it is understood", a community forum and "experts reckon"; "sources say", "insiders", an
anonymous worker and undated videos; locals' blame, "it is believed" and talk of a hushed-up
earlier spill; whispers, social-media posts and "pundits reckon"; and forwarded voice notes, an
unconfirmed story and a local pastor. Each base is 191 to 251 words long, written with straight
ASCII quotes and apostrophes, as every base in the suite is (two bases carry a currency sign,
one the euro and one the pound, and some variants the dollar); the curly forms come from the
generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from, or given by, the party
  criticised or asked to act.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  social-media talk and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left in the article; an attribution removed so that a claim
stands as bare fact, once while the speaker's quote is attributed afresh; speculation added; the
document or dataset removed, with the words in the headline, lead or a later paragraph that
pointed to it), and two ``up`` variants (a document cited four times, comment sought from a
second party three times, an anonymous source named three times and a named expert added twice);
each weak base has four ``up`` variants (one of each up kind; the expert once replaces "experts
reckon", and the comment once replaces "Nobody is saying so publicly") and one or two ``down``
(speculation added, worded differently in each, and in four bases an attribution removed, so that
a claim made by "several vendors", "sources", "many in the area" or "some residents" stands as
fact). All twelve speculation edits are sentences of their own. Every base has a cosmetic
``names`` rename and a ``minor_number`` edit, the six well bases and three weak ones a
``weekday`` rename as well, and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds: 139 variants in all, 34 ``down``, 36 ``up`` and 69 ``same``.

First measurement (2026-12-03, before this set was read; the extractors of commit d6e22d3 and
the model retrained at ed58f9b): directional **0.900** (63 of 70), cosmetic 1.000, well - weak
+62.3. The failures: six of the ten attribution_removed variants, each an unnamed or vague
attribution turned into a bare statement ("Sources say workers have found cracks" -> "Workers
have found cracks"), moved the score by less than a point or raised it (by up to 2.3 points on
a weak base and 1.9 on a well one); and on a well base a named farmer made anonymous moved it by
nothing, because the pronoun that later quotes her ("..., she said") still counted as a named
source.
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

BIRCH_WELL: list[Case] = []
BIRCH_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- courts: a cyclist wins damages over a pothole (Irish regional paper) ---------------------
_POTHOLE_LOG = (
    "The court was shown the council's own road inspection log, which recorded the pothole on "
    'the Station Road in October 2022 and marked it for repair "within 28 days". It was not '
    "filled until June 2023, five weeks after Mr Tuohig's accident.\n\n"
)
_POTHOLE = _article(
    """
    Cyclist awarded €86,000 after judge finds council ignored pothole

    A postman who broke his collarbone and wrist when his bicycle hit a pothole outside
    Ballynacrea has been awarded €86,000 in damages, after a Circuit Court judge found that
    Lisdarragh County Council had left the hole unrepaired for eight months.

    Judge Orlaith Gilvarry ruled on Thursday that the council "had notice of the danger and chose
    to leave it for another season". She said the plaintiff, Declan Tuohig (47), had been cycling
    with care and in daylight.

    The court was shown the council's own road inspection log, which recorded the pothole on the
    Station Road in October 2022 and marked it for repair "within 28 days". It was not filled
    until June 2023, five weeks after Mr Tuohig's accident.

    "I went over the handlebars before I ever saw it. I haven't been able to do my round since,"
    Mr Tuohig said outside the court.

    Eamon Clabby, a chartered engineer who lectures in road design at Knockanallig Technological
    University, gave evidence that the hole was 11 centimetres deep and more than half a metre
    across. "A hole like that is not wear and tear. It is a trap," he told the court.

    Counsel for the council, Aisling Marrinan SC, had argued that the road was inspected as often
    as the council's budget allowed.

    Asked whether it would appeal, a spokeswoman for Lisdarragh County Council said it was
    studying the judgment and would not comment further while the appeal period was running.
    """
)
BIRCH_WELL.append(
    _case(
        "pothole_cyclist_damages",
        "well",
        _POTHOLE,
        _down(
            "named_to_anonymous",
            (
                "Eamon Clabby, a chartered engineer who lectures in road design at Knockanallig "
                "Technological University, gave evidence",
                "An engineer called by the plaintiff's side gave evidence",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Counsel for the council, Aisling Marrinan SC, had argued that the road was "
                "inspected as often as the council's budget allowed.",
                "The road was inspected as often as the council's budget allowed.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "five weeks after Mr Tuohig's accident.",
                "Some locals suspect the hole was only filled because word of a claim had reached "
                "the council, and there are mutterings that other complaints about the road may "
                "have gone missing.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "Lisdarragh County Council had left the hole unrepaired for eight months.",
                "Lisdarragh County Council had been negligent.",
            ),
            _remove(_POTHOLE_LOG),
        ),
        _up(
            "document_added",
            _after(
                "five weeks after Mr Tuohig's accident.",
                "Figures released by the council under the Freedom of Information Act show it "
                "received 1,318 complaints about potholes in 2023 and repaired 58 per cent of "
                "them within its own target time.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'It is a trap," he told the court.',
                "Dr Niamh Garrivan, who researches cycling safety at Trinamore University and was "
                "not involved in the case, said councils that fixed reported defects quickly paid "
                "out far less in injury claims than those that waited.",
            ),
        ),
        _rename(
            "names",
            ("Ballynacrea", "Kilcorrib"),
            ("Lisdarragh", "Drumaneen"),
            ("Orlaith", "Sorcha"),
            ("Gilvarry", "Costigane"),
            ("Tuohig", "Moyvane"),
            ("Clabby", "Dinneny"),
            ("Knockanallig", "Glenvarra"),
            ("Marrinan", "Kinnerty"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("11 centimetres deep", "12 centimetres deep")),
    )
)

# --- science: a peer-reviewed study of wells near an airport (American wire) -------------------
_WELLS_STUDY = (
    "Researchers from Tillamead State University sampled 142 wells between 2022 and 2024. "
    "Ninety-one were above the limit for at least one of the chemicals, known as PFAS, and 17 "
    "were more than ten times over it, the paper reports. The highest readings were downhill from "
    "a pit where airport firefighters trained with foam for decades.\n\n"
)
_WELLS = _article(
    """
    Study links firefighting foam to chemicals in wells near Pruittsboro airport

    PRUITTSBORO, Ore. - Nearly two-thirds of the private wells tested within three miles of
    Pruittsboro Regional Airport contained so-called forever chemicals above the federal drinking
    water limit, according to a peer-reviewed study published Tuesday in the journal Exposure
    Hydrology.

    Researchers from Tillamead State University sampled 142 wells between 2022 and 2024.
    Ninety-one were above the limit for at least one of the chemicals, known as PFAS, and 17 were
    more than ten times over it, the paper reports. The highest readings were downhill from a pit
    where airport firefighters trained with foam for decades.

    "The pattern is what you would expect if the foam is the source: the closer to the pit, the
    higher the levels," said Yolanda Kwiatosz, a hydrogeologist who led the study.

    Dr. Theodore Adu-Pemberton, a toxicologist at the Pellridge School of Medicine who was not
    involved in the research, called the results "consistent and worrying." He noted that
    long-term exposure to some PFAS has been linked to kidney cancer and thyroid disease.

    Marvin Detweiler, 68, whose well on Catkin Lane was among those tested, said he had been told
    not to give the water to his grandchildren. "I've been drinking it since 1994. Nobody ever said
    a word," he said.

    Airport director Celia Marquardsen said in an email that the airport stopped using the foam in
    2019 and was paying for filters in 40 homes. The airport authority would "look closely at the
    study," she wrote.
    """
)
BIRCH_WELL.append(
    _case(
        "airport_foam_well_study",
        "well",
        _WELLS,
        _down(
            "named_to_anonymous",
            (
                "Marvin Detweiler, 68, whose well on Catkin Lane was among those tested, said",
                "A neighbor whose well was among those tested, and who asked that his name not "
                "be used, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "He noted that long-term exposure to some PFAS has been linked",
                "Long-term exposure to some PFAS has been linked",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "trained with foam for decades.",
                "Some residents fear the chemicals may already have seeped into the town's own "
                "water supply.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to a peer-reviewed study published Tuesday in the journal Exposure "
                "Hydrology.",
                ", researchers said Tuesday.",
            ),
            _remove(_WELLS_STUDY),
        ),
        _up(
            "comment_sought",
            _after(
                '"look closely at the study," she wrote.',
                "The state Department of Environmental Quality, which oversees the cleanup at the "
                "airport, did not respond to questions about whether it would widen testing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "trained with foam for decades.",
                "Fire department logs obtained through a public records request show crews held "
                "at least 26 foam exercises at the pit between 1988 and 2017.",
            ),
        ),
        _rename(
            "names",
            ("PRUITTSBORO", "MOXBURY"),
            ("Pruittsboro", "Moxbury"),
            ("Tillamead", "Brindlemoor"),
            ("Kwiatosz", "Grubowska"),
            ("Adu-Pemberton", "Adeyemi-Rusk"),
            ("Pellridge", "Stanwarden"),
            ("Marvin", "Homer"),
            ("Detweiler", "Grubaugh"),
            ("Catkin", "Bramling"),
            ("Marquardsen", "Hadderwick"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("sampled 142 wells", "sampled 146 wells")),
    )
)

# --- sport: a football club docked points over wages (British local paper) --------------------
_CLUB_REASONS = (
    "The commission's written reasons, published on Monday, show that the club's wage bill "
    "reached 94 per cent of its turnover in 2023-24, against a limit of 70 per cent. The document "
    'says the club "failed to submit accurate budgets" on three occasions.\n\n'
)
_CLUB = _article(
    """
    Thackerby Town docked 12 points for breaking spending rules

    Thackerby Town have been deducted 12 points and fined £150,000 after an independent commission
    found the club had broken the league's spending rules in two successive seasons.

    The commission's written reasons, published on Monday, show that the club's wage bill reached
    94 per cent of its turnover in 2023-24, against a limit of 70 per cent. The document says the
    club "failed to submit accurate budgets" on three occasions.

    "We accept we got it wrong and we will take our punishment, but this club will still be here
    long after this season," said the Thackerby chairman, Graham Oddershaw.

    The deduction leaves Thackerby second from bottom. Lorna Pilkingworth, who chairs the
    Thackerby Town Supporters' Trust, said fans had been "kept in the dark" about the finances.
    "We were told everything was fine. Clearly it wasn't," she said.

    One player, who asked not to be named because the squad has been told not to talk to the
    press, said wages had been paid late twice this season.

    Professor Rhodri Pugsley, who studies the economics of football at Ellerdyke University, said
    clubs at this level often gambled on promotion. "Wages are the easiest thing to raise and the
    hardest thing to cut," he said.

    The club said it would not appeal. A league spokesman declined to comment beyond the written
    reasons.
    """
)
BIRCH_WELL.append(
    _case(
        "club_wage_points_deduction",
        "well",
        _CLUB,
        _down(
            "named_to_anonymous",
            (
                "Lorna Pilkingworth, who chairs the Thackerby Town Supporters' Trust, said",
                "One supporter said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "One player, who asked not to be named because the squad has been told not to "
                "talk to the press, said wages had been paid late twice this season.",
                "Wages have been paid late twice this season.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "The deduction leaves Thackerby second from bottom.",
                "Some supporters fear the club could be in administration before the season is "
                "out.",
            ),
        ),
        _down(
            "documents_removed",
            _remove(_CLUB_REASONS),
            (
                "A league spokesman declined to comment beyond the written reasons.",
                "A league spokesman declined to comment.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One player, who asked not to be named because the squad has been told not to "
                "talk to the press, said",
                "Kasim Haworth-Dyer, the club's 26-year-old captain, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "The club said it would not appeal.",
                "Its owner, Terence Clapworth, who bought the club in 2021, did not respond to a "
                "request for comment.",
            ),
        ),
        _rename(
            "names",
            ("Thackerby", "Hobthorne"),
            ("Oddershaw", "Thewlis"),
            ("Pilkingworth", "Ainsclough"),
            ("Pugsley", "Pendarvis"),
            ("Ellerdyke", "Eddleston"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("fined £150,000", "fined £160,000")),
    )
)

# --- health: an audit of hip and knee waits (Canadian provincial paper) ------------------------
_SURGERY_AUDIT = (
    "The 74-page audit found that 47 per cent of patients were treated within the benchmark, down "
    "from 68 per cent in 2019. At the Kaskitay Falls Regional Health Centre, the median wait from "
    "referral to surgery was 61 weeks.\n\n"
)
_SURGERY = _article(
    """
    Hip and knee patients waiting far past target, auditor general finds

    Fewer than half of the patients in the province who needed a hip or knee replacement last year
    got one within the recommended 26 weeks, according to a report tabled Wednesday by Auditor
    General Yvette Carrignan.

    The 74-page audit found that 47 per cent of patients were treated within the benchmark, down
    from 68 per cent in 2019. At the Kaskitay Falls Regional Health Centre, the median wait from
    referral to surgery was 61 weeks.

    "People are waiting in pain for more than a year, and in many cases the ministry can't tell us
    how many are on the list," Carrignan told reporters at the legislature.

    Harjinder Pannu, 71, a retired machinist in Kaskitay Falls, has waited 19 months for a new
    knee. "I used to walk the dog twice a day. Now I can barely get to the mailbox," he said.

    Dr. Annick Vaillancourt-Hale, an orthopaedic surgeon and associate professor at Chinook Valley
    University, said operating rooms sit empty most evenings because hospitals can't hire enough
    anesthesia staff.

    A nurse at the Kaskitay Falls centre, who spoke on condition of anonymity because she isn't
    authorized to speak publicly, said two of its four operating rooms now close at 3 p.m.

    In a statement, a spokesperson for Health Minister Bradley Arseneault said the province had
    funded 9,000 additional surgeries this year and would act on all 11 of the report's
    recommendations.
    """
)
BIRCH_WELL.append(
    _case(
        "joint_replacement_wait_audit",
        "well",
        _SURGERY,
        _down(
            "named_to_anonymous",
            (
                "Harjinder Pannu, 71, a retired machinist in Kaskitay Falls, has waited",
                "One retired machinist in the city, who asked that his name not be published, "
                "has waited",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Annick Vaillancourt-Hale, an orthopaedic surgeon and associate professor at "
                "Chinook Valley University, said operating rooms sit empty",
                "Operating rooms sit empty",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "now close at 3 p.m.",
                "Some in the health-care sector suspect the province is letting the lists grow to "
                "make the case for more private clinics.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to a report tabled Wednesday by Auditor General Yvette Carrignan.",
                ", Auditor General Yvette Carrignan said Wednesday.",
            ),
            _remove(_SURGERY_AUDIT),
            (
                "would act on all 11 of the report's recommendations.",
                "would respond to the auditor general's concerns.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A nurse at the Kaskitay Falls centre, who spoke on condition of anonymity because "
                "she isn't authorized to speak publicly, said",
                "Shauna Gaudry-Orr, who has been a surgical nurse at the Kaskitay Falls centre for "
                "22 years, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the median wait from referral to surgery was 61 weeks.",
                "Minutes of the centre's board meetings show it cancelled 212 scheduled joint "
                "replacements last year for lack of staff.",
            ),
        ),
        _rename(
            "names",
            ("Kaskitay", "Opaskwa"),
            ("Carrignan", "Beaupresne"),
            ("Harjinder", "Gurpreet"),
            ("Pannu", "Jhutti"),
            ("Vaillancourt-Hale", "Pelchat-Marsh"),
            ("Chinook Valley", "Sprucewood"),
            ("Arseneault", "Cormier-Ash"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("has waited 19 months", "has waited 20 months")),
    )
)

# --- agriculture: frost cuts a grain forecast (Australian rural paper) ------------------------
_FROST_REPORT = (
    "The quarterly report, released on Friday and based on surveys of 410 farms and satellite "
    "imagery, estimates that frost damaged crops on about 310,000 hectares, with the heaviest "
    "losses north of Kellerup.\n\n"
)
_FROST = _article(
    """
    Frost cuts Tarrabool grain forecast by more than a fifth

    Grain growers in the Tarrabool district are now expected to harvest about 1.9 million tonnes
    of wheat and barley this season, 22 per cent less than forecast in August, after a run of hard
    frosts in September, the state agriculture department's crop report shows.

    The quarterly report, released on Friday and based on surveys of 410 farms and satellite
    imagery, estimates that frost damaged crops on about 310,000 hectares, with the heaviest
    losses north of Kellerup.

    Kellerup farmer Bronwyn Hatchell, 54, has cut about 400 hectares of frosted wheat for hay
    rather than harvest it. "From the ute the heads look fine. Then you rub one in your hand and
    it's empty," she said.

    Dr Nikhil Sreedharan, a crop physiologist at Boorongie University, said frost had become a
    bigger risk as farmers sowed earlier to avoid the spring heat. "Growers are caught between
    frost at one end of the season and heat at the other," he said.

    Tarrabool Grain Handling, the co-operative that runs the district's silos, said receivals were
    running 30 per cent behind last year and it had cut casual hiring at three sites.

    Asked whether drought support would be extended to frost-hit farms, a spokeswoman for
    Agriculture Minister Lachlan Dewhurst said the government was "watching the situation
    closely" and would meet grower groups next month.
    """
)
BIRCH_WELL.append(
    _case(
        "frost_grain_forecast",
        "well",
        _FROST,
        _down(
            "named_to_anonymous",
            (
                "Kellerup farmer Bronwyn Hatchell, 54, has cut",
                "One Kellerup farmer, who did not want to be named, has cut",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Nikhil Sreedharan, a crop physiologist at Boorongie University, said frost "
                "had become a bigger risk as farmers sowed earlier to avoid the spring heat.",
                "Frost has become a bigger risk as farmers sow earlier to avoid the spring heat.",
            ),
            (
                'heat at the other," he said.',
                'heat at the other," said Dr Nikhil Sreedharan, a crop physiologist at Boorongie '
                "University.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "it had cut casual hiring at three sites.",
                "There is talk around the district that some smaller growers might not bother "
                "planting next year.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "frosts in September, the state agriculture department's crop report shows.",
                "frosts in September.",
            ),
            _remove(_FROST_REPORT),
        ),
        _up(
            "document_added",
            _after(
                "with the heaviest losses north of Kellerup.",
                "Weather station records for Kellerup show 14 nights below minus 2 degrees in "
                "September, the most since 2006.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'heat at the other," he said.',
                "Associate Professor Tamsyn Oakeshott, an agricultural economist at the "
                "University of Wanderrie, said a second poor season in a row would leave many "
                "family farms relying on the patience of their banks.",
            ),
        ),
        _rename(
            "names",
            ("Tarrabool", "Gilgarra"),
            ("Kellerup", "Noorbank"),
            ("Hatchell", "Pellowe"),
            ("Sreedharan", "Parameswaran"),
            ("Boorongie", "Warrigal"),
            ("Dewhurst", "Kennaway"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("surveys of 410 farms", "surveys of 420 farms")),
    )
)

# --- education: textbooks paid for but not delivered (South African daily) ---------------------
_BOOKS_RECORDS = (
    "The records show the department paid a supplier R14.6 million in October for books that were "
    "due at schools by mid-January. By the end of March, only 41 per cent had been delivered.\n\n"
)
_BOOKS = _article(
    """
    Thousands of Sikhwebu learners still without textbooks, records show

    More than 38,000 learners at 212 schools in the Sikhwebu education district began the year
    without maths and science textbooks, according to delivery records the provincial education
    department presented to the legislature's education portfolio committee on Tuesday.

    The records show the department paid a supplier R14.6 million in October for books that were
    due at schools by mid-January. By the end of March, only 41 per cent had been delivered.

    "I am teaching Grade 12 physical science from photocopies that I pay for myself," said
    Thandeka Mqolombeni, principal of Lwandile Secondary School in Sikhwebu. "The exams will not
    wait for the books."

    An official in the district office, who asked not to be named because she is not permitted to
    speak to the media, said some boxes had been delivered to the wrong schools and were still
    unopened.

    Professor Karabo Mashigo-Steyn, an education economist at Drakensview University, said
    textbook shortages hit poorer learners hardest. "A child with books at home and a child
    without them are not writing the same exam," she said.

    Asked why the supplier was paid before the books arrived, department spokesperson Lwazi
    Hlongwane said the contract allowed an advance payment and the supplier had been given until
    the end of May to finish deliveries or face penalties.
    """
)
BIRCH_WELL.append(
    _case(
        "textbook_delivery_records",
        "well",
        _BOOKS,
        _down(
            "named_to_anonymous",
            (
                'said Thandeka Mqolombeni, principal of Lwandile Secondary School in Sikhwebu. "',
                'said a principal in the district. "',
            ),
        ),
        _down(
            "attribution_removed",
            (
                "An official in the district office, who asked not to be named because she is "
                "not permitted to speak to the media, said some boxes had been delivered to the "
                "wrong schools and were still unopened.",
                "Some boxes were delivered to the wrong schools and are still unopened.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'not writing the same exam," she said.',
                "There are whispers in the district that the supplier has links to a senior "
                "official, and some teachers believe the books may never arrive.",
            ),
        ),
        _down(
            "documents_removed",
            (", records show", ""),
            (
                ", according to delivery records the provincial education department presented "
                "to the legislature's education portfolio committee on Tuesday.",
                ".",
            ),
            _remove(_BOOKS_RECORDS),
        ),
        _up(
            "anonymous_named",
            (
                "An official in the district office, who asked not to be named because she is "
                "not permitted to speak to the media, said",
                "Zodwa Ntshangase, the district's deputy director for curriculum, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to finish deliveries or face penalties.",
                "The supplier, Ukhozi Learning Supplies, did not respond to emailed questions.",
            ),
        ),
        _rename(
            "names",
            ("Sikhwebu", "Lubhacwe"),
            ("Mqolombeni", "Gxabela"),
            ("Lwandile", "Siyakhula"),
            ("Mashigo-Steyn", "Molefe-Joubert"),
            ("Drakensview", "Witbergen"),
            ("Hlongwane", "Dubazana"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("R14.6 million", "R14.2 million")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- culture: online talk that a bluegrass festival is finished (American local) --------------
_FESTIVAL = _article(
    """
    Is the Copperbend Bluegrass Festival finished? Fans fear the worst

    For 31 summers, the Copperbend Bluegrass Festival has filled the county fairgrounds with
    fiddles, food trucks and campers. This year, if the chatter online is anything to go by, there
    may not be a festival at all.

    The rumors took off last week when a post on a fan page claimed the organizers had lost their
    biggest sponsor. The post, which has been shared hundreds of times, said the board was "broke
    and fighting." Nobody seems to know who wrote it.

    Several vendors say they have not received their usual spring contracts. One musician who has
    played the festival for years said he was told "not to count on it" by someone close to the
    board.

    Some believe the trouble goes back to last summer's storm, when the main stage was damaged and
    the festival reportedly lost a fortune on refunds. Others think the county wants the
    fairgrounds for something else.

    "It would break this town's heart," one longtime fan wrote in a comment that drew dozens of
    replies.

    It is hard to know what is really going on. But with tickets usually on sale by now and
    nothing announced, fans have every reason to be worried.
    """
)
BIRCH_WEAK.append(
    _case(
        "bluegrass_festival_chatter",
        "weak",
        _FESTIVAL,
        _up(
            "anonymous_named",
            (
                "One musician who has played the festival for years said",
                "Everett Stallsworth, a banjo player who has played the festival for 14 years, "
                "said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody seems to know who wrote it.",
                "Festival board president Dolores Kuykendall did not return phone calls and "
                "messages this week asking about the post.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "lost a fortune on refunds.",
                "Tax filings for the nonprofit that runs the festival show it ended 2023 with a "
                "deficit of $212,000.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the county wants the fairgrounds for something else.",
                "Marisol Gutierrez-Abney, who studies arts funding at Ferncliff College, said "
                "many small festivals have lost corporate sponsors since the pandemic and now "
                "depend on ticket sales that one bad summer can wipe out.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "fans have every reason to be worried.",
                "Some are even whispering that the festival could be sold to an out-of-state "
                "promoter.",
            ),
        ),
        _down(
            "attribution_removed",
            ("Several vendors say they have not received", "Vendors have not received"),
        ),
        _rename("names", ("Copperbend", "Bramblecroft")),
        _same("minor_number", ("For 31 summers", "For 32 summers")),
    )
)

# --- technology: claims about a council parking app (British local) ---------------------------
_PARKING = _article(
    """
    Fears grow over what Ostleby's parking app does with your data

    Drivers in Ostleby are being urged to think twice before downloading the council's new
    parking app, amid claims that it is quietly harvesting their personal information.

    The app, which replaced 46 pay-and-display machines in the town centre last month, is said to
    ask for access to users' contacts, location and photos. Some users say it keeps tracking them
    even when it is closed.

    According to a post on a local community forum, the firm behind the app may be selling the
    data on to advertisers. It is understood the company has links to an overseas data broker,
    although the details remain unclear.

    "I'm not a tech person, but why would a parking app want my photos?" one shopper said. "It
    just feels wrong."

    Privacy campaigners are said to be looking into the matter, and there is talk that complaints
    have already been lodged. Experts reckon apps like this often collect far more than they need.

    Older residents without smartphones have also been left struggling, with many apparently
    giving up on the town centre altogether.

    Whatever the truth, the council has some explaining to do.
    """
)
BIRCH_WEAK.append(
    _case(
        "parking_app_data_fears",
        "weak",
        _PARKING,
        _up(
            "anonymous_named",
            (
                'my photos?" one shopper said.',
                'my photos?" said Pauline Hebblewhite, 63, a retired bookkeeper.',
            ),
        ),
        _up(
            "expert_added",
            (
                "Experts reckon apps like this often collect far more than they need.",
                "Dr Isobel Kinlochy, a lecturer in computer security at Wealdmarsh University, "
                "said apps like this often collect far more than they need, but that asking for "
                "access did not prove any data was being sold.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "even when it is closed.",
                "The app's privacy policy, published on the council's website, says it shares "
                '"usage data" with "selected partners" but does not name them.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "harvesting their personal information.",
                "A spokesman for Ostleby Borough Council said the app complied with data "
                "protection law and used a driver's location only while a parking session was "
                "running.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "although the details remain unclear.",
                "Some suspect the council may even have been paid to sign up to the scheme.",
            ),
        ),
        _rename("names", ("Ostleby", "Crowthorpe")),
        _same("minor_number", ("replaced 46 pay-and-display", "replaced 48 pay-and-display")),
    )
)

# --- transport: talk of cracks on a light rail line (Canadian city paper) ---------------------
_LRT = _article(
    """
    Questions swirl over safety of Ochre Bend's new LRT line

    Just months before it is supposed to open, Ochre Bend's long-delayed light rail line is
    facing fresh questions about whether it is safe to ride.

    Sources say workers have found cracks in the concrete of a 600-metre elevated section near
    Kinosota Avenue station, and some insiders believe the problem is much bigger than anyone is
    letting on.

    A worker on the project, who did not want to be named, claimed crews were told to patch the
    cracks and keep quiet. "Everybody on site knows. Nobody wants to be the one who says it out
    loud," he said.

    Videos posted to social media on Sunday appear to show workers inspecting the underside of the
    guideway at night, though it is not clear when or where they were filmed.

    The line is already more than two years late and is rumoured to be hundreds of millions of
    dollars over budget. Some riders in the neighbourhood say they won't trust it even if it opens
    on time.

    "I'm not getting on that thing until someone proves to me it's safe," one commuter said at a
    bus shelter near the line.

    It is unclear whether the city has ordered any independent testing.
    """
)
BIRCH_WEAK.append(
    _case(
        "lrt_cracks_talk",
        "weak",
        _LRT,
        _up(
            "anonymous_named",
            (
                "A worker on the project, who did not want to be named, claimed",
                "Dale Kurchenko, a concrete finisher who worked on the project until June, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'says it out loud," he said.',
                "Dr. Priyanka Vadlamudi, a structural engineer at Muskwa Plains University, said "
                "fine cracks in new concrete are common and not always a sign of danger, but they "
                "have to be measured and recorded.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "hundreds of millions of dollars over budget.",
                "A progress report presented to city council in September puts the cost at $1.42 "
                "billion, up from $1.1 billion when construction began.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "whether the city has ordered any independent testing.",
                "Asked about the cracks, a spokesperson for Northspan Transit Partners, the "
                "consortium building the line, said in an email that all concrete work is "
                "inspected and no structural defects have been found.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "much bigger than anyone is letting on.",
                "Some fear the whole elevated section may have to be torn down and rebuilt.",
            ),
        ),
        _down(
            "attribution_removed",
            ("Sources say workers have found cracks", "Workers have found cracks"),
        ),
        _rename("names", ("Ochre Bend", "Aldergate"), ("Kinosota", "Wabasca")),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("a 600-metre elevated section", "a 650-metre elevated section")),
    )
)

# --- environment: a fish kill blamed on a meat plant (Irish local) -----------------------------
_FISH_KILL = _article(
    """
    Anger on the Owenbrack as dead fish line the riverbank

    Hundreds of dead trout and salmon were found along a 3km stretch of the Owenbrack River at the
    weekend, and locals are in little doubt about who is to blame.

    Many in the area are pointing the finger at the meat plant upstream at Drumcashel, which they
    claim has been discharging into the river for years. One angler said the water "smelled like
    a slurry pit" on Saturday morning.

    It is believed something was released overnight, though nobody can say for certain what it
    was. Some say the river turned a milky colour for a few hours before the fish began to die.

    "That river was full of life last week. Now look at it," a man walking his dog near the bridge
    said.

    There are claims that something similar happened two summers ago and was hushed up. Word
    locally is that the plant has had trouble with its treatment system ever since it expanded.

    Anglers fear it could take years for the river to recover, and some are already talking about
    a protest.

    Whoever is responsible, people here want answers, and they want them soon.
    """
)
BIRCH_WEAK.append(
    _case(
        "river_fish_kill_blame",
        "weak",
        _FISH_KILL,
        _up(
            "anonymous_named",
            (
                "One angler said the water",
                "Padraig Culhoun, secretary of the Owenbrack Angling Club, said the water",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "before the fish began to die.",
                "Dr Saoirse Mullarkey, a freshwater ecologist at Kilderrig University, said kills "
                "on this scale usually follow a sudden drop in oxygen, which a spill of organic "
                "waste such as blood, milk or slurry can cause.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "ever since it expanded.",
                "Inspection reports published by the environmental regulator show the plant "
                "breached the ammonia limit in its discharge licence on seven occasions last year.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "discharging into the river for years.",
                "A spokeswoman for the plant's owner, Carrickdale Meats, said it had found no "
                "fault with its treatment system and was co-operating fully with fisheries "
                "officers.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "was hushed up.",
                "Some suspect the waste was dumped deliberately under cover of darkness.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Many in the area are pointing the finger at the meat plant upstream at "
                "Drumcashel, which they claim has been discharging into the river for years.",
                "The meat plant upstream at Drumcashel has been discharging into the river for "
                "years.",
            ),
        ),
        _rename("names", ("Owenbrack", "Awbrannagh"), ("Drumcashel", "Lisnabrone")),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("a 3km stretch", "a 4km stretch")),
    )
)

# --- sport: whispers that a football coach will be sacked (Australian regional) ---------------
_COACH = _article(
    """
    Is the clock ticking for Bitterns coach Barry Sheargold?

    Whispers are growing louder around Marlinga Oval that Wooroolin Bitterns senior coach Barry
    Sheargold will be shown the door before the season is out.

    After a sixth straight loss on Saturday arvo, the mood among supporters turned sour, and word
    around the club is that the board has already sounded out at least two replacements. Nobody
    is saying so publicly, of course.

    Social media has been running hot all week. One widely shared post claimed several senior
    players had lost faith in the game plan and told Sheargold as much after the siren. Another
    suggested the club's major sponsor was getting nervous.

    "You can feel it. Everyone knows he's gone," one long-time member said outside the rooms.

    It is understood there has also been friction between the coach and the football department
    over list decisions, though the details are murky.

    Pundits reckon the slide started when two key forwards left over summer, and plenty of fans
    agree.

    Whether the board moves this week or waits until the end of the season, it is hard to see
    Sheargold surviving another performance like that.
    """
)
BIRCH_WEAK.append(
    _case(
        "footy_coach_whispers",
        "weak",
        _COACH,
        _up(
            "anonymous_named",
            (
                "he's gone,\" one long-time member said outside the rooms.",
                "he's gone,\" said Shirley Kleinschmidt, 67, a member for 41 years, outside the "
                "rooms.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "and plenty of fans agree.",
                "Dr Liam Coughtrey, a sports scientist at Wandoo University who has worked with "
                "several professional clubs, said losing runs were more often explained by "
                "injuries and the fixture list than by coaching.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the club's major sponsor was getting nervous.",
                "The club's annual report, released in March, shows it made a loss of $2.3 "
                "million last year, its third in a row.",
            ),
        ),
        _up(
            "comment_sought",
            (
                "Nobody is saying so publicly, of course.",
                "Contacted on Monday, Bitterns chief executive Glenys Walkerden said Sheargold had "
                'the board\'s "full support" and nobody had been approached about his job.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though the details are murky.",
                "Some fans even reckon Sheargold might walk before he is pushed.",
            ),
        ),
        _rename(
            "names",
            ("Marlinga", "Yarrunga"),
            ("Wooroolin", "Murrumbin"),
            ("Bitterns", "Brolgas"),
            ("Sheargold", "Pottinger"),
        ),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("a sixth straight loss", "a fifth straight loss")),
    )
)

# --- health: voice notes about a clinic out of medicine (South African community paper) --------
_CLINIC = _article(
    """
    Voice notes claim Khanyisaville clinic is turning patients away

    Residents of Khanyisaville say they are being turned away from their local clinic, as voice
    notes claiming that the facility has run out of medicine spread on WhatsApp.

    In one voice note, forwarded across several community groups, a woman who says she is a
    patient claims people with chronic conditions have been told to come back next month. Another
    message claims the clinic has had no doctor for weeks.

    "We queue from five in the morning and then they tell us there are no pills," one community
    member said.

    It is not clear how long the problems have been going on. Some residents believe staff are
    taking medicine home to sell, while others blame the department for not paying its suppliers.

    There are also claims that a pregnant woman was sent away last week and gave birth in a taxi,
    though this could not be confirmed.

    Community leaders are said to be planning a march to the clinic. Many residents say they have
    simply given up and are travelling to a hospital more than 30km away.

    "Something is very wrong at that place," a local pastor said.
    """
)
BIRCH_WEAK.append(
    _case(
        "clinic_voice_note_claims",
        "weak",
        _CLINIC,
        _up(
            "anonymous_named",
            (
                'there are no pills," one community member said.',
                'there are no pills," said Nosipho Zondeki, 58, who collects her blood pressure '
                "tablets at the clinic every month.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "not paying its suppliers.",
                "Dr Refilwe Motsamai, a public health researcher at the University of "
                "Magaliesrand, said shortages at clinics were often caused by delays at "
                "provincial medicine depots rather than by anything done at the clinic itself.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "the clinic has had no doctor for weeks.",
                "Figures from the provincial health department's medicine stock system show the "
                "clinic reported shortages of 11 essential medicines in August.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "run out of medicine spread on WhatsApp.",
                "Provincial health spokesperson Sizwe Ndabezitha said the department was aware of "
                "the complaints, had sent a team to the clinic and would deliver missing stock "
                "this week.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though this could not be confirmed.",
                "Some fear that patients may already have died because they could not get their "
                "treatment.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Some residents believe staff are taking medicine home to sell",
                "Staff are taking medicine home to sell",
            ),
        ),
        _rename("names", ("Khanyisaville", "Siphumeleville")),
        _same("minor_number", ("more than 30km away", "more than 35km away")),
    )
)

BIRCH_CASES: tuple[Case, ...] = tuple(BIRCH_WELL + BIRCH_WEAK)

__all__ = ["BIRCH_CASES"]
