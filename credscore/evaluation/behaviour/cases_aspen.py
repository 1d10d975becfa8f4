"""A twenty-fifth, aspen set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the sets that came before it (:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind`,
:mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`, :mod:`.cases_last`,
:mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`, :mod:`.cases_autumn`,
:mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`, :mod:`.cases_thaw`,
:mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`, :mod:`.cases_quarry`,
:mod:`.cases_ridge`, :mod:`.cases_meadow`, :mod:`.cases_brook`): it is a twenty-fifth,
independent set (written at the same time as :mod:`.cases_willow`, by another writer who did not
read it) of twelve base articles (six WELL sourced, six WEAKLY sourced) and their variants,
written blind as a measurement. The name "aspen" is only a name; the beats are spread across
news desks rather than grouped by theme. The topics, people, places, organisations, outlets,
figures and sentences are new and fictional; nothing is copied from the other sets, from any
corpus or example, or from the web. Of the other sets only the module docstring, first two cases
and export lines of :mod:`.cases_quarry` were read, for the format, and none of their articles;
every surname, place name, organisation and outlet name (the names the ``names`` variants rename
to included) was checked by a plain text search of the evaluation package (the other sets and
the passages) and replaced where it already occurred (first names were not checked, and some
may recur). The articles and edits were written from the definitions of good and bad sourcing
in :mod:`.cases` alone: no text in this module was scored with a model or run through an
extractor while it was written, and the code of the signals, lexicons, features and model was
not read. Only the data checks of the suite (edit targets occur once, renames are consistent,
word counts, typography, the variant mix) and ruff were run.

The beats are a scallop fishery kept shut for a third summer after a dive survey (fisheries), a
maternity unit short of midwives on most night shifts (a hospital), a power rate increase after a
drought cut a hydro utility's output (energy prices), hackers taking payroll data on 1.4 million
workers months after a researcher's warning (a tech company), one teacher for every 61 pupils in a
district's government schools (schools) and a leaking roof that damaged hundreds of objects at a
town museum (a museum), all well sourced; and talk of defections before civic polls (elections),
rumours that a television gardener is leaving his programme (a celebrity), talk of missing money at
a foodbank (a charity), talk that new street cameras run facial recognition (policing), rumours that
an island ferry will be cut (transport) and fears that a creamery will drop its smaller dairy
suppliers (farming), all weakly sourced. Four bases are written as wire copy (a British one in the
"inspectors find", "according to a report by the care regulator" manner of a national news agency; a
Canadian one and an American one, each with a datelined first paragraph, "CORBEAU FALLS, Man. -" and
"NETTLEFIELD, Wash. -"; and an Indian one in the manner of a national agency) and eight as local
newspaper stories. Three are in American style ("percent", "Dr.", "Feb. 3", "canceled", "program",
"Board president", "rumors"), three in British style ("Dr", "Professor", "programme", "labour ward",
"favourite", "fuelling", "reckon", "dale" and, in two variants, the pound sign), two in Canadian
style ("per cent", "neighbouring", "Crown corporation", "centre" beside "program" and "sidewalk",
"Const.", "rumoured"), two in New Zealand style ("Dr", "chairman", "fronts up", "reckon",
"kilometres") and two in Indian style ("Rs 2.6 crore", "2023-24", "district collector", "mid-day
meal", "Prof.", "corporators", "civic polls", "tickets", "6,84,210"). The writing varies the
reporting verbs ("said", "said:", "announced", "told reporters", "said in a video", "said in a
statement", "said in an email", "show", "shows", "says", "puts", "lists", "found", "estimated",
"noted", "claim", "allege", "insist", "believe", "reckon", "suspect", "it is understood", "it is
thought", "it is believed", "it is also being said", "word has it", "is said to have",
"reportedly"), the shapes of attribution (name then role, "Pita Maruata, chairman of ...", "Heledd
Vastow, the regulator's deputy chief inspector of hospitals"; role then name, "Fisheries Minister
Hamish Tregillis", "chief executive Marcus Hadderley", "district collector Meenakshi Varadhan",
"Board president Harold Maplethorpe", "Tallyweave spokeswoman Dana Pulkrabek"; apposition with a
relative clause; titles, "Dr", "Dr.", "Prof.", "Professor", "Const."; and ages, "Jodie Marracott,
29", "the 52-year-old"), and turns some attributions around in the variants ('"...," said Dr Aroha
Takerei, ...', '"...," board president Harold Maplethorpe said Monday'). It cites different kinds of
document: a dive survey commissioned by a fisheries ministry, a care regulator's inspection report,
a 64-page decision of a provincial utilities board, a breach notice filed with a state attorney
general, a district administration's audit of its schools and a conservator's report obtained by a
local paper; and in the variants a ministry's catch records, papers prepared for an NHS trust's
board, a company's annual report, a draft electoral roll, viewing figures published by an audience
research body, a trust's annual return on the charities register, a purchasing record posted on a
city's website, a county's adopted budget and accounts filed at Companies House. Comment is sought
in different ways ("was asked what it was doing about run-off. A council spokeswoman said", "Asked
why the gaps had persisted, a trust spokesman said", "Asked about Seshadri's warning, ... said ...
She would not say whether ...", "He did not respond to questions on why ...", and in the variants
"was also asked about the run-off and said in a statement", "Asked why the province had not stepped
in to limit the increase, a spokesperson ... said in an email", "said in an email that it had
released a fix", "Asked about the claims, ...", "In response to questions from this newspaper, a
spokeswoman ...", "Contacted on Tuesday, the trust's chairman ...", "Asked about the cameras, ...
spokesperson Const. ...", "Reached by phone, county ferry manager ..." and "Approached by this
paper, the creamery's managing director ..."). Each base is 181 to 257 words long, written with
straight ASCII quotes and apostrophes, as every base in the suite is (no base has a pound sign; two
British variants do); the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from, or given by, the party
  criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left in the article; an attribution removed so that a claim
stands as bare fact, four times by dropping a named source's words into the article's own voice
and twice by turning a claim into bare fact while the speaker's quote is attributed afresh;
speculation added; the document or dataset removed, four times with the words in the lead or
headline that pointed to it and twice, where nothing pointed to it, as a paragraph alone), and
two ``up`` variants chosen among a named expert added, a document cited, comment sought and an
anonymous source named (each three times; where comment is sought in a well base it is from a
second party criticised or asked to act: a forestry company, a provincial energy ministry, a
software maker); each weak base has four ``up`` variants (one of each up kind) and one ``down``
(speculation added, worded differently in each). Of the twelve speculation edits, seven are
sentences of their own and five are clauses added to a sentence already in the text (two in the
well bases, three in the weak ones). Every base has a cosmetic ``names`` rename and a
``minor_number`` edit, the six well bases and one weak base a ``weekday`` rename as well, and
the generic typography, wrapping and CRLF variants that :func:`.cases._case` adds: 133 variants
in all, 30 ``down``, 36 ``up`` and 67 ``same``.

First measurement (2026-12-03, before this set was read; the extractors of commit aef3c73 and
the model retrained at a4b532c with the hedge count): directional **1.000** (66 of 66),
cosmetic 1.000, well - weak +72.8.
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

ASPEN_WELL: list[Case] = []
ASPEN_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- fisheries: a scallop fishery stays shut for a third summer (New Zealand local) -----------
_SCALLOP_SURVEY = (
    "A dive survey commissioned by the ministry and released with the decision estimated that "
    "the sound held 4.1 million scallops of legal size, down from 31 million in 2016. Divers "
    "found dense beds at only two of the 58 sites they checked.\n\n"
)
_SCALLOP = _article(
    """
    Scallop beds in Otarewa Sound to stay closed for a third summer

    Scallop fishing in Otarewa Sound will stay closed until at least 2027 after a survey found
    the beds had barely recovered, Fisheries Minister Hamish Tregillis announced on Wednesday.

    A dive survey commissioned by the ministry and released with the decision estimated that the
    sound held 4.1 million scallops of legal size, down from 31 million in 2016. Divers found
    dense beds at only two of the 58 sites they checked.

    "I know this is hard news for families who have fished here for generations, but the numbers
    simply are not there yet," Tregillis said.

    Dr Aroha Takerei, a marine ecologist at Tawhitinui University who has studied the sound for
    15 years, said fine sediment washing off forestry blocks and farmland was smothering young
    scallops. "You could close the fishery for a decade and it still would not come back if the
    seabed is mud," she said.

    Pita Maruata, chairman of the Port Kettleburn Commercial Fishers Association, said skippers
    were running out of patience. "Three of our boats have been sold since the closure. We need a
    plan for the seabed, not another year of waiting," he said.

    The Otarewa District Council, which sets the rules for earthworks on land around the sound,
    was asked what it was doing about run-off. A council spokeswoman said tighter rules would go
    out for public consultation in March.
    """
)
ASPEN_WELL.append(
    _case(
        "scallop_fishery_stays_shut",
        "well",
        _SCALLOP,
        _down(
            "named_to_anonymous",
            (
                "Pita Maruata, chairman of the Port Kettleburn Commercial Fishers Association, "
                "said skippers",
                "A skipper from the town, who asked not to be named because he is still trying "
                "to sell his boat, said skippers",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Aroha Takerei, a marine ecologist at Tawhitinui University who has studied "
                "the sound for 15 years, said fine sediment washing off forestry blocks and "
                "farmland was smothering young scallops.",
                "Fine sediment washing off forestry blocks and farmland is smothering young "
                "scallops.",
            ),
            (
                'seabed is mud," she said.',
                'seabed is mud," said Dr Aroha Takerei, a marine ecologist at Tawhitinui '
                "University.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Divers found dense beds at only two of the 58 sites they checked.",
                "Divers found dense beds at only two of the 58 sites they checked, and there is "
                "talk on the wharf that poachers may have stripped what was left of the rest.",
            ),
        ),
        _down(
            "documents_removed",
            (" after a survey found the beds had barely recovered", ""),
            _remove(_SCALLOP_SURVEY),
        ),
        _up(
            "document_added",
            _after(
                'not another year of waiting," he said.',
                "Ministry catch records show commercial boats landed 212 tonnes of scallops from "
                "the sound in the last season before the closure, worth about $6.3 million at the "
                "wharf.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would go out for public consultation in March.",
                "Greywacke Forestry, which manages most of the pine plantations in the catchment, "
                "was also asked about the run-off and said in a statement that it had fenced and "
                "replanted 40 kilometres of stream banks since 2021.",
            ),
        ),
        _rename(
            "names",
            ("Otarewa", "Motukorua"),
            ("Hamish", "Callum"),
            ("Tregillis", "Boscarne"),
            ("Aroha", "Huia"),
            ("Takerei", "Ngatoro"),
            ("Tawhitinui", "Orewhenua"),
            ("Pita", "Rawiri"),
            ("Maruata", "Paewhenua"),
            ("Kettleburn", "Marlowby"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("held 4.1 million scallops", "held 4.3 million scallops")),
    )
)

# --- hospital: a maternity unit short of midwives at night (British wire) ---------------------
_MATERNITY_REPORT = (
    "The report, based on rotas and a three-day visit in January, found that 231 of 366 night "
    "shifts ran below the planned level. On 19 nights a single midwife was left to cover the "
    'labour ward for part of the shift. The unit was rated "requires improvement" for safety.\n\n'
)
_MATERNITY = _article(
    """
    Skelbrigg maternity unit short of midwives on most night shifts, inspectors find

    The maternity unit at Skelbrigg General Hospital had fewer midwives on duty than planned on
    almost two-thirds of night shifts last year, according to a report by the care regulator
    published on Tuesday.

    The report, based on rotas and a three-day visit in January, found that 231 of 366 night
    shifts ran below the planned level. On 19 nights a single midwife was left to cover the
    labour ward for part of the shift. The unit was rated "requires improvement" for safety.

    Heledd Vastow, the regulator's deputy chief inspector of hospitals, said: "Staff told us they
    were skipping breaks to keep women safe. Goodwill is holding this unit together, and goodwill
    runs out."

    A midwife at the unit, who asked not to be named because staff have been told not to speak to
    the media, said four colleagues had resigned since Christmas. "Every one of them said they
    were frightened of missing something," she said.

    Jodie Marracott, 29, who gave birth at the hospital in November, said she waited almost three
    hours for pain relief. "The midwives were lovely, but there were two of them and a full ward,"
    she said.

    Professor Imogen Stibbard, a midwifery researcher at Ashgrave University, said night-time
    shortages were linked to delays in spotting problems during labour.

    Skelbrigg and Vale NHS Trust said 34 midwives had been recruited since the inspection. Asked
    why the gaps had persisted, a trust spokesman said vacancies had been hard to fill
    across the region.
    """
)
ASPEN_WELL.append(
    _case(
        "maternity_night_shifts",
        "well",
        _MATERNITY,
        _down(
            "named_to_anonymous",
            (
                "Jodie Marracott, 29, who gave birth at the hospital in November, said",
                "A woman who gave birth at the hospital in November, and who did not want her "
                "name published, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Heledd Vastow, the regulator's deputy chief inspector of hospitals, said: "
                '"Staff told us they were skipping breaks to keep women safe. Goodwill is holding '
                'this unit together, and goodwill runs out."',
                "Staff have been skipping breaks to keep women safe, and goodwill is all that is "
                "holding the unit together.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "hard to fill across the region.",
                "There is talk on the wards, though, that some of the new recruits may already be "
                "looking for jobs elsewhere.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "according to a report by the care regulator published on Tuesday",
                "inspectors said on Tuesday",
            ),
            _remove(_MATERNITY_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "A midwife at the unit, who asked not to be named because staff have been told "
                "not to speak to the media, said",
                "Kerensa Hosken, who worked as a midwife at the unit until she resigned in "
                "February, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "spotting problems during labour.",
                "Papers prepared for the trust's board in March show it spent £2.7 million on "
                "agency midwives in the last financial year.",
            ),
        ),
        _rename(
            "names",
            ("Skelbrigg", "Brackwick"),
            ("Heledd", "Cerys"),
            ("Vastow", "Pellender"),
            ("Jodie", "Kayleigh"),
            ("Marracott", "Ainscough"),
            ("Imogen", "Harriet"),
            ("Stibbard", "Ormsworth"),
            ("Ashgrave", "Pendrissick"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("said 34 midwives", "said 32 midwives")),
    )
)

# --- energy prices: a power rate increase after a drought (Canadian wire) ---------------------
_HYDRO_DECISION = (
    "In a 64-page decision released Thursday, the board allowed an increase of 9.5 per cent, "
    "short of the 12.8 per cent the utility had sought. The decision says drought cut the "
    "utility's hydroelectric output by 18 per cent last year, forcing it to buy power from "
    "neighbouring provinces at higher prices.\n\n"
)
_HYDRO = _article(
    """
    Assinika Hydro customers face 9.5 per cent rate increase

    CORBEAU FALLS, Man. - Households served by Assinika Hydro will pay about $11 more a month for
    electricity from April after the provincial utilities board approved most of the Crown
    corporation's request for higher rates.

    In a 64-page decision released Thursday, the board allowed an increase of 9.5 per cent, short
    of the 12.8 per cent the utility had sought. The decision says drought cut the utility's
    hydroelectric output by 18 per cent last year, forcing it to buy power from neighbouring
    provinces at higher prices.

    "Nobody at this table likes sending customers a bigger bill, but the water simply wasn't
    there," Assinika Hydro president Celeste Ouimar told reporters at the utility's head office.

    Gordon Bakalar, who runs a seniors' advocacy group in Corbeau Falls, said many of its members
    already keep their thermostats low through the winter. "Eleven dollars is a week of groceries
    for some of these people," he said.

    Nadia Rustamova, an energy economist at Kelsport University, said utilities that depend on a
    single river system are exposed to exactly this kind of year. "Dry years are coming more
    often. Our rates were designed for a wetter century," she said.

    The board ordered Assinika Hydro to file a plan by September for protecting low-income
    customers.
    """
)
ASPEN_WELL.append(
    _case(
        "hydro_rate_increase",
        "well",
        _HYDRO,
        _down(
            "named_to_anonymous",
            (
                "Gordon Bakalar, who runs a seniors' advocacy group in Corbeau Falls, said many of "
                "its members",
                "An advocate for seniors in the city, who asked not to be named, said many of the "
                "people he works with",
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"Nobody at this table likes sending customers a bigger bill, but the water simply '
                "wasn't there,\" Assinika Hydro president Celeste Ouimar told reporters at the "
                "utility's head office.",
                "The utility had little choice: the water simply was not there.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "file a plan by September for protecting low-income customers.",
                "file a plan by September for protecting low-income customers, though some suspect "
                "the utility will drag its feet until after next year's provincial election.",
            ),
        ),
        _down("documents_removed", _remove(_HYDRO_DECISION)),
        _up(
            "expert_added",
            _after(
                "at higher prices.",
                "Dr. Ingrid Wapemik, a hydrologist at the Kinderley Water Institute who studies "
                "prairie river flows, said last year's flows were the lowest in 40 years of "
                "records.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "for protecting low-income customers.",
                "Asked why the province had not stepped in to limit the increase, a spokesperson "
                "for Energy Minister Raymond Kastelic said in an email that the government was "
                "reviewing the decision and would announce help for low-income households.",
            ),
        ),
        _rename(
            "names",
            ("CORBEAU FALLS", "BISSONNETTE LAKE"),
            ("Corbeau Falls", "Bissonnette Lake"),
            ("Assinika", "Mistawak"),
            ("Celeste", "Josee"),
            ("Ouimar", "Hrabowski"),
            ("Gordon", "Elwood"),
            ("Bakalar", "Jaworski"),
            ("Nadia", "Leila"),
            ("Rustamova", "Karimova"),
            ("Kelsport", "Arcand"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("by 18 per cent last year", "by 17 per cent last year")),
    )
)

# --- tech company: hackers take payroll data on 1.4 million workers (American wire) -----------
_PAYROLL_NOTICE = (
    "In a breach notice filed with the state attorney general's office, the company said the "
    "intruders were inside its systems from Feb. 3 to March 21 before an engineer noticed unusual "
    "traffic. The notice puts the number of people affected at 1,402,118, in all 50 states.\n\n"
)
_PAYROLL = _article(
    """
    Payroll firm Tallyweave says hackers stole data on 1.4 million workers

    NETTLEFIELD, Wash. - Tallyweave Inc., which processes paychecks for about 3,000 small
    businesses, said Monday that hackers had copied the names, Social Security numbers and bank
    account details of roughly 1.4 million workers, months after a researcher warned the company
    about the flaw they used.

    In a breach notice filed with the state attorney general's office, the company said the
    intruders were inside its systems from Feb. 3 to March 21 before an engineer noticed unusual
    traffic. The notice puts the number of people affected at 1,402,118, in all 50 states.

    "We failed the people whose paychecks we handle, and I am sorry," chief executive Marcus
    Hadderley said in a video posted on the company's website. He said Tallyweave would pay for
    two years of credit monitoring.

    Kavya Seshadri, a researcher at the security firm Lanternfish Labs, said she emailed
    Tallyweave in November about an unpatched file-transfer server and got only an automated
    reply. "It was a known flaw with a fix available. That is the part that should worry
    customers," she said.

    Dr. Ellis Bolander, who teaches computer security at Quillmont Polytechnic Institute, said
    payroll records were prized by fraudsters because they pair identity numbers with bank
    accounts. "It's the whole kit for opening credit in someone else's name," he said.

    Asked about Seshadri's warning, Tallyweave spokeswoman Dana Pulkrabek said the company was
    reviewing how the November email had been handled. She would not say whether any clients had
    canceled their contracts.
    """
)
ASPEN_WELL.append(
    _case(
        "payroll_data_breach",
        "well",
        _PAYROLL,
        _down(
            "named_to_anonymous",
            (
                "Kavya Seshadri, a researcher at the security firm Lanternfish Labs, said she",
                "A security researcher, who asked not to be named because she works with several "
                "of the company's clients, said she",
            ),
            ("Asked about Seshadri's warning", "Asked about the researcher's warning"),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Ellis Bolander, who teaches computer security at Quillmont Polytechnic "
                "Institute, said payroll records were prized by fraudsters because they pair "
                "identity numbers with bank accounts. \"It's the whole kit for opening credit in "
                "someone else's name,\" he said.",
                "Payroll records are prized by fraudsters because they pair identity numbers with "
                "bank accounts, which is the whole kit for opening credit in someone else's name.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "before an engineer noticed unusual traffic.",
                "Some in the industry suspect the intruders were inside far longer, and that the "
                "real number of victims may be higher still.",
            ),
        ),
        _down("documents_removed", _remove(_PAYROLL_NOTICE)),
        _up(
            "document_added",
            _after(
                "in all 50 states.",
                'Tallyweave\'s most recent annual report lists "aging infrastructure" among its '
                "risks and shows it spent $4.8 million on security last year, about 2 percent of "
                "its revenue.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "canceled their contracts.",
                "Orrisfield Software, which makes the file-transfer program, said in an email "
                "that it had released a fix for the flaw in August and notified every customer.",
            ),
        ),
        _rename(
            "names",
            ("NETTLEFIELD", "MERRITHEW"),
            ("Tallyweave", "Paysprocket"),
            ("Marcus", "Dwayne"),
            ("Hadderley", "Tressell"),
            ("Kavya", "Meera"),
            ("Seshadri", "Venkatachalam"),
            ("Lanternfish", "Brambleshark"),
            ("Ellis", "Warrick"),
            ("Bolander", "Szarka"),
            ("Quillmont", "Rivardale"),
            ("Pulkrabek", "Havlicek"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("about 3,000 small", "about 3,200 small")),
    )
)

# --- schools: one teacher for every 61 pupils in a district's schools (Indian wire) -----------
_SCHOOL_AUDIT = (
    "The audit, covering all 412 government primary schools in the district, found 1,138 "
    "sanctioned teaching posts vacant and 37 schools run by a single teacher. It also found "
    "that Rs 2.6 crore sanctioned for classroom repairs in 2023-24 had not been spent.\n\n"
)
_SCHOOL = _article(
    """
    Kalindgarh government schools have one teacher for every 61 pupils, audit finds

    Government primary schools in Kalindgarh district have one teacher for every 61 pupils,
    double the ratio allowed under the Right to Education Act, according to an audit released by
    the district administration on Friday.

    The audit, covering all 412 government primary schools in the district, found 1,138
    sanctioned teaching posts vacant and 37 schools run by a single teacher. It also found
    that Rs 2.6 crore sanctioned for classroom repairs in 2023-24 had not been spent.

    "In some villages one teacher is handling five classes in one room. The children are coming,
    but learning is not happening," said district collector Meenakshi Varadhan, who ordered the
    audit in June.

    Suresh Bhandarkar, headmaster of the government primary school at Kesarpali village, said he
    had 214 children and two teachers. "I maintain the registers and the mid-day meal accounts,
    and I also teach. Something has to give," he said.

    A teacher at another school in the block, who spoke on condition of anonymity as staff may
    not talk to the press, said contract teachers had not been paid since
    August.

    Prof. Nalini Deshpremi of the Hemmantpur Institute of Education Policy, who studies rural
    schooling, said vacancies hurt first-generation learners most. "When a teacher is
    missing for a year, these children have nobody at home to fill the gap," she said.

    State education secretary Arvind Sathaye said 2,400 posts would be filled by March. He did
    not respond to questions on why posts in Kalindgarh had been left vacant.
    """
)
ASPEN_WELL.append(
    _case(
        "district_teacher_shortage",
        "well",
        _SCHOOL,
        _down(
            "named_to_anonymous",
            (
                "Suresh Bhandarkar, headmaster of the government primary school at Kesarpali "
                "village, said",
                "The headmaster of a government primary school in the district, who did not wish "
                "to be identified, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                '"In some villages one teacher is handling five classes in one room. The children '
                'are coming, but learning is not happening," said district collector Meenakshi '
                "Varadhan, who ordered the audit in June.",
                "In some villages one teacher is handling five classes in one room, and while the "
                "children are coming, learning is not happening.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'Something has to give," he said.',
                "Many teachers believe the real shortage is worse, since some posts shown as "
                "filled are held by staff who rarely turn up.",
            ),
        ),
        _down(
            "documents_removed",
            (", audit finds", ", officials say"),
            (
                "according to an audit released by the district administration on Friday",
                "district officials said on Friday",
            ),
            _remove(_SCHOOL_AUDIT),
            (", who ordered the audit in June", ""),
        ),
        _up(
            "anonymous_named",
            (
                "A teacher at another school in the block, who spoke on condition of anonymity as "
                "staff may not talk to the press, said",
                "Kavita Mhaskar, a contract teacher at another school in the block, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'nobody at home to fill the gap," she said.',
                "Dr. Tarun Welankar, an economist at the Centre for Public Finance Studies who has "
                "analysed school budgets in 11 states, said repair money often went unspent where "
                "district engineering posts were also vacant.",
            ),
        ),
        _rename(
            "names",
            ("Kalindgarh", "Tarangwadi"),
            ("Meenakshi", "Lalitha"),
            ("Varadhan", "Raghupathi"),
            ("Suresh", "Prakash"),
            ("Bhandarkar", "Dhamankar"),
            ("Kesarpali", "Umbarvadi"),
            ("Nalini", "Sunanda"),
            ("Deshpremi", "Kolwalkar"),
            ("Hemmantpur", "Sahyagiri"),
            ("Arvind", "Ramesh"),
            ("Sathaye", "Ghatpande"),
        ),
        _rename("weekday", ("Friday", "Saturday")),
        _same("minor_number", ("had 214 children", "had 208 children")),
    )
)

# --- museum: a leaking roof damages hundreds of objects (American local) ----------------------
_MUSEUM_REPORT = (
    "The 41-page report, prepared in August by Tildencroft Conservation Services, found that 58 "
    "of the damaged items could not be saved. It estimated that treating the rest would cost "
    "about $187,000 and noted that humidity in the storage rooms had topped 80 percent for weeks "
    "at a time.\n\n"
)
_MUSEUM = _article(
    """
    Leaks damaged 312 items at Dansbury Historical Museum, conservator's report says

    Water leaking through the roof of the Dansbury Historical Museum's storage wing damaged 312
    objects over the past two winters, including quilts, store ledgers and a hand-painted banner
    from the town's first fire company, according to a conservator's report obtained by the
    Dansbury Courier-Post.

    The 41-page report, prepared in August by Tildencroft Conservation Services, found that 58 of
    the damaged items could not be saved. It estimated that treating the rest would cost about
    $187,000 and noted that humidity in the storage rooms had topped 80 percent for weeks at a
    time.

    "Some of those ledgers are the only record of who lived in this town in the 1890s. Once the
    ink runs, they're gone," said Marguerite Engstrand, the museum's collections manager until
    last year, who said she first reported the leaks to the board in 2022.

    A current staff member, who asked not to be named because employees were told not to talk to
    reporters, said buckets had sat under the worst leaks for months.

    Board president Harold Maplethorpe said the board had approved a new roof in the spring and
    that work would start in October. "We should have moved faster, and I take responsibility for
    that," he said Monday.

    Dr. Lorna Wheelbarger, who directs the museum studies program at Gorrell College, said small
    museums often put off building repairs because donors prefer to pay for exhibits. "Nobody
    wants their name on a roof," she said.
    """
)
ASPEN_WELL.append(
    _case(
        "museum_roof_leaks",
        "well",
        _MUSEUM,
        _down(
            "named_to_anonymous",
            (
                "said Marguerite Engstrand, the museum's collections manager until last year, who "
                "said she first reported",
                "said a former museum employee, who said she first reported",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Board president Harold Maplethorpe said the board had approved a new roof in the "
                "spring and that work would start in October.",
                "The board approved a new roof in the spring, and work will start in October.",
            ),
            (
                'I take responsibility for that," he said Monday.',
                'I take responsibility for that," board president Harold Maplethorpe said Monday.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "under the worst leaks for months.",
                "Some volunteers suspect the board knew how bad the damage was long before it said "
                "so and kept quiet ahead of last year's fundraising gala.",
            ),
        ),
        _down(
            "documents_removed",
            (", conservator's report says", ""),
            (", according to a conservator's report obtained by the Dansbury Courier-Post", ""),
            _remove(_MUSEUM_REPORT),
        ),
        _up(
            "anonymous_named",
            (
                "A current staff member, who asked not to be named because employees were told "
                "not to talk to reporters, said",
                "Teodora Arvidsen, a guide who has worked at the museum since 2019, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                '"Nobody wants their name on a roof," she said.',
                "Gideon Fairlamb, a paper conservator at the Yarbury Center for Archival Care who "
                "reviewed photographs of the ledgers, said many of the stained pages could still "
                "be saved if they were frozen within weeks.",
            ),
        ),
        _rename(
            "names",
            ("Dansbury", "Corlett"),
            ("Marguerite", "Henrietta"),
            ("Engstrand", "Lundeby"),
            ("Harold", "Clifford"),
            ("Maplethorpe", "Stonebraker"),
            ("Lorna", "Judith"),
            ("Wheelbarger", "Oatway"),
            ("Gorrell", "Kimbrell"),
            ("Tildencroft", "Wychmoor"),
        ),
        _rename("weekday", ("Monday", "Thursday")),
        _same("minor_number", ("about $187,000", "about $182,000")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- elections: talk of defections before civic polls (Indian local) --------------------------
_POLLS = _article(
    """
    Rumours of defections swirl ahead of Devkhali civic polls

    With less than three weeks to go before the Devkhali municipal corporation elections, the city
    is full of talk that several sitting corporators are about to switch sides.

    Sources in the ruling party claim that at least six corporators have been in touch with the
    opposition, and some say money has changed hands. Others believe the rebels are only
    bargaining for better wards and will stay put once tickets are announced.

    "Everybody knows what is going on. It happens before every election, only this time it is
    more open," said a party worker in the old city who did not want to be named.

    It is also being said that the voter list has been padded with the names of people who have
    moved away or died, though nobody has said how many. Some residents allege that entire
    families have been left off the list in certain localities.

    Opposition leaders are reportedly confident of winning a majority for the first time in two
    decades. But political watchers in the city feel the contest is too close to call, and much
    may depend on turnout.

    For now, voters have little to go on but rumours, and the rumours are getting louder by the
    day.
    """
)
ASPEN_WEAK.append(
    _case(
        "civic_poll_defections",
        "weak",
        _POLLS,
        _up(
            "anonymous_named",
            (
                "said a party worker in the old city who did not want to be named.",
                "said Vinod Halbhavi, the ruling party's ward president in the old city.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "some say money has changed hands.",
                "Asked about the claims, the ruling party's city president, Shailaja Pendharkar, "
                'said no corporator had approached the opposition and called the reports "planted '
                'mischief".',
            ),
        ),
        _up(
            "document_added",
            _after(
                "though nobody has said how many.",
                "The draft electoral roll published by the State Election Commission in August "
                "lists 6,84,210 voters in the city, up from 6,12,900 at the last civic polls.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "much may depend on turnout.",
                "Dr. Farida Sonawala, who teaches political science at Ambejhari University and "
                "has studied municipal elections in the state for two decades, said defections "
                "before civic polls rarely decide the result.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "much may depend on turnout.",
                "much may depend on turnout, which some fear could be kept low in certain wards by "
                "intimidation.",
            ),
        ),
        _rename("names", ("Devkhali", "Sonvelgaon")),
        _same("minor_number", ("at least six corporators", "at least five corporators")),
    )
)

# --- celebrity: a TV gardener said to be leaving his show (British local) ---------------------
_GARDENER = _article(
    """
    Is Ivo Harlestone about to leave Grow Your Own?

    Fans of Grow Your Own are bracing themselves for the loss of its best-loved presenter.
    According to sources close to the show, Ivo Harlestone has grown tired of the programme and
    could walk away when his contract ends this summer.

    Insiders claim the 52-year-old has clashed with new producers over plans to move the show to
    a smaller studio garden, and there are whispers that his co-presenter has already been lined
    up to replace him.

    "He's not been himself for months. You can see it on screen," said a friend who has known him
    for years.

    Some viewers have noticed that Harlestone was missing from two recent episodes, including
    last Saturday's, fuelling speculation that he has already filmed his last. Others believe he
    is being courted by a rival gardening show on another channel, reportedly for a much bigger
    fee.

    Harlestone has said nothing publicly, and his social media accounts have been quiet since
    March.

    Whatever happens, it seems the nation's favourite gardener may not be on our screens for much
    longer.
    """
)
ASPEN_WEAK.append(
    _case(
        "tv_gardener_exit_rumour",
        "weak",
        _GARDENER,
        _up(
            "anonymous_named",
            (
                "said a friend who has known him for years.",
                "said Clemency Dardis, who produced the show's first three series.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "have been quiet since March.",
                "In response to questions from this newspaper, a spokeswoman for Beaconfold "
                "Television, which makes the show, said Harlestone was under contract for next "
                "year's series and had missed two episodes for family reasons.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "filmed his last.",
                "Viewing figures published by the industry's audience research body show the "
                "programme averaged 3.2 million viewers last series, up from 2.6 million the year "
                "before.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "for a much bigger fee.",
                "Dr. Perpetua Rathmell, a media historian at Wrenfell University who studies "
                "television presenters, said long-serving hosts are often rumoured to be leaving "
                "when contracts come up for renewal.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "for a much bigger fee.",
                "There is even talk that the programme itself could be axed if he goes.",
            ),
        ),
        _rename("names", ("Ivo", "Rufus"), ("Harlestone", "Penlivick")),
        _rename("weekday", ("Saturday", "Sunday")),
        _same("minor_number", ("the 52-year-old", "the 53-year-old")),
    )
)

# --- charity: talk of missing money at a foodbank (New Zealand local) -------------------------
_PANTRY = _article(
    """
    Whispers about money trouble at Okiwaha foodbank

    Okiwaha Community Pantry has fed hundreds of families through the winter, but these days the
    talk around town is about its books rather than its shelves.

    Word has it that a large sum of donated money cannot be accounted for, and some volunteers are
    said to have walked out after raising questions. One figure doing the rounds is $40,000,
    though it is not clear where that number came from.

    "People gave what they could spare, and now nobody will tell us where it went," said a
    longtime donor who asked not to be named.

    It is understood that the trust's board met behind closed doors last month. Some locals reckon
    the chairman has been running the charity like his own business, while others insist the
    volunteers have simply got their sums wrong.

    There is also a suggestion that a large supermarket has quietly stopped its weekly donations,
    which, if true, would leave the shelves short just as demand is rising.

    Until someone from the trust fronts up, the rumours are likely to keep spreading, and it is
    the families who rely on the pantry who stand to lose.
    """
)
ASPEN_WEAK.append(
    _case(
        "foodbank_money_whispers",
        "weak",
        _PANTRY,
        _up(
            "anonymous_named",
            (
                "said a longtime donor who asked not to be named.",
                "said Moana Kereopa, who has given to the pantry every month since it opened in "
                "2017.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "met behind closed doors last month.",
                "Contacted on Tuesday, the trust's chairman, Brent Tapsfield, said an independent "
                "reviewer had been brought in and that he was confident no money was missing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "where that number came from.",
                "The trust's latest annual return on the charities register shows donations of "
                "$212,000 and spending of $198,500 in the year to March.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "got their sums wrong.",
                "Dr Hinewai Rautaki, who researches the governance of charities at Waitaraki "
                "University, said disputes in small trusts usually come down to poor record-"
                "keeping rather than theft.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "some volunteers are said to have walked out after raising questions.",
                "some volunteers are said to have walked out after raising questions, with "
                "whispers that the police could yet be called in.",
            ),
        ),
        _rename("names", ("Okiwaha", "Pukehinau")),
        _same("minor_number", ("is $40,000", "is $45,000")),
    )
)

# --- policing: talk of facial recognition cameras downtown (Canadian local) -------------------
_CAMERAS = _article(
    """
    Are Lowbank police quietly watching downtown with facial recognition?

    A set of 14 new cameras on lampposts along Wickerby Street has set off a wave of speculation
    in Lowbank, with many residents convinced that city police are using facial recognition
    software to track people downtown.

    The cameras went up sometime in the spring, and nobody seems to know exactly who put them
    there. Some say police installed them after a string of break-ins at shops near the transit
    centre. Others believe they are the first part of a much bigger program that will eventually
    cover the whole city.

    "They're pointed right at the sidewalk. Why would you need that for break-ins?" said one shop
    owner who did not want to be identified.

    Privacy advocates have reportedly raised concerns, and there is talk that the footage is being
    shared with federal agencies. It is also rumoured that the software wrongly flagged a local man
    as a suspect earlier this summer, though the details are unclear.

    Police have not said much about the cameras, and a motion to discuss them at city council is
    said to have been quietly dropped.

    For now, residents are left to guess what the cameras see, and what happens to the pictures.
    """
)
ASPEN_WEAK.append(
    _case(
        "downtown_camera_fears",
        "weak",
        _CAMERAS,
        _up(
            "anonymous_named",
            (
                "said one shop owner who did not want to be identified.",
                "said Rajinder Sohal, who has run a shoe repair shop on Wickerby Street for 22 "
                "years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "quietly dropped.",
                "Asked about the cameras, Lowbank Police Service spokesperson Const. Mireille "
                "Gendreau said they belong to the city's transit department and are not "
                "connected to any facial recognition software.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "cover the whole city.",
                "A purchasing record posted on the city's website shows it paid $86,400 in April "
                "for 14 cameras and five years of maintenance from a firm called Clearbrook "
                "Vision.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though the details are unclear.",
                "Prof. Emeka Ilesanmi, who teaches privacy law at Beaucage University and "
                "studies police surveillance, said facial recognition requires software and "
                "storage that ordinary traffic and security cameras do not have.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "cover the whole city.",
                "Some suspect the police are simply hoping nobody asks until the program is too "
                "big to stop.",
            ),
        ),
        _rename("names", ("Lowbank", "Korsvik"), ("Wickerby", "Dufrane")),
        _same("minor_number", ("A set of 14 new cameras", "A set of 16 new cameras")),
    )
)

# --- transport: an island ferry said to face cuts (American local) ----------------------------
_FERRY = _article(
    """
    Will the Gullmark Island ferry survive the winter?

    Riders on the Gullmark Island ferry have been hearing it for weeks: the county is getting ready
    to cut the winter schedule, or maybe shut the route down altogether.

    According to people who ride the boat every day, crew members have been dropping hints that
    the last sailing of the night will be gone by November. Some riders say they have heard the
    county wants to replace the ferry with a private water taxi.

    "If they cut the late boat, I'm done. I'd have to quit my job," said a nurse who commutes from
    the island and asked that her name not be used.

    It is believed that the ferry loses money every year, though nobody seems sure how much. Some
    islanders suspect the county has let the boat run down on purpose so that it can argue the
    route is too expensive to keep.

    Others say the rumors are overblown and that nothing has been decided. A petition to save the
    service has reportedly gathered hundreds of signatures.

    For the roughly 600 people who live on Gullmark Island year-round, the uncertainty is wearing
    thin.
    """
)
ASPEN_WEAK.append(
    _case(
        "island_ferry_cuts_rumour",
        "weak",
        _FERRY,
        _up(
            "anonymous_named",
            (
                "said a nurse who commutes from the island and asked that her name not be used.",
                "said Tallulah Pellicott, a nurse who has commuted from the island for 11 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "nothing has been decided.",
                "Reached by phone, county ferry manager Dwight Emberley said no change to the "
                "winter schedule had been proposed and that any cut would require a public "
                "hearing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "though nobody seems sure how much.",
                "The county's adopted budget for this year shows the ferry costs $2.3 million to "
                "run and brings in $740,000 in fares.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "too expensive to keep.",
                "Dr. Anneliese Marchetto, a transportation planner at Lowsley State University "
                "who studies rural ferry systems, said counties rarely drop a route outright but "
                "often trim evening sailings first.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "reportedly gathered hundreds of signatures.",
                "reportedly gathered hundreds of signatures, though some suspect the decision was "
                "made long before anyone started signing.",
            ),
        ),
        _rename("names", ("Gullmark", "Wyndell")),
        _same("minor_number", ("roughly 600 people", "roughly 650 people")),
    )
)

# --- farming: dairy farmers fear a creamery will drop them (British local) --------------------
_CREAMERY = _article(
    """
    Dairy farmers fear they will be dropped by Hollinsgarth creamery

    Dairy farmers around Thwaiteby are worried they could soon be left with nowhere to sell their
    milk, amid growing talk that the Hollinsgarth creamery is planning to end contracts with its
    smaller suppliers.

    The rumours started at the livestock market last month and have spread quickly. Some farmers
    say they have heard the creamery wants to take milk only from herds of 300 cows or more,
    which would rule out most of the family farms in the dale.

    "If the tanker stops coming, that's it for us. There's nobody else within fifty miles," said
    one farmer, who did not want to give his name.

    It is thought that the creamery has been losing money since a big supermarket contract ended,
    although nobody seems to know the details. Some in the farming community reckon the business
    is being got ready for sale.

    Others insist the talk is scaremongering and that the creamery needs every litre it can get.
    Either way, farmers say they have been told nothing.

    With milk prices already squeezed and feed costs high, many families in the dale say they
    simply cannot afford more uncertainty.
    """
)
ASPEN_WEAK.append(
    _case(
        "creamery_contract_fears",
        "weak",
        _CREAMERY,
        _up(
            "anonymous_named",
            (
                "said one farmer, who did not want to give his name.",
                "said Wilfred Garsdale, whose family has milked cows at Cragthwaite Farm since "
                "1952.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "farmers say they have been told nothing.",
                "Approached by this paper, the creamery's managing director, Alison "
                "Burkinshaw, said it had no plans to drop any supplier and would write to every "
                "farmer this month.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "nobody seems to know the details.",
                "Accounts filed at Companies House show the creamery lost £1.2 million in the year "
                "to March, after a profit of £340,000 the year before.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "needs every litre it can get.",
                "Professor Rosalind Achterfeld, an agricultural economist at the University of "
                "Scarmoor who studies the dairy supply chain, said processors often set minimum "
                "herd sizes to cut collection costs.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "is being got ready for sale.",
                "If that happens, there are fears the new owners could close the site altogether.",
            ),
        ),
        _rename("names", ("Thwaiteby", "Hollowsyke"), ("Hollinsgarth", "Sledholme")),
        _same("minor_number", ("herds of 300 cows", "herds of 350 cows")),
    )
)

ASPEN_CASES: tuple[Case, ...] = tuple(ASPEN_WELL + ASPEN_WEAK)
