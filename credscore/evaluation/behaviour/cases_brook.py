"""A twenty-third, brook set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of the
sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`, :mod:`.cases_blind`,
:mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`, :mod:`.cases_last`,
:mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`, :mod:`.cases_autumn`,
:mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`, :mod:`.cases_thaw`,
:mod:`.cases_lantern`, :mod:`.cases_gale`, :mod:`.cases_orchard`, :mod:`.cases_quarry`,
:mod:`.cases_ridge`): it is a twenty-third, independent set (written at the same time as
:mod:`.cases_meadow` by another writer, and without reading it) of twelve base articles (six WELL
sourced, six WEAKLY sourced) and their variants, written blind as a measurement. The name "brook" is
only a name; the beats are technology, housing, energy, food safety, labour, weather and disasters,
entertainment, markets, education and local government. The topics, people, places, organisations,
outlets, figures and sentences are new and fictional; nothing is copied from the other sets, from
any corpus or example, or from the web, and every surname, place name, organisation and outlet name
(the names the ``names`` variants rename to included) was checked with a search of every file under
``credscore/evaluation`` (the other sets and the passages) and replaced where it already occurred
(first names were not checked, and some may recur). Of the other sets only the module docstring and
the first two cases of :mod:`.cases_quarry` were read, for the format. The articles and edits were
written from the definitions of good and bad sourcing alone: no text in this module was scored with
a model or run through an extractor while it was written, and the code of the signals, lexicons,
features and model was not read. Only the data checks of the suite (edit targets occur once, renames
are consistent, word counts, typography) were run.

The beats are about 1,400 calls to an emergency number lost in a five-hour mobile network outage
after a rushed software update (technology), rents for new lettings up 14 per cent in a year in a
county town with almost nothing to let (housing), a utility asking for a 16.4 percent rate increase
to replace poles after two ice storms (energy), a sandwich maker that supplies two hospitals given a
zero hygiene rating after listeria was found on a slicer (food safety), more than 2,300 garment
workers unpaid for up to three months while their provident fund deductions went undeposited
(labour) and flood sirens that sounded 38 minutes late because a radio relay had failed unnoticed
(weather and disasters), all well sourced; and talk that a seaside music festival is about to fold
(entertainment), chatter about a takeover bid that sent a small robotics firm's shares up 20 percent
(markets), speculation that a technological college will close its campus in a small town
(education), talk that a data centre will drain a town's bore water (technology), word that a
municipal corporation will pull down an old city market (local government) and rumoured shift cuts
at a poultry plant (labour), all weakly sourced. Four bases are written as wire copy (an American
story with a dateline, "PRYORSBURG, Mont. --", an Indian one with a dateline, "VELLOORPET (Tamil
Nadu):", a New Zealand one in the "the regulator said in a report released on Wednesday" manner of a
national news agency, and an American markets story in the manner of a wire business desk) and eight
as local newspaper stories. Four are in American style ("percent", "Dr.", "County Commissioner",
"neighbor", "authorized", "aging", "this fall", "cellphone", "rumors", "skeptics", "July 9"), two in
British style ("per cent", "Dr", "Councillor", "cabinet member", "NHS Trust", "14 August", the pound
sign, "organisers", "reckon", "rumours"), two in Irish style ("Cllr", the euro sign, "the twelve
months to June", "June 1st", "two-bed", "box room", "the parish hall", "Dublin"), two in Indian
style ("Rs 4.6 crore", "lakh", "40 km", "district collector", "Joint Commissioner of Labour",
"failing which prosecution would be initiated", "multi-level parking complex", initials before
surnames) and two in New Zealand style ("111", "6.10am", "ute", "licence", "trialled", "bore
supply", "rugby fields", "reckon", Maori names). Six bases (the two New Zealand stories, the British
food-safety story and the American flood, poultry and markets stories) are written with curly quotes
and apostrophes, two of them with em dashes, so that they also get the generic
``typography_straight`` variant; the other six are written with straight ASCII quotes and
apostrophes (one has a euro sign and one a pound sign; one curly base has "cafés"). The writing
varies the reporting verbs ("said", "said in a report", "said in a statement", "said in an
interview", "said in an email", "said in a phone interview", "told reporters", "told the Wayfarer",
"warned", "acknowledged", "conceded", "argued", "explained", "asked", "claimed", "claims", "reckon",
"believe", "suspect", "fear", "it is said", "it is being said", "it is understood", "it's claimed",
"reportedly", "supposedly", "apparently", "word spread"), the shape of attribution (name then role,
"R. Kalaivani, 41, a machine operator who ...", role then name, "Joint Commissioner of Labour P.
Selvaraj", "Commission spokeswoman Carla Ostertag", "Korimako chief executive Grant Delacey", quote
first and speaker after, speaker first and quote after, an indirect claim and then a quote,
apposition, titles "Dr", "Dr.", "Cllr", "Councillor", "County Commissioner", "Mayor", "Municipal
Commissioner", "Prof.", "Professor", and ages, in the bases and in the named variants) and cites
different kinds of document: a telecoms regulator's inquiry report, a tenancy board's quarterly rent
index, a utility's rate filing with a state commission, a council food-hygiene inspection report
released to a local paper, a state labour department's inspection report submitted to a district
collector and a county emergency management office's 31-page review; and in the variants a network
operator's reliability returns to its regulator, homeless figures presented to councillors,
reliability data a utility reports to its commission, a company's accounts, an exporters'
association's order figures, maintenance logs released with a review, a festival company's filed
accounts, a quarterly report filed by a listed company, enrolment figures from a higher education
data office, land title records, a municipal corporation's budget and state employment records.
Comment is sought in different ways ("acknowledged in a statement ... The company did not answer
questions about compensation", "A spokeswoman for the Department of Housing said", "said in an
interview", "Commission spokeswoman ... said", "said in a statement on Friday ... He did not respond
to questions about staffing levels", "told reporters ... He did not take calls seeking comment on
the provident fund", "said in an email that nobody had told it ...", and in the variants "Asked
whether the rules ... would be tightened, a spokesperson for the Ministry of Digital Services said",
"Ardmullen County Council, asked why ..., said in a statement", "Asked whether executive bonuses
would be trimmed ..., Northfork spokesman ... said in an email", "Asked why the firm had not been
inspected since 2021, a council spokesperson said", "A spokesperson for Hartree Brothers, ..., said
in an email", "Asked about the rumours, festival director ... said", "A Quillion spokeswoman, ...,
said in an email that the company 'does not comment on market rumors'", "Asked about the claims, a
spokesperson for the college said", "Asked about the plans, Mayor ... said", "When contacted,
Municipal Commissioner ... said" and "... spokesman ... said in a phone interview"). The well bases
are 267 to 277 words long and the weak bases 215 to 236.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at least
  one named expert with credentials (field and institution) and at least one document or dataset
  with figures, and reports that comment was sought from the party criticised; five of the six also
  have one anonymous source.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging, and
  unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no other mention of the name left in the article: "a person involved in the inquiry", "One
tenant, who did not want to be identified", "A consumer advocate", "a senior figure at the council",
"a machine operator who did not wish to be identified", "a county official"; an attribution removed
so that a claim stands as bare fact, three times by dropping a named source's words into the
article's own voice, twice by turning an organisation's claim into bare fact, once with the document
cited afresh for the next sentence, and once by turning a union leader's claim into bare fact while
his quote is attributed afresh; speculation added, five times as a sentence of its own and once as a
clause added to a sentence already in the text; the document or dataset removed, with the words in
the headline or lead that pointed to it in five of the six), and three or four ``up`` variants: a
second named expert added and a document cited in all six, comment sought from a second party or on
a second point in five (a ministry, a county council, the utility on executive bonuses, a council on
how often it inspects, a retailer named as the buyer) and the anonymous source named in the five
that have one. Each weak base has four ``up`` variants (one of each up kind) and one ``down``
(speculation added, worded differently in each, four times as a sentence of its own and twice as a
clause added to a sentence already in the text: "it is hard to shake the feeling that", "Some on the
forums are already betting", "One rumour doing the rounds is that", "it would likely need",
"Allegedly,", "many suspect"; the well bases use "may well ... are thought to", "Word is that",
"Some observers suspect ... would likely", "It is understood that ... may", "might ... allegedly"
and "There is speculation in town that"). Every base has a cosmetic ``names`` rename, a ``weekday``
rename and a ``minor_number`` edit, and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds: 154 variants in all (46 ``up``, 30 ``down``, 78 ``same``).

First measurement (2026-12-03, before this set was read; the extractors of commit 081f7d4 and
the model trained at 9367172): directional **0.947** (72 of 76), cosmetic 1.000, well - weak
+63.4. The failures: ``speculation_added`` on three weak bases, each moving it by 0.1 to 0.3
points, and ``document_added`` on a well base. Scored the same hour with the hedge count of
the next commit (each hedge counts, not each hedged sentence; the model retrained with it, not
yet read): 0.961 (73 of 76).
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

BROOK_WELL: list[Case] = []
BROOK_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- technology: emergency calls lost in a mobile network outage (New Zealand wire, curly) ----
_OUTAGE_REPORT = (
    "The report found that a faulty software update to the company’s core network cut voice "
    "calls across Tawhirangi and the Kerekere district from 6.10am. Korimako took 47 "
    "minutes to alert emergency services, more than twice the 20 minutes its licence allows, and "
    "212 of the failed calls were from people reporting medical emergencies.\n\n"
)
_OUTAGE = _article(
    """
    Emergency calls failed during Korimako outage, regulator finds

    About 1,400 calls to the 111 emergency number failed to connect during a five-hour outage on the
    Korimako mobile network in March, the Telecommunications Standards Commission said in a report
    released on Wednesday.

    The report found that a faulty software update to the company’s core network cut voice calls
    across Tawhirangi and the Kerekere district from 6.10am. Korimako took 47 minutes to alert
    emergency services, more than twice the 20 minutes its licence allows, and 212 of the failed
    calls were from people reporting medical emergencies.

    “A network can fail. What we cannot accept is that nobody told the ambulance service for the
    best part of an hour,” said commissioner Aroha Hoerara, who led the inquiry.

    Hemi Tautahi, 58, who farms near Kerekere, said he rang 111 seven times after his wife
    collapsed. “In the end I put her in the ute and drove,” he said.

    A Korimako engineer, who asked not to be named because staff are barred from speaking to media,
    said the update had been signed off in a hurry. “Nobody wanted to be the one who held it up,” he
    said.

    Dr Priya Ilavarasan, a senior lecturer in network engineering at Otaroa University, said updates
    of that kind were normally trialled on a small part of a network first. “Pushing one out
    everywhere at once is a mistake this industry keeps making,” she warned.

    Korimako chief executive Grant Delacey acknowledged in a statement that the company had “let
    people down” and said it had changed how updates were tested. The company did not answer
    questions about compensation.
    """
)
BROOK_WELL.append(
    _case(
        "emergency_calls_lost_in_outage",
        "well",
        _OUTAGE,
        _down(
            "named_to_anonymous",
            (
                "said commissioner Aroha Hoerara, who led the inquiry.",
                "said a person involved in the inquiry.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr Priya Ilavarasan, a senior lecturer in network engineering at Otaroa "
                "University, said updates of that kind were normally trialled on a small part of a "
                "network first. “Pushing one out everywhere at once is a mistake this industry "
                "keeps making,” she warned.",
                "Updates of that kind are normally trialled on a small part of a network first, "
                "and pushing one out everywhere at once is a mistake this industry keeps making.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "were from people reporting medical emergencies.",
                "were from people reporting medical emergencies, and the true toll may well be "
                "higher, since many callers are thought to have given up after a single try.",
            ),
        ),
        _down(
            "documents_removed",
            ("regulator finds", "regulator says"),
            ("About 1,400 calls to the 111 emergency number", "Calls to the 111 emergency number"),
            (" said in a report released on Wednesday.", " said on Wednesday."),
            _remove(_OUTAGE_REPORT),
        ),
        _up(
            "expert_added",
            _after(
                "she warned.",
                "Dr Mereana Rangiwai, an emergency medicine specialist who chairs the patient "
                "safety committee of the College of Urgent Care Physicians, said the chance of "
                "surviving a cardiac arrest falls sharply with every minute before help is called.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "The company did not answer questions about compensation.",
                "Reliability returns that Korimako files with the commission each year show "
                "four earlier outages of more than an hour since 2021, none of which affected 111 "
                "calls.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "The company did not answer questions about compensation.",
                "Asked whether the rules on alerting emergency services would be tightened, a "
                "spokesperson for the Ministry of Digital Services said officials were studying "
                "the report and would advise the minister within a month.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A Korimako engineer, who asked not to be named because staff are barred from "
                "speaking to media, said",
                "Callum Maclure, who worked as a Korimako network engineer until he resigned in "
                "May, said",
            ),
        ),
        _rename(
            "names",
            ("Korimako", "Tidewire"),
            ("Tawhirangi", "Maungakura"),
            ("Kerekere", "Ruawhetu"),
            ("Aroha", "Moana"),
            ("Hoerara", "Faulder"),
            ("Hemi", "Wiremu"),
            ("Tautahi", "Hetaraka"),
            ("Priya", "Lakshmi"),
            ("Ilavarasan", "Nagalingam"),
            ("Otaroa", "Whenuaroa"),
            ("Grant", "Neil"),
            ("Delacey", "Tremlett"),
        ),
        _rename("weekday", ("Wednesday", "Tuesday")),
        _same("minor_number", ("and 212 of the failed calls", "and 209 of the failed calls")),
    )
)

# --- housing: rents for new lettings up 14 per cent in a county town (Irish local) -------------
_RENT_INDEX = (
    "The board's quarterly rent index puts the average monthly rent for a new letting in the town "
    "at €1,612, up from €1,414 a year earlier. Only 23 homes were advertised to let in the town on "
    "June 1st, compared with 96 on the same date in 2021.\n\n"
)
_RENTS = _article(
    """
    Lisnagorra rents up 14 per cent in a year as listings dry up

    Average rents for new tenancies in Lisnagorra rose by 14 per cent in the twelve months to June,
    according to figures published on Thursday by the Tenancy Registration Board.

    The board's quarterly rent index puts the average monthly rent for a new letting in the town at
    €1,612, up from €1,414 a year earlier. Only 23 homes were advertised to let in the town on June
    1st, compared with 96 on the same date in 2021.

    "I've had people in my clinic in tears because they were outbid on a two-bed by forty euro a
    month," said Cllr Siobhan Hallinan, who represents the Lisnagorra electoral area on Ardmullen
    County Council.

    Declan Cullinane, 34, a care assistant, said he and his partner had been searching since their
    landlord sold up in October. "We both work full time and we're still in my mother's box room,"
    he said.

    A landlord who owns three houses in the town, and who asked not to be named, conceded that he
    had sold one last year. "The sums just stopped adding up," he said.

    Dr Conor Breslin, a lecturer in housing economics at the University of Ardmullen, argued that
    the figures reflected small landlords leaving the market faster than new homes were being
    finished. "It's a supply problem that shows up as a price problem," he said.

    A spokeswoman for the Department of Housing said 412 social and affordable homes were under
    construction in the county and that the rent rules for the area would be reviewed in the autumn.
    """
)
BROOK_WELL.append(
    _case(
        "county_town_rents_rise",
        "well",
        _RENTS,
        _down(
            "named_to_anonymous",
            (
                "Declan Cullinane, 34, a care assistant, said he and his partner",
                "One tenant, who did not want to be identified, said he and his partner",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "\"I've had people in my clinic in tears because they were outbid on a two-bed by "
                'forty euro a month," said Cllr Siobhan Hallinan, who represents the Lisnagorra '
                "electoral area on Ardmullen County Council.",
                "People are being outbid on two-bed homes by forty euro a month.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                '"The sums just stopped adding up," he said.',
                "Word is that several more landlords in the town are quietly getting ready to sell "
                "before the end of the year.",
            ),
        ),
        _down(
            "documents_removed",
            ("rents up 14 per cent in a year", "rents soar"),
            (
                "Average rents for new tenancies in Lisnagorra rose by 14 per cent in the twelve "
                "months to June, according to figures published on Thursday by the Tenancy "
                "Registration Board.",
                "Rents for new tenancies in Lisnagorra have risen sharply over the past year.",
            ),
            _remove(_RENT_INDEX),
            ("argued that the figures reflected", "argued that rising rents reflected"),
        ),
        _up(
            "expert_added",
            _after(
                '"It\'s a supply problem that shows up as a price problem," he said.',
                "Aoife Gilsenan, a professor of social policy at Corrane University who researches "
                "homelessness, said families leaving private rentals were now the fastest-growing "
                "group seeking emergency accommodation in the region.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "compared with 96 on the same date in 2021.",
                "Homeless figures presented to councillors in May show 61 households from the "
                "Lisnagorra area in emergency accommodation, up from 38 a year earlier.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "would be reviewed in the autumn.",
                "Ardmullen County Council, asked why only 18 council homes had been finished in "
                "the town since 2020, said in a statement that two larger schemes had been held up "
                "by rising building costs.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A landlord who owns three houses in the town, and who asked not to be named, "
                "conceded",
                "Padraig Scallan, who owns three houses in the town, conceded",
            ),
        ),
        _rename(
            "names",
            ("Lisnagorra", "Dunmacreedy"),
            ("Ardmullen", "Glenassan"),
            ("Siobhan", "Orla"),
            ("Hallinan", "Cunniffe"),
            ("Declan", "Ciaran"),
            ("Cullinane", "Kehoe"),
            ("Conor", "Eoin"),
            ("Breslin", "Brogan"),
        ),
        _rename("weekday", ("Thursday", "Friday")),
        _same("minor_number", ("Only 23 homes", "Only 21 homes")),
    )
)

# --- energy: a utility asks for a 16.4 percent rate increase (American wire) -------------------
_RATE_FILING = (
    "In its filing with the state Public Service Commission, the company says the increase would "
    "add about $19 a month to the average household bill of $116. The filing shows the utility "
    "spent $74 million repairing damage from two ice storms in 2023, more than five times its "
    "annual storm budget.\n\n"
)
_RATE_CASE = _article(
    """
    Utility seeks 16% rate increase, citing ice storms and aging poles

    PRYORSBURG, Mont. -- Northfork Power & Light asked state regulators on Monday to approve a 16.4
    percent increase in residential electricity rates, saying it needs $318 million over three years
    to replace wooden poles and bury lines in areas hit hardest by ice storms.

    In its filing with the state Public Service Commission, the company says the increase would add
    about $19 a month to the average household bill of $116. The filing shows the utility spent $74
    million repairing damage from two ice storms in 2023, more than five times its annual storm
    budget.

    "We can keep paying to put the same poles back up, or we can build a system that stays up,"
    Northfork chief executive Dana Gunderman said in an interview.

    Raymond Vanderkolk, director of the Pryorsburg Valley Ratepayers Alliance, which has intervened
    in past rate cases, said the request was too steep. "This lands on people who are already
    choosing between heat and groceries," he said.

    A Northfork lineworker, who spoke on condition of anonymity because he was not authorized to
    talk to reporters, said many poles in the utility's northern territory were installed in the
    1960s.

    Beatrix Aamodt, an energy economist at Musselshell State University who studies utility pricing,
    said burying lines made sense only in the worst-hit areas. "Undergrounding costs roughly ten
    times as much per mile as overhead line," she said.

    Commission spokeswoman Carla Ostertag said staff would review the request and hold public
    hearings in Pryorsburg and two other towns this fall. A decision is expected by March.
    """
)
BROOK_WELL.append(
    _case(
        "utility_rate_increase",
        "well",
        _RATE_CASE,
        _down(
            "named_to_anonymous",
            (
                "Raymond Vanderkolk, director of the Pryorsburg Valley Ratepayers Alliance, which "
                "has intervened in past rate cases, said",
                "A consumer advocate said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "In its filing with the state Public Service Commission, the company says the "
                "increase would add",
                "The increase would add",
            ),
            (
                "The filing shows the utility spent",
                "A filing with the state Public Service Commission shows the utility spent",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "A decision is expected by March.",
                "Some observers suspect the utility asked for far more than it expects to get and "
                "would likely settle for about half.",
            ),
        ),
        _down("documents_removed", _remove(_RATE_FILING)),
        _up(
            "expert_added",
            _after(
                'as much per mile as overhead line," she said.',
                "Hollis Torvund, an electrical engineer who studies grid resilience at Ottmar "
                "Polytechnic Institute, said ice-resistant poles and tree trimming could prevent "
                "most outages at a fraction of the cost of burying lines.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "were installed in the 1960s.",
                "Reliability data the utility reports to the commission show customers in that "
                "territory averaged 11.2 hours without power in 2023, compared with 3.4 hours "
                "elsewhere on Northfork's system.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "said in an interview.",
                "Asked whether executive bonuses would be trimmed while rates rose, Northfork "
                "spokesman Eli Sandusky said in an email that bonuses are paid by shareholders and "
                "are not part of the rate request.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A Northfork lineworker, who spoke on condition of anonymity because he was not "
                "authorized to talk to reporters, said",
                "Curtis Yoakum, who has worked as a Northfork lineworker for 22 years, said",
            ),
        ),
        _rename(
            "names",
            ("PRYORSBURG", "TEMBLETON"),
            ("Pryorsburg", "Tembleton"),
            ("Northfork", "Stillwell"),
            ("Dana", "Robin"),
            ("Gunderman", "Engstrom"),
            ("Raymond", "Walter"),
            ("Vanderkolk", "Pfluger"),
            ("Beatrix", "Ingrid"),
            ("Aamodt", "Rekdal"),
            ("Musselshell", "Wapiti"),
            ("Carla", "Joan"),
            ("Ostertag", "Tuttle"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("about $19 a month", "about $18 a month")),
    )
)

# --- food safety: listeria at a sandwich maker that supplies hospitals (British local, curly) --
_HYGIENE_REPORT = (
    "The inspection report, released to the Hensworth Wayfarer, says environmental health officers "
    "visiting Cowslip Lane Foods on 14 August found listeria on the slicer and in a drain, raw and "
    "ready-to-eat food on the same shelves and no soap at two of five sinks. The firm was ordered "
    "to halt production for nine days.\n\n"
)
_SANDWICH = _article(
    """
    Sandwich maker given zero hygiene rating after listeria found on slicer

    A sandwich maker that supplies cafés and two hospitals in Hensworth has been given a zero food
    hygiene rating after inspectors found listeria on a meat slicer, a council report shows.

    The inspection report, released to the Hensworth Wayfarer, says environmental health officers
    visiting Cowslip Lane Foods on 14 August found listeria on the slicer and in a drain, raw and
    ready-to-eat food on the same shelves and no soap at two of five sinks. The firm was ordered to
    halt production for nine days.

    “Listeria isn’t something you get a second chance with. Some of the people eating these are
    hospital patients,” said Councillor Parminder Bhogal, the council’s cabinet member for public
    protection.

    Dr Eleanor Quaife, a food microbiologist at Haddlesey University, explained that drains were a
    common hiding place for the bacteria. “Once it’s established in a drain, it is splashed back
    onto surfaces every time the floor is hosed down,” she said.

    Two former employees told the Wayfarer that cleaning was often rushed at the end of night
    shifts. One of them, who asked not to be named, said: “We were told to get the trays out first
    and clean after — and after never really came.”

    Hensworth Hospitals NHS Trust said it had stopped taking deliveries from the firm on 15 August
    and that no patients had been reported ill.

    Managing director Colin Pennycott said in a statement on Friday that the company had replaced
    the slicer, brought in cleaners and asked for a re-inspection. He did not respond to questions
    about staffing levels.
    """
)
BROOK_WELL.append(
    _case(
        "sandwich_maker_listeria",
        "well",
        _SANDWICH,
        _down(
            "named_to_anonymous",
            (
                "said Councillor Parminder Bhogal, the council’s cabinet member for public "
                "protection.",
                "said a senior figure at the council.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Hensworth Hospitals NHS Trust said it had stopped taking deliveries from the firm "
                "on 15 August and that no patients had been reported ill.",
                "Hensworth Hospitals NHS Trust stopped taking deliveries from the firm on 15 "
                "August, and no patients have been reported ill.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "He did not respond to questions about staffing levels.",
                "It is understood that meat from the same slicer may also have gone to other "
                "businesses in the town, though none has been named.",
            ),
        ),
        _down(
            "documents_removed",
            (", a council report shows.", "."),
            _remove(_HYGIENE_REPORT),
        ),
        _up(
            "expert_added",
            _after(
                "every time the floor is hosed down,” she said.",
                "Professor Ruth Macready, who researches foodborne infections at the Bramhope "
                "School of Hygiene, said listeria can take up to ten weeks to cause illness, so "
                "the absence of cases so far settled nothing.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "He did not respond to questions about staffing levels.",
                "The company’s latest accounts show its workforce fell from 48 to 31 in the two "
                "years to March, while the number of sandwiches it made rose by a third.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "no patients had been reported ill.",
                "Asked why the firm had not been inspected since 2021, a council spokesperson said "
                "visits were prioritised by risk and that a backlog built up during the pandemic "
                "was being cleared.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "One of them, who asked not to be named, said:",
                "One of them, Kasia Nowicka, who packed sandwiches there until June, said:",
            ),
        ),
        _rename(
            "names",
            ("Hensworth", "Kexbury"),
            ("Wayfarer", "Nightjar"),
            ("Cowslip", "Furzedown"),
            ("Parminder", "Harjit"),
            ("Bhogal", "Basra"),
            ("Eleanor", "Miriam"),
            ("Quaife", "Kilvington"),
            ("Haddlesey", "Kestrelford"),
            ("Colin", "Stuart"),
            ("Pennycott", "Gosling"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("halt production for nine days", "halt production for eight days")),
    )
)

# --- labour: garment workers unpaid for three months (Indian wire) -----------------------------
_WAGE_INSPECTION = (
    "The inspection report, submitted to the district collector on Thursday, says the export firm "
    "owes its workers Rs 4.6 crore in wages and overtime for June to August. Provident fund "
    "contributions of about Rs 71 lakh deducted from salaries were not deposited, it adds.\n\n"
)
_WAGES = _article(
    """
    Garment workers in Velloorpet unpaid for three months, labour department finds

    VELLOORPET (Tamil Nadu): More than 2,300 workers at two units of Sundarvel Apparels in
    Velloorpet have not been paid for up to three months, an inspection by the state labour
    department has found.

    The inspection report, submitted to the district collector on Thursday, says the export firm
    owes its workers Rs 4.6 crore in wages and overtime for June to August. Provident fund
    contributions of about Rs 71 lakh deducted from salaries were not deposited, it adds.

    "Most of us are women who travel 40 km from the villages. Many have pawned their earrings just
    to pay bus fare," said R. Kalaivani, 41, a machine operator who has worked at the unit for nine
    years.

    S. Muthuraman, general secretary of the Velloorpet Garment Workers' Union, said the union had
    written to the management four times since July. "Each time we were told the buyers had not
    paid. Workers cannot wait on a buyer in Europe," he said.

    Ananya Deshpande, a professor of labour economics at the Madhavpur Institute of Management, said
    delayed wages had become common in export units hit by falling orders, but holding back
    provident fund money deducted from workers was a criminal offence.

    Joint Commissioner of Labour P. Selvaraj said the company had been given 15 days to clear the
    dues, failing which prosecution would be initiated.

    Sundarvel Apparels managing director K. Rangasamy told reporters the company had been hit by
    cancelled orders and would pay the arrears "in instalments" by October. He did not take calls
    seeking comment on the provident fund.
    """
)
BROOK_WELL.append(
    _case(
        "garment_wages_unpaid",
        "well",
        _WAGES,
        _down(
            "named_to_anonymous",
            (
                "said R. Kalaivani, 41, a machine operator who has worked at the unit for nine "
                "years.",
                "said a machine operator who did not wish to be identified.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "S. Muthuraman, general secretary of the Velloorpet Garment Workers' Union, said "
                'the union had written to the management four times since July. "Each time we '
                'were told the buyers had not paid. Workers cannot wait on a buyer in Europe," he '
                "said.",
                'The union has written to the management four times since July. "Each time we '
                'were told the buyers had not paid. Workers cannot wait on a buyer in Europe," '
                "said S. Muthuraman, general secretary of the Velloorpet Garment Workers' Union.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "He did not take calls seeking comment on the provident fund.",
                "Workers fear the owners might simply shut both units and move production to "
                "another state, as a rival exporter in the town allegedly did two years ago.",
            ),
        ),
        _down(
            "documents_removed",
            (", labour department finds", ""),
            (", an inspection by the state labour department has found.", "."),
            _remove(_WAGE_INSPECTION),
        ),
        _up(
            "expert_added",
            _after(
                "failing which prosecution would be initiated.",
                "N. Harini, who teaches labour law at the Coromandel Law College, said workers "
                "could also approach the labour court to claim interest on the delayed wages.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'Workers cannot wait on a buyer in Europe," he said.',
                "Figures from the Southern Garment Exporters' Association show orders from "
                "European buyers to units in the region fell 18 per cent in the April-June quarter "
                "from a year earlier.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "He did not take calls seeking comment on the provident fund.",
                "A spokesperson for Hartree Brothers, the British retailer that workers named as "
                "the units' largest buyer, said in an email that it had paid all invoices on time "
                "and had asked for an independent audit of wage payments.",
            ),
        ),
        _rename(
            "names",
            ("VELLOORPET", "PONNERIPET"),
            ("Velloorpet", "Ponneripet"),
            ("Sundarvel", "Thiruvel"),
            ("Kalaivani", "Meenambal"),
            ("Muthuraman", "Ilangovan"),
            ("Ananya", "Swati"),
            ("Deshpande", "Patwardhan"),
            ("Madhavpur", "Nimbalgiri"),
            ("Selvaraj", "Arumugam"),
            ("Rangasamy", "Palanisamy"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("about Rs 71 lakh", "about Rs 68 lakh")),
    )
)

# --- weather and disasters: flood sirens that sounded late (American local, curly) -------------
_SIREN_REVIEW = (
    "The 31-page review traces the delay to a radio relay on Buckbrush Ridge that had been knocked "
    "offline by lightning two days earlier and was never reported.\n\n"
)
_SIRENS = _article(
    """
    Flood sirens in Pell Hollow sounded 38 minutes late, county review finds

    Warning sirens in Pell Hollow did not sound until 38 minutes after forecasters issued a flash
    flood emergency on July 9, according to a review released Tuesday by the Ossawa County Office of
    Emergency Management.

    The 31-page review traces the delay to a radio relay on Buckbrush Ridge that had been knocked
    offline by lightning two days earlier and was never reported.

    By the time the sirens went off, Flintlock Creek was running more than four feet deep on Mill
    Street. Two people died and 140 homes were damaged.

    “A warning system nobody tests properly isn’t a warning system. We fell short, and that’s on
    us,” said Wendell Krupnick, the county’s emergency management director, at a news conference.

    Joanna Perkiss, 63, whose husband was pulled from their car by a neighbor, said she heard the
    siren only once they were already in the water. “We trusted that sound to tell us when to
    leave,” she said.

    A dispatcher on duty that night, who asked not to be named because she was not authorized to
    speak publicly, said staff tried twice to set the sirens off by hand.

    Dr. Luis Carvajal, a hydrologist at Wyandot State University who studies flash floods, said
    creeks like Flintlock can rise several feet in under an hour. “In a basin that steep, half an
    hour is the whole warning window,” he said.

    County Commissioner Beth Hirabayashi said the board would vote next week on $260,000 for a
    backup cellphone alert system. Rimrock Communications, the county’s siren contractor, said in an
    email that nobody had told it the relay was down.
    """
)
BROOK_WELL.append(
    _case(
        "flood_sirens_sounded_late",
        "well",
        _SIRENS,
        _down(
            "named_to_anonymous",
            (
                "said Wendell Krupnick, the county’s emergency management director, at a news "
                "conference.",
                "said a county official at a news conference.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "County Commissioner Beth Hirabayashi said the board would vote next week on "
                "$260,000 for a backup cellphone alert system.",
                "The county board will vote next week on $260,000 for a backup cellphone alert "
                "system.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "and was never reported.",
                "There is speculation in town that the relay had failed before and that the county "
                "simply never got around to fixing it.",
            ),
        ),
        _down(
            "documents_removed",
            (", county review finds", ""),
            (
                ", according to a review released Tuesday by the Ossawa County Office of "
                "Emergency Management.",
                ".",
            ),
            _remove(_SIREN_REVIEW),
            ("nobody had told it the relay was down", "nobody had told it of any fault"),
        ),
        _up(
            "expert_added",
            _after(
                "half an hour is the whole warning window,” he said.",
                "Marisa Zavaleta, who studies public warning systems at the Center for Hazards "
                "Research at Ashlock University, said outdoor sirens should never be a town’s only "
                "alert because many people cannot hear them indoors.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "and was never reported.",
                "Maintenance logs released with the review show the relay was last physically "
                "inspected in March 2022, although the contract calls for checks every six months.",
            ),
        ),
        _up(
            "anonymous_named",
            (
                "A dispatcher on duty that night, who asked not to be named because she was not "
                "authorized to speak publicly, said",
                "Kelsey Rainford, a county dispatcher who was on duty that night, said",
            ),
        ),
        _rename(
            "names",
            ("Pell Hollow", "Tanager Hollow"),
            ("Ossawa", "Winnemac"),
            ("Buckbrush", "Sumac"),
            ("Flintlock", "Tinpan"),
            ("Wendell", "Curtis"),
            ("Krupnick", "Dahlberg"),
            ("Joanna", "Loretta"),
            ("Perkiss", "Brisbin"),
            ("Luis", "Mateo"),
            ("Carvajal", "Arguello"),
            ("Wyandot", "Tallgrass"),
            ("Beth", "Anne"),
            ("Hirabayashi", "Tsukuda"),
            ("Rimrock", "Summitview"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("140 homes", "146 homes")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly-sourced bases
# ---------------------------------------------------------------------------------------------

# --- entertainment: talk that a seaside music festival will fold (British local) ---------------
_FESTIVAL = _article(
    """
    Is this the end for Saltinghoe's Harbour Fields festival?

    Posters for this year's Harbour Fields festival went up around Saltinghoe on Monday, but fans
    are already bracing themselves for the worst, amid whispers that this summer's event could be
    its last.

    It is said the organisers have struggled to sell tickets since prices went up, and some say the
    festival lost a small fortune last year. One person who claims to know the team behind it said
    the whole thing was "hanging by a thread".

    Rumours have also been swirling about a big-name act pulling out at the last minute, though
    nobody seems able to say who. Others reckon the festival is about to be sold to a London
    promoter who would turn it into a corporate affair with VIP tents and £12 pints.

    "It's been going for nineteen years. Half this town met their other half in that field," said
    one regular, who has been to almost every one of them.

    Traders on the seafront are nervous too. Hotels and cafes apparently rely on the festival
    weekend to carry them through the winter, and there are fears the town will be poorer without
    it.

    Nobody knows for sure what is going on. But if Harbour Fields does disappear, a lot of people
    here will feel they were kept in the dark.
    """
)
BROOK_WEAK.append(
    _case(
        "seaside_festival_rumours",
        "weak",
        _FESTIVAL,
        _up(
            "anonymous_named",
            (
                "said one regular, who has been to almost every one of them.",
                "said Bev Stringfellow, 52, a hairdresser who has been to all but two of them.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'said the whole thing was "hanging by a thread".',
                "Asked about the rumours, festival director Owen Tregidgo said ticket sales were "
                '"roughly where they were last year" and that this summer\'s event would go ahead '
                "as planned.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "some say the festival lost a small fortune last year.",
                "Accounts filed by the company that runs it show a loss of £86,000 in the year to "
                "last October, after a profit of £31,000 the year before.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a corporate affair with VIP tents and £12 pints.",
                "Dr Fay Sowden, who researches the economics of live music at Radleigh "
                "University, said mid-sized festivals across Britain had been squeezed by rising "
                "insurance, fencing and staging costs, and that several had been sold to larger "
                "operators.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Nobody knows for sure what is going on.",
                "Nobody knows for sure what is going on, though it is hard to shake the feeling "
                "that the decision has already been taken behind closed doors.",
            ),
        ),
        _rename("names", ("Saltinghoe", "Trewithick"), ("Harbour Fields", "Gull Meadow")),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("£12 pints", "£13 pints")),
    )
)

# --- markets: takeover chatter sends a small-cap stock soaring (American, curly) ---------------
_BUYOUT = _article(
    """
    Quillion Robotics shares soar on buyout buzz

    Shares of Quillion Robotics, the warehouse-automation maker based in Gaskell Point, jumped more
    than 20 percent on Thursday amid chatter that a much larger rival is preparing a bid for the
    company.

    Exactly who the buyer might be is unclear. Traders on online investing forums have floated at
    least three names, and one widely shared post claimed a deal was “basically done.” Nobody has
    been able to confirm that.

    People who follow the company say talks have been going on for months. One longtime investor,
    who did not want to be named, said the rumors have been around “since last spring” and that he
    has bought more shares on every dip.

    Some employees reportedly worry that a buyer would move production out of state, and there is
    talk around town that the Gaskell Point plant could be among the first to close. Others think a
    deal would bring in money the company badly needs.

    Skeptics believe the run-up has more to do with hype than with any real offer, and say the
    shares could fall back just as fast once the excitement fades.

    For now the rumor mill is running at full speed, and anyone buying in is betting on a story
    nobody has managed to pin down.
    """
)
BROOK_WEAK.append(
    _case(
        "buyout_chatter_lifts_shares",
        "weak",
        _BUYOUT,
        _up(
            "anonymous_named",
            (
                "One longtime investor, who did not want to be named, said",
                "Gordon Kreischer, a retired machinist who has owned the stock since 2009, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "Nobody has been able to confirm that.",
                "A Quillion spokeswoman, Tricia Amadiume, said in an email that the company “does "
                "not comment on market rumors.”",
            ),
        ),
        _up(
            "document_added",
            _after(
                "a deal would bring in money the company badly needs.",
                "The company’s latest quarterly report, filed in August, shows it had $38 million "
                "in cash and had lost money in five of the past six quarters.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "once the excitement fades.",
                "Marguerite Shaler, a finance professor at Tollerton College who studies merger "
                "announcements, said stocks often jump on takeover talk that never turns into a "
                "deal, and that small investors tend to buy near the peak.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Nobody has been able to confirm that.",
                "Some on the forums are already betting the offer would come in at close to double "
                "Thursday’s price.",
            ),
        ),
        _rename("names", ("Quillion", "Coble"), ("Gaskell Point", "Merriam Point")),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("more than 20 percent", "more than 22 percent")),
    )
)

# --- education: speculation that a regional college campus will close (Irish local) -----------
_CAMPUS = _article(
    """
    Fears grow for future of Ballyorrin campus

    Students and staff at the Ballyorrin campus of the Western Technological College are said to be
    increasingly anxious amid speculation that its courses will be moved to the main campus in
    Knockeevan from next year.

    According to talk around the town, management has been quietly drawing up plans to close the
    campus, which has about 600 students, and to sell the site. Some believe the decision has
    already been signed off in Dublin and is only being held back until after the local elections.

    "Nobody tells us anything. We hear it from the students before we hear it from management," said
    one lecturer, who did not want to be named.

    It is understood that at least two courses have stopped taking new applicants, although it is
    not clear which. At a packed meeting in the parish hall on Monday, parents asked whether
    students starting in September would be able to finish their degrees in the town.

    Local businesses fear the worst. One cafe owner claimed the campus accounts for "half our trade
    between October and May", and others say a closure would rip the heart out of Ballyorrin.

    There has been no official word, and the silence is doing nothing to calm nerves. Many in the
    town now assume the worst is coming, whatever is eventually said.
    """
)
BROOK_WEAK.append(
    _case(
        "college_campus_closure_fears",
        "weak",
        _CAMPUS,
        _up(
            "anonymous_named",
            (
                "said one lecturer, who did not want to be named.",
                "said Dr Fionnuala Dromey, who has lectured in engineering at the campus since "
                "2004.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the silence is doing nothing to calm nerves.",
                "Asked about the claims, a spokesperson for the college said no decision had been "
                "taken on the campus and that every student now enrolled would be able to complete "
                "their course there.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "which has about 600 students, and to sell the site.",
                "Enrolment figures published by the Higher Education Data Office show first-year "
                "numbers at the Ballyorrin campus fell from 214 in 2019 to 131 last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "a closure would rip the heart out of Ballyorrin.",
                "Prof. Donal Hanratty, who researches regional higher education at Shanagolden "
                "University, said small campuses had come under pressure as more school-leavers "
                "chose city universities, but that closures usually followed years of "
                "consultation.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "although it is not clear which.",
                "One rumour doing the rounds is that the site has already been promised to a hotel "
                "developer.",
            ),
        ),
        _rename("names", ("Ballyorrin", "Kilmoragh"), ("Knockeevan", "Drumsallagh")),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("about 600 students", "about 650 students")),
    )
)

# --- technology: talk of a data centre that would drain the town's water (New Zealand, curly) --
_DATA_CENTRE = _article(
    """
    Data centre talk has Ohinemata on edge

    A giant data centre is coming to Ohinemata — or so the talk around town goes, and not everyone
    is happy about it.

    Locals say a large block of farmland off Station Road changed hands recently, and many believe
    an overseas tech company is behind the purchase. There is talk of a building the size of several
    rugby fields, humming away day and night.

    The biggest worry is water. It’s claimed that centres like this can use millions of litres a day
    to keep their servers cool, and some fear the town’s bore supply, which has run dry twice in the
    past five summers, simply won’t cope.

    “Every February we’re told to stop watering our gardens. Now they want to put in something that
    drinks more than the whole town?” said one resident at a packed community meeting on Sunday.

    Others reckon the project will bring jobs, though how many is anyone’s guess. Some say the
    council has known about the plans for months and is keeping quiet until the deal is done, a
    claim that has only added to the unease.

    A petition is apparently circulating, and there is loose talk of a protest outside the council
    chambers.

    Nothing has been confirmed. But in a town this size, news travels fast — even when it isn’t news
    yet.
    """
)
BROOK_WEAK.append(
    _case(
        "data_centre_town_water_fears",
        "weak",
        _DATA_CENTRE,
        _up(
            "anonymous_named",
            (
                "said one resident at a packed community meeting on Sunday.",
                "said Lorraine Whaanga, a beekeeper who has lived in Ohinemata for 30 years, at a "
                "packed community meeting on Sunday.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a claim that has only added to the unease.",
                "Asked about the plans, Mayor Bruce Tamihana said the council had received no "
                "resource consent application for a data centre and had not been approached by any "
                "technology company.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "an overseas tech company is behind the purchase.",
                "Land title records show the 41-hectare block was sold in June to Hoverfield "
                "Holdings Ltd, a company registered eight weeks earlier whose sole director is an "
                "Auckland lawyer.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "simply won’t cope.",
                "Dr Anjali Mehrotra, a water resources engineer at Tasman Crest University, said "
                "newer data centres often use closed-loop cooling that needs far less water, "
                "though designs vary widely and some still draw heavily on local supplies.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "humming away day and night.",
                "humming away day and night, and it would likely need its own substation on top "
                "of that.",
            ),
        ),
        _rename("names", ("Ohinemata", "Waikerepu"), ("Station Road", "Totara Road")),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("twice in the past five summers", "twice in the past six summers")),
    )
)

# --- local government: talk that an old city market will be pulled down (Indian local) ---------
_MARKET = _article(
    """
    Traders fear demolition of Nandanpur's old Kothi market

    Vendors at Nandanpur's Kothi market, among the oldest in the city, say they are living in fear
    after word spread that the municipal corporation plans to pull down the market and build a
    multi-level parking complex in its place.

    Some traders say officials were seen measuring the lanes on Tuesday, and it is being said that
    notices could be served as early as next month. Nobody at the market could say who the officials
    were or which department had sent them.

    "My father sat here, his father sat here. Where will we go? Into a parking lot?" asked a
    vegetable seller who has had a stall near the main gate for over 30 years and did not want to be
    named.

    Many traders suspect a builder with political connections is behind the plan. Others claim the
    corporation really wants the land for a shopping mall and that the parking complex is only a
    cover story. There is also talk of shifting the vendors to a site near the bypass, though
    nothing has been put on paper.

    Around 350 stalls operate from the market, and traders say thousands of families in the old city
    depend on it for cheap vegetables.

    The uncertainty has already hit business, with some vendors saying customers have started going
    elsewhere. Until someone clears the air, the fear is likely to remain.
    """
)
BROOK_WEAK.append(
    _case(
        "old_market_demolition_fears",
        "weak",
        _MARKET,
        _up(
            "anonymous_named",
            (
                "asked a vegetable seller who has had a stall near the main gate for over 30 years "
                "and did not want to be named.",
                "asked Shankar Lal Bhadoria, 64, who has sold vegetables near the main gate for "
                "over 30 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nothing has been put on paper.",
                "When contacted, Municipal Commissioner Meenakshi Korde said no proposal to "
                "demolish the market had come before the corporation and that the officials seen "
                "there were carrying out a routine fire-safety survey.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "depend on it for cheap vegetables.",
                "The corporation's budget for this year, passed in March, sets aside Rs 18 crore "
                "for parking projects, but none of the three sites it lists is at Kothi market.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "the parking complex is only a cover story.",
                "Ritu Parulekar, an urban planner at the Nandanpur School of Architecture and "
                "Planning who has studied the city's street markets, said moving vendors to the "
                "edge of a city usually cuts their sales sharply, which is why such plans meet "
                "fierce resistance.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "depend on it for cheap vegetables.",
                "Allegedly, a list of the stalls to be cleared first is already with a local "
                "corporator.",
            ),
        ),
        _rename("names", ("Nandanpur", "Sitapuram"), ("Kothi", "Jhumri")),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("Around 350 stalls", "Around 340 stalls")),
    )
)

# --- labour: rumoured shift cuts at a poultry plant (American local, curly) --------------------
_POULTRY = _article(
    """
    Rumors of shift cuts rattle workers at Ransom Fork poultry plant

    Workers at the Gainsley Farms processing plant in Ransom Fork say they have been hearing for
    weeks that the night shift is about to be cut, and many are already looking for other jobs.

    Nobody on the floor seems to know where the talk started. Some say a supervisor let it slip in
    the break room; others heard it from a truck driver who supposedly picked it up at another
    plant. The story has grown with every retelling, and some people are now convinced that as many
    as 300 jobs could go.

    “Everybody’s got a different number. All we know is nobody’s telling us the truth,” said a
    worker on the deboning line who asked that her name not be used.

    There are also claims that the company plans to bring in machines to replace people on the line,
    and that the cuts are only the first step. It is said that chicken prices have fallen and the
    plant is losing money, though nobody seems to have seen any figures.

    For a town the size of Ransom Fork, losing a shift would hurt. Many families have two or three
    members working at the plant, and shop owners say Gainsley paydays keep Main Street going.

    Some workers think an announcement could come as soon as Friday. Others believe the company will
    wait until after the holidays.
    """
)
BROOK_WEAK.append(
    _case(
        "poultry_plant_shift_rumours",
        "weak",
        _POULTRY,
        _up(
            "anonymous_named",
            (
                "said a worker on the deboning line who asked that her name not be used.",
                "said Yesenia Carrizales, who has worked on the deboning line for six years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "though nobody seems to have seen any figures.",
                "Gainsley Farms spokesman Dale Higbee said in a phone interview that the company "
                "had “no plans to reduce staffing in Ransom Fork” and was hiring on both shifts.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "keep Main Street going.",
                "State employment records show the plant had 1,140 workers in March, up from 1,020 "
                "a year earlier, and the company has not filed the notice state law requires 60 "
                "days before a layoff of 50 or more people.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "though nobody seems to have seen any figures.",
                "Naomi Osterberg, an agricultural economist at Prairie Hill University who tracks "
                "the poultry industry, said wholesale chicken prices had dropped about 9 percent "
                "since summer but that most large processors were still profitable.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "keep Main Street going.",
                "If the night shift goes, many suspect the day shift won’t be far behind.",
            ),
        ),
        _rename("names", ("Gainsley", "Dunmire"), ("Ransom Fork", "Corbin Ford")),
        _rename("weekday", ("Friday", "Monday")),
        _same("minor_number", ("as many as 300 jobs", "as many as 280 jobs")),
    )
)

BROOK_CASES: tuple[Case, ...] = tuple(BROOK_WELL + BROOK_WEAK)
