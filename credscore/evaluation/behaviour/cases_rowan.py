"""A twenty-seventh, rowan set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) and its helpers, but none of the articles of
:mod:`.cases` or of the sets that followed it: it is a twenty-seventh, independent set, written
at the same time as :mod:`.cases_birch` by another writer who did not read it, of twelve base
articles (six WELL sourced, six WEAKLY sourced) and their variants, written blind as a
measurement. The name "rowan" is only a name. The topics, people, places, organisations,
figures and sentences are new and fictional; nothing is copied from the other sets, from any
corpus or example, or from the web. Every surname, place name and organisation name (the names
the ``names`` variants rename to included) was checked with a case-insensitive search of
``credscore/evaluation`` and ``tests`` and replaced wherever it already occurred, even as part
of a longer word; first names were not checked, and no outlet is named. Real names are kept only
for a state (Kentucky), a platform (Facebook) and a feast (Easter).

What was read: the docstring, data model, helpers and some cases of :mod:`.cases`, the data
checks of ``tests/behaviour/test_behaviour.py``, and of :mod:`.cases_willow` only its docstring,
its imports, its first two cases (and the opening of its third) and its last lines, for the
layout. What was not read: the other sets, the signal extractors, lexicons, features, model and
scorer. No text in this module was scored or run through an extractor while it was written; only
the data checks of the suite (edit targets occur once, renames are consistent, word counts,
typography, the variant mix) were run on these cases, with ``ruff``.

The beats avoid those of the willow set. Well sourced: a scallop fishery kept shut after a dive
survey finds 1.9 million scallops where there were 11.4 million (fisheries), a city auditor
general finding police overtime $3.1 million over budget (policing), a peer-reviewed study
linking white LED street lights to half as many caterpillars in hedgerows (science), a state
auditor-general unable to trace N1.4bn of school meals money (education), a regional gallery
closing two days a week after a council cut its grant by $180,000 (arts) and a utility leaving
half its customers without power four days after an ice storm (weather). Weakly sourced: talk
that a football club's ground will be sold to a housebuilder (sport), fears that a parish will
be closed and its land sold (religion), online claims that a hawker centre will be demolished
(food and business), an almanac and a Facebook post foretelling a hard winter and a salt
shortage (weather), rumours that a market will be pulled down for a flyover (markets and local
government) and complaints blaming a new wind farm for headaches and sick stock (energy).

The house styles are New Zealand (fisheries, wind farm: "Dr", "metres", "$4000", "consents",
"lambing", "reckon"), Canadian (policing, winter: "Coun.", "Const.", "police services board",
"Dr.", "neighbourhoods", "snowplow", "tires", "rumour"), British (science, football: "per
cent", "£1.2m", "Professor", "Dr", "terraces", "housebuilder", "season-ticket holder"), Nigerian
(school meals, market: "N1.4bn", "Mr", "Mrs", "Alhaji", "Engr.", "Prof.", "told our
correspondent", "pleaded anonymity", "stakeholders", "It was gathered", "As of the time of
filing this report"), Australian (gallery: "Mayor", "Shire Council", "2025-26", "financial
year", "Arts Minister"), American (ice storm as datelined wire copy, "HARRODALE, Ky. -",
"Jan. 18", "percent", "vice president"; parish: "rumors", "the fall", "Mass") and Singaporean
(hawker centre: "netizens", "makan", "Madam", "char kway teow", "It is understood", "In response
to queries", "Associate Professor"). The reporting verbs vary ("said", "told reporters", "told
lawmakers", "told our correspondent", "said in a statement", "confirmed", "defended",
"described", "cautioned", "urged", "denied", "lamented", "wrote", "claim", "alleged",
"believe", "suspect", "reckon", "it is said", "is said to", "it is understood", "reportedly",
"it was gathered", "it is widely believed", "word has been spreading", "talk ... is that").
Attribution takes several shapes: name then role with a relative clause ("Commercial skipper
Glen Drummey, who has fished out of Port Kaiparoa for 26 years, said"), role then name in
apposition ("the Auditor-General, Mr Babatunde Olaniregun, told lawmakers"), title before the
name ("Fisheries Minister Rawiri Teneti said", "Coun. Fergus Ostlund"), the quote before the
speaker ("...," said Renee Castellow, the emergency management director for Ostergren County),
ages (64, 78) and "according to" with a document. The documents cited are a marine institute's
dive survey, a city auditor general's audit presented to a police board, a peer-reviewed study
in a journal, a state auditor-general's annual report laid before a legislature, council budget
papers and a gallery's annual report, and a utility's report filed with its regulator; and in
the variants a regional council's water quality records, a police board's minutes, a moth
recording group's records, a state appropriation law obtained by the paper, a council finance
committee's minutes, a utility's vegetation records, a football club's filed accounts, a
diocese's annual report, a tender notice on a procurement portal, city budget documents, a state
budget and noise monitoring reports filed with a district council. Comment is sought in the
well bases from the party criticised or in charge (a ministry and a regional council, a police
chief and a police association, a county council's head of highways, a commissioner and, "When
contacted", a vendors' association, a mayor and an arts minister's spokeswoman, a utility
executive and a regulator's spokesman) and, in the variants, in other ways ("said in a
statement", "Asked about the findings, a spokesperson ... said", "Efforts to reach ... were
unsuccessful", "did not respond to requests for comment", "In response to queries", "Asked
about the post", "When contacted, the Commissioner ... said"). Each base is 213 to 259 words
long (the well bases 253 to 259, the weak ones 213 to 239), in straight ASCII quotes and
apostrophes; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports comment from the party criticised or responsible.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, social-media talk,
  speculation and hedging, and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
with no mention of the name left: a skipper, a councillor, an entomologist, a head teacher, a
printmaker and a utility executive; an attribution removed so that a claim stands as bare fact:
a community group chair's, a police association's, a lead researcher's, a commissioner's, a
mayor's, whose quote is then attributed afresh, and an emergency manager's; speculation added,
each time as a sentence of its own; the document removed, with the words in the headline, lead
or later text that pointed to it), and two ``up`` variants (a document cited six times, comment
sought three times, an anonymous source named twice, a named expert added once; where comment is
sought in a well base it is from a second party: a forestry company, a national roads
department, a state education board). Each weak base has four ``up`` variants, one of each up
kind, and a ``down`` variant adding speculation, worded differently each time; two weak bases
also have an attribution removed, so that what "sources close to the club" or a Facebook post
claimed stands as fact. Every base has a cosmetic ``names`` rename, a ``weekday`` rename and a
``minor_number`` edit, and the generic typography, wrapping and CRLF variants that
:func:`.cases._case` adds: 68 directional variants (36 on the well bases, 32 on the weak ones)
and 72 invariance variants in all.

First measurement (2026-12-03, before this set was read; the extractors of commit d6e22d3 and
the model retrained at ed58f9b): directional **0.926** (63 of 68), cosmetic 1.000, well - weak
+63.0. The failures: three of the eight attribution_removed variants (on a well base, the edit
also removed the hedge "appeared to"; on two weak bases, a vague attribution, "sources close to
the club claim" and "a widely shared post on a community Facebook page claims", became a bare
statement); a comment sought as "Efforts to reach the chairman ... were unsuccessful, as calls
to his mobile phone were not answered" lowered a well base by 1.4 points, because that wording
was not read as seeking comment; and speculation added to a weak base moved it by 0.7 points.
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

ROWAN_WELL: list[Case] = []
ROWAN_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- fisheries: a scallop fishery stays shut (New Zealand regional paper) --------------------
_SCALLOP_SURVEY = (
    "The survey, carried out in March by divers from the Aotahi Marine Institute, estimated "
    "there were 1.9 million legal-sized scallops on the bay's main beds off Otuhaka Point, "
    "compared with 11.4 million in 2017.\n\n"
)
_SCALLOPS = _article(
    """
    Korotane Bay scallop fishery to stay shut for a second season

    Recreational and commercial scallop fishing in Korotane Bay will remain closed for at least
    another year after an underwater survey found the beds had barely recovered, the fisheries
    ministry said on Tuesday.

    The survey, carried out in March by divers from the Aotahi Marine Institute, estimated there
    were 1.9 million legal-sized scallops on the bay's main beds off Otuhaka Point, compared with
    11.4 million in 2017.

    "We closed the bay because the numbers told us to, and the numbers are telling us the same
    thing again," Fisheries Minister Rawiri Teneti said.

    Commercial skipper Glen Drummey, who has fished out of Port Kaiparoa for 26 years, said the
    closure was costing his crew about $4000 a week. "We're not arguing with the science. We just
    want to know there's a plan to get the beds back," he said.

    Dr Moana Heperi, a marine ecologist at the University of Waitoa who studies shellfish
    recovery, said the beds were unlikely to rebuild while silt from forestry kept settling on the
    seafloor. "Young scallops need clean shell and gravel to settle on. Bury that and you lose a
    generation," she said.

    The Korotane Bay Guardians, which campaigned for the closure, wants the
    inner bay shut for good. Its chairwoman, Leonie Brundell, said a permanent closure was the
    only way to protect the juvenile beds near the river mouths.

    A spokesman for the regional council, which consents forestry in the catchment, said a
    sediment study would report in September.
    """
)
ROWAN_WELL.append(
    _case(
        "korotane_scallop_closure",
        "well",
        _SCALLOPS,
        _down(
            "named_to_anonymous",
            (
                "Commercial skipper Glen Drummey, who has fished out of Port Kaiparoa for 26 "
                "years, said",
                "A commercial skipper, who did not want to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Its chairwoman, Leonie Brundell, said a permanent closure was the only way to "
                "protect",
                "A permanent closure is the only way to protect",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                'a plan to get the beds back," he said.',
                "Some in the fleet suspect the ministry has already decided to turn the bay into "
                "a marine reserve and is using the closure as cover.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "after an underwater survey found the beds had barely recovered",
                "because the beds had barely recovered",
            ),
            _remove(_SCALLOP_SURVEY),
        ),
        _up(
            "document_added",
            _after(
                "would report in September.",
                "Water quality records published by the council show the amount of sediment "
                "carried by the Korotane River roughly doubled in the two years after about 3000 "
                "hectares of pine were harvested upstream.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'you lose a generation," she said.',
                "Matairangi Forestry, which harvested the largest blocks above the bay, said in a "
                "statement that its operations had met every condition of its consents and that "
                "it had planted buffer strips along the main streams.",
            ),
        ),
        _rename(
            "names",
            ("Korotane", "Whareroa"),
            ("Aotahi", "Tirohanga"),
            ("Otuhaka", "Rauroa"),
            ("Rawiri", "Hemi"),
            ("Teneti", "Rangiuia"),
            ("Glen", "Shane"),
            ("Drummey", "Gosterby"),
            ("Kaiparoa", "Kawhatu"),
            ("Moana", "Aroha"),
            ("Heperi", "Tuiwai"),
            ("Waitoa", "Parekura"),
            ("Leonie", "Bronwyn"),
            ("Brundell", "Thribley"),
        ),
        _rename("weekday", ("Tuesday", "Thursday")),
        _same("minor_number", ("compared with 11.4 million", "compared with 11.2 million")),
    )
)

# --- policing: an auditor general on police overtime (Canadian daily) ------------------------
_OVERTIME_AUDIT = (
    "The audit, presented to the police services board, shows overtime costs reached $9.7 "
    "million in 2024. Twelve officers each claimed more than 900 hours of overtime, and in 41 "
    "cases the overtime was approved after the shift had been worked, contrary to the service's "
    "own policy.\n\n"
)
_OVERTIME = _article(
    """
    Port Galvin police overtime ran $3.1 million over budget, auditor general finds

    The Port Galvin Police Service spent $3.1 million more on overtime than budgeted last
    year, and a small group of officers claimed a large share of it, the city's auditor general
    found in a report released Monday.

    The audit, presented to the police services board, shows overtime costs reached $9.7 million
    in 2024. Twelve officers each claimed more than 900 hours of overtime, and in 41 cases the
    overtime was approved after the shift had been worked, contrary to the service's own policy.

    "The controls existed on paper. Nobody was checking them," Auditor General Marguerite
    Pellerine told reporters.

    Chief Andrea Viljoen said the service accepted all 14 of the audit's recommendations and had
    moved overtime approvals to an electronic system. "We had a staffing problem that
    turned into a spending problem," she said.

    Coun. Fergus Ostlund, who sits on the police board, said he would ask for overtime figures
    every quarter.

    Ines Wolanski, a criminology professor at Thoresby University who studies police staffing,
    said overtime tends to climb when vacancies go unfilled. "Overtime looks cheaper than hiring,
    right up until it isn't," she said.

    The Port Galvin Police Association said in a statement that its members worked extra shifts
    because the service was 38 officers short. A veteran constable, who spoke on condition of
    anonymity because officers are not allowed to talk to the media, said some night shifts were
    covered only by officers working their fourth straight day of overtime.
    """
)
ROWAN_WELL.append(
    _case(
        "port_galvin_police_overtime",
        "well",
        _OVERTIME,
        _down(
            "named_to_anonymous",
            (
                "Coun. Fergus Ostlund, who sits on the police board, said",
                "One member of the police board said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "The Port Galvin Police Association said in a statement that its members worked "
                "extra shifts because the service was 38 officers short.",
                "Officers worked extra shifts because the service was 38 officers short.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "contrary to the service's own policy.",
                "Some at city hall suspect the real figure is higher still, and it is possible "
                "that officers were paid for hours they never worked.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "the city's auditor general found in a report released Monday",
                "the city's auditor general said Monday",
            ),
            _remove(_OVERTIME_AUDIT),
            ("all 14 of the audit's recommendations", "all 14 of the auditor's recommendations"),
        ),
        _up(
            "anonymous_named",
            (
                "A veteran constable, who spoke on condition of anonymity because officers are "
                "not allowed to talk to the media, said",
                "Const. Ravinder Gosal, a 19-year veteran and the association's vice-president, "
                "said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "for overtime figures every quarter.",
                "Minutes of the board's November 2023 meeting show the chief was told then that "
                "overtime was on pace to exceed its budget by more than $2 million.",
            ),
        ),
        _rename(
            "names",
            ("Galvin", "Corryvale"),
            ("Marguerite", "Lucie"),
            ("Pellerine", "Beauchesne"),
            ("Andrea", "Karin"),
            ("Viljoen", "Zabrowska"),
            ("Fergus", "Declan"),
            ("Ostlund", "Strzelecki"),
            ("Ines", "Mira"),
            ("Wolanski", "Skjeldrup"),
            ("Thoresby", "Dorringsby"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("Twelve officers each", "Eleven officers each")),
    )
)

# --- science: a peer-reviewed study of street lights and moths (British national) -----------
_MOTHS = _article(
    """
    White LED street lights linked to sharp fall in caterpillars, study finds

    Hedgerows lit by white LED street lamps had almost half as many moth caterpillars as unlit
    ones, according to a peer-reviewed study published on Wednesday.

    Researchers at Cranmoor University sampled 46 roadside hedgerows across Dellshire over two
    summers. The study, published in the Journal of Nocturnal Ecology, found an average of 31
    caterpillars per site under white LEDs, against 58 at unlit sites and 49 under older orange
    sodium lamps.

    "We expected an effect, but not one this big," said Dr Esther Gostelow, the ecologist who led
    the research. She said female moths appeared to avoid laying eggs under bright light, and that
    caterpillars which did hatch there were more easily found by predators.

    Professor Callum Ditchburn, an entomologist at the University of Exmarsh who was not involved
    in the work, described the findings as "solid and worrying", because caterpillars are the main
    food of many nesting birds. He cautioned that the study covered only one county.

    Dellshire County Council replaced 38,000 sodium lamps with LEDs by 2020. Graham
    Heppenstall, the council's head of highways, said the switch saves about £1.2m a year in
    electricity and that lamps on rural roads are already dimmed after midnight.

    "We will read the study carefully, but nobody is keen to go back to the old bills," he said.

    Rhiannon Seddick, of the conservation charity Nightwing Trust, urged councils to fit
    warmer-coloured lamps. "It's a cheap fix if you do it at replacement time," she said.
    """
)
ROWAN_WELL.append(
    _case(
        "dellshire_led_caterpillars",
        "well",
        _MOTHS,
        _down(
            "named_to_anonymous",
            (
                "Professor Callum Ditchburn, an entomologist at the University of Exmarsh who was "
                "not involved in the work, described",
                "Another researcher, who asked not to be named, described",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said female moths appeared to avoid laying eggs under bright light, and that "
                "caterpillars which did hatch there were more easily found by predators.",
                "Female moths avoid laying eggs under bright light, and caterpillars which do "
                "hatch there are more easily found by predators.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "the study covered only one county.",
                "Some birdwatchers believe the lamps could explain why cuckoos have vanished from "
                "much of the county, though nobody has looked.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "linked to sharp fall in caterpillars, study finds",
                "blamed for fall in caterpillars",
            ),
            (
                "according to a peer-reviewed study published on Wednesday",
                "scientists said on Wednesday",
            ),
            _remove(
                " The study, published in the Journal of Nocturnal Ecology, found an average of 31 "
                "caterpillars per site under white LEDs, against 58 at unlit sites and 49 under "
                "older orange sodium lamps."
            ),
            ("the study covered only one county", "the work covered only one county"),
            ("We will read the study carefully", "We will look at the research carefully"),
        ),
        _up(
            "document_added",
            _after(
                "more easily found by predators.",
                "Records kept by the county's moth recording group show that catches at its 12 "
                "longest-running light traps fell by 38 per cent between 2012 and 2022.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                'go back to the old bills," he said.',
                "Asked about the findings, a spokesperson for the government's roads department "
                "said choices about lighting were a matter for local highway authorities.",
            ),
        ),
        _rename(
            "names",
            ("Cranmoor", "Ormsford"),
            ("Dellshire", "Wendshire"),
            ("Esther", "Nadia"),
            ("Gostelow", "Rendlesham"),
            ("Callum", "Owain"),
            ("Ditchburn", "Llewellin"),
            ("Exmarsh", "Hollinbury"),
            ("Graham", "Stuart"),
            ("Heppenstall", "Varnholt"),
            ("Rhiannon", "Harriet"),
            ("Seddick", "Oakenshaw"),
            ("Nightwing", "Duskwatch"),
        ),
        _rename("weekday", ("Wednesday", "Monday")),
        _same("minor_number", ("sampled 46 roadside hedgerows", "sampled 48 roadside hedgerows")),
    )
)

# --- education: an auditor-general on school meals (Nigerian daily) --------------------------
_MEALS_REPORT = (
    "The 212-page report states that vendors were paid to feed 318,000 pupils, although "
    "enrolment records from the State Universal Basic Education Board showed only 241,000 pupils "
    "in the schools covered. Auditors also found that 57 vendors were paid twice in the same "
    "month.\n\n"
)
_MEALS = _article(
    """
    N1.4bn school meals fund unaccounted for in Okuta, Auditor-General says

    The Okuta State Government could not account for N1.4bn released for its school feeding
    programme in 2023, according to the state Auditor-General's annual report laid before the
    House of Assembly on Thursday.

    The 212-page report states that vendors were paid to feed 318,000 pupils, although enrolment
    records from the State Universal Basic Education Board showed only 241,000 pupils in the
    schools covered. Auditors also found that 57 vendors were paid twice in the same month.

    "Every naira paid for a child who does not exist is a meal taken from a child who does," the
    Auditor-General, Mr Babatunde Olaniregun, told lawmakers.

    "We welcome the report, and anyone found culpable will refund the money," the Commissioner
    for Education, Dr Yewande Akinsowon, said in Oke-Ilare, the state capital. She added that the
    ministry had suspended payments to the vendors named in the report and set up a panel to
    review enrolment figures.

    Mrs Kehinde Oyerinde, head teacher of St Jude's Primary School, Ode-Arowa, told our
    correspondent that pupils in her school were fed on only 61 of the 120 school days last term.

    A professor of public finance at Okuta State University, Prof. Chidiebere Anyaoha, said the
    figures pointed to weak controls rather than one big fraud. "When nobody verifies the
    enrolment list, inflation is almost guaranteed," he said.

    When contacted, the chairman of the state's association of school meal vendors, Alhaji
    Ibrahim Dankaka, denied that members had inflated numbers, saying many of them were still
    owed five months' arrears.
    """
)
ROWAN_WELL.append(
    _case(
        "okuta_school_meals_audit",
        "well",
        _MEALS,
        _down(
            "named_to_anonymous",
            (
                "Mrs Kehinde Oyerinde, head teacher of St Jude's Primary School, Ode-Arowa, told",
                "A head teacher in the state, who pleaded anonymity, told",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She added that the ministry had suspended payments",
                "The ministry has suspended payments",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "paid twice in the same month.",
                "Some stakeholders in the state allege that part of the money may have been "
                "diverted to fund last year's governorship campaign.",
            ),
        ),
        _down(
            "documents_removed",
            (
                "according to the state Auditor-General's annual report laid before the House of "
                "Assembly on Thursday",
                "the state Auditor-General told the House of Assembly on Thursday",
            ),
            _remove(_MEALS_REPORT),
            ("We welcome the report, and", "We welcome the findings, and"),
            ("to the vendors named in the report", "to the vendors concerned"),
        ),
        _up(
            "document_added",
            _after(
                "set up a panel to review enrolment figures.",
                "The state's 2023 appropriation law, a copy of which was obtained by our "
                "correspondent, shows N5.8bn was budgeted for the programme, up from N3.1bn in "
                "2022.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "still owed five months' arrears.",
                "Efforts to reach the chairman of the State Universal Basic Education Board were "
                "unsuccessful, as calls to his mobile phone were not answered and a text message "
                "had not been replied to as of press time.",
            ),
        ),
        _rename(
            "names",
            ("Okuta", "Ekunle"),
            ("Babatunde", "Oluwaseun"),
            ("Olaniregun", "Adesokan"),
            ("Yewande", "Morenike"),
            ("Akinsowon", "Adetoro"),
            ("Oke-Ilare", "Oke-Ajana"),
            ("Kehinde", "Abosede"),
            ("Oyerinde", "Falomo"),
            ("Ode-Arowa", "Ilu-Tuntun"),
            ("Chidiebere", "Obinna"),
            ("Anyaoha", "Ezeakor"),
            ("Ibrahim", "Usman"),
            ("Dankaka", "Garkida"),
        ),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("found that 57 vendors", "found that 55 vendors")),
    )
)

# --- arts: a regional gallery loses a council grant (Australian regional paper) -------------
_GALLERY_PAPERS = (
    "Council budget papers for 2025-26 show the grant falling from $640,000 to $460,000, the "
    "largest cut to any community service in the draft budget. The gallery's annual report "
    "records 52,300 visitors last financial year, up from 38,900 before the pandemic.\n\n"
)
_GALLERY = _article(
    """
    Kilcoola Regional Gallery to shut two days a week after council cuts grant

    Kilcoola Regional Gallery will close on Mondays and Tuesdays from July after Wattleburn Shire
    Council cut its annual grant by $180,000, the gallery's board confirmed on Friday.

    Council budget papers for 2025-26 show the grant falling from $640,000 to $460,000, the
    largest cut to any community service in the draft budget. The gallery's annual report records
    52,300 visitors last financial year, up from 38,900 before the pandemic.

    "We've had record crowds and been rewarded with a cut. That is hard to explain to our
    volunteers," gallery director Simone Vellanoweth said.

    Mayor Trevor Pennicott defended the decision, saying rates could not rise faster than the
    state's cap and every department had been asked to find savings. "Nobody on council wants to
    see the doors shut, but roads and drains have to come first," he said.

    Dr Farah Iskandar, a cultural economist at Mallowvale University, said the value of regional
    galleries was easy to underestimate because visitors spent money in cafes and motels. "The
    grant is the easy number to cut because the benefit turns up on somebody else's books," she
    said.

    A gallery staff member, who asked not to be named because staff had been told not to speak
    publicly, said two part-time jobs would go.

    Printmaker Jude Cavanagh, 64, said she was worried her retrospective, due to open in August,
    would be cut short.

    A spokeswoman for the state Arts Minister, Belinda Vasiliou, said regional galleries could
    apply to a new touring fund opening in September.
    """
)
ROWAN_WELL.append(
    _case(
        "kilcoola_gallery_grant_cut",
        "well",
        _GALLERY,
        _down(
            "named_to_anonymous",
            (
                "Printmaker Jude Cavanagh, 64, said",
                "One local artist, who did not want to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Mayor Trevor Pennicott defended the decision, saying rates could not rise faster "
                "than the state's cap and every department had been asked to find savings.",
                "Rates cannot rise faster than the state's cap, and every council department has "
                "been asked to find savings.",
            ),
            (
                'roads and drains have to come first," he said.',
                'roads and drains have to come first," Mayor Trevor Pennicott said.',
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "two part-time jobs would go.",
                "There is speculation around town that the gallery could close altogether within "
                "two years and the old bank building it occupies be sold.",
            ),
        ),
        _down("documents_removed", _remove(_GALLERY_PAPERS)),
        _up(
            "anonymous_named",
            (
                "A gallery staff member, who asked not to be named because staff had been told "
                "not to speak publicly, said",
                "Gallery educator Marnie Quigwell, who has worked there for 11 years, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                'roads and drains have to come first," he said.',
                "Minutes of the council's finance committee show councillors were warned in March "
                "that a cut of this size would mean shorter opening hours.",
            ),
        ),
        _rename(
            "names",
            ("Kilcoola", "Wirrabee"),
            ("Wattleburn", "Gumbarra"),
            ("Simone", "Petra"),
            ("Vellanoweth", "Glassbrook"),
            ("Trevor", "Wayne"),
            ("Pennicott", "Dimarco"),
            ("Farah", "Leila"),
            ("Iskandar", "Ashenhurst"),
            ("Mallowvale", "Fennimoor"),
            ("Jude", "Robyn"),
            ("Cavanagh", "Stannerton"),
            ("Belinda", "Carmel"),
            ("Vasiliou", "Skandalis"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("52,300 visitors", "52,100 visitors")),
    )
)

# --- weather: an ice storm and a utility's slow repairs (American wire) ----------------------
_ICE_FILING = (
    "The filing shows 61,400 customers lost power at the height of the storm on Jan. 18, and that "
    "the utility had 212 line workers in the field on the first day, compared with the 480 called "
    "for in its own emergency plan. Power was not fully restored until Jan. 27.\n\n"
)
_ICE = _article(
    """
    Half of Carroway Electric customers still dark four days after ice storm

    HARRODALE, Ky. - More than half of Carroway Electric's customers in three eastern Kentucky
    counties were still without power four days after last month's ice storm, according to a
    report the utility filed Monday with the state's utility regulator.

    The filing shows 61,400 customers lost power at the height of the storm on Jan. 18, and that
    the utility had 212 line workers in the field on the first day, compared with the 480 called
    for in its own emergency plan. Power was not fully restored until Jan. 27.

    "We should have had more crews staged before the ice came. That's on us," Dwayne Harnois,
    Carroway's vice president for operations, said.

    "People were running generators in garages because they had nothing else," said Renee
    Castellow, the emergency management director for Ostergren County. She said the county opened
    four warming shelters and that at least 37 people were treated for carbon monoxide poisoning.

    Amelia Hartsfield, a professor of electrical engineering at Laurelbrook State University who
    studies grid reliability, said half an inch of ice can bring down lines wherever trees have
    not been cut back. "Ice storms find every weak spot you skipped in the summer," she said.

    Gladys Tennyhill, 78, spent three nights in a shelter at Harrodale Middle School. "I've been
    through a lot of winters, and never one where I couldn't get warm," she said.

    The regulator has opened an inquiry and will hold a public hearing on March 4, spokesman
    Jerome Fulkerson said.
    """
)
ROWAN_WELL.append(
    _case(
        "carroway_ice_storm_outages",
        "well",
        _ICE,
        _down(
            "named_to_anonymous",
            (
                "Dwayne Harnois, Carroway's vice president for operations, said.",
                "a Carroway executive said on condition of anonymity.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "She said the county opened four warming shelters and that at least 37 people "
                "were treated",
                "The county opened four warming shelters, and at least 37 people were treated",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "never one where I couldn't get warm,\" she said.",
                "Some customers suspect the utility kept crews at home to hold down costs ahead "
                "of its next rate case.",
            ),
        ),
        _down(
            "documents_removed",
            (
                ", according to a report the utility filed Monday with the state's utility "
                "regulator.",
                ".",
            ),
            _remove(_ICE_FILING),
            (
                "The regulator has opened an inquiry",
                "The state's utility regulator has opened an inquiry",
            ),
        ),
        _up(
            "document_added",
            _after(
                'every weak spot you skipped in the summer," she said.',
                "Vegetation records Carroway submitted to the regulator last year show it "
                "trimmed trees along 41 percent of the line miles it had scheduled for 2024.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "Power was not fully restored until Jan. 27.",
                "Kendra Marsalis, the state climatologist, said storms that leave that much ice "
                "strike the region roughly once a decade.",
            ),
        ),
        _rename(
            "names",
            ("Carroway", "Yarrowfield"),
            ("HARRODALE", "MILLSAP"),
            ("Harrodale", "Millsap"),
            ("Dwayne Harnois", "Curtis Malloy"),
            ("Renee Castellow", "Tamara Greenlee"),
            ("Ostergren", "Pickard"),
            ("Amelia Hartsfield", "Joanna Henninger"),
            ("Laurelbrook", "Pendergrass"),
            ("Gladys Tennyhill", "Opal Wickliffe"),
            ("Jerome Fulkerson", "Marcus Ockleston"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("61,400 customers", "61,100 customers")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- sport: talk that a football club's ground will be sold (British local) ------------------
_GROUND = _article(
    """
    Are Ebbcaster Town's days at Mossgate Park numbered?

    Supporters of Ebbcaster Town have heard the rumours before, but the mood on the terraces this
    season is darker than anyone can remember. Talk on fan forums is that the club's owners are
    ready to sell the ground to a housebuilder and move the team to a shared stadium in another
    town.

    Nobody will say so on the record, but sources close to the club claim surveyors were seen
    walking the pitch after the home match on Saturday. Some fans are convinced the deal has
    already been signed.

    "We're always the last to know. They'll announce it in the summer when nobody's paying
    attention," one season-ticket holder said.

    Others point to the old main stand, where whole sections have been roped off for months, as
    proof that the owners have given up on the place. It is said that the club is losing money
    every week, and that wages have been paid late more than once.

    A post shared hundreds of times on social media this week claimed Ebbcaster would be playing
    its home games 20 miles away by next season, though where that figure came from is anyone's
    guess.

    For now, supporters are planning a march before the next home game, and a petition is doing
    the rounds in the town's pubs.
    """
)
ROWAN_WEAK.append(
    _case(
        "ebbcaster_ground_sale_talk",
        "weak",
        _GROUND,
        _up(
            "anonymous_named",
            (
                '," one season-ticket holder said.',
                '," said Maureen Glassbrook, 67, who has held a season ticket since 1979.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "the deal has already been signed.",
                "The club's chairman, Desmond Wrixon, did not respond to requests for comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "paid late more than once.",
                "The club's latest accounts, filed in March, show a loss of £410,000 in the year "
                "to May and debts of £2.3m owed to companies controlled by its owners.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "is anyone's guess.",
                "Dr Kieran Spofforth, who researches the finances of lower-league clubs at "
                "Hebbleworth University, said a ground is often the only asset such a club owns "
                "outright, which makes selling it a tempting way to clear debts.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "given up on the place.",
                "Some even suggest the owners only bought the club to get their hands on the land.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Nobody will say so on the record, but sources close to the club claim surveyors "
                "were seen",
                "Surveyors were seen",
            ),
        ),
        _rename("names", ("Ebbcaster", "Quarndale"), ("Mossgate", "Crookfield")),
        _rename("weekday", ("Saturday", "Tuesday")),
        _same("minor_number", ("20 miles away", "25 miles away")),
    )
)

# --- religion: fears that a parish will close (American local) -------------------------------
_PARISH = _article(
    """
    Parishioners fear St. Ardwyn's will be next to close

    Word has been spreading among parishioners at St. Ardwyn's Church in Linnetfield Heights that
    the 130-year-old parish could be closed and merged with a larger church across town, and many
    are not taking it quietly.

    Some longtime members believe the diocese has already made up its mind and is only waiting
    until after Easter to make it official. Others claim a developer has been seen touring the
    rectory, though nobody could say who he was.

    "They'll say it's about money, but it's really about the land. Everybody knows that," one
    parishioner said after Mass on Sunday.

    It is widely believed that attendance at St. Ardwyn's has fallen sharply over the past
    decade, and rumors have circulated that the parish school could close as well. Some families
    say they have started looking at other schools for the fall, just in case.

    A private Facebook group started by parishioners has grown to more than 300 members in a
    week, and posts there suggest the church's stained-glass windows could be sold to collectors.

    The pastor has reportedly told friends he is heartbroken, but he has not said anything
    publicly.

    For now, many say they will keep praying, and keep showing up, until someone tells them the
    truth.
    """
)
ROWAN_WEAK.append(
    _case(
        "st_ardwyns_closure_fears",
        "weak",
        _PARISH,
        _up(
            "anonymous_named",
            (
                '," one parishioner said after Mass on Sunday.',
                '," Eileen Wierzchowska, 74, a member of the parish since 1958, said after Mass '
                "on Sunday.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "to make it official.",
                "A spokeswoman for the Diocese of Ellsmoor said no decision had been made about "
                "any parish and that every congregation would be consulted.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "just in case.",
                "Figures in the diocese's annual report show average weekend Mass attendance at "
                "St. Ardwyn's fell from 910 in 2014 to 380 last year.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "he has not said anything publicly.",
                "Gerald Mannion, a historian of American Catholicism at Saint Ethelhard College, "
                "said dioceses in the region have merged hundreds of parishes since 2010 as "
                "attendance and the number of priests have fallen.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "he has not said anything publicly.",
                "Some whisper that he is about to be transferred, which could mean the closure "
                "is closer than anyone thinks.",
            ),
        ),
        _rename("names", ("Ardwyn", "Ethelwin"), ("Linnetfield", "Hawksmere")),
        _rename("weekday", ("Sunday", "Saturday")),
        _same("minor_number", ("more than 300 members", "more than 320 members")),
    )
)

# --- food and business: talk that a hawker centre will close (Singaporean daily) -------------
_HAWKER = _article(
    """
    Jalan Serindit hawker centre to close? Stallholders anxious as talk spreads online

    Stallholders at Jalan Serindit Food Centre are on edge after posts circulating online claimed
    the 44-year-old hawker centre will close next year to make way for a new mixed-use
    development.

    The claims first surfaced in a neighbourhood chat group on Thursday and have since been shared
    widely on social media. Some netizens said they had heard from "someone in the know" that the
    site had already been earmarked, while others urged diners to "go and makan there while you
    still can".

    "Everyone is asking us, but we also don't know. We only hear from customers," said one char
    kway teow seller, who has run her stall for more than 20 years.

    Several stallholders said they were worried they would not be able to afford rents elsewhere,
    and some believe rents at newer centres could be double what they pay now. It is understood
    that a few older hawkers are thinking of retiring rather than moving.

    Regulars are unhappy too. One retiree wrote on Facebook that the centre was "the heart of the
    estate" and that closing it would be a "big mistake".

    Whether the talk is true remains unclear. For now, the queues at Jalan Serindit are longer
    than usual, as residents come back for one more plate of their favourite dishes.
    """
)
ROWAN_WEAK.append(
    _case(
        "serindit_hawker_centre_talk",
        "weak",
        _HAWKER,
        _up(
            "anonymous_named",
            (
                "said one char kway teow seller, who has run her stall for more than 20 years.",
                "said Madam Quek Bee Hoon, 63, who has run her char kway teow stall for more "
                "than 20 years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "thinking of retiring rather than moving.",
                "In response to queries, a spokesman for the town council said it had received "
                "no instructions to close the centre and that stall tenancies would be renewed "
                "as usual.",
            ),
        ),
        _up(
            "document_added",
            _after(
                'closing it would be a "big mistake".',
                "A tender notice published on the government's procurement portal in March "
                "invites bids for repairs to the centre's roof and exhaust system, with the work "
                "to run until 2027.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "Whether the talk is true remains unclear.",
                "Associate Professor Seetoh Wai Leng, who studies hawker culture at Meranti "
                "University, said older food centres are usually upgraded rather than closed, "
                "and that stallholders are normally given at least a year's notice of any move.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "thinking of retiring rather than moving.",
                "Some stallholders even suspect the centre could be handed to a private operator "
                "who would raise rents sharply.",
            ),
        ),
        _rename("names", ("Serindit", "Kelicap")),
        _rename("weekday", ("Thursday", "Tuesday")),
        _same("minor_number", ("the 44-year-old hawker centre", "the 43-year-old hawker centre")),
    )
)

# --- weather: a hard winter foretold by an almanac and the internet (Canadian local) ---------
_WINTER = _article(
    """
    Brutal winter ahead for Port Lavergne? The almanac and the rumour mill say so

    If the talk around town is to be believed, Port Lavergne is in for one of its worst winters in
    years, and the city may not be ready for it.

    A popular almanac is calling for "bitter cold and heavy snow" across the region, and a widely
    shared post on a community Facebook page claims the city has cut its road salt order by a
    third to save money. Several residents say snowplow drivers have told them privately that
    crews will be stretched thin.

    "Last year they didn't plow our street for three days after the big storm. Now they're cutting
    back? Good luck," one east-end resident said on Friday.

    Some people are sure the shortage is real because the salt domes by the works yard look half
    empty, though it is hard to tell from the road. Others say the city quietly plans to stop
    clearing sidewalks in some neighbourhoods altogether.

    Weather watchers online have been sharing long-range models that point to a cold, snowy
    January, and some say the signs are already there: an early frost, thick corn husks and geese
    leaving weeks ahead of schedule.

    Whether any of it comes true is anyone's guess. Hardware stores are said to be selling shovels
    and snow tires as fast as they can stock them, and plenty of residents are not waiting to find
    out.
    """
)
ROWAN_WEAK.append(
    _case(
        "port_lavergne_winter_chatter",
        "weak",
        _WINTER,
        _up(
            "anonymous_named",
            (
                '," one east-end resident said on Friday.',
                '," Yvette Brassard, who lives on Sabourin Avenue in the east end, said on Friday.',
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "crews will be stretched thin.",
                "Asked about the post, the city's manager of road operations, Denis Archambeau, "
                "said the salt order for the season was 21,000 tonnes, the same as last winter, "
                "and that the domes were being filled in stages.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "in some neighbourhoods altogether.",
                "City budget documents show $6.8 million set aside for winter road maintenance "
                "this season, up from $6.4 million last year.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "geese leaving weeks ahead of schedule.",
                "Dr. Anika Brevold, a climatologist at Lakehollow University, said almanac "
                "forecasts have no proven skill, and that seasonal models can only nudge the odds "
                "slightly toward a colder or milder winter.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "in some neighbourhoods altogether.",
                "Some fear the city could run out of salt entirely by February and leave side "
                "streets unplowed for weeks.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "and a widely shared post on a community Facebook page claims the city has cut",
                "and the city has cut",
            ),
        ),
        _rename("names", ("Lavergne", "Rochebrune")),
        _rename("weekday", ("Friday", "Thursday")),
        _same(
            "minor_number",
            ("for three days after the big storm", "for four days after the big storm"),
        ),
    )
)

# --- local government and markets: traders fear a demolition (Nigerian daily) ---------------
_MARKET = _article(
    """
    Panic in Agbeyin as traders fear demolition of Oja-Titun market

    There was palpable tension at the Oja-Titun market in Agbeyin on Tuesday as traders rushed to
    move their goods following rumours that the state government would soon pull down the market
    to make way for a flyover.

    It was gathered that the rumour started after some men in reflective jackets were seen taking
    measurements around the main gate last week. Some traders alleged that shops had been marked
    for demolition at night, though no such markings were visible when our correspondent visited.

    A foodstuff seller, who gave her name only as Mama Ronke, said she had spent over N2m
    restocking her shop ahead of the festive season. "Where will we go? Nobody has told us
    anything. We only hear it from people," she lamented.

    Sources within the market said the traders' association had held an emergency meeting, but no
    details were made public. Some traders claimed that certain leaders of the association had
    collected money from officials to look the other way, a claim that could not be verified.

    It was also gathered that some traders had begun moving goods to the homes of relatives, while
    others vowed to resist any attempt to demolish their shops.

    As of the time of filing this report, the atmosphere remained tense, with many shops under
    lock and key.
    """
)
ROWAN_WEAK.append(
    _case(
        "oja_titun_demolition_rumour",
        "weak",
        _MARKET,
        _up(
            "anonymous_named",
            (
                "A foodstuff seller, who gave her name only as Mama Ronke, said",
                "A foodstuff seller, Mrs Funmilayo Ajibulu, who has traded in the market for 18 "
                "years, said",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "a claim that could not be verified.",
                "When contacted, the Commissioner for Works and Infrastructure, Engr. Tunde "
                "Olagbegi, said the government had no plan to demolish the market and that the "
                "men seen at the gate were carrying out a drainage survey.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "around the main gate last week.",
                "The state's 2025 budget, signed into law in January, lists the Agbeyin flyover "
                "with an allocation of N3.5bn but makes no mention of the market.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "resist any attempt to demolish their shops.",
                "A professor of urban and regional planning at Ayetoro University, Prof. Adenike "
                "Sowemimo-Bakare, said the law requires the government to serve notice and pay "
                "compensation before any structure is pulled down.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "resist any attempt to demolish their shops.",
                "Some fear bulldozers could arrive any night without warning, and a few insist "
                "the flyover is only a cover for handing the land to a politician's associates.",
            ),
        ),
        _rename(
            "names",
            ("Agbeyin", "Iludun"),
            ("Oja-Titun", "Oja-Ayo"),
            ("Ronke", "Bimpe"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("over N2m", "over N1.8m")),
    )
)

# --- energy: complaints about a new wind farm (New Zealand regional paper) ------------------
_TURBINES = _article(
    """
    Otamakau residents blame new wind farm for sleepless nights and sick stock

    Some residents of Otamakau say life has not been the same since the turbines on Kaiwhiri Ridge
    started turning, and they want answers.

    Since the 18-turbine wind farm began generating in spring, there has been a steady stream of
    complaints on the district's community Facebook page about headaches, broken sleep and a low
    hum that some say they feel more than hear. Others claim lambing percentages are down on the
    farms closest to the ridge, and that dogs have become restless at night.

    "It's like a washing machine going in the next room, all night, every night. You can't get
    away from it," said one woman who lives below the ridge.

    There is talk that property values in the valley have dropped and that at least one family
    has put their farm on the market because of the noise, though nobody seems sure which farm it
    is. A petition calling for the turbines to be switched off at night is said to have hundreds
    of signatures.

    Some locals reckon the company knew about the problems before the turbines went up and pushed
    ahead anyway. Others are more cautious, saying it is too early to tell whether the turbines
    are to blame for anything.

    A public meeting is planned at the Otamakau hall on Thursday night.
    """
)
ROWAN_WEAK.append(
    _case(
        "otamakau_wind_farm_complaints",
        "weak",
        _TURBINES,
        _up(
            "anonymous_named",
            (
                "said one woman who lives below the ridge.",
                "said Janine Whakatau, who farms sheep and beef below the ridge.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "is said to have hundreds of signatures.",
                "A spokeswoman for the operator, Ahiwera Energy, said noise monitoring at four "
                "homes had found levels within its consent conditions and that staff would "
                "attend the public meeting.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "dogs have become restless at night.",
                "Noise monitoring reports filed with the district council show night-time levels "
                "at the nearest homes of between 31 and 36 decibels, below the 40-decibel limit "
                "in the wind farm's consent.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "are to blame for anything.",
                "Dr Sunil Varathan, an acoustics researcher at Manutahi University, said studies "
                "overseas have found no direct link between turbine noise and illness, but that "
                "lost sleep from noise people can hear is real and worth measuring.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though nobody seems sure which farm it is.",
                "Some worry the children at the local school could be next to fall ill, and there "
                "are rumours the company wants to add another dozen turbines.",
            ),
        ),
        _rename("names", ("Otamakau", "Pukewhenua"), ("Kaiwhiri", "Tarawhenua")),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("the 18-turbine wind farm", "the 17-turbine wind farm")),
    )
)

ROWAN_CASES: tuple[Case, ...] = tuple(ROWAN_WELL + ROWAN_WEAK)

__all__ = ["ROWAN_CASES"]
