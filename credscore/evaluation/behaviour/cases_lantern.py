"""A seventeenth, lantern set of behavioural (CheckList) cases for credscore.

This module uses the data model of :mod:`.cases` (:class:`Case`, :class:`Variant`, the kinds in
``DOWN_KINDS``, ``UP_KINDS`` and ``SAME_KINDS``) but none of the articles of :mod:`.cases` or of
the fourteen sets that followed it (:mod:`.cases_holdout`, :mod:`.cases_fresh`,
:mod:`.cases_blind`, :mod:`.cases_final`, :mod:`.cases_cold`, :mod:`.cases_late`,
:mod:`.cases_last`, :mod:`.cases_winter`, :mod:`.cases_spring`, :mod:`.cases_summer`,
:mod:`.cases_autumn`, :mod:`.cases_harvest`, :mod:`.cases_frost`, :mod:`.cases_ember`): it is a
seventeenth, independent set (written at the same time as :mod:`.cases_thaw`, by another writer
who did not read it) of twelve base articles (seven WELL sourced, five WEAKLY sourced) and their
variants, written blind as a measurement. The name "lantern" is only a name; the beats are
national and international news. The topics, people, places, countries, organisations, outlets,
figures and sentences are new and fictional; nothing is copied from the other sets, from any
corpus or example, or from the web, and every surname, place name, organisation and outlet name
was checked against the other sets and the passages and replaced where it already occurred
(some common first names recur). The articles and edits were written from the definitions of
good and bad sourcing alone: no text in this module was scored with a model or run through an
extractor while it was written, and the code of the signals, lexicons, features and model was
not read.

The beats are tally sheets missing after a presidential runoff abroad (foreign elections), the
unpaid crew of an abandoned bulk carrier (shipping), pharmacies rationing a children's antibiotic
(public health), a university closing language degrees as overseas fees fall (universities), a
data regulator's fine on a smart-doorbell maker (technology companies), a conviction overturned
after a drug lab skipped its own tests (courts) and renewable projects queuing for years for a
grid connection (energy), all well sourced; and talk of a fruit tariff deal (trade), rumours of
food aid sold in the markets of a drought-hit region (aid), whispers of a fusion breakthrough at
a private company (science), feared cuts to orchestra grants (arts funding) and layoff talk at a
budgeting-app maker (technology companies), all weakly sourced. Four bases are wire copy with a
dateline and an agency ("PORT VESSARO, Serravel, June 9 (Brassfield Press) -") and eight are
newspaper features or reports with a scene-setting or summary lede. Seven are written in
American style ("Dr.", "percent", "rumors", "neighbor", "said Wednesday") and five in British
style ("Dr", "per cent", "rumours", "sceptics", "on Tuesday", "a fortnight"). The writing varies
the reporting verbs ("said", "told reporters", "told parliament", "told supporters", "said in an
interview", "said in an email", "said in a statement", "said at a news conference", "show",
"says", "found", "lists", "according to"), inverts some attributions ("said Priya X, who owns
..."), uses surnames on second reference, titles ("Commissioner", "Energy Minister", "Captain",
"the Rev", "Professor"), ages and appositions. The documents are an observer mission's
preliminary statement, a wage claim filed in court and a charity's register of abandoned ships,
a regulator's quarterly shortage report, a university's financial statements and consultation
paper, a regulator's written decision, an independent audit of a crime lab and a grid
operator's connections register; the variants add others (a transport schedule, a port
inspection record, admissions figures, a consumer survey, court records, an audit office report,
customs figures, an agency's monitoring report, filed company accounts, two annual reports), and
comment is sought in different forms ("did not respond to calls and messages", "did not answer
written questions", "declined to comment", "said it does not comment on", "did not reply").
Each base is 240 to 260 words long, written with straight ASCII quotes and apostrophes, as every
base in the suite is; the curly forms come from the generic typography variant.

- A WELL-sourced base names several people with their roles, quotes them directly, cites at
  least one named expert with credentials (field and institution) and at least one document or
  dataset with figures, and reports that comment was sought from the party criticised.
- A WEAKLY-sourced base leans on anonymous and vague sources, rumour, speculation and hedging,
  and unattributed claims; it cites no documents and seeks no comment.

Each well base has four ``down`` variants, one of each down kind (a named source made anonymous,
an attribution removed so that a claim stands as bare fact, speculation added, the document or
dataset removed), and two ``up`` variants chosen among a named expert added, a document cited,
comment sought and an anonymous source named (three of the well bases carry one anonymous
source, so that naming it is a possible ``up``); each weak base has four ``up`` variants (one of
each up kind) and one ``down`` (speculation added, worded differently in each, sometimes as a
sentence of its own and sometimes as a clause added to a sentence already in the text); every
base has a cosmetic ``names`` rename, a ``weekday`` or ``minor_number`` edit (both for the well
bases), and the generic typography, wrapping and CRLF variants that :func:`.cases._case` adds.

First measurement (2026-12-03, before this set was read; the extractors and the model of commit
6a4186e): directional **0.881** (59 of 67), under the bar of 0.90; cosmetic 1.000, well - weak
+73.8. Six of the eight failures were documents on well bases that were not read as documents
("A claim filed at the Admiralty Court ... puts", "The register of abandoned ships kept by ...
lists", "The Skelbrooke Star's last port state inspection, in Rotterwick in 2023, recorded", "The
commission's 46-page decision says", "Its quarterly connections register, published the same
day, lists") or that brought a new unnamed source with them ("his trial lawyer never asked
for the sample to be retested"); the other two were ``speculation_added`` on weak bases,
clauses added to sentences already hedged.
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

LANTERN_WELL: list[Case] = []
LANTERN_WEAK: list[Case] = []

# ---------------------------------------------------------------------------------------------
# Well-sourced bases
# ---------------------------------------------------------------------------------------------

# --- foreign elections: tally sheets missing after a presidential runoff (wire) ---------------
_RUNOFF_STATEMENT = (
    "The 14-page preliminary statement of the Littoral States Forum's observer mission said its "
    "teams saw results posted outside 91 percent of the 602 stations they visited but could not "
    "follow the sheets once they left. Most missing sheets, it said, came from three northern "
    "districts.\n\n"
)
_RUNOFF = _article(
    """
    Observers say tally sheets from 312 stations missing after Serravel runoff

    PORT VESSARO, Serravel, June 9 (Brassfield Press) - Tally sheets from 312 of Serravel's 4,870
    polling stations had not reached the national count center by Monday evening, international
    observers said, a day after a presidential runoff that both candidates say they won.

    The 14-page preliminary statement of the Littoral States Forum's observer mission said its
    teams saw results posted outside 91 percent of the 602 stations they visited but could not
    follow the sheets once they left. Most missing sheets, it said, came from three northern
    districts.

    "Counting was orderly where we watched it. The road between the polling station and the
    capital is the part we cannot vouch for," said Halvard Eskeland, who leads the 160-member
    mission.

    Opposition candidate Ilinca Varvaressou told supporters outside her campaign office that
    the north had backed her heavily in the first round. "We are not asking for favors. We are
    asking for the paper," she said.

    President Ruben Castellaro led by about 41,000 votes with 94 percent of stations counted,
    according to provisional figures on the electoral commission's website.

    Asked about the missing sheets, commission spokesman Aurelio Mendaza said they were coming
    by road from remote areas and such delays were normal. Every station's result would be
    online before certification, he said.

    Dr. Miriam Ashitey, a political scientist at the University of Cressingford who studies
    disputed elections, said 312 stations could decide a race this close. "The
    commission can end the argument by putting every station's numbers online now," she said.
    """
)
LANTERN_WELL.append(
    _case(
        "runoff_tally_sheets_missing",
        "well",
        _RUNOFF,
        _down(
            "named_to_anonymous",
            (
                "said Halvard Eskeland, who leads the 160-member mission.",
                "said a senior member of the mission, who asked not to be named.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Opposition candidate Ilinca Varvaressou told supporters outside her campaign "
                "office that the north had backed her heavily in the first round.",
                "The north backed opposition candidate Ilinca Varvaressou heavily in the first "
                "round.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "before certification, he said.",
                "Some in the opposition camp suspect the sheets will never arrive, and there is "
                "talk in the capital that the army could be called onto the streets if the "
                "dispute drags on.",
            ),
        ),
        _down("documents_removed", _remove(_RUNOFF_STATEMENT)),
        _up(
            "document_added",
            _after(
                "such delays were normal.",
                "The commission's own transport schedule, a copy of which was obtained by "
                "Brassfield Press, shows that sheets from the three northern districts were due in "
                "the capital by midnight on Sunday.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "according to provisional figures on the electoral commission's website.",
                "A spokeswoman for Castellaro's campaign did not respond to calls and messages "
                "asking about the opposition's complaints.",
            ),
        ),
        _rename(
            "names",
            ("Serravel", "Montegrana"),
            ("VESSARO", "ALCANEL"),
            ("Eskeland", "Tverberg"),
            ("Varvaressou", "Kostandini"),
            ("Castellaro", "Albuquerra"),
            ("Mendaza", "Iturbide"),
            ("Ashitey", "Ezeanya"),
            ("Cressingford", "Wrexholme"),
        ),
        _rename("weekday", ("Monday", "Tuesday")),
        _same("minor_number", ("602 stations they", "598 stations they")),
    )
)

# --- shipping: the unpaid crew of an abandoned bulk carrier (feature, British) ----------------
_CREW_CLAIM = (
    "A claim filed at the Admiralty Court by the crew's solicitors, seen by the Harrowby Packet, "
    "puts their unpaid wages at 412,600 dollars. The register of abandoned ships kept by the "
    "Crew Welfare Alliance, a charity, lists 131 vessels abandoned worldwide last year, up "
    "from 85 two years earlier.\n\n"
)
_CREW = _article(
    """
    Unpaid and stuck, the Skelbrooke Star's crew wait it out at Harrowby

    The galley of the Skelbrooke Star still smells of rice and diesel, but the stores are nearly
    gone. Nineteen seafarers have lived aboard the bulk carrier in Harrowby since November,
    unpaid, after her owner stopped answering calls.

    "We are not prisoners, but we cannot leave. If we walk off, we lose our claim to the
    wages," said Captain Renato Abuel, 52, the ship's master.

    A claim filed at the Admiralty Court by the crew's solicitors, seen by the Harrowby Packet,
    puts their unpaid wages at 412,600 dollars. The register of abandoned ships kept by the
    Crew Welfare Alliance, a charity, lists 131 vessels abandoned worldwide last year, up
    from 85 two years earlier.

    Gareth Yelland, a welfare inspector at the port, said crews usually sign off within a few
    months because their families at home run out of money. "This crew has held
    on longer than most," he said.

    The Rev Bronagh Tulliver, the port chaplain, brings food parcels twice a week. "Some have
    stopped ringing home because they have nothing good to tell," she said.

    Professor Ayodele Rahmatullah, who teaches maritime law at Saltinge University, said the
    crew's best hope was a court order to arrest and sell the ship, since wages rank ahead of
    most debts. "It is slow, but it works," she said.

    The owner, Bellacroix Shipping, did not reply to emails. On Thursday its lawyer, Stellan
    Ferriday, said it was seeking refinancing and hoped to pay the crew in full, but gave no
    date.
    """
)
LANTERN_WELL.append(
    _case(
        "abandoned_ship_crew_unpaid",
        "well",
        _CREW,
        _down(
            "named_to_anonymous",
            (
                "The Rev Bronagh Tulliver, the port chaplain, brings food parcels",
                "A volunteer, who would give only her first name, brings food parcels",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Gareth Yelland, a welfare inspector at the port, said crews usually sign off "
                "within a few months because their families at home run out of money. "
                '"This crew has held on longer than most," he said.',
                "Crews usually sign off within a few months because their families at home run "
                'out of money. "This crew has held on longer than most," said Gareth Yelland, a '
                "welfare inspector at the port.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "but gave no date.",
                "Along the quay there is speculation that the owner is simply waiting for the "
                "crew to give up, so that the ship can be quietly sold for scrap.",
            ),
        ),
        _down("documents_removed", _remove(_CREW_CLAIM)),
        _up(
            "document_added",
            _after(
                'it works," she said.',
                "The Skelbrooke Star's last port state inspection, in Rotterwick in 2023, recorded "
                "11 deficiencies, among them a broken fresh-water pump and out-of-date "
                "lifejackets.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "but gave no date.",
                "The maritime administration of the flag state, which is responsible for the "
                "crew's welfare under international rules, did not answer written questions.",
            ),
        ),
        _rename(
            "names",
            ("Harrowby", "Saltmoss"),
            ("Abuel", "Dimaculangan"),
            ("Yelland", "Spurway"),
            ("Tulliver", "Mulqueen"),
            ("Rahmatullah", "Ogunwale"),
            ("Saltinge", "Marlstow"),
            ("Bellacroix", "Vantremont"),
            ("Ferriday", "Ellerbeck"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("Captain Renato Abuel, 52,", "Captain Renato Abuel, 53,")),
    )
)

# --- public health: pharmacies ration a children's antibiotic (wire) --------------------------
_ANTIBIOTIC_REPORT = (
    "The Medicines Supply Authority's quarterly shortage report lists 214 products as hard to "
    "obtain, up from 139 a year earlier. Wholesalers received 1.1 million bottles of amoxicillin "
    "oral suspension from October to December, down from 2.0 million a year before, the report "
    "shows.\n\n"
)
_ANTIBIOTIC = _article(
    """
    Pharmacies ration children's antibiotic as deliveries fall by nearly half

    ELLISFORD, Feb 12 (Gastrell Wire) - Pharmacies are rationing a liquid antibiotic widely
    given to children after deliveries fell by nearly half this winter, the national medicines
    regulator said Wednesday.

    The Medicines Supply Authority's quarterly shortage report lists 214 products as hard to
    obtain, up from 139 a year earlier. Wholesalers received 1.1 million bottles of amoxicillin
    oral suspension from October to December, down from 2.0 million a year before, the report
    shows.

    "Parents are driving to three or four towns looking for one bottle," said Priya
    Oosthuizen, who owns a pharmacy in Ellisford. She now splits deliveries so every family gets
    a few days of medicine.

    Dr. Lorcan Treadgold, the authority's chief medical officer, told reporters the shortage
    should ease by April, when a second manufacturer resumes production. He urged doctors to
    prescribe tablets for older children.

    Treadgold said most of the shortfall traced to Calverin Pharma, whose plant halted
    production in October after inspectors found a contaminated tank. Calverin said
    in a statement, replying to questions from Gastrell Wire, that the tank had been replaced and
    output would recover by March.

    A buyer at a large wholesaler, who asked not to be named because she is not authorized to
    speak publicly, said pharmacies were receiving about a fifth of
    what they ordered.

    Dr. Hana Dvorakova, a pharmacologist at Kessingland University who studies drug supply
    chains, said generic antibiotics earn so little that few makers keep spare capacity. "When
    one factory stops, nobody is standing by," she said.
    """
)
LANTERN_WELL.append(
    _case(
        "childrens_antibiotic_shortage",
        "well",
        _ANTIBIOTIC,
        _down(
            "named_to_anonymous",
            (
                "said Priya Oosthuizen, who owns a pharmacy in Ellisford.",
                "said one pharmacist in the city.",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Lorcan Treadgold, the authority's chief medical officer, told reporters the "
                "shortage should ease by April, when a second manufacturer resumes production. He "
                "urged doctors",
                "The shortage should ease by April, when a second manufacturer resumes "
                "production. Dr. Lorcan Treadgold, the authority's chief medical officer, urged "
                "doctors",
            ),
        ),
        _down(
            "speculation_added",
            (
                "were receiving about a fifth of what they ordered.",
                "were receiving about a fifth of what they ordered, and that some suppliers "
                "might be holding stock back in the hope of higher prices.",
            ),
        ),
        _down("documents_removed", _remove(_ANTIBIOTIC_REPORT)),
        _up(
            "anonymous_named",
            (
                "A buyer at a large wholesaler, who asked not to be named because she is not "
                "authorized to speak publicly, said",
                "Shona Birtwhistle, head of purchasing at Hollowbeck Distribution, one of the "
                "country's three large wholesalers, said",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "every family gets a few days of medicine.",
                "Dr. Tobias Ampofo, a pediatrician at Ellisford Children's Hospital who "
                "sits on the national prescribing committee, said tablets crushed into food were "
                "a safe substitute for most children over two.",
            ),
        ),
        _rename(
            "names",
            ("ELLISFORD", "HOCKLINGTON"),
            ("Ellisford", "Hocklington"),
            ("Oosthuizen", "Adebambo"),
            ("Treadgold", "Cullimore"),
            ("Calverin", "Mirabeth"),
            ("Dvorakova", "Szekely"),
            ("Kessingland", "Eastcote"),
        ),
        _rename("weekday", ("Wednesday", "Thursday")),
        _same("minor_number", ("up from 139 a year", "up from 141 a year")),
    )
)

# --- universities: a university closes language degrees as overseas fees fall (British) ------
_LANGUAGES_ACCOUNTS = (
    "The university's financial statements for 2023-24, published in December, show a deficit "
    "of 18.6 million pounds after income from overseas student fees fell by 23 per cent, to 61 "
    "million pounds. A consultation paper sent to staff names languages, classics and music for "
    "cuts.\n\n"
)
_LANGUAGES = _article(
    """
    Ashmanton to close language degrees as overseas fees fall

    The modern languages department at Ashmanton University once filled a corridor of the
    Gwilliam Building. By September, if plans go ahead, its Italian and German
    degrees will be gone, along with 94 jobs across the humanities.

    The university's financial statements for 2023-24, published in December, show a deficit
    of 18.6 million pounds after income from overseas student fees fell by 23 per cent, to 61
    million pounds. A consultation paper sent to staff names languages, classics and music for
    cuts.

    Professor Dominic Vesterlund, the vice-chancellor, said in an interview on Tuesday that
    the cuts were painful but unavoidable. "We cannot keep spending money that is no longer
    arriving," he said.

    Dr Sunniva Hallgarth, a lecturer in German who chairs the lecturers' union branch,
    said management had been warned two years ago that recruitment leaned too heavily on
    a few countries. "They were told, and they built a new business school anyway," she said.

    Asked about the union's claim, a university spokeswoman, Fenella Dacre, said the business
    school was funded by a donor and a loan agreed before the downturn, and that governors
    reviewed recruitment forecasts every term.

    Callum Brereton, a second-year student of Italian, said he could finish his degree but some
    final-year options would move online. "It already feels like
    a department packing up," he said.

    Dr Obiageli Ndukwe, an economist at the University of Bexbury who studies higher
    education funding, said languages were often cut first because classes are small and bring in
    little research income.
    """
)
LANTERN_WELL.append(
    _case(
        "university_language_closures",
        "well",
        _LANGUAGES,
        _down(
            "named_to_anonymous",
            (
                "Callum Brereton, a second-year student of Italian, said",
                "One second-year student of Italian, who did not want to be named, said",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "said management had been warned two years ago that recruitment leaned too heavily "
                "on a few countries.",
                "said management had been warned. For two years recruitment had leaned too "
                "heavily on a few countries.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "reviewed recruitment forecasts every term.",
                "Some staff suspect the closures are only a first round, and that history and "
                "philosophy could well be next.",
            ),
        ),
        _down("documents_removed", _remove(_LANGUAGES_ACCOUNTS)),
        _up(
            "document_added",
            _after(
                "little research income.",
                "Figures from the national admissions service show applications to modern "
                "language degrees fell by 31 per cent between 2019 and 2024.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'a department packing up," he said.',
                "Professor Imelda Tetteh, a linguist at Torrinford University who chairs the "
                "national council of university language departments, said the closures would "
                "leave much of the region without a language degree.",
            ),
        ),
        _rename(
            "names",
            ("Ashmanton", "Crossmere"),
            ("Vesterlund", "Ferrabee"),
            ("Hallgarth", "Stannard"),
            ("Sunniva", "Ragnhild"),
            ("Dacre", "Verrall"),
            ("Brereton", "Cleasby"),
            ("Ndukwe", "Onwuka"),
            ("Bexbury", "Westonbury"),
        ),
        _rename("weekday", ("Tuesday", "Wednesday")),
        _same("minor_number", ("along with 94 jobs", "along with 92 jobs")),
    )
)

# --- technology companies: a data regulator fines a smart-doorbell maker (wire) ---------------
_DOORBELL_DECISION = (
    "The commission's 46-page decision says the company stored about 212 million clips from 1.4 "
    "million devices between 2020 and 2023, and that 31 percent of the clips it sampled captured "
    "the voices of people other than the device's owner.\n\n"
)
_DOORBELL = _article(
    """
    Regulator fines doorbell maker Doorwise $38 million over stored recordings

    HALVERSTON, Oct 3 (Brassfield Press) - The national data protection commission fined
    smart-doorbell maker Doorwise $38 million on Thursday, saying it kept audio recordings of
    passers-by for up to three years without telling customers or the people recorded.

    The commission's 46-page decision says the company stored about 212 million clips from 1.4
    million devices between 2020 and 2023, and that 31 percent of the clips it sampled captured
    the voices of people other than the device's owner.

    "A doorbell is sold to watch a front step, not to keep a library of the street,"
    Commissioner Ingrid Falkenrath said at a news conference.

    The investigation began with a complaint from Dolores Ellacott, a retired teacher who found
    her neighbor's doorbell had recorded conversations in her yard. "I never agreed
    to any of it," she said.

    A former Doorwise engineer, who asked not to be named because of a confidentiality
    agreement, said staff raised concerns about the retention period in 2021 and were told the
    clips helped train the company's software.

    Rafael Quintanilla, a computer scientist at the Merriwell Institute of Technology who
    studies home surveillance devices, said the fine was among the largest ever imposed on a
    consumer gadget maker. Most rivals now keep clips for 30 to 60 days, he said.

    In a statement, Doorwise said it "strongly disagrees" with the decision and would appeal.
    The company said clips are now deleted after 60 days. Its
    general counsel, Peter Ebbesen, declined a request for an interview.
    """
)
LANTERN_WELL.append(
    _case(
        "doorbell_maker_privacy_fine",
        "well",
        _DOORBELL,
        _down(
            "named_to_anonymous",
            (
                "a complaint from Dolores Ellacott, a retired teacher who found",
                "a complaint from a resident who found",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Rafael Quintanilla, a computer scientist at the Merriwell Institute of Technology "
                "who studies home surveillance devices, said the fine was among the largest ever "
                "imposed on a consumer gadget maker. Most rivals now keep clips for 30 to 60 "
                "days, he said.",
                "The fine is among the largest ever imposed on a consumer gadget maker, and most "
                "rivals now keep clips for 30 to 60 days.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "helped train the company's software.",
                "Privacy campaigners suspect the recordings may also have been shared with "
                "advertisers, and it is possible that other device makers have been doing the "
                "same.",
            ),
        ),
        _down("documents_removed", _remove(_DOORBELL_DECISION)),
        _up(
            "anonymous_named",
            (
                "A former Doorwise engineer, who asked not to be named because of a "
                "confidentiality agreement, said",
                "Marguerite Aidoo, who worked as a software engineer at Doorwise until 2022, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "Most rivals now keep clips for 30 to 60 days, he said.",
                "A survey of 2,000 doorbell owners published in May by the Consumer Digital "
                "Trust found that 68 percent did not know their device could record sound.",
            ),
        ),
        _rename(
            "names",
            ("Doorwise", "Stoopcam"),
            ("HALVERSTON", "KITTLESTONE"),
            ("Falkenrath", "Osterhagen"),
            ("Ellacott", "Dzamesi"),
            ("Quintanilla", "Bustamante"),
            ("Merriwell", "Culverhay"),
            ("Ebbesen", "Sandell"),
        ),
        _rename("weekday", ("Thursday", "Wednesday")),
        _same("minor_number", ("46-page decision", "44-page decision")),
    )
)

# --- courts: a conviction overturned after a drug lab skipped its own test (feature) ----------
_LAB_AUDIT = (
    "An independent audit of the state crime lab's drug chemistry unit, completed in March, found "
    "that one analyst reported results for 1,140 samples between 2015 and 2020 without running "
    "the confirmatory test the lab's own rules required. It identified 57 convictions that "
    "rested mainly on that analyst's work.\n\n"
)
_LAB = _article(
    """
    Man freed after six years, the first of 57 cases tied to a flawed drug lab

    Lionel Gyamfi spent six years in prison on a drug charge built on a lab test that, it
    turns out, nobody ran properly. On Friday he walked out of the Tarrock County courthouse
    holding his daughter's hand.

    The state Court of Appeals had thrown out his conviction that morning, ruling 3-0 that the
    evidence could not be trusted. "I kept asking them to test it again," Gyamfi,
    44, said outside. "Nobody wanted to hear it."

    An independent audit of the state crime lab's drug chemistry unit, completed in March, found
    that one analyst reported results for 1,140 samples between 2015 and 2020 without running
    the confirmatory test the lab's own rules required. It identified 57 convictions that
    rested mainly on that analyst's work.

    "This is the first door opening, not the last," said Rosalind Chipeta, the assistant public
    defender who argued the appeal. Her office has filed motions in 31 of the other cases.

    Dr. Kwabena Frimpong, a forensic chemist at Haddesley University who was not involved
    in the audit, said the confirmatory test is what separates a guess from a result. "Skipping
    it is not a shortcut. It means you do not know what you have," he said.

    The attorney general's office, which opposed the appeal, said in a statement that it would
    not retry Gyamfi and was reviewing the remaining cases "as quickly as the evidence
    allows." The lab's director, Gwendolyn Sayre, did not return calls seeking comment.
    """
)
LANTERN_WELL.append(
    _case(
        "drug_lab_conviction_overturned",
        "well",
        _LAB,
        _down(
            "named_to_anonymous",
            (
                "said Rosalind Chipeta, the assistant public defender who argued the appeal. Her "
                "office has",
                "said a lawyer close to the appeal. The public defender's office has",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Dr. Kwabena Frimpong, a forensic chemist at Haddesley University who was not "
                "involved in the audit, said the confirmatory test is what separates a guess from "
                'a result. "Skipping it is not a shortcut. It means you do not know what you '
                'have," he said.',
                "The confirmatory test is what separates a guess from a result; skipping it means "
                "an analyst does not know what the sample contains.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "filed motions in 31 of the other cases.",
                "The true number of tainted convictions could run into the hundreds, and other "
                "analysts may well have cut the same corners.",
            ),
        ),
        _down("documents_removed", _remove(_LAB_AUDIT)),
        _up(
            "document_added",
            _after(
                '"Nobody wanted to hear it."',
                "Court records show he was sentenced in 2019 to nine years after a jury "
                "deliberated for less than two hours, and that his trial lawyer never asked for "
                "the sample to be retested.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                'you do not know what you have," he said.',
                "Marisela Quartey, a law professor at Whinmoor College who directs its wrongful "
                "convictions clinic, said courts rarely reopen drug cases unless an audit forces "
                "them to.",
            ),
        ),
        _rename(
            "names",
            ("Gyamfi", "Mabbutt"),
            ("Tarrock", "Oxley"),
            ("Chipeta", "Chikwanha"),
            ("Frimpong", "Antwi"),
            ("Haddesley", "Sutterfield"),
            ("Sayre", "Pendergast"),
        ),
        _rename("weekday", ("Friday", "Thursday")),
        _same("minor_number", ("Gyamfi, 44,", "Gyamfi, 45,")),
    )
)

# --- energy: renewable projects queue for years for a grid connection (wire, British) --------
_GRID_REGISTER = (
    "Its quarterly connections register, published the same day, lists 612 projects in the "
    "queue, 170 more than a year earlier. The median project has been offered a connection "
    "seven years after applying, the register shows, and only 4.2 gigawatts were connected in "
    "the past year.\n\n"
)
_GRID = _article(
    """
    Renewable projects face waits of up to 14 years for grid connections

    HOLMESFORD, April 23 (Gastrell Wire) - Wind, solar and battery projects with a combined
    capacity of 96 gigawatts are waiting to be connected to the national grid, some with dates
    as late as 2038, the grid operator said on Tuesday.

    Its quarterly connections register, published the same day, lists 612 projects in the
    queue, 170 more than a year earlier. The median project has been offered a connection
    seven years after applying, the register shows, and only 4.2 gigawatts were connected in
    the past year.

    "We have planning consent, land and finance. What we do not have is a date," said Niamh
    Corcoran, chief executive of Glenmara Solar, whose 49-megawatt farm near Tullabeg has been
    told it will not be connected until 2034.

    Energy Minister Oskar Harnack told parliament on Wednesday that the queue was "clogged
    with speculative projects" and that new rules would move ready-to-build schemes to the
    front. An official at the ministry, speaking on condition of anonymity, said the rules
    would be published in June.

    Professor Tariq Mahmoudi, an electrical engineer at Strathdene University who studies grid
    planning, said both complaints were fair. Many projects in the queue would never be built,
    he said, but the network also needed more cables and substations.

    Asked about developers' criticism, the operator's director of connections, Ruairi
    Vowles, said in an email that 38 projects had been offered earlier dates since January
    and that it was "working through the backlog as fast as the rules allow."
    """
)
LANTERN_WELL.append(
    _case(
        "grid_connection_queue",
        "well",
        _GRID,
        _down(
            "named_to_anonymous",
            (
                "said Niamh Corcoran, chief executive of Glenmara Solar, whose 49-megawatt farm "
                "near Tullabeg has been told",
                "said the head of one solar developer, who asked not to be identified because "
                "her company is negotiating with the operator. The company's 49-megawatt farm has "
                "been told",
            ),
        ),
        _down(
            "attribution_removed",
            (
                "Energy Minister Oskar Harnack told parliament on Wednesday that the queue was "
                '"clogged with speculative projects" and that new rules would move',
                "The queue is clogged with speculative projects, and new rules will move",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "will not be connected until 2034.",
                "Some in the industry fear that investors could give up on the country "
                "altogether if the delays are not fixed soon.",
            ),
        ),
        _down("documents_removed", _remove(_GRID_REGISTER)),
        _up(
            "anonymous_named",
            (
                "An official at the ministry, speaking on condition of anonymity, said",
                "Harriet Gallogly, the ministry's director of networks, said",
            ),
        ),
        _up(
            "document_added",
            _after(
                "needed more cables and substations.",
                "A report by the National Audit Office in November estimated that connection "
                "delays were adding 1.3 billion pounds a year to household energy bills.",
            ),
        ),
        _rename(
            "names",
            ("HOLMESFORD", "BRACKENWOOD"),
            ("Corcoran", "Devaney"),
            ("Glenmara", "Ardvreck"),
            ("Tullabeg", "Kilcarnon"),
            ("Harnack", "Edevane"),
            ("Mahmoudi", "Farahani"),
            ("Strathdene", "Inverloch"),
            ("Vowles", "Dunstanville"),
        ),
        _rename("weekday", ("Tuesday", "Monday")),
        _same("minor_number", ("38 projects had", "36 projects had")),
    )
)

# ---------------------------------------------------------------------------------------------
# Weakly sourced bases
# ---------------------------------------------------------------------------------------------

# --- trade: talk of a fruit tariff deal (British) ---------------------------------------------
_TARIFF = _article(
    """
    Fruit growers hope for tariff relief as talk of a deal grows

    Hopes are rising among fruit growers in the Aucklin valleys that a long-awaited trade deal
    with the Pellaran states could be close, with talk in the industry that tariffs on apples
    and pears might be cut or even scrapped before the autumn harvest.

    Sources close to the negotiations are said to believe that the main sticking points have
    been resolved, though it is not clear which ones. One report doing the rounds suggests an
    announcement could come within weeks, perhaps sooner.

    "Everybody's heard something. Whether any of it's true is another matter," said one grower,
    who asked not to be named.

    Some exporters claim that buyers abroad have already begun asking about next season's
    prices. Others are more cautious, pointing out that similar hopes were dashed two years ago
    when talks reportedly collapsed at the last minute.

    There are also suggestions that any deal would come with strings attached, possibly
    including quotas that would favour the larger packing houses. Smaller growers are thought
    to be worried that they could be squeezed out.

    It is understood that officials have been meeting regularly, although where and with whom
    remains unclear. Industry insiders say the mood is more positive than it has been for years.

    Not everyone is convinced. "We've been here before," said a packer from one of the valley
    co-operatives. Whether this time is different, it seems, may not be known until the fruit
    is already on the trees.
    """
)
LANTERN_WEAK.append(
    _case(
        "fruit_tariff_deal_talk",
        "weak",
        _TARIFF,
        _up(
            "anonymous_named",
            (
                "said one grower, who asked not to be named.",
                "said Emrys Trethewey, who grows apples on 40 hectares near Cadwallon.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "where and with whom remains unclear.",
                "The trade ministry declined to comment on the state of the talks, and the "
                "Pellaran negotiating office did not respond to an email.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "asking about next season's prices.",
                "Customs figures published in March show the valleys exported 84,000 tonnes of "
                "apples and pears to the Pellaran states last year, paying about 6.1 million "
                "pounds in tariffs.",
            ),
        ),
        _up(
            "expert_added",
            _paragraph_after(
                "could be squeezed out.",
                "Dr Harriet Balogun, a trade economist at Aberlowe University who has studied "
                "agricultural tariffs, said quotas in such deals usually go to the exporters "
                "with the longest trading record.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "Industry insiders say the mood is more positive than it has been for years.",
                "Some growers reckon prices could double once a deal is signed, and that land in "
                "the valleys may soon be worth a good deal more.",
            ),
        ),
        _rename("names", ("Aucklin", "Teifwy"), ("Pellaran", "Ostmarch")),
        _same("minor_number", ("two years ago", "three years ago")),
    )
)

# --- aid: rumours of food aid sold in the markets of a drought-hit region (American) ---------
_AID = _article(
    """
    Whispers of diverted food aid spread in drought-hit north

    In the market towns of the dry north, the sacks are hard to miss: white bags of grain
    stamped with an aid agency's logo, stacked on traders' stalls and sold by the scoop. Where
    they came from is a question nobody seems willing to answer out loud.

    Some residents say the grain is being siphoned off at warehouses before it reaches the
    villages it was meant for. Others claim local officials take a cut in exchange for letting
    convoys pass. A story widely repeated in the town of Kesswadi holds that whole trucks have
    vanished on the road from the coast.

    "Everyone knows it happens. You just don't say who," said a shopkeeper who asked not to be
    identified.

    Aid workers are said to be frustrated, and there are rumors that at least one agency has
    quietly suspended deliveries to some districts. How much food is missing is anyone's guess;
    some people put it at a third of all deliveries, while others say it is far less.

    Meanwhile, families in outlying villages reportedly go weeks between distributions, and
    there are fears that hunger could worsen as the dry season drags on.

    It is thought the problem has been going on for months. A man who said he once drove for a
    transport contractor claimed that warehouse checks were "a joke," but would not say more.

    Whether anyone will be held responsible seems doubtful. For now the sacks keep appearing,
    and the people they were meant for keep waiting.
    """
)
LANTERN_WEAK.append(
    _case(
        "food_aid_diversion_rumors",
        "weak",
        _AID,
        _up(
            "anonymous_named",
            (
                "said a shopkeeper who asked not to be identified.",
                "said Halima Dirshe, who has sold grain and oil in Kesswadi's main market for 15 "
                "years.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "as the dry season drags on.",
                "The regional governor's office did not respond to written questions about the "
                "claims, and the government's Relief Coordination Office declined to comment.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "while others say it is far less.",
                "An internal monitoring report by one agency, dated last month and seen by this "
                "newspaper, records 1,900 tons of grain unaccounted for at two warehouses between "
                "January and April.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "at least one agency has quietly suspended deliveries to some districts.",
                "Dr. Samira Ouattara-Lenz, who researches humanitarian logistics at "
                "Stoneyhurst University, said losses of a few percent are common in drought "
                "operations, but that sacks on open sale point to theft after delivery.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "before it reaches the villages it was meant for.",
                "before it reaches the villages it was meant for, perhaps with the help of "
                "drivers who are paid to look the other way.",
            ),
        ),
        _rename("names", ("Kesswadi", "Dulmaroc")),
        _same("minor_number", ("at a third of all deliveries", "at a quarter of all deliveries")),
    )
)

# --- science: whispers of a fusion breakthrough at a private company (British) ---------------
_FUSION = _article(
    """
    Buzz builds around a claimed fusion breakthrough at a private lab

    Word has been spreading among physicists for a fortnight that a small private company in
    the north has achieved something remarkable with its fusion machine, though what, exactly,
    depends on who is telling the story.

    According to one version circulating online, the machine produced more energy than it
    consumed for several seconds. Another claims the result was far more modest and has been
    talked up by excited investors.

    "If it's real, it's huge. If it's not, it won't be the first time," said one researcher at
    a university lab, who did not want to be named.

    The company, Portrose Fusion, is said to be preparing a paper, and there are rumours that a
    large energy firm is circling with a takeover bid. Some believe the government has already
    been briefed in private.

    Sceptics point out that fusion has a long history of claims that did not survive a second
    look. Others say the team includes serious people and deserves the benefit of the doubt.

    Nobody seems to have seen any data. The company's website has not been updated for months,
    and its social media accounts have posted nothing for six weeks, which some have taken as a
    sign that something big is coming and others as a sign that something has gone wrong.

    A few enthusiasts have gone further, claiming online that a working power plant could be
    only a decade away. Where that idea came from is unclear.
    """
)
LANTERN_WEAK.append(
    _case(
        "fusion_breakthrough_whispers",
        "weak",
        _FUSION,
        _up(
            "anonymous_named",
            (
                "said one researcher at a university lab, who did not want to be named.",
                "said Dr Ewan Corriston, a plasma physicist at Blackwater University who has "
                "followed the company's work.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "been briefed in private.",
                "Portrose did not respond to emails and phone calls asking about the claims, "
                "and the energy department said it would not comment on private companies.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "deserves the benefit of the doubt.",
                "Accounts filed by Portrose in January show it raised 42 million pounds from "
                "investors last year and employed 61 staff.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "talked up by excited investors.",
                "Professor Anjali Kuffour, who researches plasma physics at the University of "
                "Kelmscott, said any claim of net energy would need independent measurements "
                "before other scientists took it seriously.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "Some believe the government has already been briefed in private.",
                "Some believe the government has already been briefed in private and may even "
                "be weighing whether to pay for a bigger machine.",
            ),
        ),
        _rename("names", ("Portrose", "Brightholm")),
        _same("minor_number", ("nothing for six weeks", "nothing for seven weeks")),
    )
)

# --- arts funding: feared cuts to orchestra grants (American) ---------------------------------
_ORCHESTRAS = _article(
    """
    Orchestras brace for rumored cuts as arts council weighs its budget

    Orchestras and theater companies across the country are bracing for deep cuts to their
    grants, amid talk that the National Council for the Performing Arts is preparing to slash
    its support for music and stage next year.

    Several people in the arts world say the council has been told to find big savings, and
    some believe orchestras will be hit hardest. Figures as high as 40 percent have been
    mentioned, though it is not clear where they come from.

    "People are frightened. Nobody will tell us anything, so we fill in the blanks ourselves,"
    said a manager at one regional orchestra, who asked not to be identified.

    There is speculation that some smaller ensembles could close altogether, and rumors that one
    well-known opera company is already looking for a buyer for its building.

    Some in the sector suspect the cuts are politically motivated, while others believe the
    council is simply running out of money. It is also said that the decisions have already
    been made and will be announced after the summer.

    Musicians are reportedly circulating a petition, and a protest concert is apparently being
    planned for Saturday outside the council's offices, though organizers could not be
    identified.

    Not everyone is so gloomy. One board member at a large city orchestra is said to have told
    colleagues that the worst of the rumors are overblown. For now, though, the mood in many
    rehearsal rooms is grim, and few expect good news.
    """
)
LANTERN_WEAK.append(
    _case(
        "orchestra_grant_cut_fears",
        "weak",
        _ORCHESTRAS,
        _up(
            "anonymous_named",
            (
                "said a manager at one regional orchestra, who asked not to be identified.",
                "said Corinne Imbert, executive director of the Tarnfield Sinfonia.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "will be announced after the summer.",
                "Asked about the reports, a spokeswoman for the council said it does not comment "
                "on grants before they are announced.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "though it is not clear where they come from.",
                "The council's latest annual report shows it gave $212 million in grants last "
                "year, 38 percent of it to orchestras and opera companies.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "looking for a buyer for its building.",
                "Dr. Reuben Pennefather, who studies cultural policy at Whitmore University, said "
                "arts councils facing cuts have usually trimmed grants across the board rather "
                "than ending them for a few groups.",
            ),
        ),
        _down(
            "speculation_added",
            _after(
                "though organizers could not be identified.",
                "If the cuts go ahead, whole regions could be left without a professional "
                "orchestra within a few years.",
            ),
        ),
        _rename("names", ("Performing", "Living")),
        _rename("weekday", ("Saturday", "Sunday")),
    )
)

# --- technology companies: layoff talk at a budgeting-app maker (American) -------------------
_LAYOFFS = _article(
    """
    Layoff fears ripple through Quillstream's regional office

    Employees at the regional office of Quillstream, the budgeting app company, are bracing for
    layoffs, with talk in the building that as many as half of the 300 staff could be let go
    before the end of the year.

    The rumors began after a closed-door meeting of senior managers last month, according to
    people who say they heard about it from colleagues. Some believe the company is preparing
    to move the work overseas; others think it is about to be sold.

    "Nobody upstairs will say a word, which tells you everything," said one employee, who asked
    not to be named for fear of losing her job.

    There is speculation online that the company has been losing money for years and that its
    investors have run out of patience. A post on an anonymous workplace forum claims the cuts
    have already been approved.

    Local business owners are said to be worried about what a closure would mean for the
    downtown lunch trade, and some fear the city's hopes of becoming a tech hub could be dashed.

    Whether the layoffs happen, and how many, appears to be anyone's guess. Staff say they have
    been told to expect an all-hands meeting soon, possibly as early as next week.

    Some longtime employees say they have seen this before, and that a similar scare two years
    ago came to nothing. Others are not so sure, and a few are said to be quietly updating their
    resumes and taking calls from recruiters.
    """
)
LANTERN_WEAK.append(
    _case(
        "app_maker_layoff_fears",
        "weak",
        _LAYOFFS,
        _up(
            "anonymous_named",
            (
                "said one employee, who asked not to be named for fear of losing her job.",
                "said Danielle Nkansah, a product designer who has worked at the office "
                "since 2019.",
            ),
        ),
        _up(
            "comment_sought",
            _after(
                "possibly as early as next week.",
                "Quillstream did not respond to requests for comment, and its chief executive "
                "did not reply to messages.",
            ),
        ),
        _up(
            "document_added",
            _after(
                "investors have run out of patience.",
                "Quillstream's most recent annual report shows a net loss of $27 million last "
                "year on revenue of $118 million.",
            ),
        ),
        _up(
            "expert_added",
            _after(
                "others think it is about to be sold.",
                "Nadia Brockhurst, who studies the software industry at the Moresby School of "
                "Business, said app makers of Quillstream's size have cut staff sharply in the "
                "past year as investors demanded profits.",
            ),
        ),
        _down(
            "speculation_added",
            (
                "could be let go before the end of the year.",
                "could be let go before the end of the year, and perhaps the whole office could "
                "close.",
            ),
        ),
        _rename("names", ("Quillstream", "Centwise")),
        _same("minor_number", ("half of the 300 staff", "half of the 280 staff")),
    )
)

LANTERN_CASES: tuple[Case, ...] = tuple(LANTERN_WELL + LANTERN_WEAK)
